//! The shell prompt's status (`tend status`): today's day number and whether today's
//! check-in is done, read without writing, migrating or checking anything else, and
//! without ever needing (or asking for) a passphrase.

use super::file::{APPLICATION_ID, Kind, kind};
use crate::domain::time::local_date;
use crate::error::{Error, Result};
use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::OptionalExtension;
use serde::Serialize;
use std::path::Path;
use std::time::Duration;

/// What the prompt shows of the journal.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "state", rename_all = "lowercase")]
pub enum PromptStatus {
    /// No journal at this path yet.
    Missing,
    /// Encrypted: nothing more can be said without the passphrase.
    Locked,
    Ready {
        /// Day N of recovery, when a start date is known.
        day: Option<i64>,
        checked_in: bool,
    },
}

/// Reads the status of the journal at `path`, at the moment `now`, read-only.
pub fn read(path: &Path, now: DateTime<FixedOffset>) -> Result<PromptStatus> {
    match kind(path)? {
        Kind::Encrypted => return Ok(PromptStatus::Locked),
        Kind::New => return Ok(PromptStatus::Missing),
        Kind::Plain => {}
    }
    let conn = super::access::connect_read_only(path)?;
    conn.busy_timeout(Duration::from_secs(1))?;
    let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    if app != APPLICATION_ID {
        return Err(Error::Refused {
            path: path.to_path_buf(),
            reason: t!("store-prompt-not-tend"),
        });
    }
    let (hour, start): (u8, Option<NaiveDate>) = conn.query_row(
        "SELECT day_start_hour, coalesce(recovery_start, (SELECT min(start_date) FROM commitments)) FROM profile WHERE id = 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let today = local_date(now, hour);
    let checked_in = conn
        .query_row(
            "SELECT 1 FROM checkins WHERE date = ?1",
            [today],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    let day = start.map(|s| (today - s).num_days() + 1).filter(|d| *d > 0);
    Ok(PromptStatus::Ready { day, checked_in })
}

impl PromptStatus {
    /// One short line for a prompt.
    pub fn short(&self) -> String {
        match self {
            PromptStatus::Missing => t!("store-prompt-missing"),
            PromptStatus::Locked => t!("store-prompt-locked"),
            PromptStatus::Ready { day, checked_in } => match (day, checked_in) {
                (Some(day), true) => t!("store-prompt-day-checked-in", day = *day),
                (Some(day), false) => t!("store-prompt-day-waiting", day = *day),
                (None, true) => t!("store-prompt-checked-in"),
                (None, false) => t!("store-prompt-waiting"),
            },
        }
    }
}
