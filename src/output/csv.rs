//! Tidy CSV rows built from the analysis: one struct per table, so the header, the rows and the
//! codebook all come from the same definition.

use serde::Serialize;

use crate::analysis::ArticleAnalysis;

/// One row of the sentence table (`score --format csv`, `sentences.csv`).
#[derive(Clone, Debug, Serialize)]
pub struct SentenceRow<'a> {
    pub article: &'a str,
    pub outlet: &'a str,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    pub kind: &'static str,
    pub voice: &'static str,
    pub speaker: &'a str,
    pub editorial: u8,
    pub score: f64,
    pub reasons: String,
    pub text: &'a str,
}

/// The sentence rows of one article.
pub fn sentence_rows(a: &ArticleAnalysis) -> impl Iterator<Item = SentenceRow<'_>> {
    a.sentences.iter().map(move |s| SentenceRow {
        article: &a.id,
        outlet: a.outlet.as_deref().unwrap_or(""),
        sentence: s.index,
        start: s.start,
        end: s.end,
        paragraph: s.paragraph,
        kind: match s.kind {
            crate::segment::SentenceKind::Text => "text",
            crate::segment::SentenceKind::Heading => "heading",
            crate::segment::SentenceKind::ListItem => "list_item",
        },
        voice: s.voice.as_str(),
        speaker: s.speaker.as_deref().unwrap_or(""),
        editorial: u8::from(s.editorial),
        score: s.score,
        reasons: s
            .reasons
            .iter()
            .map(|r| match &r.category {
                Some(c) => format!("{}:{}:{}", r.cue.as_str(), c, r.weight),
                None => format!("{}:{}", r.cue.as_str(), r.weight),
            })
            .collect::<Vec<_>>()
            .join(" | "),
        text: &s.text,
    })
}
