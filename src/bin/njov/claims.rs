//! `njov claims`: every published statement and wording of a dataset,
//! judged.

use std::path::{Path, PathBuf};

use njov::{Format, Report};

use crate::format;
use crate::options::DataArgs;
use crate::output::emit;

/// The arguments of `njov claims`.
#[derive(clap::Args)]
pub(crate) struct Args {
    #[command(flatten)]
    data: DataArgs,
    /// Output format: text, markdown, json, csv or html.
    #[arg(long, value_parser = format::accepts(format::REPORT), default_value = "text")]
    pub(crate) format: Format,
    /// Write to this file instead of standard output.
    #[arg(long)]
    output: Option<PathBuf>,
}

/// `njov claims`.
pub(crate) fn run(args: &Args) -> njov::Result<()> {
    claims(&args.data, args.format, args.output.as_deref())
}

/// `njov claims`.
fn claims(data: &DataArgs, format: Format, output: Option<&Path>) -> njov::Result<()> {
    let ds = data.load()?;
    let text = Report::build(&ds)?.render_claims(format)?;
    emit(&text, output)
}
