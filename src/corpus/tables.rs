//! The one definition of every CSV table: file name, purpose and each column's meaning, type
//! and unit.
//!
//! Table writers take their header from these definitions and `codebook.md` is generated from
//! them, so the headers and the codebook cannot drift apart; unit tests check that every row
//! struct serializes exactly these columns, in this order.

use std::fmt::Write as _;

/// One column of a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    /// `integer`, `number`, `text`, `0/1`, or `list` (values joined by ` | `).
    pub kind: &'static str,
    /// The unit, or an empty string.
    pub unit: &'static str,
    /// What the value means and how it is computed.
    pub meaning: &'static str,
}

/// One CSV table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Table {
    pub file: &'static str,
    pub about: &'static str,
    pub columns: &'static [Column],
}

impl Table {
    /// The header row.
    pub fn header(&self) -> Vec<&'static str> {
        self.columns.iter().map(|c| c.name).collect()
    }
}

macro_rules! col {
    ($name:literal, $kind:literal, $unit:literal, $meaning:literal) => {
        Column {
            name: $name,
            kind: $kind,
            unit: $unit,
            meaning: $meaning,
        }
    };
}

const ARTICLE: Column = col!(
    "article",
    "text",
    "",
    "Article id (articles.csv `id`): the file stem, or the `id` field of a JSONL/CSV record."
);
const OUTLET: Column = col!(
    "outlet",
    "text",
    "",
    "The article's outlet (front matter, folder name or `outlet` field); empty when unknown."
);
const GROUP: Column = col!(
    "outlet",
    "text",
    "",
    "The group compared: the outlet (`--by outlet`, the default; `(unknown)` when articles have none), or the day, month or year of the article's date with `--by date|month|year` (`(no date)` when it has none)."
);

/// `articles.csv`: one row per article.
pub const ARTICLES: Table = Table {
    file: "articles.csv",
    about: "One row per analysed article: its metadata and every scalar field of its framing profile.",
    columns: &[
        col!(
            "id",
            "text",
            "",
            "Article id: the file stem, or the `id` field of a JSONL/CSV record."
        ),
        OUTLET,
        col!(
            "source",
            "text",
            "",
            "Where the article was read: a file path, `path:line` of a JSONL/CSV record, or `-`."
        ),
        col!(
            "title",
            "text",
            "",
            "Title from the front matter or the `title` field; empty when none."
        ),
        col!(
            "date",
            "text",
            "",
            "Date as given in the front matter or the `date` field; empty when none."
        ),
        col!("url", "text", "", "URL as given; empty when none."),
        col!(
            "transcoded_from",
            "text",
            "",
            "The encoding the file was transcoded from when it was not UTF-8; empty otherwise."
        ),
        col!(
            "warnings",
            "list",
            "",
            "Non-fatal problems met while reading the article."
        ),
        col!(
            "sentences",
            "integer",
            "sentences",
            "Sentences of the body (headings and list items included)."
        ),
        col!(
            "words",
            "integer",
            "words",
            "Words of all sentences: runs of letters and digits; an inner apostrophe or hyphen does not split a word."
        ),
        col!(
            "author_words",
            "integer",
            "words",
            "Words in the author's own voice: `words` minus `direct_words` and `indirect_words`."
        ),
        col!(
            "direct_words",
            "integer",
            "words",
            "Words inside direct quotations, scare quotes included."
        ),
        col!(
            "indirect_words",
            "integer",
            "words",
            "Words of reported (indirect) content."
        ),
        col!(
            "author_sentences",
            "integer",
            "sentences",
            "Sentences in the author's voice."
        ),
        col!(
            "direct_sentences",
            "integer",
            "sentences",
            "Sentences that are a direct quotation with its attribution."
        ),
        col!(
            "indirect_sentences",
            "integer",
            "sentences",
            "Sentences of reported speech."
        ),
        col!(
            "mixed_sentences",
            "integer",
            "sentences",
            "Author sentences carrying a partial quotation or an author tail after reported speech."
        ),
        col!(
            "editorial_sentences",
            "integer",
            "sentences",
            "Sentences whose editorial score reaches the run's threshold (manifest `threshold`)."
        ),
        col!(
            "editorial_ratio",
            "number",
            "proportion (0–1)",
            "`editorial_sentences / sentences`, rounded to 6 decimals; 0 when there are no sentences."
        ),
        col!(
            "author_editorial_ratio",
            "number",
            "proportion (0–1)",
            "`editorial_sentences / (author_sentences + mixed_sentences)`, rounded to 6 decimals."
        ),
        col!(
            "mean_score",
            "number",
            "score points",
            "Mean editorial score over all sentences."
        ),
        col!(
            "quoted_share",
            "number",
            "proportion (0–1)",
            "`direct_words / words`: share of the article's words inside direct quotations."
        ),
        col!(
            "reported_share",
            "number",
            "proportion (0–1)",
            "`indirect_words / words`: share of the article's words in reported content."
        ),
        col!(
            "quotes_direct",
            "integer",
            "quotations",
            "Direct quotations."
        ),
        col!(
            "quotes_indirect",
            "integer",
            "quotations",
            "Indirect quotations (reported speech)."
        ),
        col!(
            "quotes_scare",
            "integer",
            "quotations",
            "Scare quotes: short quoted fragments inside the author's own syntax."
        ),
        col!(
            "quotes_unbalanced",
            "integer",
            "quotations",
            "Quotations whose closing mark was missing."
        ),
        col!(
            "distinct_speakers",
            "integer",
            "speakers",
            "Distinct named (non-vague) speakers of direct and indirect quotations."
        ),
        col!(
            "vague_sources",
            "integer",
            "quotations",
            "Quotations attributed to a vague source (des sources, certains observateurs)."
        ),
        col!(
            "vague_source_terms",
            "integer",
            "hits",
            "Hits of vague-source lexicon categories, any voice."
        ),
        col!(
            "stances_neutral",
            "integer",
            "verbs",
            "Reporting verbs of neutral stance (dire, indiquer)."
        ),
        col!(
            "stances_endorsing",
            "integer",
            "verbs",
            "Reporting verbs of endorsing or factive stance (confirmer, souligner)."
        ),
        col!(
            "stances_distancing",
            "integer",
            "verbs",
            "Reporting verbs of distancing stance (prétendre)."
        ),
        col!(
            "stances_loaded",
            "integer",
            "verbs",
            "Loaded reporting verbs (marteler, fustiger)."
        ),
        col!(
            "hedges",
            "integer",
            "hits",
            "Author-voice hits of hedge categories."
        ),
        col!(
            "conditionals",
            "integer",
            "sentences",
            "Sentences with a verb in the conditional in the author's voice."
        ),
        col!(
            "rhetorical_questions",
            "integer",
            "sentences",
            "Questions in the author's voice."
        ),
        col!(
            "exclamations",
            "integer",
            "sentences",
            "Exclamations in the author's voice."
        ),
        col!(
            "frames",
            "list",
            "",
            "Frames whose rate passes the profile's threshold (see frames.csv `chosen`), highest rate first."
        ),
        col!(
            "author_loaded_hits",
            "integer",
            "hits",
            "Author-voice hits of categories of kind `loaded` or `label`: the loaded terms of outlets.csv."
        ),
        col!(
            "author_loaded_rate",
            "number",
            "hits per 1,000 author words",
            "`author_loaded_hits × 1000 / author_words`, rounded to 6 decimals; 0 when there are no author words."
        ),
    ],
};

/// `sentences.csv`: one row per sentence (the columns of `score --format csv`).
pub const SENTENCES: Table = Table {
    file: "sentences.csv",
    about: "One row per sentence of every article, as `cadrage score --format csv` prints them.",
    columns: &[
        ARTICLE,
        OUTLET,
        col!(
            "sentence",
            "integer",
            "index",
            "0-based index of the sentence in the article."
        ),
        col!(
            "start",
            "integer",
            "byte offset",
            "Start of the sentence in the article's text (UTF-8 bytes after the byte-order mark)."
        ),
        col!(
            "end",
            "integer",
            "byte offset",
            "End (exclusive) of the sentence in the article's text."
        ),
        col!(
            "paragraph",
            "integer",
            "index",
            "0-based index of the paragraph holding the sentence."
        ),
        col!("kind", "text", "", "`text`, `heading` or `list_item`."),
        col!(
            "voice",
            "text",
            "",
            "`author`, `direct`, `indirect` or `mixed` (an author sentence with a short quotation woven in, reported speech with the author's comment after it, or, in an article read in the opinion register, reported or quoted speech whose own words carry an author-voice lexicon hit)."
        ),
        col!(
            "speaker",
            "text",
            "",
            "Resolved speaker of a direct, indirect or mixed sentence; empty otherwise."
        ),
        col!(
            "editorial",
            "0/1",
            "",
            "1 when `score` reaches the run's threshold."
        ),
        col!(
            "score",
            "number",
            "score points",
            "Editorial score: the sum of the weights listed in `reasons`."
        ),
        col!(
            "reasons",
            "list",
            "",
            "Every contribution to the score, as `cue:category:weight` (lexicon hits) or `cue:weight`."
        ),
        col!("text", "text", "", "The sentence as written."),
    ],
};

/// `hits.csv`: one row per lexicon hit.
pub const HITS: Table = Table {
    file: "hits.csv",
    about: "One row per lexicon hit, in every voice.",
    columns: &[
        ARTICLE,
        OUTLET,
        col!(
            "sentence",
            "integer",
            "index",
            "0-based index of the sentence holding the hit."
        ),
        col!(
            "start",
            "integer",
            "byte offset",
            "Start of the matched characters in the article's text."
        ),
        col!(
            "end",
            "integer",
            "byte offset",
            "End (exclusive) of the matched characters."
        ),
        col!("text", "text", "", "The matched characters."),
        col!("category", "text", "", "Lexicon category of the entry."),
        col!(
            "kind",
            "text",
            "",
            "Kind of the category (`loaded`, `label`, `paired_label`, `hedge`, `actor`, `frame`…)."
        ),
        col!(
            "technique",
            "text",
            "",
            "SemEval-2023 Task 3 technique or Media Frames Corpus frame of the category; empty when none."
        ),
        col!(
            "pattern",
            "text",
            "",
            "The entry's pattern as written in the lexicon file."
        ),
        col!("weight", "number", "score points", "The entry's weight."),
        col!(
            "voice",
            "text",
            "",
            "Voice of the matched characters: `author`, `direct` or `indirect`."
        ),
        col!(
            "scored",
            "0/1",
            "",
            "1 when the hit adds its weight to the sentence's score."
        ),
        col!(
            "in_name",
            "0/1",
            "",
            "1 when the hit is a lower-case word inside a proper name (Front patriotique): not scored."
        ),
        col!(
            "negated",
            "0/1",
            "",
            "1 when a negation (ne… pas, sans, non) touches the hit."
        ),
        col!(
            "conditional",
            "0/1",
            "",
            "1 when the hit stands in a clause whose verb is in the conditional."
        ),
        col!(
            "group",
            "text",
            "",
            "For paired labels the referent, for actors the actor; empty otherwise."
        ),
        col!(
            "label",
            "text",
            "",
            "For paired labels, which competing label; empty otherwise."
        ),
        col!("lexicon", "text", "", "`file:line` of the lexicon entry."),
    ],
};

/// `quotes.csv`: one row per quotation.
pub const QUOTES: Table = Table {
    file: "quotes.csv",
    about: "One row per quotation: direct, indirect (reported speech) and scare quotes.",
    columns: &[
        ARTICLE,
        OUTLET,
        col!(
            "index",
            "integer",
            "index",
            "0-based index of the quotation in the article."
        ),
        col!("kind", "text", "", "`direct`, `indirect` or `scare`."),
        col!(
            "start",
            "integer",
            "byte offset",
            "Start of the quoted (or reported) content in the article's text."
        ),
        col!(
            "end",
            "integer",
            "byte offset",
            "End (exclusive) of the quoted content."
        ),
        col!(
            "speaker_text",
            "text",
            "",
            "The speaker as the text names them at this quotation (il, le ministre); empty when none."
        ),
        col!(
            "speaker_name",
            "text",
            "",
            "The resolved speaker; empty when none."
        ),
        col!(
            "resolution",
            "text",
            "",
            "How the speaker was found: `named`, `role`, `role_to_name`, `pronoun`, `implicit` or `vague`; empty when none."
        ),
        col!(
            "verb_lemma",
            "text",
            "",
            "Infinitive of the reporting verb; empty when none."
        ),
        col!(
            "stance",
            "text",
            "",
            "Stance of the reporting verb: `neutral`, `endorsing`, `distancing` or `loaded`; empty when none."
        ),
        col!(
            "sentence",
            "integer",
            "index",
            "Index of the sentence the quotation starts in."
        ),
        col!(
            "unbalanced",
            "0/1",
            "",
            "1 when the closing quotation mark was missing."
        ),
        col!("words", "integer", "words", "Words of the quoted content."),
        col!("text", "text", "", "The quoted content."),
    ],
};

/// `speakers.csv`: share of voice.
pub const SPEAKERS: Table = Table {
    file: "speakers.csv",
    about: "Share of voice: one row per article and speaker of direct and indirect quotations.",
    columns: &[
        ARTICLE,
        OUTLET,
        col!("speaker", "text", "", "The resolved speaker."),
        col!(
            "quotes",
            "integer",
            "quotations",
            "Direct and indirect quotations attributed to the speaker."
        ),
        col!("words", "integer", "words", "Words of those quotations."),
        col!(
            "share",
            "number",
            "proportion (0–1)",
            "`words` over all attributed quoted words of the article."
        ),
        col!("vague", "0/1", "", "1 when the speaker is a vague source."),
    ],
};

/// `categories.csv`: article × category.
pub const CATEGORIES: Table = Table {
    file: "categories.csv",
    about: "Long table of article × lexicon category: hits and rates in the author's voice and inside quotations (frames and reporting verbs are in their own tables).",
    columns: &[
        ARTICLE,
        OUTLET,
        col!("category", "text", "", "Lexicon category."),
        col!("kind", "text", "", "Kind of the category."),
        col!(
            "technique",
            "text",
            "",
            "SemEval-2023 Task 3 technique of the category; empty when none."
        ),
        col!(
            "author_hits",
            "integer",
            "hits",
            "Hits in the author's voice."
        ),
        col!(
            "author_rate",
            "number",
            "hits per 1,000 author words",
            "`author_hits × 1000 / author_words` (articles.csv), 0 when there are no author words."
        ),
        col!(
            "quoted_hits",
            "integer",
            "hits",
            "Hits inside direct and indirect quotations."
        ),
        col!(
            "quoted_rate",
            "number",
            "hits per 1,000 quoted words",
            "`quoted_hits × 1000 / (direct_words + indirect_words)`, 0 when there are no quoted words."
        ),
    ],
};

/// `frames.csv`: article × frame.
pub const FRAMES: Table = Table {
    file: "frames.csv",
    about: "Long table of article × frame category (named by its Media Frames Corpus frame).",
    columns: &[
        ARTICLE,
        OUTLET,
        col!("frame", "text", "", "The frame."),
        col!(
            "hits",
            "integer",
            "hits",
            "Hits of the frame's lexicon, any voice."
        ),
        col!(
            "rate",
            "number",
            "hits per 1,000 words",
            "`hits × 1000 / words` of the article."
        ),
        col!(
            "chosen",
            "0/1",
            "",
            "1 when the frame passes the profile's threshold (at least 2 hits and 5 hits per 1,000 words) and is listed in articles.csv `frames`."
        ),
    ],
};

/// `actors.csv`: article × actor targeted.
pub const ACTORS: Table = Table {
    file: "actors.csv",
    about: "Long table of article × actor targeted by the author's scoring hits. A hit targets the actors named in its clause, else those named earlier in its sentence.",
    columns: &[
        ARTICLE,
        OUTLET,
        col!("actor", "text", "", "The actor (an actor lexicon group)."),
        col!(
            "hits",
            "integer",
            "hits",
            "Author-voice scoring hits targeting the actor."
        ),
        col!(
            "weight",
            "number",
            "score points",
            "Sum of those hits' weights."
        ),
    ],
};

/// `outlets.csv`: the comparison table.
pub const OUTLETS: Table = Table {
    file: "outlets.csv",
    about: "One row per outlet (or period with `--by`): means with 95% percentile bootstrap intervals (articles resampled with replacement within the outlet; resamples and seed in the manifest), the loaded-term rate ratio against the rest of the corpus, and the stance mix. `*_differs_from` lists the outlets whose interval does not overlap this one's.",
    columns: &[
        GROUP,
        col!("articles", "integer", "articles", "Articles of the outlet."),
        col!(
            "sentences",
            "integer",
            "sentences",
            "Sum of the articles' sentences."
        ),
        col!("words", "integer", "words", "Sum of the articles' words."),
        col!(
            "author_words",
            "integer",
            "words",
            "Sum of the articles' author-voice words."
        ),
        col!(
            "editorial_sentences",
            "integer",
            "sentences",
            "Sum of the articles' editorial sentences."
        ),
        col!(
            "editorial_ratio",
            "number",
            "proportion (0–1)",
            "Mean over articles of articles.csv `editorial_ratio`."
        ),
        col!(
            "editorial_ratio_low",
            "number",
            "proportion (0–1)",
            "Lower bound (2.5th percentile) of the bootstrap interval of `editorial_ratio`; empty without articles."
        ),
        col!(
            "editorial_ratio_high",
            "number",
            "proportion (0–1)",
            "Upper bound (97.5th percentile) of the bootstrap interval of `editorial_ratio`."
        ),
        col!(
            "editorial_ratio_differs_from",
            "list",
            "",
            "Outlets whose `editorial_ratio` interval does not overlap this one's."
        ),
        col!(
            "loaded_hits",
            "integer",
            "hits",
            "Author-voice hits of categories of kind `loaded` or `label`, summed over articles."
        ),
        col!(
            "loaded_rate",
            "number",
            "hits per 1,000 author words",
            "Ratio of sums: `loaded_hits × 1000 / author_words`; 0 when there are no author words."
        ),
        col!(
            "loaded_rate_low",
            "number",
            "hits per 1,000 author words",
            "Lower bound of the bootstrap interval of `loaded_rate` (the ratio of sums recomputed on each resample)."
        ),
        col!(
            "loaded_rate_high",
            "number",
            "hits per 1,000 author words",
            "Upper bound of the bootstrap interval of `loaded_rate`."
        ),
        col!(
            "loaded_rate_differs_from",
            "list",
            "",
            "Outlets whose `loaded_rate` interval does not overlap this one's."
        ),
        col!(
            "loaded_rate_ratio",
            "number",
            "ratio",
            "`loaded_rate` over the rate of all other outlets together. Empty when the rest of the corpus has no loaded hit or no author words; 0 when the outlet has no loaded hit."
        ),
        col!(
            "loaded_rate_ratio_low",
            "number",
            "ratio",
            "Lower bound of the 95% interval of `loaded_rate_ratio`, log method with Poisson counts: `exp(ln RR − 1.96·sqrt(1/a + 1/b))`. Empty when either count is 0."
        ),
        col!(
            "loaded_rate_ratio_high",
            "number",
            "ratio",
            "Upper bound: `exp(ln RR + 1.96·sqrt(1/a + 1/b))`. Empty when either count is 0."
        ),
        col!(
            "quoted_share",
            "number",
            "proportion (0–1)",
            "Mean over articles of articles.csv `quoted_share` (words inside direct quotations)."
        ),
        col!(
            "quoted_share_low",
            "number",
            "proportion (0–1)",
            "Lower bound of the bootstrap interval of `quoted_share`."
        ),
        col!(
            "quoted_share_high",
            "number",
            "proportion (0–1)",
            "Upper bound of the bootstrap interval of `quoted_share`."
        ),
        col!(
            "quoted_share_differs_from",
            "list",
            "",
            "Outlets whose `quoted_share` interval does not overlap this one's."
        ),
        col!(
            "sources",
            "number",
            "speakers per article",
            "Mean over articles of articles.csv `distinct_speakers` (named, non-vague)."
        ),
        col!(
            "sources_low",
            "number",
            "speakers per article",
            "Lower bound of the bootstrap interval of `sources`."
        ),
        col!(
            "sources_high",
            "number",
            "speakers per article",
            "Upper bound of the bootstrap interval of `sources`."
        ),
        col!(
            "sources_differs_from",
            "list",
            "",
            "Outlets whose `sources` interval does not overlap this one's."
        ),
        col!(
            "verbs",
            "integer",
            "verbs",
            "Reporting verbs with a stance, summed over articles."
        ),
        col!(
            "stance_neutral",
            "number",
            "proportion (0–1)",
            "Share of `verbs` of neutral stance; 0 when there are none."
        ),
        col!(
            "stance_endorsing",
            "number",
            "proportion (0–1)",
            "Share of `verbs` of endorsing stance."
        ),
        col!(
            "stance_distancing",
            "number",
            "proportion (0–1)",
            "Share of `verbs` of distancing stance."
        ),
        col!(
            "stance_loaded",
            "number",
            "proportion (0–1)",
            "Share of `verbs` of loaded stance."
        ),
        col!(
            "top_actors",
            "list",
            "",
            "The five actors most targeted by the outlet's loaded terms, as `actor:hits` (outlet_actors.csv has all)."
        ),
        col!(
            "top_terms",
            "list",
            "",
            "The five terms of keyness.csv the outlet over-uses most (largest positive G² with p < 0.05)."
        ),
    ],
};

/// `keyness.csv`: outlet × term.
pub const KEYNESS: Table = Table {
    file: "keyness.csv",
    about: "Keyness of terms in each outlet's author voice against the rest of the corpus: the 2×2 table (term, other author words) × (outlet, rest). Terms are lexicon entries (the hit's pattern) by default, or every folded word with `--keyness words`. Only terms used at least `min_freq` times in the whole corpus (manifest) are listed; rows are sorted by outlet, then G² from most over-used to most under-used.",
    columns: &[
        GROUP,
        col!(
            "term",
            "text",
            "",
            "The lexicon entry's pattern, or the folded word (lower case, no accents)."
        ),
        col!(
            "category",
            "text",
            "",
            "Lexicon category of the entry; empty for words."
        ),
        col!("kind", "text", "", "Kind of the category; empty for words."),
        col!(
            "outlet_count",
            "integer",
            "uses",
            "Author-voice uses in the outlet."
        ),
        col!(
            "rest_count",
            "integer",
            "uses",
            "Author-voice uses in the rest of the corpus."
        ),
        col!(
            "outlet_rate",
            "number",
            "uses per 1,000 author words",
            "`outlet_count × 1000 / author_words` of the outlet."
        ),
        col!(
            "rest_rate",
            "number",
            "uses per 1,000 author words",
            "`rest_count × 1000 / author_words` of the rest."
        ),
        col!(
            "g2",
            "number",
            "",
            "Log-likelihood G² of the full 2×2 table (Dunning 1993), positive for over-use and negative for under-use."
        ),
        col!(
            "p",
            "number",
            "probability",
            "p-value of |G²|, chi-square with 1 df: `erfc(sqrt(|G²|/2))`."
        ),
        col!(
            "chi2",
            "number",
            "",
            "Pearson χ² of the same table, without continuity correction."
        ),
    ],
};

/// `paired_labels.csv`: outlet × referent × label.
pub const PAIRED_LABELS: Table = Table {
    file: "paired_labels.csv",
    about: "Paired-label preferences: for each outlet, referent and competing label, its uses in the author's voice and in quotations.",
    columns: &[
        GROUP,
        col!(
            "group",
            "text",
            "",
            "The referent the competing labels name (e.g. the government of Mali)."
        ),
        col!("label", "text", "", "One of the competing labels."),
        col!(
            "author",
            "integer",
            "uses",
            "Uses in the author's voice: the outlet's own choice."
        ),
        col!(
            "quoted",
            "integer",
            "uses",
            "Uses inside quotations: the sources' choice."
        ),
        col!(
            "share",
            "number",
            "proportion (0–1)",
            "`author` over the outlet's author-voice uses of all labels of the referent; 0 when there are none."
        ),
    ],
};

/// `outlet_actors.csv`: outlet × actor.
pub const OUTLET_ACTORS: Table = Table {
    file: "outlet_actors.csv",
    about: "Actors targeted by each outlet's loaded terms (author-voice scoring hits), summed over its articles.",
    columns: &[
        GROUP,
        col!("actor", "text", "", "The actor."),
        col!(
            "hits",
            "integer",
            "hits",
            "Author-voice scoring hits targeting the actor."
        ),
        col!(
            "weight",
            "number",
            "score points",
            "Sum of those hits' weights."
        ),
        col!(
            "share",
            "number",
            "proportion (0–1)",
            "`hits` over all the outlet's actor-targeting hits."
        ),
    ],
};

/// The tables of a `compare --out` run.
pub const COMPARE_TABLES: &[&Table] = &[&OUTLETS, &KEYNESS, &PAIRED_LABELS, &OUTLET_ACTORS];

/// The tables of a `report` run in CSV mode.
pub const REPORT_TABLES: &[&Table] = &[
    &ARTICLES,
    &SENTENCES,
    &HITS,
    &QUOTES,
    &SPEAKERS,
    &CATEGORIES,
    &FRAMES,
    &ACTORS,
    &OUTLETS,
    &KEYNESS,
    &PAIRED_LABELS,
    &OUTLET_ACTORS,
];

/// `codebook.md`: every column of every table in `tables`.
pub fn codebook(tables: &[&Table]) -> String {
    let mut s = String::new();
    s.push_str("# Codebook\n\n");
    s.push_str(
        "Every table is UTF-8 CSV with a header row, comma-separated, fields quoted when needed \
         (RFC 4180). Byte offsets index the article's text: the file's bytes after the \
         byte-order mark, transcoded to UTF-8 when the file was in another encoding. Lists join \
         their values with ` | `. Empty fields mean \"none\" or \"not defined\", as each column \
         says. `manifest.json` beside the tables records the tool version, the lexicon files \
         with their SHA-256, the parameters and the inputs of the run.\n",
    );
    for t in tables {
        let _ = write!(s, "\n## {}\n\n{}\n\n", t.file, t.about);
        s.push_str("| column | type | unit | meaning |\n|---|---|---|---|\n");
        for c in t.columns {
            let _ = writeln!(
                s,
                "| `{}` | {} | {} | {} |",
                c.name,
                c.kind,
                c.unit,
                c.meaning.replace('|', "\\|")
            );
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_are_unique_within_each_table() {
        for t in REPORT_TABLES {
            let mut names = t.header();
            names.sort_unstable();
            let before = names.len();
            names.dedup();
            assert_eq!(before, names.len(), "{} repeats a column", t.file);
        }
    }

    #[test]
    fn the_codebook_lists_every_column() {
        let book = codebook(REPORT_TABLES);
        for t in REPORT_TABLES {
            assert!(book.contains(&format!("## {}", t.file)));
            for c in t.columns {
                assert!(book.contains(&format!("| `{}` |", c.name)), "{}", c.name);
            }
        }
    }
}
