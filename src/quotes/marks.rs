//! The quotation marks of one paragraph, with the context the pairing rules read.
//!
//! Every candidate mark is found with one `memchr3` pass over the paragraph (the marks all
//! start with `"`, 0xC2 or 0xE2 in UTF-8), then kept with what surrounds it: whether a space
//! precedes and follows it, and the first non-space character after it. The curly apostrophe
//! ’ between two letters (l’armée, aujourd’hui, qu’il) and the opening ‘ misused as an
//! apostrophe between two letters are not marks and are dropped here. The straight
//! apostrophe `'` is never read as a quotation mark: French uses it as an apostrophe far
//! more than as a quote.

use crate::segment::text::{char_at, char_before, is_space, skip_space};
use crate::span::Span;

/// A quotation mark glyph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Glyph {
    /// «
    OpenGuillemet,
    /// »
    CloseGuillemet,
    /// “ (opens in French and English use, closes „)
    OpenCurly,
    /// ”
    CloseCurly,
    /// „
    Low,
    /// "
    Straight,
    /// ‹
    OpenAngle,
    /// ›
    CloseAngle,
    /// ‘
    OpenSingle,
    /// ’ not between two letters
    CloseSingle,
}

/// One quotation mark in context.
#[derive(Clone, Copy, Debug)]
pub(super) struct Mark {
    pub span: Span,
    pub glyph: Glyph,
    /// The mark follows whitespace, an opening bracket, or the start of the paragraph.
    pub after_space: bool,
    /// The mark is followed by whitespace, punctuation, or the end of the paragraph.
    pub before_space: bool,
    /// The first non-whitespace character after the mark (`'\0'` at the paragraph end).
    pub next: char,
}

impl Mark {
    /// Reads like the end of a quotation: what follows it continues the sentence around the
    /// quote (lower case, punctuation, or nothing) rather than starting quoted words.
    pub fn closes_like(&self) -> bool {
        self.next == '\0'
            || self.next.is_lowercase()
            || matches!(
                self.next,
                ',' | '.' | ';' | ':' | '!' | '?' | '…' | ')' | ']'
            )
    }

    /// Reads like the start of a quotation: it follows a space and precedes a word.
    pub fn opens_like(&self) -> bool {
        self.after_space && !self.before_space
    }
}

/// Appends to `out` the quotation marks of `text[para]`, in order.
pub(super) fn scan(text: &str, para: Span, out: &mut Vec<Mark>) {
    let bytes = text.as_bytes();
    let mut at = para.start;
    while let Some(n) = memchr::memchr3(b'"', 0xC2, 0xE2, &bytes[at..para.end]) {
        let i = at + n;
        let (glyph, len) = match bytes[i] {
            b'"' => (Some(Glyph::Straight), 1),
            0xC2 => match bytes.get(i + 1) {
                Some(0xAB) => (Some(Glyph::OpenGuillemet), 2),
                Some(0xBB) => (Some(Glyph::CloseGuillemet), 2),
                _ => (None, 2),
            },
            _ => match (bytes.get(i + 1), bytes.get(i + 2)) {
                (Some(0x80), Some(0x9C)) => (Some(Glyph::OpenCurly), 3),
                (Some(0x80), Some(0x9D)) => (Some(Glyph::CloseCurly), 3),
                (Some(0x80), Some(0x9E)) => (Some(Glyph::Low), 3),
                (Some(0x80), Some(0xB9)) => (Some(Glyph::OpenAngle), 3),
                (Some(0x80), Some(0xBA)) => (Some(Glyph::CloseAngle), 3),
                (Some(0x80), Some(0x98)) => (Some(Glyph::OpenSingle), 3),
                (Some(0x80), Some(0x99)) => (Some(Glyph::CloseSingle), 3),
                _ => (None, 3),
            },
        };
        at = (i + len).min(para.end);
        let Some(glyph) = glyph else {
            continue;
        };
        let span = Span::new(i, i + len);
        let before = char_before(text, i).filter(|_| i > para.start);
        let after = char_at(text, span.end).filter(|_| span.end < para.end);
        let letters_around =
            before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphabetic);
        if matches!(glyph, Glyph::CloseSingle | Glyph::OpenSingle) && letters_around {
            continue;
        }
        let next_at = skip_space(text, span.end, para.end);
        out.push(Mark {
            span,
            glyph,
            after_space: before.is_none_or(|c| is_space(c) || matches!(c, '(' | '[' | '—' | '–')),
            before_space: after.is_none_or(|c| is_space(c) || c.is_ascii_punctuation()),
            next: char_at(text, next_at)
                .filter(|_| next_at < para.end)
                .unwrap_or('\0'),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(text: &str) -> Vec<Glyph> {
        let mut out = Vec::new();
        scan(text, Span::new(0, text.len()), &mut out);
        out.iter().map(|m| m.glyph).collect()
    }

    #[test]
    fn finds_every_glyph_and_skips_apostrophes() {
        assert_eq!(
            glyphs("« l’armée » “a” „b“ \"c\" ‹d› ‘e’ aujourd’hui l‘école"),
            [
                Glyph::OpenGuillemet,
                Glyph::CloseGuillemet,
                Glyph::OpenCurly,
                Glyph::CloseCurly,
                Glyph::Low,
                Glyph::OpenCurly,
                Glyph::Straight,
                Glyph::Straight,
                Glyph::OpenAngle,
                Glyph::CloseAngle,
                Glyph::OpenSingle,
                Glyph::CloseSingle,
            ]
        );
    }

    #[test]
    fn reads_context() {
        let t = "dit « non », puis \"oui\".";
        let mut out = Vec::new();
        scan(t, Span::new(0, t.len()), &mut out);
        assert_eq!(out[0].next, 'n');
        assert!(out[1].closes_like());
        assert_eq!(out[1].next, ',');
        assert!(out[2].opens_like());
        assert!(!out[3].opens_like() && out[3].closes_like());
    }
}
