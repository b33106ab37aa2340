//! The ledger: every published statement of a dataset, and every published
//! wording of its figures, judged against what the tables give.
//!
//! This works on any dataset of the statements and figures schemas; it knows
//! nothing of a particular study. Model-based confidence intervals come from
//! the caller (the estimate layer sits above this one), as a function from
//! `(part id, base id)` to an interval on the claim's scale.

use serde::Serialize;

use crate::claims::check::{Checker, Evidence};
use crate::claims::claim::{Claim, ClaimKind};
use crate::claims::pattern::ErrorPattern;
use crate::claims::period::{Date, Period};
use crate::claims::sentence::parse_claim;
use crate::claims::verdict::{Judgement, Verdict};
use crate::error::Result;
use crate::tables::Dataset;
use crate::tables::rows::{Figure, FigureValue, IsoDate, IsoPeriod, StatementKind, Unit};

/// A published statement or wording with its verdict. Serialised with the
/// keys of the `njov claims` contract: `id, source, quote, verdict,
/// computed, accepted`, plus `kind`, `stated`, `crosses_boundary`,
/// `pattern`, `reason`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LedgerEntry {
    /// The statement's or figure's id.
    pub id: String,
    /// Its source keys, joined by `; `.
    pub source: String,
    /// The short quote (for a figure, its quantity).
    pub quote: String,
    /// The wording or number it states.
    pub stated: String,
    /// The verdict.
    pub verdict: Verdict,
    /// The value computed from the tables, on the claim's scale.
    pub computed: Option<f64>,
    /// The values the wording accepts, `[lower, upper]`.
    pub accepted: Option<[f64; 2]>,
    /// What it measures.
    pub kind: ClaimKind,
    /// Whether the model-based interval of the computed value reaches
    /// across a boundary of the accepted interval.
    pub crosses_boundary: Option<bool>,
    /// A named error pattern, when one is seen.
    pub pattern: Option<ErrorPattern>,
    /// Why, in words.
    pub reason: String,
    /// The ids of the figures or derived quantities it is about (part, then
    /// base).
    pub measures: Vec<String>,
}

/// A model-based interval for a claim's computed value: given the id of the
/// part (or level) and of the base, the interval on the claim's scale
/// (percent for shares), or `None`.
pub type ModelInterval<'a> = dyn Fn(&str, Option<&str>) -> Option<(f64, f64)> + 'a;

/// The values a wording accepts on its own scale ("about 80%" gives
/// `(72, 88)`), or `None` when it cannot be read or states no amount. Open
/// and closed ends are not distinguished here.
///
/// ```
/// assert_eq!(njov::accepted_range("nearly half"), Some((45.0, 50.0)));
/// assert_eq!(njov::accepted_range("no amount here"), None);
/// ```
pub fn accepted_range(wording: &str) -> Option<(f64, f64)> {
    let statement = parse_claim(wording).ok()?.statement?;
    Some((statement.accepted.lower(), statement.accepted.upper()))
}

/// The first day of an ISO date (a month's first day for a month).
fn first_day(d: &IsoDate) -> Result<Date> {
    Date::new(d.year, d.month, d.day.unwrap_or(1))
}

/// The last day of an ISO date (a month's last day for a month).
fn last_day(d: &IsoDate) -> Result<Date> {
    let days_covered = d.last_day_number() - d.day_number() + 1;
    Date::new(d.year, d.month, d.day.unwrap_or(days_covered as u32))
}

fn period_of(p: &IsoPeriod) -> Result<Period> {
    Ok(Period::new(first_day(&p.start)?, last_day(&p.end)?))
}

/// Judges every statement, then every figure that prints a wording or a
/// percentage of published counts.
///
/// `interval(part, base)` gives a model-based interval for a share (percent)
/// or level, where the caller has one.
///
/// ```
/// let ds = njov::Dataset::latest().unwrap();
/// let ledger = njov::judge_ledger(&ds, &|_, _| None);
/// let period = ledger.iter().find(|e| e.id == "release.period").unwrap();
/// assert_eq!(period.verdict, njov::Verdict::Inconsistent);
/// ```
pub fn judge_ledger(ds: &Dataset, interval: &ModelInterval<'_>) -> Vec<LedgerEntry> {
    let mut out: Vec<LedgerEntry> = ds
        .statements()
        .iter()
        .map(|s| {
            let stated = stated_text(&s.value, s.wording.as_deref());
            let kind = match s.kind {
                StatementKind::Level => ClaimKind::Level,
                StatementKind::Share => ClaimKind::Share,
                StatementKind::Period => ClaimKind::Period,
                StatementKind::Comparison => ClaimKind::Change,
            };
            let claim = Claim {
                id: s.id.clone(),
                source: s.sources.join("; "),
                quote: s.quote.clone(),
                kind,
                measures: part_over_base(s.measures.as_deref(), s.base.as_deref()),
                stated: stated.clone(),
                precision: None,
            };
            let (evidence, ci, note) = match s.kind {
                StatementKind::Period => (
                    period_evidence(ds, s.measures.as_deref(), &s.sources),
                    None,
                    None,
                ),
                _ => evidence_for(
                    ds,
                    s.measures.as_deref(),
                    s.base.as_deref(),
                    &s.sources,
                    interval,
                ),
            };
            entry(&claim, &evidence, ci, note)
        })
        .collect();
    for f in ds.figures() {
        if let Some(claim) = figure_claim(f) {
            let (evidence, ci, note) = match f.numerator.as_deref() {
                Some(n) => evidence_for(ds, Some(n), f.base.as_deref(), &f.sources, interval),
                None => (
                    Evidence::Unpublished {
                        reason: format!("no other published figure measures '{}'", f.quantity),
                    },
                    None,
                    None,
                ),
            };
            out.push(entry(&claim, &evidence, ci, note));
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
    interval: &ModelInterval<'_>,
) -> EvidenceWithCi {
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
        .and_then(|f| match &f.value {
            FigureValue::Period(p) => period_of(p).ok(),
            _ => None,
        });
    let published = sources
        .iter()
        .filter_map(|k| ds.source(k))
        .find_map(|s| s.published.as_ref())
        .and_then(|d| first_day(d).ok());
    Evidence::Period {
        reference,
        published,
    }
}

fn entry(
    claim: &Claim,
    evidence: &Evidence,
    ci: Option<(f64, f64)>,
    note: Option<String>,
) -> LedgerEntry {
    let mut checker = Checker::new();
    if let Some((lo, hi)) = ci {
        checker = checker.ci(lo, hi);
    }
    let unverifiable = |reason: String| Judgement::unverifiable(claim.kind, reason);
    let judgement = match evidence {
        Evidence::Unpublished { reason } => unverifiable(reason.clone()),
        _ => checker
            .judge_claim(claim, evidence)
            .unwrap_or_else(|e| unverifiable(format!("the wording could not be judged: {e}"))),
    };
    let reason = match note {
        Some(n) => format!("{}; {n}", judgement.reason),
        None => judgement.reason,
    };
    LedgerEntry {
        id: claim.id.clone(),
        source: claim.source.clone(),
        quote: claim.quote.clone(),
        stated: claim.stated.clone(),
        verdict: judgement.verdict,
        computed: judgement.computed,
        accepted: judgement.accepted,
        kind: judgement.kind,
        crosses_boundary: judgement.crosses_boundary,
        pattern: judgement.pattern,
        reason,
        measures: claim
            .measures
            .split(" / ")
            .filter(|m| !m.is_empty())
            .map(str::to_string)
            .collect(),
    }
}
