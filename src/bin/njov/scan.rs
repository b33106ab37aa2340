//! `njov scan`: every statement of a document that states an amount,
//! matched to the dataset's figures and judged.

use std::path::{Path, PathBuf};

use njov::data::utf8_text;
use njov::report::{render_document, scan_document};
use njov::study::{document_sources, scan_text};
use njov::{EstimateOptions, Format, national_estimates};

use crate::format;
use crate::options::DataArgs;
use crate::output::emit;

/// The arguments of `njov scan`.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The document (plain text).
    file: PathBuf,
    #[command(flatten)]
    data: DataArgs,
    /// Output format: text, markdown, json, csv or html.
    #[arg(long, value_parser = format::accepts(format::SCAN), default_value = "text")]
    pub(crate) format: Format,
    /// Write to this file instead of standard output.
    #[arg(long)]
    output: Option<PathBuf>,
}

/// `njov scan`.
pub(crate) fn run(args: &Args) -> njov::Result<()> {
    scan(&args.file, &args.data, args.format, args.output.as_deref())
}

/// `njov scan`.
fn scan(file: &Path, data: &DataArgs, format: Format, output: Option<&Path>) -> njov::Result<()> {
    let name = file.display().to_string();
    let bytes = std::fs::read(file).map_err(|e| njov::Error::io(&name, e))?;
    let text = utf8_text(&bytes, &name)?;
    let ds = data.load()?;
    let estimates = if ds.assumptions().is_empty() {
        None
    } else {
        Some(national_estimates(&ds, &EstimateOptions::default())?)
    };
    let sources = document_sources(&ds, text);
    let scan = scan_text(&ds, text, &sources, estimates.as_ref())?;
    let rendered = match format {
        Format::Json => {
            serde_json::to_string_pretty(&scan).map_err(|e| njov::Error::render("JSON", e))?
        }
        _ => render_document(&scan_document(&scan), format)?,
    };
    emit(&rendered, output)
}
