//! Small byte-level helpers shared by the paragraph, quotation and sentence scanners.
//!
//! The scanners walk raw bytes for speed and decode a character only where a decision needs
//! one, so they share these helpers for "the character at / before this offset", Unicode
//! whitespace (which includes U+00A0 and U+202F, common around French punctuation), and
//! trimming a span. Every function takes and returns offsets on character boundaries.

use crate::span::Span;

/// The character starting at byte `i`, if any. `i` must be a character boundary.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The character ending at byte `i`, if any. `i` must be a character boundary.
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// Unicode whitespace, as the trimming invariants define it.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// The first offset at or after `i` (and before `end`) that does not start a whitespace
/// character, or `end`.
pub(crate) fn skip_space(text: &str, mut i: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    while i < end {
        let b = bytes[i];
        if b < 0x80 {
            if !(b as char).is_ascii_whitespace() && b != 0x0B {
                return i;
            }
            i += 1;
        } else {
            let c = char_at(text, i).unwrap_or('\0');
            if !is_space(c) {
                return i;
            }
            i += c.len_utf8();
        }
    }
    end
}

/// The offset just after the last non-whitespace character in `start..i`, or `start`.
pub(crate) fn skip_space_back(text: &str, start: usize, mut i: usize) -> usize {
    while i > start {
        let c = char_before(text, i).unwrap_or('\0');
        if !is_space(c) {
            return i;
        }
        i -= c.len_utf8();
    }
    start
}

/// `span` without leading and trailing Unicode whitespace (empty at its end when blank).
pub(crate) fn trim(text: &str, span: Span) -> Span {
    let start = skip_space(text, span.start, span.end);
    let end = skip_space_back(text, start, span.end);
    Span::new(start, end)
}

/// Number of characters in `text[span]` (the standard library counts them a word at a time).
pub(crate) fn char_count(text: &str, span: Span) -> usize {
    text[span.start..span.end].chars().count()
}

/// Marks that close a quotation or a parenthesis and stay with the sentence they end.
pub(crate) fn is_closing_mark(c: char) -> bool {
    matches!(c, '»' | '”' | '“' | '›' | '’' | '"' | ')' | ']')
}

/// Marks that open a quotation or a parenthesis.
pub(crate) fn is_opening_mark(c: char) -> bool {
    matches!(c, '«' | '“' | '„' | '‹' | '‘' | '"' | '(' | '[')
}

/// Dashes that open a dialogue turn or a list item, or set off an incise.
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '-' | '\u{2012}' | '\u{2015}')
}

/// Whether a line's letters are all capitals (`ACTUALITÉ DES LUTTES`, `BILLET D'HUMEUR`), with
/// at least one: a rubric or a heading in capitals.
pub(crate) fn capitals(line: &str) -> bool {
    let mut letters = line.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// Punctuation ending a sentence.
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// The last character of `text[span]` that is neither whitespace nor a closing mark: used to
/// ask "does this line end with sentence punctuation?" whatever quotation closes after it.
pub(crate) fn last_significant(text: &str, span: Span) -> Option<char> {
    let mut i = span.end;
    while i > span.start {
        let c = char_before(text, i)?;
        if is_space(c) || is_closing_mark(c) {
            i -= c.len_utf8();
            continue;
        }
        return Some(c);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_unicode_spaces() {
        let t = "\u{a0} « Oui »\u{202f}\r\n";
        let s = trim(t, Span::new(0, t.len()));
        assert_eq!(s.slice(t), "« Oui »");
        let blank = "\u{a0}\t \u{202f}";
        assert!(trim(blank, Span::new(0, blank.len())).is_empty());
    }

    #[test]
    fn counts_chars_not_bytes() {
        let t = "déjà vu";
        assert_eq!(char_count(t, Span::new(0, t.len())), 7);
    }

    #[test]
    fn last_significant_skips_closers() {
        let t = "Il a dit « non. »  ";
        assert_eq!(last_significant(t, Span::new(0, t.len())), Some('.'));
        assert_eq!(last_significant("(", Span::new(0, 1)), Some('('));
        assert_eq!(last_significant(" »", Span::new(0, 3)), None);
    }
}
