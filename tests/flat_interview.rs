//! Interviews whose layout is lost: the questions and answers of a Q&A joined on one line (a
//! scraper or a CSV export collapsed the paragraphs). The turns are read sentence by sentence
//! (`src/voice/interview.rs`, "Without paragraphs"): questions are the interviewer's, answers
//! the interviewee's, and the introduction before the questions stays the author's.
//!
//! Sentences are found by the words they start with.

use cadrage::lexicon::{LexiconSet, LoadOptions};
use cadrage::span::{Span, Voice};
use cadrage::voice::{VerbTable, VoiceAnalysis};
use cadrage::{quotes, segment, voice};

use std::sync::OnceLock;

fn verbs() -> &'static VerbTable {
    static VERBS: OnceLock<VerbTable> = OnceLock::new();
    VERBS.get_or_init(|| {
        let lexicons = LexiconSet::load(&LoadOptions {
            builtin: true,
            ..LoadOptions::default()
        })
        .expect("built-in lexicons load");
        VerbTable::new(&lexicons)
    })
}

fn analyse(text: &str) -> (segment::Segmentation, VoiceAnalysis) {
    let body = Span::new(0, text.len());
    let regions = quotes::find_quotes(text, body);
    let seg = segment::segment(text, body, &regions);
    let voices = voice::attribute(text, &seg, &regions, verbs());
    (seg, voices)
}

const A: Voice = Voice::Author;
const D: Voice = Voice::Direct;
const I: Voice = Voice::Indirect;

/// Checks the voice and speaker of the sentences that start with (or, glued to furniture,
/// contain) `at`. `speaker`: `""` for none, otherwise words the speaker must contain.
fn check(name: &str, text: &str, want: &[(&str, Voice, &str)]) {
    let (seg, voices) = analyse(text);
    let mut failures = Vec::new();
    for &(at, voice, speaker) in want {
        let Some(i) = seg
            .sentences
            .iter()
            .position(|s| s.span.slice(text).trim_start().starts_with(at))
            .or_else(|| {
                seg.sentences
                    .iter()
                    .position(|s| s.span.slice(text).contains(at))
            })
        else {
            failures.push(format!("no sentence with {at:?}"));
            continue;
        };
        let got = &voices.sentences[i];
        let speaker_ok = if speaker.is_empty() {
            got.speaker.is_none()
        } else {
            got.speaker
                .as_deref()
                .is_some_and(|s| s.to_lowercase().contains(&speaker.to_lowercase()))
        };
        if got.voice != voice || !speaker_ok {
            failures.push(format!(
                "{at:?}: want {voice:?} {speaker:?}, got {:?} {:?}",
                got.voice, got.speaker
            ));
        }
    }
    assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
}

#[test]
fn a_credit_line_glued_to_the_first_question_opens_the_turns() {
    check(
        "credit before the questions",
        "ENTRETIEN Maraîchère à Pontcarré depuis 2009, Solène Barthier vient de perdre la moitié \
         de sa récolte après la grêle de juin. Propos recueillis par Hugo Marchetti Vous avez \
         tout perdu en dix minutes. Comment tenez-vous ? Je tiens parce que je n'ai pas le \
         choix. Mes clients comptent sur moi, et nous avons replanté dès le lendemain. Les \
         assureurs promettent une indemnisation rapide. Les croyez-vous ? Non. J'ai attendu \
         quatorze mois la dernière fois. C'est une honte, et je le dirai au préfet. Que \
         demandez-vous à l'État ? Un fonds d'urgence, tout simplement. Nous ne voulons pas la \
         charité.",
        &[
            ("ENTRETIEN", A, ""),
            ("Vous avez tout perdu", D, "hugo marchetti"),
            ("Comment tenez-vous", D, "hugo marchetti"),
            ("Je tiens parce que", D, "solène barthier"),
            ("Mes clients", D, "solène barthier"),
            // A statement before a question that does not address the interviewee is left
            // to the answer (documented ambiguity): direct either way.
            ("Les assureurs promettent", D, "solène barthier"),
            ("Les croyez-vous", D, "hugo marchetti"),
            ("Non.", D, "solène barthier"),
            ("C'est une honte", D, "solène barthier"),
            ("Que demandez-vous", D, "hugo marchetti"),
            ("Un fonds d'urgence", D, "solène barthier"),
            ("Nous ne voulons pas", D, "solène barthier"),
        ],
    );
}

#[test]
fn a_credit_line_glued_to_the_first_question_is_that_question() {
    check(
        "credit glued to a question",
        "Le capitaine Hervé Lemaire dirige le centre de secours de Brinay. Propos recueillis par \
         Élodie Fradin Combien de volontaires compte votre centre ? Nous sommes trente et un. \
         Il en faudrait quarante-cinq. Pourquoi ce recul ? Les jeunes partent étudier ailleurs. \
         Ils ne reviennent pas.",
        &[
            ("Le capitaine", A, ""),
            ("Nous sommes trente", D, "hervé lemaire"),
            ("Il en faudrait", D, "hervé lemaire"),
            ("Pourquoi ce recul", D, "élodie fradin"),
            ("Ils ne reviennent", D, "hervé lemaire"),
        ],
    );
}

#[test]
fn an_introduction_after_the_credit_line_stays_the_authors() {
    check(
        "credit, then an introduction naming the interviewee",
        "PHOTOGRAPHIE Propos recueillis par Mehdi Sanial Dans « Rivages », son premier livre, \
         Lucie Marandon photographie les ports de la Manche. L'ouvrage sort jeudi. Pourquoi \
         les ports ? Parce que j'y ai grandi. Mon père était pêcheur. Vous travaillez en noir \
         et blanc. Par choix ? Par économie, au début. Puis j'ai aimé ça.",
        &[
            ("L'ouvrage sort", A, ""),
            ("Pourquoi les ports", D, "mehdi sanial"),
            ("Parce que j'y", D, "lucie marandon"),
            ("Vous travaillez", D, "mehdi sanial"),
            ("Puis j'ai aimé", D, "lucie marandon"),
        ],
    );
}

#[test]
fn a_label_opens_and_a_credit_line_closes_the_interview() {
    check(
        "label before, credit after",
        "ENTRETIEN Le cardiologue Bastien Roussel dirige le service de Vénissieux depuis 2015. Il \
         publie un livre sur les urgences. Pourquoi ce livre maintenant ? Parce que j'ai vu le \
         service se vider en deux ans. Personne ne m'écoutait. Que répondez-vous au ministre, \
         qui parle de réorganisation ? Qu'une réorganisation sans médecins, c'est un \
         déménagement. Nous avons perdu six postes. Vous restez optimiste ? Pas vraiment. Je \
         pars en retraite en mars. Propos recueillis par Claire Fauvel",
        &[
            ("ENTRETIEN", A, ""),
            ("Il publie un livre", A, ""),
            ("Pourquoi ce livre", D, "claire fauvel"),
            ("Parce que j'ai vu", D, "bastien roussel"),
            ("Personne ne m'écoutait", D, "bastien roussel"),
            ("Que répondez-vous", D, "claire fauvel"),
            ("Qu'une réorganisation", D, "bastien roussel"),
            ("Vous restez optimiste", D, "claire fauvel"),
            ("Je pars en retraite", D, "bastien roussel"),
            ("Propos recueillis", A, ""),
        ],
    );
}

#[test]
fn prompts_phrased_as_statements_and_closing_notes() {
    check(
        "prompts and a closing note",
        "INTERVIEW La romancière Agathe Villeneuve répond à nos questions après le prix des \
         lectrices. Pourquoi avoir choisi Brest ? J'y suis née, tout simplement. Je connais \
         chaque rue. Certains critiques vous reprochent une vision nostalgique de la ville. \
         C'est faux. Je décris le Brest d'aujourd'hui, avec ses friches. Le livre se vend \
         pourtant surtout en Bretagne. Oui, et je ne m'en plains pas. Quel est votre prochain \
         projet ? Un recueil de nouvelles. Je n'en dirai pas plus. « Les Quais », d'Agathe \
         Villeneuve, éditions du Ponant, 240 pages, 19 euros.",
        &[
            ("INTERVIEW", A, ""),
            ("Pourquoi avoir choisi", D, "journaliste"),
            ("J'y suis née", D, "agathe villeneuve"),
            ("Certains critiques vous", D, "journaliste"),
            ("C'est faux", D, "agathe villeneuve"),
            ("Je décris", D, "agathe villeneuve"),
            ("Le livre se vend", D, "journaliste"),
            ("Oui, et je", D, "agathe villeneuve"),
            ("Un recueil", D, "agathe villeneuve"),
            ("« Les Quais »", A, ""),
        ],
    );
}

#[test]
fn bold_questions_on_one_line() {
    check(
        "bold questions",
        "Propos recueillis par Nina Ortega **Vous avez quitté le club en juin. Pourquoi ?** Parce \
         que je voulais jouer. **Le sélectionneur vous a pourtant appelé.** Il m'a appelé une \
         fois, en mars. Je n'ai plus de nouvelles. **Et la suite ?** Je signe à Lorient la \
         semaine prochaine.",
        &[
            ("**Vous avez quitté", D, "nina ortega"),
            ("Parce que je voulais", D, ""),
            ("**Le sélectionneur", D, "nina ortega"),
            ("Il m'a appelé", D, ""),
            ("**Et la suite", D, "nina ortega"),
            ("Je signe", D, ""),
        ],
    );
}

#[test]
fn inline_labels_of_a_transcript() {
    check(
        "radio transcript on one line",
        "La matinale, l'invité de 8 h 20. ANNE ROY : Bonjour Marc Lenoir. MARC LENOIR : \
         Bonjour. ANNE ROY : Les agriculteurs bloquent les routes depuis lundi. Allez-vous les \
         recevoir ? MARC LENOIR : Je les reçois demain. Nous avons préparé des mesures. ANNE \
         ROY : Lesquelles ? MARC LENOIR : Vous les connaîtrez demain.",
        &[
            ("La matinale", A, ""),
            ("ANNE ROY : Bonjour", D, "anne roy"),
            ("MARC LENOIR : Bonjour", D, "marc lenoir"),
            ("Les agriculteurs bloquent", D, "anne roy"),
            ("Nous avons préparé", D, "marc lenoir"),
            ("MARC LENOIR : Vous les", D, "marc lenoir"),
        ],
    );
}

#[test]
fn inline_labels_in_title_case_after_a_sentence() {
    check(
        "title-case labels",
        "L'invité de 8 h 20. Voici la retranscription de l'entretien. Anne Roy : Marc Lenoir, \
         bonjour. Marc Lenoir : Bonjour Anne. Anne Roy : Allez-vous recevoir les agriculteurs ? \
         Marc Lenoir : Demain. Je les reçois à 10 heures.",
        &[
            ("Voici la retranscription", A, ""),
            ("Anne Roy : Marc", D, "anne roy"),
            ("Marc Lenoir : Bonjour", D, "marc lenoir"),
            ("Je les reçois", D, "marc lenoir"),
        ],
    );
    // A name and a colon inside a sentence, twice, is no transcript.
    check(
        "headline subjects",
        "CINÉMA Inès Carrel : « Un jury, c'est la France en petit. » Le film sort mercredi. \
         THÉÂTRE Paul Gautier : « Je joue pour les absents. » La pièce tourne en Bretagne. \
         CINÉMA Inès Carrel : « Je recommencerai. » THÉÂTRE Paul Gautier : « Moi aussi. »",
        &[("Le film sort", A, ""), ("La pièce tourne", A, "")],
    );
}

/// Without a marker, questions and answers on one line are an explainer's or an op-ed's: the
/// author's voice stays.
#[test]
fn no_marker_no_interview() {
    check(
        "explainer",
        "La réforme entre en vigueur lundi. Combien cela va-t-il coûter ? Environ 40 euros par \
         foyer selon le ministère. Qui est concerné ? Les propriétaires de logements anciens. \
         Que faut-il faire ? Rien avant le 1er mars.",
        &[
            ("Combien cela", A, ""),
            // `selon le ministère` woven into the answer reports it (not an interview turn).
            ("Environ 40 euros", I, "ministère"),
            ("Les propriétaires", A, ""),
        ],
    );
    // A word `entretien` in the text is no label.
    check(
        "maintenance",
        "L'entretien des routes coûte cher à la commune. Faut-il augmenter les impôts ? Le \
         maire ne le pense pas. Faut-il vendre la salle des fêtes ? Personne n'en veut.",
        &[
            ("Le maire ne le pense", A, ""),
            ("Personne n'en veut", A, ""),
        ],
    );
}

/// Outputs do not depend on the position of the interview in a long text, and the reading
/// stays linear.
#[test]
fn long_flat_interviews_finish() {
    let turn = "Vous avez voté ce texte. Le regrettez-vous ? Non. Je l'assume pleinement. ";
    let text = format!(
        "ENTRETIEN Paul Marchal répond à nos questions. Propos recueillis par Léa Fontaine {}",
        turn.repeat(3000)
    );
    let start = std::time::Instant::now();
    let (seg, voices) = analyse(&text);
    assert!(start.elapsed().as_secs() < 20);
    let direct = voices
        .sentences
        .iter()
        .filter(|s| s.voice == Voice::Direct)
        .count();
    assert!(direct + 10 >= seg.sentences.len());
}

#[test]
fn inline_labels_in_initials_take_the_names_of_the_speakers() {
    check(
        "initials with a colon",
        "Chaque soir, Léonie Variot reçoit un invité. Ce mardi, Armand Quesnel, maire de \
         Saint-Aubrac, alors que la route du col reste fermée. Léonie Variot : Armand Quesnel, \
         bonsoir. Armand Quesnel : Bonsoir. L.V. : La route est fermée depuis dix jours. \
         Pourquoi si longtemps ? A.Q. : Parce que le talus bouge encore. Je ne rouvrirai pas \
         tant que les géologues n'auront pas signé. L.V. : Les commerçants s'impatientent. \
         A.Q. : Je les comprends, mais la sécurité passe avant.",
        &[
            ("Chaque soir", A, ""),
            ("La route est fermée", D, "léonie variot"),
            ("Pourquoi si longtemps", D, "léonie variot"),
            ("A.Q. : Parce que", D, "armand quesnel"),
            ("Je ne rouvrirai pas", D, "armand quesnel"),
            ("Les commerçants", D, "léonie variot"),
            ("A.Q. : Je les comprends", D, "armand quesnel"),
        ],
    );
    check(
        "initials after a dialogue dash, named in the introduction",
        "Notre débat réunit autour de Romane Tissier : Gaspard Meunier-Roy, président de la \
         chambre d'agriculture, et Yasmine Belhadj, porte-parole du collectif Eau Libre. – R. \
         T. : Bonsoir. Faut-il construire la retenue ? – G. M.-R. : Oui, sans elle nos \
         vergers meurent. – Y. B. : Non. C'est une privatisation de l'eau. – G. M.-R. : C'est \
         faux, l'eau reste publique. – Y. B. : Alors publiez les contrats.",
        &[
            ("Notre débat", A, ""),
            ("Faut-il construire", D, "romane tissier"),
            ("M.-R. : Oui", D, "gaspard meunier-roy"),
            ("B. : Non.", D, "yasmine belhadj"),
            ("C'est une privatisation", D, "yasmine belhadj"),
            ("B. : Alors", D, "yasmine belhadj"),
        ],
    );
}

#[test]
fn inline_labels_with_an_affiliation_or_a_role() {
    check(
        "press conference",
        "La préfète a répondu aux questions des journalistes. Hugo Lantier (Radio Brume) : \
         Combien de foyers sont privés d'eau ? La ministre : Environ quatre mille ce matin. \
         Maud Serre (Le Courrier) : Quand l'eau reviendra-t-elle ? La ministre : Pas avant \
         jeudi. Hugo Lantier : Les écoles rouvriront-elles lundi ? La ministre : Oui, toutes.",
        &[
            ("La préfète a répondu", A, ""),
            ("Hugo Lantier (Radio Brume)", D, "hugo lantier"),
            ("La ministre : Environ", D, "ministre"),
            ("Maud Serre", D, "maud serre"),
            ("Hugo Lantier : Les écoles", D, "hugo lantier"),
            ("La ministre : Oui", D, "ministre"),
        ],
    );
    check(
        "hearing",
        "L'audience a repris à 14 heures. Le président : Madame, reconnaissez-vous les faits ? \
         La prévenue : Non. Je n'étais pas là. Le président : Le témoin vous a vue. La \
         prévenue : Il se trompe.",
        &[
            ("L'audience", A, ""),
            ("Le président : Madame", D, "président"),
            ("Je n'étais pas là", D, "prévenue"),
            ("Le président : Le témoin", D, "président"),
        ],
    );
}

#[test]
fn inline_labels_in_initials_before_a_dash_open_the_turns() {
    check(
        "magazine interview",
        "ENTRETIEN Ancien cheminot, Basile Fromentin préside depuis mars l'association des \
         usagers de la ligne des Causses. Propos recueillis par Inès Dorval I. D. – La ligne \
         fermera-t-elle ? B. F. – Non. Nous avons obtenu trois ans de sursis. I. D. – À quel \
         prix ? B. F. – Celui de trains moins nombreux, hélas.",
        &[
            ("Ancien cheminot", A, ""),
            ("fermera-t-elle", D, "inès dorval"),
            ("Nous avons obtenu", D, "basile fromentin"),
            ("À quel prix", D, "inès dorval"),
            ("Celui de trains", D, "basile fromentin"),
        ],
    );
}

#[test]
fn running_text_with_colons_and_dashes_is_no_transcript() {
    check(
        "news story",
        "Le conseil municipal a voté le budget mardi. M. Dupont : « Nous tiendrons nos \
         engagements. » Paris (AFP) : Le texte doit encore être publié. Le président : un rôle \
         de garant qu'il assume. I. – Les causes sont connues. II. – Les remèdes aussi. La \
         séance a repris à 20 h 30 : Le maire a lu une motion. M. Dupont : « Je la voterai. » \
         Le président : un arbitre, pas un joueur.",
        &[
            ("Le conseil municipal", A, ""),
            ("Le texte doit encore", A, ""),
            ("Le président : un rôle", A, ""),
            ("Les causes sont connues", A, ""),
            ("Le président : un arbitre", A, ""),
        ],
    );
}
