//! A standalone HTML report: one page that a fact-checker can open offline, read, navigate with
//! the keyboard and print.
//!
//! The page is self-contained (inline CSS, inline SVG charts, no script, no external asset) and
//! locked down by a Content-Security-Policy that allows nothing but its own stylesheet. Every
//! string from an article or a lexicon is escaped (see [`escape`]), so hostile markup in an
//! article shows as text and runs nothing.
//!
//! Two pages exist: the article page of `score --format html` ([`ScorePage`], one or more
//! article views streamed one after the other), and the corpus page of `report --format html`
//! ([`corpus::CorpusPage`]: the outlet comparison, an index of the articles and the full views
//! of the first few, with its memory bounded whatever the corpus size).

mod article;
mod charts;
pub mod corpus;
pub mod escape;
mod markup;
mod names;
mod page;
mod profile;

use std::io::{self, Write};

use crate::analysis::ArticleAnalysis;

pub use corpus::{
    Comparison, CorpusPage, CorpusPageOptions, Estimate, KeyTerm, LabelShare, OutletSummary,
};
pub use page::csp;

/// Streams an article page: the head and legend, then one view per article as it comes, then
/// the footer. Memory holds one article view at a time. The writer is passed to each call, so
/// the caller keeps it for other formats.
#[derive(Debug)]
pub struct ScorePage {
    articles: usize,
}

impl ScorePage {
    /// Writes the page head, titled `title`, and the legend.
    pub fn begin<W: Write + ?Sized>(out: &mut W, title: &str) -> io::Result<ScorePage> {
        let mut buf = String::new();
        page::head(
            &mut buf,
            title,
            "Sentences by voice and editorial score, lexicon hits, quotations and the framing \
             profile.",
        );
        page::legend(&mut buf);
        out.write_all(buf.as_bytes())?;
        Ok(ScorePage { articles: 0 })
    }

    /// Writes the view of one article.
    pub fn article<W: Write + ?Sized>(
        &mut self,
        out: &mut W,
        a: &ArticleAnalysis,
    ) -> io::Result<()> {
        self.articles += 1;
        let text: usize = a.sentences.iter().map(|s| s.text.len()).sum();
        let mut buf = String::with_capacity(8192 + text * 3);
        article::write_article(&mut buf, a, &format!("a{}", self.articles));
        out.write_all(buf.as_bytes())
    }

    /// Writes the footer (and a note when no article was written).
    pub fn finish<W: Write + ?Sized>(self, out: &mut W) -> io::Result<()> {
        let mut buf = String::new();
        if self.articles == 0 {
            buf.push_str("<p class=\"note\">No article was analysed.</p>\n");
        }
        page::foot(&mut buf);
        out.write_all(buf.as_bytes())?;
        out.flush()
    }
}

/// The title of a page holding the single article `a`.
pub fn article_title(a: &ArticleAnalysis) -> String {
    let name = a.title.as_deref().unwrap_or(&a.id);
    format!("cadrage · {name}")
}

/// Writes a complete page for one article.
pub fn write_article_page<W: Write>(out: &mut W, a: &ArticleAnalysis) -> io::Result<()> {
    let mut page = ScorePage::begin(out, &article_title(a))?;
    page.article(out, a)?;
    page.finish(out)
}
