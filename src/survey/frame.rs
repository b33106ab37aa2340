//! Designs from a polars DataFrame, by column names, and microdata CSV files
//! read through polars.

use std::path::Path;
use std::sync::Arc;

use polars::prelude::{Column, DataFrame, DataType, Field, PlSmallStr, Schema};
use polars_io::prelude::{CsvReadOptions, SerReader};

use crate::error::{Error, Result};

use super::design::{Codes, Fpc, LonelyPsu, SurveyDesign, design_error, encode_ints, encode_strs};

/// The columns of a DataFrame that describe a sample design, by name (R's
/// `svydesign(ids = ~psu + ssu, strata = ~strata, weights = ~weights, fpc = ~fpc + fpc2)`).
/// Unset columns are absent from the design: no strata, every row its own PSU,
/// no fpc. An fpc column is read with R's rule ([`Fpc::infer`]).
///
/// ```
/// use njov::survey::DesignColumns;
/// let columns = DesignColumns {
///     weights: Some("pw".into()),
///     strata: Some("stype".into()),
///     fpc: Some("fpc".into()),
///     ..DesignColumns::default()
/// };
/// assert!(columns.psu.is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DesignColumns {
    /// Sampling weights.
    pub weights: Option<String>,
    /// Inclusion probabilities (instead of weights).
    pub probabilities: Option<String>,
    /// Strata.
    pub strata: Option<String>,
    /// Primary sampling units.
    pub psu: Option<String>,
    /// Second-stage units.
    pub ssu: Option<String>,
    /// First-stage fpc (population sizes or fractions).
    pub fpc: Option<String>,
    /// Second-stage fpc.
    pub fpc2: Option<String>,
    /// PSU labels unique only within strata.
    pub nest: bool,
    /// The lonely-PSU rule.
    pub lonely_psu: LonelyPsu,
}

fn column<'a>(df: &'a DataFrame, name: &str) -> Result<&'a Column> {
    df.column(name).map_err(|_| {
        Error::invalid_argument(
            "column",
            name,
            format!(
                "a column of the data (available: {})",
                df.get_column_names()
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    })
}

/// A numeric column as `f64`, nulls (and NaN) as NaN. Non-numeric columns are an
/// error.
///
/// # Errors
///
/// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for an
/// unknown or non-numeric column.
///
/// ```
/// use njov::survey::column_f64;
/// use polars::prelude::*;
/// let df = df!("y" => [Some(1i64), None, Some(3)]).unwrap();
/// let y = column_f64(&df, "y").unwrap();
/// assert_eq!(y[0], 1.0);
/// assert!(y[1].is_nan());
/// ```
pub fn column_f64(df: &DataFrame, name: &str) -> Result<Vec<f64>> {
    let col = column(df, name)?;
    let dtype = col.dtype();
    if !(dtype.is_primitive_numeric() || dtype.is_bool()) {
        return Err(Error::invalid_argument(
            "column",
            format!("{name} ({dtype})"),
            "a numeric column",
        ));
    }
    let col = col.cast(&DataType::Float64)?;
    let ca = col.f64()?;
    if ca.null_count() == 0 {
        // chunk by chunk (a CSV file read by polars comes in many): copies
        let mut out = Vec::with_capacity(ca.len());
        for chunk in ca.downcast_iter() {
            out.extend_from_slice(chunk.values());
        }
        return Ok(out);
    }
    Ok(ca.iter().map(|v| v.unwrap_or(f64::NAN)).collect())
}

/// Rows where a column, read as text, equals `value` (a domain `COL=VALUE`).
///
/// # Errors
///
/// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for an unknown
/// column.
///
/// ```
/// use njov::survey::mask_equals;
/// use polars::prelude::*;
/// let df = df!("stype" => ["E", "H", "E"], "dnum" => [1i64, 2, 1]).unwrap();
/// assert_eq!(mask_equals(&df, "stype", "E").unwrap(), vec![true, false, true]);
/// assert_eq!(mask_equals(&df, "dnum", "2").unwrap(), vec![false, true, false]);
/// ```
pub fn mask_equals(df: &DataFrame, name: &str, value: &str) -> Result<Vec<bool>> {
    let col = column(df, name)?.cast(&DataType::String)?;
    let ca = col.str()?;
    Ok(ca.iter().map(|v| v == Some(value)).collect())
}

/// Reads the named columns of a microdata CSV file (header row,
/// comma-separated) into a DataFrame: `numeric` columns as `f64` (an empty
/// cell is null), `labels` (strata, PSUs, domains) as `i64` when the first
/// 1,000 rows hold integers in canonical decimal form (no leading zeros,
/// so that `01` and `1` stay apart), else as text (also when a later row
/// turns out not to be an integer: the file is then read again). Only these
/// columns are parsed, with their types given: no type is inferred from the
/// file, so the cost is one pass over the bytes.
///
/// # Errors
/// `ErrorKind::Io` naming the path (with the operating system's error as
/// the source) when the file cannot be read; `ErrorKind::InvalidArgument`
/// naming a column that the header lacks; `ErrorKind::Polars` when a
/// numeric column holds text.
///
/// ```
/// let df = njov::survey::read_csv("tests/data/api/apistrat.csv", &["api00", "pw"], &["stype"]).unwrap();
/// assert_eq!(df.width(), 3);
/// assert_eq!(df.height(), 200);
/// // integer labels come as integers, text labels as text
/// let df = njov::survey::read_csv("tests/data/api/apistrat.csv", &[], &["dnum", "stype"]).unwrap();
/// assert!(df.column("dnum").unwrap().dtype().is_integer());
/// assert!(!df.column("stype").unwrap().dtype().is_integer());
/// let err = njov::survey::read_csv("tests/data/api/apistrat.csv", &["nope"], &[]).unwrap_err();
/// assert!(err.to_string().contains("nope"));
/// ```
pub fn read_csv(path: impl AsRef<Path>, numeric: &[&str], labels: &[&str]) -> Result<DataFrame> {
    let path = path.as_ref();
    let name = path.display().to_string();
    // The header, to name a missing column before polars does, and the
    // first rows, to see which label columns hold integers.
    let (header, sample) = {
        use std::io::BufRead;
        let file = std::fs::File::open(path).map_err(|e| Error::io(&name, e))?;
        let mut reader = std::io::BufReader::new(file);
        let mut header = String::new();
        reader
            .read_line(&mut header)
            .map_err(|e| Error::io(&name, e))?;
        let mut sample = Vec::new();
        for line in reader.lines().take(INTEGER_SAMPLE_ROWS) {
            sample.push(line.map_err(|e| Error::io(&name, e))?);
        }
        (header, sample)
    };
    let present: Vec<&str> = header
        .trim_end_matches(['\r', '\n'])
        .trim_start_matches('\u{feff}')
        .split(',')
        .map(|h| h.trim_matches('"'))
        .collect();
    let mut wanted: Vec<&str> = Vec::new();
    for c in numeric.iter().chain(labels) {
        if !present.contains(c) {
            return Err(Error::invalid_argument(
                "column",
                c,
                format!("a column of {name} (available: {})", present.join(", ")),
            ));
        }
        if !wanted.contains(c) {
            wanted.push(c);
        }
    }
    let label_only: Vec<&str> = labels
        .iter()
        .copied()
        .filter(|c| !numeric.contains(c))
        .collect();
    let integer_labels: Vec<bool> = label_only
        .iter()
        .map(|c| {
            let at = present.iter().position(|h| h == c).expect("checked above");
            looks_integer(&sample, at)
        })
        .collect();
    let read = |integers: &[bool]| -> Result<DataFrame> {
        let types: Schema = numeric
            .iter()
            .map(|c| Field::new(PlSmallStr::from(*c), DataType::Float64))
            .chain(label_only.iter().zip(integers).map(|(c, &int)| {
                let dtype = if int {
                    DataType::Int64
                } else {
                    DataType::String
                };
                Field::new(PlSmallStr::from(*c), dtype)
            }))
            .collect();
        let columns: Arc<[PlSmallStr]> = wanted.iter().map(|c| PlSmallStr::from(*c)).collect();
        Ok(CsvReadOptions::default()
            .with_has_header(true)
            // Every column as text unless its type is given: no inference pass.
            .with_infer_schema_length(Some(0))
            .with_schema_overwrite(Some(Arc::new(types)))
            .with_columns(Some(columns))
            .try_into_reader_with_file_path(Some(path.to_path_buf()))?
            .finish()?)
    };
    match read(&integer_labels) {
        Ok(df) => Ok(df),
        // a label column with text after its first rows: read it as text
        Err(_) if integer_labels.contains(&true) => read(&vec![false; label_only.len()]),
        Err(e) => Err(e),
    }
}

/// Rows [`read_csv`] looks at to decide that a label column holds integers.
const INTEGER_SAMPLE_ROWS: usize = 1000;

/// Whether field `at` of every sampled row is an integer in canonical
/// decimal form (an optional `-`, no leading zero, at most 18 digits):
/// such a label column is read as `Int64` and coded through a table, not
/// hashed as text. Canonical form only, so that labels `01` and `1` are
/// never merged; a row with a quote makes the sample inconclusive (text).
fn looks_integer(sample: &[String], at: usize) -> bool {
    !sample.is_empty()
        && sample.iter().all(|line| {
            if line.contains('"') {
                return false;
            }
            let field = line.trim_end_matches('\r').split(',').nth(at).unwrap_or("");
            let digits = field.strip_prefix('-').unwrap_or(field);
            !digits.is_empty()
                && digits.len() <= 18
                && digits.bytes().all(|b| b.is_ascii_digit())
                && (digits == "0" || !digits.starts_with('0'))
                && field != "-0"
        })
}

/// A grouping column (strata, PSU, SSU) as codes, without turning integer
/// columns into text: integers through a table indexed by value
/// ([`encode_ints`]), text through a hash map, both with one comparison per
/// row within runs of one label.
fn label_codes(df: &DataFrame, name: &str, what: &str) -> Result<Codes> {
    let col = column(df, name)?;
    if col.null_count() > 0 {
        return Err(design_error(format!("missing values in {what} ('{name}')")));
    }
    if col.dtype().is_integer() {
        // strict: a label beyond the range of i64 is an error, not a null
        let col = col.strict_cast(&DataType::Int64)?;
        let ca = col.i64()?;
        let chunks: Vec<&[i64]> = ca.downcast_iter().map(|a| a.values().as_slice()).collect();
        Ok(encode_ints(&chunks))
    } else {
        let col = col.cast(&DataType::String)?;
        let ca = col.str()?;
        Ok(encode_strs(ca.iter().map(|v| v.unwrap_or(""))))
    }
}

impl SurveyDesign {
    /// Builds a design from a DataFrame's columns. Only the named columns are read
    /// (each once, into a vector); the frame itself is not copied.
    ///
    /// # Errors
    ///
    /// As [`SurveyDesignBuilder::build`](crate::survey::SurveyDesignBuilder::build), plus
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for an
    /// unknown column and [`ErrorKind::Design`](crate::ErrorKind::Design) for a
    /// missing value in a design column.
    ///
    /// ```
    /// use njov::survey::{DesignColumns, SurveyDesign};
    /// use polars::prelude::*;
    /// let df = df!(
    ///     "stratum" => ["a", "a", "b", "b"],
    ///     "w" => [10.0, 10.0, 20.0, 20.0],
    ///     "y" => [1.0, 2.0, 3.0, 4.0],
    /// )
    /// .unwrap();
    /// let columns = DesignColumns {
    ///     weights: Some("w".into()),
    ///     strata: Some("stratum".into()),
    ///     ..DesignColumns::default()
    /// };
    /// let design = SurveyDesign::from_frame(&df, &columns).unwrap();
    /// assert_eq!(design.total(&[1.0, 2.0, 3.0, 4.0]).unwrap().estimate, 170.0);
    /// ```
    pub fn from_frame(df: &DataFrame, columns: &DesignColumns) -> Result<SurveyDesign> {
        let mut b = SurveyDesign::builder(df.height())
            .nest(columns.nest)
            .lonely_psu(columns.lonely_psu);
        if let Some(name) = &columns.weights {
            b = b.weights(column_f64(df, name)?);
        }
        if let Some(name) = &columns.probabilities {
            b = b.probabilities(column_f64(df, name)?);
        }
        if let Some(name) = &columns.strata {
            b = b.strata_codes(label_codes(df, name, "strata")?);
        }
        if let Some(name) = &columns.psu {
            b = b.psu_codes(label_codes(df, name, "psu")?);
        }
        if let Some(name) = &columns.ssu {
            b = b.ssu_codes(label_codes(df, name, "ssu")?);
        }
        if let Some(name) = &columns.fpc {
            b = b.fpc(Fpc::infer(column_f64(df, name)?)?);
        }
        if let Some(name) = &columns.fpc2 {
            b = b.fpc2(Fpc::infer(column_f64(df, name)?)?);
        }
        b.build()
    }
}
