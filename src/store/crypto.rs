//! Encrypting, decrypting and re-keying the database file. Each writes a new file
//! beside the old one with `sqlcipher_export`, opens it again and checks that it holds
//! exactly the same data, and only then renames it over the old file.

use super::Store;
use super::file::{self, APPLICATION_ID};
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::files::sync_dir;
use crate::secret::Passphrase;
use std::path::{Path, PathBuf};

/// The data as `export_data` sees it, without the moment of export.
fn content(store: &Store) -> Result<serde_json::Value> {
    let mut v = store.export_data()?;
    if let Some(o) = v.as_object_mut() {
        o.remove("exported_at");
    }
    Ok(v)
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

/// Copies `store` into a new file at `target` keyed with `key` ("" = plain).
fn export_to(store: &Store, target: &Path, key: Option<&Passphrase>) -> Result<()> {
    let _ = std::fs::remove_file(target);
    {
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(target)?;
    }
    let conn = &store.conn;
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
    conn.execute(
        "ATTACH DATABASE ?1 AS target KEY ?2",
        // The key is bound as a blob of the passphrase's bytes, never SQL text; an
        // empty text key makes a plain copy.
        rusqlite::params![
            target.to_string_lossy(),
            key.map_or(rusqlite::types::ToSqlOutput::from(""), |k| k
                .expose()
                .into())
        ],
    )?;
    let copied = (|| -> Result<()> {
        conn.query_row("SELECT sqlcipher_export('target')", [], |_| Ok(()))?;
        let version: i32 = conn.query_row("PRAGMA main.user_version", [], |r| r.get(0))?;
        conn.execute_batch(&format!("PRAGMA target.user_version = {version}; PRAGMA target.application_id = {APPLICATION_ID};"))?;
        Ok(())
    })();
    conn.execute_batch("DETACH DATABASE target;")?;
    copied
}

/// Replaces `store`'s file by a copy keyed with `new` (None: plain), after checking it.
fn rewrite(store: Store, new: Option<Passphrase>) -> Result<()> {
    let path = store.path.clone();
    let clock = store.clock;
    let tmp = sibling(&path, ".rewriting");
    let result = (|| -> Result<()> {
        export_to(&store, &tmp, new.as_ref())?;
        let before = content(&store)?;
        let copy = Store::open_with(&tmp, clock, new.clone())?;
        if content(&copy)? != before || copy.is_encrypted() != new.is_some() {
            return Err(Error::Message(
                "the new copy did not match; your journal was left as it was".into(),
            ));
        }
        Ok(())
    })();
    drop(store);
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        let _ = std::fs::remove_file(sibling(&tmp, "-wal"));
        let _ = std::fs::remove_file(sibling(&tmp, "-shm"));
        return Err(e);
    }
    std::fs::rename(&tmp, &path)?;
    for leftover in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(sibling(&path, leftover));
    }
    sync_dir(&path);
    Ok(())
}

/// Encrypts a plain database with `new`.
pub fn encrypt(path: &Path, clock: Clock, new: Passphrase) -> Result<()> {
    if file::kind(path)? == file::Kind::Encrypted {
        return Err(Error::invalid(
            "encrypt",
            "this journal is already encrypted; `tend passphrase` changes its passphrase",
        ));
    }
    let store = Store::open(path, clock)?;
    rewrite(store, Some(new))
}

/// Encrypts the plain backups in `dir` with `key`, so that none stays readable after the
/// journal itself is encrypted. Returns how many were encrypted.
pub fn encrypt_backups(dir: &Path, clock: Clock, key: &Passphrase) -> Result<usize> {
    let mut n = 0;
    for b in super::backup::list(dir)? {
        if file::kind(&b.path)? == file::Kind::Plain {
            rewrite(Store::open(&b.path, clock)?, Some(key.clone()))?;
            n += 1;
        }
    }
    Ok(n)
}

/// Decrypts an encrypted database opened with `key`.
pub fn decrypt(path: &Path, clock: Clock, key: Passphrase) -> Result<()> {
    if file::kind(path)? != file::Kind::Encrypted {
        return Err(Error::invalid("decrypt", "this journal is not encrypted"));
    }
    let store = Store::open_with(path, clock, Some(key))?;
    rewrite(store, None)
}

/// Changes the passphrase with `PRAGMA rekey` (under a rollback journal, which rekey
/// needs), then proves the new one opens the file.
pub fn change_passphrase(
    path: &Path,
    clock: Clock,
    old: Passphrase,
    new: Passphrase,
) -> Result<()> {
    if file::kind(path)? != file::Kind::Encrypted {
        return Err(Error::invalid(
            "passphrase",
            "this journal is not encrypted; `tend encrypt` sets a passphrase",
        ));
    }
    let store = Store::open_with(path, clock, Some(old))?;
    let before = content(&store)?;
    store
        .conn
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")?;
    file::rekey(&store.conn, &new)?;
    store.conn.execute_batch("PRAGMA journal_mode = WAL;")?;
    drop(store);
    let reopened = Store::open_with(path, clock, Some(new))?;
    if content(&reopened)? != before {
        return Err(Error::Message(
            "after the change the journal did not read back the same; restore it from a backup"
                .into(),
        ));
    }
    Ok(())
}
