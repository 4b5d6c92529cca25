//! The shipped French lexicons, compiled into the binary by `build.rs`.
//!
//! Their paths are reported as `builtin:fr/<file>` so that a run manifest and an error
//! message say which compiled-in file they mean. Their SHA-256 hashes are computed at build
//! time, so that a run does not hash bytes that cannot have changed.

include!(concat!(env!("OUT_DIR"), "/builtin_lexicons.rs"));

/// The prefix of the paths of compiled-in files.
pub const PREFIX: &str = "builtin:fr/";

/// One compiled-in file.
#[derive(Clone, Copy, Debug)]
pub struct BuiltinFile {
    pub bytes: &'static [u8],
    /// SHA-256 of `bytes`, lower-case hex.
    pub sha256: &'static str,
    /// `bytes` as text, when the build found them to be UTF-8 (compiled in with
    /// `include_str!`, so that a run does not check them again).
    pub text: Option<&'static str>,
}

/// A compiled-in file, by file name (`manifest.toml`, `labels.tsv`).
pub fn file(name: &str) -> Option<BuiltinFile> {
    FILES
        .iter()
        .find(|(n, _, _, _)| *n == name)
        .map(|&(_, bytes, sha256, text)| BuiltinFile {
            bytes,
            sha256,
            text,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hash recorded by the build is the hash of the bytes compiled in, and the bytes are
    /// those of `lexicons/fr/`, so a run manifest names the files the run really used.
    #[test]
    fn build_time_hashes_match_the_files() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons/fr");
        assert!(FILES.len() > 30, "only {} built-in files", FILES.len());
        for (name, bytes, sha256, text) in FILES {
            assert_eq!(super::super::load::sha256_hex(bytes), *sha256, "{name}");
            assert_eq!(
                text.map(str::as_bytes),
                Some(*bytes),
                "{name} is UTF-8 text"
            );
            assert_eq!(
                std::fs::read(dir.join(name)).ok().as_deref(),
                Some(*bytes),
                "{name}"
            );
        }
    }
}
