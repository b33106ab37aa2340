//! The document scanner on arbitrary text, with the annotated page rendered:
//! any text gives findings (perhaps none), never a panic or a hang. The body is
//! in fuzz/targets.rs.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../targets.rs"]
#[allow(dead_code)]
mod targets;

fuzz_target!(|data: &[u8]| targets::scan_document(data));
