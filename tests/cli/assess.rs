//! `tend self-check` (and its old name `assess`) on the command line: scripted results, the interactive take (fed on
//! stdin), item 9 showing the crisis plan, refusals, and the results in the summary.

use crate::common;

use common::Env;

fn setup() -> Env {
    let env = Env::new();
    env.ok(&["commitment", "add", "Alcohol", "--start", "2026-05-01"]);
    env.ok(&[
        "plan",
        "add",
        "contacts",
        "Crisis line",
        "--detail",
        "call 988",
    ]);
    env
}

#[test]
fn add_scores_bands_and_lists_with_the_trend() {
    let env = setup();
    let out = env.ok(&[
        "self-check",
        "add",
        "phq9",
        "--answers",
        "2,2,2,2,2,2,2,0,0",
        "--date",
        "2026-11-01",
    ]);
    assert!(
        out.starts_with("Saved PHQ-9 for 2026-11-01: 14 of 27 · moderate.\n"),
        "{out}"
    );
    assert!(out.contains("A screening aid, not a diagnosis"), "{out}");
    assert!(out.contains("Pfizer"), "the attribution is shown: {out}");
    let out = env.ok(&["assess", "add", "PHQ-9", "--answers", "1,1,1,1,1,0,0,0,0"]);
    assert!(out.contains("5 of 27 · mild"), "{out}");
    assert!(
        out.contains("Trend: 14 → 5 (down 9 since 1 Nov 2026)"),
        "{out}"
    );
    assert!(!out.contains("Crisis line"), "item 9 was 0: {out}");
    env.ok(&["self-check", "add", "who-5", "--answers", "3,3,3,2,2"]);
    let list = env.ok(&["assess", "list"]);
    assert!(
        list.contains("2026-11-23  WHO-5     52 of 100  no sign of poor well-being"),
        "{list}"
    );
    let json = env.json(&["self-check", "list", "--scale", "phq9"]);
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["score"], 14);
    assert_eq!(rows[0]["band"], "moderate");
    assert_eq!(
        rows[1]["answers"],
        serde_json::json!([1, 1, 1, 1, 1, 0, 0, 0, 0])
    );
    let scales = env.json(&["self-check", "scales"]);
    assert_eq!(scales[0]["name"], "PHQ-9");
    assert_eq!(scales[0]["due"], false);
    assert_eq!(scales[1]["last"], serde_json::Value::Null);
}

#[test]
fn item_nine_above_zero_shows_the_crisis_plan_whatever_the_total() {
    let env = setup();
    let out = env.ok(&[
        "self-check",
        "add",
        "phq9",
        "--answers",
        "0,0,0,0,0,0,0,0,1",
    ]);
    assert!(out.contains("1 of 27 · minimal"), "{out}");
    assert!(out.contains("You don't have to carry this alone"), "{out}");
    assert!(out.contains("Crisis line (call 988)"), "{out}");
    assert!(
        out.contains("Crisis lines:\n  • US and Canada: call or text 988"),
        "every built-in line, below the person's own: {out}"
    );
    assert!(out.contains("Emergency: your local number"), "{out}");
}

#[test]
fn with_json_item_nine_still_shows_the_crisis_plan_on_stderr() {
    let env = setup();
    let out = env
        .tend()
        .args(["--json", "self-check", "add", "phq9"])
        .args(["--answers", "0,0,0,0,0,0,0,0,2"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let saved: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(saved["score"], 2);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("You don't have to carry this alone"), "{err}");
    assert!(err.contains("US and Canada: call or text 988"), "{err}");
}

#[test]
fn item_nine_lists_the_persons_people_and_their_countrys_line_first() {
    let env = setup();
    env.ok(&[
        "person",
        "add",
        "Sam",
        "--role",
        "sponsor",
        "--phone",
        "07700 900123",
    ]);
    std::fs::write(
        env.config(),
        "[show]\ncrisis_lines = [\"My nurse: 0161 000 0000\"]\n",
    )
    .unwrap();
    let out = env
        .tend()
        .env("LANG", "en_IE.UTF-8")
        .args([
            "self-check",
            "add",
            "PHQ-9",
            "--answers",
            "0,0,0,0,0,0,0,0,2",
        ])
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    assert!(out.contains("  • Sam (sponsor): 07700 900123"), "{out}");
    let at = |needle: &str| {
        out.find(needle)
            .unwrap_or_else(|| panic!("{needle:?}: {out}"))
    };
    assert!(at("My nurse: 0161 000 0000") < at("UK and Ireland: 116 123"));
    assert!(
        at("UK and Ireland: 116 123") < at("US and Canada"),
        "Ireland's line first"
    );
    let shown = env
        .tend()
        .args(["config", "show"])
        .env("LANG", "en_IE.UTF-8")
        .output()
        .unwrap();
    let shown = String::from_utf8(shown.stdout).unwrap();
    assert!(
        shown.contains("# country: not set; \"IE\" from the locale"),
        "{shown}"
    );
}

#[test]
fn take_reads_answers_goes_back_and_shows_the_plan_at_item_nine() {
    let env = setup();
    // "b" goes back from item 3 to item 2; "x" and "9" are asked again.
    let out = env
        .tend()
        .args(["self-check", "take", "PHQ-9"])
        .write_stdin("1\n2\nb\n3\nx\n9\n1\n1\n1\n0\n0\n0\n2\n")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("9/9  Thoughts that you would be better off dead"),
        "{text}"
    );
    assert!(
        text.contains("Please type one of the numbers shown."),
        "{text}"
    );
    let plan = text.find("Crisis line (call 988)").expect("plan shown");
    let saved = text.find("Saved PHQ-9").expect("saved");
    assert!(plan < saved, "the plan comes at once, before the score");
    assert!(text.contains("9 of 27 · mild"), "{text}");
    let json = env.json(&["self-check", "list"]);
    assert_eq!(
        json[0]["answers"],
        serde_json::json!([1, 3, 1, 1, 1, 0, 0, 0, 2])
    );
}

#[test]
fn stopping_half_way_saves_nothing() {
    let env = setup();
    let out = env
        .tend()
        .args(["self-check", "take", "gad7"])
        .write_stdin("1\n2\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("stopped at item 3 of 7: nothing was saved")
    );
    assert_eq!(env.ok(&["self-check", "list", "--json"]).trim(), "[]");
}

#[test]
fn bad_answers_are_refused_in_one_line() {
    let env = setup();
    env.refused(
        &["self-check", "add", "beck", "--answers", "1"],
        2,
        "choose one of PHQ-9, GAD-7, WHO-5, BARC-10, PACS",
    );
    env.refused(
        &["self-check", "add", "phq9", "--answers", "0,1,2"],
        2,
        "PHQ-9 has 9 items; got 3 answers",
    );
    env.refused(
        &[
            "self-check",
            "add",
            "phq9",
            "--answers",
            "0,0,4,0,0,0,0,0,0",
        ],
        2,
        "PHQ-9 item 3 takes 0 to 3; got 4",
    );
    env.refused(
        &[
            "self-check",
            "add",
            "barc10",
            "--answers",
            "0,1,1,1,1,1,1,1,1,1",
        ],
        2,
        "BARC-10 item 1 takes 1 to 6; got 0",
    );
    env.refused(
        &["self-check", "add", "pacs", "--answers", "1,1,x,1,1"],
        2,
        "each answer must be a whole number",
    );
    env.refused(
        &[
            "self-check",
            "add",
            "pacs",
            "--answers",
            "1,1,1,1,1",
            "--date",
            "2026-12-01",
        ],
        2,
        "cannot be in the future",
    );
}

#[test]
fn scores_and_bands_reach_the_counselor_summary_in_every_format() {
    let env = setup();
    env.ok(&[
        "self-check",
        "add",
        "phq9",
        "--answers",
        "2,2,2,2,2,2,2,0,0",
        "--date",
        "2026-11-02",
    ]);
    env.ok(&[
        "self-check",
        "add",
        "phq9",
        "--answers",
        "1,1,1,1,1,0,0,0,0",
        "--date",
        "2026-11-16",
    ]);
    let md = env.ok(&[
        "export",
        "summary",
        "--format",
        "md",
        "--from",
        "2026-10-01",
    ]);
    assert!(
        md.contains("| 2026-11-16 | PHQ-9 | 5 of 27 | mild |"),
        "{md}"
    );
    assert!(md.contains("PHQ-9 trend: 14 → 5"), "{md}");
    assert!(
        md.contains("with an educational grant from Pfizer Inc"),
        "attribution: {md}"
    );
    let csv = env.ok(&[
        "export",
        "summary",
        "--format",
        "csv",
        "--from",
        "2026-10-01",
    ]);
    assert!(
        csv.lines().next().unwrap().ends_with(",self_checks"),
        "{csv}"
    );
    assert!(
        csv.contains("2026-11-02,Mon,") && csv.contains("PHQ-9 14 of 27 (moderate)"),
        "{csv}"
    );
    let html_path = env.dir.path().join("s.html");
    env.ok(&[
        "export",
        "summary",
        "--from",
        "2026-10-01",
        "-o",
        html_path.to_str().unwrap(),
    ]);
    let html = std::fs::read_to_string(html_path).unwrap();
    assert!(
        html.contains("<td>PHQ-9</td><td class=\"n\">5 of 27</td><td>mild</td>"),
        "{html}"
    );
    assert!(
        html.contains("Kurt Kroenke and colleagues"),
        "attribution in the HTML"
    );
    // A range without results leaves the scales out.
    let csv = env.ok(&[
        "export",
        "summary",
        "--format",
        "csv",
        "--from",
        "2026-11-20",
    ]);
    assert!(!csv.contains("self_checks"), "{csv}");
}
