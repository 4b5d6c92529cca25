//! The matcher: every entry of a [`LexiconSet`] compiled into one automaton.
//!
//! Each token pattern contributes one anchor, the most selective of its words (the longest
//! literal), and all anchors go into one Aho-Corasick automaton over the normalized text. A scan
//! reports anchor hits; each hit is verified outward on word boundaries by [`verify`]. Distinct
//! anchors are shared between entries, so the scan costs the same whatever the number of
//! entries, and only the entries whose anchor appears in the text are ever looked at. `re:`
//! entries are run one by one (they are meant to be rare); a built-in one is compiled, and
//! searched, only when a text holds one of the literals all its matches start with. On the
//! folded view those literals are patterns of the automaton, so the one scan that finds the
//! anchors also tells which expressions to search ([`Engine::gates`]). Entries of `exact`
//! categories or with `exact:` get a second automaton over a case- and accent-preserving view
//! of the text, made only when the folded view holds one of its literals (also gates of the
//! folded automaton).
//!
//! The automaton is a contiguous NFA rather than a DFA: with the shipped lexicons (over 4,000
//! distinct anchors), filling the DFA's transition table was the largest single cost of
//! building the matcher (about a quarter of it, sampled with perf), and the matcher is built on
//! every `score` run, while the scan itself is a small part of matching (verification and
//! normalization cost more).
//!
//! Hits map back to raw byte spans through the offset map of [`Normalized`], then the overlap
//! rule of `lexicons/README.md` keeps, within each [`Layer`], the leftmost, then longest, then
//! heaviest, then first-loaded match.

mod verify;
mod words;

use std::cmp::Reverse;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use memchr::memmem;
use rayon::prelude::*;
use regex::Regex;

use self::verify::{AnchorKind, Neighbors};
use self::words::WordIndex;
use super::pattern::{self, Compiled, PatternOptions, Token};
use super::{CategoryKind, EntryId, Layer, LexiconError, LexiconIssue, LexiconSet, Match};
use crate::hash::WordMap;
use crate::normalize::{Normalized, fold_chars};
use crate::span::Span;

/// All entries of a [`LexiconSet`] compiled into one automaton.
///
/// Build it once per run and share it: it is `Send + Sync` and matching takes `&self`.
#[derive(Clone, Debug, Default)]
pub struct Matcher {
    /// Entries matched on the folded view (lower case, no accents).
    folded: Engine,
    /// Entries matched on the exact view (case and accents kept).
    exact: Engine,
    /// Whether the folded engine's automaton holds the literals of [`Matcher::exact`] folded
    /// character by character, as gates of the slot after the regular expressions: when the
    /// exact view serves those entries only (no exact regular expression) and none folds to
    /// nothing. A text whose folded view holds none of them has no literal of the exact engine
    /// in its exact view ([`crate::normalize::fold_chars`]), so that view is not made.
    exact_gated: bool,
    regexes: Vec<RegexEntry>,
    /// Layer and weight of every entry of the set, by entry id, for the overlap rule.
    meta: Vec<(Layer, f64)>,
}

/// One automaton and the token entries it anchors.
#[derive(Clone, Debug, Default)]
struct Engine {
    /// The automaton over the anchors then the gate literals, by pattern id; when the anchors
    /// are looked up by word ([`Engine::index`]), over the gate literals only, whose
    /// expressions are then `gate_sets`.
    ac: Option<AhoCorasick>,
    /// The anchors by the words they start ([`words`]), when every anchor starts with a word
    /// character: one lookup per word instead of an overlapping scan over every anchor.
    index: Option<WordIndex>,
    /// With [`Engine::index`], the expressions of each pattern of the gate automaton.
    gate_sets: Vec<Vec<u32>>,
    /// The literal of every automaton pattern, by pattern id.
    literals: Vec<String>,
    /// Whether each literal starts and ends with a word character, by pattern id.
    edges: Vec<(bool, bool)>,
    /// Which entries use each automaton pattern as their anchor: those of anchor pattern `id`
    /// are `refs[ref_starts[id]..ref_starts[id + 1]]`, in the order of the entries (anchor
    /// patterns come first, one per literal). One vector for all, not one per literal.
    refs: Vec<AnchorRef>,
    ref_starts: Vec<u32>,
    /// The regular expressions (positions in [`Matcher::regexes`]) that each automaton pattern
    /// is a prefix literal of, by pattern id; empty when no expression is gated here. The
    /// patterns after the anchors are such literals only.
    gates: Vec<Vec<u32>>,
    entries: Vec<TokenEntry>,
}

#[derive(Clone, Copy, Debug)]
struct AnchorRef {
    /// Index into [`Engine::entries`].
    entry: u32,
    kind: AnchorKind,
}

#[derive(Clone, Debug)]
struct TokenEntry {
    entry: EntryId,
    tokens: Vec<Token>,
    anchor: usize,
    neighbors: Neighbors,
}

#[derive(Clone, Debug)]
struct RegexEntry {
    entry: EntryId,
    re: LazyRegex,
    exact: bool,
    /// The folded engine's automaton holds the literals all its matches start with
    /// ([`Engine::gates`]): it is searched only in a text where the scan found one of them.
    gated: bool,
}

/// A regular expression, compiled when the matcher is built or, for a built-in one whose
/// matches all start with one of a few literals ([`super::prefixes`]), the first time one of
/// them occurs in a searched text.
#[derive(Clone, Debug)]
enum LazyRegex {
    Compiled(Regex),
    Deferred {
        source: String,
        /// A searcher for each literal, built once: building one for every search was most
        /// of the cost of searching.
        prefixes: Vec<memmem::Finder<'static>>,
        /// `None` if the expression did not compile, which cannot happen: the build compiled
        /// it with the same crate before it listed its literals.
        re: OnceLock<Option<Regex>>,
    },
}

impl LazyRegex {
    /// The expression, compiled now if it was not yet; `None` if it does not compile.
    fn compiled(&self) -> Option<&Regex> {
        match self {
            LazyRegex::Compiled(re) => Some(re),
            LazyRegex::Deferred { source, re, .. } => re
                .get_or_init(|| pattern::compile_regex(source).ok())
                .as_ref(),
        }
    }

    /// The expression, to search `t` with; `None` when it cannot match in `t`.
    fn for_text(&self, t: &str) -> Option<&Regex> {
        match self {
            LazyRegex::Compiled(re) => Some(re),
            LazyRegex::Deferred {
                source,
                prefixes,
                re,
            } => {
                if let Some(compiled) = re.get() {
                    return compiled.as_ref();
                }
                let bytes = t.as_bytes();
                if !prefixes.iter().any(|p| p.find(bytes).is_some()) {
                    return None;
                }
                re.get_or_init(|| pattern::compile_regex(source).ok())
                    .as_ref()
            }
        }
    }
}

/// Builds one engine from its token entries.
#[derive(Default)]
struct EngineBuilder {
    entries: Vec<TokenEntry>,
}

impl EngineBuilder {
    fn add(&mut self, entry: EntryId, tokens: Vec<Token>) {
        let anchor = choose_anchor(&tokens);
        let neighbors = Neighbors::new(&tokens, anchor);
        self.entries.push(TokenEntry {
            entry,
            tokens,
            anchor,
            neighbors,
        });
    }

    /// Builds the automaton over the anchors of the entries and, after them, the prefix
    /// literals of the regular expressions in `gates` (their positions in
    /// [`Matcher::regexes`] and their literals).
    fn build(self, gates: &[(u32, Vec<&[u8]>)]) -> Result<Engine, String> {
        // The distinct literals are collected as borrows of the entries' spellings, so that
        // each is copied once, not once per entry that anchors on it.
        let mut ids: WordMap<&str, usize> =
            WordMap::with_capacity_and_hasher(self.entries.len(), Default::default());
        let mut distinct: Vec<&str> = Vec::new();
        // Each reference with its literal's id, in the order of the entries, then grouped by
        // id with a counting sort (stable: each literal keeps its entries in order).
        let mut pairs: Vec<(u32, AnchorRef)> = Vec::with_capacity(self.entries.len());
        for (index, e) in self.entries.iter().enumerate() {
            let (kind, literals) = anchor_literals(&e.tokens[e.anchor]);
            for literal in literals {
                let id = *ids.entry(literal).or_insert_with(|| {
                    distinct.push(literal);
                    distinct.len() - 1
                });
                let r = AnchorRef {
                    entry: index as u32,
                    kind,
                };
                pairs.push((id as u32, r));
            }
        }
        let mut ref_starts = vec![0u32; distinct.len() + 1];
        for &(id, _) in &pairs {
            ref_starts[id as usize + 1] += 1;
        }
        for i in 1..ref_starts.len() {
            ref_starts[i] += ref_starts[i - 1];
        }
        let mut next = ref_starts.clone();
        let placeholder = AnchorRef {
            entry: 0,
            kind: AnchorKind::Whole,
        };
        let mut refs = vec![placeholder; pairs.len()];
        for (id, r) in pairs {
            let slot = &mut next[id as usize];
            refs[*slot as usize] = r;
            *slot += 1;
        }
        // A gate literal that is also an anchor is reported once, under the anchor's id.
        let mut patterns: Vec<&[u8]> = distinct.iter().map(|l| l.as_bytes()).collect();
        let mut gate_of: Vec<Vec<u32>> = Vec::new();
        if !gates.is_empty() {
            let mut gate_ids: WordMap<&[u8], usize> = WordMap::default();
            for (regex, literals) in gates {
                for &literal in literals {
                    let anchor = std::str::from_utf8(literal).ok().and_then(|l| ids.get(l));
                    let id = match anchor {
                        Some(&id) => id,
                        None => *gate_ids.entry(literal).or_insert_with(|| {
                            patterns.push(literal);
                            patterns.len() - 1
                        }),
                    };
                    gate_of.resize_with(patterns.len(), Vec::new);
                    if !gate_of[id].contains(regex) {
                        gate_of[id].push(*regex);
                    }
                }
            }
            gate_of.resize_with(patterns.len(), Vec::new);
        }
        // The anchors looked up by word when they all start with a word character; the
        // automaton then only looks for the gate literals (those of the anchors too), which
        // may occur anywhere.
        let index = WordIndex::new(&distinct, |id| {
            refs[ref_starts[id] as usize..ref_starts[id + 1] as usize]
                .iter()
                .any(|r| words::ends_inside_words(r.kind))
        });
        let mut gate_sets = Vec::new();
        if index.is_some() {
            let mut gated = Vec::new();
            for (id, set) in gate_of.iter().enumerate() {
                if !set.is_empty() {
                    gated.push(patterns[id]);
                    gate_sets.push(set.clone());
                }
            }
            patterns = gated;
        }
        let ac = if patterns.is_empty() {
            None
        } else {
            let ac = AhoCorasickBuilder::new()
                .kind(Some(if index.is_some() {
                    // A few hundred gate literals: a DFA is quick to build and scans faster.
                    AhoCorasickKind::DFA
                } else {
                    AhoCorasickKind::ContiguousNFA
                }))
                .match_kind(MatchKind::Standard)
                .build(&patterns)
                .map_err(|e| format!("cannot build the matcher: {e}"))?;
            Some(ac)
        };
        let edges = distinct
            .iter()
            .map(|l| (verify::starts_with_word(l), verify::ends_with_word(l)))
            .collect();
        let literals = distinct.into_iter().map(str::to_string).collect();
        Ok(Engine {
            ac,
            index,
            gate_sets,
            literals,
            edges,
            refs,
            ref_starts,
            gates: gate_of,
            entries: self.entries,
        })
    }
}

/// Entries compiled together on one thread.
const COMPILE_CHUNK: usize = 64;

/// A token with more spellings than this is anchored on their common prefix when it is long
/// enough: the forms of a verb share their stem.
const PREFIX_ANCHOR_MIN_SPELLINGS: usize = 2;
const PREFIX_ANCHOR_MIN_LEN: usize = 3;

/// How a token would stand in the automaton: its anchor kind, its shortest literal and its
/// number of literals (none for a gap).
fn anchor_shape(token: &Token) -> (AnchorKind, &str, usize) {
    match token {
        Token::Glob(prefix) => (AnchorKind::Glob, prefix, 1),
        Token::Words(alts) => {
            // Most tokens have one spelling: their prefix is never looked at.
            let prefix = if alts.len() >= PREFIX_ANCHOR_MIN_SPELLINGS {
                common_prefix(alts)
            } else {
                ""
            };
            if prefix.len() >= PREFIX_ANCHOR_MIN_LEN {
                (AnchorKind::Prefix, prefix, 1)
            } else {
                let shortest = alts
                    .iter()
                    .min_by_key(|a| a.len())
                    .map_or("", AsRef::as_ref);
                (AnchorKind::Whole, shortest, alts.len())
            }
        }
        Token::Gap { .. } => (AnchorKind::Whole, "", 0),
    }
}

/// The literals that stand for a token in the automaton, and how.
fn anchor_literals(token: &Token) -> (AnchorKind, Vec<&str>) {
    match (anchor_shape(token), token) {
        ((AnchorKind::Whole, _, _), Token::Words(alts)) => {
            (AnchorKind::Whole, alts.iter().map(AsRef::as_ref).collect())
        }
        ((kind, literal, _), _) => (kind, vec![literal]),
    }
}

/// The longest common prefix of `words`, which are sorted (see [`pattern::Spellings`]), on a
/// character boundary. In a sorted list the prefix shared by the first and the last word is
/// shared by every word between them, so a verb's sixty forms cost one comparison, not sixty.
fn common_prefix<S: AsRef<str> + Ord>(words: &[S]) -> &str {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return "";
    };
    let (first, last) = (first.as_ref(), last.as_ref());
    debug_assert!(words.is_sorted());
    let mut len = first
        .bytes()
        .zip(last.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    while !first.is_char_boundary(len) {
        len -= 1;
    }
    &first[..len]
}

/// The most selective token: the one whose literals are longest (a gap or a short elision
/// makes a poor anchor), preferring tokens with fewer literals on ties.
fn choose_anchor(tokens: &[Token]) -> usize {
    let mut best = (0, 0usize, Reverse(usize::MAX));
    for (i, token) in tokens.iter().enumerate() {
        let (_, shortest, count) = anchor_shape(token);
        if count == 0 {
            continue;
        }
        if (shortest.len(), Reverse(count)) > (best.1, best.2) {
            best = (i, shortest.len(), Reverse(count));
        }
    }
    best.0
}

impl Engine {
    /// The entries anchored on automaton pattern `id` (none for a gate literal).
    fn refs_of(&self, id: usize) -> &[AnchorRef] {
        match (self.ref_starts.get(id), self.ref_starts.get(id + 1)) {
            (Some(&start), Some(&end)) => &self.refs[start as usize..end as usize],
            _ => &[],
        }
    }

    fn is_empty(&self) -> bool {
        self.ac.is_none() && self.index.is_none()
    }

    /// Calls `hit(entry, start, end)` for every verified match in the normalized text `t`.
    ///
    /// This is [`verify::anchor_ends`] then [`verify::verify`] for every entry anchored on
    /// every literal found, as [`Engine::scan_reference`] does, with the work that depends
    /// only on the literal and its place done once for all its entries: a literal that starts
    /// with a word character glued to a word before it stands for no entry (`anchor_ends`
    /// turns it down whatever the entry), and a whole spelling ends where the literal ends.
    /// Entries whose neighbours of the anchor cannot be there ([`Neighbors`]) are not
    /// verified: `verify` would fail.
    ///
    /// `seen[r]` is set for every regular expression `r` of [`Engine::gates`] one of whose
    /// literals occurs in `t`, anywhere (an overlapping scan reports every occurrence of every
    /// pattern, as a substring search would find it).
    fn scan(&self, t: &str, seen: &mut [bool], mut hit: impl FnMut(EntryId, usize, usize)) {
        let mut ends = Vec::new();
        let mut scratch = (Vec::new(), Vec::new());
        let mut occurrence = |id: usize, start: usize, end: usize| {
            self.anchor_hit(t, id, (start, end), (&mut ends, &mut scratch), &mut hit)
        };
        if let Some(index) = &self.index {
            if let Some(ac) = &self.ac {
                for m in ac.find_overlapping_iter(t) {
                    for &r in &self.gate_sets[m.pattern().as_usize()] {
                        seen[r as usize] = true;
                    }
                }
            }
            index.occurrences(t, &mut occurrence);
            return;
        }
        let Some(ac) = &self.ac else { return };
        for m in ac.find_overlapping_iter(t) {
            let id = m.pattern().as_usize();
            if let Some(regexes) = self.gates.get(id) {
                for &r in regexes {
                    seen[r as usize] = true;
                }
            }
            occurrence(id, m.start(), m.end());
        }
    }

    /// The entries anchored on literal `id` (none for a gate literal) verified at its
    /// occurrence `start..end`; see [`Engine::scan`].
    #[inline]
    fn anchor_hit(
        &self,
        t: &str,
        id: usize,
        (start, end): (usize, usize),
        (ends, scratch): (&mut Vec<usize>, &mut (Vec<usize>, Vec<usize>)),
        hit: &mut impl FnMut(EntryId, usize, usize),
    ) {
        let Some(literal) = self.literals.get(id) else {
            return;
        };
        let (starts_word, ends_word) = self.edges[id];
        if starts_word && verify::word_before(t, start) {
            return;
        }
        let whole_ends = !(ends_word && verify::word_at(t, end));
        let (mut before, mut after) = (None, None);
        for r in self.refs_of(id) {
            let e = &self.entries[r.entry as usize];
            if !e.neighbors.prev_may_match(t, start, &mut before) {
                continue;
            }
            ends.clear();
            match r.kind {
                AnchorKind::Whole => {
                    if !whole_ends || !e.neighbors.next_may_match_at(t, end, &mut after) {
                        continue;
                    }
                    ends.push(end);
                }
                AnchorKind::Glob | AnchorKind::Prefix => {
                    let token = &e.tokens[e.anchor];
                    verify::anchor_ends(t, (start, end), literal, r.kind, token, ends);
                    if ends.is_empty() || !e.neighbors.next_may_match(t, ends) {
                        continue;
                    }
                }
            }
            if let Some((s, f)) = verify::verify(t, &e.tokens, e.anchor, start, ends, scratch) {
                hit(e.entry, s, f);
            }
        }
    }

    /// The plain form of [`Engine::scan`], every entry of every literal checked in full: what
    /// the tests compare it with.
    #[cfg(test)]
    fn scan_reference(&self, t: &str, mut hit: impl FnMut(EntryId, usize, usize)) {
        if self.literals.is_empty() {
            return;
        }
        // An automaton over the anchors alone, whether or not the engine has one.
        let ac = &AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&self.literals)
            .expect("the anchors build");
        let mut ends = Vec::new();
        let mut scratch = (Vec::new(), Vec::new());
        for m in ac.find_overlapping_iter(t) {
            let id = m.pattern().as_usize();
            let Some(literal) = self.literals.get(id) else {
                continue;
            };
            for r in self.refs_of(id) {
                let e = &self.entries[r.entry as usize];
                ends.clear();
                let at = (m.start(), m.end());
                verify::anchor_ends(t, at, literal, r.kind, &e.tokens[e.anchor], &mut ends);
                if ends.is_empty() {
                    continue;
                }
                if let Some((s, f)) =
                    verify::verify(t, &e.tokens, e.anchor, m.start(), &ends, &mut scratch)
                {
                    hit(e.entry, s, f);
                }
            }
        }
    }
}

impl Matcher {
    /// Compiles every entry of `set`. Fails, with every bad entry listed, only for a set that
    /// was not validated by [`LexiconSet::load`] (e.g. one built by hand).
    pub fn new(set: &LexiconSet) -> Result<Matcher, LexiconError> {
        // Compiling patterns (folding every spelling, conjugating verbs) is most of the work,
        // and entries are independent: they are compiled on all cores, in small chunks so that
        // a chunk of verbs does not hold the others up. The built-in patterns were compiled by
        // the build ([`super::programs`]), which finds them by their position in the set;
        // only the others are compiled here. Regular expressions are left for later: they
        // compile while the automata are built, except the built-in ones whose matches all
        // start with a few literals, which compile when a text first holds one of them.
        super::programs::prepare();
        let verbs = &pattern::VerbCache::default();
        let compiled: Vec<(bool, Option<Result<Compiled, String>>)> = set
            .entries
            .par_chunks(COMPILE_CHUNK)
            .enumerate()
            .flat_map_iter(|(c, chunk)| {
                chunk
                    .iter()
                    .enumerate()
                    .map(move |(k, entry)| {
                        let category = &set.categories[entry.category];
                        let is_exact =
                            category.exact || entry.pattern.trim_start().starts_with("exact:");
                        if pattern::regex_source(&entry.pattern).is_some() {
                            return (is_exact, None);
                        }
                        let options = PatternOptions {
                            exact: category.exact,
                            verb_lemma: category.kind == CategoryKind::ReportingVerb,
                            conjugate: true,
                        };
                        let position = c * COMPILE_CHUNK + k;
                        let result =
                            match super::programs::lookup(position, &entry.pattern, options) {
                                Some(tokens) => Ok(Compiled::Tokens(tokens)),
                                None => pattern::compile_with(&entry.pattern, options, verbs),
                            };
                        (is_exact, Some(result))
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        // Nearly every entry is matched on the folded view: its builder is sized for all of
        // them at once rather than grown (and copied) a dozen times.
        let mut folded = EngineBuilder {
            entries: Vec::with_capacity(compiled.len()),
        };
        let mut exact = EngineBuilder::default();
        let mut deferred = Vec::new();
        let mut regexes = Vec::new();
        let mut problems: Vec<(EntryId, String)> = Vec::new();
        let meta = set
            .entries
            .iter()
            .map(|e| (set.categories[e.category].kind.layer(), e.weight))
            .collect();
        for (id, (is_exact, result)) in compiled.into_iter().enumerate() {
            match result {
                None => deferred.push((id, is_exact)),
                Some(Ok(Compiled::Tokens(tokens))) if is_exact => exact.add(id, tokens),
                Some(Ok(Compiled::Tokens(tokens))) => folded.add(id, tokens),
                Some(Ok(Compiled::Regex(re))) => regexes.push(RegexEntry {
                    entry: id,
                    re: LazyRegex::Compiled(re),
                    exact: is_exact,
                    gated: false,
                }),
                Some(Err(reason)) => problems.push((id, reason)),
            }
        }
        // A built-in expression whose matches all start with one of a few literals is
        // compiled only when a text holds one of them. On the folded view, those literals go
        // into the folded engine's automaton, whose scan tells which occur in a text; on the
        // exact view, each is looked for with its own searcher.
        let mut lazy = Vec::new();
        let mut eager = Vec::new();
        for (id, is_exact) in deferred {
            let source = pattern::regex_source(&set.entries[id].pattern).unwrap_or("");
            match super::prefixes::prefixes(source) {
                Some(prefixes) => lazy.push((id, is_exact, source, prefixes)),
                None => eager.push((id, is_exact, source)),
            }
        }
        // Where each expression will stand in `regexes`, sorted by entry.
        let mut order: Vec<EntryId> = regexes.iter().map(|r| r.entry).collect();
        order.extend(lazy.iter().map(|l| l.0));
        order.extend(eager.iter().map(|e| e.0));
        order.sort_unstable();
        let mut gates: Vec<(u32, Vec<&[u8]>)> = lazy
            .iter()
            .filter(|&&(_, is_exact, _, _)| !is_exact)
            .map(|(id, _, _, prefixes)| {
                let position = order.binary_search(id).unwrap_or_default();
                (position as u32, prefixes.clone())
            })
            .collect();
        // The gate of the exact view, in the slot after the expressions.
        let any_exact_regex = regexes.iter().any(|r| r.exact)
            || lazy.iter().any(|l| l.1)
            || eager.iter().any(|e| e.1);
        let exact_literals: Vec<String> = if any_exact_regex {
            Vec::new()
        } else {
            exact
                .entries
                .iter()
                .flat_map(|e| anchor_literals(&e.tokens[e.anchor]).1)
                .map(|l| fold_chars(l, pattern::fold_options(false)))
                .collect()
        };
        let exact_gated =
            !exact_literals.is_empty() && !exact_literals.iter().any(String::is_empty);
        if exact_gated {
            let literals = exact_literals.iter().map(|l| l.as_bytes()).collect();
            gates.push((order.len() as u32, literals));
        }
        let (engines, late) = rayon::join(
            || rayon::join(|| folded.build(&gates), || exact.build(&[])),
            || {
                eager
                    .par_iter()
                    .map(|&(id, is_exact, source)| (id, is_exact, pattern::compile_regex(source)))
                    .collect::<Vec<_>>()
            },
        );
        for (entry, exact, result) in late {
            match result {
                Ok(re) => regexes.push(RegexEntry {
                    entry,
                    re: LazyRegex::Compiled(re),
                    exact,
                    gated: false,
                }),
                Err(reason) => problems.push((entry, reason)),
            }
        }
        for (entry, exact, source, prefixes) in lazy {
            regexes.push(RegexEntry {
                entry,
                re: LazyRegex::Deferred {
                    source: source.to_string(),
                    // The folded engine stands in for the searchers of a gated expression.
                    prefixes: if exact {
                        prefixes.into_iter().map(memmem::Finder::new).collect()
                    } else {
                        Vec::new()
                    },
                    re: OnceLock::new(),
                },
                exact,
                gated: !exact,
            });
        }
        regexes.sort_by_key(|r| r.entry);
        if !problems.is_empty() {
            // In the order of the entries, as when every pattern was compiled in one pass.
            problems.sort_by_key(|&(id, _)| id);
            let issues = problems
                .into_iter()
                .map(|(id, reason)| {
                    let entry = &set.entries[id];
                    LexiconIssue {
                        file: set
                            .files
                            .get(entry.file)
                            .map_or_else(String::new, |f| f.path.clone()),
                        line: entry.line,
                        reason,
                    }
                })
                .collect();
            return Err(LexiconError { issues });
        }
        let (folded, exact) = match engines {
            (Ok(f), Ok(e)) => (f, e),
            (Err(reason), _) | (_, Err(reason)) => {
                return Err(LexiconError {
                    issues: vec![LexiconIssue {
                        file: String::new(),
                        line: 0,
                        reason,
                    }],
                });
            }
        };
        Ok(Matcher {
            folded,
            exact,
            exact_gated,
            regexes,
            meta,
        })
    }

    /// Every match in `text[span]`, ordered by start (then longest first), after the overlap
    /// rule of `lexicons/README.md`: within a [`Layer`] matches never overlap.
    pub fn find(&self, text: &str, span: Span) -> Vec<Match> {
        // The overlap rule sorts the candidates in its own order and drops a repeated match
        // (it overlaps its twin), so they need not be sorted and deduplicated first.
        resolve(self.collect_candidates(text, span), &self.meta)
    }

    /// The matches of one layer only (see [`Matcher::find`]).
    pub fn find_layer(&self, text: &str, span: Span, layer: Layer) -> Vec<Match> {
        let mut found = self.find(text, span);
        found.retain(|m| self.layer(m.entry) == layer);
        found
    }

    /// Every place where an entry matches in `text[span]`, before the overlap rule: one match
    /// per entry and position, overlapping freely. This answers "which entries match this
    /// sentence" for `lexicon explain` and the example tests.
    pub fn find_candidates(&self, text: &str, span: Span) -> Vec<Match> {
        let mut found = self.collect_candidates(text, span);
        // The key is the whole match, so an unstable sort gives the same order.
        found.sort_unstable_by_key(|m| (m.span.start, Reverse(m.span.end), m.entry));
        found.dedup();
        found
    }

    /// The matches of [`Matcher::find_candidates`] in the order found, a match possibly
    /// more than once.
    fn collect_candidates(&self, text: &str, span: Span) -> Vec<Match> {
        let mut found = Vec::new();
        // Which gated expressions (and, in the last slot, the exact view) have one of their
        // literals in the folded view.
        let mut seen = vec![false; self.regexes.len() + 1];
        let wants_exact = !self.exact.is_empty() || self.regexes.iter().any(|r| r.exact);
        let wants_folded = !self.folded.is_empty() || self.regexes.iter().any(|r| !r.exact);
        let mut folded_scanned = false;
        for (exact, wanted) in [(false, wants_folded), (true, wants_exact)] {
            if !wanted {
                continue;
            }
            if exact && self.exact_gated && folded_scanned && !seen[self.regexes.len()] {
                continue;
            }
            let view = Normalized::new(text, span, pattern::fold_options(exact));
            let t = view.text.as_str();
            let mut push = |entry: EntryId, s: usize, e: usize| {
                if s < e {
                    found.push(Match {
                        span: view.to_raw(Span::new(s, e)),
                        entry,
                    });
                }
            };
            let engine = if exact { &self.exact } else { &self.folded };
            engine.scan(t, &mut seen, &mut push);
            for (i, r) in self.regexes.iter().enumerate() {
                if r.exact != exact {
                    continue;
                }
                // Every match of a gated expression starts with one of its literals, so a
                // text holding none has no match: skipping it, compiled or not, loses none.
                let re = if r.gated {
                    if !seen[i] {
                        continue;
                    }
                    r.re.compiled()
                } else {
                    r.re.for_text(t)
                };
                let Some(re) = re else { continue };
                for m in re.find_iter(t) {
                    push(r.entry, m.start(), m.end());
                }
            }
            folded_scanned |= !exact;
        }
        found
    }

    /// The layer of an entry's category.
    pub fn layer(&self, entry: EntryId) -> Layer {
        self.meta[entry].0
    }

    /// Number of distinct literals the automata look for (for benchmarks and diagnostics).
    pub fn anchor_count(&self) -> usize {
        self.folded.literals.len() + self.exact.literals.len()
    }

    /// The distinct literals the automata look for, folded view first.
    pub fn anchor_literals(&self) -> impl Iterator<Item = &str> {
        self.folded
            .literals
            .iter()
            .chain(&self.exact.literals)
            .map(String::as_str)
    }
}

/// Applies the overlap rule: within each layer, the leftmost match wins, then the longest, then
/// the heavier entry, then the entry loaded first; losers overlapping a winner are dropped.
/// `candidates` may hold a match more than once: a repeat overlaps the first of them, which
/// wins, and is dropped.
fn resolve(candidates: Vec<Match>, meta: &[(Layer, f64)]) -> Vec<Match> {
    // Two candidates that compare equal have the same entry and span: they are the same
    // match, so the sorts need not be stable. The order is that of the rule (layer, start,
    // longest, heaviest, first loaded), the key of each candidate computed once rather than
    // looked up in every comparison.
    let mut keyed: Vec<_> = candidates
        .into_iter()
        .map(|m| {
            let (layer, weight) = meta[m.entry];
            let key = (
                layer,
                m.span.start,
                Reverse(m.span.len()),
                Reverse(total_order_key(weight)),
                m.entry,
            );
            (key, m)
        })
        .collect();
    keyed.sort_unstable_by_key(|&(key, _)| key);
    let mut kept: Vec<Match> = Vec::with_capacity(keyed.len());
    let mut layer_end: Option<(Layer, usize)> = None;
    for ((layer, ..), m) in keyed {
        match layer_end {
            Some((l, end)) if l == layer && m.span.start < end => continue,
            _ => {}
        }
        layer_end = Some((layer, m.span.end));
        kept.push(m);
    }
    kept.sort_unstable_by_key(|m| (m.span.start, Reverse(m.span.end), m.entry));
    kept
}

/// An integer that orders weights as [`f64::total_cmp`] does: the same transformation of the
/// bits as the standard library's (negative numbers have their other bits flipped, so that
/// they order backwards, then the bits compare as a signed integer).
fn total_order_key(w: f64) -> i64 {
    let bits = w.to_bits() as i64;
    bits ^ ((((bits >> 63) as u64) >> 1) as i64)
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use proptest::prelude::*;

    use super::*;
    use crate::lexicon::LoadOptions;

    /// The matcher of the built-in lexicons, and the examples of their entries.
    static BUILTIN: LazyLock<(Matcher, Vec<String>)> = LazyLock::new(|| {
        let set = LexiconSet::load(&LoadOptions {
            builtin: true,
            paths: Vec::new(),
        })
        .expect("the built-in lexicons load");
        let examples = set
            .entries
            .iter()
            .flat_map(|e| e.examples.iter().chain(&e.counter_examples).cloned())
            .collect();
        (
            Matcher::new(&set).expect("the built-in lexicons compile"),
            examples,
        )
    });

    /// Every hit of both engines on `text`, sorted, by [`Engine::scan`] and by
    /// [`Engine::scan_reference`].
    fn both_scans(matcher: &Matcher, text: &str) -> [Vec<(EntryId, usize, usize)>; 2] {
        let mut out = [Vec::new(), Vec::new()];
        for (exact, engine) in [(false, &matcher.folded), (true, &matcher.exact)] {
            let view =
                Normalized::new(text, Span::new(0, text.len()), pattern::fold_options(exact));
            let t = view.text.as_str();
            engine.scan(t, &mut vec![false; matcher.regexes.len() + 1], |e, s, f| {
                out[0].push((e, s, f))
            });
            engine.scan_reference(t, |e, s, f| out[1].push((e, s, f)));
        }
        // The word index reports the anchors word by word, the automaton by their ends: the
        // same hits in another order, which the matcher sorts.
        for hits in &mut out {
            hits.sort_unstable();
        }
        out
    }

    /// The shared checks and the neighbour filter of [`Engine::scan`] drop no hit and add
    /// none, on the examples of every built-in entry and the shipped articles.
    #[test]
    fn scan_finds_what_the_reference_scan_finds() {
        let (matcher, examples) = &*BUILTIN;
        let mut texts = examples.clone();
        texts.extend(crate::lexicon::shipped_texts(&["samples", "eval/corpus"]));
        assert!(texts.len() > 5_000, "only {} texts", texts.len());
        let mut hits = 0;
        for text in &texts {
            let [fast, reference] = both_scans(matcher, text);
            assert_eq!(fast, reference, "{text:?}");
            hits += fast.len();
        }
        assert!(hits > 10_000, "only {hits} hits");
    }

    /// The scan of the folded view marks a gated expression exactly when the view holds one
    /// of its literals, and an expression left unmarked has no match there: on the examples
    /// and the shipped articles, searching only the marked expressions loses no match.
    #[test]
    fn gated_expressions_are_marked_where_they_can_match() {
        let (matcher, examples) = &*BUILTIN;
        let mut texts = examples.clone();
        texts.extend(crate::lexicon::shipped_texts(&["samples", "eval/corpus"]));
        let gated: Vec<usize> = (0..matcher.regexes.len())
            .filter(|&i| matcher.regexes[i].gated)
            .collect();
        assert!(gated.len() > 20, "only {} gated expressions", gated.len());
        let (mut marked, mut matched) = (0, 0);
        for text in &texts {
            let span = Span::new(0, text.len());
            let t = Normalized::new(text, span, pattern::fold_options(false)).text;
            let mut seen = vec![false; matcher.regexes.len() + 1];
            matcher.folded.scan(&t, &mut seen, |_, _, _| {});
            for &i in &gated {
                let r = &matcher.regexes[i];
                let LazyRegex::Deferred { source, .. } = &r.re else {
                    panic!("a gated expression is deferred");
                };
                let literals = crate::lexicon::prefixes::prefixes(source).expect("literals");
                let holds = literals
                    .iter()
                    .any(|l| memmem::find(t.as_bytes(), l).is_some());
                assert_eq!(seen[i], holds, "{source:?} in {text:?}");
                let re = r.re.compiled().expect("compiles");
                if !seen[i] {
                    assert!(!re.is_match(&t), "{source:?} in {text:?}");
                } else {
                    marked += 1;
                    matched += usize::from(re.is_match(&t));
                }
            }
        }
        assert!(marked > 100 && matched > 50, "{marked} {matched}");
    }

    #[test]
    fn weight_keys_order_as_total_cmp() {
        let weights = [
            f64::NEG_INFINITY,
            -2.5,
            -1.0,
            -f64::MIN_POSITIVE,
            -0.0,
            0.0,
            f64::MIN_POSITIVE,
            0.5,
            1.0,
            1.5,
            2.0,
            f64::MAX,
            f64::INFINITY,
            f64::NAN,
            -f64::NAN,
        ];
        for a in weights {
            for b in weights {
                assert_eq!(
                    total_order_key(a).cmp(&total_order_key(b)),
                    a.total_cmp(&b),
                    "{a} {b}"
                );
            }
        }
    }

    /// The overlap rule gives the same matches whatever the order of its candidates and
    /// when some are repeated (as [`Matcher::find`] gives them, unsorted).
    #[test]
    fn resolve_ignores_order_and_repeats() {
        let (matcher, examples) = &*BUILTIN;
        let mut texts: Vec<String> = examples.iter().take(2_000).cloned().collect();
        texts.extend(crate::lexicon::shipped_texts(&["samples"]));
        for text in &texts {
            let span = Span::new(0, text.len());
            let sorted = matcher.find_candidates(text, span);
            let mut shuffled = matcher.collect_candidates(text, span);
            shuffled.reverse();
            shuffled.extend(sorted.iter().step_by(2).copied());
            assert_eq!(
                resolve(shuffled, &matcher.meta),
                resolve(sorted, &matcher.meta),
                "{text:?}"
            );
        }
    }

    /// A text turned away by the gate of the exact view holds none of the exact engine's
    /// literals in that view; on the examples and the shipped articles, the gate turns most
    /// texts away and lets through every text with an exact hit.
    #[test]
    fn the_exact_gate_turns_away_only_texts_without_exact_literals() {
        let (matcher, examples) = &*BUILTIN;
        assert!(matcher.exact_gated, "the built-ins have a gate");
        assert!(
            !matcher.exact.is_empty(),
            "the built-ins have exact entries"
        );
        // The exact engine's anchors are looked up by word: an automaton over them finds
        // every occurrence, anywhere.
        let exact_ac = &AhoCorasick::new(&matcher.exact.literals).expect("the anchors build");
        let (mut turned_away, mut with_hits) = (0, 0);
        let texts = examples
            .iter()
            .map(String::as_str)
            .chain(TRICKY.iter().copied());
        for text in texts {
            let span = Span::new(0, text.len());
            let folded = Normalized::new(text, span, pattern::fold_options(false)).text;
            let exact = Normalized::new(text, span, pattern::fold_options(true)).text;
            let found = exact_ac.find_overlapping_iter(&exact).count();
            let mut seen = vec![false; matcher.regexes.len() + 1];
            matcher.folded.scan(&folded, &mut seen, |_, _, _| {});
            if !seen[matcher.regexes.len()] {
                turned_away += 1;
                assert_eq!(found, 0, "{text:?}");
            } else if found > 0 {
                with_hits += 1;
            }
        }
        assert!(turned_away > 5_000, "{turned_away}");
        assert!(with_hits >= 4, "{with_hits}");
    }

    /// Spellings of the exact entries' words that fold differently.
    const TRICKY: &[&str] = &[
        "Le péché, les péchés, PÉCHÉ, Pe\u{301}che\u{301}, pêche, peche.",
        "Un pantin, des pantins, PANTIN, Pan\u{AD}tin, pan-tin.",
    ];

    /// Words of the built-in lexicons' examples, so that random texts hold multi-word
    /// entries, their near misses and their neighbours.
    static WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
        let mut words: Vec<String> = BUILTIN
            .1
            .iter()
            .flat_map(|e| e.split_whitespace().map(str::to_string))
            .collect();
        words.sort();
        words.dedup();
        words
    });

    fn text_of_words() -> impl Strategy<Value = String> {
        let separators = [
            " ", " ", " ", ", ", "-", "'", "’", "\n", ". ", " « ", " » ", "\n\n",
        ];
        proptest::collection::vec((any::<prop::sample::Index>(), 0..separators.len()), 0..40)
            .prop_map(move |picks| {
                let mut s = String::new();
                for (word, sep) in picks {
                    s.push_str(&WORDS[word.index(WORDS.len())]);
                    s.push_str(separators[sep]);
                }
                s
            })
    }

    proptest! {
        #[test]
        fn scan_agrees_with_the_reference_on_random_texts(text in text_of_words()) {
            let [fast, reference] = both_scans(&BUILTIN.0, &text);
            prop_assert_eq!(fast, reference);
        }
    }
}
