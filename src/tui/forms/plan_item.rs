//! One item of the relapse-prevention plan, new or edited, in its section; warning
//! signs also take a stage (early, middle, late).

use super::{TypedForm, done_saying};
use crate::domain::{Person, PlanItem, PlanSection, RecordKind, Stage};
use crate::error::Result;
use crate::store::Store;
use crate::tui::fields::{Choice, Field, Text};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;

pub struct PlanItemForm {
    section: PlanSection,
    editing: Option<i64>,
    /// Editing a coping step: the toolbox's strategy it is (its name and description).
    coping: Option<i64>,
    /// The revision it had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    text: Text,
    detail: Text,
    /// Only for warning signs.
    stage: Option<Choice<Option<Stage>>>,
    /// Only for people to call and contacts: the person it names.
    who: Option<Choice<Option<i64>>>,
}

impl PlanItemForm {
    /// The form for `section`, over `existing` when correcting it; people to call and
    /// contacts can name one of `people`.
    pub fn new(
        section: PlanSection,
        existing: Option<&PlanItem>,
        people: &[Person],
    ) -> PlanItemForm {
        let stages = || {
            let mut options = vec![(None, "—".to_string())];
            options.extend(Stage::ALL.iter().map(|s| (Some(*s), Stage::label(*s))));
            Choice::new(
                t!("form-plan-item-stage"),
                options,
                existing.and_then(|i| i.stage),
            )
        };
        PlanItemForm {
            section,
            editing: existing.map(|i| i.id),
            coping: existing.and_then(|i| i.coping_id),
            revision: existing.map(|i| i.revision),
            text: Text::new(
                t!("form-plan-item-text"),
                existing.map_or(String::new(), |i| i.text.clone()),
            )
            .required(),
            detail: Text::new(
                t!("form-plan-item-detail"),
                existing.and_then(|i| i.detail.clone()).unwrap_or_default(),
            )
            .hint(t!("form-plan-item-detail-hint")),
            stage: (section == PlanSection::WarningSigns).then(stages),
            who: (matches!(section, PlanSection::Supports | PlanSection::Contacts)
                && !people.is_empty())
            .then(|| {
                let mut options = vec![(None, "—".to_string())];
                options.extend(people.iter().map(|p| (Some(p.id), p.name.clone())));
                Choice::new(
                    t!("form-plan-item-person"),
                    options,
                    existing.and_then(|i| i.person_id),
                )
            }),
        }
    }
}

impl TypedForm for PlanItemForm {
    fn title(&self) -> String {
        let section = self.section.title();
        if self.editing.is_some() {
            t!("form-plan-item-title-edit", section = section)
        } else {
            t!("form-plan-item-title-add", section = section)
        }
    }

    fn overwrite(&mut self) {
        self.revision = None;
    }

    fn fields(&self) -> Vec<&dyn Field> {
        let mut v: Vec<&dyn Field> = vec![&self.text, &self.detail];
        if let Some(s) = &self.stage {
            v.push(s);
        }
        if let Some(w) = &self.who {
            v.push(w);
        }
        v
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        let mut v: Vec<&mut dyn Field> = vec![&mut self.text, &mut self.detail];
        if let Some(s) = &mut self.stage {
            v.push(s);
        }
        if let Some(w) = &mut self.who {
            v.push(w);
        }
        v
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let text = self.text.needed()?;
        let stage = self.stage.as_ref().and_then(|s| s.get());
        Ok(match self.editing {
            Some(_) if let Some(id) = self.coping => {
                let detail = self.detail.raw().to_string();
                let (before, i) = store.write(|w| {
                    w.edit_record(RecordKind::Coping, id, self.revision, |w| {
                        w.edit_plan_coping(id, &text, Some(&detail))
                    })
                })?;
                cx.remember(before);
                done_saying(cx, t!("form-plan-item-saved", text = &i.text))
            }
            Some(id) => {
                let detail = self.detail.raw().to_string();
                let who = self.who.as_ref().map(Choice::get);
                let (before, i) = store.write(|w| {
                    w.edit_record(RecordKind::PlanItem, id, self.revision, |w| {
                        let i = w.edit_plan_item(id, Some(&text), Some(&detail), stage)?;
                        match who {
                            Some(p) => w.link_plan_person(id, p),
                            None => Ok(i),
                        }
                    })
                })?;
                cx.remember(before);
                done_saying(cx, t!("form-plan-item-saved", text = &i.text))
            }
            None => {
                let detail = self.detail.get();
                let who = self.who.as_ref().and_then(Choice::get);
                let i = store.write(|w| {
                    let i = w.add_plan_item(self.section, &text, detail.as_deref(), stage)?;
                    match who {
                        Some(p) => w.link_plan_person(i.id, Some(p)),
                        None => Ok(i),
                    }
                })?;
                let section = i.section.title();
                done_saying(
                    cx,
                    t!("form-plan-item-added", section = section, text = &i.text),
                )
            }
        })
    }
}
