//! `--json` everywhere: every command of the clap tree, run with it, either prints
//! valid JSON on stdout (lists, records, figures; a write prints the record as it was
//! saved, a delete what it deleted) or refuses it with one line and exit 2 before
//! doing anything. None ignores it.

use crate::common;

use common::Env;
use serde_json::Value;
use std::collections::BTreeSet;

/// The journal a step runs on: the first device, or the second that joins its sync.
#[derive(Clone, Copy)]
enum On {
    A,
    B,
}

/// One step of the walk.
enum Step {
    /// `tend PATH ARGS --json`: prints JSON.
    Json(&'static str, &'static [&'static str], On),
    /// `tend PATH ARGS --json`: refused for `--json`, nothing done.
    Refused(&'static str, &'static [&'static str]),
    /// A plain command that sets up what a later step needs.
    Plain(&'static [&'static str], On),
}

use On::{A, B};
use Step::{Json, Plain, Refused};

/// Every command, in an order where each finds what it needs (ids count from 1).
const WALK: &[Step] = &[
    Json("checkin", &["--mood", "6"], A),
    Json("checkin list", &[], A),
    Json("checkin show", &[], A),
    Json("checkin edit", &["today", "--craving", "2"], A),
    Json("journal add", &["first words"], A),
    Plain(&["journal", "add", "second words"], A),
    Json("journal list", &[], A),
    Json("journal search", &["words"], A),
    Json("journal tags", &[], A),
    Json("journal show", &["1"], A),
    Json("journal edit", &["1", "--title", "Morning"], A),
    Json("journal pin", &["1"], A),
    Json("journal unpin", &["1"], A),
    Json("commitment add", &["Alcohol", "--start", "2026-01-01"], A),
    Json("commitment list", &[], A),
    Json("commitment edit", &["1", "--note", "one day at a time"], A),
    Json("use add", &["Alcohol", "2", "--at", "2026-11-20 20:00"], A),
    Json("use list", &[], A),
    Json("use show", &["1"], A),
    Json("use edit", &["1", "--what", "wine"], A),
    Json("use delete", &["1", "--yes"], A),
    Json("tracker add", &["--preset", "self-harm-urge"], A),
    Json("tracker add", &["Walk", "--kind", "yes-no", "--shared"], A),
    Json("tracker list", &["--all"], A),
    Json(
        "checkin",
        &["--track", "Walk=yes", "--track", "Urge to self-harm=1"],
        A,
    ),
    Json(
        "checkin edit",
        &[
            "today",
            "--track",
            "Urge to self-harm=2",
            "--acted-on",
            "Urge to self-harm=no",
        ],
        A,
    ),
    Json("tracker show", &["walk"], A),
    Json("tracker edit", &["walk", "--position", "1"], A),
    Json("tracker archive", &["walk"], A),
    Json("tracker unarchive", &["walk"], A),
    Json("tracker delete", &["walk", "--yes"], A),
    Json(
        "med add",
        &[
            "Naltrexone",
            "--dose",
            "50 mg",
            "--times",
            "08:00",
            "--start",
            "2026-11-01",
        ],
        A,
    ),
    Json("med take", &["Naltrexone", "--at", "2026-11-20 08:00"], A),
    Json("med list", &[], A),
    Json("med show", &["1"], A),
    Json("med edit", &["1", "--dose", "25 mg"], A),
    Json("med dose list", &[], A),
    Json("med dose show", &["1"], A),
    Json("med dose edit", &["1", "--late"], A),
    Json("med dose delete", &["1", "--yes"], A),
    Json("med delete", &["1", "--yes"], A),
    Json(
        "goal add",
        &["Walk", "--domain", "physical", "--per-week", "3"],
        A,
    ),
    Json("goal list", &[], A),
    Json("goal show", &["1"], A),
    Json("goal log", &["1"], A),
    Json("goal edit", &["1", "--why", "air"], A),
    Json("goal log-edit", &["1", "--note", "a short one"], A),
    Json("goal status", &["1", "paused"], A),
    Json("coping add", &["Breathe"], A),
    Json("coping list", &[], A),
    Json("coping edit", &["1", "--description", "slowly"], A),
    Json("trigger add", &["Payday", "--category", "times"], A),
    Json("trigger list", &[], A),
    Json("trigger show", &["1"], A),
    Json("trigger log", &["1", "--before", "7"], A),
    Json("trigger edit", &["1", "--notes", "the first Friday"], A),
    Json("trigger encounters", &[], A),
    Json("trigger log-edit", &["1", "--after", "2"], A),
    Json("trigger link", &["1", "1"], A),
    Json("plan add", &["reasons", "My kids"], A),
    Json("plan show", &[], A),
    Json("plan edit", &["1", "--detail", "always"], A),
    Json("plan move", &["1", "--to", "1"], A),
    Json("person add", &["Sam"], A),
    Json("person list", &[], A),
    Json("person show", &["1"], A),
    Json("person edit", &["1", "--note", "my sponsor"], A),
    Json("meeting add", &["Tuesday group"], A),
    Json("meeting list", &[], A),
    Json("meeting edit", &["1", "--place", "the hall"], A),
    Json("connect", &["call", "Sam"], A),
    Json("connect list", &[], A),
    Json("connect show", &["1"], A),
    Json("connect edit", &["1", "--note", "good talk"], A),
    Json("growth add", &["--kind", "hard-day"], A),
    Json("growth list", &[], A),
    Json("growth show", &["1"], A),
    Json("growth edit", &["1", "--learned", "rest helps"], A),
    Json("self-check add", &["WHO-5", "--answers", "3,3,3,3,3"], A),
    Json("self-check list", &[], A),
    Json("self-check scales", &[], A),
    Refused("self-check take", &["PHQ-9"]),
    Json("stats", &[], A),
    Json("profile show", &[], A),
    Json("profile set", &["--name", "Alex"], A),
    Json("paths", &[], A),
    Json("config path", &[], A),
    Refused("config show", &[]),
    Refused("config edit", &[]),
    Json("backup", &[], A),
    Json("backups", &[], A),
    Refused("restore", &["a-backup.db"]),
    Refused("doctor", &[]),
    Json("status", &[], A),
    Refused("completions", &["bash"]),
    Refused("man", &[]),
    Refused("export summary", &["--lang", "es"]),
    Json("export data", &[], A),
    Refused("demo", &[]),
    Refused("encrypt", &[]),
    Refused("decrypt", &[]),
    Refused("passphrase", &[]),
    Json("sync init", &["{folder}", "--name", "laptop"], A),
    Json("sync join", &["{folder}", "--name", "desktop"], B),
    Json("sync", &[], A),
    Json("sync status", &[], A),
    // The same entry edited on both devices: words kept aside on the second.
    Plain(&["journal", "edit", "1", "the laptop's words"], A),
    Plain(
        &[
            "--now",
            "2026-11-23T10:05:00+00:00",
            "journal",
            "edit",
            "1",
            "the desktop's words",
        ],
        B,
    ),
    Plain(&["sync"], A),
    Plain(&["sync"], B),
    Json("sync conflicts", &[], B),
    Json("sync dismiss", &["{conflict}", "--yes"], B),
    Json("sync forget-device", &["laptop"], B),
    Json("sync leave", &[], B),
    Json("import", &["{daylio}"], A),
    Json("checkin delete", &["today", "--yes"], A),
    Json("journal delete", &["2", "--yes"], A),
    Json("commitment delete", &["1", "--yes"], A),
    Json("goal log-delete", &["1", "--yes"], A),
    Json("goal delete", &["1", "--yes"], A),
    Json("trigger log-delete", &["1", "--yes"], A),
    Json("trigger delete", &["1", "--yes"], A),
    Json("coping delete", &["1", "--yes"], A),
    Json("plan remove", &["1", "--yes"], A),
    Json("connect delete", &["1", "--yes"], A),
    Json("person delete", &["1", "--yes"], A),
    Json("meeting delete", &["1", "--yes"], A),
    Json("growth delete", &["1", "--yes"], A),
    Json("self-check delete", &["1", "--yes"], A),
];

/// Every command a person can run: each node of the clap tree (its words joined by
/// spaces) but `help`, and those that only group others.
fn every_command() -> BTreeSet<String> {
    fn walk(c: &clap::Command, path: &str, out: &mut BTreeSet<String>) {
        if !path.is_empty() && !c.is_subcommand_required_set() {
            out.insert(path.to_string());
        }
        for sub in c.get_subcommands().filter(|s| s.get_name() != "help") {
            let p = format!("{path} {}", sub.get_name());
            walk(sub, p.trim(), out);
        }
    }
    let mut out = BTreeSet::new();
    walk(&tend::cli::command(), "", &mut out);
    out
}

#[test]
fn every_command_prints_json_or_refuses_it() {
    let (a, b) = (Env::new(), Env::new());
    let place = tempfile::tempdir().unwrap();
    let pass = place.path().join("pass");
    std::fs::write(&pass, "river stones\n").unwrap();
    let folder = place.path().join("folder");
    let daylio = format!(
        "{}/tests/fixtures/import/daylio_8col.csv",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut conflict = String::new();
    let mut walked = BTreeSet::new();
    for step in WALK {
        let (path, args, on) = match step {
            Json(p, a, on) => (*p, *a, *on),
            Refused(p, a) => (*p, *a, A),
            Plain(args, on) => {
                let env = if matches!(on, A) { &a } else { &b };
                let mut c = env.tend();
                c.env("TEND_SYNC_PASSPHRASE_FILE", &pass).args(*args);
                let out = c.output().unwrap();
                let err = String::from_utf8_lossy(&out.stderr);
                assert!(out.status.success(), "tend {args:?}: {err}");
                continue;
            }
        };
        walked.insert(path.to_string());
        let args: Vec<String> = args
            .iter()
            .map(|a| match *a {
                "{folder}" => folder.display().to_string(),
                "{daylio}" => daylio.clone(),
                "{conflict}" => conflict.clone(),
                other => other.to_string(),
            })
            .collect();
        let env = if matches!(on, A) { &a } else { &b };
        let before = env.db.exists().then(|| common::snapshot(&env.db));
        let mut c = env.tend();
        c.env("TEND_SYNC_PASSPHRASE_FILE", &pass)
            .arg("--json")
            .args(path.split(' '))
            .args(&args);
        let out = c.output().unwrap();
        let (stdout, stderr) = (
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
        );
        let shown = format!("tend --json {path} {args:?}");
        if let Refused(..) = step {
            assert_eq!(out.status.code(), Some(2), "{shown}: {stderr}");
            assert_eq!(stderr.trim_end().lines().count(), 1, "{shown}: {stderr}");
            assert!(
                stderr.contains(&format!("`tend {path}` has no JSON output")),
                "{shown}: {stderr}"
            );
            assert!(stdout.is_empty(), "{shown} printed {stdout}");
            let after = env.db.exists().then(|| common::snapshot(&env.db));
            assert_eq!(before, after, "{shown} changed the journal");
            continue;
        }
        assert!(out.status.success(), "{shown}: {stderr}");
        let v: Value = serde_json::from_str(&stdout)
            .unwrap_or_else(|e| panic!("{shown} printed no JSON ({e}): {stdout}"));
        if path == "sync conflicts" {
            conflict = v[0]["id"].to_string();
        }
    }
    let all = every_command();
    let missing: Vec<&String> = all.difference(&walked).collect();
    assert!(
        missing.is_empty(),
        "commands the walk leaves out: {missing:?}"
    );
    let unknown: Vec<&String> = walked.difference(&all).collect();
    assert!(unknown.is_empty(), "no such commands: {unknown:?}");
}

/// What a write prints with `--json`: the record as saved, in the fields its `show`
/// and lists print; a delete, what it deleted.
#[test]
fn writes_print_the_record_as_saved() {
    let env = Env::new();
    let added = env.json(&["journal", "add", "--title", "Morning", "first words"]);
    assert_eq!(
        (&added["id"], &added["title"], &added["body"]),
        (
            &Value::from(1),
            &Value::from("Morning"),
            &Value::from("first words")
        )
    );
    assert_eq!(added, env.json(&["journal", "show", "1"]));
    let checkin = env.json(&["checkin", "--mood", "6"]);
    assert_eq!(checkin, env.json(&["checkin", "show"]));
    let goal = env.json(&[
        "goal",
        "add",
        "Walk",
        "--domain",
        "physical",
        "--per-week",
        "3",
    ]);
    assert_eq!(goal, env.json(&["goal", "show", "1"]));
    let deleted = env.json(&["journal", "delete", "1", "--yes"]);
    assert_eq!(
        deleted,
        serde_json::json!({"deleted": "journal entry", "id": 1, "also": []})
    );
    let status = env.json(&["status"]);
    assert_eq!(
        status,
        serde_json::json!({"state": "ready", "day": null, "checked_in": true}),
        "the same as --format json"
    );
}

#[test]
fn the_app_and_a_status_asked_for_twice_refuse_json() {
    let env = Env::new();
    env.refused(&["--json"], 2, "`tend` alone opens the full-screen app");
    env.refused(
        &["--json", "status", "--format", "short"],
        2,
        "--format short and --json ask for two different outputs",
    );
}
