//! Pairing quotation marks into regions, one paragraph at a time, with a stack.
//!
//! Open quotations sit on a stack (a `Vec`, never recursion, so 10,000 nested levels cost
//! nothing special); the depth reported in a region saturates at 255. For each family of
//! marks the stack keeps a count of its open entries, so "is a « open somewhere?" is answered
//! in constant time and a closing mark pops straight down to its opener: every entry is pushed
//! and popped once, and the whole pass is linear. The rules for each mark are in
//! [`super`]'s module header.

use crate::segment::text::{skip_space, skip_space_back};
use crate::span::Span;

use super::marks::{Glyph, Mark};
use super::{QuoteMark, QuoteRegion};

/// A straight `"` set off by spaces (French spacing) with punctuation or the paragraph end
/// after it (`… ce sont des vies ", a-t-il lancé`): it cannot open quoted words, so it
/// closes the double mark left open, as the same mark glued to the word does.
fn spaced_closer(m: &Mark) -> bool {
    m.after_space
        && m.before_space
        && matches!(
            m.next,
            '\0' | ',' | '.' | ';' | ':' | '!' | '?' | '…' | ')' | ']'
        )
}

/// Families of opening marks, each closed by its own marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    /// « closed by »
    Guillemet,
    /// » used as an opener, closed by « (reversed guillemets).
    Reversed,
    /// “ closed by ”
    Curly,
    /// „ closed by “ or ”
    Low,
    /// " closed by the next "
    Straight,
    /// ‹ closed by ›
    Angle,
    /// ‘ closed by ’
    Single,
}

const FAMILIES: usize = 7;

impl Family {
    fn index(self) -> usize {
        self as usize
    }

    fn mark(self) -> QuoteMark {
        match self {
            Family::Guillemet | Family::Reversed => QuoteMark::Guillemet,
            Family::Curly | Family::Low => QuoteMark::Curly,
            Family::Straight => QuoteMark::Straight,
            Family::Angle | Family::Single => QuoteMark::Single,
        }
    }

    /// Double marks may close each other when the writer mixed them up.
    fn is_double(self) -> bool {
        matches!(
            self,
            Family::Guillemet | Family::Reversed | Family::Curly | Family::Low | Family::Straight
        )
    }

    /// Whether `glyph` at the start of the next paragraph reopens a quotation of this family.
    fn reopened_by(self, glyph: Glyph) -> bool {
        match self {
            Family::Guillemet => matches!(glyph, Glyph::OpenGuillemet | Glyph::CloseGuillemet),
            Family::Reversed => glyph == Glyph::CloseGuillemet,
            Family::Curly | Family::Low => matches!(glyph, Glyph::OpenCurly | Glyph::Low),
            Family::Straight => glyph == Glyph::Straight,
            Family::Angle => glyph == Glyph::OpenAngle,
            Family::Single => glyph == Glyph::OpenSingle,
        }
    }
}

/// An open quotation.
#[derive(Clone, Copy, Debug)]
struct Open {
    family: Family,
    open: Span,
    /// Index of its region in the output.
    slot: usize,
    /// Part of a quotation continued over several paragraphs.
    chained: bool,
}

/// The pairing state carried from one paragraph to the next.
#[derive(Debug, Default)]
pub(super) struct Pairer {
    stack: Vec<Open>,
    counts: [usize; FAMILIES],
    /// Output slots of the parts of the quotation continued over paragraphs so far.
    chain: Vec<usize>,
    /// The family of a quotation left open at the end of the previous paragraph and reopened
    /// at the start of the next one.
    carry: Option<Family>,
}

/// One paragraph handed to the pairer.
pub(super) struct Paragraph<'m> {
    pub span: Span,
    /// Depth of the paragraph's top-level quotations (1 inside a dialogue turn).
    pub base: u8,
    pub marks: &'m [Mark],
    /// The first mark of the next paragraph when it opens that paragraph, and the next
    /// paragraph is not a dialogue turn: a candidate reopening mark.
    pub next_opener: Option<Glyph>,
}

impl Pairer {
    /// Pairs the marks of one paragraph, appending its regions to `out` in order of their
    /// opening mark.
    pub fn paragraph(&mut self, text: &str, para: &Paragraph<'_>, out: &mut Vec<QuoteRegion>) {
        let marks = para.marks;
        let mut first = 0;
        if let Some(family) = self.carry.take()
            && let Some(m) = marks.first()
        {
            self.push(family, m.span, para.base, true, true, out);
            first = 1;
        }
        let mut closing_guillemets = marks[first..]
            .iter()
            .filter(|m| m.glyph == Glyph::CloseGuillemet)
            .count();
        let next_guillemet = next_guillemets(marks);
        for k in first..marks.len() {
            let m = marks[k];
            if m.glyph == Glyph::CloseGuillemet {
                closing_guillemets -= 1;
            }
            self.mark(
                text,
                m,
                k,
                marks,
                &next_guillemet,
                closing_guillemets,
                para.base,
                out,
            );
        }
        self.end_paragraph(text, para, out);
    }

    #[allow(clippy::too_many_arguments)]
    fn mark(
        &mut self,
        text: &str,
        m: Mark,
        k: usize,
        marks: &[Mark],
        next_guillemet: &[usize],
        closing_guillemets_after: usize,
        base: u8,
        out: &mut Vec<QuoteRegion>,
    ) {
        match m.glyph {
            Glyph::OpenGuillemet => {
                if self.open(Family::Reversed) > 0 {
                    self.close(text, Family::Reversed, m.span, out);
                } else if self.open(Family::Guillemet) > 0 {
                    if closing_guillemets_after > self.open(Family::Guillemet) {
                        self.push(Family::Guillemet, m.span, base, false, false, out);
                    } else if m.closes_like() {
                        self.close(text, Family::Guillemet, m.span, out);
                    } else {
                        self.abandon(text, Family::Guillemet, m.span.start, out);
                        self.push(Family::Guillemet, m.span, base, false, false, out);
                    }
                } else {
                    self.push(Family::Guillemet, m.span, base, false, false, out);
                }
            }
            Glyph::CloseGuillemet => {
                if self.open(Family::Guillemet) > 0 {
                    self.close(text, Family::Guillemet, m.span, out);
                } else if self.top_is_double() {
                    self.close_top(text, m.span, out);
                } else if reversed_pair_ahead(marks, next_guillemet, k) {
                    self.push(Family::Reversed, m.span, base, false, false, out);
                }
            }
            Glyph::OpenCurly => {
                if self.open(Family::Low) > 0 {
                    self.close(text, Family::Low, m.span, out);
                } else if self.open(Family::Curly) > 0 && !m.after_space && m.before_space {
                    self.close(text, Family::Curly, m.span, out);
                } else {
                    self.push(Family::Curly, m.span, base, false, false, out);
                }
            }
            Glyph::Low => self.push(Family::Low, m.span, base, false, false, out),
            Glyph::CloseCurly => {
                if self.open(Family::Curly) > 0 {
                    self.close(text, Family::Curly, m.span, out);
                } else if self.open(Family::Low) > 0 {
                    self.close(text, Family::Low, m.span, out);
                } else if self.top_is_double() {
                    self.close_top(text, m.span, out);
                }
            }
            Glyph::Straight => {
                if self.open(Family::Straight) > 0 {
                    self.close(text, Family::Straight, m.span, out);
                } else if (!m.opens_like() && !m.after_space || spaced_closer(&m))
                    && self.top_is_double()
                {
                    self.close_top(text, m.span, out);
                } else {
                    self.push(Family::Straight, m.span, base, false, false, out);
                }
            }
            Glyph::OpenAngle => self.push(Family::Angle, m.span, base, false, false, out),
            Glyph::CloseAngle => {
                if self.open(Family::Angle) > 0 {
                    self.close(text, Family::Angle, m.span, out);
                }
            }
            Glyph::OpenSingle => self.push(Family::Single, m.span, base, false, false, out),
            Glyph::CloseSingle => {
                if self.open(Family::Single) > 0 {
                    self.close(text, Family::Single, m.span, out);
                }
            }
        }
    }

    /// Number of open quotations of `family`.
    fn open(&self, family: Family) -> usize {
        self.counts[family.index()]
    }

    fn top_is_double(&self) -> bool {
        self.stack.last().is_some_and(|o| o.family.is_double())
    }

    fn push(
        &mut self,
        family: Family,
        open: Span,
        base: u8,
        continues: bool,
        chained: bool,
        out: &mut Vec<QuoteRegion>,
    ) {
        let depth = u8::try_from(self.stack.len())
            .unwrap_or(u8::MAX)
            .saturating_add(base);
        let slot = out.len();
        out.push(QuoteRegion {
            open,
            close: None,
            content: Span::new(open.end, open.end),
            mark: family.mark(),
            depth,
            balanced: false,
            continues_previous: continues,
        });
        self.counts[family.index()] += 1;
        self.stack.push(Open {
            family,
            open,
            slot,
            chained,
        });
    }

    fn pop(&mut self) -> Option<Open> {
        let o = self.stack.pop()?;
        self.counts[o.family.index()] -= 1;
        Some(o)
    }

    /// Closes the innermost open quotation of `family` with the mark at `close`; the
    /// quotations opened inside it and left open end, unbalanced, where it closes.
    fn close(&mut self, text: &str, family: Family, close: Span, out: &mut [QuoteRegion]) {
        let end = End::new(text, close.start);
        while let Some(o) = self.pop() {
            if o.family == family {
                self.finish(text, o, end, Some(close), out);
                return;
            }
            self.finish(text, o, end, None, out);
        }
    }

    /// Closes the innermost open quotation, whatever its family, with the mark at `close`.
    fn close_top(&mut self, text: &str, close: Span, out: &mut [QuoteRegion]) {
        if let Some(o) = self.pop() {
            self.finish(text, o, End::new(text, close.start), Some(close), out);
        }
    }

    /// Ends the innermost open quotation of `family`, and everything opened inside it,
    /// unbalanced at `at`.
    fn abandon(&mut self, text: &str, family: Family, at: usize, out: &mut [QuoteRegion]) {
        let end = End::new(text, at);
        while let Some(o) = self.pop() {
            let found = o.family == family;
            self.finish(text, o, end, None, out);
            if found {
                return;
            }
        }
    }

    /// Fills the region of `o`, ending its content at `end`.
    fn finish(
        &mut self,
        text: &str,
        o: Open,
        end: End,
        close: Option<Span>,
        out: &mut [QuoteRegion],
    ) {
        let region = &mut out[o.slot];
        region.content = end.content(text, o.open.end);
        region.close = close;
        region.balanced = close.is_some();
        if o.chained {
            for &slot in &self.chain {
                out[slot].balanced = close.is_some();
            }
            self.chain.clear();
        }
    }

    /// Ends the paragraph: quotations left open end with it, except the outermost one when
    /// the next paragraph reopens it (the French convention for quotations running over
    /// several paragraphs).
    fn end_paragraph(&mut self, text: &str, para: &Paragraph<'_>, out: &mut [QuoteRegion]) {
        let continues = match (self.stack.first(), para.next_opener) {
            (Some(bottom), Some(glyph)) => para.base == 0 && bottom.family.reopened_by(glyph),
            _ => false,
        };
        let keep = usize::from(continues);
        let end = End::new(text, para.span.end);
        while self.stack.len() > keep {
            let o = self.pop().expect("stack is longer than keep");
            self.finish(text, o, end, None, out);
        }
        if continues && let Some(bottom) = self.pop() {
            let region = &mut out[bottom.slot];
            region.content = end.content(text, bottom.open.end);
            region.close = None;
            self.chain.push(bottom.slot);
            self.carry = Some(bottom.family);
        }
    }
}

/// The point where one or more quotations end, with its whitespace trimmed once: many
/// nested quotations may end at the same point, and trimming each of them separately would
/// scan the same run of spaces again and again.
#[derive(Clone, Copy, Debug)]
struct End {
    at: usize,
    /// `at` without the whitespace before it.
    trimmed: usize,
}

impl End {
    fn new(text: &str, at: usize) -> End {
        End {
            at,
            trimmed: skip_space_back(text, 0, at),
        }
    }

    /// The content of a quotation opened by a mark ending at `open_end`, trimmed.
    fn content(self, text: &str, open_end: usize) -> Span {
        let at = self.at.max(open_end);
        let start = skip_space(text, open_end, at);
        Span::new(start, self.trimmed.max(start))
    }
}

/// For each mark, the index of the next guillemet mark after it (`marks.len()` when none).
fn next_guillemets(marks: &[Mark]) -> Vec<usize> {
    let mut next = vec![marks.len(); marks.len()];
    let mut after = marks.len();
    for k in (0..marks.len()).rev() {
        next[k] = after;
        if matches!(marks[k].glyph, Glyph::OpenGuillemet | Glyph::CloseGuillemet) {
            after = k;
        }
    }
    next
}

/// A stray » at `k` opens a reversed pair » … « when the next guillemet is a « that does not
/// itself open an ordinary « … » pair.
fn reversed_pair_ahead(marks: &[Mark], next_guillemet: &[usize], k: usize) -> bool {
    let j = next_guillemet[k];
    if j >= marks.len() || marks[j].glyph != Glyph::OpenGuillemet {
        return false;
    }
    let after = next_guillemet[j];
    after >= marks.len() || marks[after].glyph != Glyph::CloseGuillemet
}
