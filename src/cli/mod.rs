//! Command-line definitions and dispatch. Each subcommand lives in its own file with its flags.

mod common;
mod compare;
mod eval;
mod lexicon;
mod report;
mod score;

use clap::{Parser, Subcommand};

const EXIT_CODES: &str = "\
Exit status:
  0    everything was analysed and written
  1    runtime failure (output that cannot be written, unreadable --gold file)
  2    bad command line
  3    a lexicon failed validation; nothing was analysed
  4    the run completed but some inputs were skipped (a missing, empty or binary file, a bad
       record; each listed with its reason)
  5    eval fell below a requested floor, or lexicon test found failing examples
  130  interrupted (SIGINT); no partial output was left looking complete";

/// Measure framing and editorializing in French news.
#[derive(Debug, Parser)]
#[command(name = "cadrage", version, about, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score articles: every sentence with its voice, speaker, editorial flag and reasons.
    #[command(after_help = EXIT_CODES)]
    Score(score::ScoreArgs),
    /// Analyse a corpus and write tidy CSV tables, a codebook and a manifest.
    #[command(after_help = EXIT_CODES)]
    Report(report::ReportArgs),
    /// Compare outlets with bootstrap confidence intervals, rate ratios and keyness.
    #[command(after_help = EXIT_CODES)]
    Compare(compare::CompareArgs),
    /// List, check, test, explain and import lexicons.
    #[command(after_help = EXIT_CODES)]
    Lexicon(lexicon::LexiconArgs),
    /// Validate cadrage against hand-coded sentences.
    #[command(after_help = EXIT_CODES)]
    Eval(eval::EvalArgs),
}

/// Runs the parsed command and returns its exit status.
pub fn run(cli: Cli) -> anyhow::Result<i32> {
    match cli.command {
        Command::Score(args) => score::run(args),
        Command::Lexicon(args) => lexicon::run(args),
        Command::Report(args) => report::run(args),
        Command::Compare(args) => compare::run(args),
        Command::Eval(args) => eval::run(args),
    }
}
