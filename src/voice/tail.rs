//! Author tails: the journalist's own comment after reported speech.
//!
//! `Ils ont déclaré qu'ils n'étaient pas prêts à coopérer, sans donner de raisons précises.`
//! reports a position, then adds the author's remark on how it was made. Such a tail stays in
//! the author's voice and makes the sentence `mixed`.
//!
//! The rule, written for the genre rather than for one sentence: after a comma (or a dash or
//! an opening parenthesis) inside or right after the reported content, a tail starts with
//!
//! - `sans` followed by a verb or noun about the act of speaking or proving (`sans donner de
//!   raisons`, `sans préciser`, `sans en apporter la preuve`, `sans plus de précisions`, `sans
//!   autre détail`, `sans preuve`), or about how the speaker faced the people concerned (`sans
//!   se tourner vers eux`, `sans lever les yeux`, `sans un regard pour les familles`), or
//!   about a composure the author finds hard to believe (`sans rire`, `sans sourciller`). `sans`
//!   followed by anything else (`sans coordination avec l'ONU`) qualifies the reported event
//!   and stays the source's;
//! - a contrast the author draws: `alors que`, `tandis que`, `or`, `pourtant`, and `mais` when
//!   no new report follows (`mais que` continues the reported clause);
//! - an apposition that judges the statement: `une affirmation démentie par…`, `des
//!   accusations que…`, `une version contestée`, `une façon de…`, or a bare one that glosses
//!   the word the source chose (`…, mot aimable pour une prime`, `…, euphémisme pour…`);
//! - a remark on what the statement leaves out or proves: `ce qui reste à prouver`, `ce qui
//!   n'a jamais été démontré`; or a comment after `ce qui` set off by an aside (`ce qui, en
//!   langage de banquier central, veut dire…`) or a one-word verdict (`ce qui est vrai`);
//! - a participle describing the speaker's manner: `oubliant que`, `omettant de`, `passant
//!   sous silence`, `faisant fi de`, `éludant`, `se gardant de`.
//! - `comme si`, the author's irony on what was said (`…, comme si la mer était seule
//!   coupable`);
//! - `comme` setting the saying against the same saying before (`comme elle le promettait
//!   déjà en 2014`) or calling it a habit (`comme toujours`, `comme d'habitude`, `comme à
//!   chaque fois`). Set between commas before anything is reported (`Les chaînes parleront,
//!   comme d'habitude, de « heurts »`), it is an aside and the report goes on after it.

use super::text::Tok;

/// Verbs after `sans` that describe the act of speaking or proving.
fn is_speech_infinitive(w: &str) -> bool {
    matches!(
        w,
        "donner"
            | "preciser"
            | "fournir"
            | "apporter"
            | "citer"
            | "expliquer"
            | "etayer"
            | "avancer"
            | "justifier"
            | "developper"
            | "detailler"
            | "nommer"
            | "mentionner"
            | "evoquer"
            | "dire"
            | "repondre"
            | "commenter"
            // vx2: `Les syndicats contestent ces chiffres, sans en proposer d'autres.`
            | "proposer"
            | "produire"
            | "presenter"
            | "indiquer"
            | "entrer"
            | "etendre"
            | "montrer"
            | "publier"
            | "chiffrer"
            | "prouver"
            | "demontrer"
            | "reveler"
            | "identifier"
            | "argumenter"
            | "convaincre"
            | "expliciter"
            | "motiver"
            | "s'etendre"
            | "engager"
    )
}

/// Nouns about evidence or detail (`sans preuve`, `sans plus de précisions`).
fn is_detail_noun(w: &str) -> bool {
    matches!(
        w,
        "preuve"
            | "preuves"
            | "precision"
            | "precisions"
            | "detail"
            | "details"
            | "explication"
            | "explications"
            | "commentaire"
            | "commentaires"
            | "element"
            | "elements"
            | "justification"
            | "justificatif"
            | "source"
            | "sources"
            | "fondement"
    )
}

/// Nouns of an apposition that judges what was said.
fn is_judging_head(w: &str) -> bool {
    matches!(
        w,
        "affirmation"
            | "affirmations"
            | "accusation"
            | "accusations"
            | "declaration"
            | "declarations"
            | "allegation"
            | "allegations"
            | "assertion"
            | "assertions"
            | "these"
            | "version"
            | "versions"
            | "argument"
            | "arguments"
            | "propos"
            | "annonce"
            | "annonces"
            | "promesse"
            | "promesses"
            | "explication"
            | "explications"
            | "justification"
            | "justifications"
            | "estimation"
            | "position"
            | "discours"
            | "facon"
            | "maniere"
            | "manoeuvre"
            | "rhetorique"
            | "posture"
            | "refrain"
            | "antienne"
            | "mensonge"
            | "contre-verite"
            | "argumentaire"
            | "narratif"
            | "recit"
            // Not `chiffre`, `chiffres` or `bilan`: `…, un chiffre en hausse de 40 %`, `un
            // chiffre que la direction ramène à 61 %` put the figure in context or set another
            // source's against it; on dev2..dev78 all 10 such appositions after a report are
            // coded indirect, none mixed.
            | "formule"
            | "euphemisme"
            | "litote"
            | "expression"
            | "vocable"
    )
}

/// Nouns that, bare after a comma, name the word a source chose (`…, mot aimable pour une
/// prime`, `…, euphémisme pour des fermetures`): the author's gloss on it.
fn is_gloss_head(w: &str) -> bool {
    matches!(
        w,
        "mot" | "formule" | "euphemisme" | "litote" | "expression" | "vocable" | "periphrase"
    )
}

/// Participles of the speaker's manner (`oubliant`, `passant sous silence`).
fn is_manner_participle(w: &str) -> bool {
    matches!(
        w,
        "oubliant"
            | "omettant"
            | "feignant"
            | "passant"
            | "faisant"
            | "eludant"
            | "esquivant"
            | "evitant"
            | "refusant"
            | "occultant"
            | "balayant"
            | "ignorant"
            | "escamotant"
            | "taisant"
    )
}

/// True when a tail starts at token `t` (the token after the comma).
pub(crate) fn starts_at(toks: &[Tok], t: usize) -> bool {
    let w = |k: usize| toks.get(t + k).filter(|x| x.is_word()).map(|x| x.norm());
    let Some(w0) = w(0) else {
        return false;
    };
    let head = match w0 {
        "sans" => {
            // Skip a pronoun or an adverb between: `sans en apporter`, `sans le prouver`,
            // `sans s'étendre`, `sans jamais expliquer`, `sans toutefois préciser`.
            let mut k = 1;
            while matches!(
                w(k),
                Some(
                    "en" | "le"
                        | "la"
                        | "les"
                        | "l'"
                        | "y"
                        | "s'"
                        | "se"
                        | "jamais"
                        | "toutefois"
                        | "pour"
                        | "autant"
                        | "vraiment"
                        | "pourtant"
                        | "cependant"
                        | "meme"
                )
            ) {
                k += 1;
            }
            match w(k) {
                Some(x) if is_speech_infinitive(x) || is_detail_noun(x) => true,
                // How the speaker faced, or avoided, the people concerned: `sans se tourner
                // vers eux`, `sans lever les yeux`, `sans un regard pour les familles`.
                Some("tourner" | "regarder" | "lever" | "croiser" | "adresser") => true,
                // The composure the author finds hard to believe: `sans rire`, `sans
                // sourciller`, `sans ciller`, `sans rougir`.
                Some("rire" | "sourciller" | "ciller" | "rougir" | "broncher" | "trembler") => true,
                Some("un" | "une") => matches!(w(k + 1), Some("regard" | "mot" | "geste")),
                Some("plus" | "davantage" | "autre" | "autres" | "aucune" | "aucun") => {
                    let next = w(k + 1);
                    let after_de = if matches!(next, Some("de" | "d'")) {
                        w(k + 2)
                    } else {
                        next
                    };
                    after_de.is_none_or(is_detail_noun)
                }
                _ => false,
            }
        }
        "alors" | "tandis" => matches!(w(1), Some("que" | "qu'")),
        "or" | "pourtant" => true,
        // A `mais` clause that quotes (`Selon les auteurs, la hausse est établie, mais les
        // incertitudes restent « importantes »`) goes on giving the source's words: the
        // journalist quotes the speaker, not themself.
        "mais" => {
            !matches!(w(1), Some("que" | "qu'" | "aussi" | "egalement"))
                && !toks[t..].iter().any(|x| x.quote().is_some())
        }
        "une" | "un" | "des" | "ces" | "cette" | "ce" => w(1).is_some_and(is_judging_head),
        // `mot pour mot` is a manner of quoting, not a gloss.
        x if is_gloss_head(x) => !(w(1) == Some("pour") && w(2) == Some(x)),
        // `…, comme si le danger de l'heure était l'excès de crédit`: the author's irony on
        // what was said.
        "comme" if matches!(w(1), Some("si" | "s'")) => true,
        // The author sets the saying against the same saying before, or calls it a habit:
        // `…, comme elle le promettait déjà en 2014`, `…, comme toujours`, `…, comme
        // d'habitude`, `…, comme à chaque fois`.
        "comme" => match w(1) {
            Some("il" | "elle" | "ils" | "elles" | "on") => {
                matches!(w(2), Some("le" | "l'")) && (3..9).any(|k| w(k) == Some("deja"))
            }
            Some("toujours") => true,
            Some("d'") => w(2) == Some("habitude"),
            Some("a") => w(2) == Some("chaque") && w(3) == Some("fois"),
            _ => false,
        },
        "en" => w(1).is_some_and(is_manner_participle),
        "se" => matches!(w(1), Some("gardant")),
        x if is_manner_participle(x) => true,
        _ => false,
    };
    head || (w0 == "ce"
        && w(1) == Some("qui")
        && (comments_in_aside(toks, t + 2)
            || matches!(
                w(2),
                Some(
                    "reste"
                        | "n'"
                        | "ne"
                        | "semble"
                        | "parait"
                        | "contredit"
                        | "dement"
                        | "laisse"
                        | "revient"
                        | "demeure"
                )
            )))
}

/// Whether the words after `ce qui` (from token `t`) are the author's comment set off as
/// such: an aside right after `qui` (`…, ce qui, en langage de banquier central, veut dire
/// qu'elle ne promet rien`, `…, ce qui, à minuit passé, ressemblait surtout à…`), or a bare
/// verdict in one word (`…, ce qui est vrai, et…`, `…, ce qui est humain.`). A plain
/// consequence (`…, ce qui allonge les traversées`, `…, ce qui en ferait le plus gros`)
/// goes on with the facts and is no tail. On dev2..dev78, 6 sentences after a report, in 6
/// sets, all coded mixed.
fn comments_in_aside(toks: &[Tok], t: usize) -> bool {
    let Some(first) = toks.get(t) else {
        return false;
    };
    if first.is_punct(',') {
        return true;
    }
    first.is_word()
        && first.norm() == "est"
        && toks.get(t + 1).is_some_and(|x| x.is_word())
        && toks
            .get(t + 2)
            .is_none_or(|x| !x.is_word() && x.quote().is_none())
}

/// The first tail in `toks[from..to]`: the index of its first token (after the comma).
pub(crate) fn find(toks: &[Tok], from: usize, to: usize) -> Option<usize> {
    (from.max(1)..to).find(|&t| {
        let sep = &toks[t - 1];
        (sep.is_punct(',') || sep.is_punct('—') || sep.is_punct('–') || sep.is_punct('('))
            && starts_at(toks, t)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::voice::text::tokenize;

    fn tail(s: &str) -> Option<String> {
        let mut arena = String::new();
        let toks = tokenize(s, Span::new(0, s.len()), &[], &mut arena);
        find(&toks, 0, toks.len()).map(|t| s[toks[t].span.start..].to_string())
    }

    #[test]
    fn tails_of_the_genre() {
        assert_eq!(
            tail("qu'ils partiraient, sans donner de raisons.").as_deref(),
            Some("sans donner de raisons.")
        );
        assert!(tail("qu'il partirait, sans en apporter la preuve.").is_some());
        assert!(tail("que tout allait bien, sans plus de précisions.").is_some());
        assert!(tail("que la ville était sûre, alors que trois attaques ont eu lieu.").is_some());
        assert!(tail("que l'armée recule, une affirmation démentie par l'état-major.").is_some());
        assert!(tail("que la dette baisse, ce qui reste à démontrer.").is_some());
        assert!(tail("qu'il a tout tenté, oubliant les promesses de 2019.").is_some());
        assert!(tail("un exode des bailleurs, comme elle le promettait déjà en 2014.").is_some());
        assert!(tail("qu'il reviendrait, comme il l'avait déjà dit en mai.").is_some());
        assert!(tail("que rien ne changerait, comme toujours.").is_some());
        assert!(tail("d'une « surcharge », comme si la mer était seule coupable.").is_some());
        assert!(tail("qu'il ne s'interdit rien, sans s'engager sur un calendrier.").is_some());
        assert!(tail("que tout irait bien, comme d'habitude.").is_some());
        // A comparison with someone else's words, or with no earlier saying, is no tail.
        assert!(tail("qu'il fallait agir, comme le disait le rapport.").is_none());
        assert!(tail("qu'il viendrait, comme il le fait chaque année.").is_none());
        assert!(tail("que tout ira bien, mais rien n'a changé.").is_some());
        assert!(tail("qu'ils ont respecté la loi, sans jamais expliquer comment.").is_some());
        assert!(tail("que le site fermera, sans pour autant préciser de date.").is_some());
        assert!(tail("que le plan suffira, sans toutefois le chiffrer.").is_some());
        // How the speaker addressed, or avoided, the people concerned.
        assert!(tail("des « excuses » aux locataires, sans se tourner vers eux.").is_some());
        assert!(tail("qu'il assumait, sans un regard pour les familles.").is_some());
        assert!(tail("que tout était fait, sans lever les yeux de ses notes.").is_some());
        assert!(tail("qu'elle regrettait, sans un mot pour les victimes.").is_some());
        // The speaker's composure, which the author finds hard to believe.
        assert!(tail("de « dialogue social » devant les sénateurs, sans rire.").is_some());
        assert!(tail("que les prix baissent, sans sourciller.").is_some());
        // A bare apposition that names the word the source chose.
        assert!(
            tail("d'un « accompagnement » des filières, mot aimable pour une prime.").is_some()
        );
        assert!(tail("de « modernisation », euphémisme pour des fermetures.").is_some());
        assert!(tail("de « sobriété », une formule commode pour couper.").is_some());
    }

    #[test]
    fn not_tails() {
        assert_eq!(
            tail("que Paris est parti, sans coordination avec l'ONU."),
            None
        );
        assert_eq!(
            tail("que le pays tiendra, mais que l'aide doit arriver."),
            None
        );
        assert_eq!(tail("que le pays tiendra, même si c'est dur."), None);
        assert_eq!(tail("que la ville, sans eau depuis mardi, attend."), None);
        assert_eq!(tail("que le chantier avance, sans jamais s'arrêter."), None);
        assert_eq!(tail("que la route restera, sans un mètre de plus."), None);
        assert_eq!(tail("que le texte sera voté, mot pour mot, mardi."), None);
    }
}
