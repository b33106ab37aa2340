//! One renderer per format: a [`Document`] through the text, Markdown, CSV
//! or HTML renderer.

use super::document::Document;
use super::format::Format;
use super::{csv, html, markdown, text};
use crate::error::{Error, Result};

/// Renders a document in a format: text, Markdown, CSV or HTML, each by its
/// own renderer, which knows nothing of what the document is about.
///
/// # Errors
/// `ErrorKind::InvalidArgument` for [`Format::Json`] and [`Format::Jsonl`]
/// (JSON is serde of the results, not of their document);
/// `ErrorKind::Render` if CSV writing fails.
///
/// ```
/// use njov::report::document::{Block, Document};
/// let doc = Document::new("Title").with(Block::paragraph("Words."));
/// let text = njov::report::render_document(&doc, njov::Format::Text).unwrap();
/// assert_eq!(text, "Title\n\nWords.\n");
/// assert!(njov::report::render_document(&doc, njov::Format::Json).is_err());
/// ```
pub fn render_document(doc: &Document, format: Format) -> Result<String> {
    match format {
        Format::Text => Ok(text::render(doc)),
        Format::Markdown => Ok(markdown::render(doc)),
        Format::Csv => csv::render(doc),
        Format::Html => Ok(html::render(doc)),
        Format::Json | Format::Jsonl => Err(Error::invalid_argument(
            "format",
            format,
            "text, markdown, csv or html for a document (JSON is serde of the results)",
        )),
    }
}
