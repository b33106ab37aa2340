//! Dates and reference periods written in English, read into the data
//! layer's one [`Date`] and [`Period`] types.

use crate::claims::token::{Spanned, Token, tokenize};
use crate::data::{Date, Period, days_in_month};
use crate::error::{Error, Result};

const MONTHS: [&str; 12] = [
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
/// and its last day as an end (`July 2010 to June 2011`).
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
            .map_err(|_| Error::parse(text, part, "no such day"))
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

/// The first period in `tokens`: the period and the token range it covers.
pub(crate) fn find_period(
    text: &str,
    tokens: &[Spanned],
) -> Result<Option<(Period, usize, usize)>> {
    for i in 0..tokens.len() {
        let Some((start, mut j)) = date_at(text, tokens, i)? else {
            continue;
        };
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
            let mut first = i;
            if i > 0 && matches!(word(tokens.get(i - 1)), Some("from" | "between")) {
                first = i - 1;
            }
            return Ok(Some((Period::new(start, end), first, after)));
        }
    }
    Ok(None)
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
        let p = parse_period("2010-07-01 - 2011-06-30").unwrap();
        assert_eq!(p.days(), 365);
        assert!(parse_period("in 2010").is_err());
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
