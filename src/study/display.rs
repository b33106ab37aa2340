//! The study's results in words, as their JSON spells them:
//! [`FindingStatus`] as its JSON word, [`Finding`] and [`NationalEstimate`]
//! with their JSON keys.

use std::fmt;

use crate::study::national::NationalEstimate;
use crate::study::scan::{Finding, FindingStatus};

impl FindingStatus {
    /// The status's word, as the JSON spells it.
    ///
    /// ```
    /// assert_eq!(njov::study::FindingStatus::Matched.to_string(), "matched");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            FindingStatus::Matched => "matched",
            FindingStatus::Unmatched => "unmatched",
            FindingStatus::Vague => "vague",
        }
    }
}

impl fmt::Display for FindingStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `"wording": status S, figure F, verdict V, computed C, accepted [A, B]:
/// reason` (the keys of `njov scan`'s JSON, those without a value left
/// out).
///
/// ```
/// let ds = njov::Dataset::latest().unwrap();
/// let text = "Nearly 40% of arrested offenders were involved with actual children.";
/// let sources = njov::study::document_sources(&ds, text);
/// let scan = njov::study::scan_text(&ds, text, &sources, None).unwrap();
/// let line = scan.findings[0].to_string();
/// assert!(line.starts_with("\"Nearly 40%\": status matched, figure "), "{line}");
/// ```
impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\": status {}", self.wording, self.status)?;
        if let Some(figure) = &self.figure {
            write!(f, ", figure {figure}")?;
        }
        write!(f, ", verdict {}", self.verdict)?;
        if let Some(c) = self.computed {
            write!(f, ", computed {c}")?;
        }
        if let Some([a, b]) = self.accepted {
            write!(f, ", accepted [{a}, {b}]")?;
        }
        write!(f, ": {}", self.reason)
    }
}

/// `id: estimate E, lower L, upper U, level A, method M` (a figure held as
/// its wording's range shows `range [A, B]` for its estimate).
///
/// ```
/// let ds = njov::Dataset::latest().unwrap();
/// let n = njov::national_estimates(&ds, &Default::default()).unwrap();
/// let total = n.get("total:arrests.total").unwrap().to_string();
/// assert!(total.starts_with("total:arrests.total: estimate 2577, lower "), "{total}");
/// ```
impl fmt::Display for NationalEstimate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.id)?;
        match (self.estimate, self.range) {
            (Some(x), _) => write!(f, "estimate {x}")?,
            (None, Some([a, b])) => write!(f, "range [{a}, {b}]")?,
            (None, None) => write!(f, "estimate -")?,
        }
        write!(
            f,
            ", lower {}, upper {}, level {}, method {}",
            self.lower, self.upper, self.level, self.method
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_the_json_words() {
        for s in [
            FindingStatus::Matched,
            FindingStatus::Unmatched,
            FindingStatus::Vague,
        ] {
            assert_eq!(serde_json::to_value(s).unwrap(), s.to_string());
        }
    }
}
