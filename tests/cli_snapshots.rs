//! Snapshots of what a user sees: `cadrage score` of one sample article in every text format,
//! the lexicon list and the outlet comparison of the samples. A change to scoring, voice or a
//! shipped lexicon shows here as a readable diff to review (`cargo insta review`, or set
//! `INSTA_UPDATE=always` and read `git diff`), never as a silent drift.

use std::path::Path;
use std::process::Command;

const SAMPLE: &str = "samples/vigie-sahel/vigie-sahel-01.txt";

/// Runs the binary from the crate root with colours off and returns its standard output.
fn run(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_cadrage"))
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "cadrage {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn score_text_with_reasons() {
    insta::assert_snapshot!(run(&["score", "--explain", SAMPLE]));
}

#[test]
fn score_sentence_table() {
    insta::assert_snapshot!(run(&["score", "--format", "csv", SAMPLE]));
}

#[test]
fn score_json_contract() {
    insta::assert_snapshot!(run(&["score", "--format", "json", SAMPLE]));
}

#[test]
fn lexicon_list() {
    insta::assert_snapshot!(run(&["lexicon", "list"]));
}

#[test]
fn compare_the_sample_outlets() {
    insta::assert_snapshot!(run(&["compare", "samples"]));
}
