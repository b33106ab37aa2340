//! The manifest of a dataset version: one entry per file, with its sha256, row
//! count, schema, description and sources.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// The schema of a table: which columns it has and how its rows are checked.
///
/// ```
/// use njov::data::Schema;
/// assert_eq!(Schema::Figures.columns()[0], "id");
/// assert_eq!(Schema::Opaque.as_str(), "opaque");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Schema {
    /// The source register: `key, citation, url, published` (an ISO date,
    /// where the source prints one).
    Sources,
    /// Published figures: `id, quantity, value, unit, numerator, base, wording,
    /// source, status, note`.
    Figures,
    /// Definitions of derived quantities: `id, quantity, terms, unit, base, note`.
    Derived,
    /// Published statements: `id, quote, kind, measures, base, value, unit,
    /// wording, source, status, note`.
    Statements,
    /// The assumptions of the design model: `id, quantity, value, low, high,
    /// figure, represents, applies_to, rule, rationale, source, status`.
    Assumptions,
    /// The definitions that figures of a repeated survey measure: `id,
    /// label, definition, unit, kind, part_of, source, note`.
    Measures,
    /// The wave and measure of every figure: `figure, wave, measure`.
    FigureMeasures,
    /// The design assumptions of each wave of a repeated survey: the
    /// assumptions columns with `wave` after `id`.
    WaveAssumptions,
    /// A source document kept verbatim (a press release), so quotes can be
    /// traced to it.
    Document,
    /// A table whose rows another layer checks (for example the quantifier
    /// table of the claims layer); this layer verifies its bytes only.
    Opaque,
}

impl Schema {
    /// The columns, in order; empty for documents and opaque tables.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Schema::Sources => &["key", "citation", "url", "published"],
            Schema::Figures => &[
                "id",
                "quantity",
                "value",
                "unit",
                "numerator",
                "base",
                "wording",
                "source",
                "status",
                "note",
            ],
            Schema::Derived => &["id", "quantity", "terms", "unit", "base", "note"],
            Schema::Statements => &[
                "id", "quote", "kind", "measures", "base", "value", "unit", "wording", "source",
                "status", "note",
            ],
            Schema::Assumptions => &[
                "id",
                "quantity",
                "value",
                "low",
                "high",
                "figure",
                "represents",
                "applies_to",
                "rule",
                "rationale",
                "source",
                "status",
            ],
            Schema::Measures => &[
                "id",
                "label",
                "definition",
                "unit",
                "kind",
                "part_of",
                "source",
                "note",
            ],
            Schema::FigureMeasures => &["figure", "wave", "measure"],
            Schema::WaveAssumptions => &[
                "id",
                "wave",
                "quantity",
                "value",
                "low",
                "high",
                "figure",
                "represents",
                "applies_to",
                "rule",
                "rationale",
                "source",
                "status",
            ],
            Schema::Document | Schema::Opaque => &[],
        }
    }

    /// The name used in manifests.
    pub fn as_str(self) -> &'static str {
        match self {
            Schema::Sources => "sources",
            Schema::Figures => "figures",
            Schema::Derived => "derived",
            Schema::Statements => "statements",
            Schema::Assumptions => "assumptions",
            Schema::Measures => "measures",
            Schema::FigureMeasures => "figure_measures",
            Schema::WaveAssumptions => "wave_assumptions",
            Schema::Document => "document",
            Schema::Opaque => "opaque",
        }
    }
}

/// One file of a dataset version, as its manifest lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableEntry {
    /// The table's name (the file name without extension).
    pub name: String,
    /// The file name, relative to the version directory.
    pub file: String,
    /// How its rows are read.
    pub schema: Schema,
    /// The number of data rows (lines for a document).
    pub rows: u64,
    /// The sha256 of the file's bytes, lower-case hex.
    pub sha256: String,
    /// What the table holds.
    pub description: String,
    /// The source keys its rows cite.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// The manifest of one dataset version (`MANIFEST.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The dataset id (`njov1`).
    pub dataset: String,
    /// The version, semver (`1.0.0`).
    pub version: String,
    /// A one-line title.
    pub title: String,
    /// What the version holds.
    pub description: String,
    /// The nouns its counts may be counted in (`units = ["arrests", ...]`).
    /// When a manifest lists none, a count unit must occur in at least two
    /// rows of the dataset, so that a misspelt unit is not taken for a new
    /// one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<String>,
    /// The files.
    pub tables: Vec<TableEntry>,
}

impl Manifest {
    /// Reads a manifest from TOML text.
    ///
    /// # Errors
    /// `ErrorKind::Toml` naming `file` and the line when the TOML is
    /// malformed or misses a field; its `source()` is the parser's error.
    pub fn parse(text: &str, file: &str) -> Result<Manifest> {
        toml::from_str(text).map_err(|e| Error::toml(file, text, e))
    }

    /// The entry for a table name.
    pub fn table(&self, name: &str) -> Option<&TableEntry> {
        self.tables.iter().find(|t| t.name == name)
    }
}

/// The sha256 of some bytes, as lower-case hex.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    // sha2 0.11 returns a hybrid-array that does not implement LowerHex.
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A version string `MAJOR.MINOR.PATCH`, ordered numerically.
pub(crate) fn semver_key(version: &str) -> Option<(u64, u64, u64)> {
    let mut it = version.split('.').map(|p| p.parse::<u64>().ok());
    let key = (it.next()??, it.next()??, it.next()??);
    it.next().is_none().then_some(key)
}

#[cfg(test)]
mod tests {
    #[test]
    fn sha256_of_abc() {
        assert_eq!(
            super::sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
