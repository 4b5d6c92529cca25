//! `manifest.toml`: the list of a lexicon folder's categories.
//!
//! The manifest is read into spanned TOML values and walked by hand rather than deserialized,
//! so that every problem (an unknown key, an unknown kind, a weight that is a string) is
//! reported with its line and none stops the others from being found.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::load::{CategoryDraft, line_of};
use super::{CategoryKind, LexiconIssue, VoiceScope};

/// Kinds by their manifest name.
pub(crate) const KINDS: &[(&str, CategoryKind)] = &[
    ("loaded", CategoryKind::Loaded),
    ("label", CategoryKind::Label),
    ("paired_label", CategoryKind::PairedLabel),
    ("intensifier", CategoryKind::Intensifier),
    ("hedge", CategoryKind::Hedge),
    ("factive", CategoryKind::Factive),
    ("connective", CategoryKind::Connective),
    ("doubt", CategoryKind::Doubt),
    ("ruling", CategoryKind::Ruling),
    ("rhetorical_question", CategoryKind::RhetoricalQuestion),
    ("motive", CategoryKind::Motive),
    ("prescription", CategoryKind::Prescription),
    ("fear", CategoryKind::Fear),
    ("flag_waving", CategoryKind::FlagWaving),
    ("vague_source", CategoryKind::VagueSource),
    ("reporting_verb", CategoryKind::ReportingVerb),
    ("actor", CategoryKind::Actor),
    ("frame", CategoryKind::Frame),
];

const KEYS: &[&str] = &[
    "name",
    "file",
    "kind",
    "voice",
    "weight",
    "aliases",
    "description",
    "exact",
    "require_examples",
];

/// One `[[category]]` table.
pub(crate) struct Declared {
    pub draft: CategoryDraft,
    /// The category file, relative to the manifest; `None` when missing or invalid.
    pub file: Option<String>,
    /// The line of the `file` key (or of the table when the key is missing).
    pub file_line: u32,
}

/// Reads a manifest. Problems go to `issues`, tagged with `path`; a category whose name or
/// file is unusable is left out, the others are returned.
pub(crate) fn parse(text: &str, path: &str, issues: &mut Vec<LexiconIssue>) -> Vec<Declared> {
    let mut issue = |offset: usize, reason: String| {
        issues.push(LexiconIssue {
            file: path.to_string(),
            line: line_of(text, offset),
            reason,
        })
    };
    let (doc, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        for e in errors {
            let at = e.span().map_or(0, |s| s.start);
            issue(at, format!("bad TOML: {}", e.message().trim()));
        }
        return Vec::new();
    }
    let mut declared = Vec::new();
    for (key, value) in doc.get_ref().iter() {
        if key.get_ref().as_ref() != "category" {
            issue(
                key.span().start,
                format!(
                    "unknown key `{}`: a manifest holds [[category]] tables",
                    key.get_ref()
                ),
            );
            continue;
        }
        let DeValue::Array(tables) = value.get_ref() else {
            issue(
                value.span().start,
                "`category` must be written [[category]]".into(),
            );
            continue;
        };
        for table in tables.iter() {
            match table.get_ref() {
                DeValue::Table(t) => {
                    if let Some(d) = category(t, table.span().start, text, &mut issue) {
                        declared.push(d);
                    }
                }
                _ => issue(
                    table.span().start,
                    "a [[category]] entry must be a table".into(),
                ),
            }
        }
    }
    declared.sort_by_key(|d| d.draft.line);
    declared
}

type Value<'i> = Spanned<DeValue<'i>>;

fn category(
    table: &DeTable<'_>,
    at: usize,
    text: &str,
    issue: &mut impl FnMut(usize, String),
) -> Option<Declared> {
    let mut draft = CategoryDraft::lone(String::new(), true);
    draft.line = line_of(text, at);
    let mut name = None;
    let mut file = None;
    let mut file_line = draft.line;
    let mut kind_seen = false;
    for (key, value) in table.iter() {
        let k = key.get_ref().as_ref();
        let start = value.span().start;
        match k {
            "name" => name = string(value, k, issue),
            "file" => {
                file = string(value, k, issue);
                file_line = line_of(text, key.span().start);
            }
            "description" => draft.description = string(value, k, issue).unwrap_or_default(),
            "kind" => {
                kind_seen = true;
                if let Some(s) = string(value, k, issue) {
                    match KINDS.iter().find(|(n, _)| *n == s) {
                        Some((_, kind)) => draft.kind = *kind,
                        None => {
                            let names: Vec<&str> = KINDS.iter().map(|(n, _)| *n).collect();
                            issue(
                                start,
                                format!("unknown kind `{s}` (known: {})", names.join(", ")),
                            );
                        }
                    }
                }
            }
            "voice" => match string(value, k, issue).as_deref() {
                Some("author") => draft.voice = VoiceScope::Author,
                Some("any") => draft.voice = VoiceScope::Any,
                Some(other) => issue(start, format!("unknown voice `{other}`: use author or any")),
                None => {}
            },
            "weight" => {
                if let Some(w) = number(value, issue) {
                    draft.weight = w;
                }
            }
            "aliases" => match value.get_ref() {
                DeValue::Array(items) => {
                    for item in items.iter() {
                        if let Some(s) = string(item, "aliases", issue) {
                            draft.aliases.push(s);
                        }
                    }
                }
                _ => issue(start, "`aliases` must be a list of strings".into()),
            },
            "exact" => draft.exact = boolean(value, k, issue).unwrap_or(false),
            "require_examples" => draft.require_examples = boolean(value, k, issue).unwrap_or(true),
            _ => issue(
                key.span().start,
                format!("unknown key `{k}` (known: {})", KEYS.join(", ")),
            ),
        }
    }
    if !kind_seen {
        issue(at, "missing `kind`".into());
    }
    if file.is_none() {
        issue(at, "missing `file`".into());
    }
    let Some(name) = name else {
        issue(at, "missing `name`".into());
        return None;
    };
    draft.name = name;
    Some(Declared {
        draft,
        file,
        file_line,
    })
}

fn string(value: &Value<'_>, key: &str, issue: &mut impl FnMut(usize, String)) -> Option<String> {
    match value.get_ref() {
        DeValue::String(s) => Some(s.to_string()),
        _ => {
            issue(value.span().start, format!("`{key}` must be a string"));
            None
        }
    }
}

fn boolean(value: &Value<'_>, key: &str, issue: &mut impl FnMut(usize, String)) -> Option<bool> {
    match value.get_ref() {
        DeValue::Boolean(b) => Some(*b),
        _ => {
            issue(value.span().start, format!("`{key}` must be true or false"));
            None
        }
    }
}

fn number(value: &Value<'_>, issue: &mut impl FnMut(usize, String)) -> Option<f64> {
    let parsed = match value.get_ref() {
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
            .ok()
            .map(|i| i as f64),
        DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok(),
        _ => None,
    };
    match parsed {
        Some(w) if w.is_finite() => Some(w),
        _ => {
            issue(
                value.span().start,
                "`weight` must be a finite number".into(),
            );
            None
        }
    }
}
