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
//! * `svyciprop`-style intervals for proportions ([`ProportionCiMethod`]).
//! * With the `polars` feature: designs from a DataFrame ([`DesignColumns`]) and the
//!   `njov survey` command ([`survey_csv`]).
//!
//! The engine knows nothing of any particular study.

mod ciprop;
#[cfg(feature = "polars")]
mod command;
mod design;
mod domain;
mod estimate;
#[cfg(feature = "polars")]
mod frame;
mod twophase;
mod variance;

pub use ciprop::{ProportionCiMethod, SurveyInterval};
#[cfg(feature = "polars")]
pub use command::{SurveyOptions, SurveyOutput, read_csv_frame, survey_csv, survey_frame};
#[cfg(feature = "polars")]
pub use frame::{DesignColumns, frame_column_f64, frame_mask_equals};

pub use design::{Fpc, LonelyPsu, SurveyDesign, SurveyDesignBuilder};
pub use domain::Domain;
pub use estimate::{Estimate, Statistic};
pub use twophase::{PhaseVariance, TwoPhaseDesign, TwoPhaseDesignBuilder, TwoPhaseDomain};
