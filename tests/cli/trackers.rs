//! `tend tracker` and `tend checkin --track`: the issue's own scenario (a self-harm
//! urge rated 0 to 5 as a safety tracker, answered 5: the check-in is saved and the
//! crisis plan printed, on stderr under `--json`), presets, the answers read back,
//! archiving and deleting, and refusals that name the tracker and write nothing.

use crate::common;

use common::Env;
use pretty_assertions::assert_eq;

#[test]
fn a_self_harm_urge_at_the_top_of_its_scale_saves_the_checkin_and_prints_the_crisis_plan() {
    let env = Env::new();
    env.ok(&[
        "plan",
        "add",
        "contacts",
        "Crisis line",
        "--detail",
        "call 988",
    ]);
    env.ok(&[
        "tracker",
        "add",
        "Self-harm urge",
        "--kind",
        "rating",
        "--scale",
        "0-5",
        "--safety",
    ]);
    let calm = env.ok(&[
        "checkin",
        "--date",
        "yesterday",
        "--track",
        "Self-harm urge=4",
    ]);
    assert!(!calm.contains("Crisis lines:"), "{calm}");
    let out = env.ok(&["checkin", "--mood", "4", "--track", "Self-harm urge=5"]);
    assert!(out.contains("Checked in for 2026-11-23"), "{out}");
    assert!(out.contains("  Self-harm urge: 5"), "{out}");
    assert!(out.contains("You don't have to carry this alone"), "{out}");
    assert!(out.contains("Crisis line (call 988)"), "{out}");
    assert!(
        out.contains("Crisis lines:\n  • US and Canada: call or text 988"),
        "{out}"
    );
    let shown = env.json(&["tracker", "show", "self-harm urge"]);
    let values: Vec<f64> = shown["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["value"].as_f64().unwrap())
        .collect();
    assert_eq!(values, [4.0, 5.0]);
    assert_eq!(shown["safety_at"], 5.0);
    assert_eq!(env.json(&["checkin", "show"])["mood"], 4);

    // Under --json, stdout holds the JSON and the crisis plan still reaches the person.
    let out = env
        .tend()
        .args(["--json", "checkin", "--date", "2026-11-20"])
        .args(["--track", "Self-harm urge=5"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let saved: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(saved["tracked"][0]["safety"], true);
    assert_eq!(saved["tracked"][0]["date"], "2026-11-20");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("US and Canada: call or text 988"), "{err}");
}

#[test]
fn presets_answers_and_acted_on_read_back_in_the_persons_order() {
    let env = Env::new();
    env.ok(&["tracker", "add", "--preset", "urge-to-use"]);
    env.ok(&["tracker", "add", "--preset", "exercise"]);
    env.ok(&["tracker", "add", "Woke", "--kind", "time"]);
    env.ok(&["tracker", "edit", "woke", "--position", "1"]);
    let list = env.json(&["tracker", "list"]);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Woke", "Urge to use", "Exercise"]);
    assert_eq!(list[1]["preset"], "urge-to-use");
    assert_eq!(list[1]["acted_on"], true);
    assert_eq!(list[2]["unit"], "minutes");
    env.ok(&[
        "checkin",
        "--track",
        "Urge to use=3",
        "--acted-on",
        "Urge to use=no",
        "--track",
        "Exercise=45 minutes",
        "--track",
        "Woke=6:50",
    ]);
    let show = env.ok(&["tracker", "show", "Urge to use"]);
    assert!(show.contains("2026-11-23  3 (not acted on)"), "{show}");
    // An empty value clears the day's answer.
    env.ok(&["checkin", "edit", "today", "--track", "Exercise="]);
    let day = env.json(&["tracker", "show", "exercise"]);
    assert_eq!(day["values"], serde_json::json!([]));
    let woke = env.json(&["tracker", "show", "woke"]);
    assert_eq!(woke["values"][0]["value"], 410.0);
}

#[test]
fn refusals_name_the_tracker_and_what_it_takes_and_write_nothing() {
    let env = Env::new();
    env.ok(&["tracker", "add", "--preset", "self-harm-urge"]);
    env.ok(&["tracker", "add", "Walk", "--kind", "yes-no"]);
    env.refused(
        &["checkin", "--track", "Urge to self-harm=6", "--mood", "5"],
        2,
        "Urge to self-harm: '6' is not an answer here; it takes a whole number from 0 to 5",
    );
    env.refused(
        &["checkin", "--track", "Walk=maybe"],
        2,
        "Walk: 'maybe' is not an answer here; it takes yes or no",
    );
    env.refused(
        &["checkin", "--track", "Run=yes"],
        2,
        "no tracker called \"Run\"",
    );
    env.refused(&["checkin", "--track", "Walk"], 2, "NAME=VALUE");
    env.refused(
        &["checkin", "--track", "Walk=yes", "--acted-on", "Walk=yes"],
        2,
        "doesn't ask whether you acted on it",
    );
    env.refused(
        &["tracker", "add", "walk", "--kind", "yes-no"],
        2,
        "already have a tracker called walk",
    );
    env.refused(
        &[
            "tracker", "add", "Calm", "--kind", "rating", "--scale", "5-2",
        ],
        2,
        "scale:",
    );
    env.refused(&["tracker", "add", "Calm"], 2, "--kind");
    env.refused(
        &["tracker", "add", "", "--kind", "yes-no"],
        2,
        "name: must not be empty",
    );
    env.refused(
        &["tracker", "add", "Km", "--kind", "number", "--safety"],
        2,
        "threshold:",
    );
    env.refused(
        &["checkin", "--date", "2026-11-24", "--track", "Walk=yes"],
        2,
        "2026-11-24 is after today",
    );
}

#[test]
fn an_archived_tracker_keeps_its_answers_and_a_deleted_one_takes_them() {
    let env = Env::new();
    env.ok(&["tracker", "add", "Walk", "--kind", "yes-no", "--shared"]);
    env.ok(&["checkin", "--date", "yesterday", "--track", "Walk=yes"]);
    env.ok(&["tracker", "archive", "walk"]);
    assert_eq!(env.json(&["tracker", "list"]), serde_json::json!([]));
    let all = env.json(&["tracker", "list", "--all"]);
    assert_eq!(all[0]["archived_on"], "2026-11-23");
    env.refused(&["checkin", "--track", "Walk=no"], 2, "Walk is archived");
    assert_eq!(
        env.json(&["tracker", "show", "walk"])["values"][0]["value"],
        1.0
    );
    env.ok(&["tracker", "unarchive", "walk"]);
    env.ok(&["checkin", "--track", "Walk=no"]);
    let gone = env.json(&["tracker", "delete", "walk", "--yes"]);
    assert_eq!(gone["deleted"], "tracker");
    assert!(
        gone["also"][0].as_str().unwrap().contains("2 answers"),
        "{gone}"
    );
    assert_eq!(
        env.json(&["tracker", "list", "--all"]),
        serde_json::json!([])
    );
}
