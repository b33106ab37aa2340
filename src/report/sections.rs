//! The report as a [`Document`], built once from its results; every format
//! for reading is this document through its renderer. The summary comes
//! first, then the trends, the national estimates, the judged statements and
//! the published figures with what is recomputed from them.

use super::document::{
    Block, Cell, Column, Document, Section, Table, TableAudience, Tone, VerdictLine, VerdictMark,
};
use super::format::Format;
use super::model::{FigureLine, Report};
use super::render::render_document;
use super::summary::Summary;
use super::trend::{csv_stats, direction_words, grid_point, trends_section};
use crate::claims::Verdict;
use crate::data::Unit;
use crate::error::{Error, Result};
use crate::study::{DerivationKind, DerivedFigure, EstimateKind, LedgerEntry, NationalEstimate};

/// A number for reading: percentages with two decimals, counts with up to
/// one (implied counts are rarely whole).
pub(crate) fn number(value: f64, unit: &Unit) -> String {
    if *unit == Unit::Percent {
        format!("{value:.2}%")
    } else if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

/// The report as a document.
pub(crate) fn document(r: &Report) -> Document {
    let mut doc = Document::new(&r.title);
    doc.subtitle = Some(format!("dataset: {}", r.dataset));
    doc.footer = Some(format!(
        "Computed by njov from {} {} (manifest sha256 {}). Aggregate statistics only.",
        r.dataset.id, r.dataset.version, r.dataset.checksum
    ));
    doc.push(Block::Section(summary(&r.summary)));
    if let Some(t) = &r.trends {
        doc.push(Block::Section(trends_section(r, t)));
    }
    if !r.estimates.is_empty() {
        doc.push(Block::Section(estimates(r)));
    }
    if !r.claims.is_empty() {
        doc.push(Block::Section(claims(&r.claims)));
    }
    if !r.tables.is_empty() || !r.derived.is_empty() {
        doc.push(Block::Section(figures(r)));
    }
    doc.push(Block::Table(data_table(r)));
    doc
}

/// A verdict's mark: its word as the JSON spells it, and its tone.
pub(crate) fn verdict_mark(v: Verdict) -> VerdictMark {
    let tone = match v {
        Verdict::Reproduced | Verdict::Consistent => Tone::Holds,
        Verdict::Inconsistent => Tone::Fails,
        Verdict::Unverifiable => Tone::Open,
    };
    VerdictMark::new(v.to_string(), tone)
}

/// A reading table (the data formats have the long table instead).
fn reading(columns: Vec<Column>) -> Table {
    Table::new(columns).for_audience(TableAudience::Reading)
}

/// The summary: each statement's verdict in one line, by group, then the
/// headline estimates.
fn summary(s: &Summary) -> Section {
    let mut section = Section::new("Summary").anchored("summary", "Summary");
    let tones = [Tone::Holds, Tone::Fails, Tone::Open];
    for ((heading, lines), tone) in s.groups().into_iter().zip(tones) {
        let mut group = Section::new(format!("{heading} ({})", lines.len())).toned(tone);
        if !lines.is_empty() {
            group.push(Block::Verdicts {
                lines: lines
                    .iter()
                    .map(|l| VerdictLine {
                        verdict: verdict_mark(l.verdict),
                        id: l.id.clone(),
                        text: l.line.clone(),
                        source: l.source.clone(),
                    })
                    .collect(),
            });
        }
        section.push(Block::Section(group));
    }
    if let Some(first) = s.headline.first() {
        let mut headline = Section::new(format!(
            "Headline estimates ({:.0}% intervals)",
            100.0 * first.level
        ));
        let mut t = reading(vec![
            Column::new("what"),
            Column::below("estimate"),
            Column::below("interval"),
            Column::below_unnamed("note"),
        ]);
        for h in &s.headline {
            t.push(vec![
                Cell::text(&h.label),
                Cell::text(&h.estimate),
                Cell::text(&h.interval),
                Cell::text(&h.note),
            ]);
        }
        headline.push(Block::Table(t));
        section.push(Block::Section(headline));
    }
    section
}

/// What the national estimates rest on, in one line.
fn model_line(r: &Report) -> String {
    let Some(m) = &r.model else {
        return "No design model (the dataset has no assumptions table).".into();
    };
    format!(
        "Design model: design effect {} (phase 1) and {} (phase 2), {} arrests reported in phase 1 for a national total of {}; {:.0}% intervals; share method {}.",
        m.deff1,
        m.deff2,
        m.n1,
        m.total,
        100.0 * r.estimates.first().map_or(0.95, |e| e.level),
        r.estimates
            .iter()
            .find(|e| e.unit == Unit::Percent)
            .map_or("-", |e| e.method.name())
    )
}

fn estimate_point(e: &NationalEstimate) -> String {
    match (e.estimate, e.range) {
        (Some(x), _) => number(x, &e.unit),
        (None, Some([lo, hi])) => format!("{}-{}", number(lo, &e.unit), number(hi, &e.unit)),
        (None, None) => "-".into(),
    }
}

fn estimate_interval(lower: f64, upper: f64, unit: &Unit) -> String {
    format!("[{}, {}]", number(lower, unit), number(upper, unit))
}

fn estimate_grid(e: &NationalEstimate) -> String {
    e.grid
        .iter()
        .map(|g| {
            format!(
                "deff {}: {}",
                g.deff,
                estimate_interval(g.lower, g.upper, &e.unit)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A number of a national estimate, for reading.
fn est_number(x: f64, e: &NationalEstimate) -> String {
    if e.kind == EstimateKind::Share {
        format!("{x:.1}%")
    } else {
        format!("{x:.0}")
    }
}

/// The national estimates: the model, the forest plot, one row each, and
/// the figures that carry no interval.
fn estimates(r: &Report) -> Section {
    let mut section = Section::new("National estimates").anchored("estimates", "Estimates");
    section.push(Block::paragraph(model_line(r)));
    #[cfg(feature = "plot")]
    if let Some(figure) = super::plot::figure_block(
        "forest-plot",
        "The shares with their intervals at design effects 1, 1.5, 2 and 3.",
        |layout| r.forest_plot_svg_with(layout).map(Some),
    ) {
        section.push(figure);
    }
    let mut t = reading(vec![
        Column::new("id"),
        Column::new("estimate"),
        Column::new("interval"),
        Column::new("method"),
        Column::new("base"),
        Column::below_unnamed("what"),
        Column::below("design-effect grid"),
        Column::below("assumptions"),
    ]);
    for e in &r.estimates {
        let point = match (e.estimate, e.range) {
            (Some(x), _) => Cell::number(x, est_number(x, e)),
            (None, Some([a, b])) => Cell::range(
                a,
                b,
                format!("{} to {} (a wording)", est_number(a, e), est_number(b, e)),
            ),
            (None, None) => Cell::Empty,
        };
        let base = match (e.base_n, e.assumed_base) {
            (Some(n), true) => Cell::strong(format!("ASSUMED BASE {n:.1}")),
            (Some(n), false) => Cell::number(n, format!("base {n:.0}")),
            (None, _) => Cell::Empty,
        };
        t.push(vec![
            Cell::id(e.id.to_string()),
            point,
            Cell::range(
                e.lower,
                e.upper,
                format!("{} to {}", est_number(e.lower, e), est_number(e.upper, e)),
            ),
            Cell::text(e.method.to_string()),
            base,
            Cell::text(&e.label),
            Cell::lines(
                e.grid
                    .iter()
                    .map(|g| {
                        format!(
                            "deff {}: {} to {}",
                            g.deff,
                            est_number(g.lower, e),
                            est_number(g.upper, e)
                        )
                    })
                    .collect(),
            ),
            Cell::text(e.assumptions.join(", ")),
        ]);
    }
    section.push(Block::Table(t));
    if !r.no_estimate.is_empty() {
        let mut none = Section::new("No interval");
        let mut t = reading(vec![
            Column::new("id"),
            Column::new("why"),
            Column::below_unnamed("what"),
        ]);
        for u in &r.no_estimate {
            t.push(vec![
                Cell::id(&u.id),
                Cell::text(&u.reason),
                Cell::text(&u.label),
            ]);
        }
        none.push(Block::Table(t));
        section.push(Block::Section(none));
    }
    section
}

/// A statement's flags: an interval across the boundary, a known pattern.
fn claim_flags(c: &LedgerEntry) -> String {
    let mut flags = Vec::new();
    if c.judgement.crosses_boundary == Some(true) {
        flags.push("interval crosses the boundary".to_string());
    }
    if let Some(p) = &c.judgement.pattern {
        flags.push(p.to_string());
    }
    flags.join("; ")
}

/// Every published statement and wording, judged.
fn claims(claims: &[LedgerEntry]) -> Section {
    let mut section =
        Section::new("Published statements and wordings, judged").anchored("claims", "Statements");
    let mut t = reading(vec![
        Column::new("id"),
        Column::new("verdict"),
        Column::new("computed"),
        Column::new("accepted"),
        Column::new("source"),
        Column::below_unnamed("statement"),
        Column::below("states"),
        Column::below_unnamed("why"),
        Column::below("flags"),
    ]);
    for c in claims {
        let j = &c.judgement;
        t.push(vec![
            Cell::id(&c.claim.id),
            Cell::Verdict {
                verdict: verdict_mark(j.verdict),
            },
            Cell::number_or_empty(j.computed, |v| format!("{v:.2}")),
            j.accepted.map_or(Cell::Empty, |[a, b]| {
                Cell::range(a, b, format!("[{a:.2}, {b:.2}]"))
            }),
            Cell::text(&c.claim.source),
            Cell::text(format!("\u{201c}{}\u{201d}", c.claim.quote)),
            Cell::text(&c.claim.stated),
            Cell::text(&j.reason),
            Cell::text(claim_flags(c)),
        ]);
    }
    section.push(Block::Table(t));
    section
}

/// A recomputed figure's value, with its range when it has one.
pub(crate) fn derived_value(d: &DerivedFigure) -> String {
    let mut s = number(d.value, &d.unit);
    if let Some([lo, hi]) = d.range {
        s.push_str(&format!(
            " ({}-{})",
            number(lo, &d.unit),
            number(hi, &d.unit)
        ));
    }
    s
}

/// What the check of a recomputed figure found.
pub(crate) fn derived_verdict(d: &DerivedFigure) -> String {
    match (&d.check, d.kind) {
        (Some(c), _) => format!(
            "printed {} admits [{}, {}]: {}",
            c.printed,
            c.admitted[0],
            c.admitted[1],
            if c.matches {
                "matches"
            } else {
                "DOES NOT MATCH"
            }
        ),
        (None, DerivationKind::ImpliedCount) => "implied by the printed precision".into(),
        (None, DerivationKind::Sum) => match &d.base {
            Some(b) => format!("sum of its terms; base {b}"),
            None => "sum of its terms".into(),
        },
        (None, DerivationKind::Share) => "recomputed share".into(),
        (None, DerivationKind::PrintedShare) => String::new(),
    }
}

fn derived_table(ds: &[DerivedFigure]) -> Table {
    let mut t = reading(vec![
        Column::new("recomputed"),
        Column::new("value"),
        Column::new("check"),
        Column::below_unnamed("what"),
    ]);
    for d in ds {
        t.push(vec![
            Cell::id(&d.id),
            Cell::number(d.value, derived_value(d)),
            Cell::text(derived_verdict(d)),
            Cell::text(&d.label),
        ]);
    }
    t
}

fn figure_row(f: &FigureLine) -> Vec<Cell> {
    vec![
        Cell::id(&f.id),
        Cell::text(&f.printed),
        Cell::text(f.unit.to_string()),
        Cell::text(f.status.as_str()),
        Cell::text(f.sources.join("; ")),
        Cell::text(&f.quantity),
        Cell::text(f.note.clone().unwrap_or_default()),
    ]
}

/// The published figures table by table, each with what is recomputed from
/// it, then the derived quantities.
fn figures(r: &Report) -> Section {
    let mut section = Section::new("The published figures").anchored("tables", "Figures");
    for t in &r.tables {
        let mut s = Section::new(&t.name);
        s.push(Block::paragraph(&t.description));
        let mut table = reading(vec![
            Column::new("id"),
            Column::new("printed"),
            Column::new("unit"),
            Column::new("status"),
            Column::new("source"),
            Column::below_unnamed("quantity"),
            Column::below("note"),
        ]);
        for f in &t.figures {
            table.push(figure_row(f));
        }
        s.push(Block::Table(table));
        if !t.derived.is_empty() {
            s.push(Block::Table(derived_table(&t.derived)));
        }
        section.push(Block::Section(s));
    }
    if !r.derived.is_empty() {
        let mut s = Section::new("Derived quantities");
        s.push(Block::Table(derived_table(&r.derived)));
        section.push(Block::Section(s));
    }
    section
}

/// The report's long table for CSV: one row per summary line, headline,
/// figure, recomputed figure, estimate, wave-design number, trend statistic
/// and claim, each with the dataset id, version and manifest checksum.
/// `lower, upper` hold the interval the printed precision admits
/// (recomputed rows), the confidence interval (estimates) or the accepted
/// interval (claims); `check` holds whether a printed percentage matches, or
/// a claim's verdict.
fn data_table(r: &Report) -> Table {
    let mut table = Table::new(
        [
            "dataset", "version", "checksum", "section", "table", "id", "label", "printed",
            "value", "unit", "lower", "upper", "check", "source", "status", "note",
        ]
        .into_iter()
        .map(Column::new)
        .collect(),
    )
    .for_audience(TableAudience::Data);
    let p = &r.dataset;
    let opt = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
    let mut rows: Vec<[String; 13]> = Vec::new();
    for (group, lines) in r.summary.groups() {
        for l in lines {
            rows.push([
                "summary".into(),
                group.to_lowercase(),
                l.id.clone(),
                l.quote.clone(),
                l.stated.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                l.verdict.to_string(),
                l.source.clone(),
                String::new(),
                l.line.clone(),
            ]);
        }
    }
    for h in &r.summary.headline {
        rows.push([
            "headline".into(),
            String::new(),
            h.id.clone(),
            h.label.clone(),
            h.estimate.clone(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            format!("interval {}; {}", h.interval, h.note),
        ]);
    }
    let push_derived = |rows: &mut Vec<[String; 13]>, table: &str, d: &DerivedFigure| {
        let (lo, hi) = match (&d.check, d.range) {
            (Some(c), _) => (Some(c.admitted[0]), Some(c.admitted[1])),
            (None, Some([lo, hi])) => (Some(lo), Some(hi)),
            _ => (None, None),
        };
        rows.push([
            "recomputed".into(),
            table.into(),
            d.id.clone(),
            d.label.clone(),
            d.check
                .as_ref()
                .map(|c| c.printed.to_string())
                .unwrap_or_default(),
            d.value.to_string(),
            d.unit.to_string(),
            opt(lo),
            opt(hi),
            d.check
                .as_ref()
                .map(|c| c.matches.to_string())
                .unwrap_or_default(),
            d.sources.join(";"),
            String::new(),
            String::new(),
        ]);
    };
    for t in &r.tables {
        for f in &t.figures {
            rows.push([
                "figure".into(),
                t.name.clone(),
                f.id.clone(),
                f.quantity.clone(),
                f.printed.clone(),
                opt(f.value),
                f.unit.to_string(),
                String::new(),
                String::new(),
                String::new(),
                f.sources.join(";"),
                f.status.as_str().to_string(),
                f.note.clone().unwrap_or_default(),
            ]);
        }
        for d in &t.derived {
            push_derived(&mut rows, &t.name, d);
        }
    }
    for d in &r.derived {
        push_derived(&mut rows, "derived", d);
    }
    for e in &r.estimates {
        rows.push([
            "estimate".into(),
            String::new(),
            e.id.to_string(),
            e.label.clone(),
            estimate_point(e),
            opt(e.estimate),
            e.unit.to_string(),
            e.lower.to_string(),
            e.upper.to_string(),
            String::new(),
            e.sources.join(";"),
            if e.assumed_base {
                "assumed_base".into()
            } else {
                String::new()
            },
            format!(
                "method {}; assumptions {}; {}",
                e.method,
                e.assumptions.join(","),
                estimate_grid(e)
            ),
        ]);
    }
    if let Some(t) = &r.trends {
        for v in t.designs.values() {
            rows.push([
                "wave_design".into(),
                String::new(),
                v.id.clone(),
                v.quantity.clone(),
                v.shown(),
                v.value.to_string(),
                String::new(),
                opt(v.low),
                opt(v.high),
                String::new(),
                v.sources.join(";"),
                if v.assumed { "assumed" } else { "printed" }.into(),
                v.rationale.clone(),
            ]);
        }
        for x in &t.trends {
            for (name, estimate, lower, upper) in csv_stats(&x.change) {
                rows.push([
                    "trend".into(),
                    x.measure.clone(),
                    x.id.clone(),
                    x.title(),
                    name.into(),
                    opt(estimate),
                    if name == "change_points" {
                        "points".into()
                    } else {
                        name.into()
                    },
                    lower.to_string(),
                    upper.to_string(),
                    direction_words(&x.change).into(),
                    x.sources.join(";"),
                    format!("assumed {}", x.assumed.join(",")),
                    x.grid.iter().map(grid_point).collect::<Vec<_>>().join("; "),
                ]);
            }
        }
        for u in &t.unavailable {
            rows.push([
                "trend".into(),
                u.measure.clone(),
                format!("{}->{}", u.from, u.to),
                u.label.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                "no interval".into(),
                String::new(),
                String::new(),
                u.reason.clone(),
            ]);
        }
    }
    for c in &r.claims {
        rows.push([
            "claim".into(),
            String::new(),
            c.claim.id.clone(),
            c.claim.quote.clone(),
            c.claim.stated.clone(),
            opt(c.judgement.computed),
            String::new(),
            opt(c.judgement.accepted.map(|a| a[0])),
            opt(c.judgement.accepted.map(|a| a[1])),
            c.judgement.verdict.to_string(),
            c.claim.source.clone(),
            String::new(),
            [c.judgement.reason.clone(), claim_flags(c)]
                .iter()
                .filter(|s| !s.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join("; "),
        ]);
    }
    for row in rows {
        let mut rec = vec![p.id.clone(), p.version.clone(), p.checksum.clone()];
        rec.extend(row);
        table.push(rec.into_iter().map(Cell::text).collect());
    }
    table
}

/// How the report is shown: its document, and that document (or, for JSON,
/// the report itself) in each format.
impl Report {
    /// Renders the judged claims alone. JSON is an array of objects with the
    /// keys `id, source, quote, verdict, computed, accepted` (and more), each
    /// carrying the `dataset` it was computed from ([`Report::claims_json`]);
    /// every other format is [`Report::claims_document`] through its
    /// renderer.
    ///
    /// # Errors
    /// As [`Report::render`].
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// let json = njov::Report::build(&ds).unwrap().render_claims(njov::Format::Json).unwrap();
    /// let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    /// assert_eq!(v[0]["dataset"]["id"], "njov1");
    /// ```
    pub fn render_claims(&self, format: Format) -> Result<String> {
        match format {
            Format::Json => serde_json::to_string_pretty(&self.claims_json()?)
                .map_err(|e| Error::render("JSON", e)),
            Format::Jsonl => self.render(format),
            _ => render_document(&self.claims_document(), format),
        }
    }

    /// The judged claims as JSON objects, each with the keys of a
    /// [`LedgerEntry`] and the `dataset` it was computed from: what
    /// [`Report::render_claims`] writes as a JSON array.
    ///
    /// # Errors
    /// `ErrorKind::Render` if serialisation fails, which the ledger's types
    /// do not provoke.
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// let items = njov::Report::build(&ds).unwrap().claims_json().unwrap();
    /// assert!(items.iter().all(|v| v["dataset"]["id"] == "njov1"));
    /// ```
    pub fn claims_json(&self) -> Result<Vec<serde_json::Value>> {
        let dataset = serde_json::to_value(&self.dataset).map_err(|e| Error::render("JSON", e))?;
        self.claims
            .iter()
            .map(|c| {
                let mut v = serde_json::to_value(c).map_err(|e| Error::render("JSON", e))?;
                v["dataset"] = dataset.clone();
                Ok(v)
            })
            .collect()
    }

    /// The judged claims alone as a document: the report's summary and
    /// statements, without its figures, estimates and trends.
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// let doc = njov::Report::build(&ds).unwrap().claims_document();
    /// assert_eq!(doc.tables().len(), 1); // the CSV table
    /// ```
    pub fn claims_document(&self) -> Document {
        Report {
            tables: Vec::new(),
            derived: Vec::new(),
            estimates: Vec::new(),
            no_estimate: Vec::new(),
            trends: None,
            ..self.clone()
        }
        .document()
    }

    /// The report as a format-neutral document: what text, Markdown, CSV
    /// and HTML write.
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// let doc = njov::Report::build(&ds).unwrap().document();
    /// assert!(doc.title.contains("N-JOV") || !doc.blocks.is_empty());
    /// ```
    pub fn document(&self) -> Document {
        document(self)
    }

    /// Renders the report: JSON is serde of the report itself; every other
    /// format is [`Report::document`] through its renderer.
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` for [`Format::Jsonl`] (a report is one
    /// object); otherwise only if JSON or CSV serialisation fails, which the
    /// report's types do not provoke.
    pub fn render(&self, format: Format) -> Result<String> {
        match format {
            Format::Jsonl => Err(Error::invalid_argument(
                "format",
                format,
                "text, markdown, json, csv or html for a report",
            )),
            Format::Json => {
                serde_json::to_string_pretty(self).map_err(|e| Error::render("JSON", e))
            }
            _ => render_document(&self.document(), format),
        }
    }
}
