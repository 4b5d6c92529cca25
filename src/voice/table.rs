//! A read-only table keyed by short words, for the voice stage's word lists.
//!
//! The attribution patterns ask the word lists about every token of every sentence, so a
//! lookup must be cheap: the table hashes a word with a few loads and one multiplication
//! (its first and last bytes and its length) and probes an open-addressing array of slots at
//! most half full. The keys are fixed when the table is built (from `words.txt`); article text
//! only looks them up, and a lookup stops at the first empty slot, so no text can make it
//! slow. A lookup answers exactly what a `HashMap` of the same keys would (a test compares
//! them on every key and on words near them).

/// Keys (borrowed for the life of the program) and their values.
pub(crate) struct WordTable<V> {
    keys: Vec<&'static str>,
    values: Vec<V>,
    /// A power of two of slots, at least twice the number of keys: each 0 (empty) or a key's
    /// index plus one.
    slots: Vec<u32>,
}

fn load4(b: &[u8]) -> u64 {
    u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

fn load8(b: &[u8]) -> u64 {
    u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
}

/// The hash of a word: its first and last eight bytes (four when it is shorter than eight,
/// its first, middle and last bytes when shorter than four) and its length, mixed by one
/// multiplication.
fn hash(w: &[u8]) -> u64 {
    let n = w.len();
    let (a, b) = if n >= 8 {
        (load8(&w[..8]), load8(&w[n - 8..]))
    } else if n >= 4 {
        (load4(&w[..4]), load4(&w[n - 4..]))
    } else if n > 0 {
        (
            u64::from(w[0]) | u64::from(w[n / 2]) << 8 | u64::from(w[n - 1]) << 16,
            0,
        )
    } else {
        (0, 0)
    };
    let h = (a ^ b.rotate_left(31) ^ ((n as u64) << 56)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    h ^ (h >> 29)
}

impl<V> WordTable<V> {
    /// A table of distinct keys, in order.
    pub(crate) fn new(entries: Vec<(&'static str, V)>) -> WordTable<V> {
        let size = (2 * entries.len()).max(16).next_power_of_two();
        let mut slots = vec![0u32; size];
        let (keys, values): (Vec<_>, Vec<_>) = entries.into_iter().unzip();
        for (k, key) in keys.iter().enumerate() {
            let mut i = hash(key.as_bytes()) as usize & (size - 1);
            while slots[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            slots[i] = k as u32 + 1;
        }
        WordTable {
            keys,
            values,
            slots,
        }
    }

    /// The value of `word`, when it is a key.
    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        let mask = self.slots.len() - 1;
        let mut i = hash(word.as_bytes()) as usize & mask;
        // The slots are at most half full, so an empty one ends every probe.
        loop {
            let slot = self.slots[i] as usize;
            if slot == 0 {
                return None;
            }
            if self.keys[slot - 1] == word {
                return Some(&self.values[slot - 1]);
            }
            i = (i + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    #[test]
    fn answers_as_a_hash_map_does() {
        let words: Vec<&'static str> = vec![
            "",
            "a",
            "le",
            "la",
            "les",
            "l'",
            "qu'",
            "porte-parole",
            "ministre",
            "ministere",
            "gouvernement",
            "anticonstitutionnellement",
            "12345678",
            "123456789",
            "abcdefgh",
            "abcdefghi",
            "hgfedcba",
            "é",
            "œuvre",
        ];
        let entries: Vec<(&'static str, usize)> =
            words.iter().enumerate().map(|(i, w)| (*w, i)).collect();
        let table = WordTable::new(entries.clone());
        let map: HashMap<&str, usize> = entries.into_iter().collect();
        let mut probes: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        for w in &words {
            probes.push(format!("{w}s"));
            probes.push(format!("x{w}"));
            if let Some((i, _)) = w.char_indices().last() {
                probes.push(w[..i].to_string());
            }
        }
        for p in &probes {
            assert_eq!(table.get(p), map.get(p.as_str()), "{p:?}");
        }
    }
}
