//! Ratios, quantiles, by-group estimates and the Rao-Scott test against R
//! `survey` (Debian's 4.1-1) on the api data. The reference values are in
//! `tests/data/survey_estimators_reference.csv`, written by
//! `scripts/survey_estimators_reference.R`.

use std::collections::HashMap;

use njov::survey::{Fpc, SurveyDesign};

mod common;
use common::table::{Table, parse};

const TOL: f64 = 1e-9;
/// Test statistics and their degrees of freedom.
const TOL_STAT: f64 = 1e-7;
/// p-values.
const TOL_P: f64 = 1e-6;

fn rel(a: f64, b: f64) -> f64 {
    if a == b || (a.is_nan() && b.is_nan()) {
        0.0
    } else {
        (a - b).abs() / b.abs().max(1e-300)
    }
}

#[derive(Default)]
struct Worst {
    by_quantity: HashMap<String, (f64, String, usize)>,
}

impl Worst {
    fn check(&mut self, what: &str, ours: f64, r: f64, label: &str, tol: f64) {
        let d = rel(ours, r);
        assert!(
            d <= tol,
            "{label}: {what} = {ours:e}, R gives {r:e} (relative difference {d:e})"
        );
        let e = self
            .by_quantity
            .entry(what.to_string())
            .or_insert((0.0, String::new(), 0));
        e.2 += 1;
        if d > e.0 {
            e.0 = d;
            e.1 = label.to_string();
        }
    }

    fn count(&self, what: &str) -> usize {
        self.by_quantity.get(what).map_or(0, |e| e.2)
    }

    fn report(&self) {
        let mut keys: Vec<_> = self.by_quantity.keys().collect();
        keys.sort();
        for k in keys {
            let (d, l, n) = &self.by_quantity[k];
            eprintln!("  {k}: {n} values, max relative difference {d:.2e} ({l})");
        }
    }
}

fn design(dataset: &str, name: &str) -> (Table, SurveyDesign) {
    let t = Table::read(&format!("tests/data/survey_estimators/{dataset}.csv"));
    let b = SurveyDesign::builder(t.n);
    let b = match name {
        "strat_fpc" => b
            .strata(t.text("stype").iter())
            .weights(t.num("pw"))
            .fpc(Fpc::PopulationSize(t.num("fpc"))),
        "strat_nofpc" => b.strata(t.text("stype").iter()).weights(t.num("pw")),
        "clus1_fpc" => b
            .psu(t.text("dnum").iter())
            .weights(t.num("pw"))
            .fpc(Fpc::PopulationSize(t.num("fpc"))),
        "clus2_fpc" => b
            .psu(t.text("dnum").iter())
            .ssu(t.text("snum").iter())
            .fpc(Fpc::PopulationSize(t.num("fpc1")))
            .fpc2(Fpc::PopulationSize(t.num("fpc2"))),
        _ => panic!("{name}"),
    };
    let d = b.build().unwrap();
    (t, d)
}

fn mask_of(t: &Table, domain: &str) -> Vec<bool> {
    match domain.split_once('=') {
        None => vec![true; t.n],
        Some((col, value)) => t.text(col).iter().map(|v| v == value).collect(),
    }
}

#[test]
fn ratios_quantiles_by_and_chisq_match_r() {
    let reference = Table::read("tests/data/survey_estimators_reference.csv");
    let mut cache: HashMap<(String, String), (Table, SurveyDesign)> = HashMap::new();
    let mut worst = Worst::default();
    for i in 0..reference.n {
        let row = reference.row(i);
        let key = (row["dataset"].to_string(), row["design"].to_string());
        let (t, des) = cache
            .entry(key)
            .or_insert_with(|| design(row["dataset"], row["design"]));
        let mask = mask_of(t, row["domain"]);
        let d = des.domain(&mask).unwrap();
        let label = format!(
            "{}/{} {} {} {} {} {}={} p={} a={}",
            row["dataset"],
            row["design"],
            row["stat"],
            row["var"],
            row["denom"],
            row["domain"],
            row["by"],
            row["level"],
            row["prob"],
            row["alpha"]
        );
        let f = |k: &str| parse(row[k]);
        let stat = row["stat"];
        match stat {
            "ratio" => {
                let e = d.ratio(&t.num(row["var"]), &t.num(row["denom"])).unwrap();
                worst.check("ratio estimate", e.estimate, f("estimate"), &label, TOL);
                worst.check("ratio se", e.se, f("se"), &label, TOL);
                worst.check("ratio df", e.df, f("df"), &label, TOL);
            }
            "quantile" => {
                let q = d
                    .quantile(&t.num(row["var"]), f("prob"), 1.0 - f("alpha"))
                    .unwrap_or_else(|e| panic!("{label}: {e}"));
                worst.check("quantile estimate", q.estimate, f("estimate"), &label, TOL);
                worst.check("quantile lower", q.lower, f("lower"), &label, TOL);
                worst.check("quantile upper", q.upper, f("upper"), &label, TOL);
                worst.check("quantile se", q.se, f("se"), &label, TOL);
            }
            s if s.starts_with("by_") => {
                let labels = t.text(row["by"]);
                let y = t.num(row["var"]);
                let level = row["level"];
                let (est, se) = match s {
                    "by_total" => pick(d.by(labels, |g| g.total(&y)).unwrap(), level),
                    "by_mean" => pick(d.by(labels, |g| g.mean(&y)).unwrap(), level),
                    "by_ratio" => {
                        let x = t.num(row["denom"]);
                        pick(d.by(labels, |g| g.ratio(&y, &x)).unwrap(), level)
                    }
                    "by_quantile" => {
                        let rows = d.by(labels, |g| g.quantile(&y, 0.5, 0.95)).unwrap();
                        let r = rows.iter().find(|r| r.level == level).unwrap();
                        (r.value.estimate, r.value.se)
                    }
                    _ => panic!("{s}"),
                };
                worst.check(&format!("{s} estimate"), est, f("estimate"), &label, TOL);
                worst.check(&format!("{s} se"), se, f("se"), &label, TOL);
            }
            "chisq" | "cell_total" | "cell_proportion" => {
                let test = d.chisq(t.text(row["var"]), t.text(row["denom"])).unwrap();
                if stat == "chisq" {
                    worst.check("chisq F", test.statistic, f("estimate"), &label, TOL_STAT);
                    worst.check("chisq Pearson X2", test.pearson, f("se"), &label, TOL_STAT);
                    worst.check("chisq ndf", test.df, f("df"), &label, TOL_STAT);
                    worst.check("chisq ddf", test.ddf, f("ddf"), &label, TOL_STAT);
                    worst.check("chisq p-value", test.p_value, f("p_value"), &label, TOL_P);
                } else {
                    let (r, c) = row["level"].split_once(':').unwrap();
                    let cell = test
                        .cells
                        .iter()
                        .find(|x| x.row == r && x.col == c)
                        .unwrap_or_else(|| panic!("{label}: no cell"));
                    if stat == "cell_total" {
                        worst.check("cell total", cell.total, f("estimate"), &label, TOL);
                    } else {
                        worst.check(
                            "cell proportion",
                            cell.proportion,
                            f("estimate"),
                            &label,
                            TOL,
                        );
                        worst.check("cell proportion se", cell.se, f("se"), &label, TOL);
                    }
                }
            }
            _ => panic!("{stat}"),
        }
    }
    eprintln!("R survey 4.1-1 reference ({} rows):", reference.n);
    worst.report();
    // every kind of value was compared
    for (what, at_least) in [
        ("ratio se", 16),
        ("quantile se", 400),
        ("by_total se", 76),
        ("by_quantile se", 76),
        ("by_ratio se", 38),
        ("chisq F", 14),
        ("cell proportion se", 85),
    ] {
        assert!(
            worst.count(what) >= at_least,
            "{what}: {}",
            worst.count(what)
        );
    }
}

fn pick(rows: Vec<njov::survey::ByLevel<njov::survey::Estimate>>, level: &str) -> (f64, f64) {
    let r = rows
        .iter()
        .find(|r| r.level == level)
        .unwrap_or_else(|| panic!("no level {level}"));
    (r.value.estimate, r.value.se)
}
