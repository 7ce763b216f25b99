//! Meetings and connections: add, change and list them; deleting goes through `undo`.

use super::{Store, Tx, named};
use crate::domain::connections::weekdays_text;
use crate::domain::time::local_date;
use crate::domain::{Connection, ConnectionDraft, Meeting, MeetingDraft};
use crate::error::{Error, Result};
use chrono::NaiveDate;
use rusqlite::{Connection as Db, OptionalExtension, Row, params};

const MEETING: &str = "id, name, fellowship, format, weekday, time, place, home_group, created_at, updated_at, \
     weekdays, every_other_week";
const EVENT: &str = "id, at, date, kind, meeting_id, minutes, shared, chaired, mood_before, mood_after, \
     connected, note, verified_by, share, created_at";

fn meeting_row(r: &Row) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        id: r.get(0)?,
        name: r.get(1)?,
        fellowship: named(r, 2)?,
        format: named(r, 3)?,
        days: Meeting::days_of(r.get(4)?, r.get::<_, Option<String>>(10)?.as_deref()),
        every_other_week: r.get(11)?,
        time: r.get(5)?,
        place: r.get(6)?,
        home_group: r.get(7)?,
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
    })
}

fn event_row(r: &Row) -> rusqlite::Result<Connection> {
    Ok(Connection {
        id: r.get(0)?,
        at: r.get(1)?,
        date: r.get(2)?,
        kind: named(r, 3)?,
        meeting_id: r.get(4)?,
        person_ids: Vec::new(),
        minutes: r.get(5)?,
        shared: r.get(6)?,
        chaired: r.get(7)?,
        mood_before: r.get(8)?,
        mood_after: r.get(9)?,
        connected: r.get(10)?,
        note: r.get(11)?,
        verified_by: r.get(12)?,
        share: named(r, 13)?,
        created_at: r.get(14)?,
    })
}

fn meeting(db: &Db, id: i64) -> Result<Meeting> {
    db.prepare_cached(&format!("SELECT {MEETING} FROM meetings WHERE id = ?1"))?
        .query_row([id], meeting_row)
        .optional()?
        .ok_or(Error::NotFound {
            what: crate::domain::RecordKind::Meeting.noun(),
            id,
            list: crate::domain::RecordKind::Meeting.list_command(),
        })
}

/// The people of each connection, filled in.
fn with_people(db: &Db, mut events: Vec<Connection>) -> Result<Vec<Connection>> {
    let mut st = db.prepare_cached(
        "SELECT person_id FROM connection_people WHERE connection_id = ?1 ORDER BY person_id",
    )?;
    for e in &mut events {
        e.person_ids = st
            .query_map([e.id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(events)
}

fn event(db: &Db, id: i64) -> Result<Connection> {
    let e = db
        .prepare_cached(&format!("SELECT {EVENT} FROM connections WHERE id = ?1"))?
        .query_row([id], event_row)
        .optional()?
        .ok_or(Error::NotFound {
            what: crate::domain::RecordKind::Connection.noun(),
            id,
            list: crate::domain::RecordKind::Connection.list_command(),
        })?;
    Ok(with_people(db, vec![e])?.remove(0))
}

impl Store {
    pub fn meeting(&self, id: i64) -> Result<Meeting> {
        meeting(&self.conn, id)
    }

    /// Every meeting, home group first, then by day and time.
    pub fn meetings(&self) -> Result<Vec<Meeting>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {MEETING} FROM meetings ORDER BY home_group DESC, weekday IS NULL, weekday, time, name, id"
        ))?;
        Ok(st
            .query_map([], meeting_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// The first day each meeting was attended, by meeting id.
    pub fn first_attended(&self) -> Result<std::collections::HashMap<i64, NaiveDate>> {
        let mut st = self.conn.prepare_cached(
            "SELECT meeting_id, min(date) FROM connections
             WHERE meeting_id IS NOT NULL AND kind = 'meeting' GROUP BY meeting_id",
        )?;
        Ok(st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// The first day of the connection log, if it has any.
    pub fn first_connection_day(&self) -> Result<Option<NaiveDate>> {
        Ok(self
            .conn
            .query_row("SELECT min(date) FROM connections", [], |r| r.get(0))?)
    }

    /// The meeting with this name (any case) or id.
    pub fn find_meeting(&self, name_or_id: &str) -> Result<Meeting> {
        if let Ok(id) = name_or_id.trim().parse::<i64>() {
            return self.meeting(id);
        }
        super::people::by_name(self.meetings()?, name_or_id, |m| &m.name).map_err(|many| {
            let why = if many {
                t!("store-meeting-name-many")
            } else {
                t!("store-meeting-name-none")
            };
            Error::invalid("meeting", why)
        })
    }

    /// The meeting with this id, or by this name (any case), or the meetings whose
    /// names are close to it.
    pub fn lookup_meeting(&self, name_or_id: &str) -> Result<super::people::Lookup<Meeting>> {
        if let Ok(id) = name_or_id.trim().parse::<i64>() {
            return self.meeting(id).map(super::people::Lookup::Found);
        }
        super::people::lookup(
            self.meetings()?,
            name_or_id,
            |m| &m.name,
            || Error::invalid("meeting", t!("store-meeting-name-many")),
        )
    }

    pub fn connection(&self, id: i64) -> Result<Connection> {
        event(&self.conn, id)
    }

    /// Connections between two dates (inclusive; `None` is open-ended), newest first,
    /// at most `limit`.
    pub fn connections(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        limit: Option<usize>,
    ) -> Result<Vec<Connection>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {EVENT} FROM connections WHERE (?1 IS NULL OR date >= ?1) AND (?2 IS NULL OR date <= ?2)
             ORDER BY date DESC, at DESC, id DESC LIMIT ?3"
        ))?;
        let limit = limit.map_or(-1, |l| l as i64);
        let rows = st
            .query_map(params![from, to, limit], event_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        with_people(&self.conn, rows)
    }

    /// Each day with a connection between two dates, and how many it had, oldest first.
    pub fn connection_days(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<(NaiveDate, u32)>> {
        let mut st = self.conn.prepare_cached(
            "SELECT date, count(*) FROM connections WHERE date >= ?1 AND date <= ?2 GROUP BY date ORDER BY date",
        )?;
        Ok(st
            .query_map(params![from, to], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// The last day each person was in a connection, for everyone who has been.
    pub fn last_contacts(&self) -> Result<Vec<(i64, NaiveDate)>> {
        let mut st = self.conn.prepare_cached(
            "SELECT cp.person_id, max(c.date) FROM connection_people cp
             JOIN connections c ON c.id = cp.connection_id GROUP BY cp.person_id",
        )?;
        Ok(st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }
}

impl Tx<'_> {
    pub fn add_meeting(&self, d: MeetingDraft) -> Result<Meeting> {
        let d = d.validated()?;
        self.execute(
            "INSERT INTO meetings (name, fellowship, format, weekday, time, place, home_group, created_at, updated_at,
                 weekdays, every_other_week)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10)",
            params![
                d.name,
                d.fellowship.as_str(),
                d.format.as_str(),
                d.days.first(),
                d.time,
                d.place,
                d.home_group,
                self.now,
                weekdays_text(&d.days),
                d.every_other_week,
            ],
        )?;
        meeting(self, self.last_insert_rowid())
    }

    pub fn edit_meeting(&self, id: i64, d: MeetingDraft) -> Result<Meeting> {
        meeting(self, id)?;
        let d = d.validated()?;
        self.execute(
            "UPDATE meetings SET name = ?2, fellowship = ?3, format = ?4, weekday = ?5, time = ?6, place = ?7,
                 home_group = ?8, updated_at = ?9, weekdays = ?10, every_other_week = ?11 WHERE id = ?1",
            params![
                id,
                d.name,
                d.fellowship.as_str(),
                d.format.as_str(),
                d.days.first(),
                d.time,
                d.place,
                d.home_group,
                self.now,
                weekdays_text(&d.days),
                d.every_other_week,
            ],
        )?;
        meeting(self, id)
    }

    pub fn add_connection(&self, d: ConnectionDraft) -> Result<Connection> {
        self.execute(
            "INSERT INTO connections (at, date, kind, share, created_at, updated_at)
             VALUES ('', '1900-01-01', 'call', 'unset', ?1, ?1)",
            [&self.now],
        )?;
        self.write_connection(self.last_insert_rowid(), &d)
    }

    /// Replaces everything a connection says.
    pub fn edit_connection(&self, id: i64, d: ConnectionDraft) -> Result<Connection> {
        event(self, id)?;
        self.write_connection(id, &d)
    }

    fn write_connection(&self, id: i64, d: &ConnectionDraft) -> Result<Connection> {
        d.validate()?;
        let day_start = super::profile(self)?.day_start_hour;
        let date = local_date(d.at, day_start);
        self.check_lived("at", date)?;
        if let Some(m) = d.meeting_id {
            meeting(self, m)?;
        }
        for p in &d.person_ids {
            self.person(*p)?;
        }
        let note = d.note.as_deref().and_then(crate::domain::optional_text);
        let verified = d
            .verified_by
            .as_deref()
            .and_then(crate::domain::optional_text);
        let share = d.share.unwrap_or(d.kind.default_sharing());
        let done = self.execute(
            "UPDATE connections SET at = ?2, date = ?3, kind = ?4, meeting_id = ?5, minutes = ?6, shared = ?7,
                 chaired = ?8, mood_before = ?9, mood_after = ?10, connected = ?11, note = ?12, verified_by = ?13,
                 share = ?14, updated_at = ?15 WHERE id = ?1",
            params![
                id,
                crate::clock::stamp(d.at),
                date,
                d.kind.as_str(),
                d.meeting_id,
                d.minutes,
                d.shared,
                d.chaired,
                d.mood_before,
                d.mood_after,
                d.connected,
                note,
                verified,
                share.as_str(),
                self.now
            ],
        );
        if let Err(rusqlite::Error::SqliteFailure(e, _)) = &done
            && e.code == rusqlite::ErrorCode::ConstraintViolation
        {
            return Err(Error::invalid(
                "meeting",
                t!("store-meeting-logged", date = date.to_string()),
            ));
        }
        done?;
        self.execute(
            "DELETE FROM connection_people WHERE connection_id = ?1",
            [id],
        )?;
        for p in &d.person_ids {
            self.execute(
                "INSERT OR IGNORE INTO connection_people (connection_id, person_id) VALUES (?1, ?2)",
                params![id, p],
            )?;
        }
        event(self, id)
    }

    fn person(&self, id: i64) -> Result<()> {
        self.require(crate::domain::RecordKind::Person, id)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{clock, d, fresh};
    use super::super::{APPLICATION_ID, Store};
    use crate::domain::*;

    /// A journal as the tend before the connection log left it (schema 3) gains the
    /// new tables on open, with everything in it kept.
    #[test]
    fn a_journal_from_before_the_connection_log_gains_it_and_keeps_everything() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tend.db");
        let c = rusqlite::Connection::open(&path).unwrap();
        for sql in [
            include_str!("../../assets/schema/001_initial.sql"),
            include_str!("../../assets/schema/002_revisions.sql"),
            include_str!("../../assets/schema/003_imports.sql"),
        ] {
            c.execute_batch(sql).unwrap();
        }
        c.execute_batch(&format!(
            "INSERT INTO profile (id, created_at, updated_at) VALUES (1, 'x', 'x');
             INSERT INTO plan_items (section, position, text, created_at, updated_at)
                 VALUES ('supports', 1, 'Sam (sponsor)', 'x', 'x');
             PRAGMA user_version = 3; PRAGMA application_id = {APPLICATION_ID};"
        ))
        .unwrap();
        drop(c);
        let s = Store::open(&path, clock()).unwrap();
        assert_eq!(s.plan(None).unwrap()[0].text, "Sam (sponsor)");
        let sam = s
            .write(|w| {
                w.add_person(PersonDraft {
                    name: "Sam".into(),
                    roles: vec![Role::Sponsor],
                    ..PersonDraft::default()
                })
            })
            .unwrap();
        assert_eq!(s.people().unwrap(), vec![sam]);
    }

    #[test]
    fn a_meeting_is_attended_once_a_day_and_a_deleted_person_leaves_the_connection() {
        let (_d, s) = fresh();
        let (group, sam) = s
            .write(|w| {
                let g = w.add_meeting(MeetingDraft {
                    name: "Tuesday group".into(),
                    fellowship: Fellowship::Aa,
                    format: MeetingFormat::InPerson,
                    days: vec![1],
                    every_other_week: false,
                    time: Some("19:30".into()),
                    place: None,
                    home_group: true,
                })?;
                let p = w.add_person(PersonDraft {
                    name: "Sam".into(),
                    ..PersonDraft::default()
                })?;
                Ok((g.id, p.id))
            })
            .unwrap();
        let draft = |kind, meeting, people: Vec<i64>| ConnectionDraft {
            meeting_id: meeting,
            person_ids: people,
            ..ConnectionDraft::blank(
                chrono::DateTime::parse_from_rfc3339("2026-11-17T19:30:00+00:00").unwrap(),
                kind,
            )
        };
        s.write(|w| w.add_connection(draft(ConnectionKind::Meeting, Some(group), vec![sam])))
            .unwrap();
        let again = s
            .write(|w| w.add_connection(draft(ConnectionKind::Meeting, Some(group), vec![])))
            .unwrap_err();
        assert!(again.to_string().contains("attended once a day"), "{again}");
        assert_eq!(
            s.connections(None, None, None).unwrap().len(),
            1,
            "nothing half-written"
        );
        s.write(|w| w.delete_record(RecordKind::Person, sam))
            .unwrap();
        let left = &s.connections(None, None, None).unwrap()[0];
        assert_eq!((left.person_ids.len(), left.date), (0, d("2026-11-17")));
    }
}
