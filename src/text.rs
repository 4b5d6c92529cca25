//! Word tokens of a sentence, folded, for the cue rules of scoring and the profile.
//!
//! The scorer's structural rules (negation, the conditional, the author's first person, a
//! connective opening the sentence) look at words, not characters. This module cuts a raw span
//! into word tokens with their byte span, their folded form (lower case, no accents, one
//! apostrophe) and whether a clause boundary (`,` `;` `:` `(` `)` `—` or a quote mark) follows.
//! Elisions are their own tokens, apostrophe included: `n'est` is `n'` + `est`.

use crate::normalize::{self, FoldOptions, is_alphanumeric};
use crate::span::Span;
use std::sync::OnceLock;

/// One word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub folded: String,
    /// Punctuation that ends a clause stands between this token and the next.
    pub clause_break_after: bool,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘' | '′')
}

fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '('
            | ')'
            | '['
            | ']'
            | '—'
            | '–'
            | '«'
            | '»'
            | '“'
            | '”'
            | '"'
            | '.'
            | '!'
            | '?'
            | '…'
    )
}

/// The word tokens of `text[span]`, in order (see [`tokens_into`], which reads them).
pub fn tokens(text: &str, span: Span) -> std::vec::IntoIter<Token> {
    let mut out = Vec::new();
    tokens_into(text, span, &mut out);
    out.into_iter()
}

/// Bytes reserved for the folded form of a new token of [`tokens_into`]: longer than nearly
/// every French word.
const FOLDED_CAPACITY: usize = 32;

/// The word tokens of `text[span]` written into `out`, which is cleared first.
///
/// Scoring cuts every sentence into tokens. This reads the text byte by byte where it is ASCII
/// and reuses the tokens already in `out` (their folded strings keep their buffers), so a
/// caller that passes the same vector for every sentence allocates only for longer words than
/// before. A property test checks it against the plain character-by-character reading it
/// replaced, kept in the tests.
pub fn tokens_into(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = &text[span.start..span.end];
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        let (c, len) = char_at(s, i);
        if !is_alphanumeric(c) {
            if n > 0 && is_clause_break(c) {
                out[n - 1].clause_break_after = true;
            }
            i += len;
            continue;
        }
        let start = i;
        let mut end = i + len;
        let mut elided = false;
        // ASCII letters, digits and `'` only: the folded form is the ASCII lower case.
        let mut ascii = c.is_ascii();
        while end < s.len() {
            // A run of ASCII letters and digits goes on the word without decoding.
            while s.as_bytes().get(end).is_some_and(u8::is_ascii_alphanumeric) {
                end += 1;
            }
            if end == s.len() {
                break;
            }
            let (d, len) = char_at(s, end);
            if is_alphanumeric(d) || d == '\u{0301}' || d == '\u{0300}' {
                ascii &= d.is_ascii();
                end += len;
            } else if is_apostrophe(d) {
                ascii &= d == '\'';
                end += len;
                elided = true;
                break;
            } else {
                break;
            }
        }
        let raw = &s[start..end];
        let token_span = Span::new(span.start + start, span.start + end);
        if n == out.len() {
            // A new slot gets room for any common word at once: grown from empty, its buffer
            // would be reallocated two or three times over the next sentences (8, 16, 32
            // bytes). The capacity changes no content.
            out.push(Token {
                span: token_span,
                folded: String::with_capacity(FOLDED_CAPACITY),
                clause_break_after: false,
            });
        }
        let token = &mut out[n];
        token.span = token_span;
        token.clause_break_after = false;
        token.folded.clear();
        if ascii {
            token.folded.push_str(raw);
            token.folded.make_ascii_lowercase();
        } else if !fold_latin_into(raw, &mut token.folded) {
            token.folded.clear();
            token
                .folded
                .push_str(&normalize::fold(raw, FoldOptions::default()));
        }
        if elided {
            token.folded.pop();
            token.folded.push('\'');
        }
        n += 1;
        i = end;
    }
    out.truncate(n);
}

/// The character at byte `i` of `s` (a character boundary) and its length.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        (b as char, 1)
    } else {
        let c = s[i..].chars().next().unwrap_or('\u{fffd}');
        (c, c.len_utf8())
    }
}

/// `s` folded as lexicon patterns are: lower case, no accents, one apostrophe.
///
/// Every token of every scored sentence goes through here, and most French words are plain
/// ASCII letters, which fold to their lower case: those are copied without the general folding
/// pass. Anything else folds through [`normalize::fold`], the function behind
/// [`crate::normalize::Normalized`], so the result is the same either way (a property test
/// checks it).
pub fn fold_str(s: &str) -> String {
    if s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'\'') {
        s.to_ascii_lowercase()
    } else {
        let mut out = String::with_capacity(s.len());
        if fold_latin_into(s, &mut out) {
            out
        } else {
            normalize::fold(s, FoldOptions::default())
        }
    }
}

/// [`fold_str`] into a buffer the caller reuses: `out` is cleared and then holds `s` folded.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    out.clear();
    if !fold_latin_into(s, out) {
        out.clear();
        out.push_str(&normalize::fold(s, FoldOptions::default()));
    }
}

/// Appends `s` folded character by character through [`latin_table`] to `out` and returns
/// true, when every character of `s` is an ASCII letter, digit or apostrophe, a Latin letter
/// of U+00C0 to U+017F or `’`; returns false otherwise (`out` then holds part of it).
///
/// This gives what [`normalize::fold`] gives. None of these characters combines with its
/// neighbours under NFC (all but `’` are below U+0300, where no character composes with what
/// precedes it, and `’` is a starter that never composes), so [`normalize::fold`] folds each
/// of them as a unit of its own and concatenates the results; the table holds exactly those
/// results, computed by [`normalize::fold`] itself. A test checks the two on random strings
/// of this alphabet.
fn fold_latin_into(s: &str, out: &mut String) -> bool {
    let table = latin_table();
    for c in s.chars() {
        if c.is_ascii() {
            if !(c.is_ascii_alphanumeric() || c == '\'') {
                return false;
            }
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let slot = match c {
            '\u{c0}'..='\u{17f}' => c as usize - 0xc0,
            '’' => LATIN_TABLE_LEN - 1,
            _ => return false,
        };
        let (len, bytes) = table[slot];
        if len == u8::MAX {
            return false;
        }
        for &b in &bytes[..len as usize] {
            out.push(b as char);
        }
    }
    true
}

/// U+00C0 to U+017F, then `’`.
const LATIN_TABLE_LEN: usize = 0x180 - 0xc0 + 1;

/// The folded form of every character of [`fold_latin_into`]'s alphabet, as [`normalize::fold`]
/// gives it: up to two ASCII bytes, or a length of `u8::MAX` for a character whose fold is
/// anything else (it is then left to [`normalize::fold`]).
fn latin_table() -> &'static [(u8, [u8; 2]); LATIN_TABLE_LEN] {
    static TABLE: OnceLock<[(u8, [u8; 2]); LATIN_TABLE_LEN]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [(u8::MAX, [0u8; 2]); LATIN_TABLE_LEN];
        let chars = ('\u{c0}'..='\u{17f}').chain(std::iter::once('’'));
        for (slot, c) in table.iter_mut().zip(chars) {
            let folded = normalize::fold(c.encode_utf8(&mut [0; 4]), FoldOptions::default());
            if folded.len() <= 2 && folded.is_ascii() {
                let mut bytes = [0u8; 2];
                bytes[..folded.len()].copy_from_slice(folded.as_bytes());
                *slot = (folded.len() as u8, bytes);
            }
        }
        table
    })
}

/// Number of words in `text[span]`, the unit of every rate per 1,000 words. The rule is
/// [`crate::normalize::count_words`]: `l'armée` is two words, `aujourd'hui` and `a-t-il` one.
pub fn count_words(text: &str, span: Span) -> usize {
    crate::normalize::count_words(&text[span.start..span.end])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Normalized;

    fn folded(s: &str) -> Vec<String> {
        tokens(s, Span::new(0, s.len())).map(|t| t.folded).collect()
    }

    #[test]
    fn tokens_split_elisions_and_fold() {
        assert_eq!(
            folded("N’est-ce pas l'Élysée ?"),
            ["n'", "est", "ce", "pas", "l'", "elysee"]
        );
        assert_eq!(
            folded("Qu'il vienne, dit-il."),
            ["qu'", "il", "vienne", "dit", "il"]
        );
    }

    #[test]
    fn clause_breaks_are_marked() {
        let s = "Donc, Paris veut : tout.";
        let t: Vec<Token> = tokens(s, Span::new(0, s.len())).collect();
        assert!(t[0].clause_break_after);
        assert!(!t[1].clause_break_after);
        assert!(t[2].clause_break_after);
    }

    #[test]
    fn fold_str_agrees_with_the_normalized_view() {
        for s in [
            "Elysee",
            "ÉLYSÉE",
            "aujourd'hui",
            "aujourd’hui",
            "Œuvre",
            "e\u{301}te\u{301}",
            "2024",
            "Jean-Pierre",
            "l`a",
            "",
        ] {
            let view = Normalized::new(s, Span::new(0, s.len()), FoldOptions::default());
            assert_eq!(fold_str(s), view.text, "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn fold_str_is_the_normalized_text(s in "[a-zA-Z0-9'’éÉèçœŒ\u{301}\u{a0} -]{0,12}|\\PC{0,12}") {
            let view = Normalized::new(&s, Span::new(0, s.len()), FoldOptions::default());
            proptest::prop_assert_eq!(fold_str(&s), view.text);
        }
    }

    proptest::proptest! {
        #[test]
        fn fold_latin_is_the_normalized_text(s in "[a-zA-Z0-9'’\u{c0}-\u{17f}]{0,12}") {
            let view = Normalized::new(&s, Span::new(0, s.len()), FoldOptions::default());
            proptest::prop_assert_eq!(fold_str(&s), view.text.clone());
            let mut fast = String::new();
            if fold_latin_into(&s, &mut fast) {
                proptest::prop_assert_eq!(fast, view.text);
            }
        }
    }

    #[test]
    fn fold_latin_agrees_with_fold_for_every_character() {
        for c in ('\u{0}'..='\u{17f}').chain(['’', 'ʼ', '\u{301}']) {
            let s = format!("a{c}{c}b");
            let mut fast = String::new();
            if fold_latin_into(&s, &mut fast) {
                assert_eq!(fast, normalize::fold(&s, FoldOptions::default()), "{c:?}");
            }
        }
        let fold_latin = |s: &str| {
            let mut out = String::new();
            fold_latin_into(s, &mut out).then_some(out)
        };
        assert_eq!(fold_latin("Élysée’"), Some("elysee'".to_string()));
        assert_eq!(fold_latin("Œuvre"), Some("oeuvre".to_string()));
        assert_eq!(fold_latin("e\u{301}"), None);
    }

    /// The tokens read character by character, as they were before [`tokens_into`]: the
    /// reference its fast paths are checked against.
    fn tokens_by_char(text: &str, span: Span) -> impl Iterator<Item = Token> + '_ {
        let s = &text[span.start..span.end];
        let mut chars = s.char_indices().peekable();
        let mut pending: Option<Token> = None;
        std::iter::from_fn(move || {
            loop {
                let Some((i, c)) = chars.next() else {
                    return pending.take();
                };
                if is_alphanumeric(c) {
                    let start = i;
                    let mut end = i + c.len_utf8();
                    let mut elided = false;
                    while let Some(&(j, d)) = chars.peek() {
                        if is_alphanumeric(d) || d == '\u{0301}' || d == '\u{0300}' {
                            end = j + d.len_utf8();
                            chars.next();
                        } else if is_apostrophe(d) {
                            // An apostrophe after a word is an elision (l', qu', aujourd'hui is
                            // split as aujourd' + hui, which no cue rule needs whole).
                            end = j + d.len_utf8();
                            chars.next();
                            elided = true;
                            break;
                        } else {
                            break;
                        }
                    }
                    let raw = &s[start..end];
                    let mut folded = fold_str(raw);
                    if elided {
                        folded.pop();
                        folded.push('\'');
                    }
                    let token = Token {
                        span: Span::new(span.start + start, span.start + end),
                        folded,
                        clause_break_after: false,
                    };
                    if let Some(prev) = pending.replace(token) {
                        return Some(prev);
                    }
                } else if is_clause_break(c)
                    && let Some(p) = pending.as_mut()
                {
                    p.clause_break_after = true;
                }
            }
        })
    }

    proptest::proptest! {
        #[test]
        fn tokens_into_gives_the_tokens(
            first in "[a-zA-Z'’éÉœ\u{301} ,;.«»-]{0,40}|\\PC{0,30}",
            s in "[a-zA-Z0-9'’éÉèçœŒ\u{300}\u{301}\u{a0} ,;:()«»—.?!-]{0,60}|\\PC{0,40}",
        ) {
            // A vector already holding the tokens of another text is reused.
            let mut out = Vec::new();
            tokens_into(&first, Span::new(0, first.len()), &mut out);
            tokens_into(&s, Span::new(0, s.len()), &mut out);
            let expected: Vec<Token> = tokens_by_char(&s, Span::new(0, s.len())).collect();
            proptest::prop_assert_eq!(out, expected);
        }
    }

    #[test]
    fn tokens_into_a_span_keeps_raw_offsets() {
        let s = "Avant. N’est-ce pas l'Élysée, dit-il ? Après";
        let span = Span::new(7, s.len() - 6);
        let mut out = vec![
            Token {
                span: Span::new(0, 1),
                folded: "stale".to_string(),
                clause_break_after: true,
            };
            20
        ];
        tokens_into(s, span, &mut out);
        assert_eq!(out, tokens_by_char(s, span).collect::<Vec<_>>());
    }

    #[test]
    fn latin_shortcut_agrees_with_unicode() {
        for c in (0..0x2100).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn spans_index_the_raw_text() {
        let s = "« Très bien », a dit Mme Durand.";
        for t in tokens(s, Span::new(0, s.len())) {
            assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
        }
        let t: Vec<Token> = tokens(s, Span::new(0, s.len())).collect();
        assert_eq!(t[0].span.slice(s), "Très");
    }
}
