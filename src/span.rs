//! Byte spans into an article's text, and the voice vocabulary shared by every stage.
//!
//! Every stage of the pipeline speaks in byte offsets into [`crate::input::Article::text`]
//! (the article's decoded UTF-8 text), so that any number in any table can be traced back to
//! the exact characters that produced it. Line and column are computed only when printing.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into an article's text.
///
/// Both ends always lie on UTF-8 character boundaries of the text they index.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// Builds a span; `start` must not exceed `end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Number of bytes the two spans share.
    pub fn overlap_len(&self, other: Span) -> usize {
        self.end
            .min(other.end)
            .saturating_sub(self.start.max(other.start))
    }

    /// The text this span covers.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// Whose voice a sentence speaks in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Voice {
    /// The journalist's own voice.
    Author,
    /// A direct quotation with its attribution clause.
    Direct,
    /// Reported speech or a position attributed to a source.
    Indirect,
    /// An author sentence carrying a partial quotation, or an author tail after reported speech.
    Mixed,
}

impl Voice {
    pub fn as_str(&self) -> &'static str {
        match self {
            Voice::Author => "author",
            Voice::Direct => "direct",
            Voice::Indirect => "indirect",
            Voice::Mixed => "mixed",
        }
    }
}

/// Whose voice a run of characters speaks in: the voice a lexicon hit carries.
///
/// Unlike [`Voice`], this is about characters, not sentences, so it has no `mixed`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextVoice {
    Author,
    Direct,
    Indirect,
}

impl TextVoice {
    pub fn as_str(&self) -> &'static str {
        match self {
            TextVoice::Author => "author",
            TextVoice::Direct => "direct",
            TextVoice::Indirect => "indirect",
        }
    }
}
