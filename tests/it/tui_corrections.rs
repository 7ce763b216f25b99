//! Correcting and deleting from the TUI: every kind of record can be corrected (`e`)
//! and deleted (`d`, after a question naming it and what goes with it), and `U` puts
//! the last one back; long lists and texts page with a position shown, at 80×24.

use crate::common;

use common::person::Person;
use crossterm::event::KeyCode::{
    self, Char, Down, End, Enter, Esc, Home, Left, PageDown, Right, Tab,
};
use tend::domain::RecordKind;

/// The demo's Payday trigger, met several times.
fn payday(p: &Person) -> tend::domain::Trigger {
    let all = p.store.triggers().unwrap();
    all.into_iter().find(|t| t.name == "Payday").unwrap()
}

fn encounters_of(p: &Person, trigger: i64) -> usize {
    p.store
        .trigger_events(None, None, Some(trigger))
        .unwrap()
        .len()
}

#[test]
fn deleting_a_trigger_names_it_and_what_stays_and_undo_brings_it_all_back() {
    let mut p = Person::fixture();
    let t = payday(&p);
    let met = encounters_of(&p, t.id);
    assert!(met > 0);
    p.keys(&[Char('6'), Right, End]);
    assert!(p.screen(80, 24).contains("› Payday"));
    p.press(Char('d'));
    let asked = p.screen(80, 24);
    insta::assert_snapshot!("delete_trigger_question_80x24", asked);
    assert!(asked.contains("Delete the trigger \"Payday\"?"), "{asked}");
    assert!(asked.contains(&format!("Its {met} encounters")), "{asked}");
    p.press(Char('y'));
    assert!(
        p.store
            .triggers()
            .unwrap()
            .iter()
            .all(|x| x.name != "Payday")
    );
    assert_eq!(
        p.message(),
        Some("Deleted the trigger \"Payday\". U brings it back.")
    );
    p.press(Char('U'));
    assert_eq!(payday(&p).coping_ids, t.coping_ids);
    assert_eq!(
        encounters_of(&p, t.id),
        met,
        "the encounters are linked again"
    );
    assert_eq!(
        p.message(),
        Some("Undone: the trigger \"Payday\" is back as it was.")
    );
    p.press(Char('U'));
    assert!(p.message().unwrap().starts_with("Nothing to undo"));
}

#[test]
fn any_other_key_keeps_the_record() {
    let mut p = Person::new(true);
    let before = p.store.triggers().unwrap().len();
    p.keys(&[Char('6'), Right, Char('d'), Esc]);
    assert_eq!(p.store.triggers().unwrap().len(), before);
    assert!(p.message().unwrap().starts_with("Kept the trigger"));
}

#[test]
fn an_earlier_days_checkin_is_corrected_and_the_correction_undone() {
    let mut p = Person::new(true);
    p.keys(&[Char('2'), Down, Down]);
    let day = p.store.checkins(None, None, Some(3)).unwrap()[2].clone();
    p.press(Char('e'));
    assert!(
        p.screen(80, 24)
            .contains(&format!("How was {}?", day.date.format("%A %-d %B")))
    );
    p.press(Char('9')).press(Enter); // mood is the first field
    let now = p.store.checkin_on(day.date).unwrap().unwrap();
    assert_eq!(now.mood, Some(9));
    assert_eq!(now.craving, day.craving, "what wasn't touched stays");
    p.press(Char('U'));
    assert_eq!(
        p.store.checkin_on(day.date).unwrap().unwrap().mood,
        day.mood
    );
    // And deleted.
    p.keys(&[Char('d'), Char('y')]);
    assert!(p.store.checkin_on(day.date).unwrap().is_none());
}

#[test]
fn correcting_a_growth_entrys_date_moves_the_run_at_once() {
    let mut p = Person::new(true);
    let run = |p: &Person| p.app.cx.data.stats.commitments[0].current_run;
    let newest = p
        .store
        .setbacks(None, None)
        .unwrap()
        .last()
        .unwrap()
        .clone();
    let before = run(&p);
    p.keys(&[Char('7'), Right, Right, Right, Right]); // the growth timeline
    assert!(p.screen(80, 24).contains("Growth timeline"));
    p.press(Char('e'));
    p.keys(&[Down]); // kind, then the date
    for _ in 0..10 {
        p.press(KeyCode::Backspace);
    }
    let moved = p.app.cx.today - chrono::Duration::days(2);
    p.type_text(&moved.to_string()).press(Enter);
    assert_eq!(p.store.setback(newest.id).unwrap().date, moved);
    if newest.kind.ends_run() {
        assert_eq!(run(&p), 2);
    } else {
        assert_eq!(run(&p), before, "a hard day never touches the run");
    }
    p.press(Char('U'));
    assert_eq!(p.store.setback(newest.id).unwrap().date, newest.date);
    p.keys(&[Char('d'), Char('y')]);
    assert!(p.store.setback(newest.id).is_err());
}

#[test]
fn a_goals_progress_mark_is_corrected_and_deleted_and_the_goal_too() {
    let mut p = Person::new(true);
    p.keys(&[Char('5')]);
    let goal = p.app.screens.goals.cursor.id.unwrap();
    let marks = p.store.goal_logs(goal, None).unwrap().len();
    p.keys(&[Right, Char('d')]);
    assert!(p.screen(80, 24).contains("Delete the progress mark of"));
    p.press(Char('y'));
    assert_eq!(p.store.goal_logs(goal, None).unwrap().len(), marks - 1);
    p.press(Char('U'));
    assert_eq!(p.store.goal_logs(goal, None).unwrap().len(), marks);
    p.keys(&[Left, Char('d')]);
    let asked = p.screen(80, 24);
    assert!(
        asked.contains(&format!("Its {marks} progress marks go with it")),
        "{asked}"
    );
    p.press(Char('y'));
    assert!(p.store.goal(goal).is_err());
    p.press(Char('U'));
    assert_eq!(p.store.goal_logs(goal, None).unwrap().len(), marks);
}

#[test]
fn coping_encounters_and_commitments_each_have_a_tab_to_correct_them() {
    let mut p = Person::new(true);
    p.keys(&[Char('6'), Right, Right]); // Coping
    p.press(Char('a'))
        .type_text("Cold water on my face")
        .press(Enter);
    let c = p.store.coping_strategies().unwrap();
    let at = c
        .iter()
        .position(|c| c.name == "Cold water on my face")
        .unwrap();
    let added = c[at].id;
    p.press(Home);
    for _ in 0..at {
        p.press(Down);
    }
    p.keys(&[Char('e'), Tab])
        .type_text("thirty seconds")
        .press(Enter);
    let c = p.store.coping_strategies().unwrap();
    let edited = c.iter().find(|c| c.id == added).unwrap();
    assert_eq!(edited.description.as_deref(), Some("thirty seconds"));

    p.press(Right); // Encounters, newest first
    let newest = p.store.trigger_events(None, None, None).unwrap()[0].clone();
    p.press(Char('e'));
    p.keys(&[Down, Down, Down]); // when, trigger, before, after
    p.press(KeyCode::Backspace)
        .press(KeyCode::Backspace)
        .type_text("1")
        .press(Enter);
    assert_eq!(
        p.store.trigger_event(newest.id).unwrap().urge_after,
        Some(1)
    );

    p.press(Right); // Commitments
    let commitment = p.store.commitments().unwrap()[0].clone();
    let growth = p.store.setbacks(None, None).unwrap().len();
    p.press(Char('d'));
    let asked = p.screen(80, 24);
    assert!(asked.contains("Delete the commitment"), "{asked}");
    assert!(asked.contains("growth entries stay"), "{asked}");
    p.press(Char('y'));
    assert!(p.store.commitment(commitment.id).is_err());
    assert_eq!(p.store.setbacks(None, None).unwrap().len(), growth);
    p.press(Char('U'));
    assert_eq!(p.store.commitment(commitment.id).unwrap(), commitment);
}

#[test]
fn long_lists_page_and_say_where_the_cursor_is_at_80x24() {
    let mut p = Person::new(true);
    p.press(Char('3'));
    assert!(p.screen(80, 24).contains(" 1 of 40 "));
    p.press(PageDown);
    assert!(p.screen(80, 24).contains(" 11 of 40 "));
    p.press(Home);
    assert!(p.screen(80, 24).contains(" 1 of 40 "));
    p.press(Char('2')).press(End);
    let n = p.app.cx.data.checkins.len();
    assert!(p.screen(80, 24).contains(&format!(" {n} of {n} ")));
    p.press(Char('?'));
    let help = p.screen(80, 24);
    assert!(help.contains("lines 1–"), "{help}");
    // A page is a screenful, less a line to keep the thread; End then PgUp moves back.
    p.press(PageDown);
    let paged = p.screen(80, 24);
    assert!(paged.contains("lines 40–"), "{paged}");
    let last_start = |s: &str| -> usize {
        let after = s.split_once("lines ").unwrap().1;
        after.split('–').next().unwrap().parse().unwrap()
    };
    p.press(End);
    let end = last_start(&p.screen(80, 24));
    p.press(KeyCode::PageUp);
    assert_eq!(
        last_start(&p.screen(80, 24)),
        end - 39,
        "PgUp right after End moves a page back"
    );
}

#[test]
fn undo_is_a_key_of_its_own() {
    let p = Person::new(true);
    let keys = &p.app.cx.keys;
    use tend::tui::action::{Action, Screen};
    use tend::tui::keymap::Mode;
    assert_eq!(keys.key(Mode::Screen(Screen::Plan), Action::Undo), "U");
    assert_eq!(keys.key(Mode::Crisis, Action::Urge), "u");
    let _ = RecordKind::Trigger;
}

/// A check-in an older tend stored after today sits at the top of the days, where
/// the person can delete it (doctor points here too).
#[test]
fn a_check_in_dated_after_today_can_be_put_right_from_the_app() {
    let mut p = Person::new(true);
    let c = rusqlite::Connection::open(p.store.path()).unwrap();
    c.execute(
        "INSERT INTO checkins (date, mood, created_at, updated_at) VALUES ('2027-01-01', 5, 'x', 'x')",
        [],
    )
    .unwrap();
    drop(c);
    p.app.reload(&p.store).unwrap();
    p.press(Char('2'));
    assert!(p.screen(80, 24).contains("› 2027-01-01"));
    p.keys(&[Char('d'), Char('y')]);
    let future = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    assert!(p.store.checkin_on(future).unwrap().is_none());
}

/// The crisis view lists emergency contacts and the sponsor first, with their numbers,
/// before the plan's own list; the People tab adds, corrects and deletes them.
#[test]
fn emergency_contacts_and_the_sponsor_come_first_in_the_crisis_view() {
    let mut p = Person::new(true);
    p.keys(&[Char('6'), Right, Right, Right, Right, Right, Right]); // People
    assert!(p.screen(80, 24).contains("[People]"));
    p.press(Char('a'))
        .type_text("Zoe")
        .press(Tab)
        .type_text("family");
    p.press(Tab)
        .type_text("07700 900456")
        .press(Tab)
        .press(Tab)
        .press(Right)
        .press(Enter);
    p.press(Char('a'))
        .type_text("Sam B")
        .press(Tab)
        .type_text("sponsor");
    p.press(Tab).type_text("07700 900789").press(Enter);
    let zoe = p.store.find_person("Zoe").unwrap();
    assert!(zoe.emergency, "{zoe:?}");
    p.press(Char('!'));
    // Tall enough for everyone and every crisis line (80×24 scrolls the people).
    let screen = p.screen(120, 40);
    let at = |s: &str| {
        screen
            .find(s)
            .unwrap_or_else(|| panic!("{s} missing:\n{screen}"))
    };
    assert!(at("Zoe (emergency contact, family)") < at("Sam B (sponsor)"));
    assert!(
        at("Jo (emergency contact, family)") < at("Sam (sponsor)"),
        "emergency contacts, then sponsors"
    );
    assert!(
        at("Sam (sponsor)") < at("Sam B (sponsor)"),
        "sponsors by name"
    );
    assert!(screen.contains("07700 900456"));
    assert!(screen.contains("Professional and crisis contacts"));
    p.press(Esc).press(End).press(Char('d')).press(Char('y'));
    assert!(
        p.store.find_person("Zoe").is_err(),
        "the last row (by name) is Zoe"
    );
    p.press(Char('U'));
    assert!(p.store.find_person("Zoe").unwrap().emergency);
}
