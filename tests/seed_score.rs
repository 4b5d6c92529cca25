//! The seed article, scored: the editorial flags and reasons of its careful human reading
//! (`../shared/seed/ANNOTATED.md`). Runs only where `../shared` exists (as in CI); the project's
//! own tests do not depend on it otherwise.

use std::path::PathBuf;

use cadrage::input::{InputItem, ReadOptions, read_inputs};
use cadrage::lexicon::{LexiconSet, LoadOptions};
use cadrage::score::Cue;
use cadrage::{Analyzer, AnalyzerOptions, ArticleAnalysis};

fn seed() -> Option<ArticleAnalysis> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/000_b068f2c88b69a764.txt");
    if !path.exists() {
        eprintln!("note: {} not found; seed test skipped", path.display());
        return None;
    }
    let lexicons = LexiconSet::load(&LoadOptions {
        builtin: true,
        paths: Vec::new(),
    })
    .expect("the shipped lexicons load");
    let analyzer = Analyzer::new(lexicons, AnalyzerOptions::default()).unwrap();
    let article = read_inputs(vec![path], ReadOptions::default())
        .find_map(|i| match i {
            InputItem::Article(a) => Some(a),
            InputItem::Skipped(_) => None,
        })
        .expect("the seed reads");
    Some(analyzer.analyze(&article))
}

/// True when sentence `n` (1-based) has a reason of cue `cue` whose text contains `needle`
/// (case-insensitive).
fn has_reason(a: &ArticleAnalysis, n: usize, cue: Cue, needle: &str) -> bool {
    a.sentences[n - 1]
        .reasons
        .iter()
        .any(|r| r.cue == cue && r.text.to_lowercase().contains(&needle.to_lowercase()))
}

fn has_category(a: &ArticleAnalysis, n: usize, kind: &str, needle: &str) -> bool {
    a.sentences[n - 1].reasons.iter().any(|r| {
        r.cue == Cue::Lexicon
            && r.category.as_deref().is_some_and(|c| c.contains(kind))
            && r.text.to_lowercase().contains(&needle.to_lowercase())
    })
}

#[test]
fn seed_editorial_flags_follow_the_annotated_reading() {
    let Some(a) = seed() else { return };
    assert_eq!(a.sentences.len(), 15);
    for n in [11, 12, 14, 15] {
        let s = &a.sentences[n - 1];
        assert!(s.editorial, "sentence {n} is editorial: {:?}", s.text);
    }
    for n in [1, 2, 3, 5, 6, 7, 8, 9, 10] {
        let s = &a.sentences[n - 1];
        assert!(
            !s.editorial,
            "sentence {n} is not editorial: {:?} {:?}",
            s.text, s.reasons
        );
    }
}

#[test]
fn seed_editorial_reasons_are_the_ones_a_reader_notices() {
    let Some(a) = seed() else { return };
    // 11: a verdict in a subheading, read as the actor's disposition.
    assert!(
        has_category(&a, 11, "motive", "pas prêt à"),
        "{:?}",
        a.sentences[10].reasons
    );
    assert!(has_reason(&a, 11, Cue::HeadingVerdict, "Paris"));
    // 12: the loaded insertion in the author's voice.
    assert!(has_category(&a, 12, "loaded", "contrôlée depuis Paris"));
    // 14: conclusion marker, motive attribution, loaded label.
    assert!(has_reason(&a, 14, Cue::OpeningConnective, "Donc"));
    assert!(
        has_category(&a, 14, "motive", "veut montrer"),
        "{:?}",
        a.sentences[13].reasons
    );
    assert!(has_category(&a, 14, "loaded", "qui est le patron"));
    // 15: factive opener, rhetorical question, loaded term despite its agreement error.
    assert!(has_category(&a, 15, "factive", "Le fait est que"));
    assert!(has_reason(&a, 15, Cue::RhetoricalQuestion, "?"));
    assert!(has_category(&a, 15, "rhetorical", "alors pourquoi"));
    assert!(has_category(&a, 15, "loaded", "attaques médiatique"));
}

#[test]
fn seed_quoted_loaded_words_are_the_sources() {
    let Some(a) = seed() else { return };
    // Sentence 5 quotes Maïga's « abandon en plein vol »: whatever hits it holds are his.
    for h in a.hits.iter().filter(|h| h.sentence == 4) {
        let inside = a
            .quotes
            .iter()
            .any(|q| q.start <= h.start && h.end <= q.end);
        if inside {
            assert!(!h.scored, "{:?} inside a quotation must not score", h.text);
        }
    }
    assert!(
        a.sentences[4].reasons.is_empty(),
        "{:?}",
        a.sentences[4].reasons
    );
}
