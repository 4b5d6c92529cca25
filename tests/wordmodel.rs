//! The word model of the opinion register: the Rust side cuts and folds a sentence's words as
//! the fitting script does, and the model's reason behaves as documented.

#[path = "../fuzz/harness.rs"]
mod harness;

use cadrage::score::Cue;
use cadrage::wordmodel::{LOG_ODDS_THRESHOLD, WordModel, word_count, words};
use cadrage::{Article, ArticleAnalysis};

use harness::shipped_analyzer as analyzer;

fn analyse(text: &str) -> ArticleAnalysis {
    analyzer().analyze(&Article::from_text("piece", text))
}

fn model_reasons(a: &ArticleAnalysis) -> Vec<(&str, &str)> {
    a.sentences
        .iter()
        .flat_map(|s| s.reasons.iter().map(move |r| (s.text.as_str(), r)))
        .filter(|(_, r)| r.cue == Cue::WordModel)
        .map(|(t, r)| (t, r.text.as_str()))
        .collect()
}

/// An opinion piece: most of its sentences carry a cue, and its plain verdicts carry the
/// register's words.
const OPINION: &str = "Que reste-t-il de la promesse de 2022 ? Rien, ou presque.\n\n\
    Le gouvernement nous explique que tout va bien ! Personne n'y croit.\n\n\
    Car ceux qui paient la facture, ce sont toujours les mêmes.\n\n\
    Dans bien des départements, obtenir un rendez-vous relève de la loterie.\n\n\
    Il serait temps de le reconnaître.";

/// Wire copy on the same topic: no sentence is the author's verdict.
const WIRE: &str = "Le gouvernement a présenté mercredi un plan pour les préfectures, a indiqué le \
    ministère de l'Intérieur.\n\n\
    Le texte prévoit 400 postes supplémentaires d'ici à 2027, selon le communiqué.\n\n\
    Dans plusieurs départements, le délai pour obtenir un rendez-vous dépasse six mois.\n\n\
    Les syndicats de la fonction publique seront reçus jeudi.";

/// `tests/data/wordmodel_words.tsv` is written by `eval/fit_wordmodel.py --words` with the
/// model: 300 sentences of the development sets, their words as the script cuts and folds them,
/// a share of flagged author sentences, the log-odds the script computes from
/// `models/wordmodel.tsv` (the bias, the share's bucket, the length's bucket and the words),
/// and the number of words the script counts.
#[test]
fn words_and_log_odds_are_read_as_the_fitting_script_reads_them() {
    let table = include_str!("data/wordmodel_words.tsv");
    let model = WordModel::shipped();
    let mut checked = 0;
    for (k, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [sentence, expected, share, log_odds, count] = fields[..] else {
            panic!("line {}: five fields", k + 1);
        };
        assert_eq!(
            word_count(sentence),
            count.parse::<usize>().unwrap(),
            "line {}: the number of words",
            k + 1
        );
        let expected: Vec<&str> = expected.split(' ').filter(|w| !w.is_empty()).collect();
        assert_eq!(
            words(sentence),
            expected,
            "line {} of tests/data/wordmodel_words.tsv",
            k + 1
        );
        let share: f64 = share.parse().unwrap();
        let expected: f64 = log_odds.parse().unwrap();
        let got = model.read(sentence, share).log_odds;
        assert!(
            (got - expected).abs() < 1e-9,
            "line {}: {got} against the script's {expected} (the table and the model are \
             written together: refit both)",
            k + 1
        );
        checked += 1;
    }
    assert_eq!(checked, 300);
}

#[test]
fn a_plain_verdict_among_verdicts_is_read_by_the_model() {
    let a = analyse(OPINION);
    let reasons = model_reasons(&a);
    let (text, why) = reasons
        .iter()
        .find(|(t, _)| t.starts_with("Dans bien des départements"))
        .unwrap_or_else(|| panic!("no word model reason on the plain verdict: {reasons:?}"));
    let s = a.sentences.iter().find(|s| s.text == *text).unwrap();
    assert!(s.editorial, "{:?}", s.reasons);
    // The reason names the words that weighed most, and the article's share.
    assert!(why.contains("bien +"), "{why}");
    assert!(
        why.contains("% of the article's author sentences flagged"),
        "{why}"
    );
    // The model only reads sentences the cues left below the threshold.
    for s in &a.sentences {
        let cues: f64 = s
            .reasons
            .iter()
            .filter(|r| r.cue != Cue::WordModel)
            .map(|r| r.weight)
            .sum();
        if s.reasons.iter().any(|r| r.cue == Cue::WordModel) {
            assert!(cues < 2.0, "{}: {:?}", s.text, s.reasons);
        }
    }
}

#[test]
fn the_same_sentence_in_wire_copy_is_left_alone() {
    let a = analyse(WIRE);
    assert!(model_reasons(&a).is_empty(), "{:?}", model_reasons(&a));
    assert!(a.sentences.iter().all(|s| !s.editorial));
}

#[test]
fn a_quotation_is_never_read_for_its_own_words() {
    // The verdict's words inside a quotation: the model reads only the words around it.
    let text = OPINION.replace(
        "Dans bien des départements, obtenir un rendez-vous relève de la loterie.",
        "« Dans bien des départements, obtenir un rendez-vous relève de la loterie », a déclaré \
         la présidente de l'association.",
    );
    let a = analyse(&text);
    let s = a
        .sentences
        .iter()
        .find(|s| s.text.starts_with("« Dans bien"))
        .expect("the quotation");
    assert_eq!(s.voice.as_str(), "direct");
    assert!(!s.editorial, "{:?}", s.reasons);
    assert!(s.reasons.iter().all(|r| r.cue != Cue::WordModel));
    let quoted =
        words("« Dans bien des départements, c'est la loterie », a déclaré la présidente.");
    assert!(
        !quoted.iter().any(|w| w == "bien" || w == "loterie"),
        "{quoted:?}"
    );
}

#[test]
fn the_shipped_model_gives_argument_words_weight_and_news_words_none() {
    let model = WordModel::shipped();
    let weight = |w: &str| model.weight(w).unwrap_or(0.0);
    // Argument words weigh for the register, news words against it. How much moves with each
    // refit (fitted on dev2..dev74 at the end of the stop of December 1: ceux 0.28; on
    // dev2..dev71: lundi -1.15, selon -0.37, mardi -0.28, declare -0.13); the sign does not.
    for w in ["bien", "rien", "ceux", "mieux", "tort"] {
        assert!(weight(w) > 0.0, "{w}: {}", weight(w));
    }
    for w in ["lundi", "mardi", "selon", "declare"] {
        assert!(weight(w) < 0.0, "{w}: {}", weight(w));
    }
    // A neutral sentence of a news report stays far below the threshold.
    let news = words("Le conseil municipal a voté mardi le budget de la commune.");
    let count = word_count("Le conseil municipal a voté mardi le budget de la commune.");
    assert!(model.verdict(&news, count, 0.0).log_odds < LOG_ODDS_THRESHOLD - 2.0);
}

/// `--no-word-model` turns the model off: the plain verdict is then left to the cues, and a
/// report's manifest records which way the run went.
#[test]
fn no_word_model_leaves_the_flag_to_the_cues_and_the_manifest_says_so() {
    use assert_cmd::Command;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("piece.txt");
    std::fs::write(&file, OPINION).unwrap();
    let run = |extra: &[&str]| -> serde_json::Value {
        let out = Command::cargo_bin("cadrage")
            .unwrap()
            .args(["score", "--format", "json"])
            .args(extra)
            .arg(&file)
            .output()
            .unwrap();
        assert!(out.status.success());
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let flagged = |doc: &serde_json::Value| -> bool {
        let doc = doc.as_array().map_or(doc, |a| &a[0]);
        doc["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["text"].as_str().unwrap().starts_with("Dans bien des"))
            .expect("the plain verdict")["editorial"]
            .as_bool()
            .unwrap()
    };
    assert!(flagged(&run(&[])));
    assert!(!flagged(&run(&["--no-word-model"])));

    for (extra, expected) in [(&[][..], true), (&["--no-word-model"][..], false)] {
        let out = dir.path().join(format!("out-{expected}"));
        Command::cargo_bin("cadrage")
            .unwrap()
            .args(["report", "--quiet", "--bootstrap", "50", "--out"])
            .arg(&out)
            .args(extra)
            .arg(&file)
            .assert()
            .success();
        let manifest: serde_json::Value =
            serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
        assert_eq!(manifest["parameters"]["word_model"], expected);
    }
}

/// The one-pass reading the scorer uses gives what the word list gives, bit for bit.
#[test]
fn the_one_pass_reading_is_the_verdict_on_the_word_list() {
    let model = WordModel::shipped();
    let table = include_str!("data/wordmodel_words.tsv");
    for (k, line) in table
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#'))
    {
        let sentence = line.split('\t').next().unwrap();
        for share in [0.0, 0.3, 0.9] {
            let a = model.read(sentence, share);
            let b = model.verdict(&words(sentence), word_count(sentence), share);
            assert_eq!(a.log_odds.to_bits(), b.log_odds.to_bits(), "line {}", k + 1);
            assert_eq!(a.for_words, b.for_words, "line {}", k + 1);
        }
    }
    // Quotation marks, repeated words, accents and a word left open at the end.
    for s in [
        "Bien, très bien, « trop bien » ! Rien",
        "Élevé “en” France",
        "\"Rien\" de rien",
    ] {
        let a = model.read(s, 0.5);
        let b = model.verdict(&words(s), word_count(s), 0.5);
        assert_eq!(a.log_odds.to_bits(), b.log_odds.to_bits(), "{s}");
        assert_eq!(a.for_words, b.for_words, "{s}");
    }
}

/// The sentence's length is read as the fitting script reads it (words outside quotations,
/// repeats counted), and the shipped model holds a weight for each of its four buckets: a long
/// sentence is less often a verdict than the sum of its words says (fitted on dev2..dev78:
/// −0.49 from 26 words, −0.03 below 8).
#[test]
fn a_long_sentence_weighs_less_than_its_words_say() {
    let model = WordModel::shipped();
    assert!(model.length.iter().any(|w| *w != 0.0), "{:?}", model.length);
    assert!(model.length[3] < model.length[0], "{:?}", model.length);
    // The same words, once in a short sentence and once repeated into a long one: the words
    // weigh the same (each counted once), the length's bucket makes the difference.
    let short = "Rien, ou presque.";
    let long = "Rien, ou presque, rien, ou presque, rien, ou presque, rien, ou presque, rien, \
                ou presque, rien, ou presque, rien, ou presque, rien, ou presque, rien.";
    assert_eq!(words(short), words(long));
    assert_eq!((word_count(short), word_count(long)), (3, 25));
    let gap = model.read(short, 0.5).log_odds - model.read(long, 0.5).log_odds;
    assert!(
        (gap - (model.length[0] - model.length[2])).abs() < 1e-9,
        "{gap}"
    );
    // Quoted words are the source's: they do not lengthen the author's sentence.
    assert_eq!(word_count("Rien, « ou presque, dit-on, et encore » !"), 1);
}
