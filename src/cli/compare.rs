//! `cadrage compare`: outlets (or periods) side by side, from raw articles or from the output of
//! earlier `report` runs, so that shards scored on many machines merge into one comparison.

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::Ordering;

use cadrage::AnalyzerOptions;
use cadrage::analysis::DEFAULT_THRESHOLD;
use cadrage::corpus::compare::{
    Accumulator, CompareOptions, DEFAULT_BOOTSTRAP, DEFAULT_MIN_FREQ, DEFAULT_SEED, compare,
};
use cadrage::corpus::manifest::{Manifest, Parameters};
use cadrage::corpus::outdir::OutDir;
use cadrage::corpus::pipeline::{Outcome, analyze_ordered, default_jobs};
use cadrage::corpus::read::{CorpusInput, classify, read_analyses, read_report_csv};
use cadrage::corpus::summary::{ArticleSummary, GroupBy, KeynessMode};
use cadrage::corpus::{render, tables};
use cadrage::error::exit;
use cadrage::input::{ReadOptions, read_inputs};
use cadrage::output::csv::Cells;

use super::common::{LexiconFlags, WordModelFlag, finite_threshold};
use super::report::{STOP, final_status, handle_sigint, input_names, progress, report_skipped};

#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Inputs: raw articles (analysed on every core, like `report`), the articles.jsonl of
`report --format jsonl`, or a `report` folder (its articles.csv with hits.csv and
actors.csv). Inputs of every kind can be mixed; the result does not depend on their order.

Per outlet: mean editorial ratio, author-voice loaded-term rate (hits of `loaded` and
`label` categories per 1,000 author words, a ratio of sums), share of words in direct
quotations and named sources per article, each with a 95% percentile bootstrap interval
(articles resampled within the outlet; PCG-64 seeded from --seed and the outlet name);
the loaded-term rate ratio against the rest of the corpus (log method, Poisson); the
stance mix of reporting verbs; paired-label preferences; the actors the loaded terms
target; keyness (signed log-likelihood G² with its p-value, and Pearson χ² without
continuity correction) of lexicon terms or, with --keyness words, of every author word.
`*` (text) and the *_differs_from columns (CSV) mark intervals that do not overlap.")]
pub struct CompareArgs {
    /// Articles, articles.jsonl files of `report`, or `report` folders.
    #[arg(required = true, value_name = "CORPUS")]
    pub inputs: Vec<PathBuf>,
    /// What to compare.
    #[arg(long, value_enum, default_value = "outlet")]
    pub by: By,
    /// Bootstrap resamples.
    #[arg(long, default_value_t = DEFAULT_BOOTSTRAP, value_name = "N")]
    pub bootstrap: usize,
    /// Seed of the bootstrap.
    #[arg(long, default_value_t = DEFAULT_SEED, value_name = "S")]
    pub seed: u64,
    /// Keyness of lexicon terms or of every folded author word (memory grows with the
    /// vocabulary).
    #[arg(long, value_enum, default_value = "terms")]
    pub keyness: Keyness,
    /// Minimum corpus frequency of a keyness term.
    #[arg(long, default_value_t = DEFAULT_MIN_FREQ, value_name = "N")]
    pub min_freq: u64,
    /// Also write outlets.csv, keyness.csv, paired_labels.csv, outlet_actors.csv, codebook.md
    /// and manifest.json into this folder.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// What to print on standard output.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Worker threads for raw articles (default: every core).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Editorial threshold for raw articles.
    #[arg(long, default_value_t = DEFAULT_THRESHOLD, value_name = "SCORE",
          value_parser = finite_threshold)]
    pub threshold: f64,
    #[command(flatten)]
    pub word_model: WordModelFlag,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
    /// Make the CSV tables (--out, --format csv) safe to open in a spreadsheet: a text cell
    /// starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so it
    /// is never run as a formula. Off by default, since it changes the data (French dialogue
    /// lines start with a dash).
    #[arg(long)]
    pub excel_safe: bool,
    #[command(flatten)]
    pub lexicons: LexiconFlags,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    Outlet,
    Date,
    Month,
    Year,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Keyness {
    Terms,
    Words,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Readable tables.
    Text,
    /// outlets.csv.
    Csv,
    /// The whole comparison as one JSON document.
    Json,
}

pub fn run(args: CompareArgs) -> anyhow::Result<i32> {
    let options = CompareOptions {
        by: match args.by {
            By::Outlet => GroupBy::Outlet,
            By::Date => GroupBy::Date,
            By::Month => GroupBy::Month,
            By::Year => GroupBy::Year,
        },
        keyness: match args.keyness {
            Keyness::Terms => KeynessMode::Terms,
            Keyness::Words => KeynessMode::Words,
        },
        bootstrap: args.bootstrap,
        seed: args.seed,
        min_freq: args.min_freq,
    };
    let jobs = args.jobs.unwrap_or_else(default_jobs).max(1);
    let mut manifest = Manifest::start(
        "compare",
        Parameters {
            threshold: Some(args.threshold),
            word_model: Some(args.word_model.enabled()),
            jobs: Some(jobs),
            bootstrap: options.bootstrap,
            seed: options.seed,
            by: options.by,
            keyness: options.keyness,
            min_freq: options.min_freq,
            format: "csv".into(),
            excel_safe: args.excel_safe,
            inputs: input_names(&args.inputs),
        },
    );
    handle_sigint()?;
    let bar = progress(args.quiet);
    let mut acc = Accumulator::new(options.by);
    let mut raw = Vec::new();
    for input in &args.inputs {
        let mut skip = |s| report_skipped(&bar, &mut manifest, s);
        let read = match classify(input) {
            CorpusInput::Raw(p) => {
                raw.push(p);
                continue;
            }
            CorpusInput::Analyses(p) => read_analyses(&p, options.keyness, &mut acc, &mut skip)?,
            CorpusInput::ReportCsv(p) => read_report_csv(&p, options.keyness, &mut acc, &mut skip)?,
        };
        manifest.counts.articles += read;
        if let Some(b) = &bar {
            b.inc(read);
        }
    }
    if !raw.is_empty() {
        let analyzer = args.lexicons.analyzer(AnalyzerOptions {
            threshold: args.threshold,
            word_model: args.word_model.enabled(),
        })?;
        manifest.lexicons = analyzer.lexicons.files.clone();
        let items = read_inputs(raw, ReadOptions::default());
        analyze_ordered(&analyzer, items, jobs, &STOP, |o| -> anyhow::Result<()> {
            match o {
                Outcome::Analysed(a) => {
                    acc.add(&ArticleSummary::from_analysis(&a, options.keyness));
                    manifest.counts.articles += 1;
                    if let Some(b) = &bar {
                        b.inc(1);
                    }
                }
                Outcome::Skipped(s) => report_skipped(&bar, &mut manifest, s),
            }
            Ok(())
        })?;
    } else {
        manifest.parameters.threshold = None;
        manifest.parameters.word_model = None;
        manifest.parameters.jobs = None;
    }
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let mut outdir = args.out.as_deref().map(OutDir::create).transpose()?;
    if let Some(dir) = outdir.as_mut() {
        dir.set_excel_safe(args.excel_safe);
    }
    if STOP.load(Ordering::SeqCst) {
        manifest.finish();
        if let Some(dir) = outdir {
            dir.abandon(manifest, "interrupted (SIGINT)")?;
        }
        eprintln!("cadrage: interrupted; nothing was compared");
        return Ok(exit::INTERRUPTED);
    }

    let comparison = compare(acc, &options);
    if let Some(mut dir) = outdir {
        let written = render::write_tables(&mut dir, &comparison).and_then(|()| {
            dir.put(
                "codebook.md",
                tables::codebook(tables::COMPARE_TABLES).as_bytes(),
            )
        });
        manifest.finish();
        match written {
            Ok(()) => dir.commit(manifest.clone())?,
            Err(e) => {
                dir.abandon(manifest, &e.to_string())?;
                return Err(e.into());
            }
        }
    }

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        Format::Text => render::write_text(&mut out, &comparison, &options)?,
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            for o in &comparison.outlets {
                w.serialize(Cells::new(&render::outlet_row(o), args.excel_safe))?;
            }
            if comparison.outlets.is_empty() {
                w.write_record(tables::OUTLETS.header())?;
            }
            w.flush()?;
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &comparison)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(final_status(&manifest))
}
