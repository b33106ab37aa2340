//! The njov_trends data of version 1.1.0: the rules of its three opaque
//! tables (`measures`, `figure_measures`, `wave_design`; written down in
//! the dataset's changelog, checked here until the loader reads them), the
//! statements about change of register section 7b with their expected
//! verdicts (cases in `tests/data/trend_statements.csv`, each with its
//! arithmetic), and the refusal of a comparison across definitions.

use std::collections::{BTreeMap, BTreeSet};

use njov::claims::ClaimKind;
use njov::study::trend::{Measured, Trend, WaveCount, comparable};
use njov::{Checker, Dataset, ErrorKind, Evidence};

const VERSION: &str = "1.1.0";

type Row = BTreeMap<String, String>;

fn rows_of(text: &str) -> (Vec<String>, Vec<Row>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            assert_eq!(r.len(), headers.len(), "line {:?}", r.position());
            headers
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_string))
                .collect()
        })
        .collect();
    (headers, rows)
}

fn list(cell: &str) -> Vec<&str> {
    cell.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

struct Trends {
    ds: Dataset,
    measures: Vec<Row>,
    figure_measures: Vec<Row>,
    design: Vec<Row>,
}

impl Trends {
    fn load() -> Trends {
        let ds = Dataset::load("njov_trends", Some(VERSION)).unwrap();
        let table = |name: &str, columns: &[&str]| {
            let (headers, rows) = rows_of(ds.text(name).unwrap());
            assert_eq!(headers, columns, "{name}: columns");
            rows
        };
        let measures = table(
            "measures",
            &[
                "id",
                "definition",
                "unit",
                "kind",
                "part_of",
                "source",
                "note",
            ],
        );
        let figure_measures = table("figure_measures", &["figure", "wave", "measure"]);
        let design = table(
            "wave_design",
            &[
                "id",
                "wave",
                "quantity",
                "value",
                "low",
                "high",
                "figure",
                "represents",
                "applies_to",
                "rule",
                "rationale",
                "source",
                "status",
            ],
        );
        Trends {
            ds,
            measures,
            figure_measures,
            design,
        }
    }

    fn measure(&self, id: &str) -> &Row {
        self.measures
            .iter()
            .find(|m| m["id"] == id)
            .unwrap_or_else(|| panic!("no measure {id}"))
    }

    fn measured(&self, figure: &str) -> Measured<'_> {
        let fm = self
            .figure_measures
            .iter()
            .find(|r| r["figure"] == figure)
            .unwrap_or_else(|| panic!("{figure} names no measure"));
        let m = self.measure(&fm["measure"]);
        Measured {
            figure: &fm["figure"],
            wave: &fm["wave"],
            measure: &m["id"],
            definition: &m["definition"],
        }
    }

    fn waves(&self) -> BTreeSet<&str> {
        self.design
            .iter()
            .map(|r| r["wave"].as_str())
            .filter(|w| *w != "all")
            .collect()
    }

    fn row(&self, id: &str) -> &Row {
        self.design
            .iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("no design row {id}"))
    }

    /// An assumption's value: its rule, its value, or its figure's value.
    fn value(&self, id: &str) -> f64 {
        let a = self.row(id);
        if let Some(rule) = a["rule"].strip_prefix("proportional:") {
            let p: Vec<&str> = rule.split(':').collect();
            return self.value(p[0]) * self.ds.value(p[1]).unwrap() / self.ds.value(p[2]).unwrap();
        }
        match a["value"].as_str() {
            "" => self.ds.value(&a["figure"]).unwrap(),
            v => v.parse().unwrap(),
        }
    }

    /// A figure of a count measure as the trend module takes it, at one
    /// design effect for both phases.
    fn count(&self, figure: &str) -> WaveCount {
        let m = self.measured(figure);
        let wave = m.wave;
        let total = self.value(&format!("{wave}.phase1.total"));
        let n1 = self.value(&format!("{wave}.phase1.arrests_reported"));
        match self.measure(m.measure)["kind"].as_str() {
            "total" => WaveCount::Total { total, n1 },
            "category" => WaveCount::Category {
                value: self.ds.value(figure).unwrap(),
                total,
                n1,
                n: self.value(&format!("{wave}.base.all")),
            },
            other => panic!("{figure}: a {other} measure has no count trend"),
        }
    }
}

#[test]
fn measures_follow_their_rules() {
    let t = Trends::load();
    let kinds = [
        "total",
        "category",
        "share",
        "subgroup_share",
        "context",
        "design",
    ];
    let units = ["agencies", "arrests", "interviews", "percent", "text"];
    let mut ids = BTreeSet::new();
    for m in &t.measures {
        let id = m["id"].as_str();
        assert!(ids.insert(id), "duplicate measure {id}");
        assert!(t.ds.figure(id).is_none(), "{id} is also a figure id");
        assert!(!m["definition"].trim().is_empty(), "{id}: no definition");
        assert!(units.contains(&m["unit"].as_str()), "{id}: unit");
        assert!(kinds.contains(&m["kind"].as_str()), "{id}: kind");
        for key in list(&m["source"]) {
            assert!(t.ds.source(key).is_some(), "{id}: unknown source {key}");
        }
    }
    for m in &t.measures {
        let part_of = m["part_of"].as_str();
        if matches!(m["kind"].as_str(), "category" | "share") {
            assert_eq!(part_of, "total", "{}", m["id"]);
        }
        if !part_of.is_empty() {
            assert!(ids.contains(part_of), "{}: part_of {part_of}", m["id"]);
        }
    }
    assert_eq!(
        t.measures.iter().filter(|m| m["kind"] == "total").count(),
        1
    );
}

#[test]
fn every_figure_names_one_measure_of_its_wave() {
    let t = Trends::load();
    let waves = t.waves();
    assert_eq!(waves, BTreeSet::from(["w2000", "w2006", "w2009"]));
    let figures: BTreeSet<&str> = t.ds.figures().iter().map(|f| f.id.as_str()).collect();
    let mut named = BTreeSet::new();
    let mut wave_measure = BTreeSet::new();
    for r in &t.figure_measures {
        let (f, w, m) = (
            r["figure"].as_str(),
            r["wave"].as_str(),
            r["measure"].as_str(),
        );
        assert!(figures.contains(f), "{f} is not a figure");
        assert!(named.insert(f), "{f} named twice");
        assert_eq!(f.split('.').next(), Some(w), "{f}: wave {w}");
        assert!(waves.contains(w), "{f}: unknown wave {w}");
        t.measure(m);
        assert!(wave_measure.insert((w, m)), "two figures of {m} in {w}");
    }
    assert_eq!(named, figures, "every figure names its measure");
    let used: BTreeSet<&str> = t
        .figure_measures
        .iter()
        .map(|r| r["measure"].as_str())
        .collect();
    for m in &t.measures {
        assert!(
            used.contains(m["id"].as_str()),
            "measure {} unused",
            m["id"]
        );
    }
    // Every figure's unit is its measure's.
    for f in t.ds.figures() {
        let m = t.measured(&f.id);
        assert_eq!(f.unit.as_str(), t.measure(m.measure)["unit"], "{}", f.id);
    }
}

#[test]
fn wave_design_follows_the_assumptions_rules() {
    let t = Trends::load();
    let measures: BTreeSet<&str> = t.measures.iter().map(|m| m["id"].as_str()).collect();
    let mut ids = BTreeSet::new();
    for a in &t.design {
        let id = a["id"].as_str();
        assert!(ids.insert(id), "duplicate {id}");
        let wave = a["wave"].as_str();
        if wave == "all" {
            assert!(
                id.starts_with("trend."),
                "{id}: an all-waves row is about the trend"
            );
        } else {
            assert!(id.starts_with(&format!("{wave}.")), "{id}: wave {wave}");
        }
        assert!(!a["rationale"].trim().is_empty(), "{id}: rationale");
        for key in list(&a["source"]) {
            assert!(t.ds.source(key).is_some(), "{id}: unknown source {key}");
        }
        let number = |col: &str| -> Option<f64> {
            (!a[col].is_empty()).then(|| {
                let x: f64 = a[col].parse().unwrap();
                assert!(x.is_finite() && x >= 0.0, "{id}: {col} {x}");
                if id != "trend.phase1_correlation" {
                    assert!(x > 0.0, "{id}: {col} {x} is not positive");
                }
                x
            })
        };
        let (value, low, high) = (number("value"), number("low"), number("high"));
        if let (Some(l), Some(h)) = (low, high) {
            assert!(l <= h, "{id}: low {l} > high {h}");
            if let Some(v) = value {
                assert!(l <= v && v <= h, "{id}: {v} outside [{l}, {h}]");
            }
        }
        match a["status"].as_str() {
            "printed" => {
                assert!(!a["figure"].is_empty(), "{id}: printed names its figure");
                assert!(
                    t.ds.value(&a["figure"]).is_some(),
                    "{id}: figure has no value"
                );
            }
            "assumed" => assert!(value.is_some() || !a["rule"].is_empty(), "{id}"),
            other => panic!("{id}: status {other}"),
        }
        if let Some(rule) = (!a["rule"].is_empty()).then(|| a["rule"].as_str()) {
            let p: Vec<&str> = rule.split(':').collect();
            assert_eq!(p.len(), 4, "{id}: rule {rule}");
            assert_eq!(p[0], "proportional", "{id}");
            assert!(t.design.iter().any(|b| b["id"] == p[1] && b["id"] != id));
            assert!(t.ds.value(p[2]).is_some() && t.ds.value(p[3]).is_some());
            // A rule's value lies in its sensitivity range.
            let v = t.value(id);
            assert!(low.unwrap() <= v && v <= high.unwrap(), "{id}: {v}");
        }
        for col in ["figure", "represents"] {
            if !a[col].is_empty() {
                assert!(t.ds.figure(&a[col]).is_some(), "{id}: {col} {}", a[col]);
            }
        }
        for m in list(&a["applies_to"]) {
            assert!(measures.contains(m), "{id}: applies_to {m}");
        }
    }
    for wave in t.waves() {
        for part in [
            "deff.phase1",
            "deff.phase2",
            "phase1.arrests_reported",
            "phase1.total",
            "base.all",
        ] {
            let v = t.value(&format!("{wave}.{part}"));
            assert!(v > 0.0, "{wave}.{part}");
        }
        assert_eq!(
            t.row(&format!("{wave}.base.all"))["represents"],
            format!("{wave}.total")
        );
    }
    // What is published is printed; what is not is assumed, and says so.
    assert_eq!(t.row("w2000.phase1.arrests_reported")["status"], "printed");
    for wave in ["w2006", "w2009"] {
        let n1 = t.row(&format!("{wave}.phase1.arrests_reported"));
        assert_eq!(n1["status"], "assumed");
        let f = t.ds.figure(&format!("{wave}.arrests_reported")).unwrap();
        assert_eq!(f.status, njov::data::Status::NotPublished);
    }
    assert_eq!(t.row("w2006.base.all")["status"], "printed");
    assert_eq!(t.row("w2009.base.all")["status"], "assumed");
    // The wave-1 mean expansion weight carried to wave 2: n1 = 1723 * 7010 / 2577.
    let n1 = t.value("w2006.phase1.arrests_reported");
    assert!((n1 - 1723.0 * 7010.0 / 2577.0).abs() < 1e-9);
}

#[test]
fn statements_compare_one_measure_across_waves() {
    let t = Trends::load();
    let statements = t.ds.statements();
    assert_eq!(statements.len(), 9, "the nine statements of section 7b");
    for s in statements {
        assert_eq!(s.kind, ClaimKind::Change, "{}", s.id);
        let (later, earlier) = (s.measures.as_deref().unwrap(), s.base.as_deref().unwrap());
        let (a, b) = (t.measured(earlier), t.measured(later));
        comparable(&a, &b).unwrap_or_else(|e| panic!("{}: {e}", s.id));
        assert!(a.wave < b.wave, "{}: base is the earlier wave", s.id);
        assert!(
            s.value.number().is_none() && s.wording.is_some(),
            "{}",
            s.id
        );
        assert!(!s.sources.is_empty(), "{}", s.id);
    }
}

#[test]
fn a_comparison_across_definitions_is_refused_naming_both() {
    let t = Trends::load();
    let solicitations = t.measured("w2000.undercover_solicitation");
    let operations = t.measured("w2006.undercover_operations");
    let err = comparable(&solicitations, &operations).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::InvalidArgument { .. }));
    let text = err.to_string();
    for m in [&solicitations, &operations] {
        assert!(
            text.contains(m.definition),
            "{text}\nlacks {}",
            m.definition
        );
        assert!(text.contains(m.figure), "{text}\nlacks {}", m.figure);
    }
    // Within one definition the comparison holds, and one wave with itself
    // is no trend.
    comparable(&solicitations, &t.measured("w2006.undercover_solicitation")).unwrap();
    comparable(&operations, &t.measured("w2000.undercover_operations")).unwrap();
    assert!(comparable(&solicitations, &t.measured("w2000.undercover_solicitation")).is_err());
}

/// The section-7b statements judged as the ledger will judge them: the
/// change computed from the two figures, the interval of the change from
/// the trend module under each wave's design (design effect 1 and 3), and
/// the verdict, pattern and boundary expected in the case file.
#[test]
fn section_7b_statements_get_their_expected_verdicts() {
    let t = Trends::load();
    let (_, cases) = rows_of(include_str!("data/trend_statements.csv"));
    assert_eq!(
        cases.len(),
        t.ds.statements().len(),
        "one case per statement"
    );
    for case in &cases {
        let id = case["statement"].as_str();
        let s =
            t.ds.statements()
                .iter()
                .find(|s| s.id == id)
                .unwrap_or_else(|| panic!("no statement {id}"));
        let stated = s.wording.as_deref().unwrap();
        let judged = case["wording_judged"].as_str();
        if judged != stated {
            // Only the sign '>' is rewritten, in words, until the grammar reads it.
            assert_eq!(stated.replace('>', "more than "), judged, "{id}");
        }
        let (from_id, to_id) = (s.base.as_deref().unwrap(), s.measures.as_deref().unwrap());
        let (from, to) = (t.ds.value(from_id).unwrap(), t.ds.value(to_id).unwrap());
        let evidence = Evidence::Change { from, to };
        let plain = Checker::new().check(judged, &evidence).unwrap();
        let ratio_scale = plain.unit == Some(njov::claims::Scale::Ratio);
        let computed = if ratio_scale {
            to / from
        } else {
            100.0 * (to - from) / from
        };
        assert!(
            (plain.computed.unwrap() - computed).abs() <= 1e-12 * computed,
            "{id}"
        );
        for (deff, col) in [(1.0, "crosses_deff1"), (3.0, "crosses_deff3")] {
            let a = t.count(from_id).estimate(deff, deff).unwrap();
            let b = t.count(to_id).estimate(deff, deff).unwrap();
            let tr = Trend::compute(&a, &b, 0.95).unwrap();
            let (lo, hi) = if ratio_scale {
                (tr.ratio.lower, tr.ratio.upper)
            } else {
                (tr.percent_change.lower, tr.percent_change.upper)
            };
            let j = Checker::new().ci(lo, hi).check(judged, &evidence).unwrap();
            assert_eq!(
                serde_json::to_value(j.verdict).unwrap(),
                case["verdict"].as_str(),
                "{id}: {}",
                j.reason
            );
            let pattern = j
                .pattern
                .as_ref()
                .map(|p| serde_json::to_value(p).unwrap()["pattern"].clone());
            match case["pattern"].as_str() {
                "" => assert_eq!(pattern, None, "{id}"),
                p => assert_eq!(pattern, Some(p.into()), "{id}"),
            }
            assert_eq!(
                j.crosses_boundary,
                Some(case[col] == "true"),
                "{id} at deff {deff}: interval [{lo}, {hi}], accepted {:?}",
                j.accepted
            );
        }
    }
}
