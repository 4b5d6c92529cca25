//! Properties of the whole pipeline with the shipped lexicons, on generated articles.
//!
//! Articles are built from pieces of French news (ordinary and loaded words, attributions,
//! every kind of quotation mark, dialogue dashes, abbreviations, no-break spaces, CRLF, other
//! scripts) and also drawn as arbitrary Unicode. For each one, `harness::check_analysis`
//! (shared with the fuzz targets) checks that every offset of the output is a character
//! boundary inside the body, that sentences are ordered, disjoint and cover every
//! non-whitespace character, that every hit lies inside its sentence, and that a hit inside a
//! direct quotation is never the author's and never scored for the author. The same article
//! must give the same analysis twice, and `report` must write the same bytes with one worker
//! or two.

#[path = "../fuzz/harness.rs"]
mod harness;

use std::io::Cursor;
use std::path::Path;

use cadrage::input::{InputItem, ReadOptions, read_stream};
use cadrage::span::Span;
use cadrage::{Article, ArticleAnalysis};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    // Words.
    "le conseil",
    "la maire",
    "les habitants",
    "a voté",
    "le budget",
    "mardi",
    "en 2024",
    "des travaux",
    "l'opposition",
    "l’école",
    "qu'il",
    "aujourd'hui",
    "il",
    "elle",
    "nous",
    "vous",
    "je",
    "serait",
    "auraient été",
    "ne",
    "pas",
    "sans",
    // Loaded language and editorial cues of the shipped lexicons.
    "scandaleux",
    "honteuse",
    "diktat",
    "catastrophe",
    "soi-disant",
    "force est de constater que",
    "le fait est que",
    "comme par hasard",
    "pourquoi donc",
    "très",
    "extrêmement",
    "junte",
    "terroristes",
    "la France",
    "Paris",
    "l'Élysée",
    "Macron",
    "le Kremlin",
    "Moscou",
    "Bamako",
    "les autorités françaises",
    // Attributions.
    "a déclaré le ministre",
    "a-t-il ajouté",
    "a martelé Mme Durand",
    "selon l'AFP,",
    "d'après des sources proches du dossier,",
    "a affirmé que",
    "Et d'ajouter :",
    "M. Petit",
    "Jean-Claude Moreau",
    // Punctuation.
    ".",
    ". ",
    "?",
    " ?",
    "\u{202f}?",
    "!",
    "\u{a0}!",
    "…",
    "...",
    ",",
    " :",
    "\u{a0}:",
    " ;",
    "(",
    ")",
    "[…]",
    // Quotation marks, balanced or not.
    "«",
    "»",
    "«\u{a0}",
    "\u{a0}»",
    "“",
    "”",
    "\"",
    "‹",
    "›",
    "‘",
    "’",
    "„",
    // Layout.
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\t",
    "— ",
    "\n— ",
    "\n– ",
    "\n- ",
    "\n• ",
    "\n1. ",
    "TITRE EN CAPITALES\n",
    // Other scripts and odd characters.
    "مرحبا",
    "Привет",
    "中文",
    "👩‍👩‍👧",
    "\u{200f}",
    "\u{feff}",
    "e\u{301}",
    "\u{fffd}",
    "\0",
];

fn french() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|pieces| {
        let mut text = String::new();
        for p in pieces {
            // Words need a space between them; punctuation and marks are glued or spaced as
            // the generator decided.
            if p.starts_with(char::is_alphanumeric) && text.ends_with(|c: char| c.is_alphanumeric())
            {
                text.push(' ');
            }
            text.push_str(p);
        }
        text
    })
}

fn analyze(article: &Article) -> Result<ArticleAnalysis, TestCaseError> {
    let analyzer = harness::shipped_analyzer();
    let a = analyzer.analyze(article);
    harness::check_analysis(analyzer, &article.text, article.body, &a)
        .map_err(TestCaseError::fail)?;
    let again = analyzer.analyze(article);
    prop_assert_eq!(
        serde_json::to_string(&a).unwrap(),
        serde_json::to_string(&again).unwrap(),
        "two analyses of the same article differ"
    );
    Ok(a)
}

/// The actors the author's scoring hits target, by the rule documented on
/// `cadrage::profile::actor_targets`, computed the slow and obvious way: for each hit, scan
/// its whole sentence for clause breaks and actors.
fn reference_actor_targets(text: &str, a: &ArticleAnalysis) -> Vec<(String, usize, f64)> {
    use cadrage::lexicon::CategoryKind;
    use cadrage::span::TextVoice;
    use std::collections::BTreeMap;
    let is_break = |c: char| {
        matches!(
            c,
            ',' | ';' | ':' | '(' | ')' | '—' | '–' | '«' | '»' | '“' | '”' | '"'
        )
    };
    let mut out: BTreeMap<String, (usize, f64)> = BTreeMap::new();
    for h in a
        .hits
        .iter()
        .filter(|h| h.scored && h.voice == TextVoice::Author && cadrage::score::kind_scores(h.kind))
    {
        let s = &a.sentences[h.sentence];
        let start = text[s.start..h.start]
            .char_indices()
            .rev()
            .find(|(_, c)| is_break(*c))
            .map_or(s.start, |(i, c)| s.start + i + c.len_utf8());
        let end = text[h.end..s.end]
            .char_indices()
            .find(|(_, c)| is_break(*c))
            .map_or(s.end, |(i, _)| h.end + i);
        let actors: Vec<_> = a
            .hits
            .iter()
            .filter(|x| x.kind == CategoryKind::Actor && x.sentence == h.sentence)
            .collect();
        let mut targets: Vec<&str> = actors
            .iter()
            .filter(|x| x.start >= start && x.end <= end)
            .filter_map(|x| x.group.as_deref())
            .collect();
        if targets.is_empty() {
            targets = actors
                .iter()
                .filter(|x| x.end <= start)
                .filter_map(|x| x.group.as_deref())
                .collect();
        }
        targets.sort_unstable();
        targets.dedup();
        for t in targets {
            let e = out.entry(t.to_string()).or_default();
            e.0 += 1;
            e.1 += h.weight;
        }
    }
    let mut list: Vec<(String, usize, f64)> =
        out.into_iter().map(|(k, (n, w))| (k, n, w)).collect();
    list.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    list
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn actor_targets_follow_their_rule(text in french()) {
        let a = analyze(&Article::from_text("acteurs", text.clone()))?;
        let want = reference_actor_targets(&text, &a);
        let got: Vec<(String, usize, f64)> = a
            .profile
            .actor_targets
            .iter()
            .map(|t| (t.actor.clone(), t.hits, t.weight))
            .collect();
        prop_assert_eq!(got.len(), want.len(), "{:?} vs {:?}", got, want);
        for (g, w) in got.iter().zip(&want) {
            prop_assert!(g.0 == w.0 && g.1 == w.1 && (g.2 - w.2).abs() < 1e-6, "{:?} vs {:?}", got, want);
        }
    }

    #[test]
    fn french_like_articles_keep_every_invariant(text in french()) {
        analyze(&Article::from_text("genere", text))?;
    }

    #[test]
    fn arbitrary_text_keeps_every_invariant(text in any::<String>()) {
        analyze(&Article::from_text("arbitraire", text))?;
    }

    #[test]
    fn articles_after_front_matter_keep_their_offsets_in_the_body(
        body in french(),
        title in "[a-zA-Zéè «»:' ]{0,30}",
        crlf in any::<bool>(),
    ) {
        let nl = if crlf { "\r\n" } else { "\n" };
        let raw = format!("---{nl}title: {title}{nl}outlet: La Gazette{nl}---{nl}{body}");
        let items: Vec<InputItem> =
            read_stream(Cursor::new(raw.into_bytes()), ReadOptions::default()).collect();
        prop_assert_eq!(items.len(), 1);
        if let InputItem::Article(article) = &items[0] {
            prop_assert!(article.body.start > 0);
            let a = analyze(article)?;
            for s in &a.sentences {
                prop_assert!(article.body.contains(Span::new(s.start, s.end)));
            }
        }
    }
}

/// Every file a `report` run wrote, except the manifest (which holds times and the number of
/// workers), as (name, bytes).
fn tables(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_name() != "manifest.json")
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

fn cadrage() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("cadrage").unwrap()
}

proptest! {
    // Each case runs the binary five times: a few cases cover the orderings that matter.
    #![proptest_config(ProptestConfig::with_cases(6))]

    #[test]
    fn report_writes_the_same_bytes_with_one_worker_or_two(
        articles in prop::collection::vec((0..3usize, french()), 1..10),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let corpus = dir.path().join("corpus");
        for (i, (outlet, text)) in articles.iter().enumerate() {
            let folder = corpus.join(["gazette", "courrier", "echo"][*outlet]);
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::write(folder.join(format!("a{i:02}.txt")), text).unwrap();
        }
        let mut runs = Vec::new();
        for jobs in ["1", "2", "2"] {
            let out = dir.path().join(format!("tables-{}", runs.len()));
            let status = cadrage()
                .arg("report")
                .arg(&corpus)
                .arg("--out")
                .arg(&out)
                .args(["--jobs", jobs, "-q", "--bootstrap", "200"])
                .output()
                .unwrap()
                .status
                .code();
            // Empty generated articles are skipped (status 4); the rest must be the same.
            prop_assert!(matches!(status, Some(0) | Some(4)), "status {:?}", status);
            runs.push(tables(&out));
        }
        prop_assert!(runs[0] == runs[1], "--jobs 1 and --jobs 2 differ");
        prop_assert!(runs[1] == runs[2], "two runs with --jobs 2 differ");

        let stream = |jobs: &str| {
            cadrage()
                .arg("report")
                .arg(&corpus)
                .args(["--format", "jsonl", "--out", "-", "--jobs", jobs, "-q"])
                .output()
                .unwrap()
                .stdout
        };
        prop_assert!(stream("1") == stream("2"), "JSON Lines differ between --jobs 1 and 2");
    }
}

/// A hit inside an unclosed quotation agrees with it: the quotation's words are its speaker's,
/// and only the attribution incise inside it (its recorded cue) is the author's. The quotation
/// runs to its paragraph end, as every unclosed quotation does.
#[test]
fn hits_inside_an_unclosed_quotation_agree_with_it() {
    let texts = [
        "des travaux :\"selon l'AFP,a déclaré le ministre aujourd'hui‘le conseil",
        "Les élus ont quitté la salle : « Nous dénonçons un mépris total, a déclaré le maire. \
         Ce gouvernement prétend écouter les territoires.\n\nLa séance a repris.",
        "« Le scandale est là, a martelé la députée, et personne ne veut le voir.",
    ];
    let analyzer = harness::shipped_analyzer();
    for text in texts {
        let a = analyzer.analyze(&Article::from_text("ouvert", text));
        let unclosed: Vec<_> = a
            .quotes
            .iter()
            .filter(|q| q.kind == cadrage::voice::QuoteKind::Direct && q.unbalanced)
            .collect();
        assert!(!unclosed.is_empty(), "no unclosed quotation in {text:?}");
        let mut inside = 0;
        for q in unclosed {
            let cue = q.cue_start.zip(q.cue_end);
            for h in a
                .hits
                .iter()
                .filter(|h| h.start >= q.start && h.end <= q.end)
            {
                let in_cue = cue.is_some_and(|(s, e)| s <= h.start && h.end <= e);
                let expected = if in_cue {
                    cadrage::span::TextVoice::Author
                } else {
                    cadrage::span::TextVoice::Direct
                };
                assert_eq!(h.voice, expected, "{:?} inside {:?}", h.text, q.text);
                inside += 1;
            }
        }
        assert!(
            inside > 0,
            "no hit inside the unclosed quotation of {text:?}"
        );
    }
}
