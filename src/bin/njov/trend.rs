//! `njov trend`: the change between two figures of one definition in two
//! waves.

use std::path::PathBuf;

use njov::report::render_trend;
use njov::study::{WaveDesigns, trend_between};
use njov::{Dataset, EstimateOptions, Format};

use crate::format;
use crate::output::emit;

/// The arguments of `njov trend`.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The figure the change starts from (`w2000.total`; see `njov data show figure_measures`).
    from: String,
    /// The figure the change goes to (`w2006.total`), of the same definition in another wave.
    to: String,
    /// Dataset id.
    #[arg(long, default_value = njov::study::TRENDS_DATASET)]
    dataset: String,
    /// Dataset version (default: the newest).
    #[arg(long)]
    data_version: Option<String>,
    /// Read the data from this directory (same layout as data/) instead of the embedded copy.
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Confidence level of the intervals, in (0, 1).
    #[arg(long, default_value_t = 0.95)]
    level: f64,
    /// Design effect of every phase of both waves, overriding each wave's design model.
    #[arg(long)]
    deff: Option<f64>,
    /// Output format: text, markdown, json or csv.
    #[arg(long, value_parser = format::accepts(format::TREND), default_value = "text")]
    pub(crate) format: Format,
    /// Write to this file instead of standard output.
    #[arg(long)]
    output: Option<PathBuf>,
}

/// `njov trend`: the change between two figures, refused (exit 2) when they
/// measure different definitions.
pub(crate) fn run(args: &Args) -> njov::Result<()> {
    let ds = match &args.data_dir {
        Some(d) => Dataset::load_from_dir(d, &args.dataset, args.data_version.as_deref())?,
        None => Dataset::load(&args.dataset, args.data_version.as_deref())?,
    };
    let options = EstimateOptions {
        level: args.level,
        deff: args.deff,
        ..EstimateOptions::default()
    };
    let t = trend_between(&ds, &args.from, &args.to, &options)?;
    let designs = WaveDesigns::from_dataset(&ds)?;
    let text = render_trend(&t, &designs, args.format)?;
    emit(&text, args.output.as_deref())
}
