//! Calendar dates and reference periods, and the ways a printed period can be
//! corrupted.

use crate::claims::token::{Spanned, Token, tokenize};
use crate::data::{Date, Period, days_in_month};
use crate::error::{Error, Result};

/// The months' names, lower case, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month (1-12) a word names, in full or abbreviated (`Jul`, `Sept`).
fn month_of(word: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|m| *m == word || (word.len() >= 3 && m.starts_with(word)))
        .map(|i| i as u32 + 1)
}

/// Whether a word names a month.
pub(crate) fn is_month_word(word: &str) -> bool {
    month_of(word).is_some()
}

/// Reads a date written in English or ISO: `2015-03-15`, `March 15, 2015`,
/// `Mar. 15, 2015` or `15 March 2015`.
///
/// # Errors
/// `ErrorKind::Parse` naming the date when it is none of these forms or
/// names a day that does not exist.
///
/// ```
/// use njov::claims::parse_date;
/// use njov::data::Date;
/// assert_eq!(parse_date("March 15, 2015").unwrap(), Date::new(2015, 3, 15).unwrap());
/// assert_eq!(parse_date("15 Mar 2015").unwrap().to_string(), "2015-03-15");
/// assert!(parse_date("February 30, 2011").is_err());
/// ```
pub fn parse_date(text: &str) -> Result<Date> {
    let tokens = tokenize(text, false)?;
    match date_at(text, &tokens, 0)? {
        Some((date, used)) if tokens[used..].iter().all(|t| t.token == Token::Punct('.')) => {
            Ok(date)
        }
        _ => Err(Error::parse(
            text,
            text.trim(),
            "not a date (expected 2015-03-15, March 15, 2015 or 15 March 2015)",
        )),
    }
}

/// Reads a period written in English: two dates joined by `through`,
/// `thru`, `to`, `until`, `till`, `and` or a dash, optionally after `from`
/// or `between`; a month with its year stands for its first day as a start
/// and its last day as an end (`July 2010 to June 2011`); calendar and
/// fiscal years; "the twelve months ending ...".
///
/// # Errors
/// `ErrorKind::Parse` naming the part when there is no period, or a day
/// does not exist.
///
/// ```
/// use njov::claims::parse_period;
/// use njov::data::Date;
/// let p = parse_period("January 1, 2010, through December 31, 2010").unwrap();
/// assert_eq!(p.end, Date::new(2010, 12, 31).unwrap());
/// assert_eq!(p.days(), 365);
/// ```
pub fn parse_period(text: &str) -> Result<Period> {
    let tokens = tokenize(text, false)?;
    find_period(text, &tokens)?
        .map(|(p, _, _)| p)
        .ok_or_else(|| Error::parse(text, text.trim(), "no period of two dates found"))
}

fn number(t: Option<&Spanned>) -> Option<(f64, &str)> {
    match t.map(|s| &s.token) {
        Some(Token::Number(p, raw)) if p.decimals() == 0 && !raw.contains(',') => {
            Some((p.value(), raw.as_str()))
        }
        _ => None,
    }
}

fn word(t: Option<&Spanned>) -> Option<&str> {
    match t.map(|s| &s.token) {
        Some(Token::Word(w)) => Some(w),
        _ => None,
    }
}

fn is_punct(t: Option<&Spanned>, c: char) -> bool {
    t.is_some_and(|s| s.token == Token::Punct(c))
}

/// Which end of a period a month without a day stands for.
#[derive(Clone, Copy, PartialEq)]
enum End {
    Start,
    Last,
}

/// The reason a date the calendar lacks (`31 June 2001`) is left unread;
/// the document scanner reads such a period as corrupted.
pub(crate) const NO_SUCH_DAY: &str = "no such day";

/// A date starting at token `i`: returns it and the index after it.
fn date_at(text: &str, tokens: &[Spanned], i: usize) -> Result<Option<(Date, usize)>> {
    date_at_end(text, tokens, i, End::Start)
}

fn date_at_end(
    text: &str,
    tokens: &[Spanned],
    i: usize,
    end: End,
) -> Result<Option<(Date, usize)>> {
    let make = |y: f64, m: u32, d: f64, from: usize, to: usize| -> Result<Option<(Date, usize)>> {
        let part = &text[tokens[from].start..tokens[to - 1].end];
        if !(1000.0..=9999.0).contains(&y) || !(1.0..=31.0).contains(&d) {
            return Err(Error::parse(text, part, "not a date"));
        }
        Date::new(y as i32, m, d as u32)
            .map(|date| Some((date, to)))
            .map_err(|_| Error::parse(text, part, NO_SUCH_DAY))
    };
    let skip_dot = |j: usize| {
        if is_punct(tokens.get(j), '.') {
            j + 1
        } else {
            j
        }
    };
    // Month [.] day [,] year  |  Month [.] year
    if let Some(m) = word(tokens.get(i)).and_then(month_of) {
        let j = skip_dot(i + 1);
        if let Some((d, _)) = number(tokens.get(j)).filter(|(d, _)| *d <= 31.0) {
            let mut k = j + 1;
            if is_punct(tokens.get(k), ',') {
                k += 1;
            }
            if let Some((y, raw)) = number(tokens.get(k)).filter(|(_, r)| r.len() == 4) {
                let _ = raw;
                return make(y, m, d, i, k + 1);
            }
            return Ok(None);
        }
        if let Some((y, _)) = number(tokens.get(j)).filter(|(_, r)| r.len() == 4) {
            let d = if end == End::Start {
                1.0
            } else {
                f64::from(days_in_month(y as i32, m))
            };
            return make(y, m, d, i, j + 1);
        }
        return Ok(None);
    }
    // day Month [,] year
    if let Some((d, _)) = number(tokens.get(i)).filter(|(d, r)| *d <= 31.0 && r.len() <= 2)
        && let Some(m) = word(tokens.get(i + 1)).and_then(month_of)
    {
        let mut k = skip_dot(i + 2);
        if is_punct(tokens.get(k), ',') {
            k += 1;
        }
        if let Some((y, _)) = number(tokens.get(k)).filter(|(_, r)| r.len() == 4) {
            return make(y, m, d, i, k + 1);
        }
        return Ok(None);
    }
    // yyyy-mm-dd
    if let Some((y, _)) = number(tokens.get(i)).filter(|(_, r)| r.len() == 4)
        && is_punct(tokens.get(i + 1), '-')
        && let Some((m, _)) = number(tokens.get(i + 2)).filter(|(_, r)| r.len() == 2)
        && is_punct(tokens.get(i + 3), '-')
        && let Some((d, _)) = number(tokens.get(i + 4)).filter(|(_, r)| r.len() == 2)
    {
        let part = &text[tokens[i].start..tokens[i + 4].end];
        if !(1.0..=12.0).contains(&m) {
            return Err(Error::parse(text, part, "no such month"));
        }
        return make(y, m as u32, d, i, i + 5);
    }
    Ok(None)
}

/// A period found in a sentence: the period, the other period its wording
/// can also mean (a fiscal year without its months), the convention that
/// chose the first, and the token range it covers.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FoundPeriod {
    pub period: Period,
    pub alternative: Option<Period>,
    pub convention: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// Every date and period of a sentence: the first period, the token ranges
/// of all dates and periods (their numbers are not amounts), and the dates
/// that do not exist (part, message).
#[derive(Debug, Clone, Default)]
pub(crate) struct PeriodScan {
    pub first: Option<FoundPeriod>,
    pub spans: Vec<(usize, usize)>,
    pub problems: Vec<(String, String)>,
}

/// The date `months` months before `end`, plus one day: the first day of
/// the `months` months ending on `end`. A month's last day counts back to
/// the first day of a month (the twelve months ending 28 Feb 2001 start on
/// 1 Mar 2000).
fn months_before(end: Date, months: u32) -> Option<Date> {
    let index = i64::from(end.year()) * 12 + i64::from(end.month()) - 1 - i64::from(months);
    let (y, m) = (
        i32::try_from(index.div_euclid(12)).ok()?,
        u32::try_from(index.rem_euclid(12)).ok()? + 1,
    );
    if end.day() == days_in_month(end.year(), end.month()) {
        // First day of the month after (y, m).
        let next = index + 1;
        let (ny, nm) = (
            i32::try_from(next.div_euclid(12)).ok()?,
            u32::try_from(next.rem_euclid(12)).ok()? + 1,
        );
        return Date::new(ny, nm, 1).ok();
    }
    let d = end.day().min(days_in_month(y, m));
    if d < days_in_month(y, m) {
        Date::new(y, m, d + 1).ok()
    } else {
        let next = index + 1;
        Date::new(
            i32::try_from(next.div_euclid(12)).ok()?,
            u32::try_from(next.rem_euclid(12)).ok()? + 1,
            1,
        )
        .ok()
    }
}

fn year_at(tokens: &[Spanned], i: usize) -> Option<i32> {
    number(tokens.get(i))
        .filter(|(_, raw)| raw.len() == 4)
        .map(|(y, _)| y as i32)
        .filter(|y| (1000..=9999).contains(y))
}

/// Words that put a fiscal year in the US federal government's frame
/// (1 October - 30 September): `federal fiscal year 2001`, `the FBI's
/// fiscal year 2001`, `Congress funded ... in fiscal year 2001`.
const FEDERAL_CUES: [&str; 8] = [
    "federal",
    "congress",
    "congressional",
    "fbi",
    "omb",
    "appropriations",
    "appropriated",
    "washington",
];

/// The frame a fiscal year is read in.
#[derive(Clone, Copy, PartialEq)]
enum FiscalFrame {
    /// Named or implied federal (`federal fiscal year`, `FY2001`, a
    /// federal cue in the sentence): 1 October - 30 September only.
    Federal,
    /// Named a state's (`state fiscal year 2001`): 1 July - 30 June only.
    State,
    /// Neither: read as federal, with the state year as the alternative.
    Unnamed,
}

/// The frame of the fiscal year whose first word is at `i`: the word just
/// before it (`federal`, `state`), the abbreviation `FY` (a federal budget
/// usage), or a federal cue elsewhere in its sentence.
fn fiscal_frame(tokens: &[Spanned], i: usize) -> FiscalFrame {
    let before = i.checked_sub(1).and_then(|p| word(tokens.get(p)));
    if matches!(before, Some("state" | "states" | "state's")) {
        return FiscalFrame::State;
    }
    if before == Some("federal") || word(tokens.get(i)) == Some("fy") {
        return FiscalFrame::Federal;
    }
    let ends = |t: &Spanned| matches!(t.token, Token::Punct('.' | ';' | '!' | '?'));
    let start = tokens[..i].iter().rposition(ends).map_or(0, |k| k + 1);
    let end = tokens[i..]
        .iter()
        .position(ends)
        .map_or(tokens.len(), |k| i + k);
    let federal = tokens[start..end]
        .iter()
        .filter_map(|t| word(Some(t)))
        .any(|w| FEDERAL_CUES.contains(&w.trim_end_matches("'s")));
    if federal {
        FiscalFrame::Federal
    } else {
        FiscalFrame::Unnamed
    }
}

/// `fiscal year 2001`, `fiscal 2001`, `FY 2001`, `FY2001`, `fiscal year
/// 2000-01`: the year ending in the named year. A federal fiscal year
/// (`federal fiscal year 2001`, `FY2001`, or a federal cue in the
/// sentence) runs 1 October - 30 September; a state's (`state fiscal year
/// 2001`) 1 July - 30 June; one that names neither is read as federal, with
/// the July - June year of most US states as the alternative.
fn fiscal_year_at(tokens: &[Spanned], i: usize) -> Option<(FoundPeriod, usize)> {
    let w = word(tokens.get(i))?;
    let mut k = match w {
        "fiscal" if word(tokens.get(i + 1)) == Some("year") => i + 2,
        "fiscal" | "fy" => i + 1,
        _ => return None,
    };
    let mut year = year_at(tokens, k)?;
    k += 1;
    // `2000-01`, `2000/2001`: the fiscal year ends in the second year.
    if (is_punct(tokens.get(k), '-')
        || is_punct(tokens.get(k), '/')
        || is_punct(tokens.get(k), '\u{2013}'))
        && let Some((second, raw)) = number(tokens.get(k + 1))
    {
        let second = second as i32;
        let end_year = match raw.len() {
            2 => year - year % 100 + second,
            4 => second,
            _ => 0,
        };
        if end_year == year + 1 {
            year = end_year;
            k += 2;
        }
    }
    let federal = Period::new(
        Date::new(year - 1, 10, 1).ok()?,
        Date::new(year, 9, 30).ok()?,
    );
    let state = Period::new(
        Date::new(year - 1, 7, 1).ok()?,
        Date::new(year, 6, 30).ok()?,
    );
    let frame = fiscal_frame(tokens, i);
    let start = if frame == FiscalFrame::Unnamed || w == "fy" {
        i
    } else {
        // `federal fiscal year 2001`, `state fiscal year 2001`: the frame
        // word belongs to the period when it is just before it.
        i.checked_sub(1)
            .filter(|p| {
                matches!(
                    word(tokens.get(*p)),
                    Some("federal" | "state" | "states" | "state's")
                )
            })
            .unwrap_or(i)
    };
    let (period, alternative, convention) = match frame {
        FiscalFrame::Federal => (federal, None, None),
        FiscalFrame::State => (state, None, None),
        FiscalFrame::Unnamed => (
            federal,
            Some(state),
            Some(format!(
                "'fiscal year {year}' names no months: read as the US federal fiscal year (1 October {} - 30 September {year}); most US states' fiscal year {year} runs 1 July {} - 30 June {year}",
                year - 1,
                year - 1
            )),
        ),
    };
    Some((
        FoundPeriod {
            period,
            alternative,
            convention,
            start,
            end: k,
        },
        k,
    ))
}

/// `calendar year 2000`: 1 January - 31 December.
fn calendar_year_at(tokens: &[Spanned], i: usize) -> Option<(FoundPeriod, usize)> {
    if word(tokens.get(i)) != Some("calendar") {
        return None;
    }
    let k = if word(tokens.get(i + 1)) == Some("year") {
        i + 2
    } else {
        i + 1
    };
    let year = year_at(tokens, k)?;
    Some((
        FoundPeriod {
            period: Period::new(Date::new(year, 1, 1).ok()?, Date::new(year, 12, 31).ok()?),
            alternative: None,
            convention: None,
            start: i,
            end: k + 1,
        },
        k + 1,
    ))
}

/// `the year`, `the twelve months`, `the 12-month period`, `the fiscal
/// year` (with `fiscal` only when `fiscal` is true) from token `i`: the
/// number of months and the token after the words.
fn months_span(tokens: &[Spanned], i: usize, fiscal: bool) -> Option<(u32, usize)> {
    let mut k = i;
    if word(tokens.get(k)) == Some("the") {
        k += 1;
    }
    let months: u32 = match word(tokens.get(k)) {
        Some("year") => {
            k += 1;
            12
        }
        Some("fiscal") if fiscal && word(tokens.get(k + 1)) == Some("year") => {
            k += 2;
            12
        }
        _ => {
            let n = crate::claims::amount::read_numeral(tokens, k)?;
            if !n.is_whole() || !(1.0..=120.0).contains(&n.value) {
                return None;
            }
            k = n.end;
            // `n` is a whole number from 1 to 120 here.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let n = n.value as u32;
            match word(tokens.get(k)) {
                Some("months" | "month") => {
                    k += 1;
                    n
                }
                Some("years" | "year") => {
                    k += 1;
                    12 * n
                }
                _ => return None,
            }
        }
    };
    if word(tokens.get(k)) == Some("period") {
        k += 1;
    }
    Some((months, k))
}

/// `the twelve months ending June 30, 2001`, `the 12-month period ended
/// 30 June 2001`, `the year ending June 30, 2001`, `the fiscal year ended
/// June 30, 2001`: the months ending on a date.
fn months_ending_at(
    text: &str,
    tokens: &[Spanned],
    i: usize,
) -> Result<Option<(FoundPeriod, usize)>> {
    let Some((months, mut k)) = months_span(tokens, i, true) else {
        return Ok(None);
    };
    match word(tokens.get(k)) {
        Some("ending" | "ended" | "through" | "to" | "until") => k += 1,
        _ => return Ok(None),
    }
    let Some((end, after)) = date_at_end(text, tokens, k, End::Last)? else {
        return Ok(None);
    };
    let Some(start) = months_before(end, months) else {
        return Ok(None);
    };
    Ok(Some(found(Period::new(start, end), i, after)))
}

/// A period read with no other reading, over tokens `start..end`, and
/// where reading goes on.
fn found(period: Period, start: usize, end: usize) -> (FoundPeriod, usize) {
    (
        FoundPeriod {
            period,
            alternative: None,
            convention: None,
            start,
            end,
        },
        end,
    )
}

/// Two dates joined by `through`, `to`, a dash...: see [`Period::parse`].
/// A date without its year at token `i` (`1 January`, `January 1`), when
/// a joiner follows it (`to`, `through`, `and`, a dash): its month, day
/// and the index after it.
fn yearless_date_at(tokens: &[Spanned], i: usize) -> Option<(u32, u32, usize)> {
    let day = |t: Option<&Spanned>| {
        number(t)
            .filter(|(d, r)| (1.0..=31.0).contains(d) && r.len() <= 2 && d.fract() == 0.0)
            .map(|(d, _)| d as u32)
    };
    let (m, d, next) = if let Some(m) = word(tokens.get(i)).and_then(month_of) {
        (m, day(tokens.get(i + 1))?, i + 2)
    } else {
        let d = day(tokens.get(i))?;
        (word(tokens.get(i + 1)).and_then(month_of)?, d, i + 2)
    };
    let joins = match tokens.get(next).map(|s| &s.token) {
        Some(Token::Word(w)) => {
            ["through", "thru", "to", "until", "till", "and"].contains(&w.as_str())
        }
        Some(Token::Punct('-' | '\u{2013}' | '\u{2014}')) => true,
        _ => false,
    };
    joins.then_some((m, d, next))
}

/// The period from `start` to `end` whose first date is at token `i` (a
/// `from` or `between` before it included) and whose words end at `after`.
fn between(
    tokens: &[Spanned],
    i: usize,
    start: Date,
    end: Date,
    after: usize,
) -> (FoundPeriod, usize) {
    let mut first = i;
    if i > 0 && matches!(word(tokens.get(i - 1)), Some("from" | "between")) {
        first = i - 1;
    }
    (
        FoundPeriod {
            period: Period::new(start, end),
            alternative: None,
            convention: None,
            start: first,
            end: after,
        },
        after,
    )
}

fn two_dates_at(text: &str, tokens: &[Spanned], i: usize) -> Result<Option<(FoundPeriod, usize)>> {
    let Some((start, mut j)) = date_at(text, tokens, i)? else {
        // `from 1 January to 31 December 2001`: the start shares the end's
        // year (the year before, when its day falls after the end's).
        if let Some((m, d, k)) = yearless_date_at(tokens, i)
            && let Some((end, after)) = date_at_end(text, tokens, k + 1, End::Last)?
        {
            let year = if (m, d) > (end.month(), end.day()) {
                end.year() - 1
            } else {
                end.year()
            };
            let Ok(start) = Date::new(year, m, d) else {
                return Ok(None);
            };
            return Ok(Some(between(tokens, i, start, end, after)));
        }
        return Ok(None);
    };
    let date_end = j;
    if is_punct(tokens.get(j), ',') {
        j += 1;
    }
    let joined = match tokens.get(j).map(|s| &s.token) {
        Some(Token::Word(w))
            if ["through", "thru", "to", "until", "till", "and"].contains(&w.as_str()) =>
        {
            Some(j + 1)
        }
        Some(Token::Punct('-' | '\u{2013}' | '\u{2014}')) => Some(j + 1),
        _ => None,
    };
    if let Some(k) = joined
        && let Some((end, after)) = date_at_end(text, tokens, k, End::Last)?
    {
        return Ok(Some(between(tokens, i, start, end, after)));
    }
    // A single date: its numbers are not amounts, but it is no period.
    Ok(Some((
        FoundPeriod {
            period: Period::new(start, start),
            alternative: None,
            convention: Some("single date".into()),
            start: i,
            end: date_end,
        },
        date_end,
    )))
}

/// The day before the date `months` months after `start`: the last day of
/// the `months` months beginning on `start` (the year beginning 1 July 2000
/// ends on 30 June 2001).
fn months_after(start: Date, months: u32) -> Option<Date> {
    let index = i64::from(start.year()) * 12 + i64::from(start.month()) - 1 + i64::from(months);
    let (y, m) = (
        i32::try_from(index.div_euclid(12)).ok()?,
        u32::try_from(index.rem_euclid(12)).ok()? + 1,
    );
    let day = start.day().min(days_in_month(y, m));
    let same = Date::new(y, m, day).ok()?;
    // One day back, across a month's or a year's start.
    if same.day() > 1 {
        return Date::new(y, m, same.day() - 1).ok();
    }
    let (py, pm) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
    Date::last_of_month(py, pm).ok()
}

/// `the year beginning July 1, 2000`, `the 12 months following July 1,
/// 2000`, `the twelve months starting 1 July 2000`, `the year from July 1,
/// 2000`: the months beginning on a date (the mirror of
/// [`months_ending_at`]).
fn months_beginning_at(
    text: &str,
    tokens: &[Spanned],
    i: usize,
) -> Result<Option<(FoundPeriod, usize)>> {
    let Some((months, mut k)) = months_span(tokens, i, false) else {
        return Ok(None);
    };
    // `that began on`, `which started`.
    if matches!(word(tokens.get(k)), Some("that" | "which"))
        && matches!(
            word(tokens.get(k + 1)),
            Some("began" | "begins" | "begin" | "started" | "starts" | "start")
        )
    {
        k += 2;
    } else {
        match word(tokens.get(k)) {
            Some(
                "beginning" | "begun" | "starting" | "started" | "following" | "from" | "after",
            ) => {
                k += 1;
            }
            _ => return Ok(None),
        }
    }
    // `beginning on July 1, 2000`.
    if word(tokens.get(k)) == Some("on") {
        k += 1;
    }
    let Some((start, after)) = date_at(text, tokens, k)? else {
        return Ok(None);
    };
    // `the twelve months from 1 July 2000 to 30 June 2002`: an end date
    // stated after the start is the period's end, whatever the count of
    // months says (a corrupted period shows only so).
    // (Read as two dates are, a month alone ending on its last day:
    // `from July 2000 to June 2001`.)
    if matches!(
        word(tokens.get(after)),
        Some("to" | "through" | "until" | "till")
    ) && let Some((mut two, past)) = two_dates_at(text, tokens, k)?
    {
        two.start = i;
        return Ok(Some((two, past)));
    }
    let Some(end) = months_after(start, months) else {
        return Ok(None);
    };
    Ok(Some(found(Period::new(start, end), i, after)))
}

/// Every date and period in `tokens`, in one pass (each position looks a
/// bounded number of tokens ahead).
pub(crate) fn scan_periods(text: &str, tokens: &[Spanned]) -> PeriodScan {
    let mut scan = PeriodScan::default();
    let mut i = 0;
    while i < tokens.len() {
        let found = months_ending_at(text, tokens, i)
            .and_then(|f| match f {
                Some(f) => Ok(Some(f)),
                None => months_beginning_at(text, tokens, i),
            })
            .map(|f| {
                f.or_else(|| calendar_year_at(tokens, i).or_else(|| fiscal_year_at(tokens, i)))
            })
            .and_then(|f| match f {
                Some(f) => Ok(Some(f)),
                None => two_dates_at(text, tokens, i),
            });
        match found {
            Ok(Some((f, after))) => {
                scan.spans.push((f.start, f.end));
                if f.convention.as_deref() != Some("single date") && scan.first.is_none() {
                    scan.first = Some(f);
                }
                i = after.max(i + 1);
            }
            Ok(None) => i += 1,
            Err(e) => {
                // A date that does not exist: its numbers are not amounts
                // either; skip the tokens of the part named.
                let mut next = i + 1;
                if let crate::error::ErrorKind::Parse { part, message, .. } = e.kind() {
                    scan.problems.push((part.clone(), message.clone()));
                    let end_byte = tokens[i].start + part.len();
                    while next < tokens.len() && tokens[next].start < end_byte {
                        next += 1;
                    }
                    scan.spans.push((i, next));
                }
                i = next;
            }
        }
    }
    scan
}

/// The first period in `tokens`: the period and the token range it covers.
///
/// # Errors
/// `ErrorKind::Parse` for the first date that does not exist, when no
/// period is found.
pub(crate) fn find_period(
    text: &str,
    tokens: &[Spanned],
) -> Result<Option<(Period, usize, usize)>> {
    let scan = scan_periods(text, tokens);
    match (scan.first, scan.problems.first()) {
        (Some(f), _) => Ok(Some((f.period, f.start, f.end))),
        (None, Some((part, message))) => Err(Error::parse(text, part.as_str(), message.as_str())),
        (None, None) => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::PeriodProblem;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn reads_date_forms() {
        for text in [
            "2015-03-15",
            "March 15, 2015",
            "Mar. 15, 2015",
            "15 March 2015",
            "15 Mar 2015",
        ] {
            assert_eq!(parse_date(text).unwrap(), d(2015, 3, 15), "{text}");
        }
        assert!(parse_date("February 30, 2011").is_err());
        assert!(parse_date("sometime").is_err());
        assert_eq!(parse_date("Mar 3, 2011").unwrap(), d(2011, 3, 3));
        assert_eq!(parse_date("May 3, 2011").unwrap(), d(2011, 5, 3));
        assert_eq!(parse_date("Sept 3, 2011").unwrap(), d(2011, 9, 3));
    }

    #[test]
    fn reads_periods() {
        let p = parse_period("from July 1, 2030, through June 30, 2030").unwrap();
        assert_eq!(p, Period::new(d(2030, 7, 1), d(2030, 6, 30)));
        let p = parse_period("between 1 July 2010 and 30 June 2011").unwrap();
        assert_eq!(p, Period::new(d(2010, 7, 1), d(2011, 6, 30)));
        let p = parse_period("July 2010 to June 2011").unwrap();
        assert_eq!(p, Period::new(d(2010, 7, 1), d(2011, 6, 30)));
        // The start's year left to the end's, or the year before it.
        let p = parse_period("from 1 January to 31 December 2001").unwrap();
        assert_eq!(p, Period::new(d(2001, 1, 1), d(2001, 12, 31)));
        let p = parse_period("from July 1 to June 30, 2001").unwrap();
        assert_eq!(p, Period::new(d(2000, 7, 1), d(2001, 6, 30)));
        let p = parse_period("2010-07-01 - 2011-06-30").unwrap();
        assert_eq!(p.days(), 365);
        assert!(parse_period("in 2010").is_err());
        let p = parse_period("in calendar year 2000").unwrap();
        assert_eq!(p, Period::new(d(2000, 1, 1), d(2000, 12, 31)));
        let p = parse_period("in fiscal year 2001").unwrap();
        assert_eq!(p, Period::new(d(2000, 10, 1), d(2001, 9, 30)));
        let p = parse_period("FY2001").unwrap();
        assert_eq!(p, Period::new(d(2000, 10, 1), d(2001, 9, 30)));
        let p = parse_period("fiscal year 2000-01").unwrap();
        assert_eq!(p, Period::new(d(2000, 10, 1), d(2001, 9, 30)));
        let p = parse_period("in state fiscal year 2001").unwrap();
        assert_eq!(p, Period::new(d(2000, 7, 1), d(2001, 6, 30)));
        let p = parse_period("in federal fiscal year 2001").unwrap();
        assert_eq!(p, Period::new(d(2000, 10, 1), d(2001, 9, 30)));
        let p = parse_period("the twelve months ending June 30, 2001").unwrap();
        assert_eq!(p, Period::new(d(2000, 7, 1), d(2001, 6, 30)));
        for text in [
            "in the year beginning July 1, 2000",
            "the 12 months following July 1, 2000",
            "the twelve months starting 1 July 2000",
            "the year from July 1, 2000",
        ] {
            assert_eq!(
                parse_period(text).unwrap(),
                Period::new(d(2000, 7, 1), d(2001, 6, 30)),
                "{text}"
            );
        }
        for text in [
            "For the twelve months that began on July 1, 2000",
            "the year beginning on 1 July 2000",
        ] {
            let p = parse_period(text).unwrap();
            assert_eq!(p.end, Date::new(2001, 6, 30).unwrap(), "{text}");
        }
        let p = parse_period("the 6 months beginning March 1, 2004").unwrap();
        assert_eq!(p, Period::new(d(2004, 3, 1), d(2004, 8, 31)));
        let p = parse_period("the year beginning January 1, 2000").unwrap();
        assert_eq!(p, Period::new(d(2000, 1, 1), d(2000, 12, 31)));
        let p = parse_period("the 12-month period ended 30 June 2001").unwrap();
        assert_eq!(p, Period::new(d(2000, 7, 1), d(2001, 6, 30)));
        let p = parse_period("during the year ending June 30, 2001").unwrap();
        assert_eq!(p, Period::new(d(2000, 7, 1), d(2001, 6, 30)));
        let p = parse_period("the six months ending December 31, 2000").unwrap();
        assert_eq!(p, Period::new(d(2000, 7, 1), d(2000, 12, 31)));
        let p = parse_period("the twelve months ending February 28, 2001").unwrap();
        assert_eq!(p, Period::new(d(2000, 3, 1), d(2001, 2, 28)));
        let p = parse_period("the twelve months ending March 15, 2001").unwrap();
        assert_eq!(p, Period::new(d(2000, 3, 16), d(2001, 3, 15)));
        assert!(parse_period("as of June 30, 2001").is_err());
    }

    #[test]
    fn epoch_days() {
        assert_eq!(d(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(
            d(2012, 3, 1).days_since_epoch() - d(2012, 2, 28).days_since_epoch(),
            2
        );
        assert_eq!(d(1969, 12, 31).days_since_epoch(), -1);
    }

    #[test]
    fn each_problem() {
        let published = Some(d(2015, 3, 15));
        let reference = Period::new(d(2010, 7, 1), d(2011, 6, 30));
        assert!(reference.problems(published, Some(&reference)).is_empty());
        let zero = Period::new(d(2010, 7, 1), d(2010, 7, 1));
        assert_eq!(zero.problems(None, None), vec![PeriodProblem::ZeroLength]);
        let late = Period::new(d(2014, 7, 1), d(2015, 6, 30));
        assert_eq!(
            late.problems(published, None),
            vec![PeriodProblem::AfterPublication {
                published: d(2015, 3, 15)
            }]
        );
        let shifted = Period::new(d(2009, 7, 1), d(2010, 6, 30));
        assert_eq!(
            shifted.problems(published, Some(&reference)),
            vec![PeriodProblem::DiffersFromReference { reference }]
        );
    }
}
