//! The claim corpus: sentences as news items, press releases and papers
//! write them, each with its evidence, the verdict a careful reader gives and
//! the arithmetic behind it (`tests/data/claims/*.toml`, format in
//! `tests/data/claims/README.md`). Every case is judged; the run prints the
//! counts by family and verdict and fails on any mismatch.

use std::collections::BTreeMap;
use std::path::Path;

use njov::claims::{Checker, parse_date, parse_period};
use njov::{Evidence, Judgement, Verdict};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CorpusFile {
    version: String,
    family: String,
    description: String,
    #[serde(rename = "case")]
    cases: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    text: String,
    evidence: EvidenceSpec,
    verdict: String,
    arithmetic: String,
    kind: Option<String>,
    accepted: Option<[f64; 2]>,
    computed: Option<f64>,
    wording: Option<String>,
    amounts: Option<Vec<String>>,
    /// Words the judgement's reason must contain.
    reason: Option<String>,
    source: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EvidenceSpec {
    part: Option<f64>,
    whole: Option<f64>,
    value: Option<f64>,
    from: Option<f64>,
    to: Option<f64>,
    reference: Option<String>,
    published: Option<String>,
    unpublished: Option<String>,
    /// The decimals the evidence value is printed at, when it is itself a
    /// rounded figure (see `Checker::evidence_decimals`).
    decimals: Option<i32>,
}

impl EvidenceSpec {
    fn evidence(&self) -> Evidence {
        match self {
            EvidenceSpec {
                part: Some(part),
                whole: Some(whole),
                ..
            } => Evidence::Share {
                part: *part,
                whole: *whole,
            },
            EvidenceSpec { value: Some(v), .. } => Evidence::Value(*v),
            EvidenceSpec {
                from: Some(from),
                to: Some(to),
                ..
            } => Evidence::Change {
                from: *from,
                to: *to,
            },
            EvidenceSpec {
                unpublished: Some(reason),
                ..
            } => Evidence::Unpublished {
                reason: reason.clone(),
            },
            EvidenceSpec {
                reference,
                published,
                ..
            } if reference.is_some() || published.is_some() => Evidence::Period {
                reference: reference
                    .as_deref()
                    .map(|r| parse_period(r).expect("reference period")),
                published: published
                    .as_deref()
                    .map(|p| parse_date(p).expect("publication date")),
            },
            other => panic!("evidence {other:?} is none of the forms"),
        }
    }
}

fn verdict_name(v: Verdict) -> String {
    v.to_string()
}

fn close(a: f64, b: f64) -> bool {
    // `inf` in a case is an end the wording leaves open ('more than 2,500').
    a == b || (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

/// Every mismatch between a case and its judgement, in words.
fn mismatches(case: &Case, j: &Judgement) -> Vec<String> {
    let mut out = Vec::new();
    if verdict_name(j.verdict) != case.verdict {
        out.push(format!("verdict {} (expected {})", j.verdict, case.verdict));
    }
    if let Some(kind) = &case.kind {
        let got = serde_json::to_value(j.kind).unwrap();
        if got.as_str() != Some(kind.as_str()) {
            out.push(format!("kind {got} (expected {kind})"));
        }
    }
    if let Some([lo, hi]) = case.accepted {
        match j.accepted {
            Some([a, b]) if close(a, lo) && close(b, hi) => {}
            other => out.push(format!("accepted {other:?} (expected [{lo}, {hi}])")),
        }
    }
    if let Some(c) = case.computed {
        match j.computed {
            Some(x) if close(x, c) => {}
            other => out.push(format!("computed {other:?} (expected {c})")),
        }
    }
    if let Some(w) = &case.wording
        && j.wording.as_deref() != Some(w.as_str())
    {
        out.push(format!("wording {:?} (expected {w:?})", j.wording));
    }
    if let Some(words) = &case.reason
        && !j.reason.contains(words.as_str())
    {
        out.push(format!(
            "reason {:?} (expected it to say {words:?})",
            j.reason
        ));
    }
    if let Some(amounts) = &case.amounts {
        let got: Vec<String> = j
            .amounts
            .iter()
            .map(|a| {
                format!(
                    "{}:{}",
                    serde_json::to_value(a.role).unwrap().as_str().unwrap(),
                    a.verdict
                )
            })
            .collect();
        if &got != amounts {
            out.push(format!("amounts {got:?} (expected {amounts:?})"));
        }
    }
    out
}

fn corpus() -> Vec<CorpusFile> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/claims");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            let file: CorpusFile =
                toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            assert_eq!(
                p.file_stem().unwrap().to_str().unwrap(),
                file.family,
                "{}: the file is named after its family",
                p.display()
            );
            file
        })
        .collect()
}

#[test]
fn the_corpus_is_judged_as_a_careful_reader_would() {
    let files = corpus();
    let verdicts = ["reproduced", "consistent", "inconsistent", "unverifiable"];
    let mut counts: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut total = 0;
    for file in &files {
        assert_eq!(file.version, "1.1.0", "{}", file.family);
        assert!(!file.description.is_empty(), "{}", file.family);
        for (i, case) in file.cases.iter().enumerate() {
            total += 1;
            assert!(
                verdicts.contains(&case.verdict.as_str()),
                "{} #{}: unknown verdict {}",
                file.family,
                i + 1,
                case.verdict
            );
            assert!(
                case.arithmetic.trim().len() > 10,
                "{} #{}: every case states its arithmetic",
                file.family,
                i + 1
            );
            let _ = &case.source;
            *counts
                .entry(file.family.clone())
                .or_default()
                .entry(case.verdict.clone())
                .or_default() += 1;
            let checker = match case.evidence.decimals {
                Some(d) => Checker::new().evidence_decimals(d),
                None => Checker::new(),
            };
            match checker.check(&case.text, &case.evidence.evidence()) {
                Ok(j) => {
                    let m = mismatches(case, &j);
                    if !m.is_empty() {
                        failures.push(format!(
                            "{} #{}: {:?}\n    {}\n    reason: {}",
                            file.family,
                            i + 1,
                            case.text,
                            m.join("; "),
                            j.reason
                        ));
                    }
                }
                Err(e) => failures.push(format!(
                    "{} #{}: {:?}\n    error: {e}",
                    file.family,
                    i + 1,
                    case.text
                )),
            }
        }
    }
    // The counts by family and verdict.
    println!(
        "{:<22}{:>11}{:>11}{:>13}{:>13}{:>7}",
        "family", "reproduced", "consistent", "inconsistent", "unverifiable", "total"
    );
    let mut column_totals = [0usize; 4];
    for (family, by_verdict) in &counts {
        let row: Vec<usize> = verdicts
            .iter()
            .map(|v| by_verdict.get(*v).copied().unwrap_or(0))
            .collect();
        for (t, r) in column_totals.iter_mut().zip(&row) {
            *t += r;
        }
        println!(
            "{family:<22}{:>11}{:>11}{:>13}{:>13}{:>7}",
            row[0],
            row[1],
            row[2],
            row[3],
            row.iter().sum::<usize>()
        );
    }
    println!(
        "{:<22}{:>11}{:>11}{:>13}{:>13}{:>7}",
        "all", column_totals[0], column_totals[1], column_totals[2], column_totals[3], total
    );
    assert!(
        failures.is_empty(),
        "{} of {total} cases judged otherwise:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(total >= 300, "the corpus has {total} cases, fewer than 300");
    for (family, by_verdict) in &counts {
        let n: usize = by_verdict.values().sum();
        assert!(n >= 15, "{family} has {n} cases, fewer than 15");
    }
}

#[test]
fn the_families_of_issue_ten_are_all_there() {
    let families: Vec<String> = corpus().into_iter().map(|f| f.family).collect();
    for f in [
        "x_in_y",
        "multiplicative",
        "words_between",
        "from_to",
        "wrong_number",
        "periods",
        "vague",
        "approximators",
        "plain_percent",
        "counts",
        "hedged",
        "fraction_words",
        "percentage_points",
        "falls",
    ] {
        assert!(families.iter().any(|x| x == f), "no {f} family");
    }
}
