//! Domains (subpopulations) of a design, with R `survey`'s convention for
//! subsets of an ordinary design.

use crate::error::{Error, Result};

use super::design::SurveyDesign;
use super::estimate::Estimate;

/// A domain (subpopulation) of a [`SurveyDesign`]: the rows where a mask is true.
///
/// As in R `survey` (`subset(design, ...)` / `design[i, ]`), the domain keeps the
/// full design's strata and PSU counts: a PSU with no row in the domain is a PSU
/// whose domain total is 0, so `n_h` in `f_h n_h/(n_h - 1) sum (z_hi - zbar_h)^2`
/// stays the full sample's. A stratum with no row in the domain contributes
/// nothing. Point estimates, design effects and the degrees of freedom use the
/// domain's rows only: the degrees of freedom are the PSUs minus the strata that
/// have a domain row with non-zero weight (R's `degf` of the subset).
///
/// ```
/// use njov::survey::SurveyDesign;
/// let design = SurveyDesign::builder(4)
///     .weights(vec![2.0, 2.0, 2.0, 2.0])
///     .psu([1, 2, 3, 4])
///     .build()
///     .unwrap();
/// let mask = [true, false, true, true];
/// let domain = design.domain(&mask).unwrap();
/// let total = domain.total(&[1.0, 100.0, 2.0, 3.0]).unwrap();
/// assert_eq!(total.estimate, 12.0);
/// assert_eq!(total.df, 2.0);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Domain<'a> {
    design: &'a SurveyDesign,
    mask: &'a [bool],
}

impl SurveyDesign {
    /// The domain of the rows where `mask` is true.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) if the mask
    /// does not have one value per row, or selects no row.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(2).build().unwrap();
    /// assert!(design.domain(&[false, false]).is_err());
    /// assert_eq!(design.domain(&[true, false]).unwrap().n_rows(), 1);
    /// ```
    pub fn domain<'a>(&'a self, mask: &'a [bool]) -> Result<Domain<'a>> {
        if mask.len() != self.n_rows() {
            return Err(Error::invalid_argument(
                "domain",
                format!("{} values", mask.len()),
                format!("one value per row ({})", self.n_rows()),
            ));
        }
        if !mask.iter().any(|&m| m) {
            return Err(Error::invalid_argument(
                "domain",
                "no row",
                "a domain with at least one row",
            ));
        }
        Ok(Domain { design: self, mask })
    }
}

impl Domain<'_> {
    /// The number of rows in the domain.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(3).build().unwrap();
    /// assert_eq!(design.domain(&[true, true, false]).unwrap().n_rows(), 2);
    /// ```
    pub fn n_rows(&self) -> usize {
        self.mask.iter().filter(|&&m| m).count()
    }

    /// The mask that defines the domain.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(2).build().unwrap();
    /// assert_eq!(design.domain(&[true, false]).unwrap().mask(), &[true, false]);
    /// ```
    pub fn mask(&self) -> &[bool] {
        self.mask
    }

    /// The design the domain belongs to.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(2).build().unwrap();
    /// assert_eq!(design.domain(&[true, false]).unwrap().design().n_rows(), 2);
    /// ```
    pub fn design(&self) -> &SurveyDesign {
        self.design
    }

    /// Degrees of freedom: PSUs minus strata among the domain's rows with non-zero
    /// weight.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(4).strata([1, 1, 2, 2]).build().unwrap();
    /// assert_eq!(design.domain(&[true, true, true, false]).unwrap().degrees_of_freedom(), 1.0);
    /// ```
    pub fn degrees_of_freedom(&self) -> f64 {
        self.design.df_in(Some(self.mask))
    }

    /// The domain total `sum_{i in D} w_i y_i`; `y` has one value per row of the
    /// design (values outside the domain are ignored, even NaN).
    ///
    /// # Errors
    ///
    /// As [`SurveyDesign::total`].
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(3).weights(vec![3.0; 3]).build().unwrap();
    /// let d = design.domain(&[true, false, true]).unwrap();
    /// assert_eq!(d.total(&[1.0, f64::NAN, 1.0]).unwrap().estimate, 6.0);
    /// ```
    pub fn total(&self, y: &[f64]) -> Result<Estimate> {
        self.design.total_in(y, Some(self.mask))
    }

    /// The domain mean `sum_{i in D} w_i y_i / sum_{i in D} w_i`.
    ///
    /// # Errors
    ///
    /// As [`SurveyDesign::mean`].
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(3).build().unwrap();
    /// let d = design.domain(&[true, false, true]).unwrap();
    /// assert_eq!(d.mean(&[1.0, 9.0, 3.0]).unwrap().estimate, 2.0);
    /// ```
    pub fn mean(&self, y: &[f64]) -> Result<Estimate> {
        self.design
            .mean_in(y, Some(self.mask), super::estimate::Statistic::Mean)
    }

    /// The domain proportion of a 0/1 variable.
    ///
    /// # Errors
    ///
    /// As [`SurveyDesign::proportion`].
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(3).build().unwrap();
    /// let d = design.domain(&[true, false, true]).unwrap();
    /// assert_eq!(d.proportion(&[1.0, 1.0, 0.0]).unwrap().estimate, 0.5);
    /// ```
    pub fn proportion(&self, y: &[f64]) -> Result<Estimate> {
        self.design.proportion_in(y, Some(self.mask))
    }

    /// The domain ratio `sum_{i in D} w y / sum_{i in D} w x`.
    ///
    /// # Errors
    ///
    /// As [`SurveyDesign::ratio`].
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(3).build().unwrap();
    /// let d = design.domain(&[true, false, true]).unwrap();
    /// assert_eq!(d.ratio(&[1.0, 5.0, 3.0], &[2.0, 1.0, 2.0]).unwrap().estimate, 1.0);
    /// ```
    pub fn ratio(&self, numerator: &[f64], denominator: &[f64]) -> Result<Estimate> {
        self.design
            .ratio_in(numerator, denominator, Some(self.mask))
    }
}
