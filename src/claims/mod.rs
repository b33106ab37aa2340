//! Published claims, verbal quantifiers, rounding and verdicts.
//!
//! A claim is a published statement: a share of two quantities, a level, a
//! change or ratio between two quantities, or a period. Its wording is read
//! into a [`StatedAmount`] whose accepted interval comes from the versioned
//! [`QuantifierTable`]; a [`Checker`] judges it against [`Evidence`] and
//! returns a [`Judgement`]: a [`Verdict`], the computed value, the accepted
//! interval, whether a model-based interval crosses its boundary, and a
//! named [`ErrorPattern`] when one is seen.
//!
//! This layer knows nothing of any particular study: the numbers come from
//! the caller.
//!
//! ```
//! use njov::{check, Evidence, Verdict};
//! let j = check("Slightly more than one-third of the arrests",
//!               &Evidence::Share { part: 350.0, whole: 1000.0 }).unwrap();
//! assert_eq!(j.verdict, Verdict::Consistent);
//! ```

mod accepted;
mod amount;
mod check;
mod claim;
mod grammar;
mod ledger;
mod pattern;
mod period;
mod quantifier;
mod sentence;
mod token;
mod verdict;

pub use accepted::AcceptedInterval;
pub use check::{Checker, Evidence, check};
pub use claim::{Claim, ClaimKind, Scale};
pub use ledger::{LedgerEntry, ModelInterval, accepted_range, judge_ledger};
pub use pattern::{ErrorPattern, grim_percent_possible};
pub use period::{Date, Period, PeriodProblem};
pub use quantifier::{BoundRule, QUANTIFIER_DATASET, Quantifier, QuantifierKind, QuantifierTable};
pub use sentence::{
    AmountRole, ParsedClaim, ReadProblem, StatedAmount, VagueStatement, parse_claim,
    parse_claim_with,
};
pub use verdict::{AmountJudgement, Judgement, Verdict};
