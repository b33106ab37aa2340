//! What an interval is asked for ([`IntervalSpec`]: level, side, degrees of
//! freedom), and what it gives ([`Interval`]).

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::interval::method::Method;
use crate::interval::special::{normal_upper, students_t_upper};

/// Which limits an interval has.
///
/// A one-sided bound at level `L` is the corresponding limit of the
/// two-sided interval at level `2L - 1` (all methods here are equal-tailed):
///
/// ```text
/// two-sided:  tail = (1 - level) / 2 on each side
/// lower:      tail = 1 - level below, upper limit = 1 (or infinity)
/// upper:      tail = 1 - level above, lower limit = 0
/// ```
///
/// ```
/// use njov::interval::{IntervalSpec, ProportionData, ProportionInterval, ProportionMethod, Side};
/// let data = ProportionData::Counts { successes: 3, trials: 40 };
/// let cp = |spec| ProportionInterval::new(ProportionMethod::ClopperPearson, spec).unwrap().compute(&data).unwrap();
/// let one = cp(IntervalSpec::new(0.95).unwrap().with_side(Side::Upper));
/// let two = cp(IntervalSpec::new(0.90).unwrap());
/// assert_eq!(one.lower, 0.0);
/// assert!((one.upper - two.upper).abs() < 1e-15);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Side {
    /// Both limits, `(1 - level) / 2` in each tail.
    #[default]
    TwoSided,
    /// A lower confidence bound; the upper limit is the end of the range.
    Lower,
    /// An upper confidence bound; the lower limit is 0.
    Upper,
}

impl Side {
    /// The probability in each tail that carries a limit.
    ///
    /// ```text
    /// two-sided: (1 - level) / 2;   one-sided: 1 - level
    /// ```
    ///
    /// ```
    /// use njov::interval::Side;
    /// assert!((Side::TwoSided.tail(0.9) - 0.05).abs() < 1e-16);
    /// assert!((Side::Lower.tail(0.9) - 0.1).abs() < 1e-16);
    /// ```
    pub fn tail(self, level: f64) -> f64 {
        match self {
            Side::TwoSided => 0.5 * (1.0 - level),
            Side::Lower | Side::Upper => 1.0 - level,
        }
    }

    /// The side's name: `"two-sided"`, `"lower"` or `"upper"`.
    ///
    /// ```
    /// assert_eq!(njov::interval::Side::Lower.name(), "lower");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Side::TwoSided => "two-sided",
            Side::Lower => "lower",
            Side::Upper => "upper",
        }
    }
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Side {
    type Err = Error;
    /// Parses `"two-sided"`, `"lower"` or `"upper"`.
    fn from_str(s: &str) -> Result<Side> {
        match s {
            "two-sided" => Ok(Side::TwoSided),
            "lower" => Ok(Side::Lower),
            "upper" => Ok(Side::Upper),
            _ => Err(Error::parse(s, s, "expected two-sided, lower or upper")),
        }
    }
}

/// What an interval is asked for: a confidence level, which limits, and
/// (optionally) degrees of freedom for a t quantile. Validated once, with
/// its quantiles computed once, so that a batch of intervals pays for
/// neither per interval.
///
/// ```text
/// tail = (1 - level) / 2 (two-sided) or 1 - level (one-sided)
/// z    = Phi^{-1}(1 - tail)
/// c    = t_{df}^{-1}(1 - tail) when df is given, else z
/// ```
///
/// ```
/// use njov::interval::{IntervalSpec, Side};
/// let spec = IntervalSpec::new(0.95)?;
/// assert!((spec.z() - 1.959963984540054).abs() < 1e-15);
/// assert_eq!(spec.quantile(), spec.z());
/// let t = spec.with_df(10.0)?;
/// assert!((t.quantile() - 2.228138851986274).abs() < 1e-14);
/// assert!(IntervalSpec::new(1.0).is_err());
/// assert!((spec.with_side(Side::Upper).tail() - 0.05).abs() < 1e-15);
/// # Ok::<(), njov::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IntervalSpec {
    level: f64,
    side: Side,
    df: Option<f64>,
    tail: f64,
    z: f64,
    t: Option<f64>,
}

impl IntervalSpec {
    /// A two-sided interval at `level`, with the normal quantile.
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` unless `0 < level < 1`.
    ///
    /// ```
    /// assert!(njov::IntervalSpec::new(0.0).is_err());
    /// assert_eq!(njov::IntervalSpec::new(0.9).unwrap().level(), 0.9);
    /// ```
    pub fn new(level: f64) -> Result<IntervalSpec> {
        if !(level > 0.0 && level < 1.0) {
            return Err(Error::invalid_argument(
                "level",
                level,
                "a confidence level strictly between 0 and 1",
            ));
        }
        let tail = Side::TwoSided.tail(level);
        Ok(IntervalSpec {
            level,
            side: Side::TwoSided,
            df: None,
            tail,
            z: normal_upper(tail),
            t: None,
        })
    }

    /// The same specification with other limits.
    ///
    /// ```
    /// use njov::interval::{IntervalSpec, Side};
    /// let s = IntervalSpec::new(0.9).unwrap().with_side(Side::Lower);
    /// assert_eq!(s.side(), Side::Lower);
    /// ```
    pub fn with_side(self, side: Side) -> IntervalSpec {
        let tail = side.tail(self.level);
        IntervalSpec {
            side,
            tail,
            z: normal_upper(tail),
            t: self.df.map(|d| students_t_upper(d, tail)),
            ..self
        }
    }

    /// The same specification with the t quantile on `df` degrees of
    /// freedom (an infinite `df` is the normal quantile).
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` unless `df > 0`.
    ///
    /// ```
    /// let s = njov::IntervalSpec::new(0.95).unwrap();
    /// assert!(s.with_df(0.0).is_err());
    /// assert_eq!(s.with_df(f64::INFINITY).unwrap().quantile(), s.z());
    /// ```
    pub fn with_df(self, df: f64) -> Result<IntervalSpec> {
        if df.is_nan() || df <= 0.0 {
            return Err(Error::invalid_argument(
                "df",
                df,
                "degrees of freedom > 0 (or none for the normal quantile)",
            ));
        }
        Ok(IntervalSpec {
            df: Some(df),
            t: Some(students_t_upper(df, self.tail)),
            ..self
        })
    }

    /// The same specification with `df` degrees of freedom when given.
    ///
    /// # Errors
    /// As [`IntervalSpec::with_df`].
    ///
    /// ```
    /// let s = njov::IntervalSpec::new(0.95).unwrap().with_df_opt(None).unwrap();
    /// assert_eq!(s.df(), None);
    /// ```
    pub fn with_df_opt(self, df: Option<f64>) -> Result<IntervalSpec> {
        match df {
            Some(d) => self.with_df(d),
            None => Ok(self),
        }
    }

    /// The confidence level.
    ///
    /// ```
    /// assert_eq!(njov::IntervalSpec::new(0.8).unwrap().level(), 0.8);
    /// ```
    pub fn level(&self) -> f64 {
        self.level
    }

    /// Which limits.
    ///
    /// ```
    /// assert_eq!(njov::IntervalSpec::new(0.8).unwrap().side(), njov::interval::Side::TwoSided);
    /// ```
    pub fn side(&self) -> Side {
        self.side
    }

    /// The degrees of freedom, when a t quantile is asked for.
    ///
    /// ```
    /// assert_eq!(njov::IntervalSpec::new(0.8).unwrap().with_df(4.0).unwrap().df(), Some(4.0));
    /// ```
    pub fn df(&self) -> Option<f64> {
        self.df
    }

    /// The probability in each tail that carries a limit.
    ///
    /// ```
    /// assert!((njov::IntervalSpec::new(0.9).unwrap().tail() - 0.05).abs() < 1e-16);
    /// ```
    pub fn tail(&self) -> f64 {
        self.tail
    }

    /// The normal quantile `z_{1-tail}`.
    ///
    /// ```
    /// assert!((njov::IntervalSpec::new(0.9).unwrap().z() - 1.6448536269514722).abs() < 1e-14);
    /// ```
    pub fn z(&self) -> f64 {
        self.z
    }

    /// The quantile `c`: `t_{df, 1-tail}` with degrees of freedom, else `z`.
    ///
    /// ```
    /// let s = njov::IntervalSpec::new(0.95).unwrap();
    /// assert!(s.with_df(5.0).unwrap().quantile() > s.quantile());
    /// ```
    pub fn quantile(&self) -> f64 {
        self.t.unwrap_or(self.z)
    }

    /// The degrees of freedom in force for one input: the specification's,
    /// else the input's own (a design-based variance carries its df).
    pub(crate) fn df_for(&self, own: Option<f64>) -> Option<f64> {
        self.df.or(own)
    }

    /// The quantile for one input whose own degrees of freedom are `own`:
    /// computed only when the input brings a df the specification lacks.
    pub(crate) fn quantile_for(&self, own: Option<f64>) -> f64 {
        match (self.t, own) {
            (Some(t), _) => t,
            (None, Some(d)) => students_t_upper(d, self.tail),
            (None, None) => self.z,
        }
    }

    /// Limits of a two-sided computation restricted to this side: the open
    /// end becomes `floor` (lower side) or `ceiling` (upper side).
    pub(crate) fn restrict(&self, lower: f64, upper: f64, floor: f64, ceiling: f64) -> (f64, f64) {
        match self.side {
            Side::TwoSided => (lower, upper),
            Side::Lower => (lower, ceiling),
            Side::Upper => (floor, upper),
        }
    }
}

/// A confidence interval.
///
/// `lower <= upper` always. `lower <= estimate <= upper` holds for every
/// method with counts input at levels of at least 0.5 (a property test
/// checks it for n up to 1e6); for the equal-tailed Beta methods (Jeffreys,
/// Korn-Graubard with a degrees-of-freedom factor) it is an observed
/// property, not part of the construction. For a one-sided interval the
/// open end is the end of the parameter space (0 or 1 for a proportion, 0
/// or infinity for a count).
///
/// ```text
/// width = upper - lower
/// ```
///
/// ```
/// use njov::interval::ProportionInterval;
/// let ci = ProportionInterval::wilson(30, 129, 0.95).unwrap();
/// assert!(ci.contains(ci.estimate));
/// assert!(ci.width() > 0.0);
/// assert_eq!(ci.method.name(), "wilson");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Interval {
    /// The point estimate (a proportion, a count or a total).
    pub estimate: f64,
    /// The lower limit.
    pub lower: f64,
    /// The upper limit.
    pub upper: f64,
    /// The confidence level, in (0, 1).
    pub level: f64,
    /// The method.
    pub method: Method,
    /// The effective sample size (proportions: `n`, or Korn-Graubard's
    /// `n*`) or effective count (totals: `T / (w deff)`) the limits were
    /// computed from; `None` for plain counts used as they are.
    pub n_eff: Option<f64>,
    /// The degrees of freedom of the t quantile used, `None` when the normal
    /// quantile (or no quantile) was used.
    pub df: Option<f64>,
}

impl Interval {
    /// The width `upper - lower`.
    ///
    /// ```
    /// use njov::interval::ProportionInterval;
    /// let ci = ProportionInterval::wilson(0, 10, 0.95).unwrap();
    /// assert_eq!(ci.width(), ci.upper - ci.lower);
    /// ```
    pub fn width(&self) -> f64 {
        self.upper - self.lower
    }

    /// Whether `x` lies in the closed interval `[lower, upper]`.
    ///
    /// ```
    /// use njov::interval::ProportionInterval;
    /// let ci = ProportionInterval::wilson(5, 10, 0.95).unwrap();
    /// assert!(ci.contains(0.5));
    /// assert!(!ci.contains(0.99));
    /// ```
    pub fn contains(&self, x: f64) -> bool {
        self.lower <= x && x <= self.upper
    }
}
