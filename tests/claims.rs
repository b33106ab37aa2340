//! The claims layer: quantifiers, verdicts, error patterns, free text.
//!
//! Study figures used here are copied from the sources register
//! (`shared/sources/njov-published-figures.md`) and the NCMEC press release
//! of 10 Nov 2003; the library itself holds none of them.

use njov::ErrorKind;
use njov::claims::{
    Checker, Claim, ClaimKind, ErrorPattern, Evidence, Judgement, QuantifierKind, QuantifierTable,
    Scale, Verdict, check, parse_claim, parse_claim_with, parse_date, parse_period,
};
use njov::data::{Date, Period, PeriodProblem};

// The press release as shipped, verbatim, in the njov1 dataset.
const PRESS: &str = include_str!("../data/njov1/1.0.0/ncmec2003.txt");

fn share(part: f64, whole: f64) -> Evidence {
    Evidence::Share { part, whole }
}

fn change(from: f64, to: f64) -> Evidence {
    Evidence::Change { from, to }
}

fn judge(text: &str, e: Evidence) -> Judgement {
    check(text, &e).unwrap_or_else(|err| panic!("{text}: {err}"))
}

fn close(a: f64, b: f64) -> bool {
    // Equal infinities are the open far end of a bound ('more than 600').
    a == b || (a - b).abs() < 1e-9 * b.abs().max(1.0)
}

fn assert_ends(text: &str, lo: f64, hi: f64) {
    let s = parse_claim(text).unwrap().statement.unwrap();
    let [a, b] = s.accepted.ends();
    assert!(
        close(a, lo) && close(b, hi),
        "{text}: [{a}, {b}] != [{lo}, {hi}]"
    );
}

fn parse_part(text: &str) -> String {
    match parse_claim(text).unwrap_err().into_kind() {
        ErrorKind::Parse { part, input, .. } => {
            assert_eq!(input, text);
            part
        }
        other => panic!("{text}: {other:?}"),
    }
}

/// The sentence of the press release that contains `needle`.
fn press_sentence(needle: &str) -> String {
    let flat = PRESS.split_whitespace().collect::<Vec<_>>().join(" ");
    let at = flat
        .find(needle)
        .unwrap_or_else(|| panic!("not in the release: {needle}"));
    let start = flat[..at].rfind(". ").map_or(0, |i| i + 2);
    let end = flat[at..].find(". ").map_or(flat.len(), |i| at + i + 1);
    flat[start..end].to_string()
}

// ---------------------------------------------------------------- quantifiers

#[test]
fn modifiers_follow_the_documented_defaults() {
    let t = 100.0 / 3.0;
    assert_ends("nearly 40%", 36.0, 40.0);
    assert_ends("almost 40%", 36.0, 40.0);
    assert_ends("about 80%", 72.0, 88.0);
    assert_ends("approximately 80%", 72.0, 88.0);
    assert_ends("roughly 80%", 72.0, 88.0);
    // Quantifier table 1.2.0: a bound has no far end but its scale's
    // (a share ends at 100, a count at zero).
    assert_ends("more than 600", 600.0, f64::INFINITY);
    assert_ends("over 45%", 45.0, 100.0);
    assert_ends("slightly more than one-third", t, t * 1.1);
    assert_ends("less than 20%", 0.0, 20.0);
    assert_ends("under 20%", 0.0, 20.0);
    assert_ends("at least 10", 10.0, f64::INFINITY);
    assert_ends("well over half", 55.0, 100.0);
    assert_ends("fewer than 400", 0.0, 400.0);
    // Open and closed ends.
    let s = parse_claim("more than 2,500").unwrap().statement.unwrap();
    assert!(!s.accepted.lower_closed() && !s.accepted.upper_closed());
    let s = parse_claim("more than 45%").unwrap().statement.unwrap();
    assert!(!s.accepted.lower_closed() && s.accepted.upper_closed());
    let s = parse_claim("under 20%").unwrap().statement.unwrap();
    assert!(s.accepted.lower_closed() && !s.accepted.upper_closed());
    let s = parse_claim("nearly 40%").unwrap().statement.unwrap();
    assert!(s.accepted.lower_closed() && s.accepted.upper_closed());
}

#[test]
fn fractions_shares_and_numbers_follow_the_documented_defaults() {
    assert_ends("a quarter", 22.5, 27.5);
    assert_ends("a third", 30.0, 110.0 / 3.0);
    assert_ends("one-third", 30.0, 110.0 / 3.0);
    assert_ends("one third", 30.0, 110.0 / 3.0);
    assert_ends("half", 45.0, 55.0);
    assert_ends("nearly half", 45.0, 50.0);
    assert_ends("almost half", 45.0, 50.0);
    // Halfway to three-fifths and to three-quarters (table 1.2.0).
    assert_ends("two-thirds", 190.0 / 3.0, 425.0 / 6.0);
    assert_ends("three-quarters", 425.0 / 6.0, 77.5);
    assert_ends("most", 50.0, 100.0);
    assert_ends("the majority", 50.0, 100.0);
    assert_ends("majority", 50.0, 100.0);
    assert_ends("38.7%", 38.65, 38.75);
    assert_ends("95 percent", 94.5, 95.5);
    assert_ends("2,577", 2576.5, 2577.5);
    assert_ends("up 381%", 380.5, 381.5);
    assert_ends("a 381% increase", 380.5, 381.5);
    assert_ends("down 20 percent", -20.5, -19.5);
    assert_ends("five times as many", 4.5, 5.5);
    assert_ends("five times", 4.5, 5.5);
    assert_ends("a 5-fold rise", 4.5, 5.5);
    assert_ends("2.7-fold", 2.65, 2.75);
    // One range for a multiple and its synonyms: the values that round to it.
    assert_ends("doubled", 1.5, 2.5);
    assert_ends("tripled", 2.5, 3.5);
    assert_ends("quadrupled", 3.5, 4.5);
    assert_ends("quintupled", 4.5, 5.5);
    assert_ends("nearly doubled", 1.8, 2.0);
    assert_ends("almost tripled", 2.7, 3.0);
    assert_ends("nearly quintupled", 4.5, 5.0);
    assert_ends("nearly five times", 4.5, 5.0);
    assert_ends("almost 5-fold", 4.5, 5.0);
    assert_ends("nearly a quarter", 22.5, 25.0);
    assert_ends("almost two-thirds", 190.0 / 3.0, 200.0 / 3.0);
    assert_ends("nearly nine thousand", 8500.0, 9000.0);
    assert_ends("almost up 40%", 36.0, 40.0);
    let most = parse_claim("most").unwrap().statement.unwrap();
    assert!(!most.accepted.lower_closed());
}

#[test]
fn every_table_row_is_read_back_from_a_sentence() {
    let table = QuantifierTable::default_table();
    for row in table.rows() {
        // A fraction read from numerals needs a part no larger than its whole.
        let n = if row.kind() == QuantifierKind::Fraction {
            "2"
        } else {
            "12"
        };
        let phrase = row.phrase().replace('N', n);
        let (sentence, unit) = match row.kind() {
            QuantifierKind::Vague => {
                // A vague word states no amount: unverifiable, saying why.
                let j = check(&format!("arrests {phrase} cases"), &Evidence::Value(1.0)).unwrap();
                assert_eq!(j.verdict, Verdict::Unverifiable, "{phrase}");
                assert!(j.reason.contains(row.phrase()), "{phrase}: {}", j.reason);
                continue;
            }
            QuantifierKind::Points => (format!("arrests fell {phrase}"), Some(Scale::Difference)),
            QuantifierKind::Modifier => (format!("{phrase} 40% of cases"), None),
            QuantifierKind::Fraction | QuantifierKind::Share | QuantifierKind::Percent => {
                (format!("{phrase} of cases"), Some(Scale::Percent))
            }
            QuantifierKind::Number => (format!("{phrase} cases"), Some(Scale::Count)),
            // A bare `double` states a multiple after a verb of being or a
            // hedge (`double counting` states nothing).
            QuantifierKind::Ratio
                if matches!(phrase.as_str(), "double" | "triple" | "quadruple") =>
            {
                (format!("arrests were {phrase}"), Some(Scale::Ratio))
            }
            QuantifierKind::Ratio => (format!("arrests {phrase}"), Some(Scale::Ratio)),
            QuantifierKind::Increase | QuantifierKind::Decrease if row.has_slot() => {
                (format!("arrests {phrase}"), Some(Scale::PercentChange))
            }
            QuantifierKind::Increase | QuantifierKind::Decrease => {
                // A direction word goes before or after the amount.
                let before = format!("arrests {phrase} 12%");
                let after = format!("a 12% {phrase}");
                let s = parse_claim(&before)
                    .ok()
                    .and_then(|p| p.statement)
                    .filter(|s| s.unit == Scale::PercentChange)
                    .or_else(|| parse_claim(&after).ok().and_then(|p| p.statement))
                    .unwrap();
                assert_eq!(s.unit, Scale::PercentChange, "{phrase}");
                let sign = if row.kind() == QuantifierKind::Increase {
                    1.0
                } else {
                    -1.0
                };
                assert_eq!(s.stated, Some(12.0 * sign), "{phrase}");
                continue;
            }
        };
        let s = parse_claim_with(&sentence, &table)
            .unwrap_or_else(|e| panic!("{sentence}: {e}"))
            .statement
            .unwrap();
        assert!(
            s.wording
                .to_lowercase()
                .contains(&phrase.to_lowercase().replace('-', " "))
                || s.wording.to_lowercase().contains(&phrase.to_lowercase()),
            "{sentence}: read '{}'",
            s.wording
        );
        if let Some(unit) = unit {
            assert_eq!(s.unit, unit, "{sentence}");
        }
        if row.kind() == QuantifierKind::Modifier {
            assert_eq!(s.quantifier.as_deref(), Some(row.phrase()), "{sentence}");
        }
        assert!(!row.rationale().is_empty());
    }
}

#[test]
fn a_custom_table_changes_the_verdict() {
    let csv = "phrase,kind,value,lower,upper,decimals,rationale\n\
               nearly,modifier,,[x*0.98,x],,strict reading\n\
               N%,percent,N,[lo,hi],,printed precision\n";
    let table = QuantifierTable::from_csv(csv, "strict.csv").unwrap();
    let j = Checker::with_table(table)
        .check("Nearly 40%", &share(998.0, 2577.0))
        .unwrap();
    assert_eq!(j.verdict, Verdict::Inconsistent);
    assert_eq!(j.accepted, Some([39.2, 40.0]));
}

#[test]
fn table_errors_name_file_line_and_column() {
    let csv = "phrase,kind,value,lower,upper,decimals,rationale\n\
               nearly,modifier,,[x*0.9,x],,ok\n\
               about,modifier,,[x*0.9,x*1.1,,missing bracket\n";
    match QuantifierTable::from_csv(csv, "q.csv")
        .unwrap_err()
        .into_kind()
    {
        ErrorKind::Data { location, message } => {
            assert_eq!(location.file, "q.csv");
            assert_eq!(location.line, Some(3));
            assert_eq!(location.column.as_deref(), Some("upper"));
            assert!(message.contains("]"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    let garbage = "phrase,kind,value,lower,upper,decimals,rationale\n\"unclosed\n";
    assert!(QuantifierTable::from_csv(garbage, "q.csv").is_err());
}

// ------------------------------------------------------------ verdict rules

#[test]
fn each_verdict() {
    // reproduced: equal at the printed precision
    assert_eq!(
        judge("38.7%", share(998.0, 2577.0)).verdict,
        Verdict::Reproduced
    );
    assert_eq!(
        judge("39 percent", share(998.0, 2577.0)).verdict,
        Verdict::Reproduced
    );
    // consistent: inside the accepted interval only
    assert_eq!(
        judge("Nearly 40%", share(998.0, 2577.0)).verdict,
        Verdict::Consistent
    );
    // inconsistent
    let j = judge("40%", share(998.0, 2577.0));
    assert_eq!(j.verdict, Verdict::Inconsistent);
    assert!(j.reason.contains("outside"), "{}", j.reason);
    // unverifiable
    let j = judge(
        "95 percent of the state prosecutions led to convictions",
        Evidence::Unpublished {
            reason: "no base published".into(),
        },
    );
    assert_eq!(j.verdict, Verdict::Unverifiable);
    assert_eq!(j.reason, "no base published");
    assert_eq!(j.computed, None);
    assert_eq!(j.accepted, Some([94.5, 95.5]));
}

#[test]
fn open_ends_exclude_the_stated_value() {
    assert_eq!(
        judge("more than 2,500", Evidence::Value(2500.0)).verdict,
        Verdict::Inconsistent
    );
    assert_eq!(
        judge("more than 2,500", Evidence::Value(2501.0)).verdict,
        Verdict::Consistent
    );
    assert_eq!(
        judge("less than 20%", Evidence::Value(20.0)).verdict,
        Verdict::Inconsistent
    );
    assert_eq!(
        judge("most cases", Evidence::Value(50.0)).verdict,
        Verdict::Inconsistent
    );
    assert_eq!(
        judge("most cases", Evidence::Value(80.0)).verdict,
        Verdict::Consistent
    );
}

#[test]
fn crosses_boundary_flags_a_confidence_interval_across_an_end() {
    let e = share(998.0, 2577.0);
    let j = Checker::new()
        .ci(36.2, 41.3)
        .check("Nearly 40%", &e)
        .unwrap();
    assert_eq!(j.crosses_boundary, Some(true));
    let j = Checker::new()
        .ci(37.0, 39.5)
        .check("Nearly 40%", &e)
        .unwrap();
    assert_eq!(j.crosses_boundary, Some(false));
    let j = Checker::new()
        .ci(35.0, 37.0)
        .check("Nearly 40%", &e)
        .unwrap();
    assert_eq!(j.crosses_boundary, Some(true));
    // none supplied
    assert_eq!(check("Nearly 40%", &e).unwrap().crosses_boundary, None);
    // a reversed interval is an argument error
    let err = Checker::new()
        .ci(41.0, 36.0)
        .check("Nearly 40%", &e)
        .unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::InvalidArgument { .. }));
}

#[test]
fn judgement_json_has_the_cli_keys() {
    let j = judge("A quarter of the arrests", share(644.0, 2577.0));
    let v = serde_json::to_value(&j).unwrap();
    assert_eq!(v["verdict"], "reproduced");
    assert_eq!(v["kind"], "share");
    assert!(close(
        v["computed"].as_f64().unwrap(),
        100.0 * 644.0 / 2577.0
    ));
    assert_eq!(v["accepted"].as_array().unwrap().len(), 2);
    assert_eq!(v["pattern"], serde_json::Value::Null);
    for verdict in [
        Verdict::Reproduced,
        Verdict::Consistent,
        Verdict::Inconsistent,
        Verdict::Unverifiable,
    ] {
        let s = serde_json::to_string(&verdict).unwrap();
        assert_eq!(s, format!("\"{verdict}\""));
        assert_eq!(s, s.to_lowercase());
    }
}

#[test]
fn evidence_that_does_not_fit_is_an_argument_error() {
    let cases = [
        ("Nearly 40%", change(1.0, 2.0)),
        ("more than 2,500", share(1.0, 2.0)),
        ("up 20%", share(1.0, 2.0)),
        ("Nearly 40%", share(1.0, 0.0)),
        ("Nearly 40%", share(-1.0, 10.0)),
        ("up 20%", change(0.0, 5.0)),
        ("Nearly 40%", Evidence::Value(f64::NAN)),
        (
            "Nearly 40%",
            Evidence::Period {
                reference: None,
                published: None,
            },
        ),
        ("July 1, 2000, through June 30, 2001", Evidence::Value(1.0)),
    ];
    for (text, e) in cases {
        let err = check(text, &e).unwrap_err();
        assert!(
            matches!(err.kind(), ErrorKind::InvalidArgument { .. }),
            "{text}: {err}"
        );
    }
}

// ------------------------------------------------------------ error patterns

#[test]
fn ratio_printed_as_percent_increase() {
    // 2577 -> 7010 is x2.72, an increase of 172%.
    let j = judge(
        "Arrests rose 272% from 2000 to 2006",
        change(2577.0, 7010.0),
    );
    assert_eq!(j.verdict, Verdict::Inconsistent);
    match j.pattern {
        Some(ErrorPattern::RatioAsPercentIncrease {
            ratio,
            stated_percent,
        }) => {
            assert!(close(ratio, 7010.0 / 2577.0));
            assert_eq!(stated_percent, 272.0);
        }
        other => panic!("{other:?}"),
    }
    assert!(
        j.reason.contains("ratio printed as a percent increase"),
        "{}",
        j.reason
    );
    // The correct wording carries no pattern.
    let j = judge("a 172% increase", change(2577.0, 7010.0));
    assert_eq!((j.verdict, j.pattern), (Verdict::Reproduced, None));
    // A wrong figure that is not the ratio either carries no pattern.
    let j = judge("a 500% increase", change(2577.0, 7010.0));
    assert_eq!((j.verdict, j.pattern), (Verdict::Inconsistent, None));
}

#[test]
fn share_of_the_wrong_base() {
    let checker = Checker::new()
        .alternative_base("possessors", 1000.0)
        .alternative_base("all cases", 4000.0);
    let j = checker
        .check("40% of cases", &share(400.0, 2000.0))
        .unwrap();
    assert_eq!(j.verdict, Verdict::Inconsistent);
    assert_eq!(
        j.pattern,
        Some(ErrorPattern::WrongBase {
            base: "possessors".into(),
            whole: 1000.0,
            computed: 40.0
        })
    );
    // No alternative base fits: no pattern.
    let j = checker
        .check("70% of cases", &share(400.0, 2000.0))
        .unwrap();
    assert_eq!(j.pattern, None);
    // Without alternatives nothing is guessed.
    assert_eq!(judge("40% of cases", share(400.0, 2000.0)).pattern, None);
}

#[test]
fn corrupted_periods() {
    let d = |y, m, day| Date::new(y, m, day).unwrap();
    let study = Period::new(d(2000, 7, 1), d(2001, 6, 30));
    let published = Some(d(2003, 11, 10));
    let evidence = Evidence::Period {
        reference: Some(study),
        published,
    };
    let cases: [(&str, Vec<PeriodProblem>); 4] = [
        (
            "from July 1, 2020, through June 30, 2020",
            vec![
                PeriodProblem::EndsBeforeStart,
                PeriodProblem::AfterPublication {
                    published: d(2003, 11, 10),
                },
                PeriodProblem::DiffersFromReference { reference: study },
            ],
        ),
        (
            "from July 1, 2000, through July 1, 2000",
            vec![
                PeriodProblem::ZeroLength,
                PeriodProblem::DiffersFromReference { reference: study },
            ],
        ),
        (
            "July 1, 2003, through June 30, 2004",
            vec![
                PeriodProblem::AfterPublication {
                    published: d(2003, 11, 10),
                },
                PeriodProblem::DiffersFromReference { reference: study },
            ],
        ),
        (
            "1 July 1999 to 30 June 2000",
            vec![PeriodProblem::DiffersFromReference { reference: study }],
        ),
    ];
    for (text, problems) in cases {
        let j = judge(text, evidence.clone());
        assert_eq!(j.verdict, Verdict::Inconsistent, "{text}");
        assert_eq!(j.kind, ClaimKind::Period);
        assert_eq!(
            j.pattern,
            Some(ErrorPattern::CorruptedPeriod { problems }),
            "{text}"
        );
    }
    let j = judge("July 1, 2000, through June 30, 2001", evidence);
    assert_eq!((j.verdict, j.pattern), (Verdict::Reproduced, None));
    let j = judge(
        "July 1, 2000, through June 30, 2001",
        Evidence::Period {
            reference: None,
            published,
        },
    );
    assert_eq!(j.verdict, Verdict::Unverifiable);
}

#[test]
fn grim_impossible_percentage() {
    // Out of 20, percentages move in steps of 5.
    let j = Checker::new()
        .unweighted_n(20)
        .check("37.5% of the 20 cases", &Evidence::Value(37.5))
        .unwrap();
    assert_eq!(j.verdict, Verdict::Inconsistent);
    assert_eq!(
        j.pattern,
        Some(ErrorPattern::ImpossiblePercentage {
            printed: 37.5,
            decimals: 1,
            n: 20
        })
    );
    // Even without a base published, GRIM can refute it.
    let j = Checker::new()
        .unweighted_n(129)
        .check(
            "75.5 percent of victims",
            &Evidence::Unpublished {
                reason: "no count".into(),
            },
        )
        .unwrap();
    // 97/129 = 75.19%, 98/129 = 75.97%
    assert_eq!(j.verdict, Verdict::Inconsistent);
    // A possible one stays as the evidence says.
    let j = Checker::new()
        .unweighted_n(129)
        .check(
            "75 percent of victims",
            &Evidence::Unpublished {
                reason: "no count".into(),
            },
        )
        .unwrap();
    assert_eq!((j.verdict, j.pattern), (Verdict::Unverifiable, None));
    // A hedged percentage is not a rounding of k/n: no GRIM. (Quantifier
    // table 1.2.0: "nearly 37.5%" accepts [37.25, 37.5], half a step of its
    // granularity 0.5 below it; 1.1.0 reached 36.5, 1.0.0 33.75.)
    let j = Checker::new()
        .unweighted_n(20)
        .check("nearly 37.5%", &Evidence::Value(37.3))
        .unwrap();
    assert_eq!((j.verdict, j.pattern), (Verdict::Consistent, None));
}

// ------------------------------------------------------ adversarial phrasing

#[test]
fn adversarial_phrasings() {
    let third = judge("more than a third of the arrests", share(935.0, 2577.0));
    assert_eq!(third.verdict, Verdict::Consistent);
    let j = judge("more than a third", share(800.0, 2577.0)); // 31.0%
    assert_eq!(j.verdict, Verdict::Inconsistent);

    // 644 -> 3100 is x4.81, up 381%.
    let j = judge(
        "almost five times as many undercover arrests",
        change(644.0, 3100.0),
    );
    assert_eq!((j.kind, j.unit), (ClaimKind::Change, Some(Scale::Ratio)));
    assert_eq!(j.verdict, Verdict::Reproduced);
    let j = judge("a 381 percent increase", change(644.0, 3100.0));
    assert_eq!(j.verdict, Verdict::Reproduced);
    let j = judge("a 481 percent increase", change(644.0, 3100.0));
    assert!(matches!(
        j.pattern,
        Some(ErrorPattern::RatioAsPercentIncrease { .. })
    ));

    let j = judge("up by nearly half", change(100.0, 147.0));
    assert_eq!(j.verdict, Verdict::Consistent);
    let j = judge("up by nearly half", change(100.0, 152.0));
    assert_eq!(j.verdict, Verdict::Inconsistent);
    let j = judge("down by nearly half", change(100.0, 53.0));
    assert_eq!(j.verdict, Verdict::Consistent);
    assert_eq!(j.accepted, Some([-50.0, -45.0]));

    let j = judge(
        "Slightly more than one-third of the arrests",
        share(935.0, 2577.0),
    );
    assert_eq!(j.verdict, Verdict::Consistent);
    let j = judge("Nearly 40% of arrested offenders", share(998.0, 2577.0));
    assert_eq!(j.verdict, Verdict::Consistent);
    let j = judge("more than 2,500 estimated arrests", Evidence::Value(2577.0));
    assert_eq!((j.verdict, j.kind), (Verdict::Consistent, ClaimKind::Level));
    let j = judge(
        "in nearly half, a federal agency as well",
        Evidence::Value(46.0),
    );
    assert_eq!(j.verdict, Verdict::Consistent);

    let p = parse_claim("from July 1, 2020, through June 30, 2020").unwrap();
    assert_eq!(p.kind, ClaimKind::Period);
    assert_eq!(p.period.unwrap().days(), 0);

    // Separators, percent words, number words, signs of change.
    assert_eq!(
        judge("The total fell 10%", change(200.0, 180.0)).verdict,
        Verdict::Reproduced
    );
    assert_eq!(
        judge("The total grew by 10%", change(200.0, 180.0)).verdict,
        Verdict::Inconsistent
    );
    // A whole multiple accepts the ratios that round to it (table 1.2.0).
    assert_eq!(
        judge("Arrests doubled", change(100.0, 208.0)).verdict,
        Verdict::Reproduced
    );
    assert_eq!(
        judge("Arrests doubled", change(100.0, 260.0)).verdict,
        Verdict::Inconsistent
    );
    assert_eq!(
        judge("Arrests doubled", change(100.0, 200.0)).verdict,
        Verdict::Reproduced
    );
    // 2.72 lies in [2.7, 3] and rounds to the whole multiple 3.
    assert_eq!(
        judge("Arrests nearly tripled", change(2577.0, 7010.0)).verdict,
        Verdict::Reproduced
    );
    assert_eq!(
        judge("Arrests nearly tripled", change(2577.0, 6900.0)).verdict,
        Verdict::Inconsistent
    );
    assert_eq!(
        judge("Arrests quadrupled", change(2577.0, 7010.0)).verdict,
        Verdict::Inconsistent
    );
    assert_eq!(
        judge("arrests rose by 4,433", change(2577.0, 7010.0)).verdict,
        Verdict::Reproduced
    );
    assert_eq!(
        judge("a 2.7-fold increase", change(2577.0, 7010.0)).verdict,
        Verdict::Reproduced
    );
    assert_eq!(
        judge("ninety-five percent", Evidence::Value(95.2)).verdict,
        Verdict::Reproduced
    );
    assert_eq!(
        judge("twenty-one arrests", Evidence::Value(21.0)).verdict,
        Verdict::Reproduced
    );
    assert_eq!(
        judge("about a fifth of the arrests", share(480.0, 2577.0)).verdict,
        Verdict::Consistent
    );
}

#[test]
fn parse_errors_say_which_part() {
    assert_eq!(parse_part("nearly a gazillion arrests"), "nearly a");
    assert_eq!(parse_part("Arrests grew sharply"), "grew sharply");
    assert_eq!(parse_part("almost most of them"), "almost most");
    assert_eq!(
        parse_part("from February 29, 2001, through June 30, 2001"),
        "February 29, 2001"
    );
    assert_eq!(parse_part("more than 2,50 arrests"), "2,50");
    assert_eq!(
        parse_part("Law enforcement is beginning to have notable success"),
        "Law enforcement is beginning to have notable success"
    );
    assert_eq!(parse_part(""), "");
}

// --------------------------------------------- claims that are in no ledger

#[test]
fn claims_in_no_ledger() {
    // Shares of the registers' national estimates (508 + 490 = 998).
    assert_eq!(
        judge(
            "two-fifths of arrests involved identified victims",
            share(998.0, 2577.0)
        )
        .verdict,
        Verdict::Consistent
    );
    assert_eq!(
        judge("about a fifth of the arrests", share(508.0, 2577.0)).verdict,
        Verdict::Reproduced
    );
    assert_eq!(
        judge("a majority of the arrests", share(998.0, 2577.0)).verdict,
        Verdict::Inconsistent
    );
    assert_eq!(
        judge("roughly 19% of arrests", share(490.0, 2577.0)).verdict,
        Verdict::Reproduced
    );
    // Trends: 2577 -> 8144 is x3.16, which rounds to 3 (table 1.2.0:
    // 'tripled' takes the range of 'threefold'), not to 4.
    assert_eq!(
        judge(
            "Arrests tripled between 2000 and 2009",
            change(2577.0, 8144.0)
        )
        .verdict,
        Verdict::Reproduced
    );
    assert_eq!(
        judge(
            "Arrests quadrupled between 2000 and 2009",
            change(2577.0, 8144.0)
        )
        .verdict,
        Verdict::Inconsistent
    );
    assert_eq!(
        judge(
            "Arrests more than tripled between 2000 and 2009",
            change(2577.0, 8144.0)
        )
        .verdict,
        Verdict::Consistent
    );
    // 4.81 rounds to the whole multiple 5.
    assert_eq!(
        judge("arrests quintupled", change(644.0, 3100.0)).verdict,
        Verdict::Reproduced
    );
    assert_eq!(
        judge("arrests quadrupled", change(644.0, 3100.0)).verdict,
        Verdict::Inconsistent
    );
    // 4.81 lies in [4.5, 5] and rounds to 5, as 'quintupled' is printed.
    assert_eq!(
        judge("nearly quintupled", change(644.0, 3100.0)).verdict,
        Verdict::Reproduced
    );
    // "In 2006, 7,010 arrests": the year is not the amount.
    let j = judge(
        "In 2006, an estimated 7,010 arrests were made",
        Evidence::Value(7010.0),
    );
    assert_eq!((j.verdict, j.kind), (Verdict::Reproduced, ClaimKind::Level));
}

// ------------------------------------------------------ the press release

#[test]
fn press_release_identified_victims() {
    let s = press_sentence("Nearly 40% of arrested offenders");
    let j = judge(&s, share(998.0, 2577.0));
    assert_eq!(j.verdict, Verdict::Consistent);
    assert!(close(j.computed.unwrap(), 38.727_202_173_069_46));
    assert_eq!(j.accepted, Some([36.0, 40.0]));
    assert_eq!(j.kind, ClaimKind::Share);
}

#[test]
fn press_release_undercover_quarter() {
    let s = press_sentence("A quarter of");
    let j = judge(&s, share(644.0, 2577.0));
    assert_eq!(j.verdict, Verdict::Reproduced);
    let [lo, hi] = j.accepted.unwrap();
    assert!(close(lo, 22.5) && close(hi, 27.5));
}

#[test]
fn press_release_child_pornography_third() {
    let s = press_sentence("Slightly more than one-third of the arrests");
    let j = judge(&s, share(935.0, 2577.0));
    assert_eq!(j.verdict, Verdict::Consistent);
    let [lo, hi] = j.accepted.unwrap();
    assert!(close(lo, 100.0 / 3.0) && close(hi, 110.0 / 3.0));
}

#[test]
fn press_release_total_and_period() {
    let s = press_sentence("more than 2,500 estimated arrests");
    let parsed = parse_claim(&s).unwrap();
    assert_eq!(parsed.kind, ClaimKind::Level);
    let j = judge(&s, Evidence::Value(2577.0));
    assert_eq!(j.verdict, Verdict::Consistent);
    assert_eq!(j.accepted, Some([2500.0, f64::INFINITY]));
    // The same sentence's period, judged against the study period.
    let study = Period::new(
        Date::new(2000, 7, 1).unwrap(),
        Date::new(2001, 6, 30).unwrap(),
    );
    let j = judge(
        &s,
        Evidence::Period {
            reference: Some(study),
            published: Some(parse_date("10 Nov 2003").unwrap()),
        },
    );
    assert_eq!(j.verdict, Verdict::Inconsistent);
    match j.pattern {
        Some(ErrorPattern::CorruptedPeriod { problems }) => {
            assert!(problems.contains(&PeriodProblem::EndsBeforeStart));
            assert_eq!(problems.len(), 3);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn press_release_other_statements() {
    // "more than 600 interviews": 612 in the final data set, 630 completed.
    let s = press_sentence("more than 600 interviews");
    assert_eq!(
        judge(&s, Evidence::Value(612.0)).verdict,
        Verdict::Consistent
    );
    assert_eq!(
        judge(&s, Evidence::Value(630.0)).verdict,
        Verdict::Consistent
    );
    // "in nearly half, a federal agency": against "over 45%" nothing exact.
    // The sentence states "most" first; the clause is judged on its own.
    let s = press_sentence("in nearly half");
    assert_eq!(
        parse_claim(&s)
            .unwrap()
            .statement
            .unwrap()
            .quantifier
            .as_deref(),
        Some("most")
    );
    let clause = &s[s.find("in nearly half").unwrap()..];
    assert_eq!(
        judge(clause, Evidence::Value(46.0)).verdict,
        Verdict::Consistent
    );
    let parsed = parse_claim(clause).unwrap().statement.unwrap();
    assert_eq!(parsed.quantifier.as_deref(), Some("nearly half"));
    // "83% ... had images of children between the ages of 6 and 12": the 83 is the claim.
    let s = press_sentence("83% of arrested offenders");
    let parsed = parse_claim(&s).unwrap().statement.unwrap();
    assert_eq!(parsed.stated, Some(83.0));
    // "95 percent of the state and 93 percent of the federal prosecutions": no base.
    let s = press_sentence("95 percent of the");
    let j = judge(
        &s,
        Evidence::Unpublished {
            reason: "no base published".into(),
        },
    );
    assert_eq!(j.verdict, Verdict::Unverifiable);
    assert_eq!(j.accepted, Some([94.5, 95.5]));
    // "most of the investigations involved agencies in multiple jurisdictions"
    let s = press_sentence("most of the investigations");
    let parsed = parse_claim(&s).unwrap().statement.unwrap();
    assert_eq!(parsed.quantifier.as_deref(), Some("most"));
}

#[test]
fn ledger_claims_are_judged_from_their_wording() {
    let claim = Claim {
        id: "identified_share".into(),
        source: "ncmec2003".into(),
        quote: "Nearly 40% of arrested offenders".into(),
        kind: ClaimKind::Share,
        measures: "(508 + 490) / 2577".into(),
        stated: "Nearly 40%".into(),
        precision: Some(0),
    };
    let j = Checker::new()
        .judge_claim(&claim, &share(998.0, 2577.0))
        .unwrap();
    assert_eq!(j.verdict, Verdict::Consistent);
    // A kind that the wording contradicts is an error, not a verdict.
    let wrong = Claim {
        kind: ClaimKind::Level,
        ..claim.clone()
    };
    assert!(
        Checker::new()
            .judge_claim(&wrong, &share(998.0, 2577.0))
            .is_err()
    );
    let wrong = Claim {
        precision: Some(1),
        ..claim
    };
    assert!(
        Checker::new()
            .judge_claim(&wrong, &share(998.0, 2577.0))
            .is_err()
    );
    // A period claim whose wording also holds a number.
    let period = Claim {
        id: "period".into(),
        source: "ncmec2003".into(),
        quote: "from July 1, 2020, through June 30, 2020".into(),
        kind: ClaimKind::Period,
        measures: "reference period".into(),
        stated: "more than 2,500 estimated arrests from July 1, 2020, through June 30, 2020".into(),
        precision: None,
    };
    let j = Checker::new()
        .judge_claim(
            &period,
            &Evidence::Period {
                reference: Some(parse_period("July 1, 2000, through June 30, 2001").unwrap()),
                published: Some(Date::new(2003, 11, 10).unwrap()),
            },
        )
        .unwrap();
    assert_eq!(j.verdict, Verdict::Inconsistent);
    assert_eq!(j.kind, ClaimKind::Period);
}

#[test]
fn no_sentence_or_fragment_panics() {
    let flat = PRESS.split_whitespace().collect::<Vec<_>>();
    let mut read = 0;
    // Every window of up to 12 words of the release: a claim or a parse error.
    for start in 0..flat.len() {
        for len in 1..=12.min(flat.len() - start) {
            let text = flat[start..start + len].join(" ");
            match parse_claim(&text) {
                Ok(_) => read += 1,
                Err(e) => assert!(matches!(e.kind(), ErrorKind::Parse { .. }), "{text}: {e}"),
            }
        }
    }
    // The grammar reads no amount in a date's numbers or in "all across
    // the country", so fewer windows read than with the phrase list (1,000+).
    assert!(read > 900, "{read}");
    // Odd characters and numbers.
    for text in [
        "%%%",
        "1.2.3",
        ".5%",
        "- 5 -",
        "July 32, 2000 to",
        "2000-13-01 - 2001-01-01",
        "ñ 5 ü",
        "1,000,000,000,000,000,000,000 arrests",
        "up up up",
        "N%",
        "0 of 0",
    ] {
        let _ = parse_claim(text);
        let _ = check(text, &share(1.0, 2.0));
    }
}

#[test]
fn every_quantitative_statement_of_the_release_is_read() {
    let flat = PRESS.split_whitespace().collect::<Vec<_>>().join(" ");
    let expected = [
        ("more than 2,500 estimated arrests", ClaimKind::Level),
        ("Nearly 40% of arrested offenders", ClaimKind::Share),
        ("A quarter of the arrests", ClaimKind::Share),
        (
            "Slightly more than one-third of the arrests",
            ClaimKind::Share,
        ),
        ("83% of arrested offenders", ClaimKind::Share),
        ("80% had images", ClaimKind::Share),
        ("more than 600 interviews", ClaimKind::Level),
        ("most of the investigations", ClaimKind::Share),
        ("in nearly half, a federal agency", ClaimKind::Share),
        ("95 percent of the state", ClaimKind::Share),
        ("93 percent of the federal", ClaimKind::Share),
        (
            "from July 1, 2020, through June 30, 2020",
            ClaimKind::Period,
        ),
    ];
    for (quote, kind) in expected {
        assert!(flat.contains(quote), "{quote}");
        assert_eq!(parse_claim(quote).unwrap().kind, kind, "{quote}");
    }
}

#[test]
fn interval_ends_print_cleanly_and_keep_boundary_values() {
    let j = judge("A quarter of the arrests", share(644.0, 2577.0));
    assert_eq!(j.accepted, Some([22.5, 27.5]));
    // A value exactly at a rule's end stays inside.
    let third = 100.0 / 3.0;
    assert_eq!(
        judge("about a third", Evidence::Value(third * 1.1)).verdict,
        Verdict::Consistent
    );
    assert_eq!(
        judge("about a third", Evidence::Value(third * 0.9)).verdict,
        Verdict::Consistent
    );
    assert_eq!(
        judge("about a third", Evidence::Value(third * 1.1001)).verdict,
        Verdict::Inconsistent
    );
}
