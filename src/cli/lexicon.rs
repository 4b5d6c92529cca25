//! `cadrage lexicon`: list, check, test, explain and import lexicons.
//!
//! These commands are the lexicon author's tools: they print what the library returns (the
//! categories loaded, every validation issue as `file:line: reason`, every failing example,
//! every entry that matches a sentence) and map the outcome to the documented exit codes.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use cadrage::error::exit;
use cadrage::lexicon::{LexiconError, LexiconSet, LoadOptions, Matcher, import, run_examples};
use cadrage::span::Span;
use serde::Serialize;

use super::common::LexiconFlags;

#[derive(Debug, clap::Args)]
pub struct LexiconArgs {
    #[command(subcommand)]
    command: LexiconCommand,
}

#[derive(Debug, clap::Subcommand)]
enum LexiconCommand {
    /// One row per category: category, kind, aliases, entries, source file.
    List {
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        #[command(flatten)]
        lexicons: LexiconFlags,
    },
    /// Validate lexicon files and folders (the built-ins when no PATH is given); every
    /// problem is printed as `file:line: reason`.
    Check {
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Run every example and counter-example of the given lexicons (the built-ins when no
    /// PATH is given).
    Test {
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Show which entries match a sentence and why.
    Explain {
        /// The sentence to match.
        sentence: String,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        #[command(flatten)]
        lexicons: LexiconFlags,
    },
    /// Convert a dictionary (.dic, .lc3, .lcd, .ykd, .yml, .yaml, .txt) into a cadrage
    /// lexicon folder.
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The folder to write (created if needed).
        #[arg(long, value_name = "DIR")]
        to: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

pub fn run(args: LexiconArgs) -> anyhow::Result<i32> {
    match args.command {
        LexiconCommand::List { format, lexicons } => list(format, &lexicons),
        LexiconCommand::Check { paths } => check(&paths),
        LexiconCommand::Test { paths } => test(&paths),
        LexiconCommand::Explain {
            sentence,
            format,
            lexicons,
        } => explain(&sentence, format, &lexicons),
        LexiconCommand::Import { file, to } => import_file(&file, &to),
    }
}

/// Loads the given paths on their own, or the built-ins when there are none.
fn load_paths(paths: &[PathBuf]) -> Result<LexiconSet, LexiconError> {
    LexiconSet::load_checked(&LoadOptions {
        builtin: paths.is_empty(),
        paths: paths.to_vec(),
    })
}

fn report_issues(error: &LexiconError) -> i32 {
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for issue in &error.issues {
        let _ = writeln!(err, "{issue}");
    }
    let _ = writeln!(
        err,
        "cadrage: invalid lexicon: {} problem(s)",
        error.issues.len()
    );
    exit::LEXICON
}

#[derive(Serialize)]
struct ListRow<'a> {
    category: &'a str,
    kind: &'static str,
    aliases: &'a [String],
    entries: usize,
    file: &'a str,
}

fn list(format: Format, flags: &LexiconFlags) -> anyhow::Result<i32> {
    let set = match LexiconSet::load(&options(flags)) {
        Ok(set) => set,
        Err(e) => return Ok(report_issues(&e)),
    };
    let mut counts = vec![0usize; set.categories.len()];
    for entry in &set.entries {
        counts[entry.category] += 1;
    }
    let rows: Vec<ListRow<'_>> = set
        .categories
        .iter()
        .zip(&counts)
        .map(|(c, &entries)| ListRow {
            category: &c.name,
            kind: c.kind.as_str(),
            aliases: &c.aliases,
            entries,
            file: &set.files[c.file].path,
        })
        .collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &rows)?;
            writeln!(out)?;
        }
        Format::Text => {
            let width = |f: fn(&ListRow<'_>) -> usize, title: &str| {
                rows.iter().map(f).max().unwrap_or(0).max(title.len())
            };
            let wc = width(|r| r.category.chars().count(), "category");
            let wk = width(|r| r.kind.len(), "kind");
            let wa = width(|r| r.aliases.join(",").chars().count(), "aliases");
            writeln!(
                out,
                "{:wc$}  {:wk$}  {:wa$}  {:>7}  file",
                "category", "kind", "aliases", "entries"
            )?;
            for r in &rows {
                writeln!(
                    out,
                    "{:wc$}  {:wk$}  {:wa$}  {:>7}  {}",
                    r.category,
                    r.kind,
                    r.aliases.join(","),
                    r.entries,
                    r.file
                )?;
            }
        }
    }
    Ok(exit::OK)
}

fn options(flags: &LexiconFlags) -> LoadOptions {
    LoadOptions {
        builtin: !flags.no_default_lexicons,
        paths: flags.lexicons.clone(),
    }
}

fn check(paths: &[PathBuf]) -> anyhow::Result<i32> {
    let set = match load_paths(paths) {
        Ok(set) => set,
        Err(e) => return Ok(report_issues(&e)),
    };
    if let Err(e) = Matcher::new(&set) {
        return Ok(report_issues(&e));
    }
    println!(
        "ok: {} categories, {} entries in {} files",
        set.categories.len(),
        set.entries.len(),
        set.files.len()
    );
    Ok(exit::OK)
}

fn test(paths: &[PathBuf]) -> anyhow::Result<i32> {
    let set = match load_paths(paths) {
        Ok(set) => set,
        Err(e) => return Ok(report_issues(&e)),
    };
    let matcher = match Matcher::new(&set) {
        Ok(m) => m,
        Err(e) => return Ok(report_issues(&e)),
    };
    let report = run_examples(&set, &matcher);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for failure in &report.failures {
        writeln!(out, "{failure}")?;
    }
    writeln!(
        out,
        "{} example(s) checked, {} failure(s)",
        report.checked,
        report.failures.len()
    )?;
    Ok(if report.failures.is_empty() {
        exit::OK
    } else {
        exit::BELOW_FLOOR
    })
}

#[derive(Serialize)]
struct ExplainHit<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    category: &'a str,
    kind: &'static str,
    pattern: &'a str,
    weight: f64,
    file: &'a str,
    line: u32,
    /// False when another entry of the same layer won this place (overlap rule).
    kept: bool,
}

fn explain(sentence: &str, format: Format, flags: &LexiconFlags) -> anyhow::Result<i32> {
    let set = match LexiconSet::load(&options(flags)) {
        Ok(set) => set,
        Err(e) => return Ok(report_issues(&e)),
    };
    let matcher = match Matcher::new(&set) {
        Ok(m) => m,
        Err(e) => return Ok(report_issues(&e)),
    };
    let span = Span::new(0, sentence.len());
    let kept = matcher.find(sentence, span);
    let hits: Vec<ExplainHit<'_>> = matcher
        .find_candidates(sentence, span)
        .into_iter()
        .map(|m| {
            let entry = &set.entries[m.entry];
            let category = set.category_of(m.entry);
            ExplainHit {
                start: m.span.start,
                end: m.span.end,
                text: m.span.slice(sentence),
                category: &category.name,
                kind: category.kind.as_str(),
                pattern: &entry.pattern,
                weight: entry.weight,
                file: &set.files[entry.file].path,
                line: entry.line,
                kept: kept.contains(&m),
            }
        })
        .collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &hits)?;
            writeln!(out)?;
        }
        Format::Text => {
            if hits.is_empty() {
                writeln!(out, "no entry matches")?;
            }
            for h in &hits {
                writeln!(
                    out,
                    "{}..{}  «{}»  {} ({}), pattern `{}`, weight {}, {}:{}{}",
                    h.start,
                    h.end,
                    h.text,
                    h.category,
                    h.kind,
                    h.pattern,
                    h.weight,
                    h.file,
                    h.line,
                    if h.kept {
                        ""
                    } else {
                        "  [overlapped: another entry wins here]"
                    }
                )?;
            }
        }
    }
    Ok(exit::OK)
}

fn import_file(file: &std::path::Path, to: &std::path::Path) -> anyhow::Result<i32> {
    let set = match LexiconSet::load_path(file) {
        Ok(set) => set,
        Err(e) => return Ok(report_issues(&e)),
    };
    import::write_folder(&set, to)
        .with_context(|| format!("cannot write the lexicon folder {}", to.display()))?;
    println!(
        "wrote {} categories, {} entries to {}",
        set.categories.len(),
        set.entries.len(),
        to.display()
    );
    Ok(exit::OK)
}
