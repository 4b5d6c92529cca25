//! The literals that every match of a built-in regular expression starts with.
//!
//! The 25 `re:` patterns of the shipped lexicons cost about a tenth of a `score` run's
//! start-up to compile, and most articles contain none of the words they look for (`ainsi`,
//! `deux poids`, `sous couvert`). This module extracts, with `regex-syntax` (the parser the
//! `regex` crate itself uses, with the same default syntax), the finite set of literals that
//! every match begins with; a run compiles such an expression only when one of its literals
//! occurs in the text it searches (`src/lexicon/prefixes.rs`, which describes the layout).
//! An expression with no such set (one that may start with any character), or one that does
//! not compile, is left out and compiled when the matcher is built, as before.

use std::path::Path;

use regex_syntax::hir::literal::{ExtractKind, Extractor};

use crate::pattern::{compile_regex, regex_source};
use crate::programs::{read_manifest, read_patterns};

/// The prefix literals of `source`, when every match of it starts with one of a finite set
/// of non-empty literals.
fn prefixes(source: &str) -> Option<Vec<Vec<u8>>> {
    compile_regex(source).ok()?;
    let hir = regex_syntax::Parser::new().parse(source).ok()?;
    let seq = Extractor::new().kind(ExtractKind::Prefix).extract(&hir);
    let literals = seq.literals()?;
    if literals.is_empty() || literals.iter().any(|l| l.as_bytes().is_empty()) {
        return None;
    }
    Some(literals.iter().map(|l| l.as_bytes().to_vec()).collect())
}

/// Reads every `re:` pattern of the built-in folder `dir` and returns the blob.
pub fn write(dir: &Path) -> Vec<u8> {
    let manifest = std::fs::read_to_string(dir.join("manifest.toml")).unwrap_or_default();
    let mut found: Vec<(String, Vec<Vec<u8>>)> = Vec::new();
    for declared in read_manifest(&manifest) {
        let Ok(text) = std::fs::read_to_string(dir.join(&declared.file)) else {
            continue;
        };
        for pattern in read_patterns(&text) {
            let Some(source) = regex_source(&pattern) else {
                continue;
            };
            if found.iter().any(|(s, _)| s == source) {
                continue;
            }
            if let Some(literals) = prefixes(source) {
                found.push((source.to_string(), literals));
            }
        }
    }
    let mut out = Vec::new();
    let put = |bytes: &[u8], out: &mut Vec<u8>| {
        out.extend((bytes.len() as u32).to_le_bytes());
        out.extend(bytes);
    };
    out.extend((found.len() as u32).to_le_bytes());
    for (source, literals) in &found {
        put(source.as_bytes(), &mut out);
        out.extend((literals.len() as u32).to_le_bytes());
        for literal in literals {
            put(literal, &mut out);
        }
    }
    out
}
