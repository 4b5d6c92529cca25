//! `cadrage lexicon` as a user runs it: output, stderr and exit codes.

use std::path::PathBuf;

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lexicon")
        .join(name)
}

fn cadrage() -> Command {
    Command::cargo_bin("cadrage").unwrap()
}

const SENTENCE: &str = "La CEDEAO, controlee depuis Paris, veut montrer qui est le patron.";

#[test]
fn explain_finds_both_liwc_terms_with_exact_byte_spans() {
    let dic = fixture("acceptance/test.dic");
    let output = cadrage()
        .args(["lexicon", "explain", "--no-default-lexicons", "--lexicon"])
        .arg(&dic)
        .args(["--format", "json", SENTENCE])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let hits: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let hits = hits.as_array().unwrap();
    assert_eq!(hits.len(), 2, "{hits:?}");
    let cut = |h: &serde_json::Value| {
        let (s, e) = (
            h["start"].as_u64().unwrap() as usize,
            h["end"].as_u64().unwrap() as usize,
        );
        &SENTENCE[s..e]
    };
    assert_eq!(cut(&hits[0]), "controlee depuis Paris");
    assert_eq!(hits[0]["category"], "colonial");
    assert_eq!(hits[0]["line"], 5);
    assert_eq!(cut(&hits[1]), "qui est le patron");
    assert_eq!(hits[1]["category"], "motive");
    assert_eq!(hits[1]["line"], 6);
    assert!(hits.iter().all(|h| h["kept"] == true));
}

#[test]
fn explain_as_text_names_category_pattern_and_line() {
    cadrage()
        .args(["lexicon", "explain", "--no-default-lexicons", "--lexicon"])
        .arg(fixture("acceptance/test.dic"))
        .arg(SENTENCE)
        .assert()
        .code(0)
        .stdout(contains(
            "11..33  «controlee depuis Paris»  colonial (loaded)",
        ))
        .stdout(contains("pattern `contrôl* depuis paris`"))
        .stdout(contains("test.dic:5"))
        .stdout(contains("48..65  «qui est le patron»  motive (loaded)"));
}

#[test]
fn explain_with_nothing_to_find() {
    cadrage()
        .args(["lexicon", "explain", "--no-default-lexicons", "--lexicon"])
        .arg(fixture("acceptance/test.dic"))
        .arg("Le conseil des ministres s'est réuni mercredi.")
        .assert()
        .code(0)
        .stdout("no entry matches\n");
}

#[test]
fn check_names_both_bad_liwc_lines_and_exits_3() {
    let dic = fixture("liwc_bad.dic");
    let shown = dic.display().to_string();
    cadrage()
        .args(["lexicon", "check"])
        .arg(&dic)
        .assert()
        .code(3)
        .stdout("")
        .stderr(contains(format!("{shown}:6: undefined category id `7`")))
        .stderr(contains(format!("{shown}:7: term line without a tab")));
}

#[test]
fn check_reports_every_issue_of_every_path() {
    let output = cadrage()
        .args(["lexicon", "check"])
        .arg(fixture("bad_entries.tsv"))
        .arg(fixture("kinds"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    let stderr = String::from_utf8(output.stderr).unwrap();
    let issue_lines = stderr.lines().filter(|l| l.contains(".tsv:")).count();
    assert_eq!(issue_lines, 13 + 5, "{stderr}");
}

#[test]
fn check_passes_a_valid_folder_with_a_summary() {
    cadrage()
        .args(["lexicon", "check"])
        .arg(fixture("good"))
        .assert()
        .code(0)
        .stdout("ok: 3 categories, 7 entries in 4 files\n");
}

#[test]
fn test_runs_examples_and_counter_examples() {
    cadrage()
        .args(["lexicon", "test"])
        .arg(fixture("good"))
        .assert()
        .code(0)
        .stdout(contains("0 failure(s)"));
}

#[test]
fn test_reports_failing_examples_and_exits_5() {
    let dir = tempfile::tempdir().unwrap();
    let tsv = dir.path().join("faux.tsv");
    std::fs::write(
        &tsv,
        "pattern\texample\tcounter\n\
         junte\tLes juntes du Sahel.\tLa junte a parlé.\n\
         pré carré\tSon pré carré.\t\n",
    )
    .unwrap();
    let shown = tsv.display().to_string();
    cadrage()
        .args(["lexicon", "test"])
        .arg(&tsv)
        .assert()
        .code(5)
        .stdout(contains(format!(
            "{shown}:2: example does not match: Les juntes du Sahel."
        )))
        .stdout(contains(format!(
            "{shown}:2: counter-example matches: La junte a parlé."
        )))
        .stdout(contains("3 example(s) checked, 2 failure(s)"));
}

#[test]
fn list_as_json_and_text() {
    let output = cadrage()
        .args([
            "lexicon",
            "list",
            "--no-default-lexicons",
            "--format",
            "json",
            "--lexicon",
        ])
        .arg(fixture("good"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let rows: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let first = &rows[0];
    assert_eq!(first["category"], "souverainete");
    assert_eq!(first["kind"], "loaded");
    assert_eq!(first["aliases"], serde_json::json!(["Loaded_Language"]));
    assert_eq!(first["entries"], 3);
    assert!(
        first["file"]
            .as_str()
            .unwrap()
            .ends_with("souverainete.tsv")
    );
    assert_eq!(rows.as_array().unwrap().len(), 3);
    cadrage()
        .args(["lexicon", "list", "--no-default-lexicons", "--lexicon"])
        .arg(fixture("good"))
        .assert()
        .code(0)
        .stdout(contains("category"))
        .stdout(predicate::str::is_match(r"verbes\s+reporting_verb\s+2\s+\S*verbes.tsv").unwrap());
}

#[test]
fn import_writes_a_folder_that_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("importe");
    cadrage()
        .args(["lexicon", "import"])
        .arg(fixture("import/sample.ykd"))
        .arg("--to")
        .arg(&out)
        .assert()
        .code(0)
        .stdout(contains("wrote 3 categories, 5 entries"));
    assert!(out.join("manifest.toml").is_file());
    assert!(out.join("emotion.peur.tsv").is_file());
    cadrage()
        .args(["lexicon", "check"])
        .arg(&out)
        .assert()
        .code(0);
}

#[test]
fn import_of_a_bad_file_exits_3() {
    let dir = tempfile::tempdir().unwrap();
    cadrage()
        .args(["lexicon", "import"])
        .arg(fixture("liwc_bad.dic"))
        .arg("--to")
        .arg(dir.path().join("x"))
        .assert()
        .code(3)
        .stderr(contains("liwc_bad.dic:6:"));
    assert!(!dir.path().join("x").exists());
}
