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
    contained(&wa, &wb) || contained(&wb, &wa) || acronym_of(&wa, &wb) || acronym_of(&wb, &wa)
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
