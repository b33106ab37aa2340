//! What a ledger entry's value is: computed from the evidence, a number as
//! printed, or the range of a printed wording; so that a report says
//! "computed" only of what was.

use std::fmt;

use serde::Serialize;

/// What the value a statement was judged against is.
///
/// ```
/// let ds = njov::Dataset::latest().unwrap();
/// let ledger = njov::study::judge_ledger(&ds, None);
/// let share = ledger.iter().find(|e| e.claim.id == "release.identified_victims").unwrap();
/// assert_eq!(share.origin, Some(njov::study::ValueOrigin::Computed));
/// let federal = ledger.iter().find(|e| e.claim.id == "release.federal").unwrap();
/// assert_eq!(federal.origin, Some(njov::study::ValueOrigin::WordingRange));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueOrigin {
    /// Computed from published numbers (a share of two counts, a change
    /// between two waves).
    Computed,
    /// A number as printed (the dataset's own figure, or another
    /// source's).
    Printed,
    /// Another source's wording ("over 45%"), held as the range it admits:
    /// its number is that range's end, not a value.
    WordingRange,
}

impl ValueOrigin {
    /// The word, as the JSON spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            ValueOrigin::Computed => "computed",
            ValueOrigin::Printed => "printed",
            ValueOrigin::WordingRange => "wording_range",
        }
    }
}

impl fmt::Display for ValueOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the ledger adds to a judgement's reason about its evidence, and so
/// what its value is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum EvidenceNote {
    /// The evidence is another source's wording.
    Wording(String),
    /// The evidence is another source's printed number.
    PrintedBy(String),
    /// The model interval a change was judged with.
    Model(String),
}

impl fmt::Display for EvidenceNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EvidenceNote::Wording(s) | EvidenceNote::PrintedBy(s) | EvidenceNote::Model(s) => {
                f.write_str(s)
            }
        }
    }
}
