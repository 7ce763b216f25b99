//! The full-screen app: terminal guard and panic hook, and the event loop. A key
//! travels one way: `keymap` reads it as an `Action` for the current mode, `app`
//! hands it to the top overlay or the current screen, which may write through
//! `Store` (never SQL here) and ask for effects, and `view` draws what changed.

pub mod action;
pub mod app;
mod checkin;
mod crisis;
mod fields;
mod forms;
mod kept;
pub mod keymap;
mod lock;
pub mod overlay;
mod prompts;
mod safety;
pub mod screens;
mod selfcheck;
pub mod shared;
mod step;
mod theme;
mod urge_timer;
pub mod view;
mod widgets;
mod wrap;
mod writer;

use crate::error::{Error, Result};
use crate::secret;
use crate::store::Store;
use action::Action;
use app::App;
use crossterm::event::{self, Event, KeyEventKind};
use std::io::IsTerminal;

pub use keymap::split_alt;
pub use lock::unlock;
use std::time::Duration;

/// Restores the terminal when dropped: on normal exit, on error and while unwinding.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        ratatui::restore();
    }
}

/// Idle time before the screen locks: TEND_AUTOLOCK_MINUTES, else the settings file's
/// `autolock_minutes`, else 10 minutes for an encrypted journal and none for a plain
/// one (0 turns it off).
pub fn autolock_after(encrypted: bool, configured: Option<u64>) -> Option<Duration> {
    let minutes = std::env::var("TEND_AUTOLOCK_MINUTES")
        .ok()
        .and_then(|m| m.trim().parse::<u64>().ok())
        .or(configured);
    match minutes {
        Some(0) => None,
        Some(m) => Some(Duration::from_secs(m * 60)),
        None if encrypted => Some(Duration::from_secs(600)),
        None => None,
    }
}

/// Hands the terminal to `$EDITOR` and takes it back.
fn run_editor(
    terminal: &mut ratatui::DefaultTerminal,
    text: &str,
    editor: Option<&str>,
) -> Result<Result<crate::editor::Edited>> {
    ratatui::restore();
    let result = crate::editor::edit(text, editor);
    // Stopped by a signal: the terminal stays as the person's shell wants it.
    if crate::signals::pending().is_none() {
        crossterm::terminal::enable_raw_mode()?;
        crossterm::execute!(std::io::stdout(), crossterm::terminal::EnterAlternateScreen)?;
        terminal.clear()?;
    }
    Ok(result)
}

/// Gives the terminal back as the shell wants it, stops (a stop request came), and
/// takes it again, drawn afresh, once continued.
fn suspend(terminal: &mut ratatui::DefaultTerminal) -> Result<()> {
    use crossterm::terminal::{Clear, ClearType, EnterAlternateScreen};
    ratatui::restore();
    crate::signals::stop_now();
    crossterm::terminal::enable_raw_mode()?;
    crossterm::execute!(
        std::io::stdout(),
        EnterAlternateScreen,
        Clear(ClearType::All)
    )?;
    // Blank the frame ratatui remembers too (without asking the terminal where its
    // cursor is), so the next draw paints every cell.
    terminal.draw(|f| f.render_widget(ratatui::widgets::Clear, f.area()))?;
    Ok(())
}

/// Runs the app until the person quits. Needs a terminal on both ends.
/// `settings` is the settings file as read; what was wrong with it shows on the status
/// line at start, and the app runs with defaults for those settings.
/// `notice` (what a sync before it did) shows on the status line at start, unless
/// something there matters more. `after_first_frame` runs once the first screen is
/// drawn (the day's backup starts there, so it never delays the screen). The store is
/// left as the app last had it (opened again, if another command replaced the file).
pub fn run(
    store: &mut Store,
    settings: &crate::settings::Loaded,
    exports: &std::path::Path,
    notice: Option<String>,
    after_first_frame: &mut dyn FnMut(),
) -> Result<()> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(Error::Message(t!("tui-needs-terminal")));
    }
    crate::signals::watch()?;
    crate::editor::remove_stale();
    let mut app = start(store, settings)?;
    app.cx.prefs.exports = Some(exports.to_path_buf());
    if let Some(n) = notice.filter(|_| app.cx.message.is_none()) {
        app.cx.say(n);
    }
    sane_terminal();
    let mut terminal = ratatui::try_init()?; // also installs a panic hook that restores the terminal
    let _guard = Guard;
    let now = std::time::Instant::now();
    let mut idle = Idle {
        autolock: autolock_after(store.is_encrypted(), settings.settings.autolock_minutes),
        last_input: now,
        last_tick: now,
    };
    let mut dirty = true;
    let mut first = true;
    while !app.quit {
        if dirty {
            terminal.draw(|f| view::render(&app, f))?;
            if std::mem::take(&mut first) {
                after_first_frame();
            }
        }
        if let Some(signal) = crate::signals::pending() {
            app.keep_drafts(store)?;
            return Err(Error::Interrupted { signal });
        }
        if crate::signals::take_stop() {
            app.keep_drafts(store)?;
            suspend(&mut terminal)?;
            dirty = true;
            continue;
        }
        let inputs = idle.next(&app)?;
        // Time passing changes the screen only while the urge timer runs.
        let background = |i: &Input| matches!(i, Input::Action(Action::Tick));
        dirty = inputs.iter().any(|i| !background(i)) || app.ticking();
        for input in inputs {
            // Each key is read in the mode the keys before it left.
            let action = match input {
                Input::Key(k) => app.action_for(k),
                Input::Action(a) => Some(a),
            };
            if let Some(a) = action {
                // A journal let go (replaced, waiting to be opened again) has no day.
                let today = store.today().unwrap_or(app.cx.today);
                let done = app::update(&mut app, a, store, today);
                settle(done, &mut app, store)?;
            }
        }
        if let Some(key) = app.reopen.take() {
            reopen(&mut app, store, Some(key))?;
        }
        if let Some(edit) = app.external.take() {
            let result = run_editor(&mut terminal, &edit.text, app.cx.prefs.editor.as_deref())?;
            let done = app.finish_external(store, edit, result);
            settle(done, &mut app, store)?;
            dirty = true;
        }
    }
    Ok(())
}

/// Says why an action saved nothing; when the journal file was replaced under tend,
/// opens the new one (the words typed stay on screen, to be saved again).
fn settle(done: Result<()>, app: &mut App, store: &mut Store) -> Result<()> {
    match store.note_damage(done) {
        Ok(()) => Ok(()),
        Err(e @ Error::Replaced { .. }) => {
            app.cx.say(t!("tui-not-saved", error = e.to_string()));
            let key = store.key().cloned();
            reopen(app, store, key)
        }
        Err(e) => {
            app.cx.say(t!("tui-not-saved", error = e.to_string()));
            Ok(())
        }
    }
}

/// Opens the journal at the same path again, with `key` (the one it was opened with,
/// or one typed at the lock screen). A key it needs and doesn't have shows the lock
/// screen, asking for it.
fn reopen(app: &mut App, store: &mut Store, key: Option<secret::Passphrase>) -> Result<()> {
    let typed = key.is_some() && app.locked();
    // Our connection to the old file goes first: its -wal and -shm sit beside the
    // path, and the new file must not inherit them.
    store.close()?;
    match Store::open_with(store.path(), store.clock(), key) {
        Ok(new) => {
            new.set_drink_grams(store.drink_grams());
            *store = new;
            app.cx.encrypted = store.is_encrypted();
            if app.locked() {
                app.overlays.pop();
            }
            app.reload(store)?;
            app.cx.say(t!("tui-reopened"));
            Ok(())
        }
        Err(Error::Locked { .. } | Error::WrongPassphrase { .. }) => {
            app.ask_to_reopen(typed);
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// The app on its first screen, with the settings applied and the first problem in
/// them on the status line.
fn start(store: &Store, settings: &crate::settings::Loaded) -> Result<App> {
    let mut app = App::new(store, store.today()?)?;
    let key_problems = app.apply(&settings.settings);
    let first = settings
        .problems
        .iter()
        .chain(&key_problems)
        .min_by_key(|p| !p.error);
    if let Some(p) = first {
        let problem = settings.describe(p);
        app.cx.say(if p.error {
            t!("tui-settings-error", problem = problem)
        } else {
            t!("tui-settings-problem", problem = problem)
        });
    }
    Ok(app)
}

/// What woke the loop.
enum Input {
    Key(crossterm::event::KeyEvent),
    Action(Action),
}

/// Waiting for the person: keys, resizes, the urge timer's second hand, the idle lock,
/// keeping drafts every few seconds, and a look for signals four times a second.
struct Idle {
    autolock: Option<Duration>,
    last_input: std::time::Instant,
    last_tick: std::time::Instant,
}

/// How often time passing is worth an action: the urge timer's second hand, and
/// keeping the editor's words as a draft.
const TICK: Duration = Duration::from_secs(1);
const DRAFT_EVERY: Duration = Duration::from_secs(3);
/// How long the loop sleeps at most, so a signal is noticed soon.
const LOOK_FOR_SIGNALS: Duration = Duration::from_millis(250);

/// A terminal left raw by a tend that was killed outright (SIGKILL can't be caught)
/// gets echo, line editing and signals back before this run takes it over, so the
/// mode this run restores on the way out is a sane one.
fn sane_terminal() {
    use rustix::termios::{InputModes, LocalModes, OptionalActions, OutputModes};
    let stdin = std::io::stdin();
    let Ok(mut t) = rustix::termios::tcgetattr(&stdin) else {
        return;
    };
    if t.local_modes
        .contains(LocalModes::ICANON | LocalModes::ECHO)
    {
        return; // already cooked: keep the person's own settings
    }
    t.local_modes |= LocalModes::ICANON | LocalModes::ECHO | LocalModes::ISIG | LocalModes::IEXTEN;
    t.input_modes |= InputModes::ICRNL;
    t.output_modes |= OutputModes::OPOST | OutputModes::ONLCR;
    let _ = rustix::termios::tcsetattr(&stdin, OptionalActions::Now, &t);
    let _ = crossterm::execute!(
        std::io::stdout(),
        crossterm::terminal::LeaveAlternateScreen,
        crossterm::cursor::Show
    );
}

impl Idle {
    /// Blocks until something happens and returns what it means.
    fn next(&mut self, app: &App) -> Result<Vec<Input>> {
        let ticking = app.ticking();
        let every = if ticking { TICK } else { DRAFT_EVERY };
        let lock_due = self
            .autolock
            .filter(|_| !app.locked())
            .map(|d| d.saturating_sub(self.last_input.elapsed()));
        let wait = lock_due.map_or(LOOK_FOR_SIGNALS, |l| l.min(LOOK_FOR_SIGNALS));
        if !event::poll(wait)? {
            if lock_due.is_some_and(|l| l <= wait) {
                return Ok(vec![Input::Action(Action::Lock)]);
            }
            if self.last_tick.elapsed() >= every {
                self.last_tick = std::time::Instant::now();
                return Ok(vec![Input::Action(Action::Tick)]);
            }
            return Ok(vec![]);
        }
        self.last_input = std::time::Instant::now();
        Ok(match event::read()? {
            Event::Key(k) if k.kind != KeyEventKind::Release => {
                split_alt(k).into_iter().map(Input::Key).collect()
            }
            Event::Resize(..) => vec![Input::Action(Action::Resize)],
            _ => vec![],
        })
    }
}
