//! Tidy CSV rows built from the analysis: one struct per table, so the header, the rows and the
//! codebook all come from the same definition.
//!
//! Rows can also be written spreadsheet-safe ([`Cells`], `--excel-safe`): article text is
//! untrusted, and a title or sentence that starts with `=` is a formula once the table is
//! opened in a spreadsheet. The neutralising `'` changes the data (French dialogue lines start
//! with a dash), so it is opt-in.

use std::borrow::Cow;

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use crate::analysis::ArticleAnalysis;

/// One row of the sentence table (`score --format csv`, `sentences.csv`).
#[derive(Clone, Debug, Serialize)]
pub struct SentenceRow<'a> {
    pub article: &'a str,
    pub outlet: &'a str,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    pub kind: &'static str,
    pub voice: &'static str,
    pub speaker: &'a str,
    pub editorial: u8,
    pub score: f64,
    pub reasons: String,
    pub text: &'a str,
}

/// The sentence rows of one article.
pub fn sentence_rows(a: &ArticleAnalysis) -> impl Iterator<Item = SentenceRow<'_>> {
    a.sentences.iter().map(move |s| SentenceRow {
        article: &a.id,
        outlet: a.outlet.as_deref().unwrap_or(""),
        sentence: s.index,
        start: s.start,
        end: s.end,
        paragraph: s.paragraph,
        kind: match s.kind {
            crate::segment::SentenceKind::Text => "text",
            crate::segment::SentenceKind::Heading => "heading",
            crate::segment::SentenceKind::ListItem => "list_item",
        },
        voice: s.voice.as_str(),
        speaker: s.speaker.as_deref().unwrap_or(""),
        editorial: u8::from(s.editorial),
        score: s.score,
        reasons: reasons(&s.reasons),
        text: &s.text,
    })
}

/// The reasons of a sentence in one field: `cue:category:weight` (or `cue:weight`), joined by
/// ` | `, written into one string rather than one per reason then joined (the same bytes).
fn reasons(reasons: &[crate::score::Reason]) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for (i, r) in reasons.iter().enumerate() {
        if i > 0 {
            out.push_str(" | ");
        }
        let _ = match &r.category {
            Some(c) => write!(out, "{}:{}:{}", r.cue.as_str(), c, r.weight),
            None => write!(out, "{}:{}", r.cue.as_str(), r.weight),
        };
    }
    out
}

/// The characters that make a spreadsheet read a cell as a formula (`=`, `+`, `-`, `@`) or
/// that some spreadsheets strip before doing so (tab, carriage return).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell made safe to open in a spreadsheet: a cell that starts like a formula gets a
/// leading `'`, which spreadsheets show as text and never evaluate (`=HYPERLINK(…)` in an
/// article's title would otherwise run when the table is opened). Other cells are unchanged.
///
/// ```
/// use cadrage::output::csv::excel_safe_cell;
///
/// assert_eq!(excel_safe_cell("=1+1"), "'=1+1");
/// assert_eq!(excel_safe_cell("— Vous partez ?"), "— Vous partez ?");
/// assert_eq!(excel_safe_cell("- Vous partez ?"), "'- Vous partez ?");
/// ```
pub fn excel_safe_cell(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A row serialized with every text cell passed through [`excel_safe_cell`] when `on` is set,
/// unchanged otherwise. Numbers are left alone: a negative number is a value, not a formula,
/// and a `'` would turn it into text.
///
/// ```
/// use cadrage::output::csv::Cells;
///
/// #[derive(serde::Serialize)]
/// struct Row<'a> {
///     title: &'a str,
///     score: f64,
/// }
/// let mut w = csv::Writer::from_writer(Vec::new());
/// w.serialize(Cells::new(&Row { title: "=cmd|' /C calc'!A0", score: -1.5 }, true)).unwrap();
/// let out = String::from_utf8(w.into_inner().unwrap()).unwrap();
/// assert_eq!(out, "title,score\n'=cmd|' /C calc'!A0,-1.5\n");
/// ```
pub struct Cells<'a, T: ?Sized> {
    row: &'a T,
    excel_safe: bool,
}

impl<'a, T: ?Sized + Serialize> Cells<'a, T> {
    pub fn new(row: &'a T, excel_safe: bool) -> Cells<'a, T> {
        Cells { row, excel_safe }
    }
}

impl<T: ?Sized + Serialize> Serialize for Cells<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.excel_safe {
            self.row.serialize(Safe(serializer))
        } else {
            self.row.serialize(serializer)
        }
    }
}

/// A value whose text is made safe by [`Safe`].
struct SafeValue<'a, T: ?Sized>(&'a T);

impl<T: ?Sized + Serialize> Serialize for SafeValue<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(Safe(serializer))
    }
}

/// A serializer that hands everything to the one it wraps, with strings passed through
/// [`excel_safe_cell`] — also inside structs and options, which is all a row holds.
struct Safe<S>(S);

/// A struct whose fields are serialized through [`Safe`].
struct SafeStruct<S>(S);

impl<S: SerializeStruct> SerializeStruct for SafeStruct<S> {
    type Ok = S::Ok;
    type Error = S::Error;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), S::Error> {
        self.0.serialize_field(key, &SafeValue(value))
    }

    fn skip_field(&mut self, key: &'static str) -> Result<(), S::Error> {
        self.0.skip_field(key)
    }

    fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

/// Forwards a serializer method unchanged.
macro_rules! forward {
    ($($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty;)*) => {
        $(fn $name(self, $($arg: $ty),*) -> Result<$ret, S::Error> {
            self.0.$name($($arg),*)
        })*
    };
}

impl<S: Serializer> Serializer for Safe<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = S::SerializeSeq;
    type SerializeTuple = S::SerializeTuple;
    type SerializeTupleStruct = S::SerializeTupleStruct;
    type SerializeTupleVariant = S::SerializeTupleVariant;
    type SerializeMap = S::SerializeMap;
    type SerializeStruct = SafeStruct<S::SerializeStruct>;
    type SerializeStructVariant = S::SerializeStructVariant;

    forward! {
        serialize_bool(v: bool) -> S::Ok;
        serialize_i8(v: i8) -> S::Ok;
        serialize_i16(v: i16) -> S::Ok;
        serialize_i32(v: i32) -> S::Ok;
        serialize_i64(v: i64) -> S::Ok;
        serialize_i128(v: i128) -> S::Ok;
        serialize_u8(v: u8) -> S::Ok;
        serialize_u16(v: u16) -> S::Ok;
        serialize_u32(v: u32) -> S::Ok;
        serialize_u64(v: u64) -> S::Ok;
        serialize_u128(v: u128) -> S::Ok;
        serialize_f32(v: f32) -> S::Ok;
        serialize_f64(v: f64) -> S::Ok;
        serialize_bytes(v: &[u8]) -> S::Ok;
        serialize_none() -> S::Ok;
        serialize_unit() -> S::Ok;
        serialize_unit_struct(name: &'static str) -> S::Ok;
        serialize_unit_variant(name: &'static str, index: u32, variant: &'static str) -> S::Ok;
        serialize_seq(len: Option<usize>) -> S::SerializeSeq;
        serialize_tuple(len: usize) -> S::SerializeTuple;
        serialize_tuple_struct(name: &'static str, len: usize) -> S::SerializeTupleStruct;
        serialize_tuple_variant(
            name: &'static str,
            index: u32,
            variant: &'static str,
            len: usize
        ) -> S::SerializeTupleVariant;
        serialize_map(len: Option<usize>) -> S::SerializeMap;
        serialize_struct_variant(
            name: &'static str,
            index: u32,
            variant: &'static str,
            len: usize
        ) -> S::SerializeStructVariant;
    }

    fn serialize_char(self, v: char) -> Result<S::Ok, S::Error> {
        let mut buf = [0; 4];
        self.serialize_str(v.encode_utf8(&mut buf))
    }

    fn serialize_str(self, v: &str) -> Result<S::Ok, S::Error> {
        self.0.serialize_str(&excel_safe_cell(v))
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.0.serialize_some(&SafeValue(value))
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0.serialize_newtype_struct(name, &SafeValue(value))
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0
            .serialize_newtype_variant(name, index, variant, &SafeValue(value))
    }

    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<SafeStruct<S::SerializeStruct>, S::Error> {
        self.0.serialize_struct(name, len).map(SafeStruct)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_start_like_formulas_get_a_quote_and_others_do_not() {
        let cases = [
            ("=SOMME(A1:A3)", "'=SOMME(A1:A3)"),
            ("+33 1 23 45 67 89", "'+33 1 23 45 67 89"),
            ("- Vous partez ?", "'- Vous partez ?"),
            ("@ministre", "'@ministre"),
            ("\t=1+1", "'\t=1+1"),
            ("\r\n=1", "'\r\n=1"),
            ("— Jamais, répond-elle.", "— Jamais, répond-elle."),
            ("Le maire a dit =oui", "Le maire a dit =oui"),
            (" =1+1", " =1+1"),
            ("", ""),
            ("'déjà cité", "'déjà cité"),
        ];
        for (cell, want) in cases {
            assert_eq!(excel_safe_cell(cell), want, "{cell:?}");
        }
    }

    #[derive(Serialize)]
    struct Row<'a> {
        title: &'a str,
        outlet: Option<&'a str>,
        owned: String,
        initial: char,
        score: f64,
        count: i64,
        low: Option<f64>,
    }

    fn write(row: &Row<'_>, on: bool) -> String {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(Cells::new(row, on)).unwrap();
        String::from_utf8(w.into_inner().unwrap()).unwrap()
    }

    #[test]
    fn only_text_cells_change_and_only_when_asked() {
        let row = Row {
            title: "=HYPERLINK(\"http://exemple.invalid\")",
            outlet: Some("+Presse"),
            owned: String::from("-5 % selon l'Insee"),
            initial: '@',
            score: -2.5,
            count: -3,
            low: Some(-0.25),
        };
        assert_eq!(
            write(&row, true),
            "title,outlet,owned,initial,score,count,low\n\
             \"'=HYPERLINK(\"\"http://exemple.invalid\"\")\",'+Presse,'-5 % selon l'Insee,'@,\
             -2.5,-3,-0.25\n"
        );
        assert_eq!(
            write(&row, false),
            "title,outlet,owned,initial,score,count,low\n\
             \"=HYPERLINK(\"\"http://exemple.invalid\"\")\",+Presse,-5 % selon l'Insee,@,\
             -2.5,-3,-0.25\n"
        );
    }
}
