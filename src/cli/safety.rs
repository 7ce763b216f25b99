//! `tend encrypt|decrypt|passphrase`, `tend backup|backups|restore` and `tend doctor`:
//! keeping the journal private and impossible to lose.

use super::{Ctx, say};
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::paths::Paths;
use crate::secret::Source;
use crate::store::{self, Kind, Store};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// Where to write the backup [default: the backups folder, named by date and time]
    path: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// The backup to restore (see `tend backups`)
    path: PathBuf,
}

pub fn encrypt(paths: &Paths, clock: Clock, source: &Source) -> Result<String> {
    let new = source.new_passphrase()?;
    store::crypto::encrypt(&paths.database, clock, new.clone())?;
    let backups = store::crypto::encrypt_backups(&paths.backups, clock, &new)?;
    let also = if backups > 0 {
        format!(" Your {backups} earlier backups are encrypted too.")
    } else {
        String::new()
    };
    Ok(format!(
        "Encrypted {}.{also} Keep your passphrase somewhere safe: without it the journal cannot be opened.\n",
        paths.database.display()
    ))
}

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

pub fn passphrase(paths: &Paths, clock: Clock, source: &Source) -> Result<String> {
    let old = source
        .current("Current passphrase: ")?
        .ok_or_else(|| Error::Locked {
            path: paths.database.clone(),
        })?;
    let new = source.new_passphrase()?;
    store::crypto::change_passphrase(&paths.database, clock, old, new)?;
    Ok("Changed the passphrase. Older backups still open with the passphrase they were made with.\n".into())
}

pub fn backup(a: BackupArgs, ctx: &mut Ctx, paths: &Paths) -> Result<()> {
    let dest = a.path.unwrap_or_else(|| {
        paths.backups.join(format!(
            "tend-{}.db",
            ctx.clock().now().format("%Y-%m-%dT%H%M%S")
        ))
    });
    ctx.store.backup_to(&dest)?;
    let how = if ctx.store.is_encrypted() {
        ", encrypted with your passphrase"
    } else {
        ""
    };
    say!(ctx.out, "Backed up to {}{how}.", dest.display());
    Ok(())
}

pub fn backups(ctx: &mut Ctx, paths: &Paths) -> Result<()> {
    let list = store::backup::list(&paths.backups)?;
    ctx.show(&list, |out| {
        if list.is_empty() {
            say!(out, "No backups yet in {}. tend makes one each day you use it; `tend backup` makes one now.", paths.backups.display());
        }
        for b in &list {
            say!(out, "{}  {:>9}  {}", b.date, human_size(b.bytes), b.path.display());
        }
    })
}

pub fn restore(a: RestoreArgs, paths: &Paths, clock: Clock, source: &Source) -> Result<String> {
    let key = if store::kind(&a.path)? == Kind::Encrypted {
        source.current("Passphrase of the backup: ")?
    } else {
        None
    };
    let aside = store::backup::restore(&paths.database, &a.path, clock, key)?;
    Ok(format!(
        "Restored {} from {}. The journal as it was is kept at {}.\n",
        paths.database.display(),
        a.path.display(),
        aside.display()
    ))
}

pub fn human_size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 => format!("{:.1} GiB", b as f64 / f64::from(1u32 << 30)),
        b if b >= 1 << 20 => format!("{:.1} MiB", b as f64 / f64::from(1u32 << 20)),
        b if b >= 1 << 10 => format!("{:.0} KiB", b as f64 / 1024.0),
        b => format!("{b} B"),
    }
}

/// One line of `tend doctor`: OK, or WARN with what to do.
fn line(out: &mut String, ok: bool, what: &str, fix: &str) -> bool {
    if ok {
        say!(out, "OK    {what}");
    } else {
        say!(out, "WARN  {what}: {fix}");
    }
    ok
}

pub fn doctor(paths: &Paths, clock: Clock, source: &Source) -> Result<String> {
    use std::os::unix::fs::PermissionsExt;
    let mut out = String::new();
    let db = &paths.database;
    say!(
        out,
        "tend {} · database {}",
        env!("CARGO_PKG_VERSION"),
        db.display()
    );
    say!(
        out,
        "      config {} · backups {}",
        paths.config.display(),
        paths.backups.display()
    );
    if !db.exists() {
        line(
            &mut out,
            false,
            "database",
            "not created yet; run `tend` to start",
        );
        return Ok(out);
    }
    let kind = store::kind(db)?;
    let key = if kind == Kind::Encrypted {
        source.current("Passphrase: ")?
    } else {
        None
    };
    let store = match Store::open_with(db, clock, key) {
        Ok(s) => s,
        Err(e @ Error::Locked { .. }) => {
            line(
                &mut out,
                true,
                "encryption: SQLCipher (give the passphrase to check more)",
                "",
            );
            say!(out, "{e}");
            return Ok(out);
        }
        Err(e) => return Err(e),
    };
    let mut warns = 0;
    let (version, integrity) = store.health()?;
    warns += usize::from(!line(
        &mut out,
        true,
        &format!(
            "schema version {version} (this tend knows {})",
            store::SCHEMA_VERSION
        ),
        "",
    ));
    warns += usize::from(!line(
        &mut out,
        store.is_encrypted(),
        if store.is_encrypted() {
            "encrypted with SQLCipher"
        } else {
            "not encrypted"
        },
        "anyone who can read the file can read your journal; run `tend encrypt`",
    ));
    warns += usize::from(!line(
        &mut out,
        integrity == "ok",
        &format!("integrity check: {integrity}"),
        "restore from a backup (`tend backups`, `tend restore PATH`)",
    ));
    let mode = std::fs::metadata(db)?.permissions().mode() & 0o777;
    warns += usize::from(!line(
        &mut out,
        mode & 0o077 == 0,
        &format!("file permissions {mode:o}"),
        &format!("others can read it; run `chmod 600 {}`", db.display()),
    ));
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        let dmode = std::fs::metadata(dir)?.permissions().mode() & 0o777;
        warns += usize::from(!line(
            &mut out,
            dmode & 0o077 == 0,
            &format!("folder permissions {dmode:o}"),
            &format!("others can list it; run `chmod 700 {}`", dir.display()),
        ));
    }
    let today = store.today()?;
    let last = store::backup::list(&paths.backups)?.pop();
    let age = last.as_ref().map(|b| (today - b.date).num_days());
    warns += usize::from(!line(
        &mut out,
        age.is_some_and(|a| a <= 2),
        &match (&last, age) {
            (Some(b), Some(a)) => format!("last backup {} ({a} days ago)", b.date),
            _ => "no backup yet".into(),
        },
        "run `tend backup`",
    ));
    let free = free_space(db);
    warns += usize::from(!line(
        &mut out,
        free.is_none_or(|f| f > 200 << 20),
        &format!(
            "free disk space {}",
            free.map_or("unknown".into(), human_size)
        ),
        "less than 200 MiB left; free some space so writes and backups can succeed",
    ));
    say!(
        out,
        "{}",
        if warns == 0 {
            "All good.".to_string()
        } else {
            format!("{warns} thing(s) to look at.")
        }
    );
    Ok(out)
}

fn free_space(path: &std::path::Path) -> Option<u64> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    rustix::fs::statvfs(dir)
        .ok()
        .map(|s| s.f_bavail * s.f_frsize)
}
