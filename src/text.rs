//! Word tokens of a sentence, folded, for the cue rules of scoring and the profile.
//!
//! The scorer's structural rules (negation, the conditional, the author's first person, a
//! connective opening the sentence) look at words, not characters. This module cuts a raw span
//! into word tokens with their byte span, their folded form (lower case, no accents, one
//! apostrophe) and whether a clause boundary (`,` `;` `:` `(` `)` `—` or a quote mark) follows.
//! Elisions are their own tokens, apostrophe included: `n'est` is `n'` + `est`.

use crate::normalize::{self, FoldOptions};
use crate::span::Span;

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

/// The word tokens of `text[span]`, in order.
pub fn tokens(text: &str, span: Span) -> impl Iterator<Item = Token> + '_ {
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
        normalize::fold(s, FoldOptions::default())
    }
}

/// [`char::is_alphanumeric`], answered without the Unicode tables for ASCII and for the Latin
/// letters of French (U+00C0 to U+024F, where everything but `×` and `÷` is a letter), which
/// make up nearly every character this runs on.
#[inline]
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{c0}'..='\u{24f}').contains(&c) {
        c != '×' && c != '÷'
    } else {
        c.is_alphanumeric()
    }
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

    #[test]
    fn latin_shortcut_agrees_with_unicode() {
        for c in (0..0x800).filter_map(char::from_u32) {
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
