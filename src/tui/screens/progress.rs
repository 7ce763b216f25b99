//! Progress: headline figures, mood/craving/domain charts over 30/90/365 days, a year
//! calendar, milestones, and the growth timeline. No red, no "reset".

mod calendar;
mod charts;

use super::{Handled, tab_row};
use crate::domain::{RecordKind, Setback, days, run_words};
use crate::error::Result;
use crate::store::Store;
use crate::tui::action::{Action, Screen};
use crate::tui::forms::{FormView, GrowthForm};
use crate::tui::keymap::{Hint, Mode};
use crate::tui::overlay::{Effect, Overlay, ask_delete};
use crate::tui::selfcheck::Taking;
use crate::tui::shared::Ctx;
use crate::tui::widgets::{Cursor, list_panel, para, wrapped_rows};
pub use charts::Measure;
use chrono::{Duration, NaiveDate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

const MODE: Mode = Mode::Screen(Screen::Progress);

/// The Progress screen's views, ←→ in this order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ProgressTab {
    #[default]
    Days30,
    Days90,
    Days365,
    Calendar,
    Timeline,
    SelfChecks,
}

impl ProgressTab {
    pub const ALL: [ProgressTab; 6] = [
        ProgressTab::Days30,
        ProgressTab::Days90,
        ProgressTab::Days365,
        ProgressTab::Calendar,
        ProgressTab::Timeline,
        ProgressTab::SelfChecks,
    ];

    pub fn title(self) -> &'static str {
        match self {
            ProgressTab::Days30 => "30 days",
            ProgressTab::Days90 => "90 days",
            ProgressTab::Days365 => "365 days",
            ProgressTab::Calendar => "Year calendar",
            ProgressTab::Timeline => "Growth timeline",
            ProgressTab::SelfChecks => "Self-checks",
        }
    }

    fn step(self, forward: bool) -> ProgressTab {
        let i = self as usize;
        let last = ProgressTab::ALL.len() - 1;
        ProgressTab::ALL[if forward {
            (i + 1).min(last)
        } else {
            i.saturating_sub(1)
        }]
    }
}

#[derive(Debug, Default)]
pub struct ProgressScreen {
    pub tab: ProgressTab,
    /// The scale under the cursor on the self-checks view.
    pub scale: usize,
    /// The growth entry under the cursor on the timeline (newest first).
    pub growth: Cursor,
    /// Every growth entry, newest first (one dated after today, stored by an older
    /// tend, too, so it can be put right).
    entries: Vec<Setback>,
    /// The result under the cursor in the selected scale's history (newest first).
    pub results: Cursor,
    /// What the 30/90/365-day charts show (↑↓ there).
    pub measure: Measure,
    /// The day under the calendar's cursor while walking its days.
    pub day: Option<NaiveDate>,
    /// That day's journal titles.
    day_titles: Vec<String>,
}

impl ProgressScreen {
    /// The self-checks view with a scale selected.
    pub fn self_checks(scale: usize) -> ProgressScreen {
        ProgressScreen {
            tab: ProgressTab::SelfChecks,
            scale,
            ..ProgressScreen::default()
        }
    }

    fn growth_ids(&self) -> Vec<Option<i64>> {
        self.entries.iter().map(|s| Some(s.id)).collect()
    }

    pub fn follow(&mut self, cx: &Ctx, store: &Store) -> Result<()> {
        self.entries = store.setbacks(None, None)?;
        self.entries.reverse();
        self.growth.follow(&self.growth_ids());
        self.results
            .follow(&super::selfchecks::result_ids(cx, self.scale));
        Ok(())
    }

    /// On the timeline: move, correct or delete the growth entry under the cursor.
    fn timeline_key(&mut self, action: Action, cx: &Ctx, store: &Store) -> Result<Handled> {
        let ids = self.growth_ids();
        if self.growth.apply(action, &ids) {
            return Ok(Some(vec![]));
        }
        let Some(id) = ids.get(self.growth.index).copied().flatten() else {
            return Ok(None);
        };
        let entry = self.entries.iter().find(|s| s.id == id);
        Ok(match (action, entry) {
            (Action::Edit | Action::Open, Some(s)) => {
                let rev = store.revision(RecordKind::Growth, s.id)?;
                let form = FormView::new(GrowthForm::edit(&cx.data, s).at_revision(rev));
                Some(vec![Effect::Push(Overlay::Form(form))])
            }
            (Action::Delete, Some(_)) => Some(ask_delete(RecordKind::Growth, id, store)?),
            _ => None,
        })
    }

    /// The keys' mode: walking the calendar's days, or the screen's own.
    pub fn mode(&self) -> Mode {
        if self.tab == ProgressTab::Calendar && self.day.is_some() {
            Mode::DayCursor
        } else {
            MODE
        }
    }

    /// On the calendar: Enter starts the day cursor, the arrows move it (a week left
    /// and right, a day up and down), Esc leaves it.
    fn calendar_key(&mut self, action: Action, cx: &Ctx, store: &Store) -> Result<Handled> {
        let Some(day) = self.day else {
            if action != Action::Open {
                return Ok(None);
            }
            return self.walk_to(cx.today, store);
        };
        let to = match action {
            Action::Left => day - Duration::weeks(1),
            Action::Right => day + Duration::weeks(1),
            Action::Up => day - Duration::days(1),
            Action::Down => day + Duration::days(1),
            Action::Back => {
                self.day = None;
                return Ok(Some(vec![]));
            }
            _ => return Ok(None),
        };
        let first = cx.today - Duration::days(364);
        self.walk_to(to.clamp(first, cx.today), store)
    }

    fn walk_to(&mut self, day: NaiveDate, store: &Store) -> Result<Handled> {
        let filter = crate::store::JournalFilter {
            from: Some(day),
            to: Some(day),
            ..Default::default()
        };
        self.day_titles = store
            .journal(&filter)?
            .iter()
            .map(|e| {
                let t = e.title.as_deref().unwrap_or(&e.body);
                crate::domain::one_line(t, 40)
            })
            .collect();
        self.day = Some(day);
        Ok(Some(vec![]))
    }

    pub fn handle(&mut self, action: Action, cx: &Ctx, store: &Store) -> Result<Handled> {
        if self.tab == ProgressTab::Calendar
            && let Some(h) = self.calendar_key(action, cx, store)?
        {
            return Ok(Some(h));
        }
        let on_timeline = self.tab == ProgressTab::Timeline;
        if on_timeline && !matches!(action, Action::Left | Action::Right) {
            return self.timeline_key(action, cx, store);
        }
        if self.tab == ProgressTab::SelfChecks {
            let ids = super::selfchecks::result_ids(cx, self.scale);
            let paging = !matches!(action, Action::Up | Action::Down);
            if paging && self.results.apply(action, &ids) {
                return Ok(Some(vec![]));
            }
            let id = ids.get(self.results.index).copied().flatten();
            if let (Action::Delete, Some(id)) = (action, id) {
                return Ok(Some(ask_delete(RecordKind::SelfCheck, id, store)?));
            }
            if matches!(action, Action::Up | Action::Down) {
                self.results = Cursor::default();
            }
        }
        Ok(self.views_key(action))
    }

    fn views_key(&mut self, action: Action) -> Handled {
        let scales = crate::domain::scales::all();
        let on_scales = self.tab == ProgressTab::SelfChecks;
        let on_chart = matches!(
            self.tab,
            ProgressTab::Days30 | ProgressTab::Days90 | ProgressTab::Days365
        );
        match action {
            Action::Up | Action::Down if on_chart => {
                self.measure = self.measure.step(action == Action::Down);
            }
            Action::Left | Action::Right => {
                self.tab = self.tab.step(action == Action::Right);
                self.scale = 0;
            }
            Action::Up if on_scales => self.scale = self.scale.saturating_sub(1),
            Action::Down if on_scales => self.scale = (self.scale + 1).min(scales.len() - 1),
            Action::Open if on_scales => {
                let taking = Taking::new(&scales[self.scale]);
                return Some(vec![Effect::Push(Overlay::SelfCheck(taking))]);
            }
            _ => return None,
        }
        Some(vec![])
    }

    pub fn render(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let head = head(cx, self.tab);
        // Rows the head takes once long lines wrap, so the view tabs stay in sight.
        let rows = wrapped_rows(&head, area.width.saturating_sub(2));
        let h = (rows as u16 + 2).min(area.height / 2);
        let [top, pane] = Layout::vertical([Constraint::Length(h), Constraint::Min(3)]).areas(area);
        let on_chart = matches!(
            self.tab,
            ProgressTab::Days30 | ProgressTab::Days90 | ProgressTab::Days365
        );
        let mut hints = vec![Hint::Keys(&[Action::Left, Action::Right], "view")];
        if on_chart {
            hints.push(Hint::Keys(
                &[Action::Up, Action::Down],
                "what the chart shows",
            ));
        }
        let view = cx.keys.hints(MODE, &hints);
        f.render_widget(para(head, &format!("Progress · {view}")), top);
        let chart = |f: &mut Frame, days| charts::charts(cx, f, pane, days, self.measure);
        match self.tab {
            ProgressTab::Days30 => chart(f, 30),
            ProgressTab::Days90 => chart(f, 90),
            ProgressTab::Days365 => chart(f, 365),
            ProgressTab::Calendar => {
                let cursor = self.day.map(|d| (d, self.day_titles.as_slice()));
                let hint = match cursor {
                    Some(_) => cx.keys.hints(
                        Mode::DayCursor,
                        &[
                            Hint::Keys(&[Action::Left, Action::Right], "week"),
                            Hint::Keys(&[Action::Up, Action::Down], "day"),
                            Hint::Keys(&[Action::Back], "leave"),
                        ],
                    ),
                    None => cx
                        .keys
                        .hints(MODE, &[Hint::Keys(&[Action::Open], "walk the days")]),
                };
                calendar::calendar(cx, f, pane, cursor, &hint);
            }
            ProgressTab::Timeline => timeline(cx, &self.entries, self.growth.index, f, pane),
            ProgressTab::SelfChecks => {
                super::selfchecks::pane(cx, self.scale, self.results.index, f, pane)
            }
        }
    }
}

/// The headline figures and the row of views.
fn head(cx: &Ctx, tab: ProgressTab) -> Vec<Line<'static>> {
    let (s, t) = (&cx.data.stats, &cx.theme);
    let mut head = vec![Line::styled(
        format!("Day {} of your recovery", s.days_in_recovery),
        t.accent(),
    )];
    for c in &s.commitments {
        let next = c.next_milestone.as_ref().map_or("–".into(), |m| {
            format!("{} ({} to go)", days(m.days), days(m.days_to_go))
        });
        head.push(Line::from(format!(
            "  {}: {} on track · {} · longest {} · next {next}",
            c.name,
            days(c.days_on_track),
            run_words(c.current_run),
            days(c.longest_run)
        )));
    }
    let adherence: Vec<String> = s
        .adherence
        .iter()
        .map(|a| {
            format!(
                "{}: {} of {}",
                days(a.window_days),
                a.checked_in,
                a.days_counted
            )
        })
        .collect();
    head.push(Line::from(format!(
        "  Checked in · {}",
        adherence.join(" · ")
    )));
    let names: Vec<&str> = ProgressTab::ALL.iter().map(|p| p.title()).collect();
    head.push(Line::from(tab_row(&names, tab as usize, t)));
    head
}

/// The growth entries, newest first, one a row; the one under the cursor in full below.
fn timeline(cx: &Ctx, entries: &[Setback], selected: usize, f: &mut Frame, area: Rect) {
    let t = &cx.theme;
    let bounce: std::collections::HashMap<i64, Option<i64>> = cx
        .data
        .stats
        .commitments
        .iter()
        .flat_map(|c| c.bounce_backs.iter().map(|b| (b.setback_id, b.days)))
        .collect();
    let g = cx.keys.key(MODE, Action::Growth);
    if entries.is_empty() {
        let none = Line::styled(
            "No setbacks recorded. If one comes, it will show here as a growth entry.",
            t.dim(),
        );
        let title = format!("Growth timeline · {g} adds a growth entry");
        return f.render_widget(para(vec![none], &title), area);
    }
    let rows: Vec<String> = entries
        .iter()
        .map(|sb| {
            let back = match bounce.get(&sb.id).copied().flatten() {
                Some(d) => format!(" · mood back to your usual in {}", days(d)),
                None => String::new(),
            };
            format!("◆ {} {}{back}", sb.date, sb.kind.label())
        })
        .collect();
    let [list, detail] =
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
    let hints = [
        Hint::Keys(&[Action::Edit], "correct"),
        Hint::Keys(&[Action::Delete], "delete"),
        Hint::Keys(&[Action::Growth], "add"),
    ];
    let title = format!(
        "Growth timeline · newest first · {}",
        cx.keys.hints(MODE, &hints)
    );
    f.render_widget(list_panel(rows, selected, list, t, &title), list);
    let Some(sb) = entries.get(selected) else {
        return;
    };
    let mut lines = Vec::new();
    for (label, text) in [
        ("What happened", &sb.what_happened),
        ("What I noticed before", &sb.warning_signs),
        ("What helped", &sb.what_helped),
        ("What I learned", &sb.learned),
        ("Next time I will", &sb.next_time),
        ("Who I reached out to", &sb.reached_out),
    ] {
        if let Some(x) = text {
            lines.push(Line::from(vec![
                Span::styled(format!("{label}: "), t.calm()),
                Span::raw(x.clone()),
            ]));
        }
    }
    let title = format!("{} {}", sb.date, sb.kind.label());
    f.render_widget(para(lines, &title), detail);
}

/// Fits `values` to exactly `width` columns: each column averages the values that fall
/// in it, or repeats the nearest one when there are fewer values than columns (the
/// Domains screen's sparklines).
pub fn fit(values: &[u64], width: usize) -> Vec<u64> {
    let n = values.len();
    if n == 0 {
        return Vec::new();
    }
    (0..width)
        .map(|c| {
            let (a, b) = (
                c * n / width,
                ((c + 1) * n / width).max(c * n / width + 1).min(n),
            );
            values[a..b].iter().sum::<u64>() / (b - a) as u64
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn sparklines_span_their_width() {
        assert_eq!(super::fit(&[1, 2, 3], 6), [1, 1, 2, 2, 3, 3]);
        assert_eq!(super::fit(&[2, 4, 6, 8], 2), [3, 7]);
        assert_eq!(super::fit(&[5; 90], 78).len(), 78);
        assert!(super::fit(&[], 10).is_empty());
    }
}
