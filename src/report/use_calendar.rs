//! Use in the summary: each commitment's path with its count of days, shared by
//! default (days within my plan, use-free days, days on track, and when the path
//! changed), and, only when the person shares the amounts, the use calendar (the
//! Timeline Followback): each day's amount, use-free and heavy days, the average a week
//! and the change from the previous period.

use super::figures::{change, days_between, of_days, percent};
use super::model::{PathLine, UseCalendar};
use super::records::Records;
use crate::catalog::{self, DateForm};
use crate::domain::usage::{self, CommitmentPath, Path, UseDay, UseUnit, show_amount};
use crate::domain::*;
use chrono::{Duration, NaiveDate};
use std::collections::{BTreeMap, BTreeSet};

/// How a day reads on the calendar: "○" use-free, "6 ●" heavy, "2", "" not counted.
pub fn day_mark(amount: Option<f64>, heavy: bool) -> String {
    match amount {
        None => String::new(),
        Some(a) if a <= 0.0 => "○".into(),
        Some(a) if heavy => format!("{} ●", show_amount(a)),
        Some(a) => show_amount(a),
    }
}

/// What the calendar's marks mean.
pub fn legend(c: &UseCalendar) -> String {
    t!("summary-use-legend", unit = c.unit.label())
}

/// The days from `a` to `b`, both in.
fn each_day(a: NaiveDate, b: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    (0..days_between(a, b)).map(move |i| a + Duration::days(i))
}

/// The path on a day: abstain before any.
fn path_of(paths: &[CommitmentPath], day: NaiveDate) -> Path {
    usage::path_on(paths, day).map_or(Path::Abstain, |p| p.path)
}

/// The days with a use.
fn use_dates(days: &[UseDay]) -> BTreeSet<NaiveDate> {
    days.iter().filter(|d| d.uses > 0).map(|d| d.date).collect()
}

/// The unit a commitment's amounts are shown in: its path's on `day`, else that of its
/// latest use.
fn unit_of(paths: &[CommitmentPath], days: &[UseDay], day: NaiveDate) -> UseUnit {
    usage::path_on(paths, day)
        .map(|p| p.unit)
        .or_else(|| days.iter().rev().find(|d| d.date <= day).map(|d| d.unit))
        .unwrap_or(UseUnit::Drinks)
}

/// "cut down from 6 November 2026; before, abstain", one for each change in `(from,
/// to]`, joined.
fn changes(paths: &[CommitmentPath], from: NaiveDate, to: NaiveDate) -> Option<String> {
    let mut starts: Vec<NaiveDate> = paths
        .iter()
        .map(|p| p.from_date)
        .filter(|d| *d > from && *d <= to)
        .collect();
    starts.sort();
    starts.dedup();
    let said: Vec<String> = starts
        .into_iter()
        .filter_map(|d| {
            let (before, after) = (path_of(paths, d - Duration::days(1)), path_of(paths, d));
            (before != after).then(|| {
                t!(
                    "summary-path-changed",
                    path = after.label(),
                    date = catalog::date(d, DateForm::DayMonthYear),
                    before = before.label()
                )
            })
        })
        .collect();
    (!said.is_empty()).then(|| said.join("; "))
}

impl Records {
    /// A commitment's path and its figure in the range, when it is not abstain
    /// throughout; `on_track` is its days on track and the range days counted.
    pub(super) fn path_line(&self, c: &Commitment, on_track: (i64, i64)) -> Option<PathLine> {
        let (_, paths, days) = self.uses.iter().find(|u| u.0 == c.id)?;
        let start = self.from.max(c.start_date);
        let now = path_of(paths, self.to);
        let changed = changes(paths, start, self.to);
        if now == Path::Abstain && changed.is_none() {
            return None;
        }
        let on_path: Vec<NaiveDate> = each_day(start, self.to)
            .filter(|d| path_of(paths, *d) == now)
            .collect();
        let n = on_path.len() as i64;
        let (figure, counted, over) = match now {
            Path::CutDown => {
                let unit = unit_of(paths, days, self.to);
                let by_day = usage::daily(days, unit, self.drink_grams);
                let over = on_path
                    .iter()
                    .filter(|d| {
                        usage::path_on(paths, **d)
                            .is_some_and(|p| usage::outside_plan(&by_day, p, **d))
                    })
                    .count() as i64;
                let over_text = t!("summary-path-over-plan", count = over);
                (t!("summary-path-within-plan"), n - over, Some(over_text))
            }
            Path::SaferUse => {
                let used = use_dates(days);
                let free = on_path.iter().filter(|d| !used.contains(d)).count() as i64;
                (t!("summary-path-use-free"), free, None)
            }
            Path::Abstain => (t!("summary-path-on-track"), on_track.0, None),
        };
        let days = if now == Path::Abstain { on_track.1 } else { n };
        Some(PathLine {
            path: now,
            figure,
            days,
            counted,
            percent: percent(counted, days),
            text: of_days(counted, days),
            over,
            changed,
        })
    }

    /// The use calendar of each commitment with use in the range, when the person
    /// shares the amounts.
    pub(super) fn use_calendars(&self) -> Vec<UseCalendar> {
        if !self.includes.uses {
            return Vec::new();
        }
        self.commitments
            .iter()
            .filter_map(|c| {
                let (_, paths, days) = self.uses.iter().find(|u| u.0 == c.id)?;
                let used = use_dates(days);
                used.range(self.from..=self.to).next()?;
                Some(self.calendar(c, paths, days, &used))
            })
            .collect()
    }

    fn calendar(
        &self,
        c: &Commitment,
        paths: &[CommitmentPath],
        days: &[UseDay],
        used: &BTreeSet<NaiveDate>,
    ) -> UseCalendar {
        let unit = unit_of(paths, days, self.to);
        let by_day = usage::daily(days, unit, self.drink_grams);
        let amount = |d: NaiveDate| by_day.get(&d).copied().unwrap_or(0.0);
        let amounts: Vec<Option<f64>> = each_day(self.from, self.to)
            .map(|d| (d >= c.start_date).then(|| amount(d)))
            .collect();
        let heavy_at = |d: NaiveDate| usage::path_on(paths, d).and_then(|p| p.heavy_at);
        let heavy: Vec<bool> = each_day(self.from, self.to)
            .map(|d| used.contains(&d) && heavy_at(d).is_some_and(|h| amount(d) >= h - 1e-9))
            .collect();
        let now = Period::of(&by_day, used, self.from.max(c.start_date), self.to);
        let length = days_between(self.from, self.to);
        let before = Period::of(
            &by_day,
            used,
            (self.from - Duration::days(length)).max(c.start_date),
            self.from - Duration::days(1),
        );
        let amount_text = |a: f64| {
            t!(
                "summary-use-amount",
                amount = show_amount(a),
                unit = unit.label()
            )
        };
        let places = |a: f64, b: f64| {
            if a.fract() == 0.0 && b.fract() == 0.0 {
                0
            } else {
                1
            }
        };
        let prev = |f: fn(&Period) -> f64| before.as_ref().map(f);
        let mut facts = Vec::new();
        if let Some(p) = &now {
            let free_change = change(Some(p.free as f64), prev(|b| b.free as f64), 0);
            facts.push((
                t!("summary-use-free-days"),
                t!(
                    "summary-use-with-change",
                    value = of_days(p.free, p.days),
                    change = free_change
                ),
            ));
            let total_change = change(
                Some(p.total),
                prev(|b| b.total),
                places(p.total, before.as_ref().map_or(0.0, |b| b.total)),
            );
            facts.push((
                t!("summary-use-total"),
                t!(
                    "summary-use-with-change",
                    value = amount_text(p.total),
                    change = total_change
                ),
            ));
            let per_week =
                usage::show_amount((p.total * 7.0 / p.days as f64 * 10.0).round() / 10.0);
            facts.push((
                t!("summary-use-per-week"),
                t!("summary-use-amount", amount = per_week, unit = unit.label()),
            ));
        }
        if let Some(h) = usage::path_on(paths, self.to).and_then(|p| p.heavy_at) {
            facts.push((
                t!("summary-use-heavy-days", amount = amount_text(h)),
                heavy.iter().filter(|h| **h).count().to_string(),
            ));
        }
        UseCalendar {
            name: c.name.clone(),
            unit,
            amounts,
            heavy,
            facts,
        }
    }
}

/// Use over some days: how many, how many use-free, the total.
struct Period {
    days: i64,
    free: i64,
    total: f64,
}

impl Period {
    fn of(
        by_day: &BTreeMap<NaiveDate, f64>,
        used: &BTreeSet<NaiveDate>,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Option<Period> {
        let days = days_between(from, to);
        (days > 0).then(|| Period {
            days,
            free: days - used.range(from..=to).count() as i64,
            total: by_day.range(from..=to).map(|(_, a)| a).sum::<f64>() + 0.0,
        })
    }
}
