//! Stored text never drives the terminal: escape sequences (OSC 52 clipboard, OSC 0
//! title, CSI), C1 controls and bidi overrides in stored text reach plain output only
//! as visible escapes, while `--json` and exports keep the exact text.

use crate::common;

use common::Env;

const HOSTILE: &str = "Clip\u{1b}]52;c;aGVsbG8=\u{7} title\u{1b}]0;pwned\u{7} red\u{1b}[31m c1\u{9b}2J bidi\u{202E}txet\u{2066}x";

fn raw_controls(s: &str) -> Vec<char> {
    s.chars()
        .filter(|c| {
            (c.is_control() && *c != '\n' && *c != '\t')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

#[test]
fn plain_output_shows_escapes_instead_of_running_them() {
    let env = Env::new();
    env.ok(&["journal", "add", HOSTILE, "--title", HOSTILE]);
    env.ok(&["commitment", "add", HOSTILE, "--start", "2026-01-01"]);
    env.ok(&[
        "goal",
        "add",
        HOSTILE,
        "--domain",
        "social",
        "--per-week",
        "3",
    ]);
    env.ok(&["trigger", "add", HOSTILE, "--category", "feelings"]);
    env.ok(&["plan", "add", "reasons", HOSTILE]);
    for args in [
        &["journal", "list"][..],
        &["journal", "show", "1"],
        &["journal", "search", "Clip"],
        &["goal", "list"],
        &["trigger", "list"],
        &["plan", "show"],
        &["commitment", "list"],
        &["stats"],
        &["profile", "show"],
    ] {
        let out = env.ok(args);
        assert_eq!(
            raw_controls(&out),
            vec![],
            "tend {args:?} printed raw controls:\n{out}"
        );
    }
    let shown = env.ok(&["journal", "show", "1"]);
    assert!(shown.contains("\\x1b]52;c;aGVsbG8=\\x07"), "{shown}");
    assert!(shown.contains("bidi<U+202E>txet<U+2066>x"), "{shown}");
}

#[test]
fn json_and_exports_keep_the_exact_text_with_nothing_raw() {
    let env = Env::new();
    env.ok(&["journal", "add", HOSTILE]);
    let out = env.ok(&["journal", "list", "--json"]);
    assert_eq!(raw_controls(&out), vec![], "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["body"], HOSTILE, "the exact text survives");
    let data = env.ok(&["export", "data"]);
    assert_eq!(raw_controls(&data), vec![]);
    assert!(
        data.contains("\\u001b]52") && data.contains("\\u202e"),
        "escaped the JSON way"
    );
}

/// Text that has scrambled terminals: escapes and C1, bidi overrides, an emoji family
/// joined by zero-width joiners, a zero-width space, wide CJK and combining accents.
const ODD: &str = "Fam\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}ily zero\u{200B}width 日本語の日記 cafe\u{301} \u{202E}evil\u{202C}";

#[test]
fn an_import_carries_the_exact_text_and_plain_output_still_shows_it_safely() {
    let from = Env::new();
    from.ok(&["journal", "add", HOSTILE, "--title", ODD]);
    from.ok(&["trigger", "add", HOSTILE, "--category", "feelings"]);
    let file = from.dir.path().join("data.json");
    std::fs::write(&file, from.ok(&["export", "data"])).unwrap();
    let to = Env::new();
    to.ok(&["import", file.to_str().unwrap()]);
    let v = to.json(&["journal", "show", "1"]);
    assert_eq!(
        (v["body"].as_str(), v["title"].as_str()),
        (Some(HOSTILE), Some(ODD))
    );
    for args in [&["journal", "show", "1"][..], &["trigger", "list"]] {
        let out = to.ok(args);
        assert_eq!(raw_controls(&out), vec![], "tend {args:?}:\n{out}");
    }
}

/// Every screen that shows stored text, with hostile text in each kind of record: no
/// cell holds a control, bidi or zero-width character, and every row is exactly as
/// wide as the terminal, so no border is pushed out of place.
#[test]
fn the_tui_draws_hostile_text_without_escapes_and_with_borders_in_place() {
    use crossterm::event::KeyCode::{Char, Enter, Right};
    use tend::domain::*;
    let mut p = common::person::Person::new(true);
    let both = format!("{HOSTILE} {ODD}");
    p.store
        .write(|w| {
            let at = common::clock().now();
            w.add_journal(JournalDraft {
                at,
                title: Some(ODD.into()),
                body: both.clone(),
                mood: None,
                domain: None,
                tags: vec![],
            })?;
            w.add_trigger(TriggerDraft {
                name: both.clone(),
                category: TriggerCategory::Feelings,
                origin: TriggerOrigin::Internal,
                notes: None,
                coping_ids: vec![],
            })?;
            w.add_coping(&both, Some(&both), None)?;
            w.add_plan_item(PlanSection::Reasons, &both, Some(&both), None)?;
            w.add_plan_item(PlanSection::Supports, &both, Some(ODD), None)?;
            w.add_commitment(
                &both,
                chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                Some(&both),
            )?;
            let mut g = common::person::habit(&both);
            g.why = Some(both.clone());
            w.add_goal(g)?;
            Ok(())
        })
        .unwrap();
    p.app.reload(&p.store).unwrap();
    let odd = |c: char| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'..='\u{200F}')
    };
    let check = |p: &mut common::person::Person, keys: &[crossterm::event::KeyCode], what: &str| {
        p.keys(keys);
        for (w, h) in [(80, 24), (120, 40)] {
            let screen = p.screen(w, h);
            for row in screen.lines() {
                // A row is drawn as "…", with the cells wide glyphs cover listed after it.
                let end = row
                    .find("\" Hidden by")
                    .unwrap_or(row.len().saturating_sub(1));
                let row = row.get(1..end).unwrap_or_default();
                assert!(!row.chars().any(odd), "{what} {w}x{h}: {row:?}");
                assert_eq!(
                    tend::domain::width(row),
                    usize::from(w),
                    "{what} {w}x{h}: {row}"
                );
            }
        }
    };
    check(&mut p, &[Char('3')], "journal list");
    check(&mut p, &[Enter], "reading");
    check(
        &mut p,
        &[crossterm::event::KeyCode::Esc, Char('5')],
        "goals",
    );
    check(&mut p, &[Char('6')], "plan");
    check(&mut p, &[Right], "triggers");
    check(&mut p, &[Right], "coping");
    check(&mut p, &[Right, Right], "commitments");
    check(&mut p, &[Char('1')], "today");
    check(&mut p, &[Char('!')], "crisis");
}
