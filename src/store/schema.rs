//! The one description of the person's records: for each kind, its table, key,
//! columns with what they may hold, the records it refers to, its link tables, what
//! goes with it on delete and how it merges. The data export and import, undo and
//! tombstones, sync's capture and merge, the doctor's date check and the kept-words
//! labels all read this list; none keeps a table list of its own.
//!
//! Adding a field: its column here, a migration under `assets/schema/`, and the domain
//! type that holds it. Adding a kind of record: one `Record` below (after the records
//! it refers to), its migration, its store module and domain type.
//!
//! # Versions
//! A person's devices run different versions of tend for years, and data files travel
//! between them. The rule, for sync segments (format 3) and data files (format 4):
//! - a record of a kind this tend does not know is held aside, whole, and merged once
//!   an upgrade knows its kind; the rest of its segment or file merges now;
//! - a field this tend does not know is kept with its record and sent on untouched;
//! - a value of a closed set this tend does not know (a new role, a new fellowship)
//!   is kept as written and reads as "other" where the set has one;
//! - only a change that an older tend could not read safely raises a format number,
//!   and a tend refuses a segment or file of a later format with a message to upgrade.

use crate::domain::connections::{ConnectionKind, Fellowship, MeetingFormat};
use crate::domain::medication::{DoseStatus, MedForm, ScheduleKind};
use crate::domain::trackers::TrackerKind;
use crate::domain::usage::{Path, UseUnit};
use crate::domain::{
    GoalKind, GoalStatus, Invalid, LifeDomain, Named, Outcome, PlanSection, RecordKind,
    SetbackKind, Stage, TriggerCategory, TriggerOrigin,
};

/// What a column holds, and so how a value from a file or a segment is checked.
#[derive(Clone, Copy)]
pub enum Kind {
    /// Required text of at most 500 characters, not blank (names, titles).
    Name,
    /// Optional text of at most 500 characters.
    OptName,
    /// Required text of at most 1 MB, not blank (a journal entry's words).
    Body,
    /// Optional text of at most 1 MB.
    Text,
    /// Required whole number in a range.
    Int(i64, i64),
    /// Optional whole number in a range.
    OptInt(i64, i64),
    /// 0 or 1 (or true/false); missing means 0.
    Flag,
    /// Optional hours, 0 to 24.
    Hours,
    /// A required amount from 0 to a most (a use's; two decimals).
    Amount(u32),
    /// An optional amount from 0 to a most.
    OptAmount(u32),
    /// Required name from a closed set, stored in its canonical spelling.
    Enum(fn(&str) -> Result<&'static str, Invalid>),
    /// Optional name from a closed set.
    OptEnum(fn(&str) -> Result<&'static str, Invalid>),
    /// Required date that has happened (1900 to today).
    Lived,
    /// Optional date that has happened.
    OptLived,
    /// Optional date from 1900 on, possibly ahead (a goal's target).
    OptDate,
    /// Required moment (RFC 3339) whose local date has happened.
    Moment,
    /// A self-check's answers: a JSON list of small numbers, as text.
    Answers,
    /// Required text (checked with the row: a self-check's band or instrument).
    Label,
    /// A person's roles: role names separated by commas, possibly none.
    Roles,
    /// Optional phone number, checked as the person form checks it.
    Phone,
    /// Optional time of day, HH:MM (a meeting's time).
    Clock,
    /// Optional days of the week, Monday 0, comma-separated ("0,2,4"; a meeting's).
    Days,
    /// Optional times of day, HH:MM, comma-separated ("08:00,20:00"; a medication's).
    Times,
    /// A connection's share: shared, private or unset. A file or segment of before the
    /// three-way choice gives 0 or 1 (or true or false), kept as a number and read with
    /// the row's kind afterwards; absent is left to the kind too.
    Share,
}

impl Kind {
    /// Whether the column holds the person's own words (names, titles, notes, bodies,
    /// phone numbers): the text a concurrent edit's loser keeps aside.
    pub fn is_words(self) -> bool {
        matches!(
            self,
            Kind::Body | Kind::Text | Kind::Name | Kind::OptName | Kind::Phone
        )
    }
}

/// The canonical spelling of a closed-set name.
pub fn canon<T: Named>(s: &str) -> Result<&'static str, Invalid> {
    T::parse(s).map(Named::as_str)
}

pub const DOMAIN: Kind = Kind::Enum(canon::<LifeDomain>);
pub const OPT_DOMAIN: Kind = Kind::OptEnum(canon::<LifeDomain>);
pub const GOAL_KIND: Kind = Kind::Enum(canon::<GoalKind>);
pub const GOAL_STATUS: Kind = Kind::Enum(canon::<GoalStatus>);
pub const CATEGORY: Kind = Kind::Enum(canon::<TriggerCategory>);
pub const ORIGIN: Kind = Kind::Enum(canon::<TriggerOrigin>);
pub const OUTCOME: Kind = Kind::Enum(canon::<Outcome>);
pub const SECTION: Kind = Kind::Enum(canon::<PlanSection>);
pub const STAGE: Kind = Kind::OptEnum(canon::<Stage>);
/// A growth entry's kind as the column holds it ("over my plan" is a hard day with the
/// `over_plan` mark there, so the column refuses it).
pub const SETBACK_KIND: Kind = Kind::Enum(stored_setback_kind);
pub const USE_PATH: Kind = Kind::Enum(canon::<Path>);
pub const USE_UNIT: Kind = Kind::Enum(canon::<UseUnit>);
pub const FELLOWSHIP: Kind = Kind::Enum(canon::<Fellowship>);
pub const MEETING_FORMAT: Kind = Kind::Enum(canon::<MeetingFormat>);
pub const CONNECTION_KIND: Kind = Kind::Enum(canon::<ConnectionKind>);
pub const TRACKER_KIND: Kind = Kind::Enum(canon::<TrackerKind>);
pub const MED_FORM: Kind = Kind::OptEnum(canon::<MedForm>);
pub const SCHEDULE_KIND: Kind = Kind::Enum(schedule_kind);
pub const DOSE_STATUS: Kind = Kind::Enum(dose_status);
/// A position in a list: what a person can reach by adding items one by one.
pub const POSITION: Kind = Kind::Int(0, 1_000_000);
const RATING: Kind = Kind::OptInt(1, 10);

fn stored_setback_kind(s: &str) -> Result<&'static str, Invalid> {
    match SetbackKind::parse(s)? {
        SetbackKind::OverPlan => Err(Invalid::new("kind", t!("store-check-over-plan"))),
        k => Ok(k.as_str()),
    }
}

/// A schedule's kind. The set has no "other", yet a newer tend's kind must be kept as
/// written: "other" is taken as the kind such a value reads as (as needed, so no dose
/// is counted due), which lets the check keep it (see `transfer::check`).
fn schedule_kind(s: &str) -> Result<&'static str, Invalid> {
    match s {
        "other" => Ok(ScheduleKind::AsNeeded.as_str()),
        _ => canon::<ScheduleKind>(s),
    }
}

/// A dose's status, kept as written when a newer tend's (it reads as taken), as
/// `schedule_kind` does.
fn dose_status(s: &str) -> Result<&'static str, Invalid> {
    match s {
        "other" => Ok(DoseStatus::Taken.as_str()),
        _ => canon::<DoseStatus>(s),
    }
}

/// How a record is found on every device.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Key {
    /// By its uid.
    Uid,
    /// By its date: one a day (a check-in).
    Date,
}

/// How two devices' versions of a record meet.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Merge {
    /// The later version wins whole; the loser's words are kept aside.
    Whole,
    /// Field by field: each field's later change wins (a check-in, the profile).
    Fields,
}

/// A column that refers to another record: exported as `<column minus _id>_uid`.
pub struct Ref {
    pub column: &'static str,
    pub target: &'static str,
    /// The row can't stand without it (a step's goal): it goes when that record goes
    /// and comes back with it. Otherwise a deletion only clears the reference, and an
    /// undo or a returning record sets it again.
    pub required: bool,
}

/// One end of a link table: its column, and the table it refers to (None for a plain
/// text column, a tag).
pub struct End {
    pub column: &'static str,
    pub target: Option<&'static str>,
}

/// A link table between a record and others (or text): it belongs to its first end's
/// record, travels with it under the link table's name, and goes with either end.
pub struct Link {
    pub table: &'static str,
    pub owner: End,
    pub other: End,
}

/// How one record is named in a delete question and an undo message (`"Walk"`, `of
/// 2026-11-20`): the columns SQL reads, and the words put around them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Describe {
    /// Not named beyond its kind.
    Nothing,
    /// By the text of a column, in quotes.
    Quoted(&'static str),
    /// By its date.
    Date,
    /// By its date, and its title when it has one.
    DateTitle,
    /// By its date and time of day.
    DateTime,
    /// By its date and its kind.
    DateKind,
    /// By its instrument and date (a self-check).
    InstrumentDate,
    /// By its kind, date and time of day (a connection).
    KindDateTime,
}

impl Describe {
    /// SQL giving the parts the words name, as a JSON array of text.
    pub fn sql(self) -> String {
        let time = "substr(at, 12, 5)";
        match self {
            Describe::Nothing => "json_array()".into(),
            Describe::Quoted(column) => format!("json_array({column})"),
            Describe::Date => "json_array(date)".into(),
            Describe::DateTitle => "json_array(date, title)".into(),
            Describe::DateTime => format!("json_array(date, {time})"),
            Describe::DateKind => "json_array(date, kind)".into(),
            Describe::InstrumentDate => "json_array(instrument, date)".into(),
            Describe::KindDateTime => format!("json_array(kind, date, {time})"),
        }
    }

    /// The words naming the record, from the parts `sql` read, in its order.
    pub fn words(self, parts: &[Option<String>]) -> String {
        let part = |i: usize| parts.get(i).cloned().flatten().unwrap_or_default();
        match self {
            Describe::Nothing => String::new(),
            Describe::Quoted(_) => t!("store-describe-quoted", name = part(0)),
            Describe::Date => t!("store-describe-date", date = part(0)),
            Describe::DateTitle => match parts.get(1).cloned().flatten() {
                Some(title) => t!("store-describe-date-title", date = part(0), title = title),
                None => t!("store-describe-date", date = part(0)),
            },
            Describe::DateTime => t!("store-describe-date-time", date = part(0), time = part(1)),
            Describe::DateKind => {
                let kind = t!("store-setback-kind", kind = part(1));
                t!("store-describe-date-kind", date = part(0), kind = kind)
            }
            Describe::InstrumentDate => t!(
                "store-describe-instrument-date",
                instrument = part(0),
                date = part(1)
            ),
            Describe::KindDateTime => t!(
                "store-describe-kind-date-time",
                kind = t!("store-connection-kind", kind = part(0)),
                date = part(1),
                time = part(2)
            ),
        }
    }
}

/// One kind of record.
pub struct Record {
    pub table: &'static str,
    /// The kind as the person deletes, edits and undoes it, if they can.
    pub kind: Option<RecordKind>,
    pub key: Key,
    pub merge: Merge,
    /// SQL naming one record beside kept words ('' for none).
    pub title: &'static str,
    /// How one record is named in a delete question and an undo message.
    pub describe: Describe,
    /// The date the doctor checks is not ahead of today or before 1900.
    pub dated: Option<&'static str>,
    /// Each column with what it may hold (not id, uid, references, stamps, revision).
    pub columns: &'static [(&'static str, Kind)],
    pub refs: &'static [Ref],
}

pub const PROFILE: &str = "profile";
pub const CHECKINS: &str = "checkins";
pub const JOURNAL: &str = "journal_entries";
pub const GOALS: &str = "goals";
pub const GOAL_STEPS: &str = "goal_steps";
pub const COPING: &str = "coping_strategies";
pub const TRIGGERS: &str = "triggers";
pub const ENCOUNTERS: &str = "trigger_events";
pub const SETBACKS: &str = "setbacks";
pub const COMMITMENTS: &str = "commitments";
pub const ASSESSMENTS: &str = "assessments";
pub const PEOPLE: &str = "people";
pub const MEETINGS: &str = "meetings";
pub const CONNECTIONS: &str = "connections";
pub const PATHS: &str = "commitment_paths";
pub const USES: &str = "uses";
pub const TRACKERS: &str = "trackers";
pub const TRACKER_VALUES: &str = "tracker_values";
pub const MEDICATIONS: &str = "medications";
pub const SCHEDULES: &str = "medication_schedules";
pub const DOSES: &str = "doses";
/// Words kept aside from concurrent edits: synced and exported like a record.
pub const KEPT_WORDS: &str = "sync_conflicts";

/// The profile's fields, merged field by field like a check-in's.
pub const PROFILE_FIELDS: &[(&str, Kind)] = &[
    ("display_name", Kind::OptName),
    ("recovery_start", Kind::OptLived),
    ("day_start_hour", Kind::OptInt(0, 23)),
];

const fn record(table: &'static str, kind: Option<RecordKind>) -> Record {
    Record {
        table,
        kind,
        key: Key::Uid,
        merge: Merge::Whole,
        title: "''",
        describe: Describe::Nothing,
        dated: None,
        columns: &[],
        refs: &[],
    }
}

const fn by(column: &'static str, target: &'static str, required: bool) -> Ref {
    Ref {
        column,
        target,
        required,
    }
}

/// Every kind of record, a record after every record it refers to.
pub const RECORDS: &[Record] = &[
    Record {
        dated: Some("start_date"),
        title: "name",
        describe: Describe::Quoted("name"),
        columns: &[
            ("name", Kind::Name),
            ("start_date", Kind::Lived),
            ("note", Kind::Text),
        ],
        ..record(COMMITMENTS, Some(RecordKind::Commitment))
    },
    Record {
        key: Key::Date,
        merge: Merge::Fields,
        dated: Some("date"),
        describe: Describe::Date,
        columns: &[
            ("date", Kind::Lived),
            ("mood", RATING),
            ("craving", Kind::OptInt(0, 10)),
            ("physical", RATING),
            ("mental", RATING),
            ("emotional", RATING),
            ("social", RATING),
            ("spiritual", RATING),
            ("hungry", Kind::Flag),
            ("angry", Kind::Flag),
            ("lonely", Kind::Flag),
            ("tired", Kind::Flag),
            ("sleep_hours", Kind::Hours),
            ("intention", Kind::Text),
            ("reflection", Kind::Text),
            ("gratitude", Kind::Text),
            ("note", Kind::Text),
            ("imported_from", Kind::OptName),
        ],
        ..record(CHECKINS, Some(RecordKind::Checkin))
    },
    Record {
        dated: Some("date"),
        title: "coalesce(title, '')",
        describe: Describe::DateTitle,
        columns: &[
            ("at", Kind::Moment),
            ("date", Kind::Lived),
            ("title", Kind::OptName),
            ("body", Kind::Body),
            ("mood", RATING),
            ("domain", OPT_DOMAIN),
            ("imported_from", Kind::OptName),
            ("pinned", Kind::Flag),
        ],
        ..record(JOURNAL, Some(RecordKind::Journal))
    },
    Record {
        title: "title",
        describe: Describe::Quoted("title"),
        columns: &[
            ("title", Kind::Name),
            ("domain", DOMAIN),
            ("why", Kind::Text),
            ("kind", GOAL_KIND),
            ("per_week", Kind::OptInt(1, 7)),
            ("target_date", Kind::OptDate),
            ("status", GOAL_STATUS),
        ],
        ..record(GOALS, Some(RecordKind::Goal))
    },
    Record {
        title: "title",
        columns: &[
            ("position", POSITION),
            ("title", Kind::Name),
            ("done_on", Kind::OptLived),
        ],
        refs: &[by("goal_id", GOALS, true)],
        ..record(GOAL_STEPS, None)
    },
    Record {
        dated: Some("date"),
        title: "note",
        describe: Describe::Date,
        columns: &[("date", Kind::Lived), ("note", Kind::Text)],
        refs: &[by("goal_id", GOALS, true), by("step_id", GOAL_STEPS, false)],
        ..record("goal_logs", Some(RecordKind::GoalMark))
    },
    Record {
        title: "name",
        describe: Describe::Quoted("name"),
        columns: &[
            ("name", Kind::Name),
            ("description", Kind::Text),
            ("domain", OPT_DOMAIN),
            // Its place among the plan's coping steps; none when not in the plan.
            ("plan_position", Kind::OptInt(0, 1_000_000)),
        ],
        ..record(COPING, Some(RecordKind::Coping))
    },
    Record {
        title: "name",
        describe: Describe::Quoted("name"),
        columns: &[
            ("name", Kind::Name),
            ("category", CATEGORY),
            ("origin", ORIGIN),
            ("notes", Kind::Text),
        ],
        ..record(TRIGGERS, Some(RecordKind::Trigger))
    },
    Record {
        dated: Some("date"),
        describe: Describe::DateTime,
        columns: &[
            ("at", Kind::Moment),
            ("date", Kind::Lived),
            ("urge_before", Kind::Int(0, 10)),
            ("urge_after", Kind::OptInt(0, 10)),
            ("outcome", OUTCOME),
            ("note", Kind::Text),
        ],
        refs: &[
            by("trigger_id", TRIGGERS, false),
            by("coping_id", COPING, false),
        ],
        ..record(ENCOUNTERS, Some(RecordKind::Encounter))
    },
    Record {
        dated: Some("date"),
        describe: Describe::DateKind,
        columns: &[
            ("date", Kind::Lived),
            ("kind", SETBACK_KIND),
            ("what_happened", Kind::Text),
            ("warning_signs", Kind::Text),
            ("what_helped", Kind::Text),
            ("learned", Kind::Text),
            ("next_time", Kind::Text),
            ("reached_out", Kind::Text),
            ("over_plan", Kind::Flag),
        ],
        refs: &[by("commitment_id", COMMITMENTS, false)],
        ..record(SETBACKS, Some(RecordKind::Growth))
    },
    Record {
        dated: Some("from_date"),
        describe: Describe::Date,
        columns: &[
            ("from_date", Kind::Lived),
            ("path", USE_PATH),
            ("unit", USE_UNIT),
            ("max_per_day", Kind::OptAmount(100_000)),
            ("max_per_week", Kind::OptAmount(700_000)),
            ("free_days", Kind::OptInt(0, 7)),
            ("heavy_at", Kind::OptAmount(100_000)),
            ("price", Kind::OptAmount(100_000)),
            ("usual_per_week", Kind::OptAmount(700_000)),
            ("checklist", Kind::OptName),
        ],
        refs: &[by("commitment_id", COMMITMENTS, true)],
        ..record(PATHS, None)
    },
    Record {
        dated: Some("date"),
        describe: Describe::DateTime,
        columns: &[
            ("at", Kind::Moment),
            ("date", Kind::Lived),
            ("amount", Kind::Amount(100_000)),
            ("unit", USE_UNIT),
            ("what", Kind::OptName),
            ("place", Kind::OptName),
            ("with_whom", Kind::OptName),
            ("planned", Kind::Flag),
            ("cost", Kind::OptAmount(100_000)),
            ("followed", Kind::OptName),
            ("note", Kind::Text),
        ],
        refs: &[
            by("commitment_id", COMMITMENTS, true),
            by("setback_id", SETBACKS, false),
        ],
        ..record(USES, Some(RecordKind::Use))
    },
    Record {
        dated: Some("date"),
        describe: Describe::InstrumentDate,
        columns: &[
            ("instrument", Kind::Label),
            ("date", Kind::Lived),
            ("answers", Kind::Answers),
            ("score", Kind::Int(-1_000_000, 1_000_000)),
            ("band", Kind::Label),
        ],
        ..record(ASSESSMENTS, Some(RecordKind::SelfCheck))
    },
    Record {
        title: "name",
        describe: Describe::Quoted("name"),
        columns: &[
            ("name", Kind::Name),
            ("roles", Kind::Roles),
            ("phone", Kind::Phone),
            ("keep_in_touch_days", Kind::OptInt(1, 365)),
            ("emergency", Kind::Flag),
            ("active_from", Kind::OptDate),
            ("active_to", Kind::OptDate),
            ("note", Kind::Text),
        ],
        ..record(PEOPLE, Some(RecordKind::Person))
    },
    Record {
        title: "text",
        describe: Describe::Quoted("text"),
        columns: &[
            ("section", SECTION),
            ("position", POSITION),
            ("text", Kind::Name),
            ("detail", Kind::Text),
            ("stage", STAGE),
        ],
        refs: &[by("person_id", PEOPLE, false)],
        ..record("plan_items", Some(RecordKind::PlanItem))
    },
    Record {
        title: "name",
        describe: Describe::Quoted("name"),
        columns: &[
            ("name", Kind::Name),
            ("fellowship", FELLOWSHIP),
            ("format", MEETING_FORMAT),
            ("weekday", Kind::OptInt(0, 6)),
            ("time", Kind::Clock),
            ("place", Kind::OptName),
            ("home_group", Kind::Flag),
            // An older tend keeps these two aside and sends them on; it shows and
            // changes `weekday`, the first of the days (see `Meeting::days_of`).
            ("weekdays", Kind::Days),
            ("every_other_week", Kind::Flag),
        ],
        ..record(MEETINGS, Some(RecordKind::Meeting))
    },
    Record {
        describe: Describe::KindDateTime,
        columns: &[
            ("at", Kind::Moment),
            ("date", Kind::Lived),
            ("kind", CONNECTION_KIND),
            ("minutes", Kind::OptInt(1, 1440)),
            ("shared", Kind::Flag),
            ("chaired", Kind::Flag),
            ("mood_before", RATING),
            ("mood_after", RATING),
            ("connected", RATING),
            ("note", Kind::Text),
            ("verified_by", Kind::OptName),
            ("share", Kind::Share),
        ],
        refs: &[by("meeting_id", MEETINGS, false)],
        ..record(CONNECTIONS, Some(RecordKind::Connection))
    },
    Record {
        title: "name",
        describe: Describe::Quoted("name"),
        columns: &[
            ("name", Kind::Name),
            ("kind", TRACKER_KIND),
            ("scale_min", Kind::OptInt(0, 100)),
            ("scale_max", Kind::OptInt(0, 100)),
            ("low_label", Kind::OptName),
            ("high_label", Kind::OptName),
            ("unit", Kind::OptName),
            ("position", POSITION),
            ("shared", Kind::Flag),
            ("safety", Kind::Flag),
            ("threshold", Kind::OptAmount(1_000_000)),
            ("acted_on", Kind::Flag),
            ("archived_on", Kind::OptLived),
            // Kept as written: a newer tend's preset reads as none.
            ("preset", Kind::OptName),
        ],
        ..record(TRACKERS, Some(RecordKind::Tracker))
    },
    Record {
        dated: Some("date"),
        describe: Describe::Date,
        columns: &[
            ("date", Kind::Lived),
            // Checked against its tracker where it is typed; here only as a number.
            ("value", Kind::Amount(1_000_000)),
            ("acted_on", Kind::OptInt(0, 1)),
        ],
        refs: &[by("tracker_id", TRACKERS, true)],
        ..record(TRACKER_VALUES, None)
    },
    Record {
        dated: Some("start_date"),
        title: "name",
        describe: Describe::Quoted("name"),
        columns: &[
            ("name", Kind::Name),
            ("form", MED_FORM),
            ("start_date", Kind::Lived),
            ("end_date", Kind::OptDate),
            ("note", Kind::Text),
            ("addiction", Kind::Flag),
            ("refill_date", Kind::OptDate),
        ],
        refs: &[by("prescriber_id", PEOPLE, false)],
        ..record(MEDICATIONS, Some(RecordKind::Medication))
    },
    Record {
        dated: Some("from_date"),
        describe: Describe::Date,
        columns: &[
            ("from_date", Kind::Lived),
            ("dose", Kind::OptName),
            ("kind", SCHEDULE_KIND),
            ("times", Kind::Times),
            ("weekdays", Kind::Days),
            ("every", Kind::OptInt(1, 365)),
        ],
        refs: &[by("medication_id", MEDICATIONS, true)],
        ..record(SCHEDULES, None)
    },
    Record {
        dated: Some("date"),
        describe: Describe::DateTime,
        columns: &[
            ("at", Kind::Moment),
            ("date", Kind::Lived),
            ("status", DOSE_STATUS),
            ("reason", Kind::OptName),
            ("note", Kind::Text),
        ],
        refs: &[by("medication_id", MEDICATIONS, true)],
        ..record(DOSES, Some(RecordKind::Dose))
    },
    Record {
        columns: &[
            ("tbl", Kind::Enum(kept_for)),
            ("record", Kind::Name),
            ("field", Kind::Label),
            ("text", Kind::Body),
            ("device", Kind::Name),
            // The losing edit's time by its device's clock, which may run ahead.
            ("edited_at", Kind::Name),
        ],
        ..record(KEPT_WORDS, None)
    },
];

const fn end(column: &'static str, target: Option<&'static str>) -> End {
    End { column, target }
}

/// The link tables, each after both its ends' tables.
pub const LINKS: &[Link] = &[
    Link {
        table: "journal_tags",
        owner: end("entry_id", Some(JOURNAL)),
        other: end("tag", None),
    },
    Link {
        table: "trigger_coping",
        owner: end("trigger_id", Some(TRIGGERS)),
        other: end("coping_id", Some(COPING)),
    },
    Link {
        table: "setback_triggers",
        owner: end("setback_id", Some(SETBACKS)),
        other: end("trigger_id", Some(TRIGGERS)),
    },
    Link {
        table: "connection_people",
        owner: end("connection_id", Some(CONNECTIONS)),
        other: end("person_id", Some(PEOPLE)),
    },
];

impl Link {
    /// (link table, (owner column, owner table), (other column, other table or "")).
    pub fn ends(
        &self,
    ) -> (
        &'static str,
        (&'static str, &'static str),
        (&'static str, &'static str),
    ) {
        (
            self.table,
            (self.owner.column, self.owner.target.unwrap_or_default()),
            (self.other.column, self.other.target.unwrap_or_default()),
        )
    }
}

impl Record {
    /// What one is called beside kept words and in the doctor's list.
    pub fn noun(&self) -> String {
        noun(self.table)
    }
}

/// What a record of `table` is called beside kept words and in the doctor's list.
pub fn noun(table: &str) -> String {
    match table {
        COMMITMENTS => t!("store-noun-commitment"),
        CHECKINS => t!("store-noun-checkin"),
        JOURNAL => t!("store-noun-journal"),
        GOALS => t!("store-noun-goal"),
        GOAL_STEPS => t!("store-noun-step"),
        "goal_logs" => t!("store-noun-goal-mark"),
        COPING => t!("store-noun-coping"),
        TRIGGERS => t!("store-noun-trigger"),
        ENCOUNTERS => t!("store-noun-encounter"),
        SETBACKS => t!("store-noun-growth"),
        ASSESSMENTS => t!("store-noun-self-check"),
        PEOPLE => t!("store-noun-person"),
        "plan_items" => t!("store-noun-plan-line"),
        MEETINGS => t!("store-noun-meeting"),
        CONNECTIONS => t!("store-noun-connection"),
        PATHS => t!("store-noun-path"),
        USES => t!("store-noun-use"),
        TRACKERS => t!("store-noun-tracker"),
        TRACKER_VALUES => t!("store-noun-tracker-answer"),
        MEDICATIONS => t!("store-noun-medication"),
        SCHEDULES => t!("store-noun-schedule"),
        DOSES => t!("store-noun-dose"),
        KEPT_WORDS => t!("store-noun-kept-words"),
        _ => t!("store-noun-record"),
    }
}

/// The record kind stored in `table`, if it is one of the list.
pub fn record_of(table: &str) -> Option<&'static Record> {
    RECORDS.iter().find(|r| r.table == table)
}

/// Where a kind of record the person deletes and edits lives.
pub fn of_kind(kind: RecordKind) -> &'static Record {
    RECORDS
        .iter()
        .find(|r| r.kind == Some(kind))
        .expect("every record kind is in the schema")
}

/// `name` as the schema spells it, when it names a synced table (or the profile).
/// A table name that comes from a data file, a segment or a row of the journal
/// reaches SQL only as the string this returns, never as the text it was given.
pub fn synced_table(name: &str) -> Option<&'static str> {
    RECORDS
        .iter()
        .map(|r| r.table)
        .chain([PROFILE])
        .find(|t| *t == name)
}

/// Whether records of `table` merge field by field (a check-in, the profile).
pub fn by_fields(table: &str) -> bool {
    table == PROFILE || record_of(table).is_some_and(|r| r.merge == Merge::Fields)
}

/// The kind of record words kept aside belong to (`sync_conflicts.tbl`): a synced
/// table other than the kept words' own, or the profile. Anything else (SQL, say) is
/// refused on the way in.
pub fn kept_for(name: &str) -> Result<&'static str, Invalid> {
    synced_table(name)
        .filter(|t| *t != KEPT_WORDS)
        .ok_or_else(|| {
            Invalid::new(
                "tbl",
                t!(
                    "store-not-kept-kind",
                    kind = format!("{:?}", crate::domain::one_line(name, 40))
                ),
            )
        })
}

/// The columns of `table` that hold the person's words (the profile's name is not
/// kept aside: the later one is the person's name).
pub fn text_columns(table: &str) -> Vec<&'static str> {
    let cols = record_of(table).map_or(&[][..], |r| r.columns);
    cols.iter()
        .filter(|(_, k)| k.is_words())
        .map(|(c, _)| *c)
        .collect()
}

/// The order records merge in: the profile, then the list's order (a record after
/// what it refers to); a table the list doesn't hold last.
pub fn merge_order(table: &str) -> usize {
    if table == PROFILE {
        return 0;
    }
    RECORDS
        .iter()
        .position(|r| r.table == table)
        .map_or(usize::MAX - 1, |i| i + 1)
}

/// Whether a deletion takes a row with its record or only clears its link to it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tie {
    Owned,
    Linked,
}

/// Rows of another table that belong to or point at one record.
#[derive(Clone, Copy, Debug)]
pub struct Child {
    pub table: &'static str,
    pub column: &'static str,
    pub tie: Tie,
}

impl Child {
    /// How the person calls `count` of these rows, for "what else goes": "step" for
    /// one, "3 steps" for more.
    pub fn noun(&self, count: i64) -> String {
        match (self.table, self.column) {
            (GOAL_STEPS, _) => t!("store-child-step", count = count),
            ("goal_logs", _) => t!("store-child-progress-mark", count = count),
            (ENCOUNTERS, _) => t!("store-child-encounter", count = count),
            (SETBACKS, _) => t!("store-child-growth-entry", count = count),
            ("plan_items", _) => t!("store-child-plan-item", count = count),
            (CONNECTIONS, _) => t!("store-child-attendance", count = count),
            (MEDICATIONS, _) => t!("store-child-medication", count = count),
            (SCHEDULES, _) => t!("store-child-schedule", count = count),
            (DOSES, _) => t!("store-child-dose", count = count),
            ("journal_tags", _) => t!("store-child-tag", count = count),
            (TRACKER_VALUES, _) => t!("store-child-tracker-answer", count = count),
            ("trigger_coping", "trigger_id") => t!("store-child-coping-link", count = count),
            ("trigger_coping", _) | ("setback_triggers", "setback_id") => {
                t!("store-child-trigger-link", count = count)
            }
            ("setback_triggers", _) => t!("store-child-growth-entry-link", count = count),
            ("connection_people", "connection_id") => {
                t!("store-child-person-link", count = count)
            }
            ("connection_people", _) => t!("store-child-connection-link", count = count),
            _ => t!("store-child-record", count = count),
        }
    }
}

/// What a deletion of a `table` record touches: its link rows (either end), then the
/// rows that refer to it (taken when they can't stand without it, else unlinked).
pub fn children(table: &str) -> Vec<Child> {
    let links = LINKS.iter().flat_map(|l| {
        [(&l.owner, l.table), (&l.other, l.table)]
            .into_iter()
            .filter(|(e, _)| e.target == Some(table))
            .map(|(e, t)| Child {
                table: t,
                column: e.column,
                tie: Tie::Owned,
            })
    });
    let refs = RECORDS.iter().flat_map(|r| {
        r.refs.iter().filter(|f| f.target == table).map(|f| Child {
            table: r.table,
            column: f.column,
            tie: if f.required { Tie::Owned } else { Tie::Linked },
        })
    });
    links.chain(refs).collect()
}

/// Every table the registry names: the records' and the link tables.
pub fn tables() -> impl Iterator<Item = &'static str> {
    RECORDS
        .iter()
        .map(|r| r.table)
        .chain(LINKS.iter().map(|l| l.table))
        .chain([PROFILE])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_comes_after_every_record_it_refers_to() {
        for (i, r) in RECORDS.iter().enumerate() {
            for f in r.refs {
                let at = RECORDS.iter().position(|t| t.table == f.target);
                assert!(at.is_some_and(|t| t < i), "{} before {}", f.target, r.table);
            }
        }
        for l in LINKS {
            for e in [&l.owner, &l.other] {
                assert!(
                    e.target.is_none_or(|t| record_of(t).is_some()),
                    "{}",
                    l.table
                );
            }
        }
    }

    #[test]
    fn every_kind_the_person_deletes_has_one_table() {
        use RecordKind::*;
        for k in [
            Checkin, Journal, Goal, GoalMark, Coping, Trigger, Encounter, PlanItem, Growth,
            Commitment, SelfCheck, Person, Meeting, Connection, Use, Medication, Dose,
        ] {
            assert_eq!(RECORDS.iter().filter(|r| r.kind == Some(k)).count(), 1);
            assert_eq!(of_kind(k).kind, Some(k));
        }
    }

    #[test]
    fn what_goes_with_a_record_is_read_from_its_references_and_links() {
        let of = |t: &str| {
            children(t)
                .iter()
                // The noun as text of its own, to compare with the words expected.
                .map(|c| (c.table, c.column, c.tie, &*c.noun(1).leak()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            of(GOALS),
            [
                (GOAL_STEPS, "goal_id", Tie::Owned, "step"),
                ("goal_logs", "goal_id", Tie::Owned, "progress mark"),
            ]
        );
        assert_eq!(
            of(TRIGGERS),
            [
                ("trigger_coping", "trigger_id", Tie::Owned, "coping link"),
                (
                    "setback_triggers",
                    "trigger_id",
                    Tie::Owned,
                    "growth-entry link"
                ),
                (ENCOUNTERS, "trigger_id", Tie::Linked, "encounter"),
            ]
        );
        assert_eq!(
            of(PEOPLE),
            [
                (
                    "connection_people",
                    "person_id",
                    Tie::Owned,
                    "connection link"
                ),
                ("plan_items", "person_id", Tie::Linked, "plan item"),
                (MEDICATIONS, "prescriber_id", Tie::Linked, "medication"),
            ]
        );
        assert_eq!(
            of(MEDICATIONS),
            [
                (SCHEDULES, "medication_id", Tie::Owned, "dose and schedule"),
                (DOSES, "medication_id", Tie::Owned, "logged dose"),
            ]
        );
        assert_eq!(
            of(MEETINGS),
            [(CONNECTIONS, "meeting_id", Tie::Linked, "attendance")]
        );
        assert!(of(CHECKINS).is_empty());
    }

    #[test]
    fn only_the_schema_spells_a_table_it_did_not_get_from_the_list() {
        assert_eq!(synced_table("checkins; DROP TABLE people"), None);
        assert!(kept_for(KEPT_WORDS).is_err());
        assert_eq!(kept_for(PROFILE), Ok(PROFILE));
        assert!(by_fields(CHECKINS) && by_fields(PROFILE) && !by_fields(JOURNAL));
        assert!(text_columns(PROFILE).is_empty());
        assert_eq!(text_columns(GOALS), ["title", "why"]);
    }

    /// The registry and the migrations agree: every column, reference, link end and
    /// the bookkeeping every record carries is in the journal's real tables.
    #[test]
    fn the_registry_matches_the_journal_file() {
        let (_dir, store) = crate::store::tests::fresh();
        let cols = |t: &str| -> Vec<String> {
            let mut st = store
                .conn
                .prepare(&format!("PRAGMA table_info({t})"))
                .unwrap();
            st.query_map([], |r| r.get(1))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        };
        for r in RECORDS {
            let have = cols(r.table);
            let want = ["id", "uid", "created_at", "updated_at", "revision"]
                .into_iter()
                .chain(r.columns.iter().map(|(c, _)| *c))
                .chain(r.refs.iter().map(|f| f.column));
            for c in want {
                assert!(have.iter().any(|h| h == c), "{}.{c}", r.table);
            }
            let described = r.columns.len() + r.refs.len() + 5;
            assert_eq!(
                have.len(),
                described,
                "{} has a column the schema lacks",
                r.table
            );
        }
        for l in LINKS {
            assert_eq!(
                cols(l.table),
                [l.owner.column, l.other.column],
                "{}",
                l.table
            );
        }
        for (c, _) in PROFILE_FIELDS {
            assert!(cols(PROFILE).iter().any(|h| h == c), "profile.{c}");
        }
    }

    /// Sync's capture is the schema's own triggers: every record's table records its
    /// inserts, edits and deletions in the change log, every link table its links.
    #[test]
    fn every_record_and_link_is_captured_for_sync() {
        let (_dir, store) = crate::store::tests::fresh();
        let events = |t: &str| -> Vec<String> {
            let mut st = store
                .conn
                .prepare(
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?1
                     AND sql LIKE '%sync_changes%'",
                )
                .unwrap();
            let sqls: Vec<String> = st
                .query_map([t], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            ["INSERT", "UPDATE", "DELETE"]
                .into_iter()
                .filter(|e| {
                    sqls.iter()
                        .any(|s| s.split("BEGIN").next().unwrap_or_default().contains(e))
                })
                .map(String::from)
                .collect()
        };
        for r in RECORDS {
            assert_eq!(
                events(r.table),
                ["INSERT", "UPDATE", "DELETE"],
                "{}",
                r.table
            );
        }
        for l in LINKS {
            assert_eq!(events(l.table), ["INSERT", "DELETE"], "{}", l.table);
        }
        assert_eq!(events(PROFILE), ["UPDATE"]);
    }

    /// Every place that handles records reads them from the registry: the data file
    /// holds each table, the kept-words label and undo know each kind, and the
    /// doctor's date check covers each dated one.
    #[test]
    fn every_record_reaches_each_place_that_handles_records() {
        let (_dir, store) = crate::store::tests::fresh();
        let doc = store.export_data().unwrap();
        for t in RECORDS
            .iter()
            .map(|r| r.table)
            .chain(LINKS.iter().map(|l| l.table))
        {
            assert!(doc[t].is_array(), "the data file lacks {t}");
        }
        for r in RECORDS.iter().filter(|r| r.table != KEPT_WORDS) {
            let label = store.sync_record_label(r.table, "nobody").unwrap();
            assert!(label.contains(&r.noun()), "{}: {label}", r.table);
        }
        for r in RECORDS.iter().filter(|r| r.kind.is_some()) {
            let kind = r.kind.unwrap();
            assert_eq!(super::super::undo::table(kind), r.table);
            let err = store.kept_words(kind, 1);
            assert!(err.is_ok(), "{}", r.table);
        }
        let dated: Vec<&str> = RECORDS.iter().filter_map(|r| r.dated).collect();
        assert_eq!(dated.len(), 13);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert!(store.odd_dates(today, 10).unwrap().is_empty());
    }

    /// Only the registry (and at most one other file, a record's own module or a
    /// screen that shares the word) spells a table's name as a string of its own.
    #[test]
    fn a_table_name_is_spelt_in_at_most_two_files() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        let mut dirs = vec![root];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("tests.rs") {
                    files.push(p);
                }
            }
        }
        let sources: Vec<(std::path::PathBuf, String)> = files
            .into_iter()
            .map(|p| {
                let s = std::fs::read_to_string(&p).unwrap();
                let code = s.split("#[cfg(test)]\nmod tests {").next();
                (p, code.unwrap_or_default().to_string())
            })
            .collect();
        for t in tables() {
            let quoted = format!("\"{t}\"");
            let spelt: Vec<_> = sources
                .iter()
                .filter(|(_, s)| s.contains(&quoted))
                .map(|(p, _)| p.display().to_string())
                .collect();
            assert!(spelt.len() <= 2, "{t} is spelt in {spelt:?}");
            assert!(
                spelt.iter().any(|p| p.ends_with("schema.rs")),
                "{t} is not in the registry"
            );
        }
    }
}
