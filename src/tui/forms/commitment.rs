//! A commitment, new or corrected: what the person is recovering from or working
//! toward, and the day its clock starts.

use super::{TypedForm, done_saying};
use crate::domain::usage::{Path, PathDraft};
use crate::domain::{Commitment, RecordKind};
use crate::error::Result;
use crate::store::Store;
use crate::tui::action::{Action, Screen};
use crate::tui::fields::{Choice, Date, Field, Text};
use crate::tui::keymap::Mode;
use crate::tui::shared::Ctx;
use crate::tui::step::Done;

pub struct CommitmentForm {
    /// The revision the record had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    editing: Option<i64>,
    name: Text,
    start: Date,
    /// A new commitment's path (a commitment's path changes later with its own form).
    path: Choice<Path>,
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
            path: Choice::of(t!("form-path-path"), Path::ALL, Path::label, Path::Abstain)
                .explained(super::path::explain),
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
        if self.editing.is_some() {
            return vec![&self.name, &self.start, &self.note];
        }
        vec![&self.name, &self.start, &self.path, &self.note]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        if self.editing.is_some() {
            return vec![&mut self.name, &mut self.start, &mut self.note];
        }
        vec![
            &mut self.name,
            &mut self.start,
            &mut self.path,
            &mut self.note,
        ]
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let name = self.name.needed()?;
        let start = self.start.get(cx.today)?;
        let note = self.note.raw().to_string();
        let Some(id) = self.editing else {
            let path = self.path.get();
            let c = store.write(|w| {
                let c = w.add_commitment(&name, start, Some(&note))?;
                if path != Path::Abstain {
                    let draft = PathDraft {
                        path: Some(path),
                        ..PathDraft::default()
                    };
                    w.set_path(c.id, start, &draft)?;
                }
                Ok(c)
            })?;
            let mut said = t!(
                "form-commitment-added",
                name = &c.name,
                date = c.start_date.to_string()
            );
            if path != Path::Abstain {
                let key = cx.keys.key(Mode::Screen(Screen::Plan), Action::Path);
                said = format!("{said} {}", t!("form-commitment-path-next", key = key));
            }
            return Ok(done_saying(cx, said));
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
