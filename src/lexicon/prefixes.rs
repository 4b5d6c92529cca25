//! The literals every match of a built-in regular expression starts with, found by the build.
//!
//! Compiling the 25 `re:` patterns of the shipped lexicons was about a tenth of a `score`
//! run's start-up, and most articles contain none of the words they look for. `build.rs`
//! extracts, with the parser of the `regex` crate, the finite set of literals that every
//! match of an expression begins with (`build/regexes.rs`); the matcher compiles such an
//! expression the first time one of its literals occurs in a text it searches, and skips it
//! while none does, which cannot lose a match. The set depends only on the expression, so it
//! is looked up by the expression's source; any other expression (a user's, or a built-in one
//! without such a set) is compiled when the matcher is built, as before.
//!
//! Layout, every number a little-endian `u32`: the number of expressions, then for each its
//! source (length and bytes), its number of literals and each literal (length and bytes).

static BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin_regex_prefixes.bin"));

/// Reads `blob` from `at` on: a number, or a run of bytes with its length first.
struct Reader {
    blob: &'static [u8],
    at: usize,
}

impl Reader {
    fn number(&mut self) -> Option<usize> {
        let b = self.blob.get(self.at..self.at + 4)?;
        self.at += 4;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }

    fn bytes(&mut self) -> Option<&'static [u8]> {
        let len = self.number()?;
        let b = self.blob.get(self.at..self.at + len)?;
        self.at += len;
        Some(b)
    }
}

/// The literals every match of the built-in expression `source` starts with; `None` for an
/// expression the build did not find such literals for (or a blob that does not read, which
/// only costs compiling every expression at once).
pub(crate) fn prefixes(source: &str) -> Option<Vec<&'static [u8]>> {
    prefixes_in(BLOB, source)
}

fn prefixes_in(blob: &'static [u8], source: &str) -> Option<Vec<&'static [u8]>> {
    let mut r = Reader { blob, at: 0 };
    for _ in 0..r.number()? {
        let found = r.bytes()? == source.as_bytes();
        let count = r.number()?;
        let literals = (0..count).map(|_| r.bytes()).collect::<Option<Vec<_>>>()?;
        if found {
            return (!literals.is_empty()).then_some(literals);
        }
    }
    None
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::lexicon::pattern::{compile_regex, fold_options, regex_source};
    use crate::lexicon::{LexiconSet, LoadOptions};
    use crate::normalize::Normalized;
    use crate::span::Span;

    /// Every text the test searches: the examples and counter-examples of every built-in
    /// entry, and every article file shipped under `samples/` and `eval/`.
    fn texts(set: &LexiconSet) -> Vec<String> {
        let mut out: Vec<String> = set
            .entries
            .iter()
            .flat_map(|e| e.examples.iter().chain(&e.counter_examples).cloned())
            .collect();
        out.extend(crate::lexicon::shipped_texts(&["samples", "eval"]));
        out
    }

    /// The build lists literals for the built-in expressions, and every match of such an
    /// expression, in every example and every shipped article, starts with one of them: a
    /// text without any of them is one the expression cannot match, so skipping it loses
    /// nothing. A wrong literal (one the build took from the wrong place, or a mistake in
    /// the extraction) fails here.
    #[test]
    fn every_match_of_a_built_in_expression_starts_with_one_of_its_literals() {
        let set = LexiconSet::load(&LoadOptions {
            builtin: true,
            paths: Vec::new(),
        })
        .expect("the built-in lexicons load");
        let texts = texts(&set);
        assert!(texts.len() > 5_000, "only {} texts", texts.len());
        let (mut deferred, mut regexes, mut matches) = (0, 0, 0);
        for entry in &set.entries {
            let Some(source) = regex_source(&entry.pattern) else {
                continue;
            };
            regexes += 1;
            let Some(literals) = prefixes(source) else {
                continue;
            };
            deferred += 1;
            let re = compile_regex(source).expect("a built-in expression compiles");
            let exact = set.categories[entry.category].exact
                || entry.pattern.trim_start().starts_with("exact:");
            for text in &texts {
                let view = Normalized::new(text, Span::new(0, text.len()), fold_options(exact));
                let t = view.text.as_bytes();
                for m in re.find_iter(&view.text) {
                    matches += 1;
                    assert!(
                        literals.iter().any(|l| t[m.start()..].starts_with(l)),
                        "{source}: a match at {} starts with none of its literals",
                        m.start()
                    );
                }
            }
        }
        assert!(regexes >= 20, "only {regexes} built-in expressions");
        assert!(
            deferred + 1 >= regexes,
            "{deferred} of {regexes} expressions have literals"
        );
        assert!(matches > 50, "only {matches} matches checked");
    }

    /// An expression the build did not see has no literals, and a blob that does not read
    /// gives none rather than a wrong set.
    #[test]
    fn unknown_expressions_and_broken_blobs_give_no_literals() {
        assert_eq!(prefixes(r"\bje ne suis pas dans le lexique\b"), None);
        let mut blob = BLOB.to_vec();
        blob.truncate(blob.len() - 1);
        let blob: &'static [u8] = Box::leak(blob.into_boxed_slice());
        let last = {
            let mut r = Reader { blob: BLOB, at: 0 };
            let mut last = None;
            for _ in 0..r.number().unwrap() {
                let source = r.bytes().unwrap();
                let count = r.number().unwrap();
                (0..count).for_each(|_| {
                    r.bytes().unwrap();
                });
                last = Some(std::str::from_utf8(source).unwrap());
            }
            last.unwrap()
        };
        assert!(prefixes(last).is_some());
        assert_eq!(prefixes_in(blob, last), None);
    }
}
