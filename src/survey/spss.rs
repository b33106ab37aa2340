//! SPSS system files (`.sav`, bytecode-compressed or not, and `.zsav`), read
//! through the pure-Rust `ambers` reader (the `spss` feature), in batches of
//! rows with only the columns named, with their value labels.
//!
//! Why `ambers`: it is the maintained pure-Rust SPSS reader (releases through
//! 2026 that harden it against malformed files; MIT), it reads the three
//! encodings of the data (plain, bytecode, zlib) in batches with column
//! projection, and it gives the dictionary's value labels and user-missing
//! values. The other readers wrap the C library ReadStat, need polars' lazy
//! query engine (`polars-readstat-rs`, minutes more of build) or are GPL
//! (`pspp`). Its batches are arrow-rs arrays, read here into polars columns
//! value by value (no FFI, so no unsafe code).
//!
//! What a column holds: a numeric variable is `f64`, with SPSS's
//! system-missing value and the variable's user-missing values (discrete
//! values and ranges, as R's `haven::read_sav` without `user_na`) as null; a
//! label column (strata, PSUs, domains, groups) is text: a numeric code as
//! the CSV file of the same data would print it (`1`, `2.5`), a string
//! variable trimmed of its padding. Value labels stay apart, in
//! [`SavValueLabels`], so that two codes that share a label never merge
//! strata or PSUs; the command line uses them to name `--by` levels and to
//! read `--domain COL=VALUE` by label or by code.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use ambers::{MissingSpec, Value};
use arrow_array::{Array, Float64Array, RecordBatch, StringArray, StringViewArray};
use polars::prelude::{Column, DataFrame};

use crate::error::{Error, Location, Result};

/// Rows per batch of [`read_sav_batches`] when the caller has no reason to
/// choose: 65,536 rows (about 3 MiB a column of the batch).
pub const DEFAULT_BATCH_ROWS: usize = 1 << 16;

/// The value labels of an SPSS file's variables: for each variable that has
/// any, its codes (as the text a label column holds, see the
/// [`read_sav_batches`]) and their labels, in the file's order.
///
/// ```
/// use njov::survey::SavValueLabels;
/// let labels = SavValueLabels::from_pairs(vec![(
///     "region".to_string(),
///     vec![("1".to_string(), "Northeast".to_string()), ("2".to_string(), "South".to_string())],
/// )]);
/// assert_eq!(labels.label("region", "1"), Some("Northeast"));
/// assert_eq!(labels.codes("region", "South").unwrap(), ["2"]);
/// assert_eq!(labels.codes("region", "2").unwrap(), ["2"]);
/// assert_eq!(labels.codes("region", "2.0").unwrap(), ["2"]);
/// // a code without a label is itself
/// assert_eq!(labels.codes("region", "9").unwrap(), ["9"]);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SavValueLabels {
    variables: Vec<(String, Vec<(String, String)>)>,
    /// The file's string variables (their codes are never read as numbers).
    strings: Vec<String>,
}

impl SavValueLabels {
    /// Value labels of numeric variables given as `(variable, [(code,
    /// label)])`, codes written as a label column holds them.
    ///
    /// ```
    /// let labels = njov::survey::SavValueLabels::from_pairs(vec![]);
    /// assert_eq!(labels.label("region", "1"), None);
    /// ```
    pub fn from_pairs(variables: Vec<(String, Vec<(String, String)>)>) -> SavValueLabels {
        SavValueLabels {
            variables,
            strings: Vec::new(),
        }
    }

    /// The `(code, label)` pairs of a variable (empty when it has none).
    ///
    /// ```
    /// let labels = njov::survey::SavValueLabels::from_pairs(vec![]);
    /// assert!(labels.of("region").is_empty());
    /// ```
    pub fn of(&self, variable: &str) -> &[(String, String)] {
        self.variables
            .iter()
            .find(|(v, _)| v == variable)
            .map_or(&[], |(_, pairs)| pairs.as_slice())
    }

    /// The label of a code of a variable, if it has one.
    ///
    /// ```
    /// let labels = njov::survey::SavValueLabels::from_pairs(vec![(
    ///     "sex".into(),
    ///     vec![("1".into(), "male".into())],
    /// )]);
    /// assert_eq!(labels.label("sex", "1"), Some("male"));
    /// assert_eq!(labels.label("sex", "2"), None);
    /// ```
    pub fn label(&self, variable: &str, code: &str) -> Option<&str> {
        self.of(variable)
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, l)| l.as_str())
    }

    /// The codes (as a label column holds them) that `value` names for a
    /// variable, as `--domain COL=VALUE` reads it: every code whose label is
    /// `value` (two codes may share a label), else `value` as a code (for a
    /// numeric variable a number in any spelling, `2` or `2.0`, is the
    /// code's canonical text).
    ///
    /// # Errors
    ///
    /// `ErrorKind::InvalidArgument` when `value` is both the label of some
    /// codes and itself another code: which one is meant cannot be told.
    ///
    /// ```
    /// let labels = njov::survey::SavValueLabels::from_pairs(vec![(
    ///     "q".into(),
    ///     vec![("1".into(), "2".into()), ("2".into(), "two".into())],
    /// )]);
    /// assert!(labels.codes("q", "2").is_err());
    /// assert_eq!(labels.codes("q", "two").unwrap(), ["2"]);
    /// ```
    pub fn codes(&self, variable: &str, value: &str) -> Result<Vec<String>> {
        let by_label: Vec<String> = self
            .of(variable)
            .iter()
            .filter(|(_, l)| l == value)
            .map(|(c, _)| c.clone())
            .collect();
        let is_string = self.strings.iter().any(|v| v == variable);
        let as_code = match value.trim().parse::<f64>() {
            Ok(v) if v.is_finite() && !is_string => code_text(v),
            _ => value.to_string(),
        };
        if by_label.is_empty() {
            return Ok(vec![as_code]);
        }
        let is_other_code =
            !by_label.contains(&as_code) && self.of(variable).iter().any(|(c, _)| *c == as_code);
        if is_other_code {
            return Err(Error::invalid_argument(
                "domain",
                format!("{variable}={value}"),
                format!(
                    "a label or a code of {variable}, not both: '{value}' is the label of code {} and also a code",
                    by_label.join(", ")
                ),
            ));
        }
        Ok(by_label)
    }
}

/// A numeric code as a label column holds it: an integer as its decimal
/// digits (`1`, not `1.0`), as a CSV file of the data would print it; other
/// numbers in Rust's shortest round-trip form.
fn code_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9.007_199_254_740_992e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Whether a number is one of a variable's user-missing values.
fn user_missing(v: f64, specs: &[MissingSpec]) -> bool {
    specs.iter().any(|s| match s {
        MissingSpec::Value(m) => v == *m,
        MissingSpec::Range { lo, hi } => *lo <= v && v <= *hi,
        MissingSpec::StringValue(_) => false,
    })
}

/// Whether a string is one of a variable's user-missing values.
fn user_missing_text(v: &str, specs: &[MissingSpec]) -> bool {
    specs.iter().any(|s| match s {
        MissingSpec::StringValue(m) => v.trim_end() == m.trim_end(),
        _ => false,
    })
}

/// The reader's error as the crate's, naming the file.
fn unreadable(name: &str, e: ambers::error::SpssError) -> Error {
    Error::invalid_argument_because("data", name, "a readable SPSS system file (.sav, .zsav)", e)
}

/// Opens a file for the reader, in batches of `batch_rows` rows.
fn open(path: &Path, batch_rows: usize) -> Result<ambers::Scanner<BufReader<File>>> {
    let name = path.display().to_string();
    let file = File::open(path).map_err(|e| Error::io(&name, e))?;
    ambers::scan_sav_from_reader(BufReader::with_capacity(1 << 20, file), batch_rows.max(1))
        .map_err(|e| unreadable(&name, e))
}

/// Reads the value labels of an SPSS file (its dictionary only, not its
/// data).
///
/// # Errors
///
/// `ErrorKind::Io` naming the path when the file cannot be opened;
/// `ErrorKind::InvalidArgument` (with the reader's error as its source) for
/// a file that is not an SPSS system file.
///
/// ```no_run
/// let labels = njov::survey::read_sav_value_labels("survey.sav")?;
/// println!("{:?}", labels.label("region", "1"));
/// # Ok::<(), njov::Error>(())
/// ```
pub fn read_sav_value_labels(path: impl AsRef<Path>) -> Result<SavValueLabels> {
    let scanner = open(path.as_ref(), 1)?;
    let meta = scanner.metadata();
    let variables = meta
        .variable_value_labels
        .iter()
        .map(|(name, labels)| {
            let pairs = labels
                .iter()
                .map(|(code, label)| {
                    let code = match code {
                        Value::Numeric(v) => code_text(*v),
                        Value::String(s) => s.trim_end().to_string(),
                    };
                    (code, label.clone())
                })
                .collect();
            (name.clone(), pairs)
        })
        .collect();
    let strings = meta
        .variable_formats
        .iter()
        .filter(|(_, format)| format.starts_with('A'))
        .map(|(name, _)| name.clone())
        .collect();
    Ok(SavValueLabels { variables, strings })
}

/// Reads the named columns of an SPSS system file in batches of
/// `batch_rows` rows (only those columns are decoded), handing each batch to
/// `each` in file order as a DataFrame: `numeric` columns as `f64` with the
/// system-missing and user-missing values (discrete values and ranges) as
/// null, as R's `haven::read_sav` without `user_na`; `labels` as text: a
/// numeric code as the CSV file of the same data would print it (`1`,
/// `2.5`), a string variable trimmed of its padding, a missing one as null.
/// A column named in both lists is read as a number. Value labels are not
/// applied (two codes may share a label, and must not merge two strata):
/// [`read_sav_value_labels`] gives them. Memory holds one batch, and for a bytecode-compressed `.sav` the
/// reader's copy of the compressed data section (a `.zsav` file is
/// decompressed a block at a time, an uncompressed one read as it goes).
/// Returns the number of rows.
///
/// # Errors
///
/// `ErrorKind::Io` naming the path when the file cannot be opened;
/// `ErrorKind::InvalidArgument` naming a column the file lacks, a numeric
/// column that is a string or a date variable, and (with the reader's error
/// as its source) a file that is not an SPSS system file or is damaged;
/// `ErrorKind::Data` at the row and column of a numeric value that is not
/// finite; the first error of `each`.
///
/// ```no_run
/// let mut rows = 0;
/// let n = njov::survey::read_sav_batches("survey.sav", &["y", "w"], &["stratum"], 65_536, |df| {
///     rows += df.height();
///     Ok(())
/// })?;
/// assert_eq!(n as usize, rows);
/// # Ok::<(), njov::Error>(())
/// ```
pub fn read_sav_batches(
    path: impl AsRef<Path>,
    numeric: &[&str],
    labels: &[&str],
    batch_rows: usize,
    mut each: impl FnMut(&DataFrame) -> Result<()>,
) -> Result<u64> {
    let path = path.as_ref();
    let name = path.display().to_string();
    let mut scanner = open(path, batch_rows)?;
    let meta = scanner.metadata().clone();
    // every column once, a number where it is named as one
    let mut wanted: Vec<(&str, bool)> = Vec::new();
    for (c, is_number) in numeric
        .iter()
        .map(|c| (*c, true))
        .chain(labels.iter().map(|c| (*c, false)))
    {
        if !meta.variable_names.iter().any(|v| v == c) {
            return Err(Error::invalid_argument(
                "column",
                c,
                format!(
                    "a variable of {name} (available: {})",
                    meta.variable_names.join(", ")
                ),
            ));
        }
        if !wanted.iter().any(|(w, _)| *w == c) {
            wanted.push((c, is_number));
        }
    }
    let names: Vec<&str> = wanted.iter().map(|(c, _)| *c).collect();
    scanner.select(&names).map_err(|e| unreadable(&name, e))?;
    let no_missing: Vec<MissingSpec> = Vec::new();
    let mut rows = 0u64;
    while let Some(batch) = scanner.next_batch().map_err(|e| unreadable(&name, e))? {
        let df = frame_of(&batch, &wanted, &meta, &no_missing, &name, rows)?;
        rows += df.height() as u64;
        each(&df)?;
    }
    Ok(rows)
}

/// One batch of the reader as a polars DataFrame.
fn frame_of(
    batch: &RecordBatch,
    wanted: &[(&str, bool)],
    meta: &ambers::SpssMetadata,
    no_missing: &[MissingSpec],
    name: &str,
    first_row: u64,
) -> Result<DataFrame> {
    let height = batch.num_rows();
    let mut columns = Vec::with_capacity(wanted.len());
    for (c, is_number) in wanted {
        let array = batch
            .column_by_name(c)
            .ok_or_else(|| Error::invalid_argument("column", c, format!("a variable of {name}")))?;
        let missing = meta
            .variable_missing_values
            .get(*c)
            .map_or(no_missing, Vec::as_slice);
        let numbers = array.as_any().downcast_ref::<Float64Array>();
        let texts = || -> Option<Vec<Option<String>>> {
            let trimmed = |v: Option<&str>| {
                v.map(str::trim_end)
                    .filter(|v| !user_missing_text(v, missing))
                    .map(str::to_string)
            };
            if let Some(a) = array.as_any().downcast_ref::<StringViewArray>() {
                return Some(a.iter().map(trimmed).collect());
            }
            let a = array.as_any().downcast_ref::<StringArray>()?;
            Some(a.iter().map(trimmed).collect())
        };
        let column = match (numbers, is_number) {
            (Some(a), true) => {
                let mut values = Vec::with_capacity(height);
                for (i, v) in a.iter().enumerate() {
                    if let Some(x) = v
                        && !x.is_finite()
                    {
                        return Err(Error::data(
                            Location::at(name, first_row + i as u64 + 1, *c),
                            format!("{x} is not a finite number"),
                        ));
                    }
                    values.push(v.filter(|x| !user_missing(*x, missing)));
                }
                Column::new((*c).into(), values)
            }
            (Some(a), false) => {
                let values: Vec<Option<String>> = a
                    .iter()
                    .map(|v| v.filter(|x| !user_missing(*x, missing)).map(code_text))
                    .collect();
                Column::new((*c).into(), values)
            }
            (None, false) => match texts() {
                Some(values) => Column::new((*c).into(), values),
                None => return Err(not_readable_as(c, array.data_type(), "a label column")),
            },
            (None, true) => return Err(not_readable_as(c, array.data_type(), "a numeric column")),
        };
        columns.push(column);
    }
    Ok(DataFrame::new(height, columns)?)
}

fn not_readable_as(column: &str, dtype: &impl std::fmt::Display, what: &str) -> Error {
    Error::invalid_argument(
        "column",
        format!("{column} ({dtype})"),
        format!("{what} (a numeric or string SPSS variable; dates and times are not read)"),
    )
}

/// Reads the named columns of an SPSS system file whole (the in-memory
/// path's input), as [`read_sav_batches`] types them.
///
/// # Errors
///
/// As [`read_sav_batches`].
///
/// ```no_run
/// let df = njov::survey::read_sav("survey.sav", &["y", "w"], &["stratum"])?;
/// assert_eq!(df.width(), 3);
/// # Ok::<(), njov::Error>(())
/// ```
pub fn read_sav(path: impl AsRef<Path>, numeric: &[&str], labels: &[&str]) -> Result<DataFrame> {
    let mut out: Option<DataFrame> = None;
    read_sav_batches(path, numeric, labels, DEFAULT_BATCH_ROWS, |df| {
        match &mut out {
            None => out = Some(df.clone()),
            Some(o) => {
                o.vstack_mut(df)?;
            }
        }
        Ok(())
    })?;
    match out {
        Some(df) => Ok(df),
        None => {
            // no rows: the columns, empty
            let numeric_set: Vec<&str> = numeric.to_vec();
            let mut columns: Vec<Column> = Vec::new();
            for c in numeric.iter().chain(labels) {
                if columns.iter().any(|k| k.name().as_str() == *c) {
                    continue;
                }
                columns.push(if numeric_set.contains(c) {
                    Column::new((*c).into(), Vec::<Option<f64>>::new())
                } else {
                    Column::new((*c).into(), Vec::<Option<String>>::new())
                });
            }
            Ok(DataFrame::new(0, columns)?)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_print_as_a_csv_file_would() {
        assert_eq!(code_text(1.0), "1");
        assert_eq!(code_text(-3.0), "-3");
        assert_eq!(code_text(2.5), "2.5");
        assert_eq!(code_text(1e20), "100000000000000000000");
    }

    #[test]
    fn user_missing_values_and_ranges() {
        let specs = [
            MissingSpec::Value(99.0),
            MissingSpec::Range { lo: -9.0, hi: -1.0 },
        ];
        assert!(user_missing(99.0, &specs));
        assert!(user_missing(-9.0, &specs) && user_missing(-1.0, &specs));
        assert!(!user_missing(0.0, &specs) && !user_missing(98.0, &specs));
        let specs = [MissingSpec::StringValue("NA".into())];
        assert!(user_missing_text("NA  ", &specs));
        assert!(!user_missing_text("N", &specs));
    }

    #[test]
    fn a_label_shared_by_two_codes_names_both() {
        let labels = SavValueLabels::from_pairs(vec![(
            "r".into(),
            vec![
                ("1".into(), "city".into()),
                ("2".into(), "city".into()),
                ("3".into(), "rural".into()),
            ],
        )]);
        assert_eq!(labels.codes("r", "city").unwrap(), ["1", "2"]);
        assert_eq!(labels.codes("r", "3").unwrap(), ["3"]);
        assert_eq!(labels.codes("other", "x").unwrap(), ["x"]);
    }
}
