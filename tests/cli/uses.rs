//! `tend commitment --path` and `tend use`: the issue's own scenario (a cut-down plan
//! of 14 a week, three days of two drinks in the last seven), a use on an abstain path
//! as that day's setback, refusals that name the field and write nothing, the path's
//! history, and the log through a data file into another journal.

use crate::common;

use common::Env;
use pretty_assertions::assert_eq;

/// The journal: a cut-down plan of 14 a week from thirty days before
/// `common::NOW` (2026-11-23), with 2 drinks on three of the last seven days.
use super::stats::cut_down_journal;

#[test]
fn three_days_of_two_drinks_are_within_a_plan_of_fourteen_a_week() {
    let env = cut_down_journal();
    env.refused(
        &["use", "add", "Alcohol", "2", "--at", "2026-10-20 20:00"],
        2,
        "at: 2026-10-20 is before Alcohol began",
    );
    let stats = env.json(&["stats"]);
    let u = &stats["commitments"][0]["use"];
    let week = &u["windows"][0];
    assert_eq!(week["window_days"], 7);
    assert_eq!(week["use_free_days"], 4);
    assert_eq!(week["days"], 7);
    assert_eq!(week["within_plan"], 7);
    assert_eq!(week["total"], 6.0);
    assert_eq!(u["max_per_week"], 14.0);
    assert_eq!(u["path"], "cut-down");
    assert_eq!(u["days_within_plan"], 31);
}

#[test]
fn a_use_on_an_abstain_path_is_that_days_setback_once() {
    let env = Env::new();
    env.ok(&["commitment", "add", "Gambling", "--start", "2026-11-01"]);
    let first = env.json(&[
        "use",
        "add",
        "Gambling",
        "40",
        "--unit",
        "money",
        "--at",
        "2026-11-20 21:00",
    ]);
    assert_eq!(first["growth_entry_made"], true);
    let second = env.json(&[
        "use",
        "add",
        "Gambling",
        "10",
        "--unit",
        "money",
        "--at",
        "2026-11-20 23:00",
    ]);
    assert_eq!(second["growth_entry_made"], false);
    assert_eq!(first["growth_entry"], second["growth_entry"]);
    let growth = env.json(&["growth", "list"]);
    let list = growth.as_array().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["date"], "2026-11-20");
    assert_eq!(list[0]["kind"], "slip");
    assert_eq!(list[0]["commitment_id"], 1);
    let stats = env.json(&["stats"]);
    assert_eq!(stats["commitments"][0]["current_run"], 3);
}

#[test]
fn refusals_name_the_field_and_write_nothing() {
    let env = cut_down_journal();
    env.refused(
        &["use", "add", "Alcohol", "101"],
        2,
        "amount: is more than a day can hold: at most 100 standard drinks",
    );
    env.refused(
        &["use", "add", "Alcohol", "--", "-1"],
        2,
        "an amount is a number of 0 or more",
    );
    env.refused(
        &["use", "add", "Alcohol", "2", "--at", "2026-11-23 11:00"],
        2,
        "at: 2026-11-23T11:00:00+00:00 hasn't happened yet",
    );
    env.refused(
        &["use", "add", "Alcohol", "2", "--unit", "grams"],
        2,
        "unit: Alcohol counts in standard drinks",
    );
    env.refused(&["use", "add", "Alcohol"], 2, "amount: how much?");
    env.refused(
        &["use", "add", "Wine", "1"],
        2,
        "commitment: no commitment by that name",
    );
    env.refused(
        &["commitment", "add", "Cards", "--max-per-week", "3"],
        2,
        "belong to a cut-down plan",
    );
    env.refused(
        &[
            "commitment",
            "add",
            "Cards",
            "--path",
            "cut-down",
            "--max-per-day",
            "200",
        ],
        2,
        "max-per-day: is more than a day can hold",
    );
    env.ok(&["use", "add", "Alcohol", "60", "--at", "2026-11-22 20:00"]);
    env.refused(
        &["use", "add", "Alcohol", "50", "--at", "2026-11-22 21:00"],
        2,
        "that day would hold more than 100 standard drinks",
    );
}

#[test]
fn a_change_of_path_is_kept_as_history_and_the_converter_works_a_drink_out() {
    let env = cut_down_journal();
    env.ok(&[
        "commitment",
        "edit",
        "1",
        "--path",
        "abstain",
        "--from",
        "2026-11-20",
    ]);
    let list = env.json(&["commitment", "list"]);
    assert_eq!(list[0]["path"], "abstain");
    let paths: Vec<&str> = list[0]["paths"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["cut-down", "abstain"]);
    // Before the change the day is on the cut-down path: no setback.
    let before = env.json(&[
        "use",
        "add",
        "1",
        "--ml",
        "568",
        "--abv",
        "4",
        "--at",
        "2026-11-18 20:00",
    ]);
    assert_eq!(
        before["amount"], 1.28,
        "a pint of 4% is 1.28 US standard drinks"
    );
    assert_eq!(before["growth_entry"], serde_json::Value::Null);
    let after = env.json(&[
        "use",
        "add",
        "1",
        "2",
        "--unit",
        "units",
        "--at",
        "2026-11-21 20:00",
    ]);
    assert!(
        after["growth_entry"].is_number(),
        "abstaining again: {after}"
    );
}

#[test]
fn the_log_travels_through_a_data_file_into_another_journal() {
    let (a, b) = (cut_down_journal(), Env::new());
    a.ok(&[
        "use",
        "add",
        "Alcohol",
        "2.5",
        "--at",
        "2026-11-20 20:00",
        "--what",
        "wine",
        "--where",
        "home",
        "--with",
        "Sam",
        "--planned",
        "--cost",
        "12.5",
        "--note",
        "with dinner",
    ]);
    let file = a.dir.path().join("data.json");
    a.ok(&["export", "data", "--output", file.to_str().unwrap()]);
    b.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(a.json(&["use", "list"]), b.json(&["use", "list"]));
    assert_eq!(
        a.json(&["commitment", "list"]),
        b.json(&["commitment", "list"])
    );
    b.ok(&["use", "edit", "1", "--amount", "3"]);
    b.ok(&["use", "delete", "1", "--yes"]);
    let left = b.json(&["use", "list"]);
    assert_eq!(left.as_array().unwrap().len(), 3);
    assert!(left.as_array().unwrap().iter().all(|u| u["id"] != 1));
}
