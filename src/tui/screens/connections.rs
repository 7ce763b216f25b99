//! Connections: meetings a week for twelve weeks by format, days since each key person
//! against their keep-in-touch goal (overdue first), the mix by role, mood around
//! meetings and service hours, and the recent connections, which can be logged,
//! corrected and deleted here.

use super::{Handled, form, hints};
use crate::catalog::{DateForm, date};
use crate::domain::{
    Connection, MeetingFormat, Ninety, RecordKind, Role, meetings_per_week, mood_around_meetings,
    ninety, service_minutes_by_month,
};
use crate::error::Result;
use crate::store::Store;
use crate::tui::action::{Action, Screen};
use crate::tui::forms::ConnectionForm;
use crate::tui::keymap::Mode;
use crate::tui::overlay::ask_delete;
use crate::tui::shared::Ctx;
use crate::tui::widgets::{Cursor, list_panel, para, para_in, wrapped_rows};
use chrono::Duration;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

const MODE: Mode = Mode::Screen(Screen::Connections);
/// Connections the list reads, newest first.
const RECENT: usize = 300;

#[derive(Debug, Default)]
pub struct ConnectionsScreen {
    cursor: Cursor,
    /// The newest connections, for the list.
    recent: Vec<Connection>,
    /// The last twelve weeks' connections, for the figures.
    weeks: Vec<Connection>,
    /// The "90 in 90", when the person tracks one.
    ninety: Option<Ninety>,
}

/// The form logging a new connection, now.
pub fn log_one(cx: &Ctx, store: &Store) -> Vec<crate::tui::overlay::Effect> {
    let now = store.clock().now().format("%Y-%m-%d %H:%M").to_string();
    form(ConnectionForm::new(&cx.data, None, &now))
}

impl ConnectionsScreen {
    /// Reads the list and the weeks again; the cursor stays on its connection.
    pub fn follow(&mut self, cx: &Ctx, store: &Store) -> Result<()> {
        self.recent = store.connections(None, None, Some(RECENT))?;
        let from = crate::domain::time::week_start(cx.today) - Duration::weeks(11);
        self.weeks = store.connections(Some(from), Some(cx.today), None)?;
        self.ninety = match cx.prefs.ninety_from {
            Some(start) => {
                let end = (start + Duration::days(89)).min(cx.today);
                ninety(
                    &store.connections(Some(start), Some(end), None)?,
                    start,
                    cx.today,
                )
            }
            None => None,
        };
        let ids = self.ids();
        self.cursor.follow(&ids);
        Ok(())
    }

    fn ids(&self) -> Vec<Option<i64>> {
        self.recent.iter().map(|c| Some(c.id)).collect()
    }

    pub fn handle(&mut self, action: Action, cx: &Ctx, store: &Store) -> Result<Handled> {
        if self.cursor.apply(action, &self.ids()) {
            return Ok(Some(vec![]));
        }
        let selected = self.recent.get(self.cursor.index);
        let effects = match (action, selected) {
            (Action::Add | Action::New, _) => log_one(cx, store),
            (Action::Edit | Action::Open, Some(c)) => {
                let rev = store.revision(RecordKind::Connection, c.id)?;
                let now = store.clock().now().format("%Y-%m-%d %H:%M").to_string();
                form(ConnectionForm::new(&cx.data, Some(c), &now).at_revision(rev))
            }
            (Action::Delete, Some(c)) => ask_delete(RecordKind::Connection, c.id, store)?,
            _ => return Ok(None),
        };
        Ok(Some(effects))
    }

    pub fn render(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        // The two panels as tall as their words (the list below keeps 6 rows at least).
        let (week_lines, people_lines) = (self.week_lines(cx), people_lines(cx, &self.weeks));
        let half = area.width / 2;
        let need = wrapped_rows(&week_lines, half.saturating_sub(2))
            .max(wrapped_rows(&people_lines, half.saturating_sub(2))) as u16
            + 2;
        let h = need
            .max((area.height * 55).div_ceil(100))
            .min(area.height.saturating_sub(6));
        let [top, bottom] =
            Layout::vertical([Constraint::Length(h), Constraint::Min(0)]).areas(area);
        let [weeks, people] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(top);
        let title = t!("connections-weeks");
        f.render_widget(para_in(week_lines, &title, weeks, 0), weeks);
        let title = t!("connections-people");
        f.render_widget(para_in(people_lines, &title, people, 0), people);
        self.list(cx, f, bottom);
    }

    /// Twelve weeks of meetings as bars, this week first, with the format mix; the mood
    /// around meetings and this month's service above them.
    fn week_lines(&self, cx: &Ctx) -> Vec<Line<'static>> {
        let t = &cx.theme;
        let weeks = meetings_per_week(&self.weeks, &cx.data.meetings, cx.today, 12);
        let mut lines = Vec::new();
        if let Some(n) = &self.ninety {
            let strip: String = n
                .attended
                .iter()
                .map(|a| if *a { '●' } else { '·' })
                .collect();
            let meetings = t!("connections-meetings", count = n.meetings);
            lines.push(Line::styled(
                t!(
                    "connections-ninety",
                    day = n.day,
                    meetings = meetings,
                    strip = strip
                ),
                t.accent(),
            ));
        }
        if let Some((before, after, n)) = mood_around_meetings(&self.weeks) {
            lines.push(Line::styled(
                t!(
                    "connections-mood-around",
                    before = crate::catalog::decimal(before, 1),
                    after = crate::catalog::decimal(after, 1),
                    meetings = t!("connections-meetings", count = n)
                ),
                t.calm(),
            ));
        }
        let service: Vec<String> = service_minutes_by_month(&self.weeks)
            .iter()
            .rev()
            .take(3)
            .map(|(month, minutes)| {
                let hours = crate::catalog::decimal(f64::from(*minutes) / 60.0, 1);
                let month = date(*month, DateForm::MonthAbbr);
                t!("connections-service-month", month = month, hours = hours)
            })
            .collect();
        if !service.is_empty() {
            lines.push(Line::styled(
                t!("connections-service", months = service.join(" · ")),
                t.calm(),
            ));
        }
        for (monday, n) in weeks.iter().rev() {
            let total: u32 = n.iter().sum();
            let mix: Vec<String> = MeetingFormat::ALL
                .iter()
                .zip(n)
                .filter(|(_, c)| **c > 0)
                .map(|(f, c)| {
                    t!(
                        "connections-format-count",
                        count = *c,
                        format = MeetingFormat::label(*f)
                    )
                })
                .collect();
            let bar = "■".repeat(total.min(14) as usize);
            let label = date(*monday, DateForm::DayMonShort);
            let mix = if mix.is_empty() {
                String::new()
            } else {
                format!("  {}", mix.join(", "))
            };
            lines.push(Line::from(format!("{label:>6} {bar}{mix}")));
        }
        lines
    }

    fn list(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let keys: [(&[Action], String); 3] = [
            (&[Action::Add], t!("connections-hint-log")),
            (&[Action::Edit], t!("connections-hint-correct")),
            (&[Action::Delete], t!("connections-hint-delete")),
        ];
        let title = t!("connections-recent", hints = hints(cx, MODE, &keys));
        if self.recent.is_empty() {
            let o = cx.keys.key(MODE, Action::Connect);
            let none = Line::styled(t!("connections-none-logged", key = o), cx.theme.dim());
            return f.render_widget(para(vec![none], &title), area);
        }
        let d = &cx.data;
        let rows: Vec<String> = self
            .recent
            .iter()
            .map(|c| c.describe(&d.meetings, &d.people, false))
            .collect();
        f.render_widget(
            list_panel(rows, self.cursor.index, area, &cx.theme, &title),
            area,
        );
    }
}

/// Days since each key person (overdue first), then the mix by role over the weeks.
fn people_lines(cx: &Ctx, weeks: &[Connection]) -> Vec<Line<'static>> {
    let t = &cx.theme;
    let mut lines = Vec::new();
    if cx.data.contacts.is_empty() {
        lines.push(Line::styled(t!("connections-no-contacts"), t.dim()));
    }
    for c in &cx.data.contacts {
        let since = match c.days_since {
            Some(0) => t!("connections-today"),
            Some(n) => t!("connections-ago", days = t!("days", count = n)),
            None => t!("connections-not-logged"),
        };
        let goal = c.every.map_or(String::new(), |n| {
            let every = t!("connections-every", days = t!("days", count = i64::from(n)));
            format!(" · {every}")
        });
        let text = format!("{} · {since}{goal}", c.name);
        lines.push(if c.overdue {
            let reach = t!("connections-reach-out");
            Line::styled(format!("{text} · {reach}"), t.accent())
        } else {
            Line::from(text)
        });
    }
    let mut roles: Vec<(Role, usize)> = Vec::new();
    for e in weeks {
        for p in e
            .person_ids
            .iter()
            .filter_map(|id| cx.data.people.iter().find(|p| p.id == *id))
        {
            for r in &p.roles {
                match roles.iter_mut().find(|(x, _)| x == r) {
                    Some((_, n)) => *n += 1,
                    None => roles.push((*r, 1)),
                }
            }
        }
    }
    if !roles.is_empty() {
        let mix: Vec<String> = roles
            .iter()
            .map(|(r, n)| t!("connections-role-count", role = Role::label(*r), count = *n))
            .collect();
        lines.push(Line::styled(
            t!("connections-by-role", roles = mix.join(" · ")),
            t.calm(),
        ));
    }
    lines
}
