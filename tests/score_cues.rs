//! The structural cues of scoring, one table row per rule: the text, the sentence, the cues it
//! must carry and the cues it must not. Each row is French the tool meets in the genres it
//! reads (wire copy, op-ed, explainer, interview, web page furniture).

#[path = "../fuzz/harness.rs"]
mod harness;

use cadrage::Article;
use cadrage::score::Cue;

use harness::shipped_analyzer as analyzer;

struct Row {
    name: &'static str,
    text: &'static str,
    sentence: &'static str,
    has: &'static [Cue],
    not: &'static [Cue],
}

const ROWS: &[Row] = &[
    Row {
        name: "the author's bio closing a column is no punchline",
        text: "CHRONIQUE\n\nLe train de nuit arrive en retard.\n\n\
               Xavier Montclar est chroniqueur. Son billet paraît chaque lundi.",
        sentence: "Son billet",
        has: &[],
        not: &[Cue::ShortSentence],
    },
    Row {
        name: "the author's bio after the author's name is no punchline",
        text: "CHRONIQUE\n\nLe train de nuit arrive en retard.\n\n\
               Bérénice Lafargue est chroniqueuse. Elle écrit à la main.",
        sentence: "Elle écrit",
        has: &[],
        not: &[Cue::ShortSentence],
    },
    Row {
        name: "a punchline after a person's name in the body is one",
        text: "CHRONIQUE\n\nBérénice Lafargue a promis la gratuité. Elle a menti.\n\n\
               Le train de nuit arrive en retard. Les voyageurs attendent.\n\n\
               La ligne coûte cher.\n\nLe ministère se tait.",
        sentence: "Elle a menti",
        has: &[Cue::ShortSentence],
        not: &[],
    },
    Row {
        name: "what the outlet's team saw is the newsroom's, not the author's first person",
        text: "Des curieux ont été aperçus sur le front de mer, a constaté notre équipe.",
        sentence: "Des curieux",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "the outlet's journalists telling the reader the news serve the reader",
        text: "Toute la nuit, nos journalistes et nos correspondants vous racontent l'arrivée \
               du cyclone.",
        sentence: "Toute la nuit",
        has: &[],
        not: &[Cue::FirstPerson, Cue::ReaderAddress],
    },
    Row {
        name: "a hospital's teams in a tribune are the author's first person",
        text: "TRIBUNE\n\nNos équipes sont épuisées par trois hivers de sous-effectif.",
        sentence: "Nos équipes",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "the writer telling the reader a story addresses the reader",
        text: "TRIBUNE\n\nToute la nuit, je vous raconte l'arrivée du cyclone.",
        sentence: "Toute la nuit",
        has: &[Cue::ReaderAddress],
        not: &[],
    },
    Row {
        name: "the writer's routine with its habit is a first-person fact",
        text: "TRIBUNE\n\nChaque nuit, je suis le seul médecin des urgences du canton.",
        sentence: "Chaque nuit",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "the writer's home with its duration is a first-person fact",
        text: "TRIBUNE\n\nJ'habite Sfax depuis quarante ans, à deux rues du port de pêche.",
        sentence: "J'habite",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "the signatories' work with its habit is a first-person fact",
        text: "TRIBUNE\n\nNous, médecins, recevons chaque semaine des adolescents épuisés.",
        sentence: "Nous, médecins",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "a routine with the object before the verb is a first-person fact",
        text: "TRIBUNE\n\nJe prends le train de 6 h 42 tous les matins depuis onze ans.",
        sentence: "Je prends",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "a routine the writer goes on to judge keeps its first person",
        text: "TRIBUNE\n\nJe suis abonné depuis 1996, et je n'ai jamais eu aussi honte.",
        sentence: "Je suis abonné",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "what the writer sees every week, set out after a colon, keeps its first person",
        text: "TRIBUNE\n\nJe vois chaque semaine ce que produit une cellule : des détenus brisés.",
        sentence: "Je vois",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "a demand repeated every week keeps its first person",
        text: "TRIBUNE\n\nNous demandons depuis deux ans que la maternité rouvre.",
        sentence: "Nous demandons",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "Reste and a topic is a transition, not a punchline",
        text: "ÉDITORIAL\n\nLe Tchad a signé. Le Soudan hésite. Reste la France.",
        sentence: "Reste la France",
        has: &[],
        not: &[Cue::ShortSentence],
    },
    Row {
        name: "the credit line of a work closing a review is no punchline",
        text: "CRITIQUE\n\nLe film s'essouffle. La fin est ratée. « Délibéré », d'Inès Carrel.",
        sentence: "« Délibéré »",
        has: &[],
        not: &[Cue::ShortSentence],
    },
    Row {
        name: "a verdict of a review in a short sentence is one",
        text: "CRITIQUE\n\nLe film s'essouffle. La fin est ratée. « Délibéré », d'Inès Carrel.",
        sentence: "La fin est ratée",
        has: &[Cue::ShortSentence],
        not: &[],
    },
    Row {
        name: "a fact-check's short transition question is counted once, by its words",
        text: "Le député affirme que les dépenses ont baissé.\n\nQu'en est-il ?\n\nLes \
               crédits ont augmenté de 2 %.",
        sentence: "Qu'en est-il",
        has: &[Cue::Lexicon],
        not: &[Cue::RhetoricalQuestion, Cue::OpeningConnective],
    },
    Row {
        // ed6: answered by the next paragraph, it is the section's question, no rhetoric.
        name: "a short question standing alone and answered below is a section's question",
        text: "La réforme entre en vigueur lundi.\n\nQui est concerné ?\n\nLes salariés.",
        sentence: "Qui est concerné",
        has: &[],
        not: &[Cue::RhetoricalQuestion],
    },
    Row {
        name: "a jussive after Et exhorts",
        text: "Le loyer a pris 90 euros. Et qu'on ne me dise pas que les propriétaires sont à \
               plaindre.",
        sentence: "Et qu'on ne me dise",
        has: &[Cue::Exhortation],
        not: &[],
    },
    Row {
        name: "a `Qu'il` carrying on a report in the indicative exhorts nothing",
        text: "Le policier a expliqué que le conducteur avait refusé. Qu'il avait cru voir une \
               arme.",
        sentence: "Qu'il avait cru",
        has: &[],
        not: &[Cue::Exhortation],
    },
    Row {
        name: "a live page's sign-off is page furniture",
        text: "21h40 – Le texte est adopté.\n\nMerci de nous avoir suivis, et retrouvez demain \
               matin notre revue de presse.",
        sentence: "Merci de nous",
        has: &[],
        not: &[Cue::FirstPerson, Cue::Lexicon],
    },
    Row {
        name: "an ordinal point of an argument announced in a short sentence is a transition",
        text: "TRIBUNE\n\nLe premier argument du ministère est l'égalité. Il ne tient pas. Le \
               second argument est économique.",
        sentence: "Le second argument",
        has: &[],
        not: &[Cue::ShortSentence],
    },
    Row {
        name: "a subscription the news speaks of is no subscription prompt",
        text: "BILLET\n\nLa taxe devait durer un an. Elle court toujours. Ce n'est pas une taxe, \
               c'est un abonnement.",
        sentence: "Ce n'est pas une taxe",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "the writer as the place of a scene told is no first person of opinion",
        text: "CHRONIQUE\n\nMardi, 9 h 15, un patient s'assoit en face de moi et pose son \
               téléphone sur le bureau. Pour moi, c'est une dérive.",
        sentence: "Mardi, 9 h 15",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "pour moi gives an opinion",
        text: "CHRONIQUE\n\nMardi, un patient s'assoit en face de moi. Pour moi, c'est une \
               dérive.",
        sentence: "Pour moi",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "a later first person that holds a position counts after one that narrates",
        text: "TRIBUNE\n\nNous avons fait des propositions, et nous les maintenons :\n\n• un \
               audit indépendant ;\n\n• un plan d'investissement.",
        sentence: "Nous avons fait",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "a short sentence whose first person only narrates is no punchline",
        text: "CHRONIQUE\n\nLe service devait rouvrir lundi. J'ai essayé.",
        sentence: "J'ai essayé",
        has: &[],
        not: &[Cue::ShortSentence, Cue::FirstPerson],
    },
    Row {
        name: "a fact-check asking whether a claim is true sets out the check",
        text: "Une vidéo affirme que les antibiotiques sont indispensables. Elle a été vue 800 \
               000 fois. Est-ce vrai ? Les études disent le contraire.",
        sentence: "Est-ce vrai",
        has: &[Cue::RhetoricalQuestion],
        not: &[],
    },
    Row {
        name: "a programme's trailer is page furniture",
        text: "Écoutez la revue de presse chaque matin à 7h48 sur Onde publique.",
        sentence: "Écoutez",
        has: &[],
        not: &[Cue::Exhortation],
    },
    Row {
        name: "a live page's invitation is page furniture",
        text: "Vous pouvez nous poser vos questions en bas de cette page.",
        sentence: "Vous pouvez",
        has: &[],
        not: &[Cue::ReaderAddress, Cue::FirstPerson],
    },
    Row {
        name: "an exhortation to listen that says why is the author's",
        text: "Écoutez les infirmières : elles savent ce que coûte cette réforme.",
        sentence: "Écoutez",
        has: &[Cue::Exhortation],
        not: &[],
    },
    Row {
        name: "a step of a programme the author sets out exhorts",
        text: "D'abord, écrire noir sur blanc que le moratoire vaut pour toutes les écoles. \
               Ensuite, l'inscrire dans la loi de finances, avec son montant.",
        sentence: "Ensuite",
        has: &[Cue::Exhortation],
        not: &[],
    },
    Row {
        name: "an ordinal connective before a finite verb is narration",
        text: "D'abord, les pompiers ont évacué l'immeuble. Ensuite, la police a bouclé le quartier.",
        sentence: "Ensuite",
        has: &[],
        not: &[Cue::Exhortation],
    },
    Row {
        name: "a reader writing to the paper does not address the reader",
        text: "J'ai appris dans vos colonnes la fermeture de la piscine pour tout l'hiver.",
        sentence: "J'ai appris",
        has: &[],
        not: &[Cue::ReaderAddress],
    },
    Row {
        name: "the writer giving their age presents themselves",
        text: "J'ai 71 ans et j'y nage trois fois par semaine depuis ma retraite.",
        sentence: "J'ai 71",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "a letter's signature is no verdict subheading",
        text: "Courrier des lecteurs\n\nCette fermeture est un scandale. Cette décision est une honte.\n\n\
               Jeannine Corbière, Montaurel",
        sentence: "Jeannine",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "a jussive Que before a colon exhorts",
        text: "Que les bureaux se rassurent : au printemps, les tracteurs reviendront.",
        sentence: "Que les bureaux",
        has: &[Cue::Exhortation],
        not: &[],
    },
    Row {
        name: "a Que clause before a comma is the subject of what follows",
        text: "Que les syndicats protestent, c'est compréhensible.",
        sentence: "Que les syndicats",
        has: &[],
        not: &[Cue::Exhortation],
    },
    Row {
        name: "a cross-reference to an explainer is no verdict of an opinion piece",
        text: "TRIBUNE\n\nCe passage en force est une faute politique.\n\n\
               Lire aussi : Électricité : ce que la fin de l'Arenh change pour les industriels\n\n\
               Le gouvernement veut imposer cette réforme sans débat.",
        sentence: "Lire aussi",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "a subheading in the form of an explainer is no verdict of an opinion piece",
        text: "TRIBUNE\n\nCe passage en force est une faute politique.\n\n\
               Ce qu'ont fait les autres pays\n\n\
               Le gouvernement veut imposer cette réforme sans débat.",
        sentence: "Ce qu'ont",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "a cross-reference that judges is a verdict of an opinion piece",
        text: "TRIBUNE\n\nCe passage en force est une faute politique.\n\n\
               Lire aussi : Moldavie, le laboratoire de la censure bruxelloise\n\n\
               Le gouvernement veut imposer cette réforme sans débat.",
        sentence: "Lire aussi",
        has: &[Cue::RegisterSubheading],
        not: &[],
    },
    Row {
        name: "an opening of argument argues even in a sentence that states a figure",
        text: "ÉDITORIAL\n\nLa contribution rapportera 2 milliards d'euros. \
               C'est peu au regard d'un déficit de 150 milliards.",
        sentence: "C'est peu",
        has: &[Cue::Argument, Cue::OpinionRegister],
        not: &[],
    },
    Row {
        name: "Ce serait opening a sentence of an opinion piece sums up a judgment",
        text: "ÉDITORIAL\n\nLe Parlement peut corriger le texte. Ce serait la meilleure réponse aux livreurs.",
        sentence: "Ce serait",
        has: &[Cue::Argument, Cue::OpinionRegister],
        not: &[],
    },
    Row {
        name: "a figure without an opening of argument stays the piece's scaffolding",
        text: "ÉDITORIAL\n\nLa contribution rapportera 2 milliards d'euros. \
               Le barème n'a pas été revu depuis 2023.",
        sentence: "Le barème",
        has: &[],
        not: &[Cue::Argument],
    },
    Row {
        name: "donc in the writer's story is the next step, not a conclusion",
        text: "Chronique\n\nLe train avait trois heures de retard. J'ai donc réservé une couchette. \
               Je me suis donc renseignée sur l'abonnement.",
        sentence: "J'ai donc",
        has: &[],
        not: &[Cue::Lexicon, Cue::FirstPerson],
    },
    Row {
        name: "donc in the writer's reflexive story is the next step, not a conclusion",
        text: "Chronique\n\nLe train avait trois heures de retard. Je me suis donc renseignée sur l'abonnement.",
        sentence: "Je me suis",
        has: &[],
        not: &[Cue::Lexicon, Cue::FirstPerson],
    },
    Row {
        name: "donc drawing the author's conclusion still counts",
        text: "Le gouvernement savait donc depuis des mois que le barrage était fragile.",
        sentence: "Le gouvernement",
        has: &[Cue::Lexicon],
        not: &[],
    },
    Row {
        name: "a photo caption with its credit is no subheading of an opinion piece",
        text: "TRIBUNE\n\nHélène Darbois et Yanis Kettani dans le film. © Films du Large\n\n\
               Ce film est un naufrage. La mise en scène est une mascarade.",
        sentence: "Hélène Darbois",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "a credit line is no subheading of an opinion piece",
        text: "TRIBUNE\n\nCe film est un naufrage.\n\n© Films du Large\n\n\
               La mise en scène est une mascarade.",
        sentence: "© Films",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "a critic's stars on a line of their own are the review's verdict",
        text: "« La Dernière Marée », d'Agnès Vérac\n\n★★☆☆☆\n\nLe film dure deux heures.",
        sentence: "★★",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "a mark out of five is the review's verdict",
        text: "Le Fil, de Lucie Marandon\n\nNote : 3,5/5\n\nL'album compte 224 pages.",
        sentence: "Note",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "a fraction inside a sentence is no rating",
        text: "Le taux a été relevé à 3/5 des places disponibles dans la zone.",
        sentence: "Le taux",
        has: &[],
        not: &[Cue::VerdictForm],
    },
    Row {
        name: "a step still to come is not an obligation of argument",
        text: "ÉDITORIAL\n\nLe gouvernement prévoit un prêt bonifié, que la Commission européenne doit encore valider.",
        sentence: "Le gouvernement",
        has: &[],
        not: &[Cue::Argument],
    },
    Row {
        name: "a surname that is also a loaded word is a name after a first name",
        text: "Margot Sauvageon est chroniqueuse judiciaire. Le billet de Margot Sauvageon paraît le lundi.",
        sentence: "Margot Sauvageon est",
        has: &[],
        not: &[Cue::Lexicon],
    },
    Row {
        name: "a surname that is also a loaded word is a name inside the sentence too",
        text: "Le billet de Margot Sauvageon paraît le lundi.",
        sentence: "Le billet",
        has: &[],
        not: &[Cue::Lexicon],
    },
    Row {
        name: "a surname that is also a loaded word is a name after a civility",
        text: "Selon l'avocat de M. Sauvageon, l'audience est renvoyée.",
        sentence: "Selon",
        has: &[],
        not: &[Cue::Lexicon],
    },
    Row {
        name: "a capitalised word after a capitalised determiner is no surname",
        text: "Les Sauvageons de la République\n\nLe quartier a brûlé toute la nuit.",
        sentence: "Les Sauvageons",
        has: &[Cue::Lexicon],
        not: &[],
    },
    Row {
        name: "the loaded word itself still counts",
        text: "Quelques sauvageons ont brûlé trois voitures.",
        sentence: "Quelques",
        has: &[Cue::Lexicon],
        not: &[],
    },
    Row {
        name: "a denial in an opinion piece is the author's argument",
        text: "TRIBUNE\n\nPar Jean Dupont\n\nLes services académiques ferment des classes. \
               La ruralité ne demande pas de faveur.",
        sentence: "La ruralité",
        has: &[Cue::Argument, Cue::OpinionRegister],
        not: &[],
    },
    Row {
        name: "an obligation in an opinion piece is the author's argument",
        text: "ÉDITORIAL\n\nLa maternité fermera ses portes. \
               Elle doit évoluer avec des engagements écrits et tenus.",
        sentence: "Elle doit",
        has: &[Cue::Argument, Cue::OpinionRegister],
        not: &[],
    },
    Row {
        name: "the generic on in an opinion piece is the author's argument",
        text: "Chronique | Les lundis de Paul Verdier\n\nLe village a voté pour la troisième fois. \
               À Paris, on appelle cela un sursaut civique.",
        sentence: "À Paris",
        has: &[Cue::Argument, Cue::OpinionRegister],
        not: &[],
    },
    Row {
        name: "a sentence opening on Mais in an opinion piece sets one thing against another",
        text: "ÉDITORIAL\n\nLa holding réunira les quatre sociétés en 2028. \
               Mais la réforme arrive dans le mauvais ordre.",
        sentence: "Mais la réforme",
        has: &[Cue::Argument, Cue::OpinionRegister],
        not: &[],
    },
    Row {
        name: "Pendant que opposing two facts in an opinion piece is the author's argument",
        text: "TRIBUNE\n\nLes douanes perdent des agents chaque année. \
               Pendant que les trafiquants achètent des dockers, l'État supprime des postes.",
        sentence: "Pendant que",
        has: &[Cue::Argument, Cue::OpinionRegister],
        not: &[],
    },
    Row {
        name: "a correction after a comma in an opinion piece is the author's argument",
        text: "ÉDITORIAL\n\nLa loi compte les fréquences et les parts d'audience, pas l'influence réelle d'un actionnaire.",
        sentence: "La loi",
        has: &[Cue::Argument, Cue::OpinionRegister],
        not: &[],
    },
    Row {
        name: "C'est opening a sentence of an opinion piece sums up a judgment",
        text: "ÉDITORIAL\n\nLa contribution rapportera 2 milliards d'euros. C'est peu au regard du déficit.",
        sentence: "C'est peu",
        has: &[Cue::Argument, Cue::OpinionRegister],
        not: &[],
    },
    Row {
        name: "Car opening a sentence of an opinion piece gives the author's reason",
        text: "ÉDITORIAL\n\nLe campement a été rasé en une matinée. Car c'est de cela qu'il s'agit.",
        sentence: "Car c'est",
        has: &[Cue::OpeningConnective],
        not: &[],
    },
    Row {
        name: "Autant and an infinitive opening a sentence of an opinion piece mocks a remedy",
        text: "TRIBUNE\n\nLe texte raccourcit les délais sans donner un agent de plus. Autant vider la mer avec une cuillère.",
        sentence: "Autant vider",
        has: &[Cue::Argument, Cue::OpinionRegister],
        not: &[],
    },
    Row {
        name: "the writer telling what they did is narration, not a first person of judgment",
        text: "Chronique\n\nJ'ai voulu faire un geste pour la planète. J'ai donc réservé une couchette. Je suis monté à bord à 22 heures. J'ai toujours pensé que le train de nuit était une bonne idée. Je crois qu'il le reste.",
        sentence: "J'ai donc réservé",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "a verdict form in a transcript's turn is the speaker's, not the author's",
        text: "Le 7/9, l'invité de 8 h 20\n\nANNE ROUSSEL : Vous fermez la maternité ?\n\nPAUL MERCADIER : Ce n'est pas une fermeture, c'est une transformation.\n\nANNE ROUSSEL : Les élus disent le contraire.\n\nPAUL MERCADIER : Ils se trompent.",
        sentence: "PAUL MERCADIER : Ce n'est",
        has: &[],
        not: &[Cue::VerdictForm],
    },
    Row {
        name: "a call to share that says when is the author's exhortation",
        text: "TRIBUNE\n\nLe rapport a été enterré. Partagez cet article avant qu'il ne disparaisse.",
        sentence: "Partagez cet article avant",
        has: &[Cue::Exhortation],
        not: &[Cue::Argument],
    },
    Row {
        name: "a subscription prompt that exclaims is still a button",
        text: "TRIBUNE\n\nLe rapport a été enterré. Partagez, commentez, abonnez-vous à la lettre du Rempart !",
        sentence: "Partagez, commentez",
        has: &[],
        not: &[Cue::Exclamation, Cue::ReaderAddress, Cue::Exhortation],
    },
    Row {
        name: "the expletive ne after avant que denies nothing",
        text: "TRIBUNE\n\nLe rapport a été enterré. Le ministre a signé avant que la commission ne se réunisse.",
        sentence: "Le ministre a signé",
        has: &[],
        not: &[Cue::Argument],
    },
    Row {
        name: "ne with a second word of negation after avant que still denies",
        text: "TRIBUNE\n\nLe rapport a été enterré. Le ministre signera avant que la commission ne puisse plus siéger.",
        sentence: "Le ministre signera",
        has: &[Cue::Argument],
        not: &[],
    },
    Row {
        name: "the newsroom recalling what it published is no first person of opinion",
        text: "La commune a perdu deux millions d'euros. Comme nous le révélions la semaine dernière, le déficit se creuse.",
        sentence: "Comme nous le révélions",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "the newsroom announcing a follow-up is no first person of opinion",
        text: "La commune a perdu deux millions d'euros. Nous reviendrons sur cette affaire dans notre édition de demain.",
        sentence: "Nous reviendrons",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "a source answering the newsroom is no first person of opinion",
        text: "La commune a perdu deux millions d'euros. Le préfet nous a répondu qu'il attendait le rapport.",
        sentence: "Le préfet nous a répondu",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "the writer's nous that judges is a first person",
        text: "La commune a perdu deux millions d'euros. Nous le disons depuis des mois : cette gestion est une faute.",
        sentence: "Nous le disons",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "a short sentence that tells what the writer did is no punchline",
        text: "Chronique\n\nLa plateforme promettait un rendez-vous en dix minutes. J'ai essayé. Je n'ai rien obtenu, et je crois que personne n'obtient rien.",
        sentence: "J'ai essayé",
        has: &[],
        not: &[Cue::ShortSentence, Cue::FirstPerson],
    },
    Row {
        name: "a short sentence of judgment in the first person is still short",
        text: "Chronique\n\nLa plateforme promettait un rendez-vous en dix minutes. J'ai honte.",
        sentence: "J'ai honte",
        has: &[Cue::ShortSentence],
        not: &[],
    },
    Row {
        name: "narration with a two-letter participle (vu) is narration",
        text: "Chronique\n\nLa salle d'attente était pleine. Mardi, j'ai vu vingt-six patients.",
        sentence: "Mardi, j'ai vu",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "narration with an object pronoun before the auxiliary is narration",
        text: "Chronique\n\nLa salle d'attente était pleine. Le dernier, je l'ai reçu à 21 heures. Je lui ai écrit le lendemain.",
        sentence: "Le dernier",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "a past of thought after an object pronoun still judges",
        text: "Chronique\n\nLa salle d'attente était pleine. Ce plan, je l'ai toujours jugé absurde.",
        sentence: "Ce plan",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "the writer telling what they thought in the past is a first person of judgment",
        text: "Chronique\n\nJ'ai voulu faire un geste pour la planète. J'ai toujours pensé que le train de nuit était une bonne idée.",
        sentence: "J'ai toujours pensé",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "the writer's first person in the present judges",
        text: "Chronique\n\nLe train est arrivé avec trois heures de retard. Je crois que la ligne mérite mieux.",
        sentence: "Je crois",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "Mais and Pendant que in news copy are no argument",
        text: "PARIS (Agence) - Le texte a été adopté mardi. Mais le Sénat doit encore l'examiner. \
               Pendant que les députés votaient, les syndicats manifestaient devant l'Assemblée.",
        sentence: "Pendant que",
        has: &[],
        not: &[Cue::Argument, Cue::OpinionRegister],
    },
    Row {
        name: "an obligation inside a question sets out the question",
        text: "ÉDITORIAL\n\nLe gel des pensions relance un débat ancien : faut-il faire contribuer les retraités à l'effort budgétaire ?",
        sentence: "Le gel",
        // The debate's question is the report's (see ED12_ROWS): no rhetoric either.
        has: &[],
        not: &[Cue::Argument, Cue::RhetoricalQuestion],
    },
    Row {
        name: "a denial with figures in an opinion piece is scaffolding",
        text: "TRIBUNE\n\nLe barème des bourses n'a pas été revu depuis 2023.",
        sentence: "Le barème",
        has: &[],
        not: &[Cue::Argument],
    },
    Row {
        name: "a prediction denied in an opinion piece argues, figures or not",
        text: "TRIBUNE\n\nLes 90 milliards d'euros ne produiront pas un seul avion avant 2028.",
        sentence: "Les 90",
        has: &[Cue::Argument, Cue::OpinionRegister],
        not: &[],
    },
    Row {
        name: "a consequence denied in the future argues, figures or not",
        text: "ÉDITORIAL\n\nUn seuil de 100 % d'occupation ne videra pas les prisons.",
        sentence: "Un seuil",
        has: &[Cue::Argument, Cue::OpinionRegister],
        not: &[],
    },
    Row {
        name: "a future denied through its pronoun argues too",
        text: "TRIBUNE\n\nL'abstention record de 2020 ne se répétera pas.",
        sentence: "L'abstention",
        has: &[Cue::Argument, Cue::OpinionRegister],
        not: &[],
    },
    Row {
        name: "a plan in the future passive with a figure stays scaffolding",
        text: "TRIBUNE\n\nLes économies, 410 millions d'euros par an, ne seront pas rendues à Bercy.",
        sentence: "Les économies",
        has: &[],
        not: &[Cue::Argument],
    },
    Row {
        name: "an imperfect denial with a figure stays scaffolding",
        text: "TRIBUNE\n\nEn 2019, la station n'ouvrait que 41 jours par an.",
        sentence: "En 2019",
        has: &[],
        not: &[Cue::Argument],
    },
    Row {
        name: "a past denial with a figure stays scaffolding",
        text: "TRIBUNE\n\nLa station n'a ouvert que 41 jours l'hiver dernier.",
        sentence: "La station",
        has: &[],
        not: &[Cue::Argument],
    },
    Row {
        name: "Et opening a sentence of an opinion piece adds a point to the argument",
        text: "TRIBUNE\n\nLes loyers montent depuis dix ans. Et les salaires des aides-soignantes suivent la hausse de loin.",
        sentence: "Et les",
        has: &[Cue::Argument, Cue::OpinionRegister],
        not: &[],
    },
    Row {
        name: "Et puis in the writer's story is the next step, not a point",
        text: "Chronique\n\nJ'ai attendu le bus une heure. Et puis la pluie est arrivée.",
        sentence: "Et puis",
        has: &[],
        not: &[Cue::Argument],
    },
    Row {
        name: "Et opening a sentence of a news report is no argument",
        text: "PARIS (Agence) - Le ministre a présenté son plan mardi. Et les syndicats ont quitté la salle.",
        sentence: "Et les",
        has: &[],
        not: &[Cue::Argument, Cue::OpinionRegister],
    },
    Row {
        name: "a denial in news copy is no argument",
        text: "PARIS (Agence) - Le ministre ne s'est pas exprimé mardi. Le texte doit être examiné au Sénat.",
        sentence: "PARIS",
        has: &[],
        not: &[Cue::Argument, Cue::OpinionRegister],
    },
    Row {
        name: "no reply to the newsroom is no argument, even in an opinion piece",
        text: "TRIBUNE\n\nLe ministère n'a pas répondu à nos sollicitations. Contacté, le cabinet n'a pas souhaité commenter.",
        sentence: "Le ministère",
        has: &[],
        not: &[Cue::Argument],
    },
    Row {
        name: "the on of an inversion is not the generic on",
        text: "TRIBUNE\n\nLa réforme sera votée en décembre, a-t-on appris.",
        sentence: "La réforme",
        has: &[],
        not: &[Cue::Argument],
    },
    Row {
        name: "a disclaimer of an opinion page is page furniture",
        text: "TRIBUNE\n\nLa ruralité ne demande pas de faveur.\n\nLes opinions exprimées dans cette rubrique n'engagent que leurs auteurs.",
        sentence: "Les opinions",
        has: &[],
        not: &[Cue::Argument, Cue::OpinionRegister],
    },
    Row {
        name: "rhetorical questions are evidence of the opinion register",
        text: "Qui osera le dire ? Qui paiera la facture ? Le ministre a annoncé une hausse de la taxe. \
               La hausse, elle, touche les ménages modestes.",
        sentence: "La hausse, elle",
        has: &[Cue::ContrastivePronoun, Cue::OpinionRegister],
        not: &[],
    },
    Row {
        name: "a question an explainer asks is no evidence of the opinion register",
        text: "Que contient le texte ?\n\nQui est concerné ?\n\nLe ministre a annoncé une hausse de la taxe. \
               La hausse, elle, touche les ménages modestes.",
        sentence: "La hausse, elle",
        has: &[Cue::ContrastivePronoun],
        not: &[Cue::OpinionRegister],
    },
    Row {
        name: "an author who speaks in the first person writes in the opinion register",
        text: "Nos paysans souffrent en silence depuis des années. Nous le voyons chaque jour dans nos campagnes. \
               Le gouvernement avait promis de voter contre l'accord. Il s'est contenté d'une abstention. \
               Notre colère ne retombera pas.",
        sentence: "Il s'est contenté",
        has: &[Cue::OpinionRegister],
        not: &[],
    },
    Row {
        name: "a newsroom's first person does not make the opinion register",
        text: "Le gouvernement avait promis de voter contre l'accord. Il s'est contenté d'une abstention. \
               Selon nos informations, le vote a été serré. Contacté par nos soins, le ministère n'a pas répondu à nos sollicitations.",
        sentence: "Il s'est contenté",
        has: &[],
        not: &[Cue::OpinionRegister],
    },
    Row {
        name: "a subscription prompt anywhere in a short sentence is page furniture",
        text: "La grève a été reconduite.\n\nPour recevoir nos articles, abonnez-vous à notre lettre d'info.",
        sentence: "Pour recevoir",
        has: &[],
        not: &[Cue::FirstPerson, Cue::ReaderAddress],
    },
    Row {
        name: "a call to join the outlet on a network is page furniture",
        text: "TRIBUNE\n\nLe gouvernement a encore cédé. Ce renoncement est une faute.\n\n👉 Rejoignez Le Bastion sur Telegram pour ne rien manquer",
        sentence: "👉 Rejoignez",
        has: &[],
        not: &[Cue::Exhortation, Cue::OpinionRegister, Cue::Argument],
    },
    Row {
        name: "a byline of the newsroom is page furniture",
        text: "TRIBUNE\n\nPublié par la rédaction de Multipolis le 27/11/2026\n\nLe gouvernement a encore cédé. Ce renoncement est une faute.",
        sentence: "Publié par",
        has: &[],
        not: &[Cue::RegisterSubheading, Cue::OpinionRegister],
    },
    Row {
        name: "the page's prompt for feedback is page furniture",
        text: "La grève a été reconduite.\n\nCet article vous a été utile ?",
        sentence: "Cet article",
        has: &[],
        not: &[Cue::RhetoricalQuestion, Cue::ReaderAddress],
    },
    Row {
        name: "a petition button is page furniture",
        text: "La grève a été reconduite.\n\n👉 Signez notre pétition",
        sentence: "👉 Signez",
        has: &[],
        not: &[Cue::FirstPerson, Cue::Exhortation],
    },
    Row {
        name: "a plain sharing button is page furniture",
        text: "La grève a été reconduite.\n\nPartagez cet article :\n\nSoutenez une information indépendante en vous abonnant.",
        sentence: "Partagez cet article",
        has: &[],
        not: &[Cue::Exhortation, Cue::ReaderAddress],
    },
    Row {
        name: "a call to support that exclaims is the author's",
        text: "La grève a été reconduite.\n\nSoutenez l'information libre : partagez cet article !",
        sentence: "Soutenez l'information",
        has: &[Cue::Exclamation],
        not: &[],
    },
    Row {
        name: "a call to share that says why is the author's",
        text: "La grève a été reconduite.\n\nPartagez cet article autour de vous, ILS comptent sur votre silence.",
        sentence: "Partagez cet article autour",
        has: &[Cue::ReaderAddress],
        not: &[],
    },
    Row {
        name: "a contrast set off by a stressed pronoun is the author's device",
        text: "L'Occident, lui, est venu avec ses conditions.",
        sentence: "L'Occident",
        has: &[Cue::ContrastivePronoun],
        not: &[],
    },
    Row {
        name: "a stressed pronoun after a preposition is no contrast",
        text: "Selon lui, la réforme entrera en vigueur en mars. Quant à elle, la ministre se tait.",
        sentence: "Selon lui",
        has: &[],
        not: &[Cue::ContrastivePronoun],
    },
    Row {
        name: "a sentence that opens on Mais and denies rebuts what came before",
        text: "La réforme a ses mérites. Mais une classe n'est pas une ligne de tableur.",
        sentence: "Mais une classe",
        has: &[Cue::Rebuttal],
        not: &[],
    },
    Row {
        name: "Mais without a denial is no rebuttal",
        text: "La réforme a ses mérites. Mais le calendrier reste serré.",
        sentence: "Mais le calendrier",
        has: &[],
        not: &[Cue::Rebuttal],
    },
    Row {
        name: "a jussive subjunctive exhorts a third party",
        text: "Le barème n'a pas changé depuis 2023. Qu'il commence par revoir le barème des bourses.",
        sentence: "Qu'il commence",
        has: &[Cue::Exhortation],
        not: &[],
    },
    Row {
        name: "a jussive subjunctive with a noun for subject exhorts",
        text: "Les radars sauvent des vies. Que le gouvernement tienne bon sur les radars, et qu'il le fasse en jouant cartes sur table.",
        sentence: "Que le gouvernement",
        has: &[Cue::Exhortation],
        not: &[],
    },
    Row {
        name: "a clause in the subjunctive as the subject of a main clause does not exhort",
        text: "Qu'un attaché de défense collecte des informations, c'est son métier.",
        sentence: "Qu'un attaché",
        has: &[],
        not: &[Cue::Exhortation],
    },
    Row {
        name: "a clause with a verb in the indicative does not exhort",
        text: "Le gouvernement a expliqué que le chantier prendrait du retard. Que le budget était bouclé depuis l'été.",
        sentence: "Que le budget",
        has: &[],
        not: &[Cue::Exhortation],
    },
    Row {
        name: "a question opening on Que does not exhort",
        text: "Que contient le texte ?",
        sentence: "Que contient",
        has: &[],
        not: &[Cue::Exhortation],
    },
    Row {
        name: "a comma right after Que ends the first clause before its subject (no panic)",
        text: "Que, le gouvernement tienne bon.",
        sentence: "Que,",
        has: &[],
        not: &[Cue::Exhortation],
    },
    Row {
        name: "a concessive subjunctive does not exhort",
        text: "Qu'il s'agisse des loyers ou des charges, la hausse touche tous les ménages.",
        sentence: "Qu'il s'agisse",
        has: &[],
        not: &[Cue::Exhortation],
    },
    Row {
        name: "words inside the title of a work are nobody's judgment",
        text: "Le conseil a voté le budget.\n\nIl a publié « Le diktat de Bruxelles et la honte des élites » chez un petit éditeur lyonnais en 2024.\n\nElle est journaliste et autrice de “L'Année où j'ai tout débranché”, paru chez le même éditeur en 2024.",
        sentence: "Il a publié",
        has: &[],
        not: &[Cue::Lexicon, Cue::ScareQuote],
    },
    Row {
        name: "a first person inside a title is not the author's",
        text: "Le conseil a voté le budget.\n\nElle est journaliste et autrice de “L'Année où j'ai tout débranché”, paru chez le même éditeur en 2024.",
        sentence: "Elle est journaliste",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "a subheading of an opinion piece carries its verdict",
        text: "TRIBUNE\n\nPar Jean Dupont\n\nLe texte a été adopté mardi par l'Assemblée.\n\nUn gouvernement qui a renoncé\n\nLe ministre avait promis de tenir bon sur les délais.",
        sentence: "Un gouvernement",
        has: &[Cue::RegisterSubheading],
        not: &[],
    },
    Row {
        name: "the label and the byline of an opinion piece are not verdicts",
        text: "TRIBUNE\n\nPar Jean Dupont\n\nLe texte a été adopté mardi par l'Assemblée.\n\nUn gouvernement qui a renoncé\n\nLe ministre avait promis de tenir bon sur les délais.",
        sentence: "Par Jean",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "a rubric with an emoji or a genre word is not a verdict",
        text: "⚡ COUP DE GUEULE\n\nHorizon multipolaire - Analyse\n\nLe gouvernement ment encore aux Français, c'est une honte absolue !\n\nLes élites méprisent le peuple, une fois de plus !",
        sentence: "⚡ COUP",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "a page rubric naming an analysis is not a verdict",
        text: "⚡ COUP DE GUEULE\n\nHorizon multipolaire - Analyse\n\nLe gouvernement ment encore aux Français, c'est une honte absolue !\n\nLes élites méprisent le peuple, une fois de plus !",
        sentence: "Horizon multipolaire",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "a cross-reference in an opinion piece carries the outlet's verdict",
        text: "TRIBUNE\n\nPar Jean Dupont\n\nLe texte a été adopté mardi par l'Assemblée.\n\nLire aussi : Moldavie, le laboratoire de la censure bruxelloise\n\nLe ministre avait promis de tenir bon sur les délais.",
        sentence: "Lire aussi",
        has: &[Cue::RegisterSubheading],
        not: &[],
    },
    Row {
        name: "a cross-reference in news is page furniture",
        text: "GENÈVE, 12 nov (Agence) - Les délégations se sont retrouvées lundi.\n\nLire aussi : Zaporijjia, les inspecteurs de l'AIEA attendus sur place\n\nLes discussions porteront sur les prisonniers.",
        sentence: "Lire aussi",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "a subheading of wire copy is not a verdict",
        text: "GENÈVE, 12 nov (Agence) - Les délégations se sont retrouvées lundi.\n\nLes négociations reprennent à Genève\n\nLes discussions porteront sur les prisonniers.",
        sentence: "Les négociations reprennent",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "the author's short biography is not a punchline",
        text: "Le conseil municipal a été dissous.\n\nPaul Verdier est journaliste.",
        sentence: "Paul Verdier",
        has: &[],
        not: &[Cue::ShortSentence],
    },
    Row {
        name: "a call to sign that states its cause is the author's exhortation",
        text: "Le tarif a augmenté.\n\nSignez notre pétition pour la sortie du marché européen et le retour à un tarif fixé par la France !",
        sentence: "Signez notre",
        has: &[Cue::Exhortation],
        not: &[],
    },
    Row {
        name: "a maxim on a bare infinitive is a verdict",
        text: "Le gouvernement publie enfin ses chiffres. Compter, c'est déjà commencer à gouverner.",
        sentence: "Compter",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "a correction, not this but that, is a verdict",
        text: "La France perd une ferme toutes les deux heures. Ce n'est pas un accident, c'est un choix.",
        sentence: "Ce n'est pas",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "an outlet's byline with a date is not a verdict",
        text: "TRIBUNE\n\nRédaction Axe Libre - 25/11/2026\n\nBruxelles veut encore 150 milliards pour ses marchands de canons ! Les peuples paieront, comme toujours ! Qui a voté pour cette folie ? Personne !",
        sentence: "Rédaction",
        has: &[],
        not: &[Cue::RegisterSubheading, Cue::ShortSentence],
    },
    Row {
        name: "a post's byline with a date is not a verdict",
        text: "Posté par Gaby_1987 le 25 novembre 2026\n\nLe club coule et la direction regarde ailleurs, c'est une honte !\n\nLe coach ne sait plus quoi faire, une fois de plus !",
        sentence: "Posté par",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "a rubric signed after a comma is not a verdict",
        text: "CHRONIQUE\n\nLe coin du vestiaire, par Nicolas Santoni\n\nLe coach parle bien et perd souvent. Cinq défaites de suite, quelle misère !",
        sentence: "Le coin du vestiaire",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "a place and a date alone on their line are no verdict",
        text: "COMMUNIQUÉ DE PRESSE\n\nMontbrézin, le 9 novembre 2026\n\nLa fermeture de la trésorerie est une honte ! Le gouvernement méprise les campagnes !",
        sentence: "Montbrézin, le 9",
        has: &[],
        not: &[Cue::RegisterSubheading, Cue::ShortSentence],
    },
    Row {
        name: "the label of a press release is no verdict",
        text: "COMMUNIQUÉ DE PRESSE\n\nMontbrézin, le 9 novembre 2026\n\nLa fermeture de la trésorerie est une honte ! Le gouvernement méprise les campagnes !",
        sentence: "COMMUNIQUÉ",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "the newsroom publishing a text as it came does not judge",
        text: "Nous publions ci-dessous, sans modification, le communiqué de la fédération.",
        sentence: "Nous publions",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "the name of an electoral list in guillemets is no scare quote",
        text: "Sa liste, « Vérancourt en commun », réunit socialistes et communistes.",
        sentence: "Sa liste",
        has: &[],
        not: &[Cue::ScareQuote],
    },
    Row {
        name: "a capitalised quotation in brackets after a name is no scare quote",
        text: "Au premier tour, Hélène Marquis (« Vérancourt d'abord », divers droite) obtiendrait 33 % des voix.",
        sentence: "Au premier tour",
        has: &[],
        not: &[Cue::ScareQuote],
    },
    Row {
        name: "a word of a source woven into the author's sentence is a scare quote",
        text: "Le gouvernement vante une « réforme historique » qui ne change rien.",
        sentence: "Le gouvernement",
        has: &[Cue::ScareQuote],
        not: &[],
    },
    Row {
        name: "a signature with a standing and a town is no verdict",
        text: "TRIBUNE\n\nLa mer ne tue pas seule, c'est une honte !\n\nMohamed Ali Trabelsi, enseignant retraité, Sfax",
        sentence: "Mohamed Ali",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "a standard section heading is no verdict",
        text: "TRIBUNE\n\nLa fusion est une trahison, c'est une honte !\n\nRappel des faits\n\nLe groupe a annoncé la fusion en mars.",
        sentence: "Rappel des faits",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "a leaflet's printer line is no verdict",
        text: "TRIBUNE\n\nLa fermeture de l'hôpital est une honte !\n\nImprimé par nos soins, ne pas jeter sur la voie publique",
        sentence: "Imprimé par",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "a newsletter's line to its readers is furniture",
        text: "ÉDITO\n\nBruxelles ment encore, c'est une honte !\n\nVous recevez cette lettre parce que vous vous êtes inscrit sur notre site.",
        sentence: "Vous recevez",
        has: &[],
        not: &[Cue::ReaderAddress],
    },
    Row {
        name: "the newsroom's unanswered questions are news, not the author's first person",
        text: "Contacté, le laboratoire n'a pas répondu à nos questions.",
        sentence: "Contacté",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "a sentence opening on Par ailleurs is no byline",
        text: "Le maire a parlé. Par ailleurs, la ville recrute des vigiles !",
        sentence: "Par ailleurs",
        has: &[Cue::Exclamation],
        not: &[],
    },
    Row {
        name: "the columnist's note is not a punchline",
        text: "J'ai testé la téléconsultation. Le médecin était à Lisbonne !\n\nElle tient ce billet chaque jeudi.",
        sentence: "Elle tient",
        has: &[],
        not: &[Cue::ShortSentence],
    },
    Row {
        name: "a ruling on an argument is a verdict",
        text: "Les élus invoquent l'emploi. Cet argument se tient. L'argument de l'emploi est le plus solide. Le choix du prêt public est donc le bon. L'objection technique n'est pas négligeable.",
        sentence: "Cet argument",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "a ruling on an argument with its complement",
        text: "L'argument de l'emploi est le plus solide.",
        sentence: "L'argument",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "a ruling on a choice",
        text: "Le choix du prêt public est donc le bon.",
        sentence: "Le choix",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "a denied ruling on an objection",
        text: "L'objection technique n'est pas négligeable.",
        sentence: "L'objection",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "an argument described, not ruled on",
        text: "Le premier argument des élus est social.",
        sentence: "Le premier",
        has: &[],
        not: &[Cue::VerdictForm],
    },
    Row {
        name: "an argument summed up, not ruled on",
        text: "L'argument des partisans de la réforme tient en une phrase : la France produit trop.",
        sentence: "L'argument",
        has: &[],
        not: &[Cue::VerdictForm],
    },
    Row {
        name: "a toll is not a ruling",
        text: "Le bilan est lourd : douze morts et quarante blessés.",
        sentence: "Le bilan",
        has: &[],
        not: &[Cue::VerdictForm],
    },
    Row {
        name: "a correction across a semicolon",
        text: "Une peine qui fabrique des récidivistes n'est pas une peine sévère ; c'est une peine ratée.",
        sentence: "Une peine",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "an infinitive defined by another is the author's maxim",
        text: "Fermer une maternité sans garantir un trajet court, c'est déplacer le risque sur la route.",
        sentence: "Fermer",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "a maxim inside a quotation is the source's",
        text: "« Fermer une maternité, c'est déplacer le risque », a estimé la députée.",
        sentence: "« Fermer",
        has: &[],
        not: &[Cue::VerdictForm],
    },
    Row {
        name: "a negation without a correction, and a fronted adverb, are narration",
        text: "Le texte n'est pas encore voté, mais la majorité se dit confiante. Hier, c'est le Sénat qui a tranché. Entre Lyon et Grenoble, c'est la ligne la plus chargée.",
        sentence: "Le texte",
        has: &[],
        not: &[Cue::VerdictForm],
    },
    Row {
        name: "a fronted time adverb before c'est is not a maxim",
        text: "Le vote a eu lieu mardi. Hier, c'est le Sénat qui a tranché.",
        sentence: "Hier",
        has: &[],
        not: &[Cue::VerdictForm],
    },
    Row {
        name: "a question in the author's voice",
        text: "Le budget a été voté. Qui paiera la facture de ce désastre annoncé ?",
        sentence: "Qui paiera",
        has: &[Cue::RhetoricalQuestion],
        not: &[],
    },
    Row {
        name: "a question inside a quotation is the source's",
        text: "« Qui paiera la facture ? » a demandé le maire.",
        sentence: "« Qui paiera",
        has: &[],
        not: &[Cue::RhetoricalQuestion],
    },
    Row {
        name: "the reader's question of an explainer is not the author's first person",
        text: "Le tarif augmente de 6 % en mai.\n\nQue puis-je faire pour limiter ma facture ?\n\n\
               Comparer les offres des fournisseurs.",
        sentence: "Que puis-je",
        // ed6: answered by the next paragraph, it is no rhetorical question either.
        has: &[],
        not: &[Cue::FirstPerson, Cue::RhetoricalQuestion],
    },
    Row {
        name: "the reader's question of an explainer whose layout was lost is not the author's first person",
        text: "ON VOUS EXPLIQUE\n\nLe tarif augmente de 6 % en mai. \
               Que puis-je faire pour limiter ma facture ? Comparer les offres des fournisseurs.",
        sentence: "Que puis-je",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "the author's first person in a paragraph of prose",
        text: "Je ne crois pas une seconde à ce plan de relance, qui arrive bien tard.",
        sentence: "Je ne crois",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "the newsroom's nous is not the author's opinion",
        text: "« Nous tiendrons », nous a-t-il déclaré devant l'usine.",
        sentence: "« Nous tiendrons",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "an exclamation in the author's voice",
        text: "Et le gouvernement ose parler de réussite !",
        sentence: "Et le gouvernement",
        has: &[Cue::Exclamation],
        not: &[],
    },
    Row {
        name: "an exhortation opening the sentence",
        text: "Rappelons que la promesse de campagne était exactement l'inverse.",
        sentence: "Rappelons",
        has: &[Cue::Exhortation],
        not: &[],
    },
    Row {
        name: "a connective opening the sentence",
        text: "Le déficit a doublé. Donc le gouvernement a menti sur les comptes.",
        sentence: "Donc",
        has: &[Cue::OpeningConnective],
        not: &[],
    },
    Row {
        name: "an author tail after reported speech",
        text: "Le ministre a assuré que la ville était sûre, sans donner de précisions.",
        sentence: "Le ministre",
        has: &[Cue::AuthorTail],
        not: &[],
    },
    Row {
        name: "an author tail after a quotation that ends the reported clause",
        text: "Le ministre a assuré que les soldats avaient « toujours agi dans le respect de la \
               loi », sans jamais expliquer leur présence si loin de la capitale.",
        sentence: "Le ministre",
        has: &[Cue::AuthorTail],
        not: &[],
    },
    Row {
        name: "an author tail after a quotation and its attribution",
        text: "« Nous avons toujours respecté la loi », a assuré le porte-parole, sans donner \
               de précisions.",
        sentence: "« Nous avons",
        has: &[Cue::AuthorTail],
        not: &[],
    },
    Row {
        name: "a short sentence in the author's voice",
        text: "Le ministre promet une baisse des impôts. Il se trompe.",
        sentence: "Il se trompe",
        has: &[Cue::ShortSentence],
        not: &[],
    },
    Row {
        name: "a short fragment that states a figure is not a verdict",
        text: "La pétition circule depuis lundi. Déjà 48 312 signataires.",
        sentence: "Déjà",
        has: &[],
        not: &[Cue::ShortSentence],
    },
    Row {
        name: "the items of a list an editorial sentence introduces",
        text: "La direction sacrifie 200 emplois pour gaver ses actionnaires. Nous exigeons :\n\n\
               - l'interdiction des licenciements boursiers ;\n\
               - le remboursement des aides publiques.",
        sentence: "- le remboursement",
        has: &[Cue::EditorialList],
        not: &[],
    },
    Row {
        name: "the items of a list a neutral sentence introduces",
        text: "Le projet de loi a été adopté mardi. Le texte prévoit notamment :\n\n\
               - la création de 300 postes de juges ;\n\
               - un fonds de 50 millions d'euros pour les greffes.",
        sentence: "- la création",
        has: &[],
        not: &[Cue::EditorialList],
    },
    Row {
        name: "the newsroom's possessive in a press formula is not the author's opinion",
        text: "Le maire n'a pas répondu à nos sollicitations.",
        sentence: "Le maire",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "the signatories of a tribune making their demand",
        text: "Nous, médecins et infirmiers des hôpitaux de Lyon, demandons un moratoire.",
        sentence: "Nous, médecins",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "the signatories of a tribune saying what they do",
        text: "Nous sommes enseignants, infirmiers, médecins de ville.",
        sentence: "Nous sommes",
        has: &[],
        not: &[Cue::FirstPerson, Cue::ShortSentence],
    },
    Row {
        name: "a role then a verdict in the first person",
        text: "Je suis médecin et je refuse de trier les patients selon leurs papiers.",
        sentence: "Je suis",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "a columnist's birth is not a verdict",
        text: "Je suis né à Montluçon en 1968, dans une famille de cheminots.",
        sentence: "Je suis né",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "the author's stance in the first person",
        text: "Nous sommes las, fatigués, en colère contre ce gouvernement.",
        sentence: "Nous sommes las",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "the explainer's announcement is furniture",
        text: "Les tarifs de l'électricité augmentent en février. Voici ce qu'il faut savoir.",
        sentence: "Voici ce qu'il faut",
        has: &[],
        not: &[Cue::ShortSentence],
    },
    Row {
        name: "web page furniture carries no structural cue",
        text: "Le conseil a voté le budget.\n\nLire aussi : Qui veut encore de la réforme ?\n\n\
               Les travaux commenceront en mai.",
        sentence: "Lire aussi",
        has: &[],
        not: &[Cue::RhetoricalQuestion, Cue::ShortSentence],
    },
    Row {
        name: "scare quotes woven into the author's syntax",
        text: "Les « experts » du ministère ont encore rendu une copie sans surprise.",
        sentence: "Les « experts »",
        has: &[Cue::ScareQuote],
        not: &[],
    },
    Row {
        name: "the title of a work in quotation marks is not scare quotes",
        text: "Son dernier livre, intitulé « Les Trois Frontières », paraît en mai.",
        sentence: "Son dernier livre",
        has: &[],
        not: &[Cue::ScareQuote],
    },
    Row {
        name: "a cross-reference whose headline states a figure is a news headline",
        text: "TRIBUNE\n\nCe passage en force est une faute politique.\n\n\
               À lire aussi : Immigration : un record de titres de séjour délivrés en 2024\n\n\
               Le gouvernement veut imposer cette réforme sans débat.",
        sentence: "À lire aussi",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "a cross-reference whose headline counts in words is a news headline",
        text: "TRIBUNE\n\nCe passage en force est une faute politique.\n\n\
               Lire aussi : Hongrie, trois ans de bras de fer avec la Commission\n\n\
               Le gouvernement veut imposer cette réforme sans débat.",
        sentence: "Lire aussi",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "a subheading of an opinion piece that states a figure may still judge",
        text: "TRIBUNE\n\nCe passage en force est une faute politique.\n\n\
               Quarante migrants imposés à un village de 300 habitants\n\n\
               Le gouvernement veut imposer cette réforme sans débat.",
        sentence: "Quarante migrants",
        has: &[Cue::RegisterSubheading],
        not: &[],
    },
    Row {
        name: "the newsroom's signature with a date is a byline",
        text: "TRIBUNE\n\nCe passage en force est une faute politique.\n\n\
               La rédaction — 4 mars 2026\n\n\
               Le gouvernement veut imposer cette réforme sans débat.",
        sentence: "La rédaction",
        has: &[],
        not: &[Cue::RegisterSubheading, Cue::ShortSentence],
    },
    Row {
        name: "the newsroom's signature alone is a byline",
        text: "TRIBUNE\n\nCe passage en force est une faute politique.\n\n\
               La rédaction\n\n\
               Le gouvernement veut imposer cette réforme sans débat.",
        sentence: "La rédaction",
        has: &[],
        not: &[Cue::RegisterSubheading, Cue::ShortSentence],
    },
    Row {
        name: "the drafting of a text is no byline",
        text: "TRIBUNE\n\nCe passage en force est une faute politique.\n\n\
               La rédaction du texte, un naufrage\n\n\
               Le gouvernement veut imposer cette réforme sans débat.",
        sentence: "La rédaction du texte",
        has: &[Cue::RegisterSubheading],
        not: &[],
    },
    Row {
        name: "the title of a show woven into a sentence is no scare quote",
        text: "Nous étions au théâtre pour la dernière de « Cyrano de Bergerac » avant les travaux.",
        sentence: "Nous étions",
        has: &[],
        not: &[Cue::ScareQuote],
    },
    Row {
        name: "the slogan of a banner is no scare quote",
        text: "Les grévistes avaient tendu devant l'usine une banderole « Pas touche à nos emplois ».",
        sentence: "Les grévistes",
        has: &[],
        not: &[Cue::ScareQuote],
    },
    Row {
        name: "the name of a committee is no scare quote",
        text: "Le collectif « Sauvons la gare » a réuni deux cents personnes samedi.",
        sentence: "Le collectif",
        has: &[],
        not: &[Cue::ScareQuote],
    },
    Row {
        name: "a lower-case word held at a distance beside a name is still a scare quote",
        text: "Le collectif « Sauvons la gare » dénonce les « experts » de la SNCF.",
        sentence: "Le collectif",
        has: &[Cue::ScareQuote],
        not: &[],
    },
];

/// The sentence of `a` that starts with `start`, or a failure of the row `name` saying so.
fn sentence_of<'a>(
    a: &'a cadrage::ArticleAnalysis,
    name: &str,
    start: &str,
    failures: &mut Vec<String>,
) -> Option<&'a cadrage::analysis::SentenceOut> {
    let found = a.sentences.iter().find(|s| s.text.starts_with(start));
    if found.is_none() {
        failures.push(format!("[{name}] no sentence starts with {start}"));
    }
    found
}

/// The failures of a table of rows: a missing sentence, a cue that should fire and does not,
/// one that should not and does.
fn row_failures(rows: &[Row]) -> Vec<String> {
    let mut failures = Vec::new();
    for row in rows {
        let a = analyzer().analyze(&Article::from_text("cues", row.text));
        let Some(s) = sentence_of(&a, row.name, row.sentence, &mut failures) else {
            continue;
        };
        let cues: Vec<Cue> = s.reasons.iter().map(|r| r.cue).collect();
        for c in row.has.iter().filter(|c| !cues.contains(c)) {
            failures.push(format!("[{}] missing {c:?}: {cues:?}", row.name));
        }
        for c in row.not.iter().filter(|c| cues.contains(c)) {
            failures.push(format!("[{}] unexpected {c:?}: {cues:?}", row.name));
        }
    }
    failures
}

#[test]
fn structural_cues() {
    // Every table of rows, in the order they were written (the row names say which).
    let failures: Vec<String> = [
        ROWS, MORE_ROWS, ED7_ROWS, IV3_ROWS, ED8_ROWS, ED10_ROWS, ED12_ROWS, ED11_ROWS, ED15_ROWS,
        ED17_ROWS, CAL2_ROWS,
    ]
    .into_iter()
    .flat_map(row_failures)
    .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The interface of a scraped news page (paywall, reading tools, engagement buttons,
/// navigation, embeds, advertising, correction notes, calls for witnesses, helplines, contact
/// addresses) sits between the paragraphs of a news
/// report: none of its lines carries a structural cue, none is editorial, and all of them
/// together do not put the report in the opinion register.
#[test]
fn page_interface_lines_are_furniture() {
    let lines = [
        "Article réservé aux abonnés",
        "Temps de lecture : 4 minutes",
        "Lecture : 3 min.",
        "Écouter cet article",
        "Vous souhaitez réagir ?",
        "Commentez cet article !",
        "Réagissez à cet article",
        "Les plus lus",
        "Tags : budget, mairie, impôts",
        "Cliquez ici pour en savoir plus !",
        "Voir cette publication sur Instagram",
        "Une publication partagée par Mairie de Valcourt (@mairievalcourt)",
        "Contenu sponsorisé",
        "Publicité",
        "Mise à jour : le vote a été reporté à jeudi.",
        "Rectificatif : une version précédente indiquait 12 millions d'euros.",
        "Vous avez aimé cet article ?",
        "Partagez-le !",
        "Découvrez nos offres d'abonnement !",
        "Envie de lire la suite ?",
        "Déjà abonné ?",
        "Connectez-vous.",
        "Vous n'avez pas encore de compte ?",
        "Créez-en un gratuitement !",
        "Nos journalistes vous répondent",
        "Vous êtes témoin d'un fait d'actualité ?",
        "Contactez-nous à redaction@exemple.fr.",
        "Si vous avez des pensées suicidaires, appelez le 3114, numéro national de prévention du suicide, joignable 24 heures sur 24.",
        "Vous êtes victime ou témoin de violences ?",
        "Composez le 3919.",
        "Vous pouvez nous écrire à l'adresse suivante : courrier@exemple.fr.",
        "Retrouvez tous nos articles sur https://www.exemple.fr/valcourt !",
    ];
    let mut text =
        String::from("Le conseil municipal de Valcourt a voté mardi le budget 2027.\n\n");
    for line in lines {
        text.push_str(line);
        text.push_str("\n\n");
    }
    text.push_str("Le maire a annoncé une hausse de 2 % de la taxe foncière.\n");
    let a = analyzer().analyze(&Article::from_text("page", &text));
    for line in lines {
        let first = line.split_whitespace().next().unwrap();
        let s = a
            .sentences
            .iter()
            .find(|s| line.starts_with(s.text.trim()) || s.text.starts_with(line))
            .unwrap_or_else(|| panic!("no sentence for {line}"));
        assert!(!s.editorial, "{line}: {:?}", s.reasons);
        assert!(
            s.reasons.iter().all(|r| r.cue == Cue::Lexicon),
            "{line} ({first}): {:?}",
            s.reasons
        );
    }
    assert!(
        a.sentences
            .iter()
            .flat_map(|s| &s.reasons)
            .all(|r| r.cue != Cue::OpinionRegister),
        "a news report with page furniture is no opinion piece"
    );
}

/// Words of page interface that are also words of prose open ordinary sentences too: a
/// sentence that opens on them and goes on is not furniture.
#[test]
fn prose_that_opens_on_an_interface_word_is_not_furniture() {
    let text = "ÉDITORIAL\n\nLa ville a vendu son stade. Lecture faite du contrat, on comprend \
                que le club ne paiera rien pendant vingt ans et que la commune supportera \
                seule les travaux de mise aux normes !";
    let a = analyzer().analyze(&Article::from_text("edito", text));
    let s = a
        .sentences
        .iter()
        .find(|s| s.text.starts_with("Lecture faite"))
        .expect("the sentence");
    assert!(
        s.reasons.iter().any(|r| r.cue == Cue::Exclamation),
        "{:?}",
        s.reasons
    );
}

// ---- ed4: weights of lone cues and cue-less verdict classes (section added at the end) ----

/// A row of [`editorial_flags`]: the text, the sentence, and whether it must be flagged.
struct Flag {
    name: &'static str,
    text: &'static str,
    sentence: &'static str,
    editorial: bool,
}

const FLAGS: &[Flag] = &[
    // A tail that notes what the source withheld is the author's judgment of the source
    // (coding guideline: `…, sans donner de raisons précises`): it reaches the threshold alone.
    Flag {
        name: "a tail noting the source did not say which",
        text: "Le ministère affirme que « des mesures ont été prises », sans préciser lesquelles.",
        sentence: "Le ministère",
        editorial: true,
    },
    Flag {
        name: "a tail noting the source said no more",
        text: "La direction assure que le site restera ouvert jusqu'en 2028, sans en dire davantage.",
        sentence: "La direction",
        editorial: true,
    },
    Flag {
        name: "a tail noting the source gave no figure",
        text: "Le patronat estime que la taxe pèsera sur l'investissement, sans en donner \
               d'estimation chiffrée.",
        sentence: "Le patronat",
        editorial: true,
    },
    Flag {
        name: "a tail noting the source committed to no date",
        text: "Le préfet a indiqué que la digue serait renforcée, sans s'engager sur un calendrier.",
        sentence: "Le préfet",
        editorial: true,
    },
    Flag {
        name: "a tail that adds a fact to a report is no judgment",
        text: "Le porte-parole a indiqué que la réunion aurait lieu jeudi, alors que les syndicats \
               appellent à la grève.",
        sentence: "Le porte-parole",
        editorial: false,
    },
    Flag {
        name: "a tail that puts a figure in context is no judgment",
        text: "Selon l'armée, 212 civils ont été tués depuis janvier, un chiffre en hausse de 40 % \
               sur un an.",
        sentence: "Selon l'armée",
        editorial: false,
    },
    Flag {
        name: "a sans of manner inside the report is no withholding",
        text: "Le maire a annoncé qu'il démissionnerait, sans attendre la fin de son mandat.",
        sentence: "Le maire",
        editorial: false,
    },
    // `Car` opening a sentence: the author gives the reason of an argument.
    Flag {
        name: "Car opening an author sentence",
        text: "Le gouvernement promet une baisse des impôts. Car la dette, elle, ne disparaîtra \
               pas d'elle-même.",
        sentence: "Car la dette",
        editorial: true,
    },
    Flag {
        name: "Car opening a sentence that cites its figure",
        text: "Le chauffage reste une priorité. Car 12 millions de personnes ont eu froid chez \
               elles l'hiver dernier, d'après la Fondation Abri.",
        sentence: "Car 12 millions",
        editorial: true,
    },
    Flag {
        name: "Car opening a quoted sentence is the speaker's",
        text: "« Car nous n'avons plus les moyens d'entretenir la ligne », a déclaré le \
               président de la région.",
        sentence: "« Car nous",
        editorial: false,
    },
    Flag {
        name: "car inside a sentence is a plain cause",
        text: "Le train de 7 h 12 a été supprimé car la voie était inondée.",
        sentence: "Le train",
        editorial: false,
    },
    Flag {
        name: "a coach (le car) opening a sentence is no connective",
        text: "Les élèves sont rentrés à pied. Car de ramassage et minibus sont restés au dépôt.",
        sentence: "Car de ramassage",
        editorial: false,
    },
    // Ironic restatement: a word taken from the source is granted, then turned.
    Flag {
        name: "an ironic restatement with elle l'est",
        text: "Le gouvernement se voulait resserré. Resserrée, elle l'est : quatorze ministres \
               au lieu de dix-neuf.",
        sentence: "Resserrée",
        editorial: true,
    },
    Flag {
        name: "an ironic restatement with ils le sont",
        text: "Les élus se disent pressés. Pressés, ils le sont surtout de partir en vacances.",
        sentence: "Pressés",
        editorial: true,
    },
    Flag {
        name: "a past narration with the same order is no restatement",
        text: "Le pêcheur a été hospitalisé. Malade, il l'était depuis 2019, selon ses proches.",
        sentence: "Malade",
        editorial: false,
    },
    // Hearsay the author does not vouch for.
    Flag {
        name: "il paraît que opening an author sentence",
        text: "Il paraît que le ministère planche sur un impôt contre la lassitude fiscale.",
        sentence: "Il paraît",
        editorial: true,
    },
    Flag {
        name: "il paraît que inside a quotation is the speaker's",
        text: "« Il paraît que la ligne va fermer », s'inquiète une usagère.",
        sentence: "« Il paraît",
        editorial: false,
    },
    // ed5: the outlet speaking of itself (support, donations, share bars, error reports, its
    // `À propos`, its service headings, its masthead, a signature closing the page) is page
    // furniture even in an opinion piece; a call to support one side of the story is not.
    Flag {
        name: "ed5: a call to support the press that exclaims is the outlet's button",
        text: "TRIBUNE\n\nLa réforme des retraites est une faute politique majeure.\n\n\
               Soutenez une presse indépendante !",
        sentence: "Soutenez une presse",
        editorial: false,
    },
    Flag {
        name: "ed5: a call to support us is the outlet's button",
        text: "TRIBUNE\n\nLa réforme des retraites est une faute politique majeure.\n\n\
               Soutenez-nous !",
        sentence: "Soutenez-nous",
        editorial: false,
    },
    Flag {
        name: "ed5: a call to help the newsroom is the outlet's button",
        text: "TRIBUNE\n\nLa réforme des retraites est une faute politique majeure.\n\n\
               Aidez notre rédaction à rester libre !",
        sentence: "Aidez notre",
        editorial: false,
    },
    Flag {
        name: "ed5: a donation button is furniture",
        text: "TRIBUNE\n\nLa réforme des retraites est une faute politique majeure.\n\n\
               Faites un don !",
        sentence: "Faites un don",
        editorial: false,
    },
    Flag {
        name: "ed5: what the outlet lives on is furniture",
        text: "TRIBUNE\n\nLa réforme des retraites est une faute politique majeure.\n\n\
               Le Rempart vit uniquement de vos dons.",
        sentence: "Le Rempart vit",
        editorial: false,
    },
    Flag {
        name: "ed5: thanks for the readers' support is furniture",
        text: "TRIBUNE\n\nLa réforme des retraites est une faute politique majeure.\n\n\
               Merci pour votre soutien, grâce à vous le journal existe !",
        sentence: "Merci pour votre",
        editorial: false,
    },
    Flag {
        name: "ed5: a call to report an error is furniture, its loaded word too",
        text: "TRIBUNE\n\nLa réforme des retraites est une faute politique majeure.\n\n\
               Vous avez repéré une affirmation douteuse ?",
        sentence: "Vous avez repéré",
        editorial: false,
    },
    Flag {
        name: "ed5: the outlet's about line is furniture however long",
        text: "TRIBUNE\n\nLa réforme des retraites est une faute politique majeure.\n\n\
               À propos : le Rempart est un collectif indépendant, qui ne reçoit aucune aide \
               publique et ne dépend d'aucun parti.",
        sentence: "À propos",
        editorial: false,
    },
    Flag {
        name: "ed5: share buttons joined by a bar are furniture",
        text: "TRIBUNE\n\nLa réforme des retraites est une faute politique majeure.\n\n\
               Partagez cet article sur Telegram et sur X | Soutenez Le Rempart",
        sentence: "Partagez cet article sur",
        editorial: false,
    },
    Flag {
        name: "ed5: a blog's masthead is no verdict subheading",
        text: "TRIBUNE\n\nPages ouvertes — le carnet de Paul Ferrand\n\n\
               La réforme des retraites est une faute politique majeure.\n\n\
               Le gouvernement a menti aux Français.",
        sentence: "Pages ouvertes",
        editorial: false,
    },
    Flag {
        name: "ed5: a newsletter's line naming the publication is no verdict subheading",
        text: "TRIBUNE\n\nLa réforme des retraites est une faute politique majeure.\n\n\
               Chaque matin, la lettre de L'Estafette : le meilleur de la semaine\n\n\
               Le gouvernement a menti aux Français.",
        sentence: "Chaque matin",
        editorial: false,
    },
    Flag {
        name: "ed5: a name signing the page is no punchline",
        text: "TRIBUNE\n\nLa réforme des retraites est une faute politique majeure.\n\n\
               Le gouvernement a menti aux Français.\n\nMarcel D.",
        sentence: "Marcel D.",
        editorial: false,
    },
    Flag {
        name: "ed5: a name signing the page joined to the last paragraph is no punchline",
        text: "TRIBUNE\n\nLa réforme des retraites est une faute politique majeure.\n\n\
               Le gouvernement a menti aux Français. Abonnez-vous à notre lettre. Anne Ferrand.",
        sentence: "Anne Ferrand",
        editorial: false,
    },
    Flag {
        name: "ed5: the newsroom's service heading is furniture",
        text: "TRIBUNE\n\nLa réforme des retraites est une faute politique majeure.\n\n\
               Nos réponses à vos questions.\n\nLe gouvernement a menti aux Français.",
        sentence: "Nos réponses",
        editorial: false,
    },
    Flag {
        name: "ed5: a call to support one side of the story is the author's",
        text: "TRIBUNE\n\nLa réforme des retraites est une faute politique majeure.\n\n\
               Soutenez la caisse de grève des Valtherm : lien en bas de page.",
        sentence: "Soutenez la caisse",
        editorial: true,
    },
    Flag {
        name: "ed5: a call to support people of the story that exclaims is the author's",
        text: "La préfecture a fait évacuer la ferme mardi.\n\nSoutenez les éleveurs de la vallée !",
        sentence: "Soutenez les",
        editorial: true,
    },
    Flag {
        name: "ed5: a closing punchline of two capitalised words is no signature",
        text: "TRIBUNE\n\nLa réforme des retraites est une faute politique majeure.\n\n\
               Le gouvernement a menti aux Français.\n\nMerci Bruxelles.",
        sentence: "Merci Bruxelles",
        editorial: true,
    },
    Flag {
        name: "ed5: the outlet's support call that goes on to a verdict is the author's",
        text: "La préfecture a fait évacuer la ferme mardi.\n\n\
               Soutenez un média libre : partagez cet article avant qu'il ne soit supprimé !",
        sentence: "Soutenez un média",
        editorial: true,
    },
    // ed5: the manner of saying the author chose (`sans rougir`, `la main sur le cœur`, `avec
    // aplomb`) between the verb of saying and what the source says is the author's verdict on
    // the source; the same words inside what the source says are the source's.
    Flag {
        name: "ed5: sans rougir before a colon and a quotation is the author's",
        text: "TRIBUNE\n\nLa réforme des retraites est une faute politique majeure.\n\n\
               Le rapporteur l'a dit sans rougir dans l'hémicycle : « Il ne s'agit pas de \
               censurer. »",
        sentence: "Le rapporteur",
        editorial: true,
    },
    Flag {
        name: "ed5: la main sur le cœur between commas after the verb is the author's",
        text: "Le gouvernement promet, la main sur le cœur, un « fonds d'urgence » si les dégâts \
               le justifient.",
        sentence: "Le gouvernement promet",
        editorial: true,
    },
    Flag {
        name: "ed5: avec aplomb before que is the author's",
        text: "Le secrétaire du syndicat a expliqué avec aplomb qu'il ne faisait « pas grève \
               contre les voyageurs ».",
        sentence: "Le secrétaire",
        editorial: true,
    },
    Flag {
        name: "ed5: doctement before que is the author's",
        text: "Le consultant explique doctement que la crise est derrière nous.",
        sentence: "Le consultant",
        editorial: true,
    },
    Flag {
        name: "ed5: sans rire before the quoted object is the author's",
        text: "Le dossier de presse évoque sans rire un « Ken Loach breton ».",
        sentence: "Le dossier",
        editorial: true,
    },
    Flag {
        name: "ed5: a manner phrase inside what the source says is the source's",
        text: "Le maire affirme que la ville a été pillée sans vergogne par ses prédécesseurs.",
        sentence: "Le maire",
        editorial: false,
    },
    // ed6: fact-check ratings opening their paragraph; the outlet's calls to its reader.
    Flag {
        name: "ed6: a fact-check's rating alone in its paragraph",
        text: "Le ministre des Transports a affirmé dimanche que les retards des TER avaient diminué de moitié.\n\nTrompeur.\n\nLa part des trains en retard est passée de 11 % à 8 % en deux ans.",
        sentence: "Trompeur",
        editorial: true,
    },
    Flag {
        name: "ed6: a rating with its reservation opens the paragraph",
        text: "Le ministre des Transports a affirmé dimanche que les retards des TER avaient diminué de moitié.\n\nVrai, mais la baisse reste modeste. La part des trains en retard est passée de 11 % à 8 %.",
        sentence: "Vrai, mais",
        editorial: true,
    },
    Flag {
        name: "ed6: a two-word rating",
        text: "Le ministre des Transports a affirmé dimanche que les retards des TER avaient diminué de moitié.\n\nPlutôt faux.\n\nLa part des trains en retard est passée de 11 % à 8 %.",
        sentence: "Plutôt faux",
        editorial: true,
    },
    Flag {
        name: "ed6: a rating alone as a sentence, its paragraph joined to the others",
        text: "Le ministre a affirmé que les retards avaient diminué de moitié. Trompeur. La part des trains en retard est passée de 11 % à 8 % en deux ans.",
        sentence: "Trompeur",
        editorial: true,
    },
    Flag {
        name: "ed6: a concession opening a paragraph is no rating",
        text: "Le club a perdu samedi contre Lombrives.\n\nC'est vrai, en partie.\n\nLe prochain match se jouera samedi.",
        sentence: "C'est vrai",
        editorial: false,
    },
    Flag {
        name: "ed6: a rating word going on as a phrase is no rating",
        text: "Faux départ pour la réforme des retraites, votée mardi à l'Assemblée.",
        sentence: "Faux départ",
        editorial: false,
    },
    Flag {
        name: "ed6: a rating in a quotation is the source's",
        text: "« Trompeur », a répondu le ministre des Transports lundi.",
        sentence: "« Trompeur",
        editorial: false,
    },
    Flag {
        name: "ed6: a rating word inside a paragraph is no rating opening it",
        text: "Le chiffre a été contesté. Vrai succès populaire, le festival a attiré 40 000 spectateurs.",
        sentence: "Vrai succès",
        editorial: false,
    },
    Flag {
        name: "ed6: a question about the reader liking the letter",
        text: "La commission a rendu son avis.\n\nVous aimez cette lettre ?\n\nTransférez-la à un ami.",
        sentence: "Vous aimez",
        editorial: false,
    },
    Flag {
        name: "ed6: a call to forward the letter",
        text: "La commission a rendu son avis.\n\nVous aimez cette lettre ?\n\nTransférez-la à un ami.",
        sentence: "Transférez-la",
        editorial: false,
    },
    Flag {
        name: "ed6: a call to write to the newsroom",
        text: "La commission a rendu son avis.\n\nÉcrivez à la rédaction de L'Écho du Val.",
        sentence: "Écrivez à la",
        editorial: false,
    },
    Flag {
        name: "ed6: a call to share the article, exclaiming",
        text: "La commission a rendu son avis.\n\nPartagez cet article sur vos réseaux !",
        sentence: "Partagez cet",
        editorial: false,
    },
    Flag {
        name: "ed6: a call to report a doubtful claim",
        text: "La commission a rendu son avis.\n\nVous avez repéré une affirmation douteuse ?",
        sentence: "Vous avez repéré",
        editorial: false,
    },
    Flag {
        name: "ed6: a call to follow the outlet",
        text: "La commission a rendu son avis.\n\nSuivez-nous sur Mastodon.",
        sentence: "Suivez-nous",
        editorial: false,
    },
    Flag {
        name: "ed6: a call to write to one's representatives is the author's",
        text: "ÉDITORIAL\n\nLa région a menti. Elle ferme douze lignes !\n\nÉcrivez à vos élus avant le vote.",
        sentence: "Écrivez à vos",
        editorial: true,
    },
    Flag {
        name: "ed6: a question heading followed by another question is no section's question",
        text: "ÉDITORIAL\n\nLa région ferme douze lignes. Quelle honte !\n\nQue restera-t-il aux villages ?\n\nQui s'en souciera demain ?",
        sentence: "Que restera",
        editorial: true,
    },
];

/// Cues that must or must not fire (ed4 section, at the end of the shared table's concerns).
const MORE_ROWS: &[Row] = &[
    Row {
        name: "a noun in -tions opening a subheading is no imperative",
        text: "Le rapport a été publié mardi.\n\nRévélations\n\nLe ministre savait depuis mars.",
        sentence: "Révélations",
        has: &[],
        not: &[Cue::Exhortation],
    },
    Row {
        name: "a noun in -sions opening a sentence is no imperative",
        text: "Précisions : la préfecture maintient le couvre-feu de samedi.",
        sentence: "Précisions",
        has: &[],
        not: &[Cue::Exhortation],
    },
    Row {
        name: "a programme to play again is the newsroom's service",
        text: "Réécoutez l'entretien intégral de la ministre dans notre matinale.",
        sentence: "Réécoutez",
        has: &[],
        not: &[Cue::Exhortation],
    },
    Row {
        name: "an exhortation in -ions is still one",
        text: "TRIBUNE\n\nN'oublions pas les soignants de nuit.",
        sentence: "N'oublions",
        has: &[Cue::Exhortation],
        not: &[],
    },
    Row {
        name: "an imperative opening the sentence is still one",
        text: "TRIBUNE\n\nRemercions les bénévoles qui ont tenu le refuge tout l'hiver.",
        sentence: "Remercions",
        has: &[Cue::Exhortation],
        not: &[],
    },
    // ed5: a quoted fragment inside what a named source says is the source's word, and a
    // measure's name after `la création d'un` or `le dispositif` is a name: no scare quote.
    // A report the author frames, the author's own view and a quoted word set against the
    // facts still hold one at a distance.
    Row {
        name: "ed5: a fragment quoted after Selon X is the source's word",
        text: "Selon la CGT, 62 % des agents étaient en grève ou en débrayage dans la matinée, \
               un chiffre « historique » pour un secteur dispersé.",
        sentence: "Selon la CGT",
        has: &[],
        not: &[Cue::ScareQuote],
    },
    Row {
        name: "ed5: a fragment quoted in what a minister repeated is the minister's word",
        text: "Le garde des Sceaux a répété ces derniers mois qu'il refuserait toute « amnistie fiscale ».",
        sentence: "Le garde des Sceaux",
        has: &[],
        not: &[Cue::ScareQuote],
    },
    Row {
        name: "ed5: a fragment quoted in what a minister affirmed is the minister's word",
        text: "Le garde des Sceaux a affirmé ces derniers jours qu'il refuserait toute « remise de \
               peine automatique ».",
        sentence: "Le garde des Sceaux",
        has: &[],
        not: &[Cue::ScareQuote],
    },
    Row {
        name: "ed5: a fragment quoted in what a union delegate explains is his word",
        text: "Le quinquagénaire, délégué syndical pendant douze ans, explique que les salariés \
               voulaient obtenir « un papier signé » sur les primes.",
        sentence: "Le quinquagénaire",
        has: &[],
        not: &[Cue::ScareQuote],
    },
    Row {
        name: "ed5: a fragment quoted in what the writer read is the source's word",
        text: "TRIBUNE\n\nJ'ai lu que la direction voulait « rationaliser l'offre de soins ».",
        sentence: "J'ai lu",
        has: &[],
        not: &[Cue::ScareQuote],
    },
    Row {
        name: "ed5: a measure's name after la création d'un is a name",
        text: "Parmi les annonces figure la création d'un « pass mobilité rurale » pour les apprentis.",
        sentence: "Parmi les annonces",
        has: &[],
        not: &[Cue::ScareQuote],
    },
    Row {
        name: "ed5: a measure's name after la création d'une is a name",
        text: "Le texte prévoit la création d'une « carte vitale numérique » pour tous les assurés.",
        sentence: "Le texte prévoit",
        has: &[],
        not: &[Cue::ScareQuote],
    },
    Row {
        name: "ed5: a report the author frames keeps its scare quote",
        text: "La ministre s'est contentée de répéter qu'elle « entend la colère ».",
        sentence: "La ministre s'est",
        has: &[Cue::ScareQuote],
        not: &[],
    },
    Row {
        name: "ed5: what they explain to us is held at a distance",
        text: "TRIBUNE\n\nCeux qui nous expliquent qu'il faut « faire des efforts » ne manquent de rien.",
        sentence: "Ceux qui nous",
        has: &[Cue::ScareQuote],
        not: &[],
    },
    Row {
        name: "ed5: a source's word set against the facts is a scare quote",
        text: "Le campement n'a pas été « évacué », comme l'écrit la préfecture : il a été rasé.",
        sentence: "Le campement",
        has: &[Cue::ScareQuote],
        not: &[],
    },
    Row {
        name: "ed5: a quoted word in a plan's description is still a scare quote",
        text: "Le plan prévoit des horaires « assouplis » pour les agents.",
        sentence: "Le plan prévoit",
        has: &[Cue::ScareQuote],
        not: &[],
    },
    // ed6: a section's question answered by its paragraph; rubrics and mastheads.
    Row {
        name: "ed6: a section's question answered by the next paragraph",
        text: "DÉCRYPTAGE\n\nLe plan de la région doit être voté le 3 décembre.\n\nQue prévoit le plan ?\n\nLe texte ferme douze lignes régulières.",
        sentence: "Que prévoit",
        has: &[],
        not: &[Cue::RhetoricalQuestion],
    },
    Row {
        name: "ed6: a counting question heading a section",
        text: "DÉCRYPTAGE\n\nLe plan de la région doit être voté le 3 décembre.\n\nCombien de lignes sont concernées ?\n\nQuatorze lignes sur 61 ont perdu de l'argent en 2025.",
        sentence: "Combien",
        has: &[],
        not: &[Cue::RhetoricalQuestion],
    },
    Row {
        name: "ed6: a question on a figure's origin heading a section",
        text: "DÉCRYPTAGE\n\nLe plan de la région doit être voté le 3 décembre.\n\nD'où vient ce chiffre ?\n\nLe cabinet de la présidente a ajouté les lignes scolaires.",
        sentence: "D'où vient",
        has: &[],
        not: &[Cue::RhetoricalQuestion],
    },
    Row {
        name: "ed6: a heading asking for assent stays rhetorical",
        text: "ÉDITORIAL\n\nLa région ferme douze lignes.\n\nFaut-il fermer les lignes rurales ?\n\nLa présidente le croit.",
        sentence: "Faut-il",
        has: &[Cue::RhetoricalQuestion],
        not: &[],
    },
    Row {
        name: "ed6: a question inside a paragraph is no section's",
        text: "ÉDITORIAL\n\nLa région ferme douze lignes. Que prévoit-elle pour les villages ? Rien.",
        sentence: "Que prévoit",
        has: &[Cue::RhetoricalQuestion],
        not: &[],
    },
    Row {
        name: "ed6: a rubric in capitals above the body is no verdict",
        text: "ACTUALITÉ DES LUTTES\n\nLa direction a menti aux salariés. Elle ferme l'usine et appelle cela un plan de relance ! Quelle honte !\n\nFaut-il vraiment s'en étonner ? Les actionnaires se servent d'abord.",
        sentence: "ACTUALITÉ",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "ed6: a newsletter's masthead after a dash is no verdict",
        text: "La Gazette du Val - la lettre du mardi\n\nLa direction a menti aux salariés. Elle ferme l'usine et appelle cela un plan de relance ! Quelle honte !\n\nFaut-il vraiment s'en étonner ? Les actionnaires se servent d'abord.",
        sentence: "La Gazette",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "ed6: a section's name joined by & is no verdict",
        text: "Entreprises & fiscalité\n\nLa direction a menti aux salariés. Elle ferme l'usine et appelle cela un plan de relance ! Quelle honte !\n\nFaut-il vraiment s'en étonner ? Les actionnaires se servent d'abord.",
        sentence: "Entreprises",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "ed6: a subheading in capitals inside an opinion piece is a verdict",
        text: "ÉDITORIAL\n\nLa région a menti. Elle ferme douze lignes et appelle cela une réforme ! Quelle honte !\n\nUN PLAN QUI A RENONCÉ\n\nLa suite est connue : les villages paieront.",
        sentence: "UN PLAN",
        has: &[Cue::RegisterSubheading],
        not: &[],
    },
];

/// Editorial flags that follow from the weights of the cues (see `score::weights`), not only
/// from which cues fire.
#[test]
fn editorial_flags() {
    let mut failures = Vec::new();
    for row in FLAGS
        .iter()
        .chain(ED7_FLAGS)
        .chain(RV1_FLAGS)
        .chain(ED9_FLAGS)
        .chain(RUBRIC_FLAGS)
        .chain(ED12_FLAGS)
        .chain(ED11_FLAGS)
        .chain(ED11_IRONY_FLAGS)
        .chain(ED13_FLAGS)
        .chain(ED13_MANNER_FLAGS)
        .chain(VX7_FLAGS)
        .chain(ED14_FLAGS)
        .chain(ED15_FLAGS)
        .chain(CAL2_FLAGS)
    {
        let a = analyzer().analyze(&Article::from_text("flags", row.text));
        let Some(s) = sentence_of(&a, row.name, row.sentence, &mut failures) else {
            continue;
        };
        if s.editorial != row.editorial {
            let cues: Vec<(Cue, f64)> = s.reasons.iter().map(|r| (r.cue, r.weight)).collect();
            failures.push(format!(
                "[{}] editorial {} (score {}), expected {}: {cues:?}",
                row.name, s.editorial, s.score, row.editorial
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---- ed7: the author's verdict in the frame of a report, inference, and facts that judge nothing ----

const ED7_ROWS: &[Row] = &[
    // A verb of saying chosen to discredit the source: an oath not taken at its word, a claim
    // held false, an outcry, a boast.
    Row {
        name: "jurer with an adverb before que reports an oath, as news copy does",
        text: "La direction jure aussi que les salaires ne baisseront pas.",
        sentence: "La direction",
        has: &[],
        not: &[Cue::DiscreditingVerb],
    },
    Row {
        name: "jurer in the imperfect with pour sa part reports an oath",
        text: "Le préfet jurait pour sa part qu’aucune consigne n’avait été donnée.",
        sentence: "Le préfet",
        has: &[],
        not: &[Cue::DiscreditingVerb],
    },
    Row {
        name: "jurer in a relative clause with an infinitive is no discrediting verb",
        text: "Le parti, qui jure défendre les campagnes, a voté la fermeture des trésoreries.",
        sentence: "Le parti",
        has: &[],
        not: &[Cue::DiscreditingVerb],
    },
    Row {
        name: "ed7: prétendre in a relative clause",
        text: "Ce silence nourrit la défiance que la direction prétend dissiper.",
        sentence: "Ce silence",
        has: &[Cue::DiscreditingVerb],
        not: &[],
    },
    Row {
        name: "ed7: crier au with an adverb before the participle",
        text: "Les élus de l\u{2019}opposition ont aussitôt crié au complot.",
        sentence: "Les élus",
        has: &[Cue::DiscreditingVerb],
        not: &[],
    },
    Row {
        name: "jurer in an inverted incise is no discrediting verb",
        text: "Une hausse « provisoire », jure-t-on au ministère, où l'on promettait déjà la même chose en 2019.",
        sentence: "Une hausse",
        has: &[],
        not: &[Cue::DiscreditingVerb],
    },
    Row {
        name: "ed7: a neutral verb of saying judges nothing",
        text: "La direction assure que les salaires ne baisseront pas.",
        sentence: "La direction",
        has: &[],
        not: &[Cue::DiscreditingVerb],
    },
    Row {
        name: "ed7: crier before a quotation is the shout itself",
        text: "Sur le muret, des adolescents criaient « Arah ! » à l'approche des voitures.",
        sentence: "Sur le muret",
        has: &[],
        not: &[Cue::DiscreditingVerb],
    },
    Row {
        name: "ed7: jurer inside the source's quotation is the source's word",
        text: "« Je le jure, je n'ai rien vu », a déclaré le témoin.",
        sentence: "« Je le jure",
        has: &[],
        not: &[Cue::DiscreditingVerb],
    },
    // A figure of the writer's own people or places given with a possessive alone.
    Row {
        name: "ed7: a possessive with a figure states a fact",
        text: "TRIBUNE\n\nDepuis septembre, le litre de gazole a pris 22\u{a0}centimes à la station de notre bourg.",
        sentence: "Depuis septembre",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "ed7: a possessive with a percentage of a result states a fact",
        text: "TRIBUNE\n\nDimanche, notre liste est arrivée deuxième, avec 29,8 % des voix.",
        sentence: "Dimanche",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "ed7: a possessive without a figure still speaks for the writer",
        text: "TRIBUNE\n\nBruxelles a vendu nos paysans pour quelques voitures allemandes.",
        sentence: "Bruxelles",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "ed7: a figure with a subject nous is no possessive alone",
        text: "TRIBUNE\n\nNous refusons que 40 % des lits ferment dans nos hôpitaux.",
        sentence: "Nous refusons",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    // A heading that ends on a date dates what it shows: a caption, a dateline.
    Row {
        name: "ed7: a caption ending on a date is no verdict subheading",
        text: "BILLET\n\nLa direction a menti aux salariés. Elle ferme l'usine et appelle cela un plan de relance ! Quelle honte !\n\nLa chanteuse sur la scène de l'Odyssée, le 12 novembre\n\nFaut-il vraiment s'en étonner ? Les actionnaires se servent d'abord.",
        sentence: "La chanteuse",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "ed7: a release's heading ending on a date with its year is no verdict",
        text: "BILLET\n\nLa direction a menti aux salariés. Elle ferme l'usine et appelle cela un plan de relance ! Quelle honte !\n\nCommuniqué de la fédération des cheminots – 1er décembre 2026\n\nFaut-il vraiment s'en étonner ? Les actionnaires se servent d'abord.",
        sentence: "Communiqué",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "ed7: a verdict subheading that names a month is still one",
        text: "BILLET\n\nLa direction a menti aux salariés. Elle ferme l'usine et appelle cela un plan de relance ! Quelle honte !\n\nLes salariés au pied du mur en novembre\n\nFaut-il vraiment s'en étonner ? Les actionnaires se servent d'abord.",
        sentence: "Les salariés",
        has: &[Cue::RegisterSubheading],
        not: &[],
    },
    // A fixed negation says a state goes on: no denial of the author's.
    Row {
        name: "ed7: ne décolère pas brings in a source, no denial",
        text: "BILLET\n\nLa direction a menti aux salariés. Elle ferme l'usine et appelle cela un plan de relance ! Quelle honte !\n\nKarim Belaïd, délégué du site, ne décolère pas.",
        sentence: "Karim",
        has: &[],
        not: &[Cue::Argument],
    },
    Row {
        name: "ed7: ne désarme pas in the plural",
        text: "BILLET\n\nLa direction a menti aux salariés. Elle ferme l'usine et appelle cela un plan de relance ! Quelle honte !\n\nLes riverains ne désarment pas.",
        sentence: "Les riverains",
        has: &[],
        not: &[Cue::Argument],
    },
    Row {
        name: "ed7: a denial of the author's is still one",
        text: "BILLET\n\nLa direction a menti aux salariés. Elle ferme l'usine et appelle cela un plan de relance ! Quelle honte !\n\nLa ruralité ne demande pas de faveur.",
        sentence: "La ruralité",
        has: &[Cue::Argument],
        not: &[],
    },
    // A disproportion set out without a verb.
    Row {
        name: "ed7: a count set against a figure by pour",
        text: "Six jours pour lire 340\u{a0}pages de rapport.",
        sentence: "Six jours",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "ed7: a range of years set against a tonnage after a comma",
        text: "Trois à cinq ans de prison, pour deux tonnes de résine.",
        sentence: "Trois à cinq",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "ed7: a count set against a short phrase",
        text: "Onze mois, pour un guichet.",
        sentence: "Onze mois",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "ed7: a count then a denial after et",
        text: "Deux heures de débat, et pas un mot sur les salaires.",
        sentence: "Deux heures",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "ed7: a count then soudain",
        text: "Dix ans d’attente, et soudain la précipitation.",
        sentence: "Dix ans",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "ed7: a vote count is a fact",
        text: "Treize voix pour, quatre contre, deux abstentions.",
        sentence: "Treize voix",
        has: &[],
        not: &[Cue::VerdictForm],
    },
    Row {
        name: "ed7: a percentage is a fact",
        text: "Quinze pour cent de hausse, la quatrième en quatre ans.",
        sentence: "Quinze pour",
        has: &[],
        not: &[Cue::VerdictForm],
    },
    Row {
        name: "ed7: a count with a plain complement is a fact",
        text: "Quatre nuits d'hôtel pour une partie des familles, à quarante kilomètres.",
        sentence: "Quatre nuits",
        has: &[],
        not: &[Cue::VerdictForm],
    },
    Row {
        name: "ed7: a sentence with a verb before pour tells an event",
        text: "Deux cars partiront de la mairie à 8\u{a0}heures pour 60 passagers.",
        sentence: "Deux cars",
        has: &[],
        not: &[Cue::VerdictForm],
    },
    Row {
        name: "ed7: a count then puis narrates",
        text: "Trente ans de tribunal, puis un premier roman à soixante-trois ans.",
        sentence: "Trente ans",
        has: &[],
        not: &[Cue::VerdictForm],
    },
];

const ED7_FLAGS: &[Flag] = &[
    // The author's inference with the generic on (lexicon: factive.tsv).
    Flag {
        name: "ed7: on a bien compris que, with a curly apostrophe",
        text: "À vingt heures d\u{2019}avion de Paris, on a bien compris qu\u{2019}il faudrait patienter.",
        sentence: "À vingt heures",
        editorial: true,
    },
    Flag {
        name: "ed7: et l'on s'étonne que",
        text: "On a supprimé les notes, puis les devoirs, et l'on s'étonne que le niveau baisse.",
        sentence: "On a supprimé",
        editorial: true,
    },
    Flag {
        name: "ed7: on regrette in a review",
        text: "On regrette d'autant plus les longueurs du dernier tiers.",
        sentence: "On regrette",
        editorial: true,
    },
    Flag {
        name: "ed7: on avait cru, undone by what follows",
        text: "On avait cru un instant que la loi suffirait à calmer les éleveurs.",
        sentence: "On avait cru",
        editorial: true,
    },
    Flag {
        name: "ed7: on ignore is a hedge, no inference",
        text: "On ignore encore combien de personnes se trouvaient à bord.",
        sentence: "On ignore",
        editorial: false,
    },
    Flag {
        name: "ed7: croit-on savoir is a source",
        text: "Le ministre devrait annoncer sa démission lundi, croit-on savoir à Matignon.",
        sentence: "Le ministre",
        editorial: false,
    },
    Flag {
        name: "ed7: a plan that comprend its parts is no inference",
        text: "Le plan comprend trois volets et sera présenté jeudi.",
        sentence: "Le plan",
        editorial: false,
    },
    // A discrediting verb of saying reaches the threshold alone.
    Flag {
        name: "jure aussi que alone reports, as wire copy swears its sources in",
        text: "La mutuelle jure aussi que les dossiers médicaux n'ont pas été touchés.",
        sentence: "La mutuelle",
        editorial: false,
    },
    Flag {
        name: "ed7: se vanter of a figure",
        text: "Le laboratoire se vante d\u{2019}une efficacité de 68\u{a0}%.",
        sentence: "Le laboratoire",
        editorial: true,
    },
    Flag {
        name: "ed7: crient à la, scored by the lexicon, reaches the threshold with the verb",
        text: "Les ennemis du pays, eux, crient à la dictature.",
        sentence: "Les ennemis",
        editorial: true,
    },
    Flag {
        name: "ed7: a neutral saying stays news",
        text: "La mutuelle affirme que les dossiers médicaux n'ont pas été touchés.",
        sentence: "La mutuelle",
        editorial: false,
    },
];

// ---- iv3: interviews read without marks: the guest's words are no author's cue ----

const RADIO_WRITE_UP: &str = "Par Mathilde Quéré, Radio Littoral Brest\n\n\
     Au troisième jour du blocage, le secrétaire général du syndicat des marins, Yannick Le \
     Goarnic, était l'invité de la matinale de Radio Littoral.\n\n\
     La direction assure qu'aucun emploi ne sera supprimé. Pourquoi ne pas la croire ?\n\n\
     Parce que nous connaissons la chanson. Nous avons déjà vu ce film en 2008.\n\n\
     Le chantier perd pourtant des commandes. Faut-il ne rien changer ?\n\n\
     Nous ne sommes pas contre l'investissement, nous sommes contre la vente.\n\n\
     Combien de temps allez-vous tenir ?\n\n\
     Aussi longtemps qu'il le faudra. Je le dis à la direction : nous ne céderons pas.\n\n\
     La direction répond\n\n\
     La directrice du chantier refuse tout moratoire. La région n'a pas réagi.";

const SELF_ANSWERING_OP_ED: &str = "Le ministre du Travail était l'invité de la matinale de \
     Radio Centre mardi. Il y a répété que la réforme était juste.\n\n\
     Faut-il le croire ?\n\n\
     Je ne le crois pas. Nous avons vu les chiffres, et ils disent l'inverse.\n\n\
     Que reste-t-il alors ?\n\n\
     Je crains qu'il ne reste que la colère. Nous en paierons tous le prix.";

const IV3_ROWS: &[Row] = &[
    Row {
        name: "iv3: a guest's answer in a radio write-up is no author's first person",
        text: RADIO_WRITE_UP,
        sentence: "Parce que nous",
        has: &[],
        not: &[Cue::FirstPerson, Cue::OpinionRegister],
    },
    Row {
        name: "iv3: the journalist's question in a radio write-up is no rhetorical question",
        text: RADIO_WRITE_UP,
        sentence: "Pourquoi ne pas",
        has: &[],
        not: &[Cue::RhetoricalQuestion],
    },
    Row {
        name: "iv3: the journalist's prompt in a radio write-up is no connective",
        text: RADIO_WRITE_UP,
        sentence: "Le chantier perd",
        has: &[],
        not: &[Cue::OpinionRegister],
    },
    Row {
        name: "iv3: the news after the interview is not in the opinion register",
        text: RADIO_WRITE_UP,
        sentence: "La région n'a pas",
        has: &[],
        not: &[Cue::OpinionRegister, Cue::Argument],
    },
    Row {
        name: "iv3: an op-ed that answers its own question keeps its first person",
        text: SELF_ANSWERING_OP_ED,
        sentence: "Je ne le crois",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "iv3: an op-ed's own question stays rhetorical",
        text: SELF_ANSWERING_OP_ED,
        sentence: "Faut-il le croire",
        has: &[Cue::RhetoricalQuestion],
        not: &[],
    },
];

// ---- ed8: the outlet speaking as an institution, service journalism and live pages ----

/// The outlet's own desk, products and readers (`notre laboratoire`, `nos abonnés`, `notre
/// spécialiste météo`), a practical instruction, a live entry's question and the furniture of a
/// page in a subheading's place carry none of the cues of the author's voice; near misses
/// (the flag-waving `nos paysans`, an instruction that argues after a colon, a question in the
/// body, a verdict subheading with a date) keep theirs.
const ED8_ROWS: &[Row] = &[
    Row {
        name: "ed8: a consumer test's laboratory is the outlet's",
        text: "Chaque appareil a cuit 4 kg de frites dans notre laboratoire, qui a mesuré le bruit.",
        sentence: "Chaque appareil",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "ed8: the outlet's selection and subscribers are its products",
        text: "Elle consomme 0,21 kWh par cycle, le plus bas de notre sélection. Le détail des \
               notes est réservé à nos abonnés.",
        sentence: "Le détail",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "ed8: the outlet's weather specialist is its staff",
        text: "Notre spécialiste météo, Lucas Ferrandi, l’explique en vidéo.",
        sentence: "Notre spécialiste",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "ed8: a guest on the outlet's set is the outlet's",
        text: "Sur notre plateau, l'ancien commissaire a défendu la réforme du renseignement.",
        sentence: "Sur notre plateau",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "ed8: a tribune's flag-waving first person stays",
        text: "TRIBUNE\n\nNos paysans n'en peuvent plus des normes de Bruxelles.",
        sentence: "Nos paysans",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "ed8: an op-ed's call to stop believing is no practical step",
        text: "Cessez donc de croire aux promesses du gouvernement sur les retraites.",
        sentence: "Cessez",
        has: &[Cue::Exhortation],
        not: &[],
    },
    Row {
        name: "ed8: a recall's instruction is service",
        text: "Vérifiez la référence et le numéro de lot, inscrits sur l'étiquette au dos de \
               l'appareil.",
        sentence: "Vérifiez",
        has: &[],
        not: &[Cue::Exhortation],
    },
    Row {
        name: "ed8: an instruction with its phone number is service",
        text: "Débranchez-le et contactez le fabricant au 0 800 41 22 90 (appel gratuit).",
        sentence: "Débranchez",
        has: &[],
        not: &[Cue::Exhortation],
    },
    Row {
        name: "ed8: an instruction after puis, curly apostrophe, is service",
        text: "Puis rapportez l’appareil au magasin où vous l’avez acheté.",
        sentence: "Puis rapportez",
        has: &[],
        not: &[Cue::Exhortation, Cue::ReaderAddress],
    },
    Row {
        name: "ed8: an instruction that argues after a colon is the author's",
        text: "Vérifiez votre ticket de caisse : c'est le seul indice qui ne ment pas.",
        sentence: "Vérifiez",
        has: &[Cue::Exhortation],
        not: &[],
    },
    Row {
        name: "ed8: the reader's practical question answered below is a section's",
        text: "Le fabricant rappelle 14 000 radiateurs.\n\nQue faire si vous possédez un de ces \
               radiateurs ?\n\nLe fabricant les remplace gratuitement.",
        sentence: "Que faire",
        has: &[],
        not: &[Cue::ReaderAddress, Cue::RhetoricalQuestion],
    },
    Row {
        name: "ed8: a live entry's question answered in the entry is its headline",
        text: "10:58 – Pourquoi la tempête frappe-t-elle si fort ? Le creusement très rapide de \
               la dépression en fait une bombe météorologique.",
        sentence: "10:58",
        has: &[],
        not: &[Cue::RhetoricalQuestion],
    },
    Row {
        name: "ed8: a live entry's question with a glued stamp is its headline",
        text: "13h58 – Comment la digue a-t-elle cédé ? Les services de l'État enquêtent.",
        sentence: "13h58",
        has: &[],
        not: &[Cue::RhetoricalQuestion],
    },
    Row {
        name: "ed8: a question in the body of a column stays rhetorical",
        text: "CHRONIQUE\n\nLe préfet savait. Pourquoi a-t-il attendu trois jours ? Personne ne \
               le dira.",
        sentence: "Pourquoi",
        has: &[Cue::RhetoricalQuestion],
        not: &[],
    },
    Row {
        name: "ed8: a correction notice on a live page quotes, it does not scare-quote",
        text: "09:27 · Correctif : dans notre précédente alerte, il fallait lire « les élus de \
               l’opposition » et non « les élus locaux ».",
        sentence: "09:27",
        has: &[],
        not: &[Cue::ScareQuote, Cue::FirstPerson],
    },
    Row {
        name: "ed8: a date under an editorial's headline is the page's",
        text: "ÉDITORIAL\n\nLa région a menti. Elle ferme douze lignes et appelle cela une \
               réforme ! Quelle honte !\n\nMercredi 11 novembre\n\nLa suite est connue.",
        sentence: "Mercredi 11",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "ed8: a byline with its time stamp is the page's",
        text: "ÉDITORIAL\n\nLa région a menti. Elle ferme douze lignes et appelle cela une \
               réforme ! Quelle honte !\n\nRémi Jacquot - 21 nov. 2026 à 18:40\n\nLa suite est \
               connue.",
        sentence: "Rémi Jacquot",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "ed8: a numeric date and hour is the page's",
        text: "ÉDITORIAL\n\nLa région a menti. Elle ferme douze lignes et appelle cela une \
               réforme ! Quelle honte !\n\n24/11/2026 à 07h00\n\nLa suite est connue.",
        sentence: "24/11/2026",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "ed8: a long tag line is the page's",
        text: "ÉDITORIAL\n\nLa région a menti. Elle ferme douze lignes et appelle cela une \
               réforme ! Quelle honte !\n\nTags : fiscalité, impôt sur la fortune, budget \
               2027, Assemblée nationale",
        sentence: "Tags",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "ed8: the newsroom's rubric is the page's",
        text: "ÉDITORIAL\n\nLa région a menti. Elle ferme douze lignes et appelle cela une \
               réforme ! Quelle honte !\n\nLe mot de la rédactrice en chef\n\nLa suite est \
               connue.",
        sentence: "Le mot",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "ed8: an interview's header is the page's",
        text: "ÉDITORIAL\n\nLa région a menti. Elle ferme douze lignes et appelle cela une \
               réforme ! Quelle honte !\n\nTrois questions à Odile Lannuzel, paysanne bio dans \
               la Somme\n\nLa suite est connue.",
        sentence: "Trois questions",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "ed8: a rubric in capitals before a dash is the page's",
        text: "ÉDITORIAL\n\nLa région a menti. Elle ferme douze lignes et appelle cela une \
               réforme ! Quelle honte !\n\nCULTURE — Cinéma\n\nLa suite est connue.",
        sentence: "CULTURE",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "ed8: a verdict subheading with a date stays a verdict",
        text: "ÉDITORIAL\n\nLa région a menti. Elle ferme douze lignes et appelle cela une \
               réforme ! Quelle honte !\n\nLe 11 novembre, une défaite en rase campagne\n\nLa \
               suite est connue.",
        sentence: "Le 11 novembre",
        has: &[Cue::RegisterSubheading],
        not: &[],
    },
];

/// The outlet's lines to its readers, as an institution (a consent banner, an e-mail's header
/// and footer, a live page's sign-off, a correction's apology, its alerts and its calls for
/// support, with their reasons about itself), are furniture: no structural cue, never editorial.
#[test]
fn ed8_outlet_lines_are_furniture() {
    let lines = [
        "Nous utilisons des cookies pour mesurer l’audience et vous proposer des contenus adaptés.",
        "Si ce message ne s'affiche pas correctement, consultez-le dans votre navigateur.",
        "Vous recevez cet e-mail car vous êtes inscrit(e) à La Décimale.",
        "Merci de l’avoir suivi avec nous ; nous reprendrons demain dès 7 heures.",
        "Toutes nos excuses.",
        "Vous ne recevez pas nos alertes ?",
        "Activez les notifications dans les réglages de votre téléphone.",
        "Offrez-nous un café sur libre-arbitre.fr/soutien",
        "Soutenez-nous : faites un don mensuel à partir de 2 €.",
        "Si ce billet vous a plu, offrez-nous un café.",
        "Pour nous soutenir, partagez cet article.",
        "Ce billet vous a fait sourire ?",
        "💚 Je fais un don",
        "Écrivez-nous en répondant à ce mail : nous publierons une sélection de vos réponses la semaine prochaine.",
        "Vous avez été nombreux à nous écrire cette semaine sur le projet de la caserne.",
    ];
    let mut text = String::from("Le conseil municipal a voté mardi le budget 2027.\n\n");
    for line in lines {
        text.push_str(line);
        text.push_str("\n\n");
    }
    text.push_str("Le maire a annoncé une hausse de 2 % de la taxe foncière.\n");
    let a = analyzer().analyze(&Article::from_text("page", &text));
    let mut failures = Vec::new();
    for line in lines {
        let head: String = line.chars().take(12).collect();
        let Some(s) = sentence_of(&a, line, &head, &mut failures) else {
            continue;
        };
        if s.editorial || s.reasons.iter().any(|r| r.cue != Cue::Lexicon) {
            failures.push(format!("{line}: {:?}", s.reasons));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A short question to the reader leading the page's call to write in is that call's lead;
/// one leading a call to share takes a side and keeps its cues.
#[test]
fn ed8_a_question_leading_a_call_to_write_in_is_furniture() {
    let text = "La fête du village aura lieu samedi.\n\n\
                Vous organisez un événement ? Écrivez à agenda@exemple.fr avant mercredi.\n\n\
                La région ferme la ligne. Vous en avez assez ? Partagez cet article !";
    let a = analyzer().analyze(&Article::from_text("calls", text));
    let lead = a
        .sentences
        .iter()
        .find(|s| s.text.starts_with("Vous organisez"))
        .expect("the lead");
    assert!(
        lead.reasons.iter().all(|r| r.cue == Cue::Lexicon),
        "{:?}",
        lead.reasons
    );
    let side = a
        .sentences
        .iter()
        .find(|s| s.text.starts_with("Vous en avez"))
        .expect("the question");
    assert!(
        side.reasons.iter().any(|r| r.cue == Cue::ReaderAddress),
        "{:?}",
        side.reasons
    );
}

/// A live page, a recall notice and a newsletter speak to their readers and in the newsroom's
/// first person: none of them is read in the opinion register. A column that argues with its
/// reader is.
#[test]
fn ed8_service_pages_are_no_opinion_pieces() {
    let service = [
        (
            "live",
            "EN DIRECT – Tempête Ombrane : des rafales à 148 km/h\n\n\
             16:05 – Ce direct touche à sa fin. Merci de l’avoir suivi avec nous ; nous \
             reprendrons demain dès 7 heures.\n\n\
             15:48 – Enedis annonce que 92 000 foyers restent privés de courant.\n\n\
             12:47 – Le préfet a appelé les habitants à ne pas sortir. Un conseil qui n'a pas \
             été entendu partout !\n\n\
             10:58 – Pourquoi la tempête frappe-t-elle si fort ? Le creusement très rapide de la \
             dépression en fait une « bombe ».\n\n\
             09:40 – Nos équipes sont en route. Restez chez vous : nous vous tiendrons informés.",
        ),
        (
            "recall",
            "Radiateurs Calora : 14 000 appareils rappelés pour risque de surchauffe\n\n\
             Le fabricant demande aux acheteurs de débrancher les modèles vendus depuis mars.\n\n\
             Que faire si vous possédez un de ces radiateurs ?\n\n\
             Vérifiez la référence et le numéro de lot, inscrits au dos de l'appareil. \
             Débranchez-le et contactez le fabricant au 0 800 41 22 90 ou sur calora.fr/rappel.\n\n\
             Le coût du rappel n'a pas été chiffré.",
        ),
        (
            "newsletter",
            "Si ce message ne s'affiche pas correctement, consultez-le dans votre navigateur.\n\n\
             La Lettre | n° 212 | vendredi 20 novembre 2026\n\n\
             Le litre de gazole a atteint 2,11 euros en moyenne la semaine dernière.\n\n\
             La compagnie Skyvola a annulé 212 vols jusqu'à lundi.\n\n\
             Vous recevez cet e-mail car vous êtes inscrit(e) à La Lettre.\n\n\
             Vous ne recevez pas nos alertes ? Activez les notifications dans les réglages de \
             votre téléphone.",
        ),
    ];
    let mut failures = Vec::new();
    for (name, text) in service {
        let a = analyzer().analyze(&Article::from_text(name, text));
        for s in &a.sentences {
            if s.reasons.iter().any(|r| {
                matches!(
                    r.cue,
                    Cue::OpinionRegister | Cue::RegisterSubheading | Cue::FirstPerson
                )
            }) {
                failures.push(format!("[{name}] {}: {:?}", s.text, s.reasons));
            }
        }
    }
    let column = "CHRONIQUE\n\nVous avez sans doute entendu le ministre mardi. Je ne vais pas \
                  faire semblant d'être surpris. Vous le saviez, nous le savions tous. Et \
                  pourtant, rien ne change ! Qui paiera ? Vous, évidemment. Le ministre a \
                  d'ailleurs promis une baisse.";
    let a = analyzer().analyze(&Article::from_text("column", column));
    if !a
        .sentences
        .iter()
        .any(|s| s.reasons.iter().any(|r| r.cue == Cue::OpinionRegister))
    {
        failures.push("[column] a column that argues with its reader lost its register".into());
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A quiz that tests its reader answers with `Vrai.` and `Faux.`: no ruling on a public claim.
/// A fact-check's rating stays one.
#[test]
fn ed8_a_quiz_answers_its_reader() {
    let quiz = "Fuite de données : vrai ou faux, testez vos réflexes\n\n\
                Six idées reçues entendues depuis mardi, passées au crible.\n\n\
                1. « Avec mon IBAN, un escroc peut vider mon compte. »\n\n\
                Faux.\n\nPour prélever, il faut un mandat signé.";
    let article = Article {
        title: Some("Fuite de données : vrai ou faux, testez vos réflexes".into()),
        ..Article::from_text("quiz", quiz)
    };
    let a = analyzer().analyze(&article);
    let faux = a
        .sentences
        .iter()
        .find(|s| s.text.starts_with("Faux"))
        .expect("the answer");
    assert!(
        faux.reasons.iter().all(|r| r.cue != Cue::Ruling),
        "{:?}",
        faux.reasons
    );
    let check = "Le ministre affirme que la fraude coûte 30 milliards.\n\nTrompeur.\n\n\
                 Le chiffre additionne des montants qui ne sont pas comparables.";
    let a = analyzer().analyze(&Article::from_text("check", check));
    let rating = a
        .sentences
        .iter()
        .find(|s| s.text.starts_with("Trompeur"))
        .expect("the rating");
    assert!(
        rating.reasons.iter().any(|r| r.cue == Cue::Ruling),
        "{:?}",
        rating.reasons
    );
}

// ---- rv1: plain-word verdicts of reviews, columns and sport ----

const RV1_FLAGS: &[Flag] = &[
    // A review that grades what it reviews (`Note : 3,5/5`, stars, `Notre avis : deux étoiles
    // sur cinq`) is the critic's opinion throughout, labelled or not: its weak cues count as a
    // column's.
    Flag {
        name: "rv1: a concert report graded at its foot reads its punchlines as opinion",
        text: "Vertige Polaire au Silo\n\nLe groupe a joué deux heures devant mille personnes. \
               Le rappel remet tout le monde d'accord. Le son était très fort.\n\n\
               Note\u{a0}: 3,5/5",
        sentence: "Le son était",
        editorial: true,
    },
    Flag {
        name: "rv1: a restaurant graded out of twenty",
        text: "La Table d'Orvaux\n\nLe chef sert trois entrées. La première est très iodée. \
               Le pigeon arrive ensuite.\n\nNote de la rédaction : 13,5/20",
        sentence: "La première",
        editorial: true,
    },
    Flag {
        name: "rv1: stars under a film review",
        text: "« L'Hiver de Baptiste »\n\n★★☆☆☆\n\nLe film dure trois heures. \
               Le dernier acte est d'ailleurs trop long.",
        sentence: "Le dernier acte",
        editorial: true,
    },
    Flag {
        name: "rv1: ministers graded out of twenty in a weekly bulletin",
        text: "Le bulletin de la semaine\n\nArmelle Quintard, ministre des Comptes publics: 4/20\n\n\
               A récité trois fois la même phrase sur Télé Aquarelle. Elle est très constante.\n\n\
               Yanis Ferhat, député: 11/20\n\nIl a apporté son article 9.",
        sentence: "Elle est très",
        editorial: true,
    },
    // Near-misses: a fact-check's rating in words, a count of results, a score of a match, and
    // a single figure out of five in a news report grade nothing the author reviews.
    Flag {
        name: "rv1: a survey's mark in a news report is no review's grade",
        text: "La mairie a publié mardi son enquête de satisfaction. Les usagers sont très \
               nombreux à l'avoir remplie.\n\nSatisfaction moyenne : 3,2/5",
        sentence: "Les usagers",
        editorial: false,
    },
    // The verdict of a culture or sports report in plain words: the author's regret, assent,
    // reading of a timing or of a loss, in set phrases that need no second cue
    // (lexicon: evaluative.tsv).
    Flag {
        name: "rv1: c'est bien dommage after a comma, curly apostrophe",
        text: "Le festival a programmé douze films. Le jury a préféré la prudence, et c\u{2019}est bien dommage.",
        sentence: "Le jury",
        editorial: true,
    },
    Flag {
        name: "rv1: dommage que opening the sentence",
        text: "Le concert a duré deux heures. Dommage que le mixage ait noyé la voix.",
        sentence: "Dommage",
        editorial: true,
    },
    Flag {
        name: "rv1: the author sides with a source",
        text: "L\u{2019}entraîneur réclame du temps.\u{a0}Difficile de lui donner tort.",
        sentence: "Difficile",
        editorial: true,
    },
    Flag {
        name: "rv1: a timing read by the author, past tense",
        text: "Cette victoire tombait à pic pour l\u{2019}entraîneur, menacé depuis octobre.",
        sentence: "Cette victoire",
        editorial: true,
    },
    Flag {
        name: "rv1: where the exhibition makes sense",
        text: "La dernière salle réunit les grands formats. C'est là que l'exposition prend tout son sens.",
        sentence: "C'est là",
        editorial: true,
    },
    Flag {
        name: "rv1: the loss weighed by the author",
        text: "Le capitaine part pour Lyon après sept saisons. Le coup est rude pour le club.",
        sentence: "Le coup",
        editorial: true,
    },
    Flag {
        name: "rv1: a cliff that falls steeply is no timing",
        text: "Le sentier longe la falaise, qui tombe à pic sur la mer.",
        sentence: "Le sentier",
        editorial: false,
    },
    Flag {
        name: "rv1: damages in a court report are no regret",
        text: "La clinique devra verser 34 500 euros de dommages et intérêts. Le dommage est estimé à trois millions.",
        sentence: "Le dommage",
        editorial: false,
    },
    Flag {
        name: "rv1: a match score is no grade",
        text: "Le FC Lanvézec a battu Quimper samedi. Le public était très nombreux.\n\n\
               Score final : 3-1",
        sentence: "Le public",
        editorial: false,
    },
];

// ---- ed10: the page's and the genre's own lines in an opinion piece: a caption cut from its
// credit, the newsroom's rubrics, a review's box, the outlet's call for gifts, the writer
// saying where they live ----

const ED10_ROWS: &[Row] = &[
    Row {
        name: "ed10: a caption whose credit ends its line is no subheading of an opinion piece",
        text: "TRIBUNE\n\nCe film est un naufrage. La mise en scène est une mascarade.\n\n\
               Lucie Arnal et Paul Vidal dans « Les Marées basses » © Films de l'Ouest\n\n\
               Le scénario est une catastrophe.",
        sentence: "Lucie Arnal",
        has: &[],
        not: &[Cue::RegisterSubheading],
    },
    Row {
        name: "ed10: a subheading without a credit is still one",
        text: "TRIBUNE\n\nCe film est un naufrage. La mise en scène est une mascarade.\n\n\
               Un cinéma qui a renoncé à tout\n\n\
               Le scénario est une catastrophe.",
        sentence: "Un cinéma",
        has: &[Cue::RegisterSubheading],
        not: &[],
    },
    Row {
        name: "ed10: the newsroom's rubric names a part of the page",
        text: "TRIBUNE\n\nCe budget est une honte. Le gouvernement ment.\n\n\
               Notre lecture\n\nLe texte compte 212 pages.",
        sentence: "Notre lecture",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "ed10: a rubric in a section path names a part of the page",
        text: "Opinions | Notre regard\n\nCe budget est une honte. Le gouvernement ment.",
        sentence: "Opinions",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "ed10: a heading with a verb and a possessive is the author's",
        text: "TRIBUNE\n\nCe budget est une honte. Le gouvernement ment.\n\n\
               Nos élus nous ont trahis\n\nLe texte compte 212 pages.",
        sentence: "Nos élus",
        has: &[Cue::FirstPerson],
        not: &[],
    },
    Row {
        name: "ed10: the heading of a review's list of cons is no subheading",
        text: "CRITIQUE\n\nNote : 2/5\n\nCe jeu est un naufrage. Le scénario est une honte.\n\n\
               On a moins aimé\n\n+ La durée de vie",
        sentence: "On a moins aimé",
        has: &[],
        not: &[Cue::RegisterSubheading, Cue::WordModel],
    },
    Row {
        name: "ed10: the terms of a review's test are no subheading",
        text: "CRITIQUE\n\nNote : 2/5\n\nCe jeu est un naufrage. Le scénario est une honte.\n\n\
               Essayé sur console (copie fournie par l'éditeur)\n\nLe jeu sort mardi.",
        sentence: "Essayé sur",
        has: &[],
        not: &[Cue::RegisterSubheading, Cue::WordModel],
    },
    Row {
        name: "ed10: a heading that asks about what was liked is the author's question",
        text: "CRITIQUE\n\nNote : 2/5\n\nCe jeu est un naufrage. Le scénario est une honte.\n\n\
               On a aimé la fin, vraiment ?\n\nLe jeu sort mardi.",
        sentence: "On a aimé la fin",
        has: &[Cue::RhetoricalQuestion],
        not: &[],
    },
    Row {
        name: "ed10: the outlet's call for gifts may say what a gift pays for",
        text: "TRIBUNE\n\nCe budget est une honte. Le gouvernement ment.\n\n\
               Soutenez La Vigie du Lot : chaque don finance nos enquêtes.",
        sentence: "Soutenez La Vigie",
        has: &[],
        not: &[Cue::Exhortation],
    },
    Row {
        name: "ed10: the outlet living on its readers is its own call",
        text: "TRIBUNE\n\nCe budget est une honte. Le gouvernement ment.\n\n\
               Aidez un journalisme local et libre : notre rédaction ne vit que de ses lecteurs.",
        sentence: "Aidez un",
        has: &[],
        not: &[Cue::Exhortation, Cue::FirstPerson],
    },
    Row {
        name: "ed10: a call to give to one side of the story is the author's",
        text: "TRIBUNE\n\nCe budget est une honte. Le gouvernement ment.\n\n\
               Soutenez les grévistes de l'usine Valdor : chaque don compte pour leur caisse.",
        sentence: "Soutenez les grévistes",
        has: &[Cue::Exhortation],
        not: &[],
    },
    Row {
        name: "ed10: the writer saying where they live presents themselves",
        text: "TRIBUNE\n\nCe budget est une honte. Le gouvernement ment.\n\n\
               J'habite Montreuil, à deux pas de la gare, et je marche jusqu'au marché.",
        sentence: "J'habite",
        has: &[],
        not: &[Cue::FirstPerson],
    },
    Row {
        name: "ed10: where the writer lives, then a denial, argues",
        text: "TRIBUNE\n\nCe budget est une honte. Le gouvernement ment.\n\n\
               J'habite Montreuil depuis vingt ans et je n'ai jamais vu un tel abandon.",
        sentence: "J'habite",
        has: &[Cue::FirstPerson],
        not: &[],
    },
];

// ---- ed9: a review's rubric of likes and dislikes, and the author's own demands ----

const ED9_FLAGS: &[Flag] = &[
    // A test's or a review's list under its rubric of what the critic did not like: each
    // item is a verdict on the work, the rubric a heading of the page.
    Flag {
        name: "ed9: an item under a review's rubric of dislikes",
        text: "La tablette Orbis 11 arrive en rayon vendredi, à 349 euros.\n\n\
               Elle tient neuf heures en lecture vidéo et pèse 480 grammes.\n\n\
               On a moins aimé\n\
               - Un écran terne en plein soleil\n\
               - Des haut-parleurs sans relief",
        sentence: "- Des haut-parleurs",
        editorial: true,
    },
    Flag {
        name: "ed9: an item under a review's rubric with a colon",
        text: "Le vélo pliant Kéo Mini est vendu 890 euros.\n\n\
               Points faibles :\n\
               - Une selle dure au-delà de dix kilomètres\n\
               - Un garde-boue qui frotte",
        sentence: "- Une selle",
        editorial: true,
    },
    Flag {
        name: "ed9: the rubric itself is a heading of the page, even in an opinion piece",
        text: "Quel gâchis ! Ce jeu avait tout pour plaire, et il se perd dans des quêtes \
               absurdes. Qui peut encore payer 70 euros pour cela ? Franchement, passez votre \
               chemin !\n\n\
               On a aimé\n\
               + La musique de Léa Vannier\n\
               On a moins aimé\n\
               - Des quêtes répétitives",
        sentence: "On a moins aimé",
        editorial: false,
    },
    Flag {
        name: "ed9: a list under a neutral heading stays neutral",
        text: "La tablette Orbis 11 arrive en rayon vendredi, à 349 euros.\n\n\
               Caractéristiques techniques\n\
               - Un écran de 11 pouces\n\
               - Une batterie de 8 000 mAh",
        sentence: "- Une batterie",
        editorial: false,
    },
    Flag {
        name: "ed9: a list of the cheapest offers is no rubric of dislikes",
        text: "Les forfaits mobiles ont baissé en novembre.\n\n\
               Les moins chers du mois\n\
               - Un forfait de 20 Go à 4,99 euros\n\
               - Un forfait de 100 Go à 9,99 euros",
        sentence: "- Un forfait de 100",
        editorial: false,
    },
    // A note's or a tribune's demands in its authors' first person, set out as a list.
    Flag {
        name: "ed9: a note's recommendations in the first person lead a list",
        text: "Le plan de formation finance surtout des stages courts pour des cadres.\n\n\
               Nous recommandons :\n\
               1. Réserver la moitié des crédits aux salariés les moins qualifiés.\n\
               2. Publier chaque année le nombre de bénéficiaires par métier.",
        sentence: "2. Publier",
        editorial: true,
    },
    Flag {
        name: "ed9: the lead-in of the recommendations",
        text: "Le plan de formation finance surtout des stages courts pour des cadres.\n\n\
               Nous recommandons :\n\
               1. Réserver la moitié des crédits aux salariés les moins qualifiés.",
        sentence: "Nous recommandons",
        editorial: true,
    },
    Flag {
        name: "ed9: demands quoted from a source are the source's",
        text: "« Nous demandons la réouverture de la ligne de nuit », a déclaré mardi la \
               présidente de l'association des usagers.",
        sentence: "« Nous demandons",
        editorial: false,
    },
    Flag {
        name: "ed9: the newsroom's request to its readers is service",
        text: "Le site de la préfecture est saturé depuis ce matin. Nous vous recommandons de \
               réessayer en fin de journée.",
        sentence: "Nous vous recommandons",
        editorial: false,
    },
    // In an opinion piece, the author's own moves in a reported sentence, outside the
    // reported words (a rebuttal, an address to the reader, a call), are the author's comment.
    Flag {
        name: "ed9: a rebuttal framing a report in an opinion piece",
        text: "Quelle honte ! Ce gouvernement méprise les campagnes, et il le montre chaque \
               semaine. Qui peut encore croire à ses promesses ? Franchement, assez de mépris !\n\n\
               Mais le ministre n'a jamais dit qu'il rouvrirait la classe de Saint-Aurèle.",
        sentence: "Mais le ministre",
        editorial: true,
    },
    Flag {
        name: "ed9: an address to the reader framing a report in an opinion piece",
        text: "Quelle honte ! Ce gouvernement méprise les campagnes, et il le montre chaque \
               semaine. Qui peut encore croire à ses promesses ? Franchement, assez de mépris !\n\n\
               Le ministre vous promet de « tout reprendre à zéro » après avoir voté \
               la fermeture.",
        sentence: "Le ministre vous",
        editorial: true,
    },
    Flag {
        name: "ed9: the same rebuttal in a news report stays a report",
        text: "Le conseil municipal a voté mardi le budget. Mais le ministre n'a jamais dit \
               qu'il rouvrirait la classe de Saint-Aurèle.",
        sentence: "Mais le ministre",
        editorial: false,
    },
    Flag {
        name: "ed9: the newsroom told something in an opinion piece is no move of the author",
        text: "Quelle honte ! Ce gouvernement méprise les campagnes, et il le montre chaque \
               semaine. Qui peut encore croire à ses promesses ? Franchement, assez de mépris !\n\n\
               Le ministère nous oppose que les classes sont moins chargées.",
        sentence: "Le ministère",
        editorial: false,
    },
    // The writer's certainty set before a claim.
    Flag {
        name: "ed9: une chose est sûre opens a claim held beyond dispute",
        text: "Le vote aura lieu jeudi. Une chose est sûre : la majorité sortira affaiblie de ce \
               scrutin.",
        sentence: "Une chose",
        editorial: true,
    },
    Flag {
        name: "ed9: une chose est sûre in a quotation is the speaker's",
        text: "« Une chose est sûre : nous reviendrons l'an prochain », a déclaré le maire.",
        sentence: "« Une chose",
        editorial: false,
    },
    // The author's doubt set off by a comma: what holds on paper may not hold in fact.
    Flag {
        name: "ed9: sur le papier set off by a comma casts the author's doubt",
        text: "Le plan a été présenté lundi. Sur le papier, la réforme ne coûte rien aux communes.",
        sentence: "Sur le papier",
        editorial: true,
    },
    Flag {
        name: "ed9: the paper of a letterhead is no doubt",
        text: "Le préfet a répondu mardi sur le papier à en-tête de la préfecture.",
        sentence: "Le préfet",
        editorial: false,
    },
    // A consequence weighed without a verb, after the fact it weighs.
    Flag {
        name: "ed9: De quoi and an infinitive weighs what the fact is enough for",
        text: "Le club a touché 40 000 euros de la région. De quoi rénover les vestiaires et la \
               buvette.",
        sentence: "De quoi",
        editorial: true,
    },
    Flag {
        name: "ed9: De quoi with a reflexive infinitive",
        text: "Le barrage a perdu un tiers de sa réserve depuis juin. De quoi s'inquiéter pour \
               l'été prochain.",
        sentence: "De quoi",
        editorial: true,
    },
    Flag {
        name: "ed9: a question opening on De quoi asks",
        text: "Le texte arrive au Sénat mardi.\n\nDe quoi s'agit-il ?\n\nLe projet crée un fonds \
               de 40 millions d'euros pour les communes rurales.",
        sentence: "De quoi",
        editorial: false,
    },
    Flag {
        name: "ed9: de quoi within a sentence states a lack",
        text: "Depuis la coupure, trente familles n'ont plus de quoi se chauffer.",
        sentence: "Depuis la coupure",
        editorial: false,
    },
];

// ---- one reader of a review's rubric of likes and dislikes ----

// The rubric is read by one rule wherever it stands: as the lead of the critic's list (its
// items are verdicts) and as a heading of the page (no verdict of its own). Whatever words say
// what the critic liked, the two readings agree.
const RUBRIC_FLAGS: &[Flag] = &[
    Flag {
        name: "rubric: an item under `On a beaucoup aimé` is the critic's verdict",
        text: "La console Vexa sort jeudi, à 399 euros.\n\n\
               Elle lit les jeux de la génération précédente.\n\n\
               On a beaucoup aimé\n\
               - Une manette légère et précise\n\
               - Un ventilateur silencieux",
        sentence: "- Un ventilateur",
        editorial: true,
    },
    Flag {
        name: "rubric: an item under `Nous avons bien aimé :`",
        text: "Le robot Brio coûte 249 euros.\n\n\
               Nous avons bien aimé :\n\
               - Une cuve facile à laver\n\
               - Un programme de pain complet",
        sentence: "- Un programme",
        editorial: true,
    },
    Flag {
        name: "rubric: `Les plus` as a heading of an opinion piece is no verdict",
        text: "Quel gâchis ! Ce jeu avait tout pour plaire, et il se perd dans des quêtes \
               absurdes. Qui peut encore payer 70 euros pour cela ? Franchement, passez votre \
               chemin !\n\n\
               Les plus\n\
               + La musique de Léa Vannier\n\
               Les moins\n\
               - Des quêtes répétitives",
        sentence: "Les moins",
        editorial: false,
    },
    Flag {
        name: "rubric: `On n'a pas aimé` as a heading of an opinion piece is no verdict",
        text: "Quel gâchis ! Ce jeu avait tout pour plaire, et il se perd dans des quêtes \
               absurdes. Qui peut encore payer 70 euros pour cela ? Franchement, passez votre \
               chemin !\n\n\
               On n'a pas aimé\n\
               - Des quêtes répétitives",
        sentence: "On n'a pas aimé",
        editorial: false,
    },
    Flag {
        name: "rubric: a sentence that says what the critic liked is no rubric",
        text: "Quel gâchis ! Ce jeu avait tout pour plaire, et il se perd dans des quêtes \
               absurdes. Qui peut encore payer 70 euros pour cela ? Franchement, passez votre \
               chemin !\n\n\
               On a beaucoup aimé la musique, et rien d'autre.",
        sentence: "On a beaucoup aimé",
        editorial: true,
    },
];

// ---- ed12: plain reporting that a cue mistook for a judgment ----

const ED12_ROWS: &[Row] = &[
    // The question a debate turns on, set out after a colon that names the debate, is the
    // report's, not a question the author puts to the reader.
    Row {
        name: "ed12: the question a reported debate turns on is no rhetoric",
        text: "Le conseil municipal se réunit jeudi. Le débat dure depuis dix ans : faut-il \
               rendre le mercredi matin aux familles ?",
        sentence: "Le débat dure",
        has: &[],
        not: &[Cue::RhetoricalQuestion],
    },
    Row {
        name: "ed12: the questions a trial's debates turned on",
        text: "Le verdict est tombé vendredi. Pendant deux jours, les débats ont porté sur un \
               seul point : le conducteur avait-il bu ?",
        sentence: "Pendant deux jours",
        has: &[],
        not: &[Cue::RhetoricalQuestion],
    },
    Row {
        name: "ed12: a question nobody asks is the author's",
        text: "Le plan coûtera 40 millions. Reste la question que personne ne veut poser : qui \
               paiera la facture ?",
        sentence: "Reste la question",
        has: &[Cue::RhetoricalQuestion],
        not: &[],
    },
    Row {
        name: "ed12: a debate nobody opens is the author's question",
        text: "Le rapport est sorti lundi. Un débat que personne n'ose ouvrir : faut-il fermer \
               la maternité la nuit ?",
        sentence: "Un débat",
        has: &[Cue::RhetoricalQuestion],
        not: &[],
    },
    // A lexicon word that is the first half of a compound word is not the entry's word.
    Row {
        name: "ed12: trop in a trop-perçu is no intensifier",
        text: "Le fisc a remboursé un trop-perçu de 300 euros à chaque foyer.",
        sentence: "Le fisc",
        has: &[],
        not: &[Cue::Lexicon],
    },
    Row {
        name: "ed12: a label that opens a hyphenated place name",
        text: "Un commerçant de Bobo-Dioulasso a témoigné devant le tribunal.",
        sentence: "Un commerçant",
        has: &[],
        not: &[Cue::Lexicon],
    },
    Row {
        name: "ed12: trop before a verb is the intensifier",
        text: "La commune a trop attendu pour réparer le pont.",
        sentence: "La commune",
        has: &[Cue::Lexicon],
        not: &[],
    },
    Row {
        name: "ed12: an inverted pronoun after a hyphen keeps the hit",
        text: "Le dossier est clos. Que cachent-ils encore ?",
        sentence: "Que cachent",
        has: &[Cue::Lexicon],
        not: &[],
    },
    // The rank of an event in its series, after `C'est`, counts; it sums up no judgment.
    Row {
        name: "ed12: C'est and an ordinal ranks an event in its series",
        text: "TRIBUNE\n\nLa classe de Saint-Aubin fermera en juin. C'est la quatrième fermeture \
               de classe du canton depuis 2022.",
        sentence: "C'est la quatrième",
        has: &[],
        not: &[Cue::Argument],
    },
    Row {
        name: "ed12: an ordinal of several words ranks too",
        text: "TRIBUNE\n\nLe Conseil a adopté lundi de nouvelles sanctions. C'est le vingt et \
               unième paquet adopté depuis 2022.",
        sentence: "C'est le vingt",
        has: &[],
        not: &[Cue::Argument],
    },
    Row {
        name: "ed12: the future of a rank forecasts and argues",
        text: "TRIBUNE\n\nUn nouveau plan sera présenté en mars. Ce sera le cinquième depuis 2023.",
        sentence: "Ce sera",
        has: &[Cue::Argument],
        not: &[],
    },
    Row {
        name: "ed12: C'est and a judgment still argues",
        text: "TRIBUNE\n\nLe plan prévoit trois classes de plus. C'est la meilleure réponse au \
               décrochage.",
        sentence: "C'est la meilleure",
        has: &[Cue::Argument],
        not: &[],
    },
    // A line of practical information closing a review or a report informs.
    Row {
        name: "ed12: a film's release day closing its review",
        text: "CRITIQUE\n\nLe film suit trois sœurs dans une ferme du Gers.\n\nEn salles mercredi.",
        sentence: "En salles",
        has: &[],
        not: &[Cue::ShortSentence],
    },
    Row {
        name: "ed12: a restaurant's closing days",
        text: "Le chef sert une cuisine de marché.\n\nFermé dimanche et lundi.",
        sentence: "Fermé",
        has: &[],
        not: &[Cue::ShortSentence],
    },
    Row {
        name: "ed12: a club's next fixture",
        text: "Le club a perdu samedi à domicile.\n\nProchain match dimanche, à Figeac.",
        sentence: "Prochain match",
        has: &[],
        not: &[Cue::ShortSentence],
    },
    Row {
        name: "ed12: a short verdict on the next step is still short",
        text: "Le club a perdu samedi à domicile. Prochain échec en vue.",
        sentence: "Prochain échec",
        has: &[Cue::ShortSentence],
        not: &[],
    },
    // The whole clause a framed source says, in quotation marks, is the source's words.
    Row {
        name: "ed12: the quoted clause after a framed rappeler que is the source's",
        text: "Interrogée mardi, la mairie s'est bornée à rappeler que « le chantier suit son \
               calendrier ».",
        sentence: "Interrogée",
        has: &[Cue::Lexicon],
        not: &[Cue::ScareQuote],
    },
    Row {
        name: "ed12: a quoted word inside the framed clause is still held at a distance",
        text: "Le ministre s'est contenté de promettre une « réforme ambitieuse » pour 2028.",
        sentence: "Le ministre",
        has: &[Cue::Lexicon, Cue::ScareQuote],
        not: &[],
    },
];

const ED12_FLAGS: &[Flag] = &[
    // A party's name that is a slogan in the lexicon: the report names the party.
    Flag {
        name: "ed12: the name of a parliamentary group after groupe",
        text: "Les élus du groupe Peuple debout ont quitté l'hémicycle mardi soir.",
        sentence: "Les élus",
        editorial: false,
    },
    Flag {
        name: "ed12: a party's name in brackets after a member's name",
        text: "La sénatrice Claire Vidal (Sursaut national) a voté contre le texte.",
        sentence: "La sénatrice",
        editorial: false,
    },
    Flag {
        name: "ed12: a party's name after de",
        text: "Les militants de Peuple debout ont distribué des tracts sur le marché.",
        sentence: "Les militants",
        editorial: false,
    },
    Flag {
        name: "ed12: a framed reply quoted whole is no scare quote",
        text: "Joint par téléphone, le directeur du club s'est borné à répondre qu'« aucun \
               joueur ne partira cet hiver ».",
        sentence: "Joint par téléphone",
        editorial: false,
    },
    Flag {
        name: "ed12: the slogan in lower case is the author's",
        text: "Face à la crise, le pays a besoin d'un sursaut national.",
        sentence: "Face à la crise",
        editorial: true,
    },
    Flag {
        name: "ed12: the slogan opening a sentence is the author's",
        text: "La pétition circule depuis lundi. Un peuple debout ne plie pas devant les \
               sanctions.",
        sentence: "Un peuple debout",
        editorial: true,
    },
];

// ed11: restrained verdicts in the author's voice.
const ED11_ROWS: &[Row] = &[
    // A deadpan verdict on the wording of what was just said.
    Row {
        name: "ed11: la formule est suivie d'un seul mot qui la juge",
        text: "Le préfet a promis « une rentrée apaisée ». La formule est commode.",
        sentence: "La formule",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "ed11: le mot juge avant un point-virgule",
        text: "Le maire parle de « modernisation ». Le mot est un peu fort ; il s'agit de fermer \
               deux guichets.",
        sentence: "Le mot",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "ed11: la phrase n'a rien d'une boutade",
        text: "« On rasera gratis », a lancé la ministre. La phrase n'a rien d'une boutade.",
        sentence: "La phrase",
        has: &[Cue::VerdictForm],
        not: &[],
    },
    Row {
        name: "ed11: ce qui arrive aux mots n'est pas un verdict",
        text: "Le mot a fait réagir sur les bancs de l'opposition, mardi soir.",
        sentence: "Le mot",
        has: &[],
        not: &[Cue::VerdictForm],
    },
    Row {
        name: "ed11: une formule exposée après deux-points n'est pas jugée",
        text: "La formule est simple : dix euros par mois et par foyer.",
        sentence: "La formule",
        has: &[],
        not: &[Cue::VerdictForm],
    },
    Row {
        name: "ed11: l'origine d'une phrase n'est pas un verdict",
        text: "La phrase est de Victor Hugo, dans un discours de 1850.",
        sentence: "La phrase",
        has: &[],
        not: &[Cue::VerdictForm],
    },
];

// ed11: understatement in the author's voice (lexicons/fr/understatement.tsv).
const ED11_FLAGS: &[Flag] = &[
    Flag {
        name: "ed11: a litotes on a reaction judges alone",
        text: "Le conseil a reconduit le directeur sortant. Un choix qui ne surprendra personne \
               dans la commune.",
        sentence: "Un choix",
        editorial: true,
    },
    Flag {
        name: "ed11: nobody left indifferent is a verdict",
        text: "L'ancien maire est mort lundi. Un élu de caractère, qui ne laissait personne \
               indifférent.",
        sentence: "Un élu",
        editorial: true,
    },
    Flag {
        name: "ed11: a conclusion drawn too fast",
        text: "Le ministre y voit la preuve que la réforme marche. C'est aller un peu vite.",
        sentence: "C'est aller",
        editorial: true,
    },
    Flag {
        name: "ed11: nobody wondering is a fact, no litotes",
        text: "Personne ne s'étonne plus des retards du car scolaire à Vernay.",
        sentence: "Personne",
        editorial: false,
    },
    Flag {
        name: "ed11: visiblement alone in a news report needs a second cue",
        text: "Le maire, visiblement ému, a remercié les pompiers pour leur intervention.",
        sentence: "Le maire",
        editorial: false,
    },
    Flag {
        name: "ed11: sans surprise alone in a news report needs a second cue",
        text: "Les marchés ont accueilli la décision de la banque centrale sans surprise.",
        sentence: "Les marchés",
        editorial: false,
    },
    Flag {
        name: "ed11: understatement in a quotation is the speaker's",
        text: "« Cette décision ne surprendra personne », a déclaré le préfet.",
        sentence: "« Cette",
        editorial: false,
    },
];

// ed11: restrained irony on a saying (lexicons/fr/restrained_irony.tsv).
const ED11_IRONY_FLAGS: &[Flag] = &[
    Flag {
        name: "ed11: a deadpan manner lent to a saying is the author's verdict",
        text: "Le directeur de l'agence nous a expliqué avec beaucoup de tendresse que le guichet \
               fermerait en janvier.",
        sentence: "Le directeur",
        editorial: true,
    },
    Flag {
        name: "ed11: a naming the author does not take up",
        text: "Le conseil a supprimé deux lignes de bus, ce que la présidente ose appeler une « \
               optimisation du réseau ».",
        sentence: "Le conseil",
        editorial: true,
    },
    Flag {
        name: "ed11: a gloss of a technical term is no irony",
        text: "La tempête a creusé très vite, ce que les météorologues appellent une « bombe ».",
        sentence: "La tempête",
        editorial: false,
    },
    Flag {
        name: "ed11: tenderness told as a fact is no manner of saying",
        text: "La soignante a pris l'enfant dans ses bras avec beaucoup de délicatesse.",
        sentence: "La soignante",
        editorial: false,
    },
];

// ed13: the author's judgment woven into a report.
const ED13_FLAGS: &[Flag] = &[
    Flag {
        name: "ed13: a comment on the words just quoted",
        text: "Le sénateur a réclamé une « pause fiscale », ce qui ne mange pas de pain.",
        sentence: "Le sénateur",
        editorial: true,
    },
    Flag {
        name: "ed13: a comment on a quoted promise after a que",
        text: "La direction assure qu'elle garantira « tous les emplois du site », ce qui laisse \
               les intérimaires songeurs.",
        sentence: "La direction",
        editorial: true,
    },
    Flag {
        name: "ed13: a consequence the source draws is no comment on quoted words",
        text: "Selon le syndicat, les loyers ont encore augmenté, ce qui pèse sur les étudiants.",
        sentence: "Selon le syndicat",
        editorial: false,
    },
    Flag {
        name: "ed13: who disputes a quotation is reported, not judged",
        text: "Le maire parle d'une « erreur de calcul », ce que conteste son adjoint.",
        sentence: "Le maire",
        editorial: false,
    },
    Flag {
        name: "ed13: a claim doubted after the fact",
        text: "La réforme est un triomphe, à en croire le dossier de presse du ministère.",
        sentence: "La réforme",
        editorial: true,
    },
    Flag {
        name: "ed13: a report opening on à en croire attributes plainly",
        text: "À en croire la météo locale, la neige tombera dès jeudi sur les cols.",
        sentence: "À en croire",
        editorial: false,
    },
];

// ed13: a manner phrase in a report that names what was said, and a naming held premature.
const ED13_MANNER_FLAGS: &[Flag] = &[
    Flag {
        name: "ed13: a manner set off by commas in a report without que",
        text: "Le candidat dénonce, sans l'ombre d'une preuve, une fraude massive dans le canton.",
        sentence: "Le candidat",
        editorial: true,
    },
    Flag {
        name: "ed13: a manner closing a report without que",
        text: "Le conseiller municipal accuse son rival de favoritisme, sans aucune preuve.",
        sentence: "Le conseiller",
        editorial: true,
    },
    Flag {
        name: "ed13: a manner inside the source's clause is the source's",
        text: "Le juge a estimé que l'enquête avait été menée sans aucune preuve matérielle.",
        sentence: "Le juge",
        editorial: false,
    },
    Flag {
        name: "ed13: a quoted word named before the facts",
        text: "Les commentateurs parlent déjà d'un « séisme politique » dans la région.",
        sentence: "Les commentateurs",
        editorial: true,
    },
    Flag {
        name: "ed13: a demand made early is no naming held premature",
        text: "Les supporters réclament déjà une « revanche » pour le match retour.",
        sentence: "Les supporters",
        editorial: false,
    },
    Flag {
        name: "ed13: already speaking without a quotation",
        text: "Le maire parle déjà de la saison prochaine avec ses adjoints.",
        sentence: "Le maire",
        editorial: false,
    },
];

// vx7: `prétendre` with an infinitive in a relative clause is an author sentence whose verb
// still holds the claim false.
const VX7_FLAGS: &[Flag] = &[
    Flag {
        name: "vx7: what the actor claims to do, set against what it does",
        text: "Cette réforme creuse les inégalités que le ministère prétend réduire.",
        sentence: "Cette réforme",
        editorial: true,
    },
    Flag {
        name: "vx7: a claim with `que` reports, and is no aim set against a deed",
        text: "Le fabricant prétend que les pièces sont conformes.",
        sentence: "Le fabricant",
        editorial: true,
    },
    Flag {
        name: "vx7: `prétendre à` is an aim, no claim held false",
        text: "Le club de Vannes, que l'on dit prétendre au titre, recevra Lens samedi.",
        sentence: "Le club",
        editorial: false,
    },
];

// ed14: restrained verdicts by framing (lexicons/fr/restrained_verdict.tsv, kind ruling): one
// more of a series, doubt on an outcome, the official version, an ironic manner.
const ED14_FLAGS: &[Flag] = &[
    Flag {
        name: "ed14: an act marked as one more of a series",
        text: "Le syndicat a appelé à la grève. Une fois de plus, la direction a fermé la porte aux délégués.",
        sentence: "Une fois de plus",
        editorial: true,
    },
    Flag {
        name: "ed14: the same refusal, as each time",
        text: "Le conseil a renvoyé le dossier en commission, comme à chaque fois qu'il est question du stade.",
        sentence: "Le conseil",
        editorial: true,
    },
    Flag {
        name: "ed14: a promise met with weariness",
        text: "Le préfet promet une brigade de plus pour l'été. Cette brigade, les commerçants l'ont déjà entendue.",
        sentence: "Cette brigade",
        editorial: true,
    },
    Flag {
        name: "ed14: a wait the author shares with the reader",
        text: "Le département avait promis une passerelle en 2021. On attend toujours le premier coup de pioche.",
        sentence: "On attend",
        editorial: true,
    },
    Flag {
        name: "ed14: doubt on an outcome, stated impersonally",
        text: "La réforme passe au Sénat mardi. Il n'est pas certain qu'elle y trouve une majorité.",
        sentence: "Il n'est",
        editorial: true,
    },
    Flag {
        name: "ed14: the doubt allowed by the author",
        text: "Avec deux inspecteurs pour tout le département, le doute est permis.",
        sentence: "Avec deux",
        editorial: true,
    },
    Flag {
        name: "ed14: the official version at the head of a sentence",
        text: "Officiellement, le chantier est suspendu pour des raisons de sécurité.",
        sentence: "Officiellement",
        editorial: true,
    },
    Flag {
        name: "ed14: an ironic heading on a manner",
        text: "Le port de Sète, ou l'art de rater sa saison",
        sentence: "Le port",
        editorial: true,
    },
    Flag {
        name: "ed14: an ironic verbless line",
        text: "Le ministre a inauguré la gare un dimanche, sans trains. Curieuse façon de lancer une ligne.",
        sentence: "Curieuse",
        editorial: true,
    },
    Flag {
        name: "ed14: a third-person wait states its length",
        text: "Les riverains attendent toujours une réponse de la mairie, trois mois après leur courrier.",
        sentence: "Les riverains",
        editorial: false,
    },
    Flag {
        name: "ed14: hearing witnesses is a fact",
        text: "Les enquêteurs ont déjà entendu trois témoins de l'accident.",
        sentence: "Les enquêteurs",
        editorial: false,
    },
    Flag {
        name: "ed14: officiellement dating an event",
        text: "La saison de pêche s'ouvre officiellement samedi sur le Lot.",
        sentence: "La saison",
        editorial: false,
    },
    Flag {
        name: "ed14: an apposition without the comma is no irony",
        text: "Le musée consacre une salle à la cuisine ou l'art de recevoir au XVIIIe siècle.",
        sentence: "Le musée",
        editorial: false,
    },
    Flag {
        name: "ed14: a repetition in a quotation is the speaker's",
        text: "« Une fois de plus, on nous oublie », a regretté la maire de Saint-Cyprien.",
        sentence: "« Une fois",
        editorial: false,
    },
];

// ---- ed15: the outlet's calls for the reader's answer, and their leads ----

/// A question to the reader (second person, or a bare noun phrase the outlet asks for) leading
/// the page's call to write in, to answer in the comments or to pass on what the reader liked,
/// is furniture, and so is that call; a question leading a call about the story keeps its cues.
const ED15_FLAGS: &[Flag] = &[
    Flag {
        name: "ed15: a lead in the singular before a call to pass on what was liked",
        text: "Le festival a refermé ses portes dimanche.\n\nTu as aimé ce compte rendu ? \
               Partage-le !",
        sentence: "Tu as aimé",
        editorial: false,
    },
    Flag {
        name: "ed15: the call to pass on what was liked",
        text: "Le festival a refermé ses portes dimanche.\n\nTu as aimé ce compte rendu ? \
               Partage-le !",
        sentence: "Partage-le",
        editorial: false,
    },
    Flag {
        name: "ed15: a bare noun phrase the outlet asks for",
        text: "La mairie a publié le budget.\n\nUne coquille ? Écrivez-nous : \
               correction@exemple.fr",
        sentence: "Une coquille",
        editorial: false,
    },
    Flag {
        name: "ed15: a bare noun phrase with an infinitive the outlet asks for",
        text: "La mairie a publié le budget.\n\nUne photo à nous envoyer ? Écrivez à \
               photos@exemple.fr",
        sentence: "Une photo",
        editorial: false,
    },
    Flag {
        name: "ed15: a live entry's stamped lead to a call for witnesses",
        text: "17h05 ▸ Les manifestants se dispersent dans le calme.\n\n16h40 ▸ La préfecture \
               annonce la fermeture du pont.\n\n16h10 ▸ Les cortèges se rejoignent place \
               Carnot.\n\n15h50 ▸ Vous étiez devant la préfecture cet après-midi avec votre \
               syndicat ? Racontez-nous : temoins@exemple.fr",
        sentence: "15h50",
        editorial: false,
    },
    Flag {
        name: "ed15: a long lead and a call to answer in the comments",
        text: "Le feuilleton s'arrête après douze saisons.\n\nVous aussi, ce feuilleton va vous \
               manquer ? Dites-le-nous en commentaire !",
        sentence: "Vous aussi",
        editorial: false,
    },
    Flag {
        name: "ed15: the call to answer in the comments",
        text: "Le feuilleton s'arrête après douze saisons.\n\nVous aussi, ce feuilleton va vous \
               manquer ? Dites-le-nous en commentaire !",
        sentence: "Dites-le-nous",
        editorial: false,
    },
    Flag {
        name: "ed15: a lead to a call to answer someone else takes a side",
        text: "La ligne de bus fermera en juin.\n\nVous trouvez ça juste ? Dites-le à votre \
               député !",
        sentence: "Vous trouvez",
        editorial: true,
    },
    Flag {
        name: "ed15: a bare question answered by the author is no lead",
        text: "La ligne de bus fermera en juin.\n\nUn scandale ? Oui, et il dure depuis dix \
               ans.",
        sentence: "Un scandale",
        editorial: true,
    },
    Flag {
        name: "ed15: a lead to sharing the story, not what the reader liked, takes a side",
        text: "La région ferme la ligne.\n\nVous en avez assez ? Partagez-le !",
        sentence: "Vous en avez",
        editorial: true,
    },
];

/// A first-person plural imperative that announces the text's own next step, in a sentence of
/// its own, is no call to act and no verdict; `Rappelons` opens on what the reader should hold
/// as known, and a longer call still exhorts.
const ED15_ROWS: &[Row] = &[
    Row {
        name: "ed15: a signpost alone",
        text: "Le conseil a voté la hausse.\n\nRécapitulons.",
        sentence: "Récapitulons",
        has: &[],
        not: &[Cue::Exhortation, Cue::ShortSentence],
    },
    Row {
        name: "ed15: a signpost with its object",
        text: "Le conseil a voté la hausse.\n\nFaisons les additions.",
        sentence: "Faisons",
        has: &[],
        not: &[Cue::Exhortation, Cue::ShortSentence],
    },
    Row {
        name: "ed15: a signpost naming the point it takes up",
        text: "Le conseil a voté la hausse.\n\nPrenons le dernier argument.",
        sentence: "Prenons",
        has: &[],
        not: &[Cue::Exhortation, Cue::ShortSentence],
    },
    Row {
        name: "ed15: `Rappelons` still calls on what the reader should know",
        text: "Le conseil a voté la hausse.\n\nRappelons les promesses.",
        sentence: "Rappelons",
        has: &[Cue::Exhortation],
        not: &[],
    },
    Row {
        name: "ed15: a longer call with the same verb exhorts",
        text: "Le conseil a voté la hausse.\n\nPrenons nos responsabilités avant qu'il ne soit \
               trop tard.",
        sentence: "Prenons",
        has: &[Cue::Exhortation],
        not: &[],
    },
];

// ---- ed17: a review's box read from the heading's tokens ----

/// The heading of a review's list of pros or cons is read from the words its tokens already
/// hold folded: an elided `n'` (straight or typographic apostrophe) and the word after it are
/// one word, as whitespace parts them; a heading with more words, or with punctuation between
/// its words, is the author's.
const ED17_ROWS: &[Row] = &[
    Row {
        name: "ed17: a rubric elided with a typographic apostrophe is the review's box",
        text: "CRITIQUE\n\nNote : 1/5\n\nCe film est un naufrage. Le montage est une honte.\n\n\
               On n\u{2019}a pas aimé\n\n- Les dialogues",
        sentence: "On n\u{2019}a pas aimé",
        has: &[],
        not: &[Cue::RegisterSubheading, Cue::WordModel],
    },
    Row {
        name: "ed17: a rubric in the critic's `nous`, elided, says nothing in the first person",
        text: "CRITIQUE\n\nNote : 1/5\n\nCe film est un naufrage. Le montage est une honte.\n\n\
               Nous n\u{2019}avons pas aimé\n\n- Le son",
        sentence: "Nous n\u{2019}avons",
        has: &[],
        not: &[Cue::RegisterSubheading, Cue::WordModel, Cue::FirstPerson],
    },
    Row {
        name: "ed17: a heading with words past the rubric's is a subheading of the piece",
        text: "CRITIQUE\n\nNote : 1/5\n\nCe film est un naufrage. Le montage est une honte.\n\n\
               On n\u{2019}a pas aimé du tout\n\n- La musique",
        sentence: "On n\u{2019}a pas aimé du tout",
        has: &[Cue::RegisterSubheading],
        not: &[],
    },
    Row {
        name: "ed17: a rubric of pros with its colon is the review's box",
        text: "CRITIQUE\n\nNote : 1/5\n\nCe film est un naufrage. Le montage est une honte.\n\n\
               Les points forts :\n\n+ La photographie",
        sentence: "Les points forts",
        has: &[],
        not: &[Cue::RegisterSubheading, Cue::WordModel],
    },
    Row {
        name: "ed17: a heading that goes on past the verb of liking asks the author's question",
        text: "CRITIQUE\n\nNote : 1/5\n\nCe film est un naufrage. Le montage est une honte.\n\n\
               On n\u{2019}a pas aimé, et alors ?\n\nLe film sort mercredi.",
        sentence: "On n\u{2019}a pas aimé",
        has: &[Cue::RhetoricalQuestion],
        not: &[],
    },
];

// ---- cal2: rules judged on the sets written after them (eval/rule_dates.py) ----

const CAL2_FLAGS: &[Flag] = &[
    // `intox` names the rubric of a fact-checking desk as often as it judges a claim: alone it
    // no longer flags a sentence (1 of 4 pivotal flags right on the sets after its date).
    Flag {
        name: "cal2: a fact-checking rubric named with intox",
        text: "L'INFO OU L'INTOX\n\nLe gouvernement a annoncé mardi une baisse des tarifs.",
        sentence: "L'INFO OU L'INTOX",
        editorial: false,
    },
    Flag {
        name: "cal2: a desk's rubric line with intox",
        text: "DÉCODEURS | Intox / Désintox\n\nUne vidéo partagée depuis lundi montre un \
               ministre.",
        sentence: "DÉCODEURS",
        editorial: false,
    },
    Flag {
        name: "cal2: intox with a second cue still flags",
        text: "Le ministère a publié un communiqué.\n\nEncore une intox grossière, servie \
               sans la moindre preuve !",
        sentence: "Encore une intox",
        editorial: true,
    },
];

const CAL2_ROWS: &[Row] = &[
    // `jurer que` reports an oath in news copy far more often than it doubts one: it is no
    // loaded word of the author (5 of 12 pivotal flags right on the sets after its date, 0 of 3
    // on dev79..dev90; eval/README.md, *Rules judged on the sets written after them*).
    Row {
        name: "cal2: jurer que reports an oath",
        text: "La présidente du club jure que la vente sauve la saison.",
        sentence: "La présidente",
        has: &[],
        not: &[Cue::Lexicon],
    },
    Row {
        name: "cal2: jurer qu' reports an oath",
        text: "Le préfet jure qu'il tiendra le calendrier prévu.",
        sentence: "Le préfet",
        has: &[],
        not: &[Cue::Lexicon],
    },
    Row {
        name: "cal2: an oath broken is still the author's reading",
        text: "Le gouvernement avait juré de ne pas augmenter les impôts.",
        sentence: "Le gouvernement",
        has: &[Cue::Lexicon],
        not: &[],
    },
];
