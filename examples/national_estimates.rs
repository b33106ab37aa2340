//! National estimates with confidence intervals under the design model, with
//! the design-effect grid side by side.
//!
//! `cargo run --example national_estimates`

use njov::{Dataset, EstimateOptions, national_estimates};

fn main() -> Result<(), njov::Error> {
    let ds = Dataset::latest()?;
    let est = national_estimates(&ds, &EstimateOptions::default())?;
    println!("{}", est.dataset.id);
    for e in &est.estimates {
        let point = e
            .estimate
            .map(|x| format!("{x:.1}"))
            .unwrap_or_else(|| "-".into());
        let grid: Vec<String> = e
            .grid
            .iter()
            .map(|g| format!("{}: {:.1}-{:.1}", g.deff, g.lower, g.upper))
            .collect();
        println!(
            "{:<45} {:>8} [{:.1}, {:.1}] {}{}\n    {}",
            e.id,
            point,
            e.lower,
            e.upper,
            e.method,
            if e.assumed_base {
                " (assumed base)"
            } else {
                ""
            },
            grid.join("  ")
        );
    }
    for u in &est.unavailable {
        println!("{:<45} no interval: {}", u.id, u.reason);
    }
    Ok(())
}
