//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod sav;
pub mod table;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// `njov survey ARGS --format json --timings`, run from the crate's root.
pub fn survey_run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_njov"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("survey")
        .args(args)
        .args(["--format", "json", "--timings"])
        .output()
        .unwrap()
}

/// A successful `njov survey` run's JSON and its standard error (which
/// `--timings` writes the path to).
pub fn survey_json(args: &[&str]) -> (serde_json::Value, String) {
    let out = survey_run(args);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{args:?}: {err}");
    (serde_json::from_slice(&out.stdout).unwrap(), err)
}

/// The crate's data directory.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// Copies a directory tree.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A temporary copy of the shipped data.
pub fn data_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&data_dir(), dir.path());
    dir
}

/// The sha256 of some bytes, as lower-case hex (what a manifest records).
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Replaces `from` by `to` in a file of the copy (exactly once), then
/// re-records the file's sha256 in the manifest and the manifest's sha256
/// in the changelog, as a maintainer preparing a new version would: what is
/// left to fail is the row check, not the checksum.
pub fn edit_and_rehash(root: &Path, file: &str, from: &str, to: &str) {
    edit_and_rehash_in(root, "njov1", "1.0.0", file, from, to);
}

/// As [`edit_and_rehash`], in a file of any dataset version of the copy.
pub fn edit_and_rehash_in(
    root: &Path,
    dataset: &str,
    version: &str,
    file: &str,
    from: &str,
    to: &str,
) {
    let dir = root.join(dataset).join(version);
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        text.matches(from).count(),
        1,
        "'{from}' must occur once in {file}"
    );
    let old_sha = sha256_hex(text.as_bytes());
    let new_text = text.replacen(from, to, 1);
    std::fs::write(&path, &new_text).unwrap();
    let new_sha = sha256_hex(new_text.as_bytes());
    let manifest_path = dir.join("MANIFEST.toml");
    let manifest = std::fs::read_to_string(&manifest_path).unwrap();
    let old_manifest_sha = sha256_hex(manifest.as_bytes());
    let manifest = manifest.replace(&old_sha, &new_sha);
    std::fs::write(&manifest_path, &manifest).unwrap();
    let changelog_path = root.join(dataset).join("CHANGELOG.md");
    let changelog = std::fs::read_to_string(&changelog_path).unwrap();
    std::fs::write(
        &changelog_path,
        changelog.replace(&old_manifest_sha, &sha256_hex(manifest.as_bytes())),
    )
    .unwrap();
}

/// One row of `tests/data/interval_reference.csv` (60-digit mpmath values,
/// written by `scripts/interval_reference.py`).
#[derive(Debug, serde::Deserialize)]
pub struct IntervalRow {
    pub family: String,
    pub method: String,
    pub input: String,
    pub successes: Option<u64>,
    pub trials: Option<u64>,
    pub estimate: Option<f64>,
    pub variance: Option<f64>,
    pub deff: Option<f64>,
    pub n: Option<f64>,
    pub df: Option<f64>,
    pub count: Option<u64>,
    pub total: Option<f64>,
    pub mean_weight: Option<f64>,
    pub level: f64,
    pub side: String,
    pub lower: f64,
    pub upper: f64,
}

/// Every row of the interval reference file.
pub fn interval_reference() -> Vec<IntervalRow> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/interval_reference.csv");
    let mut rdr = csv::Reader::from_path(path).expect("reference file");
    rdr.deserialize().map(|r| r.expect("row")).collect()
}

/// The reference row of a two-sided proportion interval from counts.
pub fn proportion_reference(method: &str, successes: u64, trials: u64, level: f64) -> IntervalRow {
    interval_reference()
        .into_iter()
        .find(|r| {
            r.family == "proportion"
                && r.method == method
                && r.input == "counts"
                && r.side == "two-sided"
                && r.successes == Some(successes)
                && r.trials == Some(trials)
                && r.level == level
        })
        .unwrap_or_else(|| panic!("no reference for {method} {successes}/{trials} at {level}"))
}

/// One row of `tests/data/survey_reference.csv` (R `survey`, written by
/// `scripts/survey_reference.R`), as column name to text.
pub fn survey_reference(
    dataset: &str,
    design: &str,
    stat: &str,
    var: &str,
    domain: &str,
) -> std::collections::HashMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/survey_reference.csv");
    let mut rdr = csv::Reader::from_path(path).expect("reference file");
    let headers = rdr.headers().unwrap().clone();
    rdr.records()
        .map(|r| r.unwrap())
        .map(|r| {
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect::<std::collections::HashMap<_, _>>()
        })
        .find(|m| {
            m["dataset"] == dataset
                && m["design"] == design
                && m["stat"] == stat
                && m["var"] == var
                && m["domain"] == domain
                && m["method"].is_empty()
        })
        .unwrap_or_else(|| panic!("no R reference for {dataset} {design} {stat} {var}"))
}

/// One row of a CSV, by column name.
pub type Row = std::collections::BTreeMap<String, String>;

/// The rows of a CSV text with a header, each by column name.
pub fn rows_of(text: &str) -> Vec<Row> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// Asserts that two JSON outputs are the same: the same keys in the same
/// order, the same arrays, text equal and numbers within 1e-12 relative.
pub fn same_json(a: &serde_json::Value, b: &serde_json::Value, at: &str) {
    match (a, b) {
        (serde_json::Value::Object(x), serde_json::Value::Object(y)) => {
            assert_eq!(
                x.keys().collect::<Vec<_>>(),
                y.keys().collect::<Vec<_>>(),
                "{at}"
            );
            for (k, v) in x {
                same_json(v, &y[k], &format!("{at}.{k}"));
            }
        }
        (serde_json::Value::Array(x), serde_json::Value::Array(y)) => {
            assert_eq!(x.len(), y.len(), "{at}");
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                same_json(v, w, &format!("{at}[{i}]"));
            }
        }
        (serde_json::Value::Number(x), serde_json::Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            let d = if x == y {
                0.0
            } else {
                (x - y).abs() / y.abs().max(1e-300)
            };
            assert!(d <= 1e-12, "{at}: {x:e} against {y:e}");
        }
        _ => assert_eq!(a, b, "{at}"),
    }
}

/// The verdict a case file names (`reproduced`, `consistent`,
/// `inconsistent`, `unverifiable`): the one whose display name it is.
pub fn verdict_named(name: &str) -> Option<njov::Verdict> {
    use njov::Verdict::{Consistent, Inconsistent, Reproduced, Unverifiable};
    [Reproduced, Consistent, Inconsistent, Unverifiable]
        .into_iter()
        .find(|v| v.to_string() == name)
}
