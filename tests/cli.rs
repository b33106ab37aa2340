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

/// Every key of a JSON contract is present.
fn assert_keys(v: &serde_json::Value, keys: &[&str]) {
    for key in keys {
        assert!(v.get(key).is_some(), "missing {key} in {v}");
    }
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
    let claims = v["claims"].as_array().unwrap();
    for s in ds.statements() {
        assert!(
            claims.iter().any(|c| c["id"] == s.id.as_str()),
            "{} not judged",
            s.id
        );
    }
    let period = claims.iter().find(|c| c["id"] == "release.period").unwrap();
    assert_eq!(period["verdict"], "inconsistent");
}

#[test]
fn every_format_renders_and_output_goes_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["text", "markdown", "json", "csv", "html"] {
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

#[test]
fn claims_json_has_the_contract_keys_and_provenance() {
    let o = njov(&["claims", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let items = v.as_array().unwrap();
    assert!(items.len() >= njov::Dataset::latest().unwrap().statements().len());
    for item in items {
        assert_keys(
            item,
            &["id", "source", "quote", "verdict", "computed", "accepted"],
        );
        // Every dataset's statements, each with its own provenance.
        assert!(
            ["njov1", "njov_trends"].contains(&item["dataset"]["id"].as_str().unwrap()),
            "{item}"
        );
    }
    for format in ["text", "markdown", "csv"] {
        let o = njov(&["claims", "--format", format]);
        assert!(o.status.success(), "{format}");
        assert!(stdout(&o).contains("release.period"), "{format}");
    }
}

#[test]
fn check_prints_the_contract_keys() {
    let o = njov(&[
        "check",
        "Slightly more than one-third of the arrests",
        "--part",
        "935",
        "--whole",
        "2577",
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["verdict"], "consistent");
    assert_eq!(v["kind"], "share");
    assert!((v["computed"].as_f64().unwrap() - 100.0 * 935.0 / 2577.0).abs() < 1e-9);
    assert_eq!(v["accepted"].as_array().unwrap().len(), 2);
}

#[test]
fn check_flags_a_ratio_printed_as_a_percent_increase() {
    // 2.72 times is a 172% increase; printing it as "272% increase" is the
    // named error pattern.
    let o = njov(&[
        "check",
        "arrests rose by 272 percent",
        "--from",
        "100",
        "--to",
        "272",
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["verdict"], "inconsistent");
    assert!(v["pattern"].to_string().contains("ratio"), "{v}");
}

#[test]
fn check_answers_unreadable_text_and_rejects_missing_evidence() {
    // A sentence with nothing to judge is an answer, not an error (issue 10).
    let o = njov(&[
        "check",
        "nearly a gazillion arrests",
        "--value",
        "3",
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["verdict"], "unverifiable");
    assert!(v["reason"].as_str().unwrap().contains("nearly a"), "{v}");
    // No evidence at all: the sentence is judged against every dataset
    // (issue 17), and an answer is given.
    let o = njov(&["check", "Nearly 40% of arrests", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(v["verdict"].is_string(), "{v}");
    // Half the evidence is a wrong argument: exit 2, and JSON on stdout too.
    let o = njov(&["check", "Nearly 40%", "--part", "1"]);
    assert_eq!(o.status.code(), Some(2));
    let o = njov(&[
        "check",
        "Nearly 40%",
        "--part",
        "3",
        "--whole",
        "2",
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(
        v["error"]["message"].as_str().unwrap().contains("share"),
        "{v}"
    );
    // A wrong word is refused before anything is computed, in the asked format.
    let o = njov(&["check", "Nearly 40%", "--value", "39", "--format", "yaml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("njov: "), "{}", stderr(&o));
}

#[test]
fn check_input_judges_every_row_and_names_bad_rows() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("claims.csv");
    std::fs::write(
        &input,
        "text,part,whole,value,from,to\n\
         Nearly 40% of arrested offenders,998,2577,,,\n\
         \"a 381 percent increase\",,,,644,3100\n\
         many offenders,,,3,,\n",
    )
    .unwrap();
    let o = njov(&[
        "check",
        "--input",
        input.to_str().unwrap(),
        "--batch-format",
        "jsonl",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["verdict"], "consistent");
    assert_eq!(lines[0]["line"], 2);
    assert_eq!(lines[1]["verdict"], "reproduced");
    assert_eq!(lines[2]["verdict"], "unverifiable");
    // A row with wrong evidence gets its error, the others their verdicts, exit 2.
    std::fs::write(
        &input,
        "text,part,whole\nNearly 40%,3,2\nNearly 40%,39,100\n",
    )
    .unwrap();
    let o = njov(&["check", "--input", input.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let text = stdout(&o);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 2);
    assert!(!rows[0][9].is_empty(), "the error column names the problem");
    assert_eq!(&rows[1][2], "consistent");
    assert!(stderr(&o).contains("line 2"), "{}", stderr(&o));
}

#[test]
fn scan_finds_every_statement_of_the_press_release() {
    let release =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/njov1/1.0.0/ncmec2003.txt");
    let o = njov(&["scan", release.to_str().unwrap(), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let findings = v["findings"].as_array().unwrap();
    let ds = njov::Dataset::latest().unwrap();
    let ledger = njov::study::judge_ledger(&ds, None);
    for s in ds.statements().iter().filter(|s| s.measures.is_some()) {
        let e = ledger.iter().find(|e| e.claim.id == s.id).unwrap();
        let f = findings
            .iter()
            // Named by its trends id when the trends dataset holds it too,
            // with the njov1 id beside it.
            .find(|f| {
                let id = s.measures.as_deref().unwrap();
                f["figure"] == id || f["same_as"] == id
            })
            .unwrap_or_else(|| panic!("{} not found", s.id));
        assert_eq!(f["verdict"], e.judgement.verdict.to_string(), "{}", s.id);
    }
}

#[test]
fn plot_writes_an_svg_with_every_share() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forest.svg");
    let o = njov(&["plot", "--output", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let svg = std::fs::read_to_string(&path).unwrap();
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
    let report = njov::Report::build(&njov::Dataset::latest().unwrap()).unwrap();
    let ds = njov::Dataset::latest().unwrap();
    for e in report
        .estimates
        .iter()
        .filter(|e| e.id.kind == njov::study::EstimateKind::Share)
    {
        // Rows are labelled with the figure's name (its first words), not its id.
        let id = e.id.figure.as_str();
        let name = ds.label(id).unwrap();
        let start: String = name.chars().take(30).collect();
        assert!(svg.contains(&start), "{id}: '{start}' missing");
        assert!(!svg.contains(&format!(">{id}<")), "{id} labels a row");
    }
    for deff in ["deff 1", "deff 1.5", "deff 2", "deff 3"] {
        assert!(svg.contains(deff), "{deff} missing from the legend");
    }
}

#[test]
fn reproduce_json_estimates_have_the_contract_keys() {
    let o = njov(&[
        "reproduce",
        "--format",
        "json",
        "--deff",
        "1.5",
        "--method",
        "wilson",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let estimates = v["estimates"].as_array().unwrap();
    assert!(estimates.len() > 20);
    for e in estimates {
        for key in [
            "id",
            "label",
            "estimate",
            "lower",
            "upper",
            "method",
            "assumptions",
        ] {
            assert!(e.get(key).is_some(), "missing {key} in {e}");
        }
    }
    assert_eq!(v["model"]["deff1"], 1.5);
    let share = estimates
        .iter()
        .find(|e| e["id"] == "share:arrests.cp_only")
        .unwrap();
    assert_eq!(share["method"], "wilson");
}

/// `--na-rm` is R's `na.rm = TRUE`; without it a missing value is an error
/// naming its row and the count.
#[test]
fn survey_na_rm_matches_r_and_missing_values_are_refused_without_it() {
    let data =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/na/apistrat_na.csv");
    let data = data.to_str().unwrap();
    let args = [
        "survey",
        "--data",
        data,
        "--var",
        "api00",
        "--weights",
        "pw",
        "--strata",
        "stype",
        "--fpc",
        "fpc",
        "--stat",
        "total",
        "--format",
        "json",
    ];
    let o = njov(&args);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("20 missing values"), "{}", stderr(&o));
    let mut with = args.to_vec();
    with.push("--na-rm");
    let o = njov(&with);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    // R 4.2, survey 4.1-1: svytotal(~api00, design, na.rm = TRUE), with
    // confint(df = degf(design)); tests/data/survey_na_reference.csv.
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/survey_na_reference.csv"),
    )
    .unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let row = reader
        .records()
        .map(|r| r.unwrap())
        .find(|r| {
            let get = |k: &str| &r[headers.iter().position(|h| h == k).unwrap()];
            get("dataset") == "apistrat_na"
                && get("design") == "strat_fpc"
                && get("form") == "na.rm"
                && get("stat") == "total"
                && get("var") == "api00"
                && get("domain").is_empty()
        })
        .unwrap();
    for key in ["estimate", "se", "df", "deff", "lower", "upper"] {
        let r: f64 = row[headers.iter().position(|h| h == key).unwrap()]
            .parse()
            .unwrap();
        let ours = v[key].as_f64().unwrap();
        assert!((ours - r).abs() <= 1e-9 * r.abs(), "{key}: {ours} vs R {r}");
    }
}

#[test]
fn survey_prints_the_contract_keys_and_rejects_bad_designs() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/api/apistrat.csv");
    let data = data.to_str().unwrap();
    let o = njov(&[
        "survey",
        "--data",
        data,
        "--var",
        "api00",
        "--weights",
        "pw",
        "--strata",
        "stype",
        "--fpc",
        "fpc",
        "--stat",
        "mean",
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_keys(
        &v,
        &["stat", "estimate", "se", "lower", "upper", "df", "deff"],
    );
    // R: svymean(~api00, svydesign(id=~1, strata=~stype, weights=~pw, fpc=~fpc, data=apistrat)).
    let r = common::survey_reference("apistrat", "strat_fpc", "mean", "api00", "");
    for key in ["estimate", "se", "df", "deff"] {
        let reference: f64 = r[key].parse().unwrap();
        let ours = v[key].as_f64().unwrap();
        assert!(
            (ours - reference).abs() <= 1e-9 * reference.abs(),
            "{key}: {ours} vs R {reference}"
        );
    }
    for bad in [
        &["--var", "no_such_column", "--stat", "mean"][..],
        &["--var", "api00", "--stat", "median"],
        &[
            "--var",
            "api00",
            "--stat",
            "mean",
            "--lonely-psu",
            "sometimes",
        ],
        &["--var", "api00", "--stat", "mean", "--weights", "stype"],
        &["--var", "api00", "--stat", "mean", "--domain", "stype"],
        &["--var", "api00", "--stat", "mean", "--method", "beta"],
        &["--var", "api00", "--stat", "ratio"],
    ] {
        let mut args = vec!["survey", "--data", data];
        args.extend_from_slice(bad);
        let o = njov(&args);
        assert!(!o.status.success(), "{bad:?}");
        assert!(stderr(&o).starts_with("njov: "), "{bad:?}: {}", stderr(&o));
    }
}

#[test]
fn ci_prints_the_contract_keys() {
    let o = njov(&[
        "ci",
        "--successes",
        "5",
        "--trials",
        "10",
        "--method",
        "wilson",
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let reference = common::proportion_reference("wilson", 5, 10, 0.95);
    assert!((v["lower"].as_f64().unwrap() - reference.lower).abs() <= 1e-13 * reference.lower);
    assert!((v["upper"].as_f64().unwrap() - reference.upper).abs() <= 1e-13 * reference.upper);
    assert_keys(&v, &["method", "level", "estimate", "lower", "upper"]);
    assert_eq!(v["method"], "wilson");
    assert_eq!(v["level"], 0.95);
    assert!(v.get("n_eff").is_none());
    let o = njov(&[
        "ci",
        "--successes",
        "30",
        "--trials",
        "129",
        "--deff",
        "2",
        "--df",
        "40",
        "--method",
        "korn-graubard",
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_keys(&v, &["n_eff", "df"]);
}

#[test]
fn ci_batch_writes_one_interval_per_row_and_names_bad_lines() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.csv");
    std::fs::write(
        &input,
        "successes,trials,n_eff\n5,10,\n0,129,64.5\n612,612,\n",
    )
    .unwrap();
    let output = dir.path().join("out.csv");
    let o = njov(&[
        "ci",
        "--input",
        input.to_str().unwrap(),
        "--output",
        output.to_str().unwrap(),
        "--method",
        "clopper-pearson",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&output).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 3);
    let reference = common::proportion_reference("clopper-pearson", 5, 10, 0.95);
    let lower: f64 = rows[0][7].parse().unwrap();
    assert!((lower - reference.lower).abs() <= 1e-13 * reference.lower);
    assert_eq!(&rows[1][2], "64.5");
    std::fs::write(&input, "successes,trials\n3,10\n11,10\n").unwrap();
    let o = njov(&["ci", "--input", input.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("line 3"), "{}", stderr(&o));
    for bad in [
        &["ci", "--successes", "3", "--trials", "0"][..],
        &["ci", "--successes", "3", "--trials", "10", "--level", "1"],
        &["ci", "--successes", "3", "--trials", "10", "--df", "0"],
        &[
            "ci",
            "--successes",
            "3",
            "--trials",
            "10",
            "--method",
            "bogus",
        ],
    ] {
        let o = njov(bad);
        assert!(!o.status.success(), "{bad:?}");
        assert!(stderr(&o).starts_with("njov: "), "{bad:?}");
    }
}

#[test]
fn trend_prints_the_change_with_intervals_in_every_format() {
    let from = "w2000.undercover_solicitation";
    let to = "w2006.undercover_solicitation";
    let ds = njov::Dataset::load("njov_trends", None).unwrap();
    // JSON: the contract keys, the dataset, and the numbers the library computes.
    let o = njov(&["trend", from, to, "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["dataset"]["checksum"], ds.provenance().checksum.as_str());
    assert_keys(
        &v["trend"],
        &[
            "id",
            "measure",
            "definition",
            "from",
            "to",
            "change",
            "grid",
            "assumed",
        ],
    );
    let t = njov::study::trend_between(&ds, from, to, &njov::study::EstimateOptions::default())
        .unwrap();
    let c = t.change.count().unwrap();
    assert_eq!(v["trend"]["change"]["kind"], "count");
    assert_eq!(
        v["trend"]["change"]["percent_change"]["lower"].as_f64(),
        Some(c.percent_change.lower)
    );
    assert_eq!(v["trend"]["grid"].as_array().unwrap().len(), 4);
    assert!(v["assumptions"].as_array().unwrap().len() >= 5);
    // --deff and --level reach the interval.
    let o = njov(&[
        "trend", from, to, "--deff", "3", "--level", "0.9", "--format", "json",
    ]);
    let v3: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let width = |v: &serde_json::Value| {
        let p = &v["trend"]["change"]["percent_change"];
        p["upper"].as_f64().unwrap() - p["lower"].as_f64().unwrap()
    };
    assert_ne!(width(&v3), width(&v));
    assert_eq!(v3["trend"]["deff"], 3.0);
    // Text, Markdown and CSV carry the statistics and the provenance.
    for format in ["text", "markdown", "csv"] {
        let o = njov(&["trend", from, to, "--format", format]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        let out = stdout(&o);
        assert!(out.contains(&ds.provenance().checksum), "{format}");
        assert!(
            out.contains("ratio") && out.contains("difference"),
            "{format}"
        );
    }
    let o = njov(&["trend", from, to, "--format", "csv"]);
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(o.stdout.as_slice())
        .records()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(
        rows.len(),
        3 * 5,
        "three statistics at the model and four grid points"
    );
    // A share's change, in points.
    let o = njov(&[
        "trend",
        "w2000.federal",
        "w2006.federal",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["trend"]["change"]["kind"], "share");
    assert_eq!(v["trend"]["change"]["direction"], "decrease");
}

#[test]
fn trend_refuses_two_definitions_naming_both() {
    let ds = njov::Dataset::load("njov_trends", None).unwrap();
    let o = njov(&[
        "trend",
        "w2000.undercover_solicitation",
        "w2006.undercover_operations",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    for m in ["undercover_solicitation", "undercover_operations"] {
        let definition = &ds.measure(m).unwrap().definition;
        assert!(
            err.contains(definition.as_str()),
            "{err}\nlacks {definition}"
        );
    }
    assert!(o.stdout.is_empty());
    // As JSON too, and for an unknown figure and a measure without a model.
    let o = njov(&[
        "trend",
        "w2006.undercover_operations",
        "w2000.undercover_solicitation",
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["error"]["kind"], "InvalidArgument");
    let o = njov(&["trend", "w2000.total", "w2006.totl"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("w2006.totl"));
    let o = njov(&["trend", "w2000.interviews", "w2006.interviews"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("sample design"), "{}", stderr(&o));
    let o = njov(&["trend", "w2000.total", "w2006.total", "--dataset", "njov1"]);
    assert!(!o.status.success());
}

#[test]
fn claims_of_the_trends_dataset_judge_every_section_7b_statement() {
    let ds = njov::Dataset::load("njov_trends", None).unwrap();
    let o = njov(&["claims", "--dataset", "njov_trends", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let items = v.as_array().unwrap();
    for s in ds.statements() {
        let item = items.iter().find(|i| i["id"] == s.id.as_str()).unwrap();
        assert_eq!(item["kind"], "change", "{}", s.id);
        // Only "up >200%" waits for the grammar to read '>' (see tests/trend_data.rs).
        if s.id != "slides.cp_only_up_200" {
            assert_ne!(
                item["verdict"], "unverifiable",
                "{}: {}",
                s.id, item["reason"]
            );
            assert_eq!(
                item["model_interval"].as_array().unwrap().len(),
                2,
                "{}",
                s.id
            );
        }
    }
    let total = items
        .iter()
        .find(|i| i["id"] == "slides.total_272")
        .unwrap();
    assert_eq!(total["verdict"], "inconsistent");
    assert_eq!(total["pattern"]["pattern"], "ratio_as_percent_increase");
    // The text opens with the summary.
    let o = njov(&["claims", "--dataset", "njov_trends"]);
    let text = stdout(&o);
    assert!(text.find("== Summary ==").unwrap() < text.find("slides.total_272").unwrap());
}

#[test]
fn reproduce_html_is_one_page_with_no_external_reference() {
    let dir = tempfile::tempdir().unwrap();
    for dataset in ["njov1", "njov_trends"] {
        let path = dir.path().join(format!("{dataset}.html"));
        let o = njov(&[
            "reproduce",
            "--dataset",
            dataset,
            "--format",
            "html",
            "--output",
            path.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        let html = std::fs::read_to_string(&path).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
        // Nothing to fetch: no script, no stylesheet or image by address.
        for bad in [
            "<script", "<link", "<img", "<iframe", "src=", "url(", "@import",
        ] {
            assert!(!html.contains(bad), "{dataset}: {bad}");
        }
        assert!(!html.contains("href=\"http"), "{dataset}");
        assert!(html.contains("name=\"viewport\""));
        // Summary first; the figures inline.
        let summary = html.find("id=\"summary\"").unwrap();
        assert!(summary < html.find("id=\"tables\"").unwrap());
        let figure = if dataset == "njov1" {
            "id=\"forest-plot\""
        } else {
            "id=\"trends-figure\""
        };
        assert!(html.contains(figure), "{dataset}: {figure}");
        // No temporary file is left beside the output (written atomically).
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert!(names.iter().all(|e| {
            !e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        }));
    }
}

#[test]
fn plot_draws_the_trends_figure_of_a_dataset_with_waves() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("trends.svg");
    let path = path.to_str().unwrap();
    for layout in ["wide", "narrow"] {
        let o = njov(&[
            "plot",
            "--figure",
            "trends",
            "--layout",
            layout,
            "--dataset",
            "njov_trends",
            "--output",
            path,
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        let svg = std::fs::read_to_string(path).unwrap();
        assert!(svg.contains("solicitations of undercover investigators, 2000 → 2006"));
        assert!(svg.contains("percent change") && svg.contains("percentage points"));
    }
    // The wave-1 dataset has no waves: refused with the reason.
    let o = njov(&["plot", "--figure", "trends", "--output", path]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("njov_trends"), "{}", stderr(&o));
}

/// With no `--dataset`, `njov scan` reads every dataset: a 2009 trends text
/// has its growth statements judged against the changes between waves, and
/// each level against its own wave's figure.
#[test]
fn scan_judges_a_trends_text_against_the_trends_figures_with_no_dataset() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("trends.txt");
    std::fs::write(
        &path,
        "Arrests of online predators grew a comparatively modest 21 percent, from an estimated \
         508 arrests in 2000 to an estimated 615 in 2006. Solicitations of undercover \
         investigators nearly quintupled from 644 in 2000 to 3,100 in 2006. That is a \
         381 percent increase over 2000.",
    )
    .unwrap();
    let o = njov(&["scan", path.to_str().unwrap(), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let figures: Vec<(&str, &str)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["figure"].as_str().unwrap_or("-"),
                f["verdict"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        figures,
        [
            // (Each pair of levels, `from 508 ... to 615`, states the
            // change too, after its first level.)
            ("w2000.online_meeting->w2006.online_meeting", "reproduced"),
            ("w2000.online_meeting", "reproduced"),
            ("w2000.online_meeting->w2006.online_meeting", "reproduced"),
            ("w2006.online_meeting", "reproduced"),
            (
                "w2000.undercover_solicitation->w2006.undercover_solicitation",
                "reproduced"
            ),
            ("w2000.undercover_solicitation", "reproduced"),
            (
                "w2000.undercover_solicitation->w2006.undercover_solicitation",
                "reproduced"
            ),
            ("w2006.undercover_solicitation", "reproduced"),
            (
                "w2000.undercover_solicitation->w2006.undercover_solicitation",
                "reproduced"
            ),
        ]
    );
    let datasets: Vec<&str> = v["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(datasets, ["njov1", "njov_trends"]);
    // Narrowed to wave 1 only, the 2006 numbers have no figure to be judged
    // against, and none is called wrong.
    let o = njov(&[
        "scan",
        path.to_str().unwrap(),
        "--dataset",
        "njov1",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["verdict"] != "inconsistent"),
        "{v}"
    );
}

/// `njov check SENTENCE` with no evidence judges the sentence against every
/// dataset, as a scan would; a wrong multiple is named.
#[test]
fn check_with_no_evidence_judges_against_every_dataset() {
    let o = njov(&[
        "check",
        "Total arrests rose 272% from 2000 to 2006.",
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["verdict"], "inconsistent");
    assert_eq!(v["figure"], "w2000.total->w2006.total");
    assert_eq!(
        v["findings"][0]["pattern"]["pattern"],
        "ratio_as_percent_increase"
    );
}

/// `njov claims` with no `--dataset` judges every dataset's statements.
#[test]
fn claims_reads_every_dataset_by_default() {
    let o = njov(&["claims", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"release.total") && ids.contains(&"trends2009.undercover_381"));
    let o = njov(&["claims", "--format", "html"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn data_new_writes_a_template_that_verifies_and_errors_say_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_str().unwrap();
    let o = njov(&["data", "new", "my_survey", "--data-dir", root]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("my_survey 0.1.0"), "{}", stdout(&o));
    let o = njov(&["data", "verify", root]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("ok  my_survey 0.1.0"));
    let o = njov(&["reproduce", "--data-dir", root, "--dataset", "my_survey"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("share:cases.online"),
        "the template's share is recomputed"
    );
    // Twice is refused: a template never overwrites.
    let o = njov(&["data", "new", "my_survey", "--data-dir", root]);
    assert_eq!(o.status.code(), Some(2));
    // The dataset's own folder given for --data-dir: the message says to give its parent.
    let own = dir.path().join("my_survey");
    let o = njov(&[
        "reproduce",
        "--data-dir",
        own.to_str().unwrap(),
        "--dataset",
        "my_survey",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("give --data-dir the folder that holds the datasets' folders"),
        "{}",
        stderr(&o)
    );
    // A changed file of a version not released: record it, not "never edited".
    let figures = own.join("0.1.0/figures.csv");
    let mut text = std::fs::read_to_string(&figures).unwrap();
    text.push_str("cases.more,more cases,5,cases,,,,example,printed,\n");
    std::fs::write(&figures, text).unwrap();
    let o = njov(&["data", "verify", root]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("the version is not released yet"), "{err}");
    assert!(!err.contains("never edited"), "{err}");
}
