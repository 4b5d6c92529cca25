//! CSV records written straight into a byte buffer, with the exact bytes of the csv crate.
//!
//! `report` writes about 9 bytes of tables for every byte of article text, and the csv crate's
//! writer spent about 22 instructions on every byte it wrote: each field goes through
//! `csv_core::Writer::field`, a state machine built for output buffers of any size that checks
//! and copies the field in separate passes, then through a delimiter call of its own. This
//! writer appends each field to one growing buffer instead: a field that needs no quotes is
//! copied whole, one that does is quoted the way the csv crate quotes it.
//!
//! The bytes are those of `csv::Writer` with its default settings (the ones [`super::outdir`]
//! used): `,` between fields, `\n` after each record, quotes only where needed (a field holding
//! `,`, `"`, `\n` or `\r`: csv-core 0.1's `requires_quotes` table for those settings, nothing
//! else, not spaces), a quote inside a quoted field doubled, and a record made of one empty
//! field written `""` so that it is not read as a blank line. Values are serialized as the csv
//! crate's serializer does: integers with `itoa`, floats with `ryu` (the same crates, which the
//! csv crate calls), `true`/`false`, `None` and `()` as an empty field, a unit variant or unit
//! struct as its name, newtypes, options, sequences, tuples and nested structs as their
//! fields in order; maps and non-unit enum variants are refused, as the csv crate refuses them.
//! The tests below compare the two writers on every kind of value and on random text.

use std::fmt;

use serde::Serialize;
use serde::ser::{self, Serializer};

/// True for the bytes the csv crate quotes a field for: csv-core's `requires_quotes` table for
/// the default delimiter, quote and terminator holds exactly these four.
#[inline(always)]
fn special(b: u8) -> bool {
    (b == b',') | (b == b'"') | (b == b'\n') | (b == b'\r')
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Non-zero when one of the eight bytes of `w` is `c`: `x` has a zero byte exactly where `w`
/// holds `c`, and `(x - LO) & !x & HI` is non-zero exactly when `x` has a zero byte (the
/// classic test; it may mark the wrong byte after a borrow, never a word without one).
#[inline(always)]
fn has_byte(w: u64, c: u8) -> u64 {
    let x = w ^ (LO * u64::from(c));
    x.wrapping_sub(LO) & !x & HI
}

#[inline(always)]
fn special_word(w: u64) -> bool {
    (has_byte(w, b',') | has_byte(w, b'"') | has_byte(w, b'\n') | has_byte(w, b'\r')) != 0
}

#[inline(always)]
fn word(b: &[u8]) -> u64 {
    u64::from_le_bytes(b[..8].try_into().expect("eight bytes"))
}

/// True when `field` holds a byte that the csv crate quotes a field for; the same answer as
/// `field.iter().any(|&b| special(b))` (a test checks the two), eight bytes at a time.
#[inline]
fn needs_quotes(field: &[u8]) -> bool {
    let n = field.len();
    if n < 8 {
        return field.iter().any(|&b| special(b));
    }
    let mut i = 0;
    while i + 8 <= n {
        if special_word(word(&field[i..])) {
            return true;
        }
        i += 8;
    }
    // The last, partial word: the final eight bytes, some of them already checked.
    i < n && special_word(word(&field[n - 8..]))
}

/// An error of serialization: a value the csv crate cannot write either.
#[derive(Debug)]
pub struct RowError(String);

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RowError {}

impl ser::Error for RowError {
    fn custom<T: fmt::Display>(msg: T) -> RowError {
        RowError(msg.to_string())
    }
}

/// CSV records appended to a buffer.
#[derive(Debug, Default)]
pub struct RowWriter {
    buf: Vec<u8>,
    /// Fields written in the current record.
    fields: usize,
    /// Bytes of the current record, to tell a record of one empty field.
    record_start: usize,
    /// The number of fields of the first record; every later record must have as many.
    first_len: Option<usize>,
    /// The text of the `f64`s written lately.
    floats: FloatCache,
}

/// The text `ryu` gives for an `f64`, kept for the values written lately. A table's floats
/// repeat (a hit's weight is its entry's, most rates of the category table are `0`), and
/// `ryu` costs about 300 instructions per value. A slot is found by a hash of the value's bits
/// and holds the bits it was written for and `ryu`'s own bytes for them, so a value found in
/// the cache is written exactly as `ryu` writes it (a test checks the two on repeated and
/// colliding values).
#[derive(Debug)]
struct FloatCache {
    slots: Box<[FloatSlot; FLOAT_SLOTS]>,
}

const FLOAT_SLOTS: usize = 64;

/// One slot of [`FloatCache`]; `len == 0` when empty (`ryu` never writes nothing).
#[derive(Clone, Copy, Debug, Default)]
struct FloatSlot {
    bits: u64,
    len: u8,
    /// `ryu` writes at most 24 bytes for an `f64`.
    text: [u8; 24],
}

impl Default for FloatCache {
    fn default() -> FloatCache {
        FloatCache {
            slots: Box::new([FloatSlot::default(); FLOAT_SLOTS]),
        }
    }
}

impl FloatCache {
    /// `ryu`'s text for `v`.
    #[inline]
    fn text(&mut self, v: f64) -> &[u8] {
        let bits = v.to_bits();
        // The top six bits of a multiplicative hash: 64 slots.
        let slot = &mut self.slots[(bits.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58) as usize];
        if slot.len == 0 || slot.bits != bits {
            let mut b = ryu::Buffer::new();
            let t = b.format(v).as_bytes();
            slot.bits = bits;
            slot.len = t.len() as u8;
            slot.text[..t.len()].copy_from_slice(t);
        }
        &slot.text[..usize::from(slot.len)]
    }
}

impl RowWriter {
    pub fn with_capacity(n: usize) -> RowWriter {
        RowWriter {
            buf: Vec::with_capacity(n),
            ..RowWriter::default()
        }
    }

    /// The bytes written so far.
    pub fn bytes(&self) -> &[u8] {
        &self.buf
    }

    /// Forgets the bytes written so far (after they went to the file); between records only.
    pub fn clear(&mut self) {
        debug_assert_eq!(self.fields, 0);
        self.buf.clear();
        self.record_start = 0;
    }

    /// Appends one field of the current record.
    pub fn field(&mut self, field: &[u8]) {
        if needs_quotes(field) {
            self.quoted(field);
        } else {
            self.raw(field);
        }
    }

    /// Appends a field known to need no quotes.
    #[inline]
    fn raw(&mut self, field: &[u8]) {
        if self.fields > 0 {
            self.buf.push(b',');
        }
        self.fields += 1;
        self.buf.extend_from_slice(field);
    }

    /// Appends a field in quotes, each quote inside doubled.
    fn quoted(&mut self, field: &[u8]) {
        if self.fields > 0 {
            self.buf.push(b',');
        }
        self.fields += 1;
        self.buf.push(b'"');
        let mut rest = field;
        while let Some(i) = memchr::memchr(b'"', rest) {
            self.buf.extend_from_slice(&rest[..=i]);
            self.buf.push(b'"');
            rest = &rest[i + 1..];
        }
        self.buf.extend_from_slice(rest);
        self.buf.push(b'"');
    }

    /// Ends the current record. Fails, writing nothing, when its number of fields differs from
    /// the first record's (the csv crate's `UnequalLengths`).
    pub fn end_record(&mut self) -> Result<(), RowError> {
        let n = std::mem::take(&mut self.fields);
        match self.first_len {
            None => self.first_len = Some(n),
            Some(expected) if expected != n => {
                return Err(RowError(format!(
                    "found record with {n} fields, but the previous record has {expected} fields"
                )));
            }
            Some(_) => {}
        }
        if self.buf.len() == self.record_start {
            self.buf.extend_from_slice(b"\"\"");
        }
        self.buf.push(b'\n');
        self.record_start = self.buf.len();
        Ok(())
    }

    /// Writes a record of string fields (a header).
    pub fn record<I, T>(&mut self, fields: I) -> Result<(), RowError>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<[u8]>,
    {
        for f in fields {
            self.field(f.as_ref());
        }
        self.end_record()
    }

    /// Serializes one record. On error the record's partial bytes are dropped.
    pub fn serialize<T: ?Sized + Serialize>(&mut self, row: &T) -> Result<(), RowError> {
        let start = self.buf.len();
        let result = row.serialize(&mut *self).and_then(|()| self.end_record());
        if result.is_err() {
            self.buf.truncate(start);
            self.fields = 0;
        }
        result
    }

    // Numbers never need quotes: itoa writes digits and `-`, ryu digits, `-`, `.`, `e`,
    // `NaN` and `inf`, none of which is a special byte.
    fn int(&mut self, v: impl itoa::Integer) {
        let mut b = itoa::Buffer::new();
        self.raw(b.format(v).as_bytes());
    }

    /// An unsigned integer: one digit written directly (the flags of the tables, most counts),
    /// which is the text `itoa` gives for a value below ten; larger ones through `itoa`.
    fn uint(&mut self, v: u64) {
        if v < 10 {
            self.raw(&[b'0' + v as u8]);
        } else {
            self.int(v);
        }
    }

    fn float(&mut self, v: impl ryu::Float) {
        let mut b = ryu::Buffer::new();
        self.raw(b.format(v).as_bytes());
    }

    /// An `f64` through the cache of `ryu`'s texts.
    fn float64(&mut self, v: f64) {
        if self.fields > 0 {
            self.buf.push(b',');
        }
        self.fields += 1;
        self.buf.extend_from_slice(self.floats.text(v));
    }
}

impl Serializer for &mut RowWriter {
    type Ok = ();
    type Error = RowError;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = ser::Impossible<(), RowError>;
    type SerializeMap = ser::Impossible<(), RowError>;
    type SerializeStruct = Self;
    type SerializeStructVariant = ser::Impossible<(), RowError>;

    fn serialize_bool(self, v: bool) -> Result<(), RowError> {
        self.field(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), RowError> {
        self.int(v);
        Ok(())
    }
    fn serialize_i16(self, v: i16) -> Result<(), RowError> {
        self.int(v);
        Ok(())
    }
    fn serialize_i32(self, v: i32) -> Result<(), RowError> {
        self.int(v);
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result<(), RowError> {
        self.int(v);
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Result<(), RowError> {
        self.int(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), RowError> {
        self.uint(u64::from(v));
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Result<(), RowError> {
        self.uint(u64::from(v));
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result<(), RowError> {
        self.uint(u64::from(v));
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), RowError> {
        self.uint(v);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Result<(), RowError> {
        self.int(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), RowError> {
        self.float(v);
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), RowError> {
        self.float64(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), RowError> {
        self.field(v.encode_utf8(&mut [0; 4]).as_bytes());
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), RowError> {
        self.field(v.as_bytes());
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), RowError> {
        self.field(v);
        Ok(())
    }
    fn serialize_none(self) -> Result<(), RowError> {
        self.field(b"");
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), RowError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), RowError> {
        self.field(b"");
        Ok(())
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<(), RowError> {
        self.field(name.as_bytes());
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), RowError> {
        self.field(variant.as_bytes());
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), RowError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        value: &T,
    ) -> Result<(), RowError> {
        value.serialize(self)
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self, RowError> {
        Ok(self)
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self, RowError> {
        Ok(self)
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Self, RowError> {
        Ok(self)
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, RowError> {
        Err(RowError(
            "serializing enum tuple variants is not supported".into(),
        ))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, RowError> {
        Err(RowError("serializing maps is not supported".into()))
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self, RowError> {
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, RowError> {
        Err(RowError(
            "serializing enum struct variants is not supported".into(),
        ))
    }
}

impl ser::SerializeSeq for &mut RowWriter {
    type Ok = ();
    type Error = RowError;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), RowError> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), RowError> {
        Ok(())
    }
}

impl ser::SerializeTuple for &mut RowWriter {
    type Ok = ();
    type Error = RowError;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), RowError> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), RowError> {
        Ok(())
    }
}

impl ser::SerializeTupleStruct for &mut RowWriter {
    type Ok = ();
    type Error = RowError;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), RowError> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), RowError> {
        Ok(())
    }
}

impl ser::SerializeStruct for &mut RowWriter {
    type Ok = ();
    type Error = RowError;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        _key: &'static str,
        value: &T,
    ) -> Result<(), RowError> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), RowError> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::csv::Cells;
    use proptest::prelude::*;

    /// The bytes of the csv crate's writer, set up as `report` set it up before.
    fn csv_crate<T: Serialize>(header: &[&str], rows: &[T], excel_safe: bool) -> Vec<u8> {
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(Vec::new());
        w.write_record(header).unwrap();
        for r in rows {
            w.serialize(Cells::new(r, excel_safe)).unwrap();
        }
        w.into_inner().unwrap()
    }

    fn ours<T: Serialize>(header: &[&str], rows: &[T], excel_safe: bool) -> Vec<u8> {
        let mut w = RowWriter::default();
        w.record(header).unwrap();
        for r in rows {
            w.serialize(&Cells::new(r, excel_safe)).unwrap();
        }
        w.bytes().to_vec()
    }

    #[derive(Serialize)]
    enum Unit {
        Alpha,
    }

    #[derive(Serialize)]
    struct Marker;

    #[derive(Serialize)]
    struct Inner {
        x: u16,
        y: Option<&'static str>,
    }

    #[derive(Serialize)]
    struct Every {
        text: String,
        b: bool,
        i8: i8,
        i64: i64,
        i128: i128,
        u8: u8,
        u64: u64,
        usize: usize,
        f32: f32,
        f64: f64,
        c: char,
        none: Option<f64>,
        some: Option<f64>,
        unit: (),
        variant: Unit,
        marker: Marker,
        tuple: (u8, &'static str),
        list: Vec<u32>,
        inner: Inner,
    }

    fn every(text: &str, f: f64) -> Every {
        Every {
            text: text.to_string(),
            b: f > 0.0,
            i8: -128,
            i64: i64::MIN,
            i128: -1,
            u8: 255,
            u64: u64::MAX,
            usize: 0,
            f32: f as f32,
            f64: f,
            c: '"',
            none: None,
            some: Some(-f),
            unit: (),
            variant: Unit::Alpha,
            marker: Marker,
            tuple: (7, "a,b"),
            list: vec![1, 2, 3],
            inner: Inner {
                x: 9,
                y: Some("=x"),
            },
        }
    }

    const HEADER: [&str; 24] = [
        "text", "b", "i8", "i64", "i128", "u8", "u64", "usize", "f32", "f64", "c", "none", "some",
        "unit", "variant", "marker", "t0", "t1", "l0", "l1", "l2", "x", "y", "z",
    ];

    #[test]
    fn every_kind_of_value_gives_the_csv_crates_bytes() {
        let floats = [
            0.0,
            -0.0,
            1.0,
            0.1,
            1e-7,
            123456789.125,
            1e21,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        let texts = [
            "",
            " ",
            "plain",
            " lead and trail ",
            "a,b",
            "say \"hi\"",
            "\"",
            "\"\"",
            "line\nbreak",
            "cr\rhere",
            "crlf\r\n",
            "tab\there",
            "é « guillemets » — ’",
            "=1+1",
            "-5 %",
            "#comment",
            "'quoted'",
            "a long field without anything to quote, well, except commas",
            "0123456789abcdef0123456789abcdef\"",
        ];
        let rows: Vec<Every> = texts
            .iter()
            .zip(floats.iter().cycle())
            .map(|(t, f)| every(t, *f))
            .collect();
        // Every row serializes 23 fields (the tuple, the list and the inner struct flattened).
        let header = &HEADER[..23];
        for safe in [false, true] {
            assert_eq!(
                String::from_utf8(ours(header, &rows, safe)).unwrap(),
                String::from_utf8(csv_crate(header, &rows, safe)).unwrap()
            );
        }
    }

    #[test]
    fn records_of_another_length_fail_in_both_writers() {
        let rows = [every("x", 1.0)];
        let mut w = RowWriter::default();
        w.record(&HEADER[..]).unwrap();
        assert!(w.serialize(&rows[0]).is_err());
        let mut c = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(Vec::new());
        c.write_record(&HEADER[..]).unwrap();
        assert!(c.serialize(&rows[0]).is_err());
        // Nothing of the failed record is left in our buffer.
        assert_eq!(w.bytes(), format!("{}\n", HEADER.join(",")).as_bytes());
    }

    #[test]
    fn a_record_of_one_empty_field_is_two_quotes() {
        #[derive(Serialize)]
        struct One<'a> {
            v: &'a str,
        }
        let rows = [One { v: "" }, One { v: "x" }, One { v: "" }];
        assert_eq!(ours(&["v"], &rows, false), csv_crate(&["v"], &rows, false));
        assert_eq!(ours(&["v"], &rows, false), b"v\n\"\"\nx\n\"\"\n");
    }

    #[test]
    fn maps_and_enum_variants_with_data_are_refused_by_both() {
        #[derive(Serialize)]
        enum E {
            T(u8, u8),
            S { a: u8 },
        }
        let mut w = RowWriter::default();
        assert!(w.serialize(&E::T(1, 2)).is_err());
        assert!(w.serialize(&E::S { a: 1 }).is_err());
        let map: std::collections::BTreeMap<u8, u8> = [(1, 2)].into();
        assert!(w.serialize(&map).is_err());
        assert!(w.bytes().is_empty());
        let mut c = csv::Writer::from_writer(Vec::new());
        assert!(c.serialize(E::T(1, 2)).is_err());
        assert!(c.serialize(E::S { a: 1 }).is_err());
        assert!(c.serialize(&map).is_err());
    }

    proptest! {
        #[test]
        fn the_word_at_a_time_check_agrees_with_the_byte_at_a_time_one(
            bytes in proptest::collection::vec(
                prop_oneof![Just(b','), Just(b'"'), Just(b'\n'), Just(b'\r'), any::<u8>()],
                0..40,
            ),
            clean in proptest::collection::vec(b'-'..=b'~', 0..40),
        ) {
            prop_assert_eq!(needs_quotes(&bytes), bytes.iter().any(|&b| special(b)));
            // `-` to `~` holds none of the four special bytes.
            prop_assert!(!needs_quotes(&clean));
            // One special byte at every position of an otherwise clean field.
            for i in 0..clean.len() {
                for c in [b',', b'"', b'\n', b'\r'] {
                    let mut v = clean.clone();
                    v[i] = c;
                    prop_assert!(needs_quotes(&v));
                }
            }
        }
    }

    #[test]
    fn unsigned_integers_are_itoas_text() {
        let mut values: Vec<u64> = (0..=1100).collect();
        values.extend([u64::from(u32::MAX), u64::MAX, 1 << 40]);
        for v in values {
            let mut w = RowWriter::default();
            if let Ok(b) = u8::try_from(v) {
                w.serialize(&b).unwrap();
            }
            if let Ok(b) = u16::try_from(v) {
                w.serialize(&b).unwrap();
            }
            if let Ok(b) = u32::try_from(v) {
                w.serialize(&b).unwrap();
            }
            w.serialize(&v).unwrap();
            w.serialize(&(v as usize)).unwrap();
            let mut expected = Vec::new();
            let n = [u8::MAX.into(), u16::MAX.into(), u32::MAX.into()]
                .iter()
                .filter(|&&m: &&u64| v <= m)
                .count()
                + 2;
            for _ in 0..n {
                expected.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
                expected.push(b'\n');
            }
            assert_eq!(w.bytes(), expected, "{v}");
        }
    }

    #[test]
    fn cached_floats_are_ryus_text() {
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            -1.5,
            0.1,
            1e16,
            1e-7,
            f64::NAN,
            -f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
        ];
        // Many more values than slots, each written several times, so that slots are reused
        // and values collide.
        values.extend((0..1000).map(|i| f64::from(i) * 0.123_457));
        let mut w = RowWriter::default();
        for round in 0..3 {
            for (k, &v) in values.iter().enumerate() {
                let v = if round == 1 && k % 2 == 0 { -v } else { v };
                let mut b = ryu::Buffer::new();
                assert_eq!(w.floats.text(v), b.format(v).as_bytes(), "{v}");
            }
        }
    }

    #[derive(Serialize)]
    struct Pair {
        a: String,
        b: String,
        n: f64,
    }

    proptest! {
        #[test]
        fn random_text_gives_the_csv_crates_bytes(
            a in "[a-z ,\"\r\n\t'=é€-]{0,40}",
            b in any::<String>(),
            n in any::<f64>(),
            safe in any::<bool>(),
        ) {
            let rows = [Pair { a, b, n }];
            prop_assert_eq!(ours(&["a", "b", "n"], &rows, safe), csv_crate(&["a", "b", "n"], &rows, safe));
        }
    }
}
