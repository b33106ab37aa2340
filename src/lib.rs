//! # njov
//!
//! Reproduces the published statistics of the National Juvenile Online
//! Victimization Study (N-JOV; Crimes against Children Research Center,
//! University of New Hampshire; wave 1 covers arrests from 1 July 2000 to
//! 30 June 2001), and judges the published claims against the recomputation.
//!
//! ## Brief overview
//!
//! - [`Dataset`]: a verified, versioned set of the study's aggregate tables,
//!   embedded in the library ([`Dataset::load`], [`Dataset::latest`]) or read
//!   from a directory of the same layout ([`Dataset::load_from_dir`]). Every
//!   file's sha256 is checked against the version's manifest, every row
//!   against its schema.
//! - [`Figure`]: one published figure, with its source keys and [`Status`].
//! - [`derive_all`]: every share and sum recomputed from the published counts,
//!   every printed percentage checked against its printed precision.
//! - [`DesignModel`] and [`national_estimates`]: national estimates with
//!   confidence intervals under a two-phase design model whose assumptions are
//!   a versioned table, shown across the design-effect grid [`DEFF_GRID`].
//! - [`ProportionInterval`] and [`CountInterval`]: every standard proportion
//!   and count interval ([`ProportionMethod`], [`CountMethod`]) to 1e-13
//!   relative, with [`exact_coverage`] and the [`special`] functions under
//!   them.
//! - [`check`], [`Checker`] and [`judge_ledger`]: published claims judged
//!   against the recomputation, with verbal quantifiers read through the
//!   versioned [`QuantifierTable`] and named [`ErrorPattern`]s.
//! - [`SurveyDesign`] and [`TwoPhaseDesign`]: design-based estimation from
//!   microdata (slices or polars DataFrames) matching R's `survey` package.
//! - [`Report`]: the reproduction report, rendered as text, Markdown, JSON or
//!   CSV, each carrying the dataset's [`Provenance`]; and a forest plot.
//! - [`Error`]: the one error type; [`Error::kind`] tells what went wrong.
//!
//! ## Example
//!
//! ```
//! use njov::{Dataset, derive_all};
//!
//! let ds = Dataset::latest()?;
//! let total = ds.value("arrests.total").unwrap();
//! let identified = ds.value("arrests.identified_victims").unwrap();
//! assert_eq!((identified, total), (998.0, 2577.0));
//! // "Nearly 40%": the recomputed share is 38.7%.
//! let share = derive_all(&ds)
//!     .into_iter()
//!     .find(|d| d.id == "share:arrests.identified_victims")
//!     .unwrap();
//! assert_eq!(format!("{:.1}", share.value), "38.7");
//! # Ok::<(), njov::Error>(())
//! ```
//!
//! ## Data rules
//!
//! Tables live in `data/<dataset>/<version>/` with a `MANIFEST.toml` (sha256,
//! rows, schema, description, sources of each file) and a
//! `data/<dataset>/CHANGELOG.md` that records each manifest's sha256. A
//! released version is immutable; a correction is a new version. Derived
//! figures are never stored; what is not published is stored as not
//! published.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod atomic;
mod claims;
mod design;
mod error;
mod estimate;
mod interval;
mod report;
mod rounding;
mod survey;
mod tables;

pub use crate::atomic::{remove_stale_temp_files, write_atomic};
pub use crate::claims::{
    AcceptedInterval, BoundRule, Checker, Claim, ClaimKind, Date, ErrorPattern, Evidence,
    Judgement, LedgerEntry, ModelInterval, ParsedClaim, Period, PeriodProblem, QUANTIFIER_DATASET,
    Quantifier, QuantifierKind, QuantifierTable, Scale, StatedAmount, Verdict, accepted_range,
    check, grim_percent_possible, judge_ledger, parse_claim, parse_claim_with,
};
pub use crate::design::{DEFF_GRID, DesignModel, InterviewBase};
pub use crate::error::{Error, ErrorKind, Location, Result};
pub use crate::estimate::derived::{DerivationKind, DerivedFigure, PrecisionCheck, derive_all};
pub use crate::estimate::national::{
    EstimateKind, EstimateOptions, GridPoint, NationalEstimate, NationalEstimates, NoEstimate,
    WordingRange, national_estimates,
};
pub use crate::interval::special;
pub use crate::interval::{
    CountData, CountInterval, CountMethod, Coverage, CoverageSummary, Interval, ProportionData,
    ProportionInterval, ProportionMethod, Side, coverage_summary, exact_coverage,
    exact_coverage_grid,
};
pub use crate::report::{Format, Report};
pub use crate::rounding::{PrintedNumber, round_to};
#[cfg(feature = "polars")]
pub use crate::survey::{
    DesignColumns, SurveyOptions, SurveyOutput, frame_column_f64, frame_mask_equals,
    read_csv_frame, survey_csv, survey_frame,
};
pub use crate::survey::{
    Domain, Estimate, Fpc, LonelyPsu, PhaseVariance, ProportionCiMethod, Statistic, SurveyDesign,
    SurveyDesignBuilder, SurveyInterval, TwoPhaseDesign, TwoPhaseDesignBuilder, TwoPhaseDomain,
};
#[cfg(feature = "polars")]
pub use crate::tables::frame::TableFrame;
pub use crate::tables::manifest::{Manifest, Schema, TableEntry, sha256_hex};
pub use crate::tables::rows::{
    Assumption, AssumptionRule, AssumptionStatus, Derived, Figure, FigureValue, IsoDate, IsoPeriod,
    Source, Statement, StatementKind, Status, Unit,
};
pub use crate::tables::{
    Catalog, DEFAULT_DATASET, Dataset, Provenance, Verified, embedded_catalog, verify,
};

/// The README's code blocks, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
