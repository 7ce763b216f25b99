//! The keymap tables: every screen reachable, no key bound twice, names for every action,
//! and the settings file's overrides.

use super::*;

#[test]
fn numbers_open_the_screens_in_order() {
    for (i, s) in Screen::ALL.iter().enumerate() {
        let key = Key::Char(char::from_digit(i as u32 + 1, 10).unwrap());
        assert_eq!(lookup(NORMAL, key), Some(Action::Go(*s)));
    }
}

#[test]
fn arrows_and_vim_keys_agree() {
    for (arrow, vim) in [
        (Key::Up, 'k'),
        (Key::Down, 'j'),
        (Key::Left, 'h'),
        (Key::Right, 'l'),
    ] {
        assert_eq!(lookup(NORMAL, arrow), lookup(NORMAL, Key::Char(vim)));
    }
}

#[test]
fn every_key_is_bound_once_per_table() {
    for table in [NORMAL, FORM, EDITOR] {
        for (i, (k, _, _)) in table.iter().enumerate() {
            assert!(
                !table[..i].iter().any(|(o, _, _)| o == k),
                "{k:?} bound twice"
            );
        }
    }
}

#[test]
fn every_normal_action_has_a_name() {
    for (_, action, _) in NORMAL {
        assert!(NAMES.iter().any(|(_, a)| a == action), "{action:?} unnamed");
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
fn overrides_replace_an_actions_keys_and_bad_ones_keep_the_default() {
    use crate::settings::KeyOverride;
    let o = |action: &str, keys: &[&str], line| KeyOverride {
        action: action.into(),
        keys: keys.iter().map(|k| k.to_string()).collect(),
        line,
    };
    let (table, problems) = with_overrides(&[
        o("crisis", &["ctrl-x"], 3),
        o("self-check", &["j"], 4),
        o("journal", &["ctrl-"], 5),
        o("dance", &["d"], 6),
    ]);
    assert_eq!(lookup(&table, Key::Ctrl('x')), Some(Action::Crisis));
    assert_eq!(lookup(&table, Key::Char('!')), None, "crisis moved");
    assert_eq!(lookup(&table, Key::Char('j')), Some(Action::SelfCheck));
    assert_eq!(
        lookup(&table, Key::Down),
        Some(Action::Down),
        "↓ still moves"
    );
    assert_eq!(
        lookup(&table, Key::Char('3')),
        Some(Action::Go(Screen::Journal))
    );
    let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [5, 6]);
    assert!(
        problems[1]
            .text
            .contains("is not an action; use one of today, check-in")
    );
}

#[test]
fn ctrl_keys_are_read_as_ctrl() {
    let e = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(Key::from_event(e), Some(Key::Ctrl('s')));
    assert_eq!(
        lookup(EDITOR, Key::from_event(e).unwrap()),
        Some(Action::Save)
    );
    assert_eq!(lookup(NORMAL, Key::Char('!')), Some(Action::Crisis));
}
