//! The diary card as CSV: one row per day of the range. Columns (README documents them):
//! date, weekday, checked_in, mood, craving, physical, mental, emotional, social,
//! spiritual, hungry, angry, lonely, tired, sleep_hours, urge_max, acted_on_urge,
//! encounters, coping_used, `self_checks` when the range has self-check results (e.g.
//! "PHQ-9 5 of 27 (mild)"), and `notes` when notes are shared. Text cells are
//! neutralised against spreadsheet formulas.

use super::csv_cell;
use super::model::Summary;

pub fn render(s: &Summary) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
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
    ];
    let scales = !s.assessments.is_empty();
    if scales {
        header.push("self_checks");
    }
    if s.includes.notes {
        header.push("notes");
    }
    w.write_record(&header).expect("writing to memory");
    let n = |v: Option<u8>| v.map_or(String::new(), |v| v.to_string());
    let b = |v: bool| if v { "1" } else { "0" }.to_string();
    for d in &s.days {
        let c = d.checkin.as_ref();
        let flag = |f: fn(&crate::domain::Checkin) -> bool| c.map_or(String::new(), |c| b(f(c)));
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
        ];
        if scales {
            let results: Vec<String> = s
                .assessments
                .iter()
                .filter(|a| a.date == d.date)
                .map(|a| {
                    format!(
                        "{} {} ({})",
                        a.instrument,
                        crate::domain::scales::score_text(a),
                        a.band
                    )
                })
                .collect();
            row.push(csv_cell(&results.join("; ")));
        }
        if s.includes.notes {
            let notes: Vec<String> = c
                .map(|c| {
                    [
                        ("intention", &c.intention),
                        ("reflection", &c.reflection),
                        ("gratitude", &c.gratitude),
                        ("note", &c.note),
                    ]
                    .iter()
                    .filter_map(|(l, t)| t.as_ref().map(|t| format!("{l}: {t}")))
                    .collect()
                })
                .unwrap_or_default();
            row.push(csv_cell(&notes.join(" | ")));
        }
        w.write_record(&row).expect("writing to memory");
    }
    String::from_utf8(w.into_inner().expect("in memory")).expect("UTF-8 in, UTF-8 out")
}
