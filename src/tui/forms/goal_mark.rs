//! A progress mark on a goal, corrected: the day it was done and its note. A mark that
//! completed a milestone step moves the step's date with it.

use super::{TypedForm, done_saying};
use crate::domain::{GoalLog, RecordKind};
use crate::error::Result;
use crate::store::Store;
use crate::tui::fields::{Date, Field, Text};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;

pub struct GoalMarkForm {
    /// The revision the record had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    id: i64,
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
            id: mark.id,
            date: Date::new(t!("form-goal-mark-date"), mark.date.to_string()),
            note: Text::new(
                t!("form-goal-mark-note"),
                mark.note.clone().unwrap_or_default(),
            ),
        }
    }
}

impl TypedForm for GoalMarkForm {
    fn overwrite(&mut self) {
        self.revision = None;
    }

    fn title(&self) -> String {
        t!("form-goal-mark-title")
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![&self.date, &self.note]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        vec![&mut self.date, &mut self.note]
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let date = self.date.get(cx.today)?;
        let note = self.note.raw().to_string();
        let id = self.id;
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
