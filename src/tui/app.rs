//! App state, the Action enum and `update`: the only place the TUI changes state.
//! It reads and writes through `Store` methods (never SQL) and re-reads what changed.

use crate::domain::progress::{MoodPoint, Stats};
use crate::domain::{
    Checkin, CheckinPatch, Goal, GoalProgress, JournalDraft, JournalEntry, PlanItem, Profile,
    Setback,
};
use crate::error::Result;
use crate::store::{JournalFilter, Store};
use chrono::{Duration, NaiveDate};
use ratatui_textarea::TextArea;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Today,
    Checkin,
    Journal,
    Domains,
    Goals,
    Plan,
    Progress,
}

impl Screen {
    pub const ALL: [Screen; 7] = [
        Screen::Today,
        Screen::Checkin,
        Screen::Journal,
        Screen::Domains,
        Screen::Goals,
        Screen::Plan,
        Screen::Progress,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Screen::Today => "Today",
            Screen::Checkin => "Check-in",
            Screen::Journal => "Journal",
            Screen::Domains => "Domains",
            Screen::Goals => "Goals",
            Screen::Plan => "Plan",
            Screen::Progress => "Progress",
        }
    }

    fn index(self) -> usize {
        Screen::ALL.iter().position(|s| *s == self).expect("listed")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Go(Screen),
    NextScreen,
    PrevScreen,
    Up,
    Down,
    Left,
    Right,
    Open,
    Edit,
    New,
    Toggle,
    Save,
    Help,
    Crisis,
    Back,
    Quit,
    Type(char),
    Erase,
    /// A raw key for the text editor.
    Key(crossterm::event::KeyEvent),
    Resize,
}

/// What the screens show, loaded from the store in bounded windows.
#[derive(Debug, Clone)]
pub struct Data {
    pub profile: Profile,
    pub stats: Stats,
    pub today_checkin: Option<Checkin>,
    /// The last 365 days of check-ins, oldest first.
    pub checkins: Vec<Checkin>,
    pub goals: Vec<(Goal, GoalProgress)>,
    pub plan: Vec<PlanItem>,
    pub setbacks: Vec<Setback>,
    /// The newest entries (a page).
    pub journal: Vec<JournalEntry>,
    pub on_this_day: Vec<JournalEntry>,
}

pub const JOURNAL_PAGE: usize = 200;

impl Data {
    pub fn load(store: &Store, today: NaiveDate) -> Result<Data> {
        let year_ago = today - Duration::days(364);
        let mut checkins = store.checkins(Some(year_ago), Some(today), None)?;
        checkins.reverse();
        let week = crate::domain::time::week_start(today);
        let goals = store
            .goals(None, None)?
            .into_iter()
            .map(|g| {
                let dates: Vec<NaiveDate> = store
                    .goal_logs(g.id, Some(week))?
                    .iter()
                    .map(|l| l.date)
                    .collect();
                let p = g.progress(&dates, today);
                Ok((g, p))
            })
            .collect::<Result<_>>()?;
        Ok(Data {
            profile: store.profile()?,
            stats: store.stats(today, None)?,
            today_checkin: store.checkin_on(today)?,
            checkins,
            goals,
            plan: store.plan(None)?,
            setbacks: store.setbacks(None, Some(today))?,
            journal: store.journal(&JournalFilter {
                limit: Some(JOURNAL_PAGE),
                ..Default::default()
            })?,
            on_this_day: store.journal_on_this_day(today, 3)?,
        })
    }

    pub fn mood_points(&self) -> Vec<MoodPoint> {
        self.checkins
            .iter()
            .map(|c| MoodPoint {
                date: c.date,
                mood: c.mood,
            })
            .collect()
    }
}

/// The check-in form: sliders, HALT marks, sleep, and four short texts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CheckinForm {
    /// Mood, craving, then the five domains.
    pub sliders: [Option<u8>; 7],
    pub halt: [bool; 4],
    pub sleep: Option<f64>,
    /// Intention, reflection, gratitude, note.
    pub texts: [String; 4],
    pub focus: usize,
    pub dirty: bool,
}

pub const SLIDER_LABELS: [&str; 7] = [
    "Mood",
    "Craving",
    "Physical",
    "Mental",
    "Emotional",
    "Social",
    "Spiritual",
];
pub const HALT_LABELS: [&str; 4] = ["Hungry", "Angry", "Lonely", "Tired"];
pub const TEXT_LABELS: [&str; 4] = ["Intention", "Reflection", "Gratitude", "Note"];
pub const FORM_FIELDS: usize = 7 + 4 + 1 + 4;

impl CheckinForm {
    pub fn from_checkin(c: Option<&Checkin>) -> CheckinForm {
        let Some(c) = c else {
            return CheckinForm::default();
        };
        let text = |t: &Option<String>| t.clone().unwrap_or_default();
        CheckinForm {
            sliders: [
                c.mood,
                c.craving,
                c.physical,
                c.mental,
                c.emotional,
                c.social,
                c.spiritual,
            ],
            halt: [c.hungry, c.angry, c.lonely, c.tired],
            sleep: c.sleep_hours,
            texts: [
                text(&c.intention),
                text(&c.reflection),
                text(&c.gratitude),
                text(&c.note),
            ],
            focus: 0,
            dirty: false,
        }
    }

    fn range(i: usize) -> (u8, u8, u8) {
        // (low, high, where a first nudge starts)
        if i == 1 { (0, 10, 0) } else { (1, 10, 5) }
    }

    fn nudge(&mut self, up: bool) {
        match self.focus {
            i @ 0..=6 => {
                let (lo, hi, start) = Self::range(i);
                let v = match self.sliders[i] {
                    None => start,
                    Some(v) if up => (v + 1).min(hi),
                    Some(v) => v.saturating_sub(1).max(lo),
                };
                self.sliders[i] = Some(v);
            }
            7..=10 => self.toggle(),
            11 => {
                let v = match self.sleep {
                    None => 7.0,
                    Some(v) if up => (v + 0.5).min(24.0),
                    Some(v) => (v - 0.5).max(0.0),
                };
                self.sleep = Some(v);
            }
            _ => return,
        }
        self.dirty = true;
    }

    fn toggle(&mut self) {
        if let i @ 7..=10 = self.focus {
            self.halt[i - 7] = !self.halt[i - 7];
            self.dirty = true;
        }
    }

    pub fn text_focus(&self) -> Option<usize> {
        (12..16).contains(&self.focus).then(|| self.focus - 12)
    }

    fn patch(&self) -> CheckinPatch {
        let s = self.sliders;
        CheckinPatch {
            mood: s[0],
            craving: s[1],
            ratings: [s[2], s[3], s[4], s[5], s[6]],
            hungry: Some(self.halt[0]),
            angry: Some(self.halt[1]),
            lonely: Some(self.halt[2]),
            tired: Some(self.halt[3]),
            sleep_hours: self.sleep,
            intention: Some(self.texts[0].clone()),
            reflection: Some(self.texts[1].clone()),
            gratitude: Some(self.texts[2].clone()),
            note: Some(self.texts[3].clone()),
        }
    }
}

/// What the keys currently drive.
#[derive(Debug)]
pub enum Mode {
    Normal,
    Checkin(CheckinForm),
    Write(Box<TextArea<'static>>),
    Read(usize),
    /// Unsaved words: `y` discards them, anything else goes back to editing.
    ConfirmDiscard(Box<Mode>),
}

pub struct App {
    pub screen: Screen,
    pub mode: Mode,
    pub help: bool,
    pub crisis: bool,
    pub today: NaiveDate,
    pub data: Data,
    pub selected: usize,
    /// Left/Right choice on screens with tabs or ranges (domain tab, chart range).
    pub tab: usize,
    pub message: Option<String>,
    pub quit: bool,
    /// False under NO_COLOR: meaning then rides on symbols and emphasis only.
    pub color: bool,
}

impl App {
    pub fn new(store: &Store, today: NaiveDate) -> Result<App> {
        Ok(App {
            screen: Screen::Today,
            mode: Mode::Normal,
            help: false,
            crisis: false,
            today,
            data: Data::load(store, today)?,
            selected: 0,
            tab: 0,
            message: None,
            quit: false,
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        })
    }

    fn reload(&mut self, store: &Store) -> Result<()> {
        self.data = Data::load(store, self.today)?;
        Ok(())
    }

    fn go(&mut self, s: Screen) {
        self.screen = s;
        self.selected = 0;
        self.tab = 0;
        self.mode = Mode::Normal;
    }

    fn start_checkin(&mut self) {
        self.go(Screen::Checkin);
        self.mode = Mode::Checkin(CheckinForm::from_checkin(self.data.today_checkin.as_ref()));
    }

    fn start_writing(&mut self) {
        self.go(Screen::Journal);
        let mut ta = TextArea::default();
        ta.set_placeholder_text("Write whatever is on your mind. Ctrl-S saves, Esc leaves.");
        self.mode = Mode::Write(Box::new(ta));
    }
}

/// Applies one action. Writes happen in one transaction each, then the data is re-read.
pub fn update(app: &mut App, action: Action, store: &Store, today: NaiveDate) -> Result<()> {
    if today != app.today {
        app.today = today;
        app.reload(store)?;
    }
    if action == Action::Resize {
        return Ok(());
    }
    app.message = None;
    if app.help {
        app.help = !matches!(action, Action::Back | Action::Help | Action::Quit);
        return Ok(());
    }
    if app.crisis {
        app.crisis = !matches!(action, Action::Back | Action::Crisis | Action::Quit);
        return Ok(());
    }
    match std::mem::replace(&mut app.mode, Mode::Normal) {
        Mode::Normal => normal(app, action),
        Mode::Read(i) => {
            app.mode = Mode::Read(i);
            match action {
                Action::Back => app.mode = Mode::Normal,
                Action::Up | Action::Down => {
                    let n = app.data.journal.len();
                    let j = if action == Action::Up {
                        i.saturating_sub(1)
                    } else {
                        (i + 1).min(n.saturating_sub(1))
                    };
                    app.selected = j;
                    app.mode = Mode::Read(j);
                }
                other => normal(app, other),
            }
        }
        Mode::Checkin(form) => return checkin_form(app, form, action, store),
        Mode::Write(ta) => return write(app, ta, action, store),
        Mode::ConfirmDiscard(prev) => match action {
            Action::Type('y') | Action::Type('Y') => {
                app.mode = Mode::Normal;
                app.message = Some("Left without saving.".into());
            }
            _ => app.mode = *prev,
        },
    }
    Ok(())
}

fn normal(app: &mut App, action: Action) {
    let i = app.screen.index();
    match action {
        Action::Go(s) => app.go(s),
        Action::NextScreen => app.go(Screen::ALL[(i + 1) % Screen::ALL.len()]),
        Action::PrevScreen => app.go(Screen::ALL[(i + Screen::ALL.len() - 1) % Screen::ALL.len()]),
        Action::Help => app.help = true,
        Action::Crisis => app.crisis = true,
        Action::Quit => app.quit = true,
        Action::Back if app.screen != Screen::Today => app.go(Screen::Today),
        Action::Up => app.selected = app.selected.saturating_sub(1),
        Action::Down => app.selected = (app.selected + 1).min(list_len(app).saturating_sub(1)),
        Action::Left => app.tab = app.tab.saturating_sub(1),
        Action::Right => app.tab = (app.tab + 1).min(tab_count(app.screen).saturating_sub(1)),
        Action::Open | Action::Edit if matches!(app.screen, Screen::Today | Screen::Checkin) => {
            app.start_checkin()
        }
        Action::Open if app.screen == Screen::Journal && !app.data.journal.is_empty() => {
            app.mode = Mode::Read(app.selected)
        }
        Action::Edit | Action::New if app.screen == Screen::Journal => app.start_writing(),
        Action::New if app.screen == Screen::Today => app.start_writing(),
        _ => {}
    }
}

fn list_len(app: &App) -> usize {
    match app.screen {
        Screen::Journal => app.data.journal.len(),
        Screen::Goals => app.data.goals.len(),
        Screen::Plan => app.data.plan.len(),
        _ => 0,
    }
}

pub fn tab_count(s: Screen) -> usize {
    match s {
        Screen::Domains => 5,
        Screen::Progress => 3,
        _ => 1,
    }
}

fn checkin_form(app: &mut App, mut form: CheckinForm, action: Action, store: &Store) -> Result<()> {
    match action {
        Action::Down => form.focus = (form.focus + 1) % FORM_FIELDS,
        Action::Up => form.focus = (form.focus + FORM_FIELDS - 1) % FORM_FIELDS,
        Action::Left => form.nudge(false),
        Action::Right => form.nudge(true),
        Action::Toggle => form.toggle(),
        Action::Type(c) => match form.text_focus() {
            Some(t) => {
                form.texts[t].push(c);
                form.dirty = true;
            }
            None if c == ' ' => form.toggle(),
            None => {}
        },
        Action::Erase => {
            if let Some(t) = form.text_focus() {
                form.texts[t].pop();
                form.dirty = true;
            }
        }
        Action::Save => {
            let patch = form.patch();
            let c = store.write(|w| w.upsert_checkin(app.today, &patch))?;
            app.reload(store)?;
            app.message = Some(format!(
                "Checked in for {}. Thank you for showing up today.",
                c.date
            ));
            if c.craving.is_some_and(|v| v >= 7) {
                app.message = Some("Checked in. Cravings are loud today: press ! for your plan whenever you need it.".into());
            }
            app.mode = Mode::Normal;
            return Ok(());
        }
        Action::Back if form.dirty => {
            app.mode = Mode::ConfirmDiscard(Box::new(Mode::Checkin(form)));
            return Ok(());
        }
        Action::Back => {
            app.mode = Mode::Normal;
            return Ok(());
        }
        _ => {}
    }
    app.mode = Mode::Checkin(form);
    Ok(())
}

fn write(
    app: &mut App,
    mut ta: Box<TextArea<'static>>,
    action: Action,
    store: &Store,
) -> Result<()> {
    let empty = ta.lines().iter().all(|l| l.trim().is_empty());
    match action {
        Action::Save if empty => {
            app.message = Some("Nothing written yet.".into());
            app.mode = Mode::Write(ta);
        }
        Action::Save => {
            let draft = JournalDraft {
                at: store.clock().now(),
                title: None,
                body: ta.lines().join("\n"),
                mood: app.data.today_checkin.as_ref().and_then(|c| c.mood),
                domain: None,
                tags: Vec::new(),
            };
            let e = store.write(|w| w.add_journal(draft))?;
            app.reload(store)?;
            app.selected = 0;
            app.message = Some(format!("Saved entry {} for {}.", e.id, e.date));
            app.mode = Mode::Normal;
        }
        Action::Back if !empty => app.mode = Mode::ConfirmDiscard(Box::new(Mode::Write(ta))),
        Action::Back => app.mode = Mode::Normal,
        Action::Key(k) => {
            ta.input(k);
            app.mode = Mode::Write(ta);
        }
        _ => app.mode = Mode::Write(ta),
    }
    Ok(())
}
