//! What one character becomes in the normalized view, and the fast table for common ones.
//!
//! [`fold_char`] is the single definition of folding: typographic apostrophes, spaces, line
//! separators and dashes collapse to one ASCII form each, invisible characters (soft hyphen,
//! zero-width space and joiners, word joiner, a stray byte-order mark) disappear, then the
//! character is lower-cased, stripped of its accents and its ligatures expanded, as the
//! [`FoldOptions`] ask. It runs on characters that are already in NFC.
//!
//! Running that logic for every byte of every article is too slow, so [`table`] precomputes
//! its result once per set of options for every character below U+0180 (ASCII, Latin-1
//! Supplement and Latin Extended-A, which hold all of French) and for General Punctuation
//! (U+2000–U+206F: typographic apostrophes and quotes, dashes, thin and narrow no-break
//! spaces, the ellipsis), which French news uses in almost every sentence. Both paths come
//! from the same function, so they cannot disagree.

use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::decompose_canonical;

use super::FoldOptions;

/// Characters below this code point are folded through the precomputed table.
const TABLE_LIMIT: usize = 0x180;

/// The folded form of one character: at most four UTF-8 bytes for every character below
/// [`TABLE_LIMIT`] (the longest is `İ` lower-cased to `i` + U+0307, three bytes).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Folded {
    pub bytes: [u8; 4],
    pub len: u8,
}

impl Folded {
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len as usize]
    }
}

/// The General Punctuation block, also folded through the table.
const PUNCTUATION: std::ops::Range<u32> = 0x2000..0x2070;

/// The folded forms of the tabled characters under one set of options.
pub(super) struct Table {
    /// Characters below [`TABLE_LIMIT`], all of them already in NFC.
    chars: [Folded; TABLE_LIMIT],
    /// General Punctuation: the folded form of each character's NFC (U+2000 and U+2001 have
    /// singleton decompositions to U+2002 and U+2003).
    punctuation: [Folded; 0x70],
    /// For ASCII bytes, whose folded form is always one ASCII byte: that byte.
    pub ascii: [u8; 128],
    /// `Some(lower)` when every ASCII byte from 0x20 on but `` ` `` folds to itself, or to its
    /// lower case when `lower`: the test [`Table::folds_plain`] relies on, read off
    /// [`Table::ascii`] when the table is built.
    pub plain: Option<bool>,
}

impl Table {
    /// The folded form of eight ASCII bytes `w` (little-endian), when it can be computed
    /// eight bytes at a time: when [`Table::plain`] is set and every byte is 0x20 or above
    /// and not `` ` `` (a tab, a line feed, a vertical tab or a form feed, and `` ` ``,
    /// fold to other bytes). In a word of bytes below 0x80, `x + (0x80 - lo)` sets the high
    /// bit of exactly the bytes `>= lo` without carrying into the next byte, and a byte
    /// equal to `` ` `` is a zero byte of `w ^ 0x60…`, which the usual zero-byte test finds.
    #[inline]
    pub fn folds_plain(&self, w: u64) -> Option<u64> {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = ONES * 0x80;
        let lower = self.plain?;
        let at_least = |lo: u8| w.wrapping_add(ONES * u64::from(0x80 - lo)) & HIGH;
        let backquotes = w ^ (ONES * u64::from(b'`'));
        if at_least(0x20) != HIGH || backquotes.wrapping_sub(ONES) & !backquotes & HIGH != 0 {
            return None;
        }
        if !lower {
            return Some(w);
        }
        // Bit 0x20 set on the capitals A..=Z (0x80 shifted right twice).
        let capitals = at_least(b'A') & !at_least(b'Z' + 1);
        Some(w | (capitals >> 2))
    }

    /// The folded form of `c` when it is tabled, as a unit on its own (not followed by a
    /// combining mark).
    #[inline]
    pub fn lookup(&self, c: char) -> Option<&Folded> {
        let code = c as u32;
        if (code as usize) < TABLE_LIMIT {
            Some(&self.chars[code as usize])
        } else if PUNCTUATION.contains(&code) {
            Some(&self.punctuation[(code - PUNCTUATION.start) as usize])
        } else {
            None
        }
    }
}

/// The table for `options`, built on first use.
pub(super) fn table(options: FoldOptions) -> &'static Table {
    static TABLES: OnceLock<Box<[Table; 4]>> = OnceLock::new();
    let tables = TABLES.get_or_init(|| {
        Box::new([
            build_table(options_at(0)),
            build_table(options_at(1)),
            build_table(options_at(2)),
            build_table(options_at(3)),
        ])
    });
    &tables[usize::from(options.case) | usize::from(options.accents) << 1]
}

fn options_at(index: usize) -> FoldOptions {
    FoldOptions {
        case: index & 1 != 0,
        accents: index & 2 != 0,
    }
}

fn build_table(options: FoldOptions) -> Table {
    let mut chars = [Folded::default(); TABLE_LIMIT];
    for (code, slot) in chars.iter_mut().enumerate() {
        *slot = folded(code as u32, options);
    }
    let mut punctuation = [Folded::default(); 0x70];
    for (code, slot) in PUNCTUATION.zip(punctuation.iter_mut()) {
        *slot = folded(code, options);
    }
    let mut ascii = [0u8; 128];
    for (b, slot) in ascii.iter_mut().enumerate() {
        *slot = chars[b].bytes[0];
    }
    let plain = [false, true].into_iter().find(|&lower| {
        (0x20u8..0x80).filter(|&b| b != b'`').all(|b| {
            let expected = if lower { b.to_ascii_lowercase() } else { b };
            ascii[usize::from(b)] == expected
        })
    });
    Table {
        chars,
        punctuation,
        ascii,
        plain,
    }
}

/// The folded form of the NFC of one character.
fn folded(code: u32, options: FoldOptions) -> Folded {
    let c = char::from_u32(code).unwrap_or('\u{FFFD}');
    let mut folded = Folded::default();
    for composed in std::iter::once(c).nfc() {
        fold_char(composed, options, &mut |f| {
            let mut buf = [0u8; 4];
            let encoded = f.encode_utf8(&mut buf).as_bytes();
            let at = folded.len as usize;
            // Every tabled character folds to three bytes at most (checked by a unit test),
            // so this never truncates.
            if at + encoded.len() <= folded.bytes.len() {
                folded.bytes[at..at + encoded.len()].copy_from_slice(encoded);
                folded.len += encoded.len() as u8;
            }
        });
    }
    folded
}

/// Folds one character (already in NFC) and hands each resulting character to `out`.
///
/// A character may fold to nothing (soft hyphen, zero-width characters, a lone accent when
/// accents are folded), to one character, or to several (`œ` → `oe`, `ß` → `ss` when case is
/// folded, `ﬁ` → `fi`).
pub(super) fn fold_char(c: char, options: FoldOptions, out: &mut impl FnMut(char)) {
    if let Some(unified) = unify_punctuation(c) {
        if let Some(u) = unified {
            out(u);
        }
        return;
    }
    if let Some(expansion) = typographic_ligature(c) {
        expansion.chars().for_each(&mut *out);
        return;
    }
    if options.case {
        for lower in c.to_lowercase() {
            fold_letter(lower, options, out);
        }
    } else {
        fold_letter(c, options, out);
    }
}

/// Accent folding and letter expansions of one (possibly lower-cased) character.
fn fold_letter(c: char, options: FoldOptions, out: &mut impl FnMut(char)) {
    if options.accents {
        strip_accents(c, &mut |base| expand_letter(base, options, out));
    } else {
        expand_letter(c, options, out);
    }
}

/// `œ` → `oe`, `æ` → `ae`, `ĳ` → `ij` always; `ß` → `ss` when case is folded (the full case
/// folding of Unicode, so that `straße` and `STRASSE` meet).
fn expand_letter(c: char, options: FoldOptions, out: &mut impl FnMut(char)) {
    let pair = match c {
        'œ' => "oe",
        'Œ' => "OE",
        'æ' => "ae",
        'Æ' => "AE",
        'ĳ' => "ij",
        'Ĳ' => "IJ",
        'ß' if options.case => "ss",
        _ => {
            out(c);
            return;
        }
    };
    pair.chars().for_each(out);
}

/// `Some(Some(x))`: the character is one of a family that folds to `x`; `Some(None)`: the
/// character is invisible and disappears; `None`: not punctuation this module unifies.
fn unify_punctuation(c: char) -> Option<Option<char>> {
    let unified = match c {
        // Apostrophes: typographic, modifier letter, prime, turned comma, grave and acute
        // accents typed in place of an apostrophe, fullwidth.
        '\u{2019}' | '\u{02BC}' | '\u{2032}' | '\u{2018}' | '`' | '\u{00B4}' | '\u{FF07}' => {
            Some('\'')
        }
        // Spaces: tab and every space separator (no-break, narrow no-break, thin, figure,
        // ideographic…). Runs are not collapsed, so the map stays one to one.
        '\t'
        | '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Some(' '),
        // Line breaks other than `\n`. A carriage return before `\n` never reaches this
        // function: the pair folds to one `\n` (see the module `normalize`).
        '\r' | '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{2028}' | '\u{2029}' => Some('\n'),
        // Hyphens and dashes, the minus sign, small and fullwidth hyphen-minus.
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => Some('-'),
        // Invisible characters that scraped text carries inside words.
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => None,
        _ => return None,
    };
    Some(unified)
}

/// Typographic ligatures that text extracted from PDF files carries.
fn typographic_ligature(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{FB00}' => "ff",
        '\u{FB01}' => "fi",
        '\u{FB02}' => "fl",
        '\u{FB03}' => "ffi",
        '\u{FB04}' => "ffl",
        '\u{FB05}' | '\u{FB06}' => "st",
        _ => return None,
    })
}

/// Combining marks that count as accents: the diacritical-mark blocks used by Latin, Greek
/// and Cyrillic. Other marks (Indic vowel signs…) are letters' parts, not accents.
pub(super) fn is_accent_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// Removes accents: the canonical decomposition without its accent marks, plus the Latin
/// letters whose stroke or bar is not a decomposable accent (`ø`, `ł`, `đ`, `ħ`, `ı`, `ŀ`).
fn strip_accents(c: char, out: &mut impl FnMut(char)) {
    if c.is_ascii() {
        out(c);
        return;
    }
    let base = match c {
        'ø' => Some('o'),
        'Ø' => Some('O'),
        'ł' | 'ŀ' => Some('l'),
        'Ł' | 'Ŀ' => Some('L'),
        'đ' => Some('d'),
        'Đ' => Some('D'),
        'ħ' => Some('h'),
        'Ħ' => Some('H'),
        'ı' => Some('i'),
        _ => None,
    };
    if let Some(base) = base {
        out(base);
        return;
    }
    if is_accent_mark(c) {
        return;
    }
    // A decomposition has at most a handful of characters (four for the longest Latin and
    // Greek ones); characters whose decomposition carries no accent (Hangul syllables…) are
    // kept whole.
    let mut parts = ['\0'; 8];
    let mut n = 0;
    let mut has_accent = false;
    decompose_canonical(c, |d| {
        has_accent |= is_accent_mark(d);
        if n < parts.len() {
            parts[n] = d;
            n += 1;
        }
    });
    if has_accent && n <= parts.len() {
        parts[..n]
            .iter()
            .filter(|d| !is_accent_mark(**d))
            .for_each(|d| out(*d));
    } else {
        out(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(c: char, case: bool, accents: bool) -> String {
        let mut s = String::new();
        fold_char(c, FoldOptions { case, accents }, &mut |f| s.push(f));
        s
    }

    #[test]
    fn table_entries_fit_and_agree_with_the_function() {
        for index in 0..4 {
            let options = options_at(index);
            let t = table(options);
            for code in (0..TABLE_LIMIT as u32).chain(PUNCTUATION) {
                let c = char::from_u32(code).unwrap();
                let mut expected = String::new();
                for composed in std::iter::once(c).nfc() {
                    fold_char(composed, options, &mut |f| expected.push(f));
                }
                assert!(expected.len() <= 3, "{c:?} folds to {expected:?}");
                assert_eq!(t.lookup(c).unwrap().as_bytes(), expected.as_bytes());
            }
            for b in 0..128u8 {
                assert_eq!(
                    t.lookup(b as char).unwrap().as_bytes(),
                    [t.ascii[b as usize]]
                );
            }
        }
    }

    #[test]
    fn folds_characters() {
        let cases: &[(char, bool, bool, &str)] = &[
            ('É', true, true, "e"),
            ('É', true, false, "é"),
            ('É', false, true, "E"),
            ('É', false, false, "É"),
            ('ç', true, true, "c"),
            ('ï', true, true, "i"),
            ('Œ', true, true, "oe"),
            ('Œ', false, false, "OE"),
            ('æ', false, false, "ae"),
            ('ß', true, false, "ss"),
            ('ß', false, false, "ß"),
            ('\u{1E9E}', true, true, "ss"),
            ('’', true, true, "'"),
            ('ʼ', false, false, "'"),
            ('´', true, true, "'"),
            ('\u{00A0}', true, true, " "),
            ('\u{202F}', true, true, " "),
            ('\u{3000}', true, true, " "),
            ('\t', true, true, " "),
            ('\u{2028}', true, true, "\n"),
            ('—', true, true, "-"),
            ('\u{2212}', true, true, "-"),
            ('\u{00AD}', true, true, ""),
            ('\u{200B}', true, true, ""),
            ('ﬁ', true, true, "fi"),
            ('ø', true, true, "o"),
            ('ł', true, true, "l"),
            ('ǽ', true, true, "ae"),
            ('ế', true, true, "e"),
            ('й', true, true, "и"),
            ('한', true, true, "한"),
            ('«', true, true, "«"),
            ('“', true, true, "“"),
            ('"', true, true, "\""),
            ('\u{0301}', true, true, ""),
            ('\u{0301}', true, false, "\u{0301}"),
        ];
        for &(c, case, accents, expected) in cases {
            assert_eq!(
                fold(c, case, accents),
                expected,
                "{c:?} case={case} accents={accents}"
            );
        }
    }
}
