//! No import circle of any length between the files of src/ (the library):
//! a file imports another when it names `crate::a::b` or `super::b` (in a
//! `use` or a path in code) and that names the other file's module, or an
//! item in it. Naming its own parent module (the mod.rs that declares it)
//! is not an import: that is the module it belongs to. Comments and a
//! closing `#[cfg(test)]` module are left out. The same rule as
//! scripts/import_cycles.py, in Rust so that CI needs no Python.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Module = Vec<String>;

fn files(dir: &Path, src: &Path, out: &mut BTreeMap<Module, PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "bin") {
                files(&path, src, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(src).unwrap().with_extension("");
            let mut module: Module = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if module.last().is_some_and(|m| m == "mod" || m == "lib") {
                module.pop();
            }
            out.insert(module, path);
        }
    }
}

/// The code of a file: line comments and a closing test module left out.
fn code(text: &str) -> String {
    let kept: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    match kept.find("#[cfg(test)]\nmod ") {
        Some(i) => kept[..i].to_string(),
        None => kept,
    }
}

/// The paths a file names after `crate::` or `super::`, each as its
/// segments (with every item of a `{...}` group as a path of its own).
fn paths(code: &str, prefix: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find(prefix) {
        let before = rest[..i].chars().last();
        rest = &rest[i + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        let head: Vec<String> = rest[..end]
            .split("::")
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        if rest[end..].starts_with('{') {
            let close = rest[end..].find('}').map_or(rest.len(), |j| end + j);
            for item in rest[end + 1..close].split(',') {
                let item = item
                    .trim()
                    .split(" as ")
                    .next()
                    .unwrap()
                    .split("::")
                    .next()
                    .unwrap()
                    .trim();
                if !item.is_empty() && item != "self" {
                    let mut p = head.clone();
                    p.push(item.to_string());
                    out.push(p);
                }
            }
        }
        out.push(head);
    }
    out
}

/// The file a path names: its longest prefix that is a module.
fn target<'a>(path: &[String], modules: &'a BTreeMap<Module, PathBuf>) -> Option<&'a Module> {
    (1..=path.len())
        .rev()
        .find_map(|n| modules.get_key_value(&path[..n]).map(|(k, _)| k))
}

#[test]
fn no_two_files_of_the_library_import_each_other_by_any_path() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut modules = BTreeMap::new();
    files(&src, &src, &mut modules);
    assert!(modules.len() > 40, "{} files", modules.len());
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (module, path) in &modules {
        let text = code(&std::fs::read_to_string(path).unwrap());
        let is_mod_rs = path.file_name().is_some_and(|n| n == "mod.rs");
        // `super` of a mod.rs or lib.rs is the module above the one it
        // declares; of any other file, the module that declares it.
        let parent: Module = if is_mod_rs || module.is_empty() {
            module[..module.len().saturating_sub(1)].to_vec()
        } else {
            module[..module.len() - 1].to_vec()
        };
        let mut named: Vec<Vec<String>> = paths(&text, "crate::");
        for p in paths(&text, "super::") {
            let mut full = parent.clone();
            full.extend(p);
            named.push(full);
        }
        for p in named {
            if let Some(t) = target(&p, &modules) {
                let ancestor = t.len() < module.len() && module[..t.len()] == t[..];
                if t != module && !t.is_empty() && !ancestor {
                    edges.entry(module.clone()).or_default().insert(t.clone());
                }
            }
        }
    }
    // A circle: an edge u -> v with v reaching u back.
    let reaches = |from: &Module, to: &Module| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.clone()];
        while let Some(m) = stack.pop() {
            if &m == to {
                return true;
            }
            if seen.insert(m.clone()) {
                stack.extend(edges.get(&m).into_iter().flatten().cloned());
            }
        }
        false
    };
    let mut circles = Vec::new();
    for (u, vs) in &edges {
        for v in vs {
            if reaches(v, u) {
                circles.push(format!(
                    "{} -> {} -> ... -> {}",
                    u.join("/"),
                    v.join("/"),
                    u.join("/")
                ));
            }
        }
    }
    let imports: usize = edges.values().map(BTreeSet::len).sum();
    assert!(
        imports > 100,
        "only {imports} imports found: the scan is broken"
    );
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.join("\n")
    );
}
