//! The closed word lists the attribution patterns rely on, folded (lower case, no accents).
//!
//! French attribution is built from a small grammar of function words around an open set of
//! names and verbs: determiners and titles open a speaker's noun phrase, prepositions close it,
//! auxiliaries and adverbs sit between a subject and its participle, and a handful of role and
//! institution nouns tell a speaker (le porte-parole, le ministère) from any other noun; a
//! closed list of relations (l'avocat, le voisin, le cabinet, l'entourage) tells someone named
//! by their tie to another person or body, who is not that person. The
//! reporting verbs themselves come from the lexicon ([`super::verbs`]); every other list lives
//! in `src/voice/words.txt`, one category per line, so that a reader can check and extend it.
//!
//! The file is read once into one table: every question about a word (is it a determiner, a
//! role noun, a preposition…) is one lookup, because the patterns ask about every token of
//! every sentence, many times.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::table::WordTable;

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

/// Everything the lists say about one word.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Entry {
    flags: u32,
    determiner: Option<(Gender, Number)>,
    subject: Option<(Gender, Number)>,
    tonic: Option<(Gender, Number)>,
    role: Option<Gender>,
    institution: Option<Gender>,
    title: Option<Gender>,
    first_name: Option<Gender>,
}

const INDEFINITE: u32 = 1;
const FIRST_PERSON: u32 = 1 << 1;
const CLITIC: u32 = 1 << 2;
const REFLEXIVE: u32 = 1 << 3;
const NEGATION: u32 = 1 << 4;
const PREPOSITION: u32 = 1 << 5;
const DE: u32 = 1 << 6;
const CLAUSE_BOUNDARY: u32 = 1 << 7;
const ENDS_SPEAKER: u32 = 1 << 8;
const WEEKDAY: u32 = 1 << 9;
const FILLER: u32 = 1 << 10;
const VAGUE: u32 = 1 << 11;
const DOCUMENT: u32 = 1 << 12;
const NAME_PARTICLE: u32 = 1 << 13;
const CAPITALISED_FUNCTION: u32 = 1 << 14;
const NAMING: u32 = 1 << 15;
const RELATION: u32 = 1 << 16;
const COLLECTIVE: u32 = 1 << 17;
const HANDING_OVER: u32 = 1 << 18;
const STANCE_ADJECTIVE: u32 = 1 << 19;
const CONCERN_VERB: u32 = 1 << 20;

const WORDS: &str = include_str!("words.txt");

fn gender(v: &str) -> Gender {
    match v.split('.').next() {
        Some("m") => Gender::Masculine,
        Some("f") => Gender::Feminine,
        _ => Gender::Unknown,
    }
}

fn gender_number(v: &str) -> (Gender, Number) {
    let number = if v.ends_with(".pl") {
        Number::Plural
    } else {
        Number::Singular
    };
    (gender(v), number)
}

/// The table, read from `words.txt` on first use. A malformed line is a bug in the shipped
/// file and is caught by the unit tests; at run time it is skipped.
fn table() -> &'static WordTable<Entry> {
    static TABLE: OnceLock<WordTable<Entry>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut entries: Vec<(&'static str, Entry)> = Vec::new();
        let mut index: HashMap<&'static str, usize> = HashMap::new();
        for line in WORDS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let mut fields = line.splitn(3, '\t');
            let (Some(category), Some(value), Some(words)) =
                (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            for w in words.split(' ').filter(|w| !w.is_empty()) {
                let k = *index.entry(w).or_insert_with(|| {
                    entries.push((w, Entry::default()));
                    entries.len() - 1
                });
                let e = &mut entries[k].1;
                let flag = match category {
                    "determiner" => {
                        e.determiner.get_or_insert(gender_number(value));
                        0
                    }
                    "subject_pronoun" => {
                        e.subject.get_or_insert(gender_number(value));
                        0
                    }
                    "tonic_pronoun" => {
                        e.tonic.get_or_insert(gender_number(value));
                        0
                    }
                    "role" => {
                        e.role.get_or_insert(gender(value));
                        0
                    }
                    "institution" => {
                        e.institution.get_or_insert(gender(value));
                        0
                    }
                    "title" => {
                        e.title.get_or_insert(gender(value));
                        0
                    }
                    "first_name" => {
                        e.first_name.get_or_insert(gender(value));
                        0
                    }
                    "indefinite" => INDEFINITE,
                    "first_person" => FIRST_PERSON,
                    "clitic" => CLITIC,
                    "reflexive" => REFLEXIVE,
                    "negation" => NEGATION,
                    "preposition" => PREPOSITION,
                    "de" => DE,
                    "clause_boundary" => CLAUSE_BOUNDARY,
                    "ends_speaker" => ENDS_SPEAKER,
                    "weekday" => WEEKDAY,
                    "filler" => FILLER,
                    "vague" => VAGUE,
                    "document" => DOCUMENT,
                    "name_particle" => NAME_PARTICLE,
                    "capitalised_function" => CAPITALISED_FUNCTION,
                    "naming" => NAMING,
                    "relation" => RELATION,
                    "collective" => RELATION | COLLECTIVE,
                    "handing_over" => HANDING_OVER,
                    "stance_adjective" => STANCE_ADJECTIVE,
                    "concern_verb" => CONCERN_VERB,
                    _ => 0,
                };
                e.flags |= flag;
            }
        }
        WordTable::new(entries)
    })
}

/// Whether two phrases agree in number, and in gender where both genders are known.
pub(crate) fn agree(g1: Gender, n1: Number, g2: Gender, n2: Number) -> bool {
    n1 == n2 && (g1 == Gender::Unknown || g2 == Gender::Unknown || g1 == g2)
}

/// What the lists say about a folded word.
pub(crate) fn entry(w: &str) -> Option<&'static Entry> {
    table().get(w)
}

/// Anything the lists can be asked about: a folded word (looked up), or a token (which
/// looked itself up once, when the sentence was read).
pub(crate) trait Lex {
    fn lex(&self) -> Option<&'static Entry>;
    fn word(&self) -> &str;
}

impl Lex for str {
    fn lex(&self) -> Option<&'static Entry> {
        entry(self)
    }

    fn word(&self) -> &str {
        self
    }
}

impl Lex for String {
    fn lex(&self) -> Option<&'static Entry> {
        entry(self)
    }

    fn word(&self) -> &str {
        self
    }
}

impl<T: Lex + ?Sized> Lex for &T {
    fn lex(&self) -> Option<&'static Entry> {
        (**self).lex()
    }

    fn word(&self) -> &str {
        (**self).word()
    }
}

fn has<L: Lex + ?Sized>(w: &L, flag: u32) -> bool {
    w.lex().is_some_and(|e| e.flags & flag != 0)
}

/// Determiners that open a noun phrase, with the gender and number they mark.
pub(crate) fn determiner<L: Lex + ?Sized>(w: &L) -> Option<(Gender, Number)> {
    w.lex()?.determiner
}

/// Determiners and quantifiers that make a speaker indefinite, hence vague (un diplomate, des
/// sources, certains observateurs).
pub(crate) fn is_indefinite<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, INDEFINITE)
}

/// Subject pronouns a speaker can be named by, with gender and number. `on` is a vague source.
pub(crate) fn subject_pronoun<L: Lex + ?Sized>(w: &L) -> Option<(Gender, Number)> {
    w.lex()?.subject
}

/// Stressed pronouns after a preposition (`selon lui`, `pour eux`).
pub(crate) fn tonic_pronoun<L: Lex + ?Sized>(w: &L) -> Option<(Gender, Number)> {
    w.lex()?.tonic
}

/// First and second persons: the author (or a quoted speaker) talking, never a reported source.
pub(crate) fn is_first_person<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, FIRST_PERSON)
}

/// Object and reflexive pronouns that may stand between a subject and its verb
/// (`il lui a dit`, `elle s'est dit`, `ils nous ont affirmé`).
pub(crate) fn is_clitic<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, CLITIC)
}

pub(crate) fn is_reflexive_pronoun<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, REFLEXIVE)
}

pub(crate) fn is_negation<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, NEGATION)
}

/// Prepositions that end a speaker's noun phrase (`a déclaré X à la tribune`) and that make
/// the noun phrase after them a complement, not a subject (`lors de la réunion`).
pub(crate) fn is_preposition<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, PREPOSITION)
}

/// Words introducing a complement inside a noun phrase (`le ministre des Armées`).
pub(crate) fn is_de<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, DE)
}

/// Words that end a clause going left from a verb: the subject lies after them.
pub(crate) fn is_clause_boundary<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, CLAUSE_BOUNDARY)
}

/// Time words and other words that end a speaker's noun phrase going right
/// (`a déclaré Jean Dupont mardi`).
pub(crate) fn ends_speaker_phrase<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, ENDS_SPEAKER | WEEKDAY)
}

/// Whether `w` is the noun `car` (a coach), not the conjunction: right after `de`, `en`, a
/// determiner or a number (`le chauffeur de car Didier Sallaberry`, `en car`, `un car`, `trois
/// cars`), where the phrase goes on.
pub(crate) fn is_coach<L: Lex + ?Sized>(prev: &L, w: &L) -> bool {
    matches!(w.word(), "car" | "cars")
        && (is_de(prev)
            || prev.word() == "en"
            || determiner(prev).is_some()
            || is_number_word(prev)
            || (!prev.word().is_empty() && prev.word().bytes().all(|b| b.is_ascii_digit())))
}

/// Cardinal number words (`trois`, `mille`): what follows them is a noun.
pub(crate) fn is_number_word<L: Lex + ?Sized>(w: &L) -> bool {
    matches!(
        w.word(),
        "deux"
            | "trois"
            | "quatre"
            | "cinq"
            | "six"
            | "sept"
            | "huit"
            | "neuf"
            | "dix"
            | "onze"
            | "douze"
            | "quinze"
            | "vingt"
            | "trente"
            | "quarante"
            | "cinquante"
            | "soixante"
            | "cent"
            | "cents"
            | "mille"
            | "millions"
            | "milliers"
            | "centaines"
            | "dizaines"
    )
}

pub(crate) fn is_weekday<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, WEEKDAY)
}

/// Adverbs and short adverbials allowed between an auxiliary and its participle
/// (`a aussi affirmé`, `a à son tour confirmé`, `n'a pas exclu`).
pub(crate) fn is_verb_group_filler<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, FILLER | NEGATION) || w.word().ends_with("ment")
}

/// Head nouns of roles: a speaker named by what they do (le porte-parole, la ministre).
/// Epicene nouns (ministre, porte-parole) return `Unknown`: their determiner tells the gender.
/// A role with a rank prefix (`vice-ministre`, `sous-directrice`, `co-présidente`,
/// `ex-ministre`, `coprévenu`) is a role of its base noun.
pub(crate) fn role_head<L: Lex + ?Sized>(w: &L) -> Option<Gender> {
    w.lex().and_then(|e| e.role).or_else(|| {
        let word = w.word();
        match word.split_once('-') {
            Some((prefix, base)) => matches!(prefix, "vice" | "sous" | "co" | "ex" | "pro")
                .then(|| entry(base).and_then(|e| e.role))
                .flatten(),
            // `coprévenus`, `cofondatrice`: `co` written without its hyphen.
            None => word
                .strip_prefix("co")
                .filter(|base| base.len() >= 4)
                .and_then(|base| entry(base).and_then(|e| e.role))
                .or_else(|| practitioner(word)),
        }
    })
}

/// A practitioner the lists do not name, by the suffix French gives them (`pénaliste`,
/// `fiscaliste`, `urbaniste`, `climatologue`, `addictologue`): a person of either gender. Words
/// of the same ending that name things (`liste`, `piste`, `catalogue`, `dialogue`) are left out.
fn practitioner(word: &str) -> Option<Gender> {
    let stem = word.strip_suffix('s').unwrap_or(word);
    let person = (stem.ends_with("iste") || stem.ends_with("logue"))
        && stem.chars().count() >= 7
        && !matches!(
            stem,
            "checkliste"
                | "shortliste"
                | "catalogue"
                | "dialogue"
                | "monologue"
                | "prologue"
                | "epilogue"
                | "analogue"
                | "homologue"
                | "decalogue"
        );
    person.then_some(Gender::Unknown)
}

/// Head nouns of institutions and collective sources: a speaker that is a body
/// (le ministère, la CEDEAO, les autorités, la partie malienne).
pub(crate) fn institution_head<L: Lex + ?Sized>(w: &L) -> Option<Gender> {
    w.lex()?.institution
}

/// Heads that make a source vague whatever its determiner (des sources sécuritaires, les
/// médias, l'entourage du ministre, nos informations).
pub(crate) fn is_vague_head<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, VAGUE)
}

/// Heads that name someone by their tie to another person or body, said in its complement
/// or by a possessive (l'avocat de…, son voisin, le cabinet du ministre, ses proches): the
/// speaker is the relation, not the one it is related to.
pub(crate) fn is_relation<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, RELATION)
}

/// Relations that are a body of people, never one person (le cabinet, l'entourage, les
/// services, l'équipe): a person's name set beside one is the name of whom they serve.
pub(crate) fn is_collective<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, COLLECTIVE)
}

/// Heads of documents that report (l'étude, le rapport, le communiqué): acceptable subjects
/// of a reporting verb.
pub(crate) fn is_document_head<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, DOCUMENT)
}

/// Verbs by which a body hands over a document it wrote (`a remis un audit`, `publie une
/// étude`, `a rendu un rapport`): the past participle and the present.
pub(crate) fn is_handing_over<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, HANDING_OVER)
}

/// Adjectives of a stance someone holds on a question (`réservé`, `optimiste`, `sceptique`,
/// `partagée`): after `plus` or `moins` and a copula they tell that subject's position.
pub(crate) fn is_stance_adjective<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, STANCE_ADJECTIVE)
}

/// Finite forms of the verbs whose object feels something about their subject (`inquiète`,
/// `préoccupent`, `agaçait`): the group named as object holds that concern.
pub(crate) fn is_concern_verb<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, CONCERN_VERB)
}

/// Titles before a name, with the gender they mark.
pub(crate) fn title<L: Lex + ?Sized>(w: &L) -> Option<Gender> {
    w.lex()?.title
}

/// Particles inside a proper name (Charles de Gaulle, Ursula von der Leyen, Oumar Ben Salah).
pub(crate) fn is_name_particle<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, NAME_PARTICLE)
}

/// Capitalised words that begin a sentence without being names.
pub(crate) fn is_capitalised_function_word<L: Lex + ?Sized>(w: &L) -> bool {
    w.lex().is_some_and(|e| {
        e.determiner.is_some()
            || e.subject.is_some()
            || e.flags
                & (PREPOSITION
                    | DE
                    | CLAUSE_BOUNDARY
                    | FIRST_PERSON
                    | WEEKDAY
                    | CAPITALISED_FUNCTION)
                != 0
    })
}

/// Common first names and their gender: used to choose between `il` and `elle` when resolving
/// a pronoun, and to tell a person from a place in the complement of a role (`l'avocat de Kévin
/// Durand`), never to find a name (capitalisation and position do that).
pub(crate) fn first_name_gender<L: Lex + ?Sized>(w: &L) -> Gender {
    w.lex()
        .and_then(|e| e.first_name)
        .or_else(|| {
            // A compound first name takes the gender of its first part (`Jean-Marc`,
            // `Marie-Hélène`), the one French usage follows.
            let (first, _) = w.word().split_once('-')?;
            entry(first).and_then(|e| e.first_name)
        })
        .unwrap_or(Gender::Unknown)
}

/// Nouns after which a quotation is a name, not a quotation (l'opération « Barkhane », le
/// journal « Le Soir »).
pub(crate) fn is_naming_noun<L: Lex + ?Sized>(w: &L) -> bool {
    has(w, NAMING)
}

/// True when the word can open a speaker's noun phrase: a determiner, a title, a role,
/// institution, vague or document head, a stressed pronoun; capitalisation is the caller's.
pub(crate) fn opens_phrase<L: Lex + ?Sized>(w: &L) -> bool {
    w.lex().is_some_and(|e| {
        e.determiner.is_some()
            || e.title.is_some()
            || e.role.is_some()
            || e.institution.is_some()
            || e.tonic.is_some()
            || e.flags & (VAGUE | DOCUMENT) != 0
    })
}

/// Whether a folded word ends like a verb in a tense the subjunctive does not have: the
/// imperfect (`cherchait`, `cherchaient`), the future (`fermera`, `fermeront`) or the
/// conditional (`fermerait`, `fermeraient`). Short forms (`avait`, `serait`) are too short
/// for the test and are listed by its callers. A clause that holds one is not a jussive, and
/// a sentence opening on `Que` with one carries on a report.
pub(crate) fn indicative_ending(w: &str) -> bool {
    ["ait", "aient", "era", "eront", "erait", "eraient"]
        .iter()
        .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of the shipped file is well formed, with a known category and value.
    #[test]
    fn word_file_is_well_formed() {
        let known = [
            "determiner",
            "indefinite",
            "subject_pronoun",
            "tonic_pronoun",
            "first_person",
            "clitic",
            "reflexive",
            "negation",
            "preposition",
            "de",
            "clause_boundary",
            "ends_speaker",
            "weekday",
            "filler",
            "role",
            "institution",
            "vague",
            "document",
            "title",
            "name_particle",
            "capitalised_function",
            "first_name",
            "naming",
            "relation",
            "collective",
            "handing_over",
            "stance_adjective",
            "concern_verb",
        ];
        for (n, line) in WORDS.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(
                fields.len(),
                3,
                "words.txt:{}: three tab-separated fields",
                n + 1
            );
            assert!(
                known.contains(&fields[0]),
                "words.txt:{}: {}",
                n + 1,
                fields[0]
            );
            assert!(
                matches!(
                    fields[1],
                    "-" | "m" | "f" | "m.sg" | "f.sg" | "-.sg" | "m.pl" | "f.pl" | "-.pl"
                ),
                "words.txt:{}: value {}",
                n + 1,
                fields[1]
            );
            for w in fields[2].split(' ') {
                assert_eq!(
                    w,
                    super::super::text::fold(w),
                    "words.txt:{}: {w} is not folded",
                    n + 1
                );
            }
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(determiner("la"), Some((Gender::Feminine, Number::Singular)));
        assert_eq!(determiner("des"), Some((Gender::Unknown, Number::Plural)));
        assert!(is_de("des"));
        assert_eq!(role_head("presidente"), Some(Gender::Feminine));
        assert_eq!(role_head("ministre"), Some(Gender::Unknown));
        assert_eq!(institution_head("ministere"), Some(Gender::Masculine));
        assert!(is_vague_head("sources"));
        assert_eq!(title("mme"), Some(Gender::Feminine));
        assert_eq!(first_name_gender("aminata"), Gender::Feminine);
        assert_eq!(first_name_gender("zzz"), Gender::Unknown);
        assert!(is_capitalised_function_word("selon"));
        assert!(is_verb_group_filler("publiquement"));
        assert!(ends_speaker_phrase("mardi"));
        assert!(is_naming_noun("operation"));
        assert!(opens_phrase("le") && opens_phrase("porte-parole") && !opens_phrase("pont"));
    }
}
