//! Whether the journal itself sits in a folder that a sync program carries (Syncthing,
//! git, a cloud drive). Such a program copies the SQLite file whole from device to
//! device, so what one device wrote while the two were apart is lost without a trace
//! when the other's copy comes over it; `tend sync` is the way to share a journal. The
//! names are pure path logic, tested below; `check` walks the file system.

use super::line;
use std::path::{Path, PathBuf};

/// A program that carries a folder between devices, by what shows it is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Syncthing,
    Git,
    Dropbox,
    ICloud,
    OneDrive,
    GoogleDrive,
}

impl Engine {
    /// The program's own name (not translated).
    fn name(self) -> &'static str {
        match self {
            Engine::Syncthing => "Syncthing",
            Engine::Git => "git",
            Engine::Dropbox => "Dropbox",
            Engine::ICloud => "iCloud Drive",
            Engine::OneDrive => "OneDrive",
            Engine::GoogleDrive => "Google Drive",
        }
    }
}

/// The files or folders that mark a folder (or one it is in) as carried, and by what:
/// Syncthing's `.stfolder`, a git repository's `.git`, Dropbox's `.dropbox`.
pub const MARKERS: [(&str, Engine); 3] = [
    (".stfolder", Engine::Syncthing),
    (".git", Engine::Git),
    (".dropbox", Engine::Dropbox),
];

/// The cloud drive whose root folder bears `name`: Dropbox's `Dropbox` (a team's
/// `Dropbox (Name)`), iCloud Drive's `Mobile Documents` (or `iCloud Drive`), OneDrive's
/// `OneDrive` (`OneDrive - Name`, `OneDrive-Personal`), Google Drive's `Google Drive`,
/// `GoogleDrive-…` and `My Drive`.
pub fn cloud_root_name(name: &str) -> Option<Engine> {
    match name {
        "Dropbox" => Some(Engine::Dropbox),
        "Mobile Documents" | "iCloud Drive" => Some(Engine::ICloud),
        "OneDrive" => Some(Engine::OneDrive),
        "Google Drive" | "GoogleDrive" | "My Drive" => Some(Engine::GoogleDrive),
        n if n.starts_with("Dropbox (") => Some(Engine::Dropbox),
        n if n.starts_with("OneDrive - ") || n.starts_with("OneDrive-") => Some(Engine::OneDrive),
        n if n.starts_with("GoogleDrive-") => Some(Engine::GoogleDrive),
        _ => None,
    }
}

/// The folders among `file`'s ancestors named as a cloud drive's root, innermost first.
pub fn cloud_roots(file: &Path) -> Vec<(PathBuf, Engine)> {
    file.ancestors()
        .skip(1)
        .filter_map(|dir| {
            let name = dir.file_name()?.to_str()?;
            Some((dir.to_path_buf(), cloud_root_name(name)?))
        })
        .collect()
}

/// Whether a file name is a sync program's copy of a file it found changed on two
/// devices: Syncthing's `NAME.sync-conflict-DATE-TIME-DEVICE.EXT`, Dropbox's and
/// others' `NAME (… conflicted copy …).EXT`.
pub fn is_conflict_copy(name: &str) -> bool {
    let name = name.to_lowercase();
    name.contains(".sync-conflict-") || name.contains("conflicted copy")
}

/// What was found, as the warning names it.
fn found(db: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for dir in db.ancestors().skip(1) {
        for (marker, engine) in MARKERS {
            if std::fs::symlink_metadata(dir.join(marker)).is_ok() {
                out.push(t!(
                    "cli-doctor-carried-marker",
                    folder = dir.display().to_string(),
                    marker = marker,
                    engine = engine.name()
                ));
            }
        }
    }
    for (dir, engine) in cloud_roots(db) {
        let folder = dir.display().to_string();
        out.push(t!(
            "cli-doctor-carried-root",
            folder = folder,
            engine = engine.name()
        ));
    }
    let beside = db.parent().and_then(|d| std::fs::read_dir(d).ok());
    let mut copies: Vec<PathBuf> = beside
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_str().is_some_and(is_conflict_copy))
        .map(|e| e.path())
        .collect();
    copies.sort();
    for p in copies {
        let path = p.display().to_string();
        out.push(t!("cli-doctor-carried-copy", path = path));
    }
    out
}

/// The check: the journal's real place (links followed) and the folders it is in;
/// returns 1 when it warned.
pub fn check(out: &mut String, db: &Path) -> usize {
    let real = std::fs::canonicalize(db)
        .or_else(|_| std::path::absolute(db))
        .unwrap_or_else(|_| db.to_path_buf());
    let found = found(&real);
    if found.is_empty() {
        line(out, true, &t!("cli-doctor-not-carried"), "");
        return 0;
    }
    let what = t!("cli-doctor-carried", found = found.join("; "));
    line(out, false, &what, &t!("cli-doctor-carried-fix"));
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cloud_drive_roots_are_known_by_their_names() {
        for (name, engine) in [
            ("Dropbox", Engine::Dropbox),
            ("Dropbox (Acme)", Engine::Dropbox),
            ("Mobile Documents", Engine::ICloud),
            ("OneDrive", Engine::OneDrive),
            ("OneDrive - Acme", Engine::OneDrive),
            ("OneDrive-Personal", Engine::OneDrive),
            ("Google Drive", Engine::GoogleDrive),
            ("GoogleDrive", Engine::GoogleDrive),
            ("GoogleDrive-sam@example.org", Engine::GoogleDrive),
            ("My Drive", Engine::GoogleDrive),
        ] {
            assert_eq!(cloud_root_name(name), Some(engine), "{name}");
        }
        for name in [
            "dropbox-notes",
            "Drive",
            "OneDriveX",
            "Documents",
            "tend",
            "",
        ] {
            assert_eq!(cloud_root_name(name), None, "{name}");
        }
    }

    #[test]
    fn the_roots_are_the_journals_ancestors_not_the_journal() {
        let p = Path::new("/home/sam/Library/Mobile Documents/com~apple~CloudDocs/tend/tend.db");
        assert_eq!(
            cloud_roots(p),
            [(
                PathBuf::from("/home/sam/Library/Mobile Documents"),
                Engine::ICloud
            )]
        );
        let p = Path::new("/home/sam/Dropbox/OneDrive/j.db");
        assert_eq!(
            cloud_roots(p).iter().map(|r| r.1).collect::<Vec<_>>(),
            [Engine::OneDrive, Engine::Dropbox]
        );
        assert!(cloud_roots(Path::new("/home/sam/.local/share/tend/Dropbox")).is_empty());
        assert!(cloud_roots(Path::new("/home/sam/dropbox/tend.db")).is_empty());
    }

    #[test]
    fn conflict_copies_are_known_by_their_names() {
        for name in [
            "tend.sync-conflict-20261123-101010-ABCDEFG.db",
            "tend (Sam's conflicted copy 2026-11-23).db",
            "tend (Conflicted Copy).db",
        ] {
            assert!(is_conflict_copy(name), "{name}");
        }
        for name in ["tend.db", "tend.db-wal", "conflict.db", "sync-conflict.txt"] {
            assert!(!is_conflict_copy(name), "{name}");
        }
    }
}
