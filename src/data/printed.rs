//! Printed numbers and the true values their printed precision admits.
//!
//! A figure printed as `88` (percent) stands for any true value that rounds to
//! 88 at zero decimals: the closed interval [87.5, 88.5]. Whether a tie such as
//! 87.5 rounds up or down depends on a rounding convention the source never
//! states, so both ends are admitted (the `up_or_down` convention of the
//! roundwork/scrutiny catalogue).

use crate::error::{Error, Result};

/// A number as printed: its value and the number of decimals it was printed
/// with.
///
/// ```text
/// admitted interval = [v - h, v + h],  h = 0.5 * 10^(-decimals)
/// ```
///
/// ```
/// use njov::data::PrintedNumber;
/// let p = PrintedNumber::parse("38.7").unwrap();
/// assert_eq!(p.decimals(), 1);
/// let (lo, hi) = p.admitted();
/// assert!((lo - 38.65).abs() < 1e-12 && (hi - 38.75).abs() < 1e-12);
/// assert!(p.admits(998.0 / 2577.0 * 100.0));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct PrintedNumber {
    value: f64,
    decimals: u32,
}

/// Relative slack for comparisons at an interval's ends, so that decimal
/// values which binary floating point cannot hold exactly (38.65, 0.1) are
/// not rejected by a last-bit difference.
const END_SLACK: f64 = 1e-12;

impl PrintedNumber {
    /// Reads a number as printed: optional sign, digits with optional
    /// thousands separators (`2,577`), an optional decimal part. A trailing
    /// `%` is not part of the number; strip it first.
    ///
    /// # Errors
    /// `ErrorKind::Parse` when the text is not a plain decimal number, or the
    /// separators are misplaced (`25,77`).
    ///
    /// ```
    /// use njov::data::PrintedNumber;
    /// assert_eq!(PrintedNumber::parse("2,577").unwrap().value(), 2577.0);
    /// assert!(PrintedNumber::parse("2,57").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<PrintedNumber> {
        let t = text.trim();
        let bad = |why: &str| Error::parse(text, t, why);
        let (sign, body) = match t.strip_prefix('-') {
            Some(rest) => (-1.0, rest),
            None => (1.0, t.strip_prefix('+').unwrap_or(t)),
        };
        let (int_part, frac_part) = match body.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (body, None),
        };
        if int_part.is_empty() && frac_part.is_none_or(str::is_empty) {
            return Err(bad("no digits"));
        }
        let int_digits: String = if int_part.contains(',') {
            let groups: Vec<&str> = int_part.split(',').collect();
            let first_ok = !groups[0].is_empty() && groups[0].len() <= 3;
            if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
                return Err(bad("thousands separators must group three digits"));
            }
            groups.concat()
        } else {
            int_part.to_string()
        };
        if !int_digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad("not a decimal number"));
        }
        let frac = frac_part.unwrap_or("");
        if !frac.chars().all(|c| c.is_ascii_digit()) || frac_part == Some("") {
            return Err(bad("not a decimal number"));
        }
        let decimals = u32::try_from(frac.len()).map_err(|_| bad("too many decimals"))?;
        let joined = format!(
            "{}.{}",
            if int_digits.is_empty() {
                "0"
            } else {
                &int_digits
            },
            if frac.is_empty() { "0" } else { frac }
        );
        let value: f64 = joined.parse().map_err(|_| bad("not a decimal number"))?;
        // Rust reads a 400-digit number as infinity rather than failing.
        if !value.is_finite() {
            return Err(bad("too large for a 64-bit float (at most about 1.8e308)"));
        }
        Ok(PrintedNumber {
            value: sign * value,
            decimals,
        })
    }

    /// A number known to be printed with `decimals` decimals.
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` when the value is not finite.
    ///
    /// ```
    /// let p = njov::data::PrintedNumber::new(25.0, 0).unwrap();
    /// assert_eq!(p.admitted(), (24.5, 25.5));
    /// ```
    pub fn new(value: f64, decimals: u32) -> Result<PrintedNumber> {
        if !value.is_finite() {
            return Err(Error::invalid_argument("value", value, "a finite number"));
        }
        Ok(PrintedNumber { value, decimals })
    }

    /// The printed value.
    ///
    /// ```
    /// assert_eq!(njov::data::PrintedNumber::parse("38.7").unwrap().value(), 38.7);
    /// ```
    pub fn value(&self) -> f64 {
        self.value
    }

    /// The number of decimals printed.
    ///
    /// ```
    /// assert_eq!(njov::data::PrintedNumber::parse("38.70").unwrap().decimals(), 2);
    /// ```
    pub fn decimals(&self) -> u32 {
        self.decimals
    }

    /// Half a unit of the last printed digit: `0.5 * 10^(-decimals)`.
    ///
    /// ```
    /// assert_eq!(njov::data::PrintedNumber::parse("88").unwrap().half_unit(), 0.5);
    /// ```
    pub fn half_unit(&self) -> f64 {
        0.5 * 10f64.powi(-(self.decimals as i32))
    }

    /// The closed interval of true values that round to this number.
    ///
    /// ```
    /// assert_eq!(njov::data::PrintedNumber::parse("88").unwrap().admitted(), (87.5, 88.5));
    /// ```
    pub fn admitted(&self) -> (f64, f64) {
        let h = self.half_unit();
        (self.value - h, self.value + h)
    }

    /// Whether `x` rounds to this number at its printed precision (ties
    /// either way; see the module docs).
    ///
    /// ```
    /// let p = njov::data::PrintedNumber::parse("88").unwrap();
    /// assert!(p.admits(87.5) && !p.admits(88.6));
    /// ```
    pub fn admits(&self, x: f64) -> bool {
        let (lo, hi) = self.admitted();
        let slack = END_SLACK * lo.abs().max(hi.abs()).max(1.0);
        x >= lo - slack && x <= hi + slack
    }

    /// `x` rounded to this number's precision, ties away from zero.
    ///
    /// ```
    /// assert_eq!(njov::data::PrintedNumber::parse("38.7").unwrap().round_like(38.727), 38.7);
    /// ```
    pub fn round_like(&self, x: f64) -> f64 {
        round_to(x, self.decimals)
    }
}

impl std::fmt::Display for PrintedNumber {
    /// The number as printed: its value at its printed decimals.
    ///
    /// ```
    /// assert_eq!(njov::data::PrintedNumber::parse("38.70").unwrap().to_string(), "38.70");
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.*}", self.decimals as usize, self.value)
    }
}

/// Rounds `x` to `decimals` decimals, ties away from zero.
///
/// ```
/// assert_eq!(njov::data::round_to(38.727, 1), 38.7);
/// assert_eq!(njov::data::round_to(2.5, 0), 3.0);
/// ```
pub fn round_to(x: f64, decimals: u32) -> f64 {
    let scale = 10f64.powi(decimals as i32);
    (x * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_plain_and_grouped_numbers() {
        let p = PrintedNumber::parse("88").unwrap();
        assert_eq!((p.value(), p.decimals()), (88.0, 0));
        let p = PrintedNumber::parse("1,077").unwrap();
        assert_eq!((p.value(), p.decimals()), (1077.0, 0));
        let p = PrintedNumber::parse("0.05").unwrap();
        assert_eq!((p.value(), p.decimals()), (0.05, 2));
        let p = PrintedNumber::parse("-3.50").unwrap();
        assert_eq!((p.value(), p.decimals()), (-3.5, 2));
    }

    #[test]
    fn rejects_malformed_numbers() {
        for bad in ["", "abc", "1,2345", ",123", "1.", "12a", "1,23", "--1"] {
            assert!(PrintedNumber::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn admitted_interval_ends_are_inclusive() {
        let p = PrintedNumber::parse("88").unwrap();
        assert!(p.admits(87.5) && p.admits(88.5));
        assert!(!p.admits(87.49) && !p.admits(88.51));
        let p = PrintedNumber::parse("38.7").unwrap();
        assert!(p.admits(38.65) && p.admits(38.75));
        assert!(!p.admits(38.76));
    }
}
