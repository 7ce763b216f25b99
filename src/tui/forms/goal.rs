//! A goal, new or edited: a habit (times a week) or a milestone (steps), its domain,
//! why it matters and an optional target date. The kind is fixed once made.

use super::{TypedForm, done_saying};
use crate::domain::{Goal, GoalDraft, GoalKind, LifeDomain, RecordKind};
use crate::error::Result;
use crate::store::Store;
use crate::tui::fields::{Choice, Date, Field, Number, Text};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;

pub struct GoalForm {
    /// The goal being edited, with the kind it keeps.
    editing: Option<(i64, GoalKind)>,
    /// The revision it had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    title: Text,
    domain: Choice<LifeDomain>,
    /// Only when new.
    kind: Option<Choice<GoalKind>>,
    /// Only for habits (or a new goal, which may become one).
    per_week: Option<Number>,
    /// Only when new.
    steps: Option<Text>,
    why: Text,
    target: Date,
}

impl GoalForm {
    pub fn new(existing: Option<&Goal>) -> GoalForm {
        let g = existing;
        let habit = g.is_none_or(|g| g.kind == GoalKind::Habit);
        let per_week = g.and_then(|g| g.per_week).map(i64::from).or(Some(3));
        GoalForm {
            editing: g.map(|g| (g.id, g.kind)),
            revision: g.map(|g| g.revision),
            title: Text::new(
                t!("form-goal-goal"),
                g.map_or(String::new(), |g| g.title.clone()),
            )
            .required(),
            domain: Choice::of(
                t!("form-goal-domain"),
                LifeDomain::ALL,
                LifeDomain::label,
                g.map_or(LifeDomain::Physical, |g| g.domain),
            ),
            kind: g.is_none().then(|| {
                Choice::of(
                    t!("form-goal-kind"),
                    GoalKind::ALL,
                    GoalKind::label,
                    GoalKind::Habit,
                )
            }),
            per_week: habit.then(|| {
                Number::new(t!("form-goal-per-week"), 1, 7, per_week)
                    .hint(t!("form-goal-per-week-hint"))
            }),
            steps: g
                .is_none()
                .then(|| Text::new(t!("form-goal-steps"), "").hint(t!("form-goal-steps-hint"))),
            why: Text::new(
                t!("form-goal-why"),
                g.and_then(|g| g.why.clone()).unwrap_or_default(),
            ),
            target: Date::optional(
                t!("form-goal-target"),
                g.and_then(|g| g.target_date),
                t!("form-goal-target-hint"),
            ),
        }
    }

    fn draft(&self, cx: &Ctx) -> Result<GoalDraft> {
        let kind = match (&self.editing, &self.kind) {
            (Some((_, kind)), _) => *kind,
            (None, Some(k)) => k.get(),
            (None, None) => GoalKind::Habit,
        };
        let habit = kind == GoalKind::Habit;
        let per_week = match (&self.per_week, habit) {
            (Some(n), true) => n.get()?.map(|n| n as u8),
            _ => None,
        };
        let steps = match (&self.steps, habit) {
            (Some(s), false) => s
                .raw()
                .split(';')
                .filter_map(crate::domain::optional_text)
                .collect(),
            _ => Vec::new(),
        };
        Ok(GoalDraft {
            title: self.title.needed()?,
            domain: self.domain.get(),
            why: self.why.get(),
            kind,
            per_week,
            target_date: self.target.get_optional(cx.today)?,
            steps,
        })
    }
}

impl TypedForm for GoalForm {
    fn title(&self) -> String {
        if self.editing.is_some() {
            t!("form-goal-title-edit")
        } else {
            t!("form-goal-title-new")
        }
    }

    fn overwrite(&mut self) {
        self.revision = None;
    }

    fn fields(&self) -> Vec<&dyn Field> {
        let mut v: Vec<&dyn Field> = vec![&self.title, &self.domain];
        if let Some(k) = &self.kind {
            v.push(k);
        }
        if let Some(n) = &self.per_week {
            v.push(n);
        }
        if let Some(s) = &self.steps {
            v.push(s);
        }
        v.extend([&self.why as &dyn Field, &self.target]);
        v
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        let mut v: Vec<&mut dyn Field> = vec![&mut self.title, &mut self.domain];
        if let Some(k) = &mut self.kind {
            v.push(k);
        }
        if let Some(n) = &mut self.per_week {
            v.push(n);
        }
        if let Some(s) = &mut self.steps {
            v.push(s);
        }
        v.extend([&mut self.why as &mut dyn Field, &mut self.target]);
        v
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let draft = self.draft(cx)?;
        Ok(match self.editing {
            Some((id, _)) => {
                let (before, g) = store.write(|w| {
                    w.edit_record(RecordKind::Goal, id, self.revision, |w| {
                        w.edit_goal(id, draft)
                    })
                })?;
                cx.remember(before);
                done_saying(cx, t!("form-goal-saved", title = &g.title))
            }
            None => {
                let g = store.write(|w| w.add_goal(draft))?;
                done_saying(cx, t!("form-goal-added", title = &g.title))
            }
        })
    }
}
