//! cadrage measures framing and editorializing in French news.
//!
//! It reads articles, tells the journalist's own voice apart from what sources said, finds
//! loaded language with lexicons that users can read and change, and turns all of it into
//! numbers a researcher can publish.
//!
//! The pipeline, one module per stage, each keeping byte offsets into the article's text:
//!
//! ```text
//! input ─▶ normalize ─▶ quotes ─▶ segment ─▶ voice ─▶ lexicon match ─▶ score ─▶ profile ─▶ report
//! ```
//!
//! The library never prints; the `cadrage` binary turns flags into a configured pipeline.

pub mod analysis;
pub mod conjugate;
pub mod corpus;
pub mod error;
pub mod eval;
pub mod genre;
mod hash;
pub mod input;
pub mod lexicon;
pub mod normalize;
pub mod output;
pub mod profile;
pub mod quotes;
pub mod score;
pub mod segment;
pub mod span;
pub mod text;
pub mod voice;
pub mod wordmodel;

pub use analysis::{Analyzer, AnalyzerOptions, ArticleAnalysis};
pub use error::{Error, Result};
pub use input::Article;
pub use span::{Span, TextVoice, Voice};
