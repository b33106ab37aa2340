//! N-JOV itself: everything about the study that must be code rather than
//! data. The study's design model ([`DesignModel`], read from the dataset's
//! assumptions table), the figures recomputed from its tables
//! ([`derive_all`]), its national estimates with confidence intervals
//! ([`national_estimates`]), the design model of each later wave
//! ([`WaveDesigns`], from the wave assumptions of `njov_trends`) and the
//! trends between waves with their intervals ([`trend_estimates`],
//! [`trend_between`], on the math of [`trend`]), and the ledger of its
//! published statements judged against them ([`judge_ledger`]).
//!
//! The layers below ([`data`](crate::data), [`interval`](crate::interval),
//! [`survey`](crate::survey), [`claims`](crate::claims)) know nothing of
//! N-JOV; what they need from it they are given as data.
//!
//! ```
//! use njov::study::{EstimateOptions, judge_ledger, national_estimates};
//! let ds = njov::Dataset::latest()?;
//! let estimates = national_estimates(&ds, &EstimateOptions::default())?;
//! let ledger = judge_ledger(&ds, Some(&estimates));
//! let nearly_40 = ledger.iter().find(|e| e.claim.id == "release.identified_victims").unwrap();
//! assert_eq!(nearly_40.judgement.verdict, njov::Verdict::Consistent);
//! # Ok::<(), njov::Error>(())
//! ```

mod catalogue;
mod derived;
mod design;
mod display;
mod ledger;
mod national;
mod origin;
mod scan;
mod statement;
pub mod trend;
mod wave_design;
mod wave_trends;

pub use catalogue::{Catalogue, CatalogueFigure, DATASET, SAME_FIGURES_TABLE, Wave};
pub use derived::{DerivationKind, DerivedFigure, PrecisionCheck, derive_all};
pub use design::{DEFF_GRID, DesignModel, InterviewBase};
pub use ledger::{LedgerEntry, judge_ledger, judge_ledger_with_trends};
pub use national::{
    EstimateId, EstimateKind, EstimateMethod, EstimateOptions, GridPoint, NationalEstimate,
    NationalEstimates, NoEstimate, national_estimates,
};
pub use origin::ValueOrigin;
pub use scan::{
    DocumentScan, Finding, FindingStatus, document_sources, scan_all, scan_document, scan_text,
    scan_with, split_sentences,
};
pub use wave_design::{ModelValue, PHASE1_CORRELATION, WaveDesign, WaveDesigns, wave_label};
pub use wave_trends::{
    Change, ChangeAt, NoTrend, TrendEstimate, TrendEstimates, WavePoint, has_waves, trend_between,
    trend_estimates,
};

use crate::data::Dataset;
use crate::error::Result;

/// The study's dataset of waves 1-3, for trends between waves.
pub const TRENDS_DATASET: &str = "njov_trends";

impl Dataset {
    /// Loads the newest embedded version of the study's wave-1 dataset
    /// ([`DATASET`], `njov1`).
    ///
    /// # Errors
    /// None for the shipped data, whose tests guard it; the errors of
    /// [`Dataset::load`] otherwise.
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// assert_eq!(ds.provenance().id, njov::study::DATASET);
    /// ```
    pub fn latest() -> Result<Dataset> {
        Dataset::load(DATASET, None)
    }
}
