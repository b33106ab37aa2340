//! The command line: exit codes, messages and output formats.

mod common;

use std::process::{Command, Output};

fn njov(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_njov"))
        .args(args)
        .output()
        .expect("the njov binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn data_verify_passes_on_the_shipped_data() {
    let o = njov(&["data", "verify"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("ok  njov1 1.0.0"));
    let dir = common::data_dir();
    let o = njov(&["data", "verify", dir.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn data_verify_fails_on_a_changed_byte_and_names_the_file() {
    let copy = common::data_copy();
    let path = copy.path().join("njov1/1.0.0/possessors.csv");
    let mut bytes = std::fs::read(&path).unwrap();
    let i = bytes.windows(4).position(|w| w == b"1713").unwrap();
    bytes[i] = b'2';
    std::fs::write(&path, bytes).unwrap();
    let o = njov(&["data", "verify", copy.path().to_str().unwrap()]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("njov1/1.0.0/possessors.csv"), "{err}");
    assert!(err.contains("checksum mismatch"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn reproduce_json_carries_provenance_figures_and_statements() {
    let o = njov(&["reproduce", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let ds = njov::Dataset::latest().unwrap();
    assert_eq!(v["dataset"]["id"], "njov1");
    assert_eq!(v["dataset"]["version"], ds.provenance().version.as_str());
    assert_eq!(v["dataset"]["checksum"], ds.provenance().checksum.as_str());
    let n_figures: usize = v["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["figures"].as_array().unwrap().len())
        .sum();
    assert_eq!(n_figures, ds.figures().len());
    assert_eq!(
        v["statements"].as_array().unwrap().len(),
        ds.statements().len()
    );
}

#[test]
fn every_format_renders_and_output_goes_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["text", "markdown", "json", "csv"] {
        let path = dir.path().join(format!("report.{format}"));
        let o = njov(&[
            "reproduce",
            "--format",
            format,
            "--output",
            path.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        assert!(o.stdout.is_empty());
        let text = std::fs::read_to_string(&path).unwrap();
        let checksum = njov::Dataset::latest()
            .unwrap()
            .provenance()
            .checksum
            .clone();
        assert!(
            text.contains(checksum.as_str()),
            "{format} lacks the checksum"
        );
        assert!(text.contains("arrests.total"), "{format}");
    }
    // CSV: a header and one row per item, each with the provenance.
    let csv_text = std::fs::read_to_string(dir.path().join("report.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "dataset");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert!(rows.iter().all(|r| &r[0] == "njov1"));
}

#[test]
fn bad_arguments_exit_non_zero_with_a_message() {
    for args in [
        &["reproduce", "--format", "pdf"][..],
        &["reproduce", "--data-version", "0.0.1"],
        &["reproduce", "--dataset", "njov9"],
        &["data", "show", "no_such_table"],
        &["data", "verify", "/nonexistent/path"],
    ] {
        let o = njov(args);
        assert!(!o.status.success(), "{args:?}");
        let err = stderr(&o);
        assert!(err.starts_with("njov: "), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn data_show_prints_a_table_verbatim() {
    let o = njov(&["data", "show", "arrest_categories"]);
    assert!(o.status.success());
    let ds = njov::Dataset::latest().unwrap();
    assert_eq!(stdout(&o), ds.text("arrest_categories").unwrap());
}
