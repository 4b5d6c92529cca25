//! The lenient speaker match used by `cadrage eval`.
//!
//! A coder writes `Sergueï Lavrov`, the tool may say `Lavrov`, `Serguei Lavrov` or
//! `M. Lavrov`: those are the same speaker. The rule, documented in the README:
//!
//! 1. both names are folded (case, accents, apostrophes, hyphens as spaces) and cut into words;
//!    titles and articles (M., Mme, Dr, le, la, les, l', du, de la…) are dropped;
//! 2. the names match when, after that, one name's words are all found, in order, among the
//!    other's (`lavrov` ⊂ `serguei lavrov`; `ministere armees` ⊂ `ministere des armees`),
//!    an initial matches the word it abbreviates (`J.-P.` ~ `Jean-Pierre`),
//!    provided the shorter one keeps at least one word of four letters or more or is the
//!    other's last word (so `le` or `de` alone never matches anything);
//! 3. or one name is a single word of two letters or more spelled by the initials of the
//!    other's words, `et` left out (`AIEA` ~ `Agence internationale de l'énergie atomique`,
//!    `ARS` ~ `agence régionale de santé`, `Insee` ~ `Institut national de la statistique et des
//!    études économiques`): an article that gives both forms names one body.
//!
//! One exception to 2: a role said of a person named in full (`avocat de Paul Dupont`,
//! `entourage d'Olivier Brasseur`, `porte-parole de M. Lenoir`: a lower-case head, then `de`
//! or `d'` and two capitalised words) is not that person. The other name must then hold a word
//! of the head (`Dupont` ≁ `avocat de Paul Dupont`; `avocat de Dupont` ~ `avocat de Paul
//! Dupont`). Without it, a tool that gives a lawyer's words to the client would be counted
//! right. A role said of a body (`porte-parole du Kremlin` ~ `Kremlin`, `ministère des Armées`)
//! keeps the lenient rule.

use crate::text::fold_str;

const DROPPED: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "le", "la", "les", "l", "un", "une",
    "des", "du", "de", "d", "monsieur", "madame",
];

fn words(name: &str) -> Vec<String> {
    let folded = fold_str(name);
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !DROPPED.contains(w))
        .map(str::to_string)
        .collect()
}

/// True when two speaker names designate the same speaker under the lenient rule.
pub fn same_speaker(a: &str, b: &str) -> bool {
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return wa.is_empty() && wb.is_empty() && fold_str(a).trim() == fold_str(b).trim();
    }
    if !keeps_role(a, &wb) || !keeps_role(b, &wa) {
        return false;
    }
    contained(&wa, &wb) || contained(&wb, &wa) || acronym_of(&wa, &wb) || acronym_of(&wb, &wa)
}

/// False when `name` is a role said of a person named in full (`avocat de Paul Dupont`) and
/// `other` holds no word of that role: `other` then names the person, not the role.
fn keeps_role(name: &str, other: &[String]) -> bool {
    match person_role(name) {
        Some(head) => other.iter().any(|w| head.contains(w)),
        None => true,
    }
}

/// The folded words of the head of a role said of a person named in full: lower-case words
/// (after an article), then `de` or `d'`, then two capitalised words or a title and one
/// (`avocat de Paul Dupont` → `avocat`; `porte-parole de M. Lenoir` → `porte parole`).
/// `None` for any other name (`Paul Dupont`, `ministère des Armées`, `fils de la victime`).
fn person_role(name: &str) -> Option<Vec<String>> {
    let spaced = name.replace(['\'', '’'], "' ");
    let mut tokens = spaced.split_whitespace().peekable();
    if tokens.peek().is_some_and(|t| {
        matches!(
            fold_str(t).as_str(),
            "le" | "la" | "les" | "l'" | "un" | "une"
        )
    }) {
        tokens.next();
    }
    let mut head = Vec::new();
    for t in tokens.by_ref() {
        let folded = fold_str(t);
        if folded == "de" || folded == "d'" {
            break;
        }
        if !t.starts_with(|c: char| c.is_lowercase()) {
            return None;
        }
        head.push(t);
    }
    let rest: Vec<&str> = tokens.collect();
    let capitalised = |t: &&str| t.starts_with(|c: char| c.is_uppercase());
    let person = rest.len() >= 2 && rest[..2].iter().all(capitalised);
    if head.is_empty() || !person {
        return None;
    }
    Some(head.iter().flat_map(|t| words(t)).collect())
}

/// Whether `short` is one word spelled by the initials of `long`'s words (`et` left out).
fn acronym_of(short: &[String], long: &[String]) -> bool {
    let [acronym] = short else {
        return false;
    };
    let initials: String = long
        .iter()
        .filter(|w| *w != "et")
        .filter_map(|w| w.chars().next())
        .collect();
    long.len() >= 2 && acronym.chars().count() >= 2 && *acronym == initials
}

/// Whether `short`'s words all occur in order in `long`, with a substantial word kept.
fn contained(short: &[String], long: &[String]) -> bool {
    if short.len() > long.len() {
        return false;
    }
    let substantial = short.iter().any(|w| w.chars().count() >= 4) || short.last() == long.last();
    let mut it = long.iter();
    substantial && short.iter().all(|w| it.any(|l| word_matches(w, l)))
}

/// Equal words, or an initial against the word it abbreviates (`j` ~ `jean`).
fn word_matches(a: &str, b: &str) -> bool {
    a == b
        || (a.chars().count() == 1 && b.starts_with(a))
        || (b.chars().count() == 1 && a.starts_with(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lenient_matches() {
        let same = [
            ("Sergueï Lavrov", "Lavrov"),
            ("Sergueï Lavrov", "Serguei Lavrov"),
            ("Sergueï Lavrov", "sergueï lavrov"),
            ("M. Lavrov", "Sergueï Lavrov"),
            ("Mme Aminata Traoré", "Aminata Traoré"),
            ("ministère des Armées", "le ministère des Armées"),
            ("Jean-Pierre Durand", "Durand"),
            ("Jean-Pierre Durand", "J.-P. Durand"),
            ("des sources sécuritaires", "sources sécuritaires"),
            ("AIEA", "Agence internationale de l'énergie atomique"),
            ("Commission de régulation de l'énergie", "CRE"),
            ("ARS", "agence régionale de santé"),
            ("avocat de Paul Dupont", "avocat de Dupont"),
            (
                "entourage d'Olivier Brasseur",
                "l’entourage d’Olivier Brasseur",
            ),
            ("porte-parole du Kremlin", "Kremlin"),
            ("fils de la victime", "victime"),
            (
                "Insee",
                "Institut national de la statistique et des études économiques",
            ),
        ];
        for (a, b) in same {
            assert!(same_speaker(a, b), "{a} ~ {b}");
        }
        let different = [
            ("Sergueï Lavrov", "Choguel Kokalla Maïga"),
            ("Lavrov", "Maïga"),
            ("Jean Durand", "Jean Dupont"),
            ("le", "le ministre"),
            ("ARS", "agence de santé"),
            ("CRE", "Commission de régulation"),
            ("avocat de Paul Dupont", "Dupont"),
            ("Paul Dupont", "avocat de Paul Dupont"),
            ("entourage d'Olivier Brasseur", "Olivier Brasseur"),
            ("porte-parole de M. Lenoir", "Lenoir"),
            (
                "Paris",
                "porte-parole armées ritaliens individus sécuritaires",
            ),
        ];
        for (a, b) in different {
            assert!(!same_speaker(a, b), "{a} ≁ {b}");
        }
    }
}
