//! The press release's statements, judged against the shipped tables.

use njov::claims::ErrorPattern;
use njov::study::{FindingStatus, LedgerEntry, judge_ledger, scan_document, scan_text};
use njov::{Dataset, Verdict};

fn verdicts() -> Vec<LedgerEntry> {
    judge_ledger(&Dataset::latest().unwrap(), None)
}

fn find<'a>(ledger: &'a [LedgerEntry], id: &str) -> &'a LedgerEntry {
    ledger
        .iter()
        .find(|e| e.claim.id == id)
        .unwrap_or_else(|| panic!("{id} not judged"))
}

#[test]
fn every_statement_has_a_verdict_with_its_evidence() {
    let ds = Dataset::latest().unwrap();
    let ledger = verdicts();
    for s in ds.statements() {
        let e = find(&ledger, &s.id);
        assert!(!e.judgement.reason.is_empty(), "{}", s.id);
        match e.judgement.verdict {
            Verdict::Unverifiable => assert!(e.judgement.computed.is_none(), "{}", s.id),
            Verdict::Inconsistent if e.judgement.pattern.is_some() => {}
            _ => {
                let c = e
                    .judgement
                    .computed
                    .unwrap_or_else(|| panic!("{}: no computed value", s.id));
                let [lo, hi] = e.judgement.accepted.unwrap();
                let inside = lo <= c && c <= hi;
                assert_eq!(
                    inside,
                    e.judgement.verdict != Verdict::Inconsistent,
                    "{}",
                    s.id
                );
            }
        }
    }
}

#[test]
fn the_corrupted_period_is_flagged() {
    let ledger = verdicts();
    let e = find(&ledger, "release.period");
    assert_eq!(e.judgement.verdict, Verdict::Inconsistent);
    assert!(matches!(
        e.judgement.pattern,
        Some(ErrorPattern::CorruptedPeriod { .. })
    ));
    assert!(
        e.judgement.reason.contains("ends before it starts"),
        "{}",
        e.judgement.reason
    );
    assert!(
        e.judgement.reason.contains("2000-07-01"),
        "{}",
        e.judgement.reason
    );
}

#[test]
fn shares_are_judged_from_the_published_counts() {
    let ledger = verdicts();
    let iv = find(&ledger, "release.identified_victims");
    assert!((iv.judgement.computed.unwrap() - 100.0 * 998.0 / 2577.0).abs() < 1e-12);
    assert_eq!(iv.judgement.verdict, Verdict::Consistent);
    let uc = find(&ledger, "release.undercover");
    assert!((uc.judgement.computed.unwrap() - 100.0 * 644.0 / 2577.0).abs() < 1e-12);
    assert_eq!(uc.judgement.verdict, Verdict::Reproduced);
    let cp = find(&ledger, "release.cp_only");
    assert_eq!(cp.judgement.verdict, Verdict::Consistent);
    assert_eq!(
        find(&ledger, "release.total").judgement.verdict,
        Verdict::Consistent
    );
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
        assert_eq!(
            find(&ledger, id).judgement.verdict,
            Verdict::Unverifiable,
            "{id}"
        );
    }
    assert!(
        find(&ledger, "release.state_convictions")
            .judgement
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
    // The copy's 1.0.0 is the version edited (1.1.0 only adds the alias table).
    let ds = Dataset::load_from_dir(copy.path(), "njov1", Some("1.0.0")).unwrap();
    let ledger = judge_ledger(&ds, None);
    assert_eq!(
        find(&ledger, "release.identified_victims")
            .judgement
            .verdict,
        Verdict::Inconsistent
    );
}

mod common;

/// Whitespace collapsed, lower case.
fn flat(t: &str) -> String {
    t.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[test]
fn scanning_the_release_finds_every_statement_with_the_ledgers_verdict() {
    let ds = Dataset::latest().unwrap();
    let ledger = verdicts();
    let scan = scan_document(&ds, "ncmec2003", None).unwrap();
    assert!(!ds.statements().is_empty());
    for s in ds.statements() {
        let e = find(&ledger, &s.id);
        let (quote, stated) = (flat(&s.quote), flat(&e.claim.stated));
        let found: Vec<_> = scan
            .findings
            .iter()
            .filter(|f| flat(&f.text).contains(&quote) && flat(&f.wording).contains(&stated))
            .collect();
        assert_eq!(found.len(), 1, "{}: {found:?}", s.id);
        let f = found[0];
        assert_eq!(f.verdict, e.judgement.verdict, "{}: {}", s.id, f.reason);
        assert_eq!(f.figure, s.measures, "{}", s.id);
        if s.measures.is_none() {
            assert_ne!(f.status, FindingStatus::Matched, "{}", s.id);
        }
        assert_eq!(f.computed, e.judgement.computed, "{}", s.id);
    }
}

#[test]
fn what_the_scanner_cannot_match_it_lists_as_unmatched() {
    let ds = Dataset::latest().unwrap();
    let scan = scan_text(
        &ds,
        "Many offenders met 40% of their victims at school. Some 640 arrests came from undercover operations.",
        &[],
        None,
    )
    .unwrap();
    let statuses: Vec<(&str, FindingStatus)> = scan
        .findings
        .iter()
        .map(|f| (f.wording.as_str(), f.status))
        .collect();
    assert_eq!(
        statuses,
        [
            ("Many", FindingStatus::Vague),
            ("40%", FindingStatus::Unmatched),
            ("Some 640", FindingStatus::Matched)
        ]
    );
    // A specific phrase ('undercover operations') wins over the bare noun
    // 'arrests', which names the total: 644 lies in 640 +/- min(64, 2 * 10).
    let f = &scan.findings[2];
    assert_eq!(f.figure.as_deref(), Some("arrests.undercover_solicitation"));
    assert_eq!(f.alias.as_deref(), Some("undercover operations"));
    assert_eq!((f.verdict, f.computed), (Verdict::Consistent, Some(644.0)));
    for f in scan.unmatched() {
        assert_eq!(f.verdict, Verdict::Unverifiable);
        assert!(!f.reason.is_empty());
    }
}
