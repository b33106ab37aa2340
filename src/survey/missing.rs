//! Missing values of the variable: refused, or excluded as R `survey`'s
//! `na.rm = TRUE` excludes them.

use crate::error::{Error, Result};

use super::design::SurveyDesign;
use super::domain::Domain;
use super::estimate::{Estimate, Statistic};

/// What an estimator does with missing values (NaN) of the variable.
///
/// `Exclude` is R `survey`'s `na.rm = TRUE` (`svytotal`, `svymean`,
/// `svyciprop`): a missing value takes its row out of the estimate *as a
/// domain* (the rows in the domain, if any, whose value is present), so the
/// design keeps every PSU and stratum, and the standard error pads the PSUs
/// whose rows are all missing with zeros. This is not a complete-case
/// redesign: dropping the rows and rebuilding the design gives a different
/// (smaller) standard error. As in R, the degrees of freedom and the row
/// count `n` (which Korn-Graubard's adjustment uses) are those of the design
/// or domain as given, missing rows included; the design effect is computed
/// on the rows counted. Checked against R `survey` 4.1-1 on the api data with
/// missing values (`tests/survey_na_reference.rs`).
///
/// ```
/// use njov::survey::{Missing, Statistic, SurveyDesign};
/// let design = SurveyDesign::builder(4).strata([1, 1, 2, 2]).weights(vec![10.0; 4]).build()?;
/// let y = [1.0, f64::NAN, 3.0, 4.0];
/// assert!(design.estimate(Statistic::Total, &y, Missing::Refuse).is_err());
/// let total = design.estimate(Statistic::Total, &y, Missing::Exclude)?;
/// assert_eq!(total.estimate, 80.0);
/// assert_eq!(total.df, 2.0); // both strata's PSUs still count
/// # Ok::<(), njov::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Missing {
    /// A missing value in a row used is an error naming the first such row
    /// and the number of missing values.
    #[default]
    Refuse,
    /// Rows whose value is missing are excluded as a domain (R's `na.rm =
    /// TRUE`).
    Exclude,
}

impl SurveyDesign {
    /// A total, mean or proportion of `y` over the whole sample, with
    /// missing values refused or excluded.
    ///
    /// # Errors
    /// As [`SurveyDesign::total`], [`SurveyDesign::mean`] and
    /// [`SurveyDesign::proportion`]; `ErrorKind::InvalidArgument` for
    /// `Statistic::Ratio` (it needs two variables: use
    /// [`SurveyDesign::ratio`]), and with `Missing::Exclude` when no row has a
    /// value.
    ///
    /// ```
    /// use njov::survey::{Missing, Statistic, SurveyDesign};
    /// let design = SurveyDesign::builder(3).build()?;
    /// let mean = design.estimate(Statistic::Mean, &[1.0, f64::NAN, 3.0], Missing::Exclude)?;
    /// assert_eq!(mean.estimate, 2.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn estimate(&self, statistic: Statistic, y: &[f64], missing: Missing) -> Result<Estimate> {
        estimate_in(self, None, statistic, y, missing)
    }
}

impl Domain<'_> {
    /// A total, mean or proportion of `y` over the domain, with missing
    /// values refused or excluded (missing values outside the domain are
    /// ignored either way).
    ///
    /// # Errors
    /// As [`SurveyDesign::estimate`].
    ///
    /// ```
    /// use njov::survey::{Missing, Statistic, SurveyDesign};
    /// let design = SurveyDesign::builder(4).weights(vec![2.0; 4]).build()?;
    /// let d = design.domain(&[true, true, true, false])?;
    /// let t = d.estimate(Statistic::Total, &[1.0, f64::NAN, 1.0, f64::NAN], Missing::Exclude)?;
    /// assert_eq!((t.estimate, t.n), (4.0, 3));
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn estimate(&self, statistic: Statistic, y: &[f64], missing: Missing) -> Result<Estimate> {
        estimate_in(self.design(), Some(self.mask()), statistic, y, missing)
    }
}

fn estimate_in(
    design: &SurveyDesign,
    domain: Option<&[bool]>,
    statistic: Statistic,
    y: &[f64],
    missing: Missing,
) -> Result<Estimate> {
    let plain = |mask: Option<&[bool]>| match statistic {
        Statistic::Total => design.total_in(y, mask),
        Statistic::Mean => design.mean_in(y, mask, Statistic::Mean),
        Statistic::Proportion => design.proportion_in(y, mask),
        Statistic::Ratio | Statistic::Quantile => Err(Error::invalid_argument(
            "statistic",
            statistic.name(),
            "total, mean or proportion (a ratio needs two variables and a quantile a probability: \
             use SurveyDesign::ratio or SurveyDesign::quantile)",
        )),
    };
    if missing == Missing::Refuse || matches!(statistic, Statistic::Ratio | Statistic::Quantile) {
        return plain(domain);
    }
    if y.len() != design.n_rows() {
        return Err(Error::invalid_argument(
            "y",
            format!("{} values", y.len()),
            format!("one value per row ({})", design.n_rows()),
        ));
    }
    let in_domain = |i: usize| domain.is_none_or(|m| m[i]);
    let counted: Vec<bool> = (0..y.len())
        .map(|i| in_domain(i) && !y[i].is_nan())
        .collect();
    if !counted.iter().any(|&c| c) {
        return Err(Error::unavailable(
            statistic.name(),
            "no row (of the domain) has a value of the variable",
        ));
    }
    let e = plain(Some(&counted))?;
    // R's degf() and nrow() of the design as passed: missing rows included.
    Ok(Estimate {
        df: design.df_in(domain),
        n: (0..y.len()).filter(|&i| in_domain(i)).count(),
        ..e
    })
}
