//! The corpus page of `report --format html`: outlets compared, paired-label preferences,
//! keyness terms, an index of the articles, and the full views of the first few.
//!
//! A corpus can hold a hundred thousand articles, and one article view weighs tens of
//! kilobytes, so the page cannot show them all: [`CorpusPage`] keeps the views of the first
//! [`CorpusPageOptions::max_views`] articles (and stops earlier once their HTML reaches
//! [`CorpusPageOptions::max_view_bytes`]) and an index row for the first
//! [`CorpusPageOptions::max_index`] articles, and counts the rest. Memory and page size are
//! therefore bounded by the options, not by the corpus; the page says how many articles it
//! leaves out and points to `articles.csv` for the complete list.
//!
//! The comparison itself is computed by `src/corpus` (the same numbers as `outlets.csv`,
//! `paired_labels.csv` and `keyness.csv`); this module only takes them as plain values
//! ([`Comparison`]), so it does not depend on how they were computed.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::article;
use super::charts::{self, BarRow, IntervalRow, Series, StackRow};
use super::escape::Esc;
use super::names::pct;
use super::page;
use crate::analysis::ArticleAnalysis;

/// One estimate of `outlets.csv` with its 95% interval.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Estimate {
    pub value: f64,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// The outlets whose interval does not overlap this one (`*_differs_from`).
    pub differs_from: Vec<String>,
}

/// One row of `outlets.csv`, the columns the page shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OutletSummary {
    pub outlet: String,
    pub articles: usize,
    pub editorial_ratio: Estimate,
    /// Author-voice loaded-term hits per 1,000 author words.
    pub loaded_rate: Estimate,
    pub quoted_share: Estimate,
    /// Distinct named speakers per article.
    pub sources: Estimate,
}

/// One row of `paired_labels.csv`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LabelShare {
    pub outlet: String,
    pub group: String,
    pub label: String,
    pub author: usize,
    pub quoted: usize,
    pub share: f64,
}

/// One row of `keyness.csv`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeyTerm {
    pub outlet: String,
    pub term: String,
    pub category: String,
    pub outlet_count: u64,
    pub rest_count: u64,
    /// Signed G²: positive for over-use.
    pub g2: f64,
    pub p: f64,
}

/// The comparison shown at the top of the corpus page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comparison {
    /// What the groups are (`outlet`, `year`…).
    pub group_by: String,
    pub outlets: Vec<OutletSummary>,
    pub paired_labels: Vec<LabelShare>,
    pub keyness: Vec<KeyTerm>,
    /// Bootstrap resamples and seed, quoted in the method note.
    pub bootstrap: Option<usize>,
    pub seed: Option<u64>,
}

impl Estimate {
    fn from_compare(e: &crate::corpus::compare::Estimate) -> Estimate {
        Estimate {
            value: e.value,
            low: e.interval.map(|i| i.0),
            high: e.interval.map(|i| i.1),
            differs_from: e.differs_from.clone(),
        }
    }
}

impl Comparison {
    /// The page's view of the comparison computed by [`crate::corpus::compare::compare`]: the
    /// same numbers as `outlets.csv`, `paired_labels.csv` and `keyness.csv`.
    pub fn from_compare(
        c: &crate::corpus::compare::Comparison,
        options: &crate::corpus::compare::CompareOptions,
    ) -> Comparison {
        use crate::corpus::summary::GroupBy;
        Comparison {
            group_by: match options.by {
                GroupBy::Outlet => "outlet",
                GroupBy::Date => "date",
                GroupBy::Month => "month",
                GroupBy::Year => "year",
            }
            .to_string(),
            outlets: c
                .outlets
                .iter()
                .map(|o| OutletSummary {
                    outlet: o.outlet.clone(),
                    articles: o.articles,
                    editorial_ratio: Estimate::from_compare(&o.editorial_ratio),
                    loaded_rate: Estimate::from_compare(&o.loaded_rate),
                    quoted_share: Estimate::from_compare(&o.quoted_share),
                    sources: Estimate::from_compare(&o.sources),
                })
                .collect(),
            paired_labels: c
                .paired_labels
                .iter()
                .map(|r| LabelShare {
                    outlet: r.outlet.clone(),
                    group: r.group.clone(),
                    label: r.label.clone(),
                    author: r.author as usize,
                    quoted: r.quoted as usize,
                    share: r.share,
                })
                .collect(),
            keyness: c
                .keyness
                .iter()
                .map(|k| KeyTerm {
                    outlet: k.outlet.clone(),
                    term: k.term.clone(),
                    category: k.category.clone(),
                    outlet_count: k.outlet_count,
                    rest_count: k.rest_count,
                    g2: k.g2,
                    p: k.p,
                })
                .collect(),
            bootstrap: Some(options.bootstrap),
            seed: Some(options.seed),
        }
    }
}

/// How much of the corpus the page holds.
#[derive(Clone, Debug)]
pub struct CorpusPageOptions {
    pub title: String,
    /// Full article views: the first this many articles.
    pub max_views: usize,
    /// Stop adding views once their HTML reaches this many bytes.
    pub max_view_bytes: usize,
    /// Index rows: the first this many articles.
    pub max_index: usize,
    /// Over-used keyness terms shown per outlet.
    pub terms_per_outlet: usize,
}

impl Default for CorpusPageOptions {
    fn default() -> CorpusPageOptions {
        CorpusPageOptions {
            title: "cadrage · corpus report".into(),
            max_views: 50,
            max_view_bytes: 16 << 20,
            max_index: 5_000,
            terms_per_outlet: 10,
        }
    }
}

/// Collects what the corpus page shows, one article at a time, in input order.
pub struct CorpusPage {
    options: CorpusPageOptions,
    articles: usize,
    views: String,
    viewed: usize,
    index: String,
    indexed: usize,
}

impl CorpusPage {
    pub fn new(options: CorpusPageOptions) -> CorpusPage {
        CorpusPage {
            options,
            articles: 0,
            views: String::new(),
            viewed: 0,
            index: String::new(),
            indexed: 0,
        }
    }

    /// Articles added so far.
    pub fn articles(&self) -> usize {
        self.articles
    }

    /// Articles with a full view on the page.
    pub fn viewed(&self) -> usize {
        self.viewed
    }

    /// Adds the next article: its index row and its view while within the limits.
    pub fn add(&mut self, a: &ArticleAnalysis) {
        self.articles += 1;
        let n = self.articles;
        let anchor = format!("a{n}");
        let with_view = self.viewed == n - 1
            && self.viewed < self.options.max_views
            && self.views.len() < self.options.max_view_bytes;
        if with_view {
            article::write_article(&mut self.views, a, &anchor);
            self.viewed += 1;
        }
        if self.indexed < self.options.max_index {
            self.indexed += 1;
            let name = a.title.as_deref().unwrap_or(&a.id);
            let link = if with_view {
                format!("<a href=\"#{anchor}\" lang=\"fr\">{}</a>", Esc(name))
            } else {
                format!("<span lang=\"fr\">{}</span>", Esc(name))
            };
            let p = &a.profile;
            let _ = writeln!(
                self.index,
                "<tr><td class=\"n\">{n}</td><th scope=\"row\">{link}</th><td>{}</td><td>{}</td>\
                 <td class=\"n\">{}</td><td class=\"n\">{} ({})</td><td class=\"n\">{}</td><td><code>{}</code></td></tr>",
                Esc(a.outlet.as_deref().unwrap_or("")),
                Esc(a.date.as_deref().unwrap_or("")),
                p.sentences,
                p.editorial_sentences,
                pct(p.editorial_ratio),
                p.words,
                Esc(&a.id)
            );
        }
    }

    /// Writes the whole page.
    pub fn finish<W: Write>(self, out: &mut W, cmp: &Comparison) -> io::Result<()> {
        let mut buf = String::new();
        page::head(
            &mut buf,
            &self.options.title,
            &format!(
                "{} articles, {} {}s compared.",
                self.articles,
                cmp.outlets.len(),
                group_word(cmp)
            ),
        );
        write_outlets(&mut buf, cmp);
        write_paired(&mut buf, cmp);
        write_keyness(&mut buf, cmp, self.options.terms_per_outlet);
        out.write_all(buf.as_bytes())?;
        buf.clear();

        let _ = write!(
            buf,
            "<section aria-labelledby=\"index-h\"><h2 id=\"index-h\">Articles</h2>\n<p class=\"note\">"
        );
        if self.indexed < self.articles {
            let _ = write!(
                buf,
                "The index lists the first {} of {} articles; <code>articles.csv</code> lists them all. ",
                self.indexed, self.articles
            );
        }
        let _ = writeln!(
            buf,
            "Full views follow for the first {} article{}{}.</p>",
            self.viewed,
            if self.viewed == 1 { "" } else { "s" },
            if self.viewed < self.articles {
                " (titles with a link); the others are in the tables beside this page"
            } else {
                ""
            }
        );
        buf.push_str(
            "<table class=\"index\"><caption>Index of the articles</caption><thead><tr>\
             <th scope=\"col\">#</th><th scope=\"col\">title</th><th scope=\"col\">outlet</th>\
             <th scope=\"col\">date</th><th scope=\"col\">sentences</th><th scope=\"col\">editorial</th>\
             <th scope=\"col\">words</th><th scope=\"col\">id</th></tr></thead><tbody>\n",
        );
        out.write_all(buf.as_bytes())?;
        out.write_all(self.index.as_bytes())?;
        buf.clear();
        buf.push_str("</tbody></table>\n</section>\n");
        if self.viewed > 0 {
            page::legend(&mut buf);
        }
        out.write_all(buf.as_bytes())?;
        out.write_all(self.views.as_bytes())?;
        buf.clear();
        page::foot(&mut buf);
        out.write_all(buf.as_bytes())?;
        out.flush()
    }
}

fn group_word(cmp: &Comparison) -> &str {
    if cmp.group_by.is_empty() {
        "outlet"
    } else {
        &cmp.group_by
    }
}

fn interval_rows(cmp: &Comparison, pick: impl Fn(&OutletSummary) -> &Estimate) -> Vec<IntervalRow> {
    cmp.outlets
        .iter()
        .map(|o| {
            let e = pick(o);
            IntervalRow {
                label: o.outlet.clone(),
                value: e.value,
                low: e.low,
                high: e.high,
                // The chart marks a difference; the table below names the groups, which
                // would not fit beside the bars.
                note: if e.differs_from.is_empty() {
                    String::new()
                } else {
                    " *".to_string()
                },
            }
        })
        .collect()
}

fn interval_desc(
    cmp: &Comparison,
    pick: impl Fn(&OutletSummary) -> &Estimate,
    decimals: usize,
) -> String {
    cmp.outlets
        .iter()
        .map(|o| {
            let e = pick(o);
            let mut d = format!("{}: {:.decimals$}", o.outlet, e.value);
            if let (Some(lo), Some(hi)) = (e.low, e.high) {
                let _ = write!(d, " (95% interval {lo:.decimals$} to {hi:.decimals$})");
            }
            if !e.differs_from.is_empty() {
                let _ = write!(d, ", differs from {}", e.differs_from.join(", "));
            }
            d
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn estimate_cell(e: &Estimate, decimals: usize) -> String {
    let mut s = format!("{:.decimals$}", e.value);
    if let (Some(lo), Some(hi)) = (e.low, e.high) {
        let _ = write!(s, " [{lo:.decimals$}, {hi:.decimals$}]");
    }
    if !e.differs_from.is_empty() {
        s.push_str(" *");
    }
    s
}

fn write_outlets(out: &mut String, cmp: &Comparison) {
    let by = group_word(cmp);
    let _ = write!(
        out,
        "<section aria-labelledby=\"cmp-h\"><h2 id=\"cmp-h\">{}s compared</h2>\n<p class=\"note\">\
         Means over articles with 95% percentile bootstrap intervals (articles resampled within each {}",
        Esc(&capitalize(by)),
        Esc(by)
    );
    if let Some(b) = cmp.bootstrap {
        let _ = write!(out, "; {b} resamples");
    }
    if let Some(s) = cmp.seed {
        let _ = write!(out, "; seed {s}");
    }
    out.push_str(
        "). A <strong>*</strong> marks an estimate whose interval does not overlap that of \
         another group; the table names them. Loaded terms are author-voice hits of categories \
         of kind <code>loaded</code> or <code>label</code>.</p>\n",
    );
    if cmp.outlets.is_empty() {
        out.push_str("<p class=\"none\">No group to compare.</p></section>\n");
        return;
    }
    let rows = interval_rows(cmp, |o| &o.editorial_ratio);
    out.push_str(
        "<figure><figcaption>Editorial ratio: share of sentences flagged editorial</figcaption>",
    );
    charts::intervals(
        out,
        "cmp-ed",
        "Editorial ratio by group, with 95% intervals",
        &interval_desc(cmp, |o| &o.editorial_ratio, 2),
        &rows,
        2,
    );
    out.push_str("</figure>");
    let rows = interval_rows(cmp, |o| &o.loaded_rate);
    out.push_str("<figure><figcaption>Loaded terms per 1,000 author words</figcaption>");
    charts::intervals(
        out,
        "cmp-loaded",
        "Loaded-term rate by group, with 95% intervals",
        &interval_desc(cmp, |o| &o.loaded_rate, 1),
        &rows,
        1,
    );
    out.push_str("</figure>\n");

    out.push_str(
        "<table><caption>The comparison in numbers (mean [95% interval])</caption><thead><tr>",
    );
    let _ = write!(out, "<th scope=\"col\">{}</th>", Esc(by));
    for h in [
        "articles",
        "editorial ratio",
        "loaded terms / 1,000 author words",
        "quoted share",
        "named sources / article",
        "intervals apart from",
    ] {
        let _ = write!(out, "<th scope=\"col\">{h}</th>");
    }
    out.push_str("</tr></thead><tbody>");
    for o in &cmp.outlets {
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            Esc(&o.outlet),
            o.articles,
            estimate_cell(&o.editorial_ratio, 2),
            estimate_cell(&o.loaded_rate, 1),
            estimate_cell(&o.quoted_share, 2),
            estimate_cell(&o.sources, 1),
            Esc(&differences(o))
        );
    }
    out.push_str("</tbody></table>\n</section>\n");
}

/// Which groups each estimate of `o` stands apart from, metric by metric.
fn differences(o: &OutletSummary) -> String {
    [
        ("editorial ratio", &o.editorial_ratio),
        ("loaded terms", &o.loaded_rate),
        ("quoted share", &o.quoted_share),
        ("sources", &o.sources),
    ]
    .iter()
    .filter(|(_, e)| !e.differs_from.is_empty())
    .map(|(name, e)| format!("{name}: {}", e.differs_from.join(", ")))
    .collect::<Vec<_>>()
    .join("; ")
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// One stacked chart per referent: each group's author-voice uses of the competing labels.
fn write_paired(out: &mut String, cmp: &Comparison) {
    out.push_str(
        "<section aria-labelledby=\"pl-h\"><h2 id=\"pl-h\">Paired labels</h2>\n<p class=\"note\">\
         When several names compete for one referent, which one each group uses in its own \
         voice. Quoted uses are the sources' choice and are not in the charts.</p>\n",
    );
    if cmp.paired_labels.is_empty() {
        out.push_str("<p class=\"none\">No paired label in this corpus.</p></section>\n");
        return;
    }
    let mut referents: Vec<&str> = Vec::new();
    for r in &cmp.paired_labels {
        if !referents.contains(&r.group.as_str()) {
            referents.push(&r.group);
        }
    }
    out.push_str("<div class=\"figs\">");
    for (k, referent) in referents.iter().enumerate() {
        let rows: Vec<&LabelShare> = cmp
            .paired_labels
            .iter()
            .filter(|r| r.group == *referent)
            .collect();
        let mut labels: Vec<&str> = Vec::new();
        let mut groups: Vec<&str> = Vec::new();
        for r in &rows {
            if !labels.contains(&r.label.as_str()) {
                labels.push(&r.label);
            }
            if !groups.contains(&r.outlet.as_str()) {
                groups.push(&r.outlet);
            }
        }
        let series: Vec<Series> = labels
            .iter()
            .enumerate()
            .map(|(i, l)| Series::new(*l, i, i % 4))
            .collect();
        let stack: Vec<StackRow> = groups
            .iter()
            .map(|g| StackRow {
                label: g.to_string(),
                values: labels
                    .iter()
                    .map(|l| {
                        rows.iter()
                            .filter(|r| r.outlet == *g && r.label == *l)
                            .map(|r| r.author as f64)
                            .sum()
                    })
                    .collect(),
            })
            .collect();
        let desc: Vec<String> = rows
            .iter()
            .map(|r| {
                format!(
                    "{}: « {} » {} author uses ({}), {} quoted",
                    r.outlet,
                    r.label,
                    r.author,
                    pct(r.share),
                    r.quoted
                )
            })
            .collect();
        let _ = write!(
            out,
            "<figure><figcaption>Names for <span lang=\"fr\">{}</span></figcaption>",
            Esc(referent)
        );
        charts::stacked(
            out,
            &format!("pl-{k}"),
            &format!("Labels chosen for {referent}"),
            &desc.join("; "),
            &series,
            &stack,
        );
        out.push_str("</figure>");
    }
    out.push_str("</div>\n</section>\n");
}

/// The most over-used terms of each group, with p < 0.05, as bars of G² and a table.
fn write_keyness(out: &mut String, cmp: &Comparison, per_outlet: usize) {
    out.push_str(
        "<section aria-labelledby=\"key-h\"><h2 id=\"key-h\">Keyness</h2>\n<p class=\"note\">\
         Terms each group uses more than the rest of the corpus in its own voice: log-likelihood \
         G² of the 2×2 table, with p &lt; 0.05. <code>keyness.csv</code> has every term, \
         under-used ones too.</p>\n",
    );
    let mut any = false;
    out.push_str("<div class=\"figs\">");
    for (k, o) in cmp.outlets.iter().enumerate() {
        let mut terms: Vec<&KeyTerm> = cmp
            .keyness
            .iter()
            .filter(|t| t.outlet == o.outlet && t.g2 > 0.0 && t.p < 0.05)
            .collect();
        terms.sort_by(|a, b| b.g2.total_cmp(&a.g2).then_with(|| a.term.cmp(&b.term)));
        terms.truncate(per_outlet);
        if terms.is_empty() {
            continue;
        }
        any = true;
        let desc: Vec<String> = terms
            .iter()
            .map(|t| {
                format!(
                    "« {} » G² {:.1}, p {:.3}, {} uses against {} in the rest",
                    t.term, t.g2, t.p, t.outlet_count, t.rest_count
                )
            })
            .collect();
        let _ = write!(
            out,
            "<figure><figcaption>{}: over-used terms</figcaption>",
            Esc(&o.outlet)
        );
        charts::bars(
            out,
            &format!("key-{k}"),
            &format!("Keyness of {}'s terms (G²)", o.outlet),
            &desc.join("; "),
            &[Series::new("G²", 7, 0)],
            &terms
                .iter()
                .map(|t| BarRow {
                    label: t.term.clone(),
                    values: vec![t.g2],
                })
                .collect::<Vec<_>>(),
            1,
        );
        out.push_str("<table><thead><tr><th scope=\"col\">term</th><th scope=\"col\">category</th>\
                      <th scope=\"col\">uses</th><th scope=\"col\">rest</th><th scope=\"col\">G²</th>\
                      <th scope=\"col\">p</th></tr></thead><tbody>");
        for t in &terms {
            let _ = write!(
                out,
                "<tr><th scope=\"row\" lang=\"fr\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{:.1}</td><td>{:.4}</td></tr>",
                Esc(&t.term),
                Esc(&t.category),
                t.outlet_count,
                t.rest_count,
                t.g2,
                t.p
            );
        }
        out.push_str("</tbody></table></figure>");
    }
    out.push_str("</div>\n");
    if !any {
        out.push_str("<p class=\"none\">No term is significantly over-used by any group.</p>\n");
    }
    out.push_str("</section>\n");
}
