//! The CSV renderer: the tables of a [`Document`] as one CSV table.
//!
//! Every column is written, those for the data formats alone too; a number
//! is its full value, an interval column two fields (`<name>_lower`,
//! `<name>_upper`), nothing an empty field. A document with one table is that
//! table; with several, a first column `section` names the section each row
//! comes from, and the header is every table's columns in order of first
//! appearance. Paragraphs, verdict lines and figures are left out.

use super::document::{Cell, Column, Document};
use crate::error::{Error, Result};

/// The document's tables as CSV.
///
/// # Errors
/// `ErrorKind::Render` with the `csv` writer's error as its source, which a
/// writer into memory does not give.
pub(crate) fn render(doc: &Document) -> Result<String> {
    let tables = doc.tables();
    let several = tables.len() > 1;
    // The header: every column name once, in order of first appearance.
    let mut names: Vec<&str> = Vec::new();
    let mut header: Vec<String> = Vec::new();
    if several {
        header.push("section".into());
    }
    for (_, t) in &tables {
        for c in &t.columns {
            if !names.contains(&c.name.as_str()) {
                names.push(&c.name);
                header.extend(fields_of(c));
            }
        }
    }
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let fail = |e: ::csv::Error| Error::render("CSV", e);
    w.write_record(&header).map_err(fail)?;
    for (path, t) in &tables {
        for row in &t.rows {
            let mut record: Vec<String> = Vec::with_capacity(header.len());
            if several {
                record.push(path.join(" / "));
            }
            for name in &names {
                match t.columns.iter().position(|c| c.name == *name) {
                    Some(i) => record.extend(cell(&t.columns[i], &row[i])),
                    None => {
                        let width = tables
                            .iter()
                            .flat_map(|(_, t)| &t.columns)
                            .find(|c| c.name == *name)
                            .map_or(1, |c| fields_of(c).len());
                        record.extend(std::iter::repeat_n(String::new(), width));
                    }
                }
            }
            w.write_record(&record).map_err(fail)?;
        }
    }
    let bytes = w
        .into_inner()
        .map_err(|e| Error::render("CSV", e.into_error()))?;
    Ok(String::from_utf8(bytes).expect("csv writes the UTF-8 it is given"))
}

/// The header fields of a column.
fn fields_of(c: &Column) -> Vec<String> {
    if c.range {
        vec![format!("{}_lower", c.name), format!("{}_upper", c.name)]
    } else {
        vec![c.name.clone()]
    }
}

/// The fields of a cell in its column.
fn cell(column: &Column, c: &Cell) -> Vec<String> {
    if column.range {
        return match c {
            Cell::Range { lower, upper, .. } => vec![lower.to_string(), upper.to_string()],
            _ => vec![String::new(), String::new()],
        };
    }
    vec![match c {
        Cell::Empty => String::new(),
        Cell::Text { text } | Cell::Strong { text } => text.clone(),
        Cell::Id { id } => id.clone(),
        Cell::Number { value, .. } => value.to_string(),
        Cell::Range { lower, upper, .. } => format!("{lower};{upper}"),
        Cell::Verdict { verdict } => verdict.word.clone(),
        Cell::Lines { lines } => lines.join("; "),
    }]
}
