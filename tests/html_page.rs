//! The article page of `score --format html`: structure, escaping, accessibility hooks and
//! the CSP, checked on the rendered string. The browser checks the same page in
//! tests/browser/check.mjs (scripts/browser-tests.sh).

mod html_support;

use cadrage::output::html::{self, ScorePage};
use html_support::{analyse_fixture, analyzer, parse};
use proptest::prelude::*;
use sha2::{Digest, Sha256};

fn page_of(name: &str) -> String {
    let a = analyse_fixture(name);
    let mut out = Vec::new();
    html::write_article_page(&mut out, &a).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn hostile_article_renders_inert() {
    let page = page_of("hostile.txt");
    let parsed = parse(&page);
    // The parser only accepts the elements the page itself writes; now check that no
    // attribute could run code or load anything.
    for t in &parsed.tags {
        for (name, value) in &t.attrs {
            assert!(
                !name.starts_with("on"),
                "event handler {name} on <{}>",
                t.name
            );
            if name == "href" {
                assert!(
                    value.starts_with("http") || value.starts_with('#'),
                    "href {value}"
                );
            }
            assert!(name != "src", "<{}> loads {value}", t.name);
        }
    }
    let text = &parsed.text;
    for shown in [
        "Titre piégé </title><script>document.title='PWNED'</script>",
        "<script>document.title='PWNED';document.body.insertAdjacentHTML('beforeend','<p id=\"pwned\">pwned</p>')</script>",
        "<img src=x onerror=\"document.title='PWNED'\">",
        "<a href=\"javascript:alert(1)\">cliquez</a>",
        "<svg onload=alert(1)>",
        "Vigie \"Alerte\" <b>gras</b> & Cie",
        "2026-04-03' onmouseover='alert(1)",
        "javascript:document.title='PWNED'",
        "&lt;b&gt; tel quel",
        "</textarea></style></title>",
    ] {
        assert!(text.contains(shown), "the page must show {shown:?} as text");
    }
    let title = page
        .split("<title>")
        .nth(1)
        .unwrap()
        .split("</title>")
        .next()
        .unwrap();
    assert_eq!(
        title,
        "cadrage · Titre piégé &lt;/title&gt;&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;"
    );
}

#[test]
fn article_page_has_every_part() {
    let page = page_of("reportage.txt");
    let p = parse(&page);
    let html_tag = p.all("html").next().unwrap();
    assert_eq!(html_tag.attr("lang"), Some("en"));
    assert_eq!(p.count("main"), 1);
    assert_eq!(p.count("article"), 1);
    assert_eq!(p.count("section"), 3, "legend, text, profile");
    assert!(p.tags.iter().any(|t| t.attr("lang") == Some("fr")));

    // The CSP forbids everything but the page's own stylesheet, named by its hash.
    let csp = p
        .all("meta")
        .find(|m| m.attr("http-equiv") == Some("Content-Security-Policy"))
        .and_then(|m| m.attr("content"))
        .expect("a CSP meta tag");
    assert!(csp.starts_with("default-src 'none'; "), "{csp}");
    let style = page
        .split("<style>")
        .nth(1)
        .unwrap()
        .split("</style>")
        .next()
        .unwrap();
    let digest = Sha256::digest(style.as_bytes());
    let hash = html::escape::base64(&digest);
    assert!(csp.contains(&format!("style-src 'sha256-{hash}'")), "{csp}");
    assert!(!page.contains("<script") && !page.contains("style=\""));

    // Sentences: one list item each, with a voice label and the editorial marker.
    let sentences: Vec<_> = p
        .all("li")
        .filter(|t| t.has_class("s") && t.attr("value").is_some())
        .collect();
    let a = analyse_fixture("reportage.txt");
    assert_eq!(sentences.len(), a.sentences.len());
    for (t, s) in sentences.iter().zip(&a.sentences) {
        assert!(t.has_class(&format!("v-{}", s.voice.as_str())));
        assert_eq!(t.has_class("ed"), s.editorial);
    }
    let editorial = a.sentences.iter().filter(|s| s.editorial).count();
    assert!(editorial >= 2, "the fixture has editorial sentences");
    assert_eq!(
        page.matches("class=\"edflag\">◆ editorial").count(),
        editorial + 1,
        "one per editorial sentence, one in the legend"
    );
    assert_eq!(
        page.matches("<p class=\"why-h\">Why it is editorial:</p>")
            .count(),
        editorial
    );

    // Hits: focusable marks whose title gives the category, weight, lexicon line and status.
    let marks: Vec<_> = p
        .all("mark")
        .filter(|m| m.attr("tabindex") == Some("0"))
        .collect();
    assert!(marks.len() >= 4);
    let fiasco = marks
        .iter()
        .find_map(|m| m.attr("title").filter(|t| t.contains("« fiasco »")))
        .expect("the loaded word is marked");
    assert!(
        fiasco.contains("verdicts (loaded) · Loaded_Language · weight 2.0"),
        "{fiasco}"
    );
    assert!(fiasco.contains("verdicts.tsv:5"), "{fiasco}");
    assert!(fiasco.contains("scored: +2.0"), "{fiasco}");
    assert!(
        marks.iter().any(|m| m
            .attr("title")
            .is_some_and(|t| t.contains("not scored: hedge categories are counted"))),
        "the hedge says why it does not score"
    );

    // Quotations are listed under their sentence.
    assert!(page.contains("<span class=\"qk\">direct quotation</span>"));

    // Charts: labelled SVG inside figures with captions; tables with scoped headers.
    let charts: Vec<_> = p
        .all("svg")
        .filter(|s| s.attr("role") == Some("img"))
        .collect();
    assert!(charts.len() >= 2);
    for c in &charts {
        let ids = c.attr("aria-labelledby").unwrap();
        for id in ids.split(' ') {
            assert!(page.contains(&format!("id=\"{id}\"")), "{id} is defined");
        }
    }
    assert_eq!(p.count("figure"), p.count("figcaption"));
    assert!(p.all("th").filter(|t| t.attr("scope").is_some()).count() > 10);
    assert!(page.contains("Key numbers"));
}

#[test]
fn one_page_holds_several_articles_with_distinct_anchors() {
    let a = analyse_fixture("reportage.txt");
    let b = analyse_fixture("hostile.txt");
    let mut out = Vec::new();
    let mut page = ScorePage::begin(&mut out, "deux articles").unwrap();
    page.article(&mut out, &a).unwrap();
    page.article(&mut out, &b).unwrap();
    page.finish(&mut out).unwrap();
    let s = String::from_utf8(out).unwrap();
    let p = parse(&s);
    assert_eq!(p.count("article"), 2);
    assert_eq!(p.count("html"), 1);
    assert!(s.contains("id=\"a1\"") && s.contains("id=\"a2\""));
    assert!(s.contains("id=\"a2-s1\""));
    assert_eq!(s.matches("id=\"legend-h\"").count(), 1);
}

#[test]
fn a_page_without_articles_says_so() {
    let mut out = Vec::new();
    ScorePage::begin(&mut out, "vide")
        .unwrap()
        .finish(&mut out)
        .unwrap();
    let s = String::from_utf8(out).unwrap();
    parse(&s);
    assert!(s.contains("No article was analysed."));
}

/// The text of every `<p class="tx">`, decoded: what the page shows of each sentence.
fn shown_sentences(page: &str) -> Vec<String> {
    page.split("<p class=\"tx\" lang=\"fr\">")
        .skip(1)
        .map(|chunk| {
            let body = chunk.split("</p>").next().unwrap();
            let mut text = String::new();
            let mut in_tag = false;
            for c in body.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            html_support::decode(&text)
        })
        .collect()
}

fn article_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Le ministre",
        " a déclaré",
        " que",
        " « ",
        " »",
        " \"",
        "<b>",
        "</p>",
        "&amp;",
        " & ",
        "'",
        "’",
        "\u{a0}:",
        "\u{202f}!",
        " ?",
        ". ",
        ".\n",
        "\r\n",
        "\n\n",
        "junte",
        " scandale",
        " comme par hasard",
        ", semble-t-il,",
        " honteux",
        " — ",
        "Il a martelé",
        " selon lui",
        "<script>x()</script>",
        "é",
        "\u{1F600}",
    ]);
    prop::collection::vec(pieces, 1..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever the text, the page is well formed, holds only the page's own elements, and
    /// shows every sentence's exact text (line ends aside).
    #[test]
    fn any_article_gives_a_well_formed_page(text in article_text()) {
        let article = cadrage::Article::from_text("essai", text);
        let a = analyzer().analyze(&article);
        let mut out = Vec::new();
        html::write_article_page(&mut out, &a).unwrap();
        let page = String::from_utf8(out).unwrap();
        parse(&page);
        let shown = shown_sentences(&page);
        prop_assert_eq!(shown.len(), a.sentences.len());
        for (got, s) in shown.iter().zip(&a.sentences) {
            prop_assert_eq!(got, &s.text.replace('\r', ""));
        }
    }
}

#[test]
fn hostile_values_in_attributes_stay_inside_them() {
    let mut a = analyse_fixture("reportage.txt");
    let evil = "\"><img src=x onerror=alert(1)> ' onmouseover='alert(2)";
    let hit = a.hits.iter_mut().find(|h| h.scored).expect("a scored hit");
    hit.category = evil.into();
    hit.lexicon = evil.into();
    let q = a
        .quotes
        .iter_mut()
        .find(|q| q.speaker.is_some())
        .expect("a quotation with a speaker");
    if let Some(sp) = q.speaker.as_mut() {
        sp.name = evil.into();
        sp.text = evil.into();
    }
    a.sentences[0].speaker = Some(evil.into());
    a.url = Some(format!("https://exemple.org/{evil}"));
    let mut out = Vec::new();
    html::write_article_page(&mut out, &a).unwrap();
    let page = String::from_utf8(out).unwrap();
    let p = parse(&page);
    assert!(!page.contains("<img"));
    let titles: Vec<&str> = p
        .all("mark")
        .filter_map(|m| m.attr("title"))
        .filter(|t| t.contains(evil))
        .collect();
    assert_eq!(
        titles.len(),
        1,
        "the hit's title holds the value, decoded back whole"
    );
    let link = p.all("a").find_map(|t| t.attr("href")).unwrap();
    assert_eq!(link, format!("https://exemple.org/{evil}"));
    assert!(
        p.text.matches(evil).count() >= 3,
        "speaker and sentence speaker shown as text"
    );
    for t in &p.tags {
        assert!(t.attrs.iter().all(|(n, _)| !n.starts_with("on")));
    }
}

#[test]
fn score_command_writes_one_page_for_all_files() {
    let fx = html_support::fixtures();
    let output = assert_cmd::Command::cargo_bin("cadrage")
        .unwrap()
        .args([
            "score",
            "--format",
            "html",
            "--no-default-lexicons",
            "--lexicon",
        ])
        .arg(fx.join("lexicon"))
        .arg(fx.join("reportage.txt"))
        .arg(fx.join("hostile.txt"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let page = String::from_utf8(output.stdout).unwrap();
    let p = parse(&page);
    assert_eq!(p.count("article"), 2);
    assert!(page.contains("<title>cadrage · À Kalembé, la junte ferme le barrage"));
    assert!(page.ends_with("</html>\n"));
}
