//! Named error patterns: the known ways a published figure goes wrong.

use crate::data::PeriodProblem;
use crate::data::PrintedNumber;
use serde::Serialize;

/// A known way a published figure goes wrong, named when it is seen.
///
/// ```
/// use njov::claims::ErrorPattern;
/// let p = ErrorPattern::RatioAsPercentIncrease { ratio: 2.72, stated_percent: 272.0 };
/// let json = serde_json::to_value(&p).unwrap();
/// assert_eq!(json["pattern"], "ratio_as_percent_increase");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "pattern", rename_all = "snake_case")]
pub enum ErrorPattern {
    /// A ratio `to / from` printed as a percentage increase: x2.72 printed as
    /// "272% increase" (the increase is 172%).
    RatioAsPercentIncrease {
        /// The ratio computed.
        ratio: f64,
        /// The percentage printed.
        stated_percent: f64,
    },
    /// A share that fits the statement only when taken of another base.
    WrongBase {
        /// The label of the base it fits.
        base: String,
        /// That base.
        whole: f64,
        /// The share of that base, in percent.
        computed: f64,
    },
    /// A printed period that is corrupted.
    CorruptedPeriod {
        /// What is wrong with it.
        problems: Vec<PeriodProblem>,
    },
    /// A percentage that no count `k` out of the unweighted `n` gives at the
    /// printed precision (GRIM; Brown and Heathers 2017).
    ImpossiblePercentage {
        /// The percentage as printed.
        printed: f64,
        /// Its printed decimals.
        decimals: u32,
        /// The unweighted base.
        n: u64,
    },
}

impl std::fmt::Display for ErrorPattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::claims::accepted::short;
        match self {
            ErrorPattern::RatioAsPercentIncrease {
                ratio,
                stated_percent,
            } => write!(
                f,
                "a ratio printed as a percent increase: the ratio is {} (an increase of {}%), printed as a {}% increase",
                short(*ratio),
                short((ratio - 1.0) * 100.0),
                short(*stated_percent)
            ),
            ErrorPattern::WrongBase {
                base,
                whole,
                computed,
            } => write!(
                f,
                "a share of another base: {}% is the share of {base} ({})",
                short(*computed),
                short(*whole)
            ),
            ErrorPattern::CorruptedPeriod { problems } => {
                let parts: Vec<String> = problems.iter().map(ToString::to_string).collect();
                write!(f, "a corrupted period: {}", parts.join("; "))
            }
            ErrorPattern::ImpossiblePercentage {
                printed,
                decimals,
                n,
            } => write!(
                f,
                "no count out of {n} gives {printed:.prec$}% (GRIM)",
                prec = *decimals as usize
            ),
        }
    }
}

/// Whether some count `k` in `0..=n` gives a percentage `100 k / n` that
/// rounds to `printed` at its printed precision (ties either way). This is
/// the GRIM test for a percentage; it applies to unweighted counts only.
///
/// ```
/// use njov::{claims::grim_percent_possible, data::PrintedNumber};
/// let p = PrintedNumber::parse("38.7").unwrap();
/// assert!(grim_percent_possible(&p, 600)); // 232/600 = 38.667%
/// let q = PrintedNumber::parse("50.5").unwrap();
/// assert!(!grim_percent_possible(&q, 20)); // 10/20 = 50%, 11/20 = 55%
/// ```
pub fn grim_percent_possible(printed: &PrintedNumber, n: u64) -> bool {
    if n == 0 {
        return false;
    }
    let nf = n as f64;
    let (lo, hi) = printed.admitted();
    // Candidates near the ends; the admitted interval is narrow.
    // (Saturating: a printed percentage far out of range casts to the
    // ends of i64, which one more would overflow.)
    let k_lo = ((lo * nf / 100.0).floor() as i64).saturating_sub(1).max(0);
    let k_hi = ((hi * nf / 100.0).ceil() as i64)
        .saturating_add(1)
        .min(n as i64);
    (k_lo..=k_hi).any(|k| printed.admits(100.0 * k as f64 / nf))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grim_matches_brute_force() {
        for n in 1..=60u64 {
            for tenths in 0..=1000 {
                let printed = PrintedNumber::new(f64::from(tenths) / 10.0, 1).unwrap();
                let brute = (0..=n).any(|k| printed.admits(100.0 * k as f64 / n as f64));
                assert_eq!(grim_percent_possible(&printed, n), brute, "{n} {tenths}");
            }
        }
        assert!(!grim_percent_possible(
            &PrintedNumber::new(0.0, 0).unwrap(),
            0
        ));
    }
}
