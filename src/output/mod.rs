//! Renderers: the same [`crate::ArticleAnalysis`] as terminal text, JSON, JSON Lines or CSV.
//!
//! Outputs are serde structs or rows built from them, so the JSON, the CSV tables and the
//! codebook cannot drift apart. Renderers write to any `io::Write`; the binary decides where
//! (stdout, a file written whole then renamed) and whether to colour.

pub mod csv;
pub mod html;
pub mod text;

use std::io::{self, Write};

use crate::analysis::ArticleAnalysis;

/// Writes one article as a pretty-printed JSON document followed by a newline.
pub fn write_json<W: Write>(out: &mut W, analysis: &ArticleAnalysis) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, analysis)?;
    out.write_all(b"\n")
}

/// Writes one article as one line of JSON Lines.
pub fn write_jsonl<W: Write>(out: &mut W, analysis: &ArticleAnalysis) -> io::Result<()> {
    serde_json::to_writer(&mut *out, analysis)?;
    out.write_all(b"\n")
}
