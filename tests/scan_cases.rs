//! Scan cases: short texts whose one amount must be tied to a given figure
//! with a given verdict, or give no finding (`tests/data/scan/`, format in
//! its README). Each case is one rule of the document reader; the run lists
//! every case judged otherwise.

mod common;

use std::path::Path;

use njov::Verdict;
use njov::study::{Catalogue, scan_with};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Family {
    version: String,
    description: String,
    #[serde(rename = "case")]
    cases: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    text: String,
    amount: String,
    figure: Option<String>,
    verdict: Option<String>,
    #[serde(default)]
    no_finding: bool,
    why: String,
}

fn verdict(word: &str, file: &Path) -> Verdict {
    common::verdict_named(word)
        .unwrap_or_else(|| panic!("{}: unknown verdict '{word}'", file.display()))
}

/// What the case expects, or `None` for a case with no finding; panics on
/// a malformed case.
fn expected(case: &Case, file: &Path) -> Option<(Option<String>, Verdict)> {
    assert!(
        !case.why.trim().is_empty(),
        "{}: a case without its why: {}",
        file.display(),
        case.text
    );
    assert!(
        case.text.contains(&case.amount),
        "{}: '{}' is not in the text",
        file.display(),
        case.amount
    );
    if case.no_finding {
        assert!(
            case.figure.is_none() && case.verdict.is_none(),
            "{}: no_finding with a figure or verdict",
            file.display()
        );
        return None;
    }
    let v = verdict(
        case.verdict
            .as_deref()
            .unwrap_or_else(|| panic!("{}: a case with no verdict", file.display())),
        file,
    );
    assert!(
        case.figure.is_some() || v == Verdict::Unverifiable,
        "{}: only an unverifiable finding has no figure: {}",
        file.display(),
        case.text
    );
    Some((case.figure.clone(), v))
}

#[test]
fn every_scan_case_gives_its_finding() {
    let catalogue = Catalogue::embedded().expect("the embedded catalogue");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/scan");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data/scan")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no case files in {}", dir.display());
    let (mut total, mut wrong) = (0, Vec::new());
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a case file");
        let family: Family =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert_eq!(family.version, "1.0.0", "{}", file.display());
        assert!(!family.description.is_empty(), "{}", file.display());
        for case in &family.cases {
            total += 1;
            let want = expected(case, file);
            let scan = scan_with(&catalogue, &case.text, &[]);
            // (The finding worded as the amount, else the first whose
            // wording holds it: `93%` is the level's finding, not that of
            // the change `73% to 93%` it ends.)
            let got = scan
                .findings
                .iter()
                .find(|f| f.wording == case.amount)
                .or_else(|| {
                    scan.findings
                        .iter()
                        .find(|f| f.wording.contains(&case.amount))
                });
            let ok = match (&want, got) {
                (None, None) => true,
                (Some((figure, v)), Some(f)) => f.figure == *figure && f.verdict == *v,
                _ => false,
            };
            if !ok {
                wrong.push(format!(
                    "{}: {:?}\n    want {}\n    got  {}",
                    file.file_name().unwrap_or_default().to_string_lossy(),
                    case.text,
                    want.map_or("no finding".into(), |(f, v)| format!("{v} {f:?}")),
                    got.map_or("no finding".into(), |f| format!(
                        "{} {:?} ({})",
                        f.verdict, f.figure, f.reason
                    )),
                ));
            }
        }
    }
    println!("{total} scan cases, {} judged otherwise", wrong.len());
    assert!(
        wrong.is_empty(),
        "{} of {total} scan cases judged otherwise:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
