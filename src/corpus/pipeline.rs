//! Parallel analysis of a stream of inputs, delivered in input order with bounded memory.
//!
//! One reader thread pulls items from the input iterator, a pool of workers runs
//! [`Analyzer::analyze`], and the calling thread hands results to a sink in input order. The
//! reader takes a permit from a bounded channel before it reads each item and the calling
//! thread gives the permit back once the item's result has gone to the sink, so at most
//! `window` items are ever between reading and writing: a slow giant article holds back the
//! reader instead of letting the reorder buffer grow. Memory is therefore bounded by `window`
//! articles and analyses, whatever the size of the corpus.
//!
//! A worker that finds several items waiting takes up to [`BATCH`] of them at once and hands
//! their outcomes back in one message, so the calling thread (and, through the permits it gives
//! back together, the reader) is woken once per batch rather than once per article: waking a
//! parked thread costs a futex call, a context switch and crossbeam's spinning before it parks,
//! several per cent of a run when done for every article. A worker never waits to fill a batch
//! (it takes only what is already queued), so an article read alone is analysed and delivered
//! as soon as before; the outcomes of a batch reach the sink together, once its last article
//! is analysed, and always in input order whatever the batches.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, Ordering};

use crossbeam_channel::{bounded, unbounded};

use crate::analysis::{Analyzer, ArticleAnalysis};
use crate::input::{InputItem, Skipped};

/// What the sink receives for each input item, in input order.
#[derive(Debug)]
pub enum Outcome {
    Analysed(Box<ArticleAnalysis>),
    Skipped(Skipped),
}

/// The number of items in flight for `jobs` workers: enough to keep every worker busy while
/// the sink waits for a slow article, with a batch of [`BATCH`] being analysed by each.
pub fn window(jobs: usize) -> usize {
    jobs.max(1) * 8
}

/// The most items a worker takes at once.
pub const BATCH: usize = 6;

/// The number of workers when none is asked for: every core.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Analyses `items` with `jobs` workers and calls `sink` with each outcome in input order.
///
/// Reading stops as soon as `stop` is set (SIGINT) or the sink fails; items already read are
/// still analysed and delivered (unless the sink failed), so the caller always knows exactly
/// which inputs made it. An article whose analysis panics is delivered as skipped, with the
/// reason, so that one bad input cannot abort a run over millions.
pub fn analyze_ordered<I, F, E>(
    analyzer: &Analyzer,
    items: I,
    jobs: usize,
    stop: &AtomicBool,
    mut sink: F,
) -> Result<(), E>
where
    I: Iterator<Item = InputItem> + Send,
    F: FnMut(Outcome) -> Result<(), E>,
{
    let jobs = jobs.max(1);
    std::thread::scope(|scope| {
        let (permit_tx, permit_rx) = bounded::<()>(window(jobs));
        let (work_tx, work_rx) = unbounded::<(u64, InputItem)>();
        let (done_tx, done_rx) = unbounded::<Vec<(u64, Outcome)>>();

        scope.spawn(move || {
            let mut items = items;
            let mut seq = 0u64;
            while !stop.load(Ordering::SeqCst) {
                if permit_tx.send(()).is_err() {
                    break;
                }
                let Some(item) = items.next() else { break };
                if work_tx.send((seq, item)).is_err() {
                    break;
                }
                seq += 1;
            }
        });
        for _ in 0..jobs {
            let work_rx = work_rx.clone();
            let done_tx = done_tx.clone();
            scope.spawn(move || {
                // Wait for one item, then take the ones already queued behind it, up to BATCH.
                while let Ok(first) = work_rx.recv() {
                    let mut batch = Vec::with_capacity(BATCH);
                    batch.push(first);
                    while batch.len() < BATCH {
                        match work_rx.try_recv() {
                            Ok(next) => batch.push(next),
                            Err(_) => break,
                        }
                    }
                    let outcomes: Vec<(u64, Outcome)> = batch
                        .into_iter()
                        .map(|(seq, item)| (seq, outcome(analyzer, item)))
                        .collect();
                    if done_tx.send(outcomes).is_err() {
                        break;
                    }
                }
            });
        }
        drop(work_rx);
        drop(done_tx);

        let mut next = 0u64;
        let mut pending: BTreeMap<u64, Outcome> = BTreeMap::new();
        for outcomes in done_rx.iter() {
            pending.extend(outcomes);
            let mut sunk = 0;
            while let Some(outcome) = pending.remove(&next) {
                sink(outcome)?;
                sunk += 1;
                next += 1;
            }
            // Give the permits back only now, the items being out of memory, and all at once,
            // so that the reader wakes once for them.
            for _ in 0..sunk {
                let _ = permit_rx.try_recv();
            }
        }
        Ok(())
    })
}

/// The analysis of one item; a panic becomes a skipped item with its reason.
fn outcome(analyzer: &Analyzer, item: InputItem) -> Outcome {
    match item {
        InputItem::Article(article) => {
            match catch_unwind(AssertUnwindSafe(|| analyzer.analyze(&article))) {
                Ok(a) => Outcome::Analysed(Box::new(a)),
                Err(panic) => Outcome::Skipped(Skipped {
                    source: article.source.clone(),
                    reason: format!("internal error while analysing: {}", panic_message(&panic)),
                }),
            }
        }
        InputItem::Skipped(s) => Outcome::Skipped(s),
    }
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        String::from("panic")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AnalyzerOptions;
    use crate::input::Article;
    use crate::lexicon::LexiconSet;

    fn analyzer() -> Analyzer {
        Analyzer::new(LexiconSet::default(), AnalyzerOptions::default()).unwrap()
    }

    fn items(n: usize) -> Vec<InputItem> {
        (0..n)
            .map(|i| {
                if i % 7 == 3 {
                    InputItem::Skipped(Skipped {
                        source: format!("bad-{i}"),
                        reason: "empty".into(),
                    })
                } else {
                    // Articles of very different lengths finish out of order.
                    let text = "Le conseil a siégé hier soir. ".repeat(1 + (i * 37) % 50);
                    InputItem::Article(Box::new(Article::from_text(format!("a{i}"), text)))
                }
            })
            .collect()
    }

    fn ids(jobs: usize, n: usize) -> Vec<String> {
        let a = analyzer();
        let stop = AtomicBool::new(false);
        let mut out = Vec::new();
        analyze_ordered(&a, items(n).into_iter(), jobs, &stop, |o| {
            out.push(match o {
                Outcome::Analysed(a) => a.id.clone(),
                Outcome::Skipped(s) => s.source,
            });
            Ok::<(), ()>(())
        })
        .unwrap();
        out
    }

    #[test]
    fn outcomes_come_in_input_order_whatever_the_workers() {
        let want: Vec<String> = (0..60)
            .map(|i| {
                if i % 7 == 3 {
                    format!("bad-{i}")
                } else {
                    format!("a{i}")
                }
            })
            .collect();
        assert_eq!(ids(1, 60), want);
        assert_eq!(ids(3, 60), want);
    }

    #[test]
    fn at_most_a_window_of_items_is_read_ahead_of_the_sink() {
        use std::sync::atomic::AtomicUsize;
        let read = AtomicUsize::new(0);
        let a = analyzer();
        let stop = AtomicBool::new(false);
        let source = items(200).into_iter().inspect(|_| {
            read.fetch_add(1, Ordering::SeqCst);
        });
        let mut written = 0usize;
        analyze_ordered(&a, source, 2, &stop, |_| {
            written += 1;
            let ahead = read.load(Ordering::SeqCst) - written;
            assert!(ahead <= window(2), "{ahead} items read ahead");
            Ok::<(), ()>(())
        })
        .unwrap();
        assert_eq!(written, 200);
    }

    #[test]
    fn an_item_is_delivered_without_waiting_for_the_next_to_fill_a_batch() {
        // The source gives item i only after the sink has seen item i - 1: a pipeline that
        // held an item back until more arrived would never deliver it.
        use std::sync::mpsc;
        use std::time::Duration;
        let a = analyzer();
        let stop = AtomicBool::new(false);
        for jobs in [1, 2] {
            let (seen_tx, seen_rx) = mpsc::channel::<usize>();
            let mut all = items(20).into_iter().enumerate();
            let source = std::iter::from_fn(move || {
                let (i, item) = all.next()?;
                if i > 0 {
                    let got = seen_rx
                        .recv_timeout(Duration::from_secs(20))
                        .expect("the previous item was never delivered");
                    assert_eq!(got, i - 1);
                }
                Some(item)
            });
            let mut n = 0usize;
            analyze_ordered(&a, source, jobs, &stop, |_| {
                let _ = seen_tx.send(n);
                n += 1;
                Ok::<(), ()>(())
            })
            .unwrap();
            assert_eq!(n, 20);
        }
    }

    #[test]
    fn a_stop_ends_reading_and_a_failing_sink_ends_the_run() {
        let a = analyzer();
        let stop = AtomicBool::new(true);
        let mut n = 0;
        analyze_ordered(&a, items(50).into_iter(), 2, &stop, |_| {
            n += 1;
            Ok::<(), ()>(())
        })
        .unwrap();
        assert_eq!(n, 0);
        let go = AtomicBool::new(false);
        let mut seen = 0;
        let r = analyze_ordered(&a, items(500).into_iter(), 2, &go, |_| {
            seen += 1;
            if seen == 5 { Err("disk full") } else { Ok(()) }
        });
        assert_eq!(r, Err("disk full"));
        assert_eq!(seen, 5);
    }
}
