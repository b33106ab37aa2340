//! Measures statrs 0.19.1's inverse incomplete beta on the Clopper-Pearson
//! and Jeffreys limits of the mpmath reference grid, next to ours: the
//! reason `special` has its own inverse. statrs is a dev-dependency used
//! only here.
//!
//! Run with `cargo test --release --test statrs_accuracy -- --nocapture` to
//! see the table (max relative error by n).

use std::collections::BTreeMap;

use njov::interval::special::inverse_beta_reg;
use statrs::distribution::{Beta, ContinuousCDF};

mod common;

fn rel(a: f64, b: f64) -> f64 {
    if a == b { 0.0 } else { ((a - b) / b).abs() }
}

#[test]
fn statrs_inverse_beta_error_on_the_reference_grid() {
    // n -> (statrs max rel err, ours max rel err, worst statrs case)
    let mut table: BTreeMap<u64, (f64, f64, String)> = BTreeMap::new();
    for row in common::interval_reference() {
        if row.family != "proportion" || row.input != "counts" || row.side != "two-sided" {
            continue;
        }
        let (x, n) = (row.successes.unwrap() as f64, row.trials.unwrap());
        let nf = n as f64;
        let tail = 0.5 * (1.0 - row.level);
        let shapes = match row.method.as_str() {
            "clopper-pearson" => [(x, nf - x + 1.0), (x + 1.0, nf - x)],
            "jeffreys" => [(x + 0.5, nf - x + 0.5), (x + 0.5, nf - x + 0.5)],
            _ => continue,
        };
        let limits = [
            (shapes[0], tail, row.lower),
            (shapes[1], 1.0 - tail, row.upper),
        ];
        for ((a, b), p, reference) in limits {
            if reference == 0.0 || reference == 1.0 || a <= 0.0 || b <= 0.0 {
                continue; // boundary conventions, not quantiles
            }
            let theirs = Beta::new(a, b).unwrap().inverse_cdf(p);
            let ours = if p < 0.5 {
                inverse_beta_reg(a, b, p).unwrap()
            } else {
                njov::interval::special::inverse_beta_reg_complement(a, b, tail).unwrap()
            };
            let e_theirs = rel(theirs, reference);
            let e_ours = rel(ours, reference);
            let entry = table.entry(n).or_insert((0.0, 0.0, String::new()));
            if e_theirs > entry.0 {
                entry.0 = e_theirs;
                entry.2 = format!(
                    "{} a={a} b={b} p={p}: statrs {theirs:e}, mpmath {reference:e}",
                    row.method
                );
            }
            entry.1 = entry.1.max(e_ours);
        }
    }
    println!("| n | statrs 0.19.1 max rel err | njov max rel err | statrs worst case |");
    println!("|---|---|---|---|");
    for (n, (theirs, ours, at)) in &table {
        println!("| {n} | {theirs:.2e} | {ours:.2e} | {at} |");
    }
    assert!(table.len() >= 10);
    for (n, (theirs, ours, _)) in &table {
        assert!(*ours <= 1e-13, "n = {n}: ours {ours:e}");
        // The reason `special` has its own inverse: statrs misses 1e-13 in
        // the rare-event tails from n = 10^4 on (measured 3.6e-7 at 10^4,
        // 1.6e-5 at 10^5, 3.9e-3 at 10^6). Should this fail, statrs has
        // caught up and the choice can be revisited.
        if *n >= 10_000 {
            assert!(*theirs > 1e-13, "n = {n}: statrs is now at {theirs:e}");
        }
    }
}
