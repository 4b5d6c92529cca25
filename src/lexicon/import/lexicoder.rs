//! Lexicoder dictionaries in their plain form (`.lc3`, and `.lcd` files that are not XML).
//!
//! A line `+name` opens a category; every other non-blank line is a term of the category
//! opened last. Terms may hold several words and end in `*`. A term before any category is
//! reported at its line.

use super::{Imported, Issues};

pub(crate) fn parse(text: &str, issues: &mut Issues<'_>) -> Vec<Imported> {
    let mut categories: Vec<Imported> = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let line = (i + 1) as u32;
        let row = raw.strip_suffix('\r').unwrap_or(raw).trim();
        if row.is_empty() {
            continue;
        }
        if let Some(name) = row.strip_prefix('+') {
            if name.trim().is_empty() {
                issues.push(line, "`+` needs a category name after it");
            } else {
                categories.push(Imported::new(name, line));
            }
            continue;
        }
        match categories.last_mut() {
            Some(category) => category.term(row, line),
            None => issues.push(line, "term before any `+category` line"),
        }
    }
    categories
}
