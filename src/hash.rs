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
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(b));
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
