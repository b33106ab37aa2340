//! Totals, means, proportions and ratios with their linearised standard errors,
//! design effects and degrees of freedom (R's `svytotal`, `svymean`, `svyratio`).

use serde::Serialize;

use crate::error::{Error, Result};

use super::design::{SurveyDesign, unavailable};

/// What an [`Estimate`] estimates.
///
/// ```
/// use njov::survey::Statistic;
/// assert_eq!(Statistic::Total.name(), "total");
/// assert_eq!("mean".parse::<Statistic>().unwrap(), Statistic::Mean);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Statistic {
    /// A population total `sum w_i y_i`.
    Total,
    /// A population mean `sum w_i y_i / sum w_i`.
    Mean,
    /// The mean of a 0/1 variable.
    Proportion,
    /// A ratio of totals `sum w_i y_i / sum w_i x_i`.
    Ratio,
    /// A quantile of the weighted distribution (R's `svyquantile`).
    Quantile,
}

impl Statistic {
    /// The lower-case name (`total`, `mean`, `proportion`, `ratio`, `quantile`).
    ///
    /// ```
    /// use njov::survey::Statistic;
    /// assert_eq!(Statistic::Proportion.name(), "proportion");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Statistic::Total => "total",
            Statistic::Mean => "mean",
            Statistic::Proportion => "proportion",
            Statistic::Ratio => "ratio",
            Statistic::Quantile => "quantile",
        }
    }
}

impl std::fmt::Display for Statistic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Statistic {
    type Err = Error;

    /// Reads `total`, `mean`, `proportion`, `ratio` or `quantile`.
    fn from_str(s: &str) -> Result<Statistic> {
        match s.trim().to_ascii_lowercase().as_str() {
            "total" => Ok(Statistic::Total),
            "mean" => Ok(Statistic::Mean),
            "proportion" => Ok(Statistic::Proportion),
            "ratio" => Ok(Statistic::Ratio),
            "quantile" => Ok(Statistic::Quantile),
            _ => Err(Error::invalid_argument(
                "stat",
                s,
                "one of total, mean, proportion, ratio, quantile",
            )),
        }
    }
}

/// A design-based estimate: the point estimate, its linearised standard error,
/// the design degrees of freedom and the design effect.
///
/// `deff` is R's `deff = TRUE`: the design variance over the variance of the same
/// estimator under simple random sampling without replacement of the same number
/// of rows, `V_srs = s^2 (N - n) / (N n)` for a mean and `s^2 N^2 (N - n) / (N n)` for
/// a total, with `N = sum w_i`, `n` the number of rows with non-zero weight and
/// `s^2 = n/(n-1) sum w_i (y_i - ybar)^2 / sum w_i`. It is `None` for ratios, and
/// NaN for a mean when `N < n`.
///
/// ```
/// use njov::survey::SurveyDesign;
/// let design = SurveyDesign::builder(4).weights(vec![10.0; 4]).build().unwrap();
/// let mean = design.mean(&[1.0, 2.0, 3.0, 4.0]).unwrap();
/// assert_eq!(mean.estimate, 2.5);
/// assert!((mean.variance() - mean.se * mean.se).abs() < 1e-15);
/// assert_eq!(mean.df, 3.0);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Estimate {
    /// What was estimated.
    pub statistic: Statistic,
    /// The point estimate.
    pub estimate: f64,
    /// The standard error, the square root of the linearisation variance.
    pub se: f64,
    /// Degrees of freedom: PSUs minus strata among the rows used.
    pub df: f64,
    /// The design effect (see the type's documentation).
    pub deff: Option<f64>,
    /// The number of rows used (in the domain, if any).
    pub n: usize,
}

impl Estimate {
    /// The variance `se^2`.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(3).build().unwrap();
    /// let total = design.total(&[1.0, 2.0, 6.0]).unwrap();
    /// assert!((total.variance() - 21.0).abs() < 1e-12);
    /// ```
    pub fn variance(&self) -> f64 {
        self.se * self.se
    }
}

/// Checks `y` (and that it has no NaN in the rows used).
pub(crate) fn check_values(name: &str, y: &[f64], n: usize, mask: Option<&[bool]>) -> Result<()> {
    if y.len() != n {
        return Err(Error::invalid_argument(
            name,
            format!("{} values", y.len()),
            format!("one value per row ({n})"),
        ));
    }
    let used = |i: usize| mask.is_none_or(|m| m[i]);
    if let Some(first) = (0..n).find(|&i| used(i) && !y[i].is_finite()) {
        let missing = (0..n).filter(|&i| used(i) && y[i].is_nan()).count();
        let v = y[first];
        return Err(Error::invalid_argument(
            name,
            format!(
                "{v} in row {} ({missing} missing value{} in the rows used)",
                first + 1,
                if missing == 1 { "" } else { "s" }
            ),
            "finite values in every row used (or exclude missing values as R's na.rm = TRUE does: Missing::Exclude, --na-rm)",
        ));
    }
    Ok(())
}

impl SurveyDesign {
    fn used(&self, mask: Option<&[bool]>, i: usize) -> bool {
        mask.is_none_or(|m| m[i])
    }

    /// `(sum w, n nonzero, sum w y)` over the rows used.
    fn sums(&self, y: &[f64], mask: Option<&[bool]>) -> (f64, usize, f64, usize) {
        let (mut sw, mut nz, mut swy, mut n) = (0.0, 0usize, 0.0, 0usize);
        for (i, (&w, &yi)) in self.weights.iter().zip(y).enumerate() {
            if !self.used(mask, i) {
                continue;
            }
            n += 1;
            sw += w;
            swy += w * yi;
            if w != 0.0 {
                nz += 1;
            }
        }
        (sw, nz, swy, n)
    }

    /// R's `svyvar`: `n/(n-1) sum w (y - ybar)^2 / sum w` over the rows used.
    fn element_variance(&self, y: &[f64], mean: f64, mask: Option<&[bool]>) -> f64 {
        let (mut sw, mut s) = (0.0, 0.0);
        let mut nz = 0usize;
        for (i, (&w, &yi)) in self.weights.iter().zip(y).enumerate() {
            if !self.used(mask, i) {
                continue;
            }
            sw += w;
            s += w * (yi - mean) * (yi - mean);
            if w != 0.0 {
                nz += 1;
            }
        }
        let n = nz as f64;
        s / sw * n / (n - 1.0)
    }

    pub(crate) fn total_in(&self, y: &[f64], mask: Option<&[bool]>) -> Result<Estimate> {
        check_values("y", y, self.n_rows(), mask)?;
        let (sw, nz, swy, n, v) = match (mask, &self.stage2) {
            // the whole design, one stage: the sums and the PSU totals of the
            // scores w y in one pass, without a vector of scores
            (None, None) if self.calibration.is_none() => {
                let (mut sw, mut nz, mut swy) = (0.0, 0usize, 0.0);
                let mut psu_total = vec![0.0f64; self.n_psu()];
                for ((&w, &yi), &c) in self.weights.iter().zip(y).zip(&self.row_psu) {
                    let x = w * yi;
                    sw += w;
                    swy += x;
                    nz += usize::from(w != 0.0);
                    psu_total[c as usize] += x;
                }
                // every PSU has a row in the whole design
                let present = vec![true; self.n_psu()];
                let v = self.variance_of_psu_totals(y, None, &psu_total, &present)?;
                (sw, nz, swy, self.n_rows(), v)
            }
            _ => {
                let (sw, nz, swy, n) = self.sums(y, mask);
                let x: Vec<f64> = (0..self.n_rows())
                    .map(|i| {
                        if self.used(mask, i) {
                            self.weights[i] * y[i]
                        } else {
                            0.0
                        }
                    })
                    .collect();
                (sw, nz, swy, n, self.variance_of_scores(&x, mask)?)
            }
        };
        let mean = swy / sw;
        let s2 = self.element_variance(y, mean, mask);
        let nzf = nz as f64;
        let vsrs = s2 * sw * sw * (sw - nzf) / (sw * nzf);
        Ok(Estimate {
            statistic: Statistic::Total,
            estimate: swy,
            se: v.sqrt(),
            df: self.df_in(mask),
            deff: Some(v / vsrs),
            n,
        })
    }

    pub(crate) fn mean_in(
        &self,
        y: &[f64],
        mask: Option<&[bool]>,
        statistic: Statistic,
    ) -> Result<Estimate> {
        check_values("y", y, self.n_rows(), mask)?;
        let (sw, nz, swy, n) = self.sums(y, mask);
        if n == 0 || sw == 0.0 {
            return Err(unavailable(
                "mean",
                "no rows with positive weight in the domain",
            ));
        }
        let mean = swy / sw;
        let x: Vec<f64> = (0..self.n_rows())
            .map(|i| {
                if self.used(mask, i) {
                    self.weights[i] * (y[i] - mean) / sw
                } else {
                    0.0
                }
            })
            .collect();
        let v = self.variance_of_scores(&x, mask)?;
        let nzf = nz as f64;
        let deff = if sw < nzf {
            f64::NAN
        } else {
            let s2 = self.element_variance(y, mean, mask);
            v / (s2 * (sw - nzf) / (sw * nzf))
        };
        Ok(Estimate {
            statistic,
            estimate: mean,
            se: v.sqrt(),
            df: self.df_in(mask),
            deff: Some(deff),
            n,
        })
    }

    pub(crate) fn proportion_in(&self, y: &[f64], mask: Option<&[bool]>) -> Result<Estimate> {
        check_values("y", y, self.n_rows(), mask)?;
        for (i, &v) in y.iter().enumerate() {
            if self.used(mask, i) && v != 0.0 && v != 1.0 {
                return Err(Error::invalid_argument(
                    "y",
                    format!("{v} in row {}", i + 1),
                    "0 or 1 for a proportion",
                ));
            }
        }
        self.mean_in(y, mask, Statistic::Proportion)
    }

    pub(crate) fn ratio_in(&self, y: &[f64], x: &[f64], mask: Option<&[bool]>) -> Result<Estimate> {
        check_values("numerator", y, self.n_rows(), mask)?;
        check_values("denominator", x, self.n_rows(), mask)?;
        let (_, _, ty, n) = self.sums(y, mask);
        let (_, _, tx, _) = self.sums(x, mask);
        if tx == 0.0 {
            return Err(unavailable(
                "ratio",
                "the denominator's weighted total (in the domain) is 0: choose a denominator \
                 that is not 0 everywhere, or a domain where it is not",
            ));
        }
        let r = ty / tx;
        let z: Vec<f64> = (0..self.n_rows())
            .map(|i| {
                if self.used(mask, i) {
                    self.weights[i] * (y[i] - r * x[i]) / tx
                } else {
                    0.0
                }
            })
            .collect();
        let v = self.variance_of_scores(&z, mask)?;
        Ok(Estimate {
            statistic: Statistic::Ratio,
            estimate: r,
            se: v.sqrt(),
            df: self.df_in(mask),
            deff: None,
            n,
        })
    }

    /// The estimated population total `Y = sum_i w_i y_i`, with linearised scores
    /// `x_i = w_i y_i`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) if `y` does
    /// not have one finite value per row; [`ErrorKind::Design`](crate::ErrorKind::Design)
    /// for a lonely PSU under [`LonelyPsu::Fail`](crate::survey::LonelyPsu::Fail).
    ///
    /// ```
    /// use njov::survey::{Fpc, SurveyDesign};
    /// let design = SurveyDesign::builder(4)
    ///     .weights(vec![5.0; 4])
    ///     .fpc(Fpc::PopulationSize(vec![20.0; 4]))
    ///     .build()
    ///     .unwrap();
    /// let total = design.total(&[1.0, 2.0, 3.0, 4.0]).unwrap();
    /// assert_eq!(total.estimate, 50.0);
    /// // SRS without replacement: N^2 (1 - n/N) s^2 / n = 400 * 0.8 * (5/3) / 4.
    /// assert!((total.variance() - 400.0 * 0.8 * (5.0 / 3.0) / 4.0).abs() < 1e-9);
    /// ```
    pub fn total(&self, y: &[f64]) -> Result<Estimate> {
        self.total_in(y, None)
    }

    /// The estimated population mean `ybar = sum w_i y_i / sum w_i`, a ratio with
    /// linearised scores `x_i = w_i (y_i - ybar) / sum w`.
    ///
    /// # Errors
    ///
    /// As [`SurveyDesign::total`].
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(3).weights(vec![1.0, 1.0, 2.0]).build().unwrap();
    /// assert_eq!(design.mean(&[0.0, 4.0, 4.0]).unwrap().estimate, 3.0);
    /// ```
    pub fn mean(&self, y: &[f64]) -> Result<Estimate> {
        self.mean_in(y, None, Statistic::Mean)
    }

    /// The estimated proportion of a 0/1 variable: its mean.
    ///
    /// # Errors
    ///
    /// As [`SurveyDesign::mean`], and
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for a value
    /// other than 0 or 1.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(4).build().unwrap();
    /// assert_eq!(design.proportion(&[1.0, 0.0, 0.0, 1.0]).unwrap().estimate, 0.5);
    /// assert!(design.proportion(&[2.0, 0.0, 0.0, 1.0]).is_err());
    /// ```
    pub fn proportion(&self, y: &[f64]) -> Result<Estimate> {
        self.proportion_in(y, None)
    }

    /// The ratio of totals `R = sum w y / sum w x`, with linearised scores
    /// `w_i (y_i - R x_i) / sum w x` (R's `svyratio`).
    ///
    /// # Errors
    ///
    /// As [`SurveyDesign::total`], and
    /// [`ErrorKind::Unavailable`](crate::ErrorKind::Unavailable) if the denominator
    /// total is 0.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(3).build().unwrap();
    /// let r = design.ratio(&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0]).unwrap();
    /// assert_eq!(r.estimate, 0.5);
    /// assert!(r.se.abs() < 1e-15);
    /// ```
    pub fn ratio(&self, numerator: &[f64], denominator: &[f64]) -> Result<Estimate> {
        self.ratio_in(numerator, denominator, None)
    }
}
