//! The opinion register: weak cues of the author's voice count for more in an article whose
//! author voice is evaluative throughout, or in one that declares an opinion genre (a `TRIBUNE`
//! line, an `Éditorial :` title, an `/opinions/` URL). The same sentences in a news report
//! stay below the threshold.

#[path = "../fuzz/harness.rs"]
mod harness;

use cadrage::score::Cue;
use cadrage::{Article, ArticleAnalysis};

use harness::shipped_analyzer as analyzer;

const BODY: &str = "Les maires des petites communes ne peuvent plus entretenir leurs églises.\n\n\
                    Nous espérons un fonds d'urgence pour le patrimoine rural.\n\n\
                    Le dossier sera examiné au printemps par le ministère de la Culture.";

fn analyse(text: &str, title: Option<&str>, url: Option<&str>) -> ArticleAnalysis {
    let mut article = Article::from_text("tribune", text);
    article.title = title.map(str::to_string);
    article.url = url.map(str::to_string);
    analyzer().analyze(&article)
}

/// The sentence that starts with `start`.
fn sentence<'a>(a: &'a ArticleAnalysis, start: &str) -> &'a cadrage::analysis::SentenceOut {
    a.sentences
        .iter()
        .find(|s| s.text.starts_with(start))
        .unwrap_or_else(|| panic!("no sentence starts with {start}"))
}

/// The reason the opinion register gives, on whichever sentence carries it.
fn register_reason(a: &ArticleAnalysis) -> &str {
    a.sentences
        .iter()
        .flat_map(|s| &s.reasons)
        .find(|r| r.cue == Cue::OpinionRegister)
        .map(|r| r.text.as_str())
        .expect("an opinion register reason")
}

/// The sentence carries the opinion register, and the reason names the article's label.
fn assert_labelled_register(s: &cadrage::analysis::SentenceOut) {
    let register = s
        .reasons
        .iter()
        .find(|r| r.cue == Cue::OpinionRegister)
        .expect("an opinion register reason");
    assert!(register.text.contains("labelled"), "{}", register.text);
}

#[test]
fn a_weak_cue_stays_below_the_threshold_in_a_report() {
    let a = analyse(BODY, None, None);
    let s = sentence(&a, "Nous espérons");
    assert!(s.reasons.iter().any(|r| r.cue == Cue::FirstPerson));
    assert!(!s.editorial, "{:?}", s.reasons);
    assert!(s.reasons.iter().all(|r| r.cue != Cue::OpinionRegister));
}

#[test]
fn a_declared_opinion_piece_reads_weak_cues_as_opinion() {
    let labelled = [
        analyse(&format!("TRIBUNE\n\n{BODY}"), None, None),
        analyse(BODY, Some("Tribune - Sauvons les églises rurales"), None),
        analyse(BODY, Some("Éditorial : le patrimoine oublié"), None),
        analyse(
            BODY,
            None,
            Some("https://www.exemple.fr/opinions/2026/03/09/eglises"),
        ),
    ];
    for a in &labelled {
        let s = sentence(a, "Nous espérons");
        assert!(s.editorial, "{:?}", s.reasons);
        assert_labelled_register(s);
        // The register amplifies evidence, it never creates it.
        assert!(!sentence(a, "Le dossier").editorial);
    }
}

#[test]
fn a_label_in_the_middle_of_a_sentence_is_not_a_genre() {
    let text = format!("Une tribune signée par cent maires appelle l'État à agir.\n\n{BODY}");
    let a = analyse(&text, None, None);
    assert!(!sentence(&a, "Nous espérons").editorial);
}

#[test]
fn dense_weak_judgment_is_an_evaluative_register() {
    let dense = "Chaque année, c'est le même rituel au conseil municipal.\n\n\
                 Ce sont toujours les mêmes qui paient la facture des travaux.\n\n\
                 Le plus triste, c'est que personne ne s'en étonne.\n\n\
                 Il est commode de tout mettre sur le dos de la préfecture.\n\n\
                 La séance a été levée à 22 heures.";
    let a = analyse(dense, None, None);
    for start in [
        "Chaque année",
        "Ce sont",
        "Le plus triste",
        "Il est commode",
    ] {
        let s = sentence(&a, start);
        assert!(s.editorial, "{start}: {:?}", s.reasons);
        // The register adds its own reason, or the words of argument it lets count (`Le plus
        // triste, c'est que personne ne s'en étonne` denies) bring the sentence to the
        // threshold first.
        assert!(
            s.reasons.iter().any(|r| (r.cue == Cue::OpinionRegister
                && r.text.contains("evidence"))
                || r.cue == Cue::Argument),
            "{start}: {:?}",
            s.reasons
        );
    }
    assert!(!sentence(&a, "La séance").editorial);

    // Two weak judgments among plain reporting stay weak.
    let sparse = "Chaque année, c'est le même rituel au conseil municipal.\n\n\
                  Le plus triste, c'est que personne ne s'en étonne.\n\n\
                  La séance a été levée à 22 heures.\n\n\
                  Le budget a été adopté par 23 voix contre 6.\n\n\
                  Les travaux commenceront en mai.";
    let a = analyse(sparse, None, None);
    assert!(!sentence(&a, "Chaque année").editorial);
    assert!(!sentence(&a, "Le plus triste").editorial);
}

/// An analysis weighs arguments: most of its sentences report, two or three judge. Labelled as
/// such (`ANALYSE`, `Décryptage`), and with at least two sentences that judge on their own, its
/// author voice is read in the opinion register; unlabelled, or with a single judgment (an
/// explainer), it stays a report.
const ANALYSIS: &str = "Le gouvernement veut créer une taxe de 2 % sur les billets d'avion à partir de 2027.\n\n\
                        Selon Bercy, elle rapporterait 900 millions d'euros par an.\n\n\
                        L'argument a sa logique.\n\n\
                        Les vols intérieurs ont perdu 30 % de leurs passagers depuis 2019.\n\n\
                        Mais la taxe ne touchera pas les vols d'affaires, qui polluent le plus par passager.\n\n\
                        Le texte sera examiné en commission le 4 décembre.\n\n\
                        Cette exemption est un contresens écologique.\n\n\
                        Les députés écologistes ont déposé un amendement pour la supprimer.\n\n\
                        Le rapporteur du budget a déjà voté contre un amendement semblable en 2025.\n\n\
                        Les compagnies régionales ont obtenu un délai de deux ans en 2024.\n\n\
                        Le calendrier parlementaire, lui, dépendra du vote du Sénat en janvier.\n\n\
                        Les aéroports régionaux ont accueilli 14 millions de passagers en 2025.\n\n\
                        La taxe serait prélevée par les compagnies au moment de la réservation.";

#[test]
fn a_labelled_analysis_with_judgments_is_read_in_the_opinion_register() {
    for labelled in [
        analyse(
            &format!("ANALYSE\n\nPar Jeanne Morel\n\n{ANALYSIS}"),
            None,
            None,
        ),
        analyse(&format!("Décryptage\n\n{ANALYSIS}"), None, None),
        analyse(
            ANALYSIS,
            None,
            Some("https://www.exemple.fr/analyses/2026/11/taxe-billets-avion"),
        ),
    ] {
        let s = sentence(&labelled, "Mais la taxe");
        assert!(s.editorial, "{:?}", s.reasons);
        let s = sentence(&labelled, "Le calendrier");
        assert!(s.editorial, "{:?}", s.reasons);
        assert_labelled_register(s);
        assert!(!sentence(&labelled, "Le texte sera").editorial);
    }
    // Its subheadings name topics, not verdicts.
    let headed = analyse(
        &format!("ANALYSE\n\nLes objections des compagnies\n\n{ANALYSIS}"),
        None,
        None,
    );
    let heading = sentence(&headed, "Les objections");
    assert!(!heading.editorial, "{:?}", heading.reasons);
    let unlabelled = analyse(ANALYSIS, None, None);
    assert!(!sentence(&unlabelled, "Mais la taxe").editorial);
    assert!(!sentence(&unlabelled, "Le calendrier").editorial);
    // A single judgment in a labelled explainer does not make it opinion.
    let one = ANALYSIS.replace(
        "Cette exemption est un contresens écologique.",
        "Cette exemption date de 2019.",
    );
    let explainer = analyse(&format!("DÉCRYPTAGE\n\n{one}"), None, None);
    assert!(!sentence(&explainer, "Mais la taxe").editorial);
}

/// An analysis whose judgments each fall just short of the threshold (one evaluative word with
/// a hedge, a factive with an intensifier) weighs arguments as surely as one whose judgments
/// reach it: two sentences within half a point of the threshold are enough, and its label may
/// sit in the page's section path (`Économie › Analyse`, `Accueil > Analyses > Budget`).
const NEAR_ANALYSIS: &str = "Le gouvernement a confirmé jeudi une contribution exceptionnelle sur les revenus supérieurs à 500 000 euros.\n\n\
                             Selon Bercy, elle rapporterait 2 milliards d'euros en 2027.\n\n\
                             C'est incontestablement le volet le plus visible du budget.\n\n\
                             Les foyers concernés sont environ 24 000.\n\n\
                             Le pari n'a rien d'absurde.\n\n\
                             Le texte sera examiné en séance le 4 décembre.\n\n\
                             Les recettes attendues restent très modestes au regard du déficit.\n\n\
                             La commission des finances a adopté l'article mardi.";

#[test]
fn an_analysis_with_judgments_near_the_threshold_is_read_in_the_opinion_register() {
    let plain = analyse(NEAR_ANALYSIS, None, None);
    let near = sentence(&plain, "C'est incontestablement");
    assert!(!near.editorial, "{:?}", near.reasons);
    assert!(near.score >= 1.5, "{:?}", near.reasons);
    for label in [
        "ANALYSE",
        "Économie › Analyse",
        "ÉCONOMIE — Analyse",
        "Accueil > Analyses > Budget",
    ] {
        let a = analyse(&format!("{label}\n\n{NEAR_ANALYSIS}"), None, None);
        let s = sentence(&a, "C'est incontestablement");
        assert!(s.editorial, "{label}: {:?}", s.reasons);
        assert!(register_reason(&a).contains("labelled"), "{label}");
        assert!(!sentence(&a, "Le texte sera").editorial, "{label}");
        assert!(!sentence(&a, "La commission").editorial, "{label}");
        // The section path is the page's navigation, not a verdict.
        assert!(!sentence(&a, label).editorial, "{label}");
    }
}

/// A section path at the top of an opinion piece is the page's navigation: never a verdict
/// subheading, whatever its words.
#[test]
fn a_section_path_is_no_subheading_of_an_opinion_piece() {
    let text = "TRIBUNE\n\nAccueil / Énergie / Nucléaire\n\nSociété • Ordre public\n\n\
                Le gouvernement veut imposer cette réforme sans débat. \
                Ce passage en force est une faute politique.";
    let a = analyse(text, None, None);
    for line in ["Accueil / Énergie", "Société • Ordre"] {
        let s = sentence(&a, line);
        assert!(!s.editorial, "{line}: {:?}", s.reasons);
    }
    assert!(sentence(&a, "Ce passage").editorial);
}

/// A piece whose judgments fall just short of the threshold as often as they reach it: three
/// strong sentences (under a fifth of the author's) and a near one make the register; two
/// strong sentences with the same near ones do not, as a news report may hold two.
const NEAR_PIECE: &str = "Le conseil municipal a voté mardi la fermeture de la piscine.\n\n\
                           Les travaux de rénovation auraient coûté 4 millions d'euros.\n\n\
                           La décision a été adoptée par 21 voix contre 8.\n\n\
                           Cette fermeture est scandaleuse.\n\n\
                           Le bassin accueillait 40 000 baigneurs par an.\n\n\
                           Les familles y étaient très attachées.\n\n\
                           Les clubs de natation devront s'entraîner à Bourges.\n\n\
                           Ce renoncement est une honte.\n\n\
                           Le trajet prendra quarante minutes en car.\n\n\
                           La piscine avait ouvert en 1974.\n\n\
                           Ce mépris pour les familles est indigne.\n\n\
                           C'est incontestablement le choix le plus facile.\n\n\
                           Les écoles perdront leurs créneaux du jeudi.\n\n\
                           Le maire a promis une étude sur un nouveau bassin.\n\n\
                           Le budget de la ville atteint 62 millions d'euros.\n\n\
                           La séance a été levée à 23 heures.\n\n\
                           Le prochain conseil se tiendra en janvier.";

#[test]
fn three_strong_sentences_and_near_ones_make_the_register_two_do_not() {
    let a = analyse(NEAR_PIECE, None, None);
    let s = sentence(&a, "C'est incontestablement");
    assert!(s.editorial, "{:?}", s.reasons);
    assert!(register_reason(&a).contains("come within 0.5"));
    assert!(!sentence(&a, "Le budget").editorial);

    let two = NEAR_PIECE.replace(
        "Ce mépris pour les familles est indigne.",
        "Le calendrier du chantier était incontestablement serré.",
    );
    let a = analyse(&two, None, None);
    let s = sentence(&a, "C'est incontestablement");
    assert!(!s.editorial, "{:?}", s.reasons);
    assert!(
        a.sentences
            .iter()
            .flat_map(|s| &s.reasons)
            .all(|r| r.cue != Cue::OpinionRegister && r.cue != Cue::Argument)
    );
}

/// Two strong sentences make the register when enough others come near the threshold: a piece
/// whose many judgments mostly fall just short of it.
#[test]
fn two_strong_sentences_and_many_near_ones_make_the_register() {
    let two = NEAR_PIECE.replace(
        "Ce mépris pour les familles est indigne.",
        "Le calendrier du chantier était incontestablement serré.",
    );
    // Five come near in `two` (the strong included); one more makes six.
    let many = two.replace(
        "La piscine avait ouvert en 1974.",
        "La piscine avait incontestablement vieilli depuis 1974.",
    );
    let a = analyse(&many, None, None);
    let s = sentence(&a, "C'est incontestablement");
    assert!(s.editorial, "{:?}", s.reasons);
    assert!(register_reason(&a).contains("come within 0.5"));
    assert!(!sentence(&a, "Le budget").editorial);
}

/// A correction after a comma with `non` (`…, et non servir à subventionner…`, `…, non par
/// conviction`) argues, as `…, pas…` does: it counts in an opinion piece, never in a report.
#[test]
fn a_correction_with_non_argues_in_an_opinion_piece_only() {
    argues_in_an_opinion_piece_only(
        "Le fonds européen de défense disposera de 150 milliards d'euros. \
         Il devra financer des achats groupés, et non servir à subventionner \
         l'industrie de chaque capitale.",
        "Il devra",
    );
}

/// The sentence that starts with `start` carries words of argument and is editorial in `body`
/// under an `ÉDITORIAL` label, and is not editorial in `body` alone.
fn argues_in_an_opinion_piece_only(body: &str, start: &str) {
    let editorial = analyse(&format!("ÉDITORIAL\n\n{body}"), None, None);
    let s = sentence(&editorial, start);
    assert!(s.editorial, "{:?}", s.reasons);
    assert!(
        s.reasons.iter().any(|r| r.cue == Cue::Argument),
        "{:?}",
        s.reasons
    );
    let report = analyse(body, None, None);
    assert!(!sentence(&report, start).editorial);
}

/// `Voilà` before a noun phrase holds up what the author points at: it argues in an opinion
/// piece, never in a report; `Voilà pourquoi` stays a connective of its own.
#[test]
fn voila_before_a_noun_phrase_argues_in_an_opinion_piece_only() {
    argues_in_an_opinion_piece_only(
        "Le gouvernement a suspendu jeudi la réforme des lycées professionnels. \
         Voilà un recul que les enseignants attendaient depuis deux ans.",
        "Voilà un recul",
    );
    let body = "Le gouvernement ferme douze trésoreries et envoie un camion. \
                Voilà où en est l'État : il envoie des camions là où il fermait des bureaux.";
    let editorial = analyse(&format!("ÉDITORIAL\n\n{body}"), None, None);
    let s = sentence(&editorial, "Voilà où");
    assert!(
        s.reasons.iter().any(|r| r.cue == Cue::Argument),
        "{:?}",
        s.reasons
    );
}

/// A measured piece, whose judgments are few (three of eighteen author sentences reach the
/// threshold) and found in the opinion register only because others come near it, titles its
/// sections with their topics as an analysis does; a piece that judges outright titles them
/// with verdicts.
const MEASURED: &str = "Le conseil régional a voté jeudi un plan de 40 millions d'euros pour les lignes de car interurbaines.\n\n\
                        Le plan prévoit 120 nouveaux véhicules d'ici à 2028.\n\n\
                        Les premières commandes seront passées au printemps.\n\n\
                        La région compte aujourd'hui 310 lignes, dont 90 ne circulent que le matin et le soir.\n\n\
                        Le syndicat des transporteurs a salué un effort attendu depuis dix ans.\n\n\
                        Ce passage en force est une faute politique.\n\n\
                        Les élus de l'opposition ont voté contre.\n\n\
                        Rien ne garantit que les chauffeurs suivront.\n\n\
                        Des lignes de car dans les vallées\n\n\
                        Les lignes de fond de vallée transportent surtout des lycéens et des retraités.\n\n\
                        Leur fréquentation a baissé de 12 % depuis 2019.\n\n\
                        La région veut les cadencer toutes les heures entre 7 heures et 19 heures.\n\n\
                        Les communes devront aménager des arrêts couverts.\n\n\
                        Une mascarade de concertation a tenu lieu de débat.\n\n\
                        Les travaux commenceront en septembre.\n\n\
                        Le budget de fonctionnement augmentera de 6 millions par an.\n\n\
                        Les tarifs resteront inchangés jusqu'en 2027.\n\n\
                        Ce simulacre de débat public n'a trompé personne.\n\n\
                        Un bilan sera présenté au conseil en 2029.\n\n\
                        Les associations d'usagers ont demandé à être associées au suivi.";

#[test]
fn a_measured_piece_titles_its_sections_with_topics() {
    let a = analyse(MEASURED, None, None);
    assert!(
        register_reason(&a).contains("come within"),
        "{}",
        register_reason(&a)
    );
    assert!(sentence(&a, "Rien ne garantit").editorial);
    let heading = sentence(&a, "Des lignes de car");
    assert!(!heading.editorial, "{:?}", heading.reasons);
    // Two more verdicts: the piece judges outright, and its subheading is read as one.
    let outright = MEASURED
        .replace(
            "Les tarifs resteront inchangés jusqu'en 2027.",
            "Cette gabegie se paiera pendant des années.",
        )
        .replace(
            "Un bilan sera présenté au conseil en 2029.",
            "Le scrutin organisé jeudi n'a été qu'une mascarade.",
        );
    let a = analyse(&outright, None, None);
    let heading = sentence(&a, "Des lignes de car");
    assert!(heading.editorial, "{:?}", heading.reasons);
    assert!(
        heading
            .reasons
            .iter()
            .any(|r| r.cue == Cue::RegisterSubheading)
    );
}

/// A reported sentence whose author's words judge the speaker (a verb the author chose that
/// discredits the source, *crier à*: an outcry held excessive) is the
/// author's comment on the report: `mixed` and editorial, in an opinion piece and in a news
/// report alike (the verb is the author's choice wherever it stands; `discrediting_verb`).
#[test]
fn the_author_commenting_a_report_in_an_opinion_piece_is_mixed() {
    let sentence_text = "L'opposition avait aussitôt crié à la trahison des paysans.";
    let opinion = format!(
        "TRIBUNE\n\nLe traité a été signé mardi à Bruxelles. {sentence_text} \
         Ce procès d'intention ne grandit personne."
    );
    let a = analyse(&opinion, None, None);
    let s = sentence(&a, "L'opposition avait aussitôt");
    assert_eq!(s.voice, cadrage::span::Voice::Mixed, "{:?}", s.reasons);
    assert!(s.editorial, "{:?}", s.reasons);
    assert!(s.reasons.iter().any(|r| r.cue == Cue::DiscreditingVerb));
    assert!(a.profile.mixed_sentences >= 1);
    let news = format!("Le traité a été signé mardi à Bruxelles. {sentence_text}");
    let a = analyse(&news, None, None);
    let s = sentence(&a, "L'opposition avait aussitôt");
    assert_eq!(s.voice, cadrage::span::Voice::Mixed, "{:?}", s.reasons);
    assert!(s.reasons.iter().any(|r| r.cue == Cue::DiscreditingVerb));
    // A neutral verb of saying in the same news report stays `indirect` and neutral.
    let neutral = "Le traité a été signé mardi à Bruxelles. Le gouvernement avait assuré qu'il \
                   s'opposerait à l'accord.";
    let a = analyse(neutral, None, None);
    let s = sentence(&a, "Le gouvernement avait assuré");
    assert_eq!(s.voice, cadrage::span::Voice::Indirect, "{:?}", s.reasons);
    assert!(!s.editorial, "{:?}", s.reasons);
    // A quotation the author enlists with words of their own is mixed too.
    let enlisted = "TRIBUNE\n\nLe traité a été signé mardi. Comme le résume un économiste : « \
                    C'est une capitulation. » Ce reniement est une trahison des paysans.";
    let a = analyse(enlisted, None, None);
    let s = sentence(&a, "Comme le résume");
    assert_eq!(s.voice, cadrage::span::Voice::Mixed, "{:?}", s.reasons);
    // A reported sentence without words of the author's stays indirect in the opinion piece.
    let plain = "TRIBUNE\n\nLe traité a été signé mardi. Le ministre a affirmé que l'accord \
                 protégerait les éleveurs. Ce reniement est une trahison des paysans.";
    let a = analyse(plain, None, None);
    let s = sentence(&a, "Le ministre a affirmé");
    assert_eq!(s.voice, cadrage::span::Voice::Indirect, "{:?}", s.reasons);
}

/// A column speaks to its reader as it speaks in the first person: three sentences that do
/// either put an unlabelled piece in the opinion register; two do not.
#[test]
fn a_column_that_addresses_the_reader_is_read_in_the_opinion_register() {
    let column = "Le club a perdu samedi contre Lombrives.\n\n\
                  Je ne suis pas de ceux qui réclament une tête après chaque défaite.\n\n\
                  On nous répondra que les blessures ont vidé l'infirmerie.\n\n\
                  C'est vrai, en partie.\n\n\
                  Ceux d'entre vous qui étaient au stade ont entendu les sifflets.\n\n\
                  L'équipe a perdu onze de ses seize matchs à domicile.\n\n\
                  Le prochain match se jouera samedi à Mont-Aiglon.";
    let a = analyse(column, None, None);
    assert!(
        register_reason(&a).contains("to the reader"),
        "{}",
        register_reason(&a)
    );
    let s = sentence(&a, "C'est vrai");
    assert!(s.editorial, "{:?}", s.reasons);
    let two = column.replace(
        "Ceux d'entre vous qui étaient au stade ont entendu les sifflets.",
        "Les supporters ont sifflé à la pause.",
    );
    let a = analyse(&two, None, None);
    assert!(!sentence(&a, "C'est vrai").editorial);
}

/// In an opinion piece, the words that frame a report can enlist its source for the author's
/// argument: the concessive `même` before the source, the emphatic pronoun after it, `même`
/// after the saying verb, the saying verb taking the author's point as its object before a
/// colon. Such a sentence is `mixed` and editorial there; the same sentence in a news report
/// keeps its voice and is not editorial; a plain report in the opinion piece is not enlisted.
#[test]
fn a_source_enlisted_for_the_argument_is_mixed_in_an_opinion_piece() {
    let table = [
        (
            "Même la Cour des comptes a reconnu que le dispositif coûtait trop cher.",
            true,
        ),
        (
            "Et même un ancien ministre du Budget admet que la trajectoire est intenable.",
            true,
        ),
        (
            "La réforme, dont même les syndicats patronaux reconnaissent qu'elle a échoué, continue.",
            true,
        ),
        (
            "Le rapporteur lui-même a parlé d'une « usine à gaz ».",
            true,
        ),
        (
            "La préfète elle-même affirme que les moyens manquent.",
            true,
        ),
        ("Le ministre parle même de « libérer le travail ».", true),
        (
            "Un ancien directeur de l'hôpital l'avait dit : « Ce plan est une fuite en avant. »",
            true,
        ),
        (
            "Une députée de la majorité le disait encore mardi : « Nous allons dans le mur. »",
            true,
        ),
        (
            "Écoutez plutôt le correspondant d'un grand quotidien : « Les frappes ont tué neuf civils. »",
            true,
        ),
        (
            "Le même Paul Morel, en mai, devant les maires : « Aucun service ne fermera. »",
            true,
        ),
        (
            "Le même, trois mois plus tôt : « Pas un lit ne sera supprimé. »",
            true,
        ),
        // Not enlisted: the same words without the move, or the move elsewhere.
        (
            "La Cour des comptes a estimé que le dispositif coûtait trop cher.",
            false,
        ),
        ("Le même rapport affirme que les délais ont doublé.", false),
        ("La même source a précisé : « Rien n'est signé. »", false),
        (
            "Un éleveur du village, qui a requis l'anonymat, nous l'a dit : « Rien ne va. »",
            false,
        ),
        ("Le ministre a dit : « Nous tiendrons. »", false),
        (
            "Le préfet a affirmé que les moyens seraient les mêmes qu'en 2024.",
            false,
        ),
    ];
    let opening = "TRIBUNE\n\nLe plan de sauvetage des hôpitaux a été présenté mardi. ";
    let closing = " Ce plan est une faute, et ce renoncement une honte.";
    for (line, enlisted) in table {
        let a = analyse(&format!("{opening}{line}{closing}"), None, None);
        let start: String = line.chars().take(12).collect();
        let s = sentence(&a, &start);
        let cue = s.reasons.iter().any(|r| r.cue == Cue::EnlistedSource);
        assert_eq!(cue, enlisted, "{line}: {:?}", s.reasons);
        if enlisted {
            assert_eq!(s.voice, cadrage::span::Voice::Mixed, "{line}");
            assert!(s.editorial, "{line}: {:?}", s.reasons);
            // In a news report the same sentence is not the author's argument.
            let news = analyse(
                &format!("Le plan de sauvetage des hôpitaux a été présenté mardi. {line}"),
                None,
                None,
            );
            let s = sentence(&news, &start);
            assert!(!s.editorial, "{line}: {:?}", s.reasons);
            assert_ne!(s.voice, cadrage::span::Voice::Mixed, "{line}");
        }
    }
}

/// A newsletter or morning briefing greets its readers, gives them practical advice in the
/// newsroom's `nous` and titles its items with a topic and a colon: none of that is the first
/// person of an opinion piece, so the briefing is not read in the opinion register and its
/// item headings are not verdicts.
#[test]
fn a_news_briefing_that_serves_its_readers_is_no_opinion_piece() {
    let briefing = "Bonjour à toutes et à tous, voici l'essentiel de l'actualité de ce mardi.\n\n\
                    Budget : le Sénat adopte la partie recettes\n\n\
                    Les sénateurs ont adopté lundi soir la partie recettes du budget.\n\n\
                    Grève à la SNCF : ce qui vous attend mercredi\n\n\
                    Un train sur trois circulera, selon la direction. Nous vous conseillons de \
                    vérifier vos horaires avant de partir.\n\n\
                    Météo : du froid et de la neige\n\n\
                    Les températures passeront sous zéro dans la nuit.\n\n\
                    Nous vous souhaitons une excellente journée. Bonne lecture.";
    let a = analyse(briefing, None, None);
    for s in &a.sentences {
        assert!(
            s.reasons.iter().all(|r| !matches!(
                r.cue,
                Cue::OpinionRegister | Cue::RegisterSubheading | Cue::FirstPerson
            )),
            "{}: {:?}",
            s.text,
            s.reasons
        );
        assert!(!s.editorial, "{}: {:?}", s.text, s.reasons);
    }
    // The same `nous` judging is the author's first person.
    let column = "Chronique\n\nLa grève reprend mercredi. Nous pensons que la direction a tort.";
    let a = analyse(column, None, None);
    let s = sentence(&a, "Nous pensons");
    assert!(
        s.reasons.iter().any(|r| r.cue == Cue::FirstPerson),
        "{:?}",
        s.reasons
    );
}

/// A fact-check's rulings on a claim are editorial, but they do not make the article an opinion
/// piece: its other sentences, a weak cue among them, stay below the threshold.
#[test]
fn a_fact_checks_rulings_are_editorial_without_the_opinion_register() {
    let text = "Le député affirme que les arrivées ont été divisées par trois en un an.\n\n\
                Les arrivées sont passées de 39 000 à 26 000 selon le ministère de l'Intérieur.\n\n\
                Le chiffre avancé par le député est faux.\n\n\
                La baisse est d'un tiers, et non des deux tiers.\n\n\
                Là encore, le chiffre est inexact.\n\n\
                Les départs ont surtout baissé sur la route des Canaries.\n\n\
                Cette explication ne tient pas.\n\n\
                Le ministère publiera ses chiffres définitifs en janvier.";
    let a = analyse(text, None, None);
    let s = sentence(&a, "Le chiffre avancé");
    assert!(s.editorial, "{:?}", s.reasons);
    assert!(s.reasons.iter().any(|r| r.cue == Cue::Ruling));
    assert!(
        a.sentences
            .iter()
            .flat_map(|s| &s.reasons)
            .all(|r| r.cue != Cue::OpinionRegister),
        "a fact-check is no opinion piece"
    );
    // The weak cue (*surtout*) stays below the threshold: no register lifts it. (The correction
    // *La baisse est d'un tiers, et non des deux tiers* is a ruling too, and the word model
    // reads it so; the register has no part in that either.)
    let weak = sentence(&a, "Les départs ont surtout baissé");
    assert!(!weak.editorial, "{:?}", weak.reasons);
    assert!(
        sentence(&a, "La baisse est d'un tiers")
            .reasons
            .iter()
            .all(|r| r.cue != Cue::OpinionRegister)
    );
}

/// An explainer speaks to its readers and asks their questions: its address is service and its
/// questions weigh as a heading's, so neither makes it an opinion piece. The same sentences in
/// an article without the label are the author's address.
#[test]
fn a_declared_explainer_serves_its_readers_without_the_opinion_register() {
    let body = "ON VOUS EXPLIQUE\n\n\
                Vous avez reçu un courriel de votre mutuelle cette semaine ?\n\n\
                Suis-je concerné ?\n\n\
                Les adhérents inscrits avant 2024 le sont.\n\n\
                Que dois-je faire ?\n\n\
                Vérifiez vos relevés bancaires et signalez tout prélèvement inconnu à votre banque.\n\n\
                Changez votre mot de passe.\n\n\
                La mutuelle a ouvert un numéro gratuit.";
    let a = analyse(body, None, None);
    for s in &a.sentences {
        assert!(!s.editorial, "{}: {:?}", s.text, s.reasons);
        assert!(
            s.reasons
                .iter()
                .all(|r| !matches!(r.cue, Cue::OpinionRegister | Cue::ReaderAddress)),
            "{}: {:?}",
            s.text,
            s.reasons
        );
    }
    let unlabelled = body.replace("ON VOUS EXPLIQUE\n\n", "");
    let a = analyse(&unlabelled, None, None);
    assert!(
        a.sentences
            .iter()
            .flat_map(|s| &s.reasons)
            .any(|r| r.cue == Cue::ReaderAddress)
    );
}

/// A step still to come with its date (`Le texte doit être présenté en conseil des ministres en
/// février`) is a schedule, not an obligation the author sets, even in an opinion piece.
#[test]
fn a_dated_step_still_to_come_is_no_argument() {
    let a = analyse(
        "ÉDITORIAL\n\nLe gouvernement ment, c'est une honte ! Ce texte est une faute.\n\n\
         Le texte doit être présenté en conseil des ministres en février.\n\n\
         Le gouvernement doit revoir sa copie.",
        None,
        None,
    );
    let dated = sentence(&a, "Le texte doit");
    assert!(
        dated.reasons.iter().all(|r| r.cue != Cue::Argument),
        "{:?}",
        dated.reasons
    );
    let s = sentence(&a, "Le gouvernement doit");
    assert!(
        s.reasons.iter().any(|r| r.cue == Cue::Argument),
        "{:?}",
        s.reasons
    );
}

/// The sentence that starts with `start` carries no words of argument in `body` under an
/// `ÉDITORIAL` label: a sentence of the same shape that tells a fact or a schedule.
fn no_argument_in_an_opinion_piece(body: &str, start: &str) {
    let a = analyse(&format!("ÉDITORIAL\n\n{body}"), None, None);
    let s = sentence(&a, start);
    assert!(
        s.reasons.iter().all(|r| r.cue != Cue::Argument),
        "{start}: {:?}",
        s.reasons
    );
}

/// A phrase set before its `c'est` (`Quatre conditions, c'est beaucoup pour un retraité`, `Ce
/// qui me frappe, c'est le silence`) is the author's verdict on it, in an opinion piece only; a
/// date or a turn set before it (`Jeudi, c'était au tour des infirmières`) and `c'est-à-dire`
/// judge nothing.
#[test]
fn a_phrase_taken_up_by_cest_argues_in_an_opinion_piece_only() {
    for (body, start) in [
        (
            "Le ministère a publié la liste des pièces à fournir. \
             Six justificatifs, c'est beaucoup pour une aide de quarante euros.",
            "Six justificatifs",
        ),
        (
            "La région a fermé la ligne en septembre. \
             Ce qui frappe, c'est le silence des élus du département.",
            "Ce qui frappe",
        ),
        (
            "Le club a perdu son cinquième match de suite. \
             Le problème, ce sont les choix de l'entraîneur depuis l'été.",
            "Le problème",
        ),
    ] {
        argues_in_an_opinion_piece_only(body, start);
    }
    for (body, start) in [
        (
            "Les grévistes défilent depuis lundi. Jeudi, c'était au tour des infirmières.",
            "Jeudi",
        ),
        (
            "Le texte crée la CRDS, c'est-à-dire une contribution au remboursement de la dette.",
            "Le texte crée",
        ),
        (
            "Les agriculteurs manifestent. Chaque semaine, c'est l'équivalent de vingt fermes qui ferment.",
            "Chaque semaine",
        ),
    ] {
        no_argument_in_an_opinion_piece(body, start);
    }
}

/// A hypothesis weighed by the author: an infinitive or an indefinite noun phrase as the
/// subject of a conditional (`Rouvrir la ligne coûterait peu`, `Un État sûr de ses chiffres
/// publierait ses chiffres`), and `devrait` that says what a fact should bring about (`Ces
/// chiffres devraient alarmer le ministère`). A plan told in the conditional (`Les boursiers
/// seraient exonérés`) and a forecast (`Le texte devrait être adopté mardi`) do not argue.
#[test]
fn a_hypothesis_weighed_in_the_conditional_argues_in_an_opinion_piece_only() {
    for (body, start) in [
        (
            "La ligne a fermé en septembre. \
             Rouvrir la ligne coûterait peu au regard des accidents évités.",
            "Rouvrir",
        ),
        (
            "Le ministère refuse de publier ses chiffres. \
             Un ministère sûr de son bilan publierait ses chiffres.",
            "Un ministère",
        ),
        (
            "Le nombre de classes fermées a doublé en un an. \
             Ces chiffres devraient alarmer le ministère.",
            "Ces chiffres",
        ),
    ] {
        argues_in_an_opinion_piece_only(body, start);
    }
    for (body, start) in [
        (
            "Le projet prévoit une hausse des frais. Les boursiers seraient exonérés.",
            "Les boursiers",
        ),
        (
            "Le gouvernement a déposé son projet. Le texte devrait être adopté par le Sénat.",
            "Le texte devrait",
        ),
        (
            "Le gouvernement a déposé son projet. L'exécutif pourrait recourir à l'article 49.3.",
            "L'exécutif",
        ),
    ] {
        no_argument_in_an_opinion_piece(body, start);
    }
}

/// The author's prediction: a lexical verb in the simple future, in a sentence with no date
/// and no figure (`Le gouvernement paiera cette erreur aux municipales`, `Les usagers
/// retiendront surtout la hausse`), argues in an opinion piece. A step scheduled with its date
/// (`Le Sénat examinera le texte en janvier`), a plan in figures (`L'État ouvrira 500
/// maisons`), a relative clause that describes a plan (`un logiciel qui aidera les
/// magistrats`), and `sera`, `aura`, `pourra` do not.
#[test]
fn a_prediction_of_the_authors_argues_in_an_opinion_piece_only() {
    for (body, start) in [
        (
            "Le ministre a gelé les pensions. Le gouvernement paiera cette erreur aux municipales.",
            "Le gouvernement paiera",
        ),
        (
            "Le réseau a annoncé un plan de modernisation. \
             Les usagers retiendront surtout la hausse des tarifs.",
            "Les usagers",
        ),
        (
            "La commune a vendu le terrain. Ceux qui ont signé s'en défendront.",
            "Ceux qui",
        ),
    ] {
        argues_in_an_opinion_piece_only(body, start);
    }
    for (body, start) in [
        (
            "Les députés ont voté le texte. Le Sénat examinera le texte en janvier.",
            "Le Sénat",
        ),
        (
            "Le plan est présenté. L'État ouvrira 500 maisons de services publics.",
            "L'État",
        ),
        (
            "La chancellerie a présenté un logiciel qui aidera les magistrats.",
            "La chancellerie",
        ),
        (
            "Les bus partiront de la gare d'ici à la fin du mois.",
            "Les bus",
        ),
        (
            "La réforme sera appliquée aux nouveaux contrats.",
            "La réforme",
        ),
    ] {
        no_argument_in_an_opinion_piece(body, start);
    }
}

/// A promise set against what came of it (`La taxe devait être temporaire ; elle existe
/// toujours`, `Elle devait, elle aussi, mettre fin aux grèves`) argues in an opinion piece, with
/// its figures; a plan told in the past (`La ligne devait ouvrir en 2027`) does not.
#[test]
fn a_broken_promise_argues_in_an_opinion_piece_only() {
    for (body, start) in [
        (
            "Le gouvernement a créé une surtaxe en 2019. \
             La surtaxe devait être provisoire ; elle rapporte encore 2 milliards.",
            "La surtaxe devait",
        ),
        (
            "La loi de 2021 a été votée. Elle devait, elle aussi, désengorger les tribunaux.",
            "Elle devait",
        ),
    ] {
        argues_in_an_opinion_piece_only(body, start);
    }
    no_argument_in_an_opinion_piece(
        "Le chantier a commencé. La ligne devait relier les deux gares.",
        "La ligne devait",
    );
}

/// The author's plain verdicts in an opinion piece: a ranking (`a surtout montré`, `veut
/// d'abord tenir`), a comparison of judgment with no figure (`Le mal est plus profond que le
/// trafic`), a need the author names (`Le pays a besoin de constance`), what someone can still
/// do (`Les sénateurs peuvent encore éviter cette faute`), a presentation (`Il y a des défaites
/// qui disent tout`), a call to a meeting (`Rendez-vous samedi devant la mairie`), a task handed
/// over (`Aux élus, maintenant, de trancher`) and `Bonne nouvelle` (`Bonne nouvelle : nous
/// sommes riches`). None counts in a report; a comparison in figures, `il y a` of time and a
/// meeting that is fixed do not argue in an opinion piece either.
#[test]
fn plain_verdicts_argue_in_an_opinion_piece_only() {
    for (body, start) in [
        (
            "Les députés ont voté le budget. Le vote a surtout montré la faiblesse de la majorité.",
            "Le vote",
        ),
        (
            "Le trafic a été démantelé à Lormont. Le mal est plus profond que le trafic.",
            "Le mal",
        ),
        (
            "Les radars ont été déplacés. La sécurité routière a besoin de constance.",
            "La sécurité",
        ),
        (
            "Le texte arrive au Sénat. Les sénateurs peuvent encore éviter cette faute.",
            "Les sénateurs",
        ),
        (
            "Le club a perdu samedi. Il y a des défaites qui disent tout d'un projet.",
            "Il y a des",
        ),
        (
            "Le conseil a voté la fermeture. Rendez-vous samedi devant la mairie.",
            "Rendez-vous",
        ),
        (
            "Le rapport est sur la table. Aux élus, maintenant, de trancher.",
            "Aux élus",
        ),
        (
            "Le décret est paru. Bonne nouvelle pour les propriétaires : tout augmente.",
            "Bonne nouvelle",
        ),
    ] {
        argues_in_an_opinion_piece_only(body, start);
    }
    for (body, start) in [
        (
            "Le chômage a reculé. La population a augmenté plus vite que le parc en 2024.",
            "La population",
        ),
        (
            "Le pont a été fermé il y a un an par la préfecture.",
            "Le pont",
        ),
        (
            "Le syndicat et la direction se sont vus. Rendez-vous est pris pour la semaine suivante.",
            "Rendez-vous",
        ),
        (
            "À Lyon, de nombreux commerces ont baissé le rideau.",
            "À Lyon",
        ),
    ] {
        no_argument_in_an_opinion_piece(body, start);
    }
}

/// A superlative or a comparison the author draws (`Le troisième point est le plus gênant`,
/// `Le départ du préfet est plus instructif`, `L'argument est aussi vieux que le suffrage`),
/// what finally comes of something (`a fini par`, `ose enfin se montrer`) and `Ce sera` (`Ce
/// sera le moment de vérité`) argue in an opinion piece; `les plus de 65 ans`, `le plus souvent`
/// and a superlative in figures do not.
#[test]
fn superlatives_and_outcomes_argue_in_an_opinion_piece_only() {
    for (body, start) in [
        (
            "Le rapport relève trois points. Le troisième point est le plus gênant pour l'État.",
            "Le troisième",
        ),
        (
            "Le ministre a remanié son cabinet. Le départ du directeur est plus instructif.",
            "Le départ",
        ),
        (
            "Les opposants invoquent la maturité des jeunes. L'argument est aussi vieux que le suffrage.",
            "L'argument",
        ),
        (
            "Le maire a tout décidé seul. Il a fini par confondre la commune avec son patrimoine.",
            "Il a fini",
        ),
        (
            "La chanteuse a changé de répertoire. Elle ose enfin se montrer.",
            "Elle ose",
        ),
        (
            "Le texte revient devant les députés. Ce sera le moment de vérité pour la majorité.",
            "Ce sera",
        ),
    ] {
        argues_in_an_opinion_piece_only(body, start);
    }
    for (body, start) in [
        (
            "La mesure concerne les plus de soixante-cinq ans.",
            "La mesure",
        ),
        (
            "Les patients attendent le plus souvent à domicile.",
            "Les patients",
        ),
        (
            "La ville est la plus peuplée du département avec 40 000 habitants.",
            "La ville",
        ),
    ] {
        no_argument_in_an_opinion_piece(body, start);
    }
}

/// A step set for a season or the end of the year (`Le Parlement doit examiner la ratification
/// avant la fin de l'année`, `L'État doit trancher au printemps`) is a schedule, and a status
/// still to come (`Le plan de financement n'a pas encore été arrêté`) is no denial: neither
/// argues in an opinion piece. A denial that rules (`Une digue ne se construit pas en un hiver`)
/// still does.
#[test]
fn a_season_or_a_status_still_to_come_is_no_argument() {
    for (body, start) in [
        (
            "Le traité a été signé. Le Parlement doit examiner la ratification avant la fin de l'année.",
            "Le Parlement",
        ),
        (
            "Le projet est prêt. L'État doit trancher au printemps.",
            "L'État",
        ),
        (
            "Le chantier est lancé. Le plan de financement n'a pas encore été arrêté.",
            "Le plan",
        ),
    ] {
        no_argument_in_an_opinion_piece(body, start);
    }
    argues_in_an_opinion_piece_only(
        "La digue a été promise. Une digue ne se construit pas en un hiver.",
        "Une digue",
    );
}

/// A piece whose author engages the reader in two ways, in two sentences of its body (a
/// rhetorical question and a call to act, an exclamation and the first person), is an opinion
/// piece even when its judgments are plain words: a weak cue there reaches the threshold. One
/// way only (an explainer's questions), or two in one line (a newsroom's `Soutenez-nous !`),
/// or in a heading, leaves a report a report.
#[test]
fn a_piece_that_engages_the_reader_in_two_ways_is_read_in_the_opinion_register() {
    let lead = "Le 5 janvier, la ligne 7 perdra ses cars du dimanche.\n\n\
                La réforme votée par la Région a tout pour plaire sur le papier.\n\n\
                Deux fois plus de cars aux heures de pointe, un budget inchangé.\n\n\
                La ligne transporte trois passagers par car le dimanche.\n\n\
                Les cars de la semaine garderont leurs horaires actuels.\n\n\
                La ligne dessert onze communes entre Saint-Ferréol et Lauzac.\n\n\
                Elle a été ouverte en 1987 par le département.\n\n\
                La Région en a repris la gestion en 2017.\n\n\
                Le conseil régional votera le budget le 18 décembre.\n\n";
    let engaged = [
        "Qui pourrait être contre ? Les habitants des villages.\n\n\
         Écrivez à vos conseillers régionaux avant le vote.",
        "Quelle drôle de façon de servir les villages !\n\n\
         Nous étions une centaine devant la préfecture à midi.",
        "Qui a consulté les habitants ? Personne.\n\n\
         Rassemblement samedi place Royale : venez nombreux !",
    ];
    for tail in engaged {
        let a = analyse(&format!("{lead}{tail}"), None, None);
        let s = sentence(&a, "La réforme votée");
        assert!(s.editorial, "{tail}: {:?}", s.reasons);
        assert!(
            register_reason(&a).contains("engage"),
            "{}",
            register_reason(&a)
        );
        // The register amplifies evidence, it never creates it.
        assert!(!sentence(&a, "Le conseil régional").editorial);
    }
    let report = [
        // An explainer asks its questions: one way only.
        "Qui peut voyager ? Tous les abonnés.\n\n\
         Et les horaires, qui les fixe ? La Région, en janvier.",
        // The newsroom's call for support: two ways in one line.
        "Soutenez une presse indépendante !",
        // A heading's exhortation and a body question.
        "Révélations\n\nLa ligne sera-t-elle rouverte ? Rien n'est arrêté.",
    ];
    for tail in report {
        let a = analyse(&format!("{lead}{tail}"), None, None);
        let s = sentence(&a, "La réforme votée");
        assert!(!s.editorial, "{tail}: {:?}", s.reasons);
    }
}

/// The furniture of opinion pages is no verdict in a subheading's place: a post's date and
/// author, an issue number, a credit line, a couple's signature under their letter, a column's
/// label with its time slot or its columnist. A subheading that judges still does.
#[test]
fn the_furniture_of_opinion_pages_is_no_verdict_subheading() {
    let furniture = [
        "Posté le 26 novembre 2026 par Nassur_976",
        "Publié le 3 mars 2026 par la rédaction",
        "LA MISSIVE – n° 87 – vendredi 27 novembre 2026",
        "CONTRE-VÉRIF n° 112",
        "Texte : Sophie Terrasson-Rey",
        "Photos : Jean-Marc Lhomme",
        "Sophie et Karim Benali, Saint-Claud",
        "LA CHRONIQUE DE 7H55",
        "LA COLONNE DE CLAUDE PERRIARD",
        "LE COUP DE COLÈRE",
    ];
    for line in furniture {
        let text = format!(
            "TRIBUNE\n\n{line}\n\n\
             Le gouvernement veut imposer cette réforme sans débat. \
             Ce passage en force est une faute politique.\n\n\
             Un gouvernement qui a renoncé\n\n\
             La ministre préfère les slogans aux chiffres."
        );
        let a = analyse(&text, None, None);
        let s = sentence(&a, line);
        assert!(!s.editorial, "{line}: {:?}", s.reasons);
        let s = sentence(&a, "Un gouvernement qui a renoncé");
        assert!(s.editorial, "{line}: {:?}", s.reasons);
    }
}

/// A consumer page titles its explainer with the reader's own question (`où placer votre
/// épargne ?`): its questions to the reader and its advice are service, and they do not make
/// it an opinion piece. The same body under a plain title is read in the register.
#[test]
fn ed10_a_title_asking_the_readers_question_declares_an_explainer() {
    let body = "Le taux du livret passera à 1,5 % en février.\n\n\
                Et les banques ?\n\n\
                Elles proposent des livrets à taux promotionnel pendant trois mois.\n\n\
                Notre conseil : gardez votre épargne de précaution sur un livret réglementé.\n\n\
                Que faire de vos économies ?\n\n\
                Vous pouvez aussi regarder les fonds en euros de votre assurance-vie.\n\n\
                Le taux du LDDS suivra, et celui du LEP sera fixé en janvier.";
    let a = analyse(
        body,
        Some("Livret A : où placer votre épargne de précaution ?"),
        None,
    );
    for s in &a.sentences {
        assert!(
            s.reasons.iter().all(|r| r.cue != Cue::OpinionRegister),
            "{}: {:?}",
            s.text,
            s.reasons
        );
    }
    let a = analyse(body, Some("Livret A : le taux baisse en février"), None);
    assert!(
        a.sentences
            .iter()
            .flat_map(|s| &s.reasons)
            .any(|r| r.cue == Cue::ReaderAddress)
    );
}
