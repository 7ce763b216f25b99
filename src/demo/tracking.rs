//! The demo's own trackers: the DBT diary card's urge to use (0 to 5, shared, with
//! whether it was acted on), easing over the last months with harder weeks, and
//! exercise in minutes a few days a week (kept private).

use super::Rng;
use crate::domain::trackers::TrackerPreset;
use crate::error::Result;
use crate::store::Tx;
use chrono::{Duration, NaiveDate};

/// Writes the two trackers and their answers over up to 150 days before today (today's
/// are left for the person, like the day's check-in); returns how many.
pub(super) fn tracking(w: &Tx, rng: &mut Rng, start: NaiveDate, today: NaiveDate) -> Result<usize> {
    let urge = w.add_tracker(TrackerPreset::UrgeToUse.draft())?.id;
    let exercise = w.add_tracker(TrackerPreset::Exercise.draft())?.id;
    let from = (today - Duration::days(149)).max(start);
    let days = (today - from).num_days();
    let mut made = 0;
    for day in 0..days {
        let date = from + Duration::days(day);
        if rng.chance(0.85) {
            let progress = day as f64 / days.max(1) as f64;
            let hard_week = (day / 7) % 6 == 4;
            let level = 3.2 - 2.0 * progress + if hard_week { 1.2 } else { 0.0 } + rng.noise(0.8);
            let level = level.round().clamp(0.0, 5.0);
            let acted = level >= 4.0 && rng.chance(0.3);
            w.set_tracker_value(urge, date, Some(level), Some(acted))?;
            made += 1;
        }
        if rng.chance(0.45) {
            let minutes = 15.0 + 5.0 * rng.below(10) as f64;
            w.set_tracker_value(exercise, date, Some(minutes), None)?;
            made += 1;
        }
    }
    Ok(made)
}
