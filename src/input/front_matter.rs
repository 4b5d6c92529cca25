//! The optional `---` front matter at the top of a text article.
//!
//! The format is the YAML-like block that static-site generators and many scrapers write:
//!
//! ```text
//! ---
//! title: Le gouvernement recule sur la réforme
//! outlet: Le Quotidien
//! date: 2026-03-14
//! url: https://example.org/article
//! ---
//! Body of the article…
//! ```
//!
//! Rules:
//! - The first line of the text is exactly `---` (trailing spaces allowed, LF or CRLF); the
//!   block ends at the next line that is `---` or `...`. The body starts on the line after.
//! - Inside, lines are `key: value`. Keys are letters, digits, `_` and `-`, compared in lower
//!   case. Values are trimmed; a value wrapped in matching `"` or `'` loses the quotes. An
//!   empty value means the field is absent.
//! - A line that starts with a space or tab, or with `- ` (a YAML list item), continues the
//!   previous key's value (list items are joined with `, `, other lines with a space). Blank
//!   lines and `#` comments are ignored.
//! - `title`, `outlet`, `date` and `url` fill the article's fields; every other key is kept
//!   as is in `Article::extra`. A key given twice keeps its last value, with a warning.
//! - Malformed front matter is a warning, never a reason to skip the article: a line that is
//!   not `key: value` is ignored with a warning naming its line. A block that is never
//!   closed ends at its first blank line when every line before it is `key: value` (a
//!   forgotten closing `---`); otherwise there is no front matter and the whole text is the
//!   body. A first line `---` followed by no `key: value` line at all is not front matter
//!   either (a horizontal rule that opens the article).

/// What the front matter held.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct FrontMatter {
    /// `(key, value)` in the order of the file, keys lower-cased, empty values left out.
    pub fields: Vec<(String, String)>,
    /// Byte offset where the body starts (0 without front matter).
    pub body_start: usize,
    pub warnings: Vec<String>,
}

/// One line of the text with its 1-based number and its byte range, line break excluded.
struct Line<'t> {
    number: usize,
    text: &'t str,
    /// Offset just after the line break (the next line's start).
    next: usize,
}

fn lines(text: &str) -> impl Iterator<Item = Line<'_>> {
    let mut at = 0;
    let mut number = 0;
    std::iter::from_fn(move || {
        if at >= text.len() {
            return None;
        }
        let rest = &text[at..];
        let len = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |i| i + 1);
        let raw = &rest[..len];
        at += len;
        number += 1;
        let line = raw.strip_suffix('\n').unwrap_or(raw);
        let line = line.strip_suffix('\r').unwrap_or(line);
        Some(Line {
            number,
            text: line,
            next: at,
        })
    })
}

fn is_fence(line: &str) -> bool {
    line.trim_end_matches([' ', '\t']) == "---"
}

fn is_end_fence(line: &str) -> bool {
    let trimmed = line.trim_end_matches([' ', '\t']);
    trimmed == "---" || trimmed == "..."
}

/// The closing line is looked for in this many lines after the opening one; front matter
/// is a handful of lines, and the bound keeps a text that merely starts with `---` cheap.
const MAX_LINES: usize = 1000;

/// At most this many malformed lines are reported one by one.
const MAX_LINE_WARNINGS: usize = 5;

/// Parses the front matter at the start of `text`.
pub(crate) fn parse(text: &str) -> FrontMatter {
    let mut all = lines(text);
    match all.next() {
        Some(first) if is_fence(first.text) => {}
        _ => return FrontMatter::default(),
    }
    let mut block = Block::default();
    let mut first_blank: Option<(usize, usize)> = None;
    let mut clean_until_blank = true;
    for line in all.take(MAX_LINES) {
        if is_end_fence(line.text) {
            // Mostly prose between two rules: not front matter.
            if block.good == 0 || block.bad > block.good {
                return FrontMatter::default();
            }
            return block.finish(line.next);
        }
        if line.text.trim().is_empty() {
            if first_blank.is_none() {
                first_blank = Some((line.number, line.next));
            }
            continue;
        }
        let well_formed = block.take(&line);
        if first_blank.is_none() && !well_formed {
            clean_until_blank = false;
        }
    }
    // Never closed.
    match first_blank {
        Some((number, next)) if clean_until_blank && block.fields_before(number) > 0 => {
            let mut recovered = Block::default();
            for line in lines(text).skip(1).take(number - 2) {
                recovered.take(&line);
            }
            let mut fm = recovered.finish(next);
            fm.warnings.insert(
                0,
                format!(
                    "front matter opened on line 1 is not closed by `---`; it ends at the blank \
                     line {number}"
                ),
            );
            fm
        }
        _ => FrontMatter {
            warnings: vec![
                "front matter opened on line 1 is never closed by `---`; the whole text is read \
                 as the body"
                    .to_string(),
            ],
            ..FrontMatter::default()
        },
    }
}

#[derive(Default)]
struct Block {
    fields: Vec<(String, String)>,
    /// Line number of each field's key line.
    lines: Vec<usize>,
    warnings: Vec<String>,
    /// Well-formed and malformed lines seen.
    good: usize,
    bad: usize,
}

impl Block {
    /// Takes one non-blank line; false when it is malformed.
    fn take(&mut self, line: &Line<'_>) -> bool {
        let text = line.text;
        if text.trim_start().starts_with('#') {
            self.good += 1;
            return true;
        }
        let list_item = text
            .trim_start()
            .strip_prefix("- ")
            .or_else(|| (text.trim() == "-").then_some(""));
        if text.starts_with([' ', '\t']) || list_item.is_some() {
            let Some(last) = self.fields.last_mut() else {
                self.malformed(format!(
                    "front matter line {}: a continuation line with no key before it is ignored",
                    line.number
                ));
                return false;
            };
            let piece = unquote(list_item.unwrap_or(text).trim());
            if !piece.is_empty() {
                if !last.1.is_empty() {
                    last.1
                        .push_str(if list_item.is_some() { ", " } else { " " });
                }
                last.1.push_str(piece);
            }
            self.good += 1;
            return true;
        }
        match split_key(text) {
            Some((key, value)) => {
                if let Some(old) = self.fields.iter().position(|(k, _)| *k == key) {
                    self.warnings.push(format!(
                        "front matter line {}: `{key}` is given twice; the last value is kept",
                        line.number
                    ));
                    self.fields.remove(old);
                    self.lines.remove(old);
                }
                self.fields.push((key, unquote(value.trim()).to_string()));
                self.lines.push(line.number);
                self.good += 1;
                true
            }
            None => {
                self.malformed(format!(
                    "front matter line {}: expected `key: value`, found `{}`; line ignored",
                    line.number,
                    shorten(text)
                ));
                false
            }
        }
    }

    fn malformed(&mut self, warning: String) {
        self.bad += 1;
        if self.bad <= MAX_LINE_WARNINGS {
            self.warnings.push(warning);
        }
    }

    fn fields_before(&self, number: usize) -> usize {
        self.lines.iter().filter(|&&n| n < number).count()
    }

    fn finish(mut self, body_start: usize) -> FrontMatter {
        if self.bad > MAX_LINE_WARNINGS {
            self.warnings.push(format!(
                "front matter: {} more malformed lines ignored",
                self.bad - MAX_LINE_WARNINGS
            ));
        }
        FrontMatter {
            fields: self
                .fields
                .into_iter()
                .filter(|(_, v)| !v.is_empty())
                .collect(),
            body_start,
            warnings: self.warnings,
        }
    }
}

/// `key: value` with a well-formed key, lower-cased.
fn split_key(line: &str) -> Option<(String, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim_end();
    let mut chars = key.chars();
    let first = chars.next()?;
    if !(first.is_alphabetic() || first == '_')
        || !chars.all(|c| c.is_alphanumeric() || c == '_' || c == '-')
    {
        return None;
    }
    // `key:value` without a space is accepted, but a URL-looking key (`https://…`) is not.
    if value.starts_with("//") {
        return None;
    }
    Some((key.to_lowercase(), value))
}

fn unquote(value: &str) -> &str {
    for q in ['"', '\''] {
        if value.len() >= 2 && value.starts_with(q) && value.ends_with(q) {
            return &value[1..value.len() - 1];
        }
    }
    value
}

/// A line quoted in a warning, cut at 60 characters.
fn shorten(line: &str) -> String {
    match line.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(fm: &FrontMatter) -> Vec<(&str, &str)> {
        fm.fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect()
    }

    #[test]
    fn reads_a_closed_block() {
        let text = "---\ntitle: « Grève » : la SNCF cède\nOutlet: 'Le Courrier'\ndate: 2026-02-03\n\
                    tags:\n  - social\n  - transports\nauthor: \"\"\n---\nCorps.";
        let fm = parse(text);
        assert_eq!(
            fields(&fm),
            [
                ("title", "« Grève » : la SNCF cède"),
                ("outlet", "Le Courrier"),
                ("date", "2026-02-03"),
                ("tags", "social, transports"),
            ]
        );
        assert_eq!(&text[fm.body_start..], "Corps.");
        assert!(fm.warnings.is_empty());
    }

    #[test]
    fn handles_crlf_and_the_yaml_end_marker() {
        let text = "---  \r\nurl: https://exemple.fr/a?b=c\r\n...\r\nCorps.\r\n";
        let fm = parse(text);
        assert_eq!(fields(&fm), [("url", "https://exemple.fr/a?b=c")]);
        assert_eq!(&text[fm.body_start..], "Corps.\r\n");
    }

    #[test]
    fn no_front_matter() {
        for text in [
            "Corps.",
            "",
            "--- pas une clôture\ntitle: x\n---\n",
            "\n---\ntitle: x\n---\n",
        ] {
            assert_eq!(parse(text), FrontMatter::default(), "{text:?}");
        }
    }

    #[test]
    fn a_horizontal_rule_is_not_front_matter() {
        let text = "---\nUn paragraphe d'introduction.\n---\nSuite.";
        assert_eq!(parse(text), FrontMatter::default());
    }

    #[test]
    fn malformed_lines_are_warnings() {
        let text = "---\ntitle: Un titre\nceci n'est pas une clé\ntitle: Autre titre\n---\nCorps.";
        let fm = parse(text);
        assert_eq!(fields(&fm), [("title", "Autre titre")]);
        assert_eq!(fm.warnings.len(), 2);
        assert!(fm.warnings[0].contains("line 3"));
        assert!(fm.warnings[1].contains("given twice"));
    }

    #[test]
    fn an_unclosed_block_ends_at_a_blank_line() {
        let text = "---\ntitle: Sans clôture\noutlet: La Gazette\n\nLe corps commence ici.\n";
        let fm = parse(text);
        assert_eq!(
            fields(&fm),
            [("title", "Sans clôture"), ("outlet", "La Gazette")]
        );
        assert_eq!(&text[fm.body_start..], "Le corps commence ici.\n");
        assert!(fm.warnings[0].contains("not closed"));
    }

    #[test]
    fn an_unclosed_block_without_a_clean_end_is_body() {
        let text = "---\ntitle: x\nUne phrase du corps.\n";
        let fm = parse(text);
        assert_eq!(fm.body_start, 0);
        assert!(fm.fields.is_empty());
        assert!(fm.warnings[0].contains("never closed"));
    }

    proptest::proptest! {
        #[test]
        fn any_text_parses_to_a_body_on_a_char_boundary(
            text in "(---\r?\n)?([a-zé:\\- #\"']{0,12}\r?\n){0,8}(---|\\.\\.\\.)?\r?\n?.{0,20}"
        ) {
            let fm = parse(&text);
            proptest::prop_assert!(fm.body_start <= text.len());
            proptest::prop_assert!(text.is_char_boundary(fm.body_start));
            if fm.body_start == 0 {
                proptest::prop_assert!(fm.fields.is_empty());
            }
        }
    }
}
