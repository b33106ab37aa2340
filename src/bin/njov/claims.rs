//! `njov claims`: every published statement and wording of every dataset
//! of the study (or of `--dataset`), judged.

use std::path::{Path, PathBuf};

use njov::report::document::{Block, Document, Table};
use njov::report::render_document;
use njov::{Dataset, Format, Report};

use crate::format;
use crate::options::EveryDatasetArgs;
use crate::output::emit;

/// The datasets whose ledgers are judged: the one asked for, or every
/// embedded dataset that holds statements.
fn datasets(data: &EveryDatasetArgs) -> njov::Result<Vec<Dataset>> {
    if let Some(ds) = data.one()? {
        return Ok(vec![ds]);
    }
    let mut out = Vec::new();
    for id in njov::data::embedded_catalog().datasets.keys() {
        let ds = Dataset::load(id, None)?;
        if !ds.statements().is_empty() {
            out.push(ds);
        }
    }
    Ok(out)
}

/// The arguments of `njov claims`.
#[derive(clap::Args)]
pub(crate) struct Args {
    #[command(flatten)]
    data: EveryDatasetArgs,
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

/// `njov claims`: one dataset's ledger as its report renders it, or every
/// dataset's: as one JSON array, as one CSV table built from each ledger's
/// table, or (text and Markdown) one document after another. HTML renders
/// one dataset's page, so it asks for `--dataset`.
fn claims(data: &EveryDatasetArgs, format: Format, output: Option<&Path>) -> njov::Result<()> {
    let datasets = datasets(data)?;
    if datasets.len() > 1 && format == Format::Html {
        return Err(njov::Error::invalid_argument(
            "format",
            "html",
            "--dataset with --format html (one page renders one dataset's ledger)",
        ));
    }
    let reports = datasets
        .iter()
        .map(Report::build)
        .collect::<njov::Result<Vec<_>>>()?;
    let text = match (format, reports.as_slice()) {
        (_, []) => String::new(),
        (_, [one]) => one.render_claims(format)?,
        // One array of every ledger's objects. It ends with a line end, where
        // one dataset's (the library's `render_claims`) does not: kept as it
        // was, byte for byte.
        (Format::Json, _) => {
            let mut all = Vec::new();
            for r in &reports {
                all.extend(r.claims_json()?);
            }
            let mut json =
                serde_json::to_string_pretty(&all).map_err(|e| njov::Error::render("JSON", e))?;
            json.push('\n');
            json
        }
        (Format::Csv, _) => {
            let mut table: Option<Table> = None;
            for r in &reports {
                for (_, t) in r.claims_document().tables() {
                    match &mut table {
                        None => table = Some(t.clone()),
                        Some(all) => all.append(t.clone())?,
                    }
                }
            }
            let mut doc = Document::new("");
            doc.blocks.extend(table.map(Block::Table));
            render_document(&doc, Format::Csv)?
        }
        _ => reports
            .iter()
            .map(|r| r.render_claims(format))
            .collect::<njov::Result<Vec<_>>>()?
            .join("\n"),
    };
    emit(&text, output)
}
