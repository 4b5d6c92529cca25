//! Quotation marks paired into quoted regions, before anything else reads the text.
//!
//! The segmenter needs to know where quotations are (a quotation holding several sentences
//! followed by its attribution is one sentence), and the voice stage needs the same regions to
//! attribute them. This module finds them once. It is lexical only: who speaks is the voice
//! stage's job.
//!
//! Paragraphs come from [`crate::segment::paragraphs`], so the two stages agree on them. In
//! each paragraph the marks are paired with a stack:
//!
//! - « … » with or without (no-break) spaces inside; “ … ” and „ … “ (or „ … ”); ‹ … › and
//!   ‘ … ’; straight `"` paired by alternation within the paragraph (a `"` closes the open `"`
//!   when there is one, and opens otherwise). The apostrophe ’ between two letters (l’armée,
//!   aujourd’hui) is never a mark; the straight `'` is never a quotation mark.
//! - Nested quotations get a depth: « … “ … ” … » and « … « … » … » (a « opened while another
//!   is open nests when enough » follow in the paragraph to close both). Depth saturates at
//!   255; the pairing uses a stack, never recursion, so any nesting is safe.
//! - Mismatched marks: a quotation opened with one double mark and closed with another
//!   (« … ”, « … ", “ … ») is one region, `balanced` and closed by the mark that ended it; a
//!   straight `"` closes it glued to the last word, or set off by spaces when punctuation or
//!   the paragraph end follows (`… des vies ", a-t-il lancé`). A
//!   « that cannot nest (not enough » left) closes the open « when it reads like a closing
//!   mark (lower case, punctuation or the paragraph end follows it); otherwise the open «
//!   ends, unbalanced, just before it and the new « opens. Reversed guillemets » … « are one
//!   region when the « is not itself followed by a ». A quotation left open inside another
//!   ends, unbalanced, where the outer one closes.
//! - A closing mark with nothing to close (a stray ») is ignored.
//! - An unclosed quotation ends with its paragraph (`balanced = false`), so it never swallows
//!   the rest of the article, unless the next paragraph opens with « or » (or the same mark
//!   for the other kinds): the French convention for a quotation running over several
//!   paragraphs. Each paragraph's part is then a region of its own; the parts after the first
//!   have `continues_previous = true` and open on the reopening mark, and every part is
//!   `balanced` when the last one is properly closed.
//! - A paragraph opened by a dialogue dash (see [`crate::segment`] for when a dash opens a
//!   dialogue turn rather than a list item) is a [`QuoteMark::Dash`] region covering the
//!   paragraph after the dash, at depth 0 and balanced; quotations inside it start at depth 1.
//!
//! Everything is linear in the length of the text: one `memchr` pass per paragraph finds the
//! marks, and each open quotation is pushed and popped once.

mod marks;
mod pair;

use serde::Serialize;

use crate::segment::layout::{self, Opener};
use crate::segment::text::trim;
use crate::span::Span;

/// The kind of mark that opened a quoted region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteMark {
    /// « … » (and reversed » … «)
    Guillemet,
    /// “ … ” (and „ … “)
    Curly,
    /// " … "
    Straight,
    /// ‹ … › and ‘ … ’ used as quotation marks
    Single,
    /// A paragraph opened by a dialogue dash (—, –, -) in an interview.
    Dash,
}

/// One quoted region of the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QuoteRegion {
    /// The opening mark (the dash of a dialogue turn; the reopening mark of a continued part).
    /// The finder always has one; the field allows an empty span for a part continued
    /// without a reopening mark.
    pub open: Span,
    /// The closing mark, when there is one.
    pub close: Option<Span>,
    /// The quoted content between the marks, trimmed of surrounding spaces.
    pub content: Span,
    pub mark: QuoteMark,
    /// 0 for a top-level quotation, 1 for a quotation inside it, and so on (saturating at
    /// 255). Quotations inside a dialogue turn start at 1.
    pub depth: u8,
    /// False when the closing mark is missing and the region was ended at its paragraph end,
    /// or where an enclosing quotation closed, or just before a new « that could not nest.
    /// For a quotation continued over several paragraphs, every part carries the value of the
    /// whole quotation.
    pub balanced: bool,
    /// True when this region continues the quotation of the previous paragraph
    /// (French convention of reopening « at the start of each continued paragraph).
    pub continues_previous: bool,
}

/// Finds the quoted regions in `text[body]`, in order of their opening mark.
///
/// ```
/// use cadrage::quotes::{find_quotes, QuoteMark};
/// use cadrage::span::Span;
///
/// let text = "« Nous ne reculerons pas », a lancé la ministre, citant un « “ dialogue ” franc ».";
/// let regions = find_quotes(text, Span::new(0, text.len()));
/// let contents: Vec<&str> = regions.iter().map(|r| r.content.slice(text)).collect();
/// assert_eq!(contents, ["Nous ne reculerons pas", "“ dialogue ” franc", "dialogue"]);
/// assert_eq!(regions[2].depth, 1);
/// assert_eq!(regions[2].mark, QuoteMark::Curly);
/// ```
pub fn find_quotes(text: &str, body: Span) -> Vec<QuoteRegion> {
    find_quotes_in(text, &layout::blocks(text, body))
}

/// [`find_quotes`] on the paragraphs `blocks` already read from the body by
/// [`layout::blocks`], for a caller that also gives them to [`crate::segment::segment_blocks`]
/// (the analysis reads the paragraphs once for both stages).
pub(crate) fn find_quotes_in(text: &str, blocks: &[layout::Block]) -> Vec<QuoteRegion> {
    let mut out = Vec::new();
    let mut pairer = pair::Pairer::default();
    let mut current = Vec::new();
    let mut next = Vec::new();
    if let Some(first) = blocks.first() {
        marks::scan(text, first.span, &mut next);
    }
    for (i, block) in blocks.iter().enumerate() {
        std::mem::swap(&mut current, &mut next);
        next.clear();
        let following = blocks.get(i + 1);
        if let Some(f) = following {
            marks::scan(text, f.span, &mut next);
        }
        let next_opener = match following {
            Some(f) if !matches!(f.opener, Opener::Dialogue { .. }) => next
                .first()
                .filter(|m| m.span.start == f.span.start)
                .map(|m| m.glyph),
            _ => None,
        };
        let mut base = 0;
        if let Opener::Dialogue { dash } = block.opener {
            base = 1;
            out.push(QuoteRegion {
                open: dash,
                close: None,
                content: trim(text, Span::new(dash.end, block.span.end)),
                mark: QuoteMark::Dash,
                depth: 0,
                balanced: true,
                continues_previous: false,
            });
        }
        pairer.paragraph(
            text,
            &pair::Paragraph {
                span: block.span,
                base,
                marks: &current,
                next_opener,
            },
            &mut out,
        );
    }
    out
}
