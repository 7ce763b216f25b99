//! Privacy on screen: the unlock screen for an encrypted journal, the curtain that
//! blanks everything at once, and the passphrase prompt that lifts it.

use crate::error::{Error, Result};
use crate::secret::Passphrase;
use crate::store::Store;
use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

/// The calm screen shown when locked: a line or two, nothing of the journal.
pub fn draw_locked(f: &mut Frame, typed: usize, note: Option<&str>, needs_passphrase: bool) {
    let [_, mid, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(4),
        Constraint::Fill(1),
    ])
    .areas(f.area());
    let mut lines = vec![Line::from("tend is locked.").centered()];
    if needs_passphrase {
        lines.push(Line::from(format!("Passphrase: {}", "•".repeat(typed))).centered());
        lines.push(
            Line::from(note.unwrap_or("Type your passphrase and press Enter · Ctrl-C quits"))
                .centered(),
        );
    } else {
        lines.push(Line::from("Press any key to come back.").centered());
    }
    f.render_widget(Paragraph::new(lines), mid);
}

/// Asks for the passphrase on a full-screen prompt until `open` accepts it.
pub fn unlock(mut open: impl FnMut(Option<Passphrase>) -> Result<Store>) -> Result<Store> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return open(None);
    }
    let mut terminal = ratatui::try_init()?;
    let mut typed = String::new();
    let mut note: Option<String> = None;
    let result = loop {
        terminal.draw(|f| draw_locked(f, typed.chars().count(), note.as_deref(), true))?;
        let Event::Key(k) = event::read()? else {
            continue;
        };
        if k.kind == KeyEventKind::Release {
            continue;
        }
        match k.code {
            KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                break Err(Error::Message("left without unlocking".into()));
            }
            KeyCode::Char(c) => typed.push(c),
            KeyCode::Backspace => {
                typed.pop();
            }
            KeyCode::Enter if !typed.is_empty() => {
                let attempt = Passphrase::new(std::mem::take(&mut typed))?;
                match open(Some(attempt)) {
                    Ok(store) => break Ok(store),
                    Err(Error::WrongPassphrase { .. }) => {
                        note = Some("That passphrase did not open it. Try again.".into())
                    }
                    Err(e) => break Err(e),
                }
            }
            _ => {}
        }
    };
    // SAFETY of the typed buffer: it is cleared (moved into a Passphrase, which wipes
    // itself) before every attempt.
    ratatui::restore();
    result
}
