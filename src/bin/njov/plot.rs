//! `njov plot`: a figure as SVG.

use std::path::{Path, PathBuf};

use clap::ValueEnum;
use njov::Report;
use njov::report::PlotLayout;

use crate::options::{DataArgs, EstimateArgs};
use crate::output::emit;

/// The arguments of `njov plot`.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The SVG file to write.
    #[arg(long)]
    output: PathBuf,
    /// Which figure.
    #[arg(long, value_enum, default_value_t = Figure::Forest)]
    figure: Figure,
    /// Wide (labels to the left) or narrow (labels above the rows, for a phone).
    #[arg(long, value_enum, default_value_t = Layout::Wide)]
    layout: Layout,
    #[command(flatten)]
    data: DataArgs,
    #[command(flatten)]
    estimates: EstimateArgs,
}

/// The figures of `njov plot`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Figure {
    /// The shares with their intervals (a dataset with national estimates).
    Forest,
    /// The changes between waves with their intervals (a dataset with waves).
    Trends,
}

/// The layouts of `njov plot`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Layout {
    Wide,
    Narrow,
}

/// `njov plot`.
pub(crate) fn run(args: &Args) -> njov::Result<()> {
    plot(
        &args.data,
        &args.estimates,
        args.figure,
        args.layout,
        &args.output,
    )
}

/// `njov plot`.
fn plot(
    data: &DataArgs,
    estimates: &EstimateArgs,
    figure: Figure,
    layout: Layout,
    output: &Path,
) -> njov::Result<()> {
    let ds = data.load()?;
    let report = Report::build_with(&ds, &estimates.options())?;
    let layout = match layout {
        Layout::Wide => PlotLayout::Wide,
        Layout::Narrow => PlotLayout::Narrow,
    };
    let svg = match figure {
        Figure::Forest => report.forest_plot_svg_with(layout)?,
        Figure::Trends => report.trends_plot_svg_with(layout)?.ok_or_else(|| {
            njov::Error::invalid_argument(
                "figure",
                "trends",
                format!(
                    "a dataset with waves ({} has none; try --dataset {})",
                    ds.provenance().id,
                    njov::study::TRENDS_DATASET
                ),
            )
        })?,
    };
    emit(&svg, Some(output))
}
