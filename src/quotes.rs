//! Quotation marks paired into quoted regions, before anything else reads the text.
//!
//! The segmenter needs to know where quotations are (a quotation holding several sentences
//! followed by its attribution is one sentence), and the voice stage needs the same regions to
//! attribute them. This module finds them once: « … » (with or without no-break spaces),
//! “ … ”, straight "…" paired by alternation, ‹ › and nested quotes, quotations continued over
//! several paragraphs (« reopened at the start of each continued paragraph), and dialogue
//! dashes. It is lexical only: who speaks is the voice stage's job.
//!
//! An unclosed quotation never swallows the rest of the article: it ends at the end of its
//! paragraph and is reported as unbalanced.

use serde::Serialize;

use crate::span::Span;

/// The kind of mark that opened a quoted region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteMark {
    /// « … »
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
    /// The opening mark (empty for a region continued from the previous paragraph without a
    /// reopening mark).
    pub open: Span,
    /// The closing mark, when there is one.
    pub close: Option<Span>,
    /// The quoted content between the marks, trimmed of surrounding spaces.
    pub content: Span,
    pub mark: QuoteMark,
    /// 0 for a top-level quotation, 1 for a quotation inside it, and so on.
    pub depth: u8,
    /// False when the closing mark is missing and the region was ended at its paragraph end
    /// (or another documented point).
    pub balanced: bool,
    /// True when this region continues the quotation of the previous paragraph
    /// (French convention of reopening « at the start of each continued paragraph).
    pub continues_previous: bool,
}

/// Finds the quoted regions in `text[body]`, in order of their opening mark.
pub fn find_quotes(text: &str, body: Span) -> Vec<QuoteRegion> {
    // Placeholder until the quote finder lands: balanced « » at depth 0 only.
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text[body.start..body.end].char_indices() {
        let at = body.start + i;
        match c {
            '«' if open.is_none() => open = Some(at),
            '»' => {
                if let Some(o) = open.take() {
                    let content_start = o + '«'.len_utf8();
                    let content = text[content_start..at].trim();
                    let cs = content_start
                        + (text[content_start..at].len()
                            - text[content_start..at].trim_start().len());
                    out.push(QuoteRegion {
                        open: Span::new(o, content_start),
                        close: Some(Span::new(at, at + '»'.len_utf8())),
                        content: Span::new(cs, cs + content.len()),
                        mark: QuoteMark::Guillemet,
                        depth: 0,
                        balanced: true,
                        continues_previous: false,
                    });
                }
            }
            _ => {}
        }
    }
    out
}
