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
/// absolute share (`nearly most`), a vague
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

/// The values a wording states as plausible on its own scale, as when it
/// prints a figure ("about 80%" gives `(72, 88)`), or `None` when it cannot
/// be read or states no amount. A bound is cut where it would understate:
/// "over 45%" accepts any share above 45 when judged, but a source that
/// prints it means (45, 56.25]. Open and closed ends are not distinguished
/// here.
///
/// ```
/// assert_eq!(njov::claims::accepted_range("nearly half"), Some((45.0, 50.0)));
/// assert_eq!(njov::claims::accepted_range("over 45%"), Some((45.0, 56.25)));
/// assert_eq!(njov::claims::accepted_range("no amount here"), None);
/// ```
pub fn accepted_range(wording: &str) -> Option<(f64, f64)> {
    let s = parse_claim(wording).ok()?.statement?;
    let (mut lower, mut upper) = (s.accepted.lower(), s.accepted.upper());
    if let (Some(t), Some(x)) = (s.understated, s.stated) {
        if t > x {
            upper = upper.min(t);
        } else {
            lower = lower.max(t);
        }
    }
    Some((lower, upper))
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
        assert_eq!(s.accepted.ends(), [4.5, 5.5]);
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
        assert_eq!(s.accepted.ends(), [0.0, 20.0]);
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
        assert_eq!(p.amounts[0].accepted.ends(), [45.0, 100.0]);
        assert_eq!(p.amounts[1].accepted.ends(), [27.0, 33.0]);
        let s = stmt("some 88 per cent");
        assert_eq!(s.accepted.ends(), [86.0, 90.0]);
        let s = stmt("83% of offenders had images of children between the ages of 6 and 12");
        assert_eq!(s.stated, Some(83.0));
        let s = stmt("the share of victims aged 13-15 was 75%");
        assert_eq!(s.stated, Some(75.0));
    }

    /// The ranges of quantifier table 1.2.0 (issue 17), each against the
    /// arithmetic of its changelog.
    #[test]
    fn quantifier_ranges_a_careful_reader_would_defend() {
        // A true bound is never wrong; past its old far end it understates.
        let s = stmt("Arrests more than doubled");
        assert_eq!(s.accepted.ends(), [2.0, f64::INFINITY]);
        assert_eq!(s.understated, Some(2.5));
        assert!(s.understatement(2.72).is_some() && s.understatement(2.4).is_none());
        let s = stmt("more than half of the arrests");
        assert_eq!(s.accepted.ends(), [50.0, 100.0]);
        assert!(!s.accepted.lower_closed() && s.accepted.contains(70.0));
        assert!(stmt("well over half").accepted.contains(80.0));
        let s = stmt("less than 20% of arrests");
        assert_eq!(s.accepted.ends(), [0.0, 20.0]);
        assert_eq!(s.understated, Some(16.0));
        assert!(s.understatement(5.0).is_some());
        // A fall of more than half ends at the 100% a value can fall.
        let s = stmt("decreased by more than half");
        assert_eq!(s.accepted.ends(), [-100.0, -50.0]);
        assert_eq!(s.understated, Some(-62.5));
        // More than halved: from / to above 2, so to / from in (0, 0.5).
        let s = stmt("more than halved");
        assert_eq!(s.accepted.ends(), [0.0, 0.5]);
        assert_eq!(s.understated, Some(0.4));
        // One range for every synonym of a multiple.
        for w in [
            "tripled",
            "threefold",
            "three times as many",
            "triple the 2000 figure",
            "3 times",
            "trebled",
        ] {
            assert_eq!(stmt(w).accepted.ends(), [2.5, 3.5], "{w}");
        }
        for w in ["quadrupled", "fourfold", "four times"] {
            assert!(stmt(w).accepted.contains(3.8), "{w}");
        }
        assert_eq!(stmt("doubled").accepted.ends(), [1.5, 2.5]);
        assert_eq!(stmt("twice as many").accepted.ends(), [1.5, 2.5]);
        let halved = stmt("halved").accepted;
        assert!((halved.lower() - 0.4).abs() < 1e-12 && (halved.upper() - 2.0 / 3.0).abs() < 1e-12);
        // Nearly N reaches half a rounding step below N, at most a tenth.
        let s = stmt("nearly nine thousand arrests");
        assert_eq!(s.accepted.ends(), [8500.0, 9000.0]);
        assert!(!s.accepted.contains(8144.0));
        assert_eq!(stmt("nearly 40%").accepted.ends(), [36.0, 40.0]);
        assert_eq!(stmt("almost 88%").accepted.ends(), [87.5, 88.0]);
        assert_eq!(stmt("nearly doubled").accepted.ends(), [1.8, 2.0]);
        assert_eq!(stmt("nearly fivefold").accepted.ends(), [4.5, 5.0]);
        assert_eq!(stmt("nearly quintupled").accepted.ends(), [4.5, 5.0]);
        // Fractions stop halfway to the neighbouring simple fraction.
        let s = stmt("three-quarters of the arrests");
        assert!(!s.accepted.contains(80.0) && s.accepted.contains(77.0));
        assert_eq!(s.accepted.upper(), 77.5);
        let s = stmt("two-thirds of the arrests");
        assert!(!s.accepted.contains(60.0) && !s.accepted.contains(63.0));
        assert!((s.accepted.lower() - 190.0 / 3.0).abs() < 1e-9);
        assert!((s.accepted.upper() - 425.0 / 6.0).abs() < 1e-9);
        let s = stmt("nearly two-thirds of the arrests");
        assert!((s.accepted.lower() - 190.0 / 3.0).abs() < 1e-9);
        assert_eq!(
            stmt("three in four").accepted,
            stmt("three-quarters").accepted
        );
        assert_eq!(stmt("a quarter").accepted.ends(), [22.5, 27.5]);
        assert_eq!(stmt("half").accepted.ends(), [45.0, 55.0]);
        assert_eq!(stmt("nearly half").accepted.ends(), [45.0, 50.0]);
        assert_eq!(stmt("one in 20").accepted.ends(), [4.5, 5.5]);
    }

    #[test]
    fn a_part_of_a_whole_stated_as_two_counts_is_a_share() {
        let p = parse_claim("644 of the 2,577 arrests came from solicitations").unwrap();
        assert_eq!(p.kind, ClaimKind::Share);
        let roles: Vec<AmountRole> = p.amounts.iter().map(|a| a.role).collect();
        assert_eq!(roles, [AmountRole::Claim, AmountRole::Base]);
        let s = &p.amounts[0];
        assert_eq!(
            (s.unit, s.wording.as_str()),
            (Scale::Percent, "644 of the 2,577")
        );
        assert!((s.stated.unwrap() - 100.0 * 644.0 / 2577.0).abs() < 1e-12);
        let [lo, hi] = s.accepted.ends();
        assert!(
            (lo - 100.0 * 643.5 / 2577.5).abs() < 1e-9
                && (hi - 100.0 * 644.5 / 2576.5).abs() < 1e-9
        );
        // Without 'the', and hedged.
        let s = stmt("nearly 700 of 2,577 arrests");
        assert_eq!(s.unit, Scale::Percent);
        assert!((s.accepted.upper() - 100.0 * 700.0 / 2576.5).abs() < 1e-9);
        // A larger part, a year, or a count after a change are no part of a whole.
        assert_eq!(stmt("3,000 of the 2,577 arrests").unit, Scale::Count);
        assert_eq!(stmt("508 arrests in 2000").unit, Scale::Count);
    }

    #[test]
    fn one_x_in_every_n_is_a_fraction() {
        for (text, v) in [
            ("one arrest in every four", 25.0),
            ("One case in every five began online", 20.0),
            ("one offender out of every ten", 10.0),
            ("1 online-meeting case in every 20", 5.0),
        ] {
            let s = stmt(text);
            assert_eq!((s.unit, s.stated), (Scale::Percent, Some(v)), "{text}");
        }
        // No 'every': a count and a year or a duration stay what they are.
        assert_eq!(stmt("508 arrests in 2000").stated, Some(508.0));
        assert_eq!(stmt("two arrests in four years").stated, Some(2.0));
    }

    #[test]
    fn a_fall_by_a_multiple_divides_by_it() {
        // 'fell fivefold': to / from is a fifth, the reciprocal of [4.5, 5.5].
        let s = stmt("arrests fell five-fold");
        assert_eq!(s.unit, Scale::Ratio);
        assert_eq!(s.stated, Some(0.2));
        let [lo, hi] = s.accepted.ends();
        assert!((lo - 1.0 / 5.5).abs() < 1e-12 && (hi - 1.0 / 4.5).abs() < 1e-12);
        assert!(s.exact.unwrap().contains(0.2));
        let s = stmt("arrests fell more than fivefold");
        assert_eq!(s.accepted.ends(), [0.0, 0.2]);
    }

    #[test]
    fn parse_errors_name_the_part() {
        let part_of = |text: &str| match parse_claim(text).unwrap_err().into_kind() {
            crate::error::ErrorKind::Parse { part, .. } => part,
            other => panic!("{other:?}"),
        };
        assert_eq!(part_of("nearly most arrests"), "nearly most");
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
