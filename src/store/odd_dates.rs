//! Records stored with dates that can't be right (after today, before 1900, a signed or
//! zero year): found for `doctor` to list, never changed or deleted silently.

use super::Store;
use crate::error::Result;
use chrono::NaiveDate;

/// A record whose date can't be right, for the person to fix.
#[derive(Debug, Clone, PartialEq)]
pub struct OddDate {
    /// What it is, in words ("check-in", "journal entry", …).
    pub what: String,
    /// Where it is kept: which command puts it right.
    pub table: &'static str,
    pub id: i64,
    /// The date as stored.
    pub date: String,
}

impl OddDate {
    /// The command that puts this record right.
    pub fn fix(&self) -> String {
        use super::schema::{CHECKINS, COMMITMENTS, ENCOUNTERS, JOURNAL, SETBACKS};
        let id = self.id;
        match self.table {
            CHECKINS => t!(
                "store-fix-checkin",
                command = format!("tend checkin delete {id}")
            ),
            JOURNAL => format!("tend journal edit {id} --at \"YYYY-MM-DD HH:MM\""),
            ENCOUNTERS => format!("tend trigger log-edit {id} --at \"YYYY-MM-DD HH:MM\""),
            "goal_logs" => format!("tend goal log-edit {id} --date YYYY-MM-DD"),
            SETBACKS => format!("tend growth edit {id} --date YYYY-MM-DD"),
            COMMITMENTS => format!("tend commitment edit {id} --start YYYY-MM-DD"),
            _ => format!("tend self-check delete {id}"),
        }
    }
}

impl Store {
    /// Records dated after `today` or before 1900 (text dates sort a signed or zero year
    /// before 1900), at most `limit` of them, oldest table first.
    pub fn odd_dates(&self, today: NaiveDate, limit: usize) -> Result<Vec<OddDate>> {
        let mut out = Vec::new();
        let dated = super::schema::RECORDS
            .iter()
            .filter_map(|r| Some((r.table, r.dated?)));
        for (table, column) in dated {
            let sql = format!(
                "SELECT id, {column} FROM {table} WHERE {column} > ?1 OR {column} < '1900-01-01'
                 ORDER BY {column} LIMIT ?2"
            );
            let mut st = self.conn.prepare(&sql)?;
            let rows = st.query_map(rusqlite::params![today.to_string(), limit as i64], |r| {
                Ok(OddDate {
                    what: super::schema::noun(table),
                    table,
                    id: r.get(0)?,
                    date: r.get(1)?,
                })
            })?;
            for r in rows {
                out.push(r?);
            }
        }
        out.truncate(limit);
        Ok(out)
    }
}
