//! Where a command's output goes, and the error of an empty batch.

use std::path::Path;

/// Writes `text` to `output`, or to standard output.
pub(crate) fn emit(text: &str, output: Option<&Path>) -> njov::Result<()> {
    match output {
        // Written atomically: an interrupted write leaves the earlier file.
        Some(path) => njov::report::write_atomic(path, text.as_bytes()),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

/// The error for a batch input with a header and no rows: most likely the
/// wrong file, and an empty output would pass for a result.
pub(crate) fn no_rows(path: &Path, expected: &str) -> njov::Error {
    njov::Error::data(
        njov::Location {
            file: path.display().to_string(),
            line: Some(2),
            column: None,
        },
        format!("no rows below the header: expected {expected}"),
    )
}
