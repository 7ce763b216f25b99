//! `tend stats --json` against figures worked out by hand, and against an independent
//! day-by-day recomputation from `checkin list --json` and `setback list --json`.

use crate::common;

use chrono::{Duration, NaiveDate};
use common::Env;
use pretty_assertions::assert_eq;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};

#[test]
fn stats_match_a_fixture_computed_by_hand() {
    let env = Env::new();
    env.ok(&["commitment", "add", "Alcohol", "--start", "2026-10-01"]);
    env.ok(&["commitment", "add", "Gambling", "--start", "2026-11-01"]);
    env.ok(&[
        "growth",
        "add",
        "--kind",
        "slip",
        "--date",
        "2026-10-10",
        "--commitment",
        "1",
    ]);
    env.ok(&[
        "growth",
        "add",
        "--kind",
        "lapse",
        "--date",
        "2026-11-05",
        "--commitment",
        "1",
    ]);
    env.ok(&[
        "growth",
        "add",
        "--kind",
        "hard-day",
        "--date",
        "2026-11-10",
        "--commitment",
        "2",
    ]);
    env.ok(&[
        "growth",
        "add",
        "--kind",
        "relapse",
        "--date",
        "2026-11-20",
        "--commitment",
        "2",
    ]);
    for (date, mood) in [
        ("2026-10-05", 6),
        ("2026-10-07", 8),
        ("2026-10-09", 7),
        ("2026-10-11", 4),
        ("2026-10-12", 5),
        ("2026-10-14", 7),
        ("2026-11-04", 6),
        ("2026-11-06", 6),
        ("2026-11-21", 6),
        ("2026-11-22", 7),
        ("2026-11-23", 5),
    ] {
        env.ok(&["checkin", "--date", date, "--mood", &mood.to_string()]);
    }
    let s = env.json(&["stats"]);
    // Today 2026-11-23; recovery began 2026-10-01 (the first commitment): 54 days. The
    // record began with the first check-in, 2026-10-05: adherence counts 50 days.
    assert_eq!(s["days_in_recovery"], 54);
    assert_eq!(s["checkins_total"], 11);
    assert_eq!(s["setbacks_total"], 3);
    assert_eq!(s["hard_days_total"], 1);
    assert_eq!(
        s["adherence"],
        json!([
            {"window_days": 7, "days_counted": 7, "checked_in": 3, "percent": 42.9},
            {"window_days": 30, "days_counted": 30, "checked_in": 5, "percent": 16.7},
            {"window_days": 90, "days_counted": 50, "checked_in": 11, "percent": 22.0},
        ])
    );
    let a = &s["commitments"][0];
    // Oct 1–9 (9 days) | slip Oct 10 | Oct 11–Nov 4 (25) | lapse Nov 5 | Nov 6–23 (18).
    assert_eq!(a["days_in_recovery"], 54);
    assert_eq!(a["days_on_track"], 52);
    assert_eq!(a["current_run"], 18);
    assert_eq!(a["longest_run"], 25);
    assert_eq!(a["setbacks_total"], 2);
    assert_eq!(a["setbacks_last_90"], 2);
    assert_eq!(a["setbacks_prior_90"], 0);
    assert_eq!(a["median_gap_days"], 26.0);
    assert_eq!(a["median_gap_earlier_half"], Value::Null);
    // Slip Oct 10: baseline median of 6, 8, 7 = 7; first mood ≥ 7 after is Oct 14 → 4 days.
    // Lapse Nov 5: baseline of 8, 7, 4, 5, 7, 6 = 6.5; first ≥ 6.5 after is Nov 22 → 17 days.
    assert_eq!(a["bounce_backs"][0]["days"], 4);
    assert_eq!(a["bounce_backs"][1]["days"], 17);
    assert_eq!(a["median_bounce_back_days"], 10.5);
    assert_eq!(
        a["milestones"],
        json!([
            {"days": 1, "reached_on": "2026-10-01"},
            {"days": 3, "reached_on": "2026-10-03"},
            {"days": 7, "reached_on": "2026-10-07"},
            {"days": 14, "reached_on": "2026-10-15"},
            {"days": 30, "reached_on": "2026-10-31"},
        ])
    );
    assert_eq!(
        a["next_milestone"],
        json!({"days": 60, "days_to_go": 8, "on": "2026-12-01"})
    );
    let b = &s["commitments"][1];
    // The hard day leaves the run alone; the relapse on Nov 20 ends it.
    assert_eq!(
        (b["days_in_recovery"].as_i64(), b["days_on_track"].as_i64()),
        (Some(23), Some(22))
    );
    assert_eq!(
        (b["current_run"].as_i64(), b["longest_run"].as_i64()),
        (Some(3), Some(19))
    );
    assert_eq!(b["setbacks_total"], 1);
    assert_eq!(b["bounce_backs"][0]["days"], 1);
    assert_eq!(
        b["next_milestone"],
        json!({"days": 30, "days_to_go": 8, "on": "2026-12-01"})
    );
    let only = env.json(&["stats", "--commitment", "2"]);
    assert_eq!(only["commitments"].as_array().unwrap().len(), 1);
    let text = env.ok(&["stats"]);
    assert!(
        text.contains("Current run 18 days; longest run 25 days"),
        "{text}"
    );
}

fn date(v: &Value) -> NaiveDate {
    NaiveDate::parse_from_str(v.as_str().unwrap(), "%Y-%m-%d").unwrap()
}

fn median(mut v: Vec<f64>) -> Option<f64> {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    (n > 0).then(|| {
        if n % 2 == 1 {
            v[n / 2]
        } else {
            (v[n / 2 - 1] + v[n / 2]) / 2.0
        }
    })
}

#[test]
fn ten_demo_years_match_an_independent_recomputation() {
    let env = Env::new();
    env.ok(&["demo", "--years", "10", "--seed", "7"]);
    let stats = env.json(&["stats"]);
    let checkins = env.json(&["checkin", "list", "--all"]);
    let setbacks = env.json(&["growth", "list"]);
    let commitments = env.json(&["commitment", "list"]);
    let today = date(&stats["today"]);
    assert_eq!(today, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());

    let moods: BTreeMap<NaiveDate, Option<f64>> = checkins
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (date(&c["date"]), c["mood"].as_f64()))
        .collect();
    assert_eq!(stats["checkins_total"], moods.len());
    let first_day = *moods.keys().next().unwrap();
    let tracking_start = commitments
        .as_array()
        .unwrap()
        .iter()
        .map(|c| date(&c["start_date"]))
        .min()
        .unwrap()
        .min(first_day);
    for a in stats["adherence"].as_array().unwrap() {
        let w = a["window_days"].as_i64().unwrap();
        let from = (today - Duration::days(w - 1)).max(tracking_start);
        let counted = (today - from).num_days() + 1;
        let got = moods.keys().filter(|d| **d >= from && **d <= today).count() as i64;
        assert_eq!(a["days_counted"], counted);
        assert_eq!(a["checked_in"], got);
    }

    for (c, figures) in commitments
        .as_array()
        .unwrap()
        .iter()
        .zip(stats["commitments"].as_array().unwrap())
    {
        let id = c["id"].as_i64().unwrap();
        let start = date(&c["start_date"]);
        let mine: Vec<&Value> = setbacks
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| {
                s["kind"] != "hard-day"
                    && (s["commitment_id"].is_null() || s["commitment_id"] == id)
            })
            .collect();
        let breaks: BTreeSet<NaiveDate> = mine.iter().map(|s| date(&s["date"])).collect();
        // Walk every day from the start.
        let (mut total, mut on_track, mut run, mut longest) = (0, 0, 0, 0);
        let mut day = start;
        while day <= today {
            total += 1;
            if breaks.contains(&day) {
                run = 0;
            } else {
                on_track += 1;
                run += 1;
                longest = longest.max(run);
            }
            day += Duration::days(1);
        }
        assert_eq!(figures["days_in_recovery"], total, "{}", c["name"]);
        assert_eq!(figures["days_on_track"], on_track, "{}", c["name"]);
        assert_eq!(figures["current_run"], run, "{}", c["name"]);
        assert_eq!(figures["longest_run"], longest, "{}", c["name"]);
        assert_eq!(figures["setbacks_total"], mine.len());
        let in_window = |lo: i64, hi: i64| {
            breaks
                .iter()
                .filter(|d| (today - **d).num_days() >= lo && (today - **d).num_days() <= hi)
                .count()
        };
        assert_eq!(figures["setbacks_last_90"], in_window(0, 89));
        assert_eq!(figures["setbacks_prior_90"], in_window(90, 179));
        let list: Vec<NaiveDate> = breaks.iter().copied().collect();
        let gaps: Vec<f64> = list
            .windows(2)
            .map(|w| (w[1] - w[0]).num_days() as f64)
            .collect();
        assert_eq!(figures["median_gap_days"].as_f64(), median(gaps));
        // Bounce-back, from the check-in list alone.
        for (bb, s) in figures["bounce_backs"]
            .as_array()
            .unwrap()
            .iter()
            .zip(&mine)
        {
            let d = date(&s["date"]);
            let base: Vec<f64> = moods
                .range(d - Duration::days(30)..d)
                .filter_map(|(_, m)| *m)
                .collect();
            let expected = median(base).and_then(|b| {
                moods
                    .range(d + Duration::days(1)..)
                    .find(|(_, m)| m.is_some_and(|m| m >= b))
                    .map(|(x, _)| (*x - d).num_days())
            });
            assert_eq!(bb["days"].as_i64(), expected, "bounce-back after {d}");
        }
        assert!(total > 3000 && !breaks.is_empty() || c["name"] != "Alcohol");
    }
    // The setback list carries the same bounce-back figures.
    let first = &setbacks[0];
    assert!(first.get("bounce_back_days").is_some());
}

/// The Markdown summary of `[from, to]`, as a counselor reads it.
fn summary_md(env: &Env, from: &str, to: &str) -> String {
    let out = env.dir.path().join("summary.md");
    env.ok(&[
        "export",
        "summary",
        "--format",
        "md",
        "--from",
        from,
        "--to",
        to,
        "--force",
        "-o",
        out.to_str().unwrap(),
    ]);
    std::fs::read_to_string(out).unwrap()
}

#[test]
fn a_first_check_in_today_counts_one_of_one_day_whatever_the_commitment_says() {
    let env = Env::new();
    // Began three weeks before the first check-in, today (2026-11-23).
    env.ok(&["commitment", "add", "Alcohol", "--start", "2026-11-02"]);
    env.ok(&["checkin", "--mood", "6"]);
    let md = summary_md(&env, "2026-11-02", "2026-11-23");
    assert!(
        md.contains("| Checked in | 1 of 1 day since they started on 23 November (100% of the days tracked) |"),
        "{md}"
    );
    assert!(!md.contains("1 of 22 days"), "{md}");
    let text = env.ok(&["stats"]);
    assert_eq!(
        text.matches("checked in").count(),
        1,
        "each window once: {text}"
    );
    assert!(
        text.contains("Since you started on 23 November 2026: checked in 1 of 1 day (100%)"),
        "{text}"
    );
    assert!(
        text.contains("22 days in recovery, 22 of them on track"),
        "{text}"
    );
    let s = env.json(&["stats"]);
    assert_eq!(s["tracking_start"], "2026-11-02");
    assert_eq!(s["counting_from"], "2026-11-23");
    assert_eq!(s["adherence"][2]["days_counted"], 1);
}

#[test]
fn imported_history_counts_its_own_month_and_nothing_between() {
    let env = Env::new();
    with_imported_month(&env);
    let md = summary_md(&env, "2024-09-01", "2026-11-23");
    assert!(
        md.contains(
            "| Checked in | 5 of 32 days on which they kept a record \
             (1 October 2024 to 31 October 2024, 23 November) (16% of the days tracked) |"
        ),
        "{md}"
    );
    let s = env.json(&["stats"]);
    assert_eq!(s["counting_from"], "2024-10-01");
    assert_eq!(
        s["tracked"]["spans"],
        json!([["2024-10-01", "2024-10-31"], ["2026-11-23", "2026-11-23"]])
    );
    assert_eq!(
        (
            s["adherence"][2]["days_counted"].as_i64(),
            s["adherence"][2]["checked_in"].as_i64()
        ),
        (Some(1), Some(1)),
        "the last 90 days hold only today"
    );
    // A summary of the gap between says nothing was kept, rather than "0 of N".
    let md = summary_md(&env, "2025-01-01", "2025-03-31");
    assert!(
        md.contains("| Checked in | no record was kept in this period (nothing to count) |"),
        "{md}"
    );
    assert!(md.contains("| Check-in adherence | – \\(no record"), "{md}");
    assert!(
        !md.contains("▼ down 1") && !md.contains("points from"),
        "no fall from a period with a record: {md}"
    );
}

#[test]
fn a_meeting_added_today_has_nothing_scheduled_yet() {
    let env = Env::new();
    // 2026-11-23 is a Monday.
    env.ok(&["meeting", "add", "Monday group", "--day", "mon"]);
    env.ok(&["checkin", "--mood", "6"]);
    let md = summary_md(&env, "2026-11-01", "2026-11-23");
    assert!(!md.contains("on their schedule"), "{md}");
    assert!(md.contains("0 meetings in 23 days \\(0 where"), "{md}");
    assert!(
        md.contains("Longest stretch without a connection counted here: 0 days"),
        "no log yet, no stretch: {md}"
    );
    // Attended today: from then on it counts.
    env.ok(&["connect", "meeting", "Monday group"]);
    let md = summary_md(&env, "2026-11-01", "2026-11-23");
    assert!(
        md.contains("1 meeting in 23 days, of the 1 on their schedule"),
        "{md}"
    );
}

/// A Daylio month two years ago and a first check-in today, in journal A.
fn with_imported_month(env: &Env) {
    let csv = env.dir.path().join("daylio.csv");
    let mut rows = String::from("full_date,date,weekday,time,mood,activities,note\n");
    for day in [31, 20, 10, 1] {
        rows.push_str(&format!(
            "2024-10-{day:02},October {day},x,09:00,good,walk,\n"
        ));
    }
    std::fs::write(&csv, rows).unwrap();
    env.ok(&["import", csv.to_str().unwrap()]);
    env.ok(&["checkin", "--mood", "6"]);
}

/// What a journal counts adherence over: where counting starts and the spans.
fn counted(env: &Env) -> (Value, Value) {
    let s = env.json(&["stats"]);
    (s["counting_from"].clone(), s["tracked"].clone())
}

#[test]
fn imported_history_counts_the_same_in_a_journal_its_data_file_reaches() {
    let a = Env::new();
    with_imported_month(&a);
    let file = a.dir.path().join("all.json");
    a.ok(&["export", "data", "-o", file.to_str().unwrap()]);
    let b = Env::new();
    b.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(counted(&b), counted(&a));
    assert_eq!(
        counted(&b).1["spans"],
        json!([["2024-10-01", "2024-10-31"], ["2026-11-23", "2026-11-23"]])
    );
    let data = a.json(&["export", "data"]);
    assert_eq!(
        data["checkins"][0]["imported_from"], "daylio",
        "{}",
        data["checkins"][0]
    );
}

/// The example: a cut-down plan of 14 a week with 3 use-free days, started 30
/// days ago, and 2 drinks on three of the last seven days.
pub(crate) fn cut_down_journal() -> Env {
    let env = Env::new();
    env.ok(&[
        "commitment",
        "add",
        "Alcohol",
        "--path",
        "cut-down",
        "--max-per-week",
        "14",
        "--free-days",
        "3",
        "--unit",
        "drinks",
        "--start",
        "2026-10-24",
    ]);
    for day in ["2026-11-18", "2026-11-20", "2026-11-22"] {
        env.ok(&[
            "use",
            "add",
            "Alcohol",
            "2",
            "--at",
            &format!("{day} 20:00"),
        ]);
    }
    env
}

#[test]
fn stats_say_a_commitments_path_and_use_in_words() {
    let env = cut_down_journal();
    let out = env.ok(&["stats"]);
    for line in [
        "  Path: cut down, since 24 October 2026\n",
        "  Days within my plan: 31; days over my plan: 0\n",
        "  Use-free days: 4 of the last 7; 6 of 14 standard drinks in the last 7 days\n",
        "  Last 30 days: 6 standard drinks (1.4 a week), 27 of 30 days use-free; the 30 days before: 0 standard drinks, 1 day use-free\n",
        "  Last 90 days: 6 standard drinks",
        "  Last 365 days: 6 standard drinks",
    ] {
        assert!(out.contains(line), "{line:?} missing from:\n{out}");
    }
    let json = env.json(&["stats"]);
    let week = &json["commitments"][0]["use"]["windows"][0];
    assert_eq!(
        (week["use_free_days"].as_i64(), week["total"].as_f64()),
        (Some(4), Some(6.0))
    );
    // An abstain commitment without use says nothing of paths.
    let env = Env::new();
    env.ok(&["commitment", "add", "Gambling", "--start", "2026-11-01"]);
    assert!(!env.ok(&["stats"]).contains("Path:"));
}

#[test]
fn stats_name_a_path_change_and_money() {
    let env = cut_down_journal();
    env.ok(&[
        "commitment",
        "edit",
        "1",
        "--path",
        "safer-use",
        "--price",
        "5",
        "--from",
        "2026-11-10",
    ]);
    let out = env.ok(&["stats"]);
    assert!(
        out.contains("  Path: safer use, since 10 November 2026 (before, cut down)\n"),
        "{out}"
    );
    assert!(
        !out.contains("Days within my plan"),
        "no plan figure on the safer-use path"
    );
    assert!(
        out.contains("  Money: 30 spent in the last 30 days\n"),
        "{out}"
    );
}
