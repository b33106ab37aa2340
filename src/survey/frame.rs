//! Designs from a polars DataFrame, by column names, and microdata CSV files
//! read through polars.

use std::path::Path;
use std::sync::Arc;

use polars::prelude::{Column, DataFrame, DataType, Field, PlSmallStr, Schema};
use polars_io::prelude::{CsvReadOptions, SerReader};

use crate::error::{Error, Location, Result};

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

pub(crate) fn column<'a>(df: &'a DataFrame, name: &str) -> Result<&'a Column> {
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
/// use njov::polars::prelude::*;
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
/// use njov::polars::prelude::*;
/// let df = df!("stype" => ["E", "H", "E"], "dnum" => [1i64, 2, 1]).unwrap();
/// assert_eq!(mask_equals(&df, "stype", "E").unwrap(), vec![true, false, true]);
/// assert_eq!(mask_equals(&df, "dnum", "2").unwrap(), vec![false, true, false]);
/// ```
pub fn mask_equals(df: &DataFrame, name: &str, value: &str) -> Result<Vec<bool>> {
    let col = column(df, name)?.cast(&DataType::String)?;
    let ca = col.str()?;
    Ok(ca.iter().map(|v| v == Some(value)).collect())
}

/// A column read as text labels (a grouping column for
/// [`SurveyDesign::by`](crate::survey::SurveyDesign::by) or
/// [`SurveyDesign::chisq`](crate::survey::SurveyDesign::chisq)): integers as
/// their decimal text.
///
/// # Errors
///
/// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for an
/// unknown column or a missing (empty) label, naming its row.
///
/// ```
/// use njov::survey::column_text;
/// use polars::prelude::*;
/// let df = df!("stype" => ["E", "H"], "dnum" => [1i64, 2]).unwrap();
/// assert_eq!(column_text(&df, "dnum").unwrap(), vec!["1", "2"]);
/// let df = df!("g" => [Some("a"), None]).unwrap();
/// assert!(column_text(&df, "g").is_err());
/// ```
pub fn column_text(df: &DataFrame, name: &str) -> Result<Vec<String>> {
    let col = column(df, name)?.cast(&DataType::String)?;
    let ca = col.str()?;
    ca.iter()
        .enumerate()
        .map(|(i, v)| {
            v.map(str::to_string).ok_or_else(|| {
                Error::invalid_argument(
                    name,
                    format!("a missing label in row {}", i + 1),
                    "a label in every row of a grouping column",
                )
            })
        })
        .collect()
}

/// Reads the named columns of a microdata CSV file (header row,
/// comma-separated) into a DataFrame: `numeric` columns as `f64` (an empty
/// cell is null), `labels` (strata, PSUs, domains) as `i64` when the first
/// 1,000 rows hold integers in canonical decimal form (no leading zeros,
/// so that `01` and `1` stay apart), else as text (also when a later row
/// turns out not to be an integer: the file is then read again). Only these
/// columns are parsed, with their types given: no type is inferred from the
/// file. A byte-order mark, CR LF line ends and quoted fields (holding
/// commas, quotes or line breaks) are read as spreadsheets write them.
///
/// Before polars parses the columns, the file is checked whole, so that no
/// malformed file becomes a plausible number: it must be UTF-8, have a
/// header that names no column twice, and give every row as many fields as
/// the header (polars would fill a short row with nulls, and a field left
/// out in the middle would shift the others). After parsing, a numeric
/// cell that reads as NaN or infinity (`NaN`, `inf`, `1e400`) is refused:
/// a missing value is an empty cell.
///
/// # Errors
/// `ErrorKind::Io` naming the path (with the operating system's error as
/// the source) when the file cannot be read; `ErrorKind::InvalidArgument`
/// naming a column that the header lacks; `ErrorKind::Data` at the line and
/// column of a byte that is not UTF-8, of a column named twice, of a cell
/// of a numeric column that is not a finite number, and for an empty file;
/// `ErrorKind::Csv` at the line of a row with too few or too many fields.
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
    let Records {
        header,
        sample,
        unquoted,
    } = check_records(path, &name)?;
    let present: Vec<&str> = header.iter().collect();
    let wanted = wanted_columns(&header, numeric, labels, &name)?;
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
            // A file without a quote character is parsed without quoting:
            // polars then finds line ends and fields without tracking quotes.
            .map_parse_options(|p| if unquoted { p.with_quote_char(None) } else { p })
            .try_into_reader_with_file_path(Some(path.to_path_buf()))?
            .finish()?)
    };
    let df = match read(&integer_labels) {
        Ok(df) => Ok(df),
        // a label column with text after its first rows: read it as text
        Err(_) if integer_labels.contains(&true) => read(&vec![false; label_only.len()]),
        Err(e) => Err(e),
    }
    .map_err(|e| text_in_numeric(path, &name, &header, numeric, e))?;
    check_finite(&df, numeric, path, &name, &header)?;
    Ok(df)
}

/// A polars parse error as the line and column of the text in a numeric
/// column that caused it, where one is found.
pub(crate) fn text_in_numeric(
    path: &Path,
    name: &str,
    header: &csv::StringRecord,
    numeric: &[&str],
    e: impl Into<Error>,
) -> Error {
    locate_cell(path, name, header, numeric, |cell| {
        !cell.trim().is_empty() && cell.trim().parse::<f64>().is_err()
    })
    .unwrap_or_else(|| e.into())
}

/// Refuses a numeric cell that polars read as NaN or infinity (`NaN`,
/// `inf`, `1e400`), at its line and column: a missing value is an empty
/// cell.
pub(crate) fn check_finite(
    df: &DataFrame,
    numeric: &[&str],
    path: &Path,
    name: &str,
    header: &csv::StringRecord,
) -> Result<()> {
    for c in numeric {
        let ca = df.column(c)?.f64()?;
        // Over the value slices, chunk by chunk (a branch-free test per value
        // while they are all finite); the values under nulls are ignored.
        let all_finite = ca.downcast_iter().all(|chunk| {
            let values = chunk.values().as_slice();
            match chunk.validity() {
                None => values.iter().fold(true, |all, v| all & v.is_finite()),
                Some(valid) => values
                    .iter()
                    .zip(valid.iter())
                    .all(|(v, ok)| !ok || v.is_finite()),
            }
        });
        if all_finite {
            continue;
        }
        let Some(what) = ca.iter().flatten().find(|v| !v.is_finite()) else {
            continue;
        };
        return Err(locate_cell(path, name, header, &[c], |cell| {
            cell.trim().parse::<f64>().is_ok_and(|v| !v.is_finite())
        })
        .unwrap_or_else(|| {
            Error::invalid_argument(
                *c,
                what,
                "finite numbers (an empty cell for a missing value)",
            )
        }));
    }
    Ok(())
}

/// The file, buffered for one pass of the `csv` reader.
fn open(path: &Path, name: &str) -> Result<std::io::BufReader<std::fs::File>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(name, e))?;
    Ok(std::io::BufReader::with_capacity(1 << 16, file))
}

/// Reads every record of a CSV file with the `csv` crate, streaming (no
/// copy of the file is kept), and refuses: bytes that are not UTF-8 (at
/// their line and column), an empty file, a column named twice, a row whose
/// number of fields differs from the header's. Returns the header (without
/// a byte-order mark: the `csv` reader drops it) and the first
/// [`INTEGER_SAMPLE_ROWS`] records, from which [`looks_integer`] decides the
/// type of each label column.
///
/// The rows after the header first go through [`quick_scan`], which settles
/// the common file (no quote, no blank line, no lone carriage return) at a
/// fraction of the `csv` reader's cost; any other file, and every file with
/// an error to report, is read by the `csv` reader, which gives the error
/// its line and column.
pub(crate) fn check_records(path: &Path, name: &str) -> Result<Records> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(open(path, name)?);
    let raw = reader
        .byte_headers()
        .map_err(|e| csv_error(name, e))?
        .clone();
    if let Some(e) = not_utf8_record(&raw, &raw, name) {
        return Err(e);
    }
    let header = csv::StringRecord::from_byte_record_lossy(raw.clone());
    if header.is_empty() || (header.len() == 1 && header[0].is_empty()) {
        return Err(Error::data(
            Location::file(name),
            "empty file: expected a header row naming the columns, then one row per unit",
        ));
    }
    for (i, h) in header.iter().enumerate() {
        if header.iter().take(i).any(|earlier| earlier == h) {
            return Err(Error::data(
                Location::at(name, 1, h),
                "column given twice: keep one",
            ));
        }
    }
    if let Some((sample, unquoted)) =
        quick_scan(path, name, reader.position().byte(), header.len())?
    {
        return Ok(Records {
            header,
            sample,
            unquoted,
        });
    }
    let mut record = csv::ByteRecord::new();
    let mut sample = Vec::new();
    let mut last = raw.position().cloned();
    while reader
        .read_byte_record(&mut record)
        .map_err(|e| csv_error(name, e))?
    {
        if let Some(e) = not_utf8_record(&record, &raw, name) {
            return Err(e);
        }
        if sample.len() < INTEGER_SAMPLE_ROWS {
            sample.push(record.clone());
        }
        last = record.position().cloned();
    }
    if let Some(last) = last {
        unclosed_quote(path, name, &last)?;
    }
    Ok(Records {
        header,
        sample,
        unquoted: false,
    })
}

/// Refuses a file that ends inside a quoted field: the last record, from
/// `last` (its start) to the end of the file, read with the quoting rules
/// of the `csv` reader, which accepts such a file and ends the field at the
/// end of the file. Only the last record can be open at the end: a quote
/// left open earlier runs on to the end of the file inside that record.
///
/// Refused here rather than passed on because the field is cut short and
/// polars 0.55 panics on a numeric field that is only its opening quote
/// (`parse_bytes` slices `bytes[1..len - 1]` of a one-byte field); the
/// `read_microdata` fuzz target found it.
fn unclosed_quote(path: &Path, name: &str, last: &csv::Position) -> Result<()> {
    use std::io::{Read, Seek, SeekFrom};
    let mut file = std::fs::File::open(path).map_err(|e| Error::io(name, e))?;
    file.seek(SeekFrom::Start(last.byte()))
        .map_err(|e| Error::io(name, e))?;
    let mut rest = Vec::new();
    file.read_to_end(&mut rest)
        .map_err(|e| Error::io(name, e))?;
    if !ends_quoted(&rest) {
        return Ok(());
    }
    Err(Error::data(
        Location {
            file: name.to_string(),
            line: Some(last.line()),
            column: None,
        },
        "a quoted field is not closed: the file ends inside it; add its closing quote character (\")",
    ))
}

/// Whether CSV text from the start of a record ends inside a quoted field:
/// a field opened by a quote, whose quote has no partner (a doubled quote
/// is a quote character inside the field).
fn ends_quoted(text: &[u8]) -> bool {
    let mut field_start = true;
    let mut quoted = false;
    let mut bytes = text.iter().peekable();
    while let Some(&b) = bytes.next() {
        if quoted {
            if b == b'"' {
                if bytes.peek() == Some(&&b'"') {
                    bytes.next();
                } else {
                    quoted = false;
                }
            }
        } else if field_start && b == b'"' {
            quoted = true;
            field_start = false;
        } else {
            field_start = matches!(b, b',' | b'\n' | b'\r');
        }
    }
    quoted
}

/// What [`check_records`] learns of a microdata file.
#[derive(Debug)]
pub(crate) struct Records {
    /// The header (without a byte-order mark).
    pub(crate) header: csv::StringRecord,
    /// The first [`INTEGER_SAMPLE_ROWS`] records.
    pub(crate) sample: Vec<csv::ByteRecord>,
    /// No byte of the file is a quote character (so it may be parsed
    /// without quoting).
    pub(crate) unquoted: bool,
}

/// The rows of a CSV file from byte `offset` (the first row after the
/// header) checked without a CSV parser, for files that need none: the
/// first [`INTEGER_SAMPLE_ROWS`] records when every row is UTF-8 and holds
/// `columns` fields, and no byte of the rows is a quote, a carriage return
/// other than before a line feed, or the start of a blank line; `None`
/// otherwise, and the caller reads the file with the `csv` reader, which
/// knows quoting and blank lines and locates errors. With the sample, whether
/// the header too is free of quote characters.
///
/// Hand-written rather than a second `csv` reader because the `csv` pass
/// was a fifth of `njov survey`'s time on a 10^6-row file, and with no
/// quotes a row's fields are its commas plus one. Reads 64 KiB blocks cut
/// at line feeds, which never occur inside a UTF-8 sequence.
fn quick_scan(
    path: &Path,
    name: &str,
    offset: u64,
    columns: usize,
) -> Result<Option<(Vec<csv::ByteRecord>, bool)>> {
    use std::io::Read;
    let mut file = std::fs::File::open(path).map_err(|e| Error::io(name, e))?;
    // the header's bytes, as the csv reader read them
    let mut head = Vec::new();
    (&mut file)
        .take(offset)
        .read_to_end(&mut head)
        .map_err(|e| Error::io(name, e))?;
    let unquoted = !head.contains(&b'"');
    let mut buf = vec![0u8; 1 << 16];
    let mut filled = 0;
    let mut sample = Vec::new();
    loop {
        if filled == buf.len() {
            // a line longer than the buffer
            buf.resize(2 * buf.len(), 0);
        }
        let n = match file.read(&mut buf[filled..]) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Error::io(name, e)),
        };
        let end = filled + n;
        let block_end = if n == 0 {
            end
        } else {
            match buf[..end].iter().rposition(|&b| b == b'\n') {
                Some(i) => i + 1,
                None => {
                    filled = end;
                    continue;
                }
            }
        };
        if !plain_rows(&buf[..block_end], columns, &mut sample) {
            return Ok(None);
        }
        if n == 0 {
            return Ok(Some((sample, unquoted)));
        }
        buf.copy_within(block_end..end, 0);
        filled = end - block_end;
    }
}

/// Whether the whole lines of `block` are plain rows of `columns` fields
/// (see [`quick_scan`]); adds rows to `sample` up to
/// [`INTEGER_SAMPLE_ROWS`].
fn plain_rows(block: &[u8], columns: usize, sample: &mut Vec<csv::ByteRecord>) -> bool {
    if block.is_empty() {
        return true;
    }
    if std::str::from_utf8(block).is_err() {
        return false;
    }
    // a quote anywhere, or a carriage return not before a line feed
    for i in memchr::memchr2_iter(b'"', b'\r', block) {
        if block[i] == b'"' || block.get(i + 1) != Some(&b'\n') {
            return false;
        }
    }
    let block = block.strip_suffix(b"\n").unwrap_or(block);
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', block).chain(std::iter::once(block.len()));
    for end in ends {
        let line = &block[start..end];
        start = end + 1;
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        // no quotes, so no comma is inside a field: the fields are the commas plus one
        if line.is_empty() || line.iter().filter(|&&b| b == b',').count() + 1 != columns {
            return false;
        }
        if sample.len() < INTEGER_SAMPLE_ROWS {
            sample.push(line.split(|&b| b == b',').collect());
        }
    }
    true
}

/// A reader's error: a failed read (a folder given for a file) as an I/O
/// error naming the path, anything else as a CSV error at its line.
fn csv_error(name: &str, e: csv::Error) -> Error {
    if !matches!(e.kind(), csv::ErrorKind::Io(_)) {
        return Error::csv(name, e);
    }
    match e.into_kind() {
        csv::ErrorKind::Io(io) => Error::io(name, io),
        _ => unreachable!("an I/O error, checked above"),
    }
}

/// The error for a record with bytes that are not UTF-8, at its line and
/// the column of the first such field.
fn not_utf8_record(
    record: &csv::ByteRecord,
    header: &csv::ByteRecord,
    name: &str,
) -> Option<Error> {
    // One check of the record's bytes; the field only on the way to an error.
    std::str::from_utf8(record.as_slice()).err()?;
    let (i, field) = record
        .iter()
        .enumerate()
        .find(|(_, f)| std::str::from_utf8(f).is_err())?;
    let bad = std::str::from_utf8(field).err()?.valid_up_to();
    let line = record.position().map_or(1, |p| p.line());
    let column = String::from_utf8_lossy(header.get(i).unwrap_or_default()).into_owned();
    Some(Error::data(
        Location::at(name, line, column),
        format!(
            "the byte 0x{:02X} is not UTF-8 (is the file Latin-1 or Windows-1252?): save the file as UTF-8",
            field[bad]
        ),
    ))
}

/// The first cell of the named columns for which `bad` holds, as a data
/// error at its line and column; `None` when there is none. Only called on
/// the way to an error, so it reads the file again.
fn locate_cell(
    path: &Path,
    name: &str,
    header: &csv::StringRecord,
    columns: &[&str],
    bad: impl Fn(&str) -> bool,
) -> Option<Error> {
    let indices: Vec<(usize, &str)> = header
        .iter()
        .enumerate()
        .filter(|(_, h)| columns.contains(h))
        .collect();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(open(path, name).ok()?);
    for record in reader.records() {
        let record = record.ok()?;
        for (i, column) in &indices {
            let cell = record.get(*i).unwrap_or_default();
            if bad(cell) {
                let line = record.position().map_or(0, |p| p.line());
                let why = match cell.trim().parse::<f64>() {
                    Ok(v) if v.is_nan() => "is not a number",
                    Ok(_) if cell.to_lowercase().contains("inf") => "is not a finite number",
                    Ok(_) => "is too large for a 64-bit float (at most about 1.8e308)",
                    Err(_) => "is not a number",
                };
                return Some(Error::data(
                    Location::at(name, line, *column),
                    format!("'{cell}' {why} (leave the cell empty for a missing value)"),
                ));
            }
        }
    }
    None
}

/// Rows [`read_csv`] looks at to decide that a label column holds integers.
const INTEGER_SAMPLE_ROWS: usize = 1000;

/// Whether field `at` of every sampled row is an integer in canonical
/// decimal form (an optional `-`, no leading zero, at most 18 digits):
/// such a label column is read as `Int64` and coded through a table, not
/// hashed as text. Canonical form only, so that labels `01` and `1` are
/// never merged. The fields are the `csv` reader's, unquoted.
fn looks_integer(sample: &[csv::ByteRecord], at: usize) -> bool {
    !sample.is_empty()
        && sample.iter().all(|record| {
            let field = record.get(at).unwrap_or_default();
            let digits = field.strip_prefix(b"-").unwrap_or(field);
            !digits.is_empty()
                && digits.len() <= 18
                && digits.iter().all(u8::is_ascii_digit)
                && (digits == b"0" || !digits.starts_with(b"0"))
                && field != b"-0"
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
    /// use njov::polars::prelude::*;
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

/// The columns asked for, each once, in order; an error naming the file's
/// columns when one is not in its header.
pub(super) fn wanted_columns<'a>(
    header: &csv::StringRecord,
    numeric: &[&'a str],
    labels: &[&'a str],
    name: &str,
) -> Result<Vec<&'a str>> {
    let present: Vec<&str> = header.iter().collect();
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
    Ok(wanted)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `csv` reader's records after the header, as the fallback reads them.
    fn csv_records(text: &[u8]) -> Vec<csv::ByteRecord> {
        csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(text)
            .byte_records()
            .map(|r| r.unwrap())
            .collect()
    }

    /// What the quick path settles, and with the same records as the `csv`
    /// reader; what it leaves to the `csv` reader (`false`).
    #[test]
    fn quick_scan_settles_plain_rows_only() {
        let plain: [&[u8]; 4] = [
            b"1,2,3\n4,5,6\n",
            b"1,2,3\r\n4,5,6\r\n",
            b"1,2,3\n4,5,6",
            b",,\n-1,x y,\xc3\xa9\n",
        ];
        for rows in plain {
            let mut sample = Vec::new();
            assert!(plain_rows(rows, 3, &mut sample), "{rows:?}");
            let whole = [b"a,b,c\n".as_slice(), rows].concat();
            assert_eq!(sample, csv_records(&whole), "{rows:?}");
        }
        let left: [&[u8]; 8] = [
            b"1,2\n",            // a field too few
            b"1,2,3,4\n",        // a field too many
            b"1,\"2,5\",3\n",    // quoted: the csv reader's
            b"1,2,3\n\n4,5,6\n", // a blank line
            b"1,2,3\r4,5,6\n",   // a lone carriage return ends a record for csv
            b"1,2,\xe9\n",       // Latin-1
            b"\n",               // a blank line only
            b"1,2,3\n4,5,6,7\n", // the second row
        ];
        for rows in left {
            assert!(!plain_rows(rows, 3, &mut Vec::new()), "{rows:?}");
        }
        assert!(plain_rows(b"", 3, &mut Vec::new()));
    }

    /// A file that ends inside a quoted field is refused at the line of
    /// its last record (polars would panic on a numeric field that is only
    /// its opening quote); a closed field, with a doubled quote inside, is
    /// read.
    #[test]
    fn a_quote_left_open_at_the_end_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let open: [(&str, u64); 5] = [
            ("y,w\n1,\"", 2),
            ("y,w\n1,2\n3,\"", 3),
            ("y,w\n1,\"\n", 2),
            ("y,w\n1,\"2\"\"\n", 2),
            ("\"y,w\n1,2\n", 1),
        ];
        for (i, (text, line)) in open.iter().enumerate() {
            let path = dir.path().join(format!("open{i}.csv"));
            std::fs::write(&path, text).unwrap();
            let err = read_csv(&path, &["y"], &[]).unwrap_err();
            if *line > 1 {
                assert!(err.to_string().contains("not closed"), "{text:?}: {err}");
                assert_eq!(err.location().and_then(|l| l.line), Some(*line), "{text:?}");
            }
        }
        for text in ["y,w\n1,\"2\"\n", "y,w\n1,\"2\"\"\"\n", "y,w\n\"1\",2"] {
            let path = dir.path().join("closed.csv");
            std::fs::write(&path, text).unwrap();
            let df = read_csv(&path, &["y"], &["w"]).unwrap_or_else(|e| panic!("{text:?}: {e}"));
            assert_eq!(df.height(), 1, "{text:?}");
        }
        assert!(ends_quoted(b"1,\"a\"\"b"));
        assert!(!ends_quoted(b"1,a\"b"));
        assert!(!ends_quoted(b"1,\"a\"b,\"\""));
    }

    /// Quotes in the header only: the rows are checked on the quick path,
    /// but polars parses with quoting, so the names lose their quotes.
    #[test]
    fn a_quoted_header_keeps_quoting() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("q.csv");
        std::fs::write(&path, "\"y\",\"s\"\n1.5,1\n2.5,2\n").unwrap();
        assert!(!check_records(&path, "q.csv").unwrap().unquoted);
        let df = read_csv(&path, &["y"], &["s"]).unwrap();
        let y: Vec<f64> = df
            .column("y")
            .unwrap()
            .f64()
            .unwrap()
            .into_no_null_iter()
            .collect();
        assert_eq!(y, [1.5, 2.5]);
    }

    /// A file in many 64 KiB blocks, with a line longer than a block, gives
    /// the csv reader's sample; and a ragged row far into it is still found
    /// (by the csv reader, which names its line).
    #[test]
    fn quick_scan_across_blocks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.csv");
        let mut text = String::from("a,b\n");
        text.push_str(&format!("{},1\n", "7".repeat(200_000)));
        for i in 0..20_000 {
            text.push_str(&format!("{i},{}\n", i % 7));
        }
        std::fs::write(&path, &text).unwrap();
        let Records {
            header,
            sample,
            unquoted,
        } = check_records(&path, "m.csv").unwrap();
        assert!(unquoted);
        assert_eq!(header.iter().collect::<Vec<_>>(), ["a", "b"]);
        let mut want = csv_records(text.as_bytes());
        want.truncate(INTEGER_SAMPLE_ROWS);
        assert_eq!(sample, want);
        text.push_str("5\n");
        text.push_str("6,7\n");
        std::fs::write(&path, &text).unwrap();
        let err = check_records(&path, "m.csv").unwrap_err();
        // header line 1, the long row line 2, 20,000 rows, then "5" on line 20003
        let at = err.location().expect("a located error");
        assert_eq!((at.file.as_str(), at.line), ("m.csv", Some(20003)), "{err}");
    }
}
