//! `cadrage report`: a whole corpus into tidy CSV tables (or JSON Lines), a codebook and a
//! manifest, streaming, on every core, with bounded memory.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use cadrage::analysis::DEFAULT_THRESHOLD;
use cadrage::corpus::compare::{
    Accumulator, CompareOptions, DEFAULT_BOOTSTRAP, DEFAULT_MIN_FREQ, DEFAULT_SEED, compare,
};
use cadrage::corpus::manifest::{Manifest, Parameters};
use cadrage::corpus::outdir::{OutDir, TableFile};
use cadrage::corpus::pipeline::{Outcome, analyze_ordered, default_jobs};
use cadrage::corpus::summary::{ArticleSummary, GroupBy, KeynessMode};
use cadrage::corpus::{render, rows, tables};
use cadrage::error::exit;
use cadrage::input::{ReadOptions, Skipped, read_inputs};
use cadrage::output::html::{Comparison, CorpusPage, CorpusPageOptions};
use cadrage::output::{self, csv::sentence_rows};
use cadrage::{AnalyzerOptions, ArticleAnalysis};

use super::common::{LexiconFlags, WordModelFlag, finite_threshold, usage_error};

#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Formats:
  csv    DIR/articles.csv, sentences.csv, hits.csv, quotes.csv, speakers.csv,
         categories.csv, frames.csv, actors.csv (one row per article, sentence, hit…),
         outlets.csv, keyness.csv, paired_labels.csv, outlet_actors.csv (the outlet
         comparison of `cadrage compare`), codebook.md (every column of every table) and
         manifest.json (version, lexicon hashes, parameters, inputs, skipped inputs)
  html   the CSV tables and codebook above, plus DIR/report.html: a self-contained page
         comparing the outlets (intervals, paired labels, keyness) with an index of the
         articles and the full views of the first ones (bounds in docs/html.md)
  jsonl  one analysis per line (the document of `score --format json`, compact) in
         DIR/articles.jsonl, or on standard output with `--out -` (the default when the
         input is `-`): `cadrage report - --format jsonl` is a streaming mapper

Tables appear only when the run completes: they are written to temporary files in DIR and
renamed at the end. An interrupted or failed run leaves earlier tables untouched and a
manifest with \"complete\": false and the reason. Tables are byte-identical whatever --jobs.")]
pub struct ReportArgs {
    /// Article files (text, JSONL, CSV), folders of outlet folders, or `-` for standard input.
    #[arg(required = true, value_name = "CORPUS")]
    pub inputs: Vec<PathBuf>,
    /// Output folder, or `-` for JSON Lines on standard output.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "csv")]
    pub format: ReportFormat,
    /// Worker threads (default: every core).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
    /// A sentence whose score reaches this value is flagged editorial.
    #[arg(long, default_value_t = DEFAULT_THRESHOLD, value_name = "SCORE",
          value_parser = finite_threshold)]
    pub threshold: f64,
    #[command(flatten)]
    pub word_model: WordModelFlag,
    /// Bootstrap resamples for the intervals of outlets.csv.
    #[arg(long, default_value_t = DEFAULT_BOOTSTRAP, value_name = "B")]
    pub bootstrap: usize,
    /// Seed of the bootstrap.
    #[arg(long, default_value_t = DEFAULT_SEED, value_name = "S")]
    pub seed: u64,
    /// Minimum corpus frequency of a term listed in keyness.csv.
    #[arg(long, default_value_t = DEFAULT_MIN_FREQ, value_name = "N")]
    pub min_freq: u64,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
    /// Make the CSV tables safe to open in a spreadsheet: a text cell starting with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return gets a leading `'`, so it is never run as a
    /// formula. Off by default, since it changes the data (French dialogue lines start with a
    /// dash).
    #[arg(long)]
    pub excel_safe: bool,
    #[command(flatten)]
    pub lexicons: LexiconFlags,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Csv,
    Html,
    Jsonl,
}

/// Set by SIGINT: stop reading, finish what is in flight, and say so.
pub(super) static STOP: AtomicBool = AtomicBool::new(false);

/// A first SIGINT sets [`STOP`]; a second one exits at once with status 130.
pub(super) fn handle_sigint() -> anyhow::Result<()> {
    use signal_hook::consts::SIGINT;
    signal_hook::flag::register_conditional_shutdown(SIGINT, exit::INTERRUPTED, &STOP)?;
    signal_hook::flag::register(SIGINT, &STOP)?;
    Ok(())
}

/// A spinner counting articles on stderr, when stderr is a terminal and not `--quiet`.
pub(super) fn progress(quiet: bool) -> Option<ProgressBar> {
    if quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new_spinner().with_style(
        ProgressStyle::with_template("{spinner} {pos} articles  {per_sec}  {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(120));
    Some(bar)
}

/// Prints a skipped input on stderr (above the progress bar) and records it.
pub(super) fn report_skipped(bar: &Option<ProgressBar>, manifest: &mut Manifest, s: Skipped) {
    let line = format!("cadrage: skipped {}: {}", s.source, s.reason);
    match bar {
        Some(b) => b.suspend(|| eprintln!("{line}")),
        None => eprintln!("{line}"),
    }
    manifest.skip(s);
}

/// The inputs as given, for the manifest.
pub(super) fn input_names(inputs: &[PathBuf]) -> Vec<String> {
    inputs.iter().map(|p| p.display().to_string()).collect()
}

/// The exit status of a run that completed.
pub(super) fn final_status(manifest: &Manifest) -> i32 {
    if manifest.counts.skipped > 0 {
        eprintln!(
            "cadrage: {} input(s) skipped; they are listed above{}",
            manifest.counts.skipped,
            if manifest.files.is_empty() {
                ""
            } else {
                " and in manifest.json"
            }
        );
        exit::SKIPPED
    } else {
        exit::OK
    }
}

pub fn run(args: ReportArgs) -> anyhow::Result<i32> {
    let stdin_only = args.inputs.iter().all(|p| p == Path::new("-"));
    let to_stdout = match (&args.out, args.format) {
        (Some(out), ReportFormat::Jsonl) => out == Path::new("-"),
        (None, ReportFormat::Jsonl) if stdin_only => true,
        (Some(out), ReportFormat::Csv | ReportFormat::Html) if out == Path::new("-") => {
            usage_error(
                "report",
                "--out -: CSV tables need a folder; use --format jsonl for standard output",
            )
        }
        (None, _) => usage_error(
            "report",
            "--out DIR is required (JSON Lines go to standard output without it only when the \
             input is `-`)",
        ),
        _ => false,
    };
    let jobs = args.jobs.unwrap_or_else(default_jobs).max(1);
    let analyzer = args.lexicons.analyzer(AnalyzerOptions {
        threshold: args.threshold,
        word_model: args.word_model.enabled(),
    })?;
    handle_sigint()?;
    let mut manifest = Manifest::start(
        "report",
        Parameters {
            threshold: Some(args.threshold),
            word_model: Some(args.word_model.enabled()),
            jobs: Some(jobs),
            bootstrap: args.bootstrap,
            seed: args.seed,
            by: GroupBy::Outlet,
            keyness: KeynessMode::Terms,
            min_freq: args.min_freq,
            format: match args.format {
                ReportFormat::Csv => "csv".into(),
                ReportFormat::Html => "html".into(),
                ReportFormat::Jsonl => "jsonl".into(),
            },
            excel_safe: args.excel_safe,
            inputs: input_names(&args.inputs),
        },
    );
    manifest.lexicons = analyzer.lexicons.files.clone();
    let bar = progress(args.quiet);
    let items = read_inputs(args.inputs.clone(), ReadOptions::default());

    if to_stdout {
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        analyze_ordered(&analyzer, items, jobs, &STOP, |o| -> anyhow::Result<()> {
            match o {
                Outcome::Analysed(a) => {
                    output::write_jsonl(&mut out, &a)?;
                    manifest.counts.articles += 1;
                    if let Some(b) = &bar {
                        b.inc(1);
                    }
                }
                Outcome::Skipped(s) => report_skipped(&bar, &mut manifest, s),
            }
            Ok(())
        })?;
        out.flush()?;
        if let Some(b) = &bar {
            b.finish_and_clear();
        }
        if STOP.load(Ordering::SeqCst) {
            eprintln!("cadrage: interrupted; the output stops at the last complete line");
            return Ok(exit::INTERRUPTED);
        }
        return Ok(final_status(&manifest));
    }

    let Some(dir) = &args.out else {
        unreachable!("checked above")
    };
    let mut outdir = OutDir::create(dir)?;
    outdir.set_excel_safe(args.excel_safe);
    let result = match args.format {
        ReportFormat::Csv | ReportFormat::Html => write_csv(
            &analyzer,
            items,
            jobs,
            &bar,
            &mut outdir,
            &mut manifest,
            &args,
        ),
        ReportFormat::Jsonl => {
            write_jsonl(&analyzer, items, jobs, &bar, &mut outdir, &mut manifest)
        }
    };
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    manifest.finish();
    if let Err(e) = result {
        outdir.abandon(manifest, &format!("{e:#}"))?;
        return Err(e);
    }
    if STOP.load(Ordering::SeqCst) {
        outdir.abandon(manifest, "interrupted (SIGINT)")?;
        eprintln!(
            "cadrage: interrupted; no table was written (manifest.json says \"complete\": false)"
        );
        return Ok(exit::INTERRUPTED);
    }
    outdir.commit(manifest.clone())?;
    Ok(final_status(&manifest))
}

fn write_jsonl(
    analyzer: &cadrage::Analyzer,
    items: impl Iterator<Item = cadrage::input::InputItem> + Send,
    jobs: usize,
    bar: &Option<ProgressBar>,
    outdir: &mut OutDir,
    manifest: &mut Manifest,
) -> anyhow::Result<()> {
    let mut file = outdir.file("articles.jsonl")?;
    let mut n = 0u64;
    analyze_ordered(analyzer, items, jobs, &STOP, |o| -> anyhow::Result<()> {
        match o {
            Outcome::Analysed(a) => {
                output::write_jsonl(&mut file, &a)?;
                n += 1;
                if let Some(b) = bar {
                    b.inc(1);
                }
            }
            Outcome::Skipped(s) => report_skipped(bar, manifest, s),
        }
        Ok(())
    })?;
    manifest.counts.articles = n;
    outdir.finish_file(file, n);
    Ok(())
}

/// The per-article tables, open while the corpus streams through.
struct ArticleTables {
    articles: TableFile,
    sentences: TableFile,
    hits: TableFile,
    quotes: TableFile,
    speakers: TableFile,
    categories: TableFile,
    frames: TableFile,
    actors: TableFile,
}

impl ArticleTables {
    fn open(dir: &OutDir) -> cadrage::Result<ArticleTables> {
        Ok(ArticleTables {
            articles: dir.table(&tables::ARTICLES)?,
            sentences: dir.table(&tables::SENTENCES)?,
            hits: dir.table(&tables::HITS)?,
            quotes: dir.table(&tables::QUOTES)?,
            speakers: dir.table(&tables::SPEAKERS)?,
            categories: dir.table(&tables::CATEGORIES)?,
            frames: dir.table(&tables::FRAMES)?,
            actors: dir.table(&tables::ACTORS)?,
        })
    }

    fn write(&mut self, a: &ArticleAnalysis) -> cadrage::Result<()> {
        self.articles.row(&rows::article_row(a))?;
        for r in sentence_rows(a) {
            self.sentences.row(&r)?;
        }
        for r in rows::hit_rows(a) {
            self.hits.row(&r)?;
        }
        for r in rows::quote_rows(a) {
            self.quotes.row(&r)?;
        }
        for r in rows::speaker_rows(a) {
            self.speakers.row(&r)?;
        }
        for r in rows::category_rows(a) {
            self.categories.row(&r)?;
        }
        for r in rows::frame_rows(a) {
            self.frames.row(&r)?;
        }
        for r in rows::actor_rows(a) {
            self.actors.row(&r)?;
        }
        Ok(())
    }

    fn finish(self, dir: &mut OutDir) -> cadrage::Result<()> {
        for t in [
            self.articles,
            self.sentences,
            self.hits,
            self.quotes,
            self.speakers,
            self.categories,
            self.frames,
            self.actors,
        ] {
            dir.finish_table(t)?;
        }
        Ok(())
    }
}

fn write_csv(
    analyzer: &cadrage::Analyzer,
    items: impl Iterator<Item = cadrage::input::InputItem> + Send,
    jobs: usize,
    bar: &Option<ProgressBar>,
    outdir: &mut OutDir,
    manifest: &mut Manifest,
    args: &ReportArgs,
) -> anyhow::Result<()> {
    let mut t = ArticleTables::open(outdir)?;
    let mut acc = Accumulator::new(GroupBy::Outlet);
    let mut page =
        (args.format == ReportFormat::Html).then(|| CorpusPage::new(CorpusPageOptions::default()));
    analyze_ordered(analyzer, items, jobs, &STOP, |o| -> anyhow::Result<()> {
        match o {
            Outcome::Analysed(a) => {
                t.write(&a)?;
                if let Some(p) = page.as_mut() {
                    p.add(&a);
                }
                acc.add(&ArticleSummary::from_analysis(&a, KeynessMode::Terms));
                manifest.counts.articles += 1;
                if let Some(b) = bar {
                    b.inc(1);
                }
            }
            Outcome::Skipped(s) => report_skipped(bar, manifest, s),
        }
        Ok(())
    })?;
    t.finish(outdir)?;
    if STOP.load(Ordering::SeqCst) {
        return Ok(());
    }
    let options = CompareOptions {
        by: GroupBy::Outlet,
        keyness: KeynessMode::Terms,
        bootstrap: args.bootstrap,
        seed: args.seed,
        min_freq: args.min_freq,
    };
    let comparison = compare(acc, &options);
    render::write_tables(outdir, &comparison)?;
    if let Some(page) = page {
        let mut file = outdir.file("report.html")?;
        page.finish(&mut file, &Comparison::from_compare(&comparison, &options))?;
        outdir.finish_file(file, 0);
    }
    outdir.put(
        "codebook.md",
        tables::codebook(tables::REPORT_TABLES).as_bytes(),
    )?;
    Ok(())
}
