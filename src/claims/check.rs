//! Judging a claim against evidence.

use crate::claims::accepted::AcceptedInterval;
use crate::claims::accepted::short;
use crate::claims::claim::Claim;
use crate::claims::pattern::{ErrorPattern, grim_percent_possible};
use crate::claims::quantifier::QuantifierKind;
use crate::claims::quantifier::QuantifierTable;
use crate::claims::scale::Scale;
use crate::claims::sentence::{
    AmountRole, ParsedClaim, StatedAmount, check_length, parse_claim_with, read_sentence,
    unreadable,
};
use crate::claims::verdict::{AmountJudgement, Judgement, Verdict};
use crate::data::ClaimKind;
use crate::data::{Date, Period};
use crate::error::{Error, Result};

/// What a claim is judged against.
///
/// Values are on the claim's scale: a share's `Value` is in percent, a
/// percentage change's in percent, a ratio's a ratio, a level's a count.
///
/// ```
/// use njov::Evidence;
/// let e = Evidence::Share { part: 250.0, whole: 1000.0 };
/// assert!(matches!(e, Evidence::Share { .. }));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum Evidence {
    /// A share `100 * part / whole`.
    Share {
        /// The part.
        part: f64,
        /// The whole (the base).
        whole: f64,
    },
    /// The value itself, on the claim's scale.
    Value(f64),
    /// A change from `from` to `to`: `100 * (to - from) / from` for a
    /// percentage change, `to / from` for a ratio, `to - from` for a
    /// difference.
    Change {
        /// The earlier value.
        from: f64,
        /// The later value.
        to: f64,
    },
    /// What a period is judged against: the reference period and the
    /// publication date, as far as they are known.
    Period {
        /// The reference period the statement should name.
        reference: Option<Period>,
        /// The date the statement was published.
        published: Option<Date>,
    },
    /// Nothing to compute from; the reason (such as "no base published")
    /// becomes the verdict's reason.
    Unpublished {
        /// Why the claim cannot be checked.
        reason: String,
    },
}

/// Judges claims: the quantifier table, and what else is known about the
/// figure (a model-based confidence interval, an unweighted base, other
/// bases the share might have been taken of).
///
/// ```
/// use njov::{Checker, Evidence, Verdict};
/// let checker = Checker::new()
///     .ci(36.2, 41.3)
///     .alternative_base("possessors", 800.0);
/// let j = checker.check("Nearly 40%", &Evidence::Share { part: 390.0, whole: 1000.0 }).unwrap();
/// assert_eq!(j.verdict, Verdict::Consistent);
/// assert_eq!(j.crosses_boundary, Some(true)); // 40 lies inside [36.2, 41.3]
/// ```
#[derive(Debug, Clone)]
pub struct Checker {
    table: std::sync::Arc<QuantifierTable>,
    ci: Option<(f64, f64)>,
    unweighted_n: Option<u64>,
    bases: Vec<(String, f64)>,
    evidence_decimals: Option<i32>,
}

impl Default for Checker {
    fn default() -> Checker {
        Checker::new()
    }
}

/// Judges a claim sentence against evidence with the default table.
///
/// A sentence with no readable claim, or only a vague one, is judged
/// `unverifiable` with the reason (what [`parse_claim`](crate::claims::parse_claim)
/// reports as a parse error); it is not an error.
///
/// # Errors
/// `ErrorKind::InvalidArgument` only for wrong arguments: evidence that is
/// not finite, a whole that is not positive, a part below zero or above its
/// whole; evidence that fits no amount of the sentence (a change for a
/// sentence that states only shares, a period for one that names none); a
/// `from` of zero for a percentage change or ratio; a text of more than
/// [`MAX_CLAIM_CHARS`](crate::claims::MAX_CLAIM_CHARS) characters.
///
/// ```
/// use njov::{Evidence, Verdict, claims::check};
/// let j = check("A quarter of the arrests", &Evidence::Share { part: 250.0, whole: 1000.0 }).unwrap();
/// assert_eq!(j.verdict, Verdict::Reproduced);
/// let j = check("nearly a gazillion arrests", &Evidence::Value(3.0)).unwrap();
/// assert_eq!(j.verdict, Verdict::Unverifiable);
/// assert!(check("Nearly 40%", &Evidence::Share { part: 3.0, whole: 2.0 }).is_err());
/// ```
pub fn check(text: &str, evidence: &Evidence) -> Result<Judgement> {
    Checker::new().check(text, evidence)
}

fn finite(name: &str, v: f64) -> Result<f64> {
    if v.is_finite() {
        Ok(v)
    } else {
        Err(Error::invalid_argument(name, v, "a finite number"))
    }
}

impl Checker {
    /// A checker with the default quantifier table and nothing else known.
    ///
    /// ```
    /// let j = njov::Checker::new().check("most", &njov::Evidence::Value(80.0)).unwrap();
    /// assert_eq!(j.verdict, njov::Verdict::Consistent);
    /// ```
    pub fn new() -> Checker {
        Checker {
            table: QuantifierTable::shared_default(),
            ci: None,
            unweighted_n: None,
            bases: Vec::new(),
            evidence_decimals: None,
        }
    }

    /// A checker with another quantifier table.
    ///
    /// ```
    /// use njov::{Checker, claims::QuantifierTable};
    /// let c = Checker::with_table(QuantifierTable::default_table());
    /// assert!(c.parse("about half").is_ok());
    /// ```
    pub fn with_table(table: QuantifierTable) -> Checker {
        Checker {
            table: std::sync::Arc::new(table),
            ci: None,
            unweighted_n: None,
            bases: Vec::new(),
            evidence_decimals: None,
        }
    }

    /// A model-based confidence interval for the computed value, on the
    /// claim's scale; sets `crosses_boundary`.
    ///
    /// ```
    /// use njov::{Checker, Evidence};
    /// let j = Checker::new().ci(24.0, 26.0)
    ///     .check("a quarter", &Evidence::Share { part: 250.0, whole: 1000.0 }).unwrap();
    /// assert_eq!(j.crosses_boundary, Some(false));
    /// ```
    pub fn ci(mut self, lower: f64, upper: f64) -> Checker {
        self.ci = Some((lower, upper));
        self
    }

    /// The unweighted count the printed percentage was taken of: enables
    /// the GRIM check ([`ErrorPattern::ImpossiblePercentage`]).
    ///
    /// ```
    /// use njov::{Checker, Evidence, Verdict, claims::ErrorPattern};
    /// let j = Checker::new().unweighted_n(20).check("37.5%", &Evidence::Value(37.5)).unwrap();
    /// assert_eq!(j.verdict, Verdict::Inconsistent);
    /// assert!(matches!(j.pattern, Some(ErrorPattern::ImpossiblePercentage { n: 20, .. })));
    /// ```
    pub fn unweighted_n(mut self, n: u64) -> Checker {
        self.unweighted_n = Some(n);
        self
    }

    /// Another base the share might have been taken of: enables
    /// [`ErrorPattern::WrongBase`].
    ///
    /// ```
    /// use njov::{Checker, Evidence, claims::ErrorPattern};
    /// let j = Checker::new().alternative_base("subgroup", 1000.0)
    ///     .check("40% of cases", &Evidence::Share { part: 400.0, whole: 2000.0 }).unwrap();
    /// assert!(matches!(j.pattern, Some(ErrorPattern::WrongBase { .. })));
    /// ```
    pub fn alternative_base(mut self, label: impl Into<String>, whole: f64) -> Checker {
        self.bases.push((label.into(), whole));
        self
    }

    /// The evidence value is itself a printed figure, rounded to these
    /// decimals: a wording that misses the printed value but reaches into
    /// the values that round to it cannot be told apart from it, and is
    /// `unverifiable` rather than `inconsistent` ("5.5%" against a printed
    /// 5, which admits [4.5, 5.5]). Applies to [`Evidence::Value`].
    ///
    /// ```
    /// use njov::{Checker, Evidence, Verdict};
    /// let j = Checker::new().evidence_decimals(0)
    ///     .check("Violence was used in 5.5% of episodes", &Evidence::Value(5.0)).unwrap();
    /// assert_eq!(j.verdict, Verdict::Unverifiable);
    /// let j = Checker::new().evidence_decimals(0)
    ///     .check("Violence was used in 7% of episodes", &Evidence::Value(5.0)).unwrap();
    /// assert_eq!(j.verdict, Verdict::Inconsistent);
    /// ```
    pub fn evidence_decimals(mut self, decimals: i32) -> Checker {
        self.evidence_decimals = Some(decimals);
        self
    }

    /// Reads a sentence with this checker's table.
    ///
    /// # Errors
    /// As [`parse_claim`](crate::claims::parse_claim).
    ///
    /// ```
    /// let p = njov::Checker::new().parse("more than a third").unwrap();
    /// assert_eq!(p.kind, njov::data::ClaimKind::Share);
    /// ```
    pub fn parse(&self, text: &str) -> Result<ParsedClaim> {
        parse_claim_with(text, &self.table)
    }

    /// Reads and judges a sentence. A sentence with no readable claim, or
    /// only a vague one (`many`, `a significant share`), is
    /// `unverifiable`, with the reason.
    ///
    /// # Errors
    /// As [`check`].
    ///
    /// ```
    /// use njov::{Checker, Evidence, Verdict};
    /// let j = Checker::new().check("a 381 percent increase", &Evidence::Change { from: 100.0, to: 481.0 }).unwrap();
    /// assert_eq!(j.verdict, Verdict::Reproduced);
    /// let j = Checker::new().check("Many arrests involved undercover officers", &Evidence::Value(25.0)).unwrap();
    /// assert_eq!(j.verdict, Verdict::Unverifiable);
    /// assert!(j.reason.contains("many"));
    /// ```
    pub fn check(&self, text: &str, evidence: &Evidence) -> Result<Judgement> {
        validate(evidence)?;
        check_length(text)?;
        self.judge(&read_sentence(text, &self.table), evidence)
    }

    /// Judges a ledger claim: its `stated` wording is read and judged; its
    /// kind must be the kind the wording reads as. A wording that cannot be
    /// read is `unverifiable`, with the reason.
    ///
    /// # Errors
    /// As [`check`], and `ErrorKind::InvalidArgument` when the claim's
    /// kind or precision disagrees with its wording.
    ///
    /// ```
    /// use njov::{Checker, Evidence, Verdict, claims::Claim, data::ClaimKind};
    /// let claim = Claim {
    ///     id: "total".into(), source: "press".into(),
    ///     quote: "more than 2,500 estimated arrests".into(), kind: ClaimKind::Level,
    ///     measures: "all arrests".into(), stated: "more than 2,500".into(), precision: Some(0),
    /// };
    /// let j = Checker::new().judge_claim(&claim, &Evidence::Value(2600.0)).unwrap();
    /// assert_eq!(j.verdict, Verdict::Consistent);
    /// ```
    pub fn judge_claim(&self, claim: &Claim, evidence: &Evidence) -> Result<Judgement> {
        validate(evidence)?;
        check_length(&claim.stated)?;
        let parsed = read_sentence(&claim.stated, &self.table);
        if parsed.amounts.is_empty() && parsed.period.is_none() {
            return self.judge(&parsed, evidence);
        }
        let read_kind = if claim.kind == ClaimKind::Period && parsed.period.is_some() {
            ClaimKind::Period
        } else {
            parsed.kind
        };
        if read_kind != claim.kind {
            return Err(Error::invalid_argument(
                "claim.kind",
                claim.kind.as_str(),
                format!(
                    "the kind its wording '{}' reads as ({})",
                    claim.stated,
                    read_kind.as_str()
                ),
            ));
        }
        if let (Some(d), Some(s)) = (claim.precision, parsed.statement.as_ref())
            && s.decimals.is_some_and(|read| read != d)
        {
            return Err(Error::invalid_argument(
                "claim.precision",
                d,
                format!("the decimals its wording '{}' prints", claim.stated),
            ));
        }
        if claim.kind == ClaimKind::Period {
            let only_period = ParsedClaim {
                statement: None,
                amounts: Vec::new(),
                kind: ClaimKind::Period,
                ..parsed
            };
            return self.judge(&only_period, evidence);
        }
        self.judge(&parsed, evidence)
    }

    /// Judges a sentence already read. The evidence guides the reading:
    /// with a share, the claim is the first amount that can be a share; with
    /// a change, the first change (or, when the sentence states the change
    /// only by its levels, `from A to B`, the two levels); with a value, the
    /// first claimed amount. Every other amount is judged where the
    /// evidence speaks to it and reported in `amounts`.
    ///
    /// # Errors
    /// As [`check`].
    ///
    /// ```
    /// use njov::{Checker, Evidence, Verdict, claims::parse_period, data::Date};
    /// let checker = Checker::new();
    /// let parsed = checker.parse("from July 1, 2030, through June 30, 2030").unwrap();
    /// let reference = parse_period("January 1, 2010, through December 31, 2010").unwrap();
    /// let e = Evidence::Period { reference: Some(reference), published: Date::new(2015, 3, 15).ok() };
    /// assert_eq!(checker.judge(&parsed, &e).unwrap().verdict, Verdict::Inconsistent);
    /// ```
    pub fn judge(&self, parsed: &ParsedClaim, evidence: &Evidence) -> Result<Judgement> {
        validate(evidence)?;
        let evidence_kind = match evidence {
            Evidence::Share { .. } => ClaimKind::Share,
            Evidence::Change { .. } => ClaimKind::Change,
            Evidence::Period { .. } => ClaimKind::Period,
            _ => ClaimKind::Level,
        };
        if parsed.amounts.is_empty() && parsed.period.is_none() {
            let reason = match unreadable(parsed).into_kind() {
                crate::error::ErrorKind::Parse { part, message, .. } if !part.is_empty() => {
                    format!("nothing to judge in '{part}': {message}")
                }
                crate::error::ErrorKind::Parse { message, .. } => message,
                other => other.to_string(),
            };
            let kind = parsed.vague.first().map_or(evidence_kind, |v| v.kind);
            return Ok(Judgement::unverifiable(kind, reason));
        }
        match evidence {
            Evidence::Period {
                reference,
                published,
            } => {
                let Some(period) = &parsed.period else {
                    return Err(Error::invalid_argument(
                        "evidence",
                        "a period",
                        format!("a number for '{}', which names no period", parsed.text),
                    ));
                };
                let mut j = judge_period(
                    period,
                    parsed.period_alternative.as_ref(),
                    parsed.period_convention.as_deref(),
                    reference.as_ref(),
                    *published,
                );
                j.amounts = parsed
                    .amounts
                    .iter()
                    .map(|a| judge_one(a, Err("the evidence is a period".into())))
                    .collect();
                Ok(j)
            }
            Evidence::Unpublished { reason } => {
                let Some(main) = parsed.statement.as_ref() else {
                    return Ok(Judgement::unverifiable(ClaimKind::Period, reason.clone()));
                };
                let amounts = parsed
                    .amounts
                    .iter()
                    .map(|a| judge_one(a, Err(reason.clone())))
                    .collect();
                self.judge_main(main, evidence, Err(reason.clone()), amounts)
            }
            Evidence::Value(v) => {
                let Some(main) = parsed.statement.as_ref() else {
                    return Err(Error::invalid_argument(
                        "evidence",
                        "a number",
                        format!(
                            "Evidence::Period for '{}', which states only a period",
                            parsed.text
                        ),
                    ));
                };
                let amounts = parsed
                    .amounts
                    .iter()
                    .map(|a| {
                        if std::ptr::eq(a, main) || a == main {
                            judge_one(a, Ok(*v))
                        } else {
                            judge_one(
                                a,
                                Err("the evidence is a value for the main claim only".into()),
                            )
                        }
                    })
                    .collect();
                let j = self.judge_main(main, evidence, Ok(*v), amounts)?;
                Ok(self.within_printed_evidence(main, *v, j))
            }
            Evidence::Share { part, whole } => {
                let share = 100.0 * part / whole;
                let main = [AmountRole::Claim, AmountRole::To, AmountRole::From]
                    .iter()
                    .find_map(|r| {
                        parsed
                            .amounts
                            .iter()
                            .find(|a| a.role == *r && a.unit == Scale::Percent)
                    });
                let Some(main) = main else {
                    return Err(self.mismatch(parsed, "a share"));
                };
                let amounts = parsed
                    .amounts
                    .iter()
                    .map(|a| {
                        let c = if a == main {
                            Ok(share)
                        } else if a.unit == Scale::Count && a.role == AmountRole::Base {
                            Ok(*whole)
                        } else if a.unit == Scale::Count && a.role == AmountRole::Claim {
                            Ok(*part)
                        } else {
                            Err("the evidence is a share for the main claim only".into())
                        };
                        judge_one(a, c)
                    })
                    .collect();
                let j = self.judge_main(main, evidence, Ok(share), amounts)?;
                Ok(with_stated(j, &[AmountRole::Base]))
            }
            Evidence::Change { from, to } => {
                let (from, to) = (*from, *to);
                let change_of = |a: &StatedAmount| -> std::result::Result<f64, String> {
                    match a.unit {
                        Scale::PercentChange | Scale::Ratio if from == 0.0 => {
                            Err("the change starts from zero".into())
                        }
                        Scale::PercentChange => Ok(100.0 * (to - from) / from),
                        Scale::Ratio => Ok(to / from),
                        _ => Ok(to - from),
                    }
                };
                let is_change = |a: &StatedAmount| {
                    a.role == AmountRole::Claim
                        && matches!(
                            a.unit,
                            Scale::PercentChange | Scale::Ratio | Scale::Difference
                        )
                };
                let amounts: Vec<AmountJudgement> = parsed
                    .amounts
                    .iter()
                    .map(|a| {
                        let c = match a.role {
                            AmountRole::From => Ok(from),
                            AmountRole::To => Ok(to),
                            _ if is_change(a) => change_of(a),
                            _ => {
                                Err("the evidence is a change, which this amount does not state"
                                    .into())
                            }
                        };
                        judge_one(a, c)
                    })
                    .collect();
                if let Some(main) = parsed.amounts.iter().find(|a| is_change(a)) {
                    if from == 0.0 && main.unit != Scale::Difference {
                        return Err(Error::invalid_argument("from", from, "a non-zero start"));
                    }
                    let j = self.judge_main(main, evidence, change_of(main), amounts)?;
                    return Ok(with_stated(j, &[AmountRole::From, AmountRole::To]));
                }
                let levels: Vec<usize> = parsed
                    .amounts
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| matches!(a.role, AmountRole::From | AmountRole::To))
                    .map(|(i, _)| i)
                    .collect();
                if levels.is_empty() {
                    return Err(self.mismatch(parsed, "a change"));
                }
                Ok(self.judge_levels(parsed, &levels, from, to, amounts))
            }
        }
    }

    /// An inconsistent judgement against a printed value, when the wording
    /// reaches into the values that round to it: unverifiable.
    fn within_printed_evidence(&self, main: &StatedAmount, v: f64, mut j: Judgement) -> Judgement {
        let Some(d) = self.evidence_decimals else {
            return j;
        };
        let half = 0.5 * 10f64.powi(-d);
        let (lo, hi) = (v - half, v + half);
        // A percentage no count of the unweighted base gives is wrong
        // whatever the evidence rounds.
        let impossible = matches!(j.pattern, Some(ErrorPattern::ImpossiblePercentage { .. }));
        if j.verdict != Verdict::Inconsistent || impossible || !main.accepted.overlaps(lo, hi) {
            return j;
        }
        j.verdict = Verdict::Unverifiable;
        j.pattern = None;
        j.reason = format!(
            "{}; but the evidence is printed as {} and admits [{}, {}], part of which the wording accepts, so the two cannot be told apart",
            j.reason,
            short(v),
            short(lo),
            short(hi)
        );
        if let Some(first) = j.amounts.iter_mut().find(|a| a.wording == main.wording) {
            first.verdict = j.verdict;
            first.reason.clone_from(&j.reason);
        }
        j
    }

    fn mismatch(&self, parsed: &ParsedClaim, what: &str) -> Error {
        match &parsed.statement {
            Some(s) => Error::invalid_argument(
                "evidence",
                what,
                format!(
                    "evidence that fits a {} claim ('{}')",
                    unit_name(s.unit),
                    s.wording
                ),
            ),
            None => Error::invalid_argument(
                "evidence",
                what,
                format!("a period for '{}', which states only a period", parsed.text),
            ),
        }
    }

    /// The main judgement of a change stated by its levels (`from A to B`):
    /// the worse of the two levels' verdicts (and of the direction the
    /// sentence names), the computed difference `to - from`, and the
    /// differences the two wordings together accept.
    fn judge_levels(
        &self,
        parsed: &ParsedClaim,
        levels: &[usize],
        from: f64,
        to: f64,
        amounts: Vec<AmountJudgement>,
    ) -> Judgement {
        let find = |role: AmountRole| {
            levels
                .iter()
                .copied()
                .find(|&i| parsed.amounts[i].role == role)
        };
        let (f, t) = (find(AmountRole::From), find(AmountRole::To));
        let mut verdict = Verdict::Reproduced;
        let mut reasons = Vec::new();
        for i in [f, t].into_iter().flatten() {
            let a = &amounts[i];
            verdict = worse(verdict, a.verdict);
            reasons.push(format!(
                "{} level: {}",
                if a.role == AmountRole::From {
                    "start"
                } else {
                    "end"
                },
                a.reason
            ));
        }
        match parsed.direction {
            Some(QuantifierKind::Increase) if to <= from => {
                verdict = Verdict::Inconsistent;
                reasons.push(format!(
                    "the sentence states a rise, but {} to {} is not one",
                    short(from),
                    short(to)
                ));
            }
            Some(QuantifierKind::Decrease) if to >= from => {
                verdict = Verdict::Inconsistent;
                reasons.push(format!(
                    "the sentence states a fall, but {} to {} is not one",
                    short(from),
                    short(to)
                ));
            }
            _ => {}
        }
        let (computed, accepted, unit, wording) = match (f, t) {
            (Some(f), Some(t)) => {
                let (a, b) = (&parsed.amounts[f], &parsed.amounts[t]);
                let wording = parsed
                    .text
                    .get(a.span[0].min(b.span[0])..a.span[1].max(b.span[1]))
                    .unwrap_or(&a.wording)
                    .to_string();
                (
                    to - from,
                    [
                        b.accepted.lower() - a.accepted.upper(),
                        b.accepted.upper() - a.accepted.lower(),
                    ],
                    Scale::Difference,
                    wording,
                )
            }
            (None, Some(i)) | (Some(i), None) => {
                let a = &parsed.amounts[i];
                let value = if a.role == AmountRole::From { from } else { to };
                (value, a.accepted.ends(), a.unit, a.wording.clone())
            }
            (None, None) => (to - from, [f64::NAN; 2], Scale::Difference, String::new()),
        };
        let crosses_boundary = self.ci.and_then(|(lo, hi)| {
            AcceptedInterval::closed(accepted[0], accepted[1])
                .ok()
                .map(|i| i.straddled_by(lo, hi))
        });
        Judgement {
            verdict,
            computed: Some(computed),
            accepted: Some(accepted),
            kind: ClaimKind::Change,
            unit: Some(unit),
            crosses_boundary,
            pattern: None,
            reason: reasons.join("; "),
            wording: Some(wording),
            amounts,
        }
    }

    /// The judgement of the main amount: verdict, confidence interval flag,
    /// error patterns, GRIM.
    fn judge_main(
        &self,
        s: &StatedAmount,
        evidence: &Evidence,
        computed: std::result::Result<f64, String>,
        amounts: Vec<AmountJudgement>,
    ) -> Result<Judgement> {
        let one = judge_one(s, computed.clone());
        let mut judgement = Judgement {
            verdict: one.verdict,
            computed: one.computed,
            accepted: Some(s.accepted.ends()),
            kind: s.kind,
            unit: Some(s.unit),
            crosses_boundary: None,
            pattern: None,
            reason: one.reason,
            wording: Some(s.wording.clone()),
            amounts,
        };
        if let Ok(c) = computed {
            if judgement.verdict == Verdict::Inconsistent {
                judgement.pattern = self.explain(s, evidence, c);
            }
            if let Some((lo, hi)) = self.ci {
                let (lo, hi) = (finite("ci lower", lo)?, finite("ci upper", hi)?);
                if lo > hi {
                    return Err(Error::invalid_argument(
                        "ci",
                        format!("[{lo}, {hi}]"),
                        "lower end at most the upper end",
                    ));
                }
                judgement.crosses_boundary = Some(s.accepted.straddled_by(lo, hi));
            }
        }
        // GRIM: a bare printed percentage of an unweighted count.
        if let (Some(n), Some(printed), Scale::Percent, None) = (
            self.unweighted_n,
            s.printed.as_ref(),
            s.unit,
            s.quantifier.as_ref(),
        ) && !grim_percent_possible(printed, n)
        {
            judgement.verdict = Verdict::Inconsistent;
            let pattern = ErrorPattern::ImpossiblePercentage {
                printed: printed.value(),
                decimals: printed.decimals(),
                n,
            };
            judgement.reason = format!("{}; {}", judgement.reason, pattern)
                .trim_start_matches("; ")
                .to_string();
            judgement.pattern.get_or_insert(pattern);
        }
        if let Some(p) = &judgement.pattern
            && !judgement.reason.contains(&p.to_string())
        {
            judgement.reason = format!("{}; {}", judgement.reason, p);
        }
        if let Some(first) = judgement
            .amounts
            .iter_mut()
            .find(|a| a.wording == s.wording)
        {
            first.verdict = judgement.verdict;
            first.reason.clone_from(&judgement.reason);
        }
        Ok(judgement)
    }

    /// The error pattern that explains an inconsistency, if one does.
    fn explain(&self, s: &StatedAmount, evidence: &Evidence, _c: f64) -> Option<ErrorPattern> {
        match (evidence, s.unit) {
            (Evidence::Change { from, to }, Scale::PercentChange) if *from != 0.0 => {
                let ratio = to / from;
                // A bound with no far end ('up more than 200%') holds any
                // large ratio: the ratio fits only where the bound would not
                // understate it.
                // (Or a bare whole percent that cuts the ratio's digits off
                // rather than rounding them: `up 258%` for 2417/935 =
                // 2.58503.)
                let truncated = s.quantifier.is_none()
                    && s.stated
                        .is_some_and(|v| v.fract() == 0.0 && (100.0 * ratio).floor() == v);
                let fits = (s.accepted.contains(100.0 * ratio)
                    && s.understatement(100.0 * ratio).is_none())
                    || s.exact.is_some_and(|e| e.contains(100.0 * ratio))
                    || truncated;
                (fits && s.stated.is_some_and(|v| v > 0.0)).then(|| {
                    ErrorPattern::RatioAsPercentIncrease {
                        ratio,
                        stated_percent: s.stated.unwrap_or(0.0),
                    }
                })
            }
            (Evidence::Share { part, .. }, Scale::Percent) => {
                self.bases.iter().find_map(|(label, whole)| {
                    let c = 100.0 * part / whole;
                    (*whole > 0.0 && s.accepted.contains(c)).then(|| ErrorPattern::WrongBase {
                        base: label.clone(),
                        whole: *whole,
                        computed: c,
                    })
                })
            }
            _ => None,
        }
    }
}

/// A claim judged with the other amounts its sentence states in these
/// roles: the levels of a change ("rose by 4,433, from 2,577 to 7,010"),
/// the base of a share ("644 of the 2,577 arrests"). Every one is judged,
/// and the sentence's verdict is the worst of the claim's and theirs, with
/// the reason of each that lowered it: a wrong level or base is never
/// hidden behind a right change or share.
fn with_stated(mut j: Judgement, roles: &[AmountRole]) -> Judgement {
    let mut reasons = Vec::new();
    let mut verdict = j.verdict;
    for a in &j.amounts {
        if !roles.contains(&a.role) {
            continue;
        }
        if worse(j.verdict, a.verdict) != j.verdict {
            let which = match a.role {
                AmountRole::From => "start level",
                AmountRole::To => "end level",
                _ => "base",
            };
            reasons.push(format!("{which}: {}", a.reason));
        }
        verdict = worse(verdict, a.verdict);
    }
    if !reasons.is_empty() {
        j.verdict = verdict;
        j.reason = format!("{}; {}", j.reason, reasons.join("; "));
    }
    j
}

/// The worse of two verdicts: inconsistent, unverifiable, consistent,
/// reproduced, from worst.
fn worse(a: Verdict, b: Verdict) -> Verdict {
    let rank = |v: Verdict| match v {
        Verdict::Inconsistent => 0,
        Verdict::Unverifiable => 1,
        Verdict::Consistent => 2,
        Verdict::Reproduced => 3,
    };
    if rank(b) < rank(a) { b } else { a }
}

/// One amount against the value computed for it (or why there is none).
fn judge_one(s: &StatedAmount, computed: std::result::Result<f64, String>) -> AmountJudgement {
    let (verdict, computed, reason) = match computed {
        Err(reason) => (Verdict::Unverifiable, None, reason),
        Ok(c) if !c.is_finite() => (
            Verdict::Unverifiable,
            None,
            "the value computed from the evidence is not finite".to_string(),
        ),
        Ok(c) => {
            // Equal at the printed precision, for a wording that states the
            // value as an estimate: 'more than 2,500' and 'less than 20%'
            // state bounds, which a value can lie within but not equal.
            let estimate = s.stated.is_none_or(|x| s.accepted.contains(x));
            let exact = estimate && s.exact.is_some_and(|e| e.contains(c));
            if s.accepted.contains(c) {
                if exact {
                    (
                        Verdict::Reproduced,
                        Some(c),
                        format!(
                            "{} equals {} at the printed precision; {}",
                            short(c),
                            s.stated_text(),
                            s.describe()
                        ),
                    )
                } else {
                    let note = s
                        .understatement(c)
                        .map_or_else(String::new, |n| format!("; {n}"));
                    (
                        Verdict::Consistent,
                        Some(c),
                        format!("{} lies inside: {}{note}", short(c), s.describe()),
                    )
                }
            } else {
                (
                    Verdict::Inconsistent,
                    Some(c),
                    format!("{} lies outside: {}", short(c), s.describe()),
                )
            }
        }
    };
    AmountJudgement {
        wording: s.wording.clone(),
        role: s.role,
        kind: s.kind,
        unit: s.unit,
        stated: s.stated,
        verdict,
        computed,
        accepted: s.accepted.ends(),
        reason,
    }
}

/// Checks the evidence itself: finite numbers, a positive whole, a part
/// between zero and its whole.
fn validate(evidence: &Evidence) -> Result<()> {
    match evidence {
        Evidence::Share { part, whole } => {
            let (part, whole) = (finite("part", *part)?, finite("whole", *whole)?);
            if whole <= 0.0 || part < 0.0 || part > whole {
                return Err(Error::invalid_argument(
                    "share",
                    format!("{part} of {whole}"),
                    "a part from zero to its whole, of a positive whole",
                ));
            }
        }
        Evidence::Value(v) => {
            finite("value", *v)?;
        }
        Evidence::Change { from, to } => {
            finite("from", *from)?;
            finite("to", *to)?;
        }
        Evidence::Period { .. } | Evidence::Unpublished { .. } => {}
    }
    Ok(())
}

fn unit_name(unit: Scale) -> &'static str {
    match unit {
        Scale::Percent => "share",
        Scale::Count => "level",
        Scale::PercentChange => "percentage-change",
        Scale::Ratio => "ratio",
        Scale::Difference => "difference",
    }
}

fn judge_period(
    period: &Period,
    alternative: Option<&Period>,
    convention: Option<&str>,
    reference: Option<&Period>,
    published: Option<Date>,
) -> Judgement {
    let problems = period.problems(published, reference);
    let note = convention.map_or_else(String::new, |c| format!(" ({c})"));
    let alternative_fits =
        alternative.filter(|a| reference.is_some() && a.problems(published, reference).is_empty());
    let (verdict, reason, pattern) = if let Some(alt) =
        alternative_fits.filter(|_| !problems.is_empty())
    {
        (
            Verdict::Consistent,
            format!(
                "the period {alt} is the reference period under the other reading of its wording{note}"
            ),
            None,
        )
    } else if !problems.is_empty() {
        let pattern = ErrorPattern::CorruptedPeriod { problems };
        (
            Verdict::Inconsistent,
            format!("the period {period}: {pattern}{note}"),
            Some(pattern),
        )
    } else if reference.is_some() && convention.is_some() {
        (
            Verdict::Consistent,
            format!("the period {period} is the reference period under the reading chosen{note}"),
            None,
        )
    } else if reference.is_some() {
        (
            Verdict::Reproduced,
            format!("the period {period} is the reference period"),
            None,
        )
    } else {
        (
            Verdict::Unverifiable,
            format!("the period {period} is well formed, but no reference period was given{note}"),
            None,
        )
    };
    Judgement {
        verdict,
        computed: None,
        accepted: None,
        kind: ClaimKind::Period,
        unit: None,
        crosses_boundary: None,
        pattern,
        reason,
        wording: None,
        amounts: Vec::new(),
    }
}
