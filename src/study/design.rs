//! The design model of the aggregate tables: what is known of the sample
//! (counts and bases) and what is assumed (design effects, unpublished
//! bases), built from the dataset's assumptions table.
//!
//! ```text
//! phase 1 (agency mail survey)   T = printed national total, n1 = arrests reported by
//!                                responding agencies, w = T / n1 (mean expansion weight)
//!                                Var(T) = deff1 * w * T,  CV1^2 = deff1 / n1
//! phase 2 (case interviews)      a share p with interview base n: n_eff = n / deff2,
//!                                Var(p) = p (1 - p) / n_eff
//! a total T p                    CV^2 = CV1^2 + (1 - p) / (p n_eff)   (phases independent)
//! ```
//!
//! Every quantity names the assumption rows it rests on, so every interval
//! can say what it used.

use serde::Serialize;

use crate::data::{AssumptionRule, AssumptionStatus, Dataset, Figure};
use crate::error::{Error, Result};

/// The design effects shown side by side for every estimate.
pub const DEFF_GRID: [f64; 4] = [1.0, 1.5, 2.0, 3.0];

/// An interview base: how many interviews a share rests on, and which
/// national count they represent.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InterviewBase {
    /// The assumption's id (`base.all`).
    pub id: String,
    /// The number of interviews (possibly fractional when allocated).
    pub n: f64,
    /// The id of the national count the interviews represent.
    pub represents: String,
    /// Table names or ids it applies to.
    pub applies_to: Vec<String>,
    /// Whether the base is assumed rather than published.
    pub assumed: bool,
    /// The assumption ids it rests on (itself, and any it is allocated from).
    pub assumptions: Vec<String>,
}

/// The two-phase design model.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DesignModel {
    /// Design effect of phase 1.
    pub deff1: f64,
    /// Design effect of phase 2.
    pub deff2: f64,
    /// The phase-1 sample count (arrests reported by responding agencies).
    pub n1: f64,
    /// The national total phase 1 estimates.
    pub total: f64,
    /// The id of the national total.
    pub total_id: String,
    /// The interview bases.
    pub bases: Vec<InterviewBase>,
}

/// The assumption ids the model reads by name.
pub(crate) const DEFF1: &str = "deff.phase1";
pub(crate) const DEFF2: &str = "deff.phase2";
pub(crate) const PHASE1_COUNT: &str = "phase1.arrests_reported";
pub(crate) const PHASE1_TOTAL: &str = "phase1.total";

impl DesignModel {
    /// Builds the model from a dataset's assumptions.
    ///
    /// # Errors
    /// `ErrorKind::Unavailable` when the dataset has no assumption
    /// `deff.phase1`, `deff.phase2`, `phase1.arrests_reported` or
    /// `phase1.total`, or one of them has no value; `ErrorKind::InvalidArgument`
    /// for a non-positive value.
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// let m = njov::study::DesignModel::from_dataset(&ds).unwrap();
    /// assert_eq!((m.total, m.n1), (2577.0, 1723.0));
    /// assert!((m.cv2_phase1() - 1.0 / 1723.0).abs() < 1e-15);
    /// ```
    pub fn from_dataset(ds: &Dataset) -> Result<DesignModel> {
        let resolve = |id: &str| -> Result<f64> {
            let a = ds.assumption(id).ok_or_else(|| {
                Error::unavailable(id, "the dataset's assumptions table has no such row")
            })?;
            let v = match (&a.value, &a.figure) {
                (Some(v), _) => Some(*v),
                (None, Some(f)) => ds.value(f),
                _ => None,
            }
            .ok_or_else(|| Error::unavailable(id, "the assumption has no value"))?;
            if !(v.is_finite() && v > 0.0) {
                return Err(Error::invalid_argument(id, v, "a finite number > 0"));
            }
            Ok(v)
        };
        let total_id = ds
            .assumption(PHASE1_TOTAL)
            .and_then(|a| a.figure.clone())
            .ok_or_else(|| Error::unavailable(PHASE1_TOTAL, "names no figure"))?;
        let mut model = DesignModel {
            deff1: resolve(DEFF1)?,
            deff2: resolve(DEFF2)?,
            n1: resolve(PHASE1_COUNT)?,
            total: resolve(PHASE1_TOTAL)?,
            total_id,
            bases: Vec::new(),
        };
        for a in ds.assumptions() {
            let Some(represents) = &a.represents else {
                continue;
            };
            let (n, assumptions) = match (&a.rule, &a.figure, a.value) {
                (Some(AssumptionRule::Proportional { base, part, whole }), _, _) => {
                    let b = ds.assumption(base).ok_or_else(|| {
                        Error::unavailable(&a.id, format!("no assumption '{base}'"))
                    })?;
                    let nb = b
                        .figure
                        .as_deref()
                        .and_then(|f| ds.value(f))
                        .or(b.value)
                        .ok_or_else(|| {
                            Error::unavailable(&a.id, format!("'{base}' has no value"))
                        })?;
                    let (x, y) = ds.value(part).zip(ds.value(whole)).ok_or_else(|| {
                        Error::unavailable(&a.id, format!("'{part}' or '{whole}' has no value"))
                    })?;
                    (nb * x / y, vec![a.id.clone(), base.clone()])
                }
                (None, Some(f), _) => (
                    ds.value(f)
                        .ok_or_else(|| Error::unavailable(&a.id, format!("'{f}' has no value")))?,
                    vec![a.id.clone()],
                ),
                (None, None, Some(v)) => (v, vec![a.id.clone()]),
                (None, None, None) => continue,
            };
            model.bases.push(InterviewBase {
                id: a.id.clone(),
                n,
                represents: represents.clone(),
                applies_to: a.applies_to.clone(),
                assumed: a.status == AssumptionStatus::Assumed,
                assumptions,
            });
        }
        Ok(model)
    }

    /// The same model with both design effects set to `deff`.
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` unless `deff` is finite and positive.
    pub fn with_design_effect(&self, deff: f64) -> Result<DesignModel> {
        if !(deff.is_finite() && deff > 0.0) {
            return Err(Error::invalid_argument("deff", deff, "a finite number > 0"));
        }
        Ok(DesignModel {
            deff1: deff,
            deff2: deff,
            ..self.clone()
        })
    }

    /// The mean expansion weight `w = T / n1`.
    pub fn mean_weight(&self) -> f64 {
        self.total / self.n1
    }

    /// The squared coefficient of variation of the national total,
    /// `deff1 w / T = deff1 / n1`.
    pub fn cv2_phase1(&self) -> f64 {
        self.deff1 * self.mean_weight() / self.total
    }

    /// The squared coefficient of variation of a share `p` with interview
    /// base `n`: `deff2 (1 - p) / (p n)` (infinite at `p = 0`).
    pub fn cv2_share(&self, p: f64, n: f64) -> f64 {
        self.deff2 * (1.0 - p) / (p * n)
    }

    /// The interview base that applies to a figure: one naming its id, else
    /// one naming its table.
    pub fn base_for_figure(&self, figure: &Figure) -> Option<&InterviewBase> {
        self.base_for(&figure.id).or_else(|| {
            self.bases
                .iter()
                .find(|b| b.applies_to.contains(&figure.table))
        })
    }

    /// The interview base naming an id.
    pub fn base_for(&self, id: &str) -> Option<&InterviewBase> {
        self.bases
            .iter()
            .find(|b| b.applies_to.iter().any(|a| a == id))
    }
}
