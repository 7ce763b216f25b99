//! The summary's first-page figures beyond the glance: the safety flag of PHQ-9 item 9,
//! sleep, each headline figure against the previous period of the same length (with
//! which way is easier, where a figure has one), and the last growth entry before the
//! range.

use super::figures::days_between;
use super::figures::{Unit, change, change_in, mean, one_decimal, percent_value};
use super::model::{
    Glance, Headline, LastGrowth, Measure, SafetyFlag, Sleep, higher_is_easier, lower_is_easier,
};
use super::records::Records;
use crate::catalog::{self, DateForm};
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
            t!(
                "summary-crisis-mark",
                item = self.item,
                answer = &self.answer,
                value = self.value,
                top = self.top
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
                text: t!(
                    "summary-safety-flag",
                    date = catalog::date(a.date, DateForm::DayMonthYear),
                    instrument = &a.instrument,
                    item = c.item,
                    question = &c.question,
                    answer = &c.answer,
                    value = c.value,
                    top = c.top
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
        t!("summary-sleep-none")
    } else {
        t!(
            "summary-sleep",
            average = &average,
            nights = nights,
            short = short_nights
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
fn domain_name(d: LifeDomain) -> String {
    match d {
        LifeDomain::Physical => t!("summary-headline-physical"),
        LifeDomain::Mental => t!("summary-headline-mental"),
        LifeDomain::Emotional => t!("summary-headline-emotional"),
        LifeDomain::Social => t!("summary-headline-social"),
        LifeDomain::Spiritual => t!("summary-headline-spiritual"),
    }
}

/// An average rating out of 10 ("6.1 of 10"), or "–" when there is none.
fn rating(v: Option<f64>, avg: &str) -> String {
    v.map_or("–".into(), |_| t!("summary-rating-of-ten", rating = avg))
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
        let sleep_avg = now_sleep.map_or("–".into(), |v| {
            t!("summary-hours", hours = one_decimal(v))
        });
        let mut out = vec![
            Headline {
                name: t!("summary-headline-adherence"),
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
                    Unit::Points,
                ),
                easier: Some(higher_is_easier()),
            },
            Headline {
                name: t!("summary-headline-mood"),
                value: rating(now_mood, &measures[0].average),
                change: change(now_mood, average(prev, |c| c.mood), 1),
                easier: Some(higher_is_easier()),
            },
            Headline {
                name: t!("summary-headline-craving"),
                value: rating(now_craving, &measures[1].average),
                change: change(now_craving, average(prev, |c| c.craving), 1),
                easier: Some(lower_is_easier()),
            },
        ];
        out.extend(self.domain_headlines(&measures[2..]));
        out.extend([
            Headline {
                name: t!("summary-headline-sleep"),
                value: sleep_avg,
                change: change_in(now_sleep, mean(&hours(prev)), 1, Unit::Hours),
                easier: None,
            },
            Headline {
                name: t!("summary-headline-setbacks"),
                value: g.setbacks.to_string(),
                change: change(Some(g.setbacks as f64), counts_before(prev_setbacks), 0),
                easier: None,
            },
            Headline {
                name: t!("summary-headline-hard-days"),
                value: g.hard_days.to_string(),
                change: change(Some(g.hard_days as f64), counts_before(prev_hard), 0),
                easier: None,
            },
        ]);
        out
    }

    /// Each life domain's average rating with its change.
    fn domain_headlines(&self, measures: &[Measure]) -> Vec<Headline> {
        let mut out = Vec::new();
        for (d, m) in LifeDomain::ALL.iter().zip(measures) {
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
                change: change(now, of(&self.previous), 1),
                easier: Some(higher_is_easier()),
            });
        }
        out
    }

    /// The last growth entry dated before the range.
    pub fn last_growth(&self) -> Option<LastGrowth> {
        let s = self.all_setbacks.iter().rfind(|s| s.date < self.from)?;
        let before = days_between(s.date, self.from) - 1;
        Some(LastGrowth {
            date: s.date,
            kind: s.kind.label().to_string(),
            text: t!(
                "summary-last-growth",
                date = catalog::date(s.date, DateForm::DayMonthYear),
                kind = s.kind.label(),
                days = t!("days", count = before)
            ),
            learned: s.learned.clone(),
        })
    }
}
