//! The shipped French lexicons, compiled into the binary by `build.rs`.
//!
//! Their paths are reported as `builtin:fr/<file>` so that a run manifest and an error
//! message say which compiled-in file they mean.

include!(concat!(env!("OUT_DIR"), "/builtin_lexicons.rs"));

/// The prefix of the paths of compiled-in files.
pub const PREFIX: &str = "builtin:fr/";

/// The bytes of a compiled-in file, by file name (`manifest.toml`, `labels.tsv`).
pub fn file(name: &str) -> Option<&'static [u8]> {
    FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, bytes)| *bytes)
}
