//! Typed rows of the dataset tables, and the rules each column obeys.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::data::date::{Date, Period};
use crate::data::printed::PrintedNumber;
use crate::error::{Error, Location, Result};

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
    type Err = Error;
    /// Reads `printed`, `secondary` or `not_published`.
    ///
    /// ```
    /// use njov::data::Status;
    /// assert_eq!("not_published".parse::<Status>().unwrap(), Status::NotPublished);
    /// assert!("derived".parse::<Status>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Status> {
        match s {
            "printed" => Ok(Status::Printed),
            "secondary" => Ok(Status::Secondary),
            "not_published" => Ok(Status::NotPublished),
            // `derived` is a status of the register, but derived figures are
            // recomputed, never stored.
            "derived" => Err(Error::parse(
                s,
                s,
                "derived figures are recomputed, never stored",
            )),
            _ => Err(Error::parse(
                s,
                s,
                "expected printed, secondary or not_published",
            )),
        }
    }
}

/// What a figure counts or measures: a count of some unit named by the data
/// (`arrests`, `agencies`, ...), a percentage, a period or words.
///
/// The count's noun comes from the data file, so that this layer knows no
/// study's units: any lower-case word other than `percent`, `period` and
/// `text` names the thing counted.
///
/// ```
/// use njov::data::Unit;
/// let u: Unit = "arrests".parse().unwrap();
/// assert_eq!(u, Unit::Count("arrests".into()));
/// assert!(u.is_count());
/// assert_eq!("percent".parse::<Unit>().unwrap(), Unit::Percent);
/// assert!("Arrests!".parse::<Unit>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Unit {
    /// A count of things, named by a lower-case plural noun from the data.
    Count(String),
    /// A percentage, 0 to 100.
    Percent,
    /// A period of time, as an ISO 8601 interval of dates or months.
    Period,
    /// A statement in words only.
    Text,
}

impl Unit {
    /// The word used in the data files.
    ///
    /// ```
    /// assert_eq!(njov::data::Unit::Percent.as_str(), "percent");
    /// ```
    pub fn as_str(&self) -> &str {
        match self {
            Unit::Count(noun) => noun,
            Unit::Percent => "percent",
            Unit::Period => "period",
            Unit::Text => "text",
        }
    }

    /// Whether the unit is a count of things.
    ///
    /// ```
    /// assert!(!njov::data::Unit::Percent.is_count());
    /// ```
    pub fn is_count(&self) -> bool {
        matches!(self, Unit::Count(_))
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl FromStr for Unit {
    type Err = Error;
    /// Reads `percent`, `period`, `text`, or a lower-case noun (letters and
    /// underscores) naming what is counted.
    fn from_str(s: &str) -> Result<Unit> {
        Ok(match s {
            "percent" => Unit::Percent,
            "period" => Unit::Period,
            "text" => Unit::Text,
            noun if !noun.is_empty()
                && noun.starts_with(|c: char| c.is_ascii_lowercase())
                && noun.chars().all(|c| c.is_ascii_lowercase() || c == '_') =>
            {
                Unit::Count(noun.to_string())
            }
            _ => {
                return Err(Error::parse(
                    s,
                    s,
                    "expected percent, period, text or a lower-case noun naming what is counted",
                ));
            }
        })
    }
}

/// The value of a figure, typed by its unit.
#[derive(Debug, Clone, PartialEq)]
pub enum FigureValue {
    /// A count or percentage as printed (with its printed precision).
    Number(PrintedNumber),
    /// A period, with its ISO form as written in the data (`2001-10/2002-07`
    /// keeps its month precision there).
    Period {
        /// The period, from its first day through its last.
        period: Period,
        /// The ISO interval as written.
        printed: String,
    },
    /// No number: the figure is given in words only, or is not published.
    None,
}

impl FigureValue {
    /// The value as printed: a number at its printed decimals, or a period
    /// in ISO form as written; `None` when there is no value.
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// let f = ds.figure("design.fieldwork").unwrap();
    /// assert_eq!(f.value.printed().as_deref(), Some("2001-10/2002-07"));
    /// ```
    pub fn printed(&self) -> Option<String> {
        match self {
            FigureValue::Number(p) => Some(p.to_string()),
            FigureValue::Period { printed, .. } => Some(printed.clone()),
            FigureValue::None => None,
        }
    }

    /// The period, when the value is one.
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// assert_eq!(ds.figure("design.period").unwrap().value.period().unwrap().days(), 365);
    /// ```
    pub fn period(&self) -> Option<&Period> {
        match self {
            FigureValue::Period { period, .. } => Some(period),
            _ => None,
        }
    }

    /// The number, when there is one.
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// assert_eq!(ds.figure("arrests.total").unwrap().value.number(), Some(2577.0));
    /// ```
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
    pub published: Option<Date>,
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

/// What a claim (a published statement) measures. The statements table's
/// `kind` column and the claims layer share this one enum.
///
/// ```
/// use njov::data::ClaimKind;
/// assert_eq!(serde_json::to_string(&ClaimKind::Share).unwrap(), "\"share\"");
/// assert_eq!("comparison".parse::<ClaimKind>().unwrap(), ClaimKind::Change);
/// assert_eq!(ClaimKind::Change.to_string(), "change");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// A share of one quantity in another ("a quarter of the arrests").
    Share,
    /// A level: a count or total ("more than 2,500 estimated arrests").
    Level,
    /// A change or ratio between two quantities ("up 381%", "five times"),
    /// or a comparison in words.
    Change,
    /// A date or reference period ("January 1, 2010, through December 31, 2010").
    Period,
}

impl ClaimKind {
    /// The word used in the data files and in JSON.
    ///
    /// ```
    /// assert_eq!(njov::data::ClaimKind::Level.as_str(), "level");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Share => "share",
            ClaimKind::Level => "level",
            ClaimKind::Change => "change",
            ClaimKind::Period => "period",
        }
    }
}

impl fmt::Display for ClaimKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ClaimKind {
    type Err = Error;
    /// Reads `share`, `level`, `change` (also `comparison`) or `period`.
    fn from_str(s: &str) -> Result<ClaimKind> {
        Ok(match s {
            "level" => ClaimKind::Level,
            "share" => ClaimKind::Share,
            "period" => ClaimKind::Period,
            "change" | "comparison" => ClaimKind::Change,
            _ => {
                return Err(Error::parse(
                    s,
                    s,
                    "expected level, share, change (or comparison) or period",
                ));
            }
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
    pub kind: ClaimKind,
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
    type Err = Error;
    /// Reads `printed` or `assumed`.
    fn from_str(s: &str) -> Result<AssumptionStatus> {
        match s {
            "printed" => Ok(AssumptionStatus::Printed),
            "assumed" => Ok(AssumptionStatus::Assumed),
            _ => Err(Error::parse(s, s, "expected printed or assumed")),
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
    type Err = Error;
    /// Reads `proportional:BASE:PART:WHOLE`.
    fn from_str(s: &str) -> Result<AssumptionRule> {
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
            _ => Err(Error::parse(s, s, "expected proportional:BASE:PART:WHOLE")),
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

/// What kind of quantity a measure is: how a figure of it relates to the
/// other figures of its wave. The study layer gives each kind its sampling
/// model; here it is only a word with a meaning.
///
/// ```
/// use njov::data::MeasureKind;
/// assert_eq!("subgroup_share".parse::<MeasureKind>().unwrap(), MeasureKind::SubgroupShare);
/// assert_eq!(MeasureKind::Category.as_str(), "category");
/// assert!("ratio".parse::<MeasureKind>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeasureKind {
    /// The population total of a wave, which categories and shares are
    /// parts of.
    Total,
    /// A count that is part of a total of the same wave.
    Category,
    /// A percentage of the population a total counts.
    Share,
    /// A percentage of a subgroup whose sample count is not published.
    SubgroupShare,
    /// A figure from outside the survey, printed beside it for context.
    Context,
    /// A count of the sample design (units sampled, interviews), not an
    /// estimate.
    Design,
}

impl MeasureKind {
    /// The word used in the data files.
    pub fn as_str(self) -> &'static str {
        match self {
            MeasureKind::Total => "total",
            MeasureKind::Category => "category",
            MeasureKind::Share => "share",
            MeasureKind::SubgroupShare => "subgroup_share",
            MeasureKind::Context => "context",
            MeasureKind::Design => "design",
        }
    }

    /// Whether a figure of this kind is part of a total (`part_of` is
    /// required and names a measure of kind [`MeasureKind::Total`]).
    ///
    /// ```
    /// assert!(njov::data::MeasureKind::Share.is_part_of_total());
    /// ```
    pub fn is_part_of_total(self) -> bool {
        matches!(self, MeasureKind::Category | MeasureKind::Share)
    }
}

impl fmt::Display for MeasureKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for MeasureKind {
    type Err = Error;
    /// Reads `total`, `category`, `share`, `subgroup_share`, `context` or
    /// `design`.
    fn from_str(s: &str) -> Result<MeasureKind> {
        Ok(match s {
            "total" => MeasureKind::Total,
            "category" => MeasureKind::Category,
            "share" => MeasureKind::Share,
            "subgroup_share" => MeasureKind::SubgroupShare,
            "context" => MeasureKind::Context,
            "design" => MeasureKind::Design,
            _ => {
                return Err(Error::parse(
                    s,
                    s,
                    "expected total, category, share, subgroup_share, context or design",
                ));
            }
        })
    }
}

/// A definition that figures of several waves measure: two figures can be
/// compared over time only when they measure the same definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    /// Unique id within the dataset; not a figure id.
    pub id: String,
    /// A short name for tables and plot rows.
    pub label: String,
    /// The definition in words (what an error names when two definitions
    /// are compared).
    pub definition: String,
    /// The unit of its figures.
    pub unit: Unit,
    /// How its figures relate to the other figures of their wave.
    pub kind: MeasureKind,
    /// The measure it is part of, if any (required for categories and
    /// shares: the total).
    pub part_of: Option<String>,
    /// Source keys.
    pub sources: Vec<String>,
    /// Notes.
    pub note: Option<String>,
    /// The line in its file.
    pub line: u64,
}

/// The wave and measure of one figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureMeasure {
    /// The figure's id, `<wave>.<name>`.
    pub figure: String,
    /// The wave's id (the figure id's prefix before the first `.`).
    pub wave: String,
    /// The measure's id.
    pub measure: String,
    /// The line in its file.
    pub line: u64,
}

/// One assumption of the design model of a wave of a repeated survey, or
/// (with `wave` = [`ALL_WAVES`]) about how the waves relate.
#[derive(Debug, Clone, PartialEq)]
pub struct WaveAssumption {
    /// The wave's id, or [`ALL_WAVES`].
    pub wave: String,
    /// The assumption; its `applies_to` lists measure ids.
    pub assumption: Assumption,
}

/// The `wave` of an assumption about the relation between waves rather
/// than about one wave.
pub const ALL_WAVES: &str = "all";

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

#[derive(Debug, Deserialize)]
pub(crate) struct RawMeasure {
    pub id: String,
    pub label: String,
    pub definition: String,
    pub unit: String,
    pub kind: String,
    pub part_of: String,
    pub source: String,
    pub note: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawFigureMeasure {
    pub figure: String,
    pub wave: String,
    pub measure: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawWaveAssumption {
    pub id: String,
    pub wave: String,
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

impl RawWaveAssumption {
    /// The row without its wave, as an assumptions row.
    pub fn assumption(self) -> (String, RawAssumption) {
        (
            self.wave,
            RawAssumption {
                id: self.id,
                quantity: self.quantity,
                value: self.value,
                low: self.low,
                high: self.high,
                figure: self.figure,
                represents: self.represents,
                applies_to: self.applies_to,
                rule: self.rule,
                rationale: self.rationale,
                source: self.source,
                status: self.status,
            },
        )
    }
}

/// The largest count below which an f64 holds every whole number exactly
/// and tells it from its neighbours: 2^53 - 1 (any text read as 2^53 or
/// more may have been rounded).
const MAX_EXACT_COUNT: f64 = 9_007_199_254_740_991.0;

/// A cell being checked: knows its file, line and column for errors.
pub(crate) struct Cell<'a> {
    pub file: &'a str,
    pub line: u64,
    pub column: &'static str,
    pub text: &'a str,
}

impl<'a> Cell<'a> {
    /// The cells of one row, by column: `Cell::of_row(file, line)("id", text)`.
    pub fn of_row(file: &'a str, line: u64) -> impl Fn(&'static str, &'a str) -> Cell<'a> {
        move |column, text| Cell {
            file,
            line,
            column,
            text,
        }
    }

    fn location(&self) -> Location {
        Location {
            file: self.file.to_string(),
            line: Some(self.line),
            column: Some(self.column.to_string()),
        }
    }

    pub fn error(&self, message: impl Into<String>) -> Error {
        Error::data(self.location(), message)
    }

    pub fn optional(&self) -> Option<String> {
        let t = self.text.trim();
        (!t.is_empty()).then(|| t.to_string())
    }

    pub fn required(&self) -> Result<String> {
        self.optional()
            .ok_or_else(|| self.error("a value is required"))
    }

    pub fn parse<T: FromStr<Err = Error>>(&self) -> Result<T> {
        self.text.trim().parse().map_err(|e: Error| match e.kind() {
            // A word that does not read: the cell and why, as a data error.
            crate::error::ErrorKind::Parse { message, .. } => {
                self.error(format!("'{}': {message}", self.text))
            }
            // Anything else keeps its kind, at this cell.
            _ => e.at(self.location()),
        })
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
    pub fn value(&self, unit: &Unit) -> Result<FigureValue> {
        let Some(text) = self.optional() else {
            return Ok(FigureValue::None);
        };
        match unit {
            Unit::Period => Ok(FigureValue::Period {
                period: self.parse()?,
                printed: text,
            }),
            Unit::Text => {
                Err(self.error("a text figure holds its words in 'wording', not a value"))
            }
            _ => {
                let number = PrintedNumber::parse(&text).map_err(|e| match e.kind() {
                    crate::error::ErrorKind::Parse { message, .. } if message.contains("large") => {
                        self.error(format!("'{text}' is {message}"))
                    }
                    _ => self.error(format!("'{text}' is not a number")),
                })?;
                if number.value() < 0.0 {
                    return Err(self.error(format!("negative {unit}: {text}")));
                }
                if *unit == Unit::Percent && number.value() > 100.0 {
                    return Err(self.error(format!("percentage {text} is outside 0-100")));
                }
                if unit.is_count() && number.decimals() > 0 {
                    return Err(self.error(format!("a count of {unit} must be whole: {text}")));
                }
                // From 2^53 on not every whole number has an f64: 2^53 + 1
                // would be read as 2^53, a plausible wrong count.
                if unit.is_count() && number.value() > MAX_EXACT_COUNT {
                    return Err(self.error(format!(
                        "a count of {unit} above 9007199254740991 (2^53 - 1) cannot be held exactly: {text}"
                    )));
                }
                Ok(FigureValue::Number(number))
            }
        }
    }
}

/// Checks that every source key names a source of the register.
pub(crate) fn check_sources(known: &[Source], cell: &Cell<'_>, keys: &[String]) -> Result<()> {
    for key in keys {
        if !known.iter().any(|s| &s.key == key) {
            return Err(cell.error(format!("unknown source key '{key}'")));
        }
    }
    Ok(())
}

/// Reads an assumptions row: known source keys, `low <= value <= high`, a
/// printed assumption names its figure, an assumed one has a value or a
/// rule. With `positive`, every number must be > 0 (a design effect, a
/// count); without, any finite number is allowed (a correlation).
pub(crate) fn read_assumption(
    known: &[Source],
    path: &str,
    line: u64,
    raw: &RawAssumption,
    positive: bool,
) -> Result<Assumption> {
    let c = Cell::of_row(path, line);
    let sources = c("source", &raw.source).list();
    check_sources(known, &c("source", &raw.source), &sources)?;
    let value = c("value", &raw.value).number()?;
    let low = c("low", &raw.low).number()?;
    let high = c("high", &raw.high).number()?;
    if let (Some(l), Some(h)) = (low, high) {
        if l > h {
            return Err(c("high", &raw.high).error(format!("high {h} is below low {l}")));
        }
        if let Some(v) = value.filter(|v| *v < l || *v > h) {
            return Err(
                c("value", &raw.value).error(format!("{v} lies outside its range [{l}, {h}]"))
            );
        }
    }
    if positive {
        for (column, v) in [("value", value), ("low", low), ("high", high)] {
            if let Some(v) = v.filter(|v| *v <= 0.0) {
                return Err(c(column, "").error(format!("{v} is not positive")));
            }
        }
    }
    let rule = match c("rule", &raw.rule).optional() {
        Some(_) => Some(c("rule", &raw.rule).parse()?),
        None => None,
    };
    let status: AssumptionStatus = c("status", &raw.status).parse()?;
    let figure = c("figure", &raw.figure).optional();
    match status {
        AssumptionStatus::Printed if figure.is_none() => {
            return Err(c("figure", &raw.figure)
                .error("a printed assumption names the figure that gives it"));
        }
        AssumptionStatus::Assumed if value.is_none() && rule.is_none() => {
            return Err(c("value", &raw.value).error("an assumption needs a value or a rule"));
        }
        _ => {}
    }
    Ok(Assumption {
        id: c("id", &raw.id).required()?,
        quantity: c("quantity", &raw.quantity).required()?,
        value,
        low,
        high,
        figure,
        represents: c("represents", &raw.represents).optional(),
        applies_to: c("applies_to", &raw.applies_to).list(),
        rule,
        rationale: c("rationale", &raw.rationale).required()?,
        sources,
        status,
        line,
    })
}
