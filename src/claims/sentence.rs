//! Reading English claim sentences.
//!
//! A sentence is split into words and numbers; phrases of the quantifier
//! table are matched, longest first, where they occur (`N` matches a number,
//! `2,500` or `38.7`, or a number word, `five`). The first amount (a
//! percentage, a fraction in words, an absolute share such as `most`, a
//! number, a multiple, a percentage change) is the claim; a modifier just
//! before it (`nearly`, `more than`) hedges it, and a direction word just
//! before or after it (`up`, `grew by`, `increase`, `fell`) makes it a
//! change. The first period of two dates (`January 1, 2010, through December
//! 31, 2010`) is read too, and its numbers are not amounts; neither is a year
//! after `in`, `since`, `during` and the like, nor a day after a month.

use crate::claims::accepted::{AcceptedInterval, short};
use crate::claims::claim::Scale;
use crate::claims::period::find_period;
use crate::claims::quantifier::{Quantifier, QuantifierKind, QuantifierTable};
use crate::claims::token::{Spanned, Token, number_word, tokenize};
use crate::data::{ClaimKind, Period, PrintedNumber};
use crate::error::{Error, Result};
use serde::Serialize;

/// The quantity a sentence states, with the intervals its wording admits.
///
/// ```
/// use njov::claims::{parse_claim, Scale};
/// let s = parse_claim("up by nearly half").unwrap().statement.unwrap();
/// assert_eq!(s.unit, Scale::PercentChange);
/// assert_eq!(s.accepted.ends(), [45.0, 50.0]);
/// assert_eq!(s.quantifier.as_deref(), Some("nearly half"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatedAmount {
    /// The words read, as written (`"Nearly 40%"`).
    pub wording: String,
    /// What it measures.
    pub kind: ClaimKind,
    /// The scale of `stated`, `exact` and `accepted`.
    pub unit: Scale,
    /// The value stated (negative for a decrease); `None` for an absolute
    /// share such as `most`.
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
}

/// A claim sentence as read: what it states, and the period it names.
///
/// ```
/// use njov::claims::{parse_claim, ClaimKind};
/// let p = parse_claim("more than 1,500 cases from January 1, 2010, through December 31, 2010").unwrap();
/// assert_eq!(p.kind, ClaimKind::Level);
/// assert_eq!(p.statement.unwrap().accepted.lower(), 1500.0);
/// assert_eq!(p.period.unwrap().days(), 365);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParsedClaim {
    /// The sentence.
    pub text: String,
    /// The statement's kind, or `Period` when the sentence states only a
    /// period.
    pub kind: ClaimKind,
    /// The quantity stated, if any.
    pub statement: Option<StatedAmount>,
    /// The period named, if any.
    pub period: Option<Period>,
}

/// Reads a claim sentence with the default quantifier table.
///
/// # Errors
/// `ErrorKind::Parse` saying which part could not be read: an empty
/// sentence, a misplaced thousands separator (`2,50`), a day that does not
/// exist, a modifier followed by nothing it can hedge, a hedge on an
/// absolute share (`nearly most`), a fall stated as a multiple, or a
/// sentence with no amount and no period.
///
/// ```
/// use njov::{ErrorKind, claims::parse_claim};
/// let err = parse_claim("nearly a gazillion arrests").unwrap_err();
/// match err.kind() {
///     ErrorKind::Parse { part, .. } => assert_eq!(part, "nearly a"),
///     other => panic!("{other:?}"),
/// }
/// ```
pub fn parse_claim(text: &str) -> Result<ParsedClaim> {
    parse_claim_with(text, &QuantifierTable::default_table())
}

/// A matched table phrase: row, token range and the number in its slot.
#[derive(Debug, Clone)]
struct Hit {
    row: usize,
    start: usize,
    end: usize,
    n: Option<PrintedNumber>,
}

fn slot_number(t: &Spanned) -> Option<PrintedNumber> {
    match &t.token {
        Token::Number(p, _) => Some(p.clone()),
        Token::Word(w) => number_word(w).and_then(|v| PrintedNumber::new(v, 0).ok()),
        _ => None,
    }
}

/// Where `row` matches at token `i`: the end and the slot number.
fn match_row(
    row: &Quantifier,
    tokens: &[Spanned],
    i: usize,
) -> Option<(usize, Option<PrintedNumber>)> {
    let mut n = None;
    for (k, want) in row.tokens.iter().enumerate() {
        let got = tokens.get(i + k)?;
        match want {
            Token::Slot => n = Some(slot_number(got)?),
            other => {
                if *other != got.token {
                    return None;
                }
            }
        }
    }
    Some((i + row.tokens.len(), n))
}

const YEAR_CUES: [&str; 14] = [
    "in", "since", "during", "until", "from", "to", "between", "by", "year", "fiscal", "before",
    "after", "and", "through",
];

fn is_year_or_day(tokens: &[Spanned], hit: &Hit, row: &Quantifier) -> bool {
    if row.kind() != QuantifierKind::Number {
        return false;
    }
    let prev = hit.start.checked_sub(1).and_then(|p| tokens.get(p));
    let prev_word = match prev.map(|s| &s.token) {
        Some(Token::Word(w)) => Some(w.as_str()),
        _ => None,
    };
    let raw_year = matches!(&tokens[hit.start].token,
        Token::Number(p, raw) if p.decimals() == 0 && raw.len() == 4 && (1900.0..=2100.0).contains(&p.value()));
    let after_month = prev_word.is_some_and(crate::claims::period::is_month_word);
    (raw_year && prev_word.is_some_and(|w| YEAR_CUES.contains(&w))) || after_month
}

/// Whether the token at `i` is the `up` of a phrasal verb (`made up`,
/// `took up`), not a change.
fn is_phrasal_up(tokens: &[Spanned], i: usize) -> bool {
    const VERBS: [&str; 8] = [
        "made", "make", "makes", "making", "took", "take", "takes", "taking",
    ];
    tokens[i].token == Token::Word("up".into())
        && i.checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|t| matches!(&t.token, Token::Word(w) if VERBS.contains(&w.as_str())))
}

/// Reads a claim sentence with the given quantifier table.
///
/// # Errors
/// As [`parse_claim`].
///
/// ```
/// use njov::claims::{parse_claim_with, QuantifierTable, Scale};
/// let table = QuantifierTable::default_table();
/// let s = parse_claim_with("almost five times as many", &table).unwrap().statement.unwrap();
/// assert_eq!(s.unit, Scale::Ratio);
/// assert_eq!(s.accepted.ends(), [4.5, 5.0]);
/// ```
pub fn parse_claim_with(text: &str, table: &QuantifierTable) -> Result<ParsedClaim> {
    if text.trim().is_empty() {
        return Err(Error::parse(text, "", "the sentence is empty"));
    }
    let tokens = tokenize(text, false)?;
    let period = find_period(text, &tokens)?;
    let rows = table.rows();
    let mut hits: Vec<Hit> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((_, a, b)) = &period
            && (*a..*b).contains(&i)
        {
            i = *b;
            continue;
        }
        if is_phrasal_up(&tokens, i) {
            i += 1;
            continue;
        }
        let best = rows
            .iter()
            .enumerate()
            .filter_map(|(r, row)| match_row(row, &tokens, i).map(|(end, n)| (r, end, n)))
            .max_by_key(|(r, end, _)| (*end, std::cmp::Reverse(*r)));
        match best {
            Some((row, end, n)) => {
                let hit = Hit {
                    row,
                    start: i,
                    end,
                    n,
                };
                if !is_year_or_day(&tokens, &hit, &rows[row]) {
                    hits.push(hit);
                }
                i = end;
            }
            None => i += 1,
        }
    }
    let part = |a: usize, b: usize| text[tokens[a].start..tokens[b - 1].end].to_string();
    let is_amount = |h: &Hit| {
        let q = &rows[h.row];
        !matches!(q.kind(), QuantifierKind::Modifier) && !q.is_direction_word()
    };
    let Some(a) = hits.iter().position(is_amount) else {
        // Nothing to judge but perhaps a period; else name a dangling hedge.
        if let Some((p, _, _)) = period {
            return Ok(ParsedClaim {
                text: text.to_string(),
                kind: ClaimKind::Period,
                statement: None,
                period: Some(p),
            });
        }
        if let Some(h) = hits.first() {
            let end = (h.end + 1).min(tokens.len());
            return Err(Error::parse(
                text,
                part(h.start, end),
                format!(
                    "'{}' is not followed by a number, a fraction in words or a quantifier",
                    rows[h.row].phrase()
                ),
            ));
        }
        return Err(Error::parse(
            text,
            text.trim(),
            "no number, percentage, fraction in words, verbal quantifier or period found",
        ));
    };
    let amount = &hits[a];
    let amount_row = &rows[amount.row];
    let modifier = a
        .checked_sub(1)
        .map(|m| &hits[m])
        .filter(|m| rows[m.row].kind() == QuantifierKind::Modifier && m.end == amount.start);
    let head = modifier.map_or(amount.start, |m| m.start);
    let head_index = if modifier.is_some() { a - 1 } else { a };
    let before = head_index
        .checked_sub(1)
        .map(|d| &hits[d])
        .filter(|d| rows[d.row].is_direction_word() && d.end == head);
    let after = hits
        .get(a + 1)
        .filter(|d| rows[d.row].is_direction_word() && d.start == amount.end);
    let direction = before.or(after).map(|d| rows[d.row].kind());
    let first = before.map_or(head, |d| d.start);
    let last = after.map_or(amount.end, |d| d.end);
    let wording = part(first, last);

    // The stated value x, its exact interval and the row's own interval.
    let (unit, x, exact, own, decimals) = match amount_row.kind() {
        QuantifierKind::Percent | QuantifierKind::Number => {
            let n = amount
                .n
                .clone()
                .ok_or_else(|| Error::parse(text, wording.clone(), "no number"))?;
            let (lo, hi) = n.admitted();
            let unit = match (amount_row.kind(), direction) {
                (QuantifierKind::Percent, None) => Scale::Percent,
                (QuantifierKind::Percent, Some(_)) => Scale::PercentChange,
                (_, None) => Scale::Count,
                (_, Some(_)) => Scale::Difference,
            };
            (
                unit,
                Some(n.value()),
                Some((lo, hi)),
                amount_row.interval(n.value(), lo, hi),
                Some(n.decimals()),
            )
        }
        QuantifierKind::Increase | QuantifierKind::Decrease => {
            let n = amount
                .n
                .clone()
                .ok_or_else(|| Error::parse(text, wording.clone(), "no number"))?;
            let (lo, hi) = n.admitted();
            (
                Scale::PercentChange,
                Some(n.value()),
                Some((lo, hi)),
                amount_row.interval(n.value(), lo, hi),
                Some(n.decimals()),
            )
        }
        QuantifierKind::Fraction => {
            let v = amount_row.value().unwrap_or(0.0) * 100.0;
            let d = amount_row.decimals().unwrap_or(0);
            let h = 0.5 * 10f64.powi(-(d as i32));
            let unit = if direction.is_some() {
                Scale::PercentChange
            } else {
                Scale::Percent
            };
            (
                unit,
                Some(v),
                Some((v - h, v + h)),
                amount_row.interval(v, v - h, v + h),
                Some(d),
            )
        }
        QuantifierKind::Ratio => {
            if direction == Some(QuantifierKind::Decrease) {
                return Err(Error::parse(
                    text,
                    wording,
                    "a fall stated as a multiple is ambiguous (to / from or from / to)",
                ));
            }
            let (v, lo, hi, d) = match &amount.n {
                Some(n) => {
                    let (lo, hi) = n.admitted();
                    (n.value(), lo, hi, n.decimals())
                }
                None => {
                    let v = amount_row.value().unwrap_or(1.0);
                    let d = amount_row.decimals().unwrap_or(0);
                    let h = 0.5 * 10f64.powi(-(d as i32));
                    (v, v - h, v + h, d)
                }
            };
            (
                Scale::Ratio,
                Some(v),
                Some((lo, hi)),
                amount_row.interval(v, lo, hi),
                Some(d),
            )
        }
        QuantifierKind::Share => {
            if let Some(m) = modifier {
                return Err(Error::parse(
                    text,
                    part(m.start, amount.end),
                    format!(
                        "'{}' cannot hedge the absolute share '{}'",
                        rows[m.row].phrase(),
                        amount_row.phrase()
                    ),
                ));
            }
            if direction.is_some() {
                return Err(Error::parse(
                    text,
                    wording,
                    "an absolute share cannot be a change",
                ));
            }
            (
                Scale::Percent,
                None,
                None,
                amount_row.interval(0.0, 0.0, 0.0).map(|i| i.scaled(100.0)),
                None,
            )
        }
        QuantifierKind::Modifier => unreachable_modifier(text, &wording)?,
    };
    let accepted = match modifier {
        Some(m) => {
            let (lo, hi) = exact.unwrap_or((f64::NAN, f64::NAN));
            rows[m.row].interval(x.unwrap_or(f64::NAN), lo, hi)
        }
        None => own,
    }
    .ok_or_else(|| {
        Error::parse(
            text,
            wording.clone(),
            "the quantifier table gives no interval for this wording",
        )
    })?;
    let exact = exact.and_then(|(lo, hi)| AcceptedInterval::closed(lo, hi).ok());
    let quantifier = match (modifier, amount_row.kind()) {
        (Some(m), _) => Some(rows[m.row].phrase().to_string()),
        (None, QuantifierKind::Fraction | QuantifierKind::Share) => {
            Some(amount_row.phrase().to_string())
        }
        (None, QuantifierKind::Ratio) if amount.n.is_none() => {
            Some(amount_row.phrase().to_string())
        }
        _ => None,
    };
    let decrease = direction == Some(QuantifierKind::Decrease)
        || amount_row.kind() == QuantifierKind::Decrease;
    let (stated, exact, accepted) = if decrease {
        (
            x.map(|v| -v),
            exact.map(|e| e.negated()),
            accepted.negated(),
        )
    } else {
        (x, exact, accepted)
    };
    let kind = match unit {
        Scale::Percent => ClaimKind::Share,
        Scale::Count => ClaimKind::Level,
        _ => ClaimKind::Change,
    };
    let printed = amount.n.clone().map(|n| {
        if decrease {
            PrintedNumber::new(-n.value(), n.decimals()).unwrap_or(n)
        } else {
            n
        }
    });
    Ok(ParsedClaim {
        text: text.to_string(),
        kind,
        statement: Some(StatedAmount {
            wording,
            kind,
            unit,
            stated,
            printed,
            decimals,
            exact,
            accepted,
            quantifier,
        }),
        period: period.map(|(p, _, _)| p),
    })
}

fn unreachable_modifier<T>(text: &str, wording: &str) -> Result<T> {
    Err(Error::parse(text, wording, "a modifier is not an amount"))
}

impl StatedAmount {
    /// The statement in words, for reasons: `'Nearly 40%' accepts [36, 40]`.
    pub(crate) fn describe(&self) -> String {
        format!("'{}' accepts {}", self.wording, self.accepted)
    }

    /// The stated value rounded as printed, for reasons.
    pub(crate) fn stated_text(&self) -> String {
        self.stated.map_or_else(|| "-".into(), short)
    }
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
    }
}
