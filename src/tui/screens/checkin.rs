//! Check-in: one day's check-in at a glance (today's at first, or the invitation to
//! start it), and the days with a check-in. Any lived day can be shown (←→ by day, ↑↓
//! by check-in, or a date typed), checked in or corrected, and a check-in deleted. The
//! form itself is an overlay (`tui::checkin`).

use super::{Handled, hints};
use crate::catalog::{DateForm, date};
use crate::domain::trackers::TrackerValue;
use crate::domain::{Checkin, RecordKind};
use crate::error::Result;
use crate::store::Store;
use crate::store::kept::Kept;
use crate::tui::action::{Action, Screen};
use crate::tui::checkin::{CheckinForm, day_name, lines_of};
use crate::tui::kept;
use crate::tui::keymap::Mode;
use crate::tui::overlay::{Effect, Overlay, ask_delete};
use crate::tui::shared::Ctx;
use crate::tui::widgets::{Cursor, list_panel_of, para, para_in};
use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

const MODE: Mode = Mode::Screen(Screen::Checkin);

/// Days a page of the list reads.
const PAGE: usize = 400;

/// The days with a check-in, newest first (one dated after today, stored by an older
/// tend, at the top where it can be put right), read a page at a time.
#[derive(Debug, Default)]
pub struct CheckinScreen {
    pub days: Cursor,
    list: Vec<Checkin>,
    limit: usize,
    /// Words sync kept aside beside the check-in of the day shown.
    kept: Vec<Kept>,
    /// The day shown on the left (`None`: today, whichever day that is).
    day: Option<NaiveDate>,
    /// That day's check-in, if it has one.
    shown: Option<Checkin>,
    /// That day's answers to the person's trackers.
    values: Vec<TrackerValue>,
}

impl CheckinScreen {
    /// Reads the days again; the day shown stays, the cursor beside it.
    pub fn follow(&mut self, cx: &Ctx, store: &Store) -> Result<()> {
        self.limit = self.limit.max(PAGE);
        self.list = store.checkins(None, None, Some(self.limit))?;
        self.show(self.day(cx), cx, store)
    }

    /// Opens on today, or on a check-in dated after today (an older tend stored it)
    /// where it can be put right.
    pub fn enter(&mut self, cx: &Ctx, store: &Store) -> Result<()> {
        self.follow(cx, store)?;
        match self.list.first() {
            Some(c) if c.date > cx.today => self.show(c.date, cx, store),
            _ => Ok(()),
        }
    }

    /// The day shown on the left.
    pub fn day(&self, cx: &Ctx) -> NaiveDate {
        self.day.unwrap_or(cx.today)
    }

    /// Shows `day` (none before 1900): its check-in read, the list's cursor on it, or
    /// on the check-in just before it when it has none.
    pub fn show(&mut self, day: NaiveDate, cx: &Ctx, store: &Store) -> Result<()> {
        let day = day.max(crate::domain::time::FIRST_DAY);
        self.day = (day != cx.today).then_some(day);
        self.shown = store.checkin_on(day)?;
        self.values = store.day_values(day)?;
        let ids = self.ids();
        match self.list.iter().position(|c| c.date <= day) {
            Some(i) => self.days.on(self.list[i].id, &ids),
            None => self.days.follow(&ids),
        }
        self.read_kept(cx, store)
    }

    /// Reads the kept words of the day shown, when it has some.
    fn read_kept(&mut self, cx: &Ctx, store: &Store) -> Result<()> {
        self.kept = match &self.shown {
            Some(c) if cx.data.kept.checkin_days.contains(&c.date) => {
                store.kept_words(RecordKind::Checkin, c.id)?
            }
            _ => Vec::new(),
        };
        Ok(())
    }

    /// The form for the day shown: filled if it has a check-in, empty if not.
    pub fn form(&self, cx: &Ctx) -> CheckinForm {
        let day = self.day(cx);
        let setback = cx.data.setback_on(day).is_some();
        CheckinForm::for_day(day, self.shown.as_ref(), cx.today, setback).with_answers(
            crate::tui::checkin::answers_on(&cx.data, day, Some(&self.values)),
        )
    }

    fn ids(&self) -> Vec<Option<i64>> {
        self.list.iter().map(|c| Some(c.id)).collect()
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<Handled> {
        if let Action::Left | Action::Right = action {
            // By a day; never into the future, nor before 1900.
            let day = self.day(cx);
            let next = if action == Action::Right {
                day.succ_opt().filter(|d| *d <= cx.today)
            } else {
                day.pred_opt()
            };
            self.show(next.unwrap_or(day), cx, store)?;
            return Ok(Some(vec![]));
        }
        // From a day without a check-in, ↓ goes to the check-in just before it, which
        // the cursor already marks.
        if let (Action::Down, None, Some(c)) = (action, &self.shown, self.list.get(self.days.index))
            && c.date < self.day(cx)
        {
            let day = c.date;
            self.show(day, cx, store)?;
            return Ok(Some(vec![]));
        }
        if self.days.apply(action, &self.ids()) {
            if self.days.index + 1 >= self.limit {
                self.limit += PAGE;
                self.list = store.checkins(None, None, Some(self.limit))?;
            }
            if let Some(c) = self.list.get(self.days.index) {
                self.show(c.date, cx, store)?;
            }
            return Ok(Some(vec![]));
        }
        let effects = match (action, &self.shown) {
            (Action::Open | Action::Edit, _) => vec![Effect::Push(Overlay::Checkin(self.form(cx)))],
            (Action::Add, _) => {
                let form = crate::tui::forms::CheckinDayForm::new(self.day(cx), cx.today);
                vec![Effect::Push(Overlay::Form(
                    crate::tui::forms::FormView::new(form),
                ))]
            }
            (Action::Delete, Some(c)) => ask_delete(RecordKind::Checkin, c.id, store)?,
            (Action::Dismiss, Some(c)) => {
                let day = date(c.date, DateForm::DayMonthYear);
                let beside = t!("checkin-dismiss-beside", date = day);
                crate::tui::overlay::ask_dismiss(&self.kept, &beside, cx)
            }
            _ => return Ok(None),
        };
        Ok(Some(effects))
    }

    pub fn render(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let dash = |v: Option<u8>| v.map_or("–".to_string(), |v| v.to_string());
        let list: Vec<String> = self
            .list
            .iter()
            .map(|c| {
                let (m, cr) = (dash(c.mood), dash(c.craving));
                let mark = if cx.data.kept.checkin_days.contains(&c.date) {
                    format!(" {}", kept::MARK)
                } else {
                    String::new()
                };
                let (mood, craving) = (format!("{m:>2}"), format!("{cr:>2}"));
                let row = t!(
                    "checkin-row",
                    date = c.date.to_string(),
                    mood = mood,
                    craving = craving
                );
                format!("{row}{mark}")
            })
            .collect();
        let day = self.day(cx);
        if list.is_empty() {
            let lines = day_lines(cx, day, self.shown.as_ref(), &self.values);
            return f.render_widget(para(lines, &t!("checkin-title")), area);
        }
        let [top, bottom] =
            Layout::horizontal([Constraint::Min(20), Constraint::Length(38)]).areas(area);
        // The day's kept words come first: today's check-in is long, and the panel
        // does not scroll.
        let mut lines = Vec::new();
        if let (Some(c), false) = (&self.shown, self.kept.is_empty()) {
            let day = date(c.date, DateForm::Long);
            lines.push(Line::styled(
                t!("checkin-kept-beside", date = day),
                cx.theme.accent(),
            ));
            lines.extend(kept::lines(&self.kept, MODE, cx));
            lines.push(Line::from(""));
        }
        lines.extend(day_lines(cx, day, self.shown.as_ref(), &self.values));
        f.render_widget(para_in(lines, &t!("checkin-title"), top, 0), top);
        let keys: [(&[Action], String); 2] = [
            (&[Action::Edit], t!("checkin-hint-correct")),
            (&[Action::Delete], t!("checkin-hint-delete")),
        ];
        let title = t!("checkin-days", hints = hints(cx, MODE, &keys));
        let more = self.list.len() >= self.limit;
        let panel = list_panel_of(list, self.days.index, bottom, &cx.theme, &title, more);
        f.render_widget(panel, bottom);
    }
}

/// The day shown: its check-in as the form shows it, or the invitation to start it;
/// then the keys to other days.
fn day_lines(
    cx: &Ctx,
    day: NaiveDate,
    checkin: Option<&Checkin>,
    values: &[TrackerValue],
) -> Vec<Line<'static>> {
    let t = &cx.theme;
    let enter = cx.keys.key(MODE, Action::Open);
    let name = day_name(day, cx.today);
    let is_today = day == cx.today;
    let mut lines = Vec::new();
    match checkin {
        Some(c) => {
            let done = if is_today {
                t!("checkin-done-today")
            } else {
                t!("checkin-done-day", date = name)
            };
            lines.push(Line::styled(done, t.good()));
            let shown = CheckinForm {
                focus: usize::MAX,
                ..CheckinForm::for_day(day, Some(c), cx.today, cx.data.setback_on(day).is_some())
                    .with_answers(crate::tui::checkin::answers_on(&cx.data, day, Some(values)))
            };
            lines.extend(lines_of(&shown, t, false));
            let update = if is_today {
                t!("checkin-update", key = enter)
            } else {
                t!("checkin-update-day", key = enter)
            };
            lines.push(Line::styled(update, t.dim()));
        }
        None if is_today => {
            lines.push(Line::styled(t!("checkin-not-yet"), t.calm()));
            lines.push(Line::from(t!("checkin-invitation", key = enter)));
        }
        None => {
            lines.push(Line::styled(t!("checkin-none-day", date = name), t.calm()));
            lines.push(Line::from(t!("checkin-invitation-day", key = enter)));
        }
    }
    let days = cx.keys.keys(MODE, &[Action::Left, Action::Right]);
    let typed = cx.keys.key(MODE, Action::Add);
    lines.push(Line::styled(
        t!("checkin-other-days", days = days, typed = typed),
        t.dim(),
    ));
    lines
}
