//! The full-screen app: terminal guard and panic hook, the event loop, and the parts
//! it drives (`app` for state and update, `keymap` for bindings, `view` and `screens`
//! for drawing). No SQL here: everything goes through `Store`.

pub mod app;
pub mod keymap;
mod screens;
pub mod view;

use crate::error::{Error, Result};
use crate::store::Store;
use app::{Action, App, Mode};
use crossterm::event::{self, Event, KeyEventKind};
use keymap::{EDITOR, FORM, Key, NORMAL, lookup};
use std::io::IsTerminal;

/// Restores the terminal when dropped: on normal exit, on error and while unwinding.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        ratatui::restore();
    }
}

/// Turns a key into an action for the current mode.
pub fn action_for(app: &App, e: crossterm::event::KeyEvent) -> Option<Action> {
    let key = Key::from_event(e)?;
    if matches!(app.mode, Mode::ConfirmDiscard(_)) {
        return Some(match key {
            Key::Char(c) => Action::Type(c),
            _ => Action::Back,
        });
    }
    if app.help || app.crisis {
        return lookup(NORMAL, key);
    }
    match &app.mode {
        Mode::Write(_) => lookup(EDITOR, key).or(Some(Action::Key(e))),
        Mode::Checkin(form) => {
            if form.text_focus().is_some() {
                match key {
                    Key::Char(c) => return Some(Action::Type(c)),
                    Key::Backspace => return Some(Action::Erase),
                    Key::Left | Key::Right | Key::Enter => return None,
                    _ => {}
                }
            }
            lookup(FORM, key)
        }
        _ => lookup(NORMAL, key),
    }
}

/// Runs the app until the person quits. Needs a terminal on both ends.
pub fn run(store: &Store) -> Result<()> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(Error::Message(
            "the full-screen app needs a terminal; use the subcommands in scripts (see `tend --help`)".into(),
        ));
    }
    let mut app = App::new(store, store.today()?)?;
    let mut terminal = ratatui::try_init()?; // also installs a panic hook that restores the terminal
    let _guard = Guard;
    let mut dirty = true;
    while !app.quit {
        if dirty {
            terminal.draw(|f| view::render(&app, f))?;
            dirty = false;
        }
        let action = match event::read()? {
            Event::Key(k) if k.kind != KeyEventKind::Release => action_for(&app, k),
            Event::Resize(..) => Some(Action::Resize),
            _ => None,
        };
        if let Some(a) = action {
            if let Err(e) = app::update(&mut app, a, store, store.today()?) {
                app.message = Some(format!(
                    "Could not save: {e}. Nothing was lost from before."
                ));
            }
            dirty = true;
        }
    }
    Ok(())
}
