//! Design-based estimation from microdata, matching R `survey`.
//!
//! * [`SurveyDesign`] (built with [`SurveyDesignBuilder`]): stratified one- or
//!   two-stage cluster samples with weights or probabilities, finite population
//!   corrections ([`Fpc`]) and the lonely-PSU rules ([`LonelyPsu`]).
//! * Estimators: [`SurveyDesign::total`], [`SurveyDesign::mean`],
//!   [`SurveyDesign::proportion`], [`SurveyDesign::ratio`], and the same on a
//!   [`Domain`], each an [`Estimate`] with standard error (Taylor linearisation),
//!   degrees of freedom and design effect.
//! * [`TwoPhaseDesign`]: two-phase samples with the variance of R's
//!   `twophase(method = "full")`.
//! * `svyciprop`-style intervals for proportions
//!   ([`Estimate::proportion_interval`], R's method names read by
//!   [`svyciprop_method`]), as the interval layer's
//!   [`Interval`](crate::interval::Interval) with its
//!   [`ProportionMethod`](crate::ProportionMethod).
//! * Quantiles with Woodruff intervals ([`SurveyDesign::quantile`], R's
//!   `svyquantile`), estimates per level of a column ([`SurveyDesign::by`],
//!   R's `svyby`) and the Rao-Scott test of independence
//!   ([`SurveyDesign::chisq`], R's `svychisq`).
//! * [`StreamingEstimator`]: totals, means, proportions and ratios (with a
//!   domain, groups, the lonely-PSU rules and fpcs) in one pass over rows
//!   fed in [`Chunk`]s, in memory that grows with the PSUs, not the rows,
//!   giving the same estimates as [`SurveyDesign`].
//! * [`ReplicateDesign`]: replicate weights made from a design (JK1, JKn,
//!   BRR, Fay; R's `as.svrepdesign`) or read from columns (R's
//!   `svrepdesign`), with the same estimators. BRR and Fay take their
//!   half-samples from [`hadamard`], R's `hadamard(n)` entry for entry, for
//!   any number of strata.
//! * With the `polars` feature: designs from a DataFrame (`DesignColumns`,
//!   `SurveyDesign::from_frame`) and microdata CSV files read through
//!   polars, only the columns asked for, with their types given
//!   (`read_csv`), or in batches of bounded size for the one-pass
//!   estimator (`read_csv_batches`); with the `parquet` feature, Parquet
//!   files one row group at a time (`read_parquet_batches`); with the `spss`
//!   feature, SPSS system files in batches of rows (`read_sav_batches`), with
//!   their value labels (`read_sav_value_labels`).
//!
//! The engine knows nothing of any particular study.
//!
//! # The order of the levels of an estimate by group
//!
//! [`SurveyDesign::by`] (and every `by` of this module, the command line's
//! `--by`, in memory or streaming) gives one row per level in this order:
//! numeric order when every level reads as a number (`2` before `10`, and
//! `1` and `1.0` one level, as R's `factor` of a numeric column), else the
//! order of the levels' bytes, which for UTF-8 text is the order of their
//! code points: digits, then capitals, `_`, small letters, then accented
//! letters (`10`, `9`, `Apple`, `_under`, `apple`, `Ärger`, `éclair`).
//!
//! That is R's order in the C locale (`Sys.setlocale("LC_COLLATE", "C")`),
//! not R's order in the locale a session usually runs in: `svyby` lists the
//! levels of its `by` factor, and `factor()` sorts text by the locale's
//! collation, which on Linux is ICU's in every locale but C and POSIX (R
//! 4.2 on Debian, `C.UTF-8` included): case and accents count only to break
//! ties there (`_under`, `10`, `9`, `apple`, `Apple`, `Arger`, `Ärger`, ...).
//! `svy` (PyPI, 0.35) has a third order, as seen on the test's levels:
//! numbers first in numeric order, then words without regard to case,
//! capitals first among equals, non-ASCII letters last. Every convention gives the same levels with the
//! same estimates; only the rows' order differs. This crate keeps the byte
//! order because a collation depends on the machine (the locale, the ICU or
//! C library version and its tables) and the same file should give the same
//! rows everywhere; to get R's rows in this order, set `LC_COLLATE` to `C`
//! before `svyby`. `tests/survey_by_order.rs` checks both the in-memory and
//! the streaming path against R's rows under both collations
//! (`scripts/svyby_level_order_reference.R`).
//!
//! ```
//! use njov::survey::SurveyDesign;
//! let design = SurveyDesign::builder(4).build()?;
//! let rows = design.by(&["apple", "Zebra", "éclair", "10"], |d| d.total(&[1.0; 4]))?;
//! let levels: Vec<&str> = rows.iter().map(|r| r.level.as_str()).collect();
//! assert_eq!(levels, ["10", "Zebra", "apple", "éclair"]);
//! # Ok::<(), njov::Error>(())
//! ```
//!
//! ```
//! use njov::survey::{Fpc, SurveyDesign};
//! // two strata of two PSUs each, 10 and 20 PSUs in the population
//! let design = SurveyDesign::builder(4)
//!     .strata(["a", "a", "b", "b"])
//!     .weights(vec![5.0, 5.0, 10.0, 10.0])
//!     .fpc(Fpc::PopulationSize(vec![10.0, 10.0, 20.0, 20.0]))
//!     .build()?;
//! let total = design.total(&[1.0, 2.0, 3.0, 4.0])?;
//! assert_eq!(total.estimate, 85.0);
//! assert_eq!(total.df, 2.0);
//! # Ok::<(), njov::Error>(())
//! ```

#[cfg(feature = "polars")]
mod batches;
mod by;
mod calibrate;
mod calibration;
mod chisq;
mod ciprop;
mod compensated;
mod design;
mod display;
mod domain;
mod estimate;
#[cfg(feature = "polars")]
mod frame;
mod hadamard;
mod missing;
#[cfg(feature = "parquet")]
mod parquet;
mod quantile;
mod replicate;
#[cfg(feature = "spss")]
mod spss;
mod stream;
mod twophase;
mod variance;

#[cfg(feature = "polars")]
pub use batches::{DEFAULT_BATCH_BYTES, read_csv_batches};
pub use by::ByLevel;
pub use calibrate::{CalibrationFunction, CalibrationOptions, CalibrationTerm};
pub use chisq::{ChisqTest, TableCell};
pub use ciprop::{svyciprop_method, svyciprop_name};
#[cfg(feature = "polars")]
pub use frame::{DesignColumns, column_f64, column_text, mask_equals, read_csv};
pub use hadamard::{HadamardMatrix, hadamard};
pub use quantile::QuantileEstimate;
pub use replicate::{ReplicateDesign, ReplicateDomain, ReplicateOptions, ReplicateType};

pub use design::{Fpc, LonelyPsu, SurveyDesign, SurveyDesignBuilder};
pub use domain::Domain;
pub use estimate::{Estimate, Statistic};
pub use missing::Missing;
#[cfg(feature = "parquet")]
pub use parquet::{read_parquet, read_parquet_batches};
#[cfg(feature = "spss")]
pub use spss::{
    DEFAULT_BATCH_ROWS, SavValueLabels, read_sav, read_sav_batches, read_sav_value_labels,
};
pub use stream::{Chunk, StreamingEstimator};
pub use twophase::{PhaseVariance, TwoPhaseDesign, TwoPhaseDesignBuilder, TwoPhaseDomain};
