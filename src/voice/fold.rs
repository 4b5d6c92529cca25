//! The voice stage's folding of a single word: lower case, accents removed, ligatures
//! expanded, one apostrophe and one hyphen; and its lower case with accents kept.
//!
//! It is the key of the voice stage's word lists and of the reporting-verb indexes. It stands
//! apart from the tokenizer (`text.rs`) and uses nothing else of the crate so that `build.rs`
//! can include it by path and fill the built-in verb indexes with the very same folding.

pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '′' | '‘')
}

pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Folds one word: lower case, accents removed, ligatures expanded, one apostrophe and one
/// hyphen.
pub(crate) fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        fold_char(c, &mut |f| out.push(f));
    }
    out
}

pub(crate) fn fold_char(c: char, out: &mut impl FnMut(char)) {
    if c.is_ascii() {
        out(c.to_ascii_lowercase());
        return;
    }
    if is_apostrophe(c) {
        out('\'');
        return;
    }
    if is_hyphen(c) {
        out('-');
        return;
    }
    // The lower-case accented letters of French are their own lower case: they fold to their
    // base letter straight away, as the loop below would fold them.
    let base = match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => Some('a'),
        'ç' => Some('c'),
        'é' | 'è' | 'ê' | 'ë' => Some('e'),
        'î' | 'ï' | 'í' | 'ì' => Some('i'),
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' => Some('o'),
        'û' | 'ù' | 'ü' | 'ú' => Some('u'),
        'ÿ' | 'ý' => Some('y'),
        'ñ' => Some('n'),
        _ => None,
    };
    if let Some(b) = base {
        out(b);
        return;
    }
    for l in c.to_lowercase() {
        let base = match l {
            'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => "a",
            'ç' => "c",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'î' | 'ï' | 'í' | 'ì' => "i",
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' => "o",
            'û' | 'ù' | 'ü' | 'ú' => "u",
            'ÿ' | 'ý' => "y",
            'ñ' => "n",
            'œ' => "oe",
            'æ' => "ae",
            _ => {
                out(l);
                continue;
            }
        };
        base.chars().for_each(&mut *out);
    }
}

/// A word in lower case with its accents, one apostrophe and one hyphen.
pub(crate) fn lower(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| {
            if is_apostrophe(c) {
                '\''
            } else if is_hyphen(c) {
                '-'
            } else {
                c
            }
        })
        .collect()
}
