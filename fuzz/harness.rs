//! What each fuzz target does with its bytes, and the invariants it checks.
//!
//! The fuzz targets (`fuzz/fuzz_targets/*.rs`) are one line each: they hand their input to a
//! function of this module. The same functions run under `cargo test` (`tests/adversarial.rs`
//! replays every file of `fuzz/regressions/<target>/` through them, and
//! `tests/pipeline_props.rs` checks proptest inputs with [`check_analysis`]), so a crash the
//! fuzzer found stays fixed and the invariants fuzzed are the invariants tested.
//!
//! A violated invariant panics with a message saying which one: a panic is what libFuzzer
//! records as a crash. Loaders and readers that take paths (lexicon folders, importers by
//! extension, CSV files) get their bytes through files in a scratch folder that each process
//! creates once.

#![allow(dead_code)]

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use cadrage::analysis::ArticleAnalysis;
use cadrage::input::{InputItem, ReadOptions, read_inputs, read_stream};
use cadrage::lexicon::{LexiconSet, LoadOptions, Matcher, VoiceScope};
use cadrage::quotes::{QuoteRegion, find_quotes};
use cadrage::segment::{Segmentation, segment};
use cadrage::span::{Span, TextVoice};
use cadrage::voice::QuoteKind;
use cadrage::{Analyzer, AnalyzerOptions, Article};

/// What a fuzz target runs on its input.
pub type Target = fn(&[u8]);

/// Every fuzz target by name, as the folders of `fuzz/regressions/` and the files of
/// `fuzz/fuzz_targets/` are named.
pub const TARGETS: &[(&str, Target)] = &[
    ("segment", segment_and_quotes),
    ("quotes", quotes_only),
    ("lexicon_tsv", lexicon_tsv),
    ("lexicon_manifest", lexicon_manifest),
    ("import_liwc", import_liwc),
    ("import_lexicoder", import_lexicoder),
    ("import_yoshikoder", import_yoshikoder),
    ("import_yaml", import_yaml),
    ("import_wordlist", import_wordlist),
    ("input_text", input_text),
    ("input_jsonl", input_jsonl),
    ("input_csv", input_csv),
    ("pipeline", pipeline),
];

/// The analyzer with the shipped French lexicons, built once per process.
pub fn shipped_analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(|| {
        let set = LexiconSet::load(&LoadOptions {
            builtin: true,
            paths: Vec::new(),
        })
        .expect("the shipped lexicons load");
        Analyzer::new(set, AnalyzerOptions::default()).expect("the shipped lexicons compile")
    })
}

/// Arbitrary bytes as article text: invalid UTF-8 becomes U+FFFD, as the input readers do.
fn lossy(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// A body inside `text`, chosen by the first byte of the input so that the fuzzer also tries
/// bodies that do not start at 0 (text after front matter).
fn body_of(text: &str, data: &[u8]) -> Span {
    let mut start = data
        .first()
        .map_or(0, |&b| usize::from(b) % 8)
        .min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    Span::new(start, text.len())
}

fn on_boundaries(text: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

/// Invariants of the quote finder: spans on character boundaries inside the body, marks and
/// content in order, regions in order of their opening mark.
pub fn check_quotes(text: &str, body: Span, regions: &[QuoteRegion]) -> Result<(), String> {
    let mut previous_open = body.start;
    for r in regions {
        for (what, span) in [("open", r.open), ("content", r.content)]
            .into_iter()
            .chain(r.close.map(|c| ("close", c)))
        {
            if !on_boundaries(text, span) || !body.contains(span) {
                return Err(format!(
                    "quote {what} {span:?} off a boundary or outside {body:?}"
                ));
            }
        }
        if r.open.start < previous_open {
            return Err(format!(
                "quote opened at {} before {previous_open}",
                r.open.start
            ));
        }
        previous_open = r.open.start;
        if r.content.start < r.open.end {
            return Err(format!(
                "quote content {:?} before its mark {:?}",
                r.content, r.open
            ));
        }
        if let Some(close) = r.close
            && r.content.end > close.start
        {
            return Err(format!(
                "quote content {:?} past its close {close:?}",
                r.content
            ));
        }
    }
    Ok(())
}

/// Invariants of the segmentation of `text[body]`: sentence spans on character boundaries,
/// ordered, disjoint, inside the body, each inside its paragraph, and covering every
/// non-whitespace character of the body.
pub fn check_segmentation(text: &str, body: Span, seg: &Segmentation) -> Result<(), String> {
    let spans: Vec<Span> = seg.sentences.iter().map(|s| s.span).collect();
    check_sentence_spans(text, body, &spans)?;
    for s in &seg.sentences {
        let Some(p) = seg.paragraphs.get(s.paragraph) else {
            return Err(format!(
                "sentence {:?} in missing paragraph {}",
                s.span, s.paragraph
            ));
        };
        if !p.span.contains(s.span) {
            return Err(format!(
                "sentence {:?} outside its paragraph {:?}",
                s.span, p.span
            ));
        }
    }
    Ok(())
}

fn check_sentence_spans(text: &str, body: Span, spans: &[Span]) -> Result<(), String> {
    let mut covered = body.start;
    for &span in spans {
        if !on_boundaries(text, span) || !body.contains(span) {
            return Err(format!(
                "sentence {span:?} off a boundary or outside {body:?}"
            ));
        }
        if span.is_empty() {
            return Err(format!("empty sentence at {}", span.start));
        }
        if span.start < covered {
            return Err(format!(
                "sentence {span:?} overlaps or precedes the one before"
            ));
        }
        if let Some((at, c)) = text[covered..span.start]
            .char_indices()
            .find(|(_, c)| !c.is_whitespace())
        {
            return Err(format!("{c:?} at byte {} is in no sentence", covered + at));
        }
        covered = span.end;
    }
    if let Some((at, c)) = text[covered..body.end]
        .char_indices()
        .find(|(_, c)| !c.is_whitespace())
    {
        return Err(format!("{c:?} at byte {} is in no sentence", covered + at));
    }
    Ok(())
}

/// Spans that may nest or overlap, asked whether any of them contains a span, in logarithmic
/// time, so that checking an article with many quotations and hits stays linear.
struct Containment {
    /// Sorted by start.
    starts: Vec<usize>,
    /// The largest end among the spans up to each index.
    max_end: Vec<usize>,
}

impl Containment {
    fn new(spans: impl Iterator<Item = Span>) -> Containment {
        let mut spans: Vec<Span> = spans.collect();
        spans.sort();
        let mut max_end = Vec::with_capacity(spans.len());
        let mut m = 0;
        for s in &spans {
            m = m.max(s.end);
            max_end.push(m);
        }
        Containment {
            starts: spans.iter().map(|s| s.start).collect(),
            max_end,
        }
    }

    fn contains(&self, span: Span) -> bool {
        let n = self.starts.partition_point(|&s| s <= span.start);
        n > 0 && self.max_end[n - 1] >= span.end
    }
}

/// Every invariant of one analysis of `text[body]` by `analyzer`:
///
/// - every offset (sentences, hits, quotations, cues, speakers, verbs, reasons) is a character
///   boundary inside the body, and every `text` field is the slice it claims to be;
/// - sentences are ordered, disjoint and cover every non-whitespace character of the body;
/// - every hit lies inside its sentence, and every reason inside its sentence;
/// - a hit inside the content of a balanced direct quotation (and outside its attribution, which a
///   dialogue turn holds) is never in the author's voice, and is scored only when its category
///   scores every voice; a sentence never lists it as a lexicon reason otherwise.
pub fn check_analysis(
    analyzer: &Analyzer,
    text: &str,
    body: Span,
    a: &ArticleAnalysis,
) -> Result<(), String> {
    let span_ok = |what: &str, span: Span| -> Result<(), String> {
        if on_boundaries(text, span) && body.contains(span) {
            Ok(())
        } else {
            Err(format!(
                "{what} {span:?} off a boundary or outside the body {body:?}"
            ))
        }
    };
    let spans: Vec<Span> = a
        .sentences
        .iter()
        .map(|s| Span::new(s.start, s.end))
        .collect();
    check_sentence_spans(text, body, &spans)?;
    for (i, s) in a.sentences.iter().enumerate() {
        let span = spans[i];
        if s.index != i {
            return Err(format!("sentence {i} numbered {}", s.index));
        }
        if s.text != span.slice(text) {
            return Err(format!("sentence {i} text is not its span"));
        }
        for r in &s.reasons {
            let rs = Span::new(r.start, r.end);
            span_ok("reason", rs)?;
            if !span.contains(rs) {
                return Err(format!("reason {rs:?} outside sentence {i} {span:?}"));
            }
        }
    }
    // Balanced quotations only: an unclosed one runs to its paragraph end in the output while
    // the voice stage may end its direct region earlier, at an attribution it finds inside
    // (see the ignored test in tests/pipeline_props.rs).
    let direct = Containment::new(
        a.quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Direct && !q.unbalanced)
            .map(|q| Span::new(q.start, q.end)),
    );
    // The attribution of a dialogue turn (`— Jamais, répond-elle.`) lies inside the turn's
    // content: it is the author's narration, not the quoted words.
    let cues = Containment::new(
        a.quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Direct)
            .filter_map(|q| Some(Span::new(q.cue_start?, q.cue_end?))),
    );
    let reasons: HashSet<(usize, usize)> = a
        .sentences
        .iter()
        .flat_map(|s| &s.reasons)
        .filter(|r| r.category.is_some())
        .map(|r| (r.start, r.end))
        .collect();
    for h in &a.hits {
        let hs = Span::new(h.start, h.end);
        span_ok("hit", hs)?;
        if h.text != hs.slice(text) {
            return Err(format!("hit {hs:?} text is not its span"));
        }
        let Some(sentence) = spans.get(h.sentence) else {
            return Err(format!("hit {hs:?} in missing sentence {}", h.sentence));
        };
        if !sentence.contains(hs) {
            return Err(format!("hit {hs:?} outside its sentence {sentence:?}"));
        }
        if direct.contains(hs) && !cues.contains(hs) {
            if h.voice == TextVoice::Author {
                return Err(format!(
                    "hit {:?} {hs:?} inside a direct quotation is author",
                    h.text
                ));
            }
            let any_voice = analyzer
                .lexicons
                .categories
                .iter()
                .any(|c| c.name == *h.category && c.voice == VoiceScope::Any);
            if !any_voice {
                if h.scored {
                    return Err(format!(
                        "hit {:?} {hs:?} inside a direct quotation is scored",
                        h.text
                    ));
                }
                if reasons.contains(&(h.start, h.end)) {
                    return Err(format!(
                        "hit {:?} {hs:?} inside a direct quotation is a reason",
                        h.text
                    ));
                }
            }
        }
    }
    for q in &a.quotes {
        let qs = Span::new(q.start, q.end);
        span_ok("quote", qs)?;
        if q.text != qs.slice(text) {
            return Err(format!("quote {qs:?} text is not its span"));
        }
        if q.sentence >= a.sentences.len() {
            return Err(format!("quote {qs:?} in missing sentence {}", q.sentence));
        }
        if let (Some(s), Some(e)) = (q.cue_start, q.cue_end) {
            span_ok("cue", Span::new(s, e))?;
        } else if q.cue_start.is_some() != q.cue_end.is_some() {
            return Err(format!("quote {qs:?} has half a cue"));
        }
        if let Some(sp) = &q.speaker {
            match (sp.start, sp.end) {
                (Some(s), Some(e)) => span_ok("speaker", Span::new(s, e))?,
                (None, None) => {}
                _ => return Err(format!("quote {qs:?} has half a speaker span")),
            }
        }
        if let Some(v) = &q.verb {
            span_ok("verb", Span::new(v.start, v.end))?;
        }
    }
    if a.profile.sentences != a.sentences.len() {
        return Err(format!(
            "profile counts {} sentences, the analysis has {}",
            a.profile.sentences,
            a.sentences.len()
        ));
    }
    Ok(())
}

/// The quote finder and the segmenter on arbitrary text.
pub fn segment_and_quotes(data: &[u8]) {
    let text = lossy(data);
    let body = body_of(&text, data);
    let regions = find_quotes(&text, body);
    check_quotes(&text, body, &regions).unwrap_or_else(|e| panic!("quotes: {e}"));
    let seg = segment(&text, body, &regions);
    check_segmentation(&text, body, &seg).unwrap_or_else(|e| panic!("segment: {e}"));
}

/// The quote finder alone on arbitrary text.
pub fn quotes_only(data: &[u8]) {
    let text = lossy(data);
    let body = body_of(&text, data);
    let regions = find_quotes(&text, body);
    check_quotes(&text, body, &regions).unwrap_or_else(|e| panic!("quotes: {e}"));
}

/// The whole pipeline with the shipped lexicons on arbitrary text, twice: the two analyses
/// must be identical.
pub fn pipeline(data: &[u8]) {
    let text = lossy(data);
    let body = body_of(&text, data);
    let article = Article {
        body,
        ..Article::from_text("fuzz", text.clone())
    };
    let analyzer = shipped_analyzer();
    let a = analyzer.analyze(&article);
    check_analysis(analyzer, &text, body, &a).unwrap_or_else(|e| panic!("pipeline: {e}"));
    let again = analyzer.analyze(&article);
    let (x, y) = (
        serde_json::to_string(&a).expect("serializes"),
        serde_json::to_string(&again).expect("serializes"),
    );
    assert!(x == y, "pipeline: two runs on the same article differ");
}

/// A scratch folder for this process, emptied of the previous input's files by each use.
fn scratch(name: &str) -> PathBuf {
    static ROOT: OnceLock<tempfile::TempDir> = OnceLock::new();
    let root = ROOT.get_or_init(|| tempfile::tempdir().expect("a scratch folder"));
    let dir = root.path().join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("a scratch sub-folder");
    dir
}

/// Loads one lexicon path; a failure must name files and lines that exist. With `compile`, a
/// success must also compile into a matcher whose hits on the examples lie on character
/// boundaries. The importer targets load without compiling: the lexicon targets already fuzz
/// the matcher, and an importer's coverage should measure the importer, not the paths of the
/// regex and Aho-Corasick crates that every new pattern opens.
fn load_lexicon(path: &Path, files: &HashMap<String, usize>, compile: bool) {
    match LexiconSet::load_path(path) {
        Err(err) => {
            assert!(!err.issues.is_empty(), "lexicon: an error with no issue");
            for issue in &err.issues {
                assert!(
                    !issue.reason.is_empty(),
                    "lexicon: an issue without a reason"
                );
                if let Some(&lines) = files.get(&issue.file) {
                    assert!(
                        issue.line as usize <= lines + 1,
                        "lexicon: issue at line {} of a {lines}-line file: {issue}",
                        issue.line
                    );
                }
            }
        }
        Ok(set) => {
            for e in &set.entries {
                assert!(
                    e.category < set.categories.len(),
                    "lexicon: entry of no category"
                );
            }
            if !compile {
                return;
            }
            if let Ok(matcher) = Matcher::new(&set) {
                let samples = set
                    .entries
                    .iter()
                    .flat_map(|e| e.examples.iter().chain(&e.counter_examples))
                    .take(64);
                for s in samples {
                    for m in matcher.find(s, Span::new(0, s.len())) {
                        assert!(
                            on_boundaries(s, m.span) && m.entry < set.entries.len(),
                            "lexicon: match {:?} off a boundary of {s:?}",
                            m.span
                        );
                    }
                }
            }
        }
    }
}

/// Lines as a parser may count them: a lone carriage return ends a line too (YAML and XML
/// say so, and so do most editors).
fn line_count(data: &[u8]) -> usize {
    let lone_cr = data
        .windows(2)
        .filter(|w| w[0] == b'\r' && w[1] != b'\n')
        .count()
        + usize::from(data.last() == Some(&b'\r'));
    data.split(|&b| b == b'\n').count() + lone_cr
}

/// A lone category file (`.tsv`).
pub fn lexicon_tsv(data: &[u8]) {
    let dir = scratch("tsv");
    let path = dir.join("categorie.tsv");
    fs::write(&path, data).expect("write the tsv");
    let files = HashMap::from([(path.display().to_string(), line_count(data))]);
    load_lexicon(&path, &files, true);
}

/// A lexicon folder: the input is `manifest.toml`, then a NUL byte, then the category file
/// `categorie.tsv` (the seed corpus names it in its manifest).
pub fn lexicon_manifest(data: &[u8]) {
    let (manifest, tsv) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &b""[..]),
    };
    let dir = scratch("folder");
    fs::write(dir.join("manifest.toml"), manifest).expect("write the manifest");
    fs::write(dir.join("categorie.tsv"), tsv).expect("write the tsv");
    let files = HashMap::from([
        (
            dir.join("manifest.toml").display().to_string(),
            line_count(manifest),
        ),
        (
            dir.join("categorie.tsv").display().to_string(),
            line_count(tsv),
        ),
    ]);
    load_lexicon(&dir, &files, true);
}

fn import(extension: &str, data: &[u8]) {
    let dir = scratch("import");
    let path = dir.join(format!("dictionnaire.{extension}"));
    fs::write(&path, data).expect("write the dictionary");
    let files = HashMap::from([(path.display().to_string(), line_count(data))]);
    load_lexicon(&path, &files, false);
}

/// A LIWC `.dic` dictionary.
pub fn import_liwc(data: &[u8]) {
    import("dic", data);
}

/// A Lexicoder dictionary: `.lcd` (plain or XML) when it starts with `<` or has an odd length,
/// `.lc3` otherwise.
pub fn import_lexicoder(data: &[u8]) {
    let ext = if data.first() == Some(&b'<') || data.len() % 2 == 1 {
        "lcd"
    } else {
        "lc3"
    };
    import(ext, data);
}

/// A Yoshikoder `.ykd` dictionary (XML).
pub fn import_yoshikoder(data: &[u8]) {
    import("ykd", data);
}

/// A quanteda YAML dictionary.
pub fn import_yaml(data: &[u8]) {
    import("yml", data);
}

/// A plain word list.
pub fn import_wordlist(data: &[u8]) {
    import("txt", data);
}

/// Invariants of what an input reader yields: each article's body is a span of its text on
/// character boundaries, and each skipped input has a source and a reason.
fn check_items(items: impl Iterator<Item = InputItem>) -> usize {
    let mut n = 0;
    for item in items {
        n += 1;
        match item {
            InputItem::Article(a) => {
                assert!(
                    on_boundaries(&a.text, a.body),
                    "input: body {:?} off a boundary of a {}-byte text",
                    a.body,
                    a.text.len()
                );
                assert!(!a.source.is_empty(), "input: an article without a source");
            }
            InputItem::Skipped(s) => {
                assert!(
                    !s.source.is_empty() && !s.reason.is_empty(),
                    "input: a skipped input without source or reason: {s:?}"
                );
            }
        }
    }
    n
}

fn read_file(name: &str, data: &[u8]) {
    let dir = scratch("input");
    let path = dir.join(name);
    fs::write(&path, data).expect("write the input");
    let n = check_items(read_inputs(vec![path], ReadOptions::default()));
    assert!(
        n >= 1,
        "input: a file yielded nothing, not even a skipped record"
    );
}

/// A text file: decoding (byte-order marks, legacy encodings, binary detection) and front
/// matter; and the same bytes as standard input.
pub fn input_text(data: &[u8]) {
    read_file("article.txt", data);
    let n = check_items(read_stream(
        Cursor::new(data.to_vec()),
        ReadOptions::default(),
    ));
    assert!(n >= 1, "input: standard input yielded nothing");
}

/// A JSON Lines file.
pub fn input_jsonl(data: &[u8]) {
    read_file("articles.jsonl", data);
}

/// A CSV file.
pub fn input_csv(data: &[u8]) {
    read_file("articles.csv", data);
}
