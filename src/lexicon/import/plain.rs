//! Plain word lists (`.txt`): one term per line, the whole file one category named after it.
//!
//! Blank lines and lines starting with `#` are skipped.

use super::{Imported, Issues};

pub(crate) fn parse(text: &str, stem: &str, _issues: &mut Issues<'_>) -> Vec<Imported> {
    let mut category = Imported::new(stem, 0);
    for (i, raw) in text.split('\n').enumerate() {
        let row = raw.strip_suffix('\r').unwrap_or(raw).trim();
        if !row.is_empty() && !row.starts_with('#') {
            category.term(row, (i + 1) as u32);
        }
    }
    vec![category]
}
