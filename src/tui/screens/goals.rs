//! Goals: the list with this week's progress, the selected goal's why and its week or
//! steps, and its progress marks; add, edit, delete, log today (or the next step),
//! change status, and correct or delete a mark. Every action finds the goal under the
//! cursor by its id, so a re-sort never redirects it.

use super::{Handled, hints};
use crate::catalog::{DateForm, date};
use crate::domain::{Goal, GoalKind, GoalLog, GoalStatus, RecordKind};
use crate::error::Result;
use crate::store::Store;
use crate::tui::action::{Action, Screen};
use crate::tui::forms::{FormView, GoalForm, GoalMarkForm};
use crate::tui::keymap::Mode;
use crate::tui::overlay::{Effect, Overlay, ask_delete};
use crate::tui::shared::Ctx;
use crate::tui::widgets::{Cursor, list_panel, para};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

#[derive(Debug, Default)]
pub struct GoalsScreen {
    pub cursor: Cursor,
    /// Keys go to the selected goal's progress marks (→), not the goals (←).
    pub on_marks: bool,
    pub marks: Cursor,
    /// The selected goal's progress marks, newest first.
    logs: Vec<GoalLog>,
}

fn ids(cx: &Ctx) -> Vec<Option<i64>> {
    cx.data.goals.iter().map(|(g, _, _)| Some(g.id)).collect()
}

impl GoalsScreen {
    /// After a reload the cursor stays on its goal, wherever it sorted to, and the
    /// goal's marks are read again.
    pub fn follow(&mut self, cx: &Ctx, store: &Store) -> Result<()> {
        self.cursor.follow(&ids(cx));
        self.load_marks(store)
    }

    fn load_marks(&mut self, store: &Store) -> Result<()> {
        self.logs = match self.cursor.id {
            Some(id) => store.goal_logs(id, None)?,
            None => Vec::new(),
        };
        self.logs
            .sort_by(|a, b| b.date.cmp(&a.date).then(b.id.cmp(&a.id)));
        let ids: Vec<Option<i64>> = self.logs.iter().map(|l| Some(l.id)).collect();
        self.marks.follow(&ids);
        self.on_marks &= !self.logs.is_empty();
        Ok(())
    }

    /// Keys on the selected goal's marks: move, correct, delete.
    fn marks_key(&mut self, action: Action, store: &Store) -> Result<Handled> {
        let ids: Vec<Option<i64>> = self.logs.iter().map(|l| Some(l.id)).collect();
        if self.marks.apply(action, &ids) {
            return Ok(Some(vec![]));
        }
        let mark = self.logs.get(self.marks.index);
        Ok(match (action, mark) {
            (Action::Left, _) => {
                self.on_marks = false;
                Some(vec![])
            }
            (Action::Edit | Action::Open, Some(m)) => {
                Some(vec![Effect::Push(Overlay::Form(FormView::new(
                    GoalMarkForm::new(m).at_revision(store.revision(RecordKind::GoalMark, m.id)?),
                )))])
            }
            (Action::Delete, Some(m)) => Some(ask_delete(RecordKind::GoalMark, m.id, store)?),
            _ => None,
        })
    }

    fn selected<'a>(&self, cx: &'a Ctx) -> Option<&'a Goal> {
        let id = self.cursor.id?;
        cx.data.goals.iter().map(|(g, _, _)| g).find(|g| g.id == id)
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<Handled> {
        if self.on_marks {
            return self.marks_key(action, store);
        }
        if self.cursor.apply(action, &ids(cx)) {
            self.marks = Cursor::default();
            self.load_marks(store)?;
            return Ok(Some(vec![]));
        }
        let selected = self.selected(cx).cloned();
        let form = |f: GoalForm| vec![Effect::Push(Overlay::Form(FormView::new(f)))];
        let effects = match (action, selected) {
            (Action::Right, Some(_)) if !self.logs.is_empty() => {
                self.on_marks = true;
                vec![]
            }
            (Action::Delete, Some(g)) => ask_delete(RecordKind::Goal, g.id, store)?,
            (Action::Add | Action::New, _) => form(GoalForm::new(None)),
            (Action::Edit, Some(g)) => form(GoalForm::new(Some(&g))),
            (Action::Toggle, Some(g)) => log_today(&g, cx, store)?,
            (Action::Open, Some(g)) => match next_step(&g, cx) {
                Some(step) => {
                    let form = GoalMarkForm::log(&g, step, cx.today);
                    vec![Effect::Push(Overlay::Form(FormView::new(form)))]
                }
                None => vec![],
            },
            (Action::Status, Some(g)) => {
                let all = GoalStatus::ALL;
                let at = all.iter().position(|s| *s == g.status).unwrap_or(0);
                let next = all[(at + 1) % all.len()];
                store.write(|w| w.set_goal_status(g.id, next))?;
                cx.say(t!(
                    "goals-status-now",
                    title = &g.title,
                    status = next.label()
                ));
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
            let add = cx.keys.key(mode, Action::Add);
            let lines = vec![Line::from(t!("goals-empty", key = add))];
            f.render_widget(para(lines, &t!("goals-title")), area);
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
                    GoalKind::Habit => t!("goals-habit", done = p.done, target = p.target),
                    GoalKind::Milestone => {
                        t!("goals-milestone", done = p.done, target = p.target)
                    }
                };
                let (status, domain) = (g.status.label(), g.domain.title());
                format!("{status:<9} {domain:<10} {}  ({measure})", g.title)
            })
            .collect();
        let keys: [(&[Action], String); 6] = [
            (&[Action::Add], t!("goals-hint-add")),
            (&[Action::Edit], t!("goals-hint-edit")),
            (&[Action::Toggle], t!("goals-hint-log-today")),
            (&[Action::Open], t!("goals-hint-log-day")),
            (&[Action::Status], t!("goals-hint-status")),
            (&[Action::Delete], t!("goals-hint-delete")),
        ];
        let title = t!("goals-list-title", hints = hints(cx, mode, &keys));
        f.render_widget(list_panel(rows, self.cursor.index, top, t, &title), top);
        if let Some((g, _, dates)) = cx.data.goals.get(self.cursor.index) {
            let [about, marks] =
                Layout::horizontal([Constraint::Min(30), Constraint::Length(28)]).areas(bottom);
            f.render_widget(para(details(g, dates, cx), &g.title), about);
            self.render_marks(cx, f, marks);
        }
    }

    fn render_marks(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let mode = Mode::Screen(Screen::Goals);
        let rows: Vec<String> = self
            .logs
            .iter()
            .map(|l| {
                let note = l.note.clone().unwrap_or_else(|| t!("goals-mark-done"));
                format!("{}  {note}", l.date)
            })
            .collect();
        let title = if self.on_marks {
            let keys: [(&[Action], String); 3] = [
                (&[Action::Edit], t!("goals-hint-correct")),
                (&[Action::Delete], t!("goals-hint-delete")),
                (&[Action::Left], t!("goals-hint-back")),
            ];
            t!("goals-marks-title", hints = hints(cx, mode, &keys))
        } else {
            t!(
                "goals-marks-to-correct",
                key = cx.keys.key(mode, Action::Right)
            )
        };
        if rows.is_empty() {
            let none = Line::styled(t!("goals-no-marks"), cx.theme.dim());
            return f.render_widget(para(vec![none], &t!("goals-marks")), area);
        }
        let panel = list_panel(rows, self.marks.index, area, &cx.theme, &title);
        f.render_widget(panel, area);
    }
}

/// What a new mark on the goal completes: `Some(None)` for a habit, `Some(step)` for a
/// milestone's next step; `None` (said on the status line) when every step is done.
fn next_step(g: &Goal, cx: &mut Ctx) -> Option<Option<u32>> {
    let step = g
        .steps
        .iter()
        .find(|s| s.done_on.is_none())
        .map(|s| s.position);
    if g.kind == GoalKind::Milestone && step.is_none() {
        let s = cx.keys.key(Mode::Screen(Screen::Goals), Action::Status);
        cx.say(t!("goals-every-step-done", key = s));
        return None;
    }
    Some(step)
}

/// Logs the goal for today: a habit's day, or a milestone's next step.
fn log_today(g: &Goal, cx: &mut Ctx, store: &Store) -> Result<Vec<Effect>> {
    let Some(step) = next_step(g, cx) else {
        return Ok(vec![]);
    };
    let done_today = cx
        .data
        .goals
        .iter()
        .any(|(x, _, dates)| x.id == g.id && dates.contains(&cx.today));
    if g.kind == GoalKind::Habit && done_today {
        let right = cx.keys.key(Mode::Screen(Screen::Goals), Action::Right);
        cx.say(t!("goals-already-logged", title = &g.title, key = right));
        return Ok(vec![]);
    }
    store.write(|w| w.log_goal(g.id, cx.today, None, step))?;
    cx.say(match step {
        Some(n) => t!("goals-step-done", step = n, title = &g.title),
        None => t!("goals-logged", title = &g.title),
    });
    Ok(vec![Effect::Reload])
}

/// Why the goal matters, then this week's days (a habit) or its steps (a milestone).
fn details(g: &Goal, dates: &[chrono::NaiveDate], cx: &Ctx) -> Vec<Line<'static>> {
    let t = &cx.theme;
    let mut lines = Vec::new();
    if let Some(w) = &g.why {
        lines.push(Line::styled(t!("goals-why", why = w), t.calm()));
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
                    let name = date(day, DateForm::WeekdayAbbr);
                    Span::styled(format!(" {name} {mark} "), style)
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
