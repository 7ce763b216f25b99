//! The summary's sections that stand beside the range's daily records: goals with their
//! progress since each began, the plan as it stands, and the self-check scales.

use super::figures::change;
use super::figures::days_between;
use super::headline::CrisisAnswer;
use super::model::{GoalLine, LatestResult, ScaleResult, Scales};
use crate::catalog::{self, DateForm};
use crate::domain::*;
use chrono::NaiveDate;

/// Goals not let go (with their progress marks), with their progress in the range:
/// only the days since each goal began count, and the target is for those days.
pub fn goals(goals: &[(Goal, Vec<GoalLog>)], from: NaiveDate, to: NaiveDate) -> Vec<GoalLine> {
    goals
        .iter()
        .filter(|(g, _)| g.status != GoalStatus::LetGo)
        .map(|(g, logs)| {
            let created = g
                .created_at
                .get(..10)
                .and_then(|d| d.parse::<NaiveDate>().ok())
                .unwrap_or(from);
            let began = logs
                .iter()
                .map(|l| l.date)
                .min()
                .map_or(created, |d| d.min(created));
            let counted_from = began.max(from);
            let since = (began > from).then(|| catalog::date(began, DateForm::DayMonth));
            let (done, target, progress) = match g.kind {
                GoalKind::Habit => {
                    let mut dates: Vec<NaiveDate> = logs
                        .iter()
                        .map(|l| l.date)
                        .filter(|d| *d >= counted_from && *d <= to)
                        .collect();
                    dates.dedup();
                    let window = days_between(counted_from, to);
                    let target = habit_target(g.per_week.unwrap_or(1), window);
                    let done = dates.len() as u32;
                    let text = match &since {
                        Some(date) => t!(
                            "summary-goal-days-since",
                            done = done,
                            target = target,
                            date = date
                        ),
                        None => t!("summary-goal-days", done = done, target = target),
                    };
                    (done, target, text)
                }
                GoalKind::Milestone => {
                    let done = g
                        .steps
                        .iter()
                        .filter(|s| s.done_on.is_some_and(|d| d <= to))
                        .count() as u32;
                    let all = g.steps.len() as u32;
                    (done, all, t!("summary-goal-steps", done = done, all = all))
                }
            };
            GoalLine {
                title: g.title.clone(),
                domain: g.domain,
                status: g.status,
                kind: g.kind,
                done,
                target,
                counted_from,
                progress,
            }
        })
        .collect()
}

/// Planned days for `window` days at `per_week` a week, rounded; at least one when
/// there are days to count.
fn habit_target(per_week: u8, window: i64) -> u32 {
    if window <= 0 {
        return 0;
    }
    let t = super::figures::round_to(f64::from(per_week) * window as f64 / 7.0, 0) as u32;
    t.max(1)
}

/// The plan as it stands, by section, leaving out empty sections.
pub fn plan(items: &[PlanItem]) -> Vec<(PlanSection, Vec<PlanItem>)> {
    PlanSection::ALL
        .iter()
        .map(|s| {
            let mine: Vec<PlanItem> = items.iter().filter(|i| i.section == *s).cloned().collect();
            (*s, mine)
        })
        .filter(|(_, items)| !items.is_empty())
        .collect()
}

/// One result as the summary lists it.
fn result(a: &Assessment) -> ScaleResult {
    ScaleResult {
        date: a.date,
        instrument: a.instrument.clone(),
        score: scales::score_text(a),
        band: scales::band_text(&a.band),
        flag: CrisisAnswer::of(a).and_then(|c| c.mark()),
    }
}

/// The self-check results of the range with their scores, trends and sources, and each
/// scale's latest result with its change from the one before (in the range, or else the
/// last of `earlier`).
pub fn scales(assessments: &[Assessment], earlier: &[Assessment]) -> Scales {
    let latest = scales::all()
        .iter()
        .filter_map(|sc| {
            let mine = || assessments.iter().filter(|a| a.instrument == sc.name);
            let last = mine().next_back()?;
            let before = mine()
                .rev()
                .nth(1)
                .or_else(|| earlier.iter().rfind(|a| a.instrument == sc.name));
            let change = before.map_or_else(
                || t!("summary-scale-first"),
                |b| {
                    t!(
                        "summary-scale-change",
                        change = change(Some(last.score as f64), Some(b.score as f64), 0),
                        date = catalog::date(b.date, DateForm::DayMonthYear)
                    )
                },
            );
            Some(LatestResult {
                result: result(last),
                change,
            })
        })
        .collect();
    Scales {
        results: assessments.iter().map(result).collect(),
        latest,
        trends: scales::trends(assessments)
            .into_iter()
            .map(|(s, t)| (s.name.clone(), t))
            .collect(),
        sources: scales::all()
            .iter()
            .filter(|sc| assessments.iter().any(|a| a.instrument == sc.name))
            .map(|sc| sc.shown().attribution.as_str())
            .collect(),
    }
}
