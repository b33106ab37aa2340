//! Estimates computed from the tables: derived shares and sums, and (with
//! intervals) national estimates.

pub(crate) mod derived;
pub(crate) mod national;
pub mod trend;
