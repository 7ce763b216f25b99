//! Made-up but realistic history for trying tend, tests, screenshots and benchmarks:
//! the generator, which decides what happens on which day. The words it uses are in
//! `content`, the demo's people and meetings in `social`. The same seed and `today`
//! always give the same records (a hand-written SplitMix64 keeps that true whatever
//! crate versions do).

use crate::domain::*;
use crate::error::Result;
use crate::store::{Store, Tx};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone};

mod content;
mod medicine;
mod social;
mod using;

use content::Words;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    fn pick<'a>(&mut self, items: &'a [String]) -> &'a String {
        &items[self.below(items.len() as u64) as usize]
    }
    /// Roughly normal noise with standard deviation `sd`.
    fn noise(&mut self, sd: f64) -> f64 {
        ((0..4).map(|_| self.unit()).sum::<f64>() - 2.0) * sd * 1.7
    }
}

struct Made {
    checkins: usize,
    entries: usize,
    goals: usize,
    logs: usize,
    triggers: usize,
    events: usize,
    setbacks: usize,
    connections: usize,
    uses: usize,
    doses: usize,
}

impl std::fmt::Display for Made {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts = [
            t!("demo-made-checkins", count = self.checkins),
            t!("demo-made-entries", count = self.entries),
            t!("demo-made-goals", count = self.goals, logs = self.logs),
            t!(
                "demo-made-triggers",
                count = self.triggers,
                events = self.events
            ),
            t!("demo-made-growth", count = self.setbacks),
            t!("demo-made-connections", count = self.connections),
            t!("demo-made-uses", count = self.uses),
            t!("demo-made-doses", count = self.doses),
        ];
        f.write_str(&parts.join(", "))
    }
}

/// Writes the whole history in one transaction. Returns a summary of what was made.
pub fn generate(
    store: &Store,
    today: NaiveDate,
    years: u32,
    seed: u64,
    entries: Option<usize>,
) -> Result<String> {
    let mut rng = Rng(seed ^ 0x7465_6E64);
    let offset = *store.clock().now().offset();
    let start = today - Duration::days(i64::from(years) * 365 - 1 + rng.below(20) as i64);
    store.write(|w| {
        let mut maker = Maker {
            w,
            rng: &mut rng,
            offset,
            start,
            today,
            days: (today - start).num_days() + 1,
            words: Words::new(),
        };
        Ok(maker.write_all(entries)?.to_string())
    })
}

fn at(offset: FixedOffset, date: NaiveDate, rng: &mut Rng) -> DateTime<FixedOffset> {
    let minutes = 7 * 60 + rng.below(16 * 60) as u32;
    let naive = date
        .and_hms_opt(minutes / 60, minutes % 60, 0)
        .expect("valid time");
    offset.from_local_datetime(&naive).unwrap()
}

/// Writes one made-up history. The order of the steps is part of the seed's promise:
/// each draws from the same random stream, so reordering them changes every record.
struct Maker<'a, 't> {
    w: &'a Tx<'t>,
    rng: &'a mut Rng,
    offset: FixedOffset,
    start: NaiveDate,
    today: NaiveDate,
    /// Days from `start` to `today`, both counted.
    days: i64,
    /// The lists of sentences and words it picks from.
    words: Words,
}

impl Maker<'_, '_> {
    fn write_all(&mut self, entries: Option<usize>) -> Result<Made> {
        self.w.set_profile(&Profile {
            display_name: Some(t!("demo-profile-name")),
            recovery_start: Some(self.start),
            day_start_hour: 4,
        })?;
        let alcohol = self.w.add_commitment(
            &t!("demo-commitment-alcohol"),
            self.start,
            Some(&t!("demo-commitment-alcohol-motto")),
        )?;
        let mh_start = self.start + Duration::days(30 + self.rng.below(60) as i64);
        let mental = self.w.add_commitment(
            &t!("demo-commitment-mental"),
            mh_start.min(self.today),
            None,
        )?;
        let coping: Vec<i64> = content::toolbox()
            .iter()
            .map(|(n, d, dom)| self.w.add_coping(n, Some(d.as_str()), *dom).map(|c| c.id))
            .collect::<Result<_>>()?;
        let triggers = self.triggers(&coping)?;
        plan(self.w)?;
        let setback_days = self.setback_days();
        let mut setbacks = self.setbacks(alcohol.id, &setback_days, &triggers)?;
        setbacks += self.hard_days(mental.id, mh_start)?;
        let checkins = self.checkins(&setback_days)?;
        let entries = self.journal(entries, &setback_days)?;
        let events = self.encounters(&setback_days, &triggers, &coping)?;
        let (goals, logs) = goals(self.w, self.rng, self.start, self.today)?;
        self_checks(self.w, self.rng, self.start, self.today)?;
        // Last, so every record before it is what it always was for a seed.
        let connections = social::social(self.w, self.rng, self.offset, self.start, self.today)?;
        // After it, for the same reason.
        let uses = using::using(self.w, self.rng, self.offset, self.start, self.today)?;
        // And after that.
        let doses = medicine::medicine(self.w, self.rng, self.offset, self.start, self.today)?;
        Ok(Made {
            uses,
            doses,
            connections,
            checkins,
            entries,
            goals,
            logs,
            triggers: triggers.len(),
            events,
            setbacks,
        })
    }

    /// The trigger library, linked to the toolbox; returns the triggers' ids.
    fn triggers(&self, coping: &[i64]) -> Result<Vec<i64>> {
        content::triggers()
            .into_iter()
            .map(|(name, category, origin, c)| {
                let t = self.w.add_trigger(TriggerDraft {
                    name,
                    category,
                    origin,
                    notes: None,
                    coping_ids: c.iter().map(|i| coping[*i]).collect(),
                })?;
                Ok(t.id)
            })
            .collect()
    }

    /// Days (from the start) with a setback: more often early on, further apart later.
    fn setback_days(&mut self) -> Vec<i64> {
        let mut out = Vec::new();
        let mut d = 20 + self.rng.below(25) as i64;
        let mut gap = 35.0;
        while d < self.days - 3 {
            out.push(d);
            gap = (gap * (1.25 + 0.5 * self.rng.unit())).min(420.0);
            d += gap as i64 + self.rng.below(20) as i64;
        }
        out
    }

    /// A growth entry for each setback day, the kinds taking turns.
    fn setbacks(&mut self, alcohol: i64, setback_days: &[i64], triggers: &[i64]) -> Result<usize> {
        let warning_signs = t!("demo-setback-warning-signs");
        let what_helped = t!("demo-setback-what-helped");
        let reached_out = t!("demo-setback-reached-out");
        let words = &self.words;
        for (i, off) in setback_days.iter().enumerate() {
            let kind = [
                SetbackKind::Slip,
                SetbackKind::Lapse,
                SetbackKind::Slip,
                SetbackKind::Relapse,
            ][i % 4];
            self.w.add_setback(SetbackDraft {
                date: self.start + Duration::days(*off),
                commitment_id: Some(alcohol),
                kind,
                what_happened: Some(self.rng.pick(&words.what).clone()),
                warning_signs: Some(warning_signs.clone()),
                what_helped: Some(what_helped.clone()),
                learned: Some(words.learned[i % words.learned.len()].clone()),
                next_time: Some(self.rng.pick(&words.next_time).clone()),
                reached_out: Some(reached_out.clone()),
                trigger_ids: vec![triggers[i % triggers.len()]],
            })?;
        }
        Ok(setback_days.len())
    }

    /// Hard days of the mental-health commitment, a few months apart.
    fn hard_days(&mut self, mental: i64, mh_start: NaiveDate) -> Result<usize> {
        let mut made = 0;
        let mut hard_day = 50 + self.rng.below(40) as i64;
        while hard_day < self.days - 1 && mh_start + Duration::days(hard_day) <= self.today {
            self.w.add_setback(SetbackDraft {
                date: mh_start + Duration::days(hard_day),
                commitment_id: Some(mental),
                kind: SetbackKind::HardDay,
                what_happened: Some(t!("demo-hard-day-what")),
                warning_signs: Some(t!("demo-hard-day-warning-signs")),
                what_helped: Some(t!("demo-hard-day-what-helped")),
                learned: Some(t!("demo-hard-day-learned")),
                next_time: Some(t!("demo-hard-day-next-time")),
                reached_out: None,
                trigger_ids: vec![],
            })?;
            made += 1;
            hard_day += 120 + self.rng.below(150) as i64;
        }
        Ok(made)
    }

    /// Daily check-ins with gaps, a slow upward trend, and dips around setbacks.
    fn checkins(&mut self, setback_days: &[i64]) -> Result<usize> {
        let mut walk = 0.0;
        let mut gap_left = 0;
        let mut checkins = 0;
        for day in 0..self.days {
            let date = self.start + Duration::days(day);
            walk = (walk + self.rng.noise(0.35)) * 0.9;
            if gap_left > 0 {
                gap_left -= 1;
                continue;
            }
            if self.rng.chance(0.004) {
                gap_left = 2 + self.rng.below(7);
            }
            if self.rng.chance(0.08) && day != self.days - 2 {
                continue;
            }
            let patch = self.checkin(date, day, walk, dip(setback_days, day));
            self.w.upsert_checkin(date, &patch)?;
            checkins += 1;
        }
        Ok(checkins)
    }

    /// One day's check-in: mood follows the long trend, the weekend, the random `walk`
    /// and the `dip` around setbacks; craving follows `craving_level`, rises when mood is
    /// low and around setbacks.
    fn checkin(&mut self, date: NaiveDate, day: i64, walk: f64, dip: f64) -> CheckinPatch {
        use chrono::Datelike;
        let rng = &mut *self.rng;
        let words = &self.words;
        let trend = 4.3 + 3.0 * (1.0 - (-(day as f64) / 400.0).exp());
        let weekend = if date.weekday().number_from_monday() >= 6 {
            0.4
        } else {
            0.0
        };
        let m = trend + weekend + walk + dip + rng.noise(0.6);
        let mood = m.round().clamp(1.0, 10.0) as u8;
        let craving = (craving_level(day) + (6.0 - m) * 0.35 + rng.noise(0.9) - dip * 0.8)
            .round()
            .clamp(0.0, 10.0) as u8;
        let mut ratings = [None; 5];
        for (i, r) in ratings.iter_mut().enumerate() {
            let shift = [0.3, -0.2, -0.4, 0.1, 0.2][i];
            *r = Some((m + shift + rng.noise(0.9)).round().clamp(1.0, 10.0) as u8);
        }
        let low = mood <= 4;
        CheckinPatch {
            mood: Some(mood),
            craving: Some(craving),
            ratings,
            hungry: Some(rng.chance(if low { 0.3 } else { 0.08 })),
            angry: Some(rng.chance(if low { 0.25 } else { 0.05 })),
            lonely: Some(rng.chance(if low { 0.4 } else { 0.1 })),
            tired: Some(rng.chance(if low { 0.5 } else { 0.2 })),
            sleep_hours: Some(
                ((6.5 + m * 0.15 + rng.noise(0.7)) * 2.0)
                    .round()
                    .clamp(6.0, 22.0)
                    / 2.0,
            ),
            intention: rng.chance(0.3).then(|| rng.pick(&words.intentions).clone()),
            reflection: rng.chance(0.15).then(|| rng.pick(&words.closings).clone()),
            gratitude: rng.chance(0.25).then(|| rng.pick(&words.gratitude).clone()),
            note: None,
        }
    }

    /// Journal entries: a few a week, or exactly `entries`, spread across the history.
    fn journal(&mut self, entries: Option<usize>, setback_days: &[i64]) -> Result<usize> {
        let days = self.days;
        let entry_days: Vec<i64> = match entries {
            Some(n) => (0..n as i64)
                .map(|i| i * days / (n as i64).max(1))
                .collect(),
            None => (0..days).filter(|_| self.rng.chance(0.42)).collect(),
        };
        for day in &entry_days {
            let date = self.start + Duration::days(*day);
            let rng = &mut *self.rng;
            let words = &self.words;
            let sentences = 2 + rng.below(4);
            let mut body = rng.pick(&words.openings).clone();
            for _ in 0..sentences {
                body.push(' ');
                body.push_str(rng.pick(&words.middles));
            }
            body.push_str("\n\n");
            body.push_str(rng.pick(&words.closings));
            self.w.add_journal(JournalDraft {
                at: at(self.offset, date, rng),
                title: rng.chance(0.6).then(|| rng.pick(&words.titles).clone()),
                body,
                mood: Some(
                    (5.0 + (*day as f64 / 300.0).min(2.5)
                        + rng.noise(1.2)
                        + dip(setback_days, *day))
                    .round()
                    .clamp(1.0, 10.0) as u8,
                ),
                domain: rng
                    .chance(0.7)
                    .then(|| LifeDomain::ALL[rng.below(5) as usize]),
                tags: (0..rng.below(3))
                    .map(|_| rng.pick(&words.tags).clone())
                    .collect(),
            })?;
        }
        Ok(entry_days.len())
    }

    /// Trigger encounters, about one a week; those on setback days ended in a setback.
    fn encounters(
        &mut self,
        setback_days: &[i64],
        triggers: &[i64],
        coping: &[i64],
    ) -> Result<usize> {
        let mut events = 0;
        for day in 0..self.days {
            let rng = &mut *self.rng;
            let on_setback = setback_days.contains(&day);
            if !on_setback && !rng.chance(0.14) {
                continue;
            }
            let before = (8.0 - day as f64 / 500.0 + rng.noise(1.2))
                .round()
                .clamp(2.0, 10.0) as u8;
            let c = rng.below(coping.len() as u64) as usize;
            let drop = [5.0, 4.0, 3.5, 3.0, 2.0, 3.0, 2.5][c] + rng.noise(1.0);
            self.w.log_trigger_event(EventDraft {
                at: at(self.offset, self.start + Duration::days(day), rng),
                trigger_id: Some(triggers[rng.below(triggers.len() as u64) as usize]),
                urge_before: before,
                urge_after: Some((f64::from(before) - drop).round().clamp(0.0, 10.0) as u8),
                coping_id: Some(coping[c]),
                outcome: if on_setback {
                    Outcome::Setback
                } else {
                    Outcome::Passed
                },
                note: None,
            })?;
            events += 1;
        }
        Ok(events)
    }
}

/// Craving's shape over the years without the day's mood: high early on, easing toward
/// a floor above 0 (cravings rarely vanish), with waves of stressful and good stretches
/// (a slow one of about half a year and a quicker one of about two months).
fn craving_level(day: i64) -> f64 {
    use std::f64::consts::TAU;
    let d = day as f64;
    let easing = 2.4 + 4.4 * (-d / 500.0).exp();
    let seasons = 0.9 * (TAU * d / 173.0 + 1.0).sin();
    let stretches = 0.5 * (TAU * d / 61.0).sin();
    easing + seasons + stretches
}

/// How far mood drops around a setback on day `day`: sliding down the three days
/// before, lowest on the day, recovering over the twelve after.
fn dip(setback_days: &[i64], day: i64) -> f64 {
    setback_days
        .iter()
        .map(|s| {
            let k = day - s;
            if (-3..=0).contains(&k) {
                -1.0 - (k + 3) as f64 * 0.6
            } else if (1..=12).contains(&k) {
                -2.8 * (1.0 - k as f64 / 12.0)
            } else {
                0.0
            }
        })
        .sum()
}

/// Self-check results over the last months: PHQ-9 every two weeks easing from the
/// moderate band toward mild, WHO-5 and BARC-10 about monthly, slowly rising. PHQ-9
/// item 9 is always 0 here. The latest of each is recent, so nothing is due today.
fn self_checks(w: &Tx, rng: &mut Rng, start: NaiveDate, today: NaiveDate) -> Result<()> {
    use crate::domain::scales;
    for (name, every, first_gap, times, from, to) in [
        ("PHQ-9", 14, 3, 12, 0.55, 0.2),
        ("WHO-5", 28, 5, 6, 0.4, 0.65),
        ("BARC-10", 30, 10, 6, 0.6, 0.8),
    ] {
        let scale = scales::find(name)?;
        for k in (0..times).rev() {
            let date = today - Duration::days(first_gap + k * every);
            if date < start {
                continue;
            }
            // How far along (0 oldest → 1 latest) sets the mean answer, plus noise.
            let along = 1.0 - k as f64 / (times - 1).max(1) as f64;
            let level = from + (to - from) * along;
            let answers: Vec<u8> = (0..scale.items.len())
                .map(|i| {
                    let values: Vec<u8> = scale.answers_for(i).iter().map(|a| a.0).collect();
                    let (lo, hi) = (*values.iter().min().unwrap(), *values.iter().max().unwrap());
                    if scale.is_crisis_item(i) {
                        return lo;
                    }
                    let x = level * f64::from(hi - lo) + (rng.unit() - 0.5) * 1.6;
                    (f64::from(lo) + x.round().clamp(0.0, f64::from(hi - lo))) as u8
                })
                .collect();
            let (score, band) = scale.result(&answers)?;
            w.add_assessment(name, date, &answers, score, &band)?;
        }
    }
    Ok(())
}

fn plan(w: &Tx) -> Result<()> {
    for (s, t, d, st) in content::plan() {
        w.add_plan_item(s, &t, d.as_deref(), st)?;
    }
    Ok(())
}

fn goals(w: &Tx, rng: &mut Rng, start: NaiveDate, today: NaiveDate) -> Result<(usize, usize)> {
    let walk = w.add_goal(habit(
        t!("demo-goal-walk"),
        LifeDomain::Physical,
        5,
        t!("demo-goal-walk-why"),
    ))?;
    let call = w.add_goal(habit(
        t!("demo-goal-call"),
        LifeDomain::Social,
        3,
        t!("demo-goal-call-why"),
    ))?;
    let sit = w.add_goal(habit(
        t!("demo-goal-meditate"),
        LifeDomain::Spiritual,
        4,
        t!("demo-goal-meditate-why"),
    ))?;
    let (licence, course) = milestones(w, today)?;
    let mut logs = 0;
    let days = (today - start).num_days();
    for (goal, rate) in [(walk.id, 0.6), (call.id, 0.4), (sit.id, 0.45)] {
        for day in (0..=days).rev().take(730) {
            if rng.chance(rate) {
                w.log_goal(goal, start + Duration::days(day), None, None)?;
                logs += 1;
            }
        }
    }
    w.log_goal(
        licence.id,
        today - Duration::days(20),
        Some(t!("demo-goal-licence-log")),
        Some(1),
    )?;
    w.log_goal(course.id, start + Duration::days(days / 3), None, Some(1))?;
    w.log_goal(
        course.id,
        start + Duration::days(days / 2),
        Some(t!("demo-goal-course-log")),
        Some(2),
    )?;
    w.set_goal_status(course.id, GoalStatus::Achieved)?;
    let old = w.add_goal(habit(
        t!("demo-goal-run"),
        LifeDomain::Physical,
        3,
        t!("demo-goal-run-why"),
    ))?;
    w.set_goal_status(old.id, GoalStatus::LetGo)?;
    Ok((6, logs + 3))
}

fn habit(title: String, domain: LifeDomain, per_week: u8, why: String) -> GoalDraft {
    GoalDraft {
        title,
        domain,
        why: Some(why),
        kind: GoalKind::Habit,
        per_week: Some(per_week),
        target_date: None,
        steps: vec![],
    }
}

/// The two milestones: the driving licence, due in two months, and the cooking course.
fn milestones(w: &Tx, today: NaiveDate) -> Result<(Goal, Goal)> {
    let licence = w.add_goal(GoalDraft {
        title: t!("demo-goal-licence"),
        domain: LifeDomain::Mental,
        why: Some(t!("demo-goal-licence-why")),
        kind: GoalKind::Milestone,
        per_week: None,
        target_date: Some(today + Duration::days(60)),
        steps: vec![
            t!("demo-goal-licence-step-1"),
            t!("demo-goal-licence-step-2"),
            t!("demo-goal-licence-step-3"),
        ],
    })?;
    let course = w.add_goal(GoalDraft {
        title: t!("demo-goal-course"),
        domain: LifeDomain::Emotional,
        why: None,
        kind: GoalKind::Milestone,
        per_week: None,
        target_date: None,
        steps: vec![t!("demo-goal-course-step-1"), t!("demo-goal-course-step-2")],
    })?;
    Ok((licence, course))
}

#[cfg(test)]
mod tests {
    use super::craving_level;

    fn mean(v: &[f64]) -> f64 {
        v.iter().sum::<f64>() / v.len() as f64
    }

    #[test]
    fn craving_eases_over_the_years_but_never_goes_flat() {
        let year = |y: i64| -> Vec<f64> { (y * 365..(y + 1) * 365).map(craving_level).collect() };
        let (first, last) = (year(0), year(9));
        assert!(mean(&first) > mean(&last) + 2.0, "lower over the years");
        assert!(mean(&last) > 1.0, "cravings do not vanish");
        let (lo, hi) = last
            .iter()
            .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
        assert!(hi - lo > 2.0, "waves in the tenth year: {lo:.1}–{hi:.1}");
    }
}
