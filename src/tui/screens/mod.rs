//! The nine main screens. Each module owns its screen's state, takes the actions the
//! keymap gives it (returning `None` for what the app handles everywhere) and draws
//! it from `Ctx` and its own state.

mod checkin;
mod connections;
mod domains;
mod entry;
mod export;
mod goals;
mod journal;
mod library;
mod medications;
mod plan;
mod progress;
mod selfchecks;
mod tag_picker;
mod today;
mod trackers;
mod use_words;

use super::action::{Action, Screen};
use super::keymap::Mode;
use super::overlay::Effect;
use super::shared::Ctx;
use crate::error::Result;
use crate::store::Store;
pub use connections::log_one as log_connection;
pub use journal::JournalView;
pub use medications::dose_line;
pub use progress::ProgressTab;
use ratatui::Frame;
use ratatui::layout::Rect;

/// What a screen did with an action: `None` leaves it to the app.
pub type Handled = Option<Vec<Effect>>;

/// The state of every screen (kept while another is shown).
pub struct Screens {
    pub checkin: checkin::CheckinScreen,
    pub connections: connections::ConnectionsScreen,
    pub journal: journal::JournalScreen,
    pub domains: domains::DomainsScreen,
    pub goals: goals::GoalsScreen,
    pub plan: plan::PlanScreen,
    pub progress: progress::ProgressScreen,
    pub export: export::ExportScreen,
}

impl Screens {
    /// The screens, with only `shown`'s rows read (the others read theirs when opened).
    pub fn new(shown: Screen, cx: &Ctx, store: &Store) -> Result<Screens> {
        let mut s = Screens {
            checkin: checkin::CheckinScreen::default(),
            connections: connections::ConnectionsScreen::default(),
            journal: journal::JournalScreen::default(),
            domains: domains::DomainsScreen::default(),
            goals: goals::GoalsScreen::default(),
            plan: plan::PlanScreen::default(),
            progress: progress::ProgressScreen::default(),
            export: export::ExportScreen::default(),
        };
        s.reload(shown, cx, store)?;
        Ok(s)
    }

    /// Opens `screen` afresh: its cursor and view back to the start.
    /// Reads only what that screen shows; the others keep theirs.
    pub fn enter(&mut self, screen: Screen, cx: &Ctx, store: &Store) -> Result<()> {
        match screen {
            Screen::Journal => {
                self.journal.enter();
                self.journal.load(store)?;
            }
            Screen::Domains => {
                self.domains = domains::DomainsScreen::default();
                self.domains.load(cx, store)?;
            }
            Screen::Goals => {
                self.goals = goals::GoalsScreen::default();
                self.goals.follow(cx, store)?;
            }
            Screen::Plan => {
                self.plan = plan::PlanScreen::default();
                self.plan.follow(cx, store)?;
            }
            Screen::Progress => {
                self.progress = self.progress.reopened();
                self.progress.follow(cx, store)?;
            }
            Screen::Export => self.export.enter(cx, store),
            Screen::Connections => {
                self.connections = connections::ConnectionsScreen::default();
                self.connections.follow(cx, store)?;
            }
            Screen::Checkin => {
                self.checkin = checkin::CheckinScreen::default();
                self.checkin.enter(cx, store)?;
            }
            Screen::Today => {}
        }
        Ok(())
    }

    /// Re-reads what the screen `shown` holds itself, after a write; its cursors follow
    /// their records. Screens not shown read theirs when they are opened.
    pub fn reload(&mut self, shown: Screen, cx: &Ctx, store: &Store) -> Result<()> {
        match shown {
            Screen::Journal => self.journal.load(store),
            Screen::Domains => self.domains.load(cx, store),
            Screen::Checkin => self.checkin.follow(cx, store),
            Screen::Goals => self.goals.follow(cx, store),
            Screen::Plan => self.plan.follow(cx, store),
            Screen::Progress => self.progress.follow(cx, store),
            Screen::Connections => self.connections.follow(cx, store),
            Screen::Today | Screen::Export => Ok(()),
        }
    }

    pub fn mode(&self, screen: Screen) -> Mode {
        match screen {
            Screen::Journal => self.journal.mode(),
            Screen::Progress => self.progress.mode(),
            s => Mode::Screen(s),
        }
    }

    pub fn handle(
        &mut self,
        screen: Screen,
        action: Action,
        cx: &mut Ctx,
        store: &Store,
    ) -> Result<Handled> {
        match screen {
            Screen::Today => today::handle(action, cx, store),
            Screen::Checkin => self.checkin.handle(action, cx, store),
            Screen::Journal => self.journal.handle(action, cx, store),
            Screen::Domains => self.domains.handle(action, cx, store),
            Screen::Goals => self.goals.handle(action, cx, store),
            Screen::Plan => self.plan.handle(action, cx, store),
            Screen::Progress => self.progress.handle(action, cx, store),
            Screen::Export => Ok(self.export.handle(action, cx, store)),
            Screen::Connections => self.connections.handle(action, cx, store),
        }
    }

    pub fn render(&self, screen: Screen, cx: &Ctx, f: &mut Frame, area: Rect) {
        match screen {
            Screen::Today => today::render(cx, f, area),
            Screen::Checkin => self.checkin.render(cx, f, area),
            Screen::Journal => self.journal.render(cx, f, area),
            Screen::Domains => self.domains.render(cx, f, area),
            Screen::Goals => self.goals.render(cx, f, area),
            Screen::Plan => self.plan.render(cx, f, area),
            Screen::Progress => self.progress.render(cx, f, area),
            Screen::Export => self.export.render(cx, f, area),
            Screen::Connections => self.connections.render(cx, f, area),
        }
    }
}

/// Opens the use form on `commitment` (else the first), now; with no commitment yet,
/// says where to add one.
pub fn log_use(cx: &mut Ctx, store: &Store, commitment: Option<i64>) -> Vec<Effect> {
    let now = store.clock().now().format("%Y-%m-%d %H:%M").to_string();
    match super::forms::UseForm::new(cx, commitment, &now, store.drink_grams()) {
        Some(f) => form(f),
        None => {
            let key = cx.keys.key(Mode::Screen(Screen::Plan), Action::Add);
            cx.say(t!("tui-use-no-commitment", key = key));
            vec![]
        }
    }
}

/// Opens a form over the screen.
pub fn form(f: impl super::forms::TypedForm + 'static) -> Vec<Effect> {
    vec![Effect::Push(super::overlay::Overlay::Form(
        super::forms::FormView::new(f),
    ))]
}

/// A row of tab names with the current one marked, as Domains, Plan and Progress show.
pub fn tab_row(
    names: &[impl AsRef<str>],
    current: usize,
    t: &super::theme::Theme,
) -> Vec<ratatui::text::Span<'static>> {
    use ratatui::text::Span;
    names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let name = name.as_ref();
            if i == current {
                Span::styled(format!("[{name}] "), t.accent())
            } else {
                Span::styled(format!(" {name}  "), t.dim())
            }
        })
        .collect()
}

/// A row of tabs (`tab_row`'s, the current one at `current`, anything after the tabs
/// last) in `width` columns: whole when it fits, else the tabs nearest the current one
/// and "…" on each side where some are left out.
pub fn fit_tabs(
    spans: Vec<ratatui::text::Span<'static>>,
    current: usize,
    width: u16,
) -> ratatui::text::Line<'static> {
    use ratatui::text::{Line, Span};
    let w = |s: &[Span]| s.iter().map(Span::width).sum::<usize>();
    let room = usize::from(width);
    if w(&spans) <= room {
        return Line::from(spans);
    }
    let n = spans.len();
    let fits = |lo: usize, hi: usize| {
        let marks = 2 * usize::from(lo > 0) + 2 * usize::from(hi < n);
        w(&spans[lo..hi]) + marks <= room
    };
    let (mut lo, mut hi) = (current.min(n - 1), current.min(n - 1) + 1);
    loop {
        if hi < n && fits(lo, hi + 1) {
            hi += 1;
        } else if lo > 0 && fits(lo - 1, hi) {
            lo -= 1;
        } else {
            break;
        }
    }
    let mut out = Vec::new();
    if lo > 0 {
        out.push(Span::raw("… "));
    }
    out.extend(spans[lo..hi].iter().cloned());
    if hi < n {
        out.push(Span::raw(" …"));
    }
    Line::from(out)
}

/// A line of hints: each item's keys as the keymap shows them, then its words, joined
/// with " · "; an item whose action has no key is left out.
pub fn hints(cx: &Ctx, mode: Mode, items: &[(&[Action], String)]) -> String {
    items
        .iter()
        .filter_map(|(actions, what)| {
            let k = cx.keys.keys(mode, actions);
            (!k.is_empty()).then(|| format!("{k} {what}"))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}
