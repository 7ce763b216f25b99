//! A meeting the person goes to, new or corrected: its name, fellowship, format, day,
//! time, place or link, and whether it is their home group.

use super::{TypedForm, done_saying};
use crate::domain::{Fellowship, Meeting, MeetingDraft, MeetingFormat, RecordKind, WEEKDAYS};
use crate::error::Result;
use crate::store::Store;
use crate::tui::fields::{Choice, Field, Text, yes_no};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;

pub struct MeetingForm {
    editing: Option<i64>,
    /// The revision the record had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    name: Text,
    fellowship: Choice<Fellowship>,
    format: Choice<MeetingFormat>,
    day: Choice<Option<u8>>,
    time: Text,
    place: Text,
    home: Choice<bool>,
}

impl MeetingForm {
    pub fn new(existing: Option<&Meeting>) -> MeetingForm {
        let m = existing;
        let mut days = vec![(None, "no fixed day".to_string())];
        days.extend(
            WEEKDAYS
                .iter()
                .enumerate()
                .map(|(i, d)| (Some(i as u8), d.to_string())),
        );
        MeetingForm {
            editing: m.map(|m| m.id),
            revision: None,
            name: Text::new("Meeting", m.map_or(String::new(), |m| m.name.clone())).required(),
            fellowship: Choice::of(
                "Fellowship",
                Fellowship::ALL,
                |f| f.title().into(),
                m.map_or(Fellowship::Other, |m| m.fellowship),
            ),
            format: Choice::of(
                "Format",
                MeetingFormat::ALL,
                |f| f.as_str().replace('-', " "),
                m.map_or(MeetingFormat::InPerson, |m| m.format),
            ),
            day: Choice::new("Day", days, m.and_then(|m| m.weekday)),
            time: Text::new("Time", m.and_then(|m| m.time.clone()).unwrap_or_default())
                .hint("HH:MM, optional"),
            place: Text::new("Where", m.and_then(|m| m.place.clone()).unwrap_or_default())
                .hint("a place or a link"),
            home: yes_no("Home group", m.is_some_and(|m| m.home_group)),
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
        "A meeting you go to".into()
    }

    fn overwrite(&mut self) {
        self.revision = None;
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![
            &self.name,
            &self.fellowship,
            &self.format,
            &self.day,
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
            &mut self.day,
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
            weekday: self.day.get(),
            time: self.time.get(),
            place: self.place.get(),
            home_group: self.home.get(),
        };
        let Some(id) = self.editing else {
            let m = store.write(|w| w.add_meeting(draft))?;
            return Ok(done_saying(cx, format!("Added {}.", m.name)));
        };
        let (before, m) = store.write(|w| {
            w.edit_record(RecordKind::Meeting, id, self.revision, |w| {
                w.edit_meeting(id, draft)
            })
        })?;
        cx.remember(before);
        Ok(done_saying(cx, format!("Saved {}.", m.name)))
    }
}
