//! The checks of `tend doctor` that look at files rather than inside the journal: the
//! backups folder, unencrypted copies of an encrypted journal in tend's folders, files
//! left by an interrupted tend, and the copies written elsewhere that the journal noted.

use super::line;
use crate::cli::encryption::what_copy;
use crate::error::Result;
use crate::paths::Paths;
use crate::store::{self, Store};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// The file checks that need no passphrase; returns how many warned: whether a sync
/// program carries the journal's folder, then the backups folder. `encrypted`: the
/// journal is, so an unencrypted copy beside it or among its backups (in every backups
/// folder it has used: `noted` adds those the journal noted) is a leak.
pub fn checks(out: &mut String, paths: &Paths, encrypted: bool, noted: &[PathBuf]) -> usize {
    let mut warns = super::carried::check(out, &paths.database);
    warns += backups_folder(out, &paths.backups, &paths.database);
    let mut plain = store::recover::asides(&paths.database);
    for dir in crate::paths::all_backups(paths, noted) {
        plain.extend(
            store::backup::list(&dir)
                .unwrap_or_default()
                .into_iter()
                .map(|b| b.path),
        );
    }
    plain.retain(|p| encrypted && store::place::is_plain_sqlite(p));
    for p in plain {
        let what = t!("cli-doctor-plain-copy", path = p.display().to_string());
        let fix = t!("cli-doctor-plain-copy-fix");
        warns += usize::from(!line(out, false, &what, &fix));
    }
    let mut left = store::recover::leftovers(&paths.database);
    left.extend(store::recover::temp_files(
        &paths.database,
        Some(&paths.backups),
    ));
    for p in left {
        let what = t!("cli-doctor-leftover", path = p.display().to_string());
        let fix = t!("cli-doctor-leftover-fix");
        warns += usize::from(!line(out, false, &what, &fix));
    }
    warns
}

/// The backups folder: a real folder (or a link to one nobody else can write to) that
/// only its owner can open. Says nothing before the first backup made it.
fn backups_folder(out: &mut String, dir: &Path, db: &Path) -> usize {
    let Ok(link) = std::fs::symlink_metadata(dir) else {
        return 0;
    };
    let shown = dir.display().to_string();
    let Ok(meta) = std::fs::metadata(dir) else {
        let what = t!("cli-doctor-backups-broken-link", path = &shown);
        return warn(out, &what, &t!("cli-doctor-backups-broken-link-fix"));
    };
    if !meta.is_dir() {
        let what = t!("cli-doctor-backups-file", path = &shown);
        return warn(out, &what, &t!("cli-doctor-backups-file-fix"));
    }
    let mode = meta.permissions().mode() & 0o777;
    if link.file_type().is_symlink() && mode & 0o002 != 0 {
        let target = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        let target = target.display().to_string();
        let what = t!(
            "cli-doctor-backups-open-link",
            path = &shown,
            target = target
        );
        return warn(out, &what, &t!("cli-doctor-backups-open-link-fix"));
    }
    let owner = std::fs::metadata(db).map(|m| m.uid()).ok();
    if owner.is_some_and(|uid| uid != meta.uid()) {
        let what = t!("cli-doctor-backups-owner", path = &shown);
        return warn(out, &what, &t!("cli-doctor-backups-owner-fix"));
    }
    let what = t!("cli-doctor-backups-mode", mode = format!("{mode:o}"));
    let command = format!("`chmod 700 {shown}`");
    let fix = t!("cli-doctor-backups-mode-fix", command = command);
    usize::from(!line(out, mode & 0o077 == 0, &what, &fix))
}

fn warn(out: &mut String, what: &str, fix: &str) -> usize {
    line(out, false, what, fix);
    1
}

/// The copies written elsewhere (manual backups to a path, data exports) that still
/// exist unencrypted; returns how many warned.
pub fn copies(out: &mut String, store: &Store) -> Result<usize> {
    let plain: Vec<_> = store
        .copies()?
        .into_iter()
        .filter(|c| c.is_plain())
        .collect();
    for c in &plain {
        let path = c.path.display().to_string();
        let what = t!(
            "cli-doctor-plain-elsewhere",
            path = path,
            copy = what_copy(c)
        );
        line(out, false, &what, &t!("cli-doctor-plain-elsewhere-fix"));
    }
    Ok(plain.len())
}
