//! The README against the code: every command and flag of its synopses
//! exists (asked of the binary's clap `--help`), every flag a command has is
//! in its synopsis, every word of a `--flag a|b|c` list is accepted, every
//! example is in its examples table and every row of the table is an
//! example, every file it names exists, and the version its example prints
//! is the version loaded.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn readme() -> String {
    std::fs::read_to_string(root().join("README.md")).unwrap()
}

/// The `njov ...` lines of the README's code blocks, continuation lines
/// joined, comments cut.
fn synopses(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut in_code = false;
    // Whether the line before was part of a synopsis.
    let mut in_synopsis = false;
    for line in text.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
            in_synopsis = false;
            continue;
        }
        if !in_code {
            continue;
        }
        let code = line.split("  #").next().unwrap().trim_end();
        let trimmed = code.trim_start();
        let part = trimmed.trim_end_matches('\\').trim_end();
        if trimmed.starts_with("njov ") {
            out.push(part.to_string());
            in_synopsis = true;
        } else if in_synopsis
            && line.starts_with(' ')
            && (trimmed.starts_with('[') || trimmed.starts_with("--"))
            && let Some(last) = out.last_mut()
        {
            last.push(' ');
            last.push_str(part);
        } else {
            in_synopsis = false;
        }
    }
    out
}

/// The command of a synopsis: `reproduce`, or `data verify`.
fn command_of(line: &str) -> Vec<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    match words.get(1) {
        Some(&"data") => vec!["data".into(), words[2].to_string()],
        Some(w) => vec![w.to_string()],
        None => panic!("a synopsis without a command: {line}"),
    }
}

/// The `--help` of a command.
fn help(command: &[String]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_njov"))
        .args(command)
        .arg("--help")
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "njov {} --help: the README names a command that does not exist",
        command.join(" ")
    );
    String::from_utf8(o.stdout).unwrap()
}

fn flags_in(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(at) = text[i..].find("--") {
        let start = i + at;
        let before = if start == 0 { b' ' } else { bytes[start - 1] };
        let mut end = start + 2;
        while end < bytes.len()
            && (bytes[end].is_ascii_lowercase()
                || bytes[end] == b'-'
                || bytes[end].is_ascii_digit())
        {
            end += 1;
        }
        if (before == b' ' || before == b'[' || before == b'(' || before == b'`') && end > start + 2
        {
            out.insert(text[start..end].to_string());
        }
        i = end;
    }
    out
}

#[test]
fn every_command_and_flag_of_the_synopses_exists_and_every_flag_is_there() {
    let text = readme();
    let lines = synopses(&text);
    assert!(lines.len() > 15, "the synopses were not found: {lines:?}");
    let mut by_command: BTreeMap<Vec<String>, BTreeSet<String>> = BTreeMap::new();
    for line in &lines {
        by_command
            .entry(command_of(line))
            .or_default()
            .extend(flags_in(line));
        // Each word of `--flag a|b|c` is accepted by the command.
        let words: Vec<&str> = line.split_whitespace().collect();
        for pair in words.windows(2) {
            let flag = pair[0].trim_start_matches('[');
            let values = pair[1].trim_end_matches(']');
            if flag.starts_with("--") && values.contains('|') && !values.contains('=') {
                let h = help(&command_of(line));
                for v in values.split('|') {
                    let v = v.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-');
                    let known = h.contains(&format!(" {v},"))
                        || h.contains(&format!(" {v}]"))
                        || h.contains(&format!("{v}:"))
                        || h.contains(&format!(", {v}"));
                    assert!(
                        known,
                        "README: `{flag} {v}` for njov {}",
                        command_of(line).join(" ")
                    );
                }
            }
        }
    }
    for command in [
        "reproduce",
        "claims",
        "check",
        "scan",
        "ci",
        "plot",
        "trend",
        "survey",
    ] {
        assert!(
            by_command.contains_key(&vec![command.to_string()]),
            "njov {command} has no synopsis in the README"
        );
    }
    for (command, flags) in &by_command {
        let h = help(command);
        let has = flags_in(&h);
        for f in flags {
            assert!(
                has.contains(f),
                "README: njov {} has no {f}",
                command.join(" ")
            );
        }
        for f in has.iter().filter(|f| *f != "--help" && *f != "--version") {
            assert!(
                flags.contains(f),
                "README: the synopsis of njov {} leaves out {f}",
                command.join(" ")
            );
        }
    }
}

#[test]
fn every_example_is_listed_and_every_listed_example_exists() {
    let text = readme();
    let start = text.find("## Examples").expect("an Examples section");
    let table: BTreeSet<String> = text[start..]
        .lines()
        .skip(1)
        .take_while(|l| !l.starts_with("## "))
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split('`').next())
        .map(str::to_string)
        .collect();
    let files: BTreeSet<String> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".rs").map(str::to_string)
        })
        .collect();
    assert_eq!(table, files, "README examples table against examples/");
}

#[test]
fn every_file_the_readme_names_exists() {
    let text = readme();
    let mut named = BTreeSet::new();
    for piece in text.split('`').skip(1).step_by(2) {
        let looks_like_path = (piece.starts_with("tests/")
            || piece.starts_with("scripts/")
            || piece.starts_with("examples/")
            || piece.starts_with("docs/")
            || piece.starts_with("benches/")
            || piece.starts_with("src/")
            || piece.starts_with("data/")
            || piece.starts_with(".ci/"))
            && !piece.contains(['<', ' ', '*']);
        if looks_like_path {
            named.insert(piece.trim_end_matches('/').to_string());
        }
    }
    assert!(named.len() > 5, "{named:?}");
    for path in &named {
        assert!(
            root().join(path).exists(),
            "README names {path}, which does not exist"
        );
    }
}

#[test]
fn the_version_the_example_prints_is_the_version_loaded() {
    let text = readme();
    let latest = njov::Dataset::latest().unwrap();
    let p = latest.provenance();
    let comment = format!("// {} ", p.id);
    let line = text
        .lines()
        .find(|l| l.contains("provenance()") && l.contains(&comment))
        .expect("the example prints the provenance, with what it prints in a comment");
    let shown = line.split(&comment).nth(1).unwrap();
    assert!(
        shown.starts_with(&format!("{} ", p.version)),
        "README example says {shown:?}, the newest version is {}",
        p.version
    );
}
