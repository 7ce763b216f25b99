//! Use in the counselor summary: each commitment's path and its count of days are
//! shared by default and say when the path changed; no amount appears anywhere unless
//! the person shares them (`Includes::uses`), and then the use calendar's daily amounts
//! in HTML, Markdown and CSV read back equal to the log.

use crate::common::store;
use chrono::{Datelike, Duration, NaiveDate};
use pretty_assertions::assert_eq;
use std::collections::BTreeMap;
use tend::domain::usage::{Path, PathDraft, UseDraft, UseUnit};
use tend::report::{self, Format, Includes};
use tend::store::Store;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

const FROM: &str = "2026-08-26";
const TO: &str = "2026-11-23";

/// Amounts no other figure of an empty journal would show.
const AMOUNTS: [f64; 4] = [1.25, 2.75, 6.25, 3.75];

/// A journal with Alcohol from 1 August, abstain until 10 October and cut down from then
/// (at most 10 a week, heavy at 5), with uses on about one day in three of the range and
/// two uses on some days.
fn journal(dir: &tempfile::TempDir) -> Store {
    let s = store(dir, "use.db");
    let c = s
        .write(|w| {
            let c = w.add_commitment("Alcohol", d("2026-08-01"), None)?;
            let plan = PathDraft {
                path: Some(Path::CutDown),
                unit: Some(UseUnit::Drinks),
                max_per_week: Some(10.0),
                heavy_at: Some(5.0),
                ..PathDraft::default()
            };
            w.set_path(c.id, d("2026-10-10"), &plan)?;
            Ok(c)
        })
        .unwrap();
    let mut day = d(FROM);
    let mut i = 0usize;
    while day <= d(TO) {
        if i.is_multiple_of(3) {
            let times = if i.is_multiple_of(9) { 2 } else { 1 };
            for t in 0..times {
                let at = format!("{day}T{}:00:00+00:00", 18 + t);
                let draft = UseDraft {
                    commitment_id: c.id,
                    at: chrono::DateTime::parse_from_rfc3339(&at).unwrap(),
                    amount: AMOUNTS[(i / 3 + t) % AMOUNTS.len()],
                    unit: UseUnit::Drinks,
                    what: None,
                    place: None,
                    with_whom: None,
                    planned: false,
                    cost: None,
                    followed: Vec::new(),
                    note: None,
                };
                s.write(|w| w.add_use(draft, 14.0)).unwrap();
            }
        }
        day += Duration::days(1);
        i += 1;
    }
    s
}

fn render(s: &Store, includes: Includes, format: Format) -> String {
    let summary = report::build(s, d(FROM), d(TO), includes).unwrap();
    report::render(format, &summary)
}

/// The log summed per day, as the store has it.
fn logged(s: &Store) -> BTreeMap<NaiveDate, f64> {
    let mut out = BTreeMap::new();
    for u in s.uses(None, d(FROM), d(TO), 100_000).unwrap() {
        *out.entry(u.date).or_insert(0.0) += u.amount;
    }
    out
}

/// A calendar mark read back: "○" is 0, "6.25 ●" is 6.25, blank is not counted.
fn mark(cell: &str) -> Option<f64> {
    let cell = cell.trim().trim_end_matches('●').trim();
    match cell {
        "" => None,
        "○" => Some(0.0),
        n => Some(n.parse().unwrap_or_else(|_| panic!("not an amount: {n}"))),
    }
}

/// Every day's amount as a map, leaving out the days without use (0).
fn used(days: BTreeMap<NaiveDate, f64>) -> BTreeMap<NaiveDate, f64> {
    days.into_iter().filter(|(_, a)| *a > 0.0).collect()
}

#[test]
fn no_amount_appears_anywhere_unless_use_is_shared() {
    let dir = tempfile::tempdir().unwrap();
    let s = journal(&dir);
    let everything_else = Includes::parse("journal,notes,setback-details,names,numbers").unwrap();
    for includes in [Includes::default(), everything_else] {
        for format in [Format::Html, Format::Markdown, Format::Csv] {
            let text = render(&s, includes, format);
            for a in AMOUNTS {
                assert!(
                    !text.contains(&a.to_string()),
                    "{a} in {format:?} without use shared"
                );
            }
            assert!(!text.contains("use_amount") && !text.contains("Use calendar"));
            assert!(!text.contains("standard drinks"), "{format:?}");
            if format != Format::Csv {
                assert!(text.contains("Days within my plan, Alcohol (cut down)"));
                assert!(
                    text.contains("cut down from 10 October 2026; before, abstain"),
                    "the path change is named in {format:?}"
                );
                assert!(text.contains("amounts of use (the use calendar)"));
            }
        }
    }
    let shared = Includes::parse("use").unwrap();
    let md = render(&s, shared, Format::Markdown);
    assert!(md.contains("Included: lessons from setbacks; amounts of use (the use calendar)."));
    for a in AMOUNTS {
        assert!(md.contains(&a.to_string()), "{a} shared");
    }
}

#[test]
fn the_use_calendar_amounts_equal_the_log_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let s = journal(&dir);
    let log = logged(&s);
    assert!(log.len() > 25 && log.values().any(|a| *a > 5.0));
    let shared = Includes::parse("use").unwrap();

    // CSV: the card's amount column.
    let csv = render(&s, shared, Format::Csv);
    let mut rows = csv.lines();
    let header: Vec<&str> = rows.next().unwrap().split(',').collect();
    let col = header
        .iter()
        .position(|h| *h == "use_amount:Alcohol:drinks")
        .expect("the amount column");
    let mut from_csv = BTreeMap::new();
    for row in rows {
        let cells: Vec<&str> = row.split(',').collect();
        from_csv.insert(d(cells[0]), cells[col].parse::<f64>().unwrap());
    }
    assert_eq!(from_csv.len(), 90, "a cell for every day");
    assert_eq!(used(from_csv), log);

    // Markdown: one row a week, Monday first, from the week's first day in the range.
    let md = render(&s, shared, Format::Markdown);
    let table = md.split("| Week of |").nth(1).expect("the week table");
    let mut from_md = BTreeMap::new();
    for line in table.lines().skip(2).take_while(|l| l.starts_with('|')) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').collect();
        let first = d(cells[0].trim());
        let monday = first - Duration::days(i64::from(first.weekday().num_days_from_monday()));
        for (j, cell) in cells[1..8].iter().enumerate() {
            if let Some(a) = mark(cell) {
                from_md.insert(monday + Duration::days(j as i64), a);
            }
        }
    }
    assert_eq!(from_md.len(), 90);
    assert_eq!(used(from_md), log);

    // HTML: the month grids, each cell the day of the month and its mark.
    let html = render(&s, shared, Format::Html);
    let mut from_html = BTreeMap::new();
    for month in html.split("<table class=\"month\"><caption>").skip(1) {
        let (caption, grid) = month.split_once("</caption>").unwrap();
        let first = NaiveDate::parse_from_str(&format!("1 {caption}"), "%d %B %Y").unwrap();
        let grid = grid.split("</table>").next().unwrap();
        for cell in grid.split("<td class=\"").skip(1) {
            let Some((day, rest)) = cell
                .split_once("<i>")
                .and_then(|(_, r)| r.split_once("</i>"))
            else {
                continue;
            };
            let amount = mark(rest.split("</td>").next().unwrap());
            if let Some(a) = amount {
                from_html.insert(first.with_day(day.parse().unwrap()).unwrap(), a);
            }
        }
    }
    assert_eq!(from_html.len(), 90);
    assert_eq!(used(from_html), log);
    assert!(html.contains("class=\"heavy\""), "heavy days are marked");
}

#[test]
fn the_calendar_gives_use_free_days_the_weekly_average_and_the_change() {
    let dir = tempfile::tempdir().unwrap();
    let s = journal(&dir);
    let log = logged(&s);
    let summary = report::build(&s, d(FROM), d(TO), Includes::parse("use").unwrap()).unwrap();
    let [c] = summary.uses.as_slice() else {
        panic!("one calendar")
    };
    let total: f64 = log.values().sum();
    let facts: BTreeMap<&str, &str> = c
        .facts
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert!(facts["Use-free days"].starts_with(&format!("{} of 90 days", 90 - log.len())));
    assert!(facts["Total"].starts_with(&format!(
        "{} standard drinks",
        tend::domain::usage::show_amount(total)
    )));
    let per_week = (total * 7.0 / 90.0 * 10.0).round() / 10.0;
    assert_eq!(
        facts["Average a week"],
        format!(
            "{} standard drinks",
            tend::domain::usage::show_amount(per_week)
        )
    );
    let heavy = log.values().filter(|a| **a >= 5.0).count();
    let heavy_after_plan = log
        .iter()
        .filter(|(d, a)| **d >= self::d("2026-10-10") && **a >= 5.0)
        .count();
    assert!(heavy > 0);
    assert_eq!(
        facts["Heavy days (5 standard drinks or more)"],
        heavy_after_plan.to_string(),
        "heavy days count under the plan that sets the amount"
    );
    // Without use shared, the model holds no calendar at all.
    let private = report::build(&s, d(FROM), d(TO), Includes::default()).unwrap();
    assert!(private.uses.is_empty());
    let line = private.glance.commitments[0].path.as_ref().unwrap();
    assert_eq!(line.path, Path::CutDown);
    assert_eq!(line.days, 45, "10 October to 23 November");
}

#[test]
fn safer_use_counts_use_free_days_and_abstain_alone_is_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "safer.db");
    s.write(|w| {
        let a = w.add_commitment("Opioids", d("2026-11-01"), None)?;
        let plan = PathDraft {
            path: Some(Path::SaferUse),
            unit: Some(UseUnit::Times),
            ..PathDraft::default()
        };
        w.set_path(a.id, d("2026-11-01"), &plan)?;
        w.add_commitment("Gambling", d("2026-11-01"), None)?;
        Ok(())
    })
    .unwrap();
    let summary = report::build(&s, d("2026-11-17"), d(TO), Includes::default()).unwrap();
    let [opioids, gambling] = summary.glance.commitments.as_slice() else {
        panic!("two commitments")
    };
    let p = opioids.path.as_ref().unwrap();
    assert_eq!(
        (p.figure.as_str(), p.text.as_str()),
        ("Use-free days", "7 of 7 days")
    );
    assert_eq!(p.changed, None, "the path began before the range");
    assert_eq!(
        gambling.path, None,
        "abstain throughout: days on track, as before"
    );
}
