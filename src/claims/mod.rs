//! Published claims, verbal quantifiers, rounding and verdicts.
//!
//! A claim is a published statement: a share of two quantities, a level, a
//! change or ratio between two quantities, or a period. A sentence is read
//! by a grammar ([`parse_claim`]): amounts in digits or words, fractions,
//! "X in Y", percentages and percentage points, multiples, hedges, verbs of
//! change with any words between verb and amount, "from A to B", dates and
//! periods; numbers that qualify the subject ("children under 3", "in
//! 2000") are set aside. Each amount is a [`StatedAmount`] whose accepted
//! interval comes from the versioned [`QuantifierTable`]. A [`Checker`]
//! judges a sentence against [`Evidence`] (the evidence picks the amount
//! that is the claim) and returns a [`Judgement`]: a [`Verdict`], the
//! computed value, the accepted interval, whether a model-based interval
//! crosses its boundary, a named [`ErrorPattern`] when one is seen, and
//! every amount of the sentence judged ([`AmountJudgement`]). Every input
//! gets an answer: a sentence with nothing to judge is `unverifiable`.
//!
//! Whole documents are scanned by the study layer
//! ([`study::scan_text`](crate::study::scan_text)): each statement is
//! matched to a dataset's figure through the dataset's versioned
//! [`AliasTable`], read here, and judged like the ledger judges it; what
//! matches nothing is listed as unmatched.
//!
//! The reader knows nothing of any particular study: the numbers come from
//! the caller, the phrases that name a study's figures from its data, and
//! the quantifier table from the data layer. A new phrase goes in the
//! quantifier table (a new version of the `quantifiers` dataset), not in
//! code; a new way of going wrong is an [`ErrorPattern`].
//!
//! ```
//! use njov::claims::{check, Evidence, Verdict};
//! let j = check("Slightly more than one-third of the arrests",
//!               &Evidence::Share { part: 350.0, whole: 1000.0 }).unwrap();
//! assert_eq!(j.verdict, Verdict::Consistent);
//! ```

mod accepted;
mod alias;
mod amount;
mod check;
mod claim;
mod display;
mod grammar;
mod pattern;
pub(crate) mod period;
mod quantifier;
mod reading;
mod scale;
mod sentence;
mod token;
mod verdict;

pub use crate::data::ClaimKind;
pub use accepted::AcceptedInterval;
pub use alias::{ALIAS_TABLE, Alias, AliasReads, AliasTable};
pub use check::{Checker, Evidence, check};
pub use claim::Claim;
pub(crate) use grammar::{
    LEVEL_CROSSED, following as following_words, preceding as preceding_words,
};
pub use pattern::{ErrorPattern, grim_percent_possible};
pub use period::{parse_date, parse_period};
pub use quantifier::{BoundRule, QUANTIFIER_DATASET, Quantifier, QuantifierKind, QuantifierTable};
pub use scale::Scale;
pub use sentence::{
    AmountRole, MAX_CLAIM_CHARS, ParsedClaim, ReadProblem, StatedAmount, VagueStatement,
    accepted_range, parse_claim, parse_claim_with,
};
pub(crate) use sentence::{read_sentence, single_amount};
pub(crate) use token::{Spanned, Token, lex, number_word};
pub use verdict::{AmountJudgement, Judgement, Verdict};
