//! Where tend keeps things: the database (flag, then `TEND_DB`, then the platform's data
//! folder), the settings file, the backups folder and the folder the full-screen app
//! writes counselor summaries into.

use crate::error::{Error, Result};
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Paths {
    pub database: PathBuf,
    pub config: PathBuf,
    pub backups: PathBuf,
    /// Where the Export screen writes summaries (created, owner-only, when first used).
    pub exports: PathBuf,
    /// The backups folder the path as typed would name, when the journal is reached
    /// through a link and that folder (from an older tend) is another one: encrypt,
    /// doctor and retention look there too.
    #[serde(skip)]
    pub backups_also: Vec<PathBuf>,
}

fn project() -> Result<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "tend")
        .ok_or_else(|| Error::Message(t!("paths-no-home")))
}

impl Paths {
    /// `db` comes from `--db` or `TEND_DB` (clap reads both); otherwise the default.
    pub fn resolve(db: Option<&Path>) -> Result<Paths> {
        let config = match std::env::var_os("TEND_CONFIG") {
            Some(p) => PathBuf::from(p),
            None => project()?.config_dir().join("config.toml"),
        };
        Ok(match db {
            Some(db) => {
                // Named from where the journal really is, so a link to it and the file
                // itself share one backups folder.
                let (dir, stem) = beside(&real_location(db));
                let (typed_dir, typed_stem) = beside(db);
                let typed = typed_dir.join(format!("{typed_stem}-backups"));
                let backups = dir.join(format!("{stem}-backups"));
                let also = typed != backups && typed.is_dir() && !same_folder(&typed, &backups);
                Paths {
                    database: db.to_path_buf(),
                    config,
                    backups,
                    exports: dir.join(format!("{stem}-exports")),
                    backups_also: if also { vec![typed] } else { Vec::new() },
                }
            }
            None => {
                let data = project()?.data_dir().to_path_buf();
                Paths {
                    database: data.join("tend.db"),
                    config,
                    backups: data.join("backups"),
                    exports: data.join("exports"),
                    backups_also: Vec::new(),
                }
            }
        })
    }
}

/// The folder a journal's file is in, and its name without the extension.
fn beside(db: &Path) -> (PathBuf, String) {
    let stem = db
        .file_stem()
        .map_or("tend".into(), |s| s.to_string_lossy().into_owned());
    let dir = db.parent().unwrap_or(Path::new("."));
    (dir.to_path_buf(), stem)
}

/// Where the file at `path` really is: through every link, when it (or its folder)
/// exists; else as given.
pub fn real_location(path: &Path) -> PathBuf {
    if let Ok(p) = std::fs::canonicalize(path) {
        return p;
    }
    match (path.parent(), path.file_name()) {
        (Some(dir), Some(name)) => std::fs::canonicalize(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        })
        .map_or_else(|_| path.to_path_buf(), |d| d.join(name)),
        _ => path.to_path_buf(),
    }
}

/// Whether two paths name one folder.
pub fn same_folder(a: &Path, b: &Path) -> bool {
    matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
}

/// Every backups folder the journal has used: the one in effect, the one its path as
/// typed names (`backups_also`), and those the journal noted, once each, existing.
pub fn all_backups(paths: &Paths, noted: &[PathBuf]) -> Vec<PathBuf> {
    let mut all = vec![paths.backups.clone()];
    for d in paths.backups_also.iter().chain(noted) {
        if d.is_dir() && !all.iter().any(|a| a == d || same_folder(a, d)) {
            all.push(d.clone());
        }
    }
    all
}
