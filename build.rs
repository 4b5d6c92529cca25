//! Embeds the shipped French lexicons into the binary.
//!
//! `cadrage score article.txt` must work from any folder with no flags, so every file of
//! `lexicons/fr/` (the manifest and the category `.tsv` files) is compiled in with
//! `include_bytes!`. This script lists the files that exist when the crate is built; the
//! lexicon loader reads the manifest from that list and reports a category whose file is not
//! there as a load error, like any missing file.
//!
//! The SHA-256 of every file, which a run manifest records, is computed here too: hashing the
//! 600 KB of shipped lexicons on every run cost an eighth of a `score` run's start-up, and the
//! bytes cannot change after the build.
//!
//! So are the compiled token programs of the built-in patterns (`build/programs.rs`), with the
//! crate's own pattern compiler and conjugator: the modules below are the crate's files,
//! included by path rather than copied, so that the build cannot compile a pattern differently
//! from a run. They depend only on each other and on `regex`, `unicode-normalization` and
//! `serde`, which are build dependencies for that reason. The form indexes of the built-in
//! reporting verbs (`build/verbs.rs`) are filled the same way, with the crate's own index
//! (`src/voice/verbs/index.rs`). The literals that every match of a built-in regular expression
//! starts with are found with `regex-syntax` (`build/regexes.rs`). The weights of the shipped
//! word model (`models/wordmodel.tsv`) are written as a static table (`build/wordmodel.rs`), read
//! by the crate's own parser of that file (`src/wordmodel/file.rs`).

// The crate's modules are public API there and private here, so the lints that spare exported
// items (unused code, names kept for compatibility) apply to them here only.
#[allow(dead_code, unused_imports, clippy::wrong_self_convention)]
#[path = "src/conjugate.rs"]
mod conjugate;
#[allow(dead_code, unused_imports, clippy::wrong_self_convention)]
#[path = "src/normalize.rs"]
mod normalize;
#[allow(dead_code, unused_imports, clippy::wrong_self_convention)]
#[path = "src/lexicon/pattern.rs"]
mod pattern;
#[path = "build/programs.rs"]
mod programs;
#[path = "build/regexes.rs"]
mod regexes;
#[allow(dead_code, unused_imports, clippy::wrong_self_convention)]
#[path = "src/span.rs"]
mod span;
#[allow(dead_code)]
#[path = "src/voice/verbs/index.rs"]
mod verb_index;
#[path = "build/verbs.rs"]
mod verbs;
#[path = "src/voice/fold.rs"]
mod voice_fold;
#[path = "build/wordmodel.rs"]
mod wordmodel;
#[allow(dead_code)]
#[path = "src/wordmodel/file.rs"]
mod wordmodel_file;

use std::env;
use std::fs;
use std::path::Path;

use sha2::{Digest, Sha256};

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&root).join("lexicons").join("fr");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=lexicons/fr");
    println!("cargo:rerun-if-changed=models/wordmodel.tsv");
    for source in [
        "build",
        "src/conjugate.rs",
        "src/normalize.rs",
        "src/normalize",
        "src/lexicon/pattern.rs",
        "src/span.rs",
        "src/voice/verbs/index.rs",
        "src/voice/fold.rs",
        "src/wordmodel/file.rs",
    ] {
        println!("cargo:rerun-if-changed={source}");
    }
    let mut names: Vec<String> = fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n.ends_with(".tsv") || n.ends_with(".toml"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::from(
        "/// Every file of `lexicons/fr/` at build time: (file name, bytes, SHA-256 in lower-case\n\
         /// hex, the bytes as text when they are UTF-8).\n\
         #[allow(clippy::type_complexity)]\n\
         pub(crate) static FILES: &[(&str, &[u8], &str, Option<&str>)] = &[\n",
    );
    for name in &names {
        let path = dir.join(name);
        let bytes = fs::read(&path).expect("cannot read a built-in lexicon file");
        let sha256: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        // A UTF-8 file is compiled in as text, checked here once rather than at every run;
        // any other file as bytes, which the loader reports as not UTF-8.
        let path = path.display().to_string();
        if std::str::from_utf8(&bytes).is_ok() {
            out.push_str(&format!(
                "    ({name:?}, include_str!({path:?}).as_bytes(), {sha256:?}, \
                 Some(include_str!({path:?}))),\n"
            ));
        } else {
            out.push_str(&format!(
                "    ({name:?}, include_bytes!({path:?}), {sha256:?}, None),\n"
            ));
        }
    }
    out.push_str("];\n");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out_dir).join("builtin_lexicons.rs"), out)
        .expect("cannot write the list of built-in lexicon files");
    fs::write(
        Path::new(&out_dir).join("builtin_programs.bin"),
        programs::write(&dir),
    )
    .expect("cannot write the compiled built-in patterns");
    fs::write(
        Path::new(&out_dir).join("builtin_verbs.bin"),
        verbs::write(&dir),
    )
    .expect("cannot write the indexes of the built-in reporting verbs");
    fs::write(
        Path::new(&out_dir).join("builtin_regex_prefixes.bin"),
        regexes::write(&dir),
    )
    .expect("cannot write the literals of the built-in regular expressions");
    let model = fs::read_to_string(Path::new(&root).join("models").join("wordmodel.tsv"))
        .expect("cannot read models/wordmodel.tsv");
    fs::write(
        Path::new(&out_dir).join("builtin_wordmodel.rs"),
        wordmodel::write(&model),
    )
    .expect("cannot write the table of the shipped word model");
}
