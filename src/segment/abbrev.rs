//! Abbreviations, initials and sentence-opening words: what a full stop after a word means.
//!
//! A full stop followed by a capital usually ends a French sentence, except after a title
//! (M. Dupont, Mme, Dr, Mgr), a reference abbreviation (cf., p. 3, art. 49, vol. II), or an
//! initial (P. Moreau, J.-C. Delmas, J. R. R. Tolkien). This module classifies the word
//! before a full stop so the sentence scanner can decide.
//!
//! Decisions, all on the genre rather than on any one article:
//!
//! - Titles and reference abbreviations that only ever introduce something (`M.`, `Mme`,
//!   `cf.`, `p.`, `env.`, `av.`…) never end a sentence, except at the end of a paragraph.
//!   `et al.` is among them: it is nearly always followed by a year or more text, not by
//!   a new sentence.
//! - Abbreviations that are also ordinary words (`art.`, `vol.`, `no.`) do not end a
//!   sentence before a number or a roman numeral (`art. 49`, `vol. IV`); elsewhere they are
//!   words like any other (`C'est du grand art. Le public…`).
//! - Abbreviations that close a phrase (`etc.`, `Inc.`, `Ltd.`, `hab.`, `min.`, `XIXe s.`,
//!   `av. J.-C.`) behave like ordinary words: followed by a capitalised word they end the
//!   sentence, which is what `etc.` at the end of a sentence needs.
//! - A single capital or a run of dotted capitals (`S.`, `J.-C.`, `U.S.A.`, `O.N.U.`) is
//!   read as initials and does not end the sentence, unless the next word is one that opens
//!   sentences (`Le`, `Il`, `Mais`, `Selon`, `D'`…) and is not a name particle followed by a
//!   capitalised word (`Le Goff`, `De Gaulle`). So `le plan B. Le ministre` splits, while
//!   `J.-M. Le Goff` and `P. Moreau` do not; a sentence ending on an initial-like capital
//!   followed by a name (`la vitamine C. Marie`) is not split: a known miss.

/// What a full stop after this word can mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WordClass {
    /// An ordinary word: the full stop may end the sentence.
    Word,
    /// A title or reference abbreviation that introduces what follows.
    Prefix,
    /// An abbreviation introducing a number (`art. 3`); a word otherwise.
    NumberPrefix,
    /// Initials or a dotted acronym.
    Initial,
}

/// Titles, matched with their case.
const TITLES: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Dr", "Drs", "Pr", "Prs", "Mgr", "St", "Ste",
    "Sts", "Stes", "Prof", "Gén", "Gal", "Col", "Cdt", "Cne", "Lt", "Sgt", "Vve",
];

/// Abbreviations that only introduce something, matched in lower case (several letters) or
/// exactly (single lower-case letters, so that the capitals stay initials).
const PREFIXES: &[&str] = &[
    "cf", "pp", "éd", "env", "apr", "av", "tél", "approx", "resp", "réf", "trad", "chap", "fig",
    "coll", "dir", "op", "ch", "bd", "boul", "ex", "vs", "c.-à-d", "p.-ê", "ss", "sq", "sqq", "al",
];

/// Single lower-case letters used as abbreviations that introduce something: page, tome,
/// voir, circa, feuillet.
const LETTER_PREFIXES: &[&str] = &["p", "t", "v", "c", "f"];

/// Abbreviations that are also ordinary words, which introduce a number.
const NUMBER_PREFIXES: &[&str] = &["art", "vol", "no", "nos", "num", "fasc", "liv"];

/// Words that open sentences, in lower case; elided forms are handled separately.
const STARTERS: &[&str] = &[
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "du",
    "de",
    "ce",
    "cet",
    "cette",
    "ces",
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "nous",
    "vous",
    "je",
    "mais",
    "et",
    "ou",
    "donc",
    "or",
    "car",
    "ni",
    "en",
    "dans",
    "pour",
    "par",
    "sur",
    "sous",
    "selon",
    "depuis",
    "après",
    "avant",
    "pendant",
    "lors",
    "cependant",
    "pourtant",
    "toutefois",
    "ainsi",
    "alors",
    "si",
    "quand",
    "lorsque",
    "puisque",
    "comme",
    "à",
    "au",
    "aux",
    "cela",
    "ceci",
    "ça",
    "leur",
    "leurs",
    "son",
    "sa",
    "ses",
    "notre",
    "nos",
    "votre",
    "vos",
    "mon",
    "ma",
    "mes",
    "tout",
    "tous",
    "toute",
    "toutes",
    "plus",
    "moins",
    "enfin",
    "puis",
    "ensuite",
    "néanmoins",
    "dès",
    "malgré",
    "outre",
    "entre",
    "sans",
    "contrairement",
    "quant",
    "qui",
    "que",
    "quoi",
    "pourquoi",
    "comment",
    "où",
    "rien",
    "personne",
    "aucun",
    "aucune",
    "chaque",
    "certains",
    "certaines",
    "plusieurs",
    "voici",
    "voilà",
    "oui",
    "non",
    "y",
    "reste",
    "autrement",
];

/// Starters that are also particles of surnames (`Le Goff`, `De Gaulle`, `Du Bellay`).
const PARTICLES: &[&str] = &["le", "la", "de", "du", "des", "di", "van", "von"];

/// Elided forms that open sentences (`L'`, `D'`, `C'`, `J'`, `Qu'`, `S'`), in lower case.
const ELIDED_STARTERS: &[&str] = &["l", "d", "c", "j", "qu", "s"];

/// Classifies `word`, the text between the previous whitespace and a full stop; `previous`
/// is the word before it (used to tell `av. J.-C.` from the initials `J.-C. Delmas`).
pub(crate) fn classify(word: &str, previous: &str) -> WordClass {
    if word.is_empty() {
        return WordClass::Word;
    }
    if TITLES.contains(&word) || LETTER_PREFIXES.contains(&word) {
        return WordClass::Prefix;
    }
    if is_initials(word) {
        let era = matches!(word, "J.-C" | "J.C" | "JC")
            && matches!(
                previous.trim_end_matches('.').to_lowercase().as_str(),
                "av" | "apr" | "avant" | "après"
            );
        return if era {
            WordClass::Word
        } else {
            WordClass::Initial
        };
    }
    // Every multi-letter abbreviation is short: longer words need no lookup.
    let mut chars = word.chars();
    let single = chars.next().is_some() && chars.next().is_none();
    if word.len() > MAX_ABBREVIATION_BYTES || single {
        return WordClass::Word;
    }
    let mut buffer = [0u8; MAX_ABBREVIATION_BYTES * 2];
    let Some(lower) = lowercase_into(word, &mut buffer) else {
        return WordClass::Word;
    };
    if PREFIXES.contains(&lower) {
        WordClass::Prefix
    } else if NUMBER_PREFIXES.contains(&lower) {
        WordClass::NumberPrefix
    } else {
        WordClass::Word
    }
}

/// Length in bytes of the longest entry of [`PREFIXES`] and [`NUMBER_PREFIXES`].
const MAX_ABBREVIATION_BYTES: usize = 8;

/// `word` in lower case, written into `buffer` (no allocation: this runs for every short
/// word before a full stop); `None` when it does not fit.
fn lowercase_into<'b>(word: &str, buffer: &'b mut [u8]) -> Option<&'b str> {
    if word.is_ascii() {
        let out = buffer.get_mut(..word.len())?;
        out.copy_from_slice(word.as_bytes());
        out.make_ascii_lowercase();
        return std::str::from_utf8(out).ok();
    }
    let mut n = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let len = c.len_utf8();
        if n + len > buffer.len() {
            return None;
        }
        c.encode_utf8(&mut buffer[n..n + len]);
        n += len;
    }
    std::str::from_utf8(&buffer[..n]).ok()
}

/// Single capitals joined by dots or hyphens: `S`, `J.-C`, `U.S.A`, `J.R.R`.
fn is_initials(word: &str) -> bool {
    let mut chars = word.chars().peekable();
    loop {
        if !chars.next().is_some_and(char::is_uppercase) {
            return false;
        }
        match chars.next() {
            None => return true,
            Some('.') => {
                if chars.peek() == Some(&'-') {
                    chars.next();
                }
            }
            Some('-') => {}
            Some(_) => return false,
        }
    }
}

/// Whether `word` (capitalised, taken from the text after a full stop) opens a sentence.
/// `after` is the text that follows the word, used to recognise surname particles.
pub(crate) fn opens_sentence(word: &str, after: &str) -> bool {
    if word.len() > 16 {
        return false;
    }
    let lower = word.to_lowercase();
    if let Some(elided) = lower.strip_suffix('\'').or_else(|| lower.strip_suffix('’')) {
        return ELIDED_STARTERS.contains(&elided);
    }
    if !STARTERS.contains(&lower.as_str()) {
        return false;
    }
    if PARTICLES.contains(&lower.as_str()) {
        let next = after.trim_start_matches(|c: char| c.is_whitespace());
        let mut chars = next.chars();
        let capitalised = chars.next().is_some_and(char::is_uppercase)
            && chars.next().is_some_and(char::is_lowercase);
        return !capitalised;
    }
    true
}

/// Whether `word` numbers an item or a section (`1`, `12`, `IV`): at the start of a sentence,
/// the full stop after it does not end the sentence (`… en vigueur. 1. Les loyers…`).
pub(crate) fn is_enumerator(word: &str) -> bool {
    let digits = (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit());
    digits || (word.len() <= 5 && is_roman(word))
}

/// Whether `word` is a roman numeral in capitals (`IV`, `XIX`).
pub(crate) fn is_roman(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_words() {
        let cases: &[(&str, &str, WordClass)] = &[
            ("M", "", WordClass::Prefix),
            ("Mme", "", WordClass::Prefix),
            ("cf", "", WordClass::Prefix),
            ("Cf", "", WordClass::Prefix),
            ("p", "", WordClass::Prefix),
            ("art", "", WordClass::NumberPrefix),
            ("vol", "", WordClass::NumberPrefix),
            ("etc", "", WordClass::Word),
            ("al", "et", WordClass::Prefix),
            ("S", "", WordClass::Initial),
            ("J.-C", "", WordClass::Initial),
            ("J.-C", "av.", WordClass::Word),
            ("J.-C", "apr.", WordClass::Word),
            ("U.S.A", "", WordClass::Initial),
            ("O.N.U", "", WordClass::Initial),
            ("ONU", "", WordClass::Word),
            ("XIV", "", WordClass::Word),
            ("2023", "", WordClass::Word),
            ("a", "", WordClass::Word),
            ("s", "XIXe", WordClass::Word),
            ("pays", "", WordClass::Word),
            ("J.-.C", "", WordClass::Word),
        ];
        for (word, previous, want) in cases {
            assert_eq!(
                classify(word, previous),
                *want,
                "{word:?} after {previous:?}"
            );
        }
    }

    #[test]
    fn abbreviation_tables_fit_the_length_bound() {
        for a in PREFIXES.iter().chain(NUMBER_PREFIXES) {
            assert!(a.len() <= MAX_ABBREVIATION_BYTES, "{a}");
            assert_eq!(a.to_lowercase(), *a, "{a}");
        }
        for s in STARTERS {
            assert!(s.len() <= 16, "{s}");
        }
    }

    #[test]
    fn recognises_sentence_openers() {
        assert!(opens_sentence("Le", " ministre a parlé"));
        assert!(!opens_sentence("Le", " Goff a parlé"));
        assert!(opens_sentence("Les", " Républicains"));
        assert!(opens_sentence("D’", "une seule voix"));
        assert!(opens_sentence("L'", "armée"));
        assert!(!opens_sentence("N’", "Djamena"));
        assert!(!opens_sentence("Moreau", ""));
        assert!(opens_sentence("IL", " EST"));
    }
}
