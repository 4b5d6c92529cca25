//! Explainers in questions and fact-checks are no opinion pieces (ed6): a `Décryptage` whose
//! sections are headed by the questions they answer, and a fact-check whose only address to the
//! reader is the outlet's own page furniture, are not read in the opinion register.

#[path = "../fuzz/harness.rs"]
mod harness;

use cadrage::Article;
use cadrage::score::Cue;

use harness::shipped_analyzer as analyzer;

const EXPLAINER: &str = "DÉCRYPTAGE\n\n\
Le chiffre circule depuis lundi. D'après la présidente de région, une ligne de bus sur trois \
serait déficitaire. Son plan, qui supprime douze lignes, doit être voté le 3 décembre. Ce que \
disent les comptes, et ce qu'ils ne disent pas.\n\n\
Qu'appelle-t-on une ligne déficitaire ?\n\n\
Le terme recouvre plusieurs situations. Les comptes de la régie distinguent les lignes \
scolaires, les lignes régulières et le transport à la demande.\n\n\
Combien de lignes sont concernées ?\n\n\
Selon le rapport publié en octobre par la régie, 14 lignes sur 61 ont perdu de l'argent en \
2025. Cela représente 23 % du réseau. La part des lignes déficitaires a d'ailleurs baissé \
depuis cinq ans.\n\n\
D'où vient le chiffre d'« une sur trois » ?\n\n\
Interrogé, le cabinet de la présidente indique avoir ajouté les lignes scolaires. Même ainsi, \
le total plafonne à 27 %.\n\n\
Que prévoit le plan ?\n\n\
Le texte ferme douze lignes régulières et crée quatre navettes à la demande. Le conseil \
régional doit rendre son vote avant la fin de l'année.\n";

const FACT_CHECK: &str = "VRAI OU FAUX\n\n\
Le ministre des Transports a affirmé dimanche que les retards des TER avaient diminué de \
moitié en deux ans. Nous avons vérifié.\n\n\
Trompeur.\n\n\
Selon l'Autorité de régulation des transports, la part des trains en retard est passée de \
11 % en 2023 à 8 % en 2025. Mais la ponctualité de 2023 avait été affectée par les grèves.\n\n\
Contacté lundi, le cabinet du ministre n'a pas souhaité commenter nos conclusions.\n\n\
Vous avez repéré une affirmation douteuse ? Écrivez à la cellule Vrai ou faux de L'Écho du \
Val.\n";

fn register_reasons(text: &str) -> Vec<String> {
    let a = analyzer().analyze(&Article::from_text("ed6", text));
    a.sentences
        .iter()
        .filter(|s| s.reasons.iter().any(|r| r.cue == Cue::OpinionRegister))
        .map(|s| s.text.clone())
        .collect()
}

#[test]
fn an_analysis_label_over_sections_in_questions_is_an_explainer() {
    let hits = register_reasons(EXPLAINER);
    assert!(hits.is_empty(), "{hits:?}");
}

#[test]
fn a_fact_check_with_a_call_to_write_in_is_no_opinion_piece() {
    let hits = register_reasons(FACT_CHECK);
    assert!(hits.is_empty(), "{hits:?}");
    let a = analyzer().analyze(&Article::from_text("ed6", FACT_CHECK));
    let rating = a
        .sentences
        .iter()
        .find(|s| s.text.starts_with("Trompeur"))
        .expect("the rating");
    assert!(rating.editorial, "{:?}", rating.reasons);
    for s in a.sentences.iter().filter(|s| {
        s.text.starts_with("VRAI")
            || s.text.starts_with("Vous avez")
            || s.text.starts_with("Écrivez")
    }) {
        assert!(!s.editorial, "{}: {:?}", s.text, s.reasons);
    }
}

#[test]
fn an_opinion_piece_with_question_headings_keeps_its_register() {
    let text = "ÉDITORIAL\n\n\
La région a menti. Elle ferme douze lignes et appelle cela une réforme ! Quelle honte !\n\n\
Que prévoit le plan ?\n\n\
Rien pour les villages, qui paieront seuls les navettes. La présidente a choisi les chiffres \
qui l'arrangent.\n\n\
Combien de temps les maires se tairont-ils ?\n\n\
Le vote aura lieu le 3 décembre.\n";
    let hits = register_reasons(text);
    assert!(!hits.is_empty(), "the editorial lost its register");
}
