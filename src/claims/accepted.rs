//! The interval of true values a statement accepts.

use serde::Serialize;

/// Relative slack at the ends of an interval, so that decimal ends which
/// binary floating point cannot hold exactly (36.0 = 0.9 * 40) are not
/// missed by a last-bit difference.
const END_SLACK: f64 = 1e-12;

/// An interval of true values, each end open or closed.
///
/// `(2500, 3125]` is the interval "more than 2,500" accepts under the default
/// quantifier table: 2500 itself is excluded.
///
/// ```
/// use njov::claims::AcceptedInterval;
/// let more_than = AcceptedInterval::new(2500.0, 3125.0, false, true).unwrap();
/// assert!(!more_than.contains(2500.0));
/// assert!(more_than.contains(2600.0));
/// assert_eq!(more_than.ends(), [2500.0, 3125.0]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct AcceptedInterval {
    lower: f64,
    upper: f64,
    lower_closed: bool,
    upper_closed: bool,
}

impl AcceptedInterval {
    /// An interval from `lower` to `upper`; either end may be infinite.
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` when an end is NaN or `lower > upper`.
    ///
    /// ```
    /// use njov::claims::AcceptedInterval;
    /// assert!(AcceptedInterval::new(2.0, 1.0, true, true).is_err());
    /// ```
    pub fn new(
        lower: f64,
        upper: f64,
        lower_closed: bool,
        upper_closed: bool,
    ) -> crate::error::Result<AcceptedInterval> {
        if lower.is_nan() || upper.is_nan() || lower > upper {
            return Err(crate::error::Error::invalid_argument(
                "interval",
                format!("[{lower}, {upper}]"),
                "a lower end at most the upper end, neither NaN",
            ));
        }
        Ok(AcceptedInterval {
            lower,
            upper,
            lower_closed,
            upper_closed,
        })
    }

    /// The same interval moved by `by` (`116 percent of the 2006 level`
    /// read as an increase of 16 percent).
    pub(crate) fn shifted(&self, by: f64) -> AcceptedInterval {
        AcceptedInterval {
            lower: self.lower + by,
            upper: self.upper + by,
            ..*self
        }
    }

    /// A closed interval `[lower, upper]`.
    ///
    /// # Errors
    /// As [`AcceptedInterval::new`].
    ///
    /// ```
    /// use njov::claims::AcceptedInterval;
    /// assert!(AcceptedInterval::closed(24.5, 25.5).unwrap().contains(25.5));
    /// ```
    pub fn closed(lower: f64, upper: f64) -> crate::error::Result<AcceptedInterval> {
        AcceptedInterval::new(lower, upper, true, true)
    }

    /// The lower end.
    ///
    /// ```
    /// # use njov::claims::AcceptedInterval;
    /// assert_eq!(AcceptedInterval::closed(1.0, 2.0).unwrap().lower(), 1.0);
    /// ```
    pub fn lower(&self) -> f64 {
        self.lower
    }

    /// The upper end.
    ///
    /// ```
    /// # use njov::claims::AcceptedInterval;
    /// assert_eq!(AcceptedInterval::closed(1.0, 2.0).unwrap().upper(), 2.0);
    /// ```
    pub fn upper(&self) -> f64 {
        self.upper
    }

    /// Whether the lower end belongs to the interval.
    ///
    /// ```
    /// # use njov::claims::AcceptedInterval;
    /// assert!(!AcceptedInterval::new(1.0, 2.0, false, true).unwrap().lower_closed());
    /// ```
    pub fn lower_closed(&self) -> bool {
        self.lower_closed
    }

    /// Whether the upper end belongs to the interval.
    ///
    /// ```
    /// # use njov::claims::AcceptedInterval;
    /// assert!(!AcceptedInterval::new(1.0, 2.0, true, false).unwrap().upper_closed());
    /// ```
    pub fn upper_closed(&self) -> bool {
        self.upper_closed
    }

    /// The two ends as an array, as printed in JSON (`accepted`).
    ///
    /// ```
    /// # use njov::claims::AcceptedInterval;
    /// assert_eq!(AcceptedInterval::closed(1.0, 2.0).unwrap().ends(), [1.0, 2.0]);
    /// ```
    pub fn ends(&self) -> [f64; 2] {
        [self.lower, self.upper]
    }

    /// Whether `x` lies in the interval. A closed end admits values within a
    /// relative 1e-12 of it; an open end excludes them.
    ///
    /// ```
    /// # use njov::claims::AcceptedInterval;
    /// let nearly_40 = AcceptedInterval::closed(0.9 * 40.0, 40.0).unwrap();
    /// assert!(nearly_40.contains(36.0));
    /// ```
    pub fn contains(&self, x: f64) -> bool {
        if x.is_nan() {
            return false;
        }
        let slack = |end: f64| {
            if end.is_finite() {
                END_SLACK * end.abs().max(1.0)
            } else {
                0.0
            }
        };
        let lower_ok = if self.lower_closed {
            x >= self.lower - slack(self.lower)
        } else {
            x > self.lower + slack(self.lower)
        };
        let upper_ok = if self.upper_closed {
            x <= self.upper + slack(self.upper)
        } else {
            x < self.upper - slack(self.upper)
        };
        lower_ok && upper_ok
    }

    /// Whether the closed interval `[lo, hi]` shares a value with this one.
    pub(crate) fn overlaps(&self, lo: f64, hi: f64) -> bool {
        let (a, b) = (self.lower.max(lo), self.upper.min(hi));
        a < b || (a == b && self.contains(a))
    }

    /// The interval of `-x` for `x` in this one (ends swapped and negated).
    pub(crate) fn negated(&self) -> AcceptedInterval {
        AcceptedInterval {
            lower: -self.upper,
            upper: -self.lower,
            lower_closed: self.upper_closed,
            upper_closed: self.lower_closed,
        }
    }

    /// The interval of `1/x` for `x` in this one, when it lies above zero.
    pub(crate) fn reciprocal(&self) -> Option<AcceptedInterval> {
        (self.lower > 0.0).then(|| AcceptedInterval {
            lower: 1.0 / self.upper,
            upper: 1.0 / self.lower,
            lower_closed: self.upper_closed,
            upper_closed: self.lower_closed,
        })
    }

    /// The interval scaled by a positive factor.
    pub(crate) fn scaled(&self, factor: f64) -> AcceptedInterval {
        AcceptedInterval {
            lower: self.lower * factor,
            upper: self.upper * factor,
            ..*self
        }
    }

    /// Whether a closed interval `[lo, hi]` reaches across one of this
    /// interval's finite ends: part of it inside, part outside.
    pub(crate) fn straddled_by(&self, lo: f64, hi: f64) -> bool {
        let crosses = |end: f64| end.is_finite() && lo < end && hi > end;
        crosses(self.lower) || crosses(self.upper)
    }
}

impl std::fmt::Display for AcceptedInterval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}{}, {}{}",
            if self.lower_closed { '[' } else { '(' },
            short(self.lower),
            short(self.upper),
            if self.upper_closed { ']' } else { ')' }
        )
    }
}

/// A number printed with at most four decimals, trailing zeros dropped.
pub(crate) fn short(x: f64) -> String {
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{x:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.into() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_and_closed_ends() {
        let i = AcceptedInterval::new(1.0, 2.0, false, false).unwrap();
        assert!(!i.contains(1.0) && !i.contains(2.0) && i.contains(1.5));
        let n = i.negated();
        assert_eq!(n.ends(), [-2.0, -1.0]);
        assert_eq!(i.to_string(), "(1, 2)");
        assert!(i.straddled_by(0.5, 1.5));
        assert!(!i.straddled_by(1.2, 1.8));
        assert!(!i.straddled_by(2.5, 3.0));
        assert!(i.overlaps(1.5, 3.0) && i.overlaps(0.0, 1.2));
        assert!(!i.overlaps(2.0, 3.0) && !i.overlaps(0.0, 1.0));
        let c = AcceptedInterval::closed(1.0, 2.0).unwrap();
        assert!(c.overlaps(2.0, 3.0));
    }
}
