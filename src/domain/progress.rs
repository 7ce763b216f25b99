//! Progress figures, derived and never stored: days in recovery, runs, days on track,
//! adherence, setback spacing, bounce-back and milestones.
//!
//! Counting is by whole local calendar days, both ends included: the start date is
//! day 1. A day is *on track* for a commitment when it lies between the start date and
//! today and no run-ending setback of that commitment falls on it. A setback never
//! takes back days already lived: days in recovery and days on track only grow.

use super::tracked::Tracked;
use super::{Commitment, Setback, SetbackKind};
use chrono::{Duration, NaiveDate};
use serde::Serialize;

/// The date and mood of one check-in: all the progress rules need of it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MoodPoint {
    pub date: NaiveDate,
    pub mood: Option<u8>,
}

/// Milestones in days on track: 1, 3, 7, 14, 30, 60, 90, 180, 270, 365, then every year.
pub fn milestone_days() -> impl Iterator<Item = i64> {
    [1, 3, 7, 14, 30, 60, 90, 180, 270]
        .into_iter()
        .chain((1..).map(|y| 365 * y))
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Milestone {
    pub days: i64,
    pub reached_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextMilestone {
    pub days: i64,
    pub days_to_go: i64,
    /// The date it is reached if every day from tomorrow is on track.
    pub on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BounceBack {
    pub setback_id: i64,
    pub date: NaiveDate,
    /// Days from the setback to the first later check-in whose mood is at or above
    /// the median mood of the 30 days before it. `None`: no baseline, or not yet.
    pub days: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CommitmentProgress {
    pub commitment_id: i64,
    /// Its path and use (the store adds it; `None` in figures made without the log).
    #[serde(rename = "use", skip_serializing_if = "Option::is_none")]
    pub usage: Option<super::usage::UseFigures>,
    pub name: String,
    pub start_date: NaiveDate,
    pub days_in_recovery: i64,
    pub current_run: i64,
    pub longest_run: i64,
    pub days_on_track: i64,
    pub setbacks_total: usize,
    pub setbacks_last_90: usize,
    pub setbacks_prior_90: usize,
    pub median_gap_days: Option<f64>,
    pub median_gap_earlier_half: Option<f64>,
    pub median_gap_later_half: Option<f64>,
    pub bounce_backs: Vec<BounceBack>,
    pub median_bounce_back_days: Option<f64>,
    pub milestones: Vec<Milestone>,
    pub next_milestone: Option<NextMilestone>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Adherence {
    pub window_days: i64,
    /// Days of the window when a record was kept (`Tracked`): a new journal is not
    /// judged on days before it existed, nor on the gap before imported history.
    pub days_counted: i64,
    pub checked_in: i64,
    pub percent: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub today: NaiveDate,
    /// The earliest of the recovery's start, the first commitment's and the first
    /// check-in: where days in recovery begin.
    pub tracking_start: Option<NaiveDate>,
    /// The first day check-in adherence counts (the first day a record was kept).
    pub counting_from: Option<NaiveDate>,
    /// The days a record was kept, which adherence counts.
    pub tracked: Tracked,
    pub days_in_recovery: i64,
    pub checkins_total: usize,
    pub adherence: Vec<Adherence>,
    pub setbacks_total: usize,
    pub hard_days_total: usize,
    /// Growth entries "over my plan" (a cut-down path's days over the person's limits).
    pub over_plan_total: usize,
    pub commitments: Vec<CommitmentProgress>,
}

fn days_between(a: NaiveDate, b: NaiveDate) -> i64 {
    (b - a).num_days()
}

/// The median of a list of numbers; `None` when empty.
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    })
}

/// Whether a setback ends the runs of commitment `id`.
pub fn ends_run_of(s: &Setback, id: i64) -> bool {
    s.kind.ends_run() && s.commitment_id.is_none_or(|c| c == id)
}

/// Distinct run-ending setback dates of a commitment between its start and today.
fn run_ending_dates(c: &Commitment, setbacks: &[Setback], today: NaiveDate) -> Vec<NaiveDate> {
    let mut dates: Vec<NaiveDate> = setbacks
        .iter()
        .filter(|s| ends_run_of(s, c.id) && s.date >= c.start_date && s.date <= today)
        .map(|s| s.date)
        .collect();
    dates.sort();
    dates.dedup();
    dates
}

/// Lengths of the runs of on-track days from `start` to `today`, split by `breaks`
/// (sorted, distinct, inside the range). Empty runs are kept as zeros.
pub fn runs(start: NaiveDate, today: NaiveDate, breaks: &[NaiveDate]) -> Vec<i64> {
    if today < start {
        return vec![0];
    }
    let mut out = Vec::with_capacity(breaks.len() + 1);
    let mut from = start;
    for &b in breaks {
        out.push(days_between(from, b));
        from = b + Duration::days(1);
    }
    out.push(days_between(from, today) + 1);
    out
}

/// Days from `setback_date` to the first later check-in with mood at or above the
/// median mood of the 30 days before it. `points` must be sorted by date.
pub fn bounce_back_days(setback_date: NaiveDate, points: &[MoodPoint]) -> Option<i64> {
    let window_start = setback_date - Duration::days(30);
    let lo = points.partition_point(|p| p.date < window_start);
    let hi = points.partition_point(|p| p.date < setback_date);
    let baseline: Vec<f64> = points[lo..hi]
        .iter()
        .filter_map(|p| p.mood)
        .map(f64::from)
        .collect();
    let baseline = median(&baseline)?;
    let after = points.partition_point(|p| p.date <= setback_date);
    points[after..]
        .iter()
        .find(|p| p.mood.is_some_and(|m| f64::from(m) >= baseline))
        .map(|p| days_between(setback_date, p.date))
}

/// The progress figures of one commitment.
pub fn commitment_progress(
    c: &Commitment,
    setbacks: &[Setback],
    points: &[MoodPoint],
    today: NaiveDate,
) -> CommitmentProgress {
    let breaks = run_ending_dates(c, setbacks, today);
    let days_in_recovery = if today < c.start_date {
        0
    } else {
        days_between(c.start_date, today) + 1
    };
    let lengths = runs(c.start_date, today, &breaks);
    let days_on_track = days_in_recovery - breaks.len() as i64;

    let mine: Vec<&Setback> = setbacks
        .iter()
        .filter(|s| ends_run_of(s, c.id) && s.date <= today)
        .collect();
    let in_window = |from: i64, to: i64| {
        let (a, b) = (today - Duration::days(to), today - Duration::days(from));
        mine.iter().filter(|s| s.date >= a && s.date <= b).count()
    };
    let gaps: Vec<f64> = breaks
        .windows(2)
        .map(|w| days_between(w[0], w[1]) as f64)
        .collect();
    let (earlier, later) = if gaps.len() >= 2 {
        (
            median(&gaps[..gaps.len() / 2]),
            median(&gaps[gaps.len() - gaps.len() / 2..]),
        )
    } else {
        (None, None)
    };
    let mut bounce_backs: Vec<BounceBack> = mine
        .iter()
        .map(|s| BounceBack {
            setback_id: s.id,
            date: s.date,
            days: bounce_back_days(s.date, points),
        })
        .collect();
    bounce_backs.sort_by_key(|b| (b.date, b.setback_id));
    let bb_days: Vec<f64> = bounce_backs
        .iter()
        .filter_map(|b| b.days)
        .map(|d| d as f64)
        .collect();

    let (milestones, next_milestone) = milestones(c.start_date, today, &breaks, days_on_track);
    CommitmentProgress {
        commitment_id: c.id,
        usage: None,
        name: c.name.clone(),
        start_date: c.start_date,
        days_in_recovery,
        current_run: *lengths.last().unwrap_or(&0),
        longest_run: lengths.iter().copied().max().unwrap_or(0),
        days_on_track,
        setbacks_total: mine.len(),
        setbacks_last_90: in_window(0, 89),
        setbacks_prior_90: in_window(90, 179),
        median_gap_days: median(&gaps),
        median_gap_earlier_half: earlier,
        median_gap_later_half: later,
        median_bounce_back_days: median(&bb_days),
        bounce_backs,
        milestones,
        next_milestone,
    }
}

/// Milestones of days on track reached so far (with the date each was reached) and the next.
fn milestones(
    start: NaiveDate,
    today: NaiveDate,
    breaks: &[NaiveDate],
    on_track: i64,
) -> (Vec<Milestone>, Option<NextMilestone>) {
    let mut reached = Vec::new();
    let mut next = None;
    for m in milestone_days() {
        if m > on_track {
            next = Some(NextMilestone {
                days: m,
                days_to_go: m - on_track,
                on: today + Duration::days(m - on_track),
            });
            break;
        }
        // The m-th on-track day: start + (m - 1) plus one day for each break before it.
        let mut day = start + Duration::days(m - 1);
        for &b in breaks {
            if b <= day {
                day += Duration::days(1);
            } else {
                break;
            }
        }
        reached.push(Milestone {
            days: m,
            reached_on: day,
        });
    }
    (reached, next)
}

/// Check-in adherence over the last `window` days, counting only the days a record
/// was kept.
pub fn adherence(
    window: i64,
    tracked: &Tracked,
    points: &[MoodPoint],
    today: NaiveDate,
) -> Adherence {
    let from = today - Duration::days(window - 1);
    let days_counted = tracked.days(from, today);
    let checked_in = points
        .iter()
        .filter(|p| p.date >= from && p.date <= today && tracked.contains(p.date))
        .count() as i64;
    let percent = if days_counted == 0 {
        0.0
    } else {
        (checked_in as f64 * 1000.0 / days_counted as f64).round() / 10.0
    };
    Adherence {
        window_days: window,
        days_counted,
        checked_in,
        percent,
    }
}

/// All progress figures. `points` are the check-ins sorted by date.
pub fn stats(
    recovery_start: Option<NaiveDate>,
    commitments: &[Commitment],
    setbacks: &[Setback],
    points: &[MoodPoint],
    tracked: Tracked,
    today: NaiveDate,
) -> Stats {
    let first_commitment = commitments.iter().map(|c| c.start_date).min();
    let start = recovery_start.or(first_commitment);
    let tracking_start = [start, points.first().map(|p| p.date)]
        .into_iter()
        .flatten()
        .min();
    let days_in_recovery = start
        .filter(|s| *s <= today)
        .map_or(0, |s| days_between(s, today) + 1);
    let past: Vec<&Setback> = setbacks.iter().filter(|s| s.date <= today).collect();
    Stats {
        today,
        tracking_start,
        counting_from: tracked.first(),
        days_in_recovery,
        checkins_total: points.iter().filter(|p| p.date <= today).count(),
        adherence: [7, 30, 90]
            .iter()
            .map(|w| adherence(*w, &tracked, points, today))
            .collect(),
        setbacks_total: past.iter().filter(|s| s.kind.ends_run()).count(),
        hard_days_total: past
            .iter()
            .filter(|s| s.kind == SetbackKind::HardDay)
            .count(),
        over_plan_total: past
            .iter()
            .filter(|s| s.kind == SetbackKind::OverPlan)
            .count(),
        commitments: commitments
            .iter()
            .map(|c| commitment_progress(c, setbacks, points, today))
            .collect(),
        tracked,
    }
}

#[cfg(test)]
mod tests;

/// How well one coping strategy has worked, from the encounters it was used in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CopingEffect {
    pub coping_id: i64,
    pub uses: usize,
    /// Encounters that passed without a setback.
    pub passed: usize,
    /// Mean drop in urge (before − after) over encounters that recorded both.
    pub mean_urge_drop: Option<f64>,
}

/// Effectiveness of each strategy in `coping_ids`, from trigger encounters.
pub fn coping_effects(coping_ids: &[i64], events: &[super::TriggerEvent]) -> Vec<CopingEffect> {
    coping_ids
        .iter()
        .map(|&id| {
            let used: Vec<&super::TriggerEvent> =
                events.iter().filter(|e| e.coping_id == Some(id)).collect();
            let drops: Vec<f64> = used
                .iter()
                .filter_map(|e| {
                    e.urge_after
                        .map(|a| f64::from(e.urge_before) - f64::from(a))
                })
                .collect();
            let mean = (!drops.is_empty())
                .then(|| (drops.iter().sum::<f64>() / drops.len() as f64 * 10.0).round() / 10.0);
            CopingEffect {
                coping_id: id,
                uses: used.len(),
                passed: used
                    .iter()
                    .filter(|e| e.outcome == super::Outcome::Passed)
                    .count(),
                mean_urge_drop: mean,
            }
        })
        .collect()
}
