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
//! `Entretien réalisé par X` or a paragraph that is just `ENTRETIEN` or `Interview`; and when it
//! has at least [`MIN_QUESTIONS`] question paragraphs each followed by an answer.
//!
//! - A **question** is a paragraph of at most [`MAX_QUESTION_WORDS`] words that ends with `?`
//!   (emphasis marks, closing quotes and brackets aside) or opens with `Q :` / `Question :`.
//!   Paragraphs opening with a dialogue dash are left to the dash reading of interviews.
//! - A **prompt** phrased as a statement is a question too: one short sentence right after an
//!   answer, answered in the next paragraph, that speaks to the interviewee (`Vous avez
//!   pourtant voté ce budget.`, `Certains vous reprochent…`) or sets a fact against the answer
//!   (`La préfecture parle pourtant d'un taux élevé.`), with no first person.
//! - An **answer** is every paragraph after a question up to the next question (the paragraph
//!   right after a question is an answer even when it ends with `?`).
//! - The **interviewee** is the first full name (two words or more) of the paragraphs before
//!   the first question, other than the interviewer's; the **interviewer** is the name after
//!   `Propos recueillis par` (or the caller's choice).
//! - The interview stops at the marker line when it comes after the questions, and a paragraph
//!   that names the interviewee (`X a publié en 2024…`) is the author's note, not an answer.
//!
//! A **transcript** of a radio or television interview or of a debate names the speaker before
//! each turn: `ÉLODIE VANNIER : Bonjour.`, `Marc Lenoir : Non.` ([`transcript`]). Each labelled
//! paragraph is the labelled person's words, whatever it says, and needs no credit line: the
//! labels themselves say who speaks, once at least two people each speak at least twice.

use crate::segment::Segmentation;
use crate::span::Span;
use crate::text::fold_str;

use super::np::{self, NpKind, text_of};
use super::text;

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
    /// The paragraphs of the interview with their turn, in order.
    pub turns: Vec<(usize, Turn)>,
}

/// What the article's credit lines and labels say, read in one pass over its paragraphs.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Credits {
    /// The first paragraph that marks an interview (a credit line or a label).
    pub marked: Option<usize>,
    /// The interviewer the first credit line that names one gives (`Propos recueillis par
    /// Claire Vasseur`), used for dash interviews too.
    pub interviewer: Option<String>,
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
    pub paragraph: usize,
    pub speaker: String,
    pub label: Span,
    pub content: Span,
}

/// Reads the article as a transcript whose paragraphs open with the speaker's name and a colon
/// (`ÉLODIE VANNIER : …`, `Marc Lenoir : …`), when at least two labels each open at least
/// [`MIN_TRANSCRIPT_TURNS`] paragraphs.
pub(crate) fn transcript(text: &str, seg: &Segmentation) -> Option<Vec<TranscriptTurn>> {
    let mut turns = Vec::new();
    for (i, p) in seg.paragraphs.iter().enumerate() {
        if let Some((speaker, label, content)) = speaker_label(p.span.slice(text)) {
            turns.push(TranscriptTurn {
                paragraph: i,
                speaker,
                label: Span::new(p.span.start + label.start, p.span.start + label.end),
                content: Span::new(p.span.start + content, p.span.end),
            });
        }
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for t in &turns {
        match counts.iter_mut().find(|(l, _)| *l == t.speaker) {
            Some((_, n)) => *n += 1,
            None => counts.push((&t.speaker, 1)),
        }
    }
    let speakers = counts
        .iter()
        .filter(|(_, n)| *n >= MIN_TRANSCRIPT_TURNS)
        .count();
    (speakers >= 2).then_some(turns)
}

/// The speaker label that opens a paragraph, as a name, with the span of the label as written
/// and the byte offset of the words after it (both within the paragraph): one to [`MAX_LABEL_WORDS`] words, each capitalised (`Marc Lenoir`, `ÉLODIE VANNIER`, `LE
/// PRÉSENTATEUR`, particles such as `de` allowed inside; a single word only in capitals), then
/// a colon and words. Page
/// furniture (`Photo :`, `Lire aussi :`) and a rubric before a headline are not speakers;
/// nor is a one-letter label (`Q :`), which the question-and-answer reading handles.
fn speaker_label(paragraph: &str) -> Option<(String, Span, usize)> {
    let lead = paragraph.len() - paragraph.trim_start().len();
    let rest = &paragraph[lead..];
    // A label is short: its colon comes within the first 80 bytes.
    let head = &rest[..rest.floor_char_boundary(80)];
    let colon = head.find(':')?;
    let label = rest[..colon]
        .trim()
        .trim_matches(|c| c == '*' || c == '_')
        .trim();
    let label_start = lead + (label.as_ptr() as usize - rest.as_ptr() as usize);
    let after =
        rest[colon + 1..].trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    if after.is_empty() || label.chars().count() < 2 {
        return None;
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
    if words.len() == 1 && label.chars().any(char::is_lowercase) {
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
            if w.chars().any(char::is_lowercase) {
                (*w).to_string()
            } else {
                title_case(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    Some((
        name,
        Span::new(label_start, label_start + label.len()),
        lead + (rest.len() - after.len()),
    ))
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

/// Reads the credit lines and labels of an article.
pub(crate) fn credits(text: &str, seg: &Segmentation) -> Credits {
    let mut out = Credits::default();
    for (i, p) in seg.paragraphs.iter().enumerate() {
        let Some(m) = marker(p.span.slice(text)) else {
            continue;
        };
        out.marked.get_or_insert(i);
        if m.name.is_some() {
            out.interviewer = m.name;
            break;
        }
    }
    out
}

/// Reads the article's paragraphs as a question-and-answer interview, when they are one.
pub(crate) fn detect(text: &str, seg: &Segmentation, credits: &Credits) -> Option<Interview> {
    let marked = credits.marked?;
    let paragraphs: Vec<&str> = seg.paragraphs.iter().map(|p| p.span.slice(text)).collect();
    let questions: Vec<bool> = paragraphs.iter().map(|p| is_question(p)).collect();
    let first = (0..paragraphs.len()).find(|&i| questions[i] && i != marked)?;
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
        // below) ends the interview.
        if i > first && marker(paragraphs[i]).is_some() {
            break;
        }
        // A prompt phrased as a statement (`Vous avez pourtant voté ce budget.`) right after
        // an answer, and answered in the next paragraph, is the interviewer's.
        let prompt = previous == Some(Turn::Answer)
            && i + 1 < end
            && !questions[i + 1]
            && is_prompt(paragraphs[i]);
        let turn = if (questions[i] && previous != Some(Turn::Question)) || prompt {
            Turn::Question
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

    let interviewer = credits.interviewer.clone();
    let intro = seg.paragraphs[..first]
        .iter()
        .map(|p| p.span)
        .collect::<Vec<_>>();
    let interviewee = intro
        .iter()
        .find_map(|&span| full_name(text, span, interviewer.as_deref()));
    if let Some(name) = &interviewee {
        let surname = name.split_whitespace().last().map(fold_str);
        turns.retain(|&(i, turn)| {
            turn == Turn::Question
                || !surname
                    .as_deref()
                    .is_some_and(|s| names_word(paragraphs[i], s))
        });
    }
    Some(Interview {
        interviewer,
        interviewee,
        turns,
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
    let first_person = words.iter().any(|w| {
        matches!(
            *w,
            "je" | "j" | "me" | "m" | "moi" | "mon" | "ma" | "mes" | "nous" | "notre" | "nos"
        )
    });
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
    if bare.starts_with('«') || bare.starts_with('"') || bare.starts_with('“') {
        return false;
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
    let mut arena = String::new();
    let toks = text::tokenize(text, span, &[], &mut arena);
    let skip = skip.map(fold_str);
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
            if person && skip.as_deref() != Some(fold_str(&name).as_str()) {
                return Some(name);
            }
        }
        i = found.end.max(i + 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_transcript_needs_two_speakers_with_two_turns_each() {
        let read = |text: &str| {
            let seg = crate::segment::segment(text, Span::new(0, text.len()), &[]);
            transcript(text, &seg).map(|t| t.len())
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
    fn the_interviewee_is_a_person_not_a_body_named_before() {
        let text = "Selon Santé publique France, la canicule a tué 3 100 personnes. Gériatre à \
                    Caen, Annick Fabre dirige un service.\n\nPropos recueillis par Marc Olivier.\n\n\
                    **Le plan suffit-il ?**\n\nNon.\n\n**Que faut-il faire ?**\n\nRecruter.";
        let seg = crate::segment::segment(text, Span::new(0, text.len()), &[]);
        let found = detect(text, &seg, &credits(text, &seg)).expect("an interview");
        assert_eq!(found.interviewee.as_deref(), Some("Annick Fabre"));
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
