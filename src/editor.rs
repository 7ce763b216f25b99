//! Opens the person's own editor (`$VISUAL`, `$EDITOR`, else `vi`) on a private temp
//! file: 0600, inside a 0700 folder of its own named after tend's process, deleted as
//! soon as the editor closes, or when a signal stops tend (the editor is stopped
//! first). Folders left by a tend that was killed outright are removed at the next
//! start.

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
    /// A signal asked tend to stop while the editor ran: the editor was stopped and
    /// `text` is what it had saved so far.
    pub interrupted: Option<i32>,
}

impl Edited {
    /// The text, after saying on stderr that the editor reported an error, if it did.
    pub fn kept(self) -> String {
        if let Some(program) = &self.failed {
            eprintln!(
                "{}",
                t!("editor-warning", warning = failed_but_kept(program))
            );
        }
        self.text
    }
}

/// What to say when the editor failed but its text was kept.
pub fn failed_but_kept(program: &str) -> String {
    t!("editor-failed-but-kept", program = program)
}

/// Lets the person edit `initial`; returns the text they saved. A failing editor that
/// changed the file still gives its text back (with `failed` set); one that changed
/// nothing is an error.
pub fn edit(initial: &str, configured: Option<&str>) -> Result<Edited> {
    let dir = tempfile::Builder::new()
        .prefix(&format!("{PREFIX}{}-", std::process::id()))
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
    let done = launch(&path, configured, true);
    let text = std::fs::read_to_string(&path)?;
    drop(dir);
    let edited = |failed, interrupted| Edited {
        text: text.clone(),
        failed,
        interrupted,
    };
    match done {
        Ok(()) => Ok(edited(None, None)),
        Err(Error::Interrupted { signal }) => Ok(edited(None, Some(signal))),
        Err(Error::EditorFailed { program, .. }) if text != initial => {
            Ok(edited(Some(program), None))
        }
        Err(e) => Err(e),
    }
}

/// Opens a file of tend's own (the settings file) in the editor, in place.
pub fn edit_file(path: &std::path::Path, configured: Option<&str>) -> Result<()> {
    launch(path, configured, false)
}

/// Runs the editor on `path` and waits for it.
fn launch(path: &std::path::Path, configured: Option<&str>, nothing_saved: bool) -> Result<()> {
    let cmd = editor_command(configured);
    let mut parts = cmd.split_whitespace();
    let program = parts.next().unwrap_or("vi").to_string();
    let mut child = Command::new(&program)
        .args(parts)
        .arg(path)
        .spawn()
        .map_err(|e| Error::EditorMissing {
            program: program.clone(),
            reason: e.to_string(),
        })?;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if let Some(signal) = crate::signals::pending() {
            stop(&mut child);
            return Err(Error::Interrupted { signal });
        }
        // Ctrl-Z in the editor stops it, and the stop request came here too: stop
        // alongside it, so the shell sees the whole job stopped (fg continues both).
        if crate::signals::take_stop() {
            crate::signals::stop_now();
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    if !status.success() {
        return Err(Error::EditorFailed {
            program,
            nothing_saved,
        });
    }
    Ok(())
}

/// Asks the editor to save and stop (HUP, as a closing terminal would), then ends it.
fn stop(child: &mut std::process::Child) {
    use rustix::process::{Pid, Signal, kill_process};
    if let Some(pid) = Pid::from_raw(child.id() as i32) {
        let _ = kill_process(pid, Signal::HUP);
    }
    for _ in 0..20 {
        if matches!(child.try_wait(), Ok(Some(_))) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Temp folders are named `tend-edit-<pid>-…`.
const PREFIX: &str = "tend-edit-";

/// Removes editor folders whose tend is gone (killed before it could clean up).
/// Returns how many it removed.
pub fn remove_stale() -> usize {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return 0;
    };
    let mut removed = 0;
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(PREFIX))
            .and_then(|rest| rest.split('-').next())
            .and_then(|p| p.parse::<i32>().ok())
        else {
            continue;
        };
        let mine = e.metadata().is_ok_and(|m| {
            use std::os::unix::fs::MetadataExt;
            m.uid() == rustix::process::getuid().as_raw() && m.is_dir()
        });
        if mine && !alive(pid) && std::fs::remove_dir_all(e.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Whether a process with this id exists (one we may not signal still exists).
fn alive(pid: i32) -> bool {
    use rustix::process::{Pid, test_kill_process};
    Pid::from_raw(pid)
        .is_some_and(|p| !matches!(test_kill_process(p), Err(rustix::io::Errno::SRCH)))
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
