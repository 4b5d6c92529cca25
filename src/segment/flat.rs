//! Paragraph breaks that a flattened text lost, found again on the line.
//!
//! Scrapers and CSV exports often join every paragraph of an article with one space, so the
//! page furniture that line breaks kept apart (a genre label `ÉDITORIAL`, a rubric
//! `POLITIQUE`, a byline `Par Anne Roux`, a subheading, a list) is glued to the sentence after
//! it. A one-line paragraph is cut, before a word `W`, into paragraphs of their own, when the
//! piece before `W` (since the start of the line, the end of the last sentence or the last
//! cut) holds a letter or a digit, is short (at most [`PIECE_MAX_WORDS`] words), has no final punctuation and lies
//! outside any quotation or parenthesis, and one of these holds:
//!
//! - `W` is a capitalised word that opens sentences (`Le`, `Il`, `Selon`, `Depuis`, an interrogative such as `Quelle`
//!   or `Combien`…) followed
//!   by a lower-case word, a digit, a quotation or a comma (a day, `Dimanche,`, only by a
//!   comma), after a word ending in a letter, a digit or a
//!   closing mark that is no article, preposition, name particle (`del`, `van`), noun
//!   naming a title (`l'association Tous en classe`, `le film Une femme`) or verb in `-ez`: a capital there means a new line
//!   (`ÉDITORIAL Il est…`, `Des frondeurs dans la majorité Une vingtaine de députés…`,
//!   `Par Anne Roux Le conseil…`). An elided opener counts when a lower-case letter follows
//!   its apostrophe (`L'agence`, not `L'Oréal`). A name or title such as `Le Monde`,
//!   `Les Républicains`, `Le Floch` is followed by a capital and stays.
//! - The piece is a quotation (`« Je regrette » Le prévenu…`) and `W` a capitalised word or a
//!   quotation.
//! - The piece is a byline, a credit or a link (opened by `Par`, `Propos`, `Publié`, `Photo`,
//!   `Crédit`, `©`, `Lire aussi`, `À lire aussi`, `Voir aussi`, and at most
//!   [`FURNITURE_MAX_WORDS`] words), or holds a date stamp after a name (`Julie Mareuil |
//!   publié le 16/11/2026 à 06h30`), and `W` a capitalised word or a quotation after a token
//!   holding a digit (`Publié le 3 mars 2026 La Commission…`).
//! - `W` opens a byline or a credit (`Par` and a capitalised name or `la rédaction`, `Propos
//!   recueillis`, `Publié le`, `Mis à jour` unless after `Publié`, `©` unless after `Photo`,
//!   `Photo :`, `Lire aussi`).
//! - The piece is a run of capitals (five letters at least, so an acronym such as `SNCF
//!   Réseau` stays) and `W` is a capitalised word or a quotation (`CINÉMA Inès Carrel`,
//!   `LA CHRONIQUE DE MAX PELLEGRIN Bonne nouvelle`).
//! - The piece is a genre label (`Analyse`, `Tribune`, `La chronique de Max Pellegrin`: see
//!   [`crate::genre::is_label_line`], at most [`LABEL_MAX_WORDS`] words) and `W` a capitalised
//!   word in title case that does not go on with the label (`Analyse Bastien Lafarge`; `Le
//!   billet de Margot Sauvageon` is one label).
//! - `W` is a list marker (`•`, `-`, `–`, `1.`, `2)`) after a word ending in `:` or `;`, or a
//!   bullet inside a piece opened by a bullet, however long the piece (`À retenir : • A : 33 % • B : 28 %`).
//!
//! A list item cut off before its marker ends with its first sentence: the paragraph after
//! the list starts there (`• C : 12 %. Le taux de participation…`).
//!
//! A dialogue dash (`–` or `—` alone, then a capitalised word or a quotation) right after the
//! end of a sentence opens a reply of a flattened scene or transcript (`… sans frapper. – Vous
//! êtes en retard, lance-t-elle. – De dix minutes. La remarque…`): the reply is a paragraph of
//! its own, opened by its dash (so read as a quotation), and ends with its first sentence, as
//! a list item does, unless the next sentence opens in the first person or on `tu` (`Je`,
//! `J'…`, `Moi,`, `Tu`, `Toi`: the speaker goes on; the journalist of a portrait says `nous`).
//! A reply going on in the third person loses its next sentences: a known limit. A dash inside a sentence or before a lower-case word is an incise and stays, and so
//! does a dash after a closing quotation mark: it credits the quotation (`… On s'en
//! souviendra. » — Olivier Brasseur (@OBrasseur) 24 novembre 2026`).
//!
//! A piece ending with a comma, a colon or a dash is never cut off, so a wire dateline
//! (`PARIS, 24 novembre (AFP) – Le…`, `BRUXELLES – La Commission…`) opens its first sentence;
//! and a piece holding a comma outside quotations (a comma that ends a word: `1,9 %` holds
//! none) is cut off only when it is a byline (`Par Anne Roux, correspondante Le…`), a run of
//! capitals or at most [`COMMA_MAX_WORDS`] words long (`Le Sénat, prochaine étape`). A text whose lines were kept has its
//! furniture on lines of its own, so these rules rarely find anything to cut there. Every
//! decision reads the tokens around one word and the state of the current piece: the pass is
//! linear.

use std::sync::LazyLock;

use crate::hash::WordMap;
use crate::span::Span;

use super::text::{is_space, skip_space_back};

/// Longest piece, in words, that may be cut off as a paragraph of its own.
const PIECE_MAX_WORDS: usize = 14;
/// Longest byline, credit or link (`Lire aussi : …`), in words, that may be cut off.
const FURNITURE_MAX_WORDS: usize = 24;
/// Longest piece holding a comma, in words, that may be cut off when it is no byline and no
/// run of capitals (`Le Sénat, prochaine étape`).
const COMMA_MAX_WORDS: usize = 8;
/// Longest genre label (`La chronique de Max Pellegrin`), in words, cut off before a
/// capitalised word.
const LABEL_MAX_WORDS: usize = 8;
/// Longest piece, in bytes, that may be cut off.
const PIECE_MAX_BYTES: usize = 600;
/// Fewest letters of a run of capitals cut off before a capitalised word.
const CAPS_MIN_LETTERS: usize = 5;

/// Capitalised words that open sentences and are no part of a name.
const OPENERS: &[&str] = &[
    "Le",
    "La",
    "Les",
    "Un",
    "Une",
    "Des",
    "Du",
    "Il",
    "Elle",
    "Ils",
    "Elles",
    "On",
    "Ce",
    "Cet",
    "Cette",
    "Ces",
    "Cela",
    "Ça",
    "Mais",
    "Et",
    "Or",
    "Car",
    "Pour",
    "Selon",
    "Depuis",
    "Dans",
    "En",
    "À",
    "Au",
    "Aux",
    "Après",
    "Avant",
    "Lors",
    "Pendant",
    "Sur",
    "Avec",
    "Chez",
    "Si",
    "Quand",
    "Lorsque",
    "Comme",
    "Alors",
    "Ainsi",
    "Pourtant",
    "Enfin",
    "Nous",
    "Vous",
    "Je",
    "Son",
    "Sa",
    "Ses",
    "Leur",
    "Leurs",
    "Mon",
    "Ma",
    "Mes",
    "Notre",
    "Nos",
    "Votre",
    "Vos",
    "Tout",
    "Tous",
    "Toute",
    "Toutes",
    "Hier",
    "Aujourd'hui",
    "Aujourd’hui",
    "Depuis",
    "Déjà",
    "Trois",
    "Deux",
    "Quatre",
    "Cinq",
    "Six",
    "Dix",
    "Cent",
    "Mille",
    "Chaque",
    "Aucun",
    "Aucune",
    "Certains",
    "Plusieurs",
    "Entre",
    "Contre",
    "Sans",
    "Voilà",
    "Encore",
    "Jamais",
    "Qui",
    "Que",
    "Pourquoi",
    "Comment",
    "Quel",
    "Quelle",
    "Quels",
    "Quelles",
    "Combien",
];

/// Days, which open a sentence when a comma follows them (`Dimanche, la ville vote`).
const WEEKDAYS: &[&str] = &[
    "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche",
];

/// Elided openers (`L'agence`, `D'autres`, `C'est`), apostrophe included.
const ELIDED: &[&str] = &[
    "L'", "L’", "D'", "D’", "C'", "C’", "J'", "J’", "Qu'", "Qu’", "S'", "S’", "N'", "N’",
];

/// Words after which a capitalised word belongs to the same phrase (`selon Le Monde`).
const STOP: &[&str] = &[
    "del",
    "der",
    "van",
    "von",
    "di",
    "da",
    "dos",
    "das",
    "association",
    "collectif",
    "mouvement",
    "film",
    "livre",
    "roman",
    "journal",
    "quotidien",
    "hebdomadaire",
    "magazine",
    "émission",
    "opération",
    "programme",
    "festival",
    "groupe",
    "parti",
    "syndicat",
    "rubrique",
    "site",
    "application",
    "campagne",
    "slogan",
    "pétition",
    "série",
    "album",
    "spectacle",
    "exposition",
    "ouvrage",
    "essai",
    "pièce",
    "chanson",
    "podcast",
    "plateforme",
    "dispositif",
    "plan",
    "projet",
    "titre",
    "intitulé",
    "baptisé",
    "baptisée",
    "nommé",
    "nommée",
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "du",
    "de",
    "à",
    "au",
    "aux",
    "en",
    "et",
    "ou",
    "par",
    "pour",
    "sur",
    "sous",
    "dans",
    "avec",
    "chez",
    "que",
    "qui",
    "selon",
    "entre",
    "vers",
    "contre",
    "sans",
    "dont",
    "comme",
    "mais",
    "ni",
    "car",
    "or",
    "ce",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "notre",
    "nos",
    "votre",
    "vos",
    "mon",
    "ma",
    "mes",
];

/// Words opening a sentence that goes on with a reply of a dialogue (`– Vous écrirez ce que
/// vous voudrez. Moi, je n'ai plus à juger personne.`).
const SPEAKS: &[&str] = &["Je", "Moi", "Tu", "Toi"];

/// Whether `w` opens a sentence in the first person or on `tu` ([`SPEAKS`], `J'…`).
fn speaks(w: &str) -> bool {
    SPEAKS.contains(&w.trim_end_matches(',')) || w.starts_with("J'") || w.starts_with("J’")
}

/// Characters of a rating (`★★★★☆`).
const RATING: &[char] = &['★', '☆', '✩', '✪', '⭐'];

/// Words of a run of share buttons, lower case.
const SHARE: &[&str] = &[
    "partager",
    "facebook",
    "twitter",
    "tweeter",
    "x",
    "e-mail",
    "email",
    "mail",
    "envoyer",
    "whatsapp",
    "linkedin",
    "messenger",
    "bluesky",
    "imprimer",
    "lien",
    "copier",
];

/// Most words of a byline opened by `Par` whose end [`byline_ends`] looks for.
const BYLINE_NAME_MAX_WORDS: usize = 6;

/// Name particles, which neither count as a name word nor end a byline (`Le Goff`, `de La
/// Tour`, `Van Damme`).
pub(super) const PARTICLES: &[&str] = &[
    "de", "du", "des", "d'", "d’", "le", "la", "Le", "La", "De", "Du", "Des", "Van", "Von", "van",
    "von", "Di", "Da", "Del", "Della", "Mac", "Mc", "Ben", "El", "Al", "Saint", "Sainte",
];

/// Lower-case words that go on with a byline rather than open the prose (`et Marc Roy`, `avec
/// AFP`, `le 3 mars`, `correspondant à Lyon`).
const BYLINE_GOES_ON: &[&str] = &[
    "et",
    "avec",
    "à",
    "au",
    "aux",
    "de",
    "du",
    "des",
    "d'",
    "pour",
    "en",
    "dans",
    "sur",
    "publié",
    "publiée",
    "mis",
    "mise",
    "correspondant",
    "correspondante",
    "correspondants",
    "envoyé",
    "envoyée",
    "envoyés",
    "notre",
    "nos",
    "journaliste",
    "rédacteur",
    "rédactrice",
    "chef",
    "cheffe",
    "service",
];

/// What a byline's `Par` may be followed by besides a capitalised name.
const BYLINE_NEXT: &[&str] = &["la", "le", "les", "un", "une", "notre", "nos", "l'", "l’"];

/// The state of the piece being read.
#[derive(Default)]
struct Piece {
    start: usize,
    words: usize,
    comma: bool,
    letters: usize,
    /// Holds a letter or a digit.
    alnum: bool,
    caps: bool,
    first: Span,
}

/// Appends to `out` the paragraphs of the one-line paragraph `span`, cut by the rules of the
/// module header (just `span` when nothing is cut).
/// Whether [`split`] may cut the one-line paragraph `span` at all, read in one cheap pass
/// before `split` reads it word by word: a cut is made only before a list marker, or before a
/// word that does not open in lower case after a token that ends in a letter, a digit or a
/// closing mark ([`cuts`]), and then only in the cases this function looks for (a word that
/// opens sentences, an elided opener, a weekday, the words of a byline, a capitalised word
/// after a quotation, a figure or a word in capitals). Most paragraphs of a text that kept its
/// line breaks hold none of these and are left whole without being read twice. It answers
/// true for every paragraph `split` would cut (`tests::the_gate_lets_through_every_cut`).
/// Length in bytes from which a one-line paragraph is always read word by word.
const LONG_LINE_BYTES: usize = 1000;

pub(crate) fn may_cut(text: &str, tokens: &[Span]) -> bool {
    // A long line is read in full: a flattened article holds every kind of lost break, some
    // of which (a byline ending on a name, a genre label before a name, share buttons) this
    // pass does not look for.
    if let (Some(first), Some(last)) = (tokens.first(), tokens.last())
        && last.end - first.start >= LONG_LINE_BYTES
    {
        return true;
    }
    let word = |k: usize| tokens.get(k).map_or("", |t: &Span| t.slice(text));
    // Whether a piece opened by a byline's, a credit's or a link's word, or by a quotation
    // mark at the line's start or after a finished sentence, has been seen: it may be cut off
    // at its end. Read from the words' first bytes before any comparison.
    let mut byline = false;
    let mut quoted = false;
    // Whether the token before the current one ends a sentence as `split` reads it.
    let mut ended_before = true;
    // The first token of the piece `split` is reading, and its depth in quotation marks and
    // brackets, kept as `split` keeps them (a piece starts after a finished sentence at depth
    // 0 before a word that may open one): a genre label is read on the piece.
    let mut piece_start = 0;
    let mut depth = 0usize;
    // Whether the current piece opens with a label's first word, read once per piece.
    let mut label_head: Option<bool> = None;
    for k in 0..tokens.len() {
        let w = word(k);
        let b0 = w.as_bytes().first().copied().unwrap_or(b' ');
        // A rating stands on a line of its own after a finished sentence.
        if b0 == 0xE2 && rating(w) {
            return true;
        }
        if k > 0
            && !b0.is_ascii_lowercase()
            && (cut_candidate(word(k - 1), w, word(k + 1), byline, quoted)
                || label_ends(text, tokens, piece_start, k, &mut label_head))
        {
            return true;
        }
        if matches!(b0, b'P' | b'M' | b'C' | b'L' | b'V' | b'p' | 0xC3 | 0xC2) {
            byline |= matches!(
                w,
                "Par"
                    | "Propos"
                    | "Publié"
                    | "Publiée"
                    | "publié"
                    | "publiée"
                    | "Mis"
                    | "Photo"
                    | "Crédit"
                    | "Lire"
                    | "Voir"
                    | "À"
            ) || w.starts_with('©');
        }
        if matches!(b0, 0xC2 | 0xE2) {
            quoted |= ended_before && w.starts_with(['«', '“']);
        }
        if w.bytes().any(|b| matches!(b, b'(' | b')' | 0xC2 | 0xE2)) {
            for c in w.chars() {
                match c {
                    '«' | '“' | '(' => depth += 1,
                    '»' | '”' | ')' => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
        }
        ended_before = ends_at(k.checked_sub(1).map_or("", word), w);
        if depth == 0 && ended_before && opens(word(k + 1)) {
            piece_start = k + 1;
            label_head = None;
        }
    }
    false
}

/// Whether the piece from token `start` to the one before `k` is a genre label that the
/// title-case word `k` does not go on with (`Analyse Bastien Lafarge`): [`cuts`]' test, on the
/// piece `split` would be reading.
fn label_ends(
    text: &str,
    tokens: &[Span],
    start: usize,
    k: usize,
    label_head: &mut Option<bool>,
) -> bool {
    let w = tokens[k].slice(text);
    if k <= start
        || k - start > LABEL_MAX_WORDS
        || !first_upper(w)
        || !w.chars().nth(1).is_some_and(char::is_lowercase)
    {
        return false;
    }
    let piece = &text[tokens[start].start..tokens[k - 1].end];
    // The label's first word opens the piece, or the piece is a section path: only then is
    // the full reading of a label made. The head is read on the line from the piece's start,
    // long enough for any label's first word.
    let head = *label_head.get_or_insert_with(|| {
        let head_end = tokens[start..(start + 3).min(tokens.len())]
            .last()
            .map_or(tokens[start].end, |t| t.end);
        crate::genre::may_open_label(&text[tokens[start].start..head_end])
    });
    if !head && !crate::genre::has_breadcrumb_separator(piece) {
        return false;
    }
    crate::genre::is_label_line(piece) && !crate::genre::is_label_line(&format!("{piece} {w}"))
}

/// Whether the last character of the word before a cut may end a piece: a letter, a digit, a
/// closing mark, `%`, `*` or a rating's star (a piece ending in other punctuation is cut nowhere).
fn closes_a_word(last: char) -> bool {
    last.is_alphanumeric()
        || matches!(last, '»' | '”' | '"' | ')' | '%' | '*')
        || RATING.contains(&last)
}

/// Whether [`cuts`] could cut before `w` (after `prev`, before `next`) whatever the piece:
/// every condition of `cuts` that does not depend on the piece, and a weaker form of those
/// that do (see [`may_cut`]).
fn cut_candidate(prev: &str, w: &str, next: &str, byline: bool, quoted: bool) -> bool {
    let b0 = w.as_bytes().first().copied().unwrap_or(b' ');
    if matches!(b0, 0xE2 | b'-' | b'0'..=b'9') && list_marker(w) {
        return true;
    }
    if first_lower(w) {
        return false;
    }
    let Some(last) = prev.chars().next_back() else {
        return false;
    };
    if !closes_a_word(last) {
        return false;
    }
    let bare = w.trim_end_matches(',');
    let next_first = next.chars().next().unwrap_or(' ');
    let next_goes_on =
        next_first.is_lowercase() || next_first.is_numeric() || matches!(next_first, '«' | '“');
    let capital = first_upper(w) || w.starts_with(['«', '“']);
    let mut chars = w.chars();
    let word_then_lower = chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_lowercase);
    let candidate = (is_opener(bare) && (w.ends_with(',') || next_goes_on))
        || (quoted && last == '»' && capital)
        // Any capitalised word after a byline's, a credit's or a link's word may end it (after a
        // date, after a name, `Par Claire Mornay Supprimer…`), and any after a rating.
        || (byline && capital)
        || (capital && rating(prev))
        || (capital && share_word(prev) && !share_word(w))
        || (WEEKDAYS.contains(&bare) && w.ends_with(','))
        || ELIDED
            .iter()
            .find_map(|e| w.strip_prefix(e))
            .is_some_and(first_lower)
        || match w {
            "Par" => first_upper(next) || BYLINE_NEXT.contains(&next),
            "Propos" => next == "recueillis",
            "Publié" | "Publiée" => matches!(next, "le" | "par" | "à" | "hier"),
            "Mis" => next == "à",
            "Photo" | "Photos" | "Crédit" => next == ":" || first_upper(next),
            "Lire" | "Voir" => next == "aussi",
            _ => w.starts_with('©'),
        }
        // A run of capitals before the word: its last token has no letter in lower case (it
        // may have none at all: `ÉDITORIAL » Tous`).
        || ((w.starts_with(['«', '“']) || word_then_lower)
            && !prev.chars().any(char::is_lowercase));
    // After a word of a name (`selon Le Monde`) or a verb in `-ez`, `cuts` makes none of
    // these cuts; that is checked last, on the few words that get this far.
    candidate && {
        let lower = prev.to_lowercase();
        let lower = lower.rsplit(['\'', '’']).next().unwrap_or("");
        !(STOP.contains(&lower) || lower.ends_with("ez"))
    }
}

pub(crate) fn split(text: &str, span: Span, tokens: &[Span], out: &mut Vec<Span>) {
    let word = |k: usize| tokens.get(k).map_or("", |t: &Span| t.slice(text));
    let mut piece = Piece {
        start: span.start,
        caps: true,
        ..Piece::default()
    };
    // Where the paragraph being built starts: the last cut, or the line's start.
    let mut from = span.start;
    // Whether the paragraph being built is a list item cut off before its marker: it ends
    // with its first sentence.
    let mut item = false;
    // Whether that paragraph is a reply of a dialogue.
    let mut reply = false;
    let mut depth = 0usize;
    for (k, &tok) in tokens.iter().enumerate() {
        if k > 0
            && piece.alnum
            && depth == 0
            && cuts(
                text,
                &piece,
                tokens[k - 1],
                word(k),
                (word(k + 1), word(k + 2)),
            )
        {
            out.push(Span::new(
                from,
                skip_space_back(text, piece.start, tok.start),
            ));
            from = tok.start;
            item = list_marker(word(k));
            reply = false;
            piece = Piece {
                start: tok.start,
                caps: true,
                ..Piece::default()
            };
        }
        let w = tok.slice(text);
        if piece.words == 0 {
            piece.first = tok;
        }
        piece.words += 1;
        let comma = w.ends_with(',');
        for c in w.chars() {
            // ASCII first, without the Unicode tables (for an ASCII character, numeric,
            // alphabetic and upper-case are the ASCII digit, letter and capital).
            if c.is_ascii() {
                match c {
                    '(' => depth += 1,
                    ')' => depth = depth.saturating_sub(1),
                    c if c.is_ascii_digit() => piece.alnum = true,
                    c if c.is_ascii_alphabetic() => {
                        piece.alnum = true;
                        piece.letters += 1;
                        piece.caps &= c.is_ascii_uppercase();
                    }
                    _ => {}
                }
                continue;
            }
            match c {
                '«' | '“' => depth += 1,
                '»' | '”' => depth = depth.saturating_sub(1),
                c if c.is_numeric() || RATING.contains(&c) => piece.alnum = true,
                c if c.is_alphabetic() => {
                    piece.alnum = true;
                    piece.letters += 1;
                    piece.caps &= c.is_uppercase();
                }
                _ => {}
            }
        }
        let ended = ends_at(k.checked_sub(1).map_or("", word), w);
        piece.comma |= comma && depth == 0;
        if depth == 0
            && ended
            && opens(word(k + 1))
            && let Some(next) = tokens.get(k + 1)
        {
            if rating(word(k + 1)) {
                // A rating after the end of a sentence is a line of its own.
                out.push(Span::new(from, tok.end));
                from = next.start;
                item = false;
            } else if dialogue_dash(word(k + 1), word(k + 2)) && !w.ends_with(['»', '”', '"']) {
                // A reply of a flattened dialogue: a paragraph of its own, ending with its
                // first sentence unless the next one speaks in the first person.
                out.push(Span::new(from, tok.end));
                from = next.start;
                item = true;
                reply = true;
            } else if item && !(reply && speaks(word(k + 1))) {
                out.push(Span::new(from, tok.end));
                from = next.start;
                item = false;
            }
            piece = Piece {
                start: next.start,
                caps: true,
                ..Piece::default()
            };
        }
    }
    out.push(Span::new(from, span.end));
}

/// [`tokens_into`] into a new vector, for the tests.
#[cfg(test)]
pub(crate) fn tokens(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    tokens_into(text, span, &mut out);
    out
}

/// The whitespace-separated tokens of `span` (whitespace as `char::is_whitespace` has it),
/// into `out`, which is cleared first (a caller reading many lines keeps one buffer for all).
pub(crate) fn tokens_into(text: &str, span: Span, out: &mut Vec<Span>) {
    out.clear();
    let mut start = None;
    let bytes = text.as_bytes();
    let mut i = span.start;
    while i < span.end {
        let b = bytes[i];
        // Printable ASCII (`!` to `~`) is never whitespace: a run of it opens or goes on with
        // a token, as the byte-by-byte reading below would have it, without classifying each
        // byte. Any other byte is left to that reading.
        if matches!(b, 0x21..=0x7E) {
            start.get_or_insert(i);
            i += 1;
            while i < span.end && matches!(bytes[i], 0x21..=0x7E) {
                i += 1;
            }
            continue;
        }
        // ASCII whitespace is U+0009 to U+000D and the space; the other whitespace characters
        // are encoded with a lead byte C2 (U+0085, U+00A0), E1 (U+1680), E2 (U+2000 to
        // U+205F) or E3 (U+3000), and only those are decoded.
        let (space, len) = match b {
            0x00..=0x7F => (matches!(b, b'\t'..=b'\r' | b' '), 1),
            0xC2 | 0xE1 | 0xE2 | 0xE3 => {
                let c = text[i..].chars().next().unwrap_or('x');
                (is_space(c), c.len_utf8())
            }
            0xC0..=0xDF => (false, 2),
            0xE0..=0xEF => (false, 3),
            _ => (false, 4),
        };
        match (space, start) {
            (true, Some(s)) => {
                out.push(Span::new(s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
        i += len;
    }
    if let Some(s) = start {
        out.push(Span::new(s, span.end));
    }
}

/// Whether a sentence ends at the token `w` (after the token `prev`, empty at the line's
/// start): at a terminator, or at the closing marks after one (`feu. »`). [`split`] and
/// [`may_cut`] read sentence ends alike through here.
#[inline]
fn ends_at(prev: &str, w: &str) -> bool {
    // A token ending in an ASCII letter, digit or comma (most words) ends no sentence (see
    // `ends_sentence`) and is no run of closing marks: read from its last byte, inline.
    if w.as_bytes()
        .last()
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b',')
    {
        return false;
    }
    ends_sentence(w)
        || (!prev.is_empty()
            && w.chars().all(|c| matches!(c, '»' | '”' | '"' | ')'))
            && ends_sentence(prev))
}

/// Whether a token ends a sentence: a terminator, perhaps followed by closing marks.
fn ends_sentence(w: &str) -> bool {
    // A word ending in an ASCII letter, digit or comma ends nothing: nothing is trimmed and
    // no terminator is left (the common case, read from one byte).
    if w.as_bytes()
        .last()
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b',')
    {
        return false;
    }
    w.trim_end_matches(['»', '”', '"', ')', '’', '*'])
        .ends_with(['.', '!', '?', '…'])
}

/// Whether a token may open a sentence: `OPENERS.contains(&w)`, looked up in a set of the
/// openers built once (one hash and one comparison instead of a pass over the ninety-odd
/// openers; the same answer, `tests::openers_are_looked_up_as_listed`).
fn is_opener(w: &str) -> bool {
    static SET: LazyLock<WordMap<&'static str, ()>> =
        LazyLock::new(|| OPENERS.iter().map(|&o| (o, ())).collect());
    SET.contains_key(w)
}

fn opens(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| !c.is_lowercase() && !matches!(c, ',' | ';' | ':' | ')' | ']' | '»' | '”'))
}

fn first_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

fn first_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a list marker stands at `w`.
fn list_marker(w: &str) -> bool {
    if matches!(w, "•" | "◦" | "▪" | "●" | "■" | "►" | "-" | "–" | "—") {
        return true;
    }
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && w.len() == digits + 1 && w.ends_with(['.', ')'])
}

/// Whether the piece ends on a run of share buttons before `w`: its last word and another one
/// of it are [`SHARE`] words, `w` is none (`Facebook Twitter E-mail`, `Partager : Facebook · WhatsApp · Copier le
/// lien`).
/// Whether a word names a share button (`Facebook`, `E-mail`).
fn share_word(w: &str) -> bool {
    let t = w.trim_matches(|c: char| !c.is_alphanumeric());
    // `to_lowercase` lower-cases an ASCII word byte by byte, and every share word is ASCII in
    // lower case: comparing ignoring ASCII case is the same test, without a new string. A word
    // with other characters may still lower-case to one (`K`, the Kelvin sign, gives `k`), so
    // it takes the general path (`tests::share_words_match_as_lower_cased`).
    if t.is_ascii() {
        return SHARE.iter().any(|s| s.eq_ignore_ascii_case(t));
    }
    SHARE.contains(&t.to_lowercase().as_str())
}

fn share_run(text: &str, piece: &Piece, prev: &str, w: &str) -> bool {
    let share = share_word;
    share(prev)
        && !share(w)
        && text[piece.start..]
            .split_whitespace()
            .take(piece.words)
            .filter(|w| share(w))
            .count()
            >= 2
}

/// Whether a byline opened by `Par` ends before `w`: its name holds a first name and a
/// surname (particles aside; `la rédaction` counts as a full name), and `w` is a capitalised
/// word that opens the prose, followed by a lower-case word (`Par Claire Mornay Supprimer
/// les notes…`, `Par Sophie Marchal L'Europe a…`), or followed by another capitalised word
/// and then a lower-case one (`Par Inès Garnier Anouk Delbeau sur la scène…`, `Par Paul Roux La
/// France dépense…`). A lower-case word that goes on with a byline (`et`, `avec`, `le`, a
/// role) never counts, so `Par Léa Fontanier et Marc Roy`, `Par Anne Marie Roux le 3 mars`
/// and `Par Henri Dubois, correspondant…` stay whole.
fn byline_ends(text: &str, piece: &Piece, prev: &str, w: &str, next: &str, next2: &str) -> bool {
    if piece.words > BYLINE_NAME_MAX_WORDS
        || !(first_upper(w) || w.starts_with(['«', '“']))
        || w.ends_with([',', '.', ';', ':'])
        || !(first_upper(prev) || matches!(prev, "rédaction" | "redaction" | "Rédaction"))
        || prev.ends_with([',', '.', ';', ':'])
    {
        return false;
    }
    let mut names = 0;
    for word in text[piece.start..]
        .split_whitespace()
        .take(piece.words)
        .skip(1)
    {
        if matches!(word, "rédaction" | "redaction" | "Rédaction") {
            names += 2;
        } else if first_upper(word) && !PARTICLES.contains(&word) {
            names += 1;
        } else if !PARTICLES.contains(&word.to_lowercase().as_str()) && !BYLINE_NEXT.contains(&word)
        {
            // `et`, a role or a date: no longer a bare name.
            return false;
        }
    }
    let prose = |x: &str, after: &str| {
        first_lower(x)
            && !BYLINE_GOES_ON.contains(&x)
            // A date: `le 3 mars`.
            && !(x == "le" && after.starts_with(|c: char| c.is_ascii_digit()))
    };
    names >= 2 && !PARTICLES.contains(&w.trim_start_matches(['«', '“'])) && prose(next, next2)
        || (names >= 2
            && first_upper(next)
            && !next.ends_with([',', '.', ';', ':'])
            && first_lower(next2)
            && !matches!(next2, "et" | "avec"))
}

/// Whether the piece holds a date stamp after a name (`Julie Mareuil | publié le 16/11/2026 à
/// 06h30`): `publié` or `publiée` followed by `le`, within [`FURNITURE_MAX_WORDS`] words.
fn stamped(text: &str, piece: &Piece) -> bool {
    if piece.words > FURNITURE_MAX_WORDS {
        return false;
    }
    let mut words = text[piece.start..]
        .split_whitespace()
        .take(piece.words)
        .peekable();
    while let Some(w) = words.next() {
        if matches!(w, "publié" | "publiée" | "Publié" | "Publiée") && words.peek() == Some(&"le")
        {
            return true;
        }
    }
    false
}

/// Whether `w` is a rating (`★★★★☆`).
fn rating(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| RATING.contains(&c))
}

/// Whether a dialogue dash stands at `w`, opening a reply: a dash alone, then a capitalised
/// word or a quotation (`– Vous êtes en retard`, `— « Pas ce soir »`).
fn dialogue_dash(w: &str, next: &str) -> bool {
    matches!(w, "–" | "—") && (first_upper(next) || next.starts_with(['«', '“']))
}

/// Whether the piece is cut off before the word `w` (after the token `prev`, before `next`
/// and `next2`).
fn cuts(text: &str, piece: &Piece, prev: Span, w: &str, (next, next2): (&str, &str)) -> bool {
    let prev_end = prev.end;
    let prev = prev.slice(text);
    let first = piece.first.slice(text);
    if list_marker(w) {
        let bullet = !matches!(w, "-" | "–" | "—") && !w.ends_with(['.', ')']);
        return prev.ends_with([':', ';'])
            || (bullet && first.starts_with(['•', '◦', '▪', '●', '■', '►']));
    }
    // Every cut below is made before a word that opens with a capital, a quotation mark, a
    // digit-free mark such as `©`, never before a lower-case word: most words of prose are
    // passed over here, before anything is compared.
    if first_lower(w) {
        return false;
    }
    let link = matches!(first, "Lire" | "Voir")
        || (first == "À" && text[piece.first.end..].trim_start().starts_with("lire"));
    let byline =
        link || matches!(
            first,
            "Par" | "Propos" | "Publié" | "Publiée" | "Mis" | "Photo" | "Crédit"
        ) || first.starts_with('©')
            || stamped(text, piece);
    if piece.words
        > if byline {
            FURNITURE_MAX_WORDS
        } else {
            PIECE_MAX_WORDS
        }
    {
        return false;
    }
    let Some(last) = prev.chars().next_back() else {
        return false;
    };
    if !closes_a_word(last) {
        return false;
    }
    if prev_end.saturating_sub(piece.start) > PIECE_MAX_BYTES {
        return false;
    }
    let lower = prev.to_lowercase();
    // `l'association`: the word after the elision.
    let lower = lower.rsplit(['\'', '’']).next().unwrap_or("");
    // A verb in `-ez` takes what follows as its object (`Retrouvez L'info du matin`).
    if STOP.contains(&lower) || lower.ends_with("ez") {
        return false;
    }
    let caps = piece.caps && piece.letters >= CAPS_MIN_LETTERS;
    if piece.comma && !byline && !caps && piece.words > COMMA_MAX_WORDS {
        return false;
    }
    let bare = w.trim_end_matches(',');
    let next_first = next.chars().next().unwrap_or(' ');
    let next_goes_on =
        next_first.is_lowercase() || next_first.is_numeric() || matches!(next_first, '«' | '“');
    if is_opener(bare) && (w.ends_with(',') || next_goes_on) {
        return true;
    }
    // A quotation standing as a subheading (`« Je regrette » Le prévenu…`).
    let capital = first_upper(w) || w.starts_with(['«', '“']);
    if first.starts_with(['«', '“']) && last == '»' && capital {
        return true;
    }
    // The end of a byline, a credit or a link: a capitalised word after a date
    // (`Publié le 3 mars 2026 La Commission…`).
    if byline
        && capital
        && prev.contains(|c: char| c.is_ascii_digit())
        && !w.ends_with([',', '.', ';', ':'])
        && !matches!(w, "Par" | "Publié" | "Publiée" | "Mis" | "Modifié")
    {
        return true;
    }
    if WEEKDAYS.contains(&bare) && w.ends_with(',') {
        return true;
    }
    // A genre label (`Analyse Bastien Lafarge`, `Tribune Marc Aubry`) before a word in title
    // case that does not go on with it (`Le billet de Margot Sauvageon` is one label).
    if piece.words <= LABEL_MAX_WORDS
        && w.chars().nth(1).is_some_and(char::is_lowercase)
        && first_upper(w)
        && crate::genre::is_label_line(&text[piece.start..prev_end])
        && !crate::genre::is_label_line(&format!("{} {w}", &text[piece.start..prev_end]))
    {
        return true;
    }
    // A rating (`★★★★☆`) or a run of share buttons (`Facebook Twitter E-mail`) ends before a
    // capitalised word.
    if capital && (rating(prev) || share_run(text, piece, prev, w)) {
        return true;
    }
    if first == "Par" && byline_ends(text, piece, prev, w, next, next2) {
        return true;
    }
    if ELIDED
        .iter()
        .find_map(|e| w.strip_prefix(e))
        .is_some_and(first_lower)
    {
        return true;
    }
    let opens_byline = match w {
        "Par" => first_upper(next) || BYLINE_NEXT.contains(&next),
        "Propos" => next == "recueillis",
        "Publié" | "Publiée" => matches!(next, "le" | "par" | "à" | "hier"),
        "Mis" => next == "à" && !first.starts_with("Publié"),
        "Photo" | "Photos" | "Crédit" => next == ":" || first_upper(next),
        "Lire" | "Voir" => next == "aussi",
        _ => w.starts_with('©') && !matches!(first, "Photo" | "Photos" | "Crédit"),
    };
    if opens_byline {
        return true;
    }
    let mut chars = w.chars();
    caps && (w.starts_with(['«', '“'])
        || (chars.next().is_some_and(char::is_uppercase)
            && chars.next().is_some_and(char::is_lowercase)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Words that make or unmake cuts: openers, names, bylines, capitals, quotation marks,
    /// list markers, figures, punctuation, and the no-break spaces of French typography.
    const WORDS: &[&str] = &[
        "le",
        "Le",
        "La",
        "Monde",
        "Il",
        "il",
        "selon",
        "Selon",
        "Par",
        "Anne",
        "Roux",
        "Propos",
        "recueillis",
        "par",
        "Publié",
        "le",
        "3",
        "mars",
        "2026",
        "Mis",
        "à",
        "jour",
        "Photo",
        ":",
        "©",
        "AFP",
        "Lire",
        "aussi",
        "À",
        "lire",
        "ÉDITORIAL",
        "CINÉMA",
        "SNCF",
        "«",
        "»",
        "“",
        "”",
        "Je",
        "regrette",
        "fin.",
        "fin",
        "Fin.",
        "?",
        "!",
        "…",
        "•",
        "-",
        "–",
        "1.",
        "2)",
        ";",
        ",",
        "Dimanche,",
        "Lundi",
        "L'agence",
        "L'Oréal",
        "D'abord",
        "Retrouvez",
        "del",
        "van",
        "l'association",
        "Tous",
        "(",
        ")",
        "10 %",
        "Une",
        "vote",
        "serré",
        "Des",
        "frondeurs",
        "dans",
        "la",
        "majorité",
        "Vous",
        "été",
        "Élise",
        "Carvin",
        "Mais",
        "Et",
        "Analyse",
        "Tribune",
        "Bastien",
        "Lafarge",
        "billet",
        "Facebook",
        "Twitter",
        "E-mail",
        "★★★★☆",
        "|",
        "publié",
        "Supprimer",
        "Quel",
        "Combien",
        "Moi,",
        "Tu",
        "—",
        "Non.",
    ];
    const SPACES: &[&str] = &[" ", " ", "\u{a0}", "\u{202f}", " \u{a0}"];

    fn line() -> impl Strategy<Value = String> {
        prop::collection::vec((0..WORDS.len(), 0..SPACES.len()), 1..60).prop_map(|parts| {
            let mut s = String::new();
            for (k, (w, sp)) in parts.into_iter().enumerate() {
                if k > 0 {
                    s.push_str(SPACES[sp]);
                }
                s.push_str(WORDS[w]);
            }
            s
        })
    }

    #[test]
    fn share_words_match_as_lower_cased() {
        let general = |w: &str| {
            SHARE.contains(
                &w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
                    .as_str(),
            )
        };
        let mut words: Vec<String> = Vec::new();
        for s in SHARE {
            words.push(s.to_string());
            words.push(s.to_uppercase());
            words.push(format!("«{}»,", s[..1].to_uppercase() + &s[1..]));
            words.push(s.replace('k', "\u{212a}"));
            words.push(s.replace('i', "\u{130}"));
            words.push(format!("{s}s"));
            words.push(s[1..].to_string());
        }
        words.extend(["", "·", "Mail.", "E-MAIL", "Lien :", "courriel"].map(String::from));
        for w in &words {
            assert_eq!(share_word(w), general(w), "{w:?}");
        }
    }

    #[test]
    fn openers_are_looked_up_as_listed() {
        let mut words: Vec<String> = OPENERS.iter().map(|o| o.to_string()).collect();
        for o in OPENERS {
            words.push(o.to_lowercase());
            words.push(format!("{o}s"));
            words.push(o.chars().skip(1).collect());
            words.push(o.chars().take(1).collect());
        }
        words.extend(["", "L", "Lé", "Ça,", "Aujourd", "Etre", "Qu'"].map(String::from));
        for w in &words {
            assert_eq!(is_opener(w), OPENERS.contains(&w.as_str()), "{w:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        /// `may_cut` is a gate before `split`: whenever it says no, `split` would have left
        /// the line whole.
        #[test]
        fn the_gate_lets_through_every_cut(text in line()) {
            let span = Span::new(0, text.len());
            let tokens = tokens(&text, span);
            let mut pieces = Vec::new();
            split(&text, span, &tokens, &mut pieces);
            if !may_cut(&text, &tokens) {
                prop_assert_eq!(pieces, vec![span]);
            }
        }

        /// The tokenizer (printable ASCII runs at once, other bytes one by one) cuts where
        /// `char::is_whitespace` does.
        #[test]
        fn tokens_are_the_whitespace_separated_words(text in "[ a-zA-Z0-9!~é«»\u{a0}\u{202f}\u{2003}\u{3000}\u{85}\u{1680}\u{1}\u{1f}\u{7f}\t\n\r,.]{0,40}") {
            let want: Vec<&str> = text.split(char::is_whitespace).filter(|w| !w.is_empty()).collect();
            let got: Vec<&str> = tokens(&text, Span::new(0, text.len()))
                .into_iter()
                .map(|t| t.slice(&text))
                .collect();
            prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn the_gate_opens_for_the_cuts_of_the_module_header() {
        for text in [
            "ÉDITORIAL Il est des rapports qui accablent.",
            "Des frondeurs dans la majorité Une vingtaine de députés ont voté contre.",
            "Par Anne Roux Le conseil a voté.",
            "« Je regrette » Le prévenu a parlé.",
            "Publié le 3 mars 2026 La Commission a tranché.",
            "CINÉMA Inès Carrel : « Un jury »",
            "À retenir : • A : 33 % • B : 28 %",
        ] {
            let span = Span::new(0, text.len());
            let tokens = tokens(text, span);
            let mut pieces = Vec::new();
            split(text, span, &tokens, &mut pieces);
            assert!(pieces.len() > 1, "{text}: {pieces:?}");
            assert!(may_cut(text, &tokens), "{text}");
        }
        let prose = "Le ministre a présenté mardi son plan, que Le Monde a publié.";
        let span = Span::new(0, prose.len());
        assert!(!may_cut(prose, &tokens(prose, span)));
    }
}
