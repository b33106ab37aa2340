//! Trends between the waves of N-JOV (2000, 2006, 2009): every change with
//! its interval under each wave's design model and across the design-effect
//! grid, the design of each wave with what is assumed, and the refusal of a
//! comparison across two definitions.
//!
//! `cargo run --example trends`

use njov::Dataset;
use njov::study::{Change, EstimateOptions, trend_between, trend_estimates};

fn main() -> Result<(), njov::Error> {
    let ds = Dataset::load("njov_trends", None)?;
    let options = EstimateOptions::default();
    let all = trend_estimates(&ds, &options)?;
    println!("{}", ds.provenance());
    println!("\nthe design of each wave (assumed numbers with their range):");
    for w in &all.designs.waves {
        println!(
            "  {}: deff {} / {}, n1 = {}, T = {}, interview base {}",
            w.label,
            w.deff1.shown(),
            w.deff2.shown(),
            w.n1.shown(),
            w.total.shown(),
            w.base_all.shown()
        );
    }
    println!(
        "\n{:.0}% intervals, waves independent:",
        100.0 * options.level
    );
    for t in &all.trends {
        match &t.change {
            Change::Count(c) => println!(
                "  {:<58} {:>6} -> {:>6}  ratio {:.3} [{:.3}, {:.3}]  change {:+.1}% [{:+.1}%, {:+.1}%]  difference {:+.0} [{:+.0}, {:+.0}]",
                t.title(),
                t.from.printed,
                t.to.printed,
                c.ratio.estimate,
                c.ratio.lower,
                c.ratio.upper,
                c.percent_change.estimate,
                c.percent_change.lower,
                c.percent_change.upper,
                c.difference.estimate,
                c.difference.lower,
                c.difference.upper,
            ),
            Change::Share(s) => println!(
                "  {:<58} {} -> {}  change [{:+.1}, {:+.1}] points: {}",
                t.title(),
                t.from.printed,
                t.to.printed,
                s.lower,
                s.upper,
                if s.larger_than_interval() {
                    "larger than its interval"
                } else {
                    "not larger than its interval"
                }
            ),
        }
        let grid: Vec<String> = t
            .grid
            .iter()
            .map(|g| {
                let (_, lo, hi) = g.change.headline();
                format!("deff {}: [{lo:+.1}, {hi:+.1}]", g.deff)
            })
            .collect();
        println!("      {}", grid.join("  "));
        println!("      assumed: {}", t.assumed.join(", "));
    }
    println!("\nno interval:");
    for u in &all.unavailable {
        println!("  {} -> {}: {}", u.from, u.to, u.reason);
    }
    let refused = trend_between(
        &ds,
        "w2000.undercover_solicitation",
        "w2006.undercover_operations",
        &options,
    )
    .unwrap_err();
    println!("\nrefused: {refused}");
    Ok(())
}
