//! The urge-surfing timer inside the crisis view: rate the urge, ride it out while a
//! calm bar fills over 20 minutes, rate it again, and log the episode as an encounter
//! with the "urge surfing" coping step. The crisis view (`crisis`) holds it, hands it
//! the keys while it runs and places its lines in the plan's left column.

use super::action::Action;
use super::keymap::Mode;
use super::shared::Ctx;
use super::theme::Theme;
use crate::domain::{EventDraft, Outcome};
use crate::error::Result;
use crate::store::Store;
use chrono::{DateTime, FixedOffset};
use ratatui::text::Line;

/// Minutes the bar takes to fill: urges rise, peak and pass within about 15–20.
pub const SURF_MINUTES: i64 = 20;

/// Where the timer is: rating the urge, riding it out, rating it again.
#[derive(Debug, Clone, PartialEq)]
pub enum Surf {
    Before {
        urge: u8,
    },
    Riding {
        before: u8,
        started: DateTime<FixedOffset>,
        elapsed_secs: i64,
    },
    After {
        before: u8,
        urge: u8,
        minutes: i64,
    },
}

fn adjust(v: u8, a: Action) -> u8 {
    match (a, a.nudge()) {
        (_, Some(true)) => (v + 1).min(10),
        (_, Some(false)) => v.saturating_sub(1),
        (Action::Digit(d), None) => d,
        _ => v,
    }
}

/// Moves the timer on. Returns the next state (`None`: closed) and, once the episode
/// is logged, what to say.
pub fn step(s: Surf, a: Action, store: &Store) -> Result<(Option<Surf>, Option<String>)> {
    let now = store.clock().now();
    let next = matches!(a, Action::Open | Action::Save);
    Ok(match s {
        _ if a == Action::Back => (None, None),
        Surf::Before { urge } if next => (
            Some(Surf::Riding {
                before: urge,
                started: now,
                elapsed_secs: 0,
            }),
            None,
        ),
        Surf::Before { urge } => (
            Some(Surf::Before {
                urge: adjust(urge, a),
            }),
            None,
        ),
        Surf::Riding {
            before, started, ..
        } if next => {
            let minutes = (now - started).num_minutes();
            let after = Surf::After {
                before,
                urge: before,
                minutes,
            };
            (Some(after), None)
        }
        Surf::Riding {
            before, started, ..
        } => {
            let elapsed_secs = (now - started).num_seconds().max(0);
            let riding = Surf::Riding {
                before,
                started,
                elapsed_secs,
            };
            (Some(riding), None)
        }
        Surf::After {
            before,
            urge,
            minutes,
        } if next => (None, Some(log(store, before, urge, minutes)?)),
        Surf::After {
            before,
            urge,
            minutes,
        } => {
            let urge = adjust(urge, a);
            let after = Surf::After {
                before,
                urge,
                minutes,
            };
            (Some(after), None)
        }
    })
}

/// Logs a ridden-out urge as an encounter with the person's "urge surfing" coping step
/// (named as the catalog names it, as the demo and the suggested steps do).
fn log(store: &Store, before: u8, urge: u8, minutes: i64) -> Result<String> {
    let coping_id = store
        .coping_strategies()?
        .into_iter()
        .find(|c| c.name.eq_ignore_ascii_case(&t!("tui-urge-coping-name")))
        .map(|c| c.id);
    let at = store.clock().now();
    store.write(|w| {
        w.log_trigger_event(EventDraft {
            at,
            trigger_id: None,
            urge_before: before,
            urge_after: Some(urge),
            coping_id,
            outcome: Outcome::Passed,
            note: Some(t!("tui-urge-note", minutes = minutes)),
        })
    })?;
    Ok(if urge < before {
        t!("tui-urge-logged-eased", before = before, after = urge)
    } else {
        t!("tui-urge-logged-stayed", before = before, after = urge)
    })
}

/// The timer's lines in the crisis view: the question, the bar or the answer, and the keys.
pub fn lines(s: &Surf, cx: &Ctx, out: &mut Vec<Line<'static>>) {
    let t: &Theme = &cx.theme;
    let keys = |a: &[Action]| cx.keys.keys(Mode::Surfing, a);
    let (adjust, next) = (keys(&[Action::Left, Action::Right]), keys(&[Action::Open]));
    out.push(Line::styled(t!("tui-urge-heading"), t.accent()));
    match s {
        Surf::Before { urge } => {
            out.push(Line::from(t!("tui-urge-how-strong", urge = *urge)));
            out.push(Line::styled(
                t!("tui-urge-before-keys", adjust = &adjust, next = &next),
                t.dim(),
            ));
        }
        Surf::Riding { elapsed_secs, .. } => {
            let total = SURF_MINUTES * 60;
            let done = (*elapsed_secs).min(total);
            let filled = (done * 30 / total) as usize;
            out.push(Line::from(format!(
                "{}{}",
                "━".repeat(filled),
                "─".repeat(30 - filled)
            )));
            out.push(Line::from(t!(
                "tui-urge-elapsed",
                elapsed = format!("{}:{:02}", done / 60, done % 60),
                total = format!("{SURF_MINUTES}:00")
            )));
            out.push(Line::styled(t!("tui-urge-breathe"), t.calm()));
            out.push(Line::styled(
                t!("tui-urge-riding-keys", next = &next),
                t.dim(),
            ));
        }
        Surf::After { before, urge, .. } => {
            out.push(Line::from(t!(
                "tui-urge-and-now",
                urge = *urge,
                before = *before
            )));
            out.push(Line::styled(
                t!("tui-urge-after-keys", adjust = &adjust, next = &next),
                t.dim(),
            ));
        }
    }
    out.push(Line::from(""));
}
