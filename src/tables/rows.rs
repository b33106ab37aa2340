//! Typed rows of the dataset tables, and the rules each column obeys.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Location, Result};
use crate::rounding::PrintedNumber;

/// Where a figure's number comes from, as in the source register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The figure appears as written in the cited source.
    Printed,
    /// Printed only by a secondary source quoting the study.
    Secondary,
    /// Searched for and not found in any accessible source. Never filled in.
    NotPublished,
}

impl Status {
    /// The word used in the data files.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Printed => "printed",
            Status::Secondary => "secondary",
            Status::NotPublished => "not_published",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Status, String> {
        match s {
            "printed" => Ok(Status::Printed),
            "secondary" => Ok(Status::Secondary),
            "not_published" => Ok(Status::NotPublished),
            // `derived` is a status of the register, but derived figures are
            // recomputed, never stored.
            "derived" => Err("derived figures are recomputed, never stored".into()),
            _ => Err("expected printed, secondary or not_published".into()),
        }
    }
}

/// What a figure counts or measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Law-enforcement agencies.
    Agencies,
    /// Arrests (national estimates, or unweighted counts where the quantity says so).
    Arrests,
    /// Cases.
    Cases,
    /// Case interviews.
    Interviews,
    /// A percentage, 0 to 100.
    Percent,
    /// A period of time, as an ISO 8601 interval of dates or months.
    Period,
    /// A statement in words only.
    Text,
}

impl Unit {
    /// The word used in the data files.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Agencies => "agencies",
            Unit::Arrests => "arrests",
            Unit::Cases => "cases",
            Unit::Interviews => "interviews",
            Unit::Percent => "percent",
            Unit::Period => "period",
            Unit::Text => "text",
        }
    }

    /// Whether the unit is a count of things (agencies, arrests, cases, interviews).
    pub fn is_count(self) -> bool {
        matches!(
            self,
            Unit::Agencies | Unit::Arrests | Unit::Cases | Unit::Interviews
        )
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Unit {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Unit, String> {
        Ok(match s {
            "agencies" => Unit::Agencies,
            "arrests" => Unit::Arrests,
            "cases" => Unit::Cases,
            "interviews" => Unit::Interviews,
            "percent" => Unit::Percent,
            "period" => Unit::Period,
            "text" => Unit::Text,
            _ => {
                return Err(
                    "expected agencies, arrests, cases, interviews, percent, period or text".into(),
                );
            }
        })
    }
}

/// A calendar date or month, as printed in ISO 8601 (`2000-07-01`, `2001-10`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct IsoDate {
    /// The year.
    pub year: i32,
    /// The month, 1-12.
    pub month: u32,
    /// The day of the month, or `None` for a whole month.
    pub day: Option<u32>,
}

impl IsoDate {
    /// Days since 0000-03-01 of the first day this date covers (the proleptic
    /// Gregorian day number), for lengths and order.
    pub fn day_number(&self) -> i64 {
        days_from_civil(self.year, self.month, self.day.unwrap_or(1))
    }

    /// The day number of the last day this date covers (the month's last day
    /// for a month).
    pub fn last_day_number(&self) -> i64 {
        match self.day {
            Some(d) => days_from_civil(self.year, self.month, d),
            None => {
                let (y, m) = if self.month == 12 {
                    (self.year + 1, 1)
                } else {
                    (self.year, self.month + 1)
                };
                days_from_civil(y, m, 1) - 1
            }
        }
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.day {
            Some(d) => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, d),
            None => write!(f, "{:04}-{:02}", self.year, self.month),
        }
    }
}

/// Howard Hinnant's days-from-civil: the proleptic Gregorian day number.
pub(crate) fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe
}

/// The number of days of a month of the proleptic Gregorian calendar.
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            if leap { 29 } else { 28 }
        }
    }
}

impl FromStr for IsoDate {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<IsoDate, String> {
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, width: usize| -> std::result::Result<u32, String> {
            if p.len() != width || !p.chars().all(|c| c.is_ascii_digit()) {
                return Err(format!("'{s}' is not an ISO date (YYYY-MM-DD or YYYY-MM)"));
            }
            p.parse::<u32>().map_err(|e| e.to_string())
        };
        if !(2..=3).contains(&parts.len()) {
            return Err(format!("'{s}' is not an ISO date (YYYY-MM-DD or YYYY-MM)"));
        }
        let year = num(parts[0], 4)? as i32;
        let month = num(parts[1], 2)?;
        if !(1..=12).contains(&month) {
            return Err(format!("'{s}': month {month} is not 1-12"));
        }
        let day = match parts.get(2) {
            Some(p) => {
                let d = num(p, 2)?;
                if d == 0 || d > days_in_month(year, month) {
                    return Err(format!("'{s}': day {d} does not exist"));
                }
                Some(d)
            }
            None => None,
        };
        Ok(IsoDate { year, month, day })
    }
}

/// A period from one date to another, both included.
///
/// ```
/// use njov::IsoPeriod;
/// let p: IsoPeriod = "2000-07-01/2001-06-30".parse().unwrap();
/// assert_eq!(p.days(), 365);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct IsoPeriod {
    /// The first day (or month).
    pub start: IsoDate,
    /// The last day (or month).
    pub end: IsoDate,
}

impl IsoPeriod {
    /// The number of days covered, both ends included; zero or negative when
    /// the period ends before it starts.
    pub fn days(&self) -> i64 {
        self.end.last_day_number() - self.start.day_number() + 1
    }
}

impl fmt::Display for IsoPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.start, self.end)
    }
}

impl FromStr for IsoPeriod {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<IsoPeriod, String> {
        let (a, b) = s
            .split_once('/')
            .ok_or_else(|| format!("'{s}' is not an ISO interval (START/END)"))?;
        Ok(IsoPeriod {
            start: a.parse()?,
            end: b.parse()?,
        })
    }
}

/// The value of a figure, typed by its unit.
#[derive(Debug, Clone, PartialEq)]
pub enum FigureValue {
    /// A count or percentage as printed (with its printed precision).
    Number(PrintedNumber),
    /// A period.
    Period(IsoPeriod),
    /// No number: the figure is given in words only, or is not published.
    None,
}

impl FigureValue {
    /// The value as printed: a number at its printed decimals, or a period
    /// in ISO form; `None` when there is no value.
    pub fn printed(&self) -> Option<String> {
        match self {
            FigureValue::Number(p) => Some(p.to_string()),
            FigureValue::Period(p) => Some(p.to_string()),
            FigureValue::None => None,
        }
    }

    /// The number, when there is one.
    pub fn number(&self) -> Option<f64> {
        match self {
            FigureValue::Number(p) => Some(p.value()),
            _ => None,
        }
    }
}

/// A published figure: one row of a figures table (sample design, arrest
/// categories, possessors, agency involvement, case outcomes, ...).
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Unique id within the dataset, `table.name`.
    pub id: String,
    /// The table it comes from.
    pub table: String,
    /// What it measures, in the study's words.
    pub quantity: String,
    /// The value as printed.
    pub value: FigureValue,
    /// The unit.
    pub unit: Unit,
    /// For a percentage: the id of the count it is the share of, when published.
    pub numerator: Option<String>,
    /// The id of the whole: for a percentage its denominator, for a count the
    /// total it is part of.
    pub base: Option<String>,
    /// The printed wording, when the source gives words ("about 80%").
    pub wording: Option<String>,
    /// Source keys.
    pub sources: Vec<String>,
    /// Printed, secondary or not published.
    pub status: Status,
    /// Notes: conflicts, definitions.
    pub note: Option<String>,
    /// The line in its file (the header is line 1).
    pub line: u64,
}

/// A source of the register: a key that rows cite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The key rows cite.
    pub key: String,
    /// The citation.
    pub citation: String,
    /// An address, where there is one.
    pub url: Option<String>,
    /// The date of publication, where the register gives one.
    pub published: Option<IsoDate>,
}

/// A derived quantity: defined from published figures, never stored as a
/// number. Its value is recomputed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derived {
    /// Unique id within the dataset.
    pub id: String,
    /// What it measures.
    pub quantity: String,
    /// The ids it sums.
    pub terms: Vec<String>,
    /// The unit of the sum.
    pub unit: Unit,
    /// The whole it is part of, if any.
    pub base: Option<String>,
    /// Where the definition comes from.
    pub note: Option<String>,
    /// The line in its file.
    pub line: u64,
}

/// What a published statement asserts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    /// The level of one quantity ("more than 2,500 estimated arrests").
    Level,
    /// A share of one quantity in another ("Nearly 40% of arrested offenders").
    Share,
    /// A period of time.
    Period,
    /// A comparison of two quantities.
    Comparison,
}

impl StatementKind {
    /// The word used in the data files.
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Level => "level",
            StatementKind::Share => "share",
            StatementKind::Period => "period",
            StatementKind::Comparison => "comparison",
        }
    }
}

impl FromStr for StatementKind {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<StatementKind, String> {
        Ok(match s {
            "level" => StatementKind::Level,
            "share" => StatementKind::Share,
            "period" => StatementKind::Period,
            "comparison" => StatementKind::Comparison,
            _ => return Err("expected level, share, period or comparison".into()),
        })
    }
}

/// A published statement that states a number, share, period or comparison,
/// with its short quote.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// Unique id within the dataset.
    pub id: String,
    /// The short quote, as printed.
    pub quote: String,
    /// What it asserts.
    pub kind: StatementKind,
    /// The id of the figure or derived quantity it is about, if any.
    pub measures: Option<String>,
    /// For a share: the id of the whole.
    pub base: Option<String>,
    /// The value it prints.
    pub value: FigureValue,
    /// The unit of the printed value.
    pub unit: Unit,
    /// The wording, quantifier included ("Nearly 40%").
    pub wording: Option<String>,
    /// Source keys.
    pub sources: Vec<String>,
    /// Printed or secondary.
    pub status: Status,
    /// Notes.
    pub note: Option<String>,
    /// The line in its file.
    pub line: u64,
}

/// Whether an assumption is a published figure or an assumption of the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssumptionStatus {
    /// The value is a published figure (named by `figure`).
    Printed,
    /// The value is assumed by the model; its sensitivity range says how much
    /// rests on it.
    Assumed,
}

impl FromStr for AssumptionStatus {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<AssumptionStatus, String> {
        match s {
            "printed" => Ok(AssumptionStatus::Printed),
            "assumed" => Ok(AssumptionStatus::Assumed),
            _ => Err("expected printed or assumed".into()),
        }
    }
}

/// How an assumed value is obtained from others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssumptionRule {
    /// Proportional allocation: the base assumption's value times `part /
    /// whole` (`proportional:BASE:PART:WHOLE`).
    Proportional {
        /// The assumption whose value is allocated.
        base: String,
        /// The id of the part.
        part: String,
        /// The id of the whole.
        whole: String,
    },
}

impl FromStr for AssumptionRule {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<AssumptionRule, String> {
        let parts: Vec<&str> = s.split(':').map(str::trim).collect();
        match parts[..] {
            ["proportional", base, part, whole]
                if !base.is_empty() && !part.is_empty() && !whole.is_empty() =>
            {
                Ok(AssumptionRule::Proportional {
                    base: base.into(),
                    part: part.into(),
                    whole: whole.into(),
                })
            }
            _ => Err("expected proportional:BASE:PART:WHOLE".into()),
        }
    }
}

/// One assumption of the design model: a value (published or assumed), its
/// sensitivity range, what it applies to and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Assumption {
    /// Unique id within the dataset (`deff.phase1`, `base.possessors`).
    pub id: String,
    /// What it is.
    pub quantity: String,
    /// The value, when given directly.
    pub value: Option<f64>,
    /// The low end of the sensitivity range.
    pub low: Option<f64>,
    /// The high end of the sensitivity range.
    pub high: Option<f64>,
    /// The published figure that gives the value.
    pub figure: Option<String>,
    /// For an interview base: the national count it represents.
    pub represents: Option<String>,
    /// Table names or figure ids it applies to.
    pub applies_to: Vec<String>,
    /// How the value is obtained from others.
    pub rule: Option<AssumptionRule>,
    /// Why.
    pub rationale: String,
    /// Source keys, for a published value.
    pub sources: Vec<String>,
    /// Printed or assumed.
    pub status: AssumptionStatus,
    /// The line in its file.
    pub line: u64,
}

/// Raw CSV rows, read through serde; every cell is text until checked.
#[derive(Debug, Deserialize)]
pub(crate) struct RawFigure {
    pub id: String,
    pub quantity: String,
    pub value: String,
    pub unit: String,
    pub numerator: String,
    pub base: String,
    pub wording: String,
    pub source: String,
    pub status: String,
    pub note: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawSource {
    pub key: String,
    pub citation: String,
    pub url: String,
    pub published: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawDerived {
    pub id: String,
    pub quantity: String,
    pub terms: String,
    pub unit: String,
    pub base: String,
    pub note: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawAssumption {
    pub id: String,
    pub quantity: String,
    pub value: String,
    pub low: String,
    pub high: String,
    pub figure: String,
    pub represents: String,
    pub applies_to: String,
    pub rule: String,
    pub rationale: String,
    pub source: String,
    pub status: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawStatement {
    pub id: String,
    pub quote: String,
    pub kind: String,
    pub measures: String,
    pub base: String,
    pub value: String,
    pub unit: String,
    pub wording: String,
    pub source: String,
    pub status: String,
    pub note: String,
}

/// A cell being checked: knows its file, line and column for errors.
pub(crate) struct Cell<'a> {
    pub file: &'a str,
    pub line: u64,
    pub column: &'static str,
    pub text: &'a str,
}

impl Cell<'_> {
    pub fn error(&self, message: impl Into<String>) -> Error {
        Error::data(
            Location {
                file: self.file.to_string(),
                line: Some(self.line),
                column: Some(self.column.to_string()),
            },
            message,
        )
    }

    pub fn optional(&self) -> Option<String> {
        let t = self.text.trim();
        (!t.is_empty()).then(|| t.to_string())
    }

    pub fn required(&self) -> Result<String> {
        self.optional()
            .ok_or_else(|| self.error("a value is required"))
    }

    pub fn parse<T: FromStr<Err = String>>(&self) -> Result<T> {
        self.text
            .trim()
            .parse()
            .map_err(|e: String| self.error(format!("'{}': {e}", self.text)))
    }

    /// An optional finite number.
    pub fn number(&self) -> Result<Option<f64>> {
        match self.optional() {
            None => Ok(None),
            Some(t) => match t.parse::<f64>() {
                Ok(x) if x.is_finite() => Ok(Some(x)),
                _ => Err(self.error(format!("'{t}' is not a number"))),
            },
        }
    }

    pub fn list(&self) -> Vec<String> {
        self.text
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// A value typed by its unit: a non-negative number for counts, 0-100 for
    /// percentages, an ISO interval for periods, nothing for text.
    pub fn value(&self, unit: Unit) -> Result<FigureValue> {
        let Some(text) = self.optional() else {
            return Ok(FigureValue::None);
        };
        match unit {
            Unit::Period => Ok(FigureValue::Period(self.parse()?)),
            Unit::Text => {
                Err(self.error("a text figure holds its words in 'wording', not a value"))
            }
            _ => {
                let number = PrintedNumber::parse(&text)
                    .map_err(|_| self.error(format!("'{text}' is not a number")))?;
                if number.value() < 0.0 {
                    return Err(self.error(format!("negative {unit}: {text}")));
                }
                if unit == Unit::Percent && number.value() > 100.0 {
                    return Err(self.error(format!("percentage {text} is outside 0-100")));
                }
                if unit.is_count() && number.decimals() > 0 {
                    return Err(self.error(format!("a count of {unit} must be whole: {text}")));
                }
                Ok(FigureValue::Number(number))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_count_days_inclusively() {
        let p: IsoPeriod = "2000-07-01/2001-06-30".parse().unwrap();
        assert_eq!(p.days(), 365);
        let p: IsoPeriod = "2020-07-01/2020-06-30".parse().unwrap();
        assert_eq!(p.days(), 0);
        let p: IsoPeriod = "2001-10/2002-07".parse().unwrap();
        assert_eq!(p.days(), 31 + 30 + 31 + 31 + 28 + 31 + 30 + 31 + 30 + 31);
        let p: IsoPeriod = "2000-02-01/2000-02-29".parse().unwrap();
        assert_eq!(p.days(), 29);
    }

    #[test]
    fn dates_are_checked() {
        assert!("2001-02-29".parse::<IsoDate>().is_err());
        assert!("2001-13-01".parse::<IsoDate>().is_err());
        assert!("01-01-2001".parse::<IsoDate>().is_err());
        assert!("2001-06-30/".parse::<IsoPeriod>().is_err());
    }
}
