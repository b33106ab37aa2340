//! Reading English claim sentences: the public face of the grammar
//! ([`grammar`](crate::claims::grammar) has the rules).
//!
//! A sentence reads as every amount it states ([`StatedAmount`], each with
//! its [`AmountRole`]), the period it names, the numbers that only qualify
//! its subject (`children under 3`, `in 2000`), its vague statements
//! (`many`, `a significant share`) and what could not be read.

use crate::claims::grammar;
use crate::claims::quantifier::QuantifierTable;
pub use crate::claims::reading::{AmountRole, ReadProblem, StatedAmount, VagueStatement};
use crate::data::ClaimKind;
use crate::data::Period;
use crate::error::{Error, Result};
use serde::Serialize;

/// A claim sentence as read: what it states, and the period it names.
///
/// ```
/// use njov::{claims::parse_claim, data::ClaimKind};
/// let p = parse_claim("more than 1,500 cases from January 1, 2010, through December 31, 2010").unwrap();
/// assert_eq!(p.kind, ClaimKind::Level);
/// assert_eq!(p.statement.unwrap().accepted.lower(), 1500.0);
/// assert_eq!(p.period.unwrap().days(), 365);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParsedClaim {
    /// The sentence.
    pub text: String,
    /// The main statement's kind: `Change` when the sentence states a
    /// change only by its levels (`from 2,577 to 7,010`), `Period` when it
    /// states only a period.
    pub kind: ClaimKind,
    /// The main amount, with no evidence to guide the reading: the first
    /// claimed amount, else the end level, the start level, the base.
    pub statement: Option<StatedAmount>,
    /// Every amount read, in sentence order.
    pub amounts: Vec<StatedAmount>,
    /// The period named, if any.
    pub period: Option<Period>,
    /// Another period the wording can mean (a fiscal year that names no
    /// months), if any.
    pub period_alternative: Option<Period>,
    /// How an ambiguous period was read, if it was.
    pub period_convention: Option<String>,
    /// The byte range of the period's words in the sentence, if any.
    pub period_span: Option<[usize; 2]>,
    /// Numbers that qualify the subject and are never the claim
    /// (`children under 3`, `in 2000`, `aged 6 to 12`).
    pub qualifiers: Vec<String>,
    /// Statements of an amount that give none.
    pub vague: Vec<VagueStatement>,
    /// What could not be read.
    pub unread: Vec<ReadProblem>,
    /// The first direction word of the sentence (`rose`, `fell`), as the
    /// kind of change it names.
    #[serde(skip)]
    pub(crate) direction: Option<crate::claims::quantifier::QuantifierKind>,
    /// The rank of each of `unread` (lower is more telling).
    #[serde(skip)]
    pub(crate) unread_ranks: Vec<u8>,
}

/// Reads a claim sentence with the default quantifier table.
///
/// # Errors
/// `ErrorKind::InvalidArgument` for a text of more than
/// [`MAX_CLAIM_CHARS`] characters; `ErrorKind::Parse` when the sentence
/// states no amount and no period,
/// saying which part could not be read: an empty sentence, a misplaced
/// thousands separator (`2,50`), a day that does not exist, a hedge on an
/// absolute share (`nearly most`), a fall stated as a multiple, a vague
/// quantifier (`many`: the part is its wording and the message why it
/// cannot be judged), a modifier followed by nothing it can hedge, or no
/// amount at all. ([`check`](crate::claims::check) turns these into an
/// `unverifiable` verdict with the message as its reason.)
///
/// ```
/// use njov::{ErrorKind, claims::parse_claim};
/// let err = parse_claim("nearly a gazillion arrests").unwrap_err();
/// match err.kind() {
///     ErrorKind::Parse { part, .. } => assert_eq!(part, "nearly a"),
///     other => panic!("{other:?}"),
/// }
/// let p = parse_claim("One in five arrests involved a victim met online").unwrap();
/// assert_eq!(p.statement.unwrap().accepted.ends(), [18.0, 22.0]);
/// ```
pub fn parse_claim(text: &str) -> Result<ParsedClaim> {
    parse_claim_with(text, &QuantifierTable::shared_default())
}

/// Reads a claim sentence with the given quantifier table.
///
/// # Errors
/// As [`parse_claim`].
///
/// ```
/// use njov::{claims::{parse_claim_with, QuantifierTable, Scale}};
/// let table = QuantifierTable::default_table();
/// let s = parse_claim_with("almost five times as many", &table).unwrap().statement.unwrap();
/// assert_eq!(s.unit, Scale::Ratio);
/// assert_eq!(s.accepted.ends(), [4.5, 5.0]);
/// ```
pub fn parse_claim_with(text: &str, table: &QuantifierTable) -> Result<ParsedClaim> {
    check_length(text)?;
    let parsed = read_sentence(text, table);
    if parsed.amounts.is_empty() && parsed.period.is_none() {
        return Err(unreadable(&parsed));
    }
    Ok(parsed)
}

/// The longest text read as one claim, in characters: 2^20 (1,048,576).
/// The reader is linear, and texts of a million characters (a whole press
/// release many times over) are read; a longer one is refused rather than
/// read for seconds and echoed in every message about it.
///
/// ```
/// use njov::{ErrorKind, claims::{MAX_CLAIM_CHARS, parse_claim}};
/// let long = "a".repeat(MAX_CLAIM_CHARS + 1);
/// assert!(matches!(parse_claim(&long).unwrap_err().kind(), ErrorKind::InvalidArgument { .. }));
/// // Characters, not bytes: 2^20 of 'é' are 2^21 bytes, and read (they state no amount).
/// let accents = "é".repeat(MAX_CLAIM_CHARS);
/// assert!(matches!(parse_claim(&accents).unwrap_err().kind(), ErrorKind::Parse { .. }));
/// ```
pub const MAX_CLAIM_CHARS: usize = 1 << 20;

/// `ErrorKind::InvalidArgument` for a text longer than [`MAX_CLAIM_CHARS`].
pub(crate) fn check_length(text: &str) -> Result<()> {
    // Bytes bound characters from above: most texts need no count.
    if text.len() <= MAX_CLAIM_CHARS {
        return Ok(());
    }
    let chars = text.chars().count();
    if chars <= MAX_CLAIM_CHARS {
        return Ok(());
    }
    Err(Error::invalid_argument(
        "claim",
        format!("a text of {chars} characters"),
        format!(
            "a text of at most {MAX_CLAIM_CHARS} characters (split a document into its sentences)"
        ),
    ))
}

/// Reads a sentence into whatever it states, never failing: a sentence
/// with nothing readable has no amounts, no period and its problems.
pub(crate) fn read_sentence(text: &str, table: &QuantifierTable) -> ParsedClaim {
    let reading = grammar::read(text, table);
    let statement = main_amount(&reading.amounts).cloned();
    let has_levels = reading
        .amounts
        .iter()
        .any(|a| matches!(a.role, AmountRole::From | AmountRole::To))
        && reading.direction.is_some();
    let kind = match &statement {
        Some(s) if s.role == AmountRole::Claim => s.kind,
        Some(_) if has_levels => ClaimKind::Change,
        Some(s) => s.kind,
        None => ClaimKind::Period,
    };
    let (period, period_alternative, period_convention) = match reading.period {
        Some(f) => (Some(f.period), f.alternative, f.convention),
        None => (None, None, None),
    };
    ParsedClaim {
        text: text.to_string(),
        kind,
        statement,
        amounts: reading.amounts,
        period,
        period_alternative,
        period_convention,
        period_span: reading.period_span,
        qualifiers: reading.qualifiers,
        vague: reading.vague,
        unread: reading.problems,
        unread_ranks: reading.problem_ranks,
        direction: reading.direction,
    }
}

/// A sentence that states one amount: `amount`, as a claim.
pub(crate) fn single_amount(text: &str, amount: &StatedAmount) -> ParsedClaim {
    let amount = StatedAmount {
        role: AmountRole::Claim,
        ..amount.clone()
    };
    ParsedClaim {
        text: text.to_string(),
        kind: amount.kind,
        statement: Some(amount.clone()),
        amounts: vec![amount],
        period: None,
        period_alternative: None,
        period_convention: None,
        period_span: None,
        qualifiers: Vec::new(),
        vague: Vec::new(),
        unread: Vec::new(),
        direction: None,
        unread_ranks: Vec::new(),
    }
}

/// The main amount with no evidence: the first claimed amount, else the
/// end level, the start level, the base.
fn main_amount(amounts: &[StatedAmount]) -> Option<&StatedAmount> {
    [
        AmountRole::Claim,
        AmountRole::To,
        AmountRole::From,
        AmountRole::Base,
    ]
    .iter()
    .find_map(|role| amounts.iter().find(|a| a.role == *role))
}

/// The parse error of a sentence with nothing to judge: the most telling
/// problem, else its first vague statement, else "nothing found".
pub(crate) fn unreadable(parsed: &ParsedClaim) -> Error {
    let text = &parsed.text;
    if text.trim().is_empty() {
        return Error::parse(text, "", "the sentence is empty");
    }
    // A misplaced separator, an impossible date or a wording the table
    // cannot read outranks a vague word, which outranks a modifier with
    // nothing to hedge.
    let ranked = |hard: bool| {
        parsed
            .unread
            .iter()
            .zip(&parsed.unread_ranks)
            .find(|(_, r)| (**r < 3) == hard)
            .map(|(p, _)| p)
    };
    if let Some(p) = ranked(true) {
        return Error::parse(text, p.part.as_str(), p.reason.as_str());
    }
    if let Some(v) = parsed.vague.first() {
        return Error::parse(
            text,
            v.wording.as_str(),
            format!("'{}' states no amount: {}", v.phrase, v.reason),
        );
    }
    if let Some(p) = ranked(false) {
        return Error::parse(text, p.part.as_str(), p.reason.as_str());
    }
    Error::parse(
        text,
        text.trim(),
        "no number, percentage, fraction in words, verbal quantifier or period found",
    )
}

/// The values a wording accepts on its own scale ("about 80%" gives
/// `(72, 88)`), or `None` when it cannot be read or states no amount. Open
/// and closed ends are not distinguished here.
///
/// ```
/// assert_eq!(njov::claims::accepted_range("nearly half"), Some((45.0, 50.0)));
/// assert_eq!(njov::claims::accepted_range("no amount here"), None);
/// ```
pub fn accepted_range(wording: &str) -> Option<(f64, f64)> {
    let statement = parse_claim(wording).ok()?.statement?;
    Some((statement.accepted.lower(), statement.accepted.upper()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::scale::Scale;

    fn stmt(text: &str) -> StatedAmount {
        parse_claim(text).unwrap().statement.unwrap()
    }

    #[test]
    fn reads_adversarial_phrasings() {
        let s = stmt("more than a third");
        assert_eq!(s.unit, Scale::Percent);
        assert!((s.accepted.lower() - 100.0 / 3.0).abs() < 1e-9 && !s.accepted.lower_closed());
        let s = stmt("a 381 percent increase");
        assert_eq!((s.unit, s.stated), (Scale::PercentChange, Some(381.0)));
        let s = stmt("in nearly half, a federal agency as well");
        assert_eq!(s.accepted.ends(), [45.0, 50.0]);
        let s = stmt("arrests fell by 20%");
        assert_eq!(s.accepted.ends(), [-20.5, -19.5]);
        assert_eq!(s.stated, Some(-20.0));
        let s = stmt("In 2016, 4,210 arrests were made");
        assert_eq!((s.unit, s.stated), (Scale::Count, Some(4210.0)));
        let s = stmt("arrests quintupled");
        assert_eq!(s.accepted.ends(), [4.75, 5.25]);
        let s = stmt("undercover cases made up 25% of arrests");
        assert_eq!(s.unit, Scale::Percent);
        let s = stmt("undercover cases were up 25%");
        assert_eq!(s.unit, Scale::PercentChange);
        let p = parse_claim("some time from January 1, 2010, through December 31, 2010").unwrap();
        assert_eq!(p.kind, ClaimKind::Period);
        let s = stmt("a five-fold increase");
        assert_eq!((s.unit, s.stated), (Scale::Ratio, Some(5.0)));
    }

    #[test]
    fn reads_the_grammar_of_issue_ten() {
        let s = stmt("three in four cases");
        assert_eq!((s.unit, s.stated), (Scale::Percent, Some(75.0)));
        let s = stmt("fewer than one in five");
        assert_eq!(s.accepted.ends(), [16.0, 20.0]);
        let s = stmt("four-fifths of the arrests");
        assert_eq!(s.stated, Some(80.0));
        let s = stmt("Arrests increased nearly fivefold");
        assert_eq!((s.unit, s.accepted.ends()), (Scale::Ratio, [4.5, 5.0]));
        let s = stmt("arrests grew by a factor of 2.7");
        assert_eq!((s.unit, s.stated), (Scale::Ratio, Some(2.7)));
        let s = stmt("grew a comparatively modest 21 percent");
        assert_eq!((s.unit, s.stated), (Scale::PercentChange, Some(21.0)));
        let s = stmt("rose by a striking 159 percent");
        assert_eq!((s.unit, s.stated), (Scale::PercentChange, Some(159.0)));
        let s = stmt("two thousand five hundred arrests");
        assert_eq!(s.stated, Some(2500.0));
        let p = parse_claim("a significant share of possessors had images of children under 3");
        assert!(p.is_err());
        let p = read_sentence(
            "a significant share of possessors had images of children under 3",
            &QuantifierTable::default_table(),
        );
        assert_eq!(p.qualifiers, ["under 3"]);
        assert_eq!(p.vague[0].phrase, "a significant share");
        let p = parse_claim("fell from more than 45% of cases to about 30%").unwrap();
        assert_eq!(p.kind, ClaimKind::Change);
        assert_eq!(p.amounts.len(), 2);
        assert_eq!(p.amounts[0].accepted.ends(), [45.0, 56.25]);
        assert_eq!(p.amounts[1].accepted.ends(), [27.0, 33.0]);
        let s = stmt("some 88 per cent");
        assert_eq!(s.accepted.ends(), [86.0, 90.0]);
        let s = stmt("83% of offenders had images of children between the ages of 6 and 12");
        assert_eq!(s.stated, Some(83.0));
        let s = stmt("the share of victims aged 13-15 was 75%");
        assert_eq!(s.stated, Some(75.0));
    }

    #[test]
    fn parse_errors_name_the_part() {
        let part_of = |text: &str| match parse_claim(text).unwrap_err().into_kind() {
            crate::error::ErrorKind::Parse { part, .. } => part,
            other => panic!("{other:?}"),
        };
        assert_eq!(part_of("nearly most arrests"), "nearly most");
        assert_eq!(part_of("arrests fell five-fold"), "fell five-fold");
        assert_eq!(
            part_of("from February 30, 2011, through June 30, 2011"),
            "February 30, 2011"
        );
        assert_eq!(part_of("no numbers here"), "no numbers here");
        assert_eq!(part_of("   "), "");
        assert_eq!(part_of("up 2,50 arrests"), "2,50");
        assert_eq!(part_of("Arrests grew sharply"), "grew sharply");
    }
}
