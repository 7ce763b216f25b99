//! Privacy on screen: the curtain that blanks everything at once (Ctrl-L, or after idle
//! minutes), the passphrase that lifts it from an encrypted journal, and the unlock
//! prompt shown before an encrypted journal opens.

use super::action::Action;
use super::keymap::{Keymap, Mode};
use super::shared::Ctx;
use super::step::Step;
use crate::error::{Error, Result};
use crate::secret::Passphrase;
use crate::store::Store;
use crossterm::event::{self, Event, KeyEventKind};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Wrap};

/// The curtain is down: nothing of the journal is drawn.
#[derive(Debug, Default)]
pub struct Curtain {
    /// What has been typed at the prompt (only its length is ever drawn).
    typed: String,
    note: Option<String>,
    /// The journal was replaced under tend (encrypted by another command, say): the
    /// passphrase typed opens the new file rather than lifting a curtain.
    reopening: bool,
}

impl Drop for Curtain {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.typed);
    }
}

impl Curtain {
    pub fn reopening() -> Curtain {
        Curtain {
            typed: String::new(),
            note: None,
            reopening: true,
        }
    }

    /// The passphrase typed did not open the replaced journal.
    pub fn refused(&mut self) {
        self.note = Some(t!("tui-lock-wrong"));
    }

    /// For a plain journal any key lifts it; for an encrypted one, the passphrase does.
    pub fn handle(&mut self, action: Action, cx: &Ctx, store: &Store) -> Step {
        if self.reopening {
            return self.reopen_key(action);
        }
        if !cx.encrypted {
            return Step::Close;
        }
        match action {
            Action::Type(c) => self.typed.push(c),
            Action::Erase => {
                self.typed.pop();
            }
            Action::Open => {
                // Never keep a typed passphrase longer than the attempt.
                let typed = std::mem::take(&mut self.typed);
                let matches = store.key_matches(&typed);
                drop(Passphrase::new(typed));
                if matches {
                    return Step::Close;
                }
                self.note = Some(t!("tui-lock-wrong"));
            }
            _ => {}
        }
        Step::Stay
    }

    /// A key on the lock screen of a replaced journal: typing, or trying the passphrase.
    fn reopen_key(&mut self, action: Action) -> Step {
        match action {
            Action::Type(c) => self.typed.push(c),
            Action::Erase => {
                self.typed.pop();
            }
            Action::Open if !self.typed.is_empty() => {
                if let Ok(key) = Passphrase::new(std::mem::take(&mut self.typed)) {
                    return Step::Reopen(key);
                }
            }
            _ => {}
        }
        Step::Stay
    }

    pub fn render(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        f.render_widget(Clear, area);
        let replaced = t!("tui-lock-replaced");
        let note = self
            .note
            .as_deref()
            .or(self.reopening.then_some(replaced.as_str()));
        draw(
            f,
            self.typed.chars().count(),
            note,
            cx.encrypted || self.reopening,
            &cx.keys,
        );
    }

    /// Whether a passphrase is half typed (the tests read this; it is never drawn).
    pub fn typed_len(&self) -> usize {
        self.typed.chars().count()
    }
}

/// The calm screen shown when locked: a line or two, nothing of the journal.
fn draw(f: &mut Frame, typed: usize, note: Option<&str>, needs_passphrase: bool, keys: &Keymap) {
    let [_, mid, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(6),
        Constraint::Fill(1),
    ])
    .areas(f.area());
    let mut lines = vec![Line::from(t!("tui-lock-locked")).centered()];
    if needs_passphrase {
        let (enter, quit) = (
            keys.key(Mode::Curtain, Action::Open),
            keys.key(Mode::Curtain, Action::Quit),
        );
        let hint = t!("tui-lock-type", enter = enter, quit = quit);
        let dots = "•".repeat(typed);
        lines.push(Line::from(t!("tui-lock-passphrase", typed = dots)).centered());
        lines.push(Line::from(note.map_or(hint, str::to_string)).centered());
    } else {
        lines.push(Line::from(t!("tui-lock-any-key")).centered());
    }
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), mid);
}

/// Asks for the passphrase on a full-screen prompt until `open` accepts it.
pub fn unlock(mut open: impl FnMut(Option<Passphrase>) -> Result<Store>) -> Result<Store> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return open(None);
    }
    let keys = Keymap::default();
    let mut terminal = ratatui::try_init()?;
    let mut typed = String::new();
    let mut note: Option<String> = None;
    let result = loop {
        terminal.draw(|f| draw(f, typed.chars().count(), note.as_deref(), true, &keys))?;
        let Event::Key(k) = event::read()? else {
            continue;
        };
        if k.kind == KeyEventKind::Release {
            continue;
        }
        match keys.action(Mode::Curtain, k) {
            Some(Action::Quit) => break Err(Error::LeftLocked),
            Some(Action::Type(c)) => typed.push(c),
            Some(Action::Erase) => {
                typed.pop();
            }
            Some(Action::Open) if !typed.is_empty() => {
                let attempt = Passphrase::new(std::mem::take(&mut typed))?;
                match open(Some(attempt)) {
                    Ok(store) => break Ok(store),
                    Err(Error::WrongPassphrase { .. }) => note = Some(t!("tui-lock-wrong")),
                    Err(e) => break Err(e),
                }
            }
            _ => {}
        }
    };
    // The typed buffer is moved into a Passphrase (which wipes itself) before every
    // attempt, so nothing typed outlives it.
    ratatui::restore();
    result
}
