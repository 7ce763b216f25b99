//! `tend med`: the issue's own example (started six days ago, doses on 5 of 7 days),
//! a change of dose kept as history, late, missed and as-needed doses, corrections
//! and deletions, and refusals that name the field and write nothing.

use crate::common;

use common::Env;
use pretty_assertions::assert_eq;

/// Buprenorphine 8 mg at 08:00 from 2026-11-17, six days before `common::NOW`, with
/// doses taken on 5 of the 7 days, the first on the start date.
pub fn issue_journal() -> Env {
    let env = Env::new();
    env.ok(&[
        "med",
        "add",
        "Buprenorphine",
        "--dose",
        "8 mg",
        "--times",
        "08:00",
        "--start",
        "2026-11-17",
        "--addiction",
        "--prescriber",
        "Dr. Lee",
    ]);
    for day in ["17", "18", "20", "21", "23"] {
        env.ok(&[
            "med",
            "take",
            "Buprenorphine",
            "--at",
            &format!("2026-11-{day} 08:05"),
        ]);
    }
    env
}

#[test]
fn doses_on_five_of_seven_days_are_five_of_seven() {
    let env = issue_journal();
    let list = env.json(&["med", "list"]);
    let m = &list[0];
    assert_eq!(m["name"], "Buprenorphine");
    assert_eq!(m["addiction"], true);
    assert_eq!(m["prescriber"], "Dr. Lee");
    let week = &m["adherence"][0];
    assert_eq!(week["window_days"], 7);
    assert_eq!(week["scheduled"], 7);
    assert_eq!(week["taken"], 5);
    assert_eq!(week["percent"], 71);
    // No day before the start is counted, whatever the window.
    assert_eq!(m["adherence"][2]["scheduled"], 7);
    let out = env.ok(&["med", "list"]);
    assert!(out.contains("7 days: 5 of 7 doses taken (71%)"), "{out}");
    assert!(out.contains("never suggests a dose"), "{out}");
    // The prescriber is a person with the new role.
    let people = env.json(&["person", "list"]);
    assert_eq!(people[0]["roles"][0], "prescriber");
}

#[test]
fn a_change_of_dose_is_kept_as_history_and_doses_can_be_corrected() {
    let env = issue_journal();
    env.ok(&[
        "med",
        "edit",
        "Buprenorphine",
        "--dose",
        "12 mg",
        "--from",
        "2026-11-20",
    ]);
    let m = env.json(&["med", "show", "Buprenorphine"]);
    let steps = m["schedules"].as_array().unwrap();
    assert_eq!(steps.len(), 2);
    assert_eq!(steps[1]["dose"], "12 mg");
    assert_eq!(steps[1]["times"][0], "08:00", "the times stay");
    let out = env.ok(&["med", "show", "1"]);
    assert!(
        out.contains("from 2026-11-20: 12 mg, every day at 08:00"),
        "{out}"
    );
    // The 19th was missed, the 22nd taken late.
    env.ok(&[
        "med",
        "take",
        "1",
        "--at",
        "2026-11-19 09:00",
        "--missed",
        "--reason",
        "ran out",
    ]);
    let late = env.json(&["med", "take", "1", "--at", "2026-11-22 13:00"]);
    let id = late["id"].as_i64().unwrap().to_string();
    let fixed = env.json(&["med", "dose", "edit", &id, "--late"]);
    assert_eq!(fixed["status"], "late");
    let week = &env.json(&["med", "list"])[0]["adherence"][0];
    assert_eq!(
        (week["taken"].as_i64(), week["late"].as_i64()),
        (Some(6), Some(1))
    );
    let doses = env.json(&["med", "dose", "list"]);
    assert_eq!(doses.as_array().unwrap().len(), 7);
    assert_eq!(env.json(&["med", "dose", "show", &id])["status"], "late");
    env.ok(&["med", "dose", "delete", &id, "--yes"]);
    assert_eq!(
        env.json(&["med", "dose", "list"]).as_array().unwrap().len(),
        6
    );
    env.ok(&["med", "delete", "1", "--yes"]);
    assert_eq!(env.json(&["med", "list"]), serde_json::json!([]));
    assert_eq!(env.json(&["med", "dose", "list"]), serde_json::json!([]));
}

#[test]
fn as_needed_doses_are_counted_with_their_reasons() {
    let env = Env::new();
    env.ok(&[
        "med",
        "add",
        "Hydroxyzine",
        "--dose",
        "25 mg",
        "--as-needed",
        "--start",
        "2026-11-01",
    ]);
    env.ok(&[
        "med",
        "take",
        "Hydroxyzine",
        "--at",
        "2026-11-20 23:00",
        "--reason",
        "panic",
    ]);
    env.ok(&[
        "med",
        "take",
        "Hydroxyzine",
        "--at",
        "2026-11-22 23:00",
        "--reason",
        "panic",
    ]);
    let m = &env.json(&["med", "list"])[0];
    assert_eq!(m["adherence"], serde_json::json!([]));
    assert_eq!(m["as_needed"][0]["doses"], 2);
    assert_eq!(
        m["as_needed"][0]["reasons"][0],
        serde_json::json!(["panic", 2])
    );
    let out = env.ok(&["med", "show", "Hydroxyzine"]);
    assert!(out.contains("25 mg, as needed"), "{out}");
    assert!(out.contains("7 days: taken 2 times (panic × 2)"), "{out}");
}

#[test]
fn refusals_name_the_field_and_write_nothing() {
    let env = issue_journal();
    env.refused(
        &["med", "take", "1", "--at", "2026-11-23 11:00"],
        2,
        "at: 2026-11-23T11:00:00+00:00 hasn't happened yet",
    );
    env.refused(
        &["med", "take", "1", "--at", "2026-11-10 08:00"],
        2,
        "at: 2026-11-10 is before Buprenorphine began",
    );
    env.refused(&["med", "add", " "], 2, "name: must not be empty");
    env.refused(
        &[
            "med",
            "add",
            "Naltrexone",
            "--start",
            "2026-11-10",
            "--end",
            "2026-11-01",
        ],
        2,
        "end: 2026-11-01 is before 2026-11-10",
    );
    env.refused(
        &["med", "add", "Naltrexone", "--times", "8am"],
        2,
        "times: '8am' is not a time",
    );
    env.refused(&["med", "add", "Naltrexone", "--every", "0"], 2, "every:");
    env.refused(
        &["med", "add", "Naltrexone", "--start", "2026-12-01"],
        2,
        "start:",
    );
    env.refused(
        &["med", "take", "Aspirin"],
        2,
        "medication: no medication by that name",
    );
    env.refused(
        &[
            "med",
            "add",
            "Naltrexone",
            "--as-needed",
            "--times",
            "08:00",
        ],
        2,
        "times:",
    );
}
