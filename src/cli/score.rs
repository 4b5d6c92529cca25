//! `cadrage score`: articles in full detail, for a reader or a script.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use cadrage::AnalyzerOptions;
use cadrage::analysis::DEFAULT_THRESHOLD;
use cadrage::error::exit;
use cadrage::input::{InputItem, ReadOptions, read_inputs};
use cadrage::output::csv::Cells;
use cadrage::output::{self, text::TextOptions};

use super::common::{ColorChoice, LexiconFlags, WordModelFlag, finite_threshold};

#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Formats:
  text   each sentence with its voice, speaker and flag, hits highlighted, the reasons for
         every editorial flag, then the article's framing profile (the default)
  json   one pretty-printed JSON document per article (schema in the README)
  jsonl  one JSON document per line
  csv    the sentence table: article, outlet, sentence, start, end, paragraph, kind, voice,
         speaker, editorial, score, reasons, text
  html   one self-contained page (no script, no network): sentences shaded by voice and score,
         hits with their details, quotations with speaker and verb, reasons, profile charts

Offsets (start, end) are byte offsets into the article's text: the file's bytes after the
byte-order mark, transcoded to UTF-8 when the file was in another encoding.")]
pub struct ScoreArgs {
    /// Article files (text, JSONL, CSV), folders of outlet folders, or `-` for standard input.
    #[arg(required = true, value_name = "FILE")]
    pub inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// With text: show every reason, hits that did not count and why, every quotation's
    /// speaker and verb.
    #[arg(long)]
    pub explain: bool,
    /// A sentence whose score reaches this value is flagged editorial.
    #[arg(long, default_value_t = DEFAULT_THRESHOLD, value_name = "SCORE",
          value_parser = finite_threshold)]
    pub threshold: f64,
    #[command(flatten)]
    pub word_model: WordModelFlag,
    /// With csv: make the table safe to open in a spreadsheet: a text cell starting with `=`,
    /// `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so it is never run as a
    /// formula. Off by default, since it changes the data (French dialogue lines start with a
    /// dash).
    #[arg(long)]
    pub excel_safe: bool,
    /// When to colour the text output (NO_COLOR is honoured with auto).
    #[arg(long, value_enum, default_value = "auto", value_name = "WHEN")]
    pub color: ColorChoice,
    #[command(flatten)]
    pub lexicons: LexiconFlags,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Jsonl,
    Csv,
    Html,
}

pub fn run(args: ScoreArgs) -> anyhow::Result<i32> {
    let analyzer = args.lexicons.analyzer(AnalyzerOptions {
        threshold: args.threshold,
        word_model: args.word_model.enabled(),
    })?;
    let stdout = std::io::stdout();
    let color = args.color.enabled(stdout.is_terminal());
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut csv_header = true;
    let mut skipped = Vec::new();
    let mut first = true;
    let mut html_page = None;
    for item in read_inputs(args.inputs, ReadOptions::default()) {
        let article = match item {
            InputItem::Article(article) => article,
            InputItem::Skipped(s) => {
                eprintln!("cadrage: skipped {}: {}", s.source, s.reason);
                skipped.push(s);
                continue;
            }
        };
        for w in &article.warnings {
            eprintln!("cadrage: warning: {}: {w}", article.source);
        }
        let analysis = analyzer.analyze(&article);
        match args.format {
            Format::Text => {
                if !first {
                    writeln!(out)?;
                }
                output::text::write_text(
                    &mut out,
                    &analysis,
                    TextOptions {
                        color,
                        explain: args.explain,
                    },
                )?;
            }
            Format::Json => output::write_json(&mut out, &analysis)?,
            Format::Jsonl => output::write_jsonl(&mut out, &analysis)?,
            Format::Csv => {
                // Rows go through a buffer per article so a CSV error never leaves half a row.
                let mut w = csv::WriterBuilder::new()
                    .has_headers(csv_header)
                    .from_writer(Vec::new());
                for row in output::csv::sentence_rows(&analysis) {
                    w.serialize(Cells::new(&row, args.excel_safe))?;
                    csv_header = false;
                }
                out.write_all(&w.into_inner()?)?;
            }
            Format::Html => {
                if html_page.is_none() {
                    let title = output::html::article_title(&analysis);
                    html_page = Some(output::html::ScorePage::begin(&mut out, &title)?);
                }
                if let Some(page) = html_page.as_mut() {
                    page.article(&mut out, &analysis)?;
                }
            }
        }
        first = false;
    }
    if args.format == Format::Html {
        match html_page {
            Some(page) => page.finish(&mut out)?,
            None => output::html::ScorePage::begin(&mut out, "cadrage · no article")?
                .finish(&mut out)?,
        }
    }
    out.flush()?;
    if !skipped.is_empty() {
        eprintln!(
            "cadrage: {} input(s) skipped; see the messages above",
            skipped.len()
        );
        return Ok(exit::SKIPPED);
    }
    Ok(exit::OK)
}
