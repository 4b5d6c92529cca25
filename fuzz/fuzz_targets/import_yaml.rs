//! Fuzz target `import_yaml`: see `fuzz/harness.rs` for what it runs and checks.

#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::import_yaml(data));
