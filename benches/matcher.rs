//! Matcher benchmarks: loading the lexicons, building the matcher, and matching an article
//! against a bare Aho-Corasick scan of the same folded text for the same literals (the floor
//! any anchored matcher pays). Uses the shipped French lexicons when they load, and otherwise
//! a generated lexicon of 3,000 entries of the same shapes.

use std::hint::black_box;
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use cadrage::lexicon::{
    Category, CategoryKind, Entry, LexiconFile, LexiconSet, LoadOptions, Matcher, VoiceScope,
};
use cadrage::normalize::{FoldOptions, Normalized};
use cadrage::span::Span;
use criterion::{Criterion, criterion_group, criterion_main};
use rand_core::Rng;
use rand_pcg::Pcg64;

/// About 3 KB of wire copy and commentary, written for this benchmark.
const ARTICLE: &str = "\
Bamako, 12 mars (AFP) – Les autorités de transition maliennes ont annoncé mardi la suspension \
de deux chaînes de télévision étrangères, accusées de « propagande » au service d’intérêts \
extérieurs. Le porte-parole du gouvernement a déclaré que la mesure resterait en vigueur \
« jusqu’à nouvel ordre ».

Selon des sources diplomatiques, Paris aurait exprimé son « incompréhension » et rappelé son \
attachement à la liberté de la presse. L’Élysée n’a pas souhaité commenter.

Pour nombre d’observateurs, cette décision s’inscrit dans une dérive autoritaire déjà \
ancienne : la junte, arrivée au pouvoir par la force, veut montrer qui est le patron face à une \
ancienne puissance coloniale accusée d’ingérence. Force est de constater que le pré carré \
africain de la France s’effrite, et que Moscou avance ses pions, avec des instructeurs que \
d’aucuns qualifient de mercenaires.

Comment expliquer, dès lors, que la CEDEAO, prétendument contrôlée depuis Paris, reste \
silencieuse ? Le fait est que l’organisation régionale, minée par ses divisions, n’a plus les \
moyens de ses menaces. Ses sanctions, jugées inefficaces par les économistes, ont surtout \
frappé les populations les plus pauvres, martèle un responsable syndical.

Sur le terrain, la situation sécuritaire demeure très préoccupante. Des groupes armés \
terroristes ont multiplié les attaques contre des postes de l’armée dans le centre du pays, \
faisant des dizaines de morts selon un bilan provisoire. Le ministre de la Défense a affirmé \
que les forces armées « montaient en puissance » et que la reconquête du territoire était \
« irréversible ».

Les partenaires occidentaux, eux, s’interrogent : faut-il maintenir l’aide au développement \
à un régime qui a renvoyé l’ambassadeur de France et chassé la mission des Nations unies ? \
Certains diplomates plaident pour le dialogue, d’autres pour la fermeté. À Bruxelles, on \
redoute un effet domino dans toute la sous-région, où la défiance envers l’ancienne métropole \
ne cesse de croître.

Quoi qu’il en soit, la population, elle, paie le prix fort : flambée des prix, écoles \
fermées, déplacés par centaines de milliers. Un drame humanitaire que la communauté \
internationale semble avoir oublié.
";

fn builtin_or_generated() -> (LexiconSet, &'static str) {
    match LexiconSet::load(&LoadOptions {
        builtin: true,
        paths: vec![],
    }) {
        Ok(set) => (set, "shipped"),
        Err(_) => (generated(3000), "generated"),
    }
}

/// A lexicon of `n` entries shaped like the shipped ones: single words, globs, phrases with
/// elisions, optional endings and gaps.
fn generated(n: usize) -> LexiconSet {
    const SYLLABLES: &[&str] = &[
        "ba", "cro", "dé", "fi", "gra", "lo", "man", "né", "pou", "ques", "ré", "sa", "ti", "vé",
        "char", "dom", "ex", "in", "ment", "tion",
    ];
    let mut rng = Pcg64::new(0xcafe_f00d_d15e_a5e5, 0x0a02_bdbf_7bb3_c0a7);
    let word = |rng: &mut Pcg64| -> String {
        let len = 2 + (rng.next_u32() % 3) as usize;
        (0..len)
            .map(|_| SYLLABLES[(rng.next_u32() as usize) % SYLLABLES.len()])
            .collect()
    };
    let mut set = LexiconSet {
        files: vec![LexiconFile {
            path: "generated.tsv".into(),
            sha256: String::new(),
            builtin: false,
        }],
        ..LexiconSet::default()
    };
    set.categories.push(Category {
        name: "generated".into(),
        description: String::new(),
        kind: CategoryKind::Loaded,
        voice: VoiceScope::Author,
        weight: 1.0,
        aliases: vec![],
        exact: false,
        file: 0,
    });
    for i in 0..n {
        let pattern = match i % 5 {
            0 => word(&mut rng),
            1 => format!("{}*", word(&mut rng)),
            2 => format!("{} de {}", word(&mut rng), word(&mut rng)),
            3 => format!("l'{} {}(e)(s)", word(&mut rng), word(&mut rng)),
            _ => format!("{} {{0,3}} {}", word(&mut rng), word(&mut rng)),
        };
        set.entries.push(Entry {
            category: 0,
            pattern,
            weight: 1.0,
            examples: vec![],
            counter_examples: vec![],
            note: String::new(),
            group: None,
            label: None,
            stance: None,
            file: 0,
            line: i as u32 + 2,
        });
    }
    set
}

/// The fastest of `n` runs of `f`, in milliseconds: on a busy machine the minimum is the
/// figure least disturbed by other processes.
fn fastest_ms<T>(n: usize, mut f: impl FnMut() -> T) -> f64 {
    (0..n)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed().as_secs_f64() * 1e3
        })
        .fold(f64::INFINITY, f64::min)
}

fn bench(c: &mut Criterion) {
    let (set, which) = builtin_or_generated();
    eprintln!(
        "fastest of 20: load {:.2} ms, matcher build {:.2} ms",
        fastest_ms(20, || LexiconSet::load(&LoadOptions {
            builtin: true,
            paths: vec![],
        })),
        fastest_ms(20, || Matcher::new(&set).unwrap()),
    );
    let matcher = Matcher::new(&set).expect("lexicon compiles");
    let span = Span::new(0, ARTICLE.len());
    eprintln!(
        "lexicon: {which}, {} entries, {} anchor literals",
        set.entries.len(),
        matcher.anchor_count()
    );

    c.bench_function("load_builtin", |b| {
        b.iter(|| {
            LexiconSet::load(&LoadOptions {
                builtin: true,
                paths: vec![],
            })
        })
    });
    c.bench_function(&format!("matcher_build/{which}"), |b| {
        b.iter(|| Matcher::new(black_box(&set)).unwrap())
    });
    c.bench_function(&format!("find_article/{which}"), |b| {
        b.iter(|| matcher.find(black_box(ARTICLE), span))
    });

    // The floor: one DFA scan of the already folded text for the same literals.
    let folded = Normalized::new(ARTICLE, span, FoldOptions::default()).text;
    let literals: Vec<String> = matcher.anchor_literals().map(str::to_string).collect();
    let ac = AhoCorasickBuilder::new()
        .kind(Some(AhoCorasickKind::DFA))
        .match_kind(MatchKind::Standard)
        .build(&literals)
        .unwrap();
    c.bench_function(&format!("ac_scan_only/{which}"), |b| {
        b.iter(|| ac.find_overlapping_iter(black_box(folded.as_str())).count())
    });
    c.bench_function("normalize_article", |b| {
        b.iter(|| Normalized::new(black_box(ARTICLE), span, FoldOptions::default()))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));
    targets = bench
}
criterion_main!(benches);
