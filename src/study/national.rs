//! National estimates with confidence intervals from the aggregate tables,
//! under the design model of [`DesignModel`].
//!
//! ```text
//! national total T          scaled Poisson on the log scale: T exp(-/+ z sqrt(deff1 / n1))
//! share p, base n           the chosen proportion method at n_eff = n / deff2
//! total R p                 R p exp(-/+ z sqrt(CV_R^2 + deff2 (1 - p) / (p n)))
//!                           CV_R^2 = deff1 / n1 for R = T; for R = T q (a category),
//!                           CV_R^2 = deff1 / n1 + deff2 (1 - q) / (q n_all)
//! a figure known only to lie in [p_lo, p_hi] (its printed precision, or the interval
//! its wording admits): lower limit at p_lo, upper limit at p_hi
//! ```

use serde::Serialize;

use std::fmt;

use serde::Serializer;

use crate::claims::accepted_range;
use crate::data::{Dataset, Figure, FigureValue, Provenance, Unit};
use crate::error::{Error, Result};
use crate::interval::{
    CountData, CountInterval, CountMethod, IntervalSpec, Method, ProportionData,
    ProportionInterval, ProportionMethod,
};
use crate::study::design::{
    DEFF_GRID, DEFF1, DEFF2, DesignModel, InterviewBase, PHASE1_COUNT, PHASE1_TOTAL,
};

/// What the interval of an estimate is computed for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EstimateKind {
    /// A national total (arrests).
    Total,
    /// A share, in percent.
    Share,
}

impl EstimateKind {
    /// The kind's name, as the JSON and an [`EstimateId`] write it: `total`
    /// or `share`.
    ///
    /// ```
    /// assert_eq!(njov::study::EstimateKind::Share.name(), "share");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            EstimateKind::Total => "total",
            EstimateKind::Share => "share",
        }
    }
}

/// The id of a national estimate: what it estimates (a total or a share)
/// and the id of the figure, written `total:<figure>` or `share:<figure>`
/// (so the JSON and every report show it), read back by `FromStr`, and
/// compared with such a string as it is.
///
/// ```
/// use njov::study::{EstimateId, EstimateKind};
/// let id: EstimateId = "share:arrests.identified_victims".parse()?;
/// assert_eq!(id.kind, EstimateKind::Share);
/// assert_eq!(id.figure, "arrests.identified_victims");
/// assert_eq!(id.to_string(), "share:arrests.identified_victims");
/// assert!(id == "share:arrests.identified_victims");
/// assert_eq!(format!("{id:<36}|"), "share:arrests.identified_victims    |");
/// assert!("ratio:x".parse::<EstimateId>().is_err());
/// # Ok::<(), njov::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EstimateId {
    /// A total or a share.
    pub kind: EstimateKind,
    /// The id of the figure estimated.
    pub figure: String,
}

impl EstimateId {
    /// The id of the estimate of `kind` for `figure`.
    ///
    /// ```
    /// use njov::study::{EstimateId, EstimateKind};
    /// assert_eq!(EstimateId::new(EstimateKind::Total, "arrests.total").to_string(), "total:arrests.total");
    /// ```
    pub fn new(kind: EstimateKind, figure: impl Into<String>) -> EstimateId {
        EstimateId {
            kind,
            figure: figure.into(),
        }
    }
}

impl fmt::Display for EstimateId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // pad, so that a width ({:<45}) applies as to the string it was
        f.pad(&format!("{}:{}", self.kind.name(), self.figure))
    }
}

impl Serialize for EstimateId {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl std::str::FromStr for EstimateId {
    type Err = Error;
    /// Reads `total:<figure>` or `share:<figure>`.
    fn from_str(text: &str) -> Result<EstimateId> {
        let kind = |k: &str| {
            [EstimateKind::Total, EstimateKind::Share]
                .into_iter()
                .find(|kind| kind.name() == k)
        };
        match text.split_once(':') {
            Some((k, figure)) if !figure.is_empty() => match kind(k) {
                Some(kind) => Ok(EstimateId::new(kind, figure)),
                None => Err(Error::parse(text, k, "expected total or share")),
            },
            _ => Err(Error::parse(
                text,
                text,
                "expected total:<figure id> or share:<figure id>",
            )),
        }
    }
}

impl PartialEq<str> for EstimateId {
    fn eq(&self, other: &str) -> bool {
        other.split_once(':') == Some((self.kind.name(), self.figure.as_str()))
    }
}

impl PartialEq<&str> for EstimateId {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

impl PartialEq<String> for EstimateId {
    fn eq(&self, other: &String) -> bool {
        *self == *other.as_str()
    }
}

impl PartialEq<EstimateId> for String {
    fn eq(&self, other: &EstimateId) -> bool {
        *other == *self.as_str()
    }
}

/// The interval at one design effect (both phases).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct GridPoint {
    /// The design effect of both phases.
    pub deff: f64,
    /// The lower limit.
    pub lower: f64,
    /// The upper limit.
    pub upper: f64,
}

/// How an estimate's interval is computed.
///
/// ```
/// use njov::study::EstimateMethod;
/// assert_eq!(EstimateMethod::LogDelta.to_string(), "log-delta");
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EstimateMethod {
    /// An interval method of the [`interval`](crate::interval) module: a
    /// proportion method for shares, the scaled-Poisson count method for
    /// the national total.
    Interval(Method),
    /// A total implied by a share of a national count: the delta method on
    /// the log scale, `R p exp(-/+ z sqrt(CV_R^2 + CV_p^2))`.
    LogDelta,
}

impl EstimateMethod {
    /// The method's name.
    ///
    /// ```
    /// use njov::study::EstimateMethod;
    /// use njov::interval::Method;
    /// assert_eq!(EstimateMethod::Interval(Method::Proportion(njov::ProportionMethod::Wilson)).name(), "wilson");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            EstimateMethod::Interval(m) => m.name(),
            EstimateMethod::LogDelta => "log-delta",
        }
    }
}

impl fmt::Display for EstimateMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for EstimateMethod {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// A national estimate with its interval and what the interval rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NationalEstimate {
    /// What it estimates: `total:<figure>` or `share:<figure>` in the JSON.
    pub id: EstimateId,
    /// The id of the figure it estimates (`id.figure`, repeated for the
    /// JSON).
    pub figure: String,
    /// What it is.
    pub label: String,
    /// Total or share (`id.kind`, repeated for the JSON).
    pub kind: EstimateKind,
    /// The unit of the national count for totals (from the data), percent
    /// for shares.
    pub unit: Unit,
    /// The point estimate; `None` when the figure is known only as a range
    /// (a wording such as "nearly half").
    pub estimate: Option<f64>,
    /// The values the published figure admits (its printed precision or its
    /// wording), when it is not an exact count.
    pub range: Option<[f64; 2]>,
    /// The lower limit.
    pub lower: f64,
    /// The upper limit.
    pub upper: f64,
    /// The confidence level.
    pub level: f64,
    /// The interval method.
    pub method: EstimateMethod,
    /// The assumption ids the interval rests on.
    pub assumptions: Vec<String>,
    /// Whether an assumed (unpublished) interview base was used.
    pub assumed_base: bool,
    /// The interview base, when a share is involved.
    pub base_n: Option<f64>,
    /// The interval across the design-effect grid.
    pub grid: Vec<GridPoint>,
    /// The source keys of the figures it is computed from.
    pub sources: Vec<String>,
}

/// A published figure that carries no interval, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NoEstimate {
    /// The figure's id.
    pub id: String,
    /// What it is.
    pub label: String,
    /// Why there is no interval ("no base published", ...).
    pub reason: String,
}

/// How the estimates are computed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EstimateOptions {
    /// The confidence level, in (0, 1).
    pub level: f64,
    /// The method for shares.
    pub method: ProportionMethod,
    /// A design effect for both phases, overriding the assumptions table.
    pub deff: Option<f64>,
}

impl Default for EstimateOptions {
    fn default() -> EstimateOptions {
        EstimateOptions {
            level: 0.95,
            method: ProportionMethod::default(),
            deff: None,
        }
    }
}

/// The national estimates of a dataset.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NationalEstimates {
    /// What they were computed from.
    pub dataset: Provenance,
    /// The design model used (design effects from the assumptions table or
    /// the override).
    pub model: DesignModel,
    /// The estimates.
    pub estimates: Vec<NationalEstimate>,
    /// Published figures without an interval, with the reason.
    pub unavailable: Vec<NoEstimate>,
}

impl NationalEstimates {
    /// An estimate by id.
    pub fn get(&self, id: &str) -> Option<&NationalEstimate> {
        self.estimates.iter().find(|e| e.id == *id)
    }
}

/// Every national estimate the tables support, with intervals.
///
/// A figure given in words ("about 80%") is held as the interval of
/// percentages its wording admits, read through the claims layer's
/// quantifier table ([`accepted_range`]).
///
/// # Errors
/// As [`DesignModel::from_dataset`]; `ErrorKind::InvalidArgument` for a level
/// outside (0, 1) or a non-positive design effect.
///
/// ```
/// use njov::{Dataset, EstimateOptions, national_estimates};
/// let ds = Dataset::latest().unwrap();
/// let est = national_estimates(&ds, &EstimateOptions::default()).unwrap();
/// let total = est.get("total:arrests.total").unwrap();
/// assert!(total.lower < 2577.0 && 2577.0 < total.upper);
/// assert_eq!(total.grid.len(), 4);
/// assert_eq!(total.unit.as_str(), "arrests");
/// ```
pub fn national_estimates(ds: &Dataset, options: &EstimateOptions) -> Result<NationalEstimates> {
    let spec = IntervalSpec::new(options.level)?;
    let shares = ProportionInterval::new(options.method, spec)?;
    let mut model = DesignModel::from_dataset(ds)?;
    if let Some(d) = options.deff {
        model = model.with_design_effect(d)?;
    }
    let calc = Calculator {
        ds,
        options,
        models: std::iter::once(Ok(model.clone()))
            .chain(DEFF_GRID.iter().map(|d| model.with_design_effect(*d)))
            .collect::<Result<Vec<_>>>()?,
        spec,
        shares,
    };
    let mut estimates = Vec::new();
    let mut unavailable = Vec::new();

    // The national total.
    estimates.push(calc.total()?);

    // Counts that are part of a national count, and derived sums.
    let mut parts: Vec<Part> = ds
        .figures()
        .iter()
        .filter(|f| f.unit.is_count() && f.id != model.total_id)
        .filter_map(|f| {
            Some((
                f.id.clone(),
                f.quantity.clone(),
                f.value.number()?,
                f.base.clone(),
                f.sources.clone(),
            ))
        })
        .collect();
    for d in ds.derived() {
        if let Some(v) = ds.value(&d.id) {
            let sources = d
                .terms
                .iter()
                .filter_map(|t| ds.figure(t))
                .flat_map(|f| f.sources.clone())
                .collect();
            parts.push((d.id.clone(), d.quantity.clone(), v, d.base.clone(), sources));
        }
    }
    for (id, label, x, base, sources) in parts {
        let Some(base_id) = base else { continue };
        let Some(whole) = ds.value(&base_id) else {
            continue;
        };
        if (x - whole).abs() < f64::EPSILON * whole {
            continue; // a sum equal to its base (the categories' check) is no estimate
        }
        match model
            .base_for(&id)
            .or_else(|| ds.figure(&id).and_then(|f| model.base_for_figure(f)))
        {
            Some(b) if b.represents == base_id => {
                let p = x / whole;
                let share = Share {
                    id: &id,
                    label: &label,
                    range: (p, p),
                    point: Some(p),
                    base: b,
                    sources: &sources,
                };
                estimates.push(calc.share(&share)?);
                estimates.push(calc.implied_total(&share)?);
            }
            _ => unavailable.push(NoEstimate {
                id,
                label,
                reason: format!("no interview base applies to its share of '{base_id}'"),
            }),
        }
    }

    // Printed percentages (or wordings) of a base.
    for f in ds.figures().iter().filter(|f| f.unit == Unit::Percent) {
        match percent_range(f) {
            None => unavailable.push(NoEstimate {
                id: f.id.clone(),
                label: f.quantity.clone(),
                reason: match &f.wording {
                    Some(w) => format!("its wording \"{w}\" admits no range of percentages"),
                    None => "no value published".into(),
                },
            }),
            Some(range) => {
                let Some(base_id) = &f.base else {
                    unavailable.push(NoEstimate {
                        id: f.id.clone(),
                        label: f.quantity.clone(),
                        reason: "no base published".into(),
                    });
                    continue;
                };
                if f.numerator.is_some() {
                    continue; // a percentage of published counts: the counts' share is estimated above
                }
                match model.base_for_figure(f) {
                    Some(b) => {
                        let point = f
                            .value
                            .number()
                            .filter(|_| f.wording.is_none())
                            .map(|v| v / 100.0);
                        let share = Share {
                            id: &f.id,
                            label: &f.quantity,
                            range: (range.0 / 100.0, range.1 / 100.0),
                            point,
                            base: b,
                            sources: &f.sources,
                        };
                        estimates.push(calc.share(&share)?);
                        estimates.push(calc.implied_total(&share)?);
                    }
                    None => unavailable.push(NoEstimate {
                        id: f.id.clone(),
                        label: f.quantity.clone(),
                        reason: format!("no interview base applies to shares of '{base_id}'"),
                    }),
                }
            }
        }
    }
    Ok(NationalEstimates {
        dataset: ds.provenance().clone(),
        model,
        estimates,
        unavailable,
    })
}

/// The percentages a percent figure admits: its wording's interval, or its
/// printed precision.
pub(crate) fn percent_range(f: &Figure) -> Option<(f64, f64)> {
    if let Some(w) = &f.wording {
        return accepted_range(w).map(|(lo, hi)| (lo.max(0.0), hi.min(100.0)));
    }
    match &f.value {
        FigureValue::Number(p) => {
            let (lo, hi) = p.admitted();
            Some((lo.max(0.0), hi.min(100.0)))
        }
        _ => None,
    }
}

/// A count that is part of a national count: id, label, value, base id,
/// source keys.
type Part = (String, String, f64, Option<String>, Vec<String>);

/// A share to estimate: a figure's id and label, the proportions it admits
/// (equal ends for an exact share), its point value if it has one, its
/// interview base and its sources.
#[derive(Clone, Copy)]
struct Share<'a> {
    id: &'a str,
    label: &'a str,
    range: (f64, f64),
    point: Option<f64>,
    base: &'a InterviewBase,
    sources: &'a [String],
}

struct Calculator<'a> {
    ds: &'a Dataset,
    options: &'a EstimateOptions,
    /// The model in use, then the grid's models.
    models: Vec<DesignModel>,
    /// The level, two-sided.
    spec: IntervalSpec,
    /// The share method at that level.
    shares: ProportionInterval,
}

impl Calculator<'_> {
    fn grid(
        &self,
        f: impl Fn(&DesignModel) -> Result<(f64, f64)>,
    ) -> Result<((f64, f64), Vec<GridPoint>)> {
        let main = f(&self.models[0])?;
        let grid = self.models[1..]
            .iter()
            .map(|m| {
                f(m).map(|(lower, upper)| GridPoint {
                    deff: m.deff1,
                    lower,
                    upper,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok((main, grid))
    }

    /// The unit of a national count, as its data gives it.
    fn unit_of(&self, id: &str) -> Result<Unit> {
        self.ds
            .unit(id)
            .cloned()
            .ok_or_else(|| Error::unavailable(id, "the national count has no unit"))
    }

    fn total(&self) -> Result<NationalEstimate> {
        let level = self.options.level;
        let m = &self.models[0];
        let method = CountInterval::new(CountMethod::ScaledPoisson, self.spec);
        let ((lower, upper), grid) = self.grid(|m| {
            let ci = method.compute(&CountData::Total {
                total: m.total,
                mean_weight: m.mean_weight(),
                deff: m.deff1,
            })?;
            Ok((ci.lower, ci.upper))
        })?;
        let f = self.ds.figure(&m.total_id);
        Ok(NationalEstimate {
            id: EstimateId::new(EstimateKind::Total, &m.total_id),
            figure: m.total_id.clone(),
            label: self
                .ds
                .label(&m.total_id)
                .unwrap_or(&m.total_id)
                .to_string(),
            kind: EstimateKind::Total,
            unit: self.unit_of(&m.total_id)?,
            estimate: Some(m.total),
            range: None,
            lower,
            upper,
            level,
            method: EstimateMethod::Interval(Method::Count(CountMethod::ScaledPoisson)),
            assumptions: vec![DEFF1.into(), PHASE1_COUNT.into(), PHASE1_TOTAL.into()],
            assumed_base: false,
            base_n: None,
            grid,
            sources: f.map(|f| f.sources.clone()).unwrap_or_default(),
        })
    }

    fn share_limits(&self, m: &DesignModel, range: (f64, f64), n: f64) -> Result<(f64, f64)> {
        let ci = |p: f64| {
            self.shares.compute(&ProportionData::DesignEffect {
                estimate: p,
                deff: m.deff2,
                n,
            })
        };
        let lo = ci(range.0)?;
        let hi = ci(range.1)?;
        Ok((
            100.0 * lo.lower.min(hi.lower),
            100.0 * lo.upper.max(hi.upper),
        ))
    }

    fn share(&self, s: &Share<'_>) -> Result<NationalEstimate> {
        let Share {
            id,
            label,
            range,
            point,
            base,
            sources,
        } = *s;
        let ((lower, upper), grid) = self.grid(|m| self.share_limits(m, range, base.n))?;
        let mut assumptions = vec![DEFF2.to_string()];
        assumptions.extend(base.assumptions.iter().cloned());
        Ok(NationalEstimate {
            id: EstimateId::new(EstimateKind::Share, id),
            figure: id.to_string(),
            label: format!(
                "{label} (share of {})",
                self.ds.label(&base.represents).unwrap_or(&base.represents)
            ),
            kind: EstimateKind::Share,
            unit: Unit::Percent,
            estimate: point.map(|p| 100.0 * p),
            range: (range.0 != range.1).then_some([100.0 * range.0, 100.0 * range.1]),
            lower,
            upper,
            level: self.options.level,
            method: EstimateMethod::Interval(Method::Proportion(self.options.method)),
            assumptions,
            assumed_base: base.assumed,
            base_n: Some(base.n),
            grid,
            sources: sources.to_vec(),
        })
    }

    /// The squared CV of the national count a base represents.
    ///
    /// # Errors
    /// `ErrorKind::Unavailable` for a count that is neither the national
    /// total nor a share of it with an interview base: its sampling error is
    /// not given by the model (counting only the phase-1 part would
    /// understate it silently).
    fn cv2_of(&self, m: &DesignModel, id: &str) -> Result<f64> {
        if id == m.total_id {
            return Ok(m.cv2_phase1());
        }
        let base = match self.ds.figure(id) {
            Some(f) => m.base_for_figure(f),
            None => m.base_for(id),
        };
        match (self.ds.value(id), base) {
            (Some(x), Some(b)) if b.represents == m.total_id => {
                Ok(m.cv2_phase1() + m.cv2_share(x / m.total, b.n))
            }
            _ => Err(Error::unavailable(
                id,
                "no interview base gives the sampling error of this national count",
            )),
        }
    }

    fn implied_total(&self, s: &Share<'_>) -> Result<NationalEstimate> {
        let Share {
            id,
            label,
            range,
            point,
            base,
            sources,
        } = *s;
        let r = self.ds.value(&base.represents).ok_or_else(|| {
            Error::unavailable(&base.represents, "the national count has no value")
        })?;
        let z = self.spec.z();
        let limits = |m: &DesignModel| -> Result<(f64, f64)> {
            let cv2_represented = self.cv2_of(m, &base.represents)?;
            let bound = |p: f64, sign: f64| {
                if p <= 0.0 {
                    return 0.0;
                }
                let cv = (cv2_represented + m.cv2_share(p, base.n)).sqrt();
                r * p * (sign * z * cv).exp()
            };
            Ok((bound(range.0, -1.0), bound(range.1, 1.0)))
        };
        let ((lower, upper), grid) = self.grid(limits)?;
        let mut assumptions: Vec<String> = vec![
            DEFF1.into(),
            DEFF2.into(),
            PHASE1_COUNT.into(),
            PHASE1_TOTAL.into(),
        ];
        assumptions.extend(base.assumptions.iter().cloned());
        if base.represents != self.models[0].total_id
            && let Some(b) = self.models[0].base_for(&base.represents)
        {
            assumptions.extend(b.assumptions.iter().cloned());
        }
        assumptions.dedup();
        let unit = self.unit_of(&base.represents)?;
        Ok(NationalEstimate {
            id: EstimateId::new(EstimateKind::Total, id),
            figure: id.to_string(),
            label: format!("{label} ({unit})"),
            kind: EstimateKind::Total,
            unit,
            estimate: point.map(|p| r * p),
            range: (range.0 != range.1).then_some([r * range.0, r * range.1]),
            lower,
            upper,
            level: self.options.level,
            method: EstimateMethod::LogDelta,
            assumptions,
            assumed_base: base.assumed,
            base_n: Some(base.n),
            grid,
            sources: sources.to_vec(),
        })
    }
}

#[cfg(feature = "polars")]
impl NationalEstimates {
    /// The estimates as a polars DataFrame: one row per estimate, columns
    /// `id, label, kind, unit, estimate, range_lower, range_upper, lower,
    /// upper, level, method, assumptions, assumed_base, base_n`, then
    /// `lower_deff_D` and `upper_deff_D` for each design effect of the grid,
    /// and `dataset, version, checksum` on every row.
    ///
    /// # Errors
    /// `ErrorKind::Polars` if polars fails.
    ///
    /// ```
    /// use njov::{Dataset, EstimateOptions, national_estimates};
    /// let ds = Dataset::latest().unwrap();
    /// let est = national_estimates(&ds, &EstimateOptions::default()).unwrap();
    /// let df = est.to_frame().unwrap();
    /// assert_eq!(df.height(), est.estimates.len());
    /// assert!(df.column("upper_deff_3").is_ok());
    /// ```
    pub fn to_frame(&self) -> Result<polars::prelude::DataFrame> {
        use polars::prelude::{Column, DataFrame};
        let e = &self.estimates;
        let text =
            |f: &dyn Fn(&NationalEstimate) -> String| -> Vec<String> { e.iter().map(f).collect() };
        let num = |f: &dyn Fn(&NationalEstimate) -> Option<f64>| -> Vec<Option<f64>> {
            e.iter().map(f).collect()
        };
        let mut columns = vec![
            Column::new("id".into(), text(&|x| x.id.to_string())),
            Column::new("label".into(), text(&|x| x.label.clone())),
            Column::new(
                "kind".into(),
                text(&|x| match x.kind {
                    EstimateKind::Total => "total".into(),
                    EstimateKind::Share => "share".into(),
                }),
            ),
            Column::new("unit".into(), text(&|x| x.unit.to_string())),
            Column::new("estimate".into(), num(&|x| x.estimate)),
            Column::new("range_lower".into(), num(&|x| x.range.map(|r| r[0]))),
            Column::new("range_upper".into(), num(&|x| x.range.map(|r| r[1]))),
            Column::new("lower".into(), num(&|x| Some(x.lower))),
            Column::new("upper".into(), num(&|x| Some(x.upper))),
            Column::new("level".into(), num(&|x| Some(x.level))),
            Column::new("method".into(), text(&|x| x.method.to_string())),
            Column::new("assumptions".into(), text(&|x| x.assumptions.join(";"))),
            Column::new(
                "assumed_base".into(),
                e.iter().map(|x| x.assumed_base).collect::<Vec<bool>>(),
            ),
            Column::new("base_n".into(), num(&|x| x.base_n)),
        ];
        for (k, deff) in DEFF_GRID.iter().enumerate() {
            columns.push(Column::new(
                format!("lower_deff_{deff}").into(),
                num(&|x| x.grid.get(k).map(|g| g.lower)),
            ));
            columns.push(Column::new(
                format!("upper_deff_{deff}").into(),
                num(&|x| x.grid.get(k).map(|g| g.upper)),
            ));
        }
        columns.extend(self.dataset.frame_columns(e.len()));
        Ok(DataFrame::new(e.len(), columns)?)
    }
}
