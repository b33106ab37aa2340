//! The later waves against the source register (a copy of
//! `shared/sources/njov-published-figures.md`): every cell of the section-7
//! table, every statement of section 7b and every other wave-2 and wave-3
//! figure of section 7b is in the `njov_trends` dataset with its source and
//! status, and in the report (its JSON, and the summary of every format).

use njov::{Dataset, Format, Report};

const REGISTER: &str = include_str!("data/njov-published-figures.md");

/// The text of section 7 up to its subsection 7b, and of 7b.
fn sections() -> (&'static str, &'static str) {
    let start = REGISTER.find("\n## 7.").expect("section 7");
    let b = REGISTER[start..].find("\n### 7b").expect("section 7b") + start;
    let end = REGISTER[b..]
        .find("\n## ")
        .map_or(REGISTER.len(), |e| e + b);
    (&REGISTER[start..b], &REGISTER[b..end])
}

/// The rows of the markdown tables in a text: each a list of cells; the
/// header row first in each table, separator rows dropped.
fn tables(text: &str) -> Vec<Vec<Vec<String>>> {
    let mut out: Vec<Vec<Vec<String>>> = Vec::new();
    let mut current: Vec<Vec<String>> = Vec::new();
    for line in text.lines() {
        if line.starts_with('|') {
            let cells: Vec<String> = line
                .trim()
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect();
            if !cells.iter().all(|c| c.chars().all(|ch| ch == '-')) {
                current.push(cells);
            }
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn sources_of(cell: &str) -> Vec<String> {
    cell.split([',', ';'])
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && s != "-")
        .collect()
}

/// The strings in double quotes of a cell.
fn quoted(cell: &str) -> Vec<&str> {
    cell.split('"').skip(1).step_by(2).collect()
}

/// The numbers of a cell that carry a percent sign or stand alone (not
/// inside quotes, not years in parentheses).
fn percents(cell: &str) -> Vec<f64> {
    let mut unquoted = String::new();
    for (i, part) in cell.split('"').enumerate() {
        if i % 2 == 0 {
            unquoted.push_str(part);
            unquoted.push(' ');
        }
    }
    unquoted
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '%'))
        .filter(|t| t.ends_with('%'))
        .filter_map(|t| t.trim_end_matches('%').parse().ok())
        .collect()
}

fn report_json(ds: &Dataset) -> String {
    Report::build(ds).unwrap().render(Format::Json).unwrap()
}

#[test]
fn every_cell_of_the_section7_table_is_in_the_trends_data() {
    let ds = Dataset::load("njov_trends", None).unwrap();
    let (section7, _) = sections();
    let table = &tables(section7)[0];
    assert_eq!(
        table[0],
        [
            "quantity",
            "2000 (wave 1)",
            "2006 (wave 2)",
            "2009 (wave 3)",
            "source",
            "status"
        ]
    );
    let report = report_json(&ds);
    let mut cells = 0;
    for row in &table[1..] {
        let sources = sources_of(&row[4]);
        let status = &row[5];
        let mut measure = None;
        for (column, wave) in [(1, "w2000"), (2, "w2006"), (3, "w2009")] {
            let cell = row[column].as_str();
            let of_wave = ds
                .figures()
                .iter()
                .filter(|f| f.id.starts_with(&format!("{wave}.")));
            if cell == "-" {
                // Not found in the register: absent, or stored as not published.
                if let Some(m) = &measure {
                    let link = ds
                        .figure_measures()
                        .iter()
                        .find(|l| l.wave == wave && &l.measure == m);
                    if let Some(l) = link {
                        // Stored as not published, or printed by another
                        // row of the register (section 7b).
                        let f = ds.figure(&l.figure).unwrap();
                        let elsewhere = f
                            .wording
                            .as_deref()
                            .is_some_and(|w| sections().1.contains(&format!("\"{w}\"")));
                        assert!(
                            f.status.as_str() == "not_published" || elsewhere,
                            "{}",
                            f.id
                        );
                    }
                }
                continue;
            }
            let digits: String = cell.chars().filter(|c| c.is_ascii_digit()).collect();
            let words = !cell.ends_with('%') && digits.is_empty() || cell.contains(' ');
            let found = of_wave
                .filter(|f| {
                    if words {
                        f.wording.as_deref() == Some(cell)
                    } else {
                        f.value.number() == digits.parse().ok() && f.wording.is_none()
                    }
                })
                .find(|f| {
                    f.status.as_str() == status && f.sources.iter().any(|s| sources.contains(s))
                })
                .unwrap_or_else(|| panic!("{}: {cell} ({wave}) is not in njov_trends", row[0]));
            assert!(
                report.contains(&format!("\"{}\"", found.id)),
                "{}",
                found.id
            );
            measure = ds.measure_of(&found.id).map(|l| l.measure.clone());
            let m = measure.as_deref().unwrap();
            // The same row is the same definition in every wave.
            for other in ds.figure_measures().iter().filter(|l| l.measure == m) {
                assert!(other.figure.ends_with(found.id.split_once('.').unwrap().1));
            }
            cells += 1;
        }
    }
    assert_eq!(
        cells, 23,
        "the section-7 table: 3 totals and 2 cells of each of 10 rows"
    );
}

#[test]
fn every_section_7b_statement_is_in_the_data_and_the_report() {
    let ds = Dataset::load("njov_trends", None).unwrap();
    let (_, section7b) = sections();
    let statements = &tables(section7b)[0];
    assert_eq!(
        statements[0],
        [
            "statement (as printed)",
            "measure",
            "figures",
            "arithmetic",
            "source"
        ]
    );
    assert_eq!(statements.len() - 1, 9, "nine statements about change");
    let report = Report::build(&ds).unwrap();
    let json = report.render(Format::Json).unwrap();
    let renders: Vec<(Format, String)> =
        [Format::Text, Format::Markdown, Format::Csv, Format::Html]
            .into_iter()
            .map(|f| (f, report.render(f).unwrap()))
            .collect();
    let mut matched = Vec::new();
    for row in &statements[1..] {
        let quote = quoted(&row[0])[0];
        let source = row[4].as_str();
        let (from, to) = row[2].split_once(" -> ").expect("A -> B");
        let (from, to): (f64, f64) = (from.parse().unwrap(), to.parse().unwrap());
        let s = ds
            .statements()
            .iter()
            .find(|s| {
                s.wording.as_deref().is_some_and(|w| w.starts_with(quote))
                    && s.sources == [source]
                    && ds.value(s.base.as_deref().unwrap()) == Some(from)
                    && ds.value(s.measures.as_deref().unwrap()) == Some(to)
            })
            .unwrap_or_else(|| panic!("\"{quote}\" ({source}, {from} -> {to}) is not a statement"));
        assert_eq!(s.status.as_str(), "printed");
        assert!(!matched.contains(&s.id), "{} matched twice", s.id);
        matched.push(s.id.clone());
        // Judged in the report, and listed in its summary in every format.
        let judged = report.claims.iter().find(|c| c.claim.id == s.id).unwrap();
        assert!(json.contains(&format!("\"{}\"", s.id)));
        for (format, text) in &renders {
            assert!(text.contains(&s.id), "{format}: {} not in the report", s.id);
        }
        let in_summary = report
            .summary
            .groups()
            .iter()
            .flat_map(|(_, lines)| lines.iter())
            .any(|l| l.id == s.id && l.verdict == judged.judgement.verdict);
        assert!(in_summary, "{} not in the summary", s.id);
    }
}

#[test]
fn every_other_wave2_and_wave3_figure_of_section_7b_is_in_the_data_and_the_report() {
    let ds = Dataset::load("njov_trends", None).unwrap();
    let (_, section7b) = sections();
    let others = &tables(section7b)[1];
    assert_eq!(others[0], ["quantity", "value", "base", "source", "status"]);
    let report = report_json(&ds);
    let mut seen = 0;
    for row in &others[1..] {
        let (quantity, value, sources, status) =
            (&row[0], &row[1], sources_of(&row[3]), row[4].as_str());
        let cites = |f: &&njov::data::Figure| {
            sources.is_empty() || f.sources.iter().any(|s| sources.contains(s))
        };
        let mut ids: Vec<&str> = Vec::new();
        if value == "-" {
            // Not published: stored as such, found by the row's first words.
            let key: String = quantity
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            let f = ds
                .figures()
                .iter()
                .filter(|f| f.status.as_str() == status)
                .find(|f| {
                    f.quantity.contains(&key) || f.note.as_deref().is_some_and(|n| n.contains(&key))
                })
                .unwrap_or_else(|| panic!("{quantity}: no not_published figure"));
            ids.push(&f.id);
        }
        for w in quoted(value) {
            // Every figure with the wording ("1 in 6" is printed for 2000 and 2006).
            let found: Vec<&str> = ds
                .figures()
                .iter()
                .filter(cites)
                .filter(|f| f.wording.as_deref() == Some(w) && f.status.as_str() == status)
                .map(|f| f.id.as_str())
                .collect();
            assert!(
                !found.is_empty(),
                "{quantity}: wording \"{w}\" not in njov_trends"
            );
            ids.extend(found);
        }
        for x in percents(value) {
            let f = ds
                .figures()
                .iter()
                .filter(cites)
                .find(|f| {
                    f.unit.as_str() == "percent"
                        && f.value.number() == Some(x)
                        && f.wording.is_none()
                        && f.status.as_str() == status
                })
                .unwrap_or_else(|| panic!("{quantity}: {x}% not in njov_trends"));
            ids.push(&f.id);
        }
        assert!(!ids.is_empty(), "{quantity}: nothing read from {value:?}");
        for id in ids {
            assert!(
                report.contains(&format!("\"{id}\"")),
                "{id} not in the report"
            );
            seen += 1;
        }
    }
    assert_eq!(seen, 15, "the figures of the table");
}

#[test]
fn the_2006_categories_fall_one_short_of_the_total() {
    let ds = Dataset::load("njov_trends", None).unwrap();
    assert_eq!(ds.value("w2006.category_sum"), Some(7009.0));
    assert_eq!(ds.value("w2006.total"), Some(7010.0));
    assert_eq!(ds.value("w2000.category_sum"), ds.value("w2000.total"));
}

/// The report of the trends dataset: no national estimates (no wave-1
/// assumptions table), but trends between its waves with intervals.
#[test]
fn the_trends_report_has_trends_but_no_national_model() {
    let ds = Dataset::load("njov_trends", None).unwrap();
    let r = Report::build(&ds).unwrap();
    assert!(r.model.is_none() && r.estimates.is_empty());
    let t = r.trends.as_ref().unwrap();
    assert_eq!(t.trends.len(), 12);
    let text = r.render(Format::Text).unwrap();
    assert!(text.contains("== Trends between waves =="));
    assert!(text.contains("w2006.undercover_solicitation"));
    // The wave-1 report has no waves, so no trends section.
    let r1 = Report::build(&Dataset::latest().unwrap()).unwrap();
    assert!(r1.trends.is_none());
    assert!(
        !r1.render(Format::Text)
            .unwrap()
            .contains("Trends between waves")
    );
}
