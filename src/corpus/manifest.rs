//! `manifest.json`: what a run was, so that its tables can be reproduced and trusted.
//!
//! The manifest records the tool and schema version, every lexicon file with its SHA-256, the
//! parameters, the inputs as given, how many articles were analysed and which inputs were
//! skipped (with their reasons), when the run started and ended (RFC 3339, UTC), whether it
//! completed, and the files it wrote. It is the only output that holds timestamps or the number
//! of threads, so the tables themselves stay byte-identical from run to run.

use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;

use crate::analysis::SCHEMA_VERSION;
use crate::input::Skipped;
use crate::lexicon::LexiconFile;

use super::summary::{GroupBy, KeynessMode};

/// Version of the table layout; bumped whenever a column changes meaning or disappears.
pub const TABLES_VERSION: &str = "1.0";

/// The parameters of a run. Fields that do not apply to the command are left out.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Parameters {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// Whether the word model of the opinion register was read (`--no-word-model` turns it
    /// off); left out where no article is scored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub word_model: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jobs: Option<usize>,
    pub bootstrap: usize,
    pub seed: u64,
    pub by: GroupBy,
    pub keyness: KeynessMode,
    pub min_freq: u64,
    pub format: String,
    /// Text cells starting like a formula were prefixed with `'` (`--excel-safe`); recorded
    /// only when set, since it changes the cells.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub excel_safe: bool,
    pub inputs: Vec<String>,
}

/// A file written by the run, with its number of data rows (0 for documents).
#[derive(Clone, Debug, Serialize)]
pub struct TableCount {
    pub file: String,
    pub rows: u64,
}

/// How many inputs went where.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Counts {
    pub articles: u64,
    pub skipped: u64,
}

/// The run manifest.
#[derive(Clone, Debug, Serialize)]
pub struct Manifest {
    pub tool: &'static str,
    pub version: &'static str,
    /// Version of the JSON document of one article.
    pub schema: &'static str,
    /// Version of the CSV tables.
    pub tables: &'static str,
    pub command: &'static str,
    pub complete: bool,
    /// Why the run did not complete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub started: String,
    pub finished: String,
    pub parameters: Parameters,
    pub lexicons: Vec<LexiconFile>,
    pub counts: Counts,
    pub skipped: Vec<Skipped>,
    /// Files written by this run; empty when it did not complete.
    pub files: Vec<TableCount>,
}

impl Manifest {
    /// A manifest for a run of `command` starting now.
    pub fn start(command: &'static str, parameters: Parameters) -> Manifest {
        Manifest {
            tool: env!("CARGO_PKG_NAME"),
            version: env!("CARGO_PKG_VERSION"),
            schema: SCHEMA_VERSION,
            tables: TABLES_VERSION,
            command,
            complete: false,
            reason: None,
            started: rfc3339(SystemTime::now()),
            finished: String::new(),
            parameters,
            lexicons: Vec::new(),
            counts: Counts::default(),
            skipped: Vec::new(),
            files: Vec::new(),
        }
    }

    /// Records a skipped input.
    pub fn skip(&mut self, s: Skipped) {
        self.counts.skipped += 1;
        self.skipped.push(s);
    }

    /// Stamps the end time.
    pub fn finish(&mut self) {
        self.finished = rfc3339(SystemTime::now());
    }
}

/// `time` as RFC 3339 in UTC, to the second: `2026-03-28T09:15:02Z`.
pub fn rfc3339(time: SystemTime) -> String {
    let secs = time
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn rfc3339_of_known_instants() {
        let at = |s: u64| rfc3339(UNIX_EPOCH + Duration::from_secs(s));
        assert_eq!(at(0), "1970-01-01T00:00:00Z");
        // 2000-02-29, a leap day of a century leap year.
        assert_eq!(at(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(at(1_774_689_302), "2026-03-28T09:15:02Z");
        // The last second of 2099.
        assert_eq!(at(4_102_444_799), "2099-12-31T23:59:59Z");
    }
}
