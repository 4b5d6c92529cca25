//! Fuzz target `lexicon_tsv`: see `fuzz/harness.rs` for what it runs and checks.

#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::lexicon_tsv(data));
