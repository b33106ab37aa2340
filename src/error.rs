//! The crate's one error type.
//!
//! Following the `csv` crate: an opaque [`Error`] that is cheap to move (one
//! `Box`), with [`Error::kind`] to inspect what went wrong. [`ErrorKind`] is
//! `#[non_exhaustive]` so that variants can be added without a breaking change.

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
#[derive(Debug, Clone, PartialEq)]
pub struct Error(Box<ErrorKind>);

/// Where a problem in a data file sits: the file, the 1-based line (the header
/// is line 1) and the column name, as far as they are known.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// The file, relative to the dataset root (`njov1/1.0.0/arrests.csv`).
    pub file: String,
    /// The 1-based line number; the header is line 1.
    pub line: Option<u64>,
    /// The column name.
    pub column: Option<String>,
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
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file could not be read or written.
    Io {
        /// The path involved.
        path: String,
        /// The operating system's message.
        message: String,
    },
    /// A data file breaks the rules of its schema: a missing or unknown column,
    /// a value of the wrong type, a negative count, a percentage outside 0-100,
    /// a duplicate id, an unknown source key, a reference to an unknown row.
    Data {
        /// Where the problem is.
        location: Location,
        /// What is wrong, in words.
        message: String,
    },
    /// A file's bytes do not hash to the sha256 its manifest records.
    Checksum {
        /// The file, relative to the dataset root.
        file: String,
        /// The sha256 in the manifest.
        expected: String,
        /// The sha256 of the bytes found.
        actual: String,
    },
    /// No dataset of that id is known.
    UnknownDataset {
        /// The id asked for.
        dataset: String,
        /// The ids that exist.
        available: Vec<String>,
    },
    /// The dataset has no version of that name.
    UnknownVersion {
        /// The dataset id.
        dataset: String,
        /// The version asked for.
        version: String,
        /// The versions that exist.
        available: Vec<String>,
    },
    /// The dataset version has no table of that name.
    UnknownTable {
        /// The table asked for.
        table: String,
        /// The tables that exist.
        available: Vec<String>,
    },
    /// A function argument is outside its domain (successes above trials, a
    /// level outside (0, 1), a NaN, a non-positive degrees of freedom, ...).
    InvalidArgument {
        /// The argument's name.
        name: String,
        /// The value given, as text.
        value: String,
        /// What the argument must be.
        expected: String,
    },
    /// A text (a claim sentence, a quantifier, a method name) could not be read.
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
    Unavailable {
        /// What was asked for.
        what: String,
        /// Why it cannot be computed.
        reason: String,
    },
    /// A survey design is invalid (negative weights, a PSU in two strata, ...).
    Design {
        /// What is wrong, in words.
        message: String,
    },
    /// An error from polars while building or reading a DataFrame.
    Polars {
        /// polars' message.
        message: String,
    },
}

impl Error {
    /// Wraps a kind.
    pub fn new(kind: ErrorKind) -> Error {
        Error(Box::new(kind))
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// Unwraps into the kind.
    pub fn into_kind(self) -> ErrorKind {
        *self.0
    }

    pub(crate) fn invalid_argument(
        name: impl Into<String>,
        value: impl fmt::Display,
        expected: impl Into<String>,
    ) -> Error {
        Error::new(ErrorKind::InvalidArgument {
            name: name.into(),
            value: value.to_string(),
            expected: expected.into(),
        })
    }

    pub(crate) fn data(location: Location, message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Data {
            location,
            message: message.into(),
        })
    }

    pub(crate) fn io(path: impl Into<String>, err: &std::io::Error) -> Error {
        Error::new(ErrorKind::Io {
            path: path.into(),
            message: err.to_string(),
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
}

#[cfg(feature = "polars")]
impl From<polars::prelude::PolarsError> for Error {
    fn from(err: polars::prelude::PolarsError) -> Error {
        Error::new(ErrorKind::Polars {
            message: err.to_string(),
        })
    }
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "none".to_string()
    } else {
        items.join(", ")
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.0 {
            ErrorKind::Io { path, message } => write!(f, "{path}: {message}"),
            ErrorKind::Data { location, message } => write!(f, "{location}: {message}"),
            ErrorKind::Checksum {
                file,
                expected,
                actual,
            } => write!(
                f,
                "{file}: checksum mismatch: manifest has sha256 {expected}, file has {actual}"
            ),
            ErrorKind::UnknownDataset { dataset, available } => write!(
                f,
                "unknown dataset '{dataset}' (available: {})",
                list(available)
            ),
            ErrorKind::UnknownVersion {
                dataset,
                version,
                available,
            } => write!(
                f,
                "dataset '{dataset}' has no version '{version}' (available: {})",
                list(available)
            ),
            ErrorKind::UnknownTable { table, available } => {
                write!(
                    f,
                    "unknown table '{table}' (available: {})",
                    list(available)
                )
            }
            ErrorKind::InvalidArgument {
                name,
                value,
                expected,
            } => write!(f, "invalid {name} = {value}: expected {expected}"),
            ErrorKind::Parse {
                input,
                part,
                message,
            } => write!(f, "cannot read '{part}' in \"{input}\": {message}"),
            ErrorKind::Unavailable { what, reason } => write!(f, "{what}: {reason}"),
            ErrorKind::Design { message } => write!(f, "invalid survey design: {message}"),
            ErrorKind::Polars { message } => write!(f, "polars: {message}"),
        }
    }
}

impl std::error::Error for Error {}
