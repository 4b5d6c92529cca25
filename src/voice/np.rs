//! Noun phrases that name a speaker: proper names, roles, institutions, vague sources,
//! pronouns and groups, read on the tokens of one sentence.
//!
//! Two readings are needed. Going right from a point (after an inverted verb: `a déclaré le
//! porte-parole du gouvernement lors de…`, after `selon`, after the agent `par`), the phrase
//! runs until a preposition, a relative pronoun, a time word or punctuation ends it. Going left
//! from a verb (the subject: `Le chef de la diplomatie russe Sergueï Lavrov a confirmé`), the
//! phrase starts at the last token that can open one and is not the complement of a
//! preposition (`Lors de la réunion le ministre a dit`: the subject is `le ministre`).
//! Going right, a lower-case word before a figure, after the phrase's noun, is a verb and
//! ends it (`Le groupe emploie 300 personnes`: the phrase is `Le groupe`). A name is made of
//! capitalised words and particles, never a verb: a finite verb right after a capitalised
//! word (a negation, a form of avoir, être, devoir, pouvoir or aller, the ending of the
//! future, the conditional, the imperfect or the third person plural) ends the phrase (`la
//! France votera`, `les Français paieront`: the phrase is `la France`, `les Français`).
//! Nor does a phrase run over a finite verb after a lower-case word (`L'ancienne ministre
//! des Finances assure disposer…`, `Sa mère achètera…`: the phrases are `L'ancienne ministre
//! des Finances`, `Sa mère`): a negation, a finite form of avoir, être, devoir, pouvoir,
//! aller or a common verb of saying, or a word in the ending of the future, the conditional
//! or the imperfect; nor over an object pronoun before such a verb (`L'électricien l'estime`,
//! `Le maire les a reçus`). A person named by a first name after a plural party label is one
//! (`le député Les Républicains Thierry Malbosc`). A role's own complement with `à` names a
//! body (`la commissaire européenne à la Défense, Ilse Marwede,`: the name after the comma is
//! the person's). The last capitalised word after a capitalised complement goes on with that
//! place's or body's name (`le maire de Kfar Selwan`, `la direction de Meubles Garrigou`); two
//! or more open a person's name (`le maire de Lyon Grégory Vernet`). A phrase going right
//! stops at `dès` (`le club dès le mercato d'hiver`), at a date (`devant le ministère le 29
//! novembre`) and at an amount (`au club 46 millions d'euros`). A participle opening its
//! clause before its complement (`Créée en 2023,`, `Réunie le 12 novembre à Dakar,`) and a
//! verb inverted with its pronoun (`Faut-il…`) open no phrase, and a preposition opening a
//! sentence (`Près de`, `Autour de`, `Lors de`) is no name.
//! `car` after `de`, `en`, an article or a number is the noun (a coach) and does not end the
//! phrase (`le chauffeur de car Didier Sallaberry`). `Lui`, `Eux` opening a clause are its
//! subject. An `on` after a fronted group speaks for the group, also when a name is set beside
//! it (`Dans l'entourage de la ministre, Paul Morel, on assure…`), and for a side of politics
//! (`À gauche, on appelle…`, `tranche-t-on à droite`).
//!
//! A name set beside a role (`le premier ministre Choguel Kokalla Maïga`, `Sergueï Lavrov,
//! ministre…`) is kept apart from the role, so the resolution can link them; so is a body's
//! proper name set beside its description (`son actionnaire majoritaire, le groupe minier
//! Kaledo Metals`, `Le principal syndicat du site, l'Union des travailleurs du Nord, a
//! appelé`): the name is the most specific; so is a name set beside `l'un d'eux`, `l'une
//! d'elles`. A cardinal written in words (`Sept fois.`) is never a name, nor is a lower-case
//! run that holds an article (`dit voir arriver des enfants`).
//!
//! What is no speaker: a complement between an inverted verb and its subject (`a déclaré au
//! micro d'une radio son frère`); a participle and its complement set between commas after
//! the subject (`Plusieurs habitants, réfugiés à Djibo, décrivent`) or alone (`Le ministère,
//! sollicité, indique`, `La mairie, contactée, assure`), any insert that opens on an
//! adverb, an adjective or a participle, holds no role and no verb (`Le voisin, entendu
//! mercredi, a confirmé…`, `Les associations, largement financées par l'État, dénoncent…`,
//! `Les médias, fidèles à leur habitude, ont parlé…`; the phrase before it may be a document:
//! `Le document, fondé sur 212 entretiens, décrit…`), and the object of a
//! compound verb before an adjective read as a verb (`a rendu en octobre un avis critique`),
//! whose subject speaks. A role may follow an adjective in an apposition (`, seule pédiatre
//! du canton,`), and a definite noun right before a first name and a surname is that
//! person's role (`la docteure Hélène Massart`). `Elle-même`, `lui-même`, `eux-mêmes`
//! opening a clause are their pronoun. Roles with no article coordinated after a name in
//! full (`Jean-Marc Auzias, éleveur de bovins et président de la fédération`) describe that
//! one person: they make no group. A role whose complement is a body's name, set beside a
//! person's name after an inverted verb (`a déclaré le wali de Bank Al-Maghrib, Abdellatif
//! Benslimane`), is that person's role: the person speaks, not the body; so is a noun the word
//! lists do not know with its complement (`le wali de la région, Omar Bennani`).
//!
//! A head that names someone by their tie to another (a relation: `le groupe de Yanis
//! Ferhat`, `l'équipe de…`, `la porte-parole de…`) takes any name of two capitalised words
//! after its `de` as its complement, whatever the first name; after a body of people (`Le
//! cabinet du ministre Hugo Delattre`) the role runs over `du` to the body's head, so the
//! name is set beside the whole role. A relation before a relative clause set between
//! commas is the subject of the verb after it (`Son voisin, qui ne souhaite pas être nommé,
//! dit…`).
//!
//! A person's gender is their first name's, over a masculine title or role set before it (`le
//! Dr Claire Vidal`, `le ministre Agnès Rolland` are taken up by `elle`).

use super::lexis::{self, Gender, Number};
use super::text::{Kind, Tok};
use super::verbs::grammar;

/// What a noun phrase names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NpKind {
    /// il, elle, ils, elles, on; lui, eux after a preposition.
    Pronoun,
    /// je, nous, vous: the author or a quoted speaker, never a reported source.
    FirstPerson,
    /// A proper name (Sergueï Lavrov, Mme Dupont, Paris), possibly with a role beside it.
    Name,
    /// A role (le porte-parole du gouvernement, le premier ministre).
    Role,
    /// An institution or collective body (la CEDEAO, le ministère des Armées, l'Élysée).
    Institution,
    /// A vague source (des sources sécuritaires, un diplomate, les médias).
    Vague,
    /// A document that reports (le rapport, l'étude, le communiqué).
    Document,
    /// Several of the above coordinated (le MAE, le ministère des Armées et la CEDEAO).
    Group,
    /// Any other noun phrase (la situation, les chiffres du chômage).
    Other,
}

impl NpKind {
    /// True for phrases that can name someone who speaks.
    pub fn is_speaker(self) -> bool {
        matches!(
            self,
            NpKind::Pronoun
                | NpKind::Name
                | NpKind::Role
                | NpKind::Institution
                | NpKind::Vague
                | NpKind::Group
        )
    }
}

/// A noun phrase: a token range of the sentence and what it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Np {
    pub start: usize,
    pub end: usize,
    pub kind: NpKind,
    pub gender: Gender,
    pub number: Number,
    /// The tokens of the proper name inside the phrase, when there is one.
    pub name: Option<(usize, usize)>,
    /// The tokens of the role or institution beside the name, when there is one.
    pub role: Option<(usize, usize)>,
}

/// The longest a speaker's phrase may be, in tokens.
const MAX_NP: usize = 14;

/// True when a token can open a noun phrase.
fn can_open(t: &Tok) -> bool {
    t.is_word() && t.opens
}

/// True for a capitalised word that can be part of a proper name.
fn is_name_word(t: &Tok) -> bool {
    // Read when the sentence was tokenized: a word, capitalised (or an acronym), not a
    // function word unless a title, starting with a letter.
    t.name_word
}

/// A cardinal written in words, capitalised at the start of a sentence (`Sept fois.`,
/// `Quatre-vingt-dix-sept pour cent.`): a figure, never a name.
fn is_cardinal(t: &Tok) -> bool {
    let parts = || t.norm().split('-');
    parts().all(|p| lexis::is_number_word(p) || matches!(p, "un" | "une" | "et"))
        && parts().any(lexis::is_number_word)
}

/// Adjective endings of the lower-case word inside an organisation's name (`Santé publique
/// France`, `Assistance publique Hôpitaux de Paris`).
const NAME_ADJECTIVE_ENDINGS: &[&str] = &[
    "ique", "ale", "al", "aux", "elle", "el", "aise", "ienne", "ien", "aire", "ive", "if", "ante",
    "ant", "ois", "oise",
];

/// Whether the lower-case word at `j` is an adjective inside a proper name, between two
/// capitalised words (`Santé publique France`): not a determiner or a weekday (`Jean Dupont
/// lundi Paris` is no name), at least four letters long, with an adjective's ending, and not
/// followed by a first name.
fn inside_name(toks: &[Tok], j: usize) -> bool {
    let Some(w) = toks.get(j) else {
        return false;
    };
    j > 0
        && w.is_word()
        && !w.cap
        && !w.caps
        && w.norm().len() >= 4
        && NAME_ADJECTIVE_ENDINGS.iter().any(|e| w.norm().ends_with(e))
        && !lexis::is_weekday(w)
        && lexis::determiner(w).is_none()
        && is_name_word(&toks[j - 1])
        // `le député Alliance nationale Romain Castex`: a first name, or a capitalised word
        // followed by another (a person's first name and surname), opens a person's name,
        // which the party's does not run into.
        && toks
            .get(j + 1)
            .is_some_and(|n| is_name_word(n) && lexis::first_name_gender(n) == Gender::Unknown)
        && !toks.get(j + 2).is_some_and(is_name_word)
}

/// True when the capitalised word at `i` names the body the common noun before it introduces
/// (`du syndicat Force commune`, `du groupe Gauche unie`, `de l'association Droit au toit`):
/// the proper name belongs to that noun's phrase and is not the speaker's own name.
fn names_body(toks: &[Tok], i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| {
        let prev = &toks[p];
        prev.is_word() && !prev.cap && !prev.caps && lexis::is_naming_noun(prev)
    }) && is_name_word(&toks[i])
}

/// True when the capitalised word at `j` opens the complement of a common noun of the phrase
/// that starts at `i` (`de l'Alliance`, `du Conseil`, `de la Cour`), the phrase's own head
/// not being a proper name.
fn in_complement(toks: &[Tok], i: usize, j: usize) -> bool {
    if !is_name_word(&toks[j]) || is_name_word(&toks[i]) {
        return false;
    }
    let de_at = |k: usize| k >= i && toks[k].is_word() && lexis::is_de(&toks[k]);
    match j.checked_sub(1) {
        Some(p) if de_at(p) => true,
        Some(p) if p > i && lexis::determiner(&toks[p]).is_some() => de_at(p - 1),
        _ => false,
    }
}

/// Verbs (folded) that `il` opens as an impersonal subject standing for no one: `Il faut`,
/// `Il y a` (through `y`), `Il s'agit`, `Il reste`, `Il suffit`, `Il semble`.
const IMPERSONAL_VERBS: &[&str] = &[
    "y",
    "faut",
    "fallait",
    "faudra",
    "faudrait",
    "s'agit",
    "s'agissait",
    "s'agira",
    "semble",
    "semblait",
    "suffit",
    "suffisait",
    "suffirait",
    "reste",
    "restait",
    "vaut",
    "valait",
    "vaudrait",
    "parait",
    "paraissait",
    "importe",
    "manque",
    "manquait",
    "existe",
    "arrive",
    "arrivait",
    "pleut",
    "se",
    "s'",
];

/// Whether the `il` at `i` is impersonal (`Il faut`, `Il n'y a`, `Il s'agit`, `Il est
/// difficile de…`, `Il était temps que…`): it stands for no one a later pronoun takes up.
/// Any other pronoun is personal.
pub(crate) fn impersonal(toks: &[Tok], i: usize) -> bool {
    if !toks.get(i).is_some_and(|t| t.is("il")) {
        return false;
    }
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map_or("", |t| t.norm());
    let mut k = i + 1;
    if matches!(word(k), "ne" | "n'") {
        k += 1;
    }
    let verb = word(k);
    if IMPERSONAL_VERBS.contains(&verb) {
        return true;
    }
    // `Il est difficile de…`, `Il était clair que…`: `être`, a word, then `de` or `que`.
    matches!(verb, "est" | "etait" | "sera" | "serait" | "fut")
        && matches!(word(k + 2), "de" | "d'" | "que" | "qu'")
}

/// A stressed pronoun with `-même` (`Elle-même n'aime pas…`, `eux-mêmes`): as a subject it
/// stands for whom its pronoun stands for.
fn emphatic_pronoun(t: &Tok) -> Option<(Gender, Number)> {
    match t.norm() {
        "lui-meme" => Some((Gender::Masculine, Number::Singular)),
        "elle-meme" => Some((Gender::Feminine, Number::Singular)),
        "eux-memes" => Some((Gender::Masculine, Number::Plural)),
        "elles-memes" => Some((Gender::Feminine, Number::Plural)),
        _ => None,
    }
}

/// The noun phrase that starts at `i`, going right. With `lenient`, a run of lower-case
/// words with no determiner is taken as a name written without capitals (`a dit jean
/// dupont`), as messy text has them.
pub(crate) fn forward(toks: &[Tok], i: usize, lenient: bool) -> Option<Np> {
    let first = toks.get(i)?;
    if !first.is_word() {
        return None;
    }
    let w = first;
    if let Some((g, n)) = lexis::subject_pronoun(w).or(lexis::tonic_pronoun(w))
        && lexis::determiner(w).is_none()
    {
        return Some(pronoun(i, g, n));
    }
    if lexis::is_first_person(w) {
        return Some(first_person(i));
    }
    // After an inverted verb (read leniently), `au`, `aux` open a complement (`a déclaré au
    // micro d'une radio son frère`) when a second phrase opens after it, which is the subject;
    // a title in quotation marks is such a complement (`a déclaré au « Journal du Léman » son
    // porte-parole`), and so is a quoted cry (`crie aux « violences policières »`), which is
    // no one.
    if lenient && lexis::is_preposition(w) && !lexis::is_de(w) {
        if toks.get(i + 1).is_some_and(is_quote) {
            return None;
        }
        let words: Vec<usize> = (i + 1..toks.len().min(i + MAX_NP))
            .take_while(|&k| toks[k].is_word() || is_quote(&toks[k]))
            .filter(|&k| toks[k].is_word())
            .collect();
        let second = words.windows(2).any(|pair| {
            let (p, t) = (&toks[pair[0]], &toks[pair[1]]);
            (lexis::determiner(t).is_some() || lexis::title(t).is_some())
                && !lexis::is_de(t)
                && !lexis::is_de(p)
                && lexis::determiner(p).is_none()
        });
        if second {
            return None;
        }
    }
    // `Créée en 2023, elle…`, `Nommée en 2010 à Bruxelles,`, `Réunie mardi, la banque…`: a
    // participle opening its clause before its complement is no name.
    // `Faut-il…`, `Peut-on…`: a verb inverted with its pronoun is no name either.
    if fronted_participle(toks, i)
        || fronted_epithet(toks, i)
        || (w.cap && super::group::split_inversion(w.norm()).is_some())
    {
        return None;
    }
    let opens = can_open(first);
    if !opens && !lenient {
        return None;
    }
    if !opens
        && (lexis::is_preposition(w)
            || lexis::is_clause_boundary(w)
            || lexis::ends_speaker_phrase(w)
            || lexis::is_de(w))
    {
        return None;
    }
    let mut j = i;
    let mut seen_name = false;
    let mut name_ended = false;
    let mut in_body = false;
    // `le MAE français`, `la CEDEAO`: a proper noun right after the determiner is an
    // institution, whose adjectives follow it.
    let det_first = lexis::determiner(w).is_some() && lexis::title(w).is_none();
    let institution = det_first && toks.get(i + 1).is_some_and(is_name_word);
    let plural = lexis::determiner(w).is_some_and(|(_, n)| n == Number::Plural);
    while j < toks.len() && j - i < MAX_NP {
        let t = &toks[j];
        // The party of a role in brackets (`le président (LR) de la commission`, `la
        // sénatrice (LR) de la Sarthe`) is inside the phrase.
        if j > i
            && !seen_name
            && let Some(close) = party_in_brackets(toks, j)
        {
            j = close + 1;
            continue;
        }
        if !t.is_word() {
            break;
        }
        let w = t;
        if j > i {
            // `l'une d'elles`: the pronoun after `un de` is inside the phrase.
            let one_of =
                j >= 2 && lexis::is_de(&toks[j - 1]) && matches!(toks[j - 2].norm(), "un" | "une");
            if (lexis::is_preposition(w) && !lexis::is_de(w))
                || (lexis::ends_speaker_phrase(w) && !lexis::is_coach(&toks[j - 1], w))
                || (lexis::subject_pronoun(w).is_some() && !one_of)
            {
                break;
            }
            if plural && third_plural_verb(toks, j) {
                break;
            }
            if verb_before_figure(toks, i, j) || another_phrase(toks, j) {
                break;
            }
            // `répond le prévenu d'une voix à peine audible`, `lâche la ministre d'un ton
            // sec`: the manner of speaking is no part of the speaker.
            if manner_of_speaking(toks, j) {
                break;
            }
            // `Le ministre a-t-il dit…`: a verb inverted with its pronoun ends the subject.
            if super::group::split_inversion(w.norm()).is_some() {
                break;
            }
            // `la France votera`, `les Français paieront`, `l'Italie ne paiera pas`: a name
            // is never followed by its own clause's verb; the verb ends the phrase.
            if verb_after_name(toks, j) {
                break;
            }
            // `L'ancienne ministre des Finances assure disposer…`, `Sa mère achètera…`, `La
            // mère a dit…`: a noun phrase never runs over a finite verb, whatever the case of
            // the word before it.
            if finite_verb_after_noun(toks, j) {
                break;
            }
            // A name ends the phrase at the first lower-case word that is not a particle
            // (`a dit Jean Dupont visiblement ému`).
            if seen_name
                && !institution
                && !is_name_word(t)
                && !lexis::is_name_particle(w)
                && !inside_name(toks, j)
            {
                name_ended = true;
            }
            if name_ended {
                break;
            }
        }
        // The name of a body inside a role (`le président du groupe Gauche unie`) does not
        // end the phrase at its first lower-case word: the adjectives after it are its own.
        // So does a proper name in the complement of a common noun (`un responsable de
        // l'Agence française de développement`, `la présidente de l'Alliance nationale`): the
        // name of a body, whose adjectives follow it, not the speaker's own name.
        if j > i && (names_body(toks, j) || in_complement(toks, i, j)) {
            in_body = true;
        } else if !is_name_word(t) {
            in_body = false;
        }
        if in_body && lexis::is_weekday(w) {
            break;
        }
        if is_name_word(t) && lexis::title(w).is_none() && !in_body {
            seen_name = true;
        }
        j += 1;
    }
    // A phrase never ends on a particle or complement word (`Jean de`).
    while j > i + 1 && (lexis::is_de(&toks[j - 1]) || lexis::determiner(&toks[j - 1]).is_some()) {
        j -= 1;
    }
    (j > i).then(|| classify(toks, i, j, lenient))
}

/// Where the phrase governed by the `de` at `k` starts: on `du` and `des` themselves, which hold
/// the article; on the next word after `de` or `d'`. `None` when the token is no `de`.
pub(crate) fn complement_at(toks: &[Tok], k: usize) -> Option<usize> {
    let t = toks.get(k).filter(|t| t.is_word())?;
    if t.is("du") || t.is("des") {
        Some(k)
    } else if t.is("de") || t.is("d'") {
        Some(k + 1)
    } else {
        None
    }
}

/// Whether `de` at `j` opens the manner of a saying (`d'une voix blanche`, `d'un ton sec`,
/// `d'un air las`, `d'un geste de la main`): `de`, an indefinite article, a noun of manner.
pub(crate) fn manner_of_speaking(toks: &[Tok], j: usize) -> bool {
    let at = |k: usize| toks.get(k).filter(|t| t.is_word()).map_or("", |t| t.norm());
    toks.get(j).is_some_and(lexis::is_de)
        && matches!(at(j + 1), "un" | "une")
        && matches!(
            at(j + 2),
            "voix"
                | "ton"
                | "air"
                | "geste"
                | "sourire"
                | "souffle"
                | "regard"
                | "trait"
                | "hochement"
        )
}

/// Whether the token at `j`, after the noun of a phrase going right, opens something that is
/// no part of that phrase: `dès` (`quitter le club dès le mercato d'hiver`), a date after a
/// common noun (`devant le ministère le 29 novembre`), an amount (`a prêté au club 46
/// millions d'euros`), or a verb before `à` and a figure (`que la direction ramène à 61 %`).
/// A noun's own number stays in its phrase (`la ligne 14`, `le vol 447`).
fn another_phrase(toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    let Some(prev) = j.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    if t.is("des") && t.accented {
        return true;
    }
    let after_noun =
        lexical_word(prev) && !matches!(prev.norm(), "tout" | "tous" | "toute" | "toutes");
    let amount = figure(toks, j)
        && toks.get(j + 1).is_some_and(|n| {
            figure(toks, j + 1)
                || matches!(
                    n.norm(),
                    "million" | "millions" | "milliard" | "milliards" | "euros" | "dollars" | "%"
                )
        });
    // `un chiffre que la direction ramène à 61 %`: a word between the noun and `à` and a
    // figure is a verb.
    let share = lexical_word(t)
        && toks.get(j + 1).is_some_and(|a| a.is("a") && a.accented)
        && figure(toks, j + 2);
    after_noun && (date_at(toks, j) || amount || share)
}

/// Whether a token is a lower-case word that is no determiner, `de` or preposition: a noun,
/// a verb or an adjective ([`another_phrase`] reads the noun before a date and the verb before
/// `à` and a figure).
fn lexical_word(t: &Tok) -> bool {
    t.is_word()
        && !t.cap
        && !t.caps
        && lexis::determiner(t).is_none()
        && !lexis::is_de(t)
        && !lexis::is_preposition(t)
}

/// Whether a number in digits is at `k`.
fn figure(toks: &[Tok], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|n| n.raw.chars().next().is_some_and(|c| c.is_ascii_digit()))
}

/// Whether a date opens at `k`: `le` or `les` before a number in digits (`le 29 novembre`,
/// `les 3 et 4 mars`).
fn date_at(toks: &[Tok], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| t.is_word() && !t.cap && matches!(t.norm(), "le" | "les"))
        && figure(toks, k + 1)
}

/// Whether the capitalised word at `i`, opening its clause, is a past participle before its
/// complement (`Créée en 2023,`, `Retiré de la vie politique,`, `Réunie mardi,`, `Élue en
/// 2020,`): a word with the written ending of one, no first name (`René`, `Renée`), followed
/// by a preposition, a weekday or a date (`Réunie le 12 novembre à Dakar,`), or by `de` after
/// `-é`, `-ée`, `-és`, `-ées` (not `Afrique du Sud`).
fn fronted_participle(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    let opening = i == 0 || !toks[i - 1].is_word();
    let ends = |endings: &[&str]| endings.iter().any(|e| t.raw.ends_with(e));
    let in_e = ends(&["é", "ée", "és", "ées"]);
    let other = ends(&["ie", "ies", "ue", "ues"]);
    opening
        && t.is_word()
        && t.cap
        && !t.caps
        && (in_e || other)
        && lexis::first_name_gender(t) == Gender::Unknown
        && toks.get(i + 1).is_some_and(|n| {
            // `à`, never the `a` of avoir (`Copé a dénoncé…`).
            n.is_word()
                && !n.cap
                && (!n.is("a") || n.accented)
                && (lexis::is_preposition(n)
                    || (in_e && lexis::is_de(n))
                    || lexis::is_weekday(n)
                    || date_at(toks, i + 1))
        })
}

/// Whether the capitalised word at `i`, opening its sentence with no article, is a noun set
/// in front of the subject as its description (`Fille d'un chauffeur routier, Amandine
/// Roucaute a…`, `Mère de deux enfants, elle partage…`, `Première de sa famille à passer le
/// bac, elle…`): no first name, no title, no head of a body (`Caisse des dépôts`), followed
/// by `de` and a lower-case word or a figure (not `Banque de France`, `Jean de La Fontaine`).
/// It names no one: the name after it is the subject.
fn fronted_epithet(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    let opening = i == 0 || !toks[i - 1].is_word();
    let lower = |k: usize| {
        toks.get(k)
            .is_some_and(|n| n.is_word() && !n.cap && !n.caps)
            || figure(toks, k)
    };
    let complement = toks.get(i + 1).is_some_and(|d| {
        d.is_word()
            && lexis::is_de(d)
            && (if d.is("de") || d.is("d'") {
                lower(i + 2) && (lexis::determiner(&toks[i + 2]).is_none() || lower(i + 3))
            } else {
                lower(i + 2)
            })
    });
    opening
        && t.is_word()
        && t.cap
        && !t.caps
        && complement
        && lexis::first_name_gender(t) == Gender::Unknown
        && lexis::title(t).is_none()
        && lexis::institution_head(t).is_none()
}

/// Whether the word at `j`, inside a plural phrase, is the verb that follows it in the third
/// person plural (`Les agents de l'Office de la biodiversité surveillent le massif`): a
/// lower-case word in `-ent` (not an adverb or noun in `-ment`) right after a word that is not
/// a determiner. A noun in `-ent` comes after its determiner (`les victimes de l'accident`),
/// and an adjective agrees with the plural phrase (`les textes récents`).
fn third_plural_verb(toks: &[Tok], j: usize) -> bool {
    verb_shaped(toks, j, |w| w.ends_with("ent") && !w.ends_with("ment"))
}

/// Whether the word at `j`, after the noun of the phrase opening at `i`, is the verb of an
/// author's sentence before a figure (`Le groupe emploie 300 personnes`, `L'entreprise compte
/// 1 200 salariés`): a lower-case word right before a number in digits, after a word that is
/// not a determiner or `de` (not `la ligne 14`, `le vol 447`).
fn verb_before_figure(toks: &[Tok], i: usize, j: usize) -> bool {
    let t = &toks[j];
    j >= i + 2
        && t.is_word()
        && !t.cap
        && !t.caps
        && lexis::determiner(t).is_none()
        && !lexis::is_de(t)
        && toks
            .get(j + 1)
            .is_some_and(|n| n.raw.chars().next().is_some_and(|c| c.is_ascii_digit()))
        && toks[j - 1].is_word()
        && lexis::determiner(&toks[j - 1]).is_none()
        && !lexis::is_de(&toks[j - 1])
}

/// A lower-case word of five letters or more whose ending `ends` accepts, right after a word
/// that is not a determiner or `de`: where a verb follows its subject, not where a noun follows
/// its determiner.
fn verb_shaped(toks: &[Tok], j: usize, ends: impl Fn(&str) -> bool) -> bool {
    let t = &toks[j];
    let w = t.norm();
    !t.cap
        && !t.caps
        && w.len() >= 5
        && ends(w)
        && j.checked_sub(1).is_some_and(|p| {
            let prev = &toks[p];
            prev.is_word() && lexis::determiner(prev).is_none() && !lexis::is_de(prev)
        })
}

/// The place or group a sentence opens on before the `on` at `on`, which speaks for it:
/// `Chez les irrigants, on…`, `À la préfecture, on…`, `Au ministère de l'Intérieur, on…`,
/// `Du côté de la majorité, on…`, `Dans l'entourage du ministre, on…`, with a name set beside
/// the group (`Dans l'entourage de la ministre, Paul Morel, on…`). After `chez` any phrase
/// is a group of people; after the other openings only a phrase that names people or a body
/// does (`À ce stade, on ignore…`, `Dans ce contexte, on estime…` are not sources).
pub(crate) fn fronted_group(toks: &[Tok], on: usize) -> Option<Np> {
    let comma = on.checked_sub(1)?;
    if !toks[comma].is_punct(',') || !toks.first()?.is_word() {
        return None;
    }
    let (start, any) = group_opening(toks, 0)?;
    if start >= comma {
        return None;
    }
    let np = forward(toks, start, false).or_else(|| political_side(toks, start))?;
    // `Dans l'entourage de la ministre, Paul Morel, on…`: a name set beside the group is
    // part of it, and the `on` still speaks for the group.
    let np = if np.end < comma && toks.get(np.end).is_some_and(|t| t.is_punct(',')) {
        with_apposition(toks, np)
    } else {
        np
    };
    (np.end == comma && speaks_for_on(toks, &np, any)).then_some(np)
}

/// Where the phrase that an `on` speaks for starts, for the preposition at `at` that opens
/// it, and whether any phrase will do (after `chez`) or only one that names people or a body
/// ([`speaks_for_on`]). `au`, `aux` and `des` hold the article, so the phrase starts on them:
/// `chez les irrigants`, `à la préfecture`, `dans l'entourage du ministre`, `parmi les élus`,
/// `au sein de la majorité`, `au ministère`, `du côté de la majorité`.
fn group_opening(toks: &[Tok], at: usize) -> Option<(usize, bool)> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm());
    let holds_article = |k: usize| matches!(w(k), "des" | "du");
    match w(at) {
        "chez" => Some((at + 1, true)),
        "a" | "dans" | "parmi" => Some((at + 1, false)),
        "au" | "aux" if w(at + 1) == "sein" && toks.get(at + 2).is_some_and(lexis::is_de) => {
            Some((at + 2 + usize::from(!holds_article(at + 2)), false))
        }
        "au" | "aux" => Some((at, false)),
        "du" if w(at + 1) == "cote" && matches!(w(at + 2), "du" | "des") => Some((at + 2, false)),
        "du" if w(at + 1) == "cote" && matches!(w(at + 2), "de" | "d'") => Some((at + 3, false)),
        _ => None,
    }
}

/// A side of politics at `start`, which no word list names: `gauche`, `droite`, `l'extrême
/// droite`, `la gauche` (read as a name, as coders write it).
fn political_side(toks: &[Tok], start: usize) -> Option<Np> {
    let end = (start..toks.len().min(start + 3)).find(|&k| {
        toks[k].is_word() && !toks[k].cap && matches!(toks[k].norm(), "gauche" | "droite")
    })? + 1;
    toks[start..end - 1]
        .iter()
        .all(|t| t.is_word() && matches!(t.norm(), "l'" | "la" | "extreme"))
        .then(|| {
            let mut np = classify(toks, start, end, true);
            np.kind = NpKind::Name;
            np.name = Some((start, end));
            np
        })
}

/// Whether the phrase after an opening of [`group_opening`] is one an `on` speaks for: any
/// phrase after `chez` (`any`), else a phrase that names people or a body (`À ce stade, on
/// ignore…`, `assure-t-on à la veille du scrutin` are no sources), or a side of politics
/// (`À gauche, on appelle…`, `À l'extrême droite, on…`).
fn speaks_for_on(toks: &[Tok], np: &Np, any: bool) -> bool {
    any || political_side(toks, np.start).is_some_and(|side| side.end == np.end)
        || matches!(
            np.kind,
            NpKind::Name | NpKind::Role | NpKind::Institution | NpKind::Group | NpKind::Vague
        )
}

/// The place or body set at `after`, right after a verb whose `on` is inverted, which speaks
/// for that `on` as [`fronted_group`] reads it before, with the same openings
/// ([`group_opening`]) and `auprès de`: `glisse-t-on à l'Élysée`, `souffle-t-on à Matignon`,
/// `assure-t-on dans l'entourage du ministre`, `indique-t-on au ministère`, `fait-on valoir
/// chez Renault`, `explique-t-on du côté de la majorité`. The phrase must close the clause (a
/// comma, a full stop or the end) and, after any opening but `chez`, name people or a body
/// (`assure-t-on à la veille du scrutin` is no source).
pub(crate) fn trailing_group(toks: &[Tok], after: usize) -> Option<Np> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm());
    // After the verb `auprès de` opens the body too (`indique-t-on auprès du ministère`).
    let (start, any) = match w(after) {
        "aupres" if toks.get(after + 1).is_some_and(lexis::is_de) => (
            after + 1 + usize::from(!matches!(w(after + 1), "des" | "du")),
            false,
        ),
        _ => group_opening(toks, after)?,
    };
    let np = forward(toks, start, false).or_else(|| political_side(toks, start))?;
    let closes = toks
        .get(np.end)
        .is_none_or(|t| t.is_punct(',') || t.is_punct('.') || t.is_punct(';'));
    (closes && speaks_for_on(toks, &np, any)).then_some(np)
}

/// Whether a phrase holds the verb of its own clause: a negation (`La ville ne tiendra pas`),
/// a word in the ending of the future, the conditional or the imperfect right after a word
/// that is not a determiner (`La ville fermera`), or, in a phrase opened by a plural
/// determiner, a verb of the third person plural ([`third_plural_verb`]). A noun with such an
/// ending comes after its determiner (`le portrait`, `la caméra`).
fn holds_verb(toks: &[Tok], np: &Np) -> bool {
    let plural = lexis::determiner(&toks[np.start]).is_some_and(|(_, n)| n == Number::Plural);
    (np.start + 1..np.end).any(|j| {
        let t = &toks[j];
        t.is_word()
            && (t.is("ne")
                || t.is("n'")
                || (plural && third_plural_verb(toks, j))
                || tense_ending(toks, j))
    })
}

/// Whether the lower-case word at `j`, right after a capitalised word, is the finite verb of
/// the clause that name is the subject of (`la France votera`, `les Français paieront`, `la
/// Chine doit payer`, `l'Espagne est perdante`, `l'Italie ne paiera pas`): a negation, a
/// finite form of avoir, être, devoir, pouvoir or aller, or a word in the ending of the
/// future, the conditional, the imperfect or the third person plural. A name is made of
/// capitalised words and particles, with at most an adjective of a body's name (`Santé
/// publique France`), never a verb.
fn verb_after_name(toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    if !t.is_word() || t.cap || t.caps || j == 0 || !is_name_word(&toks[j - 1]) {
        return false;
    }
    let g = grammar();
    let w = t.norm();
    t.is("ne")
        || t.is("n'")
        || g.avoir.contains_key(w)
        || g.etre.contains_key(w)
        || g.prospective.contains_key(w)
        || tense_ending(toks, j)
        || verb_shaped(toks, j, |w| w.ends_with("ent") && !w.ends_with("ment"))
}

/// Nouns in the ending of a tense ([`tense_ending`]): `le portrait`, `un extrait`.
const NOUNS_IN_TENSE_ENDING: &[&str] = &[
    "portrait", "retrait", "extrait", "trait", "souhait", "attrait", "camera", "opera", "extra",
    "ultra", "mantra", "cholera", "tiara", "sahara",
];

/// Whether the lower-case word at `j`, after a word that is no determiner, `de` or
/// preposition, is a finite verb: a negation, a finite form of avoir (not `à`), être,
/// devoir, pouvoir or aller, of a common verb of saying ([`Grammar::saying`]: `assure`,
/// `affirmait`, `dit`), or a word in the ending of the future, the conditional or the
/// imperfect (`achètera`). A noun the word lists know as a speaker's head (`le juge`) is
/// none.
///
/// [`Grammar::saying`]: super::verbs::Grammar::saying
fn finite_verb_after_noun(toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    if j == 0 || !t.is_word() || t.cap || t.caps {
        return false;
    }
    let prev = &toks[j - 1];
    if !prev.is_word()
        || lexis::determiner(prev).is_some()
        || lexis::is_de(prev)
        || lexis::is_preposition(prev)
    {
        return false;
    }
    // `L'électricien l'estime`, `Le maire les a reçus`: an object pronoun before the verb.
    if matches!(
        t.norm(),
        "l'" | "le" | "la" | "les" | "lui" | "leur" | "se" | "s'"
    ) && toks
        .get(j + 1)
        .is_some_and(|v| v.is_word() && !v.cap && !v.caps && finite_form(v))
    {
        return true;
    }
    if lexis::role_head(t).is_some()
        || lexis::institution_head(t).is_some()
        || lexis::is_vague_head(t)
        || lexis::is_document_head(t)
        || lexis::is_relation(t)
        || lexis::is_collective(t)
    {
        return false;
    }
    t.is("ne")
        || t.is("n'")
        || finite_form(t)
        || (tense_ending(toks, j) && !NOUNS_IN_TENSE_ENDING.contains(&t.norm()))
}

/// Whether a word is a finite form of avoir (not `à`), être, devoir, pouvoir, aller or a
/// common verb of saying ([`Grammar::saying`]).
///
/// [`Grammar::saying`]: super::verbs::Grammar::saying
fn finite_form(t: &Tok) -> bool {
    let g = grammar();
    let w = t.norm();
    let saying = if t.accented {
        g.saying.contains_key(super::text::lower(t.raw).as_str())
    } else {
        g.saying.contains_key(w)
    };
    (g.avoir.contains_key(w) && !t.accented)
        || g.etre.contains_key(w)
        || g.prospective.contains_key(w)
        || saying
}

/// Whether the words from `s` to `e` are a proper name alone: they end on a capitalised word,
/// and every lower-case word among them is a particle, `de`, an article or an adjective of a
/// body's name (`Jean-Luc Barbaste`, `Marie de La Tour`, `Santé publique France`). A clause
/// is none (`France paie trop`).
pub(crate) fn is_proper_name(toks: &[Tok], s: usize, e: usize) -> bool {
    let words = || toks[s..e.min(toks.len())].iter().filter(|t| t.is_word());
    words().next_back().is_some_and(is_name_word)
        && words().all(|t| {
            is_name_word(t)
                || lexis::is_name_particle(t)
                || lexis::is_de(t)
                || lexis::determiner(t).is_some()
                || NAME_ADJECTIVE_ENDINGS.iter().any(|x| t.norm().ends_with(x))
        })
}

/// A lower-case word in `-ra`, `-ront`, `-rait`, `-raient`, `-ait` or `-aient` right after a
/// word that is not a determiner or `de`: a verb in the future, the conditional or the
/// imperfect.
fn tense_ending(toks: &[Tok], j: usize) -> bool {
    verb_shaped(toks, j, |w| {
        ["ra", "ront", "rait", "raient", "ait", "aient"]
            .iter()
            .any(|e| w.ends_with(e))
    })
}

/// Longest party label in brackets, in words (`(LR)`, `(divers droite)`, `(Parti socialiste)`).
const PARTY_MAX_WORDS: usize = 3;

/// The closing bracket of a party label in brackets opening at `open` (`(LR)`, `(EELV)`,
/// `(divers droite)`): at most [`PARTY_MAX_WORDS`] words, the first capitalised or the
/// label written in lower case as parties of the centre and right often are (`divers`), or
/// `(sans étiquette)`.
pub(crate) fn party_in_brackets(toks: &[Tok], open: usize) -> Option<usize> {
    if !toks.get(open)?.is_punct('(') {
        return None;
    }
    let close =
        (open + 1..toks.len().min(open + 2 + PARTY_MAX_WORDS)).find(|&k| toks[k].is_punct(')'))?;
    let words = &toks[open + 1..close];
    let first = words.first()?;
    (words.iter().all(|t| t.is_word())
        && !first
            .norm()
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
        // `(sans étiquette)`: no party, written as a label all the same.
        && (first.cap || first.caps || first.is("divers") || first.is("sans")))
    .then_some(close)
}

/// A group going right: `X, Y et Z`, or a single phrase when there is no coordination.
pub(crate) fn group_forward(toks: &[Tok], i: usize, lenient: bool) -> Option<Np> {
    let mut first = forward(toks, i, lenient)?;
    if !first.kind.is_speaker() {
        return Some(first);
    }
    // The members are counted rather than kept: the group needs only the first one's start,
    // the last one's end, and whether every one is feminine.
    let mut members = 1;
    let mut last_end = first.end;
    let mut later_feminine = true;
    let mut at = first.end;
    let mut closed = false;
    let mut describing = false;
    // A name in full (`Jean-Marc Auzias`), not a capitalised noun opening the sentence.
    let full_name = |np: &Np| np.kind == NpKind::Name && np.name.is_some_and(|(a, b)| b >= a + 2);
    let mut last_named = full_name(&first);
    while let Some(sep) = toks.get(at) {
        let coord = sep.is("et") || sep.is("ou");
        if !(sep.is_punct(',') || coord) {
            break;
        }
        let Some(next) = forward(toks, at + 1, false) else {
            break;
        };
        if !next.kind.is_speaker() || next.kind == NpKind::Pronoun {
            break;
        }
        // `Jean-Marc Auzias, éleveur de bovins et président de la fédération`: a role with no
        // article after a name, and the roles coordinated with it, describe that name; they
        // are no members of a group.
        let bare_role = next.kind == NpKind::Role
            && next.name.is_none()
            && toks[at + 1].is_word()
            && lexis::determiner(&toks[at + 1]).is_none()
            && lexis::title(&toks[at + 1]).is_none();
        if bare_role && (describing || last_named) {
            describing = true;
            at = next.end;
            continue;
        }
        describing = false;
        last_named = full_name(&next);
        // `le ministère de l'Économie et des Finances`: a capitalised complement coordinated
        // with the complement of the only member so far completes that member's noun; it is
        // not a second speaker.
        let completes = coord
            && members == 1
            && toks[at + 1].is_word()
            && lexis::is_de(&toks[at + 1])
            && toks
                .get(at + 2)
                .is_some_and(|t| t.cap || t.caps || t.is("l'"))
            && (first.start + 1..first.end).any(|k| toks[k].is_word() && lexis::is_de(&toks[k]));
        if completes {
            first.end = next.end;
            last_end = next.end;
            at = next.end;
            continue;
        }
        members += 1;
        last_end = next.end;
        later_feminine &= next.gender == Gender::Feminine;
        at = next.end;
        if coord {
            closed = true;
            break;
        }
    }
    if !closed || members < 2 {
        return Some(first);
    }
    Some(group(
        first.start,
        last_end,
        first.gender == Gender::Feminine && later_feminine,
    ))
}

/// The group of coordinated members from `start` to `end`.
fn group(start: usize, end: usize, all_feminine: bool) -> Np {
    Np {
        start,
        end,
        kind: NpKind::Group,
        gender: if all_feminine {
            Gender::Feminine
        } else {
            Gender::Masculine
        },
        number: Number::Plural,
        name: None,
        role: None,
    }
}

pub(crate) fn pronoun(i: usize, gender: Gender, number: Number) -> Np {
    Np {
        start: i,
        end: i + 1,
        kind: NpKind::Pronoun,
        gender,
        number,
        name: None,
        role: None,
    }
}

fn first_person(i: usize) -> Np {
    Np {
        start: i,
        end: i + 1,
        kind: NpKind::FirstPerson,
        gender: Gender::Unknown,
        number: Number::Singular,
        name: None,
        role: None,
    }
}

/// The subject of a verb group that starts at token `g`, going left.
pub(crate) fn subject_before(toks: &[Tok], g: usize) -> Option<Np> {
    let k = g.checked_sub(1)?;
    let t = &toks[k];
    // `La gauche, elle, critique…`, `Les maires, eux, contestent…`: a personal pronoun set
    // between commas takes up the subject before it, which it shows to be someone (a phrase
    // the word lists do not know, as `la gauche`, becomes a role).
    if t.is_punct(',') && k >= 3 && toks[k - 2].is_punct(',') {
        let p = &toks[k - 1];
        if p.is_word()
            && (lexis::subject_pronoun(p).is_some() || lexis::tonic_pronoun(p).is_some())
            && let Some(mut np) = apposition_before(toks, k - 2)
                .filter(|np| np.kind.is_speaker() || np.kind == NpKind::Other)
        {
            if np.kind == NpKind::Other {
                np.kind = NpKind::Role;
            }
            return Some(np);
        }
    }
    if t.is_word() {
        let w = t;
        if lexis::is_first_person(w) {
            return Some(first_person(k));
        }
        if let Some((gender, number)) = lexis::subject_pronoun(w) {
            return Some(pronoun(k, gender, number));
        }
        // `Lui se décrit comme…`, `Eux affirment le contraire`: a stressed pronoun opening
        // the clause is its subject (after a preposition it is a complement: `selon lui`).
        if (k == 0 || !toks[k - 1].is_word())
            && (w.is("lui") || w.is("eux"))
            && let Some((gender, number)) = lexis::tonic_pronoun(w)
        {
            return Some(pronoun(k, gender, number));
        }
        if w.is("qui") {
            // A relative clause: the subject is the antecedent (`le ministre, qui a dit`).
            let before = k.checked_sub(1)?;
            let end = if toks[before].is_punct(',') {
                before
            } else {
                k
            };
            // `C'est le Dr Farid Azzouzi, généraliste à Saint-Denis, qui résume…`, `J'ai
            // croisé Marc Durand, cardiologue, qui affirme…`: the role set between commas
            // after a name describes it; the relative clause is said of the person named.
            let named = (end == before)
                .then(|| apposition_before(toks, k))
                .flatten()
                .filter(|np| {
                    np.kind == NpKind::Name
                        && np.role.is_some()
                        && np.name.is_some_and(|(s, e)| {
                            e > s
                                && toks.get(e).is_some_and(|t| t.is_punct(','))
                                && toks[s..e]
                                    .iter()
                                    .all(|t| t.cap || t.caps || t.is_punct('.'))
                        })
                });
            return named
                .or_else(|| apposition_before(toks, end))
                .filter(|np| np.kind.is_speaker());
        }
    }
    if let Some(np) = coordinated_clause_subject(toks, g).or_else(|| relative_antecedent(toks, g)) {
        return Some(np);
    }
    // `Le médiateur avait rendu en octobre un avis critique sur le projet`: the word is an
    // adjective of the object of a compound verb, whose subject is the one who speaks.
    if let Some(aux) = object_of_compound(toks, g) {
        return subject_before(toks, aux);
    }
    // A phrase never holds the verb of its own clause (`Les parents demandent des
    // explications, a indiqué la directrice`, `La ville ne tiendra pas, a prévenu le maire`:
    // the subject of the incise comes after it).
    // Nor does a phrase that opens on a preposition name a subject (`Sans remontées, l'école
    // fermerait, préviennent les élus`).
    let np = apposition_before(toks, g)
        .filter(|np| !holds_verb(toks, np))
        .filter(|np| {
            // `sans` is no preposition inside a role (`le maire sans étiquette`), but it opens
            // an adverbial phrase as the others do.
            let opening_preposition = |k: usize| {
                (lexis::is_preposition(&toks[k]) || toks[k].is("sans"))
                    && (k == 0 || !toks[k - 1].is_word())
            };
            !(opening_preposition(np.start) || np.start > 0 && opening_preposition(np.start - 1))
        })?;
    if t.is_punct(',') || t.is_punct(')') {
        return Some(np);
    }
    Some(above_complements(toks, np))
}

/// How far before an object's article the auxiliary of the compound verb that governs it is
/// looked for, over its participle and a time phrase (`avait rendu en octobre un avis`).
const OBJECT_REACH: usize = 5;

/// The auxiliary of the compound verb whose object ends right before `g`: an indefinite
/// article and a noun (`a rendu en octobre un avis | critique`, `a publié un rapport |
/// critique`), with a form of `avoir` a few words before the article in the same clause and
/// its participle after it. A clause has one subject: the object is none.
fn object_of_compound(toks: &[Tok], g: usize) -> Option<usize> {
    let det = g.checked_sub(2)?;
    let (d, noun) = (&toks[det], &toks[det + 1]);
    if !(d.is_word() && matches!(d.norm(), "un" | "une") && noun.is_word() && !noun.cap) {
        return None;
    }
    let grammar = super::verbs::grammar();
    (det.saturating_sub(OBJECT_REACH)..det)
        .rev()
        .take_while(|&k| {
            let t = &toks[k];
            t.is_word() && !matches!(t.norm(), "que" | "qu'" | "qui" | "et" | "ou" | "mais")
        })
        .find(|&k| {
            let t = &toks[k];
            !t.cap && grammar.avoir.contains_key(t.norm()) && k + 1 < det
        })
}

/// The subject of a verb that follows a relative clause without commas (`Les associations qui
/// accompagnaient le campement appellent…`, `Les habitants qui vivent près de l'usine
/// dénoncent…`): the antecedent of `qui`, a speaker's phrase that opens the sentence or
/// follows punctuation, when `qui` is at most [`RELATIVE_REACH`] words before the verb and
/// is followed by a verb of its own.
fn relative_antecedent(toks: &[Tok], g: usize) -> Option<Np> {
    // `Son voisin, qui ne souhaite pas être nommé, dit…`: a relative clause set between
    // commas, after someone's relation.
    let between_commas = g > 0 && toks[g - 1].is_punct(',');
    let end = if between_commas { g - 1 } else { g };
    let qui = (end.saturating_sub(RELATIVE_REACH)..end)
        .rev()
        .take_while(|&k| toks[k].is_word())
        .find(|&k| toks[k].is("qui"))?;
    if qui + 1 >= end || qui == 0 {
        return None;
    }
    let np = if between_commas {
        if !toks[qui - 1].is_punct(',') {
            return None;
        }
        // `Son voisin` is someone, the subject of the verb after the clause that says who.
        let mut np = apposition_before(toks, qui - 1)
            .filter(|np| (np.start..np.end).any(|k| lexis::is_relation(&toks[k])))?;
        if np.kind == NpKind::Other {
            np.kind = NpKind::Role;
        }
        np
    } else {
        apposition_before(toks, qui)?
    };
    let opens = np.start == 0 || !toks[np.start - 1].is_word();
    (opens && np.kind.is_speaker() && np.kind != NpKind::Pronoun && !holds_verb(toks, &np))
        .then_some(np)
}

/// How far before a coordinating `et` the verb of the first clause is looked for.
const CLAUSE_REACH: usize = 24;

/// The most words between `qui` and the verb after its relative clause.
const RELATIVE_REACH: usize = 8;

/// The subject of a clause coordinated after a first one: the phrase between `et` (or `mais`)
/// and the verb at `g`, when the words before `et` hold a verb of their own, or end on a comma
/// (`Le ministre a défendu le plan, et l'opposition a dénoncé…`, `Le ministre a défendu le
/// plan et l'opposition a dénoncé…`). Two subjects of one verb (`Les syndicats et le patronat
/// ont dénoncé…`) have no verb before `et`, and stay one group.
fn coordinated_clause_subject(toks: &[Tok], g: usize) -> Option<Np> {
    let et = (g.saturating_sub(MAX_NP)..g)
        .rev()
        .find(|&k| toks[k].is("et") || toks[k].is("mais"))?;
    let np = forward(toks, et + 1, false)?;
    if np.end != g || !np.kind.is_speaker() || np.kind == NpKind::Pronoun {
        return None;
    }
    let grammar = super::verbs::grammar();
    let after_comma = et > 0 && toks[et - 1].is_punct(',');
    // Only the words just before `et` are read, so that a long sentence stays linear.
    let verb_before = toks[et.saturating_sub(CLAUSE_REACH)..et].iter().any(|t| {
        t.is_word() && !t.cap && {
            let w = t.norm();
            grammar.avoir.contains_key(w) || grammar.etre.contains_key(w)
        }
    });
    (after_comma || verb_before).then_some(np)
}

/// The phrase a subject found right before its verb completes, when it follows a
/// preposition: `L'accord signé mercredi à Niamey prévoit…` (not `Niamey`), `Plusieurs
/// diplomates en poste à Lusaka ont fait part…`. Climbs at most [`COMPLEMENTS_MAX`]
/// prepositions; the phrase itself when no phrase free of a preposition is found.
fn above_complements(toks: &[Tok], np: Np) -> Np {
    let after_preposition = |np: &Np| {
        np.start > 0 && {
            let p = &toks[np.start - 1];
            p.is_word() && lexis::is_preposition(p) && !lexis::is_de(p)
        }
    };
    // `plusieurs d'entre eux disent`: a pronoun is taken up as it is.
    if np.kind == NpKind::Pronoun {
        return np;
    }
    let is_preposition = |k: usize| {
        let t = &toks[k];
        t.is_word() && lexis::is_preposition(t) && !lexis::is_de(t)
    };
    let mut up = np.clone();
    for _ in 0..=COMPLEMENTS_MAX {
        if !after_preposition(&up) {
            return up;
        }
        // The phrase before the preposition; a bare noun (`en poste à`) is stepped over to
        // the preposition before it.
        let mut prep = up.start - 1;
        let next = loop {
            let Some(k) = prep.checked_sub(1) else {
                return np;
            };
            if let Some(next) = ending_at(toks, k) {
                break next;
            }
            let Some(p) = (k.saturating_sub(2)..=k)
                .rev()
                .take_while(|&i| toks[i].is_word())
                .find(|&i| is_preposition(i))
            else {
                return np;
            };
            prep = p;
        };
        up = extend_group_left(toks, next);
    }
    np
}

/// How many words (the determiner included) may describe a name in an apposition before it.
const DESCRIPTION_MAX: usize = 5;

/// Adjectives that open an insert before `à` and may also be nouns of people (`fidèles à
/// leur habitude`, `hostile à la réforme`, `favorables au projet`).
const ADJECTIVES_BEFORE_A: &[&str] = &[
    "fidele",
    "fideles",
    "hostile",
    "hostiles",
    "favorable",
    "favorables",
];

/// How many prepositions [`above_complements`] climbs over.
const COMPLEMENTS_MAX: usize = 3;

/// The phrase that ends right before token `end`, with the appositions around commas:
/// `ROLE, NAME,` and `NAME, ROLE,` (the name is the speaker; the role is kept beside it), and
/// `NAME, 45 ans,` (the insert is skipped).
fn apposition_before(toks: &[Tok], end: usize) -> Option<Np> {
    apposition_before_at(toks, end, 0)
}

/// How many brackets, ages or acronyms [`apposition_before`] steps over before a subject:
/// real sentences hold one or two; a hostile one may hold thousands, which must not recurse
/// that deep.
const INSERTS_MAX: usize = 3;

fn apposition_before_at(toks: &[Tok], end: usize, depth: usize) -> Option<Np> {
    if depth > INSERTS_MAX {
        return None;
    }
    let deeper = |end: usize| apposition_before_at(toks, end, depth + 1);
    let k = end.checked_sub(1)?;
    if toks[k].is_punct(')') {
        // Skip one parenthesis: `La CEDEAO (Communauté…) a déclaré`.
        let open = (k.saturating_sub(20)..k)
            .rev()
            .find(|&i| toks[i].is_punct('('))?;
        return deeper(open);
    }
    if !toks[k].is_punct(',') {
        let np = ending_at(toks, k)?;
        return Some(extend_group_left(toks, np));
    }
    // `…, A, verb`: A is what lies between this comma and the one before it, B the phrase
    // before that comma. A name may carry its party in brackets (`Paul Girard (EELV),`): A
    // ends before them.
    let a_last = match k.checked_sub(1) {
        Some(c) if toks[c].is_punct(')') => (c.saturating_sub(20)..c)
            .rev()
            .find(|&i| toks[i].is_punct('('))
            .unwrap_or(k),
        _ => k,
    };
    let floor = k.saturating_sub(24);
    let c0 = (floor..a_last).rev().find(|&i| {
        toks[i].is_punct(',')
            || is_quote(&toks[i])
            || toks[i].is_punct(':')
            || toks[i].is_punct(';')
    });
    let a_start = c0.map_or(floor, |c| c + 1);
    // `NAME, 23 ans, verb`: the age is an insert; the phrase before it speaks.
    if let Some(c) = c0.filter(|&c| toks[c].is_punct(','))
        && is_age(toks, a_start, k)
    {
        return deeper(c + 1);
    }
    // A may describe the name before giving it (`Son président, l'ancien médecin Jean-Paul
    // Dury, dénonce`): a determiner and a few lower-case words before the name.
    let described = |a: &Np| {
        a.kind == NpKind::Name
            && a.start > a_start
            && a.start - a_start <= DESCRIPTION_MAX
            && lexis::determiner(&toks[a_start]).is_some()
            && toks[a_start..a.start]
                .iter()
                .all(|t| t.is_word() && !t.cap && !t.caps && !lexis::is_preposition(t))
    };
    // An agent phrase (`L'opposition, menée par Gérard Fontaine, réclame`) names who leads
    // the subject, not the subject.
    let agent = |a: &Np| {
        let name_start = a.name.map_or(a.start, |(s, _)| s);
        toks[a.start..name_start]
            .iter()
            .any(|t| t.is_word() && lexis::is_preposition(t))
    };
    // A role may follow an adjective with no article (`, seule pédiatre du canton,`,
    // `, ancien maire,`).
    let qualified = |a: &Np| {
        matches!(a.kind, NpKind::Role)
            && a.start > a_start
            && a.start - a_start <= 2
            && toks[a_start..a.start].iter().all(|t| {
                t.is_word()
                    && !t.cap
                    && !t.caps
                    && !lexis::is_preposition(t)
                    && lexis::determiner(t).is_none()
                    && !lexis::is_de(t)
            })
    };
    // A participle and its complement (`, réfugiés à Djibo,`, `, installés depuis vingt
    // ans,`) describe the phrase before them: an insert, not the subject.
    let participial = toks.get(a_start..=a_start + 1).is_some_and(|w| {
        let (p, n) = (&w[0], &w[1]);
        p.is_word()
            && !p.cap
            && !p.caps
            && lexis::determiner(p).is_none()
            && lexis::title(p).is_none()
            && p.norm().len() > 4
            && (["é", "ée", "és", "ées"].iter().any(|e| p.raw.ends_with(e))
                || matches!(p.norm(), "reunis" | "reunies" | "venus" | "venues"))
            && n.is_word()
            && lexis::is_preposition(n)
    });
    // A participle alone (`Le ministère, sollicité, indique…`, `La mairie, contactée,
    // assure…`) says how the words were got: an insert too, unless it is a role (`, député,`).
    let lone_participle = a_last == a_start + 1
        && toks.get(a_start).is_some_and(|p| {
            p.is_word()
                && !p.cap
                && !p.caps
                && p.norm().len() > 4
                && ["é", "ée", "és", "ées"].iter().any(|e| p.raw.ends_with(e))
                && lexis::role_head(p).is_none()
        });
    let a = ending_at(toks, a_last.checked_sub(1)?)
        .filter(|_| !participial && !lone_participle)
        .filter(|a| (a.start == a_start || described(a) || qualified(a)) && !agent(a));
    // An insert that opens on an adverb, an adjective or a participle with no role in it (`,
    // entendu mardi,`, `, largement financées par l'État,`, `, très actives,`, `, fidèles à
    // leur habitude,`) describes the phrase before it, which is the subject; that phrase may
    // be a document (`Le document, fondé sur 212 entretiens, décrit…`).
    let adjective_first = toks.get(a_start..a_last).is_some_and(|ws| {
        ws.len() >= 2
            && ADJECTIVES_BEFORE_A.contains(&ws[0].norm())
            && (ws[1].is("a") || ws[1].is("au") || ws[1].is("aux"))
    });
    let descriptive = c0.is_some_and(|c| toks[c].is_punct(','))
        && a.as_ref()
            .is_none_or(|a| !a.kind.is_speaker() || a.kind == NpKind::Group || adjective_first)
        && toks.get(a_start..a_last).is_some_and(|ws| {
            ws.first().is_some_and(|p| {
                p.is_word()
                    && !p.cap
                    && !p.caps
                    && lexis::determiner(p).is_none()
                    && lexis::title(p).is_none()
                    && !lexis::is_preposition(p)
                    && !lexis::is_de(p)
                    && !matches!(
                        p.norm(),
                        "qui" | "que" | "qu'" | "dont" | "ou" | "et" | "mais"
                    )
                    && lexis::subject_pronoun(p).is_none()
                    && lexis::tonic_pronoun(p).is_none()
                    && !is_cardinal(p)
            }) && ws.iter().enumerate().all(|(x, t)| {
                // `fidèles à leur habitude`, `hostile à la réforme`: an adjective before
                // `à`, whatever noun the word may also be.
                let adjective = x == 0 && adjective_first;
                // A verb makes it a clause (`, très tournées vers l'export, seraient les
                // premières touchées, a précisé…`).
                let verb = finite_form(t)
                    || ["ait", "aient", "ront", "rait", "raient"]
                        .iter()
                        .any(|x| t.norm().ends_with(x))
                    || (t.norm().len() >= 5
                        && t.norm().ends_with("ent")
                        && !t.norm().ends_with("ment"));
                // A place may be named in it (`, réfugiés à Djibo,`).
                t.is_word()
                    && (x > 0 || (!t.cap && !t.caps))
                    && !verb
                    && (adjective || lexis::role_head(t).is_none())
                    && !lexis::is_relation(t)
                    && (x > 0 || lexis::institution_head(t).is_none())
            })
        });
    if descriptive && let Some(b) = described_subject(toks, c0, &deeper) {
        return Some(b);
    }
    let b = c0
        .filter(|&c| toks[c].is_punct(','))
        .and_then(|c| c.checked_sub(1))
        .and_then(|e| {
            // `L'Alliance démocratique (ACD), ROLE, verb`: the name before its brackets.
            if toks[e].is_punct(')') {
                return deeper(e + 1);
            }
            // `NAME, 23 ans, ROLE, verb`: B is the phrase before the age.
            let b_start = (e.saturating_sub(4)..e)
                .rev()
                .find(|&i| toks[i].is_punct(','));
            match b_start {
                Some(c1) if is_age(toks, c1 + 1, e + 1) => ending_at(toks, c1.checked_sub(1)?),
                _ => ending_at(toks, e),
            }
        });
    match (a, b) {
        (Some(a), Some(b)) if a.kind == NpKind::Name && is_role_like(toks, &b) => {
            Some(appose(b, a))
        }
        (Some(a), Some(b)) if is_role_like(toks, &a) && b.kind == NpKind::Name => {
            Some(appose(a, b))
        }
        // `Le principal syndicat du site, l'Union des travailleurs du Nord (UTN), a appelé`:
        // the body's own name after its description speaks.
        (Some(a), Some(b)) if described_body(toks, &b) && proper_body(toks, &a).is_some() => {
            proper_body(toks, &a).map(|body| appose_body(b, body))
        }
        // `Les syndicats, eux, menacent`: the stressed pronoun repeats the subject, which may
        // carry a complement (`Plusieurs généraux en deuxième section, eux, s'inquiètent`).
        (Some(a), Some(b)) if a.kind == NpKind::Pronoun => {
            let b = if b.kind.is_speaker() {
                b
            } else {
                above_complements(toks, b)
            };
            b.kind.is_speaker().then_some(b)
        }
        // `La direction du port, partie civile, s'est félicitée`: a role or a body between
        // commas describes the phrase before it, which is the subject.
        (Some(a), Some(b))
            if matches!(a.kind, NpKind::Role | NpKind::Institution)
                && matches!(
                    b.kind,
                    NpKind::Role | NpKind::Institution | NpKind::Name | NpKind::Group
                ) =>
        {
            Some(b)
        }
        // `Lina Costa, infirmière et déléguée du personnel, a dénoncé`: roles coordinated
        // with no article describe the name before them.
        (Some(a), Some(b))
            if a.kind == NpKind::Group
                && b.kind == NpKind::Name
                && toks[a.start].is_word()
                && !toks[a.start].cap
                && lexis::determiner(&toks[a.start]).is_none()
                && lexis::role_head(&toks[a.start]).is_some() =>
        {
            Some(appose(a, b))
        }
        (Some(a), _) if a.kind.is_speaker() => Some(a),
        // An insert that names nobody: a relative clause (`, qui a démissionné hier,`), an
        // age, an adjective (`, visiblement agacé,`). Not a stretch holding a dash: after a
        // dateline (`BRUXELLES, 17 nov (Agence) - La Chine va…, a annoncé X`) the clause is
        // the content, and the city before it speaks for nobody.
        (_, Some(b))
            if b.kind.is_speaker()
                && !toks[a_start..k]
                    .iter()
                    .any(|t| t.is_punct('-') || t.is_punct('—') || t.is_punct('–')) =>
        {
            Some(b)
        }
        _ => None,
    }
}

/// The subject before a descriptive insert (see [`apposition_before_at`]) whose comma is at
/// `c0`: the phrase before it, climbed over its complements, when it can speak or is a
/// document.
fn described_subject(
    toks: &[Tok],
    c0: Option<usize>,
    deeper: &dyn Fn(usize) -> Option<Np>,
) -> Option<Np> {
    let e = c0?.checked_sub(1)?;
    // `Le Syndicat autonome des navigants (SAN), majoritaire…,`: the name before its
    // brackets; `l'ancien adjoint, 66 ans, costume gris,`: the phrase before the age.
    let b = if toks[e].is_punct(')') {
        deeper(e + 1)?
    } else {
        match (e.saturating_sub(4)..e)
            .rev()
            .find(|&i| toks[i].is_punct(','))
        {
            Some(c1) if is_age(toks, c1 + 1, e + 1) => ending_at(toks, c1.checked_sub(1)?)?,
            _ => ending_at(toks, e)?,
        }
    };
    let b = extend_group_left(toks, above_complements(toks, b));
    let b = if b.kind == NpKind::Other
        && lexis::determiner(&toks[b.start]).is_some()
        && (b.start..b.end).any(|k| lexis::is_relation(&toks[k]))
    {
        Np {
            kind: NpKind::Role,
            ..b
        }
    } else {
        b
    };
    // The whole subject: it opens the clause.
    let opens = b.start == 0 || toks[b.start - 1].is_punct(',');
    // A document only with the definite article or a demonstrative (`Le document, fondé
    // sur…,`): `Sa note, présentée jeudi avec le sérieux d'un bulletin,` is the author's
    // account of it.
    let document = b.kind == NpKind::Document
        && toks[b.start].is_word()
        && matches!(
            toks[b.start].norm(),
            "le" | "la" | "l'" | "les" | "ce" | "cet" | "cette" | "ces"
        );
    (opens && (b.kind.is_speaker() || document)).then_some(b)
}

/// Whether `toks[a..b]` is an age between commas: `23 ans`, `trente ans`, `45 ans environ`.
/// The token after an age and its comma at `at` (`58 ans,` in `Gérard Poupard, 58 ans,
/// céréalier`), or `at`: the age stands between a name and its role.
pub(crate) fn past_age(toks: &[Tok], at: usize) -> usize {
    match (at..(at + 4).min(toks.len())).find(|&k| toks[k].is_punct(',')) {
        Some(c) if is_age(toks, at, c) => c + 1,
        _ => at,
    }
}

fn is_age(toks: &[Tok], a: usize, b: usize) -> bool {
    a < b
        && b - a <= 3
        && toks[a..b].iter().all(|t| t.is_word())
        && toks[a..b].iter().any(|t| t.is("ans"))
        && toks[a]
            .raw
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c.is_alphabetic())
        && !toks[a..b].iter().any(|t| t.cap)
}

fn is_role_like(toks: &[Tok], np: &Np) -> bool {
    np.name.is_none()
        && (matches!(np.kind, NpKind::Role | NpKind::Institution)
            || is_one_of_a_role(toks, np)
            || is_collective_of_a_role(toks, np))
}

/// A body of people around someone named by a role (`l'entourage de la présidente`): a name
/// set beside it is that role's holder's.
fn is_collective_of_a_role(toks: &[Tok], np: &Np) -> bool {
    let words: Vec<&Tok> = toks[np.start..np.end]
        .iter()
        .filter(|t| t.is_word())
        .collect();
    let at = usize::from(
        words
            .first()
            .is_some_and(|t| lexis::determiner(*t).is_some()),
    );
    let rest = words.get(at + 2..).unwrap_or(&[]);
    let noun = rest
        .iter()
        .find(|t| lexis::determiner(**t).is_none() || lexis::is_de(**t))
        .copied();
    np.kind == NpKind::Vague
        && words.get(at).is_some_and(|t| lexis::is_collective(*t))
        && words.get(at + 1).is_some_and(|t| lexis::is_de(*t))
        && noun.is_some_and(|t| lexis::role_head(t).is_some())
}

/// An indefinite role in the singular (`un porte-parole de l'agence`, `une habitante`): vague
/// alone, but a name set beside it says who it is.
fn is_one_of_a_role(toks: &[Tok], np: &Np) -> bool {
    np.kind == NpKind::Vague
        && np.number == Number::Singular
        && toks
            .get(np.start)
            .is_some_and(|t| t.is("un") || t.is("une"))
        && toks
            .get(np.start + 1)
            .is_some_and(|t| t.is_word() && lexis::role_head(t).is_some())
}

/// A phrase followed by its apposition between commas, going right: `le ministre du
/// Commerce, Abdourahamane Issoufou,` or `Awa Diallo, porte-parole du parti,`. The name
/// speaks; the role is kept beside it.
pub(crate) fn with_apposition(toks: &[Tok], np: Np) -> Np {
    let np = role_to_comma(toks, np);
    if !toks.get(np.end).is_some_and(|t| t.is_punct(',')) {
        return np;
    }
    let second_at = if np.kind == NpKind::Name {
        past_age(toks, np.end + 1)
    } else {
        np.end + 1
    };
    let Some(second) = forward(toks, second_at, false) else {
        return np;
    };
    let closes = toks.get(second.end).is_none_or(|t| {
        !t.is_word() || lexis::is_preposition(&t) || lexis::ends_speaker_phrase(&t)
    });
    if !closes {
        return np;
    }
    if is_role_like(toks, &np) && second.kind == NpKind::Name && second.role.is_none() {
        appose(np, second)
    } else if described_body(toks, &np)
        && let Some(body) = proper_body(toks, &second)
    {
        // `a annoncé son actionnaire majoritaire, le groupe minier Kaledo Metals`, `le
        // principal syndicat du site, l'Union des travailleurs du Nord`: the body's own name
        // is the most specific; the description before it and the noun beside the name are
        // both its role.
        appose_body(np, body)
    } else if np.kind == NpKind::Name && np.role.is_none() && is_role_like(toks, &second) {
        appose(second, np)
    } else if np.kind == NpKind::Other
        && toks.get(np.start).is_some_and(|t| {
            t.is_word()
                && matches!(
                    t.norm(),
                    "le" | "la" | "l'" | "son" | "sa" | "leur" | "notre"
                )
        })
        && (np.end <= np.start + 3
            // `le wali de Bank Al-Maghrib, Abdellatif Benslimane`: the noun and its
            // complement.
            || (np.end <= np.start + 6
                && toks.get(np.start + 2).is_some_and(lexis::is_de)))
        && second.kind == NpKind::Name
        && second.role.is_none()
        && second.name.is_some_and(|(a, b)| b >= a + 2)
    {
        // `a déclaré son orateur, Olivier Brasseur`, `sourit la cuisinière, Maryse Lhomme`: a
        // noun the word lists do not know as a role, set beside a full name, is that
        // person's role.
        appose(np, second)
    } else if np.kind == NpKind::Name
        && np.role.is_some_and(|(rs, re)| {
            rs == np.start
                && re >= rs + 3
                && toks[rs].is_word()
                && lexis::determiner(&toks[rs]).is_some()
                && toks[rs + 1].is_word()
                && !toks[rs + 1].cap
                && (rs + 2..re).any(|k| toks[k].is_word() && lexis::is_de(&toks[k]))
        })
        && second.kind == NpKind::Name
        && second.role.is_none()
        && second.name.is_some_and(|(a, b)| b >= a + 2)
    {
        // `a déclaré le wali de Bank Al-Maghrib, Abdellatif Benslimane`: the name after the
        // role's `de` is the body the role is of; the person set beside it speaks.
        appose(
            Np {
                kind: NpKind::Role,
                name: None,
                role: None,
                ..np
            },
            second,
        )
    } else if one_of_them(toks, &np) && second.kind == NpKind::Name && second.role.is_none() {
        // `se souvient l'un d'eux, Loïc Tanguy, 58 ans`, `l'une d'elles, Anne Vidal`: the
        // name says which one of them speaks.
        appose(np, second)
    } else {
        np
    }
}

/// `l'un d'eux`, `l'une d'elles`, `l'un d'entre eux`: one of a group already named.
fn one_of_them(toks: &[Tok], np: &Np) -> bool {
    let at = |k: usize| {
        toks.get(k)
            .filter(|t| t.is_word() && k < np.end)
            .map_or("", |t| t.norm())
    };
    let s = np.start;
    at(s) == "l'"
        && matches!(at(s + 1), "un" | "une")
        && matches!(at(s + 2), "d'" | "de")
        && match at(s + 3) {
            "eux" | "elles" => np.end == s + 4,
            "entre" => matches!(at(s + 4), "eux" | "elles") && np.end == s + 5,
            _ => false,
        }
}

/// A phrase that describes a body or a person without naming it, which a proper name set
/// beside it can name: a role or a body's common noun (`le principal syndicat du site`), or a
/// relation of someone's that the word lists do not know (`son actionnaire majoritaire`,
/// `leur principal fournisseur`).
fn described_body(toks: &[Tok], np: &Np) -> bool {
    (is_role_like(toks, np)
        || (np.kind == NpKind::Other
            && toks
                .get(np.start)
                .is_some_and(|t| matches!(t.norm(), "son" | "sa" | "ses" | "leur" | "leurs"))))
        && proper_body(toks, np).is_none()
}

/// The proper name of a body in a phrase, read as a name: a common noun followed by the
/// body's name (`le groupe minier Kaledo Metals`, `la société Bravelle Capital`), or the
/// body's name after its article (`l'Union des travailleurs du Nord`, `la CEDEAO`, the
/// article left out of the name).
pub(crate) fn proper_body(toks: &[Tok], np: &Np) -> Option<Np> {
    let as_name = |ns: usize, ne: usize| Np {
        kind: NpKind::Name,
        name: Some((ns, ne)),
        role: (ns > np.start + 1).then_some((np.start, ns)),
        ..np.clone()
    };
    match np.kind {
        NpKind::Name if np.role.is_some() => Some(np.clone()),
        NpKind::Institution
            if lexis::determiner(&toks[np.start]).is_some() && np.end > np.start + 1 =>
        {
            if toks[np.start + 1].cap || toks[np.start + 1].caps {
                return Some(as_name(np.start + 1, np.end));
            }
            // `la société Gardial`, `le groupe Norvane`: the name after the body's noun.
            let ns = (np.start + 2..np.end).find(|&i| names_body(toks, i))?;
            let ne = (ns..np.end)
                .find(|&i| !is_name_word(&toks[i]))
                .unwrap_or(np.end);
            Some(as_name(ns, ne))
        }
        _ => None,
    }
}

/// A description and the body's name set beside it: the name speaks, and the description
/// and the noun beside the name are both kept as its role.
fn appose_body(description: Np, body: Np) -> Np {
    let (ns, ne) = body.name.unwrap_or((body.start, body.end));
    let role_start = description.start.min(body.start);
    let role_end = if body.start > description.start {
        ns.max(description.end)
    } else {
        description.end
    };
    Np {
        start: description.start.min(body.start),
        end: description.end.max(body.end),
        kind: NpKind::Name,
        gender: apposed_gender(&description, &body),
        number: Number::Singular,
        name: Some((ns, ne)),
        role: Some((role_start, role_end)),
    }
}

/// A role whose phrase going right stopped short of the comma of its apposition: at `et` in a
/// coordinated complement (`le porte-parole du ministère de l'Économie et des Finances,`) or at
/// the adjective after a proper name in its complement (`la présidente de l'Alliance
/// nationale,`). The role runs to the comma when a name follows it there, so that the name is
/// found beside it.
pub(crate) fn role_to_comma(toks: &[Tok], np: Np) -> Np {
    extend_role_to_comma(toks, np, true)
}

/// [`role_to_comma`] for a role in apposition after a name (`Clarisse Ebanda-Nkoulou,
/// candidate de la Coalition pour l'alternance (CPA), a voté`): the role runs to its closing
/// comma whatever follows it, so that the whole role is linked to the name.
pub(crate) fn apposed_role_to_comma(toks: &[Tok], np: Np) -> Np {
    extend_role_to_comma(toks, np, false)
}

fn extend_role_to_comma(toks: &[Tok], np: Np, name_after: bool) -> Np {
    if !is_role_like(toks, &np) || !toks.get(np.end).is_some_and(|t| t.is_word()) {
        return np;
    }
    // `à`, `au`, `aux` (folded to `a`) open a role's own complement.
    let is_a = |w: &Tok| w.is("a") || w.is("au") || w.is("aux");
    let coordinated = toks[np.end].is("et") && toks.get(np.end + 1).is_some_and(lexis::is_de);
    let opens_complement = is_a(&toks[np.end]) || toks[np.end].is("pour");
    let reach = if coordinated || opens_complement {
        COMPLEMENT_MAX
    } else {
        ADJECTIVES_MAX
    };
    let limit = (np.end + reach + 1).min(toks.len());
    let Some(stop) = (np.end..limit).find(|&k| !toks[k].is_word()) else {
        return np;
    };
    // `le coordinateur du Front pour la souveraineté (FPS),`: the body's acronym in brackets
    // stands between the role and its comma.
    let comma = match party_in_brackets(toks, stop) {
        Some(close) if toks.get(close + 1).is_some_and(|t| t.is_punct(',')) => close + 1,
        _ => stop,
    };
    // `le ministre délégué à l'Énergie,`, `la commissaire européenne à la Défense,`: a
    // role's own complement with `à`; `son
    // porte-parole pour le commerce,`, `l'envoyé spécial pour le Sahel,`: with `pour`.
    let role_complement = |k: usize| {
        let next = toks.get(k + 1);
        (is_a(&toks[k])
            && next.is_some_and(|n| {
                n.cap
                    || n.caps
                    || n.is("l'")
                    // `la commissaire européenne à la Défense,`
                    || (matches!(n.norm(), "la" | "le" | "les")
                        && toks.get(k + 2).is_some_and(|x| x.cap || x.caps))
            }))
            || (toks[k].is("pour")
                && next.is_some_and(|n| n.cap || n.caps || lexis::determiner(n).is_some()))
    };
    let complement_from = (np.end..stop).find(|&k| role_complement(k));
    let with_pour = complement_from.is_some_and(|c| toks[c].is("pour"));
    let plain = |k: usize| {
        let w = &toks[k];
        if let Some(c) = complement_from
            && k >= c
        {
            if k == c || w.cap || w.caps || lexis::is_de(w) || lexis::determiner(w).is_some() {
                return true;
            }
            // After `à`, the complement names a body (`à l'Énergie`); after `pour`, it may be
            // a common noun (`pour le commerce`).
            if !with_pour {
                return false;
            }
        }
        (coordinated || with_pour || !(w.cap || w.caps || lexis::is_de(w)))
            && !lexis::is_preposition(w)
            && !lexis::is_clause_boundary(w)
            && !lexis::ends_speaker_phrase(w)
            && lexis::subject_pronoun(w).is_none()
            && !grammar().avoir.contains_key(w.norm())
            && !grammar().etre.contains_key(w.norm())
    };
    let skip = if coordinated { np.end + 1 } else { np.end };
    let named_after =
        !name_after || forward(toks, comma + 1, false).is_some_and(|n| n.kind == NpKind::Name);
    if toks[comma].is_punct(',') && named_after && (skip..stop).all(plain) {
        Np { end: comma, ..np }
    } else {
        np
    }
}

/// The longest second complement of a coordinated role, in tokens.
const COMPLEMENT_MAX: usize = 6;
/// The most adjectives after a role's proper name before the comma of its apposition.
const ADJECTIVES_MAX: usize = 2;

/// The gender of a name and a role set beside each other: the name's, or the role's when
/// the name has none. A body named with its own noun (`la société Gardial`) beside a role of
/// the other gender (`L'assureur`) has both: a later `il` or `elle` may take it up.
pub(crate) fn apposed_gender(role: &Np, name: &Np) -> Gender {
    match (role.gender, name.gender) {
        (r, Gender::Unknown) => r,
        (r, n) if r != Gender::Unknown && r != n && name.role.is_some() => Gender::Unknown,
        (_, n) => n,
    }
}

/// A name and a role set beside each other: the name speaks, the role is kept.
fn appose(role: Np, name: Np) -> Np {
    Np {
        start: role.start.min(name.start),
        end: role.end.max(name.end),
        kind: NpKind::Name,
        gender: apposed_gender(&role, &name),
        number: Number::Singular,
        name: name.name.or(Some((name.start, name.end))),
        role: Some((role.start, role.end)),
    }
}

/// Extends a coordinated subject over comma-separated members before it:
/// `Le MAE, le ministère des Armées et la CEDEAO ont déclaré`.
fn extend_group_left(toks: &[Tok], np: Np) -> Np {
    if np.kind != NpKind::Group {
        return np;
    }
    let mut start = np.start;
    while let Some(c) = start.checked_sub(1).filter(|&c| toks[c].is_punct(',')) {
        match c.checked_sub(1).and_then(|e| ending_at(toks, e)) {
            Some(m) if m.kind.is_speaker() && m.kind != NpKind::Pronoun => start = m.start,
            _ => break,
        }
    }
    Np { start, ..np }
}

/// The phrase whose last token is `k`, going left.
pub(crate) fn ending_at(toks: &[Tok], k: usize) -> Option<Np> {
    ending_at_depth(toks, k, true)
}

/// Prepositions whose phrase may complete a noun before it (`des transporteurs interrogés
/// par l'AFP`, `les habitants à Gao`).
fn attaches(w: &str) -> bool {
    matches!(
        w,
        "par" | "a" | "au" | "aux" | "chez" | "pour" | "dans" | "en" | "sur" | "aupres"
    )
}

/// [`ending_at`]; with `outer`, a phrase that is the complement of a preposition after a
/// speaker's noun is read as part of that speaker's phrase (one level only).
fn ending_at_depth(toks: &[Tok], k: usize, outer: bool) -> Option<Np> {
    let t = toks.get(k)?;
    if !t.is_word() {
        return None;
    }
    if let Some((g, n)) = lexis::tonic_pronoun(&t)
        .or(lexis::subject_pronoun(&t))
        // Opening its clause only: after a name it stresses that name (`L'Unédic
        // elle-même estime`).
        .or(emphatic_pronoun(t).filter(|_| k == 0 || !toks[k - 1].is_word()))
    {
        return Some(pronoun(k, g, n));
    }
    let floor = k.saturating_sub(MAX_NP);
    let mut p = k;
    let mut start = None;
    let mut coordinated = false;
    loop {
        let t = &toks[p];
        // The party of a role in brackets (`La sénatrice (LR) de la Sarthe Bérengère Lhomme`)
        // is inside the phrase.
        if t.is_punct(')')
            && let Some(open) = (p.saturating_sub(PARTY_MAX_WORDS + 1)..p)
                .rev()
                .find(|&i| toks[i].is_punct('('))
            && open > floor
            && party_in_brackets(toks, open) == Some(p)
            && toks[open - 1].is_word()
        {
            p = open - 1;
            continue;
        }
        if !t.is_word() {
            break;
        }
        let w = t;
        let g = grammar();
        if (lexis::is_preposition(w) && !lexis::is_de(w))
            || lexis::is_clause_boundary(w)
            || lexis::subject_pronoun(w).is_some()
            || lexis::is_first_person(w)
            || g.avoir.contains_key(w.norm())
            || g.etre.contains_key(w.norm())
        {
            break;
        }
        if can_open(t) {
            let prev = p
                .checked_sub(1)
                .map(|q| &toks[q])
                .filter(|q| q.is_word() && p > floor);
            let inside = prev.is_some_and(|q| {
                lexis::is_de(&q)
                    || lexis::determiner(&q).is_some()
                    // `Santé publique France`: the capitalised word after an adjective
                    // between two capitalised words.
                    || (is_name_word(t) && inside_name(toks, p - 1))
                    || lexis::title(&q).is_some()
                    || (is_name_word(q) && is_name_word(t))
                    || (lexis::is_name_particle(&q) && is_name_word(t))
                    // A capitalised particle inside a surname (`Catherine Le Goff`, `Yann
                    // Le Bihan`) continues the name before it rather than opening a phrase.
                    || (is_name_word(q)
                        && lexis::is_name_particle(t)
                        && toks.get(p + 1).is_some_and(is_name_word))
            });
            // `du`, `des` after a word are a complement (`le ministère des Armées`), not
            // the start of a phrase; nor is the name of a body after its common noun (`le
            // collectif Eau commune du Cher`, `l'ONG Justice minière`).
            let inside = inside
                || (lexis::is_de(w) && prev.is_some())
                || prev.is_some_and(|q| is_name_word(t) && lexis::is_naming_noun(&q));
            // A head noun after an adjective (`le premier ministre`) is inside a phrase that
            // a determiner opens further left.
            let bare_head =
                !(t.cap || t.caps) && lexis::determiner(w).is_none() && lexis::title(w).is_none();
            let inside = inside
                || (bare_head
                    && prev.is_some_and(|q| {
                        !lexis::is_preposition(&q)
                            && !lexis::is_clause_boundary(&q)
                            && !q.is("et")
                            && !q.is("ou")
                            && lexis::subject_pronoun(&q).is_none()
                    }));
            // vx2: `où` (accented) opens a relative clause, it coordinates nothing: `à
            // Berlin, où la fédération a plaidé pour…`.
            let coord = prev.is_some_and(|q| q.is("et") || (q.is("ou") && !q.accented));
            if coord {
                coordinated = true;
            }
            if !inside && !coord {
                start = Some(p);
                break;
            }
        }
        if p == floor || p == 0 {
            break;
        }
        p -= 1;
    }
    let start = match start {
        Some(s) => s,
        None => {
            // Lower-case words at the start of a clause: a name written without capitals,
            // when short and made of plain words.
            // The word the walk stopped at (a preposition, `qui`…) is not part of it.
            let s = (p..=k).find(|&i| {
                toks[i].is_word()
                    && !toks[i].is("et")
                    && !(i == p && i < k && lexis::is_preposition(&toks[i]))
            })?;
            let plain = (s..=k).all(|i| {
                let w = &toks[i];
                toks[i].is_word()
                    && !lexis::is_preposition(w)
                    && !lexis::is_de(w)
                    && lexis::determiner(w).is_none()
                    && !lexis::ends_speaker_phrase(w)
            });
            if !(plain && k - s < 3) {
                return None;
            }
            return Some(classify(toks, s, k + 1, true));
        }
    };
    if outer
        && let Some(pp) = start.checked_sub(1)
        && toks[pp].is_word()
        && attaches(toks[pp].norm())
        && pp > 0
        && let Some(head) = ending_at_depth(toks, pp - 1, false)
        && (head.kind.is_speaker() || head.kind == NpKind::Document)
        && head.kind != NpKind::Pronoun
    {
        return Some(classify(toks, head.start, k + 1, false));
    }
    let mut np = classify(toks, start, k + 1, false);
    if coordinated {
        np = split_coordination(toks, np);
    }
    // A name right after a role, without a comma: `le chef de la diplomatie russe Sergueï
    // Lavrov`, `le colonel Assimi Goïta`.
    if np.kind == NpKind::Name
        && np.role.is_none()
        && let Some(role) = role_before(toks, np.start)
    {
        return Some(appose(role, np));
    }
    Some(np)
}

/// The role phrase that ends right before a name (no comma), when there is one.
fn role_before(toks: &[Tok], name_start: usize) -> Option<Np> {
    let k = name_start.checked_sub(1)?;
    let prev = &toks[k];
    if !prev.is_word() || prev.cap || lexis::is_de(&prev) {
        return None;
    }
    let floor = k.saturating_sub(MAX_NP);
    let mut p = k;
    loop {
        let w = &toks[p];
        if !toks[p].is_word()
            || (lexis::is_preposition(w) && !lexis::is_de(w))
            || lexis::is_clause_boundary(w)
        {
            return None;
        }
        // `Le cabinet du ministre Hugo Delattre`: `du` after a body of people is the
        // complement of that body, and the role runs on to its head.
        let prev_inside = p.checked_sub(1).map(|q| &toks[q]).is_some_and(|q| {
            q.is_word()
                && (lexis::is_de(&q)
                    || lexis::determiner(&q).is_some()
                    || (lexis::is_collective(&q) && lexis::is_de(w)))
        });
        if (lexis::determiner(w).is_some() || lexis::role_head(w).is_some()) && !prev_inside {
            let mut np = classify(toks, p, k + 1, false);
            // `la docteure Hélène Massart`, `le berger Jean Roux`: a definite article and one
            // common noun right before a first name and a surname are that person's role,
            // whether or not the word lists know the noun.
            if np.kind == NpKind::Other
                && np.name.is_none()
                && k == p + 1
                && matches!(w.norm(), "le" | "la" | "l'")
                && !toks[k].cap
                && lexis::first_name_gender(toks[name_start].norm()) != Gender::Unknown
                && toks.get(name_start + 1).is_some_and(is_name_word)
            {
                np.kind = NpKind::Role;
                np.gender = lexis::determiner(w).map_or(Gender::Unknown, |d| d.0);
            }
            return is_role_like(toks, &np).then_some(np);
        }
        if p == floor || p == 0 {
            return None;
        }
        p -= 1;
    }
}

/// Re-reads a phrase that holds `et` / `ou` as a group of its members.
fn split_coordination(toks: &[Tok], np: Np) -> Np {
    let mut members = Vec::new();
    let mut s = np.start;
    for i in np.start..np.end {
        if toks[i].is("et") || toks[i].is("ou") {
            if i > s {
                members.push(classify(toks, s, i, false));
            }
            s = i + 1;
        }
    }
    if s < np.end {
        members.push(classify(toks, s, np.end, false));
    }
    if members.len() >= 2 && members.iter().all(|m| m.kind.is_speaker()) {
        group(
            members[0].start,
            members[members.len() - 1].end,
            members.iter().all(|m| m.gender == Gender::Feminine),
        )
    } else {
        np
    }
}

/// Whether a person is named in full from token `i`: a title or a known first name, then a
/// capitalised word (`M. Lenoir`, `Kévin Durand`), as after the `de` of `l'avocat de Kévin
/// Durand`; a place or a body (`de Lyon`, `du PLR`) is not.
pub(crate) fn names_person(toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        t.is_word() && (lexis::title(t).is_some() || lexis::first_name_gender(t) != Gender::Unknown)
    }) && toks.get(i + 1).is_some_and(is_name_word)
}

/// Whether a name of two capitalised words or more opens at `i` (`Yanis Ferhat`), whatever
/// its first name: after a relation's `de`, a person or a body the relation belongs to.
fn names_anyone(toks: &[Tok], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| is_name_word(t) && !is_cardinal(t))
        && toks.get(i + 1).is_some_and(is_name_word)
}

/// Decides what the phrase `toks[start..end]` names.
pub(crate) fn classify(toks: &[Tok], start: usize, end: usize, lenient: bool) -> Np {
    let mut words = (start..end).filter(|&i| toks[i].is_word());
    let first_word = words.next();
    let single = first_word.is_some() && words.next().is_none();
    let mut np = Np {
        start,
        end,
        kind: NpKind::Other,
        gender: Gender::Unknown,
        number: Number::Singular,
        name: None,
        role: None,
    };
    let Some(first) = first_word else {
        return np;
    };
    let fw = &toks[first];
    if single && let Some((g, n)) = lexis::subject_pronoun(fw).or(lexis::tonic_pronoun(fw)) {
        return pronoun(first, g, n);
    }
    let title_gender = lexis::title(fw);
    let det = if title_gender.is_none() {
        lexis::determiner(fw)
    } else {
        None
    };
    let body = if det.is_some() || title_gender.is_some() {
        first + 1
    } else {
        first
    };
    // The name: the first run of capitalised words that is not a complement (`de la
    // Fédération de Russie`) and not right after a determiner (`l'Élysée`, `la CEDEAO`).
    let head = (body..end)
        .filter(|&i| toks[i].is_word())
        .take(3)
        .find(|&i| {
            let w = &toks[i];
            lexis::role_head(w).is_some()
                || lexis::institution_head(w).is_some()
                || lexis::is_vague_head(w)
                || lexis::is_document_head(w)
        });
    // A head that names someone by their tie to another (`le groupe de Yanis Ferhat`,
    // `l'équipe de…`): any name after its `de` is whose the speaker is, a first name the word
    // lists lack too.
    let relation = (body..end)
        .filter(|&i| toks[i].is_word())
        .take(2)
        .any(|i| lexis::is_relation(&toks[i]));
    let mut name: Option<(usize, usize)> = None;
    let mut i = body;
    let mut in_body = false;
    let mut person_complement = false;
    let mut last_complement = false;
    while i < end {
        let t = &toks[i];
        let prev = (i > start).then(|| &toks[i - 1]);
        // The name of a body after its common noun (`du syndicat Force commune`) is part of
        // the role, over all its capitalised words.
        in_body = (i > start && names_body(toks, i)) || (in_body && is_name_word(t));
        // A person named in full after `de` and a head noun of a speaker (`l'avocat de Kévin
        // Durand`, `le porte-parole de Marine Costa`, `l'entourage de M. Lenoir`) is whose the
        // speaker is, not the speaker: the whole name is the complement, not only its first
        // word. After another noun (`le cas de Xavier Dumesnil`) the name stays the phrase's. A place after `de`
        // keeps the name apposed after it (`le maire de Lyon Grégory Vernet`): a title or a
        // known first name tells the person.
        person_complement = if head.is_some_and(|h| h < i) && prev.is_some_and(|p| lexis::is_de(&p))
        {
            names_person(toks, i) || (relation && names_anyone(toks, i))
        } else {
            person_complement
                && (is_name_word(t) || lexis::is_name_particle(t) || inside_name(toks, i))
        };
        // A place or a body after a preposition inside the phrase (`des diplomates en poste
        // à Lusaka`, `un cadre chez Renault`) says where the speaker is, not who.
        // `le maire de Kfar Selwan`: the last capitalised word of the phrase after a
        // capitalised complement goes on with that place's name; two or more open a person's
        // name (`le maire de Lyon Grégory Vernet`).
        let place_goes_on = last_complement
            && is_name_word(t)
            && prev.is_some_and(is_name_word)
            && !names_person(toks, i)
            && !toks
                .get(i + 1)
                .is_some_and(|n| i + 1 < end && is_name_word(n));
        let complement = in_body
            || person_complement
            || place_goes_on
            || prev.is_some_and(|p| {
                lexis::is_de(&p)
                    || (lexis::determiner(&p).is_some() && i - 1 != first)
                    || (i - 1 > first && p.is_word() && attaches(p.norm()))
            });
        last_complement = complement;
        let opens_institution = det.is_some() && i == body;
        // A title with no name after it inside the phrase is the initial of a name kept
        // anonymous (`l'avocate de Kévin M.`), not a name.
        let bare_title = lexis::title(t).is_some()
            && !(i + 1 < end && toks.get(i + 1).is_some_and(is_name_word));
        if is_name_word(t)
            && !t.caps
            && !complement
            && !opens_institution
            && !bare_title
            && !is_cardinal(t)
        {
            let mut e = i + 1;
            while e < end
                && (is_name_word(&toks[e])
                    || ((lexis::is_name_particle(&toks[e]) || inside_name(toks, e))
                        && toks.get(e + 1).is_some_and(is_name_word)
                        && e + 1 < end))
            {
                e += if is_name_word(&toks[e]) { 1 } else { 2 };
            }
            name = Some((i, e.min(end)));
            break;
        }
        i += 1;
    }
    // The head as its token, which looked itself up in the word lists when the sentence was
    // read: the same answers as looking its folded form up again.
    let head_tok = head.map(|h| &toks[h]);
    let head_word = head_tok.map(|t| t.norm());
    let acronym = (body..end).any(|i| toks[i].caps);
    let proper_after_det = det.is_some() && toks.get(body).is_some_and(|t| t.cap || t.caps);

    np.kind = if let Some((ns, _)) = name {
        if ns > body || (ns == body && det.is_some()) {
            np.role = Some((start, ns));
        }
        NpKind::Name
    } else if head_tok.is_some_and(lexis::is_vague_head)
        || (det.is_some() && lexis::is_indefinite(fw))
        || fw.is("on")
    {
        NpKind::Vague
    } else if head_tok.is_some_and(|w| lexis::role_head(w).is_some()) {
        NpKind::Role
    } else if acronym
        || proper_after_det
        || head_tok.is_some_and(|w| lexis::institution_head(w).is_some())
    {
        NpKind::Institution
    } else if head_tok.is_some_and(lexis::is_document_head) {
        NpKind::Document
    } else if det.is_none()
        && title_gender.is_none()
        && lenient
        // A name written without capitals holds no article (`voir arriver des enfants`
        // is an infinitive and its object), only the particles of a name (`jean de la
        // fontaine`).
        && !(first + 1..end).any(|k| {
            let t = &toks[k];
            t.is_word()
                && lexis::determiner(t).is_some()
                && (lexis::is_indefinite(t) || !lexis::is_name_particle(t))
        })
    {
        name = Some((first, end));
        NpKind::Name
    } else {
        NpKind::Other
    };
    np.name = name;
    // A name with a title (`M. Dupont`): the title belongs to the name as written.
    if let (Some(_), Some((ns, ne))) = (title_gender, np.name)
        && ns == first + 1
    {
        np.name = Some((first, ne));
        np.role = None;
    }
    let first_name_gender = np.name.map(|(s, _)| {
        let s = if lexis::title(&toks[s]).is_some() {
            s + 1
        } else {
            s
        };
        lexis::first_name_gender(toks.get(s).map_or("", |t| t.norm()))
    });
    // `le Dr Claire Vidal`, `le ministre Agnès Rolland`: a person's first name tells their
    // gender over the masculine of a title or a role set before it.
    let person = (np.kind == NpKind::Name)
        .then_some(first_name_gender)
        .flatten()
        .filter(|g| *g != Gender::Unknown);
    np.gender = title_gender
        .filter(|g| *g != Gender::Unknown)
        .or(person)
        .or(det.map(|d| d.0).filter(|g| *g != Gender::Unknown))
        .or(head_tok
            .and_then(|w| lexis::role_head(w).or(lexis::institution_head(w)))
            .filter(|g| *g != Gender::Unknown))
        .or(first_name_gender)
        .unwrap_or(Gender::Unknown);
    np.number = match det {
        // `le député Les Républicains de la Sarthe Thierry Malbosc`: the person named by a
        // first name is one, whatever the article of the party before it.
        Some((_, Number::Plural)) if person.is_some() && np.name.is_some_and(|(s, _)| s > body) => {
            Number::Singular
        }
        Some((_, Number::Plural)) => Number::Plural,
        _ if np.kind == NpKind::Name => Number::Singular,
        _ if det.is_none()
            && head_word.is_some_and(|w| w.ends_with('s') || w.ends_with('x'))
            && !fw.norm().ends_with("ss") =>
        {
            Number::Plural
        }
        _ if head_word.is_some_and(|w| matches!(w, "medias" | "autorites" | "forces")) => {
            Number::Plural
        }
        _ => Number::Singular,
    };
    np
}

/// The text of tokens `toks[start..end]` as the article writes it.
pub(crate) fn text_of<'t>(text: &'t str, toks: &[Tok], start: usize, end: usize) -> &'t str {
    if start >= end {
        return "";
    }
    &text[toks[start].span.start..toks[end - 1].span.end]
}

/// True when the token is a quotation.
pub(crate) fn is_quote(t: &Tok) -> bool {
    matches!(t.kind, Kind::Quote(_))
}

/// A phrase read up to a colon, or going right, that holds the verb of its clause (`Un
/// commerçant résume l'ambiance :`, `Un élu local dresse le constat :`, `Le ministère doit
/// publier un décret`): a lower-case word after a noun or an adjective and before a
/// determiner (or before an infinitive and its determiner) is that verb, and the phrase is
/// the subject before it. A phrase that holds a name (`le disait déjà l'ancien recteur Marcel
/// Tixier`) is read for that name.
pub(crate) fn verb_inside(toks: &[Tok], np: Np) -> Np {
    if np.name.is_some() || np.kind == NpKind::Group {
        return np;
    }
    let verb = (np.start + 2..np.end.saturating_sub(1)).find(|&j| {
        let (prev, t, next) = (&toks[j - 1], &toks[j], &toks[j + 1]);
        prev.is_word()
            && lexis::determiner(prev).is_none()
            && !lexis::is_de(prev)
            && t.is_word()
            && !t.cap
            && !t.caps
            && lexis::determiner(t).is_none()
            && !lexis::is_de(t)
            && !lexis::is_preposition(t)
            && !matches!(t.norm(), "et" | "ou" | "ni" | "mais" | "puis" | "comme")
            && (object_determiner(next)
                || next.is_word()
                    && !next.cap
                    && ["er", "ir", "re"].iter().any(|e| next.norm().ends_with(e))
                    && toks.get(j + 2).is_some_and(object_determiner))
    });
    match verb {
        Some(j) => classify(toks, np.start, j, false),
        None => np,
    }
}

/// A determiner that opens the object of a verb (`résume l'ambiance`).
fn object_determiner(t: &Tok) -> bool {
    t.is_word()
        && matches!(
            t.norm(),
            "le" | "la"
                | "l'"
                | "les"
                | "un"
                | "une"
                | "son"
                | "sa"
                | "ses"
                | "leur"
                | "leurs"
                | "ce"
                | "cette"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::voice::text::tokenize;

    fn toks<'a>(s: &'a str, arena: &'a mut String) -> Vec<Tok<'a>> {
        tokenize(s, Span::new(0, s.len()), &[], arena)
    }

    fn subject(s: &str, verb: &str) -> (NpKind, String, Option<String>) {
        let mut arena = String::new();
        let t = toks(s, &mut arena);
        let g = t.iter().position(|x| x.norm() == verb).unwrap();
        let np = subject_before(&t, g).expect("a subject");
        let name = np.name.map(|(a, b)| text_of(s, &t, a, b).to_string());
        (np.kind, text_of(s, &t, np.start, np.end).to_string(), name)
    }

    #[test]
    fn subject_with_role_and_name() {
        let (k, _, name) = subject(
            "Le chef de la diplomatie malienne Abdoulaye Diop a dit que",
            "a",
        );
        assert_eq!(k, NpKind::Name);
        assert_eq!(name.as_deref(), Some("Abdoulaye Diop"));
        let (k, _, name) = subject(
            "La ministre de la Santé de la République du Niger, Aïssata Moussa, a indiqué que",
            "a",
        );
        assert_eq!(k, NpKind::Name);
        assert_eq!(name.as_deref(), Some("Aïssata Moussa"));
        let (k, _, name) = subject("Jean Morel, ministre de l'Intérieur, a précisé que", "a");
        assert_eq!(k, NpKind::Name);
        assert_eq!(name.as_deref(), Some("Jean Morel"));
    }

    #[test]
    fn subject_after_adverbial() {
        let (k, text, _) = subject("Lors de la réunion le porte-parole a dit que", "a");
        assert_eq!((k, text.as_str()), (NpKind::Role, "le porte-parole"));
        let (k, text, _) = subject("Mardi, la CEDEAO a affirmé que", "a");
        assert_eq!((k, text.as_str()), (NpKind::Institution, "la CEDEAO"));
    }

    #[test]
    fn vague_and_group_subjects() {
        let (k, _, _) = subject("Des sources sécuritaires ont indiqué que", "ont");
        assert_eq!(k, NpKind::Vague);
        let (k, text, _) = subject(
            "Le Quai d'Orsay, le ministère des Armées et la CEDEAO ont dit",
            "ont",
        );
        assert_eq!(k, NpKind::Group);
        assert_eq!(
            text,
            "Le Quai d'Orsay, le ministère des Armées et la CEDEAO"
        );
    }

    #[test]
    fn forward_phrase_stops_at_prepositions_and_time() {
        let s = "a expliqué Moussa Keïta à la tribune";
        let mut arena = String::new();
        let t = toks(s, &mut arena);
        let np = forward(&t, 2, false).unwrap();
        assert_eq!(text_of(s, &t, np.start, np.end), "Moussa Keïta");
        let s = "a affirmé le porte-parole du gouvernement lors d'un point presse";
        let mut arena = String::new();
        let t = toks(s, &mut arena);
        let np = forward(&t, 2, false).unwrap();
        assert_eq!(
            text_of(s, &t, np.start, np.end),
            "le porte-parole du gouvernement"
        );
        assert_eq!(np.kind, NpKind::Role);
        let s = "a dit jean dupont hier";
        let mut arena = String::new();
        let t = toks(s, &mut arena);
        let np = forward(&t, 2, true).unwrap();
        assert_eq!(text_of(s, &t, np.start, np.end), "jean dupont");
        assert_eq!(np.kind, NpKind::Name);
    }

    #[test]
    fn gender_and_number() {
        let s = "la présidente du syndicat";
        let mut arena = String::new();
        let t = toks(s, &mut arena);
        let np = forward(&t, 0, false).unwrap();
        assert_eq!((np.gender, np.number), (Gender::Feminine, Number::Singular));
        let s = "les autorités maliennes";
        let mut arena = String::new();
        let t = toks(s, &mut arena);
        assert_eq!(forward(&t, 0, false).unwrap().number, Number::Plural);
        let s = "Mme Traoré";
        let mut arena = String::new();
        let t = toks(s, &mut arena);
        let np = forward(&t, 0, false).unwrap();
        assert_eq!((np.kind, np.gender), (NpKind::Name, Gender::Feminine));
        assert_eq!(np.name, Some((0, 2)));
    }
}
