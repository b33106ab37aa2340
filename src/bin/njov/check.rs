//! `njov check`: a claim sentence judged against its evidence, or one
//! judgement per row of a CSV file (`--input`).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use njov::Format;
use njov::claims::{Checker, Evidence, Judgement, parse_date, parse_period};
use njov::data::{Columns, Row, read_rows_from_path};
use njov::report::document::{Block, Cell, Column, Document, Section, Table};
use njov::report::render_document;

use crate::format;
use crate::output::{emit, no_rows};

/// The arguments of `njov check`.
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The claim, in English ("Nearly 40% of arrested offenders ...").
    #[arg(required_unless_present = "input")]
    claim: Option<String>,
    /// A CSV file with a `text` column and evidence columns (part, whole, value, from, to,
    /// reference, published, ci_lower, ci_upper, n): one judgement per row.
    #[arg(long, conflicts_with_all = ["claim", "part", "value", "from", "reference", "published", "ci", "n"])]
    input: Option<PathBuf>,
    /// With --input: the output format (csv, jsonl, text, markdown or html).
    #[arg(long, value_parser = format::accepts(format::BATCH), default_value = "csv", requires = "input")]
    batch_format: Format,
    /// With --input: write to this file instead of standard output.
    #[arg(long, requires = "input")]
    output: Option<PathBuf>,
    /// The part of a share (with --whole).
    #[arg(long, requires = "whole", conflicts_with_all = ["value", "from", "reference"])]
    part: Option<f64>,
    /// The whole of a share (with --part).
    #[arg(long, requires = "part")]
    whole: Option<f64>,
    /// The value itself, on the claim's scale.
    #[arg(long, conflicts_with_all = ["from", "reference"])]
    value: Option<f64>,
    /// The earlier value of a change (with --to).
    #[arg(long, requires = "to", conflicts_with = "reference")]
    from: Option<f64>,
    /// The later value of a change (with --from).
    #[arg(long, requires = "from")]
    to: Option<f64>,
    /// For a period: the reference period it should name ("July 1, 2000, through June 30, 2001").
    #[arg(long)]
    reference: Option<String>,
    /// For a period: the date the claim was published.
    #[arg(long)]
    published: Option<String>,
    /// A model-based interval for the computed value, "LOWER,UPPER", to flag a decision across the boundary.
    #[arg(long)]
    ci: Option<String>,
    /// The unweighted base, for a check that a printed percentage is possible at all.
    #[arg(long)]
    n: Option<u64>,
    /// Output format: text or json.
    #[arg(long, value_parser = format::accepts(format::ONE), default_value = "text")]
    pub(crate) format: Format,
}

/// `njov check`: one sentence, or every row of `--input`.
pub(crate) fn run(args: &Args) -> njov::Result<()> {
    match &args.input {
        Some(input) => check_batch(input, args.batch_format, args.output.as_deref()),
        None => check(args),
    }
}

/// The evidence `njov check` was given.
fn evidence(args: &Args) -> njov::Result<Evidence> {
    Ok(
        match (
            args.part.zip(args.whole),
            args.value,
            args.from.zip(args.to),
            &args.reference,
            &args.published,
        ) {
            (Some((part, whole)), _, _, _, _) => Evidence::Share { part, whole },
            (_, Some(v), _, _, _) => Evidence::Value(v),
            (_, _, Some((from, to)), _, _) => Evidence::Change { from, to },
            (_, _, _, r, p) if r.is_some() || p.is_some() => Evidence::Period {
                reference: r.as_deref().map(parse_period).transpose()?,
                published: p.as_deref().map(parse_date).transpose()?,
            },
            _ => {
                return Err(njov::Error::invalid_argument(
                    "evidence",
                    "none",
                    "--part and --whole, --value, --from and --to, or --reference/--published",
                ));
            }
        },
    )
}

/// Whether any evidence was given.
fn has_evidence(args: &Args) -> bool {
    args.part.is_some()
        || args.whole.is_some()
        || args.value.is_some()
        || args.from.is_some()
        || args.to.is_some()
        || args.reference.is_some()
        || args.published.is_some()
}

/// `njov check SENTENCE` with no evidence: the sentence judged against every
/// dataset of the study, as `njov scan` judges a document's sentence. The
/// JSON is the check's keys (`verdict, computed, accepted, kind, reason`)
/// for the sentence's main statement (its first matched one, else its
/// first), with `figure` and `wave`, and every statement in `findings`.
fn check_against_catalogue(args: &Args) -> njov::Result<()> {
    let claim = args.claim.as_deref().unwrap_or_default();
    let scan = njov::study::scan_all(claim, &[])?;
    let main = scan
        .findings
        .iter()
        .find(|f| f.status == njov::study::FindingStatus::Matched)
        .or(scan.findings.first());
    let text = match args.format {
        Format::Json => {
            let value = serde_json::json!({
                "verdict": main.map_or(njov::Verdict::Unverifiable, |f| f.verdict),
                "computed": main.and_then(|f| f.computed),
                "accepted": main.and_then(|f| f.accepted),
                "kind": main.map(|f| f.kind),
                "reason": main.map_or_else(
                    || "no amount, share, change or period found to judge".to_string(),
                    |f| f.reason.clone()
                ),
                "figure": main.and_then(|f| f.figure.clone()),
                "wave": main.and_then(|f| f.wave.clone()),
                "datasets": scan.datasets,
                "findings": scan.findings,
            });
            let mut json =
                serde_json::to_string_pretty(&value).map_err(|e| njov::Error::render("JSON", e))?;
            json.push('\n');
            json
        }
        _ => render_document(&njov::report::scan_document(&scan), args.format)?,
    };
    emit(&text, None)
}

/// `njov check`.
fn check(args: &Args) -> njov::Result<()> {
    if !has_evidence(args) && args.claim.is_some() {
        return check_against_catalogue(args);
    }
    let evidence = evidence(args)?;
    let mut checker = Checker::new();
    if let Some(ci) = &args.ci {
        let bounds: Vec<f64> = ci
            .split(',')
            .map(|x| x.trim().parse::<f64>())
            .collect::<Result<_, _>>()
            .map_err(|_| njov::Error::invalid_argument("ci", ci, "LOWER,UPPER"))?;
        match bounds[..] {
            [lo, hi] if lo <= hi => checker = checker.ci(lo, hi),
            _ => {
                return Err(njov::Error::invalid_argument(
                    "ci",
                    ci,
                    "LOWER,UPPER with LOWER <= UPPER",
                ));
            }
        }
    }
    if let Some(n) = args.n {
        checker = checker.unweighted_n(n);
    }
    let claim = args.claim.as_deref().unwrap_or_default();
    let judgement = checker.check(claim, &evidence)?;
    let text = match args.format {
        Format::Json => {
            let mut json = serde_json::to_string_pretty(&judgement)
                .map_err(|e| njov::Error::render("JSON", e))?;
            json.push('\n');
            json
        }
        _ => render_document(&judgement_document(&judgement), args.format)?,
    };
    emit(&text, None)
}

/// One judgement as a document: its verdict, numbers, kind, flags and
/// reason, then each amount of a sentence that states several.
fn judgement_document(j: &Judgement) -> Document {
    let mut fields = vec![("verdict".to_string(), Cell::text(j.verdict.to_string()))];
    if let Some(c) = j.computed {
        fields.push(("computed".into(), Cell::number(c, c.to_string())));
    }
    if let Some([a, b]) = j.accepted {
        fields.push(("accepted".into(), Cell::range(a, b, format!("[{a}, {b}]"))));
    }
    fields.push(("kind".into(), Cell::text(j.kind.to_string())));
    if let Some(x) = j.crosses_boundary {
        fields.push((
            "interval crosses the boundary".into(),
            Cell::text(x.to_string()),
        ));
    }
    if let Some(p) = &j.pattern {
        fields.push(("pattern".into(), Cell::text(p.to_string())));
    }
    fields.push(("reason".into(), Cell::text(&j.reason)));
    let mut doc = Document::new("").with(Block::Fields { fields });
    if j.amounts.len() > 1 {
        let mut amounts = Table::new(vec![
            Column::new("role"),
            Column::new("wording"),
            Column::new("verdict"),
            Column::below_unnamed("reason"),
        ]);
        for a in &j.amounts {
            amounts.push(vec![
                Cell::text(a.role.to_string()),
                Cell::text(format!("\"{}\"", a.wording)),
                Cell::text(a.verdict.to_string()),
                Cell::text(&a.reason),
            ]);
        }
        let mut section = Section::new("amounts");
        section.push(Block::Table(amounts));
        doc.push(Block::Section(section));
    }
    doc
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
        (lo, hi) => {
            // What the row gives, in words: a bound or an empty cell.
            let given = |v: Option<f64>| v.map_or("an empty cell".to_string(), |x| x.to_string());
            return Err(njov::Error::invalid_argument(
                "ci_lower, ci_upper",
                format!("{} and {}", given(lo), given(hi)),
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
        return Err(no_rows(input, "one row per claim"));
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
    emit(&text, output)?;
    let total = results.len();
    let mut bad = results
        .into_iter()
        .filter_map(|(line, _, r)| r.err().map(|e| (line, e)));
    match bad.next() {
        None => Ok(()),
        // The first bad row's error is the cause.
        Some((first, e)) => Err(njov::Error::invalid_argument_because(
            "rows",
            format!("{} of {total}, the first at line {first}", 1 + bad.count()),
            "a readable sentence and evidence that fits it in every row (see the error column)",
            e,
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
