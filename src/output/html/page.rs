//! The page around the views: doctype, Content-Security-Policy, the embedded stylesheet, the
//! shared SVG patterns, the legend and the footer.
//!
//! The page runs no script at all. Its policy is `default-src 'none'` with the stylesheet
//! allowed by its SHA-256 hash, so even if some article text escaped the escaper, a browser
//! would refuse to run it, load nothing from the network and submit nothing.

use std::fmt::Write as _;
use std::sync::OnceLock;

use sha2::{Digest, Sha256};

use super::escape::{Esc, base64};
use super::names::KIND_FAMILIES;

/// The stylesheet, embedded in every page.
pub const CSS: &str = include_str!("style.css");

/// The Content-Security-Policy of every page.
pub fn csp() -> &'static str {
    static CSP: OnceLock<String> = OnceLock::new();
    CSP.get_or_init(|| {
        let hash = base64(&Sha256::digest(CSS.as_bytes()));
        format!(
            "default-src 'none'; style-src 'sha256-{hash}'; img-src 'none'; \
             base-uri 'none'; form-action 'none'"
        )
    })
}

/// Everything up to and including the opening `<main>`.
pub fn head(out: &mut String, title: &str, subtitle: &str) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"cadrage {}\">\n\
         <title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        csp(),
        env!("CARGO_PKG_VERSION"),
        Esc(title)
    );
    out.push_str(PATTERNS);
    let _ = write!(
        out,
        "<header class=\"top\"><h1>{}</h1><p>{}</p></header>\n<main>\n",
        Esc(title),
        Esc(subtitle)
    );
}

/// Hatchings laid over colours so that chart series differ without colour.
const PATTERNS: &str = "<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\"><defs>\
<pattern id=\"pat-1\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#fff\" stroke-width=\"2\" stroke-opacity=\"0.7\"/></pattern>\
<pattern id=\"pat-2\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><circle cx=\"3\" cy=\"3\" r=\"1.3\" fill=\"#fff\" fill-opacity=\"0.8\"/></pattern>\
<pattern id=\"pat-3\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><path d=\"M0 3H6M3 0V6\" stroke=\"#fff\" stroke-width=\"1.2\" stroke-opacity=\"0.75\"/></pattern>\
</defs></svg>\n";

/// The legend of the article views.
pub fn legend(out: &mut String) {
    out.push_str(
        "<section class=\"legend\" aria-labelledby=\"legend-h\"><h2 id=\"legend-h\">How to read this page</h2>\n\
         <div class=\"legend-grid\">\n<div><h3>Voice of each sentence</h3><ul class=\"voices\">\
         <li class=\"s v-author\"><span class=\"vb\">author</span> the journalist's own words (plain edge)</li>\
         <li class=\"s v-direct\"><span class=\"vb\">direct quote</span> a quotation with its attribution (double edge)</li>\
         <li class=\"s v-indirect\"><span class=\"vb\">reported speech</span> what a source said, reworded (dashed edge)</li>\
         <li class=\"s v-mixed\"><span class=\"vb\">mixed</span> an author sentence with a partial quotation or a comment (dotted edge)</li>\
         </ul></div>\n<div><h3>Editorial score</h3><ul class=\"scores\">\
         <li><strong class=\"edflag\">◆ editorial 2.5</strong> the sentence reaches the threshold; its reasons are listed under it</li>\
         <li><span class=\"score\">score 1.0</span> some cues, below the threshold</li>\
         <li>The darker the background, the higher the score: <span class=\"chip sc1\">under 1</span> <span class=\"chip sc2\">1–2</span> <span class=\"chip sc3\">2–3</span> <span class=\"chip sc4\">3 and more</span></li>\
         </ul></div>\n<div><h3>Lexicon hits</h3><ul class=\"kinds\">",
    );
    for (class, what) in KIND_FAMILIES {
        let _ = write!(
            out,
            "<li><mark class=\"hit {class} scored\">mot</mark> {}</li>",
            Esc(what)
        );
    }
    out.push_str(
        "</ul><p>A solid underline counts in the score; a thin one inside a quotation is the \
         source's word, counted but not scored. Hover over a hit, or reach it with the Tab key, \
         to see its category, technique, weight, lexicon line and why it was or was not scored.</p></div>\n\
         <div><h3>Quotations</h3><ul class=\"runs\">\
         <li><span class=\"q-direct\">quoted words</span>, <span class=\"q-indirect\">reported words</span>, \
         <span class=\"q-scare\">scare-quoted words</span></li>\
         <li><span class=\"speaker\">the speaker</span> and <span class=\"verb\">the reporting verb</span>, \
         listed under the sentence with the verb's stance</li>\
         <li><span class=\"cue\">a structural cue</span> (question mark, first person, scare quotes…)</li>\
         </ul></div>\n</div></section>\n",
    );
}

/// Closes `<main>` and the page.
pub fn foot(out: &mut String) {
    let _ = write!(
        out,
        "</main>\n<footer><p>Made by cadrage {}. Scores are a transparent sum of lexicon weights and \
         structural cues; every number can be traced to the characters that produced it with the \
         JSON or CSV output.</p></footer>\n</body>\n</html>\n",
        env!("CARGO_PKG_VERSION")
    );
}
