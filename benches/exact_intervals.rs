//! The intervals that invert a distribution function: Clopper-Pearson and
//! Jeffreys (Beta quantiles) and the exact Poisson count interval (Gamma
//! quantiles), each over the 10^6 inputs of `benches/intervals.rs` (trials
//! log-uniform in [1, 10^4], level 0.95, two-sided).
//!
//! Run: `cargo bench --bench exact_intervals` (criterion, about a minute).
//!
//! One timed pass instead of criterion, for a profiler or callgrind:
//! `NJOV_ONCE=clopper-pearson NJOV_N=100000 target/release/deps/exact_intervals-*`
//! (`NJOV_ONCE` is `clopper-pearson`, `jeffreys` or `exact`, or
//! `clopper-pearson-quantiles` for the two Beta quantiles of each
//! Clopper-Pearson interval without the interval API; `NJOV_N`, the
//! number of intervals, defaults to 10^6 and takes the first `NJOV_N` inputs).

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};
use njov::ProportionMethod;
use njov::interval::special::{inverse_beta_reg, inverse_beta_reg_complement};
use njov::interval::{
    CountData, CountInterval, CountMethod, IntervalSpec, ProportionData, ProportionInterval,
};

mod common;

/// Sum of widths over one pass (so that nothing is optimised away).
fn pass(method: &str, data: &[(u64, u64)]) -> f64 {
    let mut acc = 0.0;
    let spec = IntervalSpec::new(0.95).unwrap();
    if method == "exact" {
        let exact = CountInterval::new(CountMethod::Exact, spec);
        for &(count, _) in data {
            let ci = exact.compute(&CountData::Count { count }).unwrap();
            acc += ci.width();
        }
        return acc;
    }
    if method == "clopper-pearson-quantiles" {
        // the two Beta quantiles alone, without the interval API around them
        let tail = 0.025;
        for &(successes, trials) in data {
            let (x, n) = (successes as f64, trials as f64);
            let lower = if successes == 0 {
                0.0
            } else {
                inverse_beta_reg(x, n - x + 1.0, tail).unwrap()
            };
            let upper = if successes == trials {
                1.0
            } else {
                inverse_beta_reg_complement(x + 1.0, n - x, tail).unwrap()
            };
            acc += upper - lower;
        }
        return acc;
    }
    let m: ProportionMethod = method.parse().unwrap();
    let interval = ProportionInterval::new(m, spec).unwrap();
    for &(successes, trials) in data {
        let ci = interval
            .compute(&ProportionData::Counts { successes, trials })
            .unwrap();
        acc += ci.width();
    }
    acc
}

const METHODS: [&str; 3] = ["clopper-pearson", "jeffreys", "exact"];

fn main() {
    if let Ok(method) = std::env::var("NJOV_ONCE") {
        let n = std::env::var("NJOV_N")
            .ok()
            .map_or(common::N, |s| s.parse().unwrap());
        let data = common::inputs(n);
        let start = Instant::now();
        let acc = pass(&method, &data);
        let elapsed = start.elapsed();
        println!(
            "{method}: {n} intervals in {:.3} s (sum of widths {acc:.12e})",
            elapsed.as_secs_f64()
        );
        return;
    }
    let data = common::inputs(common::n());
    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("exact_1e6");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(5));
    group.throughput(Throughput::Elements(data.len() as u64));
    for m in METHODS {
        group.bench_function(m, |b| b.iter(|| black_box(pass(m, &data))));
    }
    group.finish();
    c.final_summary();
}
