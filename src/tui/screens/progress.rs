//! Progress: headline figures, mood/craving/domain charts over 30/90/365 days, a year
//! calendar, milestones, and the growth timeline. No red, no "reset".

mod amounts;
mod by_tracker;
mod calendar;
mod charts;
mod taken;

use super::{Handled, hints, tab_row};
use crate::domain::{RecordKind, Setback, run_words};
use crate::error::Result;
use crate::store::Store;
use crate::tui::action::{Action, Screen};
use crate::tui::forms::{FormView, GrowthForm};
use crate::tui::keymap::Mode;
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

    pub fn title(self) -> String {
        match self {
            ProgressTab::Days30 => t!("progress-tab-30"),
            ProgressTab::Days90 => t!("progress-tab-90"),
            ProgressTab::Days365 => t!("progress-tab-365"),
            ProgressTab::Calendar => t!("progress-tab-calendar"),
            ProgressTab::Timeline => t!("progress-tab-timeline"),
            ProgressTab::SelfChecks => t!("progress-tab-self-checks"),
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
    /// What shades the calendar's days: mood, one commitment's amount each day (the
    /// use calendar), or one of the person's trackers; `m` goes to the next.
    pub shading: Shading,
    amounts: Option<amounts::Amounts>,
    by_tracker: Option<by_tracker::ByTracker>,
    /// The medications with a schedule, whose adherence the charts can show.
    medications: Vec<crate::domain::medication::Medication>,
    /// The charted medication's counted days, while the charts show its adherence.
    taken: Option<taken::Taken>,
}

/// What shades the year calendar's days.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Shading {
    #[default]
    Mood,
    Amount,
    /// One of the person's own trackers (its id).
    Tracker(i64),
}

impl Shading {
    /// Every shading there is now: mood, the amount when a commitment has a use
    /// calendar, then each tracker in the person's order.
    fn all(cx: &Ctx) -> Vec<Shading> {
        let mut out = vec![Shading::Mood];
        if amounts::chosen(cx).is_some() {
            out.push(Shading::Amount);
        }
        out.extend(cx.data.trackers.iter().map(|t| Shading::Tracker(t.id)));
        out
    }

    /// The shading after this one, round.
    fn next(self, cx: &Ctx) -> Shading {
        let all = Shading::all(cx);
        let i = all.iter().position(|s| *s == self).unwrap_or(0);
        all[(i + 1) % all.len()]
    }

    /// The key's hint: what it shades by next.
    fn hint(self, cx: &Ctx) -> String {
        match self {
            Shading::Mood => t!("progress-hint-by-mood"),
            Shading::Amount => t!("progress-hint-by-amount"),
            Shading::Tracker(id) => {
                let name = cx.data.trackers.iter().find(|t| t.id == id);
                t!(
                    "progress-hint-by-tracker",
                    name = name.map_or("", |t| &t.name)
                )
            }
        }
    }
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

    /// The screen as it opens again: on its first view, the calendar shaded as the
    /// person last chose.
    pub fn reopened(&self) -> ProgressScreen {
        ProgressScreen {
            shading: self.shading,
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
        self.medications = taken::scheduled(store)?;
        self.read_taken(cx, store)?;
        self.read_amounts(cx, store)
    }

    /// Reads the charted medication's days when the charts show its adherence (and
    /// goes back to mood when it is gone).
    fn read_taken(&mut self, cx: &Ctx, store: &Store) -> Result<()> {
        self.taken = None;
        if let Measure::Adherence(id) = self.measure {
            match self.medications.iter().find(|m| m.id == id) {
                Some(m) => self.taken = Some(taken::Taken::load(store, m, cx.today)?),
                None => self.measure = Measure::Mood,
            }
        }
        Ok(())
    }

    /// Reads the use calendar's days (and the day under the cursor's uses) when it
    /// shows them.
    fn read_amounts(&mut self, cx: &Ctx, store: &Store) -> Result<()> {
        if !Shading::all(cx).contains(&self.shading) {
            self.shading = Shading::Mood;
        }
        self.amounts = if self.shading == Shading::Amount {
            amounts::Amounts::load(cx, store)?
        } else {
            None
        };
        self.by_tracker = match self.shading {
            Shading::Tracker(id) => by_tracker::ByTracker::new(cx, id),
            _ => None,
        };
        if let (Some(a), Some(day)) = (self.amounts.as_mut(), self.day) {
            a.read_day(store, day)?;
        }
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
        if action == Action::Toggle && Shading::all(cx).len() > 1 {
            self.shading = self.shading.next(cx);
            self.read_amounts(cx, store)?;
            return Ok(Some(vec![]));
        }
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
        if let Some(a) = self.amounts.as_mut() {
            a.read_day(store, day)?;
        }
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
        let handled = self.views_key(action, cx);
        self.read_taken(cx, store)?;
        Ok(handled)
    }

    fn views_key(&mut self, action: Action, cx: &Ctx) -> Handled {
        let scales = crate::domain::scales::all();
        let on_scales = self.tab == ProgressTab::SelfChecks;
        let on_chart = matches!(
            self.tab,
            ProgressTab::Days30 | ProgressTab::Days90 | ProgressTab::Days365
        );
        match action {
            Action::Up | Action::Down if on_chart => {
                let meds: Vec<i64> = self.medications.iter().map(|m| m.id).collect();
                let down = action == Action::Down;
                self.measure = self.measure.step(down, &cx.data.trackers, &meds);
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
        // Rows the head takes once long lines wrap; when the view below needs the room
        // (a day, a growth entry), the head gives up its first rows, never the row of
        // views.
        let rows = wrapped_rows(&head, area.width.saturating_sub(2)) as u16;
        let below = self.rows_needed(cx, area.width);
        let h = (rows + 2)
            .min(area.height / 2)
            .min(area.height.saturating_sub(below))
            .max(3);
        let [top, pane] = Layout::vertical([Constraint::Length(h), Constraint::Min(3)]).areas(area);
        let on_chart = matches!(
            self.tab,
            ProgressTab::Days30 | ProgressTab::Days90 | ProgressTab::Days365
        );
        let mut keys: Vec<(&[Action], String)> =
            vec![(&[Action::Left, Action::Right], t!("progress-hint-view"))];
        if on_chart {
            keys.push((&[Action::Up, Action::Down], t!("progress-hint-measure")));
        }
        let view = hints(cx, MODE, &keys);
        let skip = (rows + 2).saturating_sub(h);
        let head = para(head, &t!("progress-title", hints = view)).scroll((skip, 0));
        f.render_widget(head, top);
        let taken = self.taken.as_ref();
        let chart = |f: &mut Frame, days| charts::charts(cx, f, pane, days, self.measure, taken);
        match self.tab {
            ProgressTab::Days30 => chart(f, 30),
            ProgressTab::Days90 => chart(f, 90),
            ProgressTab::Days365 => chart(f, 365),
            ProgressTab::Calendar => self.render_calendar(cx, f, pane),
            ProgressTab::Timeline => timeline(cx, &self.entries, self.growth.index, f, pane),
            ProgressTab::SelfChecks => {
                super::selfchecks::pane(cx, self.scale, self.results.index, f, pane)
            }
        }
    }
}

impl ProgressScreen {
    fn render_calendar(&self, cx: &Ctx, f: &mut Frame, pane: Rect) {
        let cursor = self.day.map(|d| (d, self.day_titles.as_slice()));
        let next = self.shading.next(cx);
        // The day cursor's footer names the key; the title has no room for it there.
        let toggle = (next != self.shading && cursor.is_none())
            .then(|| (&[Action::Toggle][..], next.hint(cx)));
        let mut keys: Vec<(&[Action], String)> = match cursor {
            Some(_) => vec![
                (&[Action::Left, Action::Right], t!("progress-hint-week")),
                (&[Action::Up, Action::Down], t!("progress-hint-day")),
                (&[Action::Back], t!("progress-hint-leave")),
            ],
            None => vec![(&[Action::Open], t!("progress-hint-walk"))],
        };
        keys.extend(toggle);
        let hint = hints(cx, self.mode(), &keys);
        let shade = calendar::Shades {
            amounts: self.amounts.as_ref(),
            tracker: self.by_tracker.as_ref(),
        };
        calendar::calendar(cx, f, pane, cursor, &hint, shade);
    }

    /// Rows the view under the head needs to show its day or growth entry whole.
    fn rows_needed(&self, cx: &Ctx, width: u16) -> u16 {
        match self.tab {
            ProgressTab::Calendar => {
                let cursor = self.day.map(|d| (d, self.day_titles.as_slice()));
                calendar::rows_needed(cx, cursor, width, self.amounts.as_ref())
            }
            ProgressTab::Timeline => match self.entries.get(self.growth.index) {
                Some(sb) => 5 + growth_rows(cx, sb, width),
                None => 0,
            },
            _ => 0,
        }
    }
}

/// The headline figures and the row of views.
fn head(cx: &Ctx, tab: ProgressTab) -> Vec<Line<'static>> {
    let (s, t) = (&cx.data.stats, &cx.theme);
    let mut head = vec![Line::styled(
        t!("progress-day-of-recovery", day = s.days_in_recovery),
        t.accent(),
    )];
    let days = |n: i64| t!("days", count = n);
    let trend = match tab {
        ProgressTab::Days30 => Some(30),
        ProgressTab::Days90 => Some(90),
        ProgressTab::Days365 => Some(365),
        _ => None,
    };
    for c in &s.commitments {
        if let Some(lines) = super::use_words::progress(c, trend) {
            head.extend(lines.into_iter().map(|l| Line::from(format!("  {l}"))));
            continue;
        }
        let next = c.next_milestone.as_ref().map_or("–".into(), |m| {
            let (at, to_go) = (days(m.days), days(m.days_to_go));
            t!("progress-next-milestone", days = at, to_go = to_go)
        });
        let line = t!(
            "progress-commitment",
            name = &c.name,
            on_track = days(c.days_on_track),
            run = run_words(c.current_run),
            longest = days(c.longest_run),
            next = next
        );
        head.push(Line::from(format!("  {line}")));
    }
    let adherence: Vec<String> = s
        .adherence
        .iter()
        .map(|a| {
            t!(
                "progress-adherence",
                window = days(a.window_days),
                checked = a.checked_in,
                counted = a.days_counted
            )
        })
        .collect();
    let checked = t!("progress-checked-in", windows = adherence.join(" · "));
    head.push(Line::from(format!("  {checked}")));
    let names: Vec<String> = ProgressTab::ALL.iter().map(|p| p.title()).collect();
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
        let none = Line::styled(t!("progress-no-setbacks"), t.dim());
        let title = t!("progress-timeline-empty-title", key = g);
        return f.render_widget(para(vec![none], &title), area);
    }
    let rows: Vec<String> = entries
        .iter()
        .map(|sb| {
            let back = match bounce.get(&sb.id).copied().flatten() {
                Some(d) => {
                    let back = t!("progress-bounce-back", days = t!("days", count = d));
                    format!(" · {back}")
                }
                None => String::new(),
            };
            format!("◆ {} {}{back}", sb.date, sb.kind.label())
        })
        .collect();
    // The entry under the cursor as tall as its words, the list above in the rest.
    let detail_rows = entries
        .get(selected)
        .map_or(0, |sb| growth_rows(cx, sb, area.width));
    let [list, detail] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(detail_rows)]).areas(area);
    let keys: [(&[Action], String); 3] = [
        (&[Action::Edit], t!("progress-hint-correct")),
        (&[Action::Delete], t!("progress-hint-delete")),
        (&[Action::Growth], t!("progress-hint-add")),
    ];
    let title = t!("progress-timeline-title", hints = hints(cx, MODE, &keys));
    f.render_widget(list_panel(rows, selected, list, t, &title), list);
    if let Some(sb) = entries.get(selected) {
        let title = format!("{} {}", sb.date, sb.kind.label());
        f.render_widget(para(growth_lines(cx, sb), &title), detail);
    }
}

/// Rows a growth entry's box takes in `width`, its border included.
fn growth_rows(cx: &Ctx, sb: &Setback, width: u16) -> u16 {
    wrapped_rows(&growth_lines(cx, sb), width.saturating_sub(2)) as u16 + 2
}

/// A growth entry in full: each of its answers after what it answers.
fn growth_lines(cx: &Ctx, sb: &Setback) -> Vec<Line<'static>> {
    let t = &cx.theme;
    let mut lines = Vec::new();
    for (label, text) in [
        (t!("progress-what-happened"), &sb.what_happened),
        (t!("progress-warning-signs"), &sb.warning_signs),
        (t!("progress-what-helped"), &sb.what_helped),
        (t!("progress-learned"), &sb.learned),
        (t!("progress-next-time"), &sb.next_time),
        (t!("progress-reached-out"), &sb.reached_out),
    ] {
        if let Some(x) = text {
            lines.push(Line::from(vec![
                Span::styled(format!("{label} "), t.calm()),
                Span::raw(x.clone()),
            ]));
        }
    }
    lines
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
