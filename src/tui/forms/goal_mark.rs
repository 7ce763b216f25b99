//! A progress mark on a goal: a new one for a chosen day (today unless changed), or
//! one corrected: the day it was done and its note. A mark that completes a milestone
//! step dates the step with it.

use super::{TypedForm, done_saying};
use crate::domain::{Goal, GoalKind, GoalLog, RecordKind};
use crate::error::{Error, Result};
use crate::store::Store;
use crate::tui::checkin::day_name;
use crate::tui::fields::{Date, Field, Text};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;

/// What saving writes.
enum Target {
    /// Corrects this mark.
    Mark(i64),
    /// Logs this goal (a milestone's next step).
    Goal {
        id: i64,
        title: String,
        habit: bool,
        step: Option<u32>,
    },
}

pub struct GoalMarkForm {
    /// The revision the record had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    target: Target,
    date: Date,
    note: Text,
}

impl GoalMarkForm {
    /// Saves only over the record as it was at `revision` (else asks first).
    pub fn at_revision(mut self, revision: Option<i64>) -> GoalMarkForm {
        self.revision = revision;
        self
    }

    pub fn new(mark: &GoalLog) -> GoalMarkForm {
        GoalMarkForm {
            revision: None,
            target: Target::Mark(mark.id),
            date: Date::new(t!("form-goal-mark-date"), mark.date.to_string()),
            note: Text::new(
                t!("form-goal-mark-note"),
                mark.note.clone().unwrap_or_default(),
            ),
        }
    }

    /// A new mark on `goal` (its next step, for a milestone), dated `today` until the
    /// person types another day.
    pub fn log(goal: &Goal, step: Option<u32>, today: chrono::NaiveDate) -> GoalMarkForm {
        GoalMarkForm {
            revision: None,
            target: Target::Goal {
                id: goal.id,
                title: goal.title.clone(),
                habit: goal.kind == GoalKind::Habit,
                step,
            },
            date: Date::new(t!("form-goal-mark-date"), today.to_string()),
            note: Text::new(t!("form-goal-mark-note"), ""),
        }
    }

    /// Writes a new mark for the chosen day (a habit once a day).
    fn log_on(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let Target::Goal {
            id,
            title,
            habit,
            step,
        } = &self.target
        else {
            unreachable!("only a goal is logged");
        };
        let date = self.date.get(cx.today)?;
        let day = day_name(date, cx.today);
        let logged = store.goal_logs(*id, Some(date))?;
        if *habit && logged.iter().any(|l| l.date == date) {
            let text = t!("form-goal-log-already", title = title, date = day);
            return Err(Error::Message(text));
        }
        let note = Some(self.note.raw().to_string());
        store.write(|w| w.log_goal(*id, date, note.clone(), *step))?;
        let said = match step {
            Some(n) => t!("form-goal-log-step", step = *n, title = title, date = day),
            None => t!("form-goal-log-saved", title = title, date = day),
        };
        Ok(done_saying(cx, said))
    }
}

impl TypedForm for GoalMarkForm {
    fn overwrite(&mut self) {
        self.revision = None;
    }

    fn title(&self) -> String {
        match &self.target {
            Target::Mark(_) => t!("form-goal-mark-title"),
            Target::Goal { title, .. } => t!("form-goal-log-title", title = title),
        }
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![&self.date, &self.note]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        vec![&mut self.date, &mut self.note]
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let Target::Mark(id) = self.target else {
            return self.log_on(cx, store);
        };
        let date = self.date.get(cx.today)?;
        let note = self.note.raw().to_string();
        let (before, m) = store.write(|w| {
            w.edit_record(RecordKind::GoalMark, id, self.revision, |w| {
                w.edit_goal_log(id, Some(date), Some(note))
            })
        })?;
        cx.remember(before);
        Ok(done_saying(
            cx,
            t!("form-goal-mark-saved", date = m.date.to_string()),
        ))
    }
}
