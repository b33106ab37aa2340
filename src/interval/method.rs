//! The names of the interval methods: [`ProportionMethod`], [`CountMethod`],
//! and [`Method`], which an [`Interval`](crate::interval::Interval) carries.
//! Each reads its kebab-case name (`FromStr`) and prints it (`Display`).

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

use crate::error::{Error, Result};

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
    /// With a [`ProportionData::Variance`](crate::interval::ProportionData::Variance) input this is `p -/+ c sqrt(V)`
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

/// A confidence-interval method for a Poisson mean.
///
/// Notation: `x` the count (for a [`CountData::Total`](crate::interval::CountData::Total), the effective count
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
/// use njov::interval::CountMethod;
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
    /// assert_eq!(njov::interval::CountMethod::all()[0], njov::interval::CountMethod::Exact);
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
    /// assert_eq!(njov::interval::CountMethod::Exact.name(), "exact");
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

/// Which method produced an interval.
///
/// ```
/// use njov::interval::{CountMethod, Method};
/// assert_eq!(Method::Count(CountMethod::Exact).to_string(), "exact");
/// assert_eq!(serde_json::to_string(&Method::Proportion(njov::ProportionMethod::Wilson)).unwrap(), "\"wilson\"");
/// assert_eq!(Method::StudentT.name(), "t");
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Method {
    /// A proportion method.
    Proportion(ProportionMethod),
    /// A count method.
    Count(CountMethod),
    /// The symmetric interval around an estimate with a standard error
    /// (a survey total, mean or ratio; R's `confint(est, df = degf(design))`),
    /// named `t`:
    ///
    /// ```text
    /// estimate -/+ t_{df, 1-tail} se
    /// ```
    StudentT,
}

impl Method {
    /// The method's name, as its `FromStr` accepts it.
    ///
    /// ```
    /// use njov::interval::Method;
    /// assert_eq!(Method::Proportion(njov::ProportionMethod::AgrestiCoull).name(), "agresti-coull");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            Method::Proportion(m) => m.name(),
            Method::Count(m) => m.name(),
            Method::StudentT => "t",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Method {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}
