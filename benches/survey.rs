//! Totals and means at 10^6 and 10^7 rows, 2,000 PSUs in 50 strata, with an fpc;
//! and (with the `polars` feature) the whole path from a DataFrame (building the
//! design from its columns and estimating a total) and from a CSV file (reading
//! the five columns with `read_csv`, then the same). The data are generated in
//! memory (a fixed linear congruential sequence); the CSV files are written once
//! into the system's temporary directory (about 40 and 400 MB) and removed at the
//! end.
//!
//! And, at 10^5 rows, the estimators past totals and means: a quantile, svyby
//! over the 50 strata, a Rao-Scott test, a bootstrap replicate mean and a
//! linear and a raking calibration.
//!
//! The one-pass estimator (`StreamingEstimator`) on the same columns fed in
//! chunks, and (with `polars`) on the CSV file read in batches, the
//! streaming path of `njov survey`.
//!
//! Run: `cargo bench --bench survey --features polars` (about three minutes).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use njov::survey::{Fpc, SurveyDesign};

struct Data {
    design: SurveyDesign,
    y: Vec<f64>,
}

struct Columns {
    weights: Vec<f64>,
    strata: Vec<u32>,
    psu: Vec<u32>,
    y: Vec<f64>,
    fpc: Vec<f64>,
}

fn columns(n: usize) -> Columns {
    const STRATA: usize = 50;
    const PSUS: usize = 2000;
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    let psu: Vec<u32> = (0..n).map(|i| (i * PSUS / n) as u32).collect();
    let strata: Vec<u32> = psu.iter().map(|&c| c / (PSUS / STRATA) as u32).collect();
    let weights: Vec<f64> = (0..n).map(|_| 50.0 + 100.0 * next()).collect();
    let y: Vec<f64> = (0..n).map(|_| 10.0 * next()).collect();
    let fpc = vec![400.0; n];
    Columns {
        weights,
        strata,
        psu,
        y,
        fpc,
    }
}

fn data(n: usize) -> Data {
    let c = columns(n);
    let design = SurveyDesign::builder(n)
        .weights(c.weights)
        .strata(c.strata)
        .psu(c.psu)
        .fpc(Fpc::PopulationSize(c.fpc))
        .build()
        .unwrap();
    Data { design, y: c.y }
}

#[cfg(feature = "polars")]
fn frame_bench(c: &mut Criterion) {
    use njov::survey::{DesignColumns, column_f64};
    use polars::prelude::*;
    for (label, n) in sizes() {
        let cols = columns(n);
        let df = df!(
            "w" => cols.weights,
            "stratum" => cols.strata.iter().map(|&s| s as i64).collect::<Vec<_>>(),
            "psu" => cols.psu.iter().map(|&s| s as i64).collect::<Vec<_>>(),
            "y" => cols.y,
            "fpc" => cols.fpc,
        )
        .unwrap();
        let spec = DesignColumns {
            weights: Some("w".into()),
            strata: Some("stratum".into()),
            psu: Some("psu".into()),
            fpc: Some("fpc".into()),
            ..DesignColumns::default()
        };
        let mut group = c.benchmark_group(format!("survey/{label} rows from a DataFrame"));
        group.sample_size(10);
        group.bench_function("design + total", |b| {
            b.iter(|| {
                let design = SurveyDesign::from_frame(black_box(&df), &spec).unwrap();
                let y = column_f64(&df, "y").unwrap();
                black_box(design.total(&y).unwrap())
            })
        });
        group.finish();
    }
}

/// The columns written as CSV (`stratum,psu,fpc,w,y`), sorted by stratum and
/// PSU as they are generated.
#[cfg(feature = "polars")]
fn write_csv(path: &std::path::Path, cols: &Columns) {
    use std::io::Write;
    let mut w = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(w, "stratum,psu,fpc,w,y").unwrap();
    for i in 0..cols.y.len() {
        writeln!(
            w,
            "{},{},{},{:.4},{:.3}",
            cols.strata[i], cols.psu[i], cols.fpc[i], cols.weights[i], cols.y[i]
        )
        .unwrap();
    }
    w.flush().unwrap();
}

#[cfg(feature = "polars")]
fn csv_bench(c: &mut Criterion) {
    use njov::survey::{
        Chunk, DEFAULT_BATCH_BYTES, DesignColumns, Statistic, StreamingEstimator, column_f64,
        read_csv, read_csv_batches,
    };
    for (label, n) in sizes() {
        let path = std::env::temp_dir().join(format!("njov_bench_survey_{label}.csv"));
        write_csv(&path, &columns(n));
        let spec = DesignColumns {
            weights: Some("w".into()),
            strata: Some("stratum".into()),
            psu: Some("psu".into()),
            fpc: Some("fpc".into()),
            nest: true,
            ..DesignColumns::default()
        };
        let mut group = c.benchmark_group(format!("survey/{label} rows from CSV"));
        group.sample_size(10);
        group.bench_function("read", |b| {
            b.iter(|| read_csv(&path, &["y", "w", "fpc"], &["stratum", "psu"]).unwrap())
        });
        group.bench_function("read + design + total", |b| {
            b.iter(|| {
                let df = read_csv(&path, &["y", "w", "fpc"], &["stratum", "psu"]).unwrap();
                let design = SurveyDesign::from_frame(&df, &spec).unwrap();
                let y = column_f64(&df, "y").unwrap();
                black_box(design.total(&y).unwrap())
            })
        });
        // the one-pass path of `njov survey`: batches of the file through
        // polars into the streaming estimator
        group.bench_function("streaming total (batches)", |b| {
            b.iter(|| {
                let mut s = StreamingEstimator::new(Statistic::Total)
                    .unwrap()
                    .nest(true);
                read_csv_batches(
                    &path,
                    &["y", "w", "fpc"],
                    &["stratum", "psu"],
                    DEFAULT_BATCH_BYTES,
                    |df| {
                        let (y, w, fpc) = (
                            column_f64(df, "y")?,
                            column_f64(df, "w")?,
                            column_f64(df, "fpc")?,
                        );
                        let text = |c: &str| df.column(c).unwrap().str().unwrap().clone();
                        let (strata, psu) = (text("stratum"), text("psu"));
                        let strata: Vec<&str> = strata.iter().map(|v| v.unwrap()).collect();
                        let psu: Vec<&str> = psu.iter().map(|v| v.unwrap()).collect();
                        s.push(&Chunk {
                            y: &y,
                            weights: Some(&w),
                            fpc: Some(&fpc),
                            strata: Some(&strata),
                            psu: Some(&psu),
                            ..Chunk::default()
                        })
                    },
                )
                .unwrap();
                black_box(s.finish().unwrap())
            })
        });
        group.finish();
        let _ = std::fs::remove_file(&path);
    }
}

#[cfg(not(feature = "polars"))]
fn frame_bench(_: &mut Criterion) {}

#[cfg(not(feature = "polars"))]
fn csv_bench(_: &mut Criterion) {}

/// 10^6 and 10^7 rows under `cargo bench` (which passes `--bench`); 10^4 when
/// `cargo test --all-targets` runs each benchmark once as a test.
fn sizes() -> Vec<(&'static str, usize)> {
    if std::env::args().any(|a| a == "--bench") {
        vec![("1e6", 1_000_000), ("1e7", 10_000_000)]
    } else {
        vec![("1e4", 10_000)]
    }
}

fn bench(c: &mut Criterion) {
    for (label, n) in sizes() {
        let d = data(n);
        let mut group = c.benchmark_group(format!("survey/{label} rows"));
        group.sample_size(10);
        group.bench_function("total", |b| {
            b.iter(|| black_box(d.design.total(black_box(&d.y)).unwrap()))
        });
        group.bench_function("mean", |b| {
            b.iter(|| black_box(d.design.mean(black_box(&d.y)).unwrap()))
        });
        group.finish();
    }
}

/// The one-pass estimator on the columns of `bench`, fed in chunks of
/// 2^16 rows with text labels (as batches of a file give them): a total and
/// a mean, to set beside the in-memory design's.
fn streaming_bench(c: &mut Criterion) {
    use njov::survey::{Chunk, Statistic, StreamingEstimator};
    const CHUNK: usize = 1 << 16;
    for (label, n) in sizes() {
        let cols = columns(n);
        let strata: Vec<String> = cols.strata.iter().map(u32::to_string).collect();
        let psu: Vec<String> = cols.psu.iter().map(u32::to_string).collect();
        let strata: Vec<&str> = strata.iter().map(String::as_str).collect();
        let psu: Vec<&str> = psu.iter().map(String::as_str).collect();
        let mut group = c.benchmark_group(format!("survey/{label} rows streaming"));
        group.sample_size(10);
        for stat in [Statistic::Total, Statistic::Mean] {
            group.bench_function(stat.name(), |b| {
                b.iter(|| {
                    let mut s = StreamingEstimator::new(stat).unwrap();
                    for start in (0..n).step_by(CHUNK) {
                        let r = start..(start + CHUNK).min(n);
                        s.push(&Chunk {
                            y: &cols.y[r.clone()],
                            weights: Some(&cols.weights[r.clone()]),
                            strata: Some(&strata[r.clone()]),
                            psu: Some(&psu[r.clone()]),
                            fpc: Some(&cols.fpc[r]),
                            ..Chunk::default()
                        })
                        .unwrap();
                    }
                    black_box(s.finish().unwrap())
                })
            });
        }
        group.finish();
    }
}

/// 10^5 rows under `cargo bench`, 10^4 as a test.
fn small_size() -> usize {
    if std::env::args().any(|a| a == "--bench") {
        100_000
    } else {
        10_000
    }
}

/// The estimators past totals and means on the same design: a quantile, a
/// mean for each of the 50 strata (svyby), the Rao-Scott test of the strata
/// against a 0/1 column, a mean on 100 bootstrap replicates, and a linear
/// and a raking calibration to the strata's counts and a numeric total.
fn estimators_bench(c: &mut Criterion) {
    use njov::survey::{CalibrationFunction, CalibrationOptions, CalibrationTerm};
    let n = small_size();
    let cols = columns(n);
    let d = data(n);
    let labels: Vec<String> = cols.strata.iter().map(|h| h.to_string()).collect();
    let binary: Vec<String> = cols
        .y
        .iter()
        .map(|&y| if y < 5.0 { "a" } else { "b" }.to_string())
        .collect();
    let mut counts = std::collections::BTreeMap::<String, f64>::new();
    for (l, w) in labels.iter().zip(d.design.weights()) {
        *counts.entry(l.clone()).or_default() += w * 1.1;
    }
    let total_y: f64 = cols
        .y
        .iter()
        .zip(d.design.weights())
        .map(|(y, w)| y * w)
        .sum();
    let terms = [
        CalibrationTerm::Categorical {
            name: "stratum".into(),
            labels: labels.clone(),
            totals: counts.into_iter().collect(),
        },
        CalibrationTerm::Numeric {
            name: "y".into(),
            values: cols.y.clone(),
            total: total_y * 1.05,
        },
    ];
    let boot = d.design.bootstrap(100, 1, false).unwrap();
    let mut group = c.benchmark_group(format!("survey estimators/{n} rows"));
    group.sample_size(10);
    group.bench_function("median", |b| {
        b.iter(|| black_box(d.design.quantile(black_box(&d.y), 0.5, 0.95).unwrap()))
    });
    group.bench_function("mean by 50 strata", |b| {
        b.iter(|| black_box(d.design.by(&labels, |g| g.mean(&d.y)).unwrap()))
    });
    group.bench_function("Rao-Scott 50 x 2", |b| {
        b.iter(|| black_box(d.design.chisq(&labels, &binary).unwrap()))
    });
    group.bench_function("bootstrap mean (100 replicates)", |b| {
        b.iter(|| black_box(boot.mean(black_box(&d.y)).unwrap()))
    });
    for (name, function) in [
        ("calibrate linear", CalibrationFunction::Linear),
        ("calibrate raking", CalibrationFunction::Raking),
    ] {
        let options = CalibrationOptions {
            function,
            ..CalibrationOptions::default()
        };
        group.bench_function(name, |b| {
            b.iter(|| black_box(d.design.calibrate(&terms, &options).unwrap()))
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    bench,
    streaming_bench,
    frame_bench,
    csv_bench,
    estimators_bench
);
criterion_main!(benches);
