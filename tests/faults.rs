//! Faults around a run: an output folder that cannot be written, a full disk, a writer that
//! fails half-way, an interrupted run. In each case cadrage must stop with the documented exit
//! status, say what happened, and leave nothing that looks complete but is not: tables appear
//! only when a run completes, and `manifest.json` says `"complete": false` with the reason
//! otherwise.
//!
//! The tests that need a read-only or a tiny file system mount a tmpfs, which needs root (CI
//! runs as root); where mounting is refused they say so on stderr and check nothing else.

use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as Process, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use cadrage::error::exit;
use cadrage::{Analyzer, AnalyzerOptions, Article};
use predicates::str::contains;

fn cadrage() -> Command {
    Command::cargo_bin("cadrage").unwrap()
}

const ARTICLE: &str = "Le conseil municipal a voté le budget mardi soir. « C'est une étape », a \
                       déclaré la maire. L'opposition, elle, juge le texte « bâclé » et dénonce \
                       un passage en force scandaleux.\n";

const TABLES: &[&str] = &[
    "articles.csv",
    "sentences.csv",
    "hits.csv",
    "quotes.csv",
    "speakers.csv",
    "categories.csv",
    "frames.csv",
    "actors.csv",
    "outlets.csv",
    "keyness.csv",
    "paired_labels.csv",
    "outlet_actors.csv",
    "codebook.md",
];

/// A corpus of `n` articles of `repeat` paragraphs in one outlet folder.
fn corpus(root: &Path, n: usize, repeat: usize) -> PathBuf {
    let dir = root.join("corpus");
    std::fs::create_dir_all(dir.join("gazette")).unwrap();
    for i in 0..n {
        let text = format!("Séance numéro {i}.\n\n{}", ARTICLE.repeat(repeat));
        std::fs::write(dir.join(format!("gazette/a{i:04}.txt")), text).unwrap();
    }
    dir
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn manifest(dir: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(dir.join("manifest.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// A tmpfs mounted for one test and unmounted when it ends, even on failure.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(at: &Path, options: &str) -> Option<Tmpfs> {
        std::fs::create_dir_all(at).unwrap();
        let ok = Process::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(at)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if ok {
            Some(Tmpfs(at.to_path_buf()))
        } else {
            eprintln!("cannot mount a tmpfs here (not root?): test not run");
            None
        }
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Process::new("umount").arg(&self.0).status();
    }
}

#[test]
fn an_output_path_that_is_a_file_or_lies_under_one_fails_and_touches_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("budget.txt");
    std::fs::write(&a, ARTICLE).unwrap();
    let file = dir.path().join("occupe");
    std::fs::write(&file, "déjà là\n").unwrap();
    for out in [file.clone(), file.join("tables")] {
        for sub in ["report", "compare"] {
            cadrage()
                .arg(sub)
                .arg(&a)
                .arg("--out")
                .arg(&out)
                .arg("-q")
                .assert()
                .code(exit::FAILURE)
                .stderr(contains(out.display().to_string()));
        }
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "déjà là\n");
    assert_eq!(names_in(dir.path()), ["budget.txt", "occupe"]);
}

#[test]
fn a_read_only_output_folder_fails_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("budget.txt");
    std::fs::write(&a, ARTICLE).unwrap();
    let Some(ro) = Tmpfs::mount(&dir.path().join("ro"), "ro,size=1m") else {
        return;
    };
    let out = ro.0.join("tables");
    cadrage()
        .arg("report")
        .arg(&a)
        .arg("--out")
        .arg(&out)
        .arg("-q")
        .assert()
        .code(exit::FAILURE)
        .stderr(contains("Read-only file system"));
    assert!(names_in(&ro.0).is_empty());
}

#[test]
fn a_full_disk_fails_the_run_and_leaves_no_table() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus(dir.path(), 40, 20);
    let Some(small) = Tmpfs::mount(&dir.path().join("petit"), "size=256k") else {
        return;
    };
    let out = small.0.join("tables");
    cadrage()
        .arg("report")
        .arg(&corpus)
        .arg("--out")
        .arg(&out)
        .arg("-q")
        .assert()
        .code(exit::FAILURE)
        .stderr(contains("No space left on device"));
    // No table, and no temporary file left behind; a manifest, if the disk had room for
    // one, says the run did not complete.
    let left = names_in(&out);
    assert!(
        left.iter().all(|n| n == "manifest.json"),
        "left in the folder: {left:?}"
    );
    if !left.is_empty() {
        let m = manifest(&out);
        assert_eq!(m["complete"], false);
        assert!(m["reason"].as_str().unwrap().contains("No space left"));
    }
}

#[test]
fn a_full_standard_output_fails_with_status_one() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("budget.txt");
    std::fs::write(&a, ARTICLE).unwrap();
    for format in ["text", "json", "jsonl", "csv", "html"] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = Process::new(assert_cmd::cargo::cargo_bin("cadrage"))
            .args(["score", "--format", format])
            .arg(&a)
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(exit::FAILURE), "{format}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("No space left on device"),
            "{format}: {stderr}"
        );
    }
}

/// A writer that accepts `room` bytes, then fails as a full disk does.
struct FullDisk {
    room: usize,
}

impl Write for FullDisk {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.room == 0 {
            return Err(io::Error::from_raw_os_error(28));
        }
        let n = buf.len().min(self.room);
        self.room -= n;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn every_renderer_returns_the_error_of_a_writer_that_fills_up() {
    let analyzer = Analyzer::new(
        cadrage::lexicon::LexiconSet::load(&cadrage::lexicon::LoadOptions {
            builtin: true,
            paths: Vec::new(),
        })
        .unwrap(),
        AnalyzerOptions::default(),
    )
    .unwrap();
    let a = analyzer.analyze(&Article::from_text("budget", ARTICLE.repeat(5)));
    let mut whole = Vec::new();
    cadrage::output::write_json(&mut whole, &a).unwrap();
    let mut csv_bytes = Vec::new();
    sentence_csv(&a, &mut csv_bytes).unwrap();
    let csv_len = csv_bytes.len();
    let write_csv = |w: FullDisk| sentence_csv(&a, w);
    // Fail at the first byte, in the middle, and just before the end.
    for room in [0, whole.len() / 2, whole.len() - 1] {
        let full = || FullDisk { room };
        let e = cadrage::output::write_json(&mut full(), &a).unwrap_err();
        assert_eq!(e.raw_os_error(), Some(28));
        let mut jsonl = Vec::new();
        cadrage::output::write_jsonl(&mut jsonl, &a).unwrap();
        if room < jsonl.len() {
            assert!(cadrage::output::write_jsonl(&mut full(), &a).is_err());
        }
        let text = cadrage::output::text::TextOptions {
            color: false,
            explain: true,
        };
        // The text view is shorter than the JSON: only fail it where it has bytes to write.
        let mut text_len = Vec::new();
        cadrage::output::text::write_text(&mut text_len, &a, text).unwrap();
        if room < text_len.len() {
            assert!(cadrage::output::text::write_text(&mut full(), &a, text).is_err());
        }
        if room < csv_len {
            assert!(write_csv(full()).is_err());
        }
    }
}

/// Writes the sentence table of `a` to `w`, as `score --format csv` does.
fn sentence_csv<W: Write>(a: &cadrage::ArticleAnalysis, w: W) -> Result<(), csv::Error> {
    let mut csv = csv::Writer::from_writer(w);
    for row in cadrage::output::csv::sentence_rows(a) {
        csv.serialize(row)?;
    }
    csv.flush()?;
    Ok(())
}

fn spawn_report(corpus: &Path, out: &str, extra: &[&str]) -> Child {
    Process::new(assert_cmd::cargo::cargo_bin("cadrage"))
        .arg("report")
        .arg(corpus)
        .args(["--out", out, "--jobs", "1", "-q"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn interrupt(pid: u32) {
    let ok = Process::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill -INT {pid}");
}

fn wait_for(what: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(300);
    while !what() {
        assert!(Instant::now() < deadline, "timed out");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn an_interrupted_report_leaves_earlier_tables_and_a_manifest_saying_incomplete() {
    let dir = tempfile::tempdir().unwrap();
    let small = corpus(&dir.path().join("petit"), 3, 1);
    let out = dir.path().join("tables");
    // A first run completes.
    cadrage()
        .arg("report")
        .arg(&small)
        .arg("--out")
        .arg(&out)
        .arg("-q")
        .assert()
        .code(exit::OK);
    let before = std::fs::read(out.join("articles.csv")).unwrap();
    assert_eq!(manifest(&out)["complete"], true);

    // A second, long run into the same folder is interrupted.
    let big = corpus(&dir.path().join("grand"), 2000, 20);
    let child = spawn_report(&big, out.to_str().unwrap(), &[]);
    // The handler is in place once the run writes its temporary tables.
    wait_for(|| names_in(&out).iter().any(|n| n.ends_with(".tmp")));
    interrupt(child.id());
    let result = child.wait_with_output().unwrap();
    assert_eq!(result.status.code(), Some(exit::INTERRUPTED));
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.contains("interrupted"), "{stderr}");

    let m = manifest(&out);
    assert_eq!(m["complete"], false);
    assert_eq!(m["reason"], "interrupted (SIGINT)");
    assert_eq!(m["files"], serde_json::json!([]));
    // Tables of the earlier run stay as they were; no temporary file is left.
    assert_eq!(std::fs::read(out.join("articles.csv")).unwrap(), before);
    let left = names_in(&out);
    assert!(left.iter().all(|n| !n.ends_with(".tmp")), "{left:?}");
    assert!(
        left.iter()
            .all(|n| n == "manifest.json" || TABLES.contains(&n.as_str()))
    );
}

#[test]
fn an_interrupted_report_into_a_new_folder_writes_no_table() {
    let dir = tempfile::tempdir().unwrap();
    let big = corpus(dir.path(), 2000, 20);
    let out = dir.path().join("neuf");
    let child = spawn_report(&big, out.to_str().unwrap(), &[]);
    wait_for(|| names_in(&out).iter().any(|n| n.ends_with(".tmp")));
    interrupt(child.id());
    let result = child.wait_with_output().unwrap();
    assert_eq!(result.status.code(), Some(exit::INTERRUPTED));
    assert_eq!(names_in(&out), ["manifest.json"]);
    let m = manifest(&out);
    assert_eq!(m["complete"], false);
    assert_eq!(m["command"], "report");
}

#[test]
fn an_interrupted_stream_of_json_lines_ends_on_a_complete_line() {
    let dir = tempfile::tempdir().unwrap();
    let big = corpus(dir.path(), 2000, 20);
    let mut child = spawn_report(&big, "-", &["--format", "jsonl"]);
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    interrupt(child.id());
    let mut rest = Vec::new();
    std::io::Read::read_to_end(&mut stdout, &mut rest).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(exit::INTERRUPTED));
    let rest = String::from_utf8(rest).unwrap();
    assert!(rest.is_empty() || rest.ends_with('\n'));
    let mut lines = 0;
    for line in std::iter::once(first.trim_end()).chain(rest.lines()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("a complete JSON line");
        assert_eq!(doc["schema"], "1.0");
        lines += 1;
    }
    assert!(lines < 2000, "the run was not interrupted");
}
