//! A growth entry: a setback written up as what happened, what came before, what
//! helped, what was learned and what comes next time. Saving opens the Progress
//! screen, where it joins the growth timeline.

use super::TypedForm;
use crate::domain::{SetbackDraft, SetbackKind};
use crate::error::Result;
use crate::store::Store;
use crate::tui::action::Screen;
use crate::tui::fields::{Choice, Date, Field, Text};
use crate::tui::keymap::Keymap;
use crate::tui::shared::{Ctx, Data};
use crate::tui::step::Done;

pub struct GrowthForm {
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
    pub fn new(data: &Data) -> GrowthForm {
        let kinds = [
            SetbackKind::HardDay,
            SetbackKind::Slip,
            SetbackKind::Lapse,
            SetbackKind::Relapse,
        ];
        let mut commitments: Vec<(Option<i64>, String)> = data
            .commitments
            .iter()
            .map(|c| (Some(c.id), c.name.clone()))
            .collect();
        commitments.push((None, "all of them".into()));
        let first = commitments[0].0;
        GrowthForm {
            kind: Choice::of("Kind", &kinds, |k| k.label().into(), SetbackKind::HardDay),
            date: Date::new("Date", "today"),
            commitment: Choice::new("Commitment", commitments, first),
            what_happened: Text::new("What happened", ""),
            noticed: Text::new("What I noticed before", "").hint("warning signs"),
            helped: Text::new("What helped", ""),
            learned: Text::new("What I learned", ""),
            next_time: Text::new("Next time I will", ""),
            reached_out: Text::new("Who I reached out to", ""),
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
            trigger_ids: vec![],
        })
    }
}

impl TypedForm for GrowthForm {
    fn title(&self) -> String {
        "Growth entry".into()
    }

    fn intro(&self, _keys: &Keymap) -> Option<String> {
        Some(
            "A setback is part of the journey. Your days in recovery and every day on track still count."
                .into(),
        )
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
        store.write(|w| w.add_setback(draft))?;
        cx.say("Growth entry saved. It's on your Progress timeline; every day you've lived still counts.");
        Ok(Done {
            go: Some(Screen::Progress),
            ..Done::default()
        })
    }
}
