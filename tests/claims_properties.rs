//! Properties of the claim reader: no input makes it panic, every input with
//! valid evidence gets an answer (a verdict, or an argument error when the
//! evidence does not fit), and what it reports is coherent.

use njov::claims::{check, parse_claim, parse_period};
use njov::data::Date;
use njov::{ErrorKind, Evidence, Judgement, Verdict};
use proptest::prelude::*;

const PRESS: &str = include_str!("../data/njov1/1.0.0/ncmec2003.txt");

/// Words and marks claim sentences are made of, so that random sentences
/// reach deep into the grammar.
const VOCABULARY: &[&str] = &[
    "nearly",
    "almost",
    "about",
    "some",
    "more",
    "than",
    "less",
    "fewer",
    "at",
    "least",
    "most",
    "half",
    "a",
    "quarter",
    "third",
    "one",
    "two",
    "three",
    "five",
    "twenty-one",
    "hundred",
    "thousand",
    "million",
    "in",
    "out",
    "of",
    "every",
    "the",
    "arrests",
    "rose",
    "fell",
    "from",
    "to",
    "by",
    "up",
    "down",
    "percent",
    "per",
    "cent",
    "%",
    "points",
    "percentage",
    "times",
    "fold",
    "fivefold",
    "doubled",
    "halved",
    "factor",
    "increase",
    "decline",
    "children",
    "under",
    "aged",
    "ages",
    "between",
    "and",
    "years",
    "months",
    "ending",
    "June",
    "July",
    "30,",
    "1,",
    "2000",
    "2001",
    "2,577",
    "7,010",
    "38.7",
    "0",
    "12-17",
    "fiscal",
    "year",
    "calendar",
    "FY2001",
    "many",
    "significant",
    "share",
    "sharply",
    "successful",
    ",",
    ".",
    ";",
    "(",
    ")",
    "-",
    "n",
    "=",
    "129",
    "2,50",
    "1.2.3",
    "\u{2013}",
    "no",
    "Table",
    "wave",
    "21st",
    "over",
    "above",
    "as",
    "many",
    "an",
    "estimated",
    "which",
    "but",
];

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(VOCABULARY), 0..40).prop_map(|w| w.join(" "))
}

fn evidences() -> Vec<Evidence> {
    vec![
        Evidence::Value(38.7),
        Evidence::Share {
            part: 998.0,
            whole: 2577.0,
        },
        Evidence::Change {
            from: 2577.0,
            to: 7010.0,
        },
        Evidence::Change { from: 0.0, to: 5.0 },
        Evidence::Period {
            reference: parse_period("July 1, 2000, through June 30, 2001").ok(),
            published: Date::new(2003, 11, 10).ok(),
        },
        Evidence::Unpublished {
            reason: "no base".into(),
        },
    ]
}

/// What every answer must satisfy.
fn coherent(text: &str, j: &Judgement) -> Result<(), String> {
    if let (Some(c), Some([lo, hi])) = (j.computed, j.accepted) {
        let inside = c >= lo - 1e-9 * lo.abs().max(1.0) && c <= hi + 1e-9 * hi.abs().max(1.0);
        let claims_inside = matches!(j.verdict, Verdict::Reproduced | Verdict::Consistent);
        // A from-to change judges the levels; its accepted interval of
        // differences is wider than what the levels allow, so only
        // "inside" is implied, not "outside".
        if claims_inside && !inside {
            return Err(format!("{text:?}: {j:?} is {:?} outside", j.verdict));
        }
    }
    if j.verdict == Verdict::Unverifiable && j.reason.is_empty() {
        return Err(format!("{text:?}: unverifiable without a reason"));
    }
    for a in &j.amounts {
        if a.accepted[0] > a.accepted[1] {
            return Err(format!("{text:?}: reversed interval {a:?}"));
        }
    }
    Ok(())
}

fn answers(text: &str) -> Result<(), TestCaseError> {
    let parsed = parse_claim(text);
    if let Ok(p) = &parsed {
        for a in &p.amounts {
            prop_assert!(
                a.span[0] <= a.span[1] && a.span[1] <= text.len(),
                "{text:?}"
            );
            prop_assert_eq!(&text[a.span[0]..a.span[1]], a.wording.as_str());
            prop_assert!(a.accepted.lower() <= a.accepted.upper(), "{text:?}");
        }
    } else if let Err(e) = &parsed {
        prop_assert!(matches!(e.kind(), ErrorKind::Parse { .. }), "{text:?}: {e}");
    }
    for evidence in evidences() {
        match check(text, &evidence) {
            Ok(j) => coherent(text, &j).map_err(TestCaseError::fail)?,
            Err(e) => prop_assert!(
                matches!(e.kind(), ErrorKind::InvalidArgument { .. }),
                "{text:?} with {evidence:?}: {e}"
            ),
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_string_gets_an_answer(text in any::<String>()) {
        answers(&text)?;
    }

    #[test]
    fn any_sentence_of_claim_words_gets_an_answer(text in sentence()) {
        answers(&text)?;
    }

    #[test]
    fn any_window_of_the_release_gets_an_answer(start in 0usize..3300, len in 0usize..400) {
        let chars: Vec<char> = PRESS.chars().collect();
        let start = start.min(chars.len());
        let end = (start + len).min(chars.len());
        let text: String = chars[start..end].iter().collect();
        answers(&text)?;
    }
}

#[test]
fn a_sentence_with_no_claim_is_unverifiable_with_its_reason() {
    for (text, words) in [
        ("", "empty"),
        (
            "Law enforcement is beginning to have notable success",
            "no number",
        ),
        ("Many arrests involved undercover officers", "many"),
        ("nearly a gazillion arrests", "nearly"),
        ("up 2,50 arrests", "2,50"),
        ("nearly most arrests", "nearly most"),
        ("Arrests fell sharply", "sharply"),
    ] {
        let j = check(text, &Evidence::Value(1.0)).unwrap();
        assert_eq!(j.verdict, Verdict::Unverifiable, "{text}");
        assert!(j.reason.contains(words), "{text}: {}", j.reason);
        assert_eq!(j.computed, None);
    }
    // A fall stated as a multiple divides by it (claim corpus 1.1.0): it
    // is judged, no longer unverifiable as ambiguous.
    let j = check("arrests fell fivefold", &Evidence::Value(0.2)).unwrap();
    assert_eq!(j.verdict, Verdict::Reproduced, "{}", j.reason);
}

#[test]
fn only_wrong_arguments_are_errors() {
    for e in [
        Evidence::Value(f64::NAN),
        Evidence::Value(f64::INFINITY),
        Evidence::Share {
            part: 3.0,
            whole: 2.0,
        },
        Evidence::Share {
            part: 1.0,
            whole: 0.0,
        },
        Evidence::Change {
            from: f64::NAN,
            to: 1.0,
        },
    ] {
        // Even for a sentence with nothing to judge: bad evidence is the
        // caller's error.
        for text in ["Nearly 40% of arrests", "Many arrests"] {
            let err = check(text, &e).unwrap_err();
            assert!(
                matches!(err.kind(), ErrorKind::InvalidArgument { .. }),
                "{text}: {err}"
            );
        }
    }
}

/// A document of a million characters and more is read in one pass: this
/// test finishes (its speed is measured in the report, not asserted here).
#[test]
fn a_million_characters_are_read() {
    let mut text = String::new();
    while text.len() < 1_000_000 {
        text.push_str(PRESS);
        text.push(' ');
    }
    let p = parse_claim(&text).unwrap();
    let per_copy = parse_claim(PRESS).unwrap().amounts.len();
    let copies = text.len() / (PRESS.len() + 1);
    assert!(p.amounts.len() >= per_copy * copies, "{}", p.amounts.len());
    // Adversarial: one long run of number words, hedges and changes, each
    // with what reading it must give (tests/data/adversarial_claims.csv;
    // `;` stands for a comma inside a reason).
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/adversarial_claims.csv"
    );
    let mut cases = csv::Reader::from_path(path).unwrap();
    let mut seen = 0;
    for row in cases.records() {
        let row = row.unwrap();
        let (unit, outcome, verdict, kind, per_unit, reason) = (
            &row[0],
            &row[1],
            &row[2],
            &row[3],
            &row[4],
            row[5].replace(';', ","),
        );
        let copies = 1_000_000 / unit.len();
        let long = unit.repeat(copies);
        let j = check(&long, &Evidence::Value(1.0));
        match outcome {
            "ok" => {
                let j = j.unwrap_or_else(|e| panic!("{unit:?}: {e}"));
                assert_eq!(j.verdict.to_string(), verdict, "{unit:?}: {}", j.reason);
                assert_eq!(j.kind.to_string(), kind, "{unit:?}");
                let per_unit: usize = per_unit.parse().unwrap();
                assert_eq!(j.amounts.len(), per_unit * copies, "{unit:?}: amounts read");
                assert!(j.reason.contains(&reason), "{unit:?}: {}", j.reason);
            }
            kind => {
                let e = j.expect_err(unit);
                assert_eq!(e.kind().name(), kind, "{unit:?}: {e}");
                assert!(e.to_string().contains(&reason), "{unit:?}: {e}");
            }
        }
        seen += 1;
    }
    assert_eq!(seen, 7, "every adversarial case ran");
}

// ------------------------------------------- ranges a careful reader defends

/// The value `x` printed with its thousands separators, as prose prints it.
fn grouped(x: u32) -> String {
    let digits = x.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

proptest! {
    /// A true bound is never inconsistent, however far the value lies past
    /// the stated one (quantifier table 1.2.0): 'more than X', 'over X',
    /// 'at least X', 'well over X' for any value above them, 'less than X',
    /// 'fewer than X', 'at most X' for any value down to zero.
    #[test]
    fn a_true_bound_is_never_inconsistent(x in 10u32..100_000, factor in 1.0001f64..1000.0) {
        let stated = grouped(x);
        let above = f64::from(x) * factor;
        for hedge in ["more than", "over", "at least", "upwards of", "in excess of"] {
            let j = check(&format!("{hedge} {stated} arrests"), &Evidence::Value(above)).unwrap();
            prop_assert_eq!(j.verdict, Verdict::Consistent, "{} {}: {}", hedge, stated, j.reason);
        }
        if factor >= 1.1 {
            let j = check(&format!("well over {stated} arrests"), &Evidence::Value(above)).unwrap();
            prop_assert_eq!(j.verdict, Verdict::Consistent, "{}", j.reason);
        }
        let below = f64::from(x) / factor;
        for hedge in ["less than", "fewer than", "under", "at most", "no more than"] {
            let j = check(&format!("{hedge} {stated} arrests"), &Evidence::Value(below)).unwrap();
            prop_assert_eq!(j.verdict, Verdict::Consistent, "{} {}: {}", hedge, stated, j.reason);
        }
    }

    /// The same for shares, up to all of them and down to none.
    #[test]
    fn a_true_bound_on_a_share_is_never_inconsistent(x in 1u32..99, part in 0u32..=1000) {
        let share = f64::from(part) / 10.0;
        let hedge = if share > f64::from(x) { "more than" } else if share < f64::from(x) { "less than" } else { return Ok(()) };
        let j = check(&format!("{hedge} {x}% of arrests"), &Evidence::Share { part: f64::from(part), whole: 1000.0 }).unwrap();
        prop_assert_eq!(j.verdict, Verdict::Consistent, "{} {}% for {}: {}", hedge, x, share, j.reason);
    }
}

/// Synonyms of one whole multiple accept one range, the values that round
/// to it.
#[test]
fn synonyms_of_a_multiple_accept_one_range() {
    let ends = |text: &str| {
        parse_claim(text)
            .unwrap()
            .statement
            .unwrap()
            .accepted
            .ends()
    };
    for (n, words) in [
        (
            2.0,
            &[
                "doubled",
                "twice as many",
                "double the 2000 figure",
                "two times as many",
                "twofold",
                "2-fold",
                "a doubling",
            ][..],
        ),
        (
            3.0,
            &[
                "tripled",
                "trebled",
                "triple the 2000 figure",
                "three times as many",
                "threefold",
                "3 times",
            ][..],
        ),
        (
            4.0,
            &[
                "quadrupled",
                "quadruple the 2000 figure",
                "four times as many",
                "fourfold",
            ][..],
        ),
        (
            5.0,
            &["quintupled", "five times as many", "fivefold", "5-fold"][..],
        ),
    ] {
        for w in words {
            assert_eq!(ends(w), [n - 0.5, n + 0.5], "{w}");
        }
    }
}

/// A fraction in words accepts no neighbouring simple fraction (denominators
/// up to 5), and 'nearly N' stays within half a rounding step of N.
#[test]
fn fractions_stop_halfway_and_nearly_stays_close() {
    let simple: Vec<f64> = (1..=5)
        .flat_map(|b| (0..=b).map(move |a| 100.0 * f64::from(a) / f64::from(b)))
        .collect();
    for w in [
        "a fifth",
        "a quarter",
        "a third",
        "two-fifths",
        "half",
        "three-fifths",
        "two-thirds",
        "three-quarters",
        "four-fifths",
        "one in three",
        "three in four",
    ] {
        let s = parse_claim(w).unwrap().statement.unwrap();
        let own = s.stated.unwrap();
        for f in &simple {
            if (f - own).abs() > 1e-9 {
                assert!(!s.accepted.contains(*f), "{w} accepts {f}");
            }
        }
    }
    for (text, step) in [
        ("nearly nine thousand", 1000.0),
        ("nearly 2,500", 500.0),
        ("almost 88%", 1.0),
        ("nearly 40%", 10.0),
        ("nearly 7,010", 10.0),
    ] {
        let s = parse_claim(text).unwrap().statement.unwrap();
        let x = s.stated.unwrap();
        assert!(
            s.accepted.lower() >= x - step / 2.0 - 1e-9,
            "{text}: {}",
            s.accepted
        );
        assert_eq!(s.accepted.upper(), x, "{text}");
    }
}
