//! A meeting the person goes to, new or corrected: its name, fellowship, format, days
//! (every week or every other week), time, place or link, and whether it is their home
//! group.

use super::{TypedForm, done_saying};
use crate::domain::{Fellowship, Meeting, MeetingDraft, MeetingFormat, RecordKind};
use crate::error::Result;
use crate::store::Store;
use crate::tui::fields::{Choice, Days, Field, Text, yes_no};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;

pub struct MeetingForm {
    editing: Option<i64>,
    /// The revision the record had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    name: Text,
    fellowship: Choice<Fellowship>,
    format: Choice<MeetingFormat>,
    days: Days,
    every_other_week: Choice<bool>,
    time: Text,
    place: Text,
    home: Choice<bool>,
}

impl MeetingForm {
    pub fn new(existing: Option<&Meeting>) -> MeetingForm {
        let m = existing;
        MeetingForm {
            editing: m.map(|m| m.id),
            revision: None,
            name: Text::new(
                t!("form-meeting-name"),
                m.map_or(String::new(), |m| m.name.clone()),
            )
            .required(),
            fellowship: Choice::of(
                t!("form-meeting-fellowship"),
                Fellowship::ALL,
                |f| f.title(),
                m.map_or(Fellowship::Other, |m| m.fellowship),
            ),
            format: Choice::of(
                t!("form-meeting-format"),
                MeetingFormat::ALL,
                MeetingFormat::label,
                m.map_or(MeetingFormat::InPerson, |m| m.format),
            ),
            days: Days::new(t!("form-meeting-day"), m.map_or(&[][..], |m| &m.days)),
            every_other_week: yes_no(
                t!("form-meeting-every-other-week"),
                m.is_some_and(|m| m.every_other_week),
            ),
            time: Text::new(
                t!("form-meeting-time"),
                m.and_then(|m| m.time.clone()).unwrap_or_default(),
            )
            .hint(t!("form-meeting-time-hint")),
            place: Text::new(
                t!("form-meeting-place"),
                m.and_then(|m| m.place.clone()).unwrap_or_default(),
            )
            .hint(t!("form-meeting-place-hint")),
            home: yes_no(t!("form-meeting-home"), m.is_some_and(|m| m.home_group)),
        }
    }

    /// Saves only over the record as it was at `revision` (else asks first).
    pub fn at_revision(mut self, revision: Option<i64>) -> MeetingForm {
        self.revision = revision;
        self
    }
}

impl TypedForm for MeetingForm {
    fn title(&self) -> String {
        t!("form-meeting-title")
    }

    fn overwrite(&mut self) {
        self.revision = None;
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![
            &self.name,
            &self.fellowship,
            &self.format,
            &self.days,
            &self.every_other_week,
            &self.time,
            &self.place,
            &self.home,
        ]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        vec![
            &mut self.name,
            &mut self.fellowship,
            &mut self.format,
            &mut self.days,
            &mut self.every_other_week,
            &mut self.time,
            &mut self.place,
            &mut self.home,
        ]
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let draft = MeetingDraft {
            name: self.name.needed()?,
            fellowship: self.fellowship.get(),
            format: self.format.get(),
            days: self.days.get(),
            every_other_week: self.every_other_week.get(),
            time: self.time.get(),
            place: self.place.get(),
            home_group: self.home.get(),
        };
        let Some(id) = self.editing else {
            let m = store.write(|w| w.add_meeting(draft))?;
            return Ok(done_saying(cx, t!("form-meeting-added", name = &m.name)));
        };
        let (before, m) = store.write(|w| {
            w.edit_record(RecordKind::Meeting, id, self.revision, |w| {
                w.edit_meeting(id, draft)
            })
        })?;
        cx.remember(before);
        Ok(done_saying(cx, t!("form-meeting-saved", name = &m.name)))
    }
}
