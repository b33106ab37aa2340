//! A trend between two waves as text, Markdown, JSON or CSV (what `njov
//! trend` prints), and the pieces the report's trends section shares with
//! it.

use std::fmt::Write as _;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::report::format::Format;
use crate::study::{Change, ChangeAt, ModelValue, TrendEstimate, WaveDesigns};

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
    use crate::study::trend::Direction;
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
    let p = &designs.dataset;
    let mut out = String::new();
    match format {
        Format::Text => {
            let _ = writeln!(out, "{}", t.title());
            let _ = writeln!(out, "dataset: {p}");
            let _ = writeln!(out, "measure: {} ({})", t.measure, t.definition);
            for (side, w) in [("from", &t.from), ("to", &t.to)] {
                let _ = writeln!(
                    out,
                    "{side:<5} {} ({}): {}",
                    w.figure, w.wave_label, w.printed
                );
            }
            let _ = writeln!(out, "\n{}:", model_words(t));
            for s in stats(&t.change) {
                let _ = writeln!(out, "  {:<17} {:<24} {}", s.name, s.estimate, s.interval);
            }
            let _ = writeln!(out, "  {}", direction_words(&t.change));
            let _ = writeln!(
                out,
                "\ndesign-effect grid (every phase of both waves):\n  {}",
                t.grid
                    .iter()
                    .map(grid_point)
                    .collect::<Vec<_>>()
                    .join("\n  ")
            );
            let _ = writeln!(out, "\nassumptions (assumed ones with their range):");
            for v in used(t, designs) {
                let _ = writeln!(out, "  {}", model_value_line(v));
                let _ = writeln!(out, "      {}", v.rationale);
            }
        }
        Format::Markdown => {
            let _ = writeln!(out, "# {}\n", t.title());
            let _ = writeln!(
                out,
                "Dataset `{}` version `{}`, manifest sha256 `{}`.\n",
                p.id, p.version, p.checksum
            );
            let _ = writeln!(out, "Measure `{}`: {}.\n", t.measure, t.definition);
            let _ = writeln!(out, "| side | figure | wave | printed |\n|---|---|---|---|");
            for (side, w) in [("from", &t.from), ("to", &t.to)] {
                let _ = writeln!(
                    out,
                    "| {side} | `{}` | {} | {} |",
                    w.figure,
                    w.wave_label,
                    w.printed.replace('|', "\\|")
                );
            }
            let _ = writeln!(
                out,
                "\n{}: {}.\n\n| statistic | estimate | interval |\n|---|---|---|",
                model_words(t),
                direction_words(&t.change)
            );
            for s in stats(&t.change) {
                let _ = writeln!(out, "| {} | {} | {} |", s.name, s.estimate, s.interval);
            }
            let _ = writeln!(
                out,
                "\nDesign-effect grid: {}.\n\n| assumption | value | rationale |\n|---|---|---|",
                t.grid.iter().map(grid_point).collect::<Vec<_>>().join("; ")
            );
            for v in used(t, designs) {
                let _ = writeln!(
                    out,
                    "| `{}` | {} | {} |",
                    v.id,
                    v.shown(),
                    v.rationale.replace('|', "\\|")
                );
            }
        }
        Format::Json => {
            #[derive(Serialize)]
            struct Out<'a> {
                dataset: &'a crate::data::Provenance,
                trend: &'a TrendEstimate,
                assumptions: Vec<&'a ModelValue>,
            }
            out = serde_json::to_string_pretty(&Out {
                dataset: p,
                trend: t,
                assumptions: used(t, designs),
            })
            .map_err(|e| Error::render("JSON", e))?;
            out.push('\n');
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            let io = |e: csv::Error| Error::render("CSV", e);
            w.write_record([
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
            ])
            .map_err(io)?;
            let model = std::iter::once(("model", t.deff, &t.change));
            let grid = t.grid.iter().map(|g| ("grid", Some(g.deff), &g.change));
            for (design, deff, change) in model.chain(grid) {
                for (name, estimate, lower, upper) in csv_stats(change) {
                    w.write_record([
                        p.id.clone(),
                        p.version.clone(),
                        p.checksum.clone(),
                        t.id.clone(),
                        t.measure.clone(),
                        t.from.figure.clone(),
                        t.to.figure.clone(),
                        design.to_string(),
                        deff.map(|d| d.to_string()).unwrap_or_default(),
                        name.to_string(),
                        estimate.map(|x| x.to_string()).unwrap_or_default(),
                        lower.to_string(),
                        upper.to_string(),
                        (change.direction() != crate::study::trend::Direction::Undetermined)
                            .to_string(),
                        t.assumed.join(";"),
                    ])
                    .map_err(io)?;
                }
            }
            let bytes = w.into_inner().map_err(|e| Error::render("CSV", e))?;
            out = String::from_utf8(bytes).expect("csv writes the UTF-8 it is given");
        }
        Format::Html => {
            return Err(Error::invalid_argument(
                "format",
                "html",
                "text, markdown, json or csv (a page is the whole report's: njov reproduce --format html)",
            ));
        }
    }
    Ok(out)
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
