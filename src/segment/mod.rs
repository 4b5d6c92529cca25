//! French segmentation: paragraphs, then sentences.
//!
//! Sentences are the unit that gets a voice, a score and an editorial flag, so their bounds
//! must follow French typography: abbreviations and titles (M., Mme, Dr, cf., n°, av. J.-C.),
//! initials, numbers (3,5 %, 1er, XIXe s.), ellipses, `?!`, full stops before or after a
//! closing guillemet, a quotation of several sentences followed by its attribution (one
//! sentence), headlines and subheadings without final punctuation (their own sentence), bullet
//! lists, URLs and e-mail addresses, parentheses.
//!
//! Invariants (checked by property tests): sentence spans are ordered, never overlap, start
//! and end on character boundaries, are trimmed of surrounding whitespace, and together cover
//! every non-whitespace byte of the body. Each sentence lies inside one paragraph.

use serde::Serialize;

use crate::quotes::QuoteRegion;
use crate::span::Span;

/// A paragraph: a block of text separated from the next by a blank line, or a single line
/// that stands alone (a heading, a list item).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    pub span: Span,
}

/// What kind of line a sentence is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SentenceKind {
    /// An ordinary sentence.
    Text,
    /// A headline or subheading: a short line without final punctuation.
    Heading,
    /// An item of a bulleted or numbered list.
    ListItem,
}

/// One sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub span: Span,
    /// Index into [`Segmentation::paragraphs`].
    pub paragraph: usize,
    pub kind: SentenceKind,
}

/// Paragraphs and sentences of one article body.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Segmentation {
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
}

/// Splits `text[body]` into paragraphs and sentences. `quotes` are the regions found by
/// [`crate::quotes::find_quotes`] on the same text.
pub fn segment(text: &str, body: Span, quotes: &[QuoteRegion]) -> Segmentation {
    let _ = quotes;
    // Placeholder until the segmenter lands: one paragraph per non-blank line, sentences split
    // after . ! ? followed by a space.
    let mut seg = Segmentation::default();
    let mut line_start = body.start;
    for line in text[body.start..body.end].split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let pstart = start + lead;
        let pend = pstart + trimmed.len();
        let p = seg.paragraphs.len();
        seg.paragraphs.push(Paragraph {
            span: Span::new(pstart, pend),
        });
        let mut s = pstart;
        let bytes = text.as_bytes();
        let mut i = pstart;
        while i < pend {
            if matches!(bytes[i], b'.' | b'!' | b'?') && (i + 1 == pend || bytes[i + 1] == b' ') {
                seg.sentences.push(Sentence {
                    span: Span::new(s, i + 1),
                    paragraph: p,
                    kind: SentenceKind::Text,
                });
                s = i + 1;
                while s < pend && bytes[s] == b' ' {
                    s += 1;
                }
                i = s;
                continue;
            }
            i += 1;
        }
        if s < pend {
            seg.sentences.push(Sentence {
                span: Span::new(s, pend),
                paragraph: p,
                kind: SentenceKind::Heading,
            });
        }
    }
    seg
}
