//! Voice attribution throughput, in bytes per second: on about 1 MB of realistic French news
//! (the voice fixtures: wire copy, a partisan op-ed and an interview with dialogue dashes,
//! repeated), alone and after quote finding and segmentation; and on the inputs built to break
//! a non-linear pass (100,000 unclosed guillemets, one 10 MB quotation, one 2 MB sentence with
//! no punctuation).

use std::hint::black_box;

use cadrage::lexicon::{LexiconSet, LoadOptions};
use cadrage::quotes::find_quotes;
use cadrage::segment::segment;
use cadrage::span::Span;
use cadrage::voice::{VerbTable, attribute};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const FIXTURES: [&str; 3] = [
    include_str!("../tests/fixtures/voice/depeche.txt"),
    include_str!("../tests/fixtures/voice/tribune.txt"),
    include_str!("../tests/fixtures/voice/entretien.txt"),
];

/// The fixtures, separated by blank lines, repeated to about `size` bytes.
fn corpus(size: usize) -> String {
    let one = FIXTURES.join("\n\n");
    let mut text = String::with_capacity(size + one.len());
    while text.len() < size {
        text.push_str(&one);
        text.push_str("\n\n");
    }
    text
}

fn verbs() -> VerbTable {
    let lexicons = LexiconSet::load(&LoadOptions {
        builtin: true,
        ..LoadOptions::default()
    })
    .expect("built-in lexicons load");
    VerbTable::new(&lexicons)
}

fn realistic(c: &mut Criterion) {
    let verbs = verbs();
    let text = corpus(1 << 20);
    let body = Span::new(0, text.len());
    let regions = find_quotes(&text, body);
    let seg = segment(&text, body, &regions);

    let mut group = c.benchmark_group("voice");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("attribute", |b| {
        b.iter(|| {
            attribute(black_box(&text), &seg, &regions, &verbs)
                .quotes
                .len()
        })
    });
    group.bench_function("find_quotes + segment + attribute", |b| {
        b.iter(|| {
            let text = black_box(&text);
            let regions = find_quotes(text, body);
            let seg = segment(text, body, &regions);
            attribute(text, &seg, &regions, &verbs).quotes.len()
        })
    });
    group.finish();
}

fn adversarial(c: &mut Criterion) {
    let verbs = verbs();
    let opens = "« ".repeat(100_000);
    let mut quote = String::from("« ");
    while quote.len() < 10_000_000 {
        quote.push_str("Nous ne partirons pas, a-t-il dit, tant que la paix ne sera pas signée ");
    }
    quote.push_str("», a déclaré le colonel.");
    let run_on = "le ministre a déclaré que la situation ".repeat(50_000);

    let mut group = c.benchmark_group("voice-adversarial");
    group.sample_size(10);
    for (name, text) in [
        ("100k unclosed «", &opens),
        ("10 MB quotation", &quote),
        ("2 MB run-on sentence", &run_on),
    ] {
        let body = Span::new(0, text.len());
        let regions = find_quotes(text, body);
        let seg = segment(text, body, &regions);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                attribute(black_box(text), &seg, &regions, &verbs)
                    .quotes
                    .len()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, realistic, adversarial);
criterion_main!(benches);
