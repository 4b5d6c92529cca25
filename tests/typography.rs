//! The same article in another outlet's typography gets the same reading.
//!
//! French outlets write the same words with different marks: straight or curly apostrophes,
//! a no-break space (U+00A0), a narrow one (U+202F) or a plain space before `: ; ? !` and
//! inside « », CRLF or LF line ends, a blank line between paragraphs or none. A researcher who
//! compares outlets must be able to trust that these conventions do not move the figures: the
//! differences cadrage reports must come from the words, not from a content system's habits.
//!
//! Every article of the development sets and of `samples/` is rewritten in each of these
//! conventions, and every sentence must keep its voice, its editorial flag, its score and its
//! speaker (compared with apostrophes and spaces folded, since a speaker's name is cut from the
//! text). Straight double quotes are left out: a straight `"` is paired by alternation, so
//! changing « » into `"` can change which text is quoted, and the module header of
//! `src/quotes/mod.rs` documents those rules.

use std::fs;
use std::path::{Path, PathBuf};

use cadrage::ArticleAnalysis;
use cadrage::analysis::{Analyzer, AnalyzerOptions};
use cadrage::input::{InputItem, ReadOptions, read_inputs};
use cadrage::lexicon::{LexiconSet, LoadOptions};

/// One convention: its name and how it rewrites a whole file (front matter included).
type Rewrite = (&'static str, fn(&str) -> String);

const REWRITES: &[Rewrite] = &[
    ("curly apostrophes", curly_apostrophes),
    ("straight apostrophes", straight_apostrophes),
    ("plain spaces", plain_spaces),
    ("no-break spaces before high punctuation", french_spacing),
    ("CRLF line ends", crlf),
    ("a blank line between paragraphs", blank_lines),
    ("one paragraph per line", single_lines),
];

/// `l'armée` → `l’armée`: a straight apostrophe between two letters becomes curly.
fn curly_apostrophes(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 20);
    for (i, &c) in chars.iter().enumerate() {
        let between = i > 0
            && chars[i - 1].is_alphabetic()
            && chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
        out.push(if c == '\'' && between { '’' } else { c });
    }
    out
}

/// `l’armée` → `l'armée`.
fn straight_apostrophes(text: &str) -> String {
    text.replace('’', "'")
}

/// Every no-break space, wide or narrow, becomes a plain space.
fn plain_spaces(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

/// A plain space before `: ; ? !` and a plain space inside « » become the no-break spaces of
/// French typography (narrow before `; ? !`, wide before `:` and inside guillemets).
fn french_spacing(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 10);
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let replaced = if c == ' ' {
            match (prev, next) {
                (_, Some(';' | '?' | '!')) => '\u{202f}',
                (_, Some(':' | '»')) | (Some('«'), _) => '\u{a0}',
                _ => c,
            }
        } else {
            c
        };
        out.push(replaced);
    }
    out
}

/// LF → CRLF (a file already in CRLF keeps its line ends).
fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\r\n")
}

/// The front matter (with its closing line) and the body of a file.
fn split_front_matter(text: &str) -> (&str, &str) {
    let Some(rest) = text.strip_prefix("---\n").or(text.strip_prefix("---\r\n")) else {
        return ("", text);
    };
    for end in ["\n---\r\n", "\n---\n"] {
        if let Some(at) = rest.find(end) {
            let cut = text.len() - rest.len() + at + end.len();
            return text.split_at(cut);
        }
    }
    ("", text)
}

/// The body's non-empty lines.
fn body_lines(text: &str) -> (&str, Vec<&str>) {
    let (front, body) = split_front_matter(text);
    let lines = body
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty())
        .collect();
    (front, lines)
}

/// Every paragraph followed by a blank line.
fn blank_lines(text: &str) -> String {
    let (front, lines) = body_lines(text);
    format!("{front}\n{}\n", lines.join("\n\n"))
}

/// Every paragraph on its own line, no blank line between them.
fn single_lines(text: &str) -> String {
    let (front, lines) = body_lines(text);
    format!("{front}{}\n", lines.join("\n"))
}

fn analyzer() -> Analyzer {
    let set = LexiconSet::load(&LoadOptions {
        builtin: true,
        paths: Vec::new(),
    })
    .expect("the shipped lexicons load");
    Analyzer::new(set, AnalyzerOptions::default()).expect("the shipped lexicons compile")
}

/// Every text file below `dir`, sorted.
fn text_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            text_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p);
        }
    }
}

/// The articles the comparison runs on: `samples/` and every development set's corpus.
fn articles() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    text_files(&root.join("samples"), &mut files);
    let mut sets: Vec<PathBuf> = fs::read_dir(root.join("eval"))
        .expect("eval/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("dev"))
        })
        .collect();
    sets.sort();
    for set in sets {
        text_files(&set.join("corpus"), &mut files);
    }
    files
}

/// Reads one file as cadrage reads it and analyses it.
fn analyse(analyzer: &Analyzer, path: &Path) -> ArticleAnalysis {
    let mut items = read_inputs(vec![path.to_path_buf()], ReadOptions::default());
    match items.next() {
        Some(InputItem::Article(a)) => analyzer.analyze(&a),
        Some(InputItem::Skipped(s)) => panic!("{} skipped: {}", path.display(), s.reason),
        None => panic!("{} yields no article", path.display()),
    }
}

/// A speaker's name with apostrophes and spaces folded, as the comparison reads it.
fn folded(name: &Option<String>) -> Option<String> {
    name.as_ref().map(|n| {
        n.replace('’', "'")
            .replace(['\u{a0}', '\u{202f}'], " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// What must not move, sentence by sentence.
fn reading(a: &ArticleAnalysis) -> Vec<(String, bool, String, Option<String>)> {
    a.sentences
        .iter()
        .map(|s| {
            (
                format!("{:?}", s.voice),
                s.editorial,
                format!("{:.3}", s.score),
                folded(&s.speaker),
            )
        })
        .collect()
}

#[test]
fn another_outlets_typography_gives_the_same_reading() {
    let analyzer = analyzer();
    let files = articles();
    assert!(files.len() > 500, "the development corpora are there");
    let dir = std::env::temp_dir().join(format!("cadrage-typography-{}", std::process::id()));
    let mut failures = Vec::new();
    for (n, path) in files.iter().enumerate() {
        let original = fs::read_to_string(path).expect("a UTF-8 article");
        let before = analyse(&analyzer, path);
        let expected = reading(&before);
        // The outlet may come from the folder: keep the file's folder and name.
        let parent = path.parent().and_then(|p| p.file_name()).expect("a folder");
        let folder = dir.join(n.to_string()).join(parent);
        fs::create_dir_all(&folder).expect("a temporary folder");
        let copy = folder.join(path.file_name().expect("a file name"));
        for (name, rewrite) in REWRITES {
            fs::write(&copy, rewrite(&original)).expect("the rewritten article");
            let after = reading(&analyse(&analyzer, &copy));
            if after.len() != expected.len() {
                failures.push(format!(
                    "{} in {name}: {} sentences instead of {}",
                    path.display(),
                    after.len(),
                    expected.len()
                ));
                continue;
            }
            for (i, (a, b)) in expected.iter().zip(&after).enumerate() {
                if a != b {
                    failures.push(format!(
                        "{} in {name}, sentence {i} «{}»: {a:?} became {b:?}",
                        path.display(),
                        before.sentences[i].text
                    ));
                }
            }
        }
    }
    let _ = fs::remove_dir_all(&dir);
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_rewrites_do_what_they_say() {
    let text = "---\ntitle: T\n---\nL'État a dit : « oui ».\n\nIl l’a redit !\n";
    assert_eq!(
        curly_apostrophes(text),
        "---\ntitle: T\n---\nL’État a dit : « oui ».\n\nIl l’a redit !\n"
    );
    assert!(!straight_apostrophes(text).contains('’'));
    assert_eq!(
        french_spacing(text),
        "---\ntitle: T\n---\nL'État a dit\u{a0}: «\u{a0}oui\u{a0}».\n\nIl l’a redit\u{202f}!\n"
    );
    assert!(!plain_spaces(&french_spacing(text)).contains(['\u{a0}', '\u{202f}']));
    assert_eq!(crlf("a\nb\r\nc"), "a\r\nb\r\nc");
    assert_eq!(
        single_lines(text),
        "---\ntitle: T\n---\nL'État a dit : « oui ».\nIl l’a redit !\n"
    );
    assert_eq!(
        blank_lines("---\ntitle: T\n---\nUn.\nDeux.\n"),
        "---\ntitle: T\n---\n\nUn.\n\nDeux.\n"
    );
}
