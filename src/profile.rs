//! The framing profile of one article: the numbers a researcher compares across outlets.
//!
//! Everything here is derived from the earlier stages' typed results (sentences, voices,
//! quotes, hits, scores); nothing re-reads the text except to count words. Every field is
//! documented in the codebook (`report` writes it beside the tables) and in the README.
//!
//! Rates are per 1,000 words of the voice they concern: an author-voice hit is divided by the
//! article's author-voice words, a hit inside quotations by the quoted words (direct and
//! indirect). Word counts follow [`crate::text::count_words`].

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::lexicon::{CategoryKind, LexiconSet, Stance};
use crate::normalize::words;
use crate::score::{Hit, Scoring, kind_scores};
use crate::segment::Segmentation;
use crate::span::{Span, TextVoice, Voice};
use crate::text::count_words;
use crate::voice::{QuoteKind, Resolution, VoiceAnalysis};

/// A frame is listed in [`Profile::frames`] when its rate reaches this many hits per 1,000
/// words of the article, with at least [`FRAME_MIN_HITS`] hits.
pub const FRAME_MIN_RATE: f64 = 5.0;
/// See [`FRAME_MIN_RATE`].
pub const FRAME_MIN_HITS: usize = 2;

/// Quotations counted by kind.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuoteCounts {
    pub direct: usize,
    pub indirect: usize,
    pub scare: usize,
    /// Quotations whose closing mark was missing.
    pub unbalanced: usize,
}

/// Reporting verbs of the article's quotations, counted by stance.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StanceCounts {
    pub neutral: usize,
    pub endorsing: usize,
    pub distancing: usize,
    pub loaded: usize,
}

impl StanceCounts {
    pub fn add(&mut self, stance: Stance) {
        match stance {
            Stance::Neutral => self.neutral += 1,
            Stance::Endorsing => self.endorsing += 1,
            Stance::Distancing => self.distancing += 1,
            Stance::Loaded => self.loaded += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.neutral + self.endorsing + self.distancing + self.loaded
    }
}

/// One speaker's share of voice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpeakerShare {
    pub name: String,
    /// Direct and indirect quotations attributed to them.
    pub quotes: usize,
    /// Words of those quotations.
    pub words: usize,
    /// `words` over all attributed quoted words of the article.
    pub share: f64,
    /// The speaker is a vague source.
    pub vague: bool,
}

/// Hits of one category, in the author's voice and inside quotations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CategoryRate {
    pub category: String,
    /// The category's kind (`loaded`, `label`, …).
    pub kind: String,
    pub technique: Option<String>,
    pub author_hits: usize,
    /// Author-voice hits per 1,000 author-voice words.
    pub author_rate: f64,
    pub quoted_hits: usize,
    /// Hits inside quotations per 1,000 quoted words.
    pub quoted_rate: f64,
}

/// How often one label of a paired-label group was chosen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairedChoice {
    pub group: String,
    pub label: String,
    /// Uses in the author's voice: the outlet's own choice.
    pub author: usize,
    /// Uses inside quotations: the sources' choice.
    pub quoted: usize,
}

/// An actor targeted by the author's loaded terms.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActorTarget {
    pub actor: String,
    /// Author-voice scoring hits whose clause names the actor.
    pub hits: usize,
    /// Sum of those hits' weights.
    pub weight: f64,
}

/// The rate of one frame.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FrameRate {
    pub frame: String,
    pub hits: usize,
    /// Hits (any voice) per 1,000 words of the article.
    pub rate: f64,
}

/// The framing profile of one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub sentences: usize,
    pub words: usize,
    /// Words in the author's own voice (outside direct and indirect quotations).
    pub author_words: usize,
    /// Words inside direct quotations (including scare quotes).
    pub direct_words: usize,
    /// Words of reported (indirect) content.
    pub indirect_words: usize,
    pub author_sentences: usize,
    pub direct_sentences: usize,
    pub indirect_sentences: usize,
    pub mixed_sentences: usize,
    pub editorial_sentences: usize,
    /// Editorial sentences over all sentences.
    pub editorial_ratio: f64,
    /// Editorial sentences over author and mixed sentences (where the author can speak).
    pub author_editorial_ratio: f64,
    /// Mean editorial score over all sentences.
    pub mean_score: f64,
    /// Share of the article's words inside direct quotations.
    pub quoted_share: f64,
    /// Share of the article's words in reported (indirect) content.
    pub reported_share: f64,
    pub quotes: QuoteCounts,
    /// Distinct named (non-vague) speakers.
    pub distinct_speakers: usize,
    pub speakers: Vec<SpeakerShare>,
    /// Quotations attributed to a vague source.
    pub vague_sources: usize,
    /// Hits of vague-source lexicon categories (any voice).
    pub vague_source_terms: usize,
    pub stances: StanceCounts,
    pub categories: Vec<CategoryRate>,
    /// Author-voice hits of hedge categories.
    pub hedges: usize,
    /// Sentences holding a verb in the conditional in the author's voice.
    pub conditionals: usize,
    /// Questions in the author's voice.
    pub rhetorical_questions: usize,
    /// Exclamations in the author's voice.
    pub exclamations: usize,
    pub paired_labels: Vec<PairedChoice>,
    pub actor_targets: Vec<ActorTarget>,
    pub frame_rates: Vec<FrameRate>,
    /// Frames whose rate passes [`FRAME_MIN_RATE`] with [`FRAME_MIN_HITS`] hits, by rate.
    pub frames: Vec<String>,
}

/// Everything the profile is computed from.
pub struct ProfileInput<'a> {
    pub text: &'a str,
    pub segmentation: &'a Segmentation,
    pub voices: &'a VoiceAnalysis,
    pub scoring: &'a Scoring,
    pub lexicons: &'a LexiconSet,
}

fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        round6(num as f64 / den as f64)
    }
}

fn per_thousand(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        round6(num as f64 * 1000.0 / den as f64)
    }
}

/// Rounds to six decimals so that outputs do not carry float noise across platforms.
pub fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// Computes the profile of one article.
pub fn profile(input: &ProfileInput<'_>) -> Profile {
    let text = input.text;
    let seg = input.segmentation;
    let voices = input.voices;
    let scoring = input.scoring;
    let mut p = Profile {
        sentences: seg.sentences.len(),
        ..Profile::default()
    };

    // Words by voice: the sentence words, minus the words of non-author regions.
    let index = WordIndex::new(text);
    for s in &seg.sentences {
        p.words += index.count(text, s.span);
    }
    for (r, v) in &voices.regions {
        let n = index.count(text, *r);
        match v {
            TextVoice::Direct => p.direct_words += n,
            TextVoice::Indirect => p.indirect_words += n,
            TextVoice::Author => {}
        }
    }
    // Scare quotes are direct words inside author sentences; regions may not list them.
    p.author_words = p.words.saturating_sub(p.direct_words + p.indirect_words);

    for (i, v) in voices.sentences.iter().enumerate() {
        match v.voice {
            Voice::Author => p.author_sentences += 1,
            Voice::Direct => p.direct_sentences += 1,
            Voice::Indirect => p.indirect_sentences += 1,
            Voice::Mixed => p.mixed_sentences += 1,
        }
        if let Some(s) = scoring.sentences.get(i) {
            if s.editorial {
                p.editorial_sentences += 1;
            }
            if s.question {
                p.rhetorical_questions += 1;
            }
            if s.exclamation {
                p.exclamations += 1;
            }
            if s.conditional {
                p.conditionals += 1;
            }
        }
    }
    p.editorial_ratio = ratio(p.editorial_sentences, p.sentences);
    p.author_editorial_ratio = ratio(
        p.editorial_sentences,
        p.author_sentences + p.mixed_sentences,
    );
    let total_score: f64 = scoring.sentences.iter().map(|s| s.score).sum();
    p.mean_score = if p.sentences == 0 {
        0.0
    } else {
        round6(total_score / p.sentences as f64)
    };
    p.quoted_share = ratio(p.direct_words, p.words);
    p.reported_share = ratio(p.indirect_words, p.words);

    quotes_and_speakers(input, &index, &mut p);
    categories(input, &mut p);
    paired_labels(&scoring.hits, &mut p);
    p.actor_targets = actor_targets(text, seg, &scoring.hits);
    frames(input, &mut p);
    p
}

fn quotes_and_speakers(input: &ProfileInput<'_>, index: &WordIndex, p: &mut Profile) {
    let text = input.text;
    let mut speakers: BTreeMap<String, SpeakerShare> = BTreeMap::new();
    for q in &input.voices.quotes {
        match q.kind {
            QuoteKind::Direct => p.quotes.direct += 1,
            QuoteKind::Indirect => p.quotes.indirect += 1,
            QuoteKind::Scare => p.quotes.scare += 1,
        }
        if q.unbalanced {
            p.quotes.unbalanced += 1;
        }
        if let Some(v) = &q.verb {
            p.stances.add(v.stance);
        }
        if q.kind == QuoteKind::Scare {
            continue;
        }
        let Some(sp) = &q.speaker else { continue };
        let vague = sp.resolution == Resolution::Vague;
        if vague {
            p.vague_sources += 1;
        }
        let e = speakers
            .entry(sp.name.clone())
            .or_insert_with(|| SpeakerShare {
                name: sp.name.clone(),
                quotes: 0,
                words: 0,
                share: 0.0,
                vague,
            });
        e.quotes += 1;
        e.words += index.count(text, q.content);
    }
    let total: usize = speakers.values().map(|s| s.words).sum();
    let mut list: Vec<SpeakerShare> = speakers.into_values().collect();
    for s in &mut list {
        s.share = ratio(s.words, total);
    }
    // Most quoted first; ties by name, so the order never depends on anything else.
    list.sort_by(|a, b| {
        b.words
            .cmp(&a.words)
            .then(b.quotes.cmp(&a.quotes))
            .then(a.name.cmp(&b.name))
    });
    p.distinct_speakers = list.iter().filter(|s| !s.vague).count();
    p.speakers = list;
}

/// The words of a whole text, read once, so that the words of its sentences, its voice regions
/// and its quotations (which overlap) are counted without reading them again.
///
/// [`WordIndex::count`] gives `count_words(text, span)` for any span. The words of a slice are
/// the words of the whole text that lie inside it whenever each end of the slice is the text's
/// start or end or stands next to a character that belongs to no word ([`free_at`]). No word
/// of the text crosses such an end (it would hold that character), every word character
/// belongs to a word, and [`words`] reads a word from its first character on, looking at most
/// one character past a joiner; so from the first word character inside the slice on, reading
/// the slice finds the same words as reading the whole text, up to its end, where a word of
/// the whole text ends too. Any other span is counted by reading it. A property test checks
/// the two on random texts and spans.
struct WordIndex {
    words: Vec<Span>,
}

impl WordIndex {
    fn new(text: &str) -> WordIndex {
        // Room for a word every five bytes (French news runs about six): the vector is not
        // grown and copied again and again while the article is read.
        let mut list = Vec::with_capacity(text.len() / 5 + 1);
        list.extend(words(text));
        WordIndex { words: list }
    }

    /// True when `at` is the text's start or end or next to a character of no word.
    fn clean(text: &str, at: usize) -> bool {
        let b = text.as_bytes();
        if at == 0 || at >= b.len() || hard(b[at - 1]) || hard(b[at]) {
            return true;
        }
        let Some(before) = text[..at].chars().next_back() else {
            return true;
        };
        free_at(text, at - before.len_utf8()) || free_at(text, at)
    }

    /// The number of words of `text` in `span`, as [`count_words`] counts them.
    fn count(&self, text: &str, span: Span) -> usize {
        if span.start <= span.end && Self::clean(text, span.start) && Self::clean(text, span.end) {
            // Words are in order and disjoint, so their ends are in order too.
            let from = self.words.partition_point(|w| w.start < span.start);
            let to = self.words.partition_point(|w| w.end <= span.end);
            to.saturating_sub(from)
        } else {
            count_words(text, span)
        }
    }
}

/// An ASCII byte that is no word character (letters and digits) and no joiner (`-`, `'` and,
/// between two digits, `.` and `,`): it belongs to no word.
fn hard(b: u8) -> bool {
    b < 0x80 && !b.is_ascii_alphanumeric() && !matches!(b, b'-' | b'\'' | b'.' | b',')
}

/// True when the character at `at` surely belongs to no word (see [`crate::normalize::words`]):
/// a [`hard`] byte; quotation marks, dashes and the ellipsis, which are no word characters
/// and join nothing; `.` `,` and the no-break spaces, which join only two digits, when they
/// do not stand between two digits. False for anything else, which only costs a reading.
fn free_at(text: &str, at: usize) -> bool {
    let Some(c) = text[at..].chars().next() else {
        return true;
    };
    match c {
        '«' | '»' | '“' | '”' | '—' | '–' | '…' => true,
        '.' | ',' | '\u{a0}' | '\u{202f}' => {
            let digit_before = text[..at]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_ascii_digit());
            let digit_after = text[at + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(|n| n.is_ascii_digit());
            !(digit_before && digit_after)
        }
        c if c.is_ascii() => hard(c as u8),
        _ => false,
    }
}

fn categories(input: &ProfileInput<'_>, p: &mut Profile) {
    let lex = input.lexicons;
    let mut author = vec![0usize; lex.categories.len()];
    let mut quoted = vec![0usize; lex.categories.len()];
    for h in &input.scoring.hits {
        let Some(c) = category_index(lex, h) else {
            continue;
        };
        match h.voice {
            TextVoice::Author => author[c] += 1,
            TextVoice::Direct | TextVoice::Indirect => quoted[c] += 1,
        }
        match h.kind {
            CategoryKind::Hedge if h.voice == TextVoice::Author => p.hedges += 1,
            CategoryKind::VagueSource => p.vague_source_terms += 1,
            _ => {}
        }
    }
    let quoted_words = p.direct_words + p.indirect_words;
    p.categories = lex
        .categories
        .iter()
        .enumerate()
        .filter(|(_, c)| !matches!(c.kind, CategoryKind::Frame | CategoryKind::ReportingVerb))
        .map(|(i, c)| CategoryRate {
            category: c.name.clone(),
            kind: c.kind.as_str().to_string(),
            technique: c.aliases.first().cloned(),
            author_hits: author[i],
            author_rate: per_thousand(author[i], p.author_words),
            quoted_hits: quoted[i],
            quoted_rate: per_thousand(quoted[i], quoted_words),
        })
        .collect();
}

/// The index of a hit's category in the lexicon set: through its entry, which is how the scorer
/// made the hit (no string lookup per hit), checked against the name so that a hit built any
/// other way still finds its category by name.
fn category_index(lex: &LexiconSet, h: &Hit) -> Option<usize> {
    if let Some(e) = lex.entries.get(h.entry)
        && lex
            .categories
            .get(e.category)
            .is_some_and(|c| c.name == *h.category)
    {
        return Some(e.category);
    }
    lex.categories.iter().position(|c| c.name == *h.category)
}

fn paired_labels(hits: &[Hit], p: &mut Profile) {
    let mut choices: BTreeMap<(&str, &str), PairedChoice> = BTreeMap::new();
    for h in hits.iter().filter(|h| h.kind == CategoryKind::PairedLabel) {
        let (Some(group), Some(label)) = (h.group.as_deref(), h.label.as_deref()) else {
            continue;
        };
        let e = choices
            .entry((group, label))
            .or_insert_with(|| PairedChoice {
                group: group.to_string(),
                label: label.to_string(),
                author: 0,
                quoted: 0,
            });
        if h.voice == TextVoice::Author {
            e.author += 1;
        } else {
            e.quoted += 1;
        }
    }
    p.paired_labels = choices.into_values().collect();
}

/// Which actors the author's scoring hits point at.
///
/// The rule: an author-voice hit of a scoring kind targets every actor named in the same
/// clause (the stretch of its sentence between clause punctuation: `,` `;` `:` `(` `)` `—`
/// and quote marks), including an actor named inside the hit itself (*contrôlée depuis
/// Paris* targets France). When the clause names no actor, the hit targets the actors of the
/// sentence's subject, taken as the actors named in the sentence before the hit's clause; when
/// there are none either, the hit targets nobody.
pub fn actor_targets(text: &str, seg: &Segmentation, hits: &[Hit]) -> Vec<ActorTarget> {
    let mut out: BTreeMap<String, ActorTarget> = BTreeMap::new();
    // Actor hits in text order, so that each clause finds its actors by binary search and the
    // actors before it by a pointer that only moves forward.
    let mut actors: Vec<&Hit> = hits
        .iter()
        .filter(|h| h.kind == CategoryKind::Actor)
        .collect();
    actors.sort_by_key(|a| (a.sentence, a.start, a.end));
    // Scoring hits come in text order: consecutive hits of one clause share its targets, which
    // are computed once per clause, and the clause bounds come from the sentence's breaks,
    // found once per sentence. The whole pass is linear in the article, even when it is one
    // endless sentence full of hits and actors.
    let mut breaks = ClauseBreaks::default();
    let mut before = ActorsBefore::default();
    let mut memo: Option<((usize, Span), Vec<&str>)> = None;
    for h in hits
        .iter()
        .filter(|h| h.scored && h.voice == TextVoice::Author && kind_scores(h.kind))
    {
        let sentence = seg.sentences[h.sentence].span;
        let clause = breaks.clause(text, h.sentence, sentence, Span::new(h.start, h.end));
        let key = (h.sentence, clause);
        if memo.as_ref().is_none_or(|(k, _)| *k != key) {
            let from =
                actors.partition_point(|a| (a.sentence, a.start) < (h.sentence, clause.start));
            let to = actors.partition_point(|a| (a.sentence, a.start) < (h.sentence, clause.end));
            let mut targets: Vec<&str> = actors[from..to]
                .iter()
                .filter(|a| a.end <= clause.end)
                .filter_map(|a| a.group.as_deref())
                .collect();
            if targets.is_empty() {
                targets = before.up_to(&actors, h.sentence, clause.start);
            }
            targets.sort_unstable();
            targets.dedup();
            memo = Some((key, targets));
        }
        let Some((_, targets)) = &memo else {
            continue;
        };
        for &actor in targets {
            let e = out.entry(actor.to_string()).or_insert_with(|| ActorTarget {
                actor: actor.to_string(),
                hits: 0,
                weight: 0.0,
            });
            e.hits += 1;
            e.weight = round6(e.weight + h.weight);
        }
    }
    let mut list: Vec<ActorTarget> = out.into_values().collect();
    list.sort_by(|a, b| b.hits.cmp(&a.hits).then(a.actor.cmp(&b.actor)));
    list
}

/// The clause punctuation of one sentence: `,` `;` `:` `(` `)` `—` `–` and quote marks.
#[derive(Default)]
struct ClauseBreaks {
    sentence: Option<usize>,
    /// Start and end of each break character, in text order.
    at: Vec<(usize, usize)>,
}

impl ClauseBreaks {
    /// The clause of `sentence` holding `hit`: from just after the last break that ends before
    /// the hit's start to the first break at or after its end (the sentence's bounds when
    /// there is none).
    fn clause(&mut self, text: &str, index: usize, sentence: Span, hit: Span) -> Span {
        if self.sentence != Some(index) {
            self.sentence = Some(index);
            self.at.clear();
            self.at.extend(
                sentence
                    .slice(text)
                    .char_indices()
                    .filter(|(_, c)| {
                        matches!(
                            c,
                            ',' | ';' | ':' | '(' | ')' | '—' | '–' | '«' | '»' | '“' | '”' | '"'
                        )
                    })
                    .map(|(i, c)| (sentence.start + i, sentence.start + i + c.len_utf8())),
            );
        }
        let k = self.at.partition_point(|b| b.1 <= hit.start);
        let start = if k == 0 {
            sentence.start
        } else {
            self.at[k - 1].1
        };
        let k = self.at.partition_point(|b| b.0 < hit.end);
        let end = self.at.get(k).map_or(sentence.end, |b| b.0);
        Span::new(start, end)
    }
}

/// The actors named in a sentence before a point, kept up to date as the point moves forward.
#[derive(Default)]
struct ActorsBefore<'h> {
    sentence: Option<usize>,
    /// The first actor not yet counted.
    next: usize,
    /// The point of the last call.
    upto: usize,
    groups: BTreeSet<&'h str>,
}

impl<'h> ActorsBefore<'h> {
    /// The groups of the actors of `sentence` that end at or before `point`. `actors` is sorted
    /// by sentence and start; calls in text order cost one pass over the actors in all.
    fn up_to(&mut self, actors: &[&'h Hit], sentence: usize, point: usize) -> Vec<&'h str> {
        if self.sentence != Some(sentence) || point < self.upto {
            self.sentence = Some(sentence);
            self.next = actors.partition_point(|a| a.sentence < sentence);
            self.groups.clear();
        }
        self.upto = point;
        // Actors of one layer never overlap, so sorted by start they are sorted by end too.
        while let Some(a) = actors.get(self.next)
            && a.sentence == sentence
            && a.end <= point
        {
            if let Some(g) = a.group.as_deref() {
                self.groups.insert(g);
            }
            self.next += 1;
        }
        self.groups.iter().copied().collect()
    }
}

fn frames(input: &ProfileInput<'_>, p: &mut Profile) {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for c in input
        .lexicons
        .categories
        .iter()
        .filter(|c| c.kind == CategoryKind::Frame)
    {
        counts.insert(frame_name(c), 0);
    }
    // The frame name of each category, by category index (None for the other kinds).
    let frame_of: Vec<Option<String>> = input
        .lexicons
        .categories
        .iter()
        .map(|c| (c.kind == CategoryKind::Frame).then(|| frame_name(c)))
        .collect();
    for h in input
        .scoring
        .hits
        .iter()
        .filter(|h| h.kind == CategoryKind::Frame)
    {
        let frame = category_index(input.lexicons, h).and_then(|c| frame_of[c].as_deref());
        if let Some(f) = frame
            && let Some(n) = counts.get_mut(f)
        {
            *n += 1;
        }
    }
    p.frame_rates = counts
        .into_iter()
        .map(|(frame, hits)| FrameRate {
            rate: per_thousand(hits, p.words),
            frame,
            hits,
        })
        .collect();
    let mut chosen: Vec<&FrameRate> = p
        .frame_rates
        .iter()
        .filter(|f| f.hits >= FRAME_MIN_HITS && f.rate >= FRAME_MIN_RATE)
        .collect();
    chosen.sort_by(|a, b| {
        b.rate
            .total_cmp(&a.rate)
            .then_with(|| a.frame.cmp(&b.frame))
    });
    p.frames = chosen.into_iter().map(|f| f.frame.clone()).collect();
}

/// A frame category's name in results: its Media Frames Corpus alias when it has one.
fn frame_name(c: &crate::lexicon::Category) -> String {
    c.aliases.first().cloned().unwrap_or_else(|| c.name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The char boundary of `text` at or below `at`.
    fn boundary(text: &str, mut at: usize) -> usize {
        at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn the_word_index_counts_as_count_words(
            text in "[a-zA-Z0-9 ,.'\\-«»“”—–…’\u{a0}\u{202f}éÉ:;!?()\n\u{2011}\u{301}]{0,60}",
            spans in proptest::collection::vec((0usize..64, 0usize..64), 1..12),
        ) {
            let index = WordIndex::new(&text);
            for (a, b) in spans {
                let (a, b) = (boundary(&text, a.min(b)), boundary(&text, a.max(b)));
                let span = Span::new(a, b);
                prop_assert_eq!(index.count(&text, span), count_words(&text, span), "{:?} {:?}", text, span);
            }
        }
    }

    #[test]
    fn the_word_index_counts_elisions_numbers_and_joined_words() {
        let text = "L'armée, aujourd'hui : a-t-il 1\u{a0}200 morts ? « Oui » (3,5 %) l'État.";
        let index = WordIndex::new(text);
        for a in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for b in (a..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let span = Span::new(a, b);
                assert_eq!(index.count(text, span), count_words(text, span), "{span:?}");
            }
        }
    }
}
