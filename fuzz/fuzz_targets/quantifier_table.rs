//! The quantifier table's reader on arbitrary input, and the rules of a table
//! that reads evaluated on a few sentences; never a panic or a hang. The body
//! is in fuzz/targets.rs.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../targets.rs"]
#[allow(dead_code)]
mod targets;

fuzz_target!(|data: &[u8]| targets::quantifier_table(data));
