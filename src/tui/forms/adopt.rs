//! Turning one of the plan's people to call (or contacts) into a person or a meeting,
//! asked once per item: the name, number and roles read from its words to start from,
//! or leave it as it is. The plan keeps its item either way.

use super::{ROLES, TypedForm, done_saying};
use crate::domain::{MeetingDraft, PersonDraft, PlanItem, adoption, parse_roles};
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
            (Make::Person, t!("form-adopt-make-person")),
            (Make::Meeting, t!("form-adopt-make-meeting")),
            (Make::Leave, t!("form-adopt-make-leave")),
        ];
        AdoptForm {
            item: item.id,
            plan_words: match &item.detail {
                Some(d) => format!("{} — {d}", item.text),
                None => item.text.clone(),
            },
            make: Choice::new(t!("form-adopt-make"), options, first),
            name: Text::new(t!("form-adopt-name"), guess.name).required(),
            roles: Text::new(t!("form-adopt-roles"), roles.join(", ")).hint(ROLES),
            phone: Text::new(t!("form-adopt-phone"), guess.phone.unwrap_or_default()),
            emergency: yes_no(t!("form-adopt-emergency"), false),
        }
    }
}

impl TypedForm for AdoptForm {
    fn title(&self) -> String {
        t!("form-adopt-title")
    }

    fn intro(&self, _keys: &crate::tui::keymap::Keymap) -> Option<String> {
        Some(t!("form-adopt-intro", words = &self.plan_words))
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
                t!("form-adopt-person-added", name = &p.name)
            }
            Make::Meeting => {
                let draft = MeetingDraft::named(self.name.needed()?);
                let m = store.write(|w| {
                    let m = w.add_meeting(draft)?;
                    w.asked_to_adopt(item)?;
                    Ok(m)
                })?;
                t!("form-adopt-meeting-added", name = &m.name, key = "e")
            }
            Make::Leave => {
                store.write(|w| w.asked_to_adopt(item))?;
                t!("form-adopt-left")
            }
        };
        Ok(done_saying(cx, words))
    }
}
