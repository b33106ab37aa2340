//! Each interval method over 10^6 intervals: successes and trials drawn
//! (deterministically) with trials log-uniform in [1, 10^4], level 0.95;
//! one interval at a time (`compute`) and as a batch over slices
//! (`counts_into`), both on the same kernel.
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

mod common;

use common::N;

fn inputs() -> Vec<(u64, u64)> {
    common::inputs(N)
}

fn proportions(c: &mut Criterion) {
    let data = inputs();
    let mut group = c.benchmark_group("proportion_1e6");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(5));
    group.throughput(Throughput::Elements(N as u64));
    let spec = IntervalSpec::new(0.95).unwrap();
    let (successes, trials): (Vec<u64>, Vec<u64>) = data.iter().copied().unzip();
    let mut out = vec![[0.0; 2]; N];
    for &m in ProportionMethod::all() {
        let interval = ProportionInterval::new(m, spec).unwrap();
        group.bench_function(m.name(), |b| {
            b.iter(|| {
                let mut acc = 0.0;
                for &(successes, trials) in &data {
                    let ci = interval
                        .compute(&ProportionData::Counts { successes, trials })
                        .unwrap();
                    acc += ci.width();
                }
                black_box(acc)
            })
        });
        group.bench_function(format!("{}/batch", m.name()), |b| {
            b.iter(|| {
                interval.counts_into(&successes, &trials, &mut out).unwrap();
                black_box(out[N - 1][1] - out[0][0])
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
    let spec = IntervalSpec::new(0.95).unwrap();
    for &m in CountMethod::all() {
        let interval = CountInterval::new(m, spec);
        group.bench_function(m.name(), |b| {
            b.iter(|| {
                let mut acc = 0.0;
                for &(count, _) in &data {
                    let ci = interval.compute(&CountData::Count { count }).unwrap();
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
