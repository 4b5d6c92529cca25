//! Validation: every problem in every file is reported, each at its exact `file:line`.
//!
//! Each fixture under `tests/fixtures/lexicon/` holds known mistakes at known lines; the tests
//! assert the full list of issues, so a missing report and a spurious one both fail.

use std::path::PathBuf;

use cadrage::lexicon::{LexiconSet, LoadOptions};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lexicon")
        .join(name)
}

/// Loads `paths` and returns every issue as (file name, line, reason).
fn issues(paths: &[&str]) -> Vec<(String, u32, String)> {
    let options = LoadOptions {
        builtin: false,
        paths: paths.iter().map(|p| fixture(p)).collect(),
    };
    match LexiconSet::load(&options) {
        Ok(set) => panic!("{paths:?} loaded with {} entries", set.entries.len()),
        Err(e) => e
            .issues
            .into_iter()
            .map(|i| {
                let name = PathBuf::from(&i.file)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                (name, i.line, i.reason)
            })
            .collect(),
    }
}

/// Asserts the issues, each given as (file name, line, words the reason contains).
fn assert_issues(paths: &[&str], expected: &[(&str, u32, &str)]) {
    let got = issues(paths);
    let shown: Vec<String> = got
        .iter()
        .map(|(f, l, r)| format!("{f}:{l}: {r}"))
        .collect();
    assert_eq!(got.len(), expected.len(), "issues:\n{}", shown.join("\n"));
    for ((file, line, reason), (efile, eline, ereason)) in got.iter().zip(expected) {
        assert_eq!(
            (file.as_str(), *line),
            (*efile, *eline),
            "issues:\n{}",
            shown.join("\n")
        );
        assert!(
            reason.contains(ereason),
            "{file}:{line}: {reason:?} lacks {ereason:?}"
        );
    }
}

#[test]
fn every_bad_entry_of_a_category_file() {
    assert_issues(
        &["bad_entries.tsv"],
        &[
            ("bad_entries.tsv", 4, "empty pattern"),
            ("bad_entries.tsv", 5, "weight `lourd` is not a number"),
            ("bad_entries.tsv", 6, "weight `inf` is not a finite number"),
            ("bad_entries.tsv", 7, "missing example"),
            ("bad_entries.tsv", 8, "bad regular expression"),
            ("bad_entries.tsv", 9, "too large"),
            ("bad_entries.tsv", 10, "no letter or digit"),
            ("bad_entries.tsv", 11, "gap minimum is above its maximum"),
            ("bad_entries.tsv", 12, "a gap must stand between two words"),
            ("bad_entries.tsv", 13, "a gap must stand between two words"),
            (
                "bad_entries.tsv",
                14,
                "`*` is allowed only at the end of a word",
            ),
            ("bad_entries.tsv", 15, "duplicate of the entry on line 3"),
            (
                "bad_entries.tsv",
                17,
                "6 fields but the header names 5 columns",
            ),
        ],
    );
}

#[test]
fn every_bad_manifest_key() {
    assert_issues(
        &["bad_manifest"],
        &[
            ("manifest.toml", 7, "unknown key `colour`"),
            ("manifest.toml", 12, "unknown kind `slogan`"),
            ("manifest.toml", 18, "unknown voice `journalist`"),
            ("manifest.toml", 22, "missing file `absent.tsv`"),
            ("manifest.toml", 29, "`weight` must be a finite number"),
        ],
    );
}

#[test]
fn bad_headers() {
    assert_issues(
        &["bad_headers"],
        &[
            ("unknown_column.tsv", 2, "unknown column `exemple`"),
            ("unknown_column.tsv", 2, "no `example` column"),
            ("no_pattern.tsv", 1, "unknown column `motif`"),
            ("no_pattern.tsv", 1, "no `pattern` column"),
            ("no_example_column.tsv", 1, "no `example` column"),
            ("pairs.tsv", 1, "needs a `label` column"),
        ],
    );
}

#[test]
fn fields_each_kind_requires() {
    assert_issues(
        &["kinds"],
        &[
            ("pairs.tsv", 3, "needs both a `group` and a `label`"),
            ("pairs.tsv", 4, "needs both a `group` and a `label`"),
            ("actors.tsv", 3, "needs a `group`"),
            ("verbs.tsv", 3, "needs a `stance`"),
            ("verbs.tsv", 4, "unknown stance `agressive`"),
        ],
    );
}

#[test]
fn a_category_name_defined_twice_names_both_files() {
    let got = issues(&["dup_name", "mainmise.tsv"]);
    assert_eq!(got.len(), 1, "{got:?}");
    let (file, line, reason) = &got[0];
    assert_eq!((file.as_str(), *line), ("mainmise.tsv", 0));
    assert!(reason.contains("category `mainmise` is already defined by"));
    assert!(reason.contains("dup_name/manifest.toml"), "{reason}");
}

#[test]
fn a_file_that_is_not_utf8() {
    assert_issues(&["not_utf8.tsv"], &[("not_utf8.tsv", 3, "not UTF-8")]);
}

#[test]
fn liwc_undefined_category_and_missing_tab() {
    assert_issues(
        &["liwc_bad.dic"],
        &[
            ("liwc_bad.dic", 6, "undefined category id `7`"),
            ("liwc_bad.dic", 7, "without a tab"),
        ],
    );
}

#[test]
fn missing_paths_and_unknown_formats() {
    assert_issues(
        &["no_such_lexicon.tsv", "acceptance/test.dic", "no_manifest"],
        &[
            ("no_such_lexicon.tsv", 0, "cannot read lexicon"),
            ("no_manifest", 0, "needs a manifest.toml"),
        ],
    );
}

#[test]
fn issues_from_several_files_are_all_reported() {
    let got = issues(&["bad_entries.tsv", "kinds", "liwc_bad.dic"]);
    assert_eq!(got.len(), 13 + 5 + 2);
}

#[test]
fn a_valid_folder_loads_with_hashes_and_lines() {
    let set = LexiconSet::load(&LoadOptions {
        builtin: false,
        paths: vec![fixture("good")],
    })
    .expect("the good fixture is valid");
    assert_eq!(set.categories.len(), 3);
    assert_eq!(set.files.len(), 4, "manifest and three category files");
    for file in &set.files {
        assert_eq!(file.sha256.len(), 64);
        assert!(file.sha256.chars().all(|c| c.is_ascii_hexdigit()));
        assert!(!file.builtin);
    }
    let bytes = std::fs::read(fixture("good/manifest.toml")).unwrap();
    assert_eq!(set.files[0].sha256, sha256_hex(&bytes));
    let first = &set.entries[0];
    assert_eq!(first.pattern, "contrôl* depuis Paris");
    assert_eq!(first.weight, 2.5);
    assert_eq!(first.line, 2);
    assert_eq!(first.examples.len(), 2);
    assert_eq!(first.counter_examples.len(), 1);
    // An entry without a weight takes its category's.
    let mainmise = set
        .entries
        .iter()
        .find(|e| e.pattern == "mainmise")
        .unwrap();
    assert_eq!(mainmise.weight, 2.0);
    assert_eq!(
        set.category_of(0).aliases,
        vec!["Loaded_Language".to_string()]
    );
}

/// The SHA-256 of some bytes, as lower-case hex.
fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

mod never_panics {
    use cadrage::lexicon::LexiconSet;
    use proptest::prelude::*;

    fn messy_file() -> impl Strategy<Value = Vec<u8>> {
        let pieces = prop::sample::select(vec![
            &b"pattern"[..],
            b"example",
            b"weight",
            b"\t",
            b"\n",
            b"\r\n",
            b"%",
            b"+",
            b"#",
            b"junte",
            b"2,5",
            b"nan",
            b"{1,2}",
            b"*",
            b"re:(",
            b" | ",
            b"<cnode name=\"a\">",
            b"<pnode name=\"b\"/>",
            b"</cnode>",
            b"- ",
            b": ",
            b"\xff",
            b"\xc3\xa9",
            b"[",
            b"\"",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn any_file_in_any_format_loads_or_reports(bytes in messy_file()) {
            let dir = tempfile::tempdir().unwrap();
            for ext in ["tsv", "dic", "lc3", "lcd", "ykd", "yml", "txt"] {
                let path = dir.path().join(format!("essai.{ext}"));
                std::fs::write(&path, &bytes).unwrap();
                if let Err(e) = LexiconSet::load_path(&path) {
                    prop_assert!(!e.issues.is_empty());
                }
            }
        }
    }
}
