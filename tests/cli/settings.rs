//! The settings file from the outside: `tend config path|show|edit`, warnings for
//! unknown keys, errors naming file, line and allowed values, and settings taking effect.

use crate::common;

use common::Env;
use std::os::unix::fs::PermissionsExt;

fn write(env: &Env, text: &str) -> std::path::PathBuf {
    let path = env.config();
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn path_show_and_edit_work_without_a_file() {
    let env = Env::new();
    let path = env.config();
    assert_eq!(env.ok(&["config", "path"]), format!("{}\n", path.display()));
    let show = env.ok(&["config", "show"]);
    assert!(
        show.starts_with("# defaults: there is no settings file yet"),
        "{show}"
    );
    assert!(
        show.contains("theme = \"default\"\n") && show.contains("keep_daily = 7\n"),
        "{show}"
    );
    // `edit` makes the file from the template (owner-only) and opens the editor on it.
    let out = env
        .tend()
        .args(["config", "edit"])
        .env("EDITOR", "true")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text, include_str!("settings-template.toml"));
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let keys = env.ok(&["config", "show", "--keys"]);
    assert!(keys.contains("crisis           !\n"), "{keys}");
    assert!(keys.contains("self-check       c\n"), "{keys}");
}

#[test]
fn unknown_keys_warn_and_the_command_still_runs() {
    let env = Env::new();
    let path = write(&env, "theme = \"no-colour\"\nthem = \"x\"\n");
    let out = env
        .tend()
        .args(["checkin", "--mood", "6"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err,
        format!(
            "tend: {}:2: warning: unknown setting `them` (ignored)\n",
            path.display()
        )
    );
}

#[test]
fn a_bad_value_is_one_line_naming_file_line_and_allowed_values() {
    let env = Env::new();
    env.ok(&["checkin", "--mood", "6"]);
    let path = write(&env, "editor = \"nano\"\n\n[backup]\nkeep_weekly = -1\n");
    env.refused(
        &["stats"],
        2,
        &format!(
            "{}:4: backup.keep_weekly must be a whole number from 0 to 1000 (got -1) (fix it with `tend config edit`)",
            path.display()
        ),
    );
    // `config show` still prints what is in effect, then names the problem.
    let out = env.tend().args(["config", "show"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stdout).contains("editor = \"nano\""));
    assert!(String::from_utf8_lossy(&out.stderr).contains(":4: backup.keep_weekly"));
    // The prompt line never breaks over it.
    assert_eq!(env.ok(&["status"]), "✓ checked in\n");
}

#[test]
fn bad_keys_are_reported_by_show_with_their_line() {
    let env = Env::new();
    write(
        &env,
        "[keys]\ncrisis = \"ctrl-x\"\nfly = \"f\"\nhelp = \"hyper-h\"\n",
    );
    let out = env.tend().args(["config", "show"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(":3: keys.fly is not an action; use one of today, check-in"),
        "{err}"
    );
    assert!(err.contains(":4: keys.help must be keys like"), "{err}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("crisis = [\"ctrl-x\"]") && !stdout.contains("fly"),
        "{stdout}"
    );
}

#[test]
fn the_file_owns_the_day_start_hour_once_set() {
    let env = Env::new();
    env.ok(&["checkin", "--mood", "6"]);
    write(&env, "day_start_hour = 6\n");
    assert!(
        env.ok(&["profile", "show"])
            .contains("day starts at   06:00")
    );
    env.refused(
        &["profile", "set", "--day-start", "3"],
        2,
        "your settings file sets day_start_hour = 6; change it there with `tend config edit`",
    );
}

#[test]
fn backups_keep_what_the_file_says() {
    let env = Env::new();
    write(
        &env,
        "[backup]\nkeep_daily = 2\nkeep_weekly = 0\nkeep_monthly = 0\n",
    );
    for day in ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"] {
        let out = env
            .tend()
            .env("TEND_NOW", format!("{day}T10:00:00+00:00"))
            .args(["checkin", "--mood", "5"])
            .output()
            .unwrap();
        assert!(out.status.success());
    }
    let list = env.json(&["backups"]);
    assert_eq!(list.as_array().unwrap().len(), 2, "{list}");
}

#[test]
fn config_show_names_every_action_an_override_left_without_a_key() {
    let env = Env::new();
    write(&env, "[keys]\ngrowth = \"s\"\nhelp = \"ctrl-c\"\n");
    let out = env.tend().args(["config", "show"]).output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(
        stdout.contains("# `status` has no key now in: goals, plan (another action took it)"),
        "{stdout}"
    );
    assert!(
        stderr.contains("warning: `status` has no key now in: goals, plan"),
        "{stderr}"
    );
    assert!(stderr.contains("Ctrl-C always quits"), "{stderr}");
    assert_eq!(out.status.code(), Some(2), "a bad key binding is an error");
    // Without the bad line, the unbound action is a warning only.
    write(&env, "[keys]\ngrowth = \"s\"\n");
    let out = env.tend().args(["config", "show"]).output().unwrap();
    assert!(out.status.success());
}
