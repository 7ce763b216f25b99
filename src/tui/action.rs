//! What a key press means once the keymap has read it (`Action`), and the nine main
//! screens it can open (`Screen`). Nothing here knows which key does what.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Today,
    Checkin,
    Journal,
    Domains,
    Goals,
    Plan,
    Progress,
    Export,
    Connections,
}

impl Screen {
    pub const ALL: [Screen; 9] = [
        Screen::Today,
        Screen::Checkin,
        Screen::Journal,
        Screen::Domains,
        Screen::Goals,
        Screen::Plan,
        Screen::Progress,
        Screen::Export,
        Screen::Connections,
    ];

    /// The screen's name, as its tab shows it.
    pub fn title(self) -> String {
        match self {
            Screen::Today => t!("tui-tab-today"),
            Screen::Checkin => t!("tui-tab-check-in"),
            Screen::Journal => t!("tui-tab-journal"),
            Screen::Domains => t!("tui-tab-domains"),
            Screen::Goals => t!("tui-tab-goals"),
            Screen::Plan => t!("tui-tab-plan"),
            Screen::Progress => t!("tui-tab-progress"),
            Screen::Export => t!("tui-tab-export"),
            Screen::Connections => t!("tui-tab-connections"),
        }
    }

    /// The name the tab bar gives the screen when every title doesn't fit.
    pub fn short_title(self) -> String {
        match self {
            Screen::Today => t!("tui-tab-short-today"),
            Screen::Checkin => t!("tui-tab-short-check-in"),
            Screen::Journal => t!("tui-tab-short-journal"),
            Screen::Domains => t!("tui-tab-short-domains"),
            Screen::Goals => t!("tui-tab-short-goals"),
            Screen::Plan => t!("tui-tab-short-plan"),
            Screen::Progress => t!("tui-tab-short-progress"),
            Screen::Export => t!("tui-tab-short-export"),
            Screen::Connections => t!("tui-tab-short-connections"),
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// The screen `step` places along the tab bar, wrapping round.
    pub fn step(self, forward: bool) -> Screen {
        let n = Screen::ALL.len();
        let i = if forward {
            self.index() + 1
        } else {
            self.index() + n - 1
        };
        Screen::ALL[i % n]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Go(Screen),
    NextScreen,
    PrevScreen,
    Up,
    Down,
    Left,
    Right,
    Open,
    Edit,
    New,
    Add,
    Delete,
    MoveUp,
    MoveDown,
    Toggle,
    Status,
    Search,
    FilterDomain,
    FilterTag,
    /// Choose the journal's tag filter from every tag in use.
    PickTag,
    /// Step the journal's month filter back (`false`) or forward (`true`).
    Month(bool),
    Growth,
    /// Write about the setback a check-in marked and left for later (Today).
    Reflect,
    /// Pin the selected journal entry, or unpin it.
    Pin,
    Urge,
    /// The self-check scales (Progress screen).
    SelfCheck,
    /// Log a connection (a meeting, a call…) from anywhere.
    Connect,
    /// Turn one of the plan's people into a person (or a meeting), asked once each.
    Adopt,
    /// Log a use (Today, and the Plan screen's Commitments tab).
    LogUse,
    /// Change the selected commitment's path (the Plan screen's Commitments tab).
    Path,
    /// Mark the next dose due today taken (Today).
    TakeDose,
    /// Log a dose of the selected medication (the Plan screen's Medications tab).
    LogDose,
    Save,
    Help,
    Crisis,
    Back,
    Quit,
    /// Yes to a question on the status line.
    Yes,
    /// A number key where numbers answer or set a value (self-checks, sliders, urges).
    Digit(u8),
    Type(char),
    Erase,
    /// A raw key for the text editor.
    Key(crossterm::event::KeyEvent),
    /// Moving or deleting inside a form's text field.
    Text(TextEdit),
    PageUp,
    PageDown,
    /// The first row of a list or the top of a text.
    First,
    /// The last row of a list or the end of a text.
    Last,
    /// Undo the last delete or edit made in this run of the app.
    Undo,
    /// Let go of the words sync kept aside from another device's edit (asks first).
    Dismiss,
    /// Blank the screen at once (the curtain), or lock after idle minutes.
    Lock,
    Tick,
    Resize,
}

/// Moving the cursor in a text field, or deleting at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEdit {
    Left,
    Right,
    Home,
    End,
    WordLeft,
    WordRight,
    /// The character under the cursor (Backspace erases the one before).
    Delete,
}

impl Action {
    /// Up or down one step: for sliders, scales and urge ratings.
    pub fn nudge(self) -> Option<bool> {
        match self {
            Action::Right | Action::Up => Some(true),
            Action::Left | Action::Down => Some(false),
            _ => None,
        }
    }
}
