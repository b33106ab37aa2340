//! Each interval method over 10^6 intervals: successes and trials drawn
//! (deterministically) with trials log-uniform in [1, 10^4], level 0.95;
//! one interval at a time (`compute`), as a batch into pairs
//! (`counts_into`) and into two columns (`counts_into_columns`, with u64
//! and with u32 counts), all on the same kernel; the count intervals; exact
//! coverage over a grid of 999 proportions at n = 129 and n = 612 (every
//! method); and the wave-1 reproduction as a library call
//! (`Report::build`, then rendered as Markdown).
//!
//! Run: `cargo bench --bench intervals` (about six minutes; criterion's
//! minimum of 10 samples, each one pass over the 10^6 inputs).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use njov::interval::{
    CountData, CountInterval, CountMethod, IntervalSpec, ProportionData, ProportionInterval,
    ProportionMethod, coverage_summary,
};
use njov::{Dataset, Format, Report};

mod common;

fn inputs() -> Vec<(u64, u64)> {
    common::inputs(common::n())
}

fn proportions(c: &mut Criterion) {
    let data = inputs();
    let n = data.len();
    let mut group = c.benchmark_group("proportion_1e6");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(5));
    group.throughput(Throughput::Elements(n as u64));
    let spec = IntervalSpec::new(0.95).unwrap();
    let (successes, trials): (Vec<u64>, Vec<u64>) = data.iter().copied().unzip();
    let mut out = vec![[0.0; 2]; n];
    let (mut lower, mut upper) = (vec![0.0; n], vec![0.0; n]);
    let successes32: Vec<u32> = successes.iter().map(|&v| v as u32).collect();
    let trials32: Vec<u32> = trials.iter().map(|&v| v as u32).collect();
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
                black_box(out[n - 1][1] - out[0][0])
            })
        });
        group.bench_function(format!("{}/columns", m.name()), |b| {
            b.iter(|| {
                interval
                    .counts_into_columns(&successes, &trials, &mut lower, &mut upper)
                    .unwrap();
                black_box(upper[n - 1] - lower[0])
            })
        });
        group.bench_function(format!("{}/columns u32", m.name()), |b| {
            b.iter(|| {
                interval
                    .counts_into_columns(&successes32, &trials32, &mut lower, &mut upper)
                    .unwrap();
                black_box(upper[n - 1] - lower[0])
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
    group.throughput(Throughput::Elements(data.len() as u64));
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

fn coverage(c: &mut Criterion) {
    let mut group = c.benchmark_group("coverage_grid_999");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    let points = if common::benching() { 999 } else { 9 };
    for n in [129u64, 612] {
        group.bench_function(format!("all methods, n = {n}"), |b| {
            b.iter(|| {
                for &m in ProportionMethod::all() {
                    black_box(coverage_summary(m, n, 0.95, points).unwrap());
                }
            })
        });
    }
    group.finish();
}

fn reproduction(c: &mut Criterion) {
    let ds = Dataset::latest().unwrap();
    let mut group = c.benchmark_group("reproduce");
    group.bench_function("Report::build", |b| {
        b.iter(|| black_box(Report::build(black_box(&ds)).unwrap()))
    });
    group.bench_function("Report::build + Markdown", |b| {
        b.iter(|| {
            let report = Report::build(&ds).unwrap();
            black_box(report.render(Format::Markdown).unwrap())
        })
    });
    group.bench_function("Dataset::latest + Report::build", |b| {
        b.iter(|| black_box(Report::build(&Dataset::latest().unwrap()).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, proportions, counts, coverage, reproduction);
criterion_main!(benches);
