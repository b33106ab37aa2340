//! Every report opens with its summary, in every format: each published
//! statement with its verdict in one line, grouped by what holds, what does
//! not and what cannot be checked, then the headline estimates with their
//! intervals; a trends section follows when the dataset has waves.

use njov::study::ValueOrigin;
use njov::{Dataset, Format, Report, Verdict};

fn datasets() -> Vec<Dataset> {
    vec![
        Dataset::latest().unwrap(),
        Dataset::load("njov_trends", None).unwrap(),
    ]
}

const FORMATS: [Format; 5] = [
    Format::Text,
    Format::Markdown,
    Format::Json,
    Format::Csv,
    Format::Html,
];

/// Where the summary starts, and where the first thing after it starts, in
/// a rendered report.
fn summary_and_next(format: Format, text: &str) -> (usize, usize) {
    let find = |s: &str| {
        text.find(s)
            .unwrap_or_else(|| panic!("{format}: no {s:?} in the report"))
    };
    match format {
        Format::Text => (find("== Summary =="), find("\n== ") + 1),
        Format::Markdown => (find("## Summary"), find("\n## ") + 1),
        Format::Json => (find("\"summary\""), find("\"tables\"")),
        Format::Csv => (find("\n") + 1, find(",figure,")),
        Format::Html => (
            find("<section id=\"summary\">"),
            find("<section id=\"tables\">"),
        ),
        other => panic!("{other} is not a report format"),
    }
}

#[test]
fn the_summary_comes_first_in_every_format() {
    for ds in datasets() {
        let r = Report::build(&ds).unwrap();
        for format in FORMATS {
            let text = r.render(format).unwrap();
            let (summary, next) = summary_and_next(format, &text);
            let id = &ds.provenance().id;
            match format {
                // The summary is the first section; the next one follows it.
                Format::Text | Format::Markdown => {
                    let first_section = match format {
                        Format::Text => text.find("\n== ").unwrap(),
                        _ => text.find("\n## ").unwrap(),
                    };
                    assert!(summary <= first_section + 1, "{id} {format}");
                }
                _ => assert!(summary < next, "{id} {format}"),
            }
            // Every statement's line is in the summary part.
            let head = &text[summary..];
            for c in &r.claims {
                assert!(head.contains(&c.claim.id), "{id} {format}: {}", c.claim.id);
            }
            // The CSV's first row is a summary row.
            if format == Format::Csv {
                let second_line = text.lines().nth(1).unwrap();
                assert!(second_line.contains(",summary,"), "{second_line}");
            }
        }
    }
}

#[test]
fn every_statement_has_one_line_under_its_verdict() {
    for ds in datasets() {
        let r = Report::build(&ds).unwrap();
        let s = &r.summary;
        let lines = s.holds.len() + s.does_not_hold.len() + s.cannot_be_checked.len();
        assert_eq!(lines, r.claims.len(), "{}", ds.provenance().id);
        for c in &r.claims {
            let group = match c.judgement.verdict {
                Verdict::Reproduced | Verdict::Consistent => &s.holds,
                Verdict::Inconsistent => &s.does_not_hold,
                Verdict::Unverifiable => &s.cannot_be_checked,
            };
            let line = group
                .iter()
                .find(|l| l.id == c.claim.id)
                .unwrap_or_else(|| panic!("{} not under its verdict", c.claim.id));
            assert!(!line.line.contains('\n'), "{}", line.line);
            assert!(line.line.starts_with(&format!("\"{}\"", c.claim.stated)));
            if let Some(p) = &c.judgement.pattern {
                assert!(line.line.contains(&p.to_string()), "{}", line.line);
            }
            // The line says what the value is: computed, printed, or another
            // source's wording held as its range (never "computed" then).
            let says = match c.origin {
                Some(ValueOrigin::Computed) => Some(": computed "),
                Some(ValueOrigin::Printed) => Some(": printed "),
                Some(ValueOrigin::WordingRange) => {
                    Some(": against another source's wording, held as its range ")
                }
                _ => None,
            };
            if let Some(says) = says {
                assert!(line.line.contains(says), "{}: {}", c.claim.id, line.line);
            }
            if c.origin == Some(ValueOrigin::WordingRange) {
                assert!(!line.line.contains(": computed"), "{}", line.line);
                assert!(!line.line.contains("; interval "), "{}", line.line);
            }
        }
    }
}

#[test]
fn the_headline_estimates_carry_their_intervals() {
    // Wave 1: the national total first, then the shares the statements are about.
    let ds = Dataset::latest().unwrap();
    let r = Report::build(&ds).unwrap();
    let total = r
        .estimates
        .iter()
        .find(|e| e.id == "total:arrests.total")
        .unwrap();
    let h = &r.summary.headline[0];
    assert_eq!(h.id, total.id);
    assert_eq!(
        h.interval,
        format!("{:.0} to {:.0}", total.lower, total.upper)
    );
    let undercover = r
        .summary
        .headline
        .iter()
        .find(|h| h.id == "share:arrests.undercover_solicitation")
        .expect("the share a statement is about");
    let e = r.estimates.iter().find(|e| e.id == undercover.id).unwrap();
    assert_eq!(
        undercover.interval,
        format!("{:.1}% to {:.1}%", e.lower, e.upper)
    );
    // The trends: every trend, its interval as computed.
    let ds = Dataset::load("njov_trends", None).unwrap();
    let r = Report::build(&ds).unwrap();
    let t = r.trends.as_ref().unwrap();
    assert_eq!(r.summary.headline.len(), t.trends.len());
    let total = t.get("w2000.total", "w2006.total").unwrap();
    let c = total.change.count().unwrap();
    let h = r
        .summary
        .headline
        .iter()
        .find(|h| h.id == total.id)
        .unwrap();
    assert_eq!(
        h.interval,
        format!(
            "{:+.1}% to {:+.1}%",
            c.percent_change.lower, c.percent_change.upper
        )
    );
    assert!(h.label.starts_with("all arrests, 2000 -> 2006"));
}
