//! The matcher, table by table: (entries, text, expected hits as raw substrings).
//!
//! Every expected hit is checked by the exact raw bytes its span cuts out of the text, so a
//! wrong offset map or a wrong boundary shows as a wrong substring.

use cadrage::lexicon::{
    Category, CategoryKind, Entry, Layer, LexiconFile, LexiconSet, Matcher, VoiceScope,
};
use cadrage::span::Span;
use proptest::prelude::*;

/// One entry: category name, kind, pattern, weight.
type Spec<'a> = (&'a str, CategoryKind, &'a str, f64);

fn set(specs: &[Spec<'_>]) -> LexiconSet {
    let mut set = LexiconSet {
        files: vec![LexiconFile {
            path: "test.tsv".into(),
            sha256: String::new(),
            builtin: false,
        }],
        ..LexiconSet::default()
    };
    for (i, &(name, kind, pattern, weight)) in specs.iter().enumerate() {
        let category = match set.categories.iter().position(|c| c.name == name) {
            Some(c) => c,
            None => {
                set.categories.push(Category {
                    name: name.into(),
                    description: String::new(),
                    kind,
                    voice: VoiceScope::Author,
                    weight: 1.0,
                    aliases: vec![],
                    exact: false,
                    file: 0,
                });
                set.categories.len() - 1
            }
        };
        set.entries.push(Entry {
            category,
            pattern: pattern.into(),
            weight,
            examples: vec![],
            counter_examples: vec![],
            note: String::new(),
            group: None,
            label: None,
            stance: None,
            file: 0,
            line: i as u32 + 2,
        });
    }
    set
}

fn loaded(pattern: &str) -> Spec<'_> {
    ("loaded", CategoryKind::Loaded, pattern, 1.0)
}

/// The raw substrings the matcher keeps, in order.
fn hits(specs: &[Spec<'_>], text: &str) -> Vec<String> {
    let matcher = Matcher::new(&set(specs)).expect("patterns compile");
    let found = matcher.find(text, Span::new(0, text.len()));
    for pair in found.windows(2) {
        assert!(
            pair[0].span.start <= pair[1].span.start,
            "unordered: {found:?}"
        );
    }
    found
        .iter()
        .map(|m| text[m.span.start..m.span.end].to_string())
        .collect()
}

fn check(table: &[(&[Spec<'_>], &str, &[&str])]) {
    for (specs, text, expected) in table {
        let got = hits(specs, text);
        assert_eq!(got, *expected, "patterns {specs:?} on {text:?}");
    }
}

#[test]
fn words_and_word_boundaries() {
    check(&[
        (&[loaded("junte")], "La junte au pouvoir.", &["junte"]),
        (&[loaded("junte")], "Les juntes sahéliennes.", &[]),
        (&[loaded("junte")], "Une conjunte étrange.", &[]),
        (&[loaded("junte")], "junte", &["junte"]),
        (&[loaded("junte")], "Voici la junte", &["junte"]),
        (
            &[loaded("junte")],
            "LA JUNTE ET LA Junte",
            &["JUNTE", "Junte"],
        ),
        (&[loaded("junte")], "(junte)", &["junte"]),
        (&[loaded("régime")], "le régime-junte", &["régime"]),
        (
            &[loaded("pantin de Paris")],
            "un pantin de Paris.",
            &["pantin de Paris"],
        ),
        (&[loaded("pantin de Paris")], "un pantin, de Paris", &[]),
        (&[loaded("pantin de Paris")], "un pantin de Parisiens", &[]),
    ]);
}

#[test]
fn accents_case_and_ligatures() {
    check(&[
        (
            &[loaded("contrôlée depuis Paris")],
            "Une force controlee depuis paris.",
            &["controlee depuis paris"],
        ),
        (
            &[loaded("controlee depuis paris")],
            "Une force CONTRÔLÉE DEPUIS PARIS.",
            &["CONTRÔLÉE DEPUIS PARIS"],
        ),
        (
            // Decomposed accents: o + U+0302, e + U+0301.
            &[loaded("contrôlée")],
            "Une force contro\u{302}le\u{301}e de loin.",
            &["contro\u{302}le\u{301}e"],
        ),
        (
            &[loaded("cœur du problème")],
            "Au coeur du probleme.",
            &["coeur du probleme"],
        ),
        (&[loaded("coeur")], "Le cœur.", &["cœur"]),
        (
            &[loaded("ingérence")],
            "Une INGÉRENCE flagrante.",
            &["INGÉRENCE"],
        ),
    ]);
}

#[test]
fn globs_and_optional_endings() {
    check(&[
        (
            &[loaded("contrôl* depuis Paris")],
            "Contrôlés depuis Paris, contrôle depuis Paris, contrôlées depuis Paris.",
            &[
                "Contrôlés depuis Paris",
                "contrôle depuis Paris",
                "contrôlées depuis Paris",
            ],
        ),
        (
            &[loaded("fustig*")],
            "Il fustigeait; elle fustige.",
            &["fustigeait", "fustige"],
        ),
        (&[loaded("fustig*")], "Il refustige.", &[]),
        (
            &[loaded("qui {1,2} fustig*")],
            "qui les fustige",
            &["qui les fustige"],
        ),
        (
            &[loaded("armé(e)(s)")],
            "Des groupes armés, une milice armée, des bandes armées, un homme armé.",
            &["armés", "armée", "armées", "armé"],
        ),
        (
            &[loaded("armé(e)(s)")],
            "Une armure, des armées-fantômes",
            &["armées"],
        ),
        (&[loaded("armé(e)(s)")], "Un armement", &[]),
    ]);
}

#[test]
fn elisions_and_apostrophes() {
    check(&[
        (
            &[loaded("l'armée")],
            "L’armée, l'armée et l' armée, puis l’ armée.",
            &["L’armée", "l'armée", "l' armée", "l’ armée"],
        ),
        (
            &[loaded("qu'il")],
            "Lorsqu'il parle, qu’il se taise.",
            &["qu’il"],
        ),
        (
            &[loaded("jusqu'au bout")],
            "Jusqu’au bout.",
            &["Jusqu’au bout"],
        ),
        (
            &[loaded("aujourd’hui")],
            "Aujourd'hui encore.",
            &["Aujourd'hui"],
        ),
        (
            &[loaded("ingérence")],
            "L'ingérence d’ingérences.",
            &["ingérence"],
        ),
        (
            &[loaded("d'autres")],
            "D\u{2019}autres voix.",
            &["D\u{2019}autres"],
        ),
    ]);
}

#[test]
fn hyphens_are_spaces_between_words() {
    check(&[
        (
            &[loaded("pré carré")],
            "Son pré-carré, son pré carré.",
            &["pré-carré", "pré carré"],
        ),
        (&[loaded("pré-carré")], "Son pré carré.", &["pré carré"]),
        (
            &[loaded("a-t-il")],
            "A-t-il menti ? a t il menti ? A\u{2011}t\u{2011}il ?",
            &["A-t-il", "a t il", "A\u{2011}t\u{2011}il"],
        ),
        (&[loaded("néo colonial")], "Un ordre néocolonial.", &[]),
    ]);
}

#[test]
fn gaps() {
    let motive = || loaded("veut montrer {0,3} qui est le patron");
    check(&[
        (
            &[motive()],
            "Paris veut montrer qui est le patron.",
            &["veut montrer qui est le patron"],
        ),
        (
            &[motive()],
            "Paris veut montrer, une fois encore, qui est le patron.",
            &["veut montrer, une fois encore, qui est le patron"],
        ),
        (
            &[motive()],
            "Paris veut montrer à tous ses voisins qui est le patron.",
            &[],
        ),
        (&[motive()], "Paris veut montrer. Qui est le patron ?", &[]),
        (
            &[loaded("accus* {1,2} ingérence")],
            "Bamako accuse Paris d’ingérence.",
            &["accuse Paris d’ingérence"],
        ),
        (
            &[loaded("accus* {2,2} ingérence")],
            "Bamako accuse Paris ingérence",
            &[],
        ),
    ]);
}

#[test]
fn exact_and_regex() {
    check(&[
        (
            &[loaded("exact:Élysée")],
            "L'Élysée, l'élysée, ELYSEE, Elysée.",
            &["Élysée"],
        ),
        (
            &[loaded(r"re:\bnull?e?s? et non avenu")],
            "Un accord nul et non avenu, des clauses nulles et non avenues.",
            &["nul et non avenu", "nulles et non avenu"],
        ),
        (
            &[loaded(r"re:\bsoi-disant\b")],
            "Un Soi-Disant accord.",
            &["Soi-Disant"],
        ),
    ]);
}

#[test]
fn line_breaks_and_no_break_spaces() {
    check(&[
        (
            &[loaded("pré carré")],
            "son pré\r\ncarré",
            &["pré\r\ncarré"],
        ),
        (&[loaded("pré carré")], "son pré\r\n\r\ncarré", &[]),
        (
            &[loaded("pré carré")],
            "son pré\u{a0}carré",
            &["pré\u{a0}carré"],
        ),
        (
            &[loaded("alors pourquoi ?")],
            "Alors pourquoi\u{202f}? Alors pourquoi?",
            &["Alors pourquoi\u{202f}?", "Alors pourquoi?"],
        ),
        (&[loaded("junte")], "\u{feff}Junte\r\n", &["Junte"]),
    ]);
}

#[test]
fn overlap_rule_within_and_across_layers() {
    let frame = ("security", CategoryKind::Frame, "terroristes", 0.0);
    let label = ("labels", CategoryKind::Label, "terroristes", 2.0);
    check(&[
        // Longest wins within a layer.
        (
            &[
                loaded("pré carré"),
                ("intens", CategoryKind::Intensifier, "carré", 1.0),
            ],
            "le pré carré",
            &["pré carré"],
        ),
        (
            &[loaded("force est"), loaded("force est de constater")],
            "Force est de constater.",
            &["Force est de constater"],
        ),
        // Leftmost wins within a layer.
        (
            &[loaded("pré carré africain"), loaded("carré africain de")],
            "le pré carré africain de Paris",
            &["pré carré africain"],
        ),
        // Across layers, matches may overlap.
        (
            &[frame, label],
            "des terroristes",
            &["terroristes", "terroristes"],
        ),
    ]);
    // Same span, same layer: the heavier entry wins, then the one loaded first.
    let specs = [
        loaded("diktat"),
        ("labels", CategoryKind::Label, "diktat", 3.0),
    ];
    let matcher = Matcher::new(&set(&specs)).unwrap();
    let found = matcher.find("un diktat", Span::new(0, 9));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].entry, 1);
    let specs = [loaded("diktat"), loaded("diktat")];
    let found = Matcher::new(&set(&specs))
        .unwrap()
        .find("un diktat", Span::new(0, 9));
    assert_eq!(found.iter().map(|m| m.entry).collect::<Vec<_>>(), vec![0]);
    // Before the rule, both entries are candidates.
    let candidates = Matcher::new(&set(&specs))
        .unwrap()
        .find_candidates("un diktat", Span::new(0, 9));
    assert_eq!(candidates.len(), 2);
}

#[test]
fn layers_filter() {
    let specs = [
        ("security", CategoryKind::Frame, "armée", 0.0),
        ("loaded", CategoryKind::Loaded, "armée d'occupation", 2.0),
    ];
    let matcher = Matcher::new(&set(&specs)).unwrap();
    let text = "Une armée d'occupation.";
    let span = Span::new(0, text.len());
    let frames = matcher.find_layer(text, span, Layer::Frame);
    assert_eq!(frames.len(), 1);
    assert_eq!(frames[0].span.slice(text), "armée");
    let scoring = matcher.find_layer(text, span, Layer::Scoring);
    assert_eq!(scoring[0].span.slice(text), "armée d'occupation");
    assert_eq!(matcher.layer(0), Layer::Frame);
}

#[test]
fn matching_inside_a_span_keeps_raw_offsets() {
    let text = "Première phrase. La junte décide. Fin.";
    let start = text.find("La junte").unwrap();
    let end = start + "La junte décide.".len();
    let found = Matcher::new(&set(&[loaded("junte"), loaded("fin")]))
        .unwrap()
        .find(text, Span::new(start, end));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].span.slice(text), "junte");
    assert_eq!(found[0].span.start, text.find("junte").unwrap());
}

#[test]
fn verb_lemmas() {
    let rv = |p| ("verbs", CategoryKind::ReportingVerb, p, 0.0);
    // The lemma itself and the forms of the verb, with the pronoun left to the voice stage.
    check(&[
        (
            &[rv("déclarer")],
            "Il veut déclarer la guerre.",
            &["déclarer"],
        ),
        (&[rv("s'insurger")], "Elle s'insurger ?", &["insurger"]),
        (
            &[loaded("v:marteler")],
            "Il martèle, elle martelait.",
            &["martèle", "martelait"],
        ),
        (
            &[rv("déclarer")],
            "Il a déclaré, ils déclarent.",
            &["déclaré", "déclarent"],
        ),
        (
            &[rv("se féliciter")],
            "Bamako s'est félicité",
            &["félicité"],
        ),
    ]);
}

#[test]
fn matcher_is_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Matcher>();
}

#[test]
fn empty_lexicon_matches_nothing() {
    let matcher = Matcher::new(&LexiconSet::default()).unwrap();
    assert!(matcher.find("La junte.", Span::new(0, 9)).is_empty());
}

fn french_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "la ", "junte", " ", "\u{a0}", "\u{202f}", "’", "'", "-", "é", "e\u{301}", "\r\n", "\n",
        "pré", "carré", "contrôl", "ée", "Paris", "qu", "il", ".", "?", "«", "»", "œ", "ß", "İ",
        "veut", "montrer", "qui", "est", "le", "patron", ",", "l", "armée", "0", "😀",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn spans_are_ordered_boundaries_within_the_span(text in french_text(), cut in 0usize..400) {
        let specs = [
            loaded("pré carré"),
            loaded("contrôl* depuis Paris"),
            loaded("veut montrer {0,3} qui est le patron"),
            loaded("l'armée"),
            loaded("qu'il"),
            loaded("junte"),
            ("frame", CategoryKind::Frame, "armée", 0.0),
            loaded(r"re:\bcarr"),
        ];
        let matcher = Matcher::new(&set(&specs)).unwrap();
        let mut start = cut.min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let span = Span::new(start, text.len());
        let found = matcher.find(&text, span);
        for m in &found {
            prop_assert!(span.contains(m.span));
            prop_assert!(!m.span.is_empty());
            prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        }
        for (i, a) in found.iter().enumerate() {
            for b in &found[i + 1..] {
                prop_assert!(a.span.start <= b.span.start);
                if matcher.layer(a.entry) == matcher.layer(b.entry) {
                    prop_assert!(!a.span.overlaps(b.span), "{:?} {:?}", a, b);
                }
            }
        }
        // Every kept match is a candidate.
        let candidates = matcher.find_candidates(&text, span);
        for m in &found {
            prop_assert!(candidates.contains(m));
        }
    }
}

fn pattern_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "pré", "carré", "*", "(e)", "(s)", "{0,2}", "{1,3}", " ", "-", "l'", "qu’", "é", "?",
        "v:dire", "exact:", "re:", "\\b", "(", ")", "junte", "x", "É", "œ", ",", "{", "}",
    ]);
    prop::collection::vec(pieces, 1..10).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn any_pattern_either_is_refused_or_matches_within_bounds(
        pattern in pattern_text(),
        text in french_text(),
    ) {
        // Compiling never panics; a refused pattern is a reason, not a crash.
        let _ = cadrage::lexicon::pattern::compile(&pattern, Default::default());
        if let Ok(matcher) = Matcher::new(&set(&[loaded(&pattern)])) {
            for m in matcher.find(&text, Span::new(0, text.len())) {
                prop_assert!(m.span.end <= text.len() && !m.span.is_empty());
                prop_assert!(text.is_char_boundary(m.span.start));
                prop_assert!(text.is_char_boundary(m.span.end));
            }
        }
    }
}
