//! Throughput of every stage of the pipeline, one criterion group per stage, on the articles the
//! repository ships (samples/ and eval/corpus/, read by the real input stage), so that a change
//! to one stage shows up in its own line and the stages can be compared in bytes per second of
//! article text. The last groups measure what a process pays once (loading the built-in
//! lexicons and building the matcher) and how the whole analysis of one long article scales
//! with its length: the time for 2.4 MB must be eight times the time for 300 KB, not 64.

use std::hint::black_box;
use std::io::{self, Cursor};
use std::path::PathBuf;
use std::time::Duration;

use cadrage::analysis::{Analyzer, AnalyzerOptions, ArticleAnalysis};
use cadrage::corpus::csvrow::{RowError, RowWriter};
use cadrage::corpus::rows;
use cadrage::corpus::summary::{ArticleSummary, KeynessMode};
use cadrage::input::{Article, InputItem, ReadOptions, read_inputs, read_stream};
use cadrage::lexicon::{LexiconSet, LoadOptions, Matcher};
use cadrage::normalize::{FoldOptions, Normalized};
use cadrage::output::{self, csv::sentence_rows};
use cadrage::profile::{self, ProfileInput};
use cadrage::quotes::find_quotes;
use cadrage::score::{self, ScoreInput};
use cadrage::segment::segment;
use cadrage::voice::{self, VerbTable};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// The shipped articles, read the way `cadrage report samples eval/corpus` reads them.
fn articles() -> Vec<Article> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let inputs = vec![root.join("samples"), root.join("eval/corpus")];
    let articles: Vec<Article> = read_inputs(inputs, ReadOptions::default())
        .filter_map(|item| match item {
            InputItem::Article(a) => Some(*a),
            InputItem::Skipped(_) => None,
        })
        .collect();
    assert!(articles.len() >= 20, "the shipped articles were not found");
    articles
}

fn analyzer() -> Analyzer {
    let lexicons = LexiconSet::load(&LoadOptions {
        builtin: true,
        paths: vec![],
    })
    .expect("the built-in lexicons load");
    Analyzer::new(lexicons, AnalyzerOptions::default()).expect("the matcher builds")
}

fn text_bytes(articles: &[Article]) -> u64 {
    articles.iter().map(|a| a.text.len() as u64).sum()
}

/// The articles as one JSON Lines buffer, the format of large corpora.
fn jsonl(articles: &[Article]) -> Vec<u8> {
    let mut out = Vec::new();
    for a in articles {
        let line = serde_json::json!({
            "id": a.id, "outlet": a.outlet, "title": a.title, "date": a.date,
            "text": a.body.slice(&a.text),
        });
        serde_json::to_writer(&mut out, &line).expect("JSON writes to memory");
        out.push(b'\n');
    }
    out
}

fn read(c: &mut Criterion, articles: &[Article]) {
    let lines = jsonl(articles);
    // One article in Windows-1252 without a declared encoding: detection and transcoding.
    let latin: Vec<u8> = articles
        .iter()
        .map(|a| a.body.slice(&a.text))
        .collect::<Vec<_>>()
        .join("\n\n")
        .chars()
        .filter(|c| (*c as u32) < 0x100)
        .map(|c| c as u32 as u8)
        .collect();
    let mut group = c.benchmark_group("read");
    group.throughput(Throughput::Bytes(lines.len() as u64));
    group.bench_function("jsonl", |b| {
        b.iter(|| {
            read_stream(Cursor::new(lines.clone()), ReadOptions::default())
                .filter(|i| matches!(i, InputItem::Article(_)))
                .count()
        })
    });
    group.throughput(Throughput::Bytes(latin.len() as u64));
    group.bench_function("text windows-1252", |b| {
        b.iter(|| {
            read_stream(Cursor::new(latin.clone()), ReadOptions::default())
                .filter(|i| matches!(i, InputItem::Article(_)))
                .count()
        })
    });
    group.finish();
}

fn normalize(c: &mut Criterion, articles: &[Article]) {
    let mut group = c.benchmark_group("normalize");
    group.throughput(Throughput::Bytes(text_bytes(articles)));
    group.bench_function("fold", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| {
                    Normalized::new(&a.text, a.body, FoldOptions::default())
                        .text
                        .len()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

fn segmentation(c: &mut Criterion, articles: &[Article]) {
    let mut group = c.benchmark_group("quotes+segment");
    group.throughput(Throughput::Bytes(text_bytes(articles)));
    group.bench_function("find_quotes + segment", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| {
                    let regions = find_quotes(&a.text, a.body);
                    segment(&a.text, a.body, &regions).sentences.len()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

fn voice_stage(c: &mut Criterion, articles: &[Article], verbs: &VerbTable) {
    let prepared: Vec<_> = articles
        .iter()
        .map(|a| {
            let regions = find_quotes(&a.text, a.body);
            let seg = segment(&a.text, a.body, &regions);
            (a, regions, seg)
        })
        .collect();
    let mut group = c.benchmark_group("voice");
    group.throughput(Throughput::Bytes(text_bytes(articles)));
    group.bench_function("attribute", |b| {
        b.iter(|| {
            prepared
                .iter()
                .map(|(a, regions, seg)| {
                    voice::attribute(&a.text, seg, regions, verbs).quotes.len()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

fn matching(c: &mut Criterion, articles: &[Article], matcher: &Matcher) {
    let mut group = c.benchmark_group("match");
    group.throughput(Throughput::Bytes(text_bytes(articles)));
    group.bench_function("find", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| matcher.find(&a.text, a.body).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn scoring(c: &mut Criterion, articles: &[Article], analyzer: &Analyzer) {
    let prepared: Vec<_> = articles
        .iter()
        .map(|a| {
            let regions = find_quotes(&a.text, a.body);
            let seg = segment(&a.text, a.body, &regions);
            let voices = voice::attribute(&a.text, &seg, &regions, &analyzer.verbs);
            let matches = analyzer.matcher.find(&a.text, a.body);
            (a, seg, voices, matches)
        })
        .collect();
    let mut group = c.benchmark_group("score+profile");
    group.throughput(Throughput::Bytes(text_bytes(articles)));
    group.bench_function("score", |b| {
        b.iter(|| {
            prepared
                .iter()
                .map(|(a, seg, voices, matches)| {
                    score::score(&ScoreInput {
                        text: &a.text,
                        segmentation: seg,
                        voices,
                        matches,
                        lexicons: &analyzer.lexicons,
                        threshold: analyzer.options.threshold,
                        word_model: analyzer.options.word_model,
                        declared_opinion: None,
                        declared_analysis: None,
                        declared_explainer: None,
                    })
                    .hits
                    .len()
                })
                .sum::<usize>()
        })
    });
    let scored: Vec<_> = prepared
        .iter()
        .map(|(a, seg, voices, matches)| {
            score::score(&ScoreInput {
                text: &a.text,
                segmentation: seg,
                voices,
                matches,
                lexicons: &analyzer.lexicons,
                threshold: analyzer.options.threshold,
                word_model: analyzer.options.word_model,
                declared_opinion: None,
                declared_analysis: None,
                declared_explainer: None,
            })
        })
        .collect();
    group.bench_function("profile", |b| {
        b.iter(|| {
            prepared
                .iter()
                .zip(&scored)
                .map(|((a, seg, voices, _), scoring)| {
                    profile::profile(&ProfileInput {
                        text: &a.text,
                        segmentation: seg,
                        voices,
                        scoring,
                        lexicons: &analyzer.lexicons,
                    })
                    .words
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

/// Every per-article row of `report`'s CSV tables, serialized as report writes them: one row
/// buffer per table, as in separate files.
fn csv_rows(out: &mut [RowWriter; 8], a: &ArticleAnalysis) -> Result<(), RowError> {
    out[0].serialize(&rows::article_row(a))?;
    for r in sentence_rows(a) {
        out[1].serialize(&r)?;
    }
    for r in rows::hit_rows(a) {
        out[2].serialize(&r)?;
    }
    for r in rows::quote_rows(a) {
        out[3].serialize(&r)?;
    }
    for r in rows::speaker_rows(a) {
        out[4].serialize(&r)?;
    }
    for r in rows::category_rows(a) {
        out[5].serialize(&r)?;
    }
    for r in rows::frame_rows(a) {
        out[6].serialize(&r)?;
    }
    for r in rows::actor_rows(a) {
        out[7].serialize(&r)?;
    }
    // `report` hands each buffer to its file once it holds 64 KB.
    for w in out.iter_mut() {
        if w.bytes().len() >= 1 << 16 {
            black_box(w.bytes());
            w.clear();
        }
    }
    Ok(())
}

fn outputs(c: &mut Criterion, articles: &[Article], analyzer: &Analyzer) {
    let analyses: Vec<ArticleAnalysis> = articles.iter().map(|a| analyzer.analyze(a)).collect();
    let mut group = c.benchmark_group("output");
    group.throughput(Throughput::Bytes(text_bytes(articles)));
    group.bench_function("csv rows", |b| {
        b.iter(|| {
            let mut out: [RowWriter; 8] = Default::default();
            for a in &analyses {
                csv_rows(&mut out, a).expect("every row has its table's width");
            }
            black_box(&out);
        })
    });
    group.bench_function("jsonl", |b| {
        b.iter(|| {
            let mut out = io::sink();
            for a in &analyses {
                output::write_jsonl(&mut out, a).expect("a sink accepts everything");
            }
        })
    });
    group.bench_function("corpus summary", |b| {
        b.iter(|| {
            analyses
                .iter()
                .map(|a| {
                    ArticleSummary::from_analysis(a, KeynessMode::Terms)
                        .terms
                        .len()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

fn analyze(c: &mut Criterion, articles: &[Article], analyzer: &Analyzer) {
    let mut group = c.benchmark_group("analyze");
    group.throughput(Throughput::Bytes(text_bytes(articles)));
    group.bench_function("shipped articles", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| analyzer.analyze(black_box(a)).sentences.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn startup(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    let options = LoadOptions {
        builtin: true,
        paths: vec![],
    };
    group.bench_function("load built-in lexicons", |b| {
        b.iter(|| LexiconSet::load(&options).expect("loads").entries.len())
    });
    let set = LexiconSet::load(&options).expect("loads");
    group.bench_function("build matcher", |b| {
        b.iter(|| Matcher::new(&set).expect("builds").anchor_count())
    });
    group.bench_function("build verb table", |b| {
        b.iter(|| black_box(VerbTable::new(&set)))
    });
    group.bench_function("load + Analyzer::new", |b| {
        b.iter(|| analyzer().lexicons.entries.len())
    });
    group.finish();
}

/// One long article made of the shipped bodies, repeated to about `bytes`.
fn long_article(articles: &[Article], bytes: usize) -> Article {
    let mut text = String::with_capacity(bytes + 4096);
    'fill: loop {
        for a in articles {
            text.push_str(a.body.slice(&a.text).trim_end());
            text.push_str("\n\n");
            if text.len() >= bytes {
                break 'fill;
            }
        }
    }
    Article::from_text("long", text)
}

fn scaling(c: &mut Criterion, articles: &[Article], analyzer: &Analyzer) {
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(15));
    for kb in [300usize, 600, 1200, 2400] {
        let article = long_article(articles, kb * 1000);
        group.throughput(Throughput::Bytes(article.text.len() as u64));
        group.bench_with_input(BenchmarkId::new("analyze", kb), &article, |b, a| {
            b.iter(|| analyzer.analyze(a).sentences.len())
        });
    }
    group.finish();
}

fn benches(c: &mut Criterion) {
    let articles = articles();
    let analyzer = analyzer();
    read(c, &articles);
    normalize(c, &articles);
    segmentation(c, &articles);
    voice_stage(c, &articles, &analyzer.verbs);
    matching(c, &articles, &analyzer.matcher);
    scoring(c, &articles, &analyzer);
    outputs(c, &articles, &analyzer);
    analyze(c, &articles, &analyzer);
    startup(c);
    scaling(c, &articles, &analyzer);
}

criterion_group!(stages, benches);
criterion_main!(stages);
