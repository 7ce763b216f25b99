//! Cleaning up after a tend that was interrupted (killed, or the machine lost power)
//! while it replaced the journal file or wrote a backup. Runs at every start, before
//! the journal is opened: a restore whose backup was already checked is finished, and
//! half-made copies are removed (a decrypt's is unencrypted). Nothing here needs the
//! passphrase, and nothing is done while another tend is at work.

use super::place::{ASIDE, Lock, RESTORING, REWRITING, SIDE_FILES, STAGING, folder, real_path};
use std::path::{Path, PathBuf};

/// Finishes or undoes what an interrupted tend left beside the journal at `journal` and
/// in the backups folder; returns one line saying what was done (None when nothing).
pub fn recover(journal: &Path, backups: &Path) -> Option<String> {
    let path = real_path(journal);
    let _lock = Lock::try_exclusive(&path)?;
    let mut said = Vec::new();
    for stamp in restores(&path) {
        said.push(match super::restore::finish(&path, &stamp) {
            Ok(Some(aside)) => t!(
                "store-recover-restored-aside",
                path = aside.display().to_string()
            ),
            Ok(None) => t!("store-recover-restored"),
            Err(e) => t!("store-recover-restore-failed", error = e.to_string()),
        });
    }
    for file in temp_files(&path, None) {
        let copy = if super::place::is_plain_sqlite(&file) {
            "plain"
        } else {
            "unfinished"
        };
        said.push(remove(&file, copy));
    }
    let stale: Vec<PathBuf> = temp_files(&path, Some(backups))
        .into_iter()
        .filter(|f| !in_use(f))
        .collect();
    if !stale.is_empty() {
        let n = stale
            .iter()
            .filter(|f| !super::place::remove_with_sides(f))
            .count();
        let folder = backups.display().to_string();
        said.push(match n {
            0 => t!(
                "store-recover-removed-backups",
                count = stale.len(),
                folder = folder
            ),
            n => t!("store-recover-backups-left", count = n, folder = folder),
        });
    }
    (!said.is_empty()).then(|| t!("store-recover-said", what = said.join("; ")))
}

/// Removes a copy of the journal an interrupted tend was making: `copy` is "plain"
/// (unencrypted) or "unfinished", as the message tells them apart.
fn remove(file: &Path, copy: &str) -> String {
    let path = file.display().to_string();
    if super::place::remove_with_sides(file) && !file.exists() {
        t!("store-recover-removed-copy", path = path, copy = copy)
    } else {
        t!("store-recover-copy-left", path = path, copy = copy)
    }
}

/// The stamps of restores whose checked backup waits beside the journal.
fn restores(path: &Path) -> Vec<String> {
    let prefix = format!("{}{RESTORING}", file_name(path));
    let mut stamps: Vec<String> = names(folder(path))
        .into_iter()
        .filter_map(|n| n.strip_prefix(&prefix).map(str::to_string))
        .filter(|s| !SIDE_FILES.iter().any(|side| s.ends_with(side)))
        .collect();
    stamps.sort();
    stamps
}

/// The half-made files tend leaves while it works: beside the journal (a restore's
/// unchecked copy, encrypt's and decrypt's new copies, also of the journal kept aside),
/// or, with `backups`, in the backups folder (backups being written or re-encrypted).
/// Main files only; their SQLite side files go with them.
pub fn temp_files(journal: &Path, backups: Option<&Path>) -> Vec<PathBuf> {
    let path = real_path(journal);
    let (dir, own) = match backups {
        Some(b) => (b.to_path_buf(), String::new()),
        None => (
            folder(&path).to_path_buf(),
            format!("{}.", file_name(&path)),
        ),
    };
    let mut found: Vec<PathBuf> = names(&dir)
        .into_iter()
        .map(|n| main_name(&n).to_string())
        .filter(|n| n.starts_with(&own))
        .filter(|n| {
            let staging = backups.is_none() && n.contains(STAGING);
            let partial = backups.is_some() && partial_pid(n).is_some();
            n.ends_with(REWRITING) || staging || partial
        })
        .map(|n| dir.join(n))
        .collect();
    found.sort();
    found.dedup();
    found
}

/// The file a SQLite side file belongs to ("j.db-wal" → "j.db").
fn main_name(name: &str) -> &str {
    SIDE_FILES
        .iter()
        .find_map(|s| name.strip_suffix(s))
        .unwrap_or(name)
}

/// What an interrupted tend left beside the journal that the last start did not clean
/// up: half-made copies, and checked backups a restore did not put in place.
pub fn leftovers(journal: &Path) -> Vec<PathBuf> {
    let path = real_path(journal);
    let mut found = temp_files(&path, None);
    found.extend(
        restores(&path)
            .into_iter()
            .map(|s| super::place::sibling(&path, &format!("{RESTORING}{s}"))),
    );
    found
}

/// Whether the process writing this partial backup (`….partial-<pid>`) still runs.
fn in_use(file: &Path) -> bool {
    let name = file.file_name().unwrap_or_default().to_string_lossy();
    partial_pid(&name).is_some_and(|pid| Path::new("/proc").join(pid.to_string()).exists())
}

fn partial_pid(name: &str) -> Option<u32> {
    let (_, pid) = name.rsplit_once(".partial-")?;
    pid.parse().ok()
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

fn names(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// Files beside the journal that hold the journal as it was before a restore.
pub fn asides(journal: &Path) -> Vec<PathBuf> {
    let path = real_path(journal);
    let prefix = format!("{}{ASIDE}", file_name(&path));
    let mut found: Vec<PathBuf> = names(folder(&path))
        .into_iter()
        .filter(|n| n.starts_with(&prefix))
        .filter(|n| !SIDE_FILES.iter().any(|s| n.ends_with(s)) && !n.ends_with(REWRITING))
        .map(|n| folder(&path).join(n))
        .collect();
    found.sort();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_files_are_tends_own_names_only() {
        let dir = tempfile::tempdir().unwrap();
        let j = dir.path().join("j.db");
        for n in [
            "j.db",
            "j.db-wal",
            "j.db.rewriting",
            "j.db.rewriting-wal",
            "j.db.restore-staging",
            "j.db.before-restore-1",
            "j.db.before-restore-1-wal",
            "j.db.before-restore-1.rewriting",
            "j.db.rewriting2",
            "j.db.before-restore-2.rewriting-wal",
            "other.db.rewriting",
            "notes.txt",
        ] {
            std::fs::write(dir.path().join(n), b"x").unwrap();
        }
        let names = |v: Vec<PathBuf>| -> Vec<String> {
            v.iter()
                .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
                .collect()
        };
        assert_eq!(
            names(temp_files(&j, None)),
            [
                "j.db.before-restore-1.rewriting",
                "j.db.before-restore-2.rewriting",
                "j.db.restore-staging",
                "j.db.rewriting"
            ]
        );
        assert_eq!(names(asides(&j)), ["j.db.before-restore-1"]);
        assert_eq!(partial_pid("tend-2026-01-01.db.partial-42"), Some(42));
        assert_eq!(partial_pid("tend-2026-01-01.db"), None);
    }
}
