//! The store's records a summary is built from, for one range, with what the person did
//! not share already taken out. `sections`, `headline` and `standing` work them into
//! the summary's figures.

use super::model::Includes;
use crate::domain::progress::{self, Stats};
use crate::domain::*;
use crate::error::Result;
use crate::store::{JournalFilter, Store};
use chrono::{Duration, NaiveDate};

/// The store's records for the range, with what the person did not share already
/// taken out.
pub struct Records {
    pub profile: Profile,
    pub(super) from: NaiveDate,
    pub(super) to: NaiveDate,
    pub(super) includes: Includes,
    pub(super) stats: Stats,
    pub(super) checkins: Vec<Checkin>,
    /// Check-ins of the previous period of the same length (for the changes).
    pub(super) previous: Vec<Checkin>,
    pub(super) events: Vec<TriggerEvent>,
    /// Every setback up to the end of the range (runs and gaps need the earlier ones).
    pub(super) all_setbacks: Vec<Setback>,
    pub(super) commitments: Vec<Commitment>,
    pub(super) coping: Vec<CopingStrategy>,
    /// Mood points from a month before the range, for bounce-back.
    pub(super) points: Vec<progress::MoodPoint>,
    pub assessments: Vec<Assessment>,
    pub journal: Vec<JournalEntry>,
}

impl Records {
    pub fn load(store: &Store, from: NaiveDate, to: NaiveDate, includes: Includes) -> Result<Self> {
        let mut checkins = store.checkins(Some(from), Some(to), None)?;
        let mut events = store.trigger_events(Some(from), Some(to), None)?;
        if !includes.notes {
            for c in &mut checkins {
                (c.intention, c.reflection, c.gratitude, c.note) = (None, None, None, None);
            }
            events.iter_mut().for_each(|e| e.note = None);
        }
        let journal = if includes.journal {
            let mut j = store.journal(&JournalFilter {
                from: Some(from),
                to: Some(to),
                ..Default::default()
            })?;
            j.reverse();
            j
        } else {
            Vec::new()
        };
        let length = (to - from).num_days() + 1;
        let previous = store.checkins(
            Some(from - Duration::days(length)),
            Some(from - Duration::days(1)),
            None,
        )?;
        Ok(Records {
            previous,
            profile: store.profile()?,
            from,
            to,
            includes,
            stats: store.stats(to, None)?,
            checkins,
            events,
            all_setbacks: store.setbacks(None, Some(to))?,
            commitments: store.commitments()?,
            coping: store.coping_strategies()?,
            points: store.mood_points(Some(from - Duration::days(31)))?,
            assessments: store.assessments(Some(from), Some(to))?,
            journal,
        })
    }
}
