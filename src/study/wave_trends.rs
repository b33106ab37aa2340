//! Trend estimates of the study between any two waves, for every measure
//! both waves hold under the same definition: the difference, ratio and
//! percentage change of a count, or the change of a share in percentage
//! points, each with its interval under the two waves' design models
//! ([`WaveDesigns`]) and across the design-effect grid.
//!
//! ```text
//! measure kind    the wave's estimate                          the change
//! total           T, CV^2 = deff1 / n1                         Trend (log-ratio delta)
//! category        X = T p, CV^2 = deff1 / n1                   Trend
//!                   + deff2 (1 - p) / (p n)
//! share           p in [l, u] (printed precision or wording),  ShareChange (points)
//!                   n = the wave's interview base, deff2
//! subgroup_share  no interview base published                  none (reason given)
//! context         not an N-JOV estimate                        none
//! design          a count of the sample design                 none
//! ```
//!
//! The math is in [`trend`](crate::study::trend); this module reads the
//! dataset: which figure of which wave measures what, each wave's design,
//! and the refusal of a comparison across definitions.
//!
//! ```
//! use njov::study::{EstimateOptions, trend_between};
//! let ds = njov::Dataset::load("njov_trends", Some("1.1.0"))?;
//! let t = trend_between(&ds, "w2000.total", "w2006.total", &EstimateOptions::default())?;
//! let c = t.change.count().unwrap();
//! assert!((c.ratio.estimate - 7010.0 / 2577.0).abs() < 1e-12);
//! assert!(c.percent_change.lower > 150.0 && c.percent_change.upper < 190.0);
//! // Solicitations of undercover investigators against all undercover operations: refused.
//! let err = trend_between(&ds, "w2000.undercover_solicitation", "w2006.undercover_operations",
//!                         &EstimateOptions::default()).unwrap_err().to_string();
//! assert!(err.contains("soliciting undercover investigators") && err.contains("undercover operations"));
//! # Ok::<(), njov::Error>(())
//! ```

use serde::Serialize;

use crate::data::{Dataset, Figure, MeasureKind, Provenance, Unit};
use crate::error::{Error, ErrorKind, Result};
use crate::study::design::DEFF_GRID;
use crate::study::national::{EstimateOptions, percent_range};
use crate::study::trend::{
    Direction, Measured, ShareChange, Trend, WaveCount, WaveShare, comparable,
};
use crate::study::wave_design::{WaveDesign, WaveDesigns};

/// One side of a trend: a figure of a wave.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WavePoint {
    /// The figure's id.
    pub figure: String,
    /// The wave's id.
    pub wave: String,
    /// The wave's name for a reader (`2006`).
    pub wave_label: String,
    /// The figure's quantity.
    pub quantity: String,
    /// The figure as printed (number, wording or both).
    pub printed: String,
    /// The number, when there is one.
    pub value: Option<f64>,
    /// The values a share admits (its printed precision or its wording),
    /// percent; `None` for a count.
    pub range: Option<[f64; 2]>,
}

/// The change between two waves: of a count, or of a share.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    /// A count: difference, ratio and percentage change.
    Count(Trend),
    /// A share: the change in percentage points.
    Share(ShareChange),
}

impl Change {
    /// The change of a count, if it is one.
    pub fn count(&self) -> Option<&Trend> {
        match self {
            Change::Count(t) => Some(t),
            Change::Share(_) => None,
        }
    }

    /// The change of a share, if it is one.
    pub fn share(&self) -> Option<&ShareChange> {
        match self {
            Change::Share(s) => Some(s),
            Change::Count(_) => None,
        }
    }

    /// Which way the change goes, as far as its interval tells.
    pub fn direction(&self) -> Direction {
        match self {
            Change::Count(t) => t.direction(),
            Change::Share(s) => s.direction,
        }
    }

    /// The headline interval: the percentage change of a count, the change
    /// in points of a share.
    pub fn headline(&self) -> (Option<f64>, f64, f64) {
        match self {
            Change::Count(t) => (
                Some(t.percent_change.estimate),
                t.percent_change.lower,
                t.percent_change.upper,
            ),
            Change::Share(s) => (s.estimate, s.lower, s.upper),
        }
    }
}

/// The change at one design effect of the grid (both phases, both waves).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ChangeAt {
    /// The design effect.
    pub deff: f64,
    /// The change under it.
    pub change: Change,
}

/// A trend estimate between two waves of one measure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendEstimate {
    /// `<from figure>-><to figure>`.
    pub id: String,
    /// The measure's id.
    pub measure: String,
    /// The measure's short name.
    pub label: String,
    /// The measure's definition.
    pub definition: String,
    /// The measure's kind.
    pub measure_kind: MeasureKind,
    /// The earlier side (as given: `from` may be the later wave).
    pub from: WavePoint,
    /// The later side.
    pub to: WavePoint,
    /// The confidence level.
    pub level: f64,
    /// The design effect applied to every phase of both waves, when one
    /// was chosen; `None` when each wave's design effects come from its
    /// model.
    pub deff: Option<f64>,
    /// The change under the waves' models (or the chosen design effect).
    pub change: Change,
    /// The change at each design effect of the grid.
    pub grid: Vec<ChangeAt>,
    /// The ids of the model's numbers the interval rests on.
    pub assumptions: Vec<String>,
    /// Those of them that are assumed rather than published.
    pub assumed: Vec<String>,
    /// The source keys of the two figures.
    pub sources: Vec<String>,
}

impl TrendEstimate {
    /// A reader's title: `label, 2000 -> 2006`.
    ///
    /// ```
    /// use njov::study::{EstimateOptions, trend_between};
    /// let ds = njov::Dataset::load("njov_trends", Some("1.1.0")).unwrap();
    /// let t = trend_between(&ds, "w2000.cp_only", "w2006.cp_only", &EstimateOptions::default()).unwrap();
    /// assert_eq!(t.title(), "child pornography only, 2000 -> 2006");
    /// ```
    pub fn title(&self) -> String {
        format!(
            "{}, {} -> {}",
            self.label, self.from.wave_label, self.to.wave_label
        )
    }
}

/// Two figures of one measure that carry no trend interval, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NoTrend {
    /// The measure's id.
    pub measure: String,
    /// The measure's short name.
    pub label: String,
    /// The earlier figure.
    pub from: String,
    /// The later figure.
    pub to: String,
    /// Why there is no interval.
    pub reason: String,
}

/// Every trend estimate of a dataset.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendEstimates {
    /// What they were computed from.
    pub dataset: Provenance,
    /// The design model of each wave.
    pub designs: WaveDesigns,
    /// The confidence level.
    pub level: f64,
    /// The design effect chosen for every phase of every wave, if any.
    pub deff: Option<f64>,
    /// The trends: for each measure, each pair of waves (earlier first).
    pub trends: Vec<TrendEstimate>,
    /// Pairs of figures of one measure without an interval, with the reason.
    pub unavailable: Vec<NoTrend>,
}

impl TrendEstimates {
    /// The trend between two figures, in either order.
    pub fn get(&self, from: &str, to: &str) -> Option<&TrendEstimate> {
        self.trends
            .iter()
            .find(|t| t.from.figure == from && t.to.figure == to)
    }
}

/// Whether a dataset has waves to compute trends between.
///
/// ```
/// assert!(njov::study::has_waves(&njov::Dataset::load("njov_trends", None).unwrap()));
/// assert!(!njov::study::has_waves(&njov::Dataset::latest().unwrap()));
/// ```
pub fn has_waves(ds: &Dataset) -> bool {
    !ds.waves().is_empty() && !ds.figure_measures().is_empty()
}

/// Every trend between two waves of a measure both hold: for each measure,
/// each pair of waves whose figures both have a value (or a wording),
/// earlier wave first.
///
/// `options.level` and `options.deff` are used; `options.method` is not
/// (the change of a share uses the Wald interval of a difference, see
/// [`ShareChange`]).
///
/// # Errors
/// As [`WaveDesigns::from_dataset`]; `ErrorKind::InvalidArgument` for a
/// level outside (0, 1) or a non-positive design effect.
///
/// ```
/// use njov::study::{EstimateOptions, trend_estimates};
/// let ds = njov::Dataset::load("njov_trends", Some("1.1.0")).unwrap();
/// let all = trend_estimates(&ds, &EstimateOptions::default()).unwrap();
/// // All arrests: 2000 -> 2006, 2000 -> 2009, 2006 -> 2009.
/// assert_eq!(all.trends.iter().filter(|t| t.measure == "total").count(), 3);
/// assert!(all.get("w2000.federal", "w2006.federal").unwrap().change.share().is_some());
/// ```
pub fn trend_estimates(ds: &Dataset, options: &EstimateOptions) -> Result<TrendEstimates> {
    let designs = WaveDesigns::from_dataset(ds)?;
    check_options(options)?;
    let mut trends = Vec::new();
    let mut unavailable = Vec::new();
    let waves: Vec<&str> = ds.waves();
    for m in ds.measures() {
        let of_wave = |w: &str| {
            ds.figure_measures()
                .iter()
                .find(|l| l.measure == m.id && l.wave == w)
                .and_then(|l| ds.figure(&l.figure))
        };
        for (i, a) in waves.iter().enumerate() {
            for b in &waves[i + 1..] {
                let (Some(fa), Some(fb)) = (of_wave(a), of_wave(b)) else {
                    continue;
                };
                match pair(ds, &designs, fa, fb, options) {
                    Ok(t) => trends.push(t),
                    Err(e) => unavailable.push(NoTrend {
                        measure: m.id.clone(),
                        label: m.label.clone(),
                        from: fa.id.clone(),
                        to: fb.id.clone(),
                        reason: match e.into_kind() {
                            ErrorKind::Unavailable { reason, .. } => reason,
                            other => Error::new(other).to_string(),
                        },
                    }),
                }
            }
        }
    }
    Ok(TrendEstimates {
        dataset: ds.provenance().clone(),
        designs,
        level: options.level,
        deff: options.deff,
        trends,
        unavailable,
    })
}

/// The trend from one figure to another: any two figures of a dataset that
/// measure the same definition in two waves.
///
/// # Errors
/// `ErrorKind::InvalidArgument` naming the id when a figure does not exist
/// or names no measure, and naming both figures and
/// both definitions when they measure different definitions, and naming the
/// wave when both are of one wave; `ErrorKind::Unavailable` with the reason
/// when the measure carries no model interval (a subgroup share without a
/// base, a figure from outside the study, a count of the sample design, a
/// figure that is not published); as [`trend_estimates`] otherwise.
///
/// ```
/// use njov::study::{EstimateOptions, trend_between};
/// let ds = njov::Dataset::load("njov_trends", Some("1.1.0")).unwrap();
/// let opts = EstimateOptions::default();
/// let t = trend_between(&ds, "w2000.federal", "w2006.federal", &opts).unwrap();
/// let s = t.change.share().unwrap();
/// assert!(s.upper < 0.0 && s.larger_than_interval());
/// let err = trend_between(&ds, "w2000.interviews", "w2006.interviews", &opts).unwrap_err();
/// assert!(matches!(err.kind(), njov::ErrorKind::Unavailable { .. }));
/// ```
pub fn trend_between(
    ds: &Dataset,
    from: &str,
    to: &str,
    options: &EstimateOptions,
) -> Result<TrendEstimate> {
    let figure = |name: &str, id: &str| {
        ds.figure(id)
            .filter(|_| ds.measure_of(id).is_some())
            .ok_or_else(|| {
                Error::invalid_argument(
                    name,
                    id,
                    format!(
                        "the id of a figure of {} that names its measure (see `njov data show figure_measures`)",
                        ds.provenance().id
                    ),
                )
            })
    };
    let (fa, fb) = (figure("from", from)?, figure("to", to)?);
    let designs = WaveDesigns::from_dataset(ds)?;
    check_options(options)?;
    pair(ds, &designs, fa, fb, options)
}

fn check_options(options: &EstimateOptions) -> Result<()> {
    if !(options.level.is_finite() && options.level > 0.0 && options.level < 1.0) {
        return Err(Error::invalid_argument(
            "level",
            options.level,
            "a confidence level strictly between 0 and 1",
        ));
    }
    if let Some(d) = options.deff
        && !(d.is_finite() && d > 0.0)
    {
        return Err(Error::invalid_argument("deff", d, "a finite number > 0"));
    }
    Ok(())
}

fn measured<'a>(ds: &'a Dataset, f: &'a Figure) -> Result<Measured<'a>> {
    let link = ds
        .measure_of(&f.id)
        .ok_or_else(|| Error::unavailable(&f.id, "the figure names no measure"))?;
    let m = ds
        .measure(&link.measure)
        .ok_or_else(|| Error::unavailable(&f.id, "its measure is not defined"))?;
    Ok(Measured {
        figure: &f.id,
        wave: &link.wave,
        measure: &m.id,
        definition: &m.definition,
    })
}

fn point(f: &Figure, wave: &WaveDesign, range: Option<(f64, f64)>) -> WavePoint {
    WavePoint {
        figure: f.id.clone(),
        wave: wave.wave.clone(),
        wave_label: wave.label.clone(),
        quantity: f.quantity.clone(),
        printed: match (f.value.printed(), &f.wording) {
            (Some(v), Some(w)) => format!("{v} (\"{w}\")"),
            (Some(v), None) => v,
            (None, Some(w)) => format!("\"{w}\""),
            (None, None) => "not published".into(),
        },
        value: f.value.number(),
        range: range.map(|(l, u)| [l, u]),
    }
}

/// The trend between two figures, after the checks.
fn pair(
    ds: &Dataset,
    designs: &WaveDesigns,
    fa: &Figure,
    fb: &Figure,
    options: &EstimateOptions,
) -> Result<TrendEstimate> {
    let (ma, mb) = (measured(ds, fa)?, measured(ds, fb)?);
    comparable(&ma, &mb)?;
    let measure = ds
        .measure(ma.measure)
        .expect("a figure's measure is checked on load");
    let design = |w: &str| {
        designs
            .wave(w)
            .ok_or_else(|| Error::unavailable(w, "the wave has no design model"))
    };
    let (wa, wb) = (design(ma.wave)?, design(mb.wave)?);
    for f in [fa, fb] {
        if f.value.number().is_none() && f.wording.is_none() {
            return Err(Error::unavailable(
                &f.id,
                format!("'{}' is not published", f.id),
            ));
        }
    }
    let no_interval = |why: &str| Err(Error::unavailable(&measure.id, why.to_string()));
    let mut assumptions: Vec<String> = Vec::new();
    let mut uses = |w: &WaveDesign, which: &[&str]| {
        for v in w.values() {
            if which.iter().any(|s| v.id.ends_with(s)) {
                assumptions.extend(v.rests_on.iter().cloned());
            }
        }
    };
    let (change, grid, range_a, range_b) = match measure.kind {
        MeasureKind::Total | MeasureKind::Category => {
            let count = |f: &Figure, w: &WaveDesign| -> Result<WaveCount> {
                let value = f
                    .value
                    .number()
                    .ok_or_else(|| Error::unavailable(&f.id, "no number is published"))?;
                if measure.kind == MeasureKind::Total {
                    return Ok(WaveCount::Total {
                        total: value,
                        n1: w.n1.value,
                    });
                }
                if !w.base_applies_to.contains(&measure.id) {
                    return Err(Error::unavailable(
                        &f.id,
                        format!(
                            "no interview base of wave {} applies to '{}'",
                            w.label, measure.id
                        ),
                    ));
                }
                Ok(WaveCount::Category {
                    value,
                    total: w.total.value,
                    n1: w.n1.value,
                    n: w.base_all.value,
                })
            };
            let (ca, cb) = (count(fa, wa)?, count(fb, wb)?);
            let at = |d1a: f64, d2a: f64, d1b: f64, d2b: f64| -> Result<Change> {
                let a = ca.estimate(d1a, d2a)?;
                let b = cb.estimate(d1b, d2b)?;
                Ok(Change::Count(Trend::compute(&a, &b, options.level)?))
            };
            let change = match options.deff {
                Some(d) => at(d, d, d, d)?,
                None => at(
                    wa.deff1.value,
                    wa.deff2.value,
                    wb.deff1.value,
                    wb.deff2.value,
                )?,
            };
            let grid = DEFF_GRID
                .iter()
                .map(|&d| {
                    Ok(ChangeAt {
                        deff: d,
                        change: at(d, d, d, d)?,
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            let mut which = vec!["deff.phase1", "phase1.arrests_reported", "phase1.total"];
            if measure.kind == MeasureKind::Category {
                which.extend(["deff.phase2", "base.all"]);
            }
            uses(wa, &which);
            uses(wb, &which);
            // The phase-1 errors of the two waves are taken as independent.
            assumptions.push(designs.phase1_correlation.id.clone());
            (change, grid, None, None)
        }
        MeasureKind::Share => {
            let share = |f: &Figure, w: &WaveDesign| -> Result<(WaveShare, (f64, f64))> {
                if !w.base_applies_to.contains(&measure.id) {
                    return Err(Error::unavailable(
                        &f.id,
                        format!(
                            "no interview base of wave {} applies to '{}'",
                            w.label, measure.id
                        ),
                    ));
                }
                let (l, u) = percent_range(f).ok_or_else(|| {
                    Error::unavailable(
                        &f.id,
                        format!(
                            "its wording \"{}\" admits no range of percentages",
                            f.wording.as_deref().unwrap_or("")
                        ),
                    )
                })?;
                Ok((WaveShare::range(l, u, w.base_all.value)?, (l, u)))
            };
            let ((sa, ra), (sb, rb)) = (share(fa, wa)?, share(fb, wb)?);
            let at = |da: f64, db: f64| -> Result<Change> {
                Ok(Change::Share(ShareChange::compute(
                    &sa,
                    &sb,
                    da,
                    db,
                    options.level,
                )?))
            };
            let change = match options.deff {
                Some(d) => at(d, d)?,
                None => at(wa.deff2.value, wb.deff2.value)?,
            };
            let grid = DEFF_GRID
                .iter()
                .map(|&d| {
                    Ok(ChangeAt {
                        deff: d,
                        change: at(d, d)?,
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            uses(wa, &["deff.phase2", "base.all"]);
            uses(wb, &["deff.phase2", "base.all"]);
            (change, grid, Some(ra), Some(rb))
        }
        MeasureKind::SubgroupShare => {
            return no_interval(
                "a share of a subgroup whose interview count is not published carries no model interval",
            );
        }
        MeasureKind::Context => {
            return no_interval("not an estimate of the study: no model interval");
        }
        MeasureKind::Design => {
            return no_interval("a count of the sample design, not an estimate: no trend");
        }
    };
    let mut seen = std::collections::BTreeSet::new();
    assumptions.retain(|a| seen.insert(a.clone()));
    let assumed = assumptions
        .iter()
        .filter(|a| designs.value(a).is_some_and(|v| v.assumed))
        .cloned()
        .collect();
    let mut sources = fa.sources.clone();
    sources.extend(
        fb.sources
            .iter()
            .filter(|s| !fa.sources.contains(s))
            .cloned(),
    );
    debug_assert!(measure.unit == Unit::Percent || measure.unit.is_count());
    Ok(TrendEstimate {
        id: format!("{}->{}", fa.id, fb.id),
        measure: measure.id.clone(),
        label: measure.label.clone(),
        definition: measure.definition.clone(),
        measure_kind: measure.kind,
        from: point(fa, wa, range_a),
        to: point(fb, wb, range_b),
        level: options.level,
        deff: options.deff,
        change,
        grid,
        assumptions,
        assumed,
        sources,
    })
}

#[cfg(feature = "polars")]
impl TrendEstimates {
    /// The trends as a polars DataFrame: one row per trend, columns `id,
    /// measure, label, definition, kind` (`count` or `share`), `from_figure,
    /// to_figure, from_wave, to_wave, from_value, to_value, level, deff`;
    /// for a count `difference, difference_lower, difference_upper, ratio,
    /// ratio_lower, ratio_upper, percent_change, percent_change_lower,
    /// percent_change_upper`; for a share `change_points,
    /// change_points_lower, change_points_upper`; then `direction,
    /// larger_than_interval`, the headline interval (percentage change or
    /// points) at each design effect of the grid as `lower_deff_D,
    /// upper_deff_D`, `assumptions, assumed`, and `dataset, version,
    /// checksum` on every row.
    ///
    /// # Errors
    /// `ErrorKind::Polars` if polars fails.
    ///
    /// ```
    /// use njov::study::{EstimateOptions, trend_estimates};
    /// let ds = njov::Dataset::load("njov_trends", None).unwrap();
    /// let df = trend_estimates(&ds, &EstimateOptions::default()).unwrap().to_frame().unwrap();
    /// assert_eq!(df.height(), 12);
    /// assert!(df.column("percent_change_upper").is_ok() && df.column("checksum").is_ok());
    /// ```
    pub fn to_frame(&self) -> Result<polars::prelude::DataFrame> {
        use polars::prelude::{Column, DataFrame};
        let t = &self.trends;
        let text =
            |f: &dyn Fn(&TrendEstimate) -> String| -> Vec<String> { t.iter().map(f).collect() };
        let num = |f: &dyn Fn(&TrendEstimate) -> Option<f64>| -> Vec<Option<f64>> {
            t.iter().map(f).collect()
        };
        let count = |f: &dyn Fn(&Trend) -> f64| -> Vec<Option<f64>> {
            t.iter().map(|x| x.change.count().map(f)).collect()
        };
        let mut columns = vec![
            Column::new("id".into(), text(&|x| x.id.clone())),
            Column::new("measure".into(), text(&|x| x.measure.clone())),
            Column::new("label".into(), text(&|x| x.label.clone())),
            Column::new("definition".into(), text(&|x| x.definition.clone())),
            Column::new(
                "kind".into(),
                text(&|x| match x.change {
                    Change::Count(_) => "count".into(),
                    Change::Share(_) => "share".into(),
                }),
            ),
            Column::new("from_figure".into(), text(&|x| x.from.figure.clone())),
            Column::new("to_figure".into(), text(&|x| x.to.figure.clone())),
            Column::new("from_wave".into(), text(&|x| x.from.wave.clone())),
            Column::new("to_wave".into(), text(&|x| x.to.wave.clone())),
            Column::new("from_value".into(), num(&|x| x.from.value)),
            Column::new("to_value".into(), num(&|x| x.to.value)),
            Column::new("level".into(), num(&|x| Some(x.level))),
            Column::new("deff".into(), num(&|x| x.deff)),
            Column::new("difference".into(), count(&|c| c.difference.estimate)),
            Column::new("difference_lower".into(), count(&|c| c.difference.lower)),
            Column::new("difference_upper".into(), count(&|c| c.difference.upper)),
            Column::new("ratio".into(), count(&|c| c.ratio.estimate)),
            Column::new("ratio_lower".into(), count(&|c| c.ratio.lower)),
            Column::new("ratio_upper".into(), count(&|c| c.ratio.upper)),
            Column::new(
                "percent_change".into(),
                count(&|c| c.percent_change.estimate),
            ),
            Column::new(
                "percent_change_lower".into(),
                count(&|c| c.percent_change.lower),
            ),
            Column::new(
                "percent_change_upper".into(),
                count(&|c| c.percent_change.upper),
            ),
            Column::new(
                "change_points".into(),
                num(&|x| x.change.share().and_then(|s| s.estimate)),
            ),
            Column::new(
                "change_points_lower".into(),
                num(&|x| x.change.share().map(|s| s.lower)),
            ),
            Column::new(
                "change_points_upper".into(),
                num(&|x| x.change.share().map(|s| s.upper)),
            ),
            Column::new(
                "direction".into(),
                text(&|x| match x.change.direction() {
                    Direction::Increase => "increase".into(),
                    Direction::Decrease => "decrease".into(),
                    Direction::Undetermined => "undetermined".into(),
                }),
            ),
            Column::new(
                "larger_than_interval".into(),
                t.iter()
                    .map(|x| x.change.direction() != Direction::Undetermined)
                    .collect::<Vec<bool>>(),
            ),
        ];
        for (k, deff) in DEFF_GRID.iter().enumerate() {
            columns.push(Column::new(
                format!("lower_deff_{deff}").into(),
                num(&|x| x.grid.get(k).map(|g| g.change.headline().1)),
            ));
            columns.push(Column::new(
                format!("upper_deff_{deff}").into(),
                num(&|x| x.grid.get(k).map(|g| g.change.headline().2)),
            ));
        }
        columns.push(Column::new(
            "assumptions".into(),
            text(&|x| x.assumptions.join(";")),
        ));
        columns.push(Column::new(
            "assumed".into(),
            text(&|x| x.assumed.join(";")),
        ));
        columns.extend(self.dataset.frame_columns(t.len()));
        Ok(DataFrame::new(t.len(), columns)?)
    }
}
