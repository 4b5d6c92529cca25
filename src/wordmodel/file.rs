//! The file format of the word model (`models/wordmodel.tsv`) and its one parser.
//!
//! Both readers of the file use it: the library ([`super::WordModel::parse`]) and the build
//! script (`build/wordmodel.rs`, which writes the shipped weights as a static table and
//! includes this file by path, as it does the pattern compiler). So a line reads the same at
//! build time and at run time, and the numbers of buckets are set here once. It depends on
//! nothing but `std`; keep it so, or the build script cannot include it.
//!
//! The format, one typed line per weight (`#` starts a comment line, an empty line is skipped,
//! a trailing `\r` is dropped): `bias<TAB>w`, `context<TAB>K<TAB>w` for each bucket K of the
//! article's flagged share, `length<TAB>K<TAB>w` for each bucket K of the sentence's length
//! and `word<TAB>WORD<TAB>w`. A bucket the file leaves out weighs 0; a word given twice keeps
//! its last weight (the readers' maps keep the last insert). `eval/fit_wordmodel.py` writes it
//! and reads it back with the same rules (`read_model`).

/// The number of buckets of the article's flagged share (0–0.2, 0.2–0.4, …, 0.8–1).
pub const CONTEXT_BUCKETS: usize = 5;

/// The lengths in words (outside quotation marks) from which a sentence is in the next length
/// bucket: fewer than 8 words, 8 to 15, 16 to 25, 26 and more (`LENGTH_CUTS` of the fitting
/// script).
pub const LENGTH_CUTS: [usize; 3] = [8, 16, 26];

/// The number of buckets of a sentence's length.
pub const LENGTH_BUCKETS: usize = LENGTH_CUTS.len() + 1;

/// The weights of a model file, as written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Weights<'a> {
    /// The intercept.
    pub bias: f64,
    /// The weight of each bucket of the article's flagged share.
    pub context: [f64; CONTEXT_BUCKETS],
    /// The weight of each bucket of the sentence's length.
    pub length: [f64; LENGTH_BUCKETS],
    /// The words and their weights in the file's order, a word given twice twice: insert them
    /// in order into a map and the last weight wins.
    pub words: Vec<(&'a str, f64)>,
}

/// A line of the model file that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadLine {
    /// 1-based line number.
    pub line: usize,
    pub why: String,
}

/// Reads the tab-separated model (see the module's header). Every bad line is reported.
pub fn parse(source: &str) -> Result<Weights<'_>, Vec<BadLine>> {
    let mut model = Weights::default();
    let mut bad = Vec::new();
    for (k, raw) in source.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let weight = fields.last().and_then(|w| w.parse::<f64>().ok());
        let Some(weight) = weight.filter(|w| w.is_finite()) else {
            bad.push(BadLine {
                line: k + 1,
                why: "the last field is not a finite number".to_string(),
            });
            continue;
        };
        match fields.as_slice() {
            ["bias", _] => model.bias = weight,
            ["context", bucket, _] => match bucket_index(bucket, CONTEXT_BUCKETS, "context") {
                Ok(b) => model.context[b] = weight,
                Err(why) => bad.push(BadLine { line: k + 1, why }),
            },
            ["length", bucket, _] => match bucket_index(bucket, LENGTH_BUCKETS, "length") {
                Ok(b) => model.length[b] = weight,
                Err(why) => bad.push(BadLine { line: k + 1, why }),
            },
            ["word", word, _] if !word.is_empty() => model.words.push((word, weight)),
            _ => bad.push(BadLine {
                line: k + 1,
                why: "expected `bias`, `context`, `length` or `word` and a weight".to_string(),
            }),
        }
    }
    if bad.is_empty() { Ok(model) } else { Err(bad) }
}

/// The bucket a `context` or `length` line names, below `buckets`.
fn bucket_index(field: &str, buckets: usize, kind: &str) -> Result<usize, String> {
    match field.parse::<usize>() {
        Ok(b) if b < buckets => Ok(b),
        _ => Err(format!(
            "{kind} bucket `{field}` is not 0 to {}",
            buckets - 1
        )),
    }
}
