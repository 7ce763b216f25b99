//! The days tend could know about: a day counts as kept, or as missed, for check-in
//! adherence only while the person was keeping a record. That is from the first day of
//! anything typed in tend (a check-in, journal entry, goal mark, encounter, connection
//! or self-check; backfilled days count) to today, and each imported history over the
//! days it covers. Days between are neither tracked nor missed. A commitment's start
//! date is the person's word about their recovery, not about their record: it does not
//! count here.

use chrono::{Duration, NaiveDate};
use serde::Serialize;

/// The spans of days a record was kept, merged and oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Tracked {
    /// The first day typed in tend, if any.
    pub started: Option<NaiveDate>,
    /// Inclusive `[first, last]` spans, disjoint and sorted.
    pub spans: Vec<(NaiveDate, NaiveDate)>,
}

impl Tracked {
    /// `started` (to today) with each imported span; spans after today end today.
    pub fn new(
        started: Option<NaiveDate>,
        imported: &[(NaiveDate, NaiveDate)],
        today: NaiveDate,
    ) -> Tracked {
        let mut all: Vec<(NaiveDate, NaiveDate)> = imported
            .iter()
            .map(|&(a, b)| (a.min(b), a.max(b).min(today)))
            .chain(started.map(|s| (s, today)))
            .filter(|(a, b)| a <= b)
            .collect();
        all.sort();
        let mut spans: Vec<(NaiveDate, NaiveDate)> = Vec::with_capacity(all.len());
        for (a, b) in all {
            match spans.last_mut() {
                Some(last) if a <= last.1 + Duration::days(1) => last.1 = last.1.max(b),
                _ => spans.push((a, b)),
            }
        }
        Tracked {
            started: started.filter(|s| *s <= today),
            spans,
        }
    }

    /// The first day counted, if any.
    pub fn first(&self) -> Option<NaiveDate> {
        self.spans.first().map(|s| s.0)
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.spans.iter().any(|(a, b)| (*a..=*b).contains(&day))
    }

    /// The spans within `[from, to]`, cut to it.
    pub fn within(&self, from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
        self.spans
            .iter()
            .map(|&(a, b)| (a.max(from), b.min(to)))
            .filter(|(a, b)| a <= b)
            .collect()
    }

    /// How many days of `[from, to]` were kept.
    pub fn days(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        self.within(from, to)
            .iter()
            .map(|(a, b)| (*b - *a).num_days() + 1)
            .sum()
    }

    /// How the days of `[from, to]` that count are bounded, for a sentence.
    pub fn window(&self, from: NaiveDate, to: NaiveDate) -> Window {
        match self.within(from, to).as_slice() {
            [] => Window::Nothing,
            [(a, b)] if *a == from && *b == to => Window::Whole,
            [(a, b)] if *b == to && Some(*a) == self.started => Window::SinceStart(*a),
            spans => Window::Parts(spans.to_vec()),
        }
    }
}

/// Which days of a period count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Window {
    /// None: no record was kept in it.
    Nothing,
    /// Every day of it.
    Whole,
    /// From the day the person started with tend (inside the period) to its end.
    SinceStart(NaiveDate),
    /// These spans only (imported history, or a gap before the person started).
    Parts(Vec<(NaiveDate, NaiveDate)>),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_first_check_in_today_counts_one_day_whatever_the_commitment_says() {
        let t = Tracked::new(Some(d("2026-12-05")), &[], d("2026-12-05"));
        assert_eq!(t.days(d("2026-11-14"), d("2026-12-05")), 1);
        assert_eq!(
            t.window(d("2026-11-14"), d("2026-12-05")),
            Window::SinceStart(d("2026-12-05"))
        );
        assert_eq!(t.window(d("2026-12-05"), d("2026-12-05")), Window::Whole);
    }

    #[test]
    fn imported_history_counts_over_its_span_and_the_gap_not_at_all() {
        let t = Tracked::new(
            Some(d("2026-12-05")),
            &[(d("2024-10-31"), d("2024-10-01"))],
            d("2026-12-05"),
        );
        assert_eq!(
            t.spans,
            vec![
                (d("2024-10-01"), d("2024-10-31")),
                (d("2026-12-05"), d("2026-12-05"))
            ]
        );
        assert_eq!(t.days(d("2024-01-01"), d("2026-12-05")), 32);
        assert!(!t.contains(d("2025-06-01")));
        assert_eq!(t.first(), Some(d("2024-10-01")));
        assert!(
            matches!(t.window(d("2024-10-15"), d("2026-12-05")), Window::Parts(p) if p.len() == 2)
        );
        assert_eq!(t.window(d("2025-01-01"), d("2025-02-01")), Window::Nothing);
    }

    #[test]
    fn touching_and_overlapping_spans_merge() {
        let t = Tracked::new(
            Some(d("2026-03-10")),
            &[
                (d("2026-03-01"), d("2026-03-09")),
                (d("2026-03-05"), d("2026-03-20")),
            ],
            d("2026-04-01"),
        );
        assert_eq!(t.spans, vec![(d("2026-03-01"), d("2026-04-01"))]);
        assert_eq!(
            Tracked::new(None, &[], d("2026-04-01")).days(d("2026-01-01"), d("2026-04-01")),
            0
        );
    }
}
