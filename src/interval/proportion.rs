//! Confidence intervals for a proportion: the binomial family and its survey
//! (effective sample size, degrees of freedom) versions.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};
use crate::interval::special::{beta_quantile_pair, normal_upper, students_t_upper};

/// A confidence interval.
///
/// `lower <= upper` always. `lower <= estimate <= upper` holds for every
/// method with counts input at levels of at least 0.5 (a property test
/// checks it for n up to 1e6); for the equal-tailed Beta methods (Jeffreys,
/// Korn-Graubard with a degrees-of-freedom factor) it is an observed
/// property, not part of the construction. For a
/// one-sided interval the open end is the end of the parameter space (0 or 1
/// for a proportion, 0 or infinity for a count).
///
/// ```text
/// width = upper - lower
/// ```
///
/// ```
/// use njov::ProportionInterval;
/// let ci = ProportionInterval::wilson(30, 129, 0.95).unwrap();
/// assert!(ci.contains(ci.estimate));
/// assert!(ci.width() > 0.0);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Interval {
    /// The point estimate (a proportion, a count or a total).
    pub estimate: f64,
    /// The lower limit.
    pub lower: f64,
    /// The upper limit.
    pub upper: f64,
    /// The confidence level, in (0, 1).
    pub level: f64,
    /// The method's name, as accepted by its `FromStr` (`"wilson"`, ...).
    pub method: String,
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
    /// ```text
    /// width = upper - lower
    /// ```
    ///
    /// ```
    /// use njov::ProportionInterval;
    /// let ci = ProportionInterval::wilson(0, 10, 0.95).unwrap();
    /// assert_eq!(ci.width(), ci.upper - ci.lower);
    /// ```
    pub fn width(&self) -> f64 {
        self.upper - self.lower
    }

    /// Whether `x` lies in the closed interval `[lower, upper]`.
    ///
    /// ```text
    /// contains(x)  <=>  lower <= x <= upper
    /// ```
    ///
    /// ```
    /// use njov::ProportionInterval;
    /// let ci = ProportionInterval::wilson(5, 10, 0.95).unwrap();
    /// assert!(ci.contains(0.5));
    /// assert!(!ci.contains(0.99));
    /// ```
    pub fn contains(&self, x: f64) -> bool {
        self.lower <= x && x <= self.upper
    }
}

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
/// use njov::{ProportionData, ProportionInterval, ProportionMethod, Side};
/// let data = ProportionData::Counts { successes: 3, trials: 40 };
/// let one = ProportionInterval::compute(ProportionMethod::ClopperPearson, &data, 0.95, Side::Upper, None).unwrap();
/// let two = ProportionInterval::compute(ProportionMethod::ClopperPearson, &data, 0.90, Side::TwoSided, None).unwrap();
/// assert_eq!(one.lower, 0.0);
/// assert!((one.upper - two.upper).abs() < 1e-15);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
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
    /// use njov::Side;
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
    /// assert_eq!(njov::Side::Lower.name(), "lower");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Side::TwoSided => "two-sided",
            Side::Lower => "lower",
            Side::Upper => "upper",
        }
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

/// A confidence-interval method for a proportion.
///
/// Notation: `p` the estimate, `q = 1 - p`, `n` the effective sample size
/// (the number of trials for counts), `x = n p`, `c` the quantile
/// `z_{1-tail}` (or `t_{df,1-tail}` where the method uses degrees of
/// freedom), `B^{-1}(u; a, b)` the Beta(a, b) quantile.
///
/// | name | limits | uses df | clipped |
/// |---|---|---|---|
/// | `wald` | `p -/+ c sqrt(p q / n)` | yes | to [0, 1] |
/// | `wilson` | score interval, `z` | no (always `z`) | never needed |
/// | `agresti-coull` | Wald on `x + c^2/2`, `n + c^2` | yes | to [0, 1] |
/// | `clopper-pearson` | `B^{-1}(tail; x, n-x+1)`, `B^{-1}(1-tail; x+1, n-x)` | no | never needed |
/// | `jeffreys` | `B^{-1}(tail; x+1/2, n-x+1/2)`, `B^{-1}(1-tail; ...)`; 0 at x = 0, 1 at x = n | no | never needed |
/// | `logit` | `expit(logit p -/+ c / sqrt(n p q))` | yes | never needed |
/// | `asin` | `sin^2(asin sqrt p -/+ c / (2 sqrt n))`, angle kept in [0, pi/2] | yes | angle |
/// | `korn-graubard` | Clopper-Pearson on `n* = n (t_{N-1}/t_df)^2` | yes | never needed |
/// | `korn-graubard-nchs` | as above, `n* = min(N, n (t_{N-1}/t_df)^2)` | yes | never needed |
/// | `wilson-neff` | score interval on `n`, `t_df` | yes | never needed |
/// | `psmall` | `wald` if threshold <= p <= 1 - threshold, else `korn-graubard` | yes | as the part used |
///
/// (`N` is the nominal, unweighted sample size.) See each variant for the
/// full formula and its conventions.
///
/// ```
/// use njov::ProportionMethod;
/// let m: ProportionMethod = "agresti-coull".parse().unwrap();
/// assert_eq!(m, ProportionMethod::AgrestiCoull);
/// assert_eq!(m.name(), "agresti-coull");
/// assert_eq!(ProportionMethod::all().len(), 11);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ProportionMethod {
    /// Wald (normal approximation):
    ///
    /// ```text
    /// p -/+ c sqrt(p q / n),   clipped to [0, 1]
    /// ```
    ///
    /// With a [`ProportionData::Variance`] input this is `p -/+ c sqrt(V)`
    /// (R `svyciprop(method = "mean")` with `df`, SAS SURVEYFREQ default).
    /// At `p = 0` or `1` the interval is the single point `p`.
    Wald,
    /// Wilson score interval with the normal quantile `z` (any `df` is
    /// ignored: this is the simple-random-sampling formula applied to the
    /// effective sample size, as statsmodels `proportion_confint(n p, n,
    /// method="wilson")`):
    ///
    /// ```text
    /// A = p + z^2/(2n),  B = z sqrt(p q / n + z^2 / (4 n^2)),  D = 1 + z^2/n
    /// lower = (A - B) / D = p^2 / (A + B),   upper = (A + B) / D
    /// ```
    Wilson,
    /// Agresti-Coull ("add z^2/2 successes and failures"):
    ///
    /// ```text
    /// n~ = n + c^2,  p~ = (x + c^2/2) / n~,  p~ -/+ c sqrt(p~ (1 - p~) / n~),  clipped to [0, 1]
    /// ```
    AgrestiCoull,
    /// Clopper-Pearson (exact, equal-tailed):
    ///
    /// ```text
    /// lower = B^{-1}(tail; x, n - x + 1)   (0 when x = 0)
    /// upper = B^{-1}(1 - tail; x + 1, n - x)   (1 when x = n)
    /// ```
    ///
    /// With an effective sample size, `x = n p` need not be an integer.
    ClopperPearson,
    /// Jeffreys (equal-tailed Beta(1/2, 1/2) posterior interval), with the
    /// Brown-Cai-DasGupta (2001) boundary rule, as in SAS:
    ///
    /// ```text
    /// lower = B^{-1}(tail; x + 1/2, n - x + 1/2)   (0 when x = 0)
    /// upper = B^{-1}(1 - tail; x + 1/2, n - x + 1/2)   (1 when x = n)
    /// ```
    ///
    /// statsmodels keeps the pure quantiles at `x = 0` and `x = n`.
    Jeffreys,
    /// Logit (delta method on the log-odds; R `svyciprop(method="xlogit")`,
    /// SUDAAN, Stata's `proportion` default):
    ///
    /// ```text
    /// expit( ln(p/q) -/+ c / sqrt(n p q) ),   expit(u) = 1 / (1 + e^-u)
    /// p = 0: [0, 1 - tail^(1/n)];   p = 1: [tail^(1/n), 1]   (the Clopper-Pearson limits)
    /// ```
    ///
    /// The limits are not monotone in the count for `x < c^2/4` (or
    /// `n - x < c^2/4`): `ln x + c/sqrt(x)` decreases there, so at levels
    /// above about 0.954 the upper limit at `x = 1` exceeds the one at `x = 2`.
    Logit,
    /// Arcsine square root (delta method; R `svyciprop(method = "asin")`):
    ///
    /// ```text
    /// theta = asin(sqrt p),  h = c / (2 sqrt n)
    /// lower = sin^2(max(theta - h, 0)),  upper = sin^2(min(theta + h, pi/2))
    /// ```
    ///
    /// R does not keep the angle in `[0, pi/2]`, so its limits fold back
    /// (a lower limit below 0 reflects upward); here they stop at 0 and 1.
    Asin,
    /// Korn-Graubard (1998), the modified Clopper-Pearson interval, in the R
    /// `survey` `svyciprop(method = "beta")` convention:
    ///
    /// ```text
    /// n* = n (t_{N-1, 1-tail} / t_{df, 1-tail})^2     (factor 1 when no df is given or N <= 1)
    /// lower = B^{-1}(tail; n* p, n* q + 1)     (0 when p = 0)
    /// upper = B^{-1}(1 - tail; n* p + 1, n* q)     (1 when p = 1)
    /// ```
    ///
    /// `n = p q / V` may exceed `N` (a design effect below 1 is kept). R
    /// returns NaN when `p` is 0 or 1 (`V = 0`); here `n = N` there (design
    /// effect 1).
    KornGraubard,
    /// Korn-Graubard in the NCHS convention (Parker et al. 2017; the
    /// `surveytable` package's `svyciprop_adjusted`): the design effect is
    /// taken as 1 when `p` is 0 or 1, and the degrees-of-freedom-adjusted
    /// effective sample size is capped at the nominal size:
    ///
    /// ```text
    /// n* = min(N, n (t_{N-1, 1-tail} / t_{df, 1-tail})^2)   for 0 < p < 1,   n* = N at p = 0 or 1
    /// limits as korn-graubard with n*
    /// ```
    KornGraubardNchs,
    /// Wilson score interval on the effective sample size with the t
    /// quantile, the R `survey` 4.5 `svyciprop(method = "wilson")`
    /// convention (`n = p q / V`, `c = t_df`, `z` when no df is given):
    ///
    /// ```text
    /// A = p + c^2/(2n),  B = c sqrt(p q / n + c^2 / (4 n^2)),  D = 1 + c^2/n
    /// lower = p^2 / (A + B),  upper = (A + B) / D
    /// ```
    ///
    /// At `p = 0` or `1`, `n = N` (design effect 1); R gives NaN there.
    WilsonEffective,
    /// The SAS SURVEYFREQ `CL(PSMALL=threshold)` hybrid (Curtin et al.
    /// 2006): Wald limits for `threshold <= p <= 1 - threshold`,
    /// modified Clopper-Pearson (here `korn-graubard`) outside. SAS's
    /// default threshold is 0.25, the one [`FromStr`] and [`all`](Self::all)
    /// use.
    ///
    /// ```text
    /// p < threshold or p > 1 - threshold:  korn-graubard
    /// otherwise:                           wald
    /// ```
    PSmall {
        /// The threshold, in [0, 0.5].
        threshold: f64,
    },
}

impl Default for ProportionMethod {
    /// The crate's default: Agresti-Coull, chosen from the exact coverage
    /// tables at the bases 129 and 612 (level 0.95, 999-point grid of `p`;
    /// the full tables are in `docs/coverage.md` and reproduced by
    /// `examples/coverage_tables.rs`): the only method whose coverage stays at or above 0.94 everywhere on
    /// the grid at both bases while averaging within 0.005 of the nominal
    /// level (0.9547 and 0.9516), at a mean width within 1.0 % of the
    /// shortest (Wilson, which dips to 0.879 near p = 0 and 1).
    ///
    /// ```text
    /// n = 129            mean C   min C    share C < 0.94   mean width
    /// agresti-coull      0.9547   0.9402   0.000            0.1359
    /// wilson             0.9509   0.8789   0.034            0.1345
    /// clopper-pearson    0.9632   0.9506   0.000            0.1417
    /// n = 612
    /// agresti-coull      0.9516   0.9437   0.000            0.0623
    /// wilson             0.9504   0.9378   0.002            0.0622
    /// clopper-pearson    0.9566   0.9505   0.000            0.0638
    ///
    /// ProportionMethod::default() = ProportionMethod::AgrestiCoull
    /// ```
    ///
    /// ```
    /// assert_eq!(njov::ProportionMethod::default(), njov::ProportionMethod::AgrestiCoull);
    /// ```
    fn default() -> Self {
        ProportionMethod::AgrestiCoull
    }
}

/// SAS's default PSMALL threshold.
const PSMALL_DEFAULT: f64 = 0.25;

impl ProportionMethod {
    /// Every method, in a fixed order (PSMALL with SAS's threshold 0.25).
    ///
    /// ```
    /// for m in njov::ProportionMethod::all() {
    ///     assert_eq!(m.name().parse::<njov::ProportionMethod>().unwrap(), *m);
    /// }
    /// ```
    pub fn all() -> &'static [ProportionMethod] {
        const ALL: [ProportionMethod; 11] = [
            ProportionMethod::Wald,
            ProportionMethod::Wilson,
            ProportionMethod::AgrestiCoull,
            ProportionMethod::ClopperPearson,
            ProportionMethod::Jeffreys,
            ProportionMethod::Logit,
            ProportionMethod::Asin,
            ProportionMethod::KornGraubard,
            ProportionMethod::KornGraubardNchs,
            ProportionMethod::WilsonEffective,
            ProportionMethod::PSmall {
                threshold: PSMALL_DEFAULT,
            },
        ];
        &ALL
    }

    /// The kebab-case name, as accepted by `FromStr` and the CLI.
    ///
    /// ```
    /// assert_eq!(njov::ProportionMethod::KornGraubardNchs.name(), "korn-graubard-nchs");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            ProportionMethod::Wald => "wald",
            ProportionMethod::Wilson => "wilson",
            ProportionMethod::AgrestiCoull => "agresti-coull",
            ProportionMethod::ClopperPearson => "clopper-pearson",
            ProportionMethod::Jeffreys => "jeffreys",
            ProportionMethod::Logit => "logit",
            ProportionMethod::Asin => "asin",
            ProportionMethod::KornGraubard => "korn-graubard",
            ProportionMethod::KornGraubardNchs => "korn-graubard-nchs",
            ProportionMethod::WilsonEffective => "wilson-neff",
            ProportionMethod::PSmall { .. } => "psmall",
        }
    }
}

impl fmt::Display for ProportionMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for ProportionMethod {
    type Err = Error;
    /// Parses a kebab-case name; `psmall` gets SAS's threshold 0.25 and
    /// `psmall=0.1` sets another.
    fn from_str(s: &str) -> Result<ProportionMethod> {
        if let Some(rest) = s.strip_prefix("psmall=") {
            let threshold: f64 = rest
                .parse()
                .map_err(|_| Error::parse(s, rest, "expected a number in [0, 0.5]"))?;
            if !(0.0..=0.5).contains(&threshold) {
                return Err(Error::parse(s, rest, "expected a number in [0, 0.5]"));
            }
            return Ok(ProportionMethod::PSmall { threshold });
        }
        ProportionMethod::all()
            .iter()
            .find(|m| m.name() == s)
            .copied()
            .ok_or_else(|| {
                let names: Vec<&str> = ProportionMethod::all().iter().map(|m| m.name()).collect();
                Error::parse(
                    s,
                    s,
                    format!(
                        "unknown proportion method; expected one of {}",
                        names.join(", ")
                    ),
                )
            })
    }
}

/// What is known about a proportion.
///
/// The effective sample size `n` and the nominal (unweighted) size `N` of
/// each form:
///
/// ```text
/// Counts         p = successes / trials,  n = N = trials
/// EffectiveSize  n = n_eff,  N = n_eff
/// DesignEffect   n = N / deff
/// Variance       n = p (1 - p) / V  for 0 < p < 1;  n = N at p = 0 or 1 (design effect 1)
/// ```
///
/// A design effect below 1 (`n > N`) is kept by every method except
/// `korn-graubard-nchs`, which caps `n*` at `N`.
///
/// ```
/// use njov::{ProportionData, ProportionInterval, ProportionMethod, Side};
/// let data = ProportionData::DesignEffect { estimate: 0.25, deff: 2.0, n: 612.0 };
/// let ci = ProportionInterval::compute(ProportionMethod::Wilson, &data, 0.95, Side::TwoSided, None).unwrap();
/// assert_eq!(ci.n_eff, Some(306.0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ProportionData {
    /// Successes out of trials (simple random sampling).
    Counts {
        /// The number of successes, at most `trials`.
        successes: u64,
        /// The number of trials, at least 1.
        trials: u64,
    },
    /// An estimate with an effective sample size.
    EffectiveSize {
        /// The estimated proportion, in [0, 1].
        estimate: f64,
        /// The effective sample size, > 0.
        n_eff: f64,
    },
    /// An estimate with a design effect and the nominal sample size.
    DesignEffect {
        /// The estimated proportion, in [0, 1].
        estimate: f64,
        /// The design effect, > 0.
        deff: f64,
        /// The nominal (unweighted) sample size, > 0.
        n: f64,
    },
    /// An estimate with its variance, the nominal sample size and the
    /// design's degrees of freedom (`None`: use the normal quantile).
    Variance {
        /// The estimated proportion, in [0, 1].
        estimate: f64,
        /// Its estimated variance, >= 0 (0 only when the estimate is 0 or 1).
        variance: f64,
        /// The nominal (unweighted) sample size, > 0.
        n: f64,
        /// Degrees of freedom (#PSU - #strata), > 0, or `None`.
        df: Option<f64>,
    },
}

/// The validated working form of [`ProportionData`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Prepared {
    p: f64,
    q: f64,
    /// Effective sample size.
    n: f64,
    /// Nominal sample size.
    nominal: f64,
    df: Option<f64>,
    /// Whether `n` was derived (variance form at p = 0/1 uses design effect 1).
    boundary: bool,
}

fn check_estimate(p: f64) -> Result<()> {
    if (0.0..=1.0).contains(&p) {
        Ok(())
    } else {
        Err(Error::invalid_argument(
            "estimate",
            p,
            "a proportion in [0, 1]",
        ))
    }
}

fn check_positive(name: &str, v: f64) -> Result<()> {
    if v.is_finite() && v > 0.0 {
        Ok(())
    } else {
        Err(Error::invalid_argument(name, v, "a finite number > 0"))
    }
}

pub(crate) fn check_level(level: f64) -> Result<()> {
    if level > 0.0 && level < 1.0 {
        Ok(())
    } else {
        Err(Error::invalid_argument(
            "level",
            level,
            "a confidence level strictly between 0 and 1",
        ))
    }
}

pub(crate) fn check_df(df: Option<f64>) -> Result<()> {
    match df {
        Some(d) if d.is_nan() || d <= 0.0 => Err(Error::invalid_argument(
            "df",
            d,
            "degrees of freedom > 0 (or none for the normal quantile)",
        )),
        _ => Ok(()),
    }
}

impl ProportionData {
    pub(crate) fn prepare(&self) -> Result<Prepared> {
        match *self {
            ProportionData::Counts { successes, trials } => {
                if trials == 0 {
                    return Err(Error::invalid_argument("trials", 0, "at least 1 trial"));
                }
                if successes > trials {
                    return Err(Error::invalid_argument(
                        "successes",
                        successes,
                        format!("at most trials = {trials}"),
                    ));
                }
                let n = trials as f64;
                Ok(Prepared {
                    p: successes as f64 / n,
                    q: (trials - successes) as f64 / n,
                    n,
                    nominal: n,
                    df: None,
                    boundary: false,
                })
            }
            ProportionData::EffectiveSize { estimate, n_eff } => {
                check_estimate(estimate)?;
                check_positive("n_eff", n_eff)?;
                Ok(Prepared {
                    p: estimate,
                    q: 1.0 - estimate,
                    n: n_eff,
                    nominal: n_eff,
                    df: None,
                    boundary: false,
                })
            }
            ProportionData::DesignEffect { estimate, deff, n } => {
                check_estimate(estimate)?;
                check_positive("deff", deff)?;
                check_positive("n", n)?;
                Ok(Prepared {
                    p: estimate,
                    q: 1.0 - estimate,
                    n: n / deff,
                    nominal: n,
                    df: None,
                    boundary: false,
                })
            }
            ProportionData::Variance {
                estimate,
                variance,
                n,
                df,
            } => {
                check_estimate(estimate)?;
                check_positive("n", n)?;
                check_df(df)?;
                if !(variance.is_finite() && variance >= 0.0) {
                    return Err(Error::invalid_argument(
                        "variance",
                        variance,
                        "a finite number >= 0",
                    ));
                }
                let q = 1.0 - estimate;
                let boundary = estimate == 0.0 || estimate == 1.0;
                if !boundary && variance == 0.0 {
                    return Err(Error::invalid_argument(
                        "variance",
                        variance,
                        "a variance > 0 when 0 < estimate < 1",
                    ));
                }
                let n_eff = if boundary { n } else { estimate * q / variance };
                Ok(Prepared {
                    p: estimate,
                    q,
                    n: n_eff,
                    nominal: n,
                    df,
                    boundary,
                })
            }
        }
    }
}

/// Proportion intervals: the entry points.
///
/// ```
/// use njov::{ProportionData, ProportionInterval, ProportionMethod, Side};
/// // a design-based estimate: 23.5 % with variance 0.0009, 612 interviews, 40 df
/// let data = ProportionData::Variance { estimate: 0.235, variance: 0.0009, n: 612.0, df: Some(40.0) };
/// let ci = ProportionInterval::compute(ProportionMethod::KornGraubard, &data, 0.95, Side::TwoSided, None).unwrap();
/// assert!(ci.lower < 0.235 && 0.235 < ci.upper);
/// assert_eq!(ci.df, Some(40.0));
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ProportionInterval;

impl ProportionInterval {
    /// The two-sided Wilson score interval for `successes` out of `trials`.
    ///
    /// ```text
    /// p = successes / trials, n = trials, z = Phi^{-1}((1 + level) / 2)
    /// lower = p^2 / (A + B),  upper = (A + B) / (1 + z^2/n)
    /// A = p + z^2/(2n),  B = z sqrt(p (1-p) / n + z^2 / (4 n^2))
    /// ```
    ///
    /// # Errors
    /// `trials = 0`, `successes > trials`, or `level` outside (0, 1).
    ///
    /// ```
    /// use njov::ProportionInterval;
    /// let ci = ProportionInterval::wilson(7, 50, 0.95).unwrap();
    /// // the textbook form, (A - B) / D
    /// let (p, n, z) = (0.14f64, 50.0, 1.959963984540054f64);
    /// let a = p + z * z / (2.0 * n);
    /// let b = z * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt();
    /// assert!((ci.lower - (a - b) / (1.0 + z * z / n)).abs() < 1e-15);
    /// assert!(ProportionInterval::wilson(11, 10, 0.95).is_err());
    /// ```
    pub fn wilson(successes: u64, trials: u64, level: f64) -> Result<Interval> {
        ProportionInterval::compute(
            ProportionMethod::Wilson,
            &ProportionData::Counts { successes, trials },
            level,
            Side::TwoSided,
            None,
        )
    }

    /// The interval of `method` for `data` at `level`.
    ///
    /// `df` (degrees of freedom for the t quantile) overrides the `df` of a
    /// [`ProportionData::Variance`] input; with neither, methods use the
    /// normal quantile and Korn-Graubard makes no degrees-of-freedom
    /// adjustment. Methods that take no quantile (`clopper-pearson`,
    /// `jeffreys`, `wilson`) ignore `df`.
    ///
    /// ```text
    /// tail = (1 - level)/2 (two-sided) or 1 - level (one-sided)
    /// c    = t_{df, 1-tail} if df is given, else z_{1-tail}
    /// ```
    ///
    /// # Errors
    /// Any invalid field of `data` (see [`ProportionData`]), `level` outside
    /// (0, 1), `df <= 0` or NaN, a PSMALL threshold outside [0, 0.5].
    ///
    /// ```
    /// use njov::{ProportionData, ProportionInterval, ProportionMethod, Side};
    /// let data = ProportionData::Counts { successes: 0, trials: 129 };
    /// let ci = ProportionInterval::compute(ProportionMethod::ClopperPearson, &data, 0.95, Side::TwoSided, None).unwrap();
    /// assert_eq!(ci.lower, 0.0);
    /// // the rule of three: upper ~ 3.7/n
    /// assert!((ci.upper - 0.0282).abs() < 1e-3);
    /// ```
    pub fn compute(
        method: ProportionMethod,
        data: &ProportionData,
        level: f64,
        side: Side,
        df: Option<f64>,
    ) -> Result<Interval> {
        check_level(level)?;
        check_df(df)?;
        if let ProportionMethod::PSmall { threshold } = method
            && !(0.0..=0.5).contains(&threshold)
        {
            return Err(Error::invalid_argument(
                "threshold",
                threshold,
                "a PSMALL threshold in [0, 0.5]",
            ));
        }
        let mut prep = data.prepare()?;
        if df.is_some() {
            prep.df = df;
        }
        let tail = side.tail(level);
        let (lower, upper, n_used, df_used) = limits(method, &prep, tail);
        let (lower, upper) = match side {
            Side::TwoSided => (lower, upper),
            Side::Lower => (lower, 1.0),
            Side::Upper => (0.0, upper),
        };
        // counts report no effective size unless a method changed it
        // (Korn-Graubard's degrees-of-freedom factor)
        let n_eff = match data {
            ProportionData::Counts { trials, .. } if n_used == *trials as f64 => None,
            _ => Some(n_used),
        };
        Ok(Interval {
            estimate: prep.p,
            lower,
            upper,
            level,
            method: method.name().to_string(),
            n_eff,
            df: df_used,
        })
    }
}

/// The quantile `c` for an upper-tail probability.
fn critical(tail: f64, df: Option<f64>) -> f64 {
    match df {
        Some(d) => students_t_upper(d, tail),
        None => normal_upper(tail),
    }
}

/// Limits `(lower, upper, effective n used, df used)` for both tails at
/// `tail` each.
pub(crate) fn limits(
    method: ProportionMethod,
    prep: &Prepared,
    tail: f64,
) -> (f64, f64, f64, Option<f64>) {
    let Prepared {
        p,
        q,
        n,
        nominal,
        df,
        boundary,
    } = *prep;
    match method {
        ProportionMethod::Wald => {
            let c = critical(tail, df);
            let half = c * (p * q / n).sqrt();
            ((p - half).max(0.0), (p + half).min(1.0), n, df)
        }
        ProportionMethod::Wilson => {
            let c = normal_upper(tail);
            let (l, u) = wilson(p, q, n, c);
            (l, u, n, None)
        }
        ProportionMethod::WilsonEffective => {
            let c = critical(tail, df);
            let (l, u) = wilson(p, q, n, c);
            (l, u, n, df)
        }
        ProportionMethod::AgrestiCoull => {
            let c = critical(tail, df);
            let c2 = c * c;
            let nt = n + c2;
            let pt = (n * p + 0.5 * c2) / nt;
            let qt = (n * q + 0.5 * c2) / nt;
            let half = c * (pt * qt / nt).sqrt();
            ((pt - half).max(0.0), (pt + half).min(1.0), n, df)
        }
        ProportionMethod::ClopperPearson => {
            let (l, u) = clopper_pearson(p, q, n, tail);
            (l, u, n, None)
        }
        ProportionMethod::Jeffreys => {
            let a = n * p + 0.5;
            let b = n * q + 0.5;
            let l = if p == 0.0 {
                0.0
            } else {
                beta_quantile_pair(a, b, tail, 1.0 - tail).0
            };
            let u = if q == 0.0 {
                1.0
            } else {
                beta_quantile_pair(a, b, 1.0 - tail, tail).0
            };
            (l, u, n, None)
        }
        ProportionMethod::Logit => {
            let c = critical(tail, df);
            if p == 0.0 {
                (0.0, -(tail.ln() / n).exp_m1(), n, df)
            } else if q == 0.0 {
                ((tail.ln() / n).exp(), 1.0, n, df)
            } else {
                let lam = (p / q).ln();
                let h = c / (n * p * q).sqrt();
                (expit(lam - h), expit(lam + h), n, df)
            }
        }
        ProportionMethod::Asin => {
            let c = critical(tail, df);
            let theta = p.sqrt().asin();
            let h = c / (2.0 * n.sqrt());
            let lo = (theta - h).max(0.0);
            let hi = (theta + h).min(std::f64::consts::FRAC_PI_2);
            (sin_squared(lo), sin_squared(hi), n, df)
        }
        ProportionMethod::KornGraubard => {
            let nstar = n * kg_factor(tail, nominal, df);
            let (l, u) = clopper_pearson(p, q, nstar, tail);
            (l, u, nstar, df)
        }
        ProportionMethod::KornGraubardNchs => {
            let nstar = if p == 0.0 || q == 0.0 || boundary {
                nominal
            } else {
                (n * kg_factor(tail, nominal, df)).min(nominal)
            };
            let (l, u) = clopper_pearson(p, q, nstar, tail);
            (l, u, nstar, df)
        }
        ProportionMethod::PSmall { threshold } => {
            if p < threshold || p > 1.0 - threshold {
                limits(ProportionMethod::KornGraubard, prep, tail)
            } else {
                limits(ProportionMethod::Wald, prep, tail)
            }
        }
    }
}

/// `sin^2(t)` for `t` in `[0, pi/2]`, as `1 - cos^2(t)` above `pi/4` so
/// that values near 1 keep their precision.
fn sin_squared(t: f64) -> f64 {
    if t <= std::f64::consts::FRAC_PI_4 {
        let s = t.sin();
        s * s
    } else {
        let c = t.cos();
        1.0 - c * c
    }
}

fn expit(u: f64) -> f64 {
    if u >= 0.0 {
        1.0 / (1.0 + (-u).exp())
    } else {
        let e = u.exp();
        e / (1.0 + e)
    }
}

/// Wilson limits with cancellation-free lower limit.
fn wilson(p: f64, q: f64, n: f64, c: f64) -> (f64, f64) {
    let c2 = c * c;
    let a = p + c2 / (2.0 * n);
    let b = c * (p * q / n + c2 / (4.0 * n * n)).sqrt();
    let d = 1.0 + c2 / n;
    // upper by symmetry: 1 - q^2 / (A' + B') with A' = q + c^2/(2n)
    let a2 = q + c2 / (2.0 * n);
    let upper = if p > 0.5 {
        1.0 - q * q / (a2 + b)
    } else {
        (a + b) / d
    };
    (p * p / (a + b), upper)
}

/// The Korn-Graubard degrees-of-freedom factor `(t_{N-1}/t_df)^2`.
fn kg_factor(tail: f64, nominal: f64, df: Option<f64>) -> f64 {
    match df {
        Some(d) if nominal > 1.0 => {
            let r = students_t_upper(nominal - 1.0, tail) / students_t_upper(d, tail);
            r * r
        }
        _ => 1.0,
    }
}

/// Clopper-Pearson limits for `x = n p` successes in `n` (real) trials.
fn clopper_pearson(p: f64, q: f64, n: f64, tail: f64) -> (f64, f64) {
    let x = n * p;
    let y = n * q;
    let lower = if p == 0.0 {
        0.0
    } else {
        beta_quantile_pair(x, y + 1.0, tail, 1.0 - tail).0
    };
    let upper = if q == 0.0 {
        1.0
    } else {
        beta_quantile_pair(x + 1.0, y, 1.0 - tail, tail).0
    };
    (lower, upper)
}
