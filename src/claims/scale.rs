//! The scale a claim's number is on.

use serde::Serialize;

/// The scale a claim's number is on, and so the scale of `computed` and
/// `accepted` in its judgement.
///
/// ```
/// use njov::claims::Scale;
/// assert_eq!(serde_json::to_string(&Scale::PercentChange).unwrap(), "\"percent_change\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// A share in percent, `100 * part / whole`.
    Percent,
    /// A count or level, as printed.
    Count,
    /// A percentage change, `100 * (to - from) / from` (negative for a fall).
    PercentChange,
    /// A ratio, `to / from`.
    Ratio,
    /// A difference, `to - from`.
    Difference,
}
