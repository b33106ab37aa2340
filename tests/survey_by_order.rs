//! The order of the rows of an estimate by group for text levels: mixed case,
//! accents, a leading underscore and numbers among words. njov orders text
//! levels by their bytes (UTF-8, so by code point), which is R's order under
//! `LC_COLLATE=C`; R's default (ICU's collation in every other locale) puts
//! case and accents second. The references, both orders, are in
//! `tests/data/svyby_level_order_reference.csv`, written by
//! `scripts/svyby_level_order_reference.R`.

use njov::survey::{Chunk, Statistic, StreamingEstimator, SurveyDesign};

mod common;
use common::table::Table;

const TOL: f64 = 1e-9;

fn rel(a: f64, b: f64) -> f64 {
    (a - b).abs() / b.abs()
}

struct Data {
    g: Vec<String>,
    psu: Vec<String>,
    w: Vec<f64>,
    y: Vec<f64>,
}

fn data() -> Data {
    let t = Table::read("tests/data/svyby_level_order/data.csv");
    Data {
        g: t.text("g").to_vec(),
        psu: t.text("psu").to_vec(),
        w: t.num("w"),
        y: t.num("y"),
    }
}

/// R's rows under one collation: (level, total, se), in R's order.
fn reference(collation: &str) -> Vec<(String, f64, f64)> {
    let t = Table::read("tests/data/svyby_level_order_reference.csv");
    let mut rows: Vec<(usize, String, f64, f64)> = (0..t.n)
        .map(|i| t.row(i))
        .filter(|r| r["collation"] == collation)
        .map(|r| {
            (
                r["position"].parse().unwrap(),
                r["level"].to_string(),
                r["total"].parse().unwrap(),
                r["se"].parse().unwrap(),
            )
        })
        .collect();
    rows.sort_by_key(|r| r.0);
    assert!(!rows.is_empty(), "no reference rows for {collation}");
    rows.into_iter().map(|(_, l, t, s)| (l, t, s)).collect()
}

/// In memory and streaming, the levels come in R's `LC_COLLATE=C` order and
/// each row equals R's; R's default order differs from it (so this test
/// would notice if the references stopped showing the difference).
#[test]
fn text_levels_in_byte_order_as_r_in_the_c_locale() {
    let d = data();
    let want = reference("C");
    let icu = reference("C.UTF-8");
    let levels = |rows: &[(String, f64, f64)]| rows.iter().map(|r| r.0.clone()).collect::<Vec<_>>();
    assert_ne!(levels(&want), levels(&icu), "the two collations agree");
    let mut sorted = levels(&icu);
    sorted.sort();
    assert_eq!(sorted, levels(&want), "the same levels, in byte order");

    let design = SurveyDesign::builder(d.y.len())
        .weights(d.w.clone())
        .psu(d.psu.clone())
        .build()
        .unwrap();
    let got = design.by(&d.g, |g| g.total(&d.y)).unwrap();
    assert_eq!(
        got.iter().map(|r| r.level.clone()).collect::<Vec<_>>(),
        levels(&want)
    );
    for (g, (level, total, se)) in got.iter().zip(&want) {
        assert!(rel(g.value.estimate, *total) <= TOL, "{level}: total");
        assert!(rel(g.value.se, *se) <= TOL, "{level}: se");
    }

    // the streaming estimator, the rows fed in two chunks and backwards
    let g: Vec<&str> = d.g.iter().rev().map(String::as_str).collect();
    let psu: Vec<&str> = d.psu.iter().rev().map(String::as_str).collect();
    let w: Vec<f64> = d.w.iter().rev().copied().collect();
    let y: Vec<f64> = d.y.iter().rev().copied().collect();
    let half = y.len() / 2;
    let mut s = StreamingEstimator::new(Statistic::Total).unwrap();
    for r in [0..half, half..y.len()] {
        s.push(&Chunk {
            y: &y[r.clone()],
            weights: Some(&w[r.clone()]),
            psu: Some(&psu[r.clone()]),
            by: Some(&g[r]),
            ..Chunk::default()
        })
        .unwrap();
    }
    let streamed = s.finish_by().unwrap();
    assert_eq!(
        streamed.iter().map(|r| r.level.clone()).collect::<Vec<_>>(),
        levels(&want)
    );
    for (g, (level, total, se)) in streamed.iter().zip(&want) {
        assert!(
            rel(g.value.estimate, *total) <= TOL,
            "{level}: streamed total"
        );
        assert!(rel(g.value.se, *se) <= TOL, "{level}: streamed se");
    }
}
