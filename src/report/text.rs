//! The text renderer: a [`Document`] as aligned plain text for a terminal.
//!
//! The title and the line under it come first; a top-level section is
//! headed `== heading ==`, a nested one `heading:`; blocks are separated by a
//! blank line, except in a listing (a compact document or section, whose
//! heading is a plain line). A table is its caption, a line of its column
//! names when it asks for one, then each row as one line of its inline cells
//! (each padded to its column's width, or to its widest cell up to 44
//! characters, on the column's side), then one indented line per long cell;
//! every line of it the table's indent in. Figures are left out.

use std::fmt::Write as _;

use super::document::{
    Align, AnnotatedText, Audience, Block, Cell, Document, Place, Table, VerdictLine,
};

/// The indent of a row's lines below it, beyond the table's own.
const BELOW: &str = "    ";

/// The widest a column is padded to; a longer cell runs on, one space
/// before the next.
const MAX_WIDTH: usize = 44;

/// The document as text.
pub(crate) fn render(doc: &Document) -> String {
    let mut out = String::new();
    if !doc.title.is_empty() {
        out.push_str(&doc.title);
        out.push('\n');
    }
    if let Some(s) = &doc.subtitle {
        out.push_str(s);
        out.push('\n');
    }
    blocks(
        &mut out,
        &doc.blocks,
        0,
        doc.title.is_empty() && doc.subtitle.is_none(),
        doc.compact,
    );
    out
}

/// Blocks, each after a blank line unless it is the first thing written or
/// they make a listing.
fn blocks(out: &mut String, bs: &[Block], depth: usize, mut first: bool, compact: bool) {
    for b in bs.iter().filter(|b| shows(b)) {
        if !first && !compact {
            out.push('\n');
        }
        first = false;
        block(out, b, depth);
    }
}

/// Whether a block writes anything as text (figures and tables for the data
/// formats alone do not).
fn shows(b: &Block) -> bool {
    match b {
        Block::Figure(_) => false,
        Block::Table(t) => t.audience.for_reading(),
        _ => true,
    }
}

fn block(out: &mut String, b: &Block, depth: usize) {
    match b {
        Block::Section(s) => {
            if s.compact {
                let _ = writeln!(out, "{}", s.heading);
            } else if depth == 0 {
                let _ = writeln!(out, "== {} ==", s.heading);
            } else {
                let _ = writeln!(out, "{}:", s.heading);
            }
            blocks(out, &s.blocks, depth + 1, true, s.compact);
        }
        Block::Paragraph { text } => {
            let _ = writeln!(out, "{text}");
        }
        Block::Fields { fields } => {
            for (name, value) in fields {
                let label = format!("{name}:");
                let _ = writeln!(out, "{label:<9} {}", value.reading());
            }
        }
        Block::List { items } => {
            for item in items {
                let _ = writeln!(out, "  {item}");
            }
        }
        Block::Table(t) if t.audience.for_reading() => table(out, t),
        Block::Table(_) => {}
        Block::Verdicts { lines } => {
            for l in lines {
                verdict_line(out, l);
            }
        }
        Block::Figure(_) => {}
        Block::Annotated(a) => annotated(out, a),
    }
}

fn verdict_line(out: &mut String, l: &VerdictLine) {
    let _ = writeln!(
        out,
        "  {:<13} {}: {} [{}]",
        l.verdict.word, l.id, l.text, l.source
    );
}

/// A cell's reading padded to a width, on its column's side.
fn pad(cell: &str, width: usize, align: Align) -> String {
    match align {
        Align::Left => format!("{cell:<width$}"),
        Align::Right => format!("{cell:>width$}"),
    }
}

/// A table: its caption, its header if it has one, then one line per row,
/// its long cells below it.
fn table(out: &mut String, t: &Table) {
    let indent = " ".repeat(t.indent);
    let below = format!("{indent}{BELOW}");
    let shown: Vec<usize> = (0..t.columns.len())
        .filter(|&i| t.columns[i].audience == Audience::All)
        .collect();
    let inline: Vec<usize> = shown
        .iter()
        .copied()
        .filter(|&i| t.columns[i].place == Place::Inline)
        .collect();
    let widths: Vec<usize> = inline
        .iter()
        .map(|&i| {
            t.columns[i].width.unwrap_or_else(|| {
                let name = if t.header {
                    t.columns[i].name.chars().count()
                } else {
                    0
                };
                t.rows
                    .iter()
                    .map(|r| r[i].reading().chars().count())
                    .max()
                    .unwrap_or(0)
                    .max(name)
                    .min(MAX_WIDTH)
            })
        })
        .collect();
    // One line of cells: each after its column's gap, padded on its side.
    let line = |cells: Vec<String>| {
        let mut line = indent.clone();
        for (k, (&i, cell)) in inline.iter().zip(cells).enumerate() {
            let c = &t.columns[i];
            if k > 0 {
                line.push_str(&" ".repeat(c.gap));
            }
            line.push_str(&pad(&cell, widths[k], c.align));
        }
        line.trim_end().to_string()
    };
    if let Some(caption) = &t.caption {
        let _ = writeln!(out, "{indent}{caption}");
    }
    if t.header {
        let names = inline.iter().map(|&i| t.columns[i].name.clone()).collect();
        let _ = writeln!(out, "{}", line(names));
    }
    for row in &t.rows {
        let _ = writeln!(
            out,
            "{}",
            line(inline.iter().map(|&i| row[i].reading()).collect())
        );
        for &i in &shown {
            let c = &t.columns[i];
            if c.place == Place::Inline || row[i].is_empty() {
                continue;
            }
            let value = cell_lines(&row[i], &below);
            match c.place {
                Place::Below => {
                    let _ = writeln!(out, "{below}{}: {value}", c.name);
                }
                _ => {
                    let _ = writeln!(out, "{below}{value}");
                }
            }
        }
    }
}

/// A long cell: its lines each on its own indented line.
fn cell_lines(c: &Cell, below: &str) -> String {
    match c {
        Cell::Lines { lines } => lines.join(&format!("\n{below}  ")),
        _ => c.reading(),
    }
}

/// An annotated text: each span in brackets with its number, then one line
/// per span with its verdict and notes.
fn annotated(out: &mut String, a: &AnnotatedText) {
    for (piece, span) in a.pieces() {
        match span {
            Some(i) => {
                let _ = write!(out, "[{piece}][{}]", i + 1);
            }
            None => out.push_str(piece),
        }
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    for (i, s) in a.spans.iter().enumerate() {
        let verdict = s.verdict.as_ref().map(|v| v.word.as_str()).unwrap_or("-");
        let _ = writeln!(out, "  [{}] {verdict}: {}", i + 1, s.notes.join("; "));
    }
}
