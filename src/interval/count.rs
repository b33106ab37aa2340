//! Confidence intervals for a Poisson count and for a total expanded from a
//! count by a mean weight (a scaled Poisson count).

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};
use crate::interval::proportion::{Interval, Side, check_df, check_level};
use crate::interval::special::{gamma_quantile_pq, normal_upper, students_t_upper};

/// A confidence-interval method for a Poisson mean.
///
/// Notation: `x` the count (for a [`CountData::Total`], the effective count
/// `x = T / (w deff)`), `c = z_{1-tail}` (or `t_{df,1-tail}` when `df` is
/// given), `G^{-1}(u; a)` the Gamma(a, 1) quantile. Limits for a total are
/// the limits for `x` multiplied by `s = w deff`.
///
/// ```text
/// exact (Garwood)  lower = G^{-1}(tail; x)  (0 at x = 0),  upper = G^{-1}(1 - tail; x + 1)
/// score            (x + c^2/2) -/+ c sqrt(x + c^2/4)
/// wald             x -/+ c sqrt(x),  lower clipped at 0
/// scaled-poisson   x exp(-/+ c / sqrt x)     (log scale; x = 0: [0, exact upper])
/// ```
///
/// ```
/// use njov::CountMethod;
/// let m: CountMethod = "scaled-poisson".parse().unwrap();
/// assert_eq!(m.name(), "scaled-poisson");
/// assert_eq!(CountMethod::all().len(), 4);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CountMethod {
    /// Garwood's exact interval (chi-square / gamma quantiles), the default:
    ///
    /// ```text
    /// lower = chi2_{2x, tail} / 2 = G^{-1}(tail; x)   (0 when x = 0)
    /// upper = chi2_{2x+2, 1-tail} / 2 = G^{-1}(1 - tail; x + 1)
    /// ```
    ///
    /// statsmodels `confint_poisson(method="exact-c")`. For a non-integer
    /// effective count the gamma quantiles take the real shape.
    #[default]
    Exact,
    /// The score interval, solving `(x - m)^2 / m = c^2`:
    ///
    /// ```text
    /// lower = x^2 / (x + c^2/2 + c sqrt(x + c^2/4)),   upper = x + c^2/2 + c sqrt(x + c^2/4)
    /// ```
    Score,
    /// The Wald interval `x -/+ c sqrt(x)`, lower limit clipped at 0 (at
    /// `x = 0` the interval is the point 0).
    ///
    /// ```text
    /// max(0, x - c sqrt x),  x + c sqrt x
    /// ```
    Wald,
    /// The scaled-Poisson total on the log scale: a total `T = w x` from a
    /// count with mean expansion weight `w` and design effect `deff` has
    /// variance `deff w T`, squared coefficient of variation
    /// `deff w / T = 1 / x_eff`, and the delta-method interval
    ///
    /// ```text
    /// T exp(-/+ c sqrt(deff w / T))     (T = 0: [0, s G^{-1}(1 - tail; 1)],  s = w deff)
    /// ```
    ///
    /// The log scale keeps the lower limit positive and composes with other
    /// log-scale factors (a total times a share).
    ScaledPoisson,
}

impl CountMethod {
    /// Every method, in a fixed order.
    ///
    /// ```
    /// assert_eq!(njov::CountMethod::all()[0], njov::CountMethod::Exact);
    /// ```
    pub fn all() -> &'static [CountMethod] {
        const ALL: [CountMethod; 4] = [
            CountMethod::Exact,
            CountMethod::Score,
            CountMethod::Wald,
            CountMethod::ScaledPoisson,
        ];
        &ALL
    }

    /// The kebab-case name, as accepted by `FromStr`.
    ///
    /// ```
    /// assert_eq!(njov::CountMethod::Exact.name(), "exact");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            CountMethod::Exact => "exact",
            CountMethod::Score => "score",
            CountMethod::Wald => "wald",
            CountMethod::ScaledPoisson => "scaled-poisson",
        }
    }
}

impl fmt::Display for CountMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for CountMethod {
    type Err = Error;
    /// Parses `exact` (also `garwood`), `score`, `wald` or `scaled-poisson`.
    fn from_str(s: &str) -> Result<CountMethod> {
        if s == "garwood" {
            return Ok(CountMethod::Exact);
        }
        CountMethod::all()
            .iter()
            .find(|m| m.name() == s)
            .copied()
            .ok_or_else(|| {
                Error::parse(
                    s,
                    s,
                    "unknown count method; expected one of exact, score, wald, scaled-poisson",
                )
            })
    }
}

/// What is known about a count.
///
/// ```text
/// Count  x = count,  s = 1
/// Total  x = T / (w deff),  s = w deff,  Var(T) = deff w T
/// ```
///
/// ```
/// use njov::{CountData, CountInterval, CountMethod, Side};
/// let total = CountData::Total { total: 2577.0, mean_weight: 2577.0 / 1723.0, deff: 1.0 };
/// let ci = CountInterval::compute(CountMethod::ScaledPoisson, &total, 0.95, Side::TwoSided, None).unwrap();
/// assert!(ci.lower < 2577.0 && 2577.0 < ci.upper);
/// assert!((ci.n_eff.unwrap() - 1723.0).abs() < 1e-9);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CountData {
    /// An observed count.
    Count {
        /// The count.
        count: u64,
    },
    /// A total expanded from a count by a mean weight, with a design effect.
    Total {
        /// The estimated total `T >= 0`.
        total: f64,
        /// The mean expansion weight `w > 0` (`T / count`).
        mean_weight: f64,
        /// The design effect `deff > 0` on the count's Poisson variance.
        deff: f64,
    },
}

/// Count and total intervals: the entry point.
///
/// ```
/// use njov::CountInterval;
/// let ci = CountInterval::exact(0, 0.95).unwrap();
/// assert_eq!(ci.lower, 0.0);
/// assert!((ci.upper - 3.6888794541139363).abs() < 1e-13);
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct CountInterval;

impl CountInterval {
    /// The two-sided exact (Garwood) interval for an observed count.
    ///
    /// ```text
    /// [G^{-1}((1-level)/2; x), G^{-1}((1+level)/2; x + 1)]
    /// ```
    ///
    /// # Errors
    /// `level` outside (0, 1).
    ///
    /// ```
    /// let ci = njov::CountInterval::exact(10, 0.95).unwrap();
    /// assert!((ci.lower - 4.795389).abs() < 1e-6);
    /// ```
    pub fn exact(count: u64, level: f64) -> Result<Interval> {
        CountInterval::compute(
            CountMethod::Exact,
            &CountData::Count { count },
            level,
            Side::TwoSided,
            None,
        )
    }

    /// The interval of `method` for `data` at `level`; `df` switches the
    /// score, Wald and scaled-Poisson quantile from `z` to `t_df`.
    ///
    /// ```text
    /// tail = (1 - level)/2 (two-sided) or 1 - level (one-sided; open end 0 or +infinity)
    /// ```
    ///
    /// # Errors
    /// `level` outside (0, 1), `df <= 0` or NaN, a negative or non-finite
    /// total, a weight or design effect not finite and positive.
    ///
    /// ```
    /// use njov::{CountData, CountInterval, CountMethod, Side};
    /// let ci = CountInterval::compute(CountMethod::Score, &CountData::Count { count: 4 }, 0.9, Side::Upper, None).unwrap();
    /// assert_eq!(ci.lower, 0.0);
    /// ```
    pub fn compute(
        method: CountMethod,
        data: &CountData,
        level: f64,
        side: Side,
        df: Option<f64>,
    ) -> Result<Interval> {
        check_level(level)?;
        check_df(df)?;
        let (x, scale, estimate, n_eff) = match *data {
            CountData::Count { count } => (count as f64, 1.0, count as f64, None),
            CountData::Total {
                total,
                mean_weight,
                deff,
            } => {
                if !(total.is_finite() && total >= 0.0) {
                    return Err(Error::invalid_argument(
                        "total",
                        total,
                        "a finite number >= 0",
                    ));
                }
                for (name, v) in [("mean_weight", mean_weight), ("deff", deff)] {
                    if !(v.is_finite() && v > 0.0) {
                        return Err(Error::invalid_argument(name, v, "a finite number > 0"));
                    }
                }
                let s = mean_weight * deff;
                (total / s, s, total, Some(total / s))
            }
        };
        let tail = side.tail(level);
        let (lower, upper) = count_limits(method, x, tail, df);
        let (lower, upper) = match side {
            Side::TwoSided => (lower, upper),
            Side::Lower => (lower, f64::INFINITY),
            Side::Upper => (0.0, upper),
        };
        let df_used = match method {
            CountMethod::Exact => None,
            _ => df,
        };
        Ok(Interval {
            estimate,
            lower: lower * scale,
            upper: upper * scale,
            level,
            method: method.name().to_string(),
            n_eff,
            df: df_used,
        })
    }
}

/// Limits for a Poisson mean given the (effective) count `x`.
pub(crate) fn count_limits(method: CountMethod, x: f64, tail: f64, df: Option<f64>) -> (f64, f64) {
    let c = || match df {
        Some(d) => students_t_upper(d, tail),
        None => normal_upper(tail),
    };
    let exact_upper = || gamma_quantile_pq(x + 1.0, 1.0 - tail, tail);
    match method {
        CountMethod::Exact => {
            let lower = if x == 0.0 {
                0.0
            } else {
                gamma_quantile_pq(x, tail, 1.0 - tail)
            };
            (lower, exact_upper())
        }
        CountMethod::Score => {
            let c = c();
            let c2 = c * c;
            let s = x + 0.5 * c2 + c * (x + 0.25 * c2).sqrt();
            (x * x / s, s)
        }
        CountMethod::Wald => {
            let c = c();
            let h = c * x.sqrt();
            ((x - h).max(0.0), x + h)
        }
        CountMethod::ScaledPoisson => {
            if x == 0.0 {
                (0.0, exact_upper())
            } else {
                let h = c() / x.sqrt();
                (x * (-h).exp(), x * h.exp())
            }
        }
    }
}
