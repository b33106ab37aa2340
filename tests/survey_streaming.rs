//! The one-pass estimator (`StreamingEstimator`) against the in-memory
//! `SurveyDesign` on every reference design of `tests/survey_reference.rs`
//! and `tests/survey_na_reference.rs` (the api data, with and without
//! missing values, and the synthetic N-JOV-shaped sample): every statistic,
//! variable and domain those tests take from R, and the same by groups,
//! fed in chunks of 1, 7 and all rows, in file order and shuffled. The
//! in-memory path is itself checked against R by those tests; here the two
//! paths must agree to 1e-12 relative.

mod common;

use std::collections::{BTreeSet, HashMap};

use common::table::Table;
use njov::survey::{
    Chunk, Estimate, Fpc, LonelyPsu, Missing, Statistic, StreamingEstimator, SurveyDesign,
};

const TOL: f64 = 1e-12;

/// Columns of text, a subset of a table's rows in some order.
struct Data {
    columns: HashMap<String, Vec<String>>,
    n: usize,
}

impl Data {
    fn read(path: &str, keep: impl Fn(&HashMap<&str, &str>) -> bool) -> Data {
        let t = Table::read(path);
        let rows: Vec<usize> = (0..t.n).filter(|&i| keep(&t.row(i))).collect();
        let columns = t
            .header
            .iter()
            .map(|h| {
                let col = t.text(h);
                (h.clone(), rows.iter().map(|&i| col[i].clone()).collect())
            })
            .collect();
        Data {
            columns,
            n: rows.len(),
        }
    }

    /// The rows in the order of `perm`.
    fn permuted(&self, perm: &[usize]) -> Data {
        Data {
            columns: self
                .columns
                .iter()
                .map(|(k, v)| (k.clone(), perm.iter().map(|&i| v[i].clone()).collect()))
                .collect(),
            n: self.n,
        }
    }

    fn text(&self, name: &str) -> Vec<&str> {
        self.columns[name].iter().map(String::as_str).collect()
    }

    fn num(&self, name: &str) -> Vec<f64> {
        self.columns[name]
            .iter()
            .map(|s| common::table::parse(s))
            .collect()
    }
}

/// A design by its columns.
#[derive(Clone, Copy, Default)]
struct Spec {
    weights: Option<&'static str>,
    strata: Option<&'static str>,
    psu: Option<&'static str>,
    ssu: Option<&'static str>,
    fpc: Option<&'static str>,
    fpc2: Option<&'static str>,
    lonely: Option<LonelyPsu>,
}

fn lonely(name: &str) -> LonelyPsu {
    name.rsplit('_').next().unwrap().parse().unwrap()
}

/// The reference designs, as `tests/survey_reference.rs` and
/// `tests/survey_na_reference.rs` build them.
fn spec(dataset: &str, name: &str) -> Spec {
    let w = Some("pw");
    match (dataset, name) {
        ("apistrat" | "apistrat_na", "strat_fpc") => Spec {
            weights: w,
            strata: Some("stype"),
            fpc: Some("fpc"),
            ..Spec::default()
        },
        ("apistrat", "strat_fpc_fraction") => Spec {
            weights: w,
            strata: Some("stype"),
            fpc: Some("fpc_frac"),
            ..Spec::default()
        },
        ("apistrat" | "apistrat_na", "strat_nofpc") => Spec {
            weights: w,
            strata: Some("stype"),
            ..Spec::default()
        },
        ("apiclus1" | "apiclus1_na", "clus1_fpc") => Spec {
            weights: w,
            psu: Some("dnum"),
            fpc: Some("fpc"),
            ..Spec::default()
        },
        ("apiclus1" | "apiclus1_na", "clus1_nofpc") => Spec {
            weights: w,
            psu: Some("dnum"),
            ..Spec::default()
        },
        ("apiclus1", n) if n.starts_with("lonely_nofpc_") => Spec {
            weights: w,
            psu: Some("dnum"),
            strata: Some("lstrat"),
            lonely: Some(lonely(n)),
            ..Spec::default()
        },
        ("apiclus1", n) if n.starts_with("lonely_") => Spec {
            weights: w,
            psu: Some("dnum"),
            strata: Some("lstrat"),
            fpc: Some("lfpc"),
            lonely: Some(lonely(n)),
            ..Spec::default()
        },
        ("apiclus2", "clus2_fpc") => Spec {
            psu: Some("dnum"),
            ssu: Some("snum"),
            fpc: Some("fpc1"),
            fpc2: Some("fpc2"),
            ..Spec::default()
        },
        ("apiclus2", "clus2_ultimate") => Spec {
            weights: w,
            psu: Some("dnum"),
            ssu: Some("snum"),
            ..Spec::default()
        },
        ("synthetic_njov", "two_stage") => Spec {
            strata: Some("stratum"),
            psu: Some("agency"),
            ssu: Some("case"),
            fpc: Some("agencies_in_stratum"),
            fpc2: Some("cases_in_agency"),
            ..Spec::default()
        },
        ("synthetic_njov", "ultimate") => Spec {
            strata: Some("stratum"),
            psu: Some("agency"),
            weights: Some("weight"),
            ..Spec::default()
        },
        _ => panic!("{dataset}/{name}"),
    }
}

fn data(dataset: &str) -> Data {
    match dataset {
        "apistrat" | "apiclus1" | "apiclus2" => {
            Data::read(&format!("tests/data/api/{dataset}.csv"), |_| true)
        }
        "apistrat_na" | "apiclus1_na" => {
            Data::read(&format!("tests/data/na/{dataset}.csv"), |_| true)
        }
        "synthetic_njov" => Data::read("tests/data/synthetic_njov.csv", |r| r["phase2"] == "1"),
        _ => panic!("{dataset}"),
    }
}

fn in_memory(d: &Data, s: Spec) -> SurveyDesign {
    let mut b = SurveyDesign::builder(d.n);
    if let Some(c) = s.weights {
        b = b.weights(d.num(c));
    }
    if let Some(c) = s.strata {
        b = b.strata(d.text(c));
    }
    if let Some(c) = s.psu {
        b = b.psu(d.text(c));
    }
    if let Some(c) = s.ssu {
        b = b.ssu(d.text(c));
    }
    if let Some(c) = s.fpc {
        b = b.fpc(Fpc::infer(d.num(c)).unwrap());
    }
    if let Some(c) = s.fpc2 {
        b = b.fpc2(Fpc::infer(d.num(c)).unwrap());
    }
    if let Some(l) = s.lonely {
        b = b.lonely_psu(l);
    }
    b.build().unwrap()
}

/// One estimate to compare.
#[derive(Clone)]
struct Case {
    stat: Statistic,
    var: String,
    denom: String,
    domain: String,
    missing: Missing,
    by: Option<&'static str>,
}

fn mask_of(d: &Data, domain: &str) -> Option<Vec<bool>> {
    let (col, value) = domain.split_once('=')?;
    Some(d.columns[col].iter().map(|v| v == value).collect())
}

/// The in-memory estimates (one, or one per level).
fn expected(d: &Data, design: &SurveyDesign, case: &Case) -> njov::Result<Vec<(String, Estimate)>> {
    let y = d.num(&case.var);
    let x = d.num(if case.denom.is_empty() {
        &case.var
    } else {
        &case.denom
    });
    let mask = mask_of(d, &case.domain);
    let one = |dom: njov::survey::Domain<'_>| match case.stat {
        Statistic::Ratio => dom.ratio(&y, &x),
        s => dom.estimate(s, &y, case.missing),
    };
    let all = vec![true; d.n];
    let whole = design.domain(mask.as_deref().unwrap_or(&all)).unwrap();
    Ok(match case.by {
        None => vec![(String::new(), one(whole)?)],
        Some(col) => whole
            .by(&d.text(col), one)?
            .into_iter()
            .map(|l| (l.level, l.value))
            .collect(),
    })
}

fn streamed(d: &Data, s: Spec, case: &Case, chunk: usize) -> njov::Result<Vec<(String, Estimate)>> {
    let y = d.num(&case.var);
    let x = (!case.denom.is_empty()).then(|| d.num(&case.denom));
    let w = s.weights.map(|c| d.num(c));
    let strata = s.strata.map(|c| d.text(c));
    let psu = s.psu.map(|c| d.text(c));
    let ssu = s.ssu.map(|c| d.text(c));
    let fpc = s.fpc.map(|c| d.num(c));
    let fpc2 = s.fpc2.map(|c| d.num(c));
    let mask = mask_of(d, &case.domain);
    let by = case.by.map(|c| d.text(c));
    let mut e = StreamingEstimator::new(case.stat)?
        .lonely_psu(s.lonely.unwrap_or_default())
        .missing(case.missing);
    let mut start = 0;
    while start < d.n {
        let end = (start + chunk).min(d.n);
        let r = start..end;
        e.push(&Chunk {
            y: &y[r.clone()],
            denominator: x.as_ref().map(|v| &v[r.clone()]),
            weights: w.as_ref().map(|v| &v[r.clone()]),
            strata: strata.as_ref().map(|v| &v[r.clone()]),
            psu: psu.as_ref().map(|v| &v[r.clone()]),
            ssu: ssu.as_ref().map(|v| &v[r.clone()]),
            fpc: fpc.as_ref().map(|v| &v[r.clone()]),
            fpc2: fpc2.as_ref().map(|v| &v[r.clone()]),
            domain: mask.as_ref().map(|v| &v[r.clone()]),
            by: by.as_ref().map(|v| &v[r.clone()]),
            probabilities: None,
        })?;
        start = end;
    }
    Ok(if case.by.is_some() {
        e.finish_by()?
            .into_iter()
            .map(|l| (l.level, l.value))
            .collect()
    } else {
        vec![(String::new(), e.finish()?)]
    })
}

fn rel(a: f64, b: f64) -> f64 {
    if a == b || (a.is_nan() && b.is_nan()) {
        0.0
    } else {
        (a - b).abs() / b.abs().max(1e-300)
    }
}

/// A deterministic shuffle (Fisher-Yates with a linear congruential
/// generator).
fn shuffle(n: usize, seed: u64) -> Vec<usize> {
    let mut perm: Vec<usize> = (0..n).collect();
    let mut state = seed;
    for i in (1..n).rev() {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let j = ((state >> 33) % (i as u64 + 1)) as usize;
        perm.swap(i, j);
    }
    perm
}

/// The cases of a reference file: its distinct (design, statistic,
/// variable, domain), and the same without a domain by a grouping column.
fn cases(path: &str, skip: impl Fn(&str, &str) -> bool) -> Vec<(String, String, Case)> {
    let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut lines = text.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let at = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let mut seen = BTreeSet::new();
    for line in lines {
        let f: Vec<&str> = line.split(',').collect();
        let (dataset, design) = (f[at("dataset")], f[at("design")]);
        if skip(dataset, design) {
            continue;
        }
        let form = if header.contains(&"form") {
            f[at("form")]
        } else {
            ""
        };
        if form == "subset" {
            continue;
        }
        seen.insert((
            dataset.to_string(),
            design.to_string(),
            f[at("stat")].to_string(),
            f[at("var")].to_string(),
            f[at("denom")].to_string(),
            f[at("domain")].to_string(),
            form == "na.rm",
        ));
    }
    let mut out = Vec::new();
    for (dataset, design, stat, var, denom, domain, na) in seen {
        let by = if dataset == "synthetic_njov" {
            "type"
        } else {
            "stype"
        };
        let case = Case {
            stat: stat.parse().unwrap(),
            var,
            denom,
            domain: domain.clone(),
            missing: if na {
                Missing::Exclude
            } else {
                Missing::Refuse
            },
            by: None,
        };
        if domain.is_empty() {
            out.push((
                dataset.clone(),
                design.clone(),
                Case {
                    by: Some(by),
                    ..case.clone()
                },
            ));
        }
        out.push((dataset, design, case));
    }
    out
}

#[test]
fn streaming_matches_the_in_memory_design_on_every_reference_design() {
    let mut all = cases("tests/data/survey_reference.csv", |dataset, design| {
        dataset == "mu284" || design.starts_with("twophase") || design == "phase1_agencies"
    });
    all.extend(cases("tests/data/survey_na_reference.csv", |_, _| false));
    let mut datasets: HashMap<String, Data> = HashMap::new();
    let mut worst: HashMap<&str, (f64, String)> = HashMap::new();
    let mut compared = 0usize;
    let mut errors = 0usize;
    let mut designs = BTreeSet::new();
    for (dataset, design, case) in &all {
        let d = datasets
            .entry(dataset.clone())
            .or_insert_with(|| data(dataset));
        let s = spec(dataset, design);
        designs.insert(format!("{dataset}/{design}"));
        let want = expected(d, &in_memory(d, s), case);
        let shuffled = d.permuted(&shuffle(d.n, 0x5eed ^ d.n as u64));
        for (order, rows) in [("file order", &*d), ("shuffled", &shuffled)] {
            for chunk in [1, 7, d.n] {
                let label = format!(
                    "{dataset}/{design} {} {} {} {} by {:?}, chunks of {chunk}, {order}",
                    case.stat, case.var, case.denom, case.domain, case.by
                );
                let (got, want) = match (streamed(rows, s, case, chunk), &want) {
                    (Ok(g), Ok(w)) => (g, w),
                    (Err(g), Err(w)) => {
                        // the same refusal (a level with no value, a lonely PSU)
                        assert_eq!(g.to_string(), w.to_string(), "{label}");
                        errors += 1;
                        continue;
                    }
                    (g, w) => panic!("{label}: streamed {g:?}, in memory {w:?}"),
                };
                assert_eq!(
                    got.iter().map(|g| &g.0).collect::<Vec<_>>(),
                    want.iter().map(|g| &g.0).collect::<Vec<_>>(),
                    "{label}: levels"
                );
                for ((level, g), (_, e)) in got.iter().zip(want) {
                    assert_eq!(g.n, e.n, "{label} {level}: n");
                    assert_eq!(g.statistic, e.statistic, "{label} {level}");
                    let pairs = [
                        ("estimate", g.estimate, e.estimate),
                        ("se", g.se, e.se),
                        ("df", g.df, e.df),
                        ("deff", g.deff.unwrap_or(-1.0), e.deff.unwrap_or(-1.0)),
                    ];
                    for (what, a, b) in pairs {
                        let r = rel(a, b);
                        assert!(
                            r <= TOL,
                            "{label} {level}: {what} {a:e} streamed, {b:e} in memory ({r:e})"
                        );
                        let entry = worst.entry(what).or_insert((0.0, String::new()));
                        if r > entry.0 {
                            *entry = (r, format!("{label} {level}"));
                        }
                        compared += 1;
                    }
                }
            }
        }
    }
    eprintln!(
        "{compared} comparisons, {} designs, {} cases, {errors} refused by both",
        designs.len(),
        all.len()
    );
    for (what, (r, label)) in &worst {
        eprintln!("  max relative difference in {what}: {r:.2e} ({label})");
    }
    // every reference design of both files
    assert_eq!(designs.len(), 21, "{designs:?}");
    assert!(compared > 20_000, "{compared}");
}

/// Probabilities instead of weights, PSUs nested in strata, and the same
/// refusals (a PSU in two strata, a lonely PSU) from both paths.
#[test]
fn probabilities_nesting_and_refusals_match() {
    let d = data("apistrat");
    let p: Vec<f64> = d.num("pw").iter().map(|w| 1.0 / w).collect();
    let strata = d.text("stype");
    // district numbers repeat across school types: nested
    let psu = d.text("dnum");
    let y = d.num("api00");
    let design = SurveyDesign::builder(d.n)
        .probabilities(p.clone())
        .strata(strata.clone())
        .psu(psu.clone())
        .nest(true)
        .lonely_psu(LonelyPsu::Adjust)
        .build()
        .unwrap();
    let want = design.mean(&y).unwrap();
    let mut s = StreamingEstimator::new(Statistic::Mean)
        .unwrap()
        .nest(true)
        .lonely_psu(LonelyPsu::Adjust);
    s.push(&Chunk {
        y: &y,
        probabilities: Some(&p),
        strata: Some(&strata),
        psu: Some(&psu),
        ..Chunk::default()
    })
    .unwrap();
    let got = s.finish().unwrap();
    assert!(rel(got.estimate, want.estimate) <= TOL);
    assert!(rel(got.se, want.se) <= TOL, "{} {}", got.se, want.se);
    assert_eq!(got.df, want.df);

    // not nested: a district in two school types is refused by both
    let flat = SurveyDesign::builder(d.n)
        .strata(strata.clone())
        .psu(psu.clone())
        .build()
        .unwrap_err();
    let mut s = StreamingEstimator::new(Statistic::Mean).unwrap();
    let err = s
        .push(&Chunk {
            y: &y,
            strata: Some(&strata),
            psu: Some(&psu),
            ..Chunk::default()
        })
        .unwrap_err();
    assert_eq!(
        std::mem::discriminant(flat.kind()),
        std::mem::discriminant(err.kind())
    );
    assert!(err.to_string().contains("two strata"), "{err}");
}

/// Group labels that are the same number (`1` and `1.0`) are one level, in
/// numeric order, as `SurveyDesign::by` has them; zero-weight-only levels
/// are left out.
#[test]
fn numeric_levels_merge_as_in_memory() {
    let labels = ["10", "1.0", "2", "1", "10", "2", "3", "1"];
    let y = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0];
    let w = [1.0, 2.0, 1.0, 2.0, 1.0, 2.0, 0.0, 1.0];
    let psu = ["a", "b", "c", "a", "b", "c", "d", "d"];
    let design = SurveyDesign::builder(8)
        .weights(w)
        .psu(psu)
        .build()
        .unwrap();
    let want = design.by(&labels, |d| d.mean(&y)).unwrap();
    let mut s = StreamingEstimator::new(Statistic::Mean).unwrap();
    s.push(&Chunk {
        y: &y,
        weights: Some(&w),
        psu: Some(&psu),
        by: Some(&labels),
        ..Chunk::default()
    })
    .unwrap();
    let got = s.finish_by().unwrap();
    assert_eq!(
        got.iter().map(|l| l.level.as_str()).collect::<Vec<_>>(),
        ["1.0", "2", "10"]
    );
    assert_eq!(got.len(), want.len());
    for (g, e) in got.iter().zip(&want) {
        assert_eq!(g.level, e.level);
        assert!(rel(g.value.estimate, e.value.estimate) <= TOL);
        assert!(
            rel(g.value.se, e.value.se) <= TOL,
            "{} {}",
            g.value.se,
            e.value.se
        );
        assert_eq!(g.value.df, e.value.df);
        assert_eq!(g.value.n, e.value.n);
    }
}
