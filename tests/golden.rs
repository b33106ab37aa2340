//! Every output of every command, byte for byte: the cases in
//! `tests/data/golden/cases.tsv` run the `njov` binary and compare its
//! standard output (or the file it writes) and, when not empty, its exit code
//! and standard error with the committed files beside them.
//!
//! A change of output is made on purpose: regenerate the files with
//! `NJOV_BLESS=1 cargo test --all-features --test golden`, read the diff, and
//! say in the commit why the output changed.

use std::path::{Path, PathBuf};
use std::process::Command;

/// One case: its name and the arguments of `njov`.
struct Case {
    name: String,
    args: Vec<String>,
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/golden")
}

fn cases() -> Vec<Case> {
    let text = std::fs::read_to_string(golden_dir().join("cases.tsv")).expect("cases.tsv");
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut fields = l.split('\t').map(str::to_string);
            Case {
                name: fields.next().expect("a name"),
                args: fields.collect(),
            }
        })
        .collect()
}

/// What one case gives: its output and, when the exit is not clean, its
/// exit code and standard error. Absolute paths are written back as
/// `{root}` and `{out}` so that the files do not depend on the machine.
fn run(case: &Case, out_dir: &Path) -> (String, String) {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = out_dir.join(format!("{}.out", case.name));
    let out_str = out.to_str().expect("a UTF-8 temporary path");
    let args: Vec<String> = case
        .args
        .iter()
        .map(|a| a.replace("{root}", root).replace("{out}", out_str))
        .collect();
    let o = Command::new(env!("CARGO_BIN_EXE_njov"))
        .args(&args)
        .env_remove("NO_COLOR")
        .output()
        .expect("the njov binary runs");
    let unpath = |s: String| s.replace(out_str, "{out}").replace(root, "{root}");
    let writes_file = case.args.iter().any(|a| a == "{out}");
    let mut stdout = unpath(String::from_utf8(o.stdout).expect("UTF-8 output"));
    if writes_file && o.status.success() {
        assert!(
            stdout.is_empty(),
            "{}: output to a file and stdout",
            case.name
        );
        stdout = unpath(std::fs::read_to_string(&out).expect("the written file"));
    }
    let stderr = unpath(String::from_utf8(o.stderr).expect("UTF-8 errors"));
    let err = if o.status.success() && stderr.is_empty() {
        String::new()
    } else {
        format!("exit {:?}\n{stderr}", o.status.code())
    };
    (stdout, err)
}

#[test]
fn every_output_is_byte_for_byte_the_committed_one() {
    let bless = std::env::var_os("NJOV_BLESS").is_some_and(|v| v == "1");
    let dir = golden_dir();
    let tmp = tempfile::tempdir().unwrap();
    let cases = cases();
    assert!(cases.len() > 50, "the cases file lost its cases");
    let mut differ = Vec::new();
    for case in &cases {
        let (stdout, err) = run(case, tmp.path());
        let out_file = dir.join(format!("{}.out", case.name));
        let err_file = dir.join(format!("{}.err", case.name));
        if bless {
            std::fs::write(&out_file, &stdout).unwrap();
            if err.is_empty() {
                let _ = std::fs::remove_file(&err_file);
            } else {
                std::fs::write(&err_file, &err).unwrap();
            }
            continue;
        }
        let want_out = std::fs::read_to_string(&out_file)
            .unwrap_or_else(|e| panic!("{}: {e} (bless with NJOV_BLESS=1)", out_file.display()));
        let want_err = std::fs::read_to_string(&err_file).unwrap_or_default();
        if stdout != want_out {
            differ.push(format!(
                "{}: output{}",
                case.name,
                first_difference(&want_out, &stdout)
            ));
        }
        if err != want_err {
            differ.push(format!(
                "{}: exit/stderr{}",
                case.name,
                first_difference(&want_err, &err)
            ));
        }
    }
    assert!(
        differ.is_empty(),
        "{} outputs differ from tests/data/golden:\n{}",
        differ.len(),
        differ.join("\n")
    );
}

/// Where two texts first differ, with the line of each.
fn first_difference(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i), g.get(i));
        if a != b {
            return format!(
                " at line {}:\n    want {:?}\n    got  {:?}",
                i + 1,
                a.map(|s| s.chars().take(200).collect::<String>()),
                b.map(|s| s.chars().take(200).collect::<String>())
            );
        }
    }
    " (line endings)".to_string()
}
