//! The counselor summary as data: every section for a date range, with each figure and
//! sentence already worked out (by `report::sections`), so that the HTML, Markdown and
//! CSV renderers only lay it out and escape it. Free text the person did not choose to
//! share is never loaded into it.

use crate::domain::usage::{Path, UseUnit};
use crate::domain::*;
use crate::error::Result;
use chrono::NaiveDate;
use serde::Serialize;
use std::ops::Range;

/// What the person chose to share beyond the defaults, and what they chose to leave out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Includes {
    /// Journal entries in the range.
    pub journal: bool,
    /// Check-in intention, reflection, gratitude and note; encounter notes.
    pub notes: bool,
    /// What happened, warning signs, what helped, who I reached out to.
    pub setback_details: bool,
    /// People's names in full, everywhere (else an initial, with a role where one is
    /// shown).
    pub names: bool,
    /// Phone numbers, meeting places and links, the details of the plan's people and
    /// contacts, and long runs of digits in the person's words (else left out).
    pub numbers: bool,
    /// The amounts of use: the use calendar (TLFB) and the diary card's amount columns
    /// (else only each commitment's path and its count of days).
    pub uses: bool,
    /// The medications section: each medication's adherence, its changes in dose or
    /// schedule and its runs of missed doses (else no medication appears at all).
    pub medications: bool,
    /// Lessons from setbacks (what I learned, next time) left out; they are in unless
    /// the person says otherwise.
    pub leave_out_lessons: bool,
    /// Calls, messages and time with people counted as a group: each of those the
    /// person has not marked either way (never one marked private).
    pub share_contacts: bool,
    /// The first day of a "90 in 90" the person tracks (settings `show.ninety_in_ninety`).
    pub ninety_from: Option<NaiveDate>,
}

impl Includes {
    /// Whether nothing personal beyond the figures and lessons is shared.
    pub fn shares_nothing(&self) -> bool {
        !self.journal
            && !self.notes
            && !self.setback_details
            && !self.names
            && !self.numbers
            && !self.uses
            && !self.medications
    }

    /// Parses `journal,notes,setback-details,names,numbers,use,medications`.
    pub fn parse(s: &str) -> Result<Includes, Invalid> {
        let mut inc = Includes::default();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match part {
                "journal" => inc.journal = true,
                "notes" => inc.notes = true,
                "setback-details" => inc.setback_details = true,
                "names" => inc.names = true,
                "numbers" => inc.numbers = true,
                "use" => inc.uses = true,
                "medications" => inc.medications = true,
                other => {
                    return Err(Invalid::new(
                        "include",
                        t!("summary-include-unknown", value = other),
                    ));
                }
            }
        }
        Ok(inc)
    }

    /// Parses what `--leave-out` names (`lessons`) into these choices.
    pub fn leave_out(mut self, s: &str) -> Result<Includes, Invalid> {
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match part {
                "lessons" => self.leave_out_lessons = true,
                other => {
                    return Err(Invalid::new(
                        "leave-out",
                        t!("summary-leave-out-unknown", value = other),
                    ));
                }
            }
        }
        Ok(self)
    }

    /// The sentence that tells the reader what was shared and what was left out.
    pub fn shared_line(self) -> String {
        let mut included = Vec::new();
        let mut left_out = Vec::new();
        let mut say = |on: bool, what: String| {
            if on {
                included.push(what);
            } else {
                left_out.push(what);
            }
        };
        say(!self.leave_out_lessons, t!("summary-shared-lessons"));
        say(self.journal, t!("summary-shared-journal"));
        say(self.notes, t!("summary-shared-notes"));
        say(self.setback_details, t!("summary-shared-setback-details"));
        say(
            self.names,
            if self.names {
                t!("summary-shared-names")
            } else {
                t!("summary-shared-initials")
            },
        );
        say(self.numbers, t!("summary-shared-numbers"));
        say(self.uses, t!("summary-shared-use"));
        say(self.medications, t!("summary-shared-medications"));
        if self.share_contacts {
            included.push(t!("summary-shared-contacts"));
        }
        let mut out = Vec::new();
        if !included.is_empty() {
            out.push(t!("summary-shared-included", list = included.join("; ")));
        }
        if !left_out.is_empty() {
            out.push(t!("summary-shared-left-out", list = left_out.join("; ")));
        }
        out.join(" ")
    }
}

/// One day of the diary card.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Day {
    pub date: NaiveDate,
    pub checkin: Option<Checkin>,
    /// Strongest urge logged that day (0–10), from trigger encounters.
    pub urge: Option<u8>,
    /// A run-ending setback, or an encounter that ended in one.
    pub acted: bool,
    pub coping: Vec<String>,
    pub encounters: usize,
    /// The diary card's cells, as text.
    pub cells: DayCells,
    /// The check-in's shared texts with their names as the CSV card writes them
    /// ("intention", …), in order; `diary::note_label` gives a name's words.
    pub notes: Vec<(&'static str, String)>,
    /// Self-check results of the day: "PHQ-9 5 of 27 (mild)".
    pub self_checks: Vec<String>,
    /// The answer to PHQ-9 item 9 (thoughts of self-harm) of a PHQ-9 taken that day (the
    /// highest, if more than one): always shown, whatever the person shares.
    pub phq9_item9: Option<u8>,
}

/// The diary card's cells for one day, as text ("–" where nothing was recorded).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DayCells {
    /// Mood, craving, then the five domains.
    pub ratings: [String; 7],
    /// Letters of the HALT states marked: H, A, L, T.
    pub halt: String,
    pub sleep: String,
    pub urge: String,
    /// "yes" (a setback that day), "no" (an urge logged and passed), or "".
    pub acted: String,
    pub coping: String,
}

/// A Monday-to-Sunday week of the diary card (the first and last may be partial).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Week {
    pub start: NaiveDate,
    /// Which of `Summary::days` it holds.
    pub days: Range<usize>,
}

/// One commitment's figures for the range.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CommitmentLine {
    pub name: String,
    pub start_date: NaiveDate,
    pub days_in_recovery: i64,
    pub days_on_track: i64,
    pub current_run: i64,
    pub longest_run: i64,
    /// Days on track within the range, of the range days since the start date.
    pub range_on_track: i64,
    pub range_days: i64,
    /// `range_on_track` of `range_days` as a whole percent: "99".
    pub percent: String,
    /// "88 of 90 days".
    pub on_track_text: String,
    /// The path and its figure, for a commitment not on the abstain path or whose path
    /// changed in the range (else `None`: the days on track say it all).
    pub path: Option<PathLine>,
}

/// A commitment's path in the range and the figure that goes with it, shared by
/// default: a count of days, never an amount.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathLine {
    /// The path on the range's last day.
    pub path: Path,
    /// What the figure counts: "days within my plan", "use-free days", "days on track".
    pub figure: String,
    /// The days of the range on this path since the commitment began.
    pub days: i64,
    /// Of those, the days the figure counts.
    pub counted: i64,
    /// `counted` of `days` as a whole percent.
    pub percent: String,
    /// "80 of 85 days".
    pub text: String,
    /// Cut down: "5 days over my plan".
    pub over: Option<String>,
    /// When the path changed in the range: "cut down from 6 November 2026; before,
    /// abstain".
    pub changed: Option<String>,
}

/// One commitment's use day by day (the Timeline Followback), only when the person
/// shares the amounts of use.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UseCalendar {
    pub name: String,
    /// The unit every amount is in: the path's on the range's last day.
    pub unit: UseUnit,
    /// One per day of the range: `None` before the commitment began, 0 on a use-free
    /// day.
    pub amounts: Vec<Option<f64>>,
    /// Which days reached the person's heavy-day amount.
    pub heavy: Vec<bool>,
    /// The figures beside the calendar, each named: use-free days, heavy days, the
    /// total and the average a week, with the change from the previous period.
    pub facts: Vec<(String, String)>,
}

/// The "at a glance" figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Glance {
    pub days_in_recovery: i64,
    pub commitments: Vec<CommitmentLine>,
    /// Days with a check-in, of the range days since tracking began.
    pub checkin_days: usize,
    pub tracked_days: i64,
    /// `checkin_days` of `tracked_days` as a whole percent: "86".
    pub adherence: String,
    /// "6 of 7 days".
    pub checkin_text: String,
    /// "86% of the days tracked", or that there were none to count.
    pub adherence_text: String,
    /// Slips, lapses and relapses in the range.
    pub setbacks: usize,
    pub hard_days: usize,
    /// "1 hard day", "3 hard days".
    pub hard_days_text: String,
}

/// Mood, craving or one life domain across the range.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measure {
    /// "Mood", "Craving", "Physical", …
    pub name: String,
    /// The lowest value of its scale (1, or 0 for craving).
    pub low: u8,
    /// One value per day of the range.
    pub values: Vec<Option<u8>>,
    /// The mean over the range's check-ins to one decimal, or "–".
    pub average: String,
}

/// How many check-in days marked one HALT state.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HaltCount {
    pub name: String,
    pub days: usize,
    /// Check-in days in the range.
    pub of: usize,
    /// `days` of `of` as a whole percent.
    pub percent: String,
    /// "5 of 40 check-in days (12%)".
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TriggerLine {
    pub name: String,
    pub category: TriggerCategory,
    pub encounters: usize,
    pub passed: usize,
    /// Mean urge before, to one decimal, or "–".
    pub mean_urge_before: String,
    /// The coping strategy with the largest mean urge drop with this trigger, and that
    /// drop to one decimal.
    pub best_coping: Option<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalLine {
    pub title: String,
    pub domain: LifeDomain,
    pub status: GoalStatus,
    pub kind: GoalKind,
    /// Habit: days logged in the range, and the target for the range's weeks.
    /// Milestone: steps done, steps in all.
    pub done: u32,
    pub target: u32,
    /// The first day counted: the later of the range's start and the goal's start
    /// (when it was set, or its first log if earlier).
    pub counted_from: NaiveDate,
    /// "3 of 10 planned days" (with "since 2 November" when the goal began in the
    /// range) or "1 of 3 steps".
    pub progress: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SetbackLine {
    pub setback: Setback,
    pub commitment: Option<String>,
    pub bounce_back_days: Option<i64>,
    /// "mood back to usual after 5 days", or that it is not (yet) measurable.
    pub bounce_back: String,
}

impl SetbackLine {
    /// The growth entry's written parts with their headings, in reading order
    /// (details the person did not share are already `None`).
    pub fn parts(&self) -> [(String, Option<&String>); 6] {
        let s = &self.setback;
        [
            (t!("summary-part-what-happened"), s.what_happened.as_ref()),
            (t!("summary-part-warning-signs"), s.warning_signs.as_ref()),
            (t!("summary-part-what-helped"), s.what_helped.as_ref()),
            (t!("summary-part-learned"), s.learned.as_ref()),
            (t!("summary-part-next-time"), s.next_time.as_ref()),
            (t!("summary-part-reached-out"), s.reached_out.as_ref()),
        ]
    }
}

/// One self-check result as the summary lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScaleResult {
    pub date: NaiveDate,
    pub instrument: String,
    /// "9 of 27" (WHO-5: "52 of 100").
    pub score: String,
    pub band: String,
    /// A crisis answer above 0, marked on its own row in every table of results:
    /// "⚑ item 9 (thoughts of self-harm): Several days (1 of 3)". Never left out.
    pub flag: Option<String>,
}

/// A scale's latest result in the range, for page 1.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LatestResult {
    pub result: ScaleResult,
    /// "▼ down 3 from 10 on 6 November 2026", or "first result".
    pub change: String,
}

/// The self-check results of the range, each scale's trend and where the scales come
/// from.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Scales {
    pub results: Vec<ScaleResult>,
    /// Each scale taken in the range, in the order scales are offered: its latest
    /// result and its change from the one before (which may be before the range).
    pub latest: Vec<LatestResult>,
    /// Scale name and its trend in words, for scales taken more than once.
    pub trends: Vec<(String, String)>,
    /// The attribution line of each scale with results in the range.
    pub sources: Vec<&'static str>,
}

/// A self-check answer a clinician must see first: PHQ-9 item 9 (thoughts of being
/// better off dead or of self-harm) answered above 0. Never left out by what the person
/// chose not to share.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SafetyFlag {
    pub date: NaiveDate,
    pub instrument: String,
    /// 1-based.
    pub item: usize,
    pub question: String,
    /// The answer as offered: "Several days".
    pub answer: String,
    pub value: u8,
    /// The whole flag in one plain sentence.
    pub text: String,
}

/// Where a safety flag sends the reader: the plan's section of crisis and professional
/// contacts.
pub fn safety_pointer() -> String {
    t!(
        "summary-safety-pointer",
        section = PlanSection::Contacts.title()
    )
}

/// A safety tracker's answer at or above the person's threshold: flagged on page 1 like
/// a PHQ-9 item 9 answer, whether or not the tracker is shared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrackerFlag {
    pub date: NaiveDate,
    pub tracker: String,
    /// The answer as the diary card shows it: "5".
    pub value: String,
    /// The whole flag in one plain sentence.
    pub text: String,
}

/// A tracker the person marked shared, as a column of the diary card.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrackerColumn {
    /// The tracker's name (through the privacy of names).
    pub name: String,
    /// A number's unit, as the person wrote it.
    pub unit: Option<String>,
    /// The column's heading: the tracker's name, with its scale or unit.
    pub heading: String,
    /// Whether each answer also says if the person acted on it (a CSV column of its own).
    pub asks_acted: bool,
    /// One cell per day of the range: `None` where nothing was answered.
    pub cells: Vec<Option<TrackerCell>>,
}

/// One day's answer to a shared tracker.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrackerCell {
    /// As the card shows it: "yes", "4", "30", "22:30", with "acted on" when it was.
    pub text: String,
    /// As the CSV card writes it: 1/0, the number, HH:MM.
    pub csv: String,
    pub acted: Option<bool>,
}

/// One medication in the range, when the person shares their medications.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MedicationLine {
    pub name: String,
    /// Its dose and schedule on the range's last day: "8 mg · every day at 08:00".
    pub schedule: String,
    /// "for addiction treatment", or nothing.
    pub addiction: bool,
    /// The prescriber as an initial and a role, unless names are shared.
    pub prescriber: Option<String>,
    /// Doses taken of doses scheduled, each with the days it counts: ("Last 7 days",
    /// "5 of 7 doses (71%)"). An as-needed medication has its uses instead.
    pub adherence: Vec<(String, String)>,
    /// Changes of dose or schedule in the range, oldest first, each with its date.
    pub changes: Vec<String>,
    /// Runs of doses missed in a row, oldest first: "3 doses in a row, 4 to 6 November".
    pub missed: Vec<String>,
}

/// Sleep in the range, from the check-ins that gave hours.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sleep {
    pub nights: usize,
    /// Mean hours to one decimal, or "–".
    pub average: String,
    /// Nights under 6 hours.
    pub short_nights: usize,
    /// "average 6.8 hours over 40 nights; 5 of 40 nights under 6 hours".
    pub text: String,
}

/// A headline figure for the range and its change against the previous period of the
/// same length.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Headline {
    /// "Check-in adherence", "Average mood", …
    pub name: String,
    /// The figure with its unit: "86%", "6.1 of 10", "6.8 hours", "2".
    pub value: String,
    /// "▲ up 0.4 from 5.9", "▼ down 2 from 3", "no change from 6.1", …
    pub change: String,
    /// Which way is easier, for a figure that has one: "lower is easier" (craving),
    /// "higher is easier" (adherence, mood, the domains). Sleep, setbacks and hard days
    /// have none.
    pub easier: Option<String>,
}

/// A headline's change with which way is easier, where the figure has one:
/// "▼ down 0.4 from 5.1 (lower is easier)".
pub fn change_words(h: &Headline) -> String {
    match &h.easier {
        Some(way) => t!("summary-change-easier", change = &h.change, easier = way),
        None => h.change.clone(),
    }
}

/// Lower craving is easier.
pub fn lower_is_easier() -> String {
    t!("summary-lower-is-easier")
}

/// Higher adherence, mood and domain ratings are easier.
pub fn higher_is_easier() -> String {
    t!("summary-higher-is-easier")
}

/// The last growth entry before the range, so a reader knows how long it has been.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LastGrowth {
    pub date: NaiveDate,
    /// "slip", "lapse", "relapse", "hard day".
    pub kind: String,
    /// "14 March 2026 (a lapse), 165 days before this period".
    pub text: String,
    /// Its lesson (lessons are always shared).
    pub learned: Option<String>,
}

/// Meetings attended and people contacted in the range, from the connections the person
/// shared, or left unchosen in a group the summary shares (never names of people unless
/// shared); empty for someone who keeps no log.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Connections {
    /// Whether the person keeps a connection log at all.
    pub kept: bool,
    pub meetings: usize,
    /// Meetings where they shared or chaired.
    pub shared: usize,
    /// How many meetings their weekly schedule holds in the range (the goal), if any.
    pub scheduled: Option<usize>,
    /// Therapy and group-therapy sessions.
    pub therapy: usize,
    /// Connections other than meetings and therapy (each counted once).
    pub contacts: usize,
    /// Those contacts by person, most first: initials with the role ("S. (sponsor)"),
    /// or full names when the person chose to share them.
    pub by_person: Vec<(String, usize)>,
    /// Those contacts by the people's roles.
    pub by_role: Vec<(String, usize)>,
    /// The most days in a row with no connection logged.
    pub longest_gap: i64,
    /// One row per meeting attended, oldest first.
    pub attendance: Vec<Attendance>,
    /// "90 in 90" as of the range's last day, when the person tracks it.
    pub ninety: Option<crate::domain::Ninety>,
}

/// A meeting attended, as an attendance card lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attendance {
    pub date: NaiveDate,
    pub meeting: String,
    pub format: String,
    pub verified_by: Option<String>,
}

impl Connections {
    /// Whether there is anything to show.
    pub fn is_empty(&self) -> bool {
        !self.kept
    }
}

/// What a section says when it has nothing to show.
pub fn no_setbacks() -> String {
    t!("summary-no-setbacks")
}

pub fn no_triggers() -> String {
    t!("summary-no-triggers")
}

pub fn no_goals() -> String {
    t!("summary-no-goals")
}

pub fn no_plan() -> String {
    t!("summary-no-plan")
}

pub fn no_journal() -> String {
    t!("summary-no-journal")
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub display_name: Option<String>,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Days in `[from, to]`.
    pub range_days: i64,
    pub generated_at: String,
    /// When it was made, as a person reads it: "23 November 2026, 10:00".
    pub generated: String,
    pub version: &'static str,
    pub includes: Includes,
    /// What was shared and what was left out, in one sentence.
    pub shared: String,
    /// PHQ-9 item 9 above 0 in the range, oldest first: shown before anything else.
    pub safety: Vec<SafetyFlag>,
    /// Safety trackers' answers at or above their threshold in the range, oldest first:
    /// shown with the PHQ-9 flags, whatever the person shares.
    pub tracker_flags: Vec<TrackerFlag>,
    pub glance: Glance,
    /// The headline figures with their change against the previous `range_days` days.
    pub headlines: Vec<Headline>,
    pub sleep: Sleep,
    pub last_growth: Option<LastGrowth>,
    pub connections: Connections,
    /// Mood, craving, then the five life domains.
    pub measures: Vec<Measure>,
    /// The trackers the person shares, in their order, as diary card columns.
    pub trackers: Vec<TrackerColumn>,
    /// Each medication, only when the person shares them (else empty).
    pub medications: Vec<MedicationLine>,
    pub halt: Vec<HaltCount>,
    pub days: Vec<Day>,
    pub weeks: Vec<Week>,
    pub triggers: Vec<TriggerLine>,
    pub goals: Vec<GoalLine>,
    pub setbacks: Vec<SetbackLine>,
    pub plan: Vec<(PlanSection, Vec<PlanItem>)>,
    pub scales: Scales,
    pub journal: Vec<JournalEntry>,
    /// The use calendar of each commitment with use in the range, when the person
    /// shares the amounts (else empty).
    pub uses: Vec<UseCalendar>,
}

impl Summary {
    /// Every safety flag's sentence, PHQ-9 item 9 and safety trackers alike, oldest
    /// first: what page 1 shows before anything else.
    pub fn safety_lines(&self) -> Vec<&str> {
        let mut all: Vec<(NaiveDate, &str)> = self
            .safety
            .iter()
            .map(|f| (f.date, f.text.as_str()))
            .chain(self.tracker_flags.iter().map(|f| (f.date, f.text.as_str())))
            .collect();
        all.sort_by_key(|(date, _)| *date);
        all.into_iter().map(|(_, text)| text).collect()
    }

    /// The safety flags' heading: thoughts of self-harm for PHQ-9 item 9 alone, plain
    /// when a safety tracker of the person's own is flagged too.
    pub fn safety_heading(&self) -> String {
        if self.tracker_flags.is_empty() {
            t!("summary-safety-heading")
        } else {
            t!("summary-safety-heading-trackers")
        }
    }

    /// The days of one week of the diary card.
    pub fn week_days(&self, week: &Week) -> &[Day] {
        &self.days[week.days.clone()]
    }
}
