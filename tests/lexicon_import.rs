//! Importers: each dictionary format reads into the expected categories and terms, reports
//! its mistakes at `file:line`, and survives `lexicon import` (write a cadrage folder, load it
//! back) with the same categories and entries.

use std::path::PathBuf;

use cadrage::lexicon::{CategoryKind, LexiconSet, Matcher, VoiceScope, import};
use cadrage::span::Span;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lexicon")
        .join(name)
}

fn load(name: &str) -> LexiconSet {
    LexiconSet::load_path(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// (category, [(pattern, line)]) for every category, in load order.
fn summary(set: &LexiconSet) -> Vec<(String, Vec<(String, u32)>)> {
    set.categories
        .iter()
        .enumerate()
        .map(|(id, c)| {
            let entries = set
                .entries
                .iter()
                .filter(|e| e.category == id)
                .map(|e| (e.pattern.clone(), e.line))
                .collect();
            (c.name.clone(), entries)
        })
        .collect()
}

fn expect(set: &LexiconSet, expected: &[(&str, &[(&str, u32)])]) {
    let expected: Vec<(String, Vec<(String, u32)>)> = expected
        .iter()
        .map(|(c, es)| {
            let es = es.iter().map(|(p, l)| (p.to_string(), *l)).collect();
            (c.to_string(), es)
        })
        .collect();
    assert_eq!(summary(set), expected);
}

#[test]
fn liwc_dic() {
    let set = load("import/sample.dic");
    expect(
        &set,
        &[
            ("souverainete", &[("ingérence*", 6), ("pré carré", 7)]),
            ("peur", &[("panique*", 8), ("chaos", 9)]),
            ("intensite", &[("panique*", 8), ("très", 10)]),
        ],
    );
    for c in &set.categories {
        assert_eq!(
            (c.kind, c.voice, c.weight),
            (CategoryKind::Loaded, VoiceScope::Author, 1.0)
        );
    }
    assert!(
        set.entries
            .iter()
            .all(|e| e.weight == 1.0 && e.examples.is_empty())
    );
}

#[test]
fn lexicoder_lc3_and_both_lcd_variants() {
    expect(
        &load("import/sample.lc3"),
        &[
            ("SOUVERAINETE", &[("INGÉRENCE*", 2), ("PRÉ CARRÉ", 3)]),
            ("PEUR", &[("PANIQUE*", 6), ("CHAOS", 7)]),
        ],
    );
    expect(
        &load("import/plain.lcd"),
        &[
            ("souverainete", &[("ingérence*", 2)]),
            ("peur", &[("chaos", 4)]),
        ],
    );
    expect(
        &load("import/xml.lcd"),
        &[
            ("souverainete", &[("ingérence*", 4), ("pré carré", 5)]),
            ("peur", &[("chaos", 8)]),
        ],
    );
}

#[test]
fn yoshikoder_nested_categories() {
    expect(
        &load("import/sample.ykd"),
        &[
            ("emotion.peur", &[("panique*", 5), ("chaos", 6)]),
            ("emotion.colere", &[("scandale", 9), ("indigné*", 10)]),
            ("souverainete", &[("ingérence*", 14)]),
        ],
    );
}

#[test]
fn quanteda_yaml() {
    expect(
        &load("import/sample.yml"),
        &[
            ("souverainete", &[("ingérence*", 3), ("pré carré", 4)]),
            ("emotion.peur", &[("panique*", 7), ("chaos", 8)]),
            ("emotion.colere", &[("scandale", 9), ("indigné*", 9)]),
            ("intensite", &[("très", 10)]),
        ],
    );
}

#[test]
fn plain_word_list() {
    expect(
        &load("import/peur.txt"),
        &[("peur", &[("chaos", 2), ("panique*", 4), ("à la dérive", 5)])],
    );
}

#[test]
fn imported_terms_match_like_cadrage_patterns() {
    let set = load("import/sample.lc3");
    let matcher = Matcher::new(&set).unwrap();
    let text = "Une ingérence jugée intolérable, une panique générale.";
    let found = matcher.find(text, Span::new(0, text.len()));
    let words: Vec<&str> = found.iter().map(|m| m.span.slice(text)).collect();
    assert_eq!(words, vec!["ingérence", "panique"]);
}

#[test]
fn import_mistakes_are_reported_at_their_line() {
    let cases: &[(&str, &[(u32, &str)])] = &[
        ("import/bad.lc3", &[(1, "before any `+category`")]),
        (
            "import/bad.ykd",
            &[(2, "outside any <cnode>"), (4, "without a `name`")],
        ),
        (
            "import/bad.yml",
            &[(3, "a list of terms can hold only strings")],
        ),
    ];
    for (name, expected) in cases {
        let err = LexiconSet::load_path(&fixture(name)).expect_err(name);
        let got: Vec<(u32, &str)> = err
            .issues
            .iter()
            .map(|i| (i.line, i.reason.as_str()))
            .collect();
        assert_eq!(got.len(), expected.len(), "{name}: {got:?}");
        for ((line, reason), (eline, ereason)) in got.iter().zip(expected.iter()) {
            assert_eq!(line, eline, "{name}: {got:?}");
            assert!(reason.contains(ereason), "{name}: {reason}");
        }
    }
}

/// Everything an entry means, without where it was read from.
fn meaning(set: &LexiconSet) -> Vec<String> {
    let mut rows: Vec<String> = set
        .categories
        .iter()
        .map(|c| {
            format!(
                "category {} {:?} {:?} {} {:?} {:?} {}",
                c.name, c.kind, c.voice, c.weight, c.aliases, c.description, c.exact
            )
        })
        .collect();
    rows.extend(set.entries.iter().map(|e| {
        format!(
            "entry {} {:?} {} {:?} {:?} {:?} {:?} {:?} {:?}",
            set.categories[e.category].name,
            e.pattern,
            e.weight,
            e.examples,
            e.counter_examples,
            e.note,
            e.group,
            e.label,
            e.stance
        )
    }));
    rows
}

#[test]
fn every_format_round_trips_through_a_cadrage_folder() {
    for name in [
        "import/sample.dic",
        "import/sample.lc3",
        "import/plain.lcd",
        "import/xml.lcd",
        "import/sample.ykd",
        "import/sample.yml",
        "import/peur.txt",
        "good",
        "kinds_ok",
    ] {
        let original = load(name);
        let dir = tempfile::tempdir().unwrap();
        import::write_folder(&original, dir.path()).unwrap();
        let back = LexiconSet::load_path(dir.path())
            .unwrap_or_else(|e| panic!("{name} does not load back: {e}"));
        assert_eq!(meaning(&back), meaning(&original), "{name}");
        assert!(!original.entries.is_empty(), "{name}");
    }
}

#[test]
fn liwc_terms_cut_exactly_their_words_out_of_the_input() {
    let set = cadrage::lexicon::LexiconSet::load(&cadrage::lexicon::LoadOptions {
        builtin: false,
        paths: vec![fixture("acceptance/test.dic")],
    })
    .unwrap();
    let text = "La CEDEAO, controlee depuis Paris, veut montrer qui est le patron.";
    let found = Matcher::new(&set)
        .unwrap()
        .find(text, Span::new(0, text.len()));
    let hits: Vec<(&str, &str)> = found
        .iter()
        .map(|m| (set.category_of(m.entry).name.as_str(), m.span.slice(text)))
        .collect();
    assert_eq!(
        hits,
        vec![
            ("colonial", "controlee depuis Paris"),
            ("motive", "qui est le patron")
        ]
    );
    assert_eq!((found[0].span.start, found[0].span.end), (11, 33));
    assert_eq!((found[1].span.start, found[1].span.end), (48, 65));
}
