//! Builds the counselor summary's model from the store's records: works out each
//! section's figures, averages, counts and sentences, which every format then shows.

use super::model::{
    CommitmentLine, Day, DayCells, Glance, GoalLine, HaltCount, Includes, Measure, ScaleResult,
    Scales, SetbackLine, Summary, TriggerLine, Week,
};
use crate::domain::progress::{Stats, ends_run_of, median};
use crate::domain::*;
use crate::error::Result;
use crate::store::{JournalFilter, Store};
use chrono::{Duration, NaiveDate};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The HALT states, in the order of their letters.
const HALT: [&str; 4] = ["Hungry", "Angry", "Lonely", "Tired"];

/// Builds the summary of `[from, to]`.
pub fn build(store: &Store, from: NaiveDate, to: NaiveDate, includes: Includes) -> Result<Summary> {
    let records = Records::load(store, from, to, includes)?;
    let days = records.days();
    let glance = records.glance();
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
        measures: measures(&days),
        halt: records.halt(),
        weeks: weeks(&days),
        days,
        glance,
        triggers: records.triggers(store)?,
        goals: goals(store, from, to)?,
        setbacks: records.setbacks(),
        plan: plan(store)?,
        scales: scales(&records.assessments),
        journal: records.journal,
    })
}

/// The store's records for the range, with what the person did not share already
/// taken out.
pub struct Records {
    pub profile: Profile,
    from: NaiveDate,
    to: NaiveDate,
    includes: Includes,
    stats: Stats,
    checkins: Vec<Checkin>,
    events: Vec<TriggerEvent>,
    /// Every setback up to the end of the range (runs and gaps need the earlier ones).
    all_setbacks: Vec<Setback>,
    commitments: Vec<Commitment>,
    coping: Vec<CopingStrategy>,
    /// Mood points from a month before the range, for bounce-back.
    points: Vec<progress::MoodPoint>,
    pub assessments: Vec<Assessment>,
    pub journal: Vec<JournalEntry>,
}

impl Records {
    pub fn load(store: &Store, from: NaiveDate, to: NaiveDate, includes: Includes) -> Result<Self> {
        let mut checkins = store.checkins(Some(from), Some(to), None)?;
        let mut events = store.trigger_events(Some(from), Some(to), None)?;
        if !includes.notes {
            for c in &mut checkins {
                (c.intention, c.reflection, c.gratitude, c.note) = (None, None, None, None);
            }
            events.iter_mut().for_each(|e| e.note = None);
        }
        let journal = if includes.journal {
            let mut j = store.journal(&JournalFilter {
                from: Some(from),
                to: Some(to),
                ..Default::default()
            })?;
            j.reverse();
            j
        } else {
            Vec::new()
        };
        Ok(Records {
            profile: store.profile()?,
            from,
            to,
            includes,
            stats: store.stats(to, None)?,
            checkins,
            events,
            all_setbacks: store.setbacks(None, Some(to))?,
            commitments: store.commitments()?,
            coping: store.coping_strategies()?,
            points: store.mood_points(Some(from - Duration::days(31)))?,
            assessments: store.assessments(Some(from), Some(to))?,
            journal,
        })
    }

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
                .map(|a| format!("{} {} ({})", a.instrument, scales::score_text(a), a.band))
                .collect(),
            checkin,
            urge,
            acted,
            coping,
            encounters: events.len(),
        }
    }

    /// The "at a glance" figures.
    pub fn glance(&self) -> Glance {
        let tracking_start = self
            .stats
            .tracking_start
            .unwrap_or(self.from)
            .max(self.from);
        let tracked_days = days_between(tracking_start, self.to);
        let checkin_days = self.checkins.len();
        let in_range = || self.all_setbacks.iter().filter(|s| s.date >= self.from);
        let hard_days = in_range().filter(|s| !s.kind.ends_run()).count();
        Glance {
            days_in_recovery: self.stats.days_in_recovery,
            commitments: self.commitment_lines(),
            checkin_days,
            tracked_days,
            adherence: one_decimal_percent(checkin_days, tracked_days),
            setbacks: in_range().filter(|s| s.kind.ends_run()).count(),
            hard_days,
            hard_days_text: plural(hard_days, "hard day"),
        }
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
                    percent: whole_percent(range_on_track, range_days),
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
        HALT.iter()
            .zip(counts)
            .map(|(name, days)| HaltCount {
                name,
                days,
                of,
                percent: (days * 100).checked_div(of).unwrap_or(0),
            })
            .collect()
    }

    /// The growth entries of the range, with details the person did not share taken out.
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
                let mut s = s.clone();
                if !self.includes.setback_details {
                    (
                        s.what_happened,
                        s.warning_signs,
                        s.what_helped,
                        s.reached_out,
                    ) = (None, None, None, None);
                }
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
                    bounce_back: bounce_back_days
                        .map(|d| format!("mood back to usual after {}", days(d))),
                    setback: s,
                }
            })
            .collect()
    }

    /// Triggers met in the range, most often met first.
    pub fn triggers(&self, store: &Store) -> Result<Vec<TriggerLine>> {
        let mut out: Vec<TriggerLine> = store
            .triggers()?
            .into_iter()
            .filter_map(|t| self.trigger_line(t))
            .collect();
        out.sort_by(|a, b| b.encounters.cmp(&a.encounters).then(a.name.cmp(&b.name)));
        Ok(out)
    }

    fn trigger_line(&self, t: Trigger) -> Option<TriggerLine> {
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
            .map(|(c, drops)| (*c, mean(drops)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .and_then(|(c, d)| self.coping_name(c).map(|n| (n, one_decimal(d).to_string())));
        Some(TriggerLine {
            name: t.name,
            category: t.category,
            encounters: mine.len(),
            passed: mine.iter().filter(|e| e.outcome == Outcome::Passed).count(),
            mean_urge_before: median(&before)
                .map(|_| one_decimal(mean(&before)))
                .map_or("–".into(), |v| v.to_string()),
            best_coping: best,
        })
    }
}

/// The diary card's cells for one day.
fn cells(c: Option<&Checkin>, urge: Option<u8>, acted: bool, coping: &[String]) -> DayCells {
    let num = |v: Option<u8>| v.map_or("–".to_string(), |v| v.to_string());
    let rating = |f: fn(&Checkin) -> Option<u8>| num(c.and_then(f));
    DayCells {
        ratings: [
            rating(|c| c.mood),
            rating(|c| c.craving),
            rating(|c| c.physical),
            rating(|c| c.mental),
            rating(|c| c.emotional),
            rating(|c| c.social),
            rating(|c| c.spiritual),
        ],
        halt: c.map_or(String::new(), |c| {
            [
                (c.hungry, 'H'),
                (c.angry, 'A'),
                (c.lonely, 'L'),
                (c.tired, 'T'),
            ]
            .iter()
            .filter(|x| x.0)
            .map(|x| x.1)
            .collect()
        }),
        sleep: c
            .and_then(|c| c.sleep_hours)
            .map_or("–".into(), |h| h.to_string()),
        urge: num(urge),
        acted: if acted {
            "yes"
        } else if urge.is_some() {
            "no"
        } else {
            ""
        },
        coping: coping.join(", "),
    }
}

/// A check-in's texts with their labels (only those the person shared are left).
fn notes(c: &Checkin) -> Vec<(&'static str, String)> {
    [
        ("Intention", &c.intention),
        ("Reflection", &c.reflection),
        ("Gratitude", &c.gratitude),
        ("Note", &c.note),
    ]
    .into_iter()
    .filter_map(|(l, t)| t.clone().map(|t| (l, t)))
    .collect()
}

/// Mood, craving and the five domains across the days.
pub fn measures(days: &[Day]) -> Vec<Measure> {
    let measure = |name, low, f: &dyn Fn(&Checkin) -> Option<u8>| {
        let values: Vec<Option<u8>> = days
            .iter()
            .map(|d| d.checkin.as_ref().and_then(f))
            .collect();
        let given: Vec<f64> = values.iter().flatten().map(|v| f64::from(*v)).collect();
        Measure {
            name,
            low,
            average: if given.is_empty() {
                "–".into()
            } else {
                one_decimal(mean(&given)).to_string()
            },
            values,
        }
    };
    let mut out = vec![
        measure("Mood", 1, &|c| c.mood),
        measure("Craving", 0, &|c| c.craving),
    ];
    for d in LifeDomain::ALL {
        out.push(measure(d.title(), 1, &|c| c.rating(*d)));
    }
    out
}

/// The days split into Monday-to-Sunday weeks.
pub fn weeks(days: &[Day]) -> Vec<Week> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=days.len() {
        if i == days.len() || time::week_start(days[i].date) != time::week_start(days[start].date) {
            out.push(Week {
                start: days[start].date,
                days: start..i,
            });
            start = i;
        }
    }
    out
}

/// Goals not let go, with their progress in the range.
pub fn goals(store: &Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<GoalLine>> {
    let weeks = ((to - from).num_days() + 1).div_euclid(7).max(1) as u32;
    store
        .goals(None, None)?
        .into_iter()
        .filter(|g| g.status != GoalStatus::LetGo)
        .map(|g| {
            let (done, target, unit) = match g.kind {
                GoalKind::Habit => {
                    let mut dates: Vec<NaiveDate> = store
                        .goal_logs(g.id, Some(from))?
                        .into_iter()
                        .map(|l| l.date)
                        .filter(|d| *d <= to)
                        .collect();
                    dates.dedup();
                    let target = u32::from(g.per_week.unwrap_or(1)) * weeks;
                    (dates.len() as u32, target, "planned days")
                }
                GoalKind::Milestone => {
                    let done = g
                        .steps
                        .iter()
                        .filter(|s| s.done_on.is_some_and(|d| d <= to));
                    (done.count() as u32, g.steps.len() as u32, "steps")
                }
            };
            Ok(GoalLine {
                title: g.title,
                domain: g.domain,
                status: g.status,
                kind: g.kind,
                done,
                target,
                progress: format!("{done} of {target} {unit}"),
            })
        })
        .collect()
}

/// The plan as it stands, by section, leaving out empty sections.
pub fn plan(store: &Store) -> Result<Vec<(PlanSection, Vec<PlanItem>)>> {
    let items = store.plan(None)?;
    Ok(PlanSection::ALL
        .iter()
        .map(|s| {
            let mine: Vec<PlanItem> = items.iter().filter(|i| i.section == *s).cloned().collect();
            (*s, mine)
        })
        .filter(|(_, items)| !items.is_empty())
        .collect())
}

/// The self-check results with their scores, trends and sources.
pub fn scales(assessments: &[Assessment]) -> Scales {
    Scales {
        results: assessments
            .iter()
            .map(|a| ScaleResult {
                date: a.date,
                instrument: a.instrument.clone(),
                score: scales::score_text(a),
                band: a.band.clone(),
            })
            .collect(),
        trends: scales::trends(assessments)
            .into_iter()
            .map(|(s, t)| (s.name.clone(), t))
            .collect(),
        sources: scales::all()
            .iter()
            .filter(|sc| assessments.iter().any(|a| a.instrument == sc.name))
            .map(|sc| sc.attribution.as_str())
            .collect(),
    }
}

/// An RFC 3339 moment as a person reads it: "23 November 2026, 10:00".
pub fn readable_moment(stamp: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(stamp)
        .map(|t| t.format("%-d %B %Y, %H:%M").to_string())
        .unwrap_or_else(|_| stamp.to_string())
}

/// Days in `[from, to]`, or 0 when `from` is later.
fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    if from > to {
        0
    } else {
        (to - from).num_days() + 1
    }
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

fn one_decimal(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// `part` of `whole` as a whole percent ("99"); 0 of nothing is "0".
fn whole_percent(part: i64, whole: i64) -> String {
    let p = if whole == 0 {
        0.0
    } else {
        part as f64 * 100.0 / whole as f64
    };
    format!("{p:.0}")
}

/// `part` of `whole` as a percent to one decimal ("89.6", "100").
fn one_decimal_percent(part: usize, whole: i64) -> String {
    let p = if whole == 0 {
        0.0
    } else {
        (part as f64 * 1000.0 / whole as f64).round() / 10.0
    };
    p.to_string()
}

/// "1 hard day", "2 hard days".
fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}
