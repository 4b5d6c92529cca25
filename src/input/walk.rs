//! Folders: a corpus laid out as `corpus/<outlet>/…`, walked lazily.
//!
//! Only one folder listing per level of depth is held at a time (names, not contents), and
//! files are opened one after the other as the walk reaches them, so a corpus of a million
//! files streams like a single JSON Lines file. The rules (recursion, outlets, hidden
//! entries, symbolic links, sort order) are listed in the module documentation of `input`.

use std::ffi::OsString;
use std::fs;
use std::path::PathBuf;

use super::{InputItem, Items, ReadOptions, io_reason, open_file, skipped, skipped_source};

/// The items of every file under a folder.
pub(super) struct Walk {
    root: PathBuf,
    options: ReadOptions,
    /// Open folders, deepest last: the entries still to visit and the outlet they give.
    stack: Vec<Level>,
    /// Records of a JSONL or CSV file being read.
    current: Option<Items>,
    /// Items yielded so far, to report a folder that holds nothing.
    yielded: usize,
    started: bool,
    done: bool,
}

struct Level {
    entries: std::vec::IntoIter<PathBuf>,
    outlet: Option<String>,
}

impl Walk {
    pub fn new(root: PathBuf, options: ReadOptions) -> Walk {
        Walk {
            root,
            options,
            stack: Vec::new(),
            current: None,
            yielded: 0,
            started: false,
            done: false,
        }
    }

    /// Lists a folder's visible entries, sorted by name; an item when it cannot be listed.
    fn list(path: &PathBuf) -> Result<Vec<PathBuf>, InputItem> {
        let read = fs::read_dir(path).map_err(|e| skipped(path, io_reason(&e)))?;
        let mut names: Vec<OsString> = Vec::new();
        for entry in read {
            let entry = entry.map_err(|e| skipped(path, io_reason(&e)))?;
            let name = entry.file_name();
            if !name.as_encoded_bytes().starts_with(b".") {
                names.push(name);
            }
        }
        names.sort_unstable();
        Ok(names.into_iter().map(|name| path.join(name)).collect())
    }

    /// The next item of the walk, before counting.
    fn step(&mut self) -> Option<InputItem> {
        if !self.started {
            self.started = true;
            match Walk::list(&self.root) {
                Ok(entries) => self.stack.push(Level {
                    entries: entries.into_iter(),
                    outlet: None,
                }),
                Err(item) => return Some(item),
            }
        }
        loop {
            if let Some(item) = self.current.as_mut().and_then(|items| items.next()) {
                return Some(item);
            }
            self.current = None;
            let level = self.stack.last_mut()?;
            let Some(path) = level.entries.next() else {
                self.stack.pop();
                continue;
            };
            let outlet = level.outlet.clone();
            let top = self.stack.len() == 1;
            let link = fs::symlink_metadata(&path).map(|m| m.file_type().is_symlink());
            let meta = match fs::metadata(&path) {
                Ok(meta) => meta,
                Err(e) => return Some(skipped(&path, io_reason(&e))),
            };
            if meta.is_dir() {
                if matches!(link, Ok(true)) {
                    return Some(skipped(&path, "symbolic link to a folder, not followed"));
                }
                match Walk::list(&path) {
                    Ok(entries) => {
                        let outlet = if top {
                            path.file_name().map(|n| n.to_string_lossy().into_owned())
                        } else {
                            outlet
                        };
                        self.stack.push(Level {
                            entries: entries.into_iter(),
                            outlet,
                        });
                    }
                    Err(item) => return Some(item),
                }
                continue;
            }
            if !meta.is_file() {
                // A named pipe or a device in a corpus folder would block the walk or never
                // end; one named on the command line is read (process substitution).
                return Some(skipped(&path, "not a regular file"));
            }
            self.current = Some(open_file(path, outlet, &self.options));
        }
    }
}

impl Iterator for Walk {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        if self.done {
            return None;
        }
        match self.step() {
            Some(item) => {
                self.yielded += 1;
                Some(item)
            }
            None => {
                self.done = true;
                (self.yielded == 0).then(|| {
                    skipped_source(self.root.display().to_string(), "folder holds no articles")
                })
            }
        }
    }
}
