//! Keybindings as data, and the only place keys are read. Each screen and overlay has
//! its own table (a `Mode`); the same table turns a key into an `Action`, lists the
//! keys in the help overlay and writes every hint on screen, after the settings file's
//! overrides. `tables` holds the defaults, `words` says what each does in the language in
//! effect; this module applies them.

mod tables;
mod words;

use super::action::{Action, Screen};
use crate::settings::{KeyOverride, Problem};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
pub use tables::NAMES;
use tables::{Binding, Rest};
use words::Item;

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
    Home,
    End,
    Delete,
    CtrlLeft,
    CtrlRight,
    /// Help inside a form, where `?` types.
    F1,
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
            KeyCode::Left if e.modifiers.contains(KeyModifiers::CONTROL) => Key::CtrlLeft,
            KeyCode::Right if e.modifiers.contains(KeyModifiers::CONTROL) => Key::CtrlRight,
            KeyCode::Left => Key::Left,
            KeyCode::Right => Key::Right,
            KeyCode::Home => Key::Home,
            KeyCode::End => Key::End,
            KeyCode::Delete => Key::Delete,
            KeyCode::Backspace => Key::Backspace,
            KeyCode::PageUp => Key::PageUp,
            KeyCode::PageDown => Key::PageDown,
            KeyCode::F(1) => Key::F1,
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
            Key::Home => "Home".into(),
            Key::End => "End".into(),
            Key::Delete => "Delete".into(),
            Key::CtrlLeft => "Ctrl-←".into(),
            Key::CtrlRight => "Ctrl-→".into(),
            Key::F1 => "F1".into(),
        }
    }

    fn is_arrow(self) -> bool {
        matches!(self, Key::Up | Key::Down | Key::Left | Key::Right)
    }

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
            "home" => Key::Home,
            "end" => Key::End,
            "delete" | "del" => Key::Delete,
            "ctrl-left" => Key::CtrlLeft,
            "ctrl-right" => Key::CtrlRight,
            "f1" => Key::F1,
            _ => return None,
        })
    }
}

/// The key that always quits, whatever the settings file says.
const ALWAYS_QUITS: Key = Key::Ctrl('c');

/// Where keys go: each screen, and each overlay, reads keys by its own table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Screen(Screen),
    /// Reading one journal entry.
    Reading,
    /// Typing a journal search.
    Searching,
    /// Choosing a tag from every tag in use, typing to narrow the list.
    PickingTag,
    /// A form; `typing` when the focused field takes text.
    Form {
        typing: bool,
    },
    /// The check-in form, by the row that has focus: each row's keys differ a little,
    /// and its status line says how.
    Checkin {
        row: Row,
    },
    /// The built-in journal editor.
    Writing,
    Help,
    Crisis,
    /// The crisis view's second page: the signs of an overdose and what to do.
    Safety,
    /// The urge-surfing timer inside the crisis view.
    Surfing,
    /// A yes/no question on the status line.
    Confirm,
    /// The curtain or the lock.
    Curtain,
    /// Taking a self-check scale.
    SelfCheck,
    /// Moving a day cursor through the year calendar.
    DayCursor,
}

/// The kinds of row in the check-in form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// Mood, craving and the five domains: ←→ and digits set them.
    Slider,
    /// The four HALT marks on one line: ←→ move between them, Space ticks one.
    Marks,
    /// Hours slept: ←→ by half an hour, digits set the hours.
    Sleep,
    /// Intention, reflection, gratitude, note: keys type.
    Text,
    /// "I had a setback": Space ticks it.
    Setback,
    /// Asking which commitment a newly ticked setback belongs to: a digit answers.
    Which,
}

impl Mode {
    pub const ALL: [Mode; 27] = [
        Mode::Screen(Screen::Today),
        Mode::Screen(Screen::Checkin),
        Mode::Screen(Screen::Journal),
        Mode::Screen(Screen::Domains),
        Mode::Screen(Screen::Goals),
        Mode::Screen(Screen::Plan),
        Mode::Screen(Screen::Progress),
        Mode::Screen(Screen::Export),
        Mode::Screen(Screen::Connections),
        Mode::Reading,
        Mode::Searching,
        Mode::PickingTag,
        Mode::Form { typing: false },
        Mode::Form { typing: true },
        Mode::Checkin { row: Row::Slider },
        Mode::Checkin { row: Row::Marks },
        Mode::Checkin { row: Row::Sleep },
        Mode::Checkin { row: Row::Text },
        Mode::Checkin { row: Row::Setback },
        Mode::Checkin { row: Row::Which },
        Mode::Writing,
        Mode::Help,
        Mode::Crisis,
        Mode::Safety,
        Mode::Surfing,
        Mode::Confirm,
        Mode::Curtain,
    ];

    /// Every mode, the self-check last.
    pub fn all() -> impl Iterator<Item = Mode> {
        Mode::ALL
            .into_iter()
            .chain([Mode::SelfCheck, Mode::DayCursor])
    }

    /// The name the help overlay and `config show` give this mode.
    pub fn title(self) -> String {
        match self {
            Mode::Screen(s) => s.title(),
            Mode::Reading => t!("tui-mode-reading"),
            Mode::Searching => t!("tui-mode-searching"),
            Mode::PickingTag => t!("tui-mode-picking-tag"),
            Mode::Form { .. } => t!("tui-mode-form"),
            Mode::Checkin { .. } => t!("tui-mode-check-in"),
            Mode::Writing => t!("tui-mode-writing"),
            Mode::Help => t!("tui-mode-help"),
            Mode::Crisis => t!("tui-mode-crisis"),
            Mode::Safety => t!("tui-mode-safety"),
            Mode::Surfing => t!("tui-mode-surfing"),
            Mode::Confirm => t!("tui-mode-confirm"),
            Mode::Curtain => t!("tui-mode-curtain"),
            Mode::SelfCheck => t!("tui-mode-self-check"),
            Mode::DayCursor => t!("tui-mode-day-cursor"),
        }
    }
}

/// A line of hints: keys with a word each, or plain words (each from the catalog).
#[derive(Debug, Clone, Copy)]
pub enum Hint<'a> {
    Keys(&'a [Action], &'a str),
    Text(&'a str),
}

/// Every mode's bindings after the settings file's overrides.
#[derive(Debug, Clone)]
pub struct Keymap {
    tables: Vec<(Mode, Vec<Binding>)>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            tables: Mode::all().map(|m| (m, tables::defaults(m))).collect(),
        }
    }
}

/// What goes between two hints on the status line.
pub const BETWEEN: &str = " · ";

impl Keymap {
    fn table(&self, mode: Mode) -> &[Binding] {
        self.tables
            .iter()
            .find(|(m, _)| *m == mode)
            .map_or(&[], |(_, t)| t.as_slice())
    }

    /// The action a key press means in `mode`, if any.
    pub fn action(&self, mode: Mode, e: KeyEvent) -> Option<Action> {
        let key = Key::from_event(e)?;
        let rest = tables::rest(mode);
        if matches!(rest, Rest::Text | Rest::TextOr(_))
            && let Key::Char(c) = key
        {
            return Some(Action::Type(c));
        }
        let bound = self.table(mode).iter().find(|b| b.key == key);
        if let Some(b) = bound {
            return Some(b.action);
        }
        match (rest, key) {
            (Rest::Text | Rest::TextOr(_), Key::Backspace) => Some(Action::Erase),
            (Rest::TextOr(a) | Rest::Otherwise(a), _) => Some(a),
            (Rest::Raw, _) => Some(Action::Key(e)),
            _ => None,
        }
    }

    /// The keys that do `action` in `mode`, as a hint shows them ("Tab/↑↓", "1-8").
    pub fn keys(&self, mode: Mode, actions: &[Action]) -> String {
        let table = self.reachable(mode);
        let mut keys: Vec<Key> = table
            .iter()
            .filter(|b| b.hint && actions.contains(&b.action))
            .map(|b| b.key)
            .collect();
        if keys.is_empty() {
            keys.extend(
                table
                    .iter()
                    .filter(|b| actions.contains(&b.action))
                    .map(|b| b.key)
                    .take(1),
            );
        }
        join_keys(&keys)
    }

    /// The bindings a key press can reach in `mode`: where characters type (a text
    /// field), a character key types, so hints name the other keys (F1, not `?`).
    fn reachable(&self, mode: Mode) -> Vec<Binding> {
        let types = matches!(tables::rest(mode), Rest::Text | Rest::TextOr(_));
        self.table(mode)
            .iter()
            .filter(|b| !(types && matches!(b.key, Key::Char(_))))
            .copied()
            .collect()
    }

    /// The key that does `action` in `mode`, for a sentence ("Press n to write").
    pub fn key(&self, mode: Mode, action: Action) -> String {
        let table = self.reachable(mode);
        let first = |hint_only: bool| {
            table
                .iter()
                .find(|b| b.action == action && (b.hint || !hint_only))
        };
        first(true)
            .or_else(|| first(false))
            .map_or("?".into(), |b| b.key.label())
    }

    /// Hints joined with `BETWEEN`; an item whose action has no key is left out.
    pub fn hints(&self, mode: Mode, hints: &[Hint<'_>]) -> String {
        hints
            .iter()
            .filter_map(|h| match h {
                Hint::Text(t) => Some(t.to_string()),
                Hint::Keys(actions, what) => {
                    let k = self.keys(mode, actions);
                    (!k.is_empty()).then(|| format!("{k} {what}"))
                }
            })
            .collect::<Vec<_>>()
            .join(BETWEEN)
    }

    /// The status line's hints for `mode`.
    pub fn footer(&self, mode: Mode) -> String {
        self.status(mode, tables::footer(mode))
    }

    /// The status line's hints for `mode` while words kept aside from another device
    /// are on screen (with the key that dismisses them, where the mode has one).
    pub fn footer_kept(&self, mode: Mode) -> String {
        self.status(
            mode,
            tables::footer_kept(mode).unwrap_or(tables::footer(mode)),
        )
    }

    /// A status line from the tables' items, each word in the language in effect.
    fn status(&self, mode: Mode, items: &[Item]) -> String {
        let words: Vec<String> = items
            .iter()
            .map(|i| match i {
                Item::Keys(_, w) | Item::Text(w) => w.text(),
            })
            .collect();
        let hints: Vec<Hint> = items
            .iter()
            .zip(&words)
            .map(|(i, w)| match i {
                Item::Keys(actions, _) => Hint::Keys(actions, w),
                Item::Text(_) => Hint::Text(w),
            })
            .collect();
        self.hints(mode, &hints)
    }

    /// The help overlay's lines for one mode: keys and what they do, one line per
    /// distinct help text, in table order. `global`: only the keys every screen shares
    /// (`Some(true)`), only the mode's own (`Some(false)`), or all.
    pub fn help(&self, mode: Mode, global: Option<bool>) -> Vec<(String, String)> {
        let table = self.table(mode);
        let mut lines: Vec<(String, words::Does)> = Vec::new();
        for b in table {
            if global.is_some_and(|g| g != tables::is_global(b)) {
                continue;
            }
            if lines.iter().any(|(_, h)| *h == b.help) {
                continue;
            }
            let keys: Vec<Key> = table
                .iter()
                .filter(|o| o.help == b.help)
                .map(|o| o.key)
                .collect();
            lines.push((join_keys(&keys), b.help));
        }
        lines.into_iter().map(|(k, h)| (k, h.text())).collect()
    }

    /// The keymap with the settings file's `[keys]` overrides, and what was wrong with
    /// them. An override gives the action exactly the keys named: in every screen, and
    /// in each overlay where one of its screen keys meant the same. A key taken from
    /// another action leaves that action without it there. Ctrl-C always quits.
    pub fn with_overrides(overrides: &[KeyOverride]) -> (Keymap, Vec<Problem>) {
        let mut map = Keymap::default();
        let mut problems = Vec::new();
        let mut applied: Vec<(&KeyOverride, Action, Vec<Key>)> = Vec::new();
        for o in overrides {
            let parsed = tables::parse_override(o).and_then(|(action, keys)| {
                match applied.iter().find(|(_, a, k)| clash(*a, k, action, &keys)) {
                    Some((first, _, _)) => Err(t!(
                        "tui-keys-clash",
                        setting = format!("keys.{}", o.action),
                        other = format!("keys.{}", first.action),
                        line = first.line,
                        keys = shared(&applied, first, &keys)
                    )),
                    None => Ok((action, keys)),
                }
            });
            match parsed {
                Ok((action, keys)) => {
                    map.rebind(action, &keys);
                    applied.push((o, action, keys));
                }
                Err(text) => problems.push(Problem {
                    line: o.line,
                    text,
                    error: true,
                }),
            }
        }
        (map, problems)
    }

    fn rebind(&mut self, action: Action, keys: &[Key]) {
        // An action the screens bind moves in an overlay only where the overlay used
        // a screen key for it; one the screens don't bind (save, yes) moves everywhere.
        let defaults = tables::screen_keys(action);
        for (mode, table) in &mut self.tables {
            let anywhere = defaults.is_empty() || matches!(mode, Mode::Screen(_));
            let moves = |b: &Binding| b.action == action && (anywhere || defaults.contains(&b.key));
            let Some(at) = table.iter().position(moves) else {
                continue;
            };
            let help = table[at].help;
            let fixed = |b: &Binding| b.key == ALWAYS_QUITS && b.action == Action::Quit;
            table.retain(|b| fixed(b) || !(moves(b) || keys.contains(&b.key)));
            let at = at.min(table.len());
            let new: Vec<Binding> = keys
                .iter()
                .filter(|k| !table.iter().any(|b| b.key == **k))
                .map(|&key| Binding::new(key, action, help))
                .collect();
            table.splice(at..at, new);
        }
    }

    /// Actions a mode had by default and now has no key for, with the modes.
    pub fn unbound(&self) -> Vec<(&'static str, Vec<Mode>)> {
        let mut out: Vec<(&'static str, Vec<Mode>)> = Vec::new();
        for (mode, table) in &self.tables {
            for b in tables::defaults(*mode) {
                if table.iter().any(|x| x.action == b.action) {
                    continue;
                }
                let Some(name) = tables::name_of(b.action) else {
                    continue;
                };
                match out.iter_mut().find(|(n, _)| *n == name) {
                    Some((_, modes)) if !modes.contains(mode) => modes.push(*mode),
                    Some(_) => {}
                    None => out.push((name, vec![*mode])),
                }
            }
        }
        out
    }

    /// Every key bound to the named action, in the screens (for `config show --keys`).
    pub fn screen_keys(&self, action: Action) -> Vec<String> {
        let mut keys: Vec<Key> = Vec::new();
        for s in Screen::ALL {
            for b in self.table(Mode::Screen(s)) {
                if b.action == action && !keys.contains(&b.key) {
                    keys.push(b.key);
                }
            }
        }
        keys.into_iter().map(Key::label).collect()
    }
}

/// Whether two actions the person set share a key in some mode where both are bound.
fn clash(a: Action, a_keys: &[Key], b: Action, b_keys: &[Key]) -> bool {
    a != b
        && a_keys.iter().any(|k| b_keys.contains(k))
        && Mode::all().any(|m| {
            let t = tables::defaults(m);
            t.iter().any(|x| x.action == a) && t.iter().any(|x| x.action == b)
        })
}

/// The keys an earlier override and this one both name, as the settings file wrote them.
fn shared(
    applied: &[(&KeyOverride, Action, Vec<Key>)],
    first: &KeyOverride,
    keys: &[Key],
) -> String {
    let theirs = applied
        .iter()
        .find(|(o, _, _)| std::ptr::eq(*o, first))
        .map_or(&[][..], |(_, _, k)| k.as_slice());
    keys.iter()
        .filter(|k| theirs.contains(k))
        .map(|k| format!("\"{}\"", k.label()))
        .reduce(|a, b| t!("tui-keys-and", first = a, second = b))
        .unwrap_or_default()
}

/// Key labels joined by "/", arrows run together ("↑↓"), and a run of three or more
/// digits in order shown as a range ("1-8").
fn join_keys(keys: &[Key]) -> String {
    let digits: Vec<u32> = keys
        .iter()
        .filter_map(|k| match k {
            Key::Char(c) => c.to_digit(10),
            _ => None,
        })
        .collect();
    if keys.len() >= 3 && digits.len() == keys.len() && digits.windows(2).all(|w| w[1] == w[0] + 1)
    {
        return format!("{}-{}", digits[0], digits[digits.len() - 1]);
    }
    let mut out = String::new();
    for (i, k) in keys.iter().enumerate() {
        if i > 0 && !(k.is_arrow() && keys[i - 1].is_arrow()) {
            out.push('/');
        }
        out.push_str(&k.label());
    }
    out
}

/// A terminal reports Esc followed quickly by a key as Alt+key; a person meant both.
pub fn split_alt(k: KeyEvent) -> Vec<KeyEvent> {
    if k.modifiers.contains(KeyModifiers::ALT) && matches!(k.code, KeyCode::Char(_)) {
        let plain = KeyEvent::new(k.code, k.modifiers - KeyModifiers::ALT);
        return vec![KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE), plain];
    }
    vec![k]
}

#[cfg(test)]
mod tests;
