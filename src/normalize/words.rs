//! French words: what the profile counts and rates are computed per.
//!
//! Rates per 1,000 words and shares of words in quotations need one definition of a word,
//! applied to the raw text. A word is a maximal run of word characters (letters, digits and
//! combining marks, see [`is_word_char`]) in which some characters standing *between* two word
//! characters do not split:
//!
//! - hyphens (`-`, U+2010, U+2011) and the soft hyphen: `a-t-il`, `peut-être`,
//!   `Jean-Pierre`, `week-end` are one word each;
//! - apostrophes (`'`, `’`, `ʼ`), except after an elided word: `aujourd'hui`, `prud'hommes`,
//!   `presqu'île` are one word, but `l'armée`, `d'après`, `qu'il`, `jusqu'au`, `c'est-à-dire`
//!   are two (the elided word keeps its apostrophe: `l'` + `armée`). The elided words are
//!   `l d j m n s t c qu jusqu lorsqu puisqu quoiqu`, in any case;
//! - between two digits, `.`, `,` and the no-break spaces U+00A0 and U+202F that French
//!   typography puts in numbers: `3,5`, `1.200`, `1 200 000` (with no-break spaces) are one
//!   word. An ordinary space splits, since `en 2024 15 morts` must stay three words.
//!
//! Everything else (spaces, punctuation, quote marks, dashes, symbols such as `%` or `€`)
//! separates words and is not part of any.

use unicode_normalization::char::is_combining_mark;

use crate::span::Span;

/// [`char::is_alphanumeric`], answered without the Unicode tables for ASCII, for the Latin
/// letters of French (U+00C0 to U+024F, where everything but `×` and `÷` is a letter and
/// nothing is a digit) and for General Punctuation (U+2000 to U+206F: `’`, `…`, `—`, the thin
/// spaces, none a letter or a digit). Every tokenizer of the crate asks this for every
/// character; a test checks it against the standard library for every character below U+2100.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{c0}'..='\u{24f}').contains(&c) {
        c != '×' && c != '÷'
    } else if ('\u{2000}'..='\u{206f}').contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// Letters, digits and combining marks (so that a decomposed `e` + U+0301 stays in its word):
/// [`is_alphanumeric`], or a combining mark (never ASCII).
pub fn is_word_char(c: char) -> bool {
    is_alphanumeric(c) || (!c.is_ascii() && is_combining_mark(c))
}

/// Number of French words in `text` (see the module documentation for what a word is).
///
/// ```
/// use cadrage::normalize::count_words;
///
/// assert_eq!(count_words("Aujourd'hui, l'armée a-t-elle reculé de 3,5 % ?"), 7);
/// ```
pub fn count_words(text: &str) -> usize {
    words(text).count()
}

/// The byte spans (relative to `text`) of its words, in order.
pub fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// Iterator over the words of a text; see [`words`].
#[derive(Clone, Debug)]
pub struct Words<'t> {
    text: &'t str,
    at: usize,
}

impl Iterator for Words<'_> {
    type Item = Span;

    // Inlined into its one caller in a run, `count_words` (the profile counts the words of
    // every sentence and region), where the call itself was a tenth of the cost of a word.
    #[inline(always)]
    fn next(&mut self) -> Option<Span> {
        let text = self.text;
        let bytes = text.as_bytes();
        // Find the start of the next word; ASCII separators are skipped without decoding.
        let mut i = self.at;
        let start = loop {
            while bytes
                .get(i)
                .is_some_and(|&b| ASCII_SEPARATOR[usize::from(b)])
            {
                i += 1;
            }
            if i >= bytes.len() {
                self.at = i;
                return None;
            }
            let (c, len) = char_at(text, i);
            if is_word_char(c) {
                break i;
            }
            i += len;
        };
        // `piece` is where the current run of word characters began, after the last joiner:
        // the candidate elided word when an apostrophe comes.
        let mut piece = start;
        let mut prev = '\0';
        loop {
            let run = i;
            i = ascii_alphanumeric_run_end(bytes, i);
            if i > run {
                prev = bytes[i - 1] as char;
            }
            if i >= bytes.len() {
                break;
            }
            // Two shortcuts of what follows, for the commonest bytes after a run: an ASCII
            // byte that is no joiner (a space, most punctuation) ends the word whatever comes
            // after it (`joiner` answers `None` for it, and it is no word character), and a
            // Latin letter of U+00C0..=U+00FF (`é`, `à`, `ç`: lead byte 0xC3) other than `×`
            // and `÷` is a word character.
            match (bytes[i], bytes.get(i + 1)) {
                (b, _) if b < 0x80 && !matches!(b, b'-' | b'\'' | b'.' | b',') => break,
                (0xC3, Some(&c)) if (0x80..=0xBF).contains(&c) && c != 0x97 && c != 0xB7 => {
                    prev = char::from(0xC0 | (c & 0x3F));
                    i += 2;
                    continue;
                }
                _ => {}
            }
            let (c, len) = char_at(text, i);
            if is_word_char(c) {
                prev = c;
                i += len;
                continue;
            }
            let after = i + len;
            let (next, _) = char_at(text, after);
            if after >= bytes.len() || !is_word_char(next) {
                break;
            }
            match joiner(c) {
                Joiner::Hyphen => {}
                Joiner::Apostrophe => {
                    if is_elided(&text[piece..i]) {
                        self.at = after;
                        return Some(Span::new(start, after));
                    }
                }
                Joiner::Numeric if prev.is_ascii_digit() && next.is_ascii_digit() => {}
                Joiner::Numeric | Joiner::None => break,
            }
            i = after;
            piece = after;
        }
        self.at = i;
        Some(Span::new(start, i))
    }
}

/// The ASCII bytes that are no letter or digit, which never start a word.
static ASCII_SEPARATOR: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        table[b] = !(b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Where the run of ASCII letters and digits that starts at `i` ends: the first byte from `i`
/// on that is not one (or the end of `bytes`).
///
/// Words are short, so instead of testing byte by byte this tests eight bytes at once and
/// jumps to the first byte that fails. In a word of eight bytes `x`, each below 0x80,
/// `x + (0x80 - lo)` sets the high bit of exactly the bytes `>= lo` (no byte carries into the
/// next: the sum stays below 0x100), so a range test is two such sums; the letters are tested
/// after setting bit 0x20, which maps `A..=Z` onto `a..=z` and no other byte below 0x80 into
/// it. A byte of 0x80 or above is no ASCII letter or digit. The test
/// `ascii_run_agrees_with_the_byte_loop` compares it with the byte-by-byte loop.
#[inline]
fn ascii_alphanumeric_run_end(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    const LOW7: u64 = ONES * 0x7F;
    let at_least = |v: u64, lo: u8| v.wrapping_add(ONES * u64::from(0x80 - lo)) & HIGH;
    while let Some(chunk) = bytes.get(i..).and_then(|b| b.first_chunk::<8>()) {
        let w = u64::from_le_bytes(*chunk);
        let v = w & LOW7;
        let digits = at_least(v, b'0') & !at_least(v, b'9' + 1);
        let lower = v | (ONES * 0x20);
        let letters = at_least(lower, b'a') & !at_least(lower, b'z' + 1);
        let stops = !(digits | letters) | w;
        let stops = stops & HIGH;
        if stops != 0 {
            return i + (stops.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    i
}

enum Joiner {
    Hyphen,
    Apostrophe,
    /// Joins only between two digits.
    Numeric,
    None,
}

fn joiner(c: char) -> Joiner {
    match c {
        '-' | '\u{2010}' | '\u{2011}' | '\u{00AD}' => Joiner::Hyphen,
        '\'' | '\u{2019}' | '\u{02BC}' => Joiner::Apostrophe,
        '.' | ',' | '\u{00A0}' | '\u{202F}' => Joiner::Numeric,
        _ => Joiner::None,
    }
}

/// The character at byte `i` and its length; `('\0', 0)` past the end.
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.as_bytes().get(i) {
        None => ('\0', 0),
        Some(&b) if b < 0x80 => (b as char, 1),
        Some(_) => {
            let c = text[i..].chars().next().unwrap_or('\0');
            (c, c.len_utf8())
        }
    }
}

/// True for the French words that elide their vowel before an apostrophe.
fn is_elided(piece: &str) -> bool {
    if piece.len() > 7 {
        return false;
    }
    let mut lower = [0u8; 7];
    for (slot, b) in lower.iter_mut().zip(piece.bytes()) {
        *slot = b.to_ascii_lowercase();
    }
    matches!(
        &lower[..piece.len()],
        b"l" | b"d"
            | b"j"
            | b"m"
            | b"n"
            | b"s"
            | b"t"
            | b"c"
            | b"qu"
            | b"jusqu"
            | b"lorsqu"
            | b"puisqu"
            | b"quoiqu"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn byte_loop(bytes: &[u8], mut i: usize) -> usize {
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
        i
    }

    #[test]
    fn ascii_run_agrees_with_the_byte_loop() {
        // Every byte value in every position of a chunk, after and before a run of letters.
        for b in 0..=255u8 {
            for at in 0..10 {
                let mut bytes = b"abcdefghij9ZKLM".to_vec();
                bytes[at] = b;
                for from in 0..bytes.len() {
                    assert_eq!(
                        ascii_alphanumeric_run_end(&bytes, from),
                        byte_loop(&bytes, from),
                        "{b:#x} at {at} from {from}"
                    );
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_run_agrees_with_the_byte_loop_on_random_bytes(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..40),
            from in 0usize..40,
        ) {
            let from = from.min(bytes.len());
            proptest::prop_assert_eq!(
                ascii_alphanumeric_run_end(&bytes, from),
                byte_loop(&bytes, from)
            );
        }
    }

    /// The words of `text` as the iterator found them before its shortcuts: character by
    /// character after each run of ASCII letters and digits.
    fn reference_words(text: &str) -> Vec<Span> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        'words: loop {
            let start = loop {
                while i < bytes.len() && bytes[i] < 0x80 && !bytes[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                if i >= bytes.len() {
                    return out;
                }
                let (c, len) = char_at(text, i);
                if is_word_char(c) {
                    break i;
                }
                i += len;
            };
            let mut piece = start;
            let mut prev = '\0';
            loop {
                let run = i;
                i = byte_loop(bytes, i);
                if i > run {
                    prev = bytes[i - 1] as char;
                }
                if i >= bytes.len() {
                    break;
                }
                let (c, len) = char_at(text, i);
                if is_word_char(c) {
                    prev = c;
                    i += len;
                    continue;
                }
                let after = i + len;
                let (next, _) = char_at(text, after);
                if after >= bytes.len() || !is_word_char(next) {
                    break;
                }
                match joiner(c) {
                    Joiner::Hyphen => {}
                    Joiner::Apostrophe => {
                        if is_elided(&text[piece..i]) {
                            out.push(Span::new(start, after));
                            i = after;
                            continue 'words;
                        }
                    }
                    Joiner::Numeric if prev.is_ascii_digit() && next.is_ascii_digit() => {}
                    Joiner::Numeric | Joiner::None => break,
                }
                i = after;
                piece = after;
            }
            out.push(Span::new(start, i));
        }
    }

    proptest::proptest! {
        #[test]
        fn words_agree_with_the_reference(
            text in "([a-zA-Z0-9 ]|[éàçÀ×÷ÿ]|['’ʼ.,;\\-]|\u{a0}|\u{202f}|\u{ad}|\u{301}|[«»\n]){0,40}"
        ) {
            let got: Vec<Span> = words(&text).collect();
            proptest::prop_assert_eq!(got, reference_words(&text));
        }
    }

    #[test]
    fn latin_shortcut_agrees_with_unicode() {
        for c in (0..0x800).filter_map(char::from_u32) {
            let general = c.is_alphanumeric() || is_combining_mark(c);
            assert_eq!(is_word_char(c), general, "{c:?}");
        }
    }

    #[test]
    fn counts_french_words() {
        let cases: &[(&str, usize)] = &[
            ("", 0),
            ("   ", 0),
            ("l'armée", 2),
            ("L’armée", 2),
            ("aujourd'hui", 1),
            ("aujourd’hui", 1),
            ("a-t-il", 1),
            ("qu'aujourd'hui", 2),
            ("jusqu'au bout", 3),
            ("Lorsqu'il parle", 3),
            ("c'est-à-dire", 2),
            ("presqu'île", 1),
            ("prud'hommes", 1),
            ("Jean-Pierre Durand", 2),
            ("3,5 %", 1),
            ("1\u{202F}200\u{202F}000 euros", 2),
            ("en 2024 15 morts", 4),
            ("fin. Début", 2),
            ("un, deux", 2),
            ("« Non », a-t-il dit.", 3),
            ("vérite\u{301}", 1),
            ("gouver\u{00AD}nement", 1),
            ("l' armée", 2),
            ("les 'rebelles'", 2),
            ("— Oui !", 1),
            ("XIXe siècle, 1er mai", 4),
            ("mot-", 1),
            ("'", 0),
        ];
        for &(text, expected) in cases {
            assert_eq!(count_words(text), expected, "{text:?}");
        }
    }

    #[test]
    fn word_spans_keep_the_apostrophe_with_the_elided_word() {
        let text = "D’après l'AFP, aujourd'hui";
        let got: Vec<&str> = words(text).map(|s| s.slice(text)).collect();
        assert_eq!(got, ["D’", "après", "l'", "AFP", "aujourd'hui"]);
    }

    #[test]
    fn word_chars() {
        for c in ['a', 'Z', '7', 'é', 'Œ', 'ß', '\u{301}', '中'] {
            assert!(is_word_char(c), "{c:?}");
        }
        for c in [' ', '\'', '-', '«', '’', '%', '\u{A0}', '.'] {
            assert!(!is_word_char(c), "{c:?}");
        }
    }
}
