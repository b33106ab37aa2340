//! `njov survey --data FILE.parquet` (the `parquet` feature): a Parquet file
//! the test writes from a CSV reference file, in row groups of 50 rows,
//! gives the CSV file's estimates, on the streaming and the in-memory path.
#![cfg(all(feature = "cli", feature = "parquet"))]

mod common;

use polars_io::prelude::ParquetWriter;

/// Writes the CSV file's columns (as `read_csv` types them) as Parquet.
fn parquet_of(csv: &str, numeric: &[&str], labels: &[&str], dir: &std::path::Path) -> String {
    let path = format!("{}/{csv}", env!("CARGO_MANIFEST_DIR"));
    let mut df = njov::survey::read_csv(&path, numeric, labels).unwrap();
    let out = dir.join("data.parquet");
    let file = std::fs::File::create(&out).unwrap();
    ParquetWriter::new(file)
        .with_row_group_size(Some(50))
        .finish(&mut df)
        .unwrap();
    out.to_str().unwrap().to_string()
}

use common::survey_json as json;

#[test]
fn parquet_gives_the_csv_files_estimates() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "tests/data/api/apiclus1.csv";
    let parquet = parquet_of(
        csv,
        &["api00", "api99", "pw", "fpc"],
        &["dnum", "stype"],
        dir.path(),
    );
    // the file has several row groups, read one at a time
    let mut batches = Vec::new();
    let n = njov::survey::read_parquet_batches(&parquet, &["api00", "dnum"], |df| {
        assert_eq!(df.width(), 2);
        batches.push(df.height());
        Ok(())
    })
    .unwrap();
    assert_eq!(n, 183);
    assert_eq!(batches, [50, 50, 50, 33]);

    let design = ["--weights", "pw", "--psu", "dnum", "--fpc", "fpc"];
    let runs: [&[&str]; 3] = [
        &["--var", "api00", "--stat", "mean", "--domain", "stype=E"],
        &[
            "--var",
            "api00",
            "--denominator",
            "api99",
            "--stat",
            "ratio",
            "--by",
            "stype",
        ],
        &["--var", "api00", "--stat", "quantile", "--quantile", "0.5"],
    ];
    for run in runs {
        let args = |data: &str| -> Vec<String> {
            ["--data", data]
                .iter()
                .chain(&design)
                .chain(run)
                .map(|s| s.to_string())
                .collect()
        };
        let (from_csv, _) = json(&args(csv).iter().map(String::as_str).collect::<Vec<_>>());
        let pq = args(&parquet);
        let pq: Vec<&str> = pq.iter().map(String::as_str).collect();
        let (from_parquet, err) = json(&pq);
        let path = if run.contains(&"quantile") {
            "path: in-memory"
        } else {
            "path: streaming"
        };
        assert!(err.contains(path), "{err}");
        common::same_json(&from_parquet, &from_csv, &run.join(" "));
        // and the in-memory path on the Parquet file
        let (in_memory, _) = json(&[&pq[..], &["--in-memory"]].concat());
        common::same_json(
            &in_memory,
            &from_csv,
            &format!("{} --in-memory", run.join(" ")),
        );
    }
}
