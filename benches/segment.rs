//! Quote finding and segmentation throughput, in bytes per second, on about 1 MB of
//! realistic French news (the segmentation fixtures: wire copy with one paragraph per line,
//! an interview with dialogue dashes, a hard-wrapped op-ed, repeated), next to the floor any
//! segmenter pays: a bare `memchr3` scan for `.`, `!` and `?` over the same text.

use std::hint::black_box;

use cadrage::quotes::find_quotes;
use cadrage::segment::{paragraphs, segment};
use cadrage::span::Span;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const FIXTURES: [&str; 3] = [
    include_str!("../tests/fixtures/segment/depeche.txt"),
    include_str!("../tests/fixtures/segment/entretien.txt"),
    include_str!("../tests/fixtures/segment/tribune.txt"),
];

/// The fixtures, separated by blank lines, repeated to about 1 MB.
fn corpus() -> String {
    let one = FIXTURES.join("\n\n");
    let mut text = String::with_capacity(1 << 20);
    while text.len() < 1 << 20 {
        text.push_str(&one);
        text.push_str("\n\n");
    }
    text
}

fn benches(c: &mut Criterion) {
    let text = corpus();
    let body = Span::new(0, text.len());
    let regions = find_quotes(&text, body);

    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("memchr3 floor", |b| {
        b.iter(|| {
            let bytes = black_box(text.as_bytes());
            memchr::memchr3_iter(b'.', b'!', b'?', bytes).count()
        })
    });
    group.bench_function("paragraphs", |b| {
        b.iter(|| paragraphs(black_box(&text), body).len())
    });
    group.bench_function("find_quotes", |b| {
        b.iter(|| find_quotes(black_box(&text), body).len())
    });
    group.bench_function("segment", |b| {
        b.iter(|| segment(black_box(&text), body, &regions).sentences.len())
    });
    group.bench_function("find_quotes + segment", |b| {
        b.iter(|| {
            let text = black_box(&text);
            let regions = find_quotes(text, body);
            segment(text, body, &regions).sentences.len()
        })
    });
    group.finish();
}

criterion_group!(segmentation, benches);
criterion_main!(segmentation);
