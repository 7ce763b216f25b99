//! A medication's adherence on Progress's date axis: each day's doses taken of doses
//! scheduled, from the day adherence counts (the honest-record rule: no day tend
//! couldn't know is missed), as the store counts them (`Store::med_days`). Read when
//! the chart shows it; a medicine taken as needed has no schedule to keep, so it is not
//! offered.

use crate::domain::medication::{DayCount, Medication};
use crate::error::Result;
use crate::store::Store;
use chrono::{Duration, NaiveDate};

/// The medications adherence can be charted for: those with a schedule.
pub fn scheduled(store: &Store) -> Result<Vec<Medication>> {
    Ok(store
        .medications()?
        .into_iter()
        .filter(|m| !m.as_needed())
        .collect())
}

/// One medication's counted days over the last year.
#[derive(Debug, Clone)]
pub struct Taken {
    pub medication_id: i64,
    pub name: String,
    /// Each counted day and its doses, oldest first.
    pub days: Vec<(NaiveDate, DayCount)>,
}

impl Taken {
    /// Counts each day of the last 365 up to today that adherence counts.
    pub fn load(store: &Store, m: &Medication, today: NaiveDate) -> Result<Taken> {
        let days = store.med_days(m, today - Duration::days(364), today)?;
        Ok(Taken {
            medication_id: m.id,
            name: m.name.clone(),
            days: days.into_iter().filter(|(_, c)| c.scheduled > 0).collect(),
        })
    }
}
