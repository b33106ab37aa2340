//! The committed fuzz corpus replayed as an ordinary test: every file of
//! `fuzz/corpus/<target>/` goes through the same function as the cargo fuzz target
//! (`fuzz/targets.rs`), so CI without libFuzzer still runs every input the fuzzer
//! kept, and an input that once made a target panic (saved to the corpus with its
//! fix) stays fixed.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

#[path = "../fuzz/targets.rs"]
mod targets;

#[test]
fn every_corpus_file_runs_without_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    let mut folders: Vec<_> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    let mut replayed = Vec::new();
    let mut failures = Vec::new();
    for folder in &folders {
        let name = folder.file_name().unwrap().to_string_lossy().into_owned();
        let target = targets::TARGETS
            .iter()
            .find(|(n, _)| *n == name)
            .unwrap_or_else(|| panic!("fuzz/corpus/{name} has no target in fuzz/targets.rs"))
            .1;
        let mut files: Vec<_> = std::fs::read_dir(folder)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        assert!(!files.is_empty(), "fuzz/corpus/{name} is empty");
        for file in &files {
            let data = std::fs::read(file).unwrap();
            if catch_unwind(AssertUnwindSafe(|| target(&data))).is_err() {
                failures.push(file.display().to_string());
            }
        }
        eprintln!("fuzz/corpus/{name}: {} inputs", files.len());
        replayed.push(name);
    }
    assert!(failures.is_empty(), "targets panicked on: {failures:#?}");
    // Every target has a corpus, so none goes unreplayed.
    for (name, _) in targets::TARGETS {
        assert!(
            replayed.iter().any(|r| r == name),
            "target {name} has no fuzz/corpus/{name}"
        );
    }
}
