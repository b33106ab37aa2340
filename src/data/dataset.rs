//! A dataset version: found in a file set (embedded or a directory),
//! verified against its manifest and changelog, its rows read and checked.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Serialize;

use crate::data::manifest::{Manifest, Schema, TableEntry, semver_key, sha256_hex};
use crate::data::rows::{
    Assumption, AssumptionRule, Cell, Derived, Figure, FigureMeasure, FigureValue, Measure,
    RawAssumption, RawDerived, RawFigure, RawSource, RawStatement, Source, Statement, Status, Unit,
    WaveAssumption, check_sources, read_assumption,
};
use crate::data::table::{Columns, Row, read_rows, utf8_text};
use crate::data::waves;
use crate::error::{Error, ErrorKind, Location, Result};

/// Every shipped data file, embedded so the crate works with no files
/// around it: `(path relative to data/, content)`. The list is generated
/// by `scripts/update_manifest.py` into `data/embedded.rs`, beside the data
/// it lists; a test checks it lists every file under `data/`.
const EMBEDDED: &[(&str, &str)] = include!("../../data/embedded.rs");

/// What a result was computed from: dataset id, version and the sha256 of the
/// version's manifest (which in turn fixes every table's bytes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Provenance {
    /// The dataset id.
    pub id: String,
    /// The version.
    pub version: String,
    /// The sha256 of `MANIFEST.toml`.
    pub checksum: String,
}

impl std::fmt::Display for Provenance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {} (manifest sha256 {})",
            self.id, self.version, self.checksum
        )
    }
}

/// A set of files in the dataset layout: path relative to the root
/// (`njov1/1.0.0/arrest_categories.csv`) to content.
#[derive(Debug, Clone, Default)]
struct FileSet {
    files: BTreeMap<String, Vec<u8>>,
}

impl FileSet {
    fn embedded() -> FileSet {
        FileSet {
            files: EMBEDDED
                .iter()
                .map(|(path, text)| (path.to_string(), text.as_bytes().to_vec()))
                .collect(),
        }
    }

    fn from_dir(root: &Path) -> Result<FileSet> {
        let mut files = BTreeMap::new();
        let mut stack = vec![root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            let entries =
                std::fs::read_dir(&dir).map_err(|e| Error::io(dir.display().to_string(), e))?;
            for entry in entries {
                let entry = entry.map_err(|e| Error::io(dir.display().to_string(), e))?;
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    let rel = path
                        .strip_prefix(root)
                        .expect("walked from root")
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy().into_owned())
                        .collect::<Vec<_>>()
                        .join("/");
                    let bytes = std::fs::read(&path)
                        .map_err(|e| Error::io(path.display().to_string(), e))?;
                    files.insert(rel, bytes);
                }
            }
        }
        Ok(FileSet { files })
    }

    /// Dataset id to its versions, in semver order.
    fn versions(&self) -> BTreeMap<String, Vec<String>> {
        let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for path in self.files.keys() {
            let parts: Vec<&str> = path.split('/').collect();
            if parts.len() == 3 && parts[2] == "MANIFEST.toml" && semver_key(parts[1]).is_some() {
                out.entry(parts[0].to_string())
                    .or_default()
                    .push(parts[1].to_string());
            }
        }
        for versions in out.values_mut() {
            versions.sort_by_key(|v| semver_key(v));
        }
        out
    }

    fn text(&self, path: &str) -> Result<&str> {
        let bytes = self.files.get(path).ok_or_else(|| {
            Error::data(
                Location {
                    file: path.to_string(),
                    ..Location::default()
                },
                "file not found",
            )
        })?;
        utf8_text(bytes, path)
    }
}

/// The datasets and versions available in a place (embedded or a directory).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Catalog {
    /// Dataset id to its versions, oldest first.
    pub datasets: BTreeMap<String, Vec<String>>,
}

/// A verified dataset version: every checksum matched, every row checked.
#[derive(Debug, Clone)]
pub struct Dataset {
    provenance: Provenance,
    manifest: Manifest,
    texts: BTreeMap<String, String>,
    sources: Vec<Source>,
    figures: Vec<Figure>,
    derived: Vec<Derived>,
    statements: Vec<Statement>,
    assumptions: Vec<Assumption>,
    measures: Vec<Measure>,
    figure_measures: Vec<FigureMeasure>,
    wave_assumptions: Vec<WaveAssumption>,
}

impl Dataset {
    /// Loads an embedded dataset version; `None` takes the newest version.
    ///
    /// # Errors
    /// `ErrorKind::UnknownDataset` or `ErrorKind::UnknownVersion` when there is
    /// no such dataset or version; the checksum and row errors of
    /// [`Dataset::load_from_dir`] cannot occur for the shipped data, whose
    /// tests guard them.
    ///
    /// ```
    /// let ds = njov::Dataset::load("njov1", None).unwrap();
    /// assert_eq!(ds.provenance().id, "njov1");
    /// assert_eq!(ds.figure("arrests.total").unwrap().value.number(), Some(2577.0));
    /// assert!(njov::Dataset::load("njov1", Some("0.0.9")).is_err());
    /// ```
    pub fn load(dataset: &str, version: Option<&str>) -> Result<Dataset> {
        Dataset::from_files(&FileSet::embedded(), dataset, version)
    }

    /// Loads a dataset version from a directory laid out as the shipped
    /// `data/` directory (`<root>/<dataset>/<version>/...`).
    ///
    /// # Errors
    /// `ErrorKind::Io` when the directory cannot be read;
    /// `ErrorKind::Checksum` naming the file and both checksums when a file's
    /// bytes changed; `ErrorKind::Data` naming file, line and column for a
    /// missing or unknown column, a wrong type, a negative count, a percentage
    /// outside 0-100, a duplicate id, an unknown source key or reference;
    /// `ErrorKind::UnknownDataset`/`UnknownVersion`.
    ///
    /// ```
    /// let err = njov::Dataset::load_from_dir("/no/such/dir", "njov1", None).unwrap_err();
    /// assert!(matches!(err.kind(), njov::ErrorKind::Io { .. }));
    /// ```
    pub fn load_from_dir(
        root: impl AsRef<Path>,
        dataset: &str,
        version: Option<&str>,
    ) -> Result<Dataset> {
        Dataset::from_files(&FileSet::from_dir(root.as_ref())?, dataset, version)
    }

    /// Loads a dataset version from files in memory laid out as the shipped
    /// `data/` directory: each path relative to the root and `/`-separated
    /// (`njov1/1.0.0/MANIFEST.toml`, `njov1/CHANGELOG.md`), as read from an
    /// archive. Verified as [`Dataset::load_from_dir`] verifies.
    ///
    /// # Errors
    /// As [`Dataset::load_from_dir`], except that no directory is read.
    ///
    /// ```
    /// let mut files = Vec::new();
    /// for name in ["CHANGELOG.md", "1.1.0/MANIFEST.toml", "1.1.0/quantifiers.csv"] {
    ///     let bytes = std::fs::read(format!("data/quantifiers/{name}")).unwrap();
    ///     files.push((format!("quantifiers/{name}"), bytes));
    /// }
    /// let ds = njov::Dataset::load_from_files(files.clone(), "quantifiers", None)?;
    /// assert_eq!(ds.provenance().version, "1.1.0");
    /// files[2].1.push(b'\n');
    /// let err = njov::Dataset::load_from_files(files, "quantifiers", None).unwrap_err();
    /// assert!(matches!(err.kind(), njov::ErrorKind::Checksum { .. }));
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn load_from_files<P, B>(
        files: impl IntoIterator<Item = (P, B)>,
        dataset: &str,
        version: Option<&str>,
    ) -> Result<Dataset>
    where
        P: Into<String>,
        B: Into<Vec<u8>>,
    {
        let files = FileSet {
            files: files
                .into_iter()
                .map(|(path, bytes)| (path.into(), bytes.into()))
                .collect(),
        };
        Dataset::from_files(&files, dataset, version)
    }

    fn from_files(files: &FileSet, dataset: &str, version: Option<&str>) -> Result<Dataset> {
        let catalog = files.versions();
        let versions = catalog.get(dataset).ok_or_else(|| {
            Error::new(ErrorKind::UnknownDataset {
                dataset: dataset.to_string(),
                available: catalog.keys().cloned().collect(),
            })
        })?;
        let version = match version {
            Some(v) if versions.iter().any(|x| x == v) => v.to_string(),
            Some(v) => {
                return Err(Error::new(ErrorKind::UnknownVersion {
                    dataset: dataset.to_string(),
                    version: v.to_string(),
                    available: versions.clone(),
                }));
            }
            None => versions
                .last()
                .expect("a listed dataset has a version")
                .clone(),
        };
        load_version(files, dataset, &version)
    }

    /// What this dataset is: id, version, manifest checksum.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }

    /// The manifest.
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// The verified text of a table or document, by table name.
    ///
    /// # Errors
    /// `ErrorKind::UnknownTable` when the manifest lists no such table.
    pub fn text(&self, table: &str) -> Result<&str> {
        self.texts.get(table).map(String::as_str).ok_or_else(|| {
            Error::new(ErrorKind::UnknownTable {
                table: table.to_string(),
                available: self.texts.keys().cloned().collect(),
            })
        })
    }

    /// The source register.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// A source by key.
    pub fn source(&self, key: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.key == key)
    }

    /// Every published figure, table by table in manifest order.
    pub fn figures(&self) -> &[Figure] {
        &self.figures
    }

    /// A figure by id.
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The figures of one table.
    pub fn figures_of<'a>(&'a self, table: &'a str) -> impl Iterator<Item = &'a Figure> + 'a {
        self.figures.iter().filter(move |f| f.table == table)
    }

    /// The definitions of derived quantities.
    pub fn derived(&self) -> &[Derived] {
        &self.derived
    }

    /// The published statements.
    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }

    /// The assumptions of the design model.
    pub fn assumptions(&self) -> &[Assumption] {
        &self.assumptions
    }

    /// An assumption by id.
    pub fn assumption(&self, id: &str) -> Option<&Assumption> {
        self.assumptions.iter().find(|a| a.id == id)
    }

    /// The definitions the figures of a repeated survey measure (empty for
    /// a dataset without a measures table).
    ///
    /// ```
    /// let ds = njov::Dataset::load("njov_trends", Some("1.1.0")).unwrap();
    /// let m = ds.measure("undercover_solicitation").unwrap();
    /// assert_eq!(m.kind, njov::data::MeasureKind::Category);
    /// assert!(ds.measures().len() > 10);
    /// ```
    pub fn measures(&self) -> &[Measure] {
        &self.measures
    }

    /// A measure by id.
    pub fn measure(&self, id: &str) -> Option<&Measure> {
        self.measures.iter().find(|m| m.id == id)
    }

    /// The wave and measure of every figure (empty for a dataset without a
    /// figure-measures table).
    pub fn figure_measures(&self) -> &[FigureMeasure] {
        &self.figure_measures
    }

    /// The wave and measure of a figure.
    ///
    /// ```
    /// let ds = njov::Dataset::load("njov_trends", Some("1.1.0")).unwrap();
    /// let fm = ds.measure_of("w2006.undercover_operations").unwrap();
    /// assert_eq!((fm.wave.as_str(), fm.measure.as_str()), ("w2006", "undercover_operations"));
    /// ```
    pub fn measure_of(&self, figure: &str) -> Option<&FigureMeasure> {
        self.figure_measures.iter().find(|l| l.figure == figure)
    }

    /// The design assumptions of each wave (empty for a dataset that is not
    /// a repeated survey).
    pub fn wave_assumptions(&self) -> &[WaveAssumption] {
        &self.wave_assumptions
    }

    /// A wave assumption by id.
    pub fn wave_assumption(&self, id: &str) -> Option<&WaveAssumption> {
        self.wave_assumptions.iter().find(|a| a.assumption.id == id)
    }

    /// The waves of the wave assumptions, in their table's order; empty for
    /// a dataset that is not a repeated survey.
    ///
    /// ```
    /// let ds = njov::Dataset::load("njov_trends", Some("1.1.0")).unwrap();
    /// assert_eq!(ds.waves(), ["w2000", "w2006", "w2009"]);
    /// assert!(njov::Dataset::latest().unwrap().waves().is_empty());
    /// ```
    pub fn waves(&self) -> Vec<&str> {
        waves::waves_of(&self.wave_assumptions)
    }

    /// The value of a figure or derived quantity by id: a figure's printed
    /// number, or the sum of a derived quantity's terms.
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// assert_eq!(ds.value("arrests.identified_victims"), Some(998.0));
    /// ```
    pub fn value(&self, id: &str) -> Option<f64> {
        if let Some(f) = self.figure(id) {
            return f.value.number();
        }
        let d = self.derived.iter().find(|d| d.id == id)?;
        d.terms.iter().map(|t| self.value(t)).sum()
    }

    /// The unit of a figure or derived quantity by id.
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// assert_eq!(ds.unit("arrests.total").unwrap().as_str(), "arrests");
    /// ```
    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.figure(id)
            .map(|f| &f.unit)
            .or_else(|| self.derived.iter().find(|d| d.id == id).map(|d| &d.unit))
    }

    /// A label for any id: the quantity of a figure or derived quantity.
    pub fn label(&self, id: &str) -> Option<&str> {
        self.figure(id).map(|f| f.quantity.as_str()).or_else(|| {
            self.derived
                .iter()
                .find(|d| d.id == id)
                .map(|d| d.quantity.as_str())
        })
    }
}

/// The datasets and versions embedded in the library.
///
/// ```
/// let c = njov::data::embedded_catalog();
/// assert!(c.datasets["njov1"].contains(&"1.0.0".to_string()));
/// ```
pub fn embedded_catalog() -> Catalog {
    Catalog {
        datasets: FileSet::embedded().versions(),
    }
}

/// The report of a verification: every version found, verified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verified {
    /// The versions that passed, with their provenance.
    pub versions: Vec<Provenance>,
    /// How many files were hashed.
    pub files: usize,
}

/// Verifies every version of every dataset in a directory (or, with `None`,
/// the embedded data): every file hashed against its manifest, every manifest
/// against its changelog, every row checked.
///
/// # Errors
/// The first problem found, as for [`Dataset::load_from_dir`]; also
/// `ErrorKind::Data` for a file that no manifest lists, and when no dataset
/// is found at all.
pub fn verify(root: Option<&Path>) -> Result<Verified> {
    let files = match root {
        Some(r) => FileSet::from_dir(r)?,
        None => FileSet::embedded(),
    };
    let catalog = files.versions();
    if catalog.is_empty() {
        return Err(Error::data(
            Location {
                file: root.map(|r| r.display().to_string()).unwrap_or_default(),
                ..Location::default()
            },
            "no dataset found (expected <dataset>/<version>/MANIFEST.toml)",
        ));
    }
    let mut listed: BTreeSet<String> = BTreeSet::new();
    let mut versions = Vec::new();
    for (dataset, vs) in &catalog {
        listed.insert(format!("{dataset}/CHANGELOG.md"));
        for v in vs {
            let ds = load_version(&files, dataset, v)?;
            listed.insert(format!("{dataset}/{v}/MANIFEST.toml"));
            for t in &ds.manifest.tables {
                listed.insert(format!("{dataset}/{v}/{}", t.file));
            }
            versions.push(ds.provenance);
        }
    }
    for path in files.files.keys() {
        // Files at the root (the generated list of embedded files, a README)
        // and hidden files belong to no dataset.
        let hidden = path.split('/').any(|p| p.starts_with('.'));
        let at_root = !path.contains('/');
        if !listed.contains(path) && !hidden && !at_root {
            return Err(Error::data(
                Location {
                    file: path.clone(),
                    ..Location::default()
                },
                "file is not listed in any manifest",
            ));
        }
    }
    Ok(Verified {
        versions,
        files: listed.len(),
    })
}

fn load_version(files: &FileSet, dataset: &str, version: &str) -> Result<Dataset> {
    let dir = format!("{dataset}/{version}");
    let manifest_path = format!("{dir}/MANIFEST.toml");
    let manifest_text = files.text(&manifest_path)?;
    let checksum = sha256_hex(manifest_text.as_bytes());
    let manifest = Manifest::parse(manifest_text, &manifest_path)?;
    let at = |line: Option<u64>| Location {
        file: manifest_path.clone(),
        line,
        column: None,
    };
    if manifest.dataset != dataset || manifest.version != version {
        return Err(Error::data(
            at(None),
            format!(
                "manifest names {} {} but lies in {dir}",
                manifest.dataset, manifest.version
            ),
        ));
    }
    let released = check_changelog(files, dataset, version, &checksum)?;

    let mut texts = BTreeMap::new();
    for entry in &manifest.tables {
        let path = format!("{dir}/{}", entry.file);
        let bytes = files.files.get(&path).ok_or_else(|| {
            Error::data(
                Location {
                    file: path.clone(),
                    ..Location::default()
                },
                "listed in the manifest but missing",
            )
        })?;
        let actual = sha256_hex(bytes);
        if actual != entry.sha256 {
            return Err(Error::new(ErrorKind::Checksum {
                file: path,
                expected: entry.sha256.clone(),
                actual,
                released,
            }));
        }
        if texts
            .insert(entry.name.clone(), files.text(&path)?.to_string())
            .is_some()
        {
            return Err(Error::data(
                at(None),
                format!("table '{}' listed twice", entry.name),
            ));
        }
    }

    let mut ds = Dataset {
        provenance: Provenance {
            id: dataset.to_string(),
            version: version.to_string(),
            checksum,
        },
        manifest: manifest.clone(),
        texts,
        sources: Vec::new(),
        figures: Vec::new(),
        derived: Vec::new(),
        statements: Vec::new(),
        assumptions: Vec::new(),
        measures: Vec::new(),
        figure_measures: Vec::new(),
        wave_assumptions: Vec::new(),
    };
    // Sources first: every other table's source keys are checked against them.
    let mut ordered: Vec<&TableEntry> = manifest.tables.iter().collect();
    ordered.sort_by_key(|t| t.schema != Schema::Sources);
    for entry in ordered {
        let path = format!("{dir}/{}", entry.file);
        let text = ds.texts[&entry.name].clone();
        let rows = read_table(&mut ds, entry, &path, &text)?;
        if rows != entry.rows {
            return Err(Error::data(
                Location {
                    file: path,
                    ..Location::default()
                },
                format!("manifest says {} rows, file has {rows}", entry.rows),
            ));
        }
    }
    check_units(&ds, &dir)?;
    check_references(&ds, &dir)?;
    let file_of = |schema: Schema| {
        ds.manifest
            .tables
            .iter()
            .find(|t| t.schema == schema)
            .map(|t| format!("{dir}/{}", t.file))
            .unwrap_or_default()
    };
    let known = |id: &str| ds.figure(id).is_some() || ds.derived.iter().any(|d| d.id == id);
    waves::check(
        &waves::Context {
            figures: &ds.figures,
            derived: &ds.derived,
            known: &known,
            measures_file: file_of(Schema::Measures),
            links_file: file_of(Schema::FigureMeasures),
            waves_file: file_of(Schema::WaveAssumptions),
        },
        &ds.measures,
        &ds.figure_measures,
        &ds.wave_assumptions,
    )?;
    Ok(ds)
}

/// Checks the manifest's checksum against the one the changelog records
/// for the version; returns whether the changelog marks it released.
fn check_changelog(files: &FileSet, dataset: &str, version: &str, checksum: &str) -> Result<bool> {
    let path = format!("{dataset}/CHANGELOG.md");
    let text = files.text(&path)?;
    let location = || Location {
        file: path.clone(),
        ..Location::default()
    };
    let heading = format!("## {version}");
    let section = text
        .split("\n## ")
        .map(|s| s.trim_start_matches("## "))
        .find(|s| {
            s.lines()
                .next()
                .is_some_and(|l| l.split_whitespace().next() == Some(version))
        })
        .ok_or_else(|| Error::data(location(), format!("no '{heading}' section")))?;
    let recorded = section
        .lines()
        .find_map(|l| l.trim().strip_prefix("manifest sha256:"))
        .map(|s| s.trim().trim_matches('`').to_string())
        .ok_or_else(|| {
            Error::data(
                location(),
                format!("section {version} records no 'manifest sha256:'"),
            )
        })?;
    let released = section
        .lines()
        .any(|l| l.trim_start().starts_with("released:"));
    if recorded != checksum {
        return Err(Error::new(ErrorKind::Checksum {
            file: format!("{dataset}/{version}/MANIFEST.toml"),
            expected: recorded,
            actual: checksum.to_string(),
            released,
        }));
    }
    Ok(released)
}

/// Reads one table into the dataset; returns its row count.
fn read_table(ds: &mut Dataset, entry: &TableEntry, path: &str, text: &str) -> Result<u64> {
    let columns = Columns {
        required: entry.schema.columns(),
        optional: &[],
    };
    let bytes = text.as_bytes();
    match entry.schema {
        Schema::Document => Ok(text.lines().count() as u64),
        Schema::Opaque => {
            // Another layer reads its rows; here only the records are counted.
            let mut reader = csv::ReaderBuilder::new().from_reader(bytes);
            let mut count = 0u64;
            for record in reader.records() {
                record.map_err(|e| Error::csv(path, e))?;
                count += 1;
            }
            Ok(count)
        }
        Schema::Sources => {
            let rows = read_rows::<RawSource>(bytes, path, &columns)?;
            for Row { line, record: raw } in &rows {
                let c = Cell::of_row(path, *line);
                let key = c("key", &raw.key).required()?;
                if ds.sources.iter().any(|s| s.key == key) {
                    return Err(c("key", &raw.key).error(format!("duplicate source key '{key}'")));
                }
                let published = c("published", &raw.published);
                ds.sources.push(Source {
                    key,
                    citation: c("citation", &raw.citation).required()?,
                    url: c("url", &raw.url).optional(),
                    published: match published.optional() {
                        Some(_) => Some(published.parse()?),
                        None => None,
                    },
                });
            }
            Ok(rows.len() as u64)
        }
        Schema::Figures => {
            let rows = read_rows::<RawFigure>(bytes, path, &columns)?;
            for Row { line, record } in &rows {
                let figure = read_figure(ds, &entry.name, path, *line, record)?;
                ds.figures.push(figure);
            }
            Ok(rows.len() as u64)
        }
        Schema::Derived => {
            let rows = read_rows::<RawDerived>(bytes, path, &columns)?;
            for Row { line, record: raw } in &rows {
                let c = Cell::of_row(path, *line);
                let terms = c("terms", &raw.terms).list();
                if terms.is_empty() {
                    return Err(c("terms", &raw.terms).error("a derived quantity needs terms"));
                }
                ds.derived.push(Derived {
                    id: c("id", &raw.id).required()?,
                    quantity: c("quantity", &raw.quantity).required()?,
                    terms,
                    unit: c("unit", &raw.unit).parse()?,
                    base: c("base", &raw.base).optional(),
                    note: c("note", &raw.note).optional(),
                    line: *line,
                });
            }
            Ok(rows.len() as u64)
        }
        Schema::Statements => {
            let rows = read_rows::<RawStatement>(bytes, path, &columns)?;
            for Row { line, record: raw } in &rows {
                let c = Cell::of_row(path, *line);
                let unit: Unit = c("unit", &raw.unit).parse()?;
                let sources = c("source", &raw.source).list();
                check_sources(&ds.sources, &c("source", &raw.source), &sources)?;
                ds.statements.push(Statement {
                    id: c("id", &raw.id).required()?,
                    quote: c("quote", &raw.quote).required()?,
                    kind: c("kind", &raw.kind).parse()?,
                    measures: c("measures", &raw.measures).optional(),
                    base: c("base", &raw.base).optional(),
                    value: c("value", &raw.value).value(&unit)?,
                    unit,
                    wording: c("wording", &raw.wording).optional(),
                    sources,
                    status: c("status", &raw.status).parse()?,
                    note: c("note", &raw.note).optional(),
                    line: *line,
                });
            }
            Ok(rows.len() as u64)
        }
        Schema::Measures => {
            let rows = waves::read_measures(bytes, path, &columns, &ds.sources)?;
            let n = rows.len() as u64;
            ds.measures.extend(rows);
            Ok(n)
        }
        Schema::FigureMeasures => {
            let rows = waves::read_figure_measures(bytes, path, &columns)?;
            let n = rows.len() as u64;
            ds.figure_measures.extend(rows);
            Ok(n)
        }
        Schema::WaveAssumptions => {
            let rows = waves::read_wave_assumptions(bytes, path, &columns, &ds.sources)?;
            let n = rows.len() as u64;
            ds.wave_assumptions.extend(rows);
            Ok(n)
        }
        Schema::Assumptions => {
            let rows = read_rows::<RawAssumption>(bytes, path, &columns)?;
            for Row { line, record } in &rows {
                let assumption = read_assumption(&ds.sources, path, *line, record, true)?;
                ds.assumptions.push(assumption);
            }
            Ok(rows.len() as u64)
        }
    }
}

fn read_figure(
    ds: &Dataset,
    table: &str,
    path: &str,
    line: u64,
    raw: &RawFigure,
) -> Result<Figure> {
    let c = Cell::of_row(path, line);
    let unit: Unit = c("unit", &raw.unit).parse()?;
    let status: Status = c("status", &raw.status).parse()?;
    let value = c("value", &raw.value).value(&unit)?;
    let wording = c("wording", &raw.wording).optional();
    let sources = c("source", &raw.source).list();
    check_sources(&ds.sources, &c("source", &raw.source), &sources)?;
    match status {
        Status::NotPublished if !matches!(value, FigureValue::None) => {
            return Err(c("value", &raw.value)
                .error("a figure that is not published holds no value (never fill these in)"));
        }
        Status::Printed | Status::Secondary => {
            if matches!(value, FigureValue::None) && wording.is_none() {
                return Err(c("value", &raw.value)
                    .error("a printed or secondary figure needs a value or a wording"));
            }
            if sources.is_empty() {
                return Err(
                    c("source", &raw.source).error("a printed or secondary figure needs a source")
                );
            }
        }
        Status::NotPublished => {}
    }
    let numerator = c("numerator", &raw.numerator).optional();
    if numerator.is_some() && unit != Unit::Percent {
        return Err(c("numerator", &raw.numerator).error("only a percentage has a numerator"));
    }
    Ok(Figure {
        id: c("id", &raw.id).required()?,
        table: table.to_string(),
        quantity: c("quantity", &raw.quantity).required()?,
        value,
        unit,
        numerator,
        base: c("base", &raw.base).optional(),
        wording,
        sources,
        status,
        note: c("note", &raw.note).optional(),
        line,
    })
}

/// Every count unit is one the manifest lists, or (when it lists none) one
/// that at least two rows use: a unit is a word of the dataset's vocabulary,
/// and a one-off is taken for a misspelling rather than a new unit.
fn check_units(ds: &Dataset, dir: &str) -> Result<()> {
    let schema_file = |schema: Schema| {
        ds.manifest
            .tables
            .iter()
            .find(|t| t.schema == schema)
            .map(|t| format!("{dir}/{}", t.file))
            .unwrap_or_default()
    };
    let mut uses: Vec<(&Unit, String, u64)> = Vec::new();
    for f in &ds.figures {
        let file = ds
            .manifest
            .table(&f.table)
            .map(|t| format!("{dir}/{}", t.file))
            .unwrap_or_default();
        uses.push((&f.unit, file, f.line));
    }
    for d in &ds.derived {
        uses.push((&d.unit, schema_file(Schema::Derived), d.line));
    }
    for s in &ds.statements {
        uses.push((&s.unit, schema_file(Schema::Statements), s.line));
    }
    for m in &ds.measures {
        uses.push((&m.unit, schema_file(Schema::Measures), m.line));
    }
    let counts: Vec<&str> = uses
        .iter()
        .filter(|(u, _, _)| u.is_count())
        .map(|(u, _, _)| u.as_str())
        .collect();
    let mut vocabulary: Vec<&str> = if ds.manifest.units.is_empty() {
        counts
            .iter()
            .copied()
            .filter(|u| counts.iter().filter(|v| v == &u).count() >= 2)
            .collect()
    } else {
        ds.manifest.units.iter().map(String::as_str).collect()
    };
    vocabulary.sort_unstable();
    vocabulary.dedup();
    for (unit, file, line) in &uses {
        if unit.is_count() && !vocabulary.contains(&unit.as_str()) {
            return Err(Error::data(
                Location::at(file.clone(), *line, "unit"),
                format!(
                    "unknown unit '{unit}' (expected percent, period, text or one of the dataset's count units: {})",
                    vocabulary.join(", ")
                ),
            ));
        }
    }
    Ok(())
}

/// Ids unique across figures, derived quantities and statements; every
/// reference (numerator, base, terms, measures) names a known id.
fn check_references(ds: &Dataset, dir: &str) -> Result<()> {
    let file_of = |table: &str| {
        ds.manifest
            .table(table)
            .map(|t| format!("{dir}/{}", t.file))
            .unwrap_or_default()
    };
    let schema_file = |schema: Schema| {
        ds.manifest
            .tables
            .iter()
            .find(|t| t.schema == schema)
            .map(|t| format!("{dir}/{}", t.file))
            .unwrap_or_default()
    };
    let err = |file: String, line: Option<u64>, column: &str, message: String| {
        Error::data(
            Location {
                file,
                line,
                column: Some(column.to_string()),
            },
            message,
        )
    };
    let mut seen: BTreeMap<&str, String> = BTreeMap::new();
    let mut ids: Vec<(&str, String, Option<u64>)> = Vec::new();
    for f in &ds.figures {
        ids.push((&f.id, file_of(&f.table), Some(f.line)));
    }
    for d in &ds.derived {
        ids.push((&d.id, schema_file(Schema::Derived), Some(d.line)));
    }
    for s in &ds.statements {
        ids.push((&s.id, schema_file(Schema::Statements), Some(s.line)));
    }
    for (id, file, line) in &ids {
        if let Some(first) = seen.insert(id, file.clone()) {
            return Err(err(
                file.clone(),
                *line,
                "id",
                format!("duplicate id '{id}' (first in {first})"),
            ));
        }
    }
    let known = |id: &str| ds.figure(id).is_some() || ds.derived.iter().any(|d| d.id == id);
    for f in &ds.figures {
        for (column, r) in [("numerator", &f.numerator), ("base", &f.base)] {
            if let Some(r) = r.as_deref().filter(|r| !known(r)) {
                return Err(err(
                    file_of(&f.table),
                    Some(f.line),
                    column,
                    format!("unknown id '{r}'"),
                ));
            }
        }
    }
    for d in &ds.derived {
        for r in d.terms.iter().chain(d.base.iter()) {
            if !known(r) || r == &d.id {
                return Err(err(
                    schema_file(Schema::Derived),
                    Some(d.line),
                    "terms",
                    format!("unknown id '{r}'"),
                ));
            }
        }
    }
    let assumption_file = schema_file(Schema::Assumptions);
    for a in &ds.assumptions {
        if let Some(first) = seen.insert(&a.id, assumption_file.clone()) {
            return Err(err(
                assumption_file.clone(),
                Some(a.line),
                "id",
                format!("duplicate id '{}' (first in {first})", a.id),
            ));
        }
    }
    let tables: Vec<&str> = ds.manifest.tables.iter().map(|t| t.name.as_str()).collect();
    for a in &ds.assumptions {
        let mut refs: Vec<(&str, &str)> = Vec::new();
        refs.extend(a.figure.as_deref().map(|r| ("figure", r)));
        refs.extend(a.represents.as_deref().map(|r| ("represents", r)));
        if let Some(AssumptionRule::Proportional { part, whole, .. }) = &a.rule {
            refs.push(("rule", part));
            refs.push(("rule", whole));
        }
        for (column, r) in refs {
            if !known(r) {
                return Err(err(
                    assumption_file.clone(),
                    Some(a.line),
                    column,
                    format!("unknown id '{r}'"),
                ));
            }
        }
        if let Some(AssumptionRule::Proportional { base, .. }) = &a.rule
            && !ds.assumptions.iter().any(|b| &b.id == base && b.id != a.id)
        {
            return Err(err(
                assumption_file.clone(),
                Some(a.line),
                "rule",
                format!("unknown assumption '{base}'"),
            ));
        }
        for t in &a.applies_to {
            if !known(t) && !tables.contains(&t.as_str()) {
                return Err(err(
                    assumption_file.clone(),
                    Some(a.line),
                    "applies_to",
                    format!("unknown table or id '{t}'"),
                ));
            }
        }
    }
    for s in &ds.statements {
        for (column, r) in [("measures", &s.measures), ("base", &s.base)] {
            if let Some(r) = r.as_deref().filter(|r| !known(r)) {
                return Err(err(
                    schema_file(Schema::Statements),
                    Some(s.line),
                    column,
                    format!("unknown id '{r}'"),
                ));
            }
        }
    }
    Ok(())
}
