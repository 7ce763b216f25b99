//! Which backups to keep: the newest of each of the last N days, weeks and months.

use super::time::week_start;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retention {
    pub daily: usize,
    pub weekly: usize,
    pub monthly: usize,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            daily: 7,
            weekly: 4,
            monthly: 12,
        }
    }
}

/// Indexes into `dates` of the backups to keep. A backup is kept if it is the newest of
/// one of the `daily` most recent days that have backups, or of one of the `weekly` most
/// recent weeks, or of one of the `monthly` most recent months.
pub fn keep(dates: &[NaiveDate], r: Retention) -> Vec<usize> {
    let mut order: Vec<usize> = (0..dates.len()).collect();
    order.sort_by(|a, b| dates[*b].cmp(&dates[*a]).then(b.cmp(a)));
    let mut kept = Vec::new();
    let mut pick = |key: &dyn Fn(NaiveDate) -> (i32, u32, u32), n: usize| {
        let mut seen = Vec::new();
        for &i in &order {
            let k = key(dates[i]);
            if seen.contains(&k) {
                continue;
            }
            if seen.len() == n {
                break;
            }
            seen.push(k);
            if !kept.contains(&i) {
                kept.push(i);
            }
        }
    };
    pick(&|d| (d.year(), d.ordinal(), 0), r.daily);
    pick(
        &|d| {
            let w = week_start(d);
            (w.year(), w.ordinal(), 1)
        },
        r.weekly,
    );
    pick(&|d| (d.year(), d.month(), 2), r.monthly);
    kept.sort();
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn a_year_of_daily_backups_keeps_seven_four_and_twelve() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let dates: Vec<NaiveDate> = (0..400).map(|i| today - Duration::days(i)).collect();
        let kept: Vec<NaiveDate> = keep(&dates, Retention::default())
            .into_iter()
            .map(|i| dates[i])
            .collect();
        // 7 days (17–23 Nov), the newest of 4 weeks (adds 15 Nov and 8 Nov; this week's
        // and last week's newest are already kept), the newest of 12 months (adds the
        // last day of each of the 11 earlier months).
        assert_eq!(kept.len(), 7 + 2 + 11);
        assert!(kept.contains(&today) && kept.contains(&(today - Duration::days(6))));
        assert!(
            !kept.contains(&(today - Duration::days(7))),
            "16 Nov is neither a last-7 day nor a week's newest"
        );
        assert!(kept.contains(&NaiveDate::from_ymd_opt(2026, 10, 31).unwrap()));
        assert!(kept.contains(&NaiveDate::from_ymd_opt(2025, 12, 31).unwrap()));
        assert!(
            !kept.contains(&NaiveDate::from_ymd_opt(2025, 11, 30).unwrap()),
            "12 months only"
        );
    }

    #[test]
    fn two_backups_on_one_day_keep_the_later() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        assert_eq!(
            keep(
                &[d, d],
                Retention {
                    daily: 1,
                    weekly: 0,
                    monthly: 0
                }
            ),
            vec![1]
        );
        assert!(keep(&[], Retention::default()).is_empty());
    }
}
