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
/// `ErrorKind::Csv` for malformed CSV (unequal row lengths, bytes that are
/// not UTF-8), keeping the `csv` error as the source.
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
            return Err(header_error(c, "missing column".into()));
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
            return Err(header_error(h, "column given twice".into()));
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
            "f.csv, line 1, column 'a': column given twice"
        );
        assert_eq!(msg("a\n"), "f.csv, line 1, column 'b': missing column");
        assert!(msg("").contains("empty file"));
    }

    #[test]
    fn ragged_rows_keep_the_csv_error_as_source() {
        use std::error::Error as _;
        let err = read_rows::<Any>(b"a,b\n1,2\n3\n", "f.csv", &COLS).unwrap_err();
        assert!(err.to_string().starts_with("f.csv, line 3"), "{err}");
        assert!(err.source().unwrap().downcast_ref::<csv::Error>().is_some());
    }
}
