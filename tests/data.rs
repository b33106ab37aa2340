//! The versioned data: checksums, immutability, and a typed error for every
//! kind of bad data.

mod common;

use common::{data_copy, data_dir, edit_and_rehash};
use njov::data::{FigureValue, Status, embedded_catalog, verify};
use njov::{Dataset, ErrorKind};

fn load(root: &std::path::Path) -> njov::Result<Dataset> {
    Dataset::load_from_dir(root, "njov1", None)
}

/// Loads njov1 1.0.0 from a copy: the version `edit_and_rehash` edits
/// (1.1.0, the newest, adds only the alias table).
fn load_edited(root: &std::path::Path) -> njov::Result<Dataset> {
    Dataset::load_from_dir(root, "njov1", Some("1.0.0"))
}

/// The data error's file, line, column and message.
fn data_error(err: &njov::Error) -> (String, Option<u64>, Option<String>, String) {
    match err.kind() {
        ErrorKind::Data { location, message } => (
            location.file.clone(),
            location.line,
            location.column.clone(),
            message.clone(),
        ),
        other => panic!("expected a data error, got {other:?}"),
    }
}

#[test]
fn shipped_data_verifies_on_disk_and_embedded() {
    let on_disk = verify(Some(&data_dir())).unwrap();
    let embedded = verify(None).unwrap();
    assert_eq!(on_disk, embedded);
    assert!(on_disk.versions.iter().any(|p| p.id == "njov1"));
}

#[test]
fn every_data_file_is_embedded() {
    // The embedded list is generated; a file added to data/ without
    // regenerating it would ship on disk but not in the library.
    let listing = include_str!("../data/embedded.rs");
    let mut stack = vec![data_dir()];
    let mut n = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path
                .strip_prefix(data_dir())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if rel == "embedded.rs" {
                continue; // the listing itself
            }
            assert!(
                listing.contains(&format!("(\"{rel}\", include_str!(\"{rel}\"))")),
                "{rel} is not in data/embedded.rs (run scripts/update_manifest.py)"
            );
            n += 1;
        }
    }
    assert!(n >= 12);
}

#[test]
fn embedded_and_disk_copies_agree() {
    let a = Dataset::latest().unwrap();
    let b = load(&data_dir()).unwrap();
    assert_eq!(a.provenance(), b.provenance());
    assert_eq!(a.figures(), b.figures());
}

#[test]
fn a_changed_byte_is_caught_with_both_checksums() {
    let copy = data_copy();
    let path = copy.path().join("njov1/1.0.0/arrest_categories.csv");
    let mut bytes = std::fs::read(&path).unwrap();
    let i = bytes.windows(4).position(|w| w == b"2577").unwrap();
    bytes[i + 3] = b'8'; // 2577 -> 2578
    std::fs::write(&path, &bytes).unwrap();
    let err = verify(Some(copy.path())).unwrap_err();
    match err.kind() {
        ErrorKind::Checksum {
            file,
            expected,
            actual,
            released,
            ..
        } => {
            assert_eq!(file, "njov1/1.0.0/arrest_categories.csv");
            assert!(released, "njov1 1.0.0 is released");
            assert_eq!(expected.len(), 64);
            assert_eq!(actual, &common::sha256_hex(&bytes));
            assert_ne!(expected, actual);
        }
        other => panic!("expected a checksum error, got {other:?}"),
    }
    assert!(err.to_string().contains("arrest_categories.csv"));
}

#[test]
fn an_edited_manifest_is_caught_by_the_changelog() {
    let copy = data_copy();
    let path = copy.path().join("njov1/1.0.0/MANIFEST.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen("First", "first", 1)
            .replacen("title = \"N-JOV", "title = \"NJOV", 1),
    )
    .unwrap();
    let err = load_edited(copy.path()).unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::Checksum { file, .. } if file == "njov1/1.0.0/MANIFEST.toml"),
        "{err}"
    );
}

#[test]
fn a_file_no_manifest_lists_is_reported() {
    let copy = data_copy();
    std::fs::write(copy.path().join("njov1/1.0.0/extra.csv"), "a,b\n").unwrap();
    let err = verify(Some(copy.path())).unwrap_err();
    let (file, _, _, message) = data_error(&err);
    assert_eq!(file, "njov1/1.0.0/extra.csv");
    assert!(message.contains("not listed"));
}

#[test]
fn unknown_version_and_dataset_are_typed_errors() {
    let err = Dataset::load("njov1", Some("2.0.0")).unwrap_err();
    match err.kind() {
        ErrorKind::UnknownVersion {
            version, available, ..
        } => {
            assert_eq!(version, "2.0.0");
            assert!(available.contains(&"1.0.0".to_string()));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        Dataset::load("njov9", None).unwrap_err().kind(),
        ErrorKind::UnknownDataset { .. }
    ));
}

#[test]
fn newest_version_is_the_default_and_any_can_be_named() {
    let catalog = embedded_catalog();
    let versions = &catalog.datasets["njov1"];
    let newest = Dataset::load("njov1", None).unwrap();
    assert_eq!(&newest.provenance().version, versions.last().unwrap());
    for v in versions {
        assert_eq!(
            &Dataset::load("njov1", Some(v))
                .unwrap()
                .provenance()
                .version,
            v
        );
    }
}

/// A bad-data case, see below.
type BadCase = (
    &'static str,
    &'static str,
    &'static str,
    Option<u64>,
    &'static str,
    &'static str,
);

/// Each bad-data case: (file, text to replace, replacement, expected line,
/// expected column, words the message must contain).
#[test]
fn every_kind_of_bad_data_names_file_line_and_column() {
    let cases: &[BadCase] = &[
        (
            "arrest_categories.csv",
            "id,quantity,value,unit,numerator,base,wording,source,status,note",
            "id,quantity,value,unit,numerator,base,wording,source,status,notes",
            Some(1),
            "note",
            "missing column",
        ),
        (
            "arrest_categories.csv",
            "source,status,note\n",
            "source,status,note,extra\n",
            Some(1),
            "extra",
            "unknown column",
        ),
        (
            "arrest_categories.csv",
            "estimated arrests),2577,arrests",
            "estimated arrests),25x7,arrests",
            Some(2),
            "value",
            "not a number",
        ),
        (
            "arrest_categories.csv",
            "met online),508,arrests",
            "met online),-508,arrests",
            Some(3),
            "value",
            "negative",
        ),
        (
            "possessors.csv",
            "possession or distribution only\",53,percent",
            "possession or distribution only\",153,percent",
            Some(3),
            "value",
            "outside 0-100",
        ),
        (
            "arrest_categories.csv",
            "arrests.cp_only,",
            "arrests.online_meeting,",
            Some(6),
            "id",
            "duplicate id",
        ),
        (
            "online_meeting.csv",
            "75,percent,,design.interviews_online_meeting,,jah2004,",
            "75,percent,,design.interviews_online_meeting,,jah2005,",
            Some(2),
            "source",
            "unknown source key 'jah2005'",
        ),
        (
            "agency_involvement.csv",
            "45,percent,,arrests.total,,ccrc_slides,printed,\n",
            "45,percent,,arrests.totl,,ccrc_slides,printed,\n",
            Some(6),
            "base",
            "unknown id 'arrests.totl'",
        ),
        (
            "case_outcomes.csv",
            "93,percent,,,,ncmec2003,printed",
            "93,percent,,,,ncmec2003,published",
            Some(4),
            "status",
            "expected printed",
        ),
        (
            "possessors.csv",
            "unweighted interview count of possessors,,interviews",
            "unweighted interview count of possessors,412,interviews",
            Some(11),
            "value",
            "never fill these in",
        ),
        (
            "sample_design.csv",
            "2000-07-01/2001-06-30",
            "2000-07-01/2001-06-31",
            Some(2),
            "value",
            "does not exist",
        ),
        (
            "sample_design.csv",
            "(unweighted),1723,arrests",
            "(unweighted),1723.5,arrests",
            Some(8),
            "value",
            "whole",
        ),
        (
            "arrest_categories.csv",
            "2577,arrests,,,,ccrc_slides",
            "2577,arrestz,,,,ccrc_slides",
            Some(2),
            "unit",
            "count units: agencies, arrests",
        ),
        (
            "assumptions.csv",
            "phase-1 agency mail survey,1,1,3,",
            "phase-1 agency mail survey,5,1,3,",
            Some(2),
            "value",
            "outside its range",
        ),
        (
            "assumptions.csv",
            "proportional:base.all:",
            "proportional:base.none:",
            Some(8),
            "rule",
            "unknown assumption 'base.none'",
        ),
        (
            "assumptions.csv",
            "online_meeting,,The online-meeting",
            "online_meetings,,The online-meeting",
            Some(7),
            "applies_to",
            "unknown table or id",
        ),
    ];
    for (file, from, to, line, column, words) in cases {
        let copy = data_copy();
        edit_and_rehash(copy.path(), file, from, to);
        let err = load_edited(copy.path()).expect_err(&format!("{file}: '{to}' must be rejected"));
        let (efile, eline, ecolumn, message) = data_error(&err);
        assert_eq!(efile, format!("njov1/1.0.0/{file}"), "{to}");
        assert_eq!(eline, *line, "{to}: {err}");
        assert_eq!(ecolumn.as_deref(), Some(*column), "{to}: {err}");
        assert!(message.contains(words), "{to}: '{message}' lacks '{words}'");
        // And the same through `verify`, which the CLI uses.
        assert!(verify(Some(copy.path())).is_err());
    }
}

#[test]
fn a_wrong_row_count_in_the_manifest_is_caught() {
    let copy = data_copy();
    // Drop the last row of a table, then rehash: the count no longer matches.
    let file = "online_meeting.csv";
    let text = std::fs::read_to_string(copy.path().join("njov1/1.0.0").join(file)).unwrap();
    let last = text.lines().last().unwrap().to_string() + "\n";
    edit_and_rehash(copy.path(), file, &last, "");
    let err = load_edited(copy.path()).unwrap_err();
    let (efile, _, _, message) = data_error(&err);
    assert_eq!(efile, "njov1/1.0.0/online_meeting.csv");
    assert!(
        message.contains("manifest says 3 rows, file has 2"),
        "{message}"
    );
}

#[test]
fn not_published_figures_hold_no_number() {
    let ds = Dataset::latest().unwrap();
    let np: Vec<_> = ds
        .figures()
        .iter()
        .filter(|f| f.status == Status::NotPublished)
        .collect();
    assert!(!np.is_empty());
    assert!(np.iter().all(|f| f.value == FigureValue::None));
}

#[test]
fn every_statement_quote_is_in_the_press_release() {
    let ds = Dataset::latest().unwrap();
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let release = norm(ds.text("ncmec2003").unwrap());
    assert!(ds.statements().len() >= 12);
    for s in ds.statements() {
        assert!(
            release.contains(&norm(&s.quote)),
            "{}: quote not found",
            s.id
        );
    }
}

#[cfg(feature = "polars")]
#[test]
fn tables_come_as_dataframes_with_provenance() {
    let ds = Dataset::latest().unwrap();
    for entry in &ds.manifest().tables {
        if entry.schema == njov::data::Schema::Document {
            assert!(ds.frame(&entry.name).is_err());
            continue;
        }
        let t = ds.frame(&entry.name).unwrap();
        assert_eq!(t.frame.height() as u64, entry.rows, "{}", entry.name);
        assert_eq!(&t.provenance, ds.provenance());
    }
    let t = ds.frame("arrest_categories").unwrap();
    let values = t.frame.column("value").unwrap().f64().unwrap().clone();
    let sum: f64 = (1..5).map(|i| values.get(i).unwrap()).sum();
    assert_eq!(Some(sum), values.get(0)); // the four categories sum to the total
}
