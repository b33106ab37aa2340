//! Confidence intervals for survey proportions, as R `survey`'s `svyciprop`.

use std::str::FromStr;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::interval::{IntervalSpec, ProportionData, ProportionInterval, ProportionMethod};

use super::design::unavailable;
use super::estimate::Estimate;
use crate::interval::special::students_t_quantile;

/// The interval methods of R's `svyciprop` (plus `wilson`, new in survey 4.5).
/// With `p` the estimate, `V` its variance, `se = sqrt(V)`, `df` the design
/// degrees of freedom, `a = 1 - level` and `t = t_{1 - a/2, df}`:
///
/// | method | interval |
/// |---|---|
/// | `Mean` | `p -/+ t se` (not clipped to [0, 1]) |
/// | `Logit`, `Xlogit` | `expit(logit p -/+ t se / (p (1 - p)))` |
/// | `Asin` | `sin^2(asin sqrt p -/+ t se / (2 sqrt(p (1 - p))))` |
/// | `Beta` (Korn-Graubard) | `[qbeta(a/2, n* p, n* (1 - p) + 1), qbeta(1 - a/2, n* p + 1, n* (1 - p))]` with `n* = p (1 - p) / V * (t_{a/2, n-1} / t_{a/2, df})^2`, `n` the rows used |
/// | `Wilson` | Wilson's score interval with `n* = p (1 - p) / V` and `t` for `z` |
///
/// `Logit`/`Xlogit`, `Beta` and `Wilson` are computed by the interval layer
/// ([`ProportionInterval::compute`](crate::interval::ProportionInterval::compute) on
/// [`ProportionData::Variance`](crate::interval::ProportionData::Variance) with the methods
/// `logit`, `korn-graubard` and `wilson-neff`); `Mean` (unclipped) and `Asin`
/// (with R's fold-over at the boundary) here, as R computes them.
///
/// R fits `Logit` as an intercept-only quasi-binomial `svyglm`; its coefficient and
/// sandwich variance are `logit p` and `V / (p (1 - p))^2`, so it equals `Xlogit` up
/// to R's IRLS tolerance (measured below 1e-9 relative on the api data).
///
/// ```
/// use njov::survey::SvycipropMethod;
/// assert_eq!("korn-graubard".parse::<SvycipropMethod>().unwrap(), SvycipropMethod::Beta);
/// assert_eq!("beta".parse::<SvycipropMethod>().unwrap(), SvycipropMethod::Beta);
/// assert_eq!(SvycipropMethod::Wilson.name(), "wilson");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum SvycipropMethod {
    /// Wald interval on the proportion scale (`mean`; alias `wald`).
    #[cfg_attr(feature = "cli", value(alias = "wald"))]
    Mean,
    /// Wald interval on the logit scale (R fits it by `svyglm`).
    Logit,
    /// Wald interval on the logit scale by the delta method.
    Xlogit,
    /// Korn-Graubard modified Clopper-Pearson (`beta`; alias `korn-graubard`).
    #[cfg_attr(feature = "cli", value(alias = "korn-graubard"))]
    Beta,
    /// Wald interval on the arcsine-square-root scale (`asin`).
    Asin,
    /// Wilson score interval with effective sample size (`wilson`; alias
    /// `wilson-neff`).
    #[cfg_attr(feature = "cli", value(alias = "wilson-neff"))]
    Wilson,
}

impl SvycipropMethod {
    /// The R name of the method.
    ///
    /// ```
    /// use njov::survey::SvycipropMethod;
    /// assert_eq!(SvycipropMethod::Beta.name(), "beta");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            SvycipropMethod::Mean => "mean",
            SvycipropMethod::Logit => "logit",
            SvycipropMethod::Xlogit => "xlogit",
            SvycipropMethod::Beta => "beta",
            SvycipropMethod::Asin => "asin",
            SvycipropMethod::Wilson => "wilson",
        }
    }
}

impl std::fmt::Display for SvycipropMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for SvycipropMethod {
    type Err = Error;

    /// Reads the R names (`mean`, `logit`, `xlogit`, `beta`, `asin`, `wilson`) and
    /// the crate's aliases (`wald`, `korn-graubard`, `wilson-neff`).
    fn from_str(s: &str) -> Result<SvycipropMethod> {
        match s.trim().to_ascii_lowercase().as_str() {
            "mean" | "wald" => Ok(SvycipropMethod::Mean),
            "logit" => Ok(SvycipropMethod::Logit),
            "xlogit" => Ok(SvycipropMethod::Xlogit),
            "beta" | "korn-graubard" => Ok(SvycipropMethod::Beta),
            "asin" => Ok(SvycipropMethod::Asin),
            "wilson" | "wilson-neff" => Ok(SvycipropMethod::Wilson),
            _ => Err(Error::invalid_argument(
                "method",
                s,
                "one of mean (wald), logit, xlogit, beta (korn-graubard), asin, wilson (wilson-neff)",
            )),
        }
    }
}

/// A confidence interval around a survey estimate.
///
/// ```
/// use njov::survey::{SvycipropMethod, SurveyDesign};
/// let design = SurveyDesign::builder(6).build().unwrap();
/// let p = design.proportion(&[1.0, 0.0, 0.0, 1.0, 1.0, 0.0]).unwrap();
/// let ci = p.proportion_interval(SvycipropMethod::Logit, 0.95).unwrap();
/// assert!(ci.lower < 0.5 && 0.5 < ci.upper);
/// assert_eq!(ci.df, 5.0);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EstimateInterval {
    /// The point estimate.
    pub estimate: f64,
    /// Its standard error.
    pub se: f64,
    /// The lower limit.
    pub lower: f64,
    /// The upper limit.
    pub upper: f64,
    /// The confidence level.
    pub level: f64,
    /// The degrees of freedom of the t quantile.
    pub df: f64,
    /// The method's name (`t` for [`Estimate::t_interval`]).
    pub method: &'static str,
    /// The effective sample size, for `beta` and `wilson`.
    pub n_eff: Option<f64>,
}

fn check_level(level: f64) -> Result<()> {
    if level > 0.0 && level < 1.0 {
        Ok(())
    } else {
        Err(Error::invalid_argument(
            "level",
            level,
            "a number in (0, 1)",
        ))
    }
}

fn t_quantile(p: f64, df: f64) -> Result<f64> {
    if df.is_finite() && df > 0.0 {
        students_t_quantile(p, df)
    } else {
        Err(Error::invalid_argument(
            "df",
            df,
            "finite positive degrees of freedom (#PSU - #strata)",
        ))
    }
}

impl Estimate {
    /// The symmetric interval `estimate -/+ t_{1 - a/2, df} se` (R's
    /// `confint(est, df = degf(design))`).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for a level
    /// outside (0, 1) or `df <= 0`.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(4).build().unwrap();
    /// let m = design.mean(&[1.0, 2.0, 3.0, 4.0]).unwrap();
    /// let ci = m.t_interval(0.95).unwrap();
    /// assert!((ci.upper - ci.estimate - 3.182446305284263 * m.se).abs() < 1e-9);
    /// ```
    pub fn t_interval(&self, level: f64) -> Result<EstimateInterval> {
        check_level(level)?;
        let t = t_quantile(1.0 - (1.0 - level) / 2.0, self.df)?;
        Ok(EstimateInterval {
            estimate: self.estimate,
            se: self.se,
            lower: self.estimate - t * self.se,
            upper: self.estimate + t * self.se,
            level,
            df: self.df,
            method: "t",
            n_eff: None,
        })
    }

    /// A `svyciprop` interval for a proportion (see [`SvycipropMethod`]).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for a level
    /// outside (0, 1), `df <= 0`, or an estimate outside [0, 1];
    /// [`ErrorKind::Unavailable`](crate::ErrorKind::Unavailable) when the estimate is
    /// exactly 0 or 1 or its variance is 0 for a method other than `mean` (as R,
    /// "none of the methods will work" there).
    ///
    /// ```
    /// use njov::survey::{SvycipropMethod, SurveyDesign};
    /// let design = SurveyDesign::builder(5).build().unwrap();
    /// let p = design.proportion(&[1.0, 0.0, 0.0, 1.0, 0.0]).unwrap();
    /// let kg = p.proportion_interval(SvycipropMethod::Beta, 0.95).unwrap();
    /// assert!(kg.lower < 0.4 && kg.upper > 0.4);
    /// ```
    pub fn proportion_interval(
        &self,
        method: SvycipropMethod,
        level: f64,
    ) -> Result<EstimateInterval> {
        check_level(level)?;
        let p = self.estimate;
        if !(0.0..=1.0).contains(&p) {
            return Err(Error::invalid_argument(
                "estimate",
                p,
                "a proportion in [0, 1]",
            ));
        }
        let v = self.variance();
        let alpha = 1.0 - level;
        let t = t_quantile(1.0 - alpha / 2.0, self.df)?;
        let unavailable = || {
            Err(unavailable(
                format!("{} interval", method.name()),
                "the proportion is 0 or 1, or its variance is 0",
            ))
        };
        if method != SvycipropMethod::Mean && (p == 0.0 || p == 1.0 || v <= 0.0) {
            return unavailable();
        }
        let mut n_eff = None;
        let (lower, upper) = match method {
            // R's "mean" is not clipped to [0, 1] and R's "asin" folds over at the
            // boundary; both are computed here as R does.
            SvycipropMethod::Mean => (p - t * self.se, p + t * self.se),
            SvycipropMethod::Asin => {
                let centre = p.sqrt().asin();
                let half = t * self.se / (2.0 * (p * (1.0 - p)).sqrt());
                ((centre - half).sin().powi(2), (centre + half).sin().powi(2))
            }
            // The others come from the interval layer, fed the estimate, its
            // variance, the rows used and the design df.
            SvycipropMethod::Logit
            | SvycipropMethod::Xlogit
            | SvycipropMethod::Beta
            | SvycipropMethod::Wilson => {
                let layer_method = match method {
                    SvycipropMethod::Beta => ProportionMethod::KornGraubard,
                    SvycipropMethod::Wilson => ProportionMethod::WilsonEffective,
                    _ => ProportionMethod::Logit,
                };
                let data = ProportionData::Variance {
                    estimate: p,
                    variance: v,
                    n: self.n as f64,
                    df: Some(self.df),
                };
                let interval = ProportionInterval::new(layer_method, IntervalSpec::new(level)?)?
                    .compute(&data)?;
                if matches!(method, SvycipropMethod::Beta | SvycipropMethod::Wilson) {
                    n_eff = interval.n_eff;
                }
                (interval.lower, interval.upper)
            }
        };
        Ok(EstimateInterval {
            estimate: p,
            se: self.se,
            lower,
            upper,
            level,
            df: self.df,
            method: method.name(),
            n_eff,
        })
    }
}
