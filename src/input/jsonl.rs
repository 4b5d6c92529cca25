//! JSON Lines: one JSON object per line, one article per object.
//!
//! Each line is read, decoded and parsed on its own, so a 100 MB file (or an endless standard
//! input) flows through one line at a time, and a bad line costs only itself: it is
//! [`Skipped`](super::Skipped) with source `path:line` and the reason (`not JSON: …`, `not a
//! JSON object`, `no text field`, `text is not a string`, `empty text`, `line longer than …
//! bytes`), and reading goes on. Blank lines are ignored. Lines end with LF or CRLF.
//!
//! Field values: strings as they are; numbers and booleans as their JSON text (an `id` of
//! `1234` is `"1234"`); `null` and `""` mean absent. A metadata field holding an array or an
//! object is kept as compact JSON in [`Article::extra`](super::Article::extra) when it is not
//! one of the known fields, and ignored with a warning when it is. A line that is not UTF-8
//! is decoded by the rules of `decode.rs`, with a warning.

use std::io::{self, BufRead};
use std::path::Path;

use serde_json::Value;

use super::decode::decode_bytes;
use super::record::{self, Place, Record};
use super::{InputItem, Items, ReadOptions, skipped_source};

/// Opens a JSON Lines file.
pub(super) fn open(path: &Path, outlet: Option<String>, options: &ReadOptions) -> Items {
    match record::open_file(path, "JSON Lines") {
        Ok(reader) => Box::new(JsonLines::new(
            reader,
            path.display().to_string(),
            path.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            outlet,
            options.clone(),
        )),
        Err(item) => Box::new(std::iter::once(item)),
    }
}

/// The articles of a JSON Lines stream, one per line, as lines arrive.
pub(super) struct JsonLines<R> {
    reader: R,
    label: String,
    stem: String,
    outlet: Option<String>,
    options: ReadOptions,
    line: usize,
    buf: Vec<u8>,
    /// Records seen (articles or skipped lines), to report a file with none.
    records: usize,
    done: bool,
}

impl<R: BufRead> JsonLines<R> {
    pub fn new(
        reader: R,
        label: String,
        stem: String,
        outlet: Option<String>,
        options: ReadOptions,
    ) -> JsonLines<R> {
        JsonLines {
            reader,
            label,
            stem,
            outlet,
            options,
            line: 0,
            buf: Vec::new(),
            records: 0,
            done: false,
        }
    }

    fn place(&self) -> Place<'_> {
        Place {
            label: &self.label,
            stem: &self.stem,
            line: self.line,
        }
    }

    fn parse_line(&mut self) -> InputItem {
        let mut bytes = std::mem::take(&mut self.buf);
        if bytes.ends_with(b"\r") {
            bytes.pop();
        }
        let decoded = decode_bytes(bytes, 0, " of the line");
        let place = self.place();
        let value: Value = match serde_json::from_str(&decoded.text) {
            Ok(value) => value,
            Err(e) => return skipped_source(place.source(), format!("not JSON: {e}")),
        };
        let Value::Object(object) = value else {
            return skipped_source(place.source(), "not a JSON object");
        };
        let mut record = Record {
            transcoded_from: decoded.transcoded_from,
            warnings: decoded.warnings,
            ..Record::default()
        };
        for (key, value) in object {
            match value {
                Value::Null => {}
                Value::String(s) => record.set(&key, s),
                Value::Bool(_) | Value::Number(_) if key == "text" => {
                    return skipped_source(place.source(), "text is not a string");
                }
                Value::Bool(b) => record.set(&key, b.to_string()),
                Value::Number(n) => record.set(&key, n.to_string()),
                Value::Array(_) | Value::Object(_) => match key.as_str() {
                    "text" => return skipped_source(place.source(), "text is not a string"),
                    "id" | "outlet" | "title" | "date" | "url" => record.warnings.push(format!(
                        "field `{key}` is not a string or a number; ignored"
                    )),
                    _ => record.set(&key, value.to_string()),
                },
            }
        }
        record::article(record, &place, self.outlet.as_ref())
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        while !self.done {
            self.buf.clear();
            let limit = self.options.limit();
            let read = read_line(&mut self.reader, &mut self.buf, limit);
            self.line += 1;
            match read {
                Err(e) => {
                    self.done = true;
                    return Some(skipped_source(
                        self.place().source(),
                        format!("cannot read: {e}"),
                    ));
                }
                Ok(Line::End) => {
                    self.done = true;
                    if self.records == 0 {
                        return Some(skipped_source(&self.label, "no records"));
                    }
                }
                Ok(Line::TooLong) => {
                    self.records += 1;
                    return Some(skipped_source(
                        self.place().source(),
                        format!("line longer than {limit} bytes (the limit of one article)"),
                    ));
                }
                Ok(Line::Read) => {
                    if self.buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    self.records += 1;
                    return Some(self.parse_line());
                }
            }
        }
        None
    }
}

enum Line {
    Read,
    TooLong,
    End,
}

/// Reads one line into `buf` without its `\n`, keeping at most `limit` bytes: a longer line
/// is consumed to its end without being stored.
fn read_line(reader: &mut impl BufRead, buf: &mut Vec<u8>, limit: usize) -> io::Result<Line> {
    let mut any = false;
    let mut too_long = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(match (any, too_long) {
                (false, _) => Line::End,
                (true, true) => Line::TooLong,
                (true, false) => Line::Read,
            });
        }
        any = true;
        let (piece, used, complete) = match memchr::memchr(b'\n', available) {
            Some(i) => (&available[..i], i + 1, true),
            None => (available, available.len(), false),
        };
        if !too_long && buf.len() + piece.len() <= limit {
            buf.extend_from_slice(piece);
        } else {
            too_long = true;
            buf.clear();
        }
        reader.consume(used);
        if complete {
            return Ok(if too_long { Line::TooLong } else { Line::Read });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(input: &str) -> Vec<InputItem> {
        JsonLines::new(
            input.as_bytes(),
            "f.jsonl".into(),
            "f".into(),
            Some("Dossier".into()),
            ReadOptions::default(),
        )
        .collect()
    }

    #[test]
    fn reads_records_and_reports_bad_lines() {
        let input = "{\"id\": 7, \"title\": \"Un\", \"text\": \"Premier texte.\", \"lang\": \"fr\"}\n\
                     \n\
                     pas du json\r\n\
                     [1, 2]\n\
                     {\"title\": \"Sans texte\"}\n\
                     {\"text\": 12}\n\
                     {\"text\": \"  \"}\n\
                     {\"outlet\": \"L'Écho\", \"text\": \"Dernier texte.\"}";
        let got = items(input);
        assert_eq!(got.len(), 7);
        let InputItem::Article(a) = &got[0] else {
            panic!("{:?}", got[0])
        };
        assert_eq!((a.id.as_str(), a.source.as_str()), ("7", "f.jsonl:1"));
        assert_eq!(a.outlet.as_deref(), Some("Dossier"));
        assert_eq!(a.extra.get("lang").map(String::as_str), Some("fr"));
        let reasons: Vec<(String, String)> = got[1..6]
            .iter()
            .map(|item| match item {
                InputItem::Skipped(s) => (s.source.clone(), s.reason.clone()),
                InputItem::Article(a) => panic!("{a:?}"),
            })
            .collect();
        assert_eq!(reasons[0].0, "f.jsonl:3");
        assert!(reasons[0].1.starts_with("not JSON"));
        assert_eq!(reasons[1], ("f.jsonl:4".into(), "not a JSON object".into()));
        assert_eq!(reasons[2], ("f.jsonl:5".into(), "no text field".into()));
        assert_eq!(
            reasons[3],
            ("f.jsonl:6".into(), "text is not a string".into())
        );
        assert_eq!(reasons[4], ("f.jsonl:7".into(), "empty text".into()));
        let InputItem::Article(last) = &got[6] else {
            panic!()
        };
        assert_eq!(last.id, "f:8");
        assert_eq!(last.outlet.as_deref(), Some("L'Écho"));
    }

    #[test]
    fn a_line_over_the_limit_is_skipped_without_being_stored() {
        let long = format!(
            "{{\"text\": \"{}\"}}\n{{\"text\": \"court\"}}\n",
            "x".repeat(100)
        );
        let options = ReadOptions {
            max_article_bytes: 50,
            ..ReadOptions::default()
        };
        let got: Vec<_> =
            JsonLines::new(long.as_bytes(), "g".into(), "g".into(), None, options).collect();
        assert!(matches!(&got[0], InputItem::Skipped(s) if s.reason.starts_with("line longer")));
        assert!(matches!(&got[1], InputItem::Article(a) if a.text == "court"));
    }

    #[test]
    fn a_stream_without_records_is_reported() {
        let got = items("\n  \n");
        assert!(matches!(&got[..], [InputItem::Skipped(s)] if s.reason == "no records"));
    }

    proptest::proptest! {
        #[test]
        fn any_text_field_reads_back(texts in proptest::collection::vec(".{0,40}", 1..6)) {
            let input: String = texts
                .iter()
                .map(|t| format!("{}\n", serde_json::json!({ "text": t })))
                .collect();
            let got = items(&input);
            proptest::prop_assert_eq!(got.len(), texts.len());
            for (item, text) in got.iter().zip(&texts) {
                match item {
                    InputItem::Article(a) => proptest::prop_assert_eq!(&a.text, text),
                    InputItem::Skipped(s) => {
                        proptest::prop_assert!(text.trim().is_empty());
                        proptest::prop_assert_eq!(s.reason.as_str(), "empty text");
                    }
                }
            }
        }

        #[test]
        fn one_item_per_non_blank_line(lines in proptest::collection::vec("[ {}\"a:é\\\\]{0,12}", 0..10)) {
            let input = lines.join("\n");
            let records = lines.iter().filter(|l| !l.trim().is_empty()).count();
            let got = items(&input);
            proptest::prop_assert_eq!(got.len(), records.max(1));
        }
    }
}
