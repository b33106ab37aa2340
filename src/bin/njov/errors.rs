//! How an error is shown: one line on standard error with what to do about
//! it, a JSON object on standard output when JSON was asked for, and the
//! exit code.

/// clap's message on one line: its error and tips, without the usage block
/// and the pointer to --help.
pub(crate) fn clap_message(e: &clap::Error) -> String {
    let rendered = e.render().to_string();
    let lines: Vec<&str> = rendered
        .lines()
        .map(str::trim)
        .take_while(|l| !l.starts_with("Usage:"))
        .filter(|l| !l.is_empty() && !l.starts_with("For more information"))
        .collect();
    lines.join("; ").trim_start_matches("error: ").to_string()
}

/// Whether the raw arguments ask for JSON (for errors found before they
/// could be parsed).
pub(crate) fn asked_for_json() -> bool {
    let args: Vec<String> = std::env::args().collect();
    args.windows(2)
        .any(|w| w[0] == "--format" && w[1] == "json")
        || args.iter().any(|a| a == "--format=json")
}

/// 2 for a wrong argument (as clap uses), 1 for anything else (bad data, a
/// file that cannot be read or written).
pub(crate) fn exit_code(e: &njov::Error) -> u8 {
    match e.kind() {
        njov::ErrorKind::InvalidArgument { .. } | njov::ErrorKind::Parse { .. } => 2,
        _ => 1,
    }
}

/// An error as a JSON object: `{"error": {"kind", "message"}}`, with
/// `file`, `line` and `column` where the error has them.
pub(crate) fn error_json(e: &njov::Error) -> String {
    let mut error = serde_json::json!({ "kind": e.kind().name(), "message": one_line(e) });
    if let Some(at) = e.location() {
        error["file"] = at.file.into();
        if let Some(line) = at.line {
            error["line"] = line.into();
        }
        if let Some(column) = at.column {
            error["column"] = column.into();
        }
    }
    serde_json::json!({ "error": error }).to_string()
}

/// The message of an error on one line, with what to do about it where the
/// message alone does not say.
pub(crate) fn one_line(e: &njov::Error) -> String {
    let message = e.to_string().replace(['\n', '\r'], " ");
    match fix(e) {
        Some(fix) => format!("{message}; {fix}"),
        None => message,
    }
}

/// What to do about an error whose message names the problem but not the
/// remedy. Messages of bad arguments and bad data cells say what is
/// expected already ("expected a number in (0, 1)", "unknown column
/// (expected ...)").
pub(crate) fn fix(e: &njov::Error) -> Option<&'static str> {
    use std::io::ErrorKind as Io;
    match e.kind() {
        njov::ErrorKind::Io { source, .. } => match source.kind() {
            Io::NotFound => Some("check the path"),
            Io::PermissionDenied => Some("check the file's permissions"),
            Io::IsADirectory => Some("give a file, not a folder"),
            Io::NotADirectory => Some("give a folder"),
            _ => None,
        },
        njov::ErrorKind::Checksum { released: true, .. } => Some(
            "a released file is never edited: restore its bytes, or release a new version (scripts/update_manifest.py)",
        ),
        njov::ErrorKind::Checksum {
            released: false, ..
        } => Some(
            "the version is not released yet: if the change is meant, record the checksums with python3 scripts/update_manifest.py <data dir>/<dataset>/<version>",
        ),
        njov::ErrorKind::UnknownDataset { available, .. } if available.is_empty() => Some(
            "give --data-dir the folder that holds the datasets' folders (for data/mine/0.1.0/MANIFEST.toml give data, not data/mine); njov data new NAME --data-dir DIR writes one",
        ),
        njov::ErrorKind::Csv { source, .. } => match source.kind() {
            csv::ErrorKind::UnequalLengths { .. } => Some(
                "give every row as many fields as the header (quote a field that holds a comma)",
            ),
            csv::ErrorKind::Utf8 { .. } => Some("save the file as UTF-8"),
            _ => None,
        },
        _ => None,
    }
}
