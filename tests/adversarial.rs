//! Hostile inputs, each with its documented behaviour and a bound on the memory it takes.
//!
//! Every test here feeds cadrage something that real corpora or a malicious file can hold:
//! tens of megabytes without a full stop, a hundred thousand unclosed guillemets, a quotation
//! of ten megabytes, quotations nested thousands deep, every Unicode space, apostrophe and
//! quotation mark, mixed scripts, NUL bytes, broken UTF-8, Windows-1252, broken CSV and JSON
//! Lines, a lexicon of a million entries, regular expressions built to be huge. Each asserts
//! what cadrage does with it (docs/hardening.md lists the same behaviours) and how much heap
//! the work took, measured by a counting allocator. None asserts a time: a quadratic
//! algorithm would simply not finish, so run this file in release (`cargo test --release`).
//!
//! The last test replays every file of `fuzz/regressions/<target>/` through the function the
//! fuzz target runs (`fuzz/harness.rs`), so that what a fuzzer once found stays fixed.

#[path = "../fuzz/harness.rs"]
mod harness;

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};

use cadrage::analysis::ArticleAnalysis;
use cadrage::input::{InputItem, ReadOptions, read_inputs};
use cadrage::lexicon::{LexiconSet, LoadOptions};
use cadrage::span::{Span, TextVoice};
use cadrage::voice::QuoteKind;
use cadrage::{Analyzer, AnalyzerOptions, Article};

/// The global allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = IN_USE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is forwarded to the system allocator unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
            grew(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// One hostile input at a time: the peak of one test must not include another's heap, and
/// two cores are better spent on one big input than shared between two.
fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Runs `f` and returns its result with the peak heap it added, in bytes.
fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = IN_USE.load(Ordering::SeqCst);
    PEAK.store(base, Ordering::SeqCst);
    let out = f();
    (out, PEAK.load(Ordering::SeqCst).saturating_sub(base))
}

const MB: usize = 1 << 20;

/// Analyses `text` with the shipped lexicons, checks every invariant of the output
/// (`harness::check_analysis`), and returns the analysis with the peak heap of the analysis.
fn analyze(text: &str) -> (ArticleAnalysis, usize) {
    let analyzer = harness::shipped_analyzer();
    let article = Article::from_text("adversaire", text);
    let (analysis, peak) = peak_of(|| analyzer.analyze(&article));
    harness::check_analysis(analyzer, text, Span::new(0, text.len()), &analysis)
        .unwrap_or_else(|e| panic!("{e}"));
    (analysis, peak)
}

/// Asserts that `peak` stays under `per_byte` times `input` plus 64 MiB of fixed cost.
fn assert_bounded(what: &str, peak: usize, input: usize, per_byte: usize) {
    let bound = per_byte * input + 64 * MB;
    assert!(
        peak <= bound,
        "{what}: {} MiB of heap for {} MiB of input (bound {} MiB)",
        peak / MB,
        input / MB,
        bound / MB
    );
}

/// A deterministic stream of words from `words`, joined by single spaces, until `bytes`.
fn words_until(words: &[&str], bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 32);
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    while out.len() < bytes {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(words[(x % words.len() as u64) as usize]);
    }
    out
}

/// Ordinary words of wire copy with, now and then, a word the shipped lexicons flag; none is a
/// form of a reporting verb, so every hit is in the author's voice.
const WIRE_WORDS: &[&str] = &[
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "conseil",
    "municipal",
    "a",
    "voté",
    "mardi",
    "budget",
    "de",
    "la",
    "commune",
    "après",
    "trois",
    "heures",
    "débat",
    "opposition",
    "maire",
    "projet",
    "travaux",
    "école",
    "quartier",
    "nord",
    "habitants",
    "réunion",
    "publique",
    "fixée",
    "en",
    "mars",
    "scandaleux",
    "honteux",
    "catastrophe",
    "diktat",
];

#[test]
fn fifty_megabytes_without_punctuation_are_one_sentence_in_linear_memory() {
    let _one = serial();
    let text = words_until(WIRE_WORDS, 50 * MB);
    let (a, peak) = analyze(&text);
    // A paragraph without any sentence-ending mark is one sentence, however long.
    assert_eq!(a.sentences.len(), 1);
    assert_eq!(a.sentences[0].start, 0);
    assert_eq!(a.sentences[0].end, text.len());
    assert!(a.hits.len() > 10_000, "{} hits", a.hits.len());
    assert!(a.hits.iter().all(|h| h.voice == TextVoice::Author));
    // The heap is the one sentence's word tokens (cut and folded once for its cues) and its
    // million hits: about 25 bytes per input byte, linear.
    assert_bounded("50 MB without punctuation", peak, text.len(), 32);
}

#[test]
fn a_hundred_thousand_unbalanced_guillemets_pair_up_or_end_at_the_next() {
    let _one = serial();
    // A « before a capitalised word cannot close anything: the open « ends, unbalanced, just
    // before it, and each of the 100,000 marks opens a region of its own.
    let mut text = String::from("Le rapporteur a cité ");
    for i in 0..100_000 {
        write!(text, "« Passage {i} ").unwrap();
    }
    text.push_str("sans jamais fermer.");
    let (a, peak) = analyze(&text);
    let regions = cadrage::quotes::find_quotes(&text, Span::new(0, text.len()));
    assert_eq!(regions.len(), 100_000);
    assert!(regions.iter().all(|r| !r.balanced && r.close.is_none()));
    assert!(regions.iter().all(|r| r.depth == 0));
    assert!(!a.sentences.is_empty());
    assert_bounded("100,000 unbalanced «", peak, text.len(), 200);

    // A « before a lower-case word reads as a closing mark: the marks pair up.
    let mut text = String::from("Le rapporteur a cité ");
    for i in 0..100_000 {
        write!(text, "« passage {i} ").unwrap();
    }
    let (_, peak) = analyze(&text);
    let regions = cadrage::quotes::find_quotes(&text, Span::new(0, text.len()));
    assert_eq!(regions.len(), 50_000);
    assert!(regions.iter().all(|r| r.balanced && r.close.is_some()));
    assert_bounded("100,000 « read as pairs", peak, text.len(), 200);
}

#[test]
fn a_ten_megabyte_quotation_is_one_direct_quote_whose_words_are_never_the_authors() {
    let _one = serial();
    let inner = words_until(
        &[
            "cette",
            "réforme",
            "est",
            "une",
            "honte",
            "scandaleuse",
            "et",
            "un",
            "diktat",
            "nous",
            "refusons",
            "ce",
            "mépris",
        ],
        10 * MB,
    );
    let text = format!("« {inner} », a lancé la porte-parole du syndicat.");
    let (a, peak) = analyze(&text);
    let direct: Vec<_> = a
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .collect();
    assert_eq!(direct.len(), 1, "{:?}", a.quotes.len());
    assert_eq!(direct[0].text, inner);
    assert!(!direct[0].unbalanced);
    let inside: Vec<_> = a
        .hits
        .iter()
        .filter(|h| h.start >= direct[0].start && h.end <= direct[0].end)
        .collect();
    assert!(inside.len() > 1_000, "{} hits inside", inside.len());
    assert!(inside.iter().all(|h| h.voice == TextVoice::Direct));
    assert_eq!(a.profile.editorial_sentences, 0);
    assert_bounded("10 MB quotation", peak, text.len(), 40);
}

#[test]
fn quotations_nested_twenty_thousand_deep_saturate_their_depth() {
    let _one = serial();
    let levels = 20_000;
    let mut text = String::from("Il a rapporté : ");
    let opens = ["« ", "“", "‹ ", "\"", "‘"];
    let closes = [" »", "”", " ›", "\"", "’"];
    for i in 0..levels {
        text.push_str(opens[i % opens.len()]);
        text.push_str("il a dit ");
    }
    text.push_str("assez");
    for i in (0..levels).rev() {
        text.push_str(closes[i % closes.len()]);
    }
    text.push('.');
    let (_, peak) = analyze(&text);
    let regions = cadrage::quotes::find_quotes(&text, Span::new(0, text.len()));
    harness::check_quotes(&text, Span::new(0, text.len()), &regions)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!regions.is_empty());
    // Depth saturates at 255 rather than overflowing.
    assert!(regions.iter().any(|r| r.depth == 255));
    assert_bounded("nested quotations", peak, text.len(), 400);
}

#[test]
fn an_endless_sentence_of_verdicts_and_actors_gives_each_verdict_its_target() {
    let _one = serial();
    // One clause as long as the sentence, then one clause per verdict.
    for piece in [
        "Paris impose un diktat honteux ",
        "Paris impose un diktat, ",
    ] {
        let text = piece.repeat(40_000) + "fin.";
        let (a, peak) = analyze(&text);
        assert_eq!(a.sentences.len(), 1);
        let scored = a
            .hits
            .iter()
            .filter(|h| {
                h.scored && h.voice == TextVoice::Author && cadrage::score::kind_scores(h.kind)
            })
            .count();
        assert!(scored >= 40_000, "{scored} scored hits");
        let france = a
            .profile
            .actor_targets
            .iter()
            .find(|t| t.actor == "France")
            .expect("France is targeted");
        assert_eq!(france.hits, scored);
        assert_bounded("endless sentence", peak, text.len(), 200);
    }
}

/// Every character Unicode calls white space, and the format characters that scraped text
/// carries between words.
const SPACES: &[char] = &[
    '\t', '\u{b}', '\u{c}', ' ', '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}', '\u{2001}',
    '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}', '\u{2009}',
    '\u{200a}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}', '\u{200b}', '\u{200c}',
    '\u{200d}', '\u{2060}', '\u{feff}', '\u{180e}',
];
const APOSTROPHES: &[char] = &['\'', '’', '‘', 'ʼ', '′', '´', '`', 'ʹ', 'ꞌ', '＇', 'ʻ', '‛'];
const QUOTE_MARKS: &[char] = &[
    '«', '»', '‹', '›', '“', '”', '„', '‟', '"', '‘', '’', '‚', '‛', '「', '」', '『', '』', '〝',
    '〞', '＂', '❝', '❞', '⹂', '〟',
];
const DASHES: &[char] = &['-', '‐', '‑', '‒', '–', '—', '―', '−', '⸺', '⸻', '﹘', '－'];

#[test]
fn every_unicode_space_apostrophe_quote_mark_and_dash_keeps_offsets_on_boundaries() {
    let _one = serial();
    let mut text = String::new();
    for &sp in SPACES {
        writeln!(
            text,
            "Force{sp}est{sp}de{sp}constater{sp}que le chantier piétine."
        )
        .unwrap();
    }
    for &ap in APOSTROPHES {
        writeln!(text, "L{ap}opposition dénonce qu{ap}on l{ap}ait écartée.").unwrap();
    }
    for &q in QUOTE_MARKS {
        for &r in QUOTE_MARKS {
            write!(text, "Il a dit {q}non{r} puis {r}oui{q}. ").unwrap();
        }
        text.push('\n');
    }
    for &d in DASHES {
        writeln!(text, "{d} Vous partez{d}? {d}Jamais{d} répond-elle.").unwrap();
    }
    // Every pair of these characters, back to back, with no word in between.
    let all: Vec<char> = [SPACES, APOSTROPHES, QUOTE_MARKS, DASHES].concat();
    for &x in &all {
        for &y in &all {
            text.push(x);
            text.push(y);
        }
        text.push_str(" mot.\n");
    }
    let (a, peak) = analyze(&text);
    // The connective is found whatever horizontal space separates its words: the matcher
    // folds every space of French typography to one space.
    let found: usize = a
        .hits
        .iter()
        .filter(|h| h.text.starts_with("Force") && h.text.ends_with("constater"))
        .count();
    let horizontal = SPACES
        .iter()
        .filter(|c| {
            c.is_whitespace()
                && !matches!(c, '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}')
        })
        .count();
    assert!(
        found >= horizontal,
        "the connective is found across {found} of {horizontal} kinds of space"
    );
    assert_bounded("spaces, apostrophes, quotes", peak, text.len(), 400);
}

#[test]
fn mixed_scripts_emoji_and_bidi_marks_keep_offsets_on_boundaries() {
    let _one = serial();
    let pieces = [
        "Le ministre a qualifié la décision de honteuse.",
        "قال الوزير إن القرار « مخزٍ ».",
        "Министр назвал решение «позорным».",
        "部长称这一决定“可耻”。",
        "大臣は「恥ずべき」と述べた。",
        "Famille : 👩‍👩‍👧‍👦, drapeau : 🏳️‍🌈, peau : 👍🏽, clavier : ⌨️.",
        "\u{200f}مرحبا\u{200e} puis \u{202e}texte inversé\u{202c} et \u{2066}isolé\u{2069}.",
        "Cafe\u{301} cre\u{300}me, e\u{301}\u{302}\u{323} empilés, ﬁn de ligature.",
        "« Мы не уступим », a affirmé le porte-parole, selon l'agence 新华社.",
        "𝕷𝖊 𝖒𝖆𝖗𝖉𝖎 ; 𝐭𝐞𝐱𝐭𝐞 𝐠𝐫𝐚𝐬 ! ꙮ 𓀀 ?",
    ];
    let mut text = String::new();
    for round in 0..200 {
        for (i, p) in pieces.iter().enumerate() {
            text.push_str(p);
            text.push(if (round + i) % 3 == 0 { '\n' } else { ' ' });
        }
    }
    let (a, peak) = analyze(&text);
    // The French words among the other scripts are still matched.
    assert!(
        a.hits
            .iter()
            .any(|h| h.text.to_lowercase().starts_with("honteus")),
        "no hit for honteuse among {} hits",
        a.hits.len()
    );
    assert_bounded("mixed scripts", peak, text.len(), 400);
}

/// Writes `bytes` to `name` in a fresh folder and reads it as cadrage does.
fn read_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, Vec<InputItem>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let items = read_inputs(vec![path], ReadOptions::default()).collect();
    (dir, items)
}

fn article(item: &InputItem) -> &Article {
    match item {
        InputItem::Article(a) => a,
        InputItem::Skipped(s) => panic!("skipped {}: {}", s.source, s.reason),
    }
}

fn skipped(item: &InputItem) -> &cadrage::input::Skipped {
    match item {
        InputItem::Skipped(s) => s,
        InputItem::Article(a) => panic!("{} was read as an article", a.source),
    }
}

#[test]
fn nul_bytes_early_make_a_binary_file_and_later_ones_are_text() {
    let _one = serial();
    let (_d, items) = read_file("nul.txt", b"Le conseil\0 a vot\xc3\xa9.");
    assert_eq!(items.len(), 1);
    let s = skipped(&items[0]);
    assert!(s.reason.starts_with("binary file"), "{}", s.reason);

    // Only the first 8 KiB are sniffed: a NUL further on is a character of the text.
    let mut late = "Le conseil municipal a voté le budget. "
        .repeat(400)
        .into_bytes();
    late.extend_from_slice(b"Puis\0 la s\xc3\xa9ance a \0\0 repris.");
    let (_d, items) = read_file("tardif.txt", &late);
    let a = article(&items[0]);
    assert!(a.text.contains('\0'));
    let analysis = harness::shipped_analyzer().analyze(a);
    harness::check_analysis(harness::shipped_analyzer(), &a.text, a.body, &analysis)
        .unwrap_or_else(|e| panic!("{e}"));

    // In JSON Lines a NUL is an escaped character of the text like any other.
    let (_d, items) = read_file(
        "nul.jsonl",
        b"{\"id\":\"n1\",\"text\":\"Le \\u0000 conseil \\u0000\\u0000 a vot\\u00e9.\"}\n",
    );
    let a = article(&items[0]);
    let (analysis, _) = analyze(&a.text);
    assert_eq!(analysis.sentences.len(), 1);
}

#[test]
fn invalid_utf8_in_mid_file_becomes_replacement_characters_with_a_warning() {
    let _one = serial();
    let mut bytes = "Le préfet a réuni les élus. ".repeat(100).into_bytes();
    let at = bytes.len();
    bytes.extend_from_slice(b"La s\xe9ance \xff\xfe a repris \xc3 \xa9t\xc3\xa9. ");
    bytes.extend_from_slice("Le débat a duré trois heures.".as_bytes());
    let (_d, items) = read_file("casse.txt", &bytes);
    let a = article(&items[0]);
    assert_eq!(a.transcoded_from, None);
    assert!(a.text.contains('\u{fffd}'));
    assert!(a.text.contains("Le débat a duré"));
    assert!(
        a.warnings
            .iter()
            .any(|w| w.contains(&at.to_string()) || w.contains(&(at + 4).to_string())),
        "the warning gives the offset of the first bad byte: {:?}",
        a.warnings
    );
    let (analysis, _) = analyze(&a.text);
    assert!(analysis.sentences.len() >= 100);
}

#[test]
fn windows_1252_is_transcoded_with_a_warning_and_offsets_index_the_utf8_text() {
    let _one = serial();
    // « C’est un scandale », a dénoncé l’élue. Le cœur du dossier : 5 €.
    let bytes: &[u8] = b"\xab C\x92est un scandale \xbb, a d\xe9nonc\xe9 l\x92\xe9lue \
        apr\xe8s la s\xe9ance. Le c\x9cur du dossier co\xfbte 5 \x80.\r\n\r\nLa pr\xe9fecture \
        n\x92a pas r\xe9agi.\r\n";
    let (_d, items) = read_file("ancien.txt", bytes);
    let a = article(&items[0]);
    assert_eq!(a.transcoded_from.as_deref(), Some("windows-1252"));
    assert!(!a.warnings.is_empty());
    assert!(
        a.text
            .starts_with("« C’est un scandale », a dénoncé l’élue")
    );
    assert!(a.text.contains("cœur") && a.text.contains("5 €"));
    let (analysis, _) = analyze(&a.text);
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .expect("a direct quotation");
    assert_eq!(&a.text[q.start..q.end], "C’est un scandale");
}

#[test]
fn a_csv_with_broken_quoting_skips_those_records_by_line_and_reads_the_rest() {
    let _one = serial();
    let csv = "id,outlet,text\n\
        c1,Le Courrier,\"Le maire a présenté le budget.\"\n\
        c2,Le Courrier,\"Il a dit \"non\" hier soir.\"\n\
        c3,Le Courrier,Sans guillemets mais correct.\n\
        c4,Le Courrier,un champ \"mal\" cité\n\
        c5,Le Courrier,\"Sur deux\nlignes, bien fermé.\"\n\
        c6,Le Courrier,\"Jamais fermé. \n\
        c7,Le Courrier,Avalé par la ligne d'avant.\n";
    let (_d, items) = read_file("casse.csv", csv.as_bytes());
    let mut read = Vec::new();
    let mut lost = Vec::new();
    for item in &items {
        match item {
            InputItem::Article(a) => read.push(a.id.clone()),
            InputItem::Skipped(s) => lost.push((s.source.clone(), s.reason.clone())),
        }
    }
    assert_eq!(read, ["c1", "c3", "c5"]);
    let lines: Vec<&str> = lost
        .iter()
        .map(|(s, _)| s.rsplit(':').next().unwrap())
        .collect();
    // c5 spans lines 6 and 7, so c6 starts on line 8.
    assert_eq!(lines, ["3", "5", "8"], "{lost:?}");
    assert!(
        lost.iter().all(|(_, r)| r.contains("broken CSV quoting")),
        "{lost:?}"
    );
    // The runaway quote names the lines it swallowed, so c7 is accounted for.
    assert!(lost[2].1.contains("lines 8–9"), "{:?}", lost[2]);
}

fn cadrage_cmd() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("cadrage").unwrap()
}

#[test]
fn jsonl_with_a_bad_line_in_the_middle_reports_its_line_and_analyses_the_rest() {
    let _one = serial();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fil.jsonl");
    let mut lines = Vec::new();
    for i in 1..=9 {
        lines.push(format!(
            "{{\"id\":\"d{i}\",\"outlet\":\"Agence\",\"text\":\"Le tribunal a rendu sa décision numéro {i}.\"}}"
        ));
    }
    lines[4] = String::from("{\"id\":\"d5\",\"text\":\"coupé en plein");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let out = cadrage_cmd()
        .args(["score", "--format", "jsonl"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("skipped {}:5: not JSON", path.display())),
        "{stderr}"
    );
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
        .collect();
    assert_eq!(ids.len(), 8);
    assert!(!ids.iter().any(|i| i == "\"d5\""));
}

/// A plain word list of `n` distinct made-up words, with `cible` at the end.
fn word_list(n: usize) -> String {
    let letters: Vec<char> = "abcdefghijklmnopqrstuvwxyzéè".chars().collect();
    let mut out = String::with_capacity(n * 10);
    for i in 0..n {
        // Base-28 digits of i, then a fixed tail: distinct, and never a French word.
        let mut k = i;
        out.push('q');
        loop {
            out.push(letters[k % letters.len()]);
            k /= letters.len();
            if k == 0 {
                break;
            }
        }
        out.push_str("zx\n");
    }
    out.push_str("cible\n");
    out
}

#[test]
fn a_lexicon_of_a_million_entries_loads_and_matches_in_linear_memory() {
    let _one = serial();
    let n = 1_000_000;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("immense.txt");
    std::fs::write(&path, word_list(n)).unwrap();
    let ((set, analyzer), peak) = peak_of(|| {
        let set = LexiconSet::load(&LoadOptions {
            builtin: false,
            paths: vec![path.clone()],
        })
        .expect("a million entries load");
        let analyzer = Analyzer::new(set.clone(), AnalyzerOptions::default()).expect("and compile");
        (set, analyzer)
    });
    assert_eq!(set.entries.len(), n + 1);
    let text = "Le mot qazx, puis qbzx et enfin la cible du jour.";
    let a = analyzer.analyze(&Article::from_text("million", text));
    let hits: Vec<&str> = a.hits.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(hits, ["qazx", "qbzx", "cible"]);
    // About a kilobyte per entry: pattern, folded spellings, automaton states.
    assert!(
        peak <= 2 * 1024 * n,
        "{} MiB of heap for {n} entries",
        peak / MB
    );
}

#[test]
fn regular_expressions_built_to_be_huge_are_refused_at_their_line() {
    let _one = serial();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("expressions.tsv");
    let tsv = "pattern\tweight\texample\n\
        mainmise\t2\tLa mainmise de l'État sur le port.\n\
        re:\\w{5000}\t1\tx\n\
        re:(?:[^\\s]{1,80}\\s){1,80}fin\t1\tx\n\
        re:((((a{20}){20}){20}){20})\t1\tx\n\
        re:(a|aa)*b\t1\taab\n";
    std::fs::write(&path, tsv).unwrap();
    let err = LexiconSet::load_path(&path).expect_err("huge expressions are refused");
    let lines: Vec<u32> = err.issues.iter().map(|i| i.line).collect();
    assert_eq!(lines, [3, 4, 5], "{err}");
    for issue in &err.issues {
        assert_eq!(issue.file, path.display().to_string());
        assert!(issue.reason.contains("too large"), "{issue}");
    }

    // An expression that backtracks exponentially elsewhere is linear in Rust's regex engine:
    // it loads, and a megabyte of near-misses is matched.
    let path = dir.path().join("retour.tsv");
    std::fs::write(&path, "pattern\tweight\texample\nre:(a|aa)*b\t1\taab\n").unwrap();
    let set = LexiconSet::load_path(&path).expect("a small regex loads");
    let analyzer = Analyzer::new(set, AnalyzerOptions::default()).unwrap();
    let text = "a".repeat(MB);
    let a = analyzer.analyze(&Article::from_text("retour", text));
    assert!(a.hits.is_empty());
}

fn regression_dir(target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target)
}

#[test]
fn fuzz_regressions_replay_through_their_targets() {
    let _one = serial();
    for (target, run) in harness::TARGETS {
        let dir = regression_dir(target);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        assert!(!files.is_empty(), "{} holds no input", dir.display());
        for file in files {
            let bytes = std::fs::read(&file).unwrap();
            let outcome = std::panic::catch_unwind(|| run(&bytes));
            assert!(outcome.is_ok(), "{target}: {} fails again", file.display());
        }
    }
}

/// Articles whose metadata and sentences start like spreadsheet formulas.
fn formula_corpus(root: &Path) -> PathBuf {
    let path = root.join("formules.jsonl");
    let lines = [
        r#"{"id":"=1+1","outlet":"+Presse","title":"@titre","text":"=HYPERLINK(\"http://exemple.invalid\",\"clic\") est une honte.\n\n- Vous partez ?\n- Jamais, répond-elle."}"#,
        r#"{"id":"b2","outlet":"+Presse","title":"Ordinaire","text":"Le conseil a voté le budget. Le maire est satisfait."}"#,
    ];
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

fn csv_cells(bytes: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

/// True when no cell of `cells` could run as a formula.
fn all_safe(cells: &[Vec<String>]) -> bool {
    cells
        .iter()
        .flatten()
        .all(|c| !c.starts_with(['=', '+', '@', '\t', '\r']) && !c.starts_with("- "))
}

#[test]
fn excel_safe_neutralises_formula_cells_in_every_csv_output() {
    let _one = serial();
    let dir = tempfile::tempdir().unwrap();
    let corpus = formula_corpus(dir.path());

    let plain = cadrage_cmd()
        .args(["score", "--format", "csv"])
        .arg(&corpus)
        .output()
        .unwrap();
    assert_eq!(plain.status.code(), Some(0));
    let cells = csv_cells(&plain.stdout);
    // Without the flag the data is untouched.
    assert!(cells.iter().flatten().any(|c| c == "=1+1"));
    assert!(cells.iter().flatten().any(|c| c.starts_with("- Vous")));

    let safe = cadrage_cmd()
        .args(["score", "--format", "csv", "--excel-safe"])
        .arg(&corpus)
        .output()
        .unwrap();
    let cells = csv_cells(&safe.stdout);
    assert!(all_safe(&cells), "{cells:?}");
    assert!(cells.iter().flatten().any(|c| c == "'=1+1"));
    assert!(cells.iter().flatten().any(|c| c.starts_with("'- Vous")));
    assert!(cells.iter().flatten().any(|c| c.starts_with("'=HYPERLINK")));
    // Numbers stay numbers: the score column of every row parses.
    assert!(cells[1..].iter().all(|r| r[10].parse::<f64>().is_ok()));

    let out = dir.path().join("tables");
    cadrage_cmd()
        .arg("report")
        .arg(&corpus)
        .arg("--out")
        .arg(&out)
        .args(["-q", "--excel-safe"])
        .assert()
        .code(0);
    for entry in std::fs::read_dir(&out).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "csv") {
            let cells = csv_cells(&std::fs::read(&path).unwrap());
            assert!(all_safe(&cells), "{}: {cells:?}", path.display());
        }
    }
    let articles = csv_cells(&std::fs::read(out.join("articles.csv")).unwrap());
    assert!(articles.iter().flatten().any(|c| c == "'@titre"));
    let manifest = std::fs::read_to_string(out.join("manifest.json")).unwrap();
    assert!(manifest.contains("\"excel_safe\": true"));

    let cmp = dir.path().join("comparaison");
    let stdout = cadrage_cmd()
        .arg("compare")
        .arg(&corpus)
        .arg("--out")
        .arg(&cmp)
        .args([
            "-q",
            "--excel-safe",
            "--format",
            "csv",
            "--bootstrap",
            "100",
        ])
        .output()
        .unwrap();
    assert_eq!(stdout.status.code(), Some(0));
    assert!(all_safe(&csv_cells(&stdout.stdout)));
    let outlets = csv_cells(&std::fs::read(cmp.join("outlets.csv")).unwrap());
    assert!(
        outlets.iter().flatten().any(|c| c == "'+Presse"),
        "{outlets:?}"
    );
    for entry in std::fs::read_dir(&cmp).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "csv") {
            assert!(all_safe(&csv_cells(&std::fs::read(&path).unwrap())));
        }
    }
}
