//! Confidence intervals for a proportion: the binomial family and its survey
//! (effective sample size, degrees of freedom) versions.

use crate::error::{Error, Result};
use crate::interval::kernel::{self, Count, check_counts};
use crate::interval::limits::{Prepared, limits};
use crate::interval::method::{Method, ProportionMethod};
use crate::interval::spec::{Interval, IntervalSpec};

/// What is known about a proportion.
///
/// The effective sample size `n` and the nominal (unweighted) size `N` of
/// each form:
///
/// ```text
/// Counts               p = successes / trials,  n = N = trials
/// CountsDesignEffect   p = successes / trials,  N = trials,  n = N / deff
/// EffectiveSize        n = n_eff,  N = n_eff
/// DesignEffect         n = N / deff
/// Variance             n = p (1 - p) / V  for 0 < p < 1;  n = N at p = 0 or 1 (design effect 1)
/// ```
///
/// A design effect below 1 (`n > N`) is kept by every method except
/// `korn-graubard-nchs`, which caps `n*` at `N`.
///
/// ```
/// use njov::interval::{IntervalSpec, ProportionData, ProportionInterval, ProportionMethod};
/// let data = ProportionData::DesignEffect { estimate: 0.25, deff: 2.0, n: 612.0 };
/// let wilson = ProportionInterval::new(ProportionMethod::Wilson, IntervalSpec::new(0.95).unwrap()).unwrap();
/// assert_eq!(wilson.compute(&data).unwrap().n_eff, Some(306.0));
/// // the same from the counts, as the command line's `--successes --trials --deff`
/// let counts = ProportionData::CountsDesignEffect { successes: 153, trials: 612, deff: 2.0 };
/// assert_eq!(wilson.compute(&counts).unwrap(), wilson.compute(&data).unwrap());
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
    /// Successes out of trials from a complex sample whose design effect
    /// is `deff`: the estimate `successes / trials` on the effective
    /// sample size `trials / deff` (the nominal size is `trials`). The
    /// limits are those of [`DesignEffect`](Self::DesignEffect) with that
    /// estimate, bit for bit; the effective size is always reported.
    CountsDesignEffect {
        /// The number of successes, at most `trials`.
        successes: u64,
        /// The number of trials (the unweighted base), at least 1.
        trials: u64,
        /// The design effect, > 0.
        deff: f64,
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

fn check_df(df: Option<f64>) -> Result<()> {
    match df {
        Some(d) if d.is_nan() || d <= 0.0 => Err(Error::invalid_argument(
            "df",
            d,
            "degrees of freedom > 0 (or none for the normal quantile)",
        )),
        _ => Ok(()),
    }
}

fn check_positive(name: &str, v: f64) -> Result<()> {
    if v.is_finite() && v > 0.0 {
        Ok(())
    } else {
        Err(Error::invalid_argument(name, v, "a finite number > 0"))
    }
}

fn check_counts_pair(successes: u64, trials: u64) -> Result<()> {
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
    Ok(())
}

impl ProportionData {
    pub(crate) fn prepare(&self) -> Result<Prepared> {
        match *self {
            ProportionData::Counts { successes, trials } => {
                check_counts_pair(successes, trials)?;
                Ok(Prepared::counts(successes, trials))
            }
            ProportionData::CountsDesignEffect {
                successes,
                trials,
                deff,
            } => {
                check_counts_pair(successes, trials)?;
                ProportionData::DesignEffect {
                    estimate: successes as f64 / trials as f64,
                    deff,
                    n: trials as f64,
                }
                .prepare()
            }
            ProportionData::EffectiveSize { estimate, n_eff } => {
                check_estimate(estimate)?;
                check_positive("n_eff", n_eff)?;
                Ok(Prepared::estimate(
                    estimate,
                    1.0 - estimate,
                    n_eff,
                    n_eff,
                    None,
                    false,
                ))
            }
            ProportionData::DesignEffect { estimate, deff, n } => {
                check_estimate(estimate)?;
                check_positive("deff", deff)?;
                check_positive("n", n)?;
                Ok(Prepared::estimate(
                    estimate,
                    1.0 - estimate,
                    n / deff,
                    n,
                    None,
                    false,
                ))
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
                Ok(Prepared::estimate(estimate, q, n_eff, n, df, boundary))
            }
        }
    }
}

/// A proportion interval method at a validated [`IntervalSpec`]: the entry
/// point, for one interval ([`ProportionInterval::compute`]) or a batch
/// over slices ([`ProportionInterval::counts`]), both on the same kernel.
///
/// `df` of the specification (degrees of freedom for the t quantile)
/// overrides the `df` of a [`ProportionData::Variance`] input; with
/// neither, methods use the normal quantile and Korn-Graubard makes no
/// degrees-of-freedom adjustment. Methods that take no quantile
/// (`clopper-pearson`, `jeffreys`, `wilson`) ignore `df`.
///
/// ```text
/// tail = (1 - level)/2 (two-sided) or 1 - level (one-sided)
/// c    = t_{df, 1-tail} if df is given, else z_{1-tail}
/// ```
///
/// ```
/// use njov::interval::{IntervalSpec, ProportionData, ProportionInterval, ProportionMethod};
/// // a design-based estimate: 23.5 % with variance 0.0009, 612 interviews, 40 df
/// let data = ProportionData::Variance { estimate: 0.235, variance: 0.0009, n: 612.0, df: Some(40.0) };
/// let kg = ProportionInterval::new(ProportionMethod::KornGraubard, IntervalSpec::new(0.95)?)?;
/// let ci = kg.compute(&data)?;
/// assert!(ci.lower < 0.235 && 0.235 < ci.upper);
/// assert_eq!(ci.df, Some(40.0));
/// # Ok::<(), njov::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProportionInterval {
    method: ProportionMethod,
    spec: IntervalSpec,
}

impl ProportionInterval {
    /// `method` at `spec`.
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` for a PSMALL threshold outside [0, 0.5].
    ///
    /// ```
    /// use njov::interval::{IntervalSpec, ProportionInterval, ProportionMethod};
    /// let spec = IntervalSpec::new(0.95).unwrap();
    /// assert!(ProportionInterval::new(ProportionMethod::PSmall { threshold: 0.7 }, spec).is_err());
    /// ```
    pub fn new(method: ProportionMethod, spec: IntervalSpec) -> Result<ProportionInterval> {
        if let ProportionMethod::PSmall { threshold } = method
            && !(0.0..=0.5).contains(&threshold)
        {
            return Err(Error::invalid_argument(
                "threshold",
                threshold,
                "a PSMALL threshold in [0, 0.5]",
            ));
        }
        Ok(ProportionInterval { method, spec })
    }

    /// The method.
    ///
    /// ```
    /// use njov::interval::{IntervalSpec, ProportionInterval, ProportionMethod};
    /// let ci = ProportionInterval::new(ProportionMethod::Logit, IntervalSpec::new(0.9).unwrap()).unwrap();
    /// assert_eq!(ci.method(), ProportionMethod::Logit);
    /// ```
    pub fn method(&self) -> ProportionMethod {
        self.method
    }

    /// The specification.
    ///
    /// ```
    /// use njov::interval::{IntervalSpec, ProportionInterval, ProportionMethod};
    /// let ci = ProportionInterval::new(ProportionMethod::Logit, IntervalSpec::new(0.9).unwrap()).unwrap();
    /// assert_eq!(ci.spec().level(), 0.9);
    /// ```
    pub fn spec(&self) -> &IntervalSpec {
        &self.spec
    }

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
    /// use njov::interval::ProportionInterval;
    /// let ci = ProportionInterval::wilson(7, 50, 0.95).unwrap();
    /// // the textbook form, (A - B) / D
    /// let (p, n, z) = (0.14f64, 50.0, 1.959963984540054f64);
    /// let a = p + z * z / (2.0 * n);
    /// let b = z * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt();
    /// assert!((ci.lower - (a - b) / (1.0 + z * z / n)).abs() < 1e-15);
    /// assert!(ProportionInterval::wilson(11, 10, 0.95).is_err());
    /// ```
    pub fn wilson(successes: u64, trials: u64, level: f64) -> Result<Interval> {
        ProportionInterval::new(ProportionMethod::Wilson, IntervalSpec::new(level)?)?
            .compute(&ProportionData::Counts { successes, trials })
    }

    /// The interval for `data`.
    ///
    /// # Errors
    /// Any invalid field of `data` (see [`ProportionData`]).
    ///
    /// ```
    /// use njov::interval::{IntervalSpec, ProportionData, ProportionInterval, ProportionMethod};
    /// let cp = ProportionInterval::new(ProportionMethod::ClopperPearson, IntervalSpec::new(0.95)?)?;
    /// let ci = cp.compute(&ProportionData::Counts { successes: 0, trials: 129 })?;
    /// assert_eq!(ci.lower, 0.0);
    /// // the rule of three: upper ~ 3.7/n
    /// assert!((ci.upper - 0.0282).abs() < 1e-3);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn compute(&self, data: &ProportionData) -> Result<Interval> {
        let prep = data.prepare()?;
        let (lower, upper, n_used, df_used) = limits(self.method, &prep, &self.spec);
        let (lower, upper) = self.spec.restrict(lower, upper, 0.0, 1.0);
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
            level: self.spec.level(),
            method: Method::Proportion(self.method),
            n_eff,
            df: df_used,
        })
    }

    /// Limits `[lower, upper]` for each pair `(successes[i], trials[i])`,
    /// written into `out[i]`: the batch form of [`compute`](Self::compute)
    /// with `ProportionData::Counts`. The quantiles are those of the
    /// specification, computed once; nothing is allocated per interval.
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` when the slices differ in length, or
    /// naming the first index with `trials = 0` or `successes > trials`
    /// (checked in a pass of their own first: on error nothing is written).
    ///
    /// ```
    /// use njov::interval::{IntervalSpec, ProportionData, ProportionInterval, ProportionMethod};
    /// let wald = ProportionInterval::new(ProportionMethod::Wald, IntervalSpec::new(0.95)?)?;
    /// let mut out = [[0.0; 2]; 2];
    /// wald.counts_into(&[1, 5], &[10, 10], &mut out)?;
    /// let one = wald.compute(&ProportionData::Counts { successes: 5, trials: 10 })?;
    /// assert_eq!(out[1], [one.lower, one.upper]);
    /// assert!(wald.counts_into(&[11], &[10], &mut out[..1]).is_err());
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn counts_into(
        &self,
        successes: &[u64],
        trials: &[u64],
        out: &mut [[f64; 2]],
    ) -> Result<()> {
        let small = check_counts(successes, trials, out.len())?;
        kernel::proportion_pairs(small, self.method, &self.spec, successes, trials, out);
        Ok(())
    }

    /// As [`counts_into`](Self::counts_into), into a new vector.
    ///
    /// # Errors
    /// As [`counts_into`](Self::counts_into).
    ///
    /// ```
    /// use njov::interval::{IntervalSpec, ProportionInterval, ProportionMethod};
    /// let ac = ProportionInterval::new(ProportionMethod::AgrestiCoull, IntervalSpec::new(0.95)?)?;
    /// let limits = ac.counts(&[0, 3], &[10, 10])?;
    /// assert_eq!(limits.len(), 2);
    /// assert_eq!(limits[0][0], 0.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn counts(&self, successes: &[u64], trials: &[u64]) -> Result<Vec<[f64; 2]>> {
        let mut out = vec![[0.0; 2]; successes.len()];
        self.counts_into(successes, trials, &mut out)?;
        Ok(out)
    }

    /// Limits for each pair `(successes[i], trials[i])` into two columns,
    /// `lower[i]` and `upper[i]`: the structure-of-arrays form of
    /// [`counts_into`](Self::counts_into), the fastest (Wald, Wilson,
    /// Agresti-Coull and Wilson-neff vectorise). Counts may be `u32` or `u64`
    /// ([`Count`]). The inputs are checked in a pass of their own before
    /// any limit is computed, so on error nothing is written.
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` when the slices differ in length, or
    /// naming the first index with `trials = 0` or `successes > trials`.
    ///
    /// ```
    /// use njov::interval::{IntervalSpec, ProportionData, ProportionInterval, ProportionMethod};
    /// let wilson = ProportionInterval::new(ProportionMethod::Wilson, IntervalSpec::new(0.95)?)?;
    /// let (mut lower, mut upper) = ([0.0; 3], [0.0; 3]);
    /// wilson.counts_into_columns(&[0u32, 7, 50], &[50, 50, 50], &mut lower, &mut upper)?;
    /// let one = wilson.compute(&ProportionData::Counts { successes: 7, trials: 50 })?;
    /// assert_eq!((lower[1], upper[1]), (one.lower, one.upper));
    /// assert_eq!((lower[0], upper[2]), (0.0, 1.0));
    /// assert!(wilson.counts_into_columns(&[1u32], &[0], &mut lower[..1], &mut upper[..1]).is_err());
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn counts_into_columns<T: Count>(
        &self,
        successes: &[T],
        trials: &[T],
        lower: &mut [f64],
        upper: &mut [f64],
    ) -> Result<()> {
        let small = check_counts(successes, trials, lower.len())?;
        if upper.len() != lower.len() {
            check_counts(successes, trials, upper.len())?;
        }
        kernel::proportion_columns(
            small,
            self.method,
            &self.spec,
            successes,
            trials,
            lower,
            upper,
        );
        Ok(())
    }

    /// As [`counts_into_columns`](Self::counts_into_columns), into two new
    /// vectors `(lower, upper)`.
    ///
    /// # Errors
    /// As [`counts_into_columns`](Self::counts_into_columns).
    ///
    /// ```
    /// use njov::interval::{IntervalSpec, ProportionInterval, ProportionMethod};
    /// let wald = ProportionInterval::new(ProportionMethod::Wald, IntervalSpec::new(0.95)?)?;
    /// let (lower, upper) = wald.counts_columns(&[5u64], &[10])?;
    /// assert!(lower[0] < 0.5 && 0.5 < upper[0]);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn counts_columns<T: Count>(
        &self,
        successes: &[T],
        trials: &[T],
    ) -> Result<(Vec<f64>, Vec<f64>)> {
        let mut lower = vec![0.0; successes.len()];
        let mut upper = vec![0.0; successes.len()];
        self.counts_into_columns(successes, trials, &mut lower, &mut upper)?;
        Ok((lower, upper))
    }
}

#[cfg(feature = "parallel")]
impl ProportionInterval {
    /// [`counts_into_columns`](Self::counts_into_columns) split over rayon's
    /// threads (the `parallel` feature), in blocks of 2^14 intervals; the
    /// inputs are checked first, in parallel too. The limits are those of
    /// the sequential call, bit for bit.
    ///
    /// # Errors
    /// As [`counts_into_columns`](Self::counts_into_columns).
    ///
    /// ```
    /// use njov::interval::{IntervalSpec, ProportionInterval, ProportionMethod};
    /// let cp = ProportionInterval::new(ProportionMethod::ClopperPearson, IntervalSpec::new(0.95)?)?;
    /// let (x, n): (Vec<u64>, Vec<u64>) = (0..100_000u64).map(|i| (i % 7, 6 + i % 11)).unzip();
    /// let (mut lower, mut upper) = (vec![0.0; x.len()], vec![0.0; x.len()]);
    /// cp.par_counts_into_columns(&x, &n, &mut lower, &mut upper)?;
    /// assert_eq!((lower, upper), cp.counts_columns(&x, &n)?);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn par_counts_into_columns<T: Count>(
        &self,
        successes: &[T],
        trials: &[T],
        lower: &mut [f64],
        upper: &mut [f64],
    ) -> Result<()> {
        use rayon::prelude::*;
        const BLOCK: usize = 1 << 14;
        let lengths_ok = successes.len() == trials.len()
            && successes.len() == lower.len()
            && successes.len() == upper.len();
        let ok = lengths_ok
            && successes
                .par_chunks(BLOCK)
                .zip(trials.par_chunks(BLOCK))
                .all(|(s, t)| check_counts(s, t, s.len()).is_ok());
        if !ok {
            // the sequential checks name the lengths or the first bad index
            check_counts(successes, trials, lower.len())?;
            check_counts(successes, trials, upper.len())?;
        }
        successes
            .par_chunks(BLOCK)
            .zip(trials.par_chunks(BLOCK))
            .zip(lower.par_chunks_mut(BLOCK).zip(upper.par_chunks_mut(BLOCK)))
            .for_each(|((s, t), (lo, hi))| {
                let small = check_counts(s, t, s.len()).unwrap_or(false);
                kernel::proportion_columns(small, self.method, &self.spec, s, t, lo, hi)
            });
        Ok(())
    }
}
