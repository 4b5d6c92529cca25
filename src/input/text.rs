//! One text file (or all of standard input) → one article.
//!
//! The bytes are read in two steps: the first 8 KiB, enough to refuse a binary file without
//! reading a multi-gigabyte video someone left in a corpus folder, then the rest, up to
//! [`ReadOptions::max_article_bytes`]. Decoding and front matter follow (`decode.rs`,
//! `front_matter.rs`); the article's offsets index the decoded text, byte-order mark removed.

use std::io::Read;
use std::path::Path;

use super::decode::{self, Bom, Decoded, SNIFF_LEN};
use super::front_matter;
use super::{Article, InputItem, ReadOptions, io_reason, skipped_source};
use crate::span::Span;

/// Reads the text file at `path`; its id is the file stem.
pub(super) fn read_file(path: &Path, outlet: Option<String>, options: &ReadOptions) -> InputItem {
    let source = path.display().to_string();
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    match std::fs::File::open(path) {
        Ok(file) => read_stream(file, &id, &source, outlet, options),
        Err(e) => skipped_source(source, io_reason(&e)),
    }
}

/// Reads one whole text article from `reader`.
pub(super) fn read_stream(
    mut reader: impl Read,
    id: &str,
    source: &str,
    outlet: Option<String>,
    options: &ReadOptions,
) -> InputItem {
    let mut bytes = Vec::new();
    if let Err(e) = (&mut reader).take(SNIFF_LEN as u64).read_to_end(&mut bytes) {
        return skipped_source(source, io_reason(&e));
    }
    if bytes.is_empty() {
        let what = if source == "-" { "input" } else { "file" };
        return skipped_source(source, format!("empty {what} (0 bytes)"));
    }
    let bom = Bom::detect(&bytes);
    if matches!(bom, Bom::None | Bom::Utf8)
        && let Err(not_text) = decode::check_binary(&bytes[bom.len()..])
    {
        return skipped_source(source, not_text.to_string());
    }
    let limit = options.limit();
    let room = (limit + 1).saturating_sub(bytes.len()) as u64;
    if let Err(e) = reader.take(room).read_to_end(&mut bytes) {
        return skipped_source(source, io_reason(&e));
    }
    if bytes.len() > limit {
        return skipped_source(
            source,
            format!("larger than {limit} bytes (the limit of one article)"),
        );
    }
    match decode::decode_file(bytes) {
        Ok(decoded) => build(decoded, id, source, outlet),
        Err(not_text) => skipped_source(source, not_text.to_string()),
    }
}

/// Front matter, body and metadata of a decoded text.
fn build(decoded: Decoded, id: &str, source: &str, outlet: Option<String>) -> InputItem {
    let Decoded {
        text,
        transcoded_from,
        mut warnings,
    } = decoded;
    if text.len() > super::MAX_TEXT_BYTES {
        return skipped_source(source, super::too_large_after_decoding());
    }
    let fm = front_matter::parse(&text);
    if text[fm.body_start..].trim().is_empty() {
        let reason = if fm.body_start > 0 {
            "empty: nothing after the front matter"
        } else {
            "empty: only whitespace"
        };
        return skipped_source(source, reason);
    }
    warnings.extend(fm.warnings);
    warnings.extend(super::markup::warning(&text[fm.body_start..]));
    let mut article = Article {
        id: id.to_string(),
        outlet,
        source: source.to_string(),
        body: Span::new(fm.body_start, text.len()),
        transcoded_from: transcoded_from.map(str::to_string),
        warnings,
        ..Article::default()
    };
    for (key, value) in fm.fields {
        match key.as_str() {
            "title" => article.title = Some(value),
            "outlet" => article.outlet = Some(value),
            "date" => article.date = Some(value),
            "url" => article.url = Some(value),
            _ => {
                article.extra.insert(key, value);
            }
        }
    }
    article.text = text;
    InputItem::Article(Box::new(article))
}
