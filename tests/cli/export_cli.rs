//! `tend export` and `tend import` from the command line: files, privacy, refusals,
//! round trips. (Imports from other apps: import_sources.rs.)

use crate::common;

use common::Env;
use pretty_assertions::assert_eq;
use std::os::unix::fs::PermissionsExt;

fn demo() -> Env {
    let env = Env::new();
    env.ok(&["demo", "--years", "1", "--seed", "7", "--entries", "40"]);
    env
}

#[test]
fn html_summary_goes_to_a_private_file_named_after_the_range() {
    let env = demo();
    let out = env
        .tend()
        .current_dir(env.dir.path())
        .args(["export", "summary"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.starts_with("Wrote the html summary of 2026-10-25 to 2026-11-23 to tend-summary-2026-10-25-to-2026-11-23.html."), "{said}");
    let file = env
        .dir
        .path()
        .join("tend-summary-2026-10-25-to-2026-11-23.html");
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && !html.contains("<script"));
    // Again without --force: refused, file untouched.
    std::fs::write(&file, "keep me").unwrap();
    let out = env
        .tend()
        .current_dir(env.dir.path())
        .args(["export", "summary"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep me");
    let out = env
        .tend()
        .current_dir(env.dir.path())
        .args(["export", "summary", "--force"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}

#[test]
fn the_default_range_starts_on_the_first_day_tracked_when_that_is_later() {
    let env = Env::new();
    env.ok(&["checkin", "--date", "2026-11-18", "--mood", "6"]);
    let out = env
        .tend()
        .current_dir(env.dir.path())
        .args(["export", "summary"])
        .output()
        .unwrap();
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(
        said.starts_with("Wrote the html summary of 2026-11-18 to 2026-11-23"),
        "{said}"
    );
}

#[test]
fn markdown_and_csv_go_to_stdout() {
    let env = demo();
    let md = env.ok(&[
        "export",
        "summary",
        "--format",
        "md",
        "--from",
        "2026-11-01",
    ]);
    assert!(md.starts_with("# Recovery summary for Alex\n\n2026-11-01 to 2026-11-23"));
    let csv = env.ok(&[
        "export",
        "summary",
        "--format",
        "csv",
        "--from",
        "2026-11-17",
        "--to",
        "2026-11-23",
    ]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 8, "a header and seven days");
    assert!(lines[0].starts_with("date,weekday,checked_in,mood,craving"));
    assert!(lines[1].starts_with("2026-11-17,Tue,"));
    let with_notes = env.ok(&[
        "export",
        "summary",
        "--format",
        "csv",
        "--from",
        "2026-11-17",
        "--include",
        "notes",
    ]);
    // Notes come before the columns of the demo's shared tracker (always last).
    let header = with_notes.lines().next().unwrap();
    assert!(header.contains(",notes,tracker:Urge to use,"), "{header}");
}

#[test]
fn summary_input_is_checked() {
    let env = demo();
    env.refused(
        &["export", "summary", "--include", "diary"],
        2,
        "journal, notes, setback-details",
    );
    env.refused(
        &["export", "summary", "--format", "pdf"],
        2,
        "html, md, csv or attendance",
    );
    env.refused(
        &[
            "export",
            "summary",
            "--from",
            "2026-11-20",
            "--to",
            "2026-11-01",
        ],
        2,
        "after --to",
    );
}

#[test]
fn data_round_trips_through_files_and_imports_idempotently() {
    let a = demo();
    let file = a.dir.path().join("all.json");
    a.ok(&["export", "data", "-o", file.to_str().unwrap()]);
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let b = Env::new();
    let said = b.ok(&["import", file.to_str().unwrap()]);
    assert!(
        said.contains("added, 0 updated, 0 already the same"),
        "{said}"
    );
    assert_eq!(a.data(), b.data());
    let again = b.ok(&["import", file.to_str().unwrap()]);
    assert!(again.contains(": 0 added, 0 updated,"), "{again}");
    assert_eq!(a.data(), b.data());
}

#[test]
fn bad_data_files_name_the_problem_and_write_nothing() {
    let env = demo();
    let dir = env.dir.path();
    let write = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_string()
    };
    let good: serde_json::Value = serde_json::from_str(&env.ok(&["export", "data"])).unwrap();
    let mut bad_mood = good.clone();
    bad_mood["checkins"][3]["mood"] = 11.into();
    bad_mood["checkins"][3]["uid"] = "new-one".into();
    bad_mood["checkins"][3]["date"] = "2020-01-01".into();
    let mut unknown = good.clone();
    unknown["goals"][0]["colour"] = "blue".into();
    let mut newer = good.clone();
    newer["format_version"] = 99.into();
    let mut dangling = good.clone();
    dangling["goal_logs"][0]["goal_uid"] = "nope".into();
    let cases = [
        (
            write("a.json", "{\n  \"app\": \"tend\",\n  oops\n}"),
            "line 3",
        ),
        (
            write("b.json", &bad_mood.to_string()),
            "checkins[3].mood: must be a whole number from 1 to 10 (got 11)",
        ),
        (
            write("d.json", &newer.to_string()),
            "format_version: 99 is newer",
        ),
        (
            write("e.json", &dangling.to_string()),
            "goal_logs[0].goal_uid: no goals record with uid nope",
        ),
        (write("f.json", "[]"), "not a tend data export"),
    ];
    for (path, needle) in cases {
        env.refused(&["import", &path], 2, needle);
    }
    env.refused(&["import", "/no/such/file.json"], 2, "cannot read");
    // A field a newer tend added is no problem: it is kept with its record and
    // travels on in the next data file.
    env.ok(&["import", &write("c.json", &unknown.to_string())]);
    let again: serde_json::Value = serde_json::from_str(&env.ok(&["export", "data"])).unwrap();
    assert_eq!(again["goals"][0]["colour"], "blue");
}

/// An entry pinned from the command line is marked in the list, and beside its entry
/// in the summary when journal entries are shared (never when they are not).
#[test]
fn a_pinned_entry_is_marked_in_the_list_and_the_summary() {
    let env = demo();
    let first = env.ok(&["journal", "list", "--limit", "1"]);
    let id = first.split_whitespace().next().unwrap().to_string();
    assert!(
        env.ok(&["journal", "pin", &id])
            .starts_with(&format!("Pinned entry {id}"))
    );
    assert!(env.ok(&["journal", "list", "--limit", "1"]).contains(" ◆ "));
    let shared = env.ok(&[
        "export",
        "summary",
        "--format",
        "md",
        "--include",
        "journal",
    ]);
    assert_eq!(shared.matches("(pinned)").count(), 1, "{shared}");
    let private = env.ok(&["export", "summary", "--format", "md"]);
    assert!(!private.contains("(pinned)"));
    env.ok(&["journal", "unpin", &id]);
    assert!(!env.ok(&["journal", "list", "--limit", "1"]).contains('◆'));
}

#[test]
fn use_amounts_are_shared_only_with_include_use() {
    let env = Env::new();
    env.ok(&[
        "commitment",
        "add",
        "Alcohol",
        "--path",
        "cut-down",
        "--max-per-week",
        "14",
        "--unit",
        "drinks",
        "--start",
        "2026-10-24",
    ]);
    env.ok(&["use", "add", "Alcohol", "3.75", "--at", "2026-11-20 20:00"]);
    env.ok(&["use", "add", "Alcohol", "1.25", "--at", "2026-11-21 20:00"]);
    let summary = |format: &str, include: Option<&str>| {
        let mut args = vec![
            "export",
            "summary",
            "--format",
            format,
            "--from",
            "2026-11-17",
            "-o",
            "-",
        ];
        if let Some(i) = include {
            args.extend(["--include", i]);
        }
        env.ok(&args)
    };
    for format in ["html", "md", "csv"] {
        let private = summary(format, None);
        assert!(
            !private.contains("3.75") && !private.contains("1.25"),
            "{format}"
        );
        let shared = summary(format, Some("use"));
        assert!(
            shared.contains("3.75") && shared.contains("1.25"),
            "{format}"
        );
    }
    let md = summary("md", Some("use"));
    assert!(md.contains("Included: lessons from setbacks; amounts of use (the use calendar)."));
    assert!(md.contains("| Use-free days | 5 of 7 days"), "{md}");
    let csv = summary("csv", Some("use"));
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .ends_with(",use_amount:Alcohol:drinks")
    );
    assert!(csv.contains("2026-11-20,Fri,") && csv.lines().nth(4).unwrap().ends_with(",3.75"));
    assert!(
        !summary("csv", None).contains("use_amount"),
        "the column is absent without use"
    );
    let help = env.ok(&["export", "summary", "--help"]);
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(help.contains("use (the amounts of use"), "{help}");
}

/// The issue's example: buprenorphine from six days ago, taken on 5 of the 7 days (the
/// first on its start date): the summary with `--include medications` says 5 of 7, and
/// without it names no medication.
#[test]
fn the_summary_with_medications_says_five_of_seven_doses() {
    let env = crate::med::issue_journal();
    let summary = |include: &[&str]| {
        let mut args = vec!["export", "summary", "--format", "md", "-o", "-"];
        args.extend(include);
        env.ok(&args)
    };
    let md = summary(&["--include", "medications"]);
    assert!(
        md.contains("Included: lessons from setbacks; medications."),
        "{md}"
    );
    assert!(
        md.contains("| Buprenorphine · for addiction treatment | 8 mg · every day at 08:00 | L. \\(prescriber\\) |"),
        "{md}"
    );
    assert!(md.contains("5 of 7 doses \\(71%\\)"), "{md}");
    assert!(
        !md.contains("Missed in a row"),
        "two single days missed are not a run: {md}"
    );
    let week = summary(&["--include", "medications", "--from", "2026-11-17"]);
    assert!(
        week.contains("This period \\(7 days\\): 5 of 7 doses \\(71%\\)"),
        "{week}"
    );
    for format in ["md", "html", "csv"] {
        let private = env.ok(&["export", "summary", "--format", format, "-o", "-"]);
        assert!(
            !private.contains("Buprenorphine") && !private.contains("8 mg"),
            "{format}"
        );
    }
    let help = env.ok(&["export", "summary", "--help"]);
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        help.contains("medications (each medication's doses taken"),
        "{help}"
    );
}

/// The issue's safety tracker: a self-harm urge answered 5 of 0–5 in `tend checkin
/// --track` is flagged on page 1 of the summary with its date, though the tracker is
/// not shared (no diary card column, nothing else of it).
#[test]
fn a_safety_answer_from_the_command_line_is_flagged_on_page_one() {
    let env = Env::new();
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
    env.ok(&[
        "checkin",
        "--date",
        "yesterday",
        "--track",
        "Self-harm urge=3",
    ]);
    env.ok(&["checkin", "--mood", "4", "--track", "Self-harm urge=5"]);
    let md = env.ok(&["export", "summary", "--format", "md", "-o", "-"]);
    let flag = "**23 November 2026: the safety tracker “Self-harm urge” was answered 5 on a scale of 0 to 5, at or above the threshold the person set \\(5\\).**";
    let at = md.find(flag).unwrap_or_else(|| panic!("{md}"));
    assert!(at < md.find("## At a glance").unwrap());
    assert_eq!(
        md.matches("Self-harm urge").count(),
        1,
        "only the flag: {md}"
    );
    let csv = env.ok(&["export", "summary", "--format", "csv", "-o", "-"]);
    assert!(!csv.contains("tracker:"), "not shared: no column");
    env.ok(&["tracker", "edit", "Self-harm urge", "--shared"]);
    let csv = env.ok(&["export", "summary", "--format", "csv", "-o", "-"]);
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .ends_with(",tracker:Self-harm urge"),
        "{csv}"
    );
    assert!(
        csv.lines().last().unwrap().starts_with("2026-11-23,") && csv.trim_end().ends_with(",5")
    );
}
