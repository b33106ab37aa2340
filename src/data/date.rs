//! The crate's one date type, and periods of dates.
//!
//! A [`Date`] is a day of the proleptic Gregorian calendar. A [`Period`] runs
//! from one date through another, both included; it is kept as printed, so a
//! corrupted period (one that ends before it starts) can be represented and
//! judged. Data files write dates in ISO 8601 (`2000-07-01`) and periods as
//! ISO intervals (`2000-07-01/2001-06-30`, or whole months,
//! `2001-10/2002-07`); English forms (`July 1, 2000`) are read by the claims
//! layer.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

use crate::error::{Error, Result};

/// A calendar date (proleptic Gregorian).
///
/// ```
/// use njov::data::Date;
/// let d = Date::new(2010, 7, 1).unwrap();
/// assert_eq!(d.to_string(), "2010-07-01");
/// assert!(Date::new(2013, 2, 29).is_err());
/// assert_eq!("2015-03-15".parse::<Date>().unwrap(), Date::new(2015, 3, 15).unwrap());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u32,
    day: u32,
}

/// Howard Hinnant's days-from-civil: the proleptic Gregorian day number,
/// counted from 0000-03-01.
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe
}

/// The number of days of a month of the proleptic Gregorian calendar
/// (0 for a month outside 1-12).
///
/// ```
/// assert_eq!(njov::data::days_in_month(2000, 2), 29);
/// assert_eq!(njov::data::days_in_month(1900, 2), 28);
/// ```
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            if leap { 29 } else { 28 }
        }
        _ => 0,
    }
}

impl Date {
    /// A date from year, month (1-12) and day.
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` when the month or day does not exist.
    ///
    /// ```
    /// assert!(njov::data::Date::new(2000, 2, 29).is_ok()); // divisible by 400
    /// assert!(njov::data::Date::new(1900, 2, 29).is_err());
    /// ```
    pub fn new(year: i32, month: u32, day: u32) -> Result<Date> {
        if !(1..=12).contains(&month) {
            return Err(Error::invalid_argument("month", month, "1-12"));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(Error::invalid_argument(
                "day",
                day,
                format!("1-{} for {year}-{month:02}", days_in_month(year, month)),
            ));
        }
        Ok(Date { year, month, day })
    }

    /// The first day of a month.
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` for a month outside 1-12.
    ///
    /// ```
    /// assert_eq!(njov::data::Date::first_of_month(2001, 10).unwrap().to_string(), "2001-10-01");
    /// ```
    pub fn first_of_month(year: i32, month: u32) -> Result<Date> {
        Date::new(year, month, 1)
    }

    /// The last day of a month.
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` for a month outside 1-12.
    ///
    /// ```
    /// assert_eq!(njov::data::Date::last_of_month(2000, 2).unwrap().to_string(), "2000-02-29");
    /// ```
    pub fn last_of_month(year: i32, month: u32) -> Result<Date> {
        Date::new(year, month, days_in_month(year, month).max(1))
    }

    /// The year.
    ///
    /// ```
    /// assert_eq!(njov::data::Date::new(2015, 3, 15).unwrap().year(), 2015);
    /// ```
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1-12.
    ///
    /// ```
    /// assert_eq!(njov::data::Date::new(2015, 3, 15).unwrap().month(), 3);
    /// ```
    pub fn month(&self) -> u32 {
        self.month
    }

    /// The day of the month.
    ///
    /// ```
    /// assert_eq!(njov::data::Date::new(2015, 3, 15).unwrap().day(), 15);
    /// ```
    pub fn day(&self) -> u32 {
        self.day
    }

    /// Days since 1970-01-01 (negative before), after H. Hinnant's
    /// `days_from_civil`.
    ///
    /// ```
    /// assert_eq!(njov::data::Date::new(1970, 1, 2).unwrap().days_since_epoch(), 1);
    /// ```
    pub fn days_since_epoch(&self) -> i64 {
        // Day numbers count from 0000-03-01; 1970-01-01 is day 719,468.
        days_from_civil(self.year, self.month, self.day) - 719_468
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// An ISO 8601 date or month: the date, and whether only the month was
/// written.
fn iso_date(s: &str) -> Result<(i32, u32, Option<u32>)> {
    let bad = |why: String| Error::parse(s, s, why);
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, width: usize| -> Result<u32> {
        if p.len() != width || !p.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad("not an ISO date (YYYY-MM-DD or YYYY-MM)".into()));
        }
        p.parse::<u32>()
            .map_err(|_| bad("not an ISO date (YYYY-MM-DD or YYYY-MM)".into()))
    };
    if !(2..=3).contains(&parts.len()) {
        return Err(bad("not an ISO date (YYYY-MM-DD or YYYY-MM)".into()));
    }
    let year = num(parts[0], 4)? as i32;
    let month = num(parts[1], 2)?;
    if !(1..=12).contains(&month) {
        return Err(bad(format!("month {month} is not 1-12")));
    }
    let day = match parts.get(2) {
        Some(p) => {
            let d = num(p, 2)?;
            if d == 0 || d > days_in_month(year, month) {
                return Err(bad(format!("day {d} does not exist")));
            }
            Some(d)
        }
        None => None,
    };
    Ok((year, month, day))
}

impl FromStr for Date {
    type Err = Error;
    /// Reads an ISO 8601 date, `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Date> {
        match iso_date(s)? {
            (y, m, Some(d)) => Date::new(y, m, d),
            _ => Err(Error::parse(s, s, "not an ISO date (YYYY-MM-DD)")),
        }
    }
}

/// A period from `start` through `end`, both days included. It is stored
/// as printed (not checked; see [`Period::problems`]).
///
/// ```
/// use njov::data::{Date, Period};
/// let p = Period::new(Date::new(2010, 1, 1).unwrap(), Date::new(2010, 12, 31).unwrap());
/// assert_eq!(p.days(), 365);
/// assert!(p.problems(Date::new(2015, 3, 15).ok(), None).is_empty());
/// let q: Period = "2000-07-01/2001-06-30".parse().unwrap();
/// assert_eq!(q.days(), 365);
/// assert_eq!(q.iso(), "2000-07-01/2001-06-30");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    /// The first day.
    pub start: Date,
    /// The last day.
    pub end: Date,
}

/// What is wrong with a printed period.
///
/// ```
/// use njov::data::{Date, Period, PeriodProblem};
/// let p = Period::new(Date::new(2030, 7, 1).unwrap(), Date::new(2030, 6, 30).unwrap());
/// assert_eq!(p.problems(None, None), vec![PeriodProblem::EndsBeforeStart]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum PeriodProblem {
    /// The last day is before the first.
    EndsBeforeStart,
    /// The first and last day are the same day: a reference period of one
    /// day, which no period statistic is collected over.
    ZeroLength,
    /// The period (its start or its end) lies after the date the statement
    /// was published.
    AfterPublication {
        /// The publication date.
        published: Date,
    },
    /// The period is not the reference period.
    DiffersFromReference {
        /// The reference period.
        reference: Period,
    },
    /// An end is a date the calendar does not have (`31 June 2001`), so
    /// the period cannot be read at all; found by the document scanner.
    NoSuchDay {
        /// The date as printed.
        date: String,
    },
}

impl fmt::Display for PeriodProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PeriodProblem::EndsBeforeStart => write!(f, "it ends before it starts"),
            PeriodProblem::ZeroLength => write!(f, "it starts and ends on the same day"),
            PeriodProblem::AfterPublication { published } => {
                write!(f, "it lies after its publication date {published}")
            }
            PeriodProblem::DiffersFromReference { reference } => {
                write!(f, "it differs from the reference period {reference}")
            }
            PeriodProblem::NoSuchDay { date } => {
                write!(f, "'{date}' is no day of the calendar")
            }
        }
    }
}

impl Period {
    /// The period from `start` through `end` (not checked; see
    /// [`Period::problems`]).
    ///
    /// ```
    /// use njov::data::{Date, Period};
    /// let p = Period::new(Date::new(2030, 7, 1).unwrap(), Date::new(2030, 6, 30).unwrap());
    /// assert_eq!(p.days(), 0);
    /// ```
    pub fn new(start: Date, end: Date) -> Period {
        Period { start, end }
    }

    /// The number of days the period covers, both ends included (zero or
    /// negative when it ends before it starts).
    ///
    /// ```
    /// let p: njov::data::Period = "2001-10/2002-07".parse().unwrap();
    /// assert_eq!(p.days(), 31 + 30 + 31 + 31 + 28 + 31 + 30 + 31 + 30 + 31);
    /// ```
    pub fn days(&self) -> i64 {
        self.end.days_since_epoch() - self.start.days_since_epoch() + 1
    }

    /// Everything wrong with the period: ends before it starts, has zero
    /// length, lies (starts or ends) after `published`, differs from
    /// `reference`. Empty when nothing is.
    ///
    /// ```
    /// use njov::data::{Date, Period, PeriodProblem};
    /// let p: Period = "2030-07-01/2030-06-30".parse().unwrap();
    /// let problems = p.problems(Date::new(2015, 3, 15).ok(), None);
    /// assert_eq!(problems[0], PeriodProblem::EndsBeforeStart);
    /// assert_eq!(problems.len(), 2);
    /// ```
    pub fn problems(
        &self,
        published: Option<Date>,
        reference: Option<&Period>,
    ) -> Vec<PeriodProblem> {
        let mut out = Vec::new();
        if self.end < self.start {
            out.push(PeriodProblem::EndsBeforeStart);
        } else if self.end == self.start {
            out.push(PeriodProblem::ZeroLength);
        }
        if let Some(published) = published
            && (self.start > published || self.end > published)
        {
            out.push(PeriodProblem::AfterPublication { published });
        }
        if let Some(reference) = reference
            && reference != self
        {
            out.push(PeriodProblem::DiffersFromReference {
                reference: *reference,
            });
        }
        out
    }

    /// The period as an ISO 8601 interval of days, `START/END`.
    ///
    /// ```
    /// let p: njov::data::Period = "2001-10/2002-07".parse().unwrap();
    /// assert_eq!(p.iso(), "2001-10-01/2002-07-31");
    /// ```
    pub fn iso(&self) -> String {
        format!("{}/{}", self.start, self.end)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} through {}", self.start, self.end)
    }
}

impl FromStr for Period {
    type Err = Error;
    /// Reads an ISO 8601 interval `START/END` of dates (`2000-07-01`) or
    /// months (`2001-10`, the month's first day as a start and its last day
    /// as an end).
    fn from_str(s: &str) -> Result<Period> {
        let (a, b) = s
            .split_once('/')
            .ok_or_else(|| Error::parse(s, s, "not an ISO interval (START/END)"))?;
        let (ys, ms, ds) = iso_date(a)?;
        let (ye, me, de) = iso_date(b)?;
        let start = match ds {
            Some(d) => Date::new(ys, ms, d)?,
            None => Date::first_of_month(ys, ms)?,
        };
        let end = match de {
            Some(d) => Date::new(ye, me, d)?,
            None => Date::last_of_month(ye, me)?,
        };
        Ok(Period { start, end })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_count_days_inclusively() {
        let p: Period = "2000-07-01/2001-06-30".parse().unwrap();
        assert_eq!(p.days(), 365);
        let p: Period = "2020-07-01/2020-06-30".parse().unwrap();
        assert_eq!(p.days(), 0);
        let p: Period = "2000-02-01/2000-02-29".parse().unwrap();
        assert_eq!(p.days(), 29);
    }

    #[test]
    fn dates_are_checked() {
        assert!("2001-02-29".parse::<Date>().is_err());
        assert!("2001-13-01".parse::<Date>().is_err());
        assert!("01-01-2001".parse::<Date>().is_err());
        assert!("2001-06".parse::<Date>().is_err());
        assert!("2001-06-30/".parse::<Period>().is_err());
    }

    #[test]
    fn epoch_days_match_a_direct_count() {
        let d = Date::new(2001, 3, 1).unwrap();
        // 31 years of 365 days and 8 leap days (1972 ... 2000), then Jan and Feb 2001
        assert_eq!(d.days_since_epoch(), 31 * 365 + 8 + 31 + 28);
    }
}
