//! The view of one article: its header, every sentence shaded by voice and score with its
//! hits, quotations and reasons, then its framing profile.
//!
//! Each sentence is a list item whose voice is shown three ways (a text badge, a border
//! pattern, a tint) and whose editorial flag is a visible `◆ editorial` marker, so nothing
//! depends on colour. Lexicon hits are `<mark tabindex="0">` elements: their `title` holds the
//! details (category, technique, weight, lexicon `file:line`, scored or why not), shown by the
//! browser on hover and by the page's CSS when the mark has keyboard focus. The article's own
//! words are in `lang="fr"` elements; the labels around them are English, like the rest of the
//! tool's output.

use std::fmt::Write as _;

use super::escape::Esc;
use super::markup::{self, Mark, Run};
use super::names;
use super::profile;
use crate::analysis::{ArticleAnalysis, QuoteOut, SentenceOut};
use crate::score::{Cue, Hit};
use crate::segment::SentenceKind;
use crate::span::{Span, TextVoice};
use crate::voice::QuoteKind;

/// Writes one `<article>` with the id `anchor` (ids inside it are prefixed with it).
pub fn write_article(out: &mut String, a: &ArticleAnalysis, anchor: &str) {
    let heading = a.title.as_deref().unwrap_or(&a.id);
    let _ = write!(
        out,
        "<article class=\"art\" id=\"{anchor}\" aria-labelledby=\"{anchor}-h\">\n<header class=\"art-head\">\
         <h2 id=\"{anchor}-h\" lang=\"fr\">{}</h2>\n<p class=\"byline\">",
        Esc(heading)
    );
    let mut parts: Vec<String> = Vec::new();
    if let Some(o) = &a.outlet {
        parts.push(format!("<span class=\"outlet\">{}</span>", Esc(o)));
    }
    if let Some(d) = &a.date {
        parts.push(format!("<time>{}</time>", Esc(d)));
    }
    parts.push(format!("id <code>{}</code>", Esc(&a.id)));
    parts.push(format!("source <code>{}</code>", Esc(&a.source)));
    if let Some(u) = &a.url {
        parts.push(url(u));
    }
    if let Some(enc) = &a.transcoded_from {
        parts.push(format!("transcoded from {}", Esc(enc)));
    }
    out.push_str(&parts.join(" · "));
    out.push_str("</p>\n");
    if !a.warnings.is_empty() {
        out.push_str("<ul class=\"warnings\">");
        for w in &a.warnings {
            let _ = write!(out, "<li><strong>Warning:</strong> {}</li>", Esc(w));
        }
        out.push_str("</ul>\n");
    }
    let p = &a.profile;
    let _ = writeln!(
        out,
        "<p class=\"summary\"><strong>{}</strong> sentences · <strong>{}</strong> editorial ({}) · \
         author {} · direct {} · indirect {} · mixed {} · {} words</p>\n</header>",
        p.sentences,
        p.editorial_sentences,
        names::pct(p.editorial_ratio),
        p.author_sentences,
        p.direct_sentences,
        p.indirect_sentences,
        p.mixed_sentences,
        p.words
    );

    let _ = write!(
        out,
        "<section class=\"text\" aria-labelledby=\"{anchor}-text\">\
         <h3 id=\"{anchor}-text\">Text, sentence by sentence</h3>\n<ol class=\"sentences\">\n"
    );
    write_sentences(out, a, anchor);
    out.push_str("</ol>\n</section>\n");
    profile::write_profile(out, a, anchor);
    out.push_str("</article>\n");
}

/// A link for http(s) addresses only; anything else (`javascript:`, `data:`) is shown as text.
fn url(u: &str) -> String {
    let lower = u.trim_start().to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        format!(
            "<a href=\"{0}\" rel=\"noopener noreferrer nofollow\">{0}</a>",
            Esc(u.trim())
        )
    } else {
        format!("url <code>{}</code>", Esc(u))
    }
}

/// Quotations overlapping each sentence, found with one pass over both lists sorted by start.
fn write_sentences(out: &mut String, a: &ArticleAnalysis, anchor: &str) {
    let mut quotes: Vec<&QuoteOut> = a.quotes.iter().collect();
    quotes.sort_by_key(|q| (q.start, q.end));
    let mut hits: Vec<&Hit> = a.hits.iter().collect();
    hits.sort_by_key(|h| (h.start, h.end));
    let mut next_quote = 0;
    let mut open_quotes: Vec<&QuoteOut> = Vec::new();
    let mut next_hit = 0;
    let mut previous_paragraph = None;
    let mut starting: Vec<Vec<&QuoteOut>> = vec![Vec::new(); a.sentences.len()];
    for q in &a.quotes {
        if let Some(list) = starting.get_mut(q.sentence) {
            list.push(q);
        }
    }
    for s in &a.sentences {
        let span = Span::new(s.start, s.end.max(s.start));
        open_quotes.retain(|q| q.end > span.start);
        while next_quote < quotes.len() && quotes[next_quote].start < span.end {
            if quotes[next_quote].end > span.start {
                open_quotes.push(quotes[next_quote]);
            }
            next_quote += 1;
        }
        while next_hit < hits.len() && hits[next_hit].start < span.start {
            next_hit += 1;
        }
        let first_hit = next_hit;
        while next_hit < hits.len() && hits[next_hit].start < span.end {
            next_hit += 1;
        }
        let sentence_hits: Vec<&Hit> = hits[first_hit..next_hit]
            .iter()
            .copied()
            .filter(|h| h.end <= span.end)
            .collect();
        let quotes_here = starting.get(s.index).map(Vec::as_slice).unwrap_or(&[]);
        let new_paragraph = previous_paragraph.is_some_and(|p| p != s.paragraph);
        previous_paragraph = Some(s.paragraph);
        write_sentence(
            out,
            s,
            anchor,
            new_paragraph,
            &sentence_hits,
            &open_quotes,
            quotes_here,
        );
    }
}

/// The shading bucket of a score: 0, under 1, under 2, under 3, 3 and more.
fn score_class(score: f64) -> usize {
    if score <= 0.0 {
        0
    } else if score < 1.0 {
        1
    } else if score < 2.0 {
        2
    } else if score < 3.0 {
        3
    } else {
        4
    }
}

fn write_sentence(
    out: &mut String,
    s: &SentenceOut,
    anchor: &str,
    new_paragraph: bool,
    hits: &[&Hit],
    overlapping_quotes: &[&QuoteOut],
    quotes_here: &[&QuoteOut],
) {
    let mut class = format!("s v-{} sc{}", s.voice.as_str(), score_class(s.score));
    if s.editorial {
        class.push_str(" ed");
    }
    if new_paragraph {
        class.push_str(" np");
    }
    class.push_str(match s.kind {
        SentenceKind::Text => "",
        SentenceKind::Heading => " hd",
        SentenceKind::ListItem => " item",
    });
    let _ = write!(
        out,
        "<li class=\"{class}\" id=\"{anchor}-s{}\" value=\"{}\">\n<p class=\"meta\"><span class=\"vb\">{}</span>",
        s.index + 1,
        s.index + 1,
        names::voice_label(s.voice)
    );
    if s.kind == SentenceKind::Heading {
        out.push_str(" <span class=\"kind\">heading</span>");
    }
    if s.editorial {
        let _ = write!(
            out,
            " <strong class=\"edflag\">◆ editorial {:.1}</strong>",
            s.score
        );
    } else if s.score > 0.0 {
        let _ = write!(out, " <span class=\"score\">score {:.1}</span>", s.score);
    }
    if let Some(sp) = &s.speaker {
        let _ = write!(
            out,
            " <span class=\"who\">speaker: <span lang=\"fr\">{}</span></span>",
            Esc(sp)
        );
    }
    out.push_str("</p>\n<p class=\"tx\" lang=\"fr\">");
    write_text(out, s, hits, overlapping_quotes);
    out.push_str("</p>\n");
    write_reasons(out, s);
    write_quotes(out, quotes_here);
    write_unscored(out, hits);
    out.push_str("</li>\n");
}

/// The sentence text with its runs and marks, in offsets relative to the sentence.
fn write_text(out: &mut String, s: &SentenceOut, hits: &[&Hit], quotes: &[&QuoteOut]) {
    let base = s.start;
    let len = s.text.len();
    let rel = |start: usize, end: usize| -> Option<Span> {
        let a = start.max(base) - base;
        let b = end.min(base + len).saturating_sub(base);
        (a < b).then(|| Span::new(a, b))
    };
    let mut runs: Vec<(Span, Run)> = Vec::new();
    for q in quotes {
        let run = match q.kind {
            QuoteKind::Direct => Run::DirectQuote,
            QuoteKind::Indirect => Run::IndirectQuote,
            QuoteKind::Scare => Run::ScareQuote,
        };
        runs.extend(rel(q.start, q.end).map(|x| (x, run)));
        if let Some(sp) = &q.speaker
            && let (Some(a), Some(b)) = (sp.start, sp.end)
        {
            runs.extend(rel(a, b).map(|x| (x, Run::Speaker)));
        }
        if let Some(v) = &q.verb {
            runs.extend(rel(v.start, v.end).map(|x| (x, Run::Verb)));
        }
    }
    // Scare quotes are already shown as a quotation run; other cues get their own run.
    for r in &s.reasons {
        if r.cue != Cue::Lexicon && r.cue != Cue::ScareQuote {
            runs.extend(rel(r.start, r.end).map(|x| (x, Run::Cue)));
        }
    }
    let marks = hit_marks(hits, base, len);
    markup::render(out, &s.text, Span::new(0, len), &runs, &marks);
}

/// Merges overlapping hits into one mark each, styled after the most telling hit (scored, then
/// author-voice, then quoted), with every hit's details in the title.
fn hit_marks(hits: &[&Hit], base: usize, len: usize) -> Vec<Mark> {
    let mut marks = Vec::new();
    let mut k = 0;
    while k < hits.len() {
        let start = hits[k].start;
        let mut end = hits[k].end;
        let mut j = k + 1;
        while j < hits.len() && hits[j].start < end {
            end = end.max(hits[j].end);
            j += 1;
        }
        let group = &hits[k..j];
        k = j;
        if start < base || end > base + len || start >= end {
            continue;
        }
        let lead = group
            .iter()
            .max_by_key(|h| (h.scored, h.voice == TextVoice::Author, h.weight > 0.0))
            .expect("a group holds at least one hit");
        let state = if lead.scored {
            "scored"
        } else if lead.voice == TextVoice::Author {
            "counted"
        } else {
            "quoted"
        };
        let tip: Vec<String> = group.iter().map(|h| hit_tip(h)).collect();
        marks.push(Mark {
            span: Span::new(start - base, end - base),
            open: format!(
                "<mark class=\"hit {} {state}\" tabindex=\"0\" title=\"{}\">",
                names::kind_class(lead.kind),
                Esc(&tip.join("\n"))
            ),
        });
    }
    marks
}

/// Why a hit did or did not add to the score.
fn hit_status(h: &Hit) -> String {
    if h.scored {
        return format!("scored: +{:.1}", h.weight);
    }
    match h.voice {
        TextVoice::Direct => "not scored: inside a direct quotation, the source's words".into(),
        TextVoice::Indirect => "not scored: inside reported speech, the source's words".into(),
        TextVoice::Author => format!(
            "not scored: {} categories are counted, not scored",
            h.kind.as_str()
        ),
    }
}

/// The tooltip of one hit.
fn hit_tip(h: &Hit) -> String {
    let mut t = format!("« {} » {} ({})", h.text, h.category, h.kind.as_str());
    if let Some(tech) = &h.technique {
        let _ = write!(t, " · {tech}");
    }
    let _ = write!(
        t,
        " · weight {:.1} · {} · {}",
        h.weight,
        h.lexicon,
        hit_status(h)
    );
    if h.negated {
        t.push_str(" · negated");
    }
    if h.conditional {
        t.push_str(" · in the conditional");
    }
    match (&h.group, &h.label) {
        (Some(g), Some(l)) => {
            let _ = write!(t, " · label « {l} » for {g}");
        }
        (Some(g), None) => {
            let _ = write!(t, " · {g}");
        }
        _ => {}
    }
    t
}

fn write_reasons(out: &mut String, s: &SentenceOut) {
    if s.reasons.is_empty() {
        return;
    }
    let (open, close) = if s.editorial {
        (
            "<div class=\"why\"><p class=\"why-h\">Why it is editorial:</p>",
            "</div>\n",
        )
    } else {
        (
            "<details class=\"why\"><summary>Why it scores below the threshold</summary>",
            "</details>\n",
        )
    };
    out.push_str(open);
    out.push_str("<ul>");
    for r in &s.reasons {
        let what = r.category.as_deref().unwrap_or(names::cue_label(r.cue));
        let _ = write!(
            out,
            "<li><span class=\"w\">+{:.1}</span> {} ",
            r.weight,
            Esc(what)
        );
        if let Some(t) = &r.technique {
            let _ = write!(out, "<span class=\"tech\">{}</span> ", Esc(t));
        }
        let _ = write!(out, "« <span lang=\"fr\">{}</span> »", Esc(&r.text));
        if let Some(l) = &r.lexicon {
            let _ = write!(out, " <code class=\"src\">{}</code>", Esc(l));
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
    out.push_str(close);
}

fn write_quotes(out: &mut String, quotes: &[&QuoteOut]) {
    if quotes.is_empty() {
        return;
    }
    out.push_str("<ul class=\"quotes\">");
    for q in quotes {
        let _ = write!(
            out,
            "<li><span class=\"qk\">{}</span> ",
            names::quote_label(q.kind)
        );
        match &q.speaker {
            Some(sp) => {
                let _ = write!(out, "from <strong lang=\"fr\">{}</strong>", Esc(&sp.name));
                if sp.text != sp.name {
                    let _ = write!(out, " (« <span lang=\"fr\">{}</span> »)", Esc(&sp.text));
                }
                let _ = write!(
                    out,
                    " <span class=\"res\">{}</span>",
                    names::resolution_label(sp.resolution)
                );
            }
            None if q.kind == QuoteKind::Scare => out.push_str("in the author's sentence"),
            None => out.push_str("<span class=\"res\">no speaker found</span>"),
        }
        if let Some(v) = &q.verb {
            let _ = write!(
                out,
                " · verb <em lang=\"fr\">{}</em> <span class=\"stance st-{1}\">{1} stance</span>",
                Esc(&v.lemma),
                names::stance_label(v.stance)
            );
        }
        if q.unbalanced {
            out.push_str(" · <span class=\"res\">closing mark missing</span>");
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>\n");
}

fn write_unscored(out: &mut String, hits: &[&Hit]) {
    let unscored: Vec<&&Hit> = hits.iter().filter(|h| !h.scored).collect();
    if unscored.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<details class=\"more\"><summary>{} hit{} not scored</summary><ul>",
        unscored.len(),
        if unscored.len() == 1 { "" } else { "s" }
    );
    for h in unscored {
        let _ = write!(
            out,
            "<li>« <span lang=\"fr\">{}</span> » {} <code class=\"src\">{}</code>: {}</li>",
            Esc(&h.text),
            Esc(&h.category),
            Esc(&h.lexicon),
            Esc(&hit_status(h))
        );
    }
    out.push_str("</ul></details>\n");
}
