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
    let path = dest.display().to_string();
    let said = if ctx.store.is_encrypted() {
        t!("cli-backup-done-encrypted", path = path)
    } else if compressed {
        t!("cli-backup-done-compressed", path = path)
    } else {
        t!("cli-backup-done", path = path)
    };
    let made = serde_json::json!({
        "path": dest, "compressed": compressed, "encrypted": ctx.store.is_encrypted(),
    });
    ctx.show(&made, |out| say!(out, "{said}"))
}

/// Notes a copy of the whole journal written outside tend's folders (kind "backup" or
/// "export"), for `tend encrypt` and `tend doctor`. The copy is written by then, so a
/// failure to note it is only said on stderr.
pub(super) fn note_copy(ctx: &Ctx, path: &Path, kind: &str) {
    let encrypted = kind == "backup" && ctx.store.is_encrypted();
    if let Err(e) = ctx.store.note_copy(path, kind, encrypted) {
        let (path, error) = (path.display().to_string(), e.to_string());
        let said = t!("cli-backup-not-noted", path = path, error = error);
        line_to_stderr(format_args!("tend: {said}"));
    }
}

/// Lists the backups folder, oldest first.
pub fn backups(ctx: &mut Ctx, paths: &Paths) -> Result<()> {
    let list = store::backup::list(&paths.backups)?;
    ctx.show(&list, |out| {
        if list.is_empty() {
            let folder = paths.backups.display().to_string();
            say!(out, "{}", t!("cli-backup-none", folder = folder));
        }
        for b in &list {
            say!(
                out,
                "{}  {:>9}  {}",
                b.date,
                human_size(b.bytes),
                b.path.display()
            );
        }
        if !list.is_empty() {
            say!(
                out,
                "{}",
                t!("cli-backup-in-all", backups = count_and_size(&list))
            );
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
        source.current(&format!("{} ", t!("cli-passphrase-backup")))?
    } else {
        None
    };
    let aside = store::restore::restore(&paths.database, &a.path, clock, key)?;
    let (path, from) = (paths.database.display(), a.path.display());
    let (path, from) = (path.to_string(), from.to_string());
    let said = match aside {
        Some(p) => t!(
            "cli-restore-done-aside",
            path = path,
            from = from,
            aside = p.display().to_string()
        ),
        None => t!("cli-restore-done", path = path, from = from),
    };
    Ok(said + "\n")
}

/// "3 backups, 12 MiB": how many and the space they take together.
pub fn count_and_size(list: &[store::backup::BackupFile]) -> String {
    let size = human_size(store::backup::total_bytes(list));
    t!("cli-backup-count", count = list.len(), size = size)
}

/// A file size as a person reads it: "12 KiB", "3.4 MiB".
pub fn human_size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 => {
            let size = crate::catalog::decimal(b as f64 / f64::from(1u32 << 30), 1);
            t!("cli-size-gib", size = size)
        }
        b if b >= 1 << 20 => {
            let size = crate::catalog::decimal(b as f64 / f64::from(1u32 << 20), 1);
            t!("cli-size-mib", size = size)
        }
        b if b >= 1 << 10 => t!("cli-size-kib", size = format!("{:.0}", b as f64 / 1024.0)),
        b => t!("cli-size-bytes", size = b.to_string()),
    }
}
