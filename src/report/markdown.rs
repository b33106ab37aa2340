//! The Markdown renderer: a [`Document`] as GitHub-flavoured Markdown.
//!
//! The title is `#`, a top-level section `##`, a nested one `###`; tables are
//! pipe tables with a header (CSV-only columns left out, a column of numbers
//! aligned right) under their caption; an id is code, a
//! verdict and strong words bold; every `|` in a cell is escaped. Figures are
//! left out; an annotated text marks each span in bold with a footnote.

use std::fmt::Write as _;

use super::document::{Align, AnnotatedText, Audience, Block, Cell, Document, Table};

/// The document as Markdown.
pub(crate) fn render(doc: &Document) -> String {
    let mut out = String::new();
    if !doc.title.is_empty() {
        let _ = writeln!(out, "# {}\n", doc.title);
    }
    if let Some(s) = &doc.subtitle {
        let _ = writeln!(out, "{s}\n");
    }
    blocks(&mut out, &doc.blocks, 0);
    // One newline at the end, not the blank line every block leaves.
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn blocks(out: &mut String, bs: &[Block], depth: usize) {
    for b in bs {
        block(out, b, depth);
    }
}

fn escape(s: &str) -> String {
    s.replace('|', "\\|")
}

fn block(out: &mut String, b: &Block, depth: usize) {
    match b {
        Block::Section(s) => {
            let _ = writeln!(out, "{} {}\n", "#".repeat(depth + 2), s.heading);
            blocks(out, &s.blocks, depth + 1);
        }
        Block::Paragraph { text } => {
            let _ = writeln!(out, "{text}\n");
        }
        Block::Fields { fields } => {
            for (name, value) in fields {
                let _ = writeln!(out, "- {name}: {}", cell(value));
            }
            out.push('\n');
        }
        Block::List { items } => {
            for item in items {
                let _ = writeln!(out, "- {}", escape(item));
            }
            out.push('\n');
        }
        Block::Table(t) if t.audience.for_reading() => table(out, t),
        Block::Table(_) => {}
        Block::Verdicts { lines } => {
            for l in lines {
                let _ = writeln!(
                    out,
                    "- **{}** `{}`: {} ({})",
                    l.verdict.word,
                    l.id,
                    escape(&l.text),
                    l.source
                );
            }
            out.push('\n');
        }
        Block::Figure(_) => {}
        Block::Annotated(a) => annotated(out, a),
    }
}

/// A cell as Markdown.
fn cell(c: &Cell) -> String {
    match c {
        Cell::Id { id } => format!("`{id}`"),
        Cell::Verdict { verdict } => format!("**{}**", verdict.word),
        Cell::Strong { text } => format!("**{}**", escape(text)),
        Cell::Text { text } => escape(text),
        _ => escape(&c.reading()),
    }
}

fn table(out: &mut String, t: &Table) {
    let shown: Vec<usize> = (0..t.columns.len())
        .filter(|&i| t.columns[i].audience == Audience::All)
        .collect();
    if let Some(caption) = &t.caption {
        let _ = writeln!(out, "{}\n", escape(caption));
    }
    let head: Vec<String> = shown.iter().map(|&i| escape(&t.columns[i].name)).collect();
    let _ = writeln!(out, "| {} |", head.join(" | "));
    let rule: String = shown
        .iter()
        .map(|&i| match t.columns[i].align {
            Align::Left => "---|",
            Align::Right => "---:|",
        })
        .collect();
    let _ = writeln!(out, "|{rule}");
    for row in &t.rows {
        let cells: Vec<String> = shown.iter().map(|&i| cell(&row[i])).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
}

/// An annotated text: each span bold with a footnote holding its verdict and
/// notes.
fn annotated(out: &mut String, a: &AnnotatedText) {
    for (piece, span) in a.pieces() {
        match span {
            Some(i) if !piece.trim().is_empty() => {
                let _ = write!(out, "**{piece}**[^{}]", i + 1);
            }
            _ => out.push_str(piece),
        }
    }
    out.push_str("\n\n");
    for (i, s) in a.spans.iter().enumerate() {
        let verdict = s.verdict.as_ref().map(|v| v.word.as_str()).unwrap_or("-");
        let _ = writeln!(out, "[^{}]: {verdict}: {}", i + 1, s.notes.join("; "));
    }
    out.push('\n');
}
