//! A person who supports recovery, new or corrected: a name, roles, a number, how
//! often to keep in touch, and whether they are an emergency contact.

use super::{ROLES, TypedForm, done_saying};
use crate::domain::{Person, PersonDraft, RecordKind, parse_roles};
use crate::error::Result;
use crate::store::Store;
use crate::tui::fields::{Choice, Date, Field, Number, Text, yes_no};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;

pub struct PersonForm {
    /// The revision the record had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    editing: Option<i64>,
    name: Text,
    roles: Text,
    phone: Text,
    every: Number,
    emergency: Choice<bool>,
    from: Date,
    to: Date,
    note: Text,
}

impl PersonForm {
    /// Saves only over the record as it was at `revision` (else asks first).
    pub fn at_revision(mut self, revision: Option<i64>) -> PersonForm {
        self.revision = revision;
        self
    }

    pub fn new(existing: Option<&Person>) -> PersonForm {
        let p = existing;
        let text = |label, v: Option<&String>| Text::new(label, v.cloned().unwrap_or_default());
        PersonForm {
            revision: None,
            editing: p.map(|p| p.id),
            name: Text::new(
                t!("form-person-name"),
                p.map_or(String::new(), |p| p.name.clone()),
            )
            .required()
            .hint(t!("form-person-name-hint")),
            roles: Text::new(
                t!("form-person-roles"),
                p.map_or(String::new(), |p| p.role_names()),
            )
            .hint(ROLES),
            phone: text(t!("form-person-phone"), p.and_then(|p| p.phone.as_ref())),
            every: Number::new(
                t!("form-person-every"),
                1,
                365,
                p.and_then(|p| p.keep_in_touch_days).map(i64::from),
            )
            .hint(t!("form-person-every-hint")),
            emergency: yes_no(t!("form-person-emergency"), p.is_some_and(|p| p.emergency)),
            from: Date::optional(
                t!("form-person-from"),
                p.and_then(|p| p.active_from),
                t!("form-person-from-hint"),
            ),
            to: Date::optional(
                t!("form-person-to"),
                p.and_then(|p| p.active_to),
                t!("form-person-to-hint"),
            ),
            note: text(t!("form-person-note"), p.and_then(|p| p.note.as_ref())),
        }
    }
}

impl TypedForm for PersonForm {
    fn overwrite(&mut self) {
        self.revision = None;
    }

    fn title(&self) -> String {
        t!("form-person-title")
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![
            &self.name,
            &self.roles,
            &self.phone,
            &self.every,
            &self.emergency,
            &self.from,
            &self.to,
            &self.note,
        ]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        vec![
            &mut self.name,
            &mut self.roles,
            &mut self.phone,
            &mut self.every,
            &mut self.emergency,
            &mut self.from,
            &mut self.to,
            &mut self.note,
        ]
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let draft = PersonDraft {
            name: self.name.needed()?,
            roles: parse_roles(self.roles.raw())?,
            phone: self.phone.get(),
            keep_in_touch_days: self.every.get()?.map(|n| n as u16),
            emergency: self.emergency.get(),
            active_from: self.from.get_optional(cx.today)?,
            active_to: self.to.get_optional(cx.today)?,
            note: self.note.get(),
        };
        let Some(id) = self.editing else {
            let p = store.write(|w| w.add_person(draft))?;
            return Ok(done_saying(cx, t!("form-person-added", name = &p.name)));
        };
        let (before, p) = store.write(|w| {
            w.edit_record(RecordKind::Person, id, self.revision, |w| {
                w.edit_person(id, draft)
            })
        })?;
        cx.remember(before);
        Ok(done_saying(cx, t!("form-person-saved", name = &p.name)))
    }
}
