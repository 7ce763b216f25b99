//! Check-ins: one per local date, upserted field by field.

use super::{Store, Tx};
use crate::domain::progress::MoodPoint;
use crate::domain::{Checkin, CheckinPatch};
use crate::error::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

const COLUMNS: &str = "id, date, mood, craving, physical, mental, emotional, social, spiritual, hungry, angry, lonely, \
                       tired, sleep_hours, intention, reflection, gratitude, note, created_at, updated_at";

fn from_row(r: &Row) -> rusqlite::Result<Checkin> {
    Ok(Checkin {
        id: r.get(0)?,
        date: r.get(1)?,
        mood: r.get(2)?,
        craving: r.get(3)?,
        physical: r.get(4)?,
        mental: r.get(5)?,
        emotional: r.get(6)?,
        social: r.get(7)?,
        spiritual: r.get(8)?,
        hungry: r.get(9)?,
        angry: r.get(10)?,
        lonely: r.get(11)?,
        tired: r.get(12)?,
        sleep_hours: r.get(13)?,
        intention: r.get(14)?,
        reflection: r.get(15)?,
        gratitude: r.get(16)?,
        note: r.get(17)?,
        created_at: r.get(18)?,
        updated_at: r.get(19)?,
    })
}

fn checkin_on(conn: &Connection, date: NaiveDate) -> Result<Option<Checkin>> {
    let sql = format!("SELECT {COLUMNS} FROM checkins WHERE date = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([date], from_row)
        .optional()?)
}

impl Store {
    /// The check-in with this id, if there is one.
    pub fn checkin(&self, id: i64) -> Result<Option<Checkin>> {
        let sql = format!("SELECT {COLUMNS} FROM checkins WHERE id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id], from_row)
            .optional()?)
    }

    pub fn checkin_on(&self, date: NaiveDate) -> Result<Option<Checkin>> {
        checkin_on(&self.conn, date)
    }

    /// Check-ins between two dates (inclusive; `None` is open-ended), newest first.
    pub fn checkins(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        limit: Option<usize>,
    ) -> Result<Vec<Checkin>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM checkins WHERE (?1 IS NULL OR date >= ?1) AND (?2 IS NULL OR date <= ?2)
             ORDER BY date DESC LIMIT ?3"
        );
        let limit = limit.map_or(-1, |l| l as i64);
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st.query_map(params![from, to, limit], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Date and mood of every check-in from `from` on, oldest first: what progress needs.
    pub fn mood_points(&self, from: Option<NaiveDate>) -> Result<Vec<MoodPoint>> {
        let mut st = self.conn.prepare_cached(
            "SELECT date, mood FROM checkins WHERE (?1 IS NULL OR date >= ?1) ORDER BY date",
        )?;
        let rows = st.query_map([from], |r| {
            Ok(MoodPoint {
                date: r.get(0)?,
                mood: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Tx<'_> {
    /// The day's check-in, as this transaction sees it.
    pub fn checkin_on(&self, date: NaiveDate) -> Result<Option<Checkin>> {
        checkin_on(self, date)
    }

    /// Creates or updates the check-in of `date`; fields the patch leaves out keep their value.
    pub fn upsert_checkin(&self, date: NaiveDate, patch: &CheckinPatch) -> Result<Checkin> {
        self.check_lived("date", date)?;
        patch.validate()?;
        let mut c = checkin_on(self, date)?.unwrap_or_else(|| Checkin {
            date,
            ..Default::default()
        });
        patch.apply(&mut c);
        self.execute(
            "INSERT INTO checkins (date, mood, craving, physical, mental, emotional, social, spiritual, hungry, angry,
                 lonely, tired, sleep_hours, intention, reflection, gratitude, note, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18)
             ON CONFLICT (date) DO UPDATE SET mood = ?2, craving = ?3, physical = ?4, mental = ?5, emotional = ?6,
                 social = ?7, spiritual = ?8, hungry = ?9, angry = ?10, lonely = ?11, tired = ?12,
                 sleep_hours = ?13, intention = ?14, reflection = ?15, gratitude = ?16, note = ?17, updated_at = ?18",
            params![
                date, c.mood, c.craving, c.physical, c.mental, c.emotional, c.social, c.spiritual, c.hungry, c.angry,
                c.lonely, c.tired, c.sleep_hours, c.intention, c.reflection, c.gratitude, c.note, self.now
            ],
        )?;
        Ok(checkin_on(self, date)?.expect("row just written"))
    }
}
