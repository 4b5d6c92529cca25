//! `cadrage report`: the tables load with a strict CSV parser, the codebook documents every
//! column, the manifest tells what happened, and the output does not depend on the threads.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use assert_cmd::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus")
}

fn cadrage() -> Command {
    Command::cargo_bin("cadrage").unwrap()
}

/// `report` over the fixture corpus with the fixture lexicon, into `out`.
fn report(inputs: &[&Path], out: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    let lexicon = fixtures().join("lexicon");
    cadrage()
        .arg("report")
        .args(inputs)
        .arg("--out")
        .arg(out)
        .args(["--no-default-lexicons", "--lexicon"])
        .arg(&lexicon)
        .args(["--bootstrap", "200", "--min-freq", "2", "--quiet"])
        .args(extra)
        .assert()
}

fn manifest(dir: &Path) -> serde_json::Value {
    serde_json::from_slice(&fs::read(dir.join("manifest.json")).unwrap()).unwrap()
}

/// The codebook's section for one file: the text between its heading and the next.
fn section<'a>(codebook: &'a str, file: &str) -> &'a str {
    let start = codebook
        .find(&format!("## {file}\n"))
        .unwrap_or_else(|| panic!("codebook has no section for {file}"));
    let rest = &codebook[start + 3..];
    rest.find("\n## ").map_or(rest, |end| &rest[..end])
}

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap() != "manifest.json")
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                fs::read(&p).unwrap(),
            )
        })
        .collect()
}

#[test]
fn every_table_loads_strictly_and_every_column_is_in_the_codebook() {
    let out = tempfile::tempdir().unwrap();
    report(&[&fixtures().join("articles")], out.path(), &[])
        .success()
        .code(0);
    let codebook = fs::read_to_string(out.path().join("codebook.md")).unwrap();
    let mut tables = 0;
    for (name, bytes) in files(out.path()) {
        if !name.ends_with(".csv") {
            continue;
        }
        tables += 1;
        let mut r = csv::ReaderBuilder::new()
            .flexible(false)
            .from_reader(bytes.as_slice());
        let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
        for record in r.records() {
            record.unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        let doc = section(&codebook, &name);
        for column in &header {
            assert!(
                doc.contains(&format!("| `{column}` |")),
                "{name}: column {column} is not in the codebook"
            );
        }
    }
    assert_eq!(tables, 12, "report writes twelve tables");

    let m = manifest(out.path());
    assert_eq!(m["complete"], true);
    assert_eq!(m["tool"], "cadrage");
    assert_eq!(m["counts"]["articles"], 6);
    assert_eq!(m["counts"]["skipped"], 0);
    assert_eq!(m["parameters"]["seed"], 20260328);
    let started = m["started"].as_str().unwrap();
    assert_eq!(started.len(), 20, "{started}");
    assert!(started.ends_with('Z') && started.as_bytes()[10] == b'T');
    let lexicons = m["lexicons"].as_array().unwrap();
    assert_eq!(lexicons.len(), 6, "manifest and five category files");
    for l in lexicons {
        let hash = l["sha256"].as_str().unwrap();
        assert!(hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()));
    }
    for f in m["files"].as_array().unwrap() {
        assert!(out.path().join(f["file"].as_str().unwrap()).is_file());
    }
    let articles = fs::read_to_string(out.path().join("articles.csv")).unwrap();
    assert_eq!(articles.lines().count(), 7);
    // No temporary file is left behind.
    for name in files(out.path()).keys() {
        assert!(!name.ends_with(".tmp"), "{name}");
    }
}

#[test]
fn tables_are_byte_identical_whatever_the_number_of_jobs() {
    let one = tempfile::tempdir().unwrap();
    let two = tempfile::tempdir().unwrap();
    let input = fixtures().join("articles");
    report(&[&input], one.path(), &["--jobs", "1"]).success();
    report(&[&input], two.path(), &["--jobs", "2"]).success();
    let a = files(one.path());
    let b = files(two.path());
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (name, bytes) in &a {
        assert!(bytes == &b[name], "{name} differs between --jobs 1 and 2");
    }
    assert_eq!(manifest(one.path())["parameters"]["jobs"], 1);
}

#[test]
fn broken_inputs_are_skipped_listed_and_the_run_exits_4() {
    let corpus = tempfile::tempdir().unwrap();
    let src = fixtures().join("articles");
    for outlet in ["le-guetteur", "agence-nord"] {
        fs::create_dir(corpus.path().join(outlet)).unwrap();
        for e in fs::read_dir(src.join(outlet)).unwrap() {
            let p = e.unwrap().path();
            fs::copy(&p, corpus.path().join(outlet).join(p.file_name().unwrap())).unwrap();
        }
    }
    fs::write(
        corpus.path().join("agence-nord/binaire.txt"),
        [0u8, 159, 146, 150, 0, 0, 255, 1, 2, 3],
    )
    .unwrap();
    fs::write(corpus.path().join("le-guetteur/vide.txt"), "").unwrap();
    let jsonl = corpus.path().join("lot.jsonl");
    fs::write(
        &jsonl,
        "{\"id\":\"lot-1\",\"outlet\":\"Agence Nord\",\"text\":\"Le port de Sorel a rouvert mardi. Les bateaux sont sortis à l'aube.\"}\n\
         {\"id\":\"lot-2\",\"outlet\":\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let dirs = [
        corpus.path().join("agence-nord"),
        corpus.path().join("le-guetteur"),
    ];
    let assert = report(&[&dirs[0], &dirs[1], &jsonl], out.path(), &[]).code(4);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    let m = manifest(out.path());
    assert_eq!(m["complete"], true, "a run with skipped inputs completes");
    let skipped: Vec<String> = m["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            assert!(!s["reason"].as_str().unwrap().is_empty());
            s["source"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(skipped.len(), 3, "{skipped:?}");
    assert!(skipped[0].ends_with("binaire.txt"), "{skipped:?}");
    assert!(skipped[1].ends_with("vide.txt"), "{skipped:?}");
    assert!(skipped[2].ends_with("lot.jsonl:2"), "{skipped:?}");
    for s in &skipped {
        assert!(stderr.contains(s.as_str()), "stderr does not name {s}");
    }
    assert_eq!(m["counts"]["articles"], 7);
    assert_eq!(m["counts"]["skipped"], 3);
}

#[test]
fn jsonl_from_stdin_goes_to_stdout_one_analysis_per_line() {
    let input = "{\"id\":\"a1\",\"outlet\":\"Le Guetteur\",\"text\":\"Le régime a bradé nos eaux. Quelle mascarade !\"}\n\
                 {\"id\":\"a2\",\"outlet\":\"Agence Nord\",\"text\":\"Le gouvernement a signé l'accord mardi.\"}\n";
    let lexicon = fixtures().join("lexicon");
    let out = cadrage()
        .args([
            "report",
            "-",
            "--format",
            "jsonl",
            "--no-default-lexicons",
            "--lexicon",
        ])
        .arg(&lexicon)
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let score = cadrage()
        .args([
            "score",
            "-",
            "--format",
            "jsonl",
            "--no-default-lexicons",
            "--lexicon",
        ])
        .arg(&lexicon)
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let lines: Vec<serde_json::Value> = out
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a1");
    assert_eq!(lines[1]["outlet"], "Agence Nord");
    assert!(lines[0]["profile"]["editorial_sentences"].as_u64().unwrap() >= 1);
    assert_eq!(out, score, "the same documents as score --format jsonl");
}

#[test]
fn an_interrupted_run_leaves_earlier_tables_and_says_so() {
    let out = tempfile::tempdir().unwrap();
    fs::write(out.path().join("articles.csv"), "earlier run\n").unwrap();
    let bin = assert_cmd::cargo::cargo_bin("cadrage");
    let mut child = std::process::Command::new(bin)
        .args(["report", "-", "--quiet", "--no-default-lexicons", "--out"])
        .arg(out.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Give the binary time to install its SIGINT handler while it waits for standard input.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        let _ = stdin.write_all("Le port de Sorel a rouvert mardi.\n".as_bytes());
    }
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    assert_eq!(
        fs::read_to_string(out.path().join("articles.csv")).unwrap(),
        "earlier run\n"
    );
    let m = manifest(out.path());
    assert_eq!(m["complete"], false);
    assert!(m["reason"].as_str().unwrap().contains("interrupted"));
    assert!(m["files"].as_array().unwrap().is_empty());
    let names: Vec<String> = files(out.path()).into_keys().collect();
    assert_eq!(
        names,
        ["articles.csv"],
        "no other table and no temporary file"
    );
}

#[test]
fn csv_needs_a_folder() {
    cadrage()
        .args(["report", "-", "--no-default-lexicons"])
        .write_stdin("Bonjour.")
        .assert()
        // A bad command line, documented as status 2.
        .code(2)
        .stderr(predicates::str::contains("--out DIR is required"));
}
