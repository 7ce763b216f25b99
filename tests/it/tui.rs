//! The TUI, headless: every screen as a TestBackend snapshot at a fixed `today` on the
//! small fixture journal (`common::fixture`), the too-small message, and `update`
//! sequences that write the right rows.

use crate::common;

use common::clock;
use common::person::{Person, habit};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tend::domain::{GoalKind, PlanSection, Role, SetbackKind};
use tend::store::Store;
use tend::tui::action::{Action, Screen};
use tend::tui::app::{App, update};
use tend::tui::overlay::Overlay;

use KeyCode::{BackTab, Char, Down, Enter, Esc, Left, Right, Tab};

const SMALL: (u16, u16) = (80, 24);
const LARGE: (u16, u16) = (120, 40);

/// One snapshot of the fixture journal (`common::fixture`) at `today`, reached by
/// `reach` as a person reaches it: each screen and size is its own test, so one change
/// shows every screen it touches instead of stopping at the first. The same screen,
/// reached the same way in the pseudo-locale, shows no English word that skipped the
/// catalog.
fn snapshot(name: &str, (w, h): (u16, u16), reach: impl Fn(&mut Person)) {
    let mut p = Person::fixture();
    reach(&mut p);
    insta::assert_snapshot!(format!("{name}_{w}x{h}"), p.screen(w, h));
    pseudo(&format!("{name} at {w}x{h}"), (w, h), reach);
}

/// `reach` on the fixture journal in the pseudo-locale: the screen holds no plain-ASCII
/// English word but the person's own and what stays by design.
fn pseudo(what: &str, (w, h): (u16, u16), reach: impl Fn(&mut Person)) {
    tend::catalog::in_language(tend::catalog::Language::Pseudo, || {
        let mut p = Person::fixture();
        reach(&mut p);
        common::pseudo::assert_translated(what, &p.screen(w, h), &p.own_words());
    });
}

/// Goes to screen `s`, as its number key does.
fn go(s: Screen) -> impl Fn(&mut Person) {
    move |p| {
        let today = p.store.today().unwrap();
        update(&mut p.app, Action::Go(s), &p.store, today).unwrap();
    }
}

/// Presses `keys`, one after another.
fn press(keys: &[KeyCode]) -> impl Fn(&mut Person) + '_ {
    move |p| {
        p.keys(keys);
    }
}

#[test]
fn today_80x24() {
    snapshot("today", SMALL, go(Screen::Today));
}

#[test]
fn today_120x40() {
    snapshot("today", LARGE, go(Screen::Today));
}

#[test]
fn check_in_80x24() {
    snapshot("check-in", SMALL, go(Screen::Checkin));
}

#[test]
fn check_in_120x40() {
    snapshot("check-in", LARGE, go(Screen::Checkin));
}

#[test]
fn journal_80x24() {
    snapshot("journal", SMALL, go(Screen::Journal));
}

#[test]
fn journal_120x40() {
    snapshot("journal", LARGE, go(Screen::Journal));
}

#[test]
fn domains_80x24() {
    snapshot("domains", SMALL, go(Screen::Domains));
}

#[test]
fn domains_120x40() {
    snapshot("domains", LARGE, go(Screen::Domains));
}

#[test]
fn goals_80x24() {
    snapshot("goals", SMALL, go(Screen::Goals));
}

#[test]
fn goals_120x40() {
    snapshot("goals", LARGE, go(Screen::Goals));
}

#[test]
fn plan_80x24() {
    snapshot("plan", SMALL, go(Screen::Plan));
}

#[test]
fn plan_120x40() {
    snapshot("plan", LARGE, go(Screen::Plan));
}

#[test]
fn progress_80x24() {
    snapshot("progress", SMALL, go(Screen::Progress));
}

#[test]
fn progress_120x40() {
    snapshot("progress", LARGE, go(Screen::Progress));
}

#[test]
fn export_80x24() {
    snapshot("export", SMALL, go(Screen::Export));
}

#[test]
fn export_120x40() {
    snapshot("export", LARGE, go(Screen::Export));
}

#[test]
fn connections_80x24() {
    snapshot("connections", SMALL, go(Screen::Connections));
}

#[test]
fn connections_120x40() {
    snapshot("connections", LARGE, go(Screen::Connections));
}

#[test]
fn every_screen_has_its_snapshots() {
    // The tests above, one per screen: a new screen needs its own two.
    let named: Vec<String> = Screen::ALL
        .iter()
        .map(|s| s.title().to_lowercase())
        .collect();
    assert_eq!(
        named,
        [
            "today",
            "check-in",
            "journal",
            "domains",
            "goals",
            "plan",
            "progress",
            "export",
            "connections"
        ]
    );
}

#[test]
fn progress_calendar_80x24() {
    snapshot(
        "progress_calendar",
        SMALL,
        press(&[Char('7'), Right, Right, Right]),
    );
}

#[test]
fn progress_timeline_80x24() {
    snapshot(
        "progress_timeline",
        SMALL,
        press(&[Char('7'), Right, Right, Right, Right]),
    );
}

#[test]
fn plan_triggers_80x24() {
    snapshot("plan_triggers", SMALL, press(&[Char('6'), Right]));
}

#[test]
fn goal_form_80x24() {
    snapshot("goal_form", SMALL, press(&[Char('5'), Char('a')]));
}

#[test]
fn checkin_form_80x24() {
    snapshot("checkin_form", SMALL, press(&[Char('2'), Enter]));
}

#[test]
fn crisis_80x24() {
    snapshot("crisis", SMALL, press(&[Char('!')]));
}

#[test]
fn urge_surfing_80x24() {
    snapshot(
        "urge_surfing",
        SMALL,
        press(&[Char('!'), Char('u'), Char('8'), Enter]),
    );
}

#[test]
fn help_120x40() {
    snapshot("help", LARGE, press(&[Char('?')]));
}

#[test]
fn a_new_database_opens_on_a_skippable_welcome() {
    let mut p = Person::new(false);
    insta::assert_snapshot!("welcome_80x24", p.screen(80, 24));
    p.press(Esc);
    assert!(p.app.overlays.is_empty());
    assert!(p.screen(80, 24).contains("Skipped for now"));
    assert!(p.store.is_empty().unwrap());
}

#[test]
fn the_welcome_sets_up_a_commitment_reasons_and_plan() {
    let mut p = Person::new(false);
    p.type_text("Alex")
        .press(Tab)
        .type_text("Alcohol")
        .press(Tab);
    p.press(Tab)
        .type_text("My kids")
        .press(Tab)
        .press(Tab)
        .type_text("Sam")
        .press(Tab)
        .press(Right)
        .press(Tab)
        .type_text("07700 900123");
    p.press(Tab).type_text("Walk around the block").press(Enter);
    assert!(
        p.message().unwrap().starts_with("You're set up"),
        "{:?}",
        p.message()
    );
    let c = p.store.commitments().unwrap();
    assert_eq!(
        (c[0].name.as_str(), c[0].start_date.to_string().as_str()),
        ("Alcohol", "2026-11-23")
    );
    assert_eq!(
        p.store.profile().unwrap().display_name.as_deref(),
        Some("Alex")
    );
    let plan = p.store.plan(None).unwrap();
    let texts: Vec<(PlanSection, &str)> =
        plan.iter().map(|i| (i.section, i.text.as_str())).collect();
    assert_eq!(
        texts,
        [
            (PlanSection::Reasons, "My kids"),
            (PlanSection::CopingSteps, "Walk around the block"),
            (PlanSection::Supports, "Sam")
        ]
    );
    // The supporter is a person with their number, named in the plan; what helps is
    // a strategy of the coping toolbox, chosen for the plan.
    let sam = &p.store.people().unwrap()[0];
    assert_eq!(
        (
            sam.name.as_str(),
            sam.phone.as_deref(),
            sam.roles.as_slice()
        ),
        ("Sam", Some("07700 900123"), &[Role::Sponsor][..])
    );
    assert_eq!(
        (plan[2].person_id, plan[2].detail.as_deref()),
        (Some(sam.id), None)
    );
    let toolbox = p.store.coping_strategies().unwrap();
    assert_eq!(toolbox.len(), 1, "one strategy, not a second copy");
    assert_eq!(plan[1].coping_id, Some(toolbox[0].id));
    assert!(
        p.screen(80, 24)
            .contains("Alcohol day 1 · current run 1 day · 1 day on track")
    );
}

/// The first launch greets with "Welcome"; "Welcome back" only once the person has
/// been here before (the app opened on a journal that was no longer new).
#[test]
fn the_first_launch_says_welcome_and_the_next_welcome_back() {
    let mut p = Person::new(false);
    p.type_text("Alex")
        .press(Tab)
        .type_text("Alcohol")
        .press(Enter);
    let first = p.screen(80, 24);
    assert!(first.contains("Welcome, Alex."), "{first}");
    assert!(!first.contains("Welcome back"), "{first}");
    let Person { _dir, store, .. } = p;
    let again = Person::at(_dir, store);
    assert!(again.screen(80, 24).contains("Welcome back, Alex."));

    let mut skipped = Person::new(false);
    skipped.press(Esc);
    let screen = skipped.screen(80, 24);
    assert!(
        screen.contains("Welcome.") && !screen.contains("Welcome back"),
        "{screen}"
    );
}

/// Esc closes the form, help, picker or filter that is open, and the screen stays: a
/// second Esc (a habit, or a key pressed twice to be sure) never jumps to Today.
#[test]
fn esc_closes_what_is_open_and_stays_on_the_screen() {
    let mut p = Person::fixture();
    for (screen, open) in [
        (Char('5'), Char('a')), // Goals: the new-goal form
        (Char('6'), Char('a')), // Plan: the new-item form
        (Char('9'), Char('?')), // Connections: help
        (Char('3'), Char('!')), // Journal: the crisis view
        (Char('7'), Char('g')), // Progress: the growth form
    ] {
        p.press(screen);
        let on = p.app.screen;
        p.press(open);
        assert!(
            !p.app.overlays.is_empty(),
            "{open:?} opened nothing on {on:?}"
        );
        p.press(Esc);
        assert!(
            p.app.overlays.is_empty(),
            "Esc left {open:?} open on {on:?}"
        );
        p.press(Esc).press(Esc);
        assert_eq!(p.app.screen, on, "Esc after {open:?} left {on:?}");
    }
    // A filter is closed by Esc, and the Journal stays.
    p.press(Char('3')).press(Char('f'));
    p.press(Esc).press(Esc);
    assert_eq!(p.app.screen, Screen::Journal);
}

#[test]
fn a_keyboard_checkin_writes_one_row_and_offers_a_growth_entry() {
    let mut p = Person::new(false);
    p.press(Esc).press(Enter); // skip the welcome; Today → check-in form
    assert_eq!(p.app.screen, Screen::Checkin);
    p.press(Char('7')).tabs(1).keys(&[Right, Right]); // mood 7, craving 1
    p.tabs(6).keys(&[Right, Right]).press(Char(' ')); // HALT: Lonely
    p.tabs(2).type_text("walk"); // Intention
    p.tabs(4).press(Char(' ')); // I had a setback today
    p.press_mod(Char('s'), KeyModifiers::CONTROL);
    let c = p
        .store
        .checkin_on(p.store.today().unwrap())
        .unwrap()
        .expect("saved");
    assert_eq!(
        (c.mood, c.craving, c.lonely, c.intention.as_deref()),
        (Some(7), Some(1), true, Some("walk"))
    );
    assert!(
        p.screen(80, 24)
            .contains("Write a growth entry about the setback now?")
    );
    p.press(Enter); // yes: the form opens on the slip just saved
    p.tabs(3)
        .type_text("Had a drink at the party")
        .tabs(3)
        .type_text("Leave early")
        .press(Enter);
    let s = p.store.setbacks(None, None).unwrap();
    assert_eq!(
        (s[0].kind, s[0].learned.as_deref()),
        (SetbackKind::Slip, Some("Leave early"))
    );
    assert_eq!(p.app.screen, Screen::Progress);
    p.press(Right).press(Right).press(Right).press(Right);
    let screen = p.screen(80, 24);
    assert!(
        screen.contains("◆ 2026-11-23 slip") && screen.contains("learned: Leave early"),
        "{screen}"
    );
}

#[test]
fn leaving_unsaved_words_asks_first() {
    let mut p = Person::new(false);
    p.press(Esc)
        .press(Char('3'))
        .press(Char('n'))
        .type_text("Felt the urge and let it pass");
    p.press(Esc);
    assert!(p.screen(80, 24).contains("Leave without saving"));
    p.press(Char('n')); // keeps writing
    p.press_mod(Char('s'), KeyModifiers::CONTROL);
    let entries = p.store.journal(&Default::default()).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].body, "Felt the urge and let it pass");
}

#[test]
fn goals_are_added_logged_and_let_go() {
    let mut p = Person::new(false);
    p.press(Esc).press(Char('5')).press(Char('a'));
    p.type_text("Walk daily")
        .press(Tab)
        .keys(&[Right, Right, Right, Right])
        .press(Tab)
        .press(Tab);
    p.press(Right).press(Right).press(Enter); // 5 times a week (3 → 5)
    let g = &p.store.goals(None, None).unwrap()[0];
    assert_eq!(
        (g.title.as_str(), g.kind, g.per_week, g.domain.as_str()),
        ("Walk daily", GoalKind::Habit, Some(5), "spiritual")
    );
    p.press(Char(' '));
    assert_eq!(p.store.goal_logs(g.id, None).unwrap().len(), 1);
    assert!(p.screen(80, 24).contains("1/5 this week"));
    p.keys(&[Char('s'), Char('s'), Char('s')]);
    assert_eq!(p.store.goal(g.id).unwrap().status.label(), "let go");
}

#[test]
fn plan_items_are_added_moved_and_removed_in_place() {
    let mut p = Person::new(false);
    p.press(Esc).press(Char('6'));
    p.press(Char('a')).type_text("My kids").press(Enter); // Reasons is the first row
    p.press(Char('a')).type_text("Waking up clear").press(Enter);
    let texts = |p: &Person| {
        p.store
            .plan(Some(PlanSection::Reasons))
            .unwrap()
            .into_iter()
            .map(|i| i.text)
            .collect::<Vec<_>>()
    };
    assert_eq!(texts(&p), ["My kids", "Waking up clear"]);
    p.keys(&[Down, Down, Char('K')]);
    assert_eq!(texts(&p), ["Waking up clear", "My kids"]);
    p.keys(&[Char('d'), Char('y')]);
    assert_eq!(texts(&p), ["My kids"]);
    // A trigger with a coping step, on the second tab.
    p.press(Right)
        .press(Char('a'))
        .type_text("Payday")
        .press(Tab)
        .press(Right)
        .press(Tab)
        .press(Tab)
        .type_text("Call Sam")
        .press(Enter);
    let t = &p.store.triggers().unwrap()[0];
    assert_eq!((t.name.as_str(), t.category.as_str()), ("Payday", "times"));
    assert_eq!(p.store.coping_strategies().unwrap()[0].name, "Call Sam");
    assert_eq!(t.coping_ids.len(), 1);
    // The trigger's coping step reaches the crisis view.
    let crisis = |p: &mut Person| {
        p.press(Char('!'));
        let screen = p.screen(80, 24);
        p.press(Esc);
        screen
    };
    let screen = crisis(&mut p);
    assert!(screen.contains("• Call Sam"), "{screen}");
    // Chosen for the plan by its name: the toolbox's own strategy, not a second.
    p.press(Left);
    for _ in 0..10 {
        p.press(Char('k'));
    }
    p.keys(&[Down, Down, Down, Down]); // the coping steps' heading
    p.press(Char('a')).type_text(" call sam").press(Enter);
    let coping = |p: &Person| {
        p.store
            .plan(Some(PlanSection::CopingSteps))
            .unwrap()
            .into_iter()
            .map(|i| i.text)
            .collect::<Vec<_>>()
    };
    assert_eq!(coping(&p), ["Call Sam"]);
    assert_eq!(p.store.coping_strategies().unwrap().len(), 1);
    // Taken out of the plan, it stays in the toolbox and with its trigger; U puts it back.
    p.keys(&[Down, Char('d')]);
    assert!(coping(&p).is_empty());
    assert!(
        p.message()
            .unwrap()
            .contains("still in your coping toolbox")
    );
    assert_eq!(p.store.coping_strategies().unwrap().len(), 1);
    assert!(crisis(&mut p).contains("• Call Sam"));
    p.press(Char('U'));
    assert_eq!(coping(&p), ["Call Sam"]);
}

#[test]
fn journal_search_and_filters() {
    let mut p = Person::new(true);
    p.press(Char('3'))
        .press(Char('/'))
        .type_text("sister")
        .press(Enter);
    assert!(!p.app.screens.journal.entries.is_empty());
    assert!(
        p.app
            .screens
            .journal
            .entries
            .iter()
            .all(|e| e.body.to_lowercase().contains("sister"))
    );
    assert!(p.screen(80, 24).contains("matching “sister”"));
    p.press(Esc);
    assert_eq!(p.app.screens.journal.view.search, None);
    p.press(Char('f'));
    assert!(
        p.app
            .screens
            .journal
            .entries
            .iter()
            .all(|e| e.domain.map(|d| d.as_str()) == Some("physical"))
    );
    p.press(Esc).press(Char('t'));
    let tag = p
        .app
        .screens
        .journal
        .view
        .tag
        .clone()
        .expect("a tag filter");
    assert!(
        p.app
            .screens
            .journal
            .entries
            .iter()
            .all(|e| e.tags.contains(&tag))
    );
    p.press(Esc).press(Char('[')).press(Char('['));
    assert!(
        p.screen(80, 24).contains("October 2026"),
        "the first [ shows this month"
    );
    assert!(!p.app.screens.journal.entries.is_empty());
    assert!(
        p.app
            .screens
            .journal
            .entries
            .iter()
            .all(|e| e.date.format("%Y-%m").to_string() == "2026-10")
    );
    p.press(Char(']')).press(Char(']')).press(Char(']'));
    assert!(
        p.screen(80, 24).contains("November 2026"),
        "never past this month"
    );
}

#[test]
fn urge_surfing_logs_an_encounter() {
    let mut p = Person::new(false);
    p.press(Esc)
        .press(Char('!'))
        .press(Char('u'))
        .press(Char('8'))
        .press(Enter);
    assert!(p.screen(80, 24).contains("0:00 of 20:00"));
    p.press(Enter).press(Char('3')).press(Enter);
    let e = &p.store.trigger_events(None, None, None).unwrap()[0];
    assert_eq!((e.urge_before, e.urge_after), (8, Some(3)));
    assert!(p.message().unwrap().contains("urge 8 → 3"));
}

#[test]
fn too_small_says_so() {
    let p = Person::new(true);
    let screen = p.screen(50, 12);
    assert!(
        screen.contains("Make the window at least 60×20 (it is 50×12)."),
        "{screen}"
    );
}

#[test]
fn keys_navigate_and_q_quits() {
    let mut p = Person::new(false);
    p.press(Esc);
    for (code, screen) in [
        (Char('7'), Screen::Progress),
        (Tab, Screen::Export),
        (Tab, Screen::Connections),
        (Tab, Screen::Today),
        (BackTab, Screen::Connections),
    ] {
        p.press(code);
        assert_eq!(p.app.screen, screen);
    }
    p.press(Char('!'));
    assert!(p.crisis());
    p.press(Esc);
    assert!(!p.crisis());
    p.press(Char('q'));
    assert!(p.app.quit);
}

#[test]
fn a_setback_today_reads_as_a_fresh_start_not_a_zero() {
    let mut p = Person::new(false);
    p.type_text("").press(Tab).type_text("Alcohol").press(Enter);
    p.press(Char('g')).press(Right).press(Enter); // a slip, today
    p.press(Char('1'));
    let screen = p.screen(80, 24);
    assert!(
        screen.contains("Alcohol day 1 · a fresh start today · 0 days on track"),
        "{screen}"
    );
    for word in ["reset", "failure", "streak lost"] {
        assert!(!screen.to_lowercase().contains(word));
    }
}

#[test]
fn alt_keys_are_read_as_esc_then_the_key() {
    use tend::tui::split_alt;
    let k = KeyEvent::new(Char('2'), KeyModifiers::ALT);
    let keys = split_alt(k);
    assert_eq!(
        keys,
        [
            KeyEvent::new(Esc, KeyModifiers::NONE),
            KeyEvent::new(Char('2'), KeyModifiers::NONE)
        ]
    );
    assert_eq!(
        split_alt(KeyEvent::new(Char('x'), KeyModifiers::NONE)).len(),
        1
    );
}

#[test]
fn q_quits_even_from_the_crisis_view_and_numbers_leave_it() {
    let mut p = Person::new(false);
    p.press(Esc).press(Char('!')).press(Char('3'));
    assert!(!p.crisis());
    assert_eq!(p.app.screen, Screen::Journal);
    p.press(Char('!')).press(Char('q'));
    assert!(p.app.quit);
}

/// The export form's dates follow its range; the preview reads as words, not
/// Markdown; leaving asks nothing; a file goes into the exports folder, named in full.
#[test]
fn the_export_form_follows_its_range_and_writes_into_the_exports_folder() {
    let mut p = Person::new(true);
    let today = p.store.today().unwrap();
    let exports = p._dir.path().join("exports");
    p.app.cx.prefs.exports = Some(exports.clone());
    p.press(Char('8')).press(Enter);
    let from = |p: &Person| match p.app.top() {
        Some(Overlay::Form(v)) => v.form.fields()[1].shown(),
        _ => panic!("the export form"),
    };
    assert_eq!(from(&p), (today - chrono::Duration::days(29)).to_string());
    p.press(Right); // last 90 days
    assert_eq!(from(&p), (today - chrono::Duration::days(89)).to_string());
    let preview = p.export_preview();
    assert!(!preview.contains('\\'), "no Markdown escapes: {preview}");
    assert!(!preview.contains("|---"), "{preview}");
    assert!(preview.contains("Checked in · "), "{preview}");
    // Typing a date of one's own chooses "these dates".
    p.tabs(1).press(KeyCode::Backspace).type_text("1");
    let screen = p.screen(120, 40);
    assert!(screen.contains("‹ these dates ›"), "{screen}");
    assert!(
        screen.contains(&format!("Saved in {}", exports.display())),
        "{screen}"
    );
    // Leaving loses no words: no question about unsaved changes.
    p.press(Esc);
    assert!(p.app.overlays.is_empty(), "closed at once");
    assert!(!p.screen(120, 40).contains("unsaved"));
    p.press(Enter).press(Enter); // open the form again, and write

    let msg = p.message().unwrap().to_string();
    let file = exports.join(format!(
        "tend-summary-{}-to-{today}.html",
        today - chrono::Duration::days(29)
    ));
    assert!(msg.contains(&file.display().to_string()), "{msg}");
    let screen = p.screen(80, 24);
    assert!(
        screen.contains(&file.display().to_string()),
        "the full path stays on the Export screen, even at 80 columns: {screen}"
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(
        std::fs::metadata(&exports).unwrap().permissions().mode() & 0o777,
        0o700
    );
}

#[test]
fn the_export_screen_previews_and_writes_a_private_file() {
    use std::os::unix::fs::PermissionsExt;
    let mut p = Person::fixture();
    let today = p.store.today().unwrap();
    p.store
        .write(|w| {
            w.upsert_checkin(
                today,
                &tend::domain::CheckinPatch {
                    note: Some("PRIVATE-NOTE".into()),
                    ..Default::default()
                },
            )
        })
        .unwrap();
    p.press(Char('8'));
    assert_eq!(p.app.screen, Screen::Export);
    assert!(p.export_preview().starts_with("Recovery summary for Alex"));
    p.press(Enter);
    insta::assert_snapshot!("export_form_120x40", p.screen(120, 40));
    let small = p.screen(80, 24);
    assert!(
        small.contains("› Range") && small.contains("Save as"),
        "every field fits at 80×24 (the intro gives way): {small}"
    );
    assert!(!p.export_preview().contains("PRIVATE-NOTE"));
    assert!(p.export_preview().contains("- Call S."));
    p.tabs(6).press(Right); // name people in full: yes
    assert!(p.export_preview().contains("- Call Sam"));
    p.press(Left).tabs(9); // back to no, and round to the range again
    p.press(Right); // last 90 days
    assert!(p.export_preview().contains(&format!(
        "{} to {today}",
        today - chrono::Duration::days(89)
    )));
    p.tabs(4).press(Right); // share check-in notes: yes
    assert!(p.export_preview().contains("PRIVATE-NOTE"));
    let out = p._dir.path().join("for-dr-patel.html");
    p.tabs(10).type_text(out.to_str().unwrap()).press(Enter);
    let msg = p.message().unwrap().to_string();
    assert!(
        msg.starts_with("Wrote the summary of") && msg.contains("for-dr-patel.html"),
        "{msg}"
    );
    assert_eq!(
        std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("PRIVATE-NOTE")
    );
    // Writing again to the same name asks first (with the full path), and a second
    // Enter writes over it.
    let before = std::fs::read(&out).unwrap();
    p.press(Enter)
        .tabs(14)
        .type_text(out.to_str().unwrap())
        .press(Enter);
    let Some(Overlay::Form(form)) = p.app.top() else {
        panic!("the form stays open")
    };
    let full = std::fs::canonicalize(&out).unwrap();
    let error = form.error.clone().unwrap();
    assert!(
        error.contains(&format!(
            "{} already exists: Enter writes over it",
            full.display()
        )),
        "{error}"
    );
    assert_eq!(std::fs::read(&out).unwrap(), before, "not written yet");
    p.type_text("x").press(KeyCode::Backspace); // touched again: ask again
    p.press(Enter);
    assert!(
        matches!(p.app.top(), Some(Overlay::Form(_))),
        "asked again after a change"
    );
    p.press(Enter);
    assert!(
        p.message().unwrap().starts_with("Wrote the summary"),
        "{:?}",
        p.message()
    );
    assert_ne!(std::fs::read(&out).unwrap(), before, "written over");
}

#[test]
fn the_curtain_hides_everything_and_any_key_lifts_it() {
    let mut p = Person::new(true);
    p.press_mod(Char('l'), KeyModifiers::CONTROL);
    let screen = p.screen(80, 24);
    assert!(
        screen.contains("tend is locked.") && screen.contains("Press any key"),
        "{screen}"
    );
    assert!(
        !screen.contains("Alex") && !screen.contains("Alcohol") && !screen.contains("Today"),
        "{screen}"
    );
    p.press(Char('x'));
    assert!(!p.app.locked());
    assert_eq!(
        p.app.screen,
        Screen::Today,
        "the key that lifts the curtain does nothing else"
    );
}

#[test]
fn an_encrypted_journal_needs_its_passphrase_to_come_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let store = Store::open(&path, clock()).unwrap();
    tend::demo::generate(&store, store.today().unwrap(), 1, 7, Some(10)).unwrap();
    drop(store);
    let key = || tend::secret::Passphrase::new("blue valentines").unwrap();
    tend::store::crypto::encrypt(&path, clock(), key()).unwrap();
    let store = Store::open_with(&path, clock(), Some(key())).unwrap();
    let mut p = Person {
        app: App::new(&store, store.today().unwrap()).unwrap(),
        store,
        _dir: dir,
    };
    p.press_mod(Char('l'), KeyModifiers::CONTROL);
    p.type_text("blue valentine").press(Enter);
    assert!(p.app.locked());
    let screen = p.screen(80, 24);
    assert!(
        screen.contains("That passphrase did not open it") && !screen.contains("blue"),
        "{screen}"
    );
    p.type_text("blue valentines");
    assert!(p.screen(80, 24).contains("Passphrase: •••••••••••••••"));
    p.press(Enter);
    assert!(!p.app.locked());
    assert!(p.screen(80, 24).contains("Welcome back, Alex"));
}

/// The self-check tab, a PHQ-9 item on screen, and the result with its band and trend.
#[test]
fn taking_a_phq9_shows_its_band_and_trend_and_saves_one_row() {
    let mut p = Person::fixture();
    let before = p.store.assessments(None, None).unwrap().len();
    p.press(Char('c'));
    assert_eq!(p.app.screen, Screen::Progress);
    insta::assert_snapshot!("selfcheck_tab_100x30", p.screen(100, 30));
    p.press(Enter);
    assert!(p.taking());
    // Answer, change one's mind with Backspace, then finish with ↓↓ Enter and numbers.
    p.type_text("12");
    p.press(KeyCode::Backspace);
    insta::assert_snapshot!("selfcheck_item_2_100x30", p.screen(100, 30));
    p.type_text("3");
    p.keys(&[Down, Down, Enter]);
    // Keys a scale does not offer are ignored.
    p.type_text("7");
    assert_eq!(
        p.app
            .action_for(KeyEvent::new(Char('x'), KeyModifiers::NONE)),
        None
    );
    p.type_text("111000");
    assert!(!p.crisis(), "item 9 answered 0: no crisis view");
    let saved = p.store.assessments(None, None).unwrap();
    assert_eq!(saved.len(), before + 1);
    let latest = saved.last().unwrap();
    assert_eq!(latest.instrument, "PHQ-9");
    assert_eq!(latest.answers, vec![1, 3, 2, 1, 1, 1, 0, 0, 0]);
    assert_eq!((latest.score, latest.band.as_str()), (9, "mild"));
    assert_eq!(latest.date.to_string(), "2026-11-23");
    let screen = p.screen(100, 30);
    assert!(screen.contains("9 of 27 · mild"), "{screen}");
    assert!(screen.contains("Trend: "), "{screen}");
    assert!(
        screen.contains("A screening aid, not a diagnosis"),
        "{screen}"
    );
    insta::assert_snapshot!("selfcheck_result_100x30", screen);
}

#[test]
fn phq9_item_nine_above_zero_opens_the_crisis_plan_at_once() {
    let mut p = Person::fixture();
    p.press(Char('c')).press(Enter);
    p.type_text("00000000");
    assert!(!p.crisis());
    p.type_text("1");
    assert!(p.crisis(), "the crisis view opens whatever the total");
    let screen = p.screen(100, 30);
    assert!(
        screen.contains("Thank you for answering honestly"),
        "{screen}"
    );
    assert!(
        screen.contains("Professional and crisis contacts"),
        "{screen}"
    );
    assert!(screen.contains("Crisis line"), "{screen}");
    // It leads with the person's reasons beside their people and the lines, not the
    // urge timer.
    assert!(screen.contains("My reasons for recovery"), "{screen}");
    assert!(!screen.contains("ride out an urge"), "{screen}");
    assert!(
        screen.contains("116 123") && screen.contains("800 911 2000"),
        "{screen}"
    );
    insta::assert_snapshot!("selfcheck_item9_crisis_100x30", screen);
    // The (minimal) result was still saved, and Esc returns to it.
    let latest = p.store.assessments(None, None).unwrap().pop().unwrap();
    assert_eq!((latest.score, latest.band.as_str()), (1, "minimal"));
    p.press(Esc);
    assert!(!p.crisis());
    let screen = p.screen(100, 30);
    assert!(screen.contains("1 of 27 · minimal"));
    // The result and Today keep the way back in sight, quietly.
    let way_back = "If those thoughts come back, ! opens your reasons";
    assert!(screen.contains(way_back), "{screen}");
    p.press(Char('1'));
    assert!(p.screen(100, 30).contains(way_back));
    // Two weeks on, it has gone from Today.
    let later = p.store.today().unwrap() + chrono::Duration::days(14);
    update(&mut p.app, Action::Go(Screen::Today), &p.store, later).unwrap();
    p.app.cx.today = later;
    p.app.reload(&p.store).unwrap();
    assert!(!p.screen(100, 30).contains(way_back));
}

#[test]
fn leaving_a_scale_half_way_asks_and_saves_nothing() {
    let mut p = Person::new(true);
    let before = p.store.assessments(None, None).unwrap().len();
    p.press(Char('c')).keys(&[Down, Enter]);
    p.type_text("12");
    p.press(Esc);
    assert!(p.screen(100, 30).contains("without saving your answers"));
    p.press(Char('n'));
    assert!(p.taking(), "any other key keeps them");
    p.press(Esc).press(Char('y'));
    assert!(p.app.overlays.is_empty());
    assert_eq!(p.store.assessments(None, None).unwrap().len(), before);
}

#[test]
fn today_suggests_a_scale_again_only_when_taken_before_and_due() {
    let mut p = Person::new(false);
    p.app.overlays.clear(); // past the welcome
    let quiet = p.screen(100, 30);
    assert!(
        !quiet.contains("take it again"),
        "never taken: never suggested"
    );
    let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    p.store
        .write(|w| w.add_assessment("GAD-7", d("2026-11-10"), &[1; 7], 7, "mild"))
        .unwrap();
    p.app.reload(&p.store).unwrap();
    assert!(
        !p.screen(100, 30).contains("take it again"),
        "13 days: not yet"
    );
    p.store
        .write(|w| w.add_assessment("PACS", d("2026-11-16"), &[1; 5], 5, "x"))
        .unwrap();
    p.app.reload(&p.store).unwrap();
    let screen = p.screen(100, 30);
    assert!(
        screen.contains("Your last PACS was on 16 Nov. Press c to take it again, if you'd like."),
        "{screen}"
    );
    assert_eq!(screen.matches("take it again").count(), 1, "one quiet line");
}

#[test]
fn settings_change_keys_domains_prompts_and_theme() {
    let mut p = Person::new(true);
    let text = "theme = \"high-contrast\"\n[show]\ndomains = [\"social\", \"mental\"]\nprompts = false\n\
                [keys]\ncrisis = \"ctrl-x\"\nfly = \"f\"\n";
    let loaded = tend::settings::parse(std::path::Path::new("/c/config.toml"), text);
    let problems = p.app.apply(&loaded.settings);
    assert_eq!(problems.len(), 1, "the unknown action is reported");
    assert_eq!(problems[0].line, 7);
    assert!(p.app.cx.theme.high_contrast);
    // `!` no longer opens the crisis plan; Ctrl-X does, and help says so.
    assert!(
        p.app
            .action_for(KeyEvent::new(Char('!'), KeyModifiers::NONE))
            .is_none()
    );
    p.press_mod(Char('x'), KeyModifiers::CONTROL);
    assert!(p.crisis());
    p.press(Esc).press(Char('?'));
    assert!(p.screen(120, 40).contains("Ctrl-X"));
    p.press(Esc);
    // The Domains screen shows the chosen domains, in order.
    p.press(Char('4'));
    let screen = p.screen(100, 30);
    assert!(screen.contains("[Social]  Mental"), "{screen}");
    assert!(!screen.contains("Physical"), "{screen}");
    p.keys(&[Right, Right]);
    assert_eq!(p.app.screens.domains.shown, 1, "two tabs only");
    // No writing prompt in the editor.
    p.press(Char('3')).press(Char('n'));
    assert!(p.screen(100, 30).contains("Write freely."));
}

#[test]
fn a_scale_on_a_small_window_keeps_the_item_the_marked_answer_and_the_attribution() {
    let mut p = Person::fixture();
    p.press(Char('c')).keys(&[Down, Down, Down, Down, Enter]);
    p.keys(&[Down, Down, Down, Down, Down, Down]);
    let screen = p.screen(60, 20);
    assert!(
        screen.contains("During the past week how often"),
        "{screen}"
    );
    assert!(screen.contains("› 6  Nearly all the time"), "{screen}");
    assert!(
        screen.contains("A screening aid, not a diagnosis"),
        "{screen}"
    );
    assert!(screen.contains("PACS: Flannery"), "{screen}");
    insta::assert_snapshot!("selfcheck_pacs_60x20", screen);
}

/// A status change re-sorts the list (active goals first); the next key still acts on
/// the goal under the cursor, found by its id, never on whatever moved into its row.
#[test]
fn goal_keys_act_on_the_goal_under_the_cursor_after_a_re_sort() {
    use tend::domain::GoalStatus;
    let mut p = Person::new(false);
    p.app.overlays.clear(); // past the welcome
    let draft = habit;
    let (a, b) = p
        .store
        .write(|w| Ok((w.add_goal(draft("Walk"))?, w.add_goal(draft("Swim"))?)))
        .unwrap();
    p.app.reload(&p.store).unwrap();
    p.press(Char('5')).press(Down); // on "Swim"
    p.press(Char('s')); // Swim: paused, and the list re-sorts: Walk, Swim
    p.press(Char('s')); // still Swim: achieved
    let status = |id| p.store.goal(id).unwrap().status;
    assert_eq!(status(a.id), GoalStatus::Active, "Walk was never touched");
    assert_eq!(status(b.id), GoalStatus::Achieved);
    p.press(KeyCode::Up).press(Char(' ')); // Walk, logged for today
    assert_eq!(p.store.goal_logs(a.id, None).unwrap().len(), 1);
    assert!(p.store.goal_logs(b.id, None).unwrap().is_empty());
}

#[test]
fn ctrl_c_quits_at_once_but_asks_first_when_words_are_unsaved() {
    let mut p = Person::new(false);
    p.press(Esc)
        .press(Char('3'))
        .press(Char('n'))
        .type_text("Not yet saved");
    p.press_mod(Char('c'), KeyModifiers::CONTROL);
    assert!(!p.app.quit);
    assert!(
        p.screen(80, 24)
            .contains("Quit without saving what you wrote?"),
        "{}",
        p.screen(80, 24)
    );
    p.press(Char('n')); // back to the words
    assert!(matches!(p.app.top(), Some(Overlay::Writer(_))));
    p.press_mod(Char('s'), KeyModifiers::CONTROL);
    p.press_mod(Char('c'), KeyModifiers::CONTROL);
    assert!(p.app.quit, "nothing unsaved: Ctrl-C quits at once");
    assert_eq!(p.store.journal(&Default::default()).unwrap().len(), 1);
}

#[test]
fn a_check_in_with_a_setback_ticked_asks_before_it_is_discarded() {
    let mut p = Person::new(false);
    p.press(Esc).press(Enter);
    p.tabs(13).press(Char(' ')); // "I had a setback today"
    p.press(Esc);
    assert!(p.screen(80, 24).contains("Leave without saving"));
    p.press(Char('x'));
    assert!(
        matches!(p.app.top(), Some(Overlay::Checkin(_))),
        "any other key keeps it"
    );
}

#[test]
fn hints_and_help_follow_the_settings_file() {
    let mut p = Person::new(true);
    let text = "[keys]\nadd = \"+\"\nsave = \"ctrl-w\"\n";
    let loaded = tend::settings::parse(std::path::Path::new("/c/config.toml"), text);
    assert!(p.app.apply(&loaded.settings).is_empty());
    p.press(Char('5'));
    let screen = p.screen(100, 30);
    assert!(screen.contains("Goals · + add · e edit"), "{screen}");
    p.press(Char('+'));
    let screen = p.screen(100, 30);
    assert!(screen.contains("Ctrl-W saves"), "{screen}");
    p.press(Esc).press(Char('3')).press(Char('n'));
    let screen = p.screen(100, 30);
    assert!(screen.contains("Ctrl-W saves"), "{screen}");
    p.type_text("A line")
        .press_mod(Char('w'), KeyModifiers::CONTROL);
    assert!(p.message().unwrap().starts_with("Saved entry"));
}

#[test]
fn ctrl_c_on_the_lock_screen_asks_before_unsaved_words_go() {
    let mut p = Person::new(false);
    p.press(Esc)
        .press(Char('3'))
        .press(Char('n'))
        .type_text("Half a thought");
    p.press_mod(Char('l'), KeyModifiers::CONTROL);
    p.press_mod(Char('c'), KeyModifiers::CONTROL);
    assert!(!p.app.quit);
    let screen = p.screen(80, 24);
    assert!(
        screen.contains("Quit without saving what you wrote?"),
        "{screen}"
    );
    assert!(
        !screen.contains("Half a thought"),
        "the curtain still hides the words"
    );
    p.press(Char('n'));
    assert!(p.app.locked(), "back to the lock screen");
    p.press(Char('x')); // lifts the curtain of a plain journal
    assert!(
        p.screen(80, 24).contains("Half a thought"),
        "the words are still there"
    );
}

/// A command writes today's note and HALT mark while the check-in form is open; the
/// form's save writes only what the person changed there.
#[test]
fn saving_the_check_in_form_keeps_what_a_command_wrote_meanwhile() {
    use tend::domain::CheckinPatch;
    let mut p = Person::new(false);
    p.press(Esc).press(Enter); // the check-in form, empty
    let today = p.store.today().unwrap();
    p.store
        .write(|w| {
            w.upsert_checkin(
                today,
                &CheckinPatch {
                    note: Some("from CLI".into()),
                    hungry: Some(true),
                    ..Default::default()
                },
            )
        })
        .unwrap();
    p.press(Right).press_mod(Char('s'), KeyModifiers::CONTROL); // mood 5, save
    let c = p.store.checkin_on(today).unwrap().unwrap();
    assert_eq!(
        (c.mood, c.note.as_deref(), c.hungry),
        (Some(5), Some("from CLI"), true)
    );
}

/// A goal edited elsewhere while its form is open: saving says so and keeps the words;
/// saving again goes over it.
#[test]
fn a_form_notices_its_record_changed_elsewhere_and_asks() {
    let mut p = Person::new(false);
    p.app.overlays.clear();
    let draft = habit;
    let g = p.store.write(|w| w.add_goal(draft("Walk"))).unwrap();
    p.app.reload(&p.store).unwrap();
    p.press(Char('5')).press(Char('e'));
    p.store
        .write(|w| w.edit_goal(g.id, draft("Walk daily")))
        .unwrap();
    p.type_text(" more").press(Enter);
    let screen = p.screen(100, 30);
    assert!(
        screen.contains("this goal changed elsewhere since you opened it"),
        "{screen}"
    );
    assert_eq!(
        p.store.goal(g.id).unwrap().title,
        "Walk daily",
        "not overwritten yet"
    );
    p.press(Enter);
    assert_eq!(
        p.store.goal(g.id).unwrap().title,
        "Walk more",
        "the second save goes over it"
    );
}

/// With no contacts in the plan, the crisis view still offers well-known lines and says
/// where to add one's own; the settings file's own lines come above them, never in
/// their place, and the country's line comes first.
#[test]
fn the_crisis_view_with_an_empty_plan_shows_crisis_lines() {
    let mut p = Person::new(false);
    p.press(Esc).press(Char('!'));
    let screen = p.screen(80, 24);
    for line in [
        "988",
        "116 123",
        "13 11 14",
        "1737",
        "024",
        "800 911 2000",
        "findahelpline.com",
        "911",
        "Add your own on the Plan screen (6)",
    ] {
        assert!(screen.contains(line), "{line:?} missing:\n{screen}");
    }
    insta::assert_snapshot!("crisis_empty_plan_80x24", screen);
    let text = "country = \"nz\"\n[show]\ncrisis_lines = [\"Krisentelefon: 0800 111 0 111\"]\n";
    let loaded = tend::settings::parse(std::path::Path::new("/c/config.toml"), text);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    p.app.apply(&loaded.settings);
    let screen = p.screen(80, 24);
    let at = |needle: &str| {
        screen
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} missing:\n{screen}"))
    };
    assert!(at("Krisentelefon: 0800 111 0 111") < at("1737"), "{screen}");
    assert!(at("1737") < at("988"), "New Zealand's line first: {screen}");
    assert!(at("988") < at("Emergency"), "{screen}");
}

/// Many people to call at 80×24: the crisis contacts stay in sight and the people
/// that don't fit are counted.
#[test]
fn the_crisis_contacts_stay_visible_however_many_people_there_are() {
    let mut p = Person::new(true);
    p.store
        .write(|w| {
            for n in 0..8 {
                w.add_plan_item(
                    PlanSection::Supports,
                    &format!("Friend {n}"),
                    Some("07700 900000"),
                    None,
                )?;
            }
            Ok(())
        })
        .unwrap();
    p.app.reload(&p.store).unwrap();
    p.press(Char('!'));
    let screen = p.screen(80, 24);
    assert!(
        screen.contains("Professional and crisis contacts"),
        "{screen}"
    );
    assert!(screen.contains("Crisis line (24 hours)"), "{screen}");
    // Packed to fit, each line's words held together by no-break spaces.
    let plain = screen.replace('\u{a0}', " ");
    for line in ["988", "116 123", "800 911 2000", "911/999/112/000"] {
        assert!(plain.contains(line), "built-in lines always show: {screen}");
    }
    assert!(
        screen.contains("Sam (sponsor)"),
        "two people still fit: {screen}"
    );
    // The demo's people (its prescriber among them) and the eight friends.
    assert!(screen.contains("11 more below (↑↓)"), "{screen}");
    assert!(!screen.contains("Friend 7"), "{screen}");
    // The rest scroll into view, a person at a time; the contacts stay where they are.
    for _ in 0..20 {
        p.press(Down);
    }
    let screen = p.screen(80, 24);
    assert!(screen.contains("Friend 7"), "{screen}");
    assert!(screen.contains("more above (↑↓)"), "{screen}");
    assert!(screen.contains("Crisis line (24 hours)"), "{screen}");
    p.press(KeyCode::Up);
    assert!(
        p.screen(80, 24).contains("1 more below"),
        "one Up after the end moves one back"
    );
}

/// A command in another shell checks in while the app shows Today: the next tick
/// shows it, and the Goals cursor stays on its goal.
#[test]
fn the_app_shows_writes_made_by_another_process_on_the_next_tick() {
    let mut p = Person::new(true);
    p.press(Char('5')).press(Down);
    let on = p.app.screens.goals.cursor.id;
    assert!(p.screen(100, 30).contains("Goals"));
    let other = Store::open(p.store.path(), clock()).unwrap();
    let today = other.today().unwrap();
    other
        .write(|w| {
            w.upsert_checkin(
                today,
                &tend::domain::CheckinPatch {
                    note: Some("from another shell".into()),
                    ..Default::default()
                },
            )?;
            w.add_goal(habit("A goal added elsewhere"))
        })
        .unwrap();
    assert!(!p.screen(100, 30).contains("A goal added elsewhere"));
    update(&mut p.app, Action::Tick, &p.store, today).unwrap();
    assert!(p.screen(100, 30).contains("A goal added elsewhere"));
    assert_eq!(
        p.app.screens.goals.cursor.id, on,
        "the cursor stays on its goal"
    );
    assert_eq!(
        p.app
            .cx
            .data
            .today_checkin
            .as_ref()
            .and_then(|c| c.note.as_deref()),
        Some("from another shell")
    );
}

/// Home, End, Delete and word steps work in a form's text field and in the check-in's.
#[test]
fn text_fields_take_home_end_delete_and_word_steps() {
    let mut p = Person::new(false);
    p.press(Esc).press(Char('5')).press(Char('a'));
    p.type_text("Walk the dog");
    p.press(KeyCode::Home).type_text("Daily: ");
    p.press(KeyCode::End)
        .press_mod(Left, KeyModifiers::CONTROL)
        .press(KeyCode::Delete)
        .type_text("h");
    let screen = p.screen(80, 24);
    assert!(screen.contains("Daily: Walk the h▏og"), "{screen}");
    p.press(Esc)
        .press(Char('y'))
        .press(Char('2'))
        .press(Enter)
        .tabs(9); // the HALT marks are one row
    p.type_text("rest").press(KeyCode::Home).type_text("more ");
    p.press(Left).press(Left).press(KeyCode::Delete);
    assert!(
        p.screen(80, 24).contains("Intention  mor▏ rest"),
        "{}",
        p.screen(80, 24)
    );
}
