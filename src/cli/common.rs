//! Flags shared by the analysis subcommands.

use std::mem::ManuallyDrop;
use std::path::PathBuf;

use cadrage::lexicon::{LexiconSet, LoadOptions};
use cadrage::{Analyzer, AnalyzerOptions};

/// Which lexicons to load.
#[derive(Debug, Clone, clap::Args)]
pub struct LexiconFlags {
    /// Add a lexicon file or folder (repeatable) to the built-in French lexicons.
    #[arg(long = "lexicon", value_name = "PATH")]
    pub lexicons: Vec<PathBuf>,
    /// Do not load the built-in French lexicons.
    #[arg(long)]
    pub no_default_lexicons: bool,
}

impl LexiconFlags {
    pub fn load(&self) -> Result<LexiconSet, cadrage::Error> {
        Ok(LexiconSet::load(&LoadOptions {
            builtin: !self.no_default_lexicons,
            paths: self.lexicons.clone(),
        })?)
    }

    /// The analyzer of a command, which lives until the process exits. It is never dropped:
    /// freeing its hundred thousand allocations one by one took about 15 % of a `score` run
    /// on a short article, for memory the operating system takes back at exit anyway.
    pub fn analyzer(
        &self,
        options: AnalyzerOptions,
    ) -> Result<ManuallyDrop<Analyzer>, cadrage::Error> {
        Ok(ManuallyDrop::new(Analyzer::new(self.load()?, options)?))
    }
}

/// `--no-word-model`, shared by the commands that score articles.
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct WordModelFlag {
    /// Do not read the sentences the cues leave below the threshold with the word model of the
    /// opinion register (a model fitted on the hand-coded development sets; see
    /// docs/wordmodel.md): the editorial flag then comes from the cues alone.
    #[arg(long)]
    pub no_word_model: bool,
}

impl WordModelFlag {
    /// Whether the word model reads the articles ([`AnalyzerOptions::word_model`]).
    pub fn enabled(self) -> bool {
        !self.no_word_model
    }
}

/// When to colour terminal output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and NO_COLOR is not set.
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    pub fn enabled(self, is_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }
}

/// Parses `--threshold`: a finite number. `NaN` or `inf` parse as numbers but would flag every
/// sentence or none, so they are a bad command line (status 2), reported by clap like any
/// other bad value.
pub fn finite_threshold(value: &str) -> Result<f64, String> {
    let x: f64 = value.trim().parse().map_err(|e| format!("{e}"))?;
    if x.is_finite() {
        Ok(x)
    } else {
        Err(String::from("must be a finite number"))
    }
}

/// Stops with status 2 and clap's usage of `subcommand`, for flag combinations that clap
/// cannot check on its own (`report` without `--out`).
pub fn usage_error(subcommand: &str, message: impl std::fmt::Display) -> ! {
    use clap::CommandFactory;
    let mut cli = super::Cli::command();
    let kind = clap::error::ErrorKind::ArgumentConflict;
    match cli.find_subcommand_mut(subcommand) {
        Some(sub) => sub.error(kind, message).exit(),
        None => cli.error(kind, message).exit(),
    }
}
