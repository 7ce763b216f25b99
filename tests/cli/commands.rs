//! The command line, end to end: every subcommand, and bad input refused cleanly.

use crate::common;

use common::Env;
use pretty_assertions::assert_eq;
use std::os::unix::fs::PermissionsExt;

#[test]
fn first_use_creates_a_private_marked_database() {
    let env = Env::new();
    let out = env.ok(&["commitment", "add", "Alcohol", "--start", "2026-10-01"]);
    assert_eq!(out, "Added commitment 1: Alcohol from 2026-10-01\n");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&env.db), 0o600);
    assert_eq!(mode(env.db.parent().unwrap()), 0o700);
    let c = rusqlite::Connection::open(&env.db).unwrap();
    let app: i32 = c
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    let ver: i32 = c
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        (app, ver),
        (tend::store::APPLICATION_ID, tend::store::SCHEMA_VERSION)
    );
}

#[test]
fn paths_follow_the_flag_and_env() {
    let env = Env::new();
    let p = env.json(&["paths"]);
    assert_eq!(p["database"], env.db.to_str().unwrap());
    assert!(
        p["backups"]
            .as_str()
            .unwrap()
            .ends_with("data/tend-backups")
    );
    let out = env.ok(&["--db", "/elsewhere/x.db", "paths"]);
    assert!(out.starts_with("database  /elsewhere/x.db\n"), "{out}");
}

#[test]
fn checkins_upsert_and_read_back() {
    let env = Env::new();
    let out = env.ok(&[
        "checkin",
        "--mood",
        "6",
        "--craving",
        "2",
        "--lonely",
        "--sleep",
        "7.5",
        "--intention",
        "Walk",
    ]);
    assert!(
        out.starts_with(
            "Checked in for 2026-11-23 (id 1): 2026-11-23  mood 6  craving 2  HALT ··L·"
        ),
        "{out}"
    );
    env.ok(&[
        "checkin",
        "--social",
        "8",
        "--no-lonely",
        "--note",
        "better",
    ]);
    let c = env.json(&["checkin", "show"]);
    assert_eq!(c["mood"], 6);
    assert_eq!(c["social"], 8);
    assert_eq!(c["lonely"], false);
    assert_eq!(c["sleep_hours"], 7.5);
    assert_eq!(c["intention"], "Walk");
    assert_eq!(c["note"], "better");
    env.ok(&["checkin", "--date", "yesterday", "--mood", "4"]);
    let list = env.json(&["checkin", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[0]["date"], "2026-11-23");
    assert_eq!(list[1]["date"], "2026-11-22");
    let text = env.ok(&["checkin", "show", "2026-11-22"]);
    assert!(text.starts_with("Check-in 2026-11-22 (id 2)"), "{text}");
}

/// One tag rule, as jrnl reads tags: `#walk` and `@Sam` in the words are tags, the
/// symbol dropped and the case kept; `--tag` takes a list; matching ignores case.
#[test]
fn journal_add_reads_tags_in_the_words_as_jrnl_does() {
    let env = Env::new();
    env.ok(&[
        "journal",
        "add",
        "A #walk with @Sam, then C# homework (#1 priority).",
        "--tag",
        "river walk, #Rest",
        "--tag",
        "WALK",
    ]);
    let e = env.json(&["journal", "show", "1"]);
    assert_eq!(
        e["tags"],
        serde_json::json!(["Rest", "river walk", "Sam", "WALK"])
    );
    let list = env.json(&["journal", "list", "--tag", "#sam"]);
    assert_eq!(
        list.as_array().unwrap().len(),
        1,
        "any case, with or without #"
    );
    // New words bring their own tags; those the old words carried go with them.
    env.ok(&["journal", "edit", "1", "Rested. #sleep"]);
    let e = env.json(&["journal", "show", "1"]);
    assert_eq!(
        e["tags"],
        serde_json::json!(["Rest", "river walk", "sleep"])
    );
}

#[test]
fn journal_add_list_search_show_edit_delete() {
    let env = Env::new();
    let out = env.ok(&[
        "journal",
        "add",
        "Walked by the river tonight.",
        "--title",
        "River",
        "--tag",
        "walk",
        "--mood",
        "7",
    ]);
    assert_eq!(out, "Saved entry 1 for 2026-11-23: River\n");
    let out = env
        .tend()
        .args([
            "journal",
            "add",
            "-",
            "--domain",
            "social",
            "--at",
            "2026-11-20 01:30",
        ])
        .write_stdin("Called Jo.\nWe talked for an hour.\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let e = env.json(&["journal", "show", "2"]);
    assert_eq!(e["body"], "Called Jo.\nWe talked for an hour.");
    assert_eq!(
        e["date"], "2026-11-19",
        "1:30 a.m. counts for the day before"
    );
    assert_eq!(e["domain"], "social");
    let list = env.json(&["journal", "list", "--tag", "walk"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["tags"][0], "walk");
    assert_eq!(env.ok(&["journal", "tags"]), "    1  #walk\n");
    assert_eq!(
        env.json(&["journal", "tags"]),
        serde_json::json!([{"tag": "walk", "entries": 1}])
    );
    let hits = env.json(&["journal", "search", "river"]);
    assert_eq!(hits[0]["id"], 1);
    assert!(hits[0]["snippet"].as_str().unwrap().contains("[river]"));
    assert!(
        env.ok(&["journal", "search", "talked"])
            .contains("    2  2026-11-19")
    );
    env.ok(&["journal", "edit", "1", "By the sea instead.", "--title", ""]);
    let e = env.json(&["journal", "show", "1"]);
    assert_eq!(e["title"], serde_json::Value::Null);
    assert_eq!(e["tags"][0], "walk");
    assert!(
        env.json(&["journal", "search", "river"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    env.refused(&["journal", "delete", "1"], 2, "--yes");
    assert_eq!(
        env.ok(&["journal", "delete", "1", "--yes"]),
        "Deleted entry 1: By the sea instead.\n"
    );
    assert_eq!(env.json(&["journal", "list"]).as_array().unwrap().len(), 1);
}

#[test]
fn goals_habits_and_milestones() {
    let env = Env::new();
    assert_eq!(
        env.ok(&[
            "goal",
            "add",
            "Walk daily",
            "--domain",
            "physical",
            "--per-week",
            "5",
            "--why",
            "clear head"
        ]),
        "Added goal 1: Walk daily (habit)\n"
    );
    env.ok(&[
        "goal", "add", "Licence", "--domain", "mental", "--step", "Book", "--step", "Pass",
    ]);
    env.ok(&["goal", "log", "1"]);
    env.ok(&["goal", "log", "1", "--date", "yesterday", "--note", "rainy"]);
    env.ok(&["goal", "log", "2", "--step", "1"]);
    let goals = env.json(&["goal", "list"]);
    // 2026-11-23 is a Monday: yesterday's walk counts for last week.
    assert_eq!(
        goals[0]["progress"],
        serde_json::json!({"done": 1, "target": 5})
    );
    assert_eq!(
        goals[1]["progress"],
        serde_json::json!({"done": 1, "target": 2})
    );
    assert_eq!(goals[1]["steps"][0]["done_on"], "2026-11-23");
    assert_eq!(
        env.ok(&["goal", "status", "1", "let-go"]),
        "Goal 1 is now let go: Walk daily\n"
    );
    assert_eq!(
        env.json(&["goal", "list", "--status", "active"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert!(env.ok(&["goal", "show", "1"]).contains("why: clear head"));
    env.refused(&["goal", "log", "1", "--step", "1"], 2, "step");
    env.refused(&["goal", "log", "2", "--step", "9"], 2, "steps 1 to 2");
}

#[test]
fn triggers_coping_and_encounters() {
    let env = Env::new();
    assert_eq!(
        env.ok(&["coping", "add", "Urge surfing", "--domain", "mental"]),
        "Added coping strategy 1: Urge surfing\n"
    );
    env.ok(&["coping", "add", "Call Sam"]);
    env.ok(&[
        "trigger",
        "add",
        "Payday",
        "--category",
        "times",
        "--coping",
        "1",
    ]);
    env.ok(&[
        "trigger",
        "add",
        "Loneliness",
        "--category",
        "feelings",
        "--internal",
    ]);
    env.ok(&["trigger", "link", "2", "2"]);
    let out = env.ok(&[
        "trigger", "log", "1", "--before", "8", "--after", "3", "--coping", "1",
    ]);
    assert_eq!(
        out,
        "Logged encounter 1 on 2026-11-23: urge 8 → 3, passed\n"
    );
    env.ok(&[
        "trigger",
        "log",
        "--before",
        "5",
        "--outcome",
        "setback",
        "--at",
        "2026-11-22T21:00:00+01:00",
    ]);
    let t = env.json(&["trigger", "list"]);
    assert_eq!(t[0]["name"], "Loneliness");
    assert_eq!(t[0]["origin"], "internal");
    assert_eq!(t[0]["coping_ids"], serde_json::json!([2]));
    assert_eq!(t[1]["encounters"], 1);
    let c = env.json(&["coping", "list"]);
    assert_eq!(c[1]["name"], "Urge surfing");
    assert_eq!(c[1]["uses"], 1);
    assert_eq!(c[1]["mean_urge_drop"], 5.0);
    assert!(
        env.ok(&["trigger", "show", "1"])
            .contains("coping: Urge surfing (id 1)")
    );
    env.refused(&["trigger", "log", "1", "--before", "11"], 2, "--before");
    env.refused(
        &["trigger", "add", "X", "--category", "weather"],
        2,
        "people, places, things, feelings, times",
    );
    env.refused(
        &[
            "trigger",
            "add",
            "X",
            "--category",
            "times",
            "--coping",
            "9",
        ],
        2,
        "no coping strategy with id 9",
    );
}

#[test]
fn plan_sections_in_order() {
    let env = Env::new();
    env.ok(&["plan", "add", "reasons", "My kids"]);
    env.ok(&["plan", "add", "coping-steps", "Walk"]);
    env.ok(&[
        "plan",
        "add",
        "coping-steps",
        "Call Sam",
        "--detail",
        "07700 900123",
    ]);
    env.ok(&[
        "plan",
        "add",
        "warning-signs",
        "Skipping meetings",
        "--stage",
        "early",
    ]);
    // A coping step is a toolbox strategy chosen for the plan, taken by its id after a c.
    assert_eq!(
        env.ok(&["plan", "move", "c2", "--to", "1"]),
        "Moved plan item c2 to place 1 in Coping steps\n"
    );
    let steps = env.json(&["plan", "show", "coping-steps"]);
    assert_eq!(steps[0]["text"], "Call Sam");
    assert_eq!(steps[0]["detail"], "07700 900123");
    env.ok(&["plan", "edit", "c1", "--text", "Walk round the block"]);
    assert!(env.ok(&["coping", "list"]).contains("Walk round the block"));
    env.refused(&["plan", "remove", "1"], 2, "add --yes");
    env.ok(&["plan", "remove", "1", "--yes"]);
    let out = env.ok(&["plan", "remove", "c2"]);
    assert!(out.contains("still in your coping toolbox"), "{out}");
    assert!(env.ok(&["coping", "list"]).contains("Call Sam"));
    let all = env.ok(&["plan", "show"]);
    assert!(
        all.contains("My reasons for recovery (reasons)\n       nothing yet"),
        "{all}"
    );
    assert!(all.contains("   c1  1. Walk round the block\n"), "{all}");
    assert!(!all.contains("Call Sam"), "{all}");
    assert!(all.contains("    2  1. [early] Skipping meetings"), "{all}");
    env.refused(&["plan", "move", "x2", "--to", "1"], 2, "`tend plan show`");
    env.refused(&["plan", "add", "wishes", "x"], 2, "safe-space");
    env.refused(
        &["plan", "add", "reasons", "  "],
        2,
        "text: must not be empty",
    );
    env.refused(&["plan", "remove", "99"], 2, "no plan item with id 99");
}

#[test]
fn setbacks_are_growth_entries() {
    let env = Env::new();
    env.ok(&["commitment", "add", "Alcohol", "--start", "2026-10-01"]);
    let out = env.ok(&[
        "growth",
        "add",
        "--kind",
        "slip",
        "--date",
        "2026-11-01",
        "--learned",
        "Eat first",
    ]);
    assert_eq!(
        out,
        "Recorded growth entry 1 (slip, 2026-11-01). Your days in recovery still count.\n"
    );
    let s = env.json(&["setback", "show", "1"]);
    assert_eq!(s["commitment_id"], 1, "the only commitment is chosen");
    assert_eq!(s["learned"], "Eat first");
    env.ok(&["commitment", "add", "Gambling", "--start", "2026-11-01"]);
    env.refused(&["growth", "add", "--kind", "lapse"], 2, "--commitment ID");
    env.ok(&["growth", "add", "--kind", "hard-day"]);
    assert_eq!(env.json(&["setback", "list"]).as_array().unwrap().len(), 2);
    env.ok(&["commitment", "edit", "2", "--name", "Betting"]);
    assert_eq!(env.json(&["commitment", "list"])[1]["name"], "Betting");
    let text = env.ok(&["setback", "list"]).to_lowercase();
    for word in ["failure", "reset", "clean", "dirty", "addict"] {
        assert!(!text.contains(word), "unkind word {word:?} in {text}");
    }
}

#[test]
fn profile_sets_the_day_start() {
    let env = Env::new();
    env.ok(&["profile", "set", "--name", "Alex", "--day-start", "0"]);
    let p = env.json(&["profile", "show"]);
    assert_eq!(
        p,
        serde_json::json!({"display_name": "Alex", "recovery_start": null, "day_start_hour": 0})
    );
    env.ok(&["journal", "add", "late", "--at", "2026-11-20 01:30"]);
    assert_eq!(env.json(&["journal", "show", "1"])["date"], "2026-11-20");
    env.refused(&["profile", "set", "--day-start", "24"], 2, "0 to 23");
}

#[test]
fn bad_input_is_one_line_exit_2_and_writes_nothing() {
    let env = Env::new();
    env.ok(&["checkin", "--mood", "5"]);
    env.ok(&["journal", "add", "hello"]);
    let cases: &[(&[&str], &str)] = &[
        (&["checkin", "--mood", "11"], "from 1 to 10"),
        (&["checkin", "--mood", "0"], "--mood"),
        (&["checkin", "--craving", "-1"], "craving"),
        (&["checkin", "--physical", "x"], "from 1 to 10"),
        (&["checkin", "--sleep", "30"], "0 to 24"),
        (
            &["checkin", "--date", "2026-02-30", "--mood", "5"],
            "YYYY-MM-DD",
        ),
        (&["checkin"], "nothing to record"),
        (
            &["checkin", "show", "2020-01-01"],
            "no check-in for 2020-01-01",
        ),
        (&["journal", "add", "   "], "text: the entry is empty"),
        (
            &["journal", "add", "x", "--domain", "money"],
            "physical, mental",
        ),
        (&["journal", "add", "x", "--at", "soon"], "YYYY-MM-DD HH:MM"),
        (
            &["journal", "add", "x", "--tag", "#"],
            "tag: must not be empty",
        ),
        (&["journal", "show", "42"], "no entry with id 42"),
        (&["journal", "show", "abc"], "an id is a whole number"),
        (&["journal", "edit", "42", "x"], "no entry with id 42"),
        (&["journal", "search", "!!"], "query"),
        (
            &["goal", "add", "", "--domain", "social", "--per-week", "3"],
            "title: must not be empty",
        ),
        (
            &["goal", "add", "x", "--domain", "social", "--per-week", "8"],
            "1 to 7",
        ),
        (
            &["goal", "status", "1", "done"],
            "active, paused, achieved, let-go",
        ),
        (&["goal", "log", "5"], "no goal with id 5"),
        (&["commitment", "add", " "], "name: must not be empty"),
        (
            &["commitment", "edit", "3", "--name", "x"],
            "no commitment with id 3",
        ),
        (
            &["growth", "add", "--kind", "oops"],
            "slip, lapse, relapse, hard-day",
        ),
        (
            &["growth", "add", "--kind", "slip", "--commitment", "7"],
            "no commitment with id 7",
        ),
        (&["growth", "show", "3"], "no growth entry with id 3"),
        (&["stats", "--commitment", "4"], "no commitment with id 4"),
        (
            &["plan", "add", "reasons", "x", "--stage", "early"],
            "stage",
        ),
    ];
    for (args, needle) in cases {
        env.refused(args, 2, needle);
    }
}

#[test]
fn refused_files_get_one_line_and_stay_identical() {
    let env = Env::new();
    std::fs::create_dir_all(env.db.parent().unwrap()).unwrap();
    std::fs::write(&env.db, "just some text, not a database\n").unwrap();
    env.refused(&["checkin", "list"], 1, "not an SQLite file");
    env.refused(&["checkin", "--mood", "5"], 1, "not an SQLite file");
    std::fs::remove_file(&env.db).unwrap();
    let c = rusqlite::Connection::open(&env.db).unwrap();
    c.execute_batch("CREATE TABLE t (x); PRAGMA application_id = 42;")
        .unwrap();
    drop(c);
    env.refused(&["stats"], 1, "belongs to another program");
}

#[test]
fn demo_is_deterministic_and_refuses_a_used_database() {
    let a = Env::new();
    let b = Env::new();
    let out = a.ok(&["demo", "--years", "1", "--seed", "3", "--entries", "40"]);
    assert!(out.contains("40 journal entries"), "{out}");
    b.ok(&["demo", "--years", "1", "--seed", "3", "--entries", "40"]);
    for args in [
        &["checkin", "list", "--all"][..],
        &["journal", "list", "--limit", "100"],
        &["growth", "list"],
        &["plan", "show"],
        &["use", "list", "--limit", "500"],
        &["commitment", "list"],
        &["med", "list"],
        &["med", "dose", "list", "--from", "2025-01-01"],
    ] {
        let strip = |v: serde_json::Value| v.to_string();
        assert_eq!(
            strip(a.json(args)),
            strip(b.json(args)),
            "{args:?} differs between two runs of one seed"
        );
    }
    let c = Env::new();
    c.ok(&["demo", "--years", "1", "--seed", "4", "--entries", "40"]);
    assert_ne!(a.json(&["checkin", "list"]), c.json(&["checkin", "list"]));
    a.refused(&["demo"], 1, "already holds records");
    // Alcohol, the mental-health plan, and a cut-down commitment with its use log.
    assert_eq!(a.json(&["commitment", "list"]).as_array().unwrap().len(), 3);
    assert!(a.json(&["use", "list"]).as_array().unwrap().len() > 10);
    assert_eq!(a.json(&["goal", "list"]).as_array().unwrap().len(), 6);
    // One medication for addiction treatment, a dose change kept as history, most
    // doses taken, a refill due on Today.
    let meds = a.json(&["med", "list"]);
    let m = &meds[0];
    assert_eq!(meds.as_array().unwrap().len(), 1);
    assert_eq!(
        (m["addiction"].as_bool(), m["refill_in"].as_i64()),
        (Some(true), Some(2))
    );
    assert_eq!(m["schedules"].as_array().unwrap().len(), 2);
    let quarter = &m["adherence"][2];
    let (taken, due) = (
        quarter["taken"].as_i64().unwrap(),
        quarter["scheduled"].as_i64().unwrap(),
    );
    assert!(taken * 100 >= due * 80 && taken < due, "{quarter}");
}

/// The help text of `tend ARGS... --help`.
fn help(env: &Env, args: &[&str]) -> String {
    let mut a = args.to_vec();
    a.push("--help");
    env.ok(&a)
}

#[test]
fn help_shows_each_flag_only_where_it_applies() {
    let env = Env::new();
    for args in [
        &["export", "summary"][..],
        &["decrypt"],
        &["journal", "list"],
        &["checkin"],
    ] {
        let text = help(&env, args);
        assert!(
            !text.contains("--new-passphrase-fd"),
            "tend {args:?} --help offers --new-passphrase-fd: {text}"
        );
    }
    for args in [&["encrypt"][..], &["passphrase"]] {
        let text = help(&env, args);
        assert!(
            text.contains("--new-passphrase-fd"),
            "tend {args:?} --help lacks --new-passphrase-fd: {text}"
        );
        assert!(
            text.contains("--passphrase-fd"),
            "the current passphrase flag stays global: {text}"
        );
    }
    env.refused(
        &["export", "summary", "--new-passphrase-fd", "3"],
        2,
        "--new-passphrase-fd",
    );
}

#[test]
fn journal_list_takes_all_and_states_its_default_once() {
    let env = Env::new();
    let text = help(&env, &["journal", "list"]);
    assert_eq!(text.matches("[default: 20]").count(), 1, "{text}");
    assert!(text.contains("--all"), "{text}");
    env.ok(&["demo", "--entries", "25"]);
    assert_eq!(env.json(&["journal", "list"]).as_array().unwrap().len(), 20);
    assert_eq!(
        env.json(&["journal", "list", "--limit", "3"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        env.json(&["journal", "list", "--all"])
            .as_array()
            .unwrap()
            .len(),
        25
    );
    env.refused(
        &["journal", "list", "--all", "--limit", "3"],
        2,
        "cannot be used with",
    );
}

#[test]
fn growth_and_self_check_keep_their_old_names() {
    let env = Env::new();
    // Joined into one line: the help wraps to its width.
    let top = help(&env, &[])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        top.contains("growth Setbacks") && top.contains("[alias: setback]"),
        "{top}"
    );
    assert!(top.contains("self-check"), "{top}");
    env.ok(&["setback", "add", "--kind", "hard-day"]);
    env.ok(&["assess", "add", "who-5", "--answers", "3,3,3,2,2"]);
    assert_eq!(env.json(&["growth", "list"]).as_array().unwrap().len(), 1);
    assert_eq!(
        env.json(&["self-check", "list"]).as_array().unwrap().len(),
        1
    );
    assert_eq!(
        env.ok(&["setback", "list"]),
        env.ok(&["growth", "list"]),
        "one command under two names"
    );
}

/// Dates that haven't happened, or before 1900 (signed and zero years among them), are
/// refused with one line naming the field, and nothing is written.
#[test]
fn impossible_dates_are_refused_and_nothing_is_written() {
    let env = Env::new();
    env.ok(&["checkin", "--mood", "6"]);
    let before = common::snapshot(&env.db);
    for (args, needle) in [
        (
            &["checkin", "--date", "2026-11-24", "--mood", "5"][..],
            "date: 2026-11-24 is after today (2026-11-23)",
        ),
        (
            &["checkin", "--date", "0000-01-01", "--mood", "5"],
            "before 1900",
        ),
        (
            &["checkin", "--date", "+12345-01-01", "--mood", "5"],
            "date",
        ),
        (&["checkin", "--date=-0001-01-01", "--mood", "5"], "date"),
        (
            &["journal", "add", "x", "--at", "2027-01-01 10:00"],
            "is after today",
        ),
        (
            &["commitment", "add", "Alcohol", "--start", "2026-12-01"],
            "start: 2026-12-01 is after today",
        ),
        (
            &["growth", "add", "--kind", "slip", "--date", "1899-12-31"],
            "before 1900",
        ),
    ] {
        let out = env.tend().args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "tend {args:?} was accepted");
        assert!(err.contains(needle), "tend {args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    }
    assert_eq!(common::snapshot(&env.db), before, "nothing was written");
}

/// Text over the limits is refused with its size and the limit, and nothing is written.
#[test]
fn oversized_text_is_refused_with_its_size_and_the_limit() {
    let env = Env::new();
    env.ok(&["checkin", "--mood", "6"]);
    let before = common::snapshot(&env.db);
    let big = "words ".repeat(220_000); // 1.3 MB
    let out = env
        .tend()
        .args(["journal", "add", "-"])
        .write_stdin(big.clone())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("text: is 1.3 MB; the limit is 1 MB"), "{err}");
    let long_name = "n".repeat(501);
    let out = env
        .tend()
        .args(["commitment", "add", &long_name])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("is 501 characters; the limit is 500"), "{err}");
    let out = env
        .tend()
        .args(["checkin", "--sleep", "NaN"])
        .output()
        .unwrap();
    assert!(!out.status.success(), "NaN hours are refused");
    assert_eq!(common::snapshot(&env.db), before, "nothing was written");
}

/// A summary range ending after today or longer than 20 years is refused, and so is an
/// absurd demo.
#[test]
fn absurd_ranges_and_sizes_are_refused() {
    let env = Env::new();
    env.ok(&["checkin", "--mood", "6"]);
    for (args, needle) in [
        (
            &["export", "summary", "--to", "2026-12-01"][..],
            "to: 2026-12-01 is after today",
        ),
        (
            &[
                "export",
                "summary",
                "--from",
                "1990-01-01",
                "--to",
                "2026-11-23",
            ],
            "more than 20 years",
        ),
    ] {
        let out = env.tend().args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !out.status.success() && err.contains(needle),
            "tend {args:?}: {err}"
        );
    }
    let fresh = Env::new();
    let out = fresh
        .tend()
        .args(["demo", "--entries", "99999999999"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("from 0 to 1000000"),
        "{err}"
    );
    assert!(!fresh.db.exists(), "nothing was made");
}
