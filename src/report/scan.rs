//! A document scan as a [`Document`] (what `njov scan` prints): one row per
//! finding, with the dataset on every CSV row; and a scanned text annotated
//! with its findings.

use super::document::{
    AnnotatedText, Block, Cell, Column, Document, Span, Table, Tone, VerdictMark,
};
use super::sections::verdict_mark;
use crate::claims::Verdict;
use crate::error::Result;
use crate::study::{DocumentScan, FindingStatus};

/// The scan as a document: a line of counts, then one row per finding
/// (`sentence, wording, status, figure, base, verdict, computed, accepted,
/// reason`, and for CSV the dataset's id, version and checksum).
///
/// ```
/// let ds = njov::Dataset::latest().unwrap();
/// let text = "Nearly 40% of arrested offenders were involved with actual children.";
/// let sources = njov::study::document_sources(&ds, text);
/// let scan = njov::study::scan_text(&ds, text, &sources, None).unwrap();
/// let doc = njov::report::scan_document(&scan);
/// let csv = njov::report::render_document(&doc, njov::Format::Csv).unwrap();
/// assert!(csv.starts_with("sentence,wording,status,figure,base,verdict,computed,accepted_lower"));
/// ```
pub fn scan_document(scan: &DocumentScan) -> Document {
    let against = scan
        .datasets
        .iter()
        .map(|p| format!("{} {}", p.id, p.version))
        .collect::<Vec<_>>()
        .join("; ");
    let mut doc = Document::new(format!("Scan against {against}"));
    doc.push(Block::paragraph(
        scan.datasets
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; "),
    ));
    doc.push(Block::paragraph(format!(
        "{} sentences, {} findings ({} unmatched or vague)",
        scan.sentences,
        scan.findings.len(),
        scan.unmatched().count()
    )));
    let mut t = Table::new(vec![
        Column::new("sentence"),
        Column::below_unnamed("wording"),
        Column::new("status"),
        Column::new("figure"),
        Column::data("base"),
        Column::new("verdict"),
        Column::new("computed"),
        Column::new("accepted").range(),
        Column::below_unnamed("reason"),
        Column::data("dataset"),
        Column::data("version"),
        Column::data("checksum"),
    ]);
    for f in &scan.findings {
        // Each row names the dataset of its figure (the first one read for
        // a finding with none).
        let p = f
            .dataset
            .as_deref()
            .and_then(|d| scan.datasets.iter().find(|p| p.id == d))
            .unwrap_or(&scan.dataset);
        t.push(vec![
            Cell::text(f.sentence.to_string()),
            Cell::text(&f.wording),
            Cell::text(f.status.as_str()),
            f.figure.as_ref().map_or(Cell::Empty, Cell::id),
            f.base.as_ref().map_or(Cell::Empty, Cell::id),
            Cell::Verdict {
                verdict: verdict_mark(f.verdict),
            },
            Cell::number_or_empty(f.computed, |x| format!("{x:.2}")),
            f.accepted.map_or(Cell::Empty, |[lo, hi]| {
                Cell::range(lo, hi, format!("[{lo:.2}, {hi:.2}]"))
            }),
            Cell::text(&f.reason),
            Cell::text(&p.id),
            Cell::text(&p.version),
            Cell::text(&p.checksum),
        ]);
    }
    doc.push(Block::Table(t));
    doc
}

/// The scanned text with each finding's words marked by its verdict (an
/// unmatched or vague finding has none) and its figure and reason attached.
/// A finding whose words overlap an earlier one's adds its notes to that
/// span.
///
/// # Errors
/// `ErrorKind::InvalidArgument` if a finding's span does not lie in `text`
/// (a scan of another text).
///
/// ```
/// let ds = njov::Dataset::latest().unwrap();
/// let text = "Nearly 40% of arrested offenders were involved with actual children.";
/// let sources = njov::study::document_sources(&ds, text);
/// let scan = njov::study::scan_text(&ds, text, &sources, None).unwrap();
/// let annotated = njov::report::annotate_scan(&scan, text).unwrap();
/// assert_eq!(annotated.spans.len(), 1);
/// assert!(text[annotated.spans[0].start..].starts_with("Nearly 40%"));
/// ```
pub fn annotate_scan(scan: &DocumentScan, text: &str) -> Result<AnnotatedText> {
    let mut findings: Vec<_> = scan.findings.iter().collect();
    findings.sort_by_key(|f| (f.span[0], f.span[1]));
    let mut spans: Vec<Span> = Vec::new();
    for f in findings {
        let mut notes = Vec::new();
        if let Some(figure) = &f.figure {
            notes.push(figure.clone());
        }
        notes.push(f.reason.clone());
        match spans.last_mut() {
            Some(last) if f.span[0] < last.end => {
                last.end = last.end.max(f.span[1]);
                last.notes.extend(notes);
            }
            _ => spans.push(Span {
                start: f.span[0],
                end: f.span[1],
                verdict: (f.status == FindingStatus::Matched)
                    .then(|| verdict_mark(f.verdict))
                    .or_else(|| Some(VerdictMark::new(f.status.as_str(), Tone::Neutral))),
                notes,
            }),
        }
    }
    AnnotatedText::new(text, spans)
}

/// The scanned text as a page (what `njov scan --format html` prints): a
/// summary first (the statements found and their verdicts counted), then the
/// text itself with each statement marked by its verdict, each mark's notes
/// (the figure it was judged against and the arithmetic) under it, then every
/// finding as a table.
///
/// # Errors
/// As [`annotate_scan`].
///
/// ```
/// let text = "Arrests of online predators rose 21 percent, from 508 in 2000 to 615 in 2006.";
/// let scan = njov::study::scan_all(text, &[]).unwrap();
/// let page = njov::report::scan_page(&scan, text).unwrap();
/// let html = njov::report::render_document(&page, njov::Format::Html).unwrap();
/// // The change as a percent, the two levels, and the change their pair states.
/// assert!(html.contains("4 reproduced"));
/// assert!(html.contains("w2006.online_meeting"));
/// ```
pub fn scan_page(scan: &DocumentScan, text: &str) -> Result<Document> {
    let mut table = scan_document(scan);
    let mut doc = Document::new(table.title.clone());
    // The provenance line first, then the summary.
    if !table.blocks.is_empty() {
        doc.push(table.blocks.remove(0));
    }
    let count = |v: Verdict| {
        scan.findings
            .iter()
            .filter(|f| f.status == FindingStatus::Matched && f.verdict == v)
            .count()
    };
    let matched = scan
        .findings
        .iter()
        .filter(|f| f.status == FindingStatus::Matched)
        .count();
    doc.push(Block::paragraph(format!(
        "{} sentences; {} statements found, {matched} matched to a figure: {} reproduced, {} consistent, {} inconsistent, {} unverifiable; {} unmatched or vague (never judged, their candidates named).",
        scan.sentences,
        scan.findings.len(),
        count(Verdict::Reproduced),
        count(Verdict::Consistent),
        count(Verdict::Inconsistent),
        count(Verdict::Unverifiable),
        scan.unmatched().count()
    )));
    doc.push(Block::Annotated(annotate_scan(scan, text)?));
    for b in table.blocks {
        doc.push(b);
    }
    Ok(doc)
}
