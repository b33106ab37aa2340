//! Calibration against R `survey` (Debian's 4.1-1): linear, bounded
//! linear, raking, bounded raking and post-stratification to apipop's totals, on apiclus1 and
//! apistrat; the calibrated weights and every estimator's estimate and SE.
//! Reference values in `tests/data/survey_calibration_reference.csv`,
//! written by `scripts/survey_calibration_reference.R`.

use std::collections::HashMap;

use njov::survey::{CalibrationFunction, CalibrationOptions, CalibrationTerm, Fpc, SurveyDesign};

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

/// The population file's terms named in `names`, with the data's columns.
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

fn calibrated(dataset: &str, calibration: &str) -> (Table, SurveyDesign) {
    let t = Table::read(&format!("tests/data/survey_estimators/{dataset}.csv"));
    let b = SurveyDesign::builder(t.n)
        .weights(t.num("pw"))
        .fpc(Fpc::PopulationSize(t.num("fpc")));
    let design = if dataset == "apiclus1" {
        b.psu(t.text("dnum").iter()).build().unwrap()
    } else {
        b.strata(t.text("stype").iter()).build().unwrap()
    };
    let clus = dataset == "apiclus1";
    let (names, function, bounds): (&[&str], _, _) = match calibration {
        "linear" => (&["stype", "api99"], CalibrationFunction::Linear, None),
        "linear_bounded" => (
            &["stype", "mealcat", "api99"],
            CalibrationFunction::Linear,
            Some(if clus { (0.2, 2.0) } else { (0.88, 1.12) }),
        ),
        "raking" => (&["stype", "mealcat"], CalibrationFunction::Raking, None),
        "poststratify" => (&["mealcat"], CalibrationFunction::Linear, None),
        "raking_bounded" => (
            &["stype", "mealcat", "api99"],
            CalibrationFunction::Raking,
            Some(if clus { (0.3, 2.5) } else { (0.88, 1.12) }),
        ),
        _ => panic!("{calibration}"),
    };
    let options = CalibrationOptions {
        function,
        bounds: bounds.unwrap_or((f64::NEG_INFINITY, f64::INFINITY)),
        ..CalibrationOptions::default()
    };
    if calibration == "poststratify" {
        let CalibrationTerm::Categorical { labels, totals, .. } = &terms(&t, &["mealcat"])[0]
        else {
            panic!("mealcat is categorical")
        };
        let ps = design.post_stratify(labels, totals).unwrap();
        return (t, ps);
    }
    let cal = design.calibrate(&terms(&t, names), &options).unwrap();
    (t, cal)
}

#[test]
fn calibrations_match_r() {
    let reference = Table::read("tests/data/survey_calibration_reference.csv");
    let mut cache: HashMap<(String, String), (Table, SurveyDesign)> = HashMap::new();
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
        let (dataset, calibration) = (row["dataset"], row["calibration"]);
        let (t, des) = cache
            .entry((dataset.to_string(), calibration.to_string()))
            .or_insert_with(|| calibrated(dataset, calibration));
        let label = format!(
            "{dataset}/{calibration} {} {} {} {}={} p={}",
            row["stat"], row["var"], row["domain"], row["by"], row["level"], row["prob"]
        );
        let f = |k: &str| parse(row[k]);
        let mask: Vec<bool> = match row["domain"].split_once('=') {
            None => vec![true; t.n],
            Some((c, v)) => t.text(c).iter().map(|x| x == v).collect(),
        };
        let d = des.domain(&mask).unwrap();
        let stat = row["stat"];
        let what = |q: &str| format!("{calibration} {stat} {q}");
        match stat {
            "weight" => {
                let k: usize = row["level"].parse().unwrap();
                check(what("value"), des.weights()[k - 1], f("estimate"), &label);
            }
            "total" | "mean" | "ratio" => {
                let y = t.num(row["var"]);
                let e = match stat {
                    "total" => d.total(&y),
                    "mean" => d.mean(&y),
                    _ => d.ratio(&y, &t.num(row["denom"])),
                }
                .unwrap();
                check(what("estimate"), e.estimate, f("estimate"), &label);
                if f("se") < 1e-12 * f("estimate").abs() {
                    // a calibration variable's total or mean: its SE is 0
                    // up to rounding in R and here
                    assert!(e.se < 1e-12 * e.estimate.abs(), "{label}: se {}", e.se);
                    check(what("se (zero)"), 0.0, 0.0, &label);
                } else {
                    check(what("se"), e.se, f("se"), &label);
                }
            }
            "quantile" => {
                let q = d.quantile(&t.num(row["var"]), f("prob"), 0.95).unwrap();
                check(what("estimate"), q.estimate, f("estimate"), &label);
                check(what("limits"), q.lower, f("lower"), &label);
                check(what("limits"), q.upper, f("upper"), &label);
                check(what("se"), q.se, f("se"), &label);
            }
            "chisq" => {
                let test = d.chisq(t.text(row["var"]), t.text(row["denom"])).unwrap();
                check(what("F"), test.statistic, f("estimate"), &label);
                check(what("ndf"), test.df, f("upper"), &label);
                check(what("ddf"), test.ddf, f("se"), &label);
                check(what("p-value"), test.p_value, f("lower"), &label);
            }
            "by_mean" => {
                let y = t.num(row["var"]);
                let rows = des.by(t.text(row["by"]), |g| g.mean(&y)).unwrap();
                let r = rows.iter().find(|r| r.level == row["level"]).unwrap();
                check(what("estimate"), r.value.estimate, f("estimate"), &label);
                check(what("se"), r.value.se, f("se"), &label);
            }
            _ => panic!("{stat}"),
        }
    }
    let mut keys: Vec<_> = worst.keys().cloned().collect();
    keys.sort();
    eprintln!("R survey 4.1-1 calibrations ({} rows):", reference.n);
    let mut total = 0;
    for k in keys {
        let (d, l, n) = &worst[&k];
        total += n;
        eprintln!("  {k}: {n} values, max relative difference {d:.2e} ({l})");
    }
    assert!(total > 2100, "{total} comparisons");
}

#[test]
fn bad_calibration_input_names_what_to_fix() {
    let t = Table::read("tests/data/survey_estimators/apistrat.csv");
    let design = SurveyDesign::builder(t.n)
        .strata(t.text("stype").iter())
        .weights(t.num("pw"))
        .build()
        .unwrap();
    let stype = |totals: Vec<(&str, f64)>| CalibrationTerm::Categorical {
        name: "stype".into(),
        labels: t.text("stype").to_vec(),
        totals: totals
            .into_iter()
            .map(|(l, v)| (l.to_string(), v))
            .collect(),
    };
    let options = CalibrationOptions::default();
    // a level of the data without a total
    let e = design
        .calibrate(&[stype(vec![("E", 4421.0), ("H", 755.0)])], &options)
        .unwrap_err();
    assert!(e.to_string().contains("no total for level 'M'"), "{e}");
    // a level of the population file that the data lack
    let e = design
        .calibrate(
            &[stype(vec![
                ("E", 4421.0),
                ("H", 755.0),
                ("M", 1018.0),
                ("K", 5.0),
            ])],
            &options,
        )
        .unwrap_err();
    assert!(e.to_string().contains("level 'K'"), "{e}");
    // totals that bounds cannot meet: no convergence
    let bounded = CalibrationOptions {
        function: CalibrationFunction::Raking,
        bounds: (0.99, 1.01),
        ..CalibrationOptions::default()
    };
    let e = design
        .calibrate(
            &[stype(vec![("E", 8000.0), ("H", 755.0), ("M", 1018.0)])],
            &bounded,
        )
        .unwrap_err();
    assert!(e.to_string().contains("did not converge"), "{e}");
}
