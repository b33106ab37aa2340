//! The output formats of the report.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};

/// An output format.
///
/// ```
/// use njov::Format;
/// assert_eq!("md".parse::<Format>().unwrap(), Format::Markdown);
/// assert_eq!(Format::Json.to_string(), "json");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Format {
    /// Aligned plain text for a terminal.
    #[default]
    Text,
    /// GitHub-flavoured Markdown.
    Markdown,
    /// JSON (the keys are a stable interface).
    Json,
    /// JSON Lines: one JSON object per line, for a batch of results.
    Jsonl,
    /// CSV, one row per item, with the provenance on every row.
    Csv,
    /// One self-contained HTML page (inline CSS and SVG, no network), readable
    /// on a phone.
    Html,
}

impl Format {
    /// Every format, in the order a command lists them.
    pub const ALL: [Format; 6] = [
        Format::Text,
        Format::Markdown,
        Format::Json,
        Format::Jsonl,
        Format::Csv,
        Format::Html,
    ];
}

impl FromStr for Format {
    type Err = Error;
    fn from_str(s: &str) -> Result<Format> {
        match s {
            "text" => Ok(Format::Text),
            "markdown" | "md" => Ok(Format::Markdown),
            "json" => Ok(Format::Json),
            "jsonl" => Ok(Format::Jsonl),
            "csv" => Ok(Format::Csv),
            "html" => Ok(Format::Html),
            _ => Err(Error::invalid_argument(
                "format",
                s,
                "one of text, markdown, json, jsonl, csv, html",
            )),
        }
    }
}

impl Format {
    /// The format's name, as the command line spells it.
    ///
    /// ```
    /// assert_eq!(njov::Format::Jsonl.name(), "jsonl");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Html => "html",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
