//! Sentence and paragraph segmentation, case by case, on French news text written for these
//! tests (wire copy, op-eds, interview-heavy reports), plus the seed article when present.

use cadrage::quotes::find_quotes;
use cadrage::segment::{Segmentation, SentenceKind, segment};
use cadrage::span::Span;

fn run(text: &str) -> Segmentation {
    let body = Span::new(0, text.len());
    segment(text, body, &find_quotes(text, body))
}

fn sentences(text: &str) -> Vec<&str> {
    run(text).sentences.iter().map(|s| s.span.slice(text)).collect()
}

/// The seed article, read as ANNOTATED.md reads it: 15 sentences, the subheading alone.
#[test]
fn seed_article_has_the_fifteen_annotated_sentences() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed/000_b068f2c88b69a764.txt");
    let Ok(text) = std::fs::read_to_string(path) else {
        println!("note: seed article not found at {path}; skipped");
        return;
    };
    // Each annotated sentence by its opening words and closing words.
    let annotated: [(&str, &str); 15] = [
        ("Dans le cadre d’une série", "la délégation russe."),
        ("Le ministre des affaires étrangères", "dans tous les domaines."),
        ("La partie malienne a à son tour", "de la sécurité régionale."),
        ("La nouvelle de la fin de l’opération", "très actifs dans le Nord du pays."),
        ("« La nouvelle situation née", "l’Assemblée générale de l’ONU."),
        ("En outre, le premier ministre", "l’ONU et le gouvernement malien."),
        ("Le chef de la diplomatie russe", "a Kidal, dans le Nord du pays."),
        ("Il a souligné que le gouvernement", "car le pays est indépendant."),
        ("« Au niveau gouvernemental", "d’équipements militaires techniques."),
        ("Et d’estimer : « ce serait mieux", "du Sahel et du Sahara »."),
        ("Paris n’est pas prêt à partager", "Paris n’est pas prêt à partager"),
        ("Les déclarations sur la signature", ") contrôlée depuis Paris."),
        ("D’une seule voix", "sans donner de raisons précises."),
        ("Donc, Paris veut montrer", "le patron de la région."),
        ("Le fait est que le pays", "de la part de la France ?"),
    ];
    let seg = run(&text);
    let got: Vec<&str> = seg.sentences.iter().map(|s| s.span.slice(&text)).collect();
    assert_eq!(got.len(), 15, "{got:#?}");
    let mut from = 0;
    for (i, ((head, tail), s)) in annotated.iter().zip(&seg.sentences).enumerate() {
        let start = from + text[from..].find(head).expect("annotated start is in the seed");
        let end = start + text[start..].find(tail).expect("annotated end is in the seed") + tail.len();
        assert_eq!(s.span, Span::new(start, end), "sentence {}: {:?}", i + 1, got[i]);
        from = end;
    }
    let kinds: Vec<SentenceKind> = seg.sentences.iter().map(|s| s.kind).collect();
    assert_eq!(kinds[10], SentenceKind::Heading);
    assert!(kinds.iter().enumerate().all(|(i, k)| i == 10 || *k == SentenceKind::Text));
}
