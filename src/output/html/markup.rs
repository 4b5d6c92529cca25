//! Inline markup of one sentence: quotations, speakers, verbs and cues as styled runs, lexicon
//! hits as focusable marks, all well nested whatever the spans do.
//!
//! Annotations come from different stages and may overlap in any way: a quotation can start in
//! one sentence and end in the next, a hit can straddle a quotation mark, two lexicon layers can
//! cover the same word. HTML needs proper nesting, so the sentence is cut at every annotation
//! boundary and each piece is written as a leaf `<span>` carrying the classes of every styled
//! run active over it. Marks (lexicon hits) are atomic, because each is one keyboard stop with
//! one tooltip: the caller merges overlapping hits first, and the pieces inside a mark are
//! written inside it. The work is a sort of the boundaries and one sweep, so it stays linear
//! (up to the sort) however many annotations a sentence carries.

use std::fmt::Write as _;

use super::escape::Esc;
use crate::span::Span;

/// The kinds of styled runs, in the order their classes are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Run {
    DirectQuote,
    IndirectQuote,
    ScareQuote,
    Speaker,
    Verb,
    Cue,
}

const RUNS: [(Run, &str); 6] = [
    (Run::DirectQuote, "q-direct"),
    (Run::IndirectQuote, "q-indirect"),
    (Run::ScareQuote, "q-scare"),
    (Run::Speaker, "speaker"),
    (Run::Verb, "verb"),
    (Run::Cue, "cue"),
];

fn run_index(r: Run) -> usize {
    RUNS.iter().position(|(x, _)| *x == r).unwrap_or(0)
}

/// An atomic mark: its span in the article and its opening tag (already escaped); it is closed
/// with `</mark>`.
pub struct Mark {
    pub span: Span,
    pub open: String,
}

/// Writes the text of `sentence` (a span of `text`) with `runs` and `marks` applied.
///
/// `marks` must be sorted and must not overlap; marks that do, or spans that do not fall on
/// character boundaries, are left out rather than break the page.
pub fn render(out: &mut String, text: &str, sentence: Span, runs: &[(Span, Run)], marks: &[Mark]) {
    let valid = |s: Span| {
        s.start < s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    let clip = |s: Span| Span {
        start: s.start.max(sentence.start),
        end: s.end.min(sentence.end),
    };
    if !valid(sentence) {
        return;
    }
    // Run events: (position, +1/-1, run index).
    let mut events: Vec<(usize, i32, usize)> = Vec::with_capacity(runs.len() * 2);
    for (s, r) in runs {
        let c = clip(*s);
        if valid(c) {
            events.push((c.start, 1, run_index(*r)));
            events.push((c.end, -1, run_index(*r)));
        }
    }
    let mut kept: Vec<&Mark> = Vec::with_capacity(marks.len());
    for m in marks {
        let c = clip(m.span);
        if valid(c) && c == m.span && kept.last().is_none_or(|p| p.span.end <= c.start) {
            kept.push(m);
        }
    }
    let mut cuts: Vec<usize> = Vec::with_capacity(events.len() + kept.len() * 2 + 2);
    cuts.push(sentence.start);
    cuts.push(sentence.end);
    cuts.extend(events.iter().map(|e| e.0));
    for m in &kept {
        cuts.push(m.span.start);
        cuts.push(m.span.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    events.sort_unstable_by_key(|e| (e.0, e.1));

    let mut active = [0i32; RUNS.len()];
    let mut ev = 0;
    let mut mk = 0;
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        while ev < events.len() && events[ev].0 <= a {
            active[events[ev].2] += events[ev].1;
            ev += 1;
        }
        if mk < kept.len() && kept[mk].span.start == a {
            out.push_str(&kept[mk].open);
        }
        let piece = &text[a..b];
        if active.iter().any(|n| *n > 0) {
            out.push_str("<span class=\"");
            let mut first = true;
            for (k, (_, class)) in RUNS.iter().enumerate() {
                if active[k] > 0 {
                    if !first {
                        out.push(' ');
                    }
                    out.push_str(class);
                    first = false;
                }
            }
            let _ = write!(out, "\">{}</span>", Esc(piece));
        } else {
            let _ = write!(out, "{}", Esc(piece));
        }
        if mk < kept.len() && kept[mk].span.end == b {
            out.push_str("</mark>");
            mk += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(text: &str, word: &str) -> Mark {
        let at = text.find(word).unwrap();
        Mark {
            span: Span::new(at, at + word.len()),
            open: "<mark>".into(),
        }
    }

    fn span_of(text: &str, word: &str) -> Span {
        let at = text.find(word).unwrap();
        Span::new(at, at + word.len())
    }

    fn go(text: &str, runs: &[(Span, Run)], marks: &[Mark]) -> String {
        let mut out = String::new();
        render(&mut out, text, Span::new(0, text.len()), runs, marks);
        out
    }

    #[test]
    fn plain_text_is_escaped() {
        assert_eq!(go("a < b & c", &[], &[]), "a &lt; b &amp; c");
    }

    #[test]
    fn a_mark_inside_a_quotation_is_nested() {
        let t = "Il a parlé « d'une honte absolue » hier.";
        let q = span_of(t, "d'une honte absolue");
        let got = go(t, &[(q, Run::DirectQuote)], &[mark(t, "honte")]);
        assert_eq!(
            got,
            "Il a parlé « <span class=\"q-direct\">d&#39;une </span><mark><span class=\"q-direct\">honte</span></mark><span class=\"q-direct\"> absolue</span> » hier."
        );
    }

    #[test]
    fn a_run_crossing_a_mark_boundary_stays_well_nested() {
        let t = "abcdefgh";
        let got = go(
            t,
            &[(Span::new(2, 6), Run::Speaker)],
            &[Mark {
                span: Span::new(4, 8),
                open: "<mark>".into(),
            }],
        );
        assert_eq!(
            got,
            "ab<span class=\"speaker\">cd</span><mark><span class=\"speaker\">ef</span>gh</mark>"
        );
    }

    #[test]
    fn overlapping_or_broken_marks_are_left_out() {
        let t = "été brûlant";
        // 1..2 falls inside the two bytes of `é`.
        let marks = [
            Mark {
                span: Span::new(1, 2),
                open: "<mark>".into(),
            },
            Mark {
                span: Span::new(0, 5),
                open: "<mark>".into(),
            },
            Mark {
                span: Span::new(3, 8),
                open: "<mark>".into(),
            },
        ];
        assert_eq!(go(t, &[], &marks), "<mark>été</mark> brûlant");
    }

    #[test]
    fn runs_outside_the_sentence_are_clipped() {
        let t = "Avant. « Dedans. » Après.";
        let sentence = span_of(t, "« Dedans. »");
        let mut out = String::new();
        render(
            &mut out,
            t,
            sentence,
            &[(Span::new(0, t.len()), Run::DirectQuote)],
            &[],
        );
        assert_eq!(out, "<span class=\"q-direct\">« Dedans. »</span>");
    }

    use proptest::prelude::*;

    /// Strips tags and decodes the entities the escaper writes; panics when tags do not nest.
    fn check_and_strip(html: &str) -> String {
        let mut stack: Vec<&str> = Vec::new();
        let mut text = String::new();
        let mut rest = html;
        while let Some(lt) = rest.find('<') {
            text.push_str(&rest[..lt]);
            let gt = rest[lt..].find('>').unwrap() + lt;
            let tag = &rest[lt + 1..gt];
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(stack.pop(), Some(name), "{html}");
            } else {
                stack.push(tag.split(' ').next().unwrap());
            }
            rest = &rest[gt + 1..];
        }
        text.push_str(rest);
        assert!(stack.is_empty(), "{html}");
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    proptest! {
        /// Whatever the spans (overlapping, crossing, outside the sentence, inside a
        /// character), the output nests and shows exactly the sentence's text.
        #[test]
        fn any_spans_nest_and_keep_the_text(
            text in "[a-zé« »<&'\"]{0,40}",
            runs in prop::collection::vec((0usize..50, 0usize..50, 0usize..6), 0..8),
            marks in prop::collection::vec((0usize..50, 0usize..50), 0..8),
        ) {
            let kinds = [Run::DirectQuote, Run::IndirectQuote, Run::ScareQuote, Run::Speaker, Run::Verb, Run::Cue];
            let runs: Vec<(Span, Run)> = runs
                .into_iter()
                .map(|(a, b, k)| (Span::new(a.min(b), a.max(b)), kinds[k]))
                .collect();
            let mut marks: Vec<Mark> = marks
                .into_iter()
                .map(|(a, b)| Mark { span: Span::new(a.min(b), a.max(b)), open: "<mark>".into() })
                .collect();
            marks.sort_by_key(|m| (m.span.start, m.span.end));
            let mut out = String::new();
            render(&mut out, &text, Span::new(0, text.len()), &runs, &marks);
            prop_assert_eq!(check_and_strip(&out), text);
        }
    }
}
