//! Estimates for every level of a grouping column, as R `survey`'s `svyby`.

use std::cmp::Ordering;

use crate::error::{Error, Result};

use super::design::SurveyDesign;
use super::domain::Domain;

/// One level of a grouping column and what was estimated in it.
///
/// ```
/// use njov::survey::SurveyDesign;
/// let design = SurveyDesign::builder(4).weights(vec![1.0, 2.0, 3.0, 4.0]).build()?;
/// let rows = design.by(&["b", "a", "b", "a"], |d| d.total(&[1.0; 4]))?;
/// assert_eq!(rows[0].level, "a");
/// assert_eq!(rows[0].value.estimate, 6.0);
/// # Ok::<(), njov::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ByLevel<T> {
    /// The level (the column's text).
    pub level: String,
    /// The estimate in the domain of that level.
    pub value: T,
}

/// R's order of the levels: numeric when every label is a number, else by
/// text (R's `sort` of a character vector follows the locale's collation;
/// this is byte order, the same as R's in the C locale: see the module
/// documentation of `survey`, "The order of the levels").
pub(crate) fn level_order(a: &str, b: &str) -> Ordering {
    match (a.trim().parse::<f64>(), b.trim().parse::<f64>()) {
        (Ok(x), Ok(y)) => x.total_cmp(&y),
        _ => a.cmp(b),
    }
}

/// The levels of `labels` among the rows kept (in `within`, with positive
/// weight), in R's order, each with the mask of its rows (within `within`).
pub(crate) fn by_levels<K: AsRef<str>>(
    labels: &[K],
    n: usize,
    weights: &[f64],
    within: Option<&[bool]>,
) -> Result<Vec<(String, Vec<bool>)>> {
    if labels.len() != n {
        return Err(Error::invalid_argument(
            "by",
            format!("{} labels", labels.len()),
            format!("one label per row ({n})"),
        ));
    }
    // svyby drops the rows of zero weight (and those outside a subset)
    // before it lists the levels.
    let kept = |i: usize| within.is_none_or(|m| m[i]) && weights[i] != 0.0;
    let mut levels: Vec<&str> = (0..n)
        .filter(|&i| kept(i))
        .map(|i| labels[i].as_ref())
        .collect();
    let all_numeric = levels.iter().all(|l| l.trim().parse::<f64>().is_ok());
    let same = |a: &str, b: &str| {
        if all_numeric {
            level_order(a, b) == Ordering::Equal
        } else {
            a == b
        }
    };
    if all_numeric {
        levels.sort_by(|a, b| level_order(a, b));
    } else {
        levels.sort_unstable();
    }
    levels.dedup_by(|a, b| same(a, b));
    if levels.is_empty() {
        return Err(Error::unavailable(
            "by",
            "no row with positive weight (in the domain)",
        ));
    }
    Ok(levels
        .into_iter()
        .map(|level| {
            let mask = (0..n)
                .map(|i| within.is_none_or(|m| m[i]) && same(labels[i].as_ref(), level))
                .collect();
            (level.to_string(), mask)
        })
        .collect())
}

pub(crate) fn by_in<K, T>(
    design: &SurveyDesign,
    within: Option<&[bool]>,
    labels: &[K],
    mut estimate: impl FnMut(Domain<'_>) -> Result<T>,
) -> Result<Vec<ByLevel<T>>>
where
    K: AsRef<str>,
{
    let levels = by_levels(labels, design.n_rows(), &design.weights, within)?;
    let mut out = Vec::with_capacity(levels.len());
    for (level, mask) in levels {
        let value = estimate(design.domain(&mask)?)?;
        out.push(ByLevel { level, value });
    }
    Ok(out)
}

impl SurveyDesign {
    /// Runs `estimate` on the domain of every level of `labels` (one per
    /// row), in R's order of the levels, as `svyby(~y, ~g, design, FUN)`:
    /// each level's estimate and standard error are those of the domain
    /// ([`Domain`]) of its rows, so `svyby` and a domain estimate per level
    /// agree. Levels whose rows all have zero weight are left out, as R
    /// leaves them out.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) if
    /// `labels` does not have one label per row; the first error of
    /// `estimate`, as it returned it.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(6).build()?;
    /// let y = [1.0, 2.0, 3.0, 10.0, 20.0, 30.0];
    /// let rows = design.by(&["2", "2", "2", "10", "10", "10"], |d| d.mean(&y))?;
    /// // numeric levels in numeric order
    /// assert_eq!(rows[0].level, "2");
    /// assert_eq!(rows[1].value.estimate, 20.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn by<K, T>(
        &self,
        labels: &[K],
        estimate: impl FnMut(Domain<'_>) -> Result<T>,
    ) -> Result<Vec<ByLevel<T>>>
    where
        K: AsRef<str>,
    {
        by_in(self, None, labels, estimate)
    }
}

impl Domain<'_> {
    /// [`SurveyDesign::by`] within the domain: `svyby` on R's subset.
    ///
    /// # Errors
    ///
    /// As [`SurveyDesign::by`].
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(4).build()?;
    /// let d = design.domain(&[true, true, true, false])?;
    /// let rows = d.by(&["a", "b", "b", "c"], |d| d.total(&[1.0; 4]))?;
    /// assert_eq!(rows.len(), 2); // "c" is outside the domain
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn by<K, T>(
        &self,
        labels: &[K],
        estimate: impl FnMut(Domain<'_>) -> Result<T>,
    ) -> Result<Vec<ByLevel<T>>>
    where
        K: AsRef<str>,
    {
        by_in(self.design(), Some(self.mask()), labels, estimate)
    }
}
