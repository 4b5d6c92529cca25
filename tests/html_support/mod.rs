//! Helpers shared by the HTML tests: an analyzer with the small test lexicon, articles read
//! from the fixtures, and a checker that parses a page's tags strictly enough to prove that
//! nothing from an article became markup.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use cadrage::input::{InputItem, ReadOptions, read_inputs};
use cadrage::lexicon::{LexiconSet, LoadOptions};
use cadrage::{Analyzer, AnalyzerOptions, Article, ArticleAnalysis};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/fixtures")
}

pub fn analyzer() -> Analyzer {
    let lexicons = LexiconSet::load(&LoadOptions {
        builtin: false,
        paths: vec![fixtures().join("lexicon")],
    })
    .expect("the test lexicon loads");
    Analyzer::new(lexicons, AnalyzerOptions::default()).expect("the test lexicon compiles")
}

pub fn read(paths: Vec<PathBuf>) -> Vec<Article> {
    read_inputs(paths, ReadOptions::default())
        .map(|item| match item {
            InputItem::Article(a) => *a,
            InputItem::Skipped(s) => panic!("skipped {}: {}", s.source, s.reason),
        })
        .collect()
}

pub fn analyse_fixture(name: &str) -> ArticleAnalysis {
    let articles = read(vec![fixtures().join(name)]);
    analyzer().analyze(&articles[0])
}

/// The only elements the pages may contain: anything else came from an article.
const ALLOWED: &[&str] = &[
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "h1",
    "h2",
    "h3",
    "p",
    "main",
    "section",
    "article",
    "div",
    "ul",
    "ol",
    "li",
    "span",
    "strong",
    "em",
    "code",
    "time",
    "mark",
    "details",
    "summary",
    "figure",
    "figcaption",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "a",
    "footer",
    "svg",
    "defs",
    "pattern",
    "line",
    "circle",
    "path",
    "rect",
    "text",
    "desc",
];
const VOID: &[&str] = &["meta"];

/// One start tag: its name and attributes (values decoded).
#[derive(Debug)]
pub struct Tag {
    pub name: String,
    pub attrs: Vec<(String, String)>,
}

/// What the checker read from a page.
#[derive(Debug, Default)]
pub struct Parsed {
    pub tags: Vec<Tag>,
    /// The page's text with tags removed and entities decoded (style content excluded).
    pub text: String,
}

pub fn decode(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Parses `html` strictly: every tag allowed, well nested, every attribute double-quoted with
/// no raw `<`, `>` or `"` inside, no `&` that is not one of the five entities the escaper
/// writes. Panics with the position of the first problem.
pub fn parse(html: &str) -> Parsed {
    let mut out = Parsed::default();
    let mut stack: Vec<String> = Vec::new();
    let b = html.as_bytes();
    let mut i = 0;
    let doctype = "<!DOCTYPE html>";
    assert!(
        html.starts_with(doctype),
        "page must start with the doctype"
    );
    i += doctype.len();
    let mut text_from = i;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        check_text(&html[text_from..i], text_from);
        out.text.push_str(&decode(&html[text_from..i]));
        let end = html[i..]
            .find('>')
            .map(|e| i + e)
            .unwrap_or_else(|| panic!("unclosed tag at {i}"));
        let inner = &html[i + 1..end];
        if let Some(name) = inner.strip_prefix('/') {
            let top = stack
                .pop()
                .unwrap_or_else(|| panic!("</{name}> with nothing open at {i}"));
            assert_eq!(top, name, "</{name}> closes <{top}> at byte {i}");
        } else {
            let self_closing = inner.ends_with('/');
            let inner = inner.trim_end_matches('/');
            let (name, rest) = inner.split_once(' ').unwrap_or((inner, ""));
            assert!(
                ALLOWED.contains(&name),
                "element <{name}> at byte {i} is not one the page writes"
            );
            let attrs = attributes(rest, i);
            out.tags.push(Tag {
                name: name.to_string(),
                attrs,
            });
            if name == "style" {
                let close = html[end..].find("</style>").expect("style closed") + end;
                stack.push("style".into());
                i = close;
                text_from = close;
                continue;
            }
            if !self_closing && !VOID.contains(&name) {
                stack.push(name.to_string());
            }
        }
        i = end + 1;
        text_from = i;
    }
    let rest = &html[text_from..];
    assert!(rest.trim().is_empty(), "text after </html>: {rest:?}");
    assert!(stack.is_empty(), "unclosed elements: {stack:?}");
    out
}

fn check_text(t: &str, at: usize) {
    assert!(!t.contains('>'), "raw > in text at byte {at}: {t:?}");
    let mut rest = t;
    while let Some(k) = rest.find('&') {
        let tail = &rest[k..];
        assert!(
            ["&lt;", "&gt;", "&quot;", "&#39;", "&amp;"]
                .iter()
                .any(|e| tail.starts_with(e)),
            "raw & in text at byte {at}: {tail:?}"
        );
        rest = &rest[k + 1..];
    }
}

fn attributes(s: &str, at: usize) -> Vec<(String, String)> {
    let mut attrs = Vec::new();
    let mut rest = s.trim();
    while !rest.is_empty() {
        let eq = rest
            .find('=')
            .unwrap_or_else(|| panic!("attribute without value at {at}: {rest:?}"));
        let name = rest[..eq].trim();
        assert!(
            name.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ':'),
            "odd attribute name {name:?} at {at}"
        );
        let after = &rest[eq + 1..];
        assert!(after.starts_with('"'), "unquoted attribute {name} at {at}");
        let close = after[1..]
            .find('"')
            .unwrap_or_else(|| panic!("unterminated attribute at {at}"))
            + 1;
        let value = &after[1..close];
        assert!(!value.contains('<'), "raw < in attribute {name} at {at}");
        check_text(value, at);
        attrs.push((name.to_string(), decode(value)));
        rest = after[close + 1..].trim_start();
    }
    attrs
}

impl Parsed {
    pub fn all(&self, name: &str) -> impl Iterator<Item = &Tag> {
        self.tags.iter().filter(move |t| t.name == name)
    }

    pub fn count(&self, name: &str) -> usize {
        self.all(name).count()
    }
}

impl Tag {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|c| c.split(' ').any(|x| x == class))
    }
}
