//! The app's state and `update`, the only place it changes: a key goes to the top
//! overlay, or else to the current screen, or else to what every screen shares; then
//! the effects it asked for are applied in order (open, close, go, reload).

use super::action::{Action, Screen};
use super::forms::{FormView, GrowthForm, WelcomeForm};
use super::keymap::{Keymap, Mode};
use super::lock::Curtain;
use super::overlay::{Ask, Effect, Overlay};
use super::screens::{ProgressTab, Screens};
use super::shared::{Ctx, Data};
use super::writer::{ExternalEdit, Writer};
use crate::error::Result;
use crate::settings::{Problem, Settings, ThemeName};
use crate::store::Store;
use crate::store::drafts;
use chrono::NaiveDate;
use crossterm::event::KeyEvent;

pub struct App {
    pub cx: Ctx,
    pub screens: Screens,
    pub screen: Screen,
    /// Bottom first; the last takes the keys.
    pub overlays: Vec<Overlay>,
    /// A request for the event loop to hand the terminal to `$EDITOR`.
    pub external: Option<ExternalEdit>,
    /// A passphrase typed to reopen a journal replaced under tend.
    pub reopen: Option<crate::secret::Passphrase>,
    /// The journal's data version when last read: another process's write changes it.
    seen: i64,
    pub quit: bool,
}

impl App {
    /// Opens on Today, or on the welcome when the database is new.
    pub fn new(store: &Store, today: NaiveDate) -> Result<App> {
        let mut cx = Ctx::new(store, today)?;
        let mut overlays = Vec::new();
        let mut screen = Screen::Today;
        if store.is_empty()? {
            cx.first_visit = true;
            overlays.push(Overlay::Form(FormView::new(WelcomeForm::new())));
        } else if let Some(draft) = store.draft(drafts::JOURNAL)? {
            screen = Screen::Journal;
            // The entry it edits, unless it was deleted meanwhile (then it is a new one).
            let entry = (draft.target != 0)
                .then(|| store.journal_entry(draft.target).ok())
                .flatten();
            let w = Writer::from_draft(&draft, entry.as_ref(), &cx);
            overlays.push(Overlay::Writer(Box::new(w)));
            let key = |a| cx.keys.key(Mode::Writing, a);
            let (save, leave) = (key(Action::Save), key(Action::Back));
            let when = draft
                .saved_at
                .get(..16)
                .unwrap_or(&draft.saved_at)
                .replace('T', " ");
            cx.say(t!(
                "tui-draft-back",
                when = when,
                save = save,
                leave = leave
            ));
        }
        Ok(App {
            screens: Screens::new(screen, &cx, store)?,
            cx,
            screen,
            overlays,
            external: None,
            reopen: None,
            seen: store.data_version()?,
            quit: false,
        })
    }

    /// Shows the lock screen asking for the passphrase of a journal that was replaced
    /// (encrypted by another command, say); `again` after one that didn't open it.
    pub fn ask_to_reopen(&mut self, again: bool) {
        if !self.locked() {
            self.overlays.push(Overlay::Curtain(Curtain::reopening()));
        }
        if again && let Some(Overlay::Curtain(c)) = self.overlays.last_mut() {
            c.refused();
        }
    }

    /// Keeps every open editor's words in the journal's drafts (every few seconds, on
    /// lock, and when a signal stops tend).
    pub fn keep_drafts(&mut self, store: &Store) -> Result<()> {
        for o in &mut self.overlays {
            if let Overlay::Writer(w) = o {
                w.keep(store)?;
            }
        }
        Ok(())
    }

    /// Forgets the drafts of the editors on the stack: the person chose to let them go.
    fn drop_drafts(&mut self, store: &Store) -> Result<()> {
        for o in &self.overlays {
            if let Overlay::Writer(w) = o {
                store.drop_draft(drafts::JOURNAL, w.target())?;
            }
        }
        Ok(())
    }

    /// Applies the settings file; returns what was wrong with its `[keys]`.
    pub fn apply(&mut self, s: &Settings) -> Vec<Problem> {
        let theme = &mut self.cx.theme;
        theme.color &= s.theme != ThemeName::NoColour;
        theme.high_contrast = s.theme == ThemeName::HighContrast;
        self.cx.prefs.domains = s.domains.clone();
        self.cx.prefs.prompts = s.prompts;
        self.cx.prefs.crisis_lines = s.crisis_lines.clone();
        self.cx.prefs.country = s.country_in_effect();
        self.cx.prefs.ninety_from = s.ninety_from;
        self.cx.prefs.tolerance_break_days = s.tolerance_break_days;
        self.cx.prefs.editor = s.editor.clone();
        let (keys, problems) = Keymap::with_overrides(&s.keys);
        self.cx.keys = keys;
        problems
    }

    /// Where keys go now: the top overlay's mode, else the screen's.
    pub fn mode(&self) -> Mode {
        match self.overlays.last() {
            Some(o) => o.mode(),
            None => self.screens.mode(self.screen),
        }
    }

    /// The status line's hints for where the keys go now (with the key that dismisses
    /// words kept aside, while some are on screen).
    pub fn footer(&self) -> String {
        let mode = self.mode();
        let kept = self.overlays.is_empty()
            && self.screen == Screen::Journal
            && self.screens.journal.shows_kept();
        if kept {
            self.cx.keys.footer_kept(mode)
        } else {
            self.cx.keys.footer(mode)
        }
    }

    /// Turns a key into an action for the current mode.
    pub fn action_for(&self, e: KeyEvent) -> Option<Action> {
        self.cx.keys.action(self.mode(), e)
    }

    pub fn top(&self) -> Option<&Overlay> {
        self.overlays.last()
    }

    pub fn locked(&self) -> bool {
        matches!(self.top(), Some(Overlay::Curtain(_)))
    }

    /// Whether the urge timer's second hand is running.
    pub fn ticking(&self) -> bool {
        matches!(self.top(), Some(Overlay::Crisis(c)) if c.ticking())
    }

    pub fn reload(&mut self, store: &Store) -> Result<()> {
        self.seen = store.data_version()?;
        self.cx.data = Data::load(store, self.cx.today)?;
        self.screens.reload(self.screen, &self.cx, store)
    }

    fn go(&mut self, s: Screen, store: &Store) -> Result<()> {
        self.screen = s;
        self.screens.enter(s, &self.cx, store)
    }

    /// What every screen shares: moving between screens, help, crisis, quitting.
    fn anywhere(&mut self, action: Action, store: &Store) -> Vec<Effect> {
        let push = |o| vec![Effect::Push(o)];
        match action {
            Action::Go(s) => vec![Effect::Go(s)],
            Action::NextScreen => vec![Effect::Go(self.screen.step(true))],
            Action::PrevScreen => vec![Effect::Go(self.screen.step(false))],
            Action::Help => push(Overlay::Help {
                scroll: Default::default(),
                under: self.mode(),
            }),
            Action::Crisis => push(Overlay::Crisis(Default::default())),
            Action::Growth => push(Overlay::Form(FormView::new(GrowthForm::new(&self.cx.data)))),
            Action::SelfCheck => vec![Effect::SelfChecks(0)],
            Action::Undo => vec![Effect::Undo],
            Action::Connect => super::screens::log_connection(&self.cx, store),
            _ => vec![],
        }
    }

    fn apply_effects(&mut self, effects: Vec<Effect>, store: &Store) -> Result<()> {
        for e in effects {
            match e {
                Effect::Push(o) => self.overlays.push(o),
                Effect::Close => {
                    // An editor that closes was saved or let go: its draft goes too.
                    if let Some(Overlay::Writer(w)) = self.overlays.pop() {
                        store.drop_draft(drafts::JOURNAL, w.target())?;
                    }
                }
                Effect::Go(s) => self.go(s, store)?,
                Effect::SelfChecks(scale) => {
                    self.go(Screen::Progress, store)?;
                    self.screens.progress.tab = ProgressTab::SelfChecks;
                    self.screens.progress.scale = scale;
                }
                Effect::Reload => self.reload(store)?,
                Effect::Undo => self.undo(store)?,
                Effect::ShowEntry(id) => self.screens.journal.show(id),
                Effect::CheckinDay(day) => {
                    if self.screen != Screen::Checkin {
                        self.go(Screen::Checkin, store)?;
                    }
                    let screen = &mut self.screens.checkin;
                    screen.show(day, &self.cx, store)?;
                    let form = screen.form(&self.cx);
                    self.overlays.push(Overlay::Checkin(form));
                }
                Effect::External(edit) => self.external = Some(edit),
                Effect::Reopen(key) => self.reopen = Some(key),
                Effect::Quit => {
                    self.drop_drafts(store)?;
                    self.quit = true;
                }
            }
        }
        Ok(())
    }

    /// Puts back the record last deleted or edited in this run, as it was. One that
    /// can't come back (changed or deleted elsewhere since) stays on the list.
    fn undo(&mut self, store: &Store) -> Result<()> {
        let Some(before) = self.cx.undo.pop() else {
            self.cx.say(t!("tui-undo-nothing"));
            return Ok(());
        };
        match store.write(|w| w.restore(&before)) {
            Ok(_) => {
                let label = &before.label;
                self.cx.say(t!("tui-undone", record = label));
                self.reload(store)
            }
            Err(e @ crate::error::Error::Invalid(_)) => {
                self.cx.say(e.to_string());
                self.cx.undo.push(before);
                Ok(())
            }
            Err(e) => {
                self.cx.undo.push(before);
                Err(e)
            }
        }
    }

    /// Saves what `$EDITOR` returned, then shows it.
    pub fn finish_external(
        &mut self,
        store: &Store,
        edit: ExternalEdit,
        result: Result<crate::editor::Edited>,
    ) -> Result<()> {
        if super::writer::finish_external(&mut self.cx, store, edit, result)? {
            self.reload(store)?;
        }
        Ok(())
    }
}

/// Applies one action. Writes happen in one transaction each, then the data is re-read.
pub fn update(app: &mut App, action: Action, store: &Store, today: NaiveDate) -> Result<()> {
    if today != app.cx.today {
        app.cx.today = today;
        app.reload(store)?;
    }
    match action {
        Action::Resize => return Ok(()),
        Action::Tick => {
            app.keep_drafts(store)?;
            // A command in another shell wrote: show it (cursors stay on their records).
            let version = store.data_version()?;
            if version != app.seen {
                app.seen = version;
                app.reload(store)?;
            }
            if !app.ticking() {
                return Ok(());
            }
        }
        Action::Lock if app.locked() => return Ok(()),
        Action::Lock => {
            app.keep_drafts(store)?;
            app.overlays.push(Overlay::Curtain(Curtain::default()));
            return Ok(());
        }
        _ => {}
    }
    if action != Action::Tick && !app.locked() {
        app.cx.message = None;
    }
    if action == Action::Quit {
        let asking = matches!(app.top(), Some(Overlay::Confirm(Ask::Quit)));
        if app.overlays.iter().any(Overlay::unsaved) && !asking {
            app.overlays.push(Overlay::Confirm(Ask::Quit));
        } else {
            app.quit = true;
        }
        return Ok(());
    }
    let effects = match app.overlays.last_mut() {
        Some(top) => top.handle(action, &mut app.cx, store)?,
        None => match app.screens.handle(app.screen, action, &mut app.cx, store)? {
            Some(effects) => effects,
            None => app.anywhere(action, store),
        },
    };
    app.apply_effects(effects, store)
}
