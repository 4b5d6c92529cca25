//! The rows of `report`'s per-article tables, built from one [`ArticleAnalysis`].
//!
//! One serde struct per table; its fields are exactly the columns of the table's definition in
//! [`super::tables`] (a unit test checks each one), so the CSV files, their headers and the
//! codebook agree.

use serde::Serialize;

use crate::analysis::ArticleAnalysis;
use crate::lexicon::CategoryKind;
use crate::profile::round6;
use crate::span::{Span, TextVoice};
use crate::text::count_words;

/// Joins a list into one CSV field.
pub fn join_list<S: AsRef<str>>(items: &[S]) -> String {
    items
        .iter()
        .map(|s| s.as_ref())
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Author-voice hits of the loaded kinds (`loaded` and `label`) of an article: the numerator of
/// every loaded-term rate. Counted from the profile's categories so that it reads the same from
/// a full analysis and from its JSON.
pub fn author_loaded_hits(profile: &crate::profile::Profile) -> usize {
    profile
        .categories
        .iter()
        .filter(|c| is_loaded_kind(&c.kind))
        .map(|c| c.author_hits)
        .sum()
}

/// True for the category kinds counted as loaded terms in outlet comparisons.
pub fn is_loaded_kind(kind: &str) -> bool {
    kind == CategoryKind::Loaded.as_str() || kind == CategoryKind::Label.as_str()
}

fn flag(b: bool) -> u8 {
    u8::from(b)
}

/// A row of `articles.csv`.
#[derive(Debug, Serialize)]
pub struct ArticleRow<'a> {
    pub id: &'a str,
    pub outlet: &'a str,
    pub source: &'a str,
    pub title: &'a str,
    pub date: &'a str,
    pub url: &'a str,
    pub transcoded_from: &'a str,
    pub warnings: String,
    pub sentences: usize,
    pub words: usize,
    pub author_words: usize,
    pub direct_words: usize,
    pub indirect_words: usize,
    pub author_sentences: usize,
    pub direct_sentences: usize,
    pub indirect_sentences: usize,
    pub mixed_sentences: usize,
    pub editorial_sentences: usize,
    pub editorial_ratio: f64,
    pub author_editorial_ratio: f64,
    pub mean_score: f64,
    pub quoted_share: f64,
    pub reported_share: f64,
    pub quotes_direct: usize,
    pub quotes_indirect: usize,
    pub quotes_scare: usize,
    pub quotes_unbalanced: usize,
    pub distinct_speakers: usize,
    pub vague_sources: usize,
    pub vague_source_terms: usize,
    pub stances_neutral: usize,
    pub stances_endorsing: usize,
    pub stances_distancing: usize,
    pub stances_loaded: usize,
    pub hedges: usize,
    pub conditionals: usize,
    pub rhetorical_questions: usize,
    pub exclamations: usize,
    pub frames: String,
    pub author_loaded_hits: usize,
    pub author_loaded_rate: f64,
}

/// The `articles.csv` row of one article.
pub fn article_row(a: &ArticleAnalysis) -> ArticleRow<'_> {
    let p = &a.profile;
    let loaded = author_loaded_hits(p);
    ArticleRow {
        id: &a.id,
        outlet: a.outlet.as_deref().unwrap_or(""),
        source: &a.source,
        title: a.title.as_deref().unwrap_or(""),
        date: a.date.as_deref().unwrap_or(""),
        url: a.url.as_deref().unwrap_or(""),
        transcoded_from: a.transcoded_from.as_deref().unwrap_or(""),
        warnings: join_list(&a.warnings),
        sentences: p.sentences,
        words: p.words,
        author_words: p.author_words,
        direct_words: p.direct_words,
        indirect_words: p.indirect_words,
        author_sentences: p.author_sentences,
        direct_sentences: p.direct_sentences,
        indirect_sentences: p.indirect_sentences,
        mixed_sentences: p.mixed_sentences,
        editorial_sentences: p.editorial_sentences,
        editorial_ratio: p.editorial_ratio,
        author_editorial_ratio: p.author_editorial_ratio,
        mean_score: p.mean_score,
        quoted_share: p.quoted_share,
        reported_share: p.reported_share,
        quotes_direct: p.quotes.direct,
        quotes_indirect: p.quotes.indirect,
        quotes_scare: p.quotes.scare,
        quotes_unbalanced: p.quotes.unbalanced,
        distinct_speakers: p.distinct_speakers,
        vague_sources: p.vague_sources,
        vague_source_terms: p.vague_source_terms,
        stances_neutral: p.stances.neutral,
        stances_endorsing: p.stances.endorsing,
        stances_distancing: p.stances.distancing,
        stances_loaded: p.stances.loaded,
        hedges: p.hedges,
        conditionals: p.conditionals,
        rhetorical_questions: p.rhetorical_questions,
        exclamations: p.exclamations,
        frames: join_list(&p.frames),
        author_loaded_hits: loaded,
        author_loaded_rate: if p.author_words == 0 {
            0.0
        } else {
            round6(loaded as f64 * 1000.0 / p.author_words as f64)
        },
    }
}

/// A row of `hits.csv`.
#[derive(Debug, Serialize)]
pub struct HitRow<'a> {
    pub article: &'a str,
    pub outlet: &'a str,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub category: &'a str,
    pub kind: &'static str,
    pub technique: &'a str,
    pub pattern: &'a str,
    pub weight: f64,
    pub voice: &'static str,
    pub scored: u8,
    pub in_name: u8,
    pub negated: u8,
    pub conditional: u8,
    pub group: &'a str,
    pub label: &'a str,
    pub lexicon: &'a str,
}

pub fn hit_rows(a: &ArticleAnalysis) -> impl Iterator<Item = HitRow<'_>> {
    let outlet = a.outlet.as_deref().unwrap_or("");
    a.hits.iter().map(move |h| HitRow {
        article: &a.id,
        outlet,
        sentence: h.sentence,
        start: h.start,
        end: h.end,
        text: &h.text,
        category: &h.category,
        kind: h.kind.as_str(),
        technique: h.technique.as_deref().unwrap_or(""),
        pattern: &h.pattern,
        weight: h.weight,
        voice: h.voice.as_str(),
        scored: flag(h.scored),
        in_name: flag(h.in_name),
        negated: flag(h.negated),
        conditional: flag(h.conditional),
        group: h.group.as_deref().unwrap_or(""),
        label: h.label.as_deref().unwrap_or(""),
        lexicon: &h.lexicon,
    })
}

/// A row of `quotes.csv`.
#[derive(Debug, Serialize)]
pub struct QuoteRow<'a> {
    pub article: &'a str,
    pub outlet: &'a str,
    pub index: usize,
    pub kind: String,
    pub start: usize,
    pub end: usize,
    pub speaker_text: &'a str,
    pub speaker_name: &'a str,
    pub resolution: String,
    pub verb_lemma: &'a str,
    pub stance: String,
    pub sentence: usize,
    pub unbalanced: u8,
    pub words: usize,
    pub text: &'a str,
}

/// The snake_case name serde gives a unit enum variant.
fn enum_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

pub fn quote_rows(a: &ArticleAnalysis) -> impl Iterator<Item = QuoteRow<'_>> {
    let outlet = a.outlet.as_deref().unwrap_or("");
    a.quotes.iter().enumerate().map(move |(index, q)| QuoteRow {
        article: &a.id,
        outlet,
        index,
        kind: enum_name(&q.kind),
        start: q.start,
        end: q.end,
        speaker_text: q.speaker.as_ref().map_or("", |s| s.text.as_str()),
        speaker_name: q.speaker.as_ref().map_or("", |s| s.name.as_str()),
        resolution: q
            .speaker
            .as_ref()
            .map_or_else(String::new, |s| enum_name(&s.resolution)),
        verb_lemma: q.verb.as_ref().map_or("", |v| v.lemma.as_str()),
        stance: q
            .verb
            .as_ref()
            .map_or_else(String::new, |v| enum_name(&v.stance)),
        sentence: q.sentence,
        unbalanced: flag(q.unbalanced),
        words: count_words(&q.text, Span::new(0, q.text.len())),
        text: &q.text,
    })
}

/// A row of `speakers.csv`.
#[derive(Debug, Serialize)]
pub struct SpeakerRow<'a> {
    pub article: &'a str,
    pub outlet: &'a str,
    pub speaker: &'a str,
    pub quotes: usize,
    pub words: usize,
    pub share: f64,
    pub vague: u8,
}

pub fn speaker_rows(a: &ArticleAnalysis) -> impl Iterator<Item = SpeakerRow<'_>> {
    let outlet = a.outlet.as_deref().unwrap_or("");
    a.profile.speakers.iter().map(move |s| SpeakerRow {
        article: &a.id,
        outlet,
        speaker: &s.name,
        quotes: s.quotes,
        words: s.words,
        share: s.share,
        vague: flag(s.vague),
    })
}

/// A row of `categories.csv`.
#[derive(Debug, Serialize)]
pub struct CategoryRow<'a> {
    pub article: &'a str,
    pub outlet: &'a str,
    pub category: &'a str,
    pub kind: &'a str,
    pub technique: &'a str,
    pub author_hits: usize,
    pub author_rate: f64,
    pub quoted_hits: usize,
    pub quoted_rate: f64,
}

pub fn category_rows(a: &ArticleAnalysis) -> impl Iterator<Item = CategoryRow<'_>> {
    let outlet = a.outlet.as_deref().unwrap_or("");
    a.profile.categories.iter().map(move |c| CategoryRow {
        article: &a.id,
        outlet,
        category: &c.category,
        kind: &c.kind,
        technique: c.technique.as_deref().unwrap_or(""),
        author_hits: c.author_hits,
        author_rate: c.author_rate,
        quoted_hits: c.quoted_hits,
        quoted_rate: c.quoted_rate,
    })
}

/// A row of `frames.csv`.
#[derive(Debug, Serialize)]
pub struct FrameRow<'a> {
    pub article: &'a str,
    pub outlet: &'a str,
    pub frame: &'a str,
    pub hits: usize,
    pub rate: f64,
    pub chosen: u8,
}

pub fn frame_rows(a: &ArticleAnalysis) -> impl Iterator<Item = FrameRow<'_>> {
    let outlet = a.outlet.as_deref().unwrap_or("");
    a.profile.frame_rates.iter().map(move |f| FrameRow {
        article: &a.id,
        outlet,
        frame: &f.frame,
        hits: f.hits,
        rate: f.rate,
        chosen: flag(a.profile.frames.contains(&f.frame)),
    })
}

/// A row of `actors.csv`.
#[derive(Debug, Serialize)]
pub struct ActorRow<'a> {
    pub article: &'a str,
    pub outlet: &'a str,
    pub actor: &'a str,
    pub hits: usize,
    pub weight: f64,
}

pub fn actor_rows(a: &ArticleAnalysis) -> impl Iterator<Item = ActorRow<'_>> {
    let outlet = a.outlet.as_deref().unwrap_or("");
    a.profile.actor_targets.iter().map(move |t| ActorRow {
        article: &a.id,
        outlet,
        actor: &t.actor,
        hits: t.hits,
        weight: t.weight,
    })
}

/// True for a hit in the author's own voice.
pub fn is_author(voice: TextVoice) -> bool {
    voice == TextVoice::Author
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::corpus::tables::{self, Table};
    use crate::input::Article;
    use crate::lexicon::LexiconSet;
    use crate::{Analyzer, AnalyzerOptions};

    /// The header serde derives for a row type.
    pub(crate) fn serde_header<T: Serialize>(row: &T) -> Vec<String> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(row).unwrap();
        let bytes = w.into_inner().unwrap();
        let mut r = csv::ReaderBuilder::new().from_reader(bytes.as_slice());
        r.headers().unwrap().iter().map(String::from).collect()
    }

    fn check<T: Serialize>(table: &Table, row: Option<T>) {
        let row = row.unwrap_or_else(|| panic!("no row for {}", table.file));
        assert_eq!(serde_header(&row), table.header(), "{}", table.file);
    }

    pub(crate) fn sample_analysis() -> ArticleAnalysis {
        // No lexicon: these tests are about table shapes, not about what the lexicons find.
        let analyzer = Analyzer::new(LexiconSet::default(), AnalyzerOptions::default()).unwrap();
        let mut article = Article::from_text(
            "essai",
            "Le régime a encore menti, comme par hasard. « Nous partirons », a déclaré le \
             ministre. Paris soutient la junte, selon des sources.",
        );
        article.outlet = Some("Essai".into());
        analyzer.analyze(&article)
    }

    #[test]
    fn every_row_struct_serializes_its_table_columns() {
        let a = sample_analysis();
        check(&tables::ARTICLES, Some(article_row(&a)));
        check(
            &tables::SENTENCES,
            crate::output::csv::sentence_rows(&a).next(),
        );
        let hit = crate::score::Hit {
            start: 0,
            end: 1,
            text: "x".into(),
            category: "c".into(),
            kind: CategoryKind::Loaded,
            pattern: "x".into(),
            weight: 1.0,
            voice: TextVoice::Author,
            technique: None,
            negated: false,
            conditional: false,
            scored: true,
            in_name: false,
            sentence: 0,
            group: None,
            label: None,
            lexicon: "f:1".into(),
            entry: 0,
        };
        let mut b = a.clone();
        b.hits = vec![hit];
        check(&tables::HITS, hit_rows(&b).next());
        check(&tables::QUOTES, quote_rows(&a).next());
        let mut c = a.clone();
        c.profile.categories = vec![crate::profile::CategoryRate {
            category: "c".into(),
            kind: "loaded".into(),
            technique: None,
            author_hits: 1,
            author_rate: 1.0,
            quoted_hits: 0,
            quoted_rate: 0.0,
        }];
        check(&tables::CATEGORIES, category_rows(&c).next());
        c.profile.speakers = vec![crate::profile::SpeakerShare {
            name: "n".into(),
            quotes: 1,
            words: 2,
            share: 1.0,
            vague: false,
        }];
        c.profile.frame_rates = vec![crate::profile::FrameRate {
            frame: "f".into(),
            hits: 1,
            rate: 1.0,
        }];
        c.profile.actor_targets = vec![crate::profile::ActorTarget {
            actor: "France".into(),
            hits: 1,
            weight: 1.0,
        }];
        check(&tables::SPEAKERS, speaker_rows(&c).next());
        check(&tables::FRAMES, frame_rows(&c).next());
        check(&tables::ACTORS, actor_rows(&c).next());
    }

    #[test]
    fn articles_csv_carries_every_scalar_profile_field() {
        // A scalar field added to the profile must get its column here and in the codebook.
        let a = sample_analysis();
        let header = tables::ARTICLES.header();
        let value = serde_json::to_value(&a.profile).unwrap();
        for (key, v) in value.as_object().unwrap() {
            match v {
                serde_json::Value::Object(inner) => {
                    for k in inner.keys() {
                        let name = format!("{key}_{k}");
                        assert!(header.contains(&name.as_str()), "missing {name}");
                    }
                }
                serde_json::Value::Array(_) => {}
                _ => assert!(header.contains(&key.as_str()), "missing {key}"),
            }
        }
    }
}
