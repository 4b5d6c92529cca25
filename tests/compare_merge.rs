//! `cadrage compare`: shards scored separately merge into the comparison of the whole corpus,
//! whichever form they were saved in, and the comparison reads as CSV, JSON and text.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus")
}

fn with_lexicon(cmd: &mut Command) -> &mut Command {
    cmd.args(["--no-default-lexicons", "--lexicon"])
        .arg(fixtures().join("lexicon"))
        .arg("--quiet")
}

fn cadrage() -> Command {
    Command::cargo_bin("cadrage").unwrap()
}

fn article(outlet: &str, name: &str) -> PathBuf {
    fixtures().join("articles").join(outlet).join(name)
}

/// `report` of some articles into `out` in `format`.
fn report(inputs: &[PathBuf], out: &Path, format: &str) {
    let mut cmd = cadrage();
    cmd.arg("report").args(inputs).arg("--out").arg(out);
    cmd.args(["--format", format]);
    with_lexicon(&mut cmd).assert().success();
}

/// `compare` of `inputs` into `out`; returns stdout.
fn compare(inputs: &[PathBuf], out: &Path, extra: &[&str]) -> Vec<u8> {
    let mut cmd = cadrage();
    cmd.arg("compare").args(inputs).arg("--out").arg(out);
    cmd.args(["--bootstrap", "300", "--min-freq", "2"])
        .args(extra);
    with_lexicon(&mut cmd)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone()
}

const TABLES: [&str; 4] = [
    "outlets.csv",
    "keyness.csv",
    "paired_labels.csv",
    "outlet_actors.csv",
];

#[test]
fn shards_merge_into_the_comparison_of_the_whole_corpus() {
    let shard_a = vec![
        article("le-guetteur", "guetteur-01.txt"),
        article("agence-nord", "nord-02.txt"),
        article("le-guetteur", "guetteur-03.txt"),
    ];
    let shard_b = vec![
        article("agence-nord", "nord-01.txt"),
        article("le-guetteur", "guetteur-02.txt"),
        article("agence-nord", "nord-03.txt"),
    ];
    let tmp = tempfile::tempdir().unwrap();
    let d = |name: &str| tmp.path().join(name);
    report(&shard_a, &d("jsonl-a"), "jsonl");
    report(&shard_b, &d("jsonl-b"), "jsonl");
    report(&shard_a, &d("csv-a"), "csv");
    report(&shard_b, &d("csv-b"), "csv");

    compare(&[fixtures().join("articles")], &d("whole"), &[]);
    compare(
        &[
            d("jsonl-b").join("articles.jsonl"),
            d("jsonl-a").join("articles.jsonl"),
        ],
        &d("from-jsonl"),
        &[],
    );
    compare(&[d("csv-a"), d("csv-b")], &d("from-csv"), &[]);
    compare(
        &[d("csv-a").join("articles.csv"), d("jsonl-b")],
        &d("mixed"),
        &[],
    );

    let whole = fs::read(d("whole").join("outlets.csv")).unwrap();
    let text = String::from_utf8_lossy(&whole);
    assert!(
        text.contains("\nAgence Nord,3,") && text.contains("\nLe Guetteur,3,"),
        "{text}"
    );
    for merged in ["from-jsonl", "from-csv", "mixed"] {
        for table in TABLES {
            let a = fs::read(d("whole").join(table)).unwrap();
            let b = fs::read(d(merged).join(table)).unwrap();
            assert!(a == b, "{merged}/{table} differs from the whole-corpus run");
        }
    }
    // The report of the whole corpus writes the same outlet tables with the same code.
    let mut cmd = cadrage();
    cmd.arg("report")
        .arg(fixtures().join("articles"))
        .arg("--out")
        .arg(d("report"))
        .args(["--bootstrap", "300", "--min-freq", "2"]);
    with_lexicon(&mut cmd).assert().success();
    for table in TABLES {
        assert!(
            fs::read(d("whole").join(table)).unwrap() == fs::read(d("report").join(table)).unwrap(),
            "report's {table} differs from compare's"
        );
    }
}

#[test]
fn the_partisan_fixture_outlet_is_more_editorial_and_loaded() {
    let tmp = tempfile::tempdir().unwrap();
    compare(&[fixtures().join("articles")], tmp.path(), &[]);
    let mut r = csv::ReaderBuilder::new()
        .flexible(false)
        .from_path(tmp.path().join("outlets.csv"))
        .unwrap();
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let header = r.headers().unwrap().clone();
    let get = |row: &csv::StringRecord, col: &str| -> String {
        row[header.iter().position(|h| h == col).unwrap()].to_string()
    };
    let f = |row: &csv::StringRecord, col: &str| get(row, col).parse::<f64>().unwrap();
    let wire = rows.iter().find(|r| &r[0] == "Agence Nord").unwrap();
    let partisan = rows.iter().find(|r| &r[0] == "Le Guetteur").unwrap();
    assert!(f(partisan, "editorial_ratio_low") > f(wire, "editorial_ratio_high"));
    assert_eq!(get(partisan, "editorial_ratio_differs_from"), "Agence Nord");
    assert!(f(partisan, "loaded_rate") > f(wire, "loaded_rate"));
    // The wire's own voice has no loaded term: rate ratio 0, no interval.
    assert_eq!(get(wire, "loaded_rate_ratio"), "0.0");
    assert_eq!(get(wire, "loaded_rate_ratio_low"), "");
    let paired = fs::read_to_string(tmp.path().join("paired_labels.csv")).unwrap();
    assert!(
        paired.contains("Le Guetteur,gouvernement_valmaure,régime,3,0,0.75"),
        "{paired}"
    );
    let actors = fs::read_to_string(tmp.path().join("outlet_actors.csv")).unwrap();
    assert!(actors.contains("\nLe Guetteur,UE,"), "{actors}");
    let m: serde_json::Value =
        serde_json::from_slice(&fs::read(tmp.path().join("manifest.json")).unwrap()).unwrap();
    assert_eq!(m["command"], "compare");
    assert_eq!(m["complete"], true);
    assert_eq!(m["parameters"]["bootstrap"], 300);
    let codebook = fs::read_to_string(tmp.path().join("codebook.md")).unwrap();
    for table in TABLES {
        assert!(codebook.contains(&format!("## {table}")));
    }
}

#[test]
fn grouping_by_month_uses_the_article_dates() {
    let tmp = tempfile::tempdir().unwrap();
    let out = compare(
        &[fixtures().join("articles")],
        tmp.path(),
        &["--by", "month", "--format", "csv"],
    );
    let mut r = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(out.as_slice());
    let groups: Vec<(String, String)> = r
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[1].to_string())
        })
        .collect();
    assert_eq!(
        groups,
        [
            ("2026-02".to_string(), "4".to_string()),
            ("2026-03".to_string(), "2".to_string())
        ]
    );
}

#[test]
fn json_and_text_views_of_the_comparison() {
    let tmp = tempfile::tempdir().unwrap();
    let json = compare(
        &[fixtures().join("articles")],
        tmp.path(),
        &["--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(v["outlets"].as_array().unwrap().len(), 2);
    let text = compare(&[fixtures().join("articles")], tmp.path(), &[]);
    let text = String::from_utf8(text).unwrap();
    assert!(text.contains("editorial ratio"));
    assert!(text.contains("Le Guetteur: editorial ratio differs from Agence Nord"));
}

#[test]
fn word_keyness_reads_the_author_voice() {
    let tmp = tempfile::tempdir().unwrap();
    compare(
        &[fixtures().join("articles")],
        tmp.path(),
        &["--keyness", "words"],
    );
    let keyness = fs::read_to_string(tmp.path().join("keyness.csv")).unwrap();
    // Folded words, no lexicon category.
    assert!(keyness.contains("\nLe Guetteur,regime,,,"), "{keyness}");
    // Report CSV folders do not hold the text: word keyness asks for JSONL or articles.
    let csv_dir = tmp.path().join("csv");
    report(&[fixtures().join("articles")], &csv_dir, "csv");
    let mut cmd = cadrage();
    cmd.arg("compare")
        .arg(&csv_dir)
        .args(["--keyness", "words"]);
    with_lexicon(&mut cmd)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("--keyness words"));
}
