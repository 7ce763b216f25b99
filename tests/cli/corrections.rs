//! Every record a person makes can be changed and deleted from the command line; a
//! deletion asks first (or takes --yes) and says what went with it.

use crate::common;

use common::Env;
use pretty_assertions::assert_eq;

/// A small history touching every kind of record.
fn history() -> Env {
    let env = Env::new();
    for args in [
        &["commitment", "add", "Alcohol", "--start", "2026-01-01"][..],
        &["coping", "add", "Call Sam"],
        &[
            "trigger",
            "add",
            "Payday",
            "--category",
            "times",
            "--coping",
            "1",
        ],
        &[
            "trigger", "log", "1", "--before", "7", "--after", "2", "--coping", "1",
        ],
        &["trigger", "log", "1", "--before", "5"],
        &[
            "growth",
            "add",
            "--kind",
            "slip",
            "--date",
            "2026-11-01",
            "--trigger",
            "1",
        ],
        &["checkin", "--date", "2026-11-20", "--mood", "6"],
        &[
            "goal",
            "add",
            "Walk",
            "--domain",
            "physical",
            "--per-week",
            "3",
        ],
        &["goal", "log", "1", "--date", "2026-11-20"],
        &["self-check", "add", "who5", "--answers", "3,3,3,3,3"],
        &["plan", "add", "reasons", "My kids"],
        &["journal", "add", "A quiet day"],
    ] {
        env.ok(args);
    }
    env
}

#[test]
fn a_deletion_without_yes_and_without_a_terminal_is_refused_and_changes_nothing() {
    let env = history();
    for args in [
        &["trigger", "delete", "1"][..],
        &["coping", "delete", "1"],
        &["trigger", "log-delete", "1"],
        &["growth", "delete", "1"],
        &["commitment", "delete", "1"],
        &["checkin", "delete", "2026-11-20"],
        &["goal", "delete", "1"],
        &["goal", "log-delete", "1"],
        &["self-check", "delete", "1"],
        &["journal", "delete", "1"],
    ] {
        env.refused(args, 2, "add --yes to delete without asking");
    }
}

#[test]
fn deleting_says_what_goes_with_a_record_and_what_stays() {
    let env = history();
    assert_eq!(
        env.ok(&["trigger", "delete", "1", "--yes"]),
        "Deleted the trigger \"Payday\": its coping link goes with it; its growth-entry link \
         goes with it; its 2 encounters stay in your history, without it.\n"
    );
    env.refused(
        &["trigger", "show", "1"],
        2,
        "there is no trigger with id 1",
    );
    let kept = env.ok(&["trigger", "log-edit", "1", "--note", "still here"]);
    assert!(kept.starts_with("Changed encounter 1"), "{kept}");
    assert_eq!(
        env.ok(&["commitment", "delete", "1", "--yes"]),
        "Deleted the commitment \"Alcohol\": its growth entry stays in your history, without it.\n"
    );
    assert_eq!(env.json(&["growth", "list"]).as_array().unwrap().len(), 1);
    for (args, said) in [
        (
            &["coping", "delete", "1", "--yes"][..],
            "Deleted the coping strategy \"Call Sam\": its encounter stays",
        ),
        (
            &["trigger", "log-delete", "2", "--yes"],
            "Deleted the encounter of 2026-11-23 at 10:00.",
        ),
        (
            &["growth", "delete", "1", "--yes"],
            "Deleted the growth entry of 2026-11-01 (slip).",
        ),
        (
            &["checkin", "delete", "2026-11-20", "--yes"],
            "Deleted the check-in of 2026-11-20.",
        ),
        (
            &["goal", "log-delete", "1", "--yes"],
            "Deleted the progress mark of 2026-11-20.",
        ),
        (
            &["goal", "delete", "1", "--yes"],
            "Deleted the goal \"Walk\".",
        ),
        (
            &["self-check", "delete", "1", "--yes"],
            "Deleted the self-check result WHO-5 of 2026-11-23.",
        ),
        (
            &["plan", "delete", "1", "--yes"],
            "Deleted the plan item \"My kids\".",
        ),
    ] {
        let out = env.ok(args);
        assert!(out.starts_with(said), "{args:?}: {out}");
    }
    env.refused(
        &["goal", "delete", "1", "--yes"],
        2,
        "there is no goal with id 1",
    );
}

#[test]
fn every_kind_of_record_can_be_edited_keeping_what_was_not_given() {
    let env = history();
    env.ok(&["trigger", "edit", "1", "--name", "Friday pay", "--internal"]);
    let t = env.json(&["trigger", "show", "1"]);
    assert_eq!(
        (
            t["name"].as_str(),
            t["origin"].as_str(),
            t["category"].as_str()
        ),
        (Some("Friday pay"), Some("internal"), Some("times"))
    );

    env.ok(&[
        "trigger",
        "log-edit",
        "1",
        "--after",
        "1",
        "--note",
        "walked it off",
    ]);
    env.ok(&[
        "coping",
        "edit",
        "1",
        "--description",
        "his number is in the plan",
    ]);
    let c = &env.json(&["coping", "list"])[0];
    assert_eq!(
        (c["name"].as_str(), c["description"].as_str()),
        (Some("Call Sam"), Some("his number is in the plan"))
    );

    env.ok(&["checkin", "edit", "2026-11-20", "--craving", "3"]);
    let day = env.json(&["checkin", "show", "2026-11-20"]);
    assert_eq!(
        (day["mood"].as_i64(), day["craving"].as_i64()),
        (Some(6), Some(3))
    );
    env.refused(
        &["checkin", "edit", "2026-11-19", "--mood", "3"],
        2,
        "there is no check-in for 2026-11-19",
    );

    env.ok(&["goal", "edit", "1", "--per-week", "5"]);
    assert_eq!(
        env.json(&["goal", "show", "1"])["per_week"].as_i64(),
        Some(5)
    );
    env.ok(&[
        "goal",
        "log-edit",
        "1",
        "--date",
        "2026-11-21",
        "--note",
        "a long one",
    ]);
    assert!(
        env.ok(&["goal", "show", "1"])
            .contains("mark 1     2026-11-21  a long one")
    );
    env.refused(
        &["goal", "log-edit", "1", "--date", "2026-11-24"],
        2,
        "date",
    );
}

#[test]
fn editing_a_growth_entry_moves_the_runs_and_the_bounce_back() {
    let env = history();
    let run = |env: &Env| env.json(&["stats"])["commitments"][0]["current_run"].as_i64();
    assert_eq!(run(&env), Some(22));
    let out = env.ok(&[
        "growth",
        "edit",
        "1",
        "--date",
        "2026-11-20",
        "--learned",
        "leave early",
    ]);
    assert_eq!(out, "Changed growth entry 1 (slip, 2026-11-20).\n");
    assert_eq!(run(&env), Some(3));
    let g = env.json(&["growth", "show", "1"]);
    assert_eq!(
        (g["learned"].as_str(), g["trigger_ids"][0].as_i64()),
        (Some("leave early"), Some(1)),
        "untouched fields stay"
    );
    env.refused(&["growth", "edit", "1", "--date", "2026-12-01"], 2, "date");
}

#[test]
fn the_limits_are_in_help_where_records_are_added() {
    let env = Env::new();
    for thing in [
        "journal",
        "goal",
        "trigger",
        "commitment",
        "plan",
        "coping",
        "growth",
    ] {
        let help = env.ok(&[thing, "add", "--help"]);
        assert!(
            help.contains("up to 1 MB") && help.contains("500 characters"),
            "{thing}: {help}"
        );
    }
    assert!(
        env.ok(&["--help"])
            .contains("summaries span at most 20 years")
    );
}

#[test]
fn people_are_added_listed_emergency_first_corrected_and_deleted() {
    let env = Env::new();
    env.ok(&[
        "person",
        "add",
        "Sam",
        "--role",
        "sponsor",
        "--phone",
        "07700 900123",
        "--every",
        "7",
    ]);
    env.ok(&["person", "add", "Zoe", "--role", "family", "--emergency"]);
    env.ok(&["person", "add", "Ann", "--role", "peer,friend"]);
    let names: Vec<String> = env
        .json(&["person", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        ["Zoe", "Sam", "Ann"],
        "emergency contacts, then sponsors"
    );
    env.refused(&["person", "add", "Bob", "--phone", "call me"], 2, "phone");
    env.refused(
        &["person", "add", "Bob", "--role", "boss"],
        2,
        "use one of sponsor",
    );
    env.refused(&["person", "add", "Bob", "--every", "400"], 2, "every");
    env.ok(&["person", "edit", "1", "--every", "0", "--note", "Tuesdays"]);
    let sam = env.json(&["person", "show", "1"]);
    assert_eq!(
        (
            sam["keep_in_touch_days"].is_null(),
            sam["note"].as_str(),
            sam["phone"].as_str()
        ),
        (true, Some("Tuesdays"), Some("07700 900123"))
    );
    env.refused(&["person", "delete", "1"], 2, "add --yes");
    assert_eq!(
        env.ok(&["person", "delete", "1", "--yes"]),
        "Deleted the person \"Sam\".\n"
    );
}
