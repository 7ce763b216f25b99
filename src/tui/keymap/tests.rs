//! The keymap tables: every screen reachable, no key bound twice in a mode, names for
//! every action, hints as they read, and the settings file's overrides.

use super::*;
use crate::settings::KeyOverride;

fn press(map: &Keymap, mode: Mode, key: Key) -> Option<Action> {
    let (code, m) = match key {
        Key::Char(c) => (KeyCode::Char(c), KeyModifiers::NONE),
        Key::Ctrl(c) => (KeyCode::Char(c), KeyModifiers::CONTROL),
        Key::Enter => (KeyCode::Enter, KeyModifiers::NONE),
        Key::Esc => (KeyCode::Esc, KeyModifiers::NONE),
        Key::Tab => (KeyCode::Tab, KeyModifiers::NONE),
        Key::BackTab => (KeyCode::BackTab, KeyModifiers::SHIFT),
        Key::Up => (KeyCode::Up, KeyModifiers::NONE),
        Key::Down => (KeyCode::Down, KeyModifiers::NONE),
        Key::Left => (KeyCode::Left, KeyModifiers::NONE),
        Key::Right => (KeyCode::Right, KeyModifiers::NONE),
        Key::Backspace => (KeyCode::Backspace, KeyModifiers::NONE),
        Key::PageUp => (KeyCode::PageUp, KeyModifiers::NONE),
        Key::PageDown => (KeyCode::PageDown, KeyModifiers::NONE),
        Key::Home => (KeyCode::Home, KeyModifiers::NONE),
        Key::End => (KeyCode::End, KeyModifiers::NONE),
        Key::Delete => (KeyCode::Delete, KeyModifiers::NONE),
        Key::CtrlLeft => (KeyCode::Left, KeyModifiers::CONTROL),
        Key::CtrlRight => (KeyCode::Right, KeyModifiers::CONTROL),
        Key::F1 => (KeyCode::F(1), KeyModifiers::NONE),
    };
    map.action(mode, KeyEvent::new(code, m))
}

const TODAY: Mode = Mode::Screen(Screen::Today);

fn o(action: &str, keys: &[&str], line: usize) -> KeyOverride {
    KeyOverride {
        action: action.into(),
        keys: keys.iter().map(|k| k.to_string()).collect(),
        line,
    }
}

#[test]
fn numbers_open_the_screens_in_order_from_every_screen() {
    let map = Keymap::default();
    for from in Screen::ALL {
        for (i, s) in Screen::ALL.iter().enumerate() {
            let key = Key::Char(char::from_digit(i as u32 + 1, 10).unwrap());
            assert_eq!(press(&map, Mode::Screen(from), key), Some(Action::Go(*s)));
        }
    }
}

#[test]
fn arrows_and_vim_keys_agree_on_lists() {
    let map = Keymap::default();
    for s in [Screen::Journal, Screen::Goals, Screen::Plan] {
        let mode = Mode::Screen(s);
        assert_eq!(
            press(&map, mode, Key::Up),
            press(&map, mode, Key::Char('k'))
        );
        assert_eq!(
            press(&map, mode, Key::Down),
            press(&map, mode, Key::Char('j'))
        );
    }
}

#[test]
fn within_a_mode_no_key_does_two_things() {
    let map = Keymap::default();
    for mode in Mode::all() {
        let table = map.table(mode);
        for (i, b) in table.iter().enumerate() {
            assert!(
                !table[..i].iter().any(|o| o.key == b.key),
                "{:?} bound twice in {mode:?}",
                b.key
            );
        }
    }
}

#[test]
fn the_same_key_means_different_things_in_different_places() {
    let map = Keymap::default();
    let three = Key::Char('3');
    assert_eq!(press(&map, TODAY, three), Some(Action::Go(Screen::Journal)));
    assert_eq!(press(&map, Mode::SelfCheck, three), Some(Action::Digit(3)));
    assert_eq!(
        press(&map, Mode::Form { typing: true }, three),
        Some(Action::Type('3'))
    );
    assert_eq!(
        press(&map, Mode::Checkin { row: Row::Slider }, three),
        Some(Action::Digit(3))
    );
    assert_eq!(
        press(&map, Mode::Checkin { row: Row::Sleep }, three),
        Some(Action::Digit(3)),
        "a digit sets the hours of sleep"
    );
    assert_eq!(
        press(&map, Mode::Checkin { row: Row::Text }, three),
        Some(Action::Type('3'))
    );
    let esc = Key::Esc;
    assert_eq!(
        press(&map, Mode::Confirm, Key::Char('x')),
        Some(Action::Back),
        "any other key: no"
    );
    assert_eq!(press(&map, Mode::Writing, esc), Some(Action::Back));
    assert!(matches!(
        press(&map, Mode::Writing, Key::Char('q')),
        Some(Action::Key(_))
    ));
}

#[test]
fn every_screen_action_has_a_name() {
    let map = Keymap::default();
    for s in Screen::ALL {
        for b in map.table(Mode::Screen(s)) {
            assert!(
                tables::name_of(b.action).is_some(),
                "{:?} unnamed",
                b.action
            );
        }
    }
}

#[test]
fn keys_are_read_as_the_settings_file_writes_them() {
    assert_eq!(Key::parse("x"), Some(Key::Char('x')));
    assert_eq!(Key::parse("X"), Some(Key::Char('X')));
    assert_eq!(Key::parse("Ctrl-K"), Some(Key::Ctrl('k')));
    assert_eq!(Key::parse("space"), Some(Key::Char(' ')));
    assert_eq!(Key::parse("shift-tab"), Some(Key::BackTab));
    assert_eq!(Key::parse("ctrl-"), None);
    assert_eq!(Key::parse("hyper-x"), None);
}

#[test]
fn overrides_replace_an_actions_keys_everywhere_it_means_the_same() {
    let (map, problems) = Keymap::with_overrides(&[
        o("crisis", &["ctrl-x"], 3),
        o("self-check", &["j"], 4),
        o("journal", &["ctrl-"], 5),
        o("dance", &["d"], 6),
    ]);
    assert_eq!(press(&map, TODAY, Key::Ctrl('x')), Some(Action::Crisis));
    assert_eq!(press(&map, TODAY, Key::Char('!')), None, "crisis moved");
    assert_eq!(
        press(&map, Mode::SelfCheck, Key::Ctrl('x')),
        Some(Action::Crisis),
        "and in a self-check too"
    );
    let goals = Mode::Screen(Screen::Goals);
    assert_eq!(press(&map, goals, Key::Char('j')), Some(Action::SelfCheck));
    assert_eq!(
        press(&map, goals, Key::Down),
        Some(Action::Down),
        "↓ still moves"
    );
    assert_eq!(
        press(&map, TODAY, Key::Char('3')),
        Some(Action::Go(Screen::Journal))
    );
    let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [5, 6]);
    assert!(
        problems[1]
            .text
            .contains("is not an action; use one of today, check-in")
    );
    assert_eq!(
        map.footer(TODAY),
        "1-9 screens · Tab next · ? help · Ctrl-X crisis plan · q quit"
    );
}

#[test]
fn a_key_taken_from_another_action_leaves_it_unbound_and_says_so() {
    let (map, problems) = Keymap::with_overrides(&[o("search", &["f"], 1), o("growth", &["s"], 2)]);
    assert!(problems.is_empty(), "{problems:?}");
    let journal = Mode::Screen(Screen::Journal);
    assert_eq!(press(&map, journal, Key::Char('f')), Some(Action::Search));
    assert_eq!(press(&map, journal, Key::Char('/')), None);
    assert_eq!(
        press(&map, Mode::Screen(Screen::Goals), Key::Char('s')),
        Some(Action::Growth)
    );
    let unbound = map.unbound();
    assert_eq!(unbound.len(), 2, "{unbound:?}");
    assert_eq!(unbound[0], ("filter-domain", vec![journal]));
    assert_eq!(
        unbound[1],
        (
            "status",
            vec![Mode::Screen(Screen::Goals), Mode::Screen(Screen::Plan)]
        )
    );
    assert!(Keymap::default().unbound().is_empty());
}

#[test]
fn ctrl_c_always_quits() {
    let (map, problems) =
        Keymap::with_overrides(&[o("quit", &["x"], 1), o("help", &["ctrl-c"], 2)]);
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].text.contains("Ctrl-C always quits"),
        "{}",
        problems[0].text
    );
    for mode in Mode::all() {
        assert_eq!(
            press(&map, mode, Key::Ctrl('c')),
            Some(Action::Quit),
            "{mode:?}"
        );
    }
    assert_eq!(press(&map, TODAY, Key::Char('x')), Some(Action::Quit));
    assert_eq!(press(&map, TODAY, Key::Char('q')), None);
}

#[test]
fn hints_read_as_before_with_the_default_keys() {
    let map = Keymap::default();
    assert_eq!(
        map.footer(TODAY),
        "1-9 screens · Tab next · ? help · ! crisis plan · q quit"
    );
    assert_eq!(
        map.footer(Mode::Checkin { row: Row::Slider }),
        "Tab/↑↓ field · ←→ adjust · 0-9 set it · Enter save · Esc leave · ? help"
    );
    assert_eq!(
        map.footer(Mode::Checkin { row: Row::Marks }),
        "Tab/↑↓ field · ←→ move · Space mark · Enter save · Esc leave · ? help"
    );
    assert_eq!(
        map.footer(Mode::Checkin { row: Row::Sleep }),
        "Tab/↑↓ field · ←→ half an hour · 0-9 hours · Enter save · Esc leave · ? help"
    );
    assert_eq!(
        map.footer(Mode::Checkin { row: Row::Text }),
        "Tab/↑↓ field · Enter save · Esc leave · F1 help"
    );
    assert_eq!(
        map.footer(Mode::Checkin { row: Row::Which }),
        "0-9 choose · Esc back · ? help",
        "while asking which commitment a setback is about"
    );
    assert_eq!(
        map.footer(Mode::Writing),
        "Tab/Shift-Tab field · Ctrl-S save · Esc leave"
    );
    assert_eq!(
        map.footer(Mode::Reading),
        "↑↓ previous/next · Enter edit · e $EDITOR · Esc list"
    );
    assert_eq!(
        map.footer_kept(Mode::Reading),
        "↑↓ previous/next · Enter edit · x dismiss · Esc list",
        "with words kept aside on screen, the key that dismisses them"
    );
    assert_eq!(map.footer_kept(TODAY), map.footer(TODAY));
    assert_eq!(map.key(Mode::Form { typing: true }, Action::Save), "Enter");
}

#[test]
fn ctrl_keys_are_read_as_ctrl() {
    let e = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(Key::from_event(e), Some(Key::Ctrl('s')));
    assert_eq!(
        Keymap::default().action(Mode::Writing, e),
        Some(Action::Save)
    );
}

#[test]
fn alt_keys_are_read_as_esc_then_the_key() {
    let k = KeyEvent::new(KeyCode::Char('2'), KeyModifiers::ALT);
    assert_eq!(
        split_alt(k),
        [
            KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE),
            KeyEvent::new(KeyCode::Char('2'), KeyModifiers::NONE)
        ]
    );
}

#[test]
fn two_actions_set_to_one_key_are_an_error_naming_both_and_quit_keeps_its_key() {
    let (map, problems) = Keymap::with_overrides(&[o("quit", &["j"], 2), o("crisis", &["j"], 3)]);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].line, 3);
    assert_eq!(
        problems[0].text,
        "keys.crisis and keys.quit (line 2) both take \"j\"; give each its own key"
    );
    assert_eq!(press(&map, TODAY, Key::Char('j')), Some(Action::Quit));
    assert_eq!(press(&map, TODAY, Key::Ctrl('c')), Some(Action::Quit));
    assert_eq!(
        press(&map, TODAY, Key::Char('!')),
        Some(Action::Crisis),
        "crisis keeps its default"
    );
    // Actions that never share a mode may share a key.
    let (_, problems) = Keymap::with_overrides(&[o("status", &["x"], 1), o("search", &["x"], 2)]);
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn help_opens_inside_every_form_and_question_marks_type_in_text() {
    let map = Keymap::default();
    let (choice, text) = (Mode::Form { typing: false }, Mode::Form { typing: true });
    let (q, f1) = (Key::Char('?'), Key::F1);
    assert_eq!(press(&map, choice, q), Some(Action::Help));
    assert_eq!(press(&map, choice, f1), Some(Action::Help));
    assert_eq!(press(&map, text, q), Some(Action::Type('?')), "? types");
    assert_eq!(press(&map, text, f1), Some(Action::Help));
    for row in [Row::Slider, Row::Marks, Row::Sleep, Row::Setback] {
        assert_eq!(press(&map, Mode::Checkin { row }, q), Some(Action::Help));
    }
    let text_row = Mode::Checkin { row: Row::Text };
    assert_eq!(press(&map, text_row, q), Some(Action::Type('?')));
    assert_eq!(press(&map, text_row, f1), Some(Action::Help));
    // Each status line names the key that works where the focus is.
    assert!(map.footer(choice).ends_with("Esc leave · ? help"));
    assert!(map.footer(text).ends_with("Esc leave · F1 help"));
    assert_eq!(map.key(text, Action::Help), "F1");
    assert_eq!(Key::parse("f1"), Some(Key::F1));
}
