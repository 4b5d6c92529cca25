//! Importers: the dictionary formats researchers already have, read as cadrage categories.
//!
//! Each importer turns a file into categories of entries with their line numbers, so that a
//! bad line is reported as `file:line` like any cadrage lexicon. Imported entries get kind
//! `loaded`, voice `author` and weight 1 (none of these formats carries them), and need no
//! example: dictionaries made for word counting have none. Terms keep their own syntax where
//! it is cadrage's too (`*` at the end of a word, several words in a row) and are validated as
//! cadrage patterns. [`export`] writes any loaded set back as a cadrage folder.

mod export;
mod lexicoder;
mod liwc;
mod plain;
mod xml;
mod yaml;

pub use export::write_folder;

use super::FileId;
use super::LexiconIssue;
use super::entries::EntryDraft;
use super::load::{CategoryDraft, Loader, sanitize_name};

/// One category read from an imported file.
#[derive(Debug, Default)]
pub(crate) struct Imported {
    pub name: String,
    /// Where the category is declared (0 when the file itself is the category).
    pub line: u32,
    pub entries: Vec<EntryDraft>,
}

impl Imported {
    pub fn new(name: &str, line: u32) -> Imported {
        Imported {
            name: sanitize_name(name),
            line,
            entries: Vec::new(),
        }
    }

    pub fn term(&mut self, term: &str, line: u32) {
        self.entries.push(EntryDraft {
            pattern: term.trim().to_string(),
            line,
            ..EntryDraft::default()
        });
    }
}

/// Collects issues for one imported file.
pub(crate) struct Issues<'p> {
    pub path: &'p str,
    pub list: Vec<LexiconIssue>,
}

impl Issues<'_> {
    pub fn push(&mut self, line: u32, reason: impl Into<String>) {
        self.list.push(LexiconIssue {
            file: self.path.to_string(),
            line,
            reason: reason.into(),
        });
    }
}

/// The file extensions the importers read.
pub const EXTENSIONS: &[&str] = &["dic", "lc3", "lcd", "ykd", "yml", "yaml", "txt"];

/// Reads an imported file by its (lower-case) extension; `None` for an unknown extension.
pub(crate) fn parse(
    extension: &str,
    stem: &str,
    text: &str,
    path: &str,
) -> Option<(Vec<Imported>, Vec<LexiconIssue>)> {
    let mut issues = Issues {
        path,
        list: Vec::new(),
    };
    let categories = match extension {
        "dic" => liwc::parse(text, &mut issues),
        "lc3" => lexicoder::parse(text, &mut issues),
        "lcd" if text.trim_start().starts_with('<') => xml::parse(text, &mut issues),
        "lcd" => lexicoder::parse(text, &mut issues),
        "ykd" => xml::parse(text, &mut issues),
        "yml" | "yaml" => yaml::parse(text, &mut issues),
        "txt" => plain::parse(text, stem, &mut issues),
        _ => return None,
    };
    Some((categories, issues.list))
}

/// Adds imported categories, all from `file`, to the loader.
pub(crate) fn add_to(loader: &mut Loader, file: FileId, categories: Vec<Imported>) {
    for imported in categories {
        let mut draft = CategoryDraft::lone(imported.name, false);
        draft.line = imported.line;
        let category = loader.add_category(&draft, file, file);
        loader.add_entries(category, false, true, imported.entries);
    }
}
