//! Passphrases: any bytes (quotes, NUL, not UTF-8), never printed (Debug is
//! redacted), wiped from memory when dropped, and read only from a file descriptor, a
//! file named by `TEND_PASSPHRASE_FILE`, or the terminal with echo off — never from the
//! command line. While one is in memory the process can't be dumped to a core file.

use crate::error::{Error, Result};
use std::fmt;
use std::io::{BufRead, IsTerminal};
use zeroize::Zeroize;

pub struct Passphrase(Vec<u8>);

impl Passphrase {
    /// Takes the bytes (one trailing line break dropped) and wipes what it was given.
    pub fn new(s: impl Into<Vec<u8>>) -> Result<Passphrase> {
        let mut bytes: Vec<u8> = s.into();
        let end = bytes
            .iter()
            .rposition(|b| !matches!(b, b'\n' | b'\r'))
            .map_or(0, |i| i + 1);
        let kept = bytes[..end].to_vec();
        bytes.zeroize();
        if kept.is_empty() {
            return Err(Error::invalid(
                t!("secret-field-passphrase"),
                t!("secret-empty"),
            ));
        }
        no_core_dumps();
        Ok(Passphrase(kept))
    }

    /// The bytes, for SQLCipher's key functions only.
    pub fn expose(&self) -> &[u8] {
        &self.0
    }

    /// Compares without stopping at the first differing byte.
    pub fn matches(&self, other: &[u8]) -> bool {
        let (a, b) = (self.0.as_slice(), other);
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

/// Keeps a passphrase (or a key derived from it) out of core dumps and away from
/// other processes' ptrace, for the rest of the run.
fn no_core_dumps() {
    use rustix::process::{DumpableBehavior, Resource, Rlimit, set_dumpable_behavior, setrlimit};
    let none = Rlimit {
        current: Some(0),
        maximum: Some(0),
    };
    // Best effort: a platform that refuses still gets the wiping on drop.
    let _ = setrlimit(Resource::Core, none);
    let _ = set_dumpable_behavior(DumpableBehavior::NotDumpable);
}

impl Clone for Passphrase {
    fn clone(&self) -> Self {
        Passphrase(self.0.clone())
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

impl Drop for Passphrase {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

/// Where passphrases come from for this run.
#[derive(Debug, Clone, Default)]
pub struct Source {
    pub fd: Option<i32>,
    pub file: Option<std::path::PathBuf>,
    pub new_fd: Option<i32>,
    pub new_file: Option<std::path::PathBuf>,
    /// Whether `file` and `new_file` are the sync passphrase's (named by
    /// `TEND_SYNC_PASSPHRASE_FILE`), rather than the journal's (`TEND_PASSPHRASE_FILE`,
    /// `TEND_NEW_PASSPHRASE_FILE`): the variable an empty one is refused by.
    pub sync: bool,
}

impl Source {
    /// The variable that names the file of `which` passphrase.
    fn var(&self, which: Which) -> &'static str {
        match (self.sync, which) {
            (true, _) => "TEND_SYNC_PASSPHRASE_FILE",
            (false, Which::Current) => "TEND_PASSPHRASE_FILE",
            (false, Which::New) => "TEND_NEW_PASSPHRASE_FILE",
        }
    }
}

/// The longest passphrase line tend reads: a file that goes on past it (`/dev/zero`,
/// say) is refused rather than read without end.
const MAX_LINE: usize = 4096;

/// Which passphrase is read: the one that opens the journal now, or a new one.
#[derive(Debug, Clone, Copy)]
enum Which {
    Current,
    New,
}

impl Which {
    /// The field a refusal names.
    fn field(self) -> String {
        match self {
            Which::Current => t!("secret-field-passphrase"),
            Which::New => t!("secret-field-new-passphrase"),
        }
    }

    /// How the catalog's messages tell the two apart.
    fn tag(self) -> &'static str {
        match self {
            Which::Current => "current",
            Which::New => "new",
        }
    }
}

/// The first line, as bytes (a passphrase need not be UTF-8), at most `MAX_LINE`.
fn read_first_line(r: impl BufRead, which: Which) -> Result<Passphrase> {
    Passphrase::new(read_line(r, which)?)
}

/// The first line with its line break, at most `MAX_LINE` bytes.
fn read_line(r: impl BufRead, which: Which) -> Result<Vec<u8>> {
    let mut line = Vec::new();
    r.take(MAX_LINE as u64 + 1)
        .read_until(b'\n', &mut line)
        .map_err(|e| cannot_read(which, &e))?;
    if line.len() > MAX_LINE {
        line.zeroize();
        return Err(Error::invalid(
            which.field(),
            t!("secret-line-too-long", which = which.tag(), max = MAX_LINE),
        ));
    }
    Ok(line)
}

fn cannot_read(which: Which, e: &dyn std::fmt::Display) -> Error {
    Error::Message(t!(
        "secret-cannot-read",
        which = which.tag(),
        error = e.to_string()
    ))
}

/// Reads the descriptor the person named by number (std has no safe way to borrow a
/// descriptor by number, so this is the one `unsafe` outside the store's work counter).
fn from_fd(fd: i32, which: Which) -> Result<Passphrase> {
    use std::os::fd::{FromRawFd, IntoRawFd};
    if fd <= 2 {
        return Err(Error::invalid("passphrase-fd", t!("secret-fd-too-low")));
    }
    // SAFETY: the caller named this descriptor for us to read; we hand it back unclosed.
    let file = unsafe { std::fs::File::from_raw_fd(fd) };
    let mut reader = std::io::BufReader::new(file);
    let p = read_first_line(&mut reader, which);
    let _ = reader.into_inner().into_raw_fd();
    p
}

/// The passphrase on the first line of the file at `path`, which the variable `var`
/// named: a file that is empty, or whose first line is, is refused naming `var`.
fn from_file(path: &std::path::Path, which: Which, var: &str) -> Result<Passphrase> {
    let f = std::fs::File::open(path).map_err(|e| {
        Error::Message(t!(
            "secret-cannot-read-file",
            path = path.display().to_string(),
            which = which.tag(),
            error = e.to_string()
        ))
    })?;
    let line = read_line(std::io::BufReader::new(f), which)?;
    if line.iter().all(|b| matches!(b, b'\n' | b'\r')) {
        return Err(Error::invalid(
            var,
            t!(
                "secret-file-empty",
                path = path.display().to_string(),
                which = which.tag()
            ),
        ));
    }
    Passphrase::new(line)
}

impl Source {
    /// The current passphrase: fd, then file, then a prompt if there is a terminal.
    pub fn current(&self, prompt: &str) -> Result<Option<Passphrase>> {
        if let Some(fd) = self.fd {
            return from_fd(fd, Which::Current).map(Some);
        }
        if let Some(p) = &self.file {
            return from_file(p, Which::Current, self.var(Which::Current)).map(Some);
        }
        if std::io::stdin().is_terminal() {
            let p =
                rpassword::prompt_password(prompt).map_err(|e| cannot_read(Which::Current, &e))?;
            return Passphrase::new(p).map(Some);
        }
        Ok(None)
    }

    /// A new passphrase: fd or file, else asked twice on the terminal.
    pub fn new_passphrase(&self) -> Result<Passphrase> {
        self.new_named(&format!("{} ", t!("secret-prompt-new")))
    }

    /// A new passphrase, asked with `prompt` on a terminal ("New sync passphrase: "),
    /// as `new_passphrase`.
    pub fn new_named(&self, prompt: &str) -> Result<Passphrase> {
        if let Some(fd) = self.new_fd {
            return from_fd(fd, Which::New);
        }
        if let Some(p) = &self.new_file {
            return from_file(p, Which::New, self.var(Which::New));
        }
        if !std::io::stdin().is_terminal() {
            return Err(Error::invalid(
                "new-passphrase-fd",
                t!("secret-new-not-given"),
            ));
        }
        let ask =
            |p: &str| rpassword::prompt_password(p).map_err(|e| cannot_read(Which::Current, &e));
        let first = Passphrase::new(ask(prompt)?)?;
        let again = Passphrase::new(ask(&format!("{} ", t!("secret-prompt-again")))?)?;
        if !first.matches(again.expose()) {
            return Err(Error::invalid(
                t!("secret-field-passphrase"),
                t!("secret-no-match"),
            ));
        }
        Ok(first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passphrases_hide_and_compare() {
        let p = Passphrase::new("blue valentines\n").unwrap();
        assert_eq!(p.expose(), b"blue valentines");
        assert_eq!(format!("{p:?}"), "Passphrase(…)");
        assert!(
            p.matches(b"blue valentines")
                && !p.matches(b"blue valentine")
                && !p.matches(b"blue valentinez")
        );
        assert!(Passphrase::new("\n").is_err());
        let odd = Passphrase::new(b"it's\0a \\ \xff\xfe\r\n".to_vec()).unwrap();
        assert_eq!(
            odd.expose(),
            b"it's\0a \\ \xff\xfe",
            "any byte but the line end"
        );
    }

    #[test]
    fn holding_a_passphrase_turns_core_dumps_off() {
        use rustix::process::{Resource, dumpable_behavior, getrlimit};
        let _p = Passphrase::new("blue valentines").unwrap();
        assert_eq!(getrlimit(Resource::Core).current, Some(0));
        assert_eq!(
            dumpable_behavior().unwrap(),
            rustix::process::DumpableBehavior::NotDumpable
        );
    }

    #[test]
    fn passphrases_come_from_files() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("p");
        std::fs::write(&f, "correct horse\nsecond line ignored\n").unwrap();
        let s = Source {
            file: Some(f),
            ..Default::default()
        };
        assert_eq!(s.current("x").unwrap().unwrap().expose(), b"correct horse");
        for (empty, sync, var) in [
            ("", true, "TEND_SYNC_PASSPHRASE_FILE"),
            ("\n", true, "TEND_SYNC_PASSPHRASE_FILE"),
            ("\r\nsecond line", false, "TEND_PASSPHRASE_FILE"),
        ] {
            std::fs::write(s.file.as_ref().unwrap(), empty).unwrap();
            let s = Source { sync, ..s.clone() };
            let err = s.current("x").unwrap_err().to_string();
            assert!(
                err.starts_with(&format!("{var}: the file it names (")),
                "{err}"
            );
            assert!(err.ends_with("has nothing on its first line: put the passphrase there"));
        }
        let new = Source {
            new_file: s.file.clone(),
            ..Default::default()
        };
        let err = new.new_passphrase().unwrap_err().to_string();
        assert!(err.starts_with("TEND_NEW_PASSPHRASE_FILE: "), "{err}");
        assert!(err.ends_with("put the new passphrase there"), "{err}");
        assert!(
            Source {
                fd: Some(1),
                ..Default::default()
            }
            .current("x")
            .is_err()
        );
    }
}
