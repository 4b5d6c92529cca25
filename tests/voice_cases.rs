//! Attribution cases: short texts in the genres cadrage reads (wire copy, partisan op-ed,
//! interview-heavy report), each with the voice and speaker expected for its sentences and the
//! kind, speaker, verb and stance expected for its quotations. Then `voice_at` over every
//! quotation, invariants on arbitrary input, and inputs built to catch anything slower than
//! linear.
//!
//! Sentences are found by a few words they start with (or contain), so the table does not
//! depend on how the segmenter numbers them.

use cadrage::lexicon::{LexiconSet, LoadOptions, Stance};
use cadrage::span::{Span, TextVoice, Voice};
use cadrage::voice::{QuoteKind, Resolution, VerbTable, VoiceAnalysis};
use cadrage::{quotes, segment, voice};

use std::sync::OnceLock;

use proptest::prelude::*;

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

/// A speaker as a coder writes it: lower case, one space, without a leading article.
fn norm(s: &str) -> String {
    let s = s.replace(['\u{a0}', '\u{202f}'], " ").to_lowercase();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    for article in ["la ", "le ", "les ", "l'", "l’"] {
        if let Some(rest) = s.strip_prefix(article) {
            return rest.to_string();
        }
    }
    s
}

/// What one sentence must be. `speaker`: `""` for none, `"*"` for any, otherwise words the
/// resolved speaker must contain.
struct S {
    at: &'static str,
    voice: Voice,
    speaker: &'static str,
}

/// What one quotation must be: found by words inside its content.
struct Q {
    inside: &'static str,
    kind: QuoteKind,
    speaker: &'static str,
    /// `""`: no verb; `"*"`: any; otherwise the lemma.
    lemma: &'static str,
    stance: Option<Stance>,
    resolution: Option<Resolution>,
}

struct Case {
    name: &'static str,
    text: &'static str,
    sentences: &'static [S],
    quotes: &'static [Q],
}

const fn s(at: &'static str, voice: Voice, speaker: &'static str) -> S {
    S { at, voice, speaker }
}

const fn q(inside: &'static str, kind: QuoteKind, speaker: &'static str, lemma: &'static str) -> Q {
    Q {
        inside,
        kind,
        speaker,
        lemma,
        stance: None,
        resolution: None,
    }
}

const fn qs(
    inside: &'static str,
    kind: QuoteKind,
    speaker: &'static str,
    lemma: &'static str,
    stance: Stance,
) -> Q {
    Q {
        inside,
        kind,
        speaker,
        lemma,
        stance: Some(stance),
        resolution: None,
    }
}

const fn qr(
    inside: &'static str,
    kind: QuoteKind,
    speaker: &'static str,
    resolution: Resolution,
) -> Q {
    Q {
        inside,
        kind,
        speaker,
        lemma: "*",
        stance: None,
        resolution: Some(resolution),
    }
}

use QuoteKind::{Direct as QD, Indirect as QI, Scare as QS};
use Stance::{Distancing, Endorsing, Loaded, Neutral};
use Voice::{Author as A, Direct as D, Indirect as I, Mixed as M};

const CASES: &[Case] = &[
    // ── Direct quotations, attribution after the quote ─────────────────────────────────────
    Case {
        name: "post, compound tense, name",
        text: "« Nous ne fermerons aucune école cette année », a déclaré Mariam Coulibaly.",
        sentences: &[s("« Nous ne", D, "mariam coulibaly")],
        quotes: &[qs(
            "aucune école",
            QD,
            "mariam coulibaly",
            "déclarer",
            Neutral,
        )],
    },
    Case {
        name: "post, inverted pronoun resolves to the last speaker",
        text: "Le maire de Ségou, Boubacar Traoré, a inauguré le pont mardi. « C'est un jour \
               historique pour la ville », a-t-il ajouté.",
        sentences: &[
            s("Le maire de Ségou", A, ""),
            s("« C'est un jour", D, "boubacar traoré"),
        ],
        quotes: &[qr(
            "jour historique",
            QD,
            "boubacar traoré",
            Resolution::Pronoun,
        )],
    },
    // ── Verbs that are never incises, sayings still to come ──────────────────────────────
    Case {
        name: "a verb that is never an incise takes its object after a comma",
        text: "La plateforme fixe le prix de la course, attribue les commandes et désactive les \
               comptes sans explication. Le rapport dresse un bilan sévère, présente trois \
               scénarios et chiffre leur coût. La ville est calme, a assuré le préfet.",
        sentences: &[
            s("La plateforme", A, ""),
            s("Le rapport", A, ""),
            s("La ville est calme", I, "préfet"),
        ],
        quotes: &[],
    },
    Case {
        name: "what a saying in the future will tell is the author's prediction",
        text: "Le tribunal dira le 15 janvier ce qu'il en est de sa responsabilité. La commission \
               dira en mars ce qu'elle pense du projet. Le ministre a dit ce qu'il pensait du \
               projet.",
        sentences: &[
            s("Le tribunal", A, ""),
            s("La commission", A, ""),
            s("Le ministre", I, "ministre"),
        ],
        quotes: &[],
    },
    Case {
        name: "what someone plans is news, what an institute foresees is its forecast",
        text: "Le collectif prévoit un nouveau rassemblement le 13 décembre devant la préfecture. \
               Le gouvernement prévoit un prêt bonifié pour les communes sinistrées. L'Insee \
               prévoit une stabilisation du chômage en 2027. Les météorologues prévoient encore \
               de fortes précipitations.",
        sentences: &[
            s("Le collectif", A, ""),
            s("Le gouvernement", A, ""),
            s("L'Insee", I, "insee"),
            s("Les météorologues", I, "météorologues"),
        ],
        quotes: &[],
    },
    Case {
        name: "a saying denied before a colon leaves what follows to the author",
        text: "Reste une question, à laquelle la chancellerie n'a pas répondu : qui fera appel \
               contre un algorithme ? Le maire n'a pas précisé : le conseil votera en janvier. \
               La ministre a précisé : le texte sera voté en janvier.",
        sentences: &[
            s("Reste une question", A, ""),
            s("Le maire", A, ""),
            s("La ministre", I, "ministre"),
        ],
        quotes: &[],
    },
    Case {
        name: "abonder reports an agreement, not water in abundance",
        text: "Les réserves servent à prendre l'eau quand elle abonde, pas quand elle manque. \
               Le député abonde dans le sens du ministre. « Il faut aller plus vite », abonde \
               son collègue.",
        sentences: &[
            s("Les réserves", A, ""),
            s("Le député", I, "député"),
            s("« Il faut", D, "collègue"),
        ],
        quotes: &[],
    },
    Case {
        name: "an interprofession or a profession speaks after pour",
        text: "Pour l'interprofession, le choc est d'autant plus rude que les ventes reculent. \
               Pour la profession, la réforme arrive trop tard. Pour l'instant, la mesure est \
               suspendue.",
        sentences: &[
            s("Pour l'interprofession", I, "interprofession"),
            s("Pour la profession", I, "profession"),
            s("Pour l'instant", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a pseudonym or an alias in quotation marks is a name, not a scare quote",
        text: "Suivi par un million de personnes sous le pseudonyme de « Dyl Capital », \
               l'influenceur est poursuivi pour escroquerie. Son associé, alias « Le Banquier », \
               est en fuite. Le réseau, connu sous le nom de « Sentinelle », a été démantelé.",
        sentences: &[
            s("Suivi par", A, ""),
            s("Son associé", A, ""),
            s("Le réseau", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "the objection the author sees coming is the author's",
        text: "On nous objectera que ces mesures sont impossibles à faire respecter. On me dira \
               que le marché s'autorégule. On nous a dit que la réforme était nécessaire.",
        sentences: &[
            s("On nous objectera", A, ""),
            s("On me dira", A, ""),
            s("On nous a dit", I, "*"),
        ],
        quotes: &[],
    },
    Case {
        name: "after a connective of reformulation the author restates",
        text: "Autrement dit, l'État promet un tunnel sans les voies pour y mener les trains. En \
               clair, le gouvernement reconnaît son échec. En d'autres termes, Bruxelles exige la \
               fermeture. Autrement dit, comme l'a résumé un élu, « c'est fini ».",
        sentences: &[
            s("Autrement dit, l'État", A, ""),
            s("En clair", A, ""),
            s("En d'autres termes", A, ""),
            s("Autrement dit, comme", I, "élu"),
        ],
        quotes: &[],
    },
    Case {
        name: "the newsroom's own findings are the author's, its sources are not",
        text: "Selon nos informations, le parquet a ouvert une enquête. Selon notre décompte, 19 \
               personnes sont mortes depuis janvier. D'après nos calculs, la facture atteint deux \
               milliards. D'après nos sources, le ministre va démissionner.",
        sentences: &[
            s("Selon nos informations", A, ""),
            s("Selon notre décompte", A, ""),
            s("D'après nos calculs", A, ""),
            s("D'après nos sources", I, "sources"),
        ],
        quotes: &[],
    },
    Case {
        name: "the title of a work credited to its author or named as a place is no quotation",
        text: "« La Dernière Marée », d'Agnès Vérac : une saga qui se noie. Hélène Darbois et \
               Yanis Kettani dans « La Dernière Marée ». « Le Fil », de Lucie Marandon, éditions \
               du Beffroi, 224 pages. « Nous partirons », a dit le maire.",
        sentences: &[
            s("« La Dernière Marée », d'", A, ""),
            s("Hélène Darbois", A, ""),
            s("« Le Fil »", A, ""),
            s("« Nous partirons »", D, "maire"),
        ],
        quotes: &[],
    },
    Case {
        name: "a name opening on N' is no negation",
        text: "Le quotidien N'Djamena Matin salue à sa une « la victoire de la main tendue ». \
               L'élu N'Golo Diarra a salué la décision. Le maire n'a pas salué la décision.",
        sentences: &[
            s("Le quotidien", I, "n'djamena matin"),
            s("L'élu", I, "n'golo diarra"),
            s("Le maire", A, ""),
        ],
        quotes: &[],
    },
    // ── Interviews as questions and answers, without quotation marks ──────────────────────
    Case {
        name: "Q&A interview: bold questions, plain answers, credit line, closing note",
        text: "Hydrologue à l'université de Montpellier, Inès Carrère étudie depuis vingt ans \
               les nappes du Languedoc.\n\nPropos recueillis par Marc Olivier.\n\n\
               **Les restrictions d'eau sont-elles suffisantes ?**\n\nNon. Les arrêtés \
               arrivent toujours trop tard, quand les nappes sont déjà au plus bas.\n\n\
               **Que faudrait-il faire ?**\n\nAnticiper. Qui peut croire qu'on réglera \
               cela en un été ?\n\nInès Carrère publie en juin un essai sur la sécheresse.",
        sentences: &[
            s("Hydrologue à", A, ""),
            s("Propos recueillis", A, ""),
            s("**Les restrictions", D, "marc olivier"),
            s("Non.", D, "inès carrère"),
            s("Les arrêtés", D, "inès carrère"),
            s("**Que faudrait", D, "marc olivier"),
            s("Qui peut croire", D, "inès carrère"),
            s("Inès Carrère publie", A, ""),
        ],
        quotes: &[
            q("Les arrêtés arrivent", QD, "inès carrère", ""),
            q("Que faudrait-il", QD, "marc olivier", ""),
        ],
    },
    Case {
        name: "Q&A interview: a prompt phrased as a statement after an answer is the interviewer's",
        text: "Paul Marchal, maire de Vernon depuis 2014, brigue un troisième mandat.\n\n\
               Propos recueillis par Léa Fontaine\n\nPourquoi vous représenter ?\n\nParce \
               que le travail n'est pas fini. J'ai lancé la rénovation du centre.\n\nVos \
               adversaires vous reprochent pourtant la hausse des impôts locaux.\n\nJe l'assume. \
               Nous avions une dette à rembourser.\n\nLa chambre régionale des comptes jugeait \
               pourtant cette dette soutenable.\n\nElle a changé d'avis depuis, et je la cite \
               volontiers.\n\nEt demain, que ferez-vous ?\n\nJe travaillerai.\n\nVous \
               savez, je ne lâche jamais.",
        sentences: &[
            s("Pourquoi vous", D, "léa fontaine"),
            s("Parce que", D, "paul marchal"),
            s("Vos adversaires", D, "léa fontaine"),
            s("Je l'assume", D, "paul marchal"),
            s("La chambre régionale", D, "léa fontaine"),
            s("Elle a changé", D, "paul marchal"),
            s("Vous savez", D, "paul marchal"),
        ],
        quotes: &[],
    },
    Case {
        name: "Q&A interview: plain question lines after an ENTRETIEN label",
        text: "ENTRETIEN\nDirectrice d'une école de Roubaix, Nadia Belkacem a vu les effectifs \
               fondre en trois ans.\nPourquoi les familles partent-elles ?\nLes loyers ont \
               doublé. Les familles vont là où elles peuvent se loger.\nLa mairie vous \
               a-t-elle aidée ?\nJamais. Nous avons écrit trois fois sans réponse.",
        sentences: &[
            s("Directrice", A, ""),
            s("Pourquoi les familles", D, "journaliste"),
            s("Les loyers", D, "nadia belkacem"),
            s("La mairie vous", D, "journaliste"),
            s("Nous avons écrit", D, "nadia belkacem"),
        ],
        quotes: &[],
    },
    Case {
        name: "a quotation inside what a cue reports is that speaker's words",
        text: "Seul le premier ministre hongrois s'est abstenu. Il a dit tout haut ce que \
               d'autres pensent tout bas : « Mon pays ne paiera pas. » Selon la maire, \
               rien ne presse : « Nous avons le temps. »",
        sentences: &[
            s("Seul le premier", A, ""),
            s("Il a dit tout haut", D, "premier ministre hongrois"),
            s("Selon la maire", D, "maire"),
        ],
        quotes: &[
            q("Mon pays", QD, "premier ministre hongrois", "dire"),
            q("Nous avons le temps", QD, "maire", ""),
        ],
    },
    Case {
        name: "a crowd's chant is quoted; a chant without its words reports nothing",
        text: "Les grévistes ont scandé « Des bras, pas des bravos » devant l'hôpital. Ils \
               scandaient des slogans hostiles au ministre. Les organisatrices ont revendiqué \
               8 000 participants.",
        sentences: &[
            s("Les grévistes", D, "grévistes"),
            s("Ils scandaient", A, ""),
            s("Les organisatrices", I, "organisatrices"),
        ],
        quotes: &[q("Des bras", QD, "grévistes", "scander")],
    },
    Case {
        name: "a contrast that quotes goes on with the source's words",
        text: "Pour le glaciologue Paul Ferrand, la hausse est « solidement établie », mais la \
               méthode « mérite discussion ». Selon leurs projections, le réchauffement \
               pourrait atteindre 4 °C, mais les incertitudes restent « importantes ». Le \
               ministre a promis des moyens, mais rien n'a changé.",
        sentences: &[
            s("Pour le glaciologue", I, "Paul Ferrand"),
            s("Selon leurs", I, "*"),
            s("Le ministre a promis", M, "ministre"),
        ],
        quotes: &[],
    },
    Case {
        name: "the manner of a saying is no part of its speaker",
        text: "« J'ai paniqué », répond le prévenu d'une voix à peine audible. « Non », lâche \
               la directrice d'un ton sec. « Oui », dit le directeur d'une école de Lyon.",
        sentences: &[
            s("« J'ai paniqué", D, "prévenu"),
            s("« Non", D, "directrice"),
            s("« Oui", D, "directeur d'une école de Lyon"),
        ],
        quotes: &[],
    },
    Case {
        name: "a call launched reports; a tender does not",
        text: "Les gendarmes lancent un appel à témoins : toute personne ayant vu la voiture \
               est priée de composer le 17. Le maire a lancé un appel au calme. La région a \
               lancé un appel d'offres pour la cantine.",
        sentences: &[
            s("Les gendarmes", I, "gendarmes"),
            s("Le maire", I, "maire"),
            s("La région", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a noun of saying before the colon names its speaker in its complement",
        text: "Dernière intervention avant le vote, celle du ministre de l'Économie, Bertrand \
               Lhomel : « On ne censure pas l'arithmétique. » Aveu stupéfiant de la \
               coordinatrice, Anne-Sophie Garnier : « Nous ne nous attendions pas à cela. »\n\n\
               20h15 – Dernier appel du premier ministre avant le scrutin : « Ne jetez pas le \
               pays dans l'inconnu. » La réponse du maire : « Non. »",
        sentences: &[
            s("Dernière intervention", D, "Bertrand Lhomel"),
            s("Aveu stupéfiant", D, "Anne-Sophie Garnier"),
            s("20h15", D, "premier ministre"),
            s("La réponse du maire", D, "maire"),
        ],
        quotes: &[],
    },
    Case {
        name: "a jussive `Que` opening the sentence calls for a saying; it reports none",
        text: "Qu'on m'explique ce qu'on gagne à fermer une école. Et qu'on ne me dise pas que \
               les propriétaires sont à plaindre. Le policier a expliqué que le conducteur \
               avait refusé. Qu'il avait cru voir une arme.",
        sentences: &[
            s("Qu'on m'explique", A, ""),
            s("Et qu'on ne me dise", A, ""),
            s("Le policier", I, "policier"),
            s("Qu'il avait cru", I, "policier"),
        ],
        quotes: &[],
    },
    Case {
        name: "a noun after the copula is no verb of saying; supposer tells what a plan implies",
        text: "Je suis juge de l'application des peines depuis douze ans. Elle est conseil de \
               la famille. Le calcul suppose que le pompage reste décarboné. Le ministre juge \
               que la réforme est prête.",
        sentences: &[
            s("Je suis juge", A, ""),
            s("Elle est conseil", A, ""),
            s("Le calcul suppose", A, ""),
            s("Le ministre juge", I, "ministre"),
        ],
        quotes: &[],
    },
    Case {
        name: "a practitioner named by the suffix of the trade speaks; a list or a catalogue does not",
        text: "Les pénalistes dénonçaient des coupures de son. Les climatologues contestent ce \
               calcul. Le catalogue présente trois modèles.",
        sentences: &[
            s("Les pénalistes", I, "pénalistes"),
            s("Les climatologues", I, "climatologues"),
            s("Le catalogue", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a series of jussives after a colon calls for sayings; it reports none",
        text: "Nous le répétons : que les parlements ratifient vite, que les douaniers \
               appliquent, et que les chefs d'État se souviennent que la libre circulation a \
               précédé leurs querelles. Le ministre a conclu : la frontière restera ouverte.",
        sentences: &[
            s("Nous le répétons", A, ""),
            s("Le ministre", I, "ministre"),
        ],
        quotes: &[],
    },
    Case {
        name: "a relative clause ends at its comma: the colon after it is the main clause's",
        text: "Aux Africains qui doutent encore, nous posons une seule question : à qui profite \
               cette crise ? Les habitants qui doutent encore ont écrit au maire : rien ne \
               changera.",
        sentences: &[
            s("Aux Africains", A, ""),
            s("Les habitants", I, "habitants"),
        ],
        quotes: &[],
    },
    Case {
        name: "le médecin takes up the doctor named before",
        text: "« C'est de la médecine de guerre », résume le docteur Yann Le Goff, qui consulte \
               au camp trois jours par semaine. Les bénévoles distribuent des couvertures. Le \
               médecin dit avoir vu quatre cas de tuberculose depuis septembre.",
        sentences: &[s("Le médecin", I, "Yann Le Goff")],
        quotes: &[],
    },
    Case {
        name: "a capitalised adjective opening a sentence is no name a pronoun takes up",
        text: "Première de sa famille à passer le bac, Claire Dubois entre à l'université. \
               « J'ai enchaîné les contrats », confie-t-elle. Prochaine étape : un essai en \
               2027. « Si la bactérie survit, on verra », dit-elle en riant.",
        sentences: &[
            s("« J'ai enchaîné", D, "Claire Dubois"),
            s("« Si la bactérie", D, "Claire Dubois"),
        ],
        quotes: &[],
    },
    Case {
        name: "selon X closing the sentence attributes all of it, unless words are reported",
        text: "Deux médecins se sont engagés à s'installer au village, selon le maire, \
               Jean-Luc Barbaste. Le ministre a promis une aide, selon son entourage. Le \
               ministre a affirmé que le texte passerait, selon l'AFP.",
        sentences: &[
            s("Deux médecins", I, "Jean-Luc Barbaste"),
            s("Le ministre a promis", I, "entourage"),
            s("Le ministre a affirmé", I, "ministre"),
        ],
        quotes: &[],
    },
    Case {
        name: "a figure put on something reports with à; an assessment does not",
        text: "L'Observatoire chiffre à 14 milliards d'euros le rendement de l'impôt. L'Insee \
               l'évaluait à 67 milliards d'euros en 2025. La préfecture évalue les dégâts à \
               trois millions d'euros. Les inspecteurs évaluent les élèves chaque année.",
        sentences: &[
            s("L'Observatoire", I, "Observatoire"),
            s("L'Insee", I, "Insee"),
            s("La préfecture", I, "préfecture"),
            s("Les inspecteurs", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a saying asked about with an inverted pronoun is the author's question",
        text: "Mais a-t-on chiffré ce que coûteront les cars ? Le ministre a-t-il dit la \
               vérité ? « Pourquoi ? », a-t-il demandé.",
        sentences: &[
            s("Mais a-t-on", A, ""),
            s("Le ministre a-t-il", A, ""),
            s("« Pourquoi", D, "ministre"),
        ],
        quotes: &[],
    },
    Case {
        name: "a generic noun takes up the body or company named with its kind",
        text: "L'association DigiNova Europe a dénoncé un texte « écrit dans la précipitation ». \
               L'organisation réclame un moratoire de deux ans.\n\nLa jeune pousse lyonnaise \
               Vestalis a dévoilé lundi sa tablette. La société affirme avoir vendu 60 000 \
               exemplaires.",
        sentences: &[
            s("L'organisation", I, "DigiNova Europe"),
            s("La société", I, "Vestalis"),
        ],
        quotes: &[],
    },
    Case {
        name: "a relative clause with a plain object describes; a cleft or a quoting one reports",
        text: "Vestalis a dévoilé une tablette dotée d'un assistant qui résume et traduit les \
               notes. L'anomalie, c'est qu'un gouvernement qui prétend la corriger ait cédé. Les \
               dialogues sonnent faux quand ils veulent expliquer la technologie. Le mot visait \
               le député Paul Morel, qui venait de qualifier les radars de « pompes à fric ». \
               Je le sais, c'est sa fondatrice, Claire Aubray, qui l'a dit, et elle avait l'air \
               sincère.",
        sentences: &[
            s("Vestalis a dévoilé", A, ""),
            s("L'anomalie", A, ""),
            s("Le mot visait", I, "Paul Morel"),
            s("Les dialogues", A, ""),
            s("Je le sais", I, "Claire Aubray"),
        ],
        quotes: &[],
    },
    Case {
        name: "a link to another article reports nothing",
        text: "Les gendarmes enquêtent.\n\nÀ lire aussi : Cambriolages : les gendarmes du Doubs \
               appellent à la vigilance\n\nSur le même sujet : Le préfet annonce des renforts",
        sentences: &[s("À lire aussi", A, ""), s("Sur le même sujet", A, "")],
        quotes: &[],
    },
    Case {
        name: "a credit line after the answers ends the interview",
        text: "ENTRETIEN\n\nValérie Sorel dirige Delmont Industries depuis 2018.\n\nÊtes-vous \
               soulagée ?\n\nSoulagée, oui, mais pas rassurée.\n\nAllez-vous investir ?\n\nNous \
               avons un projet de 80 millions d'euros.\n\nPropos recueillis par Antoine Lebrec",
        sentences: &[
            s("Soulagée, oui", D, "Valérie Sorel"),
            s("Nous avons un projet", D, "Valérie Sorel"),
            s("Propos recueillis", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a noun the lists do not know, set beside a full name, is that person's role",
        text: "« Nous ne votons pas pour la gauche », a déclaré son orateur, Olivier Brasseur. \
               « Les enfants finissent leurs assiettes », sourit la cuisinière, Maryse Lhomme, \
               qui travaille là depuis vingt ans.",
        sentences: &[
            s("« Nous ne votons", D, "Olivier Brasseur"),
            s("« Les enfants", D, "Maryse Lhomme"),
        ],
        quotes: &[],
    },
    Case {
        name: "a definite epithet takes up the person just named; an office is someone new",
        text: "Samir Haddou a marqué deux fois. « C'est une victoire historique », a lancé \
               l'attaquant. Stéphane Lacombe, l'entraîneur, savourait. « Ils ont fait ce qu'on \
               avait travaillé », a souligné le technicien.\n\nInès Carvalho, pédiatre, dirige \
               l'essai. « Les résultats sont bons », explique la chercheuse. « Rien n'est \
               acquis », prévient le préfet.",
        sentences: &[
            s("« C'est une victoire", D, "Samir Haddou"),
            s("« Ils ont fait", D, "Stéphane Lacombe"),
            s("« Les résultats", D, "Inès Carvalho"),
            s("« Rien n'est", D, "préfet"),
        ],
        quotes: &[],
    },
    Case {
        name: "a negated infinitive reports; a conjecture with an inverted pronoun does not",
        text: "L'association Car'Lauzon assure n'avoir jamais été consultée. Sans doute \
               craignait-elle d'entendre les habitants. Peut-être faut-il revoir le texte. \
               « Non », a-t-elle dit.",
        sentences: &[
            s("L'association", I, "Car'Lauzon"),
            s("Sans doute", A, ""),
            s("Peut-être", A, ""),
            s("« Non »", D, "Car'Lauzon"),
        ],
        quotes: &[],
    },
    Case {
        name: "a noun of finding credits the sentence before; a team and a negated advice report",
        text: "Une sieste courte serait associée à un déclin plus lent. C'est la conclusion \
               d'une étude menée par une équipe du CHU de Montpellier. L'équipe dit avoir tenu \
               compte de l'âge. La Haute Autorité de santé ne recommande pas la sieste. Le \
               texte a été adopté. C'est la conclusion d'une longue négociation.",
        sentences: &[
            s("Une sieste", I, "équipe du CHU de Montpellier"),
            s(
                "C'est la conclusion d'une étude",
                I,
                "équipe du CHU de Montpellier",
            ),
            s("L'équipe dit", I, "équipe"),
            s("La Haute Autorité", I, "Autorité"),
            s("Le texte", A, ""),
            s("C'est la conclusion d'une longue", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a work's title beside its noun, its apposition or its making quotes no one",
        text: "Le festival ouvrira avec « La Montée des eaux », le deuxième long-métrage de Léa \
               Morvan. Son premier film, « Les Veilleurs », avait reçu le prix du public. Léa \
               Morvan sur le tournage de « La Montée des eaux ».\n\nÀ lire aussi : « Je n'ai \
               pas d'amis, et alors ? », le témoignage de nos lecteurs",
        sentences: &[
            s("Le festival", A, ""),
            s("Son premier film", A, ""),
            s("Léa Morvan sur", A, ""),
            s("À lire aussi", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a quotation with no attribution after a person named in its paragraph is theirs",
        text: "Le docteur Samir Haddad, l'un des trois urgentistes, est moins optimiste. « Trois \
               médecins pour un service, c'est intenable. »\n\nLe ministre a présenté son \
               plan.\n\n« Ce plan est une honte. »",
        sentences: &[
            s("« Trois médecins", D, "Samir Haddad"),
            s("« Ce plan", D, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a list introduced by a count and a complement carries its speaker's report",
        text: "Le Bureau de la coordination des affaires humanitaires (OCHA) a publié un \
               rapport. L'OCHA énumère quatre priorités pour les trois prochains mois :\n\n• \
               des abris chauffés pour 150 000 personnes ;\n\n• des vivres pour les habitants.",
        sentences: &[
            s(
                "L'OCHA",
                I,
                "Bureau de la coordination des affaires humanitaires",
            ),
            s(
                "• des abris",
                I,
                "Bureau de la coordination des affaires humanitaires",
            ),
        ],
        quotes: &[],
    },
    Case {
        name: "a role with a nationality adjective takes up the person named with that noun",
        text: "La Sélavienne Elena Marovska et le Kérastanais Rauf Demirkhan se sont serré la \
               main. « C'est un accord historique », a déclaré le président kérastanais. La \
               présidente sélavienne s'est montrée plus réservée : « Nous avons signé un \
               cessez-le-feu. »",
        sentences: &[
            s("« C'est un accord", D, "Rauf Demirkhan"),
            s("La présidente", D, "Elena Marovska"),
        ],
        quotes: &[],
    },
    Case {
        name: "a capitalised `Seul` opening a sentence is no name",
        text: "Seule la ministre s'est abstenue. Elle a dit : « Nous verrons. »",
        sentences: &[
            s("Seule la ministre", A, ""),
            s("Elle a dit", D, "ministre"),
        ],
        quotes: &[q("Nous verrons", QD, "ministre", "dire")],
    },
    Case {
        name: "a body's name with a lower-case adjective between capitalised words",
        text: "L'épidémie a débuté dans neuf régions, a annoncé mercredi Santé publique France. \
               Santé publique France recommande le port du masque. Selon Assistance publique \
               Hôpitaux, les urgences sont saturées.",
        sentences: &[
            s("L'épidémie", I, "santé publique france"),
            s(
                "Santé publique France recommande",
                I,
                "santé publique france",
            ),
            s("Selon Assistance", I, "assistance publique hôpitaux"),
        ],
        quotes: &[],
    },
    Case {
        name: "an imperative handing a quotation to the reader is no speaker",
        text: "Les médias ont tous raconté la même histoire. Écoutez plutôt le correspondant \
               d'un grand quotidien : « Les frappes ont tué neuf civils. »",
        sentences: &[s("Écoutez plutôt", D, "correspondant d'un grand quotidien")],
        quotes: &[q(
            "Les frappes",
            QD,
            "correspondant d'un grand quotidien",
            "",
        )],
    },
    Case {
        name: "a saying denied in a cleft is the author's point, a saying stated is reported",
        text: "Le ministre a présenté son budget mardi. Ce qu'ils ne disent pas, c'est ce que \
               cette baisse coûte. Ce que personne ne dit, c'est que les hôpitaux ferment. Ce \
               que le gouvernement ne dit jamais, c'est que la dette explose. Ce que le ministre \
               dit, c'est que tout va bien.",
        sentences: &[
            s("Ce qu'ils ne disent", A, ""),
            s("Ce que personne", A, ""),
            s("Ce que le gouvernement", A, ""),
            s("Ce que le ministre dit", I, "ministre"),
        ],
        quotes: &[],
    },
    Case {
        name: "radio transcript: each turn opens with its speaker's name in capitals",
        text: "Le 7/9, l'invité de 8 h 20\n\nANNE ROUSSEL : Bonjour Paul Mercadier. Vous \
               fermez la maternité ?\n\nPAUL MERCADIER : Non. Nous la transformons.\n\n\
               ANNE ROUSSEL : Les élus disent le contraire !\n\nPAUL MERCADIER : Ils se \
               trompent, et je le leur dirai.\n\nPropos retranscrits par la rédaction.",
        sentences: &[
            s("Le 7/9", A, ""),
            s("ANNE ROUSSEL : Bonjour", D, "anne roussel"),
            s("Vous fermez", D, "anne roussel"),
            s("PAUL MERCADIER : Non.", D, "paul mercadier"),
            s("Nous la transformons", D, "paul mercadier"),
            s("ANNE ROUSSEL : Les élus", D, "anne roussel"),
            s("PAUL MERCADIER : Ils se", D, "paul mercadier"),
            s("Propos retranscrits", A, ""),
        ],
        quotes: &[
            q("Les élus disent", QD, "anne roussel", ""),
            q("Ils se trompent", QD, "paul mercadier", ""),
        ],
    },
    Case {
        name: "a debate transcript with names in title case",
        text: "Extraits du débat de jeudi soir.\n\nClaire Fabre : Le texte est prêt.\n\n\
               Hugo Lamy : Il ne l'est pas.\n\nClaire Fabre : Il l'est depuis mars.\n\n\
               Hugo Lamy : Alors votez-le.",
        sentences: &[
            s("Extraits", A, ""),
            s("Claire Fabre : Le texte", D, "claire fabre"),
            s("Hugo Lamy : Il ne", D, "hugo lamy"),
            s("Claire Fabre : Il l'est", D, "claire fabre"),
            s("Hugo Lamy : Alors", D, "hugo lamy"),
        ],
        quotes: &[],
    },
    Case {
        name: "one paragraph opening with a name and a colon is no transcript",
        text: "Retraites : le Sénat vote le texte\n\nLe texte a été adopté mardi. \
               Marc Vidal : une voix de plus pour la majorité.\n\nLe vote final aura lieu en \
               janvier.",
        sentences: &[
            s("Retraites", A, ""),
            s("Le texte a été", A, ""),
            s("Le vote final", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a debate transcript whose labels carry the party in parentheses",
        text: "Compte rendu de la séance du 12 mars.\n\nLe président (M. Dupuis) : La parole \
               est à Mme Costa.\n\nMarine Costa (LR) : Ce budget est insincère.\n\nPaul \
               Hénin (PS, Nord) : Vous l'avez pourtant voté l'an dernier.\n\nMarine Costa \
               (LR) : Je n'ai rien voté du tout.\n\nPaul Hénin (PS, Nord) : Relisez le \
               compte rendu.\n\nLe président (M. Dupuis) : La séance est levée.",
        sentences: &[
            s("Compte rendu", A, ""),
            s("Le président (M. Dupuis) : La parole", D, "dupuis"),
            s("Marine Costa (LR) : Ce budget", D, "marine costa"),
            s("Paul Hénin (PS, Nord) : Vous", D, "paul hénin"),
            s("Marine Costa (LR) : Je n'ai", D, "marine costa"),
            s("Paul Hénin (PS, Nord) : Relisez", D, "paul hénin"),
        ],
        quotes: &[],
    },
    Case {
        name: "a press conference: journalists labelled with their outlet, the minister without",
        text: "Le ministre a répondu aux questions de la presse.\n\nPauline Arnaud (Radio \
               Estuaire) : Qui paiera ces heures ?\n\nJulien Morvan : Elles sont financées. Je \
               m'y engage.\n\nPauline Arnaud : Quand ?\n\nJulien Morvan : Avant l'été.",
        sentences: &[
            s("Le ministre a répondu", A, ""),
            s("Pauline Arnaud (Radio", D, "pauline arnaud"),
            s("Julien Morvan : Elles", D, "julien morvan"),
            s("Je m'y engage", D, "julien morvan"),
            s("Pauline Arnaud : Quand", D, "pauline arnaud"),
        ],
        quotes: &[],
    },
    Case {
        name: "a trial transcript labelled by roles",
        text: "Extraits de l'audience de mardi.\n\nLe président : Vous reconnaissez les faits \
               ?\n\nMaître Lenoir : Mon client les conteste.\n\nLe président : Tous ?\n\n\
               Maître Lenoir : Tous, monsieur le président.\n\nL'avocate générale : Je requiers \
               deux ans.",
        sentences: &[
            s("Extraits", A, ""),
            s("Le président : Vous", D, "président"),
            s("Maître Lenoir : Mon", D, "maître lenoir"),
            s("Le président : Tous", D, "président"),
            s("L'avocate générale : Je", D, "avocate générale"),
        ],
        quotes: &[],
    },
    Case {
        name: "a dash transcript whose turns are labelled with the speakers' initials",
        text: "Autour de Claire Fontanel ce soir : Hugo Mercier-Lalande, maire de Brive, et \
               Nadia Belkacem, députée. Les interventions sont signalées par les initiales.\n\n\
               – C. F. : Bonsoir. Hugo Mercier-Lalande, la ville est-elle prête ?\n\n\
               – H. M.-L. : Elle l'est. Nous avons tout prévu.\n\n\
               – N. B. : Je n'en crois rien.\n\n\
               – H. M.-L. : Venez voir.\n\n\
               – N. B. : Volontiers.",
        sentences: &[
            s("Autour de", A, ""),
            s("– C. F. : Bonsoir", D, "claire fontanel"),
            s("Hugo Mercier-Lalande, la ville", D, "claire fontanel"),
            s("– H. M.-L. : Elle", D, "hugo mercier-lalande"),
            s("Nous avons tout", D, "hugo mercier-lalande"),
            s("– N. B. : Je n'en", D, "nadia belkacem"),
        ],
        quotes: &[],
    },
    Case {
        name: "a radio transcript whose first turns name the speakers, then initials",
        text: "Transcription intégrale de l'entretien.\n\nLucas Ferrand : Anne Vidal, \
               bonjour.\n\nAnne Vidal : Bonjour.\n\nL.F. : Vous manifesterez ?\n\nA.V. : \
               Oui, samedi.\n\nL.F. : Merci.\n\nA.V. : Merci à vous.",
        sentences: &[
            s("Transcription", A, ""),
            s("L.F. : Vous", D, "lucas ferrand"),
            s("A.V. : Oui", D, "anne vidal"),
            s("A.V. : Merci", D, "anne vidal"),
        ],
        quotes: &[],
    },
    Case {
        name: "a statement published in full under a heading, then the questions",
        text: "La ministre de la Santé, Agathe Roux, s'est exprimée lundi. Nous publions sa \
               déclaration et les échanges avec la presse.\n\nLa déclaration de la ministre\n\n\
               Merci d'être venus. J'ai décidé d'ouvrir deux cents lits.\n\nC'est un effort \
               sans précédent.\n\nLes questions\n\nLéa Morin (Radio Brume) : Quand ?\n\n\
               Agathe Roux : En janvier.\n\nLéa Morin : Et après ?\n\nAgathe Roux : Nous \
               verrons.\n\nLa conférence a duré une heure.",
        sentences: &[
            s("La ministre de la Santé", A, ""),
            s("La déclaration de la", A, ""),
            s("Merci d'être venus", D, "agathe roux"),
            s("J'ai décidé", D, "agathe roux"),
            s("C'est un effort", D, "agathe roux"),
            s("Les questions", A, ""),
            s("Léa Morin (Radio", D, "léa morin"),
            s("La conférence a duré", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a speech published in full, closed by a heading",
        text: "Voici le texte intégral du discours prononcé par Marc Olivier devant les maires.\n\n\
               Mesdames, messieurs, je vous remercie. Nous ne lâcherons rien.\n\nNotre analyse\n\n\
               Le discours a été applaudi.",
        sentences: &[
            s("Voici le texte", A, ""),
            s("Mesdames, messieurs", D, "marc olivier"),
            s("Nous ne lâcherons", D, "marc olivier"),
            s("Le discours a été", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "an explainer that publishes figures is no statement",
        text: "Nous publions les chiffres de la délinquance établis par Laure Martin, \
               statisticienne.\n\nLes chiffres\n\nLes vols ont baissé de 4 %. Nous les avons \
               comparés à ceux de 2024.\n\nLa méthode\n\nLes données viennent des préfectures.",
        sentences: &[s("Les vols ont", A, ""), s("Nous les avons", A, "")],
        quotes: &[],
    },
    Case {
        name: "an editorial that publishes a text, with no heading after it, stays the author's",
        text: "Nous publions aujourd'hui le texte de Paul Girard sur la réforme.\n\nNous pensons \
               qu'il a tort. Je le dis sans détour.",
        sentences: &[s("Nous pensons", A, ""), s("Je le dis", A, "")],
        quotes: &[],
    },
    Case {
        name: "a parenthesis then a colon in an ordinary article, and a list of departments",
        text: "Le maire (divers droite) l'a dit : rien ne changera.\n\nParis (75) : 12 cas\n\n\
               Nord (59) : 8 cas\n\nParis (75) : 3 cas\n\nNord (59) : 1 cas\n\nCINÉMA Inès \
               Carrel : « Un jury courageux »",
        sentences: &[
            s("Paris (75) : 12", A, ""),
            s("Nord (59) : 8", A, ""),
            s("Paris (75) : 3", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "an explainer in questions and answers is the author's",
        text: "Le prix du gaz augmentera de 4 % au 1er juillet.\n\nPourquoi cette hausse ?\n\n\
               Le coût du transport a augmenté. Le régulateur l'a répercuté.\n\n\
               Combien cela va-t-il coûter ?\n\nEnviron 30 euros par an pour un ménage.",
        sentences: &[
            s("Pourquoi cette", A, ""),
            s("Le coût du transport", A, ""),
            s("Environ 30 euros", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "imperatives and the author's nous are not reported speech",
        text: "Le conseil a voté le budget. Soutenez une information indépendante en vous \
               abonnant. Rappelons que le texte avait été rejeté en mars. Nous affirmons que \
               cette réforme est injuste.",
        sentences: &[
            s("Soutenez", A, ""),
            s("Rappelons", A, ""),
            s("Nous affirmons", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a quoted word in a reporting verb's object is the subject's, not scare quotes",
        text: "Une étude du cabinet Alternatives juge l'idée « viable », à condition d'un \
               soutien public. Paris a conservé une poignée d'officiers chargés de la \
               « coopération de défense ».",
        sentences: &[
            s("Une étude", I, "alternatives"),
            s("Paris a conservé", M, "paris"),
        ],
        quotes: &[
            q("viable", QD, "alternatives", "juger"),
            q("coopération de défense", QS, "", ""),
        ],
    },
    Case {
        name: "a saying denied by its governing verb reports nothing",
        text: "Les partisans du projet oublient de préciser que la facture sera payée par le \
               contribuable. Le maire a refusé de dire si le chantier reprendrait.",
        sentences: &[s("Les partisans", A, ""), s("Le maire a refusé", A, "")],
        quotes: &[],
    },
    Case {
        name: "a bulleted list with dashes is the author's, not a dialogue",
        text: "Ce qu'il faut retenir de la crue :\n\
               - La Saône est placée en vigilance rouge depuis samedi.\n\
               - Selon Vigicrues, le pic est attendu dimanche à midi.\n\
               – Environ 450 habitants ont été évacués.",
        sentences: &[
            s("- La Saône", A, ""),
            s("- Selon Vigicrues", I, "vigicrues"),
            s("– Environ 450", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "dash turns without a question are a dialogue when one holds an attribution",
        text: "Au marché, les avis divergent.\n\
               — On ne partira pas, lance un vendeur de tissus.\n\
               — Moi non plus. Ici, c'est chez nous.",
        sentences: &[
            s("Au marché", A, ""),
            s("— On ne partira", D, "vendeur de tissus"),
            s("— Moi non plus", D, "*"),
        ],
        quotes: &[],
    },
    Case {
        name: "selon with a long source phrase: brackets, complements, a participle",
        text: "Selon la Confédération générale du travail (CGT), la grève a été très suivie. \
               D'après l'organisation Terre solidaire, basée à Lyon, trois villages ont été \
               évacués. Deux blessés restent hospitalisés, selon un bilan communiqué dimanche \
               par la préfecture. Selon lui la route rouvrira lundi.",
        sentences: &[
            s(
                "Selon la Confédération",
                I,
                "confédération générale du travail",
            ),
            s("D'après l'organisation", I, "*"),
            s("Deux blessés", I, "*"),
        ],
        quotes: &[],
    },
    Case {
        name: "a pronoun in a relative clause takes up the subject of its own sentence",
        text: "Le maire de Lyon, Paul Girard, a réuni la presse lundi. À Paris, le ministère de \
               l'Intérieur a publié un communiqué dans lequel il juge « prématurée » toute \
               annonce.",
        sentences: &[
            s("Le maire de Lyon", A, ""),
            s("À Paris", I, "ministère de l'intérieur"),
        ],
        quotes: &[],
    },
    Case {
        name: "post, object pronoun before the inverted verb (interview report)",
        text: "La maire de Kayes, Fanta Sissoko, nous a reçus dans son bureau. « Nous avons \
               été patients, trop patients », nous a-t-elle déclaré. « Les travaux reprendront \
               en mai », vous répondra son adjoint, Oumar Keïta.",
        sentences: &[
            s("La maire de Kayes", A, ""),
            s("« Nous avons", D, "fanta sissoko"),
            s("« Les travaux", D, "oumar keïta"),
        ],
        quotes: &[
            q("trop patients", QD, "fanta sissoko", "déclarer"),
            q("travaux reprendront", QD, "oumar keïta", "répondre"),
        ],
    },
    Case {
        name: "post, finite inversion with feminine pronoun",
        text: "La directrice de l'école, Awa Diallo, attend des renforts. « Nous manquons de \
               tout, même de craies », explique-t-elle.",
        sentences: &[s("« Nous manquons", D, "awa diallo")],
        quotes: &[qs(
            "manquons de tout",
            QD,
            "awa diallo",
            "expliquer",
            Neutral,
        )],
    },
    Case {
        name: "post, selon",
        text: "« Le couvre-feu sera levé dimanche », selon le gouverneur de la région.",
        sentences: &[s("« Le couvre-feu", D, "gouverneur de la région")],
        quotes: &[q("couvre-feu sera levé", QD, "gouverneur de la région", "")],
    },
    Case {
        name: "post, finite verb then role",
        text: "« Les stocks de riz tiendront jusqu'en mars », affirme le ministre du Commerce.",
        sentences: &[s("« Les stocks", D, "ministre du commerce")],
        quotes: &[qs(
            "stocks de riz",
            QD,
            "ministre du commerce",
            "affirmer",
            Neutral,
        )],
    },
    Case {
        name: "post without comma",
        text: "« Aucun soldat n'a été blessé » a dit le porte-parole de l'armée.",
        sentences: &[s("« Aucun soldat", D, "porte-parole de l'armée")],
        quotes: &[q("Aucun soldat", QD, "porte-parole de l'armée", "dire")],
    },
    Case {
        name: "post, loaded verb",
        text: "« Ce gouvernement ment aux paysans », a fustigé le chef de l'opposition.",
        sentences: &[s("« Ce gouvernement", D, "chef de l'opposition")],
        quotes: &[qs(
            "ment aux paysans",
            QD,
            "chef de l'opposition",
            "fustiger",
            Loaded,
        )],
    },
    Case {
        name: "post, subject first after the quote",
        text: "« La grève continue », le délégué syndical a ajouté.",
        sentences: &[s("« La grève", D, "délégué syndical")],
        quotes: &[q("grève continue", QD, "délégué syndical", "ajouter")],
    },
    // ── Attribution before the quote ────────────────────────────────────────────────────────
    Case {
        name: "pre, colon",
        text: "Le président de la fédération a déclaré : « La finale se jouera à huis clos. »",
        sentences: &[s(
            "Le président de la fédération",
            D,
            "président de la fédération",
        )],
        quotes: &[q(
            "finale se jouera",
            QD,
            "président de la fédération",
            "déclarer",
        )],
    },
    Case {
        name: "pre, pour X",
        text: "Pour l'économiste Karim Benali, « la hausse des taux arrive beaucoup trop tard ».",
        sentences: &[s("Pour l'économiste", D, "karim benali")],
        quotes: &[q("hausse des taux", QD, "karim benali", "")],
    },
    Case {
        name: "pre, selon X",
        text: "Selon la présidente de l'association, « les familles n'ont reçu aucune aide ».",
        sentences: &[s("Selon la présidente", D, "présidente de l'association")],
        quotes: &[q("aucune aide", QD, "présidente de l'association", "")],
    },
    Case {
        name: "pre, name and colon",
        text: "Ousmane Keïta : « Je ne me représenterai pas. »",
        sentences: &[s("Ousmane Keïta", D, "ousmane keïta")],
        quotes: &[qr("représenterai", QD, "ousmane keïta", Resolution::Named)],
    },
    Case {
        name: "pre, narrative infinitive",
        text: "« Le port reste ouvert », a assuré la capitainerie. Et d'ajouter : « Les \
               navires pourront accoster dès demain. »",
        sentences: &[
            s("« Le port", D, "capitainerie"),
            s("Et d'ajouter", D, "capitainerie"),
        ],
        quotes: &[
            qs(
                "port reste ouvert",
                QD,
                "capitainerie",
                "assurer",
                Distancing,
            ),
            qr("navires pourront", QD, "capitainerie", Resolution::Implicit),
        ],
    },
    Case {
        name: "pre, colon without a reporting verb",
        text: "Le préfet a été clair : « Aucune manifestation ne sera tolérée. »",
        sentences: &[s("Le préfet", D, "préfet")],
        quotes: &[q("Aucune manifestation", QD, "préfet", "")],
    },
    Case {
        name: "pre, verb right before a capitalised quotation",
        text: "Le capitaine a lancé « On ne lâche rien » avant le coup d'envoi.",
        sentences: &[s("Le capitaine", D, "capitaine")],
        quotes: &[q("On ne lâche rien", QD, "capitaine", "lancer")],
    },
    // ── Marks ───────────────────────────────────────────────────────────────────────────────
    Case {
        name: "curly quotes",
        text: "“Nous avons perdu trois récoltes”, a raconté un éleveur peul.",
        sentences: &[s("“Nous avons perdu", D, "un éleveur peul")],
        quotes: &[qr("trois récoltes", QD, "éleveur peul", Resolution::Vague)],
    },
    Case {
        name: "straight quotes",
        text: "\"La route est coupée depuis lundi\", a indiqué le chauffeur du convoi.",
        sentences: &[s("\"La route", D, "chauffeur du convoi")],
        quotes: &[q("route est coupée", QD, "chauffeur du convoi", "indiquer")],
    },
    Case {
        name: "single guillemets",
        text: "‹ Personne ne nous a prévenus ›, a confié une commerçante du marché.",
        sentences: &[s("‹ Personne", D, "*")],
        quotes: &[q(
            "Personne ne nous",
            QD,
            "commerçante du marché",
            "confier",
        )],
    },
    Case {
        name: "nested quote belongs to the outer speaker",
        text: "« Le général m'a dit “tenez la position” puis il est parti », a témoigné un \
               soldat.",
        sentences: &[s("« Le général", D, "un soldat")],
        quotes: &[q("tenez la position", QD, "un soldat", "témoigner")],
    },
    Case {
        name: "quotation of several sentences",
        text: "« Nous avons tout perdu. La maison, les bêtes, les papiers. Il ne reste rien », \
               a résumé le chef de village.",
        sentences: &[
            s("« Nous avons tout perdu", D, "chef de village"),
            s("Il ne reste rien", D, "chef de village"),
        ],
        quotes: &[q("tout perdu", QD, "chef de village", "*")],
    },
    Case {
        name: "quotation over two paragraphs shares its speaker",
        text: "La syndicaliste Hélène Brunet a détaillé les revendications : « Nous voulons \
               des postes, pas des promesses.\n\n« Et nous voulons des salaires dignes », \
               a-t-elle conclu.",
        sentences: &[
            s("La syndicaliste", D, "hélène brunet"),
            s("« Et nous voulons", D, "hélène brunet"),
        ],
        quotes: &[
            q("des postes", QD, "hélène brunet", "*"),
            q("salaires dignes", QD, "hélène brunet", "*"),
        ],
    },
    Case {
        name: "interview with dialogue dashes",
        text: "Nous avons rencontré l'agronome Fatoumata Sangaré à Mopti.\n\n— Comment se \
               présente la saison ?\n\n— Mal. Les pluies sont arrivées trop tard.\n\n— Que \
               demandez-vous à l'État ?\n\n— Des semences, tout simplement.",
        sentences: &[
            s("Nous avons rencontré", A, ""),
            s("Comment se présente", D, "journaliste"),
            s("Les pluies sont arrivées", D, "fatoumata sangaré"),
            s("Que demandez-vous", D, "journaliste"),
            s("Des semences", D, "fatoumata sangaré"),
        ],
        quotes: &[
            q("Comment se présente", QD, "journaliste", ""),
            q("Des semences", QD, "fatoumata sangaré", ""),
        ],
    },
    Case {
        name: "dialogue turn that names its speaker",
        text: "— Nous tiendrons jusqu'au bout, assure le maire de Kidal.",
        sentences: &[s("Nous tiendrons", D, "maire de kidal")],
        quotes: &[q("jusqu'au bout", QD, "maire de kidal", "assurer")],
    },
    Case {
        name: "unbalanced quotation",
        text: "Le porte-parole a prévenu : « Nous ne négocierons pas sous la menace.\n\nLa \
               séance a été levée à midi.",
        sentences: &[
            s("Le porte-parole", D, "porte-parole"),
            s("La séance", A, ""),
        ],
        quotes: &[q("sous la menace", QD, "porte-parole", "prévenir")],
    },
    Case {
        name: "incise inside the quotation",
        text: "« Nous partirons, a promis le colonel Diakité, mais pas avant l'accord. »",
        sentences: &[s("« Nous partirons", D, "diakité")],
        quotes: &[q("pas avant l'accord", QD, "diakité", "promettre")],
    },
    Case {
        name: "quotation with no attribution at all",
        text: "Le marché a rouvert ce matin.\n\n« Enfin un peu de calme. »\n\nLes prix restent \
               élevés.",
        sentences: &[
            s("Le marché", A, ""),
            s("« Enfin", D, ""),
            s("Les prix", A, ""),
        ],
        quotes: &[q("Enfin un peu", QD, "", "")],
    },
    // ── Partial and scare quotes ────────────────────────────────────────────────────────────
    Case {
        name: "scare quote in the author's sentence",
        text: "Cet « abandon en rase campagne » a ouvert la voie à d'autres alliances.",
        sentences: &[s("Cet « abandon", M, "")],
        quotes: &[q("abandon en rase campagne", QS, "", "")],
    },
    Case {
        name: "fragment inside reported speech belongs to the source",
        text: "Le ministre a dénoncé un « lâchage en rase campagne » de la part de ses alliés.",
        sentences: &[s("Le ministre", I, "ministre")],
        quotes: &[
            qs("lâchage", QD, "ministre", "dénoncer", Loaded),
            q("de la part", QI, "ministre", "dénoncer"),
        ],
    },
    Case {
        name: "fragment after qualifier de",
        text: "L'ONG a qualifié le rapport officiel de « tissu de mensonges ».",
        sentences: &[s("L'ONG", I, "ong")],
        quotes: &[q("tissu de mensonges", QD, "ong", "qualifier")],
    },
    Case {
        name: "fragment after parler de",
        text: "Le chef d'état-major parle d'une « guerre d'usure » dans le Nord.",
        sentences: &[s("Le chef", I, "chef d'état-major")],
        quotes: &[q("guerre d'usure", QD, "chef d'état-major", "parler")],
    },
    Case {
        name: "quoted name of an operation is not a quotation",
        text: "L'opération « Serval » avait été lancée en janvier 2013.",
        sentences: &[s("L'opération", A, "")],
        quotes: &[],
    },
    Case {
        name: "long partial quotation without a source",
        text: "Le texte prévoit « le retrait progressif de toutes les forces étrangères dans un \
               délai de six mois » sans autre calendrier.",
        sentences: &[s("Le texte", M, "")],
        quotes: &[q("retrait progressif", QD, "", "")],
    },
    Case {
        name: "scare quote inside content before selon",
        text: "Les « libérateurs » ont pillé le marché, selon plusieurs habitants.",
        sentences: &[s("Les « libérateurs", I, "plusieurs habitants")],
        quotes: &[qr(
            "libérateurs",
            QD,
            "plusieurs habitants",
            Resolution::Vague,
        )],
    },
    // ── Indirect speech ─────────────────────────────────────────────────────────────────────
    Case {
        name: "que, compound tense",
        text: "Le ministre de l'Éducation a affirmé que les examens auraient lieu en juin.",
        sentences: &[s("Le ministre", I, "ministre de l'éducation")],
        quotes: &[qs(
            "examens auraient lieu",
            QI,
            "ministre de l'éducation",
            "affirmer",
            Neutral,
        )],
    },
    Case {
        name: "que, present",
        text: "L'opposition estime que le scrutin a été truqué.",
        sentences: &[s("L'opposition", I, "opposition")],
        quotes: &[q("scrutin a été truqué", QI, "opposition", "estimer")],
    },
    Case {
        name: "selon at the start",
        text: "Selon la Croix-Rouge, plus de deux mille familles ont fui les combats.",
        sentences: &[s("Selon la Croix-Rouge", I, "croix-rouge")],
        quotes: &[q("deux mille familles", QI, "croix-rouge", "")],
    },
    Case {
        name: "selon at the end",
        text: "Le barrage a cédé vers trois heures du matin, selon les pompiers.",
        sentences: &[s("Le barrage", I, "pompiers")],
        quotes: &[q("barrage a cédé", QI, "pompiers", "")],
    },
    Case {
        name: "selon in an incise",
        text: "La centrale, selon l'exploitant, fonctionne de nouveau normalement.",
        sentences: &[s("La centrale", I, "exploitant")],
        quotes: &[q("fonctionne de nouveau", QI, "exploitant", "")],
    },
    Case {
        name: "d'après",
        text: "D'après le bureau de l'ONU, l'aide alimentaire n'arrive plus à Gao depuis mai.",
        sentences: &[s("D'après", I, "bureau de l'onu")],
        quotes: &[q("aide alimentaire", QI, "bureau de l'onu", "")],
    },
    Case {
        name: "pour X as attribution",
        text: "Pour le politologue Ismaël Sy, la transition a déjà échoué.",
        sentences: &[s("Pour le politologue", I, "ismaël sy")],
        quotes: &[q("transition a déjà échoué", QI, "ismaël sy", "")],
    },
    Case {
        name: "pour is mostly not attribution",
        text: "Pour la première fois, le conseil a voté le budget à l'unanimité. Pour protéger \
               les récoltes, la mairie a installé des digues. Pour l'instant, rien ne bouge.",
        sentences: &[
            s("Pour la première", A, ""),
            s("Pour protéger", A, ""),
            s("Pour l'instant", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "indirect object before que",
        text: "Le porte-parole de la police a indiqué à l'AFP que trois suspects avaient été \
               arrêtés.",
        sentences: &[s("Le porte-parole", I, "porte-parole de la police")],
        quotes: &[q(
            "trois suspects",
            QI,
            "porte-parole de la police",
            "indiquer",
        )],
    },
    Case {
        name: "time phrase before que",
        text: "L'armée a précisé mardi soir que le convoi avait été escorté.",
        sentences: &[s("L'armée", I, "armée")],
        quotes: &[q("convoi avait été escorté", QI, "armée", "préciser")],
    },
    Case {
        name: "object without que: démentir",
        text: "Le Quai d'Orsay a démenti toute présence de forces spéciales françaises dans la \
               zone.",
        sentences: &[s("Le Quai d'Orsay", I, "quai d'orsay")],
        quotes: &[qr("toute présence", QI, "quai d'orsay", Resolution::Role)],
    },
    Case {
        name: "object without que: confirmer",
        text: "La CEDEAO a confirmé la tenue d'un sommet extraordinaire à Abuja.",
        sentences: &[s("La CEDEAO", I, "cedeao")],
        quotes: &[qs(
            "sommet extraordinaire",
            QI,
            "cedeao",
            "confirmer",
            Endorsing,
        )],
    },
    Case {
        name: "vague source in inversion with on",
        text: "Deux gendarmes ont été tués dans l'embuscade, a-t-on appris de source \
               sécuritaire.",
        sentences: &[s("Deux gendarmes", I, "*")],
        quotes: &[qr("gendarmes ont été tués", QI, "*", Resolution::Vague)],
    },
    Case {
        name: "vague source after the content",
        text: "Le président serait hospitalisé à l'étranger, rapportent les médias locaux.",
        sentences: &[s("Le président", I, "médias locaux")],
        quotes: &[qr("hospitalisé", QI, "médias locaux", Resolution::Vague)],
    },
    Case {
        name: "à en croire",
        text: "À en croire le syndicat, la moitié des bus ne circulera pas jeudi.",
        sentences: &[s("À en croire", I, "syndicat")],
        quotes: &[q("moitié des bus", QI, "syndicat", "")],
    },
    Case {
        name: "de l'avis de",
        text: "De l'avis de plusieurs diplomates, la médiation est dans l'impasse.",
        sentences: &[s("De l'avis", I, "plusieurs diplomates")],
        quotes: &[qr(
            "médiation",
            QI,
            "plusieurs diplomates",
            Resolution::Vague,
        )],
    },
    Case {
        name: "aux yeux de",
        text: "Aux yeux de la procureure, le dossier ne tient pas.",
        sentences: &[s("Aux yeux", I, "procureure")],
        quotes: &[q("dossier ne tient pas", QI, "procureure", "")],
    },
    Case {
        name: "juger, assurer, rappeler with their stances",
        text: "Le syndicat juge que la réforme est inapplicable. La direction assure que rien ne \
               changera pour les salariés. Le médiateur rappelle que la loi impose une \
               consultation.",
        sentences: &[
            s("Le syndicat", I, "syndicat"),
            s("La direction", I, "direction"),
            s("Le médiateur", I, "médiateur"),
        ],
        quotes: &[
            qs("réforme est inapplicable", QI, "syndicat", "juger", Neutral),
            qs("rien ne changera", QI, "direction", "assurer", Distancing),
            qs("loi impose", QI, "médiateur", "rappeler", Endorsing),
        ],
    },
    Case {
        name: "every tense",
        text: "Le maire déclara que la digue tiendrait. Son adjoint affirmait que les fonds \
               manquaient. La préfète avait souligné que l'alerte était levée. Le ministère \
               aurait indiqué que le chantier reprendrait. Le juge aura précisé que l'audience \
               était publique. Le porte-parole précisera que le texte sera amendé. L'avocat \
               estimerait que la procédure est nulle.",
        sentences: &[
            s("Le maire déclara", I, "maire"),
            s("Son adjoint", I, "adjoint"),
            s("La préfète", I, "préfète"),
            s("Le ministère aurait", I, "ministère"),
            s("Le juge aura", I, "juge"),
            s("Le porte-parole précisera", I, "porte-parole"),
            s("L'avocat estimerait", I, "avocat"),
        ],
        quotes: &[
            q("digue tiendrait", QI, "maire", "déclarer"),
            q("fonds manquaient", QI, "adjoint", "affirmer"),
            q("alerte était levée", QI, "préfète", "souligner"),
            q("chantier reprendrait", QI, "ministère", "indiquer"),
            q("audience était publique", QI, "juge", "préciser"),
            q("texte sera amendé", QI, "porte-parole", "préciser"),
            q("procédure est nulle", QI, "avocat", "estimer"),
        ],
    },
    Case {
        name: "negation",
        text: "Le Premier ministre n'a pas exclu que des élections anticipées soient \
               organisées. L'opposition ne cesse de répéter que le fichier électoral est faux.",
        sentences: &[
            s("Le Premier ministre", I, "premier ministre"),
            s("L'opposition ne cesse", I, "opposition"),
        ],
        quotes: &[
            q("élections anticipées", QI, "premier ministre", "exclure"),
            q("fichier électoral", QI, "opposition", "répéter"),
        ],
    },
    Case {
        name: "reflexive verbs",
        text: "La ministre s'est félicitée du bon déroulement du scrutin. Les ONG se sont \
               inquiétées de la situation des déplacés.",
        sentences: &[s("La ministre", I, "ministre"), s("Les ONG", I, "ong")],
        quotes: &[
            qs("bon déroulement", QI, "ministre", "se féliciter", Neutral),
            q("situation des déplacés", QI, "ong", "s'inquiéter"),
        ],
    },
    Case {
        name: "loaded pronominal verb",
        text: "Le maire s'insurge contre la fermeture de la maternité.",
        sentences: &[s("Le maire", I, "maire")],
        quotes: &[qs(
            "fermeture de la maternité",
            QI,
            "maire",
            "s'insurger",
            Loaded,
        )],
    },
    Case {
        name: "inversion with on after the content",
        text: "Aucune décision n'a été prise, ajoute-t-on à l'Élysée.",
        sentences: &[s("Aucune décision", I, "élysée")],
        quotes: &[qr("Aucune décision", QI, "élysée", Resolution::Role)],
    },
    Case {
        name: "inversion after unquoted content",
        text: "La situation est sous contrôle, a assuré le préfet de région.",
        sentences: &[s("La situation", I, "préfet de région")],
        quotes: &[qs(
            "sous contrôle",
            QI,
            "préfet de région",
            "assurer",
            Distancing,
        )],
    },
    Case {
        name: "incise in unquoted content",
        text: "Le pont, a expliqué l'ingénieur, ne rouvrira pas avant l'été.",
        sentences: &[s("Le pont", I, "ingénieur")],
        quotes: &[q("ne rouvrira pas", QI, "ingénieur", "expliquer")],
    },
    Case {
        name: "a sentence credited by the next one",
        text: "Le pays n'acceptera aucune base étrangère. C'est ce qu'a déclaré le président de \
               la transition devant les députés.",
        sentences: &[
            s("Le pays", I, "président de la transition"),
            s("C'est ce qu'a déclaré", I, "président de la transition"),
        ],
        quotes: &[q(
            "aucune base étrangère",
            QI,
            "président de la transition",
            "déclarer",
        )],
    },
    Case {
        name: "a quotation credited by the next sentence",
        text: "« Nous ne paierons pas cette dette. »\n\nC'est ce qu'a martelé le ministre des \
               Finances lundi.",
        sentences: &[
            s("« Nous ne paierons", D, "ministre des finances"),
            s("C'est ce qu'a martelé", I, "ministre des finances"),
        ],
        quotes: &[qs(
            "cette dette",
            QD,
            "ministre des finances",
            "marteler",
            Loaded,
        )],
    },
    Case {
        name: "governed infinitive",
        text: "Le ministre a tenu à souligner que les salaires seraient versés à temps.",
        sentences: &[s("Le ministre", I, "ministre")],
        quotes: &[qs(
            "salaires seraient versés",
            QI,
            "ministre",
            "souligner",
            Endorsing,
        )],
    },
    Case {
        name: "present participle with que",
        text: "Le député a quitté l'hémicycle, estimant que le débat était joué d'avance.",
        sentences: &[s("Le député", I, "député")],
        quotes: &[q("débat était joué", QI, "député", "estimer")],
    },
    Case {
        name: "two reports coordinated in one sentence",
        text: "Le gouvernement affirme que le calme est revenu, mais les habitants assurent que \
               les tirs continuent.",
        sentences: &[s("Le gouvernement", I, "gouvernement")],
        quotes: &[
            q("calme est revenu", QI, "gouvernement", "affirmer"),
            q("tirs continuent", QI, "habitants", "assurer"),
        ],
    },
    // ── Not reported speech ─────────────────────────────────────────────────────────────────
    Case {
        name: "passive is the author's narration",
        text: "La mesure a été annoncée mardi par le gouvernement.",
        sentences: &[s("La mesure", A, "")],
        quotes: &[],
    },
    Case {
        name: "reporting verbs in their other senses",
        text: "Le Mali a rappelé son ambassadeur à Paris. Le ministre s'est rendu à Bamako. Le \
               parti a déclaré la guerre à la corruption.",
        sentences: &[
            s("Le Mali", A, ""),
            s("Le ministre s'est rendu", A, ""),
            s("Le parti", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "first person of the author",
        text: "Nous pensons que cette réforme est injuste. J'affirme que personne ne l'a lue.",
        sentences: &[s("Nous pensons", A, ""), s("J'affirme", A, "")],
        quotes: &[],
    },
    Case {
        name: "impersonal constructions",
        text: "Il faut rappeler que la dette a doublé en dix ans. Il convient de souligner que \
               le pays reste fragile.",
        sentences: &[s("Il faut", A, ""), s("Il convient", A, "")],
        quotes: &[],
    },
    Case {
        name: "a reporting verb form used as a noun",
        text: "Le juge a rendu sa décision vendredi. Le juge estime que la saisie était \
               illégale.",
        sentences: &[s("Le juge a rendu", A, ""), s("Le juge estime", I, "juge")],
        quotes: &[q("saisie était illégale", QI, "juge", "estimer")],
    },
    Case {
        name: "verb in a passive participle clause",
        text: "Les chiffres annoncés par la préfecture ont été contestés.",
        sentences: &[s("Les chiffres", A, "")],
        quotes: &[],
    },
    // ── Author tails ────────────────────────────────────────────────────────────────────────
    Case {
        name: "tail: sans + speech verb",
        text: "Les autorités ont affirmé que le couvre-feu était nécessaire, sans fournir de \
               chiffres.",
        sentences: &[s("Les autorités", M, "autorités")],
        quotes: &[q(
            "couvre-feu était nécessaire",
            QI,
            "autorités",
            "affirmer",
        )],
    },
    Case {
        name: "tail: judging apposition",
        text: "Le ministère assure que l'armée contrôle la route, une affirmation démentie par \
               les transporteurs.",
        sentences: &[s("Le ministère", M, "ministère")],
        quotes: &[q("contrôle la route", QI, "ministère", "assurer")],
    },
    Case {
        name: "tail: alors que",
        text: "Le préfet a déclaré que la ville était sûre, alors que trois attaques ont eu lieu \
               cette semaine.",
        sentences: &[s("Le préfet", M, "préfet")],
        quotes: &[q("ville était sûre", QI, "préfet", "déclarer")],
    },
    Case {
        name: "tail after inverted attribution",
        text: "Tout a été remboursé, a assuré le trésorier, sans plus de précisions.",
        sentences: &[s("Tout a été", M, "trésorier")],
        quotes: &[q("remboursé", QI, "trésorier", "assurer")],
    },
    Case {
        name: "tail after a quotation and its inverted attribution",
        text: "« Nous avons toujours respecté la loi », a assuré le porte-parole, sans donner de \
               précisions.",
        sentences: &[s("« Nous avons", M, "porte-parole")],
        quotes: &[q(
            "Nous avons toujours respecté la loi",
            QD,
            "porte-parole",
            "assurer",
        )],
    },
    Case {
        name: "tail after a quotation that ends the reported clause",
        text: "Le ministre a assuré que les soldats avaient « toujours agi dans le respect de la \
               loi », sans jamais expliquer leur présence si loin de la capitale.",
        sentences: &[s("Le ministre", M, "ministre")],
        quotes: &[
            q("soldats avaient", QI, "ministre", "assurer"),
            q(
                "toujours agi dans le respect de la loi",
                QD,
                "ministre",
                "assurer",
            ),
        ],
    },
    Case {
        name: "tail: the same saying before",
        text: "La fédération promet un exode des bailleurs, comme elle le promettait déjà en \
               2014.",
        sentences: &[s("La fédération", M, "fédération")],
        quotes: &[q("exode des bailleurs", QI, "fédération", "promettre")],
    },
    Case {
        name: "tail: comme si",
        text: "Le porte-parole a parlé d'une « surcharge manifeste », comme si la mer était \
               seule coupable.",
        sentences: &[s("Le porte-parole", M, "porte-parole")],
        quotes: &[],
    },
    Case {
        name: "tail as an aside before the reported words",
        text: "Les chaînes parleront, comme d'habitude, de « heurts » et de « tensions ».",
        sentences: &[s("Les chaînes", M, "chaînes")],
        quotes: &[q("heurts", QI, "chaînes", "parler")],
    },
    Case {
        name: "not a tail: sans + noun is reported content",
        text: "Le maire a expliqué que les travaux avaient commencé sans autorisation de l'État.",
        sentences: &[s("Le maire", I, "maire")],
        quotes: &[q("sans autorisation", QI, "maire", "expliquer")],
    },
    // ── Speakers and their resolution ───────────────────────────────────────────────────────
    Case {
        name: "pronoun il across sentences",
        text: "Le ministre de la Santé, Issa Maïga, a visité l'hôpital de Tombouctou. Il a \
               précisé que de nouveaux lits seraient livrés.",
        sentences: &[s("Il a précisé", I, "issa maïga")],
        quotes: &[qr("nouveaux lits", QI, "issa maïga", Resolution::Pronoun)],
    },
    Case {
        name: "pronoun elle chooses the woman",
        text: "Le directeur du port a reçu la ministre Aminata Touré. Elle a annoncé que les \
               quais seraient agrandis.",
        sentences: &[s("Elle a annoncé", I, "aminata touré")],
        quotes: &[qr(
            "quais seraient agrandis",
            QI,
            "aminata touré",
            Resolution::Pronoun,
        )],
    },
    Case {
        name: "pronoun ils to a group",
        text: "Le maire et le préfet ont visité les sinistrés. Ils ont promis que les aides \
               seraient versées avant l'hiver.",
        sentences: &[s("Ils ont promis", I, "maire et le préfet")],
        quotes: &[q(
            "aides seraient versées",
            QI,
            "maire et le préfet",
            "promettre",
        )],
    },
    Case {
        name: "role to name by apposition after the name",
        text: "Awa Sidibé, porte-parole du gouvernement, a présenté le budget. La porte-parole \
               a ajouté que la dette serait renégociée.",
        sentences: &[s("La porte-parole", I, "awa sidibé")],
        quotes: &[qr(
            "dette serait renégociée",
            QI,
            "awa sidibé",
            Resolution::RoleToName,
        )],
    },
    Case {
        name: "role to name by apposition before the name",
        text: "Le ministre de la Défense, Amadou Koné, était à Gao samedi. Le ministre de la \
               Défense a précisé que les renforts arriveraient lundi.",
        sentences: &[s("Le ministre de la Défense a", I, "amadou koné")],
        quotes: &[q("renforts arriveraient", QI, "amadou koné", "préciser")],
    },
    Case {
        name: "surname and title resolve to the full name",
        text: "« Nous irons jusqu'au bout », a lancé Amadou Koné. M. Koné a ajouté que la \
               réforme serait votée en juin.",
        sentences: &[s("M. Koné", I, "amadou koné")],
        quotes: &[q("serait votée", QI, "amadou koné", "ajouter")],
    },
    Case {
        name: "vague sources",
        text: "Des sources sécuritaires ont indiqué que l'attaque avait été repoussée. Certains \
               observateurs estiment que le scrutin sera reporté. Un diplomate a confié que les \
               pourparlers étaient suspendus. Selon des proches du dossier, le ministre va \
               démissionner.",
        sentences: &[
            s("Des sources", I, "des sources sécuritaires"),
            s("Certains observateurs", I, "certains observateurs"),
            s("Un diplomate", I, "un diplomate"),
            s("Selon des proches", I, "des proches du dossier"),
        ],
        quotes: &[
            qr(
                "attaque avait été repoussée",
                QI,
                "sources sécuritaires",
                Resolution::Vague,
            ),
            qr(
                "scrutin sera reporté",
                QI,
                "observateurs",
                Resolution::Vague,
            ),
            qr("pourparlers", QI, "diplomate", Resolution::Vague),
            qr(
                "va démissionner",
                QI,
                "proches du dossier",
                Resolution::Vague,
            ),
        ],
    },
    Case {
        name: "institutions",
        text: "Le ministère des Armées a précisé que deux avions avaient décollé. La Commission \
               européenne a annoncé une aide de dix millions d'euros.",
        sentences: &[
            s("Le ministère des Armées", I, "ministère des armées"),
            s("La Commission", I, "commission européenne"),
        ],
        quotes: &[
            qr("deux avions", QI, "ministère des armées", Resolution::Role),
            q("dix millions", QI, "commission européenne", "annoncer"),
        ],
    },
    Case {
        name: "initials in a name",
        text: "J.-P. Morel a reconnu que les comptes étaient faux.",
        sentences: &[s("J.-P. Morel", I, "j.-p. morel")],
        quotes: &[qs(
            "comptes étaient faux",
            QI,
            "j.-p. morel",
            "reconnaître",
            Endorsing,
        )],
    },
    Case {
        name: "title and a later pronoun",
        text: "Mme Sidibé a estimé que le projet était mal ficelé. Elle a ajouté qu'il fallait \
               tout reprendre.",
        sentences: &[
            s("Mme Sidibé", I, "mme sidibé"),
            s("Elle a ajouté", I, "mme sidibé"),
        ],
        quotes: &[q("tout reprendre", QI, "mme sidibé", "ajouter")],
    },
    Case {
        name: "relative clause subject",
        text: "Le gouverneur, qui a démissionné hier, a affirmé qu'il avait subi des pressions.",
        sentences: &[s("Le gouverneur", I, "gouverneur")],
        quotes: &[q("subi des pressions", QI, "gouverneur", "affirmer")],
    },
    Case {
        name: "name after a role without comma",
        text: "Le président sénégalais Bassirou Diomaye Faye a déclaré que les bases \
               françaises fermeraient.",
        sentences: &[s("Le président", I, "bassirou diomaye faye")],
        quotes: &[qr(
            "bases françaises",
            QI,
            "bassirou diomaye faye",
            Resolution::Named,
        )],
    },
    Case {
        name: "role alone, never named",
        text: "Un responsable militaire malien a indiqué que les patrouilles reprendraient.",
        sentences: &[s("Un responsable", I, "un responsable militaire malien")],
        quotes: &[qr(
            "patrouilles reprendraient",
            QI,
            "responsable militaire",
            Resolution::Vague,
        )],
    },
    Case {
        name: "document as source: its author speaks",
        text: "Le rapport de la Cour des comptes souligne que les dépenses ont dérapé.",
        sentences: &[s("Le rapport", I, "cour des comptes")],
        quotes: &[qs(
            "dépenses ont dérapé",
            QI,
            "cour des comptes",
            "souligner",
            Endorsing,
        )],
    },
    // ── Messy real-world text ───────────────────────────────────────────────────────────────
    Case {
        name: "typo à written a",
        text: "Le commandant a confirmé que les renforts étaient arrivés a Kidal dans la nuit.",
        sentences: &[s("Le commandant", I, "commandant")],
        quotes: &[q("arrivés a Kidal", QI, "commandant", "confirmer")],
    },
    Case {
        name: "no space after punctuation",
        text: "«Nous attendons toujours les vivres»,a-t-elle dit.Le convoi a déclaré:«Route \
               bloquée»",
        sentences: &[s("«Nous attendons", D, "*")],
        quotes: &[q("attendons toujours", QD, "*", "dire")],
    },
    Case {
        name: "no-break spaces around the marks",
        text: "«\u{a0}Les écoles rouvriront lundi\u{a0}», a\u{a0}annoncé le recteur\u{202f}: \
               c'est officiel.",
        sentences: &[s("«\u{a0}Les écoles", D, "recteur")],
        quotes: &[q("écoles rouvriront", QD, "recteur", "annoncer")],
    },
    Case {
        name: "CRLF line ends",
        text: "Le maire a indiqué que l'eau était coupée.\r\n\r\n« Nous faisons au mieux », \
               a-t-il ajouté.\r\n",
        sentences: &[s("Le maire", I, "maire"), s("« Nous faisons", D, "maire")],
        quotes: &[q("faisons au mieux", QD, "maire", "ajouter")],
    },
    Case {
        name: "lower-case name",
        text: "« Le stade sera prêt à temps », a assuré moussa sangaré.",
        sentences: &[s("« Le stade", D, "moussa sangaré")],
        quotes: &[qr(
            "stade sera prêt",
            QD,
            "moussa sangaré",
            Resolution::Named,
        )],
    },
    Case {
        name: "opened with « and closed with a straight quote",
        text: "« Personne ne partira d'ici\", a juré le chef du village.",
        sentences: &[s("« Personne", D, "chef du village")],
        quotes: &[q("partira d'ici", QD, "chef du village", "jurer")],
    },
    Case {
        name: "reversed guillemets",
        text: "» La frontière reste fermée «, a indiqué la douane.",
        sentences: &[s("» La frontière", D, "*")],
        quotes: &[],
    },
    Case {
        name: "missing closing mark at the end of the paragraph",
        text: "« Nous reviendrons, a promis la cheffe du parti.\n\nLe meeting s'est terminé \
               dans le calme.",
        sentences: &[
            s("« Nous reviendrons", D, "cheffe du parti"),
            s("Le meeting", A, ""),
        ],
        quotes: &[q("Nous reviendrons", QD, "cheffe du parti", "promettre")],
    },
    Case {
        name: "headline with name and colon",
        text: "Diakité : « Le pays ne pliera pas »\n\nLe chef de la junte, le colonel Abdou \
               Diakité, s'est exprimé hier soir.",
        sentences: &[
            s("Diakité :", D, "diakité"),
            s("Le chef de la junte", A, ""),
        ],
        quotes: &[q("ne pliera pas", QD, "diakité", "")],
    },
    Case {
        name: "partisan op-ed sentence with a rhetorical question stays the author's",
        text: "Qui peut encore croire que Paris défend la démocratie au Sahel ?",
        sentences: &[s("Qui peut", A, "")],
        quotes: &[],
    },
    // ── Speakers: a person named beside a role speaks as that person ───────────────────────
    Case {
        name: "role and name in apposition, the surname with a capitalised particle",
        text: "La présidente de la métropole, Catherine Le Goff, a appelé les deux parties à « renouer le dialogue ».",
        sentences: &[s("La présidente", I, "catherine le goff")],
        quotes: &[q("renouer", QD, "catherine le goff", "appeler")],
    },
    Case {
        name: "role, title and name with a particle, then a pronoun",
        text: "Le chef du service de cardiologie, M. Yann Le Bihan, a estimé que les urgences étaient saturées. Il a ajouté que trois lits fermeraient cet été.",
        sentences: &[
            s("Le chef du service", I, "yann le bihan"),
            s("Il a ajouté", I, "yann le bihan"),
        ],
        quotes: &[],
    },
    Case {
        name: "pour, a role and a name in apposition: the name speaks",
        text: "Pour le ministre de l'Agriculture, Denis Marchal, « la filière ne peut plus attendre ». « Nous débloquerons l'aide dès lundi », a-t-il ajouté.",
        sentences: &[
            s("Pour le ministre", D, "denis marchal"),
            s("« Nous débloquerons", D, "denis marchal"),
        ],
        quotes: &[q("la filière", QD, "denis marchal", "")],
    },
    Case {
        name: "pour, a role holding an organisation's name, then the person's name",
        text: "Pour le secrétaire général du syndicat Force commune, Luc Perrin, cette réforme reste « une faute politique ».",
        sentences: &[s("Pour le secrétaire", I, "luc perrin")],
        quotes: &[],
    },
    Case {
        name: "pour and a role with no name: the role stays the speaker",
        text: "Pour la ministre de la Culture, « chaque musée doit rester ouvert le dimanche ».",
        sentences: &[s("Pour la ministre", D, "ministre de la culture")],
        quotes: &[q("chaque musée", QD, "ministre de la culture", "")],
    },
    Case {
        name: "inverted subject after the outlet it spoke to, with a name in apposition",
        text: "« L'usine ne rouvrira pas », a déclaré à l'AFP la directrice du site, Nathalie Brun. Elle a précisé que quarante postes seraient reclassés.",
        sentences: &[
            s("« L'usine", D, "nathalie brun"),
            s("Elle a précisé", I, "nathalie brun"),
        ],
        quotes: &[q("rouvrira", QD, "nathalie brun", "déclarer")],
    },
    Case {
        name: "inverted subject after an outlet named by an acronym: the first name opens the person",
        text: "« Nous ne céderons pas », a déclaré à l'AFP Paul Kabongo, délégué syndical.",
        sentences: &[s("« Nous", D, "paul kabongo")],
        quotes: &[q("céderons", QD, "paul kabongo", "déclarer")],
    },
    Case {
        name: "inverted subject after a one-word outlet: the last two capitalised words",
        text: "« Tout a bougé pendant une minute », a raconté à Caravelle Faustino Quispe, 62 ans.",
        sentences: &[s("« Tout", D, "faustino quispe")],
        quotes: &[q("bougé", QD, "faustino quispe", "raconter")],
    },
    Case {
        name: "inverted subject after an outlet of a number and a word, on a social network of one letter",
        text: "« Rien ne change », explique à 20 Minutes Sophie Martin. « On change la ministre, on garde la facture », a raillé sur X Mathilde Garrigue, présidente du groupe.",
        sentences: &[
            s("« Rien", D, "sophie martin"),
            s("« On change", D, "mathilde garrigue"),
        ],
        quotes: &[
            q("Rien ne", QD, "sophie martin", "expliquer"),
            q("On change", QD, "mathilde garrigue", "railler"),
        ],
    },
    Case {
        name: "an outlet of three capitalised words after an inverted pronoun is no subject",
        text: "Paul Martin a quitté la réunion. « Je ne signerai pas », a-t-il déclaré à Radio France Internationale.",
        sentences: &[s("« Je ne", D, "paul martin")],
        quotes: &[q("signerai", QD, "paul martin", "déclarer")],
    },
    Case {
        name: "verbs of manner in the incise report the quotation",
        text: "« Un budget d'affichage », cingle Paul Kabongo. « On m'a déjà enterré trois fois », s'amuse l'ancien maire. « Encore une promesse », grince une élue. « Ce sont des rumeurs », balaie le porte-parole. « Ce n'était pas une promesse », corrige la ministre. « Cela fait trois euros par plein », calcule un chauffeur. « Ils découvrent le problème », ricane un syndicaliste. « On l'a fait ! », exulte le capitaine. « Le four, la chambre froide, la farine », énumère la boulangère.",
        sentences: &[
            s("« Un budget", D, "paul kabongo"),
            s("« On m'a", D, "ancien maire"),
            s("« Encore", D, "une élue"),
            s("« Ce sont", D, "porte-parole"),
            s("« Ce n'était", D, "ministre"),
            s("« Cela fait", D, "un chauffeur"),
            s("« Ils découvrent", D, "un syndicaliste"),
            s("« On l'a", D, "capitaine"),
            s("« Le four", D, "boulangère"),
        ],
        quotes: &[
            qs("budget", QD, "paul kabongo", "cingler", Loaded),
            qs("enterré", QD, "ancien maire", "s'amuser", Neutral),
            qs("Encore une", QD, "une élue", "grincer", Loaded),
            qs("rumeurs", QD, "porte-parole", "balayer", Loaded),
            qs("n'était pas", QD, "ministre", "corriger", Neutral),
            qs("euros", QD, "un chauffeur", "calculer", Neutral),
            qs("découvrent", QD, "un syndicaliste", "ricaner", Loaded),
            qs("l'a fait", QD, "capitaine", "exulter", Neutral),
            qs("chambre froide", QD, "boulangère", "énumérer", Neutral),
        ],
    },
    Case {
        name: "verbs of manner with a plain object report nothing",
        text: "Le maire a corrigé le budget. La police a balayé la place avant le défilé. Le comptable calcule les primes.",
        sentences: &[
            s("Le maire", A, ""),
            s("La police", A, ""),
            s("Le comptable", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a pronoun in the incise after a quotation that a person's own clause introduces",
        text: "La préfecture des Ardennes a publié les chiffres. Martine Lecocq a fait ses comptes : « Je serai bientôt de l'autre côté », sourit-elle.",
        sentences: &[s("Martine Lecocq", D, "martine lecocq")],
        quotes: &[q("bientôt", QD, "martine lecocq", "sourire")],
    },
    Case {
        name: "inverted vague subject after the outlet it spoke to",
        text: "Les négociations reprendront lundi, a précisé à Ouest-Info un responsable du syndicat, sous couvert d'anonymat.",
        sentences: &[s("Les négociations", I, "un responsable du syndicat")],
        quotes: &[],
    },
    Case {
        name: "inverted vague subject whose complement holds a proper name and its adjective",
        text: "Les coupes seront limitées aux parcelles malades, a précisé à Radio Causses un responsable de l'Office national des forêts, sous couvert d'anonymat. Aucune vente n'est prévue, a-t-il assuré.",
        sentences: &[
            s(
                "Les coupes",
                I,
                "un responsable de l'office national des forêts",
            ),
            s(
                "Aucune vente",
                I,
                "un responsable de l'office national des forêts",
            ),
        ],
        quotes: &[],
    },
    Case {
        name: "inverted role with a coordinated complement, then the name in apposition",
        text: "« Nous étudions toutes les options », a déclaré le porte-parole du ministère de l'Économie et des Finances, Hugo Lenoir, lors d'un point presse.",
        sentences: &[s("« Nous étudions", D, "hugo lenoir")],
        quotes: &[q("toutes les options", QD, "hugo lenoir", "déclarer")],
    },
    Case {
        name: "an indefinite role with a name in apposition: the name speaks",
        text: "Trois ponts ont été emportés, a précisé un porte-parole des secours, Tomás Ferreira. « Nos équipes avancent à pied », a-t-il expliqué.",
        sentences: &[
            s("Trois ponts", I, "tomás ferreira"),
            s("« Nos équipes", D, "tomás ferreira"),
        ],
        quotes: &[],
    },
    Case {
        name: "a role with its complement in à, then the name in apposition",
        text: "« Il n'est pas question de rouvrir la centrale », a déclaré le ministre délégué à l'Industrie, Rémi Carrel, sur une radio publique.",
        sentences: &[s("« Il n'est", D, "rémi carrel")],
        quotes: &[],
    },
    Case {
        name: "a role and a name before a colon and a quotation",
        text: "Le maire de Vienne-la-Ville, Gaston Perrier, était l'invité de notre émission : « L'eau monte plus vite que prévu. »",
        sentences: &[s("Le maire", D, "gaston perrier")],
        quotes: &[q("L'eau monte", QD, "gaston perrier", "")],
    },
    Case {
        name: "an incise inside a quotation with a role and a name in apposition",
        text: "« La sécurité des patients passe avant tout, explique la directrice de l'hôpital de Valbonne, Irène Castel. Nous ne pouvons plus garantir les gardes. »",
        sentences: &[s("« La sécurité", D, "irène castel")],
        quotes: &[q("garantir les gardes", QD, "irène castel", "*")],
    },
    Case {
        name: "inverted name after the agency it spoke to",
        text: "« Nos camarades sont morts pour rien », a déclaré à l'agence Didier Kalonji, délégué du personnel, devant l'entrée du puits.",
        sentences: &[s("« Nos camarades", D, "didier kalonji")],
        quotes: &[],
    },
    Case {
        name: "an editorialist in apposition to a name after an inverted verb",
        text: "« La reconstruction sans contrôle enrichit quelques-uns », prévient son éditorialiste, Renaud Valette.",
        sentences: &[s("« La reconstruction", D, "renaud valette")],
        quotes: &[],
    },
    Case {
        name: "a later mention by role takes the name given with it",
        text: "Le ministre de l'Intérieur, Paul Arnaud, a annoncé mardi un plan contre les rodéos urbains. Les maires attendaient ce texte depuis deux ans. Le ministre a ajouté que les amendes seraient doublées.",
        sentences: &[s("Le ministre a ajouté", I, "paul arnaud")],
        quotes: &[],
    },
    Case {
        name: "a later mention by a prefixed role takes the name given with it",
        text: "Le sommet s'est ouvert en présence du vice-ministre chinois du Commerce, Wang Lei, arrivé la veille. Le vice-ministre a indiqué que les droits de douane seraient revus.",
        sentences: &[s("Le vice-ministre a indiqué", I, "wang lei")],
        quotes: &[],
    },
    Case {
        name: "a role never given a name stays the role",
        text: "Le préfet de la Drôme a indiqué que la route resterait fermée jusqu'à jeudi.",
        sentences: &[s("Le préfet", I, "préfet de la drôme")],
        quotes: &[],
    },
    // ── Speakers: a document speaks for its author ──────────────────────────────────────────
    Case {
        name: "figures published by a body: the body is the source",
        text: "Le chômage a reculé de 0,3 point au troisième trimestre, selon les chiffres publiés mardi par l'Insee.",
        sentences: &[s("Le chômage", I, "insee")],
        quotes: &[],
    },
    Case {
        name: "a study of a ministry: the ministry is the source",
        text: "Selon une étude du ministère de la Santé publiée en 2024, un tiers des médecins partiront à la retraite d'ici à 2030.",
        sentences: &[s("Selon une étude", I, "ministère de la santé")],
        quotes: &[],
    },
    Case {
        name: "a statement of a prefecture as subject: the prefecture is the source",
        text: "Un communiqué de la préfecture indique que la route restera fermée jusqu'à nouvel ordre.",
        sentences: &[s("Un communiqué", I, "préfecture")],
        quotes: &[],
    },
    Case {
        name: "a report with no author stays the report",
        text: "Selon le rapport, la dette atteindra 120 % du PIB en 2030.",
        sentences: &[s("Selon le rapport", I, "rapport")],
        quotes: &[],
    },
    Case {
        name: "an organisation speaker stays the organisation",
        text: "Selon la Confédération paysanne, le prix du lait ne couvre plus les coûts de production.",
        sentences: &[s("Selon la Confédération", I, "confédération paysanne")],
        quotes: &[],
    },
    Case {
        name: "dash interview: the journalist of the credit line is never the interviewee",
        text: "L'urbaniste Bénédicte Vasseur, chercheuse au CNRS, analyse la crise du logement.\n\nPropos recueillis par Thomas Grangier\n\n— Pourquoi les loyers flambent-ils ?\n\n— Parce que l'offre ne suit plus. Les chantiers sont à l'arrêt.\n\n— Que faudrait-il faire ?\n\n— Construire, et vite.",
        sentences: &[
            s("— Pourquoi", D, "thomas grangier"),
            s("— Parce que", D, "bénédicte vasseur"),
            s("Les chantiers", D, "bénédicte vasseur"),
            s("— Construire", D, "bénédicte vasseur"),
        ],
        quotes: &[],
    },
    Case {
        name: "role with a proper name and its adjective in apposition to a name, then pronouns",
        text: "La secrétaire générale de la Fédération nationale, Odile Brassac, n'a pas caché sa colère. « Nous irons jusqu'au bout », a-t-elle lancé. Elle a promis une mobilisation « dès la rentrée ».",
        sentences: &[
            s("« Nous irons", D, "odile brassac"),
            s("Elle a promis", I, "odile brassac"),
        ],
        quotes: &[],
    },
    // ── Reported speech through a participle sharing an auxiliary, and verbs whose quoted
    //    object is the subject's own words ─────────────────────────────────────────────────
    Case {
        name: "a participle coordinated after a compound verb shares its auxiliary and subject",
        text: "Le ministre de la Défense, Paul Meunier, a rendu hommage aux soldats tués et promis que les assaillants seraient « traqués jusqu'au dernier ».",
        sentences: &[s("Le ministre", I, "paul meunier")],
        quotes: &[q("traqués", QD, "paul meunier", "promettre")],
    },
    Case {
        name: "a coordinated reporting participle after a reporting verb starts its own report",
        text: "La préfète a salué le sang-froid des secouristes et assuré qu'« aucune piste n'est écartée ».",
        sentences: &[s("La préfète", I, "préfète")],
        quotes: &[q("aucune piste", QD, "préfète", "assurer")],
    },
    Case {
        name: "et between two days or two addressees does not end what the verb governs",
        text: "Le maire a répété lundi et mardi que l'usine rouvrirait. La ministre a indiqué à l'AFP et à Reuters que le texte serait retiré.",
        sentences: &[s("Le maire", I, "maire"), s("La ministre", I, "ministre")],
        quotes: &[],
    },
    Case {
        name: "a coordinated participle takes the subject of the auxiliary it shares, not a dateline",
        text: "LYON, 4 mai 2026 (Agence) - La Région a suspendu mardi sa subvention et rejeté « fermement » les critiques de l'opposition.",
        sentences: &[s("LYON", I, "région")],
        quotes: &[q("fermement", QD, "région", "rejeter")],
    },
    Case {
        name: "a verb after a relative clause between commas takes the subject before it",
        text: "Plusieurs ONG présentes dans la région, qui devront fermer des centres de santé, ont exprimé leur inquiétude dans une lettre ouverte.",
        sentences: &[s("Plusieurs ONG", I, "ong")],
        quotes: &[],
    },
    Case {
        name: "an age between commas is an insert: the name before it speaks",
        text: "Fatou Sy, 34 ans, raconte qu'elle a fui le quartier à pied. Paul Ndiaye, 61 ans, retraité de la SNCF, affirme que rien n'a changé.",
        sentences: &[
            s("Fatou Sy", I, "fatou sy"),
            s("Paul Ndiaye", I, "paul ndiaye"),
        ],
        quotes: &[],
    },
    Case {
        name: "appeler someone à: a call is reported speech",
        text: "Le président a de nouveau appelé ses alliés à accélérer les livraisons. Les syndicats ont aussitôt appelé à un débrayage. Il appelle les parlementaires à rejeter l'article 38. La mairie a appelé les pompiers vers minuit.",
        sentences: &[
            s("Le président", I, "président"),
            s("Les syndicats", I, "syndicats"),
            s("Il appelle", I, "*"),
            s("La mairie", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "supporters, opponents and forecasters speak",
        text: "Ses partisans y voient un moyen de relancer l'investissement. Ses détracteurs estiment que la mesure rapportera peu. Les prévisionnistes annoncent de fortes pluies.",
        sentences: &[
            s("Ses partisans", I, "partisans"),
            s("Ses détracteurs", I, "détracteurs"),
            s("Les prévisionnistes", I, "prévisionnistes"),
        ],
        quotes: &[],
    },
    Case {
        name: "a perfect infinitive after a reporting verb is its content",
        text: "Le prévenu a en revanche contesté avoir ciblé des personnes âgées. Il a reconnu avoir encaissé les chèques. La ministre assure être favorable au texte. L'équipe a cru avoir fait le plus dur.",
        sentences: &[
            s("Le prévenu", I, "prévenu"),
            s("Il a reconnu", I, "prévenu"),
            s("La ministre", I, "ministre"),
            s("L'équipe", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a negated reporting verb with a plain object reports nothing",
        text: "Cette source n'a pas précisé la nature des contacts. Le chef de l'État ne s'est pas exprimé sur le sujet. Ces chiffres ne disent pas tout. Le ministre n'a pas exclu une intervention. Il n'a pas dit que le texte serait retiré. La maire ne cesse de dénoncer la fermeture du site. Elle n'hésite pas à critiquer la préfecture.",
        sentences: &[
            s("Cette source", A, ""),
            s("Le chef", A, ""),
            s("Ces chiffres", A, ""),
            s("Le ministre", I, "ministre"),
            s("Il n'a pas dit", I, "ministre"),
            s("La maire", I, "maire"),
            s("Elle n'hésite", I, "maire"),
        ],
        quotes: &[],
    },
    Case {
        name: "a verb form after a number is a noun (99 000 tonnes)",
        text: "Concrètement, 99 000 tonnes de bœuf supplémentaires pourront entrer chaque année.",
        sentences: &[s("Concrètement", A, "")],
        quotes: &[],
    },
    Case {
        name: "an inverted subject after a time phrase",
        text: "BRUXELLES, 17 nov (Agence) - La Chine va imposer des droits de douane, a annoncé lundi le ministère chinois du Commerce. Les prix monteront, a estimé mardi soir un négociant.",
        sentences: &[
            s("BRUXELLES", I, "ministère chinois du commerce"),
            s("Les prix", I, "négociant"),
        ],
        quotes: &[],
    },
    Case {
        name: "faire valoir, faire remarquer, opposer que and justifier par report",
        text: "Le ministère du Logement fait valoir que l'encadrement a limité la hausse. La présidente du tribunal, Catherine Aubert, lui a fait remarquer que deux offres étaient arrivées en retard. Le ministère nous oppose que les regroupements offrent de meilleures conditions. Pékin justifie cette mesure par une enquête antidumping. Le match oppose Lyon à Marseille.",
        sentences: &[
            s("Le ministère du Logement", I, "ministère du logement"),
            s("La présidente", I, "catherine aubert"),
            s("Le ministère nous", I, "ministère"),
            s("Pékin", I, "pékin"),
            s("Le match", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a typed à for the auxiliary a before a participle",
        text: "Le prévenu à répondu qu'il ne s'occupait pas du courrier.",
        sentences: &[s("Le prévenu", I, "prévenu")],
        quotes: &[],
    },
    Case {
        name: "an insert between commas after a plural institution",
        text: "Les oppositions, de la gauche au Rassemblement national, ont annoncé qu'elles voteraient contre la mesure.",
        sentences: &[s("Les oppositions", I, "oppositions")],
        quotes: &[],
    },
    Case {
        name: "d'ores et déjà inside a verb group; citer and décrire report",
        text: "Les syndicats ont d'ores et déjà annoncé une nouvelle journée de mobilisation. Le régulateur cite aussi le rétablissement de l'accise. Cité comme témoin, un ancien locataire, Mamadou S., a décrit les rats et l'humidité.",
        sentences: &[
            s("Les syndicats", I, "syndicats"),
            s("Le régulateur", I, "régulateur"),
            s("Cité comme", I, "mamadou s."),
        ],
        quotes: &[],
    },
    Case {
        name: "a name with its acronym in brackets, then a role between commas",
        text: "L'Alliance démocratique (ACD), principale coalition d'opposition, affirme que les jeunes n'ont pas pu s'inscrire.",
        sentences: &[s("L'Alliance", I, "alliance démocratique")],
        quotes: &[],
    },
    Case {
        name: "y voir reports how a source reads something",
        text: "L'opposition y voit une manœuvre électorale. Mariama Oumarou, 23 ans, étudiante en droit, y voit « la suite logique » du départ des soldats. Le maire voit la mer depuis son bureau. Certains y verront du laxisme.",
        sentences: &[
            s("L'opposition", I, "opposition"),
            s("Mariama", I, "mariama oumarou"),
            s("Le maire", A, ""),
            s("Certains", A, ""),
        ],
        quotes: &[q("suite logique", QD, "mariama oumarou", "y voir")],
    },
    Case {
        name: "a coordinated participle with a plain object is narration",
        text: "Le maire a visité le chantier mardi et constaté les dégâts.",
        sentences: &[s("Le maire", A, "")],
        quotes: &[],
    },
    Case {
        name: "a body that singles out a fault in quotation marks reports it",
        text: "En 2023, la chambre régionale des comptes avait déjà épinglé des « irrégularités » dans l'attribution des subventions.",
        sentences: &[s("En 2023", I, "chambre régionale des comptes")],
        quotes: &[q(
            "irrégularités",
            QD,
            "chambre régionale des comptes",
            "épingler",
        )],
    },
    Case {
        name: "a feeling expressed in quotation marks is the subject's",
        text: "Dans un communiqué, la compagnie Transalys a exprimé sa « profonde tristesse ».",
        sentences: &[s("Dans un communiqué", I, "transalys")],
        quotes: &[q("profonde tristesse", QD, "transalys", "exprimer")],
    },
    Case {
        name: "a tribute in quotation marks is the speaker's words",
        text: "Le général Dan Kassou a rendu hommage à des « héros tombés pour la patrie ».",
        sentences: &[s("Le général", I, "dan kassou")],
        quotes: &[q("héros tombés", QD, "dan kassou", "rendre hommage")],
    },
    Case {
        name: "a tribute without quotation marks is narration",
        text: "Le général Dan Kassou a rendu hommage aux soldats tombés lundi.",
        sentences: &[s("Le général", A, "")],
        quotes: &[],
    },
    Case {
        name: "how a speaker presents something, in quotation marks, is the speaker's",
        text: "Le gouvernement présente la réforme comme « la plus ambitieuse depuis vingt ans ».",
        sentences: &[s("Le gouvernement", I, "gouvernement")],
        quotes: &[q("plus ambitieuse", QD, "gouvernement", "présenter")],
    },
    Case {
        name: "presenting a budget is narration",
        text: "Le ministre a présenté le budget mardi devant les députés.",
        sentences: &[s("Le ministre", A, "")],
        quotes: &[],
    },
    // ── Speakers: pronouns ──────────────────────────────────────────────────────────────────
    Case {
        name: "a plural pronoun takes up an indefinite plural subject",
        text: "Plusieurs associations de locataires, qui dénoncent des loyers abusifs, ont écrit au maire. « Nous ne pouvons plus attendre », y affirment-elles.",
        sentences: &[s(
            "« Nous ne pouvons",
            D,
            "plusieurs associations de locataires",
        )],
        quotes: &[],
    },
    Case {
        name: "a pronoun after a person met as an object takes the person, not the place",
        text: "Nous avons rencontré Jean-Marc Pélissier, maraîcher dans le Vaucluse, devant sa serre détruite. « Tout est à refaire », nous a-t-il dit.",
        sentences: &[s("« Tout est", D, "jean-marc pélissier")],
        quotes: &[],
    },
    // ── Fixed expressions, predictions and plans are not reports ────────────────────────────
    Case {
        name: "connectives built on dire report nothing",
        text: "Autrement dit : accepter ou payer. Cela dit, le ministre n'a rien annoncé. Ceci dit, la grève continue. Soit dit en passant, le calendrier a glissé.",
        sentences: &[
            s("Autrement", A, ""),
            s("Cela dit", A, ""),
            s("Ceci dit", A, ""),
            s("Soit dit", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a reporting verb in the future is the author's prediction",
        text: "Les syndicats crieront à la régression. Le Conseil européen des 17 et 18 décembre dira si ce compromis est à portée de main. Le gouvernement présentera son projet de loi mercredi.",
        sentences: &[
            s("Les syndicats", A, ""),
            s("Le Conseil", A, ""),
            s("Le gouvernement", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a saying that is scheduled, expected or possible is not reported",
        text: "Le ministre devrait annoncer mardi de nouvelles mesures. La CRE ne fait qu'une proposition, que les ministres peuvent contester dans un délai de trois mois. La Première ministre doit présenter jeudi son plan. Le président va s'exprimer ce soir à la télévision.",
        sentences: &[
            s("Le ministre", A, ""),
            s("La CRE", A, ""),
            s("La Première", A, ""),
            s("Le président", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a saying that was forced or went far is reported",
        text: "La ministre a dû reconnaître que le calendrier était intenable. Le député va jusqu'à affirmer que le scrutin a été truqué. Le maire a pu constater que la digue avait cédé.",
        sentences: &[
            s("La ministre", I, "ministre"),
            s("Le député", I, "député"),
            s("Le maire", I, "maire"),
        ],
        quotes: &[],
    },
    Case {
        name: "a court's sentence is narration, a government's condemnation is reported",
        text: "Jeudi, le tribunal correctionnel de Rodez l'a condamné à trois ans de prison pour escroquerie. Le ministère des Affaires étrangères a condamné l'attaque contre le convoi.",
        sentences: &[
            s("Jeudi", A, ""),
            s("Le ministère", I, "ministère des affaires étrangères"),
        ],
        quotes: &[],
    },
    Case {
        name: "pour before a thing is not a source",
        text: "Pour un appartement sans chauffage électrique, la hausse sera de l'ordre de 25 euros annuels. Pour les foyers modestes, la facture augmentera davantage.",
        sentences: &[s("Pour un appartement", A, ""), s("Pour les foyers", A, "")],
        quotes: &[],
    },
    Case {
        name: "a list dash before selon keeps the source",
        text: "Les prévisions pour le week-end :\n\n- Selon Vigicrues, la Saône devrait atteindre son pic dimanche vers midi.\n\n- D'après Météo-France, la pluie cessera lundi.",
        sentences: &[
            s("- Selon", I, "vigicrues"),
            s("- D'après", I, "météo-france"),
        ],
        quotes: &[],
    },
    Case {
        name: "forecasts, explanations and arguments put forward are reported",
        text: "L'Insee prévoit une stabilisation du taux de chômage autour de 8 % d'ici à la fin de 2027. Le syndicat, de son côté, met en avant les emplois indirects et la récupération de chaleur. Moscou présente régulièrement ces frappes comme une riposte aux attaques ukrainiennes.",
        sentences: &[
            s("L'Insee", I, "insee"),
            s("Le syndicat", I, "syndicat"),
            s("Moscou", I, "moscou"),
        ],
        quotes: &[],
    },
    Case {
        name: "a plan is narration, putting a report forward is not a saying",
        text: "Le gouvernement prévoit de supprimer 500 postes d'ici 2028. La mairie a mis en avant-première le nouveau quartier.",
        sentences: &[s("Le gouvernement", A, ""), s("La mairie", A, "")],
        quotes: &[],
    },
    Case {
        name: "an evaluation with an attribute is reported",
        text: "Plusieurs économistes jugent ces prévisions optimistes. L'opposition a jugé la réponse du gouvernement insuffisante.",
        sentences: &[
            s("Plusieurs économistes", I, "économistes"),
            s("L'opposition", I, "opposition"),
        ],
        quotes: &[],
    },
    Case {
        name: "the subject is the phrase a complement completes, not the complement",
        text: "L'accord de coopération signé mercredi à Niamey prévoit la livraison de deux avions. Plusieurs diplomates en poste à Lusaka ont fait part de leur inquiétude. Parmi les commerçants, plusieurs d'entre eux disent avoir perdu des clients.",
        sentences: &[
            s("L'accord", A, ""),
            s("Plusieurs diplomates", I, "plusieurs diplomates"),
            s("Parmi", I, "*"),
        ],
        quotes: &[],
    },
    Case {
        name: "a verb form followed by et has no object",
        text: "L'IGPN, juge et partie\n\nL'enquête a été confiée à l'inspection.",
        sentences: &[s("L'IGPN", A, "")],
        quotes: &[],
    },
    Case {
        name: "a generic epithet takes up the person named with a precise role",
        text: "« Sans eau l'été, ma ferme ne tient pas cinq ans », résume Gérard Poupard, 58 ans, céréalier à Vatan. La préfecture a autorisé le bassin. L'agriculteur assure que le bassin ne prélèvera que l'excédent d'hiver. Le maire, Bernard Vialatte, reste prudent. « La carrière fait vivre l'école », glisse l'élu.",
        sentences: &[
            s("L'agriculteur", I, "gérard poupard"),
            s("« La carrière", D, "bernard vialatte"),
        ],
        quotes: &[],
    },
    Case {
        name: "what the outlet's own journalist saw is the author's",
        text: "Des dizaines de jeunes se sont rassemblés devant l'ambassade, a constaté un journaliste de la Dépêche continentale. Selon notre correspondant à Lyon, la manifestation s'est dispersée dans le calme. Un photographe de l'agence a constaté que la vitrine était brisée.",
        sentences: &[
            s("Des dizaines", A, ""),
            s("Selon notre", A, ""),
            s("Un photographe", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "an envoy or a team of someone else's who saw something is a source",
        text: "L'envoyé spécial de l'ONU a constaté que les convois étaient bloqués. L'équipe municipale a constaté que la digue avait cédé.",
        sentences: &[
            s("L'envoyé", I, "envoyé spécial de l'onu"),
            s("L'équipe", I, "équipe municipale"),
        ],
        quotes: &[],
    },
    Case {
        name: "another outlet's revelation is reported",
        text: "Un journaliste de Mediapart a révélé que le contrat avait été signé en secret.",
        sentences: &[s("Un journaliste", I, "*")],
        quotes: &[],
    },
    Case {
        name: "a programme that shows a delay is not speaking",
        text: "Le programme accuse pourtant un net retard : à peine 40 % des places ont été livrées. Les exportations accusent une baisse de 4 %. Le syndicat accuse la direction de mentir.",
        sentences: &[
            s("Le programme", A, ""),
            s("Les exportations", A, ""),
            s("Le syndicat", I, "syndicat"),
        ],
        quotes: &[],
    },
    Case {
        name: "a doubt or a dispute denied is a conviction, reported",
        text: "Le commerçant ne doute pas une seconde des accusations portées contre les diplomates. La direction ne conteste pas les chiffres du syndicat.",
        sentences: &[
            s("Le commerçant", I, "commerçant"),
            s("La direction", I, "direction"),
        ],
        quotes: &[],
    },
    Case {
        name: "the title of a book or a petition is a name, not a quotation",
        text: "Elle a publié “Petit manuel du voyageur contrarié” (éditions du Solstice, 2024). Pauline Escande est journaliste et autrice de “L'Année où j'ai tout débranché” (2024). Signez notre pétition \"Référendum maintenant\".",
        sentences: &[
            s("Elle a publié", A, ""),
            s("Pauline Escande", A, ""),
            s("Signez", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "both parties confirming is reported",
        text: "Les deux parties ont en revanche confirmé l'échange de 120 prisonniers de guerre.",
        sentences: &[s("Les deux", I, "deux parties")],
        quotes: &[],
    },
    Case {
        name: "witnesses the reporters met are the source",
        text: "Selon les témoins que nous avons rencontrés, la voiture a touché l'arrière du scooter.",
        sentences: &[s("Selon", I, "témoins")],
        quotes: &[],
    },
    Case {
        name: "an order of things is nobody a pronoun takes up",
        text: "Mais la réforme arrive dans le mauvais ordre. Pour lui, 1 200 euros, c'est deux mois de loyer.",
        sentences: &[s("Pour lui", I, "")],
        quotes: &[],
    },
    Case {
        name: "a sharing line after an interview is the page's",
        text: "Le docteur Vincent Morlaix dirige les urgences de Cholet.\n\nPropos recueillis par Léa Morin\n\nPourquoi fermer la nuit ?\n\nNous n'avons plus assez de médecins.\n\nEt les patients ?\n\nIls appellent le 15 avant de venir.\n\nPartager sur : Facebook | LinkedIn | E-mail",
        sentences: &[
            s("Nous n'avons", D, "vincent morlaix"),
            s("Partager sur", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a possessive source is the entourage of the person last named",
        text: "La ministre de la Santé, Hélène Ravier, a présenté mardi son plan pour l'hôpital. Selon son entourage, ce plan prévoirait une revalorisation des gardes de nuit. Le ministre de l'Intérieur, Bertrand Sallenave, a défendu son texte. Son entourage assure que le calendrier sera tenu.",
        sentences: &[
            s("Selon son entourage", I, "entourage d'hélène ravier"),
            s("Son entourage", I, "entourage de bertrand sallenave"),
        ],
        quotes: &[],
    },
    Case {
        name: "a body taken up by its common noun is the body named earlier",
        text: "L'Agence internationale de l'énergie atomique (AIEA) a signalé lundi une nouvelle coupure de courant. Les réacteurs sont refroidis par des générateurs diesel, selon l'agence. L'association des copropriétaires du Signal a déposé un recours. L'association estime que l'État doit payer. Le ministère des Armées a confirmé l'exercice. Selon le ministère, aucun tir réel n'aura lieu.",
        sentences: &[
            s(
                "Les réacteurs",
                I,
                "agence internationale de l'énergie atomique",
            ),
            s(
                "L'association estime",
                I,
                "association des copropriétaires du signal",
            ),
            s("Selon le ministère", I, "ministère des armées"),
        ],
        quotes: &[],
    },
    Case {
        name: "a body's common noun with nothing named before stays as written",
        text: "Les réacteurs sont refroidis par des générateurs diesel, selon l'agence.",
        sentences: &[s("Les réacteurs", I, "agence")],
        quotes: &[],
    },
    Case {
        name: "a page's hyphen bullets are the author's text, with their attributions",
        text: "Ce qu'il faut retenir\n- Le Rhône est placé en vigilance rouge crues.\n- Selon Vigicrues, la Saône atteindra son pic dimanche.\n- Le maire a dénoncé une « catastrophe annoncée ».\n- Environ 450 habitants ont été évacués.",
        sentences: &[
            s("- Le Rhône", A, ""),
            s("- Selon Vigicrues", I, "vigicrues"),
            s("- Le maire", I, "maire"),
            s("- Environ", A, ""),
        ],
        quotes: &[q("catastrophe annoncée", QD, "maire", "dénoncer")],
    },
    Case {
        name: "a minister's stance set off by quant à lui inside the verb group",
        text: "Le ministre a quant à lui affirmé que le texte serait voté avant Noël.",
        sentences: &[s("Le ministre", I, "ministre")],
        quotes: &[],
    },
    Case {
        name: "a name set beside a role keeps its party in brackets",
        text: "Le maire de Lille, Paul Girard (EELV), a déclaré que la ville porterait plainte. Le président du groupe, Luc Morel (Renaissance, Nord), juge que le texte est « équilibré ». Le maire, Bernard Vialatte (sans étiquette), dit « comprendre les inquiétudes ». L'opposition municipale, menée par Gérard Fontaine (divers droite), réclame la démission de l'adjointe.",
        sentences: &[
            s("Le maire de Lille", I, "paul girard"),
            s("Le président du groupe", I, "luc morel"),
            s("Le maire, Bernard", I, "bernard vialatte"),
            s("L'opposition municipale", I, "opposition municipale"),
        ],
        quotes: &[],
    },
    Case {
        name: "a name described before it is given, in an apposition to a role",
        text: "Son président, l'ancien médecin généraliste Jean-Paul Dury, dénonce une « décision prise dans un bureau ». Leur chef de service, le docteur Vincent Morlaix, estime que la régulation protège les patients.",
        sentences: &[
            s("Son président", I, "jean-paul dury"),
            s("Leur chef", I, "vincent morlaix"),
        ],
        quotes: &[],
    },
    Case {
        name: "the name of a body after its common noun runs over its lower-case words",
        text: "Le collectif Eau commune du Cher dénonce une « privatisation de l'eau ». Le syndicat Sud-Rail a affirmé que la grève serait reconduite.",
        sentences: &[
            s("Le collectif", I, "collectif eau commune du cher"),
            s("Le syndicat", I, "syndicat sud-rail"),
        ],
        quotes: &[],
    },
    Case {
        name: "a role between commas describes the subject before it",
        text: "La direction du port, partie civile, s'est félicitée dans un communiqué d'une « décision qui protège les agents ».",
        sentences: &[s("La direction", I, "direction du port")],
        quotes: &[],
    },
    Case {
        name: "a number word opening a sentence is no name a pronoun takes up",
        text: "Le directeur général, Armand Tessier, a annoncé la fermeture du site. Quelque 300 salariés sont concernés. Il a précisé que le site serait placé sous cocon.",
        sentences: &[s("Il a précisé", I, "armand tessier")],
        quotes: &[],
    },
    Case {
        name: "an incise that names its speaker wins over the clause before the colon",
        text: "Les élus ont quitté la salle : « Nous ne céderons pas, a déclaré le maire de Vierzon, Paul Girard. Les fermetures seront refusées. » Le ministre est resté : « Rien n'est décidé, a-t-il assuré. » Paul Girard a répondu : « Nous verrons, a-t-il dit. »",
        sentences: &[
            s("Les élus", D, "paul girard"),
            s("Le ministre", D, "ministre"),
            s("Paul Girard a", D, "paul girard"),
        ],
        quotes: &[
            q("céderons", QuoteKind::Direct, "paul girard", "déclarer"),
            q("Rien", QuoteKind::Direct, "ministre", "assurer"),
        ],
    },
    Case {
        name: "an adverbial inside the compound verb of a reported statement",
        text: "La députée insoumise Inès Bouaziz a au contraire jugé que les agences n'avaient aucune légitimité. Le sénateur Paul Morel a au passage rappelé que le texte reviendrait en janvier.",
        sentences: &[
            s("La députée", I, "inès bouaziz"),
            s("Le sénateur", I, "paul morel"),
        ],
        quotes: &[],
    },
    Case {
        name: "a party in brackets inside a role before the name",
        text: "« Ce gouvernement a perdu le contrôle des comptes », a réagi le président (LR) de la commission des finances du Sénat, Pierre Cazenave. La sénatrice (LR) de la Sarthe Bérengère Lhomme, rapporteure du texte, a fait valoir qu'il fallait d'abord financer les soins palliatifs.",
        sentences: &[
            s("« Ce gouvernement", D, "pierre cazenave"),
            s("La sénatrice", I, "bérengère lhomme"),
        ],
        quotes: &[],
    },
    Case {
        name: "an inverted subject after a verb and its complement",
        text: "« Nous sommes revenus au papier », a déclaré à l'agence Sirocco la directrice de l'établissement, Hélène Varin. « Nous avons épuisé toutes les pistes », a déclaré lors d'une conférence de presse le directeur général du groupe, Armand Tessier.",
        sentences: &[
            s("« Nous sommes", D, "hélène varin"),
            s("« Nous avons", D, "armand tessier"),
        ],
        quotes: &[],
    },
    Case {
        name: "a participial clause of venir names no speaker a pronoun takes up",
        text: "Le texte sort de la chambre haute privé de sa mesure principale. Venu défendre le texte au Sénat, le ministre de la Santé, Olivier Ramel, a regretté « un rendez-vous manqué ». « Les Français attendent cette loi », a-t-il ajouté devant la presse.",
        sentences: &[
            s("Venu défendre", I, "olivier ramel"),
            s("« Les Français", D, "olivier ramel"),
        ],
        quotes: &[],
    },
    Case {
        name: "a participle opening the sentence is no name a pronoun takes up",
        text: "Venue défendre le texte dans l'hémicycle, la ministre des Armées, Solène Harcourt, a répondu aux critiques. « Il ne s'agit pas de rétablir la conscription », a-t-elle martelé. Interrogée sur les mineurs, Solène Harcourt a écarté l'idée. Elle a ajouté que le coût serait couvert.",
        sentences: &[
            s("« Il ne", D, "solène harcourt"),
            s("Elle a ajouté", I, "solène harcourt"),
        ],
        quotes: &[],
    },
    Case {
        name: "the subject's own verb in quotation marks is their word, not a scare quote",
        text: "Le ministre de l'Économie, Damien Saulnier, a « pris acte » de la décision de l'agence. La maire de Lille s'est dite « consternée » par la fermeture. Le gouvernement parle d'une « réforme ambitieuse ».",
        sentences: &[
            s("Le ministre", I, "damien saulnier"),
            s("La maire", I, "maire de lille"),
        ],
        quotes: &[
            q("pris acte", QuoteKind::Direct, "damien saulnier", ""),
            q("consternée", QuoteKind::Direct, "maire de lille", "*"),
        ],
    },
    Case {
        name: "the initial of an anonymous name is no name",
        text: "L'avocate de Kévin M. a plaidé la relaxe. Pour l'avocate de Kévin M., Me Anne-Sophie Derrien, son client a été « une proie avant d'être un complice ».",
        sentences: &[
            s("L'avocate de", I, "avocate de kévin m."),
            s("Pour l'avocate", I, "anne-sophie derrien"),
        ],
        quotes: &[],
    },
    Case {
        name: "a person named in full after de is the complement of the speaker, who is not that person",
        text: "L'avocat de Kévin Durand a expliqué que le dossier était vide. Le porte-parole de Marine Costa assure que la liste est prête. L'entourage de Régis Montauzier explique que le chiffre inclut la dette. Selon l'avocate de M. Lenoir, le dossier est vide. Le dossier est vide, a répété le conseiller de Nadia Ferhat.",
        sentences: &[
            s("L'avocat de", I, "avocat de kévin durand"),
            s("Le porte-parole", I, "porte-parole de marine costa"),
            s("L'entourage de", I, "entourage de régis montauzier"),
            s("Selon l'avocate", I, "avocate de m. lenoir"),
            s(
                "Le dossier est vide, a répété",
                I,
                "conseiller de nadia ferhat",
            ),
        ],
        quotes: &[],
    },
    Case {
        name: "a name beside a body of people around someone is the name of whom it serves",
        text: "Le texte sera présenté jeudi, a indiqué le cabinet du garde des Sceaux, Lucien Marchetti. Le cabinet du ministre Hugo Delattre rappelle que la ligne restera ouverte. La réforme est prête, a fait savoir l'entourage de la présidente, Claire Aubert. Les services du préfet, Marc Vial, ont précisé que la route rouvrirait. Le porte-parole du gouvernement, Jean Roussel, a assuré que rien ne changerait.",
        sentences: &[
            s("Le texte sera", I, "cabinet de lucien marchetti"),
            s("Le cabinet du ministre", I, "cabinet d'hugo delattre"),
            s("La réforme est prête", I, "entourage de claire aubert"),
            s("Les services du préfet", I, "services de marc vial"),
            s("Le porte-parole", I, "jean roussel"),
        ],
        quotes: &[],
    },
    Case {
        name: "a relation with a possessive is that of the person just named",
        text: "Benoît Carpentier cultive des betteraves depuis trente ans. Son voisin, qui ne souhaite pas être nommé, dit avoir réduit ses surfaces. Martine Lefort a été condamnée mardi. Son avocat a annoncé qu'elle ferait appel. Le ministre de l'Agriculture, Paul Germain, a présenté son plan. Son cabinet a précisé que le texte serait prêt. Ses services ont indiqué que la mesure coûterait cher.",
        sentences: &[
            s("Benoît Carpentier", A, ""),
            s("Son voisin", I, "voisin de benoît carpentier"),
            s("Son avocat", I, "avocat de martine lefort"),
            s("Son cabinet", I, "cabinet de paul germain"),
            s("Ses services", I, "services de paul germain"),
        ],
        quotes: &[],
    },
    Case {
        name: "a relation with a possessive takes up the name set beside it before",
        text: "Son avocat, Me Olivier Sarrazin, a plaidé la relaxe. Martine Lefort a été condamnée mardi. Son avocat a annoncé qu'elle ferait appel.",
        sentences: &[
            s("Son avocat, Me", I, "olivier sarrazin"),
            s("Son avocat a", I, "olivier sarrazin"),
        ],
        quotes: &[],
    },
    Case {
        name: "an inverted subject after an incise with a possessive relation before it is the speaker",
        text: "Son voisin, m'a expliqué un policier, « ne sort plus le soir ».",
        sentences: &[s("Son voisin", I, "policier")],
        quotes: &[],
    },
    Case {
        name: "any name after the de of a relation is whose the speaker is",
        text: "Le groupe de Yanis Ferhat a annoncé un amendement. L'équipe de Karim Bensalah a jugé le sondage biaisé. La porte-parole de Sélim Haddou assure que la liste est prête.",
        sentences: &[
            s("Le groupe", I, "groupe de yanis ferhat"),
            s("L'équipe", I, "équipe de karim bensalah"),
            s("La porte-parole", I, "porte-parole de sélim haddou"),
        ],
        quotes: &[],
    },
    Case {
        name: "a place after de stays a complement, and the name apposed after it is the speaker",
        text: "Le maire de Lyon Grégory Vernet a assuré que la ligne rouvrira. La présidente de la région Claire Aubert estime que le budget tient.",
        sentences: &[
            s("Le maire de Lyon", I, "grégory vernet"),
            s("La présidente", I, "claire aubert"),
        ],
        quotes: &[],
    },
    Case {
        name: "a noun after a determiner and an adjective is no verb",
        text: "Une note de A+ reste une bonne note, et la France continuera d'emprunter. La nouvelle annonce du ministère a surpris les maires. Les autres disent que la note ne changera rien.",
        sentences: &[
            s("Une note", A, ""),
            s("La nouvelle", A, ""),
            s("Les autres", I, "autres"),
        ],
        quotes: &[],
    },
    Case {
        name: "a vote that rejects or approves a text is an act",
        text: "Le Sénat a rejeté mardi, par 187 voix contre 131, l'article central de la proposition de loi. Les députés ont approuvé l'amendement du gouvernement. Le ministre a rejeté les accusations de l'opposition, qu'il juge infondées. « C'est faux », a rejeté la porte-parole.",
        sentences: &[
            s("Le Sénat", A, ""),
            s("Les députés", A, ""),
            s("« C'est faux", D, "porte-parole"),
        ],
        quotes: &[],
    },
    Case {
        name: "a decimal comma is no clause break before an incise",
        text: "Au total, 1,4 tonne de cocaïne a été saisie en 2025 lors d'opérations liées au réseau, a rappelé la présidente du tribunal, Hélène Quéméner.",
        sentences: &[s("Au total", I, "hélène quéméner")],
        quotes: &[],
    },
    Case {
        name: "a participle written without its accent after its auxiliary",
        text: "Le ministre de la Sante, Olivier Ramel, a parle d'une « attaque lache contre des soignants ». La prefete a souligne que les secours etaient prets. Le maire parle d'une decision injuste.",
        sentences: &[
            s("Le ministre", I, "olivier ramel"),
            s("La prefete", I, "prefete"),
            s("Le maire", I, "maire"),
        ],
        quotes: &[q(
            "attaque lache",
            QuoteKind::Direct,
            "olivier ramel",
            "parler",
        )],
    },
    Case {
        name: "a role with co- written without its hyphen, and a subject with a complement before a stressed pronoun",
        text: "Ses deux coprévenus ont nié les faits jusqu'au bout. Plusieurs généraux en deuxième section s'inquiètent, eux, de la capacité des régiments.",
        sentences: &[
            s("Ses deux", I, "coprévenus"),
            s("Plusieurs", I, "généraux"),
        ],
        quotes: &[],
    },
    Case {
        name: "the second half of a negation after the verb is no inverted subject",
        text: "Il faut dire que le rapport de l'Inspection générale, publié il y a trois semaines, ne lui reprochait presque rien.",
        sentences: &[s("Il faut dire", A, "")],
        quotes: &[],
    },
    Case {
        name: "an incise names the speaker of a clause whose own verb takes a plain object",
        text: "Moscou rejette cette condition, a fait savoir la délégation russe dans un communiqué. Le syndicat conteste le calendrier, a indiqué sa secrétaire générale, Nadia Kerbrat. Le ministre a affirmé que la situation était sous contrôle, a rapporté l'agence.",
        sentences: &[
            s("Moscou rejette", I, "délégation russe"),
            s("Le syndicat", I, "nadia kerbrat"),
            s("Le ministre", I, "ministre"),
        ],
        quotes: &[],
    },
    Case {
        name: "on after a fronted place or group speaks for it",
        text: "Chez les irrigants, on s'agace de ces délais. À la préfecture, on rappelle que le fonds ne peut pas indemniser au-delà de la valeur du bien. Du côté de la majorité, on estime que le texte est équilibré. Dans l'entourage du ministre, on assure que rien n'est décidé. Au ministère de l'Intérieur, on assure que les renforts arriveront. À ce stade, on ignore encore les causes de l'incendie. Dans ce contexte, on estime que la réforme sera votée. À Marseille, on compte 3 000 logements vacants.",
        sentences: &[
            s("Chez les", I, "irrigants"),
            s("À la préfecture", I, "préfecture"),
            s("Du côté", I, "majorité"),
            s("Dans l'entourage", I, "entourage du ministre"),
            s("Au ministère", I, "ministère de l'intérieur"),
            s("À ce stade", A, ""),
            s("Dans ce contexte", I, ""),
            s("À Marseille", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a role with a complement before the name set beside it",
        text: "La Commission étudie « toutes les options », a indiqué son porte-parole pour le commerce, Olaf Brenner. Elle pourrait saisir l'OMC, a-t-il précisé. La directrice de l'agence régionale de santé pour l'Occitanie, Claire Mandel, a assuré que les urgences resteraient ouvertes.",
        sentences: &[
            s("La Commission", D, "olaf brenner"),
            s("Elle pourrait", I, "olaf brenner"),
            s("La directrice", I, "claire mandel"),
        ],
        quotes: &[],
    },
    Case {
        name: "a document with a possessive speaks for its owner",
        text: "Le groupe Norvane a annoncé mardi la fermeture de son usine. Il a perdu 10 milliards d'euros depuis 2019, selon ses comptes. Les agents de l'Office de la biodiversité surveillent le massif. D'après leurs relevés, le secteur abrite une meute de cinq loups.",
        sentences: &[
            s("Il a perdu", I, "norvane"),
            s("D'après", I, "agents de l'office de la biodiversité"),
        ],
        quotes: &[],
    },
    Case {
        name: "à l'en croire names the person last spoken of",
        text: "Le maire, Gérard Poupinel, a reçu la presse jeudi. À l'en croire, les camions ne traverseront jamais le bourg. Les syndicats ont rencontré le préfet. À les en croire, la grève sera suivie.",
        sentences: &[
            s("À l'en croire", I, "gérard poupinel"),
            s("À les en croire", I, "syndicats"),
        ],
        quotes: &[],
    },
    Case {
        name: "sentences opening on que carry on the reported speech before them",
        text: "Le policier a expliqué que le jeune homme avait refusé de couper son moteur. Qu'il avait cru voir une arme dans sa main. Que tout s'était joué en trois secondes. Qu'il parte, et vite.",
        sentences: &[
            s("Qu'il avait", I, "policier"),
            s("Que tout", I, "policier"),
            s("Qu'il parte", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a role set beside a name with its party in brackets, then an epithet",
        text: "Le maire, Gérard Poupinel (divers droite), a reçu la presse jeudi. « Ce village perd des habitants », interroge l'élu. Thierry Baudoin, céréalier, a vendu ses parcelles. « Je ne vais pas m'excuser de vendre », lâche l'exploitant.",
        sentences: &[
            s("« Ce village", D, "gérard poupinel"),
            s("« Je ne vais", D, "thierry baudoin"),
        ],
        quotes: &[],
    },
    Case {
        name: "a demonstrative before a role takes up the person just named",
        text: "Annick Lhermitte, 58 ans, habite à deux cents mètres de la parcelle. « On est venus ici pour le calme », soupire cette aide-soignante, qui préside l'association. Ce dernier point a été contesté, a déclaré la directrice.",
        sentences: &[s("« On est venus", D, "annick lhermitte")],
        quotes: &[],
    },
    Case {
        name: "a phrase after a preposition is no subject before an incise",
        text: "Sans remontées mécaniques, l'école fermerait à son tour, préviennent les élus de la vallée. Avec ce budget, les écoles fermeront, a prévenu le maire. Le maire sans étiquette, Joël Piveteau, avait soutenu le projet. « Je me suis fait avoir », lâche l'élu. La ville ne tiendra pas, a prévenu le maire. La ville fermera ses piscines, a prévenu le maire. Le porte-parole du comité du lait, Jean Morin, a déclaré que les prix baisseraient.",
        sentences: &[
            s("Sans remontées", I, "élus de la vallée"),
            s("Avec ce budget", I, "maire"),
            s("« Je me suis", D, "joël piveteau"),
            s("La ville ne tiendra", I, "joël piveteau"),
            s("La ville fermera", I, "joël piveteau"),
            s("Le porte-parole du comité", I, "jean morin"),
        ],
        quotes: &[],
    },
    Case {
        name: "a pronoun opening a sentence takes up the thing the last one opened on",
        text: "Les élus de la vallée défendent le projet. Cet argument est réel. Il suppose pourtant que la neige restera possible. La ministre a reçu les élus. Elle estime que le projet doit être revu. Les grévistes bloquent le site. Ils exigent une prime de risque, ont indiqué plusieurs d'entre eux.",
        sentences: &[
            s("Il suppose", A, ""),
            s("Elle estime", I, "ministre"),
            s("Ils exigent", I, "*"),
        ],
        quotes: &[],
    },
    Case {
        name: "a generic noun takes up the body that spoke last",
        text: "La dette publique a atteint 3 482 milliards d'euros, selon l'Insee. Elle a augmenté de 61 milliards en un trimestre, a précisé l'institut. La Fédération nationale des producteurs de lait s'inquiète de la décision chinoise. Les coopératives seraient les premières touchées, a précisé l'organisation. L'Organisation mondiale du commerce sera saisie, a annoncé Bruxelles. Le ministre Paul Morel a reçu les éleveurs. Ils demandent des aides, a indiqué le syndicat.",
        sentences: &[
            s("Elle a augmenté", I, "insee"),
            s(
                "Les coopératives",
                I,
                "fédération nationale des producteurs de lait",
            ),
            s("Ils demandent", I, "syndicat"),
        ],
        quotes: &[],
    },
    Case {
        name: "an advisory body that gives its opinion reports it",
        text: "La chambre d'agriculture du Loiret a rendu un avis défavorable en septembre. L'Autorité environnementale a émis des réserves sur le tracé. Le tribunal a rendu sa décision mardi.",
        sentences: &[
            s("La chambre", I, "chambre d'agriculture du loiret"),
            s("L'Autorité", I, "autorité environnementale"),
            s("Le tribunal", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a saying at the end of a wait is reported (finir par)",
        text: "« Je ne sais pas », a fini par répondre le policier. Le maire a fini par reconnaître que le chantier avait pris du retard. La séance a fini par reprendre dans le calme.",
        sentences: &[
            s("« Je ne sais", D, "policier"),
            s("Le maire", I, "maire"),
            s("La séance", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a pull quote takes the speaker of the quotation it repeats",
        text: "Le tribunal correctionnel a jugé mardi un ancien maire pour détournement de fonds.\n\n« Je regrette »\n\nL'ancien élu, Marcel Darrieux, a reconnu une partie des faits. « Je regrette. J'avais perdu pied », a-t-il déclaré.\n\n« Un système bien rodé »\n\nPour la procureure, Hélène Sabatier, le dossier décrit « un système bien rodé » où les marchés étaient attribués d'avance.\n\n« Nous irons en appel »\n\nLe jugement sera rendu en janvier.",
        sentences: &[
            s("« Je regrette »", D, "marcel darrieux"),
            s("« Un système bien rodé »", D, "hélène sabatier"),
            // Words quoted nowhere else keep no speaker.
            s("« Nous irons", D, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a pull quote is found after the paragraph that gives its speaker, not in an author's aside",
        text: "Les riverains de la zone d'activités ont manifesté samedi. « On est venus ici pour le calme. Avec neuf cents camions par jour, on va vivre au milieu du bruit », soupire Annick Morel, qui habite à deux cents mètres.\n\n« Au milieu du bruit »\n\nLe maire défend le projet.\n\n« Calme »\n\nLe « calme » promis par la mairie n'a pas duré.",
        sentences: &[
            s("« Au milieu du bruit »", D, "annick morel"),
            // A single word is too little to say the words are the same quotation.
            s("« Calme »", D, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a possessive opening the sentence points to the subject that follows it",
        text: "Le député Samuel Oyhénart a dénoncé un racket. Selon son entourage, le ministre des Transports, Julien Ferrand-Lebas, n'exclut pas de rouvrir le débat. D'après son entourage, Julien Ferrand-Lebas y songe depuis l'été. Le ministre a reçu les élus. Selon son entourage, il veut aller vite.",
        sentences: &[
            s(
                "Selon son entourage, le ministre",
                I,
                "entourage de julien ferrand-lebas",
            ),
            s(
                "D'après son entourage",
                I,
                "entourage de julien ferrand-lebas",
            ),
            // No subject named after the comma: the possessive points back.
            s(
                "Selon son entourage, il",
                I,
                "entourage de julien ferrand-lebas",
            ),
        ],
        quotes: &[],
    },
    Case {
        name: "a private person taken up by the name of their trade",
        text: "Christian Dupouy, 47 ans, élève des canards sur la commune depuis vingt ans. « J'ai vu arriver les camions à six heures », raconte-t-il. L'éleveur assure avoir respecté les règles. À quelques kilomètres, Sandrine Lacoste n'a pas eu un seul cas. « On paie pour les autres », s'indigne l'éleveuse. Le vétérinaire Pierre Castagnet suit une quarantaine d'élevages. Le praticien s'inquiète surtout pour les petits élevages.",
        sentences: &[
            s("L'éleveur assure", I, "christian dupouy"),
            s("« On paie", D, "sandrine lacoste"),
            s("Le praticien", I, "pierre castagnet"),
        ],
        quotes: &[],
    },
    Case {
        name: "an office is a new person, not the last one named",
        text: "Christian Dupouy a perdu ses six mille canards. Le maire a demandé une aide d'urgence. Le préfet a annoncé une cellule de crise.",
        sentences: &[s("Le maire", I, "maire"), s("Le préfet", I, "préfet")],
        quotes: &[],
    },
    Case {
        name: "the items of a list a report introduces carry the report",
        text: "Les ventes de maisons neuves ont reculé de 22 % en un an.\n\nSelon la fédération des constructeurs, trois facteurs pèsent sur le marché :\n\n• des taux d'emprunt encore proches de 3,5 % ;\n\n• le prix des terrains à bâtir ;\n\n• la fin du prêt à taux zéro.\n\nLe texte prévoit notamment :\n\n• un fonds de garantie ;\n\n• une aide aux primo-accédants.\n\nLa fédération réclame un plan de relance. Elle propose :\n\n- un prêt bonifié ;\n\n- « un choc de confiance ».",
        sentences: &[
            s("• des taux", I, "fédération des constructeurs"),
            s("• le prix", I, "fédération des constructeurs"),
            s("• la fin", I, "fédération des constructeurs"),
            // A document's content is the author's account of it.
            s("• un fonds", A, ""),
            s("• une aide", A, ""),
            s("Elle propose", I, "fédération des constructeurs"),
            s("- un prêt", I, "fédération des constructeurs"),
            // A quotation as an item is the source's words, said by the same source.
            s("- « un choc", D, "fédération des constructeurs"),
        ],
        quotes: &[],
    },
    Case {
        name: "a saying wished, required or not yet made is the author's",
        text: "Il serait temps que Paris s'en souvienne. Il faut que le ministre explique pourquoi le chantier a pris du retard. Pour que le maire reconnaisse son erreur, il faudra du temps. Avant que le juge annonce sa décision, la salle s'est vidée. Bien que le maire affirme le contraire, le chantier a pris du retard. C'est pour cela que le ministre affirme que le texte sera revu. Le ministre a expliqué que le texte serait revu.",
        sentences: &[
            s("Il serait temps", A, ""),
            s("Il faut que", A, ""),
            s("Pour que", A, ""),
            s("Avant que", A, ""),
            // A concession grants that the saying was made.
            s("Bien que", I, "maire"),
            s("C'est pour cela", I, "ministre"),
            s("Le ministre a expliqué", I, "ministre"),
        ],
        quotes: &[],
    },
    Case {
        name: "a saying in a relative clause after a demonstrative describes people, it reports nothing",
        text: "Ce serait la meilleure réponse à ceux qui parlent de taxe. Le gouvernement répond à ceux qui dénoncent un racket.",
        sentences: &[
            s("Ce serait", A, ""),
            // Answering people without a word of what is said reports nothing either.
            s("Le gouvernement répond", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a report in a clause coordinated after another has its own subject",
        text: "Mardi, à l'Assemblée, le ministre a défendu 1 500 nouveaux appareils, et une partie de l'opposition a dénoncé un « racket fiscal ». Le ministre a défendu le plan et l'opposition a dénoncé un « racket d'État ». Les syndicats et le patronat ont dénoncé un « passage en force ».",
        sentences: &[
            s("Mardi", I, "partie de l'opposition"),
            // The sentence reports both; the quoted words are the opposition's.
            s("Le ministre a défendu", I, "*"),
            // Two subjects of one verb stay one group.
            s("Les syndicats", I, "syndicats et le patronat"),
        ],
        quotes: &[
            q("racket d'État", QD, "opposition", "dénoncer"),
            q("racket fiscal", QD, "partie de l'opposition", "dénoncer"),
        ],
    },
    Case {
        name: "advice reports, and the words quoted after it are the adviser's",
        text: "Le médecin m'a conseillé de « consulter un spécialiste ». La préfecture conseille aux habitants de rester chez eux. Le conseiller municipal a affirmé que le budget était prêt. La conseillère régionale Anne Morel a quitté la séance.",
        sentences: &[
            s("Le médecin", I, "médecin"),
            s("La préfecture", I, "préfecture"),
            s("Le conseiller", I, "conseiller municipal"),
            s("La conseillère", A, ""),
        ],
        quotes: &[q("consulter un spécialiste", QD, "médecin", "conseiller")],
    },
    Case {
        name: "a subject with a relative clause speaks through the verb after the clause",
        text: "Les associations qui accompagnaient le campement appellent à un rassemblement samedi. Les habitants qui vivent près de l'usine dénoncent un scandale sanitaire. Le collectif, qui réunit plusieurs centaines d'habitants, a réagi avec colère.",
        sentences: &[
            s("Les associations", I, "associations"),
            s("Les habitants", I, "habitants"),
            // Reacting without a word of what is said reports nothing.
            s("Le collectif", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "ascribing a cause reports it; awarding a prize does not",
        text: "La direction du constructeur a attribué la faillite à l'effondrement des commandes. L'économiste Claire Nayrac attribue ce recul à trois causes :\n\n• des taux encore élevés ;\n\n• la fin du prêt à taux zéro.\n\nLe jury a attribué le prix à une romancière lyonnaise. La mairie attribue les logements aux familles prioritaires.",
        sentences: &[
            s("La direction", I, "direction du constructeur"),
            s("L'économiste", I, "claire nayrac"),
            s("• des taux", I, "claire nayrac"),
            s("Le jury", A, ""),
            s("La mairie", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "an adverb of degree after the verb opens no inverted subject",
        text: "La droite dénonce un racket. La gauche, elle, critique moins les radars que le manque de moyens. Les maires, eux, contestent surtout le calendrier. La majorité, elle, dénonce un racket.",
        sentences: &[
            s("La gauche", I, "gauche"),
            s("Les maires", I, "maires"),
            // A pronoun between commas takes up the subject before it, not the object after
            // the verb.
            s("La majorité", I, "majorité"),
        ],
        quotes: &[],
    },
    Case {
        name: "judging a case is narration",
        text: "La cour d'assises de Paris jugera l'accusé à partir de lundi. Le tribunal a jugé l'affaire en une seule audience.",
        sentences: &[s("La cour", A, ""), s("Le tribunal", A, "")],
        quotes: &[],
    },
    // ── The most specific name: a body named after its role, roles taken up later ─────────
    Case {
        name: "an inverted role followed by the body's proper name: the name speaks",
        text: "La raffinerie de Donges fermera en 2027, a annoncé jeudi son propriétaire, le \
               groupe pétrolier Norvalis Energies. Le groupe a précisé que les salariés \
               seraient reclassés.",
        sentences: &[
            s("La raffinerie", I, "norvalis energies"),
            s("Le groupe a précisé", I, "norvalis energies"),
        ],
        quotes: &[],
    },
    Case {
        name: "an inverted role followed by a body named with its article",
        text: "Les négociations sont rompues, a indiqué mardi le principal syndicat du site, \
               l'Union locale des dockers.",
        sentences: &[s("Les négociations", I, "union locale des dockers")],
        quotes: &[],
    },
    Case {
        name: "a subject role, then the body's proper name in apposition",
        text: "Le premier syndicat de l'usine, la Fédération autonome des métallos (FAM), a \
               appelé à la grève. Son principal actionnaire, la société Bravelle Capital, a \
               demandé le départ du directeur.",
        sentences: &[
            s("Le premier syndicat", I, "fédération autonome des métallos"),
            s("Son principal actionnaire", I, "bravelle capital"),
        ],
        quotes: &[],
    },
    Case {
        name: "a body's noun takes up the body, not a person whose role holds that noun",
        text: "« Nous n'avons pas le choix », a déclaré le directeur financier du groupe, Hugo \
               Mercier. Le groupe affirme que les commandes ont chuté de moitié.",
        sentences: &[s("Le groupe affirme", I, "groupe")],
        quotes: &[],
    },
    Case {
        name: "a pronoun subject, the source an agent of a document",
        text: "Le groupe chimique Altona a annoncé la fermeture de son usine de Lens. Elle a \
               perdu 40 millions d'euros en 2025, d'après les comptes publiés par le groupe.",
        sentences: &[s("Elle a perdu", I, "altona")],
        quotes: &[],
    },
    Case {
        name: "what the newsroom learnt from a source: the source speaks",
        text: "Le préfet, Jean Morel, avait prévenu les maires dès lundi, a-t-on appris de \
               source préfectorale. Le Conseil constitutionnel avait émis des réserves sur ce \
               point, a-t-on appris auprès de la présidence du Sénat. Une hypothèse que \
               Matignon juge « prématurée », a-t-on appris de source gouvernementale. La \
               mairie a annoncé la fermeture du pont, a-t-on appris de source municipale.",
        sentences: &[
            s("Le préfet", I, "source préfectorale"),
            s("Le Conseil", I, "présidence du sénat"),
            s("Une hypothèse", I, "matignon"),
            s("La mairie", I, "mairie"),
        ],
        quotes: &[],
    },
    Case {
        name: "a number opening a fragment is nobody a pronoun takes up",
        text: "L'avocate Claire Mounier a plaidé la relaxe. Quatre-vingt-dix minutes. Elle a \
               ensuite affirmé que son client était innocent. La juge Anne Roche a interrogé le \
               témoin. Sept fois. Puis elle a estimé que ses réponses étaient confuses.",
        sentences: &[
            s("Elle a ensuite", I, "claire mounier"),
            s("Puis elle", I, "anne roche"),
        ],
        quotes: &[],
    },
    Case {
        name: "the management alone is that of the company named before",
        text: "L'équipementier lyonnais Valtorix a annoncé la fermeture de son usine de Bron. \
               Les syndicats dénoncent un plan « brutal ». Le maire de la commune, Jean Roux, a \
               demandé une réunion. La direction affirme que la demande s'est effondrée.",
        sentences: &[s("La direction affirme", I, "direction de valtorix")],
        quotes: &[],
    },
    Case {
        name: "the management alone, after a company named with its noun",
        text: "La société Ferlane Industries a confirmé la suppression de 200 postes. Selon la \
               direction, aucun site ne fermera.",
        sentences: &[s(
            "Selon la direction",
            I,
            "direction de ferlane industries",
        )],
        quotes: &[],
    },
    Case {
        name: "a place after a preposition is no name of the role after its comma",
        text: "Chez Brivane, à Saint-Priest, la direction a annoncé un plan social. La \
               direction parle d'un « plan de sauvegarde ». Le texte porté par le ministre de \
               l'Intérieur, Paul Roux, a été adopté mardi. Le ministre a défendu une loi \
               « d'efficacité ».",
        sentences: &[
            s("La direction parle", I, "direction"),
            s("Le ministre a défendu", I, "paul roux"),
        ],
        quotes: &[],
    },
    Case {
        name: "the defendant taken up once stays that person over the whole report",
        text: "Sébastien L., 41 ans, vendait de faux diplômes en ligne. Le tribunal \
               correctionnel de Nîmes l'a condamné jeudi à deux ans de prison. Entre 2022 et \
               2024, le prévenu a écoulé plus de 300 diplômes. Une victime, Martine, a raconté \
               son humiliation à la barre. Sa fille a expliqué que sa mère n'osait plus sortir. \
               « J'ai honte », a murmuré le prévenu. Le prévenu a aussi affirmé qu'il avait \
               agi seul.",
        sentences: &[
            s("« J'ai honte", D, "sébastien l."),
            s("Le prévenu a aussi", I, "sébastien l."),
        ],
        quotes: &[],
    },
    Case {
        name: "a body named beside a role of the other gender: either pronoun takes it up",
        text: "Le constructeur, la société Varenne Immobilier, veut bâtir un entrepôt. Il \
               promet 450 emplois d'ici à 2029. Le principal assureur, la société Gardalis, a \
               indiqué avoir reçu 900 déclarations. Il estime que les travaux reprendront en \
               mars. L'assureur qui porte cette garantie, la société Gardalis, a indiqué avoir \
               reçu 900 déclarations.",
        sentences: &[
            s("Il promet", I, "varenne immobilier"),
            s("Il estime", I, "gardalis"),
            s("L'assureur qui", I, "gardalis"),
        ],
        quotes: &[],
    },
    Case {
        name: "a generic noun takes up the body it describes, the most recent first",
        text: "La Commission de régulation de l'énergie (CRE) a proposé une hausse de 6 %. Le \
               régulateur estime que les réseaux coûtent plus cher. Selon l'organisation non \
               gouvernementale Terre solidaire, 31 accidents ont été recensés. L'ONG réclame un \
               audit indépendant. Bruxelles pourrait saisir l'Organisation mondiale du \
               commerce, a précisé le commissaire. Selon la Fédération nationale des éleveurs, \
               les droits coûteront 300 millions. Les petites fermes seraient les premières \
               touchées, a précisé l'organisation.",
        sentences: &[
            s("Le régulateur", I, "commission de régulation"),
            s("L'ONG", I, "terre"),
            s("Les petites fermes", I, "fédération nationale des éleveurs"),
        ],
        quotes: &[],
    },
    Case {
        name: "the document named before speaks for the body that issued it",
        text: "Son exploitation coûte 4 millions d'euros par an, selon un rapport de la Cour \
               régionale des comptes publié mardi. La piscine accueille 300 nageurs par jour. \
               Le rapport relève que trois bassins sur sept sont sous-utilisés. Onze soldats ont \
               été tués jeudi, a annoncé l'état-major des armées dans un communiqué. « La \
               riposte a été vigoureuse », indique le communiqué.",
        sentences: &[
            s("Le rapport relève", I, "cour régionale des comptes"),
            s("« La riposte", D, "état-major des armées"),
        ],
        quotes: &[],
    },
    Case {
        name: "the same source is the source named before",
        text: "Le suspect a été interpellé à Lyon, selon une source proche de l'enquête. Il \
               aurait agi seul, selon la même source. Le parquet a ouvert une information \
               judiciaire, ont indiqué des sources policières. Deux complices sont recherchés, \
               selon ces sources.",
        sentences: &[
            s("Il aurait agi", I, "source proche de l'enquête"),
            s("Deux complices", I, "sources policières"),
        ],
        quotes: &[],
    },
    Case {
        name: "a role with its body's acronym in brackets, then the name",
        text: "Le coordinateur du Front pour la souveraineté (FPS), Souleymane Adamou, attend \
               « au moins 50 000 personnes ». « Le peuple est derrière ses dirigeants », a-t-il \
               lancé.",
        sentences: &[s("« Le peuple", D, "souleymane adamou")],
        quotes: &[],
    },
    Case {
        name: "a pronoun closing a long quotation reaches back from where the quotation began",
        text: "Jean Valmont, ancien ambassadeur, ne mâche pas ses mots.\n\n« Nous répétons la \
               même erreur depuis dix ans.\n\n« Nous réagissons à chaque provocation.\n\n\
               « Chaque réaction est utilisée contre nous.\n\n« Il aurait fallu protester.\n\n\
               « Je ne dis pas que la France doit tout accepter », conclut-il.",
        sentences: &[
            s("« Nous répétons", D, "jean valmont"),
            s("« Je ne dis pas", D, "jean valmont"),
        ],
        quotes: &[],
    },
    Case {
        name: "the defendant first taken up in a group of subjects",
        text: "Kévin D., 34 ans, démarchait les retraités. Entre 2024 et 2025, le prévenu et un \
               complice ont sillonné les villages du Ségala. Une victime, Marcelle, a témoigné \
               à la barre. Sa fille a parlé de la honte de sa mère. « Je regrette », a déclaré \
               le prévenu.",
        sentences: &[s("« Je regrette", D, "kévin d.")],
        quotes: &[],
    },
    Case {
        name: "a body speaking through the voice of someone: that person speaks",
        text: "Ankara a salué une décision « courageuse » par la voix de son ambassadeur à \
               Paris, Mehmet Aydin. Pour le diplomate turc, « chaque État choisit ses \
               partenaires ». Le syndicat a dénoncé un plan « brutal » par la voix de sa \
               secrétaire générale, Julie Marchand.",
        sentences: &[
            s("Ankara a salué", I, "mehmet aydin"),
            s("Pour le diplomate", D, "mehmet aydin"),
            s("Le syndicat", I, "julie marchand"),
        ],
        quotes: &[],
    },
    Case {
        name: "a generic noun takes up a body's acronym when the body was named in full before",
        text: "La Commission de régulation de l'énergie a proposé mardi une hausse de 6 %. \
               Près de 20 millions de foyers sont concernés. Voici ce qu'il faut savoir. \
               Pourquoi le tarif augmente-t-il encore ? Les réseaux vieillissent. Selon \
               la CRE, la hausse tient d'abord au coût des réseaux. Ce tarif représente un tiers \
               de la facture. Le régulateur cite aussi le retour de l'accise.",
        sentences: &[s("Le régulateur", I, "cre")],
        quotes: &[],
    },
    Case {
        name: "an entourage of a role is that of the person named in that role",
        text: "La ministre de la Culture, Agnès Lemoine, a défendu la réforme mardi. Selon \
               l'entourage de la ministre, le texte sera voté avant l'été.",
        sentences: &[s("Selon l'entourage", I, "entourage d'agnès lemoine")],
        quotes: &[],
    },
    Case {
        name: "a plural possessive document after a body: the body's members",
        text: "Ce comptage est contesté par l'Observatoire régional de la faune. D'après leurs \
               relevés, la population a doublé. L'Institut national des forêts a publié ses \
               données mardi. Selon leurs estimations, un arbre sur cinq est malade.",
        sentences: &[
            s(
                "D'après leurs relevés",
                I,
                "observatoire régional de la faune",
            ),
            s("Selon leurs estimations", I, "institut national des forêts"),
        ],
        quotes: &[],
    },
    Case {
        name: "a colon introduction after a fronted complement: the subject after the comma speaks",
        text: "En conférence de presse, l'entraîneur lyonnais Marc Dulac a assumé la défaite : \
               « Nous avons été mauvais. » Il a reconnu que son équipe avait « lâché ». Selon \
               l'entraîneur, le gardien était blessé. Après la réunion, la maire de Lille Odile \
               Ferrand a été claire : « Nous ne céderons pas. » Au micro de la radio locale, le \
               préfet du Nord Paul Morel a été net : « Pas question. »",
        sentences: &[
            s("En conférence", D, "marc dulac"),
            s("Il a reconnu", I, "marc dulac"),
            s("Selon l'entraîneur", I, "marc dulac"),
            s("Après la réunion", D, "odile ferrand"),
            s("Au micro", D, "paul morel"),
        ],
        quotes: &[],
    },
    Case {
        name: "a speaker who puts forward the points of an argument as a list introduces it",
        text: "L'économiste Paul Roux, spécialiste des marchés à l'université de Lyon, \
               distingue trois effets :\n\n• la hausse des prix ;\n\n• le déstockage des \
               distributeurs.\n\nLe syndicat pose deux conditions principales :\n\n• le \
               maintien des salaires ;\n\n• aucune fermeture de site.\n\nLes élus de \
               l'opposition avancent plusieurs raisons :\n\n• le coût du projet.\n\nLe \
               village compte trois commerces :\n\n• une boulangerie ;\n\n• un café.",
        sentences: &[
            s("L'économiste", I, "paul roux"),
            s("• la hausse", I, "paul roux"),
            s("• le déstockage", I, "paul roux"),
            s("Le syndicat pose", I, "syndicat"),
            s("• aucune fermeture", I, "syndicat"),
            s("Les élus", I, "élus"),
            s("• le coût", I, "élus"),
            s("Le village", A, ""),
            s("• un café", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a defendant named in full as the complement of the trial is le prévenu later on",
        text: "Le procès de Yanis Berthold, 31 ans, s'est ouvert lundi à Lyon. Le jeune homme \
               est poursuivi pour abus de confiance. Selon l'accusation, il a détourné les \
               fonds de ses clients. Une trentaine de victimes se sont constituées parties \
               civiles. À la barre, le prévenu a reconnu des « erreurs ». « Je n'ai rien \
               volé », a-t-il assuré.\n\nL'audience de Karine Vasseur a été renvoyée au \
               printemps. La prévenue a assuré qu'elle était malade.",
        sentences: &[
            s("À la barre", I, "yanis berthold"),
            s("« Je n'ai rien", D, "yanis berthold"),
            s("La prévenue", I, "karine vasseur"),
        ],
        quotes: &[],
    },
    Case {
        name: "an acronym given in brackets after a body's full name names that body in full",
        text: "Le bilan a été présenté par la direction régionale des affaires culturelles \
               (Drac) lundi. Selon la Drac, la fréquentation a doublé. Le projet a été validé \
               par l'agence régionale de santé (ARS) de Bretagne. L'ARS estime que les délais \
               seront tenus. Pour l'Union nationale des étudiants (UNE), la hausse « tombe \
               mal ». Paul Roux (LR) a pris la parole. Selon le LR, rien ne change.",
        sentences: &[
            s(
                "Selon la Drac",
                I,
                "direction régionale des affaires culturelles",
            ),
            s("L'ARS estime", I, "agence régionale de santé de bretagne"),
            s("Pour l'Union", I, "union nationale des étudiants"),
            s("Selon le LR", I, "lr"),
        ],
        quotes: &[],
    },
    Case {
        name: "the same document is that of the source that last spoke",
        text: "Selon la Cour des comptes, la dette a doublé en dix ans. Les intérêts auraient \
               eux aussi augmenté, d'après le même rapport. Selon l'Insee, les prix ont baissé \
               en mai. La même étude relève que les loyers continuent de monter.",
        sentences: &[
            s("Les intérêts", I, "cour des comptes"),
            s("La même étude", I, "insee"),
        ],
        quotes: &[],
    },
    Case {
        name: "a speaker whose list just ended is still the one a pronoun takes up",
        text: "L'économiste Paul Roux distingue trois effets :\n\n• la hausse des prix ;\n\n\
               • le déstockage des distributeurs ;\n\n• le report de la demande.\n\nSelon \
               lui, ce troisième effet est « le plus inquiétant ».\n\nLa syndicaliste Anne \
               Morel avance plusieurs raisons :\n\n• les salaires ;\n\n• les horaires ;\n\n\
               • les cadences.\n\nElle estime que la direction « n'écoute pas ».",
        sentences: &[
            s("Selon lui", I, "paul roux"),
            s("Elle estime", I, "anne morel"),
        ],
        quotes: &[],
    },
    Case {
        name: "the place of a dateline is no one a pronoun takes up",
        text: "BRUXELLES – Un accord a été trouvé mardi soir entre les Vingt-Sept. « C'est \
               historique », a-t-il salué.\n\nMADRID (Reuters) – Le commissaire européen au \
               Commerce a défendu l'accord mardi. Selon lui, l'Europe y gagne.\n\nLYON, 3 mai \
               (Agence) – La préfète Anne Vidal a défendu le texte. Elle a estimé qu'il était \
               juste.",
        sentences: &[
            s("« C'est historique", D, ""),
            s("Selon lui", I, "commissaire"),
            s("Elle a estimé", I, "anne vidal"),
        ],
        quotes: &[],
    },
    Case {
        name: "pour X before a named speaker who reports says whom that speaker speaks for",
        text: "Pour la défense, Me Julien Ardant a plaidé la relaxe. Pour la partie civile, Me \
               Lina Costa a dénoncé « un mépris total ». Pour le syndicat, Paul Verne a estimé \
               que la direction mentait. Pour le ministre, la réforme est juste.",
        sentences: &[
            s("Pour la défense", I, "julien ardant"),
            s("Pour la partie", I, "lina costa"),
            s("Pour le syndicat", I, "paul verne"),
            s("Pour le ministre", I, "ministre"),
        ],
        quotes: &[],
    },
    Case {
        name: "a colon introduction after an indefinite subject with an insert or a verb of its own",
        text: "Un policier, qui a requis l'anonymat, est amer : « On nous envoie au front. » \
               Un gendarme, qui a demandé l'anonymat, est inquiet : « Tout peut arriver. » Un \
               commerçant résume l'ambiance : « Plus personne ne sort. » Un élu local dresse le \
               constat : « Le bourg se vide. » Une source proche du dossier : « Rien n'est \
               fait. »",
        sentences: &[
            s("Un policier", D, "un policier"),
            s("Un gendarme", D, "un gendarme"),
            s("Un commerçant", D, "un commerçant"),
            s("Un élu local", D, "un élu local"),
            s("Une source", D, "une source proche du dossier"),
        ],
        quotes: &[],
    },
    Case {
        name: "a body taken up after a sentence whose subject it was keeps its full name",
        text: "Le ministère de la Santé a annoncé la mesure lundi. Le ministère doit publier un \
               décret en janvier. Les cliniques ne sont pas concernées, a précisé le ministère. \
               La préfecture du Rhône a fermé deux routes. La préfecture publiera un bilan ce \
               soir. Aucune victime n'est à déplorer, selon la préfecture.",
        sentences: &[
            s("Les cliniques", I, "ministère de la santé"),
            s("Aucune victime", I, "préfecture du rhône"),
        ],
        quotes: &[],
    },
    // ── Speakers: complements, objects and appositions that are no speaker ────────────────
    Case {
        name: "a complement between an inverted verb and its subject is no part of the speaker",
        text: "« Nous partirons », a déclaré au micro d'une radio locale son frère, Karim Roux, \
               24 ans. « Non », a dit au micro le maire. « Rien », a lâché au téléphone d'une \
               voix lasse sa mère. « Oui », a confié aux journalistes de la chaîne le préfet.",
        sentences: &[
            s("« Nous partirons", D, "karim roux"),
            s("« Non »", D, "maire"),
            s("« Oui »", D, "préfet"),
        ],
        quotes: &[],
    },
    Case {
        name: "the object of a compound verb before an adjective is no speaker",
        text: "Le médiateur avait rendu en octobre un avis critique sur le projet. La Cour a \
               rendu mardi un avis critique sur la dette. Le collectif a adressé une note \
               critique au préfet.",
        sentences: &[
            s("Le médiateur", I, "médiateur"),
            s("La Cour", I, "cour"),
            s("Le collectif", I, "collectif"),
        ],
        quotes: &[],
    },
    Case {
        name: "dire and an infinitive after a long apposition: the subject speaks",
        text: "La docteure Claire Roux, seule pédiatre du canton, dit voir arriver des enfants \
               épuisés. « Ils ne dorment plus », dit-elle. Le pharmacien, Paul Vernet, installé \
               depuis vingt ans, dit recevoir chaque jour des familles inquiètes.",
        sentences: &[
            s("La docteure", I, "claire roux"),
            s("« Ils ne dorment", D, "claire roux"),
            s("Le pharmacien", I, "paul vernet"),
        ],
        quotes: &[],
    },
    Case {
        name: "a participial apposition after the subject is no speaker",
        text: "Plusieurs habitants du bourg, réfugiés à Lyon, décrivent une nuit de panique. Des \
               commerçants du centre, installés depuis vingt ans, dénoncent la hausse des loyers. \
               Les pêcheurs de Douarnenez, réunis en assemblée, estiment que le quota est trop bas.",
        sentences: &[
            s("Plusieurs habitants", I, "plusieurs habitants du bourg"),
            s("Des commerçants", I, "commerçants du centre"),
            s("Les pêcheurs", I, "pêcheurs de douarnenez"),
        ],
        quotes: &[],
    },
    Case {
        name: "elle-même, lui-même, eux-mêmes as subject resolve as their pronoun",
        text: "La maire Anne Vidal a reçu les familles. Elle-même estime que l'école doit rouvrir. \
               Le préfet Marc Ollivier est arrivé ensuite. Lui-même a dit qu'il resterait. Les \
               syndicats ont quitté la table. Eux-mêmes affirment qu'ils reviendront.",
        sentences: &[
            s("Elle-même", I, "anne vidal"),
            s("Lui-même", I, "marc ollivier"),
            s("Eux-mêmes", I, "syndicats"),
        ],
        quotes: &[],
    },
    Case {
        name: "one of them, then a name in apposition: the name speaks",
        text: "Les pêcheurs ont manifesté lundi. « On ne lâchera rien », lance l'un d'eux, Paul \
               Roux, 58 ans. « Jamais », ajoute l'une d'elles, Anne Vidal, 41 ans. Les \
               infirmières sont en grève. L'une d'elles, Lina Costa, affirme que le service ferme.",
        sentences: &[
            s("« On ne lâchera", D, "paul roux"),
            s("« Jamais", D, "anne vidal"),
            s("L'une d'elles", I, "lina costa"),
        ],
        quotes: &[],
    },
    Case {
        name: "a place after en, vers or de is no mention a personal pronoun takes up",
        text: "Aziz Karimi a quitté Kaboul en 2019. Il a vécu en Angleterre puis en Belgique. \
               « La dernière fois, le bateau a chaviré », dit-il. Sa sœur a rejoint la France \
               par l'Italie. Elle a travaillé en Espagne. « Je veux rester », dit-elle.",
        sentences: &[s("« La dernière fois", D, "aziz karimi")],
        quotes: &[],
    },
    Case {
        name: "a fronted topic with côté is no speaker, and an epithet takes up the person named",
        text: "Le club de Brest a gagné. L'entraîneur, Marc Ollivier, a salué ses joueurs. Côté \
               Lorient, la déception domine. « C'est dur », a estimé le technicien. Côté \
               syndicats, on reste prudent.",
        sentences: &[s("« C'est dur", D, "marc ollivier")],
        quotes: &[],
    },
    Case {
        name: "a role with a qualifier takes up the person named with that role",
        text: "Le directeur, Thierry Vandamme, a été retenu six heures. « Ils ne m'ont pas \
               frappé », raconte l'ancien directeur. La docteure Claire Roux, seule généraliste \
               du bourg, est débordée. Selon la généraliste, les cas doublent.",
        sentences: &[
            s("« Ils ne m'ont", D, "thierry vandamme"),
            s("Selon la généraliste", I, "claire roux"),
        ],
        quotes: &[],
    },
    Case {
        name: "an incise pronoun takes up the person who is subject of the clause it interrupts",
        text: "La gare de Lyon est fermée. Paul Roux a quarante ans, dit-il, et il vit à Lille. \
               La ville de Rennes est calme. Anne Vidal est née à Brest, dit-elle, et elle y \
               travaille.",
        sentences: &[
            s("Paul Roux a", I, "paul roux"),
            s("Anne Vidal est", I, "anne vidal"),
        ],
        quotes: &[],
    },
    Case {
        name: "a place a journey goes to is no one an incise pronoun takes up",
        text: "« Je veux rester ici », confie Samir. Il a tenté le passage vers l'Espagne à trois \
               reprises. La première fois, dit-il, la police l'a arrêté. « C'est fini », glisse \
               Awa. Elle est partie en Italie à deux reprises. Cette fois, dit-elle, elle reste.",
        sentences: &[s("La première fois", I, "samir"), s("Cette fois", I, "awa")],
        quotes: &[],
    },
    Case {
        name: "a name with two roles set after it is one person, not a group",
        text: "« Nous irons jusqu'au bout », a déclaré Paul Vernet, céréalier et président de la \
               coopérative du canton. L'agriculteur a ajouté que les prix s'effondraient. Lina \
               Costa, infirmière et déléguée du personnel, a dénoncé la fermeture du service.",
        sentences: &[
            s("« Nous irons", D, "paul vernet"),
            s("L'agriculteur", I, "paul vernet"),
            s("Lina", I, "lina costa"),
        ],
        quotes: &[],
    },
    Case {
        name: "one of his lieutenants, one of her supporters: the insider of the person spoken of",
        text: "Paul Roux a réuni ses fidèles samedi à Lille. « On repart au combat », glisse un de \
               ses lieutenants. Une de ses conseillères assure qu'il ne renoncera pas. Anne Vidal \
               prépare son congrès. « Elle n'a peur de rien », confie l'un de ses soutiens. Selon \
               un proche, elle pourrait briguer la présidence.",
        sentences: &[
            s("« On repart", D, "lieutenant de paul roux"),
            s("Une de ses conseillères", I, "conseillère de paul roux"),
            s("« Elle n'a peur", D, "soutien d'anne vidal"),
            s("Selon un proche", I, "proche d'anne vidal"),
        ],
        quotes: &[],
    },
    Case {
        name: "a role in the feminine never takes up a man set beside the masculine role",
        text: "Paul Roux, le ministre du Budget, a présenté le texte. La ministre de la Santé, \
               Anne Vidal, a défendu la réforme. Selon Marc Ollivier, ministre de l'Intérieur, \
               la loi passera. La ministre a reconnu un « changement de pied ». Le ministre a \
               précisé que rien n'était joué.",
        sentences: &[
            s("La ministre a reconnu", I, "anne vidal"),
            s("Le ministre a précisé", I, "marc ollivier"),
        ],
        quotes: &[],
    },
    Case {
        name: "a title the word lists do not know, set beside a name, is taken up later",
        text: "« Nous avons choisi les écoles », a déclaré le bourgmestre, Luc Marchal, lundi. La \
               piscine rouvrira en mai, a assuré le bourgmestre. Le gouverneur de la banque \
               centrale, Karim Alaoui, a parlé ensuite. « Les taux baisseront », a déclaré le wali \
               de la région, Omar Bennani, mardi. Le wali a estimé que les crédits reprendraient. \
               « Le site restera ouvert », a assuré la présidente de Norvane Industries, Claire \
               Dubois, lundi. La présidente a ajouté que les salaires seraient versés.",
        sentences: &[
            s("La piscine", I, "luc marchal"),
            s("« Les taux", D, "omar bennani"),
            s("Le wali a estimé", I, "omar bennani"),
            s("« Le site restera", D, "claire dubois"),
            s("La présidente a ajouté", I, "claire dubois"),
        ],
        quotes: &[],
    },
    Case {
        name: "an office with no name beside it takes up the one person of its gender just named",
        text: "Paul Marchal avait promis de ne pas reculer. Le Premier ministre a tenu parole \
               mardi. Le Premier ministre a assuré que les crédits seraient maintenus. Anne \
               Vidal a été réélue dimanche à la tête du parti. Dans son discours, la première \
               secrétaire a dénoncé « une purge comptable ».",
        sentences: &[
            s("Le Premier ministre a assuré", I, "paul marchal"),
            s("Dans son discours", I, "anne vidal"),
        ],
        quotes: &[],
    },
    Case {
        name: "an office is someone new beside a person of the other gender, of a role of their own, or of two",
        text: "Anne Vidal a perdu sa maison dans l'incendie. Le maire a promis une aide rapide. \
               Le maire de Brest, Luc Marchal, a visité le quartier. Jean Roux a dit qu'il \
               resterait. Le préfet a estimé que le site devait fermer. Paul Morel et Marc \
               Simon ont quitté la salle. Le ministre a affirmé que le texte passerait.",
        sentences: &[
            s("Le maire a promis", I, "maire"),
            s("Le préfet a estimé", I, "préfet"),
            s("Le ministre a affirmé", I, "ministre"),
        ],
        quotes: &[],
    },
    Case {
        name: "a body's kind noun alone takes up the body named with that kind",
        text: "Les contrôleurs ont cessé le travail mardi à l'appel du syndicat Rail uni, \
               majoritaire dans la région. Le syndicat réclame une prime de 200 euros. Le \
               préavis a été déposé par l'Union syndicale des cheminots (USC). Les trains \
               resteront à quai. Le syndicat exige l'embauche de 500 agents. Le principal \
               syndicat du secteur, la Fédération des ouvriers du textile, a appelé à la grève. \
               Selon le syndicat, les salaires ne suffisent plus.",
        sentences: &[
            s("Le syndicat réclame", I, "rail uni"),
            s("Le syndicat exige", I, "union syndicale des cheminots"),
            s("Selon le syndicat", I, "fédération des ouvriers du textile"),
        ],
        quotes: &[],
    },
    Case {
        name: "a newspaper taken up by its kind is the title just named",
        text: "« Nos mers vendues », titre Le Courrier du port, qui publie la photo des \
               pirogues. Le quotidien dakarois estime que le gouvernement a bradé la ressource. \
               A droite, Le Vigilant prend la défense du ministre. Le journal dénonce « la \
               police de la pensée ». Ton opposé dans La Lanterne, qui voit un marché conclu. \
               Le quotidien de gauche parle d'« une démocratie à bout de souffle ». Pour \
               L'Éclaireur, le pays a « évité le pire ». L'hebdomadaire juge que le budget \
               tiendra. Le Matin de Lyon est plus réservé. Le journal du matin rappelle que la \
               loi n'a jamais été appliquée.",
        sentences: &[
            s("Le quotidien dakarois", I, "courrier du port"),
            s("Le journal dénonce", I, "vigilant"),
            s("Le quotidien de gauche", I, "lanterne"),
            s("L'hebdomadaire juge", I, "éclaireur"),
            s("Le journal du matin", I, "matin de lyon"),
        ],
        quotes: &[],
    },
    Case {
        name: "a document named with its issuer in its complement speaks for that issuer later",
        text: "Près de 12 millions de personnes ont eu froid l'hiver dernier, selon le rapport \
               annuel de la Fondation Solidaire publié jeudi. Le rapport relève que les \
               locataires sont les plus touchés. Le chômage a baissé de 2 %, d'après une étude \
               de l'Observatoire régional. Les jeunes restent à l'écart. L'étude estime que la \
               reprise sera lente.",
        sentences: &[
            s("Le rapport relève", I, "solidaire"),
            s("L'étude estime", I, "observatoire régional"),
        ],
        quotes: &[],
    },
    Case {
        name: "a union named with its capitalised kind after a noun is taken up by the kind",
        text: "Des milliers d'aides à domicile ont cessé le travail à l'appel du Syndicat \
               national des aides à domicile, pour la première fois depuis 2021. Le syndicat \
               réclame une hausse des indemnités.",
        sentences: &[s("Le syndicat réclame", I, "syndicat national des aides")],
        quotes: &[],
    },
    Case {
        name: "a former first deputy taken up by that standing is the person just named",
        text: "Hélène Marquis a distribué ses tracts devant la mairie. « Je connais chaque \
               dossier », a lancé l'ancienne première adjointe. Paul Rivet a tenu meeting le \
               soir. L'ancien premier adjoint a promis de baisser les impôts.",
        sentences: &[
            s("« Je connais", D, "hélène marquis"),
            s("L'ancien premier adjoint", I, "paul rivet"),
        ],
        quotes: &[],
    },
    Case {
        name: "a trader or a mutual named with its trade is taken up as the company",
        text: "Le négociant Varlon va transférer son siège à Dubaï. L'entreprise l'a annoncé \
               lundi à son personnel. La mutuelle Orvelle a confirmé une fuite de données. \
               Les numéros de sécurité sociale ont été dérobés, selon l'entreprise.",
        sentences: &[
            s("L'entreprise l'a annoncé", I, "varlon"),
            s("Les numéros", I, "orvelle"),
        ],
        quotes: &[],
    },
    Case {
        name: "a document an author sentence names with its issuer speaks for that issuer later",
        text: "L'opposition a brandi mardi une note de la Caisse nationale des retraites. \
               Selon ce document, le déficit atteindra 9 milliards en 2030. Les élus ont \
               commenté l'enquête publiée lundi par l'institut Vigimètre. D'après l'étude, un \
               jeune sur quatre se sent seul. L'Inspection générale des finances a rendu public \
               jeudi son rapport sur les aides aux entreprises. Le rapport juge ces aides mal \
               ciblées.",
        sentences: &[
            s("Selon ce document", I, "caisse nationale des retraites"),
            s("D'après l'étude", I, "vigimètre"),
            s("Le rapport juge", I, "inspection générale des finances"),
        ],
        quotes: &[],
    },
    Case {
        name: "a survey taken up by another survey noun speaks for the institute that made it",
        text: "Selon un sondage de l'institut Ipsolon, 60 % des Français approuvent la réforme. \
               Le gouvernement s'en félicite. L'enquête relève que les jeunes y sont plus \
               favorables.",
        sentences: &[s("L'enquête relève", I, "ipsolon")],
        quotes: &[],
    },
    Case {
        name: "a document named with no issuer, or a thing that is no body, leaves the noun alone",
        text: "Le maire a lu une note de trois pages devant le conseil. Selon le document, la \
               piscine fermera en juin. La Région a présenté sa feuille de route. Le rapport \
               estime que la dette baisse.",
        sentences: &[
            s("Selon le document", I, "document"),
            s("Le rapport estime", I, "rapport"),
        ],
        quotes: &[],
    },
    Case {
        name: "a generic body noun takes up the one body with an opaque name that spoke just before",
        text: "Santé publique France a annoncé mardi le début de l'épidémie de grippe. Neuf \
               régions sont touchées, selon l'agence.",
        sentences: &[s("Neuf régions", I, "santé publique france")],
        quotes: &[],
    },
    Case {
        name: "a company's generic noun takes up the one company with an opaque name just named",
        text: "Hydralis conteste les chiffres de la mairie sur les fuites. Le groupe affirme que \
               le réseau a été rénové.",
        sentences: &[s("Le groupe affirme", I, "hydralis")],
        quotes: &[],
    },
    Case {
        name: "a platform's noun takes up the one body with an opaque name that spoke",
        text: "Selon Cinévia, la série a été vue 2 millions de fois. La plateforme affirme que \
               la série plaît aux jeunes.",
        sentences: &[s("La plateforme affirme", I, "cinévia")],
        quotes: &[],
    },
    Case {
        name: "a generic body noun takes up no person and no body among two",
        text: "Paul Martin a dénoncé la fermeture du site. L'entreprise assure que les salariés \
               seront reclassés. Hydralis conteste les chiffres. Aquavéo dément toute fuite. \
               Le groupe affirme que le réseau a été rénové.",
        sentences: &[
            s("L'entreprise assure", I, "entreprise"),
            s("Le groupe affirme", I, "groupe"),
        ],
        quotes: &[],
    },
    Case {
        name: "a court's members or its standing take up the court named before",
        text: "La Cour des comptes a publié mardi un bilan du plan vélo. Le coût a doublé, selon \
               les magistrats financiers. Les magistrats jugent que l'État a manqué de méthode. \
               Le Conseil d'État a été saisi par trois associations. La haute juridiction \
               administrative a estimé que le décret était illégal. Le Conseil constitutionnel \
               s'est prononcé jeudi. Les Sages ont jugé que la loi était conforme.",
        sentences: &[
            s("Le coût a doublé", I, "cour des comptes"),
            s("Les magistrats jugent", I, "cour des comptes"),
            s("La haute juridiction", I, "conseil d'état"),
            s("Les Sages", I, "conseil constitutionnel"),
        ],
        quotes: &[],
    },
    Case {
        name: "judges with no financial court named stay as written",
        text: "Le procès de Paul Roux s'est ouvert lundi. Les magistrats ont estimé que les faits \
               étaient prescrits. La haute juridiction a jugé que la loi était claire.",
        sentences: &[
            s("Les magistrats", I, "magistrats"),
            s("La haute juridiction", I, "haute juridiction"),
        ],
        quotes: &[],
    },
    Case {
        name: "a verb before a figure ends the phrase of a body met in an author sentence",
        text: "Le laboratoire Norvel va fermer son site de Lyon. Le groupe emploie 300 personnes \
               en France. Le groupe justifie ce départ par la crise. L'entreprise compte 1 200 \
               salariés. L'entreprise estime que la reprise sera lente.",
        sentences: &[
            s("Le groupe justifie", I, "norvel"),
            s("L'entreprise estime", I, "norvel"),
        ],
        quotes: &[],
    },
    Case {
        name: "a kind noun with no body of that kind named before stays as written",
        text: "La Pologne a voté contre le texte. Le journal a affirmé que la loi passerait. \
               Le ministre de l'Intérieur, Paul Roux, a parlé. Le syndicat a estimé que \
               l'accord était insuffisant.",
        sentences: &[
            s("Le journal a affirmé", I, "journal"),
            s("Le syndicat a estimé", I, "syndicat"),
        ],
        quotes: &[],
    },
    Case {
        name: "a woman named with a masculine title is taken up by elle",
        text: "« Le vaccin est trop récent », prévient le Dr Claire Vidal, médecin à Tulle. \
               « Je refuse de me taire », insiste-t-elle. Le ministre Agnès Rolland a reçu \
               les syndicats lundi. Elle a affirmé que le plan serait maintenu. « Nous tiendrons \
               bon », a déclaré le docteur Sylvie Marot. Elle a ajouté que rien ne changerait.",
        sentences: &[
            s("« Je refuse", D, "claire vidal"),
            s("Elle a affirmé", I, "agnès rolland"),
            s("Elle a ajouté", I, "sylvie marot"),
        ],
        quotes: &[],
    },
    Case {
        name: "an outgoing office is held by the candidate named just before",
        text: "Odile Ferracci brigue un second mandat à Montclavel. « Je condamne ce tract », a \
               déclaré la maire sortante. Le scrutin aura lieu en mars. Paul Gauvin est arrivé \
               en tête dimanche. Le député sortant a estimé que la campagne avait été rude.",
        sentences: &[
            s("« Je condamne", D, "odile ferracci"),
            s("Le député sortant", I, "paul gauvin"),
        ],
        quotes: &[],
    },
    Case {
        name: "a person named after quand is the subject an office takes up",
        text: "Tout a commencé en 2020, quand Odile Ferracci vient la chercher. « Elle \
               savait faire », se souvient la maire sortante. Le conflit est né lorsque Paul \
               Gauvin quitte la majorité. Le président sortant a affirmé qu'il ne regrettait rien.",
        sentences: &[
            s("« Elle", D, "odile ferracci"),
            s("Le président sortant", I, "paul gauvin"),
        ],
        quotes: &[],
    },
    Case {
        name: "l'un d'eux is one member of the group just named, in the singular",
        text: "Plusieurs sénateurs de la majorité ont quitté la séance. « Nous n'avons pas été \
               écoutés », regrette l'un d'eux. Des proviseurs de lycée décrivent des classes agitées. \
               « La réforme arrive trop tard », estime l'un d'eux. Trois infirmières du service \
               ont témoigné. « On tient à peine », souffle l'une d'elles. « Je reste », dit \
               l'un d'eux, Paul Gauvin. Plusieurs nouveaux élus français se sont \
               abstenus. « Le texte est flou », juge l'un d'eux.",
        sentences: &[
            s("« Nous n'avons", D, "sénateur de la majorité"),
            s("« La réforme", D, "proviseur de lycée"),
            s("« On tient", D, "infirmière du service"),
            s("« Je reste", D, "paul gauvin"),
            s("« Le texte est flou", D, "élu français"),
        ],
        quotes: &[],
    },
    Case {
        name: "peu before a time word ends the speaker's phrase",
        text: "Karim Bensalah a remporté la mairie dimanche. « C'est une victoire », a lancé \
               le vainqueur peu avant 21 heures. Il a promis de suspendre la vente du site. \
               Le préfet a reçu les élus. « Je reste », a déclaré le préfet peu après le vote.",
        sentences: &[
            s("« C'est une victoire", D, "karim bensalah"),
            s("Il a promis", I, "karim bensalah"),
        ],
        quotes: &[],
    },
    Case {
        name: "la rapporteure is a role set beside the name after it",
        text: "« C'est une victoire », s'est réjouie la rapporteure du texte, Laure Baptistin, \
               à l'issue du scrutin. Elle a rappelé que le texte avait été déposé en 2024. \
               La rapporteure du projet, Anne Roy, a estimé que le vote était acquis.",
        sentences: &[
            s("« C'est une victoire", D, "laure baptistin"),
            s("Elle a rappelé", I, "laure baptistin"),
            s("La rapporteure du projet", I, "anne roy"),
        ],
        quotes: &[],
    },
    // spk9: speakers
    Case {
        name: "a saying whose object is a person: dire, décrire, présenter with a pronoun",
        text: "Claire Morand a pris la tête du parti en mars. Ses adversaires la disent \
               rancunière. Ses anciens collègues la décrivent comme exigeante, parfois cassante. \
               Les militants du Nord la présentent comme « une bâtisseuse ». Son ancien \
               professeur, Paul Girard, aujourd'hui retraité, la décrit comme une élève \
               brillante. Les enquêteurs la présentent au juge vendredi. Les habitants le \
               décrivent.",
        sentences: &[
            s("Ses adversaires", I, "adversaires"),
            s("Ses anciens collègues", I, "anciens collègues"),
            s("Les militants du Nord", I, "militants du nord"),
            s("Son ancien", I, "paul girard"),
            s("Les enquêteurs", A, ""),
            s("Les habitants", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "pointer with a plain object is a finding of its speaker or document",
        text: "La Cour des comptes a publié jeudi son rapport annuel. La Cour pointe surtout \
               une répartition inégale des crédits. Le document pointe trois causes :\n\n\
               - les cadences imposées ;\n\n- le recours aux intérimaires.\n\n\
               La directrice de l'agence, Claire Vannier, pointe la hausse des tarifs. \
               L'équipe pointe au troisième rang du championnat.",
        sentences: &[
            s("La Cour pointe", I, "cour des comptes"),
            s("Le document pointe", I, "*"),
            s("- les cadences", I, "*"),
            s("La directrice", I, "claire vannier"),
            s("L'équipe pointe", A, ""),
        ],
        quotes: &[],
    },
    // tr2: interview turns
    Case {
        name: "turns opened by initials and a dash: the guest's and the interviewer's",
        text: "ENTRETIEN\n\nÀ 41 ans, Sophie Marchal dirige la coopérative laitière du \
               Haut-Doubs depuis 2019.\n\nPropos recueillis par Hugo Berthet\n\nL. E. – Le \
               prix du lait baisse encore. Comment tenez-vous ?\n\nS. M. – Mal. Nous avons \
               perdu trois fermes cette année. Les jeunes ne reprennent plus.\n\nL. E. – Le \
               gouvernement promet une loi.\n\nS. M. – Nous l'attendons depuis dix ans. Je \
               n'y crois plus.",
        sentences: &[
            s("L. E. – Le prix", D, "hugo berthet"),
            s("Comment tenez-vous", D, "hugo berthet"),
            s("S. M. – Mal.", D, "sophie marchal"),
            s("Nous avons perdu", D, "sophie marchal"),
            s("Les jeunes", D, "sophie marchal"),
            s("L. E. – Le gouvernement", D, "hugo berthet"),
            s("Je n'y crois", D, "sophie marchal"),
        ],
        quotes: &[],
    },
    Case {
        name: "turns opened by hyphenated initials, a long dash and bold labels",
        text: "Jean-Pierre Moulin a présidé le club de 2010 à 2022.\n\nPropos recueillis par \
               Inès Roux\n\n**La Vigie.** — Pourquoi partir maintenant ?\n\n**J.-P. M.** — \
               Parce que j'ai tout donné. Le club mérite du sang neuf.\n\n**La Vigie.** — \
               Vos successeurs héritent d'une dette.\n\n**J.-P. M.** — Elle est réglée. Je \
               laisse des comptes propres.",
        sentences: &[
            s("Pourquoi partir", D, "*"),
            s("Parce que", D, "jean-pierre moulin"),
            s("Le club mérite", D, "jean-pierre moulin"),
            s("Vos successeurs", D, "*"),
            s("Je laisse", D, "jean-pierre moulin"),
        ],
        quotes: &[],
    },
    Case {
        name: "turns opened by a surname in capitals and a dash take the name of the intro",
        text: "L'historienne Claire Fabre publie une somme sur les grèves de 1936.\n\n\
               ENTRETIEN\n\nQ. – Pourquoi revenir sur 1936 ?\n\nFABRE – Parce qu'on l'a \
               oublié. Les manuels en disent trois lignes.\n\nQ. – Que reste-t-il de ces \
               grèves ?\n\nFABRE – Les congés payés. Et une peur durable chez les patrons.",
        sentences: &[
            s("Parce qu'on", D, "claire fabre"),
            s("Les manuels", D, "claire fabre"),
            s("Et une peur", D, "claire fabre"),
            s("Q. – Que reste", D, "*"),
        ],
        quotes: &[],
    },
    Case {
        name: "a dateline, a dash inside a sentence and a lettered list are no turns",
        text: "PARIS. – Le gouvernement a présenté mercredi son plan contre les déserts \
               médicaux. Il prévoit trois séries de mesures.\n\nA. – Les mesures \
               d'urgence. Des médecins retraités seront rappelés.\n\nB. – Les mesures de \
               fond. Le numerus apertus sera relevé.\n\nM. Dupont – qui préside l'ordre des \
               médecins – juge le plan timide.\n\nRéforme – Le calendrier reste flou.",
        sentences: &[
            s("PARIS. – Le gouvernement", A, ""),
            s("Il prévoit", A, ""),
            s("Des médecins retraités", A, ""),
            s("Le numerus", A, ""),
            s("Réforme – Le calendrier", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "labelled turns win over the alternation of questions and answers",
        text: "ENTRETIEN\n\nPropos recueillis par Julien Sabatier\n\nIl y a deux ans, la \
               maison Vérel était promise à la liquidation. Aurore Vasseur l'a reprise.\n\nLe \
               Quadrant. – Votre défilé a été un succès. Cela se voit-il dans les ventes ?\n\n\
               A. V. – Pas encore. Les commandes arrivent en janvier.\n\nLe Quadrant. – Vous \
               avez rapatrié la confection. Pourquoi ?\n\nA. V. – Parce que la qualité se \
               perdait. Je ne vends pas un drapeau.",
        sentences: &[
            s("Votre défilé", D, "*"),
            s("Cela se voit", D, "*"),
            s("A. V. – Pas encore", D, "aurore vasseur"),
            s("Les commandes", D, "aurore vasseur"),
            s("Pourquoi ?", D, "*"),
            s("Je ne vends", D, "aurore vasseur"),
        ],
        quotes: &[],
    },
    Case {
        name: "initials written without full stops take the names they abbreviate",
        text: "La politiste Hind Benjelloun répond aux questions du Zellige.\n\nPropos \
               recueillis par Omar Tazi\n\nLZ : Le naufrage a fait 27 morts. Est-ce un drame \
               de plus ?\n\nHB : Malheureusement, oui. Ce qui a changé, c'est la route.\n\n\
               LZ : Que faudrait-il faire ?\n\nHB : Des voies légales. Tout simplement.",
        sentences: &[
            s("LZ : Le naufrage", D, "*"),
            s("HB : Malheureusement", D, "hind benjelloun"),
            s("Ce qui a changé", D, "hind benjelloun"),
            s("HB : Des voies", D, "hind benjelloun"),
        ],
        quotes: &[],
    },
    Case {
        name: "a trade takes up the person just named, never a broadcaster named in full",
        text: "Nadia Ferhat a annoncé une nouvelle mobilisation. Les chiffres varient, selon le \
               décompte de Radio Hautbois. Interrogée, la militante répond : « Moins d'élèves, \
               ce n'est pas moins de besoins. »",
        sentences: &[s("Interrogée", D, "nadia ferhat")],
        quotes: &[q("Moins d'élèves", QD, "nadia ferhat", "répondre")],
    },
    // spk10: speakers
    Case {
        name: "an incise between a subject and its predicate names who speaks",
        text: "Le chef de l'État, assure un visiteur du soir, « compte les jours ». La réforme, \
               selon un conseiller, sera retirée. La directrice, raconte un ancien cadre, \
               relisait elle-même les plannings. Un aveu rare chez un élu qui, confie un \
               proche, « déteste qu'on lui parle du port ». Le ministre, lui, a refusé. Le \
               texte, selon toute vraisemblance, sera retiré. La procureure, Claire Delmas, a \
               requis quatre ans, dont deux avec sursis.",
        sentences: &[
            s("Le chef de l'État", I, "un visiteur du soir"),
            s("La réforme", I, "un conseiller"),
            s("La directrice", I, "un ancien cadre"),
            s("Un aveu rare", M, "un proche"),
            s("Le ministre, lui", A, ""),
            s("Le texte, selon", A, ""),
            s("La procureure", I, "claire delmas"),
        ],
        quotes: &[],
    },
    Case {
        name: "on after an inverted verb speaks for the place or body set after it",
        text: "« Il ne reculera pas », glisse-t-on à l'Élysée. La date est arrêtée, \
               souffle-t-on à Matignon. Rien n'est décidé, assure-t-on dans l'entourage du \
               ministre. Le texte sera présenté en juin, indique-t-on au ministère de la \
               Santé. Le plan est solide, fait-on valoir chez Renault. Tout est prêt, \
               assure-t-on à la veille du scrutin. Ici, on vit de la pêche.",
        sentences: &[
            s("« Il ne reculera", D, "élysée"),
            s("La date", I, "matignon"),
            s("Rien n'est", I, "entourage du ministre"),
            s("Le texte sera", I, "ministère de la santé"),
            s("Le plan", I, "renault"),
            s("Tout est prêt", I, ""),
            s("Ici, on", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "the authors of a report speak for the body that handed it over",
        text: "En mars, un cabinet mandaté par la région, Orvalis Conseil, a remis un audit \
               de 60 pages. Ses auteurs estiment que 30 % des lits sont vides. Ils \
               recommandent de fermer un site.\n\nSelon l'étude publiée mardi dans une revue, \
               les élèves dorment mieux. Le proviseur s'en félicite. Il attend la suite. Les \
               auteurs disent avoir corrigé ce biais.",
        sentences: &[
            s("Ses auteurs", I, "orvalis conseil"),
            s("Ils recommandent", I, "orvalis conseil"),
            s("Les auteurs disent", I, "auteurs"),
        ],
        quotes: &[],
    },
    Case {
        name: "documents someone obtained or read speak for themselves, not for who got them",
        text: "Des documents consultés par l'AFP révèlent que le site fuyait. Selon des \
               courriels internes obtenus par plusieurs médias, la direction savait. Selon une \
               note de la DGSI obtenue par Le Quotidien, la menace grandit. Des documents \
               obtenus par la police ont été saisis. Un rapport publié par l'Insee révèle que \
               le chômage baisse.",
        sentences: &[
            s("Des documents consultés", I, "documents"),
            s("Selon des courriels", I, "courriels internes"),
            s("Selon une note", I, "dgsi"),
            s("Des documents obtenus", A, ""),
            s("Un rapport publié", I, "insee"),
        ],
        quotes: &[],
    },
    // spk11: selon and apposition
    Case {
        name: "a clause after selon and its source is the content, not a name beside the source",
        text: "Selon la ministre, la France votera. Selon la ministre, la France a voté non. \
               Selon la ministre, les Français paieront. Pour le ministre, la France paierait \
               trop. Selon la porte-parole, la Belgique paie trop. Selon le préfet, \
               l'Italie ne paiera pas. Selon la ministre, l'Espagne est perdante.",
        sentences: &[
            s("Selon la ministre, la France votera", I, "ministre"),
            s("Selon la ministre, la France a voté", I, "ministre"),
            s("Selon la ministre, les Français", I, "ministre"),
            s("Pour le ministre", I, "ministre"),
            s("Selon la porte-parole", I, "porte-parole"),
            s("Selon le préfet", I, "préfet"),
            s("Selon la ministre, l'Espagne", I, "ministre"),
        ],
        quotes: &[],
    },
    Case {
        name: "a clause taken for a name leaves nothing in the memory for a later role",
        text: "Selon ses auteurs, la France paierait davantage. Selon les auteurs de l'étude, \
               les ménages paieraient davantage. Selon la ministre, la Suisse votera. \
               La ministre a précisé que le texte serait revu.",
        sentences: &[
            s("Selon les auteurs", I, "auteurs de l'étude"),
            s("Selon la ministre", I, "ministre"),
            s("La ministre a précisé", I, "ministre"),
        ],
        quotes: &[],
    },
    Case {
        name: "a name set beside the source after selon or pour still speaks",
        text: "Selon le ministre de l'Énergie, Paul Morel, les prix baisseront. Les loyers \
               baisseront, selon le maire, Jean-Luc Barbaste. Pour la présidente de la région, \
               Carole Delga, « nous ne céderons pas ». Selon la police, Marc Dupont a été \
               interpellé. Selon la ministre, la Commission a tort. Selon le préfet, Paris a \
               tort.",
        sentences: &[
            s("Selon le ministre de l'Énergie", I, "paul morel"),
            s("Les loyers", I, "jean-luc barbaste"),
            s("Pour la présidente", D, "carole delga"),
            s("Selon la police", I, "police"),
            s("Selon la ministre, la Commission", I, "ministre"),
            s("Selon le préfet", I, "préfet"),
        ],
        quotes: &[],
    },
    Case {
        name: "the que of a comparative after a verb is no clause it governs",
        text: "La Grèce continuera d'emprunter, à des taux plus élevés qu'il y a cinq ans. \
               Le Portugal paiera, à un prix moins élevé que prévu. Le ministre a ajouté \
               plus tard que le texte serait revu. La ministre a rappelé, sans plus \
               attendre, que le texte serait revu. Le sondeur relève aussi que 40 % des \
               sondés hésitent.",
        sentences: &[
            s("La Grèce", A, ""),
            s("Le Portugal", A, ""),
            s("Le ministre a ajouté", I, "ministre"),
            s("La ministre a rappelé", I, "ministre"),
            s("Le sondeur relève", I, "sondeur"),
        ],
        quotes: &[],
    },
    // spk12: trades before a name, the outlet's journalist, entourages, self-portraits
    Case {
        name: "a trade noun phrase before a name in apposition speaks as the name",
        text: "Son voisin, le chauffeur de car Didier Sallaberry, en veut à la mairie. « On nous \
               a oubliés », peste-t-il. Le conducteur de bus Karim Bensaïd, lui, a déjà repris \
               le travail. « Je n'ai pas le choix », souffle-t-il. La gérante du car-wash, \
               Inès Morel, a fermé. Elle attend l'expert, car l'assurance tarde. « Rien ne \
               bouge », déplore le chauffeur de car.",
        sentences: &[
            s("« On nous", D, "didier sallaberry"),
            s("« Je n'ai pas", D, "karim bensaïd"),
            s("« Rien ne", D, "*"),
        ],
        quotes: &[],
    },
    Case {
        name: "the outlet's own journalist asking or saying speaks; a reporter who saw is the author",
        text: "La maire a reçu les grévistes mardi. Notre journaliste Claire Dumas lui a \
               demandé si elle comptait démissionner. « Pas question », a-t-elle répondu. « Et \
               après ? », lui a demandé notre journaliste Élodie Vernant. « On verra », \
               a-t-elle rétorqué. Notre correspondante \
               Léa Marin a constaté que le site était vide. Notre journaliste Marc Roy a \
               rencontré les grévistes.",
        sentences: &[
            s("Notre journaliste Claire", I, "claire dumas"),
            s("« Et après", D, "élodie vernant"),
            s("« Pas question", D, "maire"),
            s("« On verra", D, "maire"),
            s("Notre correspondante", A, ""),
            s("Notre journaliste Marc", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "on after dans l'entourage de X speaks for the entourage, not for X's name",
        text: "Dans l'entourage de la ministre, Paul Morel, on assure que « rien n'est \
               décidé ». Dans l'entourage du président, Marc Dubois, on rappelle que le texte \
               sera revu. Dans l'entourage du maire, on estime que le vote aura lieu. Le \
               ministre, Paul Morel, assure que rien n'est décidé.",
        sentences: &[
            s(
                "Dans l'entourage de la ministre",
                I,
                "entourage de paul morel",
            ),
            s(
                "Dans l'entourage du président",
                I,
                "entourage de marc dubois",
            ),
            s("Dans l'entourage du maire", I, "entourage du maire"),
            s("Le ministre, Paul Morel", I, "paul morel"),
        ],
        quotes: &[],
    },
    Case {
        name: "a subject portraying itself (se décrit, se présente, se définit comme) speaks",
        text: "Anne Lefort se décrit comme « une militante de terrain ». Marc Petit se \
               présente comme un candidat libre. Léa Roux se définit comme une écologiste \
               pragmatique. L'intéressé, joint par téléphone, se dit « à la disposition du \
               Parlement ». Le candidat se présente aux élections en juin. La zone se définit \
               par un climat sec. Paul Girard, qui se présente comme un homme libre, a été \
               élu. Marc Vidal a été nommé. Lui se décrit comme « un homme de dossiers ». Lui \
               ne dit rien.",
        sentences: &[
            s("Anne Lefort", I, "anne lefort"),
            s("Marc Petit", I, "marc petit"),
            s("Léa Roux", I, "léa roux"),
            s("L'intéressé", I, "*"),
            s("Le candidat se présente", A, ""),
            s("La zone", A, ""),
            s("Paul Girard", A, ""),
            s("Lui se décrit", I, "marc vidal"),
            s("Lui ne dit", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a paragraph without a label between two turns of a transcript continues the turn",
        text: "LA MATINALE | Transcription\n\nPaul Morel, maire de Brignac, était l'invité \
               de Léa Garnier.\n\nLÉA GARNIER : Bonjour. Que faire de la digue ?\n\nPAUL \
               MOREL : La refaire. Et vite.\n\nNous avons voté le budget en mars. Les \
               travaux commencent lundi.\n\nLÉA GARNIER : Et l'État ?\n\n(Rires sur le \
               plateau.)\n\nPAUL MOREL : Il paiera sa part.\n\nPaul Morel sort une lettre \
               du préfet.\n\nLÉA GARNIER : Merci.",
        sentences: &[
            s("Nous avons voté", D, "paul morel"),
            s("Les travaux", D, "paul morel"),
            s("(Rires", A, ""),
            s("Paul Morel sort", A, ""),
            s("PAUL MOREL : Il paiera", D, "paul morel"),
        ],
        quotes: &[],
    },
    Case {
        name: "a lone participle between commas, sans doute and quant à are no speakers",
        text: "Le ministère de la Santé, sollicité, indique que les délais ont baissé. La \
               mairie, contactée, assure que tout va bien. Jean Dupont, député, affirme que \
               tout va bien. Canal Azur, qui n'a « pas de commentaire à faire », fera sans \
               doute de belles audiences. Quant à Inès, elle a écrit qu'elle n'avait « pas dit \
               son dernier mot ». Quant au maire, il assure que rien n'est décidé. Quant à la \
               date, elle sera fixée plus tard, a précisé Paul Roy. Le maire doute que le \
               texte passe.",
        sentences: &[
            s("Le ministère de la Santé", I, "ministère de la santé"),
            s("La mairie", I, "mairie"),
            s("Jean Dupont", I, "jean dupont"),
            s("Quant à Inès", I, "inès"),
            s("Quant au maire", I, "maire"),
            s("Quant à la date", I, "paul roy"),
            s("Le maire doute", I, "maire"),
        ],
        quotes: &[],
    },
    Case {
        name: "on after a side of politics speaks for that side",
        text: "Le texte sera voté mardi. À gauche, on appelle à la retenue. À l'extrême \
               droite, on réclame des sanctions. « C'est non », tranche-t-on à droite. À ce \
               stade, on ignore tout.",
        sentences: &[
            s("À gauche", I, "gauche"),
            s("À l'extrême", I, "extrême droite"),
            s("« C'est non", D, "droite"),
            s("À ce stade", A, ""),
        ],
        quotes: &[],
    },
    // spk13: wire and international copy: mentions that stop at their verb, inverted
    // pronouns after a place, sources, names after a role with its complement, possessives
    Case {
        name: "a remembered mention never runs over its finite verb",
        text: "L'ancienne ministre des Finances assure disposer de copies des procès-verbaux. \
               Elle ne réclame pas de nouveau scrutin mais un « recomptage » sous l'égide de \
               l'Union africaine.\n\nSa mère achètera quand même des cadeaux. Elle l'a dit \
               ainsi : « Je ne vais pas priver les petits. »\n\nLe père de la victime a dit \
               sa colère. Il réclame « la vérité ».\n\nLe porte-parole du collectif est \
               furieux. Il répète que le chantier « a été bâclé ».",
        sentences: &[
            s("L'ancienne ministre", I, "ancienne ministre des finances"),
            s("Elle ne réclame", I, "ancienne ministre des finances"),
            s("Elle l'a dit", D, "mère"),
            s("Il réclame", I, "père de la victime"),
            s("Il répète", I, "porte-parole du collectif"),
        ],
        quotes: &[],
    },
    Case {
        name: "a verb of saying before an infinitive reports it, in every person and tense",
        text: "Il dit surtout craindre pour son fils. Elle affirmait avoir vu la scène. Ils \
               estiment pouvoir gagner. La ministre a assuré ne pas avoir reçu la lettre. Le \
               maire reconnaît ne rien comprendre au dossier. L'élue assure l'avoir prévenu. \
               Les agents ont admis se tromper parfois. Le club assure la sécurité du stade. \
               Le préfet reconnaît le danger. La police assure le pouvoir de nuire des \
               bandes.",
        sentences: &[
            s("Il dit surtout", I, "*"),
            s("Elle affirmait", I, "*"),
            s("Ils estiment", I, "*"),
            s("La ministre a assuré", I, "ministre"),
            s("Le maire reconnaît", I, "maire"),
            s("L'élue assure", I, "élue"),
            s("Les agents", I, "agents"),
            s("Le club assure", A, ""),
            s("Le préfet reconnaît", A, ""),
            s("La police assure", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "the inverted pronoun of an incise after a place takes up the last person",
        text: "Le commissaire hongrois Zoltán Bereczki a voté contre. Budapest ne bloquera \
               toutefois pas le mécanisme, a-t-il précisé.\n\nLe porte-parole du Kremlin, \
               Dmitri Peskov, s'est exprimé jeudi. Moscou ne reculera pas, a-t-il \
               ajouté.\n\nEmmanuel Macron a reçu le chancelier. Macron ne cédera pas, \
               a-t-il assuré.\n\nLe ministre a parlé. Paul Roux est arrivé à 9 h, a-t-il \
               précisé.",
        sentences: &[
            s("Budapest ne bloquera", I, "zoltán bereczki"),
            s("Moscou ne reculera", I, "dmitri peskov"),
            s("Macron ne cédera", I, "emmanuel macron"),
            s("Paul Roux est arrivé", I, "paul roux"),
        ],
        quotes: &[],
    },
    Case {
        name: "the sources after a-t-on appris speak for the whole sentence",
        text: "Paris plaidait pour un report, a-t-on appris de sources diplomatiques. Rome a \
               annoncé un veto, a-t-on appris jeudi de source diplomatique. Vienne réclame que le \
               vote soit reporté, a-t-on appris mardi de source diplomatique. La Commission \
               propose un compromis, a-t-on appris auprès de l'entourage du commissaire. \
               Berlin s'y oppose, selon des sources diplomatiques. Le texte sera retiré, de \
               source proche du dossier. Madrid a dénoncé un « chantage », selon des sources \
               proches du dossier. Lisbonne a demandé un délai, a-t-on appris.",
        sentences: &[
            s("Paris plaidait", I, "sources diplomatiques"),
            s("Rome a annoncé", I, "rome"),
            s("Vienne réclame", I, "source diplomatique"),
            s("La Commission propose", I, "entourage du commissaire"),
            s("Berlin s'y oppose", I, "sources diplomatiques"),
            s("Le texte sera retiré", I, "source proche du dossier"),
            s("Madrid a dénoncé", I, "madrid"),
            s("Lisbonne a demandé", I, "lisbonne"),
        ],
        quotes: &[],
    },
    Case {
        name: "a name in apposition after a role with a complement in à la speaks",
        text: "« Nous sommes prêts », a déclaré la commissaire européenne à la Défense, Ilse \
               Marwede, à l'issue de la réunion. « Rien n'est joué », a affirmé le ministre \
               de l'Intérieur du Niger, Hamadou Souley, lundi. « C'est faux », a dit la \
               porte-parole du ministère des Affaires étrangères, Maria Zakharova, jeudi. « Le \
               délai est tenu », a assuré le ministre délégué aux Transports, Paul Véran, \
               devant les députés. « On verra », a dit le maire à la sortie, Paul Roux restant \
               silencieux.",
        sentences: &[
            s("« Nous sommes prêts", D, "ilse marwede"),
            s("« Rien n'est joué", D, "hamadou souley"),
            s("« C'est faux", D, "maria zakharova"),
            s("« Le délai", D, "paul véran"),
            s("« On verra", D, "maire"),
        ],
        quotes: &[],
    },
    Case {
        name: "a document the subject owns or hands on, closing the sentence: the subject speaks",
        text: "Le ministre Paul Roux a parlé. La Finul a recensé plus de 1 600 violations, \
               selon ses rapports trimestriels. Le groupe Valmet a perdu 3 millions d'euros, \
               selon son communiqué. L'armée a recensé 40 frappes, selon un décompte transmis \
               à Radio Équateur. La mairie a fermé le parc, dans un communiqué. Selon son \
               rapport annuel, la Cimade a recensé 300 cas. Le maire les a reçus. Le chômage a \
               baissé, selon un rapport de la Cour des comptes. Le maire a perdu, selon un \
               rapport. Les salariés ont été informés dans un courrier.",
        sentences: &[
            s("La Finul", I, "finul"),
            s("Le groupe Valmet", I, "groupe valmet"),
            s("L'armée", I, "armée"),
            s("La mairie a fermé", I, "mairie"),
            s("Selon son rapport", I, "cimade"),
            s("Le chômage", I, "cour des comptes"),
            s("Le maire a perdu", I, "rapport"),
            s("Les salariés", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a role with its complement taken up after the name it was given to",
        text: "Clarisse Ebanda-Nkoulou, candidate de la Coalition pour l'alternance (CPA), a \
               voté mardi. Le dépouillement a commencé. La candidate de la Coalition pour \
               l'alternance (CPA) affirme que le scrutin a été truqué.\n\nAnne Morel, \
               candidate du Parti vert, et Lise Caron, candidate de l'Union populaire, ont \
               débattu. La candidate du Parti vert affirme que le débat était biaisé.\n\nLe \
               maire de Lyon, Paul Roux, a reçu le maire de Grenoble, Marc Petit. Le maire \
               de Lyon assure que tout va bien.",
        sentences: &[
            s("La candidate de la Coalition", I, "clarisse ebanda-nkoulou"),
            s("La candidate du Parti vert", I, "anne morel"),
            s("Le maire de Lyon assure", I, "paul roux"),
        ],
        quotes: &[],
    },
    Case {
        name: "a place of two capitalised words stays the role's complement",
        text: "Kamal \
               Achkar, maire de Kfar Selwan, a porté plainte. L'élu, qui dirige la \
               municipalité depuis 2016, affirme que « rien n'a été fait ».\n\n« Non », a dit \
               le maire de Lyon Grégory Vernet.",
        sentences: &[
            s("L'élu", I, "kamal achkar"),
            s("« Non »", D, "grégory vernet"),
        ],
        quotes: &[],
    }, // spk14: a list item's opening word is no body; `l'ancienne ministre` takes up the one
    // person given that role.
    Case {
        name: "a lone capitalised word opening a list item is no body a generic noun takes up",
        text: "Le fabricant de plats préparés Maison Terrenoire rappelle plusieurs plats \
               surgelés, a annoncé la plateforme Rappel Conso. Les produits ont été vendus \
               partout. Les références rappelées sont les suivantes :\n• Lasagnes à la \
               bolognaise 750 g, lots 26290 et 26291\n• Gratin dauphinois 500 g, lot \
               26288\n\nSelon l'entreprise, du plastique a pu tomber dans les barquettes. \
               Aucun blessé n'a été signalé, a précisé la société.\n\nLa société Valdor \
               rappelle trois fromages, a indiqué mardi la préfecture. Les lots suivants sont \
               concernés :\n- Tommes à la truffe, lot 12\n- Bleus fermiers, lot 14\n\nSelon \
               l'entreprise, aucun malade n'est à déplorer.\n\nLe fabricant Ardalys \
               rappelle deux jouets. Il s'agit de :\n1. Toupies à piles, lot 7\n2. Hochets \
               musicaux, lot 9\n\nSelon l'entreprise, les piles peuvent chauffer.",
        sentences: &[
            s("Selon l'entreprise, du plastique", I, "maison terrenoire"),
            s("Aucun blessé", I, "maison terrenoire"),
            s("Selon l'entreprise, aucun malade", I, "valdor"),
            s("Selon l'entreprise, les piles", I, "ardalys"),
        ],
        quotes: &[],
    },
    Case {
        name: "a name or a subject opening a list item is still met",
        text: "Trois réactions ont suivi l'annonce :\n• Marie Dupont, infirmière : elle juge \
               la mesure injuste.\n- Renault a annoncé un plan social. Selon l'entreprise, \
               600 postes sont menacés.",
        sentences: &[s("Selon l'entreprise", I, "renault")],
        quotes: &[],
    },
    Case {
        name: "a former minister taken up by the bare role after her name",
        text: "Au lendemain du vote, l'ancienne ministre du Travail Solène Kerbrat a justifié \
               sa démission. Elle a démenti toute rupture avec la Première ministre.\n\nLa \
               piste avait été écartée lors des arbitrages.\n\nL'ancienne ministre a révélé \
               avoir proposé une contribution exceptionnelle.\n\nL'ancien directeur de \
               Valmet, Paul Roux, a parlé. Le temps passe. L'ancien directeur affirme que \
               tout va bien.",
        sentences: &[
            s("L'ancienne ministre a révélé", I, "solène kerbrat"),
            s("L'ancien directeur affirme", I, "paul roux"),
        ],
        quotes: &[],
    },
    // spk15: initials after a rubric line, bare roles taken up, bodies named with their type
    // noun, a speech verb before a quoted noun phrase.
    Case {
        name: "initials label the person they abbreviate, after a rubric with a dash",
        text: "GIRONDE - Entretien\n\nUne semaine après l'incendie, la maire de Saint-Aubin, \
               Marie-Claire Dufour-Lenoir (sans étiquette), répond aux critiques.\n\nPropos \
               recueillis par Aurélien Jobert\n\nA. J. : Dans quel état est la commune ?\n\n\
               M.-C. D.-L. : Trente maisons ont brûlé. Nous avons relogé tout le monde.\n\n\
               A. J. : Et le coût ?\n\nM.-C. D.-L. : Trois millions d'euros. C'est \
               beaucoup.\n\nA. J. : Allez-vous démissionner ?\n\nM.-C. D.-L. : Non.",
        sentences: &[
            s("GIRONDE", A, ""),
            s("A. J. : Dans quel", D, "aurélien jobert"),
            s("M.-C. D.-L. : Trente", D, "marie-claire dufour-lenoir"),
            s("Nous avons relogé", D, "marie-claire dufour-lenoir"),
            s("A. J. : Et le coût", D, "aurélien jobert"),
            s("C'est beaucoup", D, "marie-claire dufour-lenoir"),
            s("M.-C. D.-L. : Non", D, "marie-claire dufour-lenoir"),
        ],
        quotes: &[],
    },
    Case {
        name: "a rubric line before a transcript and a speaker who opens it once",
        text: "POLITIQUE - Débat\n\nANNE ROY : Bonsoir à tous.\n\nMARC LENOIR : \
               Bonsoir.\n\nANNE ROY : Vous êtes candidat ?\n\nMARC LENOIR : Oui.",
        sentences: &[
            s("POLITIQUE", A, ""),
            s("ANNE ROY : Bonsoir", D, "anne roy"),
            s("MARC LENOIR : Oui", D, "marc lenoir"),
        ],
        quotes: &[],
    },
    Case {
        name: "an equivalent title and the head of a government take up the person",
        text: "La Première ministre Hélène Marchal-Dufresne a engagé lundi la responsabilité de \
               son gouvernement.\n\nLe texte prévoit des économies. Selon le ministre des \
               Comptes publics, Arnaud Ferrières, la mesure rapporte 3 milliards.\n\n« Je ne \
               céderai pas », a déclaré la cheffe du gouvernement à la tribune.\n\nLe \
               gouvernement de Paul Roux a survécu jeudi à la censure. « Ce soir, la \
               responsabilité l'a emporté », a déclaré le Premier ministre.\n\nLe président \
               de la République Marc Aubry a reçu les syndicats. Le chef de l'État a promis \
               « un geste ».",
        sentences: &[
            s("« Je ne céderai", D, "hélène marchal-dufresne"),
            s("« Ce soir", D, "paul roux"),
            s("Le chef de l'État", I, "marc aubry"),
        ],
        quotes: &[],
    },
    Case {
        name: "an epithet takes up the name whose role it heads, and stays that person",
        text: "« Déficitaire, reprend Sandrine Kowalczyk, déléguée syndicale. » La syndicaliste \
               affirme que le projet a été transmis.\n\nLa ministre déléguée à l'Industrie, \
               Hélène Vasseur-Daumal, doit y participer. Mercredi, elle a jugé la fermeture \
               « inacceptable ».\n\nVers huit heures, un camion repart. « C'est le troisième \
               cette semaine », promet la syndicaliste.\n\nLe député Romain Lestrade n'a pas \
               voté la motion. « Je ne voterai jamais une censure », nous a expliqué l'élu.\n\n\
               « Romain a pris ses responsabilités », estime le maire, Gérard \
               Fonteneau.\n\nL'élu affirme qu'il hésite encore.",
        sentences: &[
            s("« C'est le troisième", D, "sandrine kowalczyk"),
            s("« Je ne voterai", D, "romain lestrade"),
            s("« Romain a pris", D, "gérard fonteneau"),
            s("L'élu affirme", I, "romain lestrade"),
        ],
        quotes: &[],
    },
    Case {
        name: "ce dernier and a player's position take up the one just mentioned",
        text: "Dimanche soir, la ministre aurait demandé une dernière fois un geste, a-t-on \
               appris auprès d'un participant. « Elle a posé le chiffre sur la table », raconte \
               ce dernier.\n\nLa maire, Claire Dubois, a reçu Paul Roux. « Rien n'est \
               réglé », affirme cette dernière.\n\n« On a pris une leçon », a reconnu le \
               capitaine Mathis Cadiou. Le milieu a estimé que son équipe avait « arrêté de \
               courir ».\n\nLe milieu associatif dénonce une décision « brutale ».",
        sentences: &[
            s("Dimanche soir", I, "participant"),
            s("« Elle a posé", D, "participant"),
            s("« Rien n'est", D, "claire dubois"),
            s("Le milieu a estimé", I, "mathis cadiou"),
            s("Le milieu associatif", I, "milieu associatif"),
        ],
        quotes: &[],
    },
];

/// `*` takes any speaker, an empty string none, `=name` exactly that name (folded), and any
/// other name a speaker that holds it.
fn speaker_matches(expected: &str, got: Option<&str>) -> bool {
    match expected {
        "*" => true,
        "" => got.is_none(),
        e if e.starts_with('=') => got.map(norm) == Some(norm(&e[1..])),
        e => got.is_some_and(|g| {
            let g = norm(g);
            let e = norm(e);
            g.contains(&e)
        }),
    }
}

#[test]
fn attribution_cases() {
    assert!(CASES.len() >= 80, "only {} cases", CASES.len());
    let mut failures = Vec::new();
    for case in CASES
        .iter()
        .chain(VX2)
        .chain(SPK16_CASES)
        .chain(SPK17_CASES)
        .chain(VX3_CASES)
        .chain(SPK18_CASES)
        .chain(IV3_CASES)
        .chain(SPK18_FIGURES)
        .chain(SPK19_CASES)
        .chain(TI1_CASES)
        .chain(VX4_CASES)
        .chain(BC1_CASES)
        .chain(BC1_LIVE_CASES)
        .chain(VX5_CASES)
        .chain(SPK20_CASES)
        .chain(SPK21_CASES)
        .chain(VX6_CASES)
        .chain(SPK22_CASES)
        .chain(VX7_CASES)
        .chain(VX8_CASES)
        .chain(SPK24_CASES)
        .chain(SPK25_CASES)
        .chain(VX9_CASES)
    {
        let (seg, voices) = analyse(case.text);
        assert_eq!(seg.sentences.len(), voices.sentences.len(), "{}", case.name);
        for exp in case.sentences {
            let Some(at) = case.text.find(exp.at) else {
                failures.push(format!("[{}] `{}` not in text", case.name, exp.at));
                continue;
            };
            let Some(i) = seg
                .sentences
                .iter()
                .position(|s| s.span.start <= at && at < s.span.end.max(s.span.start + 1))
            else {
                failures.push(format!("[{}] `{}`: no sentence", case.name, exp.at));
                continue;
            };
            let got = &voices.sentences[i];
            if got.voice != exp.voice {
                failures.push(format!(
                    "[{}] `{}`: voice {:?}, expected {:?}",
                    case.name, exp.at, got.voice, exp.voice
                ));
            }
            if !speaker_matches(exp.speaker, got.speaker.as_deref()) {
                failures.push(format!(
                    "[{}] `{}`: speaker {:?}, expected `{}`",
                    case.name, exp.at, got.speaker, exp.speaker
                ));
            }
        }
        for exp in case.quotes {
            let Some(at) = case.text.find(exp.inside) else {
                failures.push(format!("[{}] `{}` not in text", case.name, exp.inside));
                continue;
            };
            let probe = Span::new(at, at + exp.inside.len());
            let Some(quote) = voices
                .quotes
                .iter()
                .find(|q| q.kind == exp.kind && q.content.contains(probe))
            else {
                failures.push(format!(
                    "[{}] no {:?} quote holding `{}`; quotes: {:?}",
                    case.name,
                    exp.kind,
                    exp.inside,
                    voices
                        .quotes
                        .iter()
                        .map(|q| (q.kind, &case.text[q.content.start..q.content.end]))
                        .collect::<Vec<_>>()
                ));
                continue;
            };
            let name = quote.speaker.as_ref().map(|s| s.name.as_str());
            if !speaker_matches(exp.speaker, name) {
                failures.push(format!(
                    "[{}] quote `{}`: speaker {:?}, expected `{}`",
                    case.name, exp.inside, name, exp.speaker
                ));
            }
            if let Some(r) = exp.resolution {
                let got = quote.speaker.as_ref().map(|s| s.resolution);
                if got != Some(r) {
                    failures.push(format!(
                        "[{}] quote `{}`: resolution {:?}, expected {:?}",
                        case.name, exp.inside, got, r
                    ));
                }
            }
            let lemma = quote.verb.as_ref().map(|v| v.lemma.as_str());
            let lemma_ok = match exp.lemma {
                "*" => true,
                "" => lemma.is_none(),
                l => lemma == Some(l),
            };
            if !lemma_ok {
                failures.push(format!(
                    "[{}] quote `{}`: verb {:?}, expected `{}`",
                    case.name, exp.inside, lemma, exp.lemma
                ));
            }
            if let Some(st) = exp.stance {
                let got = quote.verb.as_ref().map(|v| v.stance);
                if got != Some(st) {
                    failures.push(format!(
                        "[{}] quote `{}`: stance {:?}, expected {:?}",
                        case.name, exp.inside, got, st
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Whole articles in the three genres (tests/fixtures/voice): the voice and speaker of each
/// sentence as a coder following docs/coding-guideline.md reads them.
const ARTICLES: &[(&str, &[S])] = &[
    (
        include_str!("fixtures/voice/depeche.txt"),
        &[
            s("Niger : les autorités", I, "autorités"),
            s("Niamey, 14 mars", I, "gouvernement nigérien"),
            s("« Les camions", D, "abdourahamane issoufou"),
            s("Le ministre a précisé", I, "abdourahamane issoufou"),
            s("Il a ajouté", I, "abdourahamane issoufou"),
            s("Selon la chambre", I, "chambre de commerce"),
            s("Du côté de Cotonou", M, "wilfried houngbédji"),
            s("« Nous attendons", D, "wilfried houngbédji"),
            s("D'après un diplomate", I, "un diplomate ouest-africain"),
            s("La CEDEAO n'a pas réagi", A, ""),
            s("L'organisation régionale", I, "*"),
            s("Des transporteurs", I, "des transporteurs"),
            s("« On nous a déjà", D, "moussa garba"),
            s("Pour l'économiste", I, "aïcha boubacar"),
            s("Elle estime", I, "aïcha boubacar"),
            s(
                "Les prix des denrées",
                I,
                "institut national de la statistique",
            ),
        ],
    ),
    (
        include_str!("fixtures/voice/tribune.txt"),
        &[
            s("L'Afrique n'a pas besoin", A, ""),
            s("Depuis des décennies", A, ""),
            s("Le dernier sommet", A, ""),
            s("Le commissaire européen", I, "pieter vandermeulen"),
            s("Des réformes décidées", A, ""),
            s("Cette « conditionnalité »", M, ""),
            s("Elle rappelle les plans", A, ""),
            s("Le ministre sénégalais", I, "cheikh ndiaye"),
            s("Il a dénoncé", I, "cheikh ndiaye"),
            s("Et de conclure", D, "cheikh ndiaye"),
            s("Bruxelles, de son côté", M, "bruxelles"),
            // A woven fragment has a source (the guideline codes one for every mixed sentence);
            // which one here is not settled by the rule.
            s("Le fait est que", M, "*"),
            s("Certains observateurs", I, "certains observateurs"),
            s("La Chine, la Turquie", A, ""),
            s("Qui peut reprocher", A, ""),
            s("Il est temps", A, ""),
            s("Nul ne peut nier", A, ""),
        ],
    ),
    (
        include_str!("fixtures/voice/entretien.txt"),
        &[
            s("Santé : « Nos hôpitaux", D, "*"),
            s("La docteure Mariam", A, ""),
            s("Elle a répondu", A, ""),
            s("— Dans quel état", D, "journaliste"),
            s("— Il est saturé", D, "mariam sangaré"),
            s("Certains dorment", D, "mariam sangaré"),
            s("— Le ministère affirme", D, "journaliste"),
            s("— Nous n'en avons", D, "mariam sangaré"),
            s("— Qu'attendez-vous", D, "journaliste"),
            s("— Du personnel", D, "mariam sangaré"),
            s("Contacté par téléphone", I, "oumar diallo"),
            s("Il n'a pas donné", A, ""),
            s("Les syndicats, eux", I, "syndicats"),
        ],
    ),
];

#[test]
fn whole_articles() {
    let mut failures = Vec::new();
    for (text, expected) in ARTICLES {
        let (seg, voices) = analyse(text);
        for exp in *expected {
            let at = text
                .find(exp.at)
                .unwrap_or_else(|| panic!("`{}` not found", exp.at));
            let Some(i) = seg
                .sentences
                .iter()
                .position(|s| s.span.start <= at && at < s.span.end)
            else {
                failures.push(format!("`{}`: no sentence", exp.at));
                continue;
            };
            let got = &voices.sentences[i];
            if got.voice != exp.voice || !speaker_matches(exp.speaker, got.speaker.as_deref()) {
                failures.push(format!(
                    "`{}`: {:?} {:?}, expected {:?} `{}`",
                    exp.at, got.voice, got.speaker, exp.voice, exp.speaker
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Unbalanced quotations are reported as such.
#[test]
fn unbalanced_quotation_is_flagged() {
    let text = "Le porte-parole a prévenu : « Nous ne négocierons pas sous la menace.\n\nLa \
                séance a été levée.";
    let (_, voices) = analyse(text);
    let q = voices
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .expect("a direct quote");
    assert!(q.unbalanced);
    let balanced = "« Nous partirons », a dit le maire.";
    let (_, voices) = analyse(balanced);
    assert!(voices.quotes.iter().all(|q| !q.unbalanced));
}

/// Texts with quotations and author sentences, for the character-voice test.
const VOICE_AT_TEXTS: &[&str] = &[
    "Le village est sous l'eau depuis mardi. « Nous avons perdu nos maisons, nos bêtes et nos \
     semences », a raconté une agricultrice. La préfecture a promis des tentes.",
    "Le député a qualifié la loi de « honte nationale ». Les débats reprendront lundi.",
    "« Cette junte est illégitime », a fustigé l'ancien ministre. Et d'ajouter : « Elle doit \
     partir. » La capitale est restée calme.",
    "— Pourquoi partir maintenant ?\n\n— Parce que la situation est intenable, tout \
     simplement.",
    "Selon l'armée, « les terroristes ont été neutralisés ». Le bilan reste inconnu.",
];

/// Every word-sized span inside a direct quotation gets `Direct`; every word of an author
/// sentence gets `Author`.
#[test]
fn voice_at_gives_quoted_words_to_the_source() {
    for text in VOICE_AT_TEXTS {
        let (seg, voices) = analyse(text);
        for q in voices.quotes.iter().filter(|q| q.kind == QuoteKind::Direct) {
            let content = &text[q.content.start..q.content.end];
            for (i, w) in content.split_whitespace().enumerate() {
                let at = q.content.start
                    + content
                        .match_indices(w)
                        .nth(
                            content
                                .split_whitespace()
                                .take(i)
                                .filter(|x| *x == w)
                                .count(),
                        )
                        .map_or(0, |(k, _)| k);
                let span = Span::new(at, at + w.len());
                assert_eq!(
                    voices.voice_at(span),
                    TextVoice::Direct,
                    "`{w}` in `{content}` of: {text}"
                );
            }
        }
        for (i, s) in seg.sentences.iter().enumerate() {
            if voices.sentences[i].voice != Voice::Author {
                continue;
            }
            let sentence = &text[s.span.start..s.span.end];
            let mut at = s.span.start;
            for w in sentence.split_whitespace() {
                let k = text[at..].find(w).expect("word") + at;
                assert_eq!(
                    voices.voice_at(Span::new(k, k + w.len())),
                    TextVoice::Author,
                    "`{w}` of author sentence `{sentence}`"
                );
                at = k + w.len();
            }
        }
    }
}

/// Invariants of the output on any text: one voice per sentence, regions ordered, disjoint,
/// on character boundaries and inside the text, quotes inside the text.
fn check_invariants(text: &str) {
    let (seg, voices) = analyse(text);
    assert_eq!(voices.sentences.len(), seg.sentences.len());
    let mut last_end = 0;
    for (span, _) in &voices.regions {
        assert!(span.start < span.end, "empty region {span:?}");
        assert!(span.start >= last_end, "regions overlap or are unordered");
        assert!(span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        last_end = span.end;
    }
    for q in &voices.quotes {
        assert!(q.content.end <= text.len());
        assert!(text.is_char_boundary(q.content.start) && text.is_char_boundary(q.content.end));
        assert!(q.sentence < seg.sentences.len().max(1));
        if let Some(c) = q.cue {
            assert!(c.end <= text.len() && text.is_char_boundary(c.start));
        }
        if let Some(sp) = q.speaker.as_ref().and_then(|s| s.span) {
            assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
        }
    }
    for sv in &voices.sentences {
        if let Some(t) = sv.tail {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
    }
}

/// French-like pieces with punctuation, quotation marks and line breaks.
fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "Le ministre",
        " a déclaré",
        " que",
        " « ",
        " » ",
        "“",
        "”",
        "\"",
        "‹",
        "›",
        ", ",
        ". ",
        " : ",
        "\n\n",
        "\r\n",
        "— ",
        "il",
        " elle",
        " a-t-il ajouté",
        " selon",
        " l'armée",
        " Sergueï",
        " Diallo",
        " Et d'estimer",
        " pour",
        " sans donner de raisons",
        " qu'",
        " s'est félicité",
        " a été annoncée",
        " M.",
        " J.-P.",
        "\u{a0}",
        "\u{202f}",
        "?",
        "!",
        " (",
        ")",
        " C'est ce qu'a dit",
        " la CEDEAO",
        " des sources",
        " alors que",
        "é",
        "…",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn invariants_on_arbitrary_text(text in "\\PC{0,200}") {
        check_invariants(&text);
    }

    #[test]
    fn invariants_on_french_like_text(pieces in prop::collection::vec(piece(), 0..60)) {
        check_invariants(&pieces.concat());
    }
}

/// Inputs that a quadratic step would never finish: no timing, they must simply end.
#[test]
fn long_inputs_finish() {
    let opens = "« ".repeat(100_000);
    check_invariants(&opens);
    let mut quote = String::from("« ");
    while quote.len() < 10_000_000 {
        quote.push_str("Nous ne partirons pas, a-t-il dit, tant que la paix ne sera pas signée ");
    }
    quote.push_str("», a déclaré le colonel.");
    let (_, voices) = analyse(&quote);
    assert!(voices.quotes.iter().any(|q| q.kind == QuoteKind::Direct));
    let words = "le ministre a déclaré que la situation ".repeat(30_000);
    check_invariants(&words);
    let pronouns = "Il a dit que oui. ".repeat(30_000);
    check_invariants(&pronouns);
}

/// Inserts before a subject are read a bounded number of levels deep: a sentence made of
/// thousands of brackets, ages or acronyms before its verb must not exhaust the stack.
#[test]
fn long_chains_of_inserts_before_a_verb_finish() {
    for unit in ["(a)", "(ACD), ", ", 23 ans", ", X (Y)"] {
        let mut text = String::from("Le maire");
        text.push_str(&unit.repeat(200_000));
        text.push_str(", a déclaré que tout allait bien.");
        check_invariants(&text);
    }
}

/// A sentence of many relatives of saying, each set off by commas (`Le maire, qui annonce un
/// plan, le préfet, qui annonce un plan, …`): the reading of a saying in a relative as the
/// subject's background looks at the main clause after it once, not at every later relative
/// in turn (which nested one reading in another as deep as the chain).
#[test]
fn long_chains_of_relatives_of_saying_finish() {
    let mut text = String::from("Le maire");
    text.push_str(&", qui annonce un plan, le préfet".repeat(20_000));
    text.push_str(", qui annonce un plan, a signé l'arrêté.");
    check_invariants(&text);
}

/// A document that reports speaks for the body that wrote it, when the sentence names that
/// body: the speaker is the body alone, as a coder writes it, not the document's phrase with
/// the body inside it. A document with no author stays the speaker.
#[test]
fn documents_speak_for_their_authors() {
    let cases = [
        (
            "Le chômage a reculé de 0,3 point, selon les chiffres publiés mardi par l'Insee.",
            Some("insee"),
        ),
        (
            "Selon une étude du ministère de la Santé publiée en 2024, un tiers des médecins partiront à la retraite.",
            Some("ministère de la santé"),
        ),
        (
            "Un communiqué de la préfecture indique que la route restera fermée.",
            Some("préfecture"),
        ),
        (
            "Douze bateaux ont été saisis, selon le bilan communiqué dimanche par la gendarmerie maritime.",
            Some("gendarmerie maritime"),
        ),
        (
            "Le rapport annuel de la Cour des comptes estime que la dette est hors de contrôle.",
            Some("cour des comptes"),
        ),
        (
            "Selon une étude du ministère publiée en 2023, un détenu sur trois récidive dans l'année.",
            Some("ministère"),
        ),
        (
            "Selon un bilan communiqué lundi par le gouvernorat, quatre mineurs sont toujours portés disparus.",
            Some("gouvernorat"),
        ),
        (
            "« Rien ne va plus à la mairie », écrit Le Courrier du Nord.",
            Some("courrier du nord"),
        ),
        (
            "Selon le rapport, la dette atteindra 120 % du PIB en 2030.",
            Some("rapport"),
        ),
        (
            "Selon une étude publiée lundi, les adolescents lisent moins qu'il y a dix ans.",
            Some("une étude publiée"),
        ),
        (
            "Les loyers ont augmenté de 4,1 %, selon l'indice publié jeudi par l'Insee.",
            Some("insee"),
        ),
        (
            "L'effort dépasse 40 % du revenu, selon les calculs de la Fondation pour le logement.",
            Some("fondation"),
        ),
        (
            "Selon les estimations du cabinet Altares, 62 000 entreprises ont fait faillite.",
            Some("altares"),
        ),
    ];
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let (_, voices) = analyse(text);
        let got = voices.sentences[0].speaker.as_deref().map(norm);
        if got.as_deref() != expected {
            failures.push(format!("`{text}`: speaker {got:?}, expected {expected:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// An interview's questions are the outlet's when no interviewer is named (the caller gives
/// the outlet), and the journalist's of the credit line when one is.
#[test]
fn interview_questions_are_the_outlets_unless_a_journalist_is_named() {
    let speaker_of = |text: &str, at: &str| {
        let body = Span::new(0, text.len());
        let regions = quotes::find_quotes(text, body);
        let seg = segment::segment(text, body, &regions);
        let options = voice::AttributeOptions {
            interviewer: Some("L'Estuaire".to_string()),
        };
        let voices = voice::attribute_with(text, &seg, &regions, verbs(), &options);
        let i = seg
            .sentences
            .iter()
            .position(|s| s.span.slice(text).contains(at))
            .expect("the sentence");
        voices.sentences[i].speaker.clone()
    };
    let unnamed = "ENTRETIEN\n\nPédiatre à Nantes, Hélène Castaing s'oppose à la \
                   recommandation.\n\n**Pourquoi vous opposez-vous au rappel ?**\n\nLes données \
                   manquent.\n\n**Que conseillez-vous aux familles ?**\n\nD'attendre.";
    assert_eq!(
        speaker_of(unnamed, "Pourquoi vous"),
        Some("L'Estuaire".to_string())
    );
    let named = "Pédiatre à Nantes, Hélène Castaing s'oppose à la recommandation.\n\nPropos \
                 recueillis par Marc Olivier.\n\n**Pourquoi vous opposez-vous au rappel ?**\n\n\
                 Les données manquent.\n\n**Que conseillez-vous aux familles ?**\n\nD'attendre.";
    assert_eq!(
        speaker_of(named, "Pourquoi vous"),
        Some("Marc Olivier".to_string())
    );
}

/// spk13: a speaker is a noun phrase: none the tool gives on the development sets (never the
/// held-out one) holds a lower-case finite form of avoir, être or a common verb of saying
/// (`ancienne ministre des Finances assure disposer de copies…`, `mère achètera…`).
#[test]
fn no_speaker_on_the_development_sets_holds_a_finite_verb() {
    use std::collections::HashSet;
    let mut finite: HashSet<String> = HashSet::new();
    for lemma in [
        "avoir",
        "être",
        "assurer",
        "affirmer",
        "dire",
        "déclarer",
        "estimer",
        "expliquer",
        "indiquer",
        "préciser",
        "acheter",
    ] {
        for f in cadrage::conjugate::tagged_forms(lemma) {
            if f.is_finite() {
                finite.insert(f.text.clone());
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval");
    let mut dirs: Vec<std::path::PathBuf> = vec![root.join("corpus")];
    for entry in std::fs::read_dir(&root).expect("eval/").flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with("dev") && name != "heldout" {
            dirs.push(entry.path().join("corpus"));
        }
    }
    let mut files = Vec::new();
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 100, "the development sets are there");
    let mut failures = Vec::new();
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let (_, voices) = analyse(&text);
        for s in &voices.sentences {
            let Some(speaker) = s.speaker.as_deref() else {
                continue;
            };
            let verb = speaker
                .split_whitespace()
                .skip(1)
                .find(|w| finite.contains(*w));
            if let Some(verb) = verb {
                failures.push(format!("{}: `{speaker}` holds `{verb}`", path.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// vx2: guillemets that quote nobody (titles, nicknames, definitions, words mentioned as
// words, glossed loanwords); quoted words inside a clause reported from a named source; a
// document's provisions and an author's list; reported words with the author's sting.
const VX2: &[Case] = &[
    Case {
        name: "vx2: titles of works, nicknames and names after a naming verb quote nobody",
        text: "Samedi, le chanteur Paul Orsini a fait danser la foule sur « Les Marées », son \
               tube du printemps.\n\nLe maire, que tout le village appelait « Le Grand », est \
               mort lundi.\n\nLe navire, baptisé « Albatros », a quitté le port.\n\nLe \
               rapport, intitulé « Une eau pour tous », sera publié jeudi.\n\nLa chanson « Nos \
               hivers » a été reprise par trois chorales.\n\nIl a relu l'album « Terre brûlée » \
               pendant l'été.",
        sentences: &[
            s("Samedi, le chanteur", A, ""),
            s("Le maire, que tout", A, ""),
            s("Le navire", A, ""),
            s("Le rapport, intitulé", A, ""),
            s("La chanson", A, ""),
            s("Il a relu", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "vx2: a definition, a word mentioned as a word, a glossed loanword",
        text: "Le sigle Sraddet signifie « schéma régional d'aménagement et de développement \
               durable ».\n\nLe PLU désigne « le plan local d'urbanisme » adopté en 2019.\n\n\
               Le mot « sécheresse » n'apparaissait nulle part dans le texte.\n\nLe terme \
               « décroissance » revient souvent dans les débats.\n\nLe phénomène a même un \
               nom, la « greedflation », que l'on pourrait traduire par inflation des \
               marges.\n\nLe gouvernement parle d'une réforme « juste ».",
        sentences: &[
            s("Le sigle Sraddet", A, ""),
            s("Le PLU désigne", A, ""),
            s("Le mot « sécheresse", A, ""),
            s("Le terme", A, ""),
            s("Le phénomène a même", A, ""),
            s("Le gouvernement parle", I, "gouvernement"),
        ],
        quotes: &[],
    },
    Case {
        name: "vx2: counter-examples: scare quotes stay the author's",
        text: "Cette « réforme » n'a rien réformé.\n\nLe film a été un « succès » selon ses \
               producteurs, un échec pour les salles.\n\nLes élus ont voté une « pause » bien \
               commode.",
        sentences: &[
            s("Cette « réforme »", M, ""),
            s("Les élus ont voté", M, "élus"),
        ],
        quotes: &[],
    },
    Case {
        name: "vx2: quoted words inside a clause reported from a named source",
        text: "Pour le Dr Anne Keller, cardiologue à Lyon, ces résultats imposent « une grande \
               prudence » chez les patients âgés.\n\nÀ Madrid, la fédération des agriculteurs \
               a plaidé pour « un accord rapide plutôt qu'une guerre commerciale ».\n\nLe \
               rapporteur Paul Ruiz confirme dans son rapport : les crédits ont été dépensés \
               « sans contrôle », à Paris comme ailleurs.\n\nLe ton est plus calme à Rome, où \
               le syndicat des pêcheurs a plaidé pour « une trêve des quotas ».\n\nLes distributeurs appellent cela \
               une « adaptation des gammes ».",
        sentences: &[
            s("Pour le Dr Anne", I, "anne keller"),
            s("À Madrid", I, "fédération"),
            s("Le rapporteur Paul", I, "paul ruiz"),
            s("Le ton est plus calme", I, "syndicat des pêcheurs"),
            s("Les distributeurs", I, "distributeurs"),
        ],
        quotes: &[],
    },
    Case {
        name: "vx2: a document's provisions and an author's list are the author's; a demand is reported",
        text: "Le syndicat a rencontré la direction mardi.\n\nL'accord prévoit notamment :\n\n\
               • une hausse de 3 % des salaires ;\n\n• une prime de fin d'année.\n\nDeux \
               raisons expliquent cette hausse :\n\n• la météo ;\n\n• la demande \
               chinoise.\n\nLe syndicat réclame :\n\n• le maintien des postes ;\n\n• un \
               treizième mois.",
        sentences: &[
            s("L'accord prévoit", A, ""),
            s("• une hausse", A, ""),
            s("• une prime", A, ""),
            s("Deux raisons", A, ""),
            s("• la météo", A, ""),
            s("Le syndicat réclame", I, "syndicat"),
            s("• le maintien", I, "syndicat"),
        ],
        quotes: &[],
    },
    Case {
        name: "vx2: reported words with the author's sting outside them are mixed",
        text: "Un effort « raisonnable », jure-t-on à Matignon, où l'on a visiblement oublié \
               que la dette grimpe.\n\nLe ministre Paul Renaud assure que la porte reste \
               « ouverte » : elle l'est, comme celle d'une prison.\n\nLa conseillère \
               municipale Julie Marchand l'a dénoncé avec courage, sans obtenir la moindre \
               réponse.\n\nLes syndicats contestent ces chiffres, sans en proposer d'autres.\n\n\
               Les médias étrangers, fidèles à leur habitude, ont parlé de « répression ».\n\n\
               Le maire Henri Bost a annoncé la fermeture de l'école avec le soutien du \
               conseil.",
        sentences: &[
            s("Un effort", M, "*"),
            s("Le ministre Paul", M, "paul renaud"),
            s("La conseillère", M, "julie marchand"),
            s("Les syndicats contestent", M, "syndicats"),
            s("Les médias étrangers", M, "médias étrangers"),
            s("Le maire Henri", I, "henri bost"),
        ],
        quotes: &[],
    },
];

// spk16: garbage speakers (a descriptive insert after the subject, the outlet that interviews,
// roles and bodies taken up after their full name).

const SPK16_CASES: &[Case] = &[
    Case {
        name: "an insert after the subject describes it: the object after the verb is no speaker",
        text: "Le voisin, entendu mercredi, a confirmé ces déclarations à la barre.\n\nLes \
               associations de soutien aux réfugiés, largement financées par des fonds publics, \
               dénoncent une atteinte au droit d'asile.\n\nLes médias étrangers, fidèles à leur \
               habitude, ont aussitôt parlé de « massacre ».\n\nCe témoin, entendu jeudi, a \
               confirmé ces déclarations devant le tribunal.\n\nLes éleveurs, très inquiets \
               pour leurs bêtes, seraient les premiers touchés, a précisé la fédération.\n\n\
               Claire Dubois, porte-parole du collectif, dénonce une décision brutale.",
        sentences: &[
            s("Le voisin", I, "voisin"),
            s("Les associations de soutien", I, "associations de soutien"),
            s("Les médias étrangers", M, "médias étrangers"),
            s("Ce témoin", I, "témoin"),
            s("Les éleveurs", I, "fédération"),
            s("Claire Dubois", I, "claire dubois"),
        ],
        quotes: &[],
    },
    Case {
        name: "a document described between commas still speaks for its issuer",
        text: "Selon un rapport de l'association Terre d'accueil, publié mardi, 4 000 personnes \
               ont été expulsées.\n\nLe document, fondé sur 300 témoignages recueillis à Calais \
               et dans la région de Dunkerque, décrit des interpellations répétées.",
        sentences: &[s("Le document", I, "terre d'accueil")],
        quotes: &[],
    },
    Case {
        name: "the outlet that interviews is set beside no one",
        text: "Les chiffres ont surpris. Interrogé par Radio Vallée, le ministère de \
               l'Agriculture conteste ces chiffres. « Nous avons respecté la procédure », nous a \
               déclaré un haut responsable du ministère. Le ministère a toutefois dû reconnaître \
               que des erreurs avaient été commises.\n\nLe texte a été défendu par la ministre, \
               Anne Leroy, devant les députés. La ministre assure qu'il sera appliqué.",
        sentences: &[
            s("Interrogé", I, "ministère de l'agriculture"),
            s("« Nous avons", D, "responsable du ministère"),
            s("Le ministère a toutefois", I, "ministère de l'agriculture"),
            s("La ministre assure", I, "anne leroy"),
        ],
        quotes: &[],
    },
    Case {
        name: "le syndicat takes up the union named in a unionist's role",
        text: "Les salariés ont bloqué l'usine lundi. « On ne partira pas », lance Karim Saïdi, \
               délégué de la Fédération unie des métallurgistes (FUM). Le syndicat réclame une \
               prime de départ.\n\nLa Fédération française de rugby a réagi mardi. Le syndicat \
               des joueurs estime que la sanction est injuste.",
        sentences: &[
            s(
                "Le syndicat réclame",
                I,
                "fédération unie des métallurgistes",
            ),
            s("Le syndicat des joueurs", I, "syndicat des joueurs"),
        ],
        quotes: &[],
    },
];

// spk17: an association or an ONG named in a person's role (`porte-parole de l'ONG Ancre
// Humaine`, `Pour Mathilde Genevoix, de l'association de consommateurs Familles vigilantes,`)
// is taken up by a later bare `l'association`; with two associations named, the noun stays.
// A speaker written `=name` must be exactly that name (folded).
const SPK17_CASES: &[Case] = &[
    Case {
        name: "l'association takes up the ONG named in a spokeswoman's role",
        text: "Le règlement a été adopté mardi. « Les exilés seront retenus loin de tout », a \
               réagi Clara Mestre, porte-parole de l'ONG Ancre Humaine.\n\nL'association \
               annonce qu'elle saisira la justice. Elle estime que l'État a failli.",
        sentences: &[
            s("« Les exilés", D, "clara mestre"),
            s("L'association", I, "ancre humaine"),
            s("Elle estime", I, "ancre humaine"),
        ],
        quotes: &[],
    },
    Case {
        name: "an association after a short complement, beside a name between commas",
        text: "Le rappel concerne douze lots. Pour Mathilde Genevoix, de l'association de \
               consommateurs Familles vigilantes, le délai de réaction pose question.\n\n\
               L'association demande que les fabricants publient leurs contrôles.",
        sentences: &[s("L'association demande", I, "familles vigilantes")],
        quotes: &[],
    },
    Case {
        name: "the name stops before qui",
        text: "Selon Paul Girard, président de l'association Sources claires, qui a saisi le \
               préfet, l'eau reste potable. L'association réclame des analyses.",
        sentences: &[s(
            "L'association réclame",
            I,
            "=association sources claires",
        )],
        quotes: &[],
    },
    Case {
        name: "two associations named: the bare noun takes up neither",
        text: "« Rien ne change », a réagi Paul Viard, président de l'association Terre vive. « \
               Nous irons plus loin », a ajouté Lucie Marne, porte-parole de l'association \
               Rivières libres.\n\nL'association demande une enquête publique.",
        sentences: &[s("L'association demande", I, "=association")],
        quotes: &[],
    },
    Case {
        name: "a lower-case noun after a particle is in the name, a verb after it is not",
        text: "Chaque nuit, une équipe de l'association Soins sans toit sillonne Lille.\n\n\
               Selon l'association, 1 840 personnes ont été soignées en 2025.",
        sentences: &[s("Selon l'association", I, "soins sans toit")],
        quotes: &[],
    },
    Case {
        name: "a participle after the name ends it",
        text: "Les pistes sont dangereuses, selon Léa Roux, de l'association Vélo Cité jointe \
               par téléphone.\n\nL'association demande des travaux.",
        sentences: &[s("L'association demande", I, "=association vélo cité")],
        quotes: &[],
    },
    Case {
        name: "an association named in full as the subject stays as written",
        text: "L'association des maires de France dénonce la baisse des dotations. Elle \
               réclame un moratoire.",
        sentences: &[
            s(
                "L'association des maires",
                I,
                "association des maires de france",
            ),
            s("Elle réclame", I, "association des maires de france"),
        ],
        quotes: &[],
    },
];

/// The guideline (docs/coding-guideline.md, Voice): "`indirect` | the sentence reports what a
/// source said, thinks or claims without quoting it word for word: `X a affirmé que…`, `selon
/// X, …`, `d'après X`".
const VX3_CASES: &[Case] = &[
    Case {
        name: "vx3: `selon X` woven into the clause without commas reports the sentence",
        text: "Le tournoi a attiré 11\u{a0}400 spectateurs, un record selon les organisateurs.\n\n\
               Le jeu s'est vendu à 640\u{a0}000 exemplaires selon l’entreprise, Brume \
               Interactive.\n\nLes frappes, menées selon lui à l'aide de lance-roquettes, \
               ont touché un marché.\n\nLe réseau, qui écoulait selon le parquet jusqu'à 25 000 \
               euros par jour, a été démantelé.\n\nLa start-up a présenté ses lunettes, \
               capables selon elle de traduire seize langues.\n\nSous les bâches vivent selon \
               les associations entre 900 et 1 100 personnes.\n\nLa facture grimpera de 12 % \
               d'après la fédération des usagers.\n\nDes économies chiffrées à 41 milliards, \
               toujours selon le document.",
        sentences: &[
            s("Le tournoi", I, "organisateurs"),
            s("Le jeu s'est", I, "*"),
            s("Les frappes", I, "*"),
            s("Le réseau", I, "parquet"),
            s("La start-up", I, "*"),
            s("Sous les bâches", I, "associations"),
            s("La facture", I, "fédération des usagers"),
            s("Des économies", I, "*"),
        ],
        quotes: &[],
    },
    Case {
        name: "vx3: `selon` that means `depending on`, a conception, the newsroom's count",
        text: "La marge d'erreur est comprise entre 2,9 et 4,4 points selon le score \
               considéré.\n\nLes chiffres de la journée varient selon les sources.\n\nLe \
               partage de l'eau est fixé chaque printemps selon l'état des nappes.\n\nLe texte \
               impose de vérifier l'âge selon un référentiel fixé par l'Arcom.\n\nVoilà la \
               démocratie selon Bruxelles et Beauvau.\n\nLa réforme ouvre la régularisation \
               dans les « métiers en tension », soit 8 000 personnes par an selon l'étude \
               d'impact.\n\nC'est le troisième rappel de l'année, un record \
               selon notre décompte.\n\nLes tarifs diffèrent selon les régions.",
        sentences: &[
            s("La marge", A, ""),
            s("Les chiffres", A, ""),
            s("Le partage", A, ""),
            s("Le texte impose", A, ""),
            s("Voilà la", A, ""),
            s("La réforme ouvre", M, "*"),
            s("C'est le troisième", A, ""),
            s("Les tarifs", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "vx3: a court's ruling and a rejection by vote or of an application are the author's",
        // Guideline: "A court's ruling (*le tribunal l'a condamné à trois ans de prison*) is
        // `author`; a government's condemnation in words (*Paris a condamné l'attaque*) is
        // `indirect`."
        text: "La cour d’appel de Douai a confirmé mercredi la condamnation de l'ancien maire.\n\n\
               La Cour de justice de l'UE a rejeté vendredi le recours de la Hongrie.\n\nLa \
               Cour constitutionnelle a confirmé mardi soir la réélection du président \
               sortant.\n\nLe tribunal administratif rejette la requête des riverains.\n\n\
               La majorité a rejeté la demande à main levée.\n\nLes Vaudois ont rejeté à \
               58\u{a0}% le crédit destiné au tunnel.\n\nEn 2005, les Français avaient \
               rejeté par référendum le traité constitutionnel.\n\nLa commission électorale \
               a rejeté vendredi la demande de l'opposition de rouvrir les listes.",
        sentences: &[
            s("La cour d’appel", A, ""),
            s("La Cour de justice", A, ""),
            s("Cour constitutionnelle", A, ""),
            s("Le tribunal administratif", A, ""),
            s("La majorité", A, ""),
            s("Les Vaudois", A, ""),
            s("En 2005", A, ""),
            s("La commission électorale", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "vx3: a rejection or a confirmation in words stays reported",
        text: "Le ministre a confirmé la fermeture de l'usine.\n\nLa porte-parole a rejeté \
               toute implication de la Russie.\n\nLa Cour des comptes confirme ses critiques \
               sur le plan.\n\nLe syndicat rejette le plan de la direction.\n\nLe juge a \
               estimé que la mesure était disproportionnée.",
        sentences: &[
            s("Le ministre a confirmé", I, "ministre"),
            s("La porte-parole", I, "porte-parole"),
            s("La Cour des comptes", I, "cour des comptes"),
            s("Le syndicat rejette", I, "syndicat"),
            s("Le juge a", I, "juge"),
        ],
        quotes: &[],
    },
    Case {
        name: "vx3: an admission or a figure put forward with a plain object reports",
        // Guideline: "`indirect` | the sentence reports what a source said, thinks or claims
        // without quoting it word for word: … `X a démenti…`, `X a confirmé la volonté de…`".
        text: "Le prévenu, qui comparaissait détenu, a reconnu une partie des faits.\n\n\
               Hélène Marquis a reconnu sa défaite dès 20\u{a0}h\u{a0}30.\n\nÀ la barre, \
               l’accusé a reconnu sa présence mais nié les tirs.\n\nLe directeur \
               reconnaît des erreurs de communication.\n\nLe syndicat avance le chiffre de \
               45\u{a0}%.\n\nL'intersyndicale avançait un chiffre bien plus élevé.\n\nLe \
               ministère avance plutôt 30 %.\n\nLes enquêteurs avancent l'hypothèse d'un \
               incendie criminel.",
        sentences: &[
            s("Le prévenu", I, "prévenu"),
            s("Hélène Marquis", I, "hélène marquis"),
            s("À la barre", I, "*"),
            s("Le directeur", I, "directeur"),
            s("Le syndicat avance", I, "syndicat"),
            s("L'intersyndicale", I, "*"),
            s("ministère avance", I, "ministère"),
            s("Les enquêteurs", I, "enquêteurs"),
        ],
        quotes: &[],
    },
    Case {
        name: "vx3: recognising a state, a body or a place, advancing a date, reports nothing",
        text: "La France a reconnu l'État de Palestine en 2025.\n\nLe père a reconnu le \
               corps de son fils à la morgue.\n\nLes secouristes ont reconnu les lieux avant \
               l'assaut.\n\nLe tribunal l’a reconnu coupable de corruption.\n\nLa mairie \
               avance la date du conseil municipal.\n\nLe club avance ses pions sur le \
               marché des transferts.",
        sentences: &[
            s("La France", A, ""),
            s("Le père", A, ""),
            s("Les secouristes", A, ""),
            s("Le tribunal", A, ""),
            s("La mairie", A, ""),
            s("Le club", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "vx3: a source's instructions or advice listed after a colon are reported",
        // Guideline: the items of a list that a report ending on a colon introduces carry
        // that report ("`indirect` | the sentence reports what a source said").
        text: "La préfecture a placé le département en vigilance rouge.\n\nElle rappelle les \
               consignes de sécurité :\n\n- ne pas monter sur les toitures ;\n\n- rester chez \
               soi.\n\nLe pédiatre donne trois conseils aux parents :\n\n- aérer la chambre \
               ;\n\n- laver les mains.\n\nLe règlement fixe trois consignes :\n\n- se \
               présenter à l'heure.",
        sentences: &[
            s("Elle rappelle", I, "préfecture"),
            s("- ne pas monter", I, "préfecture"),
            s("- rester chez", I, "préfecture"),
            s("Le pédiatre", I, "pédiatre"),
            s("- aérer", I, "pédiatre"),
            s("Le règlement", A, ""),
            s("- se présenter", A, ""),
        ],
        quotes: &[],
    },
];

/// Organisations as speakers: no fragment of a sentence is a speaker (a participle or a
/// preposition opening a sentence, a noun phrase run over a date, an amount or `dès`), a
/// document's agent after `publiés… par` speaks, and a company is taken up by its kind's noun
/// and by `il` or `elle` whatever noun it was named with.
const SPK18_CASES: &[Case] = &[
    Case {
        name: "a participle opening its sentence is no one a pronoun takes up",
        text: "L'association Voisins solidaires organise des repas de quartier.\n\nCréée en \
               2023, elle revendique 4 500 participants cette année.",
        sentences: &[s("Créée en 2023", I, "voisins solidaires")],
        quotes: &[],
    },
    Case {
        name: "a participle before a weekday, feminine",
        text: "La Banque centrale des États de l'Afrique de l'Ouest a maintenu son taux \
               directeur.\n\nRéunie mardi à Dakar, elle estime que l'inflation restera \
               contenue.\n\nRéunie le 12 novembre, elle prévoit un ralentissement de la \
               croissance.",
        sentences: &[
            s("Réunie mardi", I, "banque centrale"),
            s("Réunie le 12", I, "banque centrale"),
        ],
        quotes: &[],
    },
    Case {
        name: "a surname ending like a participle before avoir stays a name",
        text: "Le député Jean-François Copé a quitté la réunion.\n\nCopé a dénoncé une « \
               cabale » contre lui.",
        sentences: &[s("Copé a dénoncé", I, "copé")],
        quotes: &[],
    },
    Case {
        name: "joint and assis opening a sentence are no names",
        text: "Le maire, Gérard Pollet, a fermé la salle.\n\nJoint par téléphone, il assure \
               qu'il « ne lâchera pas ».\n\nAssis à côté de lui, Yves Pelletan se veut plus \
               mesuré : « Je comprends qu'ils n'aient pas de médecins. »",
        sentences: &[
            s("Joint par", I, "gérard pollet"),
            s("Assis à côté", D, "yves pelletan"),
        ],
        quotes: &[],
    },
    Case {
        name: "près opening a sentence is no body a generic noun takes up",
        text: "Près de 1 400 personnes ont défilé samedi à Montbrac.\u{a0}L'agence invoque le \
               nombre d'accouchements, tombé à 287.",
        sentences: &[s("L'agence invoque", I, "=agence")],
        quotes: &[],
    },
    Case {
        name: "an inverted verb opening a sentence is no body either",
        text: "Faut-il s'inquiéter ?\n\nLe fabricant assure que le dépassement a été détecté \
               lors d'un autocontrôle.",
        sentences: &[s("Le fabricant assure", I, "=fabricant")],
        quotes: &[],
    },
    Case {
        name: "a preposition opening a sentence is no body",
        text: "Autour de Marmande, les rayons se vident.\n\nContactée, l’enseigne indique que \
               ses magasins pourraient connaître des ruptures.",
        sentences: &[s("Contactée", I, "=enseigne")],
        quotes: &[],
    },
    Case {
        name: "the agent of a document's participle after a weekday and an adjective speaks",
        text: "Le Parti de l'Avenir est arrivé en tête, selon les résultats définitifs \
               publiés dimanche soir par la commission électorale.\n\nLe parti obtient 41 \
               sièges, d'après les résultats quasi définitifs publiés peu avant minuit par le \
               ministère de l'Intérieur.",
        sentences: &[
            s("Le Parti de l'Avenir", I, "commission électorale"),
            s("Le parti obtient", I, "ministère de l'intérieur"),
        ],
        quotes: &[],
    },
    Case {
        name: "an inquiry led by a brigade speaks for the brigade",
        text: "Le prévenu avait effectué 212 virements, selon l’enquête menée par la brigade \
               de recherches.",
        sentences: &[s("Le prévenu", I, "brigade de recherches")],
        quotes: &[],
    },
    Case {
        name: "a foundation's statistical series speak for the foundation",
        text: "La Fondation Abri-Chaleur a publié mardi son rapport annuel.\n\nLe nombre de \
               personnes exposées au froid a augmenté de 40 %, d'après les séries de la \
               fondation.",
        sentences: &[s("Le nombre de personnes", I, "abri-chaleur")],
        quotes: &[],
    },
    Case {
        name: "a date after a body's noun is no part of its name",
        text: "Le ministère de l'Éducation nationale a publié le nouveau programme. Le \
               collectif appelle à un rassemblement devant le ministère le 29 novembre.\n\nLe \
               ministère assure que le programme a été élaboré « en concertation ».",
        sentences: &[s(
            "Le ministère assure",
            I,
            "ministère de l'éducation nationale",
        )],
        quotes: &[],
    },
    Case {
        name: "dès and an amount after a body's noun are no part of its name",
        text: "Le Stade Roncelles a battu Lorient samedi. Son attaquant souhaite quitter le \
               club dès le mercato d'hiver. Stationna a prêté au club 46 millions d’euros \
               depuis 2021.\n\nLe club a indiqué que les comptes seraient présentés aux \
               actionnaires.",
        sentences: &[s("Le club a indiqué", I, "=club")],
        quotes: &[],
    },
    Case {
        name: "a company named beside a masculine noun is taken up by elle",
        text: "SNCF Voyageurs, l'exploitant historique, avait également présenté une offre. \
               Elle n'a pas souhaité commenter la décision, indiquant seulement étudier « les \
               voies de recours ».\n\nLe fabricant de plats préparés Maison Terrenoire \
               rappelle plusieurs lots de lasagnes. Elle assure que les autres recettes ne \
               sont pas concernées.",
        sentences: &[
            s("Elle n'a pas souhaité", I, "voyageurs"),
            s("Elle assure", I, "maison terrenoire"),
        ],
        quotes: &[],
    },
    Case {
        name: "a company named after a feminine noun is taken up by il",
        text: "L'assureur qui porte cette garantie, la société Gardial, a indiqué avoir reçu \
               900 déclarations de sinistre. Il estime à « au moins dix-huit mois » le délai \
               nécessaire.",
        sentences: &[s("Il estime", I, "gardial")],
        quotes: &[],
    },
    Case {
        name: "a woman named first keeps elle after a company",
        text: "La ministre Claire Aubry a reçu les dirigeants du groupe Norvane. Elle a \
               assuré que l'État resterait vigilant.",
        sentences: &[s("Elle a assuré", I, "claire aubry")],
        quotes: &[],
    },
    Case {
        name: "a company's kind noun takes up the one company that just spoke",
        text: "Hydralis a annoncé 300 suppressions de postes. L'équipementier assure que les \
               sites français seront épargnés.",
        sentences: &[s("L'équipementier assure", I, "hydralis")],
        quotes: &[],
    },
    Case {
        name: "a start-up taken up after its name",
        text: "Verbena a présenté mardi ses lunettes Lucia.\u{a0}La start-up affirme qu'elles \
               traduisent seize langues.",
        sentences: &[s("La start-up affirme", I, "verbena")],
        quotes: &[],
    },
    Case {
        name: "two companies leave the kind's noun as written",
        text: "Hydralis a annoncé 300 suppressions de postes. Verbena a présenté ses \
               lunettes.\n\nL'industriel assure que les sites seront épargnés.",
        sentences: &[s("L'industriel assure", I, "=industriel")],
        quotes: &[],
    },
];

/// A figure and its source after `selon` closing the sentence with no comma; a verb is no
/// part of a body's name.
const SPK18_FIGURES: &[Case] = &[
    Case {
        name: "a figure and its source closing the sentence, with no comma",
        text: "Sorti en mars sur PC et consoles, le jeu s'est vendu à 640 000 exemplaires selon \
               l'éditeur, Brume Interactive.\n\nLa cérémonie a réuni près de 300 000 \
               spectateurs, un record pour les Trophées Lumen selon les organisateurs.\n\nLes \
               ventes ont atteint 12 millions d'euros d’après la direction.\n\nL'institut \
               Aldebert publie une note. Des économies chiffrées à 41 milliards d'euros à \
               l'horizon 2029, toujours selon le document.",
        sentences: &[
            s("Des économies", I, "aldebert"),
            s("Sorti en mars", I, "brume interactive"),
            s("La cérémonie", I, "organisateurs"),
            s("Les ventes", I, "direction"),
        ],
        quotes: &[],
    },
    Case {
        name: "selon with no figure, a name alone or no speaker stays the author's",
        text: "Voilà la démocratie selon Bruxelles.\n\nLa marge d’erreur est comprise entre \
               2,9 et 4,4 points selon le score considéré.\n\nLes prix varient selon les \
               saisons.",
        sentences: &[
            s("Voilà la démocratie", A, ""),
            s("La marge d’erreur", A, ""),
            s("Les prix varient", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "an author's scare quote before the figure keeps the sentence mixed",
        text: "L’article 9 ouvre la régularisation dans les « métiers en tension », soit \
               quelque 8 000 personnes par an selon l’étude d’impact.\n\nLa coalition avance \
               le chiffre de 17 morts, qui n’a pas pu être vérifié de source indépendante.",
        sentences: &[
            s("L’article 9", M, "étude d’impact"),
            // `avancer` with a figure reports the body's claim.
            s("La coalition avance", I, "coalition"),
        ],
        quotes: &[],
    },
    Case {
        name: "a verb before à and a figure is no part of a body's name",
        text: "Le syndicat revendique 78 % de grévistes, un chiffre que la direction ramène à \
               61 %.\n\nLa direction, elle, défend un modèle « éprouvé » et promet qu'aucun \
               contrôleur ne sera licencié.",
        sentences: &[s("La direction, elle", I, "=direction")],
        quotes: &[],
    },
];

// iv3: interviews whose shape carries no credit line nor label. A radio or television site's
// write-up introduces its guest (`X était l'invité de notre matinale`, `Nous avons interrogé
// X`, `Trois questions à X`) and then alternates short question paragraphs with answers in
// the first person; the questions are the journalist of the byline's, the answers the
// guest's, up to the next subheading. The same introduction names the guest of a dash
// dialogue. An op-ed that asks and answers itself, an explainer with question subheadings
// and a news report that only mentions a broadcast stay the author's.
const IV3_CASES: &[Case] = &[
    Case {
        name: "a radio site's write-up: guest in the lead, questions and answers unmarked",
        text: "Accueil > Régions > Bretagne\n\nPar Mathilde Quéré, Radio Littoral Brest\n\n\
               Au troisième jour du blocage, le secrétaire général du syndicat des marins, \
               Yannick Le Goarnic, était l'invité de la matinale de Radio Littoral. Il explique \
               pourquoi les marins refusent la vente du chantier.\n\n\
               La direction assure qu'aucun emploi ne sera supprimé. Pourquoi ne pas la croire \
               ?\n\n\
               Parce que nous connaissons la chanson. En 2008, on nous avait promis la même \
               chose.\n\n\
               Le chantier perd pourtant des commandes. Faut-il ne rien changer ?\n\n\
               Nous ne sommes pas contre l'investissement. Que l'État mette l'argent, et les \
               ouvriers feront le travail.\n\n\
               Combien de temps allez-vous tenir ?\n\n\
               Aussi longtemps qu'il le faudra.\n\n\
               La direction répond\n\n\
               Interrogée par Radio Littoral, la directrice du chantier refuse tout moratoire. \
               Les marins doivent décider vendredi de la suite du mouvement.",
        sentences: &[
            s("Au troisième jour", A, ""),
            s("La direction assure", D, "mathilde quéré"),
            s("Pourquoi ne pas", D, "mathilde quéré"),
            s("Parce que nous", D, "yannick le goarnic"),
            s("En 2008", D, "yannick le goarnic"),
            s("Le chantier perd", D, "mathilde quéré"),
            s("Faut-il", D, "mathilde quéré"),
            s("Nous ne sommes pas", D, "yannick le goarnic"),
            s("Que l'État", D, "yannick le goarnic"),
            s("Combien de temps", D, "mathilde quéré"),
            s("Aussi longtemps", D, "yannick le goarnic"),
            s("La direction répond", A, ""),
            s("Les marins doivent", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "the guest is the invitée of a broadcast, curly apostrophes and narrow spaces",
        text: "Par Julien Roche\n\n\
               La ministre de la Santé, Sophie Marchetti, est l’invitée de la matinale de \
               Radio Centre ce dimanche. Elle revient sur la fermeture des maternités.\n\n\
               Trois maternités ferment cette année dans le Cher. Que dites-vous aux \
               familles\u{202f}?\n\n\
               Je leur dis que la sécurité passe avant la proximité. Nous ouvrons des centres \
               de périnatalité à la place.\n\n\
               Les élus locaux parlent d’abandon. Ont-ils tort\u{202f}?\n\n\
               Je comprends leur colère, mais je ne garderai pas ouverte une maternité sans \
               anesthésiste.\n\n\
               Publié le 12 mars 2026",
        sentences: &[
            s("La ministre de la Santé", A, ""),
            s("Trois maternités", D, "julien roche"),
            s("Que dites-vous", D, "julien roche"),
            s("Je leur dis", D, "sophie marchetti"),
            s("Nous ouvrons", D, "sophie marchetti"),
            s("Les élus locaux", D, "julien roche"),
            s("Je comprends", D, "sophie marchetti"),
        ],
        quotes: &[],
    },
    Case {
        name: "the guest named before an apposed invité du, answers with nous",
        text: "Le président de la FNSEA locale, Jean-Marc Vidal, invité du journal de 13 heures \
               de Télé Loire, répond aux éleveurs inquiets.\n\n\
               **La sécheresse vous a-t-elle surpris ?**\n\n\
               Non. Nous l'annoncions depuis le printemps.\n\n\
               **Que demandez-vous au préfet ?**\n\n\
               Des dérogations. Nous ne pouvons pas laisser mourir les bêtes.",
        sentences: &[
            s("Le président de la FNSEA", A, ""),
            s("La sécheresse", D, "*"),
            s("Nous l'annoncions", D, "jean-marc vidal"),
            s("Des dérogations", D, "jean-marc vidal"),
        ],
        quotes: &[],
    },
    Case {
        name: "nous avons interrogé introduces the guest of bold questions",
        text: "Le tribunal a validé mardi le plan de reprise de la papeterie. Les 140 salariés \
               seront repris.\n\n\
               Pour comprendre ce qui change, nous avons interrogé Claire Bonnefoy, déléguée \
               CGT de l'usine.\n\n\
               **Êtes-vous soulagée ?**\n\n\
               Oui, d'abord pour les familles. Mais je reste prudente : le repreneur n'a signé \
               que pour trois ans.\n\n\
               **Que craignez-vous ?**\n\n\
               Qu'on nous refasse le coup de 2019. Nous avions eu les mêmes promesses.",
        sentences: &[
            s("Le tribunal a validé", A, ""),
            s("Les 140 salariés", A, ""),
            s("Êtes-vous soulagée", D, "*"),
            s("Oui, d'abord", D, "claire bonnefoy"),
            s("Mais je reste", D, "claire bonnefoy"),
            s("Qu'on nous refasse", D, "claire bonnefoy"),
        ],
        quotes: &[],
    },
    Case {
        name: "a block of three questions inside a news report: the report stays the author's",
        text: "La préfecture a prolongé jeudi les restrictions d'eau jusqu'au 30 octobre. Les \
               nappes restent sous les normales, selon le BRGM.\n\n\
               Les irrigants devront réduire leurs prélèvements de moitié.\n\n\
               Trois questions à Marc Delorme, président de la chambre d'agriculture\n\n\
               Ces restrictions sont-elles tenables pour vos adhérents ?\n\n\
               Pour certains, non. Je connais des maraîchers qui vont perdre leur récolte.\n\n\
               Que demandez-vous à l'État ?\n\n\
               Des retenues collinaires, et vite. Nous les réclamons depuis dix ans.",
        sentences: &[
            s("La préfecture a prolongé", A, ""),
            s("Les irrigants devront", A, ""),
            s("Trois questions à", A, ""),
            s("Ces restrictions", D, "*"),
            s("Pour certains", D, "marc delorme"),
            s("Je connais", D, "marc delorme"),
            s("Des retenues", D, "marc delorme"),
        ],
        quotes: &[],
    },
    Case {
        name: "a dash interview after nous avons interrogé: the byline asks, the guest answers",
        text: "Par Yann Trébaol\n\n\
               La sonde a décollé mercredi. « C'est une nuit historique », s'est réjoui le \
               directeur de la mission devant les équipes réunies à Darmstadt.\n\n\
               Pour comprendre ce que la sonde va chercher, nous avons interrogé Nadège \
               Quillevic, astrophysicienne au CNRS.\n\n\
               — À quoi va servir la sonde, concrètement ?\n\n\
               — À repérer des objets que nous ne voyons pas depuis le sol.\n\n\
               — Faut-il avoir peur ?\n\n\
               — Non. Le risque est extrêmement faible.",
        sentences: &[
            s("— À quoi", D, "yann trébaol"),
            s("— À repérer", D, "nadège quillevic"),
            s("— Faut-il", D, "yann trébaol"),
            s("— Non.", D, "nadège quillevic"),
            s("Le risque est", D, "nadège quillevic"),
        ],
        quotes: &[],
    },
    Case {
        name: "a question that opens on a work's title is the interviewer's",
        text: "Entretien\n\nPropos recueillis par Bastien Chabrerie\n\n\
               À 38 ans, Inès Hurtaud présente « Marée lente » au Théâtre Daguerre.\n\n\
               Pourquoi avoir quitté Belvès ?\n\n\
               Parce que je passais plus de temps à remplir des dossiers qu'en studio.\n\n\
               « Marée lente » dure deux heures, sans entracte. Vous ne craignez pas de perdre \
               le public ?\n\n\
               Le public n'est pas fragile. Je ne le traite pas comme un enfant.\n\n\
               “Les Quais” sort-il en poche ?\n\n\
               Oui, en mars. Nous avons attendu la tournée.",
        sentences: &[
            s("« Marée lente » dure", D, "bastien chabrerie"),
            s("Vous ne craignez", D, "bastien chabrerie"),
            s("Le public n'est pas", D, "inès hurtaud"),
            s("“Les Quais” sort-il", D, "bastien chabrerie"),
            s("Oui, en mars", D, "inès hurtaud"),
        ],
        quotes: &[],
    },
    Case {
        name: "an answer that opens on a quotation stays the guest's",
        text: "Entretien\n\nPropos recueillis par Bastien Chabrerie\n\n\
               À 38 ans, Inès Hurtaud présente « Marée lente » au Théâtre Daguerre.\n\n\
               Pourquoi avoir quitté Belvès ?\n\n\
               « Tu perds ton temps », m'a dit un jour un danseur. Il avait raison, non ?\n\n\
               Que retenez-vous de ces années ?\n\n\
               La troupe. Je lui dois tout.",
        sentences: &[
            s("« Tu perds", D, "inès hurtaud"),
            s("Que retenez", D, "bastien chabrerie"),
            s("La troupe", D, "inès hurtaud"),
        ],
        quotes: &[],
    },
    Case {
        name: "a prompt answered by a reply that ends on a question of its own",
        text: "ENTRETIEN\n\nPropos recueillis par Nadia Kervella\n\n\
               Analyste, Gilles Ambrière a accepté de répondre à nos questions.\n\n\
               Que sait-on vraiment ?\n\n\
               Pas grand-chose, et c'est bien le problème.\n\n\
               Le ministre dit pourtant n'exclure aucune piste.\n\n\
               C'est une formule habile. Il n'en cite qu'une. Vous avez remarqué que personne \
               n'a évoqué le stockage ?\n\n\
               Certains vous reprochent de faire le jeu de Moscou.\n\n\
               On m'a reproché de faire le jeu de tout le monde. Arendt était-elle \
               conservatrice ?\n\n\
               Que faudrait-il faire ?\n\n\
               Une enquête indépendante, et vite.",
        sentences: &[
            s("Le ministre dit", D, "nadia kervella"),
            s("C'est une formule", D, "gilles ambrière"),
            s("Vous avez remarqué", D, "gilles ambrière"),
            s("Certains vous", D, "nadia kervella"),
            s("On m'a reproché", D, "gilles ambrière"),
            s("Arendt était-elle", D, "gilles ambrière"),
            s("Que faudrait-il", D, "nadia kervella"),
            s("Une enquête", D, "gilles ambrière"),
        ],
        quotes: &[],
    },
    Case {
        name: "a statement before a question that does not reply stays with the answer before",
        text: "ENTRETIEN\n\nPropos recueillis par Nadia Kervella\n\n\
               Analyste, Gilles Ambrière a accepté de répondre à nos questions.\n\n\
               Que sait-on vraiment ?\n\n\
               Pas grand-chose, et c'est bien le problème.\n\n\
               Vous avez pourtant signé la pétition.\n\n\
               Le texte a été amendé depuis. Le regrettez-vous ?\n\n\
               Non. Je la signerais encore.",
        sentences: &[
            s("Le texte a été", D, "nadia kervella"),
            s("Le regrettez-vous", D, "nadia kervella"),
            s("Non. Je", D, "gilles ambrière"),
        ],
        quotes: &[],
    },
    Case {
        name: "a guest introduced far before a reportage's dash dialogue does not answer it",
        text: "Nous avons interrogé Nadège Quillevic, astrophysicienne au CNRS, sur la mission.\n\n\
               La sonde a décollé mercredi soir de Kourou.\n\n\
               Sur le parking du centre spatial, les familles des ingénieurs attendent.\n\n\
               Au premier rang, Marc Ouvrard, technicien, a fait le voyage depuis Toulouse.\n\n\
               – Vous êtes venu exprès ?\n\n\
               – Oui, avec mes deux fils.",
        sentences: &[s("– Oui, avec", D, "marc ouvrard")],
        quotes: &[],
    },
    Case {
        name: "an op-ed that asks and answers itself stays the author's",
        text: "Par Hélène Vasseur\n\n\
               Le ministre a annoncé mardi la fermeture de trois maternités.\n\n\
               Faut-il s'en étonner ?\n\n\
               Je ne le crois pas. Nous savions depuis des années que la règle des trois cents \
               accouchements finirait par tomber sur nos campagnes.\n\n\
               Que faire alors ?\n\n\
               Je propose que nous cessions de compter les naissances et que nous comptions les \
               kilomètres.",
        sentences: &[
            s("Faut-il s'en", A, ""),
            s("Je ne le crois", A, ""),
            s("Que faire", A, ""),
            s("Je propose", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "an op-ed on a guest's broadcast that asks and answers itself stays the author's",
        text: "Le ministre du Travail était l'invité de la matinale de Radio Centre mardi. Il y a \
               répété que la réforme était juste.\n\n\
               Faut-il le croire ?\n\n\
               Je ne le crois pas. Nous avons vu les chiffres, et ils disent l'inverse.\n\n\
               Que reste-t-il alors ?\n\n\
               Je crains qu'il ne reste que la colère. Nous en paierons tous le prix.",
        sentences: &[
            s("Faut-il le croire", A, ""),
            s("Je ne le crois", A, ""),
            s("Que reste-t-il", A, ""),
            s("Je crains", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "an explainer with question subheadings stays the author's",
        text: "Le Parlement a adopté mardi la réforme de l'assurance chômage.\n\n\
               Que prévoit le texte ?\n\n\
               La durée d'indemnisation baisse de 25 % quand le chômage est bas.\n\n\
               Qui est concerné ?\n\n\
               Les demandeurs d'emploi inscrits après le 1er février.\n\n\
               Quand entre-t-elle en vigueur ?\n\n\
               Au printemps, selon le ministère.",
        sentences: &[
            s("Que prévoit", A, ""),
            s("La durée", A, ""),
            s("Qui est concerné", A, ""),
            s("Les demandeurs", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a news report on a guest's broadcast quotes with marks: nothing changes",
        text: "La ministre de la Culture, Anne Rivière, était l'invitée de la matinale de Radio \
               Centre jeudi. « Le pass culture sera maintenu », a-t-elle assuré.\n\n\
               Combien coûtera-t-il ?\n\n\
               Le ministère n'a pas donné de chiffre. Les syndicats du spectacle réclament un \
               audit.",
        sentences: &[
            s("Combien coûtera", A, ""),
            s("Le ministère n'a pas", A, ""),
        ],
        quotes: &[],
    },
];

/// iv3: the outlet's own name labels the questions of an interview (`Humus : Que
/// demandez-vous… ?`, `Antenne publique – …`), a one-word name or one with lower-case words
/// that would otherwise read as a rubric; the guest's name, then the guest's initials, label
/// the answers. The questions are the outlet's, or the journalist's of a credit line. A fact
/// box's rubrics and a single line opening with the outlet's name are no turns.
#[test]
fn iv3_the_outlets_name_labels_the_questions() {
    let speaker_of = |text: &str, outlet: &str, at: &str| {
        let body = Span::new(0, text.len());
        let regions = quotes::find_quotes(text, body);
        let seg = segment::segment(text, body, &regions);
        let options = voice::AttributeOptions {
            interviewer: Some(outlet.to_string()),
        };
        let voices = voice::attribute_with(text, &seg, &regions, verbs(), &options);
        let i = seg
            .sentences
            .iter()
            .position(|s| s.span.slice(text).contains(at))
            .expect("the sentence");
        (
            voices.sentences[i].voice,
            voices.sentences[i].speaker.clone(),
        )
    };
    let labelled = "Par Élodie Saugrain — 6 novembre 2026\n\n\
                    L'Anses a retiré jeudi les herbicides au prosulfane.\n\n\
                    Trois questions à Odile Lannuzel, paysanne bio dans la Somme\n\n\
                    Humus : La FEF parle d'impasse technique, est-ce le cas ?\n\n\
                    Odile Lannuzel : Pour certaines cultures, c'est plus dur, je ne le nie pas.\n\n\
                    Humus : Que demandez-vous au ministre ?\n\n\
                    O. L. : Que l'argent du plan aille à la transition.\n\n\
                    Humus : Le délai vous choque-t-il ?\n\n\
                    O. L. : Ce qui me choque, c'est qu'on ait attendu.";
    let table: &[(&str, &str, &str, Voice, &str)] = &[
        (labelled, "Humus", "L'Anses a retiré", A, ""),
        (labelled, "Humus", "La FEF parle", D, "Humus"),
        (labelled, "Humus", "Pour certaines", D, "Odile Lannuzel"),
        (labelled, "Humus", "Que demandez-vous", D, "Humus"),
        (labelled, "Humus", "Que l'argent", D, "Odile Lannuzel"),
        (labelled, "Humus", "Ce qui me choque", D, "Odile Lannuzel"),
        (
            "Propos recueillis par Claire Vasseur\n\n\
             Radiolune : Pourquoi partir maintenant ?\n\n\
             Marc Delorme : Parce que le club m'a lâché.\n\n\
             Radiolune : Avez-vous des regrets ?\n\n\
             M. D. : Aucun. J'ai tout donné.",
            "Radiolune",
            "Avez-vous des regrets",
            D,
            "Claire Vasseur",
        ),
        (
            "Le maire de Brest, Yannick Le Goarnic, a reçu notre rédaction.\n\n\
             Antenne publique – Le port perd des parts de marché. Faut-il ne rien changer\u{a0}?\n\n\
             Y. L. G. – Nous ne sommes pas contre l’investissement.\n\n\
             Antenne publique – Combien de temps allez-vous tenir\u{a0}?\n\n\
             Y. L. G. – Aussi longtemps qu’il le faudra.",
            "Antenne publique",
            "Combien de temps",
            D,
            "Antenne publique",
        ),
        (
            "Le maire de Brest, Yannick Le Goarnic, a reçu notre rédaction.\n\n\
             Antenne publique – Le port perd des parts de marché. Faut-il ne rien changer\u{a0}?\n\n\
             Y. L. G. – Nous ne sommes pas contre l’investissement.\n\n\
             Antenne publique – Combien de temps allez-vous tenir\u{a0}?\n\n\
             Y. L. G. – Aussi longtemps qu’il le faudra.",
            "Antenne publique",
            "Aussi longtemps",
            D,
            "Yannick Le Goarnic",
        ),
        (
            "Le festival ouvre vendredi.\n\nBudget : 3 millions d'euros.\n\nDurée : dix jours.\n\n\
             Budget : en hausse de 4 %.\n\nDurée : comme en 2025.",
            "Budget",
            "Durée : dix",
            A,
            "",
        ),
        (
            "Transcription (extrait)\n\
             JOURNALISTE : Vous faites comment, à la fin du mois ?\n\
             JOSIANE : On ne fait plus rien.\n\
             JOURNALISTE : Et la prime carburant ?\n\
             JOSIANE : Je n'en ai pas vu la couleur.",
            "Canal 16",
            "Et la prime",
            D,
            "Canal 16",
        ),
        (
            "Par Léa Roux\n\n\
             LA JOURNALISTE : Vous faites comment, à la fin du mois ?\n\
             JOSIANE : On ne fait plus rien.\n\
             LA JOURNALISTE : Et la prime carburant ?\n\
             JOSIANE : Je n'en ai pas vu la couleur.",
            "Canal 16",
            "Et la prime",
            D,
            "Léa Roux",
        ),
        (
            "Humus : notre enquête sur l'eau potable a été primée.\n\n\
             Le jury a salué un travail de deux ans.",
            "Humus",
            "notre enquête",
            A,
            "",
        ),
    ];
    let mut failures = Vec::new();
    for &(text, outlet, at, voice, speaker) in table {
        let got = speaker_of(text, outlet, at);
        let want = (voice, (!speaker.is_empty()).then(|| speaker.to_string()));
        if got != want {
            failures.push(format!("`{at}` ({outlet}): {got:?}, expected {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Who a pronoun takes up in a portrait or a profile: the pronouns of the author's own
/// sentences keep the person they take up salient, a pronoun with no one of its gender near
/// it is the person the article is about, and a noun set before the subject without an
/// article is no one.
const SPK19_CASES: &[Case] = &[
    Case {
        name: "a pronoun opening an author's sentence keeps its person for the incise after",
        text: "Amandine Roucaute a grandi près de Lyon. Le quartier comptait alors trois usines. \
               La décharge était à deux kilomètres. Après le bac, elle entre à l'université \
               Lyon-I. Les années qui suivent sont difficiles. « J'ai failli tout arrêter deux \
               fois », confie-t-elle.",
        sentences: &[s("« J'ai failli", D, "=amandine roucaute")],
        quotes: &[],
    },
    Case {
        name: "the same, the pronoun opening the sentence and a straight apostrophe",
        text: "Le juge Paul Ferrand a quitté le tribunal en mars. La salle d'audience est \
               restée vide. Le greffe a fermé ses portes. Il s'est installé à Beaune. La \
               maison date de 1850. \"Je n'ai plus à juger personne\", sourit-il.",
        sentences: &[s("\"Je n'ai plus", D, "=paul ferrand")],
        quotes: &[],
    },
    Case {
        name: "a pronoun far from any mention takes up the person the article is about",
        text: "Le matin où nous la retrouvons, Hélène Varandeau taille ses rosiers dans son \
               jardin de Beaune.\n\nLe jardin descend vers la rivière. Les roses sont tardives \
               cette année. La maison date de 1850.\n\nLa retraite lui va bien. Elle pense \
               souvent, dit-elle, à ceux qu’elle a condamnés.",
        sentences: &[s("Elle pense", I, "=hélène varandeau")],
        quotes: &[],
    },
    Case {
        name: "a noun set before the subject without an article is no one a pronoun takes up",
        text: "Fille d’un chauffeur routier et d’une aide-soignante, Amandine Roucaute, 38 ans, \
               a passé son enfance dans l’Ain.\u{a0}Le quartier était calme. La décharge était \
               loin. Les années passent. « J’ai failli tout arrêter », confie-t-elle.",
        sentences: &[s("« J’ai failli", D, "=amandine roucaute")],
        quotes: &[],
    },
    Case {
        name: "mère de and a figure, too",
        text: "Mère de deux enfants, Sophie Lenoir dirige le laboratoire depuis 2019. Les \
               paillasses sont neuves. Le bâtiment a été rénové. « On manque de place », \
               explique-t-elle.",
        sentences: &[s("« On manque", D, "=sophie lenoir")],
        quotes: &[],
    },
    Case {
        name: "near miss: a pronoun of the other gender takes up no man named before",
        text: "Marc Pellerin plaide depuis trente ans à Dijon. Le palais de justice est en \
               travaux. La salle d'audience est fermée. Les dossiers s'accumulent. « On ne s'en \
               remettait pas », dit-elle.",
        sentences: &[s("« On ne s'en", D, "")],
        quotes: &[],
    },
    Case {
        name: "near miss: a person named in full beside the pronoun's sentence keeps the incise",
        text: "La maire, Claire Dombasle, a présenté le projet.\n\nPuis la maire a fait une \
               entorse au règlement. Elle a donné la parole à une habitante assise au troisième \
               rang, Josiane Pelletier, 71 ans. « Personne ici ne m'en parle ! », a-t-elle \
               lancé.",
        sentences: &[s("« Personne ici", D, "=josiane pelletier")],
        quotes: &[],
    },
    Case {
        name: "near miss: an impersonal il keeps no one salient",
        text: "Le ministre Paul Roux a visité l'usine. La directrice, Anne Morel, l'a reçu. Il \
               faut dire que le site va mal. « Nous tiendrons », assure-t-elle.",
        sentences: &[s("« Nous tiendrons", D, "=anne morel")],
        quotes: &[],
    },
    Case {
        name: "a quoted cry after au is no speaker: the subject before the verb speaks",
        text: "La candidate malheureuse, l'ancienne ministre Awa Ndiaye, longtemps choyée par \
               les chancelleries occidentales, a aussitôt crié au \"hold-up\".",
        sentences: &[s("La candidate", I, "=awa ndiaye")],
        quotes: &[],
    },
    Case {
        name: "the same with French quotation marks and aux",
        text: "Le candidat battu, l’ancien ministre Paul Mbeki, longtemps soutenu par les \
               capitales voisines, a aussitôt crié aux « fraudes massives ».",
        sentences: &[s("Le candidat", I, "=paul mbeki")],
        quotes: &[],
    },
    Case {
        name: "near miss: a medium named after au before the subject still leaves the subject",
        text: "« Nous ferons appel », a déclaré au Monde Pierre Durand.",
        sentences: &[s("« Nous ferons", D, "=pierre durand")],
        quotes: &[],
    },
    Case {
        name: "near miss: a body named with de after its capitalised head is still a body",
        text: "Banque de France et Insee ont publié leurs prévisions.\n\nLa Banque de France \
               estime que la croissance ralentira.",
        sentences: &[s("La Banque de France estime", I, "banque de france")],
        quotes: &[],
    },
];

/// Titles of works and names in guillemets (books, films, series, programmes, exhibitions,
/// newsletters, electoral lists, nicknames) quote no one: the sentence stays the author's.
/// Their cues: a publisher or a year in brackets after the title, the channel (`sur X`) or the
/// author (`, du Belge X`) after it, the noun of a work before it, a guest's programme
/// (`l'invitée de « … »`), a credit line (`pour « L'Équinoxe »`), a reference line, and the
/// same title met with one of these cues elsewhere in the article.
const TI1_CASES: &[Case] = &[
    Case {
        name: "a book with its publisher, year or price after it",
        text: "Elle publie ce mois-ci “Copier-coller ? L'école face aux machines” (éditions \
               du Quai).\n\nLe chercheur publiera en mars « Le Sahel après la guerre » \
               (Éditions du Méridien).\n\nIl est l'auteur de « Pouvoirs kaki. Les militaires \
               et l'État » (2024).\n\n« Rails et ravitaillement. La logistique soviétique », \
               Élise Vautrin, éditions du Tilleul, 224 p., 19,90 €.\n\nGilles Ambrière \
               publiera en janvier « L'Europe en uniforme » aux éditions du Quartz.\n\nElle \
               avait publié en 2009 un livre de souvenirs, « Le Rhin n'est pas une frontière \
               ».\n\nDernier livre paru : « Les Loges », Éditions du Perron.\n\nLe livre \
               de Jean Morel, « Trains et vivres. La logistique alpine, 1915-1918 », est paru \
               aux éditions du Col en 2023.",
        sentences: &[
            s("Elle publie", A, ""),
            s("Le chercheur publiera", A, ""),
            s("Il est l'auteur", A, ""),
            s("« Rails", A, ""),
            s("Gilles Ambrière", A, ""),
            s("Elle avait publié", A, ""),
            s("Dernier livre", A, ""),
            s("Le livre de Jean", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a film, a series or a programme with its channel, author, prize or host",
        text: "« Silicium », sur Canal Horizon : la start-up qui voulait être Dieu\n\n\
               Le jury a récompensé samedi « Les Heures blanches », du Marocain Yassine \
               Zerbib.\n\nLe prix de la mise en scène est allé à « Carcasses », du Belge Lucas \
               Demeester.\n\n« Les Brisants » sur Embruns+ : un polar qui prend l'eau\n\n\
               Nadège Quillevic sera l’invitée de « La Tête dans les étoiles », samedi à 14 \
               heures.\n\nÀ réécouter : Yassine Zerbib invité du « Ciné-club de minuit »\n\n\
               Le prix du public a récompensé « Tandem », un jeu de plateformes coopératif.",
        sentences: &[
            s("« Silicium »", A, ""),
            s("Le jury a récompensé", A, ""),
            s("Le prix de la mise", A, ""),
            s("« Les Brisants »", A, ""),
            s("Nadège Quillevic", A, ""),
            s("À réécouter", A, ""),
            s("Le prix du public", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a title met with its cue elsewhere in the article is a title everywhere",
        text: "« Délibéré » : un huis clos qui manque d’air\n\nPar Sophie Darmon\n\nLe \
               film s'essouffle vite.\n\n« Les Heures blanches » sortira en salles le 10 mars \
               2027.\n\n« Délibéré », d’Inès Carrel.\n\nLe jury a primé « Les Heures \
               blanches », de Yassine Zerbib.",
        sentences: &[
            s("« Délibéré » :", A, ""),
            s("« Les Heures blanches » sortira", A, ""),
            s("« Délibéré », d’Inès", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a work's noun right before its title, a nickname, a credit line",
        text: "Le tableau « La Fruitière de Mouthe », prêté par le musée de Besançon, a été \
               restauré.\n\nLe musée a inauguré vendredi l'exposition « Adèle Carrouges, la \
               lumière de l'estuaire ».\n\nRecevez chaque vendredi notre newsletter « La \
               Paillasse » : l'essentiel de la science.\n\nLe jeu « Ysel », du studio Atelier \
               Grisou, a remporté le trophée.\n\nPar Gérard « Gégé » Lambertin\n\nTHIBAUD \
               ROQUEVAL POUR « L’ÉQUINOXE »\n\n© Lou Trécesson pour « Le Réverbère »\n\nLa \
               fédération a appris la fermeture prévue par le plan dit « Proximité 2027 ».",
        sentences: &[
            s("Le tableau", A, ""),
            s("Le musée a inauguré", A, ""),
            s("Recevez chaque", A, ""),
            s("Le jeu", A, ""),
            s("Par Gérard", A, ""),
            s("THIBAUD", A, ""),
            s("© Lou", A, ""),
            s("La fédération", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a title after a colon or a verb that could report, and a title inside a report",
        text: "Une exception dans l'essai : « Le Temps des digues », premier livre de Marc \
               Olivier, vendu à 80 000 exemplaires.\n\n« Les Brisants » sur Embruns+ : un \
               polar qui s'essouffle\n\nÀ trop vouloir tout dire, « Les Brisants » finit par \
               ne rien raconter.\n\nDes lecteurs ont déploré l'absence de « Sillages », le \
               roman de Lise Aubry, dans la sélection.\n\n« Historique ! », titre Le Héraut \
               de Ouaga après la victoire.",
        sentences: &[
            s("Une exception", A, ""),
            s("À trop vouloir", A, ""),
            s("Des lecteurs", I, "lecteurs"),
            s("« Historique ! »", D, "héraut"),
        ],
        quotes: &[],
    },
    Case {
        name: "near misses: a word someone said, a slogan, a scare quote stay quotations",
        text: "Le ministre a qualifié la réforme de « nécessaire ».\n\n« Nous ne lâcherons \
               rien », a lancé la syndicaliste.\n\n« Inacceptable » : la colère des maires \
               après la fermeture.\n\nLes manifestants scandaient « Retrait ! Retrait ! » sur \
               la place.\n\nLe gouvernement promet une réforme « juste ».\n\nLe député a \
               dénoncé sur France Inter « une loi de régression ».\n\n« C'est un scandale », \
               de l'avis même de la ministre.\n\nSelon Marc Durand, « la ville a changé », \
               dit-il.",
        sentences: &[
            s("Le ministre a qualifié", I, "ministre"),
            s("« Nous ne", D, "syndicaliste"),
            s("« Inacceptable »", D, ""),
            s("Les manifestants", D, "*"),
            s("Le gouvernement promet", I, "gouvernement"),
            s("Le député a dénoncé", I, "député"),
            s("« C'est un scandale »", D, "*"),
        ],
        quotes: &[],
    },
];

/// Positions held without a verb of saying: a speaker's stance told by a comparative adjective
/// of stance after `se montrer`, `être` or `rester` (`se montre plus réservé`, `est moins
/// optimiste`), a fact that worries or irritates a group named after the verb (`Cette
/// précocité inquiète les pédiatres`), a refusal to use a word or to negotiate (`refuse de
/// parler de crise`, `a refusé d'en discuter`), and a yield a body expects from a measure
/// (`Bercy en attend 1,1 milliard`). Near misses stay the author's.
const VX4_CASES: &[Case] = &[
    Case {
        name: "a comparative of stance after se montrer, être or rester reports its subject",
        text: "L'épidémiologiste Marc Delaunay, chercheur à l'Inserm, se montre plus \
               réservé.\n\nLa ministre de la Santé s’est montrée beaucoup plus prudente sur le \
               calendrier.\n\nLe docteur Samir Haddad, l’un des trois urgentistes, est moins \
               optimiste.\n\nÀ droite, Le Courrier national se montre plus indulgent.\n\nLes \
               syndicats de pilotes restent nettement plus sceptiques que la direction.",
        sentences: &[
            s("L'épidémiologiste", I, "marc delaunay"),
            s("La ministre de la Santé", I, "ministre de la santé"),
            s("Le docteur Samir", I, "samir haddad"),
            s("À droite, Le Courrier", I, "courrier national"),
            s("Les syndicats de pilotes", I, "syndicats de pilotes"),
        ],
        quotes: &[],
    },
    Case {
        name: "a comparative on a thing, or an impersonal one, stays the author's",
        text: "Le casting secondaire est moins heureux.\n\nLe moteur central se montre plus \
               souple que l'ancien.\n\nIl est plus prudent d'attendre la fin de l'hiver.\n\nLa \
               route reste plus dangereuse la nuit.\n\nSur le terrain, le tableau est moins \
               rose.",
        sentences: &[
            s("Le casting", A, ""),
            s("Le moteur central", A, ""),
            s("Il est plus prudent", A, ""),
            s("La route reste", A, ""),
            s("Sur le terrain", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "what worries a group is that group's concern",
        text: "Cette précocité inquiète les pédiatres, alors que l’hiver dernier avait été \
               calme.\n\nLe trajet, justement, inquiète les élus du secteur : aucune ligne de bus \
               ne relie les deux villes.\n\nVaudrecourt n’est pas Marseille, et c’est justement ce \
               qui inquiète les magistrats.\n\nLa hausse des taux préoccupe aussi les \
               assureurs.",
        sentences: &[
            s("Cette précocité", I, "pédiatres"),
            s("Le trajet", I, "élus du secteur"),
            s("Vaudrecourt", I, "magistrats"),
            s("La hausse des taux", I, "assureurs"),
        ],
        quotes: &[],
    },
    Case {
        name: "a thing that worries no one named, or an alarm as a noun, stays the author's",
        text: "Le projet divise le village depuis l'enquête publique.\n\nL'alarme des pompiers \
               a retenti à minuit.\n\nLa situation inquiète.\n\nLa mère, inquiète, a appelé le \
               15.",
        sentences: &[
            s("Le projet divise", A, ""),
            s("L'alarme", A, ""),
            s("La situation", A, ""),
            s("La mère", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a refusal of any concession, of a word or of talks is a position",
        text: "Les pays dits frugaux refusent toute hausse des contributions nationales.\n\nLe \
               docteur Thierry Vasseur, chef des urgences, refuse de parler de crise.\n\nLa \
               direction du groupe a refusé d’en discuter avant la fin de l’année.\n\nLe Hezbollah, \
               lui, refuse d'en discuter tant que les frappes continuent.",
        sentences: &[
            s("Les pays dits", I, "pays dits frugaux"),
            s("Le docteur", I, "thierry vasseur"),
            s("La direction", I, "direction du groupe"),
            s("Le Hezbollah", I, "hezbollah"),
        ],
        quotes: &[],
    },
    Case {
        name: "a refusal to act or to comment stays the author's",
        text: "Le pilier Sami Belkhir a, lui, refusé de s'exprimer.\n\nSa banque a refusé de la \
               rembourser.\n\nNous refusons toute compromission.\n\nLe capitaine a refusé de \
               commenter leur situation.",
        sentences: &[
            s("Le pilier", A, ""),
            s("Sa banque", A, ""),
            s("Nous refusons", A, ""),
            s("Le capitaine", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "the yield a body expects from a measure is its estimate",
        text: "Le ministère de la Culture en attend des économies de 150 millions d’euros par \
               an.\n\nBercy attend de cette mesure 1,1 milliard d'euros de recettes.\n\nSon \
               autrice, la députée Mathilde Ferrandis, en attend 15 milliards d'euros par an.",
        sentences: &[
            s("Le ministère de la Culture", I, "ministère de la culture"),
            s("Bercy attend", I, "bercy"),
            s("Son autrice", I, "mathilde ferrandis"),
        ],
        quotes: &[],
    },
    Case {
        name: "waiting for someone or something stays the author's",
        text: "Les habitants attendent les secours depuis trois jours.\n\nChacun attend que \
               l'autre bouge le premier.\n\nLe maire en attend encore la réponse.",
        sentences: &[
            s("Les habitants", A, ""),
            s("Chacun attend", A, ""),
            s("Le maire en attend", A, ""),
        ],
        quotes: &[],
    },
];

/// Transcripts of radio and television interviews: a named host, then `Q.` lines answered
/// after a dialogue dash, a caller under a first name, time codes before the labels.
const BC1_CASES: &[Case] = &[
    Case {
        name: "a morning show: the named host's Q. lines, the guest's dash answers, a caller",
        text: "L'invitée de 8 h 20\n\nLa maire de Quimperlé répondait aux questions de Paul \
               Agénor.\n\nPaul Agénor : Hélène Morvan, bonjour. La piscine ferme en mars ?\n\n\
               Hélène Morvan : Bonjour. Nous la fermons pour six mois, pas plus.\n\nQ. Six \
               mois sans bassin pour les écoles ?\n\n— Les écoles iront à Quimper. Je l'ai \
               promis aux parents.\n\nQ. Une auditrice nous appelle, Josiane, de \
               Clohars.\n\nJosiane : Bonjour, mon petit-fils n'a plus de cours de natation \
               depuis janvier.\n\n— Je vais regarder votre situation, madame.\n\nQ. Hélène \
               Morvan, merci.",
        sentences: &[
            s("L'invitée", A, ""),
            s("Paul Agénor : Hélène", D, "paul agénor"),
            s("La piscine ferme", D, "paul agénor"),
            s("Nous la fermons", D, "hélène morvan"),
            s("Q. Six", D, "paul agénor"),
            s("— Les écoles", D, "hélène morvan"),
            s("Je l'ai promis", D, "hélène morvan"),
            s("Q. Une auditrice", D, "paul agénor"),
            s("Josiane : Bonjour", D, "josiane"),
            s("— Je vais regarder", D, "hélène morvan"),
            s("Q. Hélène", D, "paul agénor"),
        ],
        quotes: &[],
    },
    Case {
        name: "a television transcript timed before each label",
        text: "Le débat de la mi-journée.\n\n[12:04] Inès Garrigue : Monsieur Talbot, vous \
               quittez le parti ?\n\n[12:05] Bruno Talbot : Je le quitte ce soir.\n\n[12:06] \
               Inès Garrigue : Pourquoi maintenant ?\n\n[12:07] Bruno Talbot : Parce que nous \
               avons perdu.",
        sentences: &[
            s("Le débat", A, ""),
            s("Monsieur Talbot", D, "inès garrigue"),
            s("Je le quitte", D, "bruno talbot"),
            s("Pourquoi maintenant", D, "inès garrigue"),
            s("Parce que nous", D, "bruno talbot"),
        ],
        quotes: &[],
    },
    Case {
        name: "a bulleted list after one labelled paragraph, a rubric alone: no transcript",
        text: "Le conseil municipal a voté le budget.\n\nClaire Fabre : Le texte est \
               prêt.\n\n- Le stade sera rénové en 2027.\n\n- La piscine attendra.\n\nLe \
               budget a été adopté par 21 voix.\n\nBudget : Trois millions d'euros.",
        sentences: &[
            s("- Le stade", A, ""),
            s("- La piscine", A, ""),
            s("Budget : Trois", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a bulleted list after a transcript's last turn stays the author's",
        text: "Extraits du débat de jeudi.\n\nClaire Fabre : Le texte est prêt.\n\nHugo \
               Lamy : Il ne l'est pas.\n\nClaire Fabre : Il l'est depuis mars.\n\nHugo Lamy \
               : Alors votez-le.\n\n- Le vote aura lieu mardi.\n\n- Le texte sera publié \
               en mai.",
        sentences: &[
            s("Hugo Lamy : Alors", D, "hugo lamy"),
            s("- Le vote", A, ""),
            s("- Le texte sera", A, ""),
        ],
        quotes: &[],
    },
];

/// A live page's entries open on a time stamp and a dash: the sentence's subject comes after.
const BC1_LIVE_CASES: &[Case] = &[
    Case {
        name: "a live entry's time stamp is no dateline before the subject's insert",
        text: "EN DIRECT - Crue de la Loire\n\n21h05 - Le maire de Saumur, Yves Le Calvez, \
               réclame l'évacuation des quais.\n\n20:32 – La préfète de Maine-et-Loire, Anne \
               Dorval, a appelé les riverains « à ne prendre aucun risque ».\n\nANGERS - La \
               ville a fermé ses berges.",
        sentences: &[
            s("21h05 - Le maire", I, "yves le calvez"),
            s("20:32 – La préfète", I, "anne dorval"),
            s("ANGERS - La ville", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a quotation before a colon is the words of the speaker reporting after it",
        text: "Inondations dans le Gard\n\n« On a tout perdu en une nuit » : la maire \
               d'Alès, Claire Sabatier, affirme que « la digue n'a pas tenu ».\n\n07:15 · \
               « Ne prenez pas la route » : le préfet du Gard appelle les habitants à rester \
               chez eux.",
        sentences: &[
            s("« On a tout perdu", D, "claire sabatier"),
            s("07:15 · « Ne prenez", D, "préfet du gard"),
        ],
        quotes: &[q("On a tout perdu", QD, "claire sabatier", "affirmer")],
    },
    Case {
        name: "a quotation before a colon with no report after it finds no speaker",
        text: "Le film sort mercredi.\n\n« Délibéré » : un huis clos de deux heures dans \
               une salle d'assises.\n\n« Tout va bien » : la formule a fait le tour des \
               réseaux sociaux.",
        sentences: &[s("« Tout va bien »", D, "")],
        quotes: &[],
    },
];

/// Names and titles in guillemets, the outlet's own findings, a source's argument handed over
/// after a colon.
const VX5_CASES: &[Case] = &[
    Case {
        name: "a capital in guillemets inside a sentence opens a name, not a quotation",
        text: "Après « Les Bonnes » l'an dernier, la compagnie monte « Huis clos » au théâtre \
               municipal.\n\nLa mairie organise l'opération « Quartiers d'été » en juillet.\n\n\
               J'ai revu « Le Mépris » dimanche soir.",
        sentences: &[
            s("Après", A, ""),
            s("La mairie", A, ""),
            s("J'ai revu", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "slogans on banners, words in lower case and exclamations stay quoted",
        text: "Les grévistes tenaient des pancartes « Hôpital en danger » devant l'entrée.\n\n\
               Ce « plan de relance » n'a rien relancé du tout.\n\nUn « Jamais ! » venu du \
               fond a surpris la salle.",
        sentences: &[
            s("Les grévistes", M, "grévistes"),
            s("Ce « plan", M, ""),
            s("Un « Jamais", M, ""),
        ],
        quotes: &[],
    },
];

/// What the outlet counted, saw or learnt itself is the author's voice (the coding
/// guideline's `selon notre correspondant`), when its name or its initials name it; another
/// body, whom the outlet asked, and an agency named before stay sources.
#[test]
fn the_outlets_own_findings_are_the_authors() {
    let voice_of = |outlet: &str, text: &str, at: &str| {
        let body = Span::new(0, text.len());
        let regions = quotes::find_quotes(text, body);
        let seg = segment::segment(text, body, &regions);
        let options = voice::AttributeOptions {
            interviewer: Some(outlet.to_string()),
        };
        let voices = voice::attribute_with(text, &seg, &regions, verbs(), &options);
        let i = seg
            .sentences
            .iter()
            .position(|s| s.span.slice(text).contains(at))
            .expect("the sentence");
        voices.sentences[i].voice
    };
    let agency = "Agence Rivage Presse";
    let own = "Les incendies ont détruit 4 000 hectares depuis juin, selon un décompte de \
               l'ARP.\n\nLe \
               péage était fermé à midi, a constaté l'Agence Rivage Presse.";
    assert_eq!(voice_of(agency, own, "Les incendies"), Voice::Author);
    assert_eq!(voice_of(agency, own, "Le péage"), Voice::Author);
    assert_eq!(
        voice_of(
            "La Gazette du Port",
            "Le chantier a pris six mois de retard, a constaté La Gazette du Port.",
            "chantier"
        ),
        Voice::Author
    );
    let others = "L'Agence internationale de l'énergie atomique a dépêché des experts.\n\nLa \
                  centrale tient encore dix jours, selon l'agence.\n\nPlusieurs élus \
                  interrogés par l'ARP doutent que le plan suffise.\n\nLes incendies ont \
                  détruit 4 000 hectares, selon un décompte de la préfecture.";
    assert_eq!(voice_of(agency, others, "La centrale"), Voice::Indirect);
    assert_eq!(voice_of(agency, others, "Plusieurs élus"), Voice::Indirect);
    assert_eq!(voice_of(agency, others, "Les incendies"), Voice::Indirect);
}

/// A relative clause after a name and its role between commas is said of the person, in a
/// cleft too; a verbless sentence of a noun and a relative clause whose inverted subject
/// contests or shares it is that subject's report.
const SPK20_CASES: &[Case] = &[
    Case {
        name: "a relative clause after a name and its role is said of the person",
        text: "La fermeture de la maternité inquiète.\n\nC'est la Dre Sandrine Okafor, \
               pédiatre à l'hôpital de Vierzon, qui résume ainsi ce qu'elle redoute.\n\nElle \
               juge le délai « intenable ».\n\nNous avons rencontré Bruno Lacombe, sage-femme \
               à Vierzon, qui affirme que les départs se multiplient.",
        sentences: &[
            s("C'est la Dre", I, "sandrine okafor"),
            s("Elle juge", I, "sandrine okafor"),
            s("Nous avons rencontré", I, "bruno lacombe"),
        ],
        quotes: &[],
    },
    Case {
        name: "a relative clause after a role alone or a phrase stays with it",
        text: "Le maire, qui a reçu les parents lundi, affirme que l'école restera ouverte.\n\n\
               Interrogé par téléphone, un agent municipal, qui a requis l'anonymat, évoque \
               une décision « déjà prise ».",
        sentences: &[
            s("Le maire, qui", I, "maire"),
            s("Interrogé par", I, "agent municipal"),
        ],
        quotes: &[],
    },
    Case {
        name: "a noun taken up by a relative clause with an inverted source",
        text: "Selon la préfecture, le camp sera évacué avant l'hiver.\n\nUne version que \
               contestent les associations humanitaires.\n\nLe député Paul Ferrand juge \
               la mesure « inévitable ».\n\nUn avis que ne partage pas le docteur Lucie \
               Marchal, médecin bénévole au camp depuis trois ans.\n\nUn calendrier qu'a \
               démenti la mairie.",
        sentences: &[
            s("Une version", I, "associations humanitaires"),
            s("Un avis", I, "lucie marchal"),
            s("Un calendrier", I, "mairie"),
        ],
        quotes: &[],
    },
    Case {
        name: "a relative clause that is the subject of a verb, or shares no view, is no report",
        text: "Le problème que pointe le ministre existe depuis des années.\n\nUne frontière \
               que partagent trois pays.\n\nDes conditions que bien des soignants aimeraient \
               connaître.",
        sentences: &[
            s("Le problème", A, ""),
            s("Une frontière", A, ""),
            s("Des conditions", A, ""),
        ],
        quotes: &[],
    },
];

/// spk21: the words an incise sets between its verb and the subject it inverts.
const SPK21_CASES: &[Case] = &[
    Case {
        name: "an adverb, a medium after pour or an insert between commas before the inverted subject",
        text: "Le conseil municipal a siégé jusqu'à minuit.\n\n« Qui paiera la digue ? », \
               demande d'emblée la conseillère Armelle Quéré.\n\n« Nous ne lâcherons rien », \
               a répété pour L'Écho du canal Bastien Roumier.\n\n« Le chantier tiendra les \
               délais », a assuré de son côté la société Hydrobéton.\n\n« Elle ne laisse rien \
               passer », dit d'elle Gaëlle Fournel, sa voisine de banc.\n\n« On a gagné du \
               temps, rien de plus », glissait, amusé, le président du syndicat des \
               riverains, Octave Lambin.",
        sentences: &[
            s("« Qui paiera", D, "armelle quéré"),
            s("« Nous ne lâcherons", D, "bastien roumier"),
            s("« Le chantier", D, "hydrobéton"),
            s("« Elle ne laisse", D, "gaëlle fournel"),
            s("« On a gagné", D, "octave lambin"),
        ],
        quotes: &[],
    },
    Case {
        name: "a verb not after a quotation keeps its subject before it",
        text: "Le maire a annoncé d'emblée la fermeture de l'école aux parents.\n\nLa \
               directrice a confirmé de son côté la date du conseil.",
        sentences: &[
            s("Le maire a annoncé", I, "maire"),
            s("La directrice", I, "directrice"),
        ],
        quotes: &[],
    },
    Case {
        name: "a quotation after a colon: the name beside an unknown noun, a participle of being asked, Même constat chez",
        text: "La crue a emporté le pont de la Vesle.\n\nSa belle-sœur, Odile Granger, est \
               plus sévère : « On savait que le pont était fragile. »\n\nInterrogé à la sortie \
               du conseil, Mathéo Brunel a haussé les épaules : « Nous reconstruirons. »\n\n\
               Même constat chez Irène Vasseur, boulangère du bourg : « Les clients ne \
               passent plus. »",
        sentences: &[
            s("Sa belle-sœur", D, "odile granger"),
            s("Interrogé à la sortie", D, "mathéo brunel"),
            s("Même constat", D, "irène vasseur"),
        ],
        quotes: &[],
    },
    Case {
        name: "a colon after a thing or a place names no speaker",
        text: "Le conseil a voté le budget.\n\nLe vieux pont, Pont-Neuf, reste fermé : « Danger, \
               passage interdit. »",
        sentences: &[s("Le vieux pont", D, "")],
        quotes: &[],
    },
    Case {
        name: "a pollster named with the institute's role is taken up as le sondeur",
        text: "Selon une enquête de l'institut Baromètre, 58 % des Français soutiennent la \
               réforme. « Le soutien s'effrite chez les retraités », observe Lucas Perrin, \
               directeur des études d'opinion de Baromètre. Le sondeur note aussi que les \
               jeunes restent indécis.\n\nLes sondeurs n'avaient rien vu venir en 2022.",
        sentences: &[
            s("Le sondeur note", I, "lucas perrin"),
            s("Les sondeurs n'avaient", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "selon or pour a role, then the name beside it with a label in brackets",
        text: "Le marché couvert fermera en mars.\n\nSelon le maire, Joël Tessier (divers \
               gauche), la halle ne sera pas rénovée avant 2030.\n\nPour la conseillère, Nina \
               Roussel (sans étiquette), la décision « arrive trop tard ».\n\nSelon le \
               syndicat, Paris (75), la décision est prise.",
        sentences: &[
            s("Selon le maire", I, "joël tessier"),
            s("Pour la conseillère", I, "nina roussel"),
            s("Selon le syndicat", I, "syndicat"),
        ],
        quotes: &[],
    },
];

/// A source's argument summed up before a colon (`tient en une phrase :`), and a count a
/// source gives (`a recensé 300 cas`, `en a compté 5 000`).
const VX6_CASES: &[Case] = &[
    Case {
        name: "an argument summed up in a few words before a colon is the source's",
        text: "Les éleveurs bloquent la rocade depuis lundi.\n\nLe message des \
               producteurs laitiers tient en une phrase : le prix payé ne couvre plus le coût \
               du fourrage.\n\nLeurs demandes, répétées à chaque réunion, tiennent en deux \
               points :\n\n- un prix plancher pour le lait ;\n\n- une aide au transport.\n\n\
               Pourtant, la sortie de crise tient en un mot : patience.\n\nLe bilan tient en \
               une ligne : trois réunions, aucun accord.",
        sentences: &[
            s("Le message", I, "producteurs laitiers"),
            s("Leurs demandes", I, "producteurs laitiers"),
            s("- un prix plancher", I, "producteurs laitiers"),
            s("Pourtant, la sortie", A, ""),
            s("Le bilan tient", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a thesis or a reply summed up before a colon",
        text: "L'économiste Paul Renaud affirme que les petites lignes sont rentables.\n\nSa thèse \
               tient en une phrase : le rail rural coûte moins cher qu'on ne le dit.\n\n\
               L'argument des opposants au projet tient en trois mots : trop cher, trop \
               tard.",
        sentences: &[
            s("Sa thèse", I, "paul renaud"),
            s("L'argument des opposants", I, "opposants"),
        ],
        quotes: &[],
    },
    Case {
        name: "a count a body or a person gives is reported",
        text: "La manifestation a rassemblé des milliers de personnes samedi à Nantes.\n\n\
               La préfecture en a compté 4 200.\n\nLe syndicat, lui, en compte 15 000.\n\n\
               L'observatoire régional de santé a recensé 312 cas depuis septembre.\n\n\
               La fédération dénombrait début mars plus de 80 fermetures.",
        sentences: &[
            s("La préfecture en", I, "préfecture"),
            s("Le syndicat, lui", I, "syndicat"),
            s("L'observatoire", I, "observatoire"),
            s("La fédération", I, "fédération"),
        ],
        quotes: &[],
    },
    Case {
        name: "a count without a figure, from a table, denied or asked about is the author's",
        text: "Le tableau de bord recense 212 patients en attente.\n\nLe club en compte \
               beaucoup.\n\nLa mairie n'a recensé aucun dégât.\n\nLe syndicat a recensé les \
               postes vacants.\n\nCombien la police en a-t-elle compté ?",
        sentences: &[
            s("Le tableau", A, ""),
            s("Le club", A, ""),
            s("La mairie", A, ""),
            s("Le syndicat a recensé", A, ""),
            s("Combien", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a figure put in context after a report is no author tail",
        text: "Selon la préfecture, 1 200 logements ont été inondés, un chiffre en hausse de \
               30 % sur un an.\n\nLe syndicat revendique 60 % de grévistes, un chiffre que la \
               direction ramène à 41 %.\n\nLe ministre assure que les crédits ont doublé, \
               une affirmation démentie par les comptes publiés en mai.",
        sentences: &[
            s("Selon la préfecture", I, "préfecture"),
            s("Le syndicat revendique", I, "syndicat"),
            s("Le ministre assure", M, "ministre"),
        ],
        quotes: &[],
    },
    Case {
        name: "a forecast past an aside, or of a loss, is the forecaster's; a plan is not",
        text: "L'OCDE prévoit pour sa part un déficit ramené à 3 % en 2028.\n\nLa fédération \
               du bâtiment prévoit la perte de 5 000 emplois.\n\nLe collectif prévoit pour sa \
               part un rassemblement samedi devant la mairie.",
        sentences: &[
            s("L'OCDE", I, "ocde"),
            s("La fédération", I, "fédération"),
            s("Le collectif", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "a long quotation opening on an article as the verb's object is reported",
        text: "La rectrice a salué « un travail patient, qui a permis de rouvrir trois classes \
               dans les villages du plateau ».\n\nLe député y voit « la preuve que l'État \
               sait encore écouter les petites communes quand elles s'organisent ».\n\nLe \
               maire a répondu « Nous ne fermerons aucune école tant que je serai là, quoi \
               qu'en dise le rectorat ».",
        sentences: &[
            s("La rectrice", I, "rectrice"),
            s("Le député", I, "député"),
            s("Le maire", D, "maire"),
        ],
        quotes: &[],
    },
];

/// A scare quote or a partial quotation that no cue reports is the words of the source the
/// sentence names (its subject first), or of the last speaker when it names none; a role is
/// taken up by its full name as in reported speech.
const SPK22_CASES: &[Case] = &[
    Case {
        name: "a woven fragment is the words of the subject that holds it",
        text: "Le Premier ministre, Octave Berlioz, a présenté mardi son plan pour les \
               hôpitaux.\n\nLe chef du gouvernement s'est offert un « plan Marshall » de \
               plus.\n\nLa fédération hospitalière, elle, attend toujours ses « moyens \
               nouveaux ».",
        sentences: &[
            s("Le chef du gouvernement", M, "Octave Berlioz"),
            s("La fédération hospitalière", M, "fédération hospitalière"),
        ],
        quotes: &[],
    },
    Case {
        name: "a fragment in a sentence naming no one gets no speaker (no guess from the last one)",
        text: "La directrice de l'usine, Maëlle Quérel, a affirmé que le site tiendrait le \
               calendrier.\n\nLe site a pourtant perdu son « avance » de l'hiver.",
        sentences: &[s("Le site a pourtant", M, "")],
        quotes: &[],
    },
    Case {
        name: "a pronoun subject of a fragment is the person it takes up",
        text: "Albane Ruffier dirige la chorale depuis vingt ans.\n\nElle a réuni ses \
               choristes « plus motivés que jamais » pour un dernier concert.",
        sentences: &[s("Elle a réuni", M, "Albane Ruffier")],
        quotes: &[],
    },
    Case {
        name: "an author sentence with no quotation keeps no speaker",
        text: "Le maire, Gilbert Tassin, a inauguré la passerelle.\n\nLe chantier a duré \
               deux ans.",
        sentences: &[s("Le chantier", A, "")],
        quotes: &[],
    },
];

/// vx7: the boundary of `mixed`: a term the author borrows from a relative clause, a comment
/// after `, ce qui` set off by an aside or a one-word verdict, and `prétendre` with an
/// infinitive in a relative clause, which reports nothing.
const VX7_CASES: &[Case] = &[
    Case {
        name: "a term named from a relative clause of the author's sentence is mixed",
        text: "Le col que les bergers appellent « la Brèche » reste fermé.\n\nLe budget \
               supprime trente postes, ce que les agents appellent une « purge ».\n\nLa \
               région a ouvert ce que l'opposition qualifie de « guichet à promesses ».",
        sentences: &[
            s("Le col", M, "bergers"),
            s("Le budget", M, "agents"),
            s("La région", M, "opposition"),
        ],
        quotes: &[],
    },
    Case {
        name: "a call, a name in the main clause or a report before the name is not the term",
        text: "Le préfet a appelé « chacun au calme ».\n\nLe maire a expliqué que les \
               riverains appellent ce chemin « la Traverse ».\n\nLes pêcheurs qualifient la \
               mesure de « brutale ».",
        sentences: &[
            s("Le préfet", I, "préfet"),
            s("Le maire", I, "maire"),
            s("Les pêcheurs", I, "pêcheurs"),
        ],
        quotes: &[],
    },
    Case {
        name: "a comment after `, ce qui` set off by an aside or a one-word verdict is the author's",
        text: "Le ministre promet de « tout revoir » d'ici juin, ce qui, dans la bouche d'un \
               ministre sortant, ne coûte pas grand-chose.\n\nLa directrice a reconnu \
               qu'elle s'était trompée, ce qui est rare.",
        sentences: &[
            s("Le ministre", M, "ministre"),
            s("La directrice", M, "directrice"),
        ],
        quotes: &[],
    },
    Case {
        name: "a consequence after `, ce qui` goes on with the report",
        text: "Le gestionnaire annonce que deux voies seront fermées, ce qui allongera les \
               trajets.\n\nSelon la préfecture, le débit a doublé, ce qui est inhabituel en \
               novembre.",
        sentences: &[
            s("Le gestionnaire", I, "gestionnaire"),
            s("Selon la préfecture", I, "préfecture"),
        ],
        quotes: &[],
    },
    Case {
        name: "`prétendre` with an infinitive in a relative clause reports nothing",
        text: "Le texte aggrave la pénurie qu'il prétend résoudre.\n\nUne direction qui \
               prétend les protéger a supprimé leurs primes.\n\nC'est trahir ceux que l'on \
               prétend servir.",
        sentences: &[
            s("Le texte", A, ""),
            s("Une direction", A, ""),
            s("C'est trahir", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "`prétendre` in a main clause or with `que` still reports",
        text: "Le fabricant prétend avoir corrigé le défaut.\n\nLe club prétend que les \
               billets étaient tous vendus.\n\nUn élu, qui prétend que tout a été fait, \
               refuse de démissionner.",
        sentences: &[
            s("Le fabricant", I, "fabricant"),
            s("Le club", I, "club"),
            s("Un élu", I, "élu"),
        ],
        quotes: &[],
    },
    Case {
        name: "the author's generic `on` wondering or regretting reports no one",
        text: "On se demande encore pourquoi le pont a été fermé.\n\nOn regrette surtout \
               la fin, trop vite expédiée.\n\nMais on ne doute pas qu'elle reviendra.\n\nLe \
               bus est supprimé, et l'on s'étonne que les villages se vident.",
        sentences: &[
            s("On se demande", A, ""),
            s("On regrette", A, ""),
            s("Mais on", A, ""),
            s("Le bus", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "`on` placed among a source, or a named source wondering, still reports",
        text: "Au ministère, on se demande si le calendrier tiendra.\n\nLa maire regrette \
               que l'État se soit retiré.",
        sentences: &[s("Au ministère", I, "ministère"), s("La maire", I, "maire")],
        quotes: &[],
    },
];

/// Voice cases of the vx8 round: readings the unseen sets (dev79..dev82) showed missing.
const VX8_CASES: &[Case] = &[
    Case {
        name: "a credit line printed on the date's line after a bar marks the interview",
        text: "Ancienne préfète, Hélène Garnier publie ses mémoires.\n\nPropos recueillis par \
               Louis Berthet | Publié le 3 mars 2026 à 18h10, mis à jour le 4 mars à 7h02\n\n\
               Le gouvernement veut fermer trois sous-préfectures. Faut-il s'y résoudre ?\n\n\
               Je ne le crois pas. L'État doit rester visible dans les campagnes.\n\nVous \
               avez pourtant fermé deux services en 2019.\n\nC'était une erreur, je l'ai \
               reconnue.",
        sentences: &[
            s("Le gouvernement veut", D, "louis berthet"),
            s("Faut-il", D, "louis berthet"),
            s("Je ne le crois", D, "hélène garnier"),
            s("L'État doit", D, "hélène garnier"),
            s("C'était une erreur", D, "hélène garnier"),
        ],
        quotes: &[],
    },
    Case {
        name: "a bar in a long byline without a credit marks no interview",
        text: "Par Louis Berthet | Publié le 3 mars 2026 à 18h10, mis à jour le 4 mars à \
               7h02, dans la rubrique Régions\n\nPourquoi fermer ces services ?\n\nLe \
               ministère invoque leur coût.\n\nEt les élus ?\n\nIls protestent.",
        sentences: &[s("Pourquoi fermer", A, ""), s("Et les élus", A, "")],
        quotes: &[],
    },
    Case {
        name: "a guest who received the outlet answers its questions, up to the news again",
        text: "Par Nadia Ferrand | 4 mars 2026\n\nLa fromagerie ferme ses portes en juin.\n\n\
               Bernard Vial, 61 ans, a reçu La Gazette du Causse dans son bureau.\n\nPourquoi \
               fermer maintenant ?\n\nParce que nous perdons de l'argent depuis trois ans. \
               Le lait coûte trop cher.\n\nVos employés parlent d'un gâchis.\n\nJe \
               comprends leur peine.\n\nQue deviendra le site ?\n\nNous cherchons un \
               repreneur, je m'y engage.\n\nLes employés, eux, n'y croient plus.\n\nLe \
               syndicat réclame une réunion avant la fin du mois.",
        sentences: &[
            s("Pourquoi fermer", D, "nadia ferrand"),
            s("Parce que nous", D, "bernard vial"),
            s("Le lait coûte", D, "bernard vial"),
            s("Vos employés", D, "nadia ferrand"),
            s("Nous cherchons", D, "bernard vial"),
            s("Les employés, eux", A, ""),
            s("Le syndicat réclame", I, "syndicat"),
        ],
        quotes: &[],
    },
    Case {
        name: "a prefect who received the unions is no guest of the outlet's questions",
        text: "Le préfet a reçu les syndicats jeudi.\n\nPourquoi fermer maintenant ?\n\n\
               La direction invoque des pertes. Le lait coûte trop cher.\n\nEt après ?\n\n\
               Le site sera vendu.",
        sentences: &[
            s("Pourquoi fermer", A, ""),
            s("Le lait coûte", A, ""),
            s("Le site sera", A, ""),
        ],
        quotes: &[],
    },
];

/// spk24: speaker names that name no one. A pronoun left unresolved (`on`, `il`), a
/// function word or an adverb made from an adjective opening a sentence (`Techniquement,`) is
/// no speaker and no one a pronoun takes up; a one-word code with a figure (`l'A62`) is no one
/// `elle` takes up. A surname alone (`Hernandez`), a body's one-word name (`le Département`)
/// and a name after a fronted word (`Seul, le maire…`) stay.
const SPK24_CASES: &[Case] = &[
    Case {
        name: "an adverb opening a sentence is no one a later speaker resolves to",
        text: "Techniquement, le logiciel tient la charge. L'éditeur assure qu'il corrigera \
               « les derniers défauts ».",
        sentences: &[s("L'éditeur assure", I, "éditeur")],
        quotes: &[],
    },
    Case {
        name: "an adverb that would be the speaker leaves none",
        text: "Officiellement, il s'agit de « travaux de mise en conformité ».",
        sentences: &[s("Officiellement", M, "")],
        quotes: &[],
    },
    Case {
        name: "`on` alone is no speaker",
        text: "La réforme, nous dit-on, « sera appliquée sans délai ».",
        sentences: &[s("La réforme", I, "")],
        quotes: &[],
    },
    Case {
        name: "a personal pronoun left unresolved is no speaker",
        text: "Le port a rouvert mardi. « Tout est rentré dans l'ordre », a-t-il assuré.",
        sentences: &[s("« Tout est", D, "")],
        quotes: &[],
    },
    Case {
        name: "a quantity standing for people stays a vague source",
        text: "Certains, à Lyon, dénoncent « un gâchis ».",
        sentences: &[s("Certains", I, "certains")],
        quotes: &[],
    },
    Case {
        name: "a road's code is no one `elle` takes up",
        text: "Marie Dufour élève des vaches. L'A62 était bloquée lundi matin. « Nous n'en \
               pouvons plus », dit-elle.",
        sentences: &[s("Nous n'en", D, "Marie Dufour")],
        quotes: &[],
    },
    Case {
        name: "a pronoun nothing nearer takes up is the last person of its gender named in full",
        text: "Le verger est au bout de la route. Les arbres sont nus, et Nadia Perrot \
               taille. Le gel a tout pris au printemps. La coopérative paie mal. Le gazole a \
               doublé. « On ne s'en remet pas », dit-elle.",
        sentences: &[s("« On ne s'en", D, "Nadia Perrot")],
        quotes: &[],
    },
    Case {
        name: "near miss: a man named in full is no one `elle` takes up",
        text: "Paul Garnier plaide à Dijon. Le palais est en travaux. La salle est fermée. Les \
               dossiers s'accumulent. « On ne s'en remettait pas », dit-elle.",
        sentences: &[s("« On ne s'en", D, "")],
        quotes: &[],
    },
    Case {
        name: "a surname alone, a body's one-word name, a name after a fronted word stay",
        text: "Hernandez a prévenu : « Nous gagnerons samedi ».\n\nSelon le Département, « la \
               route sera rouverte en juin ».\n\nSeul, le maire Jean Tardieu a répondu : « Nous \
               ferons mieux ».",
        sentences: &[
            s("Hernandez", D, "Hernandez"),
            s("Selon le Département", D, "Département"),
            s("Seul, le maire", D, "Jean Tardieu"),
        ],
        quotes: &[],
    },
];

/// French sets the incise of a question or an exclamation after its `?` or `!`, with no comma,
/// and goes on in lower case (`— Vous partez ? demande la présidente.`); a capital after the
/// mark opens the next sentence instead.
const SPK25_CASES: &[Case] = &[
    Case {
        name: "an incise after a question mark names the speaker of a dialogue line",
        text: "La salle se tait. — Qui vous a dit de monter ? demande la présidente.",
        sentences: &[s("La salle", A, ""), s("— Qui vous", D, "présidente")],
        quotes: &[],
    },
    Case {
        name: "an incise after a question mark inside guillemets names the speaker",
        text: "« Il reste de l'essence ? demande un client. Je fais la queue depuis une heure. »",
        sentences: &[
            s("« Il reste", D, "un client"),
            s("Je fais", D, "un client"),
        ],
        quotes: &[],
    },
    Case {
        name: "an incise after an exclamation mark names the speaker, not the last name seen",
        text: "Paul Roux entre. — Vous partez déjà ! lance Ana Lenoir.",
        sentences: &[s("Paul Roux", A, ""), s("— Vous partez", D, "Ana Lenoir")],
        quotes: &[],
    },
    Case {
        name: "near miss: a capital after the question mark opens a sentence, not an incise",
        text: "« Il reste de l'essence ? Demande au gérant. »",
        sentences: &[s("« Il reste", D, ""), s("Demande au", D, "")],
        quotes: &[],
    },
];

/// A saying with a plain object in a relative clause set off by a comma after the sentence's
/// opening, before a main clause that reports nothing, gives the subject's background: the
/// sentence is the author's. A main clause with a saying of its own (a verb group that
/// reports, or a form of saying after an object clitic) keeps the sentence reported, and so
/// do a relative that quotes and a source before the relative (`Selon X, qui…`).
const VX9_CASES: &[Case] = &[
    Case {
        name: "a saying in a relative on the subject is background to a main clause of fact",
        text: "La fédération, qui revendique huit mille licenciés, a ouvert lundi un nouveau                gymnase.\n\nLe maire, qui avait annoncé sa candidature, a finalement quitté la                ville.\n\nLa Croatie, qui avait menacé de bloquer l'accord, a signé le traité                jeudi.",
        sentences: &[
            s("La fédération", A, ""),
            s("Le maire, qui", A, ""),
            s("La Croatie", A, ""),
        ],
        quotes: &[],
    },
    Case {
        name: "near miss: a main clause that reports keeps the relative's sentence reported",
        text: "Le collectif, qui revendique deux cents membres, a écrit au préfet mardi.\n\n\
               Les riverains, qui dénoncent le bruit, ont dénoncé mardi des loyers \
               abusifs.\n\nUn gendarme, qui a requis l'anonymat, le confirme sans détour.\n\n\
               Selon une élue, qui a demandé à ne pas être nommée, la ville a perdu deux \
               écoles.\n\nLe club, qui dénonçait un « arbitrage scandaleux », a perdu samedi.",
        sentences: &[
            s("Le collectif", I, "collectif"),
            s("Les riverains", I, "riverains"),
            s("Un gendarme", I, "gendarme"),
            s("Selon une élue", I, "une élue"),
            s("Le club", M, "club"),
        ],
        quotes: &[],
    },
];
