//! `tend stats` in words for a commitment's use: its path and since when, days within
//! the plan (cut down), use-free days and the total against the weekly limit over the
//! last 7 days, the 30, 90 and 365-day trend, the checklist (safer use) and money.

use super::super::say;
use crate::catalog::{DateForm, date};
use crate::domain::usage::{Path, UseFigures, UseWindow, show_amount};

/// The lines for one commitment, when it is not on the abstain path or has any use.
pub fn lines(out: &mut String, u: &UseFigures) {
    let used = u.last_use.is_some();
    if u.path == Path::Abstain && !used {
        return;
    }
    let unit = u.unit.label();
    let since = u.path_since.map(|d| date(d, DateForm::DayMonthYear));
    let before = u.changes.iter().rev().nth(1).map(|c| c.path.label());
    let path = match (since, before) {
        (Some(since), Some(before)) => t!(
            "cli-stats-path-changed",
            path = u.path.label(),
            date = since,
            before = before
        ),
        (Some(since), None) => t!("cli-stats-path-since", path = u.path.label(), date = since),
        (None, _) => t!("cli-stats-path", path = u.path.label()),
    };
    say!(out, "  {path}");
    if let (Some(within), Some(over)) = (u.days_within_plan, u.days_over_plan) {
        let line = t!("cli-stats-within-plan", within = within, over = over);
        say!(out, "  {line}");
    }
    if let Some(w) = u.windows.first() {
        let total = show_amount(w.total);
        let line = match u.max_per_week {
            Some(max) => t!(
                "cli-stats-use-week-limit",
                free = w.use_free_days,
                days = w.days,
                total = total,
                limit = show_amount(max),
                unit = unit.clone()
            ),
            None => t!(
                "cli-stats-use-week",
                free = w.use_free_days,
                days = w.days,
                total = total,
                unit = unit.clone()
            ),
        };
        say!(out, "  {line}");
    }
    for w in u.windows.iter().skip(1) {
        say!(out, "  {}", trend(w, &unit));
    }
    if let (Some(recorded), Some(followed)) = (u.checklist_recorded, u.checklist_followed) {
        let line = t!(
            "cli-stats-checklist",
            followed = followed,
            recorded = recorded
        );
        say!(out, "  {line}");
    }
    if let Some(m) = &u.money {
        let spent = show_amount(m.spent_last_30);
        let line = match m.saved_last_30 {
            Some(saved) => t!(
                "cli-stats-money-saved",
                spent = spent,
                saved = show_amount(saved)
            ),
            None => t!("cli-stats-money", spent = spent),
        };
        say!(out, "  {line}");
    }
}

/// "Last 30 days: 24 standard drinks (5.6 a week), 25 of 30 days use-free; the 30
/// days before: 30 standard drinks, 20 days use-free".
fn trend(w: &UseWindow, unit: &str) -> String {
    let now = t!(
        "cli-stats-use-window",
        window = w.window_days,
        total = show_amount(w.total),
        unit = unit,
        per_week = show_amount(w.per_week),
        free = w.use_free_days,
        days = w.days
    );
    match (w.previous_total, w.previous_use_free_days) {
        (Some(total), Some(free)) => t!(
            "cli-stats-use-window-before",
            now = now,
            window = w.window_days,
            total = show_amount(total),
            unit = unit,
            free = free
        ),
        _ => now,
    }
}
