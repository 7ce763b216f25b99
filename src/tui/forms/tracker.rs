//! One of the person's own trackers, new or corrected: its name, its kind (a yes or no,
//! a rating, a number, a time), a rating's scale and the words at its ends, a number's
//! unit, whether each answer asks if they acted on it, whether the counselor summary
//! shows it, and whether it is a safety tracker with its threshold. What a kind doesn't
//! use is let go when saving.

use super::{TypedForm, done_saying};
use crate::domain::RecordKind;
use crate::domain::trackers::{Tracker, TrackerDraft, TrackerKind};
use crate::error::Result;
use crate::store::Store;
use crate::tui::fields::{Amount, Choice, Field, Number, Text, yes_no};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;

pub struct TrackerForm {
    id: Option<i64>,
    /// The revision the record had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    /// The preset it was made from, kept as it was.
    preset: Option<crate::domain::trackers::TrackerPreset>,
    name: Text,
    kind: Choice<TrackerKind>,
    lowest: Number,
    highest: Number,
    low: Text,
    high: Text,
    unit: Text,
    acted_on: Choice<bool>,
    shared: Choice<bool>,
    safety: Choice<bool>,
    threshold: Amount,
}

impl TrackerForm {
    pub fn new(existing: Option<&Tracker>) -> TrackerForm {
        let t = existing;
        let rating = t.filter(|t| t.kind == TrackerKind::Rating);
        let most = crate::domain::trackers::SCALE_MAX;
        TrackerForm {
            id: t.map(|t| t.id),
            revision: None,
            preset: t.and_then(|t| t.preset),
            name: Text::new(
                t!("form-tracker-name"),
                t.map_or(String::new(), |t| t.name.clone()),
            )
            .required(),
            kind: Choice::of(
                t!("form-tracker-kind"),
                TrackerKind::ALL,
                TrackerKind::label,
                t.map_or(TrackerKind::Rating, |t| t.kind),
            ),
            lowest: Number::new(
                t!("form-tracker-lowest"),
                0,
                most,
                rating.map(|t| t.scale().0),
            )
            .hint(t!("form-tracker-lowest-hint")),
            highest: Number::new(
                t!("form-tracker-highest"),
                0,
                most,
                rating.map(|t| t.scale().1),
            )
            .hint(t!("form-tracker-highest-hint")),
            low: Text::new(
                t!("form-tracker-low"),
                t.and_then(|t| t.low_label.clone()).unwrap_or_default(),
            )
            .hint(t!("form-tracker-low-hint")),
            high: Text::new(
                t!("form-tracker-high"),
                t.and_then(|t| t.high_label.clone()).unwrap_or_default(),
            )
            .hint(t!("form-tracker-high-hint")),
            unit: Text::new(
                t!("form-tracker-unit"),
                t.and_then(|t| t.unit.clone()).unwrap_or_default(),
            )
            .hint(t!("form-tracker-unit-hint")),
            acted_on: yes_no(t!("form-tracker-acted-on"), t.is_some_and(|t| t.acted_on)),
            shared: yes_no(t!("form-tracker-shared"), t.is_some_and(|t| t.shared)),
            safety: yes_no(t!("form-tracker-safety"), t.is_some_and(|t| t.safety)),
            threshold: Amount::new(t!("form-tracker-threshold"), t.and_then(|t| t.threshold))
                .hint(t!("form-tracker-threshold-hint")),
        }
    }

    /// Saves only over the record as it was at `revision` (else asks first).
    pub fn at_revision(mut self, revision: Option<i64>) -> TrackerForm {
        self.revision = revision;
        self
    }

    /// The tracker the fields describe; what its kind doesn't use is left out.
    fn draft(&self) -> Result<TrackerDraft> {
        let kind = self.kind.get();
        let rating = kind == TrackerKind::Rating;
        let (lowest, highest) = (self.lowest.get()?, self.highest.get()?);
        Ok(TrackerDraft {
            name: self.name.needed()?,
            kind: Some(kind),
            scale_min: lowest.filter(|_| rating),
            scale_max: highest.filter(|_| rating),
            low_label: self.low.get().filter(|_| rating),
            high_label: self.high.get().filter(|_| rating),
            unit: self.unit.get().filter(|_| kind == TrackerKind::Number),
            shared: self.shared.get(),
            safety: self.safety.get(),
            threshold: self.threshold.get()?.filter(|_| self.safety.get()),
            acted_on: self.acted_on.get(),
            preset: self.preset,
        })
    }
}

impl TypedForm for TrackerForm {
    fn title(&self) -> String {
        if self.id.is_some() {
            t!("form-tracker-title-edit")
        } else {
            t!("form-tracker-title")
        }
    }

    fn intro(&self, _keys: &crate::tui::keymap::Keymap) -> Option<String> {
        Some(t!("form-tracker-intro"))
    }

    fn overwrite(&mut self) {
        self.revision = None;
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![
            &self.name,
            &self.kind,
            &self.lowest,
            &self.highest,
            &self.low,
            &self.high,
            &self.unit,
            &self.acted_on,
            &self.shared,
            &self.safety,
            &self.threshold,
        ]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        vec![
            &mut self.name,
            &mut self.kind,
            &mut self.lowest,
            &mut self.highest,
            &mut self.low,
            &mut self.high,
            &mut self.unit,
            &mut self.acted_on,
            &mut self.shared,
            &mut self.safety,
            &mut self.threshold,
        ]
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let draft = self.draft()?;
        let Some(id) = self.id else {
            let t = store.write(|w| w.add_tracker(draft))?;
            return Ok(done_saying(cx, t!("form-tracker-added", name = &t.name)));
        };
        let (before, t) = store.write(|w| {
            w.edit_record(RecordKind::Tracker, id, self.revision, |w| {
                w.edit_tracker(id, draft)
            })
        })?;
        cx.remember(before);
        Ok(done_saying(cx, t!("form-tracker-saved", name = &t.name)))
    }
}
