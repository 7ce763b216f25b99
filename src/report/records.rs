//! The store's records a summary is built from, for one range, with what the person did
//! not share already taken out: every piece of their words passes through the
//! summary's `Privacy` here, as it is loaded, so people are initials and numbers are
//! left out unless the person chose otherwise. `sections`, `headline`, `standing` and
//! `connections` work them into the summary's figures without reading the store.

use super::model::Includes;
use super::privacy::Privacy;
use crate::domain::medication::{Dose, Medication};
use crate::domain::progress::{self, Stats};
use crate::domain::trackers::{Tracker, TrackerValue};
use crate::domain::usage::{CommitmentPath, UseDay};
use crate::domain::*;
use crate::error::Result;
use crate::store::{JournalFilter, Store};
use chrono::{Duration, NaiveDate};

/// The store's records for the range, with what the person did not share already
/// taken out.
pub struct Records {
    pub profile: Profile,
    pub(super) from: NaiveDate,
    pub(super) to: NaiveDate,
    pub(super) includes: Includes,
    pub(super) stats: Stats,
    pub(super) checkins: Vec<Checkin>,
    /// Check-ins of the previous period of the same length (for the changes).
    pub(super) previous: Vec<Checkin>,
    pub(super) events: Vec<TriggerEvent>,
    /// Every setback up to the end of the range (runs and gaps need the earlier ones).
    pub(super) all_setbacks: Vec<Setback>,
    pub(super) commitments: Vec<Commitment>,
    pub(super) coping: Vec<CopingStrategy>,
    /// Mood points from a month before the range, for bounce-back.
    pub(super) points: Vec<progress::MoodPoint>,
    pub assessments: Vec<Assessment>,
    /// Self-check results before the range, oldest first: the one before a scale's
    /// first result in the range.
    pub(super) earlier_assessments: Vec<Assessment>,
    pub journal: Vec<JournalEntry>,
    pub(super) triggers: Vec<Trigger>,
    /// Goals with their progress marks.
    pub(super) goals: Vec<(Goal, Vec<GoalLog>)>,
    pub(super) plan: Vec<PlanItem>,
    pub(super) people: Vec<Person>,
    pub(super) meetings: Vec<Meeting>,
    /// Connections logged in the range.
    pub(super) connections: Vec<Connection>,
    /// Connections of the "90 in 90" the person tracks, from its first day.
    pub(super) ninety: Vec<Connection>,
    /// The first day each meeting was attended: its schedule counts from then at the
    /// latest.
    pub(super) first_attended: std::collections::HashMap<i64, NaiveDate>,
    /// The connection log's first day, if it has any.
    pub(super) log_from: Option<NaiveDate>,
    pub(super) privacy: Privacy,
    /// Each commitment's path history and its use summed per day, from the previous
    /// period of the same length (and the week before the range) to the range's end.
    pub(super) uses: Vec<(i64, Vec<CommitmentPath>, Vec<UseDay>)>,
    /// The size of a standard drink, in grams.
    pub(super) drink_grams: f64,
    /// Trackers and medications.
    pub(super) care: Care,
}

/// The trackers with their answers in the range, and the medications with their doses
/// (only when the person shares them).
pub struct Care {
    /// Every tracker, archived too, in the person's order.
    pub trackers: Vec<Tracker>,
    pub values: Vec<TrackerValue>,
    pub medications: Vec<Medication>,
    /// Their doses up to the range's end.
    pub doses: Vec<Dose>,
    /// The range's end as a local moment: the end of its last day, or now if sooner.
    pub now: chrono::NaiveDateTime,
}

impl Care {
    fn load(store: &Store, from: NaiveDate, to: NaiveDate, includes: &Includes) -> Result<Care> {
        let now = store.clock().now().naive_local();
        let end = to.and_hms_opt(23, 59, 59).expect("a time of day");
        let (medications, doses) = if includes.medications {
            let meds = store.medications()?;
            let first = meds.iter().map(|m| m.start_date).min().unwrap_or(to);
            let doses = store.doses(None, first.min(to), to)?;
            (meds, doses)
        } else {
            (Vec::new(), Vec::new())
        };
        Ok(Care {
            trackers: store.all_trackers()?,
            values: store.tracker_values(from, to)?,
            medications,
            doses,
            now: end.min(now),
        })
    }
}

impl Records {
    pub fn load(store: &Store, from: NaiveDate, to: NaiveDate, includes: Includes) -> Result<Self> {
        let people = store.people()?;
        let meetings = store.meetings()?;
        let privacy = Privacy::new(&includes, &people, &meetings);
        let p = &privacy;
        let (checkins, events) = days(store, from, to, &includes, p)?;
        let length = (to - from).num_days() + 1;
        let previous = store.checkins(
            Some(from - Duration::days(length)),
            Some(from - Duration::days(1)),
            None,
        )?;
        let mut all_setbacks = store.setbacks(None, Some(to))?;
        for s in &mut all_setbacks {
            shared_setback(s, &includes, p);
        }
        let ninety = match includes.ninety_from {
            Some(start) => {
                let end = (start + Duration::days(89)).min(to);
                store.connections(Some(start), Some(end), None)?
            }
            None => Vec::new(),
        };
        let mut uses = Vec::new();
        for c in store.commitments()? {
            let since = (from - Duration::days(length.max(7))).max(c.start_date);
            let mut days = store.use_days(c.id, since)?;
            days.retain(|d| d.date <= to);
            uses.push((c.id, store.paths(c.id)?, days));
        }
        Ok(Records {
            care: Care::load(store, from, to, &includes)?,
            uses,
            drink_grams: store.drink_grams(),
            previous,
            profile: store.profile()?,
            from,
            to,
            includes,
            stats: store.stats(to, None)?,
            checkins,
            events,
            all_setbacks,
            commitments: named(store.commitments()?, p, |c| (&mut c.name, &mut c.note)),
            coping: named(store.coping_strategies()?, p, |c| {
                (&mut c.name, &mut c.description)
            }),
            points: store.mood_points(Some(from - Duration::days(31)))?,
            assessments: store.assessments(Some(from), Some(to))?,
            earlier_assessments: store.assessments(None, Some(from - Duration::days(1)))?,
            journal: journal(store, from, to, &includes, p)?,
            triggers: named(store.triggers()?, p, |t| (&mut t.name, &mut t.notes)),
            goals: goals(store, p)?,
            plan: plan(store, p, &people, &meetings)?,
            connections: store.connections(Some(from), Some(to), None)?,
            ninety,
            first_attended: store.first_attended()?,
            log_from: store.first_connection_day()?,
            people,
            meetings,
            privacy,
        })
    }
}

impl Records {
    /// Each medication taken in the range, when the person shares them (else none).
    pub fn medications(&self) -> Vec<super::model::MedicationLine> {
        super::medications::MedRecords {
            medications: &self.care.medications,
            doses: &self.care.doses,
            people: &self.people,
            from: self.from,
            to: self.to,
            now: self.care.now,
        }
        .lines(&self.privacy)
    }
}

/// The range's check-ins and trigger encounters, their notes only if shared.
fn days(
    store: &Store,
    from: NaiveDate,
    to: NaiveDate,
    includes: &Includes,
    p: &Privacy,
) -> Result<(Vec<Checkin>, Vec<TriggerEvent>)> {
    let shared = |t: &mut Option<String>| {
        *t = t.take().filter(|_| includes.notes).map(|t| p.text(&t));
    };
    let mut checkins = store.checkins(Some(from), Some(to), None)?;
    for c in &mut checkins {
        for t in [
            &mut c.intention,
            &mut c.reflection,
            &mut c.gratitude,
            &mut c.note,
        ] {
            shared(t);
        }
    }
    let mut events = store.trigger_events(Some(from), Some(to), None)?;
    for e in &mut events {
        shared(&mut e.note);
    }
    Ok((checkins, events))
}

/// The range's journal entries, oldest first, when the person shares them.
fn journal(
    store: &Store,
    from: NaiveDate,
    to: NaiveDate,
    includes: &Includes,
    p: &Privacy,
) -> Result<Vec<JournalEntry>> {
    if !includes.journal {
        return Ok(Vec::new());
    }
    let mut j = store.journal(&JournalFilter {
        from: Some(from),
        to: Some(to),
        ..Default::default()
    })?;
    j.reverse();
    for e in &mut j {
        e.title = p.opt(e.title.take());
        e.body = p.text(&e.body);
    }
    Ok(j)
}

/// Records shown by their name only: the name through the privacy, the note (which
/// the summary never shows) dropped.
fn named<T>(
    mut all: Vec<T>,
    p: &Privacy,
    parts: impl Fn(&mut T) -> (&mut String, &mut Option<String>),
) -> Vec<T> {
    for r in &mut all {
        let (name, note) = parts(r);
        *name = p.text(name);
        *note = None;
    }
    all
}

/// Goals not let go, with their progress marks.
fn goals(store: &Store, p: &Privacy) -> Result<Vec<(Goal, Vec<GoalLog>)>> {
    let mut out = Vec::new();
    for mut g in store.goals(None, None)? {
        if g.status == GoalStatus::LetGo {
            continue;
        }
        let logs = store.goal_logs(g.id, None)?;
        g.title = p.text(&g.title);
        g.why = None;
        for s in &mut g.steps {
            s.title = p.text(&s.title);
        }
        out.push((g, logs));
    }
    Ok(out)
}

/// The plan; the details of its people and contacts (numbers, places) only when
/// numbers are shared. Unless names are, someone to call is an initial and a role: the
/// person the item points at, or else the item's initial (a meeting keeps its name).
/// A line that names a person gives their name and, without a detail of its own,
/// their number.
fn plan(
    store: &Store,
    p: &Privacy,
    people: &[Person],
    meetings: &[Meeting],
) -> Result<Vec<PlanItem>> {
    let mut plan = store.plan(None)?;
    for i in &mut plan {
        let linked = i
            .person_id
            .and_then(|id| people.iter().find(|x| x.id == id));
        let meeting = meetings
            .iter()
            .any(|m| m.name.eq_ignore_ascii_case(i.text.trim()));
        i.text = match (p.names(), i.section, linked) {
            (false, PlanSection::Supports | PlanSection::Contacts, Some(person)) => {
                p.person(person)
            }
            (false, PlanSection::Supports, None) if !meeting => super::privacy::initial(&i.text),
            // A line naming a person reads their name and number from the person.
            (true, _, Some(person)) => p.text(&person.name),
            _ => p.text(&i.text),
        };
        let contact = matches!(i.section, PlanSection::Supports | PlanSection::Contacts);
        let phone = linked.and_then(|x| x.phone.clone());
        i.detail = i
            .detail
            .take()
            .or(phone)
            .filter(|_| p.numbers() || !contact)
            .map(|d| p.text(&d));
    }
    Ok(plan)
}

/// A growth entry as the summary may show it: the details only if shared, the lessons
/// unless left out, and every text through the privacy of names and numbers.
fn shared_setback(s: &mut Setback, includes: &Includes, p: &Privacy) {
    let details = [
        &mut s.what_happened,
        &mut s.warning_signs,
        &mut s.what_helped,
        &mut s.reached_out,
    ];
    for t in details {
        *t = t
            .take()
            .filter(|_| includes.setback_details)
            .map(|t| p.text(&t));
    }
    for t in [&mut s.learned, &mut s.next_time] {
        *t = t
            .take()
            .filter(|_| !includes.leave_out_lessons)
            .map(|t| p.text(&t));
    }
}
