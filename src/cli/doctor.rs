//! `tend doctor`: checks paths, schema, encryption, integrity, permissions, backups and
//! their folder, unencrypted copies, files left by an interrupted tend, disk space and
//! sync, each line OK or WARN with what to do.

mod files;
mod sync;

use super::backup::human_size;
use super::say;
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::paths::Paths;
use crate::secret::Source;
use crate::store::{self, Kind, Store};

/// One line of `tend doctor`: OK, or WARN with what to do.
pub(super) fn line(out: &mut String, ok: bool, what: &str, fix: &str) -> bool {
    if ok {
        say!(out, "OK    {what}");
    } else {
        say!(out, "WARN  {what}: {fix}");
    }
    ok
}

/// The health check; opens the journal only to read it.
pub fn run(paths: &Paths, clock: Clock, source: &Source) -> Result<String> {
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
    let encrypted = kind == Kind::Encrypted;
    let key = if encrypted {
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
            files::checks(&mut out, paths, encrypted, &[]);
            say!(out, "{e}");
            return Ok(out);
        }
        Err(e) => return Err(e),
    };
    // Every backups folder the journal has used, whichever path it was opened by.
    let noted = store.backups_folders().unwrap_or_default();
    let mut folders = String::new();
    let folder_warns = files::checks(&mut folders, paths, encrypted, &noted);
    let warns = file_checks(&mut out, &store)?
        + upkeep_checks(&mut out, &store, paths)?
        + sync::checks(&mut out, &store)?;
    out.push_str(&folders);
    // A damaged journal has said so in its integrity line; what cannot be read past
    // the damage is left out rather than ending the report.
    let copies = match files::copies(&mut out, &store) {
        Err(Error::Damaged { .. }) => 0,
        other => other?,
    };
    let warns = warns + folder_warns + copies;
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

/// Schema, encryption, integrity and permissions; returns how many warned.
fn file_checks(out: &mut String, store: &Store) -> Result<usize> {
    use std::os::unix::fs::PermissionsExt;
    let db = store.path();
    let mut warns = 0;
    let version = store.schema_version()?;
    // Every page is read here (opening reads only the header and the schema).
    let integrity = match store.health() {
        Ok(result) => result,
        Err(crate::error::Error::Damaged { detail, .. }) => detail,
        Err(e) => return Err(e),
    };
    warns += usize::from(!line(
        out,
        true,
        &format!(
            "schema version {version} (this tend knows {})",
            store::SCHEMA_VERSION
        ),
        "",
    ));
    warns += usize::from(!line(
        out,
        store.is_encrypted(),
        if store.is_encrypted() {
            "encrypted with SQLCipher"
        } else {
            "not encrypted"
        },
        "anyone who can read the file can read your journal; run `tend encrypt`",
    ));
    warns += usize::from(!line(
        out,
        integrity == "ok",
        &format!("integrity check: {integrity}"),
        "restore from a backup (`tend backups`, `tend restore PATH`)",
    ));
    let mode = std::fs::metadata(db)
        .map_err(|e| Error::file(db, "read its permissions", e))?
        .permissions()
        .mode()
        & 0o777;
    warns += usize::from(!line(
        out,
        mode & 0o077 == 0,
        &format!("file permissions {mode:o}"),
        &format!("others can read it; run `chmod 600 {}`", db.display()),
    ));
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        let dmode = std::fs::metadata(dir)
            .map_err(|e| Error::file(dir, "read its permissions", e))?
            .permissions()
            .mode()
            & 0o777;
        warns += usize::from(!line(
            out,
            dmode & 0o077 == 0,
            &format!("folder permissions {dmode:o}"),
            &format!("others can list it; run `chmod 700 {}`", dir.display()),
        ));
    }
    Ok(warns)
}

/// A recent backup and room on the disk; returns how many warned.
fn upkeep_checks(out: &mut String, store: &Store, paths: &Paths) -> Result<usize> {
    let today = store.today()?;
    let mut warns = match store.odd_dates(today, 10) {
        Ok(odd) => dates_check(out, &odd),
        Err(Error::Damaged { .. }) => 0, // the integrity line has said so
        Err(e) => return Err(e),
    };
    let all = store::backup::list(&paths.backups)?;
    let last = all.last();
    let age = last.map(|b| (today - b.date).num_days());
    // A journal unchanged since its last daily backup needs no newer one.
    let unchanged = store::backup::unchanged_since_daily(&paths.backups, store.path());
    warns += usize::from(!line(
        out,
        age.is_some_and(|a| a <= 2) || (last.is_some() && unchanged),
        &match (last, age) {
            (Some(b), Some(a)) if unchanged && a > 2 => format!(
                "last backup {} ({a} days ago; nothing changed since) · {}",
                b.date,
                super::backup::count_and_size(&all)
            ),
            (Some(b), Some(a)) => format!(
                "last backup {} ({a} days ago) · {}",
                b.date,
                super::backup::count_and_size(&all)
            ),
            _ => "no backup yet".into(),
        },
        "run `tend backup`",
    ));
    let free = free_space(store.path());
    warns += usize::from(!line(
        out,
        free.is_none_or(|f| f > 200 << 20),
        &format!(
            "free disk space {}",
            free.map_or("unknown".into(), human_size)
        ),
        "less than 200 MiB left; free some space so writes and backups can succeed",
    ));
    Ok(warns)
}

/// Records dated after today or before 1900; returns how many warned.
fn dates_check(out: &mut String, odd: &[store::odd_dates::OddDate]) -> usize {
    let listed: Vec<String> = odd
        .iter()
        .map(|o| format!("{} {} ({}): `{}`", o.what, o.id, o.date, o.fix()))
        .collect();
    usize::from(!line(
        out,
        odd.is_empty(),
        &if odd.is_empty() {
            "dates: every record is dated between 1900 and today".to_string()
        } else {
            format!(
                "records dated after today or before 1900: {}",
                listed.join("; ")
            )
        },
        "fix each with the command shown (or in the app: e corrects, d deletes)",
    ))
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
