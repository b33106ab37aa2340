//! [`Interval`] in words, with the keys its JSON uses.

use std::fmt;

use crate::interval::spec::Interval;

/// `estimate E, lower L, upper U, level A, method M` (with `n_eff` and `df`
/// where used): the keys and values of the JSON, numbers in full.
///
/// ```
/// use njov::interval::{IntervalSpec, ProportionData, ProportionInterval};
/// use njov::ProportionMethod;
/// let m = ProportionInterval::new(ProportionMethod::Wilson, IntervalSpec::new(0.95).unwrap()).unwrap();
/// let ci = m.compute(&ProportionData::Counts { successes: 5, trials: 10 }).unwrap();
/// assert!(ci.to_string().starts_with("estimate 0.5, lower 0.2365"));
/// assert!(ci.to_string().ends_with("level 0.95, method wilson"));
/// ```
impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "estimate {}, lower {}, upper {}, level {}, method {}",
            self.estimate,
            self.lower,
            self.upper,
            self.level,
            self.method.name()
        )?;
        if let Some(n) = self.n_eff {
            write!(f, ", n_eff {n}")?;
        }
        if let Some(d) = self.df {
            write!(f, ", df {d}")?;
        }
        Ok(())
    }
}
