//! Judging a claim against evidence.

use crate::claims::accepted::short;
use crate::claims::claim::{Claim, Scale};
use crate::claims::pattern::{ErrorPattern, grim_percent_possible};
use crate::claims::quantifier::QuantifierTable;
use crate::claims::sentence::{ParsedClaim, StatedAmount, parse_claim_with};
use crate::claims::verdict::{Judgement, Verdict};
use crate::data::{ClaimKind, Date, Period};
use crate::error::{Error, Result};

/// What a claim is judged against.
///
/// Values are on the claim's scale: a share's `Value` is in percent, a
/// percentage change's in percent, a ratio's a ratio, a level's a count.
///
/// ```
/// use njov::claims::Evidence;
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
/// use njov::claims::{Checker, Evidence, Verdict};
/// let checker = Checker::new()
///     .ci(36.2, 41.3)
///     .alternative_base("possessors", 800.0);
/// let j = checker.check("Nearly 40%", &Evidence::Share { part: 390.0, whole: 1000.0 }).unwrap();
/// assert_eq!(j.verdict, Verdict::Consistent);
/// assert_eq!(j.crosses_boundary, Some(true)); // 40 lies inside [36.2, 41.3]
/// ```
#[derive(Debug, Clone)]
pub struct Checker {
    table: QuantifierTable,
    ci: Option<(f64, f64)>,
    unweighted_n: Option<u64>,
    bases: Vec<(String, f64)>,
}

impl Default for Checker {
    fn default() -> Checker {
        Checker::new()
    }
}

/// Judges a claim sentence against evidence with the default table.
///
/// # Errors
/// `ErrorKind::Parse` when the sentence cannot be read (see
/// [`parse_claim`](crate::claims::parse_claim)); `ErrorKind::InvalidArgument` when
/// the evidence does not fit the claim (a change for a share, a period for
/// a number) or is not finite, a whole is not positive, a `from` is zero.
///
/// ```
/// use njov::claims::{check, Evidence, Verdict};
/// let j = check("A quarter of the arrests", &Evidence::Share { part: 250.0, whole: 1000.0 }).unwrap();
/// assert_eq!(j.verdict, Verdict::Reproduced);
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
    /// let j = njov::claims::Checker::new().check("most", &njov::claims::Evidence::Value(80.0)).unwrap();
    /// assert_eq!(j.verdict, njov::claims::Verdict::Consistent);
    /// ```
    pub fn new() -> Checker {
        Checker::with_table(QuantifierTable::default_table())
    }

    /// A checker with another quantifier table.
    ///
    /// ```
    /// use njov::claims::{Checker, QuantifierTable};
    /// let c = Checker::with_table(QuantifierTable::default_table());
    /// assert!(c.parse("about half").is_ok());
    /// ```
    pub fn with_table(table: QuantifierTable) -> Checker {
        Checker {
            table,
            ci: None,
            unweighted_n: None,
            bases: Vec::new(),
        }
    }

    /// A model-based confidence interval for the computed value, on the
    /// claim's scale; sets `crosses_boundary`.
    ///
    /// ```
    /// use njov::claims::{Checker, Evidence};
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
    /// use njov::claims::{Checker, ErrorPattern, Evidence, Verdict};
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
    /// use njov::claims::{Checker, ErrorPattern, Evidence};
    /// let j = Checker::new().alternative_base("subgroup", 1000.0)
    ///     .check("40% of cases", &Evidence::Share { part: 400.0, whole: 2000.0 }).unwrap();
    /// assert!(matches!(j.pattern, Some(ErrorPattern::WrongBase { .. })));
    /// ```
    pub fn alternative_base(mut self, label: impl Into<String>, whole: f64) -> Checker {
        self.bases.push((label.into(), whole));
        self
    }

    /// Reads a sentence with this checker's table.
    ///
    /// # Errors
    /// As [`parse_claim`](crate::claims::parse_claim).
    ///
    /// ```
    /// let p = njov::claims::Checker::new().parse("more than a third").unwrap();
    /// assert_eq!(p.kind, njov::claims::ClaimKind::Share);
    /// ```
    pub fn parse(&self, text: &str) -> Result<ParsedClaim> {
        parse_claim_with(text, &self.table)
    }

    /// Reads and judges a sentence.
    ///
    /// # Errors
    /// As [`check`].
    ///
    /// ```
    /// use njov::claims::{Checker, Evidence, Verdict};
    /// let j = Checker::new().check("a 381 percent increase", &Evidence::Change { from: 100.0, to: 481.0 }).unwrap();
    /// assert_eq!(j.verdict, Verdict::Reproduced);
    /// ```
    pub fn check(&self, text: &str, evidence: &Evidence) -> Result<Judgement> {
        self.judge(&self.parse(text)?, evidence)
    }

    /// Judges a ledger claim: its `stated` wording is read and judged; its
    /// kind must be the kind the wording reads as.
    ///
    /// # Errors
    /// As [`check`], and `ErrorKind::InvalidArgument` when the claim's
    /// kind or precision disagrees with its wording.
    ///
    /// ```
    /// use njov::claims::{Checker, Claim, ClaimKind, Evidence, Verdict};
    /// let claim = Claim {
    ///     id: "total".into(), source: "press".into(),
    ///     quote: "more than 2,500 estimated arrests".into(), kind: ClaimKind::Level,
    ///     measures: "all arrests".into(), stated: "more than 2,500".into(), precision: Some(0),
    /// };
    /// let j = Checker::new().judge_claim(&claim, &Evidence::Value(2600.0)).unwrap();
    /// assert_eq!(j.verdict, Verdict::Consistent);
    /// ```
    pub fn judge_claim(&self, claim: &Claim, evidence: &Evidence) -> Result<Judgement> {
        let parsed = self.parse(&claim.stated)?;
        let read_kind = if claim.kind == ClaimKind::Period && parsed.period.is_some() {
            ClaimKind::Period
        } else {
            parsed.kind
        };
        if read_kind != claim.kind {
            return Err(Error::invalid_argument(
                "claim.kind",
                format!("{:?}", claim.kind).to_lowercase(),
                format!(
                    "the kind its wording '{}' reads as ({})",
                    claim.stated,
                    format!("{read_kind:?}").to_lowercase()
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
                kind: ClaimKind::Period,
                ..parsed
            };
            return self.judge(&only_period, evidence);
        }
        self.judge(&parsed, evidence)
    }

    /// Judges a sentence already read.
    ///
    /// # Errors
    /// As [`check`].
    ///
    /// ```
    /// use njov::claims::{Checker, Evidence, Verdict, parse_period};
    /// use njov::data::Date;
    /// let checker = Checker::new();
    /// let parsed = checker.parse("from July 1, 2030, through June 30, 2030").unwrap();
    /// let reference = parse_period("January 1, 2010, through December 31, 2010").unwrap();
    /// let e = Evidence::Period { reference: Some(reference), published: Date::new(2015, 3, 15).ok() };
    /// assert_eq!(checker.judge(&parsed, &e).unwrap().verdict, Verdict::Inconsistent);
    /// ```
    pub fn judge(&self, parsed: &ParsedClaim, evidence: &Evidence) -> Result<Judgement> {
        match (evidence, &parsed.statement, &parsed.period) {
            (
                Evidence::Period {
                    reference,
                    published,
                },
                _,
                Some(period),
            ) => Ok(judge_period(period, reference.as_ref(), *published)),
            (Evidence::Period { .. }, _, None) => Err(Error::invalid_argument(
                "evidence",
                "a period",
                format!("a number for '{}', which names no period", parsed.text),
            )),
            (Evidence::Unpublished { reason }, None, Some(_)) => {
                Ok(Judgement::unverifiable(ClaimKind::Period, reason.clone()))
            }
            (_, Some(statement), _) => self.judge_statement(statement, evidence),
            (_, None, _) => Err(Error::invalid_argument(
                "evidence",
                "a number",
                format!(
                    "Evidence::Period for '{}', which states only a period",
                    parsed.text
                ),
            )),
        }
    }

    fn judge_statement(&self, s: &StatedAmount, evidence: &Evidence) -> Result<Judgement> {
        let mismatch = |what: &str| {
            Error::invalid_argument(
                "evidence",
                what,
                format!(
                    "evidence that fits a {} claim ('{}')",
                    unit_name(s.unit),
                    s.wording
                ),
            )
        };
        let mut judgement = Judgement {
            verdict: Verdict::Unverifiable,
            computed: None,
            accepted: Some(s.accepted.ends()),
            kind: s.kind,
            unit: Some(s.unit),
            crosses_boundary: None,
            pattern: None,
            reason: String::new(),
        };
        let computed = match (evidence, s.unit) {
            (Evidence::Unpublished { reason }, _) => None.ok_or(reason.clone()),
            (Evidence::Value(v), _) => Ok(finite("value", *v)?),
            (Evidence::Share { part, whole }, Scale::Percent) => {
                let (part, whole) = (finite("part", *part)?, finite("whole", *whole)?);
                if whole <= 0.0 || part < 0.0 {
                    return Err(Error::invalid_argument(
                        "share",
                        format!("{part} of {whole}"),
                        "a non-negative part of a positive whole",
                    ));
                }
                Ok(100.0 * part / whole)
            }
            (Evidence::Share { .. }, _) => return Err(mismatch("a share")),
            (
                Evidence::Change { from, to },
                Scale::PercentChange | Scale::Ratio | Scale::Difference,
            ) => {
                let (from, to) = (finite("from", *from)?, finite("to", *to)?);
                if from == 0.0 && s.unit != Scale::Difference {
                    return Err(Error::invalid_argument("from", from, "a non-zero start"));
                }
                Ok(match s.unit {
                    Scale::PercentChange => 100.0 * (to - from) / from,
                    Scale::Ratio => to / from,
                    _ => to - from,
                })
            }
            (Evidence::Change { .. }, _) => return Err(mismatch("a change")),
            (Evidence::Period { .. }, _) => return Err(mismatch("a period")),
        };
        match computed {
            Err(reason) => {
                judgement.reason = reason;
            }
            Ok(c) => {
                judgement.computed = Some(c);
                let exact = s.exact.is_some_and(|e| e.contains(c));
                if s.accepted.contains(c) {
                    if exact {
                        judgement.verdict = Verdict::Reproduced;
                        judgement.reason = format!(
                            "{} equals {} at the printed precision; {}",
                            short(c),
                            s.stated_text(),
                            s.describe()
                        );
                    } else {
                        judgement.verdict = Verdict::Consistent;
                        judgement.reason = format!("{} lies inside: {}", short(c), s.describe());
                    }
                } else {
                    judgement.verdict = Verdict::Inconsistent;
                    judgement.reason = format!("{} lies outside: {}", short(c), s.describe());
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
        Ok(judgement)
    }

    /// The error pattern that explains an inconsistency, if one does.
    fn explain(&self, s: &StatedAmount, evidence: &Evidence, _c: f64) -> Option<ErrorPattern> {
        match (evidence, s.unit) {
            (Evidence::Change { from, to }, Scale::PercentChange) if *from != 0.0 => {
                let ratio = to / from;
                let fits = s.accepted.contains(100.0 * ratio)
                    || s.exact.is_some_and(|e| e.contains(100.0 * ratio));
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

fn unit_name(unit: Scale) -> &'static str {
    match unit {
        Scale::Percent => "share",
        Scale::Count => "level",
        Scale::PercentChange => "percentage-change",
        Scale::Ratio => "ratio",
        Scale::Difference => "difference",
    }
}

fn judge_period(period: &Period, reference: Option<&Period>, published: Option<Date>) -> Judgement {
    let problems = period.problems(published, reference);
    let (verdict, reason, pattern) = if !problems.is_empty() {
        let pattern = ErrorPattern::CorruptedPeriod { problems };
        (
            Verdict::Inconsistent,
            format!("the period {period}: {pattern}"),
            Some(pattern),
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
            format!("the period {period} is well formed, but no reference period was given"),
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
    }
}
