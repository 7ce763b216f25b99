//! Builds the counselor summary's model from the store's records: works out each
//! section's figures, averages, counts and sentences, which every format then shows.

use super::diary::{cells, measures, notes, weeks};
use super::figures::{days_between, mean, of_days, one_decimal, percent};
use super::model::{
    CommitmentLine, Day, Glance, HaltCount, Includes, SetbackLine, Summary, TriggerLine,
};
use super::records::Records;
use super::{headline, standing, trackers};
use crate::catalog::{self, DateForm};
use crate::domain::progress::ends_run_of;
use crate::domain::tracked::Window;
use crate::domain::*;
use crate::error::Result;
use crate::store::Store;
use chrono::{Datelike, Duration, NaiveDate};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The HALT states, in the order of their letters.
fn halt_names() -> [String; 4] {
    [
        t!("summary-halt-hungry"),
        t!("summary-halt-angry"),
        t!("summary-halt-lonely"),
        t!("summary-halt-tired"),
    ]
}

/// Builds the summary of `[from, to]`.
pub fn build(store: &Store, from: NaiveDate, to: NaiveDate, includes: Includes) -> Result<Summary> {
    let records = Records::load(store, from, to, includes)?;
    let days = records.days();
    let care = &records.care;
    let glance = records.glance();
    let measures = measures(&days);
    let generated_at = store.clock().stamp();
    Ok(Summary {
        display_name: records.profile.display_name.clone(),
        from,
        to,
        range_days: (to - from).num_days() + 1,
        generated: readable_moment(&generated_at),
        generated_at,
        version: env!("CARGO_PKG_VERSION"),
        includes,
        shared: includes.shared_line(),
        safety: headline::safety(&records.assessments),
        tracker_flags: trackers::flags(&care.trackers, &care.values, &records.privacy),
        trackers: trackers::columns_of(
            &care.trackers,
            &care.values,
            from,
            days.len(),
            &records.privacy,
        ),
        medications: records.medications(),
        headlines: records.headlines(&glance, &measures),
        sleep: headline::sleep(&records.checkins),
        last_growth: records.last_growth(),
        connections: records.connections(),
        measures,
        halt: records.halt(),
        weeks: weeks(&days),
        days,
        glance,
        triggers: records.triggers(),
        goals: standing::goals(&records.goals, from, to),
        setbacks: records.setbacks(),
        plan: standing::plan(&records.plan),
        scales: standing::scales(&records.assessments, &records.earlier_assessments),
        uses: records.use_calendars(),
        journal: records.journal,
    })
}

/// "83 of 90 days", and from when they count when not every day of the period does:
/// "1 of 1 day since they started on 5 December".
fn counted_days(part: i64, whole: i64, window: Window, to: NaiveDate) -> String {
    let of = of_days(part, whole);
    let day = |d: NaiveDate| {
        if d.year() == to.year() {
            catalog::date(d, DateForm::DayMonth)
        } else {
            catalog::date(d, DateForm::DayMonthYear)
        }
    };
    match window {
        Window::Whole => of,
        Window::Nothing => t!("summary-counted-nothing"),
        Window::SinceStart(d) => t!("summary-counted-since", days = of, date = day(d)),
        Window::Parts(spans) => {
            let spans: Vec<String> = spans
                .iter()
                .map(|&(a, b)| {
                    if a == b {
                        day(a)
                    } else {
                        t!("summary-counted-span", from = day(a), to = day(b))
                    }
                })
                .collect();
            t!("summary-counted-parts", days = of, spans = spans.join(", "))
        }
    }
}

impl Records {
    fn coping_name(&self, id: i64) -> Option<String> {
        self.coping
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.name.clone())
    }

    /// One row per day of the range.
    pub fn days(&self) -> Vec<Day> {
        let mut days = Vec::new();
        let mut d = self.from;
        while d <= self.to {
            days.push(self.day(d));
            d += Duration::days(1);
        }
        days
    }

    fn day(&self, date: NaiveDate) -> Day {
        let events: Vec<&TriggerEvent> = self.events.iter().filter(|e| e.date == date).collect();
        let mut coping: Vec<String> = events
            .iter()
            .filter_map(|e| e.coping_id.and_then(|id| self.coping_name(id)))
            .collect();
        coping.sort();
        coping.dedup();
        let checkin = self.checkins.iter().find(|c| c.date == date).cloned();
        let urge = events.iter().map(|e| e.urge_before).max();
        let acted = events.iter().any(|e| e.outcome == Outcome::Setback)
            || self
                .all_setbacks
                .iter()
                .any(|s| s.date == date && s.kind.ends_run());
        Day {
            date,
            cells: cells(checkin.as_ref(), urge, acted, &coping),
            notes: checkin.as_ref().map(notes).unwrap_or_default(),
            self_checks: self
                .assessments
                .iter()
                .filter(|a| a.date == date)
                .map(|a| {
                    let band = scales::band_text(&a.band);
                    format!("{} {} ({band})", a.instrument, scales::score_text(a))
                })
                .collect(),
            phq9_item9: self
                .assessments
                .iter()
                .filter(|a| a.date == date && a.instrument == "PHQ-9")
                .filter_map(|a| headline::CrisisAnswer::of(a).map(|c| c.value))
                .max(),
            checkin,
            urge,
            acted,
            coping,
            encounters: events.len(),
        }
    }

    /// The "at a glance" figures.
    pub fn glance(&self) -> Glance {
        let tracked_days = self.tracked_days(self.from, self.to);
        let checkin_days = self.checkins.len();
        let in_range = || self.all_setbacks.iter().filter(|s| s.date >= self.from);
        let hard_days = in_range().filter(|s| !s.kind.ends_run()).count();
        Glance {
            days_in_recovery: self.stats.days_in_recovery,
            commitments: self.commitment_lines(),
            checkin_days,
            tracked_days,
            adherence: percent(checkin_days as i64, tracked_days),
            adherence_text: if tracked_days == 0 {
                t!("summary-adherence-nothing")
            } else {
                t!(
                    "summary-adherence",
                    percent = percent(checkin_days as i64, tracked_days)
                )
            },
            checkin_text: counted_days(
                checkin_days as i64,
                tracked_days,
                self.stats.tracked.window(self.from, self.to),
                self.to,
            ),
            setbacks: in_range().filter(|s| s.kind.ends_run()).count(),
            hard_days,
            hard_days_text: t!("summary-hard-days", count = hard_days),
        }
    }

    /// Days of `[from, to]` when a record was kept.
    pub(super) fn tracked_days(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        self.stats.tracked.days(from, to)
    }

    fn commitment_lines(&self) -> Vec<CommitmentLine> {
        self.stats
            .commitments
            .iter()
            .map(|p| {
                let c = self
                    .commitments
                    .iter()
                    .find(|c| c.id == p.commitment_id)
                    .expect("stats come from commitments");
                let start = self.from.max(c.start_date);
                let range_days = days_between(start, self.to);
                let breaks = self
                    .all_setbacks
                    .iter()
                    .filter(|s| ends_run_of(s, c.id) && s.date >= start && s.date <= self.to)
                    .map(|s| s.date)
                    .collect::<BTreeSet<_>>()
                    .len() as i64;
                let range_on_track = range_days - breaks;
                CommitmentLine {
                    name: c.name.clone(),
                    start_date: c.start_date,
                    days_in_recovery: p.days_in_recovery,
                    days_on_track: p.days_on_track,
                    current_run: p.current_run,
                    longest_run: p.longest_run,
                    range_on_track,
                    range_days,
                    percent: percent(range_on_track, range_days),
                    on_track_text: of_days(range_on_track, range_days),
                    path: self.path_line(c, (range_on_track, range_days)),
                }
            })
            .collect()
    }

    /// How many check-in days marked each HALT state.
    pub fn halt(&self) -> Vec<HaltCount> {
        let of = self.checkins.len();
        let mut counts = [0; 4];
        for c in &self.checkins {
            for (i, on) in [c.hungry, c.angry, c.lonely, c.tired].iter().enumerate() {
                counts[i] += usize::from(*on);
            }
        }
        halt_names()
            .into_iter()
            .zip(counts)
            .map(|(name, days)| HaltCount {
                name,
                days,
                of,
                percent: percent(days as i64, of as i64),
                text: t!(
                    "summary-halt-days",
                    days = days,
                    of = of,
                    percent = percent(days as i64, of as i64)
                ),
            })
            .collect()
    }

    /// The growth entries of the range (details the person did not share are already
    /// taken out).
    pub fn setbacks(&self) -> Vec<SetbackLine> {
        let bounce: HashMap<i64, Option<i64>> = self
            .stats
            .commitments
            .iter()
            .flat_map(|c| c.bounce_backs.iter().map(|b| (b.setback_id, b.days)))
            .collect();
        self.all_setbacks
            .iter()
            .filter(|s| s.date >= self.from)
            .map(|s| {
                let s = s.clone();
                let bounce_back_days = bounce
                    .get(&s.id)
                    .copied()
                    .flatten()
                    .or_else(|| progress::bounce_back_days(s.date, &self.points));
                SetbackLine {
                    commitment: s
                        .commitment_id
                        .and_then(|id| self.commitments.iter().find(|c| c.id == id))
                        .map(|c| c.name.clone()),
                    bounce_back_days,
                    bounce_back: bounce_back_days.map_or_else(
                        || t!("summary-bounce-back-none"),
                        |d| t!("summary-bounce-back", days = t!("days", count = d)),
                    ),
                    setback: s,
                }
            })
            .collect()
    }

    /// Triggers met in the range, most often met first.
    pub fn triggers(&self) -> Vec<TriggerLine> {
        let mut out: Vec<TriggerLine> = self
            .triggers
            .iter()
            .filter_map(|t| self.trigger_line(t))
            .collect();
        out.sort_by(|a, b| b.encounters.cmp(&a.encounters).then(a.name.cmp(&b.name)));
        out
    }

    fn trigger_line(&self, t: &Trigger) -> Option<TriggerLine> {
        let mine: Vec<&TriggerEvent> = self
            .events
            .iter()
            .filter(|e| e.trigger_id == Some(t.id))
            .collect();
        if mine.is_empty() {
            return None;
        }
        let before: Vec<f64> = mine.iter().map(|e| f64::from(e.urge_before)).collect();
        let mut by_coping: BTreeMap<i64, Vec<f64>> = BTreeMap::new();
        for e in &mine {
            if let (Some(c), Some(a)) = (e.coping_id, e.urge_after) {
                by_coping
                    .entry(c)
                    .or_default()
                    .push(f64::from(e.urge_before) - f64::from(a));
            }
        }
        let best = by_coping
            .iter()
            .filter_map(|(c, drops)| mean(drops).map(|m| (*c, m)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .and_then(|(c, d)| self.coping_name(c).map(|n| (n, one_decimal(d))));
        Some(TriggerLine {
            name: t.name.clone(),
            category: t.category,
            encounters: mine.len(),
            passed: mine.iter().filter(|e| e.outcome == Outcome::Passed).count(),
            mean_urge_before: mean(&before).map_or("–".into(), one_decimal),
            best_coping: best,
        })
    }
}

/// An RFC 3339 moment as a person reads it: "23 November 2026, 10:00".
pub fn readable_moment(stamp: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(stamp)
        .map(|t| {
            t!(
                "summary-moment",
                date = catalog::date(t.date_naive(), DateForm::DayMonthYear),
                time = t.format("%H:%M").to_string()
            )
        })
        .unwrap_or_else(|_| stamp.to_string())
}
