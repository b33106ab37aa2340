//! The accepted interval at its edges, from tests/data/accepted/: open and
//! closed ends at the exact boundary and within the slack of 1e-12 of an
//! end (whose scale is the end, or 1 below 1), infinite ends and how they
//! print, the reciprocal interval a "more than halved" reading takes, and an
//! interval straddling an end exactly at it. These are the cases that
//! cargo-mutants found untested in src/claims/accepted.rs (issue 20).

use njov::Evidence;
use njov::claims::{AcceptedInterval, Checker, parse_claim};

fn rows(name: &str) -> Vec<csv::StringRecord> {
    let path = format!("{}/tests/data/accepted/{name}", env!("CARGO_MANIFEST_DIR"));
    let rows: Vec<_> = csv::Reader::from_path(&path)
        .unwrap()
        .records()
        .map(|r| r.unwrap())
        .collect();
    assert!(!rows.is_empty(), "{path}: no cases");
    rows
}

fn num(s: &str) -> f64 {
    match s {
        "inf" => f64::INFINITY,
        "-inf" => f64::NEG_INFINITY,
        _ => s.parse().unwrap(),
    }
}

fn interval(r: &csv::StringRecord) -> AcceptedInterval {
    AcceptedInterval::new(num(&r[0]), num(&r[1]), &r[2] == "true", &r[3] == "true").unwrap()
}

#[test]
fn contains_at_the_ends_and_within_the_slack() {
    for r in rows("contains.csv") {
        let i = interval(&r);
        let x = num(&r[4]);
        assert_eq!(
            i.contains(x),
            &r[5] == "true",
            "{i} contains {x}? {}",
            &r[6]
        );
    }
}

#[test]
fn intervals_print_their_ends_and_brackets() {
    for r in rows("display.csv") {
        assert_eq!(interval(&r).to_string(), &r[4]);
    }
}

#[test]
fn a_reduction_reads_as_the_reciprocal_of_its_hedge() {
    for r in rows("readings.csv") {
        let sentence = &r[0];
        let accepted = parse_claim(sentence)
            .unwrap()
            .statement
            .unwrap_or_else(|| panic!("{sentence}: no statement"))
            .accepted;
        assert_eq!(accepted.to_string(), &r[1], "{sentence}: {}", &r[4]);
        for x in r[2].split(';') {
            assert!(
                accepted.contains(num(x)),
                "{sentence}: {x} inside {accepted}"
            );
        }
        for x in r[3].split(';') {
            assert!(
                !accepted.contains(num(x)),
                "{sentence}: {x} outside {accepted}"
            );
        }
    }
}

#[test]
fn an_interval_ending_at_a_boundary_does_not_reach_across_it() {
    let evidence = Evidence::Share {
        part: 998.0,
        whole: 2577.0,
    };
    for r in rows("straddle.csv") {
        let (lo, hi) = (num(&r[0]), num(&r[1]));
        let j = Checker::new()
            .ci(lo, hi)
            .check("Nearly 40%", &evidence)
            .unwrap();
        assert_eq!(j.accepted, Some([36.0, 40.0]));
        assert_eq!(
            j.crosses_boundary,
            Some(&r[2] == "true"),
            "[{lo}, {hi}]: {}",
            &r[3]
        );
    }
}
