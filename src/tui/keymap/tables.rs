//! The default bindings of every mode, what each mode does with keys it does not bind,
//! the hints each mode's status line shows, and the names the settings file uses.

use super::words::{Does as D, Item, Word as W};
use super::{Key, Mode, Row};
use crate::settings::KeyOverride;
use crate::tui::action::{Action as A, Screen, TextEdit};

/// One key in one mode: what it does, what help says, whether hints show it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Binding {
    pub key: Key,
    pub action: A,
    pub help: D,
    /// Shown in hints; alternates (vim keys, Shift-Tab) are not.
    pub hint: bool,
}

impl Binding {
    pub const fn new(key: Key, action: A, help: D) -> Binding {
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

const fn b(key: Key, action: A, help: D) -> Binding {
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
    BackTab, Backspace, Char, Ctrl, CtrlLeft, CtrlRight, Delete, Down, End, Enter, Esc, F1, Home,
    Left, PageDown, PageUp, Right, Tab, Up,
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
    b(Ctrl('l'), A::Lock, D::Lock),
    b(Ctrl('c'), A::Quit, D::QuitAsks).quiet(),
];

/// On every screen.
const GLOBAL: &[Binding] = &[
    b(Char('1'), GO[0], D::GoToday),
    b(Char('2'), GO[1], D::GoCheckin),
    b(Char('3'), GO[2], D::GoJournal),
    b(Char('4'), GO[3], D::GoDomains),
    b(Char('5'), GO[4], D::GoGoals),
    b(Char('6'), GO[5], D::GoPlan),
    b(Char('7'), GO[6], D::GoProgress),
    b(Char('8'), GO[7], D::GoExport),
    b(Char('9'), GO[8], D::GoConnections),
    b(Tab, A::NextScreen, D::NextScreen),
    b(BackTab, A::PrevScreen, D::PrevScreen),
    b(Char('g'), A::Growth, D::Growth),
    b(Char('o'), A::Connect, D::Connect),
    b(Char('c'), A::SelfCheck, D::SelfCheck),
    b(Char('?'), A::Help, D::Help),
    b(Char('!'), A::Crisis, D::Crisis),
    b(Char('U'), A::Undo, D::Undo),
    b(Esc, A::Back, D::Back),
    b(Char('q'), A::Quit, D::Quit),
];

/// Paging through whatever is long: lists, the timeline, help and the crisis plan.
const SCROLL: &[Binding] = &[
    b(PageUp, A::PageUp, D::PageUp),
    b(PageDown, A::PageDown, D::PageDown),
    b(Home, A::First, D::First),
    b(End, A::Last, D::Last),
];

const TODAY: &[Binding] = &[
    b(Enter, A::Open, D::CheckIn),
    b(Char('e'), A::Edit, D::CheckIn).quiet(),
    b(Char('n'), A::New, D::Write),
    b(Char('w'), A::Reflect, D::Reflect),
    b(Char('u'), A::LogUse, D::LogUse),
    b(Char('m'), A::TakeDose, D::TakeDose),
];

const CHECKIN: &[Binding] = &[
    b(Enter, A::Open, D::CheckInDay),
    b(Left, A::Left, D::DayBefore),
    b(Char('h'), A::Left, D::DayBefore).quiet(),
    b(Right, A::Right, D::DayAfter),
    b(Char('l'), A::Right, D::DayAfter).quiet(),
    b(Up, A::Up, D::LaterDay),
    b(Char('k'), A::Up, D::LaterDay).quiet(),
    b(Down, A::Down, D::EarlierDay),
    b(Char('j'), A::Down, D::EarlierDay).quiet(),
    b(Char('a'), A::Add, D::CheckInOn),
    b(Char('e'), A::Edit, D::CorrectDay),
    b(Char('d'), A::Delete, D::DeleteDay),
    b(Char('x'), A::Dismiss, D::Dismiss),
];

const JOURNAL: &[Binding] = &[
    b(Up, A::Up, D::MoveUp),
    b(Char('k'), A::Up, D::MoveUp).quiet(),
    b(Down, A::Down, D::MoveDown),
    b(Char('j'), A::Down, D::MoveDown).quiet(),
    b(Enter, A::Open, D::ReadEntry),
    b(Char('e'), A::Edit, D::EditOutside),
    b(Char('n'), A::New, D::NewEntry),
    b(Char('d'), A::Delete, D::Delete),
    b(Char('p'), A::Pin, D::Pin),
    b(Char('/'), A::Search, D::Search),
    b(Char('f'), A::FilterDomain, D::FilterDomain),
    b(Char('t'), A::FilterTag, D::FilterTag),
    b(Char('T'), A::PickTag, D::PickTag),
    b(Char('['), A::Month(false), D::EarlierMonth),
    b(Char(']'), A::Month(true), D::LaterMonth),
];

const DOMAINS: &[Binding] = &[
    b(Left, A::Left, D::PrevDomain),
    b(Char('h'), A::Left, D::PrevDomain).quiet(),
    b(Right, A::Right, D::NextDomain),
    b(Char('l'), A::Right, D::NextDomain).quiet(),
];

const GOALS: &[Binding] = &[
    b(Up, A::Up, D::MoveUp),
    b(Char('k'), A::Up, D::MoveUp).quiet(),
    b(Down, A::Down, D::MoveDown),
    b(Char('j'), A::Down, D::MoveDown).quiet(),
    b(Char('a'), A::Add, D::AddGoal),
    b(Char('n'), A::New, D::AddGoal).quiet(),
    b(Char('e'), A::Edit, D::EditGoal),
    b(Char(' '), A::Toggle, D::LogGoal),
    b(Enter, A::Open, D::LogGoalOn),
    b(Char('s'), A::Status, D::GoalStatus),
    b(Char('d'), A::Delete, D::DeleteGoal),
    b(Right, A::Right, D::ToMarks),
    b(Char('l'), A::Right, D::ToMarks).quiet(),
    b(Left, A::Left, D::ToGoals),
    b(Char('h'), A::Left, D::ToGoals).quiet(),
];

const PLAN: &[Binding] = &[
    b(Up, A::Up, D::MoveUp),
    b(Char('k'), A::Up, D::MoveUp).quiet(),
    b(Down, A::Down, D::MoveDown),
    b(Char('j'), A::Down, D::MoveDown).quiet(),
    b(Left, A::Left, D::TabBefore),
    b(Char('h'), A::Left, D::TabBefore).quiet(),
    b(Right, A::Right, D::TabAfter),
    b(Char('l'), A::Right, D::TabAfter).quiet(),
    b(Char('a'), A::Add, D::AddToPlan),
    b(Char('n'), A::New, D::AddToPlan).quiet(),
    b(Enter, A::Open, D::Correct),
    b(Char('e'), A::Edit, D::Correct),
    b(Char('K'), A::MoveUp, D::ItemUp),
    b(Char('J'), A::MoveDown, D::ItemDown),
    b(Char('d'), A::Delete, D::Delete),
    b(Char('i'), A::Adopt, D::Adopt),
    b(Char('u'), A::LogUse, D::LogUseOf),
    b(Char('p'), A::Path, D::ChangePath),
    b(Char('t'), A::LogDose, D::LogDose),
    b(Char('s'), A::Status, D::ArchiveTracker),
];

const PROGRESS: &[Binding] = &[
    b(Left, A::Left, D::PrevView),
    b(Char('h'), A::Left, D::PrevView).quiet(),
    b(Right, A::Right, D::NextView),
    b(Char('l'), A::Right, D::NextView).quiet(),
    b(Up, A::Up, D::ProgressUp),
    b(Char('k'), A::Up, D::ProgressUp).quiet(),
    b(Down, A::Down, D::ProgressDown),
    b(Char('j'), A::Down, D::ProgressDown).quiet(),
    b(Enter, A::Open, D::ProgressOpen),
    b(Char('m'), A::Toggle, D::ShadeCalendar),
    b(Char('e'), A::Edit, D::CorrectGrowth),
    b(Char('d'), A::Delete, D::DeleteGrowth),
];

/// The day cursor of the year calendar: arrows move it, Esc leaves it.
const DAY_CURSOR: &[Binding] = &[
    b(Left, A::Left, D::WeekBefore),
    b(Char('h'), A::Left, D::WeekBefore).quiet(),
    b(Right, A::Right, D::WeekAfter),
    b(Char('l'), A::Right, D::WeekAfter).quiet(),
    b(Up, A::Up, D::DayBefore),
    b(Char('k'), A::Up, D::DayBefore).quiet(),
    b(Down, A::Down, D::DayAfter),
    b(Char('j'), A::Down, D::DayAfter).quiet(),
    b(Esc, A::Back, D::LeaveDaysArrows),
    b(Enter, A::Back, D::LeaveDays).quiet(),
    b(Char('m'), A::Toggle, D::ShadeCalendar),
];

const EXPORT: &[Binding] = &[
    b(Enter, A::Open, D::ChooseShare),
    b(Char('e'), A::Edit, D::ChooseShare).quiet(),
    b(Char('i'), A::New, D::Import),
    b(PageUp, A::PageUp, D::PreviewUp),
    b(PageDown, A::PageDown, D::PreviewDown),
];

const CONNECTIONS: &[Binding] = &[
    b(Up, A::Up, D::MoveUp),
    b(Char('k'), A::Up, D::MoveUp).quiet(),
    b(Down, A::Down, D::MoveDown),
    b(Char('j'), A::Down, D::MoveDown).quiet(),
    b(Char('a'), A::Add, D::LogConnection),
    b(Char('n'), A::New, D::LogConnection).quiet(),
    b(Enter, A::Open, D::CorrectConnection),
    b(Char('e'), A::Edit, D::CorrectConnection),
    b(Char('d'), A::Delete, D::DeleteConnection),
];

const READING: &[Binding] = &[
    b(Up, A::Up, D::PrevEntry),
    b(Char('k'), A::Up, D::PrevEntry).quiet(),
    b(Down, A::Down, D::NextEntry),
    b(Char('j'), A::Down, D::NextEntry).quiet(),
    b(Enter, A::Open, D::EditHere),
    b(Char('e'), A::Edit, D::EditOutside),
    b(Char('x'), A::Dismiss, D::Dismiss),
    b(Esc, A::Back, D::ToList),
];

const SEARCHING: &[Binding] = &[b(Enter, A::Open, D::Search), b(Esc, A::Back, D::Cancel)];

/// The tag picker: letters narrow the list, arrows move in it.
const PICKING_TAG: &[Binding] = &[
    b(Up, A::Up, D::PrevTag),
    b(Down, A::Down, D::NextTag),
    b(Enter, A::Open, D::ShowTag),
    b(Esc, A::Back, D::Cancel),
];

const FORM: &[Binding] = &[
    b(Tab, A::Down, D::NextField),
    b(BackTab, A::Up, D::PrevField).quiet(),
    b(Up, A::Up, D::PrevField),
    b(Down, A::Down, D::NextField),
    b(Left, A::Left, D::Less),
    b(Right, A::Right, D::More),
    b(Home, A::Text(TextEdit::Home), D::TextStart),
    b(End, A::Text(TextEdit::End), D::TextEnd),
    b(CtrlLeft, A::Text(TextEdit::WordLeft), D::WordLeft),
    b(CtrlRight, A::Text(TextEdit::WordRight), D::WordRight),
    b(Delete, A::Text(TextEdit::Delete), D::DeleteChar),
    b(Char(' '), A::Toggle, D::ToggleMark),
    b(Ctrl('s'), A::Save, D::Save).quiet(),
    b(Enter, A::Save, D::Save),
    b(PageUp, A::PageUp, D::FormPreviewUp),
    b(PageDown, A::PageDown, D::FormPreviewDown),
    b(Esc, A::Back, D::LeaveDiscard),
    b(Char('?'), A::Help, D::Help),
    b(F1, A::Help, D::HelpInText).quiet(),
];

const DIGITS: &[Binding] = &[
    b(Char('0'), A::Digit(0), D::Digit),
    b(Char('1'), A::Digit(1), D::Digit),
    b(Char('2'), A::Digit(2), D::Digit),
    b(Char('3'), A::Digit(3), D::Digit),
    b(Char('4'), A::Digit(4), D::Digit),
    b(Char('5'), A::Digit(5), D::Digit),
    b(Char('6'), A::Digit(6), D::Digit),
    b(Char('7'), A::Digit(7), D::Digit),
    b(Char('8'), A::Digit(8), D::Digit),
    b(Char('9'), A::Digit(9), D::Digit),
];

/// The editor: Tab and Shift-Tab move between the title, the text, the tags, the
/// mood and the domain; every key not here goes to the field (arrows, Home/End and
/// PgUp/PgDn in the text go by the rows on screen).
const WRITING: &[Binding] = &[
    b(Ctrl('s'), A::Save, D::SaveEntry),
    b(Tab, A::Down, D::NextField),
    b(BackTab, A::Up, D::PrevField),
    b(PageUp, A::PageUp, D::PageUp),
    b(PageDown, A::PageDown, D::PageDown),
    b(Esc, A::Back, D::LeaveDiscard),
];

const HELP: &[Binding] = &[
    b(Up, A::Up, D::ScrollUp),
    b(Char('k'), A::Up, D::ScrollUp).quiet(),
    b(Down, A::Down, D::ScrollDown),
    b(Char('j'), A::Down, D::ScrollDown).quiet(),
    b(Esc, A::Back, D::CloseHelp),
    b(Char('?'), A::Help, D::CloseHelp).quiet(),
    b(Char('q'), A::Quit, D::Quit),
];

const CRISIS: &[Binding] = &[
    b(Char('u'), A::Urge, D::Urge),
    b(Right, A::Right, D::SafetyPage),
    b(Char('l'), A::Right, D::SafetyPage).quiet(),
    b(Up, A::Up, D::PeopleEarlier),
    b(Char('k'), A::Up, D::PeopleEarlier).quiet(),
    b(Down, A::Down, D::PeopleMore),
    b(Char('j'), A::Down, D::PeopleMore).quiet(),
    b(Esc, A::Back, D::CloseCrisis),
    b(Char('!'), A::Crisis, D::CloseCrisis).quiet(),
    b(Char('?'), A::Help, D::Help),
    b(Char('q'), A::Quit, D::Quit),
];

/// The crisis view's safety page: the arrows scroll it, ← goes back to the plan.
const SAFETY: &[Binding] = &[
    b(Left, A::Left, D::PlanPage),
    b(Char('h'), A::Left, D::PlanPage).quiet(),
    b(Up, A::Up, D::ScrollUp),
    b(Char('k'), A::Up, D::ScrollUp).quiet(),
    b(Down, A::Down, D::ScrollDown),
    b(Char('j'), A::Down, D::ScrollDown).quiet(),
    b(Esc, A::Back, D::CloseCrisis),
    b(Char('!'), A::Crisis, D::CloseCrisis).quiet(),
    b(Char('?'), A::Help, D::Help),
    b(Char('q'), A::Quit, D::Quit),
];

const SURFING: &[Binding] = &[
    b(Left, A::Left, D::Weaker),
    b(Right, A::Right, D::Stronger),
    b(Down, A::Down, D::Weaker).quiet(),
    b(Up, A::Up, D::Stronger).quiet(),
    b(Enter, A::Open, D::SurfNext),
    b(Esc, A::Back, D::StopTimer),
];

const CONFIRM: &[Binding] = &[
    b(Char('y'), A::Yes, D::Yes),
    b(Char('Y'), A::Yes, D::Yes).quiet(),
    b(Enter, A::Open, D::YesEnter),
    b(Esc, A::Back, D::No),
];

const CURTAIN: &[Binding] = &[b(Enter, A::Open, D::Unlock), b(Ctrl('c'), A::Quit, D::Quit)];

const SELF_CHECK: &[Binding] = &[
    b(Up, A::Up, D::AnswerAbove),
    b(Down, A::Down, D::AnswerBelow),
    b(Enter, A::Open, D::ChooseAnswer),
    b(Backspace, A::Erase, D::ItemBefore),
    b(Left, A::Left, D::ItemBefore).quiet(),
    b(Esc, A::Back, D::LeaveAsks),
    b(Char('!'), A::Crisis, D::Crisis),
    b(Char('?'), A::Help, D::Help),
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
        Mode::PickingTag => &[PICKING_TAG, SCROLL, ALWAYS],
        Mode::Form { .. } => &[FORM, ALWAYS],
        Mode::Checkin { .. } => &[FORM, DIGITS, ALWAYS],
        Mode::Writing => &[WRITING, ALWAYS],
        Mode::Help => &[HELP, SCROLL, ALWAYS],
        Mode::Crisis => &[CRISIS, &GLOBAL[..9], SCROLL, ALWAYS],
        Mode::Safety => &[SAFETY, &GLOBAL[..9], SCROLL, ALWAYS],
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
        Mode::Searching
        | Mode::PickingTag
        | Mode::Form { typing: true }
        | Mode::Checkin { row: Row::Text } => Rest::Text,
        Mode::Writing => Rest::Raw,
        Mode::Confirm => Rest::Otherwise(A::Back),
        Mode::Curtain => Rest::TextOr(A::Open),
        _ => Rest::Nothing,
    }
}

/// What the status line says in each mode.
pub fn footer(mode: Mode) -> &'static [Item] {
    use Item::{Keys, Text};
    match mode {
        Mode::Screen(_) => &[
            Keys(&GO, W::Screens),
            Keys(&[A::NextScreen], W::Next),
            Keys(&[A::Help], W::Help),
            Keys(&[A::Crisis], W::CrisisPlan),
            Keys(&[A::Quit], W::Quit),
        ],
        Mode::Reading => &[
            Keys(&[A::Up, A::Down], W::PreviousNext),
            Keys(&[A::Open], W::Edit),
            Keys(&[A::Edit], W::Editor),
            Keys(&[A::Back], W::List),
        ],
        Mode::Searching => &[
            Text(W::TypeWords),
            Keys(&[A::Open], W::Search),
            Keys(&[A::Back], W::Cancel),
        ],
        Mode::PickingTag => &[
            Text(W::TypeToNarrow),
            Keys(&[A::Up, A::Down], W::Tag),
            Keys(&[A::Open], W::Show),
            Keys(&[A::Back], W::Cancel),
        ],
        Mode::Form { .. } => &[
            Keys(&[A::Down, A::Up], W::Field),
            Keys(&[A::Left, A::Right], W::Choose),
            Keys(&[A::Save], W::Save),
            Keys(&[A::Back], W::Leave),
            Keys(&[A::Help], W::Help),
        ],
        Mode::Checkin { row } => checkin_footer(row),
        Mode::Writing => &[
            Keys(&[A::Down, A::Up], W::Field),
            Keys(&[A::Save], W::Save),
            Keys(&[A::Back], W::Leave),
        ],
        Mode::Help => &[Keys(&[A::Back], W::ClosesHelp)],
        Mode::Crisis => &[
            Keys(&[A::Urge], W::UrgeTimer),
            Keys(&[A::Right], W::OverdoseSigns),
            Keys(&[A::Back], W::Closes),
        ],
        Mode::Safety => &[Keys(&[A::Left], W::YourPlan), Keys(&[A::Back], W::Closes)],
        Mode::Surfing => &[
            Keys(&[A::Left, A::Right], W::DigitSetsUrge),
            Keys(&[A::Open], W::Next),
            Keys(&[A::Back], W::Stops),
        ],
        Mode::Confirm | Mode::Curtain => &[],
        Mode::SelfCheck => &[
            Text(W::NumberAnswers),
            Keys(&[A::Up, A::Down, A::Open], W::Choose),
            Keys(&[A::Erase], W::Back),
            Keys(&[A::Back], W::Leave),
            Keys(&[A::Crisis], W::CrisisPlan),
        ],
        Mode::DayCursor => &[
            Keys(&[A::Left, A::Right], W::Week),
            Keys(&[A::Up, A::Down], W::Day),
            Keys(&[A::Back], W::LeaveDays),
            Keys(&[A::Toggle], W::MoodOrAmount),
            Keys(&[A::Crisis], W::CrisisPlan),
        ],
    }
}

/// The check-in's status line on each kind of row: only what its keys do there.
fn checkin_footer(row: Row) -> &'static [Item] {
    use Item::Keys;
    match row {
        Row::Slider => &[
            Keys(&[A::Down, A::Up], W::Field),
            Keys(&[A::Left, A::Right], W::Adjust),
            Keys(&DIGIT_ACTIONS, W::Set),
            Keys(&[A::Save], W::Save),
            Keys(&[A::Back], W::Leave),
            Keys(&[A::Help], W::Help),
        ],
        Row::Marks => &[
            Keys(&[A::Down, A::Up], W::Field),
            Keys(&[A::Left, A::Right], W::MarkBeside),
            Keys(&[A::Toggle], W::Mark),
            Keys(&[A::Save], W::Save),
            Keys(&[A::Back], W::Leave),
            Keys(&[A::Help], W::Help),
        ],
        Row::Sleep => &[
            Keys(&[A::Down, A::Up], W::Field),
            Keys(&[A::Left, A::Right], W::HalfHour),
            Keys(&DIGIT_ACTIONS, W::Hours),
            Keys(&[A::Save], W::Save),
            Keys(&[A::Back], W::Leave),
            Keys(&[A::Help], W::Help),
        ],
        Row::Text => &[
            Keys(&[A::Down, A::Up], W::Field),
            Keys(&[A::Save], W::Save),
            Keys(&[A::Back], W::Leave),
            Keys(&[A::Help], W::Help),
        ],
        Row::Setback => &[
            Keys(&[A::Down, A::Up], W::Field),
            Keys(&[A::Toggle], W::Mark),
            Keys(&[A::Save], W::Save),
            Keys(&[A::Back], W::Leave),
            Keys(&[A::Help], W::Help),
        ],
        Row::Which => &[
            Keys(&DIGIT_ACTIONS, W::Choose),
            Keys(&[A::Back], W::Back),
            Keys(&[A::Help], W::Help),
        ],
    }
}

/// The digits' actions, 0 to 9, as a status line names them ("0-9").
const DIGIT_ACTIONS: [A; 10] = [
    A::Digit(0),
    A::Digit(1),
    A::Digit(2),
    A::Digit(3),
    A::Digit(4),
    A::Digit(5),
    A::Digit(6),
    A::Digit(7),
    A::Digit(8),
    A::Digit(9),
];

/// What the status line says instead while words kept aside from another device are
/// on screen, where a mode has a key for them.
pub fn footer_kept(mode: Mode) -> Option<&'static [Item]> {
    use Item::Keys;
    match mode {
        Mode::Reading => Some(&[
            Keys(&[A::Up, A::Down], W::PreviousNext),
            Keys(&[A::Open], W::Edit),
            Keys(&[A::Dismiss], W::Dismiss),
            Keys(&[A::Back], W::List),
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
    ("pick-tag", A::PickTag),
    ("earlier-month", A::Month(false)),
    ("later-month", A::Month(true)),
    ("growth", A::Growth),
    ("reflect", A::Reflect),
    ("pin", A::Pin),
    ("self-check", A::SelfCheck),
    ("connect", A::Connect),
    ("adopt", A::Adopt),
    ("log-use", A::LogUse),
    ("path", A::Path),
    ("take-dose", A::TakeDose),
    ("log-dose", A::LogDose),
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
    let setting = format!("keys.{}", o.action);
    let Some((_, action)) = NAMES.iter().find(|(n, _)| *n == o.action) else {
        let names: Vec<&str> = NAMES.iter().map(|(n, _)| *n).collect();
        return Err(t!(
            "tui-keys-not-an-action",
            setting = setting,
            names = names.join(", ")
        ));
    };
    let keys: Option<Vec<Key>> = o.keys.iter().map(|k| Key::parse(k)).collect();
    let Some(keys) = keys else {
        return Err(t!(
            "tui-keys-not-keys",
            setting = setting,
            examples = KEY_EXAMPLES,
            got = format!("{:?}", o.keys)
        ));
    };
    if keys.contains(&super::ALWAYS_QUITS) && *action != A::Quit {
        return Err(t!(
            "tui-keys-ctrl-c",
            setting = setting,
            key = super::ALWAYS_QUITS.label()
        ));
    }
    Ok((*action, keys))
}

/// Keys as the settings file writes them, for a refusal to show.
const KEY_EXAMPLES: &str = "\"x\", \"ctrl-x\", \"space\", \"enter\", \"esc\", \"tab\", \"shift-tab\", \"backspace\", \"up\", \"down\", \"left\", \"right\", \"pgup\", \"pgdn\"";
