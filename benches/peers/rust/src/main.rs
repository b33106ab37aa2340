//! The njov side of the peer harness (`benches/peers/run.sh`), and its input
//! generator. Run by hand, never in CI:
//!
//! ```text
//! cargo run --release --manifest-path benches/peers/rust/Cargo.toml -- gen DIR [ROWS...]
//! cargo run --release --manifest-path benches/peers/rust/Cargo.toml -- intervals DIR [REPS]
//! ```
//!
//! `gen` writes, deterministically:
//! - `DIR/intervals/successes.u64`, `trials.u64`: 10^6 little-endian u64 pairs,
//!   the inputs of `benches/intervals.rs` (SplitMix64 from seed 42, trials
//!   log-uniform in [1, 10^4], successes uniform in [0, trials]);
//! - `DIR/micro_<ROWS>.csv` for each ROWS (default 10^6 and 10^7): 50 strata,
//!   ROWS/500 PSUs (2,000 at 10^6, 20,000 at 10^7), 500 rows per PSU; columns
//!   `stratum,psu,fpc,w,y,z` (see [`write_micro`]); and beside each,
//!   `DIR/pop_<ROWS>.csv`, the population totals the calibration workload
//!   calibrates to (see [`write_population`]).
//!
//! `intervals` times each method's 10^6 intervals in process with the batch
//! API over slices (`counts_columns`: two new vectors, as the peers' vectorised
//! calls return new arrays; and `counts_into_columns` into the caller's two
//! buffers, allocated once), best of REPS passes (default 3), writes each
//! method's limits as `DIR/intervals/njov_<method>_{lower,upper}.f64`
//! (little-endian f64) for the agreement check, and prints JSON. `kernels`
//! (not part of run.sh) times the closed-form kernels alone, with u64 and u32
//! counts, into pairs and into columns.
//!
//! Why a package of its own (see its Cargo.toml) and not an example or a bench
//! target of njov: CI runs every file in `examples/`; a bench target would be
//! built with njov's dev-dependencies, whose feature unification forces a second
//! release build of polars, which the interval engine does not use. Here njov is
//! built without polars.

use std::fs::{self, File};
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use njov::ProportionMethod;
use njov::interval::{IntervalSpec, ProportionInterval};

/// The interval count of `benches/intervals.rs`.
const N_INTERVALS: usize = 1_000_000;
/// Strata in the microdata files.
const STRATA: usize = 50;
/// Rows per PSU: 2,000 PSUs at 10^6 rows, proportionately 20,000 at 10^7.
const ROWS_PER_PSU: usize = 500;

/// The methods timed against a peer, with the file-name stem of each.
const METHODS: [(ProportionMethod, &str); 5] = [
    (ProportionMethod::Wald, "wald"),
    (ProportionMethod::Wilson, "wilson"),
    (ProportionMethod::ClopperPearson, "clopper_pearson"),
    (ProportionMethod::Jeffreys, "jeffreys"),
    // counts without degrees of freedom: the factor (t_{n-1}/t_df)^2 is 1,
    // so the limits are Clopper-Pearson's (the peer is scipy's beta.ppf)
    (ProportionMethod::KornGraubard, "korn_graubard"),
];

/// SplitMix64, as in `benches/intervals.rs` (keep the two identical: the peers
/// must see the inputs that the criterion bench times).
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The `(successes, trials)` pairs of `benches/intervals.rs`.
fn interval_inputs(n: usize) -> Vec<(u64, u64)> {
    let mut s = 42u64;
    (0..n)
        .map(|_| {
            let u = (splitmix(&mut s) >> 11) as f64 / (1u64 << 53) as f64;
            let trials = 10f64.powf(4.0 * u).round().max(1.0) as u64;
            let successes = splitmix(&mut s) % (trials + 1);
            (successes, trials)
        })
        .collect()
}

fn write_u64s(path: &Path, values: impl Iterator<Item = u64>) -> std::io::Result<()> {
    let mut w = BufWriter::new(File::create(path)?);
    for v in values {
        w.write_all(&v.to_le_bytes())?;
    }
    w.flush()
}

fn write_f64s(path: &Path, values: &[f64]) -> std::io::Result<()> {
    let mut w = BufWriter::new(File::create(path)?);
    for v in values {
        w.write_all(&v.to_le_bytes())?;
    }
    w.flush()
}

fn read_u64s(path: &Path) -> std::io::Result<Vec<u64>> {
    let mut bytes = Vec::new();
    File::open(path)?.read_to_end(&mut bytes)?;
    Ok(bytes
        .chunks_exact(8)
        .map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes")))
        .collect())
}

/// A 64-bit linear congruential sequence mapped to [0, 1) (the one of
/// `benches/survey.rs`), seeded per file.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Writes `rows` rows of microdata, sorted by stratum and PSU:
///
/// ```text
/// stratum  1..=50
/// psu      1..=rows/500, unique across strata (so nest = TRUE changes nothing);
///          rows/500/50 sampled PSUs per stratum (40 at 10^6, 400 at 10^7), 500 rows each
/// fpc      N_h = n_h * (2 + (h - 1) % 10): population PSUs, sampling fraction 1/2 .. 1/11
/// w        (N_h / n_h) * (0.5 + u), u uniform in [0, 1); 4 decimals
/// y        psu effect + stratum level + noise, 3 decimals, in [0, 1000)
/// z        0/1, P(z = 1) varies by PSU
/// ```
///
/// Every number has at most 10 significant digits, so every CSV parser reads
/// the same doubles.
fn write_micro(path: &Path, rows: usize) -> std::io::Result<()> {
    assert!(
        rows.is_multiple_of(ROWS_PER_PSU * STRATA),
        "rows must be a multiple of {}",
        ROWS_PER_PSU * STRATA
    );
    let psus = rows / ROWS_PER_PSU;
    let per_stratum = psus / STRATA;
    let mut rng = Lcg(0x9E37_79B9_7F4A_7C15 ^ rows as u64);
    let mut w = BufWriter::with_capacity(1 << 20, File::create(path)?);
    writeln!(w, "stratum,psu,fpc,w,y,z")?;
    for psu in 0..psus {
        let h = psu / per_stratum;
        let big_n = per_stratum * (2 + h % 10);
        let base_weight = (big_n / per_stratum) as u64; // N_h / n_h, an integer
        let psu_effect = 300.0 * rng.next();
        let psu_rate = 0.05 + 0.9 * rng.next();
        for _ in 0..ROWS_PER_PSU {
            // weight in units of 1e-4
            let w4 = base_weight * (5_000 + (10_000.0 * rng.next()) as u64);
            // y in units of 1e-3, below 10^6
            let y3 = ((psu_effect + 4.0 * h as f64 + 500.0 * rng.next()) * 1000.0) as u64;
            let z = u8::from(rng.next() < psu_rate);
            writeln!(
                w,
                "{},{},{},{}.{:04},{}.{:03},{}",
                h + 1,
                psu + 1,
                big_n,
                w4 / 10_000,
                w4 % 10_000,
                y3 / 1000,
                y3 % 1000,
                z
            )?;
        }
    }
    w.flush()
}

/// Writes the population totals of the file [`write_micro`] writes with
/// `rows` rows, as `njov survey --calibrate` reads them (`variable,level,total`):
/// for every stratum h its population count of rows, 500 N_h (the file's `fpc`
/// counts PSUs of 500 rows; the weights' expectation per stratum is the same),
/// and for `z` (a numeric term, empty level) half of the population, the
/// expectation of its PSU rates.
fn write_population(path: &Path, rows: usize) -> std::io::Result<()> {
    let per_stratum = rows / ROWS_PER_PSU / STRATA;
    let mut w = BufWriter::new(File::create(path)?);
    writeln!(w, "variable,level,total")?;
    let mut all = 0;
    for h in 0..STRATA {
        let count = ROWS_PER_PSU * per_stratum * (2 + h % 10);
        all += count;
        writeln!(w, "stratum,{},{count}", h + 1)?;
    }
    writeln!(w, "z,,{}", all / 2)?;
    w.flush()
}

fn generate(dir: &Path, rows: &[usize], n_intervals: usize) -> std::io::Result<()> {
    let idir = dir.join("intervals");
    fs::create_dir_all(&idir)?;
    let inputs = interval_inputs(n_intervals);
    write_u64s(&idir.join("successes.u64"), inputs.iter().map(|p| p.0))?;
    write_u64s(&idir.join("trials.u64"), inputs.iter().map(|p| p.1))?;
    eprintln!("wrote {} intervals to {}", inputs.len(), idir.display());
    for &r in rows {
        let path = dir.join(format!("micro_{r}.csv"));
        write_micro(&path, r)?;
        write_population(&dir.join(format!("pop_{r}.csv")), r)?;
        eprintln!("wrote {r} rows to {}", path.display());
    }
    Ok(())
}

/// One method over all inputs, through the batch API over slices (the
/// specification validated and its quantile computed once, the inputs
/// checked in a pass of their own): limits into two vectors
/// (`counts_columns`), allocated inside the timed region as the peers'
/// vectorised calls allocate theirs. The inputs are the same u64 integers
/// the peers read (as int64).
fn run_method(method: ProportionMethod, successes: &[u64], trials: &[u64]) -> (Vec<f64>, Vec<f64>) {
    let spec = IntervalSpec::new(0.95).expect("a valid level");
    let interval = ProportionInterval::new(method, spec).expect("a valid method");
    interval
        .counts_columns(successes, trials)
        .expect("valid counts")
}

/// The CPU time of the calling thread, in seconds: `CLOCK_THREAD_CPUTIME_ID`
/// through the `cpu-time` crate, the clock of Python's `time.thread_time()`.
/// On a shared machine it leaves out the time spent waiting for the CPU,
/// which the wall clock includes. (`/proc/thread-self/schedstat`, used
/// before, is updated only at scheduler ticks: too coarse for a pass of a
/// few milliseconds.)
fn thread_cpu_seconds() -> f64 {
    cpu_time::ThreadTime::now().as_duration().as_secs_f64()
}

/// Times every method (best of `reps`), writes the limits, returns the JSON.
fn time_intervals(dir: &Path, reps: usize) -> std::io::Result<serde_json::Value> {
    let idir = dir.join("intervals");
    let successes = read_u64s(&idir.join("successes.u64"))?;
    let trials = read_u64s(&idir.join("trials.u64"))?;
    assert_eq!(
        successes.len(),
        trials.len(),
        "input files of unequal length"
    );
    let mut out = serde_json::Map::new();
    let (mut lo, mut hi) = (vec![0.0; successes.len()], vec![0.0; successes.len()]);
    for (method, stem) in METHODS {
        let mut times = Vec::with_capacity(reps);
        let mut cpu = Vec::with_capacity(reps);
        let mut cpu_buffers = Vec::with_capacity(reps);
        let mut limits = (Vec::new(), Vec::new());
        let interval = ProportionInterval::new(method, IntervalSpec::new(0.95).expect("a level"))
            .expect("a valid method");
        for _ in 0..reps.max(1) {
            // the previous pass's vectors freed first, as a caller's would be
            drop(std::mem::take(&mut limits));
            let cpu_start = thread_cpu_seconds();
            let start = Instant::now();
            limits = std::hint::black_box(run_method(method, &successes, &trials));
            times.push(start.elapsed().as_secs_f64());
            cpu.push(thread_cpu_seconds() - cpu_start);
            // into the caller's buffers, allocated (and touched) once
            let cpu_start = thread_cpu_seconds();
            interval
                .counts_into_columns(&successes, &trials, &mut lo, &mut hi)
                .expect("valid counts");
            std::hint::black_box((&lo, &hi));
            cpu_buffers.push(thread_cpu_seconds() - cpu_start);
        }
        assert!(lo == limits.0 && hi == limits.1, "{stem}: buffers and vectors differ");
        write_f64s(&idir.join(format!("njov_{stem}_lower.f64")), &limits.0)?;
        write_f64s(&idir.join(format!("njov_{stem}_upper.f64")), &limits.1)?;
        let min = |v: &[f64]| v.iter().copied().fold(f64::INFINITY, f64::min);
        let (best, best_cpu, best_buffers) = (min(&times), min(&cpu), min(&cpu_buffers));
        eprintln!(
            "njov {stem}: best {best:.4} s of {times:?}; CPU best {best_cpu:.4} s, into buffers {best_buffers:.4} s"
        );
        out.insert(
            stem.to_string(),
            serde_json::json!({
                "seconds": best, "all_seconds": times,
                "cpu_seconds": best_cpu, "all_cpu_seconds": cpu,
                "buffers_cpu_seconds": best_buffers, "all_buffers_cpu_seconds": cpu_buffers,
                "n": successes.len(),
            }),
        );
    }
    Ok(serde_json::json!({
        "tool": "njov",
        "api": "ProportionInterval::counts_columns (batch over slices, u64 counts)",
        "methods": out,
    }))
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("gen") => {
            let dir = PathBuf::from(args.get(1).expect("gen DIR [ROWS...]"));
            let rows: Vec<usize> = if args.len() > 2 {
                args[2..]
                    .iter()
                    .map(|r| r.parse().expect("ROWS is a number"))
                    .collect()
            } else {
                vec![1_000_000, 10_000_000]
            };
            generate(&dir, &rows, N_INTERVALS)
        }
        Some("intervals") => {
            let dir = PathBuf::from(args.get(1).expect("intervals DIR [REPS]"));
            let reps = args
                .get(2)
                .map_or(3, |r| r.parse().expect("REPS is a number"));
            let json = time_intervals(&dir, reps)?;
            println!("{json:#}");
            Ok(())
        }
        Some("once") => {
            // one method over the first N inputs, once, for callgrind or perf
            // (not part of run.sh): njov-peers once DIR METHOD [N]
            let dir = PathBuf::from(args.get(1).expect("once DIR METHOD [N]"));
            let method: ProportionMethod = args
                .get(2)
                .expect("once DIR METHOD [N]")
                .parse()
                .expect("a method name");
            let idir = dir.join("intervals");
            let mut s64 = read_u64s(&idir.join("successes.u64"))?;
            let mut t64 = read_u64s(&idir.join("trials.u64"))?;
            let n: usize = args.get(3).map_or(s64.len(), |v| v.parse().expect("N"));
            s64.truncate(n);
            t64.truncate(n);
            let c = thread_cpu_seconds();
            let (lo, hi) = run_method(method, &s64, &t64);
            let cpu = thread_cpu_seconds() - c;
            let width: f64 = hi.iter().zip(&lo).map(|(h, l)| h - l).sum();
            eprintln!("{method}: {n} intervals, {cpu:.4} s CPU, sum of widths {width:.15e}");
            Ok(())
        }
        Some("kernels") => {
            // the batch kernels alone: outputs allocated once, u64 and u32
            // counts, best CPU time of REPS passes (not part of run.sh)
            let dir = PathBuf::from(args.get(1).expect("kernels DIR [REPS]"));
            let reps: usize = args.get(2).map_or(20, |r| r.parse().expect("REPS"));
            let idir = dir.join("intervals");
            let s64 = read_u64s(&idir.join("successes.u64"))?;
            let t64 = read_u64s(&idir.join("trials.u64"))?;
            let s32: Vec<u32> = s64.iter().map(|&v| v as u32).collect();
            let t32: Vec<u32> = t64.iter().map(|&v| v as u32).collect();
            let (mut lo, mut hi) = (vec![0.0; s64.len()], vec![0.0; s64.len()]);
            let mut pairs = vec![[0.0; 2]; s64.len()];
            let spec = IntervalSpec::new(0.95).expect("a valid level");
            {
                let mut best = f64::INFINITY;
                for _ in 0..reps {
                    let c = thread_cpu_seconds();
                    for (((&x, &n), l), h) in s64.iter().zip(&t64).zip(lo.iter_mut()).zip(hi.iter_mut()) {
                        *l = x as f64;
                        *h = n as f64;
                    }
                    std::hint::black_box((&lo, &hi));
                    best = best.min(thread_cpu_seconds() - c);
                }
                eprintln!("floor (u64 in, two f64 columns out, no arithmetic): {:.2} ms", best * 1e3);
            }
            for m in [ProportionMethod::Wald, ProportionMethod::Wilson, ProportionMethod::AgrestiCoull] {
                let ci = ProportionInterval::new(m, spec).expect("a valid method");
                let best = |f: &mut dyn FnMut()| {
                    (0..reps)
                        .map(|_| {
                            let c = thread_cpu_seconds();
                            f();
                            thread_cpu_seconds() - c
                        })
                        .fold(f64::INFINITY, f64::min)
                };
                let a = best(&mut || ci.counts_into_columns(&s64, &t64, &mut lo, &mut hi).unwrap());
                let b = best(&mut || ci.counts_into_columns(&s32, &t32, &mut lo, &mut hi).unwrap());
                let c = best(&mut || ci.counts_into(&s64, &t64, &mut pairs).unwrap());
                let d = best(&mut || {
                    std::hint::black_box(ci.counts_columns(&s64, &t64).unwrap());
                });
                eprintln!(
                    "{m}: columns u64 {:.2} ms, u32 {:.2} ms, pairs u64 {:.2} ms, new vectors u64 {:.2} ms",
                    a * 1e3, b * 1e3, c * 1e3, d * 1e3
                );
            }
            Ok(())
        }
        _ => {
            eprintln!("usage: njov-peers gen DIR [ROWS...] | intervals DIR [REPS]");
            std::process::exit(2)
        }
    }
}
