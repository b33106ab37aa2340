//! The one CSV row reader: serde records, a header checked against the
//! columns a table must and may have, and every error located by file, line
//! and column. The dataset tables, the quantifier table and `njov ci
//! --input` all read through it.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{Error, Location, Result};

/// The columns a table must have and may have. A column outside both is an
/// error, so a misspelt optional column is caught rather than ignored.
///
/// ```
/// use njov::data::Columns;
/// let c = Columns { required: &["successes", "trials"], optional: &["n_eff", "df"] };
/// assert!(c.allows("df") && !c.allows("dfs"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns<'a> {
    /// Columns every file must have.
    pub required: &'a [&'a str],
    /// Columns a file may have.
    pub optional: &'a [&'a str],
}

impl Columns<'_> {
    /// Whether a column of this name is allowed.
    ///
    /// ```
    /// let c = njov::data::Columns { required: &["id"], optional: &[] };
    /// assert!(c.allows("id"));
    /// ```
    pub fn allows(&self, name: &str) -> bool {
        self.required.contains(&name) || self.optional.contains(&name)
    }

    fn expected(&self) -> String {
        let mut all: Vec<String> = self.required.iter().map(|c| c.to_string()).collect();
        all.extend(self.optional.iter().map(|c| format!("{c} (optional)")));
        all.join(", ")
    }
}

/// One record of a table and the line it starts on (the header is line 1).
#[derive(Debug, Clone, PartialEq)]
pub struct Row<T> {
    /// The 1-based line number.
    pub line: u64,
    /// The record.
    pub record: T,
}

/// Reads every row of a CSV text into records of type `T` (through serde,
/// by column name), after checking the header against `columns`.
///
/// # Errors
/// `ErrorKind::Data` at line 1 naming the column for a missing, unknown or
/// repeated column, and for an empty file; `ErrorKind::Data` at the line
/// and column of a cell that does not read as its field's type (text in a
/// number column, a negative count, a number too large for its type);
/// `ErrorKind::Data` at the line and column of the first byte that is not
/// UTF-8; `ErrorKind::Csv` for malformed CSV (unequal row lengths), keeping
/// the `csv` error as the source. A byte-order mark before the header and
/// CR LF line ends are read as any spreadsheet writes them.
///
/// ```
/// use njov::data::{Columns, read_rows};
/// #[derive(serde::Deserialize)]
/// #[derive(Debug)]
/// struct Pair { successes: u64, trials: u64, df: Option<f64> }
/// let cols = Columns { required: &["successes", "trials"], optional: &["df"] };
/// let rows = read_rows::<Pair>(b"successes,trials\n3,10\n", "in.csv", &cols).unwrap();
/// assert_eq!((rows[0].line, rows[0].record.successes, rows[0].record.df), (2, 3, None));
/// let err = read_rows::<Pair>(b"successes,trials\nx,10\n", "in.csv", &cols).unwrap_err();
/// assert!(err.to_string().starts_with("in.csv, line 2, column 'successes'"));
/// let err = read_rows::<Pair>(b"successes,trial\n", "in.csv", &cols).unwrap_err();
/// assert!(err.to_string().contains("column 'trials': missing column"));
/// ```
pub fn read_rows<T: DeserializeOwned>(
    bytes: &[u8],
    file: &str,
    columns: &Columns<'_>,
) -> Result<Vec<Row<T>>> {
    if let Some(e) = not_utf8(bytes, file) {
        return Err(e);
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(bytes);
    let headers = reader.headers().map_err(|e| Error::csv(file, e))?.clone();
    let header_error =
        |column: &str, message: String| Error::data(Location::at(file, 1, column), message);
    if headers.is_empty() || (headers.len() == 1 && headers[0].is_empty()) {
        return Err(Error::data(
            Location::file(file),
            format!("empty file: expected a header row ({})", columns.expected()),
        ));
    }
    for c in columns.required {
        if !headers.iter().any(|h| h == *c) {
            return Err(header_error(
                c,
                format!(
                    "missing column: add it to the header (expected {})",
                    columns.expected()
                ),
            ));
        }
    }
    for (i, h) in headers.iter().enumerate() {
        if !columns.allows(h) {
            return Err(header_error(
                h,
                format!("unknown column (expected {})", columns.expected()),
            ));
        }
        if headers.iter().take(i).any(|earlier| earlier == h) {
            return Err(header_error(h, "column given twice: keep one".into()));
        }
    }
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| Error::csv(file, e))?;
        let line = record.position().map_or(0, |p| p.line());
        let value: T = record.deserialize(Some(&headers)).map_err(|e| {
            let column = match e.kind() {
                csv::ErrorKind::Deserialize { err, .. } => err
                    .field()
                    .and_then(|f| headers.get(f as usize))
                    .map(str::to_string),
                _ => None,
            };
            match (e.kind(), column) {
                (csv::ErrorKind::Deserialize { err, .. }, Some(column)) => {
                    let cell = record
                        .get(err.field().unwrap_or(0) as usize)
                        .unwrap_or_default();
                    Error::data(
                        Location::at(file, line, column),
                        format!("'{cell}': {}", err.kind()),
                    )
                }
                _ => Error::csv(file, e),
            }
        })?;
        out.push(Row {
            line,
            record: value,
        });
    }
    Ok(out)
}

/// The error for bytes that are not UTF-8, located at the line (and, in a
/// CSV file, the column) of the first bad byte; `None` when they are UTF-8.
/// A file in Latin-1 or Windows-1252 fails here, and the message says so,
/// rather than as a confusing CSV or parse error further on.
pub(crate) fn not_utf8(bytes: &[u8], file: &str) -> Option<Error> {
    let e = std::str::from_utf8(bytes).err()?;
    let offset = e.valid_up_to();
    let mut line = bytes[..offset].iter().filter(|b| **b == b'\n').count() as u64 + 1;
    let mut column = None;
    if file.ends_with(".csv") {
        // The field that holds the byte, named by the header.
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes);
        let mut header: Option<csv::ByteRecord> = None;
        for record in reader.byte_records() {
            let Ok(record) = record else { break };
            if let Some(i) = record.iter().position(|f| std::str::from_utf8(f).is_err()) {
                let names = header.as_ref().unwrap_or(&record);
                column = names
                    .get(i)
                    .map(|n| String::from_utf8_lossy(n).into_owned());
                line = record.position().map_or(line, |p| p.line());
                break;
            }
            if header.is_none() {
                header = Some(record);
            }
        }
    }
    Some(Error::data(
        Location {
            file: file.to_string(),
            line: Some(line),
            column,
        },
        format!(
            "the byte 0x{:02X} is not UTF-8 (is the file Latin-1 or Windows-1252?): save the file as UTF-8",
            bytes[offset]
        ),
    ))
}

/// Bytes as UTF-8 text, or the error of a file that is not UTF-8, at the
/// line (and, in a `.csv` file, the column) of its first bad byte, with
/// what to do about it.
///
/// # Errors
/// `ErrorKind::Data` as described.
///
/// ```
/// use njov::data::utf8_text;
/// assert_eq!(utf8_text(b"caf\xc3\xa9", "a.txt").unwrap(), "café");
/// let err = utf8_text(b"line 1\ncaf\xe9\n", "a.txt").unwrap_err();
/// assert!(err.to_string().starts_with("a.txt, line 2: the byte 0xE9 is not UTF-8"));
/// ```
pub fn utf8_text<'a>(bytes: &'a [u8], file: &str) -> Result<&'a str> {
    match not_utf8(bytes, file) {
        Some(e) => Err(e),
        None => Ok(std::str::from_utf8(bytes).unwrap_or_default()),
    }
}

/// As [`read_rows`], from a file.
///
/// # Errors
/// `ErrorKind::Io` naming the path when it cannot be read (the
/// [`std::io::Error`] is the source); then as [`read_rows`].
///
/// ```
/// use njov::data::{Columns, read_rows_from_path};
/// let cols = Columns { required: &["a"], optional: &[] };
/// let err = read_rows_from_path::<std::collections::HashMap<String, String>>(
///     std::path::Path::new("/no/such.csv"), &cols).unwrap_err();
/// assert!(matches!(err.kind(), njov::ErrorKind::Io { .. }));
/// ```
pub fn read_rows_from_path<T: DeserializeOwned>(
    path: &Path,
    columns: &Columns<'_>,
) -> Result<Vec<Row<T>>> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::io(&name, e))?;
    read_rows(&bytes, &name, columns)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    type Any = BTreeMap<String, String>;
    const COLS: Columns<'static> = Columns {
        required: &["a", "b"],
        optional: &["c"],
    };

    #[test]
    fn header_problems_name_the_column() {
        let msg = |text: &str| {
            read_rows::<Any>(text.as_bytes(), "f.csv", &COLS)
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            msg("a,b,d\n"),
            "f.csv, line 1, column 'd': unknown column (expected a, b, c (optional))"
        );
        assert_eq!(
            msg("a,a,b\n"),
            "f.csv, line 1, column 'a': column given twice: keep one"
        );
        assert_eq!(
            msg("a\n"),
            "f.csv, line 1, column 'b': missing column: add it to the header \
             (expected a, b, c (optional))"
        );
        assert!(msg("").contains("empty file"));
    }

    #[test]
    fn bytes_that_are_not_utf8_are_located() {
        // 'é' in Latin-1 is the byte E9.
        let err = read_rows::<Any>(b"a,b\n1,2\n3,caf\xe9\n", "f.csv", &COLS).unwrap_err();
        assert_eq!(
            err.to_string(),
            "f.csv, line 3, column 'b': the byte 0xE9 is not UTF-8 \
             (is the file Latin-1 or Windows-1252?): save the file as UTF-8"
        );
        let err = read_rows::<Any>(b"a,\xe9\n1,2\n", "f.csv", &COLS).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("f.csv, line 1, column '\u{fffd}'"),
            "{err}"
        );
        let err = not_utf8(b"x\ny\n\xff", "m.toml").unwrap();
        assert!(
            err.to_string().starts_with("m.toml, line 3: the byte 0xFF"),
            "{err}"
        );
    }

    #[test]
    fn a_byte_order_mark_and_crlf_are_read() {
        let rows = read_rows::<Any>(b"\xef\xbb\xbfa,b\r\n1,2\r\n", "f.csv", &COLS).unwrap();
        assert_eq!(rows[0].record["a"], "1");
        assert_eq!(rows[0].record["b"], "2");
    }

    #[test]
    fn ragged_rows_keep_the_csv_error_as_source() {
        use std::error::Error as _;
        let err = read_rows::<Any>(b"a,b\n1,2\n3\n", "f.csv", &COLS).unwrap_err();
        assert!(err.to_string().starts_with("f.csv, line 3"), "{err}");
        assert!(err.source().unwrap().downcast_ref::<csv::Error>().is_some());
    }
}
