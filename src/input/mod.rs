//! Inputs → [`Article`]s.
//!
//! cadrage reads text files (one article each, optional `---` front matter), folders of
//! outlet folders (`corpus/<outlet>/*.txt`), JSON Lines and CSV files with the columns
//! `id, outlet, title, date, url, text`, and standard input (`-`). Every input ends up either as
//! an [`Article`] or as a [`Skipped`] record with its reason: nothing disappears silently.
//!
//! Reading is streaming: [`read_inputs`] yields items one at a time, in a deterministic order
//! (arguments in order, folder entries sorted by name, JSONL/CSV records in file order), so a
//! corpus larger than memory flows through with bounded memory: at most one article (one file,
//! one JSONL line, one CSV record) is held at a time, capped at
//! [`ReadOptions::max_article_bytes`].
//!
//! # What each path becomes
//!
//! - `-` is standard input. When its first non-blank byte is `{` it is JSON Lines, read and
//!   yielded line by line as lines arrive (so cadrage works as a streaming mapper); otherwise
//!   the whole of it is one text article with id `stdin` and source `-`.
//! - A file is read by its extension, in any case: `.txt`, `.md` or none → one text article
//!   whose id is the file stem; `.jsonl`, `.ndjson` → JSON Lines; `.csv` → CSV. Any other
//!   extension is [`Skipped`] with the reason `unsupported extension`.
//! - A folder is walked recursively, entries sorted by name (byte order), depth first. Files
//!   directly in it have no outlet; anything below a sub-folder gets that first-level
//!   sub-folder's name as its outlet (`corpus/lemonde/2024/a.txt` → outlet `lemonde`). Hidden
//!   entries (name starting with `.`) are not articles and are passed over silently. Symbolic
//!   links to files are read; symbolic links to folders are not followed (a skipped item says
//!   so), which rules out cycles. A folder that yields nothing at all is skipped as `folder
//!   holds no articles`.
//! - Outlet precedence: the record's or front matter's `outlet`, then the folder, then
//!   [`ReadOptions::default_outlet`].
//!
//! Decoding (byte-order marks, Windows-1252 / ISO-8859-1/15, invalid bytes, binary files) is
//! described in `decode.rs`, front matter in `front_matter.rs`, records in `jsonl.rs` and
//! `csv.rs`.
//!
//! # Skip reasons
//!
//! `no such file`, `permission denied`, `cannot read: …`, `empty file (0 bytes)`, `empty: only
//! whitespace`, `empty: nothing after the front matter`, `binary file (…)`, `larger than …
//! bytes`, `unsupported extension …`, `folder holds no articles`, and for records: `not JSON:
//! …`, `not a JSON object`, `no text field`, `text is not a string`, `empty text`, `wrong field
//! count …`, `broken CSV quoting: …`, `line longer than … bytes`.

mod csv;
mod decode;
mod front_matter;
mod jsonl;
mod markup;
mod record;
mod text;
mod walk;

use std::collections::BTreeMap;
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::span::Span;

/// One article, ready for analysis.
///
/// `text` is the article's whole decoded document (UTF-8, byte-order mark removed, transcoded
/// from another encoding when needed, CRLF kept as is). Every span in cadrage's output indexes
/// into `text`. `body` is the part after the front matter (all of `text` when there is none).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Article {
    /// File stem for text files, the `id` field for JSONL/CSV records (`<file stem>:<line>`
    /// when a record has none), `stdin` for a text read from standard input.
    pub id: String,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    /// Where it came from: a file path, or `path:line` for a JSONL/CSV record, or `-`.
    pub source: String,
    #[serde(skip)]
    pub text: String,
    pub body: Span,
    /// The encoding the file was transcoded from, when it was not UTF-8.
    pub transcoded_from: Option<String>,
    /// Non-fatal problems met while reading (transcoding, odd front matter…). Each is a
    /// sentence that does not repeat [`Article::source`]: print it after the source.
    pub warnings: Vec<String>,
    /// Other metadata: front matter keys, JSONL fields and CSV columns beyond `id, outlet,
    /// title, date, url, text`, by name.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, String>,
}

impl Article {
    /// An article made from a string, as a library user or a test would build one.
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Article {
        let text = text.into();
        let body = Span::new(0, text.len());
        Article {
            id: id.into(),
            source: String::from("-"),
            text,
            body,
            ..Article::default()
        }
    }
}

/// An input that could not be analysed, with the reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// A file path, or `path:line` for one record of a JSONL/CSV file.
    pub source: String,
    pub reason: String,
}

/// What reading inputs yields: an article or a skipped input.
#[derive(Clone, Debug)]
pub enum InputItem {
    Article(Box<Article>),
    Skipped(Skipped),
}

/// Options for reading inputs.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    /// Outlet to give articles that have none (neither front matter nor folder nor field).
    pub default_outlet: Option<String>,
    /// An article (a file, a JSONL line, a CSV record) larger than this is skipped rather
    /// than read, which bounds memory. Capped at 4 GiB, the largest text cadrage can index.
    pub max_article_bytes: usize,
}

/// The default [`ReadOptions::max_article_bytes`]: 256 MiB, far above any news article.
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 256 << 20;

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            default_outlet: None,
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
        }
    }
}

impl ReadOptions {
    fn limit(&self) -> usize {
        self.max_article_bytes.min(MAX_TEXT_BYTES)
    }
}

/// The largest text cadrage can index (offsets are stored as `u32` in the normalized view).
/// Transcoding can make a text longer than its file, so the decoded length is checked too.
const MAX_TEXT_BYTES: usize = u32::MAX as usize;

fn too_large_after_decoding() -> String {
    format!("larger than {MAX_TEXT_BYTES} bytes once decoded to UTF-8")
}

/// Reads every input path in order and yields articles and skipped inputs, streaming.
///
/// `-` is standard input (JSON Lines when it looks like JSON Lines, else one text article).
pub fn read_inputs(
    paths: Vec<PathBuf>,
    options: ReadOptions,
) -> impl Iterator<Item = InputItem> + Send {
    Inputs {
        paths: paths.into_iter(),
        options,
        current: None,
    }
}

/// A stream of items from one path.
type Items = Box<dyn Iterator<Item = InputItem> + Send>;

struct Inputs {
    paths: std::vec::IntoIter<PathBuf>,
    options: ReadOptions,
    current: Option<Items>,
}

impl Iterator for Inputs {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        loop {
            if let Some(item) = self.current.as_mut().and_then(|items| items.next()) {
                return Some(with_default_outlet(item, &self.options.default_outlet));
            }
            let path = self.paths.next()?;
            self.current = Some(open_path(path, &self.options));
        }
    }
}

fn with_default_outlet(item: InputItem, outlet: &Option<String>) -> InputItem {
    match item {
        InputItem::Article(mut article) => {
            if article.outlet.is_none() {
                article.outlet.clone_from(outlet);
            }
            InputItem::Article(article)
        }
        skipped => skipped,
    }
}

fn open_path(path: PathBuf, options: &ReadOptions) -> Items {
    if path.as_os_str() == "-" {
        return open_stdin(options);
    }
    match std::fs::metadata(&path) {
        Err(e) => single(skipped(&path, io_reason(&e))),
        Ok(meta) if meta.is_dir() => Box::new(walk::Walk::new(path, options.clone())),
        Ok(_) => open_file(path, None, options),
    }
}

/// What a file holds, by its extension.
enum Format {
    Text,
    JsonLines,
    Csv,
    Unsupported,
}

fn format_of(path: &Path) -> Format {
    let Some(ext) = path.extension() else {
        return Format::Text;
    };
    match ext.to_string_lossy().to_lowercase().as_str() {
        "txt" | "md" => Format::Text,
        "jsonl" | "ndjson" => Format::JsonLines,
        "csv" => Format::Csv,
        _ => Format::Unsupported,
    }
}

/// Opens one file; `outlet` is the outlet its folder gives it.
fn open_file(path: PathBuf, outlet: Option<String>, options: &ReadOptions) -> Items {
    match format_of(&path) {
        Format::Text => single(text::read_file(&path, outlet, options)),
        Format::JsonLines => jsonl::open(&path, outlet, options),
        Format::Csv => csv::open(&path, outlet, options),
        Format::Unsupported => {
            let ext = path
                .extension()
                .map(|e| e.to_string_lossy().into_owned())
                .unwrap_or_default();
            single(skipped(
                &path,
                format!(
                    "unsupported extension `.{ext}` (articles are .txt, .md or no extension; \
                     JSON Lines .jsonl, .ndjson; .csv)"
                ),
            ))
        }
    }
}

/// Reads one byte stream the way `-` reads standard input: as JSON Lines when its first
/// non-blank byte is `{` (records yielded as their lines arrive, sources `-:<line>`, ids
/// `stdin:<line>` when a record has none), otherwise as one text article with id `stdin` and
/// source `-`.
pub fn read_stream<R>(reader: R, options: ReadOptions) -> impl Iterator<Item = InputItem> + Send
where
    R: Read + Send + 'static,
{
    // Nothing is read before the first item is asked for, as with `read_inputs`.
    std::iter::once_with(move || {
        let default_outlet = options.default_outlet.clone();
        open_stream(reader, &options).map(move |item| with_default_outlet(item, &default_outlet))
    })
    .flatten()
}

fn open_stdin(options: &ReadOptions) -> Items {
    open_stream(io::stdin(), options)
}

fn open_stream<R>(mut reader: R, options: &ReadOptions) -> Items
where
    R: Read + Send + 'static,
{
    // Read only until the first non-blank byte: a JSON Lines stream must not wait for more
    // input than its first line.
    let mut prefix = Vec::new();
    let mut chunk = [0u8; 8192];
    let first = loop {
        match reader.read(&mut chunk) {
            Ok(0) => break None,
            Ok(n) => {
                prefix.extend_from_slice(&chunk[..n]);
                let start = decode::Bom::detect(&prefix).len().min(prefix.len());
                if let Some(b) = prefix[start..].iter().find(|b| !b.is_ascii_whitespace()) {
                    break Some(*b);
                }
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return single(skipped_source("-", format!("cannot read: {e}"))),
        }
    };
    if first == Some(b'{') {
        if decode::Bom::detect(&prefix) == decode::Bom::Utf8 {
            prefix.drain(..3);
        }
        let reader = BufReader::new(io::Cursor::new(prefix).chain(reader));
        Box::new(jsonl::JsonLines::new(
            reader,
            "-".to_string(),
            "stdin".to_string(),
            None,
            options.clone(),
        ))
    } else {
        let reader = io::Cursor::new(prefix).chain(reader);
        single(text::read_stream(reader, "stdin", "-", None, options))
    }
}

fn single(item: InputItem) -> Items {
    Box::new(std::iter::once(item))
}

fn skipped(path: &Path, reason: impl Into<String>) -> InputItem {
    skipped_source(path.display().to_string(), reason)
}

fn skipped_source(source: impl Into<String>, reason: impl Into<String>) -> InputItem {
    InputItem::Skipped(Skipped {
        source: source.into(),
        reason: reason.into(),
    })
}

/// The skip reason for an I/O error.
fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => format!("cannot read: {e}"),
    }
}
