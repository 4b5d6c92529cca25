//! Sentence boundaries inside one paragraph.
//!
//! The splitter looks only at candidate terminators (`.` `!` `?` `…`), found with `memchr3`
//! and `memmem`, and decides each one from its immediate neighbourhood: the run of
//! terminators and closing marks it starts (a *cluster*: `?!`, `...`, `. »`, `».`, `.)`), the
//! word before it, the first character after it, and the quotation it may sit in. Every
//! decision reads a bounded window of text, so the whole pass is linear. The rules are listed
//! in [`super`]'s module header.

use memchr::memmem::Finder;

use crate::quotes::QuoteRegion;
use crate::span::Span;

use super::abbrev::{WordClass, classify, is_enumerator, is_roman, opens_sentence};
use super::text::{
    char_at, char_before, is_closing_mark, is_dash, is_opening_mark, is_space, skip_space,
    skip_space_back,
};

/// A quotation introduced inside a sentence (`Il a déclaré : « … »`) and not followed by an
/// attribution is kept in one sentence when its content is at most this many bytes (about
/// three sentences of news prose); a longer one is split into its sentences.
pub const INLINE_QUOTE_MAX_BYTES: usize = 500;

/// How far back (in bytes) a word before a full stop may start to be an abbreviation.
const WORD_WINDOW: usize = 32;
/// How far around a full stop without a following space to look for URL or e-mail syntax.
const URL_WINDOW: usize = 64;

/// What follows a cluster, after any whitespace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Next {
    End,
    Lower,
    Upper,
    Digit,
    Opening,
    Dash,
    /// Punctuation that continues the sentence: `,` `;` `:` `)` `%`…
    Continuing,
    Other,
}

/// A run of terminators and closing marks starting at a candidate.
#[derive(Clone, Copy, Debug)]
struct Cluster {
    end: usize,
    /// Holds `!` or `?`.
    bang: bool,
    /// Holds `…` or several full stops.
    ellipsis: bool,
}

/// The next occurrence of a needle, found once and reused until passed.
#[derive(Clone, Copy, Debug, Default)]
struct Cached {
    at: Option<usize>,
    searched_from: usize,
    exhausted: bool,
}

/// Splits one paragraph into sentences.
pub(crate) struct Splitter<'a> {
    text: &'a str,
    bytes: &'a [u8],
    para: Span,
    /// The quotation regions opening in this paragraph, dialogue dashes excluded, in order.
    regions: &'a [&'a QuoteRegion],
    ellipsis: &'a Finder<'static>,
    next_region: usize,
    sent_start: usize,
    /// Whether a letter or digit lies between `seen_for` (a sentence start) and `seen_upto`.
    seen_text: bool,
    seen_for: usize,
    seen_upto: usize,
    /// Terminators before this offset (and whose cluster ends before it) lie inside a
    /// quotation kept whole.
    suppress_end: usize,
    terminators: Cached,
    ellipses: Cached,
}

impl<'a> Splitter<'a> {
    /// A splitter for `text[para]`, scanning from `from` (after a list marker, whose dot is
    /// not a full stop).
    pub fn new(
        text: &'a str,
        para: Span,
        from: usize,
        regions: &'a [&'a QuoteRegion],
        ellipsis: &'a Finder<'static>,
    ) -> Splitter<'a> {
        Splitter {
            text,
            bytes: text.as_bytes(),
            para,
            regions,
            ellipsis,
            next_region: 0,
            sent_start: para.start,
            seen_text: false,
            seen_for: usize::MAX,
            seen_upto: para.start,
            suppress_end: 0,
            terminators: Cached {
                searched_from: from,
                ..Cached::default()
            },
            ellipses: Cached {
                searched_from: from,
                ..Cached::default()
            },
        }
    }

    /// Appends the paragraph's sentences to `out`, in order.
    pub fn split(mut self, out: &mut Vec<Span>) {
        let mut pos = self.terminators.searched_from;
        while let Some(p) = self.next_candidate(pos) {
            self.open_regions_before(p);
            let cluster = self.cluster(p);
            let suppressed = p < self.suppress_end && cluster.end <= self.suppress_end;
            if !suppressed && self.ends_sentence(p, cluster) {
                out.push(Span::new(self.sent_start, cluster.end));
                self.sent_start = skip_space(self.text, cluster.end, self.para.end);
            }
            pos = cluster.end;
        }
        if self.sent_start < self.para.end {
            out.push(Span::new(self.sent_start, self.para.end));
        }
    }

    /// The next `.`, `!`, `?` or `…` at or after `pos`.
    fn next_candidate(&mut self, pos: usize) -> Option<usize> {
        let end = self.para.end;
        let bytes = self.bytes;
        let t = refresh(&mut self.terminators, pos, |from| {
            memchr::memchr3(b'.', b'!', b'?', &bytes[from..end]).map(|n| from + n)
        });
        let finder = self.ellipsis;
        let e = refresh(&mut self.ellipses, pos, |from| {
            finder.find(&bytes[from..end]).map(|n| from + n)
        });
        match (t, e) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Decides, for every quotation opening before `p`, whether its inner terminators end
    /// sentences.
    fn open_regions_before(&mut self, p: usize) {
        while let Some(r) = self.regions.get(self.next_region).copied() {
            if r.open.start >= p {
                break;
            }
            self.next_region += 1;
            if r.open.start < self.suppress_end {
                continue;
            }
            let keep_whole = self.attached(r)
                || (r.content.len() <= INLINE_QUOTE_MAX_BYTES && self.text_before(r.open.start));
            if keep_whole {
                self.suppress_end = self.suppress_end.max(r.content.end);
            }
        }
    }

    /// Whether the quotation is followed by something that continues its sentence: an
    /// attribution (`», a-t-il dit`, `» a ajouté le ministre`) or any lower-case or
    /// continuing punctuation. A quotation without its closing mark never is: it ended
    /// where its paragraph or an enclosing quotation ended.
    fn attached(&self, r: &QuoteRegion) -> bool {
        let Some(close) = r.close else {
            return false;
        };
        let after = close.end;
        if after >= self.para.end {
            return false;
        }
        let j = skip_space(self.text, after, self.para.end);
        char_at(self.text, j)
            .filter(|_| j < self.para.end)
            .is_some_and(|c| c.is_lowercase() || matches!(c, ',' | ';' | ':' | ')' | ']'))
    }

    /// Whether the current sentence holds a letter or digit before `at`.
    fn text_before(&mut self, at: usize) -> bool {
        if self.seen_for != self.sent_start {
            self.seen_for = self.sent_start;
            self.seen_upto = self.sent_start;
            self.seen_text = false;
        }
        if !self.seen_text && self.seen_upto < at {
            self.seen_text = self
                .text
                .get(self.seen_upto..at)
                .is_some_and(|s| s.chars().any(char::is_alphanumeric));
        }
        self.seen_upto = self.seen_upto.max(at);
        self.seen_text
    }

    /// Whether a quotation region opens at `at` (so the mark there is not a closing one).
    fn region_opens_at(&self, at: usize) -> bool {
        self.regions
            .get(self.next_region)
            .is_some_and(|r| r.open.start == at)
    }

    fn cluster(&self, p: usize) -> Cluster {
        let (bytes, end) = (self.bytes, self.para.end);
        let mut c = Cluster {
            end: p,
            bang: false,
            ellipsis: false,
        };
        let mut dots = 0;
        let mut i = p;
        loop {
            while i < end {
                match bytes[i] {
                    b'.' => dots += 1,
                    b'!' | b'?' => c.bang = true,
                    0xE2 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA6][..]) => {
                        c.ellipsis = true;
                        i += 3;
                        continue;
                    }
                    _ => break,
                }
                i += 1;
            }
            let j = skip_space(self.text, i, end);
            let closer = char_at(self.text, j)
                .filter(|_| j < end)
                .filter(|&m| {
                    (is_closing_mark(m) && !(j > i && matches!(m, ')' | ']')))
                        // The emphasis marks closing a bold or italic question or sentence
                        // (`**Pourquoi ?**`) stay with it.
                        || (j == i && matches!(m, '*' | '_'))
                })
                .filter(|_| !self.region_opens_at(j));
            match closer {
                Some(m) => i = j + m.len_utf8(),
                None => break,
            }
        }
        c.ellipsis |= dots >= 2;
        c.end = i;
        c
    }

    fn next_class(&self, j: usize) -> Next {
        let Some(c) = char_at(self.text, j).filter(|_| j < self.para.end) else {
            return Next::End;
        };
        if self.region_opens_at(j) || is_opening_mark(c) {
            Next::Opening
        } else if c.is_lowercase() {
            Next::Lower
        } else if c.is_uppercase() || c.is_alphabetic() {
            Next::Upper
        } else if c.is_numeric() {
            Next::Digit
        } else if is_dash(c) {
            Next::Dash
        } else if matches!(
            c,
            ',' | ';' | ':' | ')' | ']' | '.' | '!' | '?' | '…' | '%' | '/' | '»' | '”' | '›'
        ) {
            Next::Continuing
        } else {
            Next::Other
        }
    }

    /// Whether the cluster starting at the terminator `p` ends the sentence.
    fn ends_sentence(&self, p: usize, cluster: Cluster) -> bool {
        let j = skip_space(self.text, cluster.end, self.para.end);
        let next = self.next_class(j);
        if next == Next::End {
            return true;
        }
        let spaced = j > cluster.end;
        let before = char_before(self.text, p).filter(|_| p > self.para.start);
        if cluster.bang {
            // `(!)` and `(?)` are comments, not sentence ends.
            if before == Some('(') {
                return false;
            }
            return match next {
                Next::Lower | Next::Continuing => false,
                _ => spaced || !self.url_like(p, j),
            };
        }
        if cluster.ellipsis {
            // `(…)` and `[…]` mark a cut in a quotation.
            if matches!(before, Some('(' | '[')) {
                return false;
            }
            return matches!(next, Next::Upper | Next::Opening | Next::Dash);
        }
        if matches!(next, Next::Lower | Next::Continuing) {
            return false;
        }
        let (word, word_start) = self.word_before(p);
        let class = if word.starts_with('J') {
            classify(word, self.previous_word(word_start))
        } else {
            classify(word, "")
        };
        if class == WordClass::Prefix || (word_start == self.sent_start && is_enumerator(word)) {
            return false;
        }
        if !spaced {
            // `en 2023.Le ministre`: a missing space, which scraped text often has. Only a
            // capitalised word after a lower-case letter, a digit or a closing mark, outside
            // URLs, e-mail addresses and file names.
            return class == WordClass::Word
                && next == Next::Upper
                && self.capitalised(j)
                && before
                    .is_some_and(|b| b.is_lowercase() || b.is_ascii_digit() || is_closing_mark(b))
                && !self.url_like(p, j);
        }
        match class {
            WordClass::NumberPrefix => match next {
                Next::Digit => false,
                Next::Upper => !is_roman(self.word_at(j).0),
                _ => true,
            },
            WordClass::Initial => match next {
                Next::Upper => {
                    let (w, rest) = self.word_at(j);
                    opens_sentence(w, rest)
                }
                Next::Digit => false,
                _ => true,
            },
            WordClass::Word | WordClass::Prefix => true,
        }
    }

    /// The word before the terminator at `p` (back to whitespace or an opening mark), and
    /// where it starts; empty when longer than any abbreviation.
    fn word_before(&self, p: usize) -> (&'a str, usize) {
        let lo = p.saturating_sub(WORD_WINDOW).max(self.para.start);
        let mut i = p;
        while i > lo {
            let b = self.bytes[i - 1];
            let (stop, len) = if b < 0x80 {
                let stop = b.is_ascii_whitespace()
                    || matches!(b, b'(' | b'[' | b'"' | b'\'' | b'/' | 0x0B);
                (stop, 1)
            } else {
                // Only non-ASCII characters need decoding: spaces, opening marks, ’ and —.
                let Some(c) = char_before(self.text, i) else {
                    break;
                };
                let stop = is_space(c) || is_opening_mark(c) || matches!(c, '’' | '—');
                (stop, c.len_utf8())
            };
            if stop {
                return (&self.text[i..p], i);
            }
            i -= len;
        }
        if i > self.para.start {
            return ("", p);
        }
        (&self.text[i..p], i)
    }

    /// The word before the word starting at `start`, without its final full stop.
    fn previous_word(&self, start: usize) -> &'a str {
        let k = skip_space_back(self.text, self.para.start, start);
        if k == start {
            return "";
        }
        let k = if char_before(self.text, k) == Some('.') {
            k - 1
        } else {
            k
        };
        self.word_before(k).0
    }

    /// The word starting at `j` (letters, and an elision apostrophe right after them), and
    /// a bounded stretch of the text after it.
    fn word_at(&self, j: usize) -> (&'a str, &'a str) {
        let end = (j + WORD_WINDOW).min(self.para.end);
        let mut i = j;
        while i < end {
            let Some(c) = char_at(self.text, i) else {
                break;
            };
            if c.is_alphabetic() {
                i += c.len_utf8();
            } else {
                if matches!(c, '\'' | '’') {
                    i += c.len_utf8();
                }
                break;
            }
        }
        let rest_end = (i + WORD_WINDOW).min(self.para.end);
        let mut rest_end = rest_end;
        while !self.text.is_char_boundary(rest_end) {
            rest_end -= 1;
        }
        (&self.text[j..i], &self.text[i..rest_end.max(i)])
    }

    /// A capital followed by a lower-case letter.
    fn capitalised(&self, j: usize) -> bool {
        let mut chars = self.text[j..self.para.end].chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
    }

    /// Whether the terminator at `p` (followed without a space by `j`) sits inside a URL, an
    /// e-mail address or a path: the token around it holds `/` or `@`, or is too long to be
    /// words.
    fn url_like(&self, p: usize, j: usize) -> bool {
        let lo = p.saturating_sub(URL_WINDOW).max(self.para.start);
        let mut reached_space = lo == self.para.start;
        for &b in self.bytes[lo..p].iter().rev() {
            if b.is_ascii_whitespace() {
                reached_space = true;
                break;
            }
            if matches!(b, b'/' | b'@') {
                return true;
            }
        }
        if !reached_space {
            return true;
        }
        let hi = (j + URL_WINDOW).min(self.para.end);
        self.bytes[j..hi]
            .iter()
            .take_while(|b| !b.is_ascii_whitespace())
            .any(|b| matches!(b, b'/' | b'@'))
    }
}

/// The cached next match at or after `pos`, searching again only when the cached one has
/// been passed: every byte is searched once per needle.
fn refresh(
    cache: &mut Cached,
    pos: usize,
    search: impl FnOnce(usize) -> Option<usize>,
) -> Option<usize> {
    if cache.exhausted {
        return None;
    }
    let stale = match cache.at {
        Some(at) => at < pos,
        None => true,
    };
    if stale {
        let from = pos.max(cache.searched_from);
        cache.searched_from = from;
        cache.at = search(from);
        if cache.at.is_none() {
            cache.exhausted = true;
        }
    }
    cache.at
}
