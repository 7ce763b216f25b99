//! The person's own trackers in the summary: those they share as diary card columns,
//! in their order, and every safety tracker's answer at or above its threshold as a
//! page-1 flag, shared or not (like a PHQ-9 item 9 answer).

use super::model::{TrackerCell, TrackerColumn, TrackerFlag};
use super::privacy::Privacy;
use crate::catalog::{self, DateForm};
use crate::domain::trackers::{Tracker, TrackerKind, TrackerValue, data_number, show_number};
use chrono::NaiveDate;

/// The trackers shared, in the person's order (an archived one only if answered in the
/// range), each as a column of one cell a day from `from`.
pub fn columns_of(
    trackers: &[Tracker],
    values: &[TrackerValue],
    from: NaiveDate,
    days: usize,
    p: &Privacy,
) -> Vec<TrackerColumn> {
    trackers
        .iter()
        .filter(|t| t.shared)
        .filter_map(|t| {
            let mut cells = vec![None; days];
            for v in values.iter().filter(|v| v.tracker_id == t.id) {
                let at = usize::try_from((v.date - from).num_days()).ok();
                if let Some(c) = at.and_then(|i| cells.get_mut(i)) {
                    *c = Some(cell(t, v));
                }
            }
            let answered = cells.iter().any(Option::is_some);
            (t.archived_on.is_none() || answered).then(|| {
                let name = p.text(&t.name);
                TrackerColumn {
                    heading: heading(t, &name),
                    unit: t
                        .unit
                        .as_ref()
                        .filter(|_| t.kind == TrackerKind::Number)
                        .cloned(),
                    name,
                    asks_acted: t.acted_on,
                    cells,
                }
            })
        })
        .collect()
}

/// A tracker's column heading: "Urge to use (0–5)", "Exercise (minutes)", "Skills used".
fn heading(t: &Tracker, name: &str) -> String {
    match (t.kind, t.unit.as_deref()) {
        (TrackerKind::Rating, _) => {
            let (lo, hi) = t.scale();
            t!(
                "summary-tracker-heading-scale",
                name = name,
                lo = lo,
                hi = hi
            )
        }
        (TrackerKind::Number, Some(unit)) => {
            t!("summary-tracker-heading-unit", name = name, unit = unit)
        }
        _ => name.to_string(),
    }
}

/// One answer as the card shows it (a number bare, its unit in the heading) and as the
/// CSV card writes it.
fn cell(t: &Tracker, v: &TrackerValue) -> TrackerCell {
    let csv = match t.kind {
        TrackerKind::YesNo => if v.value >= 1.0 { "1" } else { "0" }.to_string(),
        TrackerKind::Time => t.show(v.value),
        _ => data_number(v.value),
    };
    let shown = match t.kind {
        TrackerKind::YesNo | TrackerKind::Time => t.show(v.value),
        _ => show_number(v.value),
    };
    TrackerCell {
        text: if v.acted_on == Some(true) {
            t!("summary-tracker-acted", value = shown)
        } else {
            shown
        },
        csv,
        acted: v.acted_on.filter(|_| t.acted_on),
    }
}

/// Every safety tracker's answer in the range at or above its threshold, oldest first,
/// shared or not.
pub fn flags(trackers: &[Tracker], values: &[TrackerValue], p: &Privacy) -> Vec<TrackerFlag> {
    let mut out: Vec<TrackerFlag> = values
        .iter()
        .filter_map(|v| {
            let t = trackers.iter().find(|t| t.id == v.tracker_id)?;
            let at = t.safety_at().filter(|_| t.is_safety_answer(v.value))?;
            let tracker = p.text(&t.name);
            let value = answer(t, v.value);
            Some(TrackerFlag {
                text: t!(
                    "summary-tracker-flag",
                    date = catalog::date(v.date, DateForm::DayMonthYear),
                    tracker = tracker.as_str(),
                    value = value.as_str(),
                    threshold = t.show(at)
                ),
                date: v.date,
                tracker,
                value,
            })
        })
        .collect();
    out.sort_by_key(|f| f.date);
    out
}

/// An answer in a sentence: "5 of 0–5", "yes", "40 minutes".
fn answer(t: &Tracker, value: f64) -> String {
    match t.kind {
        TrackerKind::Rating => {
            let (lo, hi) = t.scale();
            t!(
                "summary-tracker-on-scale",
                value = show_number(value),
                lo = lo,
                hi = hi
            )
        }
        _ => t.show(value),
    }
}
