//! The form indexes of the built-in reporting verbs, filled at build time.
//!
//! Conjugating the reporting verbs and indexing their forms was a sixth of a `score` run's
//! start-up. This module plans the verbs of the `reporting_verb` categories of `lexicons/fr/`
//! and fills their indexes with the crate's own code (`src/voice/verbs/index.rs`, included by
//! path), and writes them with the list of verbs they were filled for; a run uses them only
//! when it plans exactly that list (`src/voice/verbs.rs`).
//!
//! The voice stage's word folding (`src/voice/text.rs`) belongs to a module that needs the
//! whole voice stage, so the two functions below repeat it. The crate's tests compare the
//! indexes read from the blob with indexes filled at run time with the stage's own folding,
//! key by key, so the copy cannot drift unnoticed.

use std::borrow::Cow;
use std::path::Path;

use crate::programs::{read_manifest, read_patterns};
use crate::verb_index::{fill, plan};

/// Plans and indexes the reporting verbs of the built-in folder `dir` and returns the blob:
/// the length of the list of verbs and the list, one verb a line, then the folded index and
/// the exact one.
pub fn write(dir: &Path) -> Vec<u8> {
    let manifest = std::fs::read_to_string(dir.join("manifest.toml")).unwrap_or_default();
    let mut lemmas: Vec<String> = Vec::new();
    for declared in read_manifest(&manifest) {
        if declared.kind != "reporting_verb" {
            continue;
        }
        if let Ok(text) = std::fs::read_to_string(dir.join(&declared.file)) {
            lemmas.extend(read_patterns(&text));
        }
    }
    let lemmas: Vec<&str> = lemmas.iter().map(String::as_str).collect();
    let planned = plan(&lemmas);
    let (folded, exact) = fill(&planned, |text| {
        (Cow::Owned(fold(text)), Cow::Owned(lower(text)))
    });
    let verbs: Vec<&str> = planned.iter().map(|p| p.verb).collect();
    let verbs = verbs.join("\n");
    let mut out = Vec::new();
    out.extend((verbs.len() as u32).to_le_bytes());
    out.extend(verbs.as_bytes());
    folded.write(&mut out);
    exact.write(&mut out);
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '′' | '‘')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// The voice stage's folding of a word: lower case, accents removed, ligatures expanded, one
/// apostrophe and one hyphen.
fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        if is_apostrophe(c) {
            out.push('\'');
            continue;
        }
        if is_hyphen(c) {
            out.push('-');
            continue;
        }
        for l in c.to_lowercase() {
            let base = match l {
                'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => "a",
                'ç' => "c",
                'é' | 'è' | 'ê' | 'ë' => "e",
                'î' | 'ï' | 'í' | 'ì' => "i",
                'ô' | 'ö' | 'ó' | 'ò' | 'õ' => "o",
                'û' | 'ù' | 'ü' | 'ú' => "u",
                'ÿ' | 'ý' => "y",
                'ñ' => "n",
                'œ' => "oe",
                'æ' => "ae",
                _ => {
                    out.push(l);
                    continue;
                }
            };
            out.push_str(base);
        }
    }
    out
}

/// The voice stage's lower case of a word, accents kept, one apostrophe and one hyphen.
fn lower(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| {
            if is_apostrophe(c) {
                '\''
            } else if is_hyphen(c) {
                '-'
            } else {
                c
            }
        })
        .collect()
}
