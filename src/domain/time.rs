//! Calendar rules: which local date a moment belongs to, and how people type dates.

use super::Invalid;
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime, Timelike};

/// The day-start hour used unless the person sets another: a 1 a.m. entry counts for
/// the day before.
pub const DEFAULT_DAY_START_HOUR: u8 = 4;

/// The local calendar date a moment belongs to, given the hour at which a day starts.
///
/// The moment carries the UTC offset it was recorded with, so the wall-clock time the
/// person saw decides, whatever daylight-saving did that night.
pub fn local_date(at: DateTime<FixedOffset>, day_start_hour: u8) -> NaiveDate {
    let date = at.date_naive();
    if at.hour() < u32::from(day_start_hour) {
        date - Duration::days(1)
    } else {
        date
    }
}

/// A date as a person types it: `YYYY-MM-DD`, `today` or `yesterday`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSpec {
    Today,
    Yesterday,
    On(NaiveDate),
}

impl DateSpec {
    pub fn parse(field: &str, s: &str) -> Result<Self, Invalid> {
        match s.trim().to_lowercase().as_str() {
            "today" => Ok(DateSpec::Today),
            "yesterday" => Ok(DateSpec::Yesterday),
            t => NaiveDate::parse_from_str(t, "%Y-%m-%d")
                .map(DateSpec::On)
                .map_err(|_| Invalid::new(field, t!("invalid-date", value = s))),
        }
    }

    pub fn resolve(self, today: NaiveDate) -> NaiveDate {
        match self {
            DateSpec::Today => today,
            DateSpec::Yesterday => today - Duration::days(1),
            DateSpec::On(d) => d,
        }
    }
}

/// A moment as a person types it: RFC 3339, or `YYYY-MM-DD HH:MM` in local time
/// (which the caller resolves with the local time zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MomentSpec {
    Exact(DateTime<FixedOffset>),
    Local(NaiveDateTime),
}

impl MomentSpec {
    pub fn parse(field: &str, s: &str) -> Result<Self, Invalid> {
        let t = s.trim();
        if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
            return Ok(MomentSpec::Exact(dt));
        }
        for fmt in ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S"] {
            if let Ok(n) = NaiveDateTime::parse_from_str(t, fmt) {
                return Ok(MomentSpec::Local(n));
            }
        }
        Err(Invalid::new(field, t!("invalid-moment", value = s)))
    }
}

/// The earliest date tend keeps: anything before is a typo (or a signed or zero year).
pub const FIRST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => panic!("1900-01-01 is a date"),
};

/// Refuses a date that hasn't happened yet (after the person's `today`, which already
/// counts their day-start hour) or one before 1900.
pub fn check_lived(field: &str, date: NaiveDate, today: NaiveDate) -> Result<(), Invalid> {
    if date > today {
        return Err(Invalid::new(
            field,
            t!(
                "invalid-future",
                date = date.to_string(),
                today = today.to_string()
            ),
        ));
    }
    if date < FIRST_DAY {
        return Err(Invalid::new(
            field,
            t!("invalid-before-1900", date = date.to_string()),
        ));
    }
    Ok(())
}

/// The longest range a summary or export covers.
pub const MAX_RANGE_YEARS: i32 = 20;

/// Refuses a summary range that ends after today or covers more than 20 years.
pub fn check_span(from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Result<(), Invalid> {
    if to > today {
        return Err(Invalid::new(
            "to",
            t!(
                "invalid-range-future",
                to = to.to_string(),
                today = today.to_string()
            ),
        ));
    }
    let limit = to
        .checked_sub_months(chrono::Months::new(12 * MAX_RANGE_YEARS as u32))
        .unwrap_or(FIRST_DAY);
    if from < limit {
        return Err(Invalid::new(
            "from",
            t!(
                "invalid-range-long",
                from = from.to_string(),
                to = to.to_string(),
                years = MAX_RANGE_YEARS
            ),
        ));
    }
    Ok(())
}

/// Monday of the week holding `date`.
pub fn week_start(date: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

/// The first day of a default range of `days` days ending `to`: no earlier than the
/// first day anything was tracked, so a summary doesn't open on weeks of nothing.
pub fn default_from(to: NaiveDate, days: i64, first: Option<NaiveDate>) -> NaiveDate {
    let from = to - chrono::Duration::days(days - 1);
    match first {
        Some(f) if f > from && f <= to => f,
        _ => from,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn a_default_range_starts_no_earlier_than_the_first_day_tracked() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let to = d("2026-11-23");
        assert_eq!(default_from(to, 30, None), d("2026-10-25"));
        assert_eq!(default_from(to, 30, Some(d("2026-11-18"))), d("2026-11-18"));
        assert_eq!(default_from(to, 30, Some(d("2020-01-01"))), d("2026-10-25"));
        assert_eq!(
            default_from(to, 7, Some(d("2026-11-30"))),
            d("2026-11-17"),
            "a later day is ignored"
        );
    }

    #[test]
    fn only_lived_days_are_kept() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let today = d("2026-11-23");
        assert!(check_lived("date", today, today).is_ok());
        assert!(check_lived("date", d("1900-01-01"), today).is_ok());
        let later = check_lived("date", d("2026-11-24"), today).unwrap_err();
        assert_eq!(
            later.to_string(),
            "date: 2026-11-24 is after today (2026-11-23); tend keeps what has happened"
        );
        for odd in ["+12345-01-01", "-0001-01-01", "0000-01-01", "1899-12-31"] {
            let parsed = DateSpec::parse("date", odd).map(|s| s.resolve(today));
            assert!(
                parsed.is_err() || check_lived("date", parsed.unwrap(), today).is_err(),
                "{odd} was accepted"
            );
        }
    }

    #[test]
    fn early_hours_belong_to_the_day_before() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            local_date(at("2026-03-01T01:30:00+01:00"), 4),
            d("2026-02-28")
        );
        assert_eq!(
            local_date(at("2024-03-01T03:59:59+01:00"), 4),
            d("2024-02-29")
        );
        assert_eq!(
            local_date(at("2026-03-01T04:00:00+01:00"), 4),
            d("2026-03-01")
        );
        assert_eq!(
            local_date(at("2026-01-01T00:10:00-05:00"), 0),
            d("2026-01-01")
        );
        assert_eq!(
            local_date(at("2026-01-01T00:10:00-05:00"), 4),
            d("2025-12-31")
        );
    }

    #[test]
    fn dates_parse_with_words_and_errors_name_the_field() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        assert_eq!(
            DateSpec::parse("date", "Yesterday").unwrap().resolve(today),
            today.pred_opt().unwrap()
        );
        let e = DateSpec::parse("--date", "31/12/2026").unwrap_err();
        assert_eq!(
            e.to_string(),
            "--date: '31/12/2026' is not a date; use YYYY-MM-DD, today or yesterday"
        );
        assert!(DateSpec::parse("date", "2026-02-30").is_err());
    }

    #[test]
    fn moments_accept_rfc3339_and_local() {
        assert!(matches!(
            MomentSpec::parse("at", "2026-03-29T02:30:00+02:00"),
            Ok(MomentSpec::Exact(_))
        ));
        assert!(matches!(
            MomentSpec::parse("at", "2026-03-29 02:30"),
            Ok(MomentSpec::Local(_))
        ));
        assert!(MomentSpec::parse("at", "tomorrowish").is_err());
    }

    proptest! {
        /// Across a daylight-saving change the offset of the moment moves, but the day a
        /// moment belongs to follows the wall clock the person saw.
        #[test]
        fn day_follows_wall_clock_under_any_offset(
            secs in 0i64..4_000_000_000, off_q in -48i32..=56, h in 0u8..24
        ) {
            let offset = FixedOffset::east_opt(off_q * 900).unwrap();
            let moment = DateTime::from_timestamp(secs, 0).unwrap().with_timezone(&offset);
            let wall = moment.naive_local();
            let expected = if wall.hour() < u32::from(h) { wall.date() - Duration::days(1) } else { wall.date() };
            prop_assert_eq!(local_date(moment, h), expected);
            // With day start 0 the day is the wall-clock date itself.
            prop_assert_eq!(local_date(moment, 0), wall.date());
        }
    }
}
