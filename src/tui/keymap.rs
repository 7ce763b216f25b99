//! Keybindings as data: one table drives both key handling and the help screen.

use super::app::{Action, Screen};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key as the tables name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Up,
    Down,
    Left,
    Right,
    Backspace,
    PageUp,
    PageDown,
}

impl Key {
    pub fn from_event(e: KeyEvent) -> Option<Key> {
        Some(match e.code {
            KeyCode::Char(c) if e.modifiers.contains(KeyModifiers::CONTROL) => {
                Key::Ctrl(c.to_ascii_lowercase())
            }
            KeyCode::Char(c) => Key::Char(c),
            KeyCode::Enter => Key::Enter,
            KeyCode::Esc => Key::Esc,
            KeyCode::Tab => Key::Tab,
            KeyCode::BackTab => Key::BackTab,
            KeyCode::Up => Key::Up,
            KeyCode::Down => Key::Down,
            KeyCode::Left => Key::Left,
            KeyCode::Right => Key::Right,
            KeyCode::Backspace => Key::Backspace,
            KeyCode::PageUp => Key::PageUp,
            KeyCode::PageDown => Key::PageDown,
            _ => return None,
        })
    }

    pub fn label(self) -> String {
        match self {
            Key::Char(' ') => "Space".into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::Enter => "Enter".into(),
            Key::Esc => "Esc".into(),
            Key::Tab => "Tab".into(),
            Key::BackTab => "Shift-Tab".into(),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::Backspace => "Backspace".into(),
            Key::PageUp => "PgUp".into(),
            Key::PageDown => "PgDn".into(),
        }
    }
}

/// Bindings outside text editing: key, action, what the help screen says.
pub const NORMAL: &[(Key, Action, &str)] = &[
    (Key::Char('1'), Action::Go(Screen::Today), "Today"),
    (Key::Char('2'), Action::Go(Screen::Checkin), "Check-in"),
    (Key::Char('3'), Action::Go(Screen::Journal), "Journal"),
    (Key::Char('4'), Action::Go(Screen::Domains), "Domains"),
    (Key::Char('5'), Action::Go(Screen::Goals), "Goals"),
    (Key::Char('6'), Action::Go(Screen::Plan), "Plan"),
    (Key::Char('7'), Action::Go(Screen::Progress), "Progress"),
    (
        Key::Char('8'),
        Action::Go(Screen::Export),
        "Export (counselor summary)",
    ),
    (Key::Tab, Action::NextScreen, "next screen"),
    (Key::BackTab, Action::PrevScreen, "previous screen"),
    (Key::Up, Action::Up, "move up"),
    (Key::Char('k'), Action::Up, "move up"),
    (Key::Down, Action::Down, "move down"),
    (Key::Char('j'), Action::Down, "move down"),
    (Key::Left, Action::Left, "previous tab or range"),
    (Key::Char('h'), Action::Left, "previous tab or range"),
    (Key::Right, Action::Right, "next tab or range"),
    (Key::Char('l'), Action::Right, "next tab or range"),
    (Key::Enter, Action::Open, "open or start"),
    (
        Key::Char('e'),
        Action::Edit,
        "edit (journal: in your $EDITOR)",
    ),
    (Key::Char('n'), Action::New, "new journal entry"),
    (
        Key::Char('a'),
        Action::Add,
        "add (goal, plan item, trigger)",
    ),
    (Key::Char('d'), Action::Delete, "delete (asks first)"),
    (Key::Char('K'), Action::MoveUp, "move a plan item up"),
    (Key::Char('J'), Action::MoveDown, "move a plan item down"),
    (Key::Char(' '), Action::Toggle, "log a goal for today"),
    (Key::Char('s'), Action::Status, "change a goal's status"),
    (Key::Char('/'), Action::Search, "search the journal"),
    (
        Key::Char('f'),
        Action::FilterDomain,
        "journal: filter by domain",
    ),
    (Key::Char('t'), Action::FilterTag, "journal: filter by tag"),
    (
        Key::Char('['),
        Action::Month(false),
        "journal: an earlier month",
    ),
    (
        Key::Char(']'),
        Action::Month(true),
        "journal: a later month",
    ),
    (
        Key::Char('g'),
        Action::Growth,
        "write a growth entry (a setback)",
    ),
    (
        Key::Char('c'),
        Action::SelfCheck,
        "self-check scales (PHQ-9, GAD-7, WHO-5, BARC-10, PACS)",
    ),
    (
        Key::Char('u'),
        Action::Urge,
        "crisis view: urge-surfing timer",
    ),
    (Key::PageUp, Action::PageUp, "scroll the export preview up"),
    (
        Key::PageDown,
        Action::PageDown,
        "scroll the export preview down",
    ),
    (Key::Char('?'), Action::Help, "help"),
    (Key::Char('!'), Action::Crisis, "crisis plan"),
    (Key::Esc, Action::Back, "back"),
    (
        Key::Ctrl('l'),
        Action::Lock,
        "hide the screen at once (lock)",
    ),
    (Key::Char('q'), Action::Quit, "quit"),
    (Key::Ctrl('c'), Action::Quit, "quit"),
];

/// Bindings inside a form; other keys type text into a text field.
pub const FORM: &[(Key, Action, &str)] = &[
    (Key::Tab, Action::Down, "next field"),
    (Key::Down, Action::Down, "next field"),
    (Key::BackTab, Action::Up, "previous field"),
    (Key::Up, Action::Up, "previous field"),
    (Key::Left, Action::Left, "less"),
    (Key::Right, Action::Right, "more"),
    (Key::Char(' '), Action::Toggle, "toggle a mark"),
    (Key::Ctrl('s'), Action::Save, "save"),
    (Key::Enter, Action::Save, "save"),
    (Key::PageUp, Action::PageUp, "scroll a preview up"),
    (Key::PageDown, Action::PageDown, "scroll a preview down"),
    (Key::Esc, Action::Back, "leave (asks before discarding)"),
];

/// Bindings in the journal editor; everything else edits the text.
pub const EDITOR: &[(Key, Action, &str)] = &[
    (Key::Ctrl('s'), Action::Save, "save the entry"),
    (Key::Esc, Action::Back, "leave (asks before discarding)"),
];

pub fn lookup(table: &[(Key, Action, &str)], key: Key) -> Option<Action> {
    table.iter().find(|(k, _, _)| *k == key).map(|(_, a, _)| *a)
}

#[cfg(test)]
mod tests {
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
    fn ctrl_keys_are_read_as_ctrl() {
        let e = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(Key::from_event(e), Some(Key::Ctrl('s')));
        assert_eq!(
            lookup(EDITOR, Key::from_event(e).unwrap()),
            Some(Action::Save)
        );
        assert_eq!(lookup(NORMAL, Key::Char('!')), Some(Action::Crisis));
    }
}
