//! The compiled token programs of the built-in patterns, written at build time.
//!
//! Compiling a pattern (folding every literal, expanding optional endings, conjugating `v:`
//! verbs) was the largest part of a `score` run's start-up, and for the built-in lexicons it
//! gives the same result at every run. This module compiles every token pattern of
//! `lexicons/fr/` with the crate's own compiler (`src/lexicon/pattern.rs`, included by
//! `#[path]` with the modules it needs) and writes the results as one blob that
//! `src/lexicon/programs.rs` reads; the format is described there.
//!
//! The blob is a cache of a pure function, keyed by everything the function reads (the pattern
//! as written, the exact and verb-lemma options), and a run compares the whole key before it
//! uses a program: an entry the extraction below misses or misplaces is compiled at run time
//! as before. So the extraction of patterns from the files only needs to follow the loader to
//! be fast, not to be correct; the crate's tests check that it does and that every program
//! equals the run-time one.

use std::collections::HashMap;
use std::path::Path;

use crate::pattern::{Compiled, PatternOptions, Token, VerbCache, compile_with};

/// Bit of the option flags: the category matches case and accents exactly.
const EXACT: u32 = 1;
/// Bit of the option flags: the pattern is a reporting-verb lemma.
const VERB_LEMMA: u32 = 2;
/// Bit of the option flags: the pattern is not a token pattern (a `re:` pattern, compiled at
/// run time), so no run-time key matches it; it keeps its place so that every entry is found
/// at its position.
const NO_PROGRAM: u32 = 4;

/// One category of the manifest, as far as compilation needs it.
#[derive(Default)]
pub(crate) struct Declared {
    pub file: String,
    pub kind: String,
    exact: bool,
}

/// Reads the `file`, `kind` and `exact` keys of every `[[category]]` table.
pub(crate) fn read_manifest(text: &str) -> Vec<Declared> {
    let mut out: Vec<Declared> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line == "[[category]]" {
            out.push(Declared::default());
            continue;
        }
        let (Some(current), Some((key, value))) = (out.last_mut(), line.split_once('=')) else {
            continue;
        };
        let value = value.trim();
        let string = || value.trim_matches('"').to_string();
        match key.trim() {
            "file" => current.file = string(),
            "kind" => current.kind = string(),
            "exact" => current.exact = value == "true",
            _ => {}
        }
    }
    out
}

/// The `pattern` field of every entry line of a TSV file, read as the loader reads it.
pub(crate) fn read_patterns(text: &str) -> Vec<String> {
    let mut lines = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
    let Some(header) = lines.next() else {
        return Vec::new();
    };
    let Some(column) = header
        .split('\t')
        .position(|name| name.trim().eq_ignore_ascii_case("pattern"))
    else {
        return Vec::new();
    };
    lines
        .filter_map(|row| row.split('\t').nth(column).map(str::trim))
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// Appends strings to one table and returns their (offset, length).
#[derive(Default)]
struct Strings {
    bytes: Vec<u8>,
}

impl Strings {
    fn add(&mut self, s: &str) -> [u32; 2] {
        let at = self.bytes.len() as u32;
        self.bytes.extend_from_slice(s.as_bytes());
        [at, s.len() as u32]
    }
}

/// Compiles every token pattern of the built-in folder `dir` and returns the blob.
pub fn write(dir: &Path) -> Vec<u8> {
    let manifest = std::fs::read_to_string(dir.join("manifest.toml")).unwrap_or_default();
    let cache = VerbCache::default();
    let mut programs: Vec<(String, u32, Vec<Token>)> = Vec::new();
    for declared in read_manifest(&manifest) {
        let Ok(text) = std::fs::read_to_string(dir.join(&declared.file)) else {
            continue;
        };
        let verb_lemma = declared.kind == "reporting_verb";
        let options = PatternOptions {
            exact: declared.exact,
            verb_lemma,
            conjugate: true,
        };
        let flags = u32::from(declared.exact) * EXACT + u32::from(verb_lemma) * VERB_LEMMA;
        for pattern in read_patterns(&text) {
            match compile_with(&pattern, options, &cache) {
                Ok(Compiled::Tokens(tokens)) => programs.push((pattern, flags, tokens)),
                _ => programs.push((pattern, flags | NO_PROGRAM, Vec::new())),
            }
        }
    }
    encode(&programs)
}

/// Lays out the blob: the string table, then the spelling lists, then the programs in the
/// order of the files, every number a little-endian `u32`.
fn encode(programs: &[(String, u32, Vec<Token>)]) -> Vec<u8> {
    let mut strings = Strings::default();
    let mut lists: Vec<Vec<[u32; 2]>> = Vec::new();
    let mut list_ids: HashMap<Vec<String>, u32> = HashMap::new();
    let mut words: Vec<u32> = Vec::new();
    let mut starts: Vec<u32> = Vec::new();
    for (pattern, flags, tokens) in programs {
        starts.push(words.len() as u32);
        words.extend(strings.add(pattern));
        words.push(*flags);
        words.push(tokens.len() as u32);
        for token in tokens {
            match token {
                Token::Words(alts) => {
                    let key: Vec<String> = alts.iter().map(|a| a.to_string()).collect();
                    let id = *list_ids.entry(key).or_insert_with(|| {
                        lists.push(alts.iter().map(|a| strings.add(a)).collect());
                        lists.len() as u32 - 1
                    });
                    words.extend([0, id, 0]);
                }
                Token::Glob(prefix) => {
                    words.push(1);
                    words.extend(strings.add(prefix));
                }
                Token::Gap { min, max } => words.extend([2, u32::from(*min), u32::from(*max)]),
            }
        }
    }
    let mut head: Vec<u32> = vec![lists.len() as u32];
    for list in &lists {
        head.push(list.len() as u32);
        head.extend(list.iter().flatten());
    }
    // Programs are found by their position, so their starts come first, counted from the
    // first word after this table.
    head.push(programs.len() as u32);
    head.extend(starts);
    let mut out = Vec::new();
    out.extend((strings.bytes.len() as u32).to_le_bytes());
    out.extend(&strings.bytes);
    for word in head.iter().chain(&words) {
        out.extend(word.to_le_bytes());
    }
    out
}
