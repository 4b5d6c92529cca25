//! The anchors of an engine looked up word by word instead of by an overlapping automaton scan.
//!
//! Every anchor literal of the shipped lexicons starts with a word character, and the scan
//! turns down an anchor found right after a word character ([`super::verify::word_before`]):
//! only occurrences at the start of a word stand for entries. So instead of scanning the
//! whole text with an automaton of some 5,000 literals, [`WordIndex::occurrences`] walks the
//! words of the text and, for each, looks up in hash tables the literals it starts with.
//!
//! A literal is its leading run of word characters `head` and the rest `tail` (empty but for
//! elisions such as `qu'`). At a word `w` starting at `q`, the literal occurs at `q` exactly
//! when
//! - its tail is empty and `head` is a prefix of `w` (its characters are all word
//!   characters, so it cannot reach past `w`), or
//! - its tail is not empty, `head` is all of `w` and the text after `w` starts with the tail
//!   (the tail starts with a character that is not a word character, which ends `w`).
//!
//! An occurrence that ends inside `w` matters only to entries anchored on a stem (`Prefix`)
//! or on a `*` prefix (`Glob`): for a whole spelling the scan requires a word boundary at the
//! end. So literals with an empty tail that some such entry uses (the *stems*) are looked up
//! at every length of the word's prefixes that a stem has, and every other literal only at
//! the whole word. Each occurrence at a word start is reported exactly once, as the
//! automaton reported it, so the hits are the same; only their order differs (the matcher
//! sorts them).

use super::verify::AnchorKind;
use crate::normalize::is_word_char;

/// One literal in a [`Table`].
#[derive(Clone, Debug)]
struct Slot {
    hash: u64,
    head: Box<[u8]>,
    /// Literals with this head: `ids[start..end]` of the table.
    start: u32,
    end: u32,
}

/// Whether two short byte strings are equal, compared in place (a call to `memcmp` costs more
/// than the few bytes of a word).
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// An open-addressing table from a literal's head to the literals with that head.
#[derive(Clone, Debug, Default)]
struct Table {
    /// Index + 1 into `slots`; 0 is empty.
    index: Vec<u32>,
    shift: u32,
    slots: Vec<Slot>,
    /// Literal id and the length of its tail (the tail is the literal's end).
    ids: Vec<(u32, u32)>,
}

/// FNV-1a, one byte at a time, so that the hash of every prefix of a word comes on the way.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

#[inline]
fn step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
}

fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_OFFSET, |h, &b| step(h, b))
}

impl Table {
    /// A table of `(head, literal id, tail length)`, grouped by head in the order given.
    /// A table of `(head, literal id, tail length)`.
    fn new(mut items: Vec<(&[u8], u32, u32)>) -> Table {
        items.sort_by(|a, b| a.0.cmp(b.0).then(a.1.cmp(&b.1)));
        let mut slots: Vec<Slot> = Vec::new();
        let mut ids = Vec::with_capacity(items.len());
        for (head, id, tail) in items {
            match slots.last_mut() {
                Some(last) if *last.head == *head => last.end += 1,
                _ => slots.push(Slot {
                    hash: hash(head),
                    head: head.into(),
                    start: ids.len() as u32,
                    end: ids.len() as u32 + 1,
                }),
            }
            ids.push((id, tail));
        }
        // At most half full.
        let bits = (slots.len() * 2)
            .max(2)
            .next_power_of_two()
            .trailing_zeros();
        let mut table = Table {
            index: vec![0; 1 << bits],
            shift: 64 - bits,
            slots,
            ids,
        };
        for (n, slot) in table.slots.iter().enumerate() {
            let mut i = table.home(slot.hash);
            while table.index[i] != 0 {
                i = (i + 1) & (table.index.len() - 1);
            }
            table.index[i] = n as u32 + 1;
        }
        table
    }

    #[inline]
    fn home(&self, hash: u64) -> usize {
        (hash.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// The literals whose head is `head` (of hash `hash`), with their tail lengths; `None`
    /// when `head` is not in the table.
    #[inline]
    fn get(&self, hash: u64, head: &[u8]) -> Option<&[(u32, u32)]> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.index.len() - 1;
        let mut i = self.home(hash);
        loop {
            let n = self.index[i];
            if n == 0 {
                return None;
            }
            let slot = &self.slots[n as usize - 1];
            if slot.hash == hash && same(&slot.head, head) {
                return Some(&self.ids[slot.start as usize..slot.end as usize]);
            }
            i = (i + 1) & mask;
        }
    }
}

/// The anchor literals of an engine, by the words they start.
#[derive(Clone, Debug, Default)]
pub struct WordIndex {
    /// Literals looked up at the whole word only.
    whole: Table,
    /// Literals looked up at every prefix of the word as long as one of them (empty tail; a
    /// stem or glob anchor).
    stems: Table,
    /// Bit `n` set when a stem is `n` bytes long (every stem is shorter than 64 bytes).
    stem_lengths: u64,
    /// A Bloom filter of one bit per key of both tables, by hash: a word or prefix whose bit
    /// is clear is in neither, and most are, so most lookups stop at one load.
    filter: Vec<u64>,
    /// The literals' tails, by literal id (to compare with the text after the word).
    tails: Vec<Box<[u8]>>,
}

/// The length of the leading run of word characters of `s`.
fn head_len(s: &str) -> usize {
    s.char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(s.len(), |(i, _)| i)
}

impl WordIndex {
    /// The index of `literals` (by id), `is_prefix(id)` telling whether an entry anchored on a
    /// literal anchors on it as a stem or a glob prefix. `None` when a literal does not start
    /// with a word character, or a stem is 64 bytes or longer: such an engine keeps the
    /// automaton.
    pub fn new(literals: &[&str], mut is_prefix: impl FnMut(usize) -> bool) -> Option<WordIndex> {
        let mut whole = Vec::new();
        let mut stems = Vec::new();
        let mut stem_lengths = 0u64;
        let mut tails = Vec::with_capacity(literals.len());
        for (id, literal) in literals.iter().enumerate() {
            let head = head_len(literal);
            if head == 0 {
                return None;
            }
            let (h, tail) = literal.as_bytes().split_at(head);
            tails.push(Box::<[u8]>::from(tail));
            if tail.is_empty() && is_prefix(id) {
                if head >= 64 {
                    return None;
                }
                stem_lengths |= 1 << head;
                stems.push((h, id as u32, 0));
            } else {
                whole.push((h, id as u32, tail.len() as u32));
            }
        }
        let mut filter = vec![0u64; FILTER_BITS / 64];
        for (head, _, _) in whole.iter().chain(&stems) {
            let bit = filter_bit(hash(head));
            filter[bit / 64] |= 1 << (bit % 64);
        }
        Some(WordIndex {
            whole: Table::new(whole),
            stems: Table::new(stems),
            stem_lengths,
            filter,
            tails,
        })
    }

    /// Whether a key of hash `h` may be in a table.
    #[inline]
    fn may_hold(&self, h: u64) -> bool {
        let bit = filter_bit(h);
        self.filter[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// Calls `f(id, start, end)` for every occurrence of a literal at the start of a word of
    /// `t`, word by word; within a word, stems by length, then the literals of the whole word.
    pub fn occurrences(&self, t: &str, mut f: impl FnMut(usize, usize, usize)) {
        let b = t.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // Skip to the next word character.
            match CLASS[usize::from(b[i])] {
                ASCII_WORD => {}
                OTHER => {
                    i += 1;
                    continue;
                }
                _ => {
                    let ch = t[i..].chars().next().unwrap_or(' ');
                    if !is_word_char(ch) {
                        i += ch.len_utf8();
                        continue;
                    }
                }
            }
            // The word, with the hashes of its prefixes on the way.
            let start = i;
            let mut h = FNV_OFFSET;
            while i < b.len() {
                let c = b[i];
                match CLASS[usize::from(c)] {
                    ASCII_WORD => {
                        h = step(h, c);
                        i += 1;
                    }
                    OTHER => break,
                    _ => {
                        let ch = t[i..].chars().next().unwrap_or(' ');
                        if !is_word_char(ch) {
                            break;
                        }
                        for &byte in &b[i..i + ch.len_utf8()] {
                            h = step(h, byte);
                        }
                        i += ch.len_utf8();
                    }
                }
                let n = i - start;
                if n < 64 && self.stem_lengths & (1 << n) != 0 && self.may_hold(h) {
                    for &(id, _) in self.stems.get(h, &b[start..i]).unwrap_or_default() {
                        f(id as usize, start, i);
                    }
                }
            }
            if !self.may_hold(h) {
                continue;
            }
            if let Some(ids) = self.whole.get(h, &b[start..i]) {
                for &(id, tail) in ids {
                    if tail == 0 {
                        f(id as usize, start, i);
                    } else if b[i..].starts_with(&self.tails[id as usize]) {
                        f(id as usize, start, i + tail as usize);
                    }
                }
            }
        }
    }
}

/// The size of [`WordIndex::filter`]: 32 KB, a few thousand keys set about one bit in 40.
const FILTER_BITS: usize = 1 << 18;

#[inline]
fn filter_bit(h: u64) -> usize {
    (h.wrapping_mul(0xff51_afd7_ed55_8ccd) >> (64 - 18)) as usize
}

/// Byte classes: an ASCII letter or digit, any other ASCII byte, a byte of a longer character.
const ASCII_WORD: u8 = 1;
const OTHER: u8 = 0;
static CLASS: [u8; 256] = {
    let mut class = [2u8; 256];
    let mut b = 0;
    while b < 128 {
        class[b] = if (b as u8).is_ascii_alphanumeric() {
            ASCII_WORD
        } else {
            OTHER
        };
        b += 1;
    }
    class
};

/// Whether an entry anchored this way can match with its literal ending inside a word.
pub fn ends_inside_words(kind: AnchorKind) -> bool {
    matches!(kind, AnchorKind::Prefix | AnchorKind::Glob)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::matcher::verify::{word_at, word_before};

    /// Literals, whether each is a stem (anchored as a `Prefix` or `Glob`), as an engine
    /// would give them.
    const LITERALS: &[(&str, bool)] = &[
        ("france", false),
        ("gouvern", true),
        ("qu'", false),
        ("l'", false),
        ("aujourd'hui", false),
        ("elu", false),
        ("élu", false),
        ("déclar", true),
        ("dans", false),
        ("d", true),
        ("de", false),
        ("49", false),
    ];

    fn index() -> WordIndex {
        let literals: Vec<&str> = LITERALS.iter().map(|l| l.0).collect();
        WordIndex::new(&literals, |id| LITERALS[id].1).expect("every literal starts a word")
    }

    fn occurrences(t: &str) -> Vec<(&'static str, usize, usize)> {
        let mut out = Vec::new();
        index().occurrences(t, |id, s, e| out.push((LITERALS[id].0, s, e)));
        out.sort_unstable();
        out
    }

    /// Text, then the literals that must be reported (with their start), then those that
    /// must not be reported anywhere.
    type Row = (
        &'static str,
        &'static [(&'static str, usize)],
        &'static [&'static str],
    );

    const ROWS: &[Row] = &[
        ("la france", &[("france", 3)], &["de", "d"]),
        ("lafrance franceinfo", &[], &["france"]),
        ("France", &[], &["france"]),
        (
            "gouverne gouvernement",
            &[("gouvern", 0), ("gouvern", 9)],
            &[],
        ),
        ("surgouvernement", &[], &["gouvern"]),
        ("qu'il l'a dit", &[("qu'", 0), ("l'", 6), ("d", 10)], &[]),
        ("qu il", &[], &["qu'"]),
        ("aujourd'hui", &[("aujourd'hui", 0)], &[]),
        ("aujourd'", &[], &["aujourd'hui"]),
        ("élu elu élue", &[("élu", 0), ("elu", 5)], &[]),
        ("réélu délu", &[], &["élu", "elu"]),
        (
            "déclaré déclara",
            &[("déclar", 0), ("déclar", 10), ("d", 0)],
            &["dans"],
        ),
        (
            "de dans des",
            &[("d", 0), ("de", 0), ("d", 3), ("dans", 3), ("d", 8)],
            &[],
        ),
        ("article 49-3", &[("49", 8)], &[]),
        ("149 49a", &[], &["49"]),
        ("«dans»", &[("dans", 2), ("d", 2)], &[]),
        ("", &[], &["de"]),
    ];

    #[test]
    fn rows_match_and_do_not_match() {
        for &(text, must, must_not) in ROWS {
            let found = occurrences(text);
            for &(literal, start) in must {
                assert!(
                    found.iter().any(|&(l, s, _)| l == literal && s == start),
                    "{literal:?} at {start} in {text:?}: {found:?}"
                );
            }
            for literal in must_not {
                assert!(
                    !found.iter().any(|&(l, _, _)| l == *literal),
                    "{literal:?} in {text:?}: {found:?}"
                );
            }
        }
    }

    /// Every occurrence reported is one that the automaton would report at the start of a
    /// word, and every such occurrence that can stand for an entry is reported: one of a stem,
    /// or of a literal that does not run into a longer word.
    #[test]
    fn reports_the_occurrences_at_word_starts() {
        let mut texts: Vec<String> = ROWS.iter().map(|r| r.0.to_string()).collect();
        texts.push("Déclarations: la france, dans l'élu qu'aujourd'hui de49 d'elu".into());
        for t in &texts {
            let found = occurrences(t);
            let mut all = Vec::new();
            for (q, _) in t.char_indices() {
                if !word_at(t, q) || word_before(t, q) {
                    continue;
                }
                for &(literal, stem) in LITERALS {
                    if t[q..].starts_with(literal) {
                        let end = q + literal.len();
                        let runs_on = literal.ends_with(is_word_char) && word_at(t, end);
                        all.push(((literal, q, end), stem || !runs_on));
                    }
                }
            }
            for hit in &found {
                assert!(all.iter().any(|(h, _)| h == hit), "{hit:?} in {t:?}");
            }
            for (hit, needed) in &all {
                assert!(!needed || found.contains(hit), "{hit:?} missing in {t:?}");
            }
        }
    }

    #[test]
    fn a_literal_that_does_not_start_a_word_keeps_the_automaton() {
        assert!(WordIndex::new(&["«"], |_| false).is_none());
        assert!(WordIndex::new(&["-t-il"], |_| false).is_none());
        assert!(WordIndex::new(&["il"], |_| false).is_some());
        let long = "a".repeat(64);
        assert!(WordIndex::new(&[long.as_str()], |_| true).is_none());
        assert!(WordIndex::new(&[long.as_str()], |_| false).is_some());
    }
}
