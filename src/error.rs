//! The library's error type.
//!
//! Each stage that can fail has its own error type next to its code (`input`, `lexicon`, …);
//! this enum gathers them so that the binary can map every failure to a documented exit code
//! (see [`Error::exit_code`]). Messages say what is wrong and where (file and line).

use std::path::PathBuf;

use crate::lexicon::LexiconError;

/// Exit statuses of the `cadrage` binary. They are part of the CLI contract (README, `--help`).
pub mod exit {
    /// Everything was analysed and written.
    pub const OK: i32 = 0;
    /// A runtime failure: output that cannot be written, unreadable input given by flag
    /// (`--gold`). A named input that cannot be read is skipped ([`SKIPPED`]).
    pub const FAILURE: i32 = 1;
    /// Bad command line (unknown flag, missing argument).
    pub const USAGE: i32 = 2;
    /// A lexicon failed validation; nothing was analysed.
    pub const LEXICON: i32 = 3;
    /// The run completed but some inputs were skipped (listed with their reasons).
    pub const SKIPPED: i32 = 4;
    /// `eval` ran but a score fell below a floor given with `--min-*`, or `lexicon test` found
    /// failing examples.
    pub const BELOW_FLOOR: i32 = 5;
    /// Interrupted by SIGINT; no partial output was left looking complete.
    pub const INTERRUPTED: i32 = 130;
}

/// Any error the library reports.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// One or more lexicon files are invalid; every bad entry is listed.
    #[error(transparent)]
    Lexicon(#[from] LexiconError),

    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// Something the user asked for is not possible; the message says why and how to fix it.
    #[error("{0}")]
    Invalid(String),

    /// The run was interrupted before it could finish.
    #[error("interrupted: no output was written for the unfinished run")]
    Interrupted,
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// The documented exit status for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Lexicon(_) => exit::LEXICON,
            Error::Io { .. } | Error::Invalid(_) => exit::FAILURE,
            Error::Interrupted => exit::INTERRUPTED,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
