//! Goals: the list with this week's progress, the selected goal's why and its week or
//! steps; add, edit, log today (or the next step) and change status. Every action
//! finds the goal under the cursor by its id, so a re-sort never redirects it.

use super::Handled;
use crate::domain::{Goal, GoalKind, GoalStatus};
use crate::error::Result;
use crate::store::Store;
use crate::tui::action::{Action, Screen};
use crate::tui::forms::{FormView, GoalForm};
use crate::tui::keymap::{Hint, Mode};
use crate::tui::overlay::{Effect, Overlay};
use crate::tui::shared::Ctx;
use crate::tui::widgets::{Cursor, list, para};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

#[derive(Debug, Default)]
pub struct GoalsScreen {
    pub cursor: Cursor,
}

fn ids(cx: &Ctx) -> Vec<Option<i64>> {
    cx.data.goals.iter().map(|(g, _, _)| Some(g.id)).collect()
}

impl GoalsScreen {
    /// After a reload the cursor stays on its goal, wherever it sorted to.
    pub fn follow(&mut self, cx: &Ctx) {
        self.cursor.follow(&ids(cx));
    }

    fn selected<'a>(&self, cx: &'a Ctx) -> Option<&'a Goal> {
        let id = self.cursor.id?;
        cx.data.goals.iter().map(|(g, _, _)| g).find(|g| g.id == id)
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<Handled> {
        let selected = self.selected(cx).cloned();
        let form = |f: GoalForm| vec![Effect::Push(Overlay::Form(FormView::new(f)))];
        let effects = match (action, selected) {
            (Action::Up | Action::Down, _) => {
                self.cursor.step(action == Action::Down, &ids(cx));
                vec![]
            }
            (Action::Add | Action::New, _) => form(GoalForm::new(None)),
            (Action::Edit, Some(g)) => form(GoalForm::new(Some(&g))),
            (Action::Open | Action::Toggle, Some(g)) => log_today(&g, cx, store)?,
            (Action::Status, Some(g)) => {
                let all = GoalStatus::ALL;
                let at = all.iter().position(|s| *s == g.status).unwrap_or(0);
                let next = all[(at + 1) % all.len()];
                store.write(|w| w.set_goal_status(g.id, next))?;
                cx.say(format!("“{}” is now {}.", g.title, next.label()));
                vec![Effect::Reload]
            }
            _ => return Ok(None),
        };
        Ok(Some(effects))
    }

    pub fn render(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let t = &cx.theme;
        let mode = Mode::Screen(Screen::Goals);
        if cx.data.goals.is_empty() {
            let lines = vec![Line::from(format!(
                "No goals yet. Press {} to add one: a habit (times a week) or a milestone (steps).",
                cx.keys.key(mode, Action::Add)
            ))];
            f.render_widget(para(lines, "Goals"), area);
            return;
        }
        let [top, bottom] =
            Layout::vertical([Constraint::Min(5), Constraint::Length(7)]).areas(area);
        let rows: Vec<String> = cx
            .data
            .goals
            .iter()
            .map(|(g, p, _)| {
                let measure = match g.kind {
                    GoalKind::Habit => format!("{}/{} this week", p.done, p.target),
                    GoalKind::Milestone => format!("{}/{} steps", p.done, p.target),
                };
                let (status, domain) = (g.status.label(), g.domain.title());
                format!("{status:<9} {domain:<10} {}  ({measure})", g.title)
            })
            .collect();
        let hints = [
            Hint::Keys(&[Action::Add], "add"),
            Hint::Keys(&[Action::Edit], "edit"),
            Hint::Keys(&[Action::Toggle], "log today"),
            Hint::Keys(&[Action::Status], "status"),
        ];
        let title = format!("Goals · {}", cx.keys.hints(mode, &hints));
        let rows = list(rows, self.cursor.index, top.height, t);
        f.render_widget(para(rows, &title), top);
        if let Some((g, _, dates)) = cx.data.goals.get(self.cursor.index) {
            f.render_widget(para(details(g, dates, cx), &g.title), bottom);
        }
    }
}

/// Logs the goal for today: a habit's day, or a milestone's next step.
fn log_today(g: &Goal, cx: &mut Ctx, store: &Store) -> Result<Vec<Effect>> {
    let step = g
        .steps
        .iter()
        .find(|s| s.done_on.is_none())
        .map(|s| s.position);
    if g.kind == GoalKind::Milestone && step.is_none() {
        let s = cx.keys.key(Mode::Screen(Screen::Goals), Action::Status);
        cx.say(format!(
            "Every step is done. Press {s} to mark it achieved."
        ));
        return Ok(vec![]);
    }
    store.write(|w| w.log_goal(g.id, cx.today, None, step))?;
    cx.say(match step {
        Some(n) => format!("Step {n} of “{}” done. Well done.", g.title),
        None => format!("Logged “{}” for today. Well done.", g.title),
    });
    Ok(vec![Effect::Reload])
}

/// Why the goal matters, then this week's days (a habit) or its steps (a milestone).
fn details(g: &Goal, dates: &[chrono::NaiveDate], cx: &Ctx) -> Vec<Line<'static>> {
    let t = &cx.theme;
    let mut lines = Vec::new();
    if let Some(w) = &g.why {
        lines.push(Line::styled(format!("Why: {w}"), t.calm()));
    }
    match g.kind {
        GoalKind::Habit => {
            let start = crate::domain::time::week_start(cx.today);
            let days: Vec<Span> = (0..7)
                .map(|i| {
                    let day = start + chrono::Duration::days(i);
                    let mark = if dates.contains(&day) {
                        "✓"
                    } else if day > cx.today {
                        " "
                    } else {
                        "·"
                    };
                    let style = if day == cx.today {
                        t.accent()
                    } else {
                        Style::new()
                    };
                    Span::styled(format!(" {} {mark} ", day.format("%a")), style)
                })
                .collect();
            lines.push(Line::from(days));
        }
        GoalKind::Milestone => {
            for s in &g.steps {
                let mark = s.done_on.map_or("[ ]".to_string(), |d| format!("[x] {d}"));
                lines.push(Line::from(format!("  {}. {} {mark}", s.position, s.title)));
            }
        }
    }
    lines
}
