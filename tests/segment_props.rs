//! Invariants of the quote finder and the segmenter, on arbitrary strings and on strings
//! built from French-like pieces (words, abbreviations, numbers, punctuation, every kind of
//! quotation mark, dashes, bullets, odd spaces and line ends), and linear-time stress runs on
//! inputs built to trip a quadratic algorithm (they assert results, never timings).

use cadrage::quotes::{QuoteMark, QuoteRegion, find_quotes};
use cadrage::segment::{Segmentation, segment};
use cadrage::span::Span;
use proptest::prelude::*;

fn on_boundary(text: &str, span: Span) -> bool {
    text.is_char_boundary(span.start) && text.is_char_boundary(span.end)
}

fn trimmed(text: &str, span: Span) -> bool {
    let s = span.slice(text);
    !s.is_empty() && !s.starts_with(char::is_whitespace) && !s.ends_with(char::is_whitespace)
}

/// Every invariant of a segmentation of `text[body]`.
fn check_segmentation(text: &str, body: Span, seg: &Segmentation) -> Result<(), TestCaseError> {
    let mut previous_end = body.start;
    for p in &seg.paragraphs {
        prop_assert!(
            on_boundary(text, p.span),
            "paragraph {:?} off a char boundary",
            p.span
        );
        prop_assert!(
            body.contains(p.span),
            "paragraph {:?} outside body {:?}",
            p.span,
            body
        );
        prop_assert!(
            p.span.start >= previous_end,
            "paragraphs out of order or overlapping"
        );
        prop_assert!(
            trimmed(text, p.span),
            "paragraph {:?} not trimmed",
            p.span.slice(text)
        );
        previous_end = p.span.end;
    }
    let mut previous_end = body.start;
    let mut previous_paragraph = 0;
    for s in &seg.sentences {
        prop_assert!(
            on_boundary(text, s.span),
            "sentence {:?} off a char boundary",
            s.span
        );
        prop_assert!(
            s.span.start >= previous_end,
            "sentences out of order or overlapping"
        );
        prop_assert!(
            trimmed(text, s.span),
            "sentence {:?} not trimmed",
            s.span.slice(text)
        );
        let paragraph = seg.paragraphs.get(s.paragraph);
        prop_assert!(
            paragraph.is_some_and(|p| p.span.contains(s.span)),
            "sentence outside its paragraph"
        );
        prop_assert!(
            s.paragraph >= previous_paragraph,
            "paragraph indices go back"
        );
        previous_end = s.span.end;
        previous_paragraph = s.paragraph;
    }
    // Every non-whitespace character of the body lies in exactly one sentence (sentences are
    // ordered and disjoint, so a sweep finds the one that may hold it).
    let mut k = 0;
    for (i, c) in text[body.start..body.end].char_indices() {
        let at = body.start + i;
        while k < seg.sentences.len() && seg.sentences[k].span.end <= at {
            k += 1;
        }
        let covered = seg.sentences.get(k).is_some_and(|s| s.span.start <= at);
        prop_assert!(
            covered || c.is_whitespace(),
            "byte {} ({:?}) in no sentence",
            at,
            c
        );
    }
    Ok(())
}

/// Every invariant of the quote regions of `text[body]`.
fn check_quotes(text: &str, body: Span, regions: &[QuoteRegion]) -> Result<(), TestCaseError> {
    let paragraphs = cadrage::segment::paragraphs(text, body);
    let mut previous_open = body.start;
    for r in regions {
        for span in [Some(r.open), Some(r.content), r.close]
            .into_iter()
            .flatten()
        {
            prop_assert!(
                on_boundary(text, span),
                "region span {:?} off a char boundary",
                span
            );
            prop_assert!(
                body.contains(span),
                "region span {:?} outside body {:?}",
                span,
                body
            );
        }
        prop_assert!(
            r.open.start >= previous_open,
            "regions not in order of their opening mark"
        );
        previous_open = r.open.start;
        prop_assert!(
            r.open.end <= r.content.start,
            "content before the opening mark"
        );
        if let Some(close) = r.close {
            prop_assert!(
                r.content.end <= close.start,
                "content after the closing mark"
            );
            prop_assert!(r.balanced, "a closed region is balanced");
        }
        if !r.content.is_empty() {
            prop_assert!(
                trimmed(text, r.content),
                "content {:?} not trimmed",
                r.content.slice(text)
            );
        }
        let end = r.close.map_or(r.content.end, |c| c.end);
        let paragraph = paragraphs
            .iter()
            .find(|p| p.span.start <= r.open.start && r.open.start < p.span.end);
        prop_assert!(
            paragraph.is_some_and(|p| end <= p.span.end),
            "region {:?} not inside one paragraph",
            r
        );
        if r.mark == QuoteMark::Dash {
            prop_assert_eq!(r.depth, 0);
        }
    }
    if let Some(first) = regions.first() {
        prop_assert!(
            !first.continues_previous,
            "the first region continues nothing"
        );
    }
    Ok(())
}

fn check_all(text: &str, body: Span) -> Result<(), TestCaseError> {
    let regions = find_quotes(text, body);
    check_quotes(text, body, &regions)?;
    let seg = segment(text, body, &regions);
    check_segmentation(text, body, &seg)
}

/// Rounds `at` down to a character boundary of `text`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A body span inside `text` from two fractions.
fn body_of(text: &str, a: f64, b: f64) -> Span {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    let start = floor_boundary(text, (lo * text.len() as f64) as usize);
    let end = floor_boundary(text, (hi * text.len() as f64) as usize).max(start);
    Span::new(start, end)
}

const PIECES: &[&str] = &[
    "Le",
    "ministre",
    "a",
    "déclaré",
    "que",
    "la",
    "réforme",
    "l’armée",
    "aujourd’hui",
    "qu'il",
    "Paris",
    "ONU",
    "M.",
    "Mme",
    "Dr",
    "cf.",
    "p.",
    "etc.",
    "art.",
    "J.-C.",
    "av.",
    "S.",
    "U.S.A.",
    "3,5",
    "%",
    "1.000",
    "12.5",
    "1er",
    "XIXe",
    "s.",
    "10 h 30",
    "12.03.2024",
    "https://exemple.fr/a.b?c=d",
    "prenom.nom@exemple.fr",
    "lemonde.fr",
    "v1.2.3",
    ".",
    ".",
    ".",
    "!",
    "?",
    "…",
    "...",
    "?!",
    "!!",
    ",",
    ";",
    ":",
    "(",
    ")",
    "[",
    "]",
    "«",
    "»",
    "«",
    "»",
    "“",
    "”",
    "„",
    "‘",
    "’",
    "‹",
    "›",
    "\"",
    "'",
    "—",
    "–",
    "-",
    "•",
    "*",
    "1.",
    "2)",
    "a)",
    "(…)",
    "(!)",
    "É",
    "À",
    "ÉTAT",
    "URGENT",
];

const SEPARATORS: &[&str] = &[
    " ", " ", " ", "", "\u{a0}", "\u{202f}", "\t", "  ", "\n", "\r\n", "\n\n", "\n  ", " \n",
];

fn french_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(PIECES),
            prop::sample::select(SEPARATORS),
        ),
        0..120,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .fold(String::new(), |mut s, (piece, sep)| {
                s.push_str(piece);
                s.push_str(sep);
                s
            })
    })
}

/// Quote regions that need not make sense: the segmenter must keep its invariants whatever
/// regions it is handed.
fn arbitrary_regions(text: &str, cuts: &[(f64, f64, f64, bool)]) -> Vec<QuoteRegion> {
    let mut regions: Vec<QuoteRegion> = cuts
        .iter()
        .map(|&(a, b, c, closed)| {
            let mut points =
                [a, b, c].map(|x| floor_boundary(text, (x * text.len() as f64) as usize));
            points.sort_unstable();
            let [open, content_end, close] = points;
            let open_end = floor_boundary(text, open + 1).max(open);
            QuoteRegion {
                open: Span::new(open, open_end),
                close: closed.then(|| Span::new(close, close)),
                content: Span::new(open_end.min(content_end), content_end),
                mark: QuoteMark::Guillemet,
                depth: 0,
                balanced: closed,
                continues_previous: false,
            }
        })
        .collect();
    regions.sort_by_key(|r| r.open.start);
    regions
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings(text in any::<String>(), a in 0.0..1.0f64, b in 0.0..1.0f64) {
        check_all(&text, Span::new(0, text.len()))?;
        check_all(&text, body_of(&text, a, b))?;
    }

    #[test]
    fn arbitrary_strings_of_marks_and_spaces(text in "[«»“”„‘’‹›\"'—–\\-•.!?…:;, \u{a0}\u{202f}\t\r\naAé1]{0,200}") {
        check_all(&text, Span::new(0, text.len()))?;
    }

    #[test]
    fn french_like_strings(text in french_like(), a in 0.0..1.0f64, b in 0.0..1.0f64) {
        check_all(&text, Span::new(0, text.len()))?;
        check_all(&text, body_of(&text, a, b))?;
    }

    #[test]
    fn segmenter_survives_arbitrary_regions(
        text in french_like(),
        cuts in prop::collection::vec((0.0..1.0f64, 0.0..1.0f64, 0.0..1.0f64, any::<bool>()), 0..8),
    ) {
        let body = Span::new(0, text.len());
        let regions = arbitrary_regions(&text, &cuts);
        check_segmentation(&text, body, &segment(&text, body, &regions))?;
    }
}

// Linear-time stress runs: a quadratic algorithm would not finish them.

fn run(text: &str) -> (Vec<QuoteRegion>, Segmentation) {
    let body = Span::new(0, text.len());
    let regions = find_quotes(text, body);
    let seg = segment(text, body, &regions);
    (regions, seg)
}

#[test]
fn twenty_megabytes_without_punctuation() {
    let line = "le conseil des ministres examine la réforme des retraites sans fin ";
    let text = line.repeat(20_000_000 / line.len());
    let (regions, seg) = run(&text);
    assert!(regions.is_empty());
    assert_eq!(seg.paragraphs.len(), 1);
    assert_eq!(seg.sentences.len(), 1);
    assert_eq!(seg.sentences[0].span.slice(&text), text.trim());
}

#[test]
fn twenty_megabytes_of_short_unpunctuated_lines() {
    let text = "le conseil des ministres examine\n".repeat(20_000_000 / 33);
    let (_, seg) = run(&text);
    // Each line goes on in lower case, so the stray line breaks join into one paragraph.
    assert_eq!(seg.paragraphs.len(), 1);
    assert_eq!(seg.sentences.len(), 1);
}

#[test]
fn hundred_thousand_unbalanced_guillemets() {
    let text = "« Le ministre parle ".repeat(100_000);
    let (regions, seg) = run(&text);
    assert_eq!(regions.len(), 100_000);
    assert!(regions.iter().all(|r| !r.balanced && r.depth == 0));
    assert_eq!(regions[1].content.slice(&text), "Le ministre parle");
    assert_eq!(seg.sentences.len(), 1);
}

#[test]
fn hundred_thousand_unbalanced_guillemets_in_one_word_run() {
    let text = "«".repeat(100_000);
    let (regions, seg) = run(&text);
    assert!(!regions.is_empty());
    assert_eq!(seg.sentences.len(), 1);
}

#[test]
fn hundred_thousand_unbalanced_guillemets_over_many_paragraphs() {
    let text = "« Le ministre parle. Il hésite.\n".repeat(100_000);
    let (regions, seg) = run(&text);
    // Each paragraph reopens with «, so this is one quotation continued over every paragraph,
    // never closed.
    assert_eq!(regions.len(), 100_000);
    assert!(
        regions[1..]
            .iter()
            .all(|r| r.continues_previous && !r.balanced)
    );
    assert_eq!(seg.sentences.len(), 200_000);
}

#[test]
fn one_ten_megabyte_quotation() {
    let inner = "Nous ne céderons rien. La réforme ira à son terme. ".repeat(10_000_000 / 52);
    let text = format!("« {inner}», a martelé la ministre. La séance a été levée.");
    let (regions, seg) = run(&text);
    assert_eq!(regions.len(), 1);
    assert!(regions[0].balanced);
    assert_eq!(seg.sentences.len(), 2);
}

#[test]
fn ten_thousand_nested_levels() {
    let depth = 10_000;
    let text = format!(
        "Il a dit {}non{}, puis il est parti.",
        "« “ ".repeat(depth / 2),
        " ” »".repeat(depth / 2)
    );
    let (regions, seg) = run(&text);
    assert_eq!(regions.len(), depth);
    assert!(regions.iter().all(|r| r.balanced));
    assert_eq!(regions.last().unwrap().content.slice(&text), "non");
    assert_eq!(regions.last().unwrap().depth, 255);
    assert_eq!(seg.sentences.len(), 1);
}

#[test]
fn many_open_quotations_closed_at_once_after_a_long_run_of_spaces() {
    let text = format!("« {}{}» fin.", "“ ".repeat(50_000), " ".repeat(1_000_000));
    let (regions, seg) = run(&text);
    assert_eq!(regions.len(), 50_001);
    assert!(regions[0].balanced);
    assert!(
        regions[1..]
            .iter()
            .all(|r| !r.balanced && r.close.is_none())
    );
    assert!(regions[1].content.slice(&text).starts_with('“'));
    assert!(regions[50_000].content.is_empty());
    assert_eq!(seg.sentences.len(), 1);
}

#[test]
fn many_terminators_and_abbreviations() {
    let text = "M. etc. J.-C. ?! … (…) U.S.A. p. 3. ".repeat(200_000);
    let (_, seg) = run(&text);
    assert!(!seg.sentences.is_empty());
}
