//! Writing prompts, from assets/prompts.txt: one for each day, in turn.

use chrono::{Datelike, NaiveDate};

const PROMPTS: &str = include_str!("../../assets/prompts.txt");

pub fn all() -> Vec<&'static str> {
    PROMPTS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// The prompt for `date`: the same all day, a different one tomorrow.
pub fn for_day(date: NaiveDate) -> &'static str {
    let p = all();
    p[date.num_days_from_ce() as usize % p.len()]
}
