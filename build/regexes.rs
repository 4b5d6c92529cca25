//! The literals that every match of a built-in regular expression starts with.
//!
//! The 25 `re:` patterns of the shipped lexicons cost about a tenth of a `score` run's
//! start-up to compile, and most articles contain none of the words they look for (`ainsi`,
//! `deux poids`, `sous couvert`). This module extracts, with `regex-syntax` (the parser the
//! `regex` crate itself uses, with the same default syntax), the finite set of literals that
//! every match begins with; a run searches a text with such an expression only when the text
//! holds one of its literals, and compiles it the first time it does
//! (`src/lexicon/prefixes.rs`, which describes the layout). An expression with no such set
//! (one that may start with any character), or one that does not compile, is left out and
//! compiled when the matcher is built, as before.

use std::path::Path;

use regex_syntax::hir::literal::{ExtractKind, Extractor};

use crate::pattern::{compile_regex, regex_source};
use crate::programs::{read_manifest, read_patterns};

/// The prefix literals of `source`, when every match of it starts with one of a finite set
/// of non-empty literals.
fn prefixes(source: &str) -> Option<Vec<Vec<u8>>> {
    compile_regex(source).ok()?;
    let hir = regex_syntax::Parser::new().parse(source).ok()?;
    let seq = Extractor::new()
        .kind(ExtractKind::Prefix)
        .limit_total(LIMIT_TOTAL)
        .extract(&hir);
    let literals = seq.literals()?;
    if literals.is_empty() || literals.iter().any(|l| l.as_bytes().is_empty()) {
        return None;
    }
    // Every match starts with a literal, so also with its first bytes. The literals are cut
    // to the longest length that leaves at most `MAX_LITERALS` of them (`sous couvert` stands
    // for the 150 literals of one expression), a literal that another one starts being
    // dropped, since a text holding it holds the other. An expression that needs more is
    // compiled when the matcher is built.
    (MIN_LITERAL..=MAX_LITERAL).rev().find_map(|len| {
        let mut cut: Vec<Vec<u8>> = literals
            .iter()
            .map(|l| l.as_bytes()[..l.as_bytes().len().min(len)].to_vec())
            .collect();
        cut.sort();
        cut.dedup();
        let mut kept: Vec<Vec<u8>> = Vec::new();
        for literal in cut {
            if !kept.iter().any(|k| literal.starts_with(k)) {
                kept.push(literal);
            }
        }
        (kept.len() <= MAX_LITERALS).then_some(kept)
    })
}

/// The most literals the extraction may produce before it cuts them short. The default, 250,
/// cut `\b(est|sont|etait|etaient) (donc |bien |…)?(faux|fausse|…)` (4 × 7 × 20 literals) to
/// `est `, `sont `, `etait ` and `etaient `, which nearly every article holds; with all of them
/// its literals are `est faux`, `est bien fa`… (63, cut to 11 bytes), which few do.
const LIMIT_TOTAL: usize = 1000;
/// The longest literal kept, in bytes.
const MAX_LITERAL: usize = 12;
/// The shortest literal kept: shorter ones would be in most texts.
const MIN_LITERAL: usize = 4;
/// The most literals an expression may have. On the folded view the literals are patterns of
/// the matcher's automaton, found by the scan it makes anyway, so a literal more costs a few
/// states of the automaton, not a search of every text; 64 gates every built-in expression
/// (the 27 verbs of `\b(selon|confie|…) (un|une)` give 45 literals), where 4 left that one
/// compiled at start-up and searched in every text. Only an expression of an exact category,
/// none of which is built in, searches the text for each of its literals with `memmem`.
const MAX_LITERALS: usize = 64;

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
