//! The opinion genre an article declares: tribune, éditorial, chronique, billet, point de vue…
//!
//! Outlets label their opinion pieces, and the label travels with the text even when the page
//! layout is lost: a first line `TRIBUNE` or `Le billet de Anne Roux`, a title `Éditorial : …` or
//! `OPINION. …`, a section in the page's section path (`Monde | Opinion`), a URL under
//! `/opinions/` or `/tribunes/`. In such a piece the journalist's voice is the author's opinion
//! throughout, so the scorer reads weak cues there as it reads them in an article whose register
//! it found evaluative (see [`crate::score`]). Only a label counts: an article is never called an
//! opinion piece from its vocabulary here. A review (`CRITIQUE`, `La critique de…`, a URL under
//! `/critiques/`) is opinion too: the critic judges the work throughout. So is a review that
//! grades what it reviews in a paragraph of its own (`Note : 3,5/5`, `★★☆☆☆`, `Note de la
//! rédaction : 13,5/20`), labelled or not: the grade is its label.
//!
//! An explainer is labelled too (`ON VOUS EXPLIQUE`, `Ce qu'il faut savoir`, a title `Cinq
//! choses à savoir sur…`): a service genre that speaks to its readers and asks their questions,
//! which the scorer then reads as service rather than as the author's address or rhetoric.
//!
//! A label whose line break was lost, glued to the first sentence (`ÉDITORIAL Il est des
//! rapports…`, `L'éditorial Les Vingt-Sept…`), is read from the first paragraph's first words
//! up to a capitalised word (at most eight words).
//!
//! Analysis is labelled too (`ANALYSE`, `Décryptage`, `Éclairage`, `Économie › Analyse`, a URL
//! under `/analyses/`). It weighs arguments, so most of its sentences report and a few judge:
//! the label alone does not make the register, but it lowers what the scorer asks of the
//! judgments it finds.

use crate::segment::Segmentation;
use crate::text::fold_str;

/// Folded labels of opinion genres, longest first so that `tribune libre` wins over `tribune`.
const LABELS: &[&str] = &[
    "courrier des lecteurs",
    "tribune des lecteurs",
    "contre-point",
    "contrepoint",
    "parti pris",
    "lettre ouverte",
    "coup de gueule",
    "coup de colere",
    "tribune libre",
    "libre opinion",
    "carte blanche",
    "points de vue",
    "point de vue",
    "editoriaux",
    "editorial",
    "chroniques",
    "chronique",
    "tribunes",
    "tribune",
    "opinions",
    "opinion",
    "billets",
    "billet",
    "editos",
    "edito",
    "humeur",
    "critiques",
    "critique",
    // `La colonne de Claude Perriard`: only with its columnist, as a column of troops has none.
    "colonne",
];

/// URL path segments of opinion sections (folded, hyphens for spaces).
const URL_SECTIONS: &[&str] = &[
    "opinion",
    "opinions",
    "tribune",
    "tribunes",
    "editorial",
    "editoriaux",
    "edito",
    "editos",
    "chronique",
    "chroniques",
    "billet",
    "billets",
    "point-de-vue",
    "points-de-vue",
    "idees",
    "idees-et-debats",
    "debats",
    "vox",
    "tribune-libre",
    "libre-opinion",
    "carte-blanche",
    "contrepoint",
    "parti-pris",
    "lettre-ouverte",
    "critique",
    "critiques",
];

/// Folded labels of analysis, the genre that weighs arguments: most of its sentences report,
/// some judge. Unlike an opinion label, such a label alone does not put the article in the
/// opinion register (see [`crate::score`]).
const ANALYSIS_LABELS: &[&str] = &[
    "decryptages",
    "decryptage",
    "eclairages",
    "eclairage",
    "analyses",
    "analyse",
];

/// URL path segments of analysis sections.
const ANALYSIS_URL_SECTIONS: &[&str] = &[
    "analyse",
    "analyses",
    "decryptage",
    "decryptages",
    "eclairage",
    "eclairages",
];

/// Folded labels of an explainer, the service genre that answers its readers' questions (`ON
/// VOUS EXPLIQUE`, `Ce qu'il faut savoir`, `Questions-réponses`, `Mode d'emploi`): it speaks to
/// the reader (`vous`, `Vérifiez vos relevés`) and asks the reader's questions (`Suis-je
/// concerné ?`) without judging.
const EXPLAINER_LABELS: &[&str] = &[
    "on vous explique",
    "ce qu'il faut savoir",
    "ce qu'il faut retenir",
    "ce que l'on sait",
    "ce qu'on sait",
    "questions-reponses",
    "questions reponses",
    "mode d'emploi",
    "decodeurs",
    "faq",
    "quiz",
];

/// Labels of a quiz among the explainer's ([`EXPLAINER_LABELS`], [`EXPLAINER_TITLE_INNER`]):
/// the page tests its reader (`Fuite de données : vrai ou faux, testez vos réflexes`). Its
/// `Vrai.` and `Faux.` answer the reader's beliefs; they rate no public claim.
const QUIZ_LABELS: &[&str] = &["quiz", "testez vos", "testez-vous"];

/// Whether an explainer label ([`declared_explainer`]) is a quiz's ([`QUIZ_LABELS`]).
pub fn is_quiz(label: Option<&str>) -> bool {
    label.is_some_and(|l| QUIZ_LABELS.contains(&l))
}

/// Words of a title that counts its points (`Cinq choses à savoir…`, `…en six questions`,
/// `Dix questions pour comprendre…`), folded.
const EXPLAINER_COUNTED: &[&str] = &[
    "choses a savoir",
    "questions pour comprendre",
    "points a retenir",
    "points pour comprendre",
    "questions-reponses",
];

/// Labels of an explainer that a title may hold anywhere (`Inondations : ce qu'il faut savoir
/// sur l'alerte`), folded.
const EXPLAINER_TITLE_INNER: &[&str] = &[
    "testez vos",
    "testez-vous",
    "ce qu'il faut savoir",
    "ce qu'il faut retenir",
    "ce que l'on sait",
    "ce qu'on sait",
    "questions-reponses",
];

/// The same labels in a URL's last path segment (`/economie/retraites-questions-reponses`).
const EXPLAINER_SLUGS: &[&str] = &[
    "ce-qu-il-faut-savoir",
    "ce-qu-il-faut-retenir",
    "ce-que-l-on-sait",
    "ce-qu-on-sait",
    "questions-reponses",
];

/// Openings of the sentence by which an explainer's first lines announce its points (`Voici ce
/// qu'il faut savoir.`, `Voici ce qui change, et ce qui reste en discussion.`, `On fait le point
/// en six questions.`), folded.
const EXPLAINER_ANNOUNCES: &[&str] = &["voici ce qu", "on fait le point"];

/// How many sentences at the top of the body may announce an explainer.
const ANNOUNCE_SENTENCES: usize = 6;

/// URL path segments of explainer sections.
const EXPLAINER_URL_SECTIONS: &[&str] = &[
    "on-vous-explique",
    "explications",
    "pratique",
    "les-decodeurs",
    "decodeurs",
];

/// How many paragraphs at the top of the body may hold the label.
const LABEL_PARAGRAPHS: usize = 3;

/// The three genres an article declares, read by [`declared_genres`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeclaredGenres {
    /// [`declared_opinion`]
    pub opinion: Option<&'static str>,
    /// [`declared_analysis`]
    pub analysis: Option<&'static str>,
    /// [`declared_explainer`]
    pub explainer: Option<&'static str>,
}

/// [`declared_opinion`], [`declared_analysis`] and [`declared_explainer`] at once: the lines
/// that may hold a label (the first paragraphs, the first paragraph's glued heads, the title)
/// are folded once for the three sets of labels rather than once per set.
pub fn declared_genres(
    text: &str,
    segmentation: &Segmentation,
    title: Option<&str>,
    url: Option<&str>,
) -> DeclaredGenres {
    let lines = Lines::new(text, segmentation, title);
    DeclaredGenres {
        opinion: lines
            .declared(url, LABELS, URL_SECTIONS)
            .or_else(|| review_grade(text, segmentation)),
        analysis: lines.declared(url, ANALYSIS_LABELS, ANALYSIS_URL_SECTIONS),
        explainer: explainer_from(
            lines.declared(url, EXPLAINER_LABELS, EXPLAINER_URL_SECTIONS),
            text,
            segmentation,
            title,
            url,
        ),
    }
}

/// The opinion label the article carries (`tribune`, `editorial`…, folded), from its first
/// paragraphs, its title or its URL.
pub fn declared_opinion(
    text: &str,
    segmentation: &Segmentation,
    title: Option<&str>,
    url: Option<&str>,
) -> Option<&'static str> {
    Lines::new(text, segmentation, title)
        .declared(url, LABELS, URL_SECTIONS)
        .or_else(|| review_grade(text, segmentation))
}

/// The label of a review found by its grade ([`review_grade`]).
pub const GRADED: &str = "note";

/// How many people or works given a mark with no word naming it (`Armelle Quintard, ministre
/// des Comptes publics : 4/20`) make a review: one such line may be a figure of a news report.
const GRADED_NAMES_MIN: usize = 2;

/// Most characters of a paragraph that gives a grade.
const GRADE_MAX_CHARS: usize = 90;

/// [`GRADED`] when the article grades what it reviews in a paragraph of its own: a critic's
/// rating ([`crate::score::is_rating`]: `★★☆☆☆`, `Note : 3,5/5`, `Note de la rédaction :
/// 13,5/20`, `Notre avis : deux étoiles sur cinq`), or at least [`GRADED_NAMES_MIN`] people or
/// works each given a mark (`Yanis Ferhat, député : 11/20`). A review that grades is the
/// critic's opinion throughout, whatever its label; a fact-check's rating in words (`Notre note
/// : PLUTÔT FAUX`), a survey's mean (`Satisfaction moyenne : 3,2/5`) and a match's score
/// (`Score final : 3-1`) grade nothing of the author's.
fn review_grade(text: &str, segmentation: &Segmentation) -> Option<&'static str> {
    let mut named = 0;
    for p in &segmentation.paragraphs {
        let line = p.span.slice(text).trim();
        if line.len() > GRADE_MAX_CHARS * 2 || line.chars().count() > GRADE_MAX_CHARS {
            continue;
        }
        if crate::score::is_rating(line) {
            return Some(GRADED);
        }
        if let Some((head, mark)) = line.rsplit_once(':')
            && !head.trim().is_empty()
            && crate::score::is_mark(mark)
        {
            named += 1;
            if named >= GRADED_NAMES_MIN {
                return Some(GRADED);
            }
        }
    }
    None
}

/// The analysis label the article carries (`analyse`, `decryptage`, `eclairage`, folded), from
/// its first paragraphs, its title or its URL, as [`declared_opinion`] reads opinion labels.
pub fn declared_analysis(
    text: &str,
    segmentation: &Segmentation,
    title: Option<&str>,
    url: Option<&str>,
) -> Option<&'static str> {
    Lines::new(text, segmentation, title).declared(url, ANALYSIS_LABELS, ANALYSIS_URL_SECTIONS)
}

/// The explainer label the article carries (`on vous explique`, `ce qu'il faut savoir`…,
/// folded): from its first paragraphs, its title (also where the title ends on it, holds one of
/// [`EXPLAINER_TITLE_INNER`] anywhere, or counts its points: `Cinq choses à savoir sur la carte
/// Vitale`) or its URL (a section, or one of [`EXPLAINER_SLUGS`] in its last segment); or, as
/// `voici ce qu` / `on fait le point`, a sentence among the first [`ANNOUNCE_SENTENCES`] of the
/// body that opens with one of [`EXPLAINER_ANNOUNCES`] (`Voici ce qu'il faut savoir.`): an
/// explainer whose layout was lost still says what it is in its first lines.
pub fn declared_explainer(
    text: &str,
    segmentation: &Segmentation,
    title: Option<&str>,
    url: Option<&str>,
) -> Option<&'static str> {
    let labelled = Lines::new(text, segmentation, title).declared(
        url,
        EXPLAINER_LABELS,
        EXPLAINER_URL_SECTIONS,
    );
    explainer_from(labelled, text, segmentation, title, url)
}

/// [`declared_explainer`] after its labels (`labelled`): the title, the URL's slug, the
/// announcing sentences.
fn explainer_from(
    labelled: Option<&'static str>,
    text: &str,
    segmentation: &Segmentation,
    title: Option<&str>,
    url: Option<&str>,
) -> Option<&'static str> {
    labelled
        .or_else(|| {
            let title = fold_str(title?.trim().trim_end_matches(['.', '?', '!', ' ']));
            // The same labels where a title ends on them (`Fuite de données : ce qu'il faut
            // savoir`), or a count of its points (`Cinq choses à savoir sur…`).
            EXPLAINER_LABELS
                .iter()
                .copied()
                .find(|e| title.ends_with(e))
                .or_else(|| {
                    EXPLAINER_COUNTED
                        .iter()
                        .chain(EXPLAINER_TITLE_INNER)
                        .copied()
                        .find(|c| title.contains(c))
                })
        })
        .or_else(|| title.filter(|t| readers_question(t)).map(|_| SERVICE_TITLE))
        .or_else(|| {
            let path = url?.split(['?', '#']).next()?;
            let slug = fold_str(path.trim_end_matches('/').rsplit('/').next()?);
            EXPLAINER_SLUGS.iter().copied().find(|s| slug.contains(s))
        })
        .or_else(|| {
            segmentation
                .sentences
                .iter()
                .take(ANNOUNCE_SENTENCES)
                .find_map(|s| {
                    let head: String = s.span.slice(text).chars().take(24).collect();
                    let head = fold_str(&head);
                    EXPLAINER_ANNOUNCES
                        .iter()
                        .copied()
                        .find(|a| head.starts_with(a))
                })
        })
}

/// The label of an explainer found by its title asking the reader's own question
/// ([`readers_question`]).
const SERVICE_TITLE: &str = "votre … ?";

/// Interrogative words of a title that asks the reader's practical question, folded.
const TITLE_INTERROGATIVES: &[&str] = &[
    "pourquoi", "comment", "combien", "quand", "quel", "quelle", "quels", "quelles",
];

/// Whether a title asks the reader's practical question about what is theirs: a possessive of
/// the reader (`votre`, `vos`) and a question (an interrogative word, `où`, or a final `?`):
/// `Livret A à 1,5 % en février : où placer votre épargne de précaution ?`, `Électricité :
/// pourquoi votre facture devrait baisser (un peu) en février`, `Électricité : votre facture
/// va-t-elle augmenter en février ?`. The consumer pages of the press title their explainers
/// so. A title that exclaims (`ILS se moquent de vous !`) or denies (`ce qu'on ne vous dit
/// pas`) is a polemic's, and one that speaks to the reader without a possessive (`Docteur, où
/// êtes-vous ?`) no service.
fn readers_question(title: &str) -> bool {
    let words: Vec<String> = title
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
        .filter(|w| !w.is_empty())
        .map(fold_str)
        .collect();
    let has = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
    let asks = title.trim_end().ends_with('?')
        || has(TITLE_INTERROGATIVES)
        || title.split_whitespace().any(|w| matches!(w, "où" | "Où"));
    let denies = words
        .iter()
        .any(|w| w == "ne" || w == "jamais" || w.starts_with("n'"));
    !title.contains('!') && has(&["votre", "vos"]) && asks && !denies
}

/// The lines of an article that may hold a label, each read once ([`LabelLine`]) whatever
/// the set of labels looked for: the first [`LABEL_PARAGRAPHS`] paragraphs, the heads of the
/// first paragraph that [`glued_heads`] tries, in its order, and the title.
struct Lines<'a> {
    paragraphs: Vec<LabelLine<'a>>,
    glued: Vec<LabelLine<'a>>,
    title: Option<LabelLine<'a>>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str, segmentation: &Segmentation, title: Option<&'a str>) -> Lines<'a> {
        Lines {
            paragraphs: segmentation
                .paragraphs
                .iter()
                .take(LABEL_PARAGRAPHS)
                .map(|p| LabelLine::new(p.span.slice(text)))
                .collect(),
            glued: segmentation
                .paragraphs
                .first()
                .map(|p| glued_heads(p.span.slice(text)))
                .unwrap_or_default()
                .into_iter()
                .map(LabelLine::new)
                .collect(),
            title: title.map(LabelLine::new),
        }
    }

    /// The first of `labels` in the article's first paragraphs, then glued to the first
    /// sentence, then in its title, then the first of `sections` in its URL.
    fn declared(
        &self,
        url: Option<&str>,
        labels: &'static [&'static str],
        sections: &'static [&'static str],
    ) -> Option<&'static str> {
        self.paragraphs
            .iter()
            .find_map(|p| p.label(labels))
            .or_else(|| self.glued.iter().find_map(|h| h.label(labels)))
            .or_else(|| self.title.as_ref().and_then(|t| t.label(labels)))
            .or_else(|| url.and_then(|u| url_section(u, sections)))
    }
}

/// Most words a label glued to the first sentence may hold (`LA CHRONIQUE DE MAX PELLEGRIN`).
const GLUED_MAX_WORDS: usize = 8;

/// The heads of the first paragraph that may be a label whose line break after it was lost,
/// the label being followed by a capitalised word (`L'éditorial Les Vingt-Sept doivent…`,
/// `Chronique | Les lundis de…`), in the order they are read as labels ([`LabelLine::label`]): its
/// first words (at most [`GLUED_MAX_WORDS`]) up to each word followed by a capitalised word.
fn glued_heads(paragraph: &str) -> Vec<&str> {
    let mut heads = Vec::new();
    let mut words = paragraph
        .split_whitespace()
        .take(GLUED_MAX_WORDS + 1)
        .peekable();
    let start = paragraph.as_ptr() as usize;
    while let Some(word) = words.next() {
        let Some(next) = words.peek() else {
            break;
        };
        if next.chars().next().is_some_and(char::is_uppercase) {
            let end = word.as_ptr() as usize - start + word.len();
            if let Some(head) = paragraph.get(..end) {
                heads.push(head);
            }
        }
    }
    heads
}

/// Whether a line is the label of an opinion genre (`TRIBUNE`, `La chronique de Bertille
/// Fauchois`, `Éditorial : …`) or of analysis (`ANALYSE`, `Décryptage`).
/// Whether a line that opens with `head` (its first bytes, at least the first two words) may
/// be a label line ([`is_label_line`]) without a section path's separator: its folded form,
/// after `le`, `la` or `l'`, opens with the first word of a label. A cheap test before the
/// full one, for a caller that asks about many lines (`segment::flat`).
pub(crate) fn may_open_label(head: &str) -> bool {
    let bare = head
        .trim()
        .trim_matches(|c| c == '*' || c == '_' || c == '#');
    let folded = fold_str(bare.trim());
    let folded = folded
        .strip_prefix("le ")
        .or_else(|| folded.strip_prefix("la "))
        .or_else(|| folded.strip_prefix("l'"))
        .unwrap_or(&folded);
    LABEL_HEADS.iter().any(|head| folded.starts_with(head))
}

/// The first words of [`LABELS`] and [`ANALYSIS_LABELS`], but those that open with another
/// one (`tribunes` opens with `tribune`, `editorial` with `edito`): a line opens with the first
/// word of a label exactly when it opens with one of these, which [`may_open_label`] tests
/// without cutting the labels into words on every call (`tests::label_heads`).
const LABEL_HEADS: &[&str] = &[
    "courrier",
    "tribune",
    "contre-point",
    "contrepoint",
    "parti",
    "lettre",
    "coup",
    "libre",
    "carte",
    "point",
    "edito",
    "chronique",
    "colonne",
    "opinion",
    "billet",
    "humeur",
    "critique",
    "decryptage",
    "eclairage",
    "analyse",
];

/// Whether a line holds a separator of a section path (`Économie › Analyse`).
pub(crate) fn has_breadcrumb_separator(line: &str) -> bool {
    holds_separator(line)
}

/// `line.contains(BREADCRUMB_SEPARATORS)`, read on the bytes: `>`, `/` and `|` are ASCII,
/// `»` and `·` are encoded `C2 BB` and `C2 B7`, `›`, `—`, `–` and `•` are `E2 80 BA`,
/// `E2 80 94`, `E2 80 93` and `E2 80 A2`. In valid UTF-8 such a byte pair or triple is only
/// ever the encoding of that character (`C2` and `E2` lead a sequence, never continue one),
/// so the answer is the same as the character search's, without decoding every character
/// (`tests::separators_read_on_bytes`).
fn holds_separator(line: &str) -> bool {
    let b = line.as_bytes();
    if memchr::memchr3(b'>', b'/', b'|', b).is_some() {
        return true;
    }
    let mut from = 0;
    while let Some(at) = memchr::memchr2(0xC2, 0xE2, &b[from..]) {
        let at = from + at;
        if matches!(
            b[at..],
            [0xC2, 0xBB | 0xB7, ..] | [0xE2, 0x80, 0xBA | 0x94 | 0x93 | 0xA2, ..]
        ) {
            return true;
        }
        from = at + 1;
    }
    false
}

pub fn is_label_line(line: &str) -> bool {
    let line = LabelLine::new(line);
    line.label(LABELS).is_some() || line.label(ANALYSIS_LABELS).is_some()
}

/// A line read once for its labels, whatever the set of labels looked for
/// ([`LabelLine::label`]): its bare and folded forms and the folded sections of a section path.
struct LabelLine<'a> {
    bare: &'a str,
    folded: String,
    /// Where the folded form goes on after `le `, `la ` or `l'`.
    after_article: usize,
    /// The folded sections after the first, when the line may be a section path.
    sections: Option<Vec<String>>,
}

impl<'a> LabelLine<'a> {
    fn new(line: &'a str) -> LabelLine<'a> {
        let bare = line
            .trim()
            .trim_matches(|c| c == '*' || c == '_' || c == '#');
        let folded = fold_str(bare.trim());
        let after_article = ["le ", "la ", "l'"]
            .iter()
            .find(|a| folded.starts_with(*a))
            .map_or(0, |a| a.len());
        LabelLine {
            bare,
            folded,
            after_article,
            sections: breadcrumb_sections(bare),
        }
    }

    /// The label the line opens with: the whole line (`TRIBUNE`), or the label followed by a
    /// separator (`Éditorial : …`, `OPINION. …`, `Tribune - …`, `Chronique | …`) or by `de`,
    /// `du`, `d'` and a name (`Le billet de Anne Roux`, `La chronique d'Éric Vidal`); or a
    /// whole section of a section path after the first (`Économie › Analyse`, `Monde |
    /// Opinion`).
    fn label(&self, labels: &'static [&'static str]) -> Option<&'static str> {
        opening_label(self.bare, &self.folded[self.after_article..], labels).or_else(|| {
            self.sections
                .as_ref()?
                .iter()
                .find_map(|folded| labels.iter().copied().find(|&label| folded == label))
        })
    }
}

/// Separators of a section path at the top of a web page (`Accueil > Analyses > Sport`,
/// `Économie › Analyse`, `Monde | Opinion`).
const BREADCRUMB_SEPARATORS: &[char] = &['›', '»', '>', '/', '|', '—', '–', '•', '·'];
/// Longest section path, in words: a longer line is a sentence.
const BREADCRUMB_MAX_WORDS: usize = 8;

/// The label that is a whole section of a section path (`Économie › Analyse`); the first
/// section is read by [`opening_label`].
/// The folded sections after the first of a line that may be a section path (`Économie ›
/// Analyse`, at most [`BREADCRUMB_MAX_WORDS`] words), that [`LabelLine::label`] compares with
/// the labels; the first section is read as an opening label.
fn breadcrumb_sections(line: &str) -> Option<Vec<String>> {
    // Both tests are pure: the cheap search for a separator goes first, and the words are
    // counted only up to the first one past the limit (`nth(MAX)` is `Some` exactly when there
    // are more than MAX words), not through a whole paragraph.
    if !holds_separator(line) || line.split_whitespace().nth(BREADCRUMB_MAX_WORDS).is_some() {
        return None;
    }
    Some(
        line.split(BREADCRUMB_SEPARATORS)
            .skip(1)
            .map(|section| fold_str(section.trim_matches(|c: char| c.is_whitespace() || c == '*')))
            .collect(),
    )
}

/// The label a line opens with (see [`LabelLine::label`]).
fn opening_label(
    bare: &str,
    folded: &str,
    labels: &'static [&'static str],
) -> Option<&'static str> {
    labels.iter().copied().find(|&label| {
        let Some(rest) = folded.strip_prefix(label) else {
            return false;
        };
        let rest = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        rest.is_empty()
            // `La chronique éco`, `L'édito politique`: the label and its section, alone or
            // followed by a byline (`La chronique géopolitique de Thibault Anselme`).
            || SECTION_WORDS.contains(&rest)
            || SECTION_WORDS.iter().any(|w| {
                rest.strip_prefix(w).is_some_and(|r| {
                    (r.starts_with(" de ") || r.starts_with(" du ") || r.starts_with(" d'"))
                        && bare.split_whitespace().count() <= 8
                        && names_someone(bare)
                })
            })
            || rest.starts_with(['-', '–', '—', ':', '.', '|', '/', '»', ','])
            || (label == "lettre ouverte"
                && ["a ", "au ", "aux "].iter().any(|p| rest.starts_with(p)))
            || ((rest.starts_with("de ") || rest.starts_with("du ") || rest.starts_with("d'"))
                && bare.split_whitespace().count() <= 8
                && names_someone(bare))
            // A radio column's time slot (`La chronique de 7h55`).
            || (label != "colonne"
                && rest
                    .strip_prefix("de ")
                    .is_some_and(|r| r.len() <= 5 && r.starts_with(|c: char| c.is_ascii_digit())))
    })
}

/// Sections a label may name after it, the whole line being the label (`La chronique éco`,
/// `Le billet politique`, `L'édito du jour`), folded. A court report's `chronique judiciaire`
/// is news, and is not among them.
const SECTION_WORDS: &[&str] = &[
    "eco",
    "geopolitique",
    "economique",
    "economie",
    "politique",
    "sport",
    "sportive",
    "culture",
    "culturelle",
    "societe",
    "sante",
    "tech",
    "medias",
    "internationale",
    "europe",
    "europeenne",
    "du jour",
    "du lundi",
    "du mardi",
    "du mercredi",
    "du jeudi",
    "du vendredi",
    "du samedi",
    "du dimanche",
    "du matin",
    "du soir",
    "hebdo",
];

/// Whether the `de`, `du` or `d'` of a byline label is followed by a capitalised name (`Le
/// billet de Anne Roux`, `La chronique d'Éric Vidal`), not a noun (`Le billet d'avion`).
fn names_someone(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.iter().enumerate().any(|(k, w)| {
        let lower = w.to_lowercase();
        let after = if lower == "de" || lower == "du" {
            words.get(k + 1).copied()
        } else {
            lower
                .strip_prefix("d'")
                .or_else(|| lower.strip_prefix("d’"))
                .map(|_| {
                    &w[w.find(['\'', '’'])
                        .map_or(0, |i| i + w[i..].chars().next().map_or(1, char::len_utf8))..]
                })
        };
        after.is_some_and(|a| a.chars().next().is_some_and(char::is_uppercase))
    })
}

/// The section among `sections` a URL's path names.
fn url_section(url: &str, sections: &'static [&'static str]) -> Option<&'static str> {
    let path = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .split(['?', '#'])
        .next()
        .unwrap_or("");
    let mut segments = path.split('/').skip(1);
    segments.find_map(|s| {
        let s = fold_str(s);
        sections.iter().copied().find(|&section| s == section)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label_line(line: &str, labels: &'static [&'static str]) -> Option<&'static str> {
        LabelLine::new(line).label(labels)
    }

    fn glued_label(paragraph: &str, labels: &'static [&'static str]) -> Option<&'static str> {
        glued_heads(paragraph)
            .into_iter()
            .find_map(|head| label_line(head, labels))
    }

    #[test]
    fn separators_read_on_bytes() {
        let alphabet = [
            'a', ' ', 'é', '’', '›', '»', '>', '/', '|', '—', '–', '•', '·', '«', '‹', '€', '…',
            '\u{2015}', '\u{a0}', 'Â', '\u{2010}', '\u{2022}', '\u{201c}',
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 6) as usize;
            let line: String = (0..len)
                .map(|k| alphabet[((seed >> (8 * k + 3)) % alphabet.len() as u64) as usize])
                .collect();
            assert_eq!(
                holds_separator(&line),
                line.contains(BREADCRUMB_SEPARATORS),
                "{line:?}"
            );
        }
    }

    #[test]
    fn label_heads() {
        let firsts: Vec<&str> = LABELS
            .iter()
            .chain(ANALYSIS_LABELS)
            .map(|label| label.split(' ').next().unwrap_or(label))
            .collect();
        // Each head is the first word of a label, and each first word opens with a head: a
        // line opens with a first word exactly when it opens with a head.
        for head in LABEL_HEADS {
            assert!(firsts.contains(head), "{head}");
        }
        for first in &firsts {
            assert!(LABEL_HEADS.iter().any(|h| first.starts_with(h)), "{first}");
        }
    }

    #[test]
    fn the_three_genres_at_once_are_the_three_read_apart() {
        let seg =
            |text: &str| crate::segment::segment(text, crate::span::Span::new(0, text.len()), &[]);
        let cases = [
            ("TRIBUNE\n\nLe pays doit changer.", None, None),
            ("Économie › Analyse\n\nLa croissance ralentit.", None, None),
            ("L'éditorial Les Vingt-Sept doivent agir.", None, None),
            ("Voici ce qu'il faut savoir. Les taux montent.", None, None),
            (
                "Les taux montent.",
                Some("Retraites : ce qu'il faut savoir"),
                Some("https://exemple.fr/opinions/decryptage/les-taux"),
            ),
            (
                "Le billet de Anne Roux\n\nIl pleut.",
                Some("ANALYSE. Le temps"),
                None,
            ),
        ];
        for (text, title, url) in cases {
            let seg = seg(text);
            assert_eq!(
                declared_genres(text, &seg, title, url),
                DeclaredGenres {
                    opinion: declared_opinion(text, &seg, title, url),
                    analysis: declared_analysis(text, &seg, title, url),
                    explainer: declared_explainer(text, &seg, title, url),
                },
                "{text}"
            );
        }
    }

    #[test]
    fn labels_at_the_top_of_the_text_or_in_the_title() {
        let table = [
            ("TRIBUNE", Some("tribune")),
            ("Tribune. Le prix de la colère", Some("tribune")),
            ("**Éditorial**", Some("editorial")),
            (
                "Éditorial : la rentrée de tous les dangers",
                Some("editorial"),
            ),
            ("OPINION. Pourquoi l'école doit changer", Some("opinion")),
            ("Le billet de Anne Roux", Some("billet")),
            ("La chronique d'Éric Vidal", Some("chronique")),
            (
                "Point de vue - Sauver les petites lignes",
                Some("point de vue"),
            ),
            (
                "Lettre ouverte au ministre de la Santé",
                Some("lettre ouverte"),
            ),
            ("Tribune libre", Some("tribune libre")),
            ("CRITIQUE", Some("critique")),
            ("Courrier des lecteurs", Some("courrier des lecteurs")),
            (
                "COURRIER DES LECTEURS - La piscine",
                Some("courrier des lecteurs"),
            ),
            ("Critique | « La Dernière Marée »", Some("critique")),
            ("La critique de Sophie Marchal", Some("critique")),
            ("Cinéma › Critiques", Some("critiques")),
            ("CONTREPOINT", Some("contrepoint")),
            ("Contre-point : la dette n'attend pas", Some("contre-point")),
            ("Le parti pris de Marc Olivier", Some("parti pris")),
            ("Parti pris - La gratuité a un prix", Some("parti pris")),
            (
                "Le parti pris par le gouvernement est clair : réduire la dépense.",
                None,
            ),
            (
                "Critique de la réforme : les syndicats montent au créneau",
                None,
            ),
            ("Critiques en série contre le projet de loi", None),
            (
                "Une tribune signée par cent médecins appelle à la grève.",
                None,
            ),
            (
                "Le billet d'avion coûtera plus cher dès lundi pour les voyageurs du Sud.",
                None,
            ),
            ("Chronique judiciaire d'un procès hors norme", None),
            ("Le billet d'avion plus cher", None),
            ("La chronique de la semaine", None),
            ("Opinions divergentes au conseil municipal", None),
            ("Humeurs", None),
            ("Idées › Tribunes", Some("tribunes")),
            ("Monde | Opinion", Some("opinion")),
            (
                "Politique | Opinion publique : le sondage qui inquiète",
                None,
            ),
            (
                "Le maire a pris la parole / tribune comprise dans le prix",
                None,
            ),
        ];
        for (line, want) in table {
            assert_eq!(label_line(line, LABELS), want, "{line}");
        }
    }

    #[test]
    fn a_label_glued_to_the_first_sentence() {
        let table = [
            (
                "ÉDITORIAL Il est des rapports qui accablent.",
                Some("editorial"),
            ),
            (
                "L’éditorial Les Vingt-Sept doivent décider.",
                Some("editorial"),
            ),
            (
                "Chronique | Les lundis de Paul Verdier Dimanche, le village a voté.",
                Some("chronique"),
            ),
            (
                "LA CHRONIQUE DE MAX PELLEGRIN Bonne nouvelle pour le football.",
                Some("chronique"),
            ),
            (
                "Critique de la réforme : les syndicats montent au créneau.",
                None,
            ),
            (
                "Une tribune signée par cent médecins appelle à la grève.",
                None,
            ),
        ];
        for (line, want) in table {
            assert_eq!(glued_label(line, LABELS), want, "{line}");
        }
    }

    #[test]
    fn analysis_labels() {
        let table = [
            ("ANALYSE", Some("analyse")),
            ("Décryptage", Some("decryptage")),
            ("Éclairage - Les avoirs russes", Some("eclairage")),
            ("Retraites | Analyse", Some("analyse")),
            ("Économie › Analyse", Some("analyse")),
            ("ÉCONOMIE — Analyse", Some("analyse")),
            (
                "Accueil > Analyses > Sport et territoires",
                Some("analyses"),
            ),
            ("Société • Ordre public", None),
            ("Santé | Analyse de sang : ce qui change", None),
            ("Analyse de sang obligatoire pour les pilotes", None),
        ];
        assert_eq!(label_line("La chronique éco", LABELS), Some("chronique"));
        assert_eq!(label_line("L'édito du jour", LABELS), Some("edito"));
        assert_eq!(label_line("Chronique judiciaire", LABELS), None);
        assert_eq!(
            label_line("La chronique géopolitique de Thibault Anselme", LABELS),
            Some("chronique")
        );
        for (line, want) in table {
            assert_eq!(label_line(line, ANALYSIS_LABELS), want, "{line}");
        }
        assert_eq!(
            url_section(
                "https://exemple.fr/analyses/2026/11/taxe",
                ANALYSIS_URL_SECTIONS
            ),
            Some("analyses")
        );
    }

    #[test]
    fn explainer_labels_and_titles() {
        let table = [
            ("ON VOUS EXPLIQUE", Some("on vous explique")),
            ("Ce qu'il faut retenir :", Some("ce qu'il faut retenir")),
            ("Questions-réponses", Some("questions-reponses")),
            ("On vous explique pourquoi la ligne ferme", None),
            ("Pratique, l'application permet de payer", None),
        ];
        for (line, want) in table {
            assert_eq!(label_line(line, EXPLAINER_LABELS), want, "{line}");
        }
        let seg =
            |text: &str| crate::segment::segment(text, crate::span::Span::new(0, text.len()), &[]);
        let body = "La mutuelle a confirmé la fuite mardi.";
        let titled = |title: &str| declared_explainer(body, &seg(body), Some(title), None);
        assert_eq!(
            titled("Fuite de données : ce qu'il faut savoir"),
            Some("ce qu'il faut savoir")
        );
        assert_eq!(
            titled("Cinq choses à savoir sur la carte Vitale numérique"),
            Some("choses a savoir")
        );
        assert_eq!(titled("La mutuelle savait tout depuis juin"), None);
        assert_eq!(
            titled("Crues dans l'Aude : ce qu'il faut savoir sur l'indemnisation"),
            Some("ce qu'il faut savoir")
        );
        assert_eq!(
            titled("Incendie de l'usine : ce que l'on sait, ce que l'on ignore"),
            Some("ce que l'on sait")
        );
        // A title asking the reader's practical question about what is theirs.
        for title in [
            "Chauffage : comment réduire votre facture cet hiver",
            "Assurance auto : votre contrat va-t-il augmenter en janvier ?",
            "Retraite : où placer vos économies ?",
        ] {
            assert_eq!(titled(title), Some(SERVICE_TITLE), "{title}");
        }
        for title in [
            "Mutuelles : ils se moquent de vos cotisations !",
            "Mutuelles : ce qu'on ne vous dit pas sur votre contrat",
            "Docteur, où êtes-vous ?",
            "Votre train est à l'heure",
        ] {
            assert_eq!(titled(title), None, "{title}");
        }
        let slug = |url: &str| declared_explainer(body, &seg(body), None, Some(url));
        assert_eq!(
            slug("https://x.fr/economie/2026/impots-questions-reponses"),
            Some("questions-reponses")
        );
        assert_eq!(
            slug("https://x.fr/societe/greve-ce-qu-il-faut-savoir/"),
            Some("ce-qu-il-faut-savoir")
        );
        assert_eq!(slug("https://x.fr/questions-reponses-x/la-greve"), None);
        // The first sentences announce the points of an explainer, with or without layout.
        for body in [
            "La taxe foncière augmente de 4 % cette année. Voici ce qu'il faut savoir. Qui paie ? Les propriétaires.",
            "La ligne est coupée depuis lundi.\n\nVoici ce que l'on sait, et ce qui reste à établir.",
            "Un accord a été trouvé. On fait le point en cinq questions.",
        ] {
            assert!(
                declared_explainer(body, &seg(body), None, None).is_some(),
                "{body}"
            );
        }
        for body in [
            "Le maire a tranché. Il faut voici ce qu'il faut.",
            "Le maire a tranché. Sept ans plus tard, voici ce qui reste de ses promesses.",
            "Un. Deux. Trois. Quatre. Cinq. Six. Voici ce qu'il faut savoir.",
        ] {
            assert!(
                declared_explainer(body, &seg(body), None, None).is_none(),
                "{body}"
            );
        }
        assert_eq!(
            declared_explainer(
                body,
                &seg(body),
                None,
                Some("https://x.fr/on-vous-explique/a")
            ),
            Some("on-vous-explique")
        );
    }

    #[test]
    fn opinion_sections_of_a_url() {
        let table = [
            (
                "https://www.exemple.fr/opinions/2026/03/01/sauver-l-ecole",
                Some("opinions"),
            ),
            (
                "https://exemple.fr/idees/article/le-prix-du-pain",
                Some("idees"),
            ),
            (
                "https://exemple.fr/tribunes/x.html?ref=home",
                Some("tribunes"),
            ),
            (
                "https://exemple.fr/cinema/critiques/la-derniere-maree",
                Some("critiques"),
            ),
            (
                "https://exemple.fr/politique/opinion-publique-sondage",
                None,
            ),
            ("https://opinion.exemple.fr/politique/vote", None),
            ("exemple.fr/economie/edito", Some("edito")),
            (
                "https://exemple.fr/idees-et-debats/2026/11/la-dette",
                Some("idees-et-debats"),
            ),
            ("https://exemple.fr/vox/politique/la-dette", Some("vox")),
            ("https://exemple.fr/debats/la-dette", Some("debats")),
            // A debate reported as news is under its topic, not a section of its own.
            ("https://exemple.fr/politique/debat-presidentiel", None),
        ];
        for (url, want) in table {
            assert_eq!(url_section(url, URL_SECTIONS), want, "{url}");
        }
    }
}
