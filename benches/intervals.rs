//! Each interval method over 10^6 intervals: successes and trials drawn
//! (deterministically) with trials log-uniform in [1, 10^4], level 0.95.
//!
//! Run: `cargo bench --bench intervals` (about five minutes; criterion's
//! minimum of 10 samples, each one pass over the 10^6 inputs).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use njov::interval::{
    CountData, CountInterval, CountMethod, IntervalSpec, ProportionData, ProportionInterval,
    ProportionMethod,
};

const N: usize = 1_000_000;

/// A small deterministic generator (SplitMix64), so the inputs are the same
/// on every run without a rand dependency.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn inputs() -> Vec<(u64, u64)> {
    let mut s = 42u64;
    (0..N)
        .map(|_| {
            let u = (splitmix(&mut s) >> 11) as f64 / (1u64 << 53) as f64;
            let trials = 10f64.powf(4.0 * u).round().max(1.0) as u64;
            let successes = splitmix(&mut s) % (trials + 1);
            (successes, trials)
        })
        .collect()
}

fn proportions(c: &mut Criterion) {
    let data = inputs();
    let mut group = c.benchmark_group("proportion_1e6");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(5));
    group.throughput(Throughput::Elements(N as u64));
    for &m in ProportionMethod::all() {
        group.bench_function(m.name(), |b| {
            b.iter(|| {
                let mut acc = 0.0;
                for &(successes, trials) in &data {
                    let ci = ProportionInterval::new(m, IntervalSpec::new(0.95).unwrap())
                        .unwrap()
                        .compute(&ProportionData::Counts { successes, trials })
                        .unwrap();
                    acc += ci.width();
                }
                black_box(acc)
            })
        });
    }
    group.finish();
}

fn counts(c: &mut Criterion) {
    let data = inputs();
    let mut group = c.benchmark_group("count_1e6");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(5));
    group.throughput(Throughput::Elements(N as u64));
    for &m in CountMethod::all() {
        group.bench_function(m.name(), |b| {
            b.iter(|| {
                let mut acc = 0.0;
                for &(count, _) in &data {
                    let ci = CountInterval::new(m, IntervalSpec::new(0.95).unwrap())
                        .compute(&CountData::Count { count })
                        .unwrap();
                    acc += ci.width();
                }
                black_box(acc)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, proportions, counts);
criterion_main!(benches);
