//! The claim-sentence reader on arbitrary input: any text gives a parsed claim or
//! a typed error, never a panic or a hang. The body is in fuzz/targets.rs.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../targets.rs"]
#[allow(dead_code)]
mod targets;

fuzz_target!(|data: &[u8]| targets::parse_claim(data));
