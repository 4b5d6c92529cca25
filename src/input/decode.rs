//! Bytes → UTF-8 text: byte-order marks, legacy encodings, invalid bytes, binary files.
//!
//! French archives hold plenty of Windows-1252 and ISO-8859-1/15 files, and scrapers leave
//! the odd broken byte in otherwise good UTF-8. The rules, in order:
//!
//! 1. A UTF-8 byte-order mark is removed. A UTF-16 byte-order mark (LE or BE) means UTF-16:
//!    the text is transcoded, with a warning.
//! 2. Binary: the first 8 KiB (after the mark) are checked. A NUL byte, or control characters
//!    other than tab, line feed, vertical tab, form feed, carriage return and escape making up
//!    more than 5 % of those bytes, mean the file is not text (images, PDF, office documents,
//!    UTF-16 without a byte-order mark all have NUL bytes early).
//! 3. Valid UTF-8 is taken as is.
//! 4. Otherwise the bytes are scanned once, counting the valid non-ASCII UTF-8 sequences and
//!    the invalid ones. When the valid sequences outnumber the invalid ones, the file is UTF-8
//!    with a few broken bytes: they become U+FFFD and a warning gives the byte offset of the
//!    first bad sequence (counted in the file, byte-order mark included). It is not re-read
//!    as Latin-1, which would turn every correct accent of the file into mojibake to save a
//!    few characters.
//! 5. Otherwise the file is in a legacy encoding: chardetng guesses it (told that the text is
//!    French news, which favours Windows-1252 among equally plausible single-byte
//!    encodings) and encoding_rs transcodes it, with a warning naming the encoding.
//!    chardetng never answers ISO-8859-15, which differs from Windows-1252 on `€` and `œ`:
//!    when the guess is Windows-1252, no byte falls in 0x80–0x9F (where Windows-1252 keeps
//!    `€`, `œ`, `’` and ISO-8859-15 has only control codes) and a byte 0xBD or 0xBC sits
//!    between two letters (`c½ur` is `cœur`) or 0xA4 sits next to a digit or a space (`¤`
//!    is `€`), the text is read as ISO-8859-15. ISO-8859-1 text decodes identically as
//!    Windows-1252 and is reported under that name.
//!
//! Warnings are sentences without the file name: callers print them after the article's
//! source.

use encoding_rs::{Encoding, ISO_8859_15, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// How many leading bytes the binary check looks at.
pub(crate) const SNIFF_LEN: usize = 8 * 1024;

/// Decoded text and what happened on the way.
#[derive(Debug, Default)]
pub(crate) struct Decoded {
    pub text: String,
    /// The encoding the bytes were transcoded from, when not UTF-8.
    pub transcoded_from: Option<&'static str>,
    pub warnings: Vec<String>,
}

/// Why bytes cannot be an article's text.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum NotText {
    /// The reason, e.g. "binary file (NUL byte at offset 12)".
    Binary(String),
}

impl std::fmt::Display for NotText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotText::Binary(reason) => f.write_str(reason),
        }
    }
}

/// A byte-order mark at the start of a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Bom {
    None,
    Utf8,
    Utf16Le,
    Utf16Be,
}

impl Bom {
    pub fn detect(bytes: &[u8]) -> Bom {
        if bytes.starts_with(b"\xEF\xBB\xBF") {
            Bom::Utf8
        } else if bytes.starts_with(b"\xFF\xFE") {
            Bom::Utf16Le
        } else if bytes.starts_with(b"\xFE\xFF") {
            Bom::Utf16Be
        } else {
            Bom::None
        }
    }

    pub fn len(self) -> usize {
        match self {
            Bom::None => 0,
            Bom::Utf8 => 3,
            Bom::Utf16Le | Bom::Utf16Be => 2,
        }
    }
}

/// Decodes a whole file's bytes (rules 1 to 5 of the module documentation).
pub(crate) fn decode_file(mut bytes: Vec<u8>) -> Result<Decoded, NotText> {
    let bom = Bom::detect(&bytes);
    let utf16 = match bom {
        Bom::Utf16Le => Some(UTF_16LE),
        Bom::Utf16Be => Some(UTF_16BE),
        Bom::None | Bom::Utf8 => None,
    };
    if let Some(encoding) = utf16 {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[2..]);
        let mut warnings = vec![format!("read as {} (byte-order mark)", encoding.name())];
        if had_errors {
            warnings.push(format!(
                "invalid {} sequences replaced with U+FFFD",
                encoding.name()
            ));
        }
        return Ok(Decoded {
            text: text.into_owned(),
            transcoded_from: Some(encoding.name()),
            warnings,
        });
    }
    bytes.drain(..bom.len());
    check_binary(&bytes[..bytes.len().min(SNIFF_LEN)])?;
    Ok(decode_bytes(bytes, bom.len(), ""))
}

/// Rule 2: refuses bytes that look binary.
pub(crate) fn check_binary(sample: &[u8]) -> Result<(), NotText> {
    if let Some(at) = memchr::memchr(0, sample) {
        return Err(NotText::Binary(format!(
            "binary file (NUL byte at offset {at})"
        )));
    }
    let controls = sample
        .iter()
        .filter(|&&b| matches!(b, 0x01..=0x08 | 0x0E..=0x1A | 0x1C..=0x1F | 0x7F))
        .count();
    if controls * 20 > sample.len() {
        return Err(NotText::Binary(format!(
            "binary file ({controls} control bytes in the first {} bytes)",
            sample.len()
        )));
    }
    Ok(())
}

/// Rules 3 to 5 on bytes without a byte-order mark. `offset` is added to byte offsets in
/// warnings (the length of a removed byte-order mark); `of` follows the offset in warnings
/// (`" of the line"` for a JSONL line).
pub(crate) fn decode_bytes(bytes: Vec<u8>, offset: usize, of: &str) -> Decoded {
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => {
            return Decoded {
                text,
                ..Decoded::default()
            };
        }
        Err(e) => e.into_bytes(),
    };
    let stats = Utf8Stats::scan(&bytes);
    if stats.valid_non_ascii > stats.invalid {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let warning = format!(
            "invalid UTF-8 at byte {}{of} ({} bad sequence{} replaced with U+FFFD)",
            stats.first_invalid + offset,
            stats.invalid,
            if stats.invalid == 1 { "" } else { "s" }
        );
        return Decoded {
            text,
            transcoded_from: None,
            warnings: vec![warning],
        };
    }
    let encoding = guess_legacy(&bytes);
    let (text, _) = encoding.decode_without_bom_handling(&bytes);
    Decoded {
        text: text.into_owned(),
        transcoded_from: Some(encoding.name()),
        warnings: vec![format!(
            "not UTF-8: transcoded from {} (detected)",
            encoding.name()
        )],
    }
}

/// Decodes the fields of one CSV record together: one decision (rules 3 to 5) for the whole
/// record, so that its fields cannot end up in different encodings.
pub(crate) fn decode_parts(parts: Vec<Vec<u8>>) -> (Vec<String>, Decoded) {
    let mut info = Decoded::default();
    if parts.iter().all(|p| std::str::from_utf8(p).is_ok()) {
        let texts = parts
            .into_iter()
            .map(|p| String::from_utf8(p).unwrap_or_default())
            .collect();
        return (texts, info);
    }
    let mut stats = Utf8Stats::default();
    for part in &parts {
        let s = Utf8Stats::scan(part);
        stats.valid_non_ascii += s.valid_non_ascii;
        stats.invalid += s.invalid;
    }
    if stats.valid_non_ascii > stats.invalid {
        info.warnings.push(format!(
            "invalid UTF-8 in the record ({} bad sequence{} replaced with U+FFFD)",
            stats.invalid,
            if stats.invalid == 1 { "" } else { "s" }
        ));
        let texts = parts
            .iter()
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .collect();
        return (texts, info);
    }
    let mut joined = Vec::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
    for part in &parts {
        joined.extend_from_slice(part);
        joined.push(b'\n');
    }
    let encoding = guess_legacy(&joined);
    info.transcoded_from = Some(encoding.name());
    info.warnings.push(format!(
        "not UTF-8: transcoded from {} (detected)",
        encoding.name()
    ));
    let texts = parts
        .iter()
        .map(|p| encoding.decode_without_bom_handling(p).0.into_owned())
        .collect();
    (texts, info)
}

/// Counts of a single pass over bytes that are not valid UTF-8.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Utf8Stats {
    pub valid_non_ascii: usize,
    pub invalid: usize,
    /// Offset of the first invalid sequence.
    pub first_invalid: usize,
}

impl Utf8Stats {
    pub fn scan(bytes: &[u8]) -> Utf8Stats {
        let mut stats = Utf8Stats::default();
        let mut rest = bytes;
        let mut at = 0;
        loop {
            match std::str::from_utf8(rest) {
                Ok(valid) => {
                    stats.valid_non_ascii += count_non_ascii_chars(valid.as_bytes());
                    return stats;
                }
                Err(e) => {
                    let valid = e.valid_up_to();
                    stats.valid_non_ascii += count_non_ascii_chars(&rest[..valid]);
                    if stats.invalid == 0 {
                        stats.first_invalid = at + valid;
                    }
                    stats.invalid += 1;
                    // A sequence cut by the end of the input has no error length: it is the
                    // last invalid sequence.
                    let bad = e.error_len().unwrap_or(rest.len() - valid);
                    rest = &rest[valid + bad..];
                    at += valid + bad;
                }
            }
        }
    }
}

/// Lead bytes of multi-byte sequences in valid UTF-8.
fn count_non_ascii_chars(valid: &[u8]) -> usize {
    valid.iter().filter(|&&b| b >= 0xC0).count()
}

/// How many bytes the encoding detector looks at.
const DETECTION_WINDOW: usize = 64 * 1024;

/// Rule 5: the legacy encoding of bytes that are not UTF-8.
pub(crate) fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    // The detector costs about 100 ns a byte; a window from just before the first non-ASCII
    // byte holds thousands of accented letters in French text, plenty to decide.
    let from = bytes
        .iter()
        .position(|&b| b >= 0x80)
        .map_or(0, |at| at.saturating_sub(64));
    let window = &bytes[from..bytes.len().min(from + DETECTION_WINDOW)];
    detector.feed(window, true);
    let guess = detector.guess(Some(b"fr"), chardetng::Utf8Detection::Deny);
    if guess == WINDOWS_1252 && looks_like_iso_8859_15(bytes) {
        ISO_8859_15
    } else {
        guess
    }
}

fn looks_like_iso_8859_15(bytes: &[u8]) -> bool {
    if bytes.iter().any(|b| (0x80..=0x9F).contains(b)) {
        return false;
    }
    let letter = |b: u8| b.is_ascii_alphabetic() || b >= 0xC0;
    bytes.windows(3).any(|w| match w[1] {
        0xBC | 0xBD => letter(w[0]) && letter(w[2]),
        0xA4 => {
            let near = |b: u8| b.is_ascii_digit() || b == b' ' || b == 0xA0;
            near(w[0]) || near(w[2])
        }
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn latin1(s: &str) -> Vec<u8> {
        s.chars().map(|c| c as u32 as u8).collect()
    }

    #[test]
    fn utf8_is_taken_as_is() {
        let d = decode_file("Été à Besançon".as_bytes().to_vec()).unwrap();
        assert_eq!(d.text, "Été à Besançon");
        assert!(d.warnings.is_empty() && d.transcoded_from.is_none());
    }

    #[test]
    fn removes_the_utf8_bom() {
        let d = decode_file(b"\xEF\xBB\xBFBonjour".to_vec()).unwrap();
        assert_eq!(d.text, "Bonjour");
    }

    #[test]
    fn reads_utf16_with_a_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Grève générale".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        let d = decode_file(bytes).unwrap();
        assert_eq!(d.text, "Grève générale");
        assert_eq!(d.transcoded_from, Some("UTF-16LE"));
    }

    #[test]
    fn transcodes_windows_1252() {
        let mut bytes = latin1("Le ministre a déclaré que la hausse était « inévitable ».");
        bytes.extend(b" Co\x9Bt : 5 \x80, l\x92\x9Cuvre.");
        let d = decode_file(bytes).unwrap();
        assert_eq!(d.transcoded_from, Some("windows-1252"));
        assert!(d.text.ends_with("5 €, l’œuvre."), "{}", d.text);
        assert!(d.warnings[0].contains("windows-1252"));
    }

    #[test]
    fn recognizes_iso_8859_15() {
        let mut bytes = latin1("Le prix de l'essence a grimpé à 2 ");
        bytes.extend(b"\xA4 le litre, un coup au c\xBDur pour les m\xE9nages.");
        let d = decode_file(bytes).unwrap();
        assert_eq!(d.transcoded_from, Some("ISO-8859-15"));
        assert!(
            d.text.contains("2 € le litre, un coup au cœur"),
            "{}",
            d.text
        );
    }

    #[test]
    fn a_few_bad_bytes_in_utf8_are_replaced() {
        let mut bytes = "Les élèves étaient réunis à l’école ".as_bytes().to_vec();
        let bad_at = bytes.len();
        bytes.push(0xE9);
        bytes.extend("t puis ils sont partis à Orléans.".as_bytes());
        let d = decode_file(bytes).unwrap();
        assert!(d.transcoded_from.is_none());
        assert!(d.text.contains("l’école \u{FFFD}t puis"));
        assert!(
            d.warnings[0].contains(&format!("byte {bad_at}")),
            "{:?}",
            d.warnings
        );
    }

    #[test]
    fn refuses_binary() {
        assert!(decode_file(b"%PDF-1.4\n\x00\x01\x02".to_vec()).is_err());
        let controls: Vec<u8> = (0..200)
            .map(|i| if i % 5 == 0 { 0x02 } else { b'a' })
            .collect();
        assert!(decode_file(controls).is_err());
        assert!(decode_file(b"texte\x0Cavec saut de page\x1A".to_vec()).is_ok());
    }

    #[test]
    fn counts_utf8_sequences() {
        let stats = Utf8Stats::scan(b"\xC3\xA9t\xE9 \xE2\x80\x99 \xF0\x9F");
        assert_eq!(
            stats,
            Utf8Stats {
                valid_non_ascii: 2,
                invalid: 2,
                first_invalid: 3
            }
        );
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_decode_or_are_refused(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            if let Ok(decoded) = decode_file(bytes.clone()) {
                if let Ok(text) = std::str::from_utf8(&bytes) {
                    proptest::prop_assert_eq!(decoded.text.as_str(), text.strip_prefix('\u{feff}').unwrap_or(text));
                    proptest::prop_assert!(decoded.warnings.is_empty());
                } else {
                    proptest::prop_assert!(!decoded.warnings.is_empty());
                }
            } else {
                // Refused only for a NUL byte or control characters.
                proptest::prop_assert!(bytes.iter().any(|&b| b < 0x09 || (0x0E..0x20).contains(&b) || b == 0x7F));
            }
        }
    }
}
