//! Every interval and quantile against mpmath references at 60 digits
//! (`scripts/interval_reference.py`), to 1e-13 relative.
//!
//! Tolerance: `|ours - ref| <= 1e-13 |ref|`. Where the reference is exactly
//! 0 (a limit at the edge of the range: Clopper-Pearson at x = 0, a clipped
//! Wald limit, a one-sided interval's open end), ours must be exactly 0 too:
//! no absolute floor is used anywhere.

use std::collections::BTreeMap;

use njov::interval::special;
use njov::interval::{
    CountData, CountInterval, CountMethod, IntervalSpec, ProportionData, ProportionInterval,
    ProportionMethod, Side,
};

const TOL: f64 = 1e-13;

mod common;

use common::IntervalRow as Row;

fn rel_err(ours: f64, reference: f64) -> f64 {
    if reference == ours {
        0.0
    } else if reference == 0.0 || reference.is_infinite() {
        f64::INFINITY
    } else {
        ((ours - reference) / reference).abs()
    }
}

fn rows() -> Vec<Row> {
    common::interval_reference()
}

fn compute(row: &Row) -> njov::interval::Interval {
    let side: Side = row.side.parse().unwrap();
    if row.family == "proportion" {
        let method: ProportionMethod = row.method.parse().unwrap();
        let data = match row.input.as_str() {
            "counts" => ProportionData::Counts {
                successes: row.successes.unwrap(),
                trials: row.trials.unwrap(),
            },
            "variance" => ProportionData::Variance {
                estimate: row.estimate.unwrap(),
                variance: row.variance.unwrap(),
                n: row.n.unwrap(),
                df: row.df,
            },
            "deff" => ProportionData::DesignEffect {
                estimate: row.estimate.unwrap(),
                deff: row.deff.unwrap(),
                n: row.n.unwrap(),
            },
            other => panic!("unknown input {other}"),
        };
        ProportionInterval::new(
            method,
            IntervalSpec::new(row.level).unwrap().with_side(side),
        )
        .unwrap()
        .compute(&data)
        .unwrap()
    } else {
        let method: CountMethod = row.method.parse().unwrap();
        let data = match row.input.as_str() {
            "count" => CountData::Count {
                count: row.count.unwrap(),
            },
            "total" => CountData::Total {
                total: row.total.unwrap(),
                mean_weight: row.mean_weight.unwrap(),
                deff: row.deff.unwrap(),
            },
            other => panic!("unknown input {other}"),
        };
        CountInterval::new(
            method,
            IntervalSpec::new(row.level)
                .unwrap()
                .with_side(side)
                .with_df_opt(row.df)
                .unwrap(),
        )
        .compute(&data)
        .unwrap()
    }
}

#[test]
fn intervals_match_mpmath_to_1e_13() {
    let rows = rows();
    assert!(rows.len() > 5000, "reference file looks truncated");
    let mut worst: BTreeMap<String, (f64, String)> = BTreeMap::new();
    let mut failures = Vec::new();
    for row in &rows {
        let ci = compute(row);
        for (ours, reference, which) in [
            (ci.lower, row.lower, "lower"),
            (ci.upper, row.upper, "upper"),
        ] {
            let e = rel_err(ours, reference);
            let key = format!("{}/{}", row.family, row.method);
            let entry = worst.entry(key).or_insert((0.0, String::new()));
            if e > entry.0 {
                *entry = (
                    e,
                    format!("{row:?} {which}: ours {ours:e} ref {reference:e}"),
                );
            }
            if e > TOL {
                failures.push(format!(
                    "{which} rel err {e:e}: ours {ours:e} ref {reference:e} in {row:?}"
                ));
            }
        }
    }
    for (k, (e, at)) in &worst {
        println!("max relative error {k:<32} {e:.2e}");
        if *e > TOL {
            println!("    worst at {at}");
        }
    }
    assert!(
        failures.is_empty(),
        "{} limits off by more than {TOL:e}; first: {:#?}",
        failures.len(),
        &failures[..failures.len().min(10)]
    );
}

#[derive(Debug, serde::Deserialize)]
struct SpecialRow {
    function: String,
    a: Option<f64>,
    b: Option<f64>,
    p: f64,
    value: f64,
}

#[test]
fn quantiles_match_mpmath_to_1e_13() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/special_reference.csv"
    );
    let mut rdr = csv::Reader::from_path(path).unwrap();
    let mut failures = Vec::new();
    let mut worst: BTreeMap<String, f64> = BTreeMap::new();
    let mut count = 0;
    for r in rdr.deserialize::<SpecialRow>() {
        let r = r.unwrap();
        count += 1;
        let ours = match r.function.as_str() {
            // P(Z > z) = p  <=>  z = Phi^{-1}(1 - p) = -Phi^{-1}(p)
            "normal_upper" => -special::normal_quantile(r.p).unwrap(),
            "t_upper" => -special::students_t_quantile(r.p, r.a.unwrap()).unwrap(),
            "gamma_quantile" => special::inverse_gamma_reg_lower(r.a.unwrap(), r.p).unwrap(),
            "beta_quantile" => {
                let (a, b) = (r.a.unwrap(), r.b.unwrap());
                if r.p > 0.5 {
                    // upper-tail probability given exactly, as 1 - p rounds
                    special::inverse_beta_reg_complement(a, b, upper_tail(r.p)).unwrap()
                } else {
                    special::inverse_beta_reg(a, b, r.p).unwrap()
                }
            }
            // distribution functions: `p` holds the argument
            "beta_lower" => special::beta_reg(r.a.unwrap(), r.b.unwrap(), r.p).unwrap(),
            "beta_upper" => special::beta_reg_complement(r.a.unwrap(), r.b.unwrap(), r.p).unwrap(),
            "gamma_lower" => special::gamma_reg_lower(r.a.unwrap(), r.p).unwrap(),
            "gamma_upper" => special::gamma_reg_upper(r.a.unwrap(), r.p).unwrap(),
            "t_cdf" => special::students_t_cdf(r.p, r.a.unwrap()).unwrap(),
            "normal_cdf" => special::normal_cdf(r.p),
            "ln_gamma" => special::ln_gamma(r.p),
            // the chi-square quantile is twice the Gamma(df/2, 1) quantile
            "chisq_quantile" => {
                2.0 * special::inverse_gamma_reg_lower(0.5 * r.a.unwrap(), r.p).unwrap()
            }
            other => panic!("unknown function {other}"),
        };
        let e = rel_err(ours, r.value);
        let tol = documented_tolerance(&r);
        if std::env::var("NJOV_PRINT_ALL").is_ok() {
            println!(
                "{} a={:?} b={:?} p={} rel err {e:.2e}",
                r.function, r.a, r.b, r.p
            );
        }
        let w = worst.entry(r.function.clone()).or_insert(0.0);
        *w = w.max(e);
        if e > tol {
            failures.push(format!("{r:?}: ours {ours:e}, rel err {e:e}"));
        }
    }
    for (k, e) in &worst {
        println!("max relative error {k:<16} {e:.2e}");
    }
    assert!(count > 300);
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The upper-tail probability of the decimal levels used in the reference
/// (0.975 and 0.995 are written as such; their complements are exact decimals).
fn upper_tail(p: f64) -> f64 {
    if p == 0.975 {
        0.025
    } else if p == 0.995 {
        0.005
    } else {
        1.0 - p
    }
}

/// The tolerance for a distribution-function row: 1e-13 relative, except in
/// the two regions `special`'s module documentation names, where the
/// documented bound is used instead (the quantiles, which the intervals use,
/// are held to 1e-13 everywhere):
///
/// * the Beta upper tail for small non-integer `a`, huge `b` and `x < 0.01`
///   beyond the fraction's switch point: `eps / max(x, tail)`, times 16;
/// * the Beta distribution function within a few standard deviations of the
///   mean for shapes of 1e5 and more, and the t distribution function for
///   df of 1e5 and more (the same Beta region): 1e-12.
fn documented_tolerance(r: &SpecialRow) -> f64 {
    match r.function.as_str() {
        "beta_lower" | "beta_upper" => {
            let (a, b, x) = (r.a.unwrap(), r.b.unwrap(), r.p);
            let (small, big, xs) = if x <= 0.5 { (a, b, x) } else { (b, a, 1.0 - x) };
            if small.fract() != 0.0 && xs < 0.01 && xs >= (small + 1.0) / (small + big + 2.0) {
                let tail = r.value.min(1.0 - r.value).max(f64::MIN_POSITIVE);
                return (16.0 * f64::EPSILON / xs.max(tail)).max(TOL);
            }
            let mean = a / (a + b);
            let sd = (a * b / ((a + b) * (a + b) * (a + b + 1.0))).sqrt();
            if a.min(b) >= 1e5 && (x - mean).abs() < 4.0 * sd {
                return 1e-12;
            }
            TOL
        }
        "t_cdf" if r.a.unwrap() >= 1e5 => 1e-12,
        _ => TOL,
    }
}
