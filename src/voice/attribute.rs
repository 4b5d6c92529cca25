//! The article-level pass: sentences in order, each read once, with what earlier sentences
//! taught about speakers.
//!
//! For each sentence: its tokens (each top-level quotation one token), its cues
//! ([`super::cues`]), the speakers of those cues resolved against the discourse so far
//! ([`super::resolve`]), what each quotation is ([`super::quotation`]), and the sentence's
//! voice. The rules for the voice:
//!
//! - `direct` when the sentence holds a full quotation (or is part of one that spans several
//!   sentences), or introduces one in the next sentence with a colon;
//! - otherwise `indirect` when a cue reports content in it, or when the next sentence credits
//!   it, or when it credits the previous one; `mixed` instead when the reported speech is
//!   followed by an author tail, or when the sentence also carries a scare quote of the
//!   author's; the items of a list that a report ending on a colon introduces (`Selon la
//!   fédération, trois facteurs pèsent :`) carry that report;
//! - otherwise `mixed` when it carries a scare quote or an unattributed partial quotation,
//!   with the source the sentence names as its speaker (its subject, else the first person or
//!   body it names; none when it names no one: [`Discourse::mixed_source`]);
//! - otherwise `author`.
//!
//! Quotations continued over several paragraphs share one speaker, found at any of their
//! parts (a pronoun in the attribution that closes one reaches back from where it began), and
//! a pull quote (a quotation alone in its paragraph, with no speaker) takes the
//! speaker of the quotation whose words it repeats. A quotation inside what a cue reports is
//! that speaker's; a quotation with no attribution, opening its sentence right after a
//! sentence of the same paragraph that named a person in full as its speaker or subject, is
//! that person's; a quotation opening its sentence before a colon (`« Restez chez vous » : le
//! ministre appelle…`, the shape of a headline or a live entry) is the words of the speaker
//! whose reporting verb's subject opens the words after the colon. A pronoun in an incise inside a clause of the author's whose subject is a
//! person named in full (`Mamadou Bah a dix-sept ans, dit-il, et…`) is that person, never a
//! city or a country (`Budapest ne bloquera pas le mécanisme, a-t-il précisé` takes up the last
//! person met: a single word is a person only as the surname of one named before); a pronoun
//! right after `Quant à X,` is X (`Quant à Inès, elle a écrit…`). A document after `selon`
//! that the subject opening the sentence owns (`La Finul a recensé…, selon ses rapports`,
//! `Selon son rapport annuel, la Cimade…`) or hands on (`…, selon un décompte transmis à
//! Radio Équateur`), and a statement closing the sentence (`La mairie a fermé le parc, dans
//! un communiqué.`), are that subject's: it speaks. A role in apposition after a name runs to
//! its closing comma (`Clarisse Ebanda-Nkoulou, candidate de la Coalition pour l'alternance
//! (CPA),`), so that the whole role, taken up later, resolves to that name. A fronted
//! topic (`Côté Castelroux,`) is no mention, nor is a place after `vers`, `en` or `depuis`
//! (`la traversée vers l'Angleterre`), nor a lone capitalised word opening a list item
//! (`• Lasagnes à la bolognaise 750 g`, `- Tommes…`, `2. Toupies…`) when neither a
//! capitalised word nor `avoir` / `être` follows it and it is no first name (`- Renault a
//! annoncé`, `• Marie Dupont, infirmière` are mentions). A person named in full right after `quand`,
//! `lorsque` or `puisque` is the subject of that clause (`quand Odile Ferracci vient la
//! chercher`), whom an office may take up. The title of a work
//! (after its noun and a comma, before an apposition that says what it is, after a step of
//! its making: `le tournage de « … »`, `l'invitée de « … »`; after a work noun: `la chanson
//! « … »`, `Le tableau « … »`, `« Les Filets », son tube de l'été`; before its publisher, a
//! date in brackets, its author or its channel: `« … » (éditions du Quai)`, `« … », du Belge
//! X`, `« … », sur Canal Horizon`), the same title anywhere else in the article (`« Délibéré »
//! : un huis clos…` above `« Délibéré », d'Inès Carrel.`), a credit line's outlet (`X pour
//! « L'Équinoxe »`), a nickname (`Gérard « Gégé » Lambertin`) and the headline of a linked
//! article (`À lire aussi : « … »`, `👉 Lire sur La Criée : « … »`) quote no one. Nor do a name a verb gives (`que tout le plateau appelait « Tonin »`,
//! `intitulé « … »`: the verb then reports nothing), a meaning (`Gemapi signifie « … »`,
//! `désigne`, `veut dire`), a word mentioned as a word (`Le mot « Vérizy »`, `le terme`, `le
//! sigle`) and a loanword named or glossed (`Elle a même un nom, la « shrinkflation », que
//! l'on pourrait traduire par…`), unless the mentioned word is lower case and the article
//! used it before (`L'autre objection tient au mot « exceptionnelle »` takes up the measure's
//! word: a scare quote as before). A short quotation opening on a capital inside a sentence, that no verb
//! reports, is a name or a title too (`monte « La Mouette »`, `la cellule « Vrai ou Faux »`):
//! a woven fragment opens in lower case; not what a banner, a placard or a caption shows
//! (`des pancartes « Informer n'est pas un crime »`), nor words ending on a mark of speech.
//! What the article's outlet (the caller's `interviewer`) counted, saw or learnt itself, named
//! by its name or initials (`selon un décompte de l'AHP`, `a constaté L'Accolade`), is the
//! author's, unless it quotes. Everything is linear: each token is read a
//! bounded number of times, each quotation once, and the discourse memory is bounded.

use std::collections::{HashMap, HashSet};

use crate::quotes::{QuoteMark, QuoteRegion};
use crate::segment::{Segmentation, SentenceKind};
use crate::span::{Span, TextVoice, Voice};

use super::cues::{self, Cue, Who};
use super::dialogue::{Dialogue, Turn};
use super::group::{self, Build, VerbGroup};
use super::interview;
use super::lexis::{self, Gender, Number};
use super::np::{self, NpKind};
use super::quotation::{self, FRAGMENT_MAX_WORDS, SCARE_MAX_WORDS};
use super::resolve::{self, Discourse, Rank};
use super::text::{self, Block, Tok};
use super::{
    AttributeOptions, Quote, QuoteKind, Resolution, SentenceVoice, Speaker, VerbTable, VerbUse,
    VoiceAnalysis,
};

/// What a top-level quoted region turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Unknown,
    Full,
    Fragment,
    Scare,
    Partial,
    Title,
}

/// A top-level quoted region and what the pass learnt about it.
struct Top<'q> {
    region: &'q QuoteRegion,
    /// From the opening mark to the closing mark (or the content's end).
    extent: Span,
    /// Regions continued over paragraphs share a group and a speaker.
    group: usize,
    class: Class,
    speaker: Option<Speaker>,
    verb: Option<VerbUse>,
    cue: Option<Span>,
    sentence: Option<usize>,
    incise: Option<Span>,
    incise_checked: bool,
}

/// A sentence's voice while the pass runs.
struct Rec {
    voice: Voice,
    speaker: Option<String>,
    tail: Option<Span>,
    /// The sentence is direct through this quotation: its speaker names the sentence.
    direct: Option<usize>,
}

/// A cue's speaker, verb and span, resolved.
#[derive(Clone)]
struct Resolved {
    speaker: Option<Speaker>,
    verb: Option<VerbUse>,
    span: Span,
}

struct Pass<'a> {
    text: &'a str,
    segmentation: &'a Segmentation,
    verbs: &'a VerbTable,
    discourse: Discourse,
    dialogue: Dialogue,
    interviewee: Option<String>,
    /// The paragraph that introduces an interview's guest, and the guest (`Nous avons
    /// interrogé X`): the guest answers a dash dialogue that opens right after it.
    guest: Option<(usize, String)>,
    /// Who asks the questions of an interview: the article's credit line (`Propos recueillis
    /// par X`), else its byline (`Par X`), else the caller's choice (the outlet), or
    /// `journaliste`.
    interviewer: String,
    /// The article's dash paragraphs are a dialogue: one of them asks a question or holds an
    /// attribution (`— Jamais, lance-t-il.`), or the article has an interview's credit line.
    /// Then each is a turn; otherwise they are the items of a bulleted list, in the author's
    /// voice.
    dash_dialogue: bool,
    /// An introducing cue at the end of the previous sentence (`Il a déclaré :`).
    pending: Option<Resolved>,
    /// The last report of the previous sentences and the sentence it is in: a sentence
    /// opening on `Que` right after it carries it on ([`cues::continuation`]).
    last_report: Option<(usize, Resolved)>,
    /// The report of a sentence that ends on a colon (`Selon la fédération, trois facteurs
    /// pèsent :`), carried by the items of the list that follows it.
    list_report: Option<Resolved>,
    /// The thing the last sentence opened on as its subject, with its sentence, gender and
    /// number: a pronoun opening the next sentence takes it up.
    thing_subject: Option<(usize, Gender, Number)>,
    recs: Vec<Rec>,
    quotes: Vec<Quote>,
    regions: Vec<(Span, TextVoice)>,
    /// The titles of works the article names with one of their cues ([`work_title`]),
    /// folded: the same title elsewhere in the article, even bare (`« Délibéré » : un huis
    /// clos…` above `« Délibéré », d'Inès Carrel.`), quotes no one either.
    titles: HashSet<String>,
    /// The article's outlet, when the caller names it ([`Outlet`]).
    outlet: Option<Outlet>,
}

/// The outlet the article is published by, as its own sentences name it: what it counted,
/// saw or learnt itself (`selon un décompte de l'AHP`, `a constaté L'Accolade`) is the
/// author's voice, as `selon notre correspondant` is (the coding guideline). A bare `l'agence`
/// is left to the source it takes up (`selon l'agence` after `l'Agence internationale de
/// l'énergie atomique`).
struct Outlet {
    /// The folded words of its name, without articles or the word `agence`.
    words: Vec<String>,
    /// The initials of a name of three words or more (`AHP` for `Agence Hexagone Presse`).
    initials: Option<String>,
}

impl Outlet {
    fn new(name: &str) -> Option<Outlet> {
        let all: Vec<String> = text::fold(name)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let initials = (all.len() >= 3).then(|| {
            all.iter()
                .filter_map(|w| w.chars().next())
                .collect::<String>()
        });
        let words: Vec<String> = all
            .into_iter()
            .filter(|w| !matches!(w.as_str(), "l" | "le" | "la" | "les" | "agence"))
            .collect();
        (!words.is_empty()).then_some(Outlet { words, initials })
    }

    /// Whether the phrase `np` names the outlet: its name's words in a row (`l'agence
    /// Ressac`, `du Scaphandre`) or its initials (`l'AHP`), not after `par` (whom it asked).
    fn named_by(&self, toks: &[Tok], np: &np::Np) -> bool {
        let words: Vec<&str> = toks[np.start.min(toks.len())..np.end.min(toks.len())]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| {
                let w = t.norm();
                w.rsplit_once('\'').map_or(w, |(_, rest)| rest)
            })
            .filter(|w| !w.is_empty())
            .collect();
        // Whom the outlet asked speak (`Plusieurs économistes interrogés par Le Tambour`):
        // its name after `par` is no source of the phrase.
        let at = |k: usize| {
            words[..k]
                .iter()
                .rev()
                .find(|w| !matches!(**w, "le" | "la" | "les"))
                .is_none_or(|w| *w != "par")
        };
        let name = self.words.len();
        (0..words.len().saturating_sub(name - 1)).any(|k| {
            at(k)
                && words[k..k + name]
                    .iter()
                    .zip(&self.words)
                    .all(|(a, b)| *a == b.as_str())
        }) || words
            .iter()
            .enumerate()
            .any(|(k, w)| at(k) && self.initials.as_deref() == Some(*w))
    }
}

pub(crate) fn run(
    text: &str,
    segmentation: &Segmentation,
    regions: &[QuoteRegion],
    verbs: &VerbTable,
    options: &AttributeOptions,
) -> VoiceAnalysis {
    let mut tops = top_level(text, regions, false);
    // The folded text, made once for the readings that look for a phrase in it.
    let folded = interview::FoldedText::new(text);
    let credits = interview::credits(text, segmentation, &folded);
    let dash_dialogue = credits.marked.is_some()
        || tops.iter().any(|t| {
            let content = t.region.content;
            let mut arena = String::new();
            t.region.mark == QuoteMark::Dash
                && (content.slice(text).contains('?')
                    || quotation::incise(text, content, verbs, &mut arena).is_some())
        });
    // Dash paragraphs that are not a dialogue are a page's bulleted lines (`- Selon
    // Vigicrues, la Saône…`): their words are the author's, and the quotations inside them
    // are top-level quotations of the text.
    if !dash_dialogue && tops.iter().any(|t| t.region.mark == QuoteMark::Dash) {
        tops = top_level(text, regions, true);
    }
    let mut pass = Pass {
        text,
        segmentation,
        verbs,
        discourse: Discourse::default(),
        dialogue: Dialogue::default(),
        interviewee: None,
        dash_dialogue,
        guest: credits.guest.clone(),
        interviewer: credits
            .interviewer
            .clone()
            .or_else(|| credits.byline.clone())
            .or_else(|| options.interviewer.clone())
            .unwrap_or_else(|| "journaliste".to_string()),
        pending: None,
        last_report: None,
        list_report: None,
        thing_subject: None,
        recs: Vec::with_capacity(segmentation.sentences.len()),
        quotes: Vec::new(),
        regions: Vec::new(),
        titles: known_titles(text, segmentation, &tops),
        outlet: options.interviewer.as_deref().and_then(Outlet::new),
    };
    let mut first = 0;
    let mut blocks = Vec::new();
    let mut arena = String::new();
    for (si, sentence) in segmentation.sentences.iter().enumerate() {
        // A live page's entry opens on its time stamp (`19h40 - La présidente du groupe,
        // Margaux Helbronn, annonce…`): the sentence is read from the words after it, so that
        // the stamp and its dash are no dateline before an insert, nor part of its subject.
        let span = match crate::segment::text::entry_stamp(sentence.span.slice(text)) {
            Some((_, body)) if sentence.span.start + body < sentence.span.end => {
                Span::new(sentence.span.start + body, sentence.span.end)
            }
            _ => sentence.span,
        };
        sentence_blocks(&tops, span, &mut first, &mut blocks);
        let toks = text::tokenize(text, span, &blocks, &mut arena);
        pass.sentence(si, &toks, &mut tops);
    }
    let interviewer = pass.interviewer.clone();
    let mut analysis = pass.finish(tops);
    // Turns that name their speaker (`A. V. – …`, `ÉLODIE VANNIER : …`) come first: a label is
    // surer than the alternation of questions and answers, which a labelled interview would
    // otherwise offer too (its labels then read as the first words of each turn).
    if let Some(turns) = interview::transcript(
        text,
        segmentation,
        &folded,
        options.interviewer.as_deref(),
        &interviewer,
        credits.interviewer.as_deref(),
    ) {
        transcript_voices(text, segmentation, &turns, &mut analysis);
    } else if let Some(found) = interview::detect(text, segmentation, &credits) {
        interview_voices(segmentation, &found, &interviewer, &mut analysis);
    } else if let Some(turns) = interview::inline_transcript(
        text,
        segmentation,
        options.interviewer.as_deref(),
        &interviewer,
        credits.interviewer.as_deref(),
    ) {
        transcript_voices(text, segmentation, &turns, &mut analysis);
    } else if let Some(found) = interview::detect_flat(text, segmentation, &folded) {
        let interviewer = found.interviewer.clone().unwrap_or(interviewer);
        interview_voices(segmentation, &found, &interviewer, &mut analysis);
    }
    // A speaker whose name names no one (`on`, `Elle` left unresolved, `Présentée`) is no
    // speaker: better none than a wrong one.
    for s in &mut analysis.sentences {
        if s.speaker.as_deref().is_some_and(resolve::names_no_one) {
            s.speaker = None;
        }
    }
    analysis
}

/// The top-level quotations lying in the sentence `span`, as the tokenizer's blocks; `first`
/// moves past the quotations that end before the sentence (sentences come in order).
fn sentence_blocks(tops: &[Top<'_>], span: Span, first: &mut usize, blocks: &mut Vec<Block>) {
    while *first < tops.len() && tops[*first].extent.end <= span.start {
        *first += 1;
    }
    blocks.clear();
    let mut k = *first;
    while k < tops.len() && tops[k].extent.start < span.end {
        let b = Span::new(
            tops[k].extent.start.max(span.start),
            tops[k].extent.end.min(span.end),
        );
        if b.start < b.end {
            blocks.push(Block { span: b, quote: k });
        }
        k += 1;
    }
}

/// The titles of works the article names with one of their cues ([`work_title`]), folded
/// ([`title_key`]): read before the pass, so that a headline takes up a title the text
/// names further down. Only the sentences that hold a quotation are read.
fn known_titles(text: &str, segmentation: &Segmentation, tops: &[Top<'_>]) -> HashSet<String> {
    let mut titles = HashSet::new();
    let mut first = 0;
    let mut blocks = Vec::new();
    let mut arena = String::new();
    for sentence in &segmentation.sentences {
        sentence_blocks(tops, sentence.span, &mut first, &mut blocks);
        if blocks.is_empty() {
            continue;
        }
        let toks = text::tokenize(text, sentence.span, &blocks, &mut arena);
        for (i, t) in toks.iter().enumerate() {
            let Some(top) = t.quote().and_then(|q| tops.get(q)) else {
                continue;
            };
            let r = top.region;
            let whole = top.extent.start >= t.span.start && top.extent.end <= t.span.end;
            if whole
                && r.mark != QuoteMark::Dash
                && !r.continues_previous
                && work_title(text, &toks, i, r.content)
            {
                titles.insert(title_key(text, r.content));
            }
        }
    }
    titles
}

/// A title as the article's memory keeps it: its words folded, one space apart.
fn title_key(text: &str, content: Span) -> String {
    text::fold(content.slice(text))
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Gives the turns of a transcript (`ÉLODIE VANNIER : Bonjour.`) their speakers: every
/// sentence of a labelled paragraph is the labelled person's, the words after the label one
/// direct quotation (quotations found inside it are folded into it) and one direct region.
fn transcript_voices(
    text: &str,
    segmentation: &Segmentation,
    turns: &[interview::TranscriptTurn],
    analysis: &mut VoiceAnalysis,
) {
    let turns = turns.iter().map(|turn| {
        let speaker = Speaker {
            text: turn.label.slice(text).to_string(),
            span: Some(turn.label),
            resolution: Resolution::Named,
            name: turn.speaker.clone(),
        };
        (turn.span, turn.content, Some(speaker))
    });
    give_turns(segmentation, turns, analysis);
}

/// Gives the paragraphs of a question-and-answer interview their speakers: every sentence of
/// a question is the interviewer's, every sentence of an answer the interviewee's, each
/// paragraph one direct quotation (quotations found inside it are folded into it) and one
/// direct region.
fn interview_voices(
    segmentation: &Segmentation,
    found: &interview::Interview,
    interviewer: &str,
    analysis: &mut VoiceAnalysis,
) {
    let turns = found.turns.iter().map(|&(span, turn)| {
        let name = match turn {
            interview::Turn::Question => Some(interviewer.to_string()),
            interview::Turn::Answer => found.interviewee.clone(),
        };
        let speaker = name.map(|name| Speaker {
            text: String::new(),
            span: None,
            resolution: match turn {
                interview::Turn::Question => Resolution::Role,
                interview::Turn::Answer => Resolution::Implicit,
            },
            name,
        });
        (span, span, speaker)
    });
    give_turns(segmentation, turns, analysis);
}

/// Gives each turn of an interview or a transcript (its paragraph, the words that are the
/// speaker's, the speaker) its voice: every sentence of the paragraph direct and the
/// speaker's, the words one direct quotation that replaces the quotations found inside the
/// paragraph, and one direct region. A region found before that reaches into a turn keeps its
/// part outside the turn, as its quotation is kept (a fuzzer's input, an unclosed quotation
/// before a transcript's turn, once left the quotation's first words in no region at all).
fn give_turns(
    segmentation: &Segmentation,
    turns: impl Iterator<Item = (Span, Span, Option<Speaker>)>,
    analysis: &mut VoiceAnalysis,
) {
    let mut spans = Vec::new();
    for (paragraph, content, speaker) in turns {
        let first = segmentation
            .sentences
            .partition_point(|s| s.span.end <= paragraph.start);
        let mut k = first;
        while k < segmentation.sentences.len()
            && segmentation.sentences[k].span.start < paragraph.end
        {
            let v = &mut analysis.sentences[k];
            v.voice = Voice::Direct;
            v.speaker = speaker.as_ref().map(|s| s.name.clone());
            v.tail = None;
            k += 1;
        }
        analysis
            .quotes
            .retain(|q| !(paragraph.start <= q.content.start && q.content.end <= paragraph.end));
        analysis.quotes.push(Quote {
            kind: QuoteKind::Direct,
            content,
            cue: None,
            speaker,
            verb: None,
            sentence: first,
            unbalanced: false,
        });
        spans.push(content);
    }
    analysis
        .quotes
        .sort_by_key(|q| (q.content.start, q.content.end));
    // The regions the turns cover give way to them; a region that reaches outside a turn
    // keeps its parts outside (a quotation opened before the turn's paragraph and left
    // unclosed into it is still a quotation before the turn, and its quote is kept).
    let mut regions: Vec<(Span, TextVoice)> = std::mem::take(&mut analysis.regions)
        .into_iter()
        .flat_map(|(r, v)| outside(r, &spans).into_iter().map(move |p| (p, v)))
        .collect();
    regions.extend(spans.iter().map(|&s| (s, TextVoice::Direct)));
    analysis.regions = disjoint(regions);
}

/// The parts of `region` that no span of `spans` covers, in order.
fn outside(region: Span, spans: &[Span]) -> Vec<Span> {
    let mut covering: Vec<Span> = spans
        .iter()
        .copied()
        .filter(|s| region.start < s.end && s.start < region.end)
        .collect();
    covering.sort_by_key(|s| s.start);
    let mut out = Vec::new();
    let mut from = region.start;
    for s in covering {
        if s.start > from {
            out.push(Span::new(from, s.start));
        }
        from = from.max(s.end);
    }
    if from < region.end {
        out.push(Span::new(from, region.end));
    }
    out
}

/// The top-level regions, ordered and disjoint, with their groups. With `flatten_dashes`, a
/// dash paragraph is not a region and the quotations inside it are top-level.
fn top_level<'q>(text: &str, regions: &'q [QuoteRegion], flatten_dashes: bool) -> Vec<Top<'q>> {
    let dashes: Vec<Span> = if flatten_dashes {
        regions
            .iter()
            .filter(|r| r.depth == 0 && r.mark == QuoteMark::Dash)
            .map(|r| r.content)
            .collect()
    } else {
        Vec::new()
    };
    let top = |r: &&QuoteRegion| {
        if flatten_dashes {
            (r.depth == 0 && r.mark != QuoteMark::Dash)
                || (r.depth == 1 && dashes.iter().any(|d| d.contains(r.content)))
        } else {
            r.depth == 0
        }
    };
    let mut tops: Vec<Top<'q>> = Vec::new();
    for r in regions.iter().filter(top) {
        let end = r.close.map_or(r.content.end, |c| c.end).max(r.content.end);
        let start = r.open.start.min(r.content.start);
        if end > text.len() || start >= end {
            continue;
        }
        if tops.last().is_some_and(|t| start < t.extent.end) {
            continue;
        }
        let group = match tops.last() {
            Some(t) if r.continues_previous => t.group,
            _ => tops.len(),
        };
        tops.push(Top {
            region: r,
            extent: Span::new(start, end),
            group,
            class: Class::Unknown,
            speaker: None,
            verb: None,
            cue: None,
            sentence: None,
            incise: None,
            incise_checked: false,
        });
    }
    tops
}

/// The most parts of a quotation continued over paragraphs read back for its first sentence.
const QUOTATION_REACH: usize = 16;

/// The sentence where the quotation that top-level region `k` belongs to began (its first
/// part, for a quotation continued over paragraphs), or `si` when not known.
fn quotation_start(tops: &[Top<'_>], k: usize, si: usize) -> usize {
    let Some(top) = tops.get(k) else {
        return si;
    };
    let mut j = k;
    while j > 0 && k - j < QUOTATION_REACH && tops[j - 1].group == top.group {
        j -= 1;
    }
    tops[j].sentence.map_or(si, |s| s.min(si))
}

/// The first word of a sentence after a connective that opens it (`Mais`, `Et`, `Or`).
fn opening_word(toks: &[Tok]) -> usize {
    usize::from(
        toks.first()
            .is_some_and(|t| t.is("mais") || t.is("et") || t.is("or")),
    )
}

/// The gender and number of the thing a sentence opens on as its subject (`Cet argument est
/// réel.`, `La neige de culture exige du froid.`): a singular phrase with a determiner that
/// names no person, body or document, followed by a word.
fn thing_subject(toks: &[Tok]) -> Option<(Gender, Number)> {
    let k = opening_word(toks);
    let first = toks.get(k).filter(|t| t.is_word())?;
    lexis::determiner(first)?;
    let np = np::group_forward(toks, k, false)?;
    // In the plural, a noun the lists do not know is as often people (`Les grévistes
    // bloquent…`), so only a singular thing counts.
    (np.kind == NpKind::Other
        && np.number == Number::Singular
        && toks.get(np.end).is_some_and(|t| t.is_word()))
    .then_some((np.gender, np.number))
}

/// The person a body speaks through: the phrase after `par la voix de` (`par la voix de son
/// ambassadeur à Niamey, Igor Semionov`, `par la voix du porte-parole`), with its apposition.
fn spoken_through(toks: &[Tok]) -> Option<np::Np> {
    let k = (0..toks.len().saturating_sub(4))
        .find(|&k| toks[k].is("par") && toks[k + 1].is("la") && toks[k + 2].is("voix"))?;
    let at = np::complement_at(toks, k + 3)?;
    let np = np::with_apposition(toks, np::forward(toks, at, false)?);
    matches!(
        np.kind,
        NpKind::Name | NpKind::Role | NpKind::Institution | NpKind::Group
    )
    .then_some(np)
}

/// The source after `a-t-on appris` (`de source diplomatique`, `auprès de la préfecture`,
/// `du parquet`), when the phrase names someone.
fn learnt_from(toks: &[Tok]) -> Option<np::Np> {
    let k = (1..toks.len().saturating_sub(2))
        .find(|&k| toks[k].is("a-t-on") && toks[k + 1].is("appris") && toks[k - 1].is_punct(','))?;
    let mut at = k + 2;
    if toks.get(at)?.is("aupres") {
        at += 1;
    }
    if toks.get(at).is_some_and(|t| t.is("de") || t.is("d'")) {
        at += 1;
    }
    np::forward(toks, at, false).filter(|np| {
        matches!(
            np.kind,
            NpKind::Vague | NpKind::Institution | NpKind::Role | NpKind::Name | NpKind::Group
        )
    })
}

fn span_of(toks: &[Tok], start: usize, end: usize) -> Span {
    Span::new(toks[start].span.start, toks[end - 1].span.end)
}

impl Pass<'_> {
    fn sentence(&mut self, si: usize, toks: &[Tok], tops: &mut [Top<'_>]) {
        let mut cues = cues::find(toks, self.verbs);
        // `À lire aussi : Les gendarmes appellent à la vigilance`: the headline of another
        // article, a link of the outlet's page, reports nothing.
        if cross_reference(toks) {
            cues.clear();
        }
        // What the outlet counted, saw or learnt itself is the author's (`selon un décompte de
        // l'AHP`, `a constaté L'Accolade`); the words it quotes stay its interviewer's.
        if let Some(outlet) = &self.outlet {
            cues.retain(|c| {
                c.quote.is_some() || !matches!(&c.who, Who::Np(np) if outlet.named_by(toks, np))
            });
        }
        // `Cet argument est réel. Il suppose pourtant que…`: a pronoun opening the sentence
        // takes up the thing the last sentence opened on, which reports nothing.
        let thing_before = self
            .thing_subject
            .filter(|&(at, _, _)| at + 1 == si)
            .map(|(_, g, n)| (g, n));
        if let Some((gender, number)) = thing_before {
            let opening = opening_word(toks);
            cues.retain(|c| {
                !matches!(&c.who, Who::Np(np)
                    if np.kind == NpKind::Pronoun
                        && np.start == opening
                        && !toks[np.start].is("on")
                        && lexis::agree(np.gender, np.number, gender, number))
            });
        }
        self.thing_subject = thing_subject(toks).map(|(g, n)| (si, g, n));
        let mut resolved: Vec<Resolved> = cues
            .iter()
            .map(|c| {
                // `« … », conclut-il.` after a quotation of several paragraphs: the pronoun
                // reaches back from where the quotation began.
                let from = c
                    .quote
                    .and_then(|q| toks.get(q)?.quote())
                    .map_or(si, |k| quotation_start(tops, k, si));
                self.resolve(si, from, toks, c)
            })
            .collect();
        // `Il a expliqué que… . Qu'il avait cru voir une arme.`: a sentence opening on `Que`
        // right after a report carries it on, with its speaker.
        if cues.is_empty()
            && let Some((at, last)) = &self.last_report
            && *at + 1 == si
            && let Some(cue) = cues::continuation(toks)
        {
            resolved.push(last.clone());
            cues.push(cue);
        }

        // `Le ministre avait averti l'ambassade dès janvier, a-t-on appris de source
        // diplomatique`: an earlier act the public did not see (the clause in the pluperfect,
        // or in the conditional of a report not confirmed: `la ministre aurait demandé…, a-t-on
        // appris auprès d'un participant`) that the newsroom learnt of is reported by its
        // source, not by the clause's subject.
        // A saying made in public (`Le gouvernement a annoncé…, a-t-on appris de source
        // officielle`) stays its subject's, and so do the words a clause quotes (`Une
        // hypothèse que Matignon juge « prématurée », a-t-on appris…`).
        if !toks.iter().any(|t| t.quote().is_some())
            && let Some(np) = learnt_from(toks)
            && let Some(c) = cues.iter().position(|c| {
                !c.content.is_empty()
                    && !c.credit
                    && c.start < np.start
                    && c.verb.as_ref().is_some_and(|g| {
                        toks[g.start..g.verb].iter().any(|t| {
                            matches!(
                                t.norm(),
                                "avait"
                                    | "avaient"
                                    | "etait"
                                    | "etaient"
                                    | "aurait"
                                    | "auraient"
                                    | "serait"
                                    | "seraient"
                            )
                        })
                    })
            })
        {
            let (speaker, known) = self.discourse.speaker(&np, self.text, toks, si);
            self.discourse.set_last_speaker(known, si);
            resolved[c].speaker = Some(speaker);
        }

        // `Moscou a salué la décision par la voix de son ambassadeur, Igor Semionov`: the body
        // speaks through that person, who is the most specific speaker.
        if let Some(np) = spoken_through(toks)
            && let Some(c) = cues
                .iter()
                .position(|c| !c.content.is_empty() && !c.credit && c.start < np.start)
        {
            let (speaker, known) = self.discourse.speaker(&np, self.text, toks, si);
            self.discourse.set_last_speaker(known, si);
            resolved[c].speaker = Some(speaker);
        }

        // A quotation opening this sentence takes the introduction that ended the last one.
        let pending = self.pending.take();
        let mut pending_used = false;

        let mut rec = Rec {
            voice: Voice::Author,
            speaker: None,
            tail: None,
            direct: None,
        };
        let mut scare_like = false;
        // The speaker whose own verb a quotation holds (`a « pris acte »`): the sentence
        // reports them when nothing else does.
        let mut quoted_verb: Option<String> = None;
        // Which cue each quotation is attached to, and which cue's content holds it.
        let quote_at: Vec<usize> = (0..toks.len())
            .filter(|&i| toks[i].quote().is_some())
            .collect();
        let mut attached_at: HashMap<usize, usize> = HashMap::new();
        let mut owner: HashMap<usize, usize> = HashMap::new();
        for (k, c) in cues.iter().enumerate() {
            if let Some(q) = c.quote {
                attached_at.entry(q).or_insert(k);
            }
            for &(a, b) in &c.content {
                let from = quote_at.partition_point(|&q| q < a);
                for &q in quote_at[from..].iter().take_while(|&&q| q < b) {
                    owner.entry(q).or_insert(k);
                }
            }
        }
        let mut naming_cues: Vec<usize> = Vec::new();
        for &i in &quote_at {
            let tok = &toks[i];
            let Some(q) = tok.quote() else {
                continue;
            };
            let top = &mut tops[q];
            top.sentence.get_or_insert(si);
            let attached = attached_at.get(&i).copied();
            let owned = owner.contains_key(&i);
            let class = self.classify(toks, i, top, attached.map(|c| &cues[c]), owned);
            if top.class != Class::Full {
                top.class = class;
            }
            match top.class {
                Class::Full => {
                    if let Some(c) = attached {
                        attach(top, &resolved[c]);
                    } else if i == 0
                        && !pending_used
                        && let Some(p) = &pending
                    {
                        attach(top, p);
                        pending_used = true;
                    } else if i == 0
                        && toks.get(1).is_some_and(|t| t.is_punct(':'))
                        && let Some(k) = cues.iter().position(|c| {
                            matches!(&c.who, Who::Np(np) if np.start == 2 && np.kind.is_speaker())
                                && c.verb.is_some()
                                && !c.credit
                        })
                        && resolved[k].speaker.is_some()
                    {
                        // `« Nous avons eu de la chance » : le maire, Hervé Tallec, estime
                        // que…`, `« Restez chez vous » : le ministre appelle…`: a quotation set
                        // before a colon, as a headline or a live entry opens, is the words of
                        // the speaker who reports right after the colon.
                        attach(top, &resolved[k]);
                    } else if let Some(&o) = owner.get(&i) {
                        // A quotation inside what a cue reports (`Il a dit tout haut ce que
                        // d'autres pensent tout bas : « … »`, `Selon le maire, la route
                        // rouvrira : « … »`) is that speaker's words.
                        attach(top, &resolved[o]);
                    } else if i == 0
                        && top.speaker.is_none()
                        && cues.is_empty()
                        && si > 0
                        && self.same_paragraph(si - 1, si)
                        && let Some(k) = self.discourse.person_of(si - 1)
                    {
                        // `Le docteur Samir Haddad, l'un des trois urgentistes, est moins
                        // optimiste. « Trois médecins pour un service, c'est intenable. »`: a
                        // quotation with no attribution, right after a sentence of the same
                        // paragraph that named a person as its speaker or subject, is theirs.
                        top.speaker = Some(Speaker {
                            text: String::new(),
                            span: None,
                            resolution: Resolution::Implicit,
                            name: k.name.clone(),
                        });
                        self.discourse.set_last_speaker(k, si);
                    }
                    // An incise in the turn (`— Jamais, répond-elle.`) names its speaker
                    // better than the alternation of an interview's turns.
                    self.check_incise(si, top);
                    if top.region.mark == QuoteMark::Dash
                        && top.region.open.start >= toks[0].span.start
                    {
                        self.dash_turn(top);
                    }
                    rec.direct.get_or_insert(q);
                }
                Class::Fragment => {
                    if let Some(o) = owner.get(&i).copied().or(attached) {
                        attach(top, &resolved[o]);
                    } else if top.speaker.is_none()
                        && let Some(np) = verb_in_quotes(toks, i)
                    {
                        let (speaker, known) = self.discourse.speaker(&np, self.text, toks, si);
                        self.discourse.set_last_speaker(known, si);
                        quoted_verb.get_or_insert(speaker.name.clone());
                        top.speaker = Some(speaker);
                    }
                }
                Class::Scare | Class::Partial => scare_like = true,
                Class::Title => {
                    // `que tout le plateau appelait « Tonin »`: the verb gives a name, and
                    // reports nothing. A verb further off still reports (`Plusieurs critiques
                    // ont regretté l'absence de « Ferraille », le jeu de course…`, `sa liste
                    // « Vérancourt fier et sûr » promet de…`).
                    if let Some(c) = attached.filter(|&c| {
                        cues[c]
                            .verb
                            .as_ref()
                            .is_some_and(|g| g.end.max(g.verb + 1) == i)
                    }) {
                        naming_cues.push(c);
                    }
                }
                Class::Unknown => {}
            }
        }
        if pending_used
            && si > 0
            && let Some(prev) = self.recs.last_mut()
        {
            prev.voice = Voice::Direct;
            prev.direct = rec.direct;
        }

        let reports: Vec<usize> = (0..cues.len())
            .filter(|&c| {
                !cues[c].content.is_empty()
                    && !cues[c].credit
                    && !naming_cues.contains(&c)
                    && !self.feigned_aim(toks, &cues[c])
                    && !self.generic_musing(toks, &cues[c])
            })
            .collect();
        if let Some((a, b)) = cues.iter().find_map(|c| c.tail)
            && a < b.min(toks.len())
        {
            rec.tail = Some(span_of(toks, a, b.min(toks.len())));
        }
        if rec.direct.is_some() {
            // The author's tail after a quotation and its attribution makes the sentence mixed.
            rec.voice = if rec.tail.is_some() {
                Voice::Mixed
            } else {
                Voice::Direct
            };
        } else if let Some(&c) = reports.first() {
            rec.voice = if rec.tail.is_some()
                || scare_like
                || cues[c].woven
                || cues.iter().all(|cue| self.names_term(toks, cue))
            {
                Voice::Mixed
            } else {
                Voice::Indirect
            };
            rec.speaker = resolved[c].speaker.as_ref().map(|s| s.name.clone());
        } else if let Some(c) = cues.iter().position(|c| c.credit) {
            rec.voice = Voice::Indirect;
            rec.speaker = resolved[c].speaker.as_ref().map(|s| s.name.clone());
            self.credit(si, &resolved[c], tops);
        } else if scare_like {
            rec.voice = Voice::Mixed;
        } else if let Some(name) = quoted_verb {
            rec.voice = Voice::Indirect;
            rec.speaker = Some(name);
        }
        if let Some(c) = cues.iter().position(|c| c.introduces)
            && rec.direct.is_none()
        {
            self.pending = Some(resolved[c].clone());
        }
        for &c in &reports {
            self.report(si, toks, &cues[c], &resolved[c]);
        }
        self.list_item(toks, &cues, &reports, &resolved, &mut rec, tops);
        self.issued(toks, &rec, tops);
        self.last_report = reports.last().map(|&c| (si, resolved[c].clone()));
        // A heading (`TRIBUNE`, `ANALYSE`, a subheading) names no one the text goes on to
        // speak of: its capitalised words are not mentions a pronoun may take up.
        if self.kind(si) != Some(SentenceKind::Heading) {
            self.note_mentions(si, toks, &cues, thing_before);
        }
        // A scare quote or a partial quotation that no cue reports is the words of the source
        // the sentence or the one before names.
        if rec.voice == Voice::Mixed && rec.speaker.is_none() {
            rec.speaker = self.discourse.mixed_source(si).map(|k| k.name);
        }
        self.recs.push(rec);
    }

    /// Whether the cue only names a term in quotation marks from inside a relative clause of
    /// the author's sentence: `sur la crête que les habitants appellent « la Dent »`, `ce que
    /// les syndicats appellent « la saignée »`, `ce que l'ONU qualifie de « pire crise… »`.
    /// The author borrows the source's word for a thing the author's sentence talks about:
    /// the sentence is mixed, not a report. On dev2..dev78 it turns 9 sentences of 9 sets to
    /// mixed: 7 coded mixed, 2 indirect (`Un projet que ses opposants qualifiaient de « … »`,
    /// and one after a demand the cues do not read as a report).
    fn names_term(&self, toks: &[Tok], cue: &Cue) -> bool {
        let Some(g) = cue.verb.as_ref() else {
            return false;
        };
        if !matches!(
            self.verbs.entry(g.entry).lemma.as_str(),
            "appeler" | "qualifier" | "surnommer" | "baptiser"
        ) {
            return false;
        }
        // The quotation right after the verb, after `de` (`qualifie de « … »`) or an article
        // (`appellent une « bombe »`).
        let mut q = g.end.max(g.verb + 1);
        if toks
            .get(q)
            .is_some_and(|t| lexis::is_de(t) || lexis::determiner(t).is_some())
        {
            q += 1;
        }
        if toks.get(q).and_then(|t| t.quote()).is_none() {
            return false;
        }
        // The relative `que` a few words before the verb, with only the subject between.
        relative_before(toks, g.start, &["que", "qu'"])
    }

    /// Whether the cue is `prétendre` with an infinitive inside a relative clause of the
    /// author's sentence: `la récidive qu'elle prétend combattre`, `un gouvernement qui
    /// prétend la corriger`, `ceux que l'on prétend défendre`. The author states what the
    /// actor claims to do, to set it against what it does: nothing is reported, the sentence
    /// is the author's. On dev2..dev78, 8 sentences in 8 sets, all coded author.
    fn feigned_aim(&self, toks: &[Tok], cue: &Cue) -> bool {
        let Some(g) = cue.verb.as_ref() else {
            return false;
        };
        if self.verbs.entry(g.entry).lemma != "prétendre" {
            return false;
        }
        let next = g.end.max(g.verb + 1);
        let infinitive = toks.get(next).is_some_and(|t| {
            t.is_word()
                && !matches!(
                    t.norm(),
                    "que" | "qu'" | "avoir" | "etre" | "a" | "au" | "aux"
                )
        });
        infinitive && relative_before(toks, g.start, &["que", "qu'", "qui"])
    }

    /// Whether the cue is the author's generic `on` wondering, regretting or guessing at the
    /// head of the sentence: `On se demande bien pourquoi.`, `On regrette d'autant plus la
    /// scénographie`, `On ne doute pas qu'il trouvera la route`, `…, et l'on s'étonne que le
    /// niveau baisse`, `On aurait dit un enterrement joyeux.` No one else is reported: the
    /// author speaks through `on`. A source named by place keeps its report (`Dans le camp
    /// Sorel, on a d'abord attribué…`). On dev2..dev78, 10 sentences of 9 sets, all coded
    /// author.
    fn generic_musing(&self, toks: &[Tok], cue: &Cue) -> bool {
        let Some(g) = cue.verb.as_ref() else {
            return false;
        };
        let lemma = self.verbs.entry(g.entry).lemma.as_str();
        let musing = match lemma {
            "se demander" | "regretter" | "deviner" | "douter" | "croire" | "s'étonner" => true,
            // `On aurait dit…`: what something looked like.
            "dire" => g.verb > 0 && toks[g.verb - 1].is("aurait"),
            _ => false,
        };
        if !musing || g.start == 0 || !toks[g.start - 1].is("on") {
            return false;
        }
        // `On` opens the sentence, after a conjunction at most; `l'on` after `et`.
        let before: Vec<&str> = toks[..g.start - 1]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.norm())
            .collect();
        matches!(
            before.as_slice(),
            [] | ["mais" | "et" | "alors"] | [.., "et" | "mais", "l'"]
        )
    }

    /// Whether two sentences are in the same paragraph.
    fn same_paragraph(&self, a: usize, b: usize) -> bool {
        let s = &self.segmentation.sentences;
        matches!((s.get(a), s.get(b)), (Some(x), Some(y)) if x.paragraph == y.paragraph)
    }

    /// Remembers the documents a reporting sentence names with an indefinite article (`selon
    /// un rapport de la Cour des comptes`, `a annoncé l'état-major dans un communiqué`), or
    /// with a definite or possessive one after `selon`, `d'après`, `dans` (`selon le rapport
    /// annuel de la Fondation…`, `Dans son rapport, la Cour…`), as its speaker's, so that `le
    /// rapport` later speaks for them.
    fn issued(&mut self, toks: &[Tok], rec: &Rec, tops: &[Top<'_>]) {
        let speaker = rec.speaker.clone().or_else(|| {
            rec.direct
                .and_then(|q| tops[q].speaker.as_ref().map(|s| s.name.clone()))
        });
        let Some(speaker) = speaker else {
            return;
        };
        // A speaker that is the document itself (`selon un communiqué lu à la télévision`)
        // issued nothing.
        let words: Vec<String> = speaker.split_whitespace().map(text::fold).collect();
        for k in 1..toks.len() {
            let t = &toks[k];
            if t.is_word()
                && lexis::is_document_head(t)
                && (toks[k - 1].is("un")
                    || toks[k - 1].is("une")
                    || (k >= 2
                        && matches!(toks[k - 1].norm(), "le" | "la" | "l'" | "son" | "sa")
                        && matches!(toks[k - 2].norm(), "selon" | "apres" | "dans")))
                && !words.iter().any(|w| w == t.norm())
            {
                self.discourse.issued(t.norm(), &speaker);
            }
        }
    }
}

/// How many tokens before its acronym in brackets a body's full name may start.
const ACRONYM_BODY_REACH: usize = 12;

impl Pass<'_> {
    /// Bodies named in full with their acronym in brackets (`la direction générale de
    /// l'enseignement scolaire (Dgesco)`, `l'agence régionale de santé (ARS) de Normandie`):
    /// the acronym alone later names the body in full. A person's party label (`Paul Roux
    /// (LR)`) is no acronym of that person; the name runs over no punctuation (`…de la ville
    /// d'Arequipa, a indiqué l'Institut géophysique du Pérou (IGP)` names the Institut).
    fn note_acronyms(&mut self, toks: &[Tok]) {
        for k in 1..toks.len().saturating_sub(2) {
            let (open, acr, close) = (&toks[k], &toks[k + 1], &toks[k + 2]);
            if !(open.is_punct('(') && close.is_punct(')') && acr.is_word() && acr.cap) {
                continue;
            }
            // The longest phrase that ends at the bracket, within a bounded window.
            let Some(body) = (k.saturating_sub(ACRONYM_BODY_REACH)..k)
                .filter(|&d| toks[d].is_word() && lexis::determiner(&toks[d]).is_some())
                // `au nord de la ville d'Arequipa, a indiqué l'Institut géophysique du Pérou
                // (IGP)`: a name runs over no punctuation.
                .filter(|&d| toks[d..k].iter().all(|t| t.is_word()))
                .map(|d| np::classify(toks, d, k, false))
                .find(|b| b.kind == NpKind::Institution)
            else {
                continue;
            };
            // `(ARS) de Normandie`: a place after the bracket completes the name.
            let tail = toks
                .get(k + 3)
                .filter(|d| d.is_word() && lexis::is_de(d))
                .and_then(|_| {
                    let e = (k + 4..toks.len().min(k + 7))
                        .take_while(|&j| toks[j].is_word() && toks[j].cap)
                        .last()?;
                    Some((k + 3, e + 1))
                });
            self.discourse.acronym(&body, acr, tail, self.text, toks);
        }
    }

    /// The kind of sentence `si` (heading, list item, text), when there is one.
    fn kind(&self, si: usize) -> Option<SentenceKind> {
        self.segmentation.sentences.get(si).map(|s| s.kind)
    }

    /// Carries a report over the items of the list it introduces: `Selon la fédération, trois
    /// facteurs pèsent sur le marché :` then `• des taux…`, `• le prix…`. An item with no cue
    /// of its own reports what the introduction's source said, and a quotation as an item is
    /// that source's words. A list after an author's sentence (`Le texte prévoit :`) stays
    /// the author's, and any other sentence ends the list.
    fn list_item(
        &mut self,
        toks: &[Tok],
        cues: &[Cue],
        reports: &[usize],
        resolved: &[Resolved],
        rec: &mut Rec,
        tops: &mut [Top<'_>],
    ) {
        // The sentence's record is pushed after this: the records so far are the sentences
        // before it.
        let si = self.recs.len();
        if self.kind(si) != Some(SentenceKind::ListItem) {
            let colon = toks.last().is_some_and(|t| t.is_punct(':'));
            // `Elle propose :` reports nothing until its list: it introduces it, as it would
            // a quotation.
            let introduces = || {
                cues.iter()
                    .position(|c| c.introduces && c.content.is_empty())
                    .filter(|_| rec.voice == Voice::Author)
            };
            self.list_report = match reports.last() {
                Some(&c) if colon && rec.voice == Voice::Indirect => Some(resolved[c].clone()),
                None if colon => introduces().map(|c| resolved[c].clone()),
                _ => None,
            }
            .filter(|r| r.speaker.is_some());
            return;
        }
        let Some(report) = self.list_report.clone() else {
            return;
        };
        // The introduction of the list reports it.
        let first_item =
            matches!(self.kind(si.wrapping_sub(1)), Some(k) if k != SentenceKind::ListItem);
        if first_item
            && let Some(intro) = self.recs.last_mut()
            && intro.voice == Voice::Author
        {
            intro.voice = Voice::Indirect;
            intro.speaker = report.speaker.as_ref().map(|s| s.name.clone());
        }
        if let Some(q) = rec.direct {
            attach(&mut tops[q], &report);
        } else if cues.is_empty() && rec.voice == Voice::Author && !toks.is_empty() {
            let content = span_of(toks, 0, toks.len());
            self.quotes.push(Quote {
                kind: QuoteKind::Indirect,
                content,
                cue: Some(report.span),
                speaker: report.speaker.clone(),
                verb: report.verb.clone(),
                sentence: si,
                unbalanced: false,
            });
            self.regions.push((content, TextVoice::Indirect));
            rec.voice = Voice::Indirect;
            rec.speaker = report.speaker.as_ref().map(|s| s.name.clone());
            if let Some(name) = &rec.speaker {
                self.discourse.speaks_again(name, si);
            }
        }
    }

    /// Resolves a cue's speaker, verb and span; the speaker becomes the last speaker.
    fn resolve(&mut self, si: usize, from: usize, toks: &[Tok], cue: &Cue) -> Resolved {
        let text = self.text;
        // `Chez les irrigants, on s'agace…`, `À la préfecture, on rappelle que…`: `on` speaks
        // for the place or group the sentence opens on.
        let fronted = match &cue.who {
            Who::Np(np) if np.kind == NpKind::Pronoun && toks[np.start].is("on") => {
                np::fronted_group(toks, np.start)
            }
            _ => None,
        };
        let owner = match &cue.who {
            Who::Np(np) => document_owner(toks, cue, np),
            _ => None,
        };
        let found = match &cue.who {
            _ if let Some(np) = &fronted => Some(self.discourse.speaker(np, text, toks, si)),
            // `La Finul a recensé…, selon ses rapports trimestriels`, `…, selon un décompte
            // transmis à Radio Équateur`, `Selon son rapport annuel, l'ONG…`: the subject
            // whose document it is speaks.
            Who::Np(np) if let Some(subject) = &owner => {
                let (mut speaker, known) = self.discourse.speaker(subject, text, toks, si);
                speaker.text = np::text_of(text, toks, np.start, np.end).to_string();
                speaker.span = Some(span_of(toks, np.start, np.end));
                speaker.resolution = Resolution::RoleToName;
                Some((speaker, known))
            }
            // A pronoun inside the sentence whose subject it takes up (`le Quai d'Orsay a
            // publié un message dans lequel il dit…`), when the subject agrees with it.
            // `Quant à Inès, elle a écrit…`: the pronoun takes up the topic.
            Who::Np(np)
                if np.kind == NpKind::Pronoun
                    && let Some(found) = quant_a(toks, np.start)
                        .and_then(|s| self.discourse.pronoun_of_subject(np, &s, text, toks)) =>
            {
                Some(found)
            }
            Who::Np(np) if np.kind == NpKind::Pronoun && np.start > 0 => {
                main_subject(toks, np.start)
                    .filter(|s| s.end <= np.start)
                    // A subject opens its clause: the sentence or what follows a comma.
                    .filter(|s| s.start == 0 || !toks[s.start - 1].is_word())
                    .and_then(|s| self.discourse.pronoun_of_subject(np, &s, text, toks))
                    .or_else(|| Some(self.discourse.speaker(np, text, toks, si)))
            }
            Who::Np(np) => Some(self.discourse.speaker(np, text, toks, si)),
            // `Mamadou Bah a dix-sept ans, dit-il, et il est arrivé…`: an incise in a clause of
            // the author's whose subject, opening the sentence, is a person named in full
            // takes up that person, when the pronoun agrees; so does the incise after a
            // quotation that such a clause introduces (`Martine Lecocq a fait ses comptes :
            // « … », sourit-elle`).
            Who::Inverted(t, gender, number)
                if cue.start > 0
                    && toks[cue.start - 1].is_punct(',')
                    && let Some(s) = main_subject(toks, cue.start)
                        .filter(|s| s.start == opening_word(toks) && s.kind == NpKind::Name)
                        // `Budapest ne bloquera pas le mécanisme, a-t-il précisé`: a city or a
                        // country is no person; the pronoun takes up the last one met.
                        .filter(|s| self.discourse.names_a_person(s, text, toks))
                    && !toks[..s.end].iter().any(|t| t.quote().is_some())
                    && let Some(found) = self.discourse.pronoun_of_subject(
                        &np::pronoun(*t, *gender, *number),
                        &s,
                        text,
                        toks,
                    ) =>
            {
                let (written, span) = inverted_pronoun(text, &toks[*t]);
                let (mut speaker, known) = found;
                speaker.text = written.to_string();
                speaker.span = Some(span);
                Some((speaker, known))
            }
            Who::Inverted(t, gender, number) => {
                let (written, span) = inverted_pronoun(text, &toks[*t]);
                Some(
                    self.discourse
                        .pronoun(written, Some(span), *gender, *number, from),
                )
            }
            Who::Implicit => {
                let mid_sentence = cue.start > 0;
                let participle = cue
                    .verb
                    .as_ref()
                    .is_some_and(|g| matches!(g.build, Build::Participle));
                let subject = (mid_sentence || participle)
                    .then(|| main_subject(toks, cue.start))
                    .flatten();
                match subject {
                    Some(np) => Some(self.discourse.speaker(&np, text, toks, si)),
                    None => self.discourse.implicit(),
                }
            }
            Who::Nobody => None,
        };
        // `», lui a demandé notre journaliste Élodie Vernant. « … », a-t-elle rétorqué`: the
        // outlet's own reporter asks; the pronouns after take up the one asked.
        let own_reporter = matches!(&cue.who, Who::Np(np) if cues::own_reporter(toks, np));
        let speaker = found.map(|(speaker, known)| {
            if own_reporter {
                self.discourse.forget(&known.name);
            } else {
                self.discourse.set_last_speaker(known, si);
            }
            speaker
        });
        let verb = cue.verb.as_ref().map(|g| self.verb_use(toks, g));
        let end = cue.end.min(toks.len()).max(cue.start + 1);
        Resolved {
            speaker,
            verb,
            span: span_of(toks, cue.start, end),
        }
    }

    fn verb_use(&self, toks: &[Tok], g: &VerbGroup) -> VerbUse {
        let entry = self.verbs.entry(g.entry);
        let verb_end = g.end.max(g.verb + 1);
        VerbUse {
            lemma: entry.lemma.clone(),
            stance: entry.stance,
            span: span_of(toks, g.start, verb_end),
        }
    }

    /// What the quotation token `i` is, given the cue attached to it.
    fn classify(
        &self,
        toks: &[Tok],
        i: usize,
        top: &Top<'_>,
        attached: Option<&Cue>,
        owned: bool,
    ) -> Class {
        let text = self.text;
        let r = top.region;
        let content = r.content;
        // The headline of a linked article (`À lire aussi : « Je n'ai pas d'amis », le
        // témoignage de nos lecteurs`) quotes no one.
        if cross_reference(toks) {
            return Class::Title;
        }
        let opens_here = top.extent.start >= toks[i].span.start;
        let closes_here = top.extent.end <= toks[i].span.end;
        if r.mark == QuoteMark::Dash && !self.dash_dialogue {
            // `- Les écoles restent fermées.` in a page's bulleted list.
            return Class::Unknown;
        }
        if r.mark == QuoteMark::Dash || r.continues_previous || !opens_here || !closes_here {
            return Class::Full;
        }
        let starts = toks[..i]
            .iter()
            .all(|t| !t.is_word() && t.quote().is_none());
        let after_colon = i > 0 && toks[i - 1].is_punct(':');
        let words = quotation::word_count(text, content, FRAGMENT_MAX_WORDS);
        let capital = quotation::starts_upper(text, content);
        let sentences = quotation::holds_sentences(text, content);
        // Guillemets right after a verb that names or defines: a nickname (`que tout le
        // plateau appelait « Tonin »`, `qu'on surnomme « le Roc »`) or the meaning of a term
        // (`Gemapi signifie « gestion des milieux aquatiques… »`, `désigne « … »`). They
        // quote nobody, even after `appeler`, which also reports (`appeler à`).
        if !sentences && i > 0 && toks[i - 1].is_word() {
            let prev = toks[i - 1].norm();
            let naming_verb = NAMING_VERB_STEMS.iter().any(|s| prev.starts_with(s))
                && words <= SCARE_MAX_WORDS
                && capital;
            let defining = DEFINING_VERBS.contains(&prev)
                || (prev == "dire"
                    && i > 1
                    && matches!(toks[i - 2].norm(), "veut" | "veulent" | "voulait"));
            // `le plan dit « Proximité 2027 »`: `dit` after the noun of what it names.
            let so_called = matches!(prev, "dit" | "dite" | "dits" | "dites")
                && capital
                && words <= SCARE_MAX_WORDS
                && i > 1
                && toks[i - 2].is_word()
                && (lexis::is_naming_noun(&toks[i - 2])
                    || WORK_NOUNS.contains(&toks[i - 2].norm()));
            if naming_verb || defining || so_called {
                return Class::Title;
            }
        }
        // The title of a work in cultural pages, by its cues (`« La Dernière Marée »,
        // d'Agnès Vérac`, `« Le Fil » (éditions du Beffroi)`, `l'invitée de « … »`), or met
        // with them elsewhere in the article, even after a colon or a verb that could
        // report (`Dernier livre paru : « Les Loges », Éditions du Perron.`, `À force de
        // vouloir tout dire, « Les Brisants » finit…`).
        if work_title(text, toks, i, content)
            || (capital && self.titles.contains(&title_key(text, content)))
        {
            return Class::Title;
        }
        match attached {
            Some(c) if c.adjacent_quote => {
                let full = quotation::starts_upper(text, content)
                    || (words > FRAGMENT_MAX_WORDS && !article_object(text, content))
                    || quotation::holds_sentences(text, content);
                return if full { Class::Full } else { Class::Fragment };
            }
            Some(_) => return Class::Full,
            None => {}
        }
        // A title named as where something happens (`Hélène Darbois dans « La Dernière
        // Marée »`).
        let inside = i > 0 && toks[i - 1].is_word() && toks[i - 1].is("dans");
        if capital && !sentences && words <= SCARE_MAX_WORDS && inside {
            return Class::Title;
        }
        if starts || after_colon || sentences {
            return Class::Full;
        }
        if owned || verb_in_quotes(toks, i).is_some() {
            return Class::Fragment;
        }
        // A name in quotation marks: `l'opération « Barkhane »`, `l'hebdomadaire satirique
        // « Le Canard »`.
        let naming = |k: usize| toks[k].is_word() && lexis::is_naming_noun(&toks[k]);
        let mention = |k: usize| toks[k].is_word() && MENTION_NOUNS.contains(&toks[k].norm());
        // `autrice de « L'Année… »`: a work after its author's noun.
        let author_of = |k: usize| {
            toks[k].is_word() && matches!(toks[k].norm(), "auteur" | "autrice" | "auteure")
        };
        let named = (i > 0 && naming(i - 1))
            || (i > 1
                && naming(i - 2)
                && toks[i - 1].is_word()
                && !lexis::is_de(&toks[i - 1])
                && !lexis::is_preposition(&toks[i - 1]))
            || (i > 1 && author_of(i - 2) && lexis::is_de(&toks[i - 1]))
            // `sous le pseudonyme de « Dyl Capital »`, `sous le nom de « Sentinelle »`.
            || (i > 1
                && toks[i - 2].is_word()
                && matches!(
                    toks[i - 2].norm(),
                    "pseudonyme" | "pseudo" | "nom" | "surnom" | "sobriquet" | "marque"
                )
                && lexis::is_de(&toks[i - 1]))
            // A word mentioned as a word: `Le mot « Vérizy » n'apparaissait…`, `le terme
            // « décroissance »`, `le sigle « RSA »`. A lower-case word the article used before
            // is taken up from there, the source's word (`L'autre objection tient au mot
            // « exceptionnelle »` after `une contribution exceptionnelle`).
            || ((capital || !said_before(text, r.open.start, content))
                && ((i > 0 && mention(i - 1))
                    // A loanword given as the name of a thing: `Elle a même un nom, la
                    // « shrinkflation »`.
                    || (i > 2
                        && toks[i - 1].is_word()
                        && lexis::determiner(&toks[i - 1]).is_some()
                        && toks[i - 2].is_punct(',')
                        && mention(i - 3))
                    // A word glossed right after it: `la « shrinkflation », que l'on
                    // pourrait traduire par réduflation`, `le « nudge », traduit par…`.
                    || (toks.get(i + 1).is_some_and(|t| t.is_punct(','))
                        && toks[i + 2..(i + 7).min(toks.len())]
                            .iter()
                            .any(|t| t.is_word() && t.norm().starts_with("tradui")))));
        // `Son premier film, « Les Veilleurs », avait reçu…`: the work's noun, then a comma.
        // `« La Montée des eaux », le deuxième long-métrage de…`: an apposition that says what
        // the work is. `sur le tournage de « La Montée des eaux »`: a step of a work's making.
        let work = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.is_word()
                    && (lexis::is_naming_noun(t)
                        || WORK_NOUNS.contains(&t.norm())
                        || WORK_RANKS.contains(&t.norm()))
            })
        };
        let comma_named = i > 1 && toks[i - 1].is_punct(',') && work(i - 2);
        let apposed = toks.get(i + 1).is_some_and(|t| t.is_punct(','))
            && (i + 2..(i + 6).min(toks.len()))
                .take_while(|&k| toks[k].is_word())
                .any(work);
        if named || (capital && !sentences && (comma_named || apposed)) {
            return Class::Title;
        }
        // A capital opens a name (`monte « La Mouette »`), unless a banner or a caption
        // shows the words (`des pancartes « Informer n'est pas un crime »`).
        let displayed = (i.saturating_sub(2)..i)
            .any(|k| toks[k].is_word() && DISPLAY_NOUNS.contains(&toks[k].norm()));
        if capital
            && !sentences
            && !displayed
            && words <= SCARE_MAX_WORDS
            && proper_title(text, content)
        {
            return Class::Title;
        }
        if words <= SCARE_MAX_WORDS {
            Class::Scare
        } else {
            Class::Partial
        }
    }

    /// The speaker of an interview turn, unless the turn names one itself.
    fn dash_turn(&mut self, top: &mut Top<'_>) {
        let content = &self.text[top.region.content.start..top.region.content.end];
        if self.dialogue.is_new() {
            // The guest a paragraph right before the dialogue introduced (`nous avons
            // interrogé X`) answers, else the last person named.
            let at = top.region.content.start;
            let paragraph = self
                .segmentation
                .paragraphs
                .partition_point(|p| p.span.end <= at);
            self.interviewee = match &self.guest {
                Some((g, name)) if *g < paragraph && paragraph <= g + interview::GUEST_REACH => {
                    Some(name.clone())
                }
                _ => self
                    .discourse
                    .last_person(&self.interviewer)
                    .map(|k| k.name),
            };
        }
        // The turn counts in the alternation even when it names its own speaker.
        let turn = self.dialogue.next(content);
        if top.speaker.is_some() {
            return;
        }
        let speaker = match turn {
            Turn::Interviewer => Speaker {
                text: String::new(),
                span: None,
                resolution: Resolution::Role,
                name: self.interviewer.clone(),
            },
            Turn::Interviewee => match &self.interviewee {
                Some(name) => Speaker {
                    text: String::new(),
                    span: None,
                    resolution: Resolution::Implicit,
                    name: name.clone(),
                },
                None => return,
            },
        };
        top.speaker = Some(speaker);
    }

    /// Reads the attribution incise inside a full quotation, once.
    fn check_incise(&mut self, si: usize, top: &mut Top<'_>) {
        if top.incise_checked {
            return;
        }
        top.incise_checked = true;
        let mut arena = String::new();
        let Some(inc) = quotation::incise(self.text, top.region.content, self.verbs, &mut arena)
        else {
            return;
        };
        top.incise = Some(inc.span);
        // The incise is the author's words inside the quotation: it is the quotation's cue,
        // even when another attribution introduced the quotation too (the cue is the part of
        // the author's words that the quotation's span would otherwise include).
        top.cue = Some(Span::new(inc.span.start + 1, inc.span.end));
        // An incise that names its speaker is the closest attribution the quotation has: it
        // wins over the clause before a colon (`Les élus ont quitté la salle : « Non, a
        // déclaré le maire. »`). A pronoun in the incise takes up that clause's speaker, who
        // keeps the quotation and gains the incise's verb when the clause had none.
        if top.speaker.is_some() && !matches!(inc.who, Who::Np(_)) {
            if top.verb.is_none() {
                top.verb = Some(self.verb_use(&inc.toks, &inc.group));
            }
            return;
        }
        let found = match &inc.who {
            Who::Np(np) => Some(self.discourse.speaker(np, self.text, &inc.toks, si)),
            Who::Inverted(t, gender, number) => {
                let (written, span) = inverted_pronoun(self.text, &inc.toks[*t]);
                Some(
                    self.discourse
                        .pronoun(written, Some(span), *gender, *number, si),
                )
            }
            _ => None,
        };
        if let Some((speaker, known)) = found {
            self.discourse.set_last_speaker(known, si);
            top.speaker = Some(speaker);
            top.verb = Some(self.verb_use(&inc.toks, &inc.group));
            top.cue = Some(Span::new(inc.span.start + 1, inc.span.end));
        }
    }

    /// The previous sentence is credited to this sentence's speaker.
    fn credit(&mut self, si: usize, resolved: &Resolved, tops: &mut [Top<'_>]) {
        let Some(prev) = si.checked_sub(1) else {
            return;
        };
        let rec = &mut self.recs[prev];
        match (rec.voice, rec.direct) {
            (Voice::Direct | Voice::Mixed, Some(q)) => {
                let group = tops[q].group;
                for t in tops.iter_mut().filter(|t| t.group == group) {
                    if t.speaker.is_none() {
                        attach(t, resolved);
                    }
                }
            }
            (Voice::Author, _) => {
                rec.voice = Voice::Indirect;
                rec.speaker = resolved.speaker.as_ref().map(|s| s.name.clone());
                let content = self.segmentation.sentences.get(prev).map(|s| s.span);
                if let Some(content) = content {
                    self.regions.push((content, TextVoice::Indirect));
                    self.quotes.push(Quote {
                        kind: QuoteKind::Indirect,
                        content,
                        cue: Some(resolved.span),
                        speaker: resolved.speaker.clone(),
                        verb: resolved.verb.clone(),
                        sentence: prev,
                        unbalanced: false,
                    });
                }
            }
            _ => {}
        }
    }
}

/// The token that opens a list item's text after its mark (`•`, `-`, `–`, `*`, `2.`, `3)`),
/// when the sentence is a list item.
fn list_item_opener(toks: &[Tok], start: usize) -> Option<usize> {
    let first = toks.get(start)?;
    if ['•', '-', '–', '—', '*', '·', '▪', '◦']
        .iter()
        .any(|&c| first.is_punct(c))
    {
        return Some(start + 1);
    }
    let numbered = first.is_word()
        && first.norm().len() <= 3
        && first.norm().bytes().all(|b| b.is_ascii_digit())
        && toks
            .get(start + 1)
            .is_some_and(|t| t.is_punct('.') || t.is_punct(')'));
    numbered.then_some(start + 2)
}

impl Pass<'_> {
    /// Records the content of a reported statement: a quote of kind `indirect` and its
    /// regions, around the quotations inside it (which are `direct`).
    fn report(&mut self, si: usize, toks: &[Tok], cue: &Cue, resolved: &Resolved) {
        let Some((first, last)) = cue.content_hull() else {
            return;
        };
        if first >= last {
            return;
        }
        self.quotes.push(Quote {
            kind: QuoteKind::Indirect,
            content: span_of(toks, first, last),
            cue: Some(resolved.span),
            speaker: resolved.speaker.clone(),
            verb: resolved.verb.clone(),
            sentence: si,
            unbalanced: false,
        });
        for &(a, b) in &cue.content {
            let mut piece: Option<usize> = None;
            for k in a..=b.min(toks.len()) {
                let boundary = k == b || toks[k].quote().is_some();
                match (piece, boundary) {
                    (Some(p), true) => {
                        self.regions
                            .push((span_of(toks, p, k), TextVoice::Indirect));
                        piece = None;
                    }
                    (None, false) => piece = Some(k),
                    _ => {}
                }
            }
        }
    }

    /// Remembers the people and bodies a sentence names outside its cues, with the roles set
    /// beside their names, for later pronouns and roles. A personal pronoun opening the
    /// sentence or its first clause (`Elle a grandi…`, `En 2019, elle obtient…`) meets again
    /// the one it takes up, unless it takes up the thing the sentence before opened on
    /// (`thing_before`), or opens an impersonal phrase (`Il faut…`, `Il y a…`).
    fn note_mentions(
        &mut self,
        si: usize,
        toks: &[Tok],
        cues: &[Cue],
        thing_before: Option<(Gender, Number)>,
    ) {
        self.note_acronyms(toks);
        self.discourse.note_documents(self.text, toks, si);
        let mut seen_mention = false;
        let mut next_cue = 0;
        // `BRUXELLES –`, `PARIS, 24 novembre 2026 (Astrolabe) –`: the dateline's place is no
        // one a pronoun or a role may take up; the sentence starts after it.
        let start = dateline_end(toks);
        let item = list_item_opener(toks, start);
        let mut taken_up = None;
        let mut i = start;
        while i < toks.len() {
            while next_cue < cues.len() && cues[next_cue].end <= i {
                next_cue += 1;
            }
            if let Some(c) = cues[next_cue..]
                .iter()
                .take_while(|c| c.start <= i)
                .find(|c| i < c.end)
            {
                i = c.end.max(i + 1);
                continue;
            }
            let t = &toks[i];
            // `Côté Castelroux, la déception domine`, `côté syndicats,`: a fronted topic
            // names the side spoken of, no one a later pronoun or epithet takes up.
            if t.is_word() && t.is("cote") && (i == start || toks[i - 1].is_punct(',')) {
                i = (i + 1..toks.len().min(i + 8))
                    .find(|&k| !toks[k].is_word())
                    .unwrap_or(i + 1);
                continue;
            }
            let prev = i.checked_sub(1).map(|p| &toks[p]);
            if !seen_mention
                && (i == start || prev.is_some_and(|p| p.is_punct(',')))
                && t.is_word()
                && !t.is("on")
                && let Some((gender, number)) = lexis::subject_pronoun(t)
            {
                let thing = thing_before
                    .is_some_and(|(g, n)| i == start && lexis::agree(g, n, gender, number));
                if !thing && !np::impersonal(toks, i) {
                    taken_up = self.discourse.pronoun_subject(gender, number, si);
                }
                i += 1;
                continue;
            }
            let inside = prev.is_some_and(|p| {
                p.is_word()
                    && ((lexis::is_de(&p) && !person_complement(toks, i))
                        || lexis::determiner(&p).is_some()
                        || lexis::title(&p).is_some()
                        || (p.cap && t.cap))
            });
            let np = if t.is_word() && !inside {
                np::group_forward(toks, i, false)
            } else {
                None
            };
            // `• Lasagnes à la bolognaise 750 g`, `- Hachis parmentier, lot 26287`, `2.
            // Gratin…`: a lone capitalised word opening a list item only because it opens it
            // is no one a later `l'entreprise` or `la société` takes up (`- Renault a
            // annoncé…`, `• Marie Dupont, infirmière :` are): it is not met at all.
            let item_word = np.as_ref().is_some_and(|np| {
                item == Some(i)
                    && matches!(np.kind, NpKind::Name | NpKind::Institution)
                    && np.start == i
                    && np.end == i + 1
                    && np.role.is_none()
                    && t.cap
                    && !t.caps
                    && lexis::first_name_gender(t) == Gender::Unknown
                    && toks.get(i + 1).is_some_and(|n| {
                        // Neither a capitalised word nor `avoir` / `être` (not `à`) follows.
                        let auxiliary =
                            n.is_word() && !n.accented && group::is_aux(n.norm()).is_some();
                        !n.cap && !auxiliary
                    })
            });
            let np = np.filter(|_| !item_word);
            // `Le procès de Dylan Mercadier`: the thing is no one; the person after `de` is
            // met on its own.
            let np = np.filter(|np| {
                !(np.kind == NpKind::Name
                    && lexis::determiner(t).is_some()
                    && toks
                        .get(i + 2)
                        .is_some_and(|d| d.is_word() && lexis::is_de(d))
                    && person_complement(toks, i + 3))
            });
            // `vers l'Angleterre`, `en Belgique`, `depuis Conakry`: a place a journey goes to
            // or comes from is no one a pronoun takes up.
            let toward =
                prev.is_some_and(|p| p.is_word() && matches!(p.norm(), "vers" | "en" | "depuis"));
            let np = np.filter(|np| {
                !(toward
                    && matches!(np.kind, NpKind::Name | NpKind::Institution)
                    && np.role.is_none())
            });
            // `des principaux de collège`, `Plusieurs élus de la majorité étaient partis`: a
            // group of people named by their role, or opening the sentence.
            if let Some(np) = np
                .as_ref()
                .filter(|np| np.kind == NpKind::Role || (i == start && np.kind == NpKind::Vague))
            {
                self.discourse.note_people(np, self.text, toks, si);
            }
            let Some(np) = np.filter(|np| {
                matches!(
                    np.kind,
                    NpKind::Name | NpKind::Role | NpKind::Institution | NpKind::Group
                )
            }) else {
                i += 1;
                continue;
            };
            // `le prévenu et un complice ont sillonné…`: the first member of a group is met
            // too, so that a role it takes up is known by its name from then on.
            // `La Sélavienne Elena Marovska et le Kérastanais Rauf Demirkhan`: every member
            // named with a role of its own is met too, so that the role is known by its name.
            if np.kind == NpKind::Group {
                let mut at = i;
                while at < np.end
                    && let Some(member) = np::forward(toks, at, false)
                {
                    let named_role = member.kind == NpKind::Name && member.role.is_some();
                    if member.kind == NpKind::Role || named_role {
                        self.discourse
                            .note(&member, self.text, toks, si, Rank::Other);
                    }
                    at = member.end.max(at + 1);
                    if toks.get(at).is_some_and(|t| t.is("et") || t.is_punct(',')) {
                        at += 1;
                    } else {
                        break;
                    }
                }
            }
            // `Le ministère publiera un décret`: the verb ends the phrase.
            let np = np::role_to_comma(toks, np::verb_inside(toks, np));
            let next = toks.get(np.end);
            let verb_at = |k: usize| {
                toks.get(k)
                    .is_some_and(|n| n.is_word() && group::is_aux(n.norm()).is_some())
            };
            // An apposition between commas: the subject's verb comes after it.
            let after_apposition = next.is_some_and(|n| n.is_punct(','))
                && np::forward(toks, np.end + 1, false).is_some_and(|o| {
                    toks.get(o.end).is_some_and(|c| c.is_punct(',')) && verb_at(o.end + 1)
                });
            let first_of_sentence =
                !seen_mention && (i == start || prev.is_some_and(|p| p.is_punct(',')));
            // `quand Odile Ferracci vient la chercher`: a person named in full right after a
            // conjunction of time or cause is the subject of that clause.
            let clause_subject = np.kind == NpKind::Name
                && np.name.is_some_and(|(a, b)| b >= a + 2)
                && prev.is_some_and(|p| {
                    p.is_word()
                        && matches!(
                            p.norm(),
                            "quand" | "lorsque" | "lorsqu'" | "puisque" | "puisqu'"
                        )
                });
            let subject = prev.is_some_and(|p| p.is("par"))
                || clause_subject
                || verb_at(np.end)
                || after_apposition
                || first_of_sentence;
            seen_mention = true;
            let rank = if subject { Rank::Subject } else { Rank::Other };
            let mut end = np.end;
            // `NAME, ROLE,` or `ROLE, NAME,`: the role is linked to the name, and the name is
            // the mention.
            let mut apposed = false;
            // `Gérard Poupard, 58 ans, céréalier…`: the age between a name and its role.
            let role_at = if np.kind == NpKind::Name {
                np::past_age(toks, np.end + 1)
            } else {
                np.end + 1
            };
            // A place after a preposition of place (`Chez Brivane, à Saint-Priest, la
            // direction…`) is a complement: the role after its comma is not its apposition.
            // A person after `par` or `contre` may have one (`porté par le ministre, Paul
            // Roux,`).
            let after_preposition = prev.is_some_and(|p| {
                p.is_word() && matches!(p.norm(), "a" | "au" | "aux" | "en" | "dans" | "chez")
            });
            // `La docteure Hélène Massart, seule généraliste de la commune,`: an adjective
            // with no article may open the role.
            let role_at = match toks.get(role_at) {
                Some(a)
                    if a.is_word()
                        && !a.cap
                        && !a.caps
                        && lexis::determiner(a).is_none()
                        && !lexis::is_preposition(a)
                        && !lexis::is_de(a)
                        && np::forward(toks, role_at, false)
                            .is_none_or(|o| o.kind != NpKind::Role)
                        && np::forward(toks, role_at + 1, false)
                            .is_some_and(|o| o.kind == NpKind::Role && o.name.is_none()) =>
                {
                    role_at + 1
                }
                _ => role_at,
            };
            if !after_preposition
                && next.is_some_and(|n| n.is_punct(','))
                && let Some(other) = np::forward(toks, role_at, false)
            {
                // `Clarisse Ebanda-Nkoulou, candidate de la Coalition pour l'alternance
                // (CPA),`: the role runs to its comma.
                let other = if np.kind == NpKind::Name {
                    np::apposed_role_to_comma(toks, other)
                } else {
                    other
                };
                // `Le maire, Gérard Poupinel (divers droite), a reçu…`: the party in brackets
                // after the name belongs to the apposition.
                let after = np::party_in_brackets(toks, other.end).map_or(other.end, |c| c + 1);
                // After `par`, a phrase followed by its clause's verb is the subject of the
                // sentence, not an apposition (`Interrogé par Tempo Monde, le ministère
                // conteste…`): the agent of the participle is set beside nothing.
                let by = prev.is_some_and(|p| p.is("par"));
                let closes = toks
                    .get(after)
                    .is_none_or(|t| t.is_punct(',') || t.is_punct('.') || (t.is_word() && !by));
                let role_like = |x: &np::Np| {
                    matches!(x.kind, NpKind::Role | NpKind::Institution) && x.name.is_none()
                };
                // `Le constructeur, la société Varenne Immobilier, veut…`: a body named with
                // its own noun is a name too.
                let body = (closes && role_like(&np) && np::proper_body(toks, &np).is_none())
                    .then(|| np::proper_body(toks, &other))
                    .flatten();
                let pair = if closes && np.kind == NpKind::Name && role_like(&other) {
                    Some((&other, &np))
                } else if closes && role_like(&np) && other.kind == NpKind::Name {
                    Some((&np, &other))
                } else {
                    body.as_ref().map(|body| (&np, body))
                };
                if let Some((role, name)) = pair {
                    self.discourse.appose(role, name, self.text, toks);
                    let name = np::Np {
                        gender: np::apposed_gender(role, name),
                        ..name.clone()
                    };
                    self.discourse.note(&name, self.text, toks, si, rank);
                    end = after;
                    apposed = true;
                }
            }
            if !apposed {
                self.discourse.note(&np, self.text, toks, si, rank);
            }
            i = end.max(i + 1);
        }
        if let Some(k) = taken_up {
            self.discourse.meet_again(k, si);
        }
    }

    /// Fills group speakers, builds the quotes and regions, and the sentence voices.
    fn finish(mut self, mut tops: Vec<Top<'_>>) -> VoiceAnalysis {
        // Every part of a quotation continued over paragraphs has the speaker found at any
        // part.
        let mut k = 0;
        while k < tops.len() {
            let group = tops[k].group;
            let end = (k..tops.len())
                .find(|&j| tops[j].group != group)
                .unwrap_or(tops.len());
            if let Some(found) = (k..end).find(|&j| tops[j].speaker.is_some()) {
                let speaker = tops[found].speaker.clone();
                for t in &mut tops[k..end] {
                    if t.speaker.is_none() && t.class == Class::Full {
                        t.speaker = speaker.clone();
                    }
                }
            }
            k = end;
        }
        self.echo_speakers(&mut tops);
        let mut titles = Vec::new();
        for t in &tops {
            let kind = match t.class {
                Class::Full | Class::Fragment | Class::Partial => QuoteKind::Direct,
                Class::Scare => QuoteKind::Scare,
                Class::Title => {
                    titles.push(t.region.content);
                    continue;
                }
                Class::Unknown => continue,
            };
            let content = t.region.content;
            self.quotes.push(Quote {
                kind,
                content,
                cue: t.cue,
                speaker: t.speaker.clone(),
                verb: t.verb.clone(),
                sentence: t.sentence.unwrap_or(0),
                unbalanced: !t.region.balanced,
            });
            match t.incise {
                Some(inc) if content.start <= inc.start && inc.end <= content.end => {
                    for piece in [
                        Span::new(content.start, inc.start),
                        Span::new(inc.end, content.end),
                    ] {
                        if !self.text[piece.start..piece.end].trim().is_empty() {
                            self.regions.push((piece, TextVoice::Direct));
                        }
                    }
                }
                _ => self.regions.push((content, TextVoice::Direct)),
            }
        }
        self.quotes
            .sort_by_key(|q| (q.content.start, q.content.end));
        let sentences = self
            .recs
            .into_iter()
            .map(|r| {
                let speaker = match (r.voice, r.direct) {
                    (Voice::Direct | Voice::Mixed, Some(q)) => tops[q]
                        .speaker
                        .as_ref()
                        .map(|s| s.name.clone())
                        .or(r.speaker),
                    _ => r.speaker,
                };
                SentenceVoice {
                    voice: r.voice,
                    speaker,
                    tail: r.tail,
                }
            })
            .collect();
        titles.sort_by_key(|t: &Span| (t.start, t.end));
        VoiceAnalysis {
            sentences,
            quotes: self.quotes,
            regions: disjoint(self.regions),
            titles,
        }
    }
}

impl Pass<'_> {
    /// Gives each pull quote the speaker of the quotation it repeats. A pull quote is a
    /// quotation alone in its paragraph with no speaker of its own (`« Je regrette »` set as a
    /// heading): the page lifts a source's words out of the text to break it, and they stay
    /// that source's. Its words, folded, must run in the same order inside a quotation with a
    /// speaker; the nearest such quotation after it wins, then the nearest before. At least
    /// two words, so that a single word quoted twice (`« le calme »`) is no evidence; only
    /// the [`ECHO_REACH`] nearest quotations on each side are read and pull quotes longer
    /// than [`ECHO_MAX_WORDS`] are left alone, which keeps the search linear.
    fn echo_speakers(&self, tops: &mut [Top<'_>]) {
        // Each quotation's words are folded once, when a pull quote first needs them.
        let mut folded: Vec<Option<Vec<String>>> = vec![None; tops.len()];
        for k in 0..tops.len() {
            let t = &tops[k];
            if t.speaker.is_some() || t.class != Class::Full || !self.alone_in_paragraph(t) {
                continue;
            }
            let words = fold_words(self.text, t.region.content);
            if words.len() < 2 || words.len() > ECHO_MAX_WORDS {
                continue;
            }
            let after = (k + 1..tops.len()).take(ECHO_REACH);
            let before = (0..k).rev().take(ECHO_REACH);
            let found = after.chain(before).find(|&j| {
                tops[j].speaker.is_some() && {
                    let other = folded[j]
                        .get_or_insert_with(|| fold_words(self.text, tops[j].region.content));
                    other.windows(words.len()).any(|w| w == words.as_slice())
                }
            });
            if let Some(j) = found {
                tops[k].speaker = tops[j].speaker.clone();
            }
        }
    }

    /// Whether a quotation is all of its paragraph but for punctuation and spaces.
    fn alone_in_paragraph(&self, t: &Top<'_>) -> bool {
        let Some(si) = t.sentence else {
            return false;
        };
        let Some(p) = self
            .segmentation
            .sentences
            .get(si)
            .and_then(|s| self.segmentation.paragraphs.get(s.paragraph))
        else {
            return false;
        };
        let outside = |a: usize, b: usize| {
            self.text
                .get(a..b)
                .is_some_and(|s| !s.chars().any(char::is_alphanumeric))
        };
        p.span.start <= t.extent.start
            && t.extent.end <= p.span.end
            && outside(p.span.start, t.extent.start)
            && outside(t.extent.end, p.span.end)
    }
}

/// The most quotations read on each side of a pull quote for the one it repeats.
const ECHO_REACH: usize = 8;

/// The longest pull quote, in words: a page lifts a phrase or a short sentence.
const ECHO_MAX_WORDS: usize = 16;

/// The words of `text[span]`, folded as scoring folds them (case and accents).
fn fold_words(text: &str, span: Span) -> Vec<String> {
    crate::text::tokens(text, span).map(|t| t.folded).collect()
}

/// Orders regions and clips overlaps, so that `voice_at` can search them: a direct region
/// wins over an indirect one it overlaps.
fn disjoint(mut regions: Vec<(Span, TextVoice)>) -> Vec<(Span, TextVoice)> {
    regions.retain(|(s, _)| s.start < s.end);
    regions.sort_by_key(|(s, v)| (s.start, *v != TextVoice::Direct, s.end));
    let mut out: Vec<(Span, TextVoice)> = Vec::with_capacity(regions.len());
    for (mut span, voice) in regions {
        if let Some((last, _)) = out.last() {
            if span.end <= last.end {
                continue;
            }
            span.start = span.start.max(last.end);
        }
        out.push((span, voice));
    }
    out
}

/// Gives a quotation the speaker, verb and cue of an attribution, unless it has a speaker.
fn attach(top: &mut Top<'_>, r: &Resolved) {
    if top.speaker.is_some() {
        return;
    }
    top.speaker = r.speaker.clone();
    top.verb = r.verb.clone();
    // An incise inside the quotation stays its cue (see `check_incise`).
    if top.incise.is_none() {
        top.cue = Some(r.span);
    }
}

/// Nouns of a work that an apposition or a comma sets beside its title (folded): `« Les
/// Veilleurs », son premier long-métrage`, `Son premier film, « Les Veilleurs »`, `Le
/// tableau « La Fruitière de Mouthe »`.
const WORK_NOUNS: &[&str] = &[
    "long-metrage",
    "court-metrage",
    "documentaire",
    "spectacle",
    "piece",
    "exposition",
    "podcast",
    "bande-dessinee",
    "opera",
    "comedie",
    "drame",
    "thriller",
    "polar",
    "biopic",
    "tube",
    "chanson",
    "titre",
    "album",
    "single",
    "morceau",
    "roman",
    "livre",
    "film",
    "serie",
    "essai",
    "recueil",
    "oeuvre",
    "tableau",
    "toile",
    "jeu",
    "recit",
    "disque",
    "tournee",
    "emission",
    "magazine",
    "newsletter",
    "lettre",
    "label",
    "liste",
    "feuilleton",
    "saga",
    "manga",
    "sculpture",
    "photographie",
    "fresque",
];

/// Nouns of words carried or shown for others to read (folded): what a banner, a placard or a
/// caption says is a slogan someone voices (`des pancartes « Informer n'est pas un crime »`,
/// `une photo légendée « Enfin libre »`), never the name of a work.
const DISPLAY_NOUNS: &[&str] = &[
    "banderole",
    "banderoles",
    "pancarte",
    "pancartes",
    "affiche",
    "affiches",
    "ecriteau",
    "ecriteaux",
    "slogan",
    "slogans",
    "tract",
    "tracts",
    "inscription",
    "inscriptions",
    "tag",
    "tags",
    "legende",
    "legendee",
    "legendees",
    "legendes",
    "message",
    "messages",
    "mot",
    "cri",
    "cris",
];

/// Words that rank a work before its noun, or stand for it (folded): `son premier
/// long-métrage`, `le dernier, « … »`.
const WORK_RANKS: &[&str] = &["premier", "deuxieme", "troisieme", "nouveau", "dernier"];

/// Whether the quotation at token `i`, opening on a capital, is a published work by what
/// follows it: its publisher (`aux éditions du Quartz`, `, Élise Vautrin, éditions du
/// Tilleul`) or a date in brackets (`(éditions du Quai)`, `(2024)`, `(vers 1902)`). The title
/// may then hold a subtitle (`“Copier-coller ? L'école…”`).
fn published(text: &str, toks: &[Tok], i: usize, content: Span) -> bool {
    if !quotation::starts_upper(text, content)
        || quotation::word_count(text, content, TITLE_MAX_WORDS) > TITLE_MAX_WORDS
    {
        return false;
    }
    let w = |k: usize| toks.get(k).filter(|t| t.is_word());
    let is = |k: usize, word: &str| w(k).is_some_and(|t| t.is(word));
    let punct = |k: usize, c: char| toks.get(k).is_some_and(|t| t.is_punct(c));
    let year = |k: usize| {
        w(k).is_some_and(|t| t.norm().len() == 4 && t.norm().bytes().all(|b| b.is_ascii_digit()))
    };
    let comma = punct(i + 1, ',');
    let next = if comma { i + 2 } else { i + 1 };
    let bracket = punct(i + 1, '(')
        && (year(i + 2)
            || w(i + 2).is_some_and(|t| matches!(t.norm(), "editions" | "edition" | "ed"))
            || (is(i + 2, "vers") && year(i + 3)));
    // `« … », est paru aux éditions du Tilleul`: the verb of its publication between.
    let next = match (w(next).map(|t| t.norm()), w(next + 1).map(|t| t.norm())) {
        (Some("est" | "a"), Some("paru" | "publie" | "sorti")) => next + 2,
        (Some("parait" | "paraitra" | "sort" | "sortira"), _) => next + 1,
        _ => next,
    };
    let publisher = (is(next, "aux") && is(next + 1, "editions"))
        || (comma
            && (i + 2..(i + 8).min(toks.len()))
                .take_while(|&k| w(k).is_some() || punct(k, ','))
                .any(|k| is(k, "editions") && punct(k - 1, ',')));
    bracket || publisher
}

/// Longest title, in words, that its cues make a title whatever its shape (a book's title
/// and subtitle: `« Pouvoirs kaki. Les militaires et l'État en Afrique de l'Ouest »`).
const TITLE_MAX_WORDS: usize = FRAGMENT_MAX_WORDS;

/// Whether the quotation at token `i` is the title of a work (or a name) by the words around
/// it; its content must open on a capital. A published work ([`published`]) may hold a
/// subtitle; other cues take a short title with no sentence of its own:
///
/// - after it: its author (`, d'Inès Carrel`,
///   `, du Belge Lucas Demeester`), its channel (`« Silicium », sur Canal Horizon`), an
///   apposition opening on the work's noun (`, un jeu de plateformes`, `, premier livre
///   de…`);
/// - before it: the work's noun (`Le tableau « … »`, `notre newsletter « … »`, `un livre de
///   souvenirs, « … »`), a step of its making or showing (`le tournage de « … »`,
///   `l'invitée de « … »`), a credit line's name (`THIBAUD ROQUEVAL POUR « L'ÉQUINOXE »`);
/// - around it, a nickname between a first name and a surname (`Gérard « Gégé »
///   Lambertin`).
fn work_title(text: &str, toks: &[Tok], i: usize, content: Span) -> bool {
    if published(text, toks, i, content) {
        return true;
    }
    let words = quotation::word_count(text, content, SCARE_MAX_WORDS);
    if words > SCARE_MAX_WORDS
        || !quotation::starts_upper(text, content)
        || quotation::holds_sentences(text, content)
    {
        return false;
    }
    let w = |k: usize| toks.get(k).filter(|t| t.is_word());
    let is = |k: usize, word: &str| w(k).is_some_and(|t| t.is(word));
    let punct = |k: usize, c: char| toks.get(k).is_some_and(|t| t.is_punct(c));
    let proper = |k: usize| {
        w(k).is_some_and(|t| t.cap && !lexis::is_capitalised_function_word(t))
            || (w(k).is_some_and(|t| t.cap && lexis::determiner(t).is_some())
                && w(k + 1).is_some_and(|t| t.cap))
    };
    let noun = |k: usize| w(k).is_some_and(|t| WORK_NOUNS.contains(&t.norm()));
    let comma = punct(i + 1, ',');
    let next = if comma { i + 2 } else { i + 1 };
    let credited = comma
        && ((w(i + 2).is_some_and(|t| matches!(t.norm(), "de" | "d'" | "du")) && proper(i + 3))
            || (is(i + 2, "de") && is(i + 3, "la") && proper(i + 4)));
    let channel = is(next, "sur") && proper(next + 1);
    // The apposition's noun comes after its determiner or rank (`, un jeu de…`, `, premier
    // livre de…`): a bare word there is a verb (`« Historique ! », titre Le Héraut`).
    let apposed = comma && {
        let k = (i + 2..(i + 5).min(toks.len()))
            .find(|&k| {
                w(k).is_none_or(|t| {
                    lexis::determiner(t).is_none() && !WORK_RANKS.contains(&t.norm())
                })
            })
            .unwrap_or(toks.len());
        k > i + 2 && noun(k)
    };
    let before_noun = i > 0
        && (noun(i - 1)
            || (i > 1
                && noun(i - 2)
                && w(i - 1).is_some_and(|t| {
                    !t.cap
                        && !lexis::is_de(t)
                        && !lexis::is_preposition(t)
                        && lexis::determiner(t).is_none()
                })));
    // `un livre de souvenirs, « … »`: the work's phrase, then a comma.
    let comma_named = i > 1
        && punct(i - 1, ',')
        && (i.saturating_sub(5)..i - 1)
            .rev()
            .take_while(|&k| w(k).is_some())
            .any(noun);
    let in_making = i > 1
        && w(i - 1).is_some_and(lexis::is_de)
        && w(i - 2).is_some_and(|t| MAKING_NOUNS.contains(&t.norm()));
    let credit_line = i > 1
        && is(i - 1, "pour")
        && w(i - 2).is_some_and(|t| t.cap)
        && (i + 1 == toks.len() || punct(i + 1, ',') || punct(i + 1, '.'));
    let nickname = words <= 2
        && i > 0
        && proper(i - 1)
        && w(i + 1).is_some_and(|t| t.cap && !lexis::is_capitalised_function_word(t));
    credited
        || channel
        || apposed
        || before_noun
        || comma_named
        || in_making
        || credit_line
        || nickname
}

/// How far back, in bytes, a mentioned word is looked for in the article.
const SAID_BEFORE_WINDOW: usize = 20_000;

/// Whether the words in guillemets read as a name rather than as words someone said: a
/// partial quotation woven into a sentence opens in lower case (`un « abandon en plein vol
/// »`), while a capital inside a sentence opens the title of a work, a scheme or a list
/// (`monte « La Mouette »`, `la cellule « Vrai ou Faux »`). Words that end on a mark of
/// speech (`« Jamais ! »`) or open on a subject pronoun (`« Nous resterons »`) are said.
fn proper_title(text: &str, content: Span) -> bool {
    let s = content.slice(text).trim();
    if s.ends_with(['.', '!', '?', '…']) {
        return false;
    }
    let first = s
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    !matches!(
        text::fold(first).as_str(),
        "je" | "j" | "tu" | "il" | "elle" | "nous" | "vous" | "ils" | "elles" | "on" | "c" | "ce"
    )
}

/// Whether the words of `content` appear, as whole words, in the text before `before`
/// (within [`SAID_BEFORE_WINDOW`] bytes): the article used them already.
fn said_before(text: &str, before: usize, content: Span) -> bool {
    let word = text[content.start..content.end].trim_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() {
        return false;
    }
    let mut from = before.saturating_sub(SAID_BEFORE_WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let hay = &text[from..before];
    let mut at = 0;
    while let Some(k) = hay[at..].find(word) {
        let s = at + k;
        let e = s + word.len();
        let left = hay[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let right = hay[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if left && right {
            return true;
        }
        at = e;
    }
    false
}

/// Nouns of a word mentioned as a word, before its guillemets (folded): `le mot « Vérizy »`,
/// `le terme « décroissance »`, `un nom, la « shrinkflation »`.
const MENTION_NOUNS: &[&str] = &[
    "mot",
    "mots",
    "terme",
    "termes",
    "sigle",
    "acronyme",
    "nom",
    "vocable",
    "neologisme",
    "anglicisme",
];

/// Stems (folded) of the verbs that give a name (`que tout le plateau appelait « Tonin »`,
/// `qu'on surnomme « le Roc »`, `un navire baptisé « Albatros »`).
const NAMING_VERB_STEMS: &[&str] = &[
    "appel", "surnomm", "baptis", "intitul", "denomm", "rebaptis",
];

/// Verbs (folded) that give a term's meaning before its guillemets: `Gemapi signifie « … »`.
const DEFINING_VERBS: &[&str] = &[
    "signifie",
    "signifient",
    "signifiait",
    "signifiaient",
    "designe",
    "designent",
    "designait",
    "designaient",
];

/// Nouns of a step in a work's making or showing, before `de` and its title (folded): `le
/// tournage de « … »`, `la sortie de « … »`, `la projection de « … »`.
const MAKING_NOUNS: &[&str] = &[
    "tournage",
    "sortie",
    "projection",
    "adaptation",
    "representation",
    "premiere",
    "avant-premiere",
    "affiche",
    "scenario",
    "montage",
    "ecriture",
    "realisation",
    "publication",
    "suite",
    "auteur",
    "autrice",
    "realisateur",
    "realisatrice",
    "invite",
    "invitee",
    "invites",
    "invitees",
    "plateau",
    "derniere",
    "repetition",
    "bande-annonce",
];

/// How many words an outlet's name may have in a link to its page (`Lire sur La Criée :`).
const LINK_OUTLET_WORDS: usize = 4;

/// Whether a sentence is a link to another article: `À lire aussi :`, `Lire aussi :`, `Lire
/// également :`, `Voir aussi :`, `À voir aussi :`, `Sur le même sujet :`, `À réécouter :`,
/// `👉 Lire sur La Criée :` and a headline.
fn cross_reference(toks: &[Tok]) -> bool {
    // A pictogram or a bullet before the link.
    let first = toks
        .iter()
        .position(|t| t.is_word() || t.quote().is_some())
        .unwrap_or(0);
    let toks = &toks[first..];
    let w = |k: usize| toks.get(k).filter(|t| t.is_word()).map_or("", |t| t.norm());
    let k = usize::from(w(0) == "a");
    let mut marker = match (w(k), w(k + 1)) {
        ("sur", "le") if w(k + 2) == "meme" && w(k + 3) == "sujet" => k + 4,
        (
            "lire" | "voir" | "relire" | "revoir" | "ecouter" | "reecouter" | "regarder",
            "aussi" | "egalement",
        ) => k + 2,
        ("lire" | "voir" | "relire" | "revoir" | "ecouter" | "reecouter" | "regarder", _) => k + 1,
        _ => return false,
    };
    // `Lire sur La Criée :`: the outlet whose page the link opens, capitalised.
    if w(marker) == "sur" {
        let name = (marker + 1..toks.len().min(marker + 1 + LINK_OUTLET_WORDS))
            .take_while(|&j| toks[j].is_word() && toks[j].cap)
            .count();
        if name == 0 {
            return false;
        }
        marker += 1 + name;
    }
    toks.get(marker).is_some_and(|t| t.is_punct(':'))
}

/// The pronoun of a hyphenated inversion (`a-t-il` → `il`) and its span.
fn inverted_pronoun<'t>(text: &'t str, tok: &Tok) -> (&'t str, Span) {
    let raw = tok.raw;
    let at = raw
        .rfind(['-', '‐', '‑'])
        .map_or(0, |i| i + raw[i..].chars().next().map_or(1, char::len_utf8));
    let span = Span::new(tok.span.start + at, tok.span.end);
    (&text[span.start..span.end], span)
}

/// The speaker whose own verb the quotation at token `i` holds, right after its auxiliary
/// (`Le ministre a « pris acte » de la décision`, `La maire s'est dite « consternée »`): the
/// subject of the sentence's main clause, when it is a speaker. The journalist quotes the
/// subject's word; it is no scare quote.
fn verb_in_quotes(toks: &[Tok], i: usize) -> Option<np::Np> {
    let aux = toks.get(i.checked_sub(1)?)?;
    if !aux.is_word() || aux.accented || group::is_aux(aux.norm()).is_none() {
        return None;
    }
    main_subject(toks, i - 1).filter(|np| {
        matches!(
            np.kind,
            NpKind::Name | NpKind::Role | NpKind::Institution | NpKind::Group
        )
    })
}

/// The topic of a sentence opening on `Quant à X,` (`au`, `aux`), when the pronoun at `at`
/// comes right after its comma: the pronoun takes X up (`Quant à Inès, elle a écrit…`).
fn quant_a(toks: &[Tok], at: usize) -> Option<np::Np> {
    let opens = toks.first().is_some_and(|t| t.is("quant"))
        && toks
            .get(1)
            .is_some_and(|t| t.is("a") || t.is("au") || t.is("aux"));
    if !opens || at < 4 || !toks[at - 1].is_punct(',') {
        return None;
    }
    let start = if toks[1].is("a") { 2 } else { 1 };
    np::group_forward(toks, start, false)
        .filter(|np| np.end == at - 1 && np.kind.is_speaker() && np.kind != NpKind::FirstPerson)
}

/// The subject of the sentence's main clause, before token `before`: the first speaker
/// phrase that is not the complement of a preposition.
fn main_subject(toks: &[Tok], before: usize) -> Option<np::Np> {
    (0..before.min(toks.len())).find_map(|i| {
        let t = &toks[i];
        if !t.is_word() {
            return None;
        }
        let prev = i.checked_sub(1).map(|p| &toks[p]);
        if prev.is_some_and(|p| {
            p.is_word()
                && (lexis::is_preposition(&p)
                    || lexis::is_de(&p)
                    || lexis::determiner(&p).is_some()
                    || p.cap)
        }) {
            return None;
        }
        np::group_forward(toks, i, false)
            .filter(|np| np.kind.is_speaker() && np.kind != NpKind::FirstPerson)
            // `Le ministre de la Défense, Paul Meunier, a …`: the name in apposition speaks.
            .map(|np| {
                let with = np::with_apposition(toks, np.clone());
                if with.end <= before { with } else { np }
            })
    })
}

/// The subject of its sentence that owns the document a `selon` cue names: a document with a
/// possessive (`selon ses rapports trimestriels`, `d'après leur décompte`) or an indefinite
/// one whose issuer is not named (`selon un décompte transmis à Radio Équateur`; not `selon
/// un rapport de la Cour des comptes`), closing the sentence after a subject that speaks
/// (`La Finul a recensé…,`) or opening it before one (`Selon son rapport annuel, l'ONG…`);
/// so does a statement closing the sentence (`La mairie a fermé le parc, dans un
/// communiqué.`).
/// A possessive agrees with its owner's number (`son`, `sa`, `ses`: one; `leur`, `leurs`:
/// several).
fn document_owner(toks: &[Tok], cue: &Cue, np: &np::Np) -> Option<np::Np> {
    // `un décompte` is vague by its article, a document by its noun.
    let document = np.kind == NpKind::Document
        || (np.kind == NpKind::Vague
            && toks
                .get(np.start + 1)
                .is_some_and(|t| t.is_word() && lexis::is_document_head(t)));
    if !document || cue.verb.is_some() {
        return None;
    }
    let det = toks.get(np.start)?;
    let number = match det.norm() {
        "son" | "sa" | "ses" => Some(Number::Singular),
        "leur" | "leurs" => Some(Number::Plural),
        "un" | "une" => None,
        _ => return None,
    };
    let source_end = cue.end.max(np.end).min(toks.len());
    // `selon un rapport de la Cour des comptes`, `un décompte établi par l'AFP`: the issuer
    // is named.
    let issuer = (np.start + 1..source_end).any(|k| {
        let t = &toks[k];
        (lexis::is_de(t) || t.is("par"))
            && toks.get(k + 1).is_some_and(|n| {
                n.cap
                    || n.caps
                    || (lexis::determiner(n).is_some()
                        && toks.get(k + 2).is_some_and(|x| x.cap || x.caps))
            })
    });
    // An indefinite document is the subject's only when handed on by it (`un décompte
    // transmis à…`, `un bilan publié mardi`), not any document (`selon un rapport`).
    // The participle comes after the noun (`un communiqué lu à la télévision` is handed on
    // by no one named: `communiqué` is the noun).
    let handed_on = (np.start + 2..source_end.min(np.start + 4)).any(|k| {
        toks[k].is_word()
            && matches!(
                toks[k].norm(),
                "transmis"
                    | "transmise"
                    | "transmises"
                    | "communique"
                    | "communiquee"
                    | "communiques"
                    | "publie"
                    | "publiee"
                    | "publies"
                    | "publiees"
                    | "diffuse"
                    | "diffusee"
                    | "fourni"
                    | "fournie"
                    | "fournis"
                    | "fournies"
            )
    });
    // `…, dans un communiqué.`: a statement the subject issued.
    let statement = toks[cue.start].is("dans");
    if number.is_none() && (issuer || !(handed_on || statement)) {
        return None;
    }
    let closing = cue.start > 0
        && toks[cue.start - 1].is_punct(',')
        && toks[source_end..]
            .iter()
            .all(|t| !t.is_word() && t.quote().is_none());
    let opening = cue.start == 0 && toks.get(source_end).is_some_and(|t| t.is_punct(','));
    // The subject opens the sentence (`Ce traitement, que la Haute Autorité de santé
    // recommande, a réduit…` has none that speaks).
    let subject = if closing {
        main_subject(toks, cue.start - 1)
            .filter(|s| s.end < cue.start && s.start == opening_word(toks))
    } else if opening && number.is_some() {
        main_subject(toks, toks.len()).filter(|s| s.start > source_end)
    } else {
        None
    }?;
    let speaks = matches!(
        subject.kind,
        NpKind::Name | NpKind::Institution | NpKind::Role | NpKind::Group
    );
    (speaks && number.is_none_or(|n| n == subject.number)).then_some(subject)
}

/// A person named in full as the complement of a thing or an event (`Le procès de Dylan
/// Mercadier s'est ouvert`, `la maison de Jeanne Roux`): met as a mention of its own, so that
/// a trade or a pronoun can take that person up. The complement of a role or a body (`le
/// ministre de…`, `l'avocat de…`) stays inside the phrase it completes.
fn person_complement(toks: &[Tok], i: usize) -> bool {
    let Some(head) = i.checked_sub(2).map(|h| &toks[h]) else {
        return false;
    };
    let full_name = toks.get(i..i + 2).is_some_and(|w| {
        w.iter().all(|t| {
            t.is_word() && t.cap && lexis::determiner(t).is_none() && lexis::title(t).is_none()
        })
    });
    head.is_word()
        && !head.cap
        && lexis::determiner(head).is_none()
        && lexis::role_head(head).is_none()
        && lexis::institution_head(head).is_none()
        && !lexis::is_vague_head(head)
        && !lexis::is_document_head(head)
        && full_name
}

/// How many tokens a dateline may hold before its dash (`PARIS, 24 novembre 2026
/// (Astrolabe) –`).
const DATELINE_REACH: usize = 10;

/// The first token after a dateline opening the sentence: a place in capitals (`BRUXELLES`)
/// followed by a dash, or by a date or an agency and then a dash. 0 when there is none.
fn dateline_end(toks: &[Tok]) -> usize {
    let Some(place) = toks.first() else {
        return 0;
    };
    if !(place.is_word() && place.caps && place.norm().chars().count() > 1) {
        return 0;
    }
    let is_dash = |t: &Tok| t.is_punct('–') || t.is_punct('—') || t.is_punct('-');
    match toks.get(1) {
        Some(t) if is_dash(t) => 2,
        Some(t) if t.is_punct(',') || t.is_punct('(') => (2..toks.len().min(DATELINE_REACH))
            .find(|&k| is_dash(&toks[k]))
            .map_or(0, |k| k + 1),
        _ => 0,
    }
}

/// Whether one of the relative pronouns `relatives` stands among the five words before the verb
/// group starting at `start`, with only words between (its subject): the verb is that of a
/// relative clause (`ce que les syndicats appellent`, `la récidive qu'elle prétend combattre`).
fn relative_before(toks: &[Tok], start: usize, relatives: &[&str]) -> bool {
    (start.saturating_sub(5)..start)
        .rev()
        .take_while(|&k| toks[k].is_word())
        .any(|k| relatives.contains(&toks[k].norm()))
}

/// Whether a quotation the verb governs right after it opens on a lower-case article: `a salué
/// « un travail sérieux, qui a le mérite de poser les bons chiffres sur la table »`, `y a vu
/// « la preuve que… »`. However long, such a quotation is the noun phrase the verb takes as its
/// object, woven into the reporting sentence: the sentence reports (`indirect`), as with a
/// short fragment. On dev2..dev78, 36 sentences hold a verb, an article-opened quotation of 8
/// words or more and no sentence inside it: all are coded indirect (or mixed), none direct.
fn article_object(text: &str, content: Span) -> bool {
    let first = text[content.start..content.end]
        .trim_start()
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .next()
        .unwrap_or("");
    matches!(
        first,
        "un" | "une" | "le" | "la" | "les" | "l" | "des" | "du"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_region_keeps_what_no_turn_covers() {
        let s = |a, b| Span::new(a, b);
        assert_eq!(outside(s(10, 50), &[]), vec![s(10, 50)]);
        assert_eq!(outside(s(10, 50), &[s(30, 60)]), vec![s(10, 30)]);
        assert_eq!(outside(s(10, 50), &[s(0, 20)]), vec![s(20, 50)]);
        assert_eq!(outside(s(10, 50), &[s(0, 60)]), Vec::<Span>::new());
        assert_eq!(
            outside(s(10, 50), &[s(40, 45), s(20, 30)]),
            vec![s(10, 20), s(30, 40), s(45, 50)]
        );
        assert_eq!(outside(s(10, 50), &[s(50, 60), s(0, 10)]), vec![s(10, 50)]);
    }
}
