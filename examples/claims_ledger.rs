//! Every published statement and wording, judged against the tables, with
//! the national estimates' intervals flagging verdicts that could change
//! within them.
//!
//! `cargo run --example claims_ledger`

use njov::study::judge_ledger;
use njov::{Dataset, EstimateOptions, national_estimates};

fn main() -> Result<(), njov::Error> {
    let ds = Dataset::latest()?;
    let estimates = national_estimates(&ds, &EstimateOptions::default())?;
    for e in judge_ledger(&ds, Some(&estimates)) {
        println!(
            "{:<40} {:<13} {:>8} {:<22} \"{}\"\n    {}",
            e.claim.id,
            e.judgement.verdict.to_string(),
            e.judgement
                .computed
                .map(|c| format!("{c:.2}"))
                .unwrap_or_else(|| "-".into()),
            e.judgement
                .accepted
                .map(|[a, b]| format!("[{a:.2}, {b:.2}]"))
                .unwrap_or_else(|| "-".into()),
            e.claim.stated,
            e.judgement.reason
        );
        if e.judgement.crosses_boundary == Some(true) {
            println!("    the model-based interval reaches across the boundary");
        }
    }
    Ok(())
}
