//! Opens the person's own editor (`$VISUAL`, `$EDITOR`, else `vi`) on a private temp
//! file: 0600, inside a 0700 folder of its own, deleted as soon as the editor closes.

use crate::error::{Error, Result};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::process::Command;

/// The editor command to use: `configured` first, then `$VISUAL`, `$EDITOR`, `vi`.
pub fn editor_command(configured: Option<&str>) -> String {
    configured
        .map(str::to_string)
        .or_else(|| std::env::var("VISUAL").ok())
        .or_else(|| std::env::var("EDITOR").ok())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "vi".into())
}

/// Lets the person edit `initial`; returns the text they saved.
pub fn edit(initial: &str, configured: Option<&str>) -> Result<String> {
    let dir = tempfile::Builder::new()
        .prefix("tend-")
        .permissions(std::fs::Permissions::from_mode(0o700))
        .tempdir()?;
    let path = dir.path().join("entry.md");
    {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)?;
        f.write_all(initial.as_bytes())?;
        f.sync_all()?;
    }
    let done = launch(&path, configured, "; nothing was saved");
    let text = std::fs::read_to_string(&path)?;
    drop(dir);
    done?;
    Ok(text)
}

/// Opens a file of tend's own (the settings file) in the editor, in place.
pub fn edit_file(path: &std::path::Path, configured: Option<&str>) -> Result<()> {
    launch(path, configured, "")
}

/// Runs the editor on `path` and waits for it.
fn launch(
    path: &std::path::Path,
    configured: Option<&str>,
    nothing_saved: &'static str,
) -> Result<()> {
    let cmd = editor_command(configured);
    let mut parts = cmd.split_whitespace();
    let program = parts.next().unwrap_or("vi").to_string();
    let status = Command::new(&program)
        .args(parts)
        .arg(path)
        .status()
        .map_err(|e| Error::EditorMissing {
            program: program.clone(),
            reason: e.to_string(),
        })?;
    if !status.success() {
        return Err(Error::EditorFailed {
            program,
            nothing_saved,
        });
    }
    Ok(())
}

use std::os::unix::fs::PermissionsExt;
