//! The connection log from the command line: people, meetings, and connections logged
//! in one command, listed, corrected and deleted.

mod common;

use common::Env;
use pretty_assertions::assert_eq;

fn with_people_and_a_meeting() -> Env {
    let env = Env::new();
    env.ok(&["person", "add", "Sam", "--role", "sponsor", "--every", "7"]);
    env.ok(&[
        "meeting",
        "add",
        "Tuesday group",
        "--fellowship",
        "aa",
        "--day",
        "tue",
        "--time",
        "19:30",
        "--place",
        "Church hall",
        "--home",
    ]);
    env
}

#[test]
fn a_meeting_and_a_call_are_logged_in_one_command_each() {
    let env = with_people_and_a_meeting();
    assert_eq!(
        env.ok(&[
            "connect",
            "meeting",
            "Tuesday group",
            "--shared",
            "--mood-before",
            "4",
            "--mood-after",
            "7"
        ]),
        "Logged connection 1: 2026-11-23 10:00  meeting · Tuesday group · shared · mood 4 → 7\n"
    );
    env.ok(&["connect", "call", "sam", "--minutes", "20"]);
    let list = env.json(&["connect", "list"]);
    let kinds: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["call", "meeting"],
        "newest first (the call was logged second)"
    );
    assert_eq!(list[0]["person_ids"][0].as_i64(), Some(1));
    assert_eq!(
        (list[1]["share"].as_bool(), list[0]["share"].as_bool()),
        (Some(true), Some(false)),
        "meetings count in the summary by default, calls don't"
    );
}

#[test]
fn what_cannot_be_is_refused_and_nothing_is_written() {
    let env = with_people_and_a_meeting();
    env.ok(&["connect", "meeting", "Tuesday group"]);
    env.refused(
        &["connect", "meeting", "Tuesday group"],
        2,
        "a meeting is attended once a day",
    );
    env.refused(&["connect", "call", "Nobody"], 2, "nobody by that name");
    env.refused(
        &["connect", "call", "Sam", "--shared"],
        2,
        "sharing and chairing are for meetings",
    );
    env.refused(
        &["connect", "call", "Sam", "--minutes", "5000"],
        2,
        "minutes",
    );
    env.refused(
        &["connect", "call", "Sam", "--at", "2026-12-01 10:00"],
        2,
        "at",
    );
    env.refused(&["connect", "dance"], 2, "use one of meeting, call");
    env.refused(&["meeting", "add", "Late", "--time", "25:00"], 2, "time");
    env.refused(
        &["meeting", "add", "Someday", "--day", "someday"],
        2,
        "not a day",
    );
}

#[test]
fn connections_and_meetings_are_corrected_and_deleted() {
    let env = with_people_and_a_meeting();
    env.ok(&["connect", "meeting", "Tuesday group"]);
    env.ok(&[
        "connect",
        "edit",
        "1",
        "--chaired",
        "--verified-by",
        "J. Chair",
    ]);
    let c = env.json(&["connect", "show", "1"]);
    assert_eq!(
        (c["chaired"].as_bool(), c["verified_by"].as_str()),
        (Some(true), Some("J. Chair"))
    );
    env.refused(&["meeting", "delete", "1"], 2, "add --yes");
    assert_eq!(
        env.ok(&["meeting", "delete", "1", "--yes"]),
        "Deleted the meeting \"Tuesday group\": its attendance stays in your history, without it.\n"
    );
    assert_eq!(
        env.json(&["connect", "show", "1"])["meeting_id"],
        serde_json::Value::Null
    );
    env.ok(&["connect", "delete", "1", "--yes"]);
    assert_eq!(env.json(&["connect", "list"]).as_array().unwrap().len(), 0);
}
