//! Who speaks a quotation after a colon that no reporting verb introduces, in the patterns
//! the colon rule of `cues` leaves without a speaker:
//!
//! - a subject the word lists do not know as a role, with a full name set beside it between
//!   commas (`Son voisin, Lucien Morel, est plus amer : « … »`, `Le créateur de la série, Yann
//!   Guivarch, assume ce rythme : « … »`): the name speaks;
//! - a clause opening on a participle of being asked (`Invité à prendre la parole en dernier,
//!   Dominique Hanus s'est levé : « … »`): its subject is after the participle's comma;
//! - the press formula `Même son de cloche chez X :`, `Même constat chez X, pharmacien :`: the
//!   person after `chez` speaks.
//!
//! On dev2..dev78 the name beside a subject fires on 2 sentences, the participle on 5 (2 of
//! them without a speaker before), `Même … chez` on 3 (1 without one before); each is coded
//! with the speaker it gives.

use super::np::{self, Np, NpKind};
use super::text::Tok;

/// The subject of the clause before a quotation's colon, with the full name set beside it
/// between commas when the subject itself names no speaker (`Son voisin, Lucien Morel, est
/// plus amer : « … »`, `Le créateur de la série, Yann Guivarch, assume ce rythme : « … »`).
pub(crate) fn named_beside(toks: &[Tok], subject: Np) -> Np {
    if subject.kind.is_speaker() {
        return subject;
    }
    let with = np::with_apposition(toks, subject.clone());
    if with.kind == NpKind::Name {
        with
    } else {
        subject
    }
}

/// Participles of being asked or invited that open a clause before its subject (folded):
/// `Invité à s'exprimer, il…`, `Interrogée sur…, la ministre…`.
const ASKED: &[&str] = &[
    "invite",
    "invitee",
    "invites",
    "invitees",
    "interroge",
    "interrogee",
    "interroges",
    "interrogees",
    "questionne",
    "questionnee",
    "sollicite",
    "sollicitee",
    "joint",
    "jointe",
];

/// Whether the clause opens on a participle of being asked, so that its subject comes after
/// the first comma.
pub(crate) fn fronted_participle(opening: &Tok) -> bool {
    opening.is_word() && ASKED.contains(&opening.norm())
}

/// Words that open the formula `Même son de cloche chez X :` (folded).
const SAME_VIEW: &[&str] = &["meme", "autre"];

/// The most words between `Même` and `chez` (`son de cloche`).
const SAME_VIEW_WORDS: usize = 4;

/// `Même son de cloche chez Kadiatou Sangaré, enseignante :`, `Même constat chez Jean-Marc
/// Pirou, pharmacien à Limoges :`: the speaker after `chez`, when the clause opens on `Même`
/// or `Autre` and the phrase after `chez` reaches the colon or a comma before it.
pub(crate) fn same_view_at(toks: &[Tok], floor: usize, colon: usize) -> Option<Np> {
    if !toks
        .get(floor)
        .is_some_and(|t| SAME_VIEW.iter().any(|w| t.is(w)))
    {
        return None;
    }
    let chez =
        (floor + 1..(floor + 2 + SAME_VIEW_WORDS).min(colon)).find(|&k| toks[k].is("chez"))?;
    let np = np::with_apposition(toks, np::group_forward(toks, chez + 1, false)?);
    // The phrase reaches the colon, or a description of the person follows its comma
    // (`chez Jean-Marc Pirou, pharmacien à Limoges :`).
    let ends = np.end == colon || toks.get(np.end).is_some_and(|t| t.is_punct(','));
    (ends && np.end <= colon && np.kind.is_speaker() && np.kind != NpKind::FirstPerson)
        .then_some(np)
}
