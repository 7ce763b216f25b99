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
}

fn project() -> Result<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "tend").ok_or_else(|| {
        Error::Message("cannot find your home folder; give the database with --db PATH".into())
    })
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
                let stem = db
                    .file_stem()
                    .map_or("tend".into(), |s| s.to_string_lossy().into_owned());
                let dir = db.parent().unwrap_or(Path::new("."));
                Paths {
                    database: db.to_path_buf(),
                    config,
                    backups: dir.join(format!("{stem}-backups")),
                    exports: dir.join(format!("{stem}-exports")),
                }
            }
            None => {
                let data = project()?.data_dir().to_path_buf();
                Paths {
                    database: data.join("tend.db"),
                    config,
                    backups: data.join("backups"),
                    exports: data.join("exports"),
                }
            }
        })
    }
}
