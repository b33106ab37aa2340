//! Verbal quantifiers and the intervals they accept, read from a versioned
//! table.
//!
//! # The table (`data/quantifiers/<version>/quantifiers.csv`)
//!
//! One row a phrase; columns:
//!
//! | column | meaning |
//! |---|---|
//! | `phrase` | the words, lower case; `N` marks where a number goes (`N%`, `up N%`, `N-fold`, `N in N`), written in digits (`2,500`, `38.7`) or in words (`five`, `two thousand five hundred`); hyphens and spaces are the same (`one-third` = `one third`) |
//! | `kind` | `modifier` (hedges a stated value: `nearly`, `more than`), `fraction` (a fraction in words: `a quarter`, `N fifths`, `N in N`), `share` (an absolute share: `most`), `percent` (`N%`), `points` (`N percentage points`, a difference of two percentages), `number` (`N`, a level), `increase` / `decrease` (a percentage change `up N%`, or, with no `N` and no bounds, a direction word such as `grew` or `fell`), `ratio` (`N times`, `doubled`), `vague` (words that state an amount without one: `many`, `a significant share`; judged unverifiable, the rationale says why) |
//! | `value` | `N` for the printed number; `N/d` for a fraction read from a numeral (`N fifths`: `N/5`); `N/N` for a fraction of two numerals (`N in N`); a fixed value (`2`, `1/3`) for words; empty for modifiers, shares, direction words and vague words. Fractions are proportions (`1/4`); share claims are judged in percent, so a fraction's rules are evaluated with `x` in percent (`x` = 25 for "a quarter") |
//! | `lower`, `upper` | the accepted interval as rules: `lower` starts with `[` (closed) or `(` (open), `upper` ends with `]` or `)`. A rule is an arithmetic expression (`+ - * /`, parentheses, `min(a, b)`, `max(a, b)`, `below(d)`, `above(d)`) of numbers, `inf` and the terms `x` (the stated value), `lo` and `hi` (the ends of the interval the printed precision admits) and `g` (the granularity of the printed number: the largest power of ten, or five times a power of ten, of which it is a whole multiple; 80 has g = 10, 88 has g = 1, 2,500 has g = 500, 37.5 has g = 0.5; for words with a fixed value such as `a third`, the word's own rounding step, see below). `share` rows use numbers only (proportions) |
//! | `decimals` | for words with a fixed value, and fractions read from numerals: the implied printed precision (decimals on the percent scale for fractions, on the ratio scale for multiples); "reproduced" means rounding to the value at this precision |
//! | `rationale` | why the default is what it is |
//! | `understated` | optional, modifiers only: a rule (no bracket) for where a bound that holds starts to understate (`x*1.25` for `more than`) |
//!
//! # Defaults (version 1.2.0)
//!
//! - Approximators `about`, `approximately`, `roughly`, `around`, `some`,
//!   `circa`, `close to`, `in the region of`: `[x - w, x + w]` with
//!   `w = min(0.1x, 2g)`: a tenth of the value for a round number, and no
//!   more than two steps of its granularity for a precise one ("about 80%"
//!   accepts [72, 88], "some 88 per cent" [86, 90]).
//! - `nearly`, `almost`, `not quite`: `[x - v, x]` with `v = min(0.1x, g/2)`,
//!   half a rounding step ("nearly nine thousand" accepts [8500, 9000],
//!   "nearly 40%" [36, 40]); `just under`, `just shy of`, `slightly less
//!   than`: `[x - v, x)`; `slightly more than`, `just over`, `slightly over`,
//!   `just above`: `(x, x + v]`.
//! - Bounds have no far end: `more than`, `over`, `above`, `in excess of`,
//!   `upwards of`: `(x, inf)`; `at least`, `no fewer than`, `no less than`:
//!   `[x, inf)`; `well over`, `well above`: `[1.1x, inf)`; `less than`,
//!   `under`, `below`, `fewer than`: `[0, x)`; `at most`, `no more than`,
//!   `up to`, `as many as`, `as much as`: `[0, x]`; `well under`, `well
//!   below`: `[0, x/1.1]`. Their optional `understated` rule (`x*1.25`,
//!   `x/1.25`, `x*1.5`, `x/1.5`) marks where a true bound becomes an
//!   understatement, which a judgement notes in its reason. The claims
//!   layer keeps every interval within its scale: a share in [0, 100], a
//!   count or a ratio not negative, a percentage fall at most 100%; and a
//!   stress that demands a distance above the stated value (`well over`)
//!   asks at most half the room a bounded scale has left above it (`well
//!   over 90 percent` accepts [95, 100], not [99, 100]).
//! - `an estimated`, `exactly`, `precisely`: the printed precision `[lo, hi]`.
//! - Fractions in words (`a quarter`, `one-third`, `half`, `two-thirds`,
//!   `N fifths`, `N in N`, `N out of N`): within a tenth of the fraction and
//!   no further than halfway to the neighbouring simple fraction,
//!   `[max(0.9x, (x + below(5))/2), min(1.1x, (x + above(5))/2)]`
//!   ("three-quarters" accepts [70.8, 77.5], "two-thirds" [63.3, 70.8]);
//!   reproduced when the share lies within half a point of the fraction
//!   (the fraction at whole-percent precision); `nearly half`: `[45%, 50%]`.
//! - `most`, `mostly`, `majority`: `(50%, 100%]`.
//! - `N%`, `N percent`, `N per cent`, `N`, `N percentage points`,
//!   `up N%`, `N% increase`, `N times`, `N-fold`, `by a factor of N`: the
//!   printed precision of N, `[lo, hi]`.
//! - `doubled`, `tripled`, `quadrupled`, `quintupled`, `twice`, `triple
//!   the`: the values that round to the whole multiple, `[x - 0.5, x + 0.5]`,
//!   the range of `N times` (one range for every synonym); `halved`, its
//!   reciprocal, `[0.4, 0.667]`.
//! - Vague words (`many`, `several`, `a significant share`, `sharply`):
//!   no interval; the statement is unverifiable.
//!
//! For a word with a fixed value (a fraction, a multiple), `g` is its own
//! rounding step: twice the distance from its value to the nearer end of
//! the range it accepts ("nearly two-thirds" stops at 63.3%, where
//! two-thirds does). The terms `below(d)` and `above(d)` are the nearest
//! fractions of denominator at most `d` strictly below and above `x`, in
//! percent (`x` itself when there is none).
//!
//! Interval ends are rounded to 15 significant digits. "Nearly" and
//! "almost" accept values at or below the stated value only: "nearly 40%"
//! for a true 40.3% is inconsistent, although 40.3 prints as 40.
//!
//! A modifier applied to a stated value replaces that value's own interval:
//! `nearly 40%` is `[36, 40]`, `more than a third` is `(33.3, 100]`,
//! `almost five times` is `[4.5, 5]`.
//!
//! An optional column `understated` (a rule without brackets, for
//! modifiers only) gives where a bound that holds starts to understate.
//!
//! Versions 1.0.0 (approximators a flat `[0.9x, 1.1x]`) and 1.1.0 of the
//! table are read by the same code: their rules are expressions too.

use std::collections::BTreeMap;

use crate::claims::accepted::AcceptedInterval;
use crate::claims::token::{Token, tokenize};
use crate::data::{Columns, Row, read_rows};
use crate::error::{Error, Location, Result};
use serde::Serialize;

/// The default table: the newest version of the `quantifiers` dataset,
/// loaded (and its checksum verified) through the tables layer.
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
/// assert_eq!(QuantifierKind::Modifier.name(), "modifier");
/// assert_eq!("vague".parse::<QuantifierKind>().unwrap(), QuantifierKind::Vague);
/// assert!("hedge".parse::<QuantifierKind>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuantifierKind {
    /// A hedge on a stated value (`nearly`, `more than`).
    Modifier,
    /// A fraction in words (`a quarter`, `one-third`, `N in N`).
    Fraction,
    /// An absolute share (`most`, `majority`).
    Share,
    /// A printed percentage (`N%`).
    Percent,
    /// A difference of two percentages (`N percentage points`).
    Points,
    /// A printed number, a level (`N`).
    Number,
    /// A percentage increase (`up N%`) or an increase word (`grew`).
    Increase,
    /// A percentage decrease (`down N%`) or a decrease word (`fell`).
    Decrease,
    /// A multiple (`N times`, `doubled`).
    Ratio,
    /// Words that state an amount without giving one (`many`, `a
    /// significant share`): the statement is unverifiable.
    Vague,
}

impl QuantifierKind {
    const ALL: [(QuantifierKind, &'static str); 10] = [
        (QuantifierKind::Modifier, "modifier"),
        (QuantifierKind::Fraction, "fraction"),
        (QuantifierKind::Share, "share"),
        (QuantifierKind::Percent, "percent"),
        (QuantifierKind::Points, "points"),
        (QuantifierKind::Number, "number"),
        (QuantifierKind::Increase, "increase"),
        (QuantifierKind::Decrease, "decrease"),
        (QuantifierKind::Ratio, "ratio"),
        (QuantifierKind::Vague, "vague"),
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

impl std::fmt::Display for QuantifierKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for QuantifierKind {
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
                    "unknown kind (expected one of modifier, fraction, share, percent, points, number, increase, decrease, ratio, vague)",
                )
            })
    }
}

/// An arithmetic expression of a bound rule.
#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Const(f64),
    Stated,
    PrintedLow,
    PrintedHigh,
    Granularity,
    Neg(Box<Expr>),
    Bin(char, Box<Expr>, Box<Expr>),
    Min(Box<Expr>, Box<Expr>),
    Max(Box<Expr>, Box<Expr>),
    /// The nearest simple fraction strictly below (`false`) or above
    /// (`true`) the stated value, in percent, of denominator at most the
    /// argument: `below(5)`, `above(5)`.
    Neighbour(bool, Box<Expr>),
}

/// The nearest fraction `100 a / b` (`0 <= a <= b <= d`) strictly below
/// (`above` false) or above `x` (in percent); `x` itself when there is none
/// (below 0 or above 100).
fn neighbour_fraction(x: f64, d: f64, above: bool) -> f64 {
    if !x.is_finite() || !d.is_finite() {
        return x;
    }
    // Denominators beyond 1000 would be no simple fractions; bounding the
    // loop keeps a table's rule from running long.
    let d = d.clamp(1.0, 1000.0) as u32;
    let mut best = x;
    let mut found = false;
    for b in 1..=d {
        for a in 0..=b {
            let v = 100.0 * f64::from(a) / f64::from(b);
            // A relative slack, so that x = 66.666... is not its own neighbour.
            let gap = if above { v - x } else { x - v };
            if gap > 1e-9 * x.abs().max(1.0) && (!found || gap < (best - x).abs()) {
                best = v;
                found = true;
            }
        }
    }
    best
}

impl Expr {
    fn eval(&self, at: &RuleInput) -> f64 {
        match self {
            Expr::Const(c) => *c,
            Expr::Stated => at.x,
            Expr::PrintedLow => at.lo,
            Expr::PrintedHigh => at.hi,
            Expr::Granularity => at.g,
            Expr::Neg(e) => -e.eval(at),
            Expr::Bin(op, a, b) => {
                let (a, b) = (a.eval(at), b.eval(at));
                match op {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    _ => a / b,
                }
            }
            Expr::Min(a, b) => a.eval(at).min(b.eval(at)),
            Expr::Max(a, b) => a.eval(at).max(b.eval(at)),
            Expr::Neighbour(above, d) => neighbour_fraction(at.x, d.eval(at), *above),
        }
    }

    fn is_relative(&self) -> bool {
        match self {
            Expr::Const(_) => false,
            Expr::Stated | Expr::PrintedLow | Expr::PrintedHigh | Expr::Granularity => true,
            Expr::Neg(e) => e.is_relative(),
            Expr::Neighbour(..) => true,
            Expr::Bin(_, a, b) | Expr::Min(a, b) | Expr::Max(a, b) => {
                a.is_relative() || b.is_relative()
            }
        }
    }
}

/// What a rule is evaluated at.
#[derive(Debug, Clone, Copy)]
struct RuleInput {
    x: f64,
    lo: f64,
    hi: f64,
    g: f64,
}

/// A recursive-descent reader of rule expressions. Hand-written because
/// the language is six productions; an expression crate would bring far
/// more than it saves.
struct ExprReader<'a> {
    text: &'a str,
    pos: usize,
}

impl ExprReader<'_> {
    fn skip_space(&mut self) {
        while self.text[self.pos..].starts_with(' ') {
            self.pos += 1;
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.skip_space();
        self.text[self.pos..].chars().next()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn sum(&mut self) -> std::result::Result<Expr, String> {
        let mut left = self.product()?;
        while let Some(op @ ('+' | '-')) = self.peek() {
            self.pos += 1;
            let right = self.product()?;
            left = Expr::Bin(op, Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn product(&mut self) -> std::result::Result<Expr, String> {
        let mut left = self.unary()?;
        while let Some(op @ ('*' | '/')) = self.peek() {
            self.pos += 1;
            let right = self.unary()?;
            if op == '/' && right == Expr::Const(0.0) {
                return Err("division by zero".into());
            }
            left = Expr::Bin(op, Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> std::result::Result<Expr, String> {
        if self.eat('-') {
            return Ok(Expr::Neg(Box::new(self.unary()?)));
        }
        self.atom()
    }

    fn atom(&mut self) -> std::result::Result<Expr, String> {
        if self.eat('(') {
            let e = self.sum()?;
            if !self.eat(')') {
                return Err(format!("'{}': a ')' is missing", self.text));
            }
            return Ok(e);
        }
        self.skip_space();
        let rest = &self.text[self.pos..];
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
            .unwrap_or(rest.len());
        let word = &rest[..len];
        if word.is_empty() {
            return Err(format!(
                "'{}': expected x, lo, hi, g, inf, min, max, below, above or a number at '{}'",
                self.text, rest
            ));
        }
        self.pos += len;
        match word {
            "x" => Ok(Expr::Stated),
            "lo" => Ok(Expr::PrintedLow),
            "hi" => Ok(Expr::PrintedHigh),
            "g" => Ok(Expr::Granularity),
            "inf" => Ok(Expr::Const(f64::INFINITY)),
            "below" | "above" => {
                if !self.eat('(') {
                    return Err(format!("'{word}' needs '(d)'"));
                }
                let d = self.sum()?;
                if !self.eat(')') {
                    return Err(format!("'{word}(': a ')' is missing"));
                }
                Ok(Expr::Neighbour(word == "above", Box::new(d)))
            }
            "min" | "max" => {
                if !self.eat('(') {
                    return Err(format!("'{word}' needs '(a, b)'"));
                }
                let a = self.sum()?;
                if !self.eat(',') {
                    return Err(format!("'{word}' needs two arguments"));
                }
                let b = self.sum()?;
                if !self.eat(')') {
                    return Err(format!("'{word}(': a ')' is missing"));
                }
                let (a, b) = (Box::new(a), Box::new(b));
                Ok(if word == "min" {
                    Expr::Min(a, b)
                } else {
                    Expr::Max(a, b)
                })
            }
            other => other
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .map(Expr::Const)
                .ok_or_else(|| format!("'{other}' is not x, lo, hi, g, inf or a number")),
        }
    }
}

/// One end of an accepted interval, as a rule on the stated value `x`, the
/// printed interval `[lo, hi]` and the granularity `g` of the printed number:
/// `[x*0.9`, `x+min(x*0.1, g*2)]`, `(x`, `hi]`.
///
/// ```
/// use njov::claims::BoundRule;
/// let lower = BoundRule::parse_lower("[x*0.9").unwrap();
/// assert_eq!(lower.eval(40.0, 39.5, 40.5), Some(36.0));
/// assert!(lower.closed());
/// let upper = BoundRule::parse_upper("hi)").unwrap();
/// assert_eq!(upper.eval(40.0, 39.5, 40.5), Some(40.5));
/// assert!(!upper.closed());
/// let about = BoundRule::parse_upper("x+min(x*0.1, g*2)]").unwrap();
/// assert_eq!(about.eval_with(88.0, 87.5, 88.5, 1.0), Some(90.0));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct BoundRule {
    expr: Expr,
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
        let mut reader = ExprReader {
            text: body.trim(),
            pos: 0,
        };
        let expr = reader.sum()?;
        reader.skip_space();
        if reader.pos != reader.text.len() {
            return Err(format!(
                "'{}': unexpected '{}'",
                reader.text,
                &reader.text[reader.pos..]
            ));
        }
        Ok(BoundRule { expr, closed })
    }

    /// Whether the end belongs to the interval.
    ///
    /// ```
    /// assert!(!njov::claims::BoundRule::parse_lower("(x").unwrap().closed());
    /// ```
    pub fn closed(&self) -> bool {
        self.closed
    }

    /// Whether the rule reads the stated value, the printed interval or the
    /// granularity.
    ///
    /// ```
    /// assert!(!njov::claims::BoundRule::parse_lower("(0.5").unwrap().is_relative());
    /// assert!(njov::claims::BoundRule::parse_lower("[lo").unwrap().is_relative());
    /// ```
    pub fn is_relative(&self) -> bool {
        self.expr.is_relative()
    }

    /// The end for stated value `x` and printed interval `[lo, hi]`, with
    /// no granularity (`g` infinite, as for a word with a fixed value);
    /// `None` when the result is NaN.
    ///
    /// ```
    /// let r = njov::claims::BoundRule::parse_upper("x*1.1]").unwrap();
    /// assert!((r.eval(100.0, 99.5, 100.5).unwrap() - 110.0).abs() < 1e-9);
    /// ```
    pub fn eval(&self, x: f64, lo: f64, hi: f64) -> Option<f64> {
        self.eval_with(x, lo, hi, f64::INFINITY)
    }

    /// The end for stated value `x`, printed interval `[lo, hi]` and
    /// granularity `g`; `None` when the result is NaN.
    ///
    /// ```
    /// let r = njov::claims::BoundRule::parse_lower("[x-min(x*0.1, g*2)").unwrap();
    /// assert_eq!(r.eval_with(80.0, 79.5, 80.5, 10.0), Some(72.0));
    /// assert_eq!(r.eval_with(88.0, 87.5, 88.5, 1.0), Some(86.0));
    /// ```
    pub fn eval_with(&self, x: f64, lo: f64, hi: f64, g: f64) -> Option<f64> {
        let v = self.expr.eval(&RuleInput { x, lo, hi, g });
        (!v.is_nan()).then_some(v)
    }
}

/// The granularity of a printed number: the largest power of ten, or five
/// times a power of ten, of which `value` is a whole multiple, and no finer
/// than its printed precision (`10^-decimals`). 80 gives 10, 88 gives 1,
/// 2,500 gives 500, 37.5 gives 0.5, 0 gives the printed precision.
pub(crate) fn granularity(value: f64, decimals: i32) -> f64 {
    let unit = 10f64.powi(-decimals);
    let v = value.abs();
    if v == 0.0 || !v.is_finite() {
        return unit;
    }
    let mut best = unit;
    let mut step = unit;
    // At most 40 decades: the value is finite.
    for _ in 0..40 {
        for candidate in [step, 5.0 * step] {
            let q = v / candidate;
            if candidate <= v && (q - q.round()).abs() < 1e-9 * q.max(1.0) {
                best = best.max(candidate);
            }
        }
        step *= 10.0;
        if step > v {
            break;
        }
    }
    best
}

/// `v` rounded to 15 significant digits, so that `25 * 1.1` reads as 27.5
/// rather than 27.500000000000004: a relative change below 1e-14, well
/// inside the 1e-12 slack of `AcceptedInterval::contains`.
fn snap(v: f64) -> f64 {
    if !v.is_finite() || v == 0.0 {
        return v;
    }
    // Numerically rather than through a decimal string: this runs for
    // every amount of a document, and formatting dominated the reading.
    let digits = 14 - v.abs().log10().floor() as i32;
    if !(-280..=280).contains(&digits) {
        return v;
    }
    let scale = 10f64.powi(digits.abs());
    let snapped = if digits >= 0 {
        (v * scale).round() / scale
    } else {
        (v / scale).round() * scale
    };
    if snapped.is_finite() { snapped } else { v }
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
pub(crate) enum ValueRule {
    /// No value (modifiers, shares, direction and vague words).
    None,
    /// The number in the slot (`N`).
    Slot,
    /// The number in the slot over a fixed denominator (`N/5`).
    SlotOver(f64),
    /// The first slot over the second (`N/N`).
    SlotRatio,
    /// A fixed value (`1/4`, `2`).
    Fixed(f64),
}

/// One row of the quantifier table.
///
/// ```
/// use njov::{claims::{QuantifierTable, QuantifierKind}};
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
    pub(crate) value: ValueRule,
    lower: Option<BoundRule>,
    upper: Option<BoundRule>,
    decimals: Option<u32>,
    rationale: String,
    /// Where a true bound starts to understate (`x*1.25` for `more than`).
    understated: Option<Expr>,
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
    /// "doubled"); `None` for modifiers, templates with `N`, direction and
    /// vague words.
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
    /// assert!(t.get("N in N").unwrap().has_slot());
    /// ```
    pub fn has_slot(&self) -> bool {
        matches!(
            self.value,
            ValueRule::Slot | ValueRule::SlotOver(_) | ValueRule::SlotRatio
        )
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

    /// The implied printed precision of a word with a fixed value, or of a
    /// fraction read from numerals.
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

    /// Where a bound that holds starts to understate, for stated value `x`,
    /// printed interval `[lo, hi]` and granularity `g`: a value beyond it
    /// (above it when it lies above `x`, below it when below) is consistent
    /// with the wording, which a writer would still have put more strongly.
    /// `None` for a row with no `understated` rule.
    ///
    /// ```
    /// let t = njov::claims::QuantifierTable::default_table();
    /// let more = t.get("more than").unwrap();
    /// assert_eq!(more.understated_with(2.0, 2.0, 2.0, 1.0), Some(2.5));
    /// assert_eq!(t.get("nearly").unwrap().understated_with(2.0, 2.0, 2.0, 1.0), None);
    /// ```
    pub fn understated_with(&self, x: f64, lo: f64, hi: f64, g: f64) -> Option<f64> {
        let v = self.understated.as_ref()?.eval(&RuleInput { x, lo, hi, g });
        v.is_finite().then(|| snap(v))
    }

    /// The accepted interval for stated value `x` and printed interval
    /// `[lo, hi]`, with no granularity (as for a word with a fixed value),
    /// or `None` for a direction or vague word.
    ///
    /// ```
    /// use njov::claims::QuantifierTable;
    /// let nearly = QuantifierTable::default_table().get("nearly").unwrap().clone();
    /// let i = nearly.interval(40.0, 39.5, 40.5).unwrap();
    /// assert_eq!(i.ends(), [36.0, 40.0]);
    /// ```
    pub fn interval(&self, x: f64, lo: f64, hi: f64) -> Option<AcceptedInterval> {
        self.interval_with(x, lo, hi, f64::INFINITY)
    }

    /// The accepted interval for stated value `x`, printed interval
    /// `[lo, hi]` and granularity `g` of the printed number (see the module
    /// docs), or `None` for a direction or vague word.
    ///
    /// ```
    /// use njov::claims::QuantifierTable;
    /// let some = QuantifierTable::default_table().get("some").unwrap().clone();
    /// assert_eq!(some.interval_with(88.0, 87.5, 88.5, 1.0).unwrap().ends(), [86.0, 90.0]);
    /// assert_eq!(some.interval_with(80.0, 79.5, 80.5, 10.0).unwrap().ends(), [72.0, 88.0]);
    /// ```
    pub fn interval_with(&self, x: f64, lo: f64, hi: f64, g: f64) -> Option<AcceptedInterval> {
        let (l, u) = (self.lower.as_ref()?, self.upper.as_ref()?);
        let (a, b) = (
            snap(l.eval_with(x, lo, hi, g)?),
            snap(u.eval_with(x, lo, hi, g)?),
        );
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
    /// Row indices by the key of their first token, so that matching at a
    /// position looks at a few rows, not all of them; rows that start with
    /// the slot `N` are indexed by the key of their second token (`#` for
    /// the bare `N`).
    index: BTreeMap<String, Vec<usize>>,
    after_slot: BTreeMap<String, Vec<usize>>,
    /// Rows of a part of every whole (`N in every N`, `N out of every N`),
    /// which admit the noun of the part between its number and the rest
    /// (`one arrest in every four`).
    gapped: Vec<usize>,
}

/// The index key of a token: its word, `#` for a number slot, `%`, or the
/// punctuation character.
pub(crate) fn first_key(token: &Token) -> String {
    match token {
        Token::Word(w) => format!("w:{w}"),
        Token::Slot | Token::Number(..) => "#".into(),
        Token::Percent => "%".into(),
        Token::Punct(c) => format!("p:{c}"),
        Token::BadNumber(..) => "!".into(),
    }
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
    optional: &["understated"],
};

/// A row of the table as read, every cell text until checked.
#[derive(Debug, serde::Deserialize)]
struct RawQuantifier {
    phrase: String,
    kind: String,
    value: String,
    lower: String,
    upper: String,
    decimals: String,
    rationale: String,
    #[serde(default)]
    understated: Option<String>,
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
        (*Self::shared_default()).clone()
    }

    /// The default table, shared: reading a document's every sentence
    /// needs no copy of it.
    pub(crate) fn shared_default() -> std::sync::Arc<QuantifierTable> {
        static TABLE: std::sync::OnceLock<std::sync::Arc<QuantifierTable>> =
            std::sync::OnceLock::new();
        TABLE
            .get_or_init(|| {
                // The embedded table is compiled in and checked by `njov data
                // verify` and the test suite: failing to load it is a broken
                // build, never bad input. An empty table in its place would
                // make every quantifier silently unreadable, so this stops.
                match default_source()
                    .and_then(|(text, file)| QuantifierTable::from_csv(&text, &file))
                {
                    Ok(table) => std::sync::Arc::new(table),
                    Err(e) => panic!("the embedded quantifier table does not load: {e}"),
                }
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
    /// filled or empty against its kind's rules; the slots `N` of the phrase
    /// and the value do not go together; the lower end exceeds the upper end;
    /// the table has no rows.
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
                    0 => record.phrase.as_str(),
                    1 => record.kind.as_str(),
                    2 => record.value.as_str(),
                    3 => record.lower.as_str(),
                    4 => record.upper.as_str(),
                    5 => record.decimals.as_str(),
                    6 => record.rationale.as_str(),
                    _ => record.understated.as_deref().unwrap_or(""),
                }
                .trim()
            };
            let fail = |column: &str, message: String| Error::data(at(line, Some(column)), message);
            let locate = |column: &str| at(line, Some(column));
            rows.push(read_row(&rows, &cell, &fail, &locate)?);
        }
        if rows.is_empty() {
            // A table of no phrases would read every sentence as
            // unverifiable: a lost table, not a choice.
            return Err(Error::data(
                at(None, None),
                "no rows: a quantifier table needs at least one phrase below its header",
            ));
        }
        let mut index: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut after_slot: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (r, row) in rows.iter().enumerate() {
            match row.tokens.as_slice() {
                [Token::Slot, second, ..] => {
                    after_slot.entry(first_key(second)).or_default().push(r);
                }
                [Token::Slot] => after_slot.entry("#".into()).or_default().push(r),
                [first, ..] => index.entry(first_key(first)).or_default().push(r),
                [] => {}
            }
        }
        // `one arrest in every four`, `one arrest in four`: the part's noun
        // may follow its number in every share of two numbers joined by
        // `in` (`N in N`, `N in every N`).
        let every = Token::Word("every".into());
        let in_ = Token::Word("in".into());
        let gapped = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| {
                r.value == ValueRule::SlotRatio
                    && (r.tokens.contains(&every) || r.tokens.get(1) == Some(&in_))
            })
            .map(|(i, _)| i)
            .collect();
        Ok(QuantifierTable {
            rows,
            index,
            after_slot,
            gapped,
        })
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

    /// The indices of the rows whose phrase starts with a token of this
    /// key (see [`first_key`]), other than the slot `N`.
    pub(crate) fn starting_with(&self, key: &str) -> &[usize] {
        self.index.get(key).map_or(&[], Vec::as_slice)
    }

    /// The indices of the rows that start with the slot `N` followed by a
    /// token of this key, and of the bare `N` row(s) (key `#`).
    pub(crate) fn after_slot(&self, key: &str) -> &[usize] {
        self.after_slot.get(key).map_or(&[], Vec::as_slice)
    }

    /// The indices of the rows of a part of a whole (`N in every N`, `N in
    /// N`), which the grammar lets a noun follow the first number of (`one
    /// arrest in every four`, `one arrest in four`).
    pub(crate) fn gapped(&self) -> &[usize] {
        &self.gapped
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

/// Reads and checks one row; `earlier` are the rows read before it.
fn read_row<'a>(
    earlier: &[Quantifier],
    cell: &dyn Fn(usize) -> &'a str,
    fail: &dyn Fn(&str, String) -> Error,
    locate: &dyn Fn(&str) -> Location,
) -> Result<Quantifier> {
    let phrase = cell(0).to_string();
    if phrase.is_empty() {
        return Err(fail("phrase", "empty phrase".into()));
    }
    let tokens: Vec<Token> = tokenize(&phrase, true)
        .map_err(|e| e.at(locate("phrase")))?
        .into_iter()
        .map(|s| s.token)
        .collect();
    if tokens.iter().any(|t| matches!(t, Token::Number(..))) {
        return Err(fail(
            "phrase",
            format!("'{phrase}': write numbers as the slot N"),
        ));
    }
    if let Some(other) = earlier.iter().find(|r| r.tokens == tokens) {
        return Err(fail(
            "phrase",
            format!("'{phrase}' repeats '{}'", other.phrase),
        ));
    }
    let kind: QuantifierKind = cell(1).parse().map_err(|_| {
        fail(
            "kind",
            format!(
                "unknown kind '{}' (expected one of modifier, fraction, share, percent, points, number, increase, decrease, ratio, vague)",
                cell(1)
            ),
        )
    })?;
    let slots = tokens.iter().filter(|t| **t == Token::Slot).count();
    let value = match cell(2) {
        "" => ValueRule::None,
        "N" => ValueRule::Slot,
        "N/N" => ValueRule::SlotRatio,
        v => match v.strip_prefix("N/") {
            Some(d) => ValueRule::SlotOver(
                d.trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|d| d.is_finite() && *d >= 1.0)
                    .ok_or_else(|| {
                        fail("value", format!("'{v}': N/d needs a denominator d >= 1"))
                    })?,
            ),
            None => {
                ValueRule::Fixed(parse_value(v).filter(|x| x.is_finite()).ok_or_else(|| {
                    fail(
                        "value",
                        format!("'{v}' is not N, N/d, N/N, a number or a ratio a/b"),
                    )
                })?)
            }
        },
    };
    let wanted_slots = match value {
        ValueRule::Slot | ValueRule::SlotOver(_) => 1,
        ValueRule::SlotRatio => 2,
        _ => 0,
    };
    if slots != wanted_slots {
        return Err(fail(
            "value",
            "the value is N or N/d exactly when the phrase has one slot N, and N/N when it has two"
                .into(),
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
        t => Some(
            t.parse::<u32>()
                .ok()
                .filter(|d| *d <= 12)
                .ok_or_else(|| fail("decimals", format!("'{t}' is not a whole number 0-12")))?,
        ),
    };
    let rationale = cell(6).to_string();
    let understated = match cell(7) {
        "" => None,
        t => {
            if kind != QuantifierKind::Modifier {
                return Err(fail(
                    "understated",
                    "only a modifier (a bound such as 'more than') can understate".into(),
                ));
            }
            let mut reader = ExprReader { text: t, pos: 0 };
            let e = reader.sum().map_err(|m| fail("understated", m))?;
            reader.skip_space();
            if reader.pos != t.len() {
                return Err(fail(
                    "understated",
                    format!("'{t}': unexpected '{}'", &t[reader.pos..]),
                ));
            }
            Some(e)
        }
    };
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
    let unbounded = kind == QuantifierKind::Vague
        || (matches!(kind, QuantifierKind::Increase | QuantifierKind::Decrease)
            && value == ValueRule::None);
    match kind {
        QuantifierKind::Modifier | QuantifierKind::Share | QuantifierKind::Vague => {
            if value != ValueRule::None {
                return Err(fail("value", format!("a {} has no value", kind.name())));
            }
        }
        QuantifierKind::Fraction => {
            let ok = match value {
                ValueRule::Fixed(v) => (0.0..=1.0).contains(&v),
                ValueRule::SlotOver(_) | ValueRule::SlotRatio => true,
                _ => false,
            };
            if !ok {
                return Err(fail(
                    "value",
                    "a fraction needs a value in 0-1, N/d or N/N".into(),
                ));
            }
        }
        QuantifierKind::Percent | QuantifierKind::Number | QuantifierKind::Points => {
            if value != ValueRule::Slot {
                return Err(fail(
                    "value",
                    format!("a {} row is a template with N", kind.name()),
                ));
            }
        }
        QuantifierKind::Ratio => {
            if !matches!(value, ValueRule::Slot | ValueRule::Fixed(_)) {
                return Err(fail("value", "a ratio needs N or a fixed value".into()));
            }
            if matches!(value, ValueRule::Fixed(v) if v <= 0.0) {
                return Err(fail("value", "a ratio is positive".into()));
            }
        }
        QuantifierKind::Increase | QuantifierKind::Decrease => {
            if !matches!(value, ValueRule::None | ValueRule::Slot) {
                return Err(fail("value", "a change row has N or no value".into()));
            }
        }
    }
    if unbounded == has_bounds {
        return Err(fail(
            "lower",
            if unbounded {
                format!(
                    "a {} word has no bounds",
                    if kind == QuantifierKind::Vague {
                        "vague"
                    } else {
                        "direction"
                    }
                )
            } else {
                format!("a {} row needs both bounds", kind.name())
            },
        ));
    }
    let needs_decimals = matches!(
        value,
        ValueRule::Fixed(_) | ValueRule::SlotOver(_) | ValueRule::SlotRatio
    );
    if needs_decimals != decimals.is_some() {
        return Err(fail(
            "decimals",
            "decimals are given exactly for words with a fixed value and for fractions read from numerals".into(),
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
        understated,
    };
    if has_bounds {
        // Check the ends at a typical value: x = 1 (or the fixed value),
        // with and without a granularity.
        let x = row.value().unwrap_or(1.0);
        let (lo, hi) = (x * 0.95, x * 1.05);
        for g in [f64::INFINITY, 0.1] {
            let (l, u) = (
                row.lower.as_ref().and_then(|r| r.eval_with(x, lo, hi, g)),
                row.upper.as_ref().and_then(|r| r.eval_with(x, lo, hi, g)),
            );
            match (l, u) {
                (Some(l), Some(u)) if l <= u => {}
                _ => {
                    return Err(fail("upper", "the lower end exceeds the upper end".into()));
                }
            }
        }
    }
    Ok(row)
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
    fn the_released_table_still_loads() {
        let ds = crate::data::Dataset::load(QUANTIFIER_DATASET, Some("1.0.0")).unwrap();
        let t = QuantifierTable::from_csv(ds.text("quantifiers").unwrap(), "1.0.0").unwrap();
        assert_eq!(t.len(), 114);
        // 1.0.0's flat approximator: "some 88 per cent" accepts [79.2, 96.8].
        let some = t.get("some").unwrap();
        assert_eq!(
            some.interval_with(88.0, 87.5, 88.5, 1.0).unwrap().ends(),
            [79.2, 96.8]
        );
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
            ("N in N,fraction,N,[x,x],0,r\n", "value"),
            ("N fifths,fraction,N/0,[x,x],0,r\n", "value"),
            ("N fifths,fraction,N/5,[x,x],,r\n", "decimals"),
            ("many,vague,,[x,x],,r\n", "lower"),
            ("many,vague,2,,,,r\n", "value"),
            ("\"about\",modifier,,\"[x-min(x*0.1,g*2\",x],,r\n", "lower"),
            ("N points,points,,[lo,hi],,r\n", "value"),
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
        let r = BoundRule::parse_upper("max(x, 2) * (1 + 0.5)]").unwrap();
        assert_eq!(r.eval(1.0, 0.0, 0.0), Some(3.0));
        assert!(BoundRule::parse_upper("min(x)]").is_err());
        assert!(BoundRule::parse_upper("x x]").is_err());
        assert!(BoundRule::parse_upper("(x]").is_err());
        let r = BoundRule::parse_upper("x+min(x*0.1,g*2)]").unwrap();
        assert_eq!(r.eval(100.0, 99.5, 100.5), Some(110.0));
        assert_eq!(r.eval_with(2500.0, 2499.5, 2500.5, 500.0), Some(2750.0));
        assert_eq!(r.eval_with(2577.0, 2576.5, 2577.5, 1.0), Some(2579.0));
    }

    #[test]
    fn neighbouring_simple_fractions() {
        let near = |x: f64, above: bool| neighbour_fraction(x, 5.0, above);
        assert_eq!(near(75.0, true), 80.0);
        assert!((near(75.0, false) - 200.0 / 3.0).abs() < 1e-12);
        assert_eq!(near(200.0 / 3.0, false), 60.0);
        assert_eq!(near(200.0 / 3.0, true), 75.0);
        assert_eq!(near(50.0, false), 40.0);
        assert_eq!(near(5.0, false), 0.0);
        assert_eq!(near(0.0, false), 0.0); // none below: x itself
        assert_eq!(near(100.0, true), 100.0);
        assert_eq!(neighbour_fraction(50.0, 3.0, false), 100.0 / 3.0);
        let r = BoundRule::parse_lower("[max(x*0.9,(x+below(5))/2)").unwrap();
        assert!((r.eval(75.0, 0.0, 0.0).unwrap() - 425.0 / 6.0).abs() < 1e-9);
        assert!(BoundRule::parse_lower("[below 5").is_err());
        assert!(BoundRule::parse_lower("[below(5").is_err());
    }

    #[test]
    fn the_understated_column() {
        let head = "phrase,kind,value,lower,upper,decimals,rationale,understated\n";
        let t = QuantifierTable::from_csv(
            &format!(
                "{head}more than,modifier,,(x,inf),,why,x*1.25\nnearly,modifier,,[x*0.9,x],,why,\n"
            ),
            "t.csv",
        )
        .unwrap();
        assert_eq!(
            t.get("more than")
                .unwrap()
                .understated_with(8.0, 0.0, 0.0, 1.0),
            Some(10.0)
        );
        assert_eq!(
            t.get("nearly")
                .unwrap()
                .understated_with(8.0, 0.0, 0.0, 1.0),
            None
        );
        for (row, why) in [
            ("half,fraction,1/2,[x,x],0,r,x*2\n", "only a modifier"),
            ("more than,modifier,,(x,inf),,r,x*\n", "expected"),
            ("more than,modifier,,(x,inf),,r,x y\n", "unexpected"),
        ] {
            let err = QuantifierTable::from_csv(&format!("{head}{row}"), "t.csv").unwrap_err();
            match err.kind() {
                ErrorKind::Data { location, message } => {
                    assert_eq!(location.column.as_deref(), Some("understated"), "{row}");
                    assert!(message.contains(why), "{message}");
                }
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn the_version_1_1_0_table_still_loads() {
        let ds = crate::data::Dataset::load(QUANTIFIER_DATASET, Some("1.1.0")).unwrap();
        let t = QuantifierTable::from_csv(ds.text("quantifiers").unwrap(), "1.1.0").unwrap();
        // 1.1.0's pragmatic far end of 'more than'.
        let more = t.get("more than").unwrap();
        assert_eq!(more.interval(2.0, 2.0, 2.0).unwrap().ends(), [2.0, 2.5]);
        assert_eq!(more.understated_with(2.0, 2.0, 2.0, 1.0), None);
    }

    #[test]
    fn granularity_of_printed_numbers() {
        for (v, d, g) in [
            (80.0, 0, 10.0),
            (88.0, 0, 1.0),
            (2500.0, 0, 500.0),
            (37.5, 1, 0.5),
            (38.7, 1, 0.1),
            (45.0, 0, 5.0),
            (100.0, 0, 100.0),
            (0.0, 0, 1.0),
            (600.0, 0, 100.0),
            (2577.0, 0, 1.0),
            (5.0, 0, 5.0),
            (40.0, 1, 10.0),
        ] {
            assert_eq!(granularity(v, d), g, "{v} {d}");
        }
        assert_eq!(granularity(2.5e6, -5), 500_000.0);
    }
}
