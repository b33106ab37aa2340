//! The microdata CSV reader (through polars) and the survey design built from
//! it, on arbitrary input; never a panic or a hang. Needs the fuzz crate's
//! `polars` feature. The body is in fuzz/targets.rs.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../targets.rs"]
#[allow(dead_code)]
mod targets;

fuzz_target!(|data: &[u8]| targets::read_microdata(data));
