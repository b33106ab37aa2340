//! The ledger: every published statement of a dataset, and every published
//! wording of its figures, judged against what the tables give.
//!
//! The national estimates reach the ledger as data: the interval of the
//! figure a statement is about (its share, or its level) decides whether
//! the model-based interval reaches across the boundary of what the
//! statement's wording accepts. So do the trend estimates of a dataset with
//! waves: a statement about change (kind `change`, the later figure in
//! `measures`, the earlier in `base`) is judged against the change between
//! the two figures, with the trend's interval on the scale its wording
//! states (a percentage change, a ratio, a difference) as its model
//! interval; a statement that compares two definitions is not judged.

use serde::{Serialize, Serializer};

use crate::claims::{
    Checker, Claim, ClaimKind, ErrorPattern, Evidence, Judgement, Scale, Verdict, accepted_range,
};
use crate::data::{Dataset, Figure, FigureValue, Statement, Unit};
use crate::error::ErrorKind;
use crate::study::national::{EstimateOptions, NationalEstimates};
use crate::study::origin::{EvidenceNote, ValueOrigin};
use crate::study::wave_trends::{
    Change, TrendEstimate, TrendEstimates, has_waves, trend_between, trend_estimates,
};

/// A published statement or wording: the claim, and its judgement.
/// Serialised with the keys of the `njov claims` contract: `id, source,
/// quote, verdict, computed, accepted`, plus `stated`, `kind`,
/// `crosses_boundary`, `pattern`, `reason`, `measures` (the ids it is
/// about, part then base) and `model_interval` (the model-based interval
/// of the computed value, on its scale, when there is one).
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
    /// The interval of the computed value, on the judgement's scale
    /// (`judgement.unit`): a national estimate's interval, the interval of
    /// a trend between two waves, or the range that the wording of the
    /// evidence (another source's figure) admits.
    pub model_interval: Option<[f64; 2]>,
    /// What `judgement.computed` is: computed, printed, or the end of a
    /// wording's range; `None` when nothing was judged.
    pub origin: Option<ValueOrigin>,
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
            model_interval: Option<[f64; 2]>,
            origin: Option<ValueOrigin>,
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
            model_interval: self.model_interval,
            origin: self.origin,
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
/// reaches across a boundary of what the wording accepts. For a dataset
/// with waves, the statements about change get the trend estimates under
/// each wave's design model ([`trend_estimates`] at the default options);
/// [`judge_ledger_with_trends`] takes trends computed with other options.
///
/// ```
/// let ds = njov::Dataset::latest().unwrap();
/// let ledger = njov::study::judge_ledger(&ds, None);
/// let period = ledger.iter().find(|e| e.claim.id == "release.period").unwrap();
/// assert_eq!(period.judgement.verdict, njov::Verdict::Inconsistent);
/// ```
pub fn judge_ledger(ds: &Dataset, estimates: Option<&NationalEstimates>) -> Vec<LedgerEntry> {
    let trends = has_waves(ds)
        .then(|| trend_estimates(ds, &EstimateOptions::default()).ok())
        .flatten();
    judge_ledger_with_trends(ds, estimates, trends.as_ref())
}

/// As [`judge_ledger`], with the trend estimates given (`None`: statements
/// about change are judged without a model interval).
///
/// ```
/// use njov::study::{EstimateOptions, judge_ledger_with_trends, trend_estimates};
/// let ds = njov::Dataset::load("njov_trends", Some("1.1.0")).unwrap();
/// let opts = EstimateOptions { deff: Some(3.0), ..EstimateOptions::default() };
/// let trends = trend_estimates(&ds, &opts).unwrap();
/// let ledger = judge_ledger_with_trends(&ds, None, Some(&trends));
/// let e = ledger.iter().find(|e| e.claim.id == "slides.total_272").unwrap();
/// assert_eq!(e.judgement.verdict, njov::Verdict::Inconsistent);
/// let [lo, hi] = e.model_interval.unwrap();
/// assert!(lo < 172.0 && 172.0 < hi && hi < 272.0);
/// ```
pub fn judge_ledger_with_trends(
    ds: &Dataset,
    estimates: Option<&NationalEstimates>,
    trends: Option<&TrendEstimates>,
) -> Vec<LedgerEntry> {
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
                ClaimKind::Change => change_evidence(ds, s, &stated, trends),
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

/// The evidence for a statement about change: the change from its `base`
/// (the earlier figure) to its `measures` (the later), with the trend's
/// interval on the scale its wording states.
fn change_evidence(
    ds: &Dataset,
    s: &Statement,
    stated: &str,
    trends: Option<&TrendEstimates>,
) -> EvidenceWithCi {
    let (Some(to_id), Some(from_id)) = (s.measures.as_deref(), s.base.as_deref()) else {
        return evidence_for(
            ds,
            s.measures.as_deref(),
            s.base.as_deref(),
            &s.sources,
            None,
        );
    };
    let label = |id: &str| ds.label(id).unwrap_or(id).to_string();
    let (Some(from), Some(to)) = (ds.value(from_id), ds.value(to_id)) else {
        let missing = if ds.value(from_id).is_none() {
            from_id
        } else {
            to_id
        };
        return unpublished(format!("'{}' has no published number", label(missing)));
    };
    let evidence = Evidence::Change { from, to };
    let Some(trends) = trends else {
        return (evidence, None, None);
    };
    let trend: Option<TrendEstimate> = match trends.get(from_id, to_id) {
        Some(t) => Some(t.clone()),
        None => {
            let options = EstimateOptions {
                level: trends.level,
                deff: trends.deff,
                ..EstimateOptions::default()
            };
            match trend_between(ds, from_id, to_id, &options) {
                Ok(t) => Some(t),
                // Two definitions, or one wave with itself: no change to judge.
                Err(e) if matches!(e.kind(), ErrorKind::InvalidArgument { .. }) => {
                    return unpublished(format!("no change to judge: {e}"));
                }
                Err(_) => None,
            }
        }
    };
    let Some(t) = trend else {
        return (evidence, None, None);
    };
    let scale = Checker::new()
        .parse(stated)
        .ok()
        .and_then(|p| p.statement)
        .map(|st| st.unit);
    let ci = match (&t.change, scale) {
        (Change::Count(c), Some(Scale::PercentChange)) => {
            Some((c.percent_change.lower, c.percent_change.upper))
        }
        (Change::Count(c), Some(Scale::Ratio)) => Some((c.ratio.lower, c.ratio.upper)),
        (Change::Count(c), Some(Scale::Difference)) => {
            Some((c.difference.lower, c.difference.upper))
        }
        (Change::Share(c), Some(Scale::Difference | Scale::Percent)) => Some((c.lower, c.upper)),
        _ => None,
    };
    // A ratio with three decimals, a percentage or a difference with one.
    let decimals = if scale == Some(Scale::Ratio) { 3 } else { 1 };
    let note = ci.map(|(lo, hi)| {
        EvidenceNote::Model(format!(
            "{:.0}% model interval of the change {lo:.decimals$} to {hi:.decimals$} ({}; assumed: {})",
            100.0 * t.level,
            match t.deff {
                Some(d) => format!("design effect {d}"),
                None => "each wave's design model".to_string(),
            },
            t.assumed.join(", ")
        ))
    });
    (evidence, ci, note)
}

fn unpublished(reason: String) -> EvidenceWithCi {
    (Evidence::Unpublished { reason }, None, None)
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

pub(crate) type EvidenceWithCi = (Evidence, Option<(f64, f64)>, Option<EvidenceNote>);

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
                        Some(w) => EvidenceNote::Wording(format!(
                            "the evidence is itself a wording, \"{w}\" ({})",
                            others.join("; ")
                        )),
                        None => EvidenceNote::PrintedBy(format!(
                            "against '{}' as printed by {}",
                            label(m),
                            others.join("; ")
                        )),
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
    note: Option<EvidenceNote>,
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
    if let Some(n) = &note {
        judgement.reason = format!("{}; {n}", judgement.reason);
    }
    let origin = judgement.computed.and(match (evidence, &note) {
        (Evidence::Value(_), Some(EvidenceNote::Wording(_))) => Some(ValueOrigin::WordingRange),
        (Evidence::Value(_), _) => Some(ValueOrigin::Printed),
        _ => Some(ValueOrigin::Computed),
    });
    let model_interval = ci
        .filter(|_| judgement.computed.is_some())
        .map(|(lo, hi)| [lo, hi]);
    LedgerEntry {
        claim,
        judgement,
        model_interval,
        origin,
    }
}
