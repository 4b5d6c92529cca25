//! The shipped word model (`models/wordmodel.tsv`) as a static table.
//!
//! Parsing the 6,000-line table cost 8 of the 90 million instructions of a `score` run on a
//! 3 KB article (splitting lines, parsing floats, one `String` per word). The build reads it
//! here with the same rules as `WordModel::parse` (`src/wordmodel.rs`) and writes its weights
//! as Rust: every weight by its bits (`f64::from_bits`), parsed by the same `str::parse::<f64>`,
//! so the run sees the same numbers; a word given twice keeps its last weight, as the parser's
//! map does. A line the parser would refuse fails the build (a run would otherwise fall back on
//! an empty model); a test compares the table with `WordModel::parse` of the file.

use std::collections::BTreeMap;
use std::fmt::Write;

/// Rust source holding `BIAS`, `CONTEXT`, `LENGTH` and `WORDS` (sorted by word).
pub fn write(source: &str) -> String {
    let mut bias = 0.0f64;
    let mut context = [0.0f64; 5];
    let mut length = [0.0f64; 4];
    let mut words: BTreeMap<&str, f64> = BTreeMap::new();
    for (k, raw) in source.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let weight = fields
            .last()
            .and_then(|w| w.parse::<f64>().ok())
            .filter(|w| w.is_finite())
            .unwrap_or_else(|| panic!("models/wordmodel.tsv:{}: no finite weight", k + 1));
        let bucket = |b: &str, n: usize| {
            b.parse::<usize>()
                .ok()
                .filter(|&b| b < n)
                .unwrap_or_else(|| panic!("models/wordmodel.tsv:{}: bad bucket", k + 1))
        };
        match fields.as_slice() {
            ["bias", _] => bias = weight,
            ["context", b, _] => context[bucket(b, context.len())] = weight,
            ["length", b, _] => length[bucket(b, length.len())] = weight,
            ["word", word, _] if !word.is_empty() => {
                words.insert(word, weight);
            }
            _ => panic!("models/wordmodel.tsv:{}: unknown line", k + 1),
        }
    }
    let bits = |x: f64| format!("f64::from_bits({:#018x})", x.to_bits());
    let list = |xs: &[f64]| xs.iter().map(|&x| bits(x)).collect::<Vec<_>>().join(", ");
    let mut out = String::new();
    writeln!(out, "/// The intercept of the shipped word model.").unwrap();
    writeln!(out, "pub(crate) const BIAS: f64 = {};", bits(bias)).unwrap();
    writeln!(out, "/// The weights of the buckets of the flagged share.").unwrap();
    writeln!(
        out,
        "pub(crate) const CONTEXT: [f64; 5] = [{}];",
        list(&context)
    )
    .unwrap();
    writeln!(out, "/// The weights of the buckets of the length.").unwrap();
    writeln!(
        out,
        "pub(crate) const LENGTH: [f64; 4] = [{}];",
        list(&length)
    )
    .unwrap();
    writeln!(out, "/// The weighed words, sorted.").unwrap();
    writeln!(out, "pub(crate) static WORDS: &[(&str, f64)] = &[").unwrap();
    for (word, weight) in &words {
        writeln!(out, "    ({word:?}, {}),", bits(*weight)).unwrap();
    }
    out.push_str("];\n");
    out
}
