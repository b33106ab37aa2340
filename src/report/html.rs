//! The report as one self-contained HTML page: inline CSS and SVG, no
//! script, no request to the network, readable on a phone (the text
//! reflows; wide tables and figures scroll sideways inside their own box).
//! The summary comes first, then the trends, the national estimates, the
//! judged statements and the tables.

use std::fmt::Write as _;

use super::Report;
#[cfg(feature = "plot")]
use crate::report::layout::PlotLayout;
use crate::report::render::{derived_value, derived_verdict};
use crate::report::trend_text::{grid_point, model_words, stats};
use crate::study::trend::Direction;

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
p, li { overflow-wrap: anywhere; }
.prov { color: var(--muted); font-size: 0.85rem; overflow-wrap: anywhere; }
nav { font-size: 0.9rem; margin: 0.5rem 0 1rem; }
nav a { margin-right: 0.75rem; white-space: nowrap; }
ul.lines { list-style: none; padding: 0; margin: 0; }
ul.lines li { padding: 0.45rem 0; border-bottom: 1px solid var(--line); }
.verdict { display: inline-block; min-width: 6.5rem; font-size: 0.8rem; font-weight: 600;
  text-transform: uppercase; letter-spacing: 0.02em; }
.v-reproduced, .v-consistent, .holds { color: var(--holds); }
.v-inconsistent, .fails { color: var(--fails); }
.v-unverifiable, .open { color: var(--open); }
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

/// A table in a box that scrolls sideways.
fn table(out: &mut String, head: &[&str], rows: &[Vec<String>]) {
    out.push_str("<div class=\"scroll\"><table><thead><tr>");
    for h in head {
        let _ = write!(out, "<th>{}</th>", esc(h));
    }
    out.push_str("</tr></thead><tbody>");
    for r in rows {
        out.push_str("<tr>");
        for cell in r {
            // Cells are escaped by the caller (some carry markup).
            let _ = write!(out, "<td>{cell}</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>\n");
}

/// An SVG figure inline in two layouts, wide for a screen and narrow for a
/// phone (the page's style shows one of them), with its caption. Each SVG
/// keeps its viewBox, so it scales to the page's width.
#[cfg(feature = "plot")]
fn figure(out: &mut String, id: &str, wide: &str, narrow: &str, caption: &str) {
    let inline = |svg: &str| {
        let svg = match svg.find("<svg") {
            Some(i) => &svg[i..],
            None => svg,
        };
        svg.replacen(
            "<svg ",
            &format!("<svg role=\"img\" aria-label=\"{}\" ", esc(caption)),
            1,
        )
    };
    let _ = writeln!(
        out,
        "<figure id=\"{id}\"><div class=\"fig-wide\">{}</div><div class=\"fig-narrow\">{}</div><figcaption>{}</figcaption></figure>",
        inline(wide),
        inline(narrow),
        esc(caption)
    );
}

/// A trend's title with an arrow that does not break from its year.
fn arrows(s: &str) -> String {
    esc(s).replace(" -&gt; ", "&nbsp;→ ")
}

fn verdict_span(v: &str) -> String {
    format!("<span class=\"verdict v-{v}\">{v}</span>")
}

fn summary(out: &mut String, r: &Report) {
    out.push_str("<section id=\"summary\"><h2>Summary</h2>\n");
    let class = ["holds", "fails", "open"];
    for ((heading, lines), class) in r.summary.groups().into_iter().zip(class) {
        let _ = writeln!(
            out,
            "<h3 class=\"{class}\">{} ({})</h3><ul class=\"lines\">",
            esc(heading),
            lines.len()
        );
        for l in lines {
            let _ = writeln!(
                out,
                "<li>{} {} <span class=\"id\">{}</span> <span class=\"src\">({})</span></li>",
                verdict_span(&l.verdict.to_string()),
                esc(&l.line),
                esc(&l.id),
                esc(&l.source)
            );
        }
        out.push_str("</ul>\n");
    }
    if let Some(first) = r.summary.headline.first() {
        let _ = writeln!(
            out,
            "<h3>Headline estimates ({:.0}% intervals)</h3><ul class=\"lines headline\">",
            100.0 * first.level
        );
        for h in &r.summary.headline {
            let _ = writeln!(
                out,
                "<li><b>{}</b>{}; interval {} <span class=\"src\">({})</span></li>",
                arrows(&h.label),
                arrows(&h.estimate),
                esc(&h.interval),
                esc(&h.note)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn trends(out: &mut String, r: &Report) {
    let Some(t) = &r.trends else { return };
    out.push_str("<section id=\"trends\"><h2>Trends between waves</h2>\n");
    if let Some(first) = t.trends.first() {
        let _ = writeln!(
            out,
            "<p>{}. Every interval names the numbers of the design model it rests on; an assumed number is shown with its sensitivity range.</p>",
            esc(&model_words(first))
        );
    }
    #[cfg(feature = "plot")]
    match r
        .trends_plot_svg_with(PlotLayout::Wide)
        .and_then(|w| Ok((w, r.trends_plot_svg_with(PlotLayout::Narrow)?)))
    {
        Ok((Some(wide), Some(narrow))) => figure(
            out,
            "trends-figure",
            &wide,
            &narrow,
            "The changes between waves with their intervals at design effects 1, 1.5, 2 and 3.",
        ),
        Ok(_) => {}
        Err(e) => {
            let _ = writeln!(
                out,
                "<p>The figure could not be drawn: {}</p>",
                esc(&e.to_string())
            );
        }
    }
    let lines = |items: Vec<String>| {
        items
            .into_iter()
            .map(|l| format!("<span class=\"line\">{l}</span>"))
            .collect::<Vec<_>>()
            .join("")
    };
    let rows: Vec<Vec<String>> = t
        .trends
        .iter()
        .map(|x| {
            vec![
                arrows(&x.title()),
                format!("{} → {}", esc(&x.from.printed), esc(&x.to.printed)),
                lines(
                    stats(&x.change)
                        .iter()
                        .map(|s| {
                            format!(
                                "{} <b>{}</b> ({})",
                                esc(s.name),
                                esc(&s.estimate),
                                esc(&s.interval)
                            )
                        })
                        .collect(),
                ),
                match x.change.direction() {
                    Direction::Increase => "yes (an increase)",
                    Direction::Decrease => "yes (a decrease)",
                    Direction::Undetermined => "no (it includes no change)",
                }
                .to_string(),
                lines(x.grid.iter().map(|g| esc(&grid_point(g))).collect()),
                lines(
                    x.assumed
                        .iter()
                        .map(|a| format!("<span class=\"id\">{}</span>", esc(a)))
                        .collect(),
                ),
            ]
        })
        .collect();
    table(
        out,
        &[
            "trend",
            "from → to",
            "change (interval)",
            "larger than its interval?",
            "design-effect grid",
            "assumed",
        ],
        &rows,
    );
    out.push_str("<h3>The design of each wave</h3>\n");
    let rows: Vec<Vec<String>> = t
        .designs
        .waves
        .iter()
        .map(|w| {
            let cell = |v: &crate::study::ModelValue| {
                if v.assumed {
                    format!("<span class=\"assumed\">{}</span>", esc(&v.shown()))
                } else {
                    esc(&v.shown())
                }
            };
            vec![
                esc(&w.label),
                cell(&w.deff1),
                cell(&w.deff2),
                cell(&w.n1),
                cell(&w.total),
                cell(&w.base_all),
            ]
        })
        .collect();
    table(
        out,
        &[
            "wave",
            "deff phase 1",
            "deff phase 2",
            "n1 (phase-1 count)",
            "T (national total)",
            "interview base",
        ],
        &rows,
    );
    let rows: Vec<Vec<String>> = t
        .designs
        .values()
        .filter(|v| v.assumed)
        .map(|v| {
            vec![
                format!("<span class=\"id\">{}</span>", esc(&v.id)),
                esc(&v.shown()),
                esc(&v.rationale),
            ]
        })
        .collect();
    table(out, &["assumed", "value", "why"], &rows);
    if !t.unavailable.is_empty() {
        out.push_str("<h3>No trend interval</h3><ul class=\"lines\">\n");
        for u in &t.unavailable {
            let _ = writeln!(
                out,
                "<li><span class=\"id\">{} &rarr; {}</span> {}</li>",
                esc(&u.from),
                esc(&u.to),
                esc(&u.reason)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn estimates(out: &mut String, r: &Report) {
    if r.estimates.is_empty() {
        return;
    }
    out.push_str("<section id=\"estimates\"><h2>National estimates</h2>\n");
    if let Some(m) = &r.model {
        let _ = writeln!(
            out,
            "<p>Design model: design effect {} (phase 1) and {} (phase 2), {} arrests reported in phase 1 for a national total of {}; {:.0}% intervals.</p>",
            m.deff1,
            m.deff2,
            m.n1,
            m.total,
            100.0 * r.estimates[0].level
        );
    }
    #[cfg(feature = "plot")]
    match r
        .forest_plot_svg_with(PlotLayout::Wide)
        .and_then(|w| Ok((w, r.forest_plot_svg_with(PlotLayout::Narrow)?)))
    {
        Ok((wide, narrow)) => figure(
            out,
            "forest-plot",
            &wide,
            &narrow,
            "The shares with their intervals at design effects 1, 1.5, 2 and 3.",
        ),
        Err(e) => {
            let _ = writeln!(
                out,
                "<p>The figure could not be drawn: {}</p>",
                esc(&e.to_string())
            );
        }
    }
    let num = |x: f64, share: bool| {
        if share {
            format!("{x:.1}%")
        } else {
            format!("{x:.0}")
        }
    };
    let rows: Vec<Vec<String>> = r
        .estimates
        .iter()
        .map(|e| {
            let share = e.kind == crate::study::EstimateKind::Share;
            let point = match (e.estimate, e.range) {
                (Some(x), _) => num(x, share),
                (None, Some([a, b])) => format!("{}–{}", num(a, share), num(b, share)),
                _ => "-".into(),
            };
            vec![
                esc(&e.label),
                format!("<span class=\"num\">{point}</span>"),
                format!("{} to {}", num(e.lower, share), num(e.upper, share)),
                e.grid
                    .iter()
                    .map(|g| {
                        format!(
                            "<span class=\"line\">deff {}: {} to {}</span>",
                            g.deff,
                            num(g.lower, share),
                            num(g.upper, share)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(""),
                esc(&e.assumptions.join(", "))
                    + if e.assumed_base {
                        " <span class=\"assumed\">(assumed base)</span>"
                    } else {
                        ""
                    },
            ]
        })
        .collect();
    table(
        out,
        &[
            "estimate",
            "value",
            "interval",
            "design-effect grid",
            "rests on",
        ],
        &rows,
    );
    if !r.no_estimate.is_empty() {
        out.push_str("<h3>No interval</h3><ul class=\"lines\">\n");
        for u in &r.no_estimate {
            let _ = writeln!(
                out,
                "<li>{} <span class=\"id\">{}</span>: {}</li>",
                esc(&u.label),
                esc(&u.id),
                esc(&u.reason)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn claims(out: &mut String, r: &Report) {
    if r.claims.is_empty() {
        return;
    }
    out.push_str("<section id=\"claims\"><h2>Published statements and wordings, judged</h2>\n");
    let rows: Vec<Vec<String>> = r
        .claims
        .iter()
        .map(|c| {
            vec![
                verdict_span(&c.judgement.verdict.to_string()),
                format!(
                    "&ldquo;{}&rdquo;<br><span class=\"id\">{}</span>",
                    esc(&c.claim.quote),
                    esc(&c.claim.id)
                ),
                esc(&c.claim.stated),
                esc(&c.judgement.reason),
                esc(&c.claim.source),
            ]
        })
        .collect();
    table(
        out,
        &["verdict", "statement", "states", "why", "source"],
        &rows,
    );
    out.push_str("</section>\n");
}

fn derived(out: &mut String, ds: &[crate::study::DerivedFigure]) {
    let rows: Vec<Vec<String>> = ds
        .iter()
        .map(|d| {
            vec![
                format!(
                    "{}<br><span class=\"id\">{}</span>",
                    esc(&d.label),
                    esc(&d.id)
                ),
                esc(&derived_value(d)),
                esc(&derived_verdict(d)),
            ]
        })
        .collect();
    table(out, &["recomputed", "value", "check"], &rows);
}

fn tables(out: &mut String, r: &Report) {
    out.push_str("<section id=\"tables\"><h2>The published figures</h2>\n");
    for t in &r.tables {
        let _ = writeln!(
            out,
            "<h3>{}</h3><p>{}</p>",
            esc(&t.name),
            esc(&t.description)
        );
        let rows: Vec<Vec<String>> = t
            .figures
            .iter()
            .map(|f| {
                vec![
                    format!(
                        "{}<br><span class=\"id\">{}</span>",
                        esc(&f.quantity),
                        esc(&f.id)
                    ),
                    esc(&f.printed),
                    esc(f.unit.as_str()),
                    esc(&f.status),
                    esc(&f.sources.join("; ")),
                    esc(f.note.as_deref().unwrap_or("")),
                ]
            })
            .collect();
        table(
            out,
            &["figure", "printed", "unit", "status", "source", "note"],
            &rows,
        );
        if !t.derived.is_empty() {
            derived(out, &t.derived);
        }
    }
    if !r.derived.is_empty() {
        out.push_str("<h3>Derived quantities</h3>\n");
        derived(out, &r.derived);
    }
    out.push_str("</section>\n");
}

/// The page.
pub(crate) fn page(r: &Report) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{}</title><style>{STYLE}</style></head>\n<body><main>\n",
        esc(&r.title)
    );
    let _ = writeln!(
        out,
        "<header><h1>{}</h1><p class=\"prov\">Dataset <b>{}</b> version <b>{}</b>, manifest sha256 <span class=\"id\">{}</span></p></header>",
        esc(&r.title),
        esc(&r.dataset.id),
        esc(&r.dataset.version),
        esc(&r.dataset.checksum)
    );
    let mut nav = vec![("summary", "Summary")];
    if r.trends.is_some() {
        nav.push(("trends", "Trends"));
    }
    if !r.estimates.is_empty() {
        nav.push(("estimates", "Estimates"));
    }
    if !r.claims.is_empty() {
        nav.push(("claims", "Statements"));
    }
    nav.push(("tables", "Figures"));
    let _ = writeln!(
        out,
        "<nav>{}</nav>",
        nav.iter()
            .map(|(id, name)| format!("<a href=\"#{id}\">{name}</a>"))
            .collect::<Vec<_>>()
            .join("")
    );
    summary(&mut out, r);
    trends(&mut out, r);
    estimates(&mut out, r);
    claims(&mut out, r);
    tables(&mut out, r);
    let _ = writeln!(
        out,
        "<footer class=\"prov\"><p>Computed by njov from {} {} (manifest sha256 {}). Aggregate statistics only.</p></footer>\n</main></body></html>",
        esc(&r.dataset.id),
        esc(&r.dataset.version),
        esc(&r.dataset.checksum)
    );
    out
}
