//! `tend encrypt`, `tend decrypt` and `tend passphrase`: protecting the journal with a
//! passphrase (SQLCipher), removing that protection, and changing the passphrase.

use super::say;
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::paths::Paths;
use crate::secret::Source;
use crate::store;
use std::path::PathBuf;

// Where a script gives the new passphrase; without either, it is asked twice on the
// terminal. Only the commands that set a passphrase have these flags.
#[derive(Debug, clap::Args)]
pub struct NewPassphraseArgs {
    #[arg(long, value_name = "N")]
    new_passphrase_fd: Option<i32>,
    #[arg(
        long,
        env = "TEND_NEW_PASSPHRASE_FILE",
        value_name = "PATH",
        hide = true
    )]
    new_passphrase_file: Option<PathBuf>,
}

impl NewPassphraseArgs {
    /// `source` with the new passphrase coming from where these flags say.
    fn source(&self, source: &Source) -> Source {
        Source {
            new_fd: self.new_passphrase_fd,
            new_file: self.new_passphrase_file.clone(),
            ..source.clone()
        }
    }
}

/// Encrypts the journal, its plain backups and the journal kept aside by restores, and
/// names the copies it cannot reach.
pub fn encrypt(
    a: &NewPassphraseArgs,
    paths: &Paths,
    clock: Clock,
    source: &Source,
) -> Result<String> {
    let new = a.source(source).new_passphrase()?;
    let folders = crate::paths::all_backups(paths, &[]);
    let done = store::crypto::encrypt_all(&paths.database, &folders, clock, new)?;
    let path = paths.database.display().to_string();
    let mut out = String::new();
    if done.copies > 0 {
        let count = done.copies;
        say!(
            out,
            "{}",
            t!("cli-encrypt-done-copies", path = path, count = count)
        );
    } else {
        say!(out, "{}", t!("cli-encrypt-done", path = path));
    }
    if !done.unreadable.is_empty() {
        let list = done.unreadable.join("; ");
        say!(out, "{}", t!("cli-encrypt-unreadable", list = list));
    }
    if !done.outside.is_empty() {
        let list: Vec<String> = done
            .outside
            .iter()
            .map(|c| format!("{} ({})", c.path.display(), what_copy(c)))
            .collect();
        let list = list.join(", ");
        say!(out, "{}", t!("cli-encrypt-outside", list = list));
    }
    Ok(out)
}

/// "backup of 2026-11-23", "data export of 2026-11-23".
pub fn what_copy(c: &store::copies::Copy) -> String {
    let date = c.made_at.get(..10).unwrap_or(&c.made_at);
    if c.kind == "export" {
        t!("cli-copy-export", date = date)
    } else {
        t!("cli-copy-backup", date = date)
    }
}

/// Removes the passphrase protection (backups keep theirs).
pub fn decrypt(paths: &Paths, clock: Clock, source: &Source) -> Result<String> {
    let key = source
        .current(&format!("{} ", t!("cli-passphrase")))?
        .ok_or_else(|| Error::Locked {
            path: paths.database.clone(),
        })?;
    store::crypto::decrypt(&paths.database, clock, key)?;
    let path = paths.database.display().to_string();
    Ok(t!("cli-decrypt-done", path = path) + "\n")
}

/// Changes the passphrase: the current one first, then the new one.
pub fn passphrase(
    a: &NewPassphraseArgs,
    paths: &Paths,
    clock: Clock,
    source: &Source,
) -> Result<String> {
    let old = source
        .current(&format!("{} ", t!("cli-passphrase-current")))?
        .ok_or_else(|| Error::Locked {
            path: paths.database.clone(),
        })?;
    let new = a.source(source).new_passphrase()?;
    store::crypto::change_passphrase(&paths.database, clock, old, new)?;
    Ok(t!("cli-passphrase-changed") + "\n")
}
