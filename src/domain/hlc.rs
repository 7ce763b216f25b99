//! The hybrid logical clock that orders changes made on different devices.
//!
//! A stamp is one integer: wall-clock milliseconds in the high bits, a counter in the
//! low 16. A device's next stamp is later than both its wall clock and every stamp it
//! has seen, so a change made after receiving another always wins over it, even when
//! this device's wall clock is behind; and a device whose clock runs ahead pulls the
//! others only as far as its own skew. Ties between devices are broken by device id,
//! so every device orders the same two changes the same way.

use std::cmp::Ordering;

const COUNTER_BITS: u32 = 16;

/// The latest stamp a device may make or send: the year 3000. A stamp beyond it comes
/// from a broken clock or a damaged file and is refused, so no counter can overflow.
pub const LATEST: i64 = 32_503_680_000_000 << COUNTER_BITS;

/// How far ahead of this device's wall clock a stamp seen from another device may pull
/// this device's clock: a device whose clock runs fast outranks the others' concurrent
/// edits by at most this much, and no further.
pub const MAX_SKEW_MS: i64 = 24 * 3_600_000;

/// The stamp for wall-clock milliseconds `ms` with a zero counter.
pub fn from_millis(ms: i64) -> i64 {
    ms.max(0) << COUNTER_BITS
}

/// The wall-clock milliseconds a stamp carries.
pub fn millis(stamp: i64) -> i64 {
    stamp >> COUNTER_BITS
}

/// The next local stamp: after `last` (every stamp made or seen here) and not before
/// the wall clock.
pub fn tick(last: i64, now_ms: i64) -> i64 {
    from_millis(now_ms).max(last + 1)
}

/// The clock after seeing a remote stamp at wall-clock `now_ms`: later stamps made
/// here sort after it, unless it runs more than `MAX_SKEW_MS` ahead of this clock.
pub fn seen(last: i64, remote: i64, now_ms: i64) -> i64 {
    last.max(remote.min(from_millis(now_ms + MAX_SKEW_MS)))
}

/// A change's place in the order: its stamp, then the device that made it. Written
/// as `[stamp, "device"]`.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(from = "(i64, String)", into = "(i64, String)")]
pub struct Version {
    pub stamp: i64,
    pub device: String,
}

impl Version {
    pub fn new(stamp: i64, device: impl Into<String>) -> Version {
        Version {
            stamp,
            device: device.into(),
        }
    }
}

impl From<(i64, String)> for Version {
    fn from((stamp, device): (i64, String)) -> Version {
        Version { stamp, device }
    }
}

impl From<Version> for (i64, String) {
    fn from(v: Version) -> (i64, String) {
        (v.stamp, v.device)
    }
}

/// How an incoming version of a record relates to the one here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The same version: nothing to do.
    Same,
    /// Made on top of the version here: take it, nothing is in conflict.
    Follows,
    /// The version here was made on top of it: it is old news.
    Precedes,
    /// Made without seeing the version here (or we cannot tell): the later one wins
    /// and the other's words are kept aside.
    Concurrent(Ordering),
}

/// Relates `incoming` (made on top of `incoming_base`) to `local` (made on top of
/// `local_base`). Only a record's two latest versions are known, so a change two
/// steps removed counts as concurrent: its words are kept, never dropped.
pub fn relate(
    incoming: &Version,
    incoming_base: Option<&Version>,
    local: &Version,
    local_base: Option<&Version>,
) -> Relation {
    if incoming == local {
        Relation::Same
    } else if incoming_base == Some(local) {
        Relation::Follows
    } else if local_base == Some(incoming) {
        Relation::Precedes
    } else {
        Relation::Concurrent(incoming.cmp(local))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_move_forward_even_when_the_wall_clock_does_not() {
        let a = tick(0, 1_000);
        assert_eq!(millis(a), 1_000);
        let b = tick(a, 1_000);
        assert!(b > a && millis(b) == 1_000, "same millisecond: the counter");
        let c = tick(b, 900);
        assert!(c > b, "a clock set back never makes an earlier stamp");
        assert_eq!(tick(c, 2_000), from_millis(2_000));
    }

    #[test]
    fn a_change_made_after_seeing_a_fast_clock_still_wins() {
        // Device B's clock runs an hour ahead; A edits after receiving B's change.
        let b_stamp = from_millis(10_000 + 3_600_000);
        let a_clock = seen(tick(0, 10_000), b_stamp, 10_000);
        let a_edit = tick(a_clock, 10_500);
        assert!(a_edit > b_stamp);
        assert_eq!(
            millis(a_edit),
            millis(b_stamp),
            "pulled only as far as B's skew"
        );
    }

    #[test]
    fn a_clock_days_ahead_pulls_the_others_no_further_than_a_day() {
        let now = 1_000_000_000;
        let far = from_millis(now + 30 * 86_400_000);
        let c = seen(0, far, now);
        assert_eq!(millis(c), now + MAX_SKEW_MS);
        assert!(
            tick(c, now) < far,
            "its edits still outrank later ones here, by a day at most"
        );
    }

    #[test]
    fn ties_break_by_device_the_same_way_everywhere() {
        let a = Version::new(5, "aaaa");
        let b = Version::new(5, "bbbb");
        assert!(b > a);
        assert!(Version::new(6, "aaaa") > b);
    }

    #[test]
    fn relations() {
        let v0 = Version::new(1, "a");
        let v1 = Version::new(2, "a");
        let w1 = Version::new(3, "b");
        assert_eq!(relate(&v1, Some(&v0), &v1, Some(&v0)), Relation::Same);
        assert_eq!(relate(&v1, Some(&v0), &v0, None), Relation::Follows);
        assert_eq!(relate(&v0, None, &v1, Some(&v0)), Relation::Precedes);
        assert_eq!(
            relate(&w1, Some(&v0), &v1, Some(&v0)),
            Relation::Concurrent(Ordering::Greater)
        );
        assert_eq!(
            relate(&v1, Some(&v0), &w1, Some(&v0)),
            Relation::Concurrent(Ordering::Less)
        );
    }
}
