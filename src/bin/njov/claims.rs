//! `njov claims`: every published statement and wording of every dataset
//! of the study (or of `--dataset`), judged.

use std::path::{Path, PathBuf};

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
/// dataset's, one after another (a JSON array and a CSV table joined into
/// one; HTML renders one dataset's page, so it asks for `--dataset`).
fn claims(data: &EveryDatasetArgs, format: Format, output: Option<&Path>) -> njov::Result<()> {
    let datasets = datasets(data)?;
    if datasets.len() > 1 && format == Format::Html {
        return Err(njov::Error::invalid_argument(
            "format",
            "html",
            "--dataset with --format html (one page renders one dataset's ledger)",
        ));
    }
    let mut parts = Vec::new();
    for ds in &datasets {
        parts.push(Report::build(ds)?.render_claims(format)?);
    }
    let text = match format {
        Format::Json if parts.len() > 1 => {
            let mut all: Vec<serde_json::Value> = Vec::new();
            for p in &parts {
                let v: serde_json::Value =
                    serde_json::from_str(p).map_err(|e| njov::Error::render("JSON", e))?;
                all.extend(v.as_array().cloned().unwrap_or_default());
            }
            let mut json =
                serde_json::to_string_pretty(&all).map_err(|e| njov::Error::render("JSON", e))?;
            json.push('\n');
            json
        }
        Format::Csv if parts.len() > 1 => {
            let mut out = parts[0].clone();
            for p in &parts[1..] {
                out.push_str(p.split_once('\n').map_or("", |(_, rest)| rest));
            }
            out
        }
        _ => parts.join("\n"),
    };
    emit(&text, output)
}
