//! Renderers of the report: text, Markdown, JSON, CSV.

use std::fmt::Write as _;

use super::{FigureLine, Report};
use crate::data::Unit;
use crate::error::{Error, Result};
use crate::report::trend_text::{
    csv_stats, direction_words, grid_point, model_value_line, model_words, stats,
};
use crate::study::{DerivationKind, DerivedFigure, LedgerEntry, NationalEstimate};

/// A number for reading: percentages with two decimals, counts with up to
/// one (implied counts are rarely whole).
pub(crate) fn number(value: f64, unit: &Unit) -> String {
    if *unit == Unit::Percent {
        format!("{value:.2}%")
    } else if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

pub(crate) fn derived_value(d: &DerivedFigure) -> String {
    let mut s = number(d.value, &d.unit);
    if let Some([lo, hi]) = d.range {
        let _ = write!(s, " ({}-{})", number(lo, &d.unit), number(hi, &d.unit));
    }
    s
}

pub(crate) fn derived_verdict(d: &DerivedFigure) -> String {
    match (&d.check, d.kind) {
        (Some(c), _) => format!(
            "printed {} admits [{}, {}]: {}",
            c.printed,
            c.admitted[0],
            c.admitted[1],
            if c.matches {
                "matches"
            } else {
                "DOES NOT MATCH"
            }
        ),
        (None, DerivationKind::ImpliedCount) => "implied by the printed precision".into(),
        (None, DerivationKind::Sum) => match &d.base {
            Some(b) => format!("sum of its terms; base {b}"),
            None => "sum of its terms".into(),
        },
        (None, DerivationKind::Share) => "recomputed share".into(),
        (None, DerivationKind::PrintedShare) => String::new(),
    }
}

fn claim_value(c: &LedgerEntry) -> String {
    c.judgement
        .computed
        .map(|v| format!("{v:.2}"))
        .unwrap_or_else(|| "-".into())
}

fn claim_accepted(c: &LedgerEntry) -> String {
    c.judgement
        .accepted
        .map(|[a, b]| format!("[{a:.2}, {b:.2}]"))
        .unwrap_or_else(|| "-".into())
}

fn claim_flags(c: &LedgerEntry) -> String {
    let mut flags = Vec::new();
    if c.judgement.crosses_boundary == Some(true) {
        flags.push("interval crosses the boundary".to_string());
    }
    if let Some(p) = &c.judgement.pattern {
        flags.push(p.to_string());
    }
    flags.join("; ")
}

fn estimate_point(e: &NationalEstimate) -> String {
    match (e.estimate, e.range) {
        (Some(x), _) => number(x, &e.unit),
        (None, Some([lo, hi])) => format!("{}-{}", number(lo, &e.unit), number(hi, &e.unit)),
        (None, None) => "-".into(),
    }
}

fn estimate_interval(lower: f64, upper: f64, unit: &Unit) -> String {
    format!("[{}, {}]", number(lower, unit), number(upper, unit))
}

fn estimate_grid(e: &NationalEstimate) -> String {
    e.grid
        .iter()
        .map(|g| {
            format!(
                "deff {}: {}",
                g.deff,
                estimate_interval(g.lower, g.upper, &e.unit)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn assumed_mark(e: &NationalEstimate) -> &'static str {
    if e.assumed_base { "ASSUMED BASE" } else { "" }
}

fn model_line(r: &Report) -> String {
    let Some(model) = &r.model else {
        return "no design model (the dataset has no assumptions table)".into();
    };
    format!(
        "design model: deff phase 1 = {}, deff phase 2 = {}, n1 = {}, T = {}; {:.0}% intervals; share method {}",
        model.deff1,
        model.deff2,
        model.n1,
        model.total,
        100.0 * r.estimates.first().map_or(0.95, |e| e.level),
        r.estimates
            .iter()
            .find(|e| e.unit == Unit::Percent)
            .map_or("-", |e| e.method.name())
    )
}

fn derived_text(out: &mut String, d: &DerivedFigure) {
    let _ = writeln!(
        out,
        "  {:<44} {:<28} {}",
        d.id,
        derived_value(d),
        derived_verdict(d)
    );
    let _ = writeln!(out, "      {}", d.label);
}

fn summary_text(out: &mut String, r: &Report) {
    let _ = writeln!(out, "\n== SUMMARY ==");
    for (heading, lines) in r.summary.groups() {
        let _ = writeln!(out, "\n{heading} ({}):", lines.len());
        for l in lines {
            let _ = writeln!(
                out,
                "  {:<13} {}: {} [{}]",
                l.verdict.to_string(),
                l.id,
                l.line,
                l.source
            );
        }
    }
    if !r.summary.headline.is_empty() {
        let _ = writeln!(
            out,
            "\nHeadline estimates ({:.0}% intervals):",
            100.0 * r.summary.headline[0].level
        );
        for h in &r.summary.headline {
            let _ = writeln!(
                out,
                "  {}: {}, interval {} ({})",
                h.label, h.estimate, h.interval, h.note
            );
        }
    }
}

fn trends_text(out: &mut String, r: &Report) {
    let Some(t) = &r.trends else { return };
    let _ = writeln!(out, "\n== trends between waves ==\n");
    let _ = writeln!(
        out,
        "the design of each wave (assumed numbers with their sensitivity range):"
    );
    for w in &t.designs.waves {
        let _ = writeln!(
            out,
            "  {}: deff phase 1 {}, deff phase 2 {}, n1 {}, T {}, interview base {}",
            w.label,
            w.deff1.shown(),
            w.deff2.shown(),
            w.n1.shown(),
            w.total.shown(),
            w.base_all.shown()
        );
    }
    let _ = writeln!(out, "\nwhy:");
    for v in t.designs.values().filter(|v| v.assumed) {
        let _ = writeln!(out, "  {}\n      {}", model_value_line(v), v.rationale);
    }
    if let Some(first) = t.trends.first() {
        let _ = writeln!(out, "\n{}:", model_words(first));
    }
    for x in &t.trends {
        let _ = writeln!(
            out,
            "  {}\n      {} ({}) -> {} ({})",
            x.title(),
            x.from.printed,
            x.from.figure,
            x.to.printed,
            x.to.figure
        );
        let st: Vec<String> = stats(&x.change)
            .iter()
            .map(|s| format!("{} {} [{}]", s.name, s.estimate, s.interval))
            .collect();
        let _ = writeln!(out, "      {}", st.join("; "));
        let _ = writeln!(out, "      {}", direction_words(&x.change));
        let grid: Vec<String> = x.grid.iter().map(grid_point).collect();
        let _ = writeln!(out, "      {}", grid.join("; "));
        let _ = writeln!(out, "      assumed: {}", x.assumed.join(", "));
    }
    if !t.unavailable.is_empty() {
        let _ = writeln!(out, "\nno trend interval:");
        for u in &t.unavailable {
            let _ = writeln!(out, "  {} -> {}: {}", u.from, u.to, u.reason);
        }
    }
}

pub(crate) fn text(r: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", r.title);
    let _ = writeln!(out, "dataset: {}", r.dataset);
    summary_text(&mut out, r);
    for t in &r.tables {
        let _ = writeln!(out, "\n== {} ==\n{}\n", t.name, t.description);
        for f in &t.figures {
            let _ = writeln!(
                out,
                "  {:<44} {:<28} {:<13} {}",
                f.id,
                f.printed,
                f.status,
                f.sources.join(";")
            );
            let _ = writeln!(out, "      {} [{}]", f.quantity, f.unit);
            if let Some(n) = &f.note {
                let _ = writeln!(out, "      note: {n}");
            }
        }
        if !t.derived.is_empty() {
            let _ = writeln!(out, "\n  recomputed:");
            for d in &t.derived {
                derived_text(&mut out, d);
            }
        }
    }
    if !r.derived.is_empty() {
        let _ = writeln!(out, "\n== derived quantities ==\n");
        for d in &r.derived {
            derived_text(&mut out, d);
        }
    }
    if !r.estimates.is_empty() {
        let _ = writeln!(out, "\n== national estimates ==\n{}\n", model_line(r));
        for e in &r.estimates {
            let _ = writeln!(
                out,
                "  {:<48} {:>14} {:<24} {:<15} {}",
                e.id,
                estimate_point(e),
                estimate_interval(e.lower, e.upper, &e.unit),
                e.method,
                assumed_mark(e)
            );
            let _ = writeln!(out, "      {}", e.label);
            let _ = writeln!(out, "      {}", estimate_grid(e));
            let _ = writeln!(out, "      assumptions: {}", e.assumptions.join(", "));
        }
        for u in &r.no_estimate {
            let _ = writeln!(out, "  {:<48} no interval: {}", u.id, u.reason);
        }
    }
    trends_text(&mut out, r);
    if !r.claims.is_empty() {
        let _ = writeln!(out, "\n== published statements and wordings, judged ==\n");
        for c in &r.claims {
            let _ = writeln!(
                out,
                "  {:<44} {:<13} computed {:<9} accepted {:<20} [{}]",
                c.claim.id,
                c.judgement.verdict.to_string(),
                claim_value(c),
                claim_accepted(c),
                c.claim.source
            );
            let _ = writeln!(
                out,
                "      \"{}\" states \"{}\"",
                c.claim.quote, c.claim.stated
            );
            let _ = writeln!(out, "      {}", c.judgement.reason);
            let flags = claim_flags(c);
            if !flags.is_empty() {
                let _ = writeln!(out, "      flags: {flags}");
            }
        }
    }
    out
}

fn md_escape(s: &str) -> String {
    s.replace('|', "\\|")
}

fn summary_markdown(out: &mut String, r: &Report) {
    let _ = writeln!(out, "## Summary\n");
    for (heading, lines) in r.summary.groups() {
        let _ = writeln!(out, "### {heading} ({})\n", lines.len());
        for l in lines {
            let _ = writeln!(
                out,
                "- **{}** `{}`: {} ({})",
                l.verdict,
                l.id,
                md_escape(&l.line),
                l.source
            );
        }
        out.push('\n');
    }
    if !r.summary.headline.is_empty() {
        let _ = writeln!(
            out,
            "### Headline estimates ({:.0}% intervals)\n\n| what | estimate | interval | note |\n|---|---|---|---|",
            100.0 * r.summary.headline[0].level
        );
        for h in &r.summary.headline {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                md_escape(&h.label),
                md_escape(&h.estimate),
                h.interval,
                md_escape(&h.note)
            );
        }
        out.push('\n');
    }
}

fn trends_markdown(out: &mut String, r: &Report) {
    let Some(t) = &r.trends else { return };
    let _ = writeln!(
        out,
        "## Trends between waves\n\nThe design of each wave; an assumed number shows its sensitivity range.\n\n| wave | deff phase 1 | deff phase 2 | n1 (phase-1 count) | T (national total) | interview base |\n|---|---|---|---|---|---|"
    );
    for w in &t.designs.waves {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            w.label,
            w.deff1.shown(),
            w.deff2.shown(),
            w.n1.shown(),
            w.total.shown(),
            w.base_all.shown()
        );
    }
    let _ = writeln!(out, "\n| assumption | value | rationale |\n|---|---|---|");
    for v in t.designs.values().filter(|v| v.assumed) {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} |",
            v.id,
            v.shown(),
            md_escape(&v.rationale)
        );
    }
    if let Some(first) = t.trends.first() {
        let _ = writeln!(out, "\n{}.\n", model_words(first));
    }
    let _ = writeln!(
        out,
        "| trend | from -> to | change | interval | deff grid | assumed |\n|---|---|---|---|---|---|"
    );
    for x in &t.trends {
        let st: Vec<String> = stats(&x.change)
            .iter()
            .map(|s| format!("{} {}", s.name, s.estimate))
            .collect();
        let iv: Vec<String> = stats(&x.change)
            .iter()
            .map(|s| s.interval.clone())
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} -> {} | {} | {} ({}) | {} | {} |",
            md_escape(&x.title()),
            md_escape(&x.from.printed),
            md_escape(&x.to.printed),
            st.join("; "),
            iv.join("; "),
            direction_words(&x.change),
            x.grid.iter().map(grid_point).collect::<Vec<_>>().join("; "),
            x.assumed.join(", ")
        );
    }
    if !t.unavailable.is_empty() {
        let _ = writeln!(out, "\nNo trend interval:\n");
        for u in &t.unavailable {
            let _ = writeln!(
                out,
                "- `{}` -> `{}`: {}",
                u.from,
                u.to,
                md_escape(&u.reason)
            );
        }
    }
    out.push('\n');
}

pub(crate) fn markdown(r: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", r.title);
    let _ = writeln!(
        out,
        "Dataset `{}` version `{}`, manifest sha256 `{}`.\n",
        r.dataset.id, r.dataset.version, r.dataset.checksum
    );
    summary_markdown(&mut out, r);
    let fig_row = |out: &mut String, f: &FigureLine| {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} | {} | {} | {} |",
            f.id,
            md_escape(&f.quantity),
            md_escape(&f.printed),
            f.unit,
            f.sources.join("; "),
            f.status,
            md_escape(f.note.as_deref().unwrap_or(""))
        );
    };
    let derived_table = |out: &mut String, ds: &[DerivedFigure]| {
        let _ = writeln!(
            out,
            "\n| recomputed | what | value | check |\n|---|---|---|---|"
        );
        for d in ds {
            let _ = writeln!(
                out,
                "| `{}` | {} | {} | {} |",
                d.id,
                md_escape(&d.label),
                derived_value(d),
                derived_verdict(d)
            );
        }
    };
    for t in &r.tables {
        let _ = writeln!(out, "## {}\n\n{}\n", t.name, t.description);
        let _ = writeln!(
            out,
            "| id | quantity | printed | unit | source | status | note |\n|---|---|---|---|---|---|---|"
        );
        for f in &t.figures {
            fig_row(&mut out, f);
        }
        if !t.derived.is_empty() {
            derived_table(&mut out, &t.derived);
        }
        out.push('\n');
    }
    if !r.derived.is_empty() {
        let _ = writeln!(out, "## Derived quantities");
        derived_table(&mut out, &r.derived);
        out.push('\n');
    }
    if !r.estimates.is_empty() {
        let _ = writeln!(
            out,
            "## National estimates\n\n{}\n\n| id | what | estimate | interval | deff grid | method | base | assumptions |\n|---|---|---|---|---|---|---|---|",
            model_line(r)
        );
        for e in &r.estimates {
            let _ = writeln!(
                out,
                "| `{}` | {} | {} | {} | {} | {} | {} | {} |",
                e.id,
                md_escape(&e.label),
                estimate_point(e),
                estimate_interval(e.lower, e.upper, &e.unit),
                estimate_grid(e),
                e.method,
                match (e.base_n, e.assumed_base) {
                    (Some(n), true) => format!("{n:.1} (**assumed**)"),
                    (Some(n), false) => format!("{n:.0}"),
                    (None, _) => "-".into(),
                },
                e.assumptions.join(", ")
            );
        }
        for u in &r.no_estimate {
            let _ = writeln!(
                out,
                "| `{}` | {} | no interval: {} | | | | | |",
                u.id,
                md_escape(&u.label),
                md_escape(&u.reason)
            );
        }
        out.push('\n');
    }
    trends_markdown(&mut out, r);
    if !r.claims.is_empty() {
        let _ = writeln!(
            out,
            "## Published statements and wordings, judged\n\n| id | source | quote | states | verdict | computed | accepted | flags | reason |\n|---|---|---|---|---|---|---|---|---|"
        );
        for c in &r.claims {
            let _ = writeln!(
                out,
                "| `{}` | {} | \"{}\" | {} | **{}** | {} | {} | {} | {} |",
                c.claim.id,
                c.claim.source,
                md_escape(&c.claim.quote),
                md_escape(&c.claim.stated),
                c.judgement.verdict,
                claim_value(c),
                claim_accepted(c),
                md_escape(&claim_flags(c)),
                md_escape(&c.judgement.reason)
            );
        }
    }
    out
}

pub(crate) fn json(r: &Report) -> Result<String> {
    serde_json::to_string_pretty(r).map_err(|e| Error::render("JSON", e))
}

/// CSV: one row per figure, recomputed figure, estimate and claim, each with
/// the dataset id, version and manifest checksum. `lower, upper` hold the
/// interval the printed precision admits (recomputed rows), the confidence
/// interval (estimates) or the accepted interval (claims); `check` holds
/// whether a printed percentage matches, or a claim's verdict.
pub(crate) fn csv(r: &Report) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let io = |e: csv::Error| Error::render("CSV", e);
    w.write_record([
        "dataset", "version", "checksum", "section", "table", "id", "label", "printed", "value",
        "unit", "lower", "upper", "check", "source", "status", "note",
    ])
    .map_err(io)?;
    let p = &r.dataset;
    let opt = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
    let mut rows: Vec<[String; 13]> = Vec::new();
    for (group, lines) in r.summary.groups() {
        for l in lines {
            rows.push([
                "summary".into(),
                group.to_lowercase(),
                l.id.clone(),
                l.quote.clone(),
                l.stated.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                l.verdict.to_string(),
                l.source.clone(),
                String::new(),
                l.line.clone(),
            ]);
        }
    }
    for h in &r.summary.headline {
        rows.push([
            "headline".into(),
            String::new(),
            h.id.clone(),
            h.label.clone(),
            h.estimate.clone(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            format!("interval {}; {}", h.interval, h.note),
        ]);
    }
    let push_derived = |rows: &mut Vec<[String; 13]>, table: &str, d: &DerivedFigure| {
        let (lo, hi) = match (&d.check, d.range) {
            (Some(c), _) => (Some(c.admitted[0]), Some(c.admitted[1])),
            (None, Some([lo, hi])) => (Some(lo), Some(hi)),
            _ => (None, None),
        };
        rows.push([
            "recomputed".into(),
            table.into(),
            d.id.clone(),
            d.label.clone(),
            d.check
                .as_ref()
                .map(|c| c.printed.to_string())
                .unwrap_or_default(),
            d.value.to_string(),
            d.unit.to_string(),
            opt(lo),
            opt(hi),
            d.check
                .as_ref()
                .map(|c| c.matches.to_string())
                .unwrap_or_default(),
            d.sources.join(";"),
            String::new(),
            String::new(),
        ]);
    };
    for t in &r.tables {
        for f in &t.figures {
            rows.push([
                "figure".into(),
                t.name.clone(),
                f.id.clone(),
                f.quantity.clone(),
                f.printed.clone(),
                opt(f.value),
                f.unit.to_string(),
                String::new(),
                String::new(),
                String::new(),
                f.sources.join(";"),
                f.status.clone(),
                f.note.clone().unwrap_or_default(),
            ]);
        }
        for d in &t.derived {
            push_derived(&mut rows, &t.name, d);
        }
    }
    for d in &r.derived {
        push_derived(&mut rows, "derived", d);
    }
    for e in &r.estimates {
        rows.push([
            "estimate".into(),
            String::new(),
            e.id.clone(),
            e.label.clone(),
            estimate_point(e),
            opt(e.estimate),
            e.unit.to_string(),
            e.lower.to_string(),
            e.upper.to_string(),
            String::new(),
            e.sources.join(";"),
            if e.assumed_base {
                "assumed_base".into()
            } else {
                String::new()
            },
            format!(
                "method {}; assumptions {}; {}",
                e.method,
                e.assumptions.join(","),
                estimate_grid(e)
            ),
        ]);
    }
    if let Some(t) = &r.trends {
        for v in t.designs.values() {
            rows.push([
                "wave_design".into(),
                String::new(),
                v.id.clone(),
                v.quantity.clone(),
                v.shown(),
                v.value.to_string(),
                String::new(),
                opt(v.low),
                opt(v.high),
                String::new(),
                v.sources.join(";"),
                if v.assumed { "assumed" } else { "printed" }.into(),
                v.rationale.clone(),
            ]);
        }
        for x in &t.trends {
            for (name, estimate, lower, upper) in csv_stats(&x.change) {
                rows.push([
                    "trend".into(),
                    x.measure.clone(),
                    x.id.clone(),
                    x.title(),
                    name.into(),
                    opt(estimate),
                    if name == "change_points" {
                        "points".into()
                    } else {
                        name.into()
                    },
                    lower.to_string(),
                    upper.to_string(),
                    direction_words(&x.change).into(),
                    x.sources.join(";"),
                    format!("assumed {}", x.assumed.join(",")),
                    x.grid.iter().map(grid_point).collect::<Vec<_>>().join("; "),
                ]);
            }
        }
        for u in &t.unavailable {
            rows.push([
                "trend".into(),
                u.measure.clone(),
                format!("{}->{}", u.from, u.to),
                u.label.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                "no interval".into(),
                String::new(),
                String::new(),
                u.reason.clone(),
            ]);
        }
    }
    for c in &r.claims {
        rows.push([
            "claim".into(),
            String::new(),
            c.claim.id.clone(),
            c.claim.quote.clone(),
            c.claim.stated.clone(),
            opt(c.judgement.computed),
            String::new(),
            opt(c.judgement.accepted.map(|a| a[0])),
            opt(c.judgement.accepted.map(|a| a[1])),
            c.judgement.verdict.to_string(),
            c.claim.source.clone(),
            String::new(),
            [c.judgement.reason.clone(), claim_flags(c)]
                .iter()
                .filter(|s| !s.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join("; "),
        ]);
    }
    for row in rows {
        let mut rec = vec![p.id.clone(), p.version.clone(), p.checksum.clone()];
        rec.extend(row);
        w.write_record(&rec).map_err(io)?;
    }
    let bytes = w.into_inner().map_err(|e| Error::render("CSV", e))?;
    Ok(String::from_utf8(bytes).expect("csv writes the UTF-8 it is given"))
}

/// The claims as a JSON array; each object carries the dataset.
pub(crate) fn claims_json(r: &Report) -> Result<String> {
    let items: Vec<serde_json::Value> = r
        .claims
        .iter()
        .map(|c| {
            let mut v = serde_json::to_value(c).expect("a ledger entry serialises");
            v["dataset"] = serde_json::to_value(&r.dataset).expect("provenance serialises");
            v
        })
        .collect();
    serde_json::to_string_pretty(&items).map_err(|e| Error::render("JSON", e))
}
