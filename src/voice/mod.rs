//! Voice: who speaks in each sentence, and every quotation with its speaker and verb.
//!
//! The heart of cadrage is telling the journalist's own voice from what sources said. This
//! stage reads the quoted regions ([`crate::quotes`]) and the sentences ([`crate::segment`]),
//! finds attributions (after the quote with inversion, before it, narrative infinitives,
//! indirect speech with `que`, `selon X`, `d'après X`…), resolves speakers (names, roles,
//! pronouns carried over from earlier sentences, vague sources) and gives every sentence a
//! [`Voice`] and every byte of the body a [`TextVoice`].

mod attribute;
mod colon;
mod cues;
mod dialogue;
mod fold;
mod group;
mod incise;
mod interview;
pub(crate) mod lexis;
mod np;
mod quotation;
mod resolve;
mod table;
mod tail;
mod text;
mod verbs;

use serde::Serialize;

pub use verbs::{VerbEntry, VerbTable};

use crate::lexicon::Stance;
use crate::quotes::QuoteRegion;
use crate::segment::Segmentation;
use crate::span::{Span, TextVoice, Voice};

/// The kind of a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// A direct quotation with its attribution.
    Direct,
    /// Reported speech (`X a affirmé que…`, `selon X, …`).
    Indirect,
    /// A short quoted fragment woven into the author's own syntax (guillemets de distance).
    Scare,
}

/// How a speaker was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// A proper name in the text (Sergueï Lavrov).
    Named,
    /// A role or institution (le chef de la diplomatie russe, le Quai d'Orsay), not linked to
    /// a name given earlier.
    Role,
    /// A role linked to the name it was given earlier in the article.
    RoleToName,
    /// A pronoun (il, elle, ils) resolved to an earlier speaker.
    Pronoun,
    /// An implicit continuation (Et d'estimer :) resolved to the last speaker.
    Implicit,
    /// A vague source (des sources sécuritaires, certains observateurs).
    Vague,
}

/// Who said it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Speaker {
    /// The speaker as the text names them at this quotation (`il`, `le premier ministre`).
    pub text: String,
    /// Where the text names them, when it does.
    pub span: Option<Span>,
    pub resolution: Resolution,
    /// The resolved name (`Sergueï Lavrov`), or the text itself when nothing better is known.
    pub name: String,
}

/// The reporting verb that introduced a quotation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VerbUse {
    pub lemma: String,
    pub stance: Stance,
    pub span: Span,
}

/// One quotation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    pub kind: QuoteKind,
    /// The quoted (or reported) content.
    pub content: Span,
    /// The attribution cue (`a déclaré X`, `selon X`, `X a affirmé que`), when there is one.
    pub cue: Option<Span>,
    pub speaker: Option<Speaker>,
    pub verb: Option<VerbUse>,
    /// Index of the sentence the quotation starts in.
    pub sentence: usize,
    /// The closing mark was missing.
    pub unbalanced: bool,
}

/// The voice of one sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentenceVoice {
    pub voice: Voice,
    /// The resolved speaker's name, when the sentence reports a source.
    pub speaker: Option<String>,
    /// The author's tail after reported speech (`…, sans donner de raisons`), which makes the
    /// sentence `mixed`.
    pub tail: Option<Span>,
}

/// Everything the voice stage finds in one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct VoiceAnalysis {
    /// One per sentence of the segmentation, in order.
    pub sentences: Vec<SentenceVoice>,
    pub quotes: Vec<Quote>,
    /// Non-author stretches of the body: direct quotation content and indirect reported
    /// content, ordered and non-overlapping. Everything else is the author's.
    pub regions: Vec<(Span, TextVoice)>,
    /// Contents of quotation marks that name something (a book, a plan, an operation, a
    /// petition: `a publié « L'École trahie »`, `l'opération « Barkhane »`), ordered: nobody's
    /// words, not scare quotes, and not the author's judgment either.
    pub titles: Vec<Span>,
}

impl VoiceAnalysis {
    /// Whether `span` lies inside the title of something in quotation marks.
    pub fn in_title(&self, span: Span) -> bool {
        let i = self.titles.partition_point(|t| t.end < span.end);
        self.titles.get(i).is_some_and(|t| t.contains(span))
    }

    /// The voice of the characters in `span`: the voice of the region containing its start,
    /// or the author's.
    pub fn voice_at(&self, span: Span) -> TextVoice {
        let i = self.regions.partition_point(|(r, _)| r.end <= span.start);
        match self.regions.get(i) {
            Some((r, v)) if r.start <= span.start => *v,
            _ => TextVoice::Author,
        }
    }
}

/// Settings of the voice stage.
#[derive(Clone, Debug, Default)]
pub struct AttributeOptions {
    /// Who asks the questions of an interview when its credit line names no one (the outlet:
    /// the analyser gives the article's); `journaliste` when not given. Named by its name or
    /// initials, the outlet's own count or finding (`selon un décompte de l'AHP`) is the
    /// author's.
    pub interviewer: Option<String>,
}

/// Attributes voice to every sentence of `text`.
pub fn attribute(
    text: &str,
    segmentation: &Segmentation,
    quotes: &[QuoteRegion],
    verbs: &VerbTable,
) -> VoiceAnalysis {
    attribute_with(
        text,
        segmentation,
        quotes,
        verbs,
        &AttributeOptions::default(),
    )
}

/// [`attribute`] with settings.
pub fn attribute_with(
    text: &str,
    segmentation: &Segmentation,
    quotes: &[QuoteRegion],
    verbs: &VerbTable,
    options: &AttributeOptions,
) -> VoiceAnalysis {
    attribute::run(text, segmentation, quotes, verbs, options)
}
