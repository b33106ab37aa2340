//! `njov scan`: every statement of a document that states an amount,
//! matched to the dataset's figures and judged.

use std::path::{Path, PathBuf};

use njov::Format;
use njov::data::utf8_text;
use njov::report::{render_document, scan_document, scan_page};
use njov::study::{Catalogue, document_sources, scan_with};

use crate::format;
use crate::options::EveryDatasetArgs;
use crate::output::emit;

/// The arguments of `njov scan`.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The document (plain text).
    file: PathBuf,
    #[command(flatten)]
    data: EveryDatasetArgs,
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
fn scan(
    file: &Path,
    data: &EveryDatasetArgs,
    format: Format,
    output: Option<&Path>,
) -> njov::Result<()> {
    let name = file.display().to_string();
    let bytes = std::fs::read(file).map_err(|e| njov::Error::io(&name, e))?;
    let text = utf8_text(&bytes, &name)?;
    let catalogue = match data.one()? {
        Some(ds) => Catalogue::from_datasets(vec![ds])?,
        None => Catalogue::embedded()?,
    };
    // A document the data ship (the press release) is no evidence for itself.
    let mut sources: Vec<String> = Vec::new();
    for ds in catalogue.datasets() {
        for s in document_sources(ds, text) {
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
    }
    let scan = scan_with(&catalogue, text, &sources);
    let rendered = match format {
        Format::Json => {
            serde_json::to_string_pretty(&scan).map_err(|e| njov::Error::render("JSON", e))?
        }
        Format::Html => render_document(&scan_page(&scan, text)?, format)?,
        _ => render_document(&scan_document(&scan), format)?,
    };
    emit(&rendered, output)
}
