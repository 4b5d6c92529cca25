//! Hand-coded sentences: reading a coded CSV and finding each coded sentence in its article.
//!
//! The format is documented in `docs/coding-guideline.md`: one row per coded sentence with the
//! columns `article`, then `start` and `end` (byte offsets) or `sentence` (the sentence's exact
//! text), and any of `voice`, `editorial`, `speaker`; other columns (`note`…) are ignored.
//! Every bad row is reported as `file:line: reason` before anything is computed.

use std::collections::HashMap;
use std::path::Path;

use crate::error::Error;
use crate::span::{Span, Voice};

/// One coded sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldRow {
    /// 1-based line of the row in its file.
    pub line: u64,
    pub article: String,
    /// Byte offsets given by the coder, or found by locating `sentence`.
    pub span: Option<Span>,
    pub sentence: Option<String>,
    pub voice: Option<Voice>,
    pub editorial: Option<bool>,
    /// `None` when the column is absent; `Some("")` when the coder left it empty.
    pub speaker: Option<String>,
}

/// The rows of one coded file.
#[derive(Clone, Debug, Default)]
pub struct GoldSet {
    pub path: String,
    pub rows: Vec<GoldRow>,
}

fn parse_voice(s: &str) -> Option<Voice> {
    match s.trim().to_lowercase().as_str() {
        "author" => Some(Voice::Author),
        "direct" => Some(Voice::Direct),
        "indirect" => Some(Voice::Indirect),
        "mixed" => Some(Voice::Mixed),
        _ => None,
    }
}

fn parse_flag(s: &str) -> Option<bool> {
    match s.trim().to_lowercase().as_str() {
        "1" | "true" | "yes" | "oui" => Some(true),
        "0" | "false" | "no" | "non" => Some(false),
        _ => None,
    }
}

/// Reads a coded CSV file, reporting every bad row.
pub fn read_gold(path: &Path) -> Result<GoldSet, Error> {
    let name = path.display().to_string();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_path(path)
        .map_err(|e| Error::Invalid(format!("{name}: {e}")))?;
    let headers = reader
        .headers()
        .map_err(|e| Error::Invalid(format!("{name}:1: {e}")))?
        .clone();
    let col = |n: &str| headers.iter().position(|h| h.trim() == n);
    let (article, start, end, sentence) =
        (col("article"), col("start"), col("end"), col("sentence"));
    let (voice, editorial, speaker) = (col("voice"), col("editorial"), col("speaker"));
    let mut problems = Vec::new();
    if article.is_none() {
        problems.push(format!("{name}:1: no `article` column"));
    }
    if sentence.is_none() && (start.is_none() || end.is_none()) {
        problems.push(format!(
            "{name}:1: needs a `sentence` column or both `start` and `end`"
        ));
    }
    if voice.is_none() && editorial.is_none() && speaker.is_none() {
        problems.push(format!(
            "{name}:1: codes nothing: add a `voice`, `editorial` or `speaker` column"
        ));
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems.join("\n")));
    }
    let mut set = GoldSet {
        path: name.clone(),
        rows: Vec::new(),
    };
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                problems.push(format!("{name}:{line}: {e}"));
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let get = |c: Option<usize>| c.and_then(|i| record.get(i)).map(str::to_string);
        let mut row = GoldRow {
            line,
            article: get(article).unwrap_or_default().trim().to_string(),
            span: None,
            sentence: get(sentence).filter(|s| !s.trim().is_empty()),
            voice: None,
            editorial: None,
            speaker: get(speaker).map(|s| s.trim().to_string()),
        };
        if row.article.is_empty() {
            problems.push(format!("{name}:{line}: empty `article`"));
        }
        let offsets = (get(start), get(end));
        if let (Some(s), Some(e)) = &offsets
            && !(s.trim().is_empty() && e.trim().is_empty())
        {
            match (s.trim().parse::<usize>(), e.trim().parse::<usize>()) {
                (Ok(s), Ok(e)) if s < e => row.span = Some(Span::new(s, e)),
                _ => problems.push(format!(
                    "{name}:{line}: `start`/`end` must be byte offsets with start < end, got {s:?}/{e:?}"
                )),
            }
        }
        if row.span.is_none() && row.sentence.is_none() {
            problems.push(format!(
                "{name}:{line}: neither `start`/`end` nor `sentence` is given"
            ));
        }
        if let Some(v) = get(voice).filter(|v| !v.trim().is_empty()) {
            match parse_voice(&v) {
                Some(v) => row.voice = Some(v),
                None => problems.push(format!(
                    "{name}:{line}: voice {v:?} is not one of author, direct, indirect, mixed"
                )),
            }
        }
        if let Some(v) = get(editorial).filter(|v| !v.trim().is_empty()) {
            match parse_flag(&v) {
                Some(v) => row.editorial = Some(v),
                None => problems.push(format!("{name}:{line}: editorial {v:?} is not 0 or 1")),
            }
        }
        set.rows.push(row);
    }
    if problems.is_empty() {
        Ok(set)
    } else {
        Err(Error::Invalid(problems.join("\n")))
    }
}

/// Finds every row's span in its article's text, reporting every row that cannot be found.
///
/// A row with offsets keeps them (they must lie on character boundaries inside the text).
/// A row with a `sentence` is searched in its article: first from the end of the previous row
/// of the same article (coders code in reading order, and a short sentence may occur twice),
/// the first row from the start of the body (`bodies`; front matter holds a title that may
/// repeat a line of the body, such as a `Tribune` label), then from the start of the text;
/// when the exact text is not found, a search that treats every run of white space (including
/// no-break spaces) as one space is tried.
pub fn locate(
    set: &mut GoldSet,
    texts: &HashMap<String, String>,
    bodies: &HashMap<String, usize>,
) -> Result<(), Error> {
    let mut problems = Vec::new();
    let mut cursor: HashMap<String, usize> = HashMap::new();
    for row in &mut set.rows {
        let Some(text) = texts.get(&row.article) else {
            problems.push(format!(
                "{}:{}: article {:?} is not among the inputs",
                set.path, row.line, row.article
            ));
            continue;
        };
        if let Some(span) = row.span {
            if span.end > text.len()
                || !text.is_char_boundary(span.start)
                || !text.is_char_boundary(span.end)
            {
                problems.push(format!(
                    "{}:{}: offsets {}..{} do not fall on characters of article {:?} ({} bytes)",
                    set.path,
                    row.line,
                    span.start,
                    span.end,
                    row.article,
                    text.len()
                ));
            }
            continue;
        }
        let Some(sentence) = row.sentence.as_deref() else {
            continue;
        };
        let from = cursor
            .get(&row.article)
            .or_else(|| bodies.get(&row.article))
            .copied()
            .unwrap_or(0);
        match find_sentence(text, sentence, from) {
            Some(span) => {
                cursor.insert(row.article.clone(), span.end);
                row.span = Some(span);
            }
            None => problems.push(format!(
                "{}:{}: sentence not found in article {:?}: {:?}",
                set.path,
                row.line,
                row.article,
                shorten(sentence)
            )),
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(problems.join("\n")))
    }
}

fn shorten(s: &str) -> String {
    if s.chars().count() <= 80 {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(77).collect();
        t.push('…');
        t
    }
}

/// Finds `needle` in `text`, preferring an occurrence at or after `from`.
pub fn find_sentence(text: &str, needle: &str, from: usize) -> Option<Span> {
    let needle = needle.trim();
    if needle.is_empty() {
        return None;
    }
    let exact = |at: usize| {
        text.get(at..)
            .and_then(|t| t.find(needle))
            .map(|i| Span::new(at + i, at + i + needle.len()))
    };
    if let Some(s) = exact(from).or_else(|| exact(0)) {
        return Some(s);
    }
    let (hay, map) = squeeze(text);
    let (pin, _) = squeeze(needle);
    let pin = pin.trim();
    let search = |at: usize| hay.get(at..).and_then(|h| h.find(pin)).map(|i| at + i);
    let from_sq = map.partition_point(|&m| m < from);
    let at = search(from_sq).or_else(|| search(0))?;
    let start = map[at];
    let end = map[at + pin.len() - 1];
    let end = end + text[end..].chars().next().map_or(1, char::len_utf8);
    Some(Span::new(start, end))
}

/// `s` with every run of white space as one ASCII space, and for each byte of the result the
/// byte offset in `s` it comes from.
fn squeeze(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    let mut in_space = false;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
                map.push(i);
            }
            in_space = true;
        } else {
            in_space = false;
            let mut buf = [0u8; 4];
            let enc = c.encode_utf8(&mut buf);
            out.push_str(enc);
            map.extend(std::iter::repeat_n(i, enc.len()));
        }
    }
    (out, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exact_then_after_cursor_then_whitespace_insensitive() {
        let text = "Il a dit non. Puis il a dit non. Fin\u{a0}: tout.";
        let first = find_sentence(text, "Il a dit non.", 0).unwrap();
        assert_eq!(first, Span::new(0, 13));
        let again = find_sentence(text, "il a dit non.", 14).unwrap();
        assert_eq!(again.slice(text), "il a dit non.");
        let spaced = find_sentence(text, "Fin : tout.", 0).unwrap();
        assert_eq!(spaced.slice(text), "Fin\u{a0}: tout.");
        assert!(find_sentence(text, "Absent.", 0).is_none());
    }

    #[test]
    fn the_first_row_is_searched_from_the_body() {
        let text =
            "---\ntitle: Tribune libre pour les bourses\n---\nTribune\n\nLe barème doit changer.";
        let body = text.rfind("---\n").unwrap() + 4;
        let mut set = GoldSet {
            path: "coded.csv".into(),
            rows: vec![GoldRow {
                line: 2,
                article: "a1".into(),
                sentence: Some("Tribune".into()),
                span: None,
                voice: None,
                editorial: None,
                speaker: None,
            }],
        };
        let texts = HashMap::from([("a1".to_string(), text.to_string())]);
        let bodies = HashMap::from([("a1".to_string(), body)]);
        locate(&mut set, &texts, &bodies).unwrap();
        assert_eq!(
            set.rows[0].span,
            Some(Span::new(body, body + "Tribune".len()))
        );
    }

    #[test]
    fn bad_rows_are_all_reported_with_their_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("coded.csv");
        std::fs::write(
            &path,
            "article,sentence,voice,editorial,speaker\n\
             a1,Une phrase.,author,0,\n\
             a1,Une autre.,auteur,0,\n\
             a1,Encore une.,author,peut-être,\n\
             ,Sans article.,author,1,\n",
        )
        .unwrap();
        let err = read_gold(&path).unwrap_err().to_string();
        assert!(err.contains("coded.csv:3: voice \"auteur\""), "{err}");
        assert!(
            err.contains("coded.csv:4: editorial \"peut-être\""),
            "{err}"
        );
        assert!(err.contains("coded.csv:5: empty `article`"), "{err}");
    }
}
