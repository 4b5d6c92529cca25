//! The form index of the reporting-verb table: which verbs, tenses and numbers a word form
//! may belong to.
//!
//! Conjugating the reporting verbs and filling their index was a sixth of a `score` run's
//! start-up, and for the shipped lexicons it gives the same result at every run. `build.rs`
//! includes this file by path, plans the built-in verbs and fills their index with the code
//! below, and writes the result (`builtin_verbs.bin`); a run reads it back when the verbs it
//! planned are exactly the ones the build planned, and fills the index itself otherwise (a
//! user lexicon with reporting verbs of its own). The index is an open-addressing hash table
//! with a fixed hash function and a layout that depends only on the keys in order, so the
//! build's table and the run's are the same values, which the tests of the table compare.
//!
//! Serialized layout, every number a little-endian `u32`: the number of keys, of uses and of
//! slots, the length of the key text and its bytes; then the end of every key in the text,
//! the end of every key's uses, every use (`verb << 8 | tense << 1 | plural`) and every slot.

use std::borrow::Cow;

use crate::conjugate::{self, Tense};

/// One form of one verb of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FormRef {
    pub verb: u32,
    pub tense: Tense,
    pub plural: bool,
}

/// Every tense, by its number in the serialized index.
const TENSES: [Tense; 9] = [
    Tense::Infinitive,
    Tense::Present,
    Tense::Imperfect,
    Tense::SimplePast,
    Tense::Future,
    Tense::Conditional,
    Tense::Subjunctive,
    Tense::PastParticiple,
    Tense::PresentParticiple,
];

/// Reporting expressions of several words: (lemma, verb, particles, stance as the lexicons
/// write it). A lemma written `se …` is pronominal: it reports only with its reflexive pronoun.
pub(crate) const PHRASAL: &[(&str, &str, &[&str], &str)] = &[
    ("faire savoir", "faire", &["savoir"], "neutral"),
    ("mettre en garde", "mettre", &["en", "garde"], "neutral"),
    ("faire état", "faire", &["etat"], "neutral"),
    ("faire part", "faire", &["part"], "neutral"),
    ("faire valoir", "faire", &["valoir"], "neutral"),
    ("faire remarquer", "faire", &["remarquer"], "neutral"),
    ("faire observer", "faire", &["observer"], "neutral"),
    ("laisser entendre", "laisser", &["entendre"], "distancing"),
    ("prendre acte", "prendre", &["acte"], "neutral"),
    ("rendre hommage", "rendre", &["hommage"], "neutral"),
    ("lancer un appel", "lancer", &["un", "appel"], "neutral"),
    ("mettre en avant", "mettre", &["en", "avant"], "neutral"),
    ("rendre un avis", "rendre", &["un", "avis"], "neutral"),
    ("rendre son avis", "rendre", &["son", "avis"], "neutral"),
    ("émettre un avis", "emettre", &["un", "avis"], "neutral"),
    (
        "émettre des réserves",
        "emettre",
        &["des", "reserves"],
        "distancing",
    ),
    // A subject portraying itself reports its own words (`Anne Lefort se décrit comme « une
    // militante »`, `se présente comme un candidat libre`); without `comme` these verbs
    // narrate (`se présente aux élections`, `se définit par un climat sec`).
    ("se décrire comme", "décrire", &["comme"], "neutral"),
    ("se présenter comme", "présenter", &["comme"], "neutral"),
    ("se définir comme", "définir", &["comme"], "neutral"),
];

/// Verbs that report only with a pronoun of their own, (lemma, verb): the first only with its
/// `y` (`y voir`), the second only in inversion with `on` (`apprendre`); elsewhere they mean
/// to see and to learn.
pub(crate) const RESTRICTED: [(&str, &str); 2] = [("y voir", "voir"), ("apprendre", "apprendre")];

/// Where a planned verb comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Origin {
    /// The lemma at this position of the list given to [`plan`].
    Lemma(usize),
    /// This entry of [`PHRASAL`].
    Phrasal(usize),
    /// This entry of [`RESTRICTED`].
    Restricted(usize),
}

/// One verb of the table, before its forms are known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Planned<'a> {
    /// The lemma as the lexicon writes it (`s'insurger`, `déclarer`).
    pub lemma: &'a str,
    /// The verb that is conjugated (`insurger`, `faire` for `faire savoir`).
    pub verb: &'a str,
    pub reflexive: bool,
    pub particles: &'static [&'static str],
    pub origin: Origin,
}

/// The verbs of the table, in order, from the lemmas of the lexicons (which may carry a `v:`
/// prefix; pronominal lemmas are written `s'insurger` or `se féliciter`), then the multi-word
/// expressions and the restricted verbs built in. A lemma seen before is skipped, so the first
/// occurrence wins.
pub(crate) fn plan<'a>(lemmas: &[&'a str]) -> Vec<Planned<'a>> {
    let mut out: Vec<Planned<'a>> = Vec::with_capacity(lemmas.len() + PHRASAL.len() + 2);
    let known = |out: &[Planned], lemma: &str| out.iter().any(|p| p.lemma == lemma);
    for (i, lemma) in lemmas.iter().enumerate() {
        let lemma = lemma.trim();
        let lemma = lemma.strip_prefix("v:").unwrap_or(lemma).trim();
        if lemma.is_empty() || known(&out, lemma) {
            continue;
        }
        out.push(Planned {
            lemma,
            verb: conjugate::strip_reflexive(lemma),
            reflexive: conjugate::is_reflexive(lemma),
            particles: &[],
            origin: Origin::Lemma(i),
        });
    }
    for (i, (lemma, verb, particles, _)) in PHRASAL.iter().enumerate() {
        if !known(&out, lemma) {
            out.push(Planned {
                lemma,
                verb,
                reflexive: conjugate::is_reflexive(lemma),
                particles,
                origin: Origin::Phrasal(i),
            });
        }
    }
    for (i, (lemma, verb)) in RESTRICTED.iter().enumerate() {
        if !known(&out, lemma) {
            out.push(Planned {
                lemma,
                verb,
                reflexive: false,
                particles: &[],
                origin: Origin::Restricted(i),
            });
        }
    }
    out
}

/// Fills the two indexes of the planned verbs: by folded form and by lower-case form with
/// accents. `keys` gives both keys of a form as the voice stage computes them.
pub(crate) fn fill(
    planned: &[Planned],
    keys: impl Fn(&str) -> (Cow<'_, str>, Cow<'_, str>),
) -> (FormIndex, FormIndex) {
    let mut folded = Builder::default();
    let mut exact = Builder::default();
    for (id, p) in planned.iter().enumerate() {
        for form in conjugate::shared_forms(p.verb).iter() {
            let r = FormRef {
                verb: id as u32,
                tense: form.tense,
                plural: form.is_plural(),
            };
            let (f, l) = keys(&form.text);
            folded.add(&f, r);
            exact.add(&l, r);
        }
    }
    (folded.finish(), exact.finish())
}

/// Word forms, each with the uses it has in the order they were added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct FormIndex {
    /// Every key, one after the other.
    text: Cow<'static, str>,
    /// Where each key ends in `text`.
    ends: Numbers,
    /// Where the uses of each key end in `refs`.
    ref_ends: Numbers,
    refs: Vec<FormRef>,
    /// A power of two of slots, each empty (0) or a key's index plus one.
    slots: Numbers,
}

/// A run of `u32` kept as little-endian bytes, so that an index read from the build's blob
/// borrows its numbers instead of decoding them (the blob has no alignment to cast it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Numbers(Cow<'static, [u8]>);

impl Numbers {
    fn len(&self) -> usize {
        self.0.len() / 4
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The number at `i`; 0 past the end, which a sound index never asks for.
    fn at(&self, i: usize) -> usize {
        self.0
            .get(4 * i..4 * i + 4)
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }

    fn push(&mut self, n: u32) {
        self.0.to_mut().extend(n.to_le_bytes());
    }

    fn last(&self) -> Option<usize> {
        self.len().checked_sub(1).map(|i| self.at(i))
    }
}

/// The hash of a key, the same at build time and at run time. The keys come from the
/// lexicons, never from article text, so no text can be written to make them collide; a
/// lookup probes at most the longest run of the table, whatever the word.
///
/// Each chunk of eight bytes (the last one padded with zeros) is read as a little-endian
/// number; the full chunks are loaded whole and the short last one with two loads, which gives
/// the same numbers as copying each chunk into a zeroed array, without a call to `memcpy`.
fn hash(key: &[u8]) -> u64 {
    let step = |h: u64, n: u64| (h.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    let mut h = key.len() as u64;
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        h = step(
            h,
            u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]),
        );
    }
    let rest = chunks.remainder();
    // The last chunk, shorter than eight bytes, from two loads that overlap: a byte read by
    // both lands at the same place in each, so or-ing them gives the zero-padded number.
    let n = rest.len();
    let load2 = |b: &[u8]| u64::from(u16::from_le_bytes([b[0], b[1]]));
    let load4 = |b: &[u8]| u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
    let last = match n {
        0 => None,
        1 => Some(u64::from(rest[0])),
        2..=3 => Some(load2(rest) | load2(&rest[n - 2..]) << (8 * (n - 2))),
        _ => Some(load4(rest) | load4(&rest[n - 4..]) << (8 * (n - 4))),
    };
    if let Some(last) = last {
        h = step(h, last);
    }
    h ^ (h >> 32)
}

impl FormIndex {
    fn uses(&self, k: usize) -> &[FormRef] {
        let start = if k == 0 { 0 } else { self.ref_ends.at(k - 1) };
        self.refs
            .get(start..self.ref_ends.at(k))
            .unwrap_or_default()
    }

    /// The uses of a form, none when the index does not have it.
    pub(crate) fn get(&self, key: &str) -> &[FormRef] {
        if self.slots.is_empty() {
            return &[];
        }
        let mask = self.slots.len() - 1;
        let mut i = hash(key.as_bytes()) as usize & mask;
        let text = self.text.as_bytes();
        // At most every slot once, so that even an unsound index (one without an empty slot)
        // cannot loop.
        for _ in 0..self.slots.len() {
            let slot = self.slots.at(i);
            if slot == 0 {
                return &[];
            }
            // Key `slot - 1` (none if the index is not sound, which reading checks only in
            // part), compared as bytes, its length first.
            let k = slot - 1;
            let (start, end) = (
                if k == 0 { 0 } else { self.ends.at(k - 1) },
                self.ends.at(k),
            );
            if end.wrapping_sub(start) == key.len() && text.get(start..end) == Some(key.as_bytes())
            {
                return self.uses(k);
            }
            i = (i + 1) & mask;
        }
        &[]
    }

    /// Number of distinct forms.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The slots for `count` keys of `text` ending at `ends`: twice as many as keys, at least
    /// 16, a power of two, filled in key order.
    fn slots_for(text: &str, ends: &[u32]) -> Vec<u32> {
        let size = (2 * ends.len()).max(16).next_power_of_two();
        let mut slots = vec![0u32; size];
        let mut start = 0;
        for (k, &end) in ends.iter().enumerate() {
            let key = &text[start..end as usize];
            start = end as usize;
            let mut i = hash(key.as_bytes()) as usize & (size - 1);
            while slots[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            slots[i] = k as u32 + 1;
        }
        slots
    }

    /// Appends the index to `out` (layout in the module's header). The build writes indexes
    /// and a run only reads them, so outside the tests only `build.rs` calls this.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn write(&self, out: &mut Vec<u8>) {
        let head = [
            self.ends.len() as u32,
            self.refs.len() as u32,
            self.slots.len() as u32,
            self.text.len() as u32,
        ];
        head.iter().for_each(|n| out.extend(n.to_le_bytes()));
        out.extend(self.text.as_bytes());
        out.extend(self.ends.0.iter());
        out.extend(self.ref_ends.0.iter());
        for r in &self.refs {
            let tense = TENSES.iter().position(|t| *t == r.tense).unwrap_or(0) as u32;
            out.extend(((r.verb << 8) | (tense << 1) | u32::from(r.plural)).to_le_bytes());
        }
        out.extend(self.slots.0.iter());
    }

    /// Reads an index written by [`FormIndex::write`] at the start of `bytes`, and the bytes
    /// after it; `None` when they are not such an index.
    pub(crate) fn read(bytes: &'static [u8]) -> Option<(FormIndex, &'static [u8])> {
        let mut at = 0;
        let mut number = || -> Option<u32> {
            let b = bytes.get(at..at + 4)?;
            at += 4;
            Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        let (keys, refs, slots, len) = (number()?, number()?, number()?, number()?);
        let (keys, refs, slots, len) = (keys as usize, refs as usize, slots as usize, len as usize);
        let text = std::str::from_utf8(bytes.get(16..16 + len)?).ok()?;
        let mut rest = bytes.get(16 + len..)?;
        let mut numbers = |count: usize| -> Option<Numbers> {
            let run = rest.get(..4 * count)?;
            rest = &rest[4 * count..];
            Some(Numbers(Cow::Borrowed(run)))
        };
        let ends = numbers(keys)?;
        let ref_ends = numbers(keys)?;
        let refs = numbers(refs)?
            .0
            .chunks_exact(4)
            .map(|b| {
                let n = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
                Some(FormRef {
                    verb: n >> 8,
                    tense: *TENSES.get(((n >> 1) & 0x7f) as usize)?,
                    plural: n & 1 == 1,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let slots = numbers(slots)?;
        // The numbers are borrowed, not checked one by one: a lookup reads them with bounds
        // checks and takes anything out of range for an absent form, so a malformed blob
        // could only make forms unknown, never crash or loop. The sizes are checked here.
        let sound = ends.last().is_none_or(|e| e == text.len())
            && ref_ends.last().is_none_or(|e| e == refs.len())
            && slots.len().is_power_of_two()
            && slots.len() > keys;
        sound.then_some((
            FormIndex {
                text: Cow::Borrowed(text),
                ends,
                ref_ends,
                refs,
                slots,
            },
            rest,
        ))
    }
}

/// Collects the forms of an index in the order they come.
#[derive(Default)]
struct Builder {
    text: String,
    ends: Vec<u32>,
    uses: Vec<Uses>,
    /// A power of two of slots, at most half full, as in [`FormIndex`].
    slots: Vec<u32>,
}

/// The uses of one form. Most forms have one, kept inline: the table holds thousands of
/// forms, and a list on the heap for each was a large part of building it.
enum Uses {
    One(FormRef),
    Many(Vec<FormRef>),
}

impl Builder {
    /// Adds a use of a form, unless the form already has it; the first use stays first.
    fn add(&mut self, key: &str, r: FormRef) {
        if 2 * (self.ends.len() + 1) > self.slots.len() {
            self.slots = FormIndex::slots_for(&self.text, &self.ends);
        }
        let mask = self.slots.len() - 1;
        let mut i = hash(key.as_bytes()) as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                break;
            }
            let k = slot as usize - 1;
            let start = if k == 0 { 0 } else { self.ends[k - 1] as usize };
            if &self.text[start..self.ends[k] as usize] == key {
                match &mut self.uses[k] {
                    Uses::One(first) if *first != r => self.uses[k] = Uses::Many(vec![*first, r]),
                    Uses::Many(many) if !many.contains(&r) => many.push(r),
                    _ => {}
                }
                return;
            }
            i = (i + 1) & mask;
        }
        self.text.push_str(key);
        self.ends.push(self.text.len() as u32);
        self.uses.push(Uses::One(r));
        self.slots[i] = self.ends.len() as u32;
    }

    fn finish(self) -> FormIndex {
        let mut refs = Vec::with_capacity(self.uses.len());
        let mut ref_ends = Numbers::default();
        for uses in &self.uses {
            match uses {
                Uses::One(r) => refs.push(*r),
                Uses::Many(many) => refs.extend(many),
            }
            ref_ends.push(refs.len() as u32);
        }
        // The final slots depend on the keys in order only, not on how the table grew.
        let mut slots = Numbers::default();
        for n in FormIndex::slots_for(&self.text, &self.ends) {
            slots.push(n);
        }
        let mut ends = Numbers::default();
        for &n in &self.ends {
            ends.push(n);
        }
        FormIndex {
            text: Cow::Owned(self.text),
            ends,
            ref_ends,
            refs,
            slots,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::hash;

    /// The hash as first written: every chunk copied into a zeroed array.
    fn hash_by_copy(key: &[u8]) -> u64 {
        let mut h = key.len() as u64;
        for chunk in key.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        h ^ (h >> 32)
    }

    #[test]
    fn hash_reads_chunks_as_copying_them_did() {
        let text = "déclaré-t-il a-t-elle s'insurgeaient reconnaîtrions ";
        let bytes = text.as_bytes();
        for a in 0..bytes.len() {
            for b in a..=bytes.len().min(a + 30) {
                assert_eq!(hash(&bytes[a..b]), hash_by_copy(&bytes[a..b]));
            }
        }
    }
}
