//! LIWC `.dic` dictionaries.
//!
//! The file opens with a category table between two `%` lines (`id<TAB>name`, one per line),
//! then lists terms, each followed by the ids of its categories: `term<TAB>id<TAB>id…`. A term
//! may hold several words and end in `*`. A term filed under several categories becomes one
//! entry in each. An id that the table does not define, and a line without a tab, are
//! reported at their line.

use std::collections::HashMap;

use super::{Imported, Issues};

pub(crate) fn parse(text: &str, issues: &mut Issues<'_>) -> Vec<Imported> {
    let mut categories: Vec<Imported> = Vec::new();
    let mut ids: HashMap<String, usize> = HashMap::new();
    // 0: before the opening `%`; 1: in the category table; 2: in the terms.
    let mut section = 0;
    for (i, raw) in text.split('\n').enumerate() {
        let line = (i + 1) as u32;
        let row = raw.strip_suffix('\r').unwrap_or(raw);
        if row.trim().is_empty() {
            continue;
        }
        if row.trim() == "%" {
            if section < 2 {
                section += 1;
            } else {
                issues.push(
                    line,
                    "a third `%` line: the category table is already closed",
                );
            }
            continue;
        }
        match section {
            0 => {
                issues.push(
                    line,
                    "a LIWC dictionary starts with a `%` line before its categories",
                );
                section = 2;
            }
            1 => {
                let Some((id, name)) = row.split_once('\t') else {
                    issues.push(line, "category line without a tab: write `id<TAB>name`");
                    continue;
                };
                let (id, name) = (id.trim(), name.split('\t').next().unwrap_or("").trim());
                if id.is_empty() || name.is_empty() {
                    issues.push(line, "category line needs an id and a name");
                } else if ids.contains_key(id) {
                    issues.push(line, format!("category id `{id}` is defined twice"));
                } else {
                    ids.insert(id.to_string(), categories.len());
                    categories.push(Imported::new(name, line));
                }
            }
            _ => {
                let Some((term, rest)) = row.split_once('\t') else {
                    issues.push(
                        line,
                        "term line without a tab: write `term<TAB>category id…`",
                    );
                    continue;
                };
                let mut any = false;
                for id in rest.split('\t').map(str::trim).filter(|s| !s.is_empty()) {
                    any = true;
                    match ids.get(id) {
                        Some(&c) => categories[c].term(term, line),
                        None => issues.push(line, format!("undefined category id `{id}`")),
                    }
                }
                if !any {
                    issues.push(line, "term without a category id");
                }
            }
        }
    }
    if section == 1 {
        issues.push(0, "the category table is never closed by a `%` line");
    }
    categories
}
