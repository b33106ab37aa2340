//! [`Estimate`] and [`EstimateInterval`] in words, with the keys their JSON
//! uses.

use std::fmt;

use crate::survey::ciprop::EstimateInterval;
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

/// `estimate E, se SE, lower L, upper U, level A, df DF, method M` (and
/// `n_eff` where used), numbers in full.
///
/// ```
/// use njov::survey::SurveyDesign;
/// let d = SurveyDesign::builder(4).weights(vec![2.0; 4]).build().unwrap();
/// let ci = d.total(&[1.0, 2.0, 3.0, 4.0]).unwrap().t_interval(0.95).unwrap();
/// assert!(ci.to_string().ends_with("method t"));
/// ```
impl fmt::Display for EstimateInterval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "estimate {}, se {}, lower {}, upper {}, level {}, df {}, method {}",
            self.estimate, self.se, self.lower, self.upper, self.level, self.df, self.method
        )?;
        if let Some(n) = self.n_eff {
            write!(f, ", n_eff {n}")?;
        }
        Ok(())
    }
}
