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

impl Key {
    /// Reads a key as the settings file writes it: "x", "X", "ctrl-x", "space", "enter",
    /// "esc", "tab", "shift-tab", "backspace", "up", "down", "left", "right", "pgup", "pgdn".
    pub fn parse(s: &str) -> Option<Key> {
        let mut chars = s.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Some(Key::Char(c));
        }
        let lower = s.trim().to_lowercase();
        if let Some(rest) = lower.strip_prefix("ctrl-").or(lower.strip_prefix("ctrl+")) {
            let mut r = rest.chars();
            return match (r.next(), r.next()) {
                (Some(c), None) if c.is_ascii_alphabetic() => Some(Key::Ctrl(c)),
                _ => None,
            };
        }
        Some(match lower.as_str() {
            "space" => Key::Char(' '),
            "enter" | "return" => Key::Enter,
            "esc" | "escape" => Key::Esc,
            "tab" => Key::Tab,
            "shift-tab" | "backtab" => Key::BackTab,
            "backspace" => Key::Backspace,
            "up" => Key::Up,
            "down" => Key::Down,
            "left" => Key::Left,
            "right" => Key::Right,
            "pgup" | "pageup" => Key::PageUp,
            "pgdn" | "pagedown" => Key::PageDown,
            _ => return None,
        })
    }
}

/// The names the settings file's `[keys]` section gives the actions.
pub const NAMES: &[(&str, Action)] = &[
    ("today", Action::Go(Screen::Today)),
    ("check-in", Action::Go(Screen::Checkin)),
    ("journal", Action::Go(Screen::Journal)),
    ("domains", Action::Go(Screen::Domains)),
    ("goals", Action::Go(Screen::Goals)),
    ("plan", Action::Go(Screen::Plan)),
    ("progress", Action::Go(Screen::Progress)),
    ("export", Action::Go(Screen::Export)),
    ("next-screen", Action::NextScreen),
    ("previous-screen", Action::PrevScreen),
    ("up", Action::Up),
    ("down", Action::Down),
    ("left", Action::Left),
    ("right", Action::Right),
    ("open", Action::Open),
    ("edit", Action::Edit),
    ("new", Action::New),
    ("add", Action::Add),
    ("delete", Action::Delete),
    ("move-item-up", Action::MoveUp),
    ("move-item-down", Action::MoveDown),
    ("toggle", Action::Toggle),
    ("status", Action::Status),
    ("search", Action::Search),
    ("filter-domain", Action::FilterDomain),
    ("filter-tag", Action::FilterTag),
    ("earlier-month", Action::Month(false)),
    ("later-month", Action::Month(true)),
    ("growth", Action::Growth),
    ("self-check", Action::SelfCheck),
    ("urge", Action::Urge),
    ("page-up", Action::PageUp),
    ("page-down", Action::PageDown),
    ("help", Action::Help),
    ("crisis", Action::Crisis),
    ("back", Action::Back),
    ("lock", Action::Lock),
    ("quit", Action::Quit),
];

pub type Table = Vec<(Key, Action, &'static str)>;

/// The normal table with the settings file's overrides: each named action gets exactly
/// the keys given (a key taken from another action leaves that action). A bad name or
/// key is an error on its line, and that action keeps its default keys.
pub fn with_overrides(
    overrides: &[crate::settings::KeyOverride],
) -> (Table, Vec<crate::settings::Problem>) {
    let mut table: Table = NORMAL.to_vec();
    let mut problems = Vec::new();
    for o in overrides {
        let bad = |text: String| crate::settings::Problem {
            line: o.line,
            text,
            error: true,
        };
        let Some((_, action)) = NAMES.iter().find(|(n, _)| *n == o.action) else {
            let names: Vec<&str> = NAMES.iter().map(|(n, _)| *n).collect();
            problems.push(bad(format!(
                "keys.{} is not an action; use one of {}",
                o.action,
                names.join(", ")
            )));
            continue;
        };
        let keys: Option<Vec<Key>> = o.keys.iter().map(|k| Key::parse(k)).collect();
        let Some(keys) = keys else {
            problems.push(bad(format!(
                "keys.{} must be keys like \"x\", \"ctrl-x\", \"space\", \"enter\", \"esc\", \"tab\", \"shift-tab\", \"backspace\", \"up\", \"down\", \"left\", \"right\", \"pgup\", \"pgdn\" (got {:?})",
                o.action, o.keys
            )));
            continue;
        };
        let help = NORMAL
            .iter()
            .find(|(_, a, _)| a == action)
            .map_or("", |(_, _, h)| *h);
        table.retain(|(k, a, _)| a != action && !keys.contains(k));
        table.extend(keys.into_iter().map(|k| (k, *action, help)));
    }
    (table, problems)
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
mod tests;
