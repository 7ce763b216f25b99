//! Goals, their milestone steps, and the log of progress.

use super::{Store, Tx, named};
use crate::domain::{Goal, GoalDraft, GoalKind, GoalLog, GoalStatus, GoalStep, LifeDomain};
use crate::error::{Error, Result};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

const COLUMNS: &str =
    "id, title, domain, why, kind, per_week, target_date, status, created_at, updated_at, revision";

fn from_row(r: &Row) -> rusqlite::Result<Goal> {
    Ok(Goal {
        id: r.get(0)?,
        title: r.get(1)?,
        domain: named(r, 2)?,
        why: r.get(3)?,
        kind: named(r, 4)?,
        per_week: r.get(5)?,
        target_date: r.get(6)?,
        status: named(r, 7)?,
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
        revision: r.get(10)?,
        steps: Vec::new(),
    })
}

fn steps(conn: &Connection, goal_id: i64) -> rusqlite::Result<Vec<GoalStep>> {
    let mut st = conn.prepare_cached(
        "SELECT id, position, title, done_on FROM goal_steps WHERE goal_id = ?1 ORDER BY position",
    )?;
    let rows = st.query_map([goal_id], |r| {
        Ok(GoalStep {
            id: r.get(0)?,
            position: r.get(1)?,
            title: r.get(2)?,
            done_on: r.get(3)?,
        })
    })?;
    rows.collect()
}

fn goal(conn: &Connection, id: i64) -> Result<Goal> {
    let mut g = conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM goals WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(Error::NotFound {
            what: crate::domain::RecordKind::Goal.noun(),
            id,
            list: crate::domain::RecordKind::Goal.list_command(),
        })?;
    g.steps = steps(conn, id)?;
    Ok(g)
}

impl Store {
    pub fn goal(&self, id: i64) -> Result<Goal> {
        goal(&self.conn, id)
    }

    /// Goals, optionally narrowed by status and domain: active first, then by id.
    pub fn goals(
        &self,
        status: Option<GoalStatus>,
        domain: Option<LifeDomain>,
    ) -> Result<Vec<Goal>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM goals WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR domain = ?2)
             ORDER BY CASE status WHEN 'active' THEN 0 WHEN 'paused' THEN 1 WHEN 'achieved' THEN 2 ELSE 3 END, id"
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let mut goals: Vec<Goal> = st
            .query_map(
                params![status.map(|s| s.as_str()), domain.map(|d| d.as_str())],
                from_row,
            )?
            .collect::<rusqlite::Result<_>>()?;
        for g in &mut goals {
            g.steps = steps(&self.conn, g.id)?;
        }
        Ok(goals)
    }

    /// The log of one goal, newest first.
    pub fn goal_logs(&self, goal_id: i64, since: Option<NaiveDate>) -> Result<Vec<GoalLog>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, goal_id, date, note, step_id, created_at FROM goal_logs
             WHERE goal_id = ?1 AND (?2 IS NULL OR date >= ?2) ORDER BY date DESC, id DESC",
        )?;
        let rows = st.query_map(params![goal_id, since], |r| {
            Ok(GoalLog {
                id: r.get(0)?,
                goal_id: r.get(1)?,
                date: r.get(2)?,
                note: r.get(3)?,
                step_id: r.get(4)?,
                created_at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Tx<'_> {
    pub fn add_goal(&self, draft: GoalDraft) -> Result<Goal> {
        let d = draft.validated()?;
        self.execute(
            "INSERT INTO goals (title, domain, why, kind, per_week, target_date, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            params![d.title, d.domain.as_str(), d.why, d.kind.as_str(), d.per_week, d.target_date, self.now],
        )?;
        let id = self.last_insert_rowid();
        for (i, s) in d.steps.iter().enumerate() {
            self.execute(
                "INSERT INTO goal_steps (goal_id, position, title, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
                params![id, i as i64 + 1, s, self.now],
            )?;
        }
        goal(self, id)
    }

    /// Replaces a goal's title, domain, why, times a week and target date (steps stay).
    pub fn edit_goal(&self, id: i64, draft: GoalDraft) -> Result<Goal> {
        let old = goal(self, id)?;
        let d = GoalDraft {
            kind: old.kind,
            steps: Vec::new(),
            ..draft
        }
        .validated()?;
        self.execute(
            "UPDATE goals SET title = ?2, domain = ?3, why = ?4, per_week = ?5, target_date = ?6, updated_at = ?7 WHERE id = ?1",
            params![id, d.title, d.domain.as_str(), d.why, d.per_week, d.target_date, self.now],
        )?;
        goal(self, id)
    }

    pub fn set_goal_status(&self, id: i64, status: GoalStatus) -> Result<Goal> {
        goal(self, id)?;
        self.execute(
            "UPDATE goals SET status = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, status.as_str(), self.now],
        )?;
        goal(self, id)
    }

    /// Logs progress on a goal; for a milestone goal, `step` (its 1-based position)
    /// marks that step done on `date`.
    pub fn log_goal(
        &self,
        id: i64,
        date: NaiveDate,
        note: Option<String>,
        step: Option<u32>,
    ) -> Result<GoalLog> {
        self.check_lived("date", date)?;
        let g = goal(self, id)?;
        let step_id = match (step, g.kind) {
            (None, _) => None,
            (Some(_), GoalKind::Habit) => {
                return Err(Error::invalid("step", t!("store-goal-habit-steps")));
            }
            (Some(n), GoalKind::Milestone) => {
                let s = g.steps.iter().find(|s| s.position == n).ok_or_else(|| {
                    Error::invalid(
                        "step",
                        t!("store-goal-no-step", steps = g.steps.len(), got = n),
                    )
                })?;
                self.execute(
                    "UPDATE goal_steps SET done_on = ?2, updated_at = ?3 WHERE id = ?1",
                    params![s.id, date, self.now],
                )?;
                Some(s.id)
            }
        };
        let note = note.as_deref().and_then(crate::domain::optional_text);
        self.execute(
            "INSERT INTO goal_logs (goal_id, date, note, step_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![id, date, note, step_id, self.now],
        )?;
        let log_id = self.last_insert_rowid();
        Ok(GoalLog {
            id: log_id,
            goal_id: id,
            date,
            note,
            step_id,
            created_at: self.now.clone(),
        })
    }

    /// Moves a progress mark to another day or changes its note (`None` keeps it, ""
    /// clears the note); a mark that completed a milestone step moves the step with it.
    pub fn edit_goal_log(
        &self,
        id: i64,
        date: Option<NaiveDate>,
        note: Option<String>,
    ) -> Result<GoalLog> {
        type Old = (Option<i64>, NaiveDate, Option<String>);
        let old: Option<Old> = self
            .query_row(
                "SELECT step_id, date, note FROM goal_logs WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let (step, old_date, old_note) = old.ok_or(Error::NotFound {
            what: crate::domain::RecordKind::GoalMark.noun(),
            id,
            list: crate::domain::RecordKind::GoalMark.list_command(),
        })?;
        let date = date.unwrap_or(old_date);
        self.check_lived("date", date)?;
        let note = note.map_or(old_note, |n| crate::domain::optional_text(&n));
        self.execute(
            "UPDATE goal_logs SET date = ?2, note = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, date, note, self.now],
        )?;
        if let Some(s) = step {
            self.execute(
                "UPDATE goal_steps SET done_on = ?2, updated_at = ?3 WHERE id = ?1",
                params![s, date, self.now],
            )?;
        }
        Ok(self.query_row(
            "SELECT id, goal_id, date, note, step_id, created_at FROM goal_logs WHERE id = ?1",
            [id],
            |r| {
                Ok(GoalLog {
                    id: r.get(0)?,
                    goal_id: r.get(1)?,
                    date: r.get(2)?,
                    note: r.get(3)?,
                    step_id: r.get(4)?,
                    created_at: r.get(5)?,
                })
            },
        )?)
    }
}
