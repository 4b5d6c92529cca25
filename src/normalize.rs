//! Normalization with an offset map back to the raw text.
//!
//! Lexicon patterns and cue words are matched on a normalized view of the text: NFC, one
//! apostrophe, one space, one hyphen, œ → oe, lower case and, by default, no accents. The view
//! keeps, for every byte it holds, the offset of the raw byte it came from, so a match in the
//! normalized view maps back to an exact byte span of the raw input.

use crate::span::Span;

/// What to fold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FoldOptions {
    /// Lower-case the text.
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
    /// `map[i]` is the raw byte offset of the character that produced normalized byte `i`;
    /// `map[text.len()]` is the raw end of the normalized region.
    map: Vec<u32>,
}

impl Normalized {
    /// Normalizes `raw[span]`.
    pub fn new(raw: &str, span: Span, options: FoldOptions) -> Normalized {
        // Placeholder until the normalization stage lands: lower case only, char by char.
        let mut text = String::with_capacity(span.len());
        let mut map = Vec::with_capacity(span.len() + 1);
        for (i, c) in raw[span.start..span.end].char_indices() {
            let at = (span.start + i) as u32;
            let mut push = |c: char| {
                let mut buf = [0u8; 4];
                for _ in 0..c.encode_utf8(&mut buf).len() {
                    map.push(at);
                }
                text.push(c);
            };
            if options.case {
                for l in c.to_lowercase() {
                    push(l);
                }
            } else {
                push(c);
            }
        }
        map.push(span.end as u32);
        Normalized { text, map }
    }

    /// Maps a span of the normalized text back to the raw text.
    ///
    /// The raw span starts at the raw character that produced `norm.start` and ends after the
    /// raw character that produced the byte before `norm.end`.
    pub fn to_raw(&self, norm: Span) -> Span {
        let start = self.map[norm.start] as usize;
        if norm.is_empty() {
            return Span::new(start, start);
        }
        // The end is the raw start of the first normalized byte that comes from a later char.
        let last = self.map[norm.end - 1];
        let mut j = norm.end;
        while j < self.map.len() - 1 && self.map[j] == last {
            j += 1;
        }
        Span::new(start, self.map[j] as usize)
    }

    /// The normalized offset of the first normalized byte at or after raw offset `raw`.
    pub fn from_raw(&self, raw: usize) -> usize {
        self.map.partition_point(|&m| (m as usize) < raw)
    }
}
