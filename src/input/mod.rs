//! Inputs → [`Article`]s.
//!
//! cadrage reads text files (one article each, optional `---` front matter), folders of
//! outlet folders (`corpus/<outlet>/*.txt`), JSON Lines and CSV files with the columns
//! `id, outlet, title, date, url, text`, and standard input (`-`). Every input ends up either as
//! an [`Article`] or as a [`Skipped`] record with its reason: nothing disappears silently.
//!
//! Reading is streaming: [`read_inputs`] yields items one at a time, in a deterministic order
//! (arguments in order, folder entries sorted by name, JSONL/CSV records in file order), so a
//! corpus larger than memory flows through with bounded memory.

use std::path::PathBuf;

use serde::Serialize;

use crate::span::Span;

/// One article, ready for analysis.
///
/// `text` is the article's whole decoded document (UTF-8, byte-order mark removed, transcoded
/// from another encoding when needed, CRLF kept as is). Every span in cadrage's output indexes
/// into `text`. `body` is the part after the front matter (all of `text` when there is none).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Article {
    /// File stem for text files, the `id` field for JSONL/CSV records.
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
    /// Non-fatal problems met while reading (transcoding, odd front matter…).
    pub warnings: Vec<String>,
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
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    /// Outlet to give articles that have none (neither front matter nor folder nor field).
    pub default_outlet: Option<String>,
}

/// Reads every input path in order and yields articles and skipped inputs, streaming.
///
/// `-` is standard input (JSON Lines when it looks like JSON Lines, else one text article).
pub fn read_inputs(
    paths: Vec<PathBuf>,
    options: ReadOptions,
) -> impl Iterator<Item = InputItem> + Send {
    // Placeholder until the input stage lands: UTF-8 text files only.
    paths.into_iter().map(move |path| {
        let source = path.display().to_string();
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let mut article = Article::from_text(
                    path.file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    text,
                );
                article.source = source;
                article.outlet = options.default_outlet.clone();
                InputItem::Article(Box::new(article))
            }
            Err(e) => InputItem::Skipped(Skipped {
                source,
                reason: e.to_string(),
            }),
        }
    })
}
