//! What an overlay asks for after a key, besides its own state. Overlays return a
//! `Step`; the overlay stack turns it into opening and closing overlays, going to a
//! screen and re-reading data, so an overlay never needs to know the others.

use super::action::Screen;
use super::keymap::Mode;
use crate::domain::RecordKind;
use crate::error::Result;
use crate::store::Store;

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
    Crisis(Option<String>),
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
    /// A check-in that saved a new setback (this growth entry): offer (never force) to
    /// write about it.
    pub offer_growth: Option<i64>,
    /// A use that put a cut-down day over the plan (commitment, day): offer a growth
    /// entry of the kind "over my plan", its reflection optional.
    pub offer_over_plan: Option<(i64, chrono::NaiveDate)>,
    /// Ask before deleting this record (a check-in whose setback mark was taken off).
    pub ask_delete: Option<Doomed>,
    /// Show this journal entry in the list.
    pub show_entry: Option<i64>,
    /// Open Progress on its self-checks with this scale selected.
    pub self_checks: Option<usize>,
    /// Open the crisis view, with this note above the plan.
    pub crisis: Option<String>,
    /// Open the import form next (the welcome, when asked to bring in history).
    pub import: bool,
    /// Open the check-in form on this day (filled if it has a check-in).
    pub checkin_day: Option<chrono::NaiveDate>,
}

/// A record about to be deleted, named, with what goes with it or stays without it.
#[derive(Debug, Clone, PartialEq)]
pub struct Doomed {
    pub kind: RecordKind,
    pub id: i64,
    pub label: String,
    pub also: Vec<String>,
}

impl Doomed {
    /// The record as the question about deleting it names it.
    pub fn of(kind: RecordKind, id: i64, store: &Store) -> Result<Doomed> {
        let (label, also) = store.deletion(kind, id)?;
        Ok(Doomed {
            kind,
            id,
            label,
            also,
        })
    }
}
