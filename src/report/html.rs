//! The HTML renderer: a [`Document`] as one self-contained page (inline CSS
//! and SVG, no script, no request to the network) that reads on a phone: the
//! text reflows; wide tables and figures scroll sideways inside their own box.
//!
//! The title and the line under it head the page; the anchored top-level
//! sections make its navigation; a top-level section is an `h2` in a
//! `<section>`, a nested one an `h3`; a verdict takes the colour of its tone;
//! a figure is inlined twice, wide and narrow, and the style shows one.
//! Everything from the document is escaped.

use std::fmt::Write as _;

use super::document::{
    AnnotatedText, Audience, Block, Cell, Document, Figure, Table, Tone, VerdictMark,
};

/// The page's style: a readable column, verdict colours, and boxes that
/// scroll sideways for what is wider than a phone.
const STYLE: &str = r#"
:root { color-scheme: light; --ink: #1b1f23; --muted: #57606a; --line: #d0d7de;
  --holds: #1a7f37; --fails: #b3261e; --open: #6e7781; --bg-soft: #f6f8fa; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: #fff; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0.5rem 0; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; padding-bottom: 0.25rem;
  border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
p, li, h1, h2 { overflow-wrap: anywhere; }
.prov { color: var(--muted); font-size: 0.85rem; overflow-wrap: anywhere; }
nav { font-size: 0.9rem; margin: 0.5rem 0 1rem; }
nav a { margin-right: 0.75rem; white-space: nowrap; }
ul.lines { list-style: none; padding: 0; margin: 0; }
ul.lines li { padding: 0.45rem 0; border-bottom: 1px solid var(--line); }
.verdict { display: inline-block; min-width: 6.5rem; font-size: 0.8rem; font-weight: 600;
  text-transform: uppercase; letter-spacing: 0.02em; }
.holds { color: var(--holds); }
.fails { color: var(--fails); }
.open { color: var(--open); }
mark { background: #fff8c5; color: inherit; padding: 0 0.1em; }
mark.holds { background: #dafbe1; } mark.fails { background: #ffebe9; } mark.open { background: #eaeef2; }
ol.notes { font-size: 0.9rem; }
.id { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.8rem;
  color: var(--muted); }
.src { color: var(--muted); font-size: 0.8rem; }
.headline li b { display: block; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 0.5rem 0 1rem; }
table { border-collapse: collapse; font-size: 0.85rem; min-width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem;
  border-bottom: 1px solid var(--line); }
td:first-child { min-width: 9rem; }
th { background: var(--bg-soft); position: sticky; top: 0; }
td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
span.line { display: block; white-space: nowrap; }
figure { margin: 1rem 0; }
figure svg { display: block; width: 100%; height: auto; }
.fig-wide svg { max-width: 900px; }
.fig-narrow { display: none; }
.fig-narrow svg { max-width: 420px; margin: 0 auto; }
figcaption { font-size: 0.85rem; color: var(--muted); }
.assumed { font-weight: 600; }
@media (max-width: 40rem) {
  .fig-wide { display: none; }
  .fig-narrow { display: block; }
  main { padding: 0.75rem; }
  h1 { font-size: 1.25rem; }
  .verdict { display: block; min-width: 0; }
  table { font-size: 0.8rem; }
}
"#;

/// Escapes text for HTML.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escaped text whose arrows (`A -> B`) do not break from what follows.
fn words(s: &str) -> String {
    esc(s).replace(" -&gt; ", "&nbsp;→ ")
}

fn tone_class(t: Tone) -> &'static str {
    match t {
        Tone::Holds => "holds",
        Tone::Fails => "fails",
        Tone::Open => "open",
        Tone::Neutral => "neutral",
    }
}

fn verdict_span(v: &VerdictMark) -> String {
    format!(
        "<span class=\"verdict {}\">{}</span>",
        tone_class(v.tone),
        esc(&v.word)
    )
}

/// The page.
pub(crate) fn render(doc: &Document) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{}</title><style>{STYLE}</style></head>\n<body><main>\n",
        esc(&doc.title)
    );
    let _ = write!(out, "<header><h1>{}</h1>", words(&doc.title));
    if let Some(s) = &doc.subtitle {
        let _ = write!(out, "<p class=\"prov\">{}</p>", esc(s));
    }
    out.push_str("</header>\n");
    let nav: Vec<String> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Section(s) => s.anchor.as_ref().map(|a| {
                format!(
                    "<a href=\"#{}\">{}</a>",
                    esc(a),
                    esc(s.nav.as_deref().unwrap_or(&s.heading))
                )
            }),
            _ => None,
        })
        .collect();
    if !nav.is_empty() {
        let _ = writeln!(out, "<nav>{}</nav>", nav.join(""));
    }
    blocks(&mut out, &doc.blocks, 0);
    if let Some(f) = &doc.footer {
        let _ = writeln!(out, "<footer class=\"prov\"><p>{}</p></footer>", esc(f));
    }
    out.push_str("</main></body></html>\n");
    out
}

fn blocks(out: &mut String, bs: &[Block], depth: usize) {
    for b in bs {
        block(out, b, depth);
    }
}

fn block(out: &mut String, b: &Block, depth: usize) {
    match b {
        Block::Section(s) => {
            let class = s
                .tone
                .map(|t| format!(" class=\"{}\"", tone_class(t)))
                .unwrap_or_default();
            if depth == 0 {
                match &s.anchor {
                    Some(a) => {
                        let _ = write!(out, "<section id=\"{}\">", esc(a));
                    }
                    None => out.push_str("<section>"),
                }
                let _ = writeln!(out, "<h2{class}>{}</h2>", words(&s.heading));
                blocks(out, &s.blocks, depth + 1);
                out.push_str("</section>\n");
            } else {
                let _ = writeln!(out, "<h3{class}>{}</h3>", words(&s.heading));
                blocks(out, &s.blocks, depth + 1);
            }
        }
        Block::Paragraph { text } => {
            let _ = writeln!(out, "<p>{}</p>", words(text));
        }
        Block::Fields { fields } => {
            out.push_str("<ul class=\"lines\">\n");
            for (name, value) in fields {
                let _ = writeln!(out, "<li><b>{}</b> {}</li>", esc(name), cell(value));
            }
            out.push_str("</ul>\n");
        }
        Block::List { items } => {
            out.push_str("<ul class=\"lines\">\n");
            for item in items {
                let _ = writeln!(out, "<li>{}</li>", words(item));
            }
            out.push_str("</ul>\n");
        }
        Block::Table(t) if t.audience.for_reading() => table(out, t),
        Block::Table(_) => {}
        Block::Verdicts { lines } => {
            out.push_str("<ul class=\"lines\">\n");
            for l in lines {
                let _ = writeln!(
                    out,
                    "<li>{} {} <span class=\"id\">{}</span> <span class=\"src\">({})</span></li>",
                    verdict_span(&l.verdict),
                    words(&l.text),
                    esc(&l.id),
                    esc(&l.source)
                );
            }
            out.push_str("</ul>\n");
        }
        Block::Figure(f) => figure(out, f),
        Block::Annotated(a) => annotated(out, a),
    }
}

/// A cell as HTML.
fn cell(c: &Cell) -> String {
    match c {
        Cell::Empty => String::new(),
        Cell::Id { id } => format!("<span class=\"id\">{}</span>", esc(id)),
        Cell::Verdict { verdict } => verdict_span(verdict),
        Cell::Strong { text } => format!("<span class=\"assumed\">{}</span>", esc(text)),
        Cell::Number { shown, .. } | Cell::Range { shown, .. } => {
            format!("<span class=\"num\">{}</span>", esc(shown))
        }
        Cell::Lines { lines } => lines
            .iter()
            .map(|l| format!("<span class=\"line\">{}</span>", words(l)))
            .collect(),
        Cell::Text { text } => words(text),
    }
}

/// A table in a box that scrolls sideways (CSV-only columns left out).
fn table(out: &mut String, t: &Table) {
    let shown: Vec<usize> = (0..t.columns.len())
        .filter(|&i| t.columns[i].audience == Audience::All)
        .collect();
    out.push_str("<div class=\"scroll\"><table>");
    if let Some(caption) = &t.caption {
        let _ = write!(out, "<caption>{}</caption>", words(caption));
    }
    out.push_str("<thead><tr>");
    for &i in &shown {
        let _ = write!(out, "<th>{}</th>", esc(&t.columns[i].name));
    }
    out.push_str("</tr></thead><tbody>");
    for r in &t.rows {
        out.push_str("<tr>");
        for &i in &shown {
            let _ = write!(out, "<td>{}</td>", cell(&r[i]));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>\n");
}

/// An SVG figure inline in two layouts, wide for a screen and narrow for a
/// phone (the page's style shows one of them), with its caption. Each SVG
/// keeps its viewBox, so it scales to the page's width.
fn figure(out: &mut String, f: &Figure) {
    let inline = |svg: &str| {
        let svg = match svg.find("<svg") {
            Some(i) => &svg[i..],
            None => svg,
        };
        svg.replacen(
            "<svg ",
            &format!("<svg role=\"img\" aria-label=\"{}\" ", esc(&f.caption)),
            1,
        )
    };
    let _ = writeln!(
        out,
        "<figure id=\"{}\"><div class=\"fig-wide\">{}</div><div class=\"fig-narrow\">{}</div><figcaption>{}</figcaption></figure>",
        esc(&f.id),
        inline(&f.wide),
        inline(&f.narrow),
        esc(&f.caption)
    );
}

/// An annotated text: each span marked in its verdict's colour with its
/// number, then the notes in a numbered list.
fn annotated(out: &mut String, a: &AnnotatedText) {
    out.push_str("<p class=\"annotated\">");
    for (piece, span) in a.pieces() {
        match span {
            Some(i) => {
                let s = &a.spans[i];
                let class = s
                    .verdict
                    .as_ref()
                    .map(|v| format!(" class=\"{}\"", tone_class(v.tone)))
                    .unwrap_or_default();
                // The verdict in a word beside its colour, never colour alone.
                let word = s
                    .verdict
                    .as_ref()
                    .map(|v| format!(" {}", esc(&v.word)))
                    .unwrap_or_default();
                let _ = write!(
                    out,
                    "<mark{class} title=\"{}\">{}<sup>{}{word}</sup></mark>",
                    esc(&s.notes.join("; ")),
                    esc(piece),
                    i + 1
                );
            }
            None => out.push_str(&esc(piece).replace('\n', "<br>")),
        }
    }
    out.push_str("</p>\n<ol class=\"notes\">\n");
    for s in &a.spans {
        let verdict = s.verdict.as_ref().map(verdict_span).unwrap_or_default();
        let _ = writeln!(out, "<li>{verdict} {}</li>", esc(&s.notes.join("; ")));
    }
    out.push_str("</ol>\n");
}
