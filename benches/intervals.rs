//! Each interval method over 10^6 intervals: successes and trials drawn
//! (deterministically) with trials log-uniform in [1, 10^4], level 0.95.
//!
//! Run: `cargo bench --bench intervals` (about five minutes; criterion's
//! minimum of 10 samples, each one pass over the 10^6 inputs).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use njov::{
    CountData, CountInterval, CountMethod, ProportionData, ProportionInterval, ProportionMethod,
    Side,
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
    for &m in ProportionMethod::all() {
        group.bench_function(m.name(), |b| {
            b.iter(|| {
                let mut acc = 0.0;
                for &(successes, trials) in &data {
                    let ci = ProportionInterval::compute(
                        m,
                        &ProportionData::Counts { successes, trials },
                        0.95,
                        Side::TwoSided,
                        None,
                    )
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
                    let ci = CountInterval::compute(
                        m,
                        &CountData::Count { count },
                        0.95,
                        Side::TwoSided,
                        None,
                    )
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
