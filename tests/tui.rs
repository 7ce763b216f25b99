//! The TUI, headless: every screen as a TestBackend snapshot at a fixed `today` on demo
//! data, the too-small message, and `update` sequences that write the right rows.

use chrono::DateTime;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::{Terminal, backend::TestBackend};
use tend::clock::Clock;
use tend::store::Store;
use tend::tui::app::{Action, App, Screen, update};
use tend::tui::{action_for, view};

fn clock() -> Clock {
    Clock::Fixed(DateTime::parse_from_rfc3339("2026-11-23T10:00:00+00:00").unwrap())
}

fn demo_store(dir: &tempfile::TempDir) -> Store {
    let store = Store::open(&dir.path().join("t.db"), clock()).unwrap();
    let today = store.today().unwrap();
    tend::demo::generate(&store, today, 1, 7, Some(40)).unwrap();
    store
}

fn draw(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view::render(app, f)).unwrap();
    format!("{}", t.backend())
}

fn key(app: &App, code: KeyCode) -> Action {
    action_for(app, KeyEvent::new(code, KeyModifiers::NONE)).expect("bound")
}

#[test]
fn every_screen_at_two_sizes() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(&dir);
    let today = store.today().unwrap();
    let mut app = App::new(&store, today).unwrap();
    for s in Screen::ALL {
        update(&mut app, Action::Go(s), &store, today).unwrap();
        for (w, h) in [(80, 24), (120, 40)] {
            insta::assert_snapshot!(
                format!("{}_{w}x{h}", s.title().to_lowercase()),
                draw(&app, w, h)
            );
        }
    }
    update(&mut app, Action::Crisis, &store, today).unwrap();
    insta::assert_snapshot!("crisis_80x24", draw(&app, 80, 24));
    update(&mut app, Action::Back, &store, today).unwrap();
    update(&mut app, Action::Help, &store, today).unwrap();
    insta::assert_snapshot!("help_120x40", draw(&app, 120, 40));
}

#[test]
fn too_small_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(&dir);
    let app = App::new(&store, store.today().unwrap()).unwrap();
    let screen = draw(&app, 50, 12);
    assert!(
        screen.contains("Make the window at least 60×20 (it is 50×12)."),
        "{screen}"
    );
}

#[test]
fn a_keyboard_checkin_writes_one_row() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("t.db"), clock()).unwrap();
    let today = store.today().unwrap();
    let mut app = App::new(&store, today).unwrap();
    let press = |app: &mut App, code: KeyCode| {
        let a = key(app, code);
        update(app, a, &store, today).unwrap();
    };
    press(&mut app, KeyCode::Enter); // Today → check-in form
    assert_eq!(app.screen, Screen::Checkin);
    for _ in 0..3 {
        press(&mut app, KeyCode::Right); // mood: 5, 6, 7
    }
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right); // craving 0
    press(&mut app, KeyCode::Right); // craving 1
    for _ in 0..8 {
        press(&mut app, KeyCode::Tab); // to Lonely (field 9)
    }
    press(&mut app, KeyCode::Char(' '));
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab); // to Intention (field 12)
    }
    for c in "walk".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    let save = action_for(
        &app,
        KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL),
    )
    .unwrap();
    update(&mut app, save, &store, today).unwrap();
    let c = store.checkin_on(today).unwrap().expect("saved");
    assert_eq!(
        (c.mood, c.craving, c.lonely, c.intention.as_deref()),
        (Some(7), Some(1), true, Some("walk"))
    );
    assert!(app.message.as_deref().unwrap().starts_with("Checked in"));
}

#[test]
fn leaving_unsaved_words_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("t.db"), clock()).unwrap();
    let today = store.today().unwrap();
    let mut app = App::new(&store, today).unwrap();
    update(&mut app, Action::Go(Screen::Journal), &store, today).unwrap();
    update(&mut app, Action::Edit, &store, today).unwrap();
    for c in "Felt the urge and let it pass".chars() {
        let a = key(&app, KeyCode::Char(c));
        update(&mut app, a, &store, today).unwrap();
    }
    let esc = key(&app, KeyCode::Esc);
    update(&mut app, esc, &store, today).unwrap();
    assert!(draw(&app, 80, 24).contains("Leave without saving"));
    let no = key(&app, KeyCode::Char('n'));
    update(&mut app, no, &store, today).unwrap(); // keeps writing
    let save = action_for(
        &app,
        KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL),
    )
    .unwrap();
    update(&mut app, save, &store, today).unwrap();
    let entries = store.journal(&Default::default()).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].body, "Felt the urge and let it pass");
}

#[test]
fn keys_navigate_and_q_quits() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("t.db"), clock()).unwrap();
    let today = store.today().unwrap();
    let mut app = App::new(&store, today).unwrap();
    for (code, screen) in [
        (KeyCode::Char('7'), Screen::Progress),
        (KeyCode::Tab, Screen::Today),
        (KeyCode::BackTab, Screen::Progress),
    ] {
        let a = key(&app, code);
        update(&mut app, a, &store, today).unwrap();
        assert_eq!(app.screen, screen);
    }
    let bang = key(&app, KeyCode::Char('!'));
    update(&mut app, bang, &store, today).unwrap();
    assert!(app.crisis);
    let esc = key(&app, KeyCode::Esc);
    update(&mut app, esc, &store, today).unwrap();
    assert!(!app.crisis);
    let q = key(&app, KeyCode::Char('q'));
    update(&mut app, q, &store, today).unwrap();
    assert!(app.quit);
}
