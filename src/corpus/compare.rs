//! Outlets compared: article summaries gathered per group, then the statistics of
//! `outlets.csv`, `keyness.csv`, `paired_labels.csv` and `outlet_actors.csv`.
//!
//! Memory: each group keeps 64 bytes per article ([`ArticleMetrics`], resampled by the
//! bootstrap) plus one counter per distinct keyness term, paired label and actor it used.
//! With lexicon terms that is a few thousand counters per group whatever the corpus size; with
//! `--keyness words` it grows with the vocabulary of the group (typically 10⁴–10⁵ words,
//! about 100 bytes each). Every sum is exact (integers; actor weights in millionths), so the
//! result does not depend on the order in which articles arrive: shards merge exactly.

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;

use crate::profile::{StanceCounts, round6};

use super::stats::{self, Interval};
use super::summary::{ArticleMetrics, ArticleSummary, GroupBy, KeynessMode, TermKey};

/// Default number of bootstrap resamples.
pub const DEFAULT_BOOTSTRAP: usize = 2000;
/// Default seed of the bootstrap.
pub const DEFAULT_SEED: u64 = 20260328;
/// Default minimum corpus frequency of a keyness term.
pub const DEFAULT_MIN_FREQ: u64 = 5;
/// Actors and terms named in `outlets.csv` and the text table.
pub const TOP: usize = 5;

/// Settings of a comparison.
#[derive(Clone, Debug, Serialize)]
pub struct CompareOptions {
    pub by: GroupBy,
    pub keyness: KeynessMode,
    pub bootstrap: usize,
    pub seed: u64,
    /// A term is listed in keyness.csv when the whole corpus uses it at least this often.
    pub min_freq: u64,
}

impl Default for CompareOptions {
    fn default() -> CompareOptions {
        CompareOptions {
            by: GroupBy::Outlet,
            keyness: KeynessMode::Terms,
            bootstrap: DEFAULT_BOOTSTRAP,
            seed: DEFAULT_SEED,
            min_freq: DEFAULT_MIN_FREQ,
        }
    }
}

#[derive(Clone, Debug, Default)]
struct GroupAcc {
    articles: Vec<ArticleMetrics>,
    stances: StanceCounts,
    /// (referent, label) → (author, quoted).
    paired: BTreeMap<(String, String), (u64, u64)>,
    /// actor → (hits, weight in millionths).
    actors: BTreeMap<String, (u64, i64)>,
    terms: BTreeMap<TermKey, u64>,
}

/// Article summaries gathered per group.
#[derive(Clone, Debug, Default)]
pub struct Accumulator {
    pub by: GroupBy,
    groups: BTreeMap<String, GroupAcc>,
}

fn micro(w: f64) -> i64 {
    (w * 1e6).round() as i64
}

impl Accumulator {
    pub fn new(by: GroupBy) -> Accumulator {
        Accumulator {
            by,
            groups: BTreeMap::new(),
        }
    }

    fn group(&mut self, key: String) -> &mut GroupAcc {
        self.groups.entry(key).or_default()
    }

    /// The group an article with this outlet and date falls in.
    pub fn key(&self, outlet: Option<&str>, date: Option<&str>) -> String {
        self.by.key(outlet, date)
    }

    /// Adds one article.
    pub fn add(&mut self, s: &ArticleSummary) {
        let key = self.key(s.outlet.as_deref(), s.date.as_deref());
        self.add_metrics(&key, s.metrics, &s.stances);
        for p in &s.paired {
            self.add_paired(&key, &p.group, &p.label, p.author, p.quoted);
        }
        for a in &s.actors {
            self.add_actor(&key, &a.actor, a.hits as u64, a.weight);
        }
        let g = self.group(key);
        for (t, n) in &s.terms {
            *g.terms.entry(t.clone()).or_default() += n;
        }
    }

    /// Adds the resampled numbers and stance counts of one article to group `key`.
    pub fn add_metrics(&mut self, key: &str, m: ArticleMetrics, stances: &StanceCounts) {
        let g = self.group(key.to_string());
        g.articles.push(m);
        g.stances.neutral += stances.neutral;
        g.stances.endorsing += stances.endorsing;
        g.stances.distancing += stances.distancing;
        g.stances.loaded += stances.loaded;
    }

    pub fn add_paired(&mut self, key: &str, group: &str, label: &str, author: u64, quoted: u64) {
        let e = self
            .group(key.to_string())
            .paired
            .entry((group.to_string(), label.to_string()))
            .or_default();
        e.0 += author;
        e.1 += quoted;
    }

    pub fn add_actor(&mut self, key: &str, actor: &str, hits: u64, weight: f64) {
        let e = self
            .group(key.to_string())
            .actors
            .entry(actor.to_string())
            .or_default();
        e.0 += hits;
        e.1 += micro(weight);
    }

    pub fn add_term(&mut self, key: &str, term: TermKey, count: u64) {
        *self.group(key.to_string()).terms.entry(term).or_default() += count;
    }

    /// Number of articles gathered.
    pub fn articles(&self) -> usize {
        self.groups.values().map(|g| g.articles.len()).sum()
    }
}

/// A mean or rate with its bootstrap interval and the groups it differs from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Estimate {
    pub value: f64,
    pub interval: Option<(f64, f64)>,
    pub differs_from: Vec<String>,
}

/// One row of `outlets.csv`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutletStats {
    pub outlet: String,
    pub articles: usize,
    pub sentences: u64,
    pub words: u64,
    pub author_words: u64,
    pub editorial_sentences: u64,
    pub editorial_ratio: Estimate,
    pub loaded_hits: u64,
    pub loaded_rate: Estimate,
    pub loaded_rate_ratio: Option<f64>,
    pub loaded_rate_ratio_interval: Option<(f64, f64)>,
    pub quoted_share: Estimate,
    pub sources: Estimate,
    pub verbs: usize,
    pub stance_neutral: f64,
    pub stance_endorsing: f64,
    pub stance_distancing: f64,
    pub stance_loaded: f64,
    pub top_actors: Vec<(String, u64)>,
    pub top_terms: Vec<String>,
}

/// One row of `keyness.csv`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KeynessRow {
    pub outlet: String,
    pub term: String,
    pub category: String,
    pub kind: String,
    pub outlet_count: u64,
    pub rest_count: u64,
    pub outlet_rate: f64,
    pub rest_rate: f64,
    pub g2: f64,
    pub p: f64,
    pub chi2: f64,
}

/// One row of `paired_labels.csv`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PairedRow {
    pub outlet: String,
    pub group: String,
    pub label: String,
    pub author: u64,
    pub quoted: u64,
    pub share: f64,
}

/// One row of `outlet_actors.csv`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutletActorRow {
    pub outlet: String,
    pub actor: String,
    pub hits: u64,
    pub weight: f64,
    pub share: f64,
}

/// The whole comparison.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Comparison {
    pub outlets: Vec<OutletStats>,
    pub keyness: Vec<KeynessRow>,
    pub paired_labels: Vec<PairedRow>,
    pub actors: Vec<OutletActorRow>,
}

fn share(n: u64, total: u64) -> f64 {
    if total == 0 {
        0.0
    } else {
        round6(n as f64 / total as f64)
    }
}

fn per_thousand(n: u64, words: u64) -> f64 {
    if words == 0 {
        0.0
    } else {
        round6(n as f64 * 1000.0 / words as f64)
    }
}

fn round_interval(i: Option<Interval>) -> Option<(f64, f64)> {
    i.map(|i| (round6(i.low), round6(i.high)))
}

/// Estimates for one group: the four bootstrapped statistics.
fn estimates(name: &str, articles: &[ArticleMetrics], options: &CompareOptions) -> [Estimate; 4] {
    let n = articles.len();
    let mean_of = |f: fn(&ArticleMetrics) -> f64| {
        round6(stats::mean(&articles.iter().map(f).collect::<Vec<_>>()))
    };
    let loaded: u64 = articles.iter().map(|a| a.loaded_hits).sum();
    let words: u64 = articles.iter().map(|a| a.author_words).sum();
    let values = [
        mean_of(|a| a.editorial_ratio),
        per_thousand(loaded, words),
        mean_of(|a| a.quoted_share),
        mean_of(|a| a.distinct_speakers as f64),
    ];
    let mut rng = stats::group_rng(options.seed, name);
    let intervals = stats::bootstrap(n, options.bootstrap, &mut rng, 4, |idx, out| {
        let (mut er, mut qs, mut sp, mut hits, mut aw) = (0.0, 0.0, 0.0, 0u64, 0u64);
        let k = idx.size() as f64;
        for i in idx {
            let a = &articles[i];
            er += a.editorial_ratio;
            qs += a.quoted_share;
            sp += a.distinct_speakers as f64;
            hits += a.loaded_hits;
            aw += a.author_words;
        }
        out[0] = er / k;
        out[1] = if aw == 0 {
            f64::NAN
        } else {
            hits as f64 * 1000.0 / aw as f64
        };
        out[2] = qs / k;
        out[3] = sp / k;
    });
    std::array::from_fn(|i| Estimate {
        value: values[i],
        interval: round_interval(intervals[i]),
        differs_from: Vec::new(),
    })
}

/// Computes the comparison. Groups are processed in parallel; each has its own random stream,
/// so the result is the same whatever the number of threads.
pub fn compare(acc: Accumulator, options: &CompareOptions) -> Comparison {
    let mut groups: Vec<(String, GroupAcc)> = acc.groups.into_iter().collect();
    for (_, g) in &mut groups {
        g.articles.sort_by(ArticleMetrics::canonical_cmp);
    }
    let total_loaded: u64 = groups
        .iter()
        .flat_map(|(_, g)| &g.articles)
        .map(|a| a.loaded_hits)
        .sum();
    let total_words: u64 = groups
        .iter()
        .flat_map(|(_, g)| &g.articles)
        .map(|a| a.author_words)
        .sum();
    let keyness = keyness_rows(&groups, options.min_freq);
    let mut outlets: Vec<OutletStats> = groups
        .par_iter()
        .map(|(name, g)| {
            let [editorial_ratio, loaded_rate, quoted_share, sources] =
                estimates(name, &g.articles, options);
            let sum = |f: fn(&ArticleMetrics) -> u64| g.articles.iter().map(f).sum::<u64>();
            let loaded_hits = sum(|a| a.loaded_hits);
            let author_words = sum(|a| a.author_words);
            let rr = stats::rate_ratio(
                loaded_hits,
                author_words,
                total_loaded - loaded_hits,
                total_words - author_words,
            );
            let verbs = g.stances.total();
            let mut actors: Vec<(String, u64)> =
                g.actors.iter().map(|(a, (h, _))| (a.clone(), *h)).collect();
            actors.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            actors.truncate(TOP);
            OutletStats {
                outlet: name.clone(),
                articles: g.articles.len(),
                sentences: sum(|a| a.sentences),
                words: sum(|a| a.words),
                author_words,
                editorial_sentences: sum(|a| a.editorial_sentences),
                editorial_ratio,
                loaded_hits,
                loaded_rate,
                loaded_rate_ratio: rr.ratio.map(round6),
                loaded_rate_ratio_interval: round_interval(rr.interval),
                quoted_share,
                sources,
                verbs,
                stance_neutral: share(g.stances.neutral as u64, verbs as u64),
                stance_endorsing: share(g.stances.endorsing as u64, verbs as u64),
                stance_distancing: share(g.stances.distancing as u64, verbs as u64),
                stance_loaded: share(g.stances.loaded as u64, verbs as u64),
                top_actors: actors,
                top_terms: keyness
                    .iter()
                    .filter(|k| &k.outlet == name && k.g2 > 0.0 && k.p < 0.05)
                    .take(TOP)
                    .map(|k| k.term.clone())
                    .collect(),
            }
        })
        .collect();
    mark_differences(&mut outlets);
    Comparison {
        outlets,
        keyness,
        paired_labels: paired_rows(&groups),
        actors: actor_rows(&groups),
    }
}

/// Fills every estimate's `differs_from` with the groups whose interval does not overlap.
fn mark_differences(outlets: &mut [OutletStats]) {
    let pick: [fn(&mut OutletStats) -> &mut Estimate; 4] = [
        |o| &mut o.editorial_ratio,
        |o| &mut o.loaded_rate,
        |o| &mut o.quoted_share,
        |o| &mut o.sources,
    ];
    for f in pick {
        let intervals: Vec<(String, Option<(f64, f64)>)> = outlets
            .iter_mut()
            .map(|o| {
                let name = o.outlet.clone();
                (name, f(o).interval)
            })
            .collect();
        for o in outlets.iter_mut() {
            let name = o.outlet.clone();
            let e = f(o);
            let Some((lo, hi)) = e.interval else { continue };
            e.differs_from = intervals
                .iter()
                .filter(|(n, _)| *n != name)
                .filter_map(|(n, i)| {
                    let (l, h) = (*i)?;
                    (hi < l || h < lo).then(|| n.clone())
                })
                .collect();
        }
    }
}

fn keyness_rows(groups: &[(String, GroupAcc)], min_freq: u64) -> Vec<KeynessRow> {
    let mut totals: BTreeMap<&TermKey, u64> = BTreeMap::new();
    for (_, g) in groups {
        for (t, n) in &g.terms {
            *totals.entry(t).or_default() += n;
        }
    }
    let all_words: u64 = groups
        .iter()
        .flat_map(|(_, g)| &g.articles)
        .map(|a| a.author_words)
        .sum();
    let mut rows = Vec::new();
    for (name, g) in groups {
        let n1: u64 = g.articles.iter().map(|a| a.author_words).sum();
        let n2 = all_words - n1;
        let mut group_rows: Vec<KeynessRow> = totals
            .iter()
            .filter(|(_, total)| **total >= min_freq.max(1))
            .map(|(t, total)| {
                let a = g.terms.get(*t).copied().unwrap_or(0);
                let b = total - a;
                // A word can be split into more tokens than count_words sees (elisions), so
                // clamp the table to stay a valid 2×2 table.
                let k = stats::keyness(a, n1.max(a), b, n2.max(b));
                KeynessRow {
                    outlet: name.clone(),
                    term: t.term.clone(),
                    category: t.category.clone(),
                    kind: t.kind.clone(),
                    outlet_count: a,
                    rest_count: b,
                    outlet_rate: per_thousand(a, n1),
                    rest_rate: per_thousand(b, n2),
                    g2: round6(k.g2),
                    p: k.p,
                    chi2: round6(k.chi2),
                }
            })
            .collect();
        group_rows.sort_by(|a, b| {
            b.g2.total_cmp(&a.g2)
                .then_with(|| a.term.cmp(&b.term))
                .then_with(|| a.category.cmp(&b.category))
        });
        rows.extend(group_rows);
    }
    rows
}

fn paired_rows(groups: &[(String, GroupAcc)]) -> Vec<PairedRow> {
    let mut rows = Vec::new();
    for (name, g) in groups {
        let mut by_referent: BTreeMap<&str, u64> = BTreeMap::new();
        for ((referent, _), (author, _)) in &g.paired {
            *by_referent.entry(referent).or_default() += author;
        }
        for ((referent, label), (author, quoted)) in &g.paired {
            rows.push(PairedRow {
                outlet: name.clone(),
                group: referent.clone(),
                label: label.clone(),
                author: *author,
                quoted: *quoted,
                share: share(*author, by_referent[referent.as_str()]),
            });
        }
    }
    rows
}

fn actor_rows(groups: &[(String, GroupAcc)]) -> Vec<OutletActorRow> {
    let mut rows = Vec::new();
    for (name, g) in groups {
        let total: u64 = g.actors.values().map(|(h, _)| h).sum();
        let mut list: Vec<OutletActorRow> = g
            .actors
            .iter()
            .map(|(actor, (hits, weight))| OutletActorRow {
                outlet: name.clone(),
                actor: actor.clone(),
                hits: *hits,
                weight: round6(*weight as f64 / 1e6),
                share: share(*hits, total),
            })
            .collect();
        list.sort_by(|a, b| b.hits.cmp(&a.hits).then(a.actor.cmp(&b.actor)));
        rows.extend(list);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::summary::PairedUse;
    use crate::profile::ActorTarget;

    fn article(outlet: &str, ratio: f64, loaded: u64, words: u64) -> ArticleSummary {
        ArticleSummary {
            outlet: Some(outlet.into()),
            metrics: ArticleMetrics {
                editorial_ratio: ratio,
                sentences: 10,
                editorial_sentences: (ratio * 10.0) as u64,
                words,
                author_words: words,
                loaded_hits: loaded,
                ..ArticleMetrics::default()
            },
            ..ArticleSummary::default()
        }
    }

    fn run(articles: &[ArticleSummary]) -> Comparison {
        let mut acc = Accumulator::new(GroupBy::Outlet);
        for a in articles {
            acc.add(a);
        }
        compare(
            acc,
            &CompareOptions {
                bootstrap: 500,
                ..CompareOptions::default()
            },
        )
    }

    #[test]
    fn separated_outlets_are_marked_as_differing() {
        let mut arts = Vec::new();
        for r in [0.5, 0.6, 0.55, 0.65] {
            arts.push(article("partisan", r, 20, 1000));
        }
        for r in [0.0, 0.1, 0.05, 0.0] {
            arts.push(article("wire", r, 2, 1000));
        }
        let c = run(&arts);
        let p = &c.outlets[0];
        assert_eq!(p.outlet, "partisan");
        assert!((p.editorial_ratio.value - 0.575).abs() < 1e-9);
        let (lo, hi) = p.editorial_ratio.interval.unwrap();
        assert!(lo <= 0.575 && 0.575 <= hi);
        assert_eq!(p.editorial_ratio.differs_from, ["wire"]);
        assert_eq!(c.outlets[1].editorial_ratio.differs_from, ["partisan"]);
        // 80 loaded hits in 4,000 words: 20 per 1,000; the rest has 8 in 4,000: RR = 10.
        assert_eq!(p.loaded_rate.value, 20.0);
        assert_eq!(p.loaded_rate_ratio, Some(10.0));
    }

    #[test]
    fn the_result_does_not_depend_on_article_order() {
        let mut arts: Vec<ArticleSummary> = (0..9)
            .map(|i| {
                article(
                    ["a", "b", "c"][i % 3],
                    i as f64 / 10.0,
                    i as u64,
                    100 + i as u64,
                )
            })
            .collect();
        arts[4].actors = vec![ActorTarget {
            actor: "France".into(),
            hits: 2,
            weight: 1.1,
        }];
        arts[5].paired = vec![PairedUse {
            group: "g".into(),
            label: "junte".into(),
            author: 1,
            quoted: 0,
        }];
        let forward = run(&arts);
        arts.reverse();
        assert_eq!(forward, run(&arts));
    }

    #[test]
    fn paired_label_shares_are_within_the_outlet_and_referent() {
        let mut acc = Accumulator::new(GroupBy::Outlet);
        acc.add_metrics("o", ArticleMetrics::default(), &StanceCounts::default());
        acc.add_paired("o", "gouv", "junte", 3, 0);
        acc.add_paired("o", "gouv", "autorites", 1, 4);
        let c = compare(acc, &CompareOptions::default());
        let shares: Vec<(&str, f64)> = c
            .paired_labels
            .iter()
            .map(|r| (r.label.as_str(), r.share))
            .collect();
        assert_eq!(shares, [("autorites", 0.25), ("junte", 0.75)]);
    }

    #[test]
    fn keyness_respects_the_minimum_frequency() {
        let mut acc = Accumulator::new(GroupBy::Outlet);
        for o in ["a", "b"] {
            acc.add_metrics(
                o,
                ArticleMetrics {
                    author_words: 1000,
                    ..ArticleMetrics::default()
                },
                &StanceCounts::default(),
            );
        }
        let key = |t: &str| TermKey {
            term: t.into(),
            category: String::new(),
            kind: String::new(),
        };
        acc.add_term("a", key("rare"), 2);
        acc.add_term("a", key("frequent"), 30);
        acc.add_term("b", key("frequent"), 10);
        let c = compare(acc, &CompareOptions::default());
        assert!(c.keyness.iter().all(|k| k.term == "frequent"));
        let a = &c.keyness[0];
        assert_eq!(
            (a.outlet.as_str(), a.outlet_count, a.rest_count),
            ("a", 30, 10)
        );
        assert!(a.g2 > 10.0 && a.p < 0.01);
        assert!(c.keyness[1].g2 < 0.0);
        assert_eq!(c.outlets[0].top_terms, ["frequent"]);
    }
}
