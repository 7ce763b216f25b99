//! The one error type of tend, the exit status each kind of error gets, and the one
//! way any message reaches stderr (`to_stderr`).

use crate::domain::Invalid;
use std::io::Write as _;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad input from the person: names the field and what is allowed.
    #[error("{0}")]
    Invalid(#[from] Invalid),
    /// An id that names nothing.
    #[error("{what}: there is no {what} with id {id} (see `tend {list}`)")]
    NotFound {
        what: String,
        id: i64,
        list: &'static str,
    },
    /// A database or backup file tend will not open or use; it is left untouched.
    #[error("{}: {reason}", path.display())]
    Refused { path: PathBuf, reason: String },
    /// An encrypted database and no passphrase to open it with.
    #[error(
        "{}: this journal is encrypted; tend asks for its passphrase on a terminal (scripts: --passphrase-fd N or TEND_PASSPHRASE_FILE=PATH)",
        path.display()
    )]
    Locked { path: PathBuf },
    /// SQLCipher cannot read the file with this key. A damaged file (or random bytes)
    /// looks the same as a journal under another passphrase, so both are named.
    #[error(
        "{}: that passphrase does not open this journal: either it is not the right one, or the file is damaged (`tend doctor` checks the journal; `tend backups` lists copies `tend restore` can put back)",
        path.display()
    )]
    WrongPassphrase { path: PathBuf },
    /// A journal tend may read but not write: opened for reading only.
    #[error(
        "{}: the journal is read-only ({why}), so tend changed nothing; to write, give yourself write access to it and its folder (commands that only read, such as `tend journal list`, still work)",
        path.display()
    )]
    ReadOnly { path: PathBuf, why: String },
    /// SQLite failed in a way that is neither damage nor a refusal.
    #[error("database error: {0}; `tend doctor` checks the journal and says what to do next")]
    Sqlite(rusqlite::Error),
    /// SQLite found the journal damaged while reading or writing it (open checks only
    /// the header, so damage deeper in a file shows here). The store that met it writes
    /// nothing more.
    #[error(
        "{}the journal is damaged ({detail}), so tend has stopped writing to it; `tend doctor` checks the whole file, and `tend backups` lists copies that `tend restore PATH` can put back",
        path.as_ref().map(|p| format!("{}: ", p.display())).unwrap_or_default()
    )]
    Damaged {
        path: Option<PathBuf>,
        detail: String,
    },
    /// A file or folder tend could not read, write or create: names it, says what tend
    /// was doing, and what the person can do about it.
    #[error("{}: cannot {doing} ({source}); {}", path.display(), next_step(source))]
    File {
        path: PathBuf,
        /// What tend was doing, after "cannot": "write it", "create this folder".
        doing: String,
        source: std::io::Error,
    },
    /// Any other failed input or output (the terminal, standard input).
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// A file the person named is there already and would be replaced.
    #[error("{what}: {} already exists; {next}", path.display())]
    Exists {
        /// The argument that named it: "output", "backup".
        what: String,
        path: PathBuf,
        /// How to go on: another name, or the flag that replaces it.
        next: &'static str,
    },
    /// Something at a path the person named that tend never writes over.
    #[error(
        "{what}: {} is {kind}, not a regular file, and tend never writes over one (not even with --force); choose another name",
        path.display()
    )]
    NotAFile {
        /// The argument that named it: "output", "backup".
        what: String,
        path: PathBuf,
        /// "a folder", "a named pipe (FIFO)", "a character device", ...
        kind: &'static str,
    },
    /// This build cannot read or write encrypted journals.
    #[error(
        "this tend was built without SQLCipher and cannot protect or open encrypted journals; build tend with its bundled SQLCipher (from its source: `cargo build --release`)"
    )]
    NoSqlcipher,
    /// The person's editor could not be started.
    #[error(
        "could not start the editor '{program}' ({reason}); set `editor` with `tend config edit`, or $EDITOR"
    )]
    EditorMissing { program: String, reason: String },
    /// The editor ended with an error status, so what it left is not trusted.
    #[error("the editor '{program}' did not finish cleanly{nothing_saved}")]
    EditorFailed {
        program: String,
        /// "; nothing was saved" when the text is dropped, else "".
        nothing_saved: &'static str,
    },
    /// A signal asked tend to stop; what was being written is kept as a draft.
    #[error("stopped by {}; anything unsaved was kept as a draft for next time", crate::signals::name(*signal))]
    Interrupted { signal: i32 },
    /// The file at the journal's path is no longer the one opened: another tend
    /// encrypted, decrypted or restored it, or it was moved. Nothing was written.
    #[error(
        "{}: the journal file was replaced while tend had it open (encrypted, restored or moved by another command); nothing was saved into the old one",
        path.display()
    )]
    Replaced { path: PathBuf },
    /// A record changed elsewhere since a form opened it.
    #[error("this {what} changed elsewhere since you opened it (another window or a command)")]
    Changed { what: String },
    /// The person left the unlock screen without giving the passphrase.
    #[error("left without unlocking")]
    LeftLocked,
    /// Anything else, in words; for problems no caller needs to tell apart.
    #[error("{0}")]
    Message(String),
    /// A bad value in the settings file: names file, line and what is allowed.
    #[error("{0} (fix it with `tend config edit`)")]
    Settings(String),
    /// A sync segment that can't be merged as it is (damaged, cut short, or from a
    /// newer tend): the sync report says so and it is tried again next time. Every
    /// other error met while merging stops the sync.
    #[error("{0}")]
    Segment(SegmentFault),
}

/// What a person can do about a file that failed this way.
fn next_step(e: &std::io::Error) -> &'static str {
    use std::io::ErrorKind::{
        NotADirectory, NotFound, PermissionDenied, QuotaExceeded, ReadOnlyFilesystem, StorageFull,
    };
    match e.kind() {
        PermissionDenied => {
            "check that you may read and write it and its folder, or choose another place"
        }
        NotFound | NotADirectory => "check that its folder exists, or choose another place",
        StorageFull | QuotaExceeded => "free some space on that disk and try again",
        ReadOnlyFilesystem => "that disk is mounted read-only; choose another place",
        _ => "check the disk and the path, then try again",
    }
}

/// Writes `text` to stderr as it stands. Every message tend writes to stderr goes
/// through here, and so through `safe_text::visible`: a file name or a word from the
/// journal inside a message can't move the cursor or retitle the terminal. A failed
/// write is dropped: with stderr gone there is nowhere left to say it.
pub fn to_stderr(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err
        .write_all(crate::safe_text::visible(text).as_bytes())
        .and_then(|()| err.flush());
}

/// `message` and a line break on stderr, through `to_stderr`.
pub fn line_to_stderr(message: impl std::fmt::Display) {
    to_stderr(&format!("{message}\n"));
}

/// Why a sync segment can't be merged as it is. Either way it waits, untouched, and
/// the rest of the sync goes on; only a newer one needs the person (an upgrade).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SegmentFault {
    /// Written by a newer tend, in a format this one does not read.
    Newer(String),
    /// Damaged, cut short or still being copied: tried again next time.
    Unreadable(String),
}

impl SegmentFault {
    pub fn is_newer(&self) -> bool {
        matches!(self, SegmentFault::Newer(_))
    }
}

impl std::fmt::Display for SegmentFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SegmentFault::Newer(w) | SegmentFault::Unreadable(w) => f.write_str(w),
        }
    }
}

impl From<rusqlite::Error> for Error {
    /// Damage SQLite reports becomes `Damaged`, whatever statement met it.
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
        match e.sqlite_error_code() {
            Some(DatabaseCorrupt | NotADatabase) => Error::Damaged {
                path: None,
                detail: e.to_string(),
            },
            _ => Error::Sqlite(e),
        }
    }
}

impl Error {
    /// 2 for input the person can correct, 1 for everything else.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Invalid(_)
            | Error::NotFound { .. }
            | Error::Settings(_)
            | Error::Exists { .. }
            | Error::NotAFile { .. } => 2,
            Error::Interrupted { signal } => 128 + signal,
            _ => 1,
        }
    }

    pub fn invalid(field: &str, reason: impl Into<String>) -> Self {
        Error::Invalid(Invalid::new(field, reason))
    }

    /// A database or backup file tend will not open or use, and why.
    pub fn refused(path: &std::path::Path, reason: impl Into<String>) -> Self {
        Error::Refused {
            path: path.to_path_buf(),
            reason: reason.into(),
        }
    }

    /// A failed read or write of `path`, while tend was `doing` something to it.
    pub fn file(path: &std::path::Path, doing: impl Into<String>, source: std::io::Error) -> Self {
        Error::File {
            path: path.to_path_buf(),
            doing: doing.into(),
            source,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_in_the_way_is_input_to_correct() {
        let e = Error::Exists {
            what: "output".to_string(),
            path: PathBuf::from("summary.html"),
            next: "choose another name with -o, or add --force to replace it",
        };
        assert_eq!(
            e.to_string(),
            "output: summary.html already exists; choose another name with -o, or add --force to replace it"
        );
        assert_eq!(e.exit_code(), 2);
        assert_eq!(Error::NoSqlcipher.exit_code(), 1);
    }

    #[test]
    fn a_file_error_names_the_file_and_what_to_do() {
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let e = Error::file(std::path::Path::new("out/summary.html"), "write it", denied);
        let text = e.to_string();
        assert!(
            text.starts_with(
                "out/summary.html: cannot write it (permission denied); check that you may"
            ),
            "{text}"
        );
        let full = std::io::Error::from(std::io::ErrorKind::StorageFull);
        let e = Error::file(std::path::Path::new("backups"), "write here", full);
        assert!(
            e.to_string()
                .ends_with("; free some space on that disk and try again")
        );
    }
}
