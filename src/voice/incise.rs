//! The words an incise sets between its reporting verb and the subject it inverts.
//!
//! After a quotation the reporting verb comes first and its subject after it (`», a déclaré
//! le maire`). News often slips a word or two in between: an adverb of manner or time (`»,
//! demande d'emblée la présidente`, `», a assuré de son côté le Groupement`, `», dit d'elle
//! Rachid Bellaoui`), the medium the words were given to with `pour` (`», a résumé pour
//! l'Hexapresse Julie Marchetti`), or an adjective set between commas (`», assurait, hilare,
//! son tourneur`). [`past_adverbials`] steps over them so that the subject is still found.
//! It applies only right after a quotation, where a verb with a phrase after it is an incise.
//! On dev2..dev78 it steps over words in 8 sentences, in 7 sets; all 8 are coded with the
//! subject it finds as their speaker.

use super::lexis;
use super::np;
use super::text::Tok;

/// Adverbial phrases (folded tokens) set between an incise verb and its inverted subject.
const ADVERBIALS: &[&[&str]] = &[
    &["d'", "emblee"],
    &["d'", "entree"],
    &["de", "son", "cote"],
    &["de", "leur", "cote"],
    &["pour", "sa", "part"],
    &["pour", "leur", "part"],
    &["a", "son", "tour"],
    &["a", "leur", "tour"],
    &["d'", "elle"],
    &["d'", "elles"],
    &["d'", "eux"],
    &["de", "lui"],
    &["en", "souriant"],
    &["en", "riant"],
    &["en", "substance"],
    &["dans", "la", "foulee"],
    &["aussitot"],
    &["ensuite"],
    &["alors"],
    &["enfin"],
    &["encore"],
    &["aussi"],
    &["egalement"],
    &["simplement"],
    &["sobrement"],
    &["laconiquement"],
    &["prudemment"],
];

/// The most words of an insert set between commas after the verb (`, hilare,`, `, la voix
/// nouée,`).
const INSERT_MAX: usize = 3;

/// Whether the verb group starting at `verb_start` follows a quotation, with or without a
/// comma: the place of an incise.
fn after_quotation(toks: &[Tok], verb_start: usize) -> bool {
    let prev = verb_start.checked_sub(1).and_then(|p| toks.get(p));
    match prev {
        Some(p) if np::is_quote(p) => true,
        Some(p) if p.is_punct(',') => verb_start
            .checked_sub(2)
            .and_then(|p| toks.get(p))
            .is_some_and(np::is_quote),
        _ => false,
    }
}

/// The adverbial phrase of [`ADVERBIALS`] at `at`, as the index after it.
fn adverbial_at(toks: &[Tok], at: usize) -> Option<usize> {
    ADVERBIALS.iter().find_map(|words| {
        let fits = words
            .iter()
            .enumerate()
            .all(|(k, w)| toks.get(at + k).is_some_and(|t| t.is(w)));
        fits.then_some(at + words.len())
    })
}

/// `pour l'Hexapresse`, `pour Le Courrier`: the medium the words were given to, a proper name
/// after `pour` and an optional article.
fn medium_at(toks: &[Tok], at: usize) -> bool {
    if !toks.get(at).is_some_and(|t| t.is("pour")) {
        return false;
    }
    let mut k = at + 1;
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.norm(), "l'" | "le" | "la" | "les"))
    {
        k += 1;
    }
    toks.get(k)
        .is_some_and(|name| name.is_word() && name.cap && lexis::determiner(name).is_none())
}

/// `, hilare,`, `, la voix nouée,` after the verb: the index after the second comma, when the
/// insert is at most [`INSERT_MAX`] lower-case words.
fn insert_at(toks: &[Tok], at: usize) -> Option<usize> {
    if !toks.get(at)?.is_punct(',') {
        return None;
    }
    let close =
        (at + 2..=at + 1 + INSERT_MAX).find(|&k| toks.get(k).is_some_and(|t| t.is_punct(',')))?;
    toks[at + 1..close]
        .iter()
        .all(|t| t.is_word() && !t.cap && !t.caps)
        .then_some(close + 1)
}

/// Where the inverted subject of an incise verb may start, past the adverbials, the medium
/// after `pour`, and an insert between commas that stand between the verb (its group starting
/// at `verb_start`, ending at `at`) and the subject. `at` itself when the verb does not follow a
/// quotation or nothing stands there. With `true` the index is that of `pour` before a
/// medium, which the caller reads as an addressee (the medium, then the person).
pub(crate) fn past_adverbials(toks: &[Tok], verb_start: usize, at: usize) -> (usize, bool) {
    if !after_quotation(toks, verb_start) {
        return (at, false);
    }
    let mut k = at;
    // Two at most: `», a dit, hilare, d'emblée le maire` is already rare.
    for _ in 0..2 {
        match adverbial_at(toks, k).or_else(|| insert_at(toks, k)) {
            Some(next) => k = next,
            None => break,
        }
    }
    (k, medium_at(toks, k))
}

/// `Selon le maire, Hervé Lambrecht (divers droite), …`, `Pour la maire, Sylvie Arnaud-Blanc
/// (sans étiquette), …`: whether a party label in brackets at `open`, then a comma, close the
/// name set beside the role of `selon` or `pour`, as the comma alone does (2 sentences on
/// dev2..dev78 with a person, 1 with a body and its acronym; all coded with that name).
pub(crate) fn label_then_comma(toks: &[Tok], open: usize) -> bool {
    np::party_in_brackets(toks, open)
        .is_some_and(|c| toks.get(c + 1).is_some_and(|t| t.is_punct(',')))
}
