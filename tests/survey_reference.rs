//! Agreement with R `survey` (Debian's 4.1-1) on its `api` data, on R's own MU284
//! two-phase test, and on a synthetic N-JOV-shaped data set. The reference values
//! are in `tests/data/survey_reference.csv`, written by `scripts/survey_reference.R`.

use std::collections::HashMap;

use njov::survey::{Estimate, Fpc, LonelyPsu, SurveyDesign, TwoPhaseDesign, svyciprop_method};
use njov::{ErrorKind, ProportionMethod};

const TOL: f64 = 1e-9;

mod common;
use common::table::Table;

fn rel(a: f64, b: f64) -> f64 {
    if a == b {
        0.0
    } else {
        (a - b).abs() / b.abs().max(1e-300)
    }
}

fn lonely(name: &str) -> LonelyPsu {
    name.rsplit('_').next().unwrap().parse().unwrap()
}

/// The design named in the reference file, built from the exported data.
fn design(dataset: &str, name: &str) -> (Table, SurveyDesign) {
    match dataset {
        "apistrat" => {
            let t = Table::read("tests/data/api/apistrat.csv");
            let b = SurveyDesign::builder(t.n)
                .strata(t.text("stype").iter())
                .weights(t.num("pw"));
            let b = match name {
                "strat_fpc" => b.fpc(Fpc::PopulationSize(t.num("fpc"))),
                "strat_fpc_fraction" => b.fpc(Fpc::Fraction(t.num("fpc_frac"))),
                "strat_nofpc" => b,
                _ => panic!("{name}"),
            };
            let d = b.build().unwrap();
            (t, d)
        }
        "apiclus1" => {
            let t = Table::read("tests/data/api/apiclus1.csv");
            let b = SurveyDesign::builder(t.n)
                .psu(t.text("dnum").iter())
                .weights(t.num("pw"));
            let b = match name {
                "clus1_fpc" => b.fpc(Fpc::PopulationSize(t.num("fpc"))),
                "clus1_nofpc" => b,
                n if n.starts_with("lonely_nofpc_") => {
                    b.strata(t.text("lstrat").iter()).lonely_psu(lonely(n))
                }
                n if n.starts_with("lonely_") => b
                    .strata(t.text("lstrat").iter())
                    .fpc(Fpc::PopulationSize(t.num("lfpc")))
                    .lonely_psu(lonely(n)),
                _ => panic!("{name}"),
            };
            let d = b.build().unwrap();
            (t, d)
        }
        "apiclus2" => {
            let t = Table::read("tests/data/api/apiclus2.csv");
            let b = SurveyDesign::builder(t.n)
                .psu(t.text("dnum").iter())
                .ssu(t.text("snum").iter());
            let b = match name {
                // No weights: they follow from the fpc, as in R.
                "clus2_fpc" => b
                    .fpc(Fpc::PopulationSize(t.num("fpc1")))
                    .fpc2(Fpc::PopulationSize(t.num("fpc2"))),
                "clus2_ultimate" => b.weights(t.num("pw")),
                _ => panic!("{name}"),
            };
            let d = b.build().unwrap();
            (t, d)
        }
        "synthetic_njov" => {
            let all = Table::read("tests/data/synthetic_njov.csv");
            let keep: Vec<bool> = all.num("phase2").iter().map(|&v| v == 1.0).collect();
            let t = all.filter(&keep);
            let b = SurveyDesign::builder(t.n)
                .strata(t.text("stratum").iter())
                .psu(t.text("agency").iter());
            let b = match name {
                "two_stage" => b
                    .ssu(t.text("case").iter())
                    .fpc(Fpc::PopulationSize(t.num("agencies_in_stratum")))
                    .fpc2(Fpc::PopulationSize(t.num("cases_in_agency"))),
                "ultimate" => b.weights(t.num("weight")),
                _ => panic!("{name}"),
            };
            let d = b.build().unwrap();
            (t, d)
        }
        _ => panic!("{dataset}"),
    }
}

struct Reference {
    table: Table,
}

impl Reference {
    fn load() -> Reference {
        Reference {
            table: Table::read("tests/data/survey_reference.csv"),
        }
    }

    fn rows(&self) -> impl Iterator<Item = HashMap<&str, &str>> + '_ {
        (0..self.table.n).map(|i| self.table.row(i))
    }
}

fn field(row: &HashMap<&str, &str>, k: &str) -> f64 {
    let s = row[k];
    if s.is_empty() || s == "NA" {
        f64::NAN
    } else {
        s.parse().unwrap()
    }
}

#[derive(Default)]
struct Worst {
    by_quantity: HashMap<&'static str, (f64, String)>,
    count: usize,
}

impl Worst {
    fn check(&mut self, what: &'static str, ours: f64, r: f64, label: &str) {
        self.check_tol(what, ours, r, label, TOL);
    }

    fn check_tol(&mut self, what: &'static str, ours: f64, r: f64, label: &str, tol: f64) {
        if r.is_nan() {
            return;
        }
        let d = rel(ours, r);
        assert!(
            d <= tol,
            "{label}: {what} = {ours:e}, R gives {r:e} (relative difference {d:e})"
        );
        let e = self.by_quantity.entry(what).or_insert((0.0, String::new()));
        if d > e.0 {
            *e = (d, label.to_string());
        }
        self.count += 1;
    }

    fn report(&self, title: &str) {
        eprintln!("{title}: {} comparisons", self.count);
        let mut keys: Vec<_> = self.by_quantity.keys().collect();
        keys.sort();
        for k in keys {
            let (d, l) = &self.by_quantity[k];
            eprintln!("  max relative difference in {k}: {d:.2e} ({l})");
        }
    }
}

fn mask_of(t: &Table, domain: &str) -> Option<Vec<bool>> {
    if domain.is_empty() {
        return None;
    }
    let (col, value) = domain.split_once('=').unwrap();
    Some(t.text(col).iter().map(|v| v == value).collect())
}

fn estimate_of(
    design: &SurveyDesign,
    t: &Table,
    stat: &str,
    var: &str,
    denom: &str,
    mask: Option<&[bool]>,
) -> Estimate {
    let y = t.num(var);
    match mask {
        None => match stat {
            "total" => design.total(&y),
            "mean" => design.mean(&y),
            "proportion" => design.proportion(&y),
            "ratio" => design.ratio(&y, &t.num(denom)),
            _ => panic!("{stat}"),
        },
        Some(m) => {
            let d = design.domain(m).unwrap();
            match stat {
                "total" => d.total(&y),
                "mean" => d.mean(&y),
                "proportion" => d.proportion(&y),
                "ratio" => d.ratio(&y, &t.num(denom)),
                _ => panic!("{stat}"),
            }
        }
    }
    .unwrap()
}

#[test]
fn one_and_two_stage_designs_match_r() {
    let reference = Reference::load();
    let mut cache: HashMap<(String, String), (Table, SurveyDesign)> = HashMap::new();
    let mut worst = Worst::default();
    let mut intervals = Worst::default();
    for row in reference.rows() {
        let (dataset, name) = (row["dataset"], row["design"]);
        if dataset == "mu284" || name.starts_with("twophase") || name == "phase1_agencies" {
            continue;
        }
        let key = (dataset.to_string(), name.to_string());
        let (t, d) = cache.entry(key).or_insert_with(|| design(dataset, name));
        let mask = mask_of(t, row["domain"]);
        let label = format!(
            "{dataset}/{name} {} {} {} {} {}",
            row["stat"], row["var"], row["domain"], row["method"], row["level"]
        );
        let e = estimate_of(d, t, row["stat"], row["var"], row["denom"], mask.as_deref());
        if row["method"].is_empty() {
            worst.check("estimate", e.estimate, field(&row, "estimate"), &label);
            worst.check("se", e.se, field(&row, "se"), &label);
            worst.check("df", e.df, field(&row, "df"), &label);
            if let Some(deff) = e.deff {
                worst.check("deff", deff, field(&row, "deff"), &label);
            }
            if !field(&row, "lower").is_nan() {
                let ci = e.t_interval(0.95).unwrap();
                worst.check("t interval limits", ci.lower, field(&row, "lower"), &label);
                worst.check("t interval limits", ci.upper, field(&row, "upper"), &label);
            }
        } else {
            // svyciprop's own "logit" stops its IRLS at glm's epsilon 1e-8: compared
            // at 1e-7; "logit_converged" is the same fit run to convergence.
            let (method, tol): (ProportionMethod, f64) = match row["method"] {
                "logit" => (ProportionMethod::Logit, 1e-7),
                "logit_converged" => (ProportionMethod::Logit, TOL),
                m => (svyciprop_method(m).unwrap(), TOL),
            };
            let level = field(&row, "level");
            let ci = e.proportion_interval(method, level).unwrap();
            let (lo, up): (&'static str, &'static str) = match row["method"] {
                "logit" => ("lower (svyciprop logit)", "upper (svyciprop logit)"),
                "beta" => ("lower (beta)", "upper (beta)"),
                "wilson" => ("lower (wilson, by hand)", "upper (wilson, by hand)"),
                _ => ("lower", "upper"),
            };
            intervals.check_tol(
                "estimate",
                ci.estimate,
                field(&row, "estimate"),
                &label,
                tol,
            );
            intervals.check_tol(lo, ci.lower, field(&row, "lower"), &label, tol);
            intervals.check_tol(up, ci.upper, field(&row, "upper"), &label, tol);
        }
    }
    worst.report("estimates");
    intervals.report("svyciprop intervals");
    assert!(worst.count > 1200);
    assert!(intervals.count > 700);
}

fn two_phase(t: &Table, with_fpc: bool) -> TwoPhaseDesign {
    let b = TwoPhaseDesign::builder(t.n)
        .phase1_strata(t.text("stratum").iter())
        .phase1_psu(t.text("agency").iter())
        .phase2_strata(t.text("agency").iter())
        .subset(t.num("phase2").iter().map(|&v| v == 1.0));
    let b = if with_fpc {
        b.phase1_fpc(Fpc::PopulationSize(t.num("agencies_in_stratum")))
    } else {
        b.phase1_probabilities(t.num("agency_prob"))
    };
    b.build().unwrap()
}

#[test]
fn two_phase_full_matches_r() {
    let reference = Reference::load();
    let all = Table::read("tests/data/synthetic_njov.csv");
    let full = two_phase(&all, true);
    let wr = two_phase(&all, false);
    let mut worst = Worst::default();
    let mut seen = 0;
    for row in reference.rows() {
        let design = match (row["dataset"], row["design"]) {
            ("synthetic_njov", "twophase_full") => &full,
            ("synthetic_njov", "twophase_full_wr") => &wr,
            _ => continue,
        };
        seen += 1;
        let y = all.num(row["var"]);
        let label = format!(
            "{} {} {} {}",
            row["design"], row["stat"], row["var"], row["domain"]
        );
        let mask = mask_of(&all, row["domain"]);
        let domain = mask.as_deref().map(|m| design.domain(m).unwrap());
        match row["stat"] {
            "total" => {
                let e = match &domain {
                    Some(d) => d.total(&y).unwrap(),
                    None => design.total(&y).unwrap(),
                };
                worst.check("estimate", e.estimate, field(&row, "estimate"), &label);
                worst.check("se", e.se, field(&row, "se"), &label);
                worst.check("df", e.df, field(&row, "df"), &label);
            }
            "mean" => {
                let e = match &domain {
                    Some(d) => d.mean(&y).unwrap(),
                    None => design.mean(&y).unwrap(),
                };
                worst.check("estimate", e.estimate, field(&row, "estimate"), &label);
                if field(&row, "se") > 1e-12 {
                    worst.check("se", e.se, field(&row, "se"), &label);
                }
                worst.check("df", e.df, field(&row, "df"), &label);
            }
            "total_phase1_var" => {
                let v = design.total_variance_by_phase(&y).unwrap();
                if var_is_exact(&row) {
                    worst.check(
                        "phase-1 variance",
                        v.phase1,
                        field(&row, "estimate"),
                        &label,
                    );
                }
            }
            "total_phase2_var" => {
                let v = design.total_variance_by_phase(&y).unwrap();
                if var_is_exact(&row) {
                    worst.check(
                        "phase-2 variance",
                        v.phase2,
                        field(&row, "estimate"),
                        &label,
                    );
                }
            }
            other => panic!("{other}"),
        }
    }
    assert_eq!(seen, 30);
    worst.report("two-phase (synthetic N-JOV)");
}

/// R's split of a variance that is 0 in exact arithmetic is rounding noise.
fn var_is_exact(row: &HashMap<&str, &str>) -> bool {
    field(row, "estimate").abs() > 1e-6
}

/// R's tests/twophase.R: the two-stage MU284 sample written as a two-phase design
/// (phase 1 a cluster sample, phase 2 stratified by cluster) gives the two-stage
/// totals, means and standard errors. Here both against each other and against R.
#[test]
fn two_stage_as_two_phase_mu284() {
    let t = Table::read("tests/data/mu284_twophase.csv");
    let sub: Vec<bool> = t.text("sub").iter().map(|s| s == "TRUE").collect();
    let two_phase = TwoPhaseDesign::builder(t.n)
        .phase1_psu(t.text("id1").iter())
        .phase1_fpc(Fpc::PopulationSize(t.num("n1")))
        .phase2_strata(t.text("id1").iter())
        .subset(sub.iter().copied())
        .build()
        .unwrap();
    let s = t.filter(&sub);
    let two_stage = SurveyDesign::builder(s.n)
        .psu(s.text("id1").iter())
        .ssu(s.text("id2").iter())
        .fpc(Fpc::PopulationSize(s.num("n1")))
        .fpc2(Fpc::PopulationSize(s.num("n2")))
        .build()
        .unwrap();
    let y_all = t.num("y1");
    let y = s.num("y1");
    let pairs = [
        (
            two_stage.total(&y).unwrap(),
            two_phase.total(&y_all).unwrap(),
        ),
        (two_stage.mean(&y).unwrap(), two_phase.mean(&y_all).unwrap()),
    ];
    for (a, b) in &pairs {
        assert!(rel(a.estimate, b.estimate) < 1e-12, "{a:?} {b:?}");
        assert!(rel(a.se, b.se) < 1e-12, "{a:?} {b:?}");
    }
    let reference = Reference::load();
    let mut worst = Worst::default();
    for row in reference.rows().filter(|r| r["dataset"] == "mu284") {
        let e = match (row["design"], row["stat"]) {
            ("two_stage", "total") => &pairs[0].0,
            ("two_stage", "mean") => &pairs[1].0,
            ("twophase_full", "total") => &pairs[0].1,
            ("twophase_full", "mean") => &pairs[1].1,
            other => panic!("{other:?}"),
        };
        let label = format!("mu284 {} {}", row["design"], row["stat"]);
        worst.check("estimate", e.estimate, field(&row, "estimate"), &label);
        worst.check("se", e.se, field(&row, "se"), &label);
        worst.check("df", e.df, field(&row, "df"), &label);
    }
    assert_eq!(worst.count, 12);
    worst.report("mu284");
}

/// The synthetic N-JOV design: agencies in strata (phase 1), cases within
/// agencies (phase 2) give the same totals, means and SEs as the two-stage design.
#[test]
fn two_stage_as_two_phase_synthetic() {
    let all = Table::read("tests/data/synthetic_njov.csv");
    let tp = two_phase(&all, true);
    let (s, ts) = design("synthetic_njov", "two_stage");
    for var in ["age", "sting", "produced", "cases_one"] {
        let (a, b) = (
            ts.total(&s.num(var)).unwrap(),
            tp.total(&all.num(var)).unwrap(),
        );
        assert!(rel(a.estimate, b.estimate) < 1e-12, "{var}: {a:?} {b:?}");
        assert!(rel(a.se, b.se) < 1e-10, "{var}: {a:?} {b:?}");
        let (a, b) = (
            ts.mean(&s.num(var)).unwrap(),
            tp.mean(&all.num(var)).unwrap(),
        );
        assert!(rel(a.estimate, b.estimate) < 1e-12, "{var}: {a:?} {b:?}");
        assert!(
            (a.se - b.se).abs() <= 1e-10 * a.se.max(1e-6),
            "{var}: {a:?} {b:?}"
        );
    }
}

fn design_error(result: njov::Result<SurveyDesign>, needle: &str) {
    let err = result.expect_err("an invalid design must be rejected");
    match err.kind() {
        ErrorKind::Design { message } => {
            assert!(message.contains(needle), "'{message}' lacks '{needle}'")
        }
        other => panic!("expected a Design error, got {other:?}"),
    }
}

#[test]
fn invalid_designs_are_typed_errors() {
    // Negative weight.
    design_error(
        SurveyDesign::builder(3)
            .weights(vec![1.0, -2.0, 1.0])
            .build(),
        "non-negative",
    );
    // Missing weight.
    design_error(
        SurveyDesign::builder(3)
            .weights(vec![1.0, f64::NAN, 1.0])
            .build(),
        "missing weight",
    );
    // Probability of zero.
    design_error(
        SurveyDesign::builder(2)
            .probabilities(vec![0.5, 0.0])
            .build(),
        "(0, 1]",
    );
    // A declared stratum with no rows.
    design_error(
        SurveyDesign::builder(4)
            .strata(["a", "a", "b", "b"])
            .strata_levels(["a", "b", "c"])
            .build(),
        "stratum 'c' has no rows",
    );
    // A PSU in two strata.
    design_error(
        SurveyDesign::builder(4)
            .strata([1, 1, 2, 2])
            .psu([10, 11, 11, 12])
            .build(),
        "in two strata",
    );
    // ... which nesting allows.
    assert!(
        SurveyDesign::builder(4)
            .strata([1, 1, 2, 2])
            .psu([10, 11, 11, 12])
            .nest(true)
            .build()
            .is_ok()
    );
    // fpc below the sample size.
    design_error(
        SurveyDesign::builder(4)
            .strata([1, 1, 2, 2])
            .fpc(Fpc::PopulationSize(vec![5.0, 5.0, 1.0, 1.0]))
            .build(),
        "fpc below the sample size",
    );
    // fpc varying within a stratum, and missing.
    design_error(
        SurveyDesign::builder(2)
            .fpc(Fpc::PopulationSize(vec![5.0, 6.0]))
            .build(),
        "varies",
    );
    design_error(
        SurveyDesign::builder(2)
            .fpc(Fpc::PopulationSize(vec![5.0, f64::NAN]))
            .build(),
        "missing fpc",
    );
    // One PSU.
    design_error(
        SurveyDesign::builder(3).psu([1, 1, 1]).build(),
        "only one primary sampling unit",
    );
    // No rows.
    design_error(SurveyDesign::builder(0).build(), "no rows");
    // Second-stage fpc without the first.
    design_error(
        SurveyDesign::builder(2)
            .psu([1, 2])
            .ssu([1, 1])
            .fpc2(Fpc::PopulationSize(vec![3.0, 3.0]))
            .build(),
        "first-stage fpc",
    );
    // Wrong lengths are argument errors.
    let err = SurveyDesign::builder(3)
        .weights(vec![1.0])
        .build()
        .unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::InvalidArgument { .. }));
}

#[test]
fn lonely_psu_fail_is_an_error_at_estimation() {
    let t = Table::read("tests/data/api/apiclus1.csv");
    let d = SurveyDesign::builder(t.n)
        .psu(t.text("dnum").iter())
        .strata(t.text("lstrat").iter())
        .weights(t.num("pw"))
        .build()
        .unwrap();
    let err = d.total(&t.num("api00")).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Design { .. }), "{err}");
    // A domain that misses the lonely stratum is fine.
    let strata = t.num("lstrat");
    let mask: Vec<bool> = strata.iter().map(|&s| s != 1.0).collect();
    let y = t.num("api00");
    let total = d.domain(&mask).unwrap().total(&y).unwrap();
    // Its value, computed here from the rows: the Horvitz-Thompson total of
    // the domain, and the with-replacement variance of its PSU totals
    // within each stratum, sum_h n_h/(n_h - 1) sum_i (z_hi - mean_h z)^2
    // with z_hi = sum of w y over the domain's rows of PSU i (stratum 1,
    // the lonely one, holds no row of the domain and adds nothing).
    let w = t.num("pw");
    let psu = t.text("dnum");
    let expected: f64 = (0..t.n).filter(|&i| mask[i]).map(|i| w[i] * y[i]).sum();
    let mut z: std::collections::BTreeMap<(String, String), f64> = Default::default();
    for i in 0..t.n {
        let cell = z
            .entry((strata[i].to_string(), psu[i].clone()))
            .or_default();
        if mask[i] {
            *cell += w[i] * y[i];
        }
    }
    let mut variance = 0.0;
    let levels: std::collections::BTreeSet<&String> = z.keys().map(|(h, _)| h).collect();
    for h in levels {
        let zs: Vec<f64> = z
            .iter()
            .filter(|((s, _), _)| s == h)
            .map(|(_, v)| *v)
            .collect();
        let n = zs.len() as f64;
        if n < 2.0 {
            assert_eq!(zs, [0.0], "a lonely stratum outside the domain");
            continue;
        }
        let mean = zs.iter().sum::<f64>() / n;
        variance += n / (n - 1.0) * zs.iter().map(|v| (v - mean).powi(2)).sum::<f64>();
    }
    assert!(
        (total.estimate - expected).abs() <= 1e-9 * expected,
        "{} vs {expected}",
        total.estimate
    );
    assert!(
        (total.se - variance.sqrt()).abs() <= 1e-9 * total.se,
        "{} vs {}",
        total.se,
        variance.sqrt()
    );
}

/// One estimate from a microdata CSV file through the polars interface, as
/// `njov survey` computes it: the file read with only the columns needed
/// (types given), the design from the frame, the domain, the estimator, and
/// the interval (t for totals and means, `svyciprop` for proportions).
#[cfg(feature = "polars")]
struct FrameCase {
    file: String,
    var: String,
    design: njov::survey::DesignColumns,
    domain: Option<(String, String)>,
    stat: njov::survey::Statistic,
    method: Option<ProportionMethod>,
    level: f64,
}

#[cfg(feature = "polars")]
impl FrameCase {
    fn run(&self) -> njov::Result<(Estimate, njov::interval::Interval)> {
        use njov::survey::{Statistic, column_f64, mask_equals, read_csv};
        let d = &self.design;
        let numeric: Vec<&str> = std::iter::once(self.var.as_str())
            .chain(
                [&d.weights, &d.fpc]
                    .into_iter()
                    .flatten()
                    .map(String::as_str),
            )
            .collect();
        let labels: Vec<&str> = [&d.strata, &d.psu]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .chain(self.domain.iter().map(|(c, _)| c.as_str()))
            .collect();
        let df = read_csv(&self.file, &numeric, &labels)?;
        let design = SurveyDesign::from_frame(&df, d)?;
        let y = column_f64(&df, &self.var)?;
        let mask = match &self.domain {
            Some((c, v)) => Some(mask_equals(&df, c, v)?),
            None => None,
        };
        let estimate = match (&mask, self.stat) {
            (None, Statistic::Total) => design.total(&y)?,
            (None, Statistic::Mean) => design.mean(&y)?,
            (None, _) => design.proportion(&y)?,
            (Some(m), Statistic::Total) => design.domain(m)?.total(&y)?,
            (Some(m), Statistic::Mean) => design.domain(m)?.mean(&y)?,
            (Some(m), _) => design.domain(m)?.proportion(&y)?,
        };
        let interval = match self.stat {
            Statistic::Proportion => estimate
                .proportion_interval(self.method.unwrap_or(ProportionMethod::Logit), self.level)?,
            _ => estimate.t_interval(self.level)?,
        };
        Ok((estimate, interval))
    }
}

/// The polars interface (what `njov survey` runs) reads the exported api CSV
/// files and reproduces R.
#[cfg(feature = "polars")]
#[test]
fn csv_files_through_polars_reproduce_r() {
    use njov::survey::{DesignColumns, Statistic};
    let reference = Reference::load();
    let dir = env!("CARGO_MANIFEST_DIR");
    let mut worst = Worst::default();
    for row in reference.rows() {
        let (dataset, name, stat) = (row["dataset"], row["design"], row["stat"]);
        let design = match (dataset, name) {
            ("apistrat", "strat_fpc") => DesignColumns {
                weights: Some("pw".into()),
                strata: Some("stype".into()),
                fpc: Some("fpc".into()),
                ..DesignColumns::default()
            },
            ("apistrat", "strat_fpc_fraction") => DesignColumns {
                weights: Some("pw".into()),
                strata: Some("stype".into()),
                fpc: Some("fpc_frac".into()),
                ..DesignColumns::default()
            },
            ("apiclus1", "clus1_fpc") => DesignColumns {
                weights: Some("pw".into()),
                psu: Some("dnum".into()),
                fpc: Some("fpc".into()),
                ..DesignColumns::default()
            },
            ("apiclus2", "clus2_ultimate") => DesignColumns {
                weights: Some("pw".into()),
                psu: Some("dnum".into()),
                ..DesignColumns::default()
            },
            _ => continue,
        };
        let stat: Statistic = match stat {
            "ratio" => continue,
            s => s.parse().unwrap(),
        };
        let method = match row["method"] {
            "" => None,
            "logit" => continue,
            "logit_converged" => Some(ProportionMethod::Logit),
            m => Some(svyciprop_method(m).unwrap()),
        };
        let level = if row["level"].is_empty() {
            0.95
        } else {
            field(&row, "level")
        };
        let case = FrameCase {
            file: format!("{dir}/tests/data/api/{dataset}.csv"),
            var: row["var"].to_string(),
            design,
            domain: row["domain"]
                .split_once('=')
                .map(|(c, v)| (c.to_string(), v.to_string())),
            stat,
            method,
            level,
        };
        let (estimate, interval) = case.run().unwrap();
        let label = format!(
            "{dataset}/{name} {} {} {} {}",
            row["stat"], row["var"], row["domain"], row["method"]
        );
        worst.check(
            "estimate",
            estimate.estimate,
            field(&row, "estimate"),
            &label,
        );
        worst.check("se", estimate.se, field(&row, "se"), &label);
        worst.check("df", estimate.df, field(&row, "df"), &label);
        worst.check("deff", estimate.deff.unwrap(), field(&row, "deff"), &label);
        worst.check("lower", interval.lower, field(&row, "lower"), &label);
        worst.check("upper", interval.upper, field(&row, "upper"), &label);
    }
    assert!(worst.count > 2000, "{}", worst.count);
    worst.report("the polars interface on the api CSV files");
}

/// The polars interface's failures are typed errors, never panics.
#[cfg(feature = "polars")]
#[test]
fn csv_file_errors() {
    use njov::survey::{DesignColumns, Statistic};
    let dir = env!("CARGO_MANIFEST_DIR");
    let base = || FrameCase {
        file: format!("{dir}/tests/data/api/apistrat.csv"),
        var: "api00".into(),
        design: DesignColumns {
            weights: Some("pw".into()),
            strata: Some("stype".into()),
            ..DesignColumns::default()
        },
        domain: None,
        stat: Statistic::Mean,
        method: None,
        level: 0.95,
    };
    assert!(base().run().is_ok());
    let kind = |c: FrameCase| c.run().unwrap_err().into_kind();

    let mut c = base();
    c.file = format!("{dir}/tests/data/api/missing.csv");
    assert!(matches!(kind(c), ErrorKind::Io { .. }));

    let mut c = base();
    c.var = "no_such_column".into();
    assert!(matches!(kind(c), ErrorKind::InvalidArgument { .. }));

    let mut c = base();
    c.stat = Statistic::Proportion;
    assert!(matches!(kind(c), ErrorKind::InvalidArgument { .. }));

    let mut c = base();
    c.level = 1.5;
    assert!(matches!(kind(c), ErrorKind::InvalidArgument { .. }));

    // A PSU column whose labels cross strata.
    let mut c = base();
    c.design.psu = Some("dnum".into());
    assert!(matches!(kind(c), ErrorKind::Design { .. }));

    // A domain value that selects no row.
    let mut c = base();
    c.stat = Statistic::Proportion;
    c.var = "sch_wide".into();
    c.domain = Some(("stype".into(), "Z".into()));
    assert!(matches!(kind(c), ErrorKind::InvalidArgument { .. }));
}

/// The aggregate-table model of DESIGN.md against the design-based estimate, on
/// the synthetic data: a phase-1 total `T` (here the cases listed by the sampled
/// agencies, expanded) is modelled as a scaled Poisson count with variance
/// `deff1 * w * T`, `w = T / (cases reported)`. Fed with the microdata's own `T`,
/// the floor (`deff1 = 1`) lies below the design-based SE; the design-based SE
/// corresponds to `deff1` = (SE / floor)^2, which the model's sensitivity grid
/// {1, 1.5, 2, 3} brackets.
#[test]
fn aggregate_model_floor_against_design_based_se() {
    let t = Table::read("tests/data/synthetic_njov.csv");
    let design = SurveyDesign::builder(t.n)
        .strata(t.text("stratum").iter())
        .psu(t.text("agency").iter())
        .fpc(Fpc::PopulationSize(t.num("agencies_in_stratum")))
        .build()
        .unwrap();
    let listed = vec![1.0; t.n];
    let total = design.total(&listed).unwrap();
    let reference = Reference::load();
    let row = reference
        .rows()
        .find(|r| r["design"] == "phase1_agencies")
        .unwrap();
    assert!(rel(total.estimate, field(&row, "estimate")) < TOL);
    assert!(rel(total.se, field(&row, "se")) < TOL);
    assert_eq!(total.df, field(&row, "df"));

    let w = total.estimate / t.n as f64;
    let floor = (w * total.estimate).sqrt();
    let implied_deff = (total.se / floor).powi(2);
    eprintln!(
        "phase-1 total {:.1}: design-based SE {:.1}; model floor SE {:.1} (deff1 = 1); \
         implied deff1 {:.2}; model SEs at deff1 = 1.5, 2, 3: {:.1}, {:.1}, {:.1}",
        total.estimate,
        total.se,
        floor,
        implied_deff,
        floor * 1.5f64.sqrt(),
        floor * 2f64.sqrt(),
        floor * 3f64.sqrt()
    );
    assert!(floor < total.se, "the floor lies below the design-based SE");
    assert!(
        (1.0..=3.0).contains(&implied_deff),
        "the deff grid brackets the design-based SE"
    );
}

/// The survey layer's proportion intervals are the interval layer's on the
/// design's variance, rows used and df, for every method of the one enum,
/// except R's `mean` and `asin` conventions (not clipped, folding), which
/// the R references above check.
#[test]
fn every_proportion_method_is_the_interval_layers_on_the_design_variance() {
    use njov::interval::{IntervalSpec, Method, ProportionData, ProportionInterval};
    let (t, d) = design("apistrat", "strat_fpc");
    let y: Vec<f64> = t
        .num("api00")
        .iter()
        .map(|&v| f64::from(v > 700.0))
        .collect();
    let e = d.proportion(&y).unwrap();
    let data = ProportionData::Variance {
        estimate: e.estimate,
        variance: e.variance(),
        n: e.n as f64,
        df: Some(e.df),
    };
    for &m in ProportionMethod::all() {
        let ours = e.proportion_interval(m, 0.9).unwrap();
        assert_eq!(ours.method, Method::Proportion(m));
        if matches!(m, ProportionMethod::Wald | ProportionMethod::Asin) {
            assert_eq!(ours.df, Some(e.df), "{m}");
            continue;
        }
        let layer = ProportionInterval::new(m, IntervalSpec::new(0.9).unwrap())
            .unwrap()
            .compute(&data)
            .unwrap();
        assert_eq!(ours, layer, "{m}");
    }
    // R's mean is not clipped: a proportion near 0 gets a lower limit below 0
    let rare: Vec<f64> = (0..t.n).map(|i| f64::from(i == 0)).collect();
    let p = d.proportion(&rare).unwrap();
    let wald = p.proportion_interval(ProportionMethod::Wald, 0.95).unwrap();
    assert!(wald.lower < 0.0, "{wald}");
    let half = p.estimate - wald.lower;
    assert!(
        (wald.upper - p.estimate - half).abs() <= 1e-12 * half,
        "{wald}"
    );
    // and the symmetric t interval of a total is named t
    let total = d.total(&t.num("api00")).unwrap().t_interval(0.95).unwrap();
    assert_eq!((total.method, total.n_eff), (Method::StudentT, None));
}
