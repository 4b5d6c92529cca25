//! Normalization with an offset map back to the raw text.
//!
//! Lexicon patterns and cue words are matched on a normalized view of the text rather than on
//! the raw bytes, because the same French word reaches us in many spellings: precomposed or
//! decomposed accents, three kinds of apostrophe, no-break spaces, `œ` or `oe`, capitals. The
//! view is, in order: NFC; `\r\n` and every other line separator → `\n`; apostrophes
//! (’ ʼ ′ ‘ ` ´) → `'`; every Unicode space and tab → ` ` (runs are kept, not collapsed);
//! hyphens, dashes and the minus sign → `-`; invisible characters (soft hyphen, zero-width
//! space and joiners, word joiner, byte-order mark) removed; then, as [`FoldOptions`] ask,
//! lower case (`ß` → `ss`), no accents (é → e, ç → c, ø → o); and always `œ` → `oe`, `æ` →
//! `ae`, `ﬁ` → `fi`. Quote marks stay as they are: later stages look for them. The folding of
//! one character is defined once, in `fold.rs`.
//!
//! # The offset map
//!
//! The raw text is cut into *units*, contiguous runs of raw characters that are normalized
//! together: one character; a `\r\n` pair; or a character followed by the combining marks
//! (and other characters that NFC may merge into it) that come after it, at most 32
//! characters. Every normalized byte records the raw offset where its unit starts, so the map
//! is non-decreasing. A unit that produces nothing (a soft hyphen, a lone accent with accents
//! folded) is a *gap*; gaps are remembered apart so that a span never claims them at its end.
//!
//! - [`Normalized::to_raw`] of a normalized span made of whole normalized characters is the
//!   raw span from the start of the first unit it touches to the end of the last unit it
//!   touches (gaps after that unit excluded): exactly the raw characters that produced it,
//!   always on raw character boundaries. A span that covers only part of a unit's output
//!   (the `o` of `œ` → `oe`) maps to the whole unit (`œ`).
//! - [`Normalized::from_raw`] of a raw offset is the first normalized byte produced by a unit
//!   starting at or after that offset.
//! - Round trip: for a non-empty normalized span `s`, `r = to_raw(s)` satisfies
//!   `from_raw(r.start) <= s.start` and `from_raw(r.end) >= s.end`, with equality when `s`
//!   starts and ends on unit boundaries (which every span of whole words does).
//!
//! # Speed
//!
//! This runs on every byte of every article. ASCII runs are copied through a 128-entry table;
//! characters below U+0180 (all French letters) and General Punctuation (’ “ ” – — … and the
//! thin and narrow no-break spaces) through precomputed tables; only a character followed by
//! a combining mark, or one outside those blocks, goes through `unicode-normalization` and the
//! general folding function. `benches/text.rs` measures it against plain NFC + lower-casing
//! (about ten times faster on French news, map included).
//!
//! Offsets are stored as `u32`: a text longer than 4 GiB cannot be normalized (the input stage
//! never produces one: it skips articles above its size limit, 256 MiB by default).

// The paths are spelled out because `build.rs` includes this file by path to fold the built-in
// patterns at build time, and a file included that way looks for its submodules beside itself.
#[path = "normalize/fold.rs"]
mod fold;
#[path = "normalize/words.rs"]
mod words;

use std::iter;

use unicode_normalization::char::{canonical_combining_class, decompose_canonical};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::span::Span;

pub use words::{Words, count_words, is_alphanumeric, is_word_char, words};

/// What to fold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FoldOptions {
    /// Lower-case the text (`ß` → `ss`).
    pub case: bool,
    /// Remove accents (é → e, ç → c).
    pub accents: bool,
}

impl Default for FoldOptions {
    fn default() -> FoldOptions {
        FoldOptions {
            case: true,
            accents: true,
        }
    }
}

/// A normalized view of part of a raw text, with the map back to raw byte offsets.
#[derive(Clone, Debug, Default)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// `map[i]` is the raw byte offset where the unit that produced normalized byte `i`
    /// starts; `map[text.len()]` is the raw end of the normalized region. Non-decreasing.
    map: Vec<u32>,
    /// Raw ranges of units that produced nothing, sorted, adjacent ones merged.
    gaps: Vec<(u32, u32)>,
    /// The raw span this view was made from.
    raw: Span,
}

impl Normalized {
    /// Normalizes `raw[span]`. `span` must lie on character boundaries of `raw`.
    ///
    /// ```
    /// use cadrage::normalize::{FoldOptions, Normalized};
    /// use cadrage::Span;
    ///
    /// let raw = "L’ŒUVRE\u{202F}: é\u{301}té";
    /// let n = Normalized::new(raw, Span::new(0, raw.len()), FoldOptions::default());
    /// assert_eq!(n.text, "l'oeuvre : ete");
    /// // "oeuvre" in the view is "ŒUVRE" in the raw text.
    /// let at = n.text.find("oeuvre").unwrap();
    /// let raw_span = n.to_raw(Span::new(at, at + "oeuvre".len()));
    /// assert_eq!(raw_span.slice(raw), "ŒUVRE");
    /// ```
    pub fn new(raw: &str, span: Span, options: FoldOptions) -> Normalized {
        let mut sink = MapSink {
            map: Vec::with_capacity(span.len() + 1),
            gaps: Vec::new(),
        };
        let mut out = Vec::with_capacity(span.len());
        normalize_into(raw, span, options, &mut out, &mut sink);
        sink.map.push(offset(span.end));
        Normalized {
            text: into_string(out),
            map: sink.map,
            gaps: sink.gaps,
            raw: span,
        }
    }

    /// Maps a span of the normalized text back to the raw text (see the module documentation
    /// for the exact contract). `norm` must lie within [`Normalized::text`].
    pub fn to_raw(&self, norm: Span) -> Span {
        let start = self.map[norm.start];
        if norm.is_empty() {
            return Span::new(start as usize, start as usize);
        }
        let last = self.map[norm.end - 1];
        // The map is non-decreasing and `map[text.len()]` is the raw end, which no unit
        // starts at, so the first entry after `norm.end` that differs from `last` exists: it
        // is where the next producing unit starts.
        let next = norm.end + self.map[norm.end..].partition_point(|&m| m == last);
        let mut end = self.map[next];
        let gap = self.gaps.partition_point(|&(_, gap_end)| gap_end < end);
        if let Some(&(gap_start, gap_end)) = self.gaps.get(gap)
            && gap_end == end
            && gap_start > last
        {
            end = gap_start;
        }
        Span::new(start as usize, end as usize)
    }

    /// The normalized offset of the first normalized byte produced at or after raw offset
    /// `raw` (the length of the normalized text when there is none).
    pub fn from_raw(&self, raw: usize) -> usize {
        self.map.partition_point(|&m| (m as usize) < raw)
    }

    /// The raw span this view was made from.
    pub fn raw_span(&self) -> Span {
        self.raw
    }
}

/// Folds a whole string the way [`Normalized::new`] does, without the offset map: the
/// function for the pattern side of a matcher, so that patterns and text fold alike.
pub fn fold(s: &str, options: FoldOptions) -> String {
    let mut out = Vec::with_capacity(s.len());
    normalize_into(s, Span::new(0, s.len()), options, &mut out, &mut NoMap);
    into_string(out)
}

/// Folds every character of `s` on its own, without NFC and without cutting `s` into units.
///
/// The view of a text folded with `options` is this function applied to the exact view of the
/// same text (case and accents kept, [`FoldOptions`] both false): each unit of the raw text
/// folds to the characters of its NFC folded one by one, in both views, and folding a
/// character fully gives what folding each character of its exact folding fully gives (the
/// test `full_folding_goes_through_exact_folding` checks every character). So a string that
/// occurs in the exact view of a text occurs, passed through this function, in its folded
/// view: the matcher uses it to skip the exact view of texts that cannot hold its literals.
pub fn fold_chars(s: &str, options: FoldOptions) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold::fold_char(c, options, &mut |f| out.push(f));
    }
    out
}

/// Where the map entries go: [`MapSink`] records them, [`NoMap`] drops them (for [`fold`]).
trait Sink {
    /// Normalized bytes `from..to` came from the unit starting at raw offset `at`.
    fn unit(&mut self, at: usize, from: usize, to: usize);
    /// The raw units `at..end` produced nothing.
    fn gap(&mut self, at: usize, end: usize);
    /// Normalized bytes `from..to` came one to one from raw bytes `at..`.
    fn one_to_one(&mut self, at: usize, from: usize, to: usize);
}

struct MapSink {
    map: Vec<u32>,
    gaps: Vec<(u32, u32)>,
}

impl Sink for MapSink {
    fn unit(&mut self, at: usize, from: usize, to: usize) {
        let at = offset(at);
        self.map.extend(iter::repeat_n(at, to - from));
    }

    fn gap(&mut self, at: usize, end: usize) {
        let (at, end) = (offset(at), offset(end));
        match self.gaps.last_mut() {
            Some(last) if last.1 == at => last.1 = end,
            _ => self.gaps.push((at, end)),
        }
    }

    fn one_to_one(&mut self, at: usize, from: usize, to: usize) {
        let at = offset(at);
        self.map.extend(at..at + (to - from) as u32);
    }
}

struct NoMap;

impl Sink for NoMap {
    fn unit(&mut self, _: usize, _: usize, _: usize) {}
    fn gap(&mut self, _: usize, _: usize) {}
    fn one_to_one(&mut self, _: usize, _: usize, _: usize) {}
}

fn offset(raw: usize) -> u32 {
    u32::try_from(raw).expect("texts over 4 GiB cannot be normalized")
}

/// The normalized bytes are built from whole UTF-8 encodings of characters, so they are valid
/// UTF-8; the check is linear and cheap next to normalization itself.
fn into_string(out: Vec<u8>) -> String {
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// At most this many characters are normalized together, which keeps NFC linear on a
/// pathological run of thousands of combining marks (NFC reorders the marks of a unit).
const MAX_UNIT_CHARS: usize = 32;

fn normalize_into(
    raw: &str,
    span: Span,
    options: FoldOptions,
    out: &mut Vec<u8>,
    sink: &mut impl Sink,
) {
    let table = fold::table(options);
    let bytes = raw.as_bytes();
    let end = span.end;
    let mut i = span.start;
    while i < end {
        let b = bytes[i];
        if b < 0x80 && b != b'\r' {
            // An ASCII run. Its last character joins the next unit when a combining mark
            // (or another character NFC may merge) follows it.
            let mut j = ascii_run_end(bytes, i + 1, end);
            while j < end && bytes[j] < 0x80 && bytes[j] != b'\r' {
                j += 1;
            }
            let run_end = if j < end && !starts_boundary(raw, j) {
                j - 1
            } else {
                j
            };
            let from = out.len();
            fold_ascii(table, &bytes[i..run_end], out);
            sink.one_to_one(i, from, out.len());
            if run_end == j {
                i = j;
                continue;
            }
            i = run_end;
        }
        let (c, next) = char_at(bytes, raw, i);
        if c == '\r' && bytes.get(next) == Some(&b'\n') && next < end {
            let from = out.len();
            out.push(b'\n');
            sink.unit(i, from, out.len());
            i = next + 1;
            continue;
        }
        if let Some(folded) = table.lookup(c)
            && (next >= end || starts_boundary(raw, next))
        {
            let from = out.len();
            match folded.as_bytes() {
                [] => sink.gap(i, next),
                // Most tabled characters fold to one byte (`é`, `’`, the no-break spaces):
                // pushed without a call to copy a slice of unknown length.
                &[b] => {
                    out.push(b);
                    sink.unit(i, from, out.len());
                }
                bytes => {
                    out.extend_from_slice(bytes);
                    sink.unit(i, from, out.len());
                }
            }
            i = next;
            continue;
        }
        i = general_unit(raw, i, end, options, out, sink);
    }
}

/// Appends the folded form of `run`, bytes below 0x80: each byte's entry in the table, eight
/// bytes at a time where [`fold::Table::folds_plain`] gives them.
#[inline]
fn fold_ascii(table: &fold::Table, run: &[u8], out: &mut Vec<u8>) {
    // Appended, not written over a zeroed stretch: most runs are a few bytes between two
    // accented letters, where zeroing first cost as much as folding.
    out.reserve(run.len());
    let mut chunks = run.chunks_exact(8);
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        match table.folds_plain(w) {
            Some(folded) => out.extend_from_slice(&folded.to_le_bytes()),
            None => out.extend(chunk.iter().map(|&b| table.ascii[usize::from(b)])),
        }
    }
    out.extend(
        chunks
            .remainder()
            .iter()
            .map(|&b| table.ascii[usize::from(b)]),
    );
}

/// Skips eight bytes at a time from `i` while none of them is non-ASCII or `\r`: a lower
/// bound of where the ASCII run ends, which the byte loop after it finishes. A chunk that holds
/// such a byte is left to that loop; the test for `\r` may also stop at a chunk without one
/// (the borrow of the zero-byte test runs past the first zero byte), which only leaves more to
/// the loop.
#[inline]
fn ascii_run_end(bytes: &[u8], mut i: usize, end: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    const CR: u64 = ONES * b'\r' as u64;
    while let Some(chunk) = bytes.get(i..end).and_then(|b| b.first_chunk::<8>()) {
        let w = u64::from_le_bytes(*chunk);
        let cr = w ^ CR;
        if (w | (cr.wrapping_sub(ONES) & !cr)) & HIGH != 0 {
            break;
        }
        i += 8;
    }
    i
}

/// Normalizes the unit that starts at `start` through NFC and the general folding function;
/// returns where the next unit starts.
fn general_unit(
    raw: &str,
    start: usize,
    end: usize,
    options: FoldOptions,
    out: &mut Vec<u8>,
    sink: &mut impl Sink,
) -> usize {
    let mut chars = ['\0'; MAX_UNIT_CHARS];
    let mut n = 0;
    let mut at = start;
    for c in raw[start..end].chars() {
        if n == MAX_UNIT_CHARS || (n > 0 && is_boundary(c)) {
            break;
        }
        chars[n] = c;
        n += 1;
        at += c.len_utf8();
    }
    let from = out.len();
    let mut push = |f: char| {
        let mut buf = [0u8; 4];
        out.extend_from_slice(f.encode_utf8(&mut buf).as_bytes());
    };
    if n == 1 && is_nfc_quick(iter::once(chars[0])) == IsNormalized::Yes {
        fold::fold_char(chars[0], options, &mut push);
    } else {
        for c in chars[..n].iter().copied().nfc() {
            fold::fold_char(c, options, &mut push);
        }
    }
    if out.len() == from {
        sink.gap(start, at);
    } else {
        sink.unit(start, from, out.len());
    }
    at
}

/// The character at byte `i` (a character boundary) and the offset after it, decoding the
/// two- and three-byte forms of Latin letters and punctuation inline.
#[inline]
fn char_at(bytes: &[u8], raw: &str, i: usize) -> (char, usize) {
    let b = bytes[i];
    let decoded = match b {
        0xC2..=0xDF if i + 1 < bytes.len() => {
            char::from_u32(u32::from(b & 0x1F) << 6 | u32::from(bytes[i + 1] & 0x3F))
                .map(|c| (c, i + 2))
        }
        0xE2 if i + 2 < bytes.len() => char::from_u32(
            0x2000 | u32::from(bytes[i + 1] & 0x3F) << 6 | u32::from(bytes[i + 2] & 0x3F),
        )
        .map(|c| (c, i + 3)),
        _ => None,
    };
    decoded.unwrap_or_else(|| {
        let c = raw[i..].chars().next().unwrap_or('\u{FFFD}');
        (c, i + c.len_utf8())
    })
}

/// True when the character starting at byte `i` of `raw` begins a new unit: nothing before it
/// can change under NFC because of it.
fn starts_boundary(raw: &str, i: usize) -> bool {
    // UTF-8 lead bytes below 0xCC encode characters below U+0300: none of them combines with
    // what precedes it.
    let b = raw.as_bytes()[i];
    b < 0xCC || is_boundary(raw[i..].chars().next().unwrap_or('\u{FFFD}'))
}

/// A character is a unit boundary when NFC can never make it interact with what precedes
/// it: a starter (combining class 0) that never composes with a preceding character (its NFC
/// quick check is not "maybe") and whose canonical decomposition, if it changes under NFC,
/// starts with such a starter too (U+2000 → U+2002 and U+212B → `A` + ring qualify; the
/// Tibetan vowel U+0F73, whose decomposition starts with a combining mark, does not).
fn is_boundary(c: char) -> bool {
    if (c as u32) < 0x300 {
        return true;
    }
    if canonical_combining_class(c) != 0 {
        return false;
    }
    match is_nfc_quick(iter::once(c)) {
        IsNormalized::Yes => true,
        IsNormalized::Maybe => false,
        IsNormalized::No => {
            let mut first = None;
            decompose_canonical(c, |d| {
                first.get_or_insert(d);
            });
            first.is_some_and(|d| {
                canonical_combining_class(d) == 0
                    && is_nfc_quick(iter::once(d)) != IsNormalized::Maybe
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Folding ASCII eight bytes at a time gives each byte's entry in the table: every byte
    /// value at every place of a run, under the four sets of options, from runs of every
    /// length up to 20.
    #[test]
    fn ascii_runs_fold_as_the_table_says() {
        for index in 0..4 {
            let options = FoldOptions {
                case: index & 1 != 0,
                accents: index & 2 != 0,
            };
            let table = fold::table(options);
            assert!(table.plain.is_some(), "{options:?}");
            for b in 0..0x80u8 {
                for at in 0..20 {
                    let mut run = b"Le Monde, 12 AOUT zz".to_vec();
                    run[at] = b;
                    for len in 0..=run.len() {
                        let mut out = b"xy".to_vec();
                        fold_ascii(table, &run[..len], &mut out);
                        let mut expected = b"xy".to_vec();
                        expected.extend(run[..len].iter().map(|&b| table.ascii[usize::from(b)]));
                        assert_eq!(out, expected, "{b:#x} at {at}, {len} bytes, {options:?}");
                    }
                }
            }
        }
    }

    fn norm(raw: &str) -> Normalized {
        Normalized::new(raw, Span::new(0, raw.len()), FoldOptions::default())
    }

    /// The raw text behind the normalized occurrence of `needle`.
    fn raw_of(raw: &str, needle: &str) -> String {
        let n = norm(raw);
        let at = n.text.find(needle).expect("needle in normalized text");
        n.to_raw(Span::new(at, at + needle.len()))
            .slice(raw)
            .to_string()
    }

    #[test]
    fn folds_a_french_sentence() {
        let raw = "L’ÉTAT\u{00A0}— «\u{202F}Cœur\u{202F}»\tça\r\nVA-T-IL\u{00AD}?";
        assert_eq!(norm(raw).text, "l'etat - « coeur » ca\nva-t-il?");
    }

    #[test]
    fn decomposed_and_precomposed_fold_alike() {
        assert_eq!(norm("Ve\u{301}rite\u{301}").text, norm("Vérité").text);
        let keep_accents = FoldOptions {
            case: true,
            accents: false,
        };
        let a = Normalized::new("E\u{301}té", Span::new(0, 6), keep_accents);
        assert_eq!(a.text, "été");
    }

    #[test]
    fn maps_expansions_contractions_and_gaps() {
        assert_eq!(raw_of("un cœur las", "coeur"), "cœur");
        assert_eq!(raw_of("un cœur las", "o"), "œ");
        assert_eq!(raw_of("un cœur las", "e"), "œ");
        assert_eq!(
            raw_of("la ve\u{301}rite\u{301}.", "verite"),
            "ve\u{301}rite\u{301}"
        );
        assert_eq!(raw_of("ligne\r\nsuite", "\n"), "\r\n");
        assert_eq!(
            raw_of("gouver\u{00AD}nement", "gouvernement"),
            "gouver\u{00AD}nement"
        );
        assert_eq!(raw_of("gouver\u{00AD}nement", "gouver"), "gouver");
        assert_eq!(raw_of("gouver\u{00AD}nement", "nement"), "nement");
        assert_eq!(raw_of("mot\u{200B}", "mot"), "mot");
        assert_eq!(raw_of("straße", "ss"), "ß");
    }

    #[test]
    fn from_raw_finds_the_first_byte_at_or_after() {
        let raw = "aœb";
        let n = norm(raw);
        assert_eq!(n.text, "aoeb");
        assert_eq!(n.from_raw(0), 0);
        assert_eq!(n.from_raw(1), 1);
        assert_eq!(n.from_raw(2), 3);
        assert_eq!(n.from_raw(3), 3);
        assert_eq!(n.from_raw(4), 4);
    }

    #[test]
    fn normalizes_a_sub_span_with_raw_offsets() {
        let raw = "Titre\n\nLe Défi";
        let n = Normalized::new(raw, Span::new(7, raw.len()), FoldOptions::default());
        assert_eq!(n.text, "le defi");
        assert_eq!(n.to_raw(Span::new(3, 7)), Span::new(10, raw.len()));
        assert_eq!(n.raw_span(), Span::new(7, raw.len()));
    }

    #[test]
    fn fold_matches_the_view() {
        let raw = "Ἀθῆναι, l’Œuvre ﬁnale, e\u{301}\u{327}";
        assert_eq!(fold(raw, FoldOptions::default()), norm(raw).text);
    }

    /// What [`fold_chars`] relies on: for every character, full folding equals exact
    /// folding followed by full folding of each resulting character.
    #[test]
    fn full_folding_goes_through_exact_folding() {
        let exact = FoldOptions {
            case: false,
            accents: false,
        };
        let full = FoldOptions::default();
        let mut direct = String::new();
        let mut through = String::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            direct.clear();
            through.clear();
            fold::fold_char(c, full, &mut |f| direct.push(f));
            fold::fold_char(c, exact, &mut |d| {
                fold::fold_char(d, full, &mut |f| through.push(f));
            });
            assert_eq!(direct, through, "{c:?} U+{:04X}", c as u32);
        }
    }

    /// The property [`fold_chars`] documents, on texts: the folded view is the exact view
    /// folded character by character.
    #[test]
    fn the_folded_view_is_the_exact_view_folded_char_by_char() {
        let exact = FoldOptions {
            case: false,
            accents: false,
        };
        for raw in [
            "L’ÉTAT\u{00A0}— «\u{202F}Cœur\u{202F}»\tça\r\nVA-T-IL\u{00AD}?",
            "Ve\u{301}rite\u{301} PE\u{301}CHE\u{301} ﬁnale Ĳssel STRASSE straße İstanbul",
            "Ἀθῆναι, l’Œuvre, e\u{301}\u{327}, Å, \u{212B}, \u{2000}x\u{200B}y",
        ] {
            let span = Span::new(0, raw.len());
            let exact_view = Normalized::new(raw, span, exact).text;
            let folded_view = Normalized::new(raw, span, FoldOptions::default()).text;
            assert_eq!(fold_chars(&exact_view, FoldOptions::default()), folded_view);
        }
    }

    #[test]
    fn ascii_runs_are_skipped_up_to_the_chunk_of_their_end() {
        for special in [b'\r', 0x80, 0xC3, 0xFF] {
            for neighbour in [b'a', b'\x0C', b'\x0E', b'\x0D' ^ 0x20, 0x7F] {
                for at in 0..24 {
                    let mut bytes = vec![neighbour; 24];
                    bytes[at] = special;
                    for from in 0..=at {
                        let j = ascii_run_end(&bytes, from, bytes.len());
                        // Never past the special byte, and never a whole chunk short of it.
                        assert!(
                            j <= at && at < j + 8,
                            "{special} {neighbour} {at} {from}: {j}"
                        );
                    }
                }
            }
            let clean = [b'a'; 19];
            assert_eq!(ascii_run_end(&clean, 2, clean.len()), 18);
            assert_eq!(ascii_run_end(&clean, 2, 9), 2);
        }
    }

    #[test]
    fn a_long_run_of_combining_marks_is_cut_into_units() {
        let raw = format!("a{}b", "\u{301}".repeat(1000));
        let n = norm(&raw);
        assert_eq!(n.text, "ab");
        assert_eq!(n.to_raw(Span::new(1, 2)).slice(&raw), "b");
    }
}
