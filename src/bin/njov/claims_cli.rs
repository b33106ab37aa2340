//! `njov check --input` (one judgement per row of a CSV file) and `njov
//! scan` (every statement of a document, matched and judged).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use njov::claims::{Checker, Evidence, Judgement, parse_date, parse_period};
use njov::data::{Columns, Row, read_rows_from_path, utf8_text};
use njov::report::document::{Block, Cell, Column, Document, Table};
use njov::report::{render_document, scan_document};
use njov::study::{document_sources, scan_text};
use njov::{EstimateOptions, Format, national_estimates};

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
pub(crate) fn check_batch(input: &Path, format: Format, output: Option<&Path>) -> njov::Result<()> {
    let rows = read_rows_from_path::<CheckRow>(input, &CHECK_COLUMNS)?;
    if rows.is_empty() {
        return Err(crate::no_rows(input, "one row per claim"));
    }
    let results: Vec<(u64, &str, njov::Result<Judgement>)> = rows
        .iter()
        .map(|Row { line, record }| (*line, record.text.as_str(), judge_row(record)))
        .collect();
    let text = match format {
        Format::Jsonl => {
            let mut out = String::new();
            for (line, text, r) in &results {
                let l = BatchLine {
                    line: *line,
                    text,
                    judgement: r.as_ref().ok(),
                    error: r.as_ref().err().map(ToString::to_string),
                };
                out.push_str(
                    &serde_json::to_string(&l).map_err(|e| njov::Error::render("JSON", e))?,
                );
                out.push('\n');
            }
            out
        }
        _ => render_document(&batch_document(&results), format)?,
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

/// The judgements of a batch as a document: one row per input row, with
/// its verdict or the error in its evidence.
fn batch_document(results: &[(u64, &str, njov::Result<Judgement>)]) -> Document {
    let mut t = Table::new(vec![
        Column::new("line"),
        Column::below_unnamed("text"),
        Column::new("verdict"),
        Column::new("computed"),
        Column::new("accepted").range(),
        Column::new("kind"),
        Column::below("pattern"),
        Column::below_unnamed("reason"),
        Column::below("error"),
    ]);
    for (line, text, r) in results {
        let mut row = vec![Cell::text(line.to_string()), Cell::text(*text)];
        row.extend(match r {
            Ok(j) => [
                Cell::text(j.verdict.to_string()),
                Cell::number_or_empty(j.computed, |x| x.to_string()),
                j.accepted.map_or(Cell::Empty, |[a, b]| {
                    Cell::range(a, b, format!("[{a}, {b}]"))
                }),
                Cell::text(j.kind.to_string()),
                Cell::text_or_empty(j.pattern.as_ref().map(ToString::to_string)),
                Cell::text(&j.reason),
                Cell::Empty,
            ],
            Err(e) => [
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::text(e.to_string()),
            ],
        });
        t.push(row);
    }
    Document::new("").with(Block::Table(t))
}

/// `njov scan`.
pub(crate) fn scan(
    file: &PathBuf,
    data: &crate::DataArgs,
    format: Format,
    output: Option<&Path>,
) -> njov::Result<()> {
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
    crate::emit(&rendered, output)
}
