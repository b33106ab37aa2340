//! The ledger: every published statement of a dataset, and every published
//! wording of its figures, judged against what the tables give.
//!
//! The national estimates reach the ledger as data: the interval of the
//! figure a statement is about (its share, or its level) decides whether
//! the model-based interval reaches across the boundary of what the
//! statement's wording accepts.

use serde::{Serialize, Serializer};

use crate::claims::{
    Checker, Claim, ClaimKind, ErrorPattern, Evidence, Judgement, Verdict, accepted_range,
};
use crate::data::{Dataset, Figure, FigureValue, Unit};
use crate::study::national::NationalEstimates;

/// A published statement or wording: the claim, and its judgement.
/// Serialised with the keys of the `njov claims` contract: `id, source,
/// quote, verdict, computed, accepted`, plus `stated`, `kind`,
/// `crosses_boundary`, `pattern`, `reason` and `measures` (the ids it is
/// about, part then base).
///
/// ```
/// let ds = njov::Dataset::latest().unwrap();
/// let ledger = njov::study::judge_ledger(&ds, None);
/// let json = serde_json::to_value(&ledger[0]).unwrap();
/// for key in ["id", "source", "quote", "verdict", "computed", "accepted"] {
///     assert!(json.get(key).is_some(), "{key}");
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerEntry {
    /// The statement or figure, as a claim.
    pub claim: Claim,
    /// Its judgement.
    pub judgement: Judgement,
}

impl LedgerEntry {
    /// The ids of the figures or derived quantities the claim is about
    /// (part, then base).
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// let ledger = njov::study::judge_ledger(&ds, None);
    /// let e = ledger.iter().find(|e| e.claim.id == "release.identified_victims").unwrap();
    /// assert_eq!(e.measures(), ["arrests.identified_victims", "arrests.total"]);
    /// ```
    pub fn measures(&self) -> Vec<&str> {
        self.claim
            .measures
            .split(" / ")
            .filter(|m| !m.is_empty())
            .collect()
    }
}

impl Serialize for LedgerEntry {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Out<'a> {
            id: &'a str,
            source: &'a str,
            quote: &'a str,
            stated: &'a str,
            verdict: Verdict,
            computed: Option<f64>,
            accepted: Option<[f64; 2]>,
            kind: ClaimKind,
            crosses_boundary: Option<bool>,
            pattern: Option<&'a ErrorPattern>,
            reason: &'a str,
            measures: Vec<&'a str>,
        }
        let (c, j) = (&self.claim, &self.judgement);
        Out {
            id: &c.id,
            source: &c.source,
            quote: &c.quote,
            stated: &c.stated,
            verdict: j.verdict,
            computed: j.computed,
            accepted: j.accepted,
            kind: j.kind,
            crosses_boundary: j.crosses_boundary,
            pattern: j.pattern.as_ref(),
            reason: &j.reason,
            measures: self.measures(),
        }
        .serialize(s)
    }
}

/// The model-based interval of a part (with a base: its share, in percent)
/// or level (without), from the national estimates.
fn model_interval(
    estimates: Option<&NationalEstimates>,
    part: &str,
    base: Option<&str>,
) -> Option<(f64, f64)> {
    let id = match base {
        Some(_) => format!("share:{part}"),
        None => format!("total:{part}"),
    };
    estimates?.get(&id).map(|e| (e.lower, e.upper))
}

/// Judges every statement, then every figure that prints a wording or a
/// percentage of published counts.
///
/// With the national `estimates`, a claim about a figure that has one gets
/// its model-based interval, and so the flag of whether that interval
/// reaches across a boundary of what the wording accepts.
///
/// ```
/// let ds = njov::Dataset::latest().unwrap();
/// let ledger = njov::study::judge_ledger(&ds, None);
/// let period = ledger.iter().find(|e| e.claim.id == "release.period").unwrap();
/// assert_eq!(period.judgement.verdict, njov::Verdict::Inconsistent);
/// ```
pub fn judge_ledger(ds: &Dataset, estimates: Option<&NationalEstimates>) -> Vec<LedgerEntry> {
    let mut out: Vec<LedgerEntry> = ds
        .statements()
        .iter()
        .map(|s| {
            let stated = stated_text(&s.value, s.wording.as_deref());
            let claim = Claim {
                id: s.id.clone(),
                source: s.sources.join("; "),
                quote: s.quote.clone(),
                kind: s.kind,
                measures: part_over_base(s.measures.as_deref(), s.base.as_deref()),
                stated: stated.clone(),
                precision: None,
            };
            let (evidence, ci, note) = match s.kind {
                ClaimKind::Period => (
                    period_evidence(ds, s.measures.as_deref(), &s.sources),
                    None,
                    None,
                ),
                _ => evidence_for(
                    ds,
                    s.measures.as_deref(),
                    s.base.as_deref(),
                    &s.sources,
                    estimates,
                ),
            };
            entry(claim, &evidence, ci, note)
        })
        .collect();
    for f in ds.figures() {
        if let Some(claim) = figure_claim(f) {
            let (evidence, ci, note) = match f.numerator.as_deref() {
                Some(n) => evidence_for(ds, Some(n), f.base.as_deref(), &f.sources, estimates),
                None => (
                    Evidence::Unpublished {
                        reason: format!("no other published figure measures '{}'", f.quantity),
                    },
                    None,
                    None,
                ),
            };
            out.push(entry(claim, &evidence, ci, note));
        }
    }
    out
}

/// `part / base` for a claim's `measures`, with whichever of the two exists.
fn part_over_base(part: Option<&str>, base: Option<&str>) -> String {
    [part, base]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" / ")
}

fn stated_text(value: &FigureValue, wording: Option<&str>) -> String {
    wording
        .map(str::to_string)
        .or_else(|| value.printed())
        .unwrap_or_default()
}

/// A figure as a claim: when it prints words, or a percentage of counts.
fn figure_claim(f: &Figure) -> Option<Claim> {
    let percent_of_counts = f.unit == Unit::Percent && f.numerator.is_some();
    if f.wording.is_none() && !percent_of_counts {
        return None;
    }
    let stated = match (&f.wording, &f.value) {
        (Some(w), _) => w.clone(),
        (None, FigureValue::Number(p)) => format!("{p}%"),
        _ => return None,
    };
    if f.unit == Unit::Text || f.unit == Unit::Period {
        return None;
    }
    let kind = if f.unit == Unit::Percent {
        ClaimKind::Share
    } else {
        ClaimKind::Level
    };
    Some(Claim {
        id: f.id.clone(),
        source: f.sources.join("; "),
        quote: f.quantity.clone(),
        kind,
        measures: part_over_base(f.numerator.as_deref(), f.base.as_deref()),
        stated,
        precision: None,
    })
}

pub(crate) type EvidenceWithCi = (Evidence, Option<(f64, f64)>, Option<String>);

/// The evidence for a share or level: counts from the tables, or another
/// source's figure; unpublished otherwise.
pub(crate) fn evidence_for(
    ds: &Dataset,
    measures: Option<&str>,
    base: Option<&str>,
    own_sources: &[String],
    estimates: Option<&NationalEstimates>,
) -> EvidenceWithCi {
    let interval = |part: &str, base: Option<&str>| model_interval(estimates, part, base);
    let label = |id: &str| ds.label(id).unwrap_or(id).to_string();
    let Some(m) = measures else {
        return (
            Evidence::Unpublished {
                reason: "no published figure measures this".into(),
            },
            None,
            None,
        );
    };
    let figure = ds.figure(m);
    let is_count = figure.is_none_or(|f| f.unit.is_count());
    if is_count {
        match (ds.value(m), base.and_then(|b| ds.value(b))) {
            (Some(part), Some(whole)) if whole > 0.0 => {
                return (Evidence::Share { part, whole }, interval(m, base), None);
            }
            (Some(x), None) if base.is_none() => {
                return (Evidence::Value(x), interval(m, None), None);
            }
            _ => {}
        }
    }
    // A figure of another source, possibly itself in words.
    match figure {
        Some(f) => {
            let others: Vec<&str> = f
                .sources
                .iter()
                .filter(|k| !own_sources.contains(k))
                .map(String::as_str)
                .collect();
            match (f.value.number(), others.is_empty()) {
                (Some(x), false) => {
                    let wording_interval = f.wording.as_deref().and_then(accepted_range);
                    let note = Some(match f.wording.as_deref() {
                        Some(w) => format!(
                            "the evidence is itself a wording, \"{w}\" ({})",
                            others.join("; ")
                        ),
                        None => {
                            format!("against '{}' as printed by {}", label(m), others.join("; "))
                        }
                    });
                    let ci = wording_interval.or_else(|| interval(m, base));
                    (Evidence::Value(x), ci, note)
                }
                (_, true) => (
                    Evidence::Unpublished {
                        reason: format!(
                            "'{}' is printed only by the statement's own source",
                            label(m)
                        ),
                    },
                    None,
                    None,
                ),
                (None, false) => (
                    Evidence::Unpublished {
                        reason: format!("'{}' has no published number", label(m)),
                    },
                    None,
                    None,
                ),
            }
        }
        None => (
            Evidence::Unpublished {
                reason: format!("'{}' has no published base", label(m)),
            },
            None,
            None,
        ),
    }
}

pub(crate) fn period_evidence(
    ds: &Dataset,
    measures: Option<&str>,
    sources: &[String],
) -> Evidence {
    let reference = measures
        .and_then(|m| ds.figure(m))
        .and_then(|f| f.value.period().copied());
    let published = sources
        .iter()
        .filter_map(|k| ds.source(k))
        .find_map(|s| s.published);
    Evidence::Period {
        reference,
        published,
    }
}

fn entry(
    claim: Claim,
    evidence: &Evidence,
    ci: Option<(f64, f64)>,
    note: Option<String>,
) -> LedgerEntry {
    let mut checker = Checker::new();
    if let Some((lo, hi)) = ci {
        checker = checker.ci(lo, hi);
    }
    let mut judgement = match evidence {
        Evidence::Unpublished { reason } => Judgement::unverifiable(claim.kind, reason.clone()),
        _ => checker.judge_claim(&claim, evidence).unwrap_or_else(|e| {
            Judgement::unverifiable(claim.kind, format!("the wording could not be judged: {e}"))
        }),
    };
    if let Some(n) = note {
        judgement.reason = format!("{}; {n}", judgement.reason);
    }
    LedgerEntry { claim, judgement }
}
