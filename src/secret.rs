//! Passphrases: never printed (Debug is redacted), wiped from memory when dropped, and
//! read only from a file descriptor, a file named by `TEND_PASSPHRASE_FILE`, or the
//! terminal with echo off — never from the command line.

use crate::error::{Error, Result};
use std::fmt;
use std::io::{BufRead, IsTerminal};

pub struct Passphrase(String);

impl Passphrase {
    pub fn new(s: impl Into<String>) -> Result<Passphrase> {
        let s: String = s.into();
        let trimmed = s.trim_end_matches(['\n', '\r']).to_string();
        drop(Passphrase(s));
        if trimmed.is_empty() {
            return Err(Error::invalid(
                "passphrase",
                "is empty; choose a few words you will remember",
            ));
        }
        Ok(Passphrase(trimmed))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Compares without stopping at the first differing byte.
    pub fn matches(&self, other: &str) -> bool {
        let (a, b) = (self.0.as_bytes(), other.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
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
        // SAFETY: zero bytes are valid UTF-8, so the string stays well-formed.
        unsafe { self.0.as_bytes_mut() }.fill(0);
    }
}

/// Where passphrases come from for this run.
#[derive(Debug, Clone, Default)]
pub struct Source {
    pub fd: Option<i32>,
    pub file: Option<std::path::PathBuf>,
    pub new_fd: Option<i32>,
    pub new_file: Option<std::path::PathBuf>,
}

fn read_first_line(mut r: impl BufRead, what: &str) -> Result<Passphrase> {
    let mut line = String::new();
    r.read_line(&mut line)
        .map_err(|e| Error::Message(format!("cannot read the {what} ({e})")))?;
    Passphrase::new(line)
}

fn from_fd(fd: i32, what: &str) -> Result<Passphrase> {
    use std::os::fd::{FromRawFd, IntoRawFd};
    if fd <= 2 {
        return Err(Error::invalid(
            "passphrase-fd",
            "must be 3 or higher (0–2 are stdin, stdout and stderr)",
        ));
    }
    // SAFETY: the caller named this descriptor for us to read; we hand it back unclosed.
    let file = unsafe { std::fs::File::from_raw_fd(fd) };
    let mut reader = std::io::BufReader::new(file);
    let p = read_first_line(&mut reader, what);
    let _ = reader.into_inner().into_raw_fd();
    p
}

fn from_file(path: &std::path::Path, what: &str) -> Result<Passphrase> {
    let f = std::fs::File::open(path)
        .map_err(|e| Error::Message(format!("{}: cannot read the {what} ({e})", path.display())))?;
    read_first_line(std::io::BufReader::new(f), what)
}

impl Source {
    /// The current passphrase: fd, then file, then a prompt if there is a terminal.
    pub fn current(&self, prompt: &str) -> Result<Option<Passphrase>> {
        if let Some(fd) = self.fd {
            return from_fd(fd, "passphrase").map(Some);
        }
        if let Some(p) = &self.file {
            return from_file(p, "passphrase").map(Some);
        }
        if std::io::stdin().is_terminal() {
            let p = rpassword::prompt_password(prompt)
                .map_err(|e| Error::Message(format!("cannot read the passphrase ({e})")))?;
            return Passphrase::new(p).map(Some);
        }
        Ok(None)
    }

    /// A new passphrase: fd or file, else asked twice on the terminal.
    pub fn new_passphrase(&self) -> Result<Passphrase> {
        if let Some(fd) = self.new_fd {
            return from_fd(fd, "new passphrase");
        }
        if let Some(p) = &self.new_file {
            return from_file(p, "new passphrase");
        }
        if !std::io::stdin().is_terminal() {
            return Err(Error::invalid(
                "new-passphrase-fd",
                "give the new passphrase with --new-passphrase-fd N or TEND_NEW_PASSPHRASE_FILE=PATH",
            ));
        }
        let ask = |p: &str| {
            rpassword::prompt_password(p)
                .map_err(|e| Error::Message(format!("cannot read the passphrase ({e})")))
        };
        let first = Passphrase::new(ask("New passphrase: ")?)?;
        let again = ask("Once more, to be sure: ")?;
        if !first.matches(&again) {
            return Err(Error::invalid(
                "passphrase",
                "the two did not match; nothing was changed",
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
        assert_eq!(p.expose(), "blue valentines");
        assert_eq!(format!("{p:?}"), "Passphrase(…)");
        assert!(
            p.matches("blue valentines")
                && !p.matches("blue valentine")
                && !p.matches("blue valentinez")
        );
        assert!(Passphrase::new("\n").is_err());
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
        assert_eq!(s.current("x").unwrap().unwrap().expose(), "correct horse");
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
