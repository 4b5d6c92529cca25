//! The small per-article summary that `compare` keeps, and how articles are grouped.
//!
//! A comparison over millions of articles cannot hold their analyses. It needs, per article,
//! only the five numbers that are resampled by the bootstrap ([`ArticleMetrics`]); everything
//! else (stance counts, paired-label choices, actor targets, term counts for keyness) is summed
//! per group as articles arrive. The same summary is built from a fresh analysis, from a line of
//! `articles.jsonl` and from a row of `articles.csv`, which is why shards merge exactly.

use serde::Deserialize;

use crate::analysis::ArticleAnalysis;
use crate::lexicon::CategoryKind;
use crate::profile::{ActorTarget, Profile, StanceCounts};
use crate::span::{Span, TextVoice};
use crate::text::tokens;

use super::rows::author_loaded_hits;

/// How articles are grouped for comparison.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    #[default]
    Outlet,
    /// The day of the article's date (`2026-03-10`).
    Date,
    /// `2026-03`.
    Month,
    /// `2026`.
    Year,
}

/// The group of articles without an outlet.
pub const NO_OUTLET: &str = "(unknown)";
/// The group of articles without a usable date.
pub const NO_DATE: &str = "(no date)";

impl GroupBy {
    /// The group an article belongs to.
    pub fn key(self, outlet: Option<&str>, date: Option<&str>) -> String {
        match self {
            GroupBy::Outlet => match outlet.map(str::trim) {
                Some(o) if !o.is_empty() => o.to_string(),
                _ => NO_OUTLET.to_string(),
            },
            GroupBy::Date | GroupBy::Month | GroupBy::Year => {
                let Some((y, m, d)) = date.and_then(parse_date) else {
                    return NO_DATE.to_string();
                };
                match (self, m, d) {
                    (GroupBy::Year, _, _) => format!("{y:04}"),
                    (GroupBy::Month, Some(m), _) => format!("{y:04}-{m:02}"),
                    (GroupBy::Date, Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
                    _ => NO_DATE.to_string(),
                }
            }
        }
    }
}

/// Year, month and day from the dates news metadata carries: `2026-03-10` (with any time
/// after it), `2026/03/10`, `10/03/2026` (the French order), `2026-03` or `2026`.
pub fn parse_date(s: &str) -> Option<(u32, Option<u32>, Option<u32>)> {
    let s = s.trim();
    let nums: Vec<&str> = s
        .split(|c: char| !c.is_ascii_digit())
        .take(3)
        .filter(|p| !p.is_empty())
        .collect();
    let n = |p: &str| p.parse::<u32>().ok();
    let (y, m, d) = match nums.as_slice() {
        [y] if y.len() == 4 => (n(y)?, None, None),
        [y, m] if y.len() == 4 => (n(y)?, Some(n(m)?), None),
        [y, m, d, ..] if y.len() == 4 => (n(y)?, Some(n(m)?), Some(n(d)?)),
        [d, m, y, ..] if y.len() == 4 => (n(y)?, Some(n(m)?), Some(n(d)?)),
        _ => return None,
    };
    if m.is_some_and(|m| !(1..=12).contains(&m)) || d.is_some_and(|d| !(1..=31).contains(&d)) {
        return None;
    }
    Some((y, m, d))
}

/// What keyness counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeynessMode {
    /// Lexicon entries: the pattern of every author-voice hit (not actors or reporting verbs).
    #[default]
    Terms,
    /// Every folded word of the author's voice.
    Words,
}

/// The per-article numbers the bootstrap resamples.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ArticleMetrics {
    pub editorial_ratio: f64,
    pub quoted_share: f64,
    pub sentences: u64,
    pub editorial_sentences: u64,
    pub words: u64,
    pub author_words: u64,
    pub loaded_hits: u64,
    pub distinct_speakers: u64,
}

impl ArticleMetrics {
    pub fn from_profile(p: &Profile) -> ArticleMetrics {
        ArticleMetrics {
            editorial_ratio: p.editorial_ratio,
            quoted_share: p.quoted_share,
            sentences: p.sentences as u64,
            editorial_sentences: p.editorial_sentences as u64,
            words: p.words as u64,
            author_words: p.author_words as u64,
            loaded_hits: author_loaded_hits(p) as u64,
            distinct_speakers: p.distinct_speakers as u64,
        }
    }

    /// A total order on every field, so that the articles of a group are resampled in the same
    /// order whatever order they arrived in (shards, threads, file order).
    pub fn canonical_cmp(&self, other: &ArticleMetrics) -> std::cmp::Ordering {
        self.editorial_ratio
            .total_cmp(&other.editorial_ratio)
            .then(self.quoted_share.total_cmp(&other.quoted_share))
            .then(self.sentences.cmp(&other.sentences))
            .then(self.editorial_sentences.cmp(&other.editorial_sentences))
            .then(self.words.cmp(&other.words))
            .then(self.author_words.cmp(&other.author_words))
            .then(self.loaded_hits.cmp(&other.loaded_hits))
            .then(self.distinct_speakers.cmp(&other.distinct_speakers))
    }
}

/// A keyness term.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TermKey {
    pub term: String,
    /// The lexicon category, empty for words.
    pub category: String,
    pub kind: String,
}

/// A paired-label use counted per article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairedUse {
    pub group: String,
    pub label: String,
    pub author: u64,
    pub quoted: u64,
}

/// Everything `compare` keeps of one article.
#[derive(Clone, Debug, Default)]
pub struct ArticleSummary {
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub metrics: ArticleMetrics,
    pub stances: StanceCounts,
    pub paired: Vec<PairedUse>,
    pub actors: Vec<ActorTarget>,
    /// Keyness terms with their author-voice counts, sorted by term.
    pub terms: Vec<(TermKey, u64)>,
}

/// The fields of a hit the summary reads.
#[derive(Clone, Debug, Deserialize)]
pub struct HitView {
    pub category: String,
    pub kind: String,
    pub pattern: String,
    pub voice: TextVoice,
    #[serde(default)]
    pub group: Option<String>,
    #[serde(default)]
    pub label: Option<String>,
}

/// The fields of a hit the summary reads, borrowed: from a [`HitView`] or straight from an
/// analysis's hits, which need not be copied for it.
#[derive(Clone, Copy, Debug)]
pub struct HitRef<'a> {
    pub category: &'a str,
    pub kind: &'a str,
    pub pattern: &'a str,
    pub voice: TextVoice,
    pub group: Option<&'a str>,
    pub label: Option<&'a str>,
}

impl HitView {
    pub fn borrowed(&self) -> HitRef<'_> {
        HitRef {
            category: &self.category,
            kind: &self.kind,
            pattern: &self.pattern,
            voice: self.voice,
            group: self.group.as_deref(),
            label: self.label.as_deref(),
        }
    }
}

/// True for the hits counted as keyness terms.
pub fn is_term_kind(kind: &str) -> bool {
    kind != CategoryKind::Actor.as_str() && kind != CategoryKind::ReportingVerb.as_str()
}

/// Adds one hit's paired-label use to `paired`.
pub fn count_paired(paired: &mut Vec<PairedUse>, h: HitRef<'_>) {
    if h.kind != CategoryKind::PairedLabel.as_str() {
        return;
    }
    let (Some(group), Some(label)) = (h.group, h.label) else {
        return;
    };
    let author = h.voice == TextVoice::Author;
    match paired
        .iter_mut()
        .find(|p| p.group == group && p.label == label)
    {
        Some(p) if author => p.author += 1,
        Some(p) => p.quoted += 1,
        None => paired.push(PairedUse {
            group: group.to_string(),
            label: label.to_string(),
            author: u64::from(author),
            quoted: u64::from(!author),
        }),
    }
}

/// The folded words of the author's voice: the tokens of every sentence that lie outside every
/// quotation's content (direct, indirect and scare quotes alike).
pub fn author_words<'a>(
    sentences: impl Iterator<Item = (usize, &'a str)>,
    quotes: &[Span],
) -> Vec<String> {
    let mut quotes = quotes.to_vec();
    quotes.sort_unstable();
    let mut out = Vec::new();
    for (start, text) in sentences {
        for t in tokens(text, Span::new(0, text.len())) {
            let abs = Span::new(start + t.span.start, start + t.span.end);
            let i = quotes.partition_point(|q| q.end <= abs.start);
            let quoted = quotes[i..]
                .iter()
                .take_while(|q| q.start < abs.end)
                .any(|q| q.overlaps(abs));
            if !quoted {
                out.push(t.folded);
            }
        }
    }
    out
}

impl ArticleSummary {
    /// Builds the summary from a profile, the article's hits and, for word keyness, its
    /// author-voice words.
    pub fn build<'h>(
        outlet: Option<String>,
        date: Option<String>,
        profile: &Profile,
        hits: impl Iterator<Item = HitRef<'h>>,
        words: Option<Vec<String>>,
    ) -> ArticleSummary {
        let mut paired = Vec::new();
        // Terms as borrowed (term, category, kind): tuples sort as `TermKey` sorts (its
        // derived order compares the same three strings in the same order), so equal terms
        // are merged as before and only the distinct ones are copied.
        let mut borrowed: Vec<(&str, &str, &str)> = Vec::new();
        for h in hits {
            count_paired(&mut paired, h);
            if words.is_none() && h.voice == TextVoice::Author && is_term_kind(h.kind) {
                borrowed.push((h.pattern, h.category, h.kind));
            }
        }
        let mut merged: Vec<(TermKey, u64)> = Vec::new();
        if let Some(words) = words {
            let mut terms: Vec<(TermKey, u64)> = words
                .into_iter()
                .map(|w| {
                    (
                        TermKey {
                            term: w,
                            category: String::new(),
                            kind: String::new(),
                        },
                        1,
                    )
                })
                .collect();
            terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            merged.reserve(terms.len());
            for (k, n) in terms {
                match merged.last_mut() {
                    Some((last, m)) if *last == k => *m += n,
                    _ => merged.push((k, n)),
                }
            }
        } else {
            borrowed.sort_unstable();
            let mut i = 0;
            while i < borrowed.len() {
                let key = borrowed[i];
                let run = borrowed[i..].iter().take_while(|k| **k == key).count();
                merged.push((
                    TermKey {
                        term: key.0.to_string(),
                        category: key.1.to_string(),
                        kind: key.2.to_string(),
                    },
                    run as u64,
                ));
                i += run;
            }
        }
        ArticleSummary {
            outlet,
            date,
            metrics: ArticleMetrics::from_profile(profile),
            stances: profile.stances.clone(),
            paired,
            actors: profile.actor_targets.clone(),
            terms: merged,
        }
    }

    /// The summary of a fresh analysis.
    pub fn from_analysis(a: &ArticleAnalysis, mode: KeynessMode) -> ArticleSummary {
        let hits = a.hits.iter().map(|h| HitRef {
            category: &h.category,
            kind: h.kind.as_str(),
            pattern: &h.pattern,
            voice: h.voice,
            group: h.group.as_deref(),
            label: h.label.as_deref(),
        });
        let words = (mode == KeynessMode::Words).then(|| {
            let quotes: Vec<Span> = a.quotes.iter().map(|q| Span::new(q.start, q.end)).collect();
            author_words(
                a.sentences.iter().map(|s| (s.start, s.text.as_str())),
                &quotes,
            )
        });
        ArticleSummary::build(a.outlet.clone(), a.date.clone(), &a.profile, hits, words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_the_forms_news_metadata_uses() {
        let cases = [
            ("2026-03-10", Some((2026, Some(3), Some(10)))),
            ("2026-03-10T08:30:00Z", Some((2026, Some(3), Some(10)))),
            ("2026/03/10", Some((2026, Some(3), Some(10)))),
            ("10/03/2026", Some((2026, Some(3), Some(10)))),
            ("2026-03", Some((2026, Some(3), None))),
            ("2026", Some((2026, None, None))),
            ("mardi", None),
            ("2026-13-01", None),
            ("", None),
        ];
        for (s, want) in cases {
            assert_eq!(parse_date(s), want, "{s}");
        }
    }

    #[test]
    fn group_keys() {
        let cases = [
            (GroupBy::Outlet, Some("Vigie"), None, "Vigie"),
            (GroupBy::Outlet, Some("  "), None, NO_OUTLET),
            (GroupBy::Outlet, None, Some("2026-01-02"), NO_OUTLET),
            (GroupBy::Date, Some("x"), Some("2026-01-02"), "2026-01-02"),
            (GroupBy::Month, None, Some("02/01/2026"), "2026-01"),
            (GroupBy::Year, None, Some("2026-01"), "2026"),
            (GroupBy::Date, None, Some("2026-01"), NO_DATE),
            (GroupBy::Year, None, None, NO_DATE),
        ];
        for (by, outlet, date, want) in cases {
            assert_eq!(by.key(outlet, date), want, "{by:?} {outlet:?} {date:?}");
        }
    }

    #[test]
    fn author_words_leave_out_every_quotation() {
        let text = "Le ministre a dénoncé « une farce grossière » hier.";
        let q = text.find("une").unwrap();
        let qe = text.find(" »").unwrap();
        let words = author_words([(0, text)].into_iter(), &[Span::new(q, qe)]);
        assert_eq!(words, ["le", "ministre", "a", "denonce", "hier"]);
    }

    #[test]
    fn terms_and_paired_labels_from_hits() {
        let hit =
            |kind: &str, pattern: &str, voice, group: Option<&str>, label: Option<&str>| HitView {
                category: format!("cat_{kind}"),
                kind: kind.into(),
                pattern: pattern.into(),
                voice,
                group: group.map(String::from),
                label: label.map(String::from),
            };
        let hits = [
            hit("loaded", "mascarade", TextVoice::Author, None, None),
            hit("loaded", "mascarade", TextVoice::Author, None, None),
            hit("loaded", "mascarade", TextVoice::Direct, None, None),
            hit("actor", "paris", TextVoice::Author, Some("France"), None),
            hit(
                "paired_label",
                "junte",
                TextVoice::Author,
                Some("gouv"),
                Some("junte"),
            ),
            hit(
                "paired_label",
                "junte",
                TextVoice::Indirect,
                Some("gouv"),
                Some("junte"),
            ),
        ];
        let s = ArticleSummary::build(
            None,
            None,
            &Profile::default(),
            hits.iter().map(HitView::borrowed),
            None,
        );
        let terms: Vec<(&str, u64)> = s.terms.iter().map(|(k, n)| (k.term.as_str(), *n)).collect();
        assert_eq!(terms, [("junte", 1), ("mascarade", 2)]);
        assert_eq!(
            s.paired,
            [PairedUse {
                group: "gouv".into(),
                label: "junte".into(),
                author: 1,
                quoted: 1
            }]
        );
    }
}
