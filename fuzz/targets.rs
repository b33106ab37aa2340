//! The bodies of njov's fuzz targets, one function per target, shared by
//! cargo fuzz (`fuzz/fuzz_targets/<name>.rs`) and by the replay of the committed
//! corpus as an ordinary test (`tests/fuzz_corpus.rs`), so both run the same code.
//!
//! A target passes when it returns: any input gives a value or a typed error.

/// The claim-sentence reader, `njov::claims::parse_claim`, on arbitrary bytes.
pub fn parse_claim(data: &[u8]) {
    // The reader takes &str; bytes that are not UTF-8 are refused before it, as
    // the CLI's reading of text through std refuses them.
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = njov::claims::parse_claim(text);
    }
}

/// A target's body.
pub type Target = fn(&[u8]);

/// Every target by name: the replay test runs the files of `fuzz/corpus/<name>/`
/// through the function named here, and fails on a corpus folder without one.
pub const TARGETS: &[(&str, Target)] = &[("parse_claim", parse_claim)];
