//! Validation against hand-coded sentences: `cadrage eval`.
//!
//! Dictionary methods are credible only once validated against human coding. This module
//! aligns each coded sentence with the tool's sentence that overlaps it most (in bytes; on a
//! tie, the earlier one), so that different sentence splits do not matter, then measures the
//! editorial flag (precision, recall, F1, Cohen's kappa), the voice (accuracy, macro-F1,
//! confusion matrix, kappa) and the speaker (accuracy under the lenient name match of
//! [`names::same_speaker`]). It also measures agreement between two coders (Cohen's kappa and
//! Krippendorff's alpha), so a team knows its own ceiling.

pub mod gold;
pub mod metrics;
pub mod names;

use std::collections::HashMap;

use serde::Serialize;

use crate::analysis::{ArticleAnalysis, SentenceOut};
use crate::span::Span;
use gold::{GoldRow, GoldSet};
use metrics::Confusion;

const VOICES: [&str; 4] = ["author", "direct", "indirect", "mixed"];

/// Scores of the editorial flag.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EditorialScores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub kappa: f64,
    pub accuracy: f64,
    /// Coded editorial and flagged.
    pub true_positives: usize,
    /// Flagged but coded not editorial.
    pub false_positives: usize,
    /// Coded editorial but not flagged.
    pub false_negatives: usize,
    pub true_negatives: usize,
}

/// Scores of the voice.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VoiceScores {
    pub accuracy: f64,
    pub macro_f1: f64,
    pub kappa: f64,
    /// Rows: the coder's voice; columns: the tool's.
    pub confusion: Confusion,
}

/// Scores of the speaker.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SpeakerScores {
    /// Share of coded speakers that the tool names (lenient match).
    pub accuracy: f64,
    /// Coded sentences with a non-empty speaker.
    pub coded: usize,
    pub correct: usize,
}

/// One disagreement between coder and tool.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Disagreement {
    pub article: String,
    /// `file:line` of the coded row.
    pub row: String,
    pub field: &'static str,
    pub coded: String,
    pub tool: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The tool's reasons for its score, for editorial disagreements.
    pub reasons: String,
}

/// What `cadrage eval --gold` reports.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EvalReport {
    /// Coded sentences aligned with a tool sentence.
    pub sentences: usize,
    /// Coded sentences that no tool sentence overlaps (should be 0).
    pub unaligned: usize,
    pub editorial: Option<EditorialScores>,
    pub voice: Option<VoiceScores>,
    pub speaker: Option<SpeakerScores>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<Disagreement>,
}

/// The tool's sentence that overlaps `span` most; on a tie the earlier one.
pub fn align(sentences: &[SentenceOut], span: Span) -> Option<&SentenceOut> {
    let mut best: Option<(&SentenceOut, usize)> = None;
    let first = sentences.partition_point(|s| s.end <= span.start);
    for s in &sentences[first..] {
        if s.start >= span.end {
            break;
        }
        let o = span.overlap_len(Span::new(s.start, s.end));
        if o > 0 && best.is_none_or(|(_, b)| o > b) {
            best = Some((s, o));
        }
    }
    best.map(|(s, _)| s)
}

/// Compares coded rows (already located) with the tool's analyses, keyed by article id.
/// `texts` gives each article's text, for the error listing.
pub fn evaluate(
    sets: &[GoldSet],
    analyses: &HashMap<String, ArticleAnalysis>,
    texts: &HashMap<String, String>,
) -> EvalReport {
    let mut editorial = Confusion::new(&["1", "0"]);
    let mut voice = Confusion::new(&VOICES);
    let (mut coded_speakers, mut correct_speakers) = (0, 0);
    let (mut any_editorial, mut any_voice, mut any_speaker) = (false, false, false);
    let mut sentences = 0;
    let mut unaligned = 0;
    let mut errors = Vec::new();
    for set in sets {
        for row in &set.rows {
            let (Some(span), Some(a)) = (row.span, analyses.get(&row.article)) else {
                unaligned += 1;
                continue;
            };
            let Some(s) = align(&a.sentences, span) else {
                unaligned += 1;
                continue;
            };
            sentences += 1;
            let text = texts
                .get(&row.article)
                .map(|t| span.slice(t).to_string())
                .unwrap_or_default();
            let mut disagree = |field: &'static str, coded: String, tool: String| {
                errors.push(Disagreement {
                    article: row.article.clone(),
                    row: format!("{}:{}", set.path, row.line),
                    field,
                    coded,
                    tool,
                    start: span.start,
                    end: span.end,
                    text: text.clone(),
                    reasons: s
                        .reasons
                        .iter()
                        .map(|r| {
                            format!(
                                "{} {} «{}»",
                                r.category.as_deref().unwrap_or(r.cue.as_str()),
                                r.weight,
                                r.text
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("; "),
                });
            };
            if let Some(e) = row.editorial {
                any_editorial = true;
                editorial.add(flag(e), flag(s.editorial));
                if e != s.editorial {
                    disagree(
                        "editorial",
                        flag(e).to_string(),
                        format!("{} (score {})", flag(s.editorial), s.score),
                    );
                }
            }
            if let Some(v) = row.voice {
                any_voice = true;
                voice.add(v.as_str(), s.voice.as_str());
                if v != s.voice {
                    disagree("voice", v.as_str().into(), s.voice.as_str().into());
                }
            }
            if let Some(sp) = row.speaker.as_deref().filter(|sp| !sp.is_empty()) {
                any_speaker = true;
                coded_speakers += 1;
                let tool = s.speaker.as_deref().unwrap_or("");
                if names::same_speaker(sp, tool) {
                    correct_speakers += 1;
                } else {
                    disagree("speaker", sp.into(), tool.into());
                }
            }
        }
    }
    EvalReport {
        sentences,
        unaligned,
        editorial: any_editorial.then(|| editorial_scores(&editorial)),
        voice: any_voice.then(|| VoiceScores {
            accuracy: voice.accuracy(),
            macro_f1: voice.macro_f1(),
            kappa: voice.cohen_kappa(),
            confusion: voice.clone(),
        }),
        speaker: any_speaker.then(|| SpeakerScores {
            accuracy: ratio(correct_speakers, coded_speakers),
            coded: coded_speakers,
            correct: correct_speakers,
        }),
        errors,
    }
}

fn flag(b: bool) -> &'static str {
    if b { "1" } else { "0" }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn editorial_scores(m: &Confusion) -> EditorialScores {
    let prf = m.prf(0);
    EditorialScores {
        precision: prf.precision,
        recall: prf.recall,
        f1: prf.f1,
        kappa: m.cohen_kappa(),
        accuracy: m.accuracy(),
        true_positives: m.counts[0][0],
        false_negatives: m.counts[0][1],
        false_positives: m.counts[1][0],
        true_negatives: m.counts[1][1],
    }
}

/// Agreement on one field between two coders.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldAgreement {
    /// Sentences both coders coded for this field.
    pub sentences: usize,
    /// Share of those on which they agree.
    pub agreement: f64,
    pub kappa: f64,
    pub alpha: f64,
    /// Rows: coder A; columns: coder B.
    pub confusion: Confusion,
}

/// What `cadrage eval --agreement` reports.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AgreementReport {
    /// Sentences of coder A matched with one of coder B.
    pub sentences: usize,
    pub unmatched_a: usize,
    pub unmatched_b: usize,
    pub editorial: Option<FieldAgreement>,
    pub voice: Option<FieldAgreement>,
    /// Share of sentences where both coders named a speaker and the names match leniently.
    pub speaker: Option<f64>,
}

/// How two coders' rows are paired: by overlap of their located spans when both have spans
/// (rows of A to the B row of the same article that overlaps most), otherwise by article and
/// sentence text with white space squeezed.
pub fn agreement(a: &GoldSet, b: &GoldSet) -> AgreementReport {
    let mut by_article: HashMap<&str, Vec<&GoldRow>> = HashMap::new();
    for r in &b.rows {
        by_article.entry(r.article.as_str()).or_default().push(r);
    }
    let key = |r: &GoldRow| {
        r.sentence
            .as_deref()
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    let mut used_b = std::collections::HashSet::new();
    let mut pairs: Vec<(&GoldRow, &GoldRow)> = Vec::new();
    for ra in &a.rows {
        let Some(candidates) = by_article.get(ra.article.as_str()) else {
            continue;
        };
        let matched = match ra.span {
            Some(sa) if candidates.iter().all(|r| r.span.is_some()) => candidates
                .iter()
                .filter_map(|rb| rb.span.map(|sb| (rb, sa.overlap_len(sb))))
                .filter(|(_, o)| *o > 0)
                .max_by_key(|(rb, o)| (*o, std::cmp::Reverse(rb.line)))
                .map(|(rb, _)| *rb),
            _ => {
                let k = key(ra);
                candidates
                    .iter()
                    .find(|rb| k.is_some() && key(rb) == k && !used_b.contains(&rb.line))
                    .copied()
            }
        };
        if let Some(rb) = matched {
            used_b.insert(rb.line);
            pairs.push((ra, rb));
        }
    }
    let field = |get: &dyn Fn(&GoldRow) -> Option<String>, labels: &[&str]| {
        let mut m = Confusion::new(labels);
        for (ra, rb) in &pairs {
            if let (Some(x), Some(y)) = (get(ra), get(rb)) {
                m.add(&x, &y);
            }
        }
        (m.total() > 0).then(|| FieldAgreement {
            sentences: m.total(),
            agreement: m.accuracy(),
            kappa: m.cohen_kappa(),
            alpha: m.krippendorff_alpha(),
            confusion: m,
        })
    };
    let editorial = field(&|r| r.editorial.map(|e| flag(e).to_string()), &["1", "0"]);
    let voice = field(&|r| r.voice.map(|v| v.as_str().to_string()), &VOICES);
    let both: Vec<(&str, &str)> = pairs
        .iter()
        .filter_map(|(ra, rb)| {
            let x = ra.speaker.as_deref().filter(|s| !s.is_empty())?;
            let y = rb.speaker.as_deref().filter(|s| !s.is_empty())?;
            Some((x, y))
        })
        .collect();
    let speaker = (!both.is_empty()).then(|| {
        ratio(
            both.iter()
                .filter(|(x, y)| names::same_speaker(x, y))
                .count(),
            both.len(),
        )
    });
    AgreementReport {
        sentences: pairs.len(),
        unmatched_a: a.rows.len() - pairs.len(),
        unmatched_b: b.rows.len() - used_b.len(),
        editorial,
        voice,
        speaker,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::SentenceKind;
    use crate::span::Voice;

    fn sentence(index: usize, start: usize, end: usize) -> SentenceOut {
        SentenceOut {
            index,
            start,
            end,
            paragraph: 0,
            kind: SentenceKind::Text,
            voice: Voice::Author,
            editorial: false,
            score: 0.0,
            speaker: None,
            text: String::new(),
            reasons: Vec::new(),
        }
    }

    #[test]
    fn alignment_takes_the_largest_overlap_whatever_the_split() {
        // The tool split one coded sentence in two (0..30 and 31..50), and merged two coded
        // sentences (51..60 and 61..80) into one (51..80).
        let tool = vec![sentence(0, 0, 30), sentence(1, 31, 50), sentence(2, 51, 80)];
        assert_eq!(align(&tool, Span::new(0, 50)).unwrap().index, 0);
        assert_eq!(align(&tool, Span::new(20, 50)).unwrap().index, 1);
        assert_eq!(align(&tool, Span::new(51, 60)).unwrap().index, 2);
        assert_eq!(align(&tool, Span::new(61, 80)).unwrap().index, 2);
        // A tie goes to the earlier sentence.
        assert_eq!(align(&tool, Span::new(25, 36)).unwrap().index, 0);
        assert!(align(&tool, Span::new(81, 90)).is_none());
    }
}
