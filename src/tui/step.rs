//! What an overlay asks for after a key, besides its own state. Overlays return a
//! `Step`; the overlay stack turns it into opening and closing overlays, going to a
//! screen and re-reading data, so an overlay never needs to know the others.

use super::action::Screen;
use super::keymap::Mode;

pub enum Step {
    Stay,
    Close,
    /// Stay, and ask before discarding what was typed (a self-check's `answers`).
    AskDiscard {
        answers: bool,
    },
    /// Stay, with help over it.
    Help(Mode),
    /// Stay, with the crisis view over it (and why it opened on its own).
    Crisis(Option<&'static str>),
    /// Stay; a write changed the data.
    Reload,
    /// Close, then open this screen.
    Go(Screen),
    /// Try this passphrase on the journal that was replaced under tend.
    Reopen(crate::secret::Passphrase),
    /// Closed after a write: what to show next.
    Done(Done),
}

/// Where to go after a write, and what to offer.
#[derive(Debug, Default)]
pub struct Done {
    pub go: Option<Screen>,
    /// A check-in that noted a setback: offer (never force) a growth entry.
    pub offer_growth: bool,
    /// Show this journal entry in the list.
    pub show_entry: Option<i64>,
    /// Open Progress on its self-checks with this scale selected.
    pub self_checks: Option<usize>,
    /// Open the crisis view, with this note above the plan.
    pub crisis: Option<&'static str>,
    /// Open the import form next (the welcome, when asked to bring in history).
    pub import: bool,
}
