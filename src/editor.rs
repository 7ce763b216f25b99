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

/// What came back from the editor.
#[derive(Debug)]
pub struct Edited {
    pub text: String,
    /// The editor ended with an error status but the file had changed: the text is
    /// kept (vim exits non-zero after any error, even on `:wq`), and this names it.
    pub failed: Option<String>,
}

impl Edited {
    /// The text, after saying on stderr that the editor reported an error, if it did.
    pub fn kept(self) -> String {
        if let Some(program) = &self.failed {
            eprintln!("tend: warning: {}", failed_but_kept(program));
        }
        self.text
    }
}

/// What to say when the editor failed but its text was kept.
pub fn failed_but_kept(program: &str) -> String {
    format!("the editor '{program}' reported an error; what it saved was kept")
}

/// Lets the person edit `initial`; returns the text they saved. A failing editor that
/// changed the file still gives its text back (with `failed` set); one that changed
/// nothing is an error.
pub fn edit(initial: &str, configured: Option<&str>) -> Result<Edited> {
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
    match done {
        Ok(()) => Ok(Edited { text, failed: None }),
        Err(Error::EditorFailed { program, .. }) if text != initial => Ok(Edited {
            text,
            failed: Some(program),
        }),
        Err(e) => Err(e),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// An "editor" that writes `text` (if any) into the file and exits with `status`.
    fn editor(dir: &std::path::Path, text: Option<&str>, status: i32) -> String {
        let script = dir.join(format!("ed{status}{}", text.is_some()));
        let write = text.map_or(String::new(), |t| format!("printf '{t}' > \"$1\"\n"));
        std::fs::write(&script, format!("#!/bin/sh\n{write}exit {status}\n")).unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o700)).unwrap();
        script.to_string_lossy().into_owned()
    }

    #[test]
    fn a_failing_editor_that_saved_keeps_the_text_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let ok = edit("old", Some(&editor(dir.path(), Some("new words"), 0))).unwrap();
        assert_eq!((ok.text.as_str(), ok.failed), ("new words", None));
        let vim = editor(dir.path(), Some("kept words"), 1);
        let kept = edit("old", Some(&vim)).unwrap();
        assert_eq!(kept.text, "kept words");
        assert_eq!(kept.failed.as_deref(), Some(vim.as_str()));
        let nothing = edit("old", Some(&editor(dir.path(), None, 1))).unwrap_err();
        assert!(
            nothing.to_string().ends_with("nothing was saved"),
            "{nothing}"
        );
    }
}
