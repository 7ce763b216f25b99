//! What every screen and overlay may read: the day, the data loaded from the store, the
//! keymap and the look, and the status line's message. Loaded in bounded windows and
//! re-read after each write; nothing here runs SQL itself.

use super::keymap::Keymap;
use super::theme::Theme;
use crate::domain::progress::{CopingEffect, Stats, coping_effects};
use crate::domain::*;
use crate::error::Result;
use crate::store::Store;
use crate::store::kept::KeptAside;
use chrono::{Duration, NaiveDate};

/// What the screens show, loaded from the store in bounded windows.
#[derive(Debug, Clone)]
pub struct Data {
    pub profile: Profile,
    pub stats: Stats,
    pub today_checkin: Option<Checkin>,
    /// The last 365 days of check-ins, oldest first.
    pub checkins: Vec<Checkin>,
    pub commitments: Vec<Commitment>,
    pub goals: Vec<(Goal, GoalProgress, Vec<NaiveDate>)>,
    pub plan: Vec<PlanItem>,
    pub triggers: Vec<Trigger>,
    pub coping: Vec<CopingStrategy>,
    pub effects: Vec<CopingEffect>,
    pub setbacks: Vec<Setback>,
    pub on_this_day: Vec<JournalEntry>,
    /// Every self-check result, oldest first.
    pub assessments: Vec<Assessment>,
    /// The people who support recovery, by name.
    pub people: Vec<Person>,
    /// The meetings the person goes to, home group first.
    pub meetings: Vec<Meeting>,
    /// Key people and how long since the last contact, overdue first.
    pub contacts: Vec<Contact>,
    /// The last 365 days with a connection, and how many each had, oldest first.
    pub connection_days: Vec<(NaiveDate, u32)>,
    /// Which records have words sync kept aside from another device's edit.
    pub kept: KeptAside,
    /// Every commitment's path over time (a commitment with none abstains).
    pub paths: Vec<usage::CommitmentPath>,
    /// The last day with a use logged, up to today.
    pub last_use: Option<NaiveDate>,
    /// Every medication, by name, with its dose and schedule history.
    pub medications: Vec<medication::Medication>,
    /// Today's doses not logged yet, in time order (those with no time last).
    pub doses_due: Vec<medication::DueDose>,
    /// The person's own trackers: the active ones in their order, then the archived.
    pub trackers: Vec<trackers::Tracker>,
    /// The trackers' answers of the last 365 days, by date.
    pub tracker_values: Vec<trackers::TrackerValue>,
}

impl Data {
    pub fn load(store: &Store, today: NaiveDate) -> Result<Data> {
        let year_ago = today - Duration::days(364);
        let mut checkins = store.checkins(Some(year_ago), Some(today), None)?;
        checkins.reverse();
        let week = time::week_start(today);
        let goals = store
            .goals(None, None)?
            .into_iter()
            .map(|g| {
                let dates: Vec<NaiveDate> = store
                    .goal_logs(g.id, Some(week))?
                    .iter()
                    .map(|l| l.date)
                    .collect();
                let p = g.progress(&dates, today);
                Ok((g, p, dates))
            })
            .collect::<Result<_>>()?;
        let coping = store.coping_strategies()?;
        let people = store.people()?;
        let ids: Vec<i64> = coping.iter().map(|c| c.id).collect();
        let commitments = store.commitments()?;
        let mut paths = Vec::new();
        for c in &commitments {
            paths.extend(store.paths(c.id)?);
        }
        Ok(Data {
            profile: store.profile()?,
            stats: store.stats(today, None)?,
            today_checkin: store.checkin_on(today)?,
            checkins,
            commitments,
            paths,
            last_use: store.last_use_before(today + Duration::days(1))?,
            goals,
            plan: store.plan(None)?,
            triggers: store.triggers()?,
            effects: coping_effects(&ids, &store.trigger_events(None, Some(today), None)?),
            coping,
            setbacks: store.setbacks(None, Some(today))?,
            on_this_day: store.journal_on_this_day(today, 3)?,
            assessments: store.assessments(None, None)?,
            contacts: contacts(&people, &store.last_contacts()?, today),
            people,
            meetings: store.meetings()?,
            connection_days: store.connection_days(year_ago, today)?,
            kept: store.kept_aside()?,
            medications: store.medications()?,
            doses_due: store.doses_due()?,
            trackers: store.all_trackers()?,
            tracker_values: store.tracker_values(year_ago, today)?,
        })
    }
}

impl Data {
    /// The path of a commitment in effect on `day` (`None`: it abstains).
    pub fn path_on(&self, commitment_id: i64, day: NaiveDate) -> Option<&usage::CommitmentPath> {
        let own: Vec<usage::CommitmentPath> = self
            .paths
            .iter()
            .filter(|p| p.commitment_id == commitment_id)
            .cloned()
            .collect();
        let id = usage::path_on(&own, day).map(|p| p.id)?;
        self.paths.iter().find(|p| p.id == id)
    }

    /// The safer-use steps of every commitment whose path today is safer use, each once,
    /// in the checklist's order.
    pub fn safer_steps(&self, today: NaiveDate) -> Vec<usage::SaferStep> {
        let mut steps: Vec<usage::SaferStep> = self
            .commitments
            .iter()
            .filter_map(|c| self.path_on(c.id, today))
            .filter(|p| p.path == usage::Path::SaferUse)
            .flat_map(|p| p.checklist.iter().copied())
            .collect();
        steps.sort();
        steps.dedup();
        steps
    }

    /// The day's setback (the latest growth entry that day of a kind that ends a run).
    pub fn setback_on(&self, day: NaiveDate) -> Option<&Setback> {
        self.setbacks
            .iter()
            .rev()
            .find(|s| s.date == day && s.kind.ends_run())
    }

    /// The latest self-check of the last two weeks whose answer about self-harm (PHQ-9
    /// item 9) was above 0: while there is one, Today and the result keep the way back
    /// to the crisis view in sight.
    pub fn self_harm_answer(&self, today: NaiveDate) -> Option<&Assessment> {
        let since = today - Duration::days(13);
        self.assessments
            .iter()
            .rev()
            .filter(|a| a.date >= since && a.date <= today)
            .find(|a| scales::find(&a.instrument).is_ok_and(|s| s.needs_crisis(&a.answers)))
    }

    /// Whether the last two weeks hold an answer about self-harm: PHQ-9 item 9 above 0,
    /// or one of the person's safety trackers at or above its threshold. While they do,
    /// Today keeps the way back to the crisis view in sight.
    pub fn safety_answer_lately(&self, today: NaiveDate) -> bool {
        let since = today - Duration::days(13);
        let tracker = self.tracker_values.iter().any(|v| {
            (since..=today).contains(&v.date)
                && self
                    .trackers
                    .iter()
                    .any(|t| t.id == v.tracker_id && t.is_safety_answer(v.value))
        });
        tracker || self.self_harm_answer(today).is_some()
    }

    /// The latest setback of the last two weeks whose reflection is still to write.
    pub fn unwritten_setback(&self, today: NaiveDate) -> Option<&Setback> {
        let since = today - Duration::days(13);
        self.setbacks
            .iter()
            .rev()
            .take_while(|s| s.date >= since)
            .find(|s| s.kind.ends_run() && s.unwritten())
    }
}

/// How the app looks and behaves, from the settings file.
#[derive(Debug, Clone)]
pub struct Prefs {
    /// The domains the Domains screen shows (settings `show.domains`).
    pub domains: Vec<LifeDomain>,
    /// Whether the journal editor shows a writing prompt.
    pub prompts: bool,
    /// The settings file's editor command, if any.
    pub editor: Option<String>,
    /// The settings file's crisis lines, shown above the built-in list.
    pub crisis_lines: Option<Vec<String>>,
    /// The person's country, whose built-in crisis line comes first.
    pub country: Option<String>,
    /// The folder the Export screen writes summaries into (`tend paths`); `None`: a
    /// folder beside the journal.
    pub exports: Option<std::path::PathBuf>,
    /// The first day of a "90 in 90" the person tracks (off: `None`).
    pub ninety_from: Option<NaiveDate>,
    /// Days without use after which the use form says tolerance drops.
    pub tolerance_break_days: u32,
}

/// The shared state handed to screens and overlays.
pub struct Ctx {
    pub today: NaiveDate,
    pub data: Data,
    /// The status line's message until the next key.
    pub message: Option<String>,
    pub keys: Keymap,
    pub theme: Theme,
    pub prefs: Prefs,
    /// Whether lifting the curtain needs the passphrase (an encrypted journal).
    pub encrypted: bool,
    /// Records as they were before this run's deletes and edits, newest last: what
    /// undo puts back.
    pub undo: Vec<crate::store::undo::Snapshot>,
    /// The summary file written last in this run, in full, for the Export screen.
    pub last_export: Option<std::path::PathBuf>,
    /// Whether this is the person's first time here (the journal was empty when the
    /// app opened): Today greets them with "Welcome", not "Welcome back".
    pub first_visit: bool,
}

impl Ctx {
    pub fn new(store: &Store, today: NaiveDate) -> Result<Ctx> {
        Ok(Ctx {
            today,
            data: Data::load(store, today)?,
            message: None,
            keys: Keymap::default(),
            theme: Theme {
                color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
                high_contrast: false,
            },
            prefs: Prefs {
                domains: LifeDomain::ALL.to_vec(),
                prompts: true,
                editor: None,
                crisis_lines: None,
                country: None,
                exports: None,
                ninety_from: None,
                tolerance_break_days: 7,
            },
            encrypted: store.is_encrypted(),
            undo: Vec::new(),
            last_export: None,
            first_visit: false,
        })
    }

    /// Keeps a record as it was before a delete or edit, for undo (the last 50).
    pub fn remember(&mut self, before: crate::store::undo::Snapshot) {
        if self.undo.len() == 50 {
            self.undo.remove(0);
        }
        self.undo.push(before);
    }

    pub fn say(&mut self, message: impl Into<String>) {
        self.message = Some(message.into());
    }
}
