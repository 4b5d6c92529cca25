//! Text benchmarks: reading and decoding files, normalization (against general Unicode
//! normalization as a baseline), word counts, and read + normalize + segment, in bytes per
//! second on one core.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use cadrage::input::{InputItem, ReadOptions, read_inputs};
use cadrage::normalize::{FoldOptions, Normalized, count_words};
use cadrage::{quotes, segment};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use unicode_normalization::UnicodeNormalization;

/// About 2.5 KB of French news in three genres (wire copy, op-ed, interview), written for this
/// benchmark, with the typography of real articles: no-break spaces, typographic
/// apostrophes, guillemets, dashes.
const ARTICLE: &str = "\
LYON, 4 février (Agence) – Le conseil de la métropole a adopté jeudi soir, par 88 voix \
contre 61, un plan de 1,2\u{a0}milliard d’euros destiné à rénover les lignes de tramway d’ici \
à 2031. L’opposition a dénoncé « un chèque en blanc » et réclamé un audit indépendant.
Selon le vice-président chargé des mobilités, les premiers chantiers débuteront à \
l’automne sur la ligne T2, la plus fréquentée du réseau.

Il faut avoir le courage de le dire\u{a0}: cette majorité confond l’ambition avec la \
dépense. Qui paiera, sinon les contribuables déjà écrasés par la hausse des impôts \
locaux\u{a0}? Les élus se félicitent d’un vote « historique »\u{202f}; ils oublient qu’un \
tramway ne remplace pas une politique. Une fois encore, la communication l’emporte sur le \
bon sens, et c’est bien là le cœur du problème.

— Vous attendiez-vous à un vote aussi serré\u{a0}?
— Franchement, non. Nous avions rencontré tous les groupes, expliqué chaque ligne du \
budget. Certains ont préféré la posture à l’intérêt général, regrette la présidente de la \
commission des finances.
— Et maintenant\u{a0}?
— Maintenant, on travaille. Les habitants de Vaulx-en-Velin et de Vénissieux attendent \
ces rames depuis dix ans\u{a0}; ils n’ont que faire de nos querelles.

D’après une étude de l’agence d’urbanisme, la fréquentation du réseau a progressé de \
7,4\u{a0}% en un an, portée par les étudiants et les salariés des zones d’activité. Les \
associations d’usagers, elles, demandent surtout des rames plus fréquentes en soirée, \
« quand on a le plus besoin du tram et qu’il n’y en a plus », résume leur porte-parole.
";

/// `ARTICLE` repeated to about 1 MiB, paragraphs separated by blank lines.
fn corpus_text() -> String {
    let mut text = String::with_capacity(1 << 20);
    while text.len() < 1 << 20 {
        text.push_str(ARTICLE);
        text.push('\n');
    }
    text
}

fn write_file(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write benchmark file");
    path
}

fn read_one(path: &Path) -> usize {
    read_inputs(vec![path.to_path_buf()], ReadOptions::default())
        .map(|item| match item {
            InputItem::Article(a) => a.text.len(),
            InputItem::Skipped(s) => panic!("benchmark file skipped: {}", s.reason),
        })
        .sum()
}

fn bench_read(c: &mut Criterion) {
    let text = corpus_text();
    let dir = tempfile::tempdir().expect("temporary folder");
    let utf8 = write_file(&dir, "utf8.txt", text.as_bytes());
    // The same text in Windows-1252, which has no narrow no-break space.
    let latin_text = text.replace('\u{202f}', "\u{a0}");
    let (latin, _, lossy) = encoding_rs::WINDOWS_1252.encode(&latin_text);
    assert!(!lossy, "the benchmark text fits Windows-1252");
    let cp1252 = write_file(&dir, "cp1252.txt", &latin);
    let jsonl_line = serde_json::json!({ "id": "x", "text": ARTICLE }).to_string();
    let jsonl = write_file(
        &dir,
        "records.jsonl",
        format!("{jsonl_line}\n")
            .repeat(text.len() / ARTICLE.len())
            .as_bytes(),
    );

    let mut group = c.benchmark_group("read");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("utf8 text file", |b| b.iter(|| black_box(read_one(&utf8))));
    group.bench_function("windows-1252 text file", |b| {
        b.iter(|| black_box(read_one(&cp1252)))
    });
    group.bench_function("jsonl records", |b| b.iter(|| black_box(read_one(&jsonl))));
    group.finish();
}

fn bench_normalize(c: &mut Criterion) {
    let text = corpus_text();
    let span = cadrage::Span::new(0, text.len());
    let mut group = c.benchmark_group("normalize");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("fold case and accents, with map", |b| {
        b.iter(|| {
            black_box(
                Normalized::new(&text, span, FoldOptions::default())
                    .text
                    .len(),
            )
        })
    });
    let exact = FoldOptions {
        case: false,
        accents: false,
    };
    group.bench_function("no case or accent folding, with map", |b| {
        b.iter(|| black_box(Normalized::new(&text, span, exact).text.len()))
    });
    // The general path alone, no map: what per-character Unicode normalization costs.
    group.bench_function("baseline: nfc + to_lowercase, no map", |b| {
        b.iter(|| {
            let s: String = text.nfc().flat_map(char::to_lowercase).collect();
            black_box(s.len())
        })
    });
    group.bench_function("count_words", |b| b.iter(|| black_box(count_words(&text))));
    group.finish();
}

fn bench_pipeline(c: &mut Criterion) {
    let text = corpus_text();
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = write_file(&dir, "article.txt", text.as_bytes());
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("read + normalize + segment", |b| {
        b.iter(|| {
            let mut sentences = 0;
            for item in read_inputs(vec![path.clone()], ReadOptions::default()) {
                let InputItem::Article(article) = item else {
                    panic!("benchmark file skipped")
                };
                let norm = Normalized::new(&article.text, article.body, FoldOptions::default());
                let regions = quotes::find_quotes(&article.text, article.body);
                let seg = segment::segment(&article.text, article.body, &regions);
                sentences += seg.sentences.len() + norm.text.len();
            }
            black_box(sentences)
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .measurement_time(Duration::from_secs(4))
        .warm_up_time(Duration::from_secs(1));
    targets = bench_read, bench_normalize, bench_pipeline
}
criterion_main!(benches);
