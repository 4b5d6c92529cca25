//! Every exit status documented in `src/error.rs`, the README and `--help`, produced through
//! the `cadrage` binary the way a script meets it: 0, 1, 2, 3, 4, 5 and 130.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use cadrage::error::exit;
use predicates::str::contains;

fn cadrage() -> Command {
    Command::cargo_bin("cadrage").unwrap()
}

const ARTICLE: &str = "Le conseil municipal a voté le budget mardi soir. « C'est une étape », a \
                       déclaré la maire. L'opposition, elle, juge le texte « bâclé ».\n";

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn zero_when_everything_was_analysed_and_written() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "budget.txt", ARTICLE);
    cadrage()
        .args(["score", "--format", "json"])
        .arg(&a)
        .assert()
        .code(exit::OK)
        .stdout(contains("\"id\": \"budget\""));
    cadrage()
        .arg("report")
        .arg(&a)
        .arg("--out")
        .arg(dir.path().join("tables"))
        .arg("-q")
        .assert()
        .code(exit::OK);
    assert!(dir.path().join("tables/articles.csv").is_file());
}

#[test]
fn zero_when_the_reader_closes_the_pipe_early() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "long.txt", &ARTICLE.repeat(2000));
    // `cadrage score … | head -c 10`: the closed pipe is not an error.
    let mut child = Process::new(assert_cmd::cargo::cargo_bin("cadrage"))
        .args(["score", "--format", "json"])
        .arg(&a)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // Dropping the reader closes the pipe.
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(exit::OK));
}

#[test]
fn one_when_an_output_cannot_be_written() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "budget.txt", ARTICLE);
    let file = write(dir.path(), "occupe", "un fichier, pas un dossier\n");
    cadrage()
        .arg("report")
        .arg(&a)
        .arg("--out")
        .arg(&file)
        .assert()
        .code(exit::FAILURE)
        .stderr(contains(file.display().to_string()));
    cadrage()
        .arg("compare")
        .arg(&a)
        .arg("--out")
        .arg(file.join("sous-dossier"))
        .assert()
        .code(exit::FAILURE)
        .stderr(contains("sous-dossier"));
}

#[test]
fn one_when_an_input_given_by_flag_cannot_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "budget.txt", ARTICLE);
    cadrage()
        .arg("eval")
        .arg(&a)
        .arg("--gold")
        .arg(dir.path().join("absent.csv"))
        .assert()
        .code(exit::FAILURE)
        .stderr(contains("absent.csv"));
}

#[test]
fn two_for_a_bad_command_line() {
    cadrage()
        .args(["score", "--bogus", "x.txt"])
        .assert()
        .code(exit::USAGE);
    cadrage().arg("score").assert().code(exit::USAGE);
    cadrage().arg("nimporte").assert().code(exit::USAGE);
    cadrage()
        .args(["score", "--format", "pdf", "x.txt"])
        .assert()
        .code(exit::USAGE);
}

#[test]
fn two_for_values_that_parse_but_make_no_sense() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "budget.txt", ARTICLE);
    let out = dir.path().join("t");
    for sub in ["score", "report", "compare"] {
        let mut cmd = cadrage();
        cmd.arg(sub).args(["--threshold", "NaN"]).arg(&a);
        if sub == "report" {
            cmd.arg("--out").arg(&out);
        }
        cmd.assert()
            .code(exit::USAGE)
            .stderr(contains("--threshold"));
    }
    // CSV tables need a folder, and a folder must be named unless JSON Lines go to stdout.
    cadrage()
        .arg("report")
        .arg(&a)
        .assert()
        .code(exit::USAGE)
        .stderr(contains("--out"));
    cadrage()
        .arg("report")
        .arg(&a)
        .args(["--out", "-"])
        .assert()
        .code(exit::USAGE)
        .stderr(contains("--out"));
}

#[test]
fn three_when_a_lexicon_fails_validation_and_nothing_is_analysed() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "budget.txt", ARTICLE);
    let lex = write(
        dir.path(),
        "casse.tsv",
        "pattern\tweight\texample\nmainmise\tlourd\tLa mainmise du groupe.\n\tx\ty\n",
    );
    cadrage()
        .arg("score")
        .arg("--lexicon")
        .arg(&lex)
        .arg(&a)
        .assert()
        .code(exit::LEXICON)
        .stdout("")
        .stderr(contains("casse.tsv:2:"))
        .stderr(contains("casse.tsv:3:"));
    cadrage()
        .args(["lexicon", "check"])
        .arg(&lex)
        .assert()
        .code(exit::LEXICON);
}

#[test]
fn four_when_some_inputs_were_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "budget.txt", ARTICLE);
    let empty = write(dir.path(), "vide.txt", "  \n\n");
    cadrage()
        .args(["score", "--format", "csv"])
        .arg(&a)
        .arg(&empty)
        .arg(dir.path().join("absent.txt"))
        .assert()
        .code(exit::SKIPPED)
        .stdout(contains("budget,"))
        .stderr(contains("vide.txt"))
        .stderr(contains("absent.txt: no such file"));
    let out = dir.path().join("tables");
    cadrage()
        .arg("report")
        .arg(&a)
        .arg(&empty)
        .arg("--out")
        .arg(&out)
        .arg("-q")
        .assert()
        .code(exit::SKIPPED);
    let manifest = std::fs::read_to_string(out.join("manifest.json")).unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&manifest).unwrap();
    assert_eq!(manifest["complete"], true);
    assert_eq!(manifest["counts"]["skipped"], 1);
}

/// The row of an exit-status table that starts with `code`: `| 4 | …` in the README, `  4    …`
/// in `--help`, looked for after `heading`.
fn status_row(text: &str, heading: &str, code: &str) -> String {
    let table = &text[text.find(heading).expect(heading)..];
    table
        .lines()
        .find(|line| {
            let cells = line.trim_start_matches(['|', ' ']);
            cells
                .strip_prefix(code)
                .is_some_and(|rest| rest.starts_with([' ', '|']))
        })
        .unwrap_or_default()
        .to_string()
}

/// A named input that does not exist is skipped (status 4, tested above), so the tables of
/// `--help` and of the README give it to status 4, and status 1 to outputs that cannot be
/// written and inputs given by flag.
#[test]
fn the_exit_tables_of_help_and_readme_put_a_missing_named_input_under_four() {
    let help = cadrage().arg("--help").output().unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for (name, text, heading) in [
        ("--help", &help, "Exit status:"),
        ("README", &readme, "## Exit status"),
    ] {
        let one = status_row(text, heading, "1");
        let four = status_row(text, heading, "4");
        assert!(
            one.contains("--gold") && !one.contains("named"),
            "{name}: {one}"
        );
        assert!(four.contains("missing"), "{name}: {four}");
    }
}

#[test]
fn five_when_lexicon_examples_fail_or_eval_is_below_its_floor() {
    let dir = tempfile::tempdir().unwrap();
    let lex = write(
        dir.path(),
        "exemples.tsv",
        "pattern\tweight\texample\nmainmise\t2\tLe groupe contrôle le port.\n",
    );
    cadrage()
        .args(["lexicon", "test"])
        .arg(&lex)
        .assert()
        .code(exit::BELOW_FLOOR)
        .stdout(contains("exemples.tsv:2:"));

    let a = write(dir.path(), "budget.txt", ARTICLE);
    // The coder calls the first sentence editorial; cadrage does not, so F1 is 0.
    let gold = write(
        dir.path(),
        "code.csv",
        "article,sentence,voice,editorial\n\
         budget,Le conseil municipal a voté le budget mardi soir.,author,1\n",
    );
    cadrage()
        .arg("eval")
        .arg(&a)
        .arg("--gold")
        .arg(&gold)
        .args(["--min-editorial-f1", "0.5"])
        .assert()
        .code(exit::BELOW_FLOOR);
    cadrage()
        .arg("eval")
        .arg(&a)
        .arg("--gold")
        .arg(&gold)
        .args(["--min-voice-accuracy", "0.5"])
        .assert()
        .code(exit::OK);
}

#[test]
fn one_hundred_thirty_when_interrupted() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus/gazette");
    std::fs::create_dir_all(&corpus).unwrap();
    for i in 0..400 {
        write(&corpus, &format!("a{i:03}.txt"), &ARTICLE.repeat(60));
    }
    let out = dir.path().join("tables");
    let mut child = Process::new(assert_cmd::cargo::cargo_bin("cadrage"))
        .arg("report")
        .arg(dir.path().join("corpus"))
        .arg("--out")
        .arg(&out)
        .args(["--jobs", "1", "-q"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The SIGINT handler is in place once the output folder exists.
    let deadline = Instant::now() + Duration::from_secs(120);
    while !out.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    interrupt(child.id());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(exit::INTERRUPTED));
}

/// Sends SIGINT to a process, as Ctrl-C would.
pub fn interrupt(pid: u32) {
    let ok = Process::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill -INT {pid}");
}
