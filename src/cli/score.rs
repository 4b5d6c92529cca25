//! `cadrage score`: one article (or a few) in full detail.

use std::io::Write;
use std::path::PathBuf;

use cadrage::AnalyzerOptions;
use cadrage::error::exit;
use cadrage::input::{InputItem, ReadOptions, read_inputs};

use super::common::LexiconFlags;

#[derive(Debug, clap::Args)]
pub struct ScoreArgs {
    /// Article files (text, JSONL, CSV) or `-` for standard input.
    #[arg(required = true, value_name = "FILE")]
    pub inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: Format,
    /// A sentence whose score reaches this value is flagged editorial.
    #[arg(long, default_value_t = 2.0)]
    pub threshold: f64,
    #[command(flatten)]
    pub lexicons: LexiconFlags,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Json,
}

pub fn run(args: ScoreArgs) -> anyhow::Result<i32> {
    let analyzer = args.lexicons.analyzer(AnalyzerOptions {
        threshold: args.threshold,
    })?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut skipped = 0;
    for item in read_inputs(args.inputs, ReadOptions::default()) {
        match item {
            InputItem::Article(article) => {
                let analysis = analyzer.analyze(&article);
                serde_json::to_writer_pretty(&mut out, &analysis)?;
                writeln!(out)?;
            }
            InputItem::Skipped(s) => {
                skipped += 1;
                eprintln!("cadrage: skipped {}: {}", s.source, s.reason);
            }
        }
    }
    Ok(if skipped > 0 { exit::SKIPPED } else { exit::OK })
}
