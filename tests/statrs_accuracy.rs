//! The statrs audit: statrs 0.19.1 measured against the 60-digit mpmath
//! references (`tests/data/special_reference.csv` and the Clopper-Pearson
//! and Jeffreys limits of `tests/data/interval_reference.csv`, written by
//! `scripts/interval_reference.py`), next to `njov::interval::special`.
//!
//! The rule (issue 9): `special` takes a function from statrs where statrs
//! is within 1e-13 relative on the whole grid, and keeps its own where
//! statrs falls short. Each function below records which source `special`
//! uses, and the test asserts the measurement that justifies it:
//!
//! * taken from statrs: statrs within 1e-13 on every grid row;
//! * kept our own: statrs beyond 1e-13 somewhere on the grid. Should that
//!   assertion fail, statrs has caught up and the choice can be revisited.
//!
//! Run with `cargo test --release --test statrs_accuracy -- --nocapture` to
//! print the table of maximum relative errors.

use std::collections::BTreeMap;

use njov::interval::special;
use statrs::distribution::{Beta, ChiSquared, ContinuousCDF, Normal, StudentsT};
use statrs::function::{beta as sbeta, gamma as sgamma};

mod common;

const TOL: f64 = 1e-13;

/// Relative error; a non-finite answer or a nonzero answer for a zero
/// reference counts as infinite.
fn rel(ours: f64, reference: f64) -> f64 {
    if ours == reference {
        0.0
    } else if !ours.is_finite() || reference == 0.0 {
        f64::INFINITY
    } else {
        ((ours - reference) / reference).abs()
    }
}

#[derive(Debug, serde::Deserialize)]
struct SpecialRow {
    function: String,
    a: Option<f64>,
    b: Option<f64>,
    p: f64,
    value: f64,
}

fn special_rows() -> Vec<SpecialRow> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/special_reference.csv"
    );
    let mut rdr = csv::Reader::from_path(path).unwrap();
    rdr.deserialize().map(|r| r.unwrap()).collect()
}

/// The upper-tail probability of the decimal levels written in the grid
/// (0.975 and 0.995 stand for the decimals; their complements are exact).
fn upper_tail(p: f64) -> f64 {
    if p == 0.975 {
        0.025
    } else if p == 0.995 {
        0.005
    } else {
        1.0 - p
    }
}

/// Where `special` takes a function from.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Source {
    Statrs,
    Ours,
}

/// One audited function: its grid rows, our value and statrs' value for a
/// row, and the source `special` uses.
struct Audit {
    name: &'static str,
    grid: &'static str,
    source: Source,
    ours: fn(&SpecialRow) -> f64,
    theirs: fn(&SpecialRow) -> f64,
}

fn std_normal() -> Normal {
    Normal::standard()
}

fn audits() -> Vec<Audit> {
    vec![
        Audit {
            name: "normal cdf",
            grid: "normal_cdf",
            source: Source::Ours,
            ours: |r| special::normal_cdf(r.p),
            theirs: |r| std_normal().cdf(r.p),
        },
        Audit {
            name: "normal quantile",
            grid: "normal_upper",
            source: Source::Statrs,
            // P(Z > z) = q: z = -Phi^{-1}(q), q <= 1/2 on the grid
            ours: |r| -special::normal_quantile(r.p).unwrap(),
            theirs: |r| -std_normal().inverse_cdf(r.p),
        },
        Audit {
            name: "ln-gamma",
            grid: "ln_gamma",
            source: Source::Statrs,
            ours: |r| special::ln_gamma(r.p),
            theirs: |r| sgamma::ln_gamma(r.p),
        },
        Audit {
            name: "incomplete gamma P(a, x)",
            grid: "gamma_lower",
            source: Source::Ours,
            ours: |r| special::gamma_reg_lower(r.a.unwrap(), r.p).unwrap(),
            theirs: |r| sgamma::gamma_lr(r.a.unwrap(), r.p),
        },
        Audit {
            name: "incomplete gamma Q(a, x)",
            grid: "gamma_upper",
            source: Source::Ours,
            ours: |r| special::gamma_reg_upper(r.a.unwrap(), r.p).unwrap(),
            theirs: |r| sgamma::gamma_ur(r.a.unwrap(), r.p),
        },
        Audit {
            name: "incomplete beta I_x(a, b)",
            grid: "beta_lower",
            source: Source::Ours,
            ours: |r| special::beta_reg(r.a.unwrap(), r.b.unwrap(), r.p).unwrap(),
            theirs: |r| sbeta::beta_reg(r.a.unwrap(), r.b.unwrap(), r.p),
        },
        Audit {
            name: "incomplete beta 1 - I_x(a, b)",
            grid: "beta_upper",
            source: Source::Ours,
            ours: |r| special::beta_reg_complement(r.a.unwrap(), r.b.unwrap(), r.p).unwrap(),
            // statrs has no complement: the mirror I_{1-x}(b, a) (1 - x is
            // exact for x >= 1/2; statrs itself switches to 1 - x inside)
            theirs: |r| sbeta::beta_reg(r.b.unwrap(), r.a.unwrap(), 1.0 - r.p),
        },
        Audit {
            name: "inverse incomplete beta",
            grid: "beta_quantile",
            source: Source::Ours,
            ours: |r| {
                let (a, b) = (r.a.unwrap(), r.b.unwrap());
                if r.p > 0.5 {
                    special::inverse_beta_reg_complement(a, b, upper_tail(r.p)).unwrap()
                } else {
                    special::inverse_beta_reg(a, b, r.p).unwrap()
                }
            },
            theirs: |r| {
                Beta::new(r.a.unwrap(), r.b.unwrap())
                    .unwrap()
                    .inverse_cdf(r.p)
            },
        },
        Audit {
            name: "inverse incomplete gamma",
            grid: "gamma_quantile",
            source: Source::Ours,
            ours: |r| special::inverse_gamma_reg_lower(r.a.unwrap(), r.p).unwrap(),
            // Gamma(a, rate 1) quantile = 1/2 the chi-square quantile with 2a df
            theirs: |r| {
                0.5 * ChiSquared::new(2.0 * r.a.unwrap())
                    .unwrap()
                    .inverse_cdf(r.p)
            },
        },
        Audit {
            name: "chi-square quantile",
            grid: "chisq_quantile",
            source: Source::Ours,
            ours: |r| 2.0 * special::inverse_gamma_reg_lower(0.5 * r.a.unwrap(), r.p).unwrap(),
            theirs: |r| ChiSquared::new(r.a.unwrap()).unwrap().inverse_cdf(r.p),
        },
        Audit {
            name: "Student t cdf",
            grid: "t_cdf",
            source: Source::Ours,
            ours: |r| special::students_t_cdf(r.p, r.a.unwrap()).unwrap(),
            theirs: |r| StudentsT::new(0.0, 1.0, r.a.unwrap()).unwrap().cdf(r.p),
        },
        Audit {
            name: "Student t quantile",
            grid: "t_upper",
            source: Source::Ours,
            // P(T > t) = q: t = -F^{-1}(q), q <= 1/2 on the grid
            ours: |r| -special::students_t_quantile(r.p, r.a.unwrap()).unwrap(),
            theirs: |r| {
                -StudentsT::new(0.0, 1.0, r.a.unwrap())
                    .unwrap()
                    .inverse_cdf(r.p)
            },
        },
    ]
}

/// Maximum relative errors of one function over its grid rows.
struct Measured {
    rows: usize,
    ours: f64,
    theirs: f64,
    worst: String,
}

fn measure(audit: &Audit, rows: &[SpecialRow]) -> Measured {
    let mut m = Measured {
        rows: 0,
        ours: 0.0,
        theirs: 0.0,
        worst: String::new(),
    };
    for r in rows.iter().filter(|r| r.function == audit.grid) {
        m.rows += 1;
        let ours = (audit.ours)(r);
        let theirs = (audit.theirs)(r);
        m.ours = m.ours.max(rel(ours, r.value));
        let e = rel(theirs, r.value);
        if e > m.theirs || m.worst.is_empty() {
            m.theirs = m.theirs.max(e);
            let shape = match (r.a, r.b) {
                (Some(a), Some(b)) => format!("a={a} b={b} "),
                (Some(a), None) => format!("a={a} "),
                _ => String::new(),
            };
            m.worst = format!("{shape}at {}: statrs {theirs:e}, mpmath {:e}", r.p, r.value);
        }
    }
    m
}

#[test]
fn statrs_audit_on_the_special_function_grid() {
    let rows = special_rows();
    assert!(rows.len() > 500, "reference file looks truncated");
    println!(
        "| function | grid rows | njov max rel err | statrs 0.19.1 max rel err | special.rs uses | statrs worst case |"
    );
    println!("|---|---|---|---|---|---|");
    let mut failures = Vec::new();
    for audit in audits() {
        let m = measure(&audit, &rows);
        println!(
            "| {} | {} | {:.2e} | {:.2e} | {} | {} |",
            audit.name,
            m.rows,
            m.ours,
            m.theirs,
            match audit.source {
                Source::Statrs => "statrs",
                Source::Ours => "ours",
            },
            m.worst
        );
        assert!(m.rows >= 6, "{}: only {} grid rows", audit.name, m.rows);
        match audit.source {
            Source::Statrs => {
                if m.theirs > TOL {
                    failures.push(format!(
                        "{}: special takes it from statrs, which is now at {:e} \
                         (worst {}): use our own again",
                        audit.name, m.theirs, m.worst
                    ));
                }
            }
            Source::Ours => {
                // the shortfall that justifies our own; should this fail,
                // statrs has caught up and the choice can be revisited
                if m.theirs <= TOL {
                    failures.push(format!(
                        "{}: statrs 0.19.1 is now within {TOL:e} on the whole grid \
                         (max {:e}): the choice of our own can be revisited",
                        audit.name, m.theirs
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn statrs_inverse_beta_on_the_interval_grid() {
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
                special::inverse_beta_reg(a, b, p).unwrap()
            } else {
                special::inverse_beta_reg_complement(a, b, tail).unwrap()
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
    println!();
    println!("Inverse incomplete beta at the Clopper-Pearson and Jeffreys limits, by n:");
    println!();
    println!("| n | njov max rel err | statrs 0.19.1 max rel err | statrs worst case |");
    println!("|---|---|---|---|");
    for (n, (theirs, ours, at)) in &table {
        println!("| {n} | {ours:.2e} | {theirs:.2e} | {at} |");
    }
    assert!(table.len() >= 10);
    for (n, (theirs, ours, _)) in &table {
        assert!(*ours <= TOL, "n = {n}: ours {ours:e}");
        // The reason `special` has its own inverse: statrs misses 1e-13 in
        // the rare-event tails from n = 10^4 on (measured 3.6e-7 at 10^4,
        // 1.6e-5 at 10^5, 3.9e-3 at 10^6). Should this fail, statrs has
        // caught up and the choice can be revisited.
        if *n >= 10_000 {
            assert!(
                *theirs > TOL,
                "n = {n}: statrs is now at {theirs:e}: the choice of our own inverse \
                 incomplete beta can be revisited"
            );
        }
    }
}
