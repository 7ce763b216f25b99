//! `tend backup`, `tend backups` and `tend restore`: copies of the journal made now or
//! daily, listed, and put back in place.

use super::{Ctx, say};
use crate::clock::Clock;
use crate::error::{Result, line_to_stderr};
use crate::paths::Paths;
use crate::secret::Source;
use crate::store::{self, Kind};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    path: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    path: PathBuf,
}

/// Backs up now, to PATH or into the backups folder.
pub fn backup(a: BackupArgs, ctx: &mut Ctx, paths: &Paths) -> Result<()> {
    let chosen = a.path.is_some();
    // In the backups folder an unencrypted journal's backup is kept compressed; a
    // file the person names stays a database they can open.
    let compressed = !chosen && !ctx.store.is_encrypted();
    let dest = a.path.unwrap_or_else(|| {
        paths.backups.join(format!(
            "tend-{}.db{}",
            ctx.clock().now().format("%Y-%m-%dT%H%M%S"),
            if compressed { store::gzip::EXT } else { "" }
        ))
    });
    if compressed {
        ctx.store.backup_compressed(&dest)?;
    } else {
        ctx.store.backup_to(&dest)?;
    }
    if chosen {
        note_copy(ctx, &dest, "backup");
    }
    let how = if ctx.store.is_encrypted() {
        ", encrypted with your passphrase"
    } else if compressed {
        ", compressed"
    } else {
        ""
    };
    say!(ctx.out, "Backed up to {}{how}.", dest.display());
    Ok(())
}

/// Notes a copy of the whole journal written outside tend's folders (kind "backup" or
/// "export"), for `tend encrypt` and `tend doctor`. The copy is written by then, so a
/// failure to note it is only said on stderr.
pub(super) fn note_copy(ctx: &Ctx, path: &Path, kind: &str) {
    let encrypted = kind == "backup" && ctx.store.is_encrypted();
    if let Err(e) = ctx.store.note_copy(path, kind, encrypted) {
        line_to_stderr(format_args!(
            "tend: wrote {}, but could not note it for `tend doctor` ({e})",
            path.display()
        ));
    }
}

/// Lists the backups folder, oldest first.
pub fn backups(ctx: &mut Ctx, paths: &Paths) -> Result<()> {
    let list = store::backup::list(&paths.backups)?;
    ctx.show(&list, |out| {
        if list.is_empty() {
            say!(out, "No backups yet in {}. tend makes one each day you use it; `tend backup` makes one now.", paths.backups.display());
        }
        for b in &list {
            say!(out, "{}  {:>9}  {}", b.date, human_size(b.bytes), b.path.display());
        }
        if !list.is_empty() {
            say!(out, "{} in all", count_and_size(&list));
        }
    })
}

/// Replaces the journal with a backup, keeping the current file aside.
pub fn restore(a: RestoreArgs, paths: &Paths, clock: Clock, source: &Source) -> Result<String> {
    store::restore::check_backup(&a.path)?;
    // A compressed backup holds an unencrypted journal (tend compresses only those).
    let encrypted = if store::gzip::is_gzip(&a.path) {
        !store::gzip::holds_plain_sqlite(&a.path)
    } else {
        store::kind(&a.path)? == Kind::Encrypted
    };
    let key = if encrypted {
        source.current("Passphrase of the backup: ")?
    } else {
        None
    };
    let aside = store::restore::restore(&paths.database, &a.path, clock, key)?;
    let kept = aside.map_or(String::new(), |p| {
        format!(" The journal as it was is kept at {}.", p.display())
    });
    Ok(format!(
        "Restored {} from {}.{kept}\n",
        paths.database.display(),
        a.path.display(),
    ))
}

/// "3 backups, 12 MiB": how many and the space they take together.
pub fn count_and_size(list: &[store::backup::BackupFile]) -> String {
    let n = list.len();
    let s = if n == 1 { "" } else { "s" };
    format!(
        "{n} backup{s}, {}",
        human_size(store::backup::total_bytes(list))
    )
}

/// A file size as a person reads it: "12 KiB", "3.4 MiB".
pub fn human_size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 => format!("{:.1} GiB", b as f64 / f64::from(1u32 << 30)),
        b if b >= 1 << 20 => format!("{:.1} MiB", b as f64 / f64::from(1u32 << 20)),
        b if b >= 1 << 10 => format!("{:.0} KiB", b as f64 / 1024.0),
        b => format!("{b} B"),
    }
}
