//! Turning one of the plan's people to call (or contacts) into a person or a meeting,
//! asked once per item: the name, number and roles read from its words to start from,
//! or leave it as it is. The plan keeps its item either way.

use super::{TypedForm, done_saying};
use crate::domain::{
    Fellowship, MeetingDraft, MeetingFormat, PersonDraft, PlanItem, adoption, parse_roles,
};
use crate::error::Result;
use crate::store::Store;
use crate::tui::fields::{Choice, Field, Text, yes_no};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Make {
    Person,
    Meeting,
    Leave,
}

pub struct AdoptForm {
    item: i64,
    plan_words: String,
    make: Choice<Make>,
    name: Text,
    roles: Text,
    phone: Text,
    emergency: Choice<bool>,
}

impl AdoptForm {
    pub fn new(item: &PlanItem) -> AdoptForm {
        let guess = adoption(&item.text, item.detail.as_deref());
        let first = if guess.meeting {
            Make::Meeting
        } else {
            Make::Person
        };
        let roles: Vec<&str> = guess.roles.iter().map(|r| r.as_str()).collect();
        let options = vec![
            (Make::Person, "a person on your list".to_string()),
            (Make::Meeting, "a meeting you go to".to_string()),
            (Make::Leave, "leave it as it is".to_string()),
        ];
        AdoptForm {
            item: item.id,
            plan_words: match &item.detail {
                Some(d) => format!("{} — {d}", item.text),
                None => item.text.clone(),
            },
            make: Choice::new("Make it", options, first),
            name: Text::new("Name", guess.name).required(),
            roles: Text::new("Roles", roles.join(", "))
                .hint("sponsor, sponsee, peer, counselor, family, friend, faith, other"),
            phone: Text::new("Phone", guess.phone.unwrap_or_default()),
            emergency: yes_no("Emergency contact", false),
        }
    }
}

impl TypedForm for AdoptForm {
    fn title(&self) -> String {
        "From your plan".into()
    }

    fn intro(&self, _keys: &crate::tui::keymap::Keymap) -> Option<String> {
        Some(format!(
            "Your plan says “{}”. Keep it as a person (or a meeting) tend can count and list first when it matters? The plan keeps its line either way.",
            self.plan_words
        ))
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![
            &self.make,
            &self.name,
            &self.roles,
            &self.phone,
            &self.emergency,
        ]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        vec![
            &mut self.make,
            &mut self.name,
            &mut self.roles,
            &mut self.phone,
            &mut self.emergency,
        ]
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let item = self.item;
        let words = match self.make.get() {
            Make::Person => {
                let draft = PersonDraft {
                    name: self.name.needed()?,
                    roles: parse_roles(self.roles.raw())?,
                    phone: self.phone.get(),
                    emergency: self.emergency.get(),
                    ..PersonDraft::default()
                };
                let p = store.write(|w| {
                    let p = w.add_person(draft)?;
                    w.link_plan_person(item, Some(p.id))?;
                    w.asked_to_adopt(item)?;
                    Ok(p)
                })?;
                format!("{} is on your People list now.", p.name)
            }
            Make::Meeting => {
                let draft = MeetingDraft {
                    name: self.name.needed()?,
                    fellowship: Fellowship::Other,
                    format: MeetingFormat::InPerson,
                    weekday: None,
                    time: None,
                    place: None,
                    home_group: false,
                };
                let m = store.write(|w| {
                    let m = w.add_meeting(draft)?;
                    w.asked_to_adopt(item)?;
                    Ok(m)
                })?;
                format!(
                    "{} is on your Meetings tab now; e there adds its day and time.",
                    m.name
                )
            }
            Make::Leave => {
                store.write(|w| w.asked_to_adopt(item))?;
                "Left as it is; tend won't ask about it again.".to_string()
            }
        };
        Ok(done_saying(cx, words))
    }
}
