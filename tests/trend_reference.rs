//! The trend module against the independent reference of
//! `scripts/trend_reference.py` (mpmath at 50 digits; the share intervals'
//! corner formula checked there by numerical optimisation), value for value
//! to 1e-12 relative; and the reference's inputs against the data they were
//! computed from, so that a change to the data or to the design model without
//! regenerating the reference is caught.

use std::collections::{BTreeMap, BTreeSet};

use njov::Dataset;
use njov::study::trend::{
    Direction, ShareChange, Trend, WaveCount, WaveShare, share_change_grid, trend_grid,
};

mod common;
use common::{Row, rows_of};

const VERSION: &str = "1.1.0";

fn reference() -> Vec<Row> {
    rows_of(include_str!("data/trend_reference.csv"))
}

fn num(row: &Row, col: &str) -> f64 {
    row[col]
        .parse()
        .unwrap_or_else(|_| panic!("{col} = {:?} is not a number", row[col]))
}

fn opt(row: &Row, col: &str) -> Option<f64> {
    (!row[col].is_empty()).then(|| num(row, col))
}

/// Relative agreement to 1e-12 (absolute for an expected 0).
fn close(what: &str, got: f64, want: f64) {
    let err = (got - want).abs() / want.abs().max(f64::MIN_POSITIVE);
    assert!(
        err <= 1e-12 || (want == 0.0 && got.abs() <= 1e-12),
        "{what}: got {got:e}, reference {want:e} (relative error {err:e})"
    );
}

fn direction(word: &str) -> Direction {
    match word {
        "increase" => Direction::Increase,
        "decrease" => Direction::Decrease,
        "undetermined" => Direction::Undetermined,
        other => panic!("unknown direction {other}"),
    }
}

fn wave_count(row: &Row, side: &str) -> WaveCount {
    let (value, total, n1) = (
        num(row, &format!("{side}_value")),
        num(row, &format!("{side}_total")),
        num(row, &format!("{side}_n1")),
    );
    match opt(row, &format!("{side}_n")) {
        None => WaveCount::Total { total, n1 },
        Some(n) => WaveCount::Category {
            value,
            total,
            n1,
            n,
        },
    }
}

fn wave_share(row: &Row, side: &str) -> WaveShare {
    WaveShare::range(
        num(row, &format!("{side}_share_lower")),
        num(row, &format!("{side}_share_upper")),
        num(row, &format!("{side}_n")),
    )
    .unwrap()
}

#[test]
fn count_trends_match_the_reference() {
    let rows: Vec<Row> = reference()
        .into_iter()
        .filter(|r| r["kind"] == "count")
        .collect();
    assert!(rows.len() >= 180, "{} count rows", rows.len());
    for row in &rows {
        let id = format!(
            "{} -> {} level {} deff {} n1 {}",
            row["from_figure"], row["to_figure"], row["level"], row["deff"], row["n1_case"]
        );
        let deff = num(row, "deff");
        let a = wave_count(row, "from").estimate(deff, deff).unwrap();
        let b = wave_count(row, "to").estimate(deff, deff).unwrap();
        close(&format!("{id} cv2_from"), a.cv2, num(row, "cv2_from"));
        close(&format!("{id} cv2_to"), b.cv2, num(row, "cv2_to"));
        let t = Trend::compute(&a, &b, num(row, "level")).unwrap();
        for (col, got) in [
            ("ratio", t.ratio.estimate),
            ("ratio_lower", t.ratio.lower),
            ("ratio_upper", t.ratio.upper),
            ("percent_change", t.percent_change.estimate),
            ("percent_change_lower", t.percent_change.lower),
            ("percent_change_upper", t.percent_change.upper),
            ("difference", t.difference.estimate),
            ("difference_lower", t.difference.lower),
            ("difference_upper", t.difference.upper),
            ("se_log_ratio", t.se_log_ratio),
            ("se_difference", t.se_difference),
        ] {
            close(&format!("{id} {col}"), got, num(row, col));
        }
        assert_eq!(t.direction(), direction(&row["direction"]), "{id}");
    }
}

#[test]
fn share_changes_match_the_reference() {
    let rows: Vec<Row> = reference()
        .into_iter()
        .filter(|r| r["kind"] == "share")
        .collect();
    assert_eq!(
        rows.len(),
        36,
        "three share measures x 3 levels x 4 design effects"
    );
    for row in &rows {
        let id = format!(
            "{} -> {} level {} deff {}",
            row["from_figure"], row["to_figure"], row["level"], row["deff"]
        );
        let deff = num(row, "deff");
        let c = ShareChange::compute(
            &wave_share(row, "from"),
            &wave_share(row, "to"),
            deff,
            deff,
            num(row, "level"),
        )
        .unwrap();
        close(
            &format!("{id} wording lower"),
            c.wording[0],
            num(row, "change_wording_lower"),
        );
        close(
            &format!("{id} wording upper"),
            c.wording[1],
            num(row, "change_wording_upper"),
        );
        close(&format!("{id} lower"), c.lower, num(row, "change_lower"));
        close(&format!("{id} upper"), c.upper, num(row, "change_upper"));
        assert_eq!(c.exact_union, row["exact_union"] == "true", "{id}");
        assert_eq!(c.direction, direction(&row["direction"]), "{id}");
    }
}

/// The grid functions give the rows of the reference at each design effect.
#[test]
fn grids_are_the_reference_rows_at_each_design_effect() {
    let rows = reference();
    let at = |kind: &str, from: &str, level: &str, case: &str| -> Vec<&Row> {
        rows.iter()
            .filter(|r| {
                r["kind"] == kind
                    && r["from_figure"] == from
                    && r["level"] == level
                    && r["n1_case"] == case
            })
            .collect()
    };
    let counts = at("count", "w2000.undercover_solicitation", "0.95", "value");
    let grid = trend_grid(
        &wave_count(counts[0], "from"),
        &wave_count(counts[0], "to"),
        0.95,
    )
    .unwrap();
    assert_eq!(grid.len(), counts.len());
    for (g, row) in grid.iter().zip(&counts) {
        assert_eq!(g.deff, num(row, "deff"));
        close(
            "grid ratio_upper",
            g.trend.ratio.upper,
            num(row, "ratio_upper"),
        );
    }
    let shares = at("share", "w2000.proactive", "0.95", "");
    let grid = share_change_grid(
        &wave_share(shares[0], "from"),
        &wave_share(shares[0], "to"),
        0.95,
    )
    .unwrap();
    assert_eq!(grid.len(), shares.len());
    for (g, row) in grid.iter().zip(&shares) {
        assert_eq!(g.deff, num(row, "deff"));
        close(
            "grid change_lower",
            g.change.lower,
            num(row, "change_lower"),
        );
    }
}

/// The data the reference was computed from, read here through the loader
/// (figures) and the verified text of the opaque tables.
struct TrendData {
    ds: Dataset,
    measures: Vec<Row>,
    figure_measures: Vec<Row>,
    design: BTreeMap<String, Row>,
}

impl TrendData {
    fn load() -> TrendData {
        let ds = Dataset::load("njov_trends", Some(VERSION)).unwrap();
        let measures = rows_of(ds.text("measures").unwrap());
        let figure_measures = rows_of(ds.text("figure_measures").unwrap());
        let design = rows_of(ds.text("wave_design").unwrap())
            .into_iter()
            .map(|r| (r["id"].clone(), r))
            .collect();
        TrendData {
            ds,
            measures,
            figure_measures,
            design,
        }
    }

    fn kind(&self, measure: &str) -> &str {
        &self.measures.iter().find(|m| m["id"] == measure).unwrap()["kind"]
    }

    fn wave_of(&self, figure: &str) -> &str {
        &self
            .figure_measures
            .iter()
            .find(|r| r["figure"] == figure)
            .unwrap()["wave"]
    }

    /// An assumption's value: its value, its rule, or its figure's value.
    fn assumption(&self, id: &str) -> f64 {
        let a = &self.design[id];
        if let Some(rule) = a["rule"].strip_prefix("proportional:") {
            let parts: Vec<&str> = rule.split(':').collect();
            return self.assumption(parts[0]) * self.ds.value(parts[1]).unwrap()
                / self.ds.value(parts[2]).unwrap();
        }
        if !a["value"].is_empty() {
            return num(a, "value");
        }
        self.ds.value(&a["figure"]).unwrap()
    }

    fn n1(&self, wave: &str, case: &str) -> f64 {
        let a = &self.design[&format!("{wave}.phase1.arrests_reported")];
        match case {
            "low" | "high" if a["status"] == "assumed" => num(a, case),
            _ => self.assumption(&a["id"]),
        }
    }
}

#[test]
fn reference_inputs_are_the_data() {
    let data = TrendData::load();
    let same = |what: &str, got: f64, want: f64| {
        assert!(
            (got - want).abs() <= 1e-15 * want.abs(),
            "{what}: reference input {got}, data {want}"
        );
    };
    for row in reference() {
        for side in ["from", "to"] {
            let figure = &row[&format!("{side}_figure")];
            let wave = data.wave_of(figure);
            let what = format!("{figure} ({})", row["measure"]);
            if row["kind"] == "count" {
                same(
                    &what,
                    num(&row, &format!("{side}_value")),
                    data.ds.value(figure).unwrap(),
                );
                same(
                    &what,
                    num(&row, &format!("{side}_total")),
                    data.ds.value(&format!("{wave}.total")).unwrap(),
                );
                same(
                    &what,
                    num(&row, &format!("{side}_n1")),
                    data.n1(wave, &row["n1_case"]),
                );
            } else {
                // The wording's range as the claims layer reads it, or the
                // printed precision of a bare number.
                let f = data.ds.figure(figure).unwrap();
                let (lo, hi) = match &f.wording {
                    Some(w) => njov::claims::accepted_range(w).unwrap(),
                    None => match &f.value {
                        njov::data::FigureValue::Number(p) => p.admitted(),
                        other => panic!("{what}: {other:?}"),
                    },
                };
                close(&what, lo, num(&row, &format!("{side}_share_lower")));
                close(&what, hi, num(&row, &format!("{side}_share_upper")));
            }
            if let Some(n) = opt(&row, &format!("{side}_n")) {
                same(&what, n, data.assumption(&format!("{wave}.base.all")));
            }
        }
    }
}

/// Every pair of waves of every count or share measure that both waves
/// hold is in the reference, and nothing else.
#[test]
fn the_reference_covers_every_pair_of_waves() {
    let data = TrendData::load();
    let mut expected = BTreeSet::new();
    for m in &data.measures {
        let kind = match m["kind"].as_str() {
            "total" | "category" => "count",
            "share" => "share",
            _ => continue,
        };
        let figures: Vec<&str> = data
            .figure_measures
            .iter()
            .filter(|r| r["measure"] == m["id"])
            .map(|r| r["figure"].as_str())
            .filter(|f| {
                let f = data.ds.figure(f).unwrap();
                f.value.number().is_some() || f.wording.is_some()
            })
            .collect();
        for (i, a) in figures.iter().enumerate() {
            for b in &figures[i + 1..] {
                expected.insert((kind.to_string(), a.to_string(), b.to_string()));
            }
        }
    }
    let found: BTreeSet<(String, String, String)> = reference()
        .iter()
        .map(|r| {
            (
                r["kind"].clone(),
                r["from_figure"].clone(),
                r["to_figure"].clone(),
            )
        })
        .collect();
    assert_eq!(found, expected);
    // Seven count measures: the total over three pairs of waves, six
    // categories over 2000 -> 2006; three shares over 2000 -> 2006.
    assert_eq!(expected.len(), 3 + 6 + 3);
    assert_eq!(data.kind("undercover_operations"), "category");
}

/// Every bad input is an `InvalidArgument` error naming the argument, never
/// a NaN or a panic.
#[test]
fn bad_input_is_a_typed_error() {
    fn name_of(e: njov::Error) -> String {
        match e.kind() {
            njov::ErrorKind::InvalidArgument { name, .. } => name.clone(),
            other => panic!("expected InvalidArgument, got {other:?}"),
        }
    }
    let good = njov::study::trend::WaveEstimate::new(100.0, 0.01).unwrap();
    for level in [0.0, 1.0, -0.5, 1.5, f64::NAN, f64::INFINITY] {
        assert_eq!(
            name_of(Trend::compute(&good, &good, level).unwrap_err()),
            "level"
        );
    }
    let bad_estimate = njov::study::trend::WaveEstimate {
        value: -1.0,
        cv2: 0.01,
    };
    assert_eq!(
        name_of(Trend::compute(&bad_estimate, &good, 0.95).unwrap_err()),
        "value"
    );
    for (value, cv2, name) in [
        (0.0, 0.01, "value"),
        (-5.0, 0.01, "value"),
        (f64::NAN, 0.01, "value"),
        (f64::INFINITY, 0.01, "value"),
        (10.0, -0.1, "cv2"),
        (10.0, f64::NAN, "cv2"),
    ] {
        let e = njov::study::trend::WaveEstimate::new(value, cv2).unwrap_err();
        assert_eq!(name_of(e), name, "{value} {cv2}");
    }
    let total = |total, n1| WaveCount::Total { total, n1 };
    let category = |value, total, n1, n| WaveCount::Category {
        value,
        total,
        n1,
        n,
    };
    for (count, deff, name) in [
        (total(0.0, 100.0), 1.0, "total"),
        (total(f64::NAN, 100.0), 1.0, "total"),
        (total(100.0, 0.0), 1.0, "n1"),
        (total(100.0, -1.0), 1.0, "n1"),
        (total(100.0, 50.0), 0.0, "deff1"),
        (total(100.0, 50.0), f64::NAN, "deff1"),
        (category(120.0, 100.0, 50.0, 30.0), 1.0, "value"),
        (category(0.0, 100.0, 50.0, 30.0), 1.0, "value"),
        (category(10.0, 100.0, 50.0, 0.0), 1.0, "n"),
        (category(10.0, 100.0, 50.0, f64::INFINITY), 1.0, "n"),
    ] {
        assert_eq!(
            name_of(count.estimate(deff, deff).unwrap_err()),
            name,
            "{count:?}"
        );
    }
    for (lo, hi, n, name) in [
        (50.0, 40.0, 100.0, "share"),
        (-1.0, 40.0, 100.0, "share"),
        (40.0, 100.5, 100.0, "share"),
        (f64::NAN, 40.0, 100.0, "lower"),
        (40.0, 45.0, 0.0, "n"),
    ] {
        assert_eq!(name_of(WaveShare::range(lo, hi, n).unwrap_err()), name);
    }
    let s = WaveShare::exact(40.0, 100.0).unwrap();
    assert_eq!(
        name_of(ShareChange::compute(&s, &s, 0.0, 1.0, 0.95).unwrap_err()),
        "deff_from"
    );
    assert_eq!(
        name_of(ShareChange::compute(&s, &s, 1.0, 1.0, 1.0).unwrap_err()),
        "level"
    );
    // A share known exactly has a point change; shares at 0 or 100 percent
    // on a small base fall back to the outer bound and say so.
    let c =
        ShareChange::compute(&s, &WaveShare::exact(50.0, 100.0).unwrap(), 1.0, 1.0, 0.95).unwrap();
    assert_eq!(c.estimate, Some(10.0));
    assert!(c.exact_union);
    let edge = ShareChange::compute(
        &WaveShare::range(0.0, 1.0, 20.0).unwrap(),
        &WaveShare::exact(5.0, 20.0).unwrap(),
        1.0,
        1.0,
        0.95,
    )
    .unwrap();
    assert!(!edge.exact_union && edge.lower < edge.wording[0] && edge.upper > edge.wording[1]);
    // The outer bound encloses the Wald interval of every admitted share.
    let z = njov::interval::special::normal_quantile(0.975).unwrap();
    for i in 0..=1000 {
        let pa = f64::from(i) / 1000.0;
        let se = (pa * (100.0 - pa) / 20.0 + 5.0 * 95.0 / 20.0).sqrt();
        assert!(edge.lower <= 5.0 - pa - z * se && 5.0 - pa + z * se <= edge.upper);
    }
}

/// The dataset-level trend estimates (the figures and each wave's design
/// read by the loader, the pairs chosen by measure) against the same
/// reference: every count pair and every share pair of the reference (at
/// the assumed phase-1 counts) is among the trend estimates at each level
/// and design effect, value for value; and every trend estimate of a count
/// or share has its reference rows.
#[test]
fn the_datasets_trend_estimates_match_the_reference() {
    let ds = Dataset::load("njov_trends", Some(VERSION)).unwrap();
    let rows: Vec<Row> = reference()
        .into_iter()
        .filter(|r| r["kind"] == "share" || r["n1_case"] == "value")
        .collect();
    let mut pairs = BTreeSet::new();
    for row in &rows {
        let (level, deff) = (num(row, "level"), num(row, "deff"));
        let opts = njov::study::EstimateOptions {
            level,
            deff: Some(deff),
            ..njov::study::EstimateOptions::default()
        };
        let all = njov::study::trend_estimates(&ds, &opts).unwrap();
        let id = format!(
            "{} -> {} level {level} deff {deff}",
            row["from_figure"], row["to_figure"]
        );
        let t = all
            .get(&row["from_figure"], &row["to_figure"])
            .unwrap_or_else(|| panic!("{id}: no trend estimate"));
        pairs.insert(t.id.clone());
        assert_eq!(t.measure, row["measure"], "{id}");
        match &t.change {
            njov::study::Change::Count(c) => {
                assert_eq!(row["kind"], "count", "{id}");
                for (col, got) in [
                    ("ratio_lower", c.ratio.lower),
                    ("ratio_upper", c.ratio.upper),
                    ("percent_change_lower", c.percent_change.lower),
                    ("percent_change_upper", c.percent_change.upper),
                    ("difference_lower", c.difference.lower),
                    ("difference_upper", c.difference.upper),
                ] {
                    close(&format!("{id} {col}"), got, num(row, col));
                }
            }
            njov::study::Change::Share(c) => {
                assert_eq!(row["kind"], "share", "{id}");
                close(&format!("{id} lower"), c.lower, num(row, "change_lower"));
                close(&format!("{id} upper"), c.upper, num(row, "change_upper"));
                assert_eq!(c.direction, direction(&row["direction"]), "{id}");
            }
        }
        // The grid point of the same design effect is the same change.
        let g = t.grid.iter().find(|g| g.deff == deff).unwrap();
        assert_eq!(g.change, t.change, "{id}");
    }
    let all = njov::study::trend_estimates(&ds, &njov::study::EstimateOptions::default()).unwrap();
    let computed: BTreeSet<String> = all.trends.iter().map(|t| t.id.clone()).collect();
    assert_eq!(
        computed, pairs,
        "the trend estimates are the reference's pairs"
    );
}
