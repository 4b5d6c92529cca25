//! Text whose line breaks were lost (every paragraph joined by one space): the furniture the
//! layout kept apart (genre label, rubric, byline, subheading, list) is cut off again.

use cadrage::quotes::find_quotes;
use cadrage::segment::{SentenceKind, segment};
use cadrage::span::Span;

fn sentences(text: &str) -> Vec<&str> {
    let body = Span::new(0, text.len());
    segment(text, body, &find_quotes(text, body))
        .sentences
        .iter()
        .map(|s| s.span.slice(text))
        .collect()
}

#[test]
fn a_genre_label_and_a_byline_glued_to_the_first_sentence() {
    let t = "TRIBUNE Par Odile Ferrand Le conseil régional a tranché mardi. Il a eu tort.";
    assert_eq!(
        sentences(t),
        [
            "TRIBUNE",
            "Par Odile Ferrand",
            "Le conseil régional a tranché mardi.",
            "Il a eu tort."
        ]
    );
    let t = "Billet Un chiffre a suffi. La suite est connue.";
    assert_eq!(
        sentences(t),
        ["Billet", "Un chiffre a suffi.", "La suite est connue."]
    );
    let t = "Chronique Par Paul Mercier, correspondant à Lyon Depuis lundi, la ville retient son souffle.";
    assert_eq!(
        sentences(t),
        [
            "Chronique",
            "Par Paul Mercier, correspondant à Lyon",
            "Depuis lundi, la ville retient son souffle."
        ]
    );
}

#[test]
fn a_rubric_in_capitals_before_a_name() {
    let t = "CINÉMA Lucie Marand : « Je tourne enfin chez moi ». La réalisatrice revient.";
    assert_eq!(sentences(t)[0], "CINÉMA");
    // An acronym stays with its name.
    let t = "Le trafic reprend. SNCF Réseau a annoncé la fin des travaux.";
    assert_eq!(
        sentences(t),
        [
            "Le trafic reprend.",
            "SNCF Réseau a annoncé la fin des travaux."
        ]
    );
}

#[test]
fn a_subheading_between_two_paragraphs() {
    let t = "Le texte a été adopté. Des frondeurs dans la majorité Une vingtaine de députés se sont abstenus. \
             Un vote serré Le scrutin a été acquis à six voix.";
    assert_eq!(
        sentences(t),
        [
            "Le texte a été adopté.",
            "Des frondeurs dans la majorité",
            "Une vingtaine de députés se sont abstenus.",
            "Un vote serré",
            "Le scrutin a été acquis à six voix."
        ]
    );
    let body = Span::new(0, t.len());
    let seg = segment(t, body, &find_quotes(t, body));
    assert_eq!(seg.sentences[1].kind, SentenceKind::Heading);
}

#[test]
fn a_wire_dateline_opens_its_first_sentence() {
    for t in [
        "PARIS, 24 novembre (AFP) – Le gouvernement a présenté son plan.",
        "BRUXELLES – La Commission a proposé mardi un nouveau texte.",
        "KOLWEZI (RD Congo), 9 mars - Les mineurs ont cessé le travail.",
    ] {
        assert_eq!(sentences(t), [t], "{t}");
    }
}

#[test]
fn names_and_titles_stay_in_their_sentence() {
    for t in [
        "Selon Le Monde, le texte sera retiré.",
        "Le groupe Les Républicains a voté contre.",
        "Il préside l'association Tous en classe depuis 2019.",
        "Le quotidien Voz del Sur affirme que la mine était surveillée.",
        "Retrouvez L'info du matin chaque jour à 7 heures.",
        "Elle a rencontré Yann Le Floch mardi.",
    ] {
        assert_eq!(sentences(t), [t], "{t}");
    }
}

#[test]
fn a_list_introduced_by_a_colon() {
    let t = "Nous demandons trois choses : - un moratoire sur les fermetures ; - un fonds d'urgence ; \
             - une loi avant l'été. La balle est dans le camp du gouvernement.";
    assert_eq!(
        sentences(t),
        [
            "Nous demandons trois choses :",
            "- un moratoire sur les fermetures ;",
            "- un fonds d'urgence ;",
            "- une loi avant l'été.",
            "La balle est dans le camp du gouvernement."
        ]
    );
    // The last item ends with its sentence: the text after it is a paragraph of its own.
    let t =
        "Trois effets sont attendus : • moins de dépenses ; • plus de recettes. Le texte est voté.";
    let body = Span::new(0, t.len());
    let seg = segment(t, body, &find_quotes(t, body));
    assert_eq!(seg.paragraphs.len(), 4);
    assert_eq!(seg.sentences[3].kind, SentenceKind::Text);
    let t = "Les votes se répartissent ainsi : • liste A : 33 % • liste B : 28 %";
    assert_eq!(
        sentences(t),
        [
            "Les votes se répartissent ainsi :",
            "• liste A : 33 %",
            "• liste B : 28 %"
        ]
    );
}

#[test]
fn a_quotation_ending_a_sentence_is_no_heading() {
    let t = "Un agriculteur m'a dit : « Vous arrivez après le feu. » Je ne lui en veux pas.";
    let body = Span::new(0, t.len());
    assert_eq!(segment(t, body, &find_quotes(t, body)).paragraphs.len(), 1);
    // A quotation standing as a subheading is cut off.
    let t = "« Je regrette » Le prévenu a présenté ses excuses.";
    assert_eq!(
        sentences(t),
        ["« Je regrette »", "Le prévenu a présenté ses excuses."]
    );
}

#[test]
fn the_end_of_a_byline_a_credit_or_a_link() {
    // A byline's names stay whole.
    let t = "Par Léa Fontaine et Hugo Brassard Le conseil a voté.";
    assert_eq!(
        sentences(t),
        ["Par Léa Fontaine et Hugo Brassard", "Le conseil a voté."]
    );
    let t = "Publié le 3 mars 2026 La Commission a tranché.";
    assert_eq!(
        sentences(t),
        ["Publié le 3 mars 2026", "La Commission a tranché."]
    );
    // A name with a particle stays whole.
    let t = "Par Yann Le Floch Trois jeunes hommes ont été jugés.";
    assert_eq!(
        sentences(t),
        ["Par Yann Le Floch", "Trois jeunes hommes ont été jugés."]
    );
}

#[test]
fn a_short_subheading_with_a_comma() {
    let t = "Le texte part au Sénat. Le Sénat, prochaine étape Une révision doit y être votée.";
    assert_eq!(
        sentences(t),
        [
            "Le texte part au Sénat.",
            "Le Sénat, prochaine étape",
            "Une révision doit y être votée."
        ]
    );
}

fn paragraphs(text: &str) -> Vec<&str> {
    let body = Span::new(0, text.len());
    segment(text, body, &find_quotes(text, body))
        .paragraphs
        .iter()
        .map(|p| p.span.slice(text))
        .collect()
}

#[test]
fn dialogue_dashes_of_a_flattened_scene() {
    // Each reply opened by a dash after the end of a sentence is a paragraph of its own, which
    // ends with its first sentence: the narration goes on after it.
    let t = "Il pousse la porte sans frapper. – Vous êtes en retard, lance-t-elle. – De dix minutes. – Dix minutes, c'est long. La remarque n'a rien d'une plaisanterie.";
    assert_eq!(
        paragraphs(t),
        [
            "Il pousse la porte sans frapper.",
            "– Vous êtes en retard, lance-t-elle.",
            "– De dix minutes.",
            "– Dix minutes, c'est long.",
            "La remarque n'a rien d'une plaisanterie."
        ]
    );
    let t = "Le camion s'arrête sur la place. — Tu restes pour la séance ? — Non. — « Pas ce soir », dit-il. Il repart vers le bourg.";
    assert_eq!(
        paragraphs(t),
        [
            "Le camion s'arrête sur la place.",
            "— Tu restes pour la séance ?",
            "— Non.",
            "— « Pas ce soir », dit-il.",
            "Il repart vers le bourg."
        ]
    );
    // A reply goes on while its sentences speak in the first person.
    let t = "Elle ouvre le portail. – Vous écrirez ce que vous voudrez. Moi, je n'ai plus à juger. J'ai assez donné. Elle referme la porte.";
    assert_eq!(
        paragraphs(t),
        [
            "Elle ouvre le portail.",
            "– Vous écrirez ce que vous voudrez. Moi, je n'ai plus à juger. J'ai assez donné.",
            "Elle referme la porte."
        ]
    );
    // A dash inside a sentence, or before a lower-case word, is an incise.
    for t in [
        "Le maire – qui briguait un troisième mandat – a renoncé. Il s'en explique.",
        "Le vote est acquis. – sauf surprise, dit un élu.",
        "Elle est partie à 8 h – Lyon, Dijon, puis Paris.",
        "« Le gouvernement ne tient qu'à un fil. On s'en souviendra. » — Paul Roux (@PaulRoux) 24 novembre 2026",
    ] {
        assert_eq!(paragraphs(t), [t], "{t}");
    }
}

#[test]
fn a_subheading_before_an_interrogative() {
    let t = "Le trafic reprendra lundi. Ce que l'on ignore encore Quelle est la cause de l'accident ? L'enquête le dira.";
    assert_eq!(
        sentences(t),
        [
            "Le trafic reprendra lundi.",
            "Ce que l'on ignore encore",
            "Quelle est la cause de l'accident ?",
            "L'enquête le dira."
        ]
    );
    let t = "Les chiffres du chômage Combien de demandeurs d'emploi en plus ? Près de 40 000.";
    assert_eq!(
        sentences(t),
        [
            "Les chiffres du chômage",
            "Combien de demandeurs d'emploi en plus ?",
            "Près de 40 000."
        ]
    );
    // A title or a name stays whole.
    let t = "Il a vu le film Quelle époque formidable hier soir.";
    assert_eq!(sentences(t), [t]);
}

#[test]
fn a_byline_ending_on_a_name_before_the_prose() {
    // After a first name and a surname, a capitalised word followed by lower case, or a
    // second name followed by lower case, starts the text (a caption, the lede).
    for (t, byline) in [
        (
            "Par Claire Mornay Supprimer les notes au collège : l'idée revient.",
            "Par Claire Mornay",
        ),
        (
            "Par Louis Berthier Marseille a encore perdu samedi.",
            "Par Louis Berthier",
        ),
        (
            "Par Inès Garnier Anouk Delbeau sur la scène du Zénith, le 2 mai.",
            "Par Inès Garnier",
        ),
        (
            "Par Paul Ravel-Simon La France dépense trop pour sa dette.",
            "Par Paul Ravel-Simon",
        ),
        (
            "Par Sophie Marchal L'Europe a fini par céder.",
            "Par Sophie Marchal",
        ),
        (
            "Par la rédaction Bruxelles a encore frappé.",
            "Par la rédaction",
        ),
    ] {
        assert_eq!(sentences(t)[0], byline, "{t}");
    }
    // Names stay whole: two authors, a particle, a compound name, a date or a role after it.
    for t in [
        "Par Léa Fontanier et Marc Roy",
        "Par Marie Le Goff",
        "Par Jean de La Tour",
        "Par Anne Van Damme",
        "Par Anne Marie Roux le 3 mars 2026",
        "Par Henri Dubois, correspondant à Lyon",
        "Par Jean Pierre Martin avec AFP",
    ] {
        assert_eq!(sentences(t), [t], "{t}");
    }
    let t = "Par Marie Le Goff Le maire a démissionné.";
    assert_eq!(
        sentences(t),
        ["Par Marie Le Goff", "Le maire a démissionné."]
    );
}

#[test]
fn a_rating_and_a_share_line_before_the_text() {
    let t = "On aurait préféré plus court. ★★★★☆ À lire aussi : notre entretien avec la chanteuse";
    assert_eq!(
        paragraphs(t),
        [
            "On aurait préféré plus court.",
            "★★★★☆",
            "À lire aussi : notre entretien avec la chanteuse"
        ]
    );
    let t = "Le concert s'achève sur un rappel. ★★★☆☆ Anouk Delbeau, en tournée jusqu'en mai.";
    assert_eq!(
        paragraphs(t),
        [
            "Le concert s'achève sur un rappel.",
            "★★★☆☆",
            "Anouk Delbeau, en tournée jusqu'en mai."
        ]
    );
    let t = "Par Laure Dumas Facebook Twitter E-mail À Saint-Aubin, la réserve d'eau ne sort pas de terre.";
    assert_eq!(
        sentences(t),
        [
            "Par Laure Dumas Facebook Twitter E-mail",
            "À Saint-Aubin, la réserve d'eau ne sort pas de terre."
        ]
    );
    let t = "Partager : Facebook · WhatsApp · Copier le lien La dune a encore reculé.";
    assert_eq!(
        sentences(t),
        [
            "Partager : Facebook · WhatsApp · Copier le lien",
            "La dune a encore reculé."
        ]
    );
}

#[test]
fn a_date_stamp_after_a_name_and_a_label_before_a_name() {
    let t = "Julie Mareuil | publié le 16/11/2026 à 06h30 Invité dimanche de notre émission, le député a repris ce chiffre.";
    assert_eq!(
        sentences(t),
        [
            "Julie Mareuil | publié le 16/11/2026 à 06h30",
            "Invité dimanche de notre émission, le député a repris ce chiffre."
        ]
    );
    let t = "ÉCONOMIE Analyse Bastien Lafarge La fusion des deux banques a été votée jeudi.";
    assert_eq!(
        sentences(t),
        [
            "ÉCONOMIE",
            "Analyse",
            "Bastien Lafarge",
            "La fusion des deux banques a été votée jeudi."
        ]
    );
    let t = "Tribune Marc Aubry Les élus ont voté.";
    assert_eq!(
        sentences(t),
        ["Tribune", "Marc Aubry", "Les élus ont voté."]
    );
    // A label that goes on with a name stays whole.
    for t in [
        "CHRONIQUE | Le billet de Margot Sauvageon",
        "LE BILLET DU SIFFLET",
        "La chronique de Paul Ravel",
    ] {
        assert_eq!(sentences(t), [t], "{t}");
    }
    // A word that is also a label, inside a sentence, stays.
    let t = "Une analyse Bastien Lafarge a relu le texte.";
    assert_eq!(sentences(t), [t]);
}
