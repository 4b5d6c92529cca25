//! Interviews written as questions and answers, without quotation marks or dashes.
//!
//! The press often prints an interview as alternating paragraphs: the journalist's question
//! (often in bold: `**Pourquoi maintenant ?**`, or after `Q :`) and the interviewee's answer in
//! plain paragraphs, with no quotation mark anywhere. Every word of an answer is the
//! interviewee's, every question the journalist's: none of it is the author's voice, and
//! scoring it as such would flag the interviewee's opinions as editorializing.
//!
//! An explainer written as questions and answers (`Combien cela va-t-il me coûter ?` followed
//! by the author's answer) looks the same, so the format alone is not enough: an article is read
//! as an interview only when it says so, with a line such as `Propos recueillis par X`,
//! `Entretien réalisé par X` (also before a bar on the line of the date: `Propos recueillis
//! par X | Publié le…`) or a paragraph that is just `ENTRETIEN` or `Interview`; and when it
//! has at least [`MIN_QUESTIONS`] question paragraphs each followed by an answer.
//!
//! - A **question** is a paragraph of at most [`MAX_QUESTION_WORDS`] words that ends with `?`
//!   (emphasis marks, closing quotes and brackets aside) or opens with `Q :` / `Question :`.
//!   Paragraphs opening with a dialogue dash are left to the dash reading of interviews.
//! - A **prompt** phrased as a statement is a question too: one short sentence right after an
//!   answer, answered in the next paragraph, that speaks to the interviewee (`Vous avez
//!   pourtant voté ce budget.`, `Certains vous reprochent…`) or sets a fact against the answer
//!   (`La préfecture parle pourtant d'un taux élevé.`), with no first person. The next
//!   paragraph answers it even when it ends on a question of its own, if it opens like a reply
//!   first (`On m'a reproché… Était-elle d'extrême droite ?`, [`opens_reply`]).
//! - An **answer** is every paragraph after a question up to the next question (the paragraph
//!   right after a question is an answer even when it ends with `?`).
//! - The **interviewee** is the name that opens an answer as its label when only the answers
//!   are labelled (`Maëlle Tessier : J'avais…`, then `M. T. : …`), else the first full name
//!   (two words or more) of the paragraphs before the first question, other than the
//!   interviewer's; the **interviewer** is the name after `Propos recueillis par` (or the
//!   caller's choice).
//! - The interview stops at the marker line when it comes after the questions, and a paragraph
//!   that names the interviewee (`X a publié en 2024…`) is the author's note, not an answer.
//! - **Without a marker**, a radio or television site's write-up introduces its guest instead
//!   ([`guest`]: `…, Yannick Le Goarnic, était l'invité de notre matinale`, `Nous avons
//!   interrogé X`, a heading `Trois questions à X`, `X répond à nos questions`, `X a reçu Le
//!   Fil des affaires dans son bureau`): the questions
//!   must start within [`GUEST_REACH`] paragraphs of it, one of them must speak to the guest
//!   (`vous`) and at least [`MIN_QUESTIONS`] answers must speak as `je` or `nous`, so that an
//!   op-ed answering its own rhetorical questions, which asks no one, stays the author's. The
//!   guest is the interviewee, and the interview stops at the next subheading, where the
//!   write-up goes back to the news (`La direction « ouverte au dialogue »`), or at a second
//!   paragraph after an answer that no longer speaks as `je` or `nous` (`Cet engagement, les
//!   syndicats l'ont déjà entendu.`).
//! - **Who asks**: the journalist of the credit line, else the journalist of the byline
//!   ([`byline`]: `Par Mathilde Quéré, Antenne publique`), else the outlet (the guideline's
//!   coding). The guest a paragraph introduces also answers a dash dialogue after it.
//!
//! A **transcript** of a radio or television interview or of a debate names the speaker before
//! each turn: `ÉLODIE VANNIER : Bonjour.`, `Marc Lenoir : Non.` ([`transcript`]). Each labelled
//! paragraph is the labelled person's words, whatever it says, and needs no credit line: the
//! labels themselves say who speaks, once at least two people each speak at least twice.
//! Paragraphs without a label between two turns continue the turn before them (a turn printed
//! in several paragraphs), unless one is a stage direction in brackets or emphasis (`(Rires
//! sur le plateau.)`, `[PAUSE PUBLICITAIRE]`), a heading in capitals or narration that names
//! a speaker (`Paul Morel sort une lettre.`): then the run stays the author's.
//! Labels come in several shapes:
//! - a name with a short parenthesis before the colon, the speaker's outlet, party or
//!   constituency (`Pauline Arnaud (Radio Cantilène) :`, `Paul Hénin (PS, Nord) :`): the
//!   speaker is the name, so `Sophie Le Gall (agence Noria) :` and a later `Sophie Le Gall :`
//!   are one speaker ([`affiliation`]; at most [`MAX_ASIDE_WORDS`] words with a letter, so
//!   `Paris (75) :` is no label);
//! - a role with its article (`Le président :`, `L'avocate générale :`, `Le président de
//!   séance :`; roles of [`LABEL_ROLES`], then only a rank or a complement in lower case, so
//!   `Le ministre a prévenu :` is a sentence), or a role with the person in parentheses (`Le
//!   président (M. Dupuis) :` → `Dupuis`);
//! - a dialogue dash before the label, and initials as a label (`– I. C. :`, `– M. R.-B. :`):
//!   initials take the name they abbreviate among the runs of capitalised words before the
//!   first turn (`Autour d'Inès Carlier : Mathieu Roussel-Bey, …`) and the speakers labelled
//!   in full (`Ismaël Madi : Bonjour.`, then `I.M. :`), or stay as written; so do initials
//!   written without full stops (`HB :` after `Hind Benjelloun`, `LZ :` for `Le Zellige`);
//! - a label before a dash instead of a colon, as magazines print interviews (`L. C. – Le
//!   ministre veut… ?`, `M. D. – Non.`, `**J.-P. M.** — …`, `DUFOURCQ - …`, `L'Express. –`,
//!   `Q. –` / `R. –`): a dash with a space on each side, the words after it opening a sentence
//!   (`M. Dupont – qui préside…` is an incise), no parenthesis in the label (`PARIS (AFP) –`
//!   is a dateline); a dateline, a lettered list (`A. –`, one letter) or a headline with a
//!   dash opens one paragraph, not two speakers' turns; so does a rubric before the first
//!   turn (`YONNE - Entretien`: at most three words with no sentence's end, a label used
//!   once), so the initials after it take the names of the standfirst under it. A surname
//!   alone takes the full name before the first turn that ends with it (`FABRE` → `Claire
//!   Fabre`).
//! - a broadcast's shapes: a time code before the label (`[07:52] Léa Salamé :`); `Q.` then
//!   a sentence (`Q. Au printemps, donc tout l'hiver ?`), the journalist's question; a
//!   caller's first name alone (`Patrick : Oui, bonjour…`) when the paragraph before names
//!   that person (`Un auditeur est en ligne, Patrick, de Savenay.`);
//! - no label but a dialogue dash (`— Tout l'hiver, si…`) after a labelled turn: a dash
//!   changes the speaker, so it is the interviewer's after the interviewee's turn and the
//!   interviewee's after any other (a question, a caller); the interviewee is the first
//!   person labelled other than the interviewer, else the first full name before the first
//!   turn. A dash turn must follow a turn and come before a labelled turn or answer a
//!   question, so a bulleted list after the last turn stays the author's.
//! - **Who asks**: the labels that are the outlet's name or initials (`L. C.` for `La
//!   Clairière`) are the journalist's of the credit line, else the outlet's; the outlet's
//!   name labels a turn even as one word or with words in lower case (`Humus : Que
//!   demandez-vous… ?`, [`outlet_label`]), which would otherwise read as a rubric. `Q.`, or
//!   initials no name matches while another label is a name, and the unnamed `JOURNALISTE :`
//!   of a video's transcript are the interviewer's (the credit line's, else the byline's,
//!   else the outlet); `R.` is the interviewee's, the first full name before the first turn.
//!   When the first turn is labelled with a name and asks or greets another speaker by name
//!   (`Sophie Trémaudan : Marc Doréac, bonjour.`), that host asks the `Q.` questions.
//!
//! Labelled turns are read before the alternation of questions and answers ([`detect`]): a
//! label names its speaker, where the alternation would take the labels for the first words
//! of each turn.
//!
//! A turn is a line: the paragraphs of one line (the segmentation may cut a line at a dash,
//! `L. C.` / `– Le ministre…`) are read together, up to a paragraph with its own label, so
//! every sentence of a turn is its speaker's up to the next turn.
//!
//! A **statement published in full** without quotation marks ([`published_statement`]): a
//! paragraph announces it (`Nous publions sa déclaration liminaire…`, `Voici le texte intégral
//! du discours de X`, `… en intégralité`: a publication of a statement, a speech, an address,
//! a letter or a text) and its first full name is the speaker; the statement is every
//! paragraph after it (past one heading, `La déclaration du ministre`) up to the next heading
//! or the first turn of a transcript. Narrow on purpose: it needs a first person in the
//! statement and a heading or a turn to close it (else an author's closing note would become
//! the speaker's), and `Nous publions les chiffres` publishes no statement. Its paragraphs are
//! returned with the transcript's turns, their label the speaker's name in the announcement.
//!
//! ## Without paragraphs
//!
//! A scraper or an export that collapses whitespace joins every paragraph on one line: the
//! turns then share a paragraph, and the readings above find nothing. Two readings take the
//! turns sentence by sentence instead; they run only when the paragraph readings found
//! nothing, and only a question and its answer (or two labels) inside one paragraph count
//! as evidence, so an article whose layout is kept reads as before.
//!
//! - **Inline labels** ([`inline_transcript`]): `… 2026 ÉLODIE VANNIER : Bonjour. MARC LENOIR
//!   : Bonjour. …`. A label is one to [`MAX_LABEL_WORDS`] words in capitals right before a
//!   colon, or two to four words in title case (none all in capitals) right before a colon
//!   and right after the end of a sentence (`… bonjour. Florent Castagnède : Bonjour
//!   Élise.`; inside a sentence, `CINÉMA Inès Carrel : « … »` is a headline). After the end
//!   of a sentence (and a dialogue dash or not), the shapes of the paragraph reading that
//!   running text does not use are labels too, when a capital opens the words after them:
//!   initials before a colon or a dash (`I.M. :`, `– M. R.-B. :`, `L. C. –`), a name or a
//!   role with a parenthesis (`Pauline Arnaud (Radio Cantilène) :`), a role (`Le président
//!   :`), `Q. –` / `R. –` (not a one-letter list, `I. – Les causes`, a dateline, `Paris
//!   (AFP) :`, a time, `20 h 30 :`, or a role inside a sentence, `Le président : un rôle…`).
//!   Once known, initials also open a turn glued after a credit line before the first turn
//!   (`Propos recueillis par Yann Le Goff L. C. – …`). The paragraphs of one line are read
//!   as one (the segmentation cuts a line at a dialogue dash), initials take their names and
//!   the interviewer's labels theirs as for paragraphs, the interviewer being the name of a
//!   credit line before the first turn if there is one. Each turn runs to the next label; the
//!   last one stops before a closing credit or page furniture (`. Propos retranscrits par…`,
//!   `. À lire aussi`). Two speakers with two turns each are required, as for paragraphs.
//! - In the paragraph reading, a paragraph that continues a line cut after an initial (`–
//!   I.` / `C. : Bonsoir.`) has no label of its own: the line is read whole (`– I. C. :`).
//! - **Questions and answers** ([`detect_flat`]). The evidence: a marker in a sentence, glued
//!   to other words or not — a label in capitals among its first words (`ENTRETIEN Valérie
//!   X dirige…`, `CULTURE / ENTRETIEN Trente ans…`), an introduction that says so (`X répond à
//!   nos questions`), or a credit line opening its sentence or following another one
//!   (`Propos recueillis par Léa Roy Vous avez…`: the name stops, past two words, at a
//!   capitalised word followed by one that is not, so `Yannick Le Goff Les écologistes`
//!   gives `Yannick Le Goff`), also after a rubric in capitals (`BANDE DESSINÉE Propos
//!   recueillis par…`); and at least [`MIN_QUESTIONS`] questions each answered by the
//!   next sentence of the same paragraph.
//!   - A **question** is a sentence that ends with `?`, opens with `Q :`, or opens a bold run
//!     (`**Vous avez quitté le club. Pourquoi ?**`), of at most [`MAX_QUESTION_WORDS`] words;
//!     a sentence that asks in the first person without addressing `vous` (`Qui nous
//!     aidera ?`) is read as an answer's rhetorical question.
//!   - Where the turns start: after a credit line that precedes the first question by at
//!     most [`MAX_PREAMBLE_SENTENCES`] sentences, every sentence from the credit line to the
//!     first question is the interviewer's preamble (`Vous avez tout perdu en dix minutes.
//!     Comment tenez-vous ?`), unless one of them names a person in full: then they
//!     introduce the interviewee (`…par Mehdi Sanial Dans « Le Fil », Lucie Marandon
//!     raconte…`) and read as after a label. After a label, the turns start at the first question: the
//!     sentences before it stay the author's introduction, except the prompts right before
//!     it ([`is_prompt`]: addressing `vous`, or `pourtant`, with no first person).
//!   - Where they end: at a credit line after the questions (`… pas avant. Propos recueillis
//!     par X`), at the first sentence of the last answer that names the interviewee (`« Les
//!     Quais », d'Agathe Villeneuve, 240 pages`), or at the end of the text. Any other answer
//!     sentence that names the interviewee is the author's, as for paragraphs.
//!   - An **answer** runs from the sentence after a question to the next question turn.
//!     A question turn is the question with the sentences right before it that are prompts
//!     (at most [`MAX_PREAMBLE_SENTENCES`]), the answer keeping at least its first sentence;
//!     or a prompt alone, when the next sentence opens like a reply (`Non.`, `C'est faux`, a
//!     first person) and is no question.
//!   - **Ambiguity.** A statement before a question that neither addresses the interviewee
//!     nor sets a fact against the answer (`Les impôts de production ont baissé. Les
//!     entreprises sont-elles si taxées ?`) may close the answer or open the question: it is
//!     left to the answer (its voice is direct either way; only its speaker may be wrong),
//!     since an answer's last sentence without a first person is as common as such a
//!     preamble. Before the first question, after a label, such a sentence stays the
//!     author's: no turn is invented without evidence.

use crate::segment::Segmentation;
use crate::span::Span;
use crate::text::fold_str;

use super::np::{self, NpKind, text_of};
use super::{lexis, text};

/// Fewest question paragraphs, each followed by an answer, for an article to read as an
/// interview.
pub(crate) const MIN_QUESTIONS: usize = 2;
/// Longest question paragraph, in words: a journalist's question may set out a fact before it
/// asks, but a long paragraph ending with `?` is an answer's rhetorical question.
pub(crate) const MAX_QUESTION_WORDS: usize = 80;

/// Who speaks in a paragraph of an interview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Turn {
    Question,
    Answer,
}

/// An interview found in an article.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Interview {
    /// The name given by `Propos recueillis par`, when the article gives one.
    pub interviewer: Option<String>,
    pub interviewee: Option<String>,
    /// The stretches of the interview with their turn, in order: whole paragraphs, or runs of
    /// sentences when the turns share a paragraph ([`detect_flat`]).
    pub turns: Vec<(Span, Turn)>,
}

/// What the article's credit lines and labels say, read in one pass over its paragraphs.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Credits {
    /// The first paragraph that marks an interview (a credit line or a label).
    pub marked: Option<usize>,
    /// The interviewer the first credit line that names one gives (`Propos recueillis par
    /// Claire Vasseur`), used for dash interviews too.
    pub interviewer: Option<String>,
    /// The journalist the article's byline names (`Par Mathilde Quéré, Antenne publique`),
    /// who asks an interview's questions when no credit line names anyone.
    pub byline: Option<String>,
    /// The first paragraph that introduces the guest of an interview (`X était l'invité de
    /// notre matinale`, `Nous avons interrogé X`, `Trois questions à X`), with the guest.
    pub guest: Option<(usize, String)>,
}

/// Fewest turns each of at least two speakers must have for labelled paragraphs to read as a
/// transcript: a news story may open one paragraph with `Emmanuel Macron :`, a transcript
/// gives every turn its label.
pub(crate) const MIN_TRANSCRIPT_TURNS: usize = 2;
/// Longest speaker label, in words.
const MAX_LABEL_WORDS: usize = 5;

/// One turn of a transcript: the paragraph, its speaker as a name (`Élodie Vannier` for the
/// label `ÉLODIE VANNIER`), the label as written and the words after it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct TranscriptTurn {
    /// The turn: its paragraph, or from its label to the next label when the labels share a
    /// paragraph ([`inline_transcript`]).
    pub span: Span,
    pub speaker: String,
    pub label: Span,
    pub content: Span,
}

/// Reads the article as a transcript whose paragraphs open with the speaker's name and a colon
/// (`ÉLODIE VANNIER : …`, `Marc Lenoir : …`), when at least two labels each open at least
/// [`MIN_TRANSCRIPT_TURNS`] paragraphs.
///
/// `outlet` is the article's outlet, `interviewer` who asks for it (the journalist of the
/// credit line, else the byline's, else the outlet), `credited` the journalist of the credit
/// line: the turns labelled with the outlet's name or initials are the credited journalist's,
/// else the outlet's (`Humus : Que demandez-vous… ?`); those labelled `Q.`, or with initials
/// no name before the first turn matches (while another label is a name) are the
/// interviewer's; `R.` is the interviewee's, the first full name before the first turn.
pub(crate) fn transcript(
    text: &str,
    seg: &Segmentation,
    folded: &FoldedText,
    outlet: Option<&str>,
    interviewer: &str,
    credited: Option<&str>,
) -> Option<Vec<TranscriptTurn>> {
    // A listener or a caller joins a broadcast under a first name alone (`Patrick : Oui,
    // bonjour…`), which [`speaker_label`] reads as a rubric: the name is a label when the
    // paragraph right before it names that person (`Un auditeur est en ligne, Patrick, de
    // Savenay.`).
    let label_at = |i: usize, p: &str| {
        speaker_label(p)
            .or_else(|| outlet_label(p, outlet))
            .or_else(|| {
                caller_label(
                    p,
                    i.checked_sub(1).map(|k| seg.paragraphs[k].span.slice(text)),
                )
            })
    };
    let mut turns = Vec::new();
    let mut first = None;
    // A paragraph that continues a line cut after an initial (`– I.` / `C. : Bonsoir.`, the
    // segmentation read the initial's full stop as a sentence's end) has no label of its own.
    let own: Vec<bool> = seg
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let cut = i > 0 && {
                let before = seg.paragraphs[i - 1].span;
                before.end <= p.span.start
                    && !text[before.end..p.span.start].contains('\n')
                    && ends_with_initial(before.slice(text))
            };
            !cut && label_at(i, p.span.slice(text)).is_some()
        })
        .collect();
    let mut i = 0;
    // The paragraphs each labelled turn covers, as `[from, to)`.
    let mut covered: Vec<(usize, usize)> = Vec::new();
    while i < seg.paragraphs.len() {
        // The paragraphs of one line are read as one, up to a paragraph with its own label:
        // a dash inside a line (`M. D. – Non. On ne dissout pas…`) may have cut it in several.
        let start = seg.paragraphs[i].span.start;
        let mut end = seg.paragraphs[i].span.end;
        let mut next = i + 1;
        while next < seg.paragraphs.len() {
            let p = seg.paragraphs[next].span;
            if p.start < end || text[end..p.start].contains('\n') || own[next] {
                break;
            }
            end = p.end;
            next += 1;
        }
        let span = Span::new(start, end);
        if let Some((speaker, label, content)) = label_at(i, span.slice(text)) {
            turns.push(TranscriptTurn {
                span,
                speaker,
                label: Span::new(start + label.start, start + label.end),
                content: Span::new(start + content, end),
            });
            covered.push((i, next));
            first.get_or_insert(i);
        } else if first.is_some() && starts_with_dash(span.slice(text)) {
            // A dialogue dash without a label between labelled turns changes the speaker
            // (`Q. Au printemps, donc ?` / `— Tout l'hiver, si…`): who speaks is read once
            // the interviewer and the interviewee are known ([`dash_turns`]).
            let body = span.slice(text);
            let content = body.len() - body.trim_start_matches(['—', '–', '-', '―', ' ']).len();
            turns.push(TranscriptTurn {
                span,
                speaker: DASH_TURN.to_string(),
                label: Span::new(start, start),
                content: Span::new(start + content, end),
            });
            covered.push((i, next));
        }
        i = next;
    }
    drop_loose_dashes(text, &mut turns, &mut covered);
    // A rubric before the first turn (`YONNE - Entretien`, `POLITIQUE - Débat`) is a heading,
    // not a speaker's single turn: its words after the dash are a heading's.
    if turns.first().is_some_and(|t| {
        is_heading_turn(text, t) && turns[1..].iter().all(|u| u.speaker != t.speaker)
    }) {
        turns.remove(0);
        covered.remove(0);
        first = covered.first().map(|&(from, _)| from);
    }
    if !two_speakers(&turns) {
        turns.clear();
        first = None;
    }
    if let Some(first) = first {
        let intro: Vec<Span> = seg.paragraphs[..first].iter().map(|p| p.span).collect();
        expand_initials(text, &intro, &mut turns);
        let host = interviewer_turns(text, &intro, outlet, interviewer, credited, &mut turns);
        dash_turns(text, &intro, &host, &mut turns, &mut covered);
        continuation_turns(text, seg, &covered, &mut turns);
    }
    let statement = published_statement(text, seg, first, folded);
    if turns.is_empty() && statement.is_empty() {
        return None;
    }
    turns.extend(statement);
    Some(turns)
}

/// The speaker of a dialogue dash's turn inside a transcript until [`dash_turns`] names it.
const DASH_TURN: &str = "—";

/// Drops the dialogue dashes of a transcript that are no turn: a dash turn must come right
/// after a labelled turn or another dash turn (its paragraphs following theirs, up to
/// continuation paragraphs) and be followed by a labelled turn further down, or answer a
/// question (the turn before it ends with `?`). A bulleted list after the last turn (`- Lire
/// aussi…`) or inside the author's narration stays the author's.
fn drop_loose_dashes(
    text: &str,
    turns: &mut Vec<TranscriptTurn>,
    covered: &mut Vec<(usize, usize)>,
) {
    if !turns.iter().any(|t| t.speaker == DASH_TURN) {
        return;
    }
    let last_label = turns.iter().rposition(|t| t.speaker != DASH_TURN);
    let mut keep = vec![true; turns.len()];
    for k in 0..turns.len() {
        if turns[k].speaker != DASH_TURN {
            continue;
        }
        let chained = k > 0 && keep[k - 1];
        let asked = k > 0 && turns[k - 1].span.slice(text).trim_end().ends_with('?');
        keep[k] = chained && (last_label.is_some_and(|l| l > k) || asked);
    }
    retain_turns(turns, covered, &keep);
}

/// Keeps the turns (and the paragraphs each covers) whose `keep` is true.
fn retain_turns(turns: &mut Vec<TranscriptTurn>, covered: &mut Vec<(usize, usize)>, keep: &[bool]) {
    let mut k = 0;
    turns.retain(|_| {
        k += 1;
        keep[k - 1]
    });
    let mut k = 0;
    covered.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// Names the speakers of a transcript's dash turns: a dash changes the speaker, so a dash
/// after the interviewee's turn is the interviewer's, any other the interviewee's (after a
/// question, or after a caller the interviewee answers: `Patrick : …` / `— Je suis désolé…`).
/// The interviewer is the speaker of `Q.`; the interviewee the first other person labelled,
/// else the first full name before the first turn. Without an interviewee the dash turns are
/// dropped.
fn dash_turns(
    text: &str,
    intro: &[Span],
    host: &str,
    turns: &mut Vec<TranscriptTurn>,
    covered: &mut Vec<(usize, usize)>,
) {
    if !turns.iter().any(|t| t.speaker == DASH_TURN) {
        return;
    }
    let guest = turns
        .iter()
        .find(|t| t.speaker != DASH_TURN && t.speaker != host)
        .map(|t| t.speaker.clone())
        .or_else(|| intro.iter().find_map(|&p| full_name(text, p, Some(host))));
    let Some(guest) = guest else {
        let keep: Vec<bool> = turns.iter().map(|t| t.speaker != DASH_TURN).collect();
        retain_turns(turns, covered, &keep);
        return;
    };
    for k in 0..turns.len() {
        if turns[k].speaker != DASH_TURN {
            continue;
        }
        turns[k].speaker = if k > 0 && turns[k - 1].speaker == guest {
            host.to_string()
        } else {
            guest.clone()
        };
    }
}

/// Whether a turn reads as a heading: at most [`HEADING_WORDS`] words after its label and no
/// sentence's end (`YONNE - Entretien`); a speaker's turn says something (`Bonsoir.`).
fn is_heading_turn(text: &str, turn: &TranscriptTurn) -> bool {
    let content = turn.content.slice(text).trim();
    content.split_whitespace().count() <= HEADING_WORDS
        && !content.contains(['.', '?', '!', ':', '…', '«', '"'])
}

/// Longest rubric after a label's dash or colon read as a heading ([`is_heading_turn`]).
const HEADING_WORDS: usize = 3;

/// Gives the paragraphs without a label that lie between two labelled turns the speaker of the
/// turn right before them (`CORINNE B. : … c'est une loi.` / `Elle imposera un rendement…` /
/// `FRANCK A. : …`): a turn the transcript printed in several paragraphs. A paragraph stays
/// the author's when it is a stage direction in brackets or emphasis (`(Rires sur le
/// plateau.)`, `[PAUSE PUBLICITAIRE]`, `*Il sort un document.*`), a heading in capitals, or
/// narration that names one of the speakers (`Armelle Quintard sort une feuille.`); and
/// every paragraph of the run must be one, up to the next label. `covered` holds the
/// paragraphs of each labelled turn, in order, as `turns` holds the turns.
fn continuation_turns(
    text: &str,
    seg: &Segmentation,
    covered: &[(usize, usize)],
    turns: &mut Vec<TranscriptTurn>,
) {
    let surnames: Vec<String> = turns
        .iter()
        .filter_map(|t| t.speaker.split_whitespace().last())
        .filter(|w| w.chars().count() > 2)
        .map(fold_str)
        .collect();
    let speaks = |p: &str| {
        let p = p.trim();
        let folded = fold_str(p);
        !p.is_empty()
            && !p.starts_with(['(', '[', '*', '_', '<'])
            && p.chars().any(char::is_lowercase)
            && !surnames.iter().any(|s| {
                folded
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .any(|w| w == s)
            })
    };
    let mut added = Vec::new();
    for (k, pair) in covered.windows(2).enumerate() {
        let ((_, gap_start), (gap_end, _)) = (pair[0], pair[1]);
        if gap_start >= gap_end
            || !seg.paragraphs[gap_start..gap_end]
                .iter()
                .all(|p| speaks(p.span.slice(text)))
        {
            continue;
        }
        let before = &turns[k];
        for p in &seg.paragraphs[gap_start..gap_end] {
            added.push(TranscriptTurn {
                span: p.span,
                speaker: before.speaker.clone(),
                label: before.label,
                content: p.span,
            });
        }
    }
    turns.extend(added);
    turns.sort_by_key(|t| t.span.start);
}

/// Whether `s` ends with an initial: a capital after a space, a hyphen or a full stop, then a
/// full stop (`– I.`, `M. R.-B.`).
fn ends_with_initial(s: &str) -> bool {
    let mut back = s.trim_end().chars().rev();
    back.next() == Some('.')
        && back.next().is_some_and(char::is_uppercase)
        && back
            .next()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '-' | '.'))
}

/// Gives the labels made of initials (`I. C.`, `M. R.-B.`) the names of the people the
/// text before the first turn (`intro`: its paragraphs, or the words before the first label
/// when the turns share a paragraph) introduces with those initials (`Autour d'Inès Carlier :
/// Mathieu Roussel-Bey, …`).
fn expand_initials(text: &str, intro: &[Span], turns: &mut [TranscriptTurn]) {
    let surname = |s: &str| !s.contains(' ') && s.chars().count() > 1 && !is_initials(s);
    if !turns.iter().any(|t| {
        is_initials(&t.speaker) || surname(&t.speaker) || compact_initials(text, t).is_some()
    }) {
        return;
    }
    // Every run of two to four capitalised words (an elision before the first one dropped,
    // `d'Inès`; punctuation ends a run) is a candidate name.
    let mut names: Vec<(String, String)> = Vec::new();
    for p in intro {
        let mut run: Vec<&str> = Vec::new();
        for w in p.slice(text).split_whitespace().chain([","]) {
            let bare = w.rsplit(['\'', '’']).next().unwrap_or(w);
            let word = bare.trim_end_matches(|c: char| !c.is_alphabetic());
            let capitalised = word.starts_with(char::is_uppercase) && word.len() > 1;
            if capitalised && run.len() < 4 {
                run.push(word);
            }
            if !capitalised || word.len() != bare.len() || run.len() == 4 {
                for k in 0..run.len().saturating_sub(1) {
                    let name = run[k..].join(" ");
                    names.push((initials_of(&name), name));
                }
                run.clear();
            }
        }
    }
    // The speakers labelled in full are candidates too (`Ismaël Madi : Bonjour.` then `I.M. :`).
    for t in turns.iter().filter(|t| !is_initials(&t.speaker)) {
        names.push((initials_of(&t.speaker), t.speaker.clone()));
    }
    for t in turns.iter_mut() {
        if is_initials(&t.speaker) {
            let key: String = t.speaker.chars().filter(|c| !c.is_whitespace()).collect();
            if let Some((_, name)) = names.iter().find(|(i, _)| *i == key) {
                t.speaker = name.clone();
            }
        } else if let Some(key) = compact_initials(text, t) {
            // `HB :` after `Hind Benjelloun` in the introduction; left as written otherwise.
            if let Some((_, name)) = names.iter().find(|(i, _)| *i == key) {
                t.speaker = name.clone();
            }
        } else if surname(&t.speaker) {
            // A surname alone (`FABRE –`) takes the full name that ends with it.
            let folded = fold_str(&t.speaker);
            if let Some((_, name)) = names.iter().find(|(_, n)| {
                n.contains(' ')
                    && n.rsplit(' ')
                        .next()
                        .is_some_and(|last| fold_str(last) == folded)
            }) {
                t.speaker = name.clone();
            }
        }
    }
}

/// Gives the interviewer's and the interviewee's labels their names: the outlet's name or
/// initials (`L. C.` for `La Clairière`) are the credited journalist's, else the outlet's;
/// `Q`, `Journaliste` and initials left unmatched by [`expand_initials`] when another label
/// is a name are the interviewer's; `R` is the first full name of the text before the first
/// turn (`intro`, other than the interviewer's).
fn interviewer_turns(
    text: &str,
    intro: &[Span],
    outlet: Option<&str>,
    interviewer: &str,
    credited: Option<&str>,
    turns: &mut [TranscriptTurn],
) -> String {
    let outlet_asker = credited.or(outlet).unwrap_or(interviewer).to_string();
    let outlet = outlet.map(|o| (fold_str(o), initials_of(o)));
    let named = turns.iter().any(|t| {
        !is_initials(&t.speaker) && t.speaker.chars().filter(|c| c.is_alphabetic()).count() > 1
    });
    let unnamed_asker = |speaker: &str| {
        speaker == "Q"
            || matches!(
                fold_str(speaker).as_str(),
                "journaliste" | "le journaliste" | "la journaliste"
            )
    };
    // A broadcast's host opens the interview under her name, greeting or asking the guest
    // (`Sophie Trémaudan : Marc Doréac, bonjour. … jusqu'à quand ?`), then the transcript
    // goes on with `Q.`: the unnamed questions are hers.
    let interviewer = match turns.first() {
        Some(first)
            if turns.iter().any(|t| unnamed_asker(&t.speaker))
                && !unnamed_asker(&first.speaker)
                && !is_initials(&first.speaker)
                && first.speaker.contains(' ')
                && first.speaker != DASH_TURN
                && {
                    let content = first.content.slice(text);
                    content.contains('?')
                        || turns.iter().any(|t| {
                            t.speaker != first.speaker
                                && t.speaker.contains(' ')
                                && content.contains(t.speaker.as_str())
                        })
                } =>
        {
            first.speaker.clone()
        }
        _ => interviewer.to_string(),
    };
    let interviewer = interviewer.as_str();
    let mut interviewee: Option<Option<String>> = None;
    for t in turns.iter_mut() {
        let key: String = compact_initials(text, t)
            .unwrap_or_else(|| t.speaker.chars().filter(|c| !c.is_whitespace()).collect());
        let is_outlet = outlet.as_ref().is_some_and(|(name, initials)| {
            fold_str(&t.speaker) == *name || (key.len() > 2 && key == *initials)
        });
        if is_outlet {
            t.speaker = outlet_asker.clone();
        } else if unnamed_asker(&t.speaker) || (named && is_initials(&t.speaker)) {
            t.speaker = interviewer.to_string();
        } else if t.speaker == "R" {
            let name = interviewee.get_or_insert_with(|| {
                intro
                    .iter()
                    .find_map(|&p| full_name(text, p, Some(interviewer)))
            });
            if let Some(name) = name {
                t.speaker = name.clone();
            }
        }
    }
    interviewer.to_string()
}

/// The initials a label writes without full stops (`HB`, `LZ`: two or three capitals as
/// written in the text), dotted as [`initials_of`] writes them (`H.B.`); `None` for any other
/// label.
fn compact_initials(text: &str, turn: &TranscriptTurn) -> Option<String> {
    let raw = turn.label.slice(text).trim();
    let n = raw.chars().count();
    if !(2..=3).contains(&n) || !raw.chars().all(|c| c.is_uppercase()) {
        return None;
    }
    Some(raw.chars().flat_map(|c| [c, '.']).collect())
}

/// Whether a label is a person's initials: capitals each followed by a full stop, words
/// hyphenated or apart (`I. C.`, `M. R.-B.`).
fn is_initials(label: &str) -> bool {
    let mut expect_letter = true;
    let mut letters = 0;
    for c in label.chars() {
        if expect_letter {
            if c.is_whitespace() || (c == '-' && letters > 0) {
                continue;
            }
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
            expect_letter = false;
        } else if c == '.' {
            expect_letter = true;
        } else {
            return false;
        }
    }
    expect_letter && letters >= 2
}

/// The initials of a name without spaces: `Mathieu Roussel-Bey` → `M.R.-B.`, particles
/// (`de`, `Le` inside a name stays) left out when in lower case.
fn initials_of(name: &str) -> String {
    let mut out = String::new();
    for w in name.split_whitespace() {
        if w.starts_with(char::is_lowercase) {
            continue;
        }
        for (k, part) in w.split('-').enumerate() {
            if let Some(c) = part.chars().next() {
                if k > 0 {
                    out.push('-');
                }
                out.push(c);
                out.push('.');
            }
        }
    }
    out
}

/// A statement published in full without quotation marks: the article announces it (`Nous
/// publions sa déclaration liminaire…`, `Voici le texte intégral de son discours`), then the
/// statement runs from the next paragraph (past a heading, `La déclaration du ministre`) to
/// the next heading or the first turn of the transcript (`transcript`); the announcement's
/// first full name is the speaker. Narrow on purpose: the announcement must publish a
/// statement, a speech, a letter or a text (`Nous publions les chiffres` does not), the
/// statement must have a first person, and it must be closed by a heading or a turn (an
/// author's closing note after a speech would otherwise be the speaker's).
fn published_statement(
    text: &str,
    seg: &Segmentation,
    turns_from: Option<usize>,
    folded: &FoldedText,
) -> Vec<TranscriptTurn> {
    // No paragraph announces a statement when the folded text holds none of the publication
    // phrases: a paragraph's folded form is part of the text's (see [`FoldedText`]). Most
    // articles are left here without folding their paragraphs one by one.
    if !PUBLISHES.iter().any(|m| folded.get().contains(m)) {
        return Vec::new();
    }
    let paras = &seg.paragraphs;
    let limit = turns_from.unwrap_or(paras.len()).min(paras.len());
    let Some(at) = (0..limit).find(|&i| announces_statement(paras[i].span.slice(text))) else {
        return Vec::new();
    };
    let Some(speaker) = full_name(text, paras[at].span, None) else {
        return Vec::new();
    };
    let intro = paras[at].span.slice(text);
    let label = intro.find(speaker.as_str()).map_or(
        Span::new(paras[at].span.start, paras[at].span.start),
        |k| {
            Span::new(
                paras[at].span.start + k,
                paras[at].span.start + k + speaker.len(),
            )
        },
    );
    let mut start = at + 1;
    if start < limit && is_heading(paras[start].span.slice(text)) {
        start += 1;
    }
    let Some(end) =
        (start..paras.len()).find(|&i| i == limit || is_heading(paras[i].span.slice(text)))
    else {
        return Vec::new();
    };
    if end == start
        || !paras[start..end]
            .iter()
            .any(|p| has_first_person(p.span.slice(text)))
    {
        return Vec::new();
    }
    paras[start..end]
        .iter()
        .map(|p| TranscriptTurn {
            span: p.span,
            speaker: speaker.clone(),
            label,
            content: p.span,
        })
        .collect()
}

/// The folded phrases that announce the publication of a text in full.
const PUBLISHES: [&str; 6] = [
    "nous publions",
    "voici le texte",
    "voici l'integralite",
    "en integralite",
    "in extenso",
    "texte integral",
];

/// The text of an article folded by [`fold_str`], made on first use and then shared by the
/// readings that look for a folded phrase anywhere in the article before they fold its
/// paragraphs or sentences one by one (a published statement, a flat interview's credit line).
///
/// Folding works on units that never reach past a character that starts one (see
/// `normalize`), so the folded form of any piece of the text (a paragraph, a sentence, their
/// starts) is, for every phrase of ASCII letters, spaces and apostrophes, contained in the
/// folded text when it contains the phrase: a text whose folded form lacks a phrase has no
/// piece that holds it (`tests::a_piece_holds_a_phrase_only_if_the_text_does`).
pub(crate) struct FoldedText<'a> {
    text: &'a str,
    folded: std::cell::OnceCell<String>,
}

impl<'a> FoldedText<'a> {
    pub(crate) fn new(text: &'a str) -> FoldedText<'a> {
        FoldedText {
            text,
            folded: std::cell::OnceCell::new(),
        }
    }

    fn get(&self) -> &str {
        self.folded.get_or_init(|| fold_str(self.text))
    }
}

/// Whether a paragraph announces that a statement follows in full: a publication (`nous
/// publions`, `voici le texte`, `en intégralité`, `in extenso`, `texte intégral`) of a
/// statement, a speech, a letter or a text.
fn announces_statement(paragraph: &str) -> bool {
    let folded = fold_str(paragraph);
    let publishes = PUBLISHES.iter().any(|m| folded.contains(m));
    publishes
        && folded.split(|c: char| !c.is_alphanumeric()).any(|w| {
            matches!(
                w,
                "declaration" | "discours" | "allocution" | "lettre" | "texte" | "intervention"
            )
        })
}

/// Whether a paragraph is a heading: at most eight words, no punctuation at its end, opening
/// with a capital, no colon.
fn is_heading(paragraph: &str) -> bool {
    let p = strip_emphasis(paragraph);
    p.starts_with(char::is_uppercase)
        && !more_words_than(p, 8)
        && !p.contains(':')
        && !p.ends_with(['.', '!', '?', ';', ',', '…', '»', '"', ')'])
}

/// Whether a paragraph is a subheading ([`is_heading`]), also when it ends on a quoted phrase
/// (`La direction « ouverte au dialogue »`); a paragraph that opens with the quotation is a
/// pulled quote of the answers (`« Nous tiendrons »`), no subheading.
fn is_subheading(paragraph: &str) -> bool {
    let p = strip_emphasis(paragraph);
    let bare = p
        .strip_suffix(['»', '”'])
        .map_or(p, |inner| inner.trim_end_matches(char::is_whitespace));
    !p.starts_with(['«', '“', '"'])
        && is_heading(bare)
        && (bare.len() == p.len() || !bare.ends_with(['.', '!', '?', '…']))
}

/// Whether a paragraph speaks in the first person (`je`, `j'`, `nous`, `moi`).
fn has_first_person(paragraph: &str) -> bool {
    paragraph
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "je" | "Je" | "j" | "J" | "nous" | "Nous" | "moi" | "Moi"))
}

/// Whether at least two speakers each have [`MIN_TRANSCRIPT_TURNS`] turns.
fn two_speakers(turns: &[TranscriptTurn]) -> bool {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for t in turns {
        match counts.iter_mut().find(|(l, _)| *l == t.speaker) {
            Some((_, n)) => *n += 1,
            None => counts.push((&t.speaker, 1)),
        }
    }
    let speakers = counts
        .iter()
        .filter(|(_, n)| *n >= MIN_TRANSCRIPT_TURNS)
        .count();
    speakers >= 2
}

/// Reads a transcript whose turns share a paragraph (the layout was lost: `ANNE ROY : Bonjour.
/// MARC LENOIR : Bonjour. ANNE ROY : …`). A label inside a paragraph is a run of one to
/// [`MAX_LABEL_WORDS`] words in capitals right before a colon, a name in title case right
/// before a colon after the end of a sentence (inside a sentence it is too often a headline's
/// subject, `Inès Carrel : « … »`), or, after the end of a sentence and a dialogue dash or
/// not, one of the shapes the paragraph reading knows that running text does not use
/// ([`sentence_label`]): initials before a colon or a dash, a name with its affiliation, a
/// role, `Q. –` / `R. –`. Each turn runs from its label to the next one; the same count of
/// speakers and turns as [`transcript`] is required, and at least one paragraph must hold two
/// labels. Once the labels are known, a label in initials inside a sentence before the first
/// turn opens a turn too (`Propos recueillis par Yann Le Goff L. C. – Le ministre…`); the
/// initials then take their names, and the interviewer's labels theirs, as in [`transcript`].
pub(crate) fn inline_transcript(
    text: &str,
    seg: &Segmentation,
    outlet: Option<&str>,
    interviewer: &str,
    credits_line: Option<&str>,
) -> Option<Vec<TranscriptTurn>> {
    // The paragraphs of one line are read as one: the segmentation cuts a line at a
    // dialogue dash (`… sans nous. L. C.` / `– Vous parlez…`).
    let mut lines: Vec<Span> = Vec::with_capacity(seg.paragraphs.len());
    for p in &seg.paragraphs {
        match lines.last_mut() {
            Some(line)
                if line.end <= p.span.start && !text[line.end..p.span.start].contains('\n') =>
            {
                line.end = p.span.end;
            }
            _ => lines.push(p.span),
        }
    }
    let mut found: Vec<Vec<InlineLabel>> = Vec::with_capacity(lines.len());
    let mut shared = false;
    for p in &lines {
        let body = p.slice(text);
        let mut labels: Vec<InlineLabel> = Vec::new();
        for (colon, _) in body.match_indices(':') {
            let before = &body[..colon];
            if let Some((name, start)) = caps_label(before).or_else(|| title_label(before)) {
                let content =
                    colon + 1 + (body[colon + 1..].len() - body[colon + 1..].trim_start().len());
                if content < body.len() && !opens_quotation(&body[content..]) {
                    labels.push(InlineLabel {
                        speaker: name,
                        turn: start,
                        label: Span::new(start, body[..colon].trim_end().len()),
                        content,
                    });
                }
            }
        }
        let colon_labels = labels.len();
        sentence_labels(body, &mut labels);
        if labels.len() > colon_labels && colon_labels > 0 {
            // Both readings may find one label (a caps name with its affiliation): the
            // first found at a place is kept, and a label inside another's is dropped.
            labels.sort_by_key(|l| l.turn);
            let mut kept: Vec<InlineLabel> = Vec::with_capacity(labels.len());
            for l in labels {
                if kept.last().is_none_or(|k| l.turn >= k.content) {
                    kept.push(l);
                }
            }
            labels = kept;
        }
        shared |= labels.len() >= 2;
        found.push(labels);
    }
    let count = |found: &[Vec<InlineLabel>]| {
        let turns: Vec<TranscriptTurn> = found
            .iter()
            .flatten()
            .map(|l| TranscriptTurn {
                span: Span::new(0, 0),
                speaker: l.speaker.clone(),
                label: l.label,
                content: Span::new(0, 0),
            })
            .collect();
        two_speakers(&turns)
    };
    if !shared {
        return None;
    }
    let first = found.iter().position(|l| !l.is_empty())?;
    early_labels(lines[first].slice(text), &mut found[first]);
    if !count(&found) {
        return None;
    }
    let mut turns = Vec::new();
    for (p, labels) in lines.iter().zip(&found) {
        let body = p.slice(text);
        for (k, l) in labels.iter().enumerate() {
            let end = labels.get(k + 1).map_or(body.len(), |next| next.turn);
            // A credit line or page furniture after the last turn (`Propos retranscrits par
            // la rédaction.`, `À lire aussi : …`) is the outlet's.
            let end = [". Propos r", ". À lire aussi", ". Lire aussi"]
                .iter()
                .filter_map(|m| body[l.content..end].find(m))
                .min()
                .map_or(end, |at| l.content + at + 1);
            let end = body[..end].trim_end().len().max(l.content);
            turns.push(TranscriptTurn {
                span: Span::new(p.start + l.turn, p.start + end),
                speaker: l.speaker.clone(),
                label: Span::new(p.start + l.label.start, p.start + l.label.end),
                content: Span::new(p.start + l.content, p.start + end),
            });
        }
    }
    // The text before the first turn introduces the speakers and may credit the interviewer.
    let first_turn = turns.first()?.span.start;
    let mut intro: Vec<Span> = lines[..first].to_vec();
    intro.push(Span::new(lines[first].start, first_turn));
    let credited = seg
        .sentences
        .iter()
        .take_while(|s| s.span.start < first_turn)
        .find_map(|s| {
            let end = s.span.end.min(first_turn);
            match flat_marker(&text[s.span.start..end], true) {
                Some(FlatMarker::Credit { name, .. }) => name,
                _ => None,
            }
        });
    let interviewer = credited.as_deref().unwrap_or(interviewer);
    let credited = credited.as_deref().or(credits_line);
    expand_initials(text, &intro, &mut turns);
    interviewer_turns(text, &intro, outlet, interviewer, credited, &mut turns);
    Some(turns)
}

/// A label found inside a paragraph, in bytes of the paragraph: where its turn starts (at a
/// dialogue dash before the label, if any), the label as written, and where the words after
/// it start.
#[derive(Clone, Debug)]
struct InlineLabel {
    speaker: String,
    turn: usize,
    label: Span,
    content: usize,
}

/// Adds the labels that open a sentence of `body` (its start, or after `.`, `?`, `!`, `…`, a
/// closing quote, and a dialogue dash or not) in a shape of [`sentence_label`].
fn sentence_labels(body: &str, labels: &mut Vec<InlineLabel>) {
    // A label ends on a colon or a dash within the head [`speaker_label`] reads: a line with
    // neither holds none, and a sentence is read only when one lies within that reach.
    let separators = label_separators(body);
    if separators.is_empty() {
        return;
    }
    let mut next_separator = 0;
    let mut previous: Option<char> = None;
    let mut space = true;
    let mut next_free = 0;
    for (i, c) in body.char_indices() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let opens =
            space && previous.is_none_or(|p| matches!(p, '.' | '?' | '!' | '…' | '»' | '"'));
        space = false;
        previous = Some(c);
        if !opens || i < next_free {
            continue;
        }
        while separators.get(next_separator).is_some_and(|&at| at < i) {
            next_separator += 1;
        }
        if separators
            .get(next_separator)
            .is_none_or(|&at| at >= i + LABEL_HEAD)
        {
            continue;
        }
        if let Some((speaker, label, content)) = sentence_label(&body[i..]) {
            next_free = i + content;
            labels.push(InlineLabel {
                speaker,
                turn: i,
                label: Span::new(i + label.start, i + label.end),
                content: i + content,
            });
        }
    }
}

/// Where a line holds a colon or a dash (`-`, `–`, `—`, `―`), in bytes: where a label of
/// [`speaker_label`] may end.
fn label_separators(body: &str) -> Vec<usize> {
    let bytes = body.as_bytes();
    memchr::memchr3_iter(b':', b'-', 0xE2, bytes)
        .filter(|&at| {
            // `–`, `—` and `―` are E2 80 93, E2 80 94 and E2 80 95 in UTF-8.
            bytes[at] != 0xE2
                || (bytes.get(at + 1) == Some(&0x80)
                    && bytes.get(at + 2).is_some_and(|b| (0x93..=0x95).contains(b)))
        })
        .collect()
}

/// A label at the start of a sentence (`sentence`: from that start to the end of the
/// paragraph) in one of the shapes running text does not use: initials before a colon or a
/// dash (`I.M. :`, `– M. R.-B. :`, `L. C. –`), a name or a role with a parenthesis before a
/// colon (`Pauline Arnaud (Radio Cantilène) :`), a role (`Le président :`), or `Q. –` /
/// `R. –`; the words after it open a sentence (a capital). A lettered list (`I. – Les
/// causes`, one letter), a dateline (`Paris (AFP) :`, one word), a time (`20 h 30 :`) or a
/// role inside a sentence (`Le président : un rôle…`) are no labels.
fn sentence_label(sentence: &str) -> Option<(String, Span, usize)> {
    let (speaker, label, content) = speaker_label(sentence)?;
    let written = label.slice(sentence);
    let sep = sentence[label.end..content]
        .trim_matches(|c: char| c.is_whitespace() || c == '*' || c == '_' || c == '.');
    let colon = sep == ":";
    let shape = is_initials(written)
        || (colon && (affiliation(written).is_some() || role_label(written).is_some()))
        || (!colon && !sep.is_empty() && matches!(written, "Q" | "R"));
    (shape && sentence[content..].starts_with(char::is_uppercase))
        .then_some((speaker, label, content))
}

/// Adds to the labels of the paragraph of the first turn the labels in initials it already
/// holds (`… par Yann Le Goff L. C. – Le ministre…`) between two words before the first
/// turn: the same initials and separator, then a capital.
fn early_labels(body: &str, labels: &mut Vec<InlineLabel>) {
    let Some(limit) = labels.first().map(|l| l.turn) else {
        return;
    };
    let mut known: Vec<(String, String, String)> = Vec::new();
    for l in labels.iter() {
        let written = l.label.slice(body);
        if !is_initials(written) {
            continue;
        }
        let sep = body[l.label.end..l.content].trim().to_string();
        if !known.iter().any(|(w, s, _)| w == written && *s == sep) {
            known.push((written.to_string(), sep, l.speaker.clone()));
        }
    }
    let mut early: Vec<InlineLabel> = Vec::new();
    for (written, sep, speaker) in &known {
        for (at, _) in body[..limit].match_indices(written.as_str()) {
            let end = at + written.len();
            let rest = &body[end..];
            let Some(after) = rest.trim_start().strip_prefix(sep.as_str()) else {
                continue;
            };
            let words = after.trim_start();
            let content = body.len() - words.len();
            if body[..at].ends_with(char::is_whitespace)
                && after.starts_with(char::is_whitespace)
                && words.starts_with(char::is_uppercase)
                && content <= limit
            {
                early.push(InlineLabel {
                    speaker: speaker.clone(),
                    turn: at,
                    label: Span::new(at, end),
                    content,
                });
            }
        }
    }
    early.sort_by_key(|l| l.turn);
    early.append(labels);
    *labels = early;
}

/// How far back from a colon a label is read, in bytes.
const LABEL_WINDOW: usize = 80;

/// The run of words that ends `text` and that `word` accepts, read back over at most
/// [`LABEL_WINDOW`] bytes: the byte where it starts (`text.len()` for none), its length in
/// words (at most `max`), and whether the word before it is accepted too (the run would be
/// longer than `max`). The walk both label readers share.
fn trailing_run(text: &str, max: usize, word: impl Fn(&str) -> bool) -> (usize, usize, bool) {
    let window = text.ceil_char_boundary(text.len().saturating_sub(LABEL_WINDOW));
    let mut start = text.len();
    let mut words = 0;
    for (at, w) in text[window..]
        .split_whitespace()
        .rev()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
    {
        if !word(w) {
            return (start, words, false);
        }
        if words == max {
            return (start, words, true);
        }
        start = at;
        words += 1;
    }
    (start, words, false)
}

/// The label in title case that ends `before` (`Élise Carvin`), as a name with the byte
/// where it starts: two to four capitalised words (particles such as `de` inside), right
/// after the end of a sentence (`.`, `?`, `!`, `…`, a closing quote) or opening `before`.
/// Inside a sentence a name and a colon are a headline's subject (`CINÉMA Inès Carrel :
/// « … »`) or a list's lead, not a turn.
fn title_label(before: &str) -> Option<(String, usize)> {
    let trimmed = before.trim_end();
    let (start, words, _) = trailing_run(trimmed, 4, |w| {
        let particle = matches!(w, "de" | "du" | "d'" | "d’" | "van" | "von" | "le" | "la");
        // A word in capitals is a rubric (`CINÉMA Inès Carrel :`), not part of the name.
        let capitalised = w.starts_with(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        capitalised || particle
    });
    let label = &trimmed[start..];
    let opens = trimmed[..start].trim_end();
    if words < 2
        || !label.starts_with(char::is_uppercase)
        || label.chars().all(|c| !c.is_lowercase())
        || !(opens.is_empty() || opens.ends_with(['.', '?', '!', '…', '»', '"']))
    {
        return None;
    }
    let name = label.split_whitespace().collect::<Vec<_>>().join(" ");
    Some((name, start))
}

/// The label in capitals that ends `before` (the text before a colon), as a name with the
/// byte where it starts: one to [`MAX_LABEL_WORDS`] words of capitals (`ÉLODIE VANNIER`,
/// `SARRAZIN-DUBREUIL`), opening `before` or after a word that is not one.
fn caps_label(before: &str) -> Option<(String, usize)> {
    let trimmed = before.trim_end();
    let (start, words, longer) = trailing_run(trimmed, MAX_LABEL_WORDS, |w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '’'))
    });
    // A longer run of capitals is a headline or a shout, not a name.
    if words == 0 || longer {
        return None;
    }
    let name = trimmed[start..]
        .split_whitespace()
        .map(title_case)
        .collect::<Vec<_>>()
        .join(" ");
    Some((name, start))
}

/// Whether the words after a label's colon open a quotation: a name over a quotation (`Inès
/// Carrel : « Un jury… »`) is a headline or a pull quote, also when a rubric glued before it was
/// cut off from a flattened line; a transcript's turns are not in quotation marks.
fn opens_quotation(after: &str) -> bool {
    after.starts_with(['«', '“', '"'])
}

/// A turn's label (`rest[..end]` without a leading dash or bold marks) and the words after its
/// separator (`rest[after_sep..]` without leading spaces or bold marks).
fn label_and_turn(rest: &str, end: usize, after_sep: usize) -> (&str, &str) {
    let label = rest[..end]
        .trim()
        .trim_start_matches(['—', '–', '-', '―'])
        .trim()
        .trim_matches(|c| c == '*' || c == '_')
        .trim();
    let after =
        rest[after_sep..].trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    (label, after)
}

/// The speaker label that opens a paragraph, as a name, with the span of the label as written
/// and the byte offset of the words after it (both within the paragraph): one to
/// [`MAX_LABEL_WORDS`] words, each capitalised (`Marc Lenoir`, `ÉLODIE VANNIER`, `LE
/// PRÉSENTATEUR`, particles such as `de` allowed inside; a single word only in capitals), or
/// initials (`I. C.`, `J.-P. M.`), or `Q.` / `R.` before a dash, then a colon or a dash
/// (`M. D. – Non.`) and words. Page furniture (`Photo :`, `Lire aussi :`), a rubric before a
/// headline and a name before a quotation (`Inès Carrel : « … »`, a headline:
/// [`opens_quotation`]) are not speakers; nor is a one-letter label before a colon (`Q :`),
/// which the question-and-answer reading handles, nor a dateline before a dash (`PARIS
/// (AFP) –`) or a name before an incise (`M. Dupont – qui préside…`).
fn speaker_label(paragraph: &str) -> Option<(String, Span, usize)> {
    let trimmed = paragraph.trim_start();
    // A broadcast's transcript may time its turns before the label (`[07:52] Léa Salamé :`,
    // `(12:04) JOURNALISTE :`): the time code is no part of the label.
    let trimmed = time_code(trimmed).map_or(trimmed, |k| trimmed[k..].trim_start());
    let lead = paragraph.len() - trimmed.len();
    let rest = &paragraph[lead..];
    // `Q.` then a sentence opens the journalist's question in a transcript whose other turns
    // are labelled (`Q. Au printemps, donc tout l'hiver ?`); the transcript needs two
    // speakers, so a lone initial (`Q. Dupont a dit…`) is no turn.
    if let Some(after) = rest.strip_prefix("Q. ") {
        let after = after.trim_start();
        if after.starts_with(|c: char| c.is_uppercase() || matches!(c, '«' | '“' | '"')) {
            return Some((
                "Q".to_string(),
                Span::new(lead, lead + 1),
                paragraph.len() - after.len(),
            ));
        }
    }
    // A label is short: its colon (or its dash) comes within the first bytes.
    let head = &rest[..rest.floor_char_boundary(LABEL_HEAD)];
    let colon = head.find(':');
    // A label may end with a dash instead of a colon (`M. D. – Non.`, `**J.-P. M.** —`).
    let dash = label_dash(head).filter(|&(at, _)| colon.is_none_or(|c| at < c));
    let (end, after_sep) = match (dash, colon) {
        (Some(d), _) => d,
        (None, Some(c)) => (c, c + 1),
        (None, None) => return None,
    };
    // A turn of a dash dialogue may carry a label too (`– I. C. : Bonsoir.`).
    let (mut label, after) = label_and_turn(rest, end, after_sep);
    if dash.is_some() {
        // Before a dash, a name's full stop goes (`L'Express. –`), initials keep theirs; the
        // turn opens a sentence (`M. Dupont – qui préside…` is an incise) and a label before
        // a dash has no parenthesis (`PARIS (AFP) –` is a dateline).
        if !is_initials(label) {
            label = label.strip_suffix('.').unwrap_or(label).trim_end();
        }
        if after.starts_with(char::is_lowercase) || label.contains(['(', ')']) {
            return None;
        }
        // `Q. –` and `R. –` open a question and an answer.
        if matches!(label, "Q" | "R") {
            let label_start = lead + (label.as_ptr() as usize - rest.as_ptr() as usize);
            return Some((
                label.to_string(),
                Span::new(label_start, label_start + label.len()),
                lead + (rest.len() - after.len()),
            ));
        }
    }
    let label_start = lead + (label.as_ptr() as usize - rest.as_ptr() as usize);
    if after.is_empty() || label.chars().count() < 2 || opens_quotation(after) {
        return None;
    }
    let full_label = label;
    // The speaker's affiliation or name in parentheses (`Pauline Arnaud (Radio Cantilène)`,
    // `Paul Hénin (PS, Nord)`, `Le président (M. Dupuis)`).
    let (label, aside) = match affiliation(label) {
        Some((base, aside)) => (base, Some(aside)),
        None => (label, None),
    };
    if let Some(role) = role_label(label) {
        // A role, and the person who holds it when the parenthesis names them.
        let name = aside
            .and_then(person_in_aside)
            .unwrap_or_else(|| role.to_string());
        return Some((
            name,
            Span::new(label_start, label_start + full_label.len()),
            lead + (rest.len() - after.len()),
        ));
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_LABEL_WORDS {
        return None;
    }
    let particle = |w: &str| {
        matches!(
            w,
            "de" | "du" | "des" | "d'" | "d’" | "la" | "le" | "van" | "von"
        )
    };
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    };
    if !capitalised(words[0]) || !words.iter().all(|w| capitalised(w) || particle(w)) {
        return None;
    }
    // A single word in title case is a rubric of a match sheet or a fact box (`Buts :
    // Dupont (12e)`, `Arbitre : M. Roux`, `Budget : …`); a speaker's label of one word is a
    // surname in capitals (`MACRON :`).
    // Before a dash, an outlet's name with its elided article is a label (`L'Express. –`).
    let outlet = dash.is_some() && (label.starts_with("L'") || label.starts_with("L’"));
    if words.len() == 1 && label.chars().any(char::is_lowercase) && !outlet {
        return None;
    }
    let folded = fold_str(label);
    if [
        "photo",
        "photos",
        "source",
        "sources",
        "lire aussi",
        "a lire aussi",
        "voir aussi",
        "mise a jour",
        "video",
        "audio",
        "credit",
        "credits",
        "legende",
        "note",
        "ps",
        "nb",
        "question",
        "reponse",
        "edit",
        "attention",
        "alerte",
        "direct",
        "info",
        "exclusif",
    ]
    .contains(&folded.as_str())
    {
        return None;
    }
    let name = words
        .iter()
        .map(|w| {
            // Initials stay as written (`I.M.`), to be read against the names.
            if w.chars().any(char::is_lowercase) || is_initials(w) {
                (*w).to_string()
            } else {
                title_case(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    Some((
        name,
        Span::new(label_start, label_start + full_label.len()),
        lead + (rest.len() - after.len()),
    ))
}

/// The length in bytes of a time code that opens a transcript's turn, in brackets or not
/// (`[07:52]`, `(12:04:31)`, `07:52 –` is not one: the brackets or a space and a capital
/// after it are needed), `None` when the text opens with none.
fn time_code(s: &str) -> Option<usize> {
    let (inner, close) = match s.chars().next()? {
        '[' => (&s[1..], ']'),
        '(' => (&s[1..], ')'),
        _ => return None,
    };
    let end = inner.find(close)?;
    let code = &inner[..end];
    let groups: Vec<&str> = code.split(':').collect();
    let digits = |g: &str| (1..=2).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit());
    ((2..=3).contains(&groups.len()) && groups.iter().all(|g| digits(g))).then_some(end + 2)
}

/// A caller's label: a first name alone before a colon, in title case, which the paragraph
/// before names with a capital (`Un auditeur est en ligne, Patrick, de Savenay.` / `Patrick :
/// Oui, bonjour…`), the words after it opening a sentence. A rubric (`Budget : 4 millions`)
/// is not announced by the paragraph before it.
fn caller_label(paragraph: &str, before: Option<&str>) -> Option<(String, Span, usize)> {
    let before = before?;
    let lead = paragraph.len() - paragraph.trim_start().len();
    let rest = &paragraph[lead..];
    let colon = rest[..rest.floor_char_boundary(LABEL_HEAD)].find(':')?;
    let label = rest[..colon].trim_end();
    let after = rest[colon + 1..].trim_start();
    let mut chars = label.chars();
    if !chars.next().is_some_and(char::is_uppercase)
        || !chars.all(|c| c.is_lowercase() || c == '-')
        || label.chars().count() < 3
        || !after.starts_with(char::is_uppercase)
    {
        return None;
    }
    let named = before
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .skip(1)
        .any(|w| w == label);
    named.then(|| {
        (
            label.to_string(),
            Span::new(lead, lead + label.len()),
            paragraph.len() - after.len(),
        )
    })
}

/// A turn labelled with the outlet's own name before a colon or a dash (`Humus : Que
/// demandez-vous au ministre ?`, `Antenne publique – Pourquoi ?`): a name of one word or with
/// words in lower case, which [`speaker_label`] reads as a rubric (`Budget : …`), is a label
/// when it is the outlet's.
fn outlet_label(paragraph: &str, outlet: Option<&str>) -> Option<(String, Span, usize)> {
    let outlet = fold_str(outlet?);
    let lead = paragraph.len() - paragraph.trim_start().len();
    let rest = &paragraph[lead..];
    let head = &rest[..rest.floor_char_boundary(LABEL_HEAD)];
    let colon = head.find(':');
    let (end, after_sep) = match (label_dash(head), colon) {
        (Some(d), c) if c.is_none_or(|c| d.0 < c) => d,
        (_, Some(c)) => (c, c + 1),
        _ => return None,
    };
    let (label, after) = label_and_turn(rest, end, after_sep);
    if fold_str(label.strip_suffix('.').unwrap_or(label)) != outlet
        || after.is_empty()
        || !after.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic())
        || opens_quotation(after)
    {
        return None;
    }
    let label_start = lead + (label.as_ptr() as usize - rest.as_ptr() as usize);
    Some((
        label.to_string(),
        Span::new(label_start, label_start + label.len()),
        lead + (rest.len() - after.len()),
    ))
}

/// The dash that ends a label at the start of a paragraph (`L. C. – Le ministre…`, `**J.-P.
/// M.** — Non.`, `DUFOURCQ - Non.`): a dash with a space on each side, past the dialogue dash
/// that may open the paragraph. Returns where the dash starts and where the words after it
/// start, in bytes.
fn label_dash(head: &str) -> Option<(usize, usize)> {
    let body =
        head.trim_start_matches(|c: char| matches!(c, '—' | '–' | '-' | '―') || c.is_whitespace());
    let offset = head.len() - body.len();
    let mut previous = None;
    for (i, c) in body.char_indices() {
        if matches!(c, '—' | '–' | '-' | '―') && previous.is_some_and(char::is_whitespace) {
            let next = body[i + c.len_utf8()..].chars().next();
            if next.is_some_and(char::is_whitespace) {
                let after = i + c.len_utf8();
                return Some((offset + i, offset + after));
            }
        }
        previous = Some(c);
    }
    None
}

/// Splits a label that ends with a short parenthesis (`Pauline Arnaud (Radio Cantilène)`,
/// `Paul Hénin (PS, Nord)`) into the words before it and the words inside it: at most
/// [`MAX_ASIDE_WORDS`] words with a letter, no other parenthesis, and words before it. A
/// parenthesis of figures (`Paris (75)`) is no affiliation.
fn affiliation(label: &str) -> Option<(&str, &str)> {
    let inner = label.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let aside = inner[open + 1..].trim();
    let base = inner[..open].trim_end();
    if base.is_empty()
        || aside.contains([')', '('])
        || !aside.chars().any(char::is_alphabetic)
        || more_words_than(aside, MAX_ASIDE_WORDS)
    {
        return None;
    }
    Some((base, aside))
}

/// How far into a paragraph or a sentence a label's colon or dash may lie, in bytes.
const LABEL_HEAD: usize = 80;

/// Most words in the parenthesis of a speaker's label.
const MAX_ASIDE_WORDS: usize = 5;

/// The roles that label the turns of a sitting, a trial or a broadcast when the speaker is
/// not named (`Le président :`, `L'avocat général :`, `La procureure :`).
const LABEL_ROLES: &[&str] = &[
    "president",
    "presidente",
    "procureur",
    "procureure",
    "avocat",
    "avocate",
    "juge",
    "greffier",
    "greffiere",
    "temoin",
    "prevenu",
    "prevenue",
    "accuse",
    "accusee",
    "rapporteur",
    "rapporteure",
    "ministre",
    "moderateur",
    "moderatrice",
    "animateur",
    "animatrice",
    "presentateur",
    "presentatrice",
    "journaliste",
    "expert",
    "experte",
];

/// A label that is a role with its article (`Le président`, `La présidente`, `L'avocat
/// général`, `Le président de séance`): the article in title case, a role of [`LABEL_ROLES`],
/// then at most two words in lower case. Returns the label without the article.
fn role_label(label: &str) -> Option<&str> {
    let role = ["Le ", "La ", "L'", "L’"]
        .iter()
        .find_map(|a| label.strip_prefix(a))?
        .trim_start();
    let mut words = role.split_whitespace();
    let head = words.next()?;
    if !LABEL_ROLES.contains(&fold_str(head).as_str()) {
        return None;
    }
    // After the role, an adjective of rank (`général`, `adjointe`) or a complement in lower
    // case (`de séance`, `de la défense`, `d'instruction`); a verb (`Le ministre a prévenu`)
    // is a sentence, not a label.
    let rest: Vec<&str> = words.collect();
    let lower = rest.iter().all(|w| {
        w.chars()
            .all(|c| c.is_lowercase() || matches!(c, '\'' | '’' | '-'))
    });
    let qualified = match rest.first().copied() {
        None => true,
        Some(w) => {
            (rest.len() == 1
                && matches!(
                    fold_str(w).as_str(),
                    "general" | "generale" | "adjoint" | "adjointe" | "delegue" | "deleguee"
                ))
                || w == "de"
                || w.starts_with("d'")
                || w.starts_with("d’")
        }
    };
    if rest.len() > 3 || !lower || !qualified {
        return None;
    }
    Some(role)
}

/// The person a role's parenthesis names (`M. Dupuis`, `Mme Roux`, `Claire Fabre`): its
/// words all capitalised, a civility dropped.
fn person_in_aside(aside: &str) -> Option<String> {
    let words: Vec<&str> = aside.split_whitespace().collect();
    let words = match words.first() {
        Some(&("M." | "Mme" | "Mlle" | "Me" | "Maître")) => &words[1..],
        _ => &words[..],
    };
    (!words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| w.starts_with(char::is_uppercase)))
    .then(|| words.join(" "))
}

/// `SARRAZIN-DUBREUIL` → `Sarrazin-Dubreuil`, `D'ARGENT` → `D'Argent`: a capital after the
/// start, a hyphen or an apostrophe, lower case elsewhere.
fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut upper = true;
    for c in word.chars() {
        if upper {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        upper = matches!(c, '-' | '\'' | '’');
    }
    out
}

/// Reads the credit lines, labels, byline and guest introduction of an article.
pub(crate) fn credits(text: &str, seg: &Segmentation, folded: &FoldedText) -> Credits {
    let mut out = Credits::default();
    let may_introduce = holds_guest_word(folded.get());
    let mut named = false;
    for (i, p) in seg.paragraphs.iter().enumerate() {
        let paragraph = p.span.slice(text);
        if out.byline.is_none() {
            out.byline = byline(paragraph);
        }
        if may_introduce && out.guest.is_none() && holds_guest_word(&fold_str(paragraph)) {
            out.guest = guest(text, p.span).map(|name| (i, name));
        }
        if named {
            continue;
        }
        let Some(m) = marker(paragraph) else {
            continue;
        };
        out.marked.get_or_insert(i);
        if m.name.is_some() {
            out.interviewer = m.name;
            named = true;
        }
    }
    // The byline's journalist is no guest (`Par Claire Roy` / `…, Claire Roy a interrogé…`).
    if let Some((_, name)) = &out.guest
        && [&out.byline, &out.interviewer]
            .iter()
            .any(|n| n.as_deref().is_some_and(|n| fold_str(n) == fold_str(name)))
    {
        out.guest = None;
    }
    out
}

/// The journalist a byline names: a short paragraph `Par` and a name of two to four
/// capitalised words, then nothing, or a comma, a dash or a bar before the rest (`Par
/// Mathilde Quéré, Antenne publique La Rochelle`, `Par Élodie Saugrain — 6 novembre 2026`);
/// not two names (`Par Anne Roy et Paul Vidal`) nor an opening adverb (`Par ailleurs`).
fn byline(paragraph: &str) -> Option<String> {
    let bare = strip_emphasis(paragraph);
    if more_words_than(bare, BYLINE_WORDS) {
        return None;
    }
    let rest = ["Par ", "PAR ", "par "]
        .iter()
        .find_map(|lead| bare.strip_prefix(lead))?;
    let mut name: Vec<&str> = Vec::new();
    for w in rest.split_whitespace() {
        let word = w.trim_end_matches([',', '.', ';']);
        let particle = matches!(word, "de" | "du" | "d'" | "d’" | "van" | "von");
        if !(word.starts_with(char::is_uppercase) || particle)
            || word.chars().any(|c| c.is_ascii_digit())
        {
            // Two names (`Par Anne Roy et Paul Vidal`) make neither the interviewer.
            if matches!(w, "et" | "avec" | "&") {
                return None;
            }
            break;
        }
        name.push(word);
        if name.len() > 4 {
            return None;
        }
        // A comma ends the name (`Par Mathilde Quéré, Antenne publique`).
        if word.len() != w.len() {
            break;
        }
    }
    if name.len() < 2
        || name
            .last()
            .is_some_and(|w| w.starts_with(char::is_lowercase))
    {
        return None;
    }
    let words: Vec<String> = name
        .iter()
        .map(|w| {
            if w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
            {
                title_case(w)
            } else {
                (*w).to_string()
            }
        })
        .collect();
    Some(words.join(" "))
}

/// Most words of a byline paragraph ([`byline`]).
const BYLINE_WORDS: usize = 12;

/// Folded words one of which a paragraph must hold to introduce a guest ([`guest`]): every
/// phrase of [`GUEST_AFTER_NAME`], [`GUEST_BEFORE_NAME`] and [`GUEST_HEADINGS`] holds one.
/// Most texts, and most paragraphs of the others, are never split into words for it.
const GUEST_WORDS: [&str; 8] = [
    "invite",
    "recu",
    "interroge",
    "questions",
    "entretien",
    "micro",
    "plateau",
    "repond",
];

/// Whether a folded text holds one of [`GUEST_WORDS`] (a text lacks them when every piece of
/// it does: [`FoldedText`]).
fn holds_guest_word(folded: &str) -> bool {
    GUEST_WORDS.iter().any(|w| folded.contains(w))
}

/// The phrases, in folded words (each word a list of alternatives, `*` ending a prefix), after
/// which a paragraph names the guest of the questions that follow (`X était l'invité de…`,
/// `X, invitée du 7/9, …`, `X est au micro de…`, `X était sur le plateau de…`, `X répond à nos
/// questions`, `X a répondu aux questions de…`, `X a accepté de répondre…`). A `,` word is a
/// comma right before the next word.
const GUEST_AFTER_NAME: &[&[&[&str]]] = &[
    &[&["l"], &["invite", "invitee"], &["de", "d", "du", "des"]],
    &[&[","], &["invite", "invitee"], &["de", "d", "du", "des"]],
    &[
        &["etait", "est", "sera", "etaient", "sont"],
        &["au"],
        &["micro"],
    ],
    &[
        &["etait", "est", "sera", "etaient", "sont"],
        &["sur"],
        &["le"],
        &["plateau"],
    ],
    &[&["repond", "repondu"], &["a", "aux"], &["nos", "questions"]],
    &[&["accepte"], &["de"], &["repondre"]],
    &[&["a"], &["recu", "recue", "recus", "recues"]],
];

/// The phrases before the guest's name (`Nous avons interrogé X`), and the headings that open
/// with them (`Entretien avec X`, `Questions à X`, `Trois questions à X`: a `#` word is a
/// count, and these phrases must open the paragraph).
const GUEST_BEFORE_NAME: &[&[&[&str]]] = &[&[&["avons"], &["interroge*"]]];
const GUEST_HEADINGS: &[&[&[&str]]] = &[
    &[&["entretien"], &["avec"]],
    &[&["questions"], &["a"]],
    &[&["#"], &["questions"], &["a"]],
];

/// The guest a paragraph introduces to the questions that follow: the name right before a
/// phrase of [`GUEST_AFTER_NAME`], or right after one of [`GUEST_BEFORE_NAME`] or
/// [`GUEST_HEADINGS`]; any full name of the paragraph when the phrase has none on its side
/// (`Nous l'avons interrogée`).
fn guest(text: &str, span: Span) -> Option<String> {
    let paragraph = span.slice(text);
    let words: Vec<(usize, usize, String)> = word_offsets(paragraph);
    let fits = |k: usize, pattern: &[&str]| {
        let Some((start, _, word)) = words.get(k) else {
            return false;
        };
        match pattern {
            [","] => paragraph[..*start].trim_end().ends_with(','),
            ["#"] => {
                lexis::is_number_word(word.as_str()) || word.bytes().all(|b| b.is_ascii_digit())
            }
            _ => pattern.iter().any(|alt| match alt.strip_suffix('*') {
                Some(prefix) => word.starts_with(prefix),
                None => word == alt,
            }),
        }
    };
    // A `,` matches no word of its own: it checks the word after it.
    let matches_at = |k: usize, phrase: &[&[&str]]| -> Option<usize> {
        let mut at = k;
        for (n, pattern) in phrase.iter().enumerate() {
            if *pattern == [","] {
                if !fits(at, &[","]) {
                    return None;
                }
                continue;
            }
            if !fits(at, pattern) {
                return None;
            }
            if n + 1 < phrase.len() {
                at += 1;
            }
        }
        Some(at)
    };
    // (start of the phrase, end of the phrase, whether the name comes before it)
    let mut found: Option<(usize, usize, bool)> = None;
    'words: for k in 0..words.len() {
        for phrase in GUEST_AFTER_NAME {
            if let Some(e) = matches_at(k, phrase) {
                found = Some((words[k].0, words[e].1, true));
                break 'words;
            }
        }
        let headings = if k == 0 { GUEST_HEADINGS } else { &[] };
        for phrase in GUEST_BEFORE_NAME.iter().chain(headings) {
            if let Some(e) = matches_at(k, phrase) {
                found = Some((words[k].0, words[e].1, false));
                break 'words;
            }
        }
    }
    let (from, to, before) = found?;
    let side = if before {
        let mut last = None;
        person_names(text, Span::new(span.start, span.start + from), |name| {
            last = Some(name.to_string());
            true
        });
        last
    } else {
        full_name(text, Span::new(span.start + to, span.end), None)
    };
    side.or_else(|| full_name(text, span, None))
}

/// The words of `s` (runs of letters, digits and hyphens) as byte ranges: the one cut of
/// [`word_offsets`] and [`folded_words`].
fn word_spans(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = None;
    s.char_indices()
        .chain([(s.len(), ' ')])
        .filter_map(move |(i, c)| {
            let part = c.is_alphanumeric() || c == '-';
            match (part, start) {
                (true, None) => {
                    start = Some(i);
                    None
                }
                (false, Some(b)) => {
                    start = None;
                    Some((b, i))
                }
                _ => None,
            }
        })
}

/// The words of `s` (letters, digits and hyphens) with their byte offsets, folded.
fn word_offsets(s: &str) -> Vec<(usize, usize, String)> {
    word_spans(s)
        .map(|(b, e)| (b, e, fold_str(&s[b..e])))
        .collect()
}

/// Reads the article's paragraphs as a question-and-answer interview, when they are one.
pub(crate) fn detect(text: &str, seg: &Segmentation, credits: &Credits) -> Option<Interview> {
    // Without a credit line or a label, a paragraph that introduces the guest marks the
    // interview (`X était l'invité de notre matinale`), when the questions follow it.
    let introduced = credits.marked.is_none();
    let marked = match (credits.marked, &credits.guest) {
        (Some(m), _) => m,
        (None, Some((g, _))) => *g,
        (None, None) => return None,
    };
    let paragraphs: Vec<&str> = seg.paragraphs.iter().map(|p| p.span.slice(text)).collect();
    let questions: Vec<bool> = paragraphs.iter().map(|p| is_question(p)).collect();
    let first = if introduced {
        (marked + 1..paragraphs.len().min(marked + 1 + GUEST_REACH)).find(|&i| questions[i])?
    } else {
        (0..paragraphs.len()).find(|&i| questions[i] && i != marked)?
    };
    // Credits after the questions end the interview.
    let end = if marked > first {
        marked
    } else {
        paragraphs.len()
    };

    let mut turns = Vec::new();
    let mut previous: Option<Turn> = None;
    for i in first..end {
        if starts_with_dash(paragraphs[i]) {
            previous = None;
            continue;
        }
        // A sharing line or a cross-reference between or after the answers is the page's.
        if is_furniture(paragraphs[i]) {
            continue;
        }
        // A credit line after the answers (`ENTRETIEN` above, `Propos recueillis par X`
        // below) ends the interview; so does a subheading after the questions of a guest's
        // introduction, as the write-up goes back to the news (`La direction répond`).
        if i > first
            && (marker(paragraphs[i]).is_some()
                || (introduced && !questions[i] && is_subheading(paragraphs[i])))
        {
            break;
        }
        // A prompt phrased as a statement (`Vous avez pourtant voté ce budget.`) right after
        // an answer, and answered in the next paragraph, is the interviewer's.
        let prompt = previous == Some(Turn::Answer)
            && i + 1 < end
            && (!questions[i + 1] || opens_reply(text, seg, i + 1))
            && is_prompt(paragraphs[i]);
        let turn = if (questions[i] && previous != Some(Turn::Question)) || prompt {
            Turn::Question
        } else if introduced && previous == Some(Turn::Answer) && !has_first_person(paragraphs[i]) {
            // Without a credit line nothing closes the write-up's interview but a subheading:
            // a second paragraph after an answer that no longer speaks as `je` or `nous` is
            // the write-up going back to the news (`Cet engagement, les syndicats l'ont déjà
            // entendu.`).
            break;
        } else if previous.is_some() {
            Turn::Answer
        } else {
            continue;
        };
        turns.push((i, turn));
        previous = Some(turn);
    }
    let answered = turns
        .windows(2)
        .filter(|w| w[0].1 == Turn::Question && w[1].1 == Turn::Answer)
        .count();
    if answered < MIN_QUESTIONS {
        return None;
    }
    // Without a credit line, the turns must read as an interview's: the journalist speaks to
    // the guest (`vous`) at least once and the guest answers as `je` or `nous` at least
    // twice; an op-ed answers its own questions in the first person, but asks no one.
    if introduced {
        let speaks = |turn: Turn, test: fn(&str) -> bool| {
            turns
                .iter()
                .filter(|&&(i, t)| t == turn && test(paragraphs[i]))
                .count()
        };
        if speaks(Turn::Question, addresses) == 0
            || speaks(Turn::Answer, has_first_person) < MIN_QUESTIONS
        {
            return None;
        }
    }

    let interviewer = credits.interviewer.clone();
    let asker = interviewer.clone().or_else(|| credits.byline.clone());
    let intro = seg.paragraphs[..first]
        .iter()
        .map(|p| p.span)
        .collect::<Vec<_>>();
    // Answers that open with their speaker's name (`Maëlle Tessier : J'avais…`, then `M. T. :`
    // when only the answers are labelled) name the interviewee; else the first full name
    // before the first question does.
    let labelled = turns
        .iter()
        .filter(|&&(_, turn)| turn == Turn::Answer)
        .find_map(|&(i, _)| answer_label(paragraphs[i], interviewer.as_deref()));
    let guest = credits
        .guest
        .as_ref()
        .filter(|&&(g, _)| g < first)
        .map(|(_, name)| name.clone());
    let interviewee = labelled.or(guest).or_else(|| {
        intro
            .iter()
            .find_map(|&span| full_name(text, span, asker.as_deref()))
    });
    if let Some(name) = &interviewee {
        let surname = name.split_whitespace().last().map(fold_str);
        turns.retain(|&(i, turn)| {
            // The label of an answer is no mention of the interviewee in the answer.
            let answer = speaker_label(paragraphs[i]).map_or(paragraphs[i], |(_, _, at)| {
                &paragraphs[i][at.min(paragraphs[i].len())..]
            });
            turn == Turn::Question || !surname.as_deref().is_some_and(|s| names_word(answer, s))
        });
    }
    Some(Interview {
        interviewer,
        interviewee,
        turns: turns
            .into_iter()
            .map(|(i, turn)| (seg.paragraphs[i].span, turn))
            .collect(),
    })
}

/// The full name (two words or more) an answer's label gives (`Maëlle Tessier : J'avais…`),
/// other than the interviewer's.
fn answer_label(paragraph: &str, interviewer: Option<&str>) -> Option<String> {
    let (name, _, _) = speaker_label(paragraph)?;
    let words = name.split_whitespace().count();
    let initials = name
        .split_whitespace()
        .all(|w| w.trim_end_matches('.').chars().count() <= 2);
    (words >= 2 && !initials && interviewer.is_none_or(|i| fold_str(i) != fold_str(&name)))
        .then_some(name)
}

/// Most paragraphs from a guest's introduction to the first question ([`detect`]) or to a
/// dash dialogue's first turn: the write-up's lead may take one more paragraph before them.
pub(crate) const GUEST_REACH: usize = 2;

/// Whether a paragraph speaks to someone as `vous`.
fn addresses(paragraph: &str) -> bool {
    paragraph
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| {
            matches!(w, "vous" | "Vous" | "votre" | "Votre" | "vos" | "Vos") || w.ends_with("-vous")
        })
}

/// Whether paragraph `p` opens like a reply before it asks anything: at least two sentences,
/// the first no question and opening like an answer (`C'est une formule habile. … Vous avez
/// remarqué que personne… ?`, `On m'a reproché… Était-elle d'extrême droite ?`). Such a
/// paragraph answers the prompt before it, whatever its last sentence asks.
fn opens_reply(text: &str, seg: &Segmentation, p: usize) -> bool {
    let first = seg.sentences.partition_point(|s| s.paragraph < p);
    let mut own = seg.sentences[first..]
        .iter()
        .take_while(|s| s.paragraph == p)
        .map(|s| s.span.slice(text));
    let Some(opening) = own.next() else {
        return false;
    };
    let reading = read_sentence(opening);
    own.next().is_some() && !reading.question && reading.reply
}

/// Longest run of sentences between a credit line and the first question, or walked back
/// from a question over its prompts ([`detect_flat`]): a journalist's preamble is short.
const MAX_PREAMBLE_SENTENCES: usize = 3;

/// How a sentence of a paragraph that holds several turns reads ([`detect_flat`]).
#[derive(Clone, Copy, Debug, Default)]
struct Reading {
    /// It asks: ends with `?` (emphasis and closing marks aside), opens with `Q :`, or opens
    /// a bold run; and does not speak as `je`/`nous` without addressing `vous`.
    question: bool,
    /// It speaks to the interviewee or sets a fact against the answer ([`is_prompt`]).
    prompt: bool,
    /// It opens like a reply (`Non.`, `C'est faux`, `Oui, et…`) or in the first person.
    reply: bool,
}

fn read_sentence(sentence: &str) -> Reading {
    let bare = strip_emphasis(sentence);
    let words = folded_words(bare, MAX_QUESTION_WORDS + 1);
    if words.len() > MAX_QUESTION_WORDS {
        let first_person = words.iter().any(|w| is_first_person(w));
        return Reading {
            reply: first_person,
            ..Reading::default()
        };
    }
    let first_person = words.iter().any(|w| is_first_person(w));
    let addressed = words
        .iter()
        .any(|w| matches!(w.as_str(), "vous" | "votre" | "vos"));
    let bold = sentence.trim_start().starts_with("**") || sentence.trim_start().starts_with("__");
    let asks = is_question(bare) || (bold && !starts_with_dash(bare));
    let question = asks && (addressed || !first_person || bold);
    let prompt = !question && is_prompt(bare);
    let opener = words.first().map(String::as_str);
    let reply = first_person
        || matches!(
            opener,
            Some(
                "non"
                    | "oui"
                    | "si"
                    | "pas"
                    | "jamais"
                    | "absolument"
                    | "evidemment"
                    | "bien"
                    | "c"
                    | "ce"
                    | "exactement"
                    | "effectivement"
                    | "certes"
                    | "faux"
                    | "vrai"
            )
        );
    Reading {
        question,
        prompt,
        reply,
    }
}

/// The first `limit` words of `s`, folded (`C'est` gives `c`, `est`).
fn folded_words(s: &str, limit: usize) -> Vec<String> {
    word_spans(s)
        .take(limit)
        .map(|(b, e)| fold_str(&s[b..e]))
        .collect()
}

fn is_first_person(word: &str) -> bool {
    matches!(
        word,
        "je" | "j" | "me" | "m" | "moi" | "mon" | "ma" | "mes" | "nous" | "notre" | "nos"
    )
}

/// What marks an interview inside a sentence, when the layout is lost ([`detect_flat`]).
#[derive(Clone, Debug, PartialEq)]
enum FlatMarker {
    /// A credit line (`Propos recueillis par X`), with the interviewer's name and whether
    /// words of the next sentence are glued after it (`…par Léa Roy Vous avez…`).
    Credit { name: Option<String>, glued: bool },
    /// A label (`ENTRETIEN`, `INTERVIEW` in capitals among the first words) or an
    /// introduction that says so (`X répond à nos questions`).
    Label,
}

/// The interview's marker in one sentence, glued to other words or not.
/// The folded leads of a credit line.
const CREDIT_LEADS: [&str; 3] = [
    "propos recueillis par",
    "entretien realise par",
    "interview realisee par",
];

/// The folded words of an introduction that announces answers.
const INTRODUCTIONS: [&str; 4] = [
    "repond a nos questions",
    "a repondu a nos questions",
    "repondu aux questions de",
    "repond aux questions de",
];

/// Whether the text may hold a credit line or an introduction at all: its folded form holds
/// one of their words. A sentence whose folded start holds them is part of a text whose folded
/// form does ([`FoldedText`]); a text without them is not folded again sentence by sentence.
fn credit_possible(folded: &FoldedText) -> bool {
    let folded = folded.get();
    CREDIT_LEADS
        .iter()
        .chain(INTRODUCTIONS.iter())
        .any(|l| folded.contains(l))
}

/// Whether `s` holds `NT`: an `N` (rare in capitals) followed by a `T`.
fn holds_nt(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(b'N', b).any(|i| b.get(i + 1) == Some(&b'T'))
}

fn flat_marker(sentence: &str, credit_possible: bool) -> Option<FlatMarker> {
    let bare = strip_emphasis(sentence);
    // Labels open the text in capitals, maybe after a rubric (`CULTURE / ENTRETIEN`). Both
    // hold `NT`: a sentence without it, as most are, is not searched for either.
    let label = holds_nt(bare)
        && (bare.contains("ENTRETIEN") || bare.contains("INTERVIEW"))
        && bare
            .split_whitespace()
            .take(6)
            .take_while(|w| !w.chars().any(char::is_lowercase))
            .any(|w| {
                matches!(
                    w.trim_matches(|c: char| !c.is_alphanumeric()),
                    "ENTRETIEN" | "INTERVIEW"
                )
            });
    if label {
        return Some(FlatMarker::Label);
    }
    if !credit_possible {
        return None;
    }
    // Credit lines and introductions are read in a bounded window.
    let head = &bare[..bare.floor_char_boundary(400)];
    let folded = fold_str(head);
    let credit = CREDIT_LEADS
        .into_iter()
        .find_map(|l| folded.find(l).map(|at| (at, at + l.len())));
    let Some((at, lead)) = credit else {
        return INTRODUCTIONS
            .iter()
            .any(|l| folded.contains(l))
            .then_some(FlatMarker::Label);
    };
    // A credit line opens its sentence, follows the end of another one, or follows a rubric
    // in capitals (`BANDE DESSINÉE Propos recueillis par…`).
    let before = folded[..at].trim_end();
    let rubric = head
        .split_whitespace()
        .take_while(|w| !w.chars().any(char::is_lowercase))
        .count()
        >= before.split_whitespace().count();
    if !(before.is_empty() || rubric || before.ends_with(['.', '!', '?', '»', ')', '('])) {
        return None;
    }
    let skip = folded[..lead].split_whitespace().count();
    let words: Vec<&str> = head.split_whitespace().skip(skip).collect();
    let mut name: Vec<&str> = Vec::new();
    for (k, w) in words.iter().enumerate() {
        let particle = matches!(*w, "de" | "du" | "d'" | "d’" | "van" | "von");
        if !(w.starts_with(char::is_uppercase) || particle) || name.len() == 4 {
            break;
        }
        // Past two words, a capitalised word followed by a lower-case one opens the next
        // sentence (`…par Léa Roy Vous avez…`), unless it is a particle (`Le Goff`).
        let next_lower = words
            .get(k + 1)
            .is_some_and(|n| !n.starts_with(char::is_uppercase));
        if name.len() >= 2 && next_lower && !particle {
            break;
        }
        name.push(w.trim_end_matches(['.', ',', ')', ';']));
    }
    let glued = words.len() > name.len();
    Some(FlatMarker::Credit {
        name: (!name.is_empty()).then(|| name.join(" ")),
        glued,
    })
}

/// Reads the turns of an interview whose paragraphs hold several turns each: the layout was
/// lost (the whole body on one line), so the turns are found sentence by sentence. See the
/// module header, "Without paragraphs".
pub(crate) fn detect_flat(
    text: &str,
    seg: &Segmentation,
    folded: &FoldedText,
) -> Option<Interview> {
    let sentences: Vec<&str> = seg.sentences.iter().map(|s| s.span.slice(text)).collect();
    let n = sentences.len();
    // The first marker, and the first credit line that comes after the first label.
    let mut label: Option<usize> = None;
    let mut credit: Option<(usize, Option<String>, bool)> = None;
    let may_credit = credit_possible(folded);
    for (i, s) in sentences.iter().enumerate() {
        match flat_marker(s, may_credit) {
            Some(FlatMarker::Label) if label.is_none() && credit.is_none() => label = Some(i),
            Some(FlatMarker::Credit { name, glued }) if credit.is_none() => {
                credit = Some((i, name, glued));
            }
            _ => {}
        }
    }
    if label.is_none() && credit.is_none() {
        return None;
    }
    let reading: Vec<Reading> = sentences.iter().map(|s| read_sentence(s)).collect();
    let credit_name = credit.as_ref().and_then(|c| c.1.clone());
    let after = |m: usize| (m + 1..n).find(|&i| reading[i].question);
    // Where the turns start, and whether the sentences before the first question are the
    // interviewer's preamble (after a credit line) or the author's introduction.
    let (start, preamble, end) = match &credit {
        // A credit line glued to the first question (`…par Awa Diallo L'accord est-il
        // solide ?`) is itself that question.
        Some((c, _, true)) if reading[*c].question => (*c, true, n),
        // The sentences between the credit line and the first question are a preamble,
        // unless one names a person in full: then they introduce the interviewee
        // (`…par Mehdi Sanial Dans « Le Fil », Lucie Marandon raconte…`).
        Some((c, _, glued))
            if after(*c).is_some_and(|q| {
                q - c <= MAX_PREAMBLE_SENTENCES + 1
                    && !(*c..q).any(|i| {
                        full_name(text, seg.sentences[i].span, credit_name.as_deref()).is_some()
                    })
            }) =>
        {
            (if *glued { *c } else { c + 1 }, true, n)
        }
        Some((c, _, _)) if after(*c).is_some() => {
            let q = after(*c)?;
            (q, false, n)
        }
        Some((c, _, _)) => {
            let from = label.map_or(0, |l| l + 1);
            let q = (from..*c).find(|&i| reading[i].question)?;
            (q, false, *c)
        }
        None => {
            let l = label?;
            let q = after(l)?;
            (q, false, n)
        }
    };
    // The introduction before the turns ends at the last marker before them.
    let floor = [label, credit.as_ref().map(|c| c.0)]
        .into_iter()
        .flatten()
        .filter(|&m| m < start)
        .map(|m| m + 1)
        .max()
        .unwrap_or(0);
    // Whether a question has been read yet.
    let mut asked = false;
    let mut turns: Vec<(usize, Turn)> = Vec::with_capacity(end.saturating_sub(start));
    // The sentence that opened the current answer.
    let mut answer_start: Option<usize> = None;
    for i in start..end {
        let r = reading[i];
        let previous = turns.last().map(|t| t.1);
        let turn = match previous {
            None if preamble => Turn::Question,
            None => {
                // Walk back over the prompts that lead to the first question
                // (`Vous avez voté ce budget. Le regrettez-vous ?`), not into the
                // introduction's other sentences.
                let mut k = i;
                while k > floor.max(i.saturating_sub(MAX_PREAMBLE_SENTENCES))
                    && reading[k - 1].prompt
                    && seg.sentences[k - 1].paragraph == seg.sentences[i].paragraph
                {
                    k -= 1;
                }
                turns.extend((k..i).map(|j| (j, Turn::Question)));
                Turn::Question
            }
            Some(Turn::Question) if r.question || (preamble && !asked) => Turn::Question,
            Some(Turn::Question) => {
                answer_start = Some(i);
                Turn::Answer
            }
            Some(Turn::Answer) if r.question => {
                // The prompts that lead to the question are its preamble, as long as the
                // answer keeps its first sentence.
                let first = answer_start.unwrap_or(i);
                let mut k = turns.len();
                while k > 0
                    && turns[k - 1].0 > first
                    && turns.len() - k < MAX_PREAMBLE_SENTENCES
                    && reading[turns[k - 1].0].prompt
                {
                    k -= 1;
                }
                for t in &mut turns[k..] {
                    t.1 = Turn::Question;
                }
                answer_start = None;
                Turn::Question
            }
            // A prompt phrased as a statement, answered by the next sentence.
            Some(Turn::Answer)
                if r.prompt
                    && answer_start.is_some_and(|a| a < i)
                    && i + 1 < end
                    && reading[i + 1].reply
                    && !reading[i + 1].question =>
            {
                answer_start = None;
                Turn::Question
            }
            Some(Turn::Answer) => Turn::Answer,
        };
        if turn == Turn::Answer && answer_start.is_none() {
            answer_start = Some(i);
        }
        asked |= r.question;
        turns.push((i, turn));
    }
    // Only a question and its answer in one paragraph show that the layout was lost.
    let answered = turns
        .windows(2)
        .filter(|w| {
            w[0].1 == Turn::Question
                && w[1].1 == Turn::Answer
                && seg.sentences[w[0].0].paragraph == seg.sentences[w[1].0].paragraph
        })
        .count();
    if answered < MIN_QUESTIONS {
        return None;
    }
    let interviewer = credit.and_then(|c| c.1);
    let first = turns.first().map_or(start, |t| t.0);
    let interviewee = seg.sentences[..first]
        .iter()
        .find_map(|s| full_name(text, s.span, interviewer.as_deref()));
    // A sentence of an answer that names the interviewee is the author's note (`« Les Quais »,
    // d'Agathe Villeneuve, 240 pages`); in the last answer it ends the interview.
    if let Some(name) = &interviewee {
        let surname = name.split_whitespace().last().map(fold_str);
        let names = |i: usize| {
            surname
                .as_deref()
                .is_some_and(|s| names_word(sentences[i], s))
        };
        let last_question = turns.iter().rposition(|t| t.1 == Turn::Question);
        if let Some(cut) = turns
            .iter()
            .enumerate()
            .skip(last_question.unwrap_or(0))
            .find(|(_, t)| t.1 == Turn::Answer && names(t.0))
            .map(|(k, _)| k)
        {
            turns.truncate(cut);
        }
        turns.retain(|&(i, turn)| turn == Turn::Question || !names(i));
    }
    // Runs of sentences with the same turn, within one paragraph, are one turn.
    let mut spans: Vec<(Span, Turn)> = Vec::new();
    let mut last: Option<usize> = None;
    for &(i, turn) in &turns {
        let span = seg.sentences[i].span;
        match spans.last_mut() {
            Some((s, t))
                if *t == turn
                    && last.is_some_and(|l| {
                        l + 1 == i && seg.sentences[l].paragraph == seg.sentences[i].paragraph
                    }) =>
            {
                s.end = span.end;
            }
            _ => spans.push((span, turn)),
        }
        last = Some(i);
    }
    Some(Interview {
        interviewer,
        interviewee,
        turns: spans,
    })
}

/// Longest prompt phrased as a statement, in words ([`is_prompt`]).
const MAX_PROMPT_WORDS: usize = 40;

/// A journalist's prompt phrased as a statement, not a question (`Vous avez pourtant voté ce
/// budget.`, `Certains critiques vous reprochent une vision nostalgique.`, `La préfecture
/// parle pourtant d'un taux élevé.`): one short sentence that speaks to the interviewee (`vous`,
/// `votre`, `vos`) or sets a fact against their answer (`pourtant`), and has no first person:
/// an answer speaks as `je` or `nous`.
fn is_prompt(paragraph: &str) -> bool {
    let body = strip_emphasis(paragraph.trim()).trim();
    let body = body.strip_suffix('.').unwrap_or(body).trim_end();
    if body.is_empty() || body.contains(['.', '!', '?', ':', '\n']) {
        return false;
    }
    let folded = fold_str(body);
    let words: Vec<&str> = folded
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > MAX_PROMPT_WORDS {
        return false;
    }
    let first_person = words.iter().any(|w| is_first_person(w));
    let addressed = words
        .iter()
        .any(|w| matches!(*w, "vous" | "votre" | "vos" | "pourtant"));
    !first_person && addressed
}

/// A paragraph of page furniture inside an interview: a sharing line (`Partager sur :
/// Facebook | LinkedIn`), a cross-reference (`Lire aussi : …`), a subscription prompt.
fn is_furniture(paragraph: &str) -> bool {
    let folded = fold_str(strip_emphasis(paragraph.trim()));
    [
        "partager",
        "partagez",
        "lire aussi",
        "a lire aussi",
        "voir aussi",
        "abonnez",
        "newsletter",
        "retrouvez",
        "suivez-nous",
        "recevez",
    ]
    .iter()
    .any(|p| folded.starts_with(p))
}

/// What a credit line says.
struct Marker {
    name: Option<String>,
}

/// The credit or label that marks an interview: `Propos recueillis par X`, `Entretien réalisé
/// par X`, `Interview réalisée par X`, or a paragraph that is only `Entretien` or `Interview`.
fn marker(paragraph: &str) -> Option<Marker> {
    let bare = strip_emphasis(paragraph);
    // A web page prints the credit on the line of the date, after a bar (`Propos recueillis
    // par X | Publié le 12 novembre…`): the credit is the part before the first bar.
    let bare = bare
        .split_once(" | ")
        .map_or(bare, |(head, _)| head.trim_end());
    // Labels and credit lines are short: a long paragraph is not even folded.
    if more_words_than(bare, 12) {
        return None;
    }
    let folded = fold_str(bare);
    let label = folded.trim_matches(|c: char| !c.is_alphanumeric());
    if matches!(
        label,
        "entretien" | "interview" | "l'entretien" | "l'interview" | "grand entretien"
    ) {
        return Some(Marker { name: None });
    }
    let lead = [
        "propos recueillis par",
        "entretien realise par",
        "interview realisee par",
        "recueilli par",
        "recueillis par",
    ]
    .into_iter()
    .find_map(|l| folded.find(l).map(|at| at + l.len()))?;
    // Folding keeps lengths for the letters of a name only in ASCII; find the name in the
    // original by skipping as many words as the lead has.
    let skip = folded[..lead].split_whitespace().count();
    let name: Vec<&str> = bare
        .split_whitespace()
        .skip(skip)
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .take(4)
        .map(|w| w.trim_end_matches(['.', ',', ')', ';']))
        .collect();
    Some(Marker {
        name: (!name.is_empty()).then(|| name.join(" ")),
    })
}

/// Whether `s` has more than `n` words: `s.split_whitespace().nth(n).is_some()`, reading
/// ASCII a byte at a time (its whitespace is the tab, the line breaks, the vertical tab, the
/// form feed and the space) and only the other characters whole.
fn more_words_than(s: &str, n: usize) -> bool {
    let b = s.as_bytes();
    let (mut words, mut in_word, mut i) = (0usize, false, 0usize);
    while i < b.len() {
        let (space, len) = if b[i] < 0x80 {
            (matches!(b[i], b'\t'..=b'\r' | b' '), 1)
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        if !space && !in_word {
            words += 1;
            if words > n {
                return true;
            }
        }
        in_word = !space;
        i += len;
    }
    false
}

/// A paragraph that asks: it ends with `?` or opens with `Q :`, and is short enough.
fn is_question(paragraph: &str) -> bool {
    let bare = strip_emphasis(paragraph);
    if bare.split_whitespace().count() > MAX_QUESTION_WORDS || starts_with_dash(bare) {
        return false;
    }
    if let Some(rest) = bare.strip_prefix(['«', '"', '“']) {
        // A paragraph that opens on a quotation is the quotation's, unless the quotation is a
        // work's title the question takes as its subject (`« Marée lente » dure deux heures.
        // Vous ne craignez pas de perdre le public ?`): a few words without a sentence's end,
        // then the sentence goes on in lower case.
        let title = rest.find(['»', '"', '”']).is_some_and(|close| {
            let inner = &rest[..close];
            let after = rest[close..]
                .chars()
                .skip(1)
                .skip_while(|c| c.is_whitespace());
            !more_words_than(inner, MAX_TITLE_WORDS)
                && !inner.contains(['.', '?', '!', ',', ':', '…'])
                && after.clone().next().is_some_and(char::is_lowercase)
        });
        if !title {
            return false;
        }
    }
    let head: String = bare.chars().take(12).collect();
    let folded = fold_str(&head);
    if folded.starts_with("q :") || folded.starts_with("q:") || folded.starts_with("question :") {
        return true;
    }
    bare.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '»' | '"' | '”' | ')' | '*' | '_')
    })
    .ends_with('?')
}

/// Most words of a work's title that opens a question ([`is_question`]).
const MAX_TITLE_WORDS: usize = 6;

fn starts_with_dash(paragraph: &str) -> bool {
    paragraph.trim_start().starts_with(['—', '–', '-', '―'])
}

/// The paragraph without the Markdown emphasis that often wraps a question (`**…**`, `_…_`).
fn strip_emphasis(paragraph: &str) -> &str {
    paragraph
        .trim()
        .trim_matches(|c| c == '*' || c == '_')
        .trim()
}

/// Whether `paragraph` holds the folded word `word` as a whole word.
fn names_word(paragraph: &str, word: &str) -> bool {
    paragraph
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| !w.is_empty() && fold_str(w) == word)
}

/// The first name of a person (two words or more) in `span`, other than `skip`.
fn full_name(text: &str, span: Span, skip: Option<&str>) -> Option<String> {
    let skip = skip.map(fold_str);
    let mut found = None;
    person_names(text, span, |name| {
        if skip.as_deref() == Some(fold_str(name).as_str()) {
            return true;
        }
        found = Some(name.to_string());
        false
    });
    found
}

/// Calls `each` with every name of a person (two words or more) in `span`, in order, while
/// it returns true.
fn person_names(text: &str, span: Span, mut each: impl FnMut(&str) -> bool) {
    let mut arena = String::new();
    let toks = text::tokenize(text, span, &[], &mut arena);
    let mut i = 0;
    while i < toks.len() {
        let Some(found) = np::forward(&toks, i, false) else {
            i += 1;
            continue;
        };
        if found.kind == NpKind::Name
            && let Some((s, e)) = found.name
            && e - s >= 2
        {
            let name = text_of(text, &toks, s, e)
                .split_whitespace()
                .collect::<Vec<_>>();
            let name = name.join(" ");
            // A body's name with a lower-case adjective (`Santé publique France`) is no
            // person's.
            let person = name.split_whitespace().all(|w| {
                w.starts_with(char::is_uppercase)
                    || matches!(
                        w,
                        "de" | "du" | "des" | "d'" | "d’" | "la" | "le" | "van" | "von"
                    )
            });
            if person && !each(&name) {
                return;
            }
        }
        i = found.end.max(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The paragraph gate of [`credits`] skips a paragraph that holds no [`GUEST_WORDS`]: it
    /// may only do so because every phrase that names a guest holds one of them in every
    /// spelling (each alternative of one of its words).
    #[test]
    fn every_guest_phrase_holds_a_guest_word() {
        for phrase in GUEST_AFTER_NAME
            .iter()
            .chain(GUEST_BEFORE_NAME)
            .chain(GUEST_HEADINGS)
        {
            let gated = phrase.iter().any(|alts| {
                alts.iter().all(|alt| {
                    let alt = alt.trim_end_matches('*');
                    GUEST_WORDS.iter().any(|w| alt.contains(w))
                })
            });
            assert!(gated, "{phrase:?} holds no guest word");
        }
        // And the gate reads folded paragraphs: accents, capitals and no-break spaces.
        for p in [
            "Marie Dubois était l’Invitée de notre matinale.",
            "ENTRETIEN\u{a0}AVEC Paul Roy",
            "Il a répondu à nos questions.",
        ] {
            assert!(holds_guest_word(&fold_str(p)), "{p}");
        }
        assert!(!holds_guest_word(&fold_str("Le conseil a voté le budget.")));
    }

    #[test]
    fn questions_are_short_paragraphs_that_ask() {
        let table = [
            ("**Pourquoi maintenant ?**", true),
            ("Les enseignants sont-ils démunis ?", true),
            (
                "Le plan a été annoncé hier. Est-ce la bonne réponse ?",
                true,
            ),
            ("Q : Que répondez-vous à vos critiques ?", true),
            ("Question : et ensuite", true),
            ("Ils sont partagés.", false),
            ("— Vous regrettez ce choix ?", false),
            ("« Qui paiera ? »", false),
            (
                "« Marée lente » dure deux heures. Vous ne craignez pas de perdre le public ?",
                true,
            ),
            ("« Les Quais » sort-il en poche ?", true),
            ("« On ne lâchera rien », disent-ils. Et après ?", false),
            ("« Pourquoi moi ? » demande-t-elle ?", false),
        ];
        for (p, want) in table {
            assert_eq!(is_question(p), want, "{p}");
        }
    }

    proptest::proptest! {
        #[test]
        fn counting_words_agrees_with_split_whitespace(
            s in "[a \t\n\u{b}\u{c}\r\u{85}\u{a0}\u{2009}\u{202f}é«-]{0,30}",
            n in 0usize..14
        ) {
            proptest::prop_assert_eq!(more_words_than(&s, n), s.split_whitespace().nth(n).is_some());
        }
    }

    proptest::proptest! {
        /// The gate of [`sentence_labels`]: wherever a sentence label starts, a separator of
        /// [`label_separators`] lies within [`LABEL_HEAD`] bytes of it, so skipping the
        /// other openings loses no label.
        #[test]
        fn a_sentence_label_always_has_a_separator_within_reach(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "I.M.", "Z.A.", "L. C.", "M. R.-B.", "Q.", "R.", "Le président", "Pauline Arnaud",
                "(Radio Cantilène)", "(PS, Nord)", ":", " : ", " – ", " — ", " ― ", " - ", "–",
                "-", "—", "’", "« ", " »", "…", ". ", "? ", " ", "\u{a0}", "\u{202f}", "Bonjour",
                "oui", "Non.", "Vous", "é", "Écoutez", "20 h 30", "A.",
            ]), 0..30),
        ) {
            let body: String = parts.concat();
            let separators = label_separators(&body);
            for (i, _) in body.char_indices() {
                if sentence_label(&body[i..]).is_some() {
                    proptest::prop_assert!(
                        separators.iter().any(|&at| at >= i && at < i + LABEL_HEAD),
                        "{body:?} at {i}"
                    );
                }
            }
        }
    }

    #[test]
    fn speaker_labels_open_the_turns_of_a_transcript() {
        let label = |p: &str| {
            speaker_label(p).map(|(name, label, at)| {
                assert!(label.end <= at, "{p}");
                (name, p[at..].to_string())
            })
        };
        let table = [
            (
                "ÉLODIE VANNIER : Bonjour.",
                Some(("Élodie Vannier", "Bonjour.")),
            ),
            (
                "OLIVIER SARRAZIN-DUBREUIL : Non.",
                Some(("Olivier Sarrazin-Dubreuil", "Non.")),
            ),
            (
                "Marc Lenoir : Absolument pas.",
                Some(("Marc Lenoir", "Absolument pas.")),
            ),
            (
                "**Anne de Vries** : Jamais.",
                Some(("Anne de Vries", "Jamais.")),
            ),
            (
                "LE PRÉSENTATEUR : Merci.",
                Some(("Le Présentateur", "Merci.")),
            ),
            ("Photo : AFP", None),
            ("Lire aussi : la réforme expliquée", None),
            ("Q : Pourquoi ?", None),
            ("Le ministre a prévenu : rien ne changera.", None),
            ("Retraites : le gouvernement recule", None),
            ("Buts : Dupont (12e), Martin (45e)", None),
            ("MACRON : Non.", Some(("Macron", "Non."))),
            (
                "Pauline Arnaud (Radio Cantilène) : Qui paie ?",
                Some(("Pauline Arnaud", "Qui paie ?")),
            ),
            ("Paul Hénin (PS, Nord) : Non.", Some(("Paul Hénin", "Non."))),
            ("Marine Costa (LR) : Si.", Some(("Marine Costa", "Si."))),
            (
                "Le président (M. Dupuis) : Silence.",
                Some(("Dupuis", "Silence.")),
            ),
            (
                "Le président : Asseyez-vous.",
                Some(("président", "Asseyez-vous.")),
            ),
            (
                "L'avocat général : Je requiers.",
                Some(("avocat général", "Je requiers.")),
            ),
            (
                "Maître Lenoir : Objection.",
                Some(("Maître Lenoir", "Objection.")),
            ),
            ("– I. C. : Bonsoir.", Some(("I. C.", "Bonsoir."))),
            ("– M. R.-B. : Non.", Some(("M. R.-B.", "Non."))),
            ("I.M. : Bonjour.", Some(("I.M.", "Bonjour."))),
            (
                "L. C. – Le ministre veut. Êtes-vous inquiète ?",
                Some(("L. C.", "Le ministre veut. Êtes-vous inquiète ?")),
            ),
            (
                "**J.-P. M.** — Parce que.",
                Some(("J.-P. M.", "Parce que.")),
            ),
            (
                "FABRE - Parce qu'on l'a oublié.",
                Some(("Fabre", "Parce qu'on l'a oublié.")),
            ),
            ("Q. – Pourquoi ?", Some(("Q", "Pourquoi ?"))),
            ("L'Express. – Pourquoi ?", Some(("L'Express", "Pourquoi ?"))),
            ("– Le Monde : Pourquoi ?", Some(("Le Monde", "Pourquoi ?"))),
            ("PARIS (AFP) – Le gouvernement a tranché.", None),
            ("M. Dupont – qui préside – juge le plan timide.", None),
            ("Réforme – Le calendrier reste flou.", None),
            ("A. – Les mesures d'urgence.", None),
            ("Paris (75) : 12 cas", None),
            ("Le maire (divers droite) l'a dit : non.", None),
            ("Le bilan : 12 morts.", None),
            ("Le président a tranché : non.", None),
            (
                "Le président de séance : La parole est à M. Roux.",
                Some(("président de séance", "La parole est à M. Roux.")),
            ),
            ("La raison (selon lui) : le coût.", None),
            ("CINÉMA Inès Carrel : « Un jury courageux »", None),
            (
                "Selon lui, trois raisons : le coût, le délai, la loi.",
                None,
            ),
        ];
        for (p, want) in table {
            assert_eq!(
                label(p),
                want.map(|(a, b)| (a.to_string(), b.to_string())),
                "{p}"
            );
        }
    }

    #[test]
    fn initials_match_the_names_they_abbreviate() {
        assert!(is_initials("I. C."));
        assert!(is_initials("M. R.-B."));
        assert!(is_initials("J.-P. R."));
        assert!(!is_initials("M."));
        assert!(!is_initials("Marc Lenoir"));
        assert!(!is_initials("ONU"));
        assert_eq!(initials_of("Mathieu Roussel-Bey"), "M.R.-B.");
        assert_eq!(initials_of("Anne de Vries"), "A.V.");
    }

    proptest::proptest! {
        /// [`FoldedText`]'s claim: a piece of a text cut anywhere (at character boundaries)
        /// holds one of the folded phrases only if the folded text does. The pieces are built
        /// from the phrases' words written with capitals, precomposed or combining accents,
        /// typographic apostrophes and no-break spaces, `\r\n` and runs of combining marks.
        #[test]
        fn a_piece_holds_a_phrase_only_if_the_text_does(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "nous", "NOUS", "publions", "Publions", "voici", "VOICI", "le", "l'", "l’",
                "texte", "Texte", "intégralité", "INTÉGRALITÉ", "inte\u{301}gralite\u{301}",
                "integral", "intégral", "en", "in", "extenso", "EXTENSO", "propos", "recueillis",
                "par", "entretien", "réalisé", "realise\u{301}e", "interview", "réalisée",
                "répond", "re\u{301}pondu", "a", "à", "A\u{300}", "nos", "aux", "questions",
                "de", " ", " ", " ", "\u{a0}", "\n", "\r\n", "\r", ", ", ". ", "« ", " »",
                "\u{301}", "\u{327}\u{301}\u{300}", "e\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}",
                "ﬁ", "œ", "Œ", "ß", "ǅ", "\u{ad}", "\u{200b}", "Nous publions", "voici le texte",
                "Voici l’intégralité", "en inte\u{301}gralite\u{301}", "IN EXTENSO",
                "texte intégral", "Propos recueillis par", "entretien réalisé par",
                "interview re\u{301}alise\u{301}e par", "répond à nos questions",
                "a répondu a\u{300} nos questions", "répondu aux questions de",
            ]), 0..24),
            cuts in proptest::collection::vec(0usize..400, 2),
        ) {
            let text: String = parts.concat();
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain(std::iter::once(text.len()))
                .collect();
            let a = bounds[cuts[0] % bounds.len()];
            let b = bounds[cuts[1] % bounds.len()];
            let (a, b) = (a.min(b), a.max(b));
            let whole = FoldedText::new(&text);
            let piece = fold_str(&text[a..b]);
            for phrase in PUBLISHES.iter().chain(&CREDIT_LEADS).chain(&INTRODUCTIONS) {
                if piece.contains(phrase) {
                    proptest::prop_assert!(whole.get().contains(phrase), "{phrase:?} in {:?}", &text[a..b]);
                }
            }
        }
    }

    #[test]
    fn holds_nt_is_contains() {
        for s in [
            "",
            "N",
            "NT",
            "aNT",
            "N T",
            "ENTRETIEN",
            "Nous",
            "INTERVIEW",
            "nt",
            "ÑT",
        ] {
            assert_eq!(holds_nt(s), s.contains("NT"), "{s:?}");
        }
    }

    #[test]
    fn only_a_statement_published_in_full_is_announced() {
        assert!(announces_statement(
            "Nous publions sa déclaration liminaire et les échanges avec la presse."
        ));
        assert!(announces_statement(
            "Voici le texte intégral du discours du président."
        ));
        assert!(announces_statement("Sa lettre aux maires, en intégralité."));
        assert!(!announces_statement(
            "Nous publions les chiffres de la délinquance."
        ));
        assert!(!announces_statement("Le ministre a publié un texte."));
        assert!(!announces_statement(
            "La déclaration du ministre a surpris."
        ));
    }

    #[test]
    fn a_transcript_needs_two_speakers_with_two_turns_each() {
        let read = |text: &str| {
            let seg = crate::segment::segment(text, Span::new(0, text.len()), &[]);
            transcript(
                text,
                &seg,
                &FoldedText::new(text),
                None,
                "journaliste",
                None,
            )
            .map(|t| t.len())
        };
        let radio = "Le 7/9, l'invité de 8 h 20\n\nANNE ROY : Bonjour.\n\nMARC LENOIR : Bonjour.\n\nANNE ROY : Vous partez ?\n\nMARC LENOIR : Non.\n\nPropos retranscrits par la rédaction.\n";
        assert_eq!(read(radio), Some(4));
        // A news story that opens one paragraph with a name and a colon, and a rubric.
        let news = "Retraites : le gouvernement recule\n\nEmmanuel Martin : « Nous tiendrons. »\n\nLe texte revient mardi.\n";
        assert_eq!(read(news), None);
        // Two match sheets: rubrics, not speakers.
        let sheets = "Valcourt 2-1 Montrevel\n\nButs : Dupont (12e), Martin (45e)\n\nArbitre : M. \
                      Roux\n\nSaint-Cléry 0-0 Aubrac\n\nButs : aucun\n\nArbitre : Mme Fabre\n";
        assert_eq!(read(sheets), None);
    }

    #[test]
    fn a_byline_names_one_journalist() {
        let table = [
            (
                "Par Mathilde Quéré, Antenne publique La Rochelle",
                Some("Mathilde Quéré"),
            ),
            (
                "Par Élodie Saugrain — 6 novembre 2026",
                Some("Élodie Saugrain"),
            ),
            ("**Par Yann Le Goff**", Some("Yann Le Goff")),
            ("PAR JEAN-PAUL ROCHE | 12/03/2026", Some("Jean-Paul Roche")),
            ("Par Anne Roy et Paul Vidal", None),
            ("Par AFP", None),
            ("Par ailleurs, la mairie a voté le budget.", None),
            (
                "Par Mathilde Quéré, qui a suivi pour nous les trois jours de grève sur le                  port et dans les rues de la ville",
                None,
            ),
        ];
        for (p, want) in table {
            assert_eq!(byline(p).as_deref(), want, "{p}");
        }
    }

    #[test]
    fn a_paragraph_introduces_the_guest_of_the_questions() {
        let table = [
            (
                "Au deuxième jour de la grève, le secrétaire général de l'USPD, Yannick Le                  Goarnic, était l'invité de la matinale d'Antenne publique.",
                Some("Yannick Le Goarnic"),
            ),
            (
                "La ministre Sophie Marchetti est l’invitée du « 7/9 » ce dimanche.",
                Some("Sophie Marchetti"),
            ),
            (
                "Pour comprendre, nous avons interrogé Nadège Quillevic, astrophysicienne.",
                Some("Nadège Quillevic"),
            ),
            (
                "Trois questions à Odile Lannuzel, paysanne bio dans la Somme",
                Some("Odile Lannuzel"),
            ),
            ("Entretien avec Marc Delorme, maire", Some("Marc Delorme")),
            (
                "Élue depuis 2020, Claire Dombasle répond à nos questions.",
                Some("Claire Dombasle"),
            ),
            (
                "Le maire de Nantes, Paul Morel, invité du « 7/9 » mardi, défend son budget.",
                Some("Paul Morel"),
            ),
            (
                "L'économiste Anne Roy était sur le plateau de Télé Loire jeudi.",
                Some("Anne Roy"),
            ),
            ("4 questions à Léa Tran, infirmière", Some("Léa Tran")),
            ("Les invités de Paul Morel ont dîné tard.", None),
            (
                "Le ministre a posé trois questions à Paul Morel lors de la séance.",
                None,
            ),
            ("Un entretien avec Paul Morel a eu lieu mardi.", None),
            ("Les invités de la soirée étaient nombreux.", None),
        ];
        for (p, want) in table {
            assert_eq!(guest(p, Span::new(0, p.len())).as_deref(), want, "{p}");
        }
    }

    #[test]
    fn the_interviewee_is_a_person_not_a_body_named_before() {
        let text = "Selon Santé publique France, la canicule a tué 3 100 personnes. Gériatre à \
                    Caen, Annick Fabre dirige un service.\n\nPropos recueillis par Marc Olivier.\n\n\
                    **Le plan suffit-il ?**\n\nNon.\n\n**Que faut-il faire ?**\n\nRecruter.";
        let seg = crate::segment::segment(text, Span::new(0, text.len()), &[]);
        let found =
            detect(text, &seg, &credits(text, &seg, &FoldedText::new(text))).expect("an interview");
        assert_eq!(found.interviewee.as_deref(), Some("Annick Fabre"));
    }

    #[test]
    fn answers_labelled_with_a_name_give_the_interviewee() {
        let found = |text: &str| {
            let seg = crate::segment::segment(text, Span::new(0, text.len()), &[]);
            detect(text, &seg, &credits(text, &seg, &FoldedText::new(text)))
                .map(|i| (i.interviewee, i.turns.len()))
        };
        // Only the answers are labelled, with a colon and no space before it, then initials;
        // the introduction names nobody.
        let bare = "ENTRETIEN\nElle sort un album.\nPropos recueillis par Théo Marchal\n\
                    Pourquoi ce virage?\nMaëlle Tessier: J'avais fait le tour.\n\
                    Vous l'assumez?\nM. T.: C'est leur formule.\nC'était prévu?\nM. T.: Non.\n";
        assert_eq!(found(bare), Some((Some("Maëlle Tessier".to_string()), 6)));
        // The label wins over another name of the introduction (a photographer's credit).
        let credited = "Propos recueillis par Paul Roux. Photo Claire Morel.\n\n\
                        Pourquoi partir ?\n\nJean Dupuis : J'étais las.\n\n\
                        Et maintenant ?\n\nJ. D. : Je repars.\n";
        assert_eq!(found(credited), Some((Some("Jean Dupuis".to_string()), 4)));
        // Initials alone, or the interviewer's own name, name no interviewee.
        let initials = "Anne Lys publie un livre.\n\nPropos recueillis par Paul Roux.\n\n\
                        Pourquoi partir ?\n\nA. L. : J'étais lasse.\n\n\
                        Et maintenant ?\n\nA. L. : Je repars.\n";
        assert_eq!(found(initials), Some((Some("Anne Lys".to_string()), 4)));
    }

    #[test]
    fn markers_give_the_interviewer() {
        let name = |p: &str| marker(p).map(|m| m.name);
        assert_eq!(
            name("Propos recueillis par Claire Vasseur."),
            Some(Some("Claire Vasseur".into()))
        );
        assert_eq!(
            name("(Propos recueillis par Jean-Marc Ollier)"),
            Some(Some("Jean-Marc Ollier".into()))
        );
        assert_eq!(name("ENTRETIEN"), Some(None));
        assert_eq!(name("**Entretien**"), Some(None));
        assert_eq!(name("Un entretien difficile pour le ministre."), None);
        assert_eq!(
            name(
                "Le ministre a consacré l'essentiel de l'entretien réalisé par la chaîne aux retraites, sans rien annoncer."
            ),
            None
        );
    }
}
