//! The connection log from the command line: people, meetings, and connections logged
//! in one command, listed, corrected and deleted.

use crate::common;

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
        (list[1]["share"].as_str(), list[0]["share"].as_str()),
        (Some("shared"), Some("unset")),
        "meetings count in the summary by default; a call's share is not chosen"
    );
}

#[test]
fn a_connection_is_shared_private_or_not_chosen() {
    let env = with_people_and_a_meeting();
    env.ok(&["connect", "call", "Sam", "--at", "2026-11-20 18:00"]);
    let share = |id: &str| env.json(&["connect", "show", id])["share"].clone();
    assert_eq!(share("1"), "unset");
    assert!(
        env.ok(&["connect", "show", "1"])
            .contains("not chosen: counted in the counselor summary only when it shares calls, messages and time with people as a group")
    );
    for (flag, want, words) in [
        (
            "--private",
            "private",
            "private: kept out of the counselor summary",
        ),
        (
            "--share",
            "shared",
            "shared: counted in the counselor summary",
        ),
        ("--share-unset", "unset", "not chosen"),
    ] {
        env.ok(&["connect", "edit", "1", flag]);
        assert_eq!(share("1"), want, "{flag}");
        assert!(env.ok(&["connect", "show", "1"]).contains(words), "{flag}");
    }
    env.ok(&["connect", "meeting", "Tuesday group", "--private"]);
    assert_eq!(share("2"), "private");
    let out = env
        .tend()
        .args(["connect", "call", "Sam", "--share", "--private"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "one choice at a time");
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
    env.refused(&["connect", "call", "Nobody"], 2, "--add adds them");
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
    // A character cut in two, a list with a day that is none, a word that starts like
    // a day: refused, never saved as Monday, and no panic.
    for day in ["mié", "mon,wednes,fri", "monkey"] {
        env.refused(
            &["meeting", "add", "Group", "--day", day],
            2,
            "use one of mon, tue, wed, thu, fri, sat, sun",
        );
    }
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

#[test]
fn the_summary_counts_shareable_connections_the_same_in_every_format_and_lists_attendance() {
    let env = with_people_and_a_meeting();
    env.ok(&[
        "meeting",
        "add",
        "Zoom SMART",
        "--fellowship",
        "smart",
        "--format",
        "online",
    ]);
    env.ok(&[
        "connect",
        "meeting",
        "Tuesday group",
        "--shared",
        "--verified-by",
        "J. Chair",
        "--at",
        "2026-11-17 19:30",
    ]);
    env.ok(&[
        "connect",
        "meeting",
        "Zoom SMART",
        "--at",
        "2026-11-20 20:00",
    ]);
    env.ok(&[
        "connect",
        "meeting",
        "Tuesday group",
        "--private",
        "--at",
        "2026-11-10 19:30",
    ]);
    env.ok(&["connect", "therapy", "--at", "2026-11-18 10:00"]);
    env.ok(&[
        "connect",
        "call",
        "Sam",
        "--share",
        "--at",
        "2026-11-19 18:00",
    ]);
    env.ok(&["connect", "call", "Sam", "--at", "2026-11-21 18:00"]);
    let range = ["--from", "2026-11-09", "--to", "2026-11-23"];
    let md = env.ok(&[&["export", "summary", "--format", "md"][..], &range].concat());
    // Tuesday group meets on Tuesdays: 10 and 17 November and none else in range. The
    // log begins on 10 November: the longest stretch is 10–16 November (the 10th's
    // meeting is private), not counted from the 9th, before the log began.
    let said = "2 meetings in 15 days, of the 2 on their schedule (1 where they shared or chaired); 1 therapy session. 1 other contact with people (by role: sponsor 1); with S. (sponsor) 1. Longest stretch without a connection counted here: 7 days.";
    let md_flat = md.replace('\\', "");
    assert!(md_flat.contains(said), "{md}");
    let dir = env.dir.path().join("out.html");
    env.ok(&[
        &[
            "export",
            "summary",
            "--format",
            "html",
            "-o",
            dir.to_str().unwrap(),
        ][..],
        &range,
    ]
    .concat());
    let html = std::fs::read_to_string(&dir).unwrap();
    assert!(html.contains(said), "the same sentence in HTML");
    assert!(
        !md.contains("Sam") && !html.contains("Sam"),
        "no person's name"
    );
    assert_eq!(
        env.ok(&[&["export", "summary", "--format", "attendance"][..], &range].concat()),
        "date,meeting,format,verified_by\r\n2026-11-17,Tuesday group,in-person,J. Chair\r\n2026-11-20,Zoom SMART,online,\r\n"
    );
    let none = Env::new();
    none.ok(&["checkin", "--mood", "6"]);
    assert!(
        !none
            .ok(&["export", "summary", "--format", "md"])
            .contains("Connection:"),
        "nothing for someone who keeps no log"
    );
}

#[test]
fn ninety_in_ninety_is_off_until_the_person_sets_a_first_day() {
    let env = with_people_and_a_meeting();
    env.ok(&[
        "connect",
        "meeting",
        "Tuesday group",
        "--at",
        "2026-11-17 19:30",
    ]);
    env.ok(&[
        "connect",
        "meeting",
        "Tuesday group",
        "--at",
        "2026-11-20 19:30",
    ]);
    let md = env.ok(&["export", "summary", "--format", "md"]);
    assert!(!md.contains("90 meetings in 90 days"), "off by default");
    std::fs::write(env.config(), "[show]\nninety_in_ninety = \"2026-11-15\"\n").unwrap();
    let md = env
        .ok(&["export", "summary", "--format", "md"])
        .replace('\\', "");
    assert!(
        md.contains(
            "90 meetings in 90 days, from 15 November 2026: 2 meetings in the first 9 days."
        ),
        "{md}"
    );
    assert!(
        env.ok(&["config", "show"])
            .contains("ninety_in_ninety = \"2026-11-15\"")
    );
}

#[test]
fn a_plan_item_can_name_a_person_who_then_is_listed_once() {
    let env = with_people_and_a_meeting();
    env.ok(&[
        "plan",
        "add",
        "supports",
        "Sam, my sponsor",
        "--person",
        "Sam",
    ]);
    env.refused(
        &["plan", "add", "reasons", "My kids", "--person", "Sam"],
        2,
        "only people to call and contacts",
    );
    let plan = env.json(&["plan", "show", "supports"]);
    assert_eq!(plan[0]["person_id"].as_i64(), Some(1));
    env.ok(&["plan", "edit", "1", "--person", ""]);
    assert!(env.json(&["plan", "show", "supports"])[0]["person_id"].is_null());
    env.ok(&["plan", "edit", "1", "--person", "1"]);
    assert_eq!(
        env.ok(&["person", "delete", "1", "--yes"]),
        "Deleted the person \"Sam\": its plan item stays in your history, without it.\n"
    );
    assert!(env.json(&["plan", "show", "supports"])[0]["person_id"].is_null());
}

#[test]
fn every_new_command_speaks_json_when_asked() {
    let env = Env::new();
    assert_eq!(
        env.json(&["person", "add", "Sam", "--role", "sponsor"])["name"],
        "Sam"
    );
    assert_eq!(
        env.json(&["person", "edit", "1", "--every", "7"])["keep_in_touch_days"],
        7
    );
    assert_eq!(
        env.json(&["meeting", "add", "Tuesday group", "--day", "tue"])["days"],
        serde_json::json!([1])
    );
    assert_eq!(
        env.json(&["meeting", "edit", "1", "--home"])["home_group"],
        true
    );
    assert_eq!(env.json(&["connect", "call", "Sam"])["person_ids"][0], 1);
    assert_eq!(
        env.json(&["connect", "edit", "1", "--minutes", "5"])["minutes"],
        5
    );
    assert_eq!(
        env.json(&["connect", "delete", "1", "--yes"])["deleted"],
        "connection"
    );
}

/// The attendance card is CSV a spreadsheet reads as it was written: a comma in a name
/// stays in its cell, and nothing in a name or a signer's name runs as a formula, even
/// behind quotes.
#[test]
fn the_attendance_card_is_csv_that_runs_nothing() {
    let env = Env::new();
    for name in [
        "Tuesday group, Community Hall",
        "=HYPERLINK(\"http://x\",\"y\")",
    ] {
        env.ok(&["meeting", "add", name]);
        env.ok(&["connect", "meeting", name, "--verified-by", "\"=1\""]);
    }
    let card = env.ok(&["export", "summary", "--format", "attendance"]);
    let mut rows = csv::Reader::from_reader(card.as_bytes());
    let rows: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2, "{card}");
    for r in &rows {
        assert_eq!(r.len(), 4, "four columns: {card}");
        for cell in r.iter().skip(1) {
            let bare = cell.trim_start_matches(['"', ' ']);
            assert!(
                !bare.starts_with(['=', '+', '-', '@']),
                "a formula could run: {cell:?}"
            );
        }
    }
    assert!(
        rows.iter()
            .any(|r| &r[1] == "Tuesday group, Community Hall"),
        "{card}"
    );
    assert!(rows.iter().all(|r| &r[3] == "'\"=1\""), "{card}");
}

/// The examples in tend's own help work on a journal that has none of their names yet:
/// a script says `--add`, and the person and the meeting are added with the connection.
#[test]
fn a_name_tend_does_not_know_is_added_with_the_connection_when_the_script_says_add() {
    let env = Env::new();
    env.ok(&["person", "list"]);
    env.refused(
        &["connect", "call", "Robin"],
        2,
        "nobody called “Robin” yet; --add adds them as a new person and logs this",
    );
    assert!(
        env.json(&["person", "list"]).as_array().unwrap().is_empty(),
        "nothing written"
    );
    assert!(
        env.json(&["connect", "list"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        env.ok(&["connect", "call", "Robin", "--add"]),
        "Added Robin to your people (person 1).\nLogged connection 1: 2026-11-23 10:00  call · Robin\n"
    );
    assert_eq!(
        env.ok(&["connect", "call", "Sam", "--with", "robin", "--add"]),
        "Added Sam to your people (person 2).\nLogged connection 2: 2026-11-23 10:00  call · Robin · Sam\n",
        "a known name is found, a new one added"
    );
    env.refused(
        &["connect", "meeting", "Tuesday group"],
        2,
        "no meeting called “Tuesday group” yet; --add",
    );
    let out = env.ok(&["connect", "meeting", "Tuesday group", "--add", "--shared"]);
    assert!(
        out.starts_with(
            "Added Tuesday group to your meetings (meeting 1); `tend meeting edit 1 --day …`"
        ),
        "{out}"
    );
    assert_eq!(env.json(&["meeting", "list"]).as_array().unwrap().len(), 1);
}

/// A name close to a known one is refused in a script, naming the close one, unless
/// `--add` says it is someone new; nothing is written when refused.
#[test]
fn a_name_close_to_a_known_one_is_refused_naming_it_unless_add() {
    let env = Env::new();
    env.ok(&["person", "add", "Sam K."]);
    env.ok(&["meeting", "add", "Tuesday group"]);
    env.refused(
        &["connect", "call", "sam"],
        2,
        "nobody called “sam”: did you mean Sam K.? Give that name, or --add to add “sam” as a new person",
    );
    env.refused(
        &["connect", "meeting", "tuesday grop"],
        2,
        "did you mean Tuesday group?",
    );
    assert!(
        env.json(&["connect", "list"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    env.ok(&["connect", "call", "sam k."]);
    env.ok(&["connect", "call", "sam", "--add"]);
    let names: Vec<String> = env
        .json(&["person", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["sam", "Sam K."]);
}

/// `--day mon,wed,fri` (or repeated) makes one meeting on three days; every other
/// week is said; a new `--day` replaces the days.
#[test]
fn a_meeting_meets_on_several_days_as_one_record() {
    let env = Env::new();
    assert_eq!(
        env.ok(&[
            "meeting",
            "add",
            "Noon group",
            "--day",
            "mon,wed,fri",
            "--time",
            "12:00"
        ]),
        "Added meeting 1: Noon group · other · in person · Mon, Wed, Fri 12:00\n"
    );
    assert_eq!(
        env.ok(&[
            "meeting",
            "add",
            "Step study",
            "--day",
            "thu",
            "--day",
            "tue",
            "--every-other-week"
        ]),
        "Added meeting 2: Step study · other · in person · Tue, Thu, every other week\n"
    );
    let m = env.json(&["meeting", "edit", "1", "--day", "sat"]);
    assert_eq!(
        (m["days"].clone(), m["every_other_week"].clone()),
        (serde_json::json!([5]), serde_json::json!(false))
    );
    let m = env.json(&["meeting", "edit", "2", "--every-week"]);
    assert_eq!(
        (m["days"].clone(), m["every_other_week"].clone()),
        (serde_json::json!([1, 3]), serde_json::json!(false))
    );
    env.refused(&["meeting", "add", "X", "--day", "mon,funday"], 2, "funday");
    assert_eq!(env.json(&["meeting", "list"]).as_array().unwrap().len(), 2);
}

/// The summary's schedule counts each day of a meeting on several days (three a week
/// for mon,wed,fri), and a meeting every other week half.
#[test]
fn the_summary_schedule_counts_every_day_and_every_other_week_half() {
    let env = Env::new();
    for args in [
        &["meeting", "add", "Noon group", "--day", "mon,wed,fri"][..],
        &[
            "meeting",
            "add",
            "Step study",
            "--day",
            "tue",
            "--every-other-week",
        ][..],
    ] {
        // Added well before the fortnight the summary covers.
        env.tend()
            .env("TEND_NOW", "2026-10-01T10:00:00+00:00")
            .args(args)
            .assert()
            .success();
    }
    let md = env.ok(&[
        "export",
        "summary",
        "--format",
        "md",
        "--from",
        "2026-11-10",
        "--to",
        "2026-11-23",
    ]);
    // Mon, Wed, Fri: six in the fortnight; Tuesdays every other week: two, counting one.
    assert!(md.contains("of the 7 on their schedule"), "{md}");
}
