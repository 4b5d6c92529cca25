//! Tokens of one sentence, as the attribution patterns read them.
//!
//! Attribution is decided on a short sequence of tokens: words (folded: lower case, no accents,
//! one apostrophe), punctuation marks, and whole quotations. A quotation is one token, however
//! long, so that the patterns look at the syntax around it (`», a déclaré X`, `X a dit :
//! « …`) and never rescan its content: the cost of a sentence is linear in its length.
//!
//! Words keep elided articles and pronouns apart (`qu'il` is `qu'` + `il`, `l'AFP` is `l'` +
//! `afp`), keep hyphenated inversions whole (`a-t-il`, `explique-t-elle`, split later by the
//! patterns) and keep the dot of initials and titles (`J.-P.`, `M.`).

use crate::normalize::is_alphanumeric as is_alnum;
use crate::span::Span;

pub(crate) use super::fold::{fold, is_apostrophe, lower};
use super::fold::{fold_char, is_hyphen};
use super::lexis::{self, Entry, Lex, entry};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    /// One punctuation character (the char itself).
    Punct(char),
    /// A quotation: index into the sentence's list of quotations.
    Quote(usize),
}

/// One token of a sentence.
#[derive(Clone, Debug)]
pub(crate) struct Tok<'a> {
    pub span: Span,
    pub kind: Kind,
    /// Folded form of a word (lower case, no accents, `'` for every apostrophe, `-` for every
    /// hyphen); the character itself for punctuation; empty for a quotation. Borrowed from the
    /// text when folding changes nothing, as for most words, else from the sentence's arena.
    folded: &'a str,
    /// The token as the text writes it.
    pub raw: &'a str,
    /// The word starts with an upper-case letter.
    pub cap: bool,
    /// The word has at least two letters, all upper case (an acronym: ONU, CEDEAO).
    pub caps: bool,
    /// The word has letters that folding stripped of an accent (`à` folds to `a` but is not
    /// the verb `a`).
    pub accented: bool,
    /// The word can open a speaker's noun phrase (a determiner, a title, a capitalised word, a
    /// role or institution noun…): computed once, read by every phrase pattern.
    pub opens: bool,
    /// The word is capitalised (or an acronym), not a function word unless a title, and
    /// starts with a letter: it can be part of a proper name. Computed once, read by the noun
    /// phrase patterns (`np::is_name_word`).
    pub name_word: bool,
    /// What the word lists say about the word, looked up once.
    lex: Option<&'static Entry>,
}

impl Lex for Tok<'_> {
    fn lex(&self) -> Option<&'static Entry> {
        self.lex
    }

    fn word(&self) -> &str {
        self.norm()
    }
}

impl<'a> Tok<'a> {
    /// The folded form (see the field `folded`).
    pub fn norm(&self) -> &'a str {
        self.folded
    }

    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word)
    }

    pub fn is(&self, word: &str) -> bool {
        matches!(self.kind, Kind::Word) && self.norm() == word
    }

    pub fn is_punct(&self, c: char) -> bool {
        matches!(self.kind, Kind::Punct(p) if p == c)
    }

    pub fn quote(&self) -> Option<usize> {
        match self.kind {
            Kind::Quote(q) => Some(q),
            _ => None,
        }
    }
}

/// A stretch of the sentence that is one token: a quotation's extent within the sentence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Block {
    pub span: Span,
    pub quote: usize,
}

/// Elided words that glue to the next one: `l'`, `qu'`, `jusqu'`…
const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
];

/// Titles written with a final dot that belongs to the word (`M. Dupont`).
const DOTTED_TITLES: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st",
];

/// Where a token's folded form lives while its sentence is read.
#[derive(Clone, Copy)]
enum Loc {
    Text,
    Arena(usize, usize),
    Empty,
}

/// A token before its folded form can be borrowed.
struct Pending {
    span: Span,
    kind: Kind,
    folded: Loc,
    cap: bool,
    caps: bool,
    /// The token is ASCII (read for words only).
    ascii: bool,
}

/// Splits `text[span]` into tokens. `blocks` are the quotations lying in the span, ordered
/// and disjoint; each becomes one token. Folded forms that differ from the text are written
/// into `arena` (cleared first), which the tokens then borrow: no allocation per word.
pub(crate) fn tokenize<'a>(
    text: &'a str,
    span: Span,
    blocks: &[Block],
    arena: &'a mut String,
) -> Vec<Tok<'a>> {
    arena.clear();
    let mut pending = Vec::with_capacity(span.len() / 5 + 4);
    let mut at = span.start;
    for b in blocks {
        let start = b.span.start.max(at);
        words(
            text,
            Span::new(at, start.max(at)),
            arena,
            &mut pending,
            usize::MAX,
        );
        if b.span.end > start {
            pending.push(Pending {
                span: Span::new(start, b.span.end),
                kind: Kind::Quote(b.quote),
                folded: Loc::Empty,
                cap: false,
                caps: false,
                ascii: false,
            });
        }
        at = at.max(b.span.end);
    }
    if at < span.end {
        words(
            text,
            Span::new(at, span.end),
            arena,
            &mut pending,
            usize::MAX,
        );
    }
    let arena: &'a String = arena;
    pending
        .into_iter()
        .map(|p| finish(text, arena, p))
        .collect()
}

/// The first tokens of `text[span]`, which holds no quotation: at least `n` of them (one
/// more when the last word read splits after an elision), or all when there are fewer. They
/// are the first tokens [`tokenize`] gives for the same span, since each token is read from
/// the text alone, left to right.
pub(crate) fn tokenize_head<'a>(
    text: &'a str,
    span: Span,
    n: usize,
    arena: &'a mut String,
) -> Vec<Tok<'a>> {
    arena.clear();
    let mut pending = Vec::with_capacity(n + 1);
    words(text, span, arena, &mut pending, n);
    let arena: &'a String = arena;
    pending
        .into_iter()
        .map(|p| finish(text, arena, p))
        .collect()
}

fn finish<'a>(text: &'a str, arena: &'a str, p: Pending) -> Tok<'a> {
    let raw = &text[p.span.start..p.span.end];
    let folded = match p.folded {
        Loc::Text => raw,
        Loc::Arena(a, b) => &arena[a..b],
        Loc::Empty => "",
    };
    let word = matches!(p.kind, Kind::Word);
    let mut tok = Tok {
        span: p.span,
        kind: p.kind,
        folded,
        raw,
        cap: p.cap,
        caps: p.caps,
        accented: word && !p.ascii,
        opens: false,
        name_word: false,
        lex: if word { entry(folded) } else { None },
    };
    if word {
        // `Lors de…`, `Face à…`, `Autour de…`: a preposition opening a sentence is no name.
        let function_word =
            lexis::is_capitalised_function_word(&tok) || lexis::is_preposition(&tok);
        tok.opens = tok.caps || (tok.cap && !function_word) || lexis::opens_phrase(&tok);
        tok.name_word = (tok.cap || tok.caps)
            && (!function_word || lexis::title(&tok).is_some())
            && folded.chars().next().is_some_and(char::is_alphabetic);
    }
    tok
}

/// [`char::is_alphabetic`], with the shortcuts of [`is_alnum`] for ASCII and the Latin letters
/// of French (a test checks it against the standard library for every character).
fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if ('\u{c0}'..='\u{24f}').contains(&c) {
        c != '×' && c != '÷'
    } else {
        c.is_alphabetic()
    }
}

/// Whitespace or a control character, which separate tokens and are none: for ASCII, every
/// byte up to the space and DEL.
fn is_blank(c: char) -> bool {
    if c.is_ascii() {
        c <= ' ' || c == '\u{7f}'
    } else {
        c.is_whitespace() || c.is_control()
    }
}

/// The character at byte `i` of `s` (a char boundary) and its length.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        (char::from(b), 1)
    } else {
        let c = s[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
        (c, c.len_utf8())
    }
}

/// Tokens of `text[span]`, which holds no quotation.
///
/// It walks the bytes, taking runs of ASCII letters and digits a byte at a time and any other
/// character whole; each decision is the one the character-by-character reading makes (see
/// [`is_alnum`], [`is_blank`]).
///
/// It stops once `out` holds `limit` tokens.
fn words(text: &str, span: Span, arena: &mut String, out: &mut Vec<Pending>, limit: usize) {
    let s = &text[span.start..span.end];
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && out.len() < limit {
        let (c, n) = char_at(s, i);
        if is_blank(c) {
            i += n;
            continue;
        }
        if !is_alnum(c) {
            let at = span.start + i;
            out.push(Pending {
                span: Span::new(at, at + n),
                kind: Kind::Punct(c),
                folded: Loc::Text,
                cap: false,
                caps: false,
                ascii: false,
            });
            i += n;
            continue;
        }
        // A word: letters and digits, joined by single hyphens, apostrophes, the dots of
        // initials (J.-P.) or numbers (3.5) and decimal commas (1,4). Its first apostrophe
        // is noted as it is read (`ʼ` is a letter, the others join): `'` is ASCII, every
        // other apostrophe is not, and ASCII letters and digits are none.
        let mut end = i + n;
        let mut apostrophe = is_apostrophe(c).then_some((0, c));
        while end < b.len() {
            if b[end].is_ascii_alphanumeric() {
                end += 1;
                continue;
            }
            let (d, dn) = char_at(s, end);
            if is_alnum(d) {
                if apostrophe.is_none() && is_apostrophe(d) {
                    apostrophe = Some((end - i, d));
                }
                end += dn;
                continue;
            }
            let j = end;
            let rest = &s[j + dn..];
            let join = if d == '.' {
                is_initial_dot(&s[i..j], rest)
            } else if d == ',' {
                // The decimal comma of French numbers (`1,4 tonne`, `3,5 %`) is no clause
                // break.
                s[i..j].ends_with(|c: char| c.is_ascii_digit())
                    && rest.starts_with(|c: char| c.is_ascii_digit())
            } else {
                ((is_hyphen(d) || is_apostrophe(d))
                    && rest.chars().next().is_some_and(is_alnum))
                    // `qu'« … »`, `l’ “…”`: an elided word keeps its apostrophe before a
                    // quotation mark or a space.
                    || (is_apostrophe(d) && ELISIONS.iter().any(|e| s[i..j].eq_ignore_ascii_case(e)))
            };
            if !join {
                break;
            }
            if apostrophe.is_none() && is_apostrophe(d) {
                apostrophe = Some((j - i, d));
            }
            end = j + dn;
        }
        // The dot of an initial or a title belongs to the word: `J.`, `J.-P.`, `M.`.
        let word = &s[i..end];
        if s[end..].starts_with('.') && takes_dot(word) {
            end += 1;
        }
        push_word(
            text,
            Span::new(span.start + i, span.start + end),
            apostrophe,
            arena,
            out,
        );
        i = end;
    }
}

/// True when a dot after `before` joins it to what follows (`rest`): initials (`J.-P.`,
/// `U.S.A`) and decimals (`3.5`).
fn is_initial_dot(before: &str, rest: &str) -> bool {
    let last_part = before.rsplit(['.', '-']).next().unwrap_or(before);
    let mut next = rest.chars();
    let (n1, n2) = (next.next(), next.next());
    let initial = last_part.chars().count() == 1 && last_part.chars().all(char::is_uppercase);
    let upper_next = n1.is_some_and(char::is_uppercase)
        || (n1.is_some_and(is_hyphen) && n2.is_some_and(char::is_uppercase));
    let digits = !last_part.is_empty()
        && last_part.chars().all(|c| c.is_ascii_digit())
        && n1.is_some_and(|c| c.is_ascii_digit());
    (initial && upper_next) || digits
}

fn takes_dot(word: &str) -> bool {
    let last = word.rsplit(['.', '-']).next().unwrap_or(word);
    (last.chars().count() == 1 && last.chars().all(char::is_uppercase))
        || DOTTED_TITLES.iter().any(|t| word.eq_ignore_ascii_case(t))
}

/// The first apostrophe of a word: where it is and which.
fn first_apostrophe(raw: &str) -> Option<(usize, char)> {
    // Every apostrophe but `'` is outside ASCII: an ASCII word needs only a byte search.
    if raw.is_ascii() {
        raw.bytes().position(|b| b == b'\'').map(|at| (at, '\''))
    } else {
        raw.char_indices().find(|&(_, c)| is_apostrophe(c))
    }
}

/// Pushes a word, split after a leading elision (`qu'il` → `qu'` + `il`). `apostrophe` is
/// the word's first ([`first_apostrophe`]), which the caller found while reading it.
fn push_word(
    text: &str,
    span: Span,
    apostrophe: Option<(usize, char)>,
    arena: &mut String,
    out: &mut Vec<Pending>,
) {
    let raw = &text[span.start..span.end];
    if let Some((at, c)) = apostrophe {
        let head = &raw[..at];
        let after = at + c.len_utf8();
        // `N'Djamena`, `N'Golo`: a capital `N'` before a capitalised word is part of a name,
        // not the negation's elision (an all-capitals `N'OUBLIEZ` still splits).
        let mut rest = raw[after..].chars();
        let name = head == "N"
            && rest.next().is_some_and(char::is_uppercase)
            && rest.next().is_some_and(char::is_lowercase);
        if !name && ELISIONS.iter().any(|e| head.eq_ignore_ascii_case(e)) && after < raw.len() {
            out.push(word_tok(
                raw,
                Span::new(span.start, span.start + after),
                arena,
            ));
            let rest = Span::new(span.start + after, span.end);
            push_word(text, rest, first_apostrophe(rest.slice(text)), arena, out);
            return;
        }
    }
    out.push(word_tok(raw, span, arena));
}

/// What [`word_tok`] reads of an ASCII word.
struct AsciiShape {
    /// Letters (`is_alphabetic`).
    letters: usize,
    /// A lower-case letter: for ASCII, every letter is upper or lower case, so the letters are
    /// all upper case when there is none.
    lower: bool,
    dot: bool,
    /// The first character is an upper-case letter.
    cap: bool,
    /// Only lower-case letters, digits, `-`, `'` and `.`: the word is its own folded form.
    plain: bool,
}

const LETTER: u8 = 1;
const LOWER: u8 = 2;
const UPPER: u8 = 4;
const DOT: u8 = 8;
const PLAIN: u8 = 16;
const NOT_ASCII: u8 = 32;

/// The class of every byte, for [`ascii_shape`].
const CLASSES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            NOT_ASCII
        } else if c.is_ascii_lowercase() {
            LETTER | LOWER | PLAIN
        } else if c.is_ascii_uppercase() {
            LETTER | UPPER
        } else if c == b'.' {
            DOT | PLAIN
        } else if c.is_ascii_digit() || c == b'-' || c == b'\'' {
            PLAIN
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The shape of a word in one pass over its bytes, `None` when it is not ASCII.
fn ascii_shape(raw: &[u8]) -> Option<AsciiShape> {
    let (mut any, mut all, mut letters) = (0u8, PLAIN, 0usize);
    for &b in raw {
        let k = CLASSES[b as usize];
        any |= k;
        all &= k;
        letters += usize::from(k & LETTER);
    }
    (any & NOT_ASCII == 0).then(|| AsciiShape {
        letters,
        lower: any & LOWER != 0,
        dot: any & DOT != 0,
        cap: raw
            .first()
            .is_some_and(|&b| CLASSES[b as usize] & UPPER != 0),
        plain: all & PLAIN != 0,
    })
}

/// A word, with its capitalisation read in one pass and its folded form written to the arena
/// when it differs from the text. `raw` starts at `span.start`.
fn word_tok(raw: &str, span: Span, arena: &mut String) -> Pending {
    let raw = &raw[..span.len()];
    let (ascii, cap, caps, plain);
    if let Some(shape) = ascii_shape(raw.as_bytes()) {
        ascii = true;
        cap = shape.cap;
        caps = shape.letters >= 2 && !shape.lower && !shape.dot;
        plain = shape.plain;
    } else {
        ascii = false;
        let mut letters = 0usize;
        let mut all_upper = true;
        let mut dot = false;
        for c in raw.chars() {
            if is_alpha(c) {
                letters += 1;
                all_upper &= c.is_uppercase();
            } else if c == '.' {
                dot = true;
            }
        }
        cap = raw.chars().next().is_some_and(char::is_uppercase);
        // Initials (`J.-P.`) are not acronyms.
        caps = letters >= 2 && all_upper && !dot;
        // A word with a character outside ASCII is never plain.
        plain = false;
    }
    let folded = if plain {
        Loc::Text
    } else {
        let a = arena.len();
        if ascii {
            // `fold_char` lowers an ASCII character and does nothing else to it.
            arena.push_str(raw);
            arena[a..].make_ascii_lowercase();
        } else {
            for c in raw.chars() {
                // `fold_char` lowers an ASCII character and does nothing else to it.
                if c.is_ascii() {
                    arena.push(c.to_ascii_lowercase());
                } else {
                    fold_char(c, &mut |f| arena.push(f));
                }
            }
        }
        Loc::Arena(a, arena.len())
    };
    Pending {
        span,
        kind: Kind::Word,
        folded,
        cap,
        caps,
        ascii,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(s: &str) -> Vec<String> {
        let mut arena = String::new();
        tokenize(s, Span::new(0, s.len()), &[], &mut arena)
            .into_iter()
            .map(|t| t.norm().to_string())
            .collect()
    }

    #[test]
    fn character_shortcuts_agree_with_unicode() {
        for c in (0..=0x10_ffffu32).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_blank(c), c.is_whitespace() || c.is_control(), "{c:?}");
        }
    }

    /// `fold_char` as first written: every character through `to_lowercase`.
    fn fold_char_by_lowercase(c: char) -> String {
        if c.is_ascii() {
            return c.to_ascii_lowercase().to_string();
        }
        if is_apostrophe(c) {
            return "'".into();
        }
        if is_hyphen(c) {
            return "-".into();
        }
        let mut out = String::new();
        for l in c.to_lowercase() {
            out.push_str(match l {
                'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => "a",
                'ç' => "c",
                'é' | 'è' | 'ê' | 'ë' => "e",
                'î' | 'ï' | 'í' | 'ì' => "i",
                'ô' | 'ö' | 'ó' | 'ò' | 'õ' => "o",
                'û' | 'ù' | 'ü' | 'ú' => "u",
                'ÿ' | 'ý' => "y",
                'ñ' => "n",
                'œ' => "oe",
                'æ' => "ae",
                _ => {
                    out.push(l);
                    continue;
                }
            });
        }
        out
    }

    #[test]
    fn folding_a_character_agrees_with_folding_its_lower_case() {
        for c in (0..=0x10_ffffu32).filter_map(char::from_u32) {
            let mut folded = String::new();
            fold_char(c, &mut |f| folded.push(f));
            assert_eq!(folded, fold_char_by_lowercase(c), "{c:?}");
        }
    }

    /// The tokenizer as it read characters one by one before it walked bytes: every token's
    /// span, kind and folded form must be the same.
    type Shape = (bool, bool, bool);

    fn words_by_chars(s: &str) -> Vec<(Span, Kind, String, Shape)> {
        let mut out = Vec::new();
        let mut iter = s.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c.is_whitespace() || c.is_control() {
                continue;
            }
            if !c.is_alphanumeric() {
                let shape = (false, false, false);
                out.push((
                    Span::new(i, i + c.len_utf8()),
                    Kind::Punct(c),
                    c.to_string(),
                    shape,
                ));
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    iter.next();
                    continue;
                }
                let rest = &s[j + d.len_utf8()..];
                let join = if d == '.' {
                    is_initial_dot(&s[i..j], rest)
                } else if d == ',' {
                    s[i..j].ends_with(|c: char| c.is_ascii_digit())
                        && rest.starts_with(|c: char| c.is_ascii_digit())
                } else {
                    ((is_hyphen(d) || is_apostrophe(d))
                        && rest.chars().next().is_some_and(char::is_alphanumeric))
                        || (is_apostrophe(d)
                            && ELISIONS.iter().any(|e| s[i..j].eq_ignore_ascii_case(e)))
                };
                if !join {
                    break;
                }
                iter.next();
                end = j + d.len_utf8();
            }
            if s[end..].starts_with('.') && takes_dot(&s[i..end]) {
                end += 1;
                iter.next();
            }
            let mut pending = Vec::new();
            let mut arena = String::new();
            push_word(
                s,
                Span::new(i, end),
                first_apostrophe(&s[i..end]),
                &mut arena,
                &mut pending,
            );
            for p in pending {
                let raw = &s[p.span.start..p.span.end];
                let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
                let all_upper = raw
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
                let cap = raw.chars().next().is_some_and(char::is_uppercase);
                let caps = letters >= 2 && all_upper && !raw.contains('.');
                let shape = (cap, caps, !raw.is_ascii());
                out.push((p.span, p.kind, fold(raw), shape));
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn bytes_and_chars_give_the_same_tokens(
            s in "[a-zA-Z0-9'’ʼ‘.,:;!?«»()×÷ \t\n\u{a0}\u{85}\u{7f}\u{1}éÉèçœŒßİÿ\u{301}αΩ٣-]{0,24}|\\PC{0,16}|\\p{Any}{0,8}"
        ) {
            let mut arena = String::new();
            let toks: Vec<(Span, Kind, String, Shape)> =
                tokenize(&s, Span::new(0, s.len()), &[], &mut arena)
                    .into_iter()
                    .map(|t| (t.span, t.kind, t.norm().to_string(), (t.cap, t.caps, t.accented)))
                    .collect();
            proptest::prop_assert_eq!(toks, words_by_chars(&s));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_head_is_the_first_tokens(
            s in "[a-zA-Z0-9'’.,:; «»éÉ-]{0,40}",
            n in 0usize..8
        ) {
            let (mut a, mut b) = (String::new(), String::new());
            let all = tokenize(&s, Span::new(0, s.len()), &[], &mut a);
            let head = tokenize_head(&s, Span::new(0, s.len()), n, &mut b);
            let show = |t: &Tok| format!("{:?}", (t.span, t.kind, t.norm(), t.cap, t.caps, t.accented, t.opens));
            proptest::prop_assert!(head.len() >= n.min(all.len()) && head.len() <= all.len());
            for (h, t) in head.iter().zip(&all) {
                proptest::prop_assert_eq!(show(h), show(t));
            }
        }
    }

    #[test]
    fn folds_accents_case_and_apostrophes() {
        assert_eq!(fold("Œuvre Élysée l’armée"), "oeuvre elysee l'armee");
    }

    #[test]
    fn splits_elisions_and_keeps_inversions() {
        assert_eq!(
            norms("Et d’estimer qu'il a-t-il dit aujourd'hui"),
            [
                "et",
                "d'",
                "estimer",
                "qu'",
                "il",
                "a-t-il",
                "dit",
                "aujourd'hui"
            ]
        );
    }

    #[test]
    fn a_capital_n_before_a_capitalised_word_is_a_name() {
        assert_eq!(
            norms("N'Djamena Matin salue"),
            ["n'djamena", "matin", "salue"]
        );
        assert_eq!(norms("N'Golo Diarra"), ["n'golo", "diarra"]);
        assert_eq!(norms("N'oubliez pas"), ["n'", "oubliez", "pas"]);
        assert_eq!(norms("N'OUBLIEZ PAS"), ["n'", "oubliez", "pas"]);
    }

    #[test]
    fn an_elision_before_a_quotation_mark_keeps_its_apostrophe() {
        assert_eq!(
            norms("a assuré qu'« aucune » et qu’ “rien”, l'« opération »"),
            [
                "a",
                "assure",
                "qu'",
                "«",
                "aucune",
                "»",
                "et",
                "qu'",
                "“",
                "rien",
                "”",
                ",",
                "l'",
                "«",
                "operation",
                "»"
            ]
        );
        // An apostrophe after a word that does not elide stays punctuation.
        assert_eq!(norms("les 'bons'"), ["les", "'", "bons", "'"]);
    }

    #[test]
    fn keeps_initials_and_titles() {
        assert_eq!(
            norms("J.-P. Martin et M. Diallo."),
            ["j.-p.", "martin", "et", "m.", "diallo", "."]
        );
        assert_eq!(norms("le 3.5 %"), ["le", "3.5", "%"]);
        // The decimal comma is part of the number; a comma after a number is punctuation.
        assert_eq!(norms("1,4 tonne"), ["1,4", "tonne"]);
        assert_eq!(
            norms("en 2025, a-t-il dit"),
            ["en", "2025", ",", "a-t-il", "dit"]
        );
    }

    #[test]
    fn punctuation_without_spaces() {
        assert_eq!(
            norms("dit:«Non»,a-t-il"),
            ["dit", ":", "«", "non", "»", ",", "a-t-il"]
        );
    }

    #[test]
    fn quotations_are_one_token() {
        let s = "Il a dit « non merci » hier.";
        let open = s.find('«').unwrap();
        let close = s.find('»').unwrap() + '»'.len_utf8();
        let mut arena = String::new();
        let toks = tokenize(
            s,
            Span::new(0, s.len()),
            &[Block {
                span: Span::new(open, close),
                quote: 0,
            }],
            &mut arena,
        );
        let kinds: Vec<Kind> = toks.iter().map(|t| t.kind).collect();
        assert_eq!(kinds[3], Kind::Quote(0));
        assert_eq!(toks.len(), 6);
    }
}
