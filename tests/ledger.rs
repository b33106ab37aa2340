//! The press release's statements, judged against the shipped tables.

use njov::{Dataset, ErrorPattern, Verdict, judge_ledger};

fn verdicts() -> Vec<njov::LedgerEntry> {
    judge_ledger(&Dataset::latest().unwrap(), &|_, _| None)
}

fn find<'a>(ledger: &'a [njov::LedgerEntry], id: &str) -> &'a njov::LedgerEntry {
    ledger
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("{id} not judged"))
}

#[test]
fn every_statement_has_a_verdict_with_its_evidence() {
    let ds = Dataset::latest().unwrap();
    let ledger = verdicts();
    for s in ds.statements() {
        let e = find(&ledger, &s.id);
        assert!(!e.reason.is_empty(), "{}", s.id);
        match e.verdict {
            Verdict::Unverifiable => assert!(e.computed.is_none(), "{}", s.id),
            Verdict::Inconsistent if e.pattern.is_some() => {}
            _ => {
                let c = e
                    .computed
                    .unwrap_or_else(|| panic!("{}: no computed value", s.id));
                let [lo, hi] = e.accepted.unwrap();
                let inside = lo <= c && c <= hi;
                assert_eq!(inside, e.verdict != Verdict::Inconsistent, "{}", s.id);
            }
        }
    }
}

#[test]
fn the_corrupted_period_is_flagged() {
    let ledger = verdicts();
    let e = find(&ledger, "release.period");
    assert_eq!(e.verdict, Verdict::Inconsistent);
    assert!(matches!(
        e.pattern,
        Some(ErrorPattern::CorruptedPeriod { .. })
    ));
    assert!(e.reason.contains("ends before it starts"), "{}", e.reason);
    assert!(e.reason.contains("2000-07-01"), "{}", e.reason);
}

#[test]
fn shares_are_judged_from_the_published_counts() {
    let ledger = verdicts();
    let iv = find(&ledger, "release.identified_victims");
    assert!((iv.computed.unwrap() - 100.0 * 998.0 / 2577.0).abs() < 1e-12);
    assert_eq!(iv.verdict, Verdict::Consistent);
    let uc = find(&ledger, "release.undercover");
    assert!((uc.computed.unwrap() - 100.0 * 644.0 / 2577.0).abs() < 1e-12);
    assert_eq!(uc.verdict, Verdict::Reproduced);
    let cp = find(&ledger, "release.cp_only");
    assert_eq!(cp.verdict, Verdict::Consistent);
    assert_eq!(find(&ledger, "release.total").verdict, Verdict::Consistent);
}

#[test]
fn statements_without_an_independent_base_are_unverifiable() {
    let ledger = verdicts();
    for id in [
        "release.state_convictions",
        "release.federal_convictions",
        "release.prosecution_success",
        "release.identified_victims_reported",
        "release.multiple_jurisdictions",
    ] {
        assert_eq!(find(&ledger, id).verdict, Verdict::Unverifiable, "{id}");
    }
    assert!(
        find(&ledger, "release.state_convictions")
            .reason
            .contains("only by the statement's own source")
    );
}

#[test]
fn a_changed_count_changes_the_verdict() {
    // The verdicts come from the data, not from the code: with 1,200
    // identified-victim arrests, "Nearly 40%" (46.6%) is inconsistent.
    let copy = common::data_copy();
    common::edit_and_rehash(
        copy.path(),
        "arrest_categories.csv",
        "met online),508,arrests",
        "met online),710,arrests",
    );
    let ds = Dataset::load_from_dir(copy.path(), "njov1", None).unwrap();
    let ledger = judge_ledger(&ds, &|_, _| None);
    assert_eq!(
        find(&ledger, "release.identified_victims").verdict,
        Verdict::Inconsistent
    );
}

mod common;
