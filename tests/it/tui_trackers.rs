//! The person's own trackers in the app: their answers in the check-in form after the
//! built-in fields, a safety answer opening the crisis view once saved, and a refusal
//! that names the tracker and keeps the form.

use crate::common;

use common::person::Person;
use crossterm::event::KeyCode::{Char, Down, Enter, Esc, Tab};
use crossterm::event::KeyModifiers;

const SMALL: (u16, u16) = (80, 24);
const LARGE: (u16, u16) = (120, 40);

/// The fixture with its trackers (`common::fixture::trackers`).
pub fn with_trackers() -> Person {
    let mut p = Person::fixture();
    common::fixture::trackers(&p.store);
    p.app.reload(&p.store).unwrap();
    p
}

/// Today's check-in form, focus on the first tracker (after the setback mark).
fn on_first_tracker(p: &mut Person) {
    p.press(Enter);
    for _ in 0..14 {
        p.press(Tab);
    }
}

fn save(p: &mut Person) {
    p.press_mod(Char('s'), KeyModifiers::CONTROL);
}

fn snap(name: &str, p: &Person) {
    for (w, h) in [SMALL, LARGE] {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), p.screen(w, h));
    }
}

#[test]
fn the_check_in_form_asks_the_trackers_after_its_own_fields() {
    let mut p = with_trackers();
    on_first_tracker(&mut p);
    snap("checkin_form_trackers", &p);
    let screen = p.screen(120, 40);
    for name in [
        "Urge to self-harm",
        "Urge to use",
        "Exercise",
        "Skills used",
    ] {
        assert!(screen.contains(name), "{name}:\n{screen}");
    }
    assert!(
        !screen.contains("Cold shower"),
        "an archived tracker is not asked"
    );
}

/// A 5 on the self-harm urge (its threshold, the top of its scale) is saved with the
/// check-in, in its one write, and the crisis view opens over the screen, saying why.
#[test]
fn a_five_on_the_self_harm_urge_opens_the_crisis_view() {
    let mut p = with_trackers();
    on_first_tracker(&mut p);
    p.press(Char('5'));
    p.press(Down).press(Char(' ')); // acted on it: yes
    save(&mut p);
    assert!(p.crisis(), "{}", p.screen(80, 24));
    let screen = p.screen(120, 40);
    assert!(
        screen.contains("Urge to self-harm at 5"),
        "the note says why:\n{screen}"
    );
    let today = p.store.today().unwrap();
    let values = p.store.day_values(today).unwrap();
    assert_eq!(values.len(), 1, "{values:?}");
    assert_eq!((values[0].value, values[0].acted_on), (5.0, Some(true)));
    assert!(
        p.store.checkin_on(today).unwrap().is_some(),
        "the check-in too"
    );
    p.press(Esc);
    assert!(!p.crisis());

    // Below the threshold, no crisis view: the check-in closes as always.
    let mut p = with_trackers();
    on_first_tracker(&mut p);
    p.press(Char('4'));
    save(&mut p);
    assert!(!p.crisis(), "{}", p.screen(80, 24));
    assert!(p.app.top().is_none());
}

#[test]
fn a_number_a_tracker_cant_take_is_refused_by_its_name_and_the_form_stays() {
    let mut p = with_trackers();
    on_first_tracker(&mut p);
    // Urge to self-harm, acted on, Urge to use, acted on, then Exercise.
    p.keys(&[Down, Down, Down, Down]).type_text("lots");
    save(&mut p);
    let screen = p.screen(80, 24);
    assert!(screen.contains("Exercise:"), "{screen}");
    assert!(p.app.top().is_some(), "the form stays");
    for _ in 0..4 {
        p.press(crossterm::event::KeyCode::Backspace);
    }
    p.type_text("45");
    save(&mut p);
    assert!(p.app.top().is_none(), "{}", p.screen(80, 24));
    let today = p.store.today().unwrap();
    let values = p.store.day_values(today).unwrap();
    assert_eq!(values.iter().map(|v| v.value).collect::<Vec<_>>(), [45.0]);
}

/// The Plan screen's Trackers tab, the cursor `down` rows from the top.
fn trackers_tab(p: &mut Person, down: usize) {
    p.press(Char('6'));
    for _ in 0..8 {
        p.press(crossterm::event::KeyCode::Right);
    }
    for _ in 0..down {
        p.press(Down);
    }
}

fn names(p: &Person) -> Vec<(String, bool)> {
    p.store
        .all_trackers()
        .unwrap()
        .into_iter()
        .map(|t| (t.name, t.archived_on.is_some()))
        .collect()
}

#[test]
fn the_trackers_tab_lists_them_in_order_then_the_presets() {
    let mut p = with_trackers();
    trackers_tab(&mut p, 0);
    snap("plan_trackers", &p);
    let mut p = Person::fixture();
    trackers_tab(&mut p, 0);
    snap("plan_trackers_none", &p);
}

/// Enter on a preset adds it as it comes; `a` opens the form for one of the person's
/// own, whose kind decides what is kept.
#[test]
fn a_preset_takes_one_key_and_your_own_takes_the_form() {
    let mut p = Person::fixture();
    trackers_tab(&mut p, 0);
    p.press(Enter);
    let t = &p.store.all_trackers().unwrap()[0];
    assert_eq!((t.name.as_str(), t.safety), ("Urge to self-harm", true));
    assert_eq!(
        p.message(),
        Some("Added Urge to self-harm. The check-in asks it from today, after your own fields.")
    );
    p.press(Char('a'));
    p.type_text("Walks");
    // Kind: a rating → a number; then the unit.
    p.keys(&[Down, crossterm::event::KeyCode::Right]);
    p.keys(&[Down, Down, Down, Down, Down]).type_text("km");
    save(&mut p);
    assert!(p.app.top().is_none(), "{}", p.screen(80, 24));
    let t = p.store.find_tracker("Walks").unwrap();
    assert_eq!(
        (t.kind, t.unit.as_deref(), t.scale_min),
        (
            tend::domain::trackers::TrackerKind::Number,
            Some("km"),
            None
        )
    );
}

#[test]
fn a_tracker_moves_archives_comes_back_and_is_deleted_after_asking() {
    let mut p = with_trackers();
    trackers_tab(&mut p, 1);
    p.press(Char('K'));
    let order: Vec<String> = names(&p).into_iter().map(|n| n.0).collect();
    assert_eq!(order[..2], ["Urge to use", "Urge to self-harm"]);
    p.press(Char('s'));
    assert!(
        names(&p).iter().any(|(n, a)| n == "Urge to use" && *a),
        "archived"
    );
    assert!(p.message().unwrap().contains("its answers stay"));
    p.press(Char('U'));
    assert_eq!(names(&p)[0], ("Urge to use".to_string(), false), "undo");
    // Cold shower, archived, is fifth: s brings it back, last among the active.
    let mut p = with_trackers();
    trackers_tab(&mut p, 4);
    p.press(Char('s'));
    assert_eq!(names(&p)[4], ("Cold shower".to_string(), false));
    p.press(Char('d'));
    let screen = p.screen(80, 24);
    assert!(screen.contains("Cold shower"), "{screen}");
    p.press(Char('y'));
    assert_eq!(names(&p).len(), 4, "{}", p.screen(80, 24));
}

/// Progress's 30-day chart: ↓ past the built-in measures reaches each tracker.
#[test]
fn progress_charts_a_tracker_on_the_date_axis() {
    let mut p = with_trackers();
    p.press(Char('7'));
    for _ in 0..5 {
        p.press(Down);
    }
    snap("progress_tracker_chart", &p);
    let screen = p.screen(120, 40);
    assert!(screen.contains("Urge to self-harm ⣿ avg"), "{screen}");
    // Skills used (yes or no) says on how many days.
    for _ in 0..3 {
        p.press(Down);
    }
    let screen = p.screen(120, 40);
    assert!(
        screen.contains("Skills used ⣿ yes on 9 of 12 days"),
        "{screen}"
    );
}

/// `m` shades the year calendar by each tracker in turn, then by mood again; walking
/// the days shows each day's answers.
#[test]
fn the_calendar_shades_by_a_tracker() {
    let mut p = with_trackers();
    p.keys(&[Char('7'), crossterm::event::KeyCode::Right]);
    p.keys(&[
        crossterm::event::KeyCode::Right,
        crossterm::event::KeyCode::Right,
    ]);
    assert!(p.screen(80, 24).contains("m by Urge to self-harm"));
    p.press(Char('m'));
    snap("calendar_by_tracker", &p);
    let screen = p.screen(80, 24);
    assert!(screen.contains("Urge to self-harm, each day"), "{screen}");
    assert!(screen.contains("○ 0 none"), "{screen}");
    // The day cursor starts today; 19 November is four days back.
    p.press(Enter);
    for _ in 0..4 {
        p.press(crossterm::event::KeyCode::Up);
    }
    let screen = p.screen(120, 40);
    assert!(
        screen.contains("Your trackers: Urge to self-harm 5 · Urge to use"),
        "{screen}"
    );
    p.press(Esc);
    for _ in 0..4 {
        p.press(Char('m'));
    }
    assert!(p.screen(80, 24).contains("Cold shower, each day"));
    p.press(Char('m'));
    assert!(p.screen(80, 24).contains("Your year since"), "back to mood");
}

/// Past the trackers, ↓ charts each scheduled medication's doses taken of those
/// scheduled; one taken as needed has no schedule and is not offered.
#[test]
fn progress_charts_a_medications_adherence() {
    let mut p = Person::fixture();
    common::fixture::medications(&p.store);
    p.app.reload(&p.store).unwrap();
    p.press(Char('7'));
    for _ in 0..5 {
        p.press(Down);
    }
    snap("progress_adherence_chart", &p);
    // From 26 October, its first dose: 29 mornings; 4 and 5 November and today's
    // (past 08:00, not logged yet) not taken. The same figure as `tend med list`.
    let screen = p.screen(120, 40);
    assert!(
        screen.contains("Buprenorphine: doses taken ⣿ 26 of 29"),
        "{screen}"
    );
    p.press(Down);
    let screen = p.screen(120, 40);
    assert!(screen.contains("Sertraline: doses taken"), "{screen}");
    p.press(Down);
    assert!(p.screen(120, 40).contains("mood ⣿"), "round to mood again");
}

/// For two weeks after a safety tracker's answer at its threshold, Today keeps the way
/// back to the crisis view in sight, as after PHQ-9 item 9.
#[test]
fn today_keeps_the_way_back_after_a_safety_answer() {
    let way_back = "If those thoughts come back";
    let p = Person::fixture();
    assert!(!p.screen(120, 40).contains(way_back));
    // The fixture's 5 on the self-harm urge was on 19 November, four days ago.
    let p = with_trackers();
    assert!(
        p.screen(120, 40).contains(way_back),
        "{}",
        p.screen(120, 40)
    );
}

/// The Check-in screen shows a day's answers under its check-in, as the form has them.
#[test]
fn the_check_in_screen_shows_a_days_answers() {
    let mut p = with_trackers();
    p.keys(&[Char('2'), crossterm::event::KeyCode::Left]);
    insta::assert_snapshot!("checkin_day_with_trackers_120x40", p.screen(120, 40));
    let screen = p.screen(120, 40);
    // 22 November: the urges 1 and 2, neither acted on (in words), no exercise.
    assert!(screen.contains("Urge to use       ■■■···  2"), "{screen}");
    let acted = |l: &&str| l.contains("Acted on it     no ");
    assert_eq!(screen.lines().filter(acted).count(), 2, "{screen}");
    assert!(screen.contains("Exercise          not set"), "{screen}");
}
