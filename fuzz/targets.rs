//! The bodies of njov's fuzz targets, one function per target, shared by
//! cargo fuzz (`fuzz/fuzz_targets/<name>.rs`) and by the replay of the committed
//! corpus as an ordinary test (`tests/fuzz_corpus.rs`), so both run the same code.
//!
//! A target passes when it returns: any input gives a value or a typed error.
//! `read_microdata` needs njov's `polars` feature (the fuzz crate's feature of
//! the same name turns it on); the others need none.

/// The claim-sentence reader, `njov::claims::parse_claim`, on arbitrary bytes.
pub fn parse_claim(data: &[u8]) {
    // The reader takes &str; bytes that are not UTF-8 are refused before it, as
    // the CLI's reading of text through std refuses them.
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = njov::claims::parse_claim(text);
    }
}

/// The document scanner, `njov::study::scan_with` against the embedded
/// catalogue (every wave), on arbitrary text, and the annotated page of what
/// it found in every format: any text gives findings (perhaps none), never a
/// panic. The catalogue is built once; it does not depend on the input.
pub fn scan_document(data: &[u8]) {
    static CATALOGUE: std::sync::OnceLock<njov::study::Catalogue> = std::sync::OnceLock::new();
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let catalogue = CATALOGUE
        .get_or_init(|| njov::study::Catalogue::embedded().expect("the embedded catalogue"));
    let scan = njov::study::scan_with(catalogue, text, &[]);
    if let Ok(page) = njov::report::scan_page(&scan, text) {
        for format in [njov::Format::Text, njov::Format::Html, njov::Format::Csv] {
            let _ = njov::report::render_document(&page, format);
        }
    }
}

/// The files of the small valid data folder of the error matrix
/// (`tests/data/errors/base/demo`), which `load_dataset` mutates one at a
/// time. Its manifest's checksums and row counts are filled in by [`seal`].
pub const DEMO: &[(&str, &str)] = &[
    (
        "demo/CHANGELOG.md",
        include_str!("../tests/data/errors/base/demo/CHANGELOG.md"),
    ),
    (
        "demo/1.0.0/MANIFEST.toml",
        include_str!("../tests/data/errors/base/demo/1.0.0/MANIFEST.toml"),
    ),
    (
        "demo/1.0.0/sources.csv",
        include_str!("../tests/data/errors/base/demo/1.0.0/sources.csv"),
    ),
    (
        "demo/1.0.0/counts.csv",
        include_str!("../tests/data/errors/base/demo/1.0.0/counts.csv"),
    ),
    (
        "demo/1.0.0/derived.csv",
        include_str!("../tests/data/errors/base/demo/1.0.0/derived.csv"),
    ),
    (
        "demo/1.0.0/statements.csv",
        include_str!("../tests/data/errors/base/demo/1.0.0/statements.csv"),
    ),
    (
        "demo/1.0.0/assumptions.csv",
        include_str!("../tests/data/errors/base/demo/1.0.0/assumptions.csv"),
    ),
    (
        "demo/1.0.0/aliases.csv",
        include_str!("../tests/data/errors/base/demo/1.0.0/aliases.csv"),
    ),
];

/// The table and manifest loaders: the first byte picks one file of the
/// demo dataset (manifest, changelog, sources, figures, derived, statements,
/// assumptions, aliases), the rest replaces its content; checksums and row
/// counts are then refilled, so the input reaches the parsers and checks
/// rather than stopping at the checksum. A dataset that loads is then read
/// by the alias table, the derived figures and the national estimates.
pub fn load_dataset(data: &[u8]) {
    let Some(files) = demo_files(data) else {
        return;
    };
    let Ok(ds) = njov::Dataset::load_from_files(files, "demo", None) else {
        return;
    };
    let _ = njov::claims::AliasTable::from_dataset(&ds);
    let _ = njov::derive_all(&ds);
    let _ = njov::national_estimates(&ds, &njov::EstimateOptions::default());
}

/// The demo dataset's files with the one the input's first byte picks
/// replaced by the rest of the input, sealed; `None` for an empty input.
pub fn demo_files(data: &[u8]) -> Option<Vec<(String, Vec<u8>)>> {
    let (&selector, content) = data.split_first()?;
    let mut files: Vec<(String, Vec<u8>)> = DEMO
        .iter()
        .map(|(path, text)| (path.to_string(), text.as_bytes().to_vec()))
        .collect();
    let which = usize::from(selector) % files.len();
    files[which].1 = content.to_vec();
    seal(&mut files);
    Some(files)
}

/// Fills in the sha256 and row count of every table of the demo manifest
/// and the manifest's sha256 in the changelog, line by line as
/// `scripts/update_manifest.py` does. A manifest that is not UTF-8 is left
/// as it is.
fn seal(files: &mut [(String, Vec<u8>)]) {
    let get = |files: &[(String, Vec<u8>)], path: &str| {
        files
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, b)| b.clone())
    };
    let Some(manifest) = get(files, "demo/1.0.0/MANIFEST.toml") else {
        return;
    };
    let Ok(text) = String::from_utf8(manifest) else {
        return;
    };
    let mut out = String::new();
    let mut table: Option<Vec<u8>> = None;
    for line in text.split_inclusive('\n') {
        let eol = if line.ends_with('\n') { "\n" } else { "" };
        if let Some(file) = line.trim_end().strip_prefix("file = ") {
            table = get(files, &format!("demo/1.0.0/{}", file.trim_matches('"')));
        }
        match &table {
            Some(bytes) if line.starts_with("rows = ") => {
                let rows = csv::Reader::from_reader(bytes.as_slice())
                    .records()
                    .take_while(Result::is_ok)
                    .count();
                out.push_str(&format!("rows = {rows}{eol}"));
            }
            Some(bytes) if line.starts_with("sha256 = ") => {
                out.push_str(&format!("sha256 = \"{}\"{eol}", sha256_hex(bytes)));
            }
            _ => out.push_str(line),
        }
    }
    let checksum = sha256_hex(out.as_bytes());
    for (path, bytes) in files.iter_mut() {
        if path == "demo/1.0.0/MANIFEST.toml" {
            *bytes = out.clone().into_bytes();
        }
        if path == "demo/CHANGELOG.md"
            && let Ok(log) = std::str::from_utf8(bytes)
        {
            let log: String = log
                .split_inclusive('\n')
                .map(|l| {
                    if l.starts_with("manifest sha256:") {
                        format!("manifest sha256: {checksum}\n")
                    } else {
                        l.to_string()
                    }
                })
                .collect();
            *bytes = log.into_bytes();
        }
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Sentences read with a fuzzed quantifier table: their rules are evaluated.
const SENTENCES: &[&str] = &[
    "Nearly 40% of the cases began online",
    "more than a quarter of the cases",
    "more than 2,500 cases, up 5% from 2,400",
    "the number of cases doubled",
    "one in five cases",
];

/// The quantifier table's reader, `QuantifierTable::from_csv`, on arbitrary
/// text; a table that reads is used to read and judge a few sentences, so
/// that its rules are evaluated.
pub fn quantifier_table(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(table) = njov::claims::QuantifierTable::from_csv(text, "quantifiers.csv") else {
        return;
    };
    let checker = njov::Checker::with_table(table);
    for sentence in SENTENCES {
        let _ = checker.check(
            sentence,
            &njov::Evidence::Share {
                part: 39.0,
                whole: 100.0,
            },
        );
        let _ = checker.check(sentence, &njov::Evidence::Value(2600.0));
    }
}

/// The microdata CSV reader and the design built from it:
/// `survey::read_csv` of a file holding the input after its first byte
/// (columns `y`, `w`, `stratum`, `psu`, `d`), `SurveyDesign::from_frame`
/// with weights, strata and PSUs, then every statistic, in the whole sample
/// and in the domain `d = x`. The first byte picks the lonely-PSU rule,
/// nesting and what to do with missing values.
#[cfg(feature = "polars")]
pub fn read_microdata(data: &[u8]) {
    use njov::survey::{
        DesignColumns, LonelyPsu, Missing, Statistic, SurveyDesign, column_f64, mask_equals,
        read_csv,
    };
    use std::io::Write;
    let Some((&options, bytes)) = data.split_first() else {
        return;
    };
    let Ok(mut file) = tempfile::NamedTempFile::new() else {
        return;
    };
    if file.write_all(bytes).and_then(|()| file.flush()).is_err() {
        return;
    }
    let Ok(df) = read_csv(file.path(), &["y", "w"], &["stratum", "psu", "d"]) else {
        return;
    };
    let rules = [
        LonelyPsu::Fail,
        LonelyPsu::Remove,
        LonelyPsu::Certainty,
        LonelyPsu::Adjust,
        LonelyPsu::Average,
    ];
    let columns = DesignColumns {
        weights: Some("w".into()),
        strata: Some("stratum".into()),
        psu: Some("psu".into()),
        nest: options & 8 != 0,
        lonely_psu: rules[usize::from(options) % rules.len()],
        ..DesignColumns::default()
    };
    let missing = if options & 16 != 0 {
        Missing::Exclude
    } else {
        Missing::Refuse
    };
    let Ok(design) = SurveyDesign::from_frame(&df, &columns) else {
        return;
    };
    let Ok(y) = column_f64(&df, "y") else {
        return;
    };
    for stat in [Statistic::Total, Statistic::Mean, Statistic::Proportion] {
        if let Ok(e) = design.estimate(stat, &y, missing) {
            let _ = e.t_interval(0.95);
        }
    }
    if let Ok(mask) = mask_equals(&df, "d", "x")
        && let Ok(domain) = design.domain(&mask)
        && let Ok(e) = domain.estimate(Statistic::Mean, &y, missing)
    {
        let _ = e.t_interval(0.95);
    }
}

/// A target's body.
pub type Target = fn(&[u8]);

/// Every target by name: the replay test runs the files of `fuzz/corpus/<name>/`
/// through the function named here, and fails on a corpus folder without one
/// (except a target of [`NEEDS_POLARS`] when polars is off).
pub const TARGETS: &[(&str, Target)] = &[
    ("parse_claim", parse_claim),
    ("load_dataset", load_dataset),
    ("quantifier_table", quantifier_table),
    ("scan_document", scan_document),
    #[cfg(feature = "polars")]
    ("read_microdata", read_microdata),
];

/// The targets that exist only with the `polars` feature.
pub const NEEDS_POLARS: &[&str] = &["read_microdata"];
