//! The normalized view and its offset map, through the public API: folding tables, the
//! round-trip contract of `to_raw` / `from_raw` on random text, and word counts.

use cadrage::Span;
use cadrage::normalize::{FoldOptions, Normalized, count_words, fold, is_word_char, words};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

const DEFAULT: FoldOptions = FoldOptions {
    case: true,
    accents: true,
};
const KEEP_ACCENTS: FoldOptions = FoldOptions {
    case: true,
    accents: false,
};
const EXACT: FoldOptions = FoldOptions {
    case: false,
    accents: false,
};

fn norm(raw: &str, options: FoldOptions) -> Normalized {
    Normalized::new(raw, Span::new(0, raw.len()), options)
}

#[test]
fn folds_french_typography() {
    let cases: &[(&str, FoldOptions, &str)] = &[
        // Wire copy with no-break spaces before high punctuation and in numbers.
        (
            "PARIS\u{A0}: le taux atteint 3,5\u{202F}% ; «\u{A0}inacceptable\u{A0}»\u{A0}!",
            DEFAULT,
            "paris : le taux atteint 3,5 % ; « inacceptable » !",
        ),
        // Every apostrophe becomes one.
        (
            "l’État, l'État, lʼÉtat, l‘État, l`État, l´État",
            DEFAULT,
            "l'etat, l'etat, l'etat, l'etat, l'etat, l'etat",
        ),
        // Dashes and the minus sign.
        (
            "Nord‐Sud – Est — Ouest ― −4 ‑ x",
            DEFAULT,
            "nord-sud - est - ouest - -4 - x",
        ),
        // Ligatures and sharp s.
        (
            "Œuvre, cœur, Æsope, STRAẞE, straße",
            DEFAULT,
            "oeuvre, coeur, aesope, strasse, strasse",
        ),
        ("Œuvre, Æsope", EXACT, "OEuvre, AEsope"),
        // Accents kept or folded.
        (
            "Ça a été DÉCIDÉ à Noël",
            KEEP_ACCENTS,
            "ça a été décidé à noël",
        ),
        ("Ça a été DÉCIDÉ à Noël", DEFAULT, "ca a ete decide a noel"),
        ("Ça a été DÉCIDÉ", EXACT, "Ça a été DÉCIDÉ"),
        // Decomposed input is composed first.
        ("C\u{327}a a e\u{301}te\u{301}", KEEP_ACCENTS, "ça a été"),
        // Quote marks are left alone.
        ("« » “ ” „ ‹ › \"", DEFAULT, "« » “ ” „ ‹ › \""),
        // Line breaks: CRLF and lone CR become one LF; tabs become spaces; runs are kept.
        ("a\r\nb\rc\n\nd\t\te", DEFAULT, "a\nb\nc\n\nd  e"),
        // Invisible characters disappear.
        ("pré\u{AD}si\u{200B}dent\u{FEFF}", DEFAULT, "president"),
        // Text outside Latin is kept, lower-cased.
        ("Москва 東京 😀", DEFAULT, "москва 東京 😀"),
    ];
    for &(raw, options, expected) in cases {
        assert_eq!(
            norm(raw, options).text,
            expected,
            "{raw:?} with {options:?}"
        );
        assert_eq!(fold(raw, options), expected, "fold({raw:?})");
    }
}

#[test]
fn maps_words_back_to_the_raw_text() {
    let raw = "Le CŒUR du pre\u{301}sident\u{A0}: c’est «\u{202F}inouï\u{202F}».\r\n";
    let n = norm(raw, DEFAULT);
    assert_eq!(n.text, "le coeur du president : c'est « inoui ».\n");
    for (word, raw_word) in [
        ("coeur", "CŒUR"),
        ("president", "pre\u{301}sident"),
        ("c'est", "c’est"),
        ("inoui", "inouï"),
        (" : ", "\u{A0}:"),
        (".\n", ".\r\n"),
    ] {
        let at = n.text.find(word).unwrap();
        let span = n.to_raw(Span::new(at, at + word.len()));
        // " : " starts with the no-break space and ends with a plain space.
        let expected = if word == " : " { "\u{A0}: " } else { raw_word };
        assert_eq!(span.slice(raw), expected, "{word:?}");
    }
}

#[test]
fn counts_words_as_documented() {
    let cases: &[(&str, usize)] = &[
        ("Selon l'AFP, le ministre a-t-il menti ?", 7),
        ("Aujourd’hui, c’est-à-dire demain", 4),
        ("Le chômage a reculé de 0,3 point en 2025.", 9),
        ("« Jamais ! » a lancé Marie-Hélène Roux-Combaluzier.", 5),
        ("Qu’il vienne, lorsqu’on l’appellera", 7),
        ("", 0),
        ("… — ; : !", 0),
    ];
    for &(text, expected) in cases {
        assert_eq!(count_words(text), expected, "{text:?}");
    }
}

/// The characters random texts are drawn from: the ones normalization treats specially,
/// and some it must leave alone.
fn pool() -> Vec<char> {
    let mut chars: Vec<char> = "aeiouEAcCsSlLnN ,.'-«»\"\n\r\téèêëÉÈçÇàâîïôûùüÿœŒæÆß"
        .chars()
        .collect();
    chars.extend([
        '\u{301}',
        '\u{300}',
        '\u{302}',
        '\u{308}',
        '\u{327}',
        '\u{323}',
        '\u{35C}', // marks
        '\u{A0}',
        '\u{202F}',
        '\u{2009}',
        '\u{2007}',
        '\u{3000}',
        '\u{2000}', // spaces
        '’',
        'ʼ',
        '′',
        '‘',
        '`',
        '´', // apostrophes
        '‐',
        '‑',
        '‒',
        '–',
        '—',
        '―',
        '−', // dashes
        '\u{AD}',
        '\u{200B}',
        '\u{200D}',
        '\u{FEFF}', // invisible
        '😀',
        '👍',
        '\u{1F3FD}',
        '中',
        '文',
        '한',
        '\u{1100}',
        '\u{1161}',
        '\u{11A8}', // other scripts
        'İ',
        'ẞ',
        'Ω',
        '\u{2126}',
        '\u{212B}',
        'ﬁ',
        'ﬀ',
        '\u{F73}',
        '\u{F71}',
        '\u{344}',
        'ǽ',
        '\u{2028}',
        '\u{85}',
    ]);
    chars
}

fn text_strategy() -> impl Strategy<Value = String> {
    let pool = pool();
    prop::collection::vec(prop::sample::select(pool), 0..48).prop_map(|v| v.into_iter().collect())
}

fn options_strategy() -> impl Strategy<Value = FoldOptions> {
    (any::<bool>(), any::<bool>()).prop_map(|(case, accents)| FoldOptions { case, accents })
}

/// An independent statement of what the view must be: NFC of the whole text, CRLF as one
/// line break, then each character folded on its own.
fn reference(raw: &str, options: FoldOptions) -> String {
    let composed: Vec<char> = raw.nfc().collect();
    let mut out = String::new();
    for (i, &c) in composed.iter().enumerate() {
        if c == '\r' && composed.get(i + 1) == Some(&'\n') {
            continue;
        }
        out.push_str(&fold(c.encode_utf8(&mut [0; 4]), options));
    }
    out
}

/// Normalized char boundaries of the view, including its end.
fn boundaries(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_view_is_nfc_then_per_character_folding(raw in text_strategy(), options in options_strategy()) {
        prop_assert_eq!(norm(&raw, options).text, reference(&raw, options));
    }

    #[test]
    fn decomposing_the_input_changes_nothing(raw in text_strategy(), options in options_strategy()) {
        let decomposed: String = raw.nfd().collect();
        prop_assert_eq!(norm(&decomposed, options).text, norm(&raw, options).text);
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_map_back_exactly(raw in text_strategy(), options in options_strategy()) {
        let n = norm(&raw, options);
        let b = boundaries(&n.text);
        let mut previous_start = 0;
        for (x, &start) in b.iter().enumerate() {
            for &end in &b[x..] {
                let s = Span::new(start, end);
                let r = n.to_raw(s);
                // Inside the raw text, on its character boundaries.
                prop_assert!(r.start <= r.end && r.end <= raw.len());
                prop_assert!(raw.is_char_boundary(r.start) && raw.is_char_boundary(r.end));
                if s.is_empty() {
                    continue;
                }
                // The round trip never loses a byte of the normalized span.
                prop_assert!(n.from_raw(r.start) <= s.start, "{s:?} -> {r:?}");
                prop_assert!(n.from_raw(r.end) >= s.end, "{s:?} -> {r:?}");
                // Invisible characters after the last producing character are not claimed.
                prop_assert!(
                    !matches!(
                        r.slice(&raw).chars().last(),
                        Some('\u{AD}' | '\u{200B}' | '\u{200D}' | '\u{FEFF}')
                    ),
                    "{:?} -> {:?}",
                    s,
                    r
                );
                // On unit boundaries the round trip is exact, and the raw characters it
                // designates normalize on their own to exactly the span's text.
                let aligned = n.from_raw(n.to_raw(Span::new(start, start)).start) == start
                    && (end == n.text.len() || n.from_raw(n.to_raw(Span::new(end, end)).start) == end);
                if aligned {
                    prop_assert_eq!(n.from_raw(r.start), s.start);
                    prop_assert_eq!(n.from_raw(r.end), s.end);
                    prop_assert_eq!(fold(r.slice(&raw), options), s.slice(&n.text));
                }
                // Monotonic: a longer span maps to a raw span at least as long.
                let shorter = n.to_raw(Span::new(start, b[x + 1]));
                prop_assert!(r.contains(shorter));
            }
            // Monotonic starts.
            let r = n.to_raw(Span::new(start, start));
            prop_assert!(r.start >= previous_start);
            previous_start = r.start;
        }
        // from_raw is non-decreasing over the raw offsets.
        let mut last = 0;
        for raw_at in 0..=raw.len() {
            let at = n.from_raw(raw_at);
            prop_assert!(at >= last && at <= n.text.len());
            last = at;
        }
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn sub_spans_use_raw_offsets(raw in text_strategy(), cut in 0usize..48) {
        let starts: Vec<usize> = raw.char_indices().map(|(i, _)| i).collect();
        let start = starts.get(cut).copied().unwrap_or(raw.len());
        let n = Normalized::new(&raw, Span::new(start, raw.len()), DEFAULT);
        prop_assert_eq!(&n.text, &fold(&raw[start..], DEFAULT));
        if !n.text.is_empty() {
            let r = n.to_raw(Span::new(0, n.text.len()));
            prop_assert!(r.start >= start && r.end <= raw.len());
        }
    }

    #[test]
    fn any_text_normalizes_without_panicking(raw in any::<String>(), options in options_strategy()) {
        let n = norm(&raw, options);
        let r = n.to_raw(Span::new(0, n.text.len()));
        prop_assert!(raw.is_char_boundary(r.start) && raw.is_char_boundary(r.end));
        prop_assert!(count_words(&raw) <= raw.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn words_are_ordered_and_cover_every_word_character(raw in text_strategy()) {
        let mut last_end = 0;
        let mut covered = vec![false; raw.len()];
        for w in words(&raw) {
            prop_assert!(w.start >= last_end && w.start < w.end);
            prop_assert!(raw.is_char_boundary(w.start) && raw.is_char_boundary(w.end));
            let s = w.slice(&raw);
            prop_assert!(is_word_char(s.chars().next().unwrap()));
            let last = s.chars().last().unwrap();
            prop_assert!(is_word_char(last) || matches!(last, '\'' | '’' | 'ʼ'), "{:?}", s);
            covered[w.start..w.end].iter_mut().for_each(|c| *c = true);
            last_end = w.end;
        }
        for (i, c) in raw.char_indices() {
            prop_assert!(!is_word_char(c) || covered[i], "{:?} at {} is in no word", c, i);
        }
        prop_assert_eq!(count_words(&raw), words(&raw).count());
    }
}
