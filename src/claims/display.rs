//! The claims layer's results in words, as their JSON spells them:
//! [`AmountRole`] and [`Scale`] as their JSON words, [`Judgement`] and
//! [`AmountJudgement`] with their JSON keys.

use std::fmt;

use crate::claims::reading::AmountRole;
use crate::claims::scale::Scale;
use crate::claims::verdict::{AmountJudgement, Judgement};

impl AmountRole {
    /// The role's word, as the JSON spells it.
    ///
    /// ```
    /// use njov::claims::AmountRole;
    /// assert_eq!(AmountRole::From.to_string(), "from");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            AmountRole::Claim => "claim",
            AmountRole::Base => "base",
            AmountRole::From => "from",
            AmountRole::To => "to",
        }
    }
}

impl fmt::Display for AmountRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Scale {
    /// The scale's word, as the JSON spells it.
    ///
    /// ```
    /// assert_eq!(njov::claims::Scale::PercentChange.to_string(), "percent_change");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Scale::Percent => "percent",
            Scale::Count => "count",
            Scale::PercentChange => "percent_change",
            Scale::Ratio => "ratio",
            Scale::Difference => "difference",
        }
    }
}

impl fmt::Display for Scale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `verdict V, computed C, accepted [A, B], kind K: reason` (the keys of
/// `njov check`'s JSON, those without a value left out).
///
/// ```
/// let j = njov::claims::check("Nearly 40%", &njov::Evidence::Share { part: 998.0, whole: 2577.0 }).unwrap();
/// assert!(j.to_string().starts_with("verdict consistent, computed 38.72"));
/// assert!(j.to_string().contains("accepted [36, 40], kind share: "));
/// ```
impl fmt::Display for Judgement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "verdict {}", self.verdict)?;
        if let Some(c) = self.computed {
            write!(f, ", computed {c}")?;
        }
        if let Some([a, b]) = self.accepted {
            write!(f, ", accepted [{a}, {b}]")?;
        }
        write!(f, ", kind {}: {}", self.kind, self.reason)
    }
}

/// `role R "wording": verdict V, computed C, accepted [A, B]`.
///
/// ```
/// let j = njov::claims::check("rose from 644 to 3100", &njov::Evidence::Change { from: 644.0, to: 3100.0 }).unwrap();
/// assert!(j.amounts[0].to_string().starts_with("from \"644\": verdict reproduced"));
/// ```
impl fmt::Display for AmountJudgement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} \"{}\": verdict {}",
            self.role, self.wording, self.verdict
        )?;
        if let Some(c) = self.computed {
            write!(f, ", computed {c}")?;
        }
        let [a, b] = self.accepted;
        write!(f, ", accepted [{a}, {b}]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each word is the JSON's.
    #[test]
    fn words_are_the_json_words() {
        for r in [
            AmountRole::Claim,
            AmountRole::Base,
            AmountRole::From,
            AmountRole::To,
        ] {
            assert_eq!(serde_json::to_value(r).unwrap(), r.to_string());
        }
        for s in [
            Scale::Percent,
            Scale::Count,
            Scale::PercentChange,
            Scale::Ratio,
            Scale::Difference,
        ] {
            assert_eq!(serde_json::to_value(s).unwrap(), s.to_string());
        }
    }
}
