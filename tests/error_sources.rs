//! Every error keeps its cause: `source()` gives the TOML parser's, the
//! renderer's or the operating system's error wherever one started it.

use std::error::Error as _;

use njov::ErrorKind;

#[test]
fn a_malformed_manifest_keeps_the_toml_error_and_its_line() {
    let text = "title = \"t\"\nversion = [\n";
    let e = njov::data::Manifest::parse(text, "d/1.0.0/MANIFEST.toml").unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Toml { .. }), "{e:?}");
    assert_eq!(e.kind().name(), "Toml");
    let toml = e.source().unwrap().downcast_ref::<toml::de::Error>();
    assert!(toml.is_some(), "the source is the parser's error");
    let at = e.location().unwrap();
    assert_eq!(at.file, "d/1.0.0/MANIFEST.toml");
    assert!(at.line.is_some_and(|l| l >= 2), "{at}");
}

#[test]
fn a_failed_atomic_write_keeps_the_operating_systems_error() {
    let dir = tempfile::tempdir().unwrap();
    let e = njov::report::write_atomic(dir.path().join("no/such/folder/r.md"), b"x").unwrap_err();
    let io = e
        .source()
        .unwrap()
        .downcast_ref::<std::io::Error>()
        .unwrap();
    assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
    // Beneath the step that failed, the operating system's own error.
    let os = io
        .get_ref()
        .and_then(|step| step.source())
        .and_then(|s| s.downcast_ref::<std::io::Error>())
        .expect("the operating system's error under the step");
    assert_eq!(os.kind(), std::io::ErrorKind::NotFound);
    assert!(e.to_string().contains("does not exist"), "{e}");
}

#[test]
fn a_render_error_keeps_the_renderers_error() {
    let json = serde_json::from_str::<u8>("x").unwrap_err();
    let e = njov::Error::render("JSON", json);
    assert_eq!(e.kind().name(), "Render");
    assert!(
        e.source()
            .unwrap()
            .downcast_ref::<serde_json::Error>()
            .is_some()
    );
}

#[test]
fn an_error_at_a_row_keeps_the_error() {
    let inner = njov::Error::invalid_argument("trials", 0, "at least 1");
    let e = inner.at(njov::Location::file("in.csv"));
    let source = e.source().unwrap().downcast_ref::<njov::Error>().unwrap();
    assert!(matches!(source.kind(), ErrorKind::InvalidArgument { .. }));
    assert_eq!(e.location().unwrap().file, "in.csv");
}

#[test]
fn a_quantifier_phrase_that_does_not_read_keeps_the_tokenizers_error_at_its_cell() {
    // "2,50" is a misplaced comma: the tokenizer's parse error, at the phrase cell
    let csv =
        "phrase,kind,value,lower,upper,decimals,rationale\nabout 2,50,modifier,,[x*0.9,x],,why\n";
    let csv = csv.replace("about 2,50", "\"about 2,50\"");
    let e = njov::claims::QuantifierTable::from_csv(&csv, "q.csv").unwrap_err();
    let at = e.location().unwrap();
    assert_eq!(
        (at.file.as_str(), at.line, at.column.as_deref()),
        ("q.csv", Some(2), Some("phrase"))
    );
    let cause = e.source().unwrap().downcast_ref::<njov::Error>().unwrap();
    assert!(matches!(cause.kind(), ErrorKind::Parse { .. }), "{cause:?}");
    assert_eq!(
        e.to_string(),
        format!("q.csv, line 2, column 'phrase': {cause}")
    );
}

#[test]
fn an_argument_shown_wrong_by_another_error_keeps_it() {
    let io = std::io::Error::new(std::io::ErrorKind::NotFound, "gone");
    let e = njov::Error::invalid_argument_because("calibrate", "p.csv", "a readable CSV file", io);
    assert_eq!(e.kind().name(), "InvalidArgument");
    assert_eq!(
        e.to_string(),
        "invalid calibrate = p.csv (gone): expected a readable CSV file"
    );
    let io = e
        .source()
        .unwrap()
        .downcast_ref::<std::io::Error>()
        .unwrap();
    assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
    // without a cause, no source and no parentheses
    let plain = njov::Error::invalid_argument("level", 2, "(0, 1)");
    assert!(plain.source().is_none());
    assert_eq!(plain.to_string(), "invalid level = 2: expected (0, 1)");
}
