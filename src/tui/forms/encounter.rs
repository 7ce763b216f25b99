//! An encounter with a trigger or an urge, new or corrected: when, which trigger, the
//! urge before and after, the coping used and how it went.

use super::{TypedForm, done_saying};
use crate::domain::time::MomentSpec;
use crate::domain::{EventDraft, Outcome, RecordKind, TriggerEvent};
use crate::error::Result;
use crate::store::Store;
use crate::tui::fields::{Choice, Field, Number, Text};
use crate::tui::shared::{Ctx, Data};
use crate::tui::step::Done;

pub struct EncounterForm {
    /// The revision the record had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    editing: Option<i64>,
    when: Text,
    trigger: Choice<Option<i64>>,
    before: Number,
    after: Number,
    coping: Choice<Option<i64>>,
    outcome: Choice<Outcome>,
    note: Text,
}

impl EncounterForm {
    /// Saves only over the record as it was at `revision` (else asks first).
    pub fn at_revision(mut self, revision: Option<i64>) -> EncounterForm {
        self.revision = revision;
        self
    }

    /// A new encounter (now), or the form over one logged before.
    pub fn new(data: &Data, existing: Option<&TriggerEvent>, now: &str) -> EncounterForm {
        let e = existing;
        let mut triggers = vec![(None, t!("form-encounter-no-trigger"))];
        triggers.extend(data.triggers.iter().map(|t| (Some(t.id), t.name.clone())));
        let mut coping = vec![(None, "—".to_string())];
        coping.extend(data.coping.iter().map(|c| (Some(c.id), c.name.clone())));
        let when = e.map_or(now.to_string(), |e| {
            e.at.get(..16).unwrap_or(&e.at).replace('T', " ")
        });
        EncounterForm {
            revision: None,
            editing: e.map(|e| e.id),
            when: Text::new(t!("form-encounter-when"), when)
                .required()
                .hint(t!("form-encounter-when-hint")),
            trigger: Choice::new(
                t!("form-encounter-trigger"),
                triggers,
                e.and_then(|e| e.trigger_id),
            ),
            before: Number::new(
                t!("form-encounter-urge-before"),
                0,
                10,
                Some(e.map_or(5, |e| e.urge_before.into())),
            )
            .hint(t!("form-encounter-urge-before-hint")),
            after: Number::new(
                t!("form-encounter-urge-after"),
                0,
                10,
                e.and_then(|e| e.urge_after).map(i64::from),
            )
            .hint(t!("form-encounter-urge-after-hint")),
            coping: Choice::new(
                t!("form-encounter-coping"),
                coping,
                e.and_then(|e| e.coping_id),
            ),
            outcome: Choice::of(
                t!("form-encounter-outcome"),
                Outcome::ALL,
                Outcome::label,
                e.map_or(Outcome::Passed, |e| e.outcome),
            ),
            note: Text::new(
                t!("form-encounter-note"),
                e.and_then(|e| e.note.clone()).unwrap_or_default(),
            ),
        }
    }

    fn draft(&self, store: &Store) -> Result<EventDraft> {
        let field = t!("form-encounter-when");
        let when = MomentSpec::parse(&field, &self.when.needed()?)?;
        let before = self.before.get()?.unwrap_or(0);
        Ok(EventDraft {
            at: store.clock().resolve(&field, when)?,
            trigger_id: self.trigger.get(),
            urge_before: before as u8,
            urge_after: self.after.get()?.map(|a| a as u8),
            coping_id: self.coping.get(),
            outcome: self.outcome.get(),
            note: self.note.get(),
        })
    }
}

impl TypedForm for EncounterForm {
    fn overwrite(&mut self) {
        self.revision = None;
    }

    fn title(&self) -> String {
        t!("form-encounter-title")
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![
            &self.when,
            &self.trigger,
            &self.before,
            &self.after,
            &self.coping,
            &self.outcome,
            &self.note,
        ]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        vec![
            &mut self.when,
            &mut self.trigger,
            &mut self.before,
            &mut self.after,
            &mut self.coping,
            &mut self.outcome,
            &mut self.note,
        ]
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let draft = self.draft(store)?;
        let Some(id) = self.editing else {
            let e = store.write(|w| w.log_trigger_event(draft))?;
            let said = t!("form-encounter-logged", date = e.date.to_string());
            return Ok(done_saying(cx, said));
        };
        let (before, e) = store.write(|w| {
            w.edit_record(RecordKind::Encounter, id, self.revision, |w| {
                w.edit_trigger_event(id, draft)
            })
        })?;
        cx.remember(before);
        Ok(done_saying(
            cx,
            t!("form-encounter-saved", date = e.date.to_string()),
        ))
    }
}
