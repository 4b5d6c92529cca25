//! Reading the output of earlier `report` runs back into a comparison.
//!
//! `compare` accepts, besides raw articles, the JSON Lines of `report --format jsonl` (one
//! [`crate::ArticleAnalysis`] per line) and the CSV folder of `report` (`articles.csv` with
//! its sibling `hits.csv` and `actors.csv`). Both stream: a line or a row at a time goes into
//! the [`Accumulator`], so shards scored on many machines merge into one comparison whose
//! numbers equal those of one run over the whole corpus.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::input::Skipped;
use crate::profile::{Profile, StanceCounts};
use crate::span::{Span, TextVoice};

use super::compare::Accumulator;
use super::summary::{
    ArticleMetrics, ArticleSummary, GroupBy, HitView, KeynessMode, TermKey, author_words,
    is_term_kind,
};
use super::tables;

/// What one `compare` input is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CorpusInput {
    /// Articles to analyse (text, JSONL or CSV of articles, folders of outlets, `-`).
    Raw(PathBuf),
    /// JSON Lines of analyses written by `report --format jsonl`.
    Analyses(PathBuf),
    /// The `articles.csv` of a `report` folder.
    ReportCsv(PathBuf),
}

/// Tells what an input is by looking at it: a `report` folder (holding `articles.csv` or
/// `articles.jsonl`), a CSV whose header is that of `articles.csv`, a JSON Lines file whose
/// first record is an analysis (it has `schema` and `profile`), or else raw articles.
pub fn classify(path: &Path) -> CorpusInput {
    if path == Path::new("-") {
        return CorpusInput::Raw(path.to_path_buf());
    }
    if path.is_dir() {
        let csv = path.join(tables::ARTICLES.file);
        if csv.is_file() {
            return CorpusInput::ReportCsv(csv);
        }
        let jsonl = path.join("articles.jsonl");
        if jsonl.is_file() {
            return CorpusInput::Analyses(jsonl);
        }
        return CorpusInput::Raw(path.to_path_buf());
    }
    let Some(line) = first_line(path) else {
        return CorpusInput::Raw(path.to_path_buf());
    };
    if line.trim_start().starts_with('{') {
        if let Ok(serde_json::Value::Object(o)) = serde_json::from_str(&line)
            && o.contains_key("schema")
            && o.contains_key("profile")
        {
            return CorpusInput::Analyses(path.to_path_buf());
        }
    } else if line.trim_end() == tables::ARTICLES.header().join(",") {
        return CorpusInput::ReportCsv(path.to_path_buf());
    }
    CorpusInput::Raw(path.to_path_buf())
}

/// The first non-blank line of a file, read up to 64 MiB.
fn first_line(path: &Path) -> Option<String> {
    let file = File::open(path).ok()?;
    let mut r = BufReader::new(file.take(64 << 20));
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if r.read_until(b'\n', &mut buf).ok()? == 0 {
            return None;
        }
        let s = String::from_utf8_lossy(&buf);
        let s = s.trim_start_matches('\u{feff}');
        if !s.trim().is_empty() {
            return Some(s.to_string());
        }
    }
}

#[derive(Deserialize)]
struct SentenceDoc {
    start: usize,
    text: String,
}

#[derive(Deserialize)]
struct QuoteDoc {
    start: usize,
    end: usize,
}

/// The fields of one analysis that the comparison reads.
#[derive(Deserialize)]
struct AnalysisDoc {
    outlet: Option<String>,
    date: Option<String>,
    #[serde(default)]
    sentences: Vec<SentenceDoc>,
    #[serde(default)]
    hits: Vec<HitView>,
    #[serde(default)]
    quotes: Vec<QuoteDoc>,
    profile: Profile,
}

/// Reads a JSON Lines file of analyses into `acc`. A line that is not an analysis is reported
/// to `skip` as `path:line` with the reason; blank lines are ignored.
pub fn read_analyses(
    path: &Path,
    mode: KeynessMode,
    acc: &mut Accumulator,
    skip: &mut dyn FnMut(Skipped),
) -> Result<u64> {
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    let mut r = BufReader::with_capacity(1 << 16, file);
    let mut buf = Vec::new();
    let mut line = 0u64;
    let mut read = 0u64;
    loop {
        buf.clear();
        let n = r
            .read_until(b'\n', &mut buf)
            .map_err(|e| Error::io(path, e))?;
        if n == 0 {
            break;
        }
        line += 1;
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<AnalysisDoc>(&buf) {
            Ok(doc) => {
                let words = (mode == KeynessMode::Words).then(|| {
                    let quotes: Vec<Span> = doc
                        .quotes
                        .iter()
                        .map(|q| Span::new(q.start, q.end))
                        .collect();
                    author_words(
                        doc.sentences.iter().map(|s| (s.start, s.text.as_str())),
                        &quotes,
                    )
                });
                acc.add(&ArticleSummary::build(
                    doc.outlet,
                    doc.date,
                    &doc.profile,
                    doc.hits.iter().map(HitView::borrowed),
                    words,
                ));
                read += 1;
            }
            Err(e) => skip(Skipped {
                source: format!("{}:{line}", path.display()),
                reason: format!("not an article analysis: {e}"),
            }),
        }
    }
    Ok(read)
}

#[derive(Deserialize)]
struct ArticleCsv {
    id: String,
    outlet: String,
    date: String,
    sentences: u64,
    words: u64,
    author_words: u64,
    editorial_sentences: u64,
    editorial_ratio: f64,
    quoted_share: f64,
    distinct_speakers: u64,
    stances_neutral: usize,
    stances_endorsing: usize,
    stances_distancing: usize,
    stances_loaded: usize,
    author_loaded_hits: u64,
}

#[derive(Deserialize)]
struct HitCsv {
    article: String,
    outlet: String,
    category: String,
    kind: String,
    pattern: String,
    voice: TextVoice,
    group: String,
    label: String,
}

#[derive(Deserialize)]
struct ActorCsv {
    article: String,
    outlet: String,
    actor: String,
    hits: u64,
    weight: f64,
}

fn non_empty(s: String) -> Option<String> {
    if s.is_empty() { None } else { Some(s) }
}

fn csv_reader(path: &Path) -> Result<csv::Reader<File>> {
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    Ok(csv::ReaderBuilder::new().flexible(false).from_reader(file))
}

fn row_line(path: &Path, pos: Option<&csv::Position>) -> String {
    match pos {
        Some(p) => format!("{}:{}", path.display(), p.line()),
        None => path.display().to_string(),
    }
}

/// Reads the CSV output of a `report` run: `articles.csv` and its siblings `hits.csv` (terms,
/// paired labels) and `actors.csv`. Rows that do not parse are reported to `skip`.
pub fn read_report_csv(
    articles: &Path,
    mode: KeynessMode,
    acc: &mut Accumulator,
    skip: &mut dyn FnMut(Skipped),
) -> Result<u64> {
    if mode == KeynessMode::Words {
        return Err(Error::Invalid(format!(
            "{}: --keyness words needs the articles' text, which CSV tables do not hold; \
             give the articles themselves or the JSON Lines of `report --format jsonl`",
            articles.display()
        )));
    }
    let dir = articles.parent().unwrap_or(Path::new("."));
    let sibling = |table: &tables::Table| -> Result<PathBuf> {
        let p = dir.join(table.file);
        if p.is_file() {
            Ok(p)
        } else {
            Err(Error::Invalid(format!(
                "{}: {} needs its sibling {} from the same `report` run",
                articles.display(),
                tables::ARTICLES.file,
                table.file
            )))
        }
    };
    let hits_path = sibling(&tables::HITS)?;
    let actors_path = sibling(&tables::ACTORS)?;

    // Hits and actors name their article; with --by date the group comes from its date.
    let mut keys: HashMap<(String, String), String> = HashMap::new();
    let mut read = 0u64;
    let mut r = csv_reader(articles)?;
    for row in r.deserialize::<ArticleCsv>() {
        let a = match row {
            Ok(a) => a,
            Err(e) => {
                skip(Skipped {
                    source: row_line(articles, e.position()),
                    reason: format!("not an articles.csv row: {e}"),
                });
                continue;
            }
        };
        let key = acc.key(Some(&a.outlet), Some(&a.date));
        acc.add_metrics(
            &key,
            ArticleMetrics {
                editorial_ratio: a.editorial_ratio,
                quoted_share: a.quoted_share,
                sentences: a.sentences,
                editorial_sentences: a.editorial_sentences,
                words: a.words,
                author_words: a.author_words,
                loaded_hits: a.author_loaded_hits,
                distinct_speakers: a.distinct_speakers,
            },
            &StanceCounts {
                neutral: a.stances_neutral,
                endorsing: a.stances_endorsing,
                distancing: a.stances_distancing,
                loaded: a.stances_loaded,
            },
        );
        if acc.by != GroupBy::Outlet {
            keys.entry((a.id, a.outlet)).or_insert(key);
        }
        read += 1;
    }
    let key_of = |acc: &Accumulator, article: String, outlet: String| -> String {
        if acc.by == GroupBy::Outlet {
            acc.key(Some(&outlet), None)
        } else {
            keys.get(&(article, outlet))
                .cloned()
                .unwrap_or_else(|| acc.key(None, None))
        }
    };

    let mut r = csv_reader(&hits_path)?;
    for row in r.deserialize::<HitCsv>() {
        let h = match row {
            Ok(h) => h,
            Err(e) => {
                skip(Skipped {
                    source: row_line(&hits_path, e.position()),
                    reason: format!("not a hits.csv row: {e}"),
                });
                continue;
            }
        };
        let key = key_of(acc, h.article, h.outlet);
        let view = HitView {
            category: h.category,
            kind: h.kind,
            pattern: h.pattern,
            voice: h.voice,
            group: non_empty(h.group),
            label: non_empty(h.label),
        };
        let mut paired = Vec::new();
        super::summary::count_paired(&mut paired, view.borrowed());
        for p in paired {
            acc.add_paired(&key, &p.group, &p.label, p.author, p.quoted);
        }
        if view.voice == TextVoice::Author && is_term_kind(&view.kind) {
            acc.add_term(
                &key,
                TermKey {
                    term: view.pattern,
                    category: view.category,
                    kind: view.kind,
                },
                1,
            );
        }
    }

    let mut r = csv_reader(&actors_path)?;
    for row in r.deserialize::<ActorCsv>() {
        match row {
            Ok(a) => {
                let key = key_of(acc, a.article, a.outlet);
                acc.add_actor(&key, &a.actor, a.hits, a.weight);
            }
            Err(e) => skip(Skipped {
                source: row_line(&actors_path, e.position()),
                reason: format!("not an actors.csv row: {e}"),
            }),
        }
    }
    Ok(read)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_are_told_apart_by_their_content() {
        let dir = tempfile::tempdir().unwrap();
        let p = |name: &str, body: &str| {
            let path = dir.path().join(name);
            std::fs::write(&path, body).unwrap();
            path
        };
        let analyses = p(
            "a.jsonl",
            "\n{\"schema\":\"1.0\",\"id\":\"x\",\"profile\":{}}\n",
        );
        let raw = p(
            "b.jsonl",
            "{\"id\":\"x\",\"outlet\":\"o\",\"text\":\"Bonjour.\"}\n",
        );
        let csv = p(
            "c.csv",
            &format!("{}\n", tables::ARTICLES.header().join(",")),
        );
        let text = p("d.txt", "Le conseil a siégé.");
        assert_eq!(classify(&analyses), CorpusInput::Analyses(analyses.clone()));
        assert_eq!(classify(&raw), CorpusInput::Raw(raw.clone()));
        assert_eq!(classify(&csv), CorpusInput::ReportCsv(csv.clone()));
        assert_eq!(classify(&text), CorpusInput::Raw(text.clone()));
        assert_eq!(
            classify(dir.path()),
            CorpusInput::Raw(dir.path().to_path_buf())
        );
        std::fs::rename(&csv, dir.path().join("articles.csv")).unwrap();
        assert_eq!(
            classify(dir.path()),
            CorpusInput::ReportCsv(dir.path().join("articles.csv"))
        );
    }

    #[test]
    fn a_bad_line_is_skipped_with_its_line_number() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.jsonl");
        std::fs::write(&path, "{\"outlet\":\"o\"}\n\nnot json\n").unwrap();
        let mut acc = Accumulator::new(GroupBy::Outlet);
        let mut skipped = Vec::new();
        let n = read_analyses(&path, KeynessMode::Terms, &mut acc, &mut |s| {
            skipped.push(s)
        })
        .unwrap();
        assert_eq!(n, 0);
        let lines: Vec<&str> = skipped
            .iter()
            .map(|s| s.source.rsplit(':').next().unwrap())
            .collect();
        assert_eq!(lines, ["1", "3"]);
    }
}
