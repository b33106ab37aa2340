//! The crate's one error type.
//!
//! Following the `csv` crate: an opaque [`Error`] that is cheap to move (one
//! `Box`), with [`Error::kind`] to inspect what went wrong. [`ErrorKind`] is
//! `#[non_exhaustive]` so that variants can be added without a breaking
//! change. The error is derived with `thiserror`; an error that comes from
//! the operating system, the `csv` reader, the TOML parser or polars keeps
//! it as its [`source`](std::error::Error::source), so a caller can still
//! ask an I/O error for its [`std::io::ErrorKind`].
//!
//! ```
//! use std::error::Error as _;
//! let err = njov::Dataset::load_from_dir("/no/such/dir", "njov1", None).unwrap_err();
//! let io = err.source().and_then(|s| s.downcast_ref::<std::io::Error>()).unwrap();
//! assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
//! ```

use std::fmt;

/// A specialised `Result` whose error is [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

/// Everything that can go wrong in this crate: bad data, bad arguments, a failed
/// checksum, an unknown version. Nothing in the library panics on bad input; it
/// returns one of these instead.
///
/// ```
/// use njov::{Dataset, ErrorKind};
/// let err = Dataset::load("njov1", Some("9.9.9")).unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::UnknownVersion { .. }));
/// assert!(err.to_string().contains("9.9.9"));
/// ```
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct Error(Box<ErrorKind>);

/// Where a problem in a data file sits: the file, the 1-based line (the header
/// is line 1) and the column name, as far as they are known.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// The file, relative to the dataset root (`njov1/1.0.0/arrests.csv`),
    /// or the path given.
    pub file: String,
    /// The 1-based line number; the header is line 1.
    pub line: Option<u64>,
    /// The column name.
    pub column: Option<String>,
}

impl Location {
    /// A location in a file, with no line or column.
    ///
    /// ```
    /// assert_eq!(njov::Location::file("a.csv").to_string(), "a.csv");
    /// ```
    pub fn file(file: impl Into<String>) -> Location {
        Location {
            file: file.into(),
            ..Location::default()
        }
    }

    /// A location at a line and column of a file.
    ///
    /// ```
    /// let at = njov::Location::at("a.csv", 3, "value");
    /// assert_eq!(at.to_string(), "a.csv, line 3, column 'value'");
    /// ```
    pub fn at(file: impl Into<String>, line: u64, column: impl Into<String>) -> Location {
        Location {
            file: file.into(),
            line: Some(line),
            column: Some(column.into()),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ", line {line}")?;
        }
        if let Some(column) = &self.column {
            write!(f, ", column '{column}'")?;
        }
        Ok(())
    }
}

/// The kind of an [`Error`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file could not be read or written; `source()` is the
    /// [`std::io::Error`].
    #[error("{path}: {source}")]
    Io {
        /// The path involved.
        path: String,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// A CSV file could not be read (malformed quoting, unequal row lengths,
    /// bytes that are not UTF-8); `source()` is the [`csv::Error`].
    #[error("{location}: {source}")]
    Csv {
        /// Where the problem is.
        location: Location,
        /// The reader's error.
        #[source]
        source: csv::Error,
    },
    /// A data file breaks the rules of its schema: a missing or unknown column,
    /// a value of the wrong type, a negative count, a percentage outside 0-100,
    /// a duplicate id, an unknown source key, a reference to an unknown row.
    #[error("{location}: {message}")]
    Data {
        /// Where the problem is.
        location: Location,
        /// What is wrong, in words.
        message: String,
    },
    /// A file's bytes do not hash to the sha256 its manifest records.
    #[error("{file}: checksum mismatch: manifest has sha256 {expected}, file has {actual}")]
    Checksum {
        /// The file, relative to the dataset root.
        file: String,
        /// The sha256 in the manifest.
        expected: String,
        /// The sha256 of the bytes found.
        actual: String,
        /// Whether the dataset's changelog marks the version released (a
        /// `released:` line in its section): then the file must not
        /// change; otherwise the checksum is to be recorded again.
        released: bool,
    },
    /// No dataset of that id is known.
    #[error("unknown dataset '{dataset}' (available: {})", list(available))]
    UnknownDataset {
        /// The id asked for.
        dataset: String,
        /// The ids that exist.
        available: Vec<String>,
    },
    /// The dataset has no version of that name.
    #[error(
        "dataset '{dataset}' has no version '{version}' (available: {})",
        list(available)
    )]
    UnknownVersion {
        /// The dataset id.
        dataset: String,
        /// The version asked for.
        version: String,
        /// The versions that exist.
        available: Vec<String>,
    },
    /// The dataset version has no table of that name.
    #[error("unknown table '{table}' (available: {})", list(available))]
    UnknownTable {
        /// The table asked for.
        table: String,
        /// The tables that exist.
        available: Vec<String>,
    },
    /// A function argument is outside its domain (successes above trials, a
    /// level outside (0, 1), a NaN, a non-positive degrees of freedom, ...).
    /// When another error showed it (a file named by the argument that is
    /// not CSV, a pattern that is not a regular expression, the first bad
    /// row of a batch), that error is the `cause`, its message after the
    /// value in parentheses, and `source()` gives it.
    #[error("invalid {name} = {value}{}: expected {expected}", because(cause))]
    InvalidArgument {
        /// The argument's name.
        name: String,
        /// The value given, as text.
        value: String,
        /// What the argument must be.
        expected: String,
        /// The error that showed the argument wrong, if another did.
        #[source]
        cause: Option<Box<dyn std::error::Error + Send + Sync>>,
    },
    /// A text (a claim sentence, a date, a method name) could not be read.
    #[error("cannot read '{part}' in \"{input}\": {message}")]
    Parse {
        /// The text given.
        input: String,
        /// The part that could not be read.
        part: String,
        /// Why.
        message: String,
    },
    /// An estimate cannot be computed from what is published (for example a
    /// share whose base is not published).
    #[error("{what}: {reason}")]
    Unavailable {
        /// What was asked for.
        what: String,
        /// Why it cannot be computed.
        reason: String,
    },
    /// A survey design is invalid (negative weights, a PSU in two strata, ...).
    #[error("invalid survey design: {message}")]
    Design {
        /// What is wrong, in words.
        message: String,
    },
    /// An output (JSON, CSV, a plot) could not be rendered; `source()` is
    /// the renderer's error (serde_json's, csv's, plotters').
    #[error("cannot render {what}: {source}")]
    Render {
        /// What was being rendered.
        what: String,
        /// The renderer's error.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// A TOML file (a manifest) could not be read; `source()` is the TOML
    /// parser's error.
    #[error("{location}: {}", source.message())]
    Toml {
        /// The file, and the line the parser points at.
        location: Location,
        /// The parser's error.
        #[source]
        source: toml::de::Error,
    },
    /// An error at a place in a file (a row of a batch): the error itself
    /// is the `source()`.
    #[error("{location}: {source}")]
    Located {
        /// Where it happened.
        location: Location,
        /// What happened.
        #[source]
        source: Error,
    },
    /// An error from polars while building or reading a DataFrame;
    /// `source()` is polars' error.
    #[cfg(feature = "polars")]
    #[error("polars: {source}")]
    Polars {
        /// polars' error.
        #[from]
        source: polars::prelude::PolarsError,
    },
}

/// An argument error's cause in parentheses, after its value.
fn because(cause: &Option<Box<dyn std::error::Error + Send + Sync>>) -> String {
    cause
        .as_ref()
        .map(|c| format!(" ({c})"))
        .unwrap_or_default()
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "none".to_string()
    } else {
        items.join(", ")
    }
}

impl ErrorKind {
    /// The kind's name, as the JSON of an error spells it (`"Io"`,
    /// `"InvalidArgument"`, ...).
    ///
    /// ```
    /// let e = njov::Error::invalid_argument("level", 2, "(0, 1)");
    /// assert_eq!(e.kind().name(), "InvalidArgument");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            ErrorKind::Io { .. } => "Io",
            ErrorKind::Csv { .. } => "Csv",
            ErrorKind::Data { .. } => "Data",
            ErrorKind::Checksum { .. } => "Checksum",
            ErrorKind::UnknownDataset { .. } => "UnknownDataset",
            ErrorKind::UnknownVersion { .. } => "UnknownVersion",
            ErrorKind::UnknownTable { .. } => "UnknownTable",
            ErrorKind::InvalidArgument { .. } => "InvalidArgument",
            ErrorKind::Parse { .. } => "Parse",
            ErrorKind::Unavailable { .. } => "Unavailable",
            ErrorKind::Design { .. } => "Design",
            ErrorKind::Render { .. } => "Render",
            ErrorKind::Toml { .. } => "Toml",
            ErrorKind::Located { .. } => "Located",
            #[cfg(feature = "polars")]
            ErrorKind::Polars { .. } => "Polars",
        }
    }
}

impl Error {
    /// Wraps a kind.
    ///
    /// ```
    /// use njov::{Error, ErrorKind};
    /// let e = Error::new(ErrorKind::Design { message: "no rows".into() });
    /// assert_eq!(e.to_string(), "invalid survey design: no rows");
    /// ```
    pub fn new(kind: ErrorKind) -> Error {
        Error(Box::new(kind))
    }

    /// What went wrong.
    ///
    /// ```
    /// let err = njov::Dataset::load("nope", None).unwrap_err();
    /// assert!(matches!(err.kind(), njov::ErrorKind::UnknownDataset { .. }));
    /// ```
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// Unwraps into the kind.
    ///
    /// ```
    /// let err = njov::Dataset::load("nope", None).unwrap_err();
    /// assert!(matches!(err.into_kind(), njov::ErrorKind::UnknownDataset { .. }));
    /// ```
    pub fn into_kind(self) -> ErrorKind {
        *self.0
    }

    /// Where the problem is, when it is in a file: the location of a data
    /// or CSV error, the file of a checksum mismatch, the path of a failed
    /// read or write.
    ///
    /// ```
    /// let e = njov::Error::data(njov::Location::at("t.csv", 2, "value"), "negative count");
    /// assert_eq!(e.location().unwrap().line, Some(2));
    /// assert!(njov::Error::invalid_argument("level", 2, "(0, 1)").location().is_none());
    /// ```
    pub fn location(&self) -> Option<Location> {
        match self.kind() {
            ErrorKind::Data { location, .. }
            | ErrorKind::Csv { location, .. }
            | ErrorKind::Toml { location, .. }
            | ErrorKind::Located { location, .. } => Some(location.clone()),
            ErrorKind::Checksum { file, .. } => Some(Location::file(file.clone())),
            ErrorKind::Io { path, .. } => Some(Location::file(path.clone())),
            _ => None,
        }
    }

    /// An argument outside its domain.
    ///
    /// ```
    /// let e = njov::Error::invalid_argument("level", 1.5, "a number in (0, 1)");
    /// assert_eq!(e.to_string(), "invalid level = 1.5: expected a number in (0, 1)");
    /// ```
    pub fn invalid_argument(
        name: impl Into<String>,
        value: impl fmt::Display,
        expected: impl Into<String>,
    ) -> Error {
        Error::new(ErrorKind::InvalidArgument {
            name: name.into(),
            value: value.to_string(),
            expected: expected.into(),
            cause: None,
        })
    }

    /// An argument outside its domain, shown so by another error (the
    /// `cause`, which `source()` gives): a file named by the argument that
    /// cannot be read as what it must be, a pattern that does not compile.
    ///
    /// ```
    /// use std::error::Error as _;
    /// let regex = "(".parse::<u8>().unwrap_err();
    /// let e = njov::Error::invalid_argument_because("pattern", "(", "a number", regex);
    /// assert_eq!(e.to_string(), "invalid pattern = ( (invalid digit found in string): expected a number");
    /// assert!(e.source().unwrap().downcast_ref::<std::num::ParseIntError>().is_some());
    /// ```
    pub fn invalid_argument_because(
        name: impl Into<String>,
        value: impl fmt::Display,
        expected: impl Into<String>,
        cause: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Error {
        Error::new(ErrorKind::InvalidArgument {
            name: name.into(),
            value: value.to_string(),
            expected: expected.into(),
            cause: Some(cause.into()),
        })
    }

    /// A data file that breaks its rules, at a location.
    ///
    /// ```
    /// let e = njov::Error::data(njov::Location::at("t.csv", 2, "value"), "negative count");
    /// assert_eq!(e.to_string(), "t.csv, line 2, column 'value': negative count");
    /// ```
    pub fn data(location: Location, message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Data {
            location,
            message: message.into(),
        })
    }

    /// A failed read or write of `path`, keeping the operating system's
    /// error as the source.
    ///
    /// ```
    /// let io = std::io::Error::from(std::io::ErrorKind::NotFound);
    /// let e = njov::Error::io("x.csv", io);
    /// assert!(e.to_string().starts_with("x.csv: "));
    /// ```
    pub fn io(path: impl Into<String>, source: std::io::Error) -> Error {
        Error::new(ErrorKind::Io {
            path: path.into(),
            source,
        })
    }

    /// A CSV reader's error at a location, keeping it as the source; the
    /// line is taken from the error when it knows one.
    pub(crate) fn csv(file: &str, source: csv::Error) -> Error {
        let line = source.position().map(|p| p.line());
        Error::new(ErrorKind::Csv {
            location: Location {
                file: file.to_string(),
                line,
                column: None,
            },
            source,
        })
    }

    pub(crate) fn unavailable(what: impl Into<String>, reason: impl Into<String>) -> Error {
        Error::new(ErrorKind::Unavailable {
            what: what.into(),
            reason: reason.into(),
        })
    }

    pub(crate) fn parse(
        input: impl Into<String>,
        part: impl Into<String>,
        message: impl Into<String>,
    ) -> Error {
        Error::new(ErrorKind::Parse {
            input: input.into(),
            part: part.into(),
            message: message.into(),
        })
    }

    /// An output that could not be rendered, keeping the renderer's error
    /// as the source.
    ///
    /// ```
    /// use std::error::Error as _;
    /// let json = serde_json::from_str::<u8>("x").unwrap_err();
    /// let e = njov::Error::render("JSON", json);
    /// assert!(e.to_string().starts_with("cannot render JSON: "));
    /// assert!(e.source().unwrap().downcast_ref::<serde_json::Error>().is_some());
    /// ```
    pub fn render(
        what: impl Into<String>,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Error {
        Error::new(ErrorKind::Render {
            what: what.into(),
            source: source.into(),
        })
    }

    /// This error at a place in a file (a row of a batch), keeping it as
    /// the source; its message is the place, then this error's.
    ///
    /// ```
    /// use std::error::Error as _;
    /// let e = njov::Error::invalid_argument("trials", 0, "at least 1")
    ///     .at(njov::Location { file: "in.csv".into(), line: Some(3), column: None });
    /// assert_eq!(e.to_string(), "in.csv, line 3: invalid trials = 0: expected at least 1");
    /// assert!(e.source().unwrap().downcast_ref::<njov::Error>().is_some());
    /// ```
    pub fn at(self, location: Location) -> Error {
        Error::new(ErrorKind::Located {
            location,
            source: self,
        })
    }

    /// A TOML parser's error in `file` (whose text is `text`), at the line
    /// the parser points at.
    pub(crate) fn toml(file: &str, text: &str, source: toml::de::Error) -> Error {
        let line = source
            .span()
            .map(|s| text[..s.start].matches('\n').count() as u64 + 1);
        Error::new(ErrorKind::Toml {
            location: Location {
                file: file.to_string(),
                line,
                column: None,
            },
            source,
        })
    }

    pub(crate) fn design(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Design {
            message: message.into(),
        })
    }
}

#[cfg(feature = "polars")]
impl From<polars::prelude::PolarsError> for Error {
    fn from(err: polars::prelude::PolarsError) -> Error {
        Error::new(ErrorKind::Polars { source: err })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_is_send_sync_and_small() {
        fn assert_send_sync<T: Send + Sync + 'static>() {}
        assert_send_sync::<Error>();
        assert_eq!(std::mem::size_of::<Error>(), std::mem::size_of::<usize>());
    }

    #[test]
    fn io_error_keeps_its_source() {
        use std::error::Error as _;
        let e = Error::io(
            "p",
            std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        );
        let source = e
            .source()
            .unwrap()
            .downcast_ref::<std::io::Error>()
            .unwrap();
        assert_eq!(source.kind(), std::io::ErrorKind::PermissionDenied);
    }
}
