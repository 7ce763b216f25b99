//! The diary card's parts: one day's cells and shared notes, mood, craving and the
//! domains as series over the days, and the days split into Monday-to-Sunday weeks.

use super::figures::{mean, one_decimal};
use super::model::{Day, DayCells, Measure, Week};
use crate::domain::*;

/// The diary card's cells for one day.
pub fn cells(c: Option<&Checkin>, urge: Option<u8>, acted: bool, coping: &[String]) -> DayCells {
    let num = |v: Option<u8>| v.map_or("–".to_string(), |v| v.to_string());
    let rating = |f: fn(&Checkin) -> Option<u8>| num(c.and_then(f));
    DayCells {
        ratings: [
            rating(|c| c.mood),
            rating(|c| c.craving),
            rating(|c| c.physical),
            rating(|c| c.mental),
            rating(|c| c.emotional),
            rating(|c| c.social),
            rating(|c| c.spiritual),
        ],
        halt: c.map_or(String::new(), |c| {
            [
                (c.hungry, t!("summary-halt-letter-hungry")),
                (c.angry, t!("summary-halt-letter-angry")),
                (c.lonely, t!("summary-halt-letter-lonely")),
                (c.tired, t!("summary-halt-letter-tired")),
            ]
            .into_iter()
            .filter(|x| x.0)
            .map(|x| x.1)
            .collect()
        }),
        sleep: c
            .and_then(|c| c.sleep_hours)
            .map_or("–".into(), |h| h.to_string()),
        urge: num(urge),
        acted: if acted {
            t!("summary-acted-yes")
        } else if urge.is_some() {
            t!("summary-acted-no")
        } else {
            String::new()
        },
        coping: coping.join(", "),
    }
}

/// A check-in's texts with their names as the CSV card writes them (only those the
/// person shared are left).
pub fn notes(c: &Checkin) -> Vec<(&'static str, String)> {
    [
        ("intention", &c.intention),
        ("reflection", &c.reflection),
        ("gratitude", &c.gratitude),
        ("note", &c.note),
    ]
    .into_iter()
    .filter_map(|(l, t)| t.clone().map(|t| (l, t)))
    .collect()
}

/// The words for a check-in text's name (`notes`): "Intention", …
pub fn note_label(name: &str) -> String {
    match name {
        "intention" => t!("summary-note-intention"),
        "reflection" => t!("summary-note-reflection"),
        "gratitude" => t!("summary-note-gratitude"),
        _ => t!("summary-note-note"),
    }
}

/// Mood, craving and the five domains across the days.
pub fn measures(days: &[Day]) -> Vec<Measure> {
    let measure = |name: String, low, f: &dyn Fn(&Checkin) -> Option<u8>| {
        let values: Vec<Option<u8>> = days
            .iter()
            .map(|d| d.checkin.as_ref().and_then(f))
            .collect();
        let given: Vec<f64> = values.iter().flatten().map(|v| f64::from(*v)).collect();
        Measure {
            name,
            low,
            average: mean(&given).map_or("–".into(), one_decimal),
            values,
        }
    };
    let mut out = vec![
        measure(t!("summary-measure-mood"), 1, &|c| c.mood),
        measure(t!("summary-measure-craving"), 0, &|c| c.craving),
    ];
    for d in LifeDomain::ALL {
        out.push(measure(d.title(), 1, &|c| c.rating(*d)));
    }
    out
}

/// The days split into Monday-to-Sunday weeks.
pub fn weeks(days: &[Day]) -> Vec<Week> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=days.len() {
        if i == days.len() || time::week_start(days[i].date) != time::week_start(days[start].date) {
            out.push(Week {
                start: days[start].date,
                days: start..i,
            });
            start = i;
        }
    }
    out
}
