//! Microdata CSV files read in batches through polars, in memory bounded by
//! the batch size: the input of the one-pass estimator
//! ([`StreamingEstimator`](crate::survey::StreamingEstimator)).

use std::io::{Cursor, Read};
use std::path::Path;
use std::sync::Arc;

use polars::prelude::{DataFrame, DataType, Field, PlSmallStr, Schema};
use polars_io::prelude::{CsvReadOptions, SerReader};

use crate::error::{Error, Result};

use super::frame::{Records, check_finite, check_records, text_in_numeric, wanted_columns};

/// The bytes of a batch, about (a batch ends at the first record end past it).
pub const DEFAULT_BATCH_BYTES: usize = 8 << 20;

/// The end (one past its line feed) of the last whole record in `bytes`,
/// which start at a record's start. With quotes, a line feed ends a record
/// only outside a quoted field: after an even number of quote characters
/// (an escaped quote `""` counts twice).
fn last_record_end(bytes: &[u8], quoted: bool) -> Option<usize> {
    if !quoted {
        return memchr::memrchr(b'\n', bytes).map(|i| i + 1);
    }
    let mut inside = false;
    let mut last = None;
    for i in memchr::memchr2_iter(b'"', b'\n', bytes) {
        if bytes[i] == b'"' {
            inside = !inside;
        } else if !inside {
            last = Some(i + 1);
        }
    }
    last
}

/// The end of the first record (the header) in `bytes`.
fn first_record_end(bytes: &[u8], quoted: bool) -> Option<usize> {
    let mut inside = false;
    for i in memchr::memchr2_iter(b'"', b'\n', bytes) {
        if bytes[i] == b'"' {
            inside = quoted && !inside;
        } else if !inside {
            return Some(i + 1);
        }
    }
    None
}

/// Reads the named columns of a microdata CSV file as [`read_csv`](crate::survey::read_csv)
/// does (the same checks of the whole file first, `numeric` columns as
/// `f64` with an empty cell as null, the same refusals), but in batches of
/// about `batch_bytes` bytes of the file, each parsed by polars into a
/// DataFrame and handed to `each` in file order, so that memory holds one
/// batch whatever the file's size. Label columns come as text (the
/// in-memory reader's integers are the same text: it takes a column as
/// integers only when they are written canonically). Returns the number
/// of rows.
///
/// # Errors
///
/// As [`read_csv`](crate::survey::read_csv), and the first error of `each`.
///
/// ```
/// let mut rows = Vec::new();
/// let n = njov::survey::read_csv_batches(
///     "tests/data/api/apistrat.csv",
///     &["api00"],
///     &["stype"],
///     4096,
///     |df| {
///         rows.push(df.height());
///         Ok(())
///     },
/// )?;
/// assert_eq!(n, 200);
/// assert!(rows.len() > 1);
/// assert_eq!(rows.iter().sum::<usize>(), 200);
/// # Ok::<(), njov::Error>(())
/// ```
pub fn read_csv_batches(
    path: impl AsRef<Path>,
    numeric: &[&str],
    labels: &[&str],
    batch_bytes: usize,
    mut each: impl FnMut(&DataFrame) -> Result<()>,
) -> Result<u64> {
    let path = path.as_ref();
    let name = path.display().to_string();
    let Records {
        header, unquoted, ..
    } = check_records(path, &name)?;
    let wanted = wanted_columns(&header, numeric, labels, &name)?;
    let types: Arc<Schema> = Arc::new(
        numeric
            .iter()
            .map(|c| Field::new(PlSmallStr::from(*c), DataType::Float64))
            .chain(
                labels
                    .iter()
                    .filter(|c| !numeric.contains(c))
                    .map(|c| Field::new(PlSmallStr::from(*c), DataType::String)),
            )
            .collect(),
    );
    let columns: Arc<[PlSmallStr]> = wanted.iter().map(|c| PlSmallStr::from(*c)).collect();
    let parse = |bytes: Vec<u8>| -> Result<DataFrame> {
        let df = CsvReadOptions::default()
            .with_has_header(true)
            .with_infer_schema_length(Some(0))
            .with_schema_overwrite(Some(types.clone()))
            .with_columns(Some(columns.clone()))
            .map_parse_options(|p| if unquoted { p.with_quote_char(None) } else { p })
            .into_reader_with_file_handle(Cursor::new(bytes))
            .finish()
            .map_err(|e| text_in_numeric(path, &name, &header, numeric, e))?;
        check_finite(&df, numeric, path, &name, &header)?;
        Ok(df)
    };

    let mut file = std::fs::File::open(path).map_err(|e| Error::io(&name, e))?;
    let batch_bytes = batch_bytes.max(1);
    let mut buf: Vec<u8> = Vec::with_capacity(batch_bytes + (1 << 16));
    let mut eof = false;
    // reads until `buf` holds `want` bytes; true at the end of the file
    let mut fill = |buf: &mut Vec<u8>, want: usize| -> Result<bool> {
        let mut filled = buf.len();
        buf.resize(want.max(filled + 1), 0);
        while filled < buf.len() {
            match file.read(&mut buf[filled..]) {
                Ok(0) => {
                    buf.truncate(filled);
                    return Ok(true);
                }
                Ok(n) => filled += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(Error::io(&name, e)),
            }
        }
        Ok(false)
    };
    // the header, prepended to every batch
    let head = loop {
        if let Some(end) = first_record_end(&buf, !unquoted) {
            break buf.drain(..end).collect::<Vec<u8>>();
        }
        if eof {
            // a header without a line end: no rows
            return Ok(0);
        }
        let want = buf.len() + 4096;
        eof = fill(&mut buf, want)?;
    };
    let mut rows = 0u64;
    loop {
        if !eof && buf.len() < batch_bytes {
            eof = fill(&mut buf, batch_bytes)?;
        }
        let cut = if eof {
            buf.len()
        } else {
            match last_record_end(&buf, !unquoted) {
                Some(end) => end,
                None => {
                    // a record longer than the buffer: read on
                    let want = 2 * buf.len() + 1;
                    eof = fill(&mut buf, want)?;
                    continue;
                }
            }
        };
        if buf[..cut].iter().any(|b| !b.is_ascii_whitespace()) {
            let mut bytes = Vec::with_capacity(head.len() + cut);
            bytes.extend_from_slice(&head);
            bytes.extend_from_slice(&buf[..cut]);
            let df = parse(bytes)?;
            rows += df.height() as u64;
            each(&df)?;
        }
        buf.drain(..cut);
        if eof && buf.is_empty() {
            return Ok(rows);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_end_outside_quotes() {
        let text = b"a,\"b\nc\",d\n1,2,3\n\"x\"\"\n\",5";
        assert_eq!(last_record_end(text, true), Some(16));
        assert_eq!(first_record_end(text, true), Some(10));
        assert_eq!(last_record_end(b"1,2\n3,4", false), Some(4));
        assert_eq!(last_record_end(b"1,2", false), None);
    }

    #[test]
    fn batches_hold_every_row_once_with_quoted_line_breaks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("q.csv");
        let mut text = String::from("\u{feff}g,y\n");
        for i in 0..500 {
            text.push_str(&format!("\"a,{}\nb\",{i}\n", i % 3));
        }
        std::fs::write(&path, &text).unwrap();
        let whole = crate::survey::read_csv(&path, &["y"], &["g"]).unwrap();
        for batch in [1, 10, 1000, 1 << 20] {
            let mut ys = Vec::new();
            let mut gs = Vec::new();
            let n = read_csv_batches(&path, &["y"], &["g"], batch, |df| {
                ys.extend(crate::survey::column_f64(df, "y")?);
                gs.extend(crate::survey::column_text(df, "g")?);
                Ok(())
            })
            .unwrap();
            assert_eq!(n, 500);
            assert_eq!(ys, crate::survey::column_f64(&whole, "y").unwrap());
            assert_eq!(gs, crate::survey::column_text(&whole, "g").unwrap());
        }
    }
}
