//! Pattern compilation: from the text a lexicon author wrote to tokens the matcher can verify.
//!
//! A pattern is compiled once, at load (to validate it) and again when the [`super::Matcher`]
//! is built. Compilation folds every literal with the same function that folds the article
//! text ([`crate::normalize::Normalized`]), so a pattern and a text that differ only in case,
//! accents, apostrophes or dashes meet on the same bytes. Everything that could make a pattern
//! unmatchable (a gap at an edge, a `*` inside a word, a pattern made of punctuation only) is
//! refused here with a reason meant for the lexicon author.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use regex::{Regex, RegexBuilder};

use crate::conjugate;
use crate::normalize::FoldOptions;

pub use crate::normalize::is_word_char;

/// The largest gap a pattern may ask for: `{0,8}`. Larger gaps would let one entry span a
/// whole paragraph and make verification costly.
pub const MAX_GAP: u8 = 8;
/// The most tokens a pattern may have, so that verifying one anchor hit stays cheap.
pub const MAX_TOKENS: usize = 24;
/// The most optional endings a token may have (`contrôlé(e)(s)` has two).
const MAX_OPTIONAL: usize = 4;
/// Size limits for `re:` patterns, so that one entry cannot make loading slow or huge.
pub const REGEX_SIZE_LIMIT: usize = 1 << 20;
pub const REGEX_DFA_SIZE_LIMIT: usize = 1 << 20;

/// Elided words that glue to the next word: `qu'il` is `qu'` followed by `il`.
pub const ELISIONS: &[&str] = &[
    "l'", "d'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "s'", "n'", "m'", "t'", "c'",
    "j'",
];

/// The folded spellings of a word token, sorted. Shared, because the forms of a verb are
/// the same for every entry that uses it. A spelling compiled at run time is owned; one read
/// from the programs the build compiled ([`super::programs`]) borrows the build's bytes, which
/// saved an allocation for each of the tens of thousands of built-in spellings at start-up.
pub type Spellings = Arc<[Cow<'static, str>]>;

fn spellings(mut alts: Vec<String>) -> Spellings {
    alts.sort_unstable();
    alts.dedup();
    alts.into_iter().map(Cow::Owned).collect()
}

/// A single spelling: most words of most patterns. Built without the intermediate list that
/// [`spellings`] sorts, which saved an allocation per word of every lexicon at start-up.
fn one_spelling(word: String) -> Spellings {
    Arc::from([Cow::Owned(word)])
}

/// One token of a compiled pattern.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Token {
    /// Any of these folded spellings, as a whole word (elisions, optional endings, verb forms).
    Words(Spellings),
    /// A word that starts with this folded prefix (`contrôl*`).
    Glob(String),
    /// `min` to `max` words of any kind.
    Gap { min: u8, max: u8 },
}

impl Token {
    /// The literals the matcher can look for to find this token, or `None` for a gap.
    pub fn literals(&self) -> Option<Vec<&str>> {
        match self {
            Token::Words(alts) => Some(alts.iter().map(AsRef::as_ref).collect()),
            Token::Glob(prefix) => Some(vec![prefix.as_str()]),
            Token::Gap { .. } => None,
        }
    }
}

/// A compiled pattern.
#[derive(Clone, Debug)]
pub enum Compiled {
    Tokens(Vec<Token>),
    Regex(Regex),
}

/// What makes two entries duplicates: the same tokens after folding (`Contrôlée` and
/// `controlee`), or the same regular expression.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum DuplicateKey {
    Tokens(Vec<Token>),
    Regex(String),
}

impl Compiled {
    pub fn into_key(self) -> DuplicateKey {
        match self {
            Compiled::Tokens(tokens) => DuplicateKey::Tokens(tokens),
            Compiled::Regex(re) => DuplicateKey::Regex(re.as_str().to_string()),
        }
    }
}

/// How to read a pattern.
#[derive(Clone, Copy, Debug, Default)]
pub struct PatternOptions {
    /// Match case and accents exactly (the category is `exact = true`).
    pub exact: bool,
    /// The pattern is a reporting-verb lemma: its first word is a verb (`v:` implied) and a
    /// leading reflexive pronoun is dropped.
    pub verb_lemma: bool,
    /// Expand verb lemmas into their forms. Validation leaves it off: it needs to know that
    /// a pattern is well formed, not every form, and conjugating every reporting verb on
    /// every load would cost more than the rest of loading.
    pub conjugate: bool,
}

/// Folded forms of the verbs already conjugated, by lemma and exactness, so that a verb used
/// by several entries is conjugated once per matcher. Shared by the threads that compile.
#[derive(Debug, Default)]
pub struct VerbCache {
    forms: Mutex<HashMap<(String, bool), Spellings>>,
}

impl VerbCache {
    fn get(&self, key: &(String, bool)) -> Option<Spellings> {
        let forms = self.forms.lock().unwrap_or_else(|e| e.into_inner());
        forms.get(key).cloned()
    }

    fn insert(&self, key: (String, bool), spellings: Spellings) {
        let mut forms = self.forms.lock().unwrap_or_else(|e| e.into_inner());
        forms.insert(key, spellings);
    }
}

/// The fold options for a pattern or a text, exact or not.
pub fn fold_options(exact: bool) -> FoldOptions {
    FoldOptions {
        case: !exact,
        accents: !exact,
    }
}

/// Folds a literal exactly as article text is folded.
pub fn fold(s: &str, exact: bool) -> String {
    // Normalization leaves lower-case ASCII letters, digits, spaces, apostrophes and hyphens
    // as they are, and most literals (and most verb forms) are made of nothing else: they
    // skip the general folding, which costs more than the rest of compiling a pattern.
    let unchanged = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b"' -".contains(&b);
    if s.bytes().all(unchanged) {
        debug_assert_eq!(crate::normalize::fold(s, fold_options(exact)), s);
        return s.to_string();
    }
    if !exact && let Some(folded) = fold_french_lower(s) {
        debug_assert_eq!(crate::normalize::fold(s, fold_options(exact)), folded);
        return folded;
    }
    crate::normalize::fold(s, fold_options(exact))
}

/// The folded form of a lower-case French word made of ASCII and the precomposed accented
/// letters of French (`déclarées`, `reconnaît`), or `None` for anything else. Such a word is
/// already in NFC, so folding it only strips its accents; the forms of every `v:` verb are of
/// this kind, and the general folding cost as much as conjugating them.
fn fold_french_lower(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let base = match c {
            'a'..='z' | '0'..='9' | '\'' | ' ' | '-' => c,
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            _ => return None,
        };
        out.push(base);
    }
    Some(out)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '′' | '‘')
}

fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}'
    )
}

/// Compiles `pattern`, or explains why it cannot be used.
pub fn compile(pattern: &str, options: PatternOptions) -> Result<Compiled, String> {
    compile_with(pattern, options, &VerbCache::default())
}

/// [`compile`], reusing the verb forms already in `verbs`.
pub fn compile_with(
    pattern: &str,
    options: PatternOptions,
    verbs: &VerbCache,
) -> Result<Compiled, String> {
    if let Some(source) = regex_source(pattern) {
        return compile_regex(source).map(Compiled::Regex);
    }
    let mut text = pattern.trim();
    let mut exact = options.exact;
    if let Some(rest) = text.strip_prefix("exact:") {
        exact = true;
        text = rest.trim_start();
    }
    if text.is_empty() {
        return Err("empty pattern".to_string());
    }
    let mut raw_tokens: Vec<Cow<'_, str>> = text
        .split(|c: char| c.is_whitespace() || is_dash(c))
        .filter(|t| !t.is_empty())
        .map(Cow::Borrowed)
        .collect();
    if options.verb_lemma {
        make_lemma(&mut raw_tokens);
        if raw_tokens.is_empty() {
            return Err("reporting verb pattern has no verb after its pronoun".to_string());
        }
    }
    let mut tokens = Vec::new();
    let mut context = Context {
        exact,
        conjugate: options.conjugate,
        verbs,
    };
    for raw in &raw_tokens {
        compile_token(raw, &mut context, &mut tokens)?;
    }
    check_tokens(&tokens)?;
    Ok(Compiled::Tokens(tokens))
}

/// Drops a leading reflexive pronoun (`se féliciter`, `s'insurger`) and marks the first word as
/// a verb lemma, unless the author already wrote `v:` somewhere.
fn make_lemma(raw: &mut Vec<Cow<'_, str>>) {
    if raw.iter().any(|t| t.starts_with("v:")) {
        return;
    }
    if raw.first().is_some_and(|t| t.eq_ignore_ascii_case("se")) {
        raw.remove(0);
    }
    if let Some(first) = raw.first_mut() {
        let mut chars = first.char_indices();
        let pronoun = matches!(chars.next(), Some((_, 's' | 'S')))
            && chars.next().is_some_and(|(_, c)| is_apostrophe(c));
        let cut = if pronoun {
            first.char_indices().nth(2).map_or(first.len(), |(i, _)| i)
        } else {
            0
        };
        if cut == first.len() {
            raw.remove(0);
        } else {
            *first = Cow::Owned(format!("v:{}", &first[cut..]));
        }
    }
}

/// The regular expression of a `re:` pattern (after an optional `exact:`), or `None` for a
/// token pattern. The matcher uses it to compile regular expressions apart from the rest.
pub fn regex_source(pattern: &str) -> Option<&str> {
    let text = pattern.trim();
    let text = text.strip_prefix("exact:").map_or(text, str::trim_start);
    text.strip_prefix("re:")
}

/// Compiles the source of a `re:` pattern, or explains why it cannot be used.
pub fn compile_regex(source: &str) -> Result<Regex, String> {
    if source.trim().is_empty() {
        return Err("empty regular expression after `re:`".to_string());
    }
    let re = RegexBuilder::new(source)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(REGEX_DFA_SIZE_LIMIT)
        .build()
        .map_err(|e| match e {
            regex::Error::CompiledTooBig(limit) => {
                format!("regular expression is too large (over the {limit}-byte limit)")
            }
            other => format!("bad regular expression: {}", one_line(&other.to_string())),
        })?;
    if re.is_match("") {
        return Err("regular expression matches the empty string".to_string());
    }
    Ok(re)
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Context<'v> {
    exact: bool,
    conjugate: bool,
    verbs: &'v VerbCache,
}

/// Compiles one whitespace-separated piece of a pattern, which may yield two tokens when it
/// starts with an elision (`qu'il`).
fn compile_token(raw: &str, context: &mut Context<'_>, out: &mut Vec<Token>) -> Result<(), String> {
    let exact = context.exact;
    if raw.starts_with('{') {
        out.push(parse_gap(raw)?);
        return Ok(());
    }
    if let Some(lemma) = raw.strip_prefix("v:") {
        return compile_verb(lemma, context, out);
    }
    let mut rest = raw;
    while let Some((elision, after)) = split_elision(rest) {
        out.push(Token::Words(one_spelling(fold(&elision, exact))));
        rest = after;
        if rest.is_empty() {
            return Ok(());
        }
    }
    out.push(compile_word(rest, exact)?);
    Ok(())
}

/// Splits a leading elision (`l'`, `qu’`, `jusqu'`) off `raw`, with the apostrophe written `'`.
fn split_elision(raw: &str) -> Option<(String, &str)> {
    let (at, c) = raw.char_indices().find(|&(_, c)| is_apostrophe(c))?;
    let head = &raw[..at];
    let after = &raw[at + c.len_utf8()..];
    let lower = head.to_lowercase();
    ELISIONS
        .iter()
        .any(|e| e[..e.len() - 1] == lower)
        .then(|| (format!("{head}'"), after))
}

fn compile_verb(
    lemma: &str,
    context: &mut Context<'_>,
    out: &mut Vec<Token>,
) -> Result<(), String> {
    if lemma.is_empty() {
        return Err("`v:` needs a verb lemma after it".to_string());
    }
    if lemma.contains(['*', '(', ')', '{']) {
        return Err(format!(
            "`v:{lemma}`: a verb lemma cannot have `*`, endings or gaps"
        ));
    }
    let exact = context.exact;
    if !context.conjugate {
        out.push(Token::Words(one_spelling(fold(lemma, exact))));
        return Ok(());
    }
    let key = (lemma.to_string(), exact);
    if let Some(alts) = context.verbs.get(&key) {
        out.push(Token::Words(alts));
        return Ok(());
    }
    // `spellings` sorts and deduplicates, so the forms shared by several persons or tenses
    // need no deduplication here.
    let alts = spellings(
        conjugate::shared_forms(lemma)
            .iter()
            .map(|f| fold(f.text.trim(), exact))
            .filter(|f| !f.is_empty())
            .collect(),
    );
    if alts.is_empty() {
        return Err(format!(
            "`v:{lemma}`: the conjugator knows no form of this verb"
        ));
    }
    context.verbs.insert(key, alts.clone());
    out.push(Token::Words(alts));
    Ok(())
}

fn parse_gap(raw: &str) -> Result<Token, String> {
    let inner = raw
        .strip_prefix('{')
        .and_then(|r| r.strip_suffix('}'))
        .ok_or_else(|| format!("`{raw}`: a gap is written `{{m,n}}`"))?;
    let bad = || format!("`{raw}`: a gap is written `{{m,n}}` with 0 ≤ m ≤ n ≤ {MAX_GAP}");
    let (min, max) = match inner.split_once(',') {
        Some((a, b)) => (a.trim().parse::<u8>(), b.trim().parse::<u8>()),
        None => (inner.trim().parse::<u8>(), inner.trim().parse::<u8>()),
    };
    let (min, max) = (min.map_err(|_| bad())?, max.map_err(|_| bad())?);
    if min > max {
        return Err(format!(
            "`{raw}`: gap minimum is above its maximum: can never match"
        ));
    }
    if max > MAX_GAP {
        return Err(format!("`{raw}`: gaps are at most {MAX_GAP} words"));
    }
    if max == 0 {
        return Err(format!("`{raw}`: an empty gap matches nothing; remove it"));
    }
    Ok(Token::Gap { min, max })
}

/// A word token: a literal, a `*` glob or a stem with optional endings.
fn compile_word(raw: &str, exact: bool) -> Result<Token, String> {
    if let Some(prefix) = raw.strip_suffix('*') {
        if prefix.contains('*') {
            return Err(format!("`{raw}`: `*` is allowed only at the end of a word"));
        }
        if prefix.contains(['(', ')']) {
            return Err(format!(
                "`{raw}`: a word cannot have both optional endings and `*`"
            ));
        }
        let folded = fold(prefix, exact);
        match folded.chars().last() {
            None => return Err(format!("`{raw}`: `*` needs letters before it")),
            Some(c) if !is_word_char(c) => {
                return Err(format!("`{raw}`: `*` must follow a letter or digit"));
            }
            Some(_) => {}
        }
        return Ok(Token::Glob(folded));
    }
    if raw.contains('*') {
        return Err(format!(
            "`{raw}`: `*` is allowed only at the end of a word: can never match"
        ));
    }
    if !raw.ends_with(')') && raw.contains(['(', ')']) {
        return Err(format!(
            "`{raw}`: parentheses are allowed only for endings at the end of a word"
        ));
    }
    if !raw.ends_with(')') {
        // The common case, a plain word: one spelling, no expansion.
        let folded = fold(raw, exact);
        if folded.is_empty() {
            return Err(format!("`{raw}`: a word folds to nothing"));
        }
        return Ok(Token::Words(one_spelling(folded)));
    }
    let (stem, endings) = split_endings(raw)?;
    let mut alts = vec![String::from(stem)];
    for ending in &endings {
        let longer: Vec<String> = alts.iter().map(|a| format!("{a}{ending}")).collect();
        alts.extend(longer);
    }
    let alts: Vec<String> = alts.iter().map(|a| fold(a, exact)).collect();
    if alts.iter().any(String::is_empty) {
        return Err(format!("`{raw}`: a word folds to nothing"));
    }
    Ok(Token::Words(spellings(alts)))
}

/// Splits `contrôlé(e)(s)` into `contrôlé` and `["e", "s"]`.
fn split_endings(raw: &str) -> Result<(&str, Vec<&str>), String> {
    let mut endings = Vec::new();
    let mut rest = raw;
    while let Some(inner) = rest.strip_suffix(')') {
        let open = inner
            .rfind('(')
            .ok_or_else(|| format!("`{raw}`: unbalanced parenthesis"))?;
        let ending = &inner[open + 1..];
        if ending.is_empty() || ending.contains(['(', ')']) {
            return Err(format!("`{raw}`: an optional ending is written `(es)`"));
        }
        endings.push(ending);
        rest = &inner[..open];
    }
    if rest.contains(['(', ')']) {
        return Err(format!(
            "`{raw}`: parentheses are allowed only for endings at the end of a word"
        ));
    }
    if rest.is_empty() && !endings.is_empty() {
        return Err(format!("`{raw}`: optional endings need a stem before them"));
    }
    if endings.len() > MAX_OPTIONAL {
        return Err(format!("`{raw}`: at most {MAX_OPTIONAL} optional endings"));
    }
    endings.reverse();
    Ok((rest, endings))
}

/// Whole-pattern checks: gaps at the edges, repeated gaps, punctuation only, length.
fn check_tokens(tokens: &[Token]) -> Result<(), String> {
    if tokens.len() > MAX_TOKENS {
        return Err(format!("pattern has more than {MAX_TOKENS} words"));
    }
    let is_gap = |t: &Token| matches!(t, Token::Gap { .. });
    if tokens.first().is_some_and(is_gap) || tokens.last().is_some_and(is_gap) {
        return Err("a gap must stand between two words, not at the start or end".to_string());
    }
    if tokens.windows(2).any(|w| is_gap(&w[0]) && is_gap(&w[1])) {
        return Err("two gaps in a row: write one gap".to_string());
    }
    let has_word = tokens.iter().any(|t| match t {
        Token::Words(alts) => alts.iter().any(|a| a.chars().any(is_word_char)),
        Token::Glob(_) => true,
        Token::Gap { .. } => false,
    });
    if !has_word {
        return Err("pattern has no letter or digit: can never match a word".to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(p: &str) -> Vec<Token> {
        match compile(p, PatternOptions::default()) {
            Ok(Compiled::Tokens(t)) => t,
            other => panic!("{p}: {other:?}"),
        }
    }

    /// The token for these spellings, folded as the matcher folds them.
    fn words(ws: &[&str]) -> Token {
        spellings_token(ws.iter().map(|w| fold(w, false)).collect())
    }

    fn spellings_token(alts: Vec<String>) -> Token {
        Token::Words(spellings(alts))
    }

    #[test]
    fn splits_elisions_hyphens_and_endings() {
        assert_eq!(tokens("qu'il"), vec![words(&["qu'"]), words(&["il"])]);
        assert_eq!(tokens("jusqu’au"), vec![words(&["jusqu'"]), words(&["au"])]);
        assert_eq!(tokens("aujourd'hui"), vec![words(&["aujourd'hui"])]);
        assert_eq!(
            tokens("a-t-il"),
            vec![words(&["a"]), words(&["t"]), words(&["il"])]
        );
        assert_eq!(
            tokens("armé(e)(s)"),
            vec![words(&["armé", "armée", "armées", "armés"])]
        );
        assert_eq!(tokens("Fustig*"), vec![Token::Glob("fustig".into())]);
        assert_eq!(
            tokens("veut {0,3} patron"),
            vec![
                words(&["veut"]),
                Token::Gap { min: 0, max: 3 },
                words(&["patron"])
            ]
        );
    }

    #[test]
    fn refuses_patterns_that_cannot_match() {
        for bad in [
            "",
            "  ",
            "!!",
            "{1,2} mot",
            "mot {1,2}",
            "a {3,1} b",
            "a {0,9} b",
            "a {1,2} {1,2} b",
            "con*tre",
            "*",
            "(e)",
            "mot(",
            "re:(",
            "re:a*",
            "v:",
            "pré(e*",
        ] {
            assert!(compile(bad, PatternOptions::default()).is_err(), "{bad:?}");
        }
    }

    /// The shortcut for accented French words folds exactly as the general folding does.
    #[test]
    fn french_lower_case_shortcut_agrees_with_the_general_folding() {
        for word in [
            "déclarées",
            "reconnaît",
            "annonçait",
            "martèlent",
            "dûment",
            "où",
            "naïve",
            "aïeul",
            "côté",
            "bientôt",
            "été l'hiver",
            "contre-vérités",
        ] {
            let general = crate::normalize::fold(word, fold_options(false));
            assert_eq!(fold_french_lower(word).as_deref(), Some(general.as_str()));
            assert_eq!(fold(word, false), general);
        }
        for other in ["Été", "œuvre", "cafe\u{301}", "ﬁn", "naño"] {
            assert_eq!(fold_french_lower(other), None, "{other}");
        }
    }

    #[test]
    fn lemma_patterns_drop_the_pronoun() {
        let opts = PatternOptions {
            verb_lemma: true,
            ..Default::default()
        };
        for (p, verb) in [("s'insurger", "insurger"), ("se féliciter", "féliciter")] {
            let Ok(Compiled::Tokens(t)) = compile(p, opts) else {
                panic!("{p}")
            };
            assert_eq!(t.len(), 1, "{p}");
            let Token::Words(alts) = &t[0] else {
                panic!("{p}")
            };
            assert!(
                alts.iter().any(|a| *a == fold(verb, false)),
                "{p}: {alts:?}"
            );
        }
    }
}
