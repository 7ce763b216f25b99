//! The one error type of tend, and the exit status each kind of error gets.

use crate::domain::Invalid;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad input from the person: names the field and what is allowed.
    #[error("{0}")]
    Invalid(#[from] Invalid),
    /// An id that names nothing.
    #[error("{what}: there is no {what} with id {id} (see `tend {list}`)")]
    NotFound {
        what: &'static str,
        id: i64,
        list: &'static str,
    },
    /// A database file tend will not open; it is left untouched.
    #[error("{}: {reason}", path.display())]
    Refused { path: PathBuf, reason: String },
    /// An encrypted database and no passphrase to open it with.
    #[error(
        "{}: this journal is encrypted; tend asks for its passphrase on a terminal (scripts: --passphrase-fd N or TEND_PASSPHRASE_FILE=PATH)",
        path.display()
    )]
    Locked { path: PathBuf },
    #[error("{}: that passphrase does not open this journal", path.display())]
    WrongPassphrase { path: PathBuf },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Message(String),
    /// A bad value in the settings file: names file, line and what is allowed.
    #[error("{0} (fix it with `tend config edit`)")]
    Settings(String),
}

impl Error {
    /// 2 for input the person can correct, 1 for everything else.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Invalid(_) | Error::NotFound { .. } | Error::Settings(_) => 2,
            _ => 1,
        }
    }

    pub fn invalid(field: &str, reason: impl Into<String>) -> Self {
        Error::Invalid(Invalid::new(field, reason))
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
