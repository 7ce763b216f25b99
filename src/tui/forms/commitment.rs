//! A commitment, new or corrected: what the person is recovering from or working
//! toward, and the day its clock starts.

use super::{TypedForm, done_saying};
use crate::domain::{Commitment, RecordKind};
use crate::error::Result;
use crate::store::Store;
use crate::tui::fields::{Date, Field, Text};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;

pub struct CommitmentForm {
    /// The revision the record had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    editing: Option<i64>,
    name: Text,
    start: Date,
    note: Text,
}

impl CommitmentForm {
    /// Saves only over the record as it was at `revision` (else asks first).
    pub fn at_revision(mut self, revision: Option<i64>) -> CommitmentForm {
        self.revision = revision;
        self
    }

    pub fn new(existing: Option<&Commitment>) -> CommitmentForm {
        let c = existing;
        CommitmentForm {
            revision: None,
            editing: c.map(|c| c.id),
            name: Text::new(
                t!("form-commitment-name"),
                c.map_or(String::new(), |c| c.name.clone()),
            )
            .required()
            .hint(t!("form-commitment-name-hint")),
            // "today" is a value a date field reads, as the CLI does: the same in every language.
            start: Date::new(
                t!("form-commitment-since"),
                c.map_or("today".into(), |c| c.start_date.to_string()),
            ),
            note: Text::new(
                t!("form-commitment-note"),
                c.and_then(|c| c.note.clone()).unwrap_or_default(),
            ),
        }
    }
}

impl TypedForm for CommitmentForm {
    fn overwrite(&mut self) {
        self.revision = None;
    }

    fn title(&self) -> String {
        t!("form-commitment-title")
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![&self.name, &self.start, &self.note]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        vec![&mut self.name, &mut self.start, &mut self.note]
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let name = self.name.needed()?;
        let start = self.start.get(cx.today)?;
        let note = self.note.raw().to_string();
        let Some(id) = self.editing else {
            let c = store.write(|w| w.add_commitment(&name, start, Some(&note)))?;
            return Ok(done_saying(
                cx,
                t!(
                    "form-commitment-added",
                    name = &c.name,
                    date = c.start_date.to_string()
                ),
            ));
        };
        let (before, c) = store.write(|w| {
            w.edit_record(RecordKind::Commitment, id, self.revision, |w| {
                w.edit_commitment(id, Some(&name), Some(start), Some(&note))
            })
        })?;
        cx.remember(before);
        Ok(done_saying(
            cx,
            t!(
                "form-commitment-saved",
                name = &c.name,
                date = c.start_date.to_string()
            ),
        ))
    }
}
