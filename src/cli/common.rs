//! Flags shared by the analysis subcommands.

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

    pub fn analyzer(&self, options: AnalyzerOptions) -> Result<Analyzer, cadrage::Error> {
        Ok(Analyzer::new(self.load()?, options)?)
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
