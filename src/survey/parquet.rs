//! Microdata Parquet files, read one row group at a time through polars'
//! Parquet reader (the `parquet` feature): the one-pass estimator's other
//! input.

use std::path::Path;

use polars::prelude::DataFrame;
use polars_io::prelude::{ParquetReader, SerReader};

use crate::error::{Error, Result};

/// Reads the named columns of a Parquet file (only those: the reader's
/// projection), one row group at a time, handing each to `each` in file
/// order as a DataFrame with the file's types; memory holds one row group's
/// columns whatever the file's size. Returns the number of rows. Numeric
/// columns are read with [`column_f64`](crate::survey::column_f64) (a null
/// is NaN) and labels with a cast to text, as for a CSV file.
///
/// # Errors
///
/// `ErrorKind::Io` naming the path when the file cannot be opened;
/// `ErrorKind::InvalidArgument` naming a column the file lacks; polars'
/// error for a file that is not Parquet; the first error of `each`.
///
/// ```no_run
/// let mut rows = 0;
/// let n = njov::survey::read_parquet_batches("survey.parquet", &["y", "w", "stratum"], |df| {
///     rows += df.height();
///     Ok(())
/// })?;
/// assert_eq!(n as usize, rows);
/// # Ok::<(), njov::Error>(())
/// ```
pub fn read_parquet_batches(
    path: impl AsRef<Path>,
    columns: &[&str],
    mut each: impl FnMut(&DataFrame) -> Result<()>,
) -> Result<u64> {
    let path = path.as_ref();
    let name = path.display().to_string();
    let open = || std::fs::File::open(path).map_err(|e| Error::io(&name, e));
    let mut reader = ParquetReader::new(open()?);
    let schema = reader.schema()?;
    let present: Vec<&str> = schema.iter_names().map(|n| n.as_str()).collect();
    let mut wanted: Vec<String> = Vec::new();
    for c in columns {
        if !present.contains(c) {
            return Err(Error::invalid_argument(
                "column",
                c,
                format!("a column of {name} (available: {})", present.join(", ")),
            ));
        }
        if !wanted.iter().any(|w| w == c) {
            wanted.push(c.to_string());
        }
    }
    let groups: Vec<usize> = reader
        .get_metadata()?
        .row_groups
        .iter()
        .map(|g| g.num_rows())
        .collect();
    let mut offset = 0usize;
    for n in groups {
        let df = ParquetReader::new(open()?)
            .with_columns(Some(wanted.clone()))
            .with_slice(Some((offset, n)))
            .finish()?;
        offset += n;
        each(&df)?;
    }
    Ok(offset as u64)
}

/// Reads the named columns of a Parquet file whole, with the file's types
/// (the in-memory path's input, as [`read_csv`](crate::survey::read_csv)'s
/// for a CSV file).
///
/// # Errors
///
/// As [`read_parquet_batches`].
///
/// ```no_run
/// let df = njov::survey::read_parquet("survey.parquet", &["y", "w"])?;
/// assert_eq!(df.width(), 2);
/// # Ok::<(), njov::Error>(())
/// ```
pub fn read_parquet(path: impl AsRef<Path>, columns: &[&str]) -> Result<DataFrame> {
    let mut parts: Vec<DataFrame> = Vec::new();
    read_parquet_batches(path, columns, |df| {
        parts.push(df.clone());
        Ok(())
    })?;
    let mut out = parts.remove(0);
    for p in &parts {
        out.vstack_mut(p)?;
    }
    Ok(out)
}
