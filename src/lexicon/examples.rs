//! The example tests of `cadrage lexicon test`: every entry's examples must match it and its
//! counter-examples must not.
//!
//! An example tests its entry's pattern, not the overlap rule: it passes when the entry matches
//! somewhere in the sentence, even if another entry wins that place in the final output. This
//! runs outside [`super::LexiconSet::load`] because it costs one match per example, too much
//! for a `score` run that loads the lexicons every time.

use std::fmt;

use serde::Serialize;

use super::{EntryId, LexiconSet, Matcher};
use crate::span::Span;

/// What went wrong with one example.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExampleProblem {
    /// An example that the entry does not match.
    DoesNotMatch,
    /// A counter-example that the entry matches.
    CounterMatches,
}

/// One failing example, at the entry's `file:line`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ExampleFailure {
    pub file: String,
    pub line: u32,
    pub entry: EntryId,
    pub problem: ExampleProblem,
    pub sentence: String,
}

impl fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.problem {
            ExampleProblem::DoesNotMatch => "example does not match",
            ExampleProblem::CounterMatches => "counter-example matches",
        };
        write!(f, "{}:{}: {what}: {}", self.file, self.line, self.sentence)
    }
}

/// The outcome of running every example of a set.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ExampleReport {
    /// Examples and counter-examples run.
    pub checked: usize,
    pub failures: Vec<ExampleFailure>,
}

/// Runs every example and counter-example of every entry of `set` against `matcher` (built
/// from the same set).
pub fn run_examples(set: &LexiconSet, matcher: &Matcher) -> ExampleReport {
    let mut report = ExampleReport::default();
    for (id, entry) in set.entries.iter().enumerate() {
        let matches = |sentence: &str| {
            matcher
                .find_candidates(sentence, Span::new(0, sentence.len()))
                .iter()
                .any(|m| m.entry == id)
        };
        let cases = entry
            .examples
            .iter()
            .map(|s| (s, true))
            .chain(entry.counter_examples.iter().map(|s| (s, false)));
        for (sentence, should_match) in cases {
            report.checked += 1;
            if matches(sentence) != should_match {
                report.failures.push(ExampleFailure {
                    file: set
                        .files
                        .get(entry.file)
                        .map_or_else(String::new, |f| f.path.clone()),
                    line: entry.line,
                    entry: id,
                    problem: if should_match {
                        ExampleProblem::DoesNotMatch
                    } else {
                        ExampleProblem::CounterMatches
                    },
                    sentence: sentence.clone(),
                });
            }
        }
    }
    report
}
