//! The Plan screen's lists beside the plan itself: the people who support recovery, the
//! meetings the person goes to,
//! triggers with their coping steps, the coping toolbox with how well each strategy has
//! worked, the encounters logged, and the commitments. Each adds (`a`), corrects (`e`) and deletes (`d`, asking first).

use super::{Handled, form};
use crate::domain::{RecordKind, TriggerEvent, days};
use crate::error::Result;
use crate::store::Store;
use crate::tui::action::{Action, Screen};
use crate::tui::forms::{
    AdoptForm, CommitmentForm, CopingForm, EncounterForm, MeetingForm, PersonForm, TriggerForm,
};
use crate::tui::keymap::{Hint, Mode};
use crate::tui::overlay::{Effect, ask_delete};
use crate::tui::shared::Ctx;
use crate::tui::widgets::{Cursor, list_panel, para};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

const MODE: Mode = Mode::Screen(Screen::Plan);

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub enum PlanTab {
    #[default]
    Plan,
    Triggers,
    Coping,
    Encounters,
    Commitments,
    People,
    Meetings,
}

impl PlanTab {
    pub const ALL: [PlanTab; 7] = [
        PlanTab::Plan,
        PlanTab::Triggers,
        PlanTab::Coping,
        PlanTab::Encounters,
        PlanTab::Commitments,
        PlanTab::People,
        PlanTab::Meetings,
    ];
    pub const NAMES: [&str; 7] = [
        "My plan",
        "Triggers",
        "Coping",
        "Encounters",
        "Commitments",
        "People",
        "Meetings",
    ];

    pub fn step(self, forward: bool) -> PlanTab {
        let i = PlanTab::ALL.iter().position(|x| *x == self).unwrap_or(0);
        let last = PlanTab::ALL.len() - 1;
        PlanTab::ALL[if forward {
            (i + 1).min(last)
        } else {
            i.saturating_sub(1)
        }]
    }
}

#[derive(Debug, Default)]
pub struct Library {
    people: Cursor,
    meetings: Cursor,
    triggers: Cursor,
    coping: Cursor,
    encounters: Cursor,
    commitments: Cursor,
    /// Every encounter, newest first: read when the tab opens and after writes.
    events: Vec<TriggerEvent>,
    /// The plan's people not on the list yet and not asked about (People tab).
    to_adopt: Vec<crate::domain::PlanItem>,
}

impl Library {
    fn ids(&self, tab: PlanTab, cx: &Ctx) -> Vec<Option<i64>> {
        let d = &cx.data;
        match tab {
            PlanTab::Triggers => d.triggers.iter().map(|t| Some(t.id)).collect(),
            PlanTab::Coping => d.coping.iter().map(|c| Some(c.id)).collect(),
            PlanTab::Encounters => self.events.iter().map(|e| Some(e.id)).collect(),
            PlanTab::Commitments => d.commitments.iter().map(|c| Some(c.id)).collect(),
            PlanTab::People => d.people.iter().map(|p| Some(p.id)).collect(),
            PlanTab::Meetings => d.meetings.iter().map(|m| Some(m.id)).collect(),
            PlanTab::Plan => vec![],
        }
    }

    fn cursor(&mut self, tab: PlanTab) -> &mut Cursor {
        match tab {
            PlanTab::Coping => &mut self.coping,
            PlanTab::Encounters => &mut self.encounters,
            PlanTab::Commitments => &mut self.commitments,
            PlanTab::People => &mut self.people,
            PlanTab::Meetings => &mut self.meetings,
            _ => &mut self.triggers,
        }
    }

    /// Reads what the tab shows that `Ctx` doesn't hold, and keeps its cursor on its record.
    pub fn follow(&mut self, tab: PlanTab, cx: &Ctx, store: &Store) -> Result<()> {
        if tab == PlanTab::Encounters {
            self.events = store.trigger_events(None, None, None)?;
        }
        if tab == PlanTab::People {
            self.to_adopt = store.plan_items_to_adopt()?;
        }
        let ids = self.ids(tab, cx);
        self.cursor(tab).follow(&ids);
        Ok(())
    }

    pub fn handle(
        &mut self,
        tab: PlanTab,
        action: Action,
        cx: &Ctx,
        store: &Store,
    ) -> Result<Handled> {
        let ids = self.ids(tab, cx);
        if self.cursor(tab).apply(action, &ids) {
            return Ok(Some(vec![]));
        }
        let id = ids.get(self.cursor(tab).index).copied().flatten();
        let d = &cx.data;
        let now = store.clock().now().format("%Y-%m-%d %H:%M").to_string();
        let effects = match (action, tab, id) {
            (Action::Add | Action::New, PlanTab::Triggers, _) => form(TriggerForm::new()),
            (Action::Add | Action::New, PlanTab::Coping, _) => form(CopingForm::new(None)),
            (Action::Add | Action::New, PlanTab::Encounters, _) => {
                form(EncounterForm::new(d, None, &now))
            }
            (Action::Add | Action::New, PlanTab::Commitments, _) => form(CommitmentForm::new(None)),
            (Action::Add | Action::New, PlanTab::People, _) => form(PersonForm::new(None)),
            (Action::Adopt, PlanTab::People, _) => match self.to_adopt.first() {
                Some(item) => form(AdoptForm::new(item)),
                None => return Ok(None),
            },
            (Action::Add | Action::New, PlanTab::Meetings, _) => form(MeetingForm::new(None)),
            (Action::Edit | Action::Open, _, Some(id)) => self.edit(tab, id, cx, store)?,
            (Action::Delete, _, Some(id)) => ask_delete(kind(tab), id, store)?,
            _ => return Ok(None),
        };
        Ok(Some(effects))
    }

    /// The form correcting the record under the cursor, which saves only over it as it
    /// is now.
    fn edit(&self, tab: PlanTab, id: i64, cx: &Ctx, store: &Store) -> Result<Vec<Effect>> {
        let d = &cx.data;
        let now = store.clock().now().format("%Y-%m-%d %H:%M").to_string();
        let rev = store.revision(kind(tab), id)?;
        let effects = match tab {
            PlanTab::Triggers => d
                .triggers
                .iter()
                .find(|t| t.id == id)
                .map(|t| form(TriggerForm::edit(t).at_revision(rev))),
            PlanTab::Coping => d
                .coping
                .iter()
                .find(|c| c.id == id)
                .map(|c| form(CopingForm::new(Some(c)).at_revision(rev))),
            PlanTab::Encounters => self
                .events
                .iter()
                .find(|e| e.id == id)
                .map(|e| form(EncounterForm::new(d, Some(e), &now).at_revision(rev))),
            PlanTab::Commitments => d
                .commitments
                .iter()
                .find(|c| c.id == id)
                .map(|c| form(CommitmentForm::new(Some(c)).at_revision(rev))),
            PlanTab::People => d
                .people
                .iter()
                .find(|p| p.id == id)
                .map(|p| form(PersonForm::new(Some(p)).at_revision(rev))),
            PlanTab::Meetings => d
                .meetings
                .iter()
                .find(|m| m.id == id)
                .map(|m| form(MeetingForm::new(Some(m)).at_revision(rev))),
            PlanTab::Plan => None,
        };
        Ok(effects.unwrap_or_default())
    }

    pub fn render(&self, tab: PlanTab, cx: &Ctx, f: &mut Frame, area: Rect) {
        let (rows, index, what) = match tab {
            PlanTab::Triggers => (trigger_rows(cx), self.triggers.index, "Triggers"),
            PlanTab::Coping => (coping_rows(cx), self.coping.index, "Coping toolbox"),
            PlanTab::Encounters => (
                self.encounter_rows(cx),
                self.encounters.index,
                "Encounters, newest first",
            ),
            PlanTab::Commitments => (commitment_rows(cx), self.commitments.index, "Commitments"),
            PlanTab::People => (people_rows(cx), self.people.index, "People who support you"),
            PlanTab::Meetings => (meeting_rows(cx), self.meetings.index, "Meetings you go to"),
            PlanTab::Plan => return,
        };
        let hints = [
            Hint::Keys(&[Action::Add], "add"),
            Hint::Keys(&[Action::Edit], "correct"),
            Hint::Keys(&[Action::Delete], "delete"),
        ];
        let title = format!("{what} · {}", cx.keys.hints(MODE, &hints));
        let area = if tab == PlanTab::People && !self.to_adopt.is_empty() {
            let [offer, rest] =
                Layout::vertical([Constraint::Length(4), Constraint::Min(3)]).areas(area);
            let n = self.to_adopt.len();
            let i = cx.keys.key(MODE, Action::Adopt);
            let who = if n == 1 {
                "one person or contact that isn't".to_string()
            } else {
                format!("{n} people or contacts that aren't")
            };
            let words = format!(
                "Your plan names {who} on this list. {i} takes them one at a time: keep each as a person (or a meeting), or leave it as it is. The plan keeps its lines."
            );
            f.render_widget(
                para(vec![Line::styled(words, cx.theme.calm())], "From your plan"),
                offer,
            );
            rest
        } else {
            area
        };
        if rows.is_empty() {
            let add = cx.keys.key(MODE, Action::Add);
            let empty = Line::styled(
                format!("Nothing here yet. {add} adds the first."),
                cx.theme.dim(),
            );
            return f.render_widget(para(vec![empty], &title), area);
        }
        f.render_widget(list_panel(rows, index, area, &cx.theme, &title), area);
    }

    fn encounter_rows(&self, cx: &Ctx) -> Vec<String> {
        let d = &cx.data;
        let trigger = |id: Option<i64>| {
            id.and_then(|id| d.triggers.iter().find(|t| t.id == id))
                .map_or("an urge".to_string(), |t| t.name.clone())
        };
        let coping = |id: Option<i64>| {
            id.and_then(|id| d.coping.iter().find(|c| c.id == id))
                .map_or(String::new(), |c| format!(" · {}", c.name))
        };
        self.events
            .iter()
            .map(|e| {
                let when = e.at.get(..16).unwrap_or(&e.at).replace('T', " ");
                let after = e.urge_after.map_or("–".into(), |a| a.to_string());
                format!(
                    "{when}  urge {} → {after}  {}  {}{}",
                    e.urge_before,
                    e.outcome,
                    trigger(e.trigger_id),
                    coping(e.coping_id)
                )
            })
            .collect()
    }
}

fn kind(tab: PlanTab) -> RecordKind {
    match tab {
        PlanTab::Coping => RecordKind::Coping,
        PlanTab::Encounters => RecordKind::Encounter,
        PlanTab::Commitments => RecordKind::Commitment,
        PlanTab::People => RecordKind::Person,
        PlanTab::Meetings => RecordKind::Meeting,
        PlanTab::Plan => RecordKind::PlanItem,
        PlanTab::Triggers => RecordKind::Trigger,
    }
}

fn meeting_rows(cx: &Ctx) -> Vec<String> {
    cx.data
        .meetings
        .iter()
        .map(|m| {
            let mut parts = vec![m.name.clone(), m.fellowship.title().to_string()];
            parts.push(m.format.as_str().replace('-', " "));
            let when = m.when();
            if !when.is_empty() {
                parts.push(when);
            }
            if m.home_group {
                parts.push("home group".into());
            }
            parts.join(" · ")
        })
        .collect()
}

fn people_rows(cx: &Ctx) -> Vec<String> {
    cx.data
        .people
        .iter()
        .map(|p| {
            let roles = p.role_words();
            let roles = if roles.is_empty() {
                String::new()
            } else {
                format!(" ({roles})")
            };
            let phone = p
                .phone
                .as_deref()
                .map_or(String::new(), |ph| format!("  {ph}"));
            let sos = if p.emergency {
                " · emergency contact"
            } else {
                ""
            };
            format!("{}{roles}{phone}{sos}", p.name)
        })
        .collect()
}

fn trigger_rows(cx: &Ctx) -> Vec<String> {
    let d = &cx.data;
    let name = |id: i64| {
        d.coping
            .iter()
            .find(|c| c.id == id)
            .map_or("?".to_string(), |c| c.name.clone())
    };
    d.triggers
        .iter()
        .map(|tr| {
            let coping: Vec<String> = tr.coping_ids.iter().map(|c| name(*c)).collect();
            let plan = if coping.is_empty() {
                "no coping step yet".to_string()
            } else {
                format!("→ {}", coping.join(", "))
            };
            format!("{} ({}, {})  {plan}", tr.name, tr.category, tr.origin)
        })
        .collect()
}

fn coping_rows(cx: &Ctx) -> Vec<String> {
    let d = &cx.data;
    d.coping
        .iter()
        .map(|c| {
            let worked = match d.effects.iter().find(|e| e.coping_id == c.id && e.uses > 0) {
                Some(e) => {
                    let drop = e.mean_urge_drop.map_or(String::new(), |x| {
                        let way = if x >= 0.0 { "down" } else { "up" };
                        format!(" · urge {way} {:.1} on average", x.abs())
                    });
                    let uses = crate::domain::plural(e.uses as i64, "time");
                    format!("  used {uses}, {} passed{drop}", e.passed)
                }
                None => String::new(),
            };
            format!("{}{worked}", c.name)
        })
        .collect()
}

fn commitment_rows(cx: &Ctx) -> Vec<String> {
    cx.data
        .commitments
        .iter()
        .map(|c| {
            let n = (cx.today - c.start_date).num_days() + 1;
            format!("{}  since {} ({})", c.name, c.start_date, days(n))
        })
        .collect()
}
