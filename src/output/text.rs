//! The terminal view of one article: every sentence with its voice and flag, hits highlighted,
//! the reasons for each flag, then the profile.
//!
//! Colour is optional (the binary decides from `--color`, `NO_COLOR` and whether stdout is a
//! terminal). Without colour, scored hits are shown between `[` and `]` so the view stays
//! readable in a pipe or a log.

use std::io::{self, Write};

use anstyle::{AnsiColor, Effects, Style};

use crate::analysis::{ArticleAnalysis, SentenceOut};
use crate::score::Hit;
use crate::span::{TextVoice, Voice};

/// How much to show.
#[derive(Clone, Copy, Debug, Default)]
pub struct TextOptions {
    pub color: bool,
    /// Show the reasons of every sentence, hits that did not count and why, and every
    /// quotation with its speaker and verb.
    pub explain: bool,
}

struct Palette {
    title: Style,
    dim: Style,
    editorial: Style,
    hit: Style,
    quoted_hit: Style,
    voice: [Style; 4],
}

impl Palette {
    fn new(color: bool) -> Palette {
        if !color {
            return Palette {
                title: Style::new(),
                dim: Style::new(),
                editorial: Style::new(),
                hit: Style::new(),
                quoted_hit: Style::new(),
                voice: [Style::new(); 4],
            };
        }
        Palette {
            title: Style::new().effects(Effects::BOLD),
            dim: Style::new().effects(Effects::DIMMED),
            editorial: Style::new()
                .fg_color(Some(AnsiColor::Red.into()))
                .effects(Effects::BOLD),
            hit: Style::new()
                .fg_color(Some(AnsiColor::Yellow.into()))
                .effects(Effects::UNDERLINE),
            quoted_hit: Style::new().effects(Effects::UNDERLINE | Effects::DIMMED),
            voice: [
                Style::new(),
                Style::new().fg_color(Some(AnsiColor::Cyan.into())),
                Style::new().fg_color(Some(AnsiColor::Blue.into())),
                Style::new().fg_color(Some(AnsiColor::Magenta.into())),
            ],
        }
    }

    fn voice(&self, v: Voice) -> Style {
        self.voice[match v {
            Voice::Author => 0,
            Voice::Direct => 1,
            Voice::Indirect => 2,
            Voice::Mixed => 3,
        }]
    }
}

fn pct(x: f64) -> String {
    format!("{:.0} %", x * 100.0)
}

/// Writes the terminal view of one article.
pub fn write_text<W: Write>(
    out: &mut W,
    a: &ArticleAnalysis,
    options: TextOptions,
) -> io::Result<()> {
    let p = Palette::new(options.color);
    let t = p.title;
    let mut head = vec![a.id.clone()];
    head.extend(a.outlet.iter().cloned());
    head.extend(a.date.iter().cloned());
    writeln!(out, "{t}{}{t:#}  {}", head.join(" · "), a.source)?;
    if let Some(title) = &a.title {
        writeln!(out, "  {title}")?;
    }
    for w in &a.warnings {
        writeln!(out, "  warning: {w}")?;
    }
    let pr = &a.profile;
    writeln!(
        out,
        "  {} sentences · {} editorial ({}) · author {} · direct {} · indirect {} · mixed {}",
        pr.sentences,
        pr.editorial_sentences,
        pct(pr.editorial_ratio),
        pr.author_sentences,
        pr.direct_sentences,
        pr.indirect_sentences,
        pr.mixed_sentences
    )?;
    writeln!(out)?;

    let width = a.sentences.len().to_string().len();
    let mut hit_at = 0;
    for s in &a.sentences {
        let first = hit_at;
        while hit_at < a.hits.len() && a.hits[hit_at].sentence == s.index {
            hit_at += 1;
        }
        write_sentence(out, &p, s, &a.hits[first..hit_at], width, options)?;
        if options.explain {
            for q in a.quotes.iter().filter(|q| q.sentence == s.index) {
                let who = q
                    .speaker
                    .as_ref()
                    .map(|sp| {
                        if sp.text == sp.name {
                            format!("{} ({:?})", sp.name, sp.resolution)
                        } else {
                            format!("{} → {} ({:?})", sp.text, sp.name, sp.resolution)
                        }
                    })
                    .unwrap_or_else(|| "no speaker found".into());
                let verb = q
                    .verb
                    .as_ref()
                    .map(|v| format!(" · verb {} ({:?})", v.lemma, v.stance))
                    .unwrap_or_default();
                let unbalanced = if q.unbalanced { " · unbalanced" } else { "" };
                writeln!(
                    out,
                    "{:w$}      {d}quote {:?} · {}{}{}{d:#}",
                    "",
                    q.kind,
                    who,
                    verb,
                    unbalanced,
                    w = width,
                    d = p.dim
                )?;
            }
        }
    }
    writeln!(out)?;
    write_profile(out, &p, a)
}

fn write_sentence<W: Write>(
    out: &mut W,
    p: &Palette,
    s: &SentenceOut,
    hits: &[Hit],
    width: usize,
    options: TextOptions,
) -> io::Result<()> {
    let vs = p.voice(s.voice);
    let flag = if s.editorial {
        format!("{e}EDITORIAL {:.1}{e:#}", s.score, e = p.editorial)
    } else if s.score > 0.0 {
        format!("{d}score {:.1}{d:#}", s.score, d = p.dim)
    } else {
        String::new()
    };
    let speaker = s
        .speaker
        .as_ref()
        .map(|sp| format!(" ← {sp}"))
        .unwrap_or_default();
    writeln!(
        out,
        "{:>w$}  {vs}{:<8}{vs:#}{}  {}",
        s.index + 1,
        s.voice.as_str(),
        speaker,
        flag,
        w = width
    )?;
    writeln!(
        out,
        "{:w$}  {}",
        "",
        highlight(s, hits, p, options),
        w = width
    )?;
    if s.editorial || options.explain {
        for r in &s.reasons {
            let what = r.category.as_deref().unwrap_or(r.cue.as_str());
            let technique = r
                .technique
                .as_deref()
                .map(|t| format!(" [{t}]"))
                .unwrap_or_default();
            let src = r
                .lexicon
                .as_deref()
                .map(|l| format!("  {d}{l}{d:#}", d = p.dim))
                .unwrap_or_default();
            writeln!(
                out,
                "{:w$}    +{:.1} {}{} « {} »{}",
                "",
                r.weight,
                what,
                technique,
                r.text,
                src,
                w = width
            )?;
        }
    }
    if options.explain {
        // Hits of scoring categories that did not count, and why. Frames, actors, paired
        // labels and reporting verbs never score: they are in the profile, not listed here.
        for h in hits.iter().filter(|h| !h.scored && h.kind.scores()) {
            let why = if h.in_name {
                "part of a proper name".to_string()
            } else {
                match h.voice {
                    TextVoice::Direct => "inside a direct quotation: the source's words".into(),
                    TextVoice::Indirect => "inside reported speech: the source's words".into(),
                    TextVoice::Author => "not in a voice this category scores".into(),
                }
            };
            writeln!(
                out,
                "{:w$}    {d}· {} « {} » not scored: {}{d:#}",
                "",
                h.category,
                h.text,
                why,
                w = width,
                d = p.dim
            )?;
        }
    }
    Ok(())
}

/// The sentence text with hits marked: scored hits in the hit style (or `[…]` without colour),
/// hits inside quotations underlined dimly when colour is on.
fn highlight(s: &SentenceOut, hits: &[Hit], p: &Palette, options: TextOptions) -> String {
    let mut out = String::with_capacity(s.text.len() + 16);
    let mut at = s.start;
    for h in hits {
        if h.start < at || h.end > s.end {
            continue;
        }
        let style = if h.scored {
            p.hit
        } else if h.voice != TextVoice::Author {
            p.quoted_hit
        } else {
            continue;
        };
        if !options.color && !h.scored {
            continue;
        }
        out.push_str(&s.text[at - s.start..h.start - s.start]);
        let word = &s.text[h.start - s.start..h.end - s.start];
        if options.color {
            out.push_str(&format!("{style}{word}{style:#}"));
        } else {
            out.push('[');
            out.push_str(word);
            out.push(']');
        }
        at = h.end;
    }
    out.push_str(&s.text[at - s.start..]);
    out
}

fn write_profile<W: Write>(out: &mut W, p: &Palette, a: &ArticleAnalysis) -> io::Result<()> {
    let pr = &a.profile;
    let t = p.title;
    writeln!(out, "{t}Profile{t:#}")?;
    writeln!(
        out,
        "  words {} (author {} · quoted {} · reported {}) · quoted share {} · reported share {}",
        pr.words,
        pr.author_words,
        pr.direct_words,
        pr.indirect_words,
        pct(pr.quoted_share),
        pct(pr.reported_share)
    )?;
    writeln!(
        out,
        "  editorial ratio {:.2} · among author sentences {:.2} · mean score {:.2}",
        pr.editorial_ratio, pr.author_editorial_ratio, pr.mean_score
    )?;
    writeln!(
        out,
        "  quotations: direct {} · indirect {} · scare {} · unbalanced {}",
        pr.quotes.direct, pr.quotes.indirect, pr.quotes.scare, pr.quotes.unbalanced
    )?;
    if !pr.speakers.is_empty() {
        let list: Vec<String> = pr
            .speakers
            .iter()
            .map(|s| {
                format!(
                    "{}{} {} ({})",
                    s.name,
                    if s.vague { " [vague]" } else { "" },
                    s.quotes,
                    pct(s.share)
                )
            })
            .collect();
        writeln!(
            out,
            "  speakers ({} named, {} vague quotations): {}",
            pr.distinct_speakers,
            pr.vague_sources,
            list.join(", ")
        )?;
    }
    writeln!(
        out,
        "  reporting verbs: neutral {} · endorsing {} · distancing {} · loaded {}",
        pr.stances.neutral, pr.stances.endorsing, pr.stances.distancing, pr.stances.loaded
    )?;
    writeln!(
        out,
        "  rhetorical questions {} · exclamations {} · hedges {} · conditionals {} · vague-source terms {}",
        pr.rhetorical_questions, pr.exclamations, pr.hedges, pr.conditionals, pr.vague_source_terms
    )?;
    let cats: Vec<String> = pr
        .categories
        .iter()
        .filter(|c| c.author_hits + c.quoted_hits > 0)
        .map(|c| {
            format!(
                "{} {:.1} ({}) · quoted {:.1} ({})",
                c.category, c.author_rate, c.author_hits, c.quoted_rate, c.quoted_hits
            )
        })
        .collect();
    if !cats.is_empty() {
        writeln!(out, "  categories, per 1,000 words (hits):")?;
        for c in cats {
            writeln!(out, "    {c}")?;
        }
    }
    if !pr.paired_labels.is_empty() {
        let list: Vec<String> = pr
            .paired_labels
            .iter()
            .map(|c| {
                format!(
                    "{}: {} (author {}, quoted {})",
                    c.group, c.label, c.author, c.quoted
                )
            })
            .collect();
        writeln!(out, "  paired labels: {}", list.join(" · "))?;
    }
    if !pr.actor_targets.is_empty() {
        let list: Vec<String> = pr
            .actor_targets
            .iter()
            .map(|t| format!("{} {} ({:.1})", t.actor, t.hits, t.weight))
            .collect();
        writeln!(out, "  actors targeted: {}", list.join(", "))?;
    }
    let frames: Vec<String> = pr
        .frame_rates
        .iter()
        .filter(|f| pr.frames.contains(&f.frame))
        .map(|f| format!("{} {:.1}", f.frame, f.rate))
        .collect();
    writeln!(
        out,
        "  frames: {}",
        if frames.is_empty() {
            "none above the threshold".to_string()
        } else {
            frames.join(", ")
        }
    )
}
