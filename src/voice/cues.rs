//! Attribution patterns: where a sentence says who said what.
//!
//! Working on the tokens of one sentence (a quotation is one token), this module finds every
//! attribution cue and what it attributes:
//!
//! - a reporting verb group ([`super::group`]) with its subject before it (`X a affirmé
//!   que…`), after it in inversion (`», a déclaré X`, `», a-t-il ajouté`, `C'est ce qu'a
//!   déclaré X`, `comme l'a rappelé X`; an incise between a subject, or `qui`, and its
//!   predicate: `Le chef de l'État, assure un visiteur du soir, « compte les jours »`, whose
//!   report woven into a relative clause makes the author's sentence mixed: `un élu qui,
//!   confie un proche, « déteste… »`; an inverted `on` followed by the place or body it speaks
//!   for: `glisse-t-on à l'Élysée`, `assure-t-on dans l'entourage du ministre`, see
//!   [`np::trailing_group`]), or implicit (`Et d'estimer :`), and what it governs:
//!   a `que` clause (after an indirect object or a time phrase: `a indiqué à l'AFP que`; not
//!   the `que` of a comparative: `continuera d'emprunter, à des taux plus élevés qu'il y a
//!   cinq ans`), a
//!   colon, a quotation right after it, or a plain object for the verbs that report with one
//!   (`a confirmé la volonté de`, `a démenti toute présence`, `a appelé ses alliés à`, `a
//!   contesté avoir…`, an infinitive after a verb that says it: `assure disposer de
//!   copies`, `dit surtout craindre pour son fils`, `a reconnu ne pas avoir lu le texte`; not
//!   `assure la sécurité`), `la présentent comme une évidence`, `La Cour pointe surtout une
//!   répartition inégale`, `Le document pointe trois causes :`, not `pointe au troisième
//!   rang`), never when the saying is denied (`n'a pas précisé la nature des
//!   contacts`); when the verb comes after what it attributes (`La ville est calme, a assuré
//!   le préfet.`), the content is before it; a participle coordinated after a compound verb
//!   (`a salué leur courage et assuré que`) reports for the subject of the auxiliary it
//!   shares. Some verb groups report nothing: a connective built on `dire` (`autrement
//!   dit`, `cela dit`), a saying in the future without `que`, a colon or a quotation (`Les
//!   syndicats crieront à la régression`), a court's ruling (`l'a condamné à trois ans`, `le
//!   tribunal a jugé l'affaire`), a plan (`prévoit de supprimer`), what a text provides for
//!   (`La convention prévoit notamment :`) and what causes explain (`Trois facteurs
//!   expliquent ce mouvement :`), so that the list after the colon is the author's;
//!   figures that show a change (`accuse un net retard`), what the outlet's own reporter
//!   saw (`a constaté un journaliste de l'agence`, `selon notre correspondant`; but the
//!   outlet's reporter asking or answering someone speaks: `Notre journaliste X lui a demandé si…`); a doubt or a dispute denied (`ne doute pas
//!   des accusations`) is a conviction and is reported;
//! - the prepositions of attribution: `selon X`, `d'après X`, `à en croire X` (and `à l'en
//!   croire`, whose pronoun is the source), `de l'avis de X`, `aux yeux de X`, and `pour X,`
//!   only at the start of a clause, with a speaker and a comma after it (`Pour le ministre,
//!   …`; never `pour la première fois`), and never the author's hedge `selon toute
//!   vraisemblance` (`probabilité`, `apparence`, `logique`); a figure and its source closing
//!   the sentence with no comma report the clause since the last comma (`le jeu s'est vendu
//!   à 640 000 exemplaires selon l'éditeur`, `…, un record selon les organisateurs`), not
//!   `selon les années` nor `la démocratie selon Bruxelles`; a document someone obtained or
//!   read (`Selon des documents consultés par l'AFP`, `Des courriels obtenus par…
//!   révèlent`) speaks for itself, or for the body its complement names (`une note de la
//!   DGSI obtenue par…`), never for who got it. A name set beside the source between commas
//!   is who speaks (`Pour le ministre de l'Énergie, Paul Morel, « … »`); the sentence end
//!   closes such a name only when it is a proper name (`…, selon le maire, Jean-Luc
//!   Barbaste.`), not a clause (`Selon la ministre, la France paie trop.`);
//! - a colon before a quotation with no reporting verb (`Le ministre : « … »`, `Le maire a été
//!   clair : « … »`): the speaker is the phrase or the subject of the clause before the colon;
//! - the author's sting outside the reported words, which makes the sentence mixed: a manner
//!   of praise or blame (`l'a dénoncé avec courage`, `a défendu sans vergogne`), an aside of
//!   habit on the subject (`Les médias occidentaux, fidèles à leur habitude, ont parlé de…`,
//!   whose subject is the phrase before the aside), a relative clause on the source after an
//!   inverted attribution with an adverb of appraisal or a verb of forgetting (`jure-t-on à
//!   l'Élysée, où l'on a visiblement oublié que…`), a colon and a clause taking up the quoted
//!   word (`assure que la porte reste « ouverte » : elle l'est, comme…`);
//! - a sentence that credits the previous one (`C'est ce qu'a déclaré X.`, or a sentence that
//!   begins with an inverted verb: `a-t-il expliqué lors d'une conférence.`).
//!
//! - a noun of finding that credits the previous sentence (`C'est la conclusion d'une étude
//!   menée par…`), and a noun of saying that opens the phrase before a quotation's colon and
//!   names its speaker in its complement (`Aveu stupéfiant de la coordinatrice, X : « … »`,
//!   `Dernier appel du premier ministre : « … »`);
//! - a verbless sentence of a noun and a relative clause whose reporting verb (or `partager`
//!   after a noun of view) has its subject inverted up to the end (`Une version que contestent
//!   les parties civiles.`, `Un avis que ne partage pas le Dr X, médecin…`): the subject
//!   reports the noun, and the sentence credits nothing.
//!
//! Some verb groups report nothing besides: a saying in a restrictive relative clause with a
//! plain object (`un assistant qui résume les notes`), after `dont` or in a clause of time (`quand
//! ils veulent expliquer`), or in a relative set off by a comma after the sentence's opening
//! phrase before a main clause that reports nothing (`L'Autorité palestinienne, qui revendique
//! un rôle central, a présenté un plan`; but `…, qui dénoncent des loyers abusifs, ont écrit au
//! préfet` reports); a saying called for by a jussive `Que` opening the sentence (`Qu'on
//! m'explique…`); a saying asked about with an inverted pronoun (`Le ministre a-t-il dit la
//! vérité ?`) or conjectured after an adverb of likelihood (`Sans doute craignait-elle…`).
//! `selon X` closing a sentence attributes all of it, unless a verb before it reports words
//! (`que`, a colon, a quotation), whose speaker the source only relays. The source named after
//! `a-t-on appris` closing a sentence (`de sources diplomatiques`, `jeudi de source
//! policière`, `auprès de l'entourage du ministre`) speaks for all of it, a position its
//! subject holds in a simple tense included (`Paris plaidait pour un report, a-t-on appris de
//! sources diplomatiques`); an act of speech in the compound past keeps its speaker.
//!
//! A cue found inside the content of an earlier one is reported speech within reported speech
//! and is dropped, unless a coordination (`, mais`, `; `, `, tandis que`) starts a new report.
//! An incise after a clause whose own verb states a position with a plain object in a simple
//! tense (`Moscou rejette cette condition, a fait savoir la délégation russe`) reports that
//! clause: its speaker is the sentence's. A sentence that opens on `Que` with a verb in the
//! indicative carries on the report of the sentence before it ([`continuation`]).

use super::colon;
use super::group::{self, Build, VerbGroup};
use super::incise;
use super::lexis::{self, Gender, Number};
use super::np::{self, Np, NpKind};
use super::tail;
use super::text::Tok;
use super::verbs::{VerbTable, licensed_by_preposition, needs_clause};

/// Who a cue names.
#[derive(Clone, Debug)]
pub(crate) enum Who {
    /// A phrase of the sentence.
    Np(Np),
    /// The pronoun of a hyphenated inversion (`a-t-il`): token, gender, number.
    Inverted(usize, Gender, Number),
    /// An implicit continuation (`Et d'estimer`): the last speaker, or the subject of the
    /// sentence.
    Implicit,
    /// Nobody the text names (`», a-t-on dit` resolves to `on`; `», a dit.` to nobody).
    Nobody,
}

/// One attribution cue in a sentence.
#[derive(Clone, Debug)]
pub(crate) struct Cue {
    pub who: Who,
    /// The reporting verb group, when the cue has one.
    pub verb: Option<VerbGroup>,
    /// Token range of the attribution clause (the verb group, the speaker, `selon X`).
    pub start: usize,
    pub end: usize,
    /// Token ranges of the reported content, for indirect speech.
    pub content: Vec<(usize, usize)>,
    /// The quotation token the cue attributes directly.
    pub quote: Option<usize>,
    /// The quotation right after the verb may be a fragment of the reported content rather
    /// than a quotation of its own (`a dénoncé un « abandon »`): the caller decides.
    pub adjacent_quote: bool,
    /// The cue credits the previous sentence (`C'est ce qu'a déclaré X.`).
    pub credit: bool,
    /// Token range of an author tail after the content.
    pub tail: Option<(usize, usize)>,
    /// The sentence ends with the colon after the verb: the quotation it introduces is in the
    /// next sentence (`Il a déclaré :` / `« … »`).
    pub introduces: bool,
    /// The cue is an incise inside a relative clause of the author's sentence (`un élu qui,
    /// confie un proche, « déteste… »`): the report is woven into the author's words, and
    /// the sentence is mixed.
    pub woven: bool,
}

impl Cue {
    fn new(who: Who, start: usize, end: usize) -> Cue {
        Cue {
            who,
            verb: None,
            start,
            end,
            content: Vec::new(),
            quote: None,
            adjacent_quote: false,
            credit: false,
            tail: None,
            woven: false,
            introduces: false,
        }
    }

    /// The first and last content tokens.
    pub fn content_hull(&self) -> Option<(usize, usize)> {
        let first = self.content.first()?.0;
        let last = self.content.last()?.1;
        Some((first, last))
    }
}

/// The sentence's tokens without final punctuation: where content ends.
fn content_end(toks: &[Tok]) -> usize {
    let mut n = toks.len();
    while n > 0
        && !toks[n - 1].is_word()
        && matches!(toks[n - 1].norm(), "." | "!" | "?" | "…" | ";" | ":" | ",")
    {
        n -= 1;
    }
    n
}

fn is_quote(t: &Tok) -> bool {
    np::is_quote(t)
}

/// A sentence being read: its tokens, where its content ends, and a running count of its
/// words, so that "is there a word between a and b" costs nothing.
struct Sent<'a> {
    toks: &'a [Tok<'a>],
    /// Tokens before the final punctuation.
    n: usize,
    /// `words[i]`: words and quotations among the first `i` tokens.
    words: Vec<u32>,
}

impl<'a> Sent<'a> {
    fn new(toks: &'a [Tok<'a>]) -> Sent<'a> {
        let mut words = Vec::with_capacity(toks.len() + 1);
        let mut count = 0u32;
        words.push(0);
        for t in toks {
            if t.is_word() || is_quote(t) {
                count += 1;
            }
            words.push(count);
        }
        Sent {
            toks,
            n: content_end(toks),
            words,
        }
    }

    /// True when tokens `a..b` hold at least one word or quotation.
    fn has_words(&self, a: usize, b: usize) -> bool {
        let b = b.min(self.toks.len());
        a < b && self.words[b] > self.words[a]
    }
}

/// Finds every attribution cue of a sentence, ordered by position, with nested ones dropped,
/// contents cut at coordinations and author tails marked.
pub(crate) fn find(toks: &[Tok], verbs: &VerbTable) -> Vec<Cue> {
    let sent = Sent::new(toks);
    let s = &sent;
    let mut cues: Vec<Cue> = Vec::new();
    let mut v = 0;
    while v < toks.len() {
        if let Some(g) = group::at(toks, v, verbs) {
            let floor = cues.last().map_or(0, |c| c.end);
            if let Some(cue) = verb_cue(s, verbs, g, floor) {
                v = cue.end.max(v + 1);
                cues.push(cue);
                continue;
            }
        }
        v += 1;
    }
    for mut cue in prepositional(s) {
        if cues.iter().any(|c| c.start < cue.end && cue.start < c.end) {
            continue;
        }
        // A source woven into the words a verb already reports (`Les magistrats l'expliquent
        // par la hausse des prix, de 24 % d'après l'Insee, mais aussi par…`) relays a figure
        // inside that report: it starts no report of its own.
        let woven = cue.start > 0 && {
            let prev = &toks[cue.start - 1];
            (prev.is_word() && !matches!(prev.norm(), "et" | "mais" | "or")) || prev.is_punct('%')
        };
        if woven
            && cues.iter().any(|c| {
                c.content_hull()
                    .is_some_and(|(a, b)| a <= cue.start && cue.start < b)
            })
        {
            continue;
        }
        // Content before `selon X` starts after any earlier cue (`», a-t-il dit, selon
        // l'AFP`: the agency relays, the content is already attributed).
        let floor = cues
            .iter()
            .filter(|c| c.start < cue.start)
            .map(|c| c.end)
            .max()
            .unwrap_or(0);
        for r in cue.content.iter_mut() {
            r.0 = r.0.max(floor);
        }
        cue.content.retain(|r| s.has_words(r.0, r.1));
        if !cue.content.is_empty() || cue.quote.is_some() {
            cues.push(cue);
        }
    }
    cues.sort_by_key(|c| c.start);
    if cues
        .iter()
        .all(|c| c.content.is_empty() && c.quote.is_none())
        && let Some(cue) = nominal_relative(s, verbs)
    {
        cues.clear();
        cues.push(cue);
    }
    if cues.is_empty()
        && let Some(cue) = credit_noun(toks)
    {
        cues.push(cue);
    }
    colon_cues(toks, &mut cues);
    if cues.is_empty()
        && let Some(cue) = list_introduction(toks)
    {
        cues.push(cue);
    }
    if cues.is_empty()
        && let Some(cue) = stance_predicate(s)
    {
        cues.push(cue);
    }
    // A participle in the subject's apposition (`Leurs demandes, répétées à chaque réunion,
    // tiennent en deux points :`) reports nothing there: the summary does.
    if cues
        .iter()
        .all(|c| c.content.is_empty() && c.quote.is_none() && !c.credit && !c.introduces)
        && let Some(cue) = summed_up(toks, s.n)
    {
        cues.clear();
        cues.push(cue);
    }
    if cues.is_empty()
        && let Some(cue) = count_given(s)
    {
        cues.push(cue);
    }
    cues.sort_by_key(|c| c.start);
    // `Pour la défense, Me Julien Ardant a plaidé la relaxe`: the clause after `pour X,` has
    // a speaker of its own, named, who reports; `pour X` says whom they speak for.
    let speaking_subject = |c: &Cue| {
        toks[c.start].is("pour")
            && c.verb.is_none()
            && cues.iter().any(|v| {
                v.verb.is_some()
                    && v.start == c.end + 1
                    && matches!(&v.who, Who::Np(np) if np.start == v.start
                        && np.kind == NpKind::Name)
            })
    };
    let dropped: Vec<bool> = cues.iter().map(speaking_subject).collect();
    let mut k = 0;
    cues.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
    let mut cues = drop_nested(toks, verbs, cues);
    mark_credit(toks, &mut cues);
    mark_tails(s, &mut cues);
    mark_stings(toks, &mut cues);
    cues
}

/// Whether a finite verb form stands right after a finite form of `être` that is no auxiliary
/// of it (the grammar's forms, [`group::is_aux`]): `Je suis juge de l'application des peines`,
/// `Elle est conseil de la famille` make the word a noun, the attribute of the copula, not a
/// verb of saying (`est jugé` would be a participle, built with its auxiliary into the group).
fn attribute_of_copula(toks: &[Tok], g: &VerbGroup) -> bool {
    g.build == Build::Finite
        && g.start == g.verb
        && g.verb > 0
        && toks[g.verb - 1].is_word()
        && group::is_aux(toks[g.verb - 1].norm()) == Some(group::Aux::Etre)
}

/// Whether the subject at `subject` opens a clause in the subjunctive whose saying is not
/// made: after `que` governed by a necessity or a wish (`Il faut que`, `Il serait temps que`,
/// `Mieux vaut que`), or by a conjunction of purpose or of what has not happened yet (`pour
/// que`, `afin que`, `avant que`, `sans que`, `à moins que`, `pourvu que`).
/// A concession (`Bien que le maire affirme…`) grants the saying, and is left to report it.
fn unmade_saying(toks: &[Tok], subject: usize) -> bool {
    let Some(que) = subject.checked_sub(1) else {
        return false;
    };
    if !(toks[que].is("que") || toks[que].is("qu'")) {
        return false;
    }
    // A conjunction sits right before `que` (`pour que`; `C'est pour cela que le maire
    // affirme…` reports); a necessity may stand a few words before it (`Il faudrait donc
    // que`).
    let conjunction = que > 0 && {
        let t = &toks[que - 1];
        t.is_word() && UNMADE_CONJUNCTIONS.contains(&t.norm())
    };
    // `Qu'on m'explique ce que…`, `Et qu'on ne me dise pas que…`, `Qu'elle s'inquiète aussi
    // des familles`: `que` opening the sentence (after `Et` or `Mais`) makes a jussive, a
    // saying the author calls for. A `Que` that carries on the report before it holds the
    // reported clause itself (`Que tout s'était joué en trois secondes.`), not a verb of
    // saying right after its subject.
    let jussive = toks[..que]
        .iter()
        .all(|t| t.is_word() && matches!(t.norm(), "et" | "mais" | "alors"))
        || jussive_after_colon(toks, que);
    conjunction
        || jussive
        || toks[que.saturating_sub(UNMADE_REACH)..que]
            .iter()
            .any(|t| t.is_word() && UNMADE.contains(&t.norm()))
}

/// Whether `que` at `que` is one of a series of jussives opened right after a colon (`Nous le
/// répétons : que les parlements ratifient vite, que les douaniers appliquent, et que les chefs
/// d'État se souviennent…`): the first `que` follows the colon, and each later one follows a
/// comma (and `et`) that ends the clause before.
fn jussive_after_colon(toks: &[Tok], que: usize) -> bool {
    let mut k = que;
    loop {
        let Some(before) = k.checked_sub(1) else {
            return false;
        };
        if toks[before].is_punct(':') {
            return true;
        }
        // Step back over `, et` or `,` to the clause before, and from there to its `que`.
        let mut b = before;
        if toks[b].is("et") {
            let Some(c) = b.checked_sub(1) else {
                return false;
            };
            b = c;
        }
        if !toks[b].is_punct(',') {
            return false;
        }
        let Some(prev) = toks[..b]
            .iter()
            .rposition(|t| t.is("que") || t.is("qu'") || t.is_punct(':') || t.is_punct(','))
        else {
            return false;
        };
        if !(toks[prev].is("que") || toks[prev].is("qu'")) {
            return false;
        }
        k = prev;
    }
}

/// How far before `que` the word that governs the subjunctive may be (`Il serait grand temps
/// que`).
const UNMADE_REACH: usize = 3;

/// Words of necessity or wish that put the clause after `que` in the subjunctive of a saying
/// not made (folded).
const UNMADE: &[&str] = &[
    "faut",
    "faudrait",
    "faudra",
    "fallait",
    "faudrait-il",
    "temps",
    "urgent",
    "necessaire",
    "indispensable",
    "essentiel",
    "important",
    "souhaitable",
    "importe",
    "mieux",
    "vaut",
];

/// Conjunctions of purpose or of what has not happened yet, right before `que` (folded).
const UNMADE_CONJUNCTIONS: &[&str] = &["pour", "afin", "avant", "sans", "moins", "pourvu"];

/// How far after `que` the verb of a continued report may be (`Que le jeune homme, pris de
/// panique, avait…`).
const CONTINUATION_VERB_REACH: usize = 8;

/// A sentence that carries on the indirect speech of the one before it by opening on `Que`
/// (`Il a expliqué que le jeune homme avait refusé de s'arrêter. Qu'il avait cru voir une
/// arme.`): the whole sentence after `Que` is the content, and the caller gives it the
/// previous report's speaker. Its verb must be in a tense the subjunctive does not have
/// (imperfect, pluperfect, future, conditional, or a present of `avoir` or `être` in the
/// indicative), so that a jussive (`Qu'il parte !`) or a concession (`Qu'il s'agisse…`) is
/// left to the author.
pub(crate) fn continuation(toks: &[Tok]) -> Option<Cue> {
    let first = toks.first()?;
    if !(first.is("que") || first.is("qu'")) || !first.cap {
        return None;
    }
    let n = content_end(toks);
    let indicative = |t: &Tok| {
        let w = t.norm();
        matches!(
            w,
            "a" | "est"
                | "ont"
                | "sont"
                | "va"
                | "vont"
                | "avait"
                | "etait"
                | "avaient"
                | "etaient"
                | "aurait"
                | "serait"
                | "auraient"
                | "seraient"
                | "allait"
        ) || lexis::indicative_ending(w)
    };
    let verb = toks[1..n.min(1 + CONTINUATION_VERB_REACH)]
        .iter()
        .take_while(|t| t.is_word() || t.is_punct(','))
        .any(|t| t.is_word() && !t.cap && indicative(t));
    if !verb || n < 3 {
        return None;
    }
    let mut cue = Cue::new(Who::Nobody, 0, 1);
    cue.content.push((1, n));
    Some(cue)
}

/// A cue from a reporting verb group.
fn verb_cue(s: &Sent<'_>, verbs: &VerbTable, g: VerbGroup, floor: usize) -> Option<Cue> {
    let toks = s.toks;
    let entry = verbs.entry(g.entry);
    let lemma = entry.lemma.as_str();
    let n = s.n;
    let prev = g.start.checked_sub(1).map(|p| &toks[p]);
    if declined(toks, g.verb)
        || attribute_of_copula(toks, &g)
        || connective(toks, &g, lemma)
        || shows_a_change(toks, &g, lemma)
        || is_a_vote(toks, &g, lemma)
    {
        return None;
    }
    // `Autrement dit, l'État promet un tunnel sans les voies`: after a connective of
    // reformulation the author restates in their own words what the facts amount to; a saying
    // there is the author's reading, unless it carries a quotation.
    if g.start > 0 && reformulates(toks) && !toks[..n].iter().any(is_quote) {
        return None;
    }
    // `Sans doute craignait-elle d'entendre…`, `Peut-être redoute-t-il…`: after an adverb of
    // likelihood opening the sentence, the inversion is the author's conjecture, not a report.
    if g.inverted.is_some()
        && !toks[..g.start].iter().any(is_quote)
        && conjecture_opening(toks, g.start)
    {
        return None;
    }
    // `Mais a-t-on chiffré ce que coûteront les cars ?`, `Le ministre a-t-il dit la vérité ?`:
    // a saying asked about in a question, its pronoun inverted and no quotation before it,
    // is the author's question, not a report.
    if g.inverted.is_some()
        && toks[n..].iter().any(|t| t.is_punct('?'))
        && !toks[..g.start].iter().any(is_quote)
    {
        return None;
    }
    let mut cue = Cue::new(Who::Nobody, g.start, g.end);
    cue.verb = Some(g.clone());

    // Who speaks, and whether the verb comes after what it attributes.
    let mut inverted = false;
    if let Some((tok, gender, number)) = g.inverted {
        cue.who = Who::Inverted(tok, gender, number);
        inverted = true;
        // `a-t-on appris de source sécuritaire`, `apprend-on auprès de la préfecture`: the
        // source named after the verb speaks for `on`.
        if toks[tok].norm().ends_with("-on") {
            // `a-t-on appris jeudi de source diplomatique`: past a time word.
            let mut after = g.end;
            while after < g.end + 3
                && toks.get(after).is_some_and(|t| {
                    t.is_word()
                        && (lexis::is_weekday(t)
                            || matches!(t.norm(), "hier" | "soir" | "matin" | "aujourd'hui"))
                })
            {
                after += 1;
            }
            let at = match (toks.get(after), toks.get(after + 1)) {
                (Some(d), Some(s)) if d.is("de") && (s.is("source") || s.is("sources")) => {
                    Some(after + 1)
                }
                (Some(a), Some(d)) if a.is("aupres") && lexis::is_de(&d) => Some(after + 2),
                _ => None,
            };
            // `glisse-t-on à l'Élysée`, `assure-t-on dans l'entourage du ministre`, `fait-on
            // valoir chez Renault`: the place or body after the verb speaks for `on`.
            let found = at
                .and_then(|a| np::group_forward(toks, a, true))
                .or_else(|| np::trailing_group(toks, g.end));
            if let Some(np) = found {
                cue.end = np.end;
                cue.who = Who::Np(np);
            }
        }
    } else if g.build == Build::Coordinated {
        // `La France a convoqué … et rejeté …`: the subject of the auxiliary it shares.
        cue.who = group::shared_auxiliary(toks, g.start)
            .and_then(|a| np::subject_before(toks, a))
            .filter(|np| np.kind.is_speaker() || np.kind == NpKind::Document)
            .map_or(Who::Implicit, Who::Np);
    } else if matches!(g.build, Build::Narrative | Build::Participle) {
        cue.who = Who::Implicit;
    } else {
        // In inversion any phrase after the verb is its subject (`», a assuré la
        // capitainerie`), not only the ones that look like speakers.
        // `a annoncé lundi le ministère`, `a estimé mardi soir un négociant`: a time phrase
        // may stand between the verb and its inverted subject.
        let mut subject_at = g.end;
        while subject_at < g.end + 3
            && toks.get(subject_at).is_some_and(|t| {
                t.is_word()
                    && (lexis::is_weekday(t)
                        || matches!(t.norm(), "hier" | "soir" | "matin" | "midi" | "aujourd'hui"))
            })
        {
            subject_at += 1;
        }
        // `», demande d'emblée la présidente`, `», a résumé pour l'Hexapresse Julie Marchetti`.
        let (subject_at, medium) = incise::past_adverbials(toks, g.start, subject_at);
        let after = np::group_forward(toks, subject_at, true)
            .or_else(|| after_addressee(toks, subject_at, medium))
            .filter(|np| !matches!(np.kind, NpKind::FirstPerson | NpKind::Pronoun))
            // `ne lui reprochait presque rien`: the second half of a negation is no subject,
            // nor is an adverb of degree or focus that opens the object (`critique moins les
            // radars que…`, `conteste surtout le calendrier`).
            .filter(|np| {
                !matches!(
                    toks[np.start].norm(),
                    "rien"
                        | "personne"
                        | "presque"
                        | "jamais"
                        | "plus"
                        | "pas"
                        | "guere"
                        | "moins"
                        | "davantage"
                        | "surtout"
                        | "autant"
                        | "aussi"
                        | "encore"
                        | "beaucoup"
                        | "meme"
                )
            })
            .filter(|np| {
                toks.get(np.end).is_none_or(|t| {
                    !t.is_word() || lexis::is_preposition(&t) || lexis::ends_speaker_phrase(&t)
                }) || np::manner_of_speaking(toks, np.end)
            });
        // After a comma the subject may still come first, with appositions (`X, ministre…,
        // a confirmé`); a quotation, `qu'a`, `comme l'a` or the start of the sentence put
        // the subject after the verb.
        let before = if prev.is_some_and(|p| p.is_punct(',')) {
            np::subject_before(toks, g.start)
                .filter(|np| np.kind.is_speaker() || np.kind == NpKind::Document)
                .filter(|np| np.start <= floor || toks[np.start - 1].is_punct(','))
        } else {
            None
        };
        // `Plusieurs ONG, qui devront fermer des centres, ont exprimé…`: the comma closes a
        // relative clause, so the subject lies before it, never after the verb.
        let closes_relative = before.is_none()
            && prev.is_some_and(|p| p.is_punct(','))
            && closes_relative_clause(toks, g.start - 1);
        // `Le chef de l'État, assure un visiteur du soir, « compte les jours »`, `un élu qui,
        // confie un proche, « déteste… »`: an incise set between commas between a subject (or
        // `qui`) and its predicate; its own subject follows the verb and speaks.
        let between = prev.is_some_and(|p| p.is_punct(','))
            && g.start >= 2
            && (toks[g.start - 2].is("qui")
                || before.as_ref().is_some_and(|b| {
                    b.end + 1 == g.start
                        && !toks[b.start..b.end].iter().any(|t| t.is_punct(','))
                        && (b.start == 0
                            || (b.start == 1 && matches!(toks[0].norm(), "mais" | "et" | "or")))
                }))
            && after.as_ref().is_some_and(|a| {
                let a = np::with_apposition(toks, a.clone());
                a.kind.is_speaker()
                    && toks.get(a.end).is_some_and(|t| t.is_punct(','))
                    && toks
                        .get(a.end + 1)
                        .is_some_and(|t| is_quote(t) || (t.is_word() && !t.cap))
            });
        let inverting_place = !closes_relative
            && (between
                || prev.is_none_or(|p| {
                    p.is_punct('—')
                        || p.is_punct('–')
                        || p.is_punct('(')
                        || is_quote(p)
                        || p.is("qu'")
                        || p.is("que")
                        || p.is("comme")
                        || (p.is_punct(',') && before.is_none())
                }));
        // A verb in the first or second person plural (`Soutenez`, `rappelons`) has no subject
        // but `nous` or `vous`: an imperative or the author's own `nous`, never a source.
        let plural_person = (g.start..=g.verb).any(|k| {
            let t = &toks[k];
            t.is_word() && !lexis::is_clitic(t) && {
                let w = t.norm().split('-').next().unwrap_or("");
                w.len() > 3 && (w.ends_with("ez") || w.ends_with("ons"))
            }
        });
        if plural_person {
            return None;
        }
        match (inverting_place, after) {
            _ if closes_relative => cue.who = Who::Implicit,
            // `La plateforme fixe le prix, attribue les commandes et…`: a verb that is never
            // an incise, after a comma that ends words of the author's, takes an object, not
            // an inverted subject.
            (true, Some(_))
                if NEVER_INCISE.contains(&lemma)
                    && prev.is_some_and(|p| p.is_punct(','))
                    && g.start >= 2
                    && !is_quote(&toks[g.start - 2]) =>
            {
                return None;
            }
            (true, Some(np)) => {
                cue.woven = between && toks[g.start - 2].is("qui");
                let np = np::with_apposition(toks, np);
                cue.end = np.end;
                let reach = (np.end + AUTHOR_REACH).min(n);
                cue.who = Who::Np(document_author(toks, &np, reach).unwrap_or(np));
                inverted = true;
            }
            (true, None) if prev.is_none_or(is_quote) => inverted = true,
            _ => match before.or_else(|| np::subject_before(toks, g.start)) {
                Some(np) if np.kind == NpKind::FirstPerson => return None,
                // `Nul ne peut nier que…`, `Personne ne conteste…`: nobody is reported.
                Some(np)
                    if matches!(
                        toks[np.start].norm(),
                        "nul" | "personne" | "aucun" | "aucune" | "chacun" | "chacune" | "rien"
                    ) =>
                {
                    return None;
                }
                // `Il faut que le ministre explique…`, `Avant que le juge annonce…`: a saying
                // required, wished or not yet made is not reported.
                Some(np) if unmade_saying(toks, np.start) => return None,
                // `à ceux qui parlent de taxe`: the relative clause says who the people are.
                Some(np)
                    if np.end == np.start + 1
                        && matches!(
                            toks[np.start].norm(),
                            "ceux" | "celles" | "celui" | "celle"
                        )
                        && toks.get(np.end).is_some_and(|t| t.is("qui")) =>
                {
                    return None;
                }
                Some(np) => {
                    cue.start = cue.start.min(np.start);
                    cue.who = Who::Np(document_author(toks, &np, g.start).unwrap_or(np));
                }
                None => return None,
            },
        }
    }
    if let Who::Np(np) = &cue.who
        && house_reporter(toks, np, Some(lemma))
    {
        return None;
    }
    // `On nous objectera que…`, `On me dira que…`: the objection the author sees coming is
    // theirs to answer; nobody has said it.
    if g.future
        && let Who::Np(np) = &cue.who
        && toks[np.start].is("on")
    {
        return None;
    }
    let subject_kind = match &cue.who {
        Who::Np(np) => Some(np.kind),
        _ => None,
    };
    // A forecast is someone's: what a text, a project or an agreement `prévoit` is what it
    // provides for (`L'accord prévoit la livraison…`), and the verb is never inverted.
    if lemma == "prévoir" && (inverted || !subject_kind.is_some_and(NpKind::is_speaker)) {
        return None;
    }
    // What a text provides for (`La convention prévoit notamment :`, `Le contrat prévoit
    // une pénalité`) and what causes explain (`Trois facteurs expliquent ce mouvement :`) are
    // no saying, even when the noun could name a body elsewhere (`la convention citoyenne`).
    if !inverted
        && let Who::Np(np) = &cue.who
        && let Some(head) = subject_head(toks, np)
        && ((lemma == "prévoir" && TEXT_NOUNS.contains(&head))
            || (lemma == "expliquer" && CAUSE_NOUNS.contains(&head)))
    {
        return None;
    }

    if inverted {
        // The attribution follows what it attributes: a quotation, the clause before the
        // comma, or the previous sentence.
        let mut p = g.start;
        while p > floor && toks[p - 1].is_punct(',') {
            p -= 1;
        }
        if p > floor && is_quote(&toks[p - 1]) {
            cue.quote = Some(p - 1);
            return Some(cue);
        }
        if p > floor && (toks[p - 1].is("qu'") || toks[p - 1].is("que")) {
            // `C'est ce qu'a déclaré X`: a credit, decided with the whole sentence.
            cue.credit = true;
            return Some(cue);
        }
        if matches!(cue.who, Who::Nobody) {
            return None;
        }
        if g.start == 0 || (p == floor && g.start == floor) {
            cue.credit = true;
            return Some(cue);
        }
        if s.has_words(floor, p) {
            cue.content.push((floor, p));
            // A mid-sentence incise: `La ville, a assuré le préfet, est calme.`
            if toks.get(cue.end).is_some_and(|t| t.is_punct(',')) && s.has_words(cue.end + 1, n) {
                let rest = (cue.end + 1, n);
                if tail::find(toks, cue.end + 1, cue.end + 2).is_none() {
                    cue.content.push(rest);
                }
            }
            return Some(cue);
        }
        return (cue.quote.is_some() || matches!(cue.who, Who::Inverted(..))).then_some(cue);
    }

    // `Il convient de souligner que…` is impersonal.
    let impersonal = lemma == "convenir"
        && matches!(&cue.who, Who::Np(np) if np.kind == NpKind::Pronoun && toks[np.start].is("il"))
        && toks.get(g.end).is_some_and(|t| t.is("de") || t.is("d'"));
    if impersonal {
        return None;
    }
    // The subject comes first: what does the verb govern?
    let at = governed_from(toks, g.end);
    // `« … », le ministre a ajouté.`: a subject-first attribution after a quotation.
    let mut q = cue.start;
    while q > floor && toks[q - 1].is_punct(',') {
        q -= 1;
    }
    if q > floor && is_quote(&toks[q - 1]) && !s.has_words(at, n) {
        cue.quote = Some(q - 1);
        return Some(cue);
    }
    match governed(toks, at) {
        Some(Governed::Quote(q)) => {
            cue.quote = Some(q);
            cue.adjacent_quote = true;
            cue.content.push((at, n.max(q + 1)));
            Some(cue)
        }
        Some(Governed::ColonQuote(q)) => {
            cue.quote = Some(q);
            Some(cue)
        }
        // `ce qu'il refuse depuis deux semaines : la recherche d'un repreneur`, `un pays qui
        // refuse de signer un chèque… : c'est…`: a refusal reports only the position it
        // governs itself ([`refuses`]), never the clause after a colon.
        Some(Governed::Clause(_)) if lemma == "refuser" && !refuses(toks, lemma, at, n) => None,
        // `Le tribunal dira le 15 janvier ce qu'il en est`: what a saying in the future will
        // tell is the author's prediction, as with `si`.
        Some(Governed::Clause(c))
            if g.future && c >= 2 && toks[c - 2].is("ce") && s.has_words(c, n) =>
        {
            None
        }
        // `une question, à laquelle la chancellerie n'a pas répondu : qui fera appel ?`: what
        // follows the colon of a saying denied is the author's.
        Some(Governed::Clause(c)) if c >= 1 && toks[c - 1].is_punct(':') && negated(toks, &g) => {
            None
        }
        // `Ce qu'ils ne disent pas, c'est ce que cette baisse coûte`: what a saying denied in
        // a cleft leaves out is the author's own point.
        Some(Governed::Clause(_)) if negated(toks, &g) && denied_cleft(toks, &g) => None,
        // `Aux Africains qui doutent encore, nous posons une question : …`: a relative clause
        // ends at its comma, and the colon after it belongs to the main clause.
        Some(Governed::Clause(c))
            if c >= 1
                && toks[c - 1].is_punct(':')
                && (g.end..c - 1).any(|k| toks[k].is_punct(','))
                && relative_clause(toks, &g, &cue.who) =>
        {
            None
        }
        Some(Governed::Clause(c)) if s.has_words(c, n) => {
            cue.content.push((c, n));
            Some(cue)
        }
        Some(Governed::Clause(c)) => {
            let colon_last = c > 0 && toks[c - 1].is_punct(':') && c >= n;
            cue.introduces = colon_last;
            colon_last.then_some(cue)
        }
        None => {
            if matches!(g.build, Build::Participle | Build::Coordinated) || !s.has_words(at, n) {
                return None;
            }
            // `Les syndicats crieront à la régression`, `Le Conseil dira si…`: without `que`,
            // a colon or a quotation, a saying in the future is the author's prediction.
            // `L'IGPN, juge et partie`: a verb followed by `et` has no object.
            if g.future
                || toks[at].is("et")
                || toks[at].is("ou")
                || (lemma == "condamner" && sentenced(toks, &cue.who, at, n))
                || (lemma == "juger" && by_court(toks, &cue.who))
                // `La cour d'appel a confirmé la condamnation`, `a rejeté le recours`, `La
                // majorité a rejeté la demande à main levée`: a ruling or a vote.
                || decided(toks, &cue.who, lemma, at, n)
                || (lemma == "prévoir" && (toks[at].is("de") || toks[at].is("d'")))
                // `Le collectif prévoit un nouveau rassemblement`: what someone plans is the
                // author's news; what an institute foresees (`prévoit une stabilisation`) is
                // its forecast.
                || (lemma == "prévoir" && !foresees(toks, at, n))
                // `un assistant qui résume les notes`, `un gouvernement qui prétend la
                // corriger`, `Chatterly, dont l'application revendique 40 millions
                // d'utilisateurs`: a relative clause with a plain object describes what it
                // qualifies; it reports nothing.
                || relative_clause(toks, &g, &cue.who)
                || background_relative(s, verbs, &g)
                // `Anthony R., qui se présentait comme artisan « certifié », démarchait…`: a
                // self-portrait in a relative clause describes the one it qualifies.
                || (lemma.ends_with(" comme")
                    && lemma.starts_with("se ")
                    && g.start.checked_sub(1).is_some_and(|p| toks[p].is("qui")))
                // `a lancé un appel d'offres`, `un appel à projets`: a tender, not a call.
                || (lemma == "lancer un appel"
                    && matches!(
                        toks.get(at + 1).map(|t| t.norm()),
                        Some("offres" | "offre" | "projets" | "candidatures" | "manifestation")
                    ))
            {
                return None;
            }
            let first = &toks[at];
            // `n'a pas précisé la nature des contacts`, `ne s'est pas exprimé sur le sujet`:
            // a saying denied reports nothing, unless the verb itself is a denial (`n'a pas
            // exclu une intervention` says that it may happen).
            if negated(toks, &g)
                && !matches!(
                    lemma,
                    "exclure"
                        | "cacher"
                        | "nier"
                        | "démentir"
                        | "douter"
                        | "contester"
                        | "recommander"
                        | "préconiser"
                )
            {
                return None;
            }
            // `a contesté avoir ciblé`, `assure être favorable`: a perfect infinitive is the
            // content of the verb, whatever it governs elsewhere.
            // A belief is not a saying: `Toulouse a cru avoir fait le plus dur` is narration.
            // `assure n'avoir jamais été consultée`: the negation of the infinitive first.
            let inf = if first.is("n'") || first.is("ne") {
                toks.get(at + 1).filter(|t| t.is_word()).unwrap_or(first)
            } else {
                first
            };
            let infinitive_clause = ((inf.is("avoir") || inf.is("etre"))
                && !matches!(lemma, "croire" | "penser" | "supposer" | "douter"))
                || (says_infinitive(lemma) && infinitive_content(toks, at, n));
            let licensed = !needs_clause(lemma)
                || (first.is_word() && licensed_by_preposition(lemma, first.norm()))
                || calls_on(toks, lemma, at, n)
                || portrays_as(toks, &g, lemma, at)
                || points_out(toks, lemma, at)
                || said_object(toks, lemma, at, n)
                || refuses(toks, lemma, at, n)
                || infinitive_clause;
            // A plain object reports only for a speaker or a document as subject.
            let speaking_subject =
                subject_kind.is_none_or(|k| k.is_speaker() || k == NpKind::Document);
            // A quoted word in the verb's object is the subject's own (`l'étude juge l'idée
            // « viable »`, `la Cour a épinglé des « irrégularités »`), whatever the verb
            // governs elsewhere; the object ends at a coordinated clause (`a défendu le plan
            // et l'opposition a dénoncé un « racket »`).
            let quoted_object = subject_kind
                .is_some_and(|k| k.is_speaker() || k == NpKind::Document)
                && toks[at..n.min(at + QUOTED_OBJECT_REACH)]
                    .iter()
                    .take_while(|t| {
                        !(t.is_punct(',')
                            || t.is_punct(';')
                            || t.is_punct(':')
                            || t.is("et")
                            || t.is("mais"))
                    })
                    .any(is_quote);
            ((licensed || quoted_object) && speaking_subject).then(|| {
                cue.content.push((at, n));
                cue
            })
        }
    }
}

/// Verbs whose infinitive object is what their subject says (`assure disposer de copies`,
/// `dit surtout craindre pour son fils`, `reconnaît ne pas avoir lu le texte`).
fn says_infinitive(lemma: &str) -> bool {
    matches!(
        lemma,
        "assurer"
            | "dire"
            | "affirmer"
            | "estimer"
            | "reconnaître"
            | "admettre"
            | "soutenir"
            | "déclarer"
            | "prétendre"
            | "jurer"
            | "nier"
            | "démentir"
            | "contester"
            | "certifier"
            | "confier"
            | "avouer"
    )
}

/// Infinitives in `-re` that open a saying's content (`dit craindre`, `assure ne rien
/// comprendre`); an adjective in `-re` (`nécessaire`, `libre`) opens none.
const RE_INFINITIVES: &[&str] = &[
    "etre",
    "faire",
    "dire",
    "prendre",
    "mettre",
    "vivre",
    "craindre",
    "croire",
    "connaitre",
    "reconnaitre",
    "attendre",
    "entendre",
    "comprendre",
    "suivre",
    "perdre",
    "rendre",
    "vendre",
    "permettre",
    "apprendre",
    "defendre",
    "repondre",
    "combattre",
    "poursuivre",
    "plaire",
    "conduire",
    "produire",
    "reduire",
    "construire",
    "ecrire",
    "lire",
    "atteindre",
    "rejoindre",
    "resoudre",
    "conclure",
    "exclure",
    "inclure",
    "boire",
    "paraitre",
    "naitre",
    "soumettre",
    "promettre",
    "reprendre",
    "entreprendre",
    "survivre",
    "interdire",
    "contredire",
    "joindre",
    "peindre",
    "vaincre",
    "descendre",
    "sourire",
    "rire",
];

/// Adjectives in `-er` after a verb: no infinitive.
const ER_ADJECTIVES: &[&str] = &["premier", "dernier", "entier", "cher", "fier", "leger"];

/// Whether the object at `at` (before `n`) opens with an infinitive: past an adverb
/// (`surtout`, `également`, `-ment`), a negation (`ne pas`, `n'avoir`, `ne rien`, `ne
/// jamais`) and object pronouns (`l'avoir vu`, `se sentir`, `y croire`, `en avoir`).
fn infinitive_content(toks: &[Tok], at: usize, n: usize) -> bool {
    let mut k = at;
    let end = n.min(at + 6);
    let word = |k: usize| toks.get(k).filter(|t| t.is_word() && k < end);
    while let Some(t) = word(k) {
        let w = t.norm();
        let skip = !t.cap
            && (matches!(
                w,
                "surtout"
                    | "aussi"
                    | "meme"
                    | "bien"
                    | "encore"
                    | "toujours"
                    | "deja"
                    | "egalement"
                    | "pourtant"
                    | "seulement"
                    | "ne"
                    | "n'"
                    | "pas"
                    | "rien"
                    | "jamais"
                    | "plus"
                    | "guere"
                    | "point"
                    | "se"
                    | "s'"
                    | "l'"
                    | "le"
                    | "la"
                    | "les"
                    | "lui"
                    | "leur"
                    | "y"
                    | "en"
                    | "me"
                    | "m'"
                    | "nous"
                    | "vous"
            ) || (w.len() > 6 && w.ends_with("ment")));
        if !skip {
            break;
        }
        k += 1;
    }
    let Some(t) = word(k) else {
        return false;
    };
    let w = t.norm();
    // `assure la sécurité`: an article before a noun is no clitic.
    let after_article = k > at && matches!(toks[k - 1].norm(), "le" | "la" | "les" | "l'");
    !t.cap
        && !t.caps
        && w.len() >= 4
        && !lexis::is_preposition(t)
        && lexis::determiner(t).is_none()
        && (w.ends_with("er") && !ER_ADJECTIVES.contains(&w)
            || w.ends_with("ir")
            || w.ends_with("oir")
            || RE_INFINITIVES.contains(&w))
        // `assure le pouvoir`, `reconnaît le danger`: after an article-shaped pronoun only
        // the commonest infinitives (`l'avoir vu`, `le faire`).
        && (!after_article
            || matches!(
                w,
                "avoir" | "etre" | "faire" | "dire" | "voir" | "recevoir" | "connaitre"
            ))
}

/// Whether the words before `at` are an adverb of likelihood opening the sentence (`Sans
/// doute`, `Peut-être`, `Probablement`, `Sûrement`), after which the verb and its pronoun are
/// inverted.
fn conjecture_opening(toks: &[Tok], at: usize) -> bool {
    let w = |k: usize| toks.get(k).filter(|t| t.is_word()).map_or("", |t| t.norm());
    match at {
        1 => matches!(
            w(0),
            "peut-etre" | "probablement" | "surement" | "certainement"
        ),
        2 => (w(0) == "sans" && w(1) == "doute") || (w(0) == "peut" && w(1) == "etre"),
        _ => false,
    }
}

/// Whether a verb group is the verb of a relative clause that describes: right after a
/// restrictive `qui`, or after a subject that follows `dont` (`dont l'application
/// revendique…`) or `quand` (`quand ils veulent expliquer la technologie`).
/// A cleft (`c'est sa fondatrice qui l'a dit`) is no relative clause, and nor is a clause whose
/// object quotes (`qui venait de qualifier les radars de « pompes à fric »`): it gives the
/// speaker's words.
/// The first word of a subject after its determiners and numbers (folded): `Trois
/// facteurs` → `facteurs`, `La convention` → `convention`.
fn subject_head<'t>(toks: &'t [Tok], np: &np::Np) -> Option<&'t str> {
    toks[np.start..np.end.min(toks.len())]
        .iter()
        .find(|t| {
            t.is_word()
                && lexis::determiner(*t).is_none()
                && !t.norm().bytes().all(|b| b.is_ascii_digit())
                && !NUMBER_WORDS.contains(&t.norm())
        })
        .map(|t| t.norm())
}

/// Numbers and quantifiers before a subject's noun (folded).
const NUMBER_WORDS: &[&str] = &[
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "plusieurs",
    "quelques",
    "nombreux",
    "nombreuses",
    "principaux",
    "principales",
    "grands",
    "grandes",
    "autres",
];

/// Nouns of a text whose `prévoir` is what it provides for (folded).
const TEXT_NOUNS: &[&str] = &[
    "convention",
    "accord",
    "texte",
    "loi",
    "contrat",
    "projet",
    "budget",
    "plan",
    "reforme",
    "decret",
    "reglement",
    "protocole",
    "traite",
    "statut",
    "statuts",
    "charte",
    "programme",
    "dispositif",
    "arrete",
    "ordonnance",
    "amendement",
    "proposition",
    "pacte",
    "compromis",
    "bail",
    "avenant",
    "cahier",
    "calendrier",
    "mecanisme",
    "directive",
];

/// Nouns of causes whose `expliquer` is no saying (folded).
const CAUSE_NOUNS: &[&str] = &[
    "facteur",
    "facteurs",
    "raison",
    "raisons",
    "element",
    "elements",
    "cause",
    "causes",
    "phenomene",
    "phenomenes",
    "motif",
    "motifs",
    "evolution",
    "hausse",
    "baisse",
    "chiffres",
    "donnees",
    "tendance",
    "tendances",
    "effet",
    "effets",
];

fn relative_clause(toks: &[Tok], g: &VerbGroup, who: &Who) -> bool {
    // A restrictive relative (`un assistant qui résume`) qualifies its noun; one set off by a
    // comma (`Plusieurs associations, qui dénoncent des loyers abusifs, ont écrit…`) tells
    // what its speaker says.
    let after_qui = g.start > 1 && toks[g.start - 1].is("qui") && !toks[g.start - 2].is_punct(',');
    let after_dont = matches!(who, Who::Np(np)
        if np.start > 0 && np.end <= g.start && toks[np.start - 1].is("dont"));
    // `Les dialogues sonnent faux, surtout quand ils veulent expliquer la technologie`: a
    // clause of time with a plain object says when, not what someone said.
    let after_when = matches!(who, Who::Np(np)
        if np.start > 0 && np.end <= g.start
            && matches!(toks[np.start - 1].norm(), "quand" | "lorsque" | "lorsqu'"));
    if !(after_qui || after_dont || after_when) {
        return false;
    }
    // `c'est X qui`; `c'est qu'un gouvernement qui…` opens a clause, not a cleft.
    let cleft = toks[..g.start].windows(3).any(|w| {
        (w[0].is("c'") || w[0].is("ce"))
            && matches!(w[1].norm(), "est" | "sont" | "etait")
            && !(w[2].is("que") || w[2].is("qu'"))
    });
    let quotes = toks[g.end.min(toks.len())..]
        .iter()
        .take_while(|t| !(t.is_punct(',') || t.is_punct(';') || t.is_punct('.')))
        .any(is_quote);
    !cleft && !quotes
}

/// Whether a saying with a plain object is the verb of a relative clause set between commas
/// on the subject that opens the sentence, before a main clause that reports nothing (`L'Autorité
/// palestinienne, qui revendique un rôle central, a présenté un plan`, `Le parti, qui avait
/// annoncé son abstention, a finalement voté contre`): the relative gives the subject's
/// background, and the sentence states the main clause as the author's fact. A main clause
/// with a saying of its own reports, and the relative with it: a verb that reports, one
/// addressed to someone (`Plusieurs associations, qui dénoncent des loyers abusifs, ont
/// écrit au préfet`), a form of saying after an object clitic (`Un policier, qui a requis
/// l'anonymat, le confirme`), and so does a verb that casts doubt on its speaker (`qui jure
/// défendre…`). The phrase before the relative opens the sentence: no
/// punctuation, no quotation, no preposition (`Selon un haut fonctionnaire, qui a demandé…`).
fn background_relative(s: &Sent<'_>, verbs: &VerbTable, g: &VerbGroup) -> bool {
    let toks = s.toks;
    if g.start < 3 || !toks[g.start - 1].is("qui") || !toks[g.start - 2].is_punct(',') {
        return false;
    }
    // A verb that casts doubt on what its speaker says (`Le parti, qui jure défendre les
    // campagnes, …`, `qui prétend…`) is the author's framing of a report, which it keeps.
    if verbs.entry(g.entry).stance == crate::lexicon::Stance::Distancing {
        return false;
    }
    let subject = &toks[..g.start - 2];
    let opens = subject.first().is_some_and(|t| {
        t.is_word()
            && !lexis::is_preposition(t)
            && !matches!(t.norm(), "d'" | "selon" | "pour" | "et" | "mais" | "or")
    });
    let plain = subject
        .iter()
        .all(|t| t.is_word() || t.is_punct('\'') || t.is_punct('-'));
    // Only the relative on the subject that opens the sentence is read, so that the main
    // clause's sayings below are read once: a later relative (`…, le préfet, qui…`) has a comma
    // in what stands before it, and reading the main clause of each would nest one reading in
    // another as deep as a chain of relatives goes.
    if !opens || !plain {
        return false;
    }
    // The comma that closes the relative, then the main predicate.
    let Some(close) = toks[g.end.min(toks.len())..]
        .iter()
        .position(|t| t.is_punct(',') || (!t.is_word() && t.quote().is_none()))
        .map(|k| g.end + k)
        .filter(|&k| toks[k].is_punct(',') && toks.get(k + 1).is_some_and(|t| t.is_word()))
    else {
        return false;
    };
    // A saying of the main clause, or a form of one after an object clitic (`le confirme`).
    let main_says = (close + 1..toks.len()).any(|k| {
        group::at(toks, k, verbs).is_some_and(|m| {
            // `ont écrit au maire`: a saying addressed to someone reports, object or not.
            let addressed = toks
                .get(m.end)
                .is_some_and(|t| t.is("au") || t.is("aux") || (t.is("a") && t.accented));
            addressed || verb_cue(s, verbs, m, close + 1).is_some()
        }) || (matches!(toks[k - 1].norm(), "le" | "la" | "les" | "l'")
            && toks[k].is_word()
            && !verbs.lookup(toks[k].norm()).is_empty())
    });
    !main_says
}

/// Whether a negated saying is the relative of a cleft whose focus is the author's: `ce que` or
/// `ce qu'` shortly before the group (`Ce qu'ils ne disent pas`, `Ce que personne ne dit`, `Ce
/// que le gouvernement ne dit jamais`), and `, c'est` shortly after the verb.
fn denied_cleft(toks: &[Tok], g: &VerbGroup) -> bool {
    let opens = toks[g.start.saturating_sub(6)..g.start]
        .windows(2)
        .any(|w| w[0].is("ce") && (w[1].is("que") || w[1].is("qu'")));
    let after = &toks[(g.verb + 1).min(toks.len())..];
    let comma = after.iter().take(5).position(|t| t.is_punct(','));
    opens
        && comma.is_some_and(|k| {
            after.get(k + 1).is_some_and(|t| t.is("c'") || t.is("c"))
                && after.get(k + 2).is_some_and(|t| t.is("est"))
        })
}

/// Whether a verb group is negated: `ne` or `n'` inside it (`n'a pas précisé`, `ne s'est
/// jamais exprimé`, `n'en dira pas plus`). A negated verb that governs the saying and means
/// that it goes on (`ne cesse de dénoncer`, `n'hésite pas à critiquer`, `ne manque pas de
/// rappeler`) does not deny it.
fn negated(toks: &[Tok], g: &VerbGroup) -> bool {
    let group = &toks[g.start..g.verb];
    let keeps_on = group.iter().any(|t| {
        t.is_word()
            && ["cess", "hesit", "manqu", "arret"]
                .iter()
                .any(|stem| t.norm().starts_with(stem))
    });
    !keeps_on
        && group
            .iter()
            .any(|t| t.is_word() && (t.is("ne") || t.is("n'")))
}

/// Whether `pointer` governs a plain object that opens on a determiner or a figure, after an
/// adverb or not: a finding (`La Cour pointe surtout une répartition inégale`, `Le document
/// pointe trois causes :`), not a rank (`pointe au troisième rang`).
fn points_out(toks: &[Tok], lemma: &str, at: usize) -> bool {
    let object = |t: &Tok| {
        t.is_word()
            && (lexis::determiner(t).is_some() || lexis::is_number_word(t))
            && !matches!(t.norm(), "au" | "aux")
    };
    let adverb = |t: &Tok| {
        t.is_word()
            && (t.norm().ends_with("ment")
                || matches!(
                    t.norm(),
                    "surtout" | "aussi" | "encore" | "d'abord" | "enfin"
                ))
    };
    lemma == "pointer"
        && (toks.get(at).is_some_and(object)
            || (toks.get(at).is_some_and(adverb) && toks.get(at + 1).is_some_and(object)))
}

/// Whether a lemma of [`needs_clause`] governs an object that only words can carry: an
/// admission (`a reconnu les faits`, `une partie des faits`, `sa défaite`, `des erreurs`; not
/// `a reconnu le corps`, `l'État de Palestine`) or a figure or a reading put forward (`avance
/// le chiffre de 45 %`, `avance plutôt 30 %`, `avancent l'hypothèse d'un incendie`; not
/// `avance la date`).
fn said_object(toks: &[Tok], lemma: &str, at: usize, n: usize) -> bool {
    let nouns: &[&str] = match lemma {
        "reconnaître" | "admettre" => &[
            "faits",
            "defaite",
            "erreur",
            "erreurs",
            "tort",
            "torts",
            "faute",
            "fautes",
            "responsabilite",
            "echec",
            "culpabilite",
            "implication",
            "participation",
            "presence",
        ],
        "avancer" => &[
            "chiffre",
            "chiffres",
            "estimation",
            "bilan",
            "hypothese",
            "explication",
            "argument",
            "arguments",
        ],
        _ => return false,
    };
    let w = |k: usize| {
        toks.get(k)
            .filter(|t| t.is_word() && k < n)
            .map(|t| t.norm())
    };
    // `avance plutôt 30 %`, `avance 2 300`: a figure after an adverb or none.
    let figure =
        |k: usize| w(k).is_some_and(|x| x.bytes().next().is_some_and(|b| b.is_ascii_digit()));
    if lemma == "avancer" && (figure(at) || (w(at) == Some("plutot") && figure(at + 1))) {
        return true;
    }
    // The noun within the first words of the object: `les faits`, `une partie des faits`.
    (at..n.min(at + OBJECT_NOUN_REACH))
        .take_while(|&k| toks[k].is_word())
        .any(|k| w(k).is_some_and(|x| nouns.contains(&x)))
}

/// Whether `refuser` governs a position rather than an act: any concession or change refused
/// (`refusent toute hausse`, `refusaient toute concession territoriale`), a word refused
/// (`refuse de parler de crise`) or talks refused (`a refusé d'en discuter`, `refuse de
/// négocier`). Refusing to pay or to comment (`a refusé de la rembourser`, `de s'exprimer`)
/// is the author's account of an act.
fn refuses(toks: &[Tok], lemma: &str, at: usize, n: usize) -> bool {
    let w = |k: usize| {
        toks.get(k)
            .filter(|t| t.is_word() && k < n)
            .map_or("", |t| t.norm())
    };
    lemma == "refuser"
        && match w(at) {
            "tout" | "toute" | "tous" | "toutes" => !w(at + 1).is_empty(),
            "de" | "d'" => matches!(
                (w(at + 1), w(at + 2)),
                ("parler" | "discuter", "de" | "d'" | "du" | "des")
                    | ("en", "parler" | "discuter" | "debattre")
                    | ("negocier", _)
            ),
            _ => false,
        }
}

/// How many words of a plain object [`said_object`] reads for its noun (`une partie des faits`).
const OBJECT_NOUN_REACH: usize = 4;

/// Whether a verb with an object pronoun governs `comme` and how it sees that object: `Les
/// deux présidents la présentent comme une évidence` (the object of [`calls_on`] set before
/// the verb). Not before a colon: `Les médias l'ont présentée comme un triomphe : mardi…`
/// sets up the author's account.
fn portrays_as(toks: &[Tok], g: &VerbGroup, lemma: &str, at: usize) -> bool {
    lemma == "présenter"
        && toks[at].is("comme")
        && !toks[at..].iter().any(|t| t.is_punct(':'))
        && toks[g.start..g.verb]
            .iter()
            .any(|t| t.is("le") || t.is("la") || t.is("les") || t.is("l'"))
}

/// A verb that reports with an object followed by its preposition: `appeler ses alliés à
/// accélérer`, `appelle les élus au calme` (a call made to someone), `justifie cette mesure par
/// une enquête` (a reason given), `présente ces frappes comme une riposte` (a view of
/// something), `attribue ce recul à trois causes` (a cause ascribed). The object is a few
/// words without punctuation; `appeler les pompiers` is not a call.
fn calls_on(toks: &[Tok], lemma: &str, at: usize, n: usize) -> bool {
    let after_object = |p: &dyn Fn(&Tok) -> bool| {
        toks[at..n.min(at + CALLED_MAX + 1)]
            .iter()
            .take_while(|t| t.is_word())
            .skip(1)
            .any(p)
    };
    match lemma {
        "appeler" => after_object(&|t| t.is("a") || t.is("au") || t.is("aux")),
        "justifier" => after_object(&|t| t.is("par")),
        "présenter" => after_object(&|t| t.is("comme")),
        // `évalue les dégâts à trois millions`, `chiffre le coût à 2 %`: a figure given.
        "chiffrer" | "évaluer" => after_object(&|t| t.is("a")),
        // `attribue ce recul à trois causes`: a cause ascribed; `attribue le prix à une
        // romancière` awards something.
        "attribuer" => {
            after_object(&|t| t.is("a") || t.is("au") || t.is("aux"))
                && !toks.get(at + 1).is_some_and(|t| AWARDS.contains(&t.norm()))
        }
        _ => false,
    }
}

/// Whether the plain object of `prévoir` at `at` is a forecast, a change or a level that
/// someone foresees (`une stabilisation du chômage`, `de fortes précipitations`, `un retour à
/// la normale`), rather than something planned (`un rassemblement`, `un prêt bonifié`).
fn foresees(toks: &[Tok], at: usize, n: usize) -> bool {
    let at = forecast_aside_end(toks, at, n);
    toks[at..n.min(at + 4)]
        .iter()
        .take_while(|t| t.is_word())
        .any(|t| FORECASTS.contains(&t.norm()))
}

/// Heads of what is foreseen rather than planned, folded.
const FORECASTS: &[&str] = &[
    "hausse",
    "baisse",
    "stabilisation",
    "ralentissement",
    "acceleration",
    "reprise",
    "croissance",
    "recul",
    "repli",
    "rebond",
    "chute",
    "progression",
    "contraction",
    "amelioration",
    "degradation",
    "deficit",
    "excedent",
    "inflation",
    "deflation",
    "recession",
    "retour",
    "pic",
    "precipitations",
    "pluies",
    "orages",
    "chutes",
    "temperatures",
    "gelees",
    "canicule",
    "augmentation",
    "diminution",
    "taux",
    "niveau",
    "record",
    "afflux",
    "penurie",
    // `Elle prévoit un reflux à 2 %`, `prévoit la perte d'environ 200 emplois`, `prévoit une
    // charge d'intérêts de 70 milliards`: 3 sentences on dev2..dev78, all coded indirect.
    "reflux",
    "perte",
    "pertes",
    "charge",
];

/// Where the object of `prévoir` starts past an aside that sets the forecast beside another
/// one (`Le FMI prévoit pour sa part un déficit`, `prévoit de son côté`, `prévoit toutefois`).
fn forecast_aside_end(toks: &[Tok], at: usize, n: usize) -> usize {
    let w = |k: usize| {
        toks.get(k)
            .filter(|t| t.is_word() && k < n)
            .map_or("", |t| t.norm())
    };
    match (w(at), w(at + 1), w(at + 2)) {
        ("pour", "sa" | "leur", "part") => at + 3,
        ("de", "son" | "leur", "cote") => at + 3,
        ("toutefois" | "desormais" | "egalement" | "aussi" | "encore" | "meme", _, _) => at + 1,
        _ => at,
    }
}

/// Whether the sentence opens on a connective of reformulation followed by a comma:
/// `Autrement dit,`, `En clair,`, `En d'autres termes,`, `Bref,`, `En somme,`, `En résumé,`.
fn reformulates(toks: &[Tok]) -> bool {
    let w = |i: usize| toks.get(i).filter(|t| t.is_word()).map_or("", |t| t.norm());
    let comma = |i: usize| toks.get(i).is_some_and(|t| t.is_punct(','));
    match w(0) {
        "autrement" => w(1) == "dit" && comma(2),
        "bref" => comma(1),
        "en" => match w(1) {
            "clair" | "somme" | "resume" => comma(2),
            "d'" => w(2) == "autres" && w(3) == "termes" && comma(4),
            _ => false,
        },
        _ => false,
    }
}

/// Verbs of saying that never stand in an incise (`…, a assuré le préfet`): after a comma
/// they go on the author's sentence with their object (`attribue les commandes`, `présente
/// trois scénarios`).
const NEVER_INCISE: &[&str] = &[
    "attribuer",
    "présenter",
    "opposer",
    "établir",
    "rendre hommage",
    "garantir",
    "défendre",
    "menacer",
    "justifier",
    "chiffrer",
    "évaluer",
];

/// What is awarded rather than ascribed (`attribuer le prix à…`), folded.
const AWARDS: &[&str] = &[
    "prix",
    "marche",
    "marches",
    "logement",
    "logements",
    "subvention",
    "subventions",
    "note",
    "notes",
    "contrat",
    "contrats",
    "poste",
    "postes",
    "siege",
    "sieges",
    "medaille",
    "medailles",
    "aide",
    "aides",
    "points",
    "credits",
    "fonds",
    "enveloppe",
    "licence",
    "licences",
    "frequence",
    "frequences",
    "bourse",
    "bourses",
    "titre",
    "label",
    "place",
    "places",
    "lot",
    "lots",
    "concession",
    "agrement",
    "part",
    "parts",
    "role",
    "mission",
    "budget",
];

/// The longest object of `appeler … à` or `justifier … par`, in tokens.
const CALLED_MAX: usize = 5;

/// Whether the comma at `comma` closes a relative clause set between a subject and its verb
/// (`X, qui devront fermer des centres, ont…`): the clause opens with `qui` or `dont` after an
/// earlier comma, and no auxiliary comes before that comma, so that what precedes it is a
/// phrase, not a clause that an inverted attribution could report (`Six personnes ont été
/// secourues, qui …, a indiqué la préfecture`).
fn closes_relative_clause(toks: &[Tok], comma: usize) -> bool {
    let floor = comma.saturating_sub(RELATIVE_REACH);
    let Some(open) = (floor..comma)
        .rev()
        .find(|&i| {
            let t = &toks[i];
            t.is_punct(',') || t.is_punct(':') || t.is_punct(';') || is_quote(t)
        })
        .filter(|&c| toks[c].is_punct(','))
    else {
        return false;
    };
    let relative = toks
        .get(open + 1)
        .is_some_and(|t| t.is_word() && matches!(t.norm(), "qui" | "dont"));
    relative
        && !toks[..open]
            .iter()
            .any(|t| t.is_word() && !t.accented && group::is_aux(t.norm()).is_some())
}

/// A participle saying that someone obtained or read a document (`consultés`, `obtenue`,
/// `que s'est procurés`), folded.
fn is_access_participle(w: &str) -> bool {
    ["consulte", "obtenu", "procure"].iter().any(|p| {
        w.strip_prefix(p)
            .is_some_and(|e| matches!(e, "" | "e" | "s" | "es"))
    })
}

/// The longest relative clause between two commas, in tokens.
const RELATIVE_REACH: usize = 24;

/// The author of a document that reports, when the sentence names one within `toks[..limit]`:
/// the agent of its participle (`les chiffres publiés mardi par l'Insee`, `le bilan, publié
/// par l'état-major,`) or its complement (`une étude du ministère de la Santé`, `le rapport
/// annuel de la Cour des comptes`). Figures and reports do not speak: the body that wrote them
/// does, and a coder names that body. A document with no author stays the speaker.
pub(crate) fn document_author(toks: &[Tok], np: &Np, limit: usize) -> Option<Np> {
    // The document's noun opens the phrase (`un communiqué`, `le rapport annuel`), whatever
    // the determiner made of it (`une étude` reads as a vague source). Capitalised, it is the
    // title of a newspaper (`Le Courrier du Nord`), which speaks for itself.
    let head = (np.start..np.end.min(np.start + 3))
        .take_while(|&k| {
            let t = &toks[k];
            t.is_word() && lexis::role_head(t).is_none() && lexis::institution_head(t).is_none()
        })
        .find(|&k| lexis::is_document_head(&toks[k]))
        .filter(|&k| !toks[k].cap && !toks[k].caps)?;
    let limit = limit.min(toks.len()).min(np.start + AUTHOR_REACH * 2);
    // The author's phrase ends where the document's phrase does (`Un communiqué de la
    // préfecture | indique`), and before the participle that says how the document came out
    // (`une étude du ministère | publiée en 2024`).
    let author_at = |k: usize| {
        np::group_forward(toks, k, false)
            .filter(|a| a.start < limit)
            .map(|a| {
                let end = (a.start + 1..a.end.min(limit))
                    .find(|&j| is_publication_participle(&toks[j]))
                    .unwrap_or(a.end.min(limit));
                if end < a.end {
                    np::classify(toks, a.start, end, false)
                } else {
                    a
                }
            })
            // `une étude menée par une équipe du CHU`, `par des chercheurs`: an indefinite
            // author is the document's author all the same.
            .filter(|a| {
                matches!(
                    a.kind,
                    NpKind::Name
                        | NpKind::Role
                        | NpKind::Institution
                        | NpKind::Group
                        | NpKind::Vague
                )
            })
    };
    // The agent of a participle: `par` and the phrase after it, whatever its noun (`le
    // gouvernorat`): what publishes a document wrote it.
    let agent = (head + 1..limit)
        .take_while(|&k| {
            let t = &toks[k];
            (t.is_word() || t.is_punct(',')) && !(t.is_word() && lexis::is_clause_boundary(t))
        })
        .find(|&k| toks[k].is("par"));
    // `des documents consultés par l'AFP`, `des courriels obtenus par la rédaction`: who
    // obtained or read a document did not write it; the document speaks, or the body its
    // complement names (`une note de la DGSI obtenue par…`).
    if let Some(k) =
        agent.filter(|&k| toks[k - 1].is_word() && is_access_participle(toks[k - 1].norm()))
    {
        let access = k - 1;
        return (head + 1..(head + 3).min(access))
            .find_map(|j| np::complement_at(toks, j))
            .and_then(author_at)
            .filter(|a| {
                matches!(a.kind, NpKind::Name | NpKind::Institution)
                    && toks[a.start..a.end].iter().any(|t| t.cap || t.caps)
            })
            .or_else(|| (access > np.start).then(|| np::classify(toks, np.start, access, false)));
    }
    let agent = agent.and_then(|k| {
        author_at(k + 1).or_else(|| {
            let a = np::forward(toks, k + 1, false)?;
            let opened = lexis::determiner(&toks[a.start]).is_some();
            (a.kind == NpKind::Other && opened && a.end <= limit).then_some(a)
        })
    });
    if agent.is_some() {
        return agent;
    }
    // The complement of the document's noun, right after it or after one adjective.
    (head + 1..(head + 3).min(limit))
        .find_map(|k| np::complement_at(toks, k))
        .and_then(author_at)
}

/// A past participle that tells how a document came out (`publiée`, `diffusés`, `rendu`,
/// `communiqué`): it follows the document, never its author.
fn is_publication_participle(t: &Tok) -> bool {
    const STEMS: &[&str] = &[
        "publi",
        "diffus",
        "communiqu",
        "rendu",
        "paru",
        "devoil",
        "present",
        "realis",
        "remis",
        "transmis",
        "actualis",
        "command",
        "cite",
        "men",
        "pilot",
        "coordonn",
        "conduit",
        "consult",
        "obten",
        "procur",
    ];
    const ENDINGS: &[&str] = &[
        "e", "ee", "es", "ees", "u", "ue", "us", "ues", "is", "ise", "ises",
    ];
    let w = t.norm();
    t.is_word()
        && !t.cap
        && !t.caps
        && STEMS.iter().any(|stem| {
            w.strip_prefix(stem)
                .is_some_and(|rest| rest.is_empty() || ENDINGS.contains(&rest))
        })
}

/// How far after a document's phrase its author is looked for, in tokens.
const AUTHOR_REACH: usize = 8;

/// The subject of an inverted verb after the one it spoke to or the occasion (`», a déclaré
/// à l'AFP la directrice du site`, `a précisé à Ouest-Info un responsable`, `a déclaré lors
/// d'une conférence de presse le directeur général`, `a indiqué dans un communiqué le
/// ministère`): a phrase after one of [`ADDRESSEE_PREPOSITIONS`], and the subject starts at
/// the first determiner, title or proper name that is not inside it and whose phrase ends the
/// clause (`à l'agence Sirocco la directrice`: `Sirocco` names the agency).
fn after_addressee(toks: &[Tok], at: usize, medium: bool) -> Option<Np> {
    let first = toks.get(at)?;
    // `medium`: `pour` before the medium the words were given to (`incise::past_adverbials`).
    if !medium && !ADDRESSEE_PREPOSITIONS.iter().any(|p| first.is(p)) {
        return None;
    }
    // The addressee's words, over the quotation marks of a title (`a déclaré au « Journal
    // du Léman » son porte-parole`).
    let quotes = toks[at..]
        .iter()
        .take(ADDRESSEE_MAX + 1)
        .filter(|t| is_quote(t))
        .count();
    let limit = (at + ADDRESSEE_MAX + quotes + 1).min(toks.len());
    let words: Vec<usize> = (at..limit).filter(|&k| !is_quote(&toks[k])).collect();
    for pair in words.windows(2).skip(1) {
        let k = pair[1];
        let (prev, t) = (&toks[pair[0]], &toks[k]);
        if !t.is_word() || !prev.is_word() {
            return None;
        }
        if lexis::is_preposition(t) && !lexis::is_de(t) || lexis::is_clause_boundary(t) {
            return None;
        }
        // A proper name after a lower-case word opens the subject too (`a déclaré à
        // l'agence Paul Kabongo, délégué…`).
        let opens = lexis::determiner(t).is_some()
            || lexis::title(t).is_some()
            || (capitalised_word(t) && !prev.cap && !prev.caps)
            || person_after_name(toks, k);
        let inside = lexis::is_de(prev) || lexis::determiner(prev).is_some() || lexis::is_de(t);
        if opens && !inside {
            // `explique à 20 Minutes Sophie Martin`: a known first name inside the capitalised
            // run after the opening word starts the person, the words before it name the medium.
            let k = first_name_in_run(toks, k).unwrap_or(k);
            let np = np::group_forward(toks, k, false).filter(|np| np.kind.is_speaker());
            let ends_clause = |np: &Np| {
                toks.get(np.end)
                    .is_none_or(|n| !n.is_word() || lexis::ends_speaker_phrase(n))
            };
            match np {
                Some(np) if ends_clause(&np) => return Some(np),
                // The name of the addressee or of the occasion: the subject comes after it.
                _ => continue,
            }
        }
    }
    None
}

/// Whether the capitalised word at `k`, right after another capitalised word of the addressee,
/// opens the person named after it (`a déclaré à l'AFP Paul Kabongo`, `a assuré sur RTL Claire
/// Morin`, `a raconté à Caravelle Faustino Quispe`): the addressee is a name too, so the
/// subject starts at a known first name followed by a surname, or at the last two capitalised
/// words before the clause ends.
fn person_after_name(toks: &[Tok], k: usize) -> bool {
    let (prev, t) = (&toks[k - 1], &toks[k]);
    if !capitalised_word(t)
        || !(prev.cap || prev.caps)
        || !toks.get(k + 1).is_some_and(capitalised_word)
    {
        return false;
    }
    lexis::first_name_gender(t) != Gender::Unknown
        || toks
            .get(k + 2)
            .is_none_or(|n| !n.is_word() || lexis::ends_speaker_phrase(n))
}

/// A capitalised word that may start or continue a person's name after an addressee: a word
/// with a capital, not a capitalised function word (`Le`, `Selon`). Unlike the tokenizer's
/// `name_word`, no acronym and no title.
fn capitalised_word(w: &Tok) -> bool {
    w.is_word() && w.cap && !lexis::is_capitalised_function_word(w)
}

/// The first known first name followed by a surname in the capitalised run that starts at `k`,
/// when the run does not itself start on one (`20 Minutes Sophie Martin`: `Sophie`).
fn first_name_in_run(toks: &[Tok], k: usize) -> Option<usize> {
    if lexis::first_name_gender(&toks[k]) != Gender::Unknown {
        return None;
    }
    (k + 1..toks.len())
        .take_while(|&j| capitalised_word(&toks[j]))
        .find(|&j| {
            lexis::first_name_gender(&toks[j]) != Gender::Unknown
                && toks.get(j + 1).is_some_and(capitalised_word)
        })
}

/// Prepositions that open what stands between an inverted reporting verb and its subject:
/// the addressee (`à`, `au`, `aux`, `auprès`, `devant`) or the occasion and medium (`lors`,
/// `dans`, `sur`, `en`, `pendant`, `durant`). Folded.
const ADDRESSEE_PREPOSITIONS: &[&str] = &[
    "a", "au", "aux", "aupres", "devant", "lors", "dans", "sur", "en", "pendant", "durant",
];

/// The longest addressee between an inverted verb and its subject, in tokens.
const ADDRESSEE_MAX: usize = 8;

/// How many tokens after a reporting verb a quotation may lie and still be in its object.
const QUOTED_OBJECT_REACH: usize = 8;

/// What a verb governs, read right after its group.
enum Governed {
    /// A quotation right after the verb (`a lancé « … »`).
    Quote(usize),
    /// A colon and a quotation (`a déclaré : « … »`).
    ColonQuote(usize),
    /// A clause after `que` or a colon: the index of its first token.
    Clause(usize),
}

/// Looks right of a verb group for `que`, a colon or a quotation, over an indirect object, a
/// time phrase or an incise (`a indiqué à l'AFP, mardi, que`).
fn governed(toks: &[Tok], at: usize) -> Option<Governed> {
    let first = toks.get(at)?;
    let direct = |i: usize| -> Option<Governed> {
        let t = &toks[i];
        if t.is("que") || t.is("qu'") {
            return Some(Governed::Clause(i + 1));
        }
        if t.is_punct(':') {
            return Some(match toks.get(i + 1) {
                Some(q) if is_quote(q) => Governed::ColonQuote(i + 1),
                _ => Governed::Clause(i + 1),
            });
        }
        if is_quote(t) {
            return Some(Governed::Quote(i));
        }
        None
    };
    if let Some(d) = direct(at) {
        return Some(d);
    }
    let w = first.norm();
    let enters = first.is_punct(',')
        || (first.is_word()
            && (lexis::is_preposition(first)
                || lexis::is_verb_group_filler(first)
                || lexis::is_weekday(first)
                || w == "aupres"
                || w == "hier"));
    if !enters {
        return None;
    }
    let limit = (at + 12).min(toks.len());
    for (i, t) in toks.iter().enumerate().take(limit).skip(at + 1) {
        if t.is_punct('.') || t.is_punct(';') || t.is_punct('?') || t.is_punct('!') {
            return None;
        }
        if t.is("qui") {
            return None;
        }
        // `a salué leur courage et assuré que`: the `que` belongs to the coordinated verb.
        if t.is_word() && (t.is("et") || t.is("puis") || t.is("mais")) {
            let opens_verb = toks.get(i + 1).is_some_and(|n| {
                n.is_word()
                    && !n.cap
                    && lexis::determiner(n).is_none()
                    && !lexis::is_preposition(n)
                    && !lexis::is_de(n)
                    && !lexis::is_weekday(n)
            });
            if opens_verb {
                return None;
            }
        }
        // `continuera d'emprunter, à des taux plus élevés qu'il y a cinq ans`: the `que` of a
        // comparative is no clause the verb governs (`a ajouté plus tard que` is one).
        // The comparative word stands right before the adjective or adverb it grades: `relève
        // aussi que` is a clause.
        if (t.is("que") || t.is("qu'"))
            && i >= 2
            && matches!(toks[i - 2].norm(), "plus" | "moins" | "aussi" | "autant")
            && toks[i - 1].is_word()
            && !matches!(toks[i - 1].norm(), "tard" | "tot")
        {
            return None;
        }
        if let Some(d) = direct(i) {
            return Some(d);
        }
    }
    None
}

/// Cues from prepositions of attribution: `selon X`, `d'après X`, `à en croire X`, `de
/// l'avis de X`, `aux yeux de X`, `de source X`, and `pour X,` at the start of a clause.
fn prepositional(s: &Sent<'_>) -> Vec<Cue> {
    let toks = s.toks;
    let mut out = Vec::new();
    let n = s.n;
    let w = |i: usize| toks.get(i).filter(|t| t.is_word()).map(|t| t.norm());
    let mut i = 0;
    while i < toks.len() {
        let (len, strict) = match w(i) {
            // `selon toute vraisemblance`, `selon toute probabilité`: the author's hedge.
            Some("selon")
                if w(i + 1) == Some("toute")
                    && matches!(
                        w(i + 2),
                        Some("vraisemblance" | "probabilite" | "apparence" | "logique")
                    ) =>
            {
                i += 3;
                continue;
            }
            Some("selon") if !matches!(w(i + 1), Some("que" | "qu'")) => (1, false),
            Some("d'") if w(i + 1) == Some("apres") => (2, false),
            Some("a") if w(i + 1) == Some("en") && w(i + 2) == Some("croire") => (3, false),
            // `À l'en croire`, `À les en croire`: the pronoun is the source.
            Some("a")
                if matches!(w(i + 1), Some("l'" | "les"))
                    && w(i + 2) == Some("en")
                    && w(i + 3) == Some("croire") =>
            {
                (4, false)
            }
            Some("de") if w(i + 1) == Some("l'") && w(i + 2) == Some("avis") => {
                if matches!(w(i + 3), Some("de" | "d'")) {
                    (4, false)
                } else if matches!(w(i + 3), Some("du" | "des")) {
                    (3, false)
                } else {
                    i += 1;
                    continue;
                }
            }
            Some("aux") if w(i + 1) == Some("yeux") => match w(i + 2) {
                Some("de" | "d'") => (3, false),
                Some("du" | "des") => (2, false),
                _ => {
                    i += 1;
                    continue;
                }
            },
            Some("de") if matches!(w(i + 1), Some("source" | "sources")) => (1, false),
            // `La mairie a fermé le parc, dans un communiqué.`: a statement closing the
            // sentence after a comma; its owner, the subject, speaks.
            Some("dans")
                if i > 0
                    && toks[i - 1].is_punct(',')
                    && matches!(w(i + 1), Some("un" | "une" | "son" | "sa" | "leur"))
                    && matches!(
                        w(i + 2),
                        Some(
                            "communique"
                                | "declaration"
                                | "message"
                                | "courrier"
                                | "courriel"
                                | "lettre"
                                | "tweet"
                        )
                    )
                    && toks[i..n].iter().all(|t| t.is_word() || t.is_punct('.')) =>
            {
                (1, false)
            }
            Some("pour") => (1, true),
            _ => {
                i += 1;
                continue;
            }
        };
        let at = i + len;
        let pronoun_source = (len == 4 && w(i) == Some("a")).then(|| {
            let number = if w(i + 1) == Some("les") {
                Number::Plural
            } else {
                Number::Singular
            };
            np::pronoun(i + 1, Gender::Unknown, number)
        });
        let Some(np) = pronoun_source
            .clone()
            .or_else(|| np::group_forward(toks, at, !strict))
        else {
            i += 1;
            continue;
        };
        // `Pour le ministre de l'Énergie, Paul Morel, « … »`: a role and the name set beside it
        // between commas name one person, who speaks. A single capitalised word after the comma
        // is more often the start of the clause (`Pour le ministre, Paris doit…`), so the name
        // must have two words or more, and the apposition must close the attribution.
        // The end of the sentence closes it too (`…, selon le maire, Jean-Luc Barbaste.`).
        // The end closes only a proper name (`…, selon le maire, Jean-Luc Barbaste.`), not a
        // clause (`Selon la ministre, la France paie trop.`).
        let closes = |a: &Np| {
            let k = a.end;
            (toks[k.min(toks.len())..]
                .iter()
                .all(|t| !t.is_word() && t.quote().is_none())
                && a.name.is_some_and(|(s, e)| np::is_proper_name(toks, s, e)))
                || toks
                    .get(k)
                    .is_some_and(|t| t.is_punct(',') || t.is_punct(':') || is_quote(t))
                || incise::label_then_comma(toks, k)
        };
        let np = match np::with_apposition(toks, np.clone()) {
            a if a.name.is_some_and(|(s, e)| e >= s + 2) && a.end > np.end && closes(&a) => a,
            _ => np,
        };
        // `selon`, `d'après`… take the whole phrase up to the next comma: the source may
        // carry complements and brackets the speaker's phrase stops before (`selon la
        // Confédération générale du travail (CGT),`, `selon un bilan communiqué dimanche par
        // le gouvernorat.`).
        let end = if pronoun_source.is_some() {
            at
        } else if strict {
            // `Pour le Syndicat des personnels de direction (SPD), …`: the acronym in
            // brackets belongs to the source.
            np::party_in_brackets(toks, np.end).map_or(np.end, |close| close + 1)
        } else {
            source_phrase_end(toks, np.end, n)
        };
        let after = toks.get(end);
        let clause_start = i == 0
            || toks[i - 1].is_punct(',')
            || toks[i - 1].is_punct(':')
            || toks[i - 1].is_punct(';')
            || toks[i - 1].is_punct('(')
            || toks[i - 1].is_punct('—')
            || toks[i - 1].is_punct('–')
            || toks[i - 1].is_punct('-')
            || toks[i - 1].is("et")
            || toks[i - 1].is("mais")
            || toks[i - 1].is("or")
            || is_quote(&toks[i - 1]);
        if strict
            && !(clause_start
                && pour_speaker(toks, &np)
                && after.is_some_and(|t| t.is_punct(',') || t.is_punct(':') || is_quote(t)))
        {
            i += 1;
            continue;
        }
        if np.kind == NpKind::FirstPerson || house_reporter(toks, &np, None) {
            i += 1;
            continue;
        }
        // `…, dans un communiqué de dix lignes.`: the statement is its owner's, found later.
        let speaker = if w(i) == Some("dans") {
            np.clone()
        } else {
            document_author(toks, &np, end).unwrap_or_else(|| np.clone())
        };
        let mut cue = Cue::new(Who::Np(speaker), i, end);
        let before_is_comma = i > 0 && (toks[i - 1].is_punct(',') || toks[i - 1].is_punct('('));
        let mut p = i;
        while p > 0 && toks[p - 1].is_punct(',') {
            p -= 1;
        }
        let quote_before = p > 0 && is_quote(&toks[p - 1]);
        let reaches_end = end >= n
            || after.is_some_and(|t| t.is_punct(',') || t.is_punct(')') || t.is_punct('.'));
        if clause_start
            && after.is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
            && !quote_before
        {
            let next = end + 1;
            match toks.get(next) {
                Some(q) if is_quote(q) => cue.quote = Some(next),
                _ if before_is_comma && s.has_words(0, i - 1) => {
                    // `La ville, selon le préfet, est calme.`
                    cue.content.push((0, i - 1));
                    if s.has_words(next, n) {
                        cue.content.push((next, n));
                    }
                }
                _ if s.has_words(next, n) => cue.content.push((next, n)),
                _ => {
                    i = np.end;
                    continue;
                }
            }
        } else if clause_start && after.is_some_and(is_quote) {
            cue.quote = Some(end);
        } else if quote_before {
            cue.quote = Some(p - 1);
        } else if before_is_comma && reaches_end && s.has_words(0, i - 1) {
            // `La ville est calme, selon le préfet.`
            cue.content.push((0, i - 1));
            if after.is_some_and(|t| t.is_punct(',')) && s.has_words(end + 1, n) {
                cue.content.push((end + 1, n));
            }
        } else if !before_is_comma && woven_source(toks, i, &np) {
            // `…, un record selon les organisateurs.`, `qui écoulait selon le parquet jusqu'à…`,
            // `capables selon elle de traduire…`: the source woven into the clause without
            // commas vouches for the whole sentence; its phrase ends with its noun group.
            // What it vouches for is the clause around it, between its commas: an author's
            // scare quote or comment outside that clause stays the author's.
            let end = if np.end >= n { n } else { np.end };
            cue.end = end;
            let from = toks[..i]
                .iter()
                .rposition(|t| t.is_punct(',') || t.is_punct(';'))
                .map_or(0, |k| k + 1);
            let to = toks[end.min(n)..n]
                .iter()
                .position(|t| t.is_punct(',') || t.is_punct(';'))
                .map_or(n, |k| end + k);
            cue.content.push((from, i));
            if s.has_words(end, to) {
                cue.content.push((end, to));
            }
            i = end;
            out.push(cue);
            continue;
        } else {
            i = np.end;
            continue;
        }
        i = end;
        out.push(cue);
    }
    out
}

/// Whether the reporting verb at token `verb` is an infinitive governed by a verb that
/// denies the saying (`ils oublient de préciser que`, `il a refusé de dire si`, `elle se garde
/// d'affirmer que`): nothing is reported.
fn declined(toks: &[Tok], verb: usize) -> bool {
    let (Some(de), Some(head)) = (
        verb.checked_sub(1).map(|k| &toks[k]),
        verb.checked_sub(2).map(|k| &toks[k]),
    ) else {
        return false;
    };
    (de.is("de") || de.is("d'"))
        && head.is_word()
        && [
            "oubli", "refus", "evit", "omet", "omis", "gard", "neglig", "dispens",
        ]
        .iter()
        .any(|stem| head.norm().starts_with(stem))
}

/// Whether `condamner` is a court's sentence rather than a condemnation in words: a court as
/// subject (`le tribunal a condamné l'entreprise`), or a penalty after the object (`l'a
/// condamné à trois ans de prison`, `condamne la société au versement de…`).
fn sentenced(toks: &[Tok], who: &Who, at: usize, n: usize) -> bool {
    let penalty = toks[at..n.min(at + SENTENCE_REACH)]
        .iter()
        .take_while(|t| t.is_word())
        .any(|t| matches!(t.norm(), "a" | "au" | "aux"));
    by_court(toks, who) || penalty
}

/// Whether the subject is a court (`le tribunal correctionnel`, `la cour d'assises`): its
/// `condamner` and `juger` with an object are rulings, not words.
fn by_court(toks: &[Tok], who: &Who) -> bool {
    let court = |t: &Tok| {
        t.is_word()
            && matches!(
                t.norm(),
                "tribunal"
                    | "tribunaux"
                    | "cour"
                    | "cours"
                    | "juge"
                    | "juges"
                    | "juridiction"
                    | "jury"
                    | "prud'hommes"
            )
    };
    matches!(who, Who::Np(np) if toks[np.start..np.end].iter().any(court))
}

/// Whether `confirmer` or `rejeter` with a plain object at `at` is a decision rather than
/// words: a court's (`La cour d'appel a confirmé la condamnation`, `La CJUE a rejeté le
/// recours`; not the audit court's `La Cour des comptes confirme ses critiques`), a vote
/// (`a rejeté la demande à main levée`, `ont rejeté à 58 % le crédit`, `avaient rejeté par
/// référendum le traité`) or the refusal of an application (`a rejeté la demande de
/// l'opposition de rouvrir…`, `rejette la requête`).
fn decided(toks: &[Tok], who: &Who, lemma: &str, at: usize, n: usize) -> bool {
    if !matches!(lemma, "confirmer" | "rejeter") {
        return false;
    }
    let audit =
        matches!(who, Who::Np(np) if toks[np.start..np.end].iter().any(|t| t.is("comptes")));
    if by_court(toks, who) && !audit {
        return true;
    }
    if lemma != "rejeter" {
        return false;
    }
    let w = |k: usize| toks.get(k).filter(|t| t.is_word()).map_or("", |t| t.norm());
    let vote = (0..n).any(|k| {
        matches!(
            (w(k), w(k + 1)),
            ("main", "levee") | ("par", "referendum") | ("a", "l'unanimite")
        ) || (w(k) == "voix" && k > 0 && toks[k - 1].norm().bytes().all(|b| b.is_ascii_digit()))
            || (toks[k].is_punct('%') && k >= 2 && w(k - 2) == "a")
    });
    let application = (at..n.min(at + 3)).any(|k| {
        matches!(
            w(k),
            "demande" | "recours" | "requete" | "pourvoi" | "candidature" | "plainte" | "referes"
        )
    });
    vote || application
}

/// How far after `condamner` [`sentenced`] looks for the `à` of a penalty, in tokens.
const SENTENCE_REACH: usize = 5;

/// What a verb governs starts after the second part of a negation of a simple tense (`ne
/// doute pas des accusations`) and after `un instant`, `une seconde` or `un seul instant` (`ne
/// doute pas un instant que…`).
fn governed_from(toks: &[Tok], at: usize) -> usize {
    let w = |k: usize| toks.get(k).filter(|t| t.is_word()).map_or("", |t| t.norm());
    let at = if matches!(w(at), "pas" | "plus" | "jamais" | "guere" | "nullement") {
        at + 1
    } else {
        at
    };
    match (w(at), w(at + 1), w(at + 2)) {
        ("un", "seul", "instant") | ("une", "seule", "seconde") => at + 3,
        ("un", "instant" | "moment", _) | ("une", "seconde" | "minute", _) => at + 2,
        _ => at,
    }
}

/// `accuser un retard`, `accusent une baisse de 4 %`: figures that show a change, not an
/// accusation.
fn shows_a_change(toks: &[Tok], g: &VerbGroup, lemma: &str) -> bool {
    lemma == "accuser"
        && toks[g.end..toks.len().min(g.end + 4)]
            .iter()
            .take_while(|t| t.is_word())
            .any(|t| {
                matches!(
                    t.norm(),
                    "retard"
                        | "baisse"
                        | "hausse"
                        | "recul"
                        | "deficit"
                        | "perte"
                        | "pertes"
                        | "repli"
                        | "chute"
                        | "diminution"
                        | "augmentation"
                        | "ralentissement"
                        | "coup"
                )
            })
}

/// `Le Sénat a rejeté mardi, par 187 voix contre 131, l'article central du texte`: a vote,
/// which is an act, not a saying. A verb of rejection or approval is a vote when a count of
/// votes or a text put to the vote follows it in its clause.
fn is_a_vote(toks: &[Tok], g: &VerbGroup, lemma: &str) -> bool {
    if !matches!(lemma, "rejeter" | "approuver") {
        return false;
    }
    let rest = &toks[g.end..toks.len().min(g.end + VOTE_REACH)];
    rest.iter()
        .take_while(|t| !(t.is_punct('.') || t.is_punct(':') || t.is_punct(';') || is_quote(t)))
        .enumerate()
        .any(|(k, t)| {
            t.is_word()
                && (matches!(t.norm(), "voix" | "scrutin" | "unanimite")
                    || (matches!(
                        t.norm(),
                        "amendement"
                            | "amendements"
                            | "article"
                            | "articles"
                            | "motion"
                            | "motions"
                            | "texte"
                            | "projet"
                            | "proposition"
                            | "budget"
                    ) && k > 0
                        && lexis::determiner(&rest[k - 1]).is_some()))
        })
}

/// How far after a verb of rejection or approval [`is_a_vote`] looks, in tokens.
const VOTE_REACH: usize = 14;

/// Whether a speaker is the outlet's own reporter (`notre journaliste Élodie Vernant`, `nos
/// envoyés spéciaux`): when one asks a question, the pronouns after it take up the one asked,
/// never the reporter.
pub(crate) fn own_reporter(toks: &[Tok], np: &Np) -> bool {
    let has = np_has(toks, np);
    has(&["notre", "nos"]) && (has(REPORTERS) || has(&["envoye", "envoyee", "envoyes"]))
}

/// Folded nouns of the newsroom's reporters ([`own_reporter`], [`house_reporter`]).
const REPORTERS: &[&str] = &[
    "journaliste",
    "journalistes",
    "correspondant",
    "correspondante",
    "correspondants",
    "reporter",
    "reporters",
];

/// Whether any word of `np` is one of a list of folded words.
fn np_has<'t>(toks: &'t [Tok], np: &Np) -> impl Fn(&[&str]) -> bool + 't {
    let words = &toks[np.start.min(toks.len())..np.end.min(toks.len())];
    move |list: &[&str]| {
        words
            .iter()
            .any(|t| t.is_word() && list.contains(&t.norm()))
    }
}

/// Whether a speaker is the outlet's own reporter (`notre correspondant`, `nos journalistes`),
/// or any reporter who saw something (`a constaté un journaliste de l'agence`): what the
/// newsroom saw or learnt itself is the author's voice, not a source's. The outlet's reporter
/// asking or answering someone (`Notre journaliste X lui a demandé si…`) speaks.
fn house_reporter(toks: &[Tok], np: &Np, lemma: Option<&str>) -> bool {
    let has = np_has(toks, np);
    let reporter = has(REPORTERS) || has(&["photographe", "photographes", "videaste", "cameraman"]);
    // `notre envoyé spécial`, `notre équipe`; an envoy or a team of someone else's (`l'envoyé
    // de l'ONU`, `l'équipe municipale`) is a source.
    let ours = has(&["notre", "nos"]);
    let our_team = ours && has(&["envoye", "envoyee", "envoyes", "equipe", "redaction"]);
    // `selon nos informations`, `selon notre décompte`: the newsroom's own findings (its
    // sources, `d'après nos sources`, still speak for someone else).
    let our_findings = ours
        && has(&[
            "information",
            "informations",
            "decompte",
            "decomptes",
            "calcul",
            "calculs",
            "estimation",
            "estimations",
            "constatations",
            "enquete",
            "comptage",
            "pointage",
            "recoupements",
            "releves",
            "chiffrage",
        ]);
    // The outlet's own reporter asking or answering someone is its journalist speaking
    // (`Notre journaliste Claire Dumas lui a demandé si…`, `», lui a demandé notre
    // journaliste`), coded as that journalist; what they saw or learnt stays the author's.
    let asks = matches!(
        lemma,
        Some(
            "demander"
                | "interroger"
                | "questionner"
                | "relancer"
                | "répondre"
                | "rétorquer"
                | "objecter"
                | "insister"
        )
    );
    our_team
        || our_findings
        || (reporter
            && ((ours && !asks) || matches!(lemma, Some("constater" | "observer" | "voir"))))
}

/// Whether the reporting verb is part of a connective: `autrement dit`, `cela dit`, `ceci
/// dit`, `soit dit en passant`, `ça dit`. They rephrase or concede in the writer's voice.
fn connective(toks: &[Tok], g: &VerbGroup, lemma: &str) -> bool {
    lemma == "dire"
        && toks[g.verb].is("dit")
        && g.verb.checked_sub(1).is_some_and(|p| {
            g.start == g.verb
                && toks[p].is_word()
                && matches!(
                    toks[p].norm(),
                    "autrement" | "cela" | "ceci" | "ca" | "soit"
                )
        })
}

/// How far the source phrase of `selon X` runs: to the first comma, colon, semicolon, dash or
/// quotation after `from` outside brackets, or to the end of the sentence, within
/// [`SOURCE_PHRASE_MAX`] tokens; `from` (the end of the speaker's phrase) when none is found or
/// when a clause opens first (`que`).
fn source_phrase_end(toks: &[Tok], from: usize, n: usize) -> usize {
    let mut depth = 0usize;
    let limit = n.min(from + SOURCE_PHRASE_MAX);
    for (k, t) in toks.iter().enumerate().take(limit).skip(from) {
        if t.is_punct('(') {
            depth += 1;
        } else if t.is_punct(')') {
            if depth == 0 {
                return k;
            }
            depth -= 1;
        } else if depth > 0 {
            continue;
        } else if t.is_punct(',')
            || t.is_punct(':')
            || t.is_punct(';')
            || t.is_punct('—')
            || t.is_punct('.')
            || is_quote(t)
        {
            return k;
        } else if t.is("que") || t.is("qu'") {
            // `selon les témoins que nous avons rencontrés,`: a relative clause on the source
            // belongs to its phrase.
            let relative = k == from
                && toks.get(k + 1).is_some_and(|p| {
                    p.is_word()
                        && (lexis::subject_pronoun(p).is_some() || lexis::is_first_person(p))
                });
            if !relative {
                return from;
            }
        }
    }
    if limit == n && depth == 0 { n } else { from }
}

/// Whether `selon X` or `d'après X` at `i`, right after a word of the clause (no comma), names
/// a source woven into the sentence (`un record selon les organisateurs`, `menées selon lui à
/// l'aide de…`, `toujours selon le document`) rather than a measure (`selon le score
/// considéré`, `selon l'état des nappes`), a conception (`la démocratie selon Bruxelles`) or
/// what something depends on (`varient selon les sources`, `diffèrent selon les régions`).
fn woven_source(toks: &[Tok], i: usize, np: &Np) -> bool {
    let Some(prev) = i.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    let prep =
        toks[i].is("selon") || (toks[i].is("d'") && toks.get(i + 1).is_some_and(|t| t.is("apres")));
    let depends = [
        "vari", "differ", "fluctu", "modul", "evolu", "repart", "ventil", "change", "oscill",
    ]
    .iter()
    .any(|stem| prev.norm().starts_with(stem));
    let source = match np.kind {
        NpKind::Pronoun => {
            toks[np.start].is_word() && lexis::tonic_pronoun(&toks[np.start]).is_some()
        }
        // `selon l'état des nappes`: the state of things, not the State.
        NpKind::Role | NpKind::Institution | NpKind::Document => {
            !(np.start..np.end).any(|k| toks[k].is("etat") && !toks[k].cap)
        }
        NpKind::Vague => pour_speaker(toks, np),
        // `selon l'éditeur, Brume Interactive`: a role and the name beside it; a bare name
        // (`selon Bruxelles`) may be a conception.
        NpKind::Name | NpKind::Group => {
            let first = &toks[np.start];
            first.is_word() && !first.cap && lexis::determiner(first).is_some()
        }
        _ => false,
    };
    // `une hausse de 12 % d'après la fédération`: a figure's sign closes the clause's words.
    let after_word = prev.is_word() || prev.is_punct('%');
    prep && after_word && !depends && source
}

/// The longest source phrase after `selon`, in tokens.
const SOURCE_PHRASE_MAX: usize = 20;

/// `pour X` attributes only when X is someone who can hold a view.
fn pour_speaker(toks: &[Tok], np: &Np) -> bool {
    let first = toks[np.start].norm();
    let excluded = matches!(
        first,
        "sa" | "son"
            | "leur"
            | "ma"
            | "mon"
            | "notre"
            | "votre"
            | "autant"
            | "cela"
            | "ce"
            | "ceux"
            | "celle"
            | "celui"
            | "tous"
            | "toutes"
            | "rappel"
            | "memoire"
    ) && np.kind != NpKind::Name;
    let time = (np.start..np.end).any(|i| {
        matches!(
            toks[i].norm(),
            "heure"
                | "instant"
                | "moment"
                | "fois"
                | "part"
                | "essentiel"
                | "reste"
                | "suite"
                | "annee"
                | "mois"
                | "semaine"
                | "jour"
                | "heures"
        )
    });
    // `Pour un appartement sans chauffage, …`: an indefinite phrase holds a view only when
    // its head is someone (`pour un diplomate`, `pour une source proche du dossier`).
    let someone = np.kind != NpKind::Vague
        || toks[np.start].is("on")
        || (np.start..np.end).any(|i| {
            let t = &toks[i];
            t.is_word()
                && (lexis::role_head(t).is_some()
                    || lexis::institution_head(t).is_some()
                    || lexis::is_vague_head(t))
        });
    !excluded && !time && someone && np.kind.is_speaker()
}

/// A quotation after a colon that no verb introduces: the phrase before the colon, or the
/// subject of its clause, is the speaker (`Le ministre : « … »`).
fn colon_cues(toks: &[Tok], cues: &mut Vec<Cue>) {
    let attributed: std::collections::HashSet<usize> =
        cues.iter().filter_map(|c| c.quote).collect();
    // Cues are ordered by start here; the ones added below go after them.
    let found = cues.len();
    for q in 0..toks.len() {
        if !is_quote(&toks[q]) || attributed.contains(&q) || q < 2 || !toks[q - 1].is_punct(':') {
            continue;
        }
        let colon = q - 1;
        let floor = (0..colon)
            .rev()
            .find(|&i| is_quote(&toks[i]) || toks[i].is_punct(';') || toks[i].is_punct('.'))
            .map_or(0, |i| i + 1);
        let first = cues[..found].partition_point(|c| c.start < floor);
        // A relative clause set between commas after the subject (`Un policier, qui a requis
        // l'anonymat, est amer :`) does not introduce the quotation: the clause does.
        let relative_insert = |c: &Cue| {
            (c.start.saturating_sub(1)..c.end.min(colon))
                .any(|k| k > 0 && toks[k].is("qui") && toks[k - 1].is_punct(','))
                && (c.end..colon).any(|k| toks[k].is_punct(','))
        };
        if cues[first..found]
            .iter()
            .take_while(|c| c.start < colon)
            .any(|c| c.end <= colon && !relative_insert(c))
        {
            continue;
        }
        // A clause opening on a fronted complement (`Au micro de la radio locale, le préfet
        // … :`) has its subject after the complement's comma.
        let fronted = if toks[floor].is_word() && lexis::is_preposition(&toks[floor])
            || colon::fronted_participle(&toks[floor])
        {
            (floor..colon)
                .find(|&i| toks[i].is_punct(','))
                .map_or(floor, |i| i + 1)
        } else {
            floor
        };
        // A noun of speech opening the clause names its speaker in its complement (`Aveu
        // stupéfiant de la coordinatrice, Anne-Sophie Garnier :`, `Dernier appel du premier
        // ministre avant le scrutin :`, `Dernière intervention, celle du ministre :`).
        if let Some(np) = speech_noun_speaker(toks, floor, colon)
            .or_else(|| colon::same_view_at(toks, floor, colon))
        {
            let np = np::with_apposition(toks, np);
            let mut cue = Cue::new(Who::Np(np), floor, colon);
            cue.quote = Some(q);
            cues.push(cue);
            continue;
        }
        // The whole clause is one phrase (`Le ministre :`), or its subject names a speaker.
        let whole = np::subject_before(toks, colon).filter(|np| np.start >= floor);
        let subject = match whole {
            Some(np) if np.start == floor && np.kind.is_speaker() => Some(np),
            _ => (fronted..colon)
                .find_map(|i| {
                    let np = np::group_forward(toks, i, false)?;
                    // `En conférence de presse, l'entraîneur X a assumé la défaite :`: a
                    // noun of a fronted complement (`presse`) is no subject.
                    let after_prep = i > floor
                        && toks[i - 1].is_word()
                        && (lexis::is_preposition(&toks[i - 1])
                            || lexis::is_de(&toks[i - 1])
                            || lexis::determiner(&toks[i - 1]).is_some());
                    (!after_prep).then_some(np)
                })
                // `Son voisin, Lucien Morel, est plus amer :`: a noun the word lists do not
                // know as a role, set beside a full name, speaks as that person.
                .map(|np| colon::named_beside(toks, np))
                .filter(|np| np.kind.is_speaker()),
        };
        // `Le maire de Vienne, Paul Morel, était l'invité du direct : « … »`: the name set
        // beside the role speaks.
        let subject = subject.map(|np| np::with_apposition(toks, np::verb_inside(toks, np)));
        let mut cue = Cue::new(Who::Nobody, floor, colon);
        if let Some(np) = subject.filter(|np| np.kind != NpKind::FirstPerson) {
            cue.who = Who::Np(np);
        }
        cue.quote = Some(q);
        cues.push(cue);
    }
}

/// Nouns of a saying that can open the phrase before a quotation's colon, with their speaker
/// in their complement (folded): `Aveu de la ministre :`, `Dernier appel du maire :`.
const SPEECH_NOUNS: &[&str] = &[
    "aveu",
    "appel",
    "intervention",
    "message",
    "avertissement",
    "reaction",
    "reponse",
    "replique",
    "confidence",
    "constat",
    "cri",
    "plaidoyer",
    "requisitoire",
    "promesse",
    "menace",
    "ultimatum",
    "diagnostic",
    "commentaire",
    "mot",
    "credo",
    "conclusion",
    "verdict",
    "mise",
    "declaration",
    "sortie",
    "lapsus",
    "charge",
];

/// The speaker named in the complement of a noun of saying that opens the phrase before a
/// colon (`Aveu stupéfiant de la coordinatrice :`, `La réponse du maire :`, an article and an
/// adjective at most before the noun),
/// through `de` or `celle de` anywhere before the colon: the first phrase after it that names
/// a speaker.
fn speech_noun_speaker(toks: &[Tok], floor: usize, colon: usize) -> Option<Np> {
    // A live page's time stamp and dash (`20h15 – Dernier appel…`) come before the phrase.
    let floor = (floor..colon)
        .find(|&k| toks[k].is_word() && !toks[k].norm().bytes().any(|b| b.is_ascii_digit()))?;
    let noun = (floor..(floor + 3).min(colon))
        .find(|&k| toks[k].is_word() && SPEECH_NOUNS.contains(&toks[k].norm()))?;
    (noun + 1..colon).find_map(|j| {
        let at = np::complement_at(toks, j)?;
        np::group_forward(toks, at, false)
            .filter(|np| np.end <= colon && np.kind.is_speaker() && np.kind != NpKind::FirstPerson)
    })
}

/// Nouns of what a speaker puts forward as points of an argument (folded, plural): `trois
/// arguments`, `plusieurs raisons`, `deux conditions`.
const ARGUMENT_NOUNS: &[&str] = &[
    "arguments",
    "raisons",
    "effets",
    "causes",
    "facteurs",
    "pistes",
    "scenarios",
    "conditions",
    "priorites",
    "lecons",
    "explications",
    "hypotheses",
    "risques",
    "griefs",
    "reproches",
    "exigences",
    "revendications",
    "propositions",
    "objections",
    "enseignements",
    "motifs",
    "obstacles",
    "critiques",
    "dangers",
    "recommandations",
    "demandes",
    // `Elle rappelle les consignes de sécurité :`, `Le pédiatre donne trois conseils :`: a
    // source's instructions or advice, listed.
    "consignes",
    "conseils",
];

/// How many words a complement of the listed noun may hold before the colon (`quatre
/// priorités pour les trois prochains mois :`).
const LIST_COMPLEMENT_WORDS: usize = 6;

/// How many words the verb group between the speaker and the count may hold (`distingue`,
/// `a avancé`, `met en avant`).
const LIST_VERB_WORDS: usize = 3;

/// A speaker who puts forward the points of an argument as a list (`L'économiste Paul Roux
/// distingue trois effets :`, `Les partisans du texte avancent trois arguments :`, `Elle
/// pose deux conditions :`): whatever the verb, the sentence introduces that speaker's
/// words, as `Elle propose :` does. The sentence ends with the colon right after the noun (or
/// one adjective after it), a count or a determiner stands before the noun, and the subject
/// of the few words before the count opens the clause.
fn list_introduction(toks: &[Tok]) -> Option<Cue> {
    let colon = toks.len().checked_sub(1)?;
    if !toks[colon].is_punct(':') {
        return None;
    }
    let is_noun = |t: &Tok| t.is_word() && ARGUMENT_NOUNS.contains(&t.norm());
    // The noun right before the colon, or one adjective before it, or a short complement
    // that opens on a preposition (`quatre priorités pour les trois prochains mois :`).
    let noun =
        (colon.saturating_sub(LIST_COMPLEMENT_WORDS + 1)..colon).find(|&k| is_noun(&toks[k]))?;
    if !toks[noun + 1..colon].iter().all(|t| t.is_word()) {
        return None;
    }
    if noun + 2 < colon && !lexis::is_preposition(&toks[noun + 1]) && !lexis::is_de(&toks[noun + 1])
    {
        return None;
    }
    let count = noun.checked_sub(1)?;
    let c = &toks[count];
    let counted = c.is_word()
        && (lexis::is_number_word(c)
            || c.norm().bytes().all(|b| b.is_ascii_digit())
            || matches!(
                c.norm(),
                "plusieurs" | "quelques" | "ses" | "leurs" | "les" | "des" | "deux"
            ));
    if !counted {
        return None;
    }
    (count.saturating_sub(LIST_VERB_WORDS)..count)
        .filter(|&g| toks[g..count].iter().all(|t| t.is_word() && !t.cap))
        .find_map(|g| {
            let np = np::subject_before(toks, g)?;
            let opens = np.start == 0 || toks[np.start - 1].is_punct(',');
            // `L'économiste Paul Roux, spécialiste des marchés, distingue`: an apposition
            // between the subject and its verb.
            let adjacent = np.end == g || toks[g - 1].is_punct(',');
            (adjacent && opens && np.kind.is_speaker() && np.kind != NpKind::FirstPerson)
                .then_some(np)
        })
        .map(|np| {
            let np = np::with_apposition(toks, np);
            let start = np.start;
            let mut cue = Cue::new(Who::Np(np), start, colon);
            cue.introduces = true;
            cue
        })
}

/// A position told by a predicate rather than a verb of saying:
///
/// - a subject that speaks, a copula (`est`, `reste`, `se montre`, `s'est montrée`), `plus`
///   or `moins` (after an adverb of degree or none) and an adjective of stance
///   ([`lexis::is_stance_adjective`]): `L'épidémiologiste se montre plus réservé`, `Le docteur
///   est moins optimiste`, `La presse régionale est plus partagée`. The comparative sets the
///   subject's view beside another one; a plain attribute (`Les soignants sont partagés`)
///   describes them, and a thing (`Le moteur se montre plus souple`) or an impersonal `il`
///   (`Il est plus prudent d'attendre`) holds no view;
/// - a verb whose object feels about its subject ([`lexis::is_concern_verb`]) with a group
///   that speaks as that object: `Cette précocité inquiète les pédiatres`, `ce qui inquiète les
///   magistrats`: the concern is that group's.
fn stance_predicate(s: &Sent<'_>) -> Option<Cue> {
    let toks = s.toks;
    let n = s.n;
    let w = |k: usize| toks.get(k).filter(|t| t.is_word()).map_or("", |t| t.norm());
    for v in 0..n {
        if let Some(after) = stance_copula(toks, v) {
            let mut j = after;
            while j < after + 2 && STANCE_DEGREE.contains(&w(j)) {
                j += 1;
            }
            if !(matches!(w(j), "plus" | "moins")
                && toks
                    .get(j + 1)
                    .is_some_and(|t| t.is_word() && lexis::is_stance_adjective(t))
                && !matches!(w(j + 2), "de" | "d'"))
            {
                continue;
            }
            // `Marc Delaunay, chercheur à l'Inserm, qui n'a pas participé aux travaux, se montre
            // plus réservé`: the comma closes a relative clause, whose antecedent opens the
            // sentence and is its subject.
            if v > 1 && toks[v - 1].is_punct(',') && closes_relative_clause(toks, v - 1) {
                let mut cue = Cue::new(Who::Implicit, v, v);
                cue.content.push((v, n));
                return Some(cue);
            }
            let np = np::subject_before(toks, v).filter(|np| np.kind.is_speaker())?;
            let np = np::with_apposition(toks, np);
            let mut cue = Cue::new(Who::Np(np.clone()), np.start, v);
            cue.content.push((v, n));
            return Some(cue);
        }
        if let Some(object) = expects_yield(toks, v, n)
            && let Some(np) = np::subject_before(toks, v).filter(|np| np.kind.is_speaker())
        {
            let np = np::with_apposition(toks, np);
            let mut cue = Cue::new(Who::Np(np.clone()), np.start, object);
            cue.content.push((object, n));
            return Some(cue);
        }
        let t = &toks[v];
        if v > 0
            && t.is_word()
            && lexis::is_concern_verb(t)
            && !(lexis::determiner(&toks[v - 1]).is_some()
                || lexis::is_reflexive_pronoun(&toks[v - 1])
                || lexis::is_preposition(&toks[v - 1]))
        {
            let mut at = v + 1;
            while at < v + 3 && CONCERN_FILLERS.contains(&w(at)) {
                at += 1;
            }
            // The group that speaks, named as the object (a pronoun excepted).
            let Some(np) = np::group_forward(toks, at, false)
                .filter(|np| np.start == at && np.kind.is_speaker() && np.kind != NpKind::Pronoun)
            else {
                continue;
            };
            // What worries them is the subject; the rest of the sentence (`, alors que…`, `:
            // aucune ligne de bus…`) goes with the cue, as the context of their concern.
            let mut cue = Cue::new(Who::Np(np.clone()), v, n);
            if s.has_words(0, v) {
                cue.content.push((0, v));
            } else if s.has_words(np.end, n) {
                cue.content.push((np.end, n));
            }
            return Some(cue);
        }
    }
    None
}

/// Where the object starts when `attendre` at `v` (or `en` before it) tells the yield a body
/// expects from a measure: `en attend des économies de 150 millions`, `en attend 1,2
/// milliard`, `attend de cette mesure 1,1 milliard de recettes`. The object holds a figure
/// or a noun of yield within a few words; waiting for something (`attendent les secours`, `en
/// attend la réponse`) is no estimate.
fn expects_yield(toks: &[Tok], v: usize, n: usize) -> Option<usize> {
    let w = |k: usize| {
        toks.get(k)
            .filter(|t| t.is_word() && k < n)
            .map_or("", |t| t.norm())
    };
    let expects = |k: usize| {
        matches!(
            w(k),
            "attend" | "attendent" | "attendait" | "attendaient" | "attendra" | "attendront"
        )
    };
    // `en attend…` or `attend de cette mesure…`: the object starts two words on.
    let pronoun = w(v) == "en" && expects(v + 1);
    let from_measure = expects(v) && matches!(w(v + 1), "de" | "d'") && v > 0 && w(v - 1) != "en";
    if !(pronoun || from_measure) {
        return None;
    }
    let object = v + 2;
    (object..n.min(object + YIELD_REACH))
        .any(|k| {
            let x = w(k);
            x.bytes().next().is_some_and(|b| b.is_ascii_digit()) || YIELDS.contains(&x)
        })
        .then_some(object)
}

/// How many words after `attendre` [`expects_yield`] reads for a figure or a yield.
const YIELD_REACH: usize = 6;

/// Nouns of what a measure brings in, folded (`en attend des économies`).
const YIELDS: &[&str] = &[
    "economies",
    "recettes",
    "gains",
    "rendement",
    "benefices",
    "milliard",
    "milliards",
    "millions",
];

/// Where the attribute starts after a copula of stance opening at `v`: `est`, `sont`,
/// `était`, `reste`, `restent` (a finite form), `se montre`, `se montrent`, `s'est montrée`.
fn stance_copula(toks: &[Tok], v: usize) -> Option<usize> {
    let w = |k: usize| toks.get(k).filter(|t| t.is_word()).map_or("", |t| t.norm());
    match w(v) {
        "est" | "sont" | "etait" | "etaient" | "reste" | "restent" | "restait" | "restaient"
            if v > 0 && !matches!(w(v - 1), "s'" | "c'" | "ce" | "il" | "n'" | "ne") =>
        {
            Some(v + 1)
        }
        "se" if matches!(w(v + 1), "montre" | "montrent" | "montrait" | "montraient") => {
            Some(v + 2)
        }
        "s'" if matches!(w(v + 1), "est" | "etait" | "sont" | "etaient")
            && matches!(w(v + 2), "montre" | "montree" | "montres" | "montrees") =>
        {
            Some(v + 3)
        }
        _ => None,
    }
}

/// Adverbs of degree before the `plus` of a stance (`beaucoup plus réservé`).
const STANCE_DEGREE: &[&str] = &[
    "beaucoup",
    "bien",
    "nettement",
    "autrement",
    "sensiblement",
    "encore",
    "deja",
    "toujours",
    "evidemment",
    "visiblement",
];

/// Adverbs between a verb of concern and its object (`préoccupe aussi les assureurs`).
const CONCERN_FILLERS: &[&str] = &[
    "aussi",
    "surtout",
    "davantage",
    "egalement",
    "toujours",
    "deja",
];

/// True when the tokens at `i` start a new report within reported content.
fn is_coordination(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if t.is_punct(';') {
        return true;
    }
    if !t.is_punct(',') {
        return false;
    }
    toks.get(i + 1).is_some_and(|n| {
        matches!(
            n.norm(),
            "mais" | "et" | "tandis" | "alors" | "or" | "cependant" | "pourtant" | "quant" | "puis"
        ) && n.is_word()
    })
}

/// Drops cues found inside the content of an earlier cue, unless a coordination separates
/// them; then the earlier content ends at the coordination. An incise after a clause that
/// states a position with a plain object ([`plain_object`]) takes that clause as its content
/// and replaces its cue.
fn drop_nested(toks: &[Tok], verbs: &VerbTable, cues: Vec<Cue>) -> Vec<Cue> {
    let mut out: Vec<Cue> = Vec::new();
    // Where the search for a coordination inside the last kept content resumes: each token is
    // looked at once, however many cues are nested in that content.
    let mut scanned = 0;
    for cue in cues {
        let Some(prev) = out.last_mut() else {
            scanned = cue.content_hull().map_or(0, |(a, _)| a);
            out.push(cue);
            continue;
        };
        let inside = prev
            .content_hull()
            .is_some_and(|(a, b)| cue.start >= a && cue.start < b);
        // The content of an incise, from within the clause before it up to the incise. The
        // newsroom's `a-t-on appris` relays what the clause before it reports.
        let relays = cue
            .verb
            .as_ref()
            .is_some_and(|g| verbs.entry(g.entry).lemma == "apprendre");
        let incise = cue
            .content_hull()
            .filter(|&(a, b)| b <= cue.start && a >= prev.start && !relays);
        // `Paris plaidait pour un report, a-t-on appris de sources diplomatiques.`: the
        // sources the newsroom learnt it from, named after `a-t-on appris` closing the
        // sentence, speak for all of it, a position its subject holds in a simple tense
        // included (`plaidait pour`, `réclament que`). An act of speech told in the compound
        // past (`Le gouvernement a annoncé la réouverture, a-t-on appris de source
        // officielle`) stays its speaker's, whom the source only relays.
        if inside
            && relays
            && prev.quote.is_none()
            && prev.verb.as_ref().is_some_and(|g| g.build == Build::Finite)
            && matches!(cue.who, Who::Np(_))
            && toks[cue.end.min(toks.len())..]
                .iter()
                .all(|t| !t.is_word() && t.quote().is_none())
        {
            let from = prev.start;
            scanned = replace_last(&mut out, cue, from, None);
            continue;
        }
        if !(inside || incise.is_some() && plain_object(toks, prev)) {
            scanned = cue.content_hull().map_or(0, |(a, _)| a);
            out.push(cue);
            continue;
        }
        // `Deux médecins se sont engagés à s'y installer, selon le maire.`, `Le ministre a
        // promis une aide, selon son entourage.`: `selon X` closing the sentence attributes all
        // of it, a saying told with a plain object or an infinitive included; a report with
        // `que`, a colon or a quotation keeps its speaker, whom the source only relays
        // (`Le ministre a affirmé que…, selon l'AFP`).
        if inside && closing_attribution(toks, &cue) && plain_report(toks, prev) {
            let from = prev.start;
            scanned = replace_last(&mut out, cue, from, None);
            continue;
        }
        // `Moscou rejette cette condition, a fait savoir la délégation russe`: a verb after its
        // content (an incise) reports the clause before it, whose own verb only took a plain
        // object. A clause that reports with `que`, a colon or a quotation keeps its speaker
        // (`Le ministre a affirmé que…, a rapporté l'agence`: the agency relays).
        if plain_object(toks, prev)
            && !relays
            && let Some((_, b)) = incise.or(cue.content_hull().filter(|&(_, b)| b <= cue.start))
        {
            let from = prev.start;
            scanned = replace_last(&mut out, cue, from, Some(b));
            continue;
        }
        let (a, _) = prev.content_hull().unwrap_or((0, 0));
        let from = scanned.max(a);
        scanned = scanned.max(cue.start);
        // A participle coordinated with the verb before (`a salué … et assuré que`) starts a
        // report of its own at its `et`.
        // A clause coordinated without a comma whose subject follows `et` (`a défendu le plan
        // et l'opposition a dénoncé un « racket »`) does too.
        let coordinated_subject = match &cue.who {
            Who::Np(np)
                if np.start > from
                    && (toks[np.start - 1].is("et") || toks[np.start - 1].is("mais")) =>
            {
                Some(np.start - 1)
            }
            _ => None,
        };
        let own = cue
            .verb
            .as_ref()
            .is_some_and(|g| g.build == Build::Coordinated)
            .then_some(cue.start)
            .or(coordinated_subject);
        if let Some(cut) = own.or_else(|| (from..cue.start).find(|&i| is_coordination(toks, i))) {
            scanned = cue.content_hull().map_or(0, |(a, _)| a);
            for r in prev.content.iter_mut() {
                r.1 = r.1.min(cut);
            }
            prev.content.retain(|r| r.0 < r.1);
            out.push(cue);
        }
    }
    out
}

/// Whether a cue is `selon X` or `d'après X` after a comma closing the sentence: only its
/// phrase and the final punctuation after it.
fn closing_attribution(toks: &[Tok], cue: &Cue) -> bool {
    cue.verb.is_none()
        && cue.quote.is_none()
        && cue.start < toks.len()
        && (toks[cue.start].is("selon")
            || (toks[cue.start].is("d'") && toks.get(cue.start + 1).is_some_and(|t| t.is("apres"))))
        && cue.start > 0
        && toks[cue.start - 1].is_punct(',')
        && {
            // `selon le maire, Jean-Luc Barbaste.`: the name set beside the source closes it.
            let end = match &cue.who {
                Who::Np(np) => np::with_apposition(toks, np.clone()).end.max(cue.end),
                _ => cue.end,
            };
            toks[end.min(toks.len())..]
                .iter()
                .all(|t| !t.is_word() && t.quote().is_none())
        }
}

/// Whether a verb cue reports with a plain object or an infinitive: a verb, no quotation
/// attached, and no `que`, colon or quotation between the cue and its content. Its opposite
/// reports words, whose speaker a closing `selon X` only relays.
fn plain_report(toks: &[Tok], cue: &Cue) -> bool {
    let Some((a, _)) = cue.content_hull() else {
        return false;
    };
    cue.quote.is_none()
        && cue.verb.is_some()
        && !(cue.start..a.max(cue.start)).any(|k| {
            let t = &toks[k];
            t.is("que") || t.is("qu'") || t.is_punct(':') || t.quote().is_some()
        })
}

/// Whether a cue states a position with a plain object in a simple tense (`Moscou rejette
/// cette condition`, `Le syndicat conteste le calendrier`): no quotation attached, and no
/// `que` or colon between its verb and its content. A compound past (`Le gouvernement a
/// annoncé la réouverture`) tells of an act of speech that an incise after it only relays.
fn plain_object(toks: &[Tok], cue: &Cue) -> bool {
    plain_report(toks, cue)
        && cue.verb.as_ref().is_some_and(|g| g.build == Build::Finite)
        && cue.content_hull().is_some_and(|(a, _)| a >= cue.end)
}

/// Nouns of a finding or a statement by which a sentence credits the one before it (folded):
/// `C'est la conclusion d'une étude…`, `C'est le constat du rapport…`.
const CREDIT_NOUNS: &[&str] = &[
    "conclusion",
    "constat",
    "resultat",
    "avertissement",
    "estimation",
    "diagnostic",
    "message",
    "verdict",
    "bilan",
    "analyse",
    "these",
];

/// A sentence that credits the one before it with a noun of finding: `C'est la conclusion
/// d'une étude menée par…`, `C'est le constat d'un rapport de la Cour des comptes`. The
/// source is the phrase after `de`, or the author of the document it names; a phrase that
/// names no speaker or document (`C'est la conclusion d'une longue négociation`) credits
/// nothing.
fn credit_noun(toks: &[Tok]) -> Option<Cue> {
    let w = |k: usize| toks.get(k).filter(|t| t.is_word()).map_or("", |t| t.norm());
    if !(matches!(w(0), "c'" | "c") && w(1) == "est" && matches!(w(2), "la" | "le" | "l'")) {
        return None;
    }
    if !CREDIT_NOUNS.contains(&w(3)) {
        return None;
    }
    let np = np::group_forward(toks, np::complement_at(toks, 4)?, false)?;
    let who = if let Some(author) = document_author(toks, &np, toks.len()) {
        author
    } else if np.kind == NpKind::Document {
        return None;
    } else if matches!(
        np.kind,
        NpKind::Name | NpKind::Role | NpKind::Institution | NpKind::Group
    ) {
        np
    } else {
        return None;
    };
    let mut cue = Cue::new(Who::Np(who), 0, toks.len());
    cue.credit = true;
    Some(cue)
}

/// Nouns of a view that a source may share (folded): `Un avis que ne partage pas X`.
const VIEW_NOUNS: &[&str] = &[
    "avis",
    "analyse",
    "point",
    "opinion",
    "optimisme",
    "pessimisme",
    "inquietude",
    "inquietudes",
    "crainte",
    "craintes",
    "sentiment",
    "conviction",
    "lecture",
    "diagnostic",
    "constat",
    "position",
    "vision",
    "interpretation",
    "enthousiasme",
    "scepticisme",
    "confiance",
];

/// How many words the noun of a verbless sentence may have before its relative clause.
const NOMINAL_HEAD_MAX: usize = 3;

/// A verbless sentence made of a noun and a relative clause giving a source's stance on it:
/// `Une version que contestent les parties civiles.`, `Un avis que ne partage pas le Dr Paul
/// Lemaire, cardiologue.`. The noun takes up what
/// the previous sentence said and is what the source reports; the sentence credits nothing
/// (the source contests or shares a view that was someone else's). The clause's verb is a
/// reporting verb or `partager` (sharing a view said just before), its subject follows it up
/// to the end of the sentence (or to a comma that sets a role beside it); a clause followed by a verb of the main clause
/// (`Le problème que pointe le ministre existe`) is a subject, not a sentence of its own.
fn nominal_relative(s: &Sent<'_>, verbs: &VerbTable) -> Option<Cue> {
    let toks = s.toks;
    let n = s.n;
    let first = toks.first()?;
    if !(first.cap && lexis::determiner(first).is_some()) {
        return None;
    }
    let q = (2..=NOMINAL_HEAD_MAX + 1)
        .take_while(|&k| k < n)
        .find(|&k| toks[k].is("que") || toks[k].is("qu'"))?;
    let head_is_noun = toks[1..q].iter().all(|t| {
        t.is_word()
            && !t.cap
            && !t.caps
            && !lexis::is_preposition(t)
            && !lexis::is_de(t)
            && lexis::determiner(t).is_none()
    });
    if !head_is_noun {
        return None;
    }
    let negation = |k: usize| toks.get(k).is_some_and(|t| t.is("ne") || t.is("n'"));
    // One shares a view (`Un avis que partage…`), not a border.
    let view = toks[1..q].iter().any(|t| VIEW_NOUNS.contains(&t.norm()));
    let shares = |k: usize| {
        view && toks
            .get(k)
            .is_some_and(|t| t.is_word() && !t.cap && t.norm().starts_with("partag"))
    };
    let reports = |k: usize| {
        group::at(toks, k, verbs)
            .filter(|g| g.inverted.is_none() && matches!(g.build, Build::Finite | Build::Compound))
    };
    let speaker = |np: &Np| np.kind.is_speaker() && np.kind != NpKind::FirstPerson;
    let v = q + 1 + usize::from(negation(q + 1));
    // `que contestent les parties civiles`, `que ne partage pas le Dr X, médecin…`, `qu'a
    // démentie la préfecture`.
    let verb = reports(v).or_else(|| reports(v + 1).filter(|g| g.start == v));
    if verb.is_some() || shares(v) {
        let mut at = verb.as_ref().map_or(v + 1, |g| g.end.max(v + 1));
        while toks
            .get(at)
            .is_some_and(|t| matches!(t.norm(), "pas" | "plus" | "guere" | "non" | "davantage"))
        {
            at += 1;
        }
        if let Some(np) = np::group_forward(toks, at, true)
            .filter(|np| np.start == at && speaker(np) && np.kind != NpKind::Pronoun)
            .map(|np| np::with_apposition(toks, np))
            // The subject closes the sentence, with what a comma sets beside it.
            .filter(|np| !s.has_words(np.end, n) || toks[np.end].is_punct(','))
        {
            let mut cue = Cue::new(Who::Np(np.clone()), q, np.end);
            cue.verb = verb;
            cue.content.push((0, q));
            return Some(cue);
        }
    }
    None
}

/// A sentence that only credits the previous one: `C'est ce qu'a déclaré X.`, `Voilà ce
/// qu'affirme X.`, or a sentence that begins with an inverted reporting verb.
fn mark_credit(toks: &[Tok], cues: &mut [Cue]) {
    let opens_credit = {
        let w = |i: usize| toks.get(i).map(|t| t.norm());
        matches!(
            (w(0), w(1)),
            (Some("c'"), Some("est" | "etait"))
                | (Some("voila" | "voici" | "tel" | "telle" | "ainsi"), _)
                | (Some("ce"), Some("sont"))
        ) && toks.iter().take(10).any(|t| t.is("ce"))
    };
    for cue in cues.iter_mut() {
        if cue.credit && !(opens_credit || cue.start == 0) {
            cue.credit = false;
        }
        if !cue.credit && opens_credit && cue.content.is_empty() && cue.quote.is_none() {
            cue.credit = cue.start <= 10;
        }
    }
}

/// The author's comment on the source set outside the reported words, which makes the
/// sentence mixed (its reported part stays the source's):
///
/// - a manner of praise or blame around the verb: `l'a dénoncé avec courage`, `a
///   courageusement refusé`, `a défendu sans vergogne`;
/// - an aside of habit on the subject before the verb: `Les médias occidentaux, fidèles à
///   leur habitude, ont parlé de…`, `Les syndicats, comme à leur habitude, ont dénoncé…`;
/// - a relative clause on the source right after an inverted attribution, with an adverb of
///   the author's appraisal or a verb of forgetting: `jure-t-on à l'Élysée, où l'on a
///   visiblement oublié que…`;
/// - a colon after the reported words and an author clause that takes up the quoted word:
///   `assure que la porte reste « ouverte » : elle l'est, comme celle d'un percepteur.`
fn mark_stings(toks: &[Tok], cues: &mut [Cue]) {
    for cue in cues.iter_mut() {
        if cue.tail.is_some() || cue.credit || (cue.content.is_empty() && cue.quote.is_none()) {
            continue;
        }
        let Some(g) = cue.verb.as_ref() else {
            continue;
        };
        let n = toks.len();
        let w = |k: usize| toks.get(k).filter(|t| t.is_word()).map_or("", |t| t.norm());
        // A manner of praise or blame inside or right after the verb group.
        let manner = (g.start..(g.end + 3).min(n)).find_map(|k| {
            let t = w(k);
            if MANNER_ADVERBS.contains(&t) {
                return Some((k, k + 1));
            }
            if t == "avec" && MANNER_NOUNS.contains(&w(k + 1)) {
                return Some((k, k + 2));
            }
            (t == "sans" && matches!(w(k + 1), "vergogne" | "complexe" | "rougir" | "ciller"))
                .then_some((k, k + 2))
        });
        // An aside of habit between the subject and the verb.
        let habit = || {
            let from = g.start.saturating_sub(8);
            (from..g.start).find_map(|k| {
                let opens = k > 0 && toks[k - 1].is_punct(',');
                let fidele = matches!(w(k), "fidele" | "fideles")
                    && w(k + 1) == "a"
                    && matches!(w(k + 2), "sa" | "son" | "leur" | "leurs");
                let comme = w(k) == "comme"
                    && w(k + 1) == "a"
                    && matches!(w(k + 2), "son" | "sa" | "leur")
                    && w(k + 3) == "habitude";
                (opens && (fidele || comme)).then(|| {
                    let close = (k + 1..g.start)
                        .find(|&c| toks[c].is_punct(','))
                        .unwrap_or(k + 3);
                    (k, close)
                })
            })
        };
        // A relative clause on the source after an inverted attribution.
        let relative = || {
            let c = cue.end;
            if !(toks.get(c).is_some_and(|t| t.is_punct(',')) && matches!(w(c + 1), "ou" | "qui")) {
                return None;
            }
            (c + 2..(c + 10).min(n))
                .take_while(|&k| !toks[k].is_punct(',') && !toks[k].is_punct('.'))
                .any(|k| {
                    let t = w(k);
                    APPRAISAL_ADVERBS.contains(&t)
                        || t.starts_with("oubli")
                        || t.starts_with("ignor")
                        || t.starts_with("feign")
                })
                .then_some((c + 1, n))
        };
        // A colon after the reported words, then an author clause taking up the quoted word.
        let take_up = || {
            let &(a, b) = cue.content.last()?;
            let colon = (a..b.min(n)).find(|&k| toks[k].is_punct(':'))?;
            if !toks[a..colon].iter().any(is_quote) {
                return None;
            }
            let subject = matches!(w(colon + 1), "il" | "elle" | "ils" | "elles");
            let again = matches!(w(colon + 2), "l'" | "le" | "les")
                && matches!(
                    w(colon + 3),
                    "est" | "sont" | "etait" | "etaient" | "reste" | "restent" | "sera"
                );
            (subject && again).then_some((colon + 1, b))
        };
        // `Les médias occidentaux, fidèles à leur habitude, ont parlé…`: the aside is no
        // speaker; the subject is the phrase before it.
        if let Some((k, _)) = habit()
            && matches!(&cue.who, Who::Np(np) if np.start >= k)
            && let Some(np) = np::subject_before(toks, k - 1).filter(|np| np.kind.is_speaker())
        {
            cue.who = Who::Np(np);
        }
        if let Some(t) = manner.or_else(habit).or_else(relative).or_else(take_up) {
            cue.tail = Some(t);
        }
    }
}

/// Adverbs of praise or blame on the way someone speaks (folded).
const MANNER_ADVERBS: &[&str] = &[
    "courageusement",
    "cyniquement",
    "effrontement",
    "benoitement",
    "doctement",
    "cranement",
    "pompeusement",
    "hypocritement",
    "naivement",
    "sentencieusement",
    "impudemment",
    "vaillamment",
];

/// Nouns of praise or blame after `avec` on the way someone speaks (folded): `avec courage`.
const MANNER_NOUNS: &[&str] = &[
    "courage",
    "aplomb",
    "arrogance",
    "mepris",
    "cynisme",
    "audace",
    "panache",
    "candeur",
    "naivete",
    "insolence",
    "morgue",
    "suffisance",
    "condescendance",
    "grandiloquence",
    "emphase",
    "lucidite",
    "dignite",
];

/// Adverbs of the author's appraisal in a relative clause on the source (folded).
const APPRAISAL_ADVERBS: &[&str] = &[
    "visiblement",
    "manifestement",
    "apparemment",
    "decidement",
    "curieusement",
    "etrangement",
    "bizarrement",
    "commodement",
    "opportunement",
];

/// Cuts each content at its author tail.
fn mark_tails(s: &Sent<'_>, cues: &mut [Cue]) {
    let toks = s.toks;
    let n = s.n;
    let count = cues.len();
    for k in 0..count {
        let next_start = cues.get(k + 1).map_or(n, |c| c.start);
        let cue = &mut cues[k];
        let Some(&(a, b)) = cue.content.last() else {
            // A quotation before its attribution (`« … », a assuré X, sans préciser…`): the
            // tail follows the attribution.
            if cue.quote.is_some()
                && let Some(t) = tail::find(toks, cue.end, next_start)
            {
                cue.tail = Some((t, next_start.max(t)));
            }
            continue;
        };
        // Content before the verb (`…, a assuré le préfet, sans…`): look after the cue.
        let (from, to) = if b <= cue.start {
            (cue.end, next_start)
        } else {
            (a, b.min(next_start))
        };
        if let Some(t) = tail::find(toks, from, to) {
            // A habit the author sees in the saying, set between commas before anything is
            // reported (`Les médias parleront, comme d'habitude, de « heurts »`), is an aside:
            // the report goes on after it.
            if b > cue.start
                && !s.has_words(a, t.saturating_sub(1))
                && toks[t].is_word()
                && toks[t].norm() == "comme"
                && let Some(close) = (t + 1..b.min(to)).find(|&k| toks[k].is_punct(','))
                && s.has_words(close + 1, b)
            {
                let last = cue.content.len() - 1;
                cue.content[last].0 = close + 1;
                cue.tail = Some((t, close));
                continue;
            }
            if b > cue.start {
                let last = cue.content.len() - 1;
                cue.content[last].1 = t - 1;
                cue.content.retain(|r| s.has_words(r.0, r.1));
            }
            cue.tail = Some((t, to.max(t)));
        }
    }
}

/// Replaces the last cue of `out` with `cue`, whose content becomes the clause from `from` to
/// `end` (by default up to the token before `cue` itself): the clause the last cue reported is
/// now `cue`'s. Returns where the scan goes on (`from`).
fn replace_last(out: &mut Vec<Cue>, mut cue: Cue, from: usize, end: Option<usize>) -> usize {
    out.pop();
    let end = end.unwrap_or_else(|| cue.start.saturating_sub(1).max(from));
    cue.content = vec![(from, end)];
    out.push(cue);
    from
}

/// Nouns of what a source puts forward that a sentence sums up in a few words before a colon
/// (folded): `L'argument des partisans tient en une phrase :`, `Ses revendications tiennent
/// en trois lignes :`. A thing (`la solution`, `le chiffre`) summed up is the author's.
const SUMMED_NOUNS: &[&str] = &[
    "argument",
    "arguments",
    "these",
    "revendication",
    "revendications",
    "recommandation",
    "recommandations",
    "conclusion",
    "conclusions",
    "reponse",
    "message",
    "position",
    "demande",
    "demandes",
    "exigences",
    "propositions",
    "credo",
    "diagnostic",
    "plaidoyer",
    "doleances",
    "critique",
    "critiques",
    "reproches",
    "requisitoire",
    "verdict",
    "constat",
    "explication",
    "consignes",
    "conseils",
];

/// The units a saying is summed up in (folded): `tient en une phrase`, `en trois points`.
const SUMMED_UNITS: &[&str] = &[
    "phrase", "phrases", "mot", "mots", "ligne", "lignes", "point", "points",
];

/// How many tokens before `tient` the noun of a saying may stand (`Ses revendications,
/// partagées sur tous les barrages, tiennent`).
const SUMMED_REACH: usize = 10;

/// A source's saying summed up before a colon: a noun of what someone puts forward
/// ([`SUMMED_NOUNS`], after its determiner), `tient en` a count of words, lines or points, and
/// a colon after it (`L'argument des partisans de la réforme tient en une phrase : …`, `Sa
/// thèse tient en une phrase : …`, `Les recommandations de la Cour tiennent en cinq points,
/// dont trois visent les communes :`). What follows the colon is the source's; a sentence
/// ending on the colon introduces the list of it. The speaker is the noun's complement when it
/// names someone (`des partisans`, `de la Cour`), or the last one. On dev2..dev78 the pattern
/// holds 7 sentences coded indirect (and list items under two of them); the two coded author
/// sum up a thing (`la solution`, `le chiffre`), which the noun list leaves out.
fn summed_up(toks: &[Tok], n: usize) -> Option<Cue> {
    let w = |k: usize| toks.get(k).filter(|t| t.is_word()).map_or("", |t| t.norm());
    let tient = (1..n).find(|&k| {
        matches!(w(k), "tient" | "tiennent" | "tenait" | "tenaient")
            && w(k + 1) == "en"
            && (lexis::is_number_word(&toks[k + 2])
                || matches!(w(k + 2), "un" | "une" | "quelques")
                || w(k + 2).bytes().all(|b| b.is_ascii_digit()) && !w(k + 2).is_empty())
            && SUMMED_UNITS.contains(&w(k + 3))
    })?;
    let colon = (tient + 4..toks.len()).find(|&k| toks[k].is_punct(':'))?;
    let from = (tient.saturating_sub(SUMMED_REACH)..tient)
        .rev()
        .find(|&k| toks[k].is_punct(':') || toks[k].is_punct(';') || is_quote(&toks[k]))
        .map_or(tient.saturating_sub(SUMMED_REACH), |k| k + 1);
    let noun = (from.max(1)..tient).find(|&k| {
        SUMMED_NOUNS.contains(&w(k))
            && toks[k - 1].is_word()
            && lexis::determiner(&toks[k - 1]).is_some()
    })?;
    let speaker = np::complement_at(toks, noun + 1)
        .and_then(|at| np::group_forward(toks, at, false))
        .filter(|np| np.end <= tient && np.kind.is_speaker() && np.kind != NpKind::FirstPerson);
    let who = speaker.map_or(Who::Implicit, |np| Who::Np(np::with_apposition(toks, np)));
    let mut cue = Cue::new(who, noun - 1, colon + 1);
    if colon + 1 < n {
        cue.content.push((colon + 1, n));
    } else {
        cue.introduces = true;
    }
    Some(cue)
}

/// Forms of the verbs of a count (folded), with whether the form is a past participle that
/// needs its auxiliary: `recense`, `a recensé`, `dénombre`.
const COUNT_FORMS: &[(&str, bool)] = &[
    ("recense", false),
    ("recensent", false),
    ("recensait", false),
    ("recensaient", false),
    ("recense", true),
    ("denombre", false),
    ("denombrent", false),
    ("denombrait", false),
    ("denombraient", false),
    ("denombre", true),
];

/// Forms of `compter` that give a count with `en` before them (folded): `en compte 640`, `en a
/// compté neuf`.
const EN_COUNT_FORMS: &[&str] = &["compte", "comptent", "comptait", "comptaient"];

/// The auxiliaries of a counted past (folded).
const COUNT_AUXILIARIES: &[&str] = &["a", "ont", "avait", "avaient"];

/// How many words after the verb of a count may stand before its figure (`a recensé depuis
/// janvier plus de 1 600`, `recensait début novembre plus de 4 800`).
const COUNT_FIGURE_REACH: usize = 6;

/// A count a source gives: a subject that speaks (a body, a role, a name: not a document, a
/// table or a pronoun), `a recensé`, `recense`, `a dénombré`, or `en compte`, `en a compté`,
/// and a figure within a few words (`Le ministère de l'Intérieur a recensé 212
/// interpellations`, `La police nationale en a compté 28 000`, `La préfecture, elle, en compte
/// 640`): whose count it is is what the sentence reports, as with `selon X, 212
/// interpellations`. On dev2..dev78 the pattern holds 13 sentences coded indirect (all read
/// author before) and 3 coded author (`La ville de Marseille a recensé…`).
fn count_given(s: &Sent<'_>) -> Option<Cue> {
    let toks = s.toks;
    let n = s.n;
    let w = |k: usize| toks.get(k).filter(|t| t.is_word()).map_or("", |t| t.norm());
    if toks[n..].iter().any(|t| t.is_punct('?')) {
        return None;
    }
    for v in 1..n {
        let word = w(v);
        // The group's start and whether it counts.
        let start = if COUNT_FORMS.iter().any(|&(f, aux)| f == word && aux)
            && COUNT_AUXILIARIES.contains(&w(v - 1))
        {
            // `a recensé`; `en a recensé` takes its clitic below.
            Some(v - 1)
        } else if COUNT_FORMS.iter().any(|&(f, aux)| f == word && !aux) {
            Some(v)
        } else if EN_COUNT_FORMS.contains(&word) && w(v - 1) == "en" {
            Some(v - 1)
        } else if word == "compte"
            && v >= 2
            && COUNT_AUXILIARIES.contains(&w(v - 1))
            && w(v - 2) == "en"
        {
            // `compté` folds to `compte`: the auxiliary tells the participle.
            Some(v - 2)
        } else {
            None
        };
        let Some(mut start) = start else { continue };
        // `Elle en a recensé`: the clitic belongs to the group.
        if start > 0 && w(start - 1) == "en" {
            start -= 1;
        }
        if start > 0 && matches!(w(start - 1), "n'" | "ne" | "qui" | "que" | "qu'") {
            continue;
        }
        let figure = (v + 1..n.min(v + 1 + COUNT_FIGURE_REACH))
            .take_while(|&k| toks[k].is_word())
            .any(|k| {
                let x = w(k);
                x.bytes().next().is_some_and(|b| b.is_ascii_digit())
                    || lexis::is_number_word(&toks[k])
            });
        if !figure {
            continue;
        }
        let np = np::subject_before(toks, start)?;
        if !np.kind.is_speaker() || matches!(np.kind, NpKind::Pronoun | NpKind::FirstPerson) {
            return None;
        }
        let mut cue = Cue::new(Who::Np(np.clone()), np.start, v + 1);
        cue.content.push((v + 1, n));
        return Some(cue);
    }
    None
}
