//! Encrypting, decrypting and re-keying the database file. Encrypting and decrypting
//! write a new copy beside each file (`<name>.rewriting`) with `sqlcipher_export`, open
//! it again and check that it holds exactly the same data, and only then rename it over
//! the old file. Encrypting prepares the journal and every unencrypted copy tend keeps
//! of it (backups, the journal kept aside by a restore) before it renames any, so that
//! a failure such as a full disk leaves every file as it was. All of them work on the
//! file a symlinked path points to, holding the folder lock.

use super::file::{self, APPLICATION_ID};
use super::place::{Lock, REWRITING, SIDE_FILES, real_path, remove_with_sides, sibling, sync_file};
use super::{Store, gzip, keying};
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::files::sync_dir;
use crate::secret::Passphrase;
use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// The data as `export_data` sees it, without the moment of export.
fn content(store: &Store) -> Result<serde_json::Value> {
    let mut v = store.export_data()?;
    if let Some(o) = v.as_object_mut() {
        o.remove("exported_at");
    }
    Ok(v)
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
        if key.is_none() {
            // The sync key is kept only inside an encrypted journal: overwritten, not
            // just unlinked, so its bytes do not stay in the plain file's free pages.
            conn.execute_batch("PRAGMA target.secure_delete = ON;")?;
            conn.execute("UPDATE target.sync_setup SET key = NULL", [])?;
        }
        let version: i32 = conn.query_row("PRAGMA main.user_version", [], |r| r.get(0))?;
        conn.execute_batch(&format!("PRAGMA target.user_version = {version}; PRAGMA target.application_id = {APPLICATION_ID};"))?;
        Ok(())
    })();
    conn.execute_batch("DETACH DATABASE target;")?;
    copied
}

/// What `encrypt_all` did besides encrypting the journal.
#[derive(Debug, Default)]
pub struct Encrypted {
    /// Unencrypted backups and copies in tend's folders, now encrypted too.
    pub copies: usize,
    /// Unencrypted copies in tend's folders that could not be opened, with the reason.
    pub unreadable: Vec<String>,
    /// Copies tend wrote elsewhere on request, which it does not touch, still there and
    /// unencrypted.
    pub outside: Vec<super::copies::Copy>,
}

/// Writes `store`'s data keyed with `new` (None: plain) to `<file>.rewriting`, checks
/// it reads back the same, and syncs it; returns that file.
fn prepare(store: &Store, new: Option<&Passphrase>) -> Result<PathBuf> {
    let tmp = sibling(&store.path, REWRITING);
    let result = (|| -> Result<()> {
        export_to(store, &tmp, new)?;
        let before = content(store)?;
        let copy = Store::open_with(&tmp, store.clock, new.cloned())?;
        copy.check_whole()?;
        if content(&copy)? != before || copy.is_encrypted() != new.is_some() {
            return Err(Error::Message(t!("store-copy-differs")));
        }
        drop(copy);
        sync_file(&tmp)
    })();
    if let Err(e) = result {
        remove_with_sides(&tmp);
        return Err(e);
    }
    Ok(tmp)
}

/// Renames the prepared copy `tmp` over `target`, which must not be open: its SQLite
/// side files go first, so that none is ever left beside the new file.
fn commit(tmp: &Path, target: &Path) -> Result<()> {
    for side in ["-wal", "-journal"] {
        if std::fs::metadata(sibling(target, side)).is_ok_and(|m| m.len() > 0) {
            return Err(Error::Message(t!(
                "store-open-elsewhere",
                path = target.display().to_string()
            )));
        }
    }
    for side in SIDE_FILES {
        let _ = std::fs::remove_file(sibling(target, side));
    }
    std::fs::rename(tmp, target)?;
    sync_dir(target);
    Ok(())
}

/// Replaces `store`'s file by a copy keyed with `new` (None: plain), after checking it.
fn rewrite(store: Store, new: Option<Passphrase>) -> Result<()> {
    let path = store.path.clone();
    let tmp = prepare(&store, new.as_ref())
        .map_err(|e| Error::Message(t!("store-journal-left", error = e.to_string())))?;
    drop(store);
    commit(&tmp, &path).inspect_err(|_| {
        remove_with_sides(&tmp);
    })
}

/// Encrypts a plain database with `new`, with the copies beside it (see `encrypt_all`).
pub fn encrypt(path: &Path, clock: Clock, new: Passphrase) -> Result<()> {
    encrypt_all(path, &[], clock, new).map(|_| ())
}

/// Encrypts a plain journal with `new`, and with it every unencrypted copy tend keeps:
/// the journal as it was before each restore, and the backups in `backups` (compressed
/// ones become encrypted `.db` files, as encrypted pages do not compress). Either all
/// of them are encrypted or (on an error) none is; names the copies it cannot reach.
pub fn encrypt_all(
    path: &Path,
    backups: &[PathBuf],
    clock: Clock,
    new: Passphrase,
) -> Result<Encrypted> {
    let path = real_path(path);
    let _lock = Lock::exclusive(&path)?;
    if file::kind(&path)? == file::Kind::Encrypted {
        return Err(Error::invalid("encrypt", t!("store-already-encrypted")));
    }
    let mut ready = Vec::new();
    let mut unpacked = Unpacked(Vec::new());
    let prepared = prepare_all(&path, backups, clock, &new, &mut ready, &mut unpacked);
    let done = match prepared {
        Ok(done) => done,
        Err(e) => {
            for r in &ready {
                remove_with_sides(&r.tmp);
            }
            return Err(nothing_changed(&e));
        }
    };
    let copies = commit_all(&ready)?;
    let outside = done.outside.into_iter().filter(|c| c.is_plain()).collect();
    Ok(Encrypted {
        copies,
        outside,
        ..done
    })
}

/// An encrypted copy ready to take a file's place.
struct Ready {
    /// The checked encrypted copy (`….rewriting`).
    tmp: PathBuf,
    /// Where it goes.
    target: PathBuf,
    /// A compressed plain backup it replaces under another name, removed once it is
    /// in place.
    replaces: Option<PathBuf>,
}

/// Decompressed copies of compressed backups, made only to be encrypted; removed (with
/// their SQLite side files) when encrypting ends, however it ends. A killed tend leaves
/// them as `….partial-PID` files, which the next start removes.
struct Unpacked(Vec<PathBuf>);

impl Drop for Unpacked {
    fn drop(&mut self) {
        for p in &self.0 {
            remove_with_sides(p);
        }
    }
}

/// Prepares an encrypted copy of each unencrypted copy tend keeps of the journal at
/// `path`, and then of the journal, into `ready`; says which copies it could not open
/// and which ones it cannot reach.
fn prepare_all(
    path: &Path,
    backups: &[PathBuf],
    clock: Clock,
    key: &Passphrase,
    ready: &mut Vec<Ready>,
    unpacked: &mut Unpacked,
) -> Result<Encrypted> {
    let store = Store::open(path, clock)?;
    let mut done = Encrypted {
        outside: store.copies()?,
        ..Encrypted::default()
    };
    let mut plain = super::recover::asides(path);
    // Every backups folder the journal has used: the ones named, and those it noted.
    let noted = store.backups_folders()?;
    let mut folders: Vec<&PathBuf> = Vec::new();
    for dir in backups.iter().chain(&noted) {
        if dir.is_dir() && !folders.iter().any(|f| crate::paths::same_folder(f, dir)) {
            folders.push(dir);
        }
    }
    for dir in folders {
        plain.extend(super::backup::list(dir)?.into_iter().map(|b| b.path));
    }
    plain.retain(|p| super::place::is_plain_sqlite(p));
    for p in plain {
        let (open, target, replaces) = if gzip::is_gzip(&p) {
            let name = p.to_string_lossy();
            let target = PathBuf::from(name.strip_suffix(gzip::EXT).unwrap_or(&name));
            let replaces = (target != p).then(|| p.clone());
            let tmp = sibling(&p, &format!(".partial-{}", std::process::id()));
            remove_with_sides(&tmp);
            match gzip::decompress(&p, &tmp) {
                Ok(()) => unpacked.0.push(tmp.clone()),
                Err(e @ Error::Refused { .. }) => {
                    done.unreadable.push(e.to_string());
                    continue;
                }
                Err(e) => return Err(e),
            }
            (tmp, target, replaces)
        } else {
            (p.clone(), p, None)
        };
        match Store::open(&open, clock) {
            Ok(copy) => {
                let tmp = prepare(&copy, Some(key))?;
                ready.push(Ready {
                    tmp,
                    target,
                    replaces,
                });
            }
            Err(e @ Error::Refused { .. }) => {
                done.unreadable
                    .push(blame(e, replaces.as_deref()).to_string());
            }
            Err(e) => return Err(e),
        }
    }
    let tmp = prepare(&store, Some(key))?;
    ready.push(Ready {
        tmp,
        target: path.to_path_buf(),
        replaces: None,
    });
    Ok(done)
}

/// An error about a decompressed copy names the compressed backup instead.
fn blame(e: Error, compressed: Option<&Path>) -> Error {
    match (e, compressed) {
        (Error::Refused { reason, .. }, Some(p)) => Error::Refused {
            path: p.to_path_buf(),
            reason,
        },
        (e, _) => e,
    }
}

/// Renames every prepared copy into place, the journal last, and removes the compressed
/// backups that encrypted copies replaced; returns how many copies besides the journal
/// were encrypted.
fn commit_all(ready: &[Ready]) -> Result<usize> {
    for (i, r) in ready.iter().enumerate() {
        let committed = commit(&r.tmp, &r.target).and_then(|()| match &r.replaces {
            Some(old) => {
                std::fs::remove_file(old)?;
                sync_dir(old);
                Ok(())
            }
            None => Ok(()),
        });
        if let Err(e) = committed {
            for r in &ready[i..] {
                remove_with_sides(&r.tmp);
            }
            return Err(if i == 0 {
                nothing_changed(&e)
            } else {
                Error::Message(t!(
                    "store-encrypt-stopped",
                    error = e.to_string(),
                    done = i,
                    all = ready.len() - 1
                ))
            });
        }
    }
    Ok(ready.len() - 1)
}

/// The error of an encrypt that changed nothing.
fn nothing_changed(e: &Error) -> Error {
    Error::Message(t!("store-encrypt-nothing-changed", error = e.to_string()))
}

/// Decrypts an encrypted database opened with `key`.
pub fn decrypt(path: &Path, clock: Clock, key: Passphrase) -> Result<()> {
    let path = real_path(path);
    let _lock = Lock::exclusive(&path)?;
    if file::kind(&path)? != file::Kind::Encrypted {
        return Err(Error::invalid("decrypt", t!("store-not-encrypted")));
    }
    let store = Store::open_with(&path, clock, Some(key))?;
    rewrite(store, None)
}

/// A rollback journal left by an interrupted passphrase change is played back by SQLite
/// at the first read, even under a wrong key, which would change the file. So when one
/// is there, the key is first tried on a private copy of both: a wrong key changes
/// nothing, and the right one lets SQLite roll the change back.
pub(super) fn check_key_first(path: &Path, key: &Passphrase) -> Result<()> {
    let hot = sibling(path, "-journal");
    if !std::fs::metadata(&hot).is_ok_and(|m| m.len() > 0)
        || file::kind(path)? != file::Kind::Encrypted
    {
        return Ok(());
    }
    let dir = tempfile::Builder::new()
        .prefix("tend-keycheck-")
        .tempdir()?;
    let copy = dir.path().join("journal.db");
    std::fs::copy(path, &copy)?;
    std::fs::copy(&hot, sibling(&copy, "-journal"))?;
    let conn = Connection::open(&copy)?;
    keying::require_sqlcipher(&conn)?;
    keying::unlock(&conn, path, key)
}

/// Changes the passphrase with `PRAGMA rekey` (under a rollback journal, which rekey
/// needs), then proves the new one opens the file.
pub fn change_passphrase(
    path: &Path,
    clock: Clock,
    old: Passphrase,
    new: Passphrase,
) -> Result<()> {
    let path = &real_path(path);
    let _lock = Lock::exclusive(path)?;
    if file::kind(path)? != file::Kind::Encrypted {
        return Err(Error::invalid(
            t!("secret-field-passphrase"),
            t!("store-not-encrypted-passphrase"),
        ));
    }
    let store = Store::open_with(path, clock, Some(old))?;
    let before = content(&store)?;
    store
        .conn
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")?;
    keying::rekey(&store.conn, &new)?;
    store.conn.execute_batch("PRAGMA journal_mode = WAL;")?;
    drop(store);
    let reopened = Store::open_with(path, clock, Some(new))?;
    if content(&reopened)? != before {
        return Err(Error::Message(t!("store-rekey-differs")));
    }
    Ok(())
}
