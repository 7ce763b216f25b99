//! `tend doctor`: checks paths, schema, encryption, integrity, permissions, backups and
//! their folder, unencrypted copies, files left by an interrupted tend, disk space,
//! sync, and whether a sync program carries the journal's own folder, each line OK or
//! WARN with what to do.

mod carried;
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
        say!(out, "{:<5} {what}", t!("cli-doctor-ok"));
    } else {
        say!(out, "{:<5} {what}: {fix}", t!("cli-doctor-warn"));
    }
    ok
}

/// The health check; opens the journal only to read it.
pub fn run(paths: &Paths, clock: Clock, source: &Source) -> Result<String> {
    let mut out = String::new();
    let db = &paths.database;
    let (version, path) = (env!("CARGO_PKG_VERSION"), db.display().to_string());
    say!(
        out,
        "{}",
        t!("cli-doctor-head", version = version, path = path)
    );
    let config = paths.config.display().to_string();
    let backups = paths.backups.display().to_string();
    let files = t!("cli-doctor-head-files", config = config, backups = backups);
    say!(out, "      {files}");
    if !db.exists() {
        let (what, fix) = (t!("cli-doctor-database"), t!("cli-doctor-not-created"));
        line(&mut out, false, &what, &fix);
        return Ok(out);
    }
    let kind = store::kind(db)?;
    let encrypted = kind == Kind::Encrypted;
    let key = if encrypted {
        source.current(&format!("{} ", t!("cli-passphrase")))?
    } else {
        None
    };
    let store = match Store::open_with(db, clock, key) {
        Ok(s) => s,
        Err(e @ Error::Locked { .. }) => {
            line(&mut out, true, &t!("cli-doctor-locked"), "");
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
    let verdict = if warns == 0 {
        t!("cli-doctor-all-good")
    } else {
        t!("cli-doctor-to-look-at", count = warns)
    };
    say!(out, "{verdict}");
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
    let known = store::SCHEMA_VERSION;
    let schema = t!("cli-doctor-schema", version = version, known = known);
    warns += usize::from(!line(out, true, &schema, ""));
    let encryption = if store.is_encrypted() {
        t!("cli-doctor-encrypted")
    } else {
        t!("cli-doctor-not-encrypted")
    };
    let fix = t!("cli-doctor-encrypt-it");
    warns += usize::from(!line(out, store.is_encrypted(), &encryption, &fix));
    let checked = if integrity == "ok" {
        t!("cli-doctor-integrity-ok")
    } else {
        t!("cli-doctor-integrity", result = &integrity)
    };
    let fix = t!("cli-doctor-restore");
    warns += usize::from(!line(out, integrity == "ok", &checked, &fix));
    let mode = std::fs::metadata(db)
        .map_err(|e| Error::file(db, t!("cli-doctor-doing-permissions"), e))?
        .permissions()
        .mode()
        & 0o777;
    let what = t!("cli-doctor-file-mode", mode = format!("{mode:o}"));
    let command = format!("`chmod 600 {}`", db.display());
    let fix = t!("cli-doctor-file-mode-fix", command = command);
    warns += usize::from(!line(out, mode & 0o077 == 0, &what, &fix));
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        let dmode = std::fs::metadata(dir)
            .map_err(|e| Error::file(dir, t!("cli-doctor-doing-permissions"), e))?
            .permissions()
            .mode()
            & 0o777;
        let what = t!("cli-doctor-folder-mode", mode = format!("{dmode:o}"));
        let command = format!("`chmod 700 {}`", dir.display());
        let fix = t!("cli-doctor-folder-mode-fix", command = command);
        warns += usize::from(!line(out, dmode & 0o077 == 0, &what, &fix));
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
    let said = match (last, age) {
        (Some(b), Some(a)) => {
            let (date, all) = (b.date.to_string(), super::backup::count_and_size(&all));
            if unchanged && a > 2 {
                t!(
                    "cli-doctor-backup-unchanged",
                    date = date,
                    age = a,
                    all = all
                )
            } else {
                t!("cli-doctor-backup", date = date, age = a, all = all)
            }
        }
        _ => t!("cli-doctor-no-backup"),
    };
    let recent = age.is_some_and(|a| a <= 2) || (last.is_some() && unchanged);
    warns += usize::from(!line(out, recent, &said, &t!("cli-doctor-backup-fix")));
    let free = free_space(store.path());
    let room = free.map_or_else(|| t!("cli-doctor-space-unknown"), human_size);
    let what = t!("cli-doctor-space", free = room);
    let fix = t!("cli-doctor-space-fix");
    warns += usize::from(!line(out, free.is_none_or(|f| f > 200 << 20), &what, &fix));
    Ok(warns)
}

/// Records dated after today or before 1900; returns how many warned.
fn dates_check(out: &mut String, odd: &[store::odd_dates::OddDate]) -> usize {
    let listed: Vec<String> = odd
        .iter()
        .map(|o| {
            t!(
                "cli-doctor-odd-date",
                what = o.what.as_str(),
                id = o.id,
                date = &o.date,
                command = format!("`{}`", o.fix())
            )
        })
        .collect();
    let said = if odd.is_empty() {
        t!("cli-doctor-dates-ok")
    } else {
        t!("cli-doctor-dates-odd", list = listed.join("; "))
    };
    usize::from(!line(
        out,
        odd.is_empty(),
        &said,
        &t!("cli-doctor-dates-fix"),
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
