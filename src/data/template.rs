//! A new dataset's first version, written as a template that verifies: the
//! minimal set of files (a changelog, a manifest, the sources register and
//! one figures table), for its owner to replace row by row.

use std::path::{Path, PathBuf};

use crate::data::dataset::{Dataset, Provenance};
use crate::data::manifest::sha256_hex;
use crate::error::{Error, Result};

/// The version a template starts at.
pub const TEMPLATE_VERSION: &str = "0.1.0";

const SOURCES: &str = "key,citation,url,published\n\
example,\"Author (2026). The title of the publication that prints the figures.\",https://example.org/report,2026-01-01\n";

const FIGURES: &str = "id,quantity,value,unit,numerator,base,wording,source,status,note\n\
cases.total,all cases (a count: replace with a published figure),1000,cases,,,,example,printed,the template's example count\n\
cases.online,cases that began online (a count; base: its share of cases.total is recomputed),250,cases,,cases.total,,example,printed,the template's example part\n";

/// Writes the first version of a new dataset `name` under `root`
/// (`root/name/CHANGELOG.md` and `root/name/0.1.0/`: `MANIFEST.toml`,
/// `sources.csv`, `figures.csv`), with every checksum and row count filled
/// in, and loads it back to check it verifies. Returns its provenance.
///
/// # Errors
/// `ErrorKind::InvalidArgument` for a name that is not lower-case letters,
/// digits and `_` (starting with a letter), or when `root/name` exists
/// already; `ErrorKind::Io` when a file cannot be written.
///
/// ```
/// let dir = tempfile::tempdir().unwrap();
/// let p = njov::data::write_template(dir.path(), "my_survey").unwrap();
/// assert_eq!((p.id.as_str(), p.version.as_str()), ("my_survey", "0.1.0"));
/// assert!(njov::data::verify(Some(dir.path())).is_ok());
/// ```
pub fn write_template(root: &Path, name: &str) -> Result<Provenance> {
    let valid = name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !valid {
        return Err(Error::invalid_argument(
            "dataset",
            name,
            "lower-case letters, digits and _, starting with a letter",
        ));
    }
    let dir = root.join(name);
    if dir.exists() {
        return Err(Error::invalid_argument(
            "dataset",
            dir.display(),
            "a folder that does not exist yet (a template never overwrites)",
        ));
    }
    let version_dir = dir.join(TEMPLATE_VERSION);
    let write = |path: PathBuf, text: &str| {
        std::fs::write(&path, text).map_err(|e| Error::io(path.display().to_string(), e))
    };
    std::fs::create_dir_all(&version_dir)
        .map_err(|e| Error::io(version_dir.display().to_string(), e))?;
    write(version_dir.join("sources.csv"), SOURCES)?;
    write(version_dir.join("figures.csv"), FIGURES)?;
    let rows = |text: &str| text.lines().count() - 1;
    let manifest = format!(
        r#"dataset = "{name}"
version = "{TEMPLATE_VERSION}"
title = "{name}: a dataset of published figures (replace this title)"
description = "What the dataset holds, and from which publications (replace this description)."
units = ["cases"]

[[tables]]
name = "sources"
file = "sources.csv"
schema = "sources"
rows = {}
sha256 = "{}"
description = "The publications the figures cite."
sources = []

[[tables]]
name = "figures"
file = "figures.csv"
schema = "figures"
rows = {}
sha256 = "{}"
description = "The published figures, one a row, each with its source and status."
sources = ["example"]
"#,
        rows(SOURCES),
        sha256_hex(SOURCES.as_bytes()),
        rows(FIGURES),
        sha256_hex(FIGURES.as_bytes()),
    );
    write(version_dir.join("MANIFEST.toml"), &manifest)?;
    let changelog = format!(
        "# {name}: changelog\n\n\
         What each version changed and why. A released version is immutable: its section\n\
         gets a `released: DATE` line, and any later change is a new version.\n\n\
         ## {TEMPLATE_VERSION}\n\n\
         manifest sha256: {}\n\n\
         The template written by `njov data new`: one source and two figures, to replace.\n\
         After editing a file, run `python3 scripts/update_manifest.py {}` to record its\n\
         checksum and row count.\n",
        sha256_hex(manifest.as_bytes()),
        version_dir.display()
    );
    write(dir.join("CHANGELOG.md"), &changelog)?;
    Ok(Dataset::load_from_dir(root, name, Some(TEMPLATE_VERSION))?
        .provenance()
        .clone())
}
