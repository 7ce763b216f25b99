//! The welcome on a new journal: a name, what the person is working toward and since
//! when, a reason or two, someone who supports them (a person, with their number, in
//! the plan's people to call) and something that helps (a coping strategy chosen for
//! the plan); and,
//! if they say so, the import form next, for history from another journal.

use super::{TypedForm, done_saying};
use crate::domain::{PersonDraft, PlanSection, Profile, Role};
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
    /// Who the supporter is to them (none: just someone).
    role: Choice<Option<Role>>,
    number: Text,
    helps: Text,
    /// Open the import form after saving.
    history: Choice<bool>,
}

impl WelcomeForm {
    pub fn new() -> WelcomeForm {
        WelcomeForm {
            name: Text::new(t!("form-welcome-name"), "").hint(t!("form-welcome-name-hint")),
            toward: Text::new(t!("form-welcome-toward"), "")
                .required()
                .hint(t!("form-welcome-toward-hint")),
            // "today" is a value a date field reads, as the CLI does: the same in every language.
            since: Date::new(t!("form-welcome-since"), "today"),
            reason: Text::new(t!("form-welcome-reason"), "").hint(t!("form-welcome-reason-hint")),
            another: Text::new(t!("form-welcome-another"), "").hint(t!("form-welcome-optional")),
            supporter: Text::new(t!("form-welcome-supporter"), "")
                .hint(t!("form-welcome-supporter-hint")),
            role: Choice::new(
                t!("form-welcome-role"),
                std::iter::once((None, "—".to_string()))
                    .chain(Role::ALL.iter().map(|r| (Some(*r), r.label())))
                    .collect(),
                None,
            ),
            number: Text::new(t!("form-welcome-number"), "").hint(t!("form-welcome-optional")),
            helps: Text::new(t!("form-welcome-helps"), "").hint(t!("form-welcome-helps-hint")),
            history: Choice::new(
                t!("form-welcome-history"),
                vec![
                    (false, t!("form-welcome-history-no")),
                    (true, t!("form-welcome-history-yes")),
                ],
                false,
            ),
        }
    }
}

impl TypedForm for WelcomeForm {
    fn title(&self) -> String {
        t!("form-welcome-title")
    }

    fn intro(&self, keys: &Keymap) -> Option<String> {
        let key = |a| keys.key(Mode::Form { typing: true }, a);
        Some(t!(
            "form-welcome-intro",
            down = key(Action::Down),
            save = key(Action::Save),
            back = key(Action::Back)
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
            &self.role,
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
            &mut self.role,
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
                // Someone to call is a person, with their number, named in the plan.
                let person = w.add_person(PersonDraft {
                    name: who,
                    roles: self.role.get().into_iter().collect(),
                    phone: self.number.get(),
                    keep_in_touch_days: None,
                    emergency: false,
                    active_from: None,
                    active_to: None,
                    note: None,
                })?;
                let line = w.add_plan_item(PlanSection::Supports, &person.name, None, None)?;
                w.link_plan_person(line.id, Some(person.id))?;
            }
            if let Some(step) = self.helps.get() {
                // A coping step is a strategy of the toolbox chosen for the plan.
                w.add_plan_item(PlanSection::CopingSteps, &step, None, None)?;
            }
            Ok(())
        })?;
        if self.history.get() {
            cx.say(t!("form-welcome-done-import"));
            return Ok(Done {
                import: true,
                ..Done::default()
            });
        }
        Ok(done_saying(cx, t!("form-welcome-done")))
    }

    fn skipped(&self) -> Option<String> {
        Some(t!("form-welcome-skipped"))
    }
}
