//! An output folder written whole or not at all.
//!
//! Every file of a run is written to a temporary file inside the output folder and renamed
//! into place only when the run completes, so a reader never finds a table that looks complete
//! but is not. On success the old `manifest.json` is removed first, the new files are renamed,
//! and the new manifest is written last: a folder whose manifest says `complete: true` holds
//! exactly the files that manifest lists. When a run fails or is interrupted, the temporary
//! files are deleted, the tables of an earlier run (if any) stay as they were, and a manifest
//! with `complete: false`, the reason, and no table listed replaces the old one, so nothing in
//! the folder is vouched for.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;
use tempfile::NamedTempFile;

use crate::error::{Error, Result};
use crate::output::csv::Cells;

use super::csvrow::RowWriter;
use super::manifest::{Manifest, TableCount};
use super::tables::Table;

/// The name of the manifest in an output folder.
pub const MANIFEST: &str = "manifest.json";

/// A file being written into the output folder.
pub struct PendingFile {
    name: String,
    writer: BufWriter<NamedTempFile>,
    rows: u64,
}

impl PendingFile {
    pub fn rows(&self) -> u64 {
        self.rows
    }
}

impl Write for PendingFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.writer.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.writer.flush()
    }
}

/// One CSV table being written: header from its definition, rows from serde structs.
///
/// Rows are serialized into a buffer of their own ([`RowWriter`], the csv crate's bytes) that
/// goes to the file in blocks of [`FLUSH_AT`] bytes or more; the file's own buffer passes
/// blocks that large straight through, so each byte is copied once on its way out.
pub struct TableFile {
    table: &'static Table,
    file: PendingFile,
    csv: RowWriter,
    rows: u64,
    excel_safe: bool,
}

/// The size of the blocks a table is written in.
const FLUSH_AT: usize = 1 << 16;

impl TableFile {
    /// Appends one row.
    pub fn row<T: Serialize>(&mut self, row: &T) -> Result<()> {
        self.rows += 1;
        self.csv
            .serialize(&Cells::new(row, self.excel_safe))
            .map_err(|e| Error::io(self.table.file, std::io::Error::other(e)))?;
        if self.csv.bytes().len() >= FLUSH_AT {
            self.flush()?;
        }
        Ok(())
    }

    /// Hands the buffered rows to the file.
    fn flush(&mut self) -> Result<()> {
        self.file
            .write_all(self.csv.bytes())
            .map_err(|e| Error::io(self.table.file, e))?;
        self.csv.clear();
        Ok(())
    }

    pub fn rows(&self) -> u64 {
        self.rows
    }
}

/// The output folder of one run.
pub struct OutDir {
    dir: PathBuf,
    done: Vec<PendingFile>,
    excel_safe: bool,
}

impl OutDir {
    /// Opens (creating it if needed) the output folder.
    pub fn create(dir: &Path) -> Result<OutDir> {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        Ok(OutDir {
            dir: dir.to_path_buf(),
            done: Vec::new(),
            excel_safe: false,
        })
    }

    /// Writes the text cells of every table spreadsheet-safe from now on (`--excel-safe`; see
    /// [`crate::output::csv::excel_safe_cell`]).
    pub fn set_excel_safe(&mut self, on: bool) {
        self.excel_safe = on;
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Starts a file named `name`; it appears under that name only at [`OutDir::commit`].
    pub fn file(&self, name: &str) -> Result<PendingFile> {
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".tmp");
        // Temporary files are private (0600) by default; the tables are ordinary output files,
        // so they get the permissions any new file gets (0666 less the user's umask).
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let tmp = builder
            .tempfile_in(&self.dir)
            .map_err(|e| Error::io(&self.dir, e))?;
        Ok(PendingFile {
            name: name.to_string(),
            writer: BufWriter::with_capacity(1 << 16, tmp),
            rows: 0,
        })
    }

    /// Starts a CSV table and writes its header.
    pub fn table(&self, table: &'static Table) -> Result<TableFile> {
        let file = self.file(table.file)?;
        let mut csv = RowWriter::with_capacity(FLUSH_AT + (FLUSH_AT >> 2));
        csv.record(table.header())
            .map_err(|e| Error::io(table.file, std::io::Error::other(e)))?;
        Ok(TableFile {
            table,
            file,
            csv,
            rows: 0,
            excel_safe: self.excel_safe,
        })
    }

    /// Finishes a table; it is renamed into place at commit.
    pub fn finish_table(&mut self, mut t: TableFile) -> Result<()> {
        t.flush()?;
        let name = t.table.file;
        let mut file = t.file;
        file.flush().map_err(|e| Error::io(name, e))?;
        file.rows = t.rows;
        self.done.push(file);
        Ok(())
    }

    /// Finishes a plain file.
    pub fn finish_file(&mut self, mut f: PendingFile, rows: u64) {
        f.rows = rows;
        self.done.push(f);
    }

    /// Writes a whole small file (the codebook).
    pub fn put(&mut self, name: &str, bytes: &[u8]) -> Result<()> {
        let mut f = self.file(name)?;
        f.write_all(bytes).map_err(|e| Error::io(name, e))?;
        self.finish_file(f, 0);
        Ok(())
    }

    /// Renames every finished file into place and writes the manifest, complete.
    pub fn commit(self, mut manifest: Manifest) -> Result<()> {
        let old = self.dir.join(MANIFEST);
        match fs::remove_file(&old) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(old, e)),
        }
        let mut persisted = Vec::new();
        for f in self.done {
            let dest = self.dir.join(&f.name);
            let tmp = f
                .writer
                .into_inner()
                .map_err(|e| Error::io(&dest, e.into_error()))?;
            tmp.as_file().sync_all().map_err(|e| Error::io(&dest, e))?;
            tmp.persist(&dest).map_err(|e| Error::io(&dest, e.error))?;
            persisted.push(TableCount {
                file: f.name,
                rows: f.rows,
            });
        }
        manifest.complete = true;
        manifest.files = persisted;
        write_manifest(&self.dir, &manifest)
    }

    /// Drops every unfinished and finished file and records the failed run in the manifest.
    pub fn abandon(self, mut manifest: Manifest, reason: &str) -> Result<()> {
        manifest.complete = false;
        manifest.reason = Some(reason.to_string());
        manifest.files.clear();
        let dir = self.dir.clone();
        drop(self);
        write_manifest(&dir, &manifest)
    }
}

fn write_manifest(dir: &Path, manifest: &Manifest) -> Result<()> {
    let path = dir.join(MANIFEST);
    let mut tmp = NamedTempFile::new_in(dir).map_err(|e| Error::io(dir, e))?;
    serde_json::to_writer_pretty(&mut tmp, manifest).map_err(|e| Error::io(&path, e.into()))?;
    tmp.write_all(b"\n").map_err(|e| Error::io(&path, e))?;
    tmp.persist(&path).map_err(|e| Error::io(&path, e.error))?;
    Ok(())
}
