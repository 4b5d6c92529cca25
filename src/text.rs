//! Word tokens of a sentence, folded, for the cue rules of scoring and the profile.
//!
//! The scorer's structural rules (negation, the conditional, the author's first person, a
//! connective opening the sentence) look at words, not characters. This module cuts a raw span
//! into word tokens with their byte span, their folded form (lower case, no accents, one
//! apostrophe) and whether a clause boundary (`,` `;` `:` `(` `)` `—` or a quote mark) follows.
//! Elisions are their own tokens, apostrophe included: `n'est` is `n'` + `est`.

use crate::normalize::{FoldOptions, Normalized};
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
            if c.is_alphanumeric() {
                let start = i;
                let mut end = i + c.len_utf8();
                let mut elided = false;
                while let Some(&(j, d)) = chars.peek() {
                    if d.is_alphanumeric() || d == '\u{0301}' || d == '\u{0300}' {
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
pub fn fold_str(s: &str) -> String {
    Normalized::new(s, Span::new(0, s.len()), FoldOptions::default()).text
}

/// Number of words in `text[span]`, the unit of every rate per 1,000 words: runs of letters
/// and digits, where an apostrophe or hyphen inside a run does not split it.
pub fn count_words(text: &str, span: Span) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in text[span.start..span.end].chars() {
        if c.is_alphanumeric() {
            if !in_word {
                n += 1;
                in_word = true;
            }
        } else if !(in_word && (is_apostrophe(c) || c == '-')) {
            in_word = false;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn spans_index_the_raw_text() {
        let s = "« Très bien », a dit Mme Durand.";
        for t in tokens(s, Span::new(0, s.len())) {
            assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
        }
        let t: Vec<Token> = tokens(s, Span::new(0, s.len())).collect();
        assert_eq!(t[0].span.slice(s), "Très");
    }
}
