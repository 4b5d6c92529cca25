//! The whole pipeline for one article, and the document it produces.
//!
//! [`Analyzer`] holds what is built once per run (lexicons, their matcher, the reporting-verb
//! table) and is shared by every worker thread; [`Analyzer::analyze`] runs the stages in order
//! (quotes → segment → voice → match → score → profile) on one [`Article`] and returns an
//! [`ArticleAnalysis`], the typed value behind `score --format json`, the JSONL of `report`
//! and every CSV table.

use serde::Serialize;

use crate::genre;
use crate::input::Article;
use crate::lexicon::{LexiconError, LexiconSet, Matcher, Stance};
use crate::profile::{self, Profile, ProfileInput};
use crate::quotes;
use crate::score::{self, Hit, Reason, ScoreInput};
use crate::segment::{self, SentenceKind};
use crate::span::Voice;
use crate::voice::{self, QuoteKind, Resolution, VerbTable};

/// Version of the JSON document; bumped whenever a field changes meaning or disappears.
pub const SCHEMA_VERSION: &str = "1.0";

/// The default editorial threshold.
pub const DEFAULT_THRESHOLD: f64 = 2.0;

/// Run-wide settings of the analysis.
#[derive(Clone, Debug, Serialize)]
pub struct AnalyzerOptions {
    /// A sentence whose score reaches this value is flagged editorial.
    pub threshold: f64,
    /// Read the sentences the cues leave below the threshold with the word model of the
    /// opinion register ([`crate::wordmodel`]); `--no-word-model` turns it off.
    pub word_model: bool,
}

impl Default for AnalyzerOptions {
    fn default() -> AnalyzerOptions {
        AnalyzerOptions {
            threshold: DEFAULT_THRESHOLD,
            word_model: true,
        }
    }
}

/// Everything built once per run and shared by all articles.
#[derive(Debug)]
pub struct Analyzer {
    pub lexicons: LexiconSet,
    pub matcher: Matcher,
    pub verbs: VerbTable,
    pub options: AnalyzerOptions,
}

/// One sentence of the output.
#[derive(Clone, Debug, Serialize)]
pub struct SentenceOut {
    /// 0-based index in the article.
    pub index: usize,
    /// Byte offsets into the article's text.
    pub start: usize,
    pub end: usize,
    /// 0-based paragraph index.
    pub paragraph: usize,
    pub kind: SentenceKind,
    pub voice: Voice,
    pub editorial: bool,
    pub score: f64,
    /// The resolved speaker of a direct, indirect or mixed sentence.
    pub speaker: Option<String>,
    pub text: String,
    /// Every contribution to `score`.
    pub reasons: Vec<Reason>,
}

/// Who said a quotation, in the output.
#[derive(Clone, Debug, Serialize)]
pub struct SpeakerOut {
    /// As the text names them at this quotation.
    pub text: String,
    /// The resolved name.
    pub name: String,
    pub resolution: Resolution,
    pub start: Option<usize>,
    pub end: Option<usize>,
}

/// The reporting verb of a quotation, in the output.
#[derive(Clone, Debug, Serialize)]
pub struct VerbOut {
    pub lemma: String,
    pub stance: Stance,
    pub start: usize,
    pub end: usize,
}

/// One quotation of the output.
#[derive(Clone, Debug, Serialize)]
pub struct QuoteOut {
    pub kind: QuoteKind,
    /// Byte offsets of the quoted (or reported) content.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Byte offsets of the attribution cue, when there is one.
    pub cue_start: Option<usize>,
    pub cue_end: Option<usize>,
    pub speaker: Option<SpeakerOut>,
    pub verb: Option<VerbOut>,
    /// Index of the sentence the quotation starts in.
    pub sentence: usize,
    pub unbalanced: bool,
}

/// The analysis of one article: the JSON contract of `score --format json` and of each line of
/// `report --format jsonl`. Documented field by field in the README.
#[derive(Clone, Debug, Serialize)]
pub struct ArticleAnalysis {
    pub schema: &'static str,
    pub id: String,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    /// File path, `path:line` of a JSONL/CSV record, or `-`.
    pub source: String,
    /// The encoding the input was transcoded from, when it was not UTF-8.
    pub transcoded_from: Option<String>,
    pub warnings: Vec<String>,
    pub sentences: Vec<SentenceOut>,
    pub hits: Vec<Hit>,
    pub quotes: Vec<QuoteOut>,
    pub profile: Profile,
}

impl Analyzer {
    /// Builds the matcher and verb table for `lexicons`.
    pub fn new(lexicons: LexiconSet, options: AnalyzerOptions) -> Result<Analyzer, LexiconError> {
        // The two are independent and together most of a short run's start-up: the verb table
        // is built while the matcher's automaton is, rather than after it.
        let (matcher, verbs) =
            rayon::join(|| Matcher::new(&lexicons), || VerbTable::new(&lexicons));
        let matcher = matcher?;
        Ok(Analyzer {
            lexicons,
            matcher,
            verbs,
            options,
        })
    }

    /// Runs the whole pipeline on one article.
    pub fn analyze(&self, article: &Article) -> ArticleAnalysis {
        let text = article.text.as_str();
        // The paragraphs are read once, for the quotations and the sentences alike: this is
        // what `find_quotes` and `segment` each do on their own.
        let blocks = segment::layout::blocks(text, article.body);
        let regions = quotes::find_quotes_in(text, &blocks);
        let seg = segment::segment_blocks(text, &blocks, &regions);
        drop(blocks);
        // An interview's questions with no interviewer named are the outlet's (the coding
        // guideline); an outlet taken from a folder's name (`le-quotidien`, no capital) is no
        // name to give.
        let options = voice::AttributeOptions {
            interviewer: article
                .outlet
                .clone()
                .filter(|o| o.chars().any(char::is_uppercase)),
        };
        let mut voices = voice::attribute_with(text, &seg, &regions, &self.verbs, &options);
        let matches = self.matcher.find(text, article.body);
        let genres =
            genre::declared_genres(text, &seg, article.title.as_deref(), article.url.as_deref());
        let scoring = score::score(&ScoreInput {
            text,
            segmentation: &seg,
            voices: &voices,
            matches: &matches,
            lexicons: &self.lexicons,
            threshold: self.options.threshold,
            word_model: self.options.word_model,
            declared_opinion: genres.opinion,
            declared_analysis: genres.analysis,
            declared_explainer: genres.explainer,
        });
        // A reported sentence that the opinion register finds commented in the author's own
        // words is `mixed` (see `score::register`); the profile and the outputs count it so.
        for (v, sc) in voices.sentences.iter_mut().zip(&scoring.sentences) {
            if sc.comments_report {
                v.voice = Voice::Mixed;
            }
        }
        let profile = profile::profile(&ProfileInput {
            text,
            segmentation: &seg,
            voices: &voices,
            scoring: &scoring,
            lexicons: &self.lexicons,
        });
        let mut scores = scoring.sentences.into_iter();
        let sentences = seg
            .sentences
            .iter()
            .zip(&voices.sentences)
            .enumerate()
            .map(|(index, (s, v))| {
                let sc = scores.next().unwrap_or_default();
                SentenceOut {
                    index,
                    start: s.span.start,
                    end: s.span.end,
                    paragraph: s.paragraph,
                    kind: s.kind,
                    voice: v.voice,
                    editorial: sc.editorial,
                    score: sc.score,
                    speaker: v.speaker.clone(),
                    text: s.span.slice(text).to_string(),
                    reasons: sc.reasons,
                }
            })
            .collect();
        let quotes = voices
            .quotes
            .iter()
            .map(|q| QuoteOut {
                kind: q.kind,
                start: q.content.start,
                end: q.content.end,
                text: q.content.slice(text).to_string(),
                cue_start: q.cue.map(|c| c.start),
                cue_end: q.cue.map(|c| c.end),
                speaker: q.speaker.as_ref().map(|s| SpeakerOut {
                    text: s.text.clone(),
                    name: s.name.clone(),
                    resolution: s.resolution,
                    start: s.span.map(|x| x.start),
                    end: s.span.map(|x| x.end),
                }),
                verb: q.verb.as_ref().map(|v| VerbOut {
                    lemma: v.lemma.clone(),
                    stance: v.stance,
                    start: v.span.start,
                    end: v.span.end,
                }),
                sentence: q.sentence,
                unbalanced: q.unbalanced,
            })
            .collect();
        ArticleAnalysis {
            schema: SCHEMA_VERSION,
            id: article.id.clone(),
            outlet: article.outlet.clone(),
            title: article.title.clone(),
            date: article.date.clone(),
            url: article.url.clone(),
            source: article.source.clone(),
            transcoded_from: article.transcoded_from.clone(),
            warnings: article.warnings.clone(),
            sentences,
            hits: scoring.hits,
            quotes,
            profile,
        }
    }
}
