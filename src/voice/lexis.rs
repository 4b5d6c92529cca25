//! The closed word lists the attribution patterns rely on, folded (lower case, no accents).
//!
//! French attribution is built from a small grammar of function words around an open set of
//! names and verbs: determiners and titles open a speaker's noun phrase, prepositions close it,
//! auxiliaries and adverbs sit between a subject and its participle, and a handful of role and
//! institution nouns tell a speaker (le porte-parole, le ministère) from any other noun. The
//! reporting verbs themselves come from the lexicon ([`super::verbs`]); everything else lives
//! here, in one place, so that a reader can check and extend it.

/// Determiners that open a noun phrase, with the gender and number they mark.
pub(crate) fn determiner(w: &str) -> Option<(Gender, Number)> {
    use Gender::*;
    use Number::*;
    Some(match w {
        "le" | "un" | "ce" | "cet" | "du" | "au" | "mon" | "ton" | "son" | "notre" | "votre"
        | "leur" | "quel" | "aucun" | "chaque" | "tout" | "nul" => (Masculine, Singular),
        "la" | "une" | "cette" | "ma" | "ta" | "sa" | "quelle" | "aucune" | "toute" | "nulle" => {
            (Feminine, Singular)
        }
        "l'" => (Unknown, Singular),
        "les" | "des" | "ces" | "aux" | "mes" | "tes" | "ses" | "nos" | "vos" | "leurs"
        | "quelques" | "plusieurs" | "certains" | "certaines" | "divers" | "diverses"
        | "differents" | "differentes" | "nombre" | "maints" | "tous" | "toutes" | "deux"
        | "trois" | "quatre" | "cinq" | "six" | "dix" => (Unknown, Plural),
        _ => return None,
    })
}

/// Determiners and quantifiers that make a speaker indefinite, hence vague (un diplomate, des
/// sources, certains observateurs).
pub(crate) fn is_indefinite(w: &str) -> bool {
    matches!(
        w,
        "un" | "une"
            | "des"
            | "quelques"
            | "plusieurs"
            | "certains"
            | "certaines"
            | "nombre"
            | "maints"
            | "divers"
            | "diverses"
            | "differents"
            | "differentes"
            | "deux"
            | "trois"
            | "quatre"
            | "cinq"
            | "six"
            | "dix"
            | "beaucoup"
            | "nombreux"
            | "nombreuses"
    )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Masculine,
    Feminine,
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Number {
    Singular,
    Plural,
}

/// Subject pronouns a speaker can be named by, with gender and number. `on` is a vague source.
pub(crate) fn subject_pronoun(w: &str) -> Option<(Gender, Number)> {
    Some(match w {
        "il" => (Gender::Masculine, Number::Singular),
        "elle" => (Gender::Feminine, Number::Singular),
        "ils" => (Gender::Masculine, Number::Plural),
        "elles" => (Gender::Feminine, Number::Plural),
        "on" => (Gender::Unknown, Number::Singular),
        _ => return None,
    })
}

/// Stressed pronouns after a preposition (`selon lui`, `pour eux`).
pub(crate) fn tonic_pronoun(w: &str) -> Option<(Gender, Number)> {
    Some(match w {
        "lui" => (Gender::Masculine, Number::Singular),
        "elle" => (Gender::Feminine, Number::Singular),
        "eux" => (Gender::Masculine, Number::Plural),
        "elles" => (Gender::Feminine, Number::Plural),
        _ => return None,
    })
}

/// First and second persons: the author (or a quoted speaker) talking, never a reported source.
pub(crate) fn is_first_person(w: &str) -> bool {
    matches!(w, "je" | "j'" | "nous" | "tu" | "vous")
}

/// Object and reflexive pronouns that may stand between a subject and its verb
/// (`il lui a dit`, `elle s'est dit`, `ils nous ont affirmé`).
pub(crate) fn is_clitic(w: &str) -> bool {
    matches!(
        w,
        "me" | "m'"
            | "te"
            | "t'"
            | "se"
            | "s'"
            | "nous"
            | "vous"
            | "lui"
            | "leur"
            | "le"
            | "la"
            | "les"
            | "l'"
            | "y"
            | "en"
    )
}

pub(crate) fn is_reflexive_pronoun(w: &str) -> bool {
    matches!(w, "se" | "s'" | "me" | "m'" | "te" | "t'" | "nous" | "vous")
}

pub(crate) fn is_negation(w: &str) -> bool {
    matches!(
        w,
        "ne" | "n'" | "pas" | "plus" | "jamais" | "guere" | "point" | "rien" | "nullement"
    )
}

/// Prepositions that end a speaker's noun phrase (`a déclaré X à la tribune`) and that make
/// the noun phrase after them a complement, not a subject (`lors de la réunion`).
pub(crate) fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "a" | "au"
            | "aux"
            | "dans"
            | "en"
            | "sur"
            | "sous"
            | "par"
            | "pour"
            | "avec"
            | "chez"
            | "lors"
            | "pendant"
            | "apres"
            | "avant"
            | "depuis"
            | "contre"
            | "vers"
            | "selon"
            | "devant"
            | "derriere"
            | "entre"
            | "parmi"
            | "malgre"
            | "durant"
            | "face"
            | "aupres"
            | "outre"
            | "via"
            | "hormis"
            | "sauf"
            | "envers"
            | "jusqu'"
            | "afin"
    )
}

/// Words introducing a complement inside a noun phrase (`le ministre des Armées`).
pub(crate) fn is_de(w: &str) -> bool {
    matches!(w, "de" | "d'" | "du" | "des")
}

/// Words that end a clause going left from a verb: the subject lies after them.
pub(crate) fn is_clause_boundary(w: &str) -> bool {
    matches!(
        w,
        "que"
            | "qu'"
            | "dont"
            | "ou"
            | "lorsque"
            | "lorsqu'"
            | "quand"
            | "si"
            | "puisque"
            | "puisqu'"
            | "car"
            | "mais"
            | "or"
            | "donc"
            | "alors"
            | "comme"
            | "tandis"
            | "cependant"
            | "pourtant"
            | "toutefois"
            | "neanmoins"
            | "ainsi"
            | "sinon"
            | "parce"
    )
}

/// Time words and other adverbs that end a speaker's noun phrase going right
/// (`a déclaré Jean Dupont mardi`).
pub(crate) fn ends_speaker_phrase(w: &str) -> bool {
    is_weekday(w)
        || matches!(
            w,
            "hier"
                | "aujourd'hui"
                | "demain"
                | "ce"
                | "cette"
                | "samedi"
                | "lundi"
                | "qui"
                | "que"
                | "qu'"
                | "dont"
                | "lequel"
                | "laquelle"
                | "lesquels"
                | "lesquelles"
                | "et"
                | "ou"
                | "mais"
                | "car"
                | "puis"
                | "encore"
                | "aussi"
                | "egalement"
                | "ensuite"
                | "enfin"
                | "lui-meme"
                | "elle-meme"
                | "eux-memes"
                | "citant"
                | "interroge"
                | "interrogee"
                | "joint"
                | "jointe"
                | "cite"
                | "citee"
                | "ne"
                | "n'"
        )
}

pub(crate) fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "lundi" | "mardi" | "mercredi" | "jeudi" | "vendredi" | "samedi" | "dimanche"
    )
}

/// Adverbs and short adverbials allowed between an auxiliary and its participle
/// (`a aussi affirmé`, `a à son tour confirmé`, `n'a pas exclu`).
pub(crate) fn is_verb_group_filler(w: &str) -> bool {
    is_negation(w)
        || w.ends_with("ment")
        || matches!(
            w,
            "aussi"
                | "egalement"
                | "encore"
                | "deja"
                | "toujours"
                | "bien"
                | "meme"
                | "pourtant"
                | "toutefois"
                | "cependant"
                | "d'ailleurs"
                | "ailleurs"
                | "notamment"
                | "ensuite"
                | "enfin"
                | "alors"
                | "ainsi"
                | "donc"
                | "hier"
                | "aujourd'hui"
                | "souvent"
                | "parfois"
                | "longtemps"
                | "vite"
                | "tres"
                | "tout"
                | "a"
                | "son"
                | "sa"
                | "leur"
                | "tour"
                | "de"
                | "d'"
                | "nouveau"
                | "une"
                | "nouvelle"
                | "fois"
                | "lui-meme"
                | "elle-meme"
                | "eux-memes"
                | "elles-memes"
                | "lui"
                | "elle"
                | "eux"
                | "plusieurs"
                | "reprises"
                | "sur"
                | "le"
                | "champ"
                | "en"
                | "outre"
                | "par"
                | "la"
                | "suite"
                | "ce"
                | "propos"
                | "cote"
                | "part"
                | "pour"
                | "t-il"
                | "t-elle"
                | "t-ils"
                | "t-elles"
                | "t-on"
                | "il"
                | "ils"
                | "elles"
                | "on"
                | "mardi"
                | "lundi"
                | "mercredi"
                | "jeudi"
                | "vendredi"
                | "samedi"
                | "dimanche"
                | "soir"
                | "matin"
                | "publiquement"
                | "peu"
                | "guere"
                | "jadis"
                | "pu"
                | "du"
        )
}

/// Head nouns of roles: a speaker named by what they do (le porte-parole, la ministre).
/// Epicene nouns (ministre, porte-parole) return `Unknown`: their determiner tells the gender.
pub(crate) fn role_head(w: &str) -> Option<Gender> {
    use Gender::*;
    Some(match w {
        "ministre" | "ministres" | "porte-parole" | "porte-paroles" | "secretaire" | "maire"
        | "maires" | "chef" | "chefs" | "juge" | "juges" | "membre" | "membres" | "responsable"
        | "responsables" | "diplomate" | "diplomates" | "temoin" | "temoins" | "analyste"
        | "analystes" | "specialiste" | "specialistes" | "journaliste" | "journalistes"
        | "commissaire" | "syndicaliste" | "syndicalistes" | "economiste" | "economistes"
        | "politologue" | "sociologue" | "notable" | "notables" | "imam" | "cadre" | "cadres"
        | "militaire" | "militaires" | "medecin" | "medecins" | "leader" | "leaders" | "proche"
        | "proches" | "capitaine" | "emissaire" | "emissaires" | "pape" | "eveque" | "elus"
        | "experts" | "observateurs" | "habitants" | "chercheurs" | "avocats" | "procureurs"
        | "deputes" | "senateurs" | "ambassadeurs" | "directeurs" | "presidents" | "dirigeants"
        | "conseillers" | "negociateurs" | "representants" | "delegues" | "enqueteurs"
        | "policiers" | "gendarmes" | "enseignants" | "etudiants" | "agriculteurs" | "eleveurs"
        | "commercants" | "survivants" | "refugies" | "manifestants" | "militants"
        | "opposants" | "rebelles" | "soldats" | "officiers" | "auteurs" | "generaux"
        | "colonels" | "prefets" | "victimes" | "victime" | "parents" | "riverains"
        | "salaries" | "employes" | "ouvriers" | "fideles" | "supporters" | "juriste"
        | "pilote" | "guide" | "fonctionnaire" | "fonctionnaires" | "artisan" | "artisans"
        | "paysan" | "paysans" | "pecheur" | "pecheurs" | "chauffeurs" | "ingenieurs"
        | "tresorier" | "agronome" | "agronomes" | "architecte" | "photographe" | "sage-femme"
        | "comptable" | "interprete" | "greffier" | "notaire" | "huissier" | "secouriste"
        | "secouristes" | "benevole" | "benevoles" | "volontaire" | "volontaires" | "consul"
        | "gardien" | "adjoint" | "adjointe" => Unknown,
        "chauffeur" | "ingenieur" | "vendeur" | "serveur" | "ouvrier" | "employe" | "salarie"
        | "pdg" => Masculine,
        "vendeuse" | "serveuse" | "ouvriere" | "employee" | "salariee" | "tresoriere"
        | "ingenieure" | "paysanne" | "consule" | "gardienne" | "artisane" => Feminine,
        "president" | "directeur" | "ambassadeur" | "general" | "colonel" | "depute"
        | "senateur" | "procureur" | "avocat" | "chercheur" | "expert" | "habitant"
        | "fondateur" | "administrateur" | "inspecteur" | "gerant" | "vice-president"
        | "sous-prefet" | "prefet" | "conseiller" | "negociateur" | "mediateur"
        | "representant" | "envoye" | "delegue" | "dirigeant" | "infirmier" | "enseignant"
        | "etudiant" | "agriculteur" | "eleveur" | "commercant" | "survivant" | "rescape"
        | "refugie" | "manifestant" | "militant" | "opposant" | "rebelle" | "candidat"
        | "enqueteur" | "policier" | "gendarme" | "auteur" | "recteur" | "doyen" | "entraineur"
        | "selectionneur" | "joueur" | "rapporteur" | "coordinateur" | "commandant"
        | "lieutenant" | "sergent" | "gouverneur" | "officier" | "soldat" | "historien" | "elu"
        | "professeur" | "patron" | "pere" | "homme" | "fils" | "veuf" | "frere" | "ancien" => {
            Masculine
        }
        "presidente" | "directrice" | "ambassadrice" | "generale" | "colonelle" | "deputee"
        | "senatrice" | "procureure" | "avocate" | "chercheuse" | "experte" | "habitante"
        | "fondatrice" | "administratrice" | "inspectrice" | "gerante" | "vice-presidente"
        | "prefete" | "conseillere" | "negociatrice" | "mediatrice" | "representante"
        | "envoyee" | "deleguee" | "dirigeante" | "infirmiere" | "enseignante" | "etudiante"
        | "agricultrice" | "eleveuse" | "commercante" | "survivante" | "rescapee" | "refugiee"
        | "manifestante" | "militante" | "opposante" | "candidate" | "enqueteuse" | "policiere"
        | "auteure" | "autrice" | "rectrice" | "gouverneure" | "commandante" | "selectionneuse"
        | "entraineuse" | "joueuse" | "rapporteuse" | "coordinatrice" | "historienne" | "elue"
        | "patronne" | "cheffe" | "mere" | "femme" | "fille" | "veuve" | "soeur" | "ancienne" => {
            Feminine
        }
        _ => return None,
    })
}

/// Head nouns of institutions and collective sources: a speaker that is a body
/// (le ministère, la CEDEAO, les autorités, la partie malienne).
pub(crate) fn institution_head(w: &str) -> Option<Gender> {
    use Gender::*;
    Some(match w {
        "ministere" | "gouvernement" | "etat-major" | "parquet" | "parlement" | "senat"
        | "conseil" | "tribunal" | "syndicat" | "parti" | "groupe" | "camp" | "cote" | "regime"
        | "pouvoir" | "palais" | "quai" | "cabinet" | "secretariat" | "comite" | "collectif"
        | "mouvement" | "front" | "bureau" | "service" | "services" | "club" | "executif"
        | "etat" | "pays" | "patronat" | "consulat" | "commandement" | "departement" | "office"
        | "institut" | "centre" | "observatoire" | "hopital" | "rectorat" | "ministeres"
        | "syndicats" | "partis" | "groupes" | "gouvernements" | "etats" | "pays-hotes"
        | "medias" | "journal" | "quotidien" | "hebdomadaire" => Masculine,
        "presidence" | "armee" | "police" | "gendarmerie" | "mairie" | "prefecture"
        | "ambassade" | "commission" | "assemblee" | "cour" | "association" | "entreprise"
        | "societe" | "compagnie" | "banque" | "agence" | "organisation" | "federation"
        | "union" | "coalition" | "opposition" | "majorite" | "junte" | "delegation" | "partie"
        | "direction" | "region" | "ville" | "communaute" | "famille" | "defense" | "justice"
        | "diplomatie" | "municipalite" | "chancellerie" | "administration" | "autorite"
        | "autorites" | "ong" | "fondation" | "ligue" | "confederation" | "intersyndicale"
        | "chaine" | "radio" | "television" | "redaction" | "presse" | "familles"
        | "associations" | "entreprises" | "organisations" | "armees" | "forces" | "instance"
        | "instances" => Feminine,
        _ => return None,
    })
}

/// Heads that make a source vague whatever its determiner (des sources sécuritaires, les
/// médias, l'entourage du ministre, nos informations).
pub(crate) fn is_vague_head(w: &str) -> bool {
    matches!(
        w,
        "source"
            | "sources"
            | "medias"
            | "presse"
            | "milieux"
            | "milieu"
            | "entourage"
            | "rumeur"
            | "rumeurs"
            | "informations"
            | "bruits"
            | "observateurs"
            | "specialistes"
            | "connaisseurs"
            | "gens"
            | "voix"
            | "commentateurs"
            | "internautes"
            | "reseaux"
    )
}

/// Heads of documents that report (l'étude, le rapport, le communiqué): acceptable subjects
/// of a reporting verb.
pub(crate) fn is_document_head(w: &str) -> bool {
    matches!(
        w,
        "rapport"
            | "etude"
            | "communique"
            | "enquete"
            | "texte"
            | "document"
            | "lettre"
            | "note"
            | "declaration"
            | "resolution"
            | "sondage"
            | "audit"
            | "bilan"
            | "courrier"
            | "message"
            | "tweet"
            | "publication"
            | "avis"
            | "arret"
            | "jugement"
            | "decret"
            | "projet"
            | "memo"
            | "compte-rendu"
            | "proces-verbal"
            | "expertise"
            | "analyse"
            | "releve"
            | "statistiques"
            | "chiffres"
            | "donnees"
            | "etudes"
            | "rapports"
            | "documents"
            | "temoignages"
            | "temoignage"
            | "recherche"
            | "recherches"
            | "releves"
            | "lettres"
    )
}

/// Titles before a name, with the gender they mark.
pub(crate) fn title(w: &str) -> Option<Gender> {
    Some(match w {
        "m." | "m" | "mm." | "monsieur" | "messieurs" | "mgr." | "mgr" => Gender::Masculine,
        "mme" | "mme." | "mmes" | "madame" | "mlle" | "mademoiselle" | "mesdames" => {
            Gender::Feminine
        }
        "dr" | "dr." | "pr" | "pr." | "me" | "me." | "maitre" => Gender::Unknown,
        _ => return None,
    })
}

/// Particles inside a proper name (Charles de Gaulle, Ursula von der Leyen, Oumar Ben Salah).
pub(crate) fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "d'"
            | "du"
            | "des"
            | "von"
            | "van"
            | "der"
            | "den"
            | "ben"
            | "bin"
            | "ibn"
            | "el"
            | "al"
            | "ould"
            | "ag"
            | "da"
            | "dos"
            | "di"
            | "la"
            | "le"
    )
}

/// Capitalised words that begin a sentence without being names.
pub(crate) fn is_capitalised_function_word(w: &str) -> bool {
    determiner(w).is_some()
        || is_preposition(w)
        || is_de(w)
        || subject_pronoun(w).is_some()
        || is_clause_boundary(w)
        || is_first_person(w)
        || is_weekday(w)
        || matches!(
            w,
            "et" | "en"
                | "hier"
                | "selon"
                | "d'apres"
                | "apres"
                | "c'"
                | "ce"
                | "cela"
                | "ceci"
                | "il"
                | "y"
                | "voici"
                | "voila"
                | "tel"
                | "telle"
                | "pour"
                | "d'une"
                | "dans"
                | "sans"
                | "enfin"
                | "puis"
                | "aussi"
                | "surtout"
                | "meme"
                | "outre"
                | "jamais"
                | "encore"
                | "rien"
                | "personne"
                | "chacun"
                | "tous"
                | "lui"
                | "eux"
                | "leur"
                | "qui"
                | "quoi"
                | "pourquoi"
                | "comment"
                | "quand"
                | "ni"
                | "non"
                | "oui"
                | "bref"
                | "reste"
                | "quant"
                | "certes"
                | "desormais"
                | "depuis"
                | "entre-temps"
                | "ailleurs"
                | "ensuite"
                | "janvier"
                | "fevrier"
                | "mars"
                | "avril"
                | "mai"
                | "juin"
                | "juillet"
                | "aout"
                | "septembre"
                | "octobre"
                | "novembre"
                | "decembre"
        )
}

/// Common first names and their gender: used only to choose between `il` and `elle` when
/// resolving a pronoun, never to find a name (capitalisation and position do that).
pub(crate) fn first_name_gender(w: &str) -> Gender {
    match w {
        "jean" | "pierre" | "paul" | "jacques" | "michel" | "philippe" | "nicolas" | "francois"
        | "emmanuel" | "laurent" | "olivier" | "bruno" | "gerald" | "eric" | "patrick"
        | "alain" | "bernard" | "christophe" | "thierry" | "stephane" | "sebastien" | "david"
        | "julien" | "antoine" | "thomas" | "marc" | "luc" | "louis" | "henri" | "charles"
        | "georges" | "yves" | "gilles" | "didier" | "xavier" | "vincent" | "mathieu"
        | "mohamed" | "mohammed" | "mahamadou" | "amadou" | "moussa" | "ibrahim" | "ibrahima"
        | "oumar" | "omar" | "abdoulaye" | "mamadou" | "boubacar" | "souleymane" | "seydou"
        | "assimi" | "modibo" | "cheick" | "cheikh" | "ousmane" | "issa" | "alassane" | "macky"
        | "bassirou" | "idriss" | "ahmed" | "ali" | "youssef" | "karim" | "hassan" | "said"
        | "abdel" | "abdelaziz" | "kais" | "sergei" | "serguei" | "vladimir" | "dmitri"
        | "dmitry" | "alexei" | "ivan" | "mikhail" | "igor" | "evgueni" | "volodymyr" | "joe"
        | "donald" | "barack" | "antony" | "john" | "william" | "james" | "olaf" | "friedrich"
        | "pedro" | "felix" | "paul-henri" | "roch" | "faure" | "denis" | "patrice" | "kylian"
        | "zinedine" | "jean-marie" | "jean-luc" | "jean-yves" | "jean-noel" | "jean-pierre"
        | "jean-paul" | "jean-claude" => Gender::Masculine,
        "marie" | "anne" | "sophie" | "catherine" | "isabelle" | "nathalie" | "claire"
        | "julie" | "elisabeth" | "elise" | "christine" | "sylvie" | "valerie" | "sandrine"
        | "celine" | "agnes" | "helene" | "francoise" | "monique" | "martine" | "segolene"
        | "rachida" | "najat" | "aurore" | "amelie" | "lea" | "emma" | "chloe" | "laure"
        | "fatou" | "fatoumata" | "aminata" | "awa" | "mariam" | "mariama" | "aissata"
        | "kadiatou" | "oumou" | "rokia" | "hawa" | "fatima" | "aicha" | "khadija" | "leila"
        | "salma" | "olga" | "natalia" | "maria" | "anna" | "elena" | "ursula" | "kamala"
        | "hillary" | "angela" | "giorgia" | "marine" | "ngozi" | "ellen" | "marie-claude"
        | "marie-france" | "anne-marie" | "ines" | "yasmina" | "zainab" | "rama" | "marietou"
        | "ramatoulaye" | "corinne" => Gender::Feminine,
        _ => Gender::Unknown,
    }
}

/// Nouns after which a quotation is a name, not a quotation (l'opération « Barkhane », le
/// journal « Le Soir »).
pub(crate) fn is_naming_noun(w: &str) -> bool {
    matches!(
        w,
        "operation"
            | "operations"
            | "plan"
            | "programme"
            | "journal"
            | "quotidien"
            | "hebdomadaire"
            | "magazine"
            | "emission"
            | "livre"
            | "ouvrage"
            | "roman"
            | "film"
            | "serie"
            | "mission"
            | "projet"
            | "loi"
            | "mouvement"
            | "collectif"
            | "association"
            | "parti"
            | "slogan"
            | "surnomme"
            | "surnommee"
            | "baptise"
            | "baptisee"
            | "intitule"
            | "intitulee"
            | "nomme"
            | "nommee"
            | "dit"
            | "dite"
            | "appele"
            | "appelee"
            | "hashtag"
            | "mot-diese"
            | "titre"
            | "rubrique"
            | "chanson"
            | "album"
            | "exercice"
            | "sommet"
            | "forum"
            | "festival"
            | "campagne"
            | "dispositif"
            | "pacte"
            | "accord"
            | "initiative"
            | "fonds"
            | "site"
            | "page"
            | "blog"
            | "compte"
            | "groupe"
            | "chaine"
            | "radio"
            | "brigade"
            | "bataillon"
            | "unite"
            | "force"
            | "task"
    )
}
