//! What a sentence reads as: its amounts ([`StatedAmount`], each with its
//! [`AmountRole`]), its vague statements and what could not be read. The
//! grammar produces these; the sentence layer and the checker consume them.

use crate::claims::accepted::{AcceptedInterval, short};
use crate::claims::scale::Scale;
use crate::data::{ClaimKind, PrintedNumber};
use serde::Serialize;

/// What an amount is in its sentence.
///
/// ```
/// use njov::{claims::{parse_claim, AmountRole}};
/// let p = parse_claim("Arrests rose from 2,577 to 7,010, an increase of 4,433").unwrap();
/// let roles: Vec<AmountRole> = p.amounts.iter().map(|a| a.role).collect();
/// assert_eq!(roles, [AmountRole::From, AmountRole::To, AmountRole::Claim]);
/// assert_eq!(serde_json::to_string(&AmountRole::Base).unwrap(), "\"base\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AmountRole {
    /// A claimed amount: a share, a level, a change.
    Claim,
    /// The base a share is taken of (`a quarter of the 2,577 arrests`).
    Base,
    /// The start level of a change (`from 2,577`).
    From,
    /// The end level of a change (`to 7,010`).
    To,
}

/// The quantity a sentence states, with the intervals its wording admits.
///
/// ```
/// use njov::{claims::{parse_claim, Scale}};
/// let s = parse_claim("up by nearly half").unwrap().statement.unwrap();
/// assert_eq!(s.unit, Scale::PercentChange);
/// assert_eq!(s.accepted.ends(), [45.0, 50.0]);
/// assert_eq!(s.quantifier.as_deref(), Some("nearly half"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatedAmount {
    /// The words read, as written (`"Nearly 40%"`, `"grew a comparatively
    /// modest 21 percent"`).
    pub wording: String,
    /// What it measures.
    pub kind: ClaimKind,
    /// The scale of `stated`, `exact` and `accepted`.
    pub unit: Scale,
    /// The value stated (negative for a decrease); `None` for an absolute
    /// share such as `most`, or a range.
    pub stated: Option<f64>,
    /// The number as printed, when the wording prints one.
    #[serde(skip)]
    pub printed: Option<PrintedNumber>,
    /// The printed decimals of the stated value (implied ones for words).
    pub decimals: Option<u32>,
    /// The values equal to the stated one at its printed precision.
    pub exact: Option<AcceptedInterval>,
    /// The values the wording accepts.
    pub accepted: AcceptedInterval,
    /// The quantifier phrases that set `accepted` (`"nearly"`, `"a
    /// quarter"`), or `None` for a bare printed number.
    pub quantifier: Option<String>,
    /// Where a bound that holds starts to understate (`more than 2,500`:
    /// 3,125): a true value beyond it, on the far side from `stated`, is
    /// consistent and noted as an understatement. `None` for wordings that
    /// are no bound.
    pub understated: Option<f64>,
    /// What the amount is in its sentence.
    pub role: AmountRole,
    /// Its byte range in the sentence, `[start, end)`.
    pub span: [usize; 2],
}

/// Words that state an amount without giving one (`many`, `a significant
/// share`, `grew sharply`, `more successful than`): judged unverifiable.
///
/// ```
/// let p = njov::claims::parse_claim_with("Many arrests, and 25% of them online", &njov::claims::QuantifierTable::default_table()).unwrap();
/// assert_eq!(p.vague[0].phrase, "many");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VagueStatement {
    /// The words read, as written.
    pub wording: String,
    /// The table phrase (or `more ... than` for a comparison).
    pub phrase: String,
    /// What it would measure.
    pub kind: ClaimKind,
    /// Why it cannot be judged (the table's rationale).
    pub reason: String,
    /// Its byte range in the sentence, `[start, end)`.
    pub span: [usize; 2],
}

/// A part of a sentence that could not be read, and why.
///
/// ```
/// let p = njov::claims::parse_claim("nearly a quarter, and nearly most").unwrap();
/// assert_eq!(p.unread[0].part, "nearly most");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReadProblem {
    /// The words.
    pub part: String,
    /// Why they could not be read.
    pub reason: String,
}

impl StatedAmount {
    /// The statement in words, for reasons: `'Nearly 40%' accepts [36, 40]`.
    pub(crate) fn describe(&self) -> String {
        format!("'{}' accepts {}", self.wording, self.accepted)
    }

    /// The note on a true value `c` that the bound understates, if it does:
    /// `c` lies beyond [`StatedAmount::understated`], on the far side from
    /// the stated value.
    pub(crate) fn understatement(&self, c: f64) -> Option<String> {
        let (t, x) = (self.understated?, self.stated?);
        let (beyond, larger) = if t > x {
            (c > t, "larger")
        } else {
            (c < t, "smaller")
        };
        beyond.then(|| {
            format!(
                "an understatement: {} is beyond {}, where a writer would name a {larger} amount",
                short(c),
                short(t)
            )
        })
    }

    /// The stated value rounded as printed, for reasons.
    pub(crate) fn stated_text(&self) -> String {
        self.stated.map_or_else(|| "-".into(), short)
    }
}
