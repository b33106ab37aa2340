//! Traceability: every wave-1 row of the source register (a copy of
//! `shared/sources/njov-published-figures.md`, sections 1-6) is in the data
//! with its value or wording, a source key it names, and its status; and the
//! report shows it.

use njov::{Dataset, Format, Report};

struct RegisterRow {
    section: String,
    quantity: String,
    values: Vec<String>,
    sources: Vec<String>,
    status: Option<String>,
}

/// The rows of the wave-1 sections' tables.
fn register_rows() -> Vec<RegisterRow> {
    let text = include_str!("data/njov-published-figures.md");
    let mut rows = Vec::new();
    let mut section = String::new();
    let mut header: Vec<String> = Vec::new();
    for line in text.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            section = h.to_string();
            header.clear();
            continue;
        }
        let wave1 = ["1.", "2.", "3.", "4.", "5.", "6."]
            .iter()
            .any(|p| section.starts_with(p));
        if !wave1 || !line.starts_with('|') {
            if !line.starts_with('|') {
                header.clear();
            }
            continue;
        }
        let cells: Vec<String> = line
            .trim_matches('|')
            .split('|')
            .map(|c| c.trim().to_string())
            .collect();
        if header.is_empty() {
            header = cells;
            continue;
        }
        if cells.iter().all(|c| c.chars().all(|ch| ch == '-')) {
            continue;
        }
        let col = |names: &[&str]| {
            header
                .iter()
                .position(|h| names.contains(&h.as_str()))
                .map(|i| cells[i].clone())
        };
        let value = col(&["value", "estimated arrests", "wording"]).unwrap_or_default();
        let values = if value.contains('"') {
            value
                .split('"')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect()
        } else {
            vec![value]
        };
        // The register's rows do not always have their header's width (one
        // row of section 4 carries an extra unit cell), so the source and
        // status are the row's last two cells.
        let source_cell = cells[cells.len() - 2].clone();
        let sources = if source_cell.contains("magazine digest") {
            vec!["digest2003".to_string()]
        } else {
            source_cell
                .split([',', ';'])
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        };
        let status_cell = cells[cells.len() - 1].clone();
        let word = ["not_published", "secondary", "printed"]
            .iter()
            .find(|s| status_cell.contains(*s));
        // A status that names a part ("formulas `not_published`") qualifies
        // the row rather than giving its status: any status matches then.
        let status = word
            .filter(|w| status_cell.starts_with(**w))
            .map(|s| s.to_string());
        rows.push(RegisterRow {
            section: section.clone(),
            quantity: cells[0].clone(),
            values,
            sources,
            status,
        });
    }
    rows
}

/// What a data row offers to match: printed number, wording, sources, status.
struct Candidate {
    id: String,
    number: Option<f64>,
    wording: Option<String>,
    text: String,
    sources: Vec<String>,
    status: String,
}

fn candidates(ds: &Dataset) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = ds
        .figures()
        .iter()
        .map(|f| Candidate {
            id: f.id.clone(),
            number: f.value.number(),
            wording: f.wording.clone(),
            text: f.quantity.clone(),
            sources: f.sources.clone(),
            status: f.status.to_string(),
        })
        .collect();
    out.extend(ds.statements().iter().map(|s| Candidate {
        id: s.id.clone(),
        number: s.value.number(),
        wording: s.wording.clone(),
        text: s.quote.clone(),
        sources: s.sources.clone(),
        status: s.status.to_string(),
    }));
    out
}

fn matches(row: &RegisterRow, c: &Candidate) -> bool {
    let status_ok = row.status.as_deref().is_none_or(|s| s == c.status);
    let source_ok = row.sources.is_empty() || row.sources.iter().any(|s| c.sources.contains(s));
    let value_ok = row.values.iter().any(|v| {
        let v = v.trim();
        if v == "-" || v.is_empty() {
            return c.number.is_none();
        }
        if c.wording
            .as_deref()
            .is_some_and(|w| w.eq_ignore_ascii_case(v))
        {
            return true;
        }
        let digits: String = v
            .chars()
            .filter(|ch| ch.is_ascii_digit() || *ch == '.')
            .collect();
        match (digits.parse::<f64>(), c.number) {
            (Ok(x), Some(n)) => x == n,
            _ => {
                // Words and periods: the figure's quantity or wording carries them.
                c.wording.as_deref().is_some_and(|w| w.contains(v)) || c.text.contains(v)
            }
        }
    });
    status_ok && source_ok && value_ok
}

#[test]
fn every_wave1_register_row_is_in_the_data_and_the_report() {
    let ds = Dataset::latest().unwrap();
    let rows = register_rows();
    assert!(rows.len() >= 45, "parsed only {} register rows", rows.len());
    let cands = candidates(&ds);
    let report = Report::build(&ds).unwrap().render(Format::Json).unwrap();
    let mut missing = Vec::new();
    for row in &rows {
        match cands.iter().find(|c| matches(row, c)) {
            Some(c) => assert!(
                report.contains(&format!("\"{}\"", c.id)),
                "{} not in report",
                c.id
            ),
            None => missing.push(format!(
                "[{}] {} = {:?} ({:?}, {:?})",
                row.section, row.quantity, row.values, row.sources, row.status
            )),
        }
    }
    assert!(
        missing.is_empty(),
        "register rows not in the data:\n{}",
        missing.join("\n")
    );
}
