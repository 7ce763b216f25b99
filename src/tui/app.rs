//! App state, the Action enum and `update`: the only place the TUI changes state.
//! It reads and writes through `Store` methods (never SQL) and re-reads what changed.

use super::assess::Taking;
use super::checkin::CheckinForm;
use super::crisis::{self, Surf};
use super::form::Form;
use super::forms::{self, Purpose};
use super::handlers;
use crate::domain::progress::{CopingEffect, Stats, coping_effects};
use crate::domain::*;
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
    Export,
}

impl Screen {
    pub const ALL: [Screen; 8] = [
        Screen::Today,
        Screen::Checkin,
        Screen::Journal,
        Screen::Domains,
        Screen::Goals,
        Screen::Plan,
        Screen::Progress,
        Screen::Export,
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
            Screen::Export => "Export",
        }
    }

    pub fn index(self) -> usize {
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
    Add,
    Delete,
    MoveUp,
    MoveDown,
    Toggle,
    Status,
    Search,
    FilterDomain,
    FilterTag,
    /// Step the journal's month filter back (`false`) or forward (`true`).
    Month(bool),
    Growth,
    Urge,
    /// The self-check scales (Progress screen).
    SelfCheck,
    Save,
    Help,
    Crisis,
    Back,
    Quit,
    Type(char),
    Erase,
    /// A raw key for the text editor.
    Key(crossterm::event::KeyEvent),
    PageUp,
    PageDown,
    /// Blank the screen at once (the curtain), or lock after idle minutes.
    Lock,
    Tick,
    Resize,
}

/// Which journal entries the Journal screen lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JournalView {
    pub search: Option<String>,
    pub domain: Option<LifeDomain>,
    pub tag: Option<String>,
    /// The first day of the month shown, when filtering by date.
    pub month: Option<NaiveDate>,
    pub limit: usize,
}

/// What the screens show, loaded from the store in bounded windows.
#[derive(Debug, Clone)]
pub struct Data {
    pub profile: Profile,
    pub stats: Stats,
    pub today_checkin: Option<Checkin>,
    /// The last 365 days of check-ins, oldest first.
    pub checkins: Vec<Checkin>,
    pub commitments: Vec<Commitment>,
    pub goals: Vec<(Goal, GoalProgress, Vec<NaiveDate>)>,
    pub plan: Vec<PlanItem>,
    pub triggers: Vec<Trigger>,
    pub coping: Vec<CopingStrategy>,
    pub effects: Vec<CopingEffect>,
    pub setbacks: Vec<Setback>,
    /// The entries the Journal screen lists (a page, or search results).
    pub journal: Vec<JournalEntry>,
    /// Tags in the listed entries, for the tag filter.
    pub tags: Vec<String>,
    pub on_this_day: Vec<JournalEntry>,
    /// Every self-check result, oldest first.
    pub assessments: Vec<Assessment>,
}

pub const JOURNAL_PAGE: usize = 200;

impl Data {
    pub fn load(store: &Store, today: NaiveDate, view: &JournalView) -> Result<Data> {
        let year_ago = today - Duration::days(364);
        let mut checkins = store.checkins(Some(year_ago), Some(today), None)?;
        checkins.reverse();
        let week = time::week_start(today);
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
                Ok((g, p, dates))
            })
            .collect::<Result<_>>()?;
        let journal = match &view.search {
            Some(q) => store
                .journal_search(q, view.limit)?
                .into_iter()
                .map(|h| h.entry)
                .collect(),
            None => store.journal(&JournalFilter {
                domain: view.domain,
                tag: view.tag.clone(),
                from: view.month,
                to: view.month.map(month_end),
                limit: Some(view.limit),
                offset: 0,
            })?,
        };
        let mut tags: Vec<String> = journal
            .iter()
            .flat_map(|e: &JournalEntry| e.tags.clone())
            .collect();
        tags.sort();
        tags.dedup();
        let coping = store.coping_strategies()?;
        let ids: Vec<i64> = coping.iter().map(|c| c.id).collect();
        Ok(Data {
            profile: store.profile()?,
            stats: store.stats(today, None)?,
            today_checkin: store.checkin_on(today)?,
            checkins,
            commitments: store.commitments()?,
            goals,
            plan: store.plan(None)?,
            triggers: store.triggers()?,
            effects: coping_effects(&ids, &store.trigger_events(None, Some(today), None)?),
            coping,
            setbacks: store.setbacks(None, Some(today))?,
            journal,
            tags,
            on_this_day: store.journal_on_this_day(today, 3)?,
            assessments: store.assessments(None, None)?,
        })
    }
}

/// The last day of the month that starts on `first`.
pub fn month_end(first: NaiveDate) -> NaiveDate {
    first
        .checked_add_months(chrono::Months::new(1))
        .expect("in range")
        - Duration::days(1)
}

/// One selectable row of the Plan screen: a section heading (to add to it) or an item.
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

/// What needs a yes before it happens.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Ask {
    /// Leaving unsaved words.
    Discard,
    DeleteEntry(i64),
    DeletePlanItem(i64),
    /// After a check-in that noted a setback.
    OfferGrowth,
}

/// What the keys currently drive.
#[derive(Debug)]
pub enum Mode {
    Normal,
    Checkin(CheckinForm),
    Form(Box<Form>, Purpose),
    /// The built-in editor: a new entry, or the entry with this id.
    Write(Box<TextArea<'static>>, Option<i64>),
    Read(usize),
    /// Typing a search.
    Searching(String),
    /// Taking a self-check scale.
    Assess(Box<Taking>),
    Asking(Ask, Box<Mode>),
}

/// A request for the event loop to hand the terminal to `$EDITOR`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExternalEdit {
    pub entry_id: Option<i64>,
    pub text: String,
}

pub struct App {
    pub screen: Screen,
    pub mode: Mode,
    pub help: bool,
    pub help_scroll: usize,
    pub crisis: bool,
    /// Why the crisis plan opened on its own (PHQ-9 item 9), shown above it.
    pub crisis_note: Option<&'static str>,
    pub surf: Option<Surf>,
    pub today: NaiveDate,
    pub data: Data,
    pub journal_view: JournalView,
    pub selected: usize,
    /// Left/Right choice on screens with tabs or ranges.
    pub tab: usize,
    pub message: Option<String>,
    /// The Export screen's preview of the summary (Markdown text) and its scroll.
    pub export_preview: String,
    pub export_scroll: usize,
    pub external: Option<ExternalEdit>,
    pub quit: bool,
    /// False under NO_COLOR or the no-colour theme: meaning then rides on symbols and
    /// emphasis only.
    pub color: bool,
    pub high_contrast: bool,
    /// The normal keymap with the settings file's overrides.
    pub keys: super::keymap::Table,
    /// The domains the Domains screen shows (settings `show.domains`).
    pub domains: Vec<LifeDomain>,
    /// Whether the journal editor shows a writing prompt.
    pub prompts: bool,
    /// The settings file's editor command, if any.
    pub editor: Option<String>,
    /// The curtain is down: nothing of the journal is drawn.
    pub locked: bool,
    /// Whether lifting the curtain needs the passphrase (an encrypted journal).
    pub encrypted: bool,
    /// What has been typed at the lock prompt (only its length is ever drawn).
    pub lock_input: String,
    pub lock_note: Option<String>,
}

impl App {
    /// Opens on Today, or on the welcome when the database is new.
    pub fn new(store: &Store, today: NaiveDate) -> Result<App> {
        let journal_view = JournalView {
            limit: JOURNAL_PAGE,
            ..Default::default()
        };
        let mode = if store.is_empty()? {
            Mode::Form(Box::new(forms::welcome()), Purpose::Welcome)
        } else {
            Mode::Normal
        };
        Ok(App {
            screen: Screen::Today,
            mode,
            help: false,
            help_scroll: 0,
            crisis: false,
            crisis_note: None,
            surf: None,
            today,
            data: Data::load(store, today, &journal_view)?,
            journal_view,
            selected: 0,
            tab: 0,
            message: None,
            export_preview: String::new(),
            export_scroll: 0,
            external: None,
            quit: false,
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
            high_contrast: false,
            keys: super::keymap::NORMAL.to_vec(),
            domains: LifeDomain::ALL.to_vec(),
            prompts: true,
            editor: None,
            locked: false,
            encrypted: store.is_encrypted(),
            lock_input: String::new(),
            lock_note: None,
        })
    }

    /// Applies the settings file; returns what was wrong with its `[keys]`.
    pub fn apply(&mut self, s: &crate::settings::Settings) -> Vec<crate::settings::Problem> {
        use crate::settings::ThemeName;
        self.color &= s.theme != ThemeName::NoColour;
        self.high_contrast = s.theme == ThemeName::HighContrast;
        self.domains = s.domains.clone();
        self.prompts = s.prompts;
        self.editor = s.editor.clone();
        let (keys, problems) = super::keymap::with_overrides(&s.keys);
        self.keys = keys;
        problems
    }

    /// The key that does `action` now (settings may have moved it), for hints on screen.
    pub fn key_for(&self, action: Action) -> String {
        self.keys
            .iter()
            .find(|(_, a, _)| *a == action)
            .map_or("?".into(), |(k, _, _)| k.label())
    }

    pub fn tab_count(&self) -> usize {
        match self.screen {
            Screen::Domains => self.domains.len(),
            s => tab_count(s),
        }
    }

    pub fn reload(&mut self, store: &Store) -> Result<()> {
        self.data = Data::load(store, self.today, &self.journal_view)?;
        self.selected = self.selected.min(self.list_len().saturating_sub(1));
        Ok(())
    }

    pub(super) fn go(&mut self, s: Screen) {
        self.screen = s;
        self.selected = 0;
        self.tab = 0;
        self.mode = Mode::Normal;
    }

    pub fn list_len(&self) -> usize {
        match self.screen {
            Screen::Journal => self.data.journal.len(),
            Screen::Goals => self.data.goals.len(),
            Screen::Plan if self.tab == 0 => plan_rows(&self.data.plan).len(),
            Screen::Plan => self.data.triggers.len(),
            Screen::Progress if self.tab == super::assess::PROGRESS_TAB => {
                crate::domain::scales::all().len()
            }
            _ => 0,
        }
    }

    pub(super) fn open_form(&mut self, form: Form, purpose: Purpose) {
        self.mode = Mode::Form(Box::new(form), purpose);
    }

    pub(super) fn start_writing(&mut self, entry: Option<&JournalEntry>) {
        self.screen = Screen::Journal;
        let mut ta = match entry {
            Some(e) => TextArea::new(e.body.lines().map(String::from).collect()),
            None => TextArea::default(),
        };
        ta.set_placeholder_text(if self.prompts {
            super::prompts::for_day(self.today)
        } else {
            "Write freely. (Ctrl-S saves, Esc leaves)".to_string()
        });
        self.mode = Mode::Write(Box::new(ta), entry.map(|e| e.id));
    }

    /// Saves what `$EDITOR` returned, as a new entry or over the one it edited.
    pub fn finish_external(
        &mut self,
        store: &Store,
        edit: ExternalEdit,
        result: Result<String>,
    ) -> Result<()> {
        let text = result?;
        if text.trim().is_empty() || text == edit.text {
            self.message = Some("Nothing changed.".into());
            return Ok(());
        }
        let e = save_entry(store, edit.entry_id, text, self.data.today_checkin.as_ref())?;
        self.reload(store)?;
        self.message = Some(format!("Saved entry {} for {}.", e.id, e.date));
        Ok(())
    }
}

pub(super) fn save_entry(
    store: &Store,
    id: Option<i64>,
    body: String,
    today: Option<&Checkin>,
) -> Result<JournalEntry> {
    match id {
        Some(id) => {
            let old = store.journal_entry(id)?;
            let at = chrono::DateTime::parse_from_rfc3339(&old.at)
                .unwrap_or_else(|_| store.clock().now());
            let draft = JournalDraft {
                at,
                title: old.title,
                body,
                mood: old.mood,
                domain: old.domain,
                tags: old.tags,
            };
            store.write(|w| w.update_journal(id, draft))
        }
        None => {
            let draft = JournalDraft {
                at: store.clock().now(),
                title: None,
                body,
                mood: today.and_then(|c| c.mood),
                domain: None,
                tags: Vec::new(),
            };
            store.write(|w| w.add_journal(draft))
        }
    }
}

/// A key while the curtain is down: for a plain journal any key lifts it; for an
/// encrypted one, the passphrase does.
fn unlock_key(app: &mut App, action: Action, store: &Store) {
    match action {
        Action::Quit => app.quit = true,
        _ if !app.encrypted => app.locked = false,
        Action::Type(c) => app.lock_input.push(c),
        Action::Erase => {
            app.lock_input.pop();
        }
        Action::Open if store.key_matches(&app.lock_input) => {
            app.locked = false;
            app.lock_note = None;
        }
        Action::Open => app.lock_note = Some("That passphrase did not open it. Try again.".into()),
        _ => {}
    }
    if matches!(action, Action::Open) {
        // Never keep a typed passphrase longer than the attempt.
        let typed = std::mem::take(&mut app.lock_input);
        drop(crate::secret::Passphrase::new(typed));
    }
}

/// Applies one action. Writes happen in one transaction each, then the data is re-read.
pub fn update(app: &mut App, action: Action, store: &Store, today: NaiveDate) -> Result<()> {
    if today != app.today {
        app.today = today;
        app.reload(store)?;
    }
    if action == Action::Resize || action == Action::Tick && !app.crisis {
        return Ok(());
    }
    if action == Action::Lock {
        app.locked = true;
        app.lock_input.clear();
        app.lock_note = None;
        return Ok(());
    }
    if app.locked {
        unlock_key(app, action, store);
        return Ok(());
    }
    if action != Action::Tick {
        app.message = None;
    }
    if app.help {
        match action {
            Action::Down => app.help_scroll += 1,
            Action::Up => app.help_scroll = app.help_scroll.saturating_sub(1),
            Action::Quit => app.quit = true,
            Action::Back | Action::Help => {
                app.help = false;
                app.help_scroll = 0;
            }
            _ => {}
        }
        return Ok(());
    }
    if app.crisis {
        if let Some(s) = app.surf.take() {
            let (next, msg) = crisis::step(s, action, store)?;
            app.surf = next;
            if msg.is_some() {
                app.message = msg;
                app.reload(store)?;
            }
            return Ok(());
        }
        match action {
            Action::Urge => app.surf = Some(Surf::Before { urge: 5 }),
            Action::Back | Action::Crisis => {
                app.crisis = false;
                app.crisis_note = None;
            }
            Action::Quit => app.quit = true,
            Action::Help => app.help = true,
            Action::Go(s) => {
                app.crisis = false;
                app.crisis_note = None;
                app.go(s);
            }
            _ => {}
        }
        return Ok(());
    }
    match std::mem::replace(&mut app.mode, Mode::Normal) {
        Mode::Normal => handlers::normal(app, action, store)?,
        Mode::Read(i) => handlers::read(app, i, action, store)?,
        Mode::Checkin(form) => handlers::checkin(app, form, action, store)?,
        Mode::Form(form, purpose) => handlers::form_action(app, form, purpose, action, store)?,
        Mode::Write(ta, id) => handlers::write(app, ta, id, action, store)?,
        Mode::Searching(q) => handlers::search(app, q, action, store)?,
        Mode::Assess(t) => super::assess::step(app, t, action, store)?,
        Mode::Asking(ask, prev) => handlers::answer(app, ask, *prev, action, store)?,
    }
    if app.screen == Screen::Export && app.export_preview.is_empty() {
        handlers::refresh_preview(app, &forms::export(app.today), store);
    }
    Ok(())
}

pub fn tab_count(s: Screen) -> usize {
    match s {
        Screen::Domains => 5,
        Screen::Progress => 6,
        Screen::Plan => 2,
        _ => 1,
    }
}
