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

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use crate::span::Span;

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
    /// Cues of a rhetorical question (alors pourquoi, comment expliquer que).
    RhetoricalQuestion,
    /// Motive-reading (veut montrer, cherche à).
    Motive,
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
    /// Loads and validates lexicons.
    pub fn load(options: &LoadOptions) -> Result<LexiconSet, LexiconError> {
        // Placeholder until the lexicon stage lands.
        let _ = options;
        Ok(LexiconSet::default())
    }

    /// The category of an entry.
    pub fn category_of(&self, entry: EntryId) -> &Category {
        &self.categories[self.entries[entry].category]
    }
}

/// One match of an entry in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Match {
    /// Byte span in the raw text.
    pub span: Span,
    pub entry: EntryId,
}

/// All entries of a [`LexiconSet`] compiled into one automaton.
#[derive(Clone, Debug, Default)]
pub struct Matcher {}

impl Matcher {
    pub fn new(set: &LexiconSet) -> Result<Matcher, LexiconError> {
        let _ = set;
        Ok(Matcher {})
    }

    /// Every match in `text[span]`, ordered by start, leftmost-longest (see `lexicons/README.md`
    /// for the overlap rule).
    pub fn find(&self, text: &str, span: Span) -> Vec<Match> {
        let _ = (text, span);
        Vec::new()
    }
}
