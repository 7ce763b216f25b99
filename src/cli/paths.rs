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
        say!(out, "database  {}", paths.database.display());
        say!(out, "config    {}", paths.config.display());
        say!(out, "backups   {}", paths.backups.display());
        say!(out, "exports   {}", paths.exports.display());
    }
    Ok(out)
}
