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
