//! # njov
//!
//! Reproduces the published statistics of the National Juvenile Online
//! Victimization Study (N-JOV; Crimes against Children Research Center,
//! University of New Hampshire; wave 1 covers arrests from 1 July 2000 to
//! 30 June 2001), and judges the published claims against the recomputation.
//! Underneath is a general survey-statistics engine that knows nothing of the
//! study.
//!
//! ## Where things are
//!
//! Each layer imports only from the layers listed after it.
//!
//! | module | what it holds | where a new ... goes |
//! |---|---|---|
//! | [`report`] | the reproduction report (text, Markdown, JSON, CSV, HTML) opening with its summary, plots | output format |
//! | [`study`] | N-JOV itself: its design model and each wave's, derived figures, national estimates with intervals, trends between waves, the ledger of published claims | N-JOV assumption or estimate |
//! | [`claims`] | reading claim sentences, verbal quantifiers, verdicts, error patterns (any study) | claim phrase, quantifier, error pattern |
//! | [`survey`] | design-based estimation from microdata, as R `survey` (any survey) | survey estimator |
//! | [`data`] | versioned datasets: manifests, checksums, typed rows, dates, printed numbers, DataFrames | dataset, table schema |
//! | [`interval`] | proportion and count intervals, coverage, special functions | interval method |
//!
//! The study's numbers live in the data, not in the code: a new dataset is a
//! directory `data/<dataset>/<version>/` with a manifest, and its figures
//! get derived shares, intervals and verdicts from the same code.
//!
//! ## The names at the root
//!
//! - [`Dataset`]: a verified, versioned set of aggregate tables, embedded in
//!   the library ([`Dataset::load`], [`Dataset::latest`]) or read from a
//!   directory of the same layout ([`Dataset::load_from_dir`]).
//! - [`derive_all`]: every share and sum recomputed from the published counts,
//!   every printed percentage checked against its printed precision.
//! - [`national_estimates`] with [`EstimateOptions`]: national estimates with
//!   confidence intervals under the study's two-phase design model.
//! - [`Report`] and [`Format`]: the reproduction report.
//! - [`ProportionMethod`], [`IntervalSpec`] and [`Interval`]: the interval
//!   engine's first names (the rest is in [`interval`]).
//! - [`Checker`], [`Evidence`], [`Judgement`] and [`Verdict`]: a claim
//!   sentence judged against evidence (the rest is in [`claims`]).
//! - [`SurveyDesign`]: design-based estimation from microdata.
//! - [`Error`], [`ErrorKind`], [`Location`] and [`Result`]: the one error type.
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
//! ## Features
//!
//! | feature | default | brings |
//! |---|---|---|
//! | `plot` | yes | the forest plot and the trends figure (SVG), through plotters |
//! | `polars` | no | tables, estimates and microdata as polars DataFrames; microdata CSV files read through polars |
//! | `cli` | no | the `njov` command line (clap); implies `polars` and `plot` |
//! | `parallel` | no | batches of intervals split over threads (rayon) |
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

pub mod claims;
pub mod data;
mod error;
pub mod interval;
pub mod report;
pub mod study;
pub mod survey;

pub use crate::claims::{Checker, Evidence, Judgement, Verdict};
pub use crate::data::Dataset;
pub use crate::error::{Error, ErrorKind, Location, Result};
pub use crate::interval::{Interval, IntervalSpec, ProportionMethod};
pub use crate::report::{Format, Report};
pub use crate::study::{EstimateOptions, derive_all, national_estimates};
pub use crate::survey::SurveyDesign;

/// polars, at the exact version this crate builds its DataFrames with (the
/// `polars` feature): write `use njov::polars::prelude::*;` so that the
/// DataFrames you build and read are the crate's own, with no pin of your
/// own to keep in step.
///
/// ```
/// use njov::polars::prelude::*;
/// let ds = njov::Dataset::latest().unwrap();
/// let df: DataFrame = ds.frame("arrest_categories").unwrap().frame;
/// assert_eq!(df.height(), 7);
/// ```
#[cfg(feature = "polars")]
pub use polars;

/// The README's code blocks, compiled and run as doctests (its example
/// shows a DataFrame, so they need the `polars` feature).
#[cfg(all(doctest, feature = "polars"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
