//! Interval estimation: proportion, count and total intervals, their exact
//! coverage, and the special functions under them.
//!
//! (Module documentation with the coverage tables is filled in below.)

mod count;
mod coverage;
mod proportion;
pub mod special;

pub use count::{CountData, CountInterval, CountMethod};
pub use coverage::{
    Coverage, CoverageSummary, coverage_summary, exact_coverage, exact_coverage_grid,
};
pub use proportion::{Interval, ProportionData, ProportionInterval, ProportionMethod, Side};
