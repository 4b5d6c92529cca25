//! The shipped French lexicons: they load, both compiled in and as an ordinary folder, and
//! every example and counter-example they carry passes (`cadrage lexicon test lexicons/fr`).

use std::path::PathBuf;

use cadrage::lexicon::{LexiconSet, LoadOptions, Matcher, run_examples};

fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("lexicons/fr")
}

#[test]
fn shipped_lexicons_pass_every_example() {
    let set = LexiconSet::load_path(&folder()).unwrap_or_else(|e| panic!("{e}"));
    let matcher = Matcher::new(&set).unwrap_or_else(|e| panic!("{e}"));
    let report = run_examples(&set, &matcher);
    let failures: Vec<String> = report.failures.iter().map(|f| f.to_string()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(report.checked >= set.entries.len());
}

#[test]
fn compiled_in_lexicons_are_the_folder() {
    let from_folder = LexiconSet::load_path(&folder()).unwrap_or_else(|e| panic!("{e}"));
    let builtin = LexiconSet::load(&LoadOptions {
        builtin: true,
        paths: vec![],
    })
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(builtin.categories.len(), from_folder.categories.len());
    assert!(builtin.categories.len() >= 35);
    assert_eq!(builtin.entries.len(), from_folder.entries.len());
    assert_eq!(builtin.files.len(), from_folder.files.len());
    for (b, f) in builtin.files.iter().zip(&from_folder.files) {
        assert!(b.builtin && b.path.starts_with("builtin:fr/"), "{}", b.path);
        assert_eq!(b.sha256, f.sha256, "{} differs from {}", b.path, f.path);
    }
    // The checked load, used by `lexicon check`, agrees.
    let checked = LexiconSet::load_checked(&LoadOptions {
        builtin: true,
        paths: vec![],
    })
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(checked.entries.len(), builtin.entries.len());
}

#[test]
fn a_user_file_cannot_redefine_a_builtin_category() {
    let dir = tempfile::tempdir().unwrap();
    let tsv = dir.path().join("labels.tsv");
    std::fs::write(
        &tsv,
        "pattern\texample\nfantoche\tUn gouvernement fantoche.\n",
    )
    .unwrap();
    let err = LexiconSet::load(&LoadOptions {
        builtin: true,
        paths: vec![tsv],
    })
    .expect_err("labels is a built-in category");
    assert_eq!(err.issues.len(), 1);
    assert!(
        err.issues[0]
            .reason
            .contains("category `labels` is already defined by builtin:fr/manifest.toml"),
        "{}",
        err.issues[0]
    );
}
