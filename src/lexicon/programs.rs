//! The token programs of the built-in patterns, compiled by `build.rs`.
//!
//! Compiling the patterns of the shipped lexicons (folding, optional endings, conjugating every
//! `v:` verb) was the largest part of a `score` run's start-up, and its result cannot change
//! after the build. `build.rs` runs the crate's own compiler ([`super::pattern`], included by
//! path) over every token pattern of `lexicons/fr/` and writes the results into one blob; the
//! matcher asks [`lookup`] before compiling a pattern itself.
//!
//! The blob is a cache of [`super::pattern::compile`] keyed by everything that function reads
//! (the pattern as written and its options). Programs are stored in the order the loader reads
//! the built-in entries, so the matcher asks for entry `i` at position `i` and a hit costs one
//! comparison of the key; a miss (a user pattern, a `re:` pattern, a set without the
//! built-ins) is compiled as before. A hit is the program the run would have compiled whatever
//! set the entry comes from, because the whole key is compared. The tests below compile every
//! built-in entry at run time and compare.
//!
//! Layout, every number a little-endian `u32`: the length of the string table and its bytes;
//! the number of spelling lists, then each list as its length and an (offset, length) pair per
//! spelling; the number of programs and where each starts (counted in numbers from the end of
//! that table); then each program as the pattern's (offset, length), its flags (1: exact, 2:
//! verb lemma), its number of tokens and three numbers per token: (0, list, 0) for words, (1,
//! offset, length) for a glob prefix, (2, min, max) for a gap.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use super::pattern::{PatternOptions, Spellings, Token};

static BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin_programs.bin"));

/// Flag bits of a program's options.
const EXACT: u32 = 1;
const VERB_LEMMA: u32 = 2;

/// The decoded head of the blob: the spelling lists, built once and shared by every program
/// that uses them (a verb's sixty forms are one list), and where the programs are.
struct Programs {
    strings: &'static str,
    lists: Vec<Spellings>,
    /// Where each program starts in `programs`.
    starts: Numbers,
    programs: Numbers,
}

/// A run of little-endian `u32` read in place (the blob has no alignment to cast it).
#[derive(Clone, Copy)]
struct Numbers(&'static [u8]);

impl Numbers {
    fn get(self, i: usize) -> Option<u32> {
        let bytes = self.0.get(4 * i..4 * i + 4)?;
        Some(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    fn at(self, i: usize) -> Option<usize> {
        self.get(i).map(|n| n as usize)
    }

    /// The numbers from `i` on.
    fn from(self, i: usize) -> Option<Numbers> {
        self.0.get(4 * i..).map(Numbers)
    }
}

/// Reads the head of the blob. `build.rs` wrote it in the same build, so a malformed blob is a
/// bug in one of the two and yields an empty cache (every pattern compiled at run time) rather
/// than a panic.
fn decode(blob: &'static [u8]) -> Option<Programs> {
    let len = Numbers(blob).at(0)?;
    let strings = std::str::from_utf8(blob.get(4..4 + len)?).ok()?;
    let numbers = Numbers(blob.get(4 + len..)?);
    let text = |at: usize| -> Option<&'static str> {
        let (start, len) = (numbers.at(at)?, numbers.at(at + 1)?);
        strings.get(start..start + len)
    };
    let list_count = numbers.at(0)?;
    let mut lists = Vec::with_capacity(list_count);
    let mut at = 1;
    for _ in 0..list_count {
        let len = numbers.at(at)?;
        // Every spelling is checked first, so that the list is collected from an iterator of
        // known length, in one allocation, rather than through a `Vec`.
        if (0..len).any(|i| text(at + 1 + 2 * i).is_none()) {
            return None;
        }
        let spellings: Spellings = (0..len)
            .map(|i| Cow::Borrowed(text(at + 1 + 2 * i).unwrap_or_default()))
            .collect();
        lists.push(spellings);
        at += 1 + 2 * len;
    }
    let count = numbers.at(at)?;
    let starts = Numbers(numbers.from(at + 1)?.0.get(..4 * count)?);
    let programs = numbers.from(at + 1 + count)?;
    Some(Programs {
        strings,
        lists,
        starts,
        programs,
    })
}

impl Programs {
    /// The program at `position` if its key is `(pattern, flags)`.
    fn get(&self, position: usize, pattern: &str, flags: u32) -> Option<Vec<Token>> {
        let at = self.starts.at(position)?;
        let p = self.programs.from(at)?;
        let (start, len) = (p.at(0)?, p.at(1)?);
        if self.strings.get(start..start + len)? != pattern || p.get(2)? != flags {
            return None;
        }
        let count = p.at(3)?;
        let mut tokens = Vec::with_capacity(count);
        for t in 0..count {
            let (tag, a, b) = (p.get(4 + 3 * t)?, p.at(5 + 3 * t)?, p.at(6 + 3 * t)?);
            tokens.push(match tag {
                0 => Token::Words(Arc::clone(self.lists.get(a)?)),
                1 => Token::Glob(self.strings.get(a..a + b)?.to_string()),
                _ => Token::Gap {
                    min: u8::try_from(a).ok()?,
                    max: u8::try_from(b).ok()?,
                },
            });
        }
        Some(tokens)
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.starts.0.len() / 4
    }
}

fn programs() -> Option<&'static Programs> {
    static PROGRAMS: OnceLock<Option<Programs>> = OnceLock::new();
    PROGRAMS.get_or_init(|| decode(BLOB)).as_ref()
}

/// Decodes the blob now rather than at the first [`lookup`], so that the threads compiling
/// patterns do not wait for one of them to do it.
pub fn prepare() {
    programs();
}

fn flags(options: PatternOptions) -> u32 {
    u32::from(options.exact) * EXACT + u32::from(options.verb_lemma) * VERB_LEMMA
}

/// The program [`super::pattern::compile`] would return for `pattern` with `options`, if it is
/// the token pattern of the built-in entry at `position` (the entry's index when the built-ins
/// are loaded first); `None` for any other pattern, and for options that do not conjugate
/// verbs, which the blob was not compiled with.
pub fn lookup(position: usize, pattern: &str, options: PatternOptions) -> Option<Vec<Token>> {
    if !options.conjugate {
        return None;
    }
    programs()?.get(position, pattern, flags(options))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::pattern::{self, Compiled};
    use crate::lexicon::{CategoryKind, LexiconSet, LoadOptions};

    fn builtin() -> LexiconSet {
        LexiconSet::load(&LoadOptions {
            builtin: true,
            paths: Vec::new(),
        })
        .expect("the built-in lexicons load")
    }

    fn options_of(set: &LexiconSet, entry: &crate::lexicon::Entry) -> PatternOptions {
        let category = &set.categories[entry.category];
        PatternOptions {
            exact: category.exact,
            verb_lemma: category.kind == CategoryKind::ReportingVerb,
            conjugate: true,
        }
    }

    /// Every token entry of the built-in lexicons is served from the blob at its position, and
    /// its program is exactly what the run-time compiler builds from the same files now: a
    /// change to the compiler, the conjugator, the folding, the loader or the build script
    /// cannot drift silently.
    #[test]
    fn every_builtin_program_equals_the_run_time_compilation() {
        let set = builtin();
        let (mut tokens, mut regexes) = (0, 0);
        for (i, entry) in set.entries.iter().enumerate() {
            let options = options_of(&set, entry);
            let here = lookup(i, &entry.pattern, options);
            let name = &set.categories[entry.category].name;
            match pattern::compile(&entry.pattern, options) {
                Ok(Compiled::Tokens(expected)) => {
                    tokens += 1;
                    assert_eq!(here, Some(expected), "{name}:{}", entry.line);
                }
                Ok(Compiled::Regex(_)) => {
                    regexes += 1;
                    assert_eq!(here, None, "{name}:{}", entry.line);
                }
                Err(reason) => panic!("{name}:{}: {reason}", entry.line),
            }
        }
        assert!(tokens > 4000 && regexes > 0, "{tokens} token entries");
    }

    /// The blob has one program per built-in entry, no more, so that positions line up.
    #[test]
    fn the_blob_has_one_program_per_builtin_entry() {
        let programs = programs().expect("the blob decodes");
        assert_eq!(programs.len(), builtin().entries.len());
    }

    /// A pattern that is not the built-in entry at that position, or options that differ from
    /// the entry's, get nothing, so that the caller compiles them itself.
    #[test]
    fn only_the_whole_key_hits() {
        let set = builtin();
        let (i, entry) = set
            .entries
            .iter()
            .enumerate()
            .find(|(_, e)| !e.pattern.starts_with("re:") && !e.pattern.starts_with("exact:"))
            .expect("a plain built-in entry");
        let options = options_of(&set, entry);
        assert!(lookup(i, &entry.pattern, options).is_some());
        assert_eq!(lookup(i, "motif inventé pour ce test", options), None);
        assert_eq!(lookup(set.entries.len(), &entry.pattern, options), None);
        let other = PatternOptions {
            exact: !options.exact,
            ..options
        };
        assert_eq!(lookup(i, &entry.pattern, other), None);
        let other = PatternOptions {
            verb_lemma: !options.verb_lemma,
            ..options
        };
        assert_eq!(lookup(i, &entry.pattern, other), None);
        let validating = PatternOptions {
            conjugate: false,
            ..options
        };
        assert_eq!(lookup(i, &entry.pattern, validating), None);
    }

    #[test]
    fn a_malformed_blob_is_an_empty_cache() {
        assert!(decode(&[]).is_none());
        assert!(decode(&[3, 0, 0, 0, b'a']).is_none());
        assert!(decode(&[0, 0, 0, 0, 1, 0, 0, 0]).is_none());
        assert!(decode(&[0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0]).is_none());
        let empty = decode(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]).expect("an empty blob");
        assert_eq!(empty.len(), 0);
        assert_eq!(empty.get(0, "x", 0), None);
    }
}
