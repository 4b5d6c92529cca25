//! Fuzz target `import_wordlist`: see `fuzz/harness.rs` for what it runs and checks.

#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::import_wordlist(data));
