//! A warning for articles that still hold HTML markup.
//!
//! cadrage reads plain text: quotation marks, apostrophes and paragraph breaks are characters
//! and line breaks. A scraped text that kept its markup writes them otherwise (`&laquo;`,
//! `&#8217;`, `<p>…</p>`, `<br>`), and the tool cannot see them: a quotation opened by
//! `&laquo;` is not a quotation, and a body whose paragraphs are `<p>` elements is one paragraph.
//! Rather than guess at an HTML document (offsets must stay offsets into the article's text),
//! the input stage says so: an article whose body holds HTML elements or character references
//! gets a warning that counts them and names the first, so that a researcher sees, in the
//! `warnings` of the JSON and of `articles.csv`, which articles to decode before the analysis.
//!
//! What counts: an element tag (`<p>`, `</p>`, `<br/>`, `<div class="x">`, …) whose name is one
//! of the elements a news page's body is made of ([`ELEMENTS`]), in any case; a character
//! reference, named (`&nbsp;`: `&`, two to eight ASCII letters, `;`) or numeric (`&#8217;`,
//! `&#x2019;`). A lone `<` or `&` (*moins de 5 %*, *< 5 %*, *Marks & Spencer*) counts for
//! nothing. One pass over the bytes, `memchr` between the two marks.

use memchr::memchr2_iter;

/// Element names recognised in a tag: text-level and block elements of an article's body.
const ELEMENTS: &[&str] = &[
    "a",
    "b",
    "blockquote",
    "br",
    "div",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "i",
    "img",
    "li",
    "ol",
    "p",
    "span",
    "strong",
    "sup",
    "u",
    "ul",
];

/// The warning for a body holding HTML markup, or `None` when it holds none.
pub(crate) fn warning(body: &str) -> Option<String> {
    let bytes = body.as_bytes();
    let (mut tags, mut refs) = (0usize, 0usize);
    let mut first: Option<&str> = None;
    for at in memchr2_iter(b'<', b'&', bytes) {
        let len = if bytes[at] == b'<' {
            tag_len(&bytes[at..])
        } else {
            reference_len(&bytes[at..])
        };
        let Some(len) = len else { continue };
        if bytes[at] == b'<' {
            tags += 1;
        } else {
            refs += 1;
        }
        // Both marks and what `tag_len` and `reference_len` accept are ASCII, so the slice
        // starts and ends on character boundaries.
        first.get_or_insert(&body[at..at + len]);
    }
    let first = first?;
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let what = match (tags, refs) {
        (0, r) => count(r, "character reference", "character references"),
        (t, 0) => count(t, "tag", "tags"),
        (t, r) => format!(
            "{} and {}",
            count(t, "tag", "tags"),
            count(r, "character reference", "character references")
        ),
    };
    Some(format!(
        "the text holds HTML markup ({what}, first `{first}`): cadrage reads plain text, and \
         quotation marks, apostrophes and paragraph breaks written as markup are not seen; \
         decode the text first"
    ))
}

/// Length of the element tag at the start of `s` (`<p>`, `</div>`, `<br />`, `<a href="…">`,
/// at most 200 bytes), or `None`.
fn tag_len(s: &[u8]) -> Option<usize> {
    let mut i = 1;
    if s.get(i) == Some(&b'/') {
        i += 1;
    }
    let start = i;
    while s.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        i += 1;
    }
    let name = &s[start..i];
    if !ELEMENTS
        .iter()
        .any(|e| e.as_bytes().eq_ignore_ascii_case(name))
    {
        return None;
    }
    match s.get(i)? {
        b'>' => Some(i + 1),
        b' ' | b'/' | b'\t' | b'\n' => s
            .iter()
            .take(200)
            .skip(i)
            .position(|&b| b == b'>')
            .filter(|&k| !s[i..i + k].contains(&b'<'))
            .map(|k| i + k + 1),
        _ => None,
    }
}

/// Length of the character reference at the start of `s` (`&nbsp;`, `&#8217;`, `&#x2019;`),
/// or `None`.
fn reference_len(s: &[u8]) -> Option<usize> {
    let (digits, start): (fn(&u8) -> bool, usize) = match (s.get(1), s.get(2)) {
        (Some(b'#'), Some(b'x' | b'X')) => (u8::is_ascii_hexdigit, 3),
        (Some(b'#'), _) => (u8::is_ascii_digit, 2),
        _ => (u8::is_ascii_alphabetic, 1),
    };
    let run = s[start..].iter().take(9).take_while(|b| digits(b)).count();
    let enough = if start == 1 {
        (2..=8).contains(&run)
    } else {
        (1..=7).contains(&run)
    };
    (enough && s.get(start + run) == Some(&b';')).then_some(start + run + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_counted_and_named() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Un texte sans balise. Il dit « non ».", None),
            (
                "Moins de 5 % des votes, soit < 5 % ; Marks & Spencer ferme.",
                None,
            ),
            ("Une flèche <- et un <chat> ne sont pas des balises.", None),
            ("<p>Il a dit non.</p>", Some("2 tags, first `<p>`")),
            (
                "L&#8217;homme a dit &laquo;&nbsp;non&nbsp;&raquo;.",
                Some("5 character references, first `&#8217;`"),
            ),
            (
                "Un <a href=\"https://x.fr\">lien</a> &amp; un&#x2019;autre.",
                Some("2 tags and 2 character references, first `<a href=\"https://x.fr\">`"),
            ),
            ("Fin<BR/>de ligne", Some("1 tag, first `<BR/>`")),
            ("&toolongname; &; &#; &#x;", None),
        ];
        for (text, expected) in cases {
            let got = warning(text);
            match expected {
                None => assert_eq!(got, None, "{text}"),
                Some(part) => assert!(
                    got.as_deref().is_some_and(|w| w.contains(part)),
                    "{text}: {got:?}"
                ),
            }
        }
    }

    #[test]
    fn cut_markup_at_the_end_of_a_text_is_not_read_past_it() {
        for text in [
            "x <p",
            "x </",
            "x <",
            "x &",
            "x &#",
            "x &#x1",
            "x &nbsp",
            "x <a href",
        ] {
            assert_eq!(warning(text), None, "{text}");
        }
    }
}
