//! Verdicts on claims and the evidence each verdict shows.

use crate::claims::pattern::ErrorPattern;
use crate::claims::scale::Scale;
use crate::claims::sentence::AmountRole;
use crate::data::ClaimKind;
use serde::Serialize;

/// The verdict on a claim.
///
/// ```
/// use njov::Verdict;
/// assert_eq!(serde_json::to_string(&Verdict::Reproduced).unwrap(), "\"reproduced\"");
/// assert_eq!(Verdict::Unverifiable.to_string(), "unverifiable");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// The computed value equals the stated one at the printed precision
    /// (and lies inside the accepted interval).
    Reproduced,
    /// The computed value lies inside the accepted interval, but does not
    /// equal the stated value at its printed precision (or there is no
    /// single stated value, as for "more than 2,500" or "most").
    Consistent,
    /// The computed value lies outside the accepted interval, or the
    /// statement is corrupted.
    Inconsistent,
    /// The statement cannot be checked from what is published; the
    /// judgement's `reason` says why.
    Unverifiable,
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Verdict::Reproduced => "reproduced",
            Verdict::Consistent => "consistent",
            Verdict::Inconsistent => "inconsistent",
            Verdict::Unverifiable => "unverifiable",
        })
    }
}

/// A verdict with its evidence. Serialised with the keys of the `njov
/// check` JSON contract: `verdict`, `computed`, `accepted` (a two-element
/// array or null), `kind`, plus `unit`, `crosses_boundary`, `pattern`,
/// `reason`, `wording` (the words of the main claim) and `amounts` (every
/// amount of the sentence, each judged on its own).
///
/// ```
/// use njov::{Evidence, Verdict, claims::check};
/// let j = check("Nearly 40% of arrested offenders", &Evidence::Share { part: 390.0, whole: 1000.0 }).unwrap();
/// assert_eq!(j.verdict, Verdict::Consistent);
/// let json = serde_json::to_value(&j).unwrap();
/// assert_eq!(json["verdict"], "consistent");
/// assert_eq!(json["amounts"][0]["wording"], "Nearly 40%");
/// assert_eq!(json["kind"], "share");
/// assert_eq!(json["accepted"][1], 40.0);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Judgement {
    /// The verdict.
    pub verdict: Verdict,
    /// The value computed from the evidence, on the claim's scale (`unit`).
    pub computed: Option<f64>,
    /// The accepted interval's ends (whether each end is open is stated in
    /// `reason`). A bound with no far end ('more than 2,500') has an
    /// infinite end, written `null` in JSON.
    pub accepted: Option<[f64; 2]>,
    /// What the claim measures.
    pub kind: ClaimKind,
    /// The scale of `computed` and `accepted`.
    pub unit: Option<Scale>,
    /// Whether the supplied model-based confidence interval for the
    /// computed value reaches across a finite end of the accepted interval,
    /// so that the verdict could change within it (a statcheck-like decision
    /// flag). `None` when no interval was supplied or nothing was computed.
    pub crosses_boundary: Option<bool>,
    /// A known error pattern, when one is seen.
    pub pattern: Option<ErrorPattern>,
    /// Why, in words.
    pub reason: String,
    /// The words of the main claim, when it has any.
    pub wording: Option<String>,
    /// Every amount of the sentence, each with its own verdict: the
    /// evidence speaks to the main claim and, where it can, to the others
    /// (the base of a share, the two levels of a change); an amount it
    /// says nothing about is `unverifiable`. Empty when the sentence states
    /// no amount.
    pub amounts: Vec<AmountJudgement>,
}

impl Judgement {
    /// An unverifiable judgement with its reason.
    pub(crate) fn unverifiable(kind: ClaimKind, reason: impl Into<String>) -> Judgement {
        Judgement {
            verdict: Verdict::Unverifiable,
            computed: None,
            accepted: None,
            kind,
            unit: None,
            crosses_boundary: None,
            pattern: None,
            reason: reason.into(),
            wording: None,
            amounts: Vec::new(),
        }
    }
}

/// One amount of a sentence, judged: the entry of [`Judgement::amounts`].
///
/// ```
/// use njov::{Evidence, Verdict, claims::{check, AmountRole}};
/// let j = check("Arrests rose from 2,577 to 7,010, an increase of 4,433",
///               &Evidence::Change { from: 2577.0, to: 7010.0 }).unwrap();
/// assert_eq!(j.verdict, Verdict::Reproduced);
/// assert_eq!(j.amounts.len(), 3);
/// assert_eq!(j.amounts[0].role, AmountRole::From);
/// assert_eq!(j.amounts[0].verdict, Verdict::Reproduced);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AmountJudgement {
    /// The words read.
    pub wording: String,
    /// What the amount is in its sentence.
    pub role: AmountRole,
    /// What it measures.
    pub kind: ClaimKind,
    /// The scale of `stated`, `computed` and `accepted`.
    pub unit: Scale,
    /// The value stated, when it states one.
    pub stated: Option<f64>,
    /// The verdict.
    pub verdict: Verdict,
    /// The value computed from the evidence for this amount.
    pub computed: Option<f64>,
    /// The values the wording accepts.
    pub accepted: [f64; 2],
    /// Why, in words.
    pub reason: String,
}
