//! Trends between waves as documents: one trend (what `njov trend` prints)
//! and the report's trends section, with the pieces they share.

use serde::Serialize;

use super::document::{Block, Cell, Column, Document, Section, Table, TableAudience};
use super::model::Report;
use crate::error::{Error, Result};
use crate::report::format::Format;
use crate::study::trend::Direction;
use crate::study::{Change, ChangeAt, ModelValue, TrendEstimate, TrendEstimates, WaveDesigns};

/// One statistic of a change: name, estimate, interval.
pub(crate) struct Stat {
    pub name: &'static str,
    pub estimate: String,
    pub interval: String,
}

/// The statistics of a change: the difference, ratio and percentage change
/// of a count; the change in points of a share.
pub(crate) fn stats(change: &Change) -> Vec<Stat> {
    match change {
        Change::Count(c) => vec![
            Stat {
                name: "difference",
                estimate: format!("{:+.0}", c.difference.estimate),
                interval: format!("{:+.0} to {:+.0}", c.difference.lower, c.difference.upper),
            },
            Stat {
                name: "ratio",
                estimate: format!("{:.3}", c.ratio.estimate),
                interval: format!("{:.3} to {:.3}", c.ratio.lower, c.ratio.upper),
            },
            Stat {
                name: "percent change",
                estimate: format!("{:+.1}%", c.percent_change.estimate),
                interval: format!(
                    "{:+.1}% to {:+.1}%",
                    c.percent_change.lower, c.percent_change.upper
                ),
            },
        ],
        Change::Share(s) => vec![Stat {
            name: "change in points",
            estimate: match s.estimate {
                Some(x) => format!("{x:+.1}"),
                None => format!(
                    "{:+.1} to {:+.1} (the wordings)",
                    s.wording[0], s.wording[1]
                ),
            },
            interval: format!("{:+.1} to {:+.1}", s.lower, s.upper),
        }],
    }
}

/// Whether the change is larger than its interval, in words.
pub(crate) fn direction_words(change: &Change) -> &'static str {
    match change.direction() {
        Direction::Increase => "an increase larger than its interval",
        Direction::Decrease => "a decrease larger than its interval",
        Direction::Undetermined => "not larger than its interval (it includes no change)",
    }
}

/// The headline interval at one design effect of the grid, in words.
pub(crate) fn grid_point(g: &ChangeAt) -> String {
    let (_, lo, hi) = g.change.headline();
    match g.change {
        Change::Count(_) => format!("deff {}: {lo:+.1}% to {hi:+.1}%", g.deff),
        Change::Share(_) => format!("deff {}: {lo:+.1} to {hi:+.1} points", g.deff),
    }
}

/// What the intervals rest on, in words.
pub(crate) fn model_words(t: &TrendEstimate) -> String {
    format!(
        "{:.0}% intervals, {}, waves independent",
        100.0 * t.level,
        match t.deff {
            Some(d) => format!("design effect {d} for every phase of both waves"),
            None => "each wave's design model".to_string(),
        }
    )
}

/// The model's numbers a trend rests on, in its order.
pub(crate) fn used<'a>(t: &TrendEstimate, designs: &'a WaveDesigns) -> Vec<&'a ModelValue> {
    t.assumptions
        .iter()
        .filter_map(|id| designs.value(id))
        .collect()
}

/// One number of the model, in words: `id = value (assumed, range)`.
pub(crate) fn model_value_line(v: &ModelValue) -> String {
    format!("{} = {}", v.id, v.shown())
}

/// Renders one trend between two waves, with the design numbers it rests
/// on and the dataset it was computed from.
///
/// JSON is an object `{dataset, trend, assumptions}` (`trend` with the keys
/// of [`TrendEstimate`], `assumptions` the [`ModelValue`]s it used); CSV
/// has one row per statistic at the model and at each design effect of the
/// grid: `dataset, version, checksum, id, measure, from_figure, to_figure,
/// design, deff, statistic, estimate, lower, upper, larger_than_interval,
/// assumed`.
///
/// # Errors
/// `ErrorKind::InvalidArgument` for [`Format::Html`] (a page is the
/// report's); `ErrorKind::Render` if JSON or CSV serialisation fails.
///
/// ```
/// use njov::study::{EstimateOptions, WaveDesigns, trend_between};
/// let ds = njov::Dataset::load("njov_trends", None).unwrap();
/// let t = trend_between(&ds, "w2000.total", "w2009.total", &EstimateOptions::default()).unwrap();
/// let designs = WaveDesigns::from_dataset(&ds).unwrap();
/// let text = njov::report::render_trend(&t, &designs, njov::Format::Text).unwrap();
/// assert!(text.starts_with("all arrests, 2000 -> 2009"));
/// assert!(text.contains("w2009.phase1.arrests_reported = 5445.1 (assumed, range 2722.6-8144)"));
/// ```
pub fn render_trend(t: &TrendEstimate, designs: &WaveDesigns, format: Format) -> Result<String> {
    match format {
        Format::Json => {
            #[derive(Serialize)]
            struct Out<'a> {
                dataset: &'a crate::data::Provenance,
                trend: &'a TrendEstimate,
                assumptions: Vec<&'a ModelValue>,
            }
            let mut out = serde_json::to_string_pretty(&Out {
                dataset: &designs.dataset,
                trend: t,
                assumptions: used(t, designs),
            })
            .map_err(|e| Error::render("JSON", e))?;
            out.push('\n');
            Ok(out)
        }
        Format::Html => Err(Error::invalid_argument(
            "format",
            "html",
            "text, markdown, json or csv (a page is the whole report's: njov reproduce --format html)",
        )),
        _ => super::render::render_document(&trend_document(t, designs), format),
    }
}

/// One trend as a document: the two figures, the change with its
/// intervals, the design-effect grid and the numbers it rests on; for CSV,
/// every statistic at the model and at each design effect.
fn trend_document(t: &TrendEstimate, designs: &WaveDesigns) -> Document {
    let p = &designs.dataset;
    let mut doc = Document::new(t.title());
    doc.subtitle = Some(format!("dataset: {p}"));
    let mut fields = vec![(
        "measure".to_string(),
        Cell::text(format!("{} ({})", t.measure, t.definition)),
    )];
    for (side, w) in [("from", &t.from), ("to", &t.to)] {
        fields.push((
            side.to_string(),
            Cell::text(format!("{} ({}): {}", w.figure, w.wave_label, w.printed)),
        ));
    }
    doc.push(Block::Fields { fields });
    let mut change = Section::new(model_words(t));
    let mut stats_table = Table::new(vec![
        Column::new("statistic"),
        Column::new("estimate"),
        Column::new("interval"),
    ])
    .for_audience(TableAudience::Reading);
    for s in stats(&t.change) {
        stats_table.push(vec![
            Cell::text(s.name),
            Cell::text(s.estimate),
            Cell::text(s.interval),
        ]);
    }
    change.push(Block::Table(stats_table));
    change.push(Block::paragraph(direction_words(&t.change)));
    doc.push(Block::Section(change));
    let mut grid = Section::new("design-effect grid (every phase of both waves)");
    grid.push(Block::List {
        items: t.grid.iter().map(grid_point).collect(),
    });
    doc.push(Block::Section(grid));
    let mut assumptions = Section::new("assumptions (assumed ones with their range)");
    assumptions.push(Block::Table(assumption_table(used(t, designs))));
    doc.push(Block::Section(assumptions));
    let mut data = Table::new(
        [
            "dataset",
            "version",
            "checksum",
            "id",
            "measure",
            "from_figure",
            "to_figure",
            "design",
            "deff",
            "statistic",
            "estimate",
            "lower",
            "upper",
            "larger_than_interval",
            "assumed",
        ]
        .into_iter()
        .map(Column::new)
        .collect(),
    )
    .for_audience(TableAudience::Data);
    let model = std::iter::once(("model", t.deff, &t.change));
    let grid = t.grid.iter().map(|g| ("grid", Some(g.deff), &g.change));
    for (design, deff, change) in model.chain(grid) {
        for (name, estimate, lower, upper) in csv_stats(change) {
            data.push(vec![
                Cell::text(&p.id),
                Cell::text(&p.version),
                Cell::text(&p.checksum),
                Cell::id(&t.id),
                Cell::text(&t.measure),
                Cell::id(&t.from.figure),
                Cell::id(&t.to.figure),
                Cell::text(design),
                Cell::number_or_empty(deff, |d| d.to_string()),
                Cell::text(name),
                Cell::number_or_empty(estimate, |x| x.to_string()),
                Cell::number(lower, lower.to_string()),
                Cell::number(upper, upper.to_string()),
                Cell::text((change.direction() != Direction::Undetermined).to_string()),
                Cell::text(t.assumed.join(";")),
            ]);
        }
    }
    doc.push(Block::Table(data));
    doc
}

/// The numbers of a design model, each with why it has its value.
fn assumption_table<'a>(values: impl IntoIterator<Item = &'a ModelValue>) -> Table {
    let mut t = Table::new(vec![
        Column::new("assumption"),
        Column::below_unnamed("why"),
    ])
    .for_audience(TableAudience::Reading);
    for v in values {
        t.push(vec![
            Cell::text(model_value_line(v)),
            Cell::text(&v.rationale),
        ]);
    }
    t
}

/// The report's trends between waves: what the intervals rest on, the
/// figure, one row per trend, the design of each wave, the assumed numbers
/// and the pairs without an interval. Written once for every format.
pub(crate) fn trends_section(r: &Report, t: &TrendEstimates) -> Section {
    let mut section = Section::new("Trends between waves").anchored("trends", "Trends");
    if let Some(first) = t.trends.first() {
        section.push(Block::paragraph(format!(
            "{}. Every interval names the numbers of the design model it rests on; an assumed number is shown with its sensitivity range.",
            model_words(first)
        )));
    }
    #[cfg(feature = "plot")]
    if let Some(figure) = super::plot::figure_block(
        "trends-figure",
        "The changes between waves with their intervals at design effects 1, 1.5, 2 and 3.",
        |layout| r.trends_plot_svg_with(layout),
    ) {
        section.push(figure);
    }
    #[cfg(not(feature = "plot"))]
    let _ = r;
    let mut rows = Table::new(vec![
        Column::new("trend"),
        Column::below_unnamed("from -> to"),
        Column::below("change (interval)"),
        Column::below_unnamed("larger than its interval?"),
        Column::below("design-effect grid"),
        Column::below("assumed"),
    ])
    .for_audience(TableAudience::Reading);
    for x in &t.trends {
        rows.push(vec![
            Cell::text(x.title()),
            Cell::text(format!(
                "{} ({}) -> {} ({})",
                x.from.printed, x.from.figure, x.to.printed, x.to.figure
            )),
            Cell::lines(
                stats(&x.change)
                    .iter()
                    .map(|s| format!("{} {} ({})", s.name, s.estimate, s.interval))
                    .collect(),
            ),
            Cell::text(direction_words(&x.change)),
            Cell::lines(x.grid.iter().map(grid_point).collect()),
            Cell::text(x.assumed.join(", ")),
        ]);
    }
    section.push(Block::Table(rows));
    let mut waves = Section::new("The design of each wave");
    let mut table = Table::new(vec![
        Column::new("wave"),
        Column::new("deff phase 1"),
        Column::new("deff phase 2"),
        Column::new("n1 (phase-1 count)"),
        Column::new("T (national total)"),
        Column::new("interview base"),
    ])
    .for_audience(TableAudience::Reading);
    let cell = |v: &ModelValue| {
        if v.assumed {
            Cell::strong(v.shown())
        } else {
            Cell::text(v.shown())
        }
    };
    for w in &t.designs.waves {
        table.push(vec![
            Cell::text(&w.label),
            cell(&w.deff1),
            cell(&w.deff2),
            cell(&w.n1),
            cell(&w.total),
            cell(&w.base_all),
        ]);
    }
    waves.push(Block::Table(table));
    section.push(Block::Section(waves));
    let mut assumed = Section::new("The assumed numbers, and why");
    assumed.push(Block::Table(assumption_table(
        t.designs.values().filter(|v| v.assumed),
    )));
    section.push(Block::Section(assumed));
    if !t.unavailable.is_empty() {
        let mut none = Section::new("No trend interval");
        let mut table = Table::new(vec![
            Column::new("from"),
            Column::new("to"),
            Column::below_unnamed("why"),
        ])
        .for_audience(TableAudience::Reading);
        for u in &t.unavailable {
            table.push(vec![
                Cell::id(&u.from),
                Cell::id(&u.to),
                Cell::text(&u.reason),
            ]);
        }
        none.push(Block::Table(table));
        section.push(Block::Section(none));
    }
    section
}

/// The statistics of a change as numbers: name, estimate, lower, upper.
pub(crate) fn csv_stats(change: &Change) -> Vec<(&'static str, Option<f64>, f64, f64)> {
    match change {
        Change::Count(c) => vec![
            (
                "difference",
                Some(c.difference.estimate),
                c.difference.lower,
                c.difference.upper,
            ),
            (
                "ratio",
                Some(c.ratio.estimate),
                c.ratio.lower,
                c.ratio.upper,
            ),
            (
                "percent_change",
                Some(c.percent_change.estimate),
                c.percent_change.lower,
                c.percent_change.upper,
            ),
        ],
        Change::Share(s) => vec![("change_points", s.estimate, s.lower, s.upper)],
    }
}
