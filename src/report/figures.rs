//! The summary's one way of rounding and wording a figure, so that a number, its bar
//! and its change read the same in every format.

/// `v` rounded half away from zero to `places` decimals.
pub fn round_to(v: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (v * f).round() / f
}

/// An average or an amount to one decimal: "5.0", "6.8" (in Spain "6,8").
pub fn one_decimal(v: f64) -> String {
    crate::catalog::decimal(round_to(v, 1), 1)
}

/// `part` of `whole` as a whole percent ("86"); a part of nothing is "0".
pub fn percent(part: i64, whole: i64) -> String {
    format!("{:.0}", percent_value(part, whole))
}

/// `part` of `whole` as a whole percent, as a number (bars use the same value).
pub fn percent_value(part: i64, whole: i64) -> f64 {
    if whole <= 0 {
        0.0
    } else {
        round_to(part as f64 * 100.0 / whole as f64, 0)
    }
}

/// "6 of 7 days", "1 of 1 day".
pub fn of_days(part: i64, whole: i64) -> String {
    t!("summary-of-days", part = part, whole = whole)
}

/// The mean, or `None` for no values.
pub fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// A figure against the same figure for the previous period, in words with a neutral
/// direction that prints in black and white: "▲ up 0.4 from 5.9", "▼ down 2 from 3",
/// "no change from 6.1". Both are compared as shown (rounded).
pub fn change(now: Option<f64>, before: Option<f64>, places: i32) -> String {
    change_in(now, before, places, Unit::None)
}

/// What a changing figure counts, for its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A bare number: "▲ up 0.4 from 5.9".
    None,
    /// A percent: "▼ down 2 points from 92%".
    Points,
    /// Hours: "▲ up 0.1 hours from 7.3 hours".
    Hours,
}

impl Unit {
    /// The unit as the catalog's messages choose by it.
    fn key(self) -> &'static str {
        match self {
            Unit::None => "none",
            Unit::Points => "points",
            Unit::Hours => "hours",
        }
    }
}

/// `change` with units: `Unit::Points` gives "▼ down 2 points from 92%".
pub fn change_in(now: Option<f64>, before: Option<f64>, places: i32, unit: Unit) -> String {
    let (Some(now), Some(before)) = (now, before) else {
        return t!("summary-change-nothing");
    };
    let shown = |v: f64| crate::catalog::decimal(round_to(v, places), places.max(0) as usize);
    let diff = round_to(round_to(now, places) - round_to(before, places), places);
    let (unit, from) = (unit.key(), shown(before));
    if diff == 0.0 {
        t!("summary-change-same", unit = unit, from = from)
    } else if diff > 0.0 {
        t!(
            "summary-change-up",
            unit = unit,
            by = shown(diff),
            from = from
        )
    } else {
        t!(
            "summary-change-down",
            unit = unit,
            by = shown(-diff),
            from = from
        )
    }
}

/// Days in `[from, to]`, or 0 when `from` is later.
pub fn days_between(from: chrono::NaiveDate, to: chrono::NaiveDate) -> i64 {
    if from > to {
        0
    } else {
        (to - from).num_days() + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_round_one_way() {
        assert_eq!(one_decimal(5.0), "5.0");
        assert_eq!(one_decimal(6.849), "6.8");
        assert_eq!(one_decimal(6.85), "6.9");
        assert_eq!(percent(6, 7), "86");
        assert_eq!(percent(0, 0), "0");
        assert_eq!(of_days(6, 7), "6 of 7 days");
        assert_eq!(of_days(1, 1), "1 of 1 day");
    }

    #[test]
    fn changes_compare_what_is_shown() {
        assert_eq!(change(Some(6.31), Some(5.94), 1), "▲ up 0.4 from 5.9");
        assert_eq!(change(Some(1.0), Some(3.0), 0), "▼ down 2 from 3");
        assert_eq!(change(Some(6.14), Some(6.1), 1), "no change from 6.1");
        assert!(change(Some(1.0), None, 1).starts_with("nothing to compare"));
        assert_eq!(
            change_in(Some(90.0), Some(92.0), 0, Unit::Points),
            "▼ down 2 points from 92%"
        );
    }
}
