//! French segmentation: paragraphs, then sentences.
//!
//! Sentences are the unit that gets a voice, a score and an editorial flag, so their bounds
//! must follow French typography and survive messy scraped text.
//!
//! **Paragraphs** follow the rule in the paragraph layout (`layout.rs`): a blank line always ends one; a single line
//! break ends one unless the line does not finish a sentence and the next goes on in lower
//! case, or the text is hard-wrapped and the break was made by the wrapping. One paragraph per
//! line, blank-line separated paragraphs and hard-wrapped text all come out right.
//!
//! **Sentences** end at `.`, `!`, `?` or `…`, together with the closing marks that follow
//! (`.»`, `. »`, `».`, `.)`, `?!`, `...`), when what follows opens a new sentence:
//!
//! - After `!` or `?`: anything but lower case or continuing punctuation, so
//!   `« Pourquoi ? » a-t-il demandé.` is one sentence. `(!)` and `(?)` never end one.
//! - After an ellipsis: a capital, an opening mark or a dash; lower case continues the
//!   sentence; `(…)` and `[…]` are cuts in a quotation.
//! - After a full stop: a capital, a digit, an opening mark, a dash or the paragraph end,
//!   except after a title or reference abbreviation (`M.`, `Mme`, `Dr`, `cf.`, `p. 3`,
//!   `art. 49`), initials (`P. Moreau`, `J.-C. Delmas`, `U.S.A.`) — see `abbrev.rs` for the
//!   lists and for `etc.`, which ends a sentence before a capitalised word. A full stop
//!   inside a number, a URL, an e-mail address, a file or domain name is never followed by a
//!   space, and a full stop directly followed by a letter ends a sentence only when a lower
//!   case letter, digit or closing mark precedes it and a capitalised word follows it,
//!   outside URL-like tokens (`…en 2023.Le ministre` splits, `lemonde.fr`, `Le Monde.fr`,
//!   `v1.2.3`, `12.03.2024`, `prenom.nom@exemple.fr` do not). A lower-case word after a full
//!   stop always continues the sentence, so a sentence starting in lower case by mistake is
//!   joined to the one before: a known limit.
//!
//! **Quotations** ([`crate::quotes`]) change the rules inside them:
//!
//! - A quotation followed by its attribution or any continuation (`», a-t-il dit.`,
//!   `» a ajouté le ministre.`, lower case, `,` `;` `:` `)`) is one sentence with it, however
//!   many sentences it holds.
//! - A quotation introduced inside a sentence (`Il a déclaré : « … »`) stays in that sentence
//!   when its content is at most [`INLINE_QUOTE_MAX_BYTES`] bytes; a longer one is split into
//!   its sentences, the first carrying the introduction.
//! - A quotation that opens its sentence with nothing attached after it (a quotation standing
//!   as its own paragraph, or followed by a new sentence) is split into its sentences.
//!
//! **Kinds**: every sentence of a paragraph of one line, at most [`HEADING_MAX_CHARS`]
//! characters, whose last sentence has no final punctuation is a [`SentenceKind::Heading`]:
//! headlines (`Tribune. Le prix de la colère` is two heading sentences), subheadings, lines in
//! capitals, bylines, quotation headlines (`« Nous ne céderons pas »`). Every
//! sentence of a list item paragraph (•, *, -, 1., 1), a)) is a [`SentenceKind::ListItem`]; a
//! paragraph opened by a dialogue dash is ordinary text (its dash is a quotation region).
//!
//! Invariants (checked by property tests): sentence spans are ordered, never overlap, start
//! and end on character boundaries, are trimmed of surrounding Unicode whitespace, and
//! together cover every non-whitespace byte of the body. Each sentence lies inside one
//! paragraph; paragraphs are ordered and disjoint. Any input is handled in linear time.

mod abbrev;
mod flat;
pub(crate) mod layout;
mod sentences;
pub(crate) mod text;

use memchr::memmem::Finder;
use serde::Serialize;

use crate::quotes::{QuoteMark, QuoteRegion};
use crate::span::Span;

use layout::{Block, Opener};
pub use sentences::INLINE_QUOTE_MAX_BYTES;
use text::{char_count, is_terminal, last_significant};

/// A one-line paragraph longer than this (in characters) is never a heading.
pub const HEADING_MAX_CHARS: usize = 150;

/// A paragraph: a block of text separated from the next by a blank line, or a single line
/// that stands alone (a heading, a list item). See the module header for the rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    /// The paragraph, trimmed of surrounding whitespace.
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

/// Splits `text[body]` into paragraphs, by the rule of the module header. [`segment`] and
/// [`crate::quotes::find_quotes`] use the same paragraphs.
pub fn paragraphs(text: &str, body: Span) -> Vec<Paragraph> {
    layout::blocks(text, body)
        .into_iter()
        .map(|b| Paragraph { span: b.span })
        .collect()
}

/// Splits `text[body]` into paragraphs and sentences. `quotes` are the regions found by
/// [`crate::quotes::find_quotes`] on the same text and body, in order of their opening mark.
///
/// ```
/// use cadrage::quotes::find_quotes;
/// use cadrage::segment::{segment, SentenceKind};
/// use cadrage::span::Span;
///
/// let text = "Réforme des retraites\n\
///             « Nous irons jusqu'au bout. Le pays le demande », a assuré M. Durand mardi. \
///             Les syndicats, eux, appellent à la grève.\n";
/// let body = Span::new(0, text.len());
/// let seg = segment(text, body, &find_quotes(text, body));
/// let sentences: Vec<&str> = seg.sentences.iter().map(|s| s.span.slice(text)).collect();
/// assert_eq!(
///     sentences,
///     [
///         "Réforme des retraites",
///         "« Nous irons jusqu'au bout. Le pays le demande », a assuré M. Durand mardi.",
///         "Les syndicats, eux, appellent à la grève.",
///     ]
/// );
/// assert_eq!(seg.sentences[0].kind, SentenceKind::Heading);
/// assert_eq!(seg.paragraphs.len(), 2);
/// ```
pub fn segment(text: &str, body: Span, quotes: &[QuoteRegion]) -> Segmentation {
    segment_blocks(text, &layout::blocks(text, body), quotes)
}

/// [`segment`] on the paragraphs `blocks` already read from the body by [`layout::blocks`]
/// (the analysis reads them once and gives them to [`crate::quotes::find_quotes_in`] too).
pub(crate) fn segment_blocks(text: &str, blocks: &[Block], quotes: &[QuoteRegion]) -> Segmentation {
    let ellipsis = Finder::new("…");
    let mut seg = Segmentation::default();
    let mut regions: Vec<&QuoteRegion> = Vec::new();
    let mut spans = Vec::new();
    let mut q = 0;
    for (index, block) in blocks.iter().enumerate() {
        regions.clear();
        while q < quotes.len() && quotes[q].open.start < block.span.end {
            let r = &quotes[q];
            if r.open.start >= block.span.start && r.mark != QuoteMark::Dash {
                regions.push(r);
            }
            q += 1;
        }
        let from = match block.opener {
            Opener::List { marker } => marker.end,
            _ => block.span.start,
        };
        spans.clear();
        sentences::Splitter::new(text, block.span, from, &regions, &ellipsis).split(&mut spans);
        let kind = kind(text, block, &spans);
        seg.sentences.extend(spans.iter().map(|&span| Sentence {
            span,
            paragraph: index,
            kind,
        }));
        seg.paragraphs.push(Paragraph { span: block.span });
    }
    seg
}

/// The kind shared by every sentence of a paragraph.
fn kind(text: &str, block: &Block, spans: &[Span]) -> SentenceKind {
    match block.opener {
        Opener::List { .. } => SentenceKind::ListItem,
        Opener::Dialogue { .. } => SentenceKind::Text,
        Opener::Plain if is_heading(text, block, spans) => SentenceKind::Heading,
        Opener::Plain => SentenceKind::Text,
    }
}

fn is_heading(text: &str, block: &Block, spans: &[Span]) -> bool {
    let Some(last) = spans.last() else {
        return false;
    };
    if block.lines != 1 || block.span.len() > HEADING_MAX_CHARS * 4 {
        return false;
    }
    let end = text[last.start..last.end]
        .chars()
        .next_back()
        .unwrap_or(' ');
    char_count(text, block.span) <= HEADING_MAX_CHARS
        && !matches!(end, ',' | ';' | ':')
        && !last_significant(text, *last).is_some_and(is_terminal)
}
