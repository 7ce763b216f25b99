//! A trigger, new or corrected: what it is, its category, whether it comes from outside
//! or inside, and a coping step for it (added to the toolbox, or the one already there).

use super::{TypedForm, done_saying};
use crate::domain::{RecordKind, Trigger, TriggerCategory, TriggerDraft, TriggerOrigin};
use crate::error::Result;
use crate::store::Store;
use crate::tui::fields::{Choice, Field, Text};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;

pub struct TriggerForm {
    /// The revision the record had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    editing: Option<i64>,
    name: Text,
    category: Choice<TriggerCategory>,
    origin: Choice<TriggerOrigin>,
    coping: Text,
    notes: Text,
}

impl TriggerForm {
    /// Saves only over the record as it was at `revision` (else asks first).
    pub fn at_revision(mut self, revision: Option<i64>) -> TriggerForm {
        self.revision = revision;
        self
    }

    pub fn new() -> TriggerForm {
        TriggerForm {
            revision: None,
            editing: None,
            name: Text::new(t!("form-trigger-name"), "")
                .required()
                .hint(t!("form-trigger-name-hint")),
            category: Choice::of(
                t!("form-trigger-category"),
                TriggerCategory::ALL,
                TriggerCategory::label,
                TriggerCategory::Feelings,
            ),
            origin: Choice::new(
                t!("form-trigger-origin"),
                vec![
                    (TriggerOrigin::External, t!("form-trigger-origin-external")),
                    (TriggerOrigin::Internal, t!("form-trigger-origin-internal")),
                ],
                TriggerOrigin::External,
            ),
            coping: Text::new(t!("form-trigger-coping"), "").hint(t!("form-trigger-coping-hint")),
            notes: Text::new(t!("form-trigger-notes"), ""),
        }
    }
}

impl TriggerForm {
    /// The form over a trigger named before; a coping step typed is linked to it too.
    pub fn edit(t: &Trigger) -> TriggerForm {
        let f = TriggerForm::new();
        TriggerForm {
            revision: None,
            editing: Some(t.id),
            name: Text::new(t!("form-trigger-name"), t.name.clone()).required(),
            category: f.category.with(t.category),
            origin: f.origin.with(t.origin),
            coping: Text::new(t!("form-trigger-add-coping"), "")
                .hint(t!("form-trigger-add-coping-hint")),
            notes: Text::new(
                t!("form-trigger-notes"),
                t.notes.clone().unwrap_or_default(),
            ),
        }
    }
}

impl TypedForm for TriggerForm {
    fn overwrite(&mut self) {
        self.revision = None;
    }

    fn title(&self) -> String {
        if self.editing.is_some() {
            t!("form-trigger-title-edit")
        } else {
            t!("form-trigger-title-new")
        }
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![
            &self.name,
            &self.category,
            &self.origin,
            &self.coping,
            &self.notes,
        ]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        vec![
            &mut self.name,
            &mut self.category,
            &mut self.origin,
            &mut self.coping,
            &mut self.notes,
        ]
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let name = self.name.needed()?;
        let step = self.coping.get();
        let known = step.as_ref().and_then(|s| {
            cx.data
                .coping
                .iter()
                .find(|c| c.name.eq_ignore_ascii_case(s))
                .map(|c| c.id)
        });
        let (before, t) = store.write(|w| {
            let coping_ids = match (known, &step) {
                (Some(id), _) => vec![id],
                (None, Some(s)) => vec![w.add_coping(s, None, None)?.id],
                (None, None) => vec![],
            };
            let draft = TriggerDraft {
                name,
                category: self.category.get(),
                origin: self.origin.get(),
                notes: self.notes.get(),
                coping_ids: coping_ids.clone(),
            };
            let Some(id) = self.editing else {
                return Ok((None, w.add_trigger(draft)?));
            };
            let (before, mut t) = w.edit_record(RecordKind::Trigger, id, self.revision, |w| {
                w.edit_trigger(id, draft)
            })?;
            for c in coping_ids {
                t = w.link_coping(id, c, true)?;
            }
            Ok((Some(before), t))
        })?;
        if let Some(b) = before {
            cx.remember(b);
            return Ok(done_saying(cx, t!("form-trigger-saved", name = &t.name)));
        }
        Ok(done_saying(cx, t!("form-trigger-added", name = &t.name)))
    }
}
