//! Confidence intervals for survey proportions, as R `survey`'s `svyciprop`.

use crate::error::{Error, Result};
use crate::interval::{
    Interval, IntervalSpec, Method, ProportionData, ProportionInterval, ProportionMethod,
};

use super::design::unavailable;
use super::estimate::Estimate;
use crate::interval::special::students_t_quantile;

/// R's `svyciprop` names for the methods of [`Estimate::proportion_interval`],
/// read onto the crate's one proportion-method enum:
///
/// | R (`svyciprop(method = )`) | also read | [`ProportionMethod`] |
/// |---|---|---|
/// | `mean` | `wald` | `Wald` (as R: not clipped to [0, 1]) |
/// | `logit`, `xlogit` | | `Logit` |
/// | `beta` | `korn-graubard` | `KornGraubard` |
/// | `asin` | | `Asin` (as R: the angle folds over at the boundary) |
/// | `wilson` (survey 4.5) | `wilson-neff` | `WilsonEffective` |
///
/// R fits `logit` as an intercept-only quasi-binomial `svyglm`; its coefficient and
/// sandwich variance are `logit p` and `V / (p (1 - p))^2`, so it equals `xlogit` up
/// to R's IRLS tolerance (measured below 1e-9 relative on the api data): both read
/// as [`ProportionMethod::Logit`], the delta method.
///
/// # Errors
///
/// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for any other name.
///
/// ```
/// use njov::ProportionMethod;
/// use njov::survey::svyciprop_method;
/// assert_eq!(svyciprop_method("beta").unwrap(), ProportionMethod::KornGraubard);
/// assert_eq!(svyciprop_method("korn-graubard").unwrap(), ProportionMethod::KornGraubard);
/// assert_eq!(svyciprop_method("wilson").unwrap(), ProportionMethod::WilsonEffective);
/// assert!(svyciprop_method("jeffreys").is_err());
/// ```
pub fn svyciprop_method(name: &str) -> Result<ProportionMethod> {
    match name.trim().to_ascii_lowercase().as_str() {
        "mean" | "wald" => Ok(ProportionMethod::Wald),
        "logit" | "xlogit" => Ok(ProportionMethod::Logit),
        "beta" | "korn-graubard" => Ok(ProportionMethod::KornGraubard),
        "asin" => Ok(ProportionMethod::Asin),
        "wilson" | "wilson-neff" => Ok(ProportionMethod::WilsonEffective),
        _ => Err(Error::invalid_argument(
            "method",
            name,
            "one of mean (wald), logit, xlogit, beta (korn-graubard), asin, wilson (wilson-neff)",
        )),
    }
}

/// R's `svyciprop` name of a method (`mean`, `logit`, `beta`, `asin`,
/// `wilson`), or the crate's name for a method R does not offer.
///
/// ```
/// use njov::ProportionMethod;
/// use njov::survey::svyciprop_name;
/// assert_eq!(svyciprop_name(ProportionMethod::KornGraubard), "beta");
/// assert_eq!(svyciprop_name(ProportionMethod::Jeffreys), "jeffreys");
/// ```
pub fn svyciprop_name(method: ProportionMethod) -> &'static str {
    match method {
        ProportionMethod::Wald => "mean",
        ProportionMethod::KornGraubard => "beta",
        ProportionMethod::WilsonEffective => "wilson",
        m => m.name(),
    }
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
    /// `confint(est, df = degf(design))`), its method [`Method::StudentT`].
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
    /// assert_eq!((ci.method.name(), ci.df), ("t", Some(3.0)));
    /// ```
    pub fn t_interval(&self, level: f64) -> Result<Interval> {
        check_level(level)?;
        let t = t_quantile(1.0 - (1.0 - level) / 2.0, self.df)?;
        Ok(Interval {
            estimate: self.estimate,
            lower: self.estimate - t * self.se,
            upper: self.estimate + t * self.se,
            level,
            method: Method::StudentT,
            n_eff: None,
            df: Some(self.df),
        })
    }

    /// An interval for a proportion, as R's `svyciprop` (R's names for the
    /// methods: [`svyciprop_method`]), on the estimate `p`, its variance
    /// `V = se^2`, the design's degrees of freedom `df`, `a = 1 - level` and
    /// `t = t_{1 - a/2, df}`:
    ///
    /// | method | R | interval |
    /// |---|---|---|
    /// | `Wald` | `mean` | `p -/+ t se` (not clipped to [0, 1], as R) |
    /// | `Logit` | `logit`, `xlogit` | `expit(logit p -/+ t se / (p (1 - p)))` |
    /// | `Asin` | `asin` | `sin^2(asin sqrt p -/+ t se / (2 sqrt(p (1 - p))))` (the angle folds over at the boundary, as R) |
    /// | `KornGraubard` | `beta` | `[qbeta(a/2, n* p, n* (1 - p) + 1), qbeta(1 - a/2, n* p + 1, n* (1 - p))]` with `n* = p (1 - p) / V * (t_{a/2, n-1} / t_{a/2, df})^2`, `n` the rows used |
    /// | `WilsonEffective` | `wilson` (4.5) | Wilson's score interval with `n* = p (1 - p) / V` and `t` for `z` |
    ///
    /// Every method but `Wald` and `Asin` is the interval layer's
    /// ([`ProportionInterval::compute`] on [`ProportionData::Variance`] with
    /// the rows used and the design df), so the methods R does not offer
    /// (`ClopperPearson` on `n*`, `Jeffreys`, `KornGraubardNchs`, ...) work
    /// too; `Wald` and `Asin` are computed here as R computes them. The
    /// interval's `df` is the design's where the method uses a t quantile
    /// (`None` for `Wilson`, `ClopperPearson` and `Jeffreys`, which use
    /// none); its `n_eff` the effective sample size where the method uses
    /// one.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for a level
    /// outside (0, 1), `df <= 0`, or an estimate outside [0, 1];
    /// [`ErrorKind::Unavailable`](crate::ErrorKind::Unavailable) when the estimate is
    /// exactly 0 or 1 or its variance is 0 for a method other than `Wald` (as R,
    /// "none of the methods will work" there).
    ///
    /// ```
    /// use njov::ProportionMethod;
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(5).build().unwrap();
    /// let p = design.proportion(&[1.0, 0.0, 0.0, 1.0, 0.0]).unwrap();
    /// let kg = p.proportion_interval(ProportionMethod::KornGraubard, 0.95).unwrap();
    /// assert!(kg.lower < 0.4 && kg.upper > 0.4);
    /// assert_eq!(kg.method.name(), "korn-graubard");
    /// ```
    pub fn proportion_interval(&self, method: ProportionMethod, level: f64) -> Result<Interval> {
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
        if method != ProportionMethod::Wald && (p == 0.0 || p == 1.0 || v <= 0.0) {
            return Err(unavailable(
                format!("{} interval", svyciprop_name(method)),
                "the proportion is 0 or 1, or its variance is 0",
            ));
        }
        let limits = |lower: f64, upper: f64| Interval {
            estimate: p,
            lower,
            upper,
            level,
            method: Method::Proportion(method),
            n_eff: None,
            df: Some(self.df),
        };
        Ok(match method {
            // R's "mean" is not clipped to [0, 1] and R's "asin" folds over at the
            // boundary; both are computed here as R does.
            ProportionMethod::Wald => limits(p - t * self.se, p + t * self.se),
            ProportionMethod::Asin => {
                let centre = p.sqrt().asin();
                let half = t * self.se / (2.0 * (p * (1.0 - p)).sqrt());
                limits((centre - half).sin().powi(2), (centre + half).sin().powi(2))
            }
            // The others come from the interval layer, fed the estimate, its
            // variance, the rows used and the design df.
            _ => {
                let data = ProportionData::Variance {
                    estimate: p,
                    variance: v,
                    n: self.n as f64,
                    df: Some(self.df),
                };
                ProportionInterval::new(method, IntervalSpec::new(level)?)?.compute(&data)?
            }
        })
    }
}
