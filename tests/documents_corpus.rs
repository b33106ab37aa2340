//! The document corpus: whole texts about the study, real (paraphrased,
//! with their statistical statements' wording kept) and planted (with
//! deliberate errors), each statement with the figure a careful reader
//! judges it against, the verdict and the arithmetic
//! (`tests/data/documents/`, format in its README). Every text is scanned
//! against every dataset (`njov::study::scan_all`); the run prints, per
//! document and in all, the statements found of those checkable, the
//! verdicts right and the false alarms, and fails on any false alarm or
//! when fewer than 95% of the checkable statements are judged right.
//!
//! `NJOV_DOCUMENTS=DIR cargo test --test documents_corpus -- --ignored`
//! measures another directory of the same layout (texts the tests have
//! never seen) without failing.

mod common;

use std::path::{Path, PathBuf};

use njov::Verdict;
use njov::study::{Catalogue, DocumentScan, Finding, FindingStatus, scan_with};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    version: String,
    kind: String,
    source: String,
    title: String,
    text: String,
    #[serde(default, rename = "statement")]
    statements: Vec<Statement>,
    #[serde(default, rename = "ignore")]
    ignores: Vec<Ignore>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Statement {
    at: String,
    amount: String,
    kind: String,
    figure: Option<String>,
    verdict: String,
    pattern: Option<String>,
    arithmetic: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Ignore {
    at: String,
    amount: String,
    why: String,
}

/// The byte range of `amount` inside the one occurrence of `at` in `text`.
fn place(text: &str, at: &str, amount: &str, file: &Path) -> [usize; 2] {
    let mut found = text.match_indices(at);
    let (start, _) = found
        .next()
        .unwrap_or_else(|| panic!("{}: '{at}' is not in the text", file.display()));
    assert!(
        found.next().is_none(),
        "{}: '{at}' occurs more than once",
        file.display()
    );
    let inner = at
        .find(amount)
        .unwrap_or_else(|| panic!("{}: '{amount}' is not in '{at}'", file.display()));
    [start + inner, start + inner + amount.len()]
}

fn overlaps(f: &Finding, [a, b]: [usize; 2]) -> bool {
    f.span[0] < b && a < f.span[1]
}

fn verdict(name: &str) -> Verdict {
    common::verdict_named(name).unwrap_or_else(|| panic!("unknown verdict '{name}'"))
}

fn names_figure(f: &Finding, figure: &str) -> bool {
    f.figure.as_deref() == Some(figure) || f.same_as.as_deref() == Some(figure)
}

#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    statements: usize,
    checkable: usize,
    found: usize,
    right: usize,
    right_checkable: usize,
    false_alarms: usize,
    ignored_with_finding: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.statements += o.statements;
        self.checkable += o.checkable;
        self.found += o.found;
        self.right += o.right;
        self.right_checkable += o.right_checkable;
        self.false_alarms += o.false_alarms;
        self.ignored_with_finding += o.ignored_with_finding;
    }
}

/// Scores one scanned document; `notes` gets one line per miss.
fn score(doc: &Document, file: &Path, scan: &DocumentScan, notes: &mut Vec<String>) -> Counts {
    let mut c = Counts::default();
    let mut expected_inconsistent: Vec<[usize; 2]> = Vec::new();
    // Every listed statement's amount: a finding on one of them is that
    // statement's (`the 12 months from 1 July 2000 to 30 June 2001` is a
    // period statement whose words hold the ignored duration `12 months`).
    let mut listed: Vec<[usize; 2]> = Vec::new();
    for s in &doc.statements {
        assert!(
            ["level", "share", "change", "period"].contains(&s.kind.as_str()),
            "{}: kind '{}'",
            file.display(),
            s.kind
        );
        assert!(
            !s.arithmetic.is_empty(),
            "{}: no arithmetic",
            file.display()
        );
        let span = place(&doc.text, &s.at, &s.amount, file);
        listed.push(span);
        let want = verdict(&s.verdict);
        if want == Verdict::Inconsistent {
            expected_inconsistent.push(span);
        }
        c.statements += 1;
        let here: Vec<&Finding> = scan.findings.iter().filter(|f| overlaps(f, span)).collect();
        let checkable = want != Verdict::Unverifiable;
        // (The one worded as the amount first, when two name the figure:
        // `rose from 1,713 to 3,672, or 214 per cent` holds the levels'
        // change `1,713 to 3,672` and the percentage's.)
        let found = s.figure.as_deref().and_then(|fig| {
            here.iter()
                .find(|f| names_figure(f, fig) && f.wording == s.amount)
                .or_else(|| here.iter().find(|f| names_figure(f, fig)))
                .copied()
        });
        let right = match (checkable, found) {
            (true, Some(f)) => {
                f.verdict == want
                    && s.pattern.as_deref().is_none_or(|p| {
                        f.pattern
                            .as_ref()
                            .is_some_and(|fp| serde_json::to_value(fp).unwrap()["pattern"] == p)
                    })
            }
            (true, None) => false,
            (false, _) => here.iter().all(|f| f.verdict == Verdict::Unverifiable),
        };
        if checkable {
            c.checkable += 1;
            c.found += usize::from(found.is_some());
            c.right_checkable += usize::from(right);
        }
        c.right += usize::from(right);
        if !right {
            let got: Vec<String> = here
                .iter()
                .map(|f| {
                    format!(
                        "{} {} {:?} ({})",
                        f.verdict,
                        f.figure.as_deref().unwrap_or("-"),
                        f.wording,
                        f.reason
                    )
                })
                .collect();
            notes.push(format!(
                "  {}: '{}' in \"{}\": want {} {}, got [{}]",
                file.file_name().unwrap().to_string_lossy(),
                s.amount,
                s.at,
                s.verdict,
                s.figure.as_deref().unwrap_or("-"),
                got.join(" | ")
            ));
        }
    }
    for i in &doc.ignores {
        assert!(!i.why.is_empty(), "{}: no why", file.display());
        let span = place(&doc.text, &i.at, &i.amount, file);
        // A vague finding (`several such arrests`: it states no amount)
        // says what an ignore says.
        if scan.findings.iter().any(|f| {
            overlaps(f, span)
                && f.status != FindingStatus::Vague
                && !listed.iter().any(|&l| overlaps(f, l))
        }) {
            c.ignored_with_finding += 1;
            notes.push(format!(
                "  {}: '{}' in \"{}\" is not an amount ({}) but gave a finding",
                file.file_name().unwrap().to_string_lossy(),
                i.amount,
                i.at,
                i.why
            ));
        }
    }
    for f in &scan.findings {
        if f.verdict == Verdict::Inconsistent
            && !expected_inconsistent.iter().any(|&s| overlaps(f, s))
        {
            c.false_alarms += 1;
            notes.push(format!(
                "  {}: FALSE ALARM {:?} against {} ({})",
                file.file_name().unwrap().to_string_lossy(),
                f.wording,
                f.figure.as_deref().unwrap_or("-"),
                f.reason
            ));
        }
    }
    c
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for kind in ["real", "planted"] {
        let Ok(entries) = std::fs::read_dir(dir.join(kind)) else {
            continue;
        };
        let mut these: Vec<PathBuf> = entries
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        these.sort();
        out.extend(these);
    }
    out
}

/// Scans and scores every document of `dir`, printing the table; returns
/// the totals by kind (real, planted) and in all.
fn measure(dir: &Path) -> (Counts, Counts, Counts, Vec<String>) {
    let catalogue = Catalogue::embedded().unwrap();
    let (mut real, mut planted, mut all) =
        (Counts::default(), Counts::default(), Counts::default());
    let mut notes = Vec::new();
    println!(
        "{:<48} {:>5} {:>9} {:>6} {:>6} {:>6}",
        "document", "stmts", "checkable", "found", "right", "false"
    );
    for file in files(dir) {
        let text = std::fs::read_to_string(&file).unwrap();
        let doc: Document =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert_eq!(doc.version, "1.0.0", "{}", file.display());
        assert!(!doc.source.is_empty() && !doc.title.is_empty());
        let scan = scan_with(&catalogue, &doc.text, &[]);
        let c = score(&doc, &file, &scan, &mut notes);
        let name = format!(
            "{}/{}",
            doc.kind,
            file.file_stem().unwrap().to_string_lossy()
        );
        println!(
            "{:<48} {:>5} {:>9} {:>6} {:>6} {:>6}",
            name, c.statements, c.checkable, c.found, c.right, c.false_alarms
        );
        match doc.kind.as_str() {
            "real" => real.add(c),
            "planted" => planted.add(c),
            other => panic!("{}: kind '{other}'", file.display()),
        }
        all.add(c);
    }
    for (name, c) in [("real", real), ("planted", planted), ("all", all)] {
        println!(
            "{name}: {} statements; {} checkable, {} found ({:.1}%), {} judged right ({:.1}%); {} of {} right in all; {} false alarms; {} non-amounts gave a finding",
            c.statements,
            c.checkable,
            c.found,
            pct(c.found, c.checkable),
            c.right_checkable,
            pct(c.right_checkable, c.checkable),
            c.right,
            c.statements,
            c.false_alarms,
            c.ignored_with_finding
        );
    }
    (real, planted, all, notes)
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// The share of checkable statements that must be judged right, per mille.
const RIGHT_FLOOR_PERMILLE: usize = 950;

#[test]
fn the_document_corpus_is_judged_right_with_no_false_alarm() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/documents");
    let (real, planted, all, notes) = measure(&dir);
    for n in &notes {
        println!("{n}");
    }
    assert!(real.statements > 0 && planted.statements > 0);
    assert_eq!(all.false_alarms, 0, "false alarms (see above)");
    // Issue 17 asks for 95% (77.7% of the 51 texts at the start of 3
    // December 2026, 95.8% of the 66 at its end). The floor keeps what has
    // been reached: raise it as the reader improves, never lower it.
    assert!(
        all.right_checkable * 1000 >= all.checkable * RIGHT_FLOOR_PERMILLE,
        "{} of {} checkable statements judged right; at least {}.{}% needed",
        all.right_checkable,
        all.checkable,
        RIGHT_FLOOR_PERMILLE / 10,
        RIGHT_FLOOR_PERMILLE % 10
    );
    assert_eq!(
        all.ignored_with_finding, 0,
        "numbers that are not amounts gave findings"
    );
}

/// The held-out batches (`tests/data/documents-heldout/floors.csv`): each
/// batch with its first scan's count of checkable statements judged right,
/// its checkable count, and the floor it has reached since its first
/// scan's causes of false alarms were fixed, a floor against regressions,
/// never lowered. Their right-rate is a measurement, not a target; what
/// they must never give is a false alarm or a finding on a number that is
/// not an amount.
#[derive(Debug, Deserialize)]
struct HeldOut {
    batch: String,
    checkable: usize,
    right_floor: usize,
}

fn held_out(root: &Path) -> Vec<HeldOut> {
    csv::Reader::from_path(root.join("floors.csv"))
        .unwrap()
        .deserialize()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn held_out_batches_give_no_false_alarm() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/documents-heldout");
    let mut batches: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| {
            let e = e.unwrap();
            e.file_type()
                .unwrap()
                .is_dir()
                .then(|| e.file_name().to_string_lossy().into_owned())
        })
        .collect();
    batches.sort();
    let floors = held_out(&root);
    let listed: Vec<&str> = floors.iter().map(|h| h.batch.as_str()).collect();
    assert_eq!(
        batches, listed,
        "every held-out batch has its floor in floors.csv"
    );
    for HeldOut {
        batch,
        checkable,
        right_floor: floor,
    } in floors
    {
        let (.., all, notes) = measure(&root.join(&batch));
        assert_eq!(all.checkable, checkable, "{batch}: checkable statements");
        let alarms: Vec<&String> = notes.iter().filter(|n| n.contains("FALSE ALARM")).collect();
        assert_eq!(all.false_alarms, 0, "{batch}: {alarms:#?}");
        assert_eq!(
            all.ignored_with_finding, 0,
            "{batch}: non-amounts gave findings"
        );
        assert!(
            all.right_checkable >= floor,
            "{batch}: {} of {} right, floor {floor}",
            all.right_checkable,
            all.checkable
        );
    }
}

#[test]
#[ignore = "measures a directory named by NJOV_DOCUMENTS; prints, never fails on counts"]
fn measure_another_directory() {
    let Ok(dir) = std::env::var("NJOV_DOCUMENTS") else {
        println!("NJOV_DOCUMENTS is not set");
        return;
    };
    let (.., notes) = measure(Path::new(&dir));
    for n in &notes {
        println!("{n}");
    }
}
