//! Paragraphs: which line breaks end a paragraph and which only wrap a line.
//!
//! Articles reach us in three shapes: one paragraph per line (scraped text), paragraphs
//! separated by blank lines, and text hard-wrapped at a fixed width (e-mail, wire copy,
//! plain-text archives). One rule handles all three:
//!
//! - A blank line (only whitespace) always ends a paragraph.
//! - A line opening with a list marker (•, *, -, 1., 1), a)) or a dialogue dash (—, –) always
//!   starts a new paragraph.
//! - Otherwise a single line break continues the paragraph when the line does not end a
//!   sentence and the next line goes on in lower case (a stray newline inside a sentence), or
//!   when the line ends with `,` `;` `:` and the next line opens a quotation
//!   (`Il a déclaré :` / `« … »`).
//! - In a hard-wrapped text, a line break also continues the paragraph when the next line's
//!   first word would not have fitted on the line (the break was made by the wrapping, not by
//!   the writer). A text counts as hard-wrapped when its longest line holds 30 to 100
//!   characters, at least two lines followed by another line are longer than 60 % of that
//!   width, these long lines are at least half of the lines followed by another, and at least
//!   two thirds of them stop mid-sentence (a writer's own line breaks fall after a finished
//!   sentence, a wrapping tool's anywhere). A line indented more than the one before starts a
//!   paragraph, and a short unpunctuated line after a finished sentence stays apart (it is a
//!   heading).
//! - Every other line break ends the paragraph: in a one-paragraph-per-line text every line
//!   is a paragraph, and a heading line is a paragraph of its own.
//!
//! A paragraph opening with a dash is either a dialogue turn (an interview answer: the
//! quotation finder gives it a dash region) or a list item. An em or en dash opens a dialogue
//! turn unless the text after it reads like a list item (it starts in lower case or ends with
//! `;` or `,`, or it follows a line ending with `:` or another list item without reading like
//! speech). A hyphen `- ` opens a dialogue turn only when the text reads like speech (it
//! starts with a capital or a quotation mark and ends with sentence punctuation) and does not
//! follow a line ending with `:` or a list item.

use crate::span::Span;

use super::flat;
use super::text::{capitals, char_at, is_dash, is_space, last_significant, skip_space, trim};

/// Lines longer than this many bytes are never counted character by character: they cannot
/// belong to a hard-wrapped text.
const LONG_LINE_BYTES: usize = 400;
/// Widest line (in characters) of a text that may be hard-wrapped.
const MAX_WRAP_WIDTH: usize = 100;
/// Narrowest widest line (in characters) of a text that may be hard-wrapped.
const MIN_WRAP_WIDTH: usize = 30;

/// How a paragraph opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Opener {
    /// Ordinary text.
    Plain,
    /// A bulleted or numbered list item opened by the marker at `marker` (part of the
    /// paragraph).
    List { marker: Span },
    /// A dialogue turn opened by the dash at `dash`.
    Dialogue { dash: Span },
}

/// One paragraph and what the layout pass learnt about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Block {
    /// The paragraph, trimmed of surrounding whitespace.
    pub span: Span,
    pub opener: Opener,
    /// Number of source lines joined into the paragraph.
    pub lines: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MarkerKind {
    Bullet,
    Number,
    Dash(char),
}

#[derive(Clone, Copy, Debug)]
struct Marker {
    kind: MarkerKind,
    /// Offset just after the marker.
    end: usize,
}

/// One source line, trimmed, with what the joining rule needs to know about it.
#[derive(Clone, Copy, Debug)]
struct Line {
    span: Span,
    blank: bool,
    /// Bytes of leading whitespace.
    indent: usize,
    /// Length in characters; counted only when the text may be hard-wrapped.
    chars: usize,
    /// Length in characters of the first word; counted only when the text is hard-wrapped.
    first_word: usize,
    marker: Option<Marker>,
    first: char,
    /// The last character.
    last: char,
    /// The last character that is not a closing mark.
    last_sig: Option<char>,
}

/// Splits `text[body]` into paragraphs, following the rule in the module header.
pub(crate) fn blocks(text: &str, body: Span) -> Vec<Block> {
    let mut lines = read_lines(text, body);
    let wrap = wrap_width(text, &mut lines);
    let mut out: Vec<Block> = Vec::new();
    let mut pieces: Vec<Span> = Vec::new();
    // The tokens of a one-line paragraph, in one buffer for every line.
    let mut tokens: Vec<Span> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].blank {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        while last + 1 < lines.len()
            && !lines[last + 1].blank
            && joins(text, &lines, first, last, wrap)
        {
            last += 1;
        }
        let span = Span::new(lines[first].span.start, lines[last].span.end);
        if first == last {
            // One line: it may be several paragraphs whose line breaks were lost.
            pieces.clear();
            flat::tokens_into(text, span, &mut tokens);
            if flat::may_cut(text, &tokens) {
                flat::split(text, span, &tokens, &mut pieces);
            } else {
                pieces.push(span);
            }
            for (k, &piece) in pieces.iter().enumerate() {
                let marker = if k == 0 {
                    lines[first].marker
                } else {
                    marker(text, piece)
                };
                let opener = opener(text, piece, marker, out.last().copied());
                out.push(Block {
                    span: piece,
                    opener,
                    lines: 1,
                });
            }
            i = last + 1;
            continue;
        }
        let opener = opener(text, span, lines[first].marker, out.last().copied());
        out.push(Block {
            span,
            opener,
            lines: last - first + 1,
        });
        i = last + 1;
    }
    out
}

fn read_lines(text: &str, body: Span) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = body.start;
    while start < body.end {
        let end = memchr::memchr(b'\n', &bytes[start..body.end]).map_or(body.end, |n| start + n);
        lines.push(read_line(text, Span::new(start, end)));
        start = end + 1;
    }
    lines
}

fn read_line(text: &str, raw: Span) -> Line {
    let span = trim(text, raw);
    if span.is_empty() {
        return Line {
            span,
            blank: true,
            indent: 0,
            chars: 0,
            first_word: 0,
            marker: None,
            first: ' ',
            last: ' ',
            last_sig: None,
        };
    }
    Line {
        span,
        blank: false,
        indent: span.start - raw.start,
        chars: 0,
        first_word: 0,
        marker: marker(text, span),
        first: char_at(text, span.start).unwrap_or(' '),
        last: text[span.start..span.end]
            .chars()
            .next_back()
            .unwrap_or(' '),
        last_sig: last_significant(text, span),
    }
}

/// The list marker or dash opening the line `span`, if any.
fn marker(text: &str, span: Span) -> Option<Marker> {
    let s = &text[span.start..span.end];
    let mut chars = s.char_indices();
    let (_, c) = chars.next()?;
    let after = c.len_utf8();
    let next = s[after..].chars().next();
    let spaced = next.is_some_and(is_space);
    let at = |n: usize| span.start + n;
    match c {
        '•' | '◦' | '▪' | '‣' | '●' | '■' | '□' | '►' | '➢' | '·' => {
            Some(Marker {
                kind: MarkerKind::Bullet,
                end: at(after),
            })
        }
        '*' if spaced => Some(Marker {
            kind: MarkerKind::Bullet,
            end: at(after),
        }),
        '-' if spaced => Some(Marker {
            kind: MarkerKind::Dash('-'),
            end: at(after),
        }),
        c if is_dash(c) && c != '-' && next.is_some() => Some(Marker {
            kind: MarkerKind::Dash(c),
            end: at(after),
        }),
        '0'..='9' => {
            let digits = s.bytes().take_while(u8::is_ascii_digit).count();
            let rest = &s.as_bytes()[digits..];
            let numbered = digits <= 3
                && rest.len() >= 2
                && matches!(rest[0], b'.' | b')')
                && (rest[1] as char).is_ascii_whitespace();
            numbered.then_some(Marker {
                kind: MarkerKind::Number,
                end: at(digits + 1),
            })
        }
        c if c.is_ascii_alphabetic() => {
            let rest = &s.as_bytes()[1..];
            let lettered =
                rest.len() >= 2 && rest[0] == b')' && (rest[1] as char).is_ascii_whitespace();
            lettered.then_some(Marker {
                kind: MarkerKind::Number,
                end: at(2),
            })
        }
        _ => None,
    }
}

/// The wrapping width of a hard-wrapped text, or `None` when the text is not hard-wrapped.
/// Fills the character counts the joining rule needs, stopping at the first line wider than
/// any wrapping width (most texts have one early: one paragraph per line).
fn wrap_width(text: &str, lines: &mut [Line]) -> Option<usize> {
    for line in lines.iter_mut().filter(|l| !l.blank) {
        if line.span.len() > LONG_LINE_BYTES {
            return None;
        }
        line.chars = text[line.span.start..line.span.end].chars().count();
        if line.chars > MAX_WRAP_WIDTH {
            return None;
        }
    }
    let width = lines.iter().filter(|l| !l.blank).map(|l| l.chars).max()?;
    if !(MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&width) {
        return None;
    }
    let mut followed = 0;
    let mut long = 0;
    let mut long_unfinished = 0;
    for pair in lines.windows(2) {
        if pair[0].blank || pair[1].blank {
            continue;
        }
        followed += 1;
        if pair[0].chars * 10 >= width * 6 {
            long += 1;
            if !pair[0].last_sig.is_some_and(super::text::is_terminal) {
                long_unfinished += 1;
            }
        }
    }
    if !(long >= 2 && long * 2 >= followed && long_unfinished * 3 >= long * 2) {
        return None;
    }
    for line in lines.iter_mut().filter(|l| !l.blank) {
        line.first_word = text[line.span.start..line.span.end]
            .chars()
            .take_while(|c| !is_space(*c))
            .count();
    }
    Some(width)
}

/// Whether the line after `last` continues the paragraph that started at line `first`.
fn joins(text: &str, lines: &[Line], first: usize, last: usize, wrap: Option<usize>) -> bool {
    let a = &lines[last];
    let b = &lines[last + 1];
    if b.marker.is_some() {
        return false;
    }
    let a_ends_sentence = a.last_sig.is_some_and(super::text::is_terminal);
    if !a_ends_sentence && b.first.is_lowercase() {
        return !stands_apart(text, a, b);
    }
    if matches!(a.last, ',' | ';' | ':') && matches!(b.first, '«' | '“' | '„' | '"' | '‹') {
        return true;
    }
    let Some(width) = wrap else {
        return false;
    };
    let in_list = lines[first].marker.is_some();
    if !in_list && b.indent > a.indent {
        return false;
    }
    if a.chars + 1 + b.first_word <= width {
        return false;
    }
    // A short unpunctuated line between a finished sentence and a hard break is a heading.
    let b_hard_break_after = match lines.get(last + 2) {
        None => true,
        Some(c) => c.blank || c.marker.is_some() || b.chars + 1 + c.first_word <= width,
    };
    let b_heading = b.first.is_uppercase()
        && !b.last_sig.is_some_and(super::text::is_terminal)
        && !matches!(b.last, ',' | ';' | ':')
        && b_hard_break_after;
    !(a_ends_sentence && b_heading)
}

/// Whether line `b`, though it opens in lower case after a line that ends no sentence, is a
/// paragraph of its own: the line before is a rubric in capitals (`BILLET D'HUMEUR`,
/// `BLOC-NOTES`), or `b` is a byline (`par Hervé Lamothe`, `par la rédaction`, `par notre
/// correspondante à Dakar`) or a wire service's signature of initials (`ybl/mca/pg`). A page
/// laid out one paragraph per line puts these under a heading without a blank line; the same
/// page with blank lines between its paragraphs reads them apart, and so must this one.
fn stands_apart(text: &str, a: &Line, b: &Line) -> bool {
    let line = &text[b.span.start..b.span.end];
    capitals(&text[a.span.start..a.span.end]) || byline(line, b) || signature(line)
}

/// The words of a short line that names who wrote the piece: `par` then a name whose words
/// open with a capital (the particles of [`flat::PARTICLES`] aside), or the newsroom (`par la rédaction`, `par notre
/// envoyé spécial`); a place or a role may follow a comma (`par Hervé Lamothe, à Limoges`).
/// A line that ends a sentence is prose (`…déposé\npar Jean Dupont.`).
fn byline(line: &str, b: &Line) -> bool {
    if b.last_sig.is_some_and(super::text::is_terminal) {
        return false;
    }
    // A place, a role or the date follows a comma, a dash or a bar (`par Hervé Lamothe, à
    // Limoges`, `par le collectif X — 14 novembre 2026`, `par Anne Roux | 3 mars`).
    let name = [",", " — ", " – ", " | ", " - "]
        .iter()
        .filter_map(|sep| line.find(sep))
        .min()
        .map_or(line, |at| &line[..at]);
    let mut words = name.split_whitespace();
    if words.next() != Some("par")
        || name.split_whitespace().count() > 8
        || line.split_whitespace().count() > 14
    {
        return false;
    }
    let mut words: Vec<&str> = words.collect();
    // A body signs as such: `par le collectif X`, `par l'association X`, `par un collectif
    // de soignants`: the determiner and the noun are read as the start of its name.
    let signer = match words.as_slice() {
        [det, noun, ..]
            if matches!(*det, "le" | "la" | "les" | "un" | "une")
                && COLLECTIVE_SIGNERS.contains(noun) =>
        {
            2
        }
        [first, ..]
            if first
                .strip_prefix("l'")
                .or_else(|| first.strip_prefix("l’"))
                .is_some_and(|noun| COLLECTIVE_SIGNERS.contains(&noun)) =>
        {
            1
        }
        _ => 0,
    };
    if signer > 0
        && words
            .get(signer)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    {
        words.drain(..signer);
    }
    let newsroom = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "la" | "notre"
                | "nos"
                | "rédaction"
                | "redaction"
                | "correspondant"
                | "correspondante"
                | "correspondants"
                | "envoyé"
                | "envoyée"
                | "envoyés"
                | "spécial"
                | "spéciale"
                | "spéciaux"
        )
    };
    let named = !words.is_empty()
        && words.len() <= 4
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || flat::PARTICLES.contains(w)
                || w.starts_with("d'")
                || w.starts_with("d’")
        });
    let desk = words.len() >= 2 && words.len() <= 5 && newsroom(words[0]) && newsroom(words[1]);
    named || desk
}

/// The nouns by which a body signs a piece after `par` and a determiner (`par le collectif
/// Frontières ouvertes`, `par l'association Droit au logement`).
const COLLECTIVE_SIGNERS: &[&str] = &[
    "collectif",
    "association",
    "comité",
    "syndicat",
    "groupe",
    "bureau",
    "conseil",
    "fédération",
    "union",
    "coordination",
    "intersyndicale",
    "équipe",
];

/// A wire service's signature: groups of one to five letters joined by slashes and nothing
/// else (`ybl/mca/pg`, `jmb/eb`).
fn signature(line: &str) -> bool {
    line.contains('/')
        && line
            .split('/')
            .all(|g| (1..=5).contains(&g.len()) && g.bytes().all(|c| c.is_ascii_alphabetic()))
}

/// Decides how the paragraph `span` opens, given the marker of its first line and the
/// paragraph before it.
fn opener(text: &str, span: Span, marker: Option<Marker>, previous: Option<Block>) -> Opener {
    let Some(marker) = marker else {
        return Opener::Plain;
    };
    let list = Opener::List {
        marker: Span::new(span.start, marker.end),
    };
    let MarkerKind::Dash(dash) = marker.kind else {
        return list;
    };
    let after = skip_space(text, marker.end, span.end);
    let first = char_at(text, after).unwrap_or(' ');
    let last = text[span.start..span.end]
        .chars()
        .next_back()
        .unwrap_or(' ');
    let ends_sentence =
        last_significant(text, Span::new(after, span.end)).is_some_and(super::text::is_terminal);
    let speech_like =
        (first.is_uppercase() || matches!(first, '«' | '“' | '„' | '"' | '‹')) && ends_sentence;
    let list_context = previous.is_some_and(|p| {
        matches!(p.opener, Opener::List { .. }) || text[p.span.start..p.span.end].ends_with(':')
    });
    let dialogue = if dash == '-' {
        speech_like && !list_context
    } else {
        let item_like = first.is_lowercase() || matches!(last, ';' | ',');
        !item_like && (speech_like || !list_context)
    };
    if dialogue {
        Opener::Dialogue {
            dash: Span::new(span.start, marker.end),
        }
    } else {
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(text: &str) -> Vec<&str> {
        blocks(text, Span::new(0, text.len()))
            .iter()
            .map(|b| b.span.slice(text))
            .collect()
    }

    fn openers(text: &str) -> Vec<Opener> {
        blocks(text, Span::new(0, text.len()))
            .iter()
            .map(|b| match b.opener {
                Opener::Dialogue { .. } => Opener::Dialogue {
                    dash: Span::default(),
                },
                Opener::List { .. } => Opener::List {
                    marker: Span::default(),
                },
                o => o,
            })
            .collect()
    }

    #[test]
    fn one_paragraph_per_line() {
        let t = "Titre court\nLe maire a parlé. Il a tout dit.\nLa séance est levée.\n";
        assert_eq!(
            paragraphs(t),
            [
                "Titre court",
                "Le maire a parlé. Il a tout dit.",
                "La séance est levée."
            ]
        );
    }

    #[test]
    fn stray_newline_inside_a_sentence_joins() {
        let t = "Le conseil municipal a voté\nla hausse des tarifs.\nLa séance est levée.";
        assert_eq!(
            paragraphs(t),
            [
                "Le conseil municipal a voté\nla hausse des tarifs.",
                "La séance est levée."
            ]
        );
    }

    #[test]
    fn rubrics_bylines_and_signatures_stand_apart_from_the_line_before() {
        // (text, paragraphs): a page laid out one paragraph per line.
        let rows: &[(&str, &[&str])] = &[
            (
                "BILLET D'HUMEUR\npar Hervé Lamothe\nMardi, trois cents agriculteurs ont bloqué la route.",
                &[
                    "BILLET D'HUMEUR",
                    "par Hervé Lamothe",
                    "Mardi, trois cents agriculteurs ont bloqué la route.",
                ],
            ),
            (
                "Analyse - France - OTAN\r\npar la rédaction\r\nMercredi, l'Assemblée a voté.",
                &[
                    "Analyse - France - OTAN",
                    "par la rédaction",
                    "Mercredi, l'Assemblée a voté.",
                ],
            ),
            (
                "La réforme passe en force\npar notre correspondante à Dakar\nLe texte a été adopté mardi soir par l'Assemblée nationale après trois jours de débats et deux motions de censure.",
                &[
                    "La réforme passe en force",
                    "par notre correspondante à Dakar",
                    "Le texte a été adopté mardi soir par l'Assemblée nationale après trois jours de débats et deux motions de censure.",
                ],
            ),
            (
                "Le tribunal a prononcé la relaxe\npar Jean-Marc Le Du, à Brest\nL'audience, qui s'était ouverte lundi matin devant une salle comble, a duré six heures et demie en tout.",
                &[
                    "Le tribunal a prononcé la relaxe",
                    "par Jean-Marc Le Du, à Brest",
                    "L'audience, qui s'était ouverte lundi matin devant une salle comble, a duré six heures et demie en tout.",
                ],
            ),
            (
                "- 14/10 Le Crédit de l'Authion boucle le rachat de la Caisse saumuroise\nybl/mca/pg",
                &[
                    "- 14/10 Le Crédit de l'Authion boucle le rachat de la Caisse saumuroise",
                    "ybl/mca/pg",
                ],
            ),
            (
                "Ils fabriquent les naufrages\npar le collectif Frontières Ouvertes — 14 novembre 2026\nLe 3 novembre, le ministre a eu ses images.",
                &[
                    "Ils fabriquent les naufrages",
                    "par le collectif Frontières Ouvertes — 14 novembre 2026",
                    "Le 3 novembre, le ministre a eu ses images.",
                ],
            ),
            (
                "Pour un vrai service public de santé\npar l'association Patients Debout | 2 décembre\nNous demandons la réouverture des urgences de nuit, fermées depuis le mois de juin faute de médecins.",
                &[
                    "Pour un vrai service public de santé",
                    "par l'association Patients Debout | 2 décembre",
                    "Nous demandons la réouverture des urgences de nuit, fermées depuis le mois de juin faute de médecins.",
                ],
            ),
            // Near misses: a stray line break inside a sentence still joins.
            (
                "Le projet de loi a été déposé\npar Jean Dupont.\nLa séance est levée.",
                &[
                    "Le projet de loi a été déposé\npar Jean Dupont.",
                    "La séance est levée.",
                ],
            ),
            (
                "Le texte a été amendé\npar les députés de la majorité mardi.\nFin.",
                &[
                    "Le texte a été amendé\npar les députés de la majorité mardi.",
                    "Fin.",
                ],
            ),
            (
                "La motion a été déposée\npar le groupe Horizons au Sénat et\nrejetée mardi.",
                &["La motion a été déposée\npar le groupe Horizons au Sénat et\nrejetée mardi."],
            ),
            (
                "Les élus ont voté la hausse\net/ou le gel des tarifs.\nFin.",
                &[
                    "Les élus ont voté la hausse\net/ou le gel des tarifs.",
                    "Fin.",
                ],
            ),
        ];
        for (text, expected) in rows {
            assert_eq!(&paragraphs(text), expected, "{text:?}");
        }
    }

    #[test]
    fn colon_then_quotation_on_the_next_line_joins() {
        let t = "Le préfet a prévenu :\r\n« Nous ne céderons pas. »\r\n";
        assert_eq!(
            paragraphs(t),
            ["Le préfet a prévenu :\r\n« Nous ne céderons pas. »"]
        );
    }

    #[test]
    fn hard_wrapped_text_rejoins_its_lines() {
        let t = "Le gouvernement a présenté mercredi un projet de loi qui prévoit\n\
                 une hausse des crédits pour la défense. Selon le ministre des\n\
                 Armées, le texte sera examiné au Parlement avant la fin de\n\
                 l'année.\n\
                 \n\
                 Un budget contesté\n\
                 \n\
                 Les syndicats de la fonction publique dénoncent une enveloppe\n\
                 prélevée sur les services publics, et promettent une mobilisation\n\
                 dès la rentrée.\n";
        let p = paragraphs(t);
        assert_eq!(p.len(), 3, "{p:#?}");
        assert!(p[0].ends_with("l'année."));
        assert_eq!(p[1], "Un budget contesté");
    }

    #[test]
    fn wrapped_heading_without_blank_lines_stays_apart() {
        let t = "Le gouvernement a présenté mercredi un projet de loi qui prévoit\n\
                 une hausse des crédits pour la défense nationale et les armées.\n\
                 Un budget contesté\n\
                 Les syndicats de la fonction publique dénoncent une enveloppe\n\
                 prélevée sur les services publics.\n";
        let p = paragraphs(t);
        assert_eq!(p.len(), 3, "{p:#?}");
        assert_eq!(p[1], "Un budget contesté");
    }

    const LIST: Opener = Opener::List {
        marker: Span { start: 0, end: 0 },
    };

    #[test]
    fn list_items_and_dialogue_turns() {
        let t = "Les mesures sont les suivantes :\n- gel des loyers ;\n- hausse du SMIC.\n\
                 Entretien.\n— Pourquoi partez-vous ?\n— Parce que rien ne change.\n\
                 • premier point\n1. second point\na) troisième point";
        assert_eq!(
            openers(t),
            [
                Opener::Plain,
                LIST,
                LIST,
                Opener::Plain,
                Opener::Dialogue {
                    dash: Span::default()
                },
                Opener::Dialogue {
                    dash: Span::default()
                },
                LIST,
                LIST,
                LIST,
            ]
        );
    }

    #[test]
    fn hyphen_reads_as_speech_outside_a_list() {
        let t = "Nous l'avons rencontré à Lyon.\n- Vous partez ?\n- Oui, demain.";
        assert!(matches!(openers(t)[1], Opener::Dialogue { .. }));
        assert!(matches!(openers(t)[2], Opener::Dialogue { .. }));
    }
}
