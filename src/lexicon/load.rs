//! Loading: files and folders in, one validated [`LexiconSet`] out.
//!
//! Every source (the compiled-in French lexicons, a folder with a manifest, a lone `.tsv`, an
//! imported dictionary) goes through one [`Loader`], which hashes every file (the compiled-in
//! ones come with their hash from the build), checks that category names are unique across
//! everything loaded, validates every entry and collects every problem before deciding.
//! Nothing is returned half-loaded.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::Path;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use super::entries::{EntryDraft, validate_entries};
use super::{
    Category, CategoryId, CategoryKind, Entry, FileId, LexiconError, LexiconFile, LexiconIssue,
    LexiconSet, LoadOptions, VoiceScope, builtin, import, manifest, tsv,
};

/// A category as a parser read it, before it joins the set.
#[derive(Clone, Debug)]
pub(crate) struct CategoryDraft {
    pub name: String,
    pub description: String,
    pub kind: CategoryKind,
    pub voice: VoiceScope,
    pub weight: f64,
    pub aliases: Vec<String>,
    pub exact: bool,
    /// Entries must give an example (true for cadrage's own files, false for imports).
    pub require_examples: bool,
    /// The line where the category is declared in its declaring file (0: the whole file).
    pub line: u32,
}

impl CategoryDraft {
    /// A category with the defaults of a lone file: kind `loaded`, voice `author`, weight 1.
    pub fn lone(name: String, require_examples: bool) -> CategoryDraft {
        CategoryDraft {
            name,
            description: String::new(),
            kind: CategoryKind::Loaded,
            voice: VoiceScope::Author,
            weight: 1.0,
            aliases: Vec::new(),
            exact: false,
            require_examples,
            line: 0,
        }
    }
}

/// The bytes of one file to load, with the hash the build computed for a compiled-in file
/// and, when the build found it to be UTF-8, its text.
pub(crate) struct Source {
    pub path: String,
    pub bytes: Cow<'static, [u8]>,
    pub sha256: Option<&'static str>,
    pub text: Option<&'static str>,
}

impl Source {
    /// The text of the file, without a byte-order mark, or the line of its first byte that
    /// is not UTF-8. A compiled-in file was checked by the build (checking the 600 KB of
    /// built-in files again was 2 % of a `score` run's start-up).
    fn text(&self) -> Result<&str, LexiconIssue> {
        match self.text {
            Some(text) => Ok(text.strip_prefix('\u{feff}').unwrap_or(text)),
            None => decode_text(&self.path, &self.bytes),
        }
    }

    fn sha256(&self) -> String {
        self.sha256
            .map_or_else(|| sha256_hex(&self.bytes), str::to_string)
    }
}

/// Accumulates files, categories, entries and issues.
#[derive(Default)]
pub(crate) struct Loader {
    pub set: LexiconSet,
    pub issues: Vec<LexiconIssue>,
    /// Category name → path of the file that declared it.
    names: HashMap<String, String>,
}

impl Loader {
    pub fn issue(&mut self, file: &str, line: u32, reason: impl Into<String>) {
        self.issues.push(LexiconIssue {
            file: file.to_string(),
            line,
            reason: reason.into(),
        });
    }

    /// Records a file and its hash.
    pub fn add_file(&mut self, path: String, bytes: &[u8], builtin: bool) -> FileId {
        self.add_hashed_file(path, sha256_hex(bytes), builtin)
    }

    fn add_hashed_file(&mut self, path: String, sha256: String, builtin: bool) -> FileId {
        self.set.files.push(LexiconFile {
            path,
            sha256,
            builtin,
        });
        self.set.files.len() - 1
    }

    pub fn path(&self, file: FileId) -> String {
        self.set.files[file].path.clone()
    }

    /// Adds a category declared in `declared_in`, checking its name. The category keeps its
    /// place even when its name is refused, so that its entries are still validated.
    pub fn add_category(
        &mut self,
        draft: &CategoryDraft,
        declared_in: FileId,
        file: FileId,
    ) -> CategoryId {
        let declaring = self.path(declared_in);
        if let Some(reason) = name_problem(&draft.name) {
            self.issue(&declaring, draft.line, reason);
        } else if let Some(first) = self.names.get(&draft.name) {
            let reason = format!(
                "category `{}` is already defined by {first}; rename one of them",
                draft.name
            );
            self.issue(&declaring, draft.line, reason);
        } else {
            self.names.insert(draft.name.clone(), declaring);
        }
        self.set.categories.push(Category {
            name: draft.name.clone(),
            description: draft.description.clone(),
            kind: draft.kind,
            voice: draft.voice,
            weight: draft.weight,
            aliases: draft.aliases.clone(),
            exact: draft.exact,
            file,
        });
        self.set.categories.len() - 1
    }

    /// Validates and adds the entries of a category.
    /// `check_patterns` is false only for the built-in files: they are validated in full by
    /// cadrage's own tests (which load `lexicons/fr` as an ordinary folder), and their
    /// patterns are compiled anyway, once, by the matcher, which reports any bad one at its
    /// `file:line`. Skipping the second compilation keeps a `score` run's start-up short.
    pub fn add_entries(
        &mut self,
        category: CategoryId,
        require_examples: bool,
        check_patterns: bool,
        drafts: Vec<EntryDraft>,
    ) {
        let cat = &self.set.categories[category];
        let path = self.set.files[cat.file].path.clone();
        let (entries, issues) = validate_entries(
            cat,
            category,
            &path,
            require_examples,
            check_patterns,
            drafts,
        );
        self.set.entries.extend(entries);
        self.issues.extend(issues);
    }

    /// The set, or every issue found, grouped by file in load order and sorted by line.
    pub fn finish(mut self) -> Result<LexiconSet, LexiconError> {
        if self.issues.is_empty() {
            return Ok(self.set);
        }
        let mut order: HashMap<String, usize> = HashMap::new();
        for issue in &self.issues {
            let next = order.len();
            order.entry(issue.file.clone()).or_insert(next);
        }
        self.issues.sort_by_key(|i| (order[&i.file], i.line));
        Err(LexiconError {
            issues: self.issues,
        })
    }
}

/// The SHA-256 of `bytes`, lower-case hex.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest.iter() {
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 15)] as char);
    }
    out
}

/// Why a category name is refused, if it is.
pub(crate) fn name_problem(name: &str) -> Option<String> {
    let ok_char = |c: char| c.is_alphanumeric() || matches!(c, '_' | '.' | '-');
    let first_ok = name
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '_');
    if name.is_empty() {
        Some("empty category name".to_string())
    } else if !first_ok || !name.chars().all(ok_char) {
        Some(format!(
            "category name `{name}`: use letters, digits and underscores (dots and hyphens \
             inside the name are allowed)"
        ))
    } else {
        None
    }
}

/// Turns a file stem or an imported category label into a valid category name.
pub(crate) fn sanitize_name(raw: &str) -> String {
    let mut name: String = raw
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '_' | '.' | '-') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if !name.starts_with(|c: char| c.is_alphanumeric() || c == '_') {
        name.insert(0, '_');
    }
    name
}

/// Decodes a lexicon file as UTF-8 (without a byte-order mark), or reports the line of the
/// first bad byte.
pub(crate) fn decode<'b>(loader: &mut Loader, path: &str, bytes: &'b [u8]) -> Option<&'b str> {
    decode_text(path, bytes)
        .map_err(|issue| loader.issues.push(issue))
        .ok()
}

fn decode_text<'b>(path: &str, bytes: &'b [u8]) -> Result<&'b str, LexiconIssue> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.strip_prefix('\u{feff}').unwrap_or(text)),
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            Err(LexiconIssue {
                file: path.to_string(),
                line: line as u32,
                reason: "not UTF-8 text: save the file as UTF-8".to_string(),
            })
        }
    }
}

/// The 1-based line of byte `offset` in `text`.
pub(crate) fn line_of(text: &str, offset: usize) -> u32 {
    let offset = offset.min(text.len());
    (text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1) as u32
}

/// Loads everything `options` asks for.
/// With `trust_builtin`, the built-in files skip the pattern checks that the matcher repeats
/// (see [`Loader::add_entries`]).
pub(crate) fn load(options: &LoadOptions, trust_builtin: bool) -> Result<LexiconSet, LexiconError> {
    let mut loader = Loader::default();
    if options.builtin && trust_builtin {
        // A run that trusts the built-ins builds a matcher next: the built-in programs it
        // will read are decoded on another core while the files are parsed.
        rayon::join(super::programs::prepare, || {
            load_builtin(&mut loader, trust_builtin)
        });
    } else if options.builtin {
        load_builtin(&mut loader, trust_builtin);
    }
    for path in &options.paths {
        load_path(&mut loader, path);
    }
    loader.finish()
}

fn load_builtin(loader: &mut Loader, trusted: bool) {
    let manifest_path = format!("{}manifest.toml", builtin::PREFIX);
    let Some(manifest) = builtin::file("manifest.toml") else {
        loader.issue(
            &manifest_path,
            0,
            "the built-in manifest is missing from this build",
        );
        return;
    };
    let origin = Origin {
        builtin: true,
        check_patterns: !trusted,
    };
    let source = Source {
        path: manifest_path,
        bytes: Cow::Borrowed(manifest.bytes),
        sha256: Some(manifest.sha256),
        text: manifest.text,
    };
    load_manifest(loader, source, origin, |name| {
        builtin::file(name)
            .map(|b| Source {
                path: format!("{}{name}", builtin::PREFIX),
                bytes: Cow::Borrowed(b.bytes),
                sha256: Some(b.sha256),
                text: b.text,
            })
            .ok_or_else(|| format!("missing file `{name}`: it is not in lexicons/fr/"))
    });
}

/// Loads one `--lexicon` path: a folder with a manifest, or a file by its extension.
pub(crate) fn load_path(loader: &mut Loader, path: &Path) {
    let shown = path.display().to_string();
    if path.is_dir() {
        let manifest = path.join("manifest.toml");
        match std::fs::read(&manifest) {
            Ok(bytes) => {
                let dir = path.to_path_buf();
                let origin = Origin {
                    builtin: false,
                    check_patterns: true,
                };
                let source = Source {
                    path: manifest.display().to_string(),
                    bytes: Cow::Owned(bytes),
                    sha256: None,
                    text: None,
                };
                load_manifest(loader, source, origin, |name| {
                    let file = dir.join(name);
                    std::fs::read(&file)
                        .map(|b| Source {
                            path: file.display().to_string(),
                            bytes: Cow::Owned(b),
                            sha256: None,
                            text: None,
                        })
                        .map_err(|e| format!("missing file `{name}`: {e}"))
                });
            }
            Err(e) => loader.issue(
                &shown,
                0,
                format!("a lexicon folder needs a manifest.toml ({e})"),
            ),
        }
        return;
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            loader.issue(&shown, 0, format!("cannot read lexicon: {e}"));
            return;
        }
    };
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("lexicon");
    let file = loader.add_file(shown.clone(), &bytes, false);
    let Some(text) = decode(loader, &shown, &bytes) else {
        return;
    };
    match extension.as_str() {
        "tsv" => {
            let draft = CategoryDraft::lone(sanitize_name(stem), true);
            let category = loader.add_category(&draft, file, file);
            let entries = tsv::parse(text, &shown, draft.kind, true, &mut loader.issues);
            loader.add_entries(category, true, true, entries);
        }
        _ => match import::parse(&extension, stem, text, &shown) {
            Some((categories, issues)) => {
                loader.issues.extend(issues);
                import::add_to(loader, file, categories);
            }
            None => loader.issue(
                &shown,
                0,
                format!(
                    "unknown lexicon format `.{extension}`: expected a folder with \
                     manifest.toml, or a .tsv, .dic, .lc3, .lcd, .ykd, .yml, .yaml or .txt file"
                ),
            ),
        },
    }
}

/// Where a manifest comes from.
#[derive(Clone, Copy)]
struct Origin {
    builtin: bool,
    check_patterns: bool,
}

/// Loads a manifest and every category file it lists; `read` fetches a listed file.
fn load_manifest(
    loader: &mut Loader,
    manifest: Source,
    origin: Origin,
    read: impl Fn(&str) -> Result<Source, String> + Sync,
) {
    let builtin = origin.builtin;
    let manifest_path = manifest.path.clone();
    let manifest_id = loader.add_hashed_file(manifest_path.clone(), manifest.sha256(), builtin);
    let text = match manifest.text() {
        Ok(text) => text,
        Err(issue) => {
            loader.issues.push(issue);
            return;
        }
    };
    let categories = manifest::parse(text, &manifest_path, &mut loader.issues);
    // Reading, hashing, parsing and validating a category file depend on nothing else, so the
    // files are processed on all cores; what must see every category (unique names, file
    // ids) is done afterwards, in manifest order.
    let processed: Vec<Option<Result<CategoryFile, String>>> = categories
        .par_iter()
        .map(|declared| {
            let name = declared.file.as_deref()?;
            Some(read(name).map(|source| process_category(declared, source, origin)))
        })
        .collect();
    // Entries are large; reserving them at once saves copying the whole list as it grows.
    let count: usize = processed
        .iter()
        .flatten()
        .flatten()
        .map(|done| done.entries.len())
        .sum();
    loader.set.entries.reserve(count);
    for (declared, processed) in categories.iter().zip(processed) {
        match processed {
            None => {}
            Some(Err(reason)) => loader.issue(&manifest_path, declared.file_line, reason),
            Some(Ok(done)) => {
                let file = loader.add_hashed_file(done.path, done.sha256, builtin);
                let category = loader.add_category(&declared.draft, manifest_id, file);
                for mut entry in done.entries {
                    entry.category = category;
                    entry.file = file;
                    loader.set.entries.push(entry);
                }
                loader.issues.extend(done.issues);
            }
        }
    }
}

/// A category file read, hashed, parsed and validated on its own. Its entries still carry
/// placeholder category and file ids.
struct CategoryFile {
    path: String,
    sha256: String,
    entries: Vec<Entry>,
    issues: Vec<LexiconIssue>,
}

fn process_category(declared: &manifest::Declared, source: Source, origin: Origin) -> CategoryFile {
    let sha256 = source.sha256();
    let path = source.path.clone();
    let text = match source.text() {
        Ok(text) => text,
        Err(issue) => {
            return CategoryFile {
                path,
                sha256,
                entries: Vec::new(),
                issues: vec![issue],
            };
        }
    };
    let draft = &declared.draft;
    let mut issues = Vec::new();
    let drafts = tsv::parse(text, &path, draft.kind, draft.require_examples, &mut issues);
    let category = Category {
        name: draft.name.clone(),
        description: String::new(),
        kind: draft.kind,
        voice: draft.voice,
        weight: draft.weight,
        aliases: Vec::new(),
        exact: draft.exact,
        file: 0,
    };
    let (entries, more) = validate_entries(
        &category,
        0,
        &path,
        draft.require_examples,
        origin.check_patterns,
        drafts,
    );
    issues.extend(more);
    CategoryFile {
        path,
        sha256,
        entries,
        issues,
    }
}
