//! The table and manifest loaders on arbitrary input: one file of a small
//! dataset replaced, its checksums refilled, loaded; any input gives a dataset
//! or a typed error, never a panic or a hang. The body is in fuzz/targets.rs.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../targets.rs"]
#[allow(dead_code)]
mod targets;

fuzz_target!(|data: &[u8]| targets::load_dataset(data));
