//! Words sync kept aside, read where the person reads the record they belong to: which
//! records have some (one read for a whole screen, as many rows as there are kept
//! texts, whatever the journal's size), and one record's words with the moment they
//! were written in the person's local time. Dismissing them is `Tx::sync_dismiss`.

use super::Store;
use crate::clock::Clock;
use crate::domain::RecordKind;
use crate::error::Result;
use chrono::{DateTime, NaiveDate};

/// Which records have words kept aside.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KeptAside {
    /// Journal entries, by id.
    pub entries: Vec<i64>,
    /// Days whose check-in has some.
    pub checkin_days: Vec<NaiveDate>,
    /// Kept texts of everything else (and of records since deleted), which only
    /// `tend sync conflicts` lists.
    pub elsewhere: usize,
}

impl KeptAside {
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.checkin_days.is_empty() && self.elsewhere == 0
    }
}

/// One kept text of a record: the field it was in, the words, and where and when they
/// were written.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    pub id: i64,
    pub field: String,
    pub text: String,
    pub device: String,
    /// The edit's moment in the person's local time, `YYYY-MM-DD HH:MM`.
    pub at: String,
}

/// A stored moment as local `YYYY-MM-DD HH:MM` (under a fixed clock, at its offset).
fn local_minute(clock: Clock, stamp: &str) -> String {
    let Ok(t) = DateTime::parse_from_rfc3339(stamp) else {
        return stamp.get(..16).unwrap_or(stamp).replace('T', " ");
    };
    let t = match clock {
        Clock::System => t.with_timezone(&chrono::Local).fixed_offset(),
        Clock::Fixed(f) => t.with_timezone(f.offset()),
    };
    t.format("%Y-%m-%d %H:%M").to_string()
}

impl Store {
    /// Which journal entries and check-ins have words kept aside, and how many kept
    /// texts belong to records no screen shows.
    pub fn kept_aside(&self) -> Result<KeptAside> {
        let mut st = self.conn.prepare_cached(
            "SELECT j.id, k.date FROM sync_conflicts c
             LEFT JOIN journal_entries j ON c.tbl = 'journal_entries' AND j.uid = c.record
             LEFT JOIN checkins k ON c.tbl = 'checkins' AND k.date = c.record",
        )?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, Option<i64>>(0)?,
                r.get::<_, Option<NaiveDate>>(1)?,
            ))
        })?;
        let mut kept = KeptAside::default();
        for row in rows {
            match row? {
                (Some(id), _) => kept.entries.push(id),
                (None, Some(day)) => kept.checkin_days.push(day),
                (None, None) => kept.elsewhere += 1,
            }
        }
        kept.entries.sort_unstable();
        kept.entries.dedup();
        kept.checkin_days.sort_unstable();
        kept.checkin_days.dedup();
        Ok(kept)
    }

    /// The words kept aside for one journal entry or check-in, newest first.
    pub fn kept_words(&self, kind: RecordKind, id: i64) -> Result<Vec<Kept>> {
        let r = super::schema::of_kind(kind);
        let (tbl, key) = match r.key {
            super::schema::Key::Date => (r.table, "date"),
            super::schema::Key::Uid => (r.table, "uid"),
        };
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT c.id, c.field, c.text, {name}, c.edited_at
             FROM {tbl} r JOIN sync_conflicts c ON c.tbl = '{tbl}' AND c.record = r.{key}
             WHERE r.id = ?1 ORDER BY c.edited_at DESC, c.id",
            name = super::changes::DEVICE_NAME
        ))?;
        let rows = st.query_map([id], |r| {
            Ok(Kept {
                id: r.get(0)?,
                field: r.get(1)?,
                text: r.get(2)?,
                device: r.get(3)?,
                at: local_minute(self.clock, &r.get::<_, String>(4)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_read_in_local_time() {
        let fixed = DateTime::parse_from_rfc3339("2026-11-23T10:00:00+02:00").unwrap();
        assert_eq!(
            local_minute(Clock::Fixed(fixed), "2026-11-25T20:54:07+00:00"),
            "2026-11-25 22:54"
        );
        assert_eq!(
            local_minute(Clock::Fixed(fixed), "not a moment"),
            "not a moment"
        );
    }
}
