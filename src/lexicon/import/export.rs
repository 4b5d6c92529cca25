//! Writes a loaded set as a cadrage lexicon folder: `manifest.toml` and one `.tsv` per
//! category, which loads back to the same categories and entries.

use std::fmt::Write as _;
use std::path::Path;

use crate::error::Error;
use crate::lexicon::tsv::{EXAMPLE_SEPARATOR, kind_name, stance_name};
use crate::lexicon::{CategoryKind, LexiconSet, VoiceScope};

/// A TOML string literal.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// A field for a tab-separated file: tabs and line breaks would split it.
fn field(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// Writes `set` to the folder `dir` (created if needed). Files of the same name are replaced.
pub fn write_folder(set: &LexiconSet, dir: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut manifest = String::from(
        "# Written by `cadrage lexicon import`. Format: lexicons/README.md in cadrage.\n",
    );
    for (id, category) in set.categories.iter().enumerate() {
        let entries: Vec<_> = set.entries.iter().filter(|e| e.category == id).collect();
        let file = format!("{}.tsv", category.name);
        let aliases: Vec<String> = category.aliases.iter().map(|a| quoted(a)).collect();
        let voice = match category.voice {
            VoiceScope::Author => "author",
            VoiceScope::Any => "any",
        };
        let _ = write!(
            manifest,
            "\n[[category]]\nname = {}\nfile = {}\nkind = {}\nvoice = {}\nweight = {:?}\n\
             aliases = [{}]\ndescription = {}\n",
            quoted(&category.name),
            quoted(&file),
            quoted(kind_name(category.kind)),
            quoted(voice),
            category.weight,
            aliases.join(", "),
            quoted(&category.description),
        );
        if category.exact {
            manifest.push_str("exact = true\n");
        }
        if entries.iter().any(|e| e.examples.is_empty()) {
            manifest.push_str("require_examples = false\n");
        }
        let mut columns = vec!["pattern", "weight", "example", "counter", "note"];
        match category.kind {
            CategoryKind::PairedLabel => columns.extend(["group", "label"]),
            CategoryKind::Actor => columns.push("group"),
            CategoryKind::ReportingVerb => columns.push("stance"),
            _ => {}
        }
        let mut tsv = columns.join("\t");
        tsv.push('\n');
        for entry in entries {
            let mut row = vec![
                field(&entry.pattern),
                format!("{}", entry.weight),
                field(&entry.examples.join(EXAMPLE_SEPARATOR)),
                field(&entry.counter_examples.join(EXAMPLE_SEPARATOR)),
                field(&entry.note),
            ];
            match category.kind {
                CategoryKind::PairedLabel => {
                    row.push(field(entry.group.as_deref().unwrap_or("")));
                    row.push(field(entry.label.as_deref().unwrap_or("")));
                }
                CategoryKind::Actor => row.push(field(entry.group.as_deref().unwrap_or(""))),
                CategoryKind::ReportingVerb => {
                    row.push(entry.stance.map_or("", stance_name).to_string())
                }
                _ => {}
            }
            tsv.push_str(&row.join("\t"));
            tsv.push('\n');
        }
        let path = dir.join(&file);
        std::fs::write(&path, tsv).map_err(|e| Error::io(&path, e))?;
    }
    let path = dir.join("manifest.toml");
    std::fs::write(&path, manifest).map_err(|e| Error::io(&path, e))?;
    Ok(())
}
