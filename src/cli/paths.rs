//! `tend paths`: where the database, the settings file, the backups and the summaries
//! the full-screen app writes live.

use super::say;
use crate::error::Result;
use crate::paths::Paths;

/// The places, one a line, or as JSON.
pub fn run(paths: &Paths, json: bool) -> Result<String> {
    let mut out = String::new();
    if json {
        say!(
            out,
            "{}",
            serde_json::to_string_pretty(paths).expect("paths serialize")
        );
    } else {
        for (label, path) in [
            (t!("cli-paths-database"), &paths.database),
            (t!("cli-paths-config"), &paths.config),
            (t!("cli-paths-backups"), &paths.backups),
            (t!("cli-paths-exports"), &paths.exports),
        ] {
            say!(out, "{label:<9} {}", path.display());
        }
    }
    Ok(out)
}
