//! A forest plot of the shares with their intervals across the design-effect
//! grid, as SVG (plotters' SVG backend; text is written as SVG text, so no
//! system fonts are needed).

use plotters::prelude::*;

use super::Report;
use crate::error::{Error, Result};
use crate::study::{DEFF_GRID, EstimateKind};

/// Colours of the design-effect grid, lightest design effect darkest.
const GRID_COLOURS: [RGBColor; 4] = [
    RGBColor(0, 63, 92),
    RGBColor(88, 80, 141),
    RGBColor(188, 80, 144),
    RGBColor(255, 99, 97),
];

fn plot_error(e: impl std::fmt::Display) -> Error {
    Error::render("the SVG plot", e)
}

impl Report {
    /// A forest plot of every share estimate: one row per share, its
    /// interval at each design effect of the grid side by side, the point
    /// estimate (or the range a wording admits) marked, and the dataset's
    /// provenance in the caption.
    ///
    /// # Errors
    /// `ErrorKind::Render` if drawing fails.
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// let svg = njov::Report::build(&ds).unwrap().forest_plot_svg().unwrap();
    /// assert!(svg.starts_with("<svg") && svg.contains("deff 1.5"));
    /// ```
    pub fn forest_plot_svg(&self) -> Result<String> {
        let shares: Vec<_> = self
            .estimates
            .iter()
            .filter(|e| e.kind == EstimateKind::Share)
            .collect();
        let rows = shares.len().max(1);
        let row_height = 26u32;
        let height = 150 + row_height * rows as u32;
        let width = 1100u32;
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
            root.fill(&WHITE).map_err(plot_error)?;
            let grid: Vec<String> = DEFF_GRID.iter().map(f64::to_string).collect();
            let caption = format!(
                "{} {}: shares with {:.0}% intervals at design effects {}",
                self.dataset.id,
                self.dataset.version,
                100.0 * shares.first().map_or(0.95, |e| e.level),
                grid.join(", ")
            );
            let mut chart = ChartBuilder::on(&root)
                .caption(caption, ("sans-serif", 18))
                .margin(12)
                .margin_bottom(34)
                .x_label_area_size(40)
                .y_label_area_size(330)
                // Percent runs to 100; the strip beyond it holds the legend.
                .build_cartesian_2d(0f64..122f64, -0.5f64..rows as f64 - 0.5)
                .map_err(plot_error)?;
            let labels: Vec<String> = shares
                .iter()
                .map(|e| {
                    let id = e.id.trim_start_matches("share:");
                    if e.assumed_base {
                        format!("{id} (assumed base)")
                    } else {
                        id.to_string()
                    }
                })
                .collect();
            chart
                .configure_mesh()
                .disable_y_mesh()
                .x_desc("percent")
                .x_labels(13)
                .x_label_formatter(&|x| {
                    if *x <= 100.0 {
                        format!("{x:.0}")
                    } else {
                        String::new()
                    }
                })
                .y_labels(rows)
                .y_label_formatter(&|y| {
                    // Row i sits at y = rows - 1 - i.
                    let i = rows as f64 - 1.0 - y;
                    if (i - i.round()).abs() < 1e-6
                        && i >= 0.0
                        && (i.round() as usize) < labels.len()
                    {
                        labels[i.round() as usize].clone()
                    } else {
                        String::new()
                    }
                })
                .draw()
                .map_err(plot_error)?;
            for (k, colour) in GRID_COLOURS.iter().enumerate() {
                let deff = shares
                    .first()
                    .and_then(|e| e.grid.get(k))
                    .map_or(0.0, |g| g.deff);
                let segments: Vec<_> = shares
                    .iter()
                    .enumerate()
                    .filter_map(|(i, e)| {
                        let g = e.grid.get(k)?;
                        let y = rows as f64 - 1.0 - i as f64 + 0.12 * (1.5 - k as f64);
                        Some(PathElement::new(
                            vec![(g.lower, y), (g.upper, y)],
                            colour.stroke_width(2),
                        ))
                    })
                    .collect();
                chart
                    .draw_series(segments)
                    .map_err(plot_error)?
                    .label(format!("deff {deff}"))
                    .legend(move |(x, y)| {
                        PathElement::new(vec![(x, y), (x + 18, y)], colour.stroke_width(2))
                    });
            }
            let points: Vec<_> = shares
                .iter()
                .enumerate()
                .filter_map(|(i, e)| {
                    let y = rows as f64 - 1.0 - i as f64;
                    e.estimate.map(|x| Circle::new((x, y), 4, BLACK.filled()))
                })
                .collect();
            chart.draw_series(points).map_err(plot_error)?;
            let ranges: Vec<_> = shares
                .iter()
                .enumerate()
                .filter_map(|(i, e)| {
                    let y = rows as f64 - 1.0 - i as f64;
                    let [lo, hi] = e.range.filter(|_| e.estimate.is_none())?;
                    Some(Rectangle::new(
                        [(lo, y - 0.1), (hi, y + 0.1)],
                        BLACK.filled(),
                    ))
                })
                .collect();
            chart.draw_series(ranges).map_err(plot_error)?;
            chart
                .configure_series_labels()
                .position(SeriesLabelPosition::UpperRight)
                .background_style(WHITE.mix(0.9))
                .border_style(BLACK)
                .draw()
                .map_err(plot_error)?;
            root.draw(&Text::new(
                format!(
                    "dot: estimate; bar: the range a wording admits. Manifest sha256 {}",
                    self.dataset.checksum
                ),
                (12, height as i32 - 16),
                ("sans-serif", 12),
            ))
            .map_err(plot_error)?;
            root.present().map_err(plot_error)?;
        }
        Ok(svg)
    }
}
