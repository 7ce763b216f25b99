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
    let also = if done.copies > 0 {
        format!(" Your {} earlier backups are encrypted too.", done.copies)
    } else {
        String::new()
    };
    let mut out = format!(
        "Encrypted {}.{also} Keep your passphrase somewhere safe: without it the journal cannot be opened.\n",
        paths.database.display()
    );
    if !done.unreadable.is_empty() {
        say!(
            out,
            "These could not be opened and stay unencrypted; delete them if you do not need them: {}",
            done.unreadable.join("; ")
        );
    }
    if !done.outside.is_empty() {
        let list: Vec<String> = done
            .outside
            .iter()
            .map(|c| format!("{} ({})", c.path.display(), what_copy(c)))
            .collect();
        say!(
            out,
            "Copies you made elsewhere stay unencrypted, where tend cannot reach them: {}. Delete them, or keep them where only you can read them.",
            list.join(", ")
        );
    }
    Ok(out)
}

/// "backup of 2026-11-23", "data export of 2026-11-23".
pub fn what_copy(c: &store::copies::Copy) -> String {
    let kind = if c.kind == "export" {
        "data export"
    } else {
        "backup"
    };
    format!("{kind} of {}", c.made_at.get(..10).unwrap_or(&c.made_at))
}

/// Removes the passphrase protection (backups keep theirs).
pub fn decrypt(paths: &Paths, clock: Clock, source: &Source) -> Result<String> {
    let key = source
        .current("Passphrase: ")?
        .ok_or_else(|| Error::Locked {
            path: paths.database.clone(),
        })?;
    store::crypto::decrypt(&paths.database, clock, key)?;
    Ok(format!(
        "Decrypted {}: it is no longer protected by a passphrase. Backups keep the passphrase they were made with.\n",
        paths.database.display()
    ))
}

/// Changes the passphrase: the current one first, then the new one.
pub fn passphrase(
    a: &NewPassphraseArgs,
    paths: &Paths,
    clock: Clock,
    source: &Source,
) -> Result<String> {
    let old = source
        .current("Current passphrase: ")?
        .ok_or_else(|| Error::Locked {
            path: paths.database.clone(),
        })?;
    let new = a.source(source).new_passphrase()?;
    store::crypto::change_passphrase(&paths.database, clock, old, new)?;
    Ok("Changed the passphrase. Older backups still open with the passphrase they were made with.\n".into())
}
