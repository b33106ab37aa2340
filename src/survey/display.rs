//! [`Estimate`] in words, with the keys its JSON uses (its intervals are
//! the interval layer's [`Interval`](crate::interval::Interval), whose
//! `Display` is there).

use std::fmt;

use crate::survey::estimate::Estimate;

/// `stat S, estimate E, se SE, df DF` (and `deff D` where known), numbers in
/// full.
///
/// ```
/// use njov::survey::SurveyDesign;
/// let d = SurveyDesign::builder(4).weights(vec![2.0; 4]).build().unwrap();
/// let e = d.total(&[1.0, 2.0, 3.0, 4.0]).unwrap();
/// assert!(e.to_string().starts_with("stat total, estimate 20, se "));
/// ```
impl fmt::Display for Estimate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "stat {}, estimate {}, se {}, df {}",
            self.statistic, self.estimate, self.se, self.df
        )?;
        if let Some(d) = self.deff {
            write!(f, ", deff {d}")?;
        }
        Ok(())
    }
}
