//! The clock, injected: the system clock in use, a fixed moment in tests
//! (`TEND_NOW`), so every date-dependent figure is deterministic under test.

use crate::domain::Invalid;
use crate::domain::time::MomentSpec;
use chrono::{DateTime, FixedOffset, Local, LocalResult, SecondsFormat, TimeZone};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    System,
    Fixed(DateTime<FixedOffset>),
}

impl Clock {
    pub fn now(&self) -> DateTime<FixedOffset> {
        match self {
            Clock::System => Local::now().fixed_offset(),
            Clock::Fixed(t) => *t,
        }
    }

    /// The current moment as stored: RFC 3339 with the UTC offset of the moment.
    pub fn stamp(&self) -> String {
        stamp(self.now())
    }

    /// Turns a typed moment into an exact one; local times use the local time zone
    /// (or, under a fixed clock, the fixed clock's offset).
    pub fn resolve(&self, field: &str, m: MomentSpec) -> Result<DateTime<FixedOffset>, Invalid> {
        match (m, self) {
            (MomentSpec::Exact(t), _) => Ok(t),
            (MomentSpec::Local(n), Clock::Fixed(t)) => {
                Ok(t.offset().from_local_datetime(&n).unwrap())
            }
            (MomentSpec::Local(n), Clock::System) => match Local.from_local_datetime(&n) {
                LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Ok(t.fixed_offset()),
                LocalResult::None => Err(Invalid::new(
                    field,
                    t!("store-clock-skipped", moment = n.to_string()),
                )),
            },
        }
    }
}

pub fn stamp(t: DateTime<FixedOffset>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, false)
}
