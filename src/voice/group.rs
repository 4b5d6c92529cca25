//! Verb groups: a reporting verb with its auxiliary, negation, pronouns and inversion.
//!
//! A form of a reporting verb is a reporting verb only in a verb group that French allows:
//!
//! - a finite form (`estime`, `déclarait`, `affirmera`, `dit-il`, `explique-t-elle`);
//! - a past participle after `avoir` (`a déclaré`, `avait souligné`, `aurait indiqué`,
//!   `aura précisé`, `ayant affirmé`, `a-t-il ajouté`), with adverbs and negation between
//!   (`a aussi affirmé`, `n'a pas exclu`, `a à son tour confirmé`); after `être` only for a
//!   pronominal verb (`s'est félicité`, `se sont inquiétés`): `a été annoncé` is a passive and
//!   the author's narration;
//! - an infinitive governed by a verb that introduces speech (`a tenu à souligner`, `ne cesse
//!   de répéter`, `a dû reconnaître`, `va jusqu'à affirmer`), or a narrative infinitive (`Et
//!   d'estimer`, `avant d'ajouter`); not one that is scheduled, expected or possible
//!   (`doit présenter`, `devrait annoncer`, `peuvent contester`, `aurait dû préciser`);
//! - a present participle followed by `que` (`estimant que`, `en affirmant que`);
//! - a past participle coordinated after a compound verb, whose auxiliary and subject it
//!   shares (`a rendu hommage aux victimes et promis que…`, `a salué leur courage et
//!   assuré qu'…`).
//!
//! A form right after a determiner is a noun (`le juge`, `une note`), unless the determiner is
//! an object pronoun after the subject (`il le confirme`), or before a verb that portrays
//! the person it stands for, followed by `comme`, a colon or an attribute (`Ses adversaires
//! le disent rancunier`, `Ses anciens collègues la décrivent comme…`; not after `comme`,
//! where the subject is inverted). `lui`, `eux` before `se` or `ne` are subjects, never objects
//! (`Lui se décrit comme…`). After `sans` only an infinitive is a verb (`sans doute` is a
//! noun). A pronominal verb needs its
//! reflexive pronoun, and a verb that is not pronominal must not have one (`s'annoncer` is not
//! `annoncer`).

use crate::conjugate::Tense;

use super::lexis::{self, Gender, Number};
use super::text::Tok;
use super::verbs::{VerbTable, grammar};

/// How the verb group is built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Build {
    Finite,
    /// avoir / être + past participle.
    Compound,
    /// governed infinitive (`a tenu à souligner`).
    Governed,
    /// `Et d'estimer`, `avant d'ajouter`.
    Narrative,
    /// `estimant que`.
    Participle,
    /// A past participle after `et`, `puis` or `mais` that shares the auxiliary of an earlier
    /// compound verb (`a salué … et assuré que`): its subject is the clause's.
    Coordinated,
}

/// A reporting verb group in a sentence.
#[derive(Clone, Debug)]
pub(crate) struct VerbGroup {
    /// Entry in the verb table.
    pub entry: u32,
    /// Token of the verb itself.
    pub verb: usize,
    /// First token of the group (auxiliary, pronouns, negation included).
    pub start: usize,
    /// Token after the group (after the particles of a multi-word verb).
    pub end: usize,
    pub build: Build,
    /// The subject pronoun inside a hyphenated inversion (`a-t-il`, `dit-elle`): token and
    /// pronoun.
    pub inverted: Option<(usize, Gender, Number)>,
    /// The verb is in the simple future (`précisera`, `dira`).
    pub future: bool,
}

/// Splits a hyphenated inversion (`ajoute-t-il`, `dit-elle`, `a-t-on`) into its verb and
/// pronoun.
pub(crate) fn split_inversion(word: &str) -> Option<(&str, Gender, Number, &str)> {
    if !word.bytes().any(|b| b == b'-') {
        return None;
    }
    let (head, pron) = word.rsplit_once('-')?;
    let (gender, number) = lexis::subject_pronoun(pron)?;
    let verb = head.strip_suffix("-t").unwrap_or(head);
    (!verb.is_empty()).then_some((verb, gender, number, pron))
}

/// The auxiliary (`avoir` or `être`) a folded word is a form of.
pub(crate) fn is_aux(w: &str) -> Option<Aux> {
    let g = grammar();
    if g.avoir.contains_key(w) {
        Some(Aux::Avoir)
    } else if g.etre.contains_key(w) {
        Some(Aux::Etre)
    } else {
        None
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Aux {
    Avoir,
    Etre,
}

/// An auxiliary: its token, kind, and the inverted pronoun it carries (`a-t-il`).
type AuxAt = (usize, Aux, Option<(Gender, Number)>);

/// The auxiliary before a participle at `v`. `None` when there is none or when the group is a
/// passive.
fn auxiliary(toks: &[Tok], v: usize) -> Option<AuxAt> {
    let floor = v.saturating_sub(7);
    let mut i = v;
    while i > floor {
        i -= 1;
        let t = &toks[i];
        if t.is_punct(',') {
            continue;
        }
        if !t.is_word() {
            return None;
        }
        let w = t.norm();
        if w == "ete" {
            return None;
        }
        if let Some((verb, g, n, _)) = split_inversion(w) {
            return is_aux(verb).map(|a| (i, a, Some((g, n))));
        }
        if w == "a" && t.accented {
            // `à` right before a participle is the auxiliary `a` with a stray accent (`Le
            // prévenu à répondu`): a preposition is never followed by a past participle.
            if i + 1 == v {
                return Some((i, Aux::Avoir, None));
            }
            // Otherwise a preposition inside an adverbial (`a à son tour confirmé`).
            continue;
        }
        if let Some(a) = is_aux(w) {
            // `a` is also the preposition `à` written without its accent; the preposition
            // is never directly before a participle.
            return Some((i, a, None));
        }
        // `a quant à lui affirmé`: the stressed pronoun of `quant à` inside the group.
        if matches!(w, "lui" | "elle" | "eux" | "elles")
            && i >= 2
            && toks[i - 1].is("a")
            && toks[i - 2].is("quant")
        {
            i -= 2;
            continue;
        }
        // `a d'ores et déjà annoncé`: the one `et` a verb group holds.
        let ores = w == "et" && i > 0 && toks[i - 1].is("ores");
        if !lexis::is_verb_group_filler(t) && !ores {
            return None;
        }
    }
    None
}

/// How far back from its coordinating word a shared auxiliary is looked for, in tokens.
const COORDINATED_REACH: usize = 24;

/// A past participle at `v` that shares the auxiliary `avoir` of an earlier compound verb of
/// its clause (`a rendu hommage aux victimes et promis que`): `et`, `puis` or `mais` right
/// before it (adverbs between allowed), and an `avoir` auxiliary before that in the same
/// clause, with no `que`, relative pronoun or strong punctuation between. Returns the token of
/// the coordinating word, where the group starts.
fn coordinated(toks: &[Tok], v: usize) -> Option<usize> {
    let mut c = v.checked_sub(1)?;
    while c > 0 && toks[c].is_word() && lexis::is_verb_group_filler(&toks[c]) {
        c -= 1;
    }
    let t = &toks[c];
    if !(t.is_word() && matches!(t.norm(), "et" | "puis" | "mais")) || c + 4 < v {
        return None;
    }
    shared_auxiliary(toks, c).map(|_| c)
}

/// The start of the compound verb group whose `avoir` auxiliary a participle coordinated at
/// token `c` (its `et`, `puis` or `mais`) shares, negation and pronouns included: `n'` in
/// `Elle n'a pas salué … et assuré`. Its subject is the coordinated participle's.
pub(crate) fn shared_auxiliary(toks: &[Tok], c: usize) -> Option<usize> {
    let floor = c.saturating_sub(COORDINATED_REACH);
    let mut i = c;
    while i > floor {
        i -= 1;
        let t = &toks[i];
        if !t.is_word() {
            if [';', ':', '?', '!', '.'].iter().any(|&p| t.is_punct(p)) {
                return None;
            }
            continue;
        }
        let w = t.norm();
        if matches!(
            w,
            "que" | "qu'" | "qui" | "dont" | "lequel" | "laquelle" | "ou"
        ) {
            return None;
        }
        if w == "a" && t.accented {
            continue;
        }
        if let Some(Aux::Avoir) = is_aux(w) {
            // `a été` opens a passive: the participles coordinated with it are too.
            let passive = toks.get(i + 1).is_some_and(|n| n.is("ete"));
            return (!passive).then(|| extend_left(toks, i).0);
        }
    }
    None
}

/// Extends a group start left over negation and object or reflexive pronouns.
fn extend_left(toks: &[Tok], mut start: usize) -> (usize, bool) {
    let mut reflexive = false;
    let floor = start.saturating_sub(4);
    while start > floor {
        let t = &toks[start - 1];
        let w = t.norm();
        if !t.is_word() || !(lexis::is_clitic(t) || w == "ne" || w == "n'") {
            break;
        }
        // `nous`, `vous` are subjects when the verb agrees with them (`nous avons dit`), object
        // pronouns otherwise (`», nous a-t-il déclaré`, `nous confie le maire`).
        let verb = toks[start..]
            .iter()
            .take(4)
            .find(|v| !(v.is_word() && (lexis::is_clitic(v) || v.is("ne") || v.is("n'"))))
            .map_or("", |v| v.norm());
        if (w == "nous" || w == "vous") && agrees_with_plural_person(w, verb) {
            break;
        }
        // `lui`, `eux` before `se` or `ne` are subjects (`Lui se décrit comme…`, `Eux ne
        // disent rien`): an object pronoun comes after them (`ne lui dit`, `se les dit`).
        if matches!(w, "lui" | "eux")
            && toks
                .get(start)
                .is_some_and(|n| lexis::is_reflexive_pronoun(n) || n.is("ne") || n.is("n'"))
        {
            break;
        }
        // `le`, `la`, `les` are object pronouns only after a subject pronoun or `ne`, or
        // before a verb that can only be one (`Ses proches le décrivent`).
        if matches!(w, "le" | "la" | "les") {
            let before = start.checked_sub(2).map(|b| toks[b].norm());
            if !before.is_some_and(|b| lexis::subject_pronoun(b).is_some() || b == "ne")
                && !portrays(toks, start - 1)
            {
                break;
            }
        }
        if lexis::is_reflexive_pronoun(t) {
            reflexive = true;
        }
        start -= 1;
    }
    (start, reflexive)
}

/// Whether `verb` (the word after `nous` or `vous`) is conjugated in that person, which makes
/// the pronoun its subject: `-ons` and `sommes` for `nous`; `-ez`, `êtes`, `dites`, `faites` for
/// `vous`. A word after an object clitic (`se`, `le`, `en`) is looked at past it.
fn agrees_with_plural_person(pronoun: &str, verb: &str) -> bool {
    let verb = verb.split('-').next().unwrap_or(verb);
    match pronoun {
        "nous" => verb.ends_with("ons") || verb == "sommes",
        _ => verb.ends_with("ez") || matches!(verb, "etes" | "dites" | "faites"),
    }
}

/// True when the token before `v` makes it a noun (`le juge`, `cette annonce`, `99 000
/// tonnes`, `trois notes`).
/// Adjectives that stand between a determiner and its noun and never head a phrase alone,
/// folded.
const PRENOMINAL: &[&str] = &[
    "bon",
    "bonne",
    "bons",
    "bonnes",
    "mauvais",
    "mauvaise",
    "mauvaises",
    "nouveau",
    "nouvel",
    "nouvelle",
    "nouveaux",
    "nouvelles",
    "vrai",
    "vraie",
    "vrais",
    "vraies",
    "faux",
    "fausse",
    "fausses",
    "petit",
    "petite",
    "petits",
    "petites",
    "grand",
    "grande",
    "grands",
    "grandes",
    "longue",
    "longues",
    "belle",
    "beau",
    "simple",
];

fn after_determiner(toks: &[Tok], v: usize) -> bool {
    let Some(p) = v.checked_sub(1) else {
        return false;
    };
    let t = &toks[p];
    if t.raw.chars().next().is_some_and(|c| c.is_ascii_digit()) || lexis::is_number_word(t) {
        return true;
    }
    // `une bonne note`, `la nouvelle annonce`: an adjective that only goes before a noun,
    // after a determiner, makes the word a noun too. Adjectives that may head a phrase of
    // their own (`Le premier estime`, `Les autres disent`) are left out.
    if t.is_word()
        && PRENOMINAL.contains(&t.norm())
        && p.checked_sub(1)
            .is_some_and(|b| toks[b].is_word() && lexis::determiner(&toks[b]).is_some())
    {
        return true;
    }
    // `a dû reconnaître`: the participle of devoir is not the partitive `du`.
    if !t.is_word() || lexis::determiner(&t).is_none() || (t.accented && t.is("du")) {
        return false;
    }
    if matches!(t.norm(), "le" | "la" | "les" | "l'") {
        let before = p.checked_sub(1).map(|b| &toks[b]);
        // An object pronoun after a subject: a pronoun, `ne`, a name or the head of a role or
        // a body (`L'Insee l'estimait à…`, `Le ministère l'évaluait à…`).
        let clitic = before.is_some_and(|b| {
            lexis::subject_pronoun(&b).is_some()
                || b.is("ne")
                || b.is("n'")
                || (b.is_word()
                    && (b.cap
                        || b.caps
                        || lexis::role_head(&b).is_some()
                        || lexis::institution_head(&b).is_some())
                    && p >= 2)
        });
        return !(clitic || portrays(toks, p));
    }
    true
}

/// Whether `le`, `la` or `les` at `p` is the object of the verb right after it, a verb that
/// portrays a person: a plural finite form of `dire`, `décrire`, `dépeindre`, `présenter`,
/// `juger` or `qualifier` (`Ses adversaires le disent rancunier`, `Ses anciens collègues la
/// décrivent comme…`, `Les deux présidents la présentent comme…`), or any form of `décrire`
/// or `dépeindre` (`Son directeur de thèse, X, la décrit comme…`), followed by `comme`, a
/// colon or an attribute (a word that is no preposition, determiner or adverb: `le disaient
/// à qui voulait l'entendre`, `le disent d'ailleurs` say nothing of the object). The pronoun
/// follows a word or a comma that no determiner, preposition or `comme` is (`les` after
/// `de` is an article; `comme le demandent les maires` is an inversion).
fn portrays(toks: &[Tok], p: usize) -> bool {
    let Some(verb) = toks.get(p + 1).filter(|t| t.is_word() && !t.cap) else {
        return false;
    };
    let v = verb.norm();
    let plural = v.len() > 5
        && v.ends_with("ent")
        && ["dis", "present", "juge", "qualifi"]
            .iter()
            .any(|stem| v.starts_with(stem));
    let form = plural || ["decri", "depei"].iter().any(|stem| v.starts_with(stem));
    let after = p.checked_sub(1).map(|b| &toks[b]).is_some_and(|b| {
        b.is_punct(',')
            || (b.is_word()
                && lexis::determiner(b).is_none()
                && !lexis::is_preposition(b)
                && !matches!(b.norm(), "et" | "ou" | "que" | "qu'" | "comme"))
    });
    let attribute = toks.get(p + 2).is_some_and(|t| {
        t.is_punct(':')
            || t.is("comme")
            || (t.is_word()
                && !t.cap
                && lexis::determiner(t).is_none()
                && !lexis::is_preposition(t)
                && !lexis::is_clitic(t)
                && !t.norm().ends_with("ment")
                && !t.norm().ends_with('\'')
                && !matches!(
                    t.norm(),
                    "deja"
                        | "aussi"
                        | "encore"
                        | "souvent"
                        | "toujours"
                        | "volontiers"
                        | "pourtant"
                        | "depuis"
                        | "ailleurs"
                        | "tous"
                        | "toutes"
                        | "eux-memes"
                ))
    });
    form && after && attribute
}

/// The words after `v` match the particles of a multi-word verb.
fn particles_match(toks: &[Tok], v: usize, particles: &[String]) -> bool {
    particles.iter().enumerate().all(|(k, p)| {
        toks.get(v + 1 + k)
            .is_some_and(|t| t.is_word() && t.norm() == *p)
    })
}

/// Whether a token may be the verb of a reporting verb group: a word whose folded form (its
/// verb, in a hyphenated inversion) is a form of a verb of the table. [`at`] asks this first,
/// from the token alone: a token that is not one is the verb of no group.
pub(crate) fn may_be_verb(t: &Tok, verbs: &VerbTable) -> bool {
    if !t.is_word() {
        return false;
    }
    let word = split_inversion(t.norm()).map_or(t.norm(), |(verb, ..)| verb);
    // Folded first, which is cheap and rules out most words; [`at`] then looks the word up by
    // its exact spelling when accents or capitals may tell forms apart (`annoncés` is not
    // `annonces`).
    !verbs.lookup(word).is_empty()
}

/// The reporting verb group whose verb is token `v`, when `v` is one.
pub(crate) fn at(toks: &[Tok], v: usize, verbs: &VerbTable) -> Option<VerbGroup> {
    let t = toks.get(v)?;
    if !may_be_verb(t, verbs) {
        return None;
    }
    let (word, inversion, on) = match split_inversion(t.norm()) {
        Some((verb, g, n, pron)) => (verb, Some((v, g, n)), pron == "on"),
        None => (t.norm(), None, false),
    };
    let lowered;
    let exact = if t.accented || t.cap {
        lowered = super::text::lower(t.raw);
        split_inversion(&lowered).map_or(lowered.as_str(), |(verb, ..)| verb)
    } else {
        word
    };
    // A word written without accents may be any form that folds to it: text scraped without
    // its accents (`a parle`, `a souligne`) writes participles as presents, and only the
    // auxiliary before them tells which they are.
    let refs = if t.accented || t.cap {
        verbs.lookup_word(exact, word)
    } else {
        verbs.lookup(word)
    };
    if refs.is_empty() || after_determiner(toks, v) {
        return None;
    }
    // `sans doute`, `sans cesse`: after `sans` a verb is an infinitive (`sans préciser`); a
    // form that is not one is a noun.
    let after_sans = v > 0 && toks[v - 1].is("sans");
    let mut best: Option<((u8, usize), VerbGroup)> = None;
    for r in refs {
        if after_sans && r.tense != Tense::Infinitive {
            continue;
        }
        let entry = verbs.entry(r.verb);
        if !particles_match(toks, v, &entry.particles) {
            continue;
        }
        // `apprendre` reports only as `a-t-on appris` / `apprend-on`.
        if entry.on_only {
            let aux_on = v
                .checked_sub(1)
                .and_then(|p| split_inversion(toks[p].norm()))
                .is_some_and(|(_, _, _, pron)| pron == "on");
            if !(on || aux_on) {
                continue;
            }
        }
        let end = v + 1 + entry.particles.len();
        let candidate = match r.tense {
            Tense::PastParticiple if inversion.is_none() => auxiliary(toks, v)
                .and_then(|(a, aux, inv)| {
                    let (start, reflexive) = extend_left(toks, a);
                    let ok = match aux {
                        Aux::Avoir => !entry.reflexive,
                        Aux::Etre => entry.reflexive && reflexive,
                    };
                    ok.then(|| {
                        let inverted = inv.map(|(g, n)| (a, g, n));
                        (3, group(r.verb, v, start, end, Build::Compound, inverted))
                    })
                })
                .or_else(|| {
                    let c = (!entry.reflexive).then(|| coordinated(toks, v)).flatten()?;
                    Some((3, group(r.verb, v, c, end, Build::Coordinated, None)))
                }),
            Tense::Infinitive if inversion.is_none() => governed(toks, v)
                .map(|(start, build)| (2, group(r.verb, v, start, end, build, None))),
            Tense::PresentParticiple if inversion.is_none() => {
                let (start, _) = extend_left(toks, v);
                let start = if start > 0 && toks[start - 1].is("en") {
                    start - 1
                } else {
                    start
                };
                Some((1, group(r.verb, v, start, end, Build::Participle, None)))
            }
            Tense::PastParticiple | Tense::Infinitive | Tense::PresentParticiple => None,
            _ => {
                let (start, _) = extend_left(toks, v);
                Some((2, group(r.verb, v, start, end, Build::Finite, inversion)))
            }
        };
        let Some((score, mut g)) = candidate else {
            continue;
        };
        g.future = r.tense == Tense::Future;
        // `y voir` reports only with its `y` (`y voit`, `n'y a vu`, `y voient-ils`), and
        // not in the future or the conditional, where it is the author's guess of what
        // others will make of it (`Certains y verront du laxisme`).
        if entry.y_only
            && (matches!(r.tense, Tense::Future | Tense::Conditional)
                || !toks[g.start..g.verb]
                    .iter()
                    .any(|t| t.is_word() && t.is("y")))
        {
            continue;
        }
        // A pronominal verb needs its pronoun; any other verb must not have one.
        let reflexive = has_reflexive(toks, g.start, g.verb);
        if entry.reflexive != reflexive {
            continue;
        }
        // On a tie the longer expression wins: `lance un appel` is `lancer un appel`, not
        // `lancer` with a plain object.
        let rank = (score, entry.particles.len());
        if best.as_ref().is_none_or(|(r, _)| rank > *r) {
            best = Some((rank, g));
        }
    }
    best.map(|(_, g)| g)
}

/// A reflexive pronoun inside the group, before the verb (`s'est`, `se sont`, `se félicite`).
fn has_reflexive(toks: &[Tok], start: usize, verb: usize) -> bool {
    toks[start..verb]
        .iter()
        .any(|t| t.is_word() && matches!(t.norm(), "se" | "s'"))
}

fn group(
    entry: u32,
    verb: usize,
    start: usize,
    end: usize,
    build: Build,
    inverted: Option<(usize, Gender, Number)>,
) -> VerbGroup {
    VerbGroup {
        entry,
        verb,
        start,
        end,
        build,
        inverted,
        future: false,
    }
}

/// An infinitive at `v` governed by a verb of speech, or narrative: the group start and how
/// it is built.
fn governed(toks: &[Tok], v: usize) -> Option<(usize, Build)> {
    let p = v.checked_sub(1)?;
    let prev = toks[p].norm();
    if matches!(prev, "de" | "d'")
        && let Some(q) = p.checked_sub(1)
        && matches!(toks[q].norm(), "et" | "avant" | "puis")
        && toks[q].is_word()
    {
        return Some((q, Build::Narrative));
    }
    // Going left over the preposition, pronouns and negation to the governing verb.
    let floor = v.saturating_sub(5);
    let mut i = v;
    let mut far = false;
    while i > floor {
        i -= 1;
        let t = &toks[i];
        if !t.is_word() {
            return None;
        }
        let w = t.norm();
        if grammar().modal.contains_key(w) {
            // The governing verb may itself be a participle: `a tenu à souligner`.
            let aux = auxiliary(toks, i);
            // `doit présenter`, `devrait annoncer`, `peuvent contester`, `va s'exprimer`: a
            // saying scheduled, expected or possible is not said yet; nor is one that should
            // or could have been (`aurait dû préciser`). `va jusqu'à affirmer` says it.
            let counterfactual = matches!(w, "du" | "pu")
                && aux.is_some_and(|(a, _, _)| toks[a].norm().starts_with("aur"));
            if !far && (grammar().prospective.contains_key(w) || counterfactual) {
                return None;
            }
            // `Venu défendre le texte, le ministre a regretté…`: a participle of `venir`
            // without its auxiliary opens a participial clause, whose subject is the main
            // clause's; what follows the infinitive is its object, never a speaker.
            if aux.is_none() && matches!(w, "venu" | "venue" | "venus" | "venues") {
                return None;
            }
            let start = aux.map_or(i, |(a, _, _)| a);
            let (start, _) = extend_left(toks, start);
            return Some((start, Build::Governed));
        }
        far |= w == "jusqu'";
        if !(matches!(w, "a" | "de" | "d'" | "pour" | "par" | "jusqu'")
            || lexis::is_clitic(t)
            || lexis::is_negation(t)
            || lexis::is_verb_group_filler(t))
        {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Stance;
    use crate::span::Span;
    use crate::voice::text::tokenize;

    fn table() -> VerbTable {
        VerbTable::from_pairs([
            ("déclarer", Stance::Neutral),
            ("estimer", Stance::Neutral),
            ("souligner", Stance::Endorsing),
            ("se féliciter", Stance::Neutral),
            ("annoncer", Stance::Neutral),
            ("juger", Stance::Neutral),
            ("exclure", Stance::Neutral),
            ("ajouter", Stance::Neutral),
            ("assurer", Stance::Neutral),
            ("promettre", Stance::Neutral),
            ("saluer", Stance::Neutral),
        ])
    }

    fn find(s: &str, verb: &str) -> Option<(Build, String)> {
        let mut arena = String::new();
        let toks = tokenize(s, Span::new(0, s.len()), &[], &mut arena);
        let v = toks.iter().position(|t| t.norm() == verb)?;
        let g = at(&toks, v, &table())?;
        Some((g.build, toks[g.start].norm().to_string()))
    }

    #[test]
    fn compound_tenses_and_negation() {
        assert_eq!(
            find("Il a déclaré que", "declare"),
            Some((Build::Compound, "a".into()))
        );
        assert_eq!(
            find("Elle n'a pas exclu que", "exclu"),
            Some((Build::Compound, "n'".into()))
        );
        assert_eq!(
            find("Le maire a à son tour estimé que", "estime"),
            Some((Build::Compound, "a".into()))
        );
        assert_eq!(
            find("Ils s'en sont félicités", "felicites"),
            Some((Build::Compound, "s'".into()))
        );
        assert_eq!(
            find("Ils se sont félicités du vote", "felicites"),
            Some((Build::Compound, "se".into()))
        );
    }

    #[test]
    fn a_participle_coordinated_after_a_compound_verb_shares_its_auxiliary() {
        let table = [
            (
                "La préfète a salué le courage des secouristes et assuré que",
                "assure",
                Some((Build::Coordinated, "et".to_string())),
            ),
            (
                "Il a rendu hommage aux soldats tués puis promis que",
                "promis",
                Some((Build::Coordinated, "puis".to_string())),
            ),
            (
                "Elle a visité le site et également annoncé que",
                "annonce",
                Some((Build::Coordinated, "et".to_string())),
            ),
            // A passive: `a été publié et annoncé` is the author's narration.
            ("Le bilan a été publié et annoncé mardi", "annonce", None),
            // The auxiliary lies beyond a `que`: it belongs to another clause.
            ("Il a dit que les élus et déclaré", "declare", None),
            // No auxiliary at all: a participle used as an adjective.
            ("Des chiffres publiés et annoncés mardi", "annonces", None),
        ];
        for (text, verb, expected) in table {
            assert_eq!(find(text, verb), expected, "{text}");
        }
    }

    #[test]
    fn nous_and_vous_are_objects_unless_the_verb_agrees_with_them() {
        let table = [
            ("», nous a-t-il déclaré.", "declare", "nous"),
            ("», vous a déclaré le maire.", "declare", "vous"),
            ("», nous annonce-t-elle.", "annonce-t-elle", "nous"),
            ("Nous avons déclaré que", "declare", "avons"),
            ("Vous avez estimé que", "estime", "avez"),
            ("Vous nous avez déclaré que", "declare", "nous"),
            ("Nous vous avons déclaré que", "declare", "vous"),
        ];
        for (text, verb, first) in table {
            let got = find(text, verb).map(|g| g.1);
            assert_eq!(got.as_deref(), Some(first), "{text}");
        }
    }

    #[test]
    fn passives_nouns_and_wrong_pronouns_are_not_reporting() {
        assert_eq!(find("La mesure a été annoncée mardi", "annoncee"), None);
        assert_eq!(find("La mesure est annoncée mardi", "annoncee"), None);
        assert_eq!(find("Le juge estime que", "juge"), None);
        assert_eq!(
            find("Le juge estime que", "estime").map(|g| g.0),
            Some(Build::Finite)
        );
        assert_eq!(find("Le ministre a félicité les joueurs", "felicite"), None);
        assert_eq!(find("Les prix s'annoncent en hausse", "annoncent"), None);
    }

    #[test]
    fn infinitives_and_inversions() {
        assert_eq!(
            find("Et d'estimer : « non »", "estimer"),
            Some((Build::Narrative, "et".into()))
        );
        assert_eq!(
            find("Il a tenu à souligner que", "souligner"),
            Some((Build::Governed, "a".into()))
        );
        assert_eq!(find("Il faut souligner que", "souligner"), None);
        assert_eq!(
            find("», a-t-il ajouté", "ajoute"),
            Some((Build::Compound, "a-t-il".into()))
        );
        let s = "», ajoute-t-elle";
        let mut arena = String::new();
        let toks = tokenize(s, Span::new(0, s.len()), &[], &mut arena);
        let g = at(&toks, 2, &table()).unwrap();
        assert_eq!(g.inverted.map(|i| i.1), Some(Gender::Feminine));
    }
}
