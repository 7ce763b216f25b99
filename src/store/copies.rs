//! Copies of the whole journal that tend wrote outside its own folders because the
//! person asked (`tend backup PATH`, `tend export data -o FILE`), noted in the `copies`
//! table so that `tend encrypt` can name the ones it cannot reach and `tend doctor` can
//! warn about them while they exist.

use super::Store;
use crate::error::Result;
use rusqlite::params;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// One noted copy: "backup" (a database file) or "export" (JSON, never encrypted).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Copy {
    pub path: PathBuf,
    pub kind: String,
    pub made_at: String,
    pub encrypted: bool,
}

impl Copy {
    /// Still there, and readable by anyone who can read the file.
    pub fn is_plain(&self) -> bool {
        match self.kind.as_str() {
            "backup" => super::place::is_plain_sqlite(&self.path),
            _ => self.path.exists(),
        }
    }
}

/// How a backups folder the journal wrote into is noted among the copies.
const FOLDER: &str = "backups-folder";

/// The noted copies, read from an open connection (not the backups folders).
pub(super) fn read(conn: &rusqlite::Connection) -> Result<Vec<Copy>> {
    let mut st = conn.prepare(
        "SELECT path, kind, made_at, encrypted FROM copies WHERE kind <> 'backups-folder'
         ORDER BY made_at, path",
    )?;
    let rows = st.query_map([], |r| {
        Ok(Copy {
            path: PathBuf::from(r.get::<_, String>(0)?),
            kind: r.get(1)?,
            made_at: r.get(2)?,
            encrypted: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Notes `copies` in the database open on `conn`, keeping what it already knows.
pub(super) fn add_all(conn: &rusqlite::Connection, copies: &[Copy]) -> Result<()> {
    for c in copies {
        conn.execute(
            "INSERT OR IGNORE INTO copies (path, kind, made_at, encrypted) VALUES (?1, ?2, ?3, ?4)",
            params![c.path.to_string_lossy(), c.kind, c.made_at, c.encrypted],
        )?;
    }
    Ok(())
}

impl Store {
    /// Notes a copy of the whole journal written at `path` (kind "backup" or "export").
    pub fn note_copy(&self, path: &Path, kind: &str, encrypted: bool) -> Result<()> {
        let full = std::fs::canonicalize(path).or_else(|_| std::path::absolute(path))?;
        self.write(|w| {
            w.execute(
                "INSERT INTO copies (path, kind, made_at, encrypted) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (path) DO UPDATE SET kind = excluded.kind, made_at = excluded.made_at, encrypted = excluded.encrypted",
                params![full.to_string_lossy(), kind, w.now(), encrypted],
            )?;
            Ok(())
        })
    }

    /// Every noted copy, oldest first (whether or not it still exists).
    pub fn copies(&self) -> Result<Vec<Copy>> {
        read(&self.conn)
    }

    /// Notes a backups folder this journal used other than the one its real location
    /// names (one an older tend named after a link to it), so that encrypting, doctor
    /// and retention find it again whichever path the journal is opened by.
    pub fn note_backups_folder(&self, dir: &Path) -> Result<()> {
        let full = std::fs::canonicalize(dir).or_else(|_| std::path::absolute(dir))?;
        let known: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM copies WHERE path = ?1 AND kind = ?2)",
            params![full.to_string_lossy(), FOLDER],
            |r| r.get(0),
        )?;
        if known {
            return Ok(());
        }
        self.write(|w| {
            w.execute(
                "INSERT INTO copies (path, kind, made_at, encrypted) VALUES (?1, ?2, ?3, 0)
                 ON CONFLICT (path) DO NOTHING",
                params![full.to_string_lossy(), FOLDER, w.now()],
            )?;
            Ok(())
        })
    }

    /// The backups folders this journal noted, oldest first.
    pub fn backups_folders(&self) -> Result<Vec<PathBuf>> {
        let mut st = self
            .conn
            .prepare("SELECT path FROM copies WHERE kind = ?1 ORDER BY made_at, path")?;
        let rows = st.query_map([FOLDER], |r| r.get::<_, String>(0))?;
        Ok(rows
            .map(|r| r.map(PathBuf::from))
            .collect::<rusqlite::Result<_>>()?)
    }
}
