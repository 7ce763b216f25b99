//! The Plan screen's lists beside the plan itself: the people who support recovery, the
//! meetings the person goes to,
//! triggers with their coping steps, the coping toolbox with how well each strategy has
//! worked, the encounters logged, and the commitments. Each adds (`a`), corrects (`e`) and deletes (`d`, asking first).

use super::{Handled, form, hints};
use crate::domain::usage::Use;
use crate::domain::{Outcome, RecordKind, TriggerCategory, TriggerEvent, TriggerOrigin};
use crate::error::Result;
use crate::store::Store;
use crate::tui::action::{Action, Screen};
use crate::tui::forms::{
    AdoptForm, CommitmentForm, CopingForm, EncounterForm, MeetingForm, PathForm, PersonForm,
    TriggerForm, UseForm,
};
use crate::tui::keymap::Mode;
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
    Medications,
    People,
    Meetings,
    Trackers,
}

impl PlanTab {
    pub const ALL: [PlanTab; 9] = [
        PlanTab::Plan,
        PlanTab::Triggers,
        PlanTab::Coping,
        PlanTab::Encounters,
        PlanTab::Commitments,
        PlanTab::Medications,
        PlanTab::People,
        PlanTab::Meetings,
        PlanTab::Trackers,
    ];

    /// The tab's name in the row of tabs.
    pub fn name(self) -> String {
        match self {
            PlanTab::Plan => t!("library-tab-plan"),
            PlanTab::Triggers => t!("library-tab-triggers"),
            PlanTab::Coping => t!("library-tab-coping"),
            PlanTab::Encounters => t!("library-tab-encounters"),
            PlanTab::Commitments => t!("library-tab-commitments"),
            PlanTab::Medications => t!("library-tab-medications"),
            PlanTab::People => t!("library-tab-people"),
            PlanTab::Meetings => t!("library-tab-meetings"),
            PlanTab::Trackers => t!("library-tab-trackers"),
        }
    }

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
    /// Each commitment's latest uses, newest first (Commitments tab).
    uses: Vec<Use>,
}

/// How many of a commitment's latest uses its tab lists under it.
const RECENT_USES: usize = 3;

impl Library {
    fn ids(&self, tab: PlanTab, cx: &Ctx) -> Vec<Option<i64>> {
        let d = &cx.data;
        match tab {
            PlanTab::Triggers => d.triggers.iter().map(|t| Some(t.id)).collect(),
            PlanTab::Coping => d.coping.iter().map(|c| Some(c.id)).collect(),
            PlanTab::Encounters => self.events.iter().map(|e| Some(e.id)).collect(),
            // A use's row has its id negated, so one cursor moves over both.
            PlanTab::Commitments => d
                .commitments
                .iter()
                .flat_map(|c| {
                    let uses = self.uses.iter().filter(move |u| u.commitment_id == c.id);
                    std::iter::once(Some(c.id)).chain(uses.map(|u| Some(-u.id)))
                })
                .collect(),
            PlanTab::People => d.people.iter().map(|p| Some(p.id)).collect(),
            PlanTab::Meetings => d.meetings.iter().map(|m| Some(m.id)).collect(),
            PlanTab::Plan | PlanTab::Medications | PlanTab::Trackers => vec![],
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

    /// The commitment under the cursor on the Commitments tab (a use's row: its
    /// commitment).
    pub fn commitment(&self, cx: &Ctx) -> Option<i64> {
        let ids = self.ids(PlanTab::Commitments, cx);
        let id = ids.get(self.commitments.index).copied().flatten()?;
        if id > 0 {
            return Some(id);
        }
        self.uses
            .iter()
            .find(|u| u.id == -id)
            .map(|u| u.commitment_id)
    }

    /// Reads what the tab shows that `Ctx` doesn't hold, and keeps its cursor on its record.
    pub fn follow(&mut self, tab: PlanTab, cx: &Ctx, store: &Store) -> Result<()> {
        if tab == PlanTab::Encounters {
            self.events = store.trigger_events(None, None, None)?;
        }
        if tab == PlanTab::People {
            self.to_adopt = store.plan_items_to_adopt()?;
        }
        if tab == PlanTab::Commitments {
            self.uses.clear();
            for c in &cx.data.commitments {
                let recent = store.uses(Some(c.id), c.start_date, cx.today, RECENT_USES)?;
                self.uses.extend(recent);
            }
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
            (Action::Path, PlanTab::Commitments, Some(_)) => {
                let id = self.commitment(cx).unwrap_or_default();
                let c = d.commitments.iter().find(|c| c.id == id);
                let now = d.path_on(id, cx.today);
                c.map(|c| form(PathForm::new(c, now))).unwrap_or_default()
            }
            (Action::Edit | Action::Open, PlanTab::Commitments, Some(id)) if id < 0 => {
                let u = store.use_record(-id)?;
                let rev = store.revision(RecordKind::Use, -id)?;
                let grams = store.drink_grams();
                form(UseForm::edit(cx, &u, grams).at_revision(rev))
            }
            (Action::Delete, PlanTab::Commitments, Some(id)) if id < 0 => {
                ask_delete(RecordKind::Use, -id, store)?
            }
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
            PlanTab::Plan | PlanTab::Medications | PlanTab::Trackers => None,
        };
        Ok(effects.unwrap_or_default())
    }

    pub fn render(&self, tab: PlanTab, cx: &Ctx, f: &mut Frame, area: Rect) {
        let (rows, index, what) = match tab {
            PlanTab::Triggers => (
                trigger_rows(cx),
                self.triggers.index,
                t!("library-triggers"),
            ),
            PlanTab::Coping => (coping_rows(cx), self.coping.index, t!("library-coping")),
            PlanTab::Encounters => (
                self.encounter_rows(cx),
                self.encounters.index,
                t!("library-encounters"),
            ),
            PlanTab::Commitments => (
                self.commitment_rows(cx),
                self.commitments.index,
                t!("library-commitments"),
            ),
            PlanTab::People => (people_rows(cx), self.people.index, t!("library-people")),
            PlanTab::Meetings => (
                meeting_rows(cx),
                self.meetings.index,
                t!("library-meetings"),
            ),
            PlanTab::Plan | PlanTab::Medications | PlanTab::Trackers => return,
        };
        let mut keys: Vec<(&[Action], String)> = vec![
            (&[Action::Add], t!("library-hint-add")),
            (&[Action::Edit], t!("library-hint-correct")),
            (&[Action::Delete], t!("library-hint-delete")),
        ];
        if tab == PlanTab::Commitments {
            keys.push((&[Action::LogUse], t!("library-hint-log-use")));
            keys.push((&[Action::Path], t!("library-hint-path")));
        }
        let title = t!(
            "library-list-title",
            what = what,
            hints = hints(cx, MODE, &keys)
        );
        let area = if tab == PlanTab::People && !self.to_adopt.is_empty() {
            let [offer, rest] =
                Layout::vertical([Constraint::Length(4), Constraint::Min(3)]).areas(area);
            let n = self.to_adopt.len();
            let i = cx.keys.key(MODE, Action::Adopt);
            let words = t!("library-adopt", count = n, key = i);
            f.render_widget(
                para(
                    vec![Line::styled(words, cx.theme.calm())],
                    &t!("library-from-plan"),
                ),
                offer,
            );
            rest
        } else {
            area
        };
        if rows.is_empty() {
            let add = cx.keys.key(MODE, Action::Add);
            let empty = Line::styled(t!("library-empty", key = add), cx.theme.dim());
            return f.render_widget(para(vec![empty], &title), area);
        }
        f.render_widget(list_panel(rows, index, area, &cx.theme, &title), area);
    }

    fn encounter_rows(&self, cx: &Ctx) -> Vec<String> {
        let d = &cx.data;
        let trigger = |id: Option<i64>| {
            id.and_then(|id| d.triggers.iter().find(|t| t.id == id))
                .map_or_else(|| t!("library-an-urge"), |t| t.name.clone())
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
                let row = t!(
                    "library-encounter",
                    when = when,
                    before = e.urge_before,
                    after = after,
                    outcome = Outcome::label(e.outcome),
                    trigger = trigger(e.trigger_id)
                );
                format!("{row}{}", coping(e.coping_id))
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
        PlanTab::Medications => RecordKind::Medication,
        PlanTab::Triggers => RecordKind::Trigger,
        PlanTab::Trackers => RecordKind::Tracker,
    }
}

fn meeting_rows(cx: &Ctx) -> Vec<String> {
    cx.data
        .meetings
        .iter()
        .map(|m| {
            let mut parts = vec![m.name.clone(), m.fellowship.title().to_string()];
            parts.push(crate::domain::MeetingFormat::label(m.format));
            let when = m.when();
            if !when.is_empty() {
                parts.push(when);
            }
            if m.home_group {
                parts.push(t!("library-home-group"));
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
                format!(" · {}", t!("library-emergency-contact"))
            } else {
                String::new()
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
                t!("library-no-coping-step")
            } else {
                format!("→ {}", coping.join(", "))
            };
            let (category, origin) = (
                TriggerCategory::label(tr.category),
                TriggerOrigin::label(tr.origin),
            );
            t!(
                "library-trigger",
                name = &tr.name,
                category = category,
                origin = origin,
                plan = plan
            )
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
                        let by = crate::catalog::decimal(x.abs(), 1);
                        let way = if x >= 0.0 {
                            t!("library-urge-down", by = by)
                        } else {
                            t!("library-urge-up", by = by)
                        };
                        format!(" · {way}")
                    });
                    let used = t!("library-used", count = e.uses, passed = e.passed);
                    format!("  {used}{drop}")
                }
                None => String::new(),
            };
            format!("{}{worked}", c.name)
        })
        .collect()
}

impl Library {
    /// Each commitment (its path, if not abstain), then its latest uses under it:
    /// "2 standard drinks · beer · Tue 1 Dec 20:00".
    fn commitment_rows(&self, cx: &Ctx) -> Vec<String> {
        let mut rows = Vec::new();
        for c in &cx.data.commitments {
            let n = (cx.today - c.start_date).num_days() + 1;
            let mut row = t!(
                "library-commitment",
                name = &c.name,
                since = c.start_date.to_string(),
                days = t!("days", count = n)
            );
            if let Some(p) = cx.data.path_on(c.id, cx.today) {
                row = format!("{row} · {}", p.path.label());
            }
            rows.push(row);
            for u in self.uses.iter().filter(|u| u.commitment_id == c.id) {
                let mut parts = vec![u.unit.amount(u.amount)];
                parts.extend(u.what.clone());
                let day = crate::catalog::date(u.date, crate::catalog::DateForm::WeekdayShort);
                parts.push(format!("{day} {}", u.at.get(11..16).unwrap_or_default()));
                rows.push(format!("    {}", parts.join(" · ")));
            }
        }
        rows
    }
}
