//! A fast hasher for tables keyed by words and literals of the lexicons.
//!
//! Those tables are built from lexicon files, never from article text, so no text can be
//! written to make their keys collide, and the default SipHash, which defends against such
//! flooding, was a noticeable part of building them at every start-up.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Multiplies eight bytes at a time into the state; see [`crate::hash`].
#[derive(Clone, Copy, Default)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    /// Each eight bytes as a little-endian word, the last ones padded with zeros. The last,
    /// partial word is assembled by shifts: copying it into a zeroed array called `memcpy`
    /// for a few bytes, once per lookup of a short word.
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let word = rest
                .iter()
                .enumerate()
                .fold(0u64, |w, (i, &b)| w | u64::from(b) << (8 * i));
            self.add(word);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    /// The high bits folded into the low ones, which pick the bucket: a product's low bits
    /// depend only on the low bits of its factors.
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 32)
    }
}

/// A map keyed by words or literals of the lexicons, hashed with [`WordHasher`].
pub(crate) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    /// The hasher as first written: each chunk of eight bytes copied into a zeroed array.
    fn reference(bytes: &[u8]) -> u64 {
        let mut h = WordHasher::default();
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            h.add(u64::from_le_bytes(b));
        }
        h.finish()
    }

    #[test]
    fn words_hash_as_the_chunk_copying_hasher_did() {
        // Every length from 0 to 40, with bytes that cover all 256 values across the lengths.
        let all: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        for len in 0..=40 {
            for start in 0..all.len() - len {
                let bytes = &all[start..start + len];
                let mut h = WordHasher::default();
                h.write(bytes);
                assert_eq!(h.finish(), reference(bytes), "{bytes:?}");
            }
        }
        for word in [
            "",
            "a",
            "le",
            "ministre",
            "gouvernement",
            "élysée",
            "porte-parole",
        ] {
            let mut h = WordHasher::default();
            h.write(word.as_bytes());
            assert_eq!(h.finish(), reference(word.as_bytes()), "{word}");
        }
    }
}
