//! The text renderer: a [`Document`] as aligned plain text for a terminal.
//!
//! The title and the line under it come first; a top-level section is
//! headed `== heading ==`, a nested one `heading:`; blocks are separated by a
//! blank line. A table has no header: each row is one line of its inline
//! cells (padded to their column's widest cell, up to 44 characters), then one indented line per
//! long cell. Figures are left out.

use std::fmt::Write as _;

use super::document::{AnnotatedText, Audience, Block, Cell, Document, Place, Table, VerdictLine};

/// The indent of a row's lines below it.
const BELOW: &str = "      ";

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
    );
    out
}

/// Blocks, each after a blank line unless it is the first thing written.
fn blocks(out: &mut String, bs: &[Block], depth: usize, mut first: bool) {
    for b in bs.iter().filter(|b| shows(b)) {
        if !first {
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
            if depth == 0 {
                let _ = writeln!(out, "== {} ==", s.heading);
            } else {
                let _ = writeln!(out, "{}:", s.heading);
            }
            blocks(out, &s.blocks, depth + 1, true);
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

/// A table: one line per row, its long cells below it.
fn table(out: &mut String, t: &Table) {
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
            t.rows
                .iter()
                .map(|r| r[i].reading().chars().count())
                .max()
                .unwrap_or(0)
                .min(MAX_WIDTH)
        })
        .collect();
    for row in &t.rows {
        let mut line = String::from(" ");
        for (k, &i) in inline.iter().enumerate() {
            let cell = row[i].reading();
            if k + 1 == inline.len() {
                let _ = write!(line, " {cell}");
            } else {
                let _ = write!(line, " {cell:<w$}", w = widths[k]);
            }
        }
        let _ = writeln!(out, "{}", line.trim_end());
        for &i in &shown {
            let c = &t.columns[i];
            if c.place == Place::Inline || row[i].is_empty() {
                continue;
            }
            let value = cell_lines(&row[i]);
            match c.place {
                Place::Below => {
                    let _ = writeln!(out, "{BELOW}{}: {value}", c.name);
                }
                _ => {
                    let _ = writeln!(out, "{BELOW}{value}");
                }
            }
        }
    }
}

/// A long cell: its lines each on its own indented line.
fn cell_lines(c: &Cell) -> String {
    match c {
        Cell::Lines { lines } => lines.join(&format!("\n{BELOW}  ")),
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
