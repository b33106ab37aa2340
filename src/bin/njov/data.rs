//! `njov data`: the versioned data: list, verify, show.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use njov::claims::{ALIAS_TABLE, AliasTable, QUANTIFIER_DATASET, QuantifierTable};
use njov::data::{embedded_catalog, verify};
use njov::report::document::{Block, Cell, Column, Document, Section, Table};
use njov::report::render_document;
use njov::{Dataset, Format};

use crate::format;
use crate::options::DataArgs;
use crate::output::emit;

/// The subcommands of `njov data`.
#[derive(Subcommand)]
pub(crate) enum Command {
    /// List the embedded datasets, versions and tables.
    List,
    /// Verify checksums and rows: of a data directory, or of the embedded data
    /// (with the quantifier and alias tables read by the claims layer).
    Verify {
        /// A directory laid out as data/ (<dataset>/<version>/...).
        path: Option<PathBuf>,
        /// Output format: text or json.
        #[arg(long, value_parser = format::accepts(format::ONE), default_value = "text")]
        format: Format,
    },
    /// Write the first version of a new dataset, a template that verifies:
    /// a changelog, a manifest, the sources register and a figures table.
    New {
        /// The dataset's id (lower-case letters, digits and _).
        name: String,
        /// The folder that holds datasets (the template goes into DIR/NAME).
        #[arg(long)]
        data_dir: PathBuf,
    },
    /// Print one table as CSV (or a document as text).
    Show {
        /// The table's name (see `njov data list`).
        table: String,
        #[command(flatten)]
        data: DataArgs,
    },
}

impl Command {
    /// The format asked for, where the subcommand has one.
    pub(crate) fn format(&self) -> Option<Format> {
        match self {
            Command::Verify { format, .. } => Some(*format),
            _ => None,
        }
    }
}

/// `njov data`.
pub(crate) fn run(command: &Command) -> njov::Result<()> {
    match command {
        Command::List => data_list(),
        Command::Verify { path, format } => data_verify(path.as_deref(), *format),
        Command::Show { table, data } => data_show(data, table),
        Command::New { name, data_dir } => data_new(name, data_dir),
    }
}

/// `njov data new`: the template, and what to do next.
fn data_new(name: &str, data_dir: &Path) -> njov::Result<()> {
    let p = njov::data::write_template(data_dir, name)?;
    let dir = data_dir.join(name);
    let doc = Document::new(format!("wrote {}", dir.display()))
        .with(Block::paragraph(format!("{p} verifies.")))
        .with(Block::List {
            items: vec![
                format!(
                    "edit {}/{}/sources.csv and figures.csv (README: A dataset of your own)",
                    dir.display(),
                    p.version
                ),
                format!(
                    "python3 scripts/update_manifest.py {}/{}",
                    dir.display(),
                    p.version
                ),
                format!(
                    "njov data verify {0}; njov reproduce --data-dir {0} --dataset {name}",
                    data_dir.display()
                ),
            ],
        });
    emit(&render_document(&doc, Format::Text)?, None)
}

/// `njov data list`: a listing of every embedded version, each headed by its
/// provenance, with its tables under its title.
fn data_list() -> njov::Result<()> {
    let mut doc = Document::new("").listing();
    for (id, versions) in &embedded_catalog().datasets {
        for v in versions {
            let ds = Dataset::load(id, Some(v))?;
            let mut tables = Table::new(vec![
                Column::new("table").width(20),
                Column::new("schema").width(10),
                Column::new("rows").right().width(9),
                Column::new("description").gap(2),
            ])
            .captioned(&ds.manifest().title);
            for t in &ds.manifest().tables {
                tables.push(vec![
                    Cell::id(&t.name),
                    Cell::text(t.schema.as_str()),
                    Cell::number(t.rows as f64, format!("{} rows", t.rows)),
                    Cell::text(&t.description),
                ]);
            }
            let mut section = Section::new(ds.provenance().to_string()).listing();
            section.push(Block::Table(tables));
            doc.push(Block::Section(section));
        }
    }
    emit(&render_document(&doc, Format::Text)?, None)
}

/// `njov data verify`: every checksum and row of the data layer, then the
/// tables the claims layer reads (a dataset's alias table, the quantifier
/// table), so that a table `njov scan` or `njov check` would refuse is
/// refused here first.
fn data_verify(path: Option<&Path>, format: Format) -> njov::Result<()> {
    let verified = verify(path)?;
    for p in &verified.versions {
        let ds = match path {
            Some(root) => Dataset::load_from_dir(root, &p.id, Some(&p.version))?,
            None => Dataset::load(&p.id, Some(&p.version))?,
        };
        if ds.manifest().table(ALIAS_TABLE).is_some() {
            AliasTable::from_dataset(&ds)?;
        }
        if p.id == QUANTIFIER_DATASET {
            let file = format!("{}/{}/quantifiers.csv", p.id, p.version);
            QuantifierTable::from_csv(ds.text("quantifiers")?, &file)?;
        }
    }
    let text = match format {
        Format::Json => {
            let mut json = serde_json::to_string_pretty(&verified)
                .map_err(|e| njov::Error::render("JSON", e))?;
            json.push('\n');
            json
        }
        _ => {
            let doc = Document::new("")
                .with(Block::List {
                    items: verified
                        .versions
                        .iter()
                        .map(|p| format!("ok  {p}"))
                        .collect(),
                })
                .with(Block::paragraph(format!(
                    "verified {} files in {} dataset versions",
                    verified.files,
                    verified.versions.len()
                )));
            render_document(&doc, format)?
        }
    };
    emit(&text, None)
}

/// `njov data show`.
fn data_show(data: &DataArgs, table: &str) -> njov::Result<()> {
    let ds = data.load()?;
    print!("{}", ds.text(table)?);
    Ok(())
}
