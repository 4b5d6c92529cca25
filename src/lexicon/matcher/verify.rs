//! Verification of one pattern around one anchor hit, on the normalized text.
//!
//! The automaton only finds anchors: one literal per entry. Everything else a pattern says
//! (the other words, `*` endings, gaps, word boundaries) is checked here, outward from the
//! anchor: forward for the tokens after it, backward for the tokens before it. Each step keeps
//! the set of positions where the pattern can have got to, so gaps never backtrack, and each
//! step looks at no more than one run of separators and one word per position: verifying an
//! anchor costs a bounded amount of work, which keeps matching linear in the text.

use crate::lexicon::pattern::{Token, is_word_char};

fn char_before(t: &str, i: usize) -> Option<char> {
    t[..i].chars().next_back()
}

fn char_at(t: &str, i: usize) -> Option<char> {
    t[i..].chars().next()
}

/// Whether a word character ends at `i`. An ASCII byte before `i` is a whole character (the
/// bytes of longer ones are all 0x80 or above), and an ASCII character is a word character
/// when it is a letter or a digit ([`is_word_char`]): only other characters are decoded.
#[inline]
pub(super) fn word_before(t: &str, i: usize) -> bool {
    match i.checked_sub(1).map(|j| t.as_bytes()[j]) {
        None => false,
        Some(b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => char_before(t, i).is_some_and(is_word_char),
    }
}

/// Whether a word character starts at `i`, with the shortcut of [`word_before`].
#[inline]
pub(super) fn word_at(t: &str, i: usize) -> bool {
    match t.as_bytes().get(i) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => char_at(t, i).is_some_and(is_word_char),
    }
}

pub(super) fn starts_with_word(s: &str) -> bool {
    s.chars().next().is_some_and(is_word_char)
}

pub(super) fn ends_with_word(s: &str) -> bool {
    s.chars().next_back().is_some_and(is_word_char)
}

/// Characters a gap never crosses: the ends of sentences and clauses.
fn is_stop(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | ':' | '…')
}

/// Separators between two words of a pattern: spaces and hyphens, and at most one line break
/// (a hard-wrapped line), never a blank line.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || c == '-'
}

fn skip_separators_forward(t: &str, p: usize) -> usize {
    let mut q = p;
    let mut breaks = 0;
    for c in t[p..].chars() {
        if !is_separator(c) {
            break;
        }
        if c == '\n' {
            breaks += 1;
            if breaks > 1 {
                break;
            }
        }
        q += c.len_utf8();
    }
    q
}

fn skip_separators_backward(t: &str, p: usize) -> usize {
    let mut q = p;
    let mut breaks = 0;
    for c in t[..p].chars().rev() {
        if !is_separator(c) {
            break;
        }
        if c == '\n' {
            breaks += 1;
            if breaks > 1 {
                break;
            }
        }
        q -= c.len_utf8();
    }
    q
}

/// Where a word that starts with `prefix` at `q` ends, if it does start there.
fn glob_end(t: &str, q: usize, prefix: &str) -> Option<usize> {
    if !t[q..].starts_with(prefix) {
        return None;
    }
    let from = q + prefix.len();
    let run: usize = t[from..]
        .chars()
        .take_while(|&c| is_word_char(c))
        .map(char::len_utf8)
        .sum();
    Some(from + run)
}

/// How an automaton literal stands for its token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnchorKind {
    /// The literal is one whole spelling of the token.
    Whole,
    /// The literal is the prefix of a `*` word.
    Glob,
    /// The literal is the common prefix of the token's many spellings (the forms of a verb):
    /// one literal instead of dozens keeps the automaton small.
    Prefix,
}

/// Checks an anchor literal found at `start..end` and pushes every position where its token
/// ends there, if the literal stands on word boundaries.
pub fn anchor_ends(
    t: &str,
    (start, end): (usize, usize),
    literal: &str,
    kind: AnchorKind,
    token: &Token,
    out: &mut Vec<usize>,
) {
    if starts_with_word(literal) && word_before(t, start) {
        return;
    }
    match kind {
        AnchorKind::Glob => out.extend(glob_end(t, start, literal)),
        AnchorKind::Whole => {
            if !(ends_with_word(literal) && word_at(t, end)) {
                out.push(end);
            }
        }
        AnchorKind::Prefix => {
            if let Token::Words(alts) = token {
                each_prefix(alts, &t[start..], |alt| {
                    let e = start + alt.len();
                    if !(ends_with_word(alt) && word_at(t, e)) {
                        out.push(e);
                    }
                });
            }
        }
    }
}

/// Calls `f` with every spelling of `alts` that `s` starts with, the longest first.
///
/// The spellings of a compiled token are sorted and distinct (a verb has dozens), so instead of
/// comparing each with the text this walks down the sorted list: a spelling that is a prefix of
/// `s` sorts at or before `s`, and when the nearest candidate shares only its first `c` bytes
/// with `s`, every earlier prefix of `s` is a prefix of `s[..c]`, found by one more binary
/// search. The position sets that receive the ends are sorted afterwards, so the order of the
/// calls does not matter.
fn each_prefix<S: AsRef<str> + Ord>(alts: &[S], s: &str, mut f: impl FnMut(&str)) {
    debug_assert!(alts.is_sorted(), "the spellings of a token are sorted");
    let s = s.as_bytes();
    let mut hi = alts.partition_point(|a| a.as_ref().as_bytes() <= s);
    while hi > 0 {
        let alt = alts[hi - 1].as_ref();
        let a = alt.as_bytes();
        if s.starts_with(a) {
            f(alt);
            hi -= 1;
        } else {
            let c = a.iter().zip(s).take_while(|(x, y)| x == y).count();
            hi = alts[..hi - 1].partition_point(|x| x.as_ref().as_bytes() <= &s[..c]);
        }
    }
}

/// A set of bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ByteSet([u64; 4]);

impl ByteSet {
    fn insert(&mut self, b: u8) {
        self.0[usize::from(b >> 6)] |= 1 << (b & 63);
    }

    fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b >> 6)] & (1 << (b & 63)) != 0
    }
}

/// What the tokens right next to an entry's anchor can look like, checked before [`verify`]
/// to turn most entries down without walking them: the most common anchors (`france`, `dans`,
/// `gouvernement`) are shared by a dozen multi-word entries each, of which at most one
/// matches at a given place.
///
/// The checks are necessary conditions of [`verify`], so skipping it when they fail changes
/// nothing: `verify` fails as soon as no position is reached after a token, forward or
/// backward. A [`Token::Words`] whose spellings are all non-empty can only be reached after
/// the separators that follow (or precede) the previous position, when the byte there is the
/// first (or last) byte of one of its spellings ([`step_forward`], [`step_backward`]); a
/// [`Token::Glob`] after the anchor, when that byte is the first byte of its prefix. Gaps,
/// empty spellings and a glob before the anchor are not checked.
#[derive(Clone, Copy, Debug, Default)]
pub struct Neighbors {
    /// The first bytes of the token after the anchor, if checked.
    next: Option<ByteSet>,
    /// The last bytes of the token before the anchor, if checked.
    prev: Option<ByteSet>,
}

impl Neighbors {
    pub fn new(tokens: &[Token], anchor: usize) -> Neighbors {
        let set = |token: &Token, first: bool| -> Option<ByteSet> {
            let mut set = ByteSet::default();
            match token {
                Token::Words(alts) => {
                    for alt in alts.iter() {
                        let bytes = alt.as_ref().as_bytes();
                        set.insert(*(if first { bytes.first() } else { bytes.last() })?);
                    }
                }
                Token::Glob(prefix) if first => set.insert(*prefix.as_bytes().first()?),
                Token::Glob(_) | Token::Gap { .. } => return None,
            }
            Some(set)
        };
        Neighbors {
            next: tokens.get(anchor + 1).and_then(|t| set(t, true)),
            prev: anchor
                .checked_sub(1)
                .and_then(|a| tokens.get(a))
                .and_then(|t| set(t, false)),
        }
    }

    /// False when the token before the anchor cannot end before `start`, where the anchor
    /// starts. `before` caches the byte before the separators that precede `start`, which is
    /// the same for every entry anchored there.
    pub fn prev_may_match(&self, t: &str, start: usize, before: &mut Option<Option<u8>>) -> bool {
        let Some(set) = &self.prev else { return true };
        let byte = *before.get_or_insert_with(|| {
            let r = skip_separators_backward(t, start);
            r.checked_sub(1).map(|i| t.as_bytes()[i])
        });
        byte.is_some_and(|b| set.contains(b))
    }

    /// False when the token after the anchor cannot start after any of `ends`, where the
    /// anchor may end.
    pub fn next_may_match(&self, t: &str, ends: &[usize]) -> bool {
        let Some(set) = &self.next else { return true };
        ends.iter()
            .any(|&p| byte_after(t, p).is_some_and(|b| set.contains(b)))
    }

    /// [`Neighbors::next_may_match`] for the one end of a whole spelling, with `after` caching
    /// the byte after the separators that follow it, the same for every entry anchored there.
    pub fn next_may_match_at(&self, t: &str, end: usize, after: &mut Option<Option<u8>>) -> bool {
        let Some(set) = &self.next else { return true };
        after
            .get_or_insert_with(|| byte_after(t, end))
            .is_some_and(|b| set.contains(b))
    }
}

/// The byte after the separators that follow `p`, if any.
fn byte_after(t: &str, p: usize) -> Option<u8> {
    t.as_bytes().get(skip_separators_forward(t, p)).copied()
}

/// Every position where `token` can end when it follows a token or gap that ended at `p`.
fn step_forward(t: &str, p: usize, token: &Token, out: &mut Vec<usize>) {
    match token {
        Token::Gap { min, max } => gap_forward(t, p, *min, *max, out),
        Token::Words(alts) => {
            let q = skip_separators_forward(t, p);
            let glued = word_before(t, q);
            each_prefix(alts, &t[q..], |alt| {
                let e = q + alt.len();
                let glued_to_previous = glued && starts_with_word(alt);
                let runs_into_next = ends_with_word(alt) && word_at(t, e);
                if !glued_to_previous && !runs_into_next {
                    out.push(e);
                }
            });
        }
        Token::Glob(prefix) => {
            let q = skip_separators_forward(t, p);
            if starts_with_word(prefix) && word_before(t, q) {
                return;
            }
            if let Some(e) = glob_end(t, q, prefix) {
                out.push(e);
            }
        }
    }
}

/// Every position where `token` can start when it precedes a token or gap that starts at `p`.
fn step_backward(t: &str, p: usize, token: &Token, out: &mut Vec<usize>) {
    match token {
        Token::Gap { min, max } => gap_backward(t, p, *min, *max, out),
        Token::Words(alts) => {
            let r = skip_separators_backward(t, p);
            let glued = word_at(t, r);
            for alt in alts.iter() {
                if !t[..r].ends_with(alt.as_ref()) || (glued && ends_with_word(alt)) {
                    continue;
                }
                let s = r - alt.len();
                if starts_with_word(alt) && word_before(t, s) {
                    continue;
                }
                out.push(s);
            }
        }
        Token::Glob(prefix) => {
            let r = skip_separators_backward(t, p);
            if word_at(t, r) || !word_before(t, r) {
                return;
            }
            let run: usize = t[..r]
                .chars()
                .rev()
                .take_while(|&c| is_word_char(c))
                .map(char::len_utf8)
                .sum();
            let w0 = r - run;
            // The prefix may hold non-word characters (`aujourd'h*`): its last word part must
            // open the word found, and what comes before must precede it.
            let cut = prefix
                .char_indices()
                .rev()
                .find(|&(_, c)| !is_word_char(c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let (head, tail) = prefix.split_at(cut);
            if !t[w0..r].starts_with(tail) || !t[..w0].ends_with(head) {
                return;
            }
            let s = w0 - head.len();
            if !head.is_empty() && starts_with_word(head) && word_before(t, s) {
                return;
            }
            out.push(s);
        }
    }
}

/// The end of the run of characters a gap may cross between words (spaces, commas, quote
/// marks, brackets), or `None` when the run holds a blank line.
fn gap_separators_forward(t: &str, p: usize) -> Option<usize> {
    let mut q = p;
    let mut breaks = 0;
    for c in t[p..].chars() {
        if is_word_char(c) || is_stop(c) {
            break;
        }
        if c == '\n' {
            breaks += 1;
            if breaks > 1 {
                return None;
            }
        }
        q += c.len_utf8();
    }
    Some(q)
}

fn gap_separators_backward(t: &str, p: usize) -> Option<usize> {
    let mut q = p;
    let mut breaks = 0;
    for c in t[..p].chars().rev() {
        if is_word_char(c) || is_stop(c) {
            break;
        }
        if c == '\n' {
            breaks += 1;
            if breaks > 1 {
                return None;
            }
        }
        q -= c.len_utf8();
    }
    Some(q)
}

/// Positions after `min..=max` words following `p`, never crossing the end of a sentence.
/// Each position is given both right after its last word and after the punctuation that
/// follows it, so that the next word of the pattern may come after a comma
/// (`veut montrer, une fois encore, qui`).
fn gap_forward(t: &str, p: usize, min: u8, max: u8, out: &mut Vec<usize>) {
    let push = |pos: usize, out: &mut Vec<usize>| {
        out.push(pos);
        if let Some(q) = gap_separators_forward(t, pos) {
            out.push(q);
        }
    };
    if min == 0 {
        push(p, out);
    }
    let mut pos = p;
    for k in 1..=max {
        let Some(q) = gap_separators_forward(t, pos) else {
            return;
        };
        let run: usize = t[q..]
            .chars()
            .take_while(|&c| is_word_char(c))
            .map(char::len_utf8)
            .sum();
        if run == 0 {
            return;
        }
        pos = q + run;
        if k >= min {
            push(pos, out);
        }
    }
}

/// Positions before `min..=max` words preceding `p`, never crossing the end of a sentence,
/// each given both right before its first word and before the punctuation preceding it.
fn gap_backward(t: &str, p: usize, min: u8, max: u8, out: &mut Vec<usize>) {
    let push = |pos: usize, out: &mut Vec<usize>| {
        out.push(pos);
        if let Some(q) = gap_separators_backward(t, pos) {
            out.push(q);
        }
    };
    if min == 0 {
        push(p, out);
    }
    let mut pos = p;
    for k in 1..=max {
        let Some(q) = gap_separators_backward(t, pos) else {
            return;
        };
        let run: usize = t[..q]
            .chars()
            .rev()
            .take_while(|&c| is_word_char(c))
            .map(char::len_utf8)
            .sum();
        if run == 0 {
            return;
        }
        pos = q - run;
        if k >= min {
            push(pos, out);
        }
    }
}

/// Verifies a whole pattern whose token `anchor` starts at `start` and may end at any of
/// `ends` (from [`anchor_ends`]). Returns the widest span the pattern covers there: the
/// leftmost start and the rightmost end it can reach. `scratch` holds the position sets, kept
/// by the caller so that verifying an anchor allocates nothing.
pub fn verify(
    t: &str,
    tokens: &[Token],
    anchor: usize,
    start: usize,
    ends: &[usize],
    scratch: &mut (Vec<usize>, Vec<usize>),
) -> Option<(usize, usize)> {
    if tokens.len() == 1 {
        return ends.iter().max().map(|&end| (start, end));
    }
    let (current, next) = scratch;
    current.clear();
    current.extend_from_slice(ends);
    for token in &tokens[anchor + 1..] {
        next.clear();
        for &p in current.iter() {
            step_forward(t, p, token, next);
        }
        if next.is_empty() {
            return None;
        }
        next.sort_unstable();
        next.dedup();
        std::mem::swap(current, next);
    }
    let last = *current.iter().max()?;
    current.clear();
    current.push(start);
    for token in tokens[..anchor].iter().rev() {
        next.clear();
        for &p in current.iter() {
            step_backward(t, p, token, next);
        }
        if next.is_empty() {
            return None;
        }
        next.sort_unstable();
        next.dedup();
        std::mem::swap(current, next);
    }
    let first = *current.iter().min()?;
    Some((first, last))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn naive(alts: &[String], s: &str) -> Vec<String> {
        let mut v: Vec<String> = alts
            .iter()
            .filter(|a| s.starts_with(a.as_str()))
            .cloned()
            .collect();
        v.sort();
        v
    }

    fn walked(alts: &[String], s: &str) -> Vec<String> {
        let mut v = Vec::new();
        each_prefix(alts, s, |a| v.push(a.to_string()));
        v.sort();
        v
    }

    #[test]
    fn word_edges_agree_with_decoding() {
        let t = "Un élève, l'œuvre-d’art\u{301} 3,5 % ×÷ \u{2019}x\u{a0}y\n中-a";
        for i in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
            assert_eq!(
                word_before(t, i),
                char_before(t, i).is_some_and(is_word_char),
                "{i}"
            );
            assert_eq!(
                word_at(t, i),
                char_at(t, i).is_some_and(is_word_char),
                "{i}"
            );
        }
    }

    #[test]
    fn finds_every_spelling_the_text_starts_with() {
        let mut alts: Vec<String> = [
            "dit",
            "dis",
            "disait",
            "disent",
            "dira",
            "diront",
            "dire",
            "d'",
            "di",
            "déclaré",
            "déclare",
            "déclarent",
            "a dit",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        alts.sort();
        for s in [
            "disait-il",
            "dit",
            "diront que",
            "déclarent",
            "d'après",
            "a dit",
            "rien",
            "",
        ] {
            assert_eq!(walked(&alts, s), naive(&alts, s), "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn agrees_with_comparing_every_spelling(
            alts in proptest::collection::btree_set("[abé' ]{0,5}", 0..40),
            s in "[abé' ]{0,8}",
        ) {
            let alts: Vec<String> = alts.into_iter().collect();
            prop_assert_eq!(walked(&alts, &s), naive(&alts, &s));
        }
    }
}
