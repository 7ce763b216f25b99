//! The summary's first-page figures beyond the glance: the safety flag of PHQ-9 item 9,
//! sleep, each headline figure against the previous period of the same length (with
//! which way is easier, where a figure has one), and the last growth entry before the
//! range.

use super::figures::days_between;
use super::figures::{change, change_in, mean, one_decimal, percent_value};
use super::model::{
    Glance, HIGHER_IS_EASIER, Headline, LOWER_IS_EASIER, LastGrowth, Measure, SafetyFlag, Sleep,
};
use super::records::Records;
use crate::domain::*;
use chrono::{Duration, NaiveDate};

/// Nights shorter than this many hours are counted as short.
pub const SHORT_NIGHT_HOURS: f64 = 6.0;

/// A result's answer to its scale's crisis item (PHQ-9 item 9): the item (1-based),
/// its question, the answer's words, its value and the highest value offered; `None`
/// for a scale without one.
pub struct CrisisAnswer {
    pub item: usize,
    pub question: String,
    pub answer: String,
    pub value: u8,
    pub top: u8,
}

impl CrisisAnswer {
    pub fn of(a: &Assessment) -> Option<CrisisAnswer> {
        let scale = scales::find(&a.instrument).ok()?;
        let item = scale.crisis_item?;
        let value = *a.answers.get(item - 1)?;
        let offered = scale.answers_for(item - 1);
        Some(CrisisAnswer {
            item,
            question: scale
                .items
                .get(item - 1)
                .map_or(String::new(), |i| i.text.clone()),
            answer: offered
                .iter()
                .find(|(v, _)| *v == value)
                .map_or(value.to_string(), |(_, label)| label.clone()),
            value,
            top: offered.iter().map(|(v, _)| *v).max().unwrap_or(value),
        })
    }

    /// The mark beside a result whose crisis answer is above 0, the same in every
    /// format and legible in black and white: "⚑ item 9 (thoughts of self-harm):
    /// Several days (1 of 3)".
    pub fn mark(&self) -> Option<String> {
        (self.value > 0).then(|| {
            format!(
                "⚑ item {} (thoughts of self-harm): {} ({} of {})",
                self.item, self.answer, self.value, self.top
            )
        })
    }
}

/// Every result in `assessments` whose crisis item (PHQ-9 item 9) was answered above 0.
pub fn safety(assessments: &[Assessment]) -> Vec<SafetyFlag> {
    assessments
        .iter()
        .filter_map(|a| {
            let c = CrisisAnswer::of(a).filter(|c| c.value > 0)?;
            Some(SafetyFlag {
                text: format!(
                    "{}: {} item {} (“{}”) answered “{}” ({} of {}).",
                    a.date.format("%-d %B %Y"),
                    a.instrument,
                    c.item,
                    c.question,
                    c.answer,
                    c.value,
                    c.top
                ),
                date: a.date,
                instrument: a.instrument.clone(),
                item: c.item,
                question: c.question,
                answer: c.answer,
                value: c.value,
            })
        })
        .collect()
}

/// Hours of sleep the check-ins gave.
fn hours(checkins: &[Checkin]) -> Vec<f64> {
    checkins.iter().filter_map(|c| c.sleep_hours).collect()
}

/// Sleep across the check-ins of the range.
pub fn sleep(checkins: &[Checkin]) -> Sleep {
    let h = hours(checkins);
    let nights = h.len();
    let short_nights = h.iter().filter(|v| **v < SHORT_NIGHT_HOURS).count();
    let average = mean(&h).map_or("–".into(), one_decimal);
    let text = if nights == 0 {
        "no hours of sleep recorded".into()
    } else {
        format!(
            "average {average} hours over {}; {short_nights} of {} under 6 hours",
            plural(nights as i64, "night"),
            plural(nights as i64, "night"),
        )
    };
    Sleep {
        nights,
        average,
        short_nights,
        text,
    }
}

/// A life domain's headline: "Average physical rating".
fn domain_name(d: LifeDomain) -> &'static str {
    match d {
        LifeDomain::Physical => "Average physical rating",
        LifeDomain::Mental => "Average mental rating",
        LifeDomain::Emotional => "Average emotional rating",
        LifeDomain::Social => "Average social rating",
        LifeDomain::Spiritual => "Average spiritual rating",
    }
}

/// The average of one rating over check-ins.
fn average(checkins: &[Checkin], f: fn(&Checkin) -> Option<u8>) -> Option<f64> {
    let v: Vec<f64> = checkins.iter().filter_map(f).map(f64::from).collect();
    mean(&v)
}

impl Records {
    /// The previous period of the same length: `[from - length, from - 1]`.
    fn previous_range(&self) -> (NaiveDate, NaiveDate) {
        let length = (self.to - self.from).num_days() + 1;
        (
            self.from - Duration::days(length),
            self.from - Duration::days(1),
        )
    }

    /// Setbacks (run-ending) and hard days in `[from, to]`.
    fn setback_counts(&self, from: NaiveDate, to: NaiveDate) -> (usize, usize) {
        let inside = || {
            self.all_setbacks
                .iter()
                .filter(move |s| s.date >= from && s.date <= to)
        };
        (
            inside().filter(|s| s.kind.ends_run()).count(),
            inside().filter(|s| !s.kind.ends_run()).count(),
        )
    }

    /// Adherence, mood, craving, sleep, setbacks and hard days, each with its change.
    pub fn headlines(&self, g: &Glance, measures: &[Measure]) -> Vec<Headline> {
        let (pf, pt) = self.previous_range();
        let prev = &self.previous;
        let prev_tracked = self.tracked_days(pf, pt);
        let tracked_before = prev_tracked > 0;
        let prev_adherence = tracked_before.then(|| percent_value(prev.len() as i64, prev_tracked));
        let (prev_setbacks, prev_hard) = self.setback_counts(pf, pt);
        let counts_before = |n: usize| tracked_before.then_some(n as f64);
        let now_mood = average(&self.checkins, |c| c.mood);
        let now_craving = average(&self.checkins, |c| c.craving);
        let now_sleep = mean(&hours(&self.checkins));
        let rating = |v: Option<f64>, avg: &str| v.map_or("–".into(), |_| format!("{avg} of 10"));
        let sleep_avg = now_sleep.map_or("–".into(), |v| format!("{} hours", one_decimal(v)));
        let mut out = vec![
            Headline {
                name: "Check-in adherence",
                // A period with no record kept has no adherence, rather than 0%.
                value: if g.tracked_days == 0 {
                    format!("– ({})", g.checkin_text)
                } else {
                    format!("{}% ({})", g.adherence, g.checkin_text)
                },
                change: change_in(
                    (g.tracked_days > 0)
                        .then(|| percent_value(g.checkin_days as i64, g.tracked_days)),
                    prev_adherence,
                    0,
                    (" points", "%"),
                ),
                easier: Some(HIGHER_IS_EASIER),
            },
            Headline {
                name: "Average mood",
                value: rating(now_mood, &measures[0].average),
                change: change(now_mood, average(prev, |c| c.mood), 1),
                easier: Some(HIGHER_IS_EASIER),
            },
            Headline {
                name: "Average craving",
                value: rating(now_craving, &measures[1].average),
                change: change(now_craving, average(prev, |c| c.craving), 1),
                easier: Some(LOWER_IS_EASIER),
            },
        ];
        for (d, m) in LifeDomain::ALL.iter().zip(&measures[2..]) {
            let of = |all: &[Checkin]| {
                let v: Vec<f64> = all
                    .iter()
                    .filter_map(|c| c.rating(*d))
                    .map(f64::from)
                    .collect();
                mean(&v)
            };
            let now = of(&self.checkins);
            out.push(Headline {
                name: domain_name(*d),
                value: rating(now, &m.average),
                change: change(now, of(prev), 1),
                easier: Some(HIGHER_IS_EASIER),
            });
        }
        out.extend([
            Headline {
                name: "Average sleep",
                value: sleep_avg,
                change: change_in(now_sleep, mean(&hours(prev)), 1, (" hours", " hours")),
                easier: None,
            },
            Headline {
                name: "Setbacks",
                value: g.setbacks.to_string(),
                change: change(Some(g.setbacks as f64), counts_before(prev_setbacks), 0),
                easier: None,
            },
            Headline {
                name: "Hard days",
                value: g.hard_days.to_string(),
                change: change(Some(g.hard_days as f64), counts_before(prev_hard), 0),
                easier: None,
            },
        ]);
        out
    }

    /// The last growth entry dated before the range.
    pub fn last_growth(&self) -> Option<LastGrowth> {
        let s = self.all_setbacks.iter().rfind(|s| s.date < self.from)?;
        let before = days_between(s.date, self.from) - 1;
        Some(LastGrowth {
            date: s.date,
            kind: s.kind.label(),
            text: format!(
                "{} (a {}), {} before this period",
                s.date.format("%-d %B %Y"),
                s.kind.label(),
                days(before)
            ),
            learned: s.learned.clone(),
        })
    }
}
