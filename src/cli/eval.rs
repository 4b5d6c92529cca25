//! `cadrage eval`: validation against hand-coded sentences, and agreement between coders.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use cadrage::AnalyzerOptions;
use cadrage::analysis::DEFAULT_THRESHOLD;
use cadrage::error::exit;
use cadrage::eval::gold::{GoldSet, locate, read_gold};
use cadrage::eval::metrics::Confusion;
use cadrage::eval::{AgreementReport, EvalReport, agreement, evaluate};
use cadrage::input::{InputItem, ReadOptions, read_inputs};

use super::common::{LexiconFlags, WordModelFlag, finite_threshold, usage_error};

#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
The coded file is a CSV with one row per coded sentence: `article` (the article id: file
stem for text files, the `id` field for JSONL/CSV), then `start` and `end` (byte offsets) or
`sentence` (the exact sentence text, found in the article), and any of `voice` (author,
direct, indirect, mixed), `editorial` (0/1), `speaker`. See docs/coding-guideline.md.

Each coded sentence is aligned with the tool's sentence that overlaps it most (in bytes; on a
tie, the earlier one), so different sentence splits do not matter. Speakers match leniently:
case, accents, titles (M., Mme…) and articles are ignored, an initial matches its name, a
name matches a longer one that contains its words in order (Lavrov ~ Sergueï Lavrov), and an
acronym matches the name its initials spell (AIEA ~ Agence internationale de l'énergie
atomique); a role said of a person named in full is not that person (Dupont does not match
avocat de Paul Dupont).

With --agreement, two coders' files are compared with each other (Cohen's kappa,
Krippendorff's alpha); give the corpus too to pair their rows by overlapping offsets,
otherwise rows are paired by article and identical sentence text.")]
pub struct EvalArgs {
    /// A hand-coded CSV file (repeatable).
    #[arg(long, value_name = "CODED.csv", required_unless_present = "agreement")]
    pub gold: Vec<PathBuf>,
    /// Compare two coders' files instead of coder and tool.
    #[arg(long, num_args = 2, value_names = ["CODER_A.csv", "CODER_B.csv"], conflicts_with = "gold")]
    pub agreement: Option<Vec<PathBuf>>,
    /// The articles the coded sentences come from (files, folders, JSONL, CSV, `-`).
    #[arg(value_name = "CORPUS")]
    pub inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// List every disagreement with its text (and the tool's reasons).
    #[arg(long)]
    pub errors: bool,
    /// Exit with status 5 when the editorial F1 is below this value.
    #[arg(long, value_name = "F1")]
    pub min_editorial_f1: Option<f64>,
    /// Exit with status 5 when the voice accuracy is below this value.
    #[arg(long, value_name = "ACCURACY")]
    pub min_voice_accuracy: Option<f64>,
    /// Exit with status 5 when the speaker accuracy is below this value.
    #[arg(long, value_name = "ACCURACY")]
    pub min_speaker_accuracy: Option<f64>,
    /// A sentence whose score reaches this value is flagged editorial.
    #[arg(long, default_value_t = DEFAULT_THRESHOLD, value_name = "SCORE",
          value_parser = finite_threshold)]
    pub threshold: f64,
    #[command(flatten)]
    pub word_model: WordModelFlag,
    #[command(flatten)]
    pub lexicons: LexiconFlags,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

pub fn run(args: EvalArgs) -> anyhow::Result<i32> {
    if let Some(files) = &args.agreement {
        return run_agreement(&args, &files[0], &files[1]);
    }
    if args.inputs.is_empty() {
        usage_error(
            "eval",
            "eval needs the corpus the coded sentences come from (files or folders)",
        );
    }
    let mut sets = args
        .gold
        .iter()
        .map(|p| read_gold(p))
        .collect::<Result<Vec<GoldSet>, _>>()?;
    let wanted: std::collections::HashSet<String> = sets
        .iter()
        .flat_map(|s| s.rows.iter().map(|r| r.article.clone()))
        .collect();
    let analyzer = args.lexicons.analyzer(AnalyzerOptions {
        threshold: args.threshold,
        word_model: args.word_model.enabled(),
    })?;
    let mut analyses = HashMap::new();
    let mut texts = HashMap::new();
    let mut bodies = HashMap::new();
    for item in read_inputs(args.inputs.clone(), ReadOptions::default()) {
        match item {
            InputItem::Article(a) if wanted.contains(&a.id) => {
                analyses.insert(a.id.clone(), analyzer.analyze(&a));
                bodies.insert(a.id.clone(), a.body.start);
                texts.insert(a.id.clone(), a.text);
            }
            InputItem::Article(_) => {}
            InputItem::Skipped(s) => eprintln!("cadrage: skipped {}: {}", s.source, s.reason),
        }
    }
    for set in &mut sets {
        locate(set, &texts, &bodies)?;
    }
    let mut report = evaluate(&sets, &analyses, &texts);
    if !args.errors {
        report.errors.clear();
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        }
        Format::Text => write_eval_text(&mut out, &report)?,
    }
    let mut below = Vec::new();
    let check = |name: &str, floor: Option<f64>, value: Option<f64>, below: &mut Vec<String>| {
        if let Some(floor) = floor {
            let v = value.unwrap_or(0.0);
            if v < floor {
                below.push(format!("{name} {v:.3} is below the floor {floor}"));
            }
        }
    };
    check(
        "editorial F1",
        args.min_editorial_f1,
        report.editorial.as_ref().map(|e| e.f1),
        &mut below,
    );
    check(
        "voice accuracy",
        args.min_voice_accuracy,
        report.voice.as_ref().map(|v| v.accuracy),
        &mut below,
    );
    check(
        "speaker accuracy",
        args.min_speaker_accuracy,
        report.speaker.as_ref().map(|s| s.accuracy),
        &mut below,
    );
    for b in &below {
        eprintln!("cadrage eval: {b}");
    }
    Ok(if below.is_empty() {
        exit::OK
    } else {
        exit::BELOW_FLOOR
    })
}

fn run_agreement(args: &EvalArgs, a: &Path, b: &Path) -> anyhow::Result<i32> {
    let mut sa = read_gold(a)?;
    let mut sb = read_gold(b)?;
    if !args.inputs.is_empty() {
        let mut texts = HashMap::new();
        let mut bodies = HashMap::new();
        for item in read_inputs(args.inputs.clone(), ReadOptions::default()) {
            if let InputItem::Article(a) = item {
                bodies.insert(a.id.clone(), a.body.start);
                texts.insert(a.id.clone(), a.text);
            }
        }
        locate(&mut sa, &texts, &bodies)?;
        locate(&mut sb, &texts, &bodies)?;
    }
    let report = agreement(&sa, &sb);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        }
        Format::Text => write_agreement_text(&mut out, &report)?,
    }
    Ok(exit::OK)
}

fn write_confusion<W: Write>(out: &mut W, m: &Confusion, rows: &str) -> std::io::Result<()> {
    write!(out, "    {rows:<10}")?;
    for l in &m.labels {
        write!(out, "{l:>10}")?;
    }
    writeln!(out)?;
    for (l, row) in m.labels.iter().zip(&m.counts) {
        write!(out, "    {l:<10}")?;
        for c in row {
            write!(out, "{c:>10}")?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn write_eval_text<W: Write>(out: &mut W, r: &EvalReport) -> std::io::Result<()> {
    writeln!(
        out,
        "coded sentences aligned: {} (unaligned: {})",
        r.sentences, r.unaligned
    )?;
    if let Some(e) = &r.editorial {
        writeln!(
            out,
            "editorial  precision {:.3}  recall {:.3}  F1 {:.3}  kappa {:.3}  accuracy {:.3}",
            e.precision, e.recall, e.f1, e.kappa, e.accuracy
        )?;
        writeln!(
            out,
            "           tp {}  fp {}  fn {}  tn {}",
            e.true_positives, e.false_positives, e.false_negatives, e.true_negatives
        )?;
    }
    if let Some(v) = &r.voice {
        writeln!(
            out,
            "voice      accuracy {:.3}  macro-F1 {:.3}  kappa {:.3}",
            v.accuracy, v.macro_f1, v.kappa
        )?;
        write_confusion(out, &v.confusion, "coder\\tool")?;
    }
    if let Some(s) = &r.speaker {
        writeln!(
            out,
            "speaker    accuracy {:.3}  ({} of {} coded speakers)",
            s.accuracy, s.correct, s.coded
        )?;
    }
    if !r.errors.is_empty() {
        writeln!(out, "\ndisagreements ({}):", r.errors.len())?;
        for e in &r.errors {
            writeln!(
                out,
                "{} [{}] {}: coded {} · tool {}\n    {}",
                e.row, e.article, e.field, e.coded, e.tool, e.text
            )?;
            if e.field == "editorial" && !e.reasons.is_empty() {
                writeln!(out, "    reasons: {}", e.reasons)?;
            }
        }
    }
    Ok(())
}

fn write_agreement_text<W: Write>(out: &mut W, r: &AgreementReport) -> std::io::Result<()> {
    writeln!(
        out,
        "sentences paired: {} (unmatched: {} of coder A, {} of coder B)",
        r.sentences, r.unmatched_a, r.unmatched_b
    )?;
    for (name, f) in [("editorial", &r.editorial), ("voice", &r.voice)] {
        if let Some(f) = f {
            writeln!(
                out,
                "{name:<10} agreement {:.3}  Cohen's kappa {:.3}  Krippendorff's alpha {:.3}  ({} sentences)",
                f.agreement, f.kappa, f.alpha, f.sentences
            )?;
            write_confusion(out, &f.confusion, "A\\B")?;
        }
    }
    if let Some(s) = r.speaker {
        writeln!(out, "speaker    agreement {s:.3}")?;
    }
    Ok(())
}
