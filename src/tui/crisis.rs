//! The urge-surfing timer of the crisis view: rate the urge, ride it out while a calm
//! bar fills over 20 minutes, rate it again, and log the episode as an encounter.

use super::app::Action;
use crate::domain::{EventDraft, Outcome};
use crate::error::Result;
use crate::store::Store;
use chrono::{DateTime, FixedOffset};

/// Minutes the bar takes to fill: urges rise, peak and pass within about 15–20.
pub const SURF_MINUTES: i64 = 20;

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
    match a {
        Action::Right | Action::Up => (v + 1).min(10),
        Action::Left | Action::Down => v.saturating_sub(1),
        Action::Type(c) if c.is_ascii_digit() => c.to_digit(10).map_or(v, |d| d as u8),
        _ => v,
    }
}

/// Moves the timer on. Returns the next state (`None`: closed) and a message.
pub fn step(s: Surf, a: Action, store: &Store) -> Result<(Option<Surf>, Option<String>)> {
    let now = store.clock().now();
    Ok(match (s, a) {
        (_, Action::Back) => (
            None,
            Some("Timer closed. You can start it again with u.".into()),
        ),
        (Surf::Before { urge }, Action::Open | Action::Save) => (
            Some(Surf::Riding {
                before: urge,
                started: now,
                elapsed_secs: 0,
            }),
            None,
        ),
        (Surf::Before { urge }, a) => (
            Some(Surf::Before {
                urge: adjust(urge, a),
            }),
            None,
        ),
        (
            Surf::Riding {
                before, started, ..
            },
            Action::Open | Action::Save,
        ) => {
            let minutes = (now - started).num_minutes();
            (
                Some(Surf::After {
                    before,
                    urge: before,
                    minutes,
                }),
                None,
            )
        }
        (
            Surf::Riding {
                before, started, ..
            },
            _,
        ) => (
            Some(Surf::Riding {
                before,
                started,
                elapsed_secs: (now - started).num_seconds().max(0),
            }),
            None,
        ),
        (
            Surf::After {
                before,
                urge,
                minutes,
            },
            Action::Open | Action::Save,
        ) => {
            let coping_id = store
                .coping_strategies()?
                .into_iter()
                .find(|c| c.name.eq_ignore_ascii_case("urge surfing"))
                .map(|c| c.id);
            store.write(|w| {
                w.log_trigger_event(EventDraft {
                    at: now,
                    trigger_id: None,
                    urge_before: before,
                    urge_after: Some(urge),
                    coping_id,
                    outcome: Outcome::Passed,
                    note: Some(format!("urge surfing, {minutes} min")),
                })
            })?;
            let msg = if urge < before {
                format!("Logged: urge {before} → {urge}. You rode it out.")
            } else {
                format!("Logged: urge {before} → {urge}. You stayed with it; that takes strength.")
            };
            (None, Some(msg))
        }
        (
            Surf::After {
                before,
                urge,
                minutes,
            },
            a,
        ) => (
            Some(Surf::After {
                before,
                urge: adjust(urge, a),
                minutes,
            }),
            None,
        ),
    })
}
