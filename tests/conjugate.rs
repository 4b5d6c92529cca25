//! The conjugator against forms a French reader knows: one row per verb, each row listing
//! forms from every tense a news text uses, and forms that must not be produced.

use cadrage::conjugate::{Tense, forms, tagged_forms};

/// (lemma, forms that must be produced, forms that must not).
const TABLE: &[(&str, &[&str], &[&str])] = &[
    // First group, regular.
    (
        "déclarer",
        &[
            "déclare",
            "déclares",
            "déclarons",
            "déclarez",
            "déclarent",
            "déclarait",
            "déclarions",
            "déclaraient",
            "déclara",
            "déclarâmes",
            "déclarèrent",
            "déclarera",
            "déclareront",
            "déclarerait",
            "déclareraient",
            "déclarions",
            "déclaré",
            "déclarée",
            "déclarés",
            "déclarées",
            "déclarant",
            "déclarer",
        ],
        &["déclaret", "déclarit"],
    ),
    (
        "indiquer",
        &[
            "indique",
            "indiquait",
            "indiqua",
            "indiquera",
            "indiqué",
            "indiquant",
        ],
        &["indica"],
    ),
    (
        "expliquer",
        &[
            "explique",
            "expliquons",
            "expliqua",
            "expliquerait",
            "expliquées",
            "expliquant",
        ],
        &["explica"],
    ),
    (
        "nier",
        &[
            "nie", "nions", "niions", "niait", "nia", "niera", "nié", "niée", "niant",
        ],
        &[],
    ),
    (
        "créer",
        &[
            "crée", "créons", "créa", "créera", "créé", "créée", "créées",
        ],
        &["crèe"],
    ),
    (
        "évaluer",
        &["évalue", "évaluons", "évaluait", "évaluera", "évalué"],
        &[],
    ),
    // -cer and -ger.
    (
        "annoncer",
        &[
            "annonce",
            "annonçons",
            "annonçait",
            "annoncions",
            "annonçaient",
            "annonça",
            "annonçâmes",
            "annoncèrent",
            "annoncera",
            "annoncé",
            "annonçant",
        ],
        &["annoncons", "annoncait"],
    ),
    (
        "dénoncer",
        &["dénonce", "dénonçait", "dénonça", "dénoncé", "dénonçant"],
        &["dénoncait"],
    ),
    (
        "juger",
        &[
            "juge",
            "jugeons",
            "jugeait",
            "jugions",
            "jugea",
            "jugeâmes",
            "jugèrent",
            "jugera",
            "jugé",
            "jugeant",
        ],
        &["jugons", "jugait"],
    ),
    // -eler / -eter.
    (
        "appeler",
        &[
            "appelle",
            "appelles",
            "appelons",
            "appelez",
            "appellent",
            "appelait",
            "appellera",
            "appellerait",
            "appelé",
        ],
        &["appèle", "appelera"],
    ),
    (
        "rappeler",
        &[
            "rappelle",
            "rappellent",
            "rappelait",
            "rappela",
            "rappellera",
            "rappelé",
            "rappelant",
        ],
        &["rappèle"],
    ),
    (
        "rejeter",
        &["rejette", "rejetons", "rejettent", "rejettera", "rejeté"],
        &["rejète"],
    ),
    (
        "marteler",
        &[
            "martèle",
            "martèlent",
            "martelons",
            "martelait",
            "martela",
            "martèlera",
            "martelé",
            "martelant",
        ],
        &["martelle", "martelera"],
    ),
    (
        "acheter",
        &["achète", "achetons", "achètera", "acheté"],
        &["achette"],
    ),
    ("épeler", &["épelle", "épellera"], &["épèle"]),
    // e…er and é…er.
    (
        "soulever",
        &["soulève", "soulevons", "soulèvent", "soulèvera", "soulevé"],
        &["soulevera"],
    ),
    (
        "répéter",
        &[
            "répète",
            "répètes",
            "répétons",
            "répétez",
            "répètent",
            "répétait",
            "répéta",
            "répétera",
            "répètera",
            "répéterait",
            "répète",
            "répétions",
            "répété",
            "répétées",
            "répétant",
        ],
        &["répétent", "répéte"],
    ),
    (
        "révéler",
        &[
            "révèle",
            "révèlent",
            "révélait",
            "révéla",
            "révélera",
            "révélé",
            "révélée",
        ],
        &[],
    ),
    (
        "suggérer",
        &["suggère", "suggérons", "suggèrent", "suggéré"],
        &[],
    ),
    (
        "protéger",
        &["protège", "protégeons", "protégeait", "protégé"],
        &[],
    ),
    ("déléguer", &["délègue", "déléguons", "délégué"], &[]),
    // -yer.
    (
        "employer",
        &[
            "emploie",
            "employons",
            "emploient",
            "employait",
            "emploiera",
            "employé",
        ],
        &["employe", "employera"],
    ),
    (
        "appuyer",
        &["appuie", "appuyons", "appuiera", "appuyé"],
        &[],
    ),
    (
        "payer",
        &["paie", "paye", "paierai", "payerai", "payé"],
        &[],
    ),
    // Second group.
    (
        "avertir",
        &[
            "avertis",
            "avertit",
            "avertissons",
            "avertissez",
            "avertissent",
            "avertissait",
            "avertit",
            "avertîmes",
            "avertirent",
            "avertira",
            "avertirait",
            "avertisse",
            "averti",
            "avertie",
            "avertis",
            "averties",
            "avertissant",
            "avertir",
        ],
        &["averte"],
    ),
    (
        "réagir",
        &["réagit", "réagissent", "réagissait", "réagira", "réagi"],
        &[],
    ),
    (
        "applaudir",
        &["applaudit", "applaudissent", "applaudi"],
        &[],
    ),
    (
        "garantir",
        &["garantit", "garantissons", "garanti"],
        &["garant"],
    ),
    ("répartir", &["répartit", "répartissent"], &[]),
    // Irregular: dire and its family.
    (
        "dire",
        &[
            "dis", "dit", "disons", "dites", "disent", "disait", "disaient", "dit", "dîmes",
            "dirent", "dira", "diront", "dirait", "dise", "disions", "dit", "dite", "dits",
            "dites", "disant", "dire",
        ],
        &["disez", "dira-t"],
    ),
    ("redire", &["redit", "redites", "redira", "redisant"], &[]),
    (
        "contredire",
        &[
            "contredit",
            "contredisez",
            "contredisent",
            "contredira",
            "contredite",
        ],
        &["contredisons-t"],
    ),
    ("interdire", &["interdit", "interdisez"], &[]),
    // mettre, prendre, tenir, venir.
    (
        "admettre",
        &[
            "admets",
            "admet",
            "admettons",
            "admettent",
            "admettait",
            "admit",
            "admirent",
            "admettra",
            "admettrait",
            "admette",
            "admis",
            "admise",
            "admises",
            "admettant",
        ],
        &["admettu"],
    ),
    (
        "promettre",
        &[
            "promet",
            "promettent",
            "promit",
            "promettra",
            "promis",
            "promise",
        ],
        &[],
    ),
    (
        "prendre",
        &[
            "prends", "prend", "prenons", "prennent", "prenait", "prit", "prirent", "prendra",
            "prenne", "prenions", "pris", "prise", "prenant",
        ],
        &["prendu"],
    ),
    (
        "apprendre",
        &["apprend", "apprennent", "appris", "apprendra"],
        &[],
    ),
    ("comprendre", &["comprend", "compris", "comprenait"], &[]),
    (
        "reprendre",
        &["reprend", "reprit", "repris", "reprenant"],
        &[],
    ),
    (
        "soutenir",
        &[
            "soutiens",
            "soutient",
            "soutenons",
            "soutiennent",
            "soutenait",
            "soutint",
            "soutinrent",
            "soutiendra",
            "soutiendrait",
            "soutienne",
            "soutenions",
            "soutenu",
            "soutenue",
            "soutenant",
        ],
        &["soutenit", "soutenira"],
    ),
    (
        "maintenir",
        &[
            "maintient",
            "maintiennent",
            "maintint",
            "maintiendra",
            "maintenu",
        ],
        &[],
    ),
    (
        "prévenir",
        &[
            "prévient",
            "préviennent",
            "prévint",
            "préviendra",
            "prévenu",
            "prévenant",
        ],
        &["prévenit"],
    ),
    (
        "venir",
        &[
            "viens", "vient", "venons", "viennent", "vint", "viendra", "vienne", "venu",
        ],
        &[],
    ),
    (
        "tenir",
        &["tient", "tiennent", "tint", "tiendra", "tenu"],
        &[],
    ),
    // écrire, répondre, prétendre.
    (
        "écrire",
        &[
            "écris",
            "écrit",
            "écrivons",
            "écrivent",
            "écrivait",
            "écrivit",
            "écrira",
            "écrive",
            "écrite",
            "écrivant",
        ],
        &["écriva"],
    ),
    (
        "décrire",
        &["décrit", "décrivent", "décrivit", "décrira", "décrite"],
        &[],
    ),
    (
        "répondre",
        &[
            "réponds",
            "répond",
            "répondons",
            "répondent",
            "répondait",
            "répondit",
            "répondra",
            "réponde",
            "répondu",
            "répondant",
        ],
        &["répondi"],
    ),
    (
        "prétendre",
        &[
            "prétend",
            "prétendent",
            "prétendait",
            "prétendit",
            "prétendu",
            "prétendue",
        ],
        &[],
    ),
    // -indre.
    (
        "craindre",
        &[
            "crains",
            "craint",
            "craignons",
            "craignent",
            "craignait",
            "craignit",
            "craindra",
            "craigne",
            "craint",
            "crainte",
            "craignant",
        ],
        &["craindu"],
    ),
    (
        "se plaindre",
        &[
            "plaint",
            "plaignent",
            "plaignait",
            "plaindra",
            "plainte",
            "plaignant",
        ],
        &[],
    ),
    // convaincre, conclure, croire, voir, savoir, devoir, vouloir, pouvoir, faire.
    (
        "convaincre",
        &[
            "convainc",
            "convainquons",
            "convainquent",
            "convainquit",
            "convaincra",
            "convaincu",
            "convaincue",
            "convainquant",
        ],
        &[],
    ),
    (
        "conclure",
        &[
            "conclut",
            "concluent",
            "concluait",
            "conclut",
            "conclurent",
            "conclura",
            "conclue",
            "conclu",
            "conclus",
            "concluant",
        ],
        &[],
    ),
    ("exclure", &["exclut", "exclu", "exclue"], &[]),
    (
        "croire",
        &[
            "crois", "croit", "croyons", "croient", "croyait", "crut", "crurent", "croira",
            "croie", "croyions", "cru", "crue", "croyant",
        ],
        &[],
    ),
    (
        "voir",
        &[
            "vois", "voit", "voyons", "voient", "voyait", "vit", "virent", "verra", "verrait",
            "voie", "vu", "vue", "voyant",
        ],
        &[],
    ),
    (
        "prévoir",
        &["prévoit", "prévoira", "prévoirait", "prévu"],
        &["préverra"],
    ),
    (
        "savoir",
        &[
            "sais", "sait", "savons", "savent", "savait", "sut", "surent", "saura", "saurait",
            "sache", "sachions", "su", "sachant",
        ],
        &["savant"],
    ),
    (
        "devoir",
        &[
            "dois", "doit", "devons", "doivent", "devait", "dut", "devra", "devrait", "doive",
            "devions", "dû", "due", "dus", "dues", "devant",
        ],
        &[],
    ),
    (
        "vouloir",
        &[
            "veux", "veut", "voulons", "veulent", "voulait", "voulut", "voudra", "voudrait",
            "veuille", "voulions", "voulu",
        ],
        &[],
    ),
    (
        "pouvoir",
        &[
            "peux", "puis", "peut", "pouvons", "peuvent", "pouvait", "put", "pourra", "pourrait",
            "puisse", "pu", "pouvant",
        ],
        &["pouvra"],
    ),
    (
        "faire",
        &[
            "fais", "fait", "faisons", "faites", "font", "faisait", "fit", "firent", "fera",
            "ferait", "fasse", "fassions", "fait", "faite", "faisant",
        ],
        &["faisez"],
    ),
    // reconnaître, démentir, poursuivre, interrompre, taire.
    (
        "reconnaître",
        &[
            "reconnais",
            "reconnaît",
            "reconnaissons",
            "reconnaissent",
            "reconnaissait",
            "reconnut",
            "reconnurent",
            "reconnaîtra",
            "reconnaîtrait",
            "reconnaisse",
            "reconnu",
            "reconnue",
            "reconnus",
            "reconnaissant",
        ],
        &["reconnaîtu"],
    ),
    (
        "paraître",
        &["paraît", "paraissait", "parut", "paraîtra", "paru"],
        &[],
    ),
    ("naître", &["naît", "naquit", "naîtra", "né", "née"], &[]),
    (
        "démentir",
        &[
            "démens",
            "dément",
            "démentons",
            "démentent",
            "démentait",
            "démentit",
            "démentira",
            "démente",
            "démenti",
            "démentie",
            "démentant",
        ],
        &["démentirai-t", "démentu"],
    ),
    (
        "mentir",
        &["ment", "mentent", "mentait", "mentira", "menti"],
        &[],
    ),
    ("sentir", &["sent", "sentait", "sentira", "senti"], &[]),
    (
        "poursuivre",
        &[
            "poursuis",
            "poursuit",
            "poursuivons",
            "poursuivent",
            "poursuivait",
            "poursuivit",
            "poursuivra",
            "poursuive",
            "poursuivi",
            "poursuivie",
            "poursuivant",
        ],
        &[],
    ),
    ("vivre", &["vit", "vivent", "vécut", "vivra", "vécu"], &[]),
    (
        "interrompre",
        &[
            "interromps",
            "interrompt",
            "interrompons",
            "interrompent",
            "interrompait",
            "interrompit",
            "interrompra",
            "interrompu",
            "interrompue",
        ],
        &[],
    ),
    (
        "se taire",
        &[
            "tais", "tait", "taisons", "taisent", "taisait", "tut", "turent", "taira", "taise",
            "tu", "tue", "tus", "taisant",
        ],
        &[],
    ),
    ("taire", &["tait", "tu"], &[]),
    // Others reporting uses.
    (
        "recevoir",
        &[
            "reçoit",
            "recevons",
            "reçoivent",
            "recevait",
            "reçut",
            "recevra",
            "reçoive",
            "reçu",
            "reçue",
        ],
        &[],
    ),
    (
        "ouvrir",
        &[
            "ouvre", "ouvrons", "ouvrait", "ouvrit", "ouvrira", "ouvert", "ouverte",
        ],
        &[],
    ),
    ("découvrir", &["découvre", "découvert"], &[]),
    ("offrir", &["offre", "offert"], &[]),
    (
        "accueillir",
        &["accueille", "accueillons", "accueillera", "accueilli"],
        &[],
    ),
    ("lire", &["lit", "lisent", "lut", "lira", "lu"], &[]),
    ("élire", &["élit", "élu", "élue"], &[]),
    (
        "conduire",
        &["conduit", "conduisent", "conduisit", "conduira", "conduit"],
        &[],
    ),
    ("produire", &["produit", "produisent", "produisit"], &[]),
    ("plaire", &["plaît", "plu"], &[]),
    (
        "envoyer",
        &["envoie", "envoyons", "enverra", "envoyé"],
        &["envoiera"],
    ),
    (
        "aller",
        &[
            "vais", "va", "allons", "vont", "allait", "alla", "ira", "irait", "aille", "allé",
        ],
        &[],
    ),
    (
        "être",
        &[
            "suis", "est", "sommes", "sont", "était", "fut", "furent", "sera", "serait", "soit",
            "soient", "été", "étant",
        ],
        &[],
    ),
    (
        "avoir",
        &[
            "ai", "a", "avons", "ont", "avait", "eut", "eurent", "aura", "aurait", "ait", "aient",
            "eu", "ayant",
        ],
        &[],
    ),
    (
        "acquérir",
        &["acquiert", "acquièrent", "acquit", "acquerra", "acquis"],
        &[],
    ),
    (
        "résoudre",
        &["résout", "résolvent", "résolut", "résoudra", "résolu"],
        &[],
    ),
    (
        "battre",
        &["bat", "battent", "battit", "battra", "battu"],
        &[],
    ),
    ("rire", &["rit", "rient", "rira", "ri"], &[]),
    ("suffire", &["suffit", "suffira", "suffi"], &[]),
    ("courir", &["court", "courra", "couru"], &[]),
    ("fuir", &["fuit", "fuient", "fuyait", "fuira", "fui"], &[]),
    // Pronominal lemmas: the verb alone.
    (
        "s'insurger",
        &["insurge", "insurgeait", "insurgea", "insurgé", "insurgés"],
        &["s'insurge"],
    ),
    (
        "se féliciter",
        &[
            "félicite",
            "félicitent",
            "félicité",
            "félicitée",
            "félicitées",
        ],
        &[],
    ),
    (
        "s'inquiéter",
        &["inquiète", "inquiètent", "inquiétait", "inquiété"],
        &[],
    ),
    (
        "s’émouvoir",
        &[
            "émeut",
            "émeuvent",
            "émouvait",
            "émut",
            "émouvra",
            "ému",
            "émue",
            "émouvant",
        ],
        &["émouvu"],
    ),
    ("promouvoir", &["promeut", "promu"], &[]),
];

#[test]
fn forms_from_every_tense() {
    let mut failures = Vec::new();
    for (lemma, present, absent) in TABLE {
        let got = forms(lemma);
        for f in *present {
            if !got.iter().any(|g| g == f) {
                failures.push(format!("{lemma}: missing {f}"));
            }
        }
        for f in *absent {
            if got.iter().any(|g| g == f) {
                failures.push(format!("{lemma}: wrongly produced {f}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn forms_are_lower_case_and_unique() {
    for (lemma, _, _) in TABLE {
        let got = forms(lemma);
        let mut sorted = got.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), got.len(), "{lemma} has duplicates");
        for f in &got {
            assert_eq!(*f, f.to_lowercase(), "{lemma}: {f} is not lower case");
            assert!(!f.is_empty());
        }
    }
}

#[test]
fn tags_say_tense_and_number() {
    let tagged = tagged_forms("affirmer");
    let find = |text: &str, tense: Tense| {
        tagged
            .iter()
            .find(|f| f.text == text && f.tense == tense)
            .unwrap_or_else(|| panic!("{text} as {tense:?}"))
    };
    assert!(find("affirment", Tense::Present).is_plural());
    assert!(!find("affirme", Tense::Present).is_plural());
    assert!(find("affirmaient", Tense::Imperfect).is_finite());
    assert!(find("affirmés", Tense::PastParticiple).is_plural());
    assert!(!find("affirmé", Tense::PastParticiple).is_finite());
    assert!(!find("affirmant", Tense::PresentParticiple).is_finite());
    assert!(!find("affirmer", Tense::Infinitive).is_finite());
    assert_eq!(find("affirmerions", Tense::Conditional).person, Some(3));
}

#[test]
fn upper_case_lemma_is_folded_to_lower_case() {
    assert!(forms("Déclarer").iter().any(|f| f == "déclarait"));
}
