//! `njov scan`: every statement of a document that states an amount,
//! matched to the dataset's figures and judged.

use std::path::{Path, PathBuf};

use njov::data::utf8_text;
use njov::report::{render_document, scan_document, scan_page};
use njov::study::{Catalogue, document_sources, scan_with};
use njov::{Dataset, Format};

use crate::format;
use crate::output::emit;

/// Where `njov scan` reads its figures: every embedded dataset, or one.
#[derive(clap::Args)]
pub(crate) struct ScanDataArgs {
    /// Judge against this dataset only (default: every dataset of the study: wave 1, the
    /// later waves and the changes between them).
    #[arg(long)]
    dataset: Option<String>,
    /// Dataset version (with --dataset; default: the newest).
    #[arg(long, requires = "dataset")]
    data_version: Option<String>,
    /// Read the dataset from this directory (same layout as data/; with --dataset).
    #[arg(long, requires = "dataset")]
    data_dir: Option<PathBuf>,
}

impl ScanDataArgs {
    /// The catalogue the scan reads: the one dataset asked for, or all.
    fn catalogue(&self) -> njov::Result<Catalogue> {
        match &self.dataset {
            Some(id) => {
                let ds = match &self.data_dir {
                    Some(d) => Dataset::load_from_dir(d, id, self.data_version.as_deref())?,
                    None => Dataset::load(id, self.data_version.as_deref())?,
                };
                Catalogue::from_datasets(vec![ds])
            }
            None => Catalogue::embedded(),
        }
    }
}

/// The arguments of `njov scan`.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The document (plain text).
    file: PathBuf,
    #[command(flatten)]
    data: ScanDataArgs,
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
    data: &ScanDataArgs,
    format: Format,
    output: Option<&Path>,
) -> njov::Result<()> {
    let name = file.display().to_string();
    let bytes = std::fs::read(file).map_err(|e| njov::Error::io(&name, e))?;
    let text = utf8_text(&bytes, &name)?;
    let catalogue = data.catalogue()?;
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
