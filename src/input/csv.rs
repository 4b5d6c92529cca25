//! CSV: a header row naming the columns, then one article per record.
//!
//! The parser is written here rather than taken from the `csv` crate because that crate
//! accepts broken quoting silently (`"il a dit "non" hier"` becomes a field with stray
//! quotes), and a record that was cut or glued to the next one must be reported, not
//! analysed. It streams: one record in memory at a time, whatever the file's size.
//!
//! Format (RFC 4180 with the variations met in practice):
//! - The first record is the header. Column names are trimmed and compared in lower case;
//!   `text` is required (a file without it is skipped as a whole), `id, outlet, title, date,
//!   url` are read when present, other columns go to `Article::extra`.
//! - The delimiter is `,`, or `;` or tab when the header line holds more of those than of
//!   commas (French spreadsheet exports use `;`).
//! - Fields may be quoted with `"`; a quoted field may hold delimiters, line breaks and
//!   doubled quotes `""`. Records end with LF or CRLF; a UTF-8 byte-order mark is removed.
//! - Blank lines between records are ignored.
//! - A record is [`Skipped`](super::Skipped) with source `path:line` (the line where it
//!   starts) when its quoting is broken (a quote inside an unquoted field, text after a
//!   closing quote, a quoted field never closed before the end of the file) or its field
//!   count differs from the header's. The reason names the lines the record spans, so that
//!   the records a runaway quote swallowed are accounted for too. Reading goes on after it.
//! - Each record's bytes are decoded together by the rules of `decode.rs` (a Windows-1252
//!   export is transcoded, with a warning on each article).

use std::io::{self, BufRead};
use std::path::Path;

use super::decode::decode_parts;
use super::record::{self, Place, Record};
use super::{InputItem, Items, ReadOptions, skipped_source};

/// Opens a CSV file.
pub(super) fn open(path: &Path, outlet: Option<String>, options: &ReadOptions) -> Items {
    let label = path.display().to_string();
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    match record::open_file(path, "CSV") {
        Ok(reader) => Box::new(CsvArticles::new(
            reader,
            label,
            stem,
            outlet,
            options.clone(),
        )),
        Err(item) => Box::new(std::iter::once(item)),
    }
}

/// The articles of a CSV stream.
pub(super) struct CsvArticles<R> {
    parser: Parser<R>,
    label: String,
    stem: String,
    outlet: Option<String>,
    /// Column names from the header; `None` until it is read.
    columns: Option<Vec<String>>,
    records: usize,
    done: bool,
}

impl<R: BufRead> CsvArticles<R> {
    pub fn new(
        mut reader: R,
        label: String,
        stem: String,
        outlet: Option<String>,
        options: ReadOptions,
    ) -> CsvArticles<R> {
        let delimiter = match reader.fill_buf() {
            Ok(head) => sniff_delimiter(head),
            Err(_) => b',',
        };
        CsvArticles {
            parser: Parser {
                reader,
                delimiter,
                line: 1,
                after_newline: false,
                limit: options.limit(),
            },
            label,
            stem,
            outlet,
            columns: None,
            records: 0,
            done: false,
        }
    }

    fn skipped(&self, line: usize, reason: impl Into<String>) -> InputItem {
        skipped_source(format!("{}:{line}", self.label), reason)
    }

    /// Reads the header; an item when the file cannot be read as articles at all.
    fn read_header(&mut self) -> Result<(), InputItem> {
        let raw = loop {
            match self.parser.next_record() {
                Err(e) => return Err(skipped_source(&self.label, format!("cannot read: {e}"))),
                Ok(None) => return Err(skipped_source(&self.label, "empty: no header row")),
                Ok(Some(raw)) if raw.is_blank() => continue,
                Ok(Some(raw)) => break raw,
            }
        };
        if let Some(problem) = raw.problem {
            return Err(skipped_source(
                &self.label,
                format!("broken CSV quoting in the header: {problem}"),
            ));
        }
        let (names, _) = decode_parts(raw.fields);
        let names: Vec<String> = names.iter().map(|n| n.trim().to_lowercase()).collect();
        if !names.iter().any(|n| n == "text") {
            return Err(skipped_source(
                &self.label,
                format!(
                    "no `text` column in the CSV header (columns: {})",
                    names.join(", ")
                ),
            ));
        }
        self.columns = Some(names);
        Ok(())
    }

    fn article(&self, raw: RawRecord) -> InputItem {
        let columns = self.columns.as_deref().unwrap_or_default();
        let span = if raw.last_line > raw.first_line {
            format!(
                " (the record spans lines {}–{})",
                raw.first_line, raw.last_line
            )
        } else {
            String::new()
        };
        if let Some(problem) = raw.problem {
            return self.skipped(
                raw.first_line,
                format!("broken CSV quoting: {problem}{span}"),
            );
        }
        if raw.too_long {
            return self.skipped(
                raw.first_line,
                format!(
                    "record longer than {} bytes (the limit of one article){span}",
                    self.parser.limit
                ),
            );
        }
        if raw.fields.len() != columns.len() {
            return self.skipped(
                raw.first_line,
                format!(
                    "wrong field count: {} field{}, the header has {}{span}",
                    raw.fields.len(),
                    if raw.fields.len() == 1 { "" } else { "s" },
                    columns.len()
                ),
            );
        }
        let (values, decoded) = decode_parts(raw.fields);
        let mut record = Record {
            transcoded_from: decoded.transcoded_from,
            warnings: decoded.warnings,
            ..Record::default()
        };
        for (name, value) in columns.iter().zip(values) {
            record.set(name, value);
        }
        let place = Place {
            label: &self.label,
            stem: &self.stem,
            line: raw.first_line,
        };
        record::article(record, &place, self.outlet.as_ref())
    }
}

impl<R: BufRead> Iterator for CsvArticles<R> {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        if self.done {
            return None;
        }
        if self.columns.is_none()
            && let Err(item) = self.read_header()
        {
            self.done = true;
            return Some(item);
        }
        loop {
            let line = self.parser.line;
            match self.parser.next_record() {
                Err(e) => {
                    self.done = true;
                    return Some(self.skipped(line, format!("cannot read: {e}")));
                }
                Ok(None) => {
                    self.done = true;
                    if self.records == 0 {
                        return Some(skipped_source(&self.label, "no records after the header"));
                    }
                    return None;
                }
                Ok(Some(raw)) if raw.is_blank() => continue,
                Ok(Some(raw)) => {
                    self.records += 1;
                    return Some(self.article(raw));
                }
            }
        }
    }
}

/// The delimiter the header line uses most: `,` unless `;` or tab is more frequent.
fn sniff_delimiter(head: &[u8]) -> u8 {
    let line = match memchr::memchr(b'\n', head) {
        Some(i) => &head[..i],
        None => head,
    };
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [b',', b';', b'\t'];
    let best = (1..3).fold(0, |best, i| if counts[i] > counts[best] { i } else { best });
    candidates[best]
}

/// One record as read, before decoding.
#[derive(Debug, Default)]
struct RawRecord {
    fields: Vec<Vec<u8>>,
    first_line: usize,
    last_line: usize,
    /// The first quoting problem met in the record.
    problem: Option<String>,
    /// The record exceeded the size limit; its fields were not kept.
    too_long: bool,
    /// Any field was quoted.
    quoted: bool,
}

impl RawRecord {
    fn is_blank(&self) -> bool {
        !self.quoted && self.fields.len() == 1 && self.fields[0].iter().all(|b| *b == b'\r')
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    FieldStart,
    Unquoted,
    Quoted,
    /// A quote inside a quoted field: the field's end, or the first half of `""`.
    QuoteInQuoted,
    /// A carriage return after a closing quote.
    CrAfterQuote,
}

struct Parser<R> {
    reader: R,
    delimiter: u8,
    /// The line number of the next byte.
    line: usize,
    /// The last byte consumed was a line feed.
    after_newline: bool,
    limit: usize,
}

impl<R: BufRead> Parser<R> {
    /// The next record, or `None` at the end of the input.
    fn next_record(&mut self) -> io::Result<Option<RawRecord>> {
        let mut rec = RawRecord {
            first_line: self.line,
            ..RawRecord::default()
        };
        let mut field = Vec::new();
        let mut size = 0usize;
        let mut state = State::FieldStart;
        let mut quote_line = 0;
        let mut any = false;
        let delimiter = self.delimiter;
        loop {
            let buf = match self.reader.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                if !any {
                    return Ok(None);
                }
                if state == State::Quoted {
                    rec.problem.get_or_insert_with(|| {
                        format!("a quoted field opened on line {quote_line} is never closed")
                    });
                }
                let unquoted = state == State::Unquoted;
                end_field(&mut rec, &mut field, unquoted, &mut size);
                // After a final line break the counter already points at a line that holds
                // nothing.
                rec.last_line = if self.after_newline {
                    self.line - 1
                } else {
                    self.line
                }
                .max(rec.first_line);
                return Ok(Some(rec));
            }
            any = true;
            let mut i = 0;
            let mut record_done = false;
            while i < buf.len() && !record_done {
                match state {
                    State::FieldStart => {
                        if buf[i] == b'"' {
                            state = State::Quoted;
                            rec.quoted = true;
                            quote_line = self.line;
                            i += 1;
                        } else {
                            state = State::Unquoted;
                        }
                    }
                    State::Unquoted => {
                        let rest = &buf[i..];
                        let stop = memchr::memchr3(delimiter, b'\n', b'"', rest);
                        let run = stop.unwrap_or(rest.len());
                        keep(&mut field, &rest[..run], &mut size, self.limit, &mut rec);
                        i += run;
                        let Some(_) = stop else { continue };
                        match buf[i] {
                            b'"' => {
                                rec.problem.get_or_insert_with(|| {
                                    format!(
                                        "a quote inside an unquoted field on line {}",
                                        self.line
                                    )
                                });
                                keep(&mut field, b"\"", &mut size, self.limit, &mut rec);
                            }
                            b'\n' => {
                                end_field(&mut rec, &mut field, true, &mut size);
                                rec.last_line = self.line;
                                self.line += 1;
                                record_done = true;
                            }
                            _ => {
                                end_field(&mut rec, &mut field, true, &mut size);
                                state = State::FieldStart;
                            }
                        }
                        i += 1;
                    }
                    State::Quoted => {
                        let rest = &buf[i..];
                        let stop = memchr::memchr2(b'"', b'\n', rest);
                        let run = stop.unwrap_or(rest.len());
                        keep(&mut field, &rest[..run], &mut size, self.limit, &mut rec);
                        i += run;
                        let Some(_) = stop else { continue };
                        if buf[i] == b'"' {
                            state = State::QuoteInQuoted;
                        } else {
                            keep(&mut field, b"\n", &mut size, self.limit, &mut rec);
                            self.line += 1;
                        }
                        i += 1;
                    }
                    State::QuoteInQuoted => {
                        match buf[i] {
                            b'"' => {
                                keep(&mut field, b"\"", &mut size, self.limit, &mut rec);
                                state = State::Quoted;
                            }
                            b'\n' => {
                                end_field(&mut rec, &mut field, false, &mut size);
                                rec.last_line = self.line;
                                self.line += 1;
                                record_done = true;
                            }
                            b'\r' => state = State::CrAfterQuote,
                            b if b == delimiter => {
                                end_field(&mut rec, &mut field, false, &mut size);
                                state = State::FieldStart;
                            }
                            _ => {
                                rec.problem.get_or_insert_with(|| {
                                    format!("text after a closing quote on line {}", self.line)
                                });
                                state = State::Unquoted;
                                continue;
                            }
                        }
                        i += 1;
                    }
                    State::CrAfterQuote => {
                        if buf[i] == b'\n' {
                            end_field(&mut rec, &mut field, false, &mut size);
                            rec.last_line = self.line;
                            self.line += 1;
                            record_done = true;
                            i += 1;
                        } else {
                            rec.problem.get_or_insert_with(|| {
                                format!("text after a closing quote on line {}", self.line)
                            });
                            keep(&mut field, b"\r", &mut size, self.limit, &mut rec);
                            state = State::Unquoted;
                        }
                    }
                }
            }
            self.after_newline = i > 0 && buf[i - 1] == b'\n';
            self.reader.consume(i);
            if record_done {
                return Ok(Some(rec));
            }
        }
    }
}

/// Ends the current field; an unquoted field loses the `\r` of a CRLF line end.
fn end_field(rec: &mut RawRecord, field: &mut Vec<u8>, unquoted: bool, size: &mut usize) {
    if unquoted && field.last() == Some(&b'\r') {
        field.pop();
    }
    *size += 1;
    rec.fields.push(std::mem::take(field));
}

/// Appends bytes to the field unless the record has outgrown the limit, in which case its
/// fields are dropped and it is only scanned to its end.
fn keep(field: &mut Vec<u8>, bytes: &[u8], size: &mut usize, limit: usize, rec: &mut RawRecord) {
    *size += bytes.len();
    if *size > limit {
        if !rec.too_long {
            rec.too_long = true;
            rec.fields.clear();
        }
        field.clear();
        return;
    }
    field.extend_from_slice(bytes);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(id, text, warning count)` of an article, `(source, reason)` of a skipped record.
    type Outcome = Result<(String, String, usize), (String, String)>;

    fn items(input: &str) -> Vec<Outcome> {
        CsvArticles::new(
            input.as_bytes(),
            "t.csv".into(),
            "t".into(),
            None,
            ReadOptions::default(),
        )
        .map(|item| match item {
            InputItem::Article(a) => Ok((a.id, a.text, a.warnings.len())),
            InputItem::Skipped(s) => Err((s.source, s.reason)),
        })
        .collect()
    }

    #[test]
    fn reads_quoted_multi_line_fields() {
        let input = "id,title,text\r\n\
                     a1,\"Réforme, suite\",\"Premier paragraphe.\r\n\r\nIl a dit \"\"non\"\".\"\r\n\
                     \r\n\
                     ,,Sans identifiant.\r\n";
        let got = items(input);
        assert_eq!(
            got,
            [
                Ok((
                    "a1".into(),
                    "Premier paragraphe.\r\n\r\nIl a dit \"non\".".into(),
                    0
                )),
                Ok(("t:6".into(), "Sans identifiant.".into(), 0)),
            ]
        );
    }

    #[test]
    fn reports_broken_quoting_and_goes_on() {
        let input = "id,text\n\
                     1,\"Il a dit \"non\" hier.\"\n\
                     2,Un texte \"cité\" sans guillemets ouvrants.\n\
                     3,Correct.\n\
                     4,\"Jamais fermé.\n\
                     5,Avalé par le précédent.\n";
        let got = items(input);
        assert_eq!(got.len(), 4);
        assert!(
            matches!(&got[0], Err((s, r)) if s == "t.csv:2" && r.contains("after a closing quote"))
        );
        assert!(
            matches!(&got[1], Err((s, r)) if s == "t.csv:3" && r.contains("inside an unquoted"))
        );
        assert_eq!(got[2], Ok(("3".into(), "Correct.".into(), 0)));
        let Err((source, reason)) = &got[3] else {
            panic!("{:?}", got[3])
        };
        assert_eq!(source, "t.csv:5");
        assert!(
            reason.contains("never closed") && reason.contains("lines 5–6"),
            "{reason}"
        );
    }

    #[test]
    fn reports_wrong_field_counts() {
        let got = items("id,text\n1,a,b\n2\n3,bon\n");
        assert!(matches!(&got[0], Err((s, r)) if s == "t.csv:2" && r.contains("3 fields")));
        assert!(matches!(&got[1], Err((s, r)) if s == "t.csv:3" && r.contains("1 field,")));
        assert_eq!(got[2], Ok(("3".into(), "bon".into(), 0)));
    }

    #[test]
    fn sniffs_semicolons_and_requires_a_text_column() {
        let got = items("Titre;TEXT;id\nUn titre;Le texte, avec une virgule.;x\n");
        assert_eq!(
            got,
            [Ok(("x".into(), "Le texte, avec une virgule.".into(), 0))]
        );
        let got = items("id,titre,corps\n1,a,b\n");
        assert!(
            matches!(&got[..], [Err((s, r))] if s == "t.csv" && r.contains("no `text` column"))
        );
        let got = items("id,text\n");
        assert!(matches!(&got[..], [Err((_, r))] if r == "no records after the header"));
    }

    #[test]
    fn a_record_over_the_limit_is_skipped() {
        let input = format!("id,text\n1,\"{}\"\n2,court\n", "y".repeat(200));
        let options = ReadOptions {
            max_article_bytes: 100,
            ..ReadOptions::default()
        };
        let got: Vec<_> =
            CsvArticles::new(input.as_bytes(), "t".into(), "t".into(), None, options).collect();
        assert!(matches!(&got[0], InputItem::Skipped(s) if s.reason.starts_with("record longer")));
        assert!(matches!(&got[1], InputItem::Article(a) if a.text == "court"));
    }

    #[test]
    fn transcodes_a_windows_1252_record() {
        let mut input = b"id,text\n1,\"Le pr\xE9fet a \xE9t\xE9 ".to_vec();
        input.extend(b"remplac\xE9 apr\xE8s la crise.\"\n");
        let got: Vec<_> = CsvArticles::new(
            &input[..],
            "t".into(),
            "t".into(),
            None,
            ReadOptions::default(),
        )
        .collect();
        let InputItem::Article(a) = &got[0] else {
            panic!("{got:?}")
        };
        assert_eq!(a.text, "Le préfet a été remplacé après la crise.");
        assert_eq!(a.transcoded_from.as_deref(), Some("windows-1252"));
    }

    fn quote(field: &str) -> String {
        format!("\"{}\"", field.replace('"', "\"\""))
    }

    proptest::proptest! {
        #[test]
        fn any_quoted_record_reads_back(
            rows in proptest::collection::vec(
                ("[a-z0-9]{1,6}", "[a-zé ,;\"\r\n]{0,12}", "[a-zé ,;\"\r\n«»]{0,40}", proptest::bool::ANY),
                1..8,
            )
        ) {
            let mut input = String::from("id,title,text\r\n");
            for (id, title, text, bare_id) in &rows {
                let id = if *bare_id { id.clone() } else { quote(id) };
                input.push_str(&format!("{id},{},{}\r\n", quote(title), quote(text)));
            }
            let got: Vec<InputItem> = CsvArticles::new(
                input.as_bytes(),
                "p.csv".into(),
                "p".into(),
                None,
                ReadOptions::default(),
            )
            .collect();
            proptest::prop_assert_eq!(got.len(), rows.len());
            for (item, (id, title, text, _)) in got.iter().zip(&rows) {
                match item {
                    InputItem::Article(a) => {
                        proptest::prop_assert_eq!(&a.id, id);
                        proptest::prop_assert_eq!(&a.text, text);
                        proptest::prop_assert_eq!(a.title.as_deref().unwrap_or(""), title.as_str());
                    }
                    InputItem::Skipped(skip) => {
                        proptest::prop_assert!(text.trim().is_empty(), "{:?}", skip);
                        proptest::prop_assert_eq!(skip.reason.as_str(), "empty text");
                    }
                }
            }
        }

        #[test]
        fn any_bytes_parse_without_panicking(input in proptest::collection::vec(
            proptest::sample::select(b"ab,;\"\r\n \xc3\xa9\xe9".to_vec()), 0..200)
        ) {
            let lines = input.iter().filter(|&&b| b == b'\n').count() + 1;
            for item in CsvArticles::new(&input[..], "q".into(), "q".into(), None, ReadOptions::default()) {
                if let InputItem::Skipped(s) = &item
                    && let Some((_, line)) = s.source.rsplit_once(':')
                {
                    let line: usize = line.parse().unwrap();
                    proptest::prop_assert!(line >= 1 && line <= lines);
                }
            }
        }
    }
}
