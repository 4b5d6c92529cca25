//! The words the page uses for the analysis' enums, and the CSS class of each category kind.
//!
//! They follow the JSON names (`direct`, `role_to_name`, `loaded`) so that a reader can go from
//! the page to the JSON or the CSV tables without a glossary.

use crate::lexicon::{CategoryKind, Stance};
use crate::score::Cue;
use crate::span::Voice;
use crate::voice::{QuoteKind, Resolution};

pub fn pct(x: f64) -> String {
    format!("{:.0} %", x * 100.0)
}

pub fn voice_label(v: Voice) -> &'static str {
    match v {
        Voice::Author => "author",
        Voice::Direct => "direct quote",
        Voice::Indirect => "reported speech",
        Voice::Mixed => "mixed",
    }
}

pub fn quote_label(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct quotation",
        QuoteKind::Indirect => "reported speech",
        QuoteKind::Scare => "scare quotes",
    }
}

pub fn resolution_label(r: Resolution) -> &'static str {
    match r {
        Resolution::Named => "named",
        Resolution::Role => "role",
        Resolution::RoleToName => "role linked to a name",
        Resolution::Pronoun => "pronoun resolved",
        Resolution::Implicit => "implicit continuation",
        Resolution::Vague => "vague source",
    }
}

pub fn stance_label(s: Stance) -> &'static str {
    match s {
        Stance::Neutral => "neutral",
        Stance::Endorsing => "endorsing",
        Stance::Distancing => "distancing",
        Stance::Loaded => "loaded",
    }
}

pub fn cue_label(c: Cue) -> &'static str {
    c.label()
}

/// The underline family of a category kind: kinds that work alike share a style.
pub fn kind_class(k: CategoryKind) -> &'static str {
    match k {
        CategoryKind::Loaded | CategoryKind::Label => "k-loaded",
        CategoryKind::Intensifier => "k-intens",
        CategoryKind::Doubt
        | CategoryKind::Motive
        | CategoryKind::RhetoricalQuestion
        | CategoryKind::Prescription => "k-doubt",
        CategoryKind::Factive | CategoryKind::Connective | CategoryKind::Ruling => "k-connect",
        CategoryKind::Fear | CategoryKind::FlagWaving => "k-fear",
        CategoryKind::Hedge | CategoryKind::VagueSource => "k-hedge",
        CategoryKind::PairedLabel => "k-paired",
        CategoryKind::Actor | CategoryKind::Frame | CategoryKind::ReportingVerb => "k-other",
    }
}

/// The underline families, with the kinds each covers, for the legend.
pub const KIND_FAMILIES: &[(&str, &str)] = &[
    ("k-loaded", "loaded terms and labels"),
    ("k-intens", "intensifiers"),
    ("k-doubt", "doubt, motives, rhetorical-question cues"),
    (
        "k-connect",
        "factives, editorial connectives and rulings on claims",
    ),
    ("k-fear", "fear and flag-waving"),
    ("k-hedge", "hedges and vague sources"),
    ("k-paired", "paired labels"),
    ("k-other", "actors, frames, reporting verbs"),
];
