//! Every published statement and wording, judged against the tables.
//!
//! `cargo run --example claims_ledger`

use njov::{Dataset, judge_ledger};

fn main() -> Result<(), njov::Error> {
    let ds = Dataset::latest()?;
    for e in judge_ledger(&ds, &|_, _| None) {
        println!(
            "{:<40} {:<13} {:>8} {:<22} \"{}\"\n    {}",
            e.id,
            e.verdict.to_string(),
            e.computed
                .map(|c| format!("{c:.2}"))
                .unwrap_or_else(|| "-".into()),
            e.accepted
                .map(|[a, b]| format!("[{a:.2}, {b:.2}]"))
                .unwrap_or_else(|| "-".into()),
            e.stated,
            e.reason
        );
    }
    Ok(())
}
