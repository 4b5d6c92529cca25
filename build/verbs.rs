//! The form indexes of the built-in reporting verbs, filled at build time.
//!
//! Conjugating the reporting verbs and indexing their forms was a sixth of a `score` run's
//! start-up. This module plans the verbs of the `reporting_verb` categories of `lexicons/fr/`
//! and fills their indexes with the crate's own code (`src/voice/verbs/index.rs`, included by
//! path), and writes them with the list of verbs they were filled for; a run uses them only
//! when it plans exactly that list (`src/voice/verbs.rs`).
//!
//! The words are folded with the voice stage's own folding (`src/voice/fold.rs`, included by
//! path). The crate's tests still compare the indexes read from the blob with indexes filled at
//! run time, key by key.

use std::borrow::Cow;
use std::path::Path;

use crate::programs::{read_manifest, read_patterns};
use crate::verb_index::{fill, plan};
use crate::voice_fold::{fold, lower};

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
