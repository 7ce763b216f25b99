//! Dates and times as other apps write them: 24- and 12-hour times, and the old
//! Daylio export's day and month names ("18 May", "May 18", "18. Mai").

use chrono::{NaiveDate, NaiveTime};

/// Reads a time as Daylio writes it: `21:15`, `9:15 PM`, `9:15 pm`, `9:15 p.m.`.
pub fn parse_time(s: &str) -> Option<NaiveTime> {
    let s = s.trim().to_uppercase().replace('.', "");
    ["%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M%p", "%I:%M:%S %p"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(&s, f).ok())
}

/// Month names of the old export's `date` column ("18 May", "May 18", "18. Mai").
const MONTHS: [&[&str]; 12] = [
    &["jan", "janv", "ene", "gen"],
    &["feb", "fév", "fev", "févr"],
    &["mar", "mär", "mrz"],
    &["apr", "avr", "abr"],
    &["may", "mai", "mag", "mei"],
    &["jun", "juin", "giu"],
    &["jul", "juil", "lug"],
    &["aug", "aoû", "aou", "ago"],
    &["sep", "set"],
    &["oct", "okt", "ott", "out"],
    &["nov"],
    &["dec", "dez", "déc", "dic"],
];

fn month(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    MONTHS
        .iter()
        .position(|names| names.iter().any(|n| w.starts_with(n)))
        .map(|i| i as u32 + 1)
}

/// The old export's `year` and `date` ("18 May", "May 18") as a date.
pub fn old_date(year: &str, date: &str) -> Option<NaiveDate> {
    let year: i32 = year.trim().parse().ok()?;
    let words: Vec<&str> = date
        .split(|c: char| c.is_whitespace() || c == '.' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let (day, mon) = match words.as_slice() {
        [a, b] if a.chars().all(|c| c.is_ascii_digit()) => (a.parse().ok()?, month(b)?),
        [a, b] => (b.parse().ok()?, month(a)?),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, mon, day)
}
