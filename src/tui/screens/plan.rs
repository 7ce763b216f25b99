//! Plan: the relapse-prevention plan by section (add, edit, reorder, delete in place;
//! "If I slip" ends with a quiet line on tolerance after a break), and beside it, one tab each, the triggers, the coping toolbox, the encounters and
//! the commitments (`library`), each a list to add to, correct and delete from; the
//! medications with their doses (`medications`); and the person's own trackers
//! (`trackers`).

use super::library::PlanTab;
use super::{Handled, fit_tabs, form, hints, tab_row};
use crate::domain::{PlanItem, PlanSection, RecordKind, Stage};
use crate::error::Result;
use crate::store::Store;
use crate::tui::action::{Action, Screen};
use crate::tui::forms::PlanItemForm;
use crate::tui::keymap::Mode;
use crate::tui::overlay::{Effect, ask_delete};
use crate::tui::shared::Ctx;
use crate::tui::widgets::{Cursor, list_panel_quiet};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

const MODE: Mode = Mode::Screen(Screen::Plan);

/// One selectable row of the plan: a section heading (to add to it) or an item.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PlanRow {
    Section(PlanSection),
    Item(usize),
}

pub fn plan_rows(plan: &[PlanItem]) -> Vec<PlanRow> {
    let mut rows = Vec::new();
    for s in PlanSection::ALL {
        rows.push(PlanRow::Section(*s));
        rows.extend(
            plan.iter()
                .enumerate()
                .filter(|(_, i)| i.section == *s)
                .map(|(n, _)| PlanRow::Item(n)),
        );
    }
    rows
}

/// Where the quiet line on tolerance after a break goes among `rows`: after the last
/// row of "If I slip".
fn tolerance_at(rows: &[PlanRow], plan: &[PlanItem]) -> usize {
    let slip = |r: &PlanRow| match r {
        PlanRow::Section(s) => *s == PlanSection::IfISlip,
        PlanRow::Item(n) => plan[*n].section == PlanSection::IfISlip,
    };
    rows.iter().rposition(slip).map_or(rows.len(), |i| i + 1)
}

#[derive(Debug, Default)]
pub struct PlanScreen {
    pub tab: PlanTab,
    /// On the plan's rows (sections and items).
    pub rows: Cursor,
    /// The other tabs' lists.
    pub library: super::library::Library,
    /// The Medications tab.
    pub medications: super::medications::MedicationsTab,
    /// The person's own trackers.
    pub trackers: super::trackers::TrackersTab,
}

fn row_ids(cx: &Ctx) -> Vec<Option<i64>> {
    plan_rows(&cx.data.plan)
        .into_iter()
        .map(|r| match r {
            PlanRow::Section(_) => None,
            // A coping step is a strategy: its id is told apart from a line's.
            PlanRow::Item(n) => {
                let i = &cx.data.plan[n];
                Some(if i.coping_id.is_some() { -i.id } else { i.id })
            }
        })
        .collect()
}

/// Moves an item one place within its section; the cursor follows it by its id.
/// (A line of words an older tend added to the coping steps is shown after the chosen
/// strategies: its own place is counted among those lines alone.)
fn move_item(it: &PlanItem, up: bool, plan: &[PlanItem], store: &Store) -> Result<Vec<Effect>> {
    let chosen = plan.iter().filter(|i| i.coping_id.is_some()).count() as u32;
    let at = match (it.coping_id, it.section) {
        (None, PlanSection::CopingSteps) => it.position.saturating_sub(chosen),
        _ => it.position,
    };
    if up && at <= 1 {
        return Ok(vec![]);
    }
    let to = if up { at - 1 } else { at + 1 };
    match it.coping_id {
        Some(c) => store.write(|w| w.plan_coping(c, Some(to)))?,
        None => store.write(|w| w.move_plan_item(it.id, to))?,
    };
    Ok(vec![Effect::Reload])
}

/// Takes a coping step out of the plan: the strategy stays in the toolbox (and with
/// the triggers it helps with); undo puts it back in its place.
fn take_out(coping: i64, cx: &mut Ctx, store: &Store) -> Result<Vec<Effect>> {
    let (before, it) = store.write(|w| {
        w.edit_record(RecordKind::Coping, coping, None, |w| {
            w.plan_coping(coping, None)
        })
    })?;
    cx.remember(before);
    let undo = cx.keys.key(Mode::Screen(Screen::Today), Action::Undo);
    cx.say(t!("plan-coping-taken-out", name = &it.text, key = undo));
    Ok(vec![Effect::Reload])
}

impl PlanScreen {
    /// Re-reads what the screen holds itself and puts each cursor on its record.
    pub fn follow(&mut self, cx: &Ctx, store: &Store) -> Result<()> {
        self.rows.follow(&row_ids(cx));
        self.trackers.follow(cx);
        if self.tab == PlanTab::Medications {
            return self.medications.follow(cx, store);
        }
        self.library.follow(self.tab, cx, store)
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<Handled> {
        if matches!(action, Action::Left | Action::Right) {
            self.tab = self.tab.step(action == Action::Right);
            self.follow(cx, store)?;
            return Ok(Some(vec![]));
        }
        if self.tab == PlanTab::Commitments && action == Action::LogUse {
            let id = self.library.commitment(cx);
            return Ok(Some(super::log_use(cx, store, id)));
        }
        match self.tab {
            PlanTab::Plan if self.rows.apply(action, &row_ids(cx)) => Ok(Some(vec![])),
            PlanTab::Plan => self.plan_key(action, cx, store),
            PlanTab::Medications => self.medications.handle(action, cx, store),
            PlanTab::Trackers => self.trackers.handle(action, cx, store),
            tab => self.library.handle(tab, action, cx, store),
        }
    }

    fn plan_key(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<Handled> {
        let row = plan_rows(&cx.data.plan).get(self.rows.index).copied();
        let item = match row {
            Some(PlanRow::Item(n)) => Some(cx.data.plan[n].clone()),
            _ => None,
        };
        let section = match (row, &item) {
            (Some(PlanRow::Section(s)), _) => Some(s),
            (_, Some(i)) => Some(i.section),
            _ => None,
        };
        let effects = match (action, section, item) {
            (Action::Add | Action::New, Some(s), _) => {
                form(PlanItemForm::new(s, None, &cx.data.people))
            }
            (Action::Open, Some(s), None) => form(PlanItemForm::new(s, None, &cx.data.people)),
            (Action::Edit | Action::Open, _, Some(it)) => {
                form(PlanItemForm::new(it.section, Some(&it), &cx.data.people))
            }
            (Action::Delete, _, Some(it)) => match it.coping_id {
                Some(c) => take_out(c, cx, store)?,
                None => ask_delete(RecordKind::PlanItem, it.id, store)?,
            },
            (Action::MoveUp | Action::MoveDown, _, Some(it)) => {
                return Ok(Some(move_item(
                    &it,
                    action == Action::MoveUp,
                    &cx.data.plan,
                    store,
                )?));
            }
            _ => return Ok(None),
        };
        Ok(Some(effects))
    }

    pub fn render(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let t = &cx.theme;
        let [head, body] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
        let at = PlanTab::ALL
            .iter()
            .position(|x| *x == self.tab)
            .unwrap_or(0);
        let names: Vec<String> = PlanTab::ALL.iter().map(|x| x.name()).collect();
        let mut spans = tab_row(&names, at, t);
        let switch = cx.keys.keys(MODE, &[Action::Left, Action::Right]);
        spans.push(Span::styled(format!(" {switch}"), t.dim()));
        let mut line = Line::from(spans);
        if line.width() > usize::from(head.width) {
            // Narrow: every tab still named, with less room between them.
            let tight: Vec<Span> = line
                .spans
                .iter()
                .map(|s| Span::styled(s.content.trim().to_string() + " ", s.style))
                .collect();
            line = Line::from(tight);
        }
        f.render_widget(fit_tabs(line.spans, at, head.width), head);
        match self.tab {
            PlanTab::Plan => self.plan(cx, f, body),
            PlanTab::Medications => self.medications.render(cx, f, body),
            PlanTab::Trackers => self.trackers.render(cx, f, body),
            tab => self.library.render(tab, cx, f, body),
        }
    }

    fn plan(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let plan = &cx.data.plan;
        let add = cx.keys.key(MODE, Action::Add);
        let all = plan_rows(plan);
        let quiet = (
            tolerance_at(&all, plan),
            format!("  {}", t!("harm-tolerance-after-break")),
        );
        let rows: Vec<String> = all
            .into_iter()
            .map(|r| match r {
                PlanRow::Section(s) => {
                    let empty = !plan.iter().any(|i| i.section == s);
                    let note = if empty {
                        format!("  {}", t!("plan-section-empty", key = &add))
                    } else {
                        String::new()
                    };
                    format!("{}{note}", s.title())
                }
                PlanRow::Item(n) => {
                    let i = &plan[n];
                    let stage = i
                        .stage
                        .map(|x| format!("[{}] ", Stage::label(x)))
                        .unwrap_or_default();
                    let detail = i
                        .detail
                        .as_deref()
                        .map(|d| format!(" — {d}"))
                        .unwrap_or_default();
                    // A line naming a person reads their name and number from the person.
                    let person = i
                        .person_id
                        .and_then(|p| cx.data.people.iter().find(|x| x.id == p));
                    let text = person.map_or(&i.text, |p| &p.name);
                    let phone = person
                        .and_then(|p| p.phone.as_deref())
                        .filter(|ph| !i.detail.as_ref().is_some_and(|d| d.contains(ph)))
                        .map(|ph| format!(" — {ph}"))
                        .unwrap_or_default();
                    format!("  {}. {stage}{text}{phone}{detail}", i.position)
                }
            })
            .collect();
        let keys: [(&[Action], String); 4] = [
            (&[Action::Add], t!("plan-hint-add")),
            (&[Action::Open, Action::Edit], t!("plan-hint-edit")),
            (&[Action::MoveUp, Action::MoveDown], t!("plan-hint-move")),
            (&[Action::Delete], t!("plan-hint-delete")),
        ];
        let title = hints(cx, MODE, &keys);
        let panel = list_panel_quiet(rows, self.rows.index, area, &cx.theme, &title, quiet);
        f.render_widget(panel, area);
    }
}
