//! Corpora: `cadrage report` and `cadrage compare`.
//!
//! A corpus is analysed in parallel with bounded memory ([`pipeline`]), written as tidy CSV
//! tables documented by a generated codebook ([`tables`], [`rows`]) or as JSON Lines, and
//! compared by outlet (or period) with bootstrap intervals, rate ratios and keyness
//! ([`summary`], [`compare`], [`stats`]). `compare` also reads the output of earlier `report`
//! runs ([`read`]), so a corpus scored in shards on many machines merges into one comparison.

pub mod compare;
pub mod csvrow;
pub mod manifest;
pub mod outdir;
pub mod pipeline;
pub mod read;
pub mod render;
pub mod rows;
pub mod stats;
pub mod summary;
pub mod tables;
