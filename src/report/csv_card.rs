//! The diary card as CSV: one row per day of the range. Columns (README documents them):
//! date, weekday, checked_in, mood, craving, physical, mental, emotional, social,
//! spiritual, hungry, angry, lonely, tired, sleep_hours, urge_max, acted_on_urge,
//! encounters, coping_used, phq9_item9 (the answer to PHQ-9 item 9, thoughts of
//! self-harm, on a day a PHQ-9 was taken: always there, never left out), `self_checks`
//! when the range has self-check results (e.g. "PHQ-9 5 of 27 (mild)"), `notes`
//! when notes are shared, and, only when the person shares the amounts of use
//! (`--include use`), one `use_amount:NAME:UNIT` column for each commitment with use in
//! the range (`use_amount:Alcohol:drinks`): the day's amount, 0 on a use-free day, empty
//! before the commitment began. Without it those columns are not there at all. Last,
//! one column for each tracker the person shares, in their order: `tracker:NAME` (a
//! yes/no as 1/0, a rating, a time as HH:MM), `tracker:NAME:UNIT` for a number, each
//! followed by `tracker_acted_on:NAME` (1/0) for a tracker that asks whether the person
//! acted on it; empty on a day not answered. Text cells are neutralised against
//! spreadsheet formulas.

use super::csv_cell;
use super::model::{Day, Summary};
use crate::domain::Checkin;
use crate::domain::usage::data_amount;

/// The column names, in order; `self_checks` and `notes` only when the card has them.
fn header(s: &Summary) -> Vec<String> {
    let mut header = vec![
        "date",
        "weekday",
        "checked_in",
        "mood",
        "craving",
        "physical",
        "mental",
        "emotional",
        "social",
        "spiritual",
        "hungry",
        "angry",
        "lonely",
        "tired",
        "sleep_hours",
        "urge_max",
        "acted_on_urge",
        "encounters",
        "coping_used",
        "phq9_item9",
    ];
    if !s.scales.results.is_empty() {
        header.push("self_checks");
    }
    if s.includes.notes {
        header.push("notes");
    }
    let mut header: Vec<String> = header.into_iter().map(String::from).collect();
    for c in &s.uses {
        header.push(csv_cell(&format!(
            "use_amount:{}:{}",
            c.name,
            c.unit.as_str()
        )));
    }
    for t in &s.trackers {
        header.push(csv_cell(&match &t.unit {
            Some(unit) => format!("tracker:{}:{unit}", t.name),
            None => format!("tracker:{}", t.name),
        }));
        if t.asks_acted {
            header.push(csv_cell(&format!("tracker_acted_on:{}", t.name)));
        }
    }
    header
}

/// One day's cells: numbers bare, nothing recorded as an empty cell, marks as 1/0.
fn row(s: &Summary, i: usize, d: &Day) -> Vec<String> {
    let n = |v: Option<u8>| v.map_or(String::new(), |v| v.to_string());
    let b = |v: bool| if v { "1" } else { "0" }.to_string();
    let c = d.checkin.as_ref();
    let flag = |f: fn(&Checkin) -> bool| c.map_or(String::new(), |c| b(f(c)));
    let mut row = vec![
        d.date.to_string(),
        d.date.format("%a").to_string(),
        b(c.is_some()),
        n(c.and_then(|c| c.mood)),
        n(c.and_then(|c| c.craving)),
        n(c.and_then(|c| c.physical)),
        n(c.and_then(|c| c.mental)),
        n(c.and_then(|c| c.emotional)),
        n(c.and_then(|c| c.social)),
        n(c.and_then(|c| c.spiritual)),
        flag(|c| c.hungry),
        flag(|c| c.angry),
        flag(|c| c.lonely),
        flag(|c| c.tired),
        c.and_then(|c| c.sleep_hours)
            .map_or(String::new(), |h| h.to_string()),
        n(d.urge),
        b(d.acted),
        d.encounters.to_string(),
        csv_cell(&d.coping.join("; ")),
        n(d.phq9_item9),
    ];
    if !s.scales.results.is_empty() {
        row.push(csv_cell(&d.self_checks.join("; ")));
    }
    if s.includes.notes {
        let notes: Vec<String> = d
            .notes
            .iter()
            .map(|(name, t)| format!("{name}: {t}"))
            .collect();
        row.push(csv_cell(&notes.join(" | ")));
    }
    for c in &s.uses {
        row.push(c.amounts[i].map_or(String::new(), data_amount));
    }
    for t in &s.trackers {
        let cell = t.cells[i].as_ref();
        row.push(cell.map_or(String::new(), |c| c.csv.clone()));
        if t.asks_acted {
            row.push(cell.and_then(|c| c.acted).map_or(String::new(), b));
        }
    }
    row
}

/// The whole card.
pub fn render(s: &Summary) -> String {
    let days = s.days.iter().enumerate().map(|(i, d)| row(s, i, d));
    super::csv_rows(std::iter::once(header(s)).chain(days))
}
