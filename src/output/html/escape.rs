//! Escaping for HTML text and attribute values, and the base64 that the CSP hash needs.
//!
//! Everything that comes from an article (its text, title, outlet, url, file path, speaker
//! names) and from a lexicon (categories, patterns, file names) is untrusted: an article may
//! hold `<script>` or `" onmouseover="…`. One escaper is used for both contexts, so a value
//! can never be written unescaped by picking the wrong one: it replaces the five characters
//! that matter in text and in double- or single-quoted attributes, and replaces control
//! characters, which are parse errors in HTML, with U+FFFD.

use std::fmt;

/// Displays `s` escaped for HTML text and attribute values.
pub struct Esc<'a>(pub &'a str);

impl fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let mut from = 0;
        for (i, c) in s.char_indices() {
            let rep = match c {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' | '\n' => continue,
                // Carriage returns are dropped: the page shows the text's words, not its line
                // ends, and a lone CR in an attribute would read as a line break.
                '\r' => "",
                c if c.is_control() => "\u{FFFD}",
                _ => continue,
            };
            f.write_str(&s[from..i])?;
            f.write_str(rep)?;
            from = i + c.len_utf8();
        }
        f.write_str(&s[from..])
    }
}

/// Returns `s` escaped for HTML text and attribute values.
pub fn escape(s: &str) -> String {
    Esc(s).to_string()
}

/// Standard base64 with padding (RFC 4648), for the `sha256-…` source of the CSP.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * k) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        let cases: &[(&str, &str)] = &[
            ("", ""),
            ("Niamey", "Niamey"),
            (
                "<script>alert(1)</script>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
            ),
            ("\" onmouseover=\"x", "&quot; onmouseover=&quot;x"),
            ("l'armée", "l&#39;armée"),
            ("A & B", "A &amp; B"),
            ("&amp;", "&amp;amp;"),
            ("« Non ! »", "« Non ! »"),
            ("ligne\r\nsuivante", "ligne\nsuivante"),
            ("nul\0byte\u{7}", "nul\u{FFFD}byte\u{FFFD}"),
            ("tab\there", "tab\there"),
        ];
        for (raw, want) in cases {
            assert_eq!(escape(raw), *want, "{raw:?}");
        }
    }

    #[test]
    fn base64_matches_rfc4648_vectors() {
        let cases: &[(&str, &str)] = &[
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (raw, want) in cases {
            assert_eq!(base64(raw.as_bytes()), *want, "{raw:?}");
        }
    }
}
