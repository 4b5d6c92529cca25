//! Lexicons: the files where a researcher's knowledge enters cadrage.
//!
//! A lexicon is a folder holding a `manifest.toml` (one `[[category]]` table per category:
//! name, description, kind, voice it scores, default weight, aliases, file) and one
//! tab-separated file per category (`pattern`, `weight`, `example`, … one entry per line).
//! The format is documented in `lexicons/README.md`. The shipped French lexicons
//! (`lexicons/fr/`) are compiled into the binary.
//!
//! Loading validates everything and reports every bad entry as `file:line: reason` in one
//! [`LexiconError`]; nothing is analysed with a half-loaded lexicon. Every entry of every
//! category compiles into one [`Matcher`], whose hits map back to their entry, category, file
//! and line.

mod builtin;
mod entries;
mod examples;
pub mod import;
mod load;
mod manifest;
mod matcher;
pub mod pattern;
mod prefixes;
mod programs;

/// The text of every `.txt` file under the given folders of the repository (`samples`,
/// `eval`…), for the tests that check the matcher on the shipped articles.
#[cfg(test)]
pub(crate) fn shipped_texts(folders: &[&str]) -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    let mut dirs: Vec<std::path::PathBuf> = folders.iter().map(|f| root.join(f)).collect();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "txt") {
                texts.extend(std::fs::read_to_string(&path).ok());
            }
        }
    }
    texts
}
mod tsv;

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use serde::Serialize;

use crate::span::Span;

pub use examples::{ExampleFailure, ExampleProblem, ExampleReport, run_examples};
pub use matcher::Matcher;

/// What a category measures. Serialized in snake_case (`loaded`, `paired_label`, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CategoryKind {
    /// Loaded terms: words that carry a verdict.
    Loaded,
    /// Name-calling and labels for people and groups.
    Label,
    /// Competing names for one referent; an outlet's choice among them is a measure.
    PairedLabel,
    /// Intensifiers and exaggeration.
    Intensifier,
    /// Hedges and the journalistic conditional.
    Hedge,
    /// Factive and presupposition openers (le fait est que, nul ne peut nier).
    Factive,
    /// Editorial connectives (donc, force est de constater).
    Connective,
    /// Doubt and irony (soi-disant, comme par hasard).
    Doubt,
    /// The journalist's ruling on a claim, as a fact-check gives it (le chiffre est faux, cette
    /// explication ne tient pas): it scores, but it is no sign that the article is an opinion
    /// piece, so it does not count toward the opinion register.
    Ruling,
    /// Cues of a rhetorical question (alors pourquoi, comment expliquer que).
    RhetoricalQuestion,
    /// Motive-reading (veut montrer, cherche à).
    Motive,
    /// Prescription: the author says what must be done (il faut, il est temps de, exigeons).
    Prescription,
    /// Appeals to fear.
    Fear,
    /// Flag-waving.
    FlagWaving,
    /// Vague sources (selon des sources, certains observateurs).
    VagueSource,
    /// Reporting verbs with a stance; consumed by the voice stage.
    ReportingVerb,
    /// Actors (France = France, Paris, l'Élysée…): targets of loaded terms.
    Actor,
    /// Frames (the 14 Media Frames Corpus frames).
    Frame,
}

impl CategoryKind {
    /// The overlap layer of this kind (see [`Layer`]).
    pub fn layer(self) -> Layer {
        match self {
            CategoryKind::PairedLabel => Layer::PairedLabel,
            CategoryKind::Actor => Layer::Actor,
            CategoryKind::Frame => Layer::Frame,
            CategoryKind::ReportingVerb => Layer::ReportingVerb,
            _ => Layer::Scoring,
        }
    }

    /// True for the kinds whose author-voice hits add their weight to a sentence's score.
    pub fn scores(self) -> bool {
        self.layer() == Layer::Scoring
            && !matches!(self, CategoryKind::Hedge | CategoryKind::VagueSource)
    }

    /// The kind's name as written in a manifest (`paired_label`).
    pub fn as_str(self) -> &'static str {
        tsv::kind_name(self)
    }
}

/// Matches never overlap within a layer; they may overlap across layers (a word can be both a
/// paired-label choice and a frame word). The scoring kinds, hedges and vague sources share
/// one layer; paired labels, actors, frames and reporting verbs each have their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Layer {
    Scoring,
    PairedLabel,
    Actor,
    Frame,
    ReportingVerb,
}

/// Which voice a category's hits are scored in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VoiceScope {
    /// Only hits in the author's own voice add to a sentence's score (the default).
    Author,
    /// Hits in any voice are counted (e.g. frames, actors).
    Any,
}

/// The stance of a reporting verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// dire, déclarer, indiquer, préciser…
    Neutral,
    /// confirmer, souligner, rappeler, révéler, reconnaître…
    Endorsing,
    /// prétendre, alléguer…
    Distancing,
    /// marteler, fustiger, s'insurger, avouer…
    Loaded,
}

/// Index of a category in [`LexiconSet::categories`].
pub type CategoryId = usize;
/// Index of an entry in [`LexiconSet::entries`].
pub type EntryId = usize;
/// Index of a file in [`LexiconSet::files`].
pub type FileId = usize;

/// A lexicon file that was loaded, with its hash for the run manifest.
#[derive(Clone, Debug, Serialize)]
pub struct LexiconFile {
    /// Path as given (or `builtin:fr/<name>` for compiled-in files).
    pub path: String,
    /// SHA-256 of the file's bytes, lower-case hex.
    pub sha256: String,
    pub builtin: bool,
}

/// One category.
#[derive(Clone, Debug, Serialize)]
pub struct Category {
    pub name: String,
    pub description: String,
    pub kind: CategoryKind,
    pub voice: VoiceScope,
    /// Weight of entries that do not give one.
    pub weight: f64,
    /// Names of the same category in other taxonomies: SemEval-2023 Task 3 technique names
    /// (`Loaded_Language`…) and Media Frames Corpus frame names (`Security_and_defense`…).
    pub aliases: Vec<String>,
    /// Match case and accents exactly instead of folding them.
    pub exact: bool,
    pub file: FileId,
}

/// One entry of a category.
#[derive(Clone, Debug, Serialize)]
pub struct Entry {
    pub category: CategoryId,
    /// The pattern as written in the file.
    pub pattern: String,
    pub weight: f64,
    pub examples: Vec<String>,
    pub counter_examples: Vec<String>,
    pub note: String,
    /// For paired labels: the referent the label names (e.g. `mali_government`). For actors:
    /// the actor (e.g. `France`).
    pub group: Option<String>,
    /// For paired labels: which of the competing labels this is (e.g. `junte`).
    pub label: Option<String>,
    /// For reporting verbs.
    pub stance: Option<Stance>,
    pub file: FileId,
    /// 1-based line in `file`.
    pub line: u32,
}

/// Every category and entry loaded for a run.
#[derive(Clone, Debug, Default)]
pub struct LexiconSet {
    pub files: Vec<LexiconFile>,
    pub categories: Vec<Category>,
    pub entries: Vec<Entry>,
    /// The strings that every hit of an entry carries, built on the entry's first hit and
    /// shared by its later hits ([`LexiconSet::hit_strings`]). After editing `files`,
    /// `categories` or `entries` of a set that has already served hits, reset it
    /// (`set.hit_strings = Default::default()`), as the matcher is rebuilt.
    pub hit_strings: HitStringCache,
}

/// The entry-level strings of a hit (see [`crate::score::Hit`]), shared by every hit of one
/// entry: a hit clones six reference counts instead of allocating six strings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HitStrings {
    /// The category's name.
    pub category: Arc<str>,
    /// The entry's pattern as written in the file.
    pub pattern: Arc<str>,
    /// The category's first alias (its SemEval-2023 technique or Media Frames Corpus frame).
    pub technique: Option<Arc<str>>,
    pub group: Option<Arc<str>>,
    pub label: Option<Arc<str>>,
    /// The entry's `file:line`.
    pub lexicon: Arc<str>,
}

impl HitStrings {
    /// The strings of `entry`, read from the set (what the cache holds once built).
    fn of(set: &LexiconSet, entry: EntryId) -> HitStrings {
        let e = &set.entries[entry];
        let category = &set.categories[e.category];
        HitStrings {
            category: Arc::from(category.name.as_str()),
            pattern: Arc::from(e.pattern.as_str()),
            technique: category.aliases.first().map(|a| Arc::from(a.as_str())),
            group: e.group.as_deref().map(Arc::from),
            label: e.label.as_deref().map(Arc::from),
            lexicon: Arc::from(file_line(&set.files[e.file].path, e.line)),
        }
    }
}

/// An entry's `file:line`, as `format!("{file}:{line}")` writes it.
fn file_line(file: &str, line: u32) -> String {
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(line);
    let mut out = String::with_capacity(file.len() + 1 + digits.len());
    out.push_str(file);
    out.push(':');
    out.push_str(digits);
    out
}

/// One slot of [`HitStrings`] per entry, each filled on the entry's first hit. A run hits a
/// few thousand entries at most, so the strings are built a few thousand times at most,
/// however many hits there are; `score` of one article builds only those of its hits. A slot
/// is 16 bytes (the strings are boxed), so the table of the built-in lexicons is about 120 KB.
#[derive(Clone, Default)]
pub struct HitStringCache {
    slots: OnceLock<Box<[OnceLock<Box<HitStrings>>]>>,
}

impl fmt::Debug for HitStringCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let built = self.slots.get().map_or(0, |slots| {
            slots.iter().filter(|s| s.get().is_some()).count()
        });
        f.debug_struct("HitStringCache")
            .field("built", &built)
            .finish()
    }
}

/// One problem found while loading a lexicon, at `file:line`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LexiconIssue {
    pub file: String,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: u32,
    pub reason: String,
}

impl fmt::Display for LexiconIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.reason)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.reason)
        }
    }
}

/// Every problem found while loading lexicons. Loading stops only after collecting them all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconError {
    pub issues: Vec<LexiconIssue>,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid lexicon ({} problem(s))", self.issues.len())?;
        for issue in &self.issues {
            write!(f, "\n{issue}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LexiconError {}

/// Where to load lexicons from.
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    /// Load the compiled-in French lexicons.
    pub builtin: bool,
    /// Extra files or folders, added to the built-ins.
    pub paths: Vec<PathBuf>,
}

impl LexiconSet {
    /// Loads and validates lexicons: the built-ins if asked, then every path in order (a
    /// folder with a `manifest.toml`, a `.tsv` file, or a dictionary to import by its
    /// extension). Every problem in every file is collected before failing.
    ///
    /// Built-in files are trusted to have valid patterns (cadrage's tests check them, and the
    /// [`Matcher`] compiles them anyway): their patterns are compiled once, by the matcher,
    /// rather than twice. Use [`LexiconSet::load_checked`] to check them here too.
    pub fn load(options: &LoadOptions) -> Result<LexiconSet, LexiconError> {
        load::load(options, true)
    }

    /// [`LexiconSet::load`] with every check applied to the built-in files as well (duplicate
    /// patterns included): what `lexicon check` and `lexicon test` use.
    pub fn load_checked(options: &LoadOptions) -> Result<LexiconSet, LexiconError> {
        load::load(options, false)
    }

    /// Loads one file or folder on its own, without the built-ins: what `lexicon check`,
    /// `lexicon test PATH` and `lexicon import` read.
    pub fn load_path(path: &Path) -> Result<LexiconSet, LexiconError> {
        load::load(
            &LoadOptions {
                builtin: false,
                paths: vec![path.to_path_buf()],
            },
            false,
        )
    }

    /// The category of an entry.
    pub fn category_of(&self, entry: EntryId) -> &Category {
        &self.categories[self.entries[entry].category]
    }

    /// The file an entry was read from.
    pub fn file_of(&self, entry: EntryId) -> &LexiconFile {
        &self.files[self.entries[entry].file]
    }

    /// The category name, pattern, technique, group, label and `file:line` of an entry, as
    /// every hit of it carries them: built on the entry's first call, shared afterwards. An
    /// entry added after the first call gets its strings built afresh on every call.
    pub fn hit_strings(&self, entry: EntryId) -> HitStrings {
        let slots = self
            .hit_strings
            .slots
            .get_or_init(|| (0..self.entries.len()).map(|_| OnceLock::new()).collect());
        match slots.get(entry) {
            Some(slot) => {
                HitStrings::clone(slot.get_or_init(|| Box::new(HitStrings::of(self, entry))))
            }
            None => HitStrings::of(self, entry),
        }
    }

    /// Number of entries in a category.
    pub fn entry_count(&self, category: CategoryId) -> usize {
        self.entries
            .iter()
            .filter(|e| e.category == category)
            .count()
    }
}

/// One match of an entry in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Match {
    /// Byte span in the raw text.
    pub span: Span,
    pub entry: EntryId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_line_is_the_formatted_position() {
        for (file, line) in [("", 0), ("frames.tsv", 7), ("lexicons/é.tsv", u32::MAX)] {
            assert_eq!(file_line(file, line), format!("{file}:{line}"));
        }
    }

    #[test]
    fn hit_strings_are_the_entry_strings_built_once() {
        let set = LexiconSet::load(&LoadOptions {
            builtin: true,
            paths: Vec::new(),
        })
        .unwrap();
        for (id, e) in set.entries.iter().enumerate() {
            let category = &set.categories[e.category];
            let s = set.hit_strings(id);
            assert_eq!(&*s.category, category.name);
            assert_eq!(&*s.pattern, e.pattern);
            assert_eq!(
                s.technique.as_deref(),
                category.aliases.first().map(|a| a.as_str())
            );
            assert_eq!(s.group.as_deref(), e.group.as_deref());
            assert_eq!(s.label.as_deref(), e.label.as_deref());
            let file = &set.files[e.file].path;
            assert_eq!(&*s.lexicon, format!("{file}:{}", e.line));
            // The second call shares the first one's strings.
            assert!(Arc::ptr_eq(&s.pattern, &set.hit_strings(id).pattern));
        }
    }

    #[test]
    fn an_entry_added_after_the_first_hit_gets_its_own_strings() {
        let mut set = LexiconSet::load(&LoadOptions {
            builtin: true,
            paths: Vec::new(),
        })
        .unwrap();
        let _ = set.hit_strings(0);
        let mut added = set.entries[0].clone();
        added.pattern = String::from("mot ajouté");
        set.entries.push(added);
        let last = set.entries.len() - 1;
        assert_eq!(&*set.hit_strings(last).pattern, "mot ajouté");
    }
}
