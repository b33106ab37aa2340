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
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Format {
    /// Aligned plain text for a terminal.
    #[default]
    Text,
    /// GitHub-flavoured Markdown.
    #[cfg_attr(feature = "cli", value(alias = "md"))]
    Markdown,
    /// JSON (the keys are a stable interface).
    Json,
    /// CSV, one row per item, with the provenance on every row.
    Csv,
    /// One self-contained HTML page (inline CSS and SVG, no network), readable
    /// on a phone.
    Html,
}

impl FromStr for Format {
    type Err = Error;
    fn from_str(s: &str) -> Result<Format> {
        match s {
            "text" => Ok(Format::Text),
            "markdown" | "md" => Ok(Format::Markdown),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            "html" => Ok(Format::Html),
            _ => Err(Error::invalid_argument(
                "format",
                s,
                "one of text, markdown, json, csv, html",
            )),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Html => "html",
        })
    }
}
