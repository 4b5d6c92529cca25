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

/// The time stamp that opens a live page's entry (`10:58 – Le préfet…`, `13h58 – …`, `9 h 40
/// · …`, `21.05 | …`): an hour and its minutes (glued with `h`, or after `:` or `.`, or a
/// spaced `h`), then a dash, a bullet, a bar or a colon, or nothing (a stamp on its own
/// line). Returns where the stamp ends and where the entry's words start after its
/// separator, in bytes from the start of `s`; `None` when `s` opens otherwise.
pub(crate) fn entry_stamp(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let h = digits(0);
    if !(1..=2).contains(&h) {
        return None;
    }
    let hour: u8 = s[..h].parse().ok()?;
    let minutes_at = |at: usize| {
        (digits(at) == 2
            && &s[at..at + 2] < "60"
            && !b.get(at + 2).is_some_and(u8::is_ascii_alphanumeric))
        .then_some(at + 2)
    };
    let end = match b.get(h) {
        // `13h58`: the glued form needs no check of the hour (as the scorer always read it).
        Some(b'h') => minutes_at(h + 1)?,
        Some(b':' | b'.') if hour < 24 => minutes_at(h + 1)?,
        _ if hour < 24 => {
            // `9 h 40`, with spaces of any width around the `h`.
            let around = s[h..].trim_start_matches(is_space);
            let after_h = around.strip_prefix('h')?;
            let m = after_h.trim_start_matches(is_space);
            if around.len() == s.len() - h || m.len() == after_h.len() {
                return None;
            }
            minutes_at(s.len() - m.len())?
        }
        _ => return None,
    };
    let rest = &s[end..];
    let after = rest.trim_start();
    if after.is_empty() {
        return Some((end, s.len()));
    }
    let sep = after.chars().next()?;
    if !matches!(sep, '–' | '-' | '—' | '·' | '•' | '|' | ':') {
        return None;
    }
    let body = &after[sep.len_utf8()..];
    if !body.starts_with(char::is_whitespace) && !body.is_empty() {
        return None;
    }
    Some((end, s.len() - body.trim_start().len()))
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
    fn reads_a_live_entry_stamp() {
        fn body(s: &str) -> Option<&str> {
            entry_stamp(s).map(|(_, b)| &s[b..])
        }
        assert_eq!(
            body("19h40 - La présidente annonce."),
            Some("La présidente annonce.")
        );
        assert_eq!(
            body("07:52 – Le préfet a parlé."),
            Some("Le préfet a parlé.")
        );
        assert_eq!(
            body("9\u{202f}h\u{202f}40 · Correctif : …"),
            Some("Correctif : …")
        );
        assert_eq!(entry_stamp("11h05"), Some((5, 5)));
        // Not a stamp: a price, a score, a time inside the words, no separator, no minutes.
        assert_eq!(entry_stamp("12.50 euros - le prix du ticket."), None);
        assert_eq!(entry_stamp("21h05 La présidente annonce."), None);
        assert_eq!(entry_stamp("18h - La réunion."), None);
        assert_eq!(entry_stamp("2026 - Une année."), None);
        assert_eq!(entry_stamp("Vers 19h40 - une alerte."), None);
        assert_eq!(entry_stamp("25:10 - Un chrono."), None);
    }

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
