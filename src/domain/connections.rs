//! Meetings and connections: a recurring meeting, one time the person connected (a
//! meeting, a call, a message, therapy, service), and the figures the Connections screen
//! and the summary show: meetings a week, days since each key person, mood around
//! meetings, service hours, the longest stretch without contact.

use super::{Invalid, Person, check_range, named_enum, optional_text, required_text};
use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

named_enum!(
    /// The fellowship or programme a meeting belongs to.
    Fellowship, "fellowship" {
        Aa => "aa",
        Na => "na",
        Ca => "ca",
        Smart => "smart",
        Refuge => "refuge",
        Celebrate => "celebrate",
        Dharma => "dharma",
        LifeRing => "lifering",
        Faith => "faith",
        Other => "other",
    }
);

impl Fellowship {
    /// The fellowship's name as its members say it where the person lives.
    pub fn title(self) -> String {
        match self {
            Fellowship::Aa => t!("record-fellowship-aa"),
            Fellowship::Na => t!("record-fellowship-na"),
            Fellowship::Ca => t!("record-fellowship-ca"),
            Fellowship::Smart => t!("record-fellowship-smart"),
            Fellowship::Refuge => t!("record-fellowship-refuge"),
            Fellowship::Celebrate => t!("record-fellowship-celebrate"),
            Fellowship::Dharma => t!("record-fellowship-dharma"),
            Fellowship::LifeRing => t!("record-fellowship-lifering"),
            Fellowship::Faith => t!("record-fellowship-faith"),
            Fellowship::Other => t!("record-fellowship-other"),
        }
    }
}

named_enum!(
    /// How a meeting is held.
    MeetingFormat, "format" {
        InPerson => "in-person",
        Online => "online",
        Hybrid => "hybrid",
        Phone => "phone",
    }
);

named_enum!(
    /// What kind of connection it was.
    ConnectionKind, "kind" {
        Meeting => "meeting",
        Call => "call",
        Message => "message",
        InPerson => "in-person",
        Therapy => "therapy",
        GroupTherapy => "group-therapy",
        Service => "service",
        Community => "community",
    }
);

impl ConnectionKind {
    /// Whether the counselor summary counts it unless the person says otherwise:
    /// meetings and therapy are shared when logged; the rest are left unchosen.
    pub fn default_sharing(self) -> Sharing {
        if matches!(
            self,
            ConnectionKind::Meeting | ConnectionKind::Therapy | ConnectionKind::GroupTherapy
        ) {
            Sharing::Shared
        } else {
            Sharing::Unset
        }
    }

    /// Whether it is one of the contacts the summary can share as a group: a call, a
    /// message or time in person.
    pub fn is_contact(self) -> bool {
        matches!(
            self,
            ConnectionKind::Call | ConnectionKind::Message | ConnectionKind::InPerson
        )
    }
}

named_enum!(
    /// Whether the counselor summary may count a connection: the person shared it, kept
    /// it private, or has not chosen (then it counts only when the summary shares its
    /// kind as a group, and never when private).
    Sharing, "share" {
        Unset => "unset",
        Shared => "shared",
        Private => "private",
    }
);

impl Sharing {
    /// What a share flag of before the three-way choice (a data file of format 2 or
    /// older, a segment of sync format 1, a database of schema 5) means now: shared
    /// stays shared; not shared is private for meetings and therapy, which were shared
    /// unless the person said otherwise, and unset for the rest, which were not shared
    /// unless the person said so. Migration 006 applies the same rule.
    pub fn from_flag(shared: bool, kind: ConnectionKind) -> Sharing {
        match (shared, kind.default_sharing()) {
            (true, _) => Sharing::Shared,
            (false, Sharing::Shared) => Sharing::Private,
            (false, _) => Sharing::Unset,
        }
    }
}

/// A recurring meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: i64,
    pub name: String,
    pub fellowship: Fellowship,
    pub format: MeetingFormat,
    /// The days of the week it meets, 0 is Monday, in order; none without a fixed day.
    pub days: Vec<u8>,
    /// It meets on its days every other week (the summary's schedule counts it half).
    pub every_other_week: bool,
    /// "19:30".
    pub time: Option<String>,
    pub place: Option<String>,
    pub home_group: bool,
    pub created_at: String,
    pub updated_at: String,
}

impl Meeting {
    /// The first day its schedule counts: the day after it was added (a meeting added
    /// today has no occurrence yet), or the first day it was attended if earlier.
    pub fn scheduled_from(&self, first_attended: Option<NaiveDate>) -> NaiveDate {
        let added = self
            .created_at
            .get(..10)
            .and_then(|d| d.parse::<NaiveDate>().ok())
            .map_or(NaiveDate::MIN, |d| d + Duration::days(1));
        first_attended.map_or(added, |f| f.min(added))
    }
}

impl Meeting {
    /// The days a stored meeting meets, from its two columns: `weekdays`, the set
    /// ("0,2,4"), and `weekday`, the first of them, which is the one day an older tend
    /// knows. When they disagree, an older tend changed the day since, and `weekday`
    /// alone is the meeting's day.
    pub fn days_of(weekday: Option<u8>, weekdays: Option<&str>) -> Vec<u8> {
        let set: Vec<u8> = weekdays
            .map(|w| {
                w.split(',')
                    .filter_map(|d| d.trim().parse::<u8>().ok())
                    .filter(|d| *d <= 6)
                    .collect()
            })
            .map(sorted_days)
            .unwrap_or_default();
        match weekday {
            Some(d) if set.first() == Some(&d) => set,
            Some(d) if d <= 6 => vec![d],
            _ => Vec::new(),
        }
    }

    /// "Mon, Wed, Fri 12:00", "Tue 19:30, every other week", or "" with no fixed day
    /// or time.
    pub fn when(&self) -> String {
        let days: Vec<String> = self
            .days
            .iter()
            .map(|d| {
                let day = chrono::Weekday::try_from(d % 7).unwrap_or(chrono::Weekday::Mon);
                crate::catalog::weekday(day, true)
            })
            .collect();
        let days = days.join(", ");
        let when = match (days.is_empty(), &self.time) {
            (false, Some(t)) => format!("{days} {t}"),
            (false, None) => days,
            (true, Some(t)) => t.clone(),
            (true, None) => String::new(),
        };
        if self.every_other_week && !self.days.is_empty() {
            t!("record-meeting-every-other-week", when = when)
        } else {
            when
        }
    }

    /// The next day on or after `today` it meets on one of its days (none without a
    /// fixed day). Every other week, this is the next of its days either way: the
    /// week it meets is not recorded.
    pub fn next_on(&self, today: NaiveDate) -> Option<NaiveDate> {
        let now = today.weekday().num_days_from_monday();
        self.days
            .iter()
            .map(|d| today + Duration::days(i64::from((u32::from(*d) + 7 - now) % 7)))
            .min()
    }

    /// How many times it meets in `[from, to]`, in half meetings (every other week
    /// counts half of each day's weeks).
    pub fn halves_in(&self, from: NaiveDate, to: NaiveDate) -> usize {
        let each = if self.every_other_week { 1 } else { 2 };
        self.days
            .iter()
            .map(|d| occurrences(*d, from, to) * each)
            .sum()
    }
}

/// How many times weekday `wd` (0 is Monday) falls in `[from, to]`.
pub fn occurrences(wd: u8, from: NaiveDate, to: NaiveDate) -> usize {
    let first = (0..7)
        .map(|i| from + Duration::days(i))
        .find(|d| d.weekday().num_days_from_monday() == u32::from(wd));
    match first {
        Some(f) if f <= to => ((to - f).num_days() / 7 + 1) as usize,
        _ => 0,
    }
}

/// The days in order, each once.
pub fn sorted_days(mut days: Vec<u8>) -> Vec<u8> {
    days.sort_unstable();
    days.dedup();
    days
}

/// The days as the `weekdays` column stores them ("0,2,4"), none without a day.
pub fn weekdays_text(days: &[u8]) -> Option<String> {
    let each: Vec<String> = days.iter().map(u8::to_string).collect();
    (!each.is_empty()).then(|| each.join(","))
}

/// A meeting as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingDraft {
    pub name: String,
    pub fellowship: Fellowship,
    pub format: MeetingFormat,
    /// 0 is Monday; any order, repeats allowed (checked into order, each once).
    pub days: Vec<u8>,
    pub every_other_week: bool,
    pub time: Option<String>,
    pub place: Option<String>,
    pub home_group: bool,
}

impl MeetingDraft {
    /// A meeting known only by its name: fellowship "other", in person, no fixed day.
    pub fn named(name: String) -> MeetingDraft {
        MeetingDraft {
            name,
            fellowship: Fellowship::Other,
            format: MeetingFormat::InPerson,
            days: Vec::new(),
            every_other_week: false,
            time: None,
            place: None,
            home_group: false,
        }
    }

    pub fn validated(mut self) -> Result<MeetingDraft, Invalid> {
        self.name = required_text("name", &self.name)?;
        for d in &self.days {
            check_range("day", (*d).into(), 0, 6)?;
        }
        self.days = sorted_days(self.days);
        if self.days.is_empty() {
            self.every_other_week = false;
        }
        self.time = self.time.as_deref().and_then(optional_text);
        if let Some(t) = &self.time {
            let ok = chrono::NaiveTime::parse_from_str(t, "%H:%M").is_ok() && t.len() == 5;
            if !ok {
                return Err(Invalid::new("time", t!("invalid-time", value = t.as_str())));
            }
        }
        self.place = self.place.as_deref().and_then(optional_text);
        if let Some(p) = &self.place {
            super::check_chars("place", p, super::MAX_NAME_CHARS)?;
        }
        Ok(self)
    }
}

/// The weekdays' full names, Monday first, as `parse_weekday` accepts them.
const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Reads a weekday's name ("tuesday"), its three-letter form ("tue") or a digit from 0
/// (Monday) to 6 into a weekday number, in any case; anything else is refused with the
/// values allowed.
pub fn parse_weekday(s: &str) -> Result<u8, Invalid> {
    let t = s.trim().to_lowercase();
    let found = WEEKDAY_NAMES
        .iter()
        .position(|d| t == *d || (t.len() == 3 && d.starts_with(t.as_str())))
        .or_else(|| {
            (t.len() == 1)
                .then(|| t.parse::<usize>().ok())
                .flatten()
                .filter(|n| *n <= 6)
        });
    found.map(|i| i as u8).ok_or_else(|| {
        Invalid::new(
            "day",
            t!("invalid-day", value = crate::domain::one_line(s, 40)),
        )
    })
}

/// One time the person connected, as the store keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Connection {
    pub id: i64,
    pub at: String,
    pub date: NaiveDate,
    pub kind: ConnectionKind,
    pub meeting_id: Option<i64>,
    pub person_ids: Vec<i64>,
    pub minutes: Option<u16>,
    pub shared: bool,
    pub chaired: bool,
    pub mood_before: Option<u8>,
    pub mood_after: Option<u8>,
    pub connected: Option<u8>,
    pub note: Option<String>,
    pub verified_by: Option<String>,
    /// Whether the counselor summary may count it.
    pub share: Sharing,
    pub created_at: String,
}

impl Connection {
    /// Whether the counselor summary counts it: when shared, or when not chosen and
    /// the summary shares its kind as a group (`contacts`: calls, messages and time in
    /// person); never when private.
    pub fn counted(&self, contacts: bool) -> bool {
        match self.share {
            Sharing::Shared => true,
            Sharing::Private => false,
            Sharing::Unset => contacts && self.kind.is_contact(),
        }
    }

    /// "2026-11-24 19:30  meeting · Tuesday group · shared · 60 min", naming the meeting
    /// and people from the lists given; `full` adds chairing and the mood around it.
    pub fn describe(&self, meetings: &[Meeting], people: &[Person], full: bool) -> String {
        let when = self.at.get(..16).unwrap_or(&self.at).replace('T', " ");
        let mut parts = vec![self.kind.label()];
        parts.extend(
            self.meeting_id
                .and_then(|m| meetings.iter().find(|x| x.id == m))
                .map(|m| m.name.clone()),
        );
        parts.extend(
            self.person_ids
                .iter()
                .filter_map(|p| people.iter().find(|x| x.id == *p))
                .map(|p| p.name.clone()),
        );
        if self.shared {
            parts.push(t!("record-connection-shared"));
        }
        if full && self.chaired {
            parts.push(t!("record-connection-chaired"));
        }
        if let Some(m) = self.minutes {
            parts.push(t!("record-connection-minutes", minutes = m));
        }
        if let (true, Some(b), Some(a)) = (full, self.mood_before, self.mood_after) {
            parts.push(t!("record-connection-mood", before = b, after = a));
        }
        format!("{when}  {}", parts.join(" · "))
    }
}

/// A connection as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionDraft {
    pub at: chrono::DateTime<chrono::FixedOffset>,
    pub kind: ConnectionKind,
    pub meeting_id: Option<i64>,
    pub person_ids: Vec<i64>,
    pub minutes: Option<u16>,
    pub shared: bool,
    pub chaired: bool,
    pub mood_before: Option<u8>,
    pub mood_after: Option<u8>,
    pub connected: Option<u8>,
    pub note: Option<String>,
    pub verified_by: Option<String>,
    /// `None`: the kind's default (meetings and therapy shared, the rest not chosen).
    pub share: Option<Sharing>,
}

impl ConnectionDraft {
    /// A connection of `kind` at `at` with nothing else filled in.
    pub fn blank(at: chrono::DateTime<chrono::FixedOffset>, kind: ConnectionKind) -> Self {
        ConnectionDraft {
            at,
            kind,
            meeting_id: None,
            person_ids: Vec::new(),
            minutes: None,
            shared: false,
            chaired: false,
            mood_before: None,
            mood_after: None,
            connected: None,
            note: None,
            verified_by: None,
            share: None,
        }
    }

    pub fn validate(&self) -> Result<(), Invalid> {
        if let Some(m) = self.minutes {
            check_range("minutes", m.into(), 1, 1440)?;
        }
        for (field, v) in [
            ("mood-before", self.mood_before),
            ("mood-after", self.mood_after),
            ("connected", self.connected),
        ] {
            if let Some(v) = v {
                check_range(field, v.into(), 1, 10)?;
            }
        }
        if self.meeting_id.is_some() && self.kind != ConnectionKind::Meeting {
            return Err(Invalid::new("meeting", t!("invalid-meeting-only")));
        }
        if (self.shared || self.chaired) && self.kind != ConnectionKind::Meeting {
            return Err(Invalid::new("shared", t!("invalid-sharing-only")));
        }
        if let Some(n) = &self.note {
            super::check_bytes("note", n)?;
        }
        if let Some(v) = &self.verified_by {
            super::check_chars("verified-by", v, super::MAX_NAME_CHARS)?;
        }
        Ok(())
    }
}

/// Meetings attended in each of the `weeks` weeks up to `today` (oldest first), by
/// format: `(week's Monday, [in person, online, hybrid, phone])`.
pub fn meetings_per_week(
    events: &[Connection],
    meetings: &[Meeting],
    today: NaiveDate,
    weeks: i64,
) -> Vec<(NaiveDate, [u32; 4])> {
    let this_week = super::time::week_start(today);
    let first = this_week - Duration::weeks(weeks - 1);
    let mut out: Vec<(NaiveDate, [u32; 4])> = (0..weeks)
        .map(|w| (first + Duration::weeks(w), [0; 4]))
        .collect();
    for e in events.iter().filter(|e| e.kind == ConnectionKind::Meeting) {
        if e.date < first || e.date > today {
            continue;
        }
        let w = ((e.date - first).num_days() / 7) as usize;
        let format = e
            .meeting_id
            .and_then(|id| meetings.iter().find(|m| m.id == id))
            .map_or(MeetingFormat::InPerson, |m| m.format);
        let f = MeetingFormat::ALL
            .iter()
            .position(|x| *x == format)
            .unwrap_or(0);
        out[w].1[f] += 1;
    }
    out
}

/// A key person and how long since the person last connected with them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contact {
    pub person_id: i64,
    pub name: String,
    /// `None`: never logged.
    pub last: Option<NaiveDate>,
    pub days_since: Option<i64>,
    pub every: Option<u16>,
    pub overdue: bool,
}

/// The last day each person was part of a connection in `events`.
pub fn last_contacts(events: &[Connection]) -> Vec<(i64, NaiveDate)> {
    let mut last: Vec<(i64, NaiveDate)> = Vec::new();
    for e in events {
        for p in &e.person_ids {
            match last.iter_mut().find(|(id, _)| id == p) {
                Some((_, d)) if *d < e.date => *d = e.date,
                Some(_) => {}
                None => last.push((*p, e.date)),
            }
        }
    }
    last
}

/// For everyone active today with a keep-in-touch interval, a sponsor or an emergency
/// contact: when they were last in touch (`last`: each person's latest day), overdue
/// ones first.
pub fn contacts(people: &[Person], last: &[(i64, NaiveDate)], today: NaiveDate) -> Vec<Contact> {
    let mut out: Vec<Contact> = people
        .iter()
        .filter(|p| p.active_on(today))
        .filter(|p| p.keep_in_touch_days.is_some() || p.emergency || p.call_order().0 < 2)
        .map(|p| {
            let last = last
                .iter()
                .filter(|(id, d)| *id == p.id && *d <= today)
                .map(|(_, d)| *d)
                .max();
            let days_since = last.map(|d| (today - d).num_days());
            let overdue = match (p.keep_in_touch_days, days_since) {
                (Some(n), Some(d)) => d > i64::from(n),
                (Some(_), None) => true,
                _ => false,
            };
            Contact {
                person_id: p.id,
                name: p.name.clone(),
                last,
                days_since,
                every: p.keep_in_touch_days,
                overdue,
            }
        })
        .collect();
    out.sort_by_key(|c| {
        (
            !c.overdue,
            std::cmp::Reverse(c.days_since.unwrap_or(i64::MAX)),
        )
    });
    out
}

/// Average mood before and after meetings that recorded both, and how many did.
pub fn mood_around_meetings(events: &[Connection]) -> Option<(f64, f64, usize)> {
    let both: Vec<(u8, u8)> = events
        .iter()
        .filter(|e| e.kind == ConnectionKind::Meeting)
        .filter_map(|e| Some((e.mood_before?, e.mood_after?)))
        .collect();
    if both.is_empty() {
        return None;
    }
    let n = both.len() as f64;
    let before = both.iter().map(|b| f64::from(b.0)).sum::<f64>() / n;
    let after = both.iter().map(|b| f64::from(b.1)).sum::<f64>() / n;
    Some((before, after, both.len()))
}

/// Minutes of service in each calendar month of `events`, oldest first.
pub fn service_minutes_by_month(events: &[Connection]) -> Vec<(NaiveDate, u32)> {
    let mut months: Vec<(NaiveDate, u32)> = Vec::new();
    let mut service: Vec<&Connection> = events
        .iter()
        .filter(|e| e.kind == ConnectionKind::Service)
        .collect();
    service.sort_by_key(|e| e.date);
    for e in service {
        let month = e.date.with_day(1).unwrap_or(e.date);
        let m = u32::from(e.minutes.unwrap_or(0));
        match months.last_mut() {
            Some((d, total)) if *d == month => *total += m,
            _ => months.push((month, m)),
        }
    }
    months
}

/// A "90 meetings in 90 days" the person chose to track: which of its days have passed,
/// and on which they went to a meeting. Missed days are just days.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ninety {
    pub from: NaiveDate,
    /// Days of the 90 that have come (1 to 90), as of the day asked.
    pub day: i64,
    pub meetings: usize,
    /// For each day that has come: whether there was a meeting.
    pub attended: Vec<bool>,
}

/// The 90 days from `from`, as of `today` (none before it starts).
pub fn ninety(events: &[Connection], from: NaiveDate, today: NaiveDate) -> Option<Ninety> {
    if today < from {
        return None;
    }
    let day = ((today - from).num_days() + 1).min(90);
    let meetings: Vec<&Connection> = events
        .iter()
        .filter(|e| e.kind == ConnectionKind::Meeting)
        .filter(|e| e.date >= from && (e.date - from).num_days() < day)
        .collect();
    let attended = (0..day)
        .map(|i| meetings.iter().any(|e| (e.date - from).num_days() == i))
        .collect();
    Some(Ninety {
        from,
        day,
        meetings: meetings.len(),
        attended,
    })
}

/// The most days in a row, within `from..=to`, with no connection at all.
pub fn longest_gap(events: &[Connection], from: NaiveDate, to: NaiveDate) -> i64 {
    let mut days: Vec<NaiveDate> = events
        .iter()
        .map(|e| e.date)
        .filter(|d| (from..=to).contains(d))
        .collect();
    days.sort();
    days.dedup();
    let mut edges = vec![from - Duration::days(1)];
    edges.extend(days);
    edges.push(to + Duration::days(1));
    edges
        .windows(2)
        .map(|w| (w[1] - w[0]).num_days() - 1)
        .max()
        .unwrap_or(0)
        .max(0)
}

#[cfg(test)]
mod tests;
