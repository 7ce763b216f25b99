//! The one error type of tend, the exit status each kind of error gets, and the one
//! way any message reaches stderr (`to_stderr`).

use crate::domain::Invalid;
use std::io::Write as _;
use std::path::PathBuf;

/// How to go on from a file that is already where a new one would go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// Another name with `-o`, or `--force` to replace it.
    NameOrForce,
    /// Another name (nothing may replace it).
    Name,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad input from the person: names the field and what is allowed.
    Invalid(#[from] Invalid),
    /// An id that names nothing.
    NotFound {
        what: String,
        id: i64,
        list: &'static str,
    },
    /// A database or backup file tend will not open or use; it is left untouched.
    Refused { path: PathBuf, reason: String },
    /// An encrypted database and no passphrase to open it with.
    Locked { path: PathBuf },
    /// SQLCipher cannot read the file with this key. A damaged file (or random bytes)
    /// looks the same as a journal under another passphrase, so both are named.
    WrongPassphrase { path: PathBuf },
    /// A journal tend may read but not write: opened for reading only.
    ReadOnly { path: PathBuf, why: String },
    /// SQLite failed in a way that is neither damage nor a refusal.
    Sqlite(rusqlite::Error),
    /// SQLite found the journal damaged while reading or writing it (open checks only
    /// the header, so damage deeper in a file shows here). The store that met it writes
    /// nothing more.
    Damaged {
        path: Option<PathBuf>,
        detail: String,
    },
    /// A file or folder tend could not read, write or create: names it, says what tend
    /// was doing, and what the person can do about it.
    File {
        path: PathBuf,
        /// What tend was doing, after "cannot": "write it", "create this folder".
        doing: String,
        source: std::io::Error,
    },
    /// Any other failed input or output (the terminal, standard input).
    Io(#[from] std::io::Error),
    /// A file the person named is there already and would be replaced.
    Exists {
        /// The argument that named it: "output", "backup".
        what: String,
        path: PathBuf,
        /// How to go on: another name, or the flag that replaces it.
        next: NextStep,
    },
    /// Something at a path the person named that tend never writes over.
    NotAFile {
        /// The argument that named it: "output", "backup".
        what: String,
        path: PathBuf,
        /// "a folder", "a named pipe (FIFO)", "a character device", ... in words.
        kind: String,
    },
    /// This build cannot read or write encrypted journals.
    NoSqlcipher,
    /// The person's editor could not be started.
    EditorMissing { program: String, reason: String },
    /// The editor ended with an error status, so what it left is not trusted.
    EditorFailed {
        program: String,
        /// Whether the text was dropped (the person is told nothing was saved).
        nothing_saved: bool,
    },
    /// A signal asked tend to stop; what was being written is kept as a draft.
    Interrupted { signal: i32 },
    /// The file at the journal's path is no longer the one opened: another tend
    /// encrypted, decrypted or restored it, or it was moved. Nothing was written.
    Replaced { path: PathBuf },
    /// A record changed elsewhere since a form opened it.
    Changed { what: String },
    /// The person left the unlock screen without giving the passphrase.
    LeftLocked,
    /// Anything else, in words; for problems no caller needs to tell apart.
    Message(String),
    /// A bad value in the settings file: names file, line and what is allowed.
    Settings(String),
    /// A sync segment that can't be merged as it is (damaged, cut short, or from a
    /// newer tend): the sync report says so and it is tried again next time. Every
    /// other error met while merging stops the sync.
    Segment(SegmentFault),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Invalid(e) => write!(f, "{e}"),
            Error::Io(e) => write!(f, "{e}"),
            Error::Message(m) => f.write_str(m),
            Error::Segment(s) => write!(f, "{s}"),
            other => f.write_str(&other.words()),
        }
    }
}

impl Error {
    /// The message of the kinds whose words are tend's own, in the language in effect.
    fn words(&self) -> String {
        match self {
            Error::NotFound { what, id, list } => t!(
                "error-not-found",
                what = what.as_str(),
                id = id.to_string(),
                command = format!("`tend {list}`")
            ),
            Error::Refused { path, reason } => {
                t!("error-refused", path = shown(path), reason = reason)
            }
            Error::Locked { path } => t!("error-locked", path = shown(path)),
            Error::WrongPassphrase { path } => t!("error-wrong-passphrase", path = shown(path)),
            Error::ReadOnly { path, why } => {
                t!("error-read-only", path = shown(path), why = why)
            }
            Error::Sqlite(e) => t!("error-sqlite", error = e.to_string()),
            Error::Damaged { path, detail } => match path {
                Some(p) => t!("error-damaged-at", path = shown(p), detail = detail),
                None => t!("error-damaged", detail = detail),
            },
            Error::File {
                path,
                doing,
                source,
            } => t!(
                "error-file",
                path = shown(path),
                doing = doing,
                error = source.to_string(),
                next = next_step(source)
            ),
            Error::Exists { what, path, next } => t!(
                "error-exists",
                what = what.as_str(),
                path = shown(path),
                next = match next {
                    NextStep::NameOrForce => t!("error-next-name-or-force"),
                    NextStep::Name => t!("error-next-name"),
                }
            ),
            Error::NotAFile { what, path, kind } => t!(
                "error-not-a-file",
                what = what.as_str(),
                path = shown(path),
                kind = kind.as_str()
            ),
            Error::NoSqlcipher => t!("error-no-sqlcipher"),
            Error::EditorMissing { program, reason } => {
                t!("error-editor-missing", program = program, reason = reason)
            }
            Error::EditorFailed {
                program,
                nothing_saved: false,
            } => t!("error-editor-failed", program = program),
            Error::EditorFailed { program, .. } => {
                t!("error-editor-failed-nothing-saved", program = program)
            }
            Error::Interrupted { signal } => t!("error-interrupted", signal = signal_name(*signal)),
            Error::Replaced { path } => t!("error-replaced", path = shown(path)),
            Error::Changed { what } => t!("error-changed", what = what.as_str()),
            Error::LeftLocked => t!("error-left-locked"),
            Error::Settings(problem) => t!("error-settings", problem = problem),
            Error::Invalid(_) | Error::Io(_) | Error::Message(_) | Error::Segment(_) => {
                unreachable!("shown as they are")
            }
        }
    }
}

fn shown(path: &std::path::Path) -> String {
    path.display().to_string()
}

/// The signal's own name (SIGTERM), or words for one without a name here.
fn signal_name(signal: i32) -> String {
    let name = crate::signals::name(signal);
    if name.starts_with("SIG") {
        name.to_string()
    } else {
        t!("error-some-signal")
    }
}

/// What a person can do about a file that failed this way.
fn next_step(e: &std::io::Error) -> String {
    use std::io::ErrorKind::{
        NotADirectory, NotFound, PermissionDenied, QuotaExceeded, ReadOnlyFilesystem, StorageFull,
    };
    match e.kind() {
        PermissionDenied => t!("error-next-permission"),
        NotFound | NotADirectory => t!("error-next-folder"),
        StorageFull | QuotaExceeded => t!("error-next-space"),
        ReadOnlyFilesystem => t!("error-next-read-only"),
        _ => t!("error-next-other"),
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

/// Why a sync segment can't be merged as it is. It is left untouched and the rest of
/// the sync goes on: a newer one waits for an upgrade, an unreadable one is tried again
/// next time, and one of another key is named once and left alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SegmentFault {
    /// Written by a newer tend, in a format this one does not read.
    Newer(String),
    /// Damaged, cut short or still being copied: tried again next time.
    Unreadable(String),
    /// Sealed with another key (a device with another sync passphrase wrote it): named
    /// once, and not tried again while it is the same file.
    OtherKey(String),
}

impl SegmentFault {
    pub fn is_newer(&self) -> bool {
        matches!(self, SegmentFault::Newer(_))
    }
}

impl std::fmt::Display for SegmentFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SegmentFault::Newer(w) | SegmentFault::Unreadable(w) | SegmentFault::OtherKey(w) => {
                f.write_str(w)
            }
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

    pub fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
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
            next: NextStep::NameOrForce,
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
