//! The quote finder, case by case: every mark kind, nesting, quotations over several
//! paragraphs, dialogue dashes, unbalanced and mismatched marks, and apostrophes that are not
//! quotation marks. All sample text is written for these tests.

use cadrage::quotes::{QuoteMark, QuoteRegion, find_quotes};
use cadrage::span::Span;

/// What a reader expects of one region.
#[derive(Debug, PartialEq)]
struct Want {
    open: &'static str,
    content: &'static str,
    close: Option<&'static str>,
    mark: QuoteMark,
    depth: u8,
    balanced: bool,
    continues: bool,
}

const fn q(
    open: &'static str,
    content: &'static str,
    close: Option<&'static str>,
    mark: QuoteMark,
    depth: u8,
) -> Want {
    Want {
        open,
        content,
        close,
        mark,
        depth,
        balanced: true,
        continues: false,
    }
}

const fn unbalanced(mut w: Want) -> Want {
    w.balanced = false;
    w
}

const fn continued(mut w: Want) -> Want {
    w.continues = true;
    w
}

use QuoteMark::{Curly, Dash, Guillemet, Single, Straight};

struct Case {
    name: &'static str,
    text: &'static str,
    want: &'static [Want],
}

const CASES: &[Case] = &[
    Case {
        name: "guillemets with spaces",
        text: "Le maire a dit « non » hier soir.",
        want: &[q("«", "non", Some("»"), Guillemet, 0)],
    },
    Case {
        name: "guillemets without spaces",
        text: "Le maire a dit «non» hier soir.",
        want: &[q("«", "non", Some("»"), Guillemet, 0)],
    },
    Case {
        name: "guillemets with no-break spaces",
        text: "Le maire a dit «\u{a0}non, jamais\u{202f}» hier soir.",
        want: &[q("«", "non, jamais", Some("»"), Guillemet, 0)],
    },
    Case {
        name: "curly double quotes",
        text: "La ministre parle de “réforme juste”. Les syndicats, eux, de “recul”.",
        want: &[
            q("“", "réforme juste", Some("”"), Curly, 0),
            q("“", "recul", Some("”"), Curly, 0),
        ],
    },
    Case {
        name: "low opening quote closed by a high one",
        text: "Le slogan „Plus jamais ça“ a été repris, puis „Ensemble” sur les pancartes.",
        want: &[
            q("„", "Plus jamais ça", Some("“"), Curly, 0),
            q("„", "Ensemble", Some("”"), Curly, 0),
        ],
    },
    Case {
        name: "straight quotes paired by alternation",
        text: "Il a répondu \"oui\" puis \"non\" dans la même phrase.",
        want: &[
            q("\"", "oui", Some("\""), Straight, 0),
            q("\"", "non", Some("\""), Straight, 0),
        ],
    },
    Case {
        name: "odd straight quote ends with its paragraph",
        text: "Il a répondu \"oui\" puis \"non, sans doute.\nLa suite est connue.",
        want: &[
            q("\"", "oui", Some("\""), Straight, 0),
            unbalanced(q("\"", "non, sans doute.", None, Straight, 0)),
        ],
    },
    Case {
        name: "single angle quotes",
        text: "Le mot ‹ crise › revient dans tous les discours.",
        want: &[q("‹", "crise", Some("›"), Single, 0)],
    },
    Case {
        name: "single curly quotes among apostrophes",
        text: "Il a parlé d’une ‘pause’ dans l’accord, aujourd’hui.",
        want: &[q("‘", "pause", Some("’"), Single, 0)],
    },
    Case {
        name: "apostrophes are not quotation marks",
        text: "L’armée d’aujourd’hui, qu’il dirige, n’a rien d'un bloc. l‘école aussi.",
        want: &[],
    },
    Case {
        name: "curly quotes nested in guillemets",
        text: "« Il m’a dit : “ Partez ” et je suis parti », raconte le témoin.",
        want: &[
            q(
                "«",
                "Il m’a dit : “ Partez ” et je suis parti",
                Some("»"),
                Guillemet,
                0,
            ),
            q("“", "Partez", Some("”"), Curly, 1),
        ],
    },
    Case {
        name: "guillemets nested in guillemets",
        text: "« Il a crié « au loup » avant de partir », dit-elle.",
        want: &[
            q(
                "«",
                "Il a crié « au loup » avant de partir",
                Some("»"),
                Guillemet,
                0,
            ),
            q("«", "au loup", Some("»"), Guillemet, 1),
        ],
    },
    Case {
        name: "three levels",
        text: "« Elle cite “ le mot ‹ fin › du rapport ” sans rire »",
        want: &[
            q(
                "«",
                "Elle cite “ le mot ‹ fin › du rapport ” sans rire",
                Some("»"),
                Guillemet,
                0,
            ),
            q("“", "le mot ‹ fin › du rapport", Some("”"), Curly, 1),
            q("‹", "fin", Some("›"), Single, 2),
        ],
    },
    Case {
        name: "quotation over three paragraphs reopened with «",
        text: "« Nous avons tout essayé.\n« Rien n'a marché.\n« Il faut changer », conclut-il.",
        want: &[
            q("«", "Nous avons tout essayé.", None, Guillemet, 0),
            continued(q("«", "Rien n'a marché.", None, Guillemet, 0)),
            continued(q("«", "Il faut changer", Some("»"), Guillemet, 0)),
        ],
    },
    Case {
        name: "quotation over two paragraphs reopened with »",
        text: "« Nous avons tout essayé.\n\n» Il faut changer », conclut-il.",
        want: &[
            q("«", "Nous avons tout essayé.", None, Guillemet, 0),
            continued(q("»", "Il faut changer", Some("»"), Guillemet, 0)),
        ],
    },
    Case {
        name: "continued quotation never closed",
        text: "« Nous avons tout essayé.\n« Rien n'a marché.\nLe maire s'est tu.",
        want: &[
            unbalanced(q("«", "Nous avons tout essayé.", None, Guillemet, 0)),
            unbalanced(continued(q("«", "Rien n'a marché.", None, Guillemet, 0))),
        ],
    },
    Case {
        name: "unclosed quotation ends with its paragraph",
        text: "« Nous partirons demain, a-t-il promis.\nLe maire s'est tu. « Enfin », soupire un élu.",
        want: &[
            unbalanced(q(
                "«",
                "Nous partirons demain, a-t-il promis.",
                None,
                Guillemet,
                0,
            )),
            q("«", "Enfin", Some("»"), Guillemet, 0),
        ],
    },
    Case {
        name: "closed quotation then a new one in the next paragraph",
        text: "« Oui », dit-il.\r\n« Non », répond-elle.\r\n",
        want: &[
            q("«", "Oui", Some("»"), Guillemet, 0),
            q("«", "Non", Some("»"), Guillemet, 0),
        ],
    },
    Case {
        name: "dialogue dashes",
        text: "— Pourquoi partez-vous ?\n– Parce que rien ne change.",
        want: &[
            q("—", "Pourquoi partez-vous ?", None, Dash, 0),
            q("–", "Parce que rien ne change.", None, Dash, 0),
        ],
    },
    Case {
        name: "hyphen dialogue after a plain paragraph",
        text: "Nous l'avons rencontrée à Lyon.\n- Vous partez ?\n- Oui, demain.",
        want: &[
            q("-", "Vous partez ?", None, Dash, 0),
            q("-", "Oui, demain.", None, Dash, 0),
        ],
    },
    Case {
        name: "quotation inside a dialogue turn",
        text: "— Il m'a dit « jamais ». Voilà tout.",
        want: &[
            q("—", "Il m'a dit « jamais ». Voilà tout.", None, Dash, 0),
            q("«", "jamais", Some("»"), Guillemet, 1),
        ],
    },
    Case {
        name: "list items are not dialogue",
        text: "Les mesures :\n- gel des loyers ;\n- hausse du SMIC.\n— baisse de la TVA",
        want: &[],
    },
    Case {
        name: "guillemet closed by a straight quote",
        text: "« Nous partirons\", a-t-il dit.",
        want: &[q("«", "Nous partirons", Some("\""), Guillemet, 0)],
    },
    Case {
        name: "guillemet closed by a spaced straight quote before its attribution",
        text: "« Nous partirons. Sauf qu'ici, ce sont des vies \", a-t-il lancé. Selon lui, rien n'est joué.",
        want: &[q(
            "«",
            "Nous partirons. Sauf qu'ici, ce sont des vies",
            Some("\""),
            Guillemet,
            0,
        )],
    },
    Case {
        name: "guillemet closed by a spaced straight quote at the end of its paragraph",
        text: "Le maire a prévenu : « Nous ne céderons pas \"\nLa préfecture n'a pas répondu.",
        want: &[q("«", "Nous ne céderons pas", Some("\""), Guillemet, 0)],
    },
    Case {
        name: "a spaced straight quote followed by a word opens a quotation inside guillemets",
        text: "« Ils appellent ça \" la modernisation \", voilà tout », dit-il.",
        want: &[
            q(
                "«",
                "Ils appellent ça \" la modernisation \", voilà tout",
                Some("»"),
                Guillemet,
                0,
            ),
            q("\"", "la modernisation", Some("\""), Straight, 1),
        ],
    },
    Case {
        name: "guillemet closed by a curly quote",
        text: "« Nous partirons”, a-t-il dit.",
        want: &[q("«", "Nous partirons", Some("”"), Guillemet, 0)],
    },
    Case {
        name: "curly quote closed by a guillemet",
        text: "“Nous partirons », a-t-il dit.",
        want: &[q("“", "Nous partirons", Some("»"), Curly, 0)],
    },
    Case {
        name: "reversed guillemets",
        text: "Il a dit » nous verrons « puis il est parti.",
        want: &[q("»", "nous verrons", Some("«"), Guillemet, 0)],
    },
    Case {
        name: "stray closing guillemet is ignored",
        text: "Il est parti » hier. « Oui », dit-elle.",
        want: &[q("«", "Oui", Some("»"), Guillemet, 0)],
    },
    Case {
        name: "stray closing curly quote is ignored",
        text: "Il est parti” hier soir.",
        want: &[],
    },
    Case {
        name: "second « used as a closing mark",
        text: "« Nous partirons « a-t-il dit.",
        want: &[q("«", "Nous partirons", Some("«"), Guillemet, 0)],
    },
    Case {
        name: "unclosed « before a new quotation",
        text: "« Nous partirons, dit-il. Puis : « Rien ne changera ».",
        want: &[
            unbalanced(q("«", "Nous partirons, dit-il. Puis :", None, Guillemet, 0)),
            q("«", "Rien ne changera", Some("»"), Guillemet, 0),
        ],
    },
    Case {
        name: "inner quotation left open ends with the outer one",
        text: "« Il a dit “ non et il est parti », raconte-t-elle.",
        want: &[
            q(
                "«",
                "Il a dit “ non et il est parti",
                Some("»"),
                Guillemet,
                0,
            ),
            unbalanced(q("“", "non et il est parti", None, Curly, 1)),
        ],
    },
    Case {
        name: "empty quotation",
        text: "Il a ouvert des guillemets « » vides.",
        want: &[q("«", "", Some("»"), Guillemet, 0)],
    },
];

fn describe(text: &str, r: &QuoteRegion) -> Want {
    let leak = |s: &str| -> &'static str { Box::leak(s.to_owned().into_boxed_str()) };
    Want {
        open: leak(r.open.slice(text)),
        content: leak(r.content.slice(text)),
        close: r.close.map(|c| leak(c.slice(text))),
        mark: r.mark,
        depth: r.depth,
        balanced: r.balanced,
        continues: r.continues_previous,
    }
}

#[test]
fn quote_cases() {
    let mut failures = Vec::new();
    for case in CASES {
        let regions = find_quotes(case.text, Span::new(0, case.text.len()));
        let got: Vec<Want> = regions.iter().map(|r| describe(case.text, r)).collect();
        if got != case.want {
            failures.push(format!(
                "{}:\n  want {:?}\n  got  {:?}",
                case.name, case.want, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn regions_respect_the_body() {
    let text = "---\ntitre: « en-tête »\n---\nLe maire a dit « non ».";
    let start = text.rfind("---\n").unwrap() + 4;
    let regions = find_quotes(text, Span::new(start, text.len()));
    assert_eq!(regions.len(), 1);
    assert_eq!(regions[0].content.slice(text), "non");
}

#[test]
fn depth_saturates_at_255() {
    let text = format!("{}mot{}", "« ".repeat(300), " »".repeat(300));
    let regions = find_quotes(&text, Span::new(0, text.len()));
    assert_eq!(regions.len(), 300);
    assert_eq!(regions[0].depth, 0);
    assert_eq!(regions[254].depth, 254);
    assert!(regions[255..].iter().all(|r| r.depth == 255));
    assert!(regions.iter().all(|r| r.balanced));
    assert_eq!(regions[299].content.slice(&text), "mot");
}
