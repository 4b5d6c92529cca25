//! XML dictionaries: Yoshikoder `.ykd` and the XML variant of Lexicoder `.lcd`.
//!
//! Both nest `<cnode name="…">` elements (categories) holding `<pnode name="…"/>` elements
//! (patterns). A nested category is named by joining the names from the root with `.`
//! (`emotion.positive`); a pattern belongs to the category that directly holds it, and a
//! category with no pattern of its own is not created. Patterns use `*` like cadrage.

use std::collections::HashMap;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::{Imported, Issues};
use crate::lexicon::load::line_of;

pub(crate) fn parse(text: &str, issues: &mut Issues<'_>) -> Vec<Imported> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(true);
    let mut categories: Vec<Imported> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut path: Vec<String> = Vec::new();
    loop {
        let at = reader.buffer_position() as usize;
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(e) => {
                let line = line_of(text, reader.error_position() as usize);
                issues.push(line, format!("bad XML: {e}"));
                break;
            }
        };
        let line = line_of(text, at + leading_space(&text[at.min(text.len())..]));
        match event {
            Event::Start(e) if e.name().as_ref() == "cnode" => {
                path.push(name(&e, line, issues).unwrap_or_default());
            }
            Event::End(e) if e.name().as_ref() == "cnode" => {
                path.pop();
            }
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "pnode" => {
                let Some(term) = name(&e, line, issues) else {
                    continue;
                };
                if path.is_empty() {
                    issues.push(line, "a <pnode> outside any <cnode> category");
                    continue;
                }
                let full = path.join(".");
                let c = *index.entry(full.clone()).or_insert_with(|| {
                    categories.push(Imported::new(&full, line));
                    categories.len() - 1
                });
                categories[c].term(&term, line);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    categories
}

fn leading_space(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

fn name(e: &BytesStart<'_>, line: u32, issues: &mut Issues<'_>) -> Option<String> {
    match e.try_get_attribute("name") {
        Ok(Some(attr)) => match attr.normalized_value(quick_xml::XmlVersion::Implicit1_0) {
            Ok(v) if !v.trim().is_empty() => Some(v.trim().to_string()),
            Ok(_) => {
                issues.push(line, "empty `name` attribute");
                None
            }
            Err(err) => {
                issues.push(line, format!("bad `name` attribute: {err}"));
                None
            }
        },
        Ok(None) => {
            issues.push(line, "element without a `name` attribute");
            None
        }
        Err(err) => {
            issues.push(line, format!("bad attributes: {err}"));
            None
        }
    }
}
