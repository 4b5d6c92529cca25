//! A comparison as the rows of `outlets.csv` and as a table for the terminal.
//!
//! The CSV row flattens each estimate into value, interval bounds and the outlets it differs
//! from; the text view shows the same numbers, marking with `*` every interval that does not
//! overlap another outlet's, and then the stance mix, paired labels, actors and key terms.

use std::io::{self, Write};

use serde::Serialize;

use crate::error::Result;

use super::compare::{CompareOptions, Comparison, Estimate, OutletStats, TOP};
use super::outdir::OutDir;
use super::rows::join_list;
use super::tables;

/// A row of `outlets.csv`.
#[derive(Debug, Serialize)]
pub struct OutletRow<'a> {
    pub outlet: &'a str,
    pub articles: usize,
    pub sentences: u64,
    pub words: u64,
    pub author_words: u64,
    pub editorial_sentences: u64,
    pub editorial_ratio: f64,
    pub editorial_ratio_low: Option<f64>,
    pub editorial_ratio_high: Option<f64>,
    pub editorial_ratio_differs_from: String,
    pub loaded_hits: u64,
    pub loaded_rate: f64,
    pub loaded_rate_low: Option<f64>,
    pub loaded_rate_high: Option<f64>,
    pub loaded_rate_differs_from: String,
    pub loaded_rate_ratio: Option<f64>,
    pub loaded_rate_ratio_low: Option<f64>,
    pub loaded_rate_ratio_high: Option<f64>,
    pub quoted_share: f64,
    pub quoted_share_low: Option<f64>,
    pub quoted_share_high: Option<f64>,
    pub quoted_share_differs_from: String,
    pub sources: f64,
    pub sources_low: Option<f64>,
    pub sources_high: Option<f64>,
    pub sources_differs_from: String,
    pub verbs: usize,
    pub stance_neutral: f64,
    pub stance_endorsing: f64,
    pub stance_distancing: f64,
    pub stance_loaded: f64,
    pub top_actors: String,
    pub top_terms: String,
}

/// The `outlets.csv` row of one outlet.
pub fn outlet_row(o: &OutletStats) -> OutletRow<'_> {
    let low = |e: &Estimate| e.interval.map(|i| i.0);
    let high = |e: &Estimate| e.interval.map(|i| i.1);
    OutletRow {
        outlet: &o.outlet,
        articles: o.articles,
        sentences: o.sentences,
        words: o.words,
        author_words: o.author_words,
        editorial_sentences: o.editorial_sentences,
        editorial_ratio: o.editorial_ratio.value,
        editorial_ratio_low: low(&o.editorial_ratio),
        editorial_ratio_high: high(&o.editorial_ratio),
        editorial_ratio_differs_from: join_list(&o.editorial_ratio.differs_from),
        loaded_hits: o.loaded_hits,
        loaded_rate: o.loaded_rate.value,
        loaded_rate_low: low(&o.loaded_rate),
        loaded_rate_high: high(&o.loaded_rate),
        loaded_rate_differs_from: join_list(&o.loaded_rate.differs_from),
        loaded_rate_ratio: o.loaded_rate_ratio,
        loaded_rate_ratio_low: o.loaded_rate_ratio_interval.map(|i| i.0),
        loaded_rate_ratio_high: o.loaded_rate_ratio_interval.map(|i| i.1),
        quoted_share: o.quoted_share.value,
        quoted_share_low: low(&o.quoted_share),
        quoted_share_high: high(&o.quoted_share),
        quoted_share_differs_from: join_list(&o.quoted_share.differs_from),
        sources: o.sources.value,
        sources_low: low(&o.sources),
        sources_high: high(&o.sources),
        sources_differs_from: join_list(&o.sources.differs_from),
        verbs: o.verbs,
        stance_neutral: o.stance_neutral,
        stance_endorsing: o.stance_endorsing,
        stance_distancing: o.stance_distancing,
        stance_loaded: o.stance_loaded,
        top_actors: o
            .top_actors
            .iter()
            .map(|(a, h)| format!("{a}:{h}"))
            .collect::<Vec<_>>()
            .join(" | "),
        top_terms: join_list(&o.top_terms),
    }
}

/// Writes the four comparison tables (`outlets.csv`, `keyness.csv`, `paired_labels.csv`,
/// `outlet_actors.csv`) into `dir`; they appear when the folder is committed.
pub fn write_tables(dir: &mut OutDir, c: &Comparison) -> Result<()> {
    let mut t = dir.table(&tables::OUTLETS)?;
    for o in &c.outlets {
        t.row(&outlet_row(o))?;
    }
    dir.finish_table(t)?;
    let mut t = dir.table(&tables::KEYNESS)?;
    for k in &c.keyness {
        t.row(k)?;
    }
    dir.finish_table(t)?;
    let mut t = dir.table(&tables::PAIRED_LABELS)?;
    for p in &c.paired_labels {
        t.row(p)?;
    }
    dir.finish_table(t)?;
    let mut t = dir.table(&tables::OUTLET_ACTORS)?;
    for a in &c.actors {
        t.row(a)?;
    }
    dir.finish_table(t)
}

fn estimate(e: &Estimate, digits: usize) -> String {
    let mark = if e.differs_from.is_empty() { "" } else { " *" };
    match e.interval {
        Some((lo, hi)) => format!("{:.d$} [{:.d$}–{:.d$}]{mark}", e.value, lo, hi, d = digits),
        None => format!("{:.d$}{mark}", e.value, d = digits),
    }
}

fn rate_ratio(o: &OutletStats) -> String {
    match (o.loaded_rate_ratio, o.loaded_rate_ratio_interval) {
        (Some(rr), Some((lo, hi))) => format!("{rr:.2} [{lo:.2}–{hi:.2}]"),
        (Some(rr), None) => format!("{rr:.2}"),
        (None, _) => String::from("–"),
    }
}

fn table<W: Write>(out: &mut W, header: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let mut s = String::new();
        for (i, (c, w)) in cells.iter().zip(&widths).enumerate() {
            let pad = w - c.chars().count();
            if i == 0 {
                s.push_str(c);
                s.push_str(&" ".repeat(pad));
            } else {
                s.push_str("  ");
                s.push_str(&" ".repeat(pad));
                s.push_str(c);
            }
        }
        s.trim_end().to_string()
    };
    writeln!(out, "{}", line(header.to_vec()))?;
    for r in rows {
        writeln!(out, "{}", line(r.iter().map(String::as_str).collect()))?;
    }
    Ok(())
}

/// Writes the comparison as text tables.
pub fn write_text<W: Write>(
    out: &mut W,
    c: &Comparison,
    options: &CompareOptions,
) -> io::Result<()> {
    writeln!(
        out,
        "Outlets compared: means with 95% percentile bootstrap intervals ({} resamples of \
         articles, seed {}); * marks an interval that does not overlap another outlet's.",
        options.bootstrap, options.seed
    )?;
    writeln!(
        out,
        "Loaded terms are author-voice hits of `loaded` and `label` categories; the rate ratio \
         compares the outlet with the rest of the corpus (log method).\n"
    )?;
    let rows: Vec<Vec<String>> = c
        .outlets
        .iter()
        .map(|o| {
            vec![
                o.outlet.clone(),
                o.articles.to_string(),
                estimate(&o.editorial_ratio, 3),
                estimate(&o.loaded_rate, 2),
                rate_ratio(o),
                estimate(&o.quoted_share, 3),
                estimate(&o.sources, 2),
            ]
        })
        .collect();
    table(
        out,
        &[
            "outlet",
            "articles",
            "editorial ratio",
            "loaded /1,000 author words",
            "rate ratio vs rest",
            "quoted share",
            "sources per article",
        ],
        &rows,
    )?;

    writeln!(out, "\nReporting verbs by stance (shares)\n")?;
    let rows: Vec<Vec<String>> = c
        .outlets
        .iter()
        .map(|o| {
            vec![
                o.outlet.clone(),
                o.verbs.to_string(),
                format!("{:.2}", o.stance_neutral),
                format!("{:.2}", o.stance_endorsing),
                format!("{:.2}", o.stance_distancing),
                format!("{:.2}", o.stance_loaded),
            ]
        })
        .collect();
    table(
        out,
        &[
            "outlet",
            "verbs",
            "neutral",
            "endorsing",
            "distancing",
            "loaded",
        ],
        &rows,
    )?;

    let differences: Vec<String> = c
        .outlets
        .iter()
        .flat_map(|o| {
            [
                ("editorial ratio", &o.editorial_ratio),
                ("loaded rate", &o.loaded_rate),
                ("quoted share", &o.quoted_share),
                ("sources", &o.sources),
            ]
            .into_iter()
            .filter(|(_, e)| !e.differs_from.is_empty())
            .map(|(name, e)| {
                format!(
                    "  {}: {name} differs from {}",
                    o.outlet,
                    e.differs_from.join(", ")
                )
            })
            .collect::<Vec<_>>()
        })
        .collect();
    if !differences.is_empty() {
        writeln!(out, "\nNon-overlapping intervals\n")?;
        for d in differences {
            writeln!(out, "{d}")?;
        }
    }

    if !c.paired_labels.is_empty() {
        writeln!(
            out,
            "\nPaired labels: each label's share of the outlet's own (author-voice) uses\n"
        )?;
        let rows: Vec<Vec<String>> = c
            .paired_labels
            .iter()
            .map(|p| {
                vec![
                    p.outlet.clone(),
                    p.group.clone(),
                    p.label.clone(),
                    p.author.to_string(),
                    p.quoted.to_string(),
                    format!("{:.2}", p.share),
                ]
            })
            .collect();
        table(
            out,
            &["outlet", "referent", "label", "author", "quoted", "share"],
            &rows,
        )?;
    }

    writeln!(out, "\nActors most targeted by loaded terms\n")?;
    for o in &c.outlets {
        let list: Vec<String> = o
            .top_actors
            .iter()
            .map(|(a, h)| format!("{a} ({h})"))
            .collect();
        let list = if list.is_empty() {
            String::from("–")
        } else {
            list.join(", ")
        };
        writeln!(out, "  {}: {list}", o.outlet)?;
    }

    writeln!(
        out,
        "\nKey terms: the outlet's most over-used terms against the rest (G², p < 0.05)\n"
    )?;
    for o in &c.outlets {
        let list: Vec<String> = c
            .keyness
            .iter()
            .filter(|k| k.outlet == o.outlet && k.g2 > 0.0 && k.p < 0.05)
            .take(TOP)
            .map(|k| format!("{} (G² {:.1}, p {:.3})", k.term, k.g2, k.p))
            .collect();
        let list = if list.is_empty() {
            String::from("–")
        } else {
            list.join(", ")
        };
        writeln!(out, "  {}: {list}", o.outlet)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::rows::tests::serde_header;
    use crate::corpus::tables;

    #[test]
    fn outlet_rows_serialize_the_outlets_table_columns() {
        let e = Estimate {
            value: 0.0,
            interval: None,
            differs_from: vec![],
        };
        let o = OutletStats {
            outlet: "o".into(),
            articles: 0,
            sentences: 0,
            words: 0,
            author_words: 0,
            editorial_sentences: 0,
            editorial_ratio: e.clone(),
            loaded_hits: 0,
            loaded_rate: e.clone(),
            loaded_rate_ratio: None,
            loaded_rate_ratio_interval: None,
            quoted_share: e.clone(),
            sources: e,
            verbs: 0,
            stance_neutral: 0.0,
            stance_endorsing: 0.0,
            stance_distancing: 0.0,
            stance_loaded: 0.0,
            top_actors: vec![],
            top_terms: vec![],
        };
        assert_eq!(serde_header(&outlet_row(&o)), tables::OUTLETS.header());
        let k = crate::corpus::compare::KeynessRow {
            outlet: String::new(),
            term: String::new(),
            category: String::new(),
            kind: String::new(),
            outlet_count: 0,
            rest_count: 0,
            outlet_rate: 0.0,
            rest_rate: 0.0,
            g2: 0.0,
            p: 1.0,
            chi2: 0.0,
        };
        assert_eq!(serde_header(&k), tables::KEYNESS.header());
        let p = crate::corpus::compare::PairedRow {
            outlet: String::new(),
            group: String::new(),
            label: String::new(),
            author: 0,
            quoted: 0,
            share: 0.0,
        };
        assert_eq!(serde_header(&p), tables::PAIRED_LABELS.header());
        let a = crate::corpus::compare::OutletActorRow {
            outlet: String::new(),
            actor: String::new(),
            hits: 0,
            weight: 0.0,
            share: 0.0,
        };
        assert_eq!(serde_header(&a), tables::OUTLET_ACTORS.header());
    }
}
