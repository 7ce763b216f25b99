//! The summary's connection section: meetings attended (shared, chaired), therapy
//! sessions, contacts by role and the longest stretch without any contact, counted from
//! the connections the person shared (and, when the summary shares calls, messages and
//! time with people as a group, those of them not chosen either way; never one marked
//! private); and the attendance list, one row per meeting, that a programme or court
//! may ask for. People appear by their initial and role unless the person chose to
//! share names.

use super::model::{Attendance, Connections};
use super::privacy::Privacy;
use super::records::Records;
use crate::catalog::{self, DateForm};
use crate::domain::{Connection, ConnectionKind, Person, Sharing, longest_gap};
use chrono::NaiveDate;
use std::collections::HashMap;

impl Records {
    /// The section for the range; empty (and shown nowhere) for someone who keeps no
    /// connection log.
    pub fn connections(&self) -> Connections {
        let (from, to) = (self.from, self.to);
        let all: Vec<Connection> = self
            .connections
            .iter()
            .filter(|c| c.counted(self.includes.share_contacts))
            .cloned()
            .collect();
        if all.is_empty() && self.meetings.is_empty() && self.people.is_empty() {
            return Connections::default();
        }
        let is = |k: ConnectionKind| all.iter().filter(move |c| c.kind == k);
        let attended: Vec<_> = is(ConnectionKind::Meeting).collect();
        let (by_role, by_person) = tally(&all, &self.people, &self.privacy);
        // The attendance card keeps each meeting's name and who signed it: a court or
        // programme asks for both.
        // Its cells stay as they are in every language ("a meeting" too).
        let mut attendance: Vec<Attendance> = attended
            .iter()
            .map(|c| {
                let m = c
                    .meeting_id
                    .and_then(|id| self.meetings.iter().find(|m| m.id == id));
                Attendance {
                    date: c.date,
                    meeting: m.map_or("a meeting".into(), |m| m.name.clone()),
                    format: m.map_or(String::new(), |m| m.format.as_str().to_string()),
                    verified_by: c.verified_by.clone(),
                }
            })
            .collect();
        attendance.sort_by_key(|a| a.date);
        Connections {
            kept: true,
            scheduled: scheduled(&self.meetings, &self.first_attended, from, to),
            meetings: attended.len(),
            shared: attended.iter().filter(|c| c.shared || c.chaired).count(),
            therapy: is(ConnectionKind::Therapy).count() + is(ConnectionKind::GroupTherapy).count(),
            contacts: all.iter().filter(|c| other_contact(c)).count(),
            by_person,
            by_role,
            // Counted from the log's first day: before it there was nothing to miss.
            longest_gap: longest_gap(
                &all,
                self.log_from
                    .map_or(to + chrono::Duration::days(1), |d| d.max(from)),
                to,
            ),
            attendance,
            ninety: self.includes.ninety_from.and_then(|start| {
                // A meeting the person marked private is not counted, even here.
                let kept: Vec<Connection> = self
                    .ninety
                    .iter()
                    .filter(|c| c.share != Sharing::Private)
                    .cloned()
                    .collect();
                crate::domain::ninety(&kept, start, to)
            }),
        }
    }
}

/// A connection counted among "other contacts with people": not a meeting, and not a
/// therapy session (counted on their own).
fn other_contact(c: &Connection) -> bool {
    !matches!(
        c.kind,
        ConnectionKind::Meeting | ConnectionKind::Therapy | ConnectionKind::GroupTherapy
    )
}

/// Contacts other than meetings and therapy by the people's roles, and by person: initials with the
/// role ("S. (sponsor)"), or full names when the person chose to share them.
type Tally = Vec<(String, usize)>;

fn tally(all: &[Connection], people: &[Person], privacy: &Privacy) -> (Tally, Tally) {
    let mut by_role: Tally = Vec::new();
    let mut by_person: Tally = Vec::new();
    let add = |list: &mut Tally, label: String| match list.iter_mut().find(|(l, _)| *l == label) {
        Some((_, n)) => *n += 1,
        None => list.push((label, 1)),
    };
    for c in all.iter().filter(|c| other_contact(c)) {
        for p in c
            .person_ids
            .iter()
            .filter_map(|id| people.iter().find(|p| p.id == *id))
        {
            for r in &p.roles {
                add(&mut by_role, r.label());
            }
            add(&mut by_person, privacy.person(p));
        }
    }
    by_person.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    (by_role, by_person)
}

/// How many meetings the schedule holds in `[from, to]`: the goal. Each meeting counts
/// each of its days from when it joined the schedule (`Meeting::scheduled_from`); one
/// every other week counts half (a half left over counts as one); `None` when nothing
/// is scheduled in the range yet.
fn scheduled(
    meetings: &[crate::domain::Meeting],
    first_attended: &HashMap<i64, NaiveDate>,
    from: NaiveDate,
    to: NaiveDate,
) -> Option<usize> {
    let halves: usize = meetings
        .iter()
        .map(|m| {
            let start = m
                .scheduled_from(first_attended.get(&m.id).copied())
                .max(from);
            m.halves_in(start, to)
        })
        .sum();
    (halves > 0).then_some(halves.div_ceil(2))
}

/// The section as sentences, the same in every format.
pub fn lines(c: &Connections, range_days: i64) -> Vec<String> {
    let days = t!("days", count = range_days);
    let mut out = vec![match c.scheduled {
        Some(n) => t!(
            "summary-connection-meetings-scheduled",
            meetings = c.meetings,
            days = days,
            scheduled = n,
            shared = c.shared,
            therapy = c.therapy
        ),
        None => t!(
            "summary-connection-meetings",
            meetings = c.meetings,
            days = days,
            shared = c.shared,
            therapy = c.therapy
        ),
    }];
    // Each count with what it counts: "sponsor 3", "S. (sponsor) 2".
    let counts = |list: &[(String, usize)]| -> String {
        let each: Vec<String> = list
            .iter()
            .map(|(what, n)| t!("summary-connection-count", what = what, count = *n))
            .collect();
        each.join(", ")
    };
    let roles = if c.by_role.is_empty() {
        String::new()
    } else {
        t!("summary-connection-by-role", counts = counts(&c.by_role))
    };
    let with = if c.by_person.is_empty() {
        String::new()
    } else {
        t!(
            "summary-connection-by-person",
            counts = counts(&c.by_person)
        )
    };
    out.push(t!(
        "summary-connection-contacts",
        contacts = c.contacts,
        roles = roles,
        people = with
    ));
    out.push(t!(
        "summary-connection-gap",
        days = t!("days", count = c.longest_gap)
    ));
    if let Some(n) = &c.ninety {
        out.push(t!(
            "summary-connection-ninety",
            from = catalog::date(n.from, DateForm::DayMonthYear),
            meetings = n.meetings,
            days = t!("days", count = n.day)
        ));
    }
    out
}

/// The attendance list as CSV: date, meeting, format, verified_by.
pub fn attendance_csv(c: &Connections) -> String {
    let header = ["date", "meeting", "format", "verified_by"].map(String::from);
    let rows = c.attendance.iter().map(|a| {
        [
            a.date.to_string(),
            super::csv_cell(&a.meeting),
            super::csv_cell(&a.format),
            super::csv_cell(a.verified_by.as_deref().unwrap_or("")),
        ]
    });
    super::csv_rows(std::iter::once(header).chain(rows))
}
