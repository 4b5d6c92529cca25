//! Sentence and paragraph segmentation, case by case, on French news text written for these
//! tests (wire copy, op-eds, interview-heavy reports), plus the seed article when present.

use cadrage::quotes::find_quotes;
use cadrage::segment::{Segmentation, SentenceKind, segment};
use cadrage::span::Span;

fn run(text: &str) -> Segmentation {
    let body = Span::new(0, text.len());
    segment(text, body, &find_quotes(text, body))
}

fn sentences(text: &str) -> Vec<&str> {
    run(text)
        .sentences
        .iter()
        .map(|s| s.span.slice(text))
        .collect()
}

/// One sentence case: a name, the input, and the sentences a careful reader sees.
struct Case {
    name: &'static str,
    text: &'static str,
    want: &'static [&'static str],
}

const CASES: &[Case] = &[
    // Titles and abbreviations.
    Case {
        name: "title M.",
        text: "M. Dupont a été reçu à l'Élysée. Il en est ressorti confiant.",
        want: &[
            "M. Dupont a été reçu à l'Élysée.",
            "Il en est ressorti confiant.",
        ],
    },
    Case {
        name: "titles MM. and Mme",
        text: "MM. Martin et Leroy ont signé l'accord. Mme Petit s'est abstenue.",
        want: &[
            "MM. Martin et Leroy ont signé l'accord.",
            "Mme Petit s'est abstenue.",
        ],
    },
    Case {
        name: "titles with dots",
        text: "Le Dr. Lambert et le Pr. Garnier ont témoigné. Mlle. Rousseau était absente.",
        want: &[
            "Le Dr. Lambert et le Pr. Garnier ont témoigné.",
            "Mlle. Rousseau était absente.",
        ],
    },
    Case {
        name: "Mgr, Me and Ste",
        text: "Mgr. Leclerc a célébré la messe à Ste. Anne. Me. Fabre plaidera jeudi.",
        want: &[
            "Mgr. Leclerc a célébré la messe à Ste. Anne.",
            "Me. Fabre plaidera jeudi.",
        ],
    },
    Case {
        name: "cf. inside parentheses",
        text: "Le rapport (cf. annexe 2) est sévère. La ministre le conteste.",
        want: &[
            "Le rapport (cf. annexe 2) est sévère.",
            "La ministre le conteste.",
        ],
    },
    Case {
        name: "page references",
        text: "Voir l'étude p. 12 et pp. 40-45. Les auteurs y détaillent leur méthode.",
        want: &[
            "Voir l'étude p. 12 et pp. 40-45.",
            "Les auteurs y détaillent leur méthode.",
        ],
    },
    Case {
        name: "article of law",
        text: "Le gouvernement invoque l'art. 49 de la Constitution. L'opposition dénonce un passage en force.",
        want: &[
            "Le gouvernement invoque l'art. 49 de la Constitution.",
            "L'opposition dénonce un passage en force.",
        ],
    },
    Case {
        name: "art as a plain word",
        text: "C'est du grand art. Le public a applaudi debout.",
        want: &["C'est du grand art.", "Le public a applaudi debout."],
    },
    Case {
        name: "vol before a roman numeral, vol as a noun",
        text: "Il cite le vol. IV des mémoires. Il a été condamné pour vol. Le procès aura lieu en juin.",
        want: &[
            "Il cite le vol. IV des mémoires.",
            "Il a été condamné pour vol.",
            "Le procès aura lieu en juin.",
        ],
    },
    Case {
        name: "etc. before a capital ends the sentence",
        text: "On y vend des fruits, des légumes, du fromage, etc. Les prix ont doublé en un an.",
        want: &[
            "On y vend des fruits, des légumes, du fromage, etc.",
            "Les prix ont doublé en un an.",
        ],
    },
    Case {
        name: "etc. before lower case does not",
        text: "Les fruits, les légumes, etc. sont vendus sur place.",
        want: &["Les fruits, les légumes, etc. sont vendus sur place."],
    },
    Case {
        name: "n° and decree numbers",
        text: "Le décret n° 2024-112 a été publié au Journal officiel. Il entre en vigueur lundi.",
        want: &[
            "Le décret n° 2024-112 a été publié au Journal officiel.",
            "Il entre en vigueur lundi.",
        ],
    },
    Case {
        name: "av. J.-C. and hab.",
        text: "La cité a été fondée vers 600 av. J.-C. Elle compte aujourd'hui 12 000 hab. Le maire veut en attirer davantage.",
        want: &[
            "La cité a été fondée vers 600 av. J.-C.",
            "Elle compte aujourd'hui 12 000 hab.",
            "Le maire veut en attirer davantage.",
        ],
    },
    Case {
        name: "apr. J.-C.",
        text: "Le temple date du IIe siècle apr. J.-C. Les fouilles reprendront en mai.",
        want: &[
            "Le temple date du IIe siècle apr. J.-C.",
            "Les fouilles reprendront en mai.",
        ],
    },
    Case {
        name: "et al. and vol.",
        text: "Selon Martin et al. (2021), la tendance s'inverse. Le vol. 3 paraîtra en mars.",
        want: &[
            "Selon Martin et al. (2021), la tendance s'inverse.",
            "Le vol. 3 paraîtra en mars.",
        ],
    },
    Case {
        name: "éd. before a closing parenthesis",
        text: "Le livre (Gallimard, 2e éd.) vient de paraître. Il fait déjà polémique.",
        want: &[
            "Le livre (Gallimard, 2e éd.) vient de paraître.",
            "Il fait déjà polémique.",
        ],
    },
    Case {
        name: "env., max. and min.",
        text: "La marche a réuni env. 3 000 personnes. Il fera 35 degrés max. Le cortège a mis 40 min. pour arriver.",
        want: &[
            "La marche a réuni env. 3 000 personnes.",
            "Il fera 35 degrés max.",
            "Le cortège a mis 40 min. pour arriver.",
        ],
    },
    Case {
        name: "Inc. and Ltd. at the end of a sentence",
        text: "Le contrat a été signé avec Acme Inc. La société britannique Norlane Ltd. conteste la procédure.",
        want: &[
            "Le contrat a été signé avec Acme Inc.",
            "La société britannique Norlane Ltd. conteste la procédure.",
        ],
    },
    Case {
        name: "Mmes, chap. and ex.",
        text: "Mmes Roux et Blanc citent le chap. 4 du rapport, par ex. Le Havre et Caen. La préfecture répond ce soir.",
        want: &[
            "Mmes Roux et Blanc citent le chap. 4 du rapport, par ex. Le Havre et Caen.",
            "La préfecture répond ce soir.",
        ],
    },
    Case {
        name: "Cie. ending a sentence",
        text: "Le marché a été attribué à Durand et Cie. Les concurrents ont déposé un recours.",
        want: &[
            "Le marché a été attribué à Durand et Cie.",
            "Les concurrents ont déposé un recours.",
        ],
    },
    // Initials and acronyms.
    Case {
        name: "hyphenated initials",
        text: "J.-C. Delmas a présidé la Commission. Il a quitté ses fonctions en 2019.",
        want: &[
            "J.-C. Delmas a présidé la Commission.",
            "Il a quitté ses fonctions en 2019.",
        ],
    },
    Case {
        name: "single initial",
        text: "Selon P. Moreau, l'accord tient toujours. Le Kremlin n'a pas commenté.",
        want: &[
            "Selon P. Moreau, l'accord tient toujours.",
            "Le Kremlin n'a pas commenté.",
        ],
    },
    Case {
        name: "several initials",
        text: "J. R. R. Tolkien reste l'auteur le plus vendu de la maison. Ses héritiers négocient.",
        want: &[
            "J. R. R. Tolkien reste l'auteur le plus vendu de la maison.",
            "Ses héritiers négocient.",
        ],
    },
    Case {
        name: "dotted acronyms",
        text: "Les U.S.A. et l'O.N.U. ont condamné l'attaque. Moscou dénonce une ingérence.",
        want: &[
            "Les U.S.A. et l'O.N.U. ont condamné l'attaque.",
            "Moscou dénonce une ingérence.",
        ],
    },
    Case {
        name: "dotted acronym at the end of a sentence",
        text: "Le sommet s'est tenu au siège de l'O.N.U. Les délégations sont reparties hier.",
        want: &[
            "Le sommet s'est tenu au siège de l'O.N.U.",
            "Les délégations sont reparties hier.",
        ],
    },
    Case {
        name: "a capital letter ending a sentence",
        text: "Le ministre n'a pas de plan B. Le gouvernement improvise.",
        want: &[
            "Le ministre n'a pas de plan B.",
            "Le gouvernement improvise.",
        ],
    },
    Case {
        name: "initials before a surname particle",
        text: "J.-M. Le Goff a réagi dans un communiqué. Il dénonce une cabale.",
        want: &[
            "J.-M. Le Goff a réagi dans un communiqué.",
            "Il dénonce une cabale.",
        ],
    },
    // Numbers.
    Case {
        name: "percentages with a decimal comma",
        text: "L'inflation a atteint 3,5 % en mars. Elle reculait encore en février.",
        want: &[
            "L'inflation a atteint 3,5 % en mars.",
            "Elle reculait encore en février.",
        ],
    },
    Case {
        name: "thousands and decimals with dots",
        text: "Le stade compte 1.000 places et la pelouse mesure 12.5 m de large. Les travaux dureront un an.",
        want: &[
            "Le stade compte 1.000 places et la pelouse mesure 12.5 m de large.",
            "Les travaux dureront un an.",
        ],
    },
    Case {
        name: "ordinals",
        text: "Il est né le 1er mai 1950. Le 2e tour aura lieu dimanche.",
        want: &[
            "Il est né le 1er mai 1950.",
            "Le 2e tour aura lieu dimanche.",
        ],
    },
    Case {
        name: "century abbreviation before lower case",
        text: "Le château date du XIXe s. et a été restauré en 2010.",
        want: &["Le château date du XIXe s. et a été restauré en 2010."],
    },
    Case {
        name: "times and dotted dates",
        text: "La séance a repris à 10 h 30. Elle a été suspendue à 14h30. Le vote a eu lieu le 12.03.2024 dans la soirée.",
        want: &[
            "La séance a repris à 10 h 30.",
            "Elle a été suspendue à 14h30.",
            "Le vote a eu lieu le 12.03.2024 dans la soirée.",
        ],
    },
    Case {
        name: "a sentence opening with a number",
        text: "Le parti a obtenu 12,4 % des voix. 150 élus siégeront à l'Assemblée.",
        want: &[
            "Le parti a obtenu 12,4 % des voix.",
            "150 élus siégeront à l'Assemblée.",
        ],
    },
    Case {
        name: "an hour abbreviation ending a sentence",
        text: "Il était 3 h. Le train n'est jamais arrivé.",
        want: &["Il était 3 h.", "Le train n'est jamais arrivé."],
    },
    Case {
        name: "numbered items inside a paragraph",
        text: "Le décret entre en vigueur lundi. 1. Les loyers sont gelés. 2. Les aides sont maintenues. II. La riposte s'organise.",
        want: &[
            "Le décret entre en vigueur lundi.",
            "1. Les loyers sont gelés.",
            "2. Les aides sont maintenues.",
            "II. La riposte s'organise.",
        ],
    },
    // Ellipses, ?!, !!.
    Case {
        name: "ellipsis before a capital",
        text: "Le ministre hésite… Puis il se tait.",
        want: &["Le ministre hésite…", "Puis il se tait."],
    },
    Case {
        name: "three dots before lower case",
        text: "Il y avait du monde... beaucoup de monde. La salle était comble.",
        want: &[
            "Il y avait du monde... beaucoup de monde.",
            "La salle était comble.",
        ],
    },
    Case {
        name: "cut in a quotation",
        text: "« Nous verrons (…) ce que dira le juge », a-t-il glissé. Rien n'est joué [...] Le verdict tombera lundi.",
        want: &[
            "« Nous verrons (…) ce que dira le juge », a-t-il glissé.",
            "Rien n'est joué [...] Le verdict tombera lundi.",
        ],
    },
    Case {
        name: "?! and !!",
        text: "Vraiment ?! Le gouvernement recule encore. Quelle honte !! Les élus se taisent.",
        want: &[
            "Vraiment ?!",
            "Le gouvernement recule encore.",
            "Quelle honte !!",
            "Les élus se taisent.",
        ],
    },
    Case {
        name: "!? and a question glued to a guillemet before lower case",
        text: "Encore une hausse !? Les usagers s'indignent. « Et nous ?» s'écrie une passagère.",
        want: &[
            "Encore une hausse !?",
            "Les usagers s'indignent.",
            "« Et nous ?» s'écrie une passagère.",
        ],
    },
    Case {
        name: "a question followed by lower case",
        text: "Qui paiera ? se demandent les contribuables.",
        want: &["Qui paiera ? se demandent les contribuables."],
    },
    Case {
        name: "comments in parentheses",
        text: "Il a gagné (!) la primaire. Le parti (?) s'en félicite.",
        want: &["Il a gagné (!) la primaire.", "Le parti (?) s'en félicite."],
    },
    // Emphasis marks of scraped or Markdown text.
    Case {
        name: "bold question of an interview keeps its closing marks",
        text: "**Les accusations sont-elles crédibles ?**\n\nPersonne n'a vu les preuves.",
        want: &[
            "**Les accusations sont-elles crédibles ?**",
            "Personne n'a vu les preuves.",
        ],
    },
    Case {
        name: "italic sentence keeps its closing mark",
        text: "_Le vote aura lieu mardi._ Le texte sera ensuite transmis au Sénat.",
        want: &[
            "_Le vote aura lieu mardi._",
            "Le texte sera ensuite transmis au Sénat.",
        ],
    },
    // Quotations.
    Case {
        name: "question in a quotation with its attribution",
        text: "« Pourquoi ? » a-t-il demandé. Personne n'a répondu.",
        want: &["« Pourquoi ? » a-t-il demandé.", "Personne n'a répondu."],
    },
    Case {
        name: "several sentences then a comma and the attribution",
        text: "« Nous partirons. Rien ne nous retiendra », a-t-il dit. La salle s'est vidée.",
        want: &[
            "« Nous partirons. Rien ne nous retiendra », a-t-il dit.",
            "La salle s'est vidée.",
        ],
    },
    Case {
        name: "several sentences then the attribution without a comma",
        text: "« Le calme est revenu. La route est rouverte » a ajouté le préfet.",
        want: &["« Le calme est revenu. La route est rouverte » a ajouté le préfet."],
    },
    Case {
        name: "several questions then the attribution",
        text: "« Faut-il partir ? Faut-il rester ? », s'interroge l'éditorialiste.",
        want: &["« Faut-il partir ? Faut-il rester ? », s'interroge l'éditorialiste."],
    },
    Case {
        name: "full stop after the closing guillemet",
        text: "Il a répondu « non ». Puis il est parti.",
        want: &["Il a répondu « non ».", "Puis il est parti."],
    },
    Case {
        name: "full stop before the closing guillemet, no space",
        text: "« C'est fini.» Le rideau tombe.",
        want: &["« C'est fini.»", "Le rideau tombe."],
    },
    Case {
        name: "question mark glued to the guillemet",
        text: "« Et maintenant ?» Le débat reste ouvert.",
        want: &["« Et maintenant ?»", "Le débat reste ouvert."],
    },
    Case {
        name: "short quotation after a colon stays in its sentence",
        text: "La porte-parole a déclaré : « Nous ne céderons pas. Le texte sera voté. » L'opposition fulmine.",
        want: &[
            "La porte-parole a déclaré : « Nous ne céderons pas. Le texte sera voté. »",
            "L'opposition fulmine.",
        ],
    },
    Case {
        name: "a question in an introduced quotation",
        text: "Il a demandé : « Et après ? » Personne n'a répondu.",
        want: &["Il a demandé : « Et après ? »", "Personne n'a répondu."],
    },
    Case {
        name: "quotation standing alone is split into its sentences",
        text: "« Nous ne céderons rien. La réforme ira à son terme. »",
        want: &["« Nous ne céderons rien.", "La réforme ira à son terme. »"],
    },
    Case {
        name: "scare quotes",
        text: "Le gouvernement parle d'une « pause ». Les syndicats y voient un recul.",
        want: &[
            "Le gouvernement parle d'une « pause ».",
            "Les syndicats y voient un recul.",
        ],
    },
    Case {
        name: "nested quotation",
        text: "« Il m'a dit : “ Partez. Tout de suite. ” Alors je suis parti », raconte le témoin.",
        want: &[
            "« Il m'a dit : “ Partez. Tout de suite. ” Alors je suis parti », raconte le témoin.",
        ],
    },
    Case {
        name: "curly quotation with attribution",
        text: "“Nous avons gagné. Le peuple a parlé”, a lancé le candidat. La foule a applaudi.",
        want: &[
            "“Nous avons gagné. Le peuple a parlé”, a lancé le candidat.",
            "La foule a applaudi.",
        ],
    },
    Case {
        name: "straight quotation with attribution",
        text: "\"Nous avons gagné. Le peuple a parlé\", a lancé le candidat. La foule a applaudi.",
        want: &[
            "\"Nous avons gagné. Le peuple a parlé\", a lancé le candidat.",
            "La foule a applaudi.",
        ],
    },
    Case {
        name: "guillemet closed by a straight quote",
        text: "« Nous avons perdu. Le combat continue\", a reconnu la candidate.",
        want: &["« Nous avons perdu. Le combat continue\", a reconnu la candidate."],
    },
    Case {
        name: "unclosed quotation does not swallow the paragraph",
        text: "« Nous reviendrons, a promis le maire. La foule s'est dispersée.",
        want: &[
            "« Nous reviendrons, a promis le maire.",
            "La foule s'est dispersée.",
        ],
    },
    Case {
        name: "quotation followed by a colon",
        text: "« Jamais ! » : c'est la réponse du ministre.",
        want: &["« Jamais ! » : c'est la réponse du ministre."],
    },
    Case {
        name: "comment in parentheses inside scare quotes",
        text: "Le communiqué vante les « effets positifs (sic !) » de la réforme. Les chiffres disent l'inverse.",
        want: &[
            "Le communiqué vante les « effets positifs (sic !) » de la réforme.",
            "Les chiffres disent l'inverse.",
        ],
    },
    Case {
        name: "two quotations with inverted attributions",
        text: "« C'est un scandale », s'insurge-t-elle. « Nous irons en justice. »",
        want: &[
            "« C'est un scandale », s'insurge-t-elle.",
            "« Nous irons en justice. »",
        ],
    },
    Case {
        name: "narrative infinitive with a quotation",
        text: "Et de conclure : « tout cela finira mal ». Le ministre a quitté la salle.",
        want: &[
            "Et de conclure : « tout cela finira mal ».",
            "Le ministre a quitté la salle.",
        ],
    },
    // Headlines and capitals.
    Case {
        name: "headline line",
        text: "Une rentrée sous tension\nLes enseignants sont en grève depuis lundi.",
        want: &[
            "Une rentrée sous tension",
            "Les enseignants sont en grève depuis lundi.",
        ],
    },
    Case {
        name: "headline in capitals",
        text: "LA RÉFORME ADOPTÉE AU FORCEPS\nLe texte a été voté à une voix près.",
        want: &[
            "LA RÉFORME ADOPTÉE AU FORCEPS",
            "Le texte a été voté à une voix près.",
        ],
    },
    Case {
        name: "sentences in capitals",
        text: "URGENT. LE PRÉSIDENT A DÉMISSIONNÉ. M. DURAND ASSURE L'INTÉRIM.",
        want: &[
            "URGENT.",
            "LE PRÉSIDENT A DÉMISSIONNÉ.",
            "M. DURAND ASSURE L'INTÉRIM.",
        ],
    },
    Case {
        name: "byline",
        text: "Par Claire Fontaine, à Dakar\nLe sommet s'est ouvert lundi.",
        want: &[
            "Par Claire Fontaine, à Dakar",
            "Le sommet s'est ouvert lundi.",
        ],
    },
    // URLs, e-mail addresses, file and domain names, versions.
    Case {
        name: "URL with dots and a question mark",
        text: "Le rapport est en ligne sur https://exemple.fr/a.b?c=d. Il compte 300 pages.",
        want: &[
            "Le rapport est en ligne sur https://exemple.fr/a.b?c=d.",
            "Il compte 300 pages.",
        ],
    },
    Case {
        name: "e-mail address",
        text: "Écrivez à prenom.nom@exemple.fr pour témoigner. La rédaction vous répondra.",
        want: &[
            "Écrivez à prenom.nom@exemple.fr pour témoigner.",
            "La rédaction vous répondra.",
        ],
    },
    Case {
        name: "e-mail address with capitals",
        text: "Contact : Claire.Fontaine@Exemple.fr. La rédaction vous répondra.",
        want: &[
            "Contact : Claire.Fontaine@Exemple.fr.",
            "La rédaction vous répondra.",
        ],
    },
    Case {
        name: "domain and file names",
        text: "Les sites lemonde.fr et Le Monde.fr ont été piratés. Le fichier rapport_final.PDF a fuité.",
        want: &[
            "Les sites lemonde.fr et Le Monde.fr ont été piratés.",
            "Le fichier rapport_final.PDF a fuité.",
        ],
    },
    Case {
        name: "version numbers",
        text: "La version 2.3.1 corrige la faille. Elle est disponible depuis mardi.",
        want: &[
            "La version 2.3.1 corrige la faille.",
            "Elle est disponible depuis mardi.",
        ],
    },
    // Parentheses.
    Case {
        name: "full stop inside parentheses, capital after",
        text: "Le chiffre est contesté (voir p. 3.) Les auteurs maintiennent leurs calculs.",
        want: &[
            "Le chiffre est contesté (voir p. 3.)",
            "Les auteurs maintiennent leurs calculs.",
        ],
    },
    Case {
        name: "full stop inside parentheses, sentence goes on",
        text: "Le chiffre est contesté (voir p. 3.) et les auteurs maintiennent leurs calculs.",
        want: &["Le chiffre est contesté (voir p. 3.) et les auteurs maintiennent leurs calculs."],
    },
    Case {
        name: "a sentence in parentheses",
        text: "Il est parti. (Il reviendra demain.) Son équipe attend.",
        want: &[
            "Il est parti.",
            "(Il reviendra demain.)",
            "Son équipe attend.",
        ],
    },
    // Scraped text.
    Case {
        name: "missing space after a year",
        text: "Le déficit a atteint 5 % en 2023.Le ministre promet un redressement.",
        want: &[
            "Le déficit a atteint 5 % en 2023.",
            "Le ministre promet un redressement.",
        ],
    },
    Case {
        name: "missing space after a word",
        text: "Le texte a été adopté.Les députés de l'opposition ont quitté l'hémicycle.",
        want: &[
            "Le texte a été adopté.",
            "Les députés de l'opposition ont quitté l'hémicycle.",
        ],
    },
    Case {
        name: "missing space after a question mark",
        text: "Et maintenant?Personne ne sait.",
        want: &["Et maintenant?", "Personne ne sait."],
    },
    Case {
        name: "CRLF line ends",
        text: "Le vote est prévu mardi.\r\nLes débats seront longs.\r\n",
        want: &["Le vote est prévu mardi.", "Les débats seront longs."],
    },
    Case {
        name: "no-break spaces before ? and !",
        text: "Pourquoi\u{a0}? Personne ne le sait\u{202f}!  Le\tflou demeure.",
        want: &[
            "Pourquoi\u{a0}?",
            "Personne ne le sait\u{202f}!",
            "Le\tflou demeure.",
        ],
    },
    Case {
        name: "no-break spaces inside guillemets",
        text: "«\u{a0}Nous verrons bien.\u{a0}»,\u{a0}a-t-il dit.   Puis il est sorti.",
        want: &[
            "«\u{a0}Nous verrons bien.\u{a0}»,\u{a0}a-t-il dit.",
            "Puis il est sorti.",
        ],
    },
    Case {
        name: "stray newline inside a sentence",
        text: "Le gouvernement a annoncé\nune baisse d'impôts. Les économistes doutent.",
        want: &[
            "Le gouvernement a annoncé\nune baisse d'impôts.",
            "Les économistes doutent.",
        ],
    },
    Case {
        name: "leading and trailing whitespace",
        text: " \u{a0}\n\tLe conseil se réunit. \u{202f}\n\n",
        want: &["Le conseil se réunit."],
    },
    // Lists and dialogue.
    Case {
        name: "list items",
        text: "Les revendications :\n- hausse des salaires ;\n- gel des loyers.\n1. Premier point. Il est urgent.\n2) Second point",
        want: &[
            "Les revendications :",
            "- hausse des salaires ;",
            "- gel des loyers.",
            "1. Premier point.",
            "Il est urgent.",
            "2) Second point",
        ],
    },
    Case {
        name: "dialogue turns",
        text: "— Pourquoi partez-vous ?\n— Parce que rien ne change. Je suis épuisé.",
        want: &[
            "— Pourquoi partez-vous ?",
            "— Parce que rien ne change.",
            "Je suis épuisé.",
        ],
    },
    Case {
        name: "quotation continued over two paragraphs",
        text: "« Nous avons tout essayé. Rien n'a marché.\n« Il faut maintenant changer de méthode. Sinon tout s'arrête », a conclu le maire.",
        want: &[
            "« Nous avons tout essayé.",
            "Rien n'a marché.",
            "« Il faut maintenant changer de méthode. Sinon tout s'arrête », a conclu le maire.",
        ],
    },
    Case {
        name: "hard-wrapped paragraph",
        text: "Le gouvernement a présenté mercredi un projet de loi qui prévoit\nune hausse des crédits pour la défense. Selon le ministre des\nArmées, le texte sera examiné au Parlement avant la fin de\nl'année. Les syndicats dénoncent une enveloppe prélevée sur\nles services publics.\n",
        want: &[
            "Le gouvernement a présenté mercredi un projet de loi qui prévoit\nune hausse des crédits pour la défense.",
            "Selon le ministre des\nArmées, le texte sera examiné au Parlement avant la fin de\nl'année.",
            "Les syndicats dénoncent une enveloppe prélevée sur\nles services publics.",
        ],
    },
];

#[test]
fn sentence_cases() {
    assert!(CASES.len() >= 60, "only {} cases", CASES.len());
    let mut failures = Vec::new();
    for case in CASES {
        let got = sentences(case.text);
        if got != case.want {
            failures.push(format!(
                "{}:\n  want {:?}\n  got  {:?}",
                case.name, case.want, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn long_introduced_quotation_is_split_into_its_sentences() {
    let sentence = "Nous avons consulté les maires, les syndicats et les associations pendant des mois entiers.";
    let quote: Vec<&str> = std::iter::repeat_n(sentence, 6).collect();
    let text = format!(
        "La ministre a déclaré : « {} » La séance a été levée.",
        quote.join(" ")
    );
    let got = sentences(&text);
    assert_eq!(got.len(), 7, "{got:#?}");
    assert!(got[0].starts_with("La ministre a déclaré : « Nous avons"));
    assert!(got[5].ends_with("entiers. »"));
    assert_eq!(got[6], "La séance a été levée.");
}

#[test]
fn long_quotation_with_attribution_stays_one_sentence() {
    let sentence =
        "Nous avons consulté les maires, les syndicats et les associations pendant des mois.";
    let quote: Vec<&str> = std::iter::repeat_n(sentence, 12).collect();
    let text = format!(
        "« {} », a assuré la ministre. La séance a été levée.",
        quote.join(" ")
    );
    let got = sentences(&text);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert!(got[0].ends_with("», a assuré la ministre."));
}

#[test]
fn kinds() {
    let text = "Grève dans l'éducation\nLes enseignants réclament :\n• des postes ;\n* des classes ;\n2) des moyens.\n— Vous continuerez ?\n— Oui. Jusqu'au bout.\nLe ministre ne répond pas";
    let seg = run(text);
    let got: Vec<(&str, SentenceKind)> = seg
        .sentences
        .iter()
        .map(|s| (s.span.slice(text), s.kind))
        .collect();
    use SentenceKind::*;
    assert_eq!(
        got,
        [
            ("Grève dans l'éducation", Heading),
            ("Les enseignants réclament :", Text),
            ("• des postes ;", ListItem),
            ("* des classes ;", ListItem),
            ("2) des moyens.", ListItem),
            ("— Vous continuerez ?", Text),
            ("— Oui.", Text),
            ("Jusqu'au bout.", Text),
            ("Le ministre ne répond pas", Heading),
        ]
    );
}

#[test]
fn long_unpunctuated_line_is_text_not_a_heading() {
    let line =
        "le texte dont la ponctuation finale a disparu au moment de la mise en ligne ".repeat(3);
    let seg = run(line.trim());
    assert_eq!(seg.sentences.len(), 1);
    assert_eq!(seg.sentences[0].kind, SentenceKind::Text);
}

/// One paragraph case: the input and its paragraphs.
struct ParagraphCase {
    name: &'static str,
    text: &'static str,
    want: &'static [&'static str],
}

const PARAGRAPH_CASES: &[ParagraphCase] = &[
    ParagraphCase {
        name: "one paragraph per line",
        text: "Titre de l'article\nPremier paragraphe. Deux phrases.\nSecond paragraphe.\n",
        want: &[
            "Titre de l'article",
            "Premier paragraphe. Deux phrases.",
            "Second paragraphe.",
        ],
    },
    ParagraphCase {
        name: "blank lines between paragraphs",
        text: "Premier paragraphe.\n\nSecond paragraphe.\n\n\nTroisième.",
        want: &["Premier paragraphe.", "Second paragraphe.", "Troisième."],
    },
    ParagraphCase {
        name: "CRLF and whitespace-only lines",
        text: "Premier paragraphe.\r\n \u{a0}\t\r\nSecond paragraphe.\r\n",
        want: &["Premier paragraphe.", "Second paragraphe."],
    },
    ParagraphCase {
        name: "stray newline in a sentence",
        text: "Le préfet a ordonné\nl'évacuation du quartier.\nLes habitants protestent.",
        want: &[
            "Le préfet a ordonné\nl'évacuation du quartier.",
            "Les habitants protestent.",
        ],
    },
    ParagraphCase {
        name: "colon then a quotation on the next line",
        text: "Le préfet a prévenu :\n« Personne ne rentrera ce soir. »\nLes habitants protestent.",
        want: &[
            "Le préfet a prévenu :\n« Personne ne rentrera ce soir. »",
            "Les habitants protestent.",
        ],
    },
    ParagraphCase {
        name: "hard-wrapped paragraphs with blank lines",
        text: "Le conseil municipal a adopté lundi soir un budget en forte hausse,\nporté par les investissements dans les écoles et les transports. La\nmajorité salue un effort inédit depuis dix ans.\n\nL'opposition dénonce au contraire une fuite en avant et réclame un\naudit des comptes avant la fin de l'année, faute de quoi elle saisira\nla chambre régionale.\n",
        want: &[
            "Le conseil municipal a adopté lundi soir un budget en forte hausse,\nporté par les investissements dans les écoles et les transports. La\nmajorité salue un effort inédit depuis dix ans.",
            "L'opposition dénonce au contraire une fuite en avant et réclame un\naudit des comptes avant la fin de l'année, faute de quoi elle saisira\nla chambre régionale.",
        ],
    },
    ParagraphCase {
        name: "hard-wrapped paragraphs with indented first lines",
        text: "    Le conseil municipal a adopté lundi soir un budget en forte hausse,\nporté par les investissements dans les écoles et les transports. La\nmajorité salue un effort inédit depuis dix ans.\n    L'opposition dénonce au contraire une fuite en avant et réclame un\naudit des comptes avant la fin de l'année, faute de quoi elle saisira la\nchambre régionale.\n",
        want: &[
            "Le conseil municipal a adopté lundi soir un budget en forte hausse,\nporté par les investissements dans les écoles et les transports. La\nmajorité salue un effort inédit depuis dix ans.",
            "L'opposition dénonce au contraire une fuite en avant et réclame un\naudit des comptes avant la fin de l'année, faute de quoi elle saisira la\nchambre régionale.",
        ],
    },
    ParagraphCase {
        name: "list items are paragraphs, wrapped items continue",
        text: "Le plan prévoit :\n- une hausse des salaires de 3 % pour\n  les agents de catégorie C ;\n- un gel des loyers.\n",
        want: &[
            "Le plan prévoit :",
            "- une hausse des salaires de 3 % pour\n  les agents de catégorie C ;",
            "- un gel des loyers.",
        ],
    },
    ParagraphCase {
        name: "heading between paragraphs",
        text: "Le sommet s'est ouvert lundi à Dakar.\nDes divergences persistantes\nLes délégations ne s'entendent pas sur le financement.",
        want: &[
            "Le sommet s'est ouvert lundi à Dakar.",
            "Des divergences persistantes",
            "Les délégations ne s'entendent pas sur le financement.",
        ],
    },
    ParagraphCase {
        name: "empty and blank bodies",
        text: " \n\u{a0}\r\n\t",
        want: &[],
    },
];

#[test]
fn paragraph_cases() {
    let mut failures = Vec::new();
    for case in PARAGRAPH_CASES {
        let seg = run(case.text);
        let got: Vec<&str> = seg
            .paragraphs
            .iter()
            .map(|p| p.span.slice(case.text))
            .collect();
        if got != case.want {
            failures.push(format!(
                "{}:\n  want {:?}\n  got  {:?}",
                case.name, case.want, got
            ));
        }
        for s in &seg.sentences {
            assert!(
                seg.paragraphs[s.paragraph].span.contains(s.span),
                "{}",
                case.name
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The seed article, read as ANNOTATED.md reads it: 15 sentences, the subheading alone.
#[test]
fn seed_article_has_the_fifteen_annotated_sentences() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/seed/000_b068f2c88b69a764.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        println!("note: seed article not found at {path}; skipped");
        return;
    };
    // Each annotated sentence by its opening words and closing words.
    let annotated: [(&str, &str); 15] = [
        ("Dans le cadre d’une série", "la délégation russe."),
        (
            "Le ministre des affaires étrangères",
            "dans tous les domaines.",
        ),
        (
            "La partie malienne a à son tour",
            "de la sécurité régionale.",
        ),
        (
            "La nouvelle de la fin de l’opération",
            "très actifs dans le Nord du pays.",
        ),
        (
            "« La nouvelle situation née",
            "l’Assemblée générale de l’ONU.",
        ),
        (
            "En outre, le premier ministre",
            "l’ONU et le gouvernement malien.",
        ),
        (
            "Le chef de la diplomatie russe",
            "a Kidal, dans le Nord du pays.",
        ),
        (
            "Il a souligné que le gouvernement",
            "car le pays est indépendant.",
        ),
        (
            "« Au niveau gouvernemental",
            "d’équipements militaires techniques.",
        ),
        (
            "Et d’estimer : « ce serait mieux",
            "du Sahel et du Sahara ».",
        ),
        (
            "Paris n’est pas prêt à partager",
            "Paris n’est pas prêt à partager",
        ),
        (
            "Les déclarations sur la signature",
            ") contrôlée depuis Paris.",
        ),
        ("D’une seule voix", "sans donner de raisons précises."),
        ("Donc, Paris veut montrer", "le patron de la région."),
        ("Le fait est que le pays", "de la part de la France ?"),
    ];
    let seg = run(&text);
    let got: Vec<&str> = seg.sentences.iter().map(|s| s.span.slice(&text)).collect();
    assert_eq!(got.len(), 15, "{got:#?}");
    let mut from = 0;
    for (i, ((head, tail), s)) in annotated.iter().zip(&seg.sentences).enumerate() {
        let start = from
            + text[from..]
                .find(head)
                .expect("annotated start is in the seed");
        let end = start
            + text[start..]
                .find(tail)
                .expect("annotated end is in the seed")
            + tail.len();
        assert_eq!(
            s.span,
            Span::new(start, end),
            "sentence {}: {:?}",
            i + 1,
            got[i]
        );
        from = end;
    }
    let kinds: Vec<SentenceKind> = seg.sentences.iter().map(|s| s.kind).collect();
    assert_eq!(kinds[10], SentenceKind::Heading);
    assert!(
        kinds
            .iter()
            .enumerate()
            .all(|(i, k)| i == 10 || *k == SentenceKind::Text)
    );
}

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/segment/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Whole articles in three genres: wire copy with one paragraph per line, an interview with
/// dialogue dashes and blank lines, an op-ed hard-wrapped at 72 columns.
#[test]
fn fixture_articles() {
    use SentenceKind::{Heading, Text};
    let fixtures: &[(&str, &[(SentenceKind, &str)])] = &[
        (
            "depeche.txt",
            &[
                (
                    Heading,
                    "Retraites : le gouvernement maintient le calendrier",
                ),
                (
                    Text,
                    "PARIS, 14 mars (AFP) - Le gouvernement a confirmé mardi que le projet de réforme des retraites serait présenté en Conseil des ministres le 23 mars, malgré l'appel à la grève lancé par l'intersyndicale.",
                ),
                (
                    Text,
                    "« Le calendrier ne bougera pas. Nous l'avons dit et répété », a déclaré la porte-parole, Mme Claire Vasseur, à l'issue du Conseil.",
                ),
                (
                    Text,
                    "Selon un sondage publié lundi, 62 % des Français s'opposent au report de l'âge légal.",
                ),
                (
                    Text,
                    "M. Durand, secrétaire général de la CFDT, a dénoncé « une méthode brutale » et appelé à « amplifier la mobilisation ».",
                ),
                (
                    Text,
                    "Les syndicats prévoient env. 250 rassemblements dans tout le pays (cf. carte p. 4).",
                ),
                (
                    Text,
                    "Le texte prévoit notamment un relèvement progressif de l'âge de départ, de 62 à 64 ans, à raison de trois mois par an à partir du 1er septembre.",
                ),
                (
                    Text,
                    "Le ministre du Travail a assuré que les carrières longues seraient « protégées ».",
                ),
                (
                    Text,
                    "Les détails du dispositif seront publiés sur https://www.exemple.gouv.fr/retraites.html dans la soirée.",
                ),
                (
                    Text,
                    "« Pourquoi ce passage en force ? » s'est interrogé un député de l'opposition dans l'hémicycle.",
                ),
                (
                    Text,
                    "La Première ministre lui a répondu que le dialogue « n'avait jamais cessé »... sans convaincre ses adversaires.",
                ),
            ],
        ),
        (
            "entretien.txt",
            &[
                (Heading, "« Nous ne sommes pas les ennemis de la police »"),
                (
                    Text,
                    "Présidente d'une association de riverains de la cité des Tilleuls, à Villeneuve, Samia Benali réagit aux affrontements de ce week-end.",
                ),
                (Text, "Entretien."),
                (Text, "— Que s'est-il passé samedi soir ?"),
                (Text, "— Une interpellation a mal tourné."),
                (
                    Text,
                    "Des jeunes se sont rassemblés, il y a eu des jets de pierres, puis des tirs de grenades lacrymogènes.",
                ),
                (Text, "Personne n'a compris ce qui arrivait..."),
                (Text, "— Le maire parle d'« émeutes »."),
                (Text, "Vous reprenez ce mot ?"),
                (Text, "— Non !"),
                (Text, "Il y a eu des violences, je ne les excuse pas."),
                (
                    Text,
                    "Mais parler d'émeutes, c'est stigmatiser tout un quartier.",
                ),
                (
                    Text,
                    "Mes voisins m'ont dit : « On nous traite comme des délinquants alors qu'on se lève à 5 h pour aller travailler. »",
                ),
                (Text, "— Qu'attendez-vous des pouvoirs publics ?"),
                (Text, "— Du respect, d'abord."),
                (
                    Text,
                    "Ensuite, des moyens : le centre social a perdu la moitié de ses animateurs depuis 2021.",
                ),
                (Text, "On nous promet un plan depuis des années, etc."),
                (Text, "Rien ne vient."),
            ],
        ),
        (
            "tribune.txt",
            &[
                (Heading, "Tribune."),
                (
                    Heading,
                    "La souveraineté, ce mot qu'on brandit pour mieux se taire",
                ),
                (
                    Text,
                    "Depuis des semaines, les mêmes commentateurs nous expliquent que le pays\na « repris son destin en main ».",
                ),
                (Text, "Qui peut croire sérieusement à cette\nfable ?"),
                (
                    Text,
                    "Les chiffres sont têtus : la dette a bondi de 12,5 % en deux ans,\nles investissements étrangers ont fondu, et les promesses de M. Okafor\nrestent lettre morte.",
                ),
                (
                    Text,
                    "On nous objectera que les partenaires d'hier n'ont pas fait mieux.",
                ),
                (Text, "C'est\nexact."),
                (
                    Text,
                    "Mais faut-il pour autant applaudir chaque discours martial, chaque\nslogan répété à la télévision publique ?",
                ),
                (Text, "Le débat mérite mieux que ces\npostures..."),
                (Text, "Il mérite des faits."),
                (
                    Text,
                    "Un pouvoir sûr de lui n'aurait pas besoin de museler la presse.",
                ),
                (
                    Text,
                    "Or trois\njournaux ont été suspendus depuis janvier (voir notre enquête p. 6).",
                ),
                (
                    Text,
                    "Le\nministre de l'Information, J.-P. Sanou, parle de « mesures techniques ».",
                ),
                (Text, "Qui est dupe ?"),
                (Text, "Alors, que faire ?"),
                (Text, "D'abord exiger la transparence."),
                (
                    Text,
                    "Ensuite, rappeler que\nla souveraineté n'est pas un mot magique : elle se prouve par des actes.",
                ),
            ],
        ),
    ];
    for (name, want) in fixtures {
        let text = fixture(name);
        let seg = run(&text);
        let got: Vec<(SentenceKind, &str)> = seg
            .sentences
            .iter()
            .map(|s| (s.kind, s.span.slice(&text)))
            .collect();
        assert_eq!(&got, want, "{name}");
    }
}
