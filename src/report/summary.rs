//! The summary every report opens with: each published statement with its
//! verdict in one line (what holds, what does not, what cannot be checked),
//! then the headline estimates with their intervals.

use serde::Serialize;

use crate::claims::{Scale, Verdict};
use crate::study::{
    Change, EstimateId, EstimateKind, LedgerEntry, NationalEstimate, TrendEstimate, TrendEstimates,
    ValueOrigin,
};

/// One judged statement in one line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SummaryLine {
    /// The statement's id.
    pub id: String,
    /// Its source keys.
    pub source: String,
    /// The short quote.
    pub quote: String,
    /// The number or wording it states.
    pub stated: String,
    /// The verdict.
    pub verdict: Verdict,
    /// The line: what was computed against what the wording accepts, or
    /// why it cannot be checked.
    pub line: String,
}

/// A headline estimate with its interval.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Headline {
    /// The estimate's or trend's id.
    pub id: String,
    /// What it is, in words.
    pub label: String,
    /// The estimate, formatted.
    pub estimate: String,
    /// The interval, formatted.
    pub interval: String,
    /// The confidence level.
    pub level: f64,
    /// What the interval rests on, or how it widens on the design-effect
    /// grid.
    pub note: String,
}

/// The summary of a report.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Summary {
    /// Statements that hold (reproduced or consistent).
    pub holds: Vec<SummaryLine>,
    /// Statements that do not hold (inconsistent).
    pub does_not_hold: Vec<SummaryLine>,
    /// Statements that cannot be checked from what is published.
    pub cannot_be_checked: Vec<SummaryLine>,
    /// The headline estimates with their intervals.
    pub headline: Vec<Headline>,
}

impl Summary {
    /// The three groups of statements, with their headings.
    pub fn groups(&self) -> [(&'static str, &[SummaryLine]); 3] {
        [
            ("What holds", &self.holds),
            ("What does not hold", &self.does_not_hold),
            ("What cannot be checked", &self.cannot_be_checked),
        ]
    }
}

/// A value on a judgement's scale, for reading.
pub(crate) fn on_scale(x: f64, scale: Option<Scale>) -> String {
    match scale {
        Some(Scale::Percent) => format!("{x:.1}%"),
        Some(Scale::PercentChange) => format!("{x:+.1}%"),
        Some(Scale::Ratio) => format!("ratio {x:.3}"),
        Some(Scale::Difference) => format!("{x:+.1}"),
        Some(Scale::Count) | None => {
            if x.fract() == 0.0 {
                format!("{x:.0}")
            } else {
                format!("{x:.1}")
            }
        }
    }
}

/// An interval on a judgement's scale.
fn range_on_scale(lo: f64, hi: f64, scale: Option<Scale>) -> String {
    let (a, b) = (on_scale(lo, scale), on_scale(hi, scale));
    match scale {
        Some(Scale::Ratio) => format!("{a} to {}", b.trim_start_matches("ratio ")),
        _ => format!("{a} to {b}"),
    }
}

/// A judged statement in one line.
pub(crate) fn claim_line(e: &LedgerEntry) -> String {
    let j = &e.judgement;
    let stated = format!("\"{}\"", e.claim.stated);
    let Some(c) = j.computed else {
        // Why it cannot be checked (its first reason), or, for a judged
        // period, the whole reason.
        let why = if j.verdict == Verdict::Unverifiable {
            j.reason.split("; ").next().unwrap_or(&j.reason)
        } else {
            &j.reason
        };
        return format!("{stated}: {why}");
    };
    let crosses = if j.crosses_boundary == Some(true) {
        ", which reaches across a boundary of the wording"
    } else {
        ""
    };
    // Say what the value is: only a computed value is "computed"; another
    // source's wording is the range it admits, not a number.
    let mut parts = match (e.origin, e.model_interval) {
        (Some(ValueOrigin::WordingRange), Some([lo, hi])) => vec![format!(
            "{stated}: against another source's wording, held as its range {} (not a computed value){}",
            range_on_scale(lo, hi, j.unit),
            crosses.replace("the wording", "this wording")
        )],
        (Some(ValueOrigin::Printed), _) => {
            vec![format!("{stated}: printed {}", on_scale(c, j.unit))]
        }
        _ => vec![format!("{stated}: computed {}", on_scale(c, j.unit))],
    };
    if let Some([a, b]) = j.accepted {
        let accepted = if a.is_finite() && b.is_finite() {
            range_on_scale(a, b, j.unit)
        } else if a.is_finite() {
            format!("above {}", on_scale(a, j.unit))
        } else {
            format!("below {}", on_scale(b, j.unit))
        };
        let whose = if e.origin == Some(ValueOrigin::WordingRange) {
            "this"
        } else {
            "the"
        };
        parts.push(format!("{whose} wording accepts {accepted}"));
    }
    if let Some([lo, hi]) = e.model_interval
        && e.origin != Some(ValueOrigin::WordingRange)
    {
        parts.push(format!(
            "interval {}{crosses}",
            range_on_scale(lo, hi, j.unit)
        ));
    }
    if let Some(p) = &j.pattern {
        parts.push(p.to_string());
    }
    parts.join("; ")
}

fn summary_line(e: &LedgerEntry) -> SummaryLine {
    SummaryLine {
        id: e.claim.id.clone(),
        source: e.claim.source.clone(),
        quote: e.claim.quote.clone(),
        stated: e.claim.stated.clone(),
        verdict: e.judgement.verdict,
        line: claim_line(e),
    }
}

/// A number of a national estimate, for reading.
fn est_number(x: f64, e: &NationalEstimate) -> String {
    if e.kind == EstimateKind::Share {
        format!("{x:.1}%")
    } else {
        format!("{x:.0}")
    }
}

fn national_headline(e: &NationalEstimate) -> Headline {
    let estimate = match (e.estimate, e.range) {
        (Some(x), _) => est_number(x, e),
        (None, Some([a, b])) => format!("{} to {}", est_number(a, e), est_number(b, e)),
        (None, None) => "-".into(),
    };
    let widest = e.grid.last().map(|g| {
        format!(
            "{} to {} at design effect {}",
            est_number(g.lower, e),
            est_number(g.upper, e),
            g.deff
        )
    });
    Headline {
        id: e.id.to_string(),
        label: e.label.clone(),
        estimate,
        interval: format!("{} to {}", est_number(e.lower, e), est_number(e.upper, e)),
        level: e.level,
        note: [
            widest,
            e.assumed_base.then(|| "assumed interview base".to_string()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("; "),
    }
}

/// How a trend's change reads: `+172.0% (ratio 2.720)` or points.
pub(crate) fn trend_headline(t: &TrendEstimate) -> Headline {
    let widest = t.grid.last();
    let (estimate, interval, note) = match &t.change {
        Change::Count(c) => (
            format!(
                "{:+.1}% (ratio {:.3}, {:+.0})",
                c.percent_change.estimate, c.ratio.estimate, c.difference.estimate
            ),
            format!(
                "{:+.1}% to {:+.1}%",
                c.percent_change.lower, c.percent_change.upper
            ),
            widest.map(|g| {
                let (_, lo, hi) = g.change.headline();
                format!("{lo:+.1}% to {hi:+.1}% at design effect {}", g.deff)
            }),
        ),
        Change::Share(s) => (
            format!(
                "{} -> {}: {}",
                t.from.printed,
                t.to.printed,
                match s.estimate {
                    Some(x) => format!("{x:+.1} points"),
                    None => format!("{:+.1} to {:+.1} points", s.wording[0], s.wording[1]),
                }
            ),
            format!("{:+.1} to {:+.1} points", s.lower, s.upper),
            widest.map(|g| {
                let (_, lo, hi) = g.change.headline();
                format!("{lo:+.1} to {hi:+.1} points at design effect {}", g.deff)
            }),
        ),
    };
    let verdict = if t.change.direction() == crate::study::trend::Direction::Undetermined {
        "not larger than its interval"
    } else {
        "larger than its interval"
    };
    Headline {
        id: t.id.clone(),
        label: t.title(),
        estimate,
        interval,
        level: t.level,
        note: [Some(verdict.to_string()), note]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// The summary of a ledger, national estimates and trends: the statements
/// by verdict; the headline estimates are the national total, then the
/// estimate of each share a statement is about, then every trend.
pub(crate) fn summarise(
    claims: &[LedgerEntry],
    estimates: &[NationalEstimate],
    trends: Option<&TrendEstimates>,
) -> Summary {
    let mut s = Summary::default();
    for e in claims {
        let line = summary_line(e);
        match e.judgement.verdict {
            Verdict::Reproduced | Verdict::Consistent => s.holds.push(line),
            Verdict::Inconsistent => s.does_not_hold.push(line),
            Verdict::Unverifiable => s.cannot_be_checked.push(line),
        }
    }
    let mut ids: Vec<EstimateId> = estimates
        .iter()
        .filter(|e| e.kind == EstimateKind::Total)
        .take(1)
        .map(|e| e.id.clone())
        .collect();
    for e in claims {
        if let Some(part) = e.measures().first() {
            let share = estimates
                .iter()
                .find(|x| x.kind == EstimateKind::Share && x.figure == *part);
            if let Some(x) = share
                && !ids.contains(&x.id)
            {
                ids.push(x.id.clone());
            }
        }
    }
    for id in ids {
        if let Some(e) = estimates.iter().find(|e| e.id == id) {
            s.headline.push(national_headline(e));
        }
    }
    if let Some(t) = trends {
        s.headline.extend(t.trends.iter().map(trend_headline));
    }
    s
}
