//! Validation of a category's entries, whatever file format they came from.
//!
//! Parsers turn lines into [`EntryDraft`]s and report what only they can see (a weight that is
//! not a number, an unknown stance); the checks that depend on the category and on the other
//! entries live here, once: the pattern compiles and can match, the kind's required fields are
//! there, an example is given when the format requires one, and no two entries with the same
//! pattern disagree on their weight.

use std::collections::HashMap;

use super::pattern::{self, DuplicateKey, PatternOptions};
use super::{Category, CategoryId, CategoryKind, Entry, LexiconIssue, Stance};

/// An entry as a parser read it.
#[derive(Clone, Debug, Default)]
pub(crate) struct EntryDraft {
    pub pattern: String,
    /// `None` means the category's weight.
    pub weight: Option<f64>,
    pub examples: Vec<String>,
    pub counter_examples: Vec<String>,
    pub note: String,
    pub group: Option<String>,
    pub label: Option<String>,
    pub stance: Option<Stance>,
    /// 1-based line in the file.
    pub line: u32,
    /// The parser already reported, at the header, that a column the kind requires is
    /// missing: the entry's empty field is not reported again on every line.
    pub reported_missing: bool,
    /// Likewise for a missing `example` column.
    pub reported_no_examples: bool,
}

/// Checks every draft of `category` and returns the entries that passed with every issue.
/// Without `check_patterns`, patterns are not compiled here, so neither their syntax nor
/// duplicates are checked (see [`super::load::Loader::add_entries`]).
pub(crate) fn validate_entries(
    category: &Category,
    category_id: CategoryId,
    path: &str,
    require_examples: bool,
    check_patterns: bool,
    drafts: Vec<EntryDraft>,
) -> (Vec<Entry>, Vec<LexiconIssue>) {
    let mut entries = Vec::with_capacity(drafts.len());
    let mut issues = Vec::new();
    let mut seen: HashMap<DuplicateKey, (f64, u32)> = HashMap::new();
    let options = PatternOptions {
        exact: category.exact,
        verb_lemma: category.kind == CategoryKind::ReportingVerb,
        conjugate: false,
    };
    for draft in drafts {
        let mut issue = |reason: String| {
            issues.push(LexiconIssue {
                file: path.to_string(),
                line: draft.line,
                reason,
            })
        };
        let weight = draft.weight.unwrap_or(category.weight);
        let mut ok = true;
        if draft.pattern.trim().is_empty() {
            issue("empty pattern".to_string());
            ok = false;
        } else if check_patterns {
            match pattern::compile(&draft.pattern, options) {
                Ok(compiled) => {
                    let key = compiled.into_key();
                    match seen.get(&key) {
                        Some(&(w, line)) if w != weight => {
                            issue(format!(
                                "duplicate of the entry on line {line} with a different weight \
                                 ({weight} here, {w} there): keep one"
                            ));
                            ok = false;
                        }
                        Some(_) => {}
                        None => {
                            seen.insert(key, (weight, draft.line));
                        }
                    }
                }
                Err(reason) => {
                    issue(reason);
                    ok = false;
                }
            }
        }
        if require_examples && draft.examples.is_empty() && !draft.reported_no_examples {
            issue("missing example: every entry needs at least one sentence it matches".into());
            ok = false;
        }
        if !draft.reported_missing {
            let missing = match category.kind {
                CategoryKind::PairedLabel if draft.group.is_none() || draft.label.is_none() => {
                    Some("a paired label needs both a `group` and a `label`")
                }
                CategoryKind::Actor if draft.group.is_none() => {
                    Some("an actor entry needs a `group` (the actor it names)")
                }
                CategoryKind::ReportingVerb if draft.stance.is_none() => Some(
                    "a reporting verb needs a `stance`: neutral, endorsing, distancing or loaded",
                ),
                _ => None,
            };
            if let Some(reason) = missing {
                issue(reason.to_string());
                ok = false;
            }
        }
        if ok {
            entries.push(Entry {
                category: category_id,
                pattern: draft.pattern.trim().to_string(),
                weight,
                examples: draft.examples,
                counter_examples: draft.counter_examples,
                note: draft.note,
                group: draft.group,
                label: draft.label,
                stance: draft.stance,
                file: category.file,
                line: draft.line,
            });
        }
    }
    (entries, issues)
}
