//! The error matrix: malformed (and some valid but awkward) inputs to every
//! reader of the crate, run through the `njov` binary, each with the error
//! it must give. The cases are data, in `tests/data/errors/*.toml`; their
//! README describes the fields.
//!
//! For each case the binary runs in a fresh temporary folder holding the
//! case's files (and, where it uses `{data}`, a copy of the small dataset in
//! `tests/data/errors/base/`, whose checksums and row counts this test fills
//! in, as `scripts/update_manifest.py` does for the shipped data). The test
//! checks the exit code; for an error, that standard error is one line
//! starting `njov: ` and containing the case's `says`, that no panic shows,
//! and that the JSON error on standard output (every case asks for
//! `--format json`) has the case's kind and its file, line and column. For
//! a valid input, that it is accepted and prints the case's `prints`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;

mod common;

#[derive(Debug, Deserialize)]
struct CaseFile {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// What the case is.
    name: String,
    /// The kind of input, for the counts: table, manifest, assumptions,
    /// quantifiers, aliases, claim, arguments, microdata.
    input: String,
    /// Files to write, path relative to the case's folder (`data/...` for
    /// the dataset copy) to content. `{repeat:N:TEXT}` in a content stands
    /// for TEXT written N times.
    #[serde(default)]
    files: BTreeMap<String, String>,
    /// Files of the dataset copy to delete, relative to the case's folder.
    #[serde(default)]
    remove: Vec<String>,
    /// How the files' text becomes bytes: `utf8` (default), `latin1` (one
    /// byte per character, which must be below U+0100), `bom` (UTF-8 with a
    /// byte-order mark), `crlf` (UTF-8 with CR LF line ends).
    #[serde(default)]
    bytes: Option<String>,
    /// Whether to refill checksums and row counts after writing the files
    /// (false for a file changed behind its manifest's back).
    #[serde(default = "yes")]
    seal: bool,
    /// The command line; `{dir}` is the case's folder, `{data}` the
    /// dataset copy in it.
    args: Vec<String>,
    /// The expected exit code.
    exit: i32,
    /// The error's kind (`ErrorKind` variant) in the JSON error; absent for
    /// a valid input.
    #[serde(default)]
    kind: Option<String>,
    /// The expected location: file (with `{dir}` and `{data}` expanded),
    /// line, column.
    #[serde(default)]
    file: Option<String>,
    #[serde(default)]
    line: Option<u64>,
    #[serde(default)]
    column: Option<String>,
    /// Words the one line on standard error must contain: what is wrong and
    /// what to do about it.
    #[serde(default)]
    says: Vec<String>,
    /// For a valid input: words standard output must contain.
    #[serde(default)]
    prints: Vec<String>,
    /// Why the expected outcome is right.
    why: String,
}

fn yes() -> bool {
    true
}

const INPUTS: &[&str] = &[
    "table",
    "manifest",
    "assumptions",
    "quantifiers",
    "aliases",
    "claim",
    "arguments",
    "microdata",
];

fn cases() -> Vec<(String, Case)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/errors");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let parsed: CaseFile =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        out.extend(parsed.case.into_iter().map(|c| (name.clone(), c)));
    }
    out
}

/// `{repeat:N:TEXT}` expanded.
fn expand(content: &str) -> String {
    let mut out = String::new();
    let mut rest = content;
    while let Some(start) = rest.find("{repeat:") {
        out.push_str(&rest[..start]);
        let after = &rest[start + "{repeat:".len()..];
        let end = after.find('}').expect("{repeat:N:TEXT} is closed");
        let (n, text) = after[..end].split_once(':').expect("{repeat:N:TEXT}");
        out.push_str(&text.repeat(n.parse().expect("N is a number")));
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

fn encode(text: &str, bytes: Option<&str>) -> Vec<u8> {
    match bytes.unwrap_or("utf8") {
        "utf8" => text.as_bytes().to_vec(),
        "latin1" => text
            .chars()
            .map(|c| u8::try_from(u32::from(c)).expect("a Latin-1 character"))
            .collect(),
        "bom" => [&b"\xef\xbb\xbf"[..], text.as_bytes()].concat(),
        "crlf" => text.replace('\n', "\r\n").into_bytes(),
        other => panic!("unknown bytes '{other}'"),
    }
}

/// Fills in every manifest's sha256 and row counts and every changelog's
/// manifest sha256, line by line as scripts/update_manifest.py does, so
/// that a case's file is judged on its rows and not on a stale checksum.
/// A manifest that does not parse is left as it is (its own error is the
/// case), as are the files it names that are missing.
fn seal(root: &Path) {
    for dataset in std::fs::read_dir(root).unwrap() {
        let dataset = dataset.unwrap().path();
        if !dataset.is_dir() {
            continue;
        }
        let mut versions = Vec::new();
        for version in std::fs::read_dir(&dataset).unwrap() {
            let version = version.unwrap().path();
            let manifest = version.join("MANIFEST.toml");
            if !manifest.is_file() {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&manifest) else {
                continue; // not UTF-8: that is the case's error
            };
            let mut out = Vec::new();
            let (mut file, mut schema) = (None::<PathBuf>, String::new());
            for line in text.split_inclusive('\n') {
                let value = |key: &str| {
                    line.trim_end()
                        .strip_prefix(key)
                        .map(|v| v.trim_matches('"').to_string())
                };
                if let Some(f) = value("file = ") {
                    file = Some(version.join(f));
                }
                if let Some(s) = value("schema = ") {
                    schema = s;
                }
                let bytes = file.as_ref().and_then(|f| std::fs::read(f).ok());
                let eol = if line.ends_with('\n') { "\n" } else { "" };
                match (
                    &bytes,
                    line.starts_with("rows = "),
                    line.starts_with("sha256 = "),
                ) {
                    (Some(b), true, _) => out.push(format!("rows = {}{eol}", rows(b, &schema))),
                    (Some(b), _, true) => {
                        out.push(format!("sha256 = \"{}\"{eol}", common::sha256_hex(b)))
                    }
                    _ => out.push(line.to_string()),
                }
            }
            let sealed = out.concat();
            std::fs::write(&manifest, &sealed).unwrap();
            versions.push((
                version.file_name().unwrap().to_string_lossy().into_owned(),
                common::sha256_hex(sealed.as_bytes()),
            ));
        }
        let changelog = dataset.join("CHANGELOG.md");
        let Ok(text) = std::fs::read_to_string(&changelog) else {
            continue;
        };
        let mut current = String::new();
        let mut out = String::new();
        for line in text.split_inclusive('\n') {
            if let Some(v) = line.strip_prefix("## ") {
                current = v.trim().to_string();
            }
            match versions.iter().find(|(v, _)| *v == current) {
                Some((_, sha)) if line.starts_with("manifest sha256:") => {
                    out.push_str(&format!("manifest sha256: {sha}\n"));
                }
                _ => out.push_str(line),
            }
        }
        std::fs::write(&changelog, out).unwrap();
    }
}

/// Data rows of a table (CSV records after the header), lines of a
/// document; 0 where the file does not read.
fn rows(bytes: &[u8], schema: &str) -> u64 {
    if schema == "document" {
        return String::from_utf8_lossy(bytes).lines().count() as u64;
    }
    csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(bytes)
        .records()
        .take_while(Result::is_ok)
        .count() as u64
}

/// Runs one case; returns what went wrong, if anything.
fn run(case: &Case) -> Result<(), String> {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let data = dir.join("data");
    let fill = |s: &str| {
        s.replace("{data}", data.to_str().unwrap())
            .replace("{dir}", dir.to_str().unwrap())
    };
    let uses_data = case.args.iter().any(|a| a.contains("{data}"))
        || case.files.keys().any(|f| f.starts_with("data/"));
    if uses_data {
        common::copy_tree(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/errors/base"),
            &data,
        );
        seal(&data);
    }
    for (path, content) in &case.files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, encode(&expand(content), case.bytes.as_deref())).unwrap();
    }
    for path in &case.remove {
        std::fs::remove_file(dir.join(path)).unwrap();
    }
    if uses_data && case.seal {
        seal(&data);
    }
    let args: Vec<String> = case.args.iter().map(|a| expand(&fill(a))).collect();
    let output = Command::new(env!("CARGO_BIN_EXE_njov"))
        .args(&args)
        .current_dir(dir)
        .output()
        .unwrap();
    // Long outputs (a 10^7-character sentence echoed) cut for the messages.
    let cut = |bytes: &[u8]| {
        let text = String::from_utf8_lossy(bytes).into_owned();
        match text.char_indices().nth(2000) {
            Some((i, _)) => format!("{}[... {} bytes]", &text[..i], text.len() - i),
            None => text,
        }
    };
    let (stdout, stdout_cut) = (String::from_utf8_lossy(&output.stdout), cut(&output.stdout));
    let (stderr, stderr_cut) = (String::from_utf8_lossy(&output.stderr), cut(&output.stderr));
    if std::env::var_os("ERROR_MATRIX_SHOW").is_some() {
        // To write a case: what the binary does with it.
        eprintln!(
            "== {}\nexit {:?}\nstderr {stderr_cut}stdout {stdout_cut}",
            case.name,
            output.status.code()
        );
    }
    let mut problems = Vec::new();
    if output.status.code() != Some(case.exit) {
        problems.push(format!(
            "exit {:?}, expected {} (stderr: {stderr_cut})",
            output.status.code(),
            case.exit
        ));
    }
    if stderr.contains("panicked") {
        problems.push(format!("panic: {stderr_cut}"));
    }
    if case.exit == 0 {
        if case.kind.is_some() {
            problems.push("a valid input has no error kind".into());
        }
        for word in &case.prints {
            if !stdout.contains(word.as_str()) {
                problems.push(format!("stdout lacks '{word}': {stdout_cut}"));
            }
        }
    } else {
        let lines: Vec<&str> = stderr.lines().collect();
        if lines.len() != 1 || !lines[0].starts_with("njov: ") {
            problems.push(format!("stderr is not one 'njov: ' line: {stderr_cut:?}"));
        }
        if case.says.is_empty() {
            problems.push("an error case says what the message says".into());
        }
        for word in &case.says {
            if !stderr.contains(&fill(word)) {
                problems.push(format!("stderr lacks '{word}': {stderr_cut}"));
            }
        }
        // The JSON error is the last line (a batch writes its rows first).
        let last = String::from_utf8_lossy(&output.stdout);
        let last = last.trim_end().lines().last().unwrap_or_default();
        let json: serde_json::Value = match serde_json::from_str(last) {
            Ok(v) => v,
            Err(e) => return Err(format!("stdout is not a JSON error ({e}): {stdout_cut}")),
        };
        let error = &json["error"];
        let expect = |key: &str, want: Option<serde_json::Value>| match want {
            Some(want) if error[key] != want => Some(format!(
                "{key} {} in the JSON error, expected {want}",
                error[key]
            )),
            None if !error[key].is_null() && key != "kind" => Some(format!(
                "{key} {} in the JSON error, expected none",
                error[key]
            )),
            _ => None,
        };
        problems.extend(expect("kind", case.kind.clone().map(Into::into)));
        problems.extend(expect("file", case.file.as_deref().map(|f| fill(f).into())));
        problems.extend(expect("line", case.line.map(Into::into)));
        problems.extend(expect("column", case.column.clone().map(Into::into)));
        if case.kind.is_none() {
            problems.push("an error case names its kind".into());
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n    "))
    }
}

#[test]
fn every_malformed_input_gives_its_error() {
    let cases = cases();
    let mut failures = Vec::new();
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (file, case) in &cases {
        assert!(
            INPUTS.contains(&case.input.as_str()),
            "{file}: '{}': input '{}' is not one of {INPUTS:?}",
            case.name,
            case.input
        );
        assert!(!case.why.trim().is_empty(), "{file}: '{}': why?", case.name);
        let count = counts.entry(INPUTS.iter().find(|i| **i == case.input).unwrap());
        let (errors, valid) = count.or_default();
        if case.exit == 0 {
            *valid += 1;
        } else {
            *errors += 1;
        }
        if let Err(e) = run(case) {
            failures.push(format!("{file}: {}:\n    {e}", case.name));
        }
    }
    for (input, (errors, valid)) in &counts {
        eprintln!("{input:<12} {errors:>3} malformed, {valid:>2} valid");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let malformed = cases.iter().filter(|(_, c)| c.exit != 0).count();
    assert!(malformed >= 40, "only {malformed} malformed inputs");
    for input in INPUTS {
        assert!(counts.contains_key(input), "no case of input '{input}'");
    }
}

/// The base dataset of the matrix, sealed, is valid: every case's error is
/// its own change's.
#[test]
fn the_base_dataset_is_valid() {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/errors/base"),
        tmp.path(),
    );
    seal(tmp.path());
    let verified = njov::data::verify(Some(tmp.path())).unwrap();
    assert_eq!(verified.versions.len(), 2);
    let ds = njov::Dataset::load_from_dir(tmp.path(), "demo", None).unwrap();
    assert_eq!(ds.figures().len(), 7);
    njov::claims::AliasTable::from_dataset(&ds).unwrap();
    let q = njov::Dataset::load_from_dir(tmp.path(), "quantifiers", None).unwrap();
    let table =
        njov::claims::QuantifierTable::from_csv(q.text("quantifiers").unwrap(), "q.csv").unwrap();
    assert_eq!(table.len(), 4);
}
