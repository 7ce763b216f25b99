//! Plan: the relapse-prevention plan by section (add, edit, reorder, delete in place),
//! and beside it, one tab each, the triggers, the coping toolbox, the encounters and
//! the commitments (`library`), each a list to add to, correct and delete from.

use super::{Handled, tab_row};
use crate::domain::{PlanItem, PlanSection, RecordKind};
use crate::error::Result;
use crate::store::Store;
use crate::tui::action::{Action, Screen};
use crate::tui::forms::{FormView, PlanItemForm};
use crate::tui::keymap::{Hint, Mode};
use crate::tui::overlay::{Effect, Overlay, ask_delete};
use crate::tui::shared::Ctx;
use crate::tui::widgets::{Cursor, list_panel};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

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
}

impl PlanTab {
    const ALL: [PlanTab; 6] = [
        PlanTab::Plan,
        PlanTab::Triggers,
        PlanTab::Coping,
        PlanTab::Encounters,
        PlanTab::Commitments,
        PlanTab::People,
    ];
    const NAMES: [&str; 6] = [
        "My plan",
        "Triggers",
        "Coping",
        "Encounters",
        "Commitments",
        "People",
    ];

    fn step(self, forward: bool) -> PlanTab {
        let i = PlanTab::ALL.iter().position(|x| *x == self).unwrap_or(0);
        let last = PlanTab::ALL.len() - 1;
        PlanTab::ALL[if forward {
            (i + 1).min(last)
        } else {
            i.saturating_sub(1)
        }]
    }
}

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

#[derive(Debug, Default)]
pub struct PlanScreen {
    pub tab: PlanTab,
    /// On the plan's rows (sections and items).
    pub rows: Cursor,
    /// The other tabs' lists.
    pub library: super::library::Library,
}

fn row_ids(cx: &Ctx) -> Vec<Option<i64>> {
    plan_rows(&cx.data.plan)
        .into_iter()
        .map(|r| match r {
            PlanRow::Section(_) => None,
            PlanRow::Item(n) => Some(cx.data.plan[n].id),
        })
        .collect()
}

/// Moves an item one place within its section; the cursor follows it by its id.
fn move_item(it: &PlanItem, up: bool, store: &Store) -> Result<Vec<Effect>> {
    if up && it.position <= 1 {
        return Ok(vec![]);
    }
    let to = if up { it.position - 1 } else { it.position + 1 };
    store.write(|w| w.move_plan_item(it.id, to))?;
    Ok(vec![Effect::Reload])
}

pub fn form(f: impl crate::tui::forms::TypedForm + 'static) -> Vec<Effect> {
    vec![Effect::Push(Overlay::Form(FormView::new(f)))]
}

impl PlanScreen {
    /// Re-reads what the screen holds itself and puts each cursor on its record.
    pub fn follow(&mut self, cx: &Ctx, store: &Store) -> Result<()> {
        self.rows.follow(&row_ids(cx));
        self.library.follow(self.tab, cx, store)
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<Handled> {
        if matches!(action, Action::Left | Action::Right) {
            self.tab = self.tab.step(action == Action::Right);
            self.library.follow(self.tab, cx, store)?;
            return Ok(Some(vec![]));
        }
        match self.tab {
            PlanTab::Plan if self.rows.apply(action, &row_ids(cx)) => Ok(Some(vec![])),
            PlanTab::Plan => self.plan_key(action, cx, store),
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
            (Action::Add | Action::New, Some(s), _) => form(PlanItemForm::new(s, None)),
            (Action::Open, Some(s), None) => form(PlanItemForm::new(s, None)),
            (Action::Edit | Action::Open, _, Some(it)) => {
                form(PlanItemForm::new(it.section, Some(&it)))
            }
            (Action::Delete, _, Some(it)) => ask_delete(RecordKind::PlanItem, it.id, store)?,
            (Action::MoveUp | Action::MoveDown, _, Some(it)) => {
                return Ok(Some(move_item(&it, action == Action::MoveUp, store)?));
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
        let mut spans = tab_row(&PlanTab::NAMES, at, t);
        let switch = cx.keys.keys(MODE, &[Action::Left, Action::Right]);
        spans.push(Span::styled(format!(" {switch}"), t.dim()));
        f.render_widget(Line::from(spans), head);
        match self.tab {
            PlanTab::Plan => self.plan(cx, f, body),
            tab => self.library.render(tab, cx, f, body),
        }
    }

    fn plan(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let plan = &cx.data.plan;
        let add = cx.keys.key(MODE, Action::Add);
        let rows: Vec<String> = plan_rows(plan)
            .into_iter()
            .map(|r| match r {
                PlanRow::Section(s) => {
                    let empty = !plan.iter().any(|i| i.section == s);
                    let note = if empty {
                        format!("  (empty: {add} adds)")
                    } else {
                        String::new()
                    };
                    format!("{}{note}", s.title())
                }
                PlanRow::Item(n) => {
                    let i = &plan[n];
                    let stage = i.stage.map(|x| format!("[{x}] ")).unwrap_or_default();
                    let detail = i
                        .detail
                        .as_deref()
                        .map(|d| format!(" — {d}"))
                        .unwrap_or_default();
                    format!("  {}. {stage}{}{detail}", i.position, i.text)
                }
            })
            .collect();
        let hints = [
            Hint::Keys(&[Action::Add], "add"),
            Hint::Keys(&[Action::Open, Action::Edit], "edit"),
            Hint::Keys(&[Action::MoveUp, Action::MoveDown], "move"),
            Hint::Keys(&[Action::Delete], "delete"),
        ];
        let title = cx.keys.hints(MODE, &hints);
        f.render_widget(
            list_panel(rows, self.rows.index, area.height, &cx.theme, &title),
            area,
        );
    }
}
