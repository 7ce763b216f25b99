//! Plan: the relapse-prevention plan by section (add, edit, reorder, delete in place),
//! and triggers with their coping steps and how well each has worked.

use super::{Handled, tab_row};
use crate::domain::{PlanItem, PlanSection};
use crate::error::Result;
use crate::store::Store;
use crate::tui::action::{Action, Screen};
use crate::tui::forms::{FormView, PlanItemForm, TriggerForm};
use crate::tui::keymap::{Hint, Mode};
use crate::tui::overlay::{Ask, Effect, Overlay};
use crate::tui::shared::Ctx;
use crate::tui::widgets::{Cursor, list, para};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

const MODE: Mode = Mode::Screen(Screen::Plan);

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub enum PlanTab {
    #[default]
    Plan,
    Triggers,
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
    pub triggers: Cursor,
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

fn trigger_ids(cx: &Ctx) -> Vec<Option<i64>> {
    cx.data.triggers.iter().map(|t| Some(t.id)).collect()
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

fn form(f: impl crate::tui::forms::TypedForm + 'static) -> Vec<Effect> {
    vec![Effect::Push(Overlay::Form(FormView::new(f)))]
}

impl PlanScreen {
    pub fn follow(&mut self, cx: &Ctx) {
        self.rows.follow(&row_ids(cx));
        self.triggers.follow(&trigger_ids(cx));
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<Handled> {
        let down = action == Action::Down;
        match (action, self.tab) {
            (Action::Left, _) => self.tab = PlanTab::Plan,
            (Action::Right, _) => self.tab = PlanTab::Triggers,
            (Action::Up | Action::Down, PlanTab::Plan) => self.rows.step(down, &row_ids(cx)),
            (Action::Up | Action::Down, PlanTab::Triggers) => {
                self.triggers.step(down, &trigger_ids(cx))
            }
            (Action::Add | Action::New, PlanTab::Triggers) => {
                return Ok(Some(form(TriggerForm::new())));
            }
            (_, PlanTab::Plan) => return self.plan_key(action, cx, store),
            _ => return Ok(None),
        }
        Ok(Some(vec![]))
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
            (Action::Delete, _, Some(it)) => {
                vec![Effect::Push(Overlay::Confirm(Ask::DeletePlanItem(it.id)))]
            }
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
        let current = match self.tab {
            PlanTab::Plan => 0,
            PlanTab::Triggers => 1,
        };
        let mut spans = tab_row(&["My plan", "Triggers and coping"], current, t);
        let switch = cx.keys.keys(MODE, &[Action::Left, Action::Right]);
        spans.push(Span::styled(format!("  {switch} switch"), t.dim()));
        f.render_widget(Line::from(spans), head);
        match self.tab {
            PlanTab::Plan => self.plan(cx, f, body),
            PlanTab::Triggers => self.triggers(cx, f, body),
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
            para(list(rows, self.rows.index, area.height, &cx.theme), &title),
            area,
        );
    }

    fn triggers(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let (d, t) = (&cx.data, &cx.theme);
        let [top, bottom] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(area);
        let name = |id: i64| {
            d.coping
                .iter()
                .find(|c| c.id == id)
                .map_or("?".to_string(), |c| c.name.clone())
        };
        let rows: Vec<String> = d
            .triggers
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
            .collect();
        let lines = if rows.is_empty() {
            vec![Line::from(format!(
                "No triggers named yet. Press {} to add one with a coping step.",
                cx.keys.key(MODE, Action::Add)
            ))]
        } else {
            list(rows, self.triggers.index, top.height, t)
        };
        let add = cx.keys.hints(MODE, &[Hint::Keys(&[Action::Add], "add")]);
        f.render_widget(para(lines, &format!("Triggers · {add}")), top);
        let mut effects: Vec<_> = d.effects.iter().filter(|e| e.uses > 0).collect();
        effects.sort_by(|a, b| {
            b.mean_urge_drop
                .unwrap_or(0.0)
                .total_cmp(&a.mean_urge_drop.unwrap_or(0.0))
        });
        let mut lines: Vec<Line> = effects
            .iter()
            .map(|e| {
                let drop = e
                    .mean_urge_drop
                    .map_or("–".into(), |x| format!("{x:+.1}").replace('+', "−"));
                Line::from(format!(
                    "  {:<24} urge {drop} on average · used {} times · {} passed",
                    name(e.coping_id),
                    e.uses,
                    e.passed
                ))
            })
            .collect();
        if lines.is_empty() {
            lines.push(Line::styled(
                "  Log encounters (or use the urge-surfing timer) to see what works for you.",
                t.dim(),
            ));
        }
        f.render_widget(para(lines, "What has worked"), bottom);
    }
}
