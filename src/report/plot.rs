//! The report's figures, as SVG (plotters' SVG backend; text is written as
//! SVG text, so no system fonts are needed): a forest plot of the shares
//! with their intervals across the design-effect grid, and a figure of the
//! trends between waves with theirs. Rows are labelled with the figures'
//! names, never their ids; the axis of shares stays inside 0-100%.

use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;

use super::document::{Block, Figure};
use super::model::Report;
use crate::data::Provenance;
use crate::error::{Error, Result};
use crate::report::layout::{Geometry, PlotLayout};
use crate::study::{
    Change, DEFF_GRID, DerivationKind, EstimateKind, NationalEstimate, TrendEstimate,
};

/// Colours of the design-effect grid, lightest design effect darkest.
const GRID_COLOURS: [RGBColor; 4] = [
    RGBColor(0, 63, 92),
    RGBColor(88, 80, 141),
    RGBColor(188, 80, 144),
    RGBColor(255, 99, 97),
];

fn plot_error(e: impl std::error::Error + Send + Sync + 'static) -> Error {
    Error::render("the SVG plot", e)
}

/// A label cut to fit `chars` characters (with an ellipsis).
fn fit(label: &str, chars: usize) -> String {
    if label.chars().count() <= chars {
        label.to_string()
    } else {
        let cut: String = label.chars().take(chars - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The vertical offset of the `k`-th interval of the grid within its row:
/// centred beside a label to the left, below a label above.
fn offset(k: usize, labels_above: bool) -> f64 {
    let spread = 0.14 * (1.5 - k as f64);
    if labels_above {
        spread * 0.8 - 0.14
    } else {
        spread
    }
}

/// Where the mark of a row sits within it.
fn mark_y(y: f64, labels_above: bool) -> f64 {
    if labels_above { y - 0.14 } else { y }
}

/// The y-label formatter of a chart whose row `i` sits at `y = rows - 1 - i`.
fn row_label(labels: &[String], y: f64) -> String {
    let i = labels.len() as f64 - 1.0 - y;
    if (i - i.round()).abs() < 1e-6 && i >= 0.0 && (i.round() as usize) < labels.len() {
        labels[i.round() as usize].clone()
    } else {
        String::new()
    }
}

/// The legend of the design-effect grid, what the marks mean and the
/// provenance, drawn in the footer strip under the plot (the provenance on
/// a line of its own when the figure is narrow).
fn footer(
    area: &DrawingArea<SVGBackend<'_>, Shift>,
    g: &Geometry,
    note: &str,
    provenance: &Provenance,
) -> Result<()> {
    let mut x = 12i32;
    let y = 14i32;
    for (k, colour) in GRID_COLOURS.iter().enumerate() {
        area.draw(&PathElement::new(
            vec![(x, y), (x + 22, y)],
            colour.stroke_width(3),
        ))
        .map_err(plot_error)?;
        area.draw(&Text::new(
            format!("deff {}", DEFF_GRID[k]),
            (x + 28, y - 8),
            ("sans-serif", 16),
        ))
        .map_err(plot_error)?;
        x += if g.labels_above { 98 } else { 105 };
    }
    // A narrow figure puts the checksum on a line of its own.
    let Provenance {
        id,
        version,
        checksum,
    } = provenance;
    let lines = if g.labels_above {
        vec![
            note.to_string(),
            format!("{id} {version}, manifest sha256"),
            checksum.clone(),
        ]
    } else {
        vec![format!("{note} {id} {version}, manifest sha256 {checksum}")]
    };
    for (i, line) in lines.into_iter().enumerate() {
        area.draw(&Text::new(
            line,
            (12, 32 + 18 * i as i32),
            ("sans-serif", 13),
        ))
        .map_err(plot_error)?;
    }
    Ok(())
}

/// Each row's label above its intervals (the narrow layout).
fn labels_above<DB: DrawingBackend<ErrorType: 'static>>(
    chart: &mut ChartContext<'_, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    labels: &[String],
    x: f64,
) -> Result<()> {
    let rows = labels.len();
    chart
        .draw_series(labels.iter().enumerate().map(|(i, l)| {
            let y = rows as f64 - 1.0 - i as f64 + 0.47;
            Text::new(l.clone(), (x, y), ("sans-serif", 17))
        }))
        .map_err(plot_error)?;
    Ok(())
}

impl Report {
    /// The name of a figure or derived quantity, for a plot row: a
    /// figure's quantity, or the label of the sum that recomputes a derived
    /// quantity.
    fn name_of(&self, id: &str) -> Option<&str> {
        self.tables
            .iter()
            .flat_map(|t| t.figures.iter())
            .find(|f| f.id == id)
            .map(|f| f.quantity.as_str())
            .or_else(|| {
                self.tables
                    .iter()
                    .flat_map(|t| t.derived.iter())
                    .chain(self.derived.iter())
                    .find(|d| d.of == id && d.kind == DerivationKind::Sum)
                    .map(|d| d.label.as_str())
            })
    }

    /// The name of a share estimate's figure.
    fn share_name(&self, e: &NationalEstimate) -> String {
        let id = e.figure.as_str();
        self.name_of(id)
            .map(str::to_string)
            .unwrap_or_else(|| e.label.split(" (share of").next().unwrap_or(id).into())
    }

    /// A forest plot of every share estimate: one row per share, labelled
    /// with its figure's name, its interval at each design effect of the
    /// grid side by side, the point estimate (or the range a wording admits)
    /// marked, on an axis of 0-100%, and the dataset's provenance under it.
    ///
    /// # Errors
    /// `ErrorKind::Render` if drawing fails.
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// let svg = njov::Report::build(&ds).unwrap().forest_plot_svg().unwrap();
    /// assert!(svg.starts_with("<svg") && svg.contains("deff 1.5"));
    /// assert!(svg.contains("online meeting") && !svg.contains("share:arrests"));
    /// ```
    pub fn forest_plot_svg(&self) -> Result<String> {
        self.forest_plot_svg_with(PlotLayout::Wide)
    }

    /// The forest plot of [`Report::forest_plot_svg`] in a layout.
    ///
    /// # Errors
    /// `ErrorKind::Render` if drawing fails.
    pub fn forest_plot_svg_with(&self, layout: PlotLayout) -> Result<String> {
        let g = layout.geometry();
        let shares: Vec<&NationalEstimate> = self
            .estimates
            .iter()
            .filter(|e| e.kind == EstimateKind::Share)
            .collect();
        let rows = shares.len().max(1);
        let height = 110 + g.footer + g.row * rows as u32;
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (g.width, height)).into_drawing_area();
            root.fill(&WHITE).map_err(plot_error)?;
            let (plot, foot) = root.split_vertically(height - g.footer);
            let caption = format!(
                "Shares with {:.0}% intervals at four design effects",
                100.0 * shares.first().map_or(0.95, |e| e.level),
            );
            let mut chart = ChartBuilder::on(&plot)
                .caption(caption, ("sans-serif", g.title_font))
                .margin(12)
                .margin_right(24)
                .x_label_area_size(44)
                .y_label_area_size(g.label_area)
                .build_cartesian_2d(0f64..100f64, -0.5f64..rows as f64 - 0.5)
                .map_err(plot_error)?;
            let names: Vec<String> = shares.iter().map(|e| self.share_name(e)).collect();
            // Two figures of one name (the same share printed by two
            // sources) are told apart by their sources; an assumed base is
            // said. The name is cut, never what follows it.
            let labels: Vec<String> = names
                .iter()
                .zip(&shares)
                .map(|(n, e)| {
                    let mut suffix = String::new();
                    if names.iter().filter(|m| *m == n).count() > 1 {
                        suffix.push_str(&format!(" [{}]", e.sources.join(", ")));
                    }
                    if e.assumed_base {
                        suffix.push_str(" (assumed base)");
                    }
                    let room = g.label_chars.saturating_sub(suffix.chars().count()).max(12);
                    format!("{}{suffix}", fit(n, room))
                })
                .collect();
            let side: Vec<String> = if g.labels_above {
                Vec::new()
            } else {
                labels.clone()
            };
            chart
                .configure_mesh()
                .disable_y_mesh()
                .light_line_style(WHITE.mix(0.0))
                .bold_line_style(BLACK.mix(0.08))
                .x_desc("percent of the base")
                .x_labels(if g.labels_above { 6 } else { 11 })
                .x_label_formatter(&|x| format!("{x:.0}%"))
                .label_style(("sans-serif", 16))
                .y_labels(if g.labels_above { 0 } else { rows })
                .y_label_formatter(&|y| row_label(&side, *y))
                .draw()
                .map_err(plot_error)?;
            if g.labels_above {
                labels_above(&mut chart, &labels, 0.0)?;
            }
            for (k, colour) in GRID_COLOURS.iter().enumerate() {
                let segments: Vec<_> = shares
                    .iter()
                    .enumerate()
                    .filter_map(|(i, e)| {
                        let p = e.grid.get(k)?;
                        let y = rows as f64 - 1.0 - i as f64 + offset(k, g.labels_above);
                        // Shares stay inside 0-100%.
                        let (lo, hi) = (p.lower.clamp(0.0, 100.0), p.upper.clamp(0.0, 100.0));
                        Some(PathElement::new(
                            vec![(lo, y), (hi, y)],
                            colour.stroke_width(3),
                        ))
                    })
                    .collect();
                chart.draw_series(segments).map_err(plot_error)?;
            }
            let points: Vec<_> = shares
                .iter()
                .enumerate()
                .filter_map(|(i, e)| {
                    let y = mark_y(rows as f64 - 1.0 - i as f64, g.labels_above);
                    e.estimate.map(|x| Circle::new((x, y), 4, BLACK.filled()))
                })
                .collect();
            chart.draw_series(points).map_err(plot_error)?;
            let ranges: Vec<_> = shares
                .iter()
                .enumerate()
                .filter_map(|(i, e)| {
                    let y = mark_y(rows as f64 - 1.0 - i as f64, g.labels_above);
                    let [lo, hi] = e.range.filter(|_| e.estimate.is_none())?;
                    Some(Rectangle::new(
                        [(lo, y - 0.12), (hi, y + 0.12)],
                        BLACK.filled(),
                    ))
                })
                .collect();
            chart.draw_series(ranges).map_err(plot_error)?;
            footer(
                &foot,
                &g,
                "Dot: estimate; bar: the range a wording admits.",
                &self.dataset,
            )?;
            root.present().map_err(plot_error)?;
        }
        Ok(svg)
    }

    /// A figure of the trends between waves: one row per trend, labelled
    /// with its measure's name and the two waves; the percentage change of
    /// each count (upper panel) and the change in points of each share
    /// (lower panel), with its interval at each design effect of the grid,
    /// the estimate (or the range the wordings admit) marked, and a line at
    /// no change. `None` when the report has no trends.
    ///
    /// # Errors
    /// `ErrorKind::Render` if drawing fails.
    ///
    /// ```
    /// let ds = njov::Dataset::load("njov_trends", None).unwrap();
    /// let svg = njov::Report::build(&ds).unwrap().trends_plot_svg().unwrap().unwrap();
    /// assert!(svg.contains("all arrests, 2000 → 2006"));
    /// assert!(njov::Report::build(&njov::Dataset::latest().unwrap()).unwrap().trends_plot_svg().unwrap().is_none());
    /// ```
    pub fn trends_plot_svg(&self) -> Result<Option<String>> {
        self.trends_plot_svg_with(PlotLayout::Wide)
    }

    /// The trends figure of [`Report::trends_plot_svg`] in a layout.
    ///
    /// # Errors
    /// `ErrorKind::Render` if drawing fails.
    pub fn trends_plot_svg_with(&self, layout: PlotLayout) -> Result<Option<String>> {
        let g = layout.geometry();
        let Some(t) = self.trends.as_ref().filter(|t| !t.trends.is_empty()) else {
            return Ok(None);
        };
        let counts: Vec<&TrendEstimate> = t
            .trends
            .iter()
            .filter(|x| matches!(x.change, Change::Count(_)))
            .collect();
        let shares: Vec<&TrendEstimate> = t
            .trends
            .iter()
            .filter(|x| matches!(x.change, Change::Share(_)))
            .collect();
        let panel_height = |n: usize| if n == 0 { 0 } else { 70 + g.row * n as u32 };
        let (hc, hs) = (panel_height(counts.len()), panel_height(shares.len()));
        let height = 40 + hc + hs + g.footer;
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (g.width, height)).into_drawing_area();
            root.fill(&WHITE).map_err(plot_error)?;
            let (title, rest) = root.split_vertically(40);
            let title_text = if g.labels_above {
                format!("Changes between waves, {:.0}% intervals", 100.0 * t.level)
            } else {
                format!(
                    "Changes between waves with {:.0}% intervals at four design effects",
                    100.0 * t.level
                )
            };
            title
                .draw(&Text::new(
                    title_text,
                    (12, 10),
                    ("sans-serif", g.title_font),
                ))
                .map_err(plot_error)?;
            let (count_area, rest) = rest.split_vertically(hc);
            let (share_area, foot) = rest.split_vertically(hs);
            if !counts.is_empty() {
                panel(&count_area, &g, &counts, "percent change", "%")?;
            }
            if !shares.is_empty() {
                panel(&share_area, &g, &shares, "change in percentage points", "")?;
            }
            footer(
                &foot,
                &g,
                "Dot: estimate; bar: the changes the wordings admit; line: no change.",
                &self.dataset,
            )?;
            root.present().map_err(plot_error)?;
        }
        Ok(Some(svg))
    }
}

/// One panel of the trends figure: the headline change of each trend
/// (percentage change or points) with its grid of intervals.
fn panel(
    area: &DrawingArea<SVGBackend<'_>, Shift>,
    g: &Geometry,
    trends: &[&TrendEstimate],
    axis: &str,
    suffix: &str,
) -> Result<()> {
    let rows = trends.len();
    let (mut lo, mut hi) = (0f64, 0f64);
    for x in trends {
        for p in &x.grid {
            let (_, l, h) = p.change.headline();
            lo = lo.min(l);
            hi = hi.max(h);
        }
    }
    let pad = 0.05 * (hi - lo).max(1.0);
    let (lo, hi) = (lo - pad, hi + pad);
    let labels: Vec<String> = trends
        .iter()
        .map(|x| fit(&x.title().replace(" -> ", " → "), g.label_chars))
        .collect();
    let side: Vec<String> = if g.labels_above {
        Vec::new()
    } else {
        labels.clone()
    };
    let mut chart = ChartBuilder::on(area)
        .margin(12)
        .margin_right(24)
        .x_label_area_size(44)
        .y_label_area_size(g.label_area)
        .build_cartesian_2d(lo..hi, -0.5f64..rows as f64 - 0.5)
        .map_err(plot_error)?;
    let suffix = suffix.to_string();
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(WHITE.mix(0.0))
        .bold_line_style(BLACK.mix(0.08))
        .x_desc(axis)
        .x_labels(if g.labels_above { 6 } else { 10 })
        .x_label_formatter(&|x| {
            if x.abs() < 1e-9 {
                format!("0{suffix}")
            } else {
                format!("{x:+.0}{suffix}")
            }
        })
        .label_style(("sans-serif", 16))
        .y_labels(if g.labels_above { 0 } else { rows })
        .y_label_formatter(&|y| row_label(&side, *y))
        .draw()
        .map_err(plot_error)?;
    if g.labels_above {
        labels_above(&mut chart, &labels, lo)?;
    }
    // The line at no change; under the labels, when they sit above the rows.
    let zero: Vec<_> = if g.labels_above {
        (0..rows)
            .map(|i| {
                let y = rows as f64 - 1.0 - i as f64;
                PathElement::new(
                    vec![(0.0, y - 0.5), (0.0, y + 0.2)],
                    BLACK.mix(0.6).stroke_width(1),
                )
            })
            .collect()
    } else {
        vec![PathElement::new(
            vec![(0.0, -0.5), (0.0, rows as f64 - 0.5)],
            BLACK.mix(0.6).stroke_width(1),
        )]
    };
    chart.draw_series(zero).map_err(plot_error)?;
    for (k, colour) in GRID_COLOURS.iter().enumerate() {
        let segments: Vec<_> = trends
            .iter()
            .enumerate()
            .filter_map(|(i, x)| {
                let p = x.grid.get(k)?;
                let (_, l, h) = p.change.headline();
                let y = rows as f64 - 1.0 - i as f64 + offset(k, g.labels_above);
                Some(PathElement::new(
                    vec![(l, y), (h, y)],
                    colour.stroke_width(3),
                ))
            })
            .collect();
        chart.draw_series(segments).map_err(plot_error)?;
    }
    let marks: Vec<_> = trends
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let y = mark_y(rows as f64 - 1.0 - i as f64, g.labels_above);
            match (&x.change, x.change.headline().0) {
                (_, Some(e)) => EitherMark::Dot(Circle::new((e, y), 4, BLACK.filled())),
                (Change::Share(s), None) => EitherMark::Bar(Rectangle::new(
                    [(s.wording[0], y - 0.12), (s.wording[1], y + 0.12)],
                    BLACK.filled(),
                )),
                (Change::Count(c), None) => EitherMark::Dot(Circle::new(
                    (c.percent_change.estimate, y),
                    4,
                    BLACK.filled(),
                )),
            }
        })
        .collect();
    for m in marks {
        match m {
            EitherMark::Dot(c) => chart.draw_series(std::iter::once(c)),
            EitherMark::Bar(r) => chart.draw_series(std::iter::once(r)),
        }
        .map_err(plot_error)?;
    }
    Ok(())
}

/// A trend's mark: a dot at its estimate, or a bar over the changes the
/// wordings admit.
enum EitherMark {
    Dot(Circle<(f64, f64), i32>),
    Bar(Rectangle<(f64, f64)>),
}

/// A figure drawn wide and narrow, as a block of a document; a paragraph
/// saying why when it cannot be drawn; nothing when there is no figure.
pub(crate) fn figure_block(
    id: &str,
    caption: &str,
    draw: impl Fn(PlotLayout) -> Result<Option<String>>,
) -> Option<Block> {
    match draw(PlotLayout::Wide).and_then(|w| Ok((w, draw(PlotLayout::Narrow)?))) {
        Ok((Some(wide), Some(narrow))) => Some(Block::Figure(Figure {
            id: id.to_string(),
            caption: caption.to_string(),
            wide,
            narrow,
        })),
        Ok(_) => None,
        Err(e) => Some(Block::paragraph(format!(
            "The figure could not be drawn: {e}"
        ))),
    }
}
