//! Quantiles with Woodruff intervals, as R `survey` 4.1's `svyquantile`
//! with its defaults (`qrule = "math"`, `interval.type = "mean"`).
//!
//! The point estimate is the `"math"` rule, the inverse of the weighted
//! empirical distribution function: with the rows of positive weight sorted
//! by value (ties in row order), `W` the total weight and `C_k` the
//! cumulative weight of the first `k`, let `k` be the last position with
//! `C_k <= p W` (the first if there is none); the quantile is `x_k` if
//! `C_k / W == p` exactly and `x_{k+1}` otherwise.
//!
//! The interval is Woodruff's: the design-based mean `F` of the indicator
//! `x <= q` (with its linearised SE), its `t` interval `F -/+ t se` with the
//! design degrees of freedom, and the `"math"` quantiles at the two limits (a
//! limit below 0 or above 1 gives NaN, as in R). The standard error is R's:
//! `(upper - lower) / (2 t)`.
//!
//! Conventions: Python's `svy` states that it agrees with R except where it
//! adopts Stata's conventions; it was not installed for this crate, so no
//! difference is asserted here. The quantile conventions that differ among
//! survey packages are the rule (R's `"math"` here, not an interpolating
//! rule such as `"hf7"`) and the interval (Woodruff's, on the `mean` scale,
//! not a replicate or score interval); this crate follows R 4.1's defaults
//! because R's values are its reference.
//!
//! R sums weights in extended (80-bit) precision; the cumulative weights here
//! are compensated (Neumaier) sums, so the exact-equality test `C_k / W == p`
//! sees the same sums as R's for every weight vector of the reference data.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::interval::special::students_t_quantile;

use super::design::SurveyDesign;
use super::domain::Domain;
use super::estimate::{Statistic, check_values};

/// A quantile with its Woodruff interval and the standard error R derives
/// from it (see the module documentation of [`SurveyDesign::quantile`]).
///
/// ```
/// use njov::survey::SurveyDesign;
/// let design = SurveyDesign::builder(20).build()?;
/// let y: Vec<f64> = (1..=20).map(f64::from).collect();
/// let q = design.quantile(&y, 0.5, 0.95)?;
/// assert_eq!(q.estimate, 10.0);
/// assert!(q.lower < q.estimate && q.estimate < q.upper);
/// // with five rows the interval of F(q) passes 0 and 1: no limits
/// let q = SurveyDesign::builder(5).build()?.quantile(&[3.0, 1.0, 4.0, 1.0, 5.0], 0.5, 0.95)?;
/// assert_eq!(q.estimate, 3.0);
/// assert!(q.lower.is_nan() || q.upper.is_nan());
/// # Ok::<(), njov::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuantileEstimate {
    /// Always [`Statistic::Quantile`].
    pub statistic: Statistic,
    /// The probability `p` in (0, 1).
    pub probability: f64,
    /// The quantile (a value of the data).
    pub estimate: f64,
    /// `(upper - lower) / (2 t)`, R's `SE` of a `svyquantile`.
    pub se: f64,
    /// Lower limit of the Woodruff interval (NaN when the limit of the
    /// probability interval is below 0).
    pub lower: f64,
    /// Upper limit (NaN when the limit of the probability interval is above 1).
    pub upper: f64,
    /// The confidence level.
    pub level: f64,
    /// Degrees of freedom of the design (or domain).
    pub df: f64,
    /// The number of rows used.
    pub n: usize,
}

/// Neumaier's compensated running sum: each prefix sum as if accumulated in
/// more than double precision, then rounded.
fn compensated_cumsum(values: impl Iterator<Item = f64>) -> Vec<f64> {
    let (mut sum, mut comp) = (0.0f64, 0.0f64);
    values
        .map(|v| {
            let t = sum + v;
            if sum.abs() >= v.abs() {
                comp += (sum - t) + v;
            } else {
                comp += (v - t) + sum;
            }
            sum = t;
            sum + comp
        })
        .collect()
}

/// The values of the rows used (positive weight), sorted, with their
/// cumulative weights.
pub(crate) struct Sorted {
    x: Vec<f64>,
    cumw: Vec<f64>,
    total: f64,
}

impl Sorted {
    pub(crate) fn new(x: &[f64], w: &[f64], used: impl Fn(usize) -> bool) -> Sorted {
        let mut rows: Vec<usize> = (0..x.len()).filter(|&i| used(i) && w[i] != 0.0).collect();
        // stable: ties keep row order, as R's order()
        rows.sort_by(|&a, &b| x[a].total_cmp(&x[b]));
        let cumw = compensated_cumsum(rows.iter().map(|&i| w[i]));
        let total = cumw.last().copied().unwrap_or(0.0);
        Sorted {
            x: rows.iter().map(|&i| x[i]).collect(),
            cumw,
            total,
        }
    }

    /// No row with positive weight.
    pub(crate) fn is_empty(&self) -> bool {
        self.x.is_empty() || self.total <= 0.0
    }

    /// Woodruff's limits from the limits of the probability interval: NaN
    /// below 0 or above 1, as R.
    pub(crate) fn woodruff(&self, plo: f64, pup: f64) -> (f64, f64) {
        let lower = if plo.is_nan() || plo < 0.0 {
            f64::NAN
        } else {
            self.math(plo)
        };
        let upper = if pup.is_nan() || pup > 1.0 {
            f64::NAN
        } else {
            self.math(pup)
        };
        (lower, upper)
    }

    /// R's `qrule_math`.
    pub(crate) fn math(&self, p: f64) -> f64 {
        let target = p * self.total;
        let pos = self.cumw.iter().rposition(|&c| c <= target).unwrap_or(0);
        let next = (pos + 1).min(self.x.len() - 1);
        if p - self.cumw[pos] / self.total == 0.0 {
            self.x[pos]
        } else {
            self.x[next]
        }
    }
}

pub(crate) fn check_probability(p: f64) -> Result<()> {
    if p > 0.0 && p < 1.0 {
        Ok(())
    } else {
        Err(Error::invalid_argument(
            "quantile",
            p,
            "a probability strictly between 0 and 1 (0.5 for the median)",
        ))
    }
}

impl SurveyDesign {
    pub(crate) fn quantile_in(
        &self,
        y: &[f64],
        p: f64,
        level: f64,
        mask: Option<&[bool]>,
    ) -> Result<QuantileEstimate> {
        check_probability(p)?;
        if !(level > 0.0 && level < 1.0) {
            return Err(Error::invalid_argument("level", level, "a level in (0, 1)"));
        }
        check_values("y", y, self.n_rows(), mask)?;
        let used = |i: usize| mask.is_none_or(|m| m[i]);
        let sorted = Sorted::new(y, &self.weights, used);
        if sorted.is_empty() {
            return Err(Error::unavailable(
                "quantile",
                "no row with positive weight (in the domain)",
            ));
        }
        let q = sorted.math(p);
        let below: Vec<f64> = y.iter().map(|&v| f64::from(u8::from(v <= q))).collect();
        let f = self.mean_in(&below, mask, Statistic::Mean)?;
        let df = f.df;
        let t = students_t_quantile(1.0 - (1.0 - level) / 2.0, df)?;
        let (lower, upper) = sorted.woodruff(f.estimate - t * f.se, f.estimate + t * f.se);
        Ok(QuantileEstimate {
            statistic: Statistic::Quantile,
            probability: p,
            estimate: q,
            se: (upper - lower) / (2.0 * t),
            lower,
            upper,
            level,
            df,
            n: f.n,
        })
    }

    /// The `p` quantile of `y` with its Woodruff interval at `level` and
    /// R's standard error, as `svyquantile(~y, design, p)` of survey 4.1
    /// (see [`QuantileEstimate`]; the rule is described in the module
    /// documentation: `qrule = "math"`, `interval.type = "mean"`).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for
    /// `p` outside (0, 1), a level outside (0, 1) or a non-finite value in a
    /// row used; as [`SurveyDesign::mean`] otherwise.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(4).weights(vec![1.0, 1.0, 1.0, 1.0]).build()?;
    /// // C_2 / W = 0.5 exactly: the lower of the two middle values
    /// assert_eq!(design.quantile(&[4.0, 1.0, 3.0, 2.0], 0.5, 0.95)?.estimate, 2.0);
    /// assert!(design.quantile(&[4.0, 1.0, 3.0, 2.0], 1.0, 0.95).is_err());
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn quantile(&self, y: &[f64], p: f64, level: f64) -> Result<QuantileEstimate> {
        self.quantile_in(y, p, level, None)
    }
}

impl Domain<'_> {
    /// The `p` quantile of `y` in the domain, as [`SurveyDesign::quantile`] on
    /// R's subset of the design.
    ///
    /// # Errors
    ///
    /// As [`SurveyDesign::quantile`].
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(4).build()?;
    /// let d = design.domain(&[true, true, true, false])?;
    /// assert_eq!(d.quantile(&[1.0, 2.0, 3.0, 100.0], 0.5, 0.95)?.estimate, 2.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn quantile(&self, y: &[f64], p: f64, level: f64) -> Result<QuantileEstimate> {
        self.design().quantile_in(y, p, level, Some(self.mask()))
    }
}
