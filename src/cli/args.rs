//! Value parsers for clap: each names the field and what is allowed when it refuses.

use crate::domain::Named;
use crate::domain::time::{DateSpec, MomentSpec};

/// Who a number refusal speaks of: the flag's value, or each answer of a scale.
#[derive(Clone, Copy)]
enum Subject {
    It,
    EachAnswer,
}

fn whole(subject: Subject, s: &str, lo: i64, hi: i64) -> Result<u8, String> {
    let Ok(n) = s.trim().parse::<i64>() else {
        return Err(match subject {
            Subject::It => t!("cli-args-not-whole", lo = lo, hi = hi, got = s),
            Subject::EachAnswer => t!("cli-args-answer-not-whole", lo = lo, hi = hi, got = s),
        });
    };
    if !(lo..=hi).contains(&n) {
        let got = n.to_string();
        return Err(match subject {
            Subject::It => t!("cli-args-out-of-range", lo = lo, hi = hi, got = got),
            Subject::EachAnswer => t!("cli-args-answer-out-of-range", lo = lo, hi = hi, got = got),
        });
    }
    Ok(n as u8)
}

pub fn one_to_ten(s: &str) -> Result<u8, String> {
    whole(Subject::It, s, 1, 10)
}

/// An amount: a number of 0 or more (each unit's own cap is checked with the record).
pub fn amount(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(a) if a.is_finite() && a >= 0.0 => Ok(a),
        _ => Err(t!("cli-args-amount", got = s)),
    }
}

/// A language tend writes in (`en`, `es`, `es-MX`, …); the pseudo-locale is for
/// tests, through the `language` setting only.
pub fn language(s: &str) -> Result<crate::catalog::Language, String> {
    match crate::catalog::Language::from_tag(s.trim()) {
        Some(l) if l != crate::catalog::Language::Pseudo => Ok(l),
        _ => Err(t!("cli-args-lang", got = s)),
    }
}

pub fn zero_to_ten(s: &str) -> Result<u8, String> {
    whole(Subject::It, s, 0, 10)
}

/// One answer of a self-check scale; the scale itself checks its own range.
pub fn answer(s: &str) -> Result<u8, String> {
    whole(Subject::EachAnswer, s, 0, 6)
}

pub fn per_week(s: &str) -> Result<u8, String> {
    whole(Subject::It, s, 1, 7)
}

pub fn hour(s: &str) -> Result<u8, String> {
    whole(Subject::It, s, 0, 23)
}

pub fn hours(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(h) if (0.0..=24.0).contains(&h) => Ok(h),
        _ => Err(t!("cli-args-hours", got = s)),
    }
}

pub fn date(s: &str) -> Result<DateSpec, String> {
    DateSpec::parse("date", s).map_err(|e| e.reason)
}

pub fn moment(s: &str) -> Result<MomentSpec, String> {
    MomentSpec::parse("at", s).map_err(|e| e.reason)
}

pub fn named<T: Named>(s: &str) -> Result<T, String> {
    T::parse(s).map_err(|e| e.reason)
}

pub fn id(s: &str) -> Result<i64, String> {
    match s.trim().parse::<i64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(t!("cli-args-id", got = s)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsers_say_what_is_allowed() {
        assert_eq!(
            one_to_ten("11").unwrap_err(),
            "it must be a whole number from 1 to 10 (got 11)"
        );
        assert_eq!(
            zero_to_ten("x").unwrap_err(),
            "it must be a whole number from 0 to 10 (got 'x')"
        );
        assert_eq!(zero_to_ten(" 0 ").unwrap(), 0);
        assert!(hours("24.5").is_err());
        assert_eq!(hours("7.5").unwrap(), 7.5);
        assert!(id("0").is_err());
        assert!(date("2026-13-01").unwrap_err().contains("YYYY-MM-DD"));
    }
}
