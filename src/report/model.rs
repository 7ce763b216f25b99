//! The counselor summary as data: everything the renderers show for a date range,
//! built from the store and the domain rules. Free text the person did not choose to
//! share is never loaded into it.

use crate::domain::progress::{ends_run_of, median};
use crate::domain::*;
use crate::error::Result;
use crate::store::{JournalFilter, Store};
use chrono::{Duration, NaiveDate};
use serde::Serialize;

/// What the person chose to share beyond the defaults.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Includes {
    /// Journal entries in the range.
    pub journal: bool,
    /// Check-in intention, reflection, gratitude and note; encounter notes.
    pub notes: bool,
    /// What happened, warning signs, what helped, who I reached out to.
    pub setback_details: bool,
}

impl Includes {
    /// Parses `journal,notes,setback-details`.
    pub fn parse(s: &str) -> Result<Includes, Invalid> {
        let mut inc = Includes::default();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match part {
                "journal" => inc.journal = true,
                "notes" => inc.notes = true,
                "setback-details" => inc.setback_details = true,
                other => {
                    return Err(Invalid::new(
                        "include",
                        format!(
                            "unknown '{other}'; use journal, notes, setback-details (comma-separated)"
                        ),
                    ));
                }
            }
        }
        Ok(inc)
    }
}

/// One day of the diary card.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Day {
    pub date: NaiveDate,
    pub checkin: Option<Checkin>,
    /// Strongest urge logged that day (0–10), from trigger encounters.
    pub urge: Option<u8>,
    /// A run-ending setback, or an encounter that ended in one.
    pub acted: bool,
    pub coping: Vec<String>,
    pub encounters: usize,
}

/// The diary card's cells for one day, as text ("–" where nothing was recorded).
#[derive(Debug, Clone, PartialEq)]
pub struct DayCells {
    /// Mood, craving, then the five domains.
    pub ratings: [String; 7],
    /// Letters of the HALT states marked: H, A, L, T.
    pub halt: String,
    pub sleep: String,
    pub urge: String,
    /// "yes" (a setback that day), "no" (an urge logged and passed), or "".
    pub acted: &'static str,
    pub coping: String,
}

impl Day {
    pub fn cells(&self) -> DayCells {
        let c = self.checkin.as_ref();
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
            urge: num(self.urge),
            acted: if self.acted {
                "yes"
            } else if self.urge.is_some() {
                "no"
            } else {
                ""
            },
            coping: self.coping.join(", "),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CommitmentLine {
    pub name: String,
    pub start_date: NaiveDate,
    pub days_in_recovery: i64,
    pub days_on_track: i64,
    pub current_run: i64,
    pub longest_run: i64,
    /// Days on track within the range, of the range days since the start date.
    pub range_on_track: i64,
    pub range_days: i64,
}

impl CommitmentLine {
    /// Percent of the range's days (since the start date) that were on track.
    pub fn range_percent(&self) -> f64 {
        if self.range_days == 0 {
            0.0
        } else {
            self.range_on_track as f64 * 100.0 / self.range_days as f64
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TriggerLine {
    pub name: String,
    pub category: TriggerCategory,
    pub encounters: usize,
    pub passed: usize,
    pub mean_urge_before: Option<f64>,
    /// The coping strategy with the largest mean urge drop with this trigger.
    pub best_coping: Option<(String, f64)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalLine {
    pub title: String,
    pub domain: LifeDomain,
    pub status: GoalStatus,
    pub kind: GoalKind,
    /// Habit: days logged in the range, and the target for the range's weeks.
    /// Milestone: steps done, steps in all.
    pub done: u32,
    pub target: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SetbackLine {
    pub setback: Setback,
    pub commitment: Option<String>,
    pub bounce_back_days: Option<i64>,
}

impl SetbackLine {
    /// The growth entry's written parts with their headings, in reading order
    /// (details the person did not share are already `None`).
    pub fn parts(&self) -> [(&'static str, Option<&String>); 6] {
        let s = &self.setback;
        [
            ("What happened", s.what_happened.as_ref()),
            ("Warning signs noticed", s.warning_signs.as_ref()),
            ("What helped", s.what_helped.as_ref()),
            ("What I learned", s.learned.as_ref()),
            ("Next time", s.next_time.as_ref()),
            ("Reached out to", s.reached_out.as_ref()),
        ]
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub display_name: Option<String>,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub generated_at: String,
    pub version: &'static str,
    pub includes: Includes,
    pub days_in_recovery: i64,
    pub commitments: Vec<CommitmentLine>,
    pub days: Vec<Day>,
    pub checkin_days: usize,
    /// Range days since tracking began (adherence is counted over these).
    pub tracked_days: i64,
    pub halt: [usize; 4],
    pub triggers: Vec<TriggerLine>,
    pub goals: Vec<GoalLine>,
    pub setbacks: Vec<SetbackLine>,
    pub hard_days: usize,
    pub plan: Vec<(PlanSection, Vec<PlanItem>)>,
    pub assessments: Vec<Assessment>,
    pub journal: Vec<JournalEntry>,
}

impl Summary {
    /// When it was made, as a person reads it: "23 November 2026, 10:00".
    pub fn generated(&self) -> String {
        chrono::DateTime::parse_from_rfc3339(&self.generated_at)
            .map(|t| t.format("%-d %B %Y, %H:%M").to_string())
            .unwrap_or_else(|_| self.generated_at.clone())
    }

    /// Mean of a check-in value over the range's check-ins.
    pub fn mean(&self, f: impl Fn(&Checkin) -> Option<u8>) -> Option<f64> {
        let v: Vec<f64> = self
            .days
            .iter()
            .filter_map(|d| d.checkin.as_ref().and_then(&f))
            .map(f64::from)
            .collect();
        (!v.is_empty()).then(|| (v.iter().sum::<f64>() / v.len() as f64 * 10.0).round() / 10.0)
    }

    /// Percent of tracked days with a check-in.
    pub fn adherence(&self) -> f64 {
        if self.tracked_days == 0 {
            0.0
        } else {
            (self.checkin_days as f64 * 1000.0 / self.tracked_days as f64).round() / 10.0
        }
    }

    pub fn run_ending_setbacks(&self) -> usize {
        self.setbacks
            .iter()
            .filter(|s| s.setback.kind.ends_run())
            .count()
    }

    /// The days split into Monday-to-Sunday weeks (the first and last may be partial).
    pub fn weeks(&self) -> Vec<&[Day]> {
        let mut out = Vec::new();
        let mut start = 0;
        for i in 1..=self.days.len() {
            if i == self.days.len()
                || time::week_start(self.days[i].date) != time::week_start(self.days[start].date)
            {
                out.push(&self.days[start..i]);
                start = i;
            }
        }
        out
    }
}

/// Builds the summary of `[from, to]`.
pub fn build(store: &Store, from: NaiveDate, to: NaiveDate, includes: Includes) -> Result<Summary> {
    let profile = store.profile()?;
    let stats = store.stats(to, None)?;
    let mut checkins = store.checkins(Some(from), Some(to), None)?;
    if !includes.notes {
        for c in &mut checkins {
            (c.intention, c.reflection, c.gratitude, c.note) = (None, None, None, None);
        }
    }
    let mut events = store.trigger_events(Some(from), Some(to), None)?;
    if !includes.notes {
        events.iter_mut().for_each(|e| e.note = None);
    }
    let all_setbacks = store.setbacks(None, Some(to))?;
    let commitments = store.commitments()?;
    let coping = store.coping_strategies()?;
    let coping_name = |id: i64| coping.iter().find(|c| c.id == id).map(|c| c.name.clone());

    let mut days = Vec::new();
    let mut d = from;
    while d <= to {
        let today_events: Vec<&TriggerEvent> = events.iter().filter(|e| e.date == d).collect();
        let mut names: Vec<String> = today_events
            .iter()
            .filter_map(|e| e.coping_id.and_then(coping_name))
            .collect();
        names.sort();
        names.dedup();
        days.push(Day {
            date: d,
            checkin: checkins.iter().find(|c| c.date == d).cloned(),
            urge: today_events.iter().map(|e| e.urge_before).max(),
            acted: today_events.iter().any(|e| e.outcome == Outcome::Setback)
                || all_setbacks
                    .iter()
                    .any(|s| s.date == d && s.kind.ends_run()),
            coping: names,
            encounters: today_events.len(),
        });
        d += Duration::days(1);
    }
    let tracking_start = stats.tracking_start.unwrap_or(from).max(from);
    let tracked_days = if tracking_start > to {
        0
    } else {
        (to - tracking_start).num_days() + 1
    };
    let mut halt = [0; 4];
    for c in &checkins {
        for (i, on) in [c.hungry, c.angry, c.lonely, c.tired].iter().enumerate() {
            halt[i] += usize::from(*on);
        }
    }

    let lines = stats
        .commitments
        .iter()
        .map(|p| {
            let c = commitments
                .iter()
                .find(|c| c.id == p.commitment_id)
                .expect("stats come from commitments");
            let start = from.max(c.start_date);
            let range_days = if start > to {
                0
            } else {
                (to - start).num_days() + 1
            };
            let breaks = all_setbacks
                .iter()
                .filter(|s| ends_run_of(s, c.id) && s.date >= start && s.date <= to)
                .map(|s| s.date)
                .collect::<std::collections::BTreeSet<_>>()
                .len() as i64;
            CommitmentLine {
                name: c.name.clone(),
                start_date: c.start_date,
                days_in_recovery: p.days_in_recovery,
                days_on_track: p.days_on_track,
                current_run: p.current_run,
                longest_run: p.longest_run,
                range_on_track: range_days - breaks,
                range_days,
            }
        })
        .collect();

    let bounce: std::collections::HashMap<i64, Option<i64>> = stats
        .commitments
        .iter()
        .flat_map(|c| c.bounce_backs.iter().map(|b| (b.setback_id, b.days)))
        .collect();
    let points = store.mood_points(Some(from - Duration::days(31)))?;
    let setbacks: Vec<SetbackLine> = all_setbacks
        .iter()
        .filter(|s| s.date >= from)
        .map(|s| {
            let mut s = s.clone();
            if !includes.setback_details {
                (
                    s.what_happened,
                    s.warning_signs,
                    s.what_helped,
                    s.reached_out,
                ) = (None, None, None, None);
            }
            SetbackLine {
                commitment: s
                    .commitment_id
                    .and_then(|id| commitments.iter().find(|c| c.id == id))
                    .map(|c| c.name.clone()),
                bounce_back_days: bounce
                    .get(&s.id)
                    .copied()
                    .flatten()
                    .or_else(|| progress::bounce_back_days(s.date, &points)),
                setback: s,
            }
        })
        .collect();
    let hard_days = setbacks
        .iter()
        .filter(|s| !s.setback.kind.ends_run())
        .count();

    let triggers = triggers(store, &events, &coping_name)?;
    let goals = goals(store, from, to)?;
    let plan_items = store.plan(None)?;
    let plan = PlanSection::ALL
        .iter()
        .map(|s| {
            (
                *s,
                plan_items
                    .iter()
                    .filter(|i| i.section == *s)
                    .cloned()
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, items)| !items.is_empty())
        .collect();
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
    Ok(Summary {
        display_name: profile.display_name,
        from,
        to,
        generated_at: store.clock().stamp(),
        version: env!("CARGO_PKG_VERSION"),
        includes,
        days_in_recovery: stats.days_in_recovery,
        commitments: lines,
        checkin_days: checkins.len(),
        tracked_days,
        days,
        halt,
        triggers,
        goals,
        setbacks,
        hard_days,
        plan,
        assessments: store.assessments(Some(from), Some(to))?,
        journal,
    })
}

fn triggers(
    store: &Store,
    events: &[TriggerEvent],
    coping_name: &dyn Fn(i64) -> Option<String>,
) -> Result<Vec<TriggerLine>> {
    let mut out: Vec<TriggerLine> = store
        .triggers()?
        .into_iter()
        .filter_map(|t| {
            let mine: Vec<&TriggerEvent> = events
                .iter()
                .filter(|e| e.trigger_id == Some(t.id))
                .collect();
            if mine.is_empty() {
                return None;
            }
            let before: Vec<f64> = mine.iter().map(|e| f64::from(e.urge_before)).collect();
            let mut by_coping: std::collections::BTreeMap<i64, Vec<f64>> = Default::default();
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
                .map(|(c, drops)| (*c, drops.iter().sum::<f64>() / drops.len() as f64))
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .and_then(|(c, d)| coping_name(c).map(|n| (n, (d * 10.0).round() / 10.0)));
            Some(TriggerLine {
                name: t.name,
                category: t.category,
                encounters: mine.len(),
                passed: mine.iter().filter(|e| e.outcome == Outcome::Passed).count(),
                mean_urge_before: median(&before).map(|_| {
                    (before.iter().sum::<f64>() / before.len() as f64 * 10.0).round() / 10.0
                }),
                best_coping: best,
            })
        })
        .collect();
    out.sort_by(|a, b| b.encounters.cmp(&a.encounters).then(a.name.cmp(&b.name)));
    Ok(out)
}

fn goals(store: &Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<GoalLine>> {
    let weeks = ((to - from).num_days() + 1).div_euclid(7).max(1) as u32;
    store
        .goals(None, None)?
        .into_iter()
        .filter(|g| g.status != GoalStatus::LetGo)
        .map(|g| {
            let (done, target) = match g.kind {
                GoalKind::Habit => {
                    let mut dates: Vec<NaiveDate> = store
                        .goal_logs(g.id, Some(from))?
                        .into_iter()
                        .map(|l| l.date)
                        .filter(|d| *d <= to)
                        .collect();
                    dates.dedup();
                    (
                        dates.len() as u32,
                        u32::from(g.per_week.unwrap_or(1)) * weeks,
                    )
                }
                GoalKind::Milestone => (
                    g.steps
                        .iter()
                        .filter(|s| s.done_on.is_some_and(|d| d <= to))
                        .count() as u32,
                    g.steps.len() as u32,
                ),
            };
            Ok(GoalLine {
                title: g.title,
                domain: g.domain,
                status: g.status,
                kind: g.kind,
                done,
                target,
            })
        })
        .collect()
}
