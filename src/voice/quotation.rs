//! What a quoted region is: a quotation, a fragment of someone's words, a scare quote or a
//! name; and the attribution incise some quotations hold (`« Nous partirons, a-t-il dit, mais
//! pas seuls. »`).
//!
//! The rule for partial and scare quotes, decided on the genre:
//!
//! - A region is a **full quotation** when an attribution is attached to it (after it: `»,
//!   a déclaré X`; before it: `X a déclaré : « …`, `Selon X, « …`, `X : « …`), when it is
//!   introduced by a colon, when it opens its sentence, when it continues a quotation from the
//!   previous paragraph or sentence, when it holds several sentences, or when it is a turn of
//!   an interview (dialogue dash). A quotation right after a reporting verb without a colon
//!   (`a lancé « Nous ne céderons pas »`) is full when it starts with a capital letter or holds
//!   more than [`FRAGMENT_MAX_WORDS`] words, unless it opens on a lower-case article (`a salué
//!   « un travail sérieux, qui… »`: the verb's object, however long); otherwise it is a
//!   fragment of the reported content (`a dénoncé « un abandon en plein vol »`).
//! - Any other region is woven into the syntax of its sentence. Inside the content of a
//!   reported statement it belongs to that statement's speaker (a `direct` quote of theirs; the
//!   sentence stays `indirect`). Right after the auxiliary of a speaker subject it holds that
//!   speaker's own verb (`Le ministre a « pris acte » de la décision`): theirs too, and the
//!   sentence reports them. After a naming noun (`l'opération « Barkhane »`, `le journal
//!   « Le Soir »`) it is a name, not a quotation. Otherwise it is the author's: a scare quote
//!   when it has at most [`SCARE_MAX_WORDS`] words, a partial quotation of an unnamed source
//!   when longer; either way the sentence is `mixed`.

use crate::span::Span;

use super::cues::Who;
use super::group::{self, VerbGroup};
use super::np::{self, NpKind};
use super::text::{Tok, tokenize, tokenize_head};
use super::verbs::VerbTable;

/// Longest fragment, in words, that a scare quote may be.
pub(crate) const SCARE_MAX_WORDS: usize = 8;
/// Longest lower-case quotation right after a verb that is still a fragment of reported
/// content rather than a quotation of its own.
pub(crate) const FRAGMENT_MAX_WORDS: usize = 12;
/// How many commas (and question or exclamation marks) of one quotation are examined for an
/// incise: incises sit in the first
/// clauses, and the bound keeps a very long quotation linear.
const INCISE_COMMAS: usize = 32;
/// How far after a comma an incise is read, in bytes.
const INCISE_WINDOW: usize = 160;

/// Number of words in `text[span]`, counted up to `limit + 1`.
pub(crate) fn word_count(text: &str, span: Span, limit: usize) -> usize {
    text[span.start..span.end]
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(limit + 1)
        .count()
}

/// True when the content starts with an upper-case letter.
pub(crate) fn starts_upper(text: &str, span: Span) -> bool {
    text[span.start..span.end]
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_uppercase)
}

/// True when the content holds a sentence end followed by another sentence (`… . Nous …`).
pub(crate) fn holds_sentences(text: &str, span: Span) -> bool {
    let s = &text[span.start..span.end];
    let bytes = s.as_bytes();
    for i in memchr::memchr3_iter(b'.', b'?', b'!', bytes) {
        let rest = &s[i + 1..];
        let trimmed = rest.trim_start();
        if trimmed.len() < rest.len() && trimmed.chars().next().is_some_and(char::is_uppercase) {
            return true;
        }
    }
    false
}

/// An attribution set inside a quotation between commas.
pub(crate) struct Incise<'t> {
    /// From the comma before it to the end of the speaker (or of the verb).
    pub span: Span,
    /// The tokens the incise was read on, for the speaker's resolution.
    pub toks: Vec<Tok<'t>>,
    pub group: VerbGroup,
    pub who: Who,
}

/// The first attribution incise in a quotation's content: `, a-t-il dit,`, `, dit-elle,`,
/// `, a déclaré le maire,`, `, explique X.` at the end. The incise's tokens borrow `arena`.
pub(crate) fn incise<'t>(
    text: &'t str,
    content: Span,
    verbs: &VerbTable,
    arena: &'t mut String,
) -> Option<Incise<'t>> {
    let bytes = &text.as_bytes()[content.start..content.end];
    let mut scratch = String::new();
    // A comma opens an incise (`, a-t-il dit,`); so does a question or exclamation mark
    // before a verb in lower case (`— Vous partez ? demande la présidente.`), where French
    // sets the incise of a question or an exclamation without a comma.
    let window = memchr::memchr3_iter(b',', b'?', b'!', bytes)
        .take(INCISE_COMMAS)
        .map(|rel| {
            let at = content.start + rel;
            let mut end = (at + INCISE_WINDOW).min(content.end);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            Span::new(at, end)
        })
        .find(|&w| read(text, w, content, verbs, &mut scratch).is_some())?;
    read(text, window, content, verbs, arena)
}

/// The incise that starts at the comma opening `window`, if it is one.
fn read<'t>(
    text: &'t str,
    window: Span,
    content: Span,
    verbs: &VerbTable,
    arena: &'t mut String,
) -> Option<Incise<'t>> {
    // The verb group must start at the word after the comma and its verb be one of the three
    // tokens after it. Those tokens are the first of the window's, and whether a token may be
    // a verb is read from the token alone ([`group::may_be_verb`]): when none may, the window
    // holds no incise, and the rest of it is not read.
    let head = tokenize_head(text, window, 4, arena);
    if !(1..head.len().min(4)).any(|k| group::may_be_verb(&head[k], verbs)) {
        return None;
    }
    let toks = tokenize(text, window, &[], arena);
    // After `?` or `!` the incise goes on in lower case; a capital opens the next sentence.
    if !toks.first().is_some_and(|t| t.is_punct(','))
        && toks.get(1).is_none_or(|t| !t.is_word() || t.cap || t.caps)
    {
        return None;
    }
    let g = (1..toks.len().min(4))
        .filter_map(|k| group::at(&toks, k, verbs))
        .find(|g| g.start == 1)?;
    let (who, after) = match g.inverted {
        Some((t, gender, number)) => (Who::Inverted(t, gender, number), g.end),
        None => match np::group_forward(&toks, g.end, true) {
            Some(np)
                if np.kind.is_speaker()
                    && !matches!(np.kind, NpKind::Pronoun | NpKind::FirstPerson) =>
            {
                // `…, explique le directeur de l'agence, Paul Morel. Nous…`: the name set beside
                // the role speaks.
                let np = np::with_apposition(&toks, np);
                let e = np.end;
                (Who::Np(np), e)
            }
            _ => return None,
        },
    };
    // The incise must close: a comma, a full stop, or the end of the quotation.
    let closes = match toks.get(after) {
        Some(t) => t.is_punct(',') || t.is_punct('.') || t.is_punct('…'),
        None => window.end == content.end,
    };
    if !closes {
        return None;
    }
    let last = toks[after - 1].span.end;
    Some(Incise {
        span: Span::new(window.start, last),
        toks,
        group: g,
        who,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Stance;

    #[test]
    fn counts_and_shapes() {
        let s = "un abandon en plein vol";
        assert_eq!(word_count(s, Span::new(0, s.len()), 10), 5);
        assert!(!starts_upper(s, Span::new(0, s.len())));
        let s = "Nous partirons. Pas avant mardi.";
        assert!(holds_sentences(s, Span::new(0, s.len())));
        assert!(!holds_sentences("3.5 millions", Span::new(0, 12)));
    }

    #[test]
    fn incises() {
        let verbs =
            VerbTable::from_pairs([("dire", Stance::Neutral), ("déclarer", Stance::Neutral)]);
        let s = "Nous partirons, a-t-il dit, mais pas seuls.";
        let mut arena = String::new();
        let i = incise(s, Span::new(0, s.len()), &verbs, &mut arena).unwrap();
        assert_eq!(&s[i.span.start..i.span.end], ", a-t-il dit");
        let s = "Nous partirons, a déclaré le maire de Gao, mais pas seuls.";
        let mut arena = String::new();
        let i = incise(s, Span::new(0, s.len()), &verbs, &mut arena).unwrap();
        assert_eq!(&s[i.span.start..i.span.end], ", a déclaré le maire de Gao");
        let s = "Nous partirons, dit-elle.";
        assert!(incise(s, Span::new(0, s.len()), &verbs, &mut String::new()).is_some());
        let s = "Nous partirons, je l'ai dit, demain.";
        assert!(incise(s, Span::new(0, s.len()), &verbs, &mut String::new()).is_none());
        let s = "Le maire, a-t-on vu, est parti.";
        assert!(incise(s, Span::new(0, s.len()), &verbs, &mut String::new()).is_none());
    }
}
