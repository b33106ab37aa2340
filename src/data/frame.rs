//! Tables as polars DataFrames.

use std::io::Cursor;

use polars::prelude::{Column, DataFrame};
use polars_io::prelude::{CsvReadOptions, SerReader};

use crate::data::dataset::Dataset;
use crate::data::dataset::Provenance;
use crate::data::manifest::Schema;
use crate::data::rows::{Figure, FigureValue};
use crate::error::{Error, ErrorKind, Result};

impl Provenance {
    /// `dataset`, `version` and `checksum` as three columns of `rows` equal
    /// values: the provenance on every row of a frame of results.
    pub(crate) fn frame_columns(&self, rows: usize) -> [Column; 3] {
        [
            ("dataset", &self.id),
            ("version", &self.version),
            ("checksum", &self.checksum),
        ]
        .map(|(name, value)| Column::new(name.into(), vec![value.as_str(); rows]))
    }
}

/// A table as a polars DataFrame, with what it was read from.
#[derive(Debug, Clone)]
pub struct TableFrame {
    /// Dataset id, version and manifest checksum.
    pub provenance: Provenance,
    /// The table's name.
    pub table: String,
    /// The rows.
    pub frame: DataFrame,
}

impl Dataset {
    /// A table as a polars DataFrame.
    ///
    /// Figure tables come typed: `value` is a nullable `f64` (periods and
    /// words are null there), `value_text` keeps the printed text and
    /// `decimals` the printed precision. Other tables come as text columns,
    /// as their CSV has them.
    ///
    /// # Errors
    /// `ErrorKind::UnknownTable` for a name the manifest does not list, or a
    /// document (which has no rows); `ErrorKind::Polars` if polars fails.
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// let t = ds.frame("arrest_categories").unwrap();
    /// assert_eq!(t.frame.height(), 7);
    /// assert_eq!(t.provenance.id, "njov1");
    /// ```
    pub fn frame(&self, table: &str) -> Result<TableFrame> {
        let entry = self
            .manifest()
            .table(table)
            .filter(|t| t.schema != Schema::Document)
            .ok_or_else(|| {
                Error::new(ErrorKind::UnknownTable {
                    table: table.to_string(),
                    available: self
                        .manifest()
                        .tables
                        .iter()
                        .filter(|t| t.schema != Schema::Document)
                        .map(|t| t.name.clone())
                        .collect(),
                })
            })?;
        let frame = if entry.schema == Schema::Figures {
            self.figure_frame(table)?
        } else {
            let bytes = self.text(table)?.as_bytes().to_vec();
            CsvReadOptions::default()
                .with_has_header(true)
                // Every column as text: a data file's cells are checked by
                // the typed loader, not guessed by inference.
                .with_infer_schema_length(Some(0))
                .into_reader_with_file_handle(Cursor::new(bytes))
                .finish()?
        };
        Ok(TableFrame {
            provenance: self.provenance().clone(),
            table: table.to_string(),
            frame,
        })
    }

    fn figure_frame(&self, table: &str) -> Result<DataFrame> {
        let rows: Vec<_> = self.figures_of(table).collect();
        let text = |f: fn(&Figure) -> Option<String>| -> Vec<Option<String>> {
            rows.iter().map(|r| f(r)).collect()
        };
        let value: Vec<Option<f64>> = rows.iter().map(|r| r.value.number()).collect();
        let decimals: Vec<Option<u32>> = rows
            .iter()
            .map(|r| match &r.value {
                FigureValue::Number(p) => Some(p.decimals()),
                _ => None,
            })
            .collect();
        let value_text = text(|r| r.value.printed());
        let columns = vec![
            Column::new("id".into(), text(|r| Some(r.id.clone()))),
            Column::new("quantity".into(), text(|r| Some(r.quantity.clone()))),
            Column::new("value".into(), value),
            Column::new("decimals".into(), decimals),
            Column::new("value_text".into(), value_text),
            Column::new("unit".into(), text(|r| Some(r.unit.to_string()))),
            Column::new("numerator".into(), text(|r| r.numerator.clone())),
            Column::new("base".into(), text(|r| r.base.clone())),
            Column::new("wording".into(), text(|r| r.wording.clone())),
            Column::new("source".into(), text(|r| Some(r.sources.join(";")))),
            Column::new("status".into(), text(|r| Some(r.status.to_string()))),
            Column::new("note".into(), text(|r| r.note.clone())),
        ];
        Ok(DataFrame::new(rows.len(), columns)?)
    }
}
