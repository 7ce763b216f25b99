//! A growth entry: a setback written up as what happened, what came before, what
//! helped, what was learned and what comes next time. Saving opens the Progress
//! screen, where it joins the growth timeline.

use super::{TypedForm, done_saying};
use crate::domain::{RecordKind, Setback, SetbackDraft, SetbackKind};
use crate::error::Result;
use crate::store::Store;
use crate::tui::action::Screen;
use crate::tui::fields::{Choice, Date, Field, Text};
use crate::tui::keymap::Keymap;
use crate::tui::shared::{Ctx, Data};
use crate::tui::step::Done;

pub struct GrowthForm {
    /// The revision the record had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    /// The entry being corrected, with the triggers it names (kept as they are).
    editing: Option<(i64, Vec<i64>)>,
    /// Writing up a setback ticked in a check-in (saving shows it on the timeline).
    reflecting: bool,
    kind: Choice<SetbackKind>,
    date: Date,
    /// `None`: all of them.
    commitment: Choice<Option<i64>>,
    what_happened: Text,
    noticed: Text,
    helped: Text,
    learned: Text,
    next_time: Text,
    reached_out: Text,
}

impl GrowthForm {
    /// Saves only over the record as it was at `revision` (else asks first).
    pub fn at_revision(mut self, revision: Option<i64>) -> GrowthForm {
        self.revision = revision;
        self
    }

    pub fn new(data: &Data) -> GrowthForm {
        let kinds = [
            SetbackKind::HardDay,
            SetbackKind::Slip,
            SetbackKind::Lapse,
            SetbackKind::Relapse,
            SetbackKind::OverPlan,
        ];
        let mut commitments: Vec<(Option<i64>, String)> = data
            .commitments
            .iter()
            .map(|c| (Some(c.id), c.name.clone()))
            .collect();
        commitments.push((None, t!("form-growth-all-commitments")));
        let first = commitments[0].0;
        GrowthForm {
            revision: None,
            editing: None,
            reflecting: false,
            kind: kind_choice(&kinds, SetbackKind::HardDay),
            // "today" is a value a date field reads, as the CLI does: the same in every language.
            date: Date::new(t!("form-growth-date"), "today"),
            commitment: Choice::new(t!("form-growth-commitment"), commitments, first),
            what_happened: Text::new(t!("form-growth-what-happened"), ""),
            noticed: Text::new(t!("form-growth-noticed"), "").hint(t!("form-growth-noticed-hint")),
            helped: Text::new(t!("form-growth-helped"), ""),
            learned: Text::new(t!("form-growth-learned"), ""),
            next_time: Text::new(t!("form-growth-next-time"), ""),
            reached_out: Text::new(t!("form-growth-reached-out"), ""),
        }
    }

    /// The form over a setback ticked in a check-in, to write what happened: its kind
    /// is a setback's (slip, lapse or relapse), never a hard day.
    pub fn reflect(data: &Data, s: &Setback) -> GrowthForm {
        let kind = if s.kind.ends_run() {
            s.kind
        } else {
            SetbackKind::Slip
        };
        GrowthForm {
            kind: kind_choice(&SetbackKind::SETBACKS, kind),
            reflecting: true,
            ..GrowthForm::edit(data, s)
        }
    }

    /// The form over a growth entry just saved bare (a day over the plan), to write its
    /// reflection: its kind stays, and saving shows it on the timeline.
    pub fn write_up(data: &Data, s: &Setback) -> GrowthForm {
        GrowthForm {
            reflecting: true,
            ..GrowthForm::edit(data, s)
        }
    }

    /// The form over a growth entry written before, to correct it.
    pub fn edit(data: &Data, s: &Setback) -> GrowthForm {
        let f = GrowthForm::new(data);
        let text = |label, t: &Option<String>| Text::new(label, t.clone().unwrap_or_default());
        GrowthForm {
            revision: None,
            editing: Some((s.id, s.trigger_ids.clone())),
            reflecting: false,
            kind: f.kind.with(s.kind),
            date: Date::new(t!("form-growth-date"), s.date.to_string()),
            commitment: f.commitment.with(s.commitment_id),
            what_happened: text(t!("form-growth-what-happened"), &s.what_happened),
            noticed: text(t!("form-growth-noticed"), &s.warning_signs)
                .hint(t!("form-growth-noticed-hint")),
            helped: text(t!("form-growth-helped"), &s.what_helped),
            learned: text(t!("form-growth-learned"), &s.learned),
            next_time: text(t!("form-growth-next-time"), &s.next_time),
            reached_out: text(t!("form-growth-reached-out"), &s.reached_out),
        }
    }

    fn draft(&self, cx: &Ctx) -> Result<SetbackDraft> {
        Ok(SetbackDraft {
            date: self.date.get(cx.today)?,
            commitment_id: self.commitment.get(),
            kind: self.kind.get(),
            what_happened: self.what_happened.get(),
            warning_signs: self.noticed.get(),
            what_helped: self.helped.get(),
            learned: self.learned.get(),
            next_time: self.next_time.get(),
            reached_out: self.reached_out.get(),
            trigger_ids: self
                .editing
                .as_ref()
                .map(|e| e.1.clone())
                .unwrap_or_default(),
        })
    }
}

/// The kind, each explained in one line where it is chosen.
fn kind_choice(kinds: &[SetbackKind], selected: SetbackKind) -> Choice<SetbackKind> {
    Choice::of(t!("form-growth-kind"), kinds, |k| k.label(), selected)
        .explained(SetbackKind::explain)
}

impl TypedForm for GrowthForm {
    fn overwrite(&mut self) {
        self.revision = None;
    }

    fn title(&self) -> String {
        t!("form-growth-title")
    }

    fn intro(&self, _keys: &Keymap) -> Option<String> {
        Some(match self.kind.get() {
            SetbackKind::OverPlan => t!("form-growth-intro-over-plan"),
            _ => t!("form-growth-intro"),
        })
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![
            &self.kind,
            &self.date,
            &self.commitment,
            &self.what_happened,
            &self.noticed,
            &self.helped,
            &self.learned,
            &self.next_time,
            &self.reached_out,
        ]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        vec![
            &mut self.kind,
            &mut self.date,
            &mut self.commitment,
            &mut self.what_happened,
            &mut self.noticed,
            &mut self.helped,
            &mut self.learned,
            &mut self.next_time,
            &mut self.reached_out,
        ]
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let draft = self.draft(cx)?;
        if let Some((id, _)) = self.editing {
            let (before, _) = store.write(|w| {
                w.edit_record(RecordKind::Growth, id, self.revision, |w| {
                    w.edit_setback(id, draft)
                })
            })?;
            cx.remember(before);
            if !self.reflecting {
                return Ok(done_saying(cx, t!("form-growth-corrected")));
            }
        } else {
            store.write(|w| w.add_setback(draft))?;
        }
        cx.say(t!("form-growth-saved"));
        Ok(Done {
            go: Some(Screen::Progress),
            ..Done::default()
        })
    }
}
