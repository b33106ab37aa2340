//! A published statement and what it measures.

use serde::Serialize;

use crate::data::ClaimKind;

/// A published statement: where it was printed, what it says and what it
/// measures. A ledger is a list of these; each is judged with
/// [`Checker::judge_claim`](crate::claims::Checker::judge_claim).
///
/// ```
/// use njov::claims::{Claim, ClaimKind};
/// let claim = Claim {
///     id: "cp_only_share".into(),
///     source: "press release".into(),
///     quote: "Slightly more than one-third of the arrests".into(),
///     kind: ClaimKind::Share,
///     measures: "child pornography only / all arrests".into(),
///     stated: "Slightly more than one-third".into(),
///     precision: None,
/// };
/// assert_eq!(claim.parse().unwrap().kind, ClaimKind::Share);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// A stable identifier.
    pub id: String,
    /// The source key of the publication.
    pub source: String,
    /// A short quote of the statement.
    pub quote: String,
    /// What the claim measures.
    pub kind: ClaimKind,
    /// What it measures, by reference to table rows (`"row_a + row_b / row_total"`).
    pub measures: String,
    /// The number or wording it states (`"Nearly 40%"`); this is what is
    /// parsed and judged.
    pub stated: String,
    /// The printed decimals of the stated number, when it prints one.
    pub precision: Option<u32>,
}

impl Claim {
    /// Parses the stated wording with the default quantifier table.
    ///
    /// # Errors
    /// As [`parse_claim`](crate::claims::parse_claim).
    ///
    /// ```
    /// use njov::claims::{Claim, ClaimKind};
    /// let c = Claim {
    ///     id: "x".into(), source: "s".into(), quote: "q".into(),
    ///     kind: ClaimKind::Level, measures: "total".into(),
    ///     stated: "more than 2,500".into(), precision: Some(0),
    /// };
    /// assert_eq!(c.parse().unwrap().kind, ClaimKind::Level);
    /// ```
    pub fn parse(&self) -> crate::error::Result<crate::claims::sentence::ParsedClaim> {
        crate::claims::sentence::parse_claim(&self.stated)
    }
}
