//! The words of a commitment's use figures, for Today's one line and the Progress
//! screen's head: days within the plan (cut down, never reset), the last 7 days against
//! the weekly limit, use-free days, the trend over a window with the change from the
//! window before (said without verdict), heavy days, money, and the safer-use checklist.

use crate::catalog::{DateForm, date};
use crate::domain::progress::CommitmentProgress;
use crate::domain::usage::{Path, UseFigures, UseWindow, show_amount};

/// The figures of a commitment whose words change: a cut-down or safer-use path. The
/// abstain path keeps its days on track (its uses are setbacks already).
pub fn of(c: &CommitmentProgress) -> Option<&UseFigures> {
    c.usage.as_ref().filter(|u| u.path != Path::Abstain)
}

fn window(u: &UseFigures, days: i64) -> Option<&UseWindow> {
    u.windows.iter().find(|w| w.window_days == days)
}

/// "6 of 14 standard drinks in the last 7 days · 4 use-free days of 7".
pub fn week(u: &UseFigures) -> String {
    let Some(w) = window(u, 7) else {
        return String::new();
    };
    let (total, unit) = (show_amount(w.total), u.unit.label());
    let amount = match u.max_per_week {
        Some(limit) => t!(
            "progress-use-week-limit",
            total = total,
            limit = show_amount(limit),
            unit = unit
        ),
        None => t!("progress-use-week", total = total, unit = unit),
    };
    let free = t!("progress-use-free", free = w.use_free_days, days = w.days);
    format!("{amount} · {free}")
}

/// Today's line after the commitment's name, or `None` to keep the usual one: short,
/// so it stays one line at 80 columns.
pub fn today(c: &CommitmentProgress) -> Option<String> {
    let u = of(c)?;
    let w = window(u, 7)?;
    let (total, free) = (show_amount(w.total), w.use_free_days);
    let week = match u.max_per_week {
        Some(limit) => t!(
            "today-use-week-limit",
            total = total,
            limit = show_amount(limit),
            free = free
        ),
        None => t!(
            "today-use-week",
            total = total,
            unit = u.unit.label(),
            free = free
        ),
    };
    Some(match u.days_within_plan {
        Some(within) => t!(
            "today-commitment-cut-down",
            within = t!("days", count = within),
            week = week
        ),
        None => t!(
            "today-commitment-safer-use",
            day = c.days_in_recovery,
            week = week
        ),
    })
}

/// The Progress head's lines for a commitment on a cut-down or safer-use path (`None`:
/// its usual line); `trend`: the window of the chart shown, if one is.
pub fn progress(c: &CommitmentProgress, trend: Option<i64>) -> Option<Vec<String>> {
    let u = of(c)?;
    let since = u
        .path_since
        .map_or_else(String::new, |d| date(d, DateForm::DayMonShort));
    let first = match (u.days_within_plan, u.days_over_plan) {
        (Some(within), over) => t!(
            "progress-commitment-cut-down",
            name = &c.name,
            within = t!("days", count = within),
            over = t!("days", count = over.unwrap_or(0)),
            since = since
        ),
        _ => {
            let checklist = match (u.checklist_recorded, u.checklist_followed) {
                (Some(recorded), Some(followed)) if recorded > 0 => t!(
                    "progress-use-checklist",
                    followed = followed,
                    recorded = recorded
                ),
                _ => t!("progress-use-no-checklist"),
            };
            t!(
                "progress-commitment-safer-use",
                name = &c.name,
                since = since,
                checklist = checklist
            )
        }
    };
    let mut lines = vec![first, format!("  {}", week(u))];
    if let Some(w) = trend.and_then(|n| window(u, n)) {
        lines.push(format!("  {}", trend_words(u, w)));
    }
    Some(lines)
}

/// "30 days: 24 standard drinks, 5.6 a week, 6 fewer than the 30 days before · 18
/// use-free days of 30 (16 the 30 days before) · 2 heavy days · spent 45".
fn trend_words(u: &UseFigures, w: &UseWindow) -> String {
    let n = t!("days", count = w.window_days);
    let change = w.previous_total.map(|before| {
        let diff = w.total - before;
        let by = show_amount(diff.abs());
        if diff.abs() < 0.005 {
            t!("progress-use-same", window = n.clone())
        } else if diff < 0.0 {
            t!("progress-use-fewer", diff = by, window = n.clone())
        } else {
            t!("progress-use-more", diff = by, window = n.clone())
        }
    });
    let mut parts = vec![t!(
        "progress-use-trend",
        window = n.clone(),
        total = show_amount(w.total),
        unit = u.unit.label(),
        per_week = show_amount((w.per_week * 10.0).round() / 10.0)
    )];
    parts.extend(change);
    let free = t!("progress-use-free", free = w.use_free_days, days = w.days);
    parts.push(match w.previous_use_free_days {
        Some(before) => t!(
            "progress-use-free-before",
            free = free,
            before = before,
            window = n
        ),
        None => free,
    });
    if u.heavy_at.is_some() {
        parts.push(t!("progress-use-heavy", count = w.heavy_days));
    }
    if let Some(m) = u.money.as_ref().filter(|_| w.window_days == 30) {
        parts.push(t!(
            "progress-use-spent",
            spent = show_amount(m.spent_last_30)
        ));
        match m.saved_last_30 {
            Some(s) if s >= 0.0 => parts.push(t!("progress-use-saved", saved = show_amount(s))),
            Some(s) => parts.push(t!("progress-use-spent-more", more = show_amount(-s))),
            None => {}
        }
    }
    parts.join(" · ")
}
