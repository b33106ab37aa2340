//! `njov survey --data FILE.sav` (the `spss` feature): SPSS system files of
//! the api cluster sample give the CSV file's estimates, on the streaming and
//! the in-memory path, with value labels usable in `--domain` (by label or
//! by code) and naming `--by` levels, and user-missing values read as
//! missing. The files come from two writers: R's haven (ReadStat), committed
//! with the script that made them (`scripts/spss_fixtures.R`: a bytecode
//! `.sav` and a zlib `.zsav`), and the tests' own minimal writer
//! (`tests/common/sav.rs`: uncompressed and bytecode).
#![cfg(all(feature = "cli", feature = "spss"))]

mod common;

use std::path::Path;

use common::sav::{SavVariable, write_sav};

const API: &str = "tests/data/api/apiclus1.csv";
const REGIONS: [&str; 4] = ["Northeast", "Midwest", "South", "West"];

fn root(path: &str) -> String {
    format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))
}

/// The api cluster sample's rows as text, by column name.
struct Api {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Api {
    fn read() -> Api {
        let mut r = csv::Reader::from_path(root(API)).unwrap();
        let header = r.headers().unwrap().iter().map(str::to_string).collect();
        let rows = r
            .records()
            .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
            .collect();
        Api { header, rows }
    }

    fn col(&self, name: &str) -> Vec<&str> {
        let k = self.header.iter().position(|h| h == name).unwrap();
        self.rows.iter().map(|r| r[k].as_str()).collect()
    }

    fn num(&self, name: &str) -> Vec<f64> {
        self.col(name).iter().map(|v| v.parse().unwrap()).collect()
    }

    /// The code of the region made from the district (as the R script does).
    fn region(&self) -> Vec<f64> {
        self.num("dnum").iter().map(|d| d % 4.0 + 1.0).collect()
    }

    /// Whether a row's api00 is made missing (as the R script does).
    fn blanked(&self) -> Vec<bool> {
        self.num("snum").iter().map(|s| s % 7.0 == 0.0).collect()
    }

    /// The CSV file of the data the SPSS files hold: region as its label,
    /// api00m with an empty cell where the SPSS files hold 9999.
    fn write_csv(&self, path: &Path) {
        let mut w = csv::Writer::from_path(path).unwrap();
        w.write_record([
            "api00", "api99", "pw", "fpc", "dnum", "stype", "region", "api00m", "stypes",
        ])
        .unwrap();
        let (api00, api99, pw, fpc, dnum, stype) = (
            self.col("api00"),
            self.col("api99"),
            self.col("pw"),
            self.col("fpc"),
            self.col("dnum"),
            self.col("stype"),
        );
        let (region, blanked) = (self.region(), self.blanked());
        for i in 0..self.rows.len() {
            let api00m = if blanked[i] { "" } else { api00[i] };
            w.write_record([
                api00[i],
                api99[i],
                pw[i],
                fpc[i],
                dnum[i],
                stype[i],
                REGIONS[region[i] as usize - 1],
                api00m,
                stype[i],
            ])
            .unwrap();
        }
        w.flush().unwrap();
    }

    /// The same variables for the tests' own writer.
    fn variables(&self) -> Vec<SavVariable> {
        let numeric =
            |name: &str, values: Vec<f64>, labels: Vec<(f64, String)>| SavVariable::Numeric {
                name: name.to_string(),
                values: values.into_iter().map(Some).collect(),
                labels,
                missing: Vec::new(),
            };
        let stype_code = |s: &str| match s {
            "E" => 1.0,
            "H" => 2.0,
            _ => 3.0,
        };
        let api00m = self
            .num("api00")
            .iter()
            .zip(self.blanked())
            .map(|(v, b)| Some(if b { 9999.0 } else { *v }))
            .collect();
        vec![
            numeric("api00", self.num("api00"), vec![]),
            numeric("api99", self.num("api99"), vec![]),
            numeric("pw", self.num("pw"), vec![]),
            numeric("fpc", self.num("fpc"), vec![]),
            numeric("dnum", self.num("dnum"), vec![]),
            numeric(
                "stype",
                self.col("stype").iter().map(|s| stype_code(s)).collect(),
                vec![(1.0, "E".into()), (2.0, "H".into()), (3.0, "M".into())],
            ),
            numeric(
                "region",
                self.region(),
                REGIONS
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (i as f64 + 1.0, r.to_string()))
                    .collect(),
            ),
            SavVariable::Numeric {
                name: "api00m".into(),
                values: api00m,
                labels: vec![],
                missing: vec![9999.0],
            },
            SavVariable::Text {
                name: "stypes".into(),
                width: 1,
                values: self.col("stype").iter().map(|s| s.to_string()).collect(),
            },
        ]
    }
}

use common::survey_run as run;

/// The JSON of a run, with `--by` rows in the order of their levels' names
/// (an SPSS file's levels come in the order of their codes, a CSV file's
/// text labels in the order of the text).
fn json(args: &[&str]) -> (serde_json::Value, String) {
    let out = run(args);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{args:?}: {err}");
    let mut value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    if let Some(rows) = value.get_mut("rows").and_then(|r| r.as_array_mut()) {
        rows.sort_by_key(|r| r["level"].as_str().unwrap().to_string());
    }
    (value, err)
}

const DESIGN: [&str; 6] = ["--weights", "pw", "--psu", "dnum", "--fpc", "fpc"];

/// A run's arguments, with its domain as the CSV file names it and as a code.
type Run<'a> = (&'a [&'a str], Option<(&'a str, &'a str)>);

/// Every run on `sav` equals the same run on `csv` (the domain value as the
/// CSV file holds it, and on the SPSS file by label and by code).
fn same_estimates(sav: &str, csv: &str) {
    // (arguments, domain on the CSV file, the same domain by code)
    let runs: [Run<'_>; 7] = [
        (
            &["--var", "api00", "--stat", "mean"],
            Some(("stype=E", "stype=1")),
        ),
        (
            &[
                "--var",
                "api00",
                "--denominator",
                "api99",
                "--stat",
                "ratio",
                "--by",
                "region",
            ],
            None,
        ),
        (
            &["--var", "api00", "--stat", "total", "--by", "stypes"],
            None,
        ),
        (
            &["--var", "api00", "--stat", "total", "--by", "stype"],
            Some(("region=South", "region=3")),
        ),
        (
            &["--var", "api00m", "--stat", "mean", "--na-rm"],
            Some(("region=West", "region=4.0")),
        ),
        (
            &[
                "--var", "api00m", "--stat", "mean", "--na-rm", "--by", "region",
            ],
            None,
        ),
        (
            &["--var", "api00", "--stat", "quantile", "--quantile", "0.5"],
            Some(("stype=H", "stype=2")),
        ),
    ];
    for (run, domain) in runs {
        let with = |data: &str, domain: Option<&str>, more: &[&str]| -> Vec<String> {
            let mut a: Vec<String> = ["--data", data]
                .iter()
                .chain(&DESIGN)
                .chain(run)
                .chain(more)
                .map(|s| s.to_string())
                .collect();
            if let Some(d) = domain {
                a.extend(["--domain".to_string(), d.to_string()]);
            }
            a
        };
        let call = |a: Vec<String>| json(&a.iter().map(String::as_str).collect::<Vec<_>>());
        let at = |what: &str| format!("{sav}: {} {domain:?} {what}", run.join(" "));
        let (expected, _) = call(with(csv, domain.map(|d| d.0), &[]));
        let mut variants: Vec<(Option<&str>, &str)> = vec![(domain.map(|d| d.0), "by label")];
        if let Some((_, by_code)) = domain {
            variants.push((Some(by_code), "by code"));
        }
        for (d, how) in variants {
            let (got, err) = call(with(sav, d, &[]));
            let path = if run.contains(&"quantile") {
                "path: in-memory"
            } else {
                "path: streaming"
            };
            assert!(err.contains(path), "{}: {err}", at(how));
            common::same_json(&got, &expected, &at(how));
            let (in_memory, _) = call(with(sav, d, &["--in-memory"]));
            common::same_json(&in_memory, &expected, &at(&format!("{how} --in-memory")));
        }
    }
}

#[test]
fn files_written_by_r_haven_give_the_csv_files_estimates() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("apiclus1.csv");
    Api::read().write_csv(&csv);
    for sav in [
        "tests/data/spss/apiclus1.sav",
        "tests/data/spss/apiclus1.zsav",
    ] {
        same_estimates(sav, csv.to_str().unwrap());
    }
}

#[test]
fn files_of_the_tests_own_writer_give_the_csv_files_estimates() {
    let dir = tempfile::tempdir().unwrap();
    let api = Api::read();
    let csv = dir.path().join("apiclus1.csv");
    api.write_csv(&csv);
    for compressed in [false, true] {
        let sav = dir.path().join(format!("own-{compressed}.sav"));
        write_sav(&sav, &api.variables(), compressed);
        same_estimates(sav.to_str().unwrap(), csv.to_str().unwrap());
    }
}

#[test]
fn batches_columns_labels_and_missing_values() {
    let sav = root("tests/data/spss/apiclus1.sav");
    let mut sizes = Vec::new();
    let mut present = 0;
    let mut regions = Vec::new();
    let n = njov::survey::read_sav_batches(&sav, &["api00m"], &["region", "stypes"], 50, |df| {
        assert_eq!(df.width(), 3);
        sizes.push(df.height());
        present += njov::survey::column_f64(df, "api00m")?
            .iter()
            .filter(|v| !v.is_nan())
            .count();
        regions.extend(njov::survey::column_text(df, "region")?);
        Ok(())
    })
    .unwrap();
    assert_eq!(n, 183);
    assert_eq!(sizes, [50, 50, 50, 33]);
    let api = Api::read();
    let blanked = api.blanked().iter().filter(|b| **b).count();
    assert!(blanked > 0);
    assert_eq!(present, 183 - blanked);
    // codes as the CSV file of the codes would print them
    let codes: Vec<String> = api.region().iter().map(|r| format!("{r}")).collect();
    assert_eq!(regions, codes);
    let labels = njov::survey::read_sav_value_labels(&sav).unwrap();
    assert_eq!(labels.label("region", "3"), Some("South"));
    assert_eq!(labels.label("stype", "2"), Some("H"));
    assert_eq!(labels.codes("region", "West").unwrap(), ["4"]);
    assert!(labels.of("api00").is_empty());
    // the whole file, as the in-memory path reads it
    let df = njov::survey::read_sav(&sav, &["api00", "pw"], &["stype"]).unwrap();
    assert_eq!((df.height(), df.width()), (183, 3));
}

#[test]
fn refusals_name_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let sav = root("tests/data/spss/apiclus1.sav");
    let err = |args: &[&str]| {
        let out = run(args);
        assert!(!out.status.success(), "{args:?}");
        String::from_utf8_lossy(&out.stderr).to_string()
    };
    // a variable the file lacks, on both paths
    for more in [&[][..], &["--in-memory"]] {
        let e = err(&[&["--data", &sav, "--var", "nope", "--stat", "total"], more].concat());
        assert!(e.contains("nope") && e.contains("region"), "{e}");
    }
    // a string variable as the variable
    let e = err(&["--data", &sav, "--var", "stypes", "--stat", "total"]);
    assert!(e.contains("stypes") && e.contains("numeric"), "{e}");
    // a file that is not an SPSS file
    let bad = dir.path().join("bad.sav");
    std::fs::write(&bad, "api00,pw\n1,2\n").unwrap();
    let e = err(&[
        "--data",
        bad.to_str().unwrap(),
        "--var",
        "api00",
        "--stat",
        "total",
    ]);
    assert!(e.contains("SPSS"), "{e}");
    // a value that is the label of one code and another code itself
    let q = |values: Vec<f64>| SavVariable::Numeric {
        name: "q".into(),
        values: values.into_iter().map(Some).collect(),
        labels: vec![(1.0, "2".into()), (2.0, "two".into())],
        missing: vec![],
    };
    let y = SavVariable::Numeric {
        name: "y".into(),
        values: vec![Some(1.0), Some(2.0), Some(f64::INFINITY)],
        labels: vec![],
        missing: vec![],
    };
    let file = dir.path().join("q.sav");
    write_sav(&file, &[q(vec![1.0, 2.0, 2.0]), y], false);
    let f = file.to_str().unwrap();
    let e = err(&[
        "--data", f, "--var", "q", "--stat", "total", "--domain", "q=2",
    ]);
    assert!(e.contains("q=2") && e.contains("also a code"), "{e}");
    // a value that is not finite, at its row
    let e = err(&["--data", f, "--var", "y", "--stat", "total"]);
    assert!(
        e.contains("line 3") && e.contains("'y'") && e.contains("inf"),
        "{e}"
    );
}
