//! Keying SQLCipher: checking that this binary has it, giving a connection the
//! passphrase's bytes (never as SQL text, so any byte works and no error message can
//! quote it), proving the key by reading the schema, and changing it. Encrypting,
//! decrypting and re-keying whole files (`crypto`) and opening them (`file`) use it.

use crate::error::{Error, Result};
use crate::secret::Passphrase;
use rusqlite::{Connection, OptionalExtension};
use std::path::Path;

/// Fails loudly when this binary was built without SQLCipher, instead of silently
/// ignoring a key. Also keeps SQLCipher from writing log lines to the terminal.
pub fn require_sqlcipher(conn: &Connection) -> Result<()> {
    let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE;");
    let version: Option<String> = conn
        .query_row("PRAGMA cipher_version", [], |r| r.get(0))
        .optional()?;
    match version {
        Some(v) if !v.is_empty() => Ok(()),
        _ => Err(Error::NoSqlcipher),
    }
}

/// Gives SQLCipher the passphrase's bytes for `schema` ("main" or an attached name)
/// through `sqlite3_key_v2` (rusqlite's `Connection::key`): never as SQL text, so any
/// byte works and no error message can quote it. The key derivation is the same as
/// `PRAGMA key`'s.
pub fn apply_key(conn: &Connection, schema: &str, key: &Passphrase) -> Result<()> {
    let bytes = key.expose();
    if std::os::raw::c_int::try_from(bytes.len()).is_err() {
        return Err(Error::invalid(
            t!("secret-field-passphrase"),
            t!("store-passphrase-too-long"),
        ));
    }
    key_result(conn.key(Some(schema), bytes, false), false)
}

/// Re-keys the open file with the new passphrase's bytes (`sqlite3_rekey_v2`).
pub fn rekey(conn: &Connection, key: &Passphrase) -> Result<()> {
    let bytes = key.expose();
    if std::os::raw::c_int::try_from(bytes.len()).is_err() {
        return Err(Error::invalid(
            t!("secret-field-passphrase"),
            t!("store-passphrase-too-long"),
        ));
    }
    key_result(conn.key(Some("main"), bytes, true), true)
}

/// The result of giving SQLCipher a key, to use it or (`change`) to re-key with it.
fn key_result(result: rusqlite::Result<()>, change: bool) -> Result<()> {
    result.map_err(|e| {
        let code = match &e {
            rusqlite::Error::SqliteFailure(f, _) => f.extended_code,
            _ => rusqlite::ffi::SQLITE_MISUSE,
        };
        Error::Message(if change {
            t!("store-rekey-failed", code = code)
        } else {
            t!("store-key-failed", code = code)
        })
    })
}

/// Applies the key and proves it by reading the schema.
pub fn unlock(conn: &Connection, path: &Path, key: &Passphrase) -> Result<()> {
    apply_key(conn, "main", key)?;
    match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(()),
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            Err(Error::WrongPassphrase {
                path: path.to_path_buf(),
            })
        }
        Err(e) => Err(trouble(path, e)),
    }
}

/// What an SQLite error while first reading a file says about it. Only real damage is
/// called damage: a file SQLite may not write beside, or one that is busy, is not.
pub(super) fn trouble(path: &Path, e: rusqlite::Error) -> Error {
    use rusqlite::ErrorCode::{
        CannotOpen, DatabaseBusy, DatabaseLocked, PermissionDenied, ReadOnly,
    };
    match e.sqlite_error_code() {
        Some(ReadOnly | CannotOpen | PermissionDenied) => {
            Error::refused(path, t!("store-cannot-open-it", error = e.to_string()))
        }
        Some(DatabaseBusy | DatabaseLocked) => Error::refused(path, t!("store-locked-elsewhere")),
        _ => Error::refused(path, t!("store-damaged", error = e.to_string())),
    }
}
