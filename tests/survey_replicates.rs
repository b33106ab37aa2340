//! Replicate-weight designs against R `survey` (Debian's 4.1-1): JK1, JKn,
//! BRR and Fay made from linearisation designs (`as.svrepdesign`), and
//! bootstrap and `other` replicate weights read from the columns of a
//! public-use-style file (`svrepdesign`). Reference values in
//! `tests/data/survey_replicates_reference.csv`, written by
//! `scripts/survey_replicates_reference.R`.

use std::collections::HashMap;

use njov::survey::{
    CalibrationFunction, CalibrationOptions, CalibrationTerm, Fpc, ReplicateDesign,
    ReplicateOptions, ReplicateType, SurveyDesign,
};

mod common;
use common::table::{Table, parse};

const TOL: f64 = 1e-9;

fn rel(a: f64, b: f64) -> f64 {
    if a == b || (a.is_nan() && b.is_nan()) {
        0.0
    } else {
        (a - b).abs() / b.abs().max(1e-300)
    }
}

/// apipop's totals (tests/data/survey_calibration/population.csv) for the
/// named columns of `t`.
fn terms(t: &Table, names: &[&str]) -> Vec<CalibrationTerm> {
    let pop = Table::read("tests/data/survey_calibration/population.csv");
    names
        .iter()
        .map(|&name| {
            let rows: Vec<usize> = (0..pop.n)
                .filter(|&i| pop.text("variable")[i] == name)
                .collect();
            if pop.text("level")[rows[0]].is_empty() {
                CalibrationTerm::Numeric {
                    name: name.to_string(),
                    values: t.num(name),
                    total: parse(&pop.text("total")[rows[0]]),
                }
            } else {
                CalibrationTerm::Categorical {
                    name: name.to_string(),
                    labels: t.text(name).to_vec(),
                    totals: rows
                        .iter()
                        .map(|&i| (pop.text("level")[i].clone(), parse(&pop.text("total")[i])))
                        .collect(),
                }
            }
        })
        .collect()
}

fn design(name: &str) -> (Table, ReplicateDesign) {
    let data = |f: &str| Table::read(&format!("tests/data/{f}"));
    if let Some(base) = name
        .strip_suffix("_cal_linear")
        .or_else(|| name.strip_suffix("_cal_raking"))
        .or_else(|| name.strip_suffix("_cal_bounded"))
    {
        let (t, d) = design(base);
        let (names, options): (&[&str], _) = if name.ends_with("_cal_linear") {
            (&["stype", "api99"], CalibrationOptions::default())
        } else if name.ends_with("_cal_raking") {
            (
                &["stype", "mealcat"],
                CalibrationOptions {
                    function: CalibrationFunction::Raking,
                    ..CalibrationOptions::default()
                },
            )
        } else {
            (
                &["stype", "mealcat", "api99"],
                CalibrationOptions {
                    bounds: (0.6, 1.6),
                    ..CalibrationOptions::default()
                },
            )
        };
        let cal = d.calibrate(&terms(&t, names), &options).unwrap();
        return (t, cal);
    }
    if let Some(rule) = name.strip_prefix("lonely_jkn_") {
        let t = data("api/apiclus1.csv");
        let d = SurveyDesign::builder(t.n)
            .psu(t.text("dnum").iter())
            .strata(t.text("lstrat").iter())
            .weights(t.num("pw"))
            .fpc(Fpc::PopulationSize(t.num("lfpc")))
            .lonely_psu(rule.parse().unwrap())
            .build()
            .unwrap()
            .replicate(ReplicateType::Jkn, false)
            .unwrap();
        return (t, d);
    }
    if let Some((strata, kind)) = name
        .strip_prefix("pairs")
        .and_then(|rest| rest.split_once('_'))
    {
        // the first 2H rows of pairs.csv: H strata of two schools
        let all = data("survey_replicates/pairs.csv");
        let h: usize = strata.parse().unwrap();
        let t = all.filter(&(0..all.n).map(|i| i < 2 * h).collect::<Vec<_>>());
        let kind = if kind == "brr" {
            ReplicateType::Brr
        } else {
            ReplicateType::Fay(0.3)
        };
        let d = SurveyDesign::builder(t.n)
            .strata(t.text("pair").iter())
            .psu(t.text("snum").iter())
            .weights(t.num("pw"))
            .build()
            .unwrap()
            .replicate(kind, false)
            .unwrap();
        assert_eq!(d.n_replicates(), njov::survey::hadamard(h).order());
        return (t, d);
    }
    match name {
        "clus1_jk1" | "clus1_jk1_fpc" => {
            let t = data("survey_estimators/apiclus1.csv");
            let b = SurveyDesign::builder(t.n)
                .psu(t.text("dnum").iter())
                .weights(t.num("pw"));
            let b = if name.ends_with("fpc") {
                b.fpc(Fpc::PopulationSize(t.num("fpc")))
            } else {
                b
            };
            let d = b
                .build()
                .unwrap()
                .replicate(ReplicateType::Jk1, false)
                .unwrap();
            (t, d)
        }
        "strat_jkn_fpc" => {
            let t = data("survey_estimators/apistrat.csv");
            let d = SurveyDesign::builder(t.n)
                .strata(t.text("stype").iter())
                .weights(t.num("pw"))
                .fpc(Fpc::PopulationSize(t.num("fpc")))
                .build()
                .unwrap()
                .replicate(ReplicateType::Jkn, false)
                .unwrap();
            (t, d)
        }
        "paired_brr" | "paired_fay" => {
            let t = data("survey_replicates/paired.csv");
            let kind = if name == "paired_brr" {
                ReplicateType::Brr
            } else {
                ReplicateType::Fay(0.3)
            };
            let d = SurveyDesign::builder(t.n)
                .strata(t.text("pair").iter())
                .psu(t.text("dnum").iter())
                .weights(t.num("pw"))
                .build()
                .unwrap()
                .replicate(kind, false)
                .unwrap();
            (t, d)
        }
        "public_boot" | "public_boot_factors" | "public_other_mse" => {
            let t = data("survey_replicates/public_use.csv");
            let (prefix, kind, options) = match name {
                "public_boot" => (
                    "repw",
                    ReplicateType::Bootstrap,
                    ReplicateOptions::default(),
                ),
                "public_boot_factors" => (
                    "fac",
                    ReplicateType::Bootstrap,
                    ReplicateOptions {
                        combined_weights: false,
                        ..ReplicateOptions::default()
                    },
                ),
                _ => (
                    "repw",
                    ReplicateType::Other,
                    ReplicateOptions {
                        scale: Some(0.02),
                        rscales: Some(vec![1.0]),
                        combined_weights: true,
                        mse: true,
                    },
                ),
            };
            let cols = t.matching(prefix);
            assert_eq!(cols.len(), 50);
            let d = ReplicateDesign::from_columns(t.num("pw"), cols, kind, options).unwrap();
            (t, d)
        }
        _ => panic!("{name}"),
    }
}

#[test]
fn replicate_designs_match_r() {
    let reference = Table::read("tests/data/survey_replicates_reference.csv");
    let mut cache: HashMap<String, (Table, ReplicateDesign)> = HashMap::new();
    let mut worst: HashMap<String, (f64, String, usize)> = HashMap::new();
    let mut check = |what: String, ours: f64, r: f64, label: &str| {
        let d = rel(ours, r);
        assert!(
            d <= TOL,
            "{label}: {what} = {ours:e}, R gives {r:e} (relative difference {d:e})"
        );
        let e = worst.entry(what).or_insert((0.0, String::new(), 0));
        e.2 += 1;
        if d > e.0 {
            *e = (d, label.to_string(), e.2);
        }
    };
    for i in 0..reference.n {
        let row = reference.row(i);
        let name = row["design"];
        let (t, des) = cache
            .entry(name.to_string())
            .or_insert_with(|| design(name));
        let mask: Vec<bool> = match row["domain"].split_once('=') {
            None => vec![true; t.n],
            Some((c, v)) => t.text(c).iter().map(|x| x == v).collect(),
        };
        let d = des.domain(&mask).unwrap();
        let label = format!(
            "{name} {} {} {} {} {}={} p={}",
            row["stat"],
            row["var"],
            row["denom"],
            row["domain"],
            row["by"],
            row["level"],
            row["prob"]
        );
        let f = |k: &str| parse(row[k]);
        let mut kind = if name.starts_with("lonely_") {
            format!("jkn {}", name.rsplit('_').next().unwrap_or(""))
        } else {
            name.split('_').nth(1).unwrap_or("").to_string()
        };
        if name.contains("_cal_") {
            kind.push_str(" calibrated");
        }
        let stat = row["stat"];
        let y = if row["var"].is_empty() || matches!(stat, "chisq" | "cell_proportion") {
            Vec::new()
        } else {
            t.num(row["var"])
        };
        match stat {
            "df" => {
                let mask_df = d.total(&vec![0.0; t.n]).unwrap().df;
                check(format!("{kind} df"), mask_df, f("estimate"), &label);
            }
            "total" | "mean" | "proportion" | "ratio" => {
                let e = match stat {
                    "total" => d.total(&y),
                    "mean" => d.mean(&y),
                    "proportion" => d.proportion(&y),
                    _ => d.ratio(&y, &t.num(row["denom"])),
                }
                .unwrap();
                check(
                    format!("{kind} {stat} estimate"),
                    e.estimate,
                    f("estimate"),
                    &label,
                );
                check(format!("{kind} {stat} se"), e.se, f("se"), &label);
                check(format!("{kind} df"), e.df, f("df"), &label);
            }
            "chisq" | "cell_proportion" => {
                let test = d.chisq(t.text(row["var"]), t.text(row["denom"])).unwrap();
                if stat == "chisq" {
                    // test statistics within 1e-7 and p-values within 1e-6
                    // are the bar; they agree to 1e-9 here
                    check(
                        format!("{kind} chisq F"),
                        test.statistic,
                        f("estimate"),
                        &label,
                    );
                    check(format!("{kind} chisq ndf"), test.df, f("df"), &label);
                    check(format!("{kind} chisq ddf"), test.ddf, f("se"), &label);
                    check(
                        format!("{kind} chisq p-value"),
                        test.p_value,
                        f("lower"),
                        &label,
                    );
                } else {
                    let (r, c) = row["level"].split_once(':').unwrap();
                    let cell = test
                        .cells
                        .iter()
                        .find(|x| x.row == r && x.col == c)
                        .unwrap();
                    check(
                        format!("{kind} cell proportion"),
                        cell.proportion,
                        f("estimate"),
                        &label,
                    );
                    check(
                        format!("{kind} cell proportion se"),
                        cell.se,
                        f("se"),
                        &label,
                    );
                }
            }
            "quantile" => {
                let q = d.quantile(&y, f("prob"), 0.95).unwrap();
                check(
                    format!("{kind} quantile estimate"),
                    q.estimate,
                    f("estimate"),
                    &label,
                );
                check(
                    format!("{kind} quantile limits"),
                    q.lower,
                    f("lower"),
                    &label,
                );
                check(
                    format!("{kind} quantile limits"),
                    q.upper,
                    f("upper"),
                    &label,
                );
                check(format!("{kind} quantile se"), q.se, f("se"), &label);
            }
            s if s.starts_with("by_") => {
                let labels = t.text(row["by"]);
                let level = row["level"];
                let pick = |rows: Vec<njov::survey::ByLevel<(f64, f64)>>| {
                    rows.into_iter()
                        .find(|r| r.level == level)
                        .unwrap_or_else(|| panic!("{label}: no level"))
                        .value
                };
                let (est, se) = pick(
                    d.by(labels, |g| {
                        Ok(match s {
                            "by_total" => {
                                let e = g.total(&y)?;
                                (e.estimate, e.se)
                            }
                            "by_mean" => {
                                let e = g.mean(&y)?;
                                (e.estimate, e.se)
                            }
                            "by_ratio" => {
                                let e = g.ratio(&y, &t.num(row["denom"]))?;
                                (e.estimate, e.se)
                            }
                            _ => {
                                let q = g.quantile(&y, 0.5, 0.95)?;
                                (q.estimate, q.se)
                            }
                        })
                    })
                    .unwrap(),
                );
                check(format!("{kind} {s} estimate"), est, f("estimate"), &label);
                check(format!("{kind} {s} se"), se, f("se"), &label);
            }
            _ => panic!("{stat}"),
        }
    }
    let mut keys: Vec<_> = worst.keys().cloned().collect();
    keys.sort();
    eprintln!("R survey 4.1-1 replicate designs ({} rows):", reference.n);
    let mut total = 0;
    for k in keys {
        let (d, l, n) = &worst[&k];
        total += n;
        eprintln!("  {k}: {n} values, max relative difference {d:.2e} ({l})");
    }
    assert!(total > 1000, "{total} comparisons");
}

#[test]
fn bad_replicate_input_is_refused() {
    let t = Table::read("tests/data/survey_estimators/apistrat.csv");
    let strat = SurveyDesign::builder(t.n)
        .strata(t.text("stype").iter())
        .weights(t.num("pw"))
        .build()
        .unwrap();
    // JK1 on a stratified design; BRR with more than two PSUs per stratum
    assert!(strat.replicate(ReplicateType::Jk1, false).is_err());
    let e = strat.replicate(ReplicateType::Brr, false).unwrap_err();
    assert!(e.to_string().contains("exactly two"), "{e}");
    // JKn with combined weights needs rscales
    let e = ReplicateDesign::from_columns(
        vec![1.0; 3],
        vec![vec![1.0; 3]; 2],
        ReplicateType::Jkn,
        ReplicateOptions::default(),
    )
    .unwrap_err();
    assert!(e.to_string().contains("rscales"), "{e}");
    // a column of the wrong length
    assert!(
        ReplicateDesign::from_columns(
            vec![1.0; 3],
            vec![vec![1.0; 2]],
            ReplicateType::Other,
            ReplicateOptions::default()
        )
        .is_err()
    );
}

#[test]
fn bootstrap_replicates_are_seeded_and_estimate_the_variance() {
    let t = Table::read("tests/data/survey_estimators/apistrat.csv");
    let y = t.num("api00");
    for with_fpc in [false, true] {
        let b = SurveyDesign::builder(t.n)
            .strata(t.text("stype").iter())
            .weights(t.num("pw"));
        let b = if with_fpc {
            b.fpc(Fpc::PopulationSize(t.num("fpc")))
        } else {
            b
        };
        let design = b.build().unwrap();
        let boot = design.bootstrap(1000, 18, false).unwrap();
        // the same seed, the same replicates; another seed, others
        let again = design.bootstrap(1000, 18, false).unwrap();
        assert_eq!(boot.replicate_weights(17), again.replicate_weights(17));
        let other = design.bootstrap(1000, 19, false).unwrap();
        assert_ne!(boot.replicate_weights(17), other.replicate_weights(17));
        // every replicate draws each stratum's n_h PSUs n_h times in all
        let strata = t.text("stype");
        for r in [0, 1, 999] {
            let w = boot.replicate_weights(r);
            for h in ["E", "H", "M"] {
                let rows: Vec<usize> = (0..t.n).filter(|&i| strata[i] == h).collect();
                let drawn: f64 = rows.iter().map(|&i| w[i] / boot.weights()[i]).sum();
                assert_eq!(drawn, rows.len() as f64, "replicate {r}, stratum {h}");
            }
        }
        // 1000 replicates: the bootstrap SE of a total within 5% of the
        // linearisation SE (its Monte Carlo error is about 2.2%)
        let lin = design.total(&y).unwrap();
        let bt = boot.total(&y).unwrap();
        assert_eq!(bt.estimate, lin.estimate);
        let ratio = bt.se / lin.se;
        eprintln!("fpc {with_fpc}: bootstrap SE / linearisation SE = {ratio:.4}");
        assert!(
            (ratio - 1.0).abs() < 0.05,
            "fpc {with_fpc}: bootstrap/linearisation SE {ratio}"
        );
    }
}
