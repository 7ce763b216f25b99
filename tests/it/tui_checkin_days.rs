//! Past days on the Check-in screen and goals logged for a chosen day, headless on the
//! fixture journal (`common::fixture`, today 2026-11-23, check-ins on most days but not
//! 19 November): ←→ by day, a typed date, the form filled or empty and saved as that
//! day; future days and days before 1900 refused. And the check-in's own keys: every
//! hint its status line shows, on every row, does what it says; help opens inside it.

use crate::common;

use chrono::NaiveDate;
use common::person::Person;
use crossterm::event::KeyCode::{self, Backspace, Char, Enter, Esc, F, Left, Right};
use crossterm::event::KeyModifiers;
use tend::tui::overlay::Overlay;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

/// A snapshot at 80×24 of the fixture reached by `keys`, and the same in the
/// pseudo-locale with no English word that skipped the catalog.
fn snapshot(name: &str, keys: &[KeyCode]) {
    snapshot_at(name, (80, 24), keys);
}

/// As `snapshot`, at `w`×`h`.
fn snapshot_at(name: &str, (w, h): (u16, u16), keys: &[KeyCode]) {
    let mut p = Person::fixture();
    p.keys(keys);
    insta::assert_snapshot!(format!("{name}_{w}x{h}"), p.screen(w, h));
    tend::catalog::in_language(tend::catalog::Language::Pseudo, || {
        let mut p = Person::fixture();
        p.keys(keys);
        common::pseudo::assert_translated(name, &p.screen(w, h), &p.own_words());
    });
}

#[test]
fn a_past_day_filled() {
    snapshot("checkin_past_day_filled", &[Char('2'), Left]);
    snapshot("checkin_form_past_day_filled", &[Char('2'), Left, Enter]);
}

#[test]
fn a_past_day_empty() {
    // 19 November has no check-in.
    snapshot(
        "checkin_past_day_empty",
        &[Char('2'), Left, Left, Left, Left],
    );
    let empty = [Char('2'), Left, Left, Left, Left, Enter];
    snapshot("checkin_form_past_day_empty", &empty);
}

#[test]
fn the_sliders_name_their_ends_and_sleep_its_keys() {
    // Eight rows down, past the sliders and the HALT marks: sleep, and its keys below.
    let mut keys = vec![Char('2'), Enter];
    keys.extend([KeyCode::Tab; 8]);
    snapshot("checkin_form_sleep", &keys);
}

#[test]
fn help_opens_inside_a_form() {
    // Help is two columns: wide enough to read them whole.
    let wide = (120, 40);
    snapshot_at("help_inside_checkin", wide, &[Char('2'), Enter, Char('?')]);
    // In a text field `?` types; F1 opens help.
    snapshot_at("help_inside_goal_form", wide, &[Char('5'), Char('a'), F(1)]);
    let mut p = Person::fixture();
    p.keys(&[Char('5'), Char('a'), Char('?')]);
    assert!(p.screen(80, 24).contains("?▏"), "? typed in the title");
    p.press(F(1));
    assert!(matches!(p.app.top(), Some(Overlay::Help { .. })));
    p.press(Esc);
    assert!(
        p.screen(80, 24).contains("?▏"),
        "back in the form, nothing lost"
    );
}

#[test]
fn arrows_walk_the_days_and_enter_opens_the_day_shown() {
    let mut p = Person::fixture();
    p.keys(&[Char('2'), Right]);
    assert!(
        p.screen(80, 24).contains("checked in today"),
        "→ stops at today"
    );
    p.keys(&[Left, Left, Left, Left]);
    let screen = p.screen(80, 24);
    assert!(
        screen.contains("No check-in for Thursday 19 November"),
        "{screen}"
    );
    p.press(Enter);
    assert!(p.screen(80, 24).contains("How was Thursday 19 November?"));
    p.press(Char('3')).press(Enter);
    let c = p
        .store
        .checkin_on(day(19))
        .unwrap()
        .expect("saved as that day");
    assert_eq!(c.mood, Some(3));
    assert_eq!(
        p.message(),
        Some("Saved the check-in of Thursday 19 November.")
    );
    // Today's is untouched, and the screen stays on the day just saved.
    assert_eq!(p.store.checkin_on(day(23)).unwrap().unwrap().mood, Some(7));
    assert!(
        p.screen(80, 24)
            .contains("Checked in for Thursday 19 November")
    );
    // ↓ from a day without a check-in goes to the check-in just before it.
    let mut p = Person::fixture();
    p.keys(&[Char('2'), Left, Left, Left, Left, KeyCode::Down]);
    assert!(
        p.screen(80, 24)
            .contains("Checked in for Wednesday 18 November")
    );
    p.press(KeyCode::Up);
    assert!(
        p.screen(80, 24)
            .contains("Checked in for Friday 20 November")
    );
}

#[test]
fn a_typed_day_opens_filled_or_empty_and_refuses_the_future_and_before_1900() {
    let mut p = Person::fixture();
    p.keys(&[Char('2'), Char('a')]);
    assert!(p.screen(80, 24).contains("yesterday▏"));
    p.press(Enter);
    let screen = p.screen(80, 24);
    assert!(screen.contains("How was Sunday 22 November?"), "{screen}");
    assert!(
        screen.contains("Mood       ■■■■■■■···  7"),
        "filled: {screen}"
    );
    p.press(Char('9')).press(Enter);
    assert_eq!(p.store.checkin_on(day(22)).unwrap().unwrap().mood, Some(9));
    for (typed, says) in [
        ("2026-11-24", "2026-11-24 is after today"),
        ("1899-12-31", "before 1900"),
    ] {
        p.press(Char('a'));
        p.keys(&[Backspace; 12]).type_text(typed).press(Enter);
        let screen = p.screen(80, 24);
        assert!(screen.contains(says), "{typed}: {screen}");
        assert!(matches!(p.app.top(), Some(Overlay::Form(_))), "{typed}");
        p.press(Esc);
    }
    p.press(Char('a'));
    p.keys(&[Backspace; 12])
        .type_text("2025-03-02")
        .press(Enter);
    assert!(p.screen(80, 24).contains("How was Sunday 2 March 2025?"));
    p.keys(&[KeyCode::Tab, Right]); // craving: a first touch is 0
    p.press_mod(Char('s'), KeyModifiers::CONTROL);
    let c = p
        .store
        .checkin_on(NaiveDate::from_ymd_opt(2025, 3, 2).unwrap());
    assert_eq!(c.unwrap().expect("saved").craving, Some(0));
}

#[test]
fn unsaved_words_on_one_day_are_asked_about_before_another_day() {
    let mut p = Person::fixture();
    p.keys(&[Char('2'), Left, Enter, Char('2')]);
    p.press(Esc);
    assert!(p.screen(80, 24).contains("Leave without saving"));
    p.press(Char('n'));
    assert!(matches!(p.app.top(), Some(Overlay::Checkin(f)) if f.sliders[0] == Some(2)));
}

#[test]
fn a_goal_is_logged_for_a_chosen_day() {
    let mut p = Person::fixture();
    let goals = p.store.goals(None, None).unwrap();
    let goal = goals.iter().find(|g| g.title == "Walk 30 minutes").unwrap();
    p.keys(&[Char('5'), Enter]);
    assert!(
        p.screen(80, 24).contains("2026-11-23▏"),
        "today unless changed"
    );
    p.keys(&[Backspace; 10]).type_text("2026-11-20");
    p.press(KeyCode::Tab).type_text("by the river").press(Enter);
    let logs = p.store.goal_logs(goal.id, Some(day(20))).unwrap();
    assert!(
        logs.iter()
            .any(|l| l.date == day(20) && l.note.as_deref() == Some("by the river")),
        "{logs:?}"
    );
    // Once a day for a habit; and never in the future.
    for (typed, says) in [
        ("2026-11-20", "already logged for Friday 20 November"),
        ("2026-11-24", "after today"),
    ] {
        p.press(Enter);
        p.keys(&[Backspace; 10]).type_text(typed).press(Enter);
        assert!(p.screen(80, 24).contains(says), "{typed}");
        p.press(Esc);
    }
}

/// The keys a status-line hint names ("Tab/↑↓", "←→", "0-9", "Space", "F1").
fn keys_of(label: &str) -> Vec<KeyCode> {
    if label == "0-9" {
        return vec![Char('0'), Char('3'), Char('9')];
    }
    label
        .split('/')
        .flat_map(|part| match part {
            "Tab" => vec![KeyCode::Tab],
            "Space" => vec![Char(' ')],
            "Enter" => vec![Enter],
            "Esc" => vec![Esc],
            "F1" => vec![F(1)],
            arrows => arrows
                .chars()
                .map(|c| match c {
                    '↑' => KeyCode::Up,
                    '↓' => KeyCode::Down,
                    '←' => Left,
                    '→' => Right,
                    c => Char(c),
                })
                .collect(),
        })
        .collect()
}

/// What the check-in form holds, as this test compares it.
#[derive(Debug, Clone, PartialEq)]
struct State {
    focus: usize,
    /// The row on screen: the HALT marks share one.
    row: usize,
    sliders: [Option<u8>; 7],
    halt: [bool; 4],
    sleep: Option<f64>,
    setback: bool,
}

/// The open check-in form, if it is on top.
fn state(p: &Person) -> Option<State> {
    let Some(Overlay::Checkin(f)) = p.app.top() else {
        return None;
    };
    let row = match f.focus {
        0..=6 => f.focus,
        7..=10 => 7,
        11 => 8,
        x => x - 3,
    };
    Some(State {
        focus: f.focus,
        row,
        sliders: f.sliders,
        halt: f.halt,
        sleep: f.sleep,
        setback: f.setback,
    })
}

/// On each kind of row, every hint of the status line, each of its keys pressed on a
/// fresh form: the key does what the word after it says.
#[test]
fn every_footer_hint_on_every_check_in_row_does_what_it_says() {
    // (row, tabs from the first slider to reach it); craving is a slider too.
    let rows = [
        ("mood", 0),
        ("craving", 1),
        ("HALT", 7),
        ("sleep", 8),
        ("intention", 9),
        ("setback", 13),
    ];
    let open = |tabs: usize| {
        let mut p = Person::fixture();
        p.keys(&[Char('2'), Enter]).tabs(tabs);
        p
    };
    for (row, tabs) in rows {
        let footer = open(tabs).app.footer();
        assert!(footer.contains("Enter save"), "{row}: {footer}");
        for hint in footer.split(" · ") {
            let (label, word) = hint.split_once(' ').unwrap();
            for key in keys_of(label) {
                let mut p = open(tabs);
                let before = state(&p).expect("the check-in is open");
                p.press(key);
                let what = format!("{row}: {key:?} should {word}");
                let after = state(&p);
                match word {
                    "field" => {
                        let after = after.expect(&what);
                        let down = matches!(key, KeyCode::Tab | KeyCode::Down);
                        let moved = if down {
                            after.row > before.row || (before.row == 13 && after.row == 0)
                        } else {
                            after.row < before.row || before.row == 0
                        };
                        assert!(moved, "{what}: {before:?} → {after:?}");
                    }
                    "adjust" | "set it" => {
                        let after = after.expect(&what);
                        let i = before.focus;
                        assert_ne!(after.sliders[i], before.sliders[i], "{what}");
                        if let Char(d) = key {
                            let d = d.to_digit(10).unwrap() as u8;
                            let want = if d == 0 && i != 1 { 10 } else { d };
                            assert_eq!(after.sliders[i], Some(want), "{what}");
                        }
                        assert_eq!(after.focus, before.focus, "{what}");
                    }
                    "move" => {
                        let after = after.expect(&what);
                        assert_eq!(after.halt, before.halt, "{what}: nothing ticked");
                        let right = key == Right;
                        assert_eq!(after.focus, if right { 8 } else { 7 }, "{what}");
                    }
                    "mark" => {
                        let after = after.expect(&what);
                        assert_ne!(
                            (after.halt, after.setback),
                            (before.halt, before.setback),
                            "{what}"
                        );
                    }
                    "half an hour" => {
                        let after = after.expect(&what);
                        let step = if key == Right { 0.5 } else { -0.5 };
                        assert_eq!(after.sleep, before.sleep.map(|h| h + step), "{what}");
                    }
                    "hours" => {
                        let Char(d) = key else { panic!("{what}") };
                        let d = f64::from(d.to_digit(10).unwrap());
                        assert_eq!(after.expect(&what).sleep, Some(d), "{what}");
                    }
                    "save" => {
                        assert!(after.is_none(), "{what}: the form closed");
                        assert!(p.message().unwrap().starts_with("Checked in"), "{what}");
                    }
                    "leave" => assert!(after.is_none(), "{what}: nothing changed, it closed"),
                    "help" => {
                        let help = matches!(p.app.top(), Some(Overlay::Help { .. }));
                        assert!(help, "{what}");
                    }
                    other => panic!("{row}: a hint this test doesn't know: {other}"),
                }
            }
        }
    }
}
