//! quanteda-style YAML dictionaries.
//!
//! A mapping from category names to lists of terms; mappings may nest, and the keys from the
//! root are joined with `.` (`economy.positive`). A key whose value is a single string is a
//! category with one term. Read through the parser's events so that every term keeps its line.

use std::collections::HashMap;

use yaml_rust2::Event;
use yaml_rust2::parser::Parser;

use super::{Imported, Issues};

enum Frame {
    /// A mapping: the dotted name of its keys' parent, and the key awaiting its value.
    Map { prefix: String, key: Option<String> },
    /// A list of terms for one category.
    List { category: String },
    /// A value the importer cannot use, skipped to its end.
    Skip,
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    }
}

pub(crate) fn parse(text: &str, issues: &mut Issues<'_>) -> Vec<Imported> {
    let mut categories: Vec<Imported> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut add = |category: &str, term: &str, line: u32| {
        let c = *index.entry(category.to_string()).or_insert_with(|| {
            categories.push(Imported::new(category, line));
            categories.len() - 1
        });
        categories[c].term(term, line);
    };
    let mut stack: Vec<Frame> = Vec::new();
    let mut parser = Parser::new_from_str(text);
    loop {
        let (event, mark) = match parser.next_token() {
            Ok(next) => next,
            Err(e) => {
                issues.push(e.marker().line() as u32, format!("bad YAML: {}", e.info()));
                break;
            }
        };
        let line = mark.line() as u32;
        match event {
            Event::StreamEnd => break,
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let is_map = matches!(event, Event::MappingStart(..));
                let frame = match stack.last_mut() {
                    None if is_map => Frame::Map {
                        prefix: String::new(),
                        key: None,
                    },
                    None => {
                        issues.push(line, "the dictionary must be a mapping of category names");
                        Frame::Skip
                    }
                    Some(Frame::Map { prefix, key }) => match key.take() {
                        Some(k) if is_map => Frame::Map {
                            prefix: join(prefix, &k),
                            key: None,
                        },
                        Some(k) => Frame::List {
                            category: join(prefix, &k),
                        },
                        None => {
                            issues.push(line, "a category name must be a plain string");
                            Frame::Skip
                        }
                    },
                    Some(Frame::List { .. }) => {
                        issues.push(line, "a list of terms can hold only strings");
                        Frame::Skip
                    }
                    Some(Frame::Skip) => Frame::Skip,
                };
                stack.push(frame);
            }
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
            }
            Event::Scalar(value, ..) => match stack.last_mut() {
                Some(Frame::Map { prefix, key }) => match key.take() {
                    None => *key = Some(value),
                    Some(k) => add(&join(prefix, &k), &value, line),
                },
                Some(Frame::List { category }) => add(category, &value, line),
                Some(Frame::Skip) => {}
                None => issues.push(line, "the dictionary must be a mapping of category names"),
            },
            Event::Alias(_) => issues.push(line, "YAML aliases are not supported in dictionaries"),
            _ => {}
        }
    }
    categories
}
