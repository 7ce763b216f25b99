//! The welcome on a new journal: a name, what the person is working toward and since
//! when, a reason or two, someone who supports them and something that helps; and,
//! if they say so, the import form next, for history from another journal.

use super::{TypedForm, done_saying};
use crate::domain::{PlanSection, Profile};
use crate::error::Result;
use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::fields::{Choice, Date, Field, Text};
use crate::tui::keymap::{Keymap, Mode};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;

pub struct WelcomeForm {
    name: Text,
    toward: Text,
    since: Date,
    reason: Text,
    another: Text,
    supporter: Text,
    number: Text,
    helps: Text,
    /// Open the import form after saving.
    history: Choice<bool>,
}

impl WelcomeForm {
    pub fn new() -> WelcomeForm {
        WelcomeForm {
            name: Text::new("Your name", "").hint("optional: how tend greets you"),
            toward: Text::new("Working toward", "")
                .required()
                .hint("e.g. Alcohol, Gambling, My mental-health plan"),
            since: Date::new("Since", "today"),
            reason: Text::new("A reason", "").hint("why your recovery matters to you"),
            another: Text::new("Another reason", "").hint("optional"),
            supporter: Text::new("Someone who supports you", "").hint("optional: a name"),
            number: Text::new("Their number", "").hint("optional"),
            helps: Text::new("Something that helps", "")
                .hint("optional: a coping step, like a walk"),
            history: Choice::new(
                "Then import history",
                vec![
                    (false, "no".into()),
                    (true, "yes: from Daylio, jrnl or Day One".into()),
                ],
                false,
            ),
        }
    }
}

impl TypedForm for WelcomeForm {
    fn title(&self) -> String {
        "Welcome to tend".into()
    }

    fn intro(&self, keys: &Keymap) -> Option<String> {
        let key = |a| keys.key(Mode::Form { typing: true }, a);
        Some(format!(
            "A private place for your recovery, on this computer only. A few things to start with; \
             {} moves, {} saves, {} skips (you can add all of this later). Coming from Daylio, \
             jrnl or Day One? The last field brings your history in next.",
            key(Action::Down),
            key(Action::Save),
            key(Action::Back)
        ))
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![
            &self.name,
            &self.toward,
            &self.since,
            &self.reason,
            &self.another,
            &self.supporter,
            &self.number,
            &self.helps,
            &self.history,
        ]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        vec![
            &mut self.name,
            &mut self.toward,
            &mut self.since,
            &mut self.reason,
            &mut self.another,
            &mut self.supporter,
            &mut self.number,
            &mut self.helps,
            &mut self.history,
        ]
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let start = self.since.get(cx.today)?;
        let toward = self.toward.needed()?;
        let profile = Profile {
            display_name: self.name.get(),
            recovery_start: Some(start),
            ..cx.data.profile.clone()
        };
        store.write(|w| {
            w.set_profile(&profile)?;
            w.add_commitment(&toward, start, None)?;
            for r in [self.reason.get(), self.another.get()]
                .into_iter()
                .flatten()
            {
                w.add_plan_item(PlanSection::Reasons, &r, None, None)?;
            }
            if let Some(who) = self.supporter.get() {
                let number = self.number.get();
                w.add_plan_item(PlanSection::Supports, &who, number.as_deref(), None)?;
            }
            if let Some(step) = self.helps.get() {
                w.add_plan_item(PlanSection::CopingSteps, &step, None, None)?;
                w.add_coping(&step, None, None)?;
            }
            Ok(())
        })?;
        if self.history.get() {
            cx.say("You're set up. Now the history you bring with you.");
            return Ok(Done {
                import: true,
                ..Done::default()
            });
        }
        Ok(done_saying(
            cx,
            "You're set up. Welcome — one day at a time.",
        ))
    }

    fn skipped(&self) -> Option<&'static str> {
        Some("Skipped for now. Your plan and commitments can be added any time.")
    }
}
