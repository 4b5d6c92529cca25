//! The corpus page of `report --format html`: the comparison, the index and the article views,
//! with a size bounded by its options whatever the corpus. The test on the samples writes the
//! page to `$CADRAGE_HTML_PAGES/corpus.html` when that variable is set, for the browser tests.

mod html_support;

use std::path::Path;

use cadrage::corpus::compare::{Accumulator, CompareOptions, compare};
use cadrage::corpus::summary::{ArticleSummary, GroupBy, KeynessMode};
use cadrage::lexicon::{LexiconSet, LoadOptions};
use cadrage::output::html::{
    Comparison, CorpusPage, CorpusPageOptions, Estimate, KeyTerm, LabelShare, OutletSummary,
};
use cadrage::{Analyzer, AnalyzerOptions};
use html_support::{analyse_fixture, parse, read};

fn estimate(value: f64, low: f64, high: f64, differs: &[&str]) -> Estimate {
    Estimate {
        value,
        low: Some(low),
        high: Some(high),
        differs_from: differs.iter().map(|s| s.to_string()).collect(),
    }
}

fn hand_comparison() -> Comparison {
    let outlet = |name: &str, ed: Estimate| OutletSummary {
        outlet: name.into(),
        articles: 2,
        editorial_ratio: ed,
        loaded_rate: estimate(4.0, 1.0, 7.5, &[]),
        quoted_share: estimate(0.2, 0.1, 0.3, &[]),
        sources: estimate(1.5, 1.0, 2.0, &[]),
    };
    Comparison {
        group_by: "outlet".into(),
        outlets: vec![
            outlet(
                "Le Courrier des Lacs",
                estimate(0.36, 0.3, 0.42, &["<b>Vigie</b>"]),
            ),
            outlet(
                "<b>Vigie</b>",
                estimate(0.1, 0.05, 0.15, &["Le Courrier des Lacs"]),
            ),
        ],
        paired_labels: vec![
            LabelShare {
                outlet: "Le Courrier des Lacs".into(),
                group: "gouvernement_militaire".into(),
                label: "junte".into(),
                author: 3,
                quoted: 0,
                share: 0.75,
            },
            LabelShare {
                outlet: "Le Courrier des Lacs".into(),
                group: "gouvernement_militaire".into(),
                label: "autorités de transition".into(),
                author: 1,
                quoted: 2,
                share: 0.25,
            },
        ],
        keyness: vec![KeyTerm {
            outlet: "Le Courrier des Lacs".into(),
            term: "fiasco <i>".into(),
            category: "verdicts".into(),
            outlet_count: 6,
            rest_count: 0,
            g2: 9.3,
            p: 0.002,
        }],
        bootstrap: Some(2000),
        seed: Some(7),
    }
}

#[test]
fn index_links_only_to_the_views_on_the_page() {
    let a = analyse_fixture("reportage.txt");
    let b = analyse_fixture("hostile.txt");
    let mut page = CorpusPage::new(CorpusPageOptions {
        max_views: 1,
        max_index: 2,
        ..CorpusPageOptions::default()
    });
    page.add(&a);
    page.add(&b);
    page.add(&a);
    assert_eq!((page.articles(), page.viewed()), (3, 1));
    let mut out = Vec::new();
    page.finish(&mut out, &hand_comparison()).unwrap();
    let s = String::from_utf8(out).unwrap();
    let p = parse(&s);
    assert_eq!(p.count("article"), 1);
    let links: Vec<&str> = p
        .all("a")
        .filter_map(|t| t.attr("href"))
        .filter(|h| h.starts_with('#'))
        .collect();
    assert_eq!(links, vec!["#a1"]);
    assert!(s.contains("id=\"a1\""));
    assert!(s.contains("The index lists the first 2 of 3 articles"));
    assert_eq!(s.matches("<tr><td class=\"n\">").count(), 2);
    // The comparison's names are escaped like everything else.
    assert!(p.text.contains("<b>Vigie</b>"));
    assert!(p.text.contains("fiasco <i>"));
    assert!(p.text.contains("differs from <b>Vigie</b>"));
    // Interval chart: a point and an interval per outlet, in both interval charts.
    assert_eq!(s.matches("<circle class=\"pt\"").count(), 4);
    // Paired labels: one chart for the referent.
    assert!(s.contains("Labels chosen for gouvernement_militaire"));
}

#[test]
fn a_large_corpus_keeps_the_page_bounded() {
    let a = analyse_fixture("reportage.txt");
    let mut one = Vec::new();
    cadrage::output::html::write_article_page(&mut one, &a).unwrap();
    let mut page = CorpusPage::new(CorpusPageOptions {
        max_views: 3,
        max_index: 50,
        ..CorpusPageOptions::default()
    });
    for _ in 0..2_000 {
        page.add(&a);
    }
    let mut out = Vec::new();
    page.finish(&mut out, &Comparison::default()).unwrap();
    let s = String::from_utf8(out).unwrap();
    parse(&s);
    assert_eq!(s.matches("<article ").count(), 3);
    assert_eq!(s.matches("<tr><td class=\"n\">").count(), 50);
    assert!(
        s.len() < 3 * one.len() + 50 * 1_000 + 50_000,
        "{} bytes for 2,000 articles",
        s.len()
    );
    assert!(s.contains("No group to compare."));
}

#[test]
fn the_view_budget_in_bytes_stops_views_early() {
    let a = analyse_fixture("reportage.txt");
    let mut page = CorpusPage::new(CorpusPageOptions {
        max_views: 100,
        max_view_bytes: 1,
        ..CorpusPageOptions::default()
    });
    for _ in 0..5 {
        page.add(&a);
    }
    assert_eq!(
        page.viewed(),
        1,
        "the first view is kept, then the budget is spent"
    );
}

/// The samples through the real comparison (bootstrap included), as `report` will do it.
#[test]
fn the_samples_compared_on_one_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let lexicons = LexiconSet::load(&LoadOptions {
        builtin: true,
        paths: Vec::new(),
    })
    .expect("the built-in lexicons load");
    let analyzer = Analyzer::new(lexicons, AnalyzerOptions::default()).unwrap();
    let options = CompareOptions {
        by: GroupBy::Outlet,
        bootstrap: 500,
        ..CompareOptions::default()
    };
    let mut acc = Accumulator::new(options.by);
    let mut page = CorpusPage::new(CorpusPageOptions {
        title: "cadrage · samples".into(),
        max_views: 3,
        ..CorpusPageOptions::default()
    });
    let outlets = ["depeche-continentale", "quotidien-du-soir", "vigie-sahel"];
    for article in read(outlets.iter().map(|o| root.join(o)).collect()) {
        let a = analyzer.analyze(&article);
        acc.add(&ArticleSummary::from_analysis(&a, KeynessMode::Terms));
        page.add(&a);
    }
    assert_eq!(page.articles(), 12);
    let cmp = Comparison::from_compare(&compare(acc, &options), &options);
    assert_eq!(cmp.outlets.len(), 3);
    let mut out = Vec::new();
    page.finish(&mut out, &cmp).unwrap();
    let s = String::from_utf8(out).unwrap();
    parse(&s);
    assert_eq!(s.matches("<circle class=\"pt\"").count(), 6);
    for o in &cmp.outlets {
        assert!(s.contains(&format!("<th scope=\"row\">{}</th>", o.outlet)));
    }
    if let Some(dir) = std::env::var_os("CADRAGE_HTML_PAGES") {
        std::fs::write(Path::new(&dir).join("corpus.html"), &s).unwrap();
    }
}
