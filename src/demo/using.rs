//! The demo's harm-reduction history: a commitment cut down within the person's own
//! limits, with a use log that improves unevenly (good weeks, a hard month, better
//! again), and a tighter plan chosen part-way, kept as the path's history.

use super::Rng;
use crate::domain::usage::{Path, PathDraft, SaferStep, UseDraft, UseUnit};
use crate::error::Result;
use crate::store::Tx;
use chrono::{Duration, FixedOffset, NaiveDate, TimeZone};

/// Writes the cut-down commitment and its uses; returns how many uses.
pub(super) fn using(
    w: &Tx,
    rng: &mut Rng,
    offset: FixedOffset,
    start: NaiveDate,
    today: NaiveDate,
) -> Result<usize> {
    let now = w.moment();
    let from = (today - Duration::days(239)).max(start);
    let c = w.add_commitment(&t!("demo-commitment-cannabis"), from, None)?;
    let first = PathDraft {
        path: Some(Path::CutDown),
        unit: Some(UseUnit::Times),
        max_per_day: Some(2.0),
        max_per_week: Some(6.0),
        free_days: Some(2),
        heavy_at: Some(3.0),
        price: Some(10.0),
        usual_per_week: Some(12.0),
        checklist: Some(vec![SaferStep::EatFirst, SaferStep::RideHome]),
    };
    w.set_path(c.id, from, &first)?;
    let tighter = from + Duration::days(120);
    if tighter <= today {
        let d = PathDraft {
            max_per_day: Some(1.0),
            max_per_week: Some(4.0),
            free_days: Some(3),
            ..PathDraft::default()
        };
        w.set_path(c.id, tighter, &d)?;
    }
    let what = [t!("demo-use-what-joint"), t!("demo-use-what-vape")];
    let with = [t!("demo-use-with-alone"), t!("demo-use-with-friends")];
    let mut made = 0;
    let days = (today - from).num_days();
    for day in 0..=days {
        let date = from + Duration::days(day);
        // From most days early on to a few a week, with a hard month in the middle.
        let progress = day as f64 / days.max(1) as f64;
        let hard = (0.45..0.58).contains(&progress);
        let chance = if hard { 0.75 } else { 0.85 - 0.55 * progress };
        if !rng.chance(chance) {
            continue;
        }
        let times = if hard || rng.chance(0.15 * (1.0 - progress)) {
            2.0
        } else {
            1.0
        };
        let minutes = 18 * 60 + rng.below(5 * 60) as u32;
        let Some(naive) = date.and_hms_opt(minutes / 60, minutes % 60, 0) else {
            continue;
        };
        let Some(at) = offset.from_local_datetime(&naive).single() else {
            continue;
        };
        if at > now {
            continue;
        }
        let planned = rng.chance(0.5 + 0.4 * progress);
        w.add_use(
            UseDraft {
                commitment_id: c.id,
                at,
                amount: times,
                unit: UseUnit::Times,
                what: Some(what[rng.below(2) as usize].clone()),
                place: None,
                with_whom: Some(with[rng.below(2) as usize].clone()),
                planned,
                cost: rng.chance(0.3).then_some(10.0 * times),
                followed: if rng.chance(0.6) {
                    vec![SaferStep::EatFirst, SaferStep::RideHome]
                } else {
                    vec![SaferStep::EatFirst]
                },
                note: None,
            },
            14.0,
        )?;
        made += 1;
    }
    Ok(made)
}
