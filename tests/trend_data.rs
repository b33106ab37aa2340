//! The njov_trends data of version 1.1.0 through the typed loader: its
//! three tables of a repeated survey (`measures`, `figure_measures`,
//! `wave_design`), and every broken rule of them named by file, line and
//! column (cases in `tests/data/trend_bad_data.csv`).

mod common;

use std::collections::{BTreeMap, BTreeSet};

use njov::claims::ClaimKind;
use njov::data::MeasureKind;
use njov::{Dataset, ErrorKind};

const VERSION: &str = "1.1.0";

type Row = BTreeMap<String, String>;

fn rows_of(text: &str) -> Vec<Row> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

fn trends() -> Dataset {
    Dataset::load("njov_trends", Some(VERSION)).unwrap()
}

#[test]
fn the_loader_reads_the_three_tables_typed() {
    let ds = trends();
    assert_eq!(ds.measures().len(), 23);
    assert_eq!(ds.figure_measures().len(), ds.figures().len());
    assert_eq!(ds.wave_assumptions().len(), 16);
    assert_eq!(ds.waves(), ["w2000", "w2006", "w2009"]);
    // One total; every category and share is part of it.
    let totals: Vec<&str> = ds
        .measures()
        .iter()
        .filter(|m| m.kind == MeasureKind::Total)
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(totals, ["total"]);
    for m in ds.measures() {
        if m.kind.is_part_of_total() {
            assert_eq!(m.part_of.as_deref(), Some("total"), "{}", m.id);
        }
        assert!(!m.label.is_empty() && !m.definition.is_empty());
    }
    // Every figure names its measure, of its own unit and wave.
    for f in ds.figures() {
        let link = ds.measure_of(&f.id).unwrap();
        assert_eq!(Some(link.wave.as_str()), f.id.split('.').next());
        assert_eq!(ds.measure(&link.measure).unwrap().unit, f.unit, "{}", f.id);
    }
    // Solicitations and undercover operations are two definitions.
    let a = ds.measure_of("w2006.undercover_solicitation").unwrap();
    let b = ds.measure_of("w2006.undercover_operations").unwrap();
    assert_ne!(a.measure, b.measure);
}

/// Every case of `tests/data/trend_bad_data.csv`: one edit of a shipped
/// file (rehashed, so that what fails is the rule, not the checksum), and
/// the file, line, column and message of the error it must give.
#[test]
fn every_broken_rule_is_named_by_file_line_and_column() {
    let cases = rows_of(include_str!("data/trend_bad_data.csv"));
    assert!(cases.len() >= 20);
    let mut columns_seen = BTreeSet::new();
    for case in &cases {
        let copy = common::data_copy();
        common::edit_and_rehash_in(
            copy.path(),
            "njov_trends",
            VERSION,
            &case["file"],
            &case["from"],
            &case["to"],
        );
        let err = Dataset::load_from_dir(copy.path(), "njov_trends", Some(VERSION))
            .expect_err(&case["why"]);
        let ErrorKind::Data { location, message } = err.kind() else {
            panic!("{}: not a data error: {err}", case["why"]);
        };
        assert_eq!(
            location.file,
            format!("njov_trends/{VERSION}/{}", case["file"]),
            "{}: {err}",
            case["why"]
        );
        assert_eq!(
            location.line,
            Some(case["line"].parse().unwrap()),
            "{}: {err}",
            case["why"]
        );
        assert_eq!(
            location.column.as_deref(),
            Some(case["column"].as_str()),
            "{}: {err}",
            case["why"]
        );
        assert!(
            message.contains(&case["message"]),
            "{}: {err}\nlacks {}",
            case["why"],
            case["message"]
        );
        columns_seen.insert((case["file"].clone(), case["column"].clone()));
    }
    assert!(columns_seen.len() >= 15, "{columns_seen:?}");
}

#[test]
fn statements_compare_one_measure_across_waves() {
    let ds = trends();
    assert_eq!(
        ds.statements().len(),
        9,
        "the nine statements of section 7b"
    );
    for s in ds.statements() {
        assert_eq!(s.kind, ClaimKind::Change, "{}", s.id);
        let (later, earlier) = (s.measures.as_deref().unwrap(), s.base.as_deref().unwrap());
        let (a, b) = (
            ds.measure_of(earlier).unwrap(),
            ds.measure_of(later).unwrap(),
        );
        assert_eq!(a.measure, b.measure, "{}", s.id);
        assert!(a.wave < b.wave, "{}: base is the earlier wave", s.id);
        assert!(
            s.value.number().is_none() && s.wording.is_some(),
            "{}",
            s.id
        );
        assert!(!s.sources.is_empty(), "{}", s.id);
    }
}

