//! The committed fuzz corpus replayed as an ordinary test: every file of
//! `fuzz/corpus/<target>/` goes through the same function as the cargo fuzz target
//! (`fuzz/targets.rs`), so CI without libFuzzer still runs every input the fuzzer
//! kept, and an input that once made a target panic (saved to the corpus with its
//! fix) stays fixed. The microdata target needs polars: without the feature its
//! corpus is skipped, with it (`cargo test --all-features`, as CI runs) replayed.

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
        let Some(&(_, target)) = targets::TARGETS.iter().find(|(n, _)| *n == name) else {
            // read_microdata exists only with polars (cargo test --all-features).
            assert!(
                targets::NEEDS_POLARS.contains(&name.as_str()) && !cfg!(feature = "polars"),
                "fuzz/corpus/{name} has no target in fuzz/targets.rs"
            );
            eprintln!("fuzz/corpus/{name}: skipped (needs the polars feature)");
            continue;
        };
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

/// The dataset target is not vacuous: its seeds that put a file of the demo
/// dataset back unchanged (and the shipped njov1 alias table, whose figures
/// the demo lacks, refused by the alias reader only) give a dataset that
/// loads, so mutations of them reach every check of the loader.
#[test]
fn the_dataset_seeds_load() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/load_dataset");
    let mut loaded = 0;
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with("seed-") || name.contains("njov1") {
            continue;
        }
        let files = targets::demo_files(&std::fs::read(&path).unwrap()).unwrap();
        if let Err(e) = njov::Dataset::load_from_files(files, "demo", None) {
            panic!("{name}: {e}");
        }
        loaded += 1;
    }
    assert_eq!(
        loaded,
        targets::DEMO.len(),
        "one seed per file of the demo dataset"
    );
}
