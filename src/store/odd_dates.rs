//! Records stored with dates that can't be right (after today, before 1900, a signed or
//! zero year): found for `doctor` to list, never changed or deleted silently.

use super::Store;
use crate::error::Result;
use chrono::NaiveDate;

/// A record whose date can't be right, for the person to fix.
#[derive(Debug, Clone, PartialEq)]
pub struct OddDate {
    /// What it is, as the CLI names it ("check-in", "journal entry", …).
    pub what: &'static str,
    pub id: i64,
    /// The date as stored.
    pub date: String,
}

impl OddDate {
    /// The command that puts this record right.
    pub fn fix(&self) -> String {
        let id = self.id;
        match self.what {
            "check-in" => format!("tend checkin delete {id} (then check in on the right day)"),
            "journal entry" => format!("tend journal edit {id} --at \"YYYY-MM-DD HH:MM\""),
            "encounter" => format!("tend trigger log-edit {id} --at \"YYYY-MM-DD HH:MM\""),
            "goal mark" => format!("tend goal log-edit {id} --date YYYY-MM-DD"),
            "growth entry" => format!("tend growth edit {id} --date YYYY-MM-DD"),
            "commitment" => format!("tend commitment edit {id} --start YYYY-MM-DD"),
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
            .filter_map(|r| Some((r.table, r.dated?, r.noun)));
        for (table, column, what) in dated {
            let sql = format!(
                "SELECT id, {column} FROM {table} WHERE {column} > ?1 OR {column} < '1900-01-01'
                 ORDER BY {column} LIMIT ?2"
            );
            let mut st = self.conn.prepare(&sql)?;
            let rows = st.query_map(rusqlite::params![today.to_string(), limit as i64], |r| {
                Ok(OddDate {
                    what,
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
