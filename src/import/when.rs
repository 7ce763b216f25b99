//! Dates and times as other apps write them: 24- and 12-hour times, and the old
//! Daylio export's day and month names ("18 May", "May 18", "18. Mai", "14 de julio",
//! "14 września").

use chrono::{NaiveDate, NaiveTime};

/// Reads a time as Daylio writes it: `21:15`, `9:15 PM`, `9:15 pm`, `9:15 p.m.`.
pub fn parse_time(s: &str) -> Option<NaiveTime> {
    let s = s.trim().to_uppercase().replace('.', "");
    ["%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M%p", "%I:%M:%S %p"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(&s, f).ok())
}

/// Month names of the old export's `date` column, as the starts of words, so that a
/// language that inflects them is read too (Polish "września", the genitive of
/// "wrzesień"): English, French, German, Spanish, Italian, Portuguese, Dutch, Polish.
const MONTHS: [&[&str]; 12] = [
    &["jan", "janv", "ene", "gen", "sty"],
    &["feb", "fév", "fev", "févr", "lut"],
    &["mar", "mär", "mrz"],
    &["apr", "avr", "abr", "kwi"],
    &["may", "mai", "mag", "mei", "maj"],
    &["jun", "juin", "giu", "cze"],
    &["jul", "juil", "lug", "lip"],
    &["aug", "aoû", "aou", "ago", "sie"],
    &["sep", "set", "wrz"],
    &["oct", "okt", "ott", "out", "paź", "paz"],
    &["nov", "lis"],
    &["dec", "dez", "déc", "dic", "gru"],
];

/// Words that join a day and its month in some languages ("14 de julio").
const JOINING: [&str; 4] = ["de", "del", "di", "of"];

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
        .filter(|w| !w.is_empty() && !JOINING.contains(&w.to_lowercase().as_str()))
        .collect();
    let (day, mon) = match words.as_slice() {
        [a, b] if a.chars().all(|c| c.is_ascii_digit()) => (a.parse().ok()?, month(b)?),
        [a, b] => (b.parse().ok()?, month(a)?),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, mon, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_dates_in_other_languages() {
        for (date, want) in [
            ("18 May", "2018-05-18"),
            ("May 18", "2018-05-18"),
            ("18. Mai", "2018-05-18"),
            ("14 de julio", "2018-07-14"),
            ("14 de Julho", "2018-07-14"),
            ("14 września", "2018-09-14"),
            ("3 października", "2018-10-03"),
            ("1 stycznia", "2018-01-01"),
            ("28 lutego", "2018-02-28"),
            ("5 maja", "2018-05-05"),
            ("30 czerwca", "2018-06-30"),
            ("31 grudnia", "2018-12-31"),
        ] {
            assert_eq!(
                old_date("2018", date).map(|d| d.to_string()).as_deref(),
                Some(want),
                "{date}"
            );
        }
        assert_eq!(old_date("2018", "14 de"), None);
        assert_eq!(old_date("2018", "de julio"), None);
    }
}
