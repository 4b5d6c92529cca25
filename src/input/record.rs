//! One JSONL line or CSV record → one article: the rules both formats share.
//!
//! A record has the fields `id, outlet, title, date, url, text`; only `text` is required.
//! A missing or empty `id` becomes `<file stem>:<line>`; empty metadata fields are absent;
//! other fields go to [`Article::extra`]. The article's text is the `text` field, all of it
//! its body (records carry their metadata in fields, so no front matter is looked for).
//! Its source is `path:line`, the line where the record starts.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use super::decode::{Bom, SNIFF_LEN, check_binary};
use super::{Article, InputItem, io_reason, skipped_source};
use crate::span::Span;

/// The fields of one record, already decoded.
#[derive(Debug, Default)]
pub(super) struct Record {
    pub id: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub text: Option<String>,
    pub extra: BTreeMap<String, String>,
    pub transcoded_from: Option<&'static str>,
    pub warnings: Vec<String>,
}

impl Record {
    /// Sets a field by column or key name; `text` is set even when empty (an empty text is
    /// a skip reason, not a missing column).
    pub fn set(&mut self, name: &str, value: String) {
        if name == "text" {
            self.text = Some(value);
            return;
        }
        if value.is_empty() {
            return;
        }
        let slot = match name {
            "id" => &mut self.id,
            "outlet" => &mut self.outlet,
            "title" => &mut self.title,
            "date" => &mut self.date,
            "url" => &mut self.url,
            _ => {
                self.extra.insert(name.to_string(), value);
                return;
            }
        };
        *slot = Some(value);
    }
}

/// Where a record sits, for its id and source.
pub(super) struct Place<'a> {
    /// The file's display path (`-` for standard input).
    pub label: &'a str,
    /// The file stem (`stdin` for standard input), for ids of records without one.
    pub stem: &'a str,
    pub line: usize,
}

impl Place<'_> {
    pub fn source(&self) -> String {
        format!("{}:{}", self.label, self.line)
    }
}

/// The article a record makes, or why it makes none.
pub(super) fn article(record: Record, place: &Place<'_>, outlet: Option<&String>) -> InputItem {
    let source = place.source();
    let Some(text) = record.text else {
        return skipped_source(source, "no text field");
    };
    if text.len() > super::MAX_TEXT_BYTES {
        return skipped_source(source, super::too_large_after_decoding());
    }
    if text.trim().is_empty() {
        return skipped_source(source, "empty text");
    }
    let id = record
        .id
        .unwrap_or_else(|| format!("{}:{}", place.stem, place.line));
    let mut warnings = record.warnings;
    warnings.extend(super::markup::warning(&text));
    InputItem::Article(Box::new(Article {
        id,
        outlet: record.outlet.or_else(|| outlet.cloned()),
        title: record.title,
        date: record.date,
        url: record.url,
        source,
        body: Span::new(0, text.len()),
        text,
        transcoded_from: record.transcoded_from.map(str::to_string),
        warnings,
        extra: record.extra,
    }))
}

/// Opens a JSONL or CSV file for streaming: refuses an empty, binary or UTF-16 file as a
/// whole, and leaves the reader after a UTF-8 byte-order mark.
pub(super) fn open_file(path: &Path, format: &str) -> Result<BufReader<File>, InputItem> {
    let source = path.display().to_string();
    let file = File::open(path).map_err(|e| skipped_source(&source, io_reason(&e)))?;
    let mut reader = BufReader::with_capacity(64 * 1024, file);
    let head = reader
        .fill_buf()
        .map_err(|e| skipped_source(&source, io_reason(&e)))?;
    if head.is_empty() {
        return Err(skipped_source(source, "empty file (0 bytes)"));
    }
    let bom = Bom::detect(head);
    if matches!(bom, Bom::Utf16Le | Bom::Utf16Be) {
        return Err(skipped_source(
            source,
            format!("UTF-16 {format} is not supported: save the file as UTF-8"),
        ));
    }
    let sample = &head[bom.len()..head.len().min(SNIFF_LEN)];
    if let Err(not_text) = check_binary(sample) {
        return Err(skipped_source(source, not_text.to_string()));
    }
    reader.consume(bom.len());
    Ok(reader)
}
