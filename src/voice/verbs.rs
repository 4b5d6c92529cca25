//! Reporting verbs: every conjugated form mapped to its lemma and stance.
//!
//! The lemmas and their stances come from the lexicons' `reporting_verb` categories
//! (`lexicons/fr/reporting_verbs.tsv`), so a researcher can add a verb or change a stance
//! without touching code; [`crate::conjugate`] expands each lemma into its forms. A few
//! multi-word reporting expressions (`faire savoir`, `mettre en garde`, `rendre hommage`, `y
//! voir`, and the self-portraits `se décrire comme`, `se présenter comme`, `se définir comme`)
//! cannot be written as a lexicon lemma and are listed here.
//!
//! The table also knows the auxiliaries (avoir, être) and the verbs that govern a reporting
//! infinitive (`a tenu à souligner`, `ne cesse de répéter`), which the patterns need to read a
//! verb group.

mod index;

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::conjugate::{self, Tense};
use crate::lexicon::{CategoryKind, LexiconSet, Stance};

use super::text::{fold, lower};

/// A map keyed by word forms.
pub(crate) type WordMap<V> = crate::hash::WordMap<String, V>;

/// One reporting verb.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbEntry {
    /// The lemma as the lexicon writes it (`s'insurger`, `déclarer`).
    pub lemma: String,
    pub stance: Stance,
    /// A pronominal verb: it reports only with its reflexive pronoun (`s'est félicité`).
    pub reflexive: bool,
    /// Words that must follow the verb for a multi-word expression (`savoir` in `faire
    /// savoir`), folded.
    pub particles: Vec<String>,
    /// The verb reports only in inversion with `on` (`a-t-on appris`): elsewhere `apprendre`
    /// means to learn.
    pub on_only: bool,
    /// The verb reports only with the pronoun `y` in its group (`l'opposition y voit une
    /// manœuvre`, `n'y a vu qu'un prétexte`): elsewhere `voir` means to see.
    pub y_only: bool,
}

pub(crate) use self::index::FormRef;
use self::index::{FormIndex, Origin, PHRASAL, Planned};

/// The reporting verbs the voice stage recognises, built from the lexicons' reporting-verb
/// categories.
#[derive(Clone, Debug, Default)]
pub struct VerbTable {
    entries: Vec<VerbEntry>,
    /// Forms folded (no accents): for text that lost its accents.
    forms: FormIndex,
    /// Forms in lower case with their accents: `annoncés` is a participle only, while its
    /// folded form `annonces` is also a present tense.
    exact: FormIndex,
}

/// The form indexes of the built-in reporting verbs, filled by `build.rs` with
/// [`index::fill`] (layout: the length of the list of verbs and the list, one verb a line,
/// then the folded index and the exact one, as [`FormIndex::write`] writes them).
static BUILT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin_verbs.bin"));

/// The indexes the build filled, when `planned` are exactly the verbs it planned (the same
/// verbs conjugated in the same order give the same indexes); `None` for any other list, or a
/// blob that does not read.
fn built_indexes(planned: &[Planned]) -> Option<(FormIndex, FormIndex)> {
    let len = u32::from_le_bytes(BUILT.get(..4)?.try_into().ok()?) as usize;
    let verbs = std::str::from_utf8(BUILT.get(4..4 + len)?).ok()?;
    if !verbs.split('\n').eq(planned.iter().map(|p| p.verb)) {
        return None;
    }
    let (folded, rest) = FormIndex::read(BUILT.get(4 + len..)?)?;
    let (exact, _) = FormIndex::read(rest)?;
    Some((folded, exact))
}

/// The folded and the lower-case key of a verb form, as the voice stage folds words.
fn form_keys(text: &str) -> (Cow<'_, str>, Cow<'_, str>) {
    if is_plain(text) {
        (Cow::Borrowed(text), Cow::Borrowed(text))
    } else if is_lower_french(text) {
        (Cow::Owned(fold(text)), Cow::Borrowed(text))
    } else {
        (Cow::Owned(fold(text)), Cow::Owned(lower(text)))
    }
}

/// The (lemma, stance) of every entry of the `reporting_verb` categories that has a stance.
fn reporting_pairs(lexicons: &LexiconSet) -> impl Iterator<Item = (&str, Stance)> {
    lexicons.entries.iter().filter_map(|e| {
        let kind = lexicons.categories.get(e.category)?.kind;
        (kind == CategoryKind::ReportingVerb)
            .then_some(())
            .and(e.stance)
            .map(|s| (e.pattern.as_str(), s))
    })
}

/// The stance a [`PHRASAL`] expression is written with.
fn stance_named(name: &str) -> Option<Stance> {
    match name {
        "neutral" => Some(Stance::Neutral),
        "endorsing" => Some(Stance::Endorsing),
        "distancing" => Some(Stance::Distancing),
        "loaded" => Some(Stance::Loaded),
        _ => None,
    }
}

impl VerbTable {
    /// The table of every reporting verb in the `reporting_verb` categories of `lexicons`,
    /// plus the multi-word expressions built in. Entries without a stance are skipped (the
    /// loader refuses them anyway).
    pub fn new(lexicons: &LexiconSet) -> VerbTable {
        VerbTable::from_pairs(reporting_pairs(lexicons))
    }

    /// A table from (lemma, stance) pairs, plus the multi-word expressions built in. A lemma
    /// may carry a `v:` prefix; pronominal lemmas are written `s'insurger` or `se féliciter`.
    /// When a lemma appears twice, the first stance wins.
    ///
    /// ```
    /// use cadrage::lexicon::Stance;
    /// use cadrage::voice::VerbTable;
    /// let table = VerbTable::from_pairs([("marteler", Stance::Loaded)]);
    /// assert_eq!(table.stance("marteler"), Some(Stance::Loaded));
    /// assert_eq!(table.lemma_of("martèlent"), Some("marteler"));
    /// ```
    pub fn from_pairs<I, S>(pairs: I) -> VerbTable
    where
        I: IntoIterator<Item = (S, Stance)>,
        S: AsRef<str>,
    {
        VerbTable::planned(pairs, true)
    }

    /// [`VerbTable::from_pairs`], with the build's indexes when `use_built` and the verbs are
    /// the built-in ones, else with indexes filled here.
    fn planned<I, S>(pairs: I, use_built: bool) -> VerbTable
    where
        I: IntoIterator<Item = (S, Stance)>,
        S: AsRef<str>,
    {
        let pairs: Vec<(S, Stance)> = pairs.into_iter().collect();
        let lemmas: Vec<&str> = pairs.iter().map(|(l, _)| l.as_ref()).collect();
        let planned = index::plan(&lemmas);
        let entries = planned
            .iter()
            .map(|p| {
                let stance = match p.origin {
                    Origin::Lemma(i) => pairs[i].1,
                    Origin::Phrasal(i) => stance_named(PHRASAL[i].3).unwrap_or(Stance::Neutral),
                    Origin::Restricted(_) => Stance::Neutral,
                };
                VerbEntry {
                    lemma: p.lemma.to_string(),
                    stance,
                    reflexive: p.reflexive,
                    particles: p.particles.iter().map(|w| w.to_string()).collect(),
                    on_only: p.origin == Origin::Restricted(1),
                    y_only: p.origin == Origin::Restricted(0),
                }
            })
            .collect();
        let built = if use_built {
            built_indexes(&planned)
        } else {
            None
        };
        let (forms, exact) = built.unwrap_or_else(|| index::fill(&planned, form_keys));
        VerbTable {
            entries,
            forms,
            exact,
        }
    }

    /// Number of reporting verbs (lemmas).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every verb of the table, in order.
    pub fn entries(&self) -> &[VerbEntry] {
        &self.entries
    }

    /// The stance of a lemma, when the table has it.
    pub fn stance(&self, lemma: &str) -> Option<Stance> {
        self.entries
            .iter()
            .find(|e| e.lemma == lemma)
            .map(|e| e.stance)
    }

    /// The lemma a word form belongs to (case and accents folded), when it is a form of a
    /// reporting verb. A form shared by several verbs gives the first one in the table.
    pub fn lemma_of(&self, form: &str) -> Option<&str> {
        let refs = self.lookup_word(&lower(form), &fold(form));
        refs.first()
            .map(|r| self.entries[r.verb as usize].lemma.as_str())
    }

    /// The verbs a folded word form may belong to.
    pub(crate) fn lookup(&self, folded: &str) -> &[FormRef] {
        self.forms.get(folded)
    }

    /// The verbs a word may belong to: by its exact spelling (lower case, accents) when the
    /// table knows it, else by its folded form.
    pub(crate) fn lookup_word(&self, lower: &str, folded: &str) -> &[FormRef] {
        // A form the index has always has a use, so an empty answer means an unknown form.
        match self.exact.get(lower) {
            [] => self.lookup(folded),
            refs => refs,
        }
    }

    pub(crate) fn entry(&self, verb: u32) -> &VerbEntry {
        &self.entries[verb as usize]
    }
}

/// True when a word is its own folded and lower-case form (lower-case ASCII letters, digits,
/// `'` and `-`), as most verb forms are: they skip both foldings, which are a large part of
/// building the table.
fn is_plain(word: &str) -> bool {
    let plain = word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'\'' || b == b'-');
    debug_assert!(!plain || (fold(word) == word && lower(word) == word));
    plain
}

/// The precomposed lower-case letters of French, which are their own lower case.
const FRENCH_LOWER: &str = "àâäéèêëîïôöùûüçœæÿ";

/// True for a word already in lower case with only ASCII and the accented letters of French
/// (`déclarées`, `reconnaît`): [`lower`] leaves it as it is, and most accented forms of the
/// conjugator are of this kind, so the table skips the general lower-casing for them.
fn is_lower_french(word: &str) -> bool {
    let lower_french = word.chars().all(|c| {
        c.is_ascii_lowercase()
            || c.is_ascii_digit()
            || c == '\''
            || c == '-'
            || FRENCH_LOWER.contains(c)
    });
    debug_assert!(!lower_french || lower(word) == word);
    lower_french
}

/// Verbs that are the grammar of a verb group rather than its meaning.
pub(crate) struct Grammar {
    /// Finite forms of avoir, and `ayant`.
    pub avoir: WordMap<bool>,
    /// Finite forms of être, and `étant`.
    pub etre: WordMap<bool>,
    /// Every form of the verbs that govern a reporting infinitive (tenir à, vouloir, cesser
    /// de…), and the past participle `été`.
    pub modal: WordMap<()>,
    /// The forms of devoir, pouvoir and aller that make a saying scheduled, expected or
    /// possible rather than said (`doit présenter`, `devrait annoncer`, `peuvent contester`,
    /// `va s'exprimer`): the present, imperfect, future, conditional and subjunctive. The
    /// simple past and the participles (`dut reconnaître`, `a dû admettre`, `a pu constater`)
    /// report what was said.
    pub prospective: WordMap<()>,
    /// The finite forms of the commonest verbs of saying ([`SAYING`]), in lower case with
    /// their accents (`assure`, `affirmait`, `dit`): a noun phrase never runs over one
    /// (`L'ancienne ministre assure disposer…` names `L'ancienne ministre`).
    pub saying: WordMap<()>,
}

/// The commonest verbs of saying, whose finite forms end a noun phrase (see
/// [`Grammar::saying`]). Lemmas whose forms are also nouns of a speaker (`juger`: `le
/// juge`, `critiquer`: `un critique`) are left out.
const SAYING: &[&str] = &[
    "dire",
    "déclarer",
    "affirmer",
    "assurer",
    "estimer",
    "expliquer",
    "indiquer",
    "préciser",
    "souligner",
    "ajouter",
    "annoncer",
    "confirmer",
    "reconnaître",
    "rappeler",
    "admettre",
    "soutenir",
    "répondre",
    "raconter",
    "confier",
    "dénoncer",
    "regretter",
    "déplorer",
    "réclamer",
    "demander",
    "promettre",
    "espérer",
    "craindre",
    "considérer",
    "penser",
    "croire",
    "prévenir",
    "avertir",
    "insister",
    "plaider",
    "marteler",
    "répéter",
    "constater",
    "accuser",
    "menacer",
    "nier",
    "démentir",
    "contester",
    "faire",
];

/// Verbs that govern a reporting infinitive: `a tenu à rappeler que`, `ne cesse de répéter
/// que`, `s'est empressé d'ajouter que`, `a fini par reconnaître que`.
const MODALS: &[&str] = &[
    "tenir",
    "finir",
    "vouloir",
    "pouvoir",
    "devoir",
    "aller",
    "venir",
    "cesser",
    "continuer",
    "hésiter",
    "empresser",
    "contenter",
    "borner",
    "préférer",
    "oser",
    "permettre",
    "garder",
    "efforcer",
    "attacher",
    "insister",
    "prendre soin",
    "choisir",
    "décider",
    "juger bon",
    "souhaiter",
    "refuser",
];

pub(crate) fn grammar() -> &'static Grammar {
    static GRAMMAR: OnceLock<Grammar> = OnceLock::new();
    GRAMMAR.get_or_init(|| {
        let finite = |lemma: &str, extra: &str| {
            let mut map: WordMap<bool> = conjugate::tagged_forms(lemma)
                .into_iter()
                .filter(|f| f.is_finite())
                .map(|f| (fold(&f.text), f.is_plural()))
                .collect();
            map.insert(fold(extra), false);
            map
        };
        let mut modal = WordMap::default();
        for m in MODALS {
            for f in conjugate::forms(m) {
                modal.insert(fold(&f), ());
            }
        }
        let mut prospective = WordMap::default();
        for m in ["devoir", "pouvoir", "aller"] {
            for f in conjugate::tagged_forms(m) {
                if matches!(
                    f.tense,
                    Tense::Present
                        | Tense::Imperfect
                        | Tense::Future
                        | Tense::Conditional
                        | Tense::Subjunctive
                ) {
                    prospective.insert(fold(&f.text), ());
                }
            }
        }
        let mut saying = WordMap::default();
        for lemma in SAYING {
            for f in conjugate::tagged_forms(lemma) {
                if f.is_finite() {
                    saying.insert(lower(&f.text), ());
                }
            }
        }
        Grammar {
            avoir: finite("avoir", "ayant"),
            etre: finite("être", "étant"),
            modal,
            prospective,
            saying,
        }
    })
}

/// Lemmas whose use with a plain object is rarely reported speech (`rappeler son
/// ambassadeur`, `déclarer la guerre`, `assurer la sécurité`): they report only with `que`,
/// a colon, a quotation or inversion.
pub(crate) fn needs_clause(lemma: &str) -> bool {
    matches!(
        lemma,
        "rappeler"
            | "refuser"
            | "réagir"
            | "abonder"
            | "attribuer"
            | "souhaiter"
            | "opposer"
            | "présenter"
            | "rendre hommage"
            | "déclarer"
            | "lancer"
            | "glisser"
            | "souffler"
            | "poursuivre"
            | "continuer"
            | "reprendre"
            | "conclure"
            | "compléter"
            | "enchaîner"
            | "trancher"
            | "observer"
            | "relever"
            | "établir"
            | "pointer"
            | "avancer"
            | "défendre"
            | "soutenir"
            | "maintenir"
            | "admettre"
            | "reconnaître"
            | "écrire"
            | "répondre"
            | "appeler"
            | "menacer"
            | "crier"
            | "hurler"
            | "scander"
            | "chiffrer"
            | "évaluer"
            | "murmurer"
            | "garantir"
            | "assurer"
            | "prévenir"
            | "considérer"
            | "penser"
            | "croire"
            | "confier"
            | "lâcher"
            | "convenir"
            | "tempérer"
            | "supposer"
            | "douter"
            | "interroger"
            | "rapporter"
            | "informer"
            | "proclamer"
            | "approuver"
            | "justifier"
            | "analyser"
            | "résumer"
            | "parler"
            | "insister"
            | "commenter"
            | "répliquer"
            | "objecter"
            | "relativiser"
            | "nuancer"
            | "renchérir"
            | "rétorquer"
            | "s'exprimer"
            | "tweeter"
            | "ironiser"
            | "s'exclamer"
            | "s'écrier"
            | "s'esclaffer"
            | "s'emporter"
            | "s'agacer"
            | "s'énerver"
            | "haranguer"
            | "sermonner"
            | "admonester"
            | "calculer"
            | "corriger"
            | "embrayer"
            | "enchérir"
            | "surenchérir"
            | "questionner"
            | "hasarder"
            | "chuchoter"
            | "parier"
            | "temporiser"
            | "se remémorer"
            | "cingler"
            | "grincer"
            | "ricaner"
            | "persifler"
            | "s'amuser"
            | "plaisanter"
            | "rigoler"
            | "rire"
            | "bougonner"
            | "maugréer"
            | "râler"
            | "vitupérer"
            | "s'étrangler"
            | "balayer"
            | "éluder"
            | "exulter"
            | "énumérer"
            | "récapituler"
    )
}

/// A lemma of [`needs_clause`] that still reports with one preposition after it (`parler
/// de`, `insister sur`, `appeler à`, `menacer de`).
pub(crate) fn licensed_by_preposition(lemma: &str, preposition: &str) -> bool {
    matches!(
        (lemma, preposition),
        ("parler", "de" | "d'" | "du" | "des")
            | ("insister", "sur")
            | ("ironiser", "sur")
            | ("douter", "de" | "d'" | "du" | "des")
            | ("menacer", "de" | "d'")
            | ("appeler", "a" | "au" | "aux")
            | ("convenir", "de" | "d'" | "du" | "des")
            | ("s'exprimer", "sur")
            | ("interroger", "sur")
            | ("informer", "de" | "d'" | "du" | "des")
            | ("crier" | "hurler", "a" | "au")
            | ("s'emporter" | "s'énerver", "contre")
            | ("s'agacer", "de" | "d'" | "du" | "des")
            | ("assurer", "de" | "d'")
            | ("défendre", "de" | "d'")
            | ("prévenir" | "mettre en garde", "contre")
            | ("justifier", "par")
            | ("commenter", "sur")
            | ("abonder", "dans" | "en")
            | ("chiffrer" | "évaluer", "a")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut of the table for accented lower-case forms gives what the general
    /// lower-casing gives, letter by letter and on whole words; a capital or another letter
    /// takes the general path.
    #[test]
    fn french_lower_case_letters_are_their_own_lower_case() {
        for c in FRENCH_LOWER.chars() {
            assert_eq!(lower(&c.to_string()), c.to_string(), "{c}");
        }
        for word in [
            "déclarées",
            "reconnaît",
            "aperçûmes",
            "s'émeut",
            "cœur",
            "garde-fou",
        ] {
            assert!(is_lower_french(word), "{word}");
            assert_eq!(lower(word), word);
        }
        for word in ["Déclarées", "ÉTAT", "naïveté\u{2019}", "ﬁnit", "ǅ"] {
            assert!(!is_lower_french(word), "{word}");
        }
    }

    /// The indexes `build.rs` filled for the shipped lexicons are used for them, and equal,
    /// key by key and use by use, the indexes filled at run time with the voice stage's own
    /// folding; the verbs and their stances are the same either way.
    #[test]
    fn built_indexes_equal_the_run_time_ones() {
        let set = LexiconSet::load(&crate::lexicon::LoadOptions {
            builtin: true,
            paths: Vec::new(),
        })
        .expect("the built-in lexicons load");
        let lemmas: Vec<&str> = reporting_pairs(&set).map(|(l, _)| l).collect();
        assert!(lemmas.len() >= 120, "only {} reporting verbs", lemmas.len());
        assert!(
            built_indexes(&index::plan(&lemmas)).is_some(),
            "the build's indexes are not used for the built-in verbs"
        );
        let built = VerbTable::new(&set);
        let run = VerbTable::planned(reporting_pairs(&set), false);
        assert_eq!(built.entries, run.entries);
        assert_eq!(built.forms, run.forms);
        assert_eq!(built.exact, run.exact);
        assert!(run.forms.len() > 5_000, "{} forms", run.forms.len());
        // Another list of verbs is indexed at run time, not given the build's indexes.
        let mut other = lemmas.clone();
        other.push("ergoter");
        assert!(built_indexes(&index::plan(&other)).is_none());
        assert!(built_indexes(&index::plan(&lemmas[1..])).is_none());
    }

    /// An index reads back from its bytes as it was written, and finds every form it holds
    /// with the same uses; a truncated index is refused.
    #[test]
    fn an_index_reads_back_what_was_written() {
        let lemmas = [
            "déclarer",
            "s'insurger",
            "dire",
            "se féliciter",
            "v:ajouter",
        ];
        let planned = index::plan(&lemmas);
        let (folded, exact) = index::fill(&planned, form_keys);
        for written in [folded, exact] {
            let mut bytes = Vec::new();
            written.write(&mut bytes);
            bytes.extend(b"rest");
            let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
            let (read, rest) = FormIndex::read(bytes).expect("the index reads back");
            assert_eq!(read, written);
            assert_eq!(rest, b"rest");
            assert!(FormIndex::read(&bytes[..bytes.len() - 9]).is_none());
        }
        let table = VerbTable::planned(lemmas.map(|l| (l, Stance::Neutral)), false);
        assert_eq!(table.lemma_of("Déclarèrent"), Some("déclarer"));
        assert_eq!(table.lemma_of("insurgées"), Some("s'insurger"));
        assert_eq!(table.lemma_of("félicitons"), Some("se féliciter"));
        assert_eq!(table.lemma_of("ajouta"), Some("ajouter"));
        assert_eq!(table.lemma_of("dîtes"), Some("dire"));
        assert_eq!(table.lemma_of("déclaration"), None);
        assert_eq!(table.lemma_of(""), None);
    }

    /// Every built-in multi-word expression is written with a stance the table knows, and the
    /// restricted verbs carry their restriction.
    #[test]
    fn built_in_expressions_have_known_stances_and_restrictions() {
        for (lemma, _, _, stance) in PHRASAL {
            assert!(stance_named(stance).is_some(), "{lemma}: {stance}");
        }
        let t = VerbTable::from_pairs(Vec::<(&str, Stance)>::new());
        let voir = t.entries().iter().find(|e| e.lemma == "y voir").unwrap();
        assert!(voir.y_only && !voir.on_only);
        let apprendre = t.entries().iter().find(|e| e.lemma == "apprendre").unwrap();
        assert!(apprendre.on_only && !apprendre.y_only);
        assert_eq!(t.stance("laisser entendre"), Some(Stance::Distancing));
    }

    fn table() -> VerbTable {
        VerbTable::from_pairs([
            ("déclarer", Stance::Neutral),
            ("s'insurger", Stance::Loaded),
            ("confirmer", Stance::Endorsing),
            ("déclarer", Stance::Loaded),
        ])
    }

    #[test]
    fn forms_map_to_lemma_and_stance() {
        let t = table();
        assert_eq!(t.lemma_of("Déclarait"), Some("déclarer"));
        assert_eq!(t.lemma_of("insurgés"), Some("s'insurger"));
        assert_eq!(t.lemma_of("confirmerait"), Some("confirmer"));
        assert_eq!(t.lemma_of("table"), None);
        assert_eq!(
            t.stance("déclarer"),
            Some(Stance::Neutral),
            "first stance wins"
        );
        assert!(t.entry(1).reflexive);
    }

    #[test]
    fn phrasal_expressions_are_built_in() {
        let t = VerbTable::from_pairs(Vec::<(&str, Stance)>::new());
        assert_eq!(t.lemma_of("fait"), Some("faire savoir"));
        assert_eq!(t.stance("mettre en garde"), Some(Stance::Neutral));
    }

    /// A plain form is its own folded and lower-case form; anything else takes the foldings.
    #[test]
    fn plain_forms_skip_folding_only_when_folding_changes_nothing() {
        for word in ["declare", "dit", "aujourd'hui", "contre-attaque", "49"] {
            assert!(is_plain(word), "{word}");
            assert_eq!(
                (fold(word), lower(word)),
                (word.to_string(), word.to_string())
            );
        }
        for word in ["déclaré", "Dit", "aujourd’hui", "reconnaît"] {
            assert!(!is_plain(word), "{word}");
        }
    }

    #[test]
    fn grammar_knows_auxiliaries_and_modals() {
        let g = grammar();
        assert_eq!(g.avoir.get("ont"), Some(&true));
        assert_eq!(g.avoir.get("a"), Some(&false));
        assert!(g.etre.contains_key("sont"));
        assert!(g.modal.contains_key("tenu"));
        assert!(g.modal.contains_key("cesse"));
    }

    /// Every example of the shipped reporting-verb lexicon holds a form of its lemma.
    #[test]
    fn shipped_lexicon_examples_hold_their_verb() {
        let tsv = include_str!("../../lexicons/fr/reporting_verbs.tsv");
        let mut rows = tsv
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        let header: Vec<&str> = rows.next().unwrap().split('\t').collect();
        let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
        let (p, s, e) = (col("pattern"), col("stance"), col("example"));
        let mut count = 0;
        for row in rows {
            let f: Vec<&str> = row.split('\t').collect();
            let forms: Vec<String> = conjugate::forms(f[p]).iter().map(|x| fold(x)).collect();
            let example = fold(f[e]);
            let words: Vec<&str> = example
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
                .flat_map(|w| w.split('-'))
                .map(|w| w.rsplit('\'').next().unwrap_or(w))
                .collect();
            assert!(
                words.iter().any(|w| forms.iter().any(|x| x == w)),
                "{}: example lacks a form: {}",
                f[p],
                f[e]
            );
            assert!(
                matches!(f[s], "neutral" | "endorsing" | "distancing" | "loaded"),
                "{}: stance {}",
                f[p],
                f[s]
            );
            count += 1;
        }
        assert!(count >= 120, "only {count} reporting verbs");
    }
}
