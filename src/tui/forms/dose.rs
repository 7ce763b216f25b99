//! A dose, logged or corrected: which medication, taken, taken late or missed, when,
//! and why (the reason for an as-needed dose, or for one missed), and a note.

use super::{TypedForm, done_saying};
use crate::domain::Invalid;
use crate::domain::RecordKind;
use crate::domain::medication::{Dose, DoseDraft, DoseStatus, Medication};
use crate::domain::time::MomentSpec;
use crate::error::{Error, Result};
use crate::store::Store;
use crate::tui::fields::{Choice, Field, Text};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;

pub struct DoseForm {
    editing: Option<i64>,
    /// The revision the record had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    medication: Choice<i64>,
    status: Choice<DoseStatus>,
    when: Text,
    reason: Text,
    note: Text,
}

impl DoseForm {
    /// A dose of `m`, taken `now` (the moment as the form shows it).
    pub fn new(cx: &Ctx, m: &Medication, now: &str) -> DoseForm {
        let meds = cx
            .data
            .medications
            .iter()
            .map(|m| (m.id, m.name.clone()))
            .collect();
        let as_needed = m.as_needed();
        DoseForm {
            editing: None,
            revision: None,
            medication: Choice::new(t!("form-dose-medication"), meds, m.id),
            status: Choice::of(
                t!("form-dose-status"),
                DoseStatus::ALL,
                DoseStatus::label,
                DoseStatus::Taken,
            ),
            when: Text::new(t!("form-dose-when"), now)
                .required()
                .hint(t!("form-encounter-when-hint")),
            reason: Text::new(t!("form-dose-reason"), "").hint(if as_needed {
                t!("form-dose-reason-as-needed")
            } else {
                t!("form-dose-reason-hint")
            }),
            note: Text::new(t!("form-dose-note"), ""),
        }
    }

    /// The form over a dose of `m` logged before, to correct it.
    pub fn edit(cx: &Ctx, m: &Medication, d: &Dose) -> DoseForm {
        let when = d.at.get(..16).unwrap_or(&d.at).replace('T', " ");
        let mut f = DoseForm::new(cx, m, &when);
        f.editing = Some(d.id);
        f.status = f.status.with(d.status);
        let text =
            |label: String, t: &Option<String>| Text::new(label, t.clone().unwrap_or_default());
        f.reason = text(t!("form-dose-reason"), &d.reason).hint(t!("form-dose-reason-hint"));
        f.note = text(t!("form-dose-note"), &d.note);
        f
    }

    /// Saves only over the record as it was at `revision` (else asks first).
    pub fn at_revision(mut self, revision: Option<i64>) -> DoseForm {
        self.revision = revision;
        self
    }

    fn draft(&self, store: &Store) -> Result<DoseDraft> {
        let label = t!("form-dose-when");
        let when = MomentSpec::parse(&label, &self.when.needed()?)?;
        Ok(DoseDraft {
            medication_id: self.medication.get(),
            at: store.clock().resolve(&label, when)?,
            status: self.status.get(),
            reason: self.reason.get(),
            note: self.note.get(),
        })
    }
}

impl TypedForm for DoseForm {
    fn title(&self) -> String {
        t!("form-dose-title")
    }

    fn intro(&self, _keys: &crate::tui::keymap::Keymap) -> Option<String> {
        Some(t!("form-med-intro"))
    }

    fn overwrite(&mut self) {
        self.revision = None;
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![
            &self.medication,
            &self.status,
            &self.when,
            &self.reason,
            &self.note,
        ]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        vec![
            &mut self.medication,
            &mut self.status,
            &mut self.when,
            &mut self.reason,
            &mut self.note,
        ]
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        // The store names a refused field by its stored name; the form says its label.
        self.save(cx, store).map_err(|e| match e {
            Error::Invalid(i) => {
                let label = match i.field.as_str() {
                    "at" => self.when.label(),
                    "reason" => self.reason.label(),
                    "note" => self.note.label(),
                    other => other,
                };
                Error::Invalid(Invalid::new(label, i.reason))
            }
            e => e,
        })
    }
}

impl DoseForm {
    fn save(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let draft = self.draft(store)?;
        let name = |cx: &Ctx, id: i64| {
            cx.data
                .medications
                .iter()
                .find(|m| m.id == id)
                .map_or_else(String::new, |m| m.name.clone())
        };
        let Some(id) = self.editing else {
            let d = store.write(|w| w.add_dose(draft))?;
            let line = crate::tui::screens::dose_line(&d);
            let said = t!(
                "form-dose-logged",
                name = name(cx, d.medication_id),
                line = line
            );
            return Ok(done_saying(cx, said));
        };
        let (before, d) = store.write(|w| {
            w.edit_record(RecordKind::Dose, id, self.revision, |w| {
                w.edit_dose(id, draft)
            })
        })?;
        cx.remember(before);
        let line = crate::tui::screens::dose_line(&d);
        let said = t!(
            "form-dose-saved",
            name = name(cx, d.medication_id),
            line = line
        );
        Ok(done_saying(cx, said))
    }
}
