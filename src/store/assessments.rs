//! Self-check scale results: instrument, answers, score and band, by date.

use super::{Store, Tx};
use crate::domain::Assessment;
use crate::error::Result;
use chrono::NaiveDate;
use rusqlite::{Row, params};

fn from_row(r: &Row) -> rusqlite::Result<Assessment> {
    let answers: String = r.get(3)?;
    Ok(Assessment {
        id: r.get(0)?,
        instrument: r.get(1)?,
        date: r.get(2)?,
        answers: serde_json::from_str(&answers).unwrap_or_default(),
        score: r.get(4)?,
        band: r.get(5)?,
        created_at: r.get(6)?,
    })
}

impl Store {
    /// Results between two dates (inclusive, open-ended when `None`), oldest first.
    pub fn assessments(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<Assessment>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, instrument, date, answers, score, band, created_at FROM assessments
             WHERE (?1 IS NULL OR date >= ?1) AND (?2 IS NULL OR date <= ?2) ORDER BY date, id",
        )?;
        Ok(st
            .query_map(params![from, to], from_row)?
            .collect::<rusqlite::Result<_>>()?)
    }
}

impl Tx<'_> {
    /// Saves a scored result; scoring and banding are the caller's (domain) work.
    pub fn add_assessment(
        &self,
        instrument: &str,
        date: NaiveDate,
        answers: &[u8],
        score: i64,
        band: &str,
    ) -> Result<Assessment> {
        self.check_lived("date", date)?;
        let json = serde_json::to_string(answers).expect("numbers serialize");
        self.execute(
            "INSERT INTO assessments (instrument, date, answers, score, band, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            params![instrument, date, json, score, band, self.now],
        )?;
        let id = self.last_insert_rowid();
        Ok(self.query_row(
            "SELECT id, instrument, date, answers, score, band, created_at FROM assessments WHERE id = ?1",
            [id],
            from_row,
        )?)
    }
}
