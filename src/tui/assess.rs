//! Taking a self-check scale: one item at a time; a number key answers, ↑↓ and Enter
//! choose, Backspace or ← goes back to change an answer. The result is saved in one
//! write when the last item is answered. PHQ-9 item 9 above 0 opens the crisis plan.

use super::app::{Action, App, Ask, Mode, Screen};
use crate::domain::scales::{self, Scale};
use crate::error::Result;
use crate::store::Store;

/// The tab of the Progress screen that lists the scales.
pub const PROGRESS_TAB: usize = 5;

/// Shown above the crisis plan when PHQ-9 item 9 was answered above 0.
pub const ITEM_NINE_NOTE: &str = "Thank you for answering honestly. Thoughts of being better off dead or of \
     hurting yourself deserve care right now: please reach out to someone below.";

#[derive(Debug, Clone)]
pub struct Taking {
    pub scale: &'static Scale,
    pub answers: Vec<u8>,
    /// The marked answer of the current item (an index into its answers).
    pub mark: usize,
}

impl Taking {
    pub fn new(scale: &'static Scale) -> Taking {
        Taking {
            scale,
            answers: Vec::new(),
            mark: 0,
        }
    }

    /// The item being asked (0-based).
    pub fn item(&self) -> usize {
        self.answers.len()
    }
}

/// One key while a scale is being taken.
pub(super) fn step(app: &mut App, mut t: Box<Taking>, action: Action, store: &Store) -> Result<()> {
    let i = t.item();
    let offered = t.scale.answers_for(i);
    let pick = match action {
        Action::Type(c) => c
            .to_digit(10)
            .map(|d| d as u8)
            .filter(|v| offered.iter().any(|a| a.0 == *v)),
        Action::Open | Action::Save => Some(offered[t.mark].0),
        Action::Up => {
            t.mark = t.mark.saturating_sub(1);
            None
        }
        Action::Down => {
            t.mark = (t.mark + 1).min(offered.len() - 1);
            None
        }
        Action::Erase | Action::Left => {
            if let Some(v) = t.answers.pop() {
                let before = t.scale.answers_for(t.item());
                t.mark = before.iter().position(|a| a.0 == v).unwrap_or(0);
            }
            None
        }
        Action::Back if t.answers.is_empty() => {
            app.message = Some("Nothing saved.".into());
            return Ok(());
        }
        Action::Back => {
            app.mode = Mode::Asking(Ask::Discard, Box::new(Mode::Assess(t)));
            return Ok(());
        }
        Action::Crisis => {
            app.crisis = true;
            None
        }
        Action::Help => {
            app.help = true;
            None
        }
        Action::Quit => {
            app.quit = true;
            None
        }
        _ => None,
    };
    let Some(v) = pick else {
        app.mode = Mode::Assess(t);
        return Ok(());
    };
    t.answers.push(v);
    t.mark = 0;
    if t.answers.len() < t.scale.items.len() {
        if t.scale.is_crisis_item(i) && v > 0 {
            open_crisis(app);
        }
        app.mode = Mode::Assess(t);
        return Ok(());
    }
    let (score, band) = t.scale.result(&t.answers)?;
    store.write(|w| w.add_assessment(&t.scale.name, app.today, &t.answers, score, &band))?;
    app.reload(store)?;
    app.go(Screen::Progress);
    app.tab = PROGRESS_TAB;
    app.selected = scales::all()
        .iter()
        .position(|s| s.name == t.scale.name)
        .unwrap_or(0);
    app.message = Some(format!(
        "Saved {}: {score} of {} · {band}.",
        t.scale.name,
        t.scale.range().1
    ));
    if t.scale.needs_crisis(&t.answers) {
        open_crisis(app);
    }
    Ok(())
}

fn open_crisis(app: &mut App) {
    app.crisis = true;
    app.crisis_note = Some(ITEM_NINE_NOTE);
}
