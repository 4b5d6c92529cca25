//! The framing profile of one article as charts and tables: voice shares, category rates in the
//! author's voice and inside quotations, the stance mix of reporting verbs, then the key numbers,
//! speakers, paired labels, actors and frames.

use std::fmt::Write as _;

use super::charts::{self, BarRow, Series, StackRow};
use super::escape::Esc;
use super::names::pct;
use crate::analysis::ArticleAnalysis;

/// The voice series, shared by every chart and the legend: colour and pattern per voice.
pub fn voice_series() -> [Series; 4] {
    [
        Series::new("author", 0, 0),
        Series::new("direct", 1, 1),
        Series::new("indirect", 2, 2),
        Series::new("mixed", 3, 3),
    ]
}

pub fn stance_series() -> [Series; 4] {
    [
        Series::new("neutral", 4, 0),
        Series::new("endorsing", 5, 1),
        Series::new("distancing", 6, 2),
        Series::new("loaded", 7, 3),
    ]
}

fn parts_desc(names: &[&str], values: &[usize]) -> String {
    let total: usize = values.iter().sum();
    let list: Vec<String> = names
        .iter()
        .zip(values)
        .map(|(n, v)| {
            let share = if total == 0 {
                0.0
            } else {
                *v as f64 / total as f64
            };
            format!("{n} {v} ({})", pct(share))
        })
        .collect();
    list.join(", ")
}

fn figure_open(out: &mut String, caption: &str) {
    let _ = write!(out, "<figure><figcaption>{}</figcaption>", Esc(caption));
}

/// Writes the profile `<section>` of article `anchor`.
pub fn write_profile(out: &mut String, a: &ArticleAnalysis, anchor: &str) {
    let p = &a.profile;
    let _ = write!(
        out,
        "<section class=\"profile\" aria-labelledby=\"{anchor}-prof\"><h3 id=\"{anchor}-prof\">Framing profile</h3>\n<div class=\"figs\">"
    );

    let sentences = [
        p.author_sentences,
        p.direct_sentences,
        p.indirect_sentences,
        p.mixed_sentences,
    ];
    let words = [p.author_words, p.direct_words, p.indirect_words, 0];
    let voice_names = ["author", "direct", "indirect", "mixed"];
    figure_open(out, "Voice: who speaks, by sentence and by word");
    charts::stacked(
        out,
        &format!("{anchor}-voice"),
        "Voice shares",
        &format!(
            "Sentences: {}. Words: {}.",
            parts_desc(&voice_names, &sentences),
            parts_desc(&voice_names[..3], &words[..3])
        ),
        &voice_series(),
        &[
            StackRow {
                label: "sentences".into(),
                values: sentences.iter().map(|v| *v as f64).collect(),
            },
            StackRow {
                label: "words".into(),
                values: words.iter().map(|v| *v as f64).collect(),
            },
        ],
    );
    out.push_str("</figure>\n");

    let cats: Vec<_> = p
        .categories
        .iter()
        .filter(|c| c.author_hits + c.quoted_hits > 0)
        .collect();
    figure_open(
        out,
        "Lexicon categories per 1,000 words: in the author's voice and inside quotations",
    );
    if cats.is_empty() {
        out.push_str("<p class=\"none\">No lexicon hit in this article.</p>");
    } else {
        let desc: Vec<String> = cats
            .iter()
            .map(|c| {
                format!(
                    "{}: author {:.1} ({} hits), quoted {:.1} ({} hits)",
                    c.category, c.author_rate, c.author_hits, c.quoted_rate, c.quoted_hits
                )
            })
            .collect();
        charts::bars(
            out,
            &format!("{anchor}-cats"),
            "Category rates per 1,000 words",
            &desc.join("; "),
            &[
                Series::new("author voice", 0, 0),
                Series::new("inside quotations", 1, 1),
            ],
            &cats
                .iter()
                .map(|c| BarRow {
                    label: c.category.clone(),
                    values: vec![c.author_rate, c.quoted_rate],
                })
                .collect::<Vec<_>>(),
            1,
        );
    }
    out.push_str("</figure>\n");

    let st = &p.stances;
    let stances = [st.neutral, st.endorsing, st.distancing, st.loaded];
    figure_open(out, "Stance of the reporting verbs");
    if st.total() == 0 {
        out.push_str("<p class=\"none\">No reporting verb with a stance.</p>");
    } else {
        charts::stacked(
            out,
            &format!("{anchor}-stance"),
            "Stance mix of reporting verbs",
            &format!(
                "Reporting verbs: {}.",
                parts_desc(&["neutral", "endorsing", "distancing", "loaded"], &stances)
            ),
            &stance_series(),
            &[StackRow {
                label: format!("{} verbs", st.total()),
                values: stances.iter().map(|v| *v as f64).collect(),
            }],
        );
    }
    out.push_str("</figure>\n</div>\n");

    write_numbers(out, a, anchor);
    write_lists(out, a);
    out.push_str("</section>\n");
}

fn write_numbers(out: &mut String, a: &ArticleAnalysis, anchor: &str) {
    let p = &a.profile;
    let rows: Vec<(&str, String)> = vec![
        ("Sentences", p.sentences.to_string()),
        ("Words", p.words.to_string()),
        (
            "Words by voice (author · direct · reported)",
            format!(
                "{} · {} · {}",
                p.author_words, p.direct_words, p.indirect_words
            ),
        ),
        (
            "Editorial sentences",
            format!("{} ({})", p.editorial_sentences, pct(p.editorial_ratio)),
        ),
        (
            "Editorial share of author and mixed sentences",
            pct(p.author_editorial_ratio),
        ),
        ("Mean score", format!("{:.2}", p.mean_score)),
        ("Words in direct quotations", pct(p.quoted_share)),
        ("Words in reported speech", pct(p.reported_share)),
        (
            "Quotations (direct · indirect · scare · unbalanced)",
            format!(
                "{} · {} · {} · {}",
                p.quotes.direct, p.quotes.indirect, p.quotes.scare, p.quotes.unbalanced
            ),
        ),
        ("Distinct named speakers", p.distinct_speakers.to_string()),
        ("Quotations from vague sources", p.vague_sources.to_string()),
        ("Vague-source terms", p.vague_source_terms.to_string()),
        (
            "Reporting verbs (neutral · endorsing · distancing · loaded)",
            format!(
                "{} · {} · {} · {}",
                p.stances.neutral, p.stances.endorsing, p.stances.distancing, p.stances.loaded
            ),
        ),
        ("Rhetorical questions", p.rhetorical_questions.to_string()),
        ("Exclamations", p.exclamations.to_string()),
        ("Hedges", p.hedges.to_string()),
        ("Sentences in the conditional", p.conditionals.to_string()),
        (
            "Frames",
            if p.frames.is_empty() {
                "none above the threshold".to_string()
            } else {
                p.frames.join(", ")
            },
        ),
    ];
    let _ = write!(
        out,
        "<table class=\"numbers\" aria-labelledby=\"{anchor}-num\"><caption id=\"{anchor}-num\">Key numbers</caption><tbody>"
    );
    for (k, v) in rows {
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
            Esc(k),
            Esc(&v)
        );
    }
    out.push_str("</tbody></table>\n");
}

/// A table with a caption, column headers and already-escaped cells.
fn table(out: &mut String, caption: &str, head: &[&str], rows: &[Vec<String>]) {
    let _ = write!(out, "<table><caption>{}</caption><thead><tr>", Esc(caption));
    for h in head {
        let _ = write!(out, "<th scope=\"col\">{}</th>", Esc(h));
    }
    out.push_str("</tr></thead><tbody>");
    for r in rows {
        out.push_str("<tr>");
        for (k, c) in r.iter().enumerate() {
            if k == 0 {
                let _ = write!(out, "<th scope=\"row\">{c}</th>");
            } else {
                let _ = write!(out, "<td>{c}</td>");
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>\n");
}

fn write_lists(out: &mut String, a: &ArticleAnalysis) {
    let p = &a.profile;
    if !p.speakers.is_empty() {
        let rows: Vec<Vec<String>> = p
            .speakers
            .iter()
            .map(|s| {
                vec![
                    format!("<span lang=\"fr\">{}</span>", Esc(&s.name)),
                    s.quotes.to_string(),
                    s.words.to_string(),
                    pct(s.share),
                    if s.vague { "vague" } else { "named" }.to_string(),
                ]
            })
            .collect();
        table(
            out,
            "Speakers and their share of quoted words",
            &["speaker", "quotations", "words", "share", "source"],
            &rows,
        );
    }
    if !p.paired_labels.is_empty() {
        let rows: Vec<Vec<String>> = p
            .paired_labels
            .iter()
            .map(|c| {
                vec![
                    format!("<span lang=\"fr\">{}</span>", Esc(&c.group)),
                    format!("<span lang=\"fr\">{}</span>", Esc(&c.label)),
                    c.author.to_string(),
                    c.quoted.to_string(),
                ]
            })
            .collect();
        table(
            out,
            "Paired labels: which name the author chose",
            &["referent", "label", "author", "quoted"],
            &rows,
        );
    }
    if !p.actor_targets.is_empty() {
        let rows: Vec<Vec<String>> = p
            .actor_targets
            .iter()
            .map(|t| {
                vec![
                    format!("<span lang=\"fr\">{}</span>", Esc(&t.actor)),
                    t.hits.to_string(),
                    format!("{:.1}", t.weight),
                ]
            })
            .collect();
        table(
            out,
            "Actors targeted by the author's loaded terms",
            &["actor", "hits", "weight"],
            &rows,
        );
    }
}
