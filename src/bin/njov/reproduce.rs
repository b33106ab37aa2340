//! `njov reproduce`: the full reproduction report.

use std::path::{Path, PathBuf};

use njov::{Format, Report};

use crate::format;
use crate::options::{DataArgs, EstimateArgs};
use crate::output::emit;

/// The arguments of `njov reproduce`.
#[derive(clap::Args)]
pub(crate) struct Args {
    #[command(flatten)]
    data: DataArgs,
    #[command(flatten)]
    estimates: EstimateArgs,
    /// Output format: text, markdown, json, csv or html.
    #[arg(long, value_parser = format::accepts(format::REPORT), default_value = "text")]
    pub(crate) format: Format,
    /// Write to this file instead of standard output.
    #[arg(long)]
    output: Option<PathBuf>,
}

/// `njov reproduce`.
pub(crate) fn run(args: &Args) -> njov::Result<()> {
    reproduce(
        &args.data,
        &args.estimates,
        args.format,
        args.output.as_deref(),
    )
}

/// `njov reproduce`.
fn reproduce(
    data: &DataArgs,
    estimates: &EstimateArgs,
    format: Format,
    output: Option<&Path>,
) -> njov::Result<()> {
    let ds = data.load()?;
    let text = Report::build_with(&ds, &estimates.options())?.render(format)?;
    emit(&text, output)
}
