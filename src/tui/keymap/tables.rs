//! The default bindings of every mode, what each mode does with keys it does not bind,
//! the hints each mode's status line shows, and the names the settings file uses.

use super::{Hint, Key, Mode};
use crate::settings::KeyOverride;
use crate::tui::action::{Action as A, Screen, TextEdit};

/// One key in one mode: what it does, what help says, whether hints show it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Binding {
    pub key: Key,
    pub action: A,
    pub help: &'static str,
    /// Shown in hints; alternates (vim keys, Shift-Tab) are not.
    pub hint: bool,
}

impl Binding {
    pub const fn new(key: Key, action: A, help: &'static str) -> Binding {
        Binding {
            key,
            action,
            help,
            hint: true,
        }
    }
    const fn quiet(self) -> Binding {
        Binding {
            hint: false,
            ..self
        }
    }
}

const fn b(key: Key, action: A, help: &'static str) -> Binding {
    Binding::new(key, action, help)
}

/// What a mode does with a key it does not bind.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rest {
    Nothing,
    /// Characters type (even bound ones), Backspace erases.
    Text,
    /// As `Text`; any other key does this.
    TextOr(A),
    /// Any other key does this.
    Otherwise(A),
    /// Any other key goes to the text editor as it is.
    Raw,
}

use Key::{
    BackTab, Backspace, Char, Ctrl, CtrlLeft, CtrlRight, Delete, Down, End, Enter, Esc, Home, Left,
    PageDown, PageUp, Right, Tab, Up,
};

const GO: [A; 9] = [
    A::Go(Screen::Today),
    A::Go(Screen::Checkin),
    A::Go(Screen::Journal),
    A::Go(Screen::Domains),
    A::Go(Screen::Goals),
    A::Go(Screen::Plan),
    A::Go(Screen::Progress),
    A::Go(Screen::Export),
    A::Go(Screen::Connections),
];

/// In every mode but the curtain.
const ALWAYS: &[Binding] = &[
    b(Ctrl('l'), A::Lock, "hide the screen at once (lock)"),
    b(Ctrl('c'), A::Quit, "quit (asks first if words are unsaved)").quiet(),
];

/// On every screen.
const GLOBAL: &[Binding] = &[
    b(Char('1'), GO[0], "Today"),
    b(Char('2'), GO[1], "Check-in"),
    b(Char('3'), GO[2], "Journal"),
    b(Char('4'), GO[3], "Domains"),
    b(Char('5'), GO[4], "Goals"),
    b(Char('6'), GO[5], "Plan"),
    b(Char('7'), GO[6], "Progress"),
    b(Char('8'), GO[7], "Export (counselor summary)"),
    b(Char('9'), GO[8], "Connections (meetings, calls, people)"),
    b(Tab, A::NextScreen, "next screen"),
    b(BackTab, A::PrevScreen, "previous screen"),
    b(Char('g'), A::Growth, "write a growth entry (a setback)"),
    b(
        Char('o'),
        A::Connect,
        "log a connection: a meeting, a call, time with someone",
    ),
    b(
        Char('c'),
        A::SelfCheck,
        "self-check scales (PHQ-9, GAD-7, WHO-5, BARC-10, PACS)",
    ),
    b(Char('?'), A::Help, "help"),
    b(Char('!'), A::Crisis, "crisis plan"),
    b(Char('U'), A::Undo, "undo the last delete or edit"),
    b(Esc, A::Back, "back"),
    b(Char('q'), A::Quit, "quit"),
];

/// Paging through whatever is long: lists, the timeline, help and the crisis plan.
const SCROLL: &[Binding] = &[
    b(PageUp, A::PageUp, "a page up"),
    b(PageDown, A::PageDown, "a page down"),
    b(Home, A::First, "to the top"),
    b(End, A::Last, "to the end"),
];

const TODAY: &[Binding] = &[
    b(Enter, A::Open, "check in (or update today's)"),
    b(Char('e'), A::Edit, "check in (or update today's)").quiet(),
    b(Char('n'), A::New, "write a journal entry"),
    b(Char('w'), A::Reflect, "write about the setback you marked"),
];

const CHECKIN: &[Binding] = &[
    b(Enter, A::Open, "check in (or update today's)"),
    b(Up, A::Up, "a later day"),
    b(Char('k'), A::Up, "a later day").quiet(),
    b(Down, A::Down, "an earlier day"),
    b(Char('j'), A::Down, "an earlier day").quiet(),
    b(Char('e'), A::Edit, "correct the day under the cursor"),
    b(
        Char('d'),
        A::Delete,
        "delete that day's check-in (asks first)",
    ),
    b(Char('x'), A::Dismiss, DISMISS),
];

const DISMISS: &str = "dismiss the words kept aside from another device (asks first)";

const JOURNAL: &[Binding] = &[
    b(Up, A::Up, "move up"),
    b(Char('k'), A::Up, "move up").quiet(),
    b(Down, A::Down, "move down"),
    b(Char('j'), A::Down, "move down").quiet(),
    b(Enter, A::Open, "read the entry"),
    b(Char('e'), A::Edit, "edit in your $EDITOR"),
    b(Char('n'), A::New, "new entry"),
    b(Char('d'), A::Delete, "delete (asks first)"),
    b(Char('p'), A::Pin, "pin or unpin"),
    b(Char('/'), A::Search, "search"),
    b(Char('f'), A::FilterDomain, "filter by domain"),
    b(Char('t'), A::FilterTag, "filter by tag"),
    b(Char('['), A::Month(false), "an earlier month"),
    b(Char(']'), A::Month(true), "a later month"),
];

const DOMAINS: &[Binding] = &[
    b(Left, A::Left, "previous domain"),
    b(Char('h'), A::Left, "previous domain").quiet(),
    b(Right, A::Right, "next domain"),
    b(Char('l'), A::Right, "next domain").quiet(),
];

const GOALS: &[Binding] = &[
    b(Up, A::Up, "move up"),
    b(Char('k'), A::Up, "move up").quiet(),
    b(Down, A::Down, "move down"),
    b(Char('j'), A::Down, "move down").quiet(),
    b(Char('a'), A::Add, "add a goal"),
    b(Char('n'), A::New, "add a goal").quiet(),
    b(Char('e'), A::Edit, "edit the goal (or correct the mark)"),
    b(Char(' '), A::Toggle, "log it for today (or its next step)"),
    b(Enter, A::Open, "log it for today (or its next step)").quiet(),
    b(Char('s'), A::Status, "change its status"),
    b(
        Char('d'),
        A::Delete,
        "delete the goal or the mark (asks first)",
    ),
    b(Right, A::Right, "to the goal's progress marks"),
    b(Char('l'), A::Right, "to the goal's progress marks").quiet(),
    b(Left, A::Left, "back to the goals"),
    b(Char('h'), A::Left, "back to the goals").quiet(),
];

const PLAN: &[Binding] = &[
    b(Up, A::Up, "move up"),
    b(Char('k'), A::Up, "move up").quiet(),
    b(Down, A::Down, "move down"),
    b(Char('j'), A::Down, "move down").quiet(),
    b(Left, A::Left, "the tab before (plan, triggers, coping, …)"),
    b(
        Char('h'),
        A::Left,
        "the tab before (plan, triggers, coping, …)",
    )
    .quiet(),
    b(Right, A::Right, "the next tab (… encounters, commitments)"),
    b(
        Char('l'),
        A::Right,
        "the next tab (… encounters, commitments)",
    )
    .quiet(),
    b(Char('a'), A::Add, "add (to the plan or the tab's list)"),
    b(Char('n'), A::New, "add (to the plan or the tab's list)").quiet(),
    b(Enter, A::Open, "correct"),
    b(Char('e'), A::Edit, "correct"),
    b(Char('K'), A::MoveUp, "move a plan item up"),
    b(Char('J'), A::MoveDown, "move a plan item down"),
    b(Char('d'), A::Delete, "delete (asks first)"),
    b(
        Char('i'),
        A::Adopt,
        "People: turn the plan's next person into one on the list",
    ),
];

const PROGRESS: &[Binding] = &[
    b(Left, A::Left, "previous view"),
    b(Char('h'), A::Left, "previous view").quiet(),
    b(Right, A::Right, "next view"),
    b(Char('l'), A::Right, "next view").quiet(),
    b(
        Up,
        A::Up,
        "move up (timeline, self-check scales); charts: what they show",
    ),
    b(
        Char('k'),
        A::Up,
        "move up (timeline, self-check scales); charts: what they show",
    )
    .quiet(),
    b(
        Down,
        A::Down,
        "move down (timeline, self-check scales); charts: what they show",
    ),
    b(
        Char('j'),
        A::Down,
        "move down (timeline, self-check scales); charts: what they show",
    )
    .quiet(),
    b(
        Enter,
        A::Open,
        "self-checks: take the scale; timeline: correct the entry; calendar: walk its days",
    ),
    b(Char('e'), A::Edit, "timeline: correct the growth entry"),
    b(
        Char('d'),
        A::Delete,
        "timeline: delete the growth entry (asks first)",
    ),
];

/// The day cursor of the year calendar: arrows move it, Esc leaves it.
const DAY_CURSOR: &[Binding] = &[
    b(Left, A::Left, "the week before"),
    b(Char('h'), A::Left, "the week before").quiet(),
    b(Right, A::Right, "the week after"),
    b(Char('l'), A::Right, "the week after").quiet(),
    b(Up, A::Up, "the day before"),
    b(Char('k'), A::Up, "the day before").quiet(),
    b(Down, A::Down, "the day after"),
    b(Char('j'), A::Down, "the day after").quiet(),
    b(Esc, A::Back, "leave the days (←→ switch views again)"),
    b(Enter, A::Back, "leave the days").quiet(),
];

const EXPORT: &[Binding] = &[
    b(Enter, A::Open, "choose what to share, then write"),
    b(Char('e'), A::Edit, "choose what to share, then write").quiet(),
    b(
        Char('i'),
        A::New,
        "import from Daylio, jrnl, Day One or a tend file (preview first)",
    ),
    b(PageUp, A::PageUp, "scroll the preview up"),
    b(PageDown, A::PageDown, "scroll the preview down"),
];

const CONNECTIONS: &[Binding] = &[
    b(Up, A::Up, "move up"),
    b(Char('k'), A::Up, "move up").quiet(),
    b(Down, A::Down, "move down"),
    b(Char('j'), A::Down, "move down").quiet(),
    b(Char('a'), A::Add, "log a connection"),
    b(Char('n'), A::New, "log a connection").quiet(),
    b(Enter, A::Open, "correct the connection"),
    b(Char('e'), A::Edit, "correct the connection"),
    b(Char('d'), A::Delete, "delete the connection (asks first)"),
];

const READING: &[Binding] = &[
    b(Up, A::Up, "previous entry"),
    b(Char('k'), A::Up, "previous entry").quiet(),
    b(Down, A::Down, "next entry"),
    b(Char('j'), A::Down, "next entry").quiet(),
    b(Enter, A::Open, "edit here"),
    b(Char('e'), A::Edit, "edit in your $EDITOR"),
    b(Char('x'), A::Dismiss, DISMISS),
    b(Esc, A::Back, "back to the list"),
];

const SEARCHING: &[Binding] = &[b(Enter, A::Open, "search"), b(Esc, A::Back, "cancel")];

const FORM: &[Binding] = &[
    b(Tab, A::Down, "next field"),
    b(BackTab, A::Up, "previous field").quiet(),
    b(Up, A::Up, "previous field"),
    b(Down, A::Down, "next field"),
    b(Left, A::Left, "less, the choice before, or the cursor left"),
    b(
        Right,
        A::Right,
        "more, the next choice, or the cursor right",
    ),
    b(Home, A::Text(TextEdit::Home), "start of the text"),
    b(End, A::Text(TextEdit::End), "end of the text"),
    b(CtrlLeft, A::Text(TextEdit::WordLeft), "a word left"),
    b(CtrlRight, A::Text(TextEdit::WordRight), "a word right"),
    b(
        Delete,
        A::Text(TextEdit::Delete),
        "delete the character at the cursor",
    ),
    b(Char(' '), A::Toggle, "toggle a mark"),
    b(Ctrl('s'), A::Save, "save").quiet(),
    b(Enter, A::Save, "save"),
    b(PageUp, A::PageUp, "scroll a preview up"),
    b(PageDown, A::PageDown, "scroll a preview down"),
    b(Esc, A::Back, "leave (asks before discarding)"),
];

const DIGITS: &[Binding] = &[
    b(Char('0'), A::Digit(0), "a number sets it"),
    b(Char('1'), A::Digit(1), "a number sets it"),
    b(Char('2'), A::Digit(2), "a number sets it"),
    b(Char('3'), A::Digit(3), "a number sets it"),
    b(Char('4'), A::Digit(4), "a number sets it"),
    b(Char('5'), A::Digit(5), "a number sets it"),
    b(Char('6'), A::Digit(6), "a number sets it"),
    b(Char('7'), A::Digit(7), "a number sets it"),
    b(Char('8'), A::Digit(8), "a number sets it"),
    b(Char('9'), A::Digit(9), "a number sets it"),
];

const WRITING: &[Binding] = &[
    b(Ctrl('s'), A::Save, "save the entry"),
    b(Esc, A::Back, "leave (asks before discarding)"),
];

const HELP: &[Binding] = &[
    b(Up, A::Up, "scroll up"),
    b(Char('k'), A::Up, "scroll up").quiet(),
    b(Down, A::Down, "scroll down"),
    b(Char('j'), A::Down, "scroll down").quiet(),
    b(Esc, A::Back, "close help"),
    b(Char('?'), A::Help, "close help").quiet(),
    b(Char('q'), A::Quit, "quit"),
];

const CRISIS: &[Binding] = &[
    b(Char('u'), A::Urge, "urge-surfing timer"),
    b(Up, A::Up, "the people to call: earlier ones"),
    b(Char('k'), A::Up, "the people to call: earlier ones").quiet(),
    b(Down, A::Down, "the people to call: more"),
    b(Char('j'), A::Down, "the people to call: more").quiet(),
    b(Esc, A::Back, "close the crisis view"),
    b(Char('!'), A::Crisis, "close the crisis view").quiet(),
    b(Char('?'), A::Help, "help"),
    b(Char('q'), A::Quit, "quit"),
];

const SURFING: &[Binding] = &[
    b(Left, A::Left, "a weaker urge"),
    b(Right, A::Right, "a stronger urge"),
    b(Down, A::Down, "a weaker urge").quiet(),
    b(Up, A::Up, "a stronger urge").quiet(),
    b(Enter, A::Open, "start, eased, log it"),
    b(Esc, A::Back, "stop the timer"),
];

const CONFIRM: &[Binding] = &[
    b(Char('y'), A::Yes, "yes"),
    b(Char('Y'), A::Yes, "yes").quiet(),
    b(Enter, A::Open, "yes, where Enter is offered"),
    b(Esc, A::Back, "no"),
];

const CURTAIN: &[Binding] = &[b(Enter, A::Open, "unlock"), b(Ctrl('c'), A::Quit, "quit")];

const SELF_CHECK: &[Binding] = &[
    b(Up, A::Up, "mark the answer above"),
    b(Down, A::Down, "mark the answer below"),
    b(Enter, A::Open, "choose the marked answer"),
    b(Backspace, A::Erase, "back to the item before"),
    b(Left, A::Left, "back to the item before").quiet(),
    b(Esc, A::Back, "leave (asks first)"),
    b(Char('!'), A::Crisis, "crisis plan"),
    b(Char('?'), A::Help, "help"),
];

fn screen_table(s: Screen) -> &'static [Binding] {
    match s {
        Screen::Today => TODAY,
        Screen::Checkin => CHECKIN,
        Screen::Journal => JOURNAL,
        Screen::Domains => DOMAINS,
        Screen::Goals => GOALS,
        Screen::Plan => PLAN,
        Screen::Progress => PROGRESS,
        Screen::Export => EXPORT,
        Screen::Connections => CONNECTIONS,
    }
}

/// The default bindings of a mode: its own first, then what it shares. A key already
/// bound by an earlier part is not bound again.
pub fn defaults(mode: Mode) -> Vec<Binding> {
    let parts: &[&[Binding]] = match mode {
        Mode::Screen(s) => &[screen_table(s), GLOBAL, SCROLL, ALWAYS],
        Mode::Reading => &[READING, GLOBAL, SCROLL, ALWAYS],
        Mode::Searching => &[SEARCHING, ALWAYS],
        Mode::Form { .. } => &[FORM, ALWAYS],
        Mode::Checkin { .. } => &[FORM, DIGITS, ALWAYS],
        Mode::Writing => &[WRITING, ALWAYS],
        Mode::Help => &[HELP, SCROLL, ALWAYS],
        Mode::Crisis => &[CRISIS, &GLOBAL[..9], SCROLL, ALWAYS],
        Mode::Surfing => &[SURFING, DIGITS, ALWAYS],
        Mode::Confirm => &[CONFIRM, ALWAYS],
        Mode::Curtain => &[CURTAIN],
        Mode::SelfCheck => &[SELF_CHECK, DIGITS, ALWAYS],
        Mode::DayCursor => &[DAY_CURSOR, GLOBAL, ALWAYS],
    };
    let mut out: Vec<Binding> = Vec::new();
    for b in parts.iter().flat_map(|p| p.iter()) {
        if !out.iter().any(|o| o.key == b.key) {
            out.push(*b);
        }
    }
    out
}

pub fn rest(mode: Mode) -> Rest {
    match mode {
        Mode::Searching | Mode::Form { typing: true } | Mode::Checkin { typing: true } => {
            Rest::Text
        }
        Mode::Writing => Rest::Raw,
        Mode::Confirm => Rest::Otherwise(A::Back),
        Mode::Curtain => Rest::TextOr(A::Open),
        _ => Rest::Nothing,
    }
}

/// What the status line says in each mode.
pub fn footer(mode: Mode) -> &'static [Hint] {
    use Hint::{Keys, Text};
    match mode {
        Mode::Screen(_) => &[
            Keys(&GO, "screens"),
            Keys(&[A::NextScreen], "next"),
            Keys(&[A::Help], "help"),
            Keys(&[A::Crisis], "crisis plan"),
            Keys(&[A::Quit], "quit"),
        ],
        Mode::Reading => &[
            Keys(&[A::Up, A::Down], "previous/next"),
            Keys(&[A::Open], "edit"),
            Keys(&[A::Edit], "$EDITOR"),
            Keys(&[A::Back], "list"),
        ],
        Mode::Searching => &[
            Text("type words"),
            Keys(&[A::Open], "search"),
            Keys(&[A::Back], "cancel"),
        ],
        Mode::Form { .. } => &[
            Keys(&[A::Down, A::Up], "field"),
            Keys(&[A::Left, A::Right], "choose"),
            Keys(&[A::Save], "save"),
            Keys(&[A::Back], "leave"),
        ],
        Mode::Checkin { .. } => &[
            Keys(&[A::Down, A::Up], "field"),
            Keys(&[A::Left, A::Right], "adjust"),
            Keys(&[A::Toggle], "mark"),
            Keys(&[A::Save], "save"),
            Keys(&[A::Back], "leave"),
        ],
        Mode::Writing => &[Keys(&[A::Save], "save"), Keys(&[A::Back], "leave")],
        Mode::Help => &[Keys(&[A::Back], "closes help")],
        Mode::Crisis => &[
            Keys(&[A::Urge], "urge-surfing timer"),
            Keys(&[A::Back], "closes"),
        ],
        Mode::Surfing => &[
            Keys(&[A::Left, A::Right], "or a digit sets the urge"),
            Keys(&[A::Open], "next"),
            Keys(&[A::Back], "stops"),
        ],
        Mode::Confirm | Mode::Curtain => &[],
        Mode::SelfCheck => &[
            Text("a number answers"),
            Keys(&[A::Up, A::Down, A::Open], "choose"),
            Keys(&[A::Erase], "back"),
            Keys(&[A::Back], "leave"),
            Keys(&[A::Crisis], "crisis plan"),
        ],
        Mode::DayCursor => &[
            Keys(&[A::Left, A::Right], "week"),
            Keys(&[A::Up, A::Down], "day"),
            Keys(&[A::Back], "leave the days"),
            Keys(&[A::Crisis], "crisis plan"),
        ],
    }
}

/// What the status line says instead while words kept aside from another device are
/// on screen, where a mode has a key for them.
pub fn footer_kept(mode: Mode) -> Option<&'static [Hint]> {
    use Hint::Keys;
    match mode {
        Mode::Reading => Some(&[
            Keys(&[A::Up, A::Down], "previous/next"),
            Keys(&[A::Open], "edit"),
            Keys(&[A::Dismiss], "dismiss"),
            Keys(&[A::Back], "list"),
        ]),
        _ => None,
    }
}

/// Whether a binding means what it means on every screen (help lists it once, under
/// "Anywhere"), whatever key the settings file gave it.
pub fn is_global(binding: &Binding) -> bool {
    GLOBAL
        .iter()
        .chain(ALWAYS)
        .any(|b| b.action == binding.action && b.help == binding.help)
}

/// The default keys of an action on the screens.
pub fn screen_keys(action: A) -> Vec<Key> {
    Screen::ALL
        .iter()
        .flat_map(|s| defaults(Mode::Screen(*s)))
        .filter(|b| b.action == action)
        .map(|b| b.key)
        .collect()
}

/// The names the settings file's `[keys]` section gives the actions.
pub const NAMES: &[(&str, A)] = &[
    ("today", GO[0]),
    ("check-in", GO[1]),
    ("journal", GO[2]),
    ("domains", GO[3]),
    ("goals", GO[4]),
    ("plan", GO[5]),
    ("progress", GO[6]),
    ("export", GO[7]),
    ("connections", GO[8]),
    ("next-screen", A::NextScreen),
    ("previous-screen", A::PrevScreen),
    ("up", A::Up),
    ("down", A::Down),
    ("left", A::Left),
    ("right", A::Right),
    ("open", A::Open),
    ("edit", A::Edit),
    ("new", A::New),
    ("add", A::Add),
    ("delete", A::Delete),
    ("move-item-up", A::MoveUp),
    ("move-item-down", A::MoveDown),
    ("toggle", A::Toggle),
    ("status", A::Status),
    ("search", A::Search),
    ("filter-domain", A::FilterDomain),
    ("filter-tag", A::FilterTag),
    ("earlier-month", A::Month(false)),
    ("later-month", A::Month(true)),
    ("growth", A::Growth),
    ("reflect", A::Reflect),
    ("pin", A::Pin),
    ("self-check", A::SelfCheck),
    ("connect", A::Connect),
    ("adopt", A::Adopt),
    ("urge", A::Urge),
    ("page-up", A::PageUp),
    ("page-down", A::PageDown),
    ("first", A::First),
    ("last", A::Last),
    ("undo", A::Undo),
    ("dismiss", A::Dismiss),
    ("help", A::Help),
    ("crisis", A::Crisis),
    ("back", A::Back),
    ("save", A::Save),
    ("yes", A::Yes),
    ("lock", A::Lock),
    ("quit", A::Quit),
];

pub fn name_of(action: A) -> Option<&'static str> {
    NAMES.iter().find(|(_, a)| *a == action).map(|(n, _)| *n)
}

/// Reads one `[keys]` line: the action it names and the keys it gives it.
pub fn parse_override(o: &KeyOverride) -> Result<(A, Vec<Key>), String> {
    let Some((_, action)) = NAMES.iter().find(|(n, _)| *n == o.action) else {
        let names: Vec<&str> = NAMES.iter().map(|(n, _)| *n).collect();
        return Err(format!(
            "keys.{} is not an action; use one of {}",
            o.action,
            names.join(", ")
        ));
    };
    let keys: Option<Vec<Key>> = o.keys.iter().map(|k| Key::parse(k)).collect();
    let Some(keys) = keys else {
        return Err(format!(
            "keys.{} must be keys like \"x\", \"ctrl-x\", \"space\", \"enter\", \"esc\", \"tab\", \"shift-tab\", \"backspace\", \"up\", \"down\", \"left\", \"right\", \"pgup\", \"pgdn\" (got {:?})",
            o.action, o.keys
        ));
    };
    if keys.contains(&super::ALWAYS_QUITS) && *action != A::Quit {
        return Err(format!(
            "keys.{}: Ctrl-C always quits, so it can't do anything else; choose another key",
            o.action
        ));
    }
    Ok((*action, keys))
}
