//! The command line in the pseudo-locale (`LANG=en_XA.UTF-8`, every catalog word
//! accented): what a representative set of commands prints on the fixture journal, and
//! what five refusals say, holds no English word that skipped the catalog, the person's
//! own words and what stays by design aside. Each command is its own test, so one
//! change shows every output it touches.

use crate::common::{self, Env, clock};
use std::collections::BTreeSet;

/// The fixture journal (`common::fixture`): records of every kind, today `NOW`.
fn journal() -> Env {
    let env = Env::new();
    std::fs::create_dir_all(env.db.parent().unwrap()).unwrap();
    let store = tend::store::Store::open(&env.db, clock()).unwrap();
    common::fixture::write(&store);
    env
}

/// `tend args` in the pseudo-locale: its stdout and stderr, and whether it succeeded.
fn pseudo(env: &Env, args: &[&str]) -> (String, String, bool) {
    let out = env
        .tend()
        .env("LANG", "en_XA.UTF-8")
        .args(args)
        .output()
        .unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (text(out.stdout), text(out.stderr), out.status.success())
}

fn own(env: &Env) -> BTreeSet<String> {
    common::pseudo::own_words(&env.db)
}

/// `args` succeeds on the fixture journal, and what it prints is translated.
fn shows(args: &[&str]) {
    shows_values(args, &[]);
}

/// As `shows`, where the output also names `values` the command line takes (which
/// stay as typed in every language).
fn shows_values(args: &[&str], values: &[&str]) {
    let env = journal();
    let (out, err, ok) = pseudo(&env, args);
    assert!(ok, "tend {args:?} failed: {err}");
    assert!(!out.trim().is_empty(), "tend {args:?} printed nothing");
    let mut own = own(&env);
    own.extend(values.iter().flat_map(|v| v.split('-')).map(str::to_string));
    common::pseudo::assert_translated(&format!("tend {}", args.join(" ")), &out, &own);
    common::pseudo::assert_translated(&format!("tend {} (stderr)", args.join(" ")), &err, &own);
}

/// `args` is refused on the fixture journal, in one translated line on stderr.
fn refuses(args: &[&str]) {
    let env = journal();
    let (out, err, ok) = pseudo(&env, args);
    assert!(!ok, "tend {args:?} was not refused: {out}");
    assert_eq!(err.trim_end().lines().count(), 1, "tend {args:?}: {err}");
    let mut own = own(&env);
    // The refusal names the field as the command line spells it ("text: …").
    let field = err
        .split(": ")
        .nth(1)
        .filter(|f| f.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
    own.extend(
        field
            .into_iter()
            .flat_map(|f| f.split('-'))
            .map(str::to_string),
    );
    common::pseudo::assert_translated(&format!("tend {}", args.join(" ")), &err, &own);
    common::pseudo::assert_translated(&format!("tend {} (stdout)", args.join(" ")), &out, &own);
}

#[test]
fn status() {
    shows(&["status"]);
}

#[test]
fn stats() {
    shows(&["stats"]);
}

/// `tend stats` and the summary with its use calendar, for a commitment on a cut-down
/// path with use logged and a path change.
#[test]
fn stats_and_summary_with_use() {
    let env = journal();
    env.ok(&[
        "commitment",
        "add",
        "Drink",
        "--path",
        "cut-down",
        "--max-per-week",
        "14",
        "--heavy-at",
        "5",
        "--price",
        "4",
        "--usual-per-week",
        "20",
        "--start",
        "2026-09-01",
    ]);
    let id = env
        .json(&["commitment", "list"])
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Drink")
        .unwrap()["id"]
        .to_string();
    env.ok(&[
        "commitment",
        "edit",
        &id,
        "--path",
        "cut-down",
        "--max-per-week",
        "10",
        "--from",
        "2026-11-01",
    ]);
    env.ok(&[
        "commitment",
        "edit",
        &id,
        "--path",
        "abstain",
        "--from",
        "2026-11-15",
    ]);
    env.ok(&[
        "commitment",
        "edit",
        &id,
        "--path",
        "cut-down",
        "--from",
        "2026-11-16",
    ]);
    for (day, amount) in [("2026-11-18", "2"), ("2026-11-20", "6")] {
        env.ok(&["use", "add", &id, amount, "--at", &format!("{day} 20:00")]);
    }
    let own = own(&env);
    for args in [
        &["stats"][..],
        &["export", "summary", "--format", "md", "--include", "use"],
    ] {
        let (out, err, ok) = pseudo(&env, args);
        assert!(ok, "{err}");
        common::pseudo::assert_translated(&format!("tend {}", args.join(" ")), &out, &own);
    }
}

#[test]
fn checkin_list() {
    shows(&["checkin", "list"]);
}

#[test]
fn checkin_show() {
    shows(&["checkin", "show", "2026-11-22"]);
}

#[test]
fn journal_list() {
    shows(&["journal", "list"]);
}

#[test]
fn goal_list() {
    shows(&["goal", "list"]);
}

#[test]
fn plan_show() {
    // Each section names its `--section` value, as `tend plan add` takes it.
    let sections: Vec<&str> = tend::domain::PlanSection::ALL
        .iter()
        .map(|s| s.as_str())
        .collect();
    shows_values(&["plan", "show"], &sections);
}

#[test]
fn plan_coping_step_taken_out() {
    // The fixture's "Call Sam" is the toolbox's second strategy.
    shows(&["plan", "remove", "c2"]);
}

#[test]
fn trigger_list() {
    shows(&["trigger", "list"]);
}

#[test]
fn coping_list() {
    shows(&["coping", "list"]);
}

#[test]
fn person_list() {
    shows(&["person", "list"]);
}

/// The fixture's medications (`fixture::medications`): the list with adherence, one in
/// full with its dose history, missed run and refill, the dose log, and a refusal.
#[test]
fn medications() {
    let env = journal();
    let store = tend::store::Store::open(&env.db, clock()).unwrap();
    common::fixture::medications(&store);
    drop(store);
    let own = own(&env);
    for args in [
        &["med", "list"][..],
        &["med", "show", "Buprenorphine"],
        &["med", "show", "Hydroxyzine"],
        &["med", "dose", "list"],
        &[
            "med",
            "take",
            "Sertraline",
            "--at",
            "2026-11-23 09:00",
            "--late",
        ],
    ] {
        let (out, err, ok) = pseudo(&env, args);
        assert!(ok, "tend {args:?} failed: {err}");
        common::pseudo::assert_translated(&format!("tend {}", args.join(" ")), &out, &own);
    }
    let (_, err, ok) = pseudo(
        &env,
        &["med", "take", "Sertraline", "--at", "2026-11-23 11:00"],
    );
    assert!(!ok);
    let mut own = own;
    own.insert("at".into());
    common::pseudo::assert_translated("tend med take (future)", &err, &own);
}

#[test]
fn meeting_list() {
    shows(&["meeting", "list"]);
}

#[test]
fn meeting_add_on_several_days() {
    shows_values(
        &[
            "meeting",
            "add",
            "Noon",
            "--day",
            "mon,wed",
            "--every-other-week",
        ],
        &["Noon"],
    );
}

#[test]
fn connect_adds_a_new_person() {
    shows_values(&["connect", "call", "Robin", "--add"], &["Robin"]);
}

#[test]
fn connect_refuses_a_name_close_to_a_known_one_without_add() {
    // "Tuesday" begins the fixture's "Tuesday group", which the refusal names.
    refuses(&["connect", "meeting", "Tuesday"]);
}

#[test]
fn profile_show() {
    shows(&["profile", "show"]);
}

#[test]
fn paths() {
    shows(&["paths"]);
}

#[test]
fn doctor() {
    shows(&["doctor"]);
}

#[test]
fn backup_and_backups() {
    shows(&["backup"]);
    let env = journal();
    let (out, err, ok) = pseudo(&env, &["backups"]);
    assert!(ok, "{err}");
    common::pseudo::assert_translated("tend backups (none yet)", &out, &own(&env));
    pseudo(&env, &["backup"]);
    let (out, err, ok) = pseudo(&env, &["backups"]);
    assert!(ok, "{err}");
    common::pseudo::assert_translated("tend backups", &out, &own(&env));
}

#[test]
fn sync_status_unset() {
    shows(&["sync", "status"]);
}

/// `tend config show` writes the settings as a settings file says them: the setting
/// names and values stay as they are, and its `#` comments are words. The names, the
/// language's tag and region, the variable that chose it and the editor command stay
/// inside the comments too.
#[test]
fn config_show() {
    let env = journal();
    let (out, err, ok) = pseudo(&env, &["config", "show"]);
    assert!(ok, "{err}");
    let stays = [
        "day_start_hour",
        "autolock_minutes",
        "ninety_in_ninety",
        "editor",
        "country",
        "language",
        "en-XA",
        "\"XA\"",
        "LANG",
        " vi",
    ];
    let comments: Vec<String> = out
        .lines()
        .filter_map(|l| l.split_once('#').map(|(_, c)| c))
        .map(|c| stays.iter().fold(c.to_string(), |c, s| c.replace(s, "")))
        .collect();
    assert!(!comments.is_empty(), "{out}");
    let own = own(&env);
    common::pseudo::assert_translated("tend config show", &comments.join("\n"), &own);
    common::pseudo::assert_translated("tend config show (stderr)", &err, &own);
}

#[test]
fn a_bad_date_is_refused_in_words() {
    refuses(&["checkin", "--date", "2026-13-45", "--mood", "5"]);
}

#[test]
fn an_unknown_id_is_refused_in_words() {
    refuses(&["journal", "show", "999"]);
}

#[test]
fn a_bad_flag_value_is_refused_in_words() {
    refuses(&["checkin", "--sleep", "7..5"]);
}

#[test]
fn empty_text_is_refused_in_words() {
    refuses(&["journal", "add", ""]);
}

#[test]
fn json_refused_is_said_in_words() {
    refuses(&["--json", "doctor"]);
    refuses(&["--json"]);
}

#[test]
fn a_daylio_file_without_its_header_is_named_in_words() {
    let fixture = |name: &str| {
        format!(
            "{}/tests/fixtures/import/{name}",
            env!("CARGO_MANIFEST_DIR")
        )
    };
    let file = fixture("daylio_no_header.csv");
    // The columns as Daylio names them, and the file's own words (a dry run keeps
    // them out of the journal).
    let header = "full_date date weekday time mood activities note_title note";
    let words = "good meh rad Made soup cook Evening with Jo Sasha walk";
    let values: Vec<&str> = [file.as_str()]
        .into_iter()
        .chain(header.split(' ').flat_map(|c| c.split('_')))
        .chain(words.split(' '))
        .collect();
    shows_values(&["import", &file, "--dry-run"], &values);
}

#[test]
fn an_out_of_range_number_is_refused_in_words() {
    refuses(&["checkin", "--mood", "11"]);
}

/// A settings file that asks for the pseudo-locale and holds a mistake: the warning
/// about the mistake is in the language the same file chose.
#[test]
fn a_settings_problem_is_in_the_language_the_file_chose() {
    let env = journal();
    std::fs::write(env.config(), "language = \"en-XA\"\nbogus = 1\n").unwrap();
    let out = env.tend().args(["config", "show"]).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("`bogus`"), "{err}");
    let mut own = own(&env);
    own.insert("bogus".into());
    common::pseudo::assert_translated("a settings warning", &err, &own);
}
