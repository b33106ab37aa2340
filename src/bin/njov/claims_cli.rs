//! `njov check --input` (one judgement per row of a CSV file) and `njov
//! scan` (every statement of a document, matched and judged).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use njov::claims::{Checker, Evidence, Judgement, parse_date, parse_period};
use njov::data::{Columns, Row, read_rows_from_path, utf8_text};
use njov::study::{Catalogue, DocumentScan, FindingStatus, document_sources, scan_with};
use njov::{Dataset, Format};

/// The formats of `njov check --input`.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum BatchFormat {
    /// One CSV row per input row.
    Csv,
    /// One JSON object per line.
    Jsonl,
}

/// One row of `njov check --input`: the sentence and its evidence.
#[derive(Deserialize)]
struct CheckRow {
    text: String,
    part: Option<f64>,
    whole: Option<f64>,
    value: Option<f64>,
    from: Option<f64>,
    to: Option<f64>,
    reference: Option<String>,
    published: Option<String>,
    ci_lower: Option<f64>,
    ci_upper: Option<f64>,
    n: Option<u64>,
}

const CHECK_COLUMNS: Columns<'static> = Columns {
    required: &["text"],
    optional: &[
        "part",
        "whole",
        "value",
        "from",
        "to",
        "reference",
        "published",
        "ci_lower",
        "ci_upper",
        "n",
    ],
};

/// The evidence of one row; an error names what is wrong with it.
fn row_evidence(r: &CheckRow) -> njov::Result<Evidence> {
    let periods = r.reference.is_some() || r.published.is_some();
    let given = [
        r.part.is_some() || r.whole.is_some(),
        r.value.is_some(),
        r.from.is_some() || r.to.is_some(),
        periods,
    ];
    if given.iter().filter(|g| **g).count() > 1 {
        return Err(njov::Error::invalid_argument(
            "evidence",
            "more than one kind",
            "one of part and whole, value, from and to, or reference/published",
        ));
    }
    Ok(match (r.part.zip(r.whole), r.value, r.from.zip(r.to)) {
        (Some((part, whole)), _, _) => Evidence::Share { part, whole },
        (_, Some(v), _) => Evidence::Value(v),
        (_, _, Some((from, to))) => Evidence::Change { from, to },
        _ if periods => Evidence::Period {
            reference: r.reference.as_deref().map(parse_period).transpose()?,
            published: r.published.as_deref().map(parse_date).transpose()?,
        },
        _ => {
            return Err(njov::Error::invalid_argument(
                "evidence",
                "none or half of a pair",
                "part and whole, value, from and to, or reference/published",
            ));
        }
    })
}

fn judge_row(r: &CheckRow) -> njov::Result<Judgement> {
    let evidence = row_evidence(r)?;
    let mut checker = Checker::new();
    match (r.ci_lower, r.ci_upper) {
        (Some(lo), Some(hi)) if lo <= hi => checker = checker.ci(lo, hi),
        (None, None) => {}
        _ => {
            return Err(njov::Error::invalid_argument(
                "ci_lower, ci_upper",
                format!("{:?}, {:?}", r.ci_lower, r.ci_upper),
                "both, with ci_lower <= ci_upper",
            ));
        }
    }
    if let Some(n) = r.n {
        checker = checker.unweighted_n(n);
    }
    checker.check(&r.text, &evidence)
}

/// A batch line: the input's line and text, and its judgement or the
/// error in its evidence.
#[derive(Serialize)]
struct BatchLine<'a> {
    line: u64,
    text: &'a str,
    #[serde(flatten)]
    judgement: Option<&'a Judgement>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// `njov check --input`. Every row gets a line; a row whose evidence is
/// wrong gets its error in the `error` column, and the command then exits
/// with the argument-error code after writing every row.
pub(crate) fn check_batch(
    input: &Path,
    format: BatchFormat,
    output: Option<&Path>,
) -> njov::Result<()> {
    let rows = read_rows_from_path::<CheckRow>(input, &CHECK_COLUMNS)?;
    if rows.is_empty() {
        return Err(crate::no_rows(input, "one row per claim"));
    }
    let results: Vec<(u64, &str, njov::Result<Judgement>)> = rows
        .iter()
        .map(|Row { line, record }| (*line, record.text.as_str(), judge_row(record)))
        .collect();
    let text = match format {
        BatchFormat::Jsonl => {
            let mut out = String::new();
            for (line, text, r) in &results {
                let l = BatchLine {
                    line: *line,
                    text,
                    judgement: r.as_ref().ok(),
                    error: r.as_ref().err().map(ToString::to_string),
                };
                out.push_str(&serde_json::to_string(&l).expect("a judgement serialises"));
                out.push('\n');
            }
            out
        }
        BatchFormat::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            let to_csv = |e: csv::Error| njov::Error::io("<csv>", std::io::Error::other(e));
            w.write_record([
                "line",
                "text",
                "verdict",
                "computed",
                "accepted_lower",
                "accepted_upper",
                "kind",
                "pattern",
                "reason",
                "error",
            ])
            .map_err(to_csv)?;
            let num = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
            for (line, text, r) in &results {
                let record = match r {
                    Ok(j) => [
                        line.to_string(),
                        text.to_string(),
                        j.verdict.to_string(),
                        num(j.computed),
                        num(j.accepted.map(|a| a[0])),
                        num(j.accepted.map(|a| a[1])),
                        j.kind.to_string(),
                        j.pattern
                            .as_ref()
                            .map(ToString::to_string)
                            .unwrap_or_default(),
                        j.reason.clone(),
                        String::new(),
                    ],
                    Err(e) => [
                        line.to_string(),
                        text.to_string(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        e.to_string(),
                    ],
                };
                w.write_record(&record).map_err(to_csv)?;
            }
            let bytes = w
                .into_inner()
                .map_err(|e| njov::Error::io("<csv>", std::io::Error::other(e.to_string())))?;
            String::from_utf8(bytes).expect("csv writes the UTF-8 it is given")
        }
    };
    crate::emit(&text, output)?;
    let bad: Vec<(u64, &njov::Error)> = results
        .iter()
        .filter_map(|(line, _, r)| r.as_ref().err().map(|e| (*line, e)))
        .collect();
    match bad.first() {
        None => Ok(()),
        Some((first, e)) => Err(njov::Error::invalid_argument(
            "rows",
            format!(
                "{} of {}, the first at line {first} ({e})",
                bad.len(),
                results.len()
            ),
            "a readable sentence and evidence that fits it in every row (see the error column)",
        )),
    }
}

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

/// `njov scan`.
pub(crate) fn scan(
    file: &PathBuf,
    data: &ScanDataArgs,
    format: Format,
    output: Option<&Path>,
) -> njov::Result<()> {
    let name = file.display().to_string();
    let bytes = std::fs::read(file).map_err(|e| njov::Error::io(&name, e))?;
    let text = utf8_text(&bytes, &name)?;
    let catalogue = match &data.dataset {
        Some(id) => {
            let ds = match &data.data_dir {
                Some(d) => Dataset::load_from_dir(d, id, data.data_version.as_deref())?,
                None => Dataset::load(id, data.data_version.as_deref())?,
            };
            Catalogue::from_datasets(vec![ds])?
        }
        None => Catalogue::embedded()?,
    };
    let mut sources: Vec<String> = Vec::new();
    for ds in catalogue.datasets() {
        for s in document_sources(ds, text) {
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
    }
    let scan = scan_with(&catalogue, text, &sources);
    let rendered = render_scan(&scan, format)?;
    crate::emit(&rendered, output)
}

fn render_scan(scan: &DocumentScan, format: Format) -> njov::Result<String> {
    let num = |v: Option<f64>| v.map(|x| format!("{x:.2}")).unwrap_or_else(|| "-".into());
    let accepted = |a: Option<[f64; 2]>| {
        a.map(|[lo, hi]| format!("[{lo:.2}, {hi:.2}]"))
            .unwrap_or_else(|| "-".into())
    };
    let status = |s: FindingStatus| match s {
        FindingStatus::Matched => "matched",
        FindingStatus::Unmatched => "unmatched",
        FindingStatus::Vague => "vague",
    };
    Ok(match format {
        Format::Html => {
            return Err(njov::Error::invalid_argument(
                "format",
                "html",
                "text, markdown, json or csv for a scan (the HTML page is the report's)",
            ));
        }
        Format::Json => serde_json::to_string_pretty(scan).expect("a scan serialises"),
        Format::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            let to_csv = |e: csv::Error| njov::Error::io("<csv>", std::io::Error::other(e));
            w.write_record([
                "sentence",
                "wording",
                "status",
                "figure",
                "base",
                "verdict",
                "computed",
                "accepted_lower",
                "accepted_upper",
                "reason",
                "dataset",
                "version",
                "checksum",
            ])
            .map_err(to_csv)?;
            let opt = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
            for f in &scan.findings {
                let p = f
                    .dataset
                    .as_deref()
                    .and_then(|d| scan.datasets.iter().find(|p| p.id == d))
                    .unwrap_or(&scan.dataset);
                w.write_record([
                    f.sentence.to_string(),
                    f.wording.clone(),
                    status(f.status).to_string(),
                    f.figure.clone().unwrap_or_default(),
                    f.base.clone().unwrap_or_default(),
                    f.verdict.to_string(),
                    opt(f.computed),
                    opt(f.accepted.map(|a| a[0])),
                    opt(f.accepted.map(|a| a[1])),
                    f.reason.clone(),
                    p.id.clone(),
                    p.version.clone(),
                    p.checksum.clone(),
                ])
                .map_err(to_csv)?;
            }
            let bytes = w
                .into_inner()
                .map_err(|e| njov::Error::io("<csv>", std::io::Error::other(e.to_string())))?;
            String::from_utf8(bytes).expect("csv writes the UTF-8 it is given")
        }
        Format::Text | Format::Markdown => {
            let md = format == Format::Markdown;
            let mut out = String::new();
            let p = scan
                .datasets
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ");
            if md {
                out.push_str(&format!(
                    "# Scan against {p}\n\n{} sentences, {} findings ({} unmatched or vague)\n\n\
                     | sentence | wording | status | figure | verdict | computed | accepted | reason |\n\
                     |---|---|---|---|---|---|---|---|\n",
                    scan.sentences,
                    scan.findings.len(),
                    scan.unmatched().count()
                ));
            } else {
                out.push_str(&format!(
                    "scan against {p}\n{} sentences, {} findings ({} unmatched or vague)\n\n",
                    scan.sentences,
                    scan.findings.len(),
                    scan.unmatched().count()
                ));
            }
            for f in &scan.findings {
                if md {
                    out.push_str(&format!(
                        "| {} | {} | {} | {} | {} | {} | {} | {} |\n",
                        f.sentence,
                        f.wording.replace('|', "\\|"),
                        status(f.status),
                        f.figure.as_deref().unwrap_or("-"),
                        f.verdict,
                        num(f.computed),
                        accepted(f.accepted),
                        f.reason.replace('|', "\\|")
                    ));
                } else {
                    out.push_str(&format!(
                        "[{}] \"{}\" {} {} -> {} (computed {}, accepted {})\n    {}\n",
                        f.sentence,
                        f.wording,
                        status(f.status),
                        f.figure.as_deref().unwrap_or("-"),
                        f.verdict,
                        num(f.computed),
                        accepted(f.accepted),
                        f.reason
                    ));
                }
            }
            out
        }
    })
}
