//! A medication, new or corrected: its name, the dose as the person writes it, its
//! form, the schedule (every day at times on chosen weekdays, every N days, once a
//! month, or as needed), who prescribes it (one of their people, or a name typed,
//! added as a prescriber), start and end, whether it is for addiction treatment, a
//! note and a refill date. Correcting it, a changed dose or schedule becomes a new
//! step of its history from the day given, so the summary can report the change.

use super::{TypedForm, done_saying};
use crate::domain::Invalid;
use crate::domain::medication::{
    MedForm, Medication, MedicationDraft, ScheduleDraft, ScheduleKind,
};
use crate::domain::{RecordKind, Role};
use crate::error::{Error, Result};
use crate::store::Store;
use crate::tui::fields::{Choice, Date, Days, Field, Number, Text, yes_no};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;
use chrono::NaiveDate;

pub struct MedicationForm {
    editing: Option<i64>,
    /// The revision the record had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    /// The dose and schedule as they stand, to know whether the form changed them.
    schedule_now: Option<ScheduleDraft>,
    name: Text,
    dose: Text,
    form: Choice<Option<MedForm>>,
    kind: Choice<ScheduleKind>,
    times: Text,
    days: Days,
    every: Number,
    /// Correcting: the day a changed dose or schedule takes effect.
    from: Date,
    prescriber: Choice<Option<i64>>,
    new_prescriber: Text,
    start: Date,
    end: Date,
    addiction: Choice<bool>,
    refill: Date,
    note: Text,
    today: NaiveDate,
}

impl MedicationForm {
    pub fn new(cx: &Ctx, existing: Option<&Medication>) -> MedicationForm {
        let m = existing;
        let s = m.and_then(|m| m.schedule_on(cx.today).or(m.current()));
        let text =
            |label: String, v: Option<&String>| Text::new(label, v.cloned().unwrap_or_default());
        let mut forms = vec![(None, "—".to_string())];
        forms.extend(MedForm::ALL.iter().map(|f| (Some(*f), f.label())));
        // Prescribers first, then everyone else, so the one to pick is near.
        let mut people: Vec<&crate::domain::Person> = cx.data.people.iter().collect();
        people.sort_by_key(|p| !p.roles.contains(&Role::Prescriber));
        let mut prescribers = vec![(None, "—".to_string())];
        prescribers.extend(people.iter().map(|p| (Some(p.id), p.name.clone())));
        let times = s.map(|s| s.times.join(", ")).unwrap_or_default();
        MedicationForm {
            editing: m.map(|m| m.id),
            revision: None,
            schedule_now: s.map(ScheduleDraft::of),
            name: text(t!("form-med-name"), m.map(|m| &m.name)).required(),
            dose: text(t!("form-med-dose"), s.and_then(|s| s.dose.as_ref()))
                .hint(t!("form-med-dose-hint")),
            form: Choice::new(t!("form-med-form"), forms, m.and_then(|m| m.form)),
            kind: Choice::of(
                t!("form-med-schedule"),
                ScheduleKind::ALL,
                ScheduleKind::label,
                s.map_or(ScheduleKind::Daily, |s| s.kind),
            ),
            times: Text::new(t!("form-med-times"), times).hint(t!("form-med-times-hint")),
            days: Days::new(t!("form-med-days"), s.map_or(&[][..], |s| &s.weekdays)),
            every: Number::new(
                t!("form-med-every"),
                1,
                365,
                Some(s.and_then(|s| s.every).map_or(2, i64::from)),
            ),
            from: Date::new(t!("form-med-from"), cx.today.to_string()),
            prescriber: Choice::new(
                t!("form-med-prescriber"),
                prescribers,
                m.and_then(|m| m.prescriber_id),
            ),
            new_prescriber: Text::new(t!("form-med-new-prescriber"), "")
                .hint(t!("form-med-new-prescriber-hint")),
            start: Date::new(
                t!("form-med-start"),
                m.map_or(cx.today, |m| m.start_date).to_string(),
            ),
            end: Date::optional(
                t!("form-med-end"),
                m.and_then(|m| m.end_date),
                t!("form-med-end-hint"),
            ),
            addiction: yes_no(t!("form-med-addiction"), m.is_some_and(|m| m.addiction)),
            refill: Date::optional(
                t!("form-med-refill"),
                m.and_then(|m| m.refill_date),
                t!("form-med-refill-hint"),
            ),
            note: text(t!("form-med-note"), m.and_then(|m| m.note.as_ref())),
            today: cx.today,
        }
    }

    /// Saves only over the record as it was at `revision` (else asks first).
    pub fn at_revision(mut self, revision: Option<i64>) -> MedicationForm {
        self.revision = revision;
        self
    }

    fn schedule(&self) -> Result<ScheduleDraft> {
        let kind = self.kind.get();
        let times = self
            .times
            .raw()
            .split([',', ' '])
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect();
        Ok(ScheduleDraft {
            dose: self.dose.get(),
            kind: Some(kind),
            times: if kind == ScheduleKind::AsNeeded {
                Vec::new()
            } else {
                times
            },
            weekdays: if kind == ScheduleKind::Daily {
                self.days.get()
            } else {
                Vec::new()
            },
            every: match kind {
                ScheduleKind::EveryNDays => self.every.get()?.map(|n| n as u32),
                _ => None,
            },
        })
    }

    fn draft(&self, prescriber_id: Option<i64>) -> Result<MedicationDraft> {
        Ok(MedicationDraft {
            name: self.name.needed()?,
            form: self.form.get(),
            prescriber_id,
            start_date: self.start.get(self.today)?,
            end_date: self.end.get_optional(self.today)?,
            note: self.note.get(),
            addiction: self.addiction.get(),
            refill_date: self.refill.get_optional(self.today)?,
        })
    }

    /// Whether the dose or schedule differs from the one in effect.
    fn schedule_changed(&self, s: &ScheduleDraft) -> bool {
        let now = self.schedule_now.clone().map(ScheduleDraft::validated);
        let typed = s.clone().validated();
        match (now, typed) {
            (Some(Ok(now)), Ok(typed)) => now != typed,
            _ => true,
        }
    }
}

impl TypedForm for MedicationForm {
    fn title(&self) -> String {
        t!("form-med-title")
    }

    fn intro(&self, _keys: &crate::tui::keymap::Keymap) -> Option<String> {
        Some(t!("form-med-intro"))
    }

    fn overwrite(&mut self) {
        self.revision = None;
    }

    fn fields(&self) -> Vec<&dyn Field> {
        let kind = self.kind.get();
        let mut f: Vec<&dyn Field> = vec![&self.name, &self.dose, &self.form, &self.kind];
        if kind != ScheduleKind::AsNeeded {
            f.push(&self.times);
        }
        match kind {
            ScheduleKind::Daily => f.push(&self.days),
            ScheduleKind::EveryNDays => f.push(&self.every),
            _ => {}
        }
        if self.editing.is_some() {
            f.push(&self.from);
        }
        f.extend([
            &self.prescriber as &dyn Field,
            &self.new_prescriber,
            &self.start,
            &self.end,
            &self.addiction,
            &self.refill,
            &self.note,
        ]);
        f
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        let kind = self.kind.get();
        let mut f: Vec<&mut dyn Field> = vec![
            &mut self.name,
            &mut self.dose,
            &mut self.form,
            &mut self.kind,
        ];
        if kind != ScheduleKind::AsNeeded {
            f.push(&mut self.times);
        }
        match kind {
            ScheduleKind::Daily => f.push(&mut self.days),
            ScheduleKind::EveryNDays => f.push(&mut self.every),
            _ => {}
        }
        if self.editing.is_some() {
            f.push(&mut self.from);
        }
        f.extend([
            &mut self.prescriber as &mut dyn Field,
            &mut self.new_prescriber,
            &mut self.start,
            &mut self.end,
            &mut self.addiction,
            &mut self.refill,
            &mut self.note,
        ]);
        f
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        self.save(cx, store).map_err(|e| match e {
            Error::Invalid(i) => Error::Invalid(Invalid::new(self.label_of(&i.field), i.reason)),
            e => e,
        })
    }
}

impl MedicationForm {
    /// The form's label for a field the domain or the store names by its stored name.
    fn label_of(&self, field: &str) -> String {
        let f: &dyn Field = match field {
            "name" => &self.name,
            "dose" => &self.dose,
            "times" => &self.times,
            "day" => &self.days,
            "every" => &self.every,
            "from" => &self.from,
            "prescriber" => &self.new_prescriber,
            "start" => &self.start,
            "end" => &self.end,
            "note" => &self.note,
            _ => return field.to_string(),
        };
        f.label().to_string()
    }

    fn save(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let schedule = self.schedule()?;
        let typed = self.new_prescriber.get();
        let chosen = self.prescriber.get();
        // Checked before the write, so a refusal names its field before anything is added.
        self.draft(chosen)?;
        let prescriber = |w: &crate::store::Tx| -> Result<Option<i64>> {
            match &typed {
                Some(name) => Ok(Some(w.prescriber(name)?.0)),
                None => Ok(chosen),
            }
        };
        let Some(id) = self.editing else {
            let m = store.write(|w| {
                let draft = self.draft(prescriber(w)?)?;
                w.add_medication(draft, schedule)
            })?;
            return Ok(done_saying(cx, t!("form-med-added", name = &m.name)));
        };
        let changed = self.schedule_changed(&schedule);
        let from = self.from.get(self.today)?;
        let (before, m) = store.write(|w| {
            w.edit_record(RecordKind::Medication, id, self.revision, |w| {
                let m = w.edit_medication(id, self.draft(prescriber(w)?)?)?;
                if changed {
                    return w.set_schedule(id, from, schedule);
                }
                Ok(m)
            })
        })?;
        cx.remember(before);
        let said = if changed {
            let from = crate::catalog::date(from, crate::catalog::DateForm::DayMonShort);
            t!("form-med-saved-from", name = &m.name, date = from)
        } else {
            t!("form-med-saved", name = &m.name)
        };
        Ok(done_saying(cx, said))
    }
}
