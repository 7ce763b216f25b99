//! The use calendar (timeline followback): one commitment's amount each day of the
//! year calendar, read per day (the cost follows the days shown, not the log), shaded
//! use-free, some use or within the plan, over the plan, heavy; and the day's uses.

use crate::domain::usage::{self, CommitmentPath, Path, Use, UseUnit, show_amount};
use crate::error::Result;
use crate::store::Store;
use crate::tui::shared::Ctx;
use chrono::{Duration, NaiveDate};
use std::collections::BTreeMap;

/// One commitment's use by day, from a little before the calendar's first day.
#[derive(Debug, Clone)]
pub struct Amounts {
    pub commitment_id: i64,
    pub name: String,
    pub start: NaiveDate,
    pub unit: UseUnit,
    paths: Vec<CommitmentPath>,
    by_day: BTreeMap<NaiveDate, f64>,
    /// The uses of the day under the cursor.
    pub day_uses: Vec<Use>,
}

/// How a day of the use calendar is shaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shade {
    Future,
    /// Before the commitment began.
    Uncounted,
    UseFree,
    /// Some use; on a cut-down path, within the plan.
    Some,
    /// Over the daily limit, or bringing the 7 days over the weekly one.
    OverPlan,
    /// At or over the heavy-day amount the person set.
    Heavy,
}

impl Shade {
    pub fn mark(self) -> char {
        match self {
            Shade::Future => ' ',
            Shade::Uncounted => '·',
            Shade::UseFree => '○',
            Shade::Some => '░',
            Shade::OverPlan => '▓',
            Shade::Heavy => '█',
        }
    }
}

/// The commitment the use calendar shows: the first on a cut-down or safer-use path,
/// else the first with a use.
pub fn chosen(cx: &Ctx) -> Option<i64> {
    let cs = &cx.data.stats.commitments;
    let path = |p: Path| {
        cs.iter()
            .find(|c| c.usage.as_ref().is_some_and(|u| u.path == p))
    };
    path(Path::CutDown)
        .or_else(|| path(Path::SaferUse))
        .or_else(|| {
            cs.iter()
                .find(|c| c.usage.as_ref().is_some_and(|u| u.last_use.is_some()))
        })
        .map(|c| c.commitment_id)
}

impl Amounts {
    /// Reads the chosen commitment's days over the year shown (`None`: none to show).
    pub fn load(cx: &Ctx, store: &Store) -> Result<Option<Amounts>> {
        let Some(id) = chosen(cx) else {
            return Ok(None);
        };
        let Some(c) = cx
            .data
            .stats
            .commitments
            .iter()
            .find(|c| c.commitment_id == id)
        else {
            return Ok(None);
        };
        // 53 weeks back from this week's Monday, and the 6 days before for the weekly
        // limit of the first days.
        let from = cx.today - Duration::days(7 * 54 + 6);
        let paths = store.paths(id)?;
        let unit = usage::path_on(&paths, cx.today).map_or(UseUnit::Drinks, |p| p.unit);
        let days = store.use_days(id, from)?;
        Ok(Some(Amounts {
            commitment_id: id,
            name: c.name.clone(),
            start: c.start_date,
            unit,
            by_day: usage::daily(&days, unit, store.drink_grams()),
            paths,
            day_uses: Vec::new(),
        }))
    }

    /// Reads the uses of `day`, for the box under the calendar.
    pub fn read_day(&mut self, store: &Store, day: NaiveDate) -> Result<()> {
        self.day_uses = store.uses(Some(self.commitment_id), day, day, 100)?;
        self.day_uses.reverse();
        Ok(())
    }

    pub fn shade(&self, day: NaiveDate, today: NaiveDate) -> Shade {
        if day > today {
            return Shade::Future;
        }
        if day < self.start {
            return Shade::Uncounted;
        }
        let Some(amount) = self.by_day.get(&day).copied() else {
            return Shade::UseFree;
        };
        let path = usage::path_on(&self.paths, day);
        if path.and_then(|p| p.heavy_at).is_some_and(|h| amount >= h) {
            Shade::Heavy
        } else if path.is_some_and(|p| usage::outside_plan(&self.by_day, p, day)) {
            Shade::OverPlan
        } else {
            Shade::Some
        }
    }

    /// What the marks mean, for the path in effect today, in at most `width` columns:
    /// the least needed last, left out when there is no room.
    pub fn legend(&self, today: NaiveDate, width: usize) -> String {
        let now = usage::path_on(&self.paths, today);
        let cut = now.is_some_and(|p| p.path == Path::CutDown);
        let mut parts = vec![t!("progress-amount-legend-free")];
        parts.push(if cut {
            t!("progress-amount-legend-within")
        } else {
            t!("progress-amount-legend-some")
        });
        if cut {
            parts.push(t!("progress-amount-legend-over"));
        }
        if let Some(h) = now.and_then(|p| p.heavy_at) {
            parts.push(t!("progress-amount-legend-heavy", amount = show_amount(h)));
        }
        parts.push(t!("progress-amount-legend-uncounted"));
        let mut out = String::new();
        for p in parts {
            let sep = if out.is_empty() { "" } else { "  " };
            if out.chars().count() + sep.len() + p.chars().count() > width {
                break;
            }
            out = format!("{out}{sep}{p}");
        }
        out
    }

    /// "Alcohol: 2 standard drinks · beer, wine", or that the day was use-free.
    pub fn day_words(&self, day: NaiveDate) -> String {
        let Some(amount) = self.by_day.get(&day) else {
            return t!("progress-day-no-use", name = &self.name);
        };
        let mut what: Vec<&str> = Vec::new();
        for u in &self.day_uses {
            if let Some(w) = u.what.as_deref()
                && !what.contains(&w)
            {
                what.push(w);
            }
        }
        let (name, amount, unit) = (&self.name, show_amount(*amount), self.unit.label());
        if what.is_empty() {
            t!(
                "progress-day-use",
                name = name,
                amount = amount,
                unit = unit
            )
        } else {
            let what = what.join(", ");
            t!(
                "progress-day-use-what",
                name = name,
                amount = amount,
                unit = unit,
                what = what
            )
        }
    }
}
