//! Confidence intervals for a Poisson count and for a total expanded from a
//! count by a mean weight (a scaled Poisson count).

use crate::error::{Error, Result};
use crate::interval::method::{CountMethod, Method};
use crate::interval::spec::{Interval, IntervalSpec};
use crate::interval::special::gamma_quantile_pq;

/// What is known about a count.
///
/// ```text
/// Count  x = count,  s = 1
/// Total  x = T / (w deff),  s = w deff,  Var(T) = deff w T
/// ```
///
/// ```
/// use njov::interval::{CountData, CountInterval, CountMethod, IntervalSpec};
/// let total = CountData::Total { total: 2577.0, mean_weight: 2577.0 / 1723.0, deff: 1.0 };
/// let sp = CountInterval::new(CountMethod::ScaledPoisson, IntervalSpec::new(0.95).unwrap());
/// let ci = sp.compute(&total).unwrap();
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

/// A count interval method at a validated [`IntervalSpec`]: the entry
/// point. The specification's `df` switches the score, Wald and
/// scaled-Poisson quantile from `z` to `t_df`.
///
/// ```text
/// tail = (1 - level)/2 (two-sided) or 1 - level (one-sided; open end 0 or +infinity)
/// ```
///
/// ```
/// use njov::interval::CountInterval;
/// let ci = CountInterval::exact(0, 0.95).unwrap();
/// assert_eq!(ci.lower, 0.0);
/// assert!((ci.upper - 3.6888794541139363).abs() < 1e-13);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CountInterval {
    method: CountMethod,
    spec: IntervalSpec,
}

impl CountInterval {
    /// `method` at `spec`.
    ///
    /// ```
    /// use njov::interval::{CountInterval, CountMethod, IntervalSpec};
    /// let ci = CountInterval::new(CountMethod::Score, IntervalSpec::new(0.9).unwrap());
    /// assert_eq!(ci.method(), CountMethod::Score);
    /// ```
    pub fn new(method: CountMethod, spec: IntervalSpec) -> CountInterval {
        CountInterval { method, spec }
    }

    /// The method.
    ///
    /// ```
    /// use njov::interval::{CountInterval, CountMethod, IntervalSpec};
    /// assert_eq!(CountInterval::new(CountMethod::Wald, IntervalSpec::new(0.9).unwrap()).method(), CountMethod::Wald);
    /// ```
    pub fn method(&self) -> CountMethod {
        self.method
    }

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
    /// let ci = njov::interval::CountInterval::exact(10, 0.95).unwrap();
    /// assert!((ci.lower - 4.795389).abs() < 1e-6);
    /// ```
    pub fn exact(count: u64, level: f64) -> Result<Interval> {
        CountInterval::new(CountMethod::Exact, IntervalSpec::new(level)?)
            .compute(&CountData::Count { count })
    }

    /// The interval for `data`.
    ///
    /// # Errors
    /// A negative or non-finite total, a weight or design effect not finite
    /// and positive.
    ///
    /// ```
    /// use njov::interval::{CountData, CountInterval, CountMethod, IntervalSpec, Side};
    /// let spec = IntervalSpec::new(0.9).unwrap().with_side(Side::Upper);
    /// let ci = CountInterval::new(CountMethod::Score, spec).compute(&CountData::Count { count: 4 }).unwrap();
    /// assert_eq!(ci.lower, 0.0);
    /// ```
    pub fn compute(&self, data: &CountData) -> Result<Interval> {
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
        let (lower, upper) = count_limits(self.method, x, &self.spec);
        let (lower, upper) = self.spec.restrict(lower, upper, 0.0, f64::INFINITY);
        let df_used = match self.method {
            CountMethod::Exact => None,
            _ => self.spec.df(),
        };
        Ok(Interval {
            estimate,
            lower: lower * scale,
            upper: upper * scale,
            level: self.spec.level(),
            method: Method::Count(self.method),
            n_eff,
            df: df_used,
        })
    }
}

/// Limits for a Poisson mean given the (effective) count `x`.
pub(crate) fn count_limits(method: CountMethod, x: f64, spec: &IntervalSpec) -> (f64, f64) {
    let tail = spec.tail();
    let c = || spec.quantile();
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
