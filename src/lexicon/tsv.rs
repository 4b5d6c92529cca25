//! Category files: tab-separated, one entry per line, with a header naming the columns.
//!
//! The parser is lenient where spreadsheets are messy (CRLF line ends, a byte-order mark,
//! spaces around fields, trailing tabs dropped, a decimal comma in weights) and strict where a
//! mistake would silently change results (an unknown column, a weight that is not a number, an
//! unknown stance, more fields than columns). Every problem is reported at its line.

use super::entries::EntryDraft;
use super::{CategoryKind, LexiconIssue, Stance};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Pattern,
    Weight,
    Example,
    Counter,
    Note,
    Group,
    Label,
    Stance,
}

const COLUMNS: &[(&str, Column)] = &[
    ("pattern", Column::Pattern),
    ("weight", Column::Weight),
    ("example", Column::Example),
    ("counter", Column::Counter),
    ("note", Column::Note),
    ("group", Column::Group),
    ("label", Column::Label),
    ("stance", Column::Stance),
];

/// The separator between several examples in one field.
pub const EXAMPLE_SEPARATOR: &str = " | ";

/// Parses a category file of the given kind. Problems go to `issues`, tagged with `path`.
pub(crate) fn parse(
    text: &str,
    path: &str,
    kind: CategoryKind,
    require_examples: bool,
    issues: &mut Vec<LexiconIssue>,
) -> Vec<EntryDraft> {
    let mut issue = |line: usize, reason: String| {
        issues.push(LexiconIssue {
            file: path.to_string(),
            line: line as u32,
            reason,
        })
    };
    let mut lines = split_ascii(text, b'\n')
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    let Some((header_line, header)) = lines.next() else {
        issue(
            0,
            "no header line: the first line names the columns (pattern, example…)".into(),
        );
        return Vec::new();
    };
    let mut columns: Vec<Option<Column>> = Vec::new();
    for name in header.split('\t').map(str::trim) {
        let column = COLUMNS
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, c)| *c);
        match column {
            Some(c) if columns.contains(&Some(c)) => {
                issue(
                    header_line,
                    format!("bad header: column `{name}` appears twice"),
                );
            }
            Some(c) => columns.push(Some(c)),
            None => {
                let known: Vec<&str> = COLUMNS.iter().map(|(n, _)| *n).collect();
                issue(
                    header_line,
                    format!("unknown column `{name}` (known: {})", known.join(", ")),
                );
                columns.push(None);
            }
        }
    }
    let has = |c: Column| columns.contains(&Some(c));
    if !has(Column::Pattern) {
        issue(header_line, "bad header: no `pattern` column".into());
        return Vec::new();
    }
    let reported_no_examples = require_examples && !has(Column::Example);
    if reported_no_examples {
        issue(
            header_line,
            "bad header: no `example` column: every entry needs an example".into(),
        );
    }
    let required: &[Column] = match kind {
        CategoryKind::PairedLabel => &[Column::Group, Column::Label],
        CategoryKind::Actor => &[Column::Group],
        CategoryKind::ReportingVerb => &[Column::Stance],
        _ => &[],
    };
    let mut reported_missing = false;
    for &c in required {
        if !has(c) {
            let name = COLUMNS.iter().find(|(_, k)| *k == c).map_or("", |(n, _)| n);
            issue(
                header_line,
                format!(
                    "bad header: a `{}` category needs a `{name}` column",
                    kind_name(kind)
                ),
            );
            reported_missing = true;
        }
    }
    // One draft per line at most: reserving them at once saves copying every draft each
    // time the list grows.
    let mut drafts = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    let mut fields: Vec<&str> = Vec::with_capacity(columns.len() + 2);
    for (line, row) in lines {
        fields.clear();
        fields.extend(split_ascii(row, b'\t').map(str::trim));
        let extra = fields
            .iter()
            .skip(columns.len())
            .filter(|f| !f.is_empty())
            .count();
        if extra > 0 {
            issue(
                line,
                format!(
                    "{} fields but the header names {} columns",
                    fields.len(),
                    columns.len()
                ),
            );
            continue;
        }
        let mut draft = EntryDraft {
            line: line as u32,
            reported_missing,
            reported_no_examples,
            ..EntryDraft::default()
        };
        for (column, field) in columns.iter().zip(fields.iter().copied()) {
            let Some(column) = column else { continue };
            let value = (!field.is_empty()).then(|| field.to_string());
            match column {
                Column::Pattern => draft.pattern = field.to_string(),
                Column::Weight => {
                    if !field.is_empty() {
                        match parse_weight(field) {
                            Ok(w) => draft.weight = Some(w),
                            Err(reason) => issue(line, reason),
                        }
                    }
                }
                Column::Example => draft.examples = split_examples(field),
                Column::Counter => draft.counter_examples = split_examples(field),
                Column::Note => draft.note = field.to_string(),
                Column::Group => draft.group = value,
                Column::Label => draft.label = value,
                Column::Stance => {
                    if !field.is_empty() {
                        match parse_stance(field) {
                            Some(s) => draft.stance = Some(s),
                            None => issue(
                                line,
                                format!(
                                    "unknown stance `{field}`: use neutral, endorsing, \
                                     distancing or loaded"
                                ),
                            ),
                        }
                    }
                }
            }
        }
        if draft.weight.is_none() && has_bad_weight(&columns, &fields) {
            // The weight was reported above; keep the entry out rather than guess a weight.
            continue;
        }
        if has_bad_stance(&columns, &fields) {
            continue;
        }
        drafts.push(draft);
    }
    drafts
}

/// `text.split(separator)` for an ASCII separator, found with `memchr`: splitting every line
/// and field of the built-in lexicons with the general character searcher was a sixth of
/// reading them at start-up.
fn split_ascii(text: &str, separator: u8) -> impl Iterator<Item = &str> {
    debug_assert!(separator.is_ascii());
    let mut start = 0;
    let mut ends = memchr::memchr_iter(separator, text.as_bytes());
    std::iter::from_fn(move || {
        if start > text.len() {
            return None;
        }
        let end = ends.next().unwrap_or(text.len());
        // An ASCII byte is a whole character, so both sides of it are character boundaries.
        let piece = text.get(start..end)?;
        start = end + 1;
        Some(piece)
    })
}

fn has_bad_weight(columns: &[Option<Column>], fields: &[&str]) -> bool {
    field_of(columns, fields, Column::Weight).is_some_and(|f| parse_weight(f).is_err())
}

fn has_bad_stance(columns: &[Option<Column>], fields: &[&str]) -> bool {
    field_of(columns, fields, Column::Stance).is_some_and(|f| parse_stance(f).is_none())
}

fn field_of<'f>(columns: &[Option<Column>], fields: &[&'f str], c: Column) -> Option<&'f str> {
    let i = columns.iter().position(|k| *k == Some(c))?;
    fields.get(i).copied().filter(|f| !f.is_empty())
}

/// A finite number; a decimal comma (`2,5`, as French spreadsheets write it) is accepted.
pub(crate) fn parse_weight(field: &str) -> Result<f64, String> {
    // Most weights have no decimal comma and are parsed in place, without a copy.
    let parsed = if field.contains(',') {
        field.replace(',', ".").parse::<f64>()
    } else {
        field.parse::<f64>()
    };
    let w = parsed.map_err(|_| format!("weight `{field}` is not a number"))?;
    if w.is_finite() {
        Ok(w)
    } else {
        Err(format!("weight `{field}` is not a finite number"))
    }
}

pub(crate) fn parse_stance(field: &str) -> Option<Stance> {
    match field.to_ascii_lowercase().as_str() {
        "neutral" => Some(Stance::Neutral),
        "endorsing" => Some(Stance::Endorsing),
        "distancing" => Some(Stance::Distancing),
        "loaded" => Some(Stance::Loaded),
        _ => None,
    }
}

pub(crate) fn stance_name(stance: Stance) -> &'static str {
    match stance {
        Stance::Neutral => "neutral",
        Stance::Endorsing => "endorsing",
        Stance::Distancing => "distancing",
        Stance::Loaded => "loaded",
    }
}

fn split_examples(field: &str) -> Vec<String> {
    if field.is_empty() {
        return Vec::new();
    }
    let bytes = field.as_bytes();
    let Some(first) = memchr::memchr(b'|', bytes) else {
        return vec![field.to_string()];
    };
    // `field.split(EXAMPLE_SEPARATOR)`, with the bars found by `memchr`: the general substring
    // searcher, set up for every field, was most of the cost of splitting the examples of the
    // built-in lexicons at start-up. A bar separates when a space stands on each side of it
    // and the space before it is not part of the previous separator, as in `split`.
    debug_assert_eq!(EXAMPLE_SEPARATOR, " | ");
    let mut out = Vec::new();
    let mut push = |piece: &str| {
        let piece = piece.trim();
        if !piece.is_empty() {
            out.push(piece.to_string());
        }
    };
    let (mut start, mut at) = (0, first);
    loop {
        let separates = at > start && bytes[at - 1] == b' ' && bytes.get(at + 1) == Some(&b' ');
        if separates {
            push(&field[start..at - 1]);
            start = at + 2;
        }
        match memchr::memchr(b'|', &bytes[at + 1..]) {
            Some(next) => at = at + 1 + next,
            None => break,
        }
    }
    push(&field[start..]);
    out
}

/// The name of a kind as written in a manifest.
pub(crate) fn kind_name(kind: CategoryKind) -> &'static str {
    super::manifest::KINDS
        .iter()
        .find(|(_, k)| *k == kind)
        .map_or("?", |(n, _)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splitting with `memchr` gives what `str::split` on the separator gave, for every
    /// string of up to eight letters, spaces and bars (with a multi-byte letter among them).
    /// A field without a bar is one example as it is (the parser trims fields before).
    #[test]
    fn examples_split_as_str_split_does() {
        fn reference(field: &str) -> Vec<String> {
            if field.is_empty() {
                return Vec::new();
            }
            if !field.contains('|') {
                return vec![field.to_string()];
            }
            field
                .split(EXAMPLE_SEPARATOR)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect()
        }
        let alphabet = ["a", " ", "|", "é"];
        let mut fields = vec![String::new()];
        for _ in 0..8 {
            let longer: Vec<String> = fields
                .iter()
                .filter(|f| f.chars().count() == fields.last().map_or(0, |l| l.chars().count()))
                .flat_map(|f| alphabet.iter().map(move |c| format!("{f}{c}")))
                .collect();
            fields.extend(longer);
        }
        assert!(fields.len() > 80_000);
        for field in &fields {
            assert_eq!(split_examples(field), reference(field), "{field:?}");
        }
        assert_eq!(
            split_examples("Une phrase. | Une autre | phrase|collée"),
            ["Une phrase.", "Une autre", "phrase|collée"]
        );
    }
    use proptest::prelude::*;

    #[test]
    fn split_ascii_cuts_like_split() {
        for text in [
            "",
            "\t",
            "a",
            "a\tb",
            "a\t\tb\t",
            "\tété\t«\u{a0}x\u{a0}»",
            "ligne\r\n",
        ] {
            for separator in [b'\t', b'\n'] {
                let expected: Vec<&str> = text.split(separator as char).collect();
                assert_eq!(split_ascii(text, separator).collect::<Vec<_>>(), expected);
            }
        }
    }

    proptest! {
        #[test]
        fn split_ascii_is_split(text in "[a\t\n é«»\u{202f}|]{0,40}") {
            for separator in [b'\t', b'\n'] {
                let expected: Vec<&str> = text.split(separator as char).collect();
                prop_assert_eq!(split_ascii(&text, separator).collect::<Vec<_>>(), expected);
            }
        }
    }
}
