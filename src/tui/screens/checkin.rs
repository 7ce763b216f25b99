//! Check-in: today's check-in at a glance (or the invitation to start it), and the past
//! year's days, where any day can be corrected or deleted. The form itself is an
//! overlay (`tui::checkin`).

use super::{Handled, hints};
use crate::catalog::{DateForm, date};
use crate::domain::{Checkin, RecordKind};
use crate::error::Result;
use crate::store::Store;
use crate::store::kept::Kept;
use crate::tui::action::{Action, Screen};
use crate::tui::checkin::{CheckinForm, SETBACK_FIELD, lines_of};
use crate::tui::kept;
use crate::tui::keymap::Mode;
use crate::tui::overlay::{Effect, Overlay, ask_delete};
use crate::tui::shared::Ctx;
use crate::tui::widgets::{Cursor, list_panel_of, para, para_in};
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
    /// Words sync kept aside beside the check-in under the cursor.
    kept: Vec<Kept>,
}

impl CheckinScreen {
    /// Reads the days again; the cursor stays on its day.
    pub fn follow(&mut self, cx: &Ctx, store: &Store) -> Result<()> {
        self.limit = self.limit.max(PAGE);
        self.list = store.checkins(None, None, Some(self.limit))?;
        let ids = self.ids();
        self.days.follow(&ids);
        self.read_kept(cx, store)
    }

    /// Reads the kept words of the day under the cursor, when it has some.
    fn read_kept(&mut self, cx: &Ctx, store: &Store) -> Result<()> {
        self.kept = match self.selected() {
            Some(c) if cx.data.kept.checkin_days.contains(&c.date) => {
                store.kept_words(RecordKind::Checkin, c.id)?
            }
            _ => Vec::new(),
        };
        Ok(())
    }

    fn ids(&self) -> Vec<Option<i64>> {
        self.list.iter().map(|c| Some(c.id)).collect()
    }

    fn selected(&self) -> Option<&Checkin> {
        self.list.get(self.days.index)
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<Handled> {
        if self.days.apply(action, &self.ids()) {
            if self.days.index + 1 >= self.limit {
                self.limit += PAGE;
                self.follow(cx, store)?;
            }
            self.read_kept(cx, store)?;
            return Ok(Some(vec![]));
        }
        let effects = match (action, self.selected()) {
            (Action::Open, _) | (Action::Edit, None) => super::today::check_in(cx),
            (Action::Edit, Some(c)) => {
                let setback = cx.data.setback_on(c.date).is_some();
                let form = CheckinForm::for_day(c, cx.today, setback);
                vec![Effect::Push(Overlay::Checkin(form))]
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
        if list.is_empty() {
            return f.render_widget(para(today(cx), &t!("checkin-title")), area);
        }
        let [top, bottom] =
            Layout::horizontal([Constraint::Min(20), Constraint::Length(38)]).areas(area);
        // The day's kept words come first: today's check-in is long, and the panel
        // does not scroll.
        let mut lines = Vec::new();
        if let (Some(c), false) = (self.selected(), self.kept.is_empty()) {
            let day = date(c.date, DateForm::Long);
            lines.push(Line::styled(
                t!("checkin-kept-beside", date = day),
                cx.theme.accent(),
            ));
            lines.extend(kept::lines(&self.kept, MODE, cx));
            lines.push(Line::from(""));
        }
        lines.extend(today(cx));
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

/// Today's check-in as the form shows it, or the invitation to start it.
fn today(cx: &Ctx) -> Vec<Line<'static>> {
    let t = &cx.theme;
    let enter = cx.keys.key(MODE, Action::Open);
    let mut lines = Vec::new();
    match &cx.data.today_checkin {
        Some(c) => {
            lines.push(Line::styled(t!("checkin-done-today"), t.good()));
            let shown = CheckinForm {
                focus: usize::MAX,
                ..CheckinForm::from_checkin(Some(c), cx.data.setback_on(c.date).is_some())
            };
            lines.extend(lines_of(&shown, t).into_iter().take(SETBACK_FIELD));
            lines.push(Line::styled(t!("checkin-update", key = enter), t.dim()));
        }
        None => {
            lines.push(Line::styled(t!("checkin-not-yet"), t.calm()));
            lines.push(Line::from(t!("checkin-invitation", key = enter)));
        }
    }
    lines
}
