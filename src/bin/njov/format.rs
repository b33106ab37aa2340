//! The one output format of every command ([`njov::Format`]), and the set
//! each command accepts, checked by clap when the arguments are read.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use njov::Format;

/// A clap value parser for `--format` that accepts the formats `allowed`
/// (and `md` for Markdown) and refuses any other word, listing the
/// allowed ones.
pub(crate) fn accepts(allowed: &'static [Format]) -> impl TypedValueParser<Value = Format> {
    PossibleValuesParser::new(allowed.iter().map(|f| {
        let value = PossibleValue::new(f.name());
        if *f == Format::Markdown {
            value.alias("md")
        } else {
            value
        }
    }))
    .map(|s| {
        s.parse::<Format>()
            .expect("clap accepts only the allowed names")
    })
}

/// The formats of the report and the judged claims.
pub(crate) const REPORT: &[Format] = &[
    Format::Text,
    Format::Markdown,
    Format::Json,
    Format::Csv,
    Format::Html,
];

/// The formats of a scan.
pub(crate) const SCAN: &[Format] = REPORT;

/// The formats of one trend (a page is the whole report's).
pub(crate) const TREND: &[Format] = &[Format::Text, Format::Markdown, Format::Json, Format::Csv];

/// The formats of a command that prints one result.
pub(crate) const ONE: &[Format] = &[Format::Text, Format::Json];

/// The formats of a batch of judgements (`njov check --input`).
pub(crate) const BATCH: &[Format] = &[
    Format::Csv,
    Format::Jsonl,
    Format::Text,
    Format::Markdown,
    Format::Html,
];
