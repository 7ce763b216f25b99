//! App state, the Action enum and `update`: the only place the TUI changes state.
//! It reads and writes through `Store` methods (never SQL) and re-reads what changed.

use super::checkin::CheckinForm;
use super::crisis::{self, Surf};
use super::form::Form;
use super::forms::{self, Purpose};
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
    Save,
    Help,
    Crisis,
    Back,
    Quit,
    Type(char),
    Erase,
    /// A raw key for the text editor.
    Key(crossterm::event::KeyEvent),
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
    pub surf: Option<Surf>,
    pub today: NaiveDate,
    pub data: Data,
    pub journal_view: JournalView,
    pub selected: usize,
    /// Left/Right choice on screens with tabs or ranges.
    pub tab: usize,
    pub message: Option<String>,
    pub external: Option<ExternalEdit>,
    pub quit: bool,
    /// False under NO_COLOR: meaning then rides on symbols and emphasis only.
    pub color: bool,
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
            surf: None,
            today,
            data: Data::load(store, today, &journal_view)?,
            journal_view,
            selected: 0,
            tab: 0,
            message: None,
            external: None,
            quit: false,
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        })
    }

    pub fn reload(&mut self, store: &Store) -> Result<()> {
        self.data = Data::load(store, self.today, &self.journal_view)?;
        self.selected = self.selected.min(self.list_len().saturating_sub(1));
        Ok(())
    }

    fn go(&mut self, s: Screen) {
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
            _ => 0,
        }
    }

    fn open_form(&mut self, form: Form, purpose: Purpose) {
        self.mode = Mode::Form(Box::new(form), purpose);
    }

    fn start_writing(&mut self, entry: Option<&JournalEntry>) {
        self.screen = Screen::Journal;
        let mut ta = match entry {
            Some(e) => TextArea::new(e.body.lines().map(String::from).collect()),
            None => TextArea::default(),
        };
        ta.set_placeholder_text(super::prompts::for_day(self.today));
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

fn save_entry(
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

/// Applies one action. Writes happen in one transaction each, then the data is re-read.
pub fn update(app: &mut App, action: Action, store: &Store, today: NaiveDate) -> Result<()> {
    if today != app.today {
        app.today = today;
        app.reload(store)?;
    }
    if action == Action::Resize {
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
            Action::Back | Action::Crisis => app.crisis = false,
            Action::Quit => app.quit = true,
            Action::Help => app.help = true,
            Action::Go(s) => {
                app.crisis = false;
                app.go(s);
            }
            _ => {}
        }
        return Ok(());
    }
    match std::mem::replace(&mut app.mode, Mode::Normal) {
        Mode::Normal => normal(app, action, store)?,
        Mode::Read(i) => read(app, i, action, store)?,
        Mode::Checkin(form) => checkin(app, form, action, store)?,
        Mode::Form(form, purpose) => form_action(app, form, purpose, action, store)?,
        Mode::Write(ta, id) => write(app, ta, id, action, store)?,
        Mode::Searching(q) => search(app, q, action, store)?,
        Mode::Asking(ask, prev) => answer(app, ask, *prev, action, store)?,
    }
    Ok(())
}

fn normal(app: &mut App, action: Action, store: &Store) -> Result<()> {
    let i = app.screen.index();
    let n = Screen::ALL.len();
    match (action, app.screen) {
        (Action::Go(s), _) => app.go(s),
        (Action::NextScreen, _) => app.go(Screen::ALL[(i + 1) % n]),
        (Action::PrevScreen, _) => app.go(Screen::ALL[(i + n - 1) % n]),
        (Action::Help, _) => app.help = true,
        (Action::Crisis, _) => app.crisis = true,
        (Action::Quit, _) => app.quit = true,
        (Action::Back, Screen::Journal)
            if app.journal_view
                != JournalView {
                    limit: JOURNAL_PAGE,
                    ..Default::default()
                } =>
        {
            app.journal_view = JournalView {
                limit: JOURNAL_PAGE,
                ..Default::default()
            };
            app.selected = 0;
            app.reload(store)?;
        }
        (Action::Back, s) if s != Screen::Today => app.go(Screen::Today),
        (Action::Up, _) => app.selected = app.selected.saturating_sub(1),
        (Action::Down, _) => {
            app.selected = (app.selected + 1).min(app.list_len().saturating_sub(1));
            if app.screen == Screen::Journal && app.selected + 1 == app.journal_view.limit {
                app.journal_view.limit += JOURNAL_PAGE; // the next page
                app.reload(store)?;
            }
        }
        (Action::Left, _) => {
            app.tab = app.tab.saturating_sub(1);
            app.selected = 0;
        }
        (Action::Right, s) => {
            app.tab = (app.tab + 1).min(tab_count(s) - 1);
            app.selected = 0;
        }
        (Action::Open | Action::Edit, Screen::Today | Screen::Checkin) => {
            app.go(Screen::Checkin);
            app.mode = Mode::Checkin(CheckinForm::from_checkin(app.data.today_checkin.as_ref()));
        }
        (Action::New, Screen::Today | Screen::Journal) => app.start_writing(None),
        (Action::Growth, _) => app.open_form(forms::setback(&app.data), Purpose::NewSetback),
        _ => match app.screen {
            Screen::Journal => journal(app, action, store)?,
            Screen::Goals => goals(app, action, store)?,
            Screen::Plan => plan(app, action, store)?,
            _ => {}
        },
    }
    Ok(())
}

pub fn tab_count(s: Screen) -> usize {
    match s {
        Screen::Domains => 5,
        Screen::Progress => 5,
        Screen::Plan => 2,
        _ => 1,
    }
}

fn journal(app: &mut App, action: Action, store: &Store) -> Result<()> {
    let selected = app.data.journal.get(app.selected).cloned();
    match action {
        Action::Open if selected.is_some() => app.mode = Mode::Read(app.selected),
        Action::Edit => {
            app.external = Some(ExternalEdit {
                entry_id: selected.as_ref().map(|e| e.id),
                text: selected.map(|e| e.body).unwrap_or_default(),
            })
        }
        Action::Delete if let Some(e) = selected => {
            app.mode = Mode::Asking(Ask::DeleteEntry(e.id), Box::new(Mode::Normal))
        }
        Action::Search => app.mode = Mode::Searching(String::new()),
        Action::FilterDomain => {
            let next = match app.journal_view.domain {
                None => Some(LifeDomain::ALL[0]),
                Some(d) => LifeDomain::ALL
                    .iter()
                    .position(|x| *x == d)
                    .and_then(|i| LifeDomain::ALL.get(i + 1))
                    .copied(),
            };
            app.journal_view.domain = next;
            app.journal_view.search = None;
            app.selected = 0;
            app.reload(store)?;
        }
        Action::Month(forward) => {
            use chrono::Datelike;
            let this_month = app.today.with_day(1).expect("day 1");
            let next = match app.journal_view.month {
                None => this_month,
                Some(m) if forward => m
                    .checked_add_months(chrono::Months::new(1))
                    .expect("in range")
                    .min(this_month),
                Some(m) => m
                    .checked_sub_months(chrono::Months::new(1))
                    .expect("in range"),
            };
            app.journal_view.month = Some(next);
            app.journal_view.search = None;
            app.selected = 0;
            app.reload(store)?;
        }
        Action::FilterTag => {
            let tags = &app.data.tags;
            let next = match &app.journal_view.tag {
                None => tags.first().cloned(),
                Some(t) => tags
                    .iter()
                    .position(|x| x == t)
                    .and_then(|i| tags.get(i + 1))
                    .cloned(),
            };
            app.journal_view.tag = next;
            app.journal_view.search = None;
            app.selected = 0;
            app.reload(store)?;
        }
        _ => {}
    }
    Ok(())
}

fn read(app: &mut App, i: usize, action: Action, store: &Store) -> Result<()> {
    match action {
        Action::Back => {}
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
        Action::Edit => {
            app.mode = Mode::Read(i);
            journal(app, action, store)?;
        }
        Action::Open => {
            let e = app.data.journal.get(i).cloned();
            app.start_writing(e.as_ref());
        }
        other => {
            app.mode = Mode::Read(i);
            normal(app, other, store)?;
        }
    }
    Ok(())
}

fn search(app: &mut App, mut q: String, action: Action, store: &Store) -> Result<()> {
    match action {
        Action::Type(c) => q.push(c),
        Action::Erase => {
            q.pop();
        }
        Action::Back => return Ok(()),
        Action::Open | Action::Save => {
            if crate::store::fts_query(&q).is_some() {
                app.journal_view = JournalView {
                    search: Some(q),
                    limit: JOURNAL_PAGE,
                    ..Default::default()
                };
                app.selected = 0;
                app.reload(store)?;
                if app.data.journal.is_empty() {
                    app.message = Some("No entries mention that. Esc shows them all again.".into());
                }
            }
            return Ok(());
        }
        _ => {}
    }
    app.mode = Mode::Searching(q);
    Ok(())
}

fn goals(app: &mut App, action: Action, store: &Store) -> Result<()> {
    let selected = app.data.goals.get(app.selected).map(|(g, _, _)| g.clone());
    match (action, selected) {
        (Action::Add | Action::New, _) => app.open_form(forms::goal(None), Purpose::NewGoal),
        (Action::Edit, Some(g)) => app.open_form(forms::goal(Some(&g)), Purpose::EditGoal(g.id)),
        (Action::Open | Action::Toggle, Some(g)) => {
            let step = g
                .steps
                .iter()
                .find(|s| s.done_on.is_none())
                .map(|s| s.position);
            if g.kind == GoalKind::Milestone && step.is_none() {
                app.message = Some("Every step is done. Press s to mark it achieved.".into());
                return Ok(());
            }
            store.write(|w| w.log_goal(g.id, app.today, None, step))?;
            app.reload(store)?;
            app.message = Some(match step {
                Some(n) => format!("Step {n} of “{}” done. Well done.", g.title),
                None => format!("Logged “{}” for today. Well done.", g.title),
            });
        }
        (Action::Status, Some(g)) => {
            let all = GoalStatus::ALL;
            let next = all[(all.iter().position(|s| *s == g.status).unwrap_or(0) + 1) % all.len()];
            store.write(|w| w.set_goal_status(g.id, next))?;
            app.reload(store)?;
            app.message = Some(format!("“{}” is now {}.", g.title, next.label()));
        }
        _ => {}
    }
    Ok(())
}

fn plan(app: &mut App, action: Action, store: &Store) -> Result<()> {
    if app.tab == 1 {
        if matches!(action, Action::Add | Action::New) {
            app.open_form(forms::trigger(), Purpose::NewTrigger);
        }
        return Ok(());
    }
    let rows = plan_rows(&app.data.plan);
    let row = rows.get(app.selected).copied();
    let item = |n: usize| app.data.plan[n].clone();
    match (action, row) {
        (Action::Add | Action::New, Some(PlanRow::Section(s))) => {
            app.open_form(forms::plan_item(s, None), Purpose::NewPlanItem(s))
        }
        (Action::Add | Action::New, Some(PlanRow::Item(n))) => {
            let s = app.data.plan[n].section;
            app.open_form(forms::plan_item(s, None), Purpose::NewPlanItem(s));
        }
        (Action::Edit | Action::Open, Some(PlanRow::Item(n))) => {
            let it = item(n);
            app.open_form(
                forms::plan_item(it.section, Some(&it)),
                Purpose::EditPlanItem(it.id),
            );
        }
        (Action::Open, Some(PlanRow::Section(s))) => {
            app.open_form(forms::plan_item(s, None), Purpose::NewPlanItem(s))
        }
        (Action::Delete, Some(PlanRow::Item(n))) => {
            app.mode = Mode::Asking(Ask::DeletePlanItem(item(n).id), Box::new(Mode::Normal))
        }
        (Action::MoveUp | Action::MoveDown, Some(PlanRow::Item(n))) => {
            let it = item(n);
            let up = action == Action::MoveUp;
            if !up || it.position > 1 {
                let to = if up { it.position - 1 } else { it.position + 1 };
                let moved = store.write(|w| w.move_plan_item(it.id, to))?;
                app.reload(store)?;
                let rows = plan_rows(&app.data.plan);
                app.selected = rows
                    .iter()
                    .position(|r| matches!(r, PlanRow::Item(k) if app.data.plan[*k].id == moved.id))
                    .unwrap_or(app.selected);
            }
        }
        _ => {}
    }
    Ok(())
}

fn checkin(app: &mut App, mut form: CheckinForm, action: Action, store: &Store) -> Result<()> {
    match action {
        Action::Down => form.next(),
        Action::Up => form.prev(),
        Action::Left => form.nudge(false),
        Action::Right => form.nudge(true),
        Action::Toggle => form.toggle(),
        Action::Type(c) if form.text_focus().is_some() => form.type_char(c),
        Action::Type(' ') => form.toggle(),
        Action::Type(c) if c.is_ascii_digit() => form.digit(c as u8 - b'0'),
        Action::Erase => form.erase(),
        Action::Save => {
            let c = store.write(|w| w.upsert_checkin(app.today, &form.patch()))?;
            app.reload(store)?;
            app.message = Some(if c.craving.is_some_and(|v| v >= 7) {
                "Checked in. Cravings are loud today: ! opens your plan whenever you need it."
                    .into()
            } else {
                "Checked in. Thank you for showing up today.".into()
            });
            if form.setback {
                app.mode = Mode::Asking(Ask::OfferGrowth, Box::new(Mode::Normal));
            }
            return Ok(());
        }
        Action::Back if form.dirty => {
            app.mode = Mode::Asking(Ask::Discard, Box::new(Mode::Checkin(form)));
            return Ok(());
        }
        Action::Back => return Ok(()),
        _ => {}
    }
    app.mode = Mode::Checkin(form);
    Ok(())
}

fn form_action(
    app: &mut App,
    mut form: Box<Form>,
    purpose: Purpose,
    action: Action,
    store: &Store,
) -> Result<()> {
    match action {
        Action::Down => form.next(),
        Action::Up => form.prev(),
        Action::Left => form.nudge(false),
        Action::Right => form.nudge(true),
        Action::Type(c) => form.type_char(c),
        Action::Erase => form.erase(),
        Action::Save => match forms::submit(purpose, &form, &app.data, store, app.today) {
            Ok(msg) => {
                app.reload(store)?;
                app.message = Some(msg);
                if purpose == Purpose::NewSetback {
                    app.go(Screen::Progress);
                }
                return Ok(());
            }
            Err(e) => form.error = Some(e.to_string()),
        },
        Action::Back if form.dirty => {
            app.mode = Mode::Asking(Ask::Discard, Box::new(Mode::Form(form, purpose)));
            return Ok(());
        }
        Action::Back => {
            if purpose == Purpose::Welcome {
                app.message = Some(
                    "Skipped for now. Your plan and commitments can be added any time.".into(),
                );
            }
            return Ok(());
        }
        _ => {}
    }
    app.mode = Mode::Form(form, purpose);
    Ok(())
}

fn write(
    app: &mut App,
    mut ta: Box<TextArea<'static>>,
    id: Option<i64>,
    action: Action,
    store: &Store,
) -> Result<()> {
    let empty = ta.lines().iter().all(|l| l.trim().is_empty());
    match action {
        Action::Save if empty => {
            app.message = Some("Nothing written yet.".into());
            app.mode = Mode::Write(ta, id);
        }
        Action::Save => {
            let e = save_entry(
                store,
                id,
                ta.lines().join("\n"),
                app.data.today_checkin.as_ref(),
            )?;
            app.reload(store)?;
            app.selected = app
                .data
                .journal
                .iter()
                .position(|x| x.id == e.id)
                .unwrap_or(0);
            app.message = Some(format!("Saved entry {} for {}.", e.id, e.date));
        }
        Action::Back if !empty => {
            app.mode = Mode::Asking(Ask::Discard, Box::new(Mode::Write(ta, id)))
        }
        Action::Back => {}
        Action::Key(k) => {
            ta.input(k);
            app.mode = Mode::Write(ta, id);
        }
        _ => app.mode = Mode::Write(ta, id),
    }
    Ok(())
}

fn answer(app: &mut App, ask: Ask, prev: Mode, action: Action, store: &Store) -> Result<()> {
    let yes = matches!(action, Action::Type('y' | 'Y'));
    match ask {
        Ask::Discard if yes => app.message = Some("Left without saving.".into()),
        Ask::Discard => app.mode = prev,
        Ask::DeleteEntry(id) if yes => {
            store.write(|w| w.delete_journal(id))?;
            app.reload(store)?;
            app.message = Some(format!("Deleted entry {id}."));
        }
        Ask::DeletePlanItem(id) if yes => {
            let it = store.write(|w| w.remove_plan_item(id))?;
            app.reload(store)?;
            app.message = Some(format!("Removed “{}” from your plan.", it.text));
        }
        Ask::OfferGrowth if matches!(action, Action::Open | Action::Save) || yes => {
            app.open_form(forms::setback(&app.data), Purpose::NewSetback);
        }
        Ask::OfferGrowth => {
            app.message =
                Some("That's all right. You can write a growth entry any time with g.".into())
        }
        Ask::DeleteEntry(_) | Ask::DeletePlanItem(_) => app.message = Some("Kept.".into()),
    }
    Ok(())
}
