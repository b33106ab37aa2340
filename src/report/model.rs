//! The reproduction report's results: the published figures table by
//! table, what is recomputed from them, the national estimates, the trends
//! and the judged statements, built from a dataset. How it is shown is
//! `sections` (its document) and `render` (each format's renderer).

use serde::Serialize;

use super::summary::{self, Summary};
use crate::data::{Dataset, Figure, FigureValue, Provenance, Schema, Status, Unit};
use crate::error::Result;
use crate::study::{
    DerivedFigure, DesignModel, EstimateOptions, LedgerEntry, NationalEstimate, NoEstimate,
    TrendEstimates, derive_all, has_waves, judge_ledger_with_trends, national_estimates,
    trend_estimates,
};

/// A published figure as the report shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureLine {
    /// The figure's id.
    pub id: String,
    /// What it measures.
    pub quantity: String,
    /// The value as printed (number with its precision, period, or words).
    pub printed: String,
    /// The number, when there is one.
    pub value: Option<f64>,
    /// The unit.
    pub unit: Unit,
    /// The source keys.
    pub sources: Vec<String>,
    /// Printed, secondary or not published.
    pub status: Status,
    /// Notes.
    pub note: Option<String>,
}

/// One table of the report: its figures and what is recomputed from them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportTable {
    /// The table's name.
    pub name: String,
    /// Its description from the manifest.
    pub description: String,
    /// The published figures.
    pub figures: Vec<FigureLine>,
    /// The recomputed figures.
    pub derived: Vec<DerivedFigure>,
}

/// The reproduction report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Dataset id, version and manifest checksum.
    pub dataset: Provenance,
    /// The dataset's title.
    pub title: String,
    /// What a reader wants first: each statement's verdict in one line,
    /// then the headline estimates.
    pub summary: Summary,
    /// Table by table, in manifest order.
    pub tables: Vec<ReportTable>,
    /// Recomputed figures that belong to no single table (sums of categories).
    pub derived: Vec<DerivedFigure>,
    /// The design model the intervals rest on; `None` for a dataset without
    /// the model's assumptions table.
    pub model: Option<DesignModel>,
    /// National estimates with intervals (keys `id, label, estimate, lower,
    /// upper, method, assumptions` and more).
    pub estimates: Vec<NationalEstimate>,
    /// Published figures that carry no interval, with the reason.
    pub no_estimate: Vec<NoEstimate>,
    /// The trends between waves, with each wave's design model; `None`
    /// for a dataset without waves.
    pub trends: Option<TrendEstimates>,
    /// Every published statement and wording, judged.
    pub claims: Vec<LedgerEntry>,
}

impl Report {
    /// Builds the report for a dataset.
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// let report = njov::Report::build(&ds).unwrap();
    /// assert_eq!(report.dataset.id, "njov1");
    /// let text = report.render(njov::Format::Markdown).unwrap();
    /// assert!(text.contains("2577"));
    /// ```
    pub fn build(ds: &Dataset) -> Result<Report> {
        Report::build_with(ds, &EstimateOptions::default())
    }

    /// Builds the report with chosen estimation options (level, share
    /// method, design effect).
    ///
    /// # Errors
    /// As [`national_estimates`]: a dataset
    /// without the design model's assumptions, a level outside (0, 1), a
    /// non-positive design effect.
    ///
    /// ```
    /// use njov::{Dataset, EstimateOptions, Report};
    /// let ds = Dataset::latest().unwrap();
    /// let opts = EstimateOptions { deff: Some(2.0), ..EstimateOptions::default() };
    /// let r = Report::build_with(&ds, &opts).unwrap();
    /// assert_eq!(r.model.unwrap().deff1, 2.0);
    /// ```
    pub fn build_with(ds: &Dataset, options: &EstimateOptions) -> Result<Report> {
        let derived = derive_all(ds);
        // A dataset without the design model's assumptions (a trends table)
        // has figures and claims but no model-based intervals.
        let national = if ds.assumptions().is_empty() {
            None
        } else {
            Some(national_estimates(ds, options)?)
        };
        let trends = if has_waves(ds) {
            Some(trend_estimates(ds, options)?)
        } else {
            None
        };
        let claims = judge_ledger_with_trends(ds, national.as_ref(), trends.as_ref());
        let tables = ds
            .manifest()
            .tables
            .iter()
            .filter(|t| t.schema == Schema::Figures)
            .map(|t| ReportTable {
                name: t.name.clone(),
                description: t.description.clone(),
                figures: ds.figures_of(&t.name).map(figure_line).collect(),
                derived: derived
                    .iter()
                    .filter(|d| d.table == t.name)
                    .cloned()
                    .collect(),
            })
            .collect();
        let estimates = national
            .as_ref()
            .map(|n| n.estimates.clone())
            .unwrap_or_default();
        Ok(Report {
            dataset: ds.provenance().clone(),
            title: ds.manifest().title.clone(),
            summary: summary::summarise(&claims, &estimates, trends.as_ref()),
            tables,
            // What belongs to no figures table (sums of categories, in
            // the derived table) is shown on its own.
            derived: derived
                .iter()
                .filter(|d| {
                    !ds.manifest()
                        .tables
                        .iter()
                        .any(|t| t.schema == Schema::Figures && t.name == d.table)
                })
                .cloned()
                .collect(),
            model: national.as_ref().map(|n| n.model.clone()),
            estimates,
            no_estimate: national.map(|n| n.unavailable).unwrap_or_default(),
            trends,
            claims,
        })
    }

    /// The report restricted to some tables: their figures and recomputed
    /// figures, the derived quantities built from them, and the statements
    /// about them.
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// let r = njov::Report::build(&ds).unwrap().only(&["arrest_categories"]);
    /// assert_eq!(r.tables.len(), 1);
    /// assert!(r.claims.iter().any(|c| c.claim.id == "release.identified_victims"));
    /// ```
    pub fn only(mut self, tables: &[&str]) -> Report {
        let prefixes: Vec<String> = self
            .tables
            .iter()
            .filter(|t| tables.contains(&t.name.as_str()))
            .flat_map(|t| t.figures.iter().map(|f| f.id.clone()))
            .collect();
        let about = |id: &str| prefixes.iter().any(|p| p == id);
        self.tables.retain(|t| tables.contains(&t.name.as_str()));
        self.derived
            .retain(|d| d.base.as_deref().is_some_and(about) || about(&d.of));
        let derived_ids: Vec<String> = self.derived.iter().map(|d| d.of.clone()).collect();
        self.estimates
            .retain(|e| about(&e.figure) || derived_ids.contains(&e.figure));
        self.no_estimate.retain(|e| about(&e.id));
        self.claims.retain(|c| {
            c.measures()
                .first()
                .is_some_and(|m| about(m) || derived_ids.iter().any(|d| d == m))
        });
        if let Some(t) = &mut self.trends {
            t.trends
                .retain(|x| about(&x.from.figure) || about(&x.to.figure));
            t.unavailable.retain(|x| about(&x.from) || about(&x.to));
        }
        self.summary = summary::summarise(&self.claims, &self.estimates, self.trends.as_ref());
        self
    }
}

/// A figure's printed form: its number at its printed precision, its period,
/// or its words; the words follow the number when both exist.
pub(crate) fn printed(value: &FigureValue, wording: Option<&str>) -> String {
    match (value.printed(), wording) {
        (Some(v), Some(w)) => format!("{v} (\"{w}\")"),
        (Some(v), None) => v,
        (None, Some(w)) => format!("\"{w}\""),
        (None, None) => "not published".to_string(),
    }
}

fn figure_line(f: &Figure) -> FigureLine {
    FigureLine {
        id: f.id.clone(),
        quantity: f.quantity.clone(),
        printed: printed(&f.value, f.wording.as_deref()),
        value: f.value.number(),
        unit: f.unit.clone(),
        sources: f.sources.clone(),
        status: f.status,
        note: f.note.clone(),
    }
}
