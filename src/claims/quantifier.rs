//! Verbal quantifiers and the intervals they accept, read from a versioned
//! table.
//!
//! # The table (`data/quantifiers/<version>/quantifiers.csv`)
//!
//! One row a phrase; columns:
//!
//! | column | meaning |
//! |---|---|
//! | `phrase` | the words, lower case; `N` marks where a number goes (`N%`, `up N%`, `N-fold`); hyphens and spaces are the same (`one-third` = `one third`) |
//! | `kind` | `modifier` (hedges a stated value: `nearly`, `more than`), `fraction` (a fraction in words: `a quarter`), `share` (an absolute share: `most`), `percent` (`N%`), `number` (`N`, a level), `increase` / `decrease` (a percentage change `up N%`, or, with no `N` and no bounds, a direction word such as `grew` or `fell`), `ratio` (`N times`, `doubled`) |
//! | `value` | `N` for the printed number; a fixed value (`2`, `1/3`) for words; empty for modifiers, shares and direction words. Fractions are proportions (`1/4`); share claims are judged in percent, so a fraction's rules are evaluated with `x` in percent (`x` = 25 for "a quarter") |
//! | `lower`, `upper` | the accepted interval as rules: `lower` starts with `[` (closed) or `(` (open), `upper` ends with `]` or `)`. A rule is a term, optionally `*`, `/`, `+` or `-` a number. Terms: `x` (the stated value), `lo` and `hi` (the ends of the interval the printed precision admits), a number, `inf`, `-inf`. `share` rows use numbers only (proportions) |
//! | `decimals` | for words with a fixed value: the implied printed precision (decimals on the percent scale for fractions, on the ratio scale for multiples); "reproduced" means rounding to the value at this precision |
//! | `rationale` | why the default is what it is |
//!
//! # Defaults (version 1.0.0)
//!
//! - `nearly`, `almost`: `[0.9x, x]`; `just under`: `[0.9x, x)`;
//!   `slightly less than`: `[x/1.1, x)`.
//! - `about`, `approximately`, `roughly`, `around`, `some`: `[0.9x, 1.1x]`.
//! - `more than`, `over`, `above`: `(x, 1.25x]`; `slightly more than`,
//!   `just over`: `(x, 1.1x]`; `at least`: `[x, 1.25x]`; `well over`:
//!   `[1.1x, 1.5x]`.
//! - `less than`, `under`, `below`, `fewer than`: `[x/1.25, x)`.
//! - Fractions in words (`a quarter`, `one-third`, `half`, `two-thirds`):
//!   `[0.9x, 1.1x]`, reproduced when the share rounds to the fraction at
//!   whole percent; `nearly half`: `[45%, 50%]`.
//! - `most`, `majority`: `(50%, 100%]`.
//! - `N%`, `N percent`, `N`, `up N%`, `N% increase`, `N times`, `N-fold`:
//!   the printed precision of N, `[lo, hi]`.
//! - `doubled`, `tripled`, `quadrupled`, `quintupled`, `twice`: `[0.95x, 1.05x]`.
//!
//! Interval ends are rounded to 15 significant digits. "Nearly" and
//! "almost" accept values at or below the stated value only: "nearly 40%"
//! for a true 40.3% is inconsistent, although 40.3 prints as 40.
//!
//! A modifier applied to a stated value replaces that value's own interval:
//! `nearly 40%` is `[36, 40]`, `more than a third` is `(33.3, 41.7]`,
//! `almost five times` is `[4.5, 5]`.

use std::fmt;
use std::str::FromStr;

use crate::claims::accepted::AcceptedInterval;
use crate::claims::token::{Token, tokenize};
use crate::data::{Columns, Row, read_rows};
use crate::error::{Error, Location, Result};
use serde::{Deserialize, Serialize};

/// The default table: the newest version of the `quantifiers` dataset,
/// loaded (and its checksum verified) through the data layer.
fn default_source() -> Result<(String, String)> {
    let ds = crate::data::Dataset::load(QUANTIFIER_DATASET, None)?;
    let file = format!(
        "{}/{}/quantifiers.csv",
        ds.provenance().id,
        ds.provenance().version
    );
    Ok((ds.text("quantifiers")?.to_string(), file))
}

/// The dataset that holds the quantifier table.
pub const QUANTIFIER_DATASET: &str = "quantifiers";

/// What a quantifier row stands for.
///
/// ```
/// use njov::claims::QuantifierKind;
/// assert_eq!("fraction".parse::<QuantifierKind>().unwrap(), QuantifierKind::Fraction);
/// assert_eq!(QuantifierKind::Modifier.to_string(), "modifier");
/// assert!("hedge".parse::<QuantifierKind>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuantifierKind {
    /// A hedge on a stated value (`nearly`, `more than`).
    Modifier,
    /// A fraction in words (`a quarter`, `one-third`).
    Fraction,
    /// An absolute share (`most`, `majority`).
    Share,
    /// A printed percentage (`N%`).
    Percent,
    /// A printed number, a level (`N`).
    Number,
    /// A percentage increase (`up N%`) or an increase word (`grew`).
    Increase,
    /// A percentage decrease (`down N%`) or a decrease word (`fell`).
    Decrease,
    /// A multiple (`N times`, `doubled`).
    Ratio,
}

impl QuantifierKind {
    const ALL: [(QuantifierKind, &'static str); 8] = [
        (QuantifierKind::Modifier, "modifier"),
        (QuantifierKind::Fraction, "fraction"),
        (QuantifierKind::Share, "share"),
        (QuantifierKind::Percent, "percent"),
        (QuantifierKind::Number, "number"),
        (QuantifierKind::Increase, "increase"),
        (QuantifierKind::Decrease, "decrease"),
        (QuantifierKind::Ratio, "ratio"),
    ];

    /// The name used in the table's `kind` column.
    ///
    /// ```
    /// assert_eq!(njov::claims::QuantifierKind::Decrease.name(), "decrease");
    /// ```
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(k, _)| *k == self)
            .map_or("", |(_, n)| n)
    }
}

impl fmt::Display for QuantifierKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for QuantifierKind {
    type Err = Error;
    /// Reads the name used in the table's `kind` column.
    fn from_str(name: &str) -> Result<QuantifierKind> {
        Self::ALL
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(k, _)| *k)
            .ok_or_else(|| {
                Error::parse(
                    name,
                    name,
                    "unknown kind (expected one of modifier, fraction, share, percent, number, increase, decrease, ratio)",
                )
            })
    }
}

/// The term a bound rule starts from.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Term {
    Stated,
    PrintedLow,
    PrintedHigh,
    Constant(f64),
}

/// One end of an accepted interval, as a rule on the stated value `x` and
/// the printed interval `[lo, hi]`: `[x*0.9`, `x*1.1]`, `(x`, `hi]`.
///
/// ```
/// use njov::claims::BoundRule;
/// let lower = BoundRule::parse_lower("[x*0.9").unwrap();
/// assert_eq!(lower.eval(40.0, 39.5, 40.5), Some(36.0));
/// assert!(lower.closed());
/// let upper = BoundRule::parse_upper("hi)").unwrap();
/// assert_eq!(upper.eval(40.0, 39.5, 40.5), Some(40.5));
/// assert!(!upper.closed());
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct BoundRule {
    term: Term,
    op: Option<(char, f64)>,
    closed: bool,
}

impl BoundRule {
    /// Reads a lower rule: `[` or `(` then the expression.
    ///
    /// # Errors
    /// A message saying what is wrong (the caller places it).
    ///
    /// ```
    /// assert!(njov::claims::BoundRule::parse_lower("(x").is_ok());
    /// assert!(njov::claims::BoundRule::parse_lower("x]").is_err());
    /// ```
    pub fn parse_lower(text: &str) -> std::result::Result<BoundRule, String> {
        let t = text.trim();
        let (closed, body) = if let Some(b) = t.strip_prefix('[') {
            (true, b)
        } else if let Some(b) = t.strip_prefix('(') {
            (false, b)
        } else {
            return Err(format!("'{t}': a lower rule starts with '[' or '('"));
        };
        Self::parse_expr(body, closed)
    }

    /// Reads an upper rule: the expression then `]` or `)`.
    ///
    /// # Errors
    /// A message saying what is wrong (the caller places it).
    ///
    /// ```
    /// assert!(njov::claims::BoundRule::parse_upper("x*1.25]").is_ok());
    /// assert!(njov::claims::BoundRule::parse_upper("[x").is_err());
    /// ```
    pub fn parse_upper(text: &str) -> std::result::Result<BoundRule, String> {
        let t = text.trim();
        let (closed, body) = if let Some(b) = t.strip_suffix(']') {
            (true, b)
        } else if let Some(b) = t.strip_suffix(')') {
            (false, b)
        } else {
            return Err(format!("'{t}': an upper rule ends with ']' or ')'"));
        };
        Self::parse_expr(body, closed)
    }

    fn parse_expr(body: &str, closed: bool) -> std::result::Result<BoundRule, String> {
        let body = body.trim();
        let term_of = |s: &str| -> std::result::Result<Term, String> {
            match s.trim() {
                "x" => Ok(Term::Stated),
                "lo" => Ok(Term::PrintedLow),
                "hi" => Ok(Term::PrintedHigh),
                "inf" => Ok(Term::Constant(f64::INFINITY)),
                "-inf" => Ok(Term::Constant(f64::NEG_INFINITY)),
                other => parse_value(other)
                    .map(Term::Constant)
                    .ok_or_else(|| format!("'{other}' is not x, lo, hi, inf or a number")),
            }
        };
        // An operator after the first character (so "-inf" and "-1" stay terms).
        let op_at = body
            .char_indices()
            .skip(1)
            .find(|(_, c)| matches!(c, '*' | '/' | '+' | '-'));
        let (term, op) = match op_at {
            Some((idx, c)) => {
                let term = term_of(&body[..idx])?;
                let rhs = body[idx + 1..].trim();
                let factor = parse_value(rhs)
                    .filter(|v| v.is_finite())
                    .ok_or_else(|| format!("'{rhs}' after '{c}' is not a number"))?;
                if c == '/' && factor == 0.0 {
                    return Err("division by zero".into());
                }
                (term, Some((c, factor)))
            }
            None => (term_of(body)?, None),
        };
        Ok(BoundRule { term, op, closed })
    }

    /// Whether the end belongs to the interval.
    ///
    /// ```
    /// assert!(!njov::claims::BoundRule::parse_lower("(x").unwrap().closed());
    /// ```
    pub fn closed(&self) -> bool {
        self.closed
    }

    /// Whether the rule reads the stated value or the printed interval.
    ///
    /// ```
    /// assert!(!njov::claims::BoundRule::parse_lower("(0.5").unwrap().is_relative());
    /// assert!(njov::claims::BoundRule::parse_lower("[lo").unwrap().is_relative());
    /// ```
    pub fn is_relative(&self) -> bool {
        !matches!(self.term, Term::Constant(_))
    }

    /// The end for stated value `x` and printed interval `[lo, hi]`; `None`
    /// when the result is NaN.
    ///
    /// ```
    /// let r = njov::claims::BoundRule::parse_upper("x*1.1]").unwrap();
    /// assert!((r.eval(100.0, 99.5, 100.5).unwrap() - 110.0).abs() < 1e-9);
    /// ```
    pub fn eval(&self, x: f64, lo: f64, hi: f64) -> Option<f64> {
        let base = match self.term {
            Term::Stated => x,
            Term::PrintedLow => lo,
            Term::PrintedHigh => hi,
            Term::Constant(c) => c,
        };
        let v = match self.op {
            None => base,
            Some(('*', f)) => base * f,
            Some(('/', f)) => base / f,
            Some(('+', f)) => base + f,
            Some((_, f)) => base - f,
        };
        (!v.is_nan()).then_some(v)
    }
}

/// `v` rounded to 15 significant digits, so that `25 * 1.1` reads as 27.5
/// rather than 27.500000000000004: a relative change below 1e-14, well
/// inside the 1e-12 slack of `AcceptedInterval::contains`.
fn snap(v: f64) -> f64 {
    if !v.is_finite() || v == 0.0 {
        return v;
    }
    format!("{v:.14e}").parse().unwrap_or(v)
}

/// Reads `0.25`, `2` or a ratio `1/3`.
fn parse_value(text: &str) -> Option<f64> {
    let t = text.trim();
    if let Some((a, b)) = t.split_once('/') {
        let a: f64 = a.trim().parse().ok()?;
        let b: f64 = b.trim().parse().ok()?;
        if b == 0.0 {
            return None;
        }
        return Some(a / b);
    }
    t.parse().ok()
}

/// The value column of a row.
#[derive(Debug, Clone, Copy, PartialEq)]
enum ValueRule {
    None,
    Slot,
    Fixed(f64),
}

/// One row of the quantifier table.
///
/// ```
/// use njov::claims::{QuantifierTable, QuantifierKind};
/// let table = QuantifierTable::default_table();
/// let q = table.get("a quarter").unwrap();
/// assert_eq!(q.kind(), QuantifierKind::Fraction);
/// assert_eq!(q.value(), Some(0.25));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Quantifier {
    phrase: String,
    pub(crate) tokens: Vec<Token>,
    kind: QuantifierKind,
    value: ValueRule,
    lower: Option<BoundRule>,
    upper: Option<BoundRule>,
    decimals: Option<u32>,
    rationale: String,
}

impl Quantifier {
    /// The phrase as written in the table.
    ///
    /// ```
    /// let t = njov::claims::QuantifierTable::default_table();
    /// assert_eq!(t.get("One Third").unwrap().phrase(), "one-third");
    /// ```
    pub fn phrase(&self) -> &str {
        &self.phrase
    }

    /// What the phrase stands for.
    ///
    /// ```
    /// let t = njov::claims::QuantifierTable::default_table();
    /// assert_eq!(t.get("doubled").unwrap().kind(), njov::claims::QuantifierKind::Ratio);
    /// ```
    pub fn kind(&self) -> QuantifierKind {
        self.kind
    }

    /// The fixed value of a word (`0.25` for "a quarter", `2` for
    /// "doubled"); `None` for modifiers, templates with `N` and direction
    /// words.
    ///
    /// ```
    /// let t = njov::claims::QuantifierTable::default_table();
    /// assert_eq!(t.get("quintupled").unwrap().value(), Some(5.0));
    /// assert_eq!(t.get("nearly").unwrap().value(), None);
    /// ```
    pub fn value(&self) -> Option<f64> {
        match self.value {
            ValueRule::Fixed(v) => Some(v),
            _ => None,
        }
    }

    /// Whether the phrase has a number slot `N`.
    ///
    /// ```
    /// let t = njov::claims::QuantifierTable::default_table();
    /// assert!(t.get("N-fold").unwrap().has_slot());
    /// ```
    pub fn has_slot(&self) -> bool {
        self.value == ValueRule::Slot
    }

    /// Whether the row is a bare direction word (`grew`, `fell`).
    ///
    /// ```
    /// let t = njov::claims::QuantifierTable::default_table();
    /// assert!(t.get("fell").unwrap().is_direction_word());
    /// assert!(!t.get("up N%").unwrap().is_direction_word());
    /// ```
    pub fn is_direction_word(&self) -> bool {
        matches!(
            self.kind,
            QuantifierKind::Increase | QuantifierKind::Decrease
        ) && self.value == ValueRule::None
    }

    /// The implied printed precision of a word with a fixed value.
    ///
    /// ```
    /// let t = njov::claims::QuantifierTable::default_table();
    /// assert_eq!(t.get("a quarter").unwrap().decimals(), Some(0));
    /// ```
    pub fn decimals(&self) -> Option<u32> {
        self.decimals
    }

    /// Why the default is what it is.
    ///
    /// ```
    /// let t = njov::claims::QuantifierTable::default_table();
    /// assert!(!t.get("about").unwrap().rationale().is_empty());
    /// ```
    pub fn rationale(&self) -> &str {
        &self.rationale
    }

    /// The accepted interval for stated value `x` and printed interval
    /// `[lo, hi]`, or `None` for a direction word.
    ///
    /// ```
    /// use njov::claims::QuantifierTable;
    /// let nearly = QuantifierTable::default_table().get("nearly").unwrap().clone();
    /// let i = nearly.interval(40.0, 39.5, 40.5).unwrap();
    /// assert_eq!(i.ends(), [36.0, 40.0]);
    /// ```
    pub fn interval(&self, x: f64, lo: f64, hi: f64) -> Option<AcceptedInterval> {
        let (l, u) = (self.lower.as_ref()?, self.upper.as_ref()?);
        let (a, b) = (snap(l.eval(x, lo, hi)?), snap(u.eval(x, lo, hi)?));
        AcceptedInterval::new(a.min(b), a.max(b), l.closed(), u.closed()).ok()
    }
}

/// The verbal-quantifier table: phrases and the intervals they accept.
///
/// ```
/// use njov::claims::QuantifierTable;
/// let table = QuantifierTable::default_table();
/// assert!(table.len() > 50);
/// assert!(table.get("slightly more than").is_some());
/// assert!(table.get("one third").is_some()); // same as "one-third"
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct QuantifierTable {
    rows: Vec<Quantifier>,
}

const COLUMNS: Columns<'static> = Columns {
    required: &[
        "phrase",
        "kind",
        "value",
        "lower",
        "upper",
        "decimals",
        "rationale",
    ],
    optional: &[],
};

/// A row of the table as read, every cell text until checked.
#[derive(Debug, Deserialize)]
struct RawQuantifier {
    phrase: String,
    kind: String,
    value: String,
    lower: String,
    upper: String,
    decimals: String,
    rationale: String,
}

impl QuantifierTable {
    /// The table shipped with the crate: the newest version of the
    /// [`QUANTIFIER_DATASET`] dataset, embedded in the library.
    ///
    /// ```
    /// let t = njov::claims::QuantifierTable::default_table();
    /// assert!(t.get("quintupled").is_some());
    /// ```
    pub fn default_table() -> QuantifierTable {
        static TABLE: std::sync::OnceLock<QuantifierTable> = std::sync::OnceLock::new();
        TABLE
            .get_or_init(|| {
                // The embedded table is checked by the test suite; should it
                // ever fail to load, an empty table makes every sentence a
                // parse error rather than a panic.
                default_source()
                    .and_then(|(text, file)| QuantifierTable::from_csv(&text, &file))
                    .unwrap_or(QuantifierTable { rows: Vec::new() })
            })
            .clone()
    }

    /// Reads and validates a table in the schema of the module docs.
    ///
    /// # Errors
    /// `ErrorKind::Data` naming `file`, the 1-based line (the header is the
    /// first line) and the column, when: the header is not `phrase, kind, value, lower,
    /// upper, decimals, rationale`; a kind is unknown; a phrase is empty or
    /// repeated; a value, rule or decimals cell cannot be read; a cell is
    /// filled or empty against its kind's rules; a slot `N` and the value `N`
    /// do not go together; the lower end exceeds the upper end.
    ///
    /// ```
    /// use njov::{ErrorKind, claims::QuantifierTable};
    /// let csv = "phrase,kind,value,lower,upper,decimals,rationale\n\
    ///            nearly,modifier,,[x*0.9,x],,why\n";
    /// assert_eq!(QuantifierTable::from_csv(csv, "q.csv").unwrap().len(), 1);
    /// let bad = "phrase,kind,value,lower,upper,decimals,rationale\n\
    ///            nearly,hedge,,[x*0.9,x],,why\n";
    /// let err = QuantifierTable::from_csv(bad, "q.csv").unwrap_err();
    /// match err.kind() {
    ///     ErrorKind::Data { location, .. } => {
    ///         assert_eq!(location.line, Some(2));
    ///         assert_eq!(location.column.as_deref(), Some("kind"));
    ///     }
    ///     other => panic!("{other:?}"),
    /// }
    /// ```
    pub fn from_csv(text: &str, file: &str) -> Result<QuantifierTable> {
        let at = |line: Option<u64>, column: Option<&str>| Location {
            file: file.to_string(),
            line,
            column: column.map(str::to_string),
        };
        let mut rows: Vec<Quantifier> = Vec::new();
        for Row { line, record } in read_rows::<RawQuantifier>(text.as_bytes(), file, &COLUMNS)? {
            let line = Some(line);
            let cell = |i: usize| {
                match i {
                    0 => &record.phrase,
                    1 => &record.kind,
                    2 => &record.value,
                    3 => &record.lower,
                    4 => &record.upper,
                    5 => &record.decimals,
                    _ => &record.rationale,
                }
                .trim()
            };
            let fail = |column: &str, message: String| Error::data(at(line, Some(column)), message);
            let phrase = cell(0).to_string();
            if phrase.is_empty() {
                return Err(fail("phrase", "empty phrase".into()));
            }
            let tokens: Vec<Token> = tokenize(&phrase, true)
                .map_err(|e| fail("phrase", e.to_string()))?
                .into_iter()
                .map(|s| s.token)
                .collect();
            if tokens.iter().any(|t| matches!(t, Token::Number(..))) {
                return Err(fail(
                    "phrase",
                    format!("'{phrase}': write numbers as the slot N"),
                ));
            }
            if let Some(other) = rows.iter().find(|r| r.tokens == tokens) {
                return Err(fail(
                    "phrase",
                    format!("'{phrase}' repeats '{}'", other.phrase),
                ));
            }
            let kind: QuantifierKind = cell(1).parse().map_err(|_| {
                fail(
                    "kind",
                    format!(
                        "unknown kind '{}' (expected one of modifier, fraction, share, percent, number, increase, decrease, ratio)",
                        cell(1)
                    ),
                )
            })?;
            let slot = tokens.contains(&Token::Slot);
            let value =
                match cell(2) {
                    "" => ValueRule::None,
                    "N" => ValueRule::Slot,
                    v => ValueRule::Fixed(parse_value(v).filter(|x| x.is_finite()).ok_or_else(
                        || fail("value", format!("'{v}' is not N, a number or a ratio a/b")),
                    )?),
                };
            if slot != (value == ValueRule::Slot) {
                return Err(fail(
                    "value",
                    "the value is N exactly when the phrase has the slot N".into(),
                ));
            }
            let lower = match cell(3) {
                "" => None,
                t => Some(BoundRule::parse_lower(t).map_err(|m| fail("lower", m))?),
            };
            let upper = match cell(4) {
                "" => None,
                t => Some(BoundRule::parse_upper(t).map_err(|m| fail("upper", m))?),
            };
            let decimals = match cell(5) {
                "" => None,
                t => Some(t.parse::<u32>().ok().filter(|d| *d <= 12).ok_or_else(|| {
                    fail("decimals", format!("'{t}' is not a whole number 0-12"))
                })?),
            };
            let rationale = cell(6).to_string();
            if rationale.is_empty() {
                return Err(fail(
                    "rationale",
                    "every default needs its rationale".into(),
                ));
            }
            let has_bounds = lower.is_some() || upper.is_some();
            if lower.is_some() != upper.is_some() {
                return Err(fail(
                    if lower.is_none() { "lower" } else { "upper" },
                    "give both bounds or neither".into(),
                ));
            }
            // Per-kind rules.
            let direction_word =
                matches!(kind, QuantifierKind::Increase | QuantifierKind::Decrease)
                    && value == ValueRule::None;
            match kind {
                QuantifierKind::Modifier | QuantifierKind::Share => {
                    if value != ValueRule::None {
                        return Err(fail("value", format!("a {} has no value", kind.name())));
                    }
                }
                QuantifierKind::Fraction => {
                    if !matches!(value, ValueRule::Fixed(v) if (0.0..=1.0).contains(&v)) {
                        return Err(fail("value", "a fraction needs a value in 0-1".into()));
                    }
                }
                QuantifierKind::Percent | QuantifierKind::Number => {
                    if value != ValueRule::Slot {
                        return Err(fail(
                            "value",
                            format!("a {} row is a template with N", kind.name()),
                        ));
                    }
                }
                QuantifierKind::Ratio => {
                    if matches!(value, ValueRule::None) {
                        return Err(fail("value", "a ratio needs N or a fixed value".into()));
                    }
                    if matches!(value, ValueRule::Fixed(v) if v <= 0.0) {
                        return Err(fail("value", "a ratio is positive".into()));
                    }
                }
                QuantifierKind::Increase | QuantifierKind::Decrease => {
                    if matches!(value, ValueRule::Fixed(_)) {
                        return Err(fail("value", "a change row has N or no value".into()));
                    }
                }
            }
            if direction_word == has_bounds {
                return Err(fail(
                    "lower",
                    if direction_word {
                        "a direction word has no bounds".into()
                    } else {
                        format!("a {} row needs both bounds", kind.name())
                    },
                ));
            }
            let fixed = matches!(value, ValueRule::Fixed(_));
            if fixed != decimals.is_some() {
                return Err(fail(
                    "decimals",
                    "decimals are given exactly for words with a fixed value".into(),
                ));
            }
            if kind == QuantifierKind::Share {
                for (rule, column) in [(&lower, "lower"), (&upper, "upper")] {
                    let r = rule.as_ref().filter(|r| !r.is_relative());
                    let in_range = r
                        .and_then(|r| r.eval(0.0, 0.0, 0.0))
                        .is_some_and(|v| (0.0..=1.0).contains(&v));
                    if !in_range {
                        return Err(fail(
                            column,
                            "a share's bounds are proportions in 0-1".into(),
                        ));
                    }
                }
            }
            let row = Quantifier {
                phrase,
                tokens,
                kind,
                value,
                lower,
                upper,
                decimals,
                rationale,
            };
            if has_bounds {
                // Check the ends at a typical value: x = 1 (or the fixed value).
                let x = row.value().unwrap_or(1.0);
                let (lo, hi) = (x * 0.95, x * 1.05);
                let (l, u) = (
                    row.lower.as_ref().and_then(|r| r.eval(x, lo, hi)),
                    row.upper.as_ref().and_then(|r| r.eval(x, lo, hi)),
                );
                match (l, u) {
                    (Some(l), Some(u)) if l <= u => {}
                    _ => {
                        return Err(fail("upper", "the lower end exceeds the upper end".into()));
                    }
                }
            }
            rows.push(row);
        }
        Ok(QuantifierTable { rows })
    }

    /// The number of rows.
    ///
    /// ```
    /// assert!(njov::claims::QuantifierTable::default_table().len() > 0);
    /// ```
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether the table has no rows.
    ///
    /// ```
    /// assert!(!njov::claims::QuantifierTable::default_table().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The rows, in table order.
    ///
    /// ```
    /// let t = njov::claims::QuantifierTable::default_table();
    /// assert!(t.rows().iter().any(|q| q.phrase() == "most"));
    /// ```
    pub fn rows(&self) -> &[Quantifier] {
        &self.rows
    }

    /// The row of a phrase, spelled with hyphens or spaces, any case.
    ///
    /// ```
    /// let t = njov::claims::QuantifierTable::default_table();
    /// assert!(t.get("two thirds").is_some());
    /// assert!(t.get("a gazillion").is_none());
    /// ```
    pub fn get(&self, phrase: &str) -> Option<&Quantifier> {
        let tokens: Vec<Token> = tokenize(phrase, true)
            .ok()?
            .into_iter()
            .map(|s| s.token)
            .collect();
        self.rows.iter().find(|r| r.tokens == tokens)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    const HEAD: &str = "phrase,kind,value,lower,upper,decimals,rationale\n";

    fn column_of(text: &str) -> (Option<u64>, Option<String>) {
        match QuantifierTable::from_csv(&format!("{HEAD}{text}"), "t.csv")
            .unwrap_err()
            .into_kind()
        {
            ErrorKind::Data { location, .. } => {
                assert_eq!(location.file, "t.csv");
                (location.line, location.column)
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn default_table_loads() {
        let (text, file) = default_source().unwrap();
        let t = QuantifierTable::from_csv(&text, &file).unwrap();
        assert_eq!(t, QuantifierTable::default_table());
    }

    #[test]
    fn rejects_bad_rows_naming_line_and_column() {
        let cases = [
            ("nearly,modifier,,x*0.9,x],,r\n", "lower"),
            ("nearly,modifier,,[x*0.9,x,,r\n", "upper"),
            ("nearly,modifier,,[y,x],,r\n", "lower"),
            ("nearly,modifier,2,[x,x],,r\n", "value"),
            ("half,fraction,3/0,[x,x],0,r\n", "value"),
            ("half,fraction,1/2,[x,x],,r\n", "decimals"),
            ("half,fraction,1/2,[x,x],zero,r\n", "decimals"),
            ("N%,percent,,[lo,hi],,r\n", "value"),
            ("most,share,,(x,1],,r\n", "lower"),
            ("most,share,,(0.5,2],,r\n", "upper"),
            ("grew,increase,,[lo,hi],,r\n", "lower"),
            ("nearly,modifier,,[x*2,x],,r\n", "upper"),
            ("nearly,modifier,,[x,x],,\n", "rationale"),
            (",modifier,,[x,x],,r\n", "phrase"),
            ("12%,percent,N,[lo,hi],,r\n", "phrase"),
        ];
        for (row, column) in cases {
            assert_eq!(column_of(row), (Some(2), Some(column.to_string())), "{row}");
        }
        // A repeat, spelled differently, is caught on its own line.
        assert_eq!(
            column_of("one-third,fraction,1/3,[x,x],0,r\none third,fraction,1/3,[x,x],0,r\n"),
            (Some(3), Some("phrase".to_string()))
        );
        // Wrong header.
        let err = QuantifierTable::from_csv("phrase,kind\nnearly,modifier\n", "t.csv").unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Data { location, .. } if location.line == Some(1)));
        // Wrong number of fields.
        let err =
            QuantifierTable::from_csv(&format!("{HEAD}nearly,modifier\n"), "t.csv").unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Csv { location, .. } if location.line == Some(2)));
    }

    #[test]
    fn rules_evaluate() {
        let r = BoundRule::parse_lower("(x/1.25").unwrap();
        assert_eq!(r.eval(50.0, 0.0, 0.0), Some(40.0));
        let r = BoundRule::parse_upper("-inf]").unwrap();
        assert_eq!(r.eval(0.0, 0.0, 0.0), Some(f64::NEG_INFINITY));
        let r = BoundRule::parse_lower("[x-0.5").unwrap();
        assert_eq!(r.eval(3.0, 0.0, 0.0), Some(2.5));
        assert!(BoundRule::parse_lower("[x/0").is_err());
    }
}
