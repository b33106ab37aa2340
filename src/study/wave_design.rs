//! The design model of each wave of the study, read from the dataset's
//! wave-assumptions table (`wave_design` of `njov_trends`): what is
//! published and what is assumed, each number with its rationale and its
//! sensitivity range, so that every trend interval can name what it rests
//! on.
//!
//! ```text
//! wave W (the same two-phase design as wave 1, see the design module):
//!   W.deff.phase1               design effect of the agency mail survey
//!   W.deff.phase2               design effect of the case interviews
//!   W.phase1.arrests_reported   n1, the phase-1 sample count (printed for wave 1;
//!                               assumed for waves 2 and 3: wave 1's mean expansion
//!                               weight, n1 = 1723 T_W / 2577)
//!   W.phase1.total              T, the national total (printed)
//!   W.base.all                  n, the interview base of shares of all arrests
//! between waves:
//!   trend.phase1_correlation    0: waves independent (the conservative choice)
//! ```

use serde::Serialize;

use crate::data::{ALL_WAVES, AssumptionRule, AssumptionStatus, Dataset, Provenance};
use crate::error::{Error, Result};
use crate::study::design::{DEFF1, DEFF2, PHASE1_COUNT, PHASE1_TOTAL};

/// The row of a wave's interview base of shares of all arrests.
pub(crate) const BASE_ALL: &str = "base.all";
/// The row about the correlation of the phase-1 errors of two waves.
pub const PHASE1_CORRELATION: &str = "trend.phase1_correlation";

/// One number of the design model, with where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModelValue {
    /// The assumption's id (`w2006.phase1.arrests_reported`).
    pub id: String,
    /// What it is.
    pub quantity: String,
    /// Its value (computed, for a rule).
    pub value: f64,
    /// The low end of its sensitivity range, when one is given.
    pub low: Option<f64>,
    /// The high end of its sensitivity range.
    pub high: Option<f64>,
    /// Whether it is assumed by the model rather than published.
    pub assumed: bool,
    /// Why this value.
    pub rationale: String,
    /// The published figure that gives it, if any.
    pub figure: Option<String>,
    /// Source keys.
    pub sources: Vec<String>,
    /// The ids it rests on: itself, and the row a rule computes it from.
    pub rests_on: Vec<String>,
}

impl ModelValue {
    /// `value`, with `(assumed, range low-high)` when assumed: how a number
    /// of the model is shown wherever it is used.
    ///
    /// ```
    /// let ds = njov::Dataset::load("njov_trends", Some("1.1.0")).unwrap();
    /// let d = njov::study::WaveDesigns::from_dataset(&ds).unwrap();
    /// let n1 = &d.wave("w2006").unwrap().n1;
    /// assert_eq!(n1.shown(), "4686.9 (assumed, range 2343.5-7010)");
    /// ```
    pub fn shown(&self) -> String {
        let v = short(self.value);
        match (self.assumed, self.low, self.high) {
            (true, Some(l), Some(h)) => format!("{v} (assumed, range {}-{})", short(l), short(h)),
            (true, _, _) => format!("{v} (assumed)"),
            (false, _, _) => v,
        }
    }
}

/// A number with at most one decimal, without trailing zeros.
fn short(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// The design model of one wave.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WaveDesign {
    /// The wave's id (`w2006`).
    pub wave: String,
    /// The wave's name for a reader (`2006`).
    pub label: String,
    /// Design effect of phase 1.
    pub deff1: ModelValue,
    /// Design effect of phase 2.
    pub deff2: ModelValue,
    /// The phase-1 sample count.
    pub n1: ModelValue,
    /// The national total.
    pub total: ModelValue,
    /// The interview base of shares of all arrests.
    pub base_all: ModelValue,
    /// The measures the interview base applies to.
    pub base_applies_to: Vec<String>,
}

impl WaveDesign {
    /// Every number of the wave's model.
    pub fn values(&self) -> [&ModelValue; 5] {
        [
            &self.deff1,
            &self.deff2,
            &self.n1,
            &self.total,
            &self.base_all,
        ]
    }
}

/// The design models of every wave, and what is assumed about how the
/// waves relate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WaveDesigns {
    /// What they were read from.
    pub dataset: Provenance,
    /// The waves, in the table's order.
    pub waves: Vec<WaveDesign>,
    /// The correlation of the phase-1 errors of two waves (0: independent).
    pub phase1_correlation: ModelValue,
}

/// A wave's name for a reader: its id without the leading `w` when the
/// rest is a year (`w2006` is `2006`), else the id.
///
/// ```
/// assert_eq!(njov::study::wave_label("w2009"), "2009");
/// assert_eq!(njov::study::wave_label("spring"), "spring");
/// ```
pub fn wave_label(wave: &str) -> String {
    match wave.strip_prefix('w') {
        Some(year) if !year.is_empty() && year.chars().all(|c| c.is_ascii_digit()) => {
            year.to_string()
        }
        _ => wave.to_string(),
    }
}

impl WaveDesigns {
    /// Reads the design model of every wave from the dataset's wave
    /// assumptions.
    ///
    /// # Errors
    /// `ErrorKind::Unavailable` when the dataset has no wave assumptions,
    /// when a wave lacks one of the rows `<wave>.deff.phase1`,
    /// `<wave>.deff.phase2`, `<wave>.phase1.arrests_reported`,
    /// `<wave>.phase1.total`, `<wave>.base.all` or a row has no value, and
    /// when the correlation between waves is not 0 (the trend model treats
    /// waves as independent and has no term for a correlation).
    ///
    /// ```
    /// let ds = njov::Dataset::load("njov_trends", Some("1.1.0")).unwrap();
    /// let d = njov::study::WaveDesigns::from_dataset(&ds).unwrap();
    /// let w2006 = d.wave("w2006").unwrap();
    /// assert!((w2006.n1.value - 1723.0 * 7010.0 / 2577.0).abs() < 1e-9);
    /// assert!(w2006.n1.assumed && !w2006.total.assumed);
    /// assert_eq!(w2006.n1.rests_on, ["w2006.phase1.arrests_reported", "w2000.phase1.arrests_reported"]);
    /// assert!(njov::study::WaveDesigns::from_dataset(&njov::Dataset::latest().unwrap()).is_err());
    /// ```
    pub fn from_dataset(ds: &Dataset) -> Result<WaveDesigns> {
        let waves = ds.waves();
        if waves.is_empty() {
            return Err(Error::unavailable(
                format!("the design of the waves of {}", ds.provenance().id),
                "the dataset has no wave assumptions (it is not a repeated survey)",
            ));
        }
        let designs = waves
            .iter()
            .map(|w| {
                let base_all = model_value(ds, &format!("{w}.{BASE_ALL}"))?;
                Ok(WaveDesign {
                    wave: w.to_string(),
                    label: wave_label(w),
                    deff1: model_value(ds, &format!("{w}.{DEFF1}"))?,
                    deff2: model_value(ds, &format!("{w}.{DEFF2}"))?,
                    n1: model_value(ds, &format!("{w}.{PHASE1_COUNT}"))?,
                    total: model_value(ds, &format!("{w}.{PHASE1_TOTAL}"))?,
                    base_applies_to: ds
                        .wave_assumption(&base_all.id)
                        .map(|a| a.assumption.applies_to.clone())
                        .unwrap_or_default(),
                    base_all,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let phase1_correlation = model_value(ds, PHASE1_CORRELATION)?;
        if phase1_correlation.value != 0.0 {
            return Err(Error::unavailable(
                PHASE1_CORRELATION,
                format!(
                    "the trend model treats waves as independent and has no term for a correlation of {}",
                    phase1_correlation.value
                ),
            ));
        }
        Ok(WaveDesigns {
            dataset: ds.provenance().clone(),
            waves: designs,
            phase1_correlation,
        })
    }

    /// The design of a wave.
    pub fn wave(&self, id: &str) -> Option<&WaveDesign> {
        self.waves.iter().find(|w| w.wave == id)
    }

    /// Every number of every wave's model, then the correlation between
    /// waves.
    pub fn values(&self) -> impl Iterator<Item = &ModelValue> {
        self.waves
            .iter()
            .flat_map(|w| w.values())
            .chain(std::iter::once(&self.phase1_correlation))
    }

    /// A number of the model by id.
    pub fn value(&self, id: &str) -> Option<&ModelValue> {
        self.values().find(|v| v.id == id)
    }
}

/// A row of the wave assumptions with its value resolved: given, its
/// figure's, or computed by its rule.
fn model_value(ds: &Dataset, id: &str) -> Result<ModelValue> {
    let row = ds
        .wave_assumption(id)
        .ok_or_else(|| Error::unavailable(id, "the dataset's wave assumptions have no such row"))?;
    let a = &row.assumption;
    let mut rests_on = vec![a.id.clone()];
    let value = match (&a.rule, a.value, &a.figure) {
        (Some(AssumptionRule::Proportional { base, part, whole }), _, _) => {
            let b = model_value(ds, base)?;
            let (x, y) = ds.value(part).zip(ds.value(whole)).ok_or_else(|| {
                Error::unavailable(id, format!("'{part}' or '{whole}' has no value"))
            })?;
            rests_on.extend(b.rests_on);
            b.value * x / y
        }
        (None, Some(v), _) => v,
        (None, None, Some(f)) => ds
            .value(f)
            .ok_or_else(|| Error::unavailable(id, format!("its figure '{f}' has no value")))?,
        (None, None, None) => return Err(Error::unavailable(id, "the row has no value")),
    };
    if row.wave != ALL_WAVES && !(value.is_finite() && value > 0.0) {
        return Err(Error::invalid_argument(id, value, "a finite number > 0"));
    }
    Ok(ModelValue {
        id: a.id.clone(),
        quantity: a.quantity.clone(),
        value,
        low: a.low,
        high: a.high,
        assumed: a.status == AssumptionStatus::Assumed,
        rationale: a.rationale.clone(),
        figure: a.figure.clone(),
        sources: a.sources.clone(),
        rests_on,
    })
}
