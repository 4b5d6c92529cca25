//! The shipped word model (`models/wordmodel.tsv`) as a static table.
//!
//! Parsing the 6,000-line table cost 8 of the 90 million instructions of a `score` run on a
//! 3 KB article (splitting lines, parsing floats, one `String` per word). The build reads it
//! here with the library's own parser (`src/wordmodel/file.rs`, included by path in
//! `build.rs`, the one `WordModel::parse` uses) and writes its weights as Rust: every weight by
//! its bits (`f64::from_bits`), so the run sees the same numbers; a word given twice keeps its
//! last weight, as the parser's map does, and the numbers of buckets are the parser's. A line
//! the parser refuses fails the build (a run would otherwise fall back on an empty model); a
//! test compares the table with `WordModel::parse` of the file.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::wordmodel_file::{self as file, CONTEXT_BUCKETS, LENGTH_BUCKETS};

/// Rust source holding `BIAS`, `CONTEXT`, `LENGTH` and `WORDS` (sorted by word).
pub fn write(source: &str) -> String {
    let model = file::parse(source).unwrap_or_else(|bad| {
        let lines: Vec<String> = bad
            .iter()
            .map(|b| format!("models/wordmodel.tsv:{}: {}", b.line, b.why))
            .collect();
        panic!("{}", lines.join("\n"))
    });
    // The last weight of a word given twice wins, as in the parser's map.
    let words: BTreeMap<&str, f64> = model.words.iter().copied().collect();
    let bits = |x: f64| format!("f64::from_bits({:#018x})", x.to_bits());
    let list = |xs: &[f64]| xs.iter().map(|&x| bits(x)).collect::<Vec<_>>().join(", ");
    let mut out = String::new();
    writeln!(out, "/// The intercept of the shipped word model.").unwrap();
    writeln!(out, "pub(crate) const BIAS: f64 = {};", bits(model.bias)).unwrap();
    writeln!(out, "/// The weights of the buckets of the flagged share.").unwrap();
    writeln!(
        out,
        "pub(crate) const CONTEXT: [f64; {CONTEXT_BUCKETS}] = [{}];",
        list(&model.context)
    )
    .unwrap();
    writeln!(out, "/// The weights of the buckets of the length.").unwrap();
    writeln!(
        out,
        "pub(crate) const LENGTH: [f64; {LENGTH_BUCKETS}] = [{}];",
        list(&model.length)
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
