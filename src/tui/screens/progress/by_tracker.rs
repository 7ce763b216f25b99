//! The year calendar shaded by one of the person's own trackers: each day's answer as
//! a mark (none, low to high on a rating's scale or up to the most answered number, no
//! or yes), a safety answer in the accent colour, and a legend in the tracker's words.

use crate::domain::trackers::{Tracker, TrackerKind};
use crate::tui::shared::Ctx;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// One tracker's answers by day over the year held.
#[derive(Debug, Clone)]
pub struct ByTracker {
    pub tracker: Tracker,
    by_day: BTreeMap<NaiveDate, f64>,
    /// The most answered, for a number's shades.
    most: f64,
}

impl ByTracker {
    pub fn new(cx: &Ctx, id: i64) -> Option<ByTracker> {
        let tracker = cx.data.trackers.iter().find(|t| t.id == id)?.clone();
        let by_day: BTreeMap<NaiveDate, f64> = cx
            .data
            .tracker_values
            .iter()
            .filter(|v| v.tracker_id == id)
            .map(|v| (v.date, v.value))
            .collect();
        let most = by_day.values().copied().fold(0.0, f64::max);
        Some(ByTracker {
            tracker,
            by_day,
            most,
        })
    }

    /// A day's mark, and whether its answer is at or above a safety threshold.
    pub fn mark(&self, day: NaiveDate, today: NaiveDate) -> (char, bool) {
        if day > today {
            return (' ', false);
        }
        let Some(v) = self.by_day.get(&day).copied() else {
            return ('·', false);
        };
        let t = &self.tracker;
        let (lo, hi) = match t.kind {
            TrackerKind::Rating => {
                let (lo, hi) = t.scale();
                (lo as f64, hi as f64)
            }
            TrackerKind::Number => (0.0, self.most),
            TrackerKind::YesNo => (0.0, 1.0),
            TrackerKind::Time => return ('▓', false),
        };
        let share = if hi > lo { (v - lo) / (hi - lo) } else { 1.0 };
        let mark = match share {
            s if s <= 0.0 => '○',
            s if s <= 1.0 / 3.0 => '░',
            s if s <= 2.0 / 3.0 => '▒',
            s if s < 1.0 => '▓',
            _ => '█',
        };
        (mark, t.is_safety_answer(v))
    }

    /// What the marks mean, in the tracker's own words.
    pub fn legend(&self) -> String {
        let t = &self.tracker;
        match t.kind {
            TrackerKind::Rating => {
                let (lo, hi) = t.scale();
                let words = |n: i64, w: &Option<String>| match w {
                    Some(w) => format!("{n} {w}"),
                    None => n.to_string(),
                };
                t!(
                    "progress-tracker-legend-rating",
                    low = words(lo, &t.low_label),
                    high = words(hi, &t.high_label)
                )
            }
            TrackerKind::YesNo => t!(
                "progress-tracker-legend-yes-no",
                no = t.show(0.0),
                yes = t.show(1.0)
            ),
            TrackerKind::Number => t!(
                "progress-tracker-legend-number",
                most = t.show(self.most.max(0.0))
            ),
            TrackerKind::Time => t!("progress-tracker-legend-time"),
        }
    }
}

/// The day's answers to every tracker that has one: "Urge to use 2 · Exercise 40
/// minutes · Skills used yes".
pub fn day_answers(cx: &Ctx, day: NaiveDate) -> Option<String> {
    let parts: Vec<String> = cx
        .data
        .trackers
        .iter()
        .filter_map(|t| {
            let v = cx
                .data
                .tracker_values
                .iter()
                .find(|v| v.tracker_id == t.id && v.date == day)?;
            let acted = match v.acted_on {
                Some(true) => format!(" ({})", t!("progress-day-acted-on")),
                _ => String::new(),
            };
            Some(format!("{} {}{acted}", t.name, t.show(v.value)))
        })
        .collect();
    (!parts.is_empty()).then(|| t!("progress-day-trackers", answers = parts.join(" · ")))
}
