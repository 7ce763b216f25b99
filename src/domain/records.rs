//! The records a person keeps, as the store saves them and `--json` prints them.
//!
//! Field names here are the stable JSON field names documented in README.md.

use super::{Invalid, LifeDomain, check_range, named_enum};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Who the journal belongs to and the settings that travel with the data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub display_name: Option<String>,
    pub recovery_start: Option<NaiveDate>,
    pub day_start_hour: u8,
}

/// Something the person is recovering from or working toward, with its own clock.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Commitment {
    pub id: i64,
    pub name: String,
    pub start_date: NaiveDate,
    pub note: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// One day's check-in. Ratings are optional: a person may fill in only what they want.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Checkin {
    pub id: i64,
    pub date: NaiveDate,
    pub mood: Option<u8>,
    pub craving: Option<u8>,
    pub physical: Option<u8>,
    pub mental: Option<u8>,
    pub emotional: Option<u8>,
    pub social: Option<u8>,
    pub spiritual: Option<u8>,
    pub hungry: bool,
    pub angry: bool,
    pub lonely: bool,
    pub tired: bool,
    pub sleep_hours: Option<f64>,
    pub intention: Option<String>,
    pub reflection: Option<String>,
    pub gratitude: Option<String>,
    pub note: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl Checkin {
    pub fn rating(&self, d: LifeDomain) -> Option<u8> {
        match d {
            LifeDomain::Physical => self.physical,
            LifeDomain::Mental => self.mental,
            LifeDomain::Emotional => self.emotional,
            LifeDomain::Social => self.social,
            LifeDomain::Spiritual => self.spiritual,
        }
    }

    pub fn rating_mut(&mut self, d: LifeDomain) -> &mut Option<u8> {
        match d {
            LifeDomain::Physical => &mut self.physical,
            LifeDomain::Mental => &mut self.mental,
            LifeDomain::Emotional => &mut self.emotional,
            LifeDomain::Social => &mut self.social,
            LifeDomain::Spiritual => &mut self.spiritual,
        }
    }
}

/// The fields of a check-in a person changes at once; `None` keeps the saved value.
/// For text, `Some("")` clears it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CheckinPatch {
    pub mood: Option<u8>,
    pub craving: Option<u8>,
    pub ratings: [Option<u8>; 5],
    pub hungry: Option<bool>,
    pub angry: Option<bool>,
    pub lonely: Option<bool>,
    pub tired: Option<bool>,
    pub sleep_hours: Option<f64>,
    pub intention: Option<String>,
    pub reflection: Option<String>,
    pub gratitude: Option<String>,
    pub note: Option<String>,
}

impl CheckinPatch {
    pub fn validate(&self) -> Result<(), Invalid> {
        if let Some(m) = self.mood {
            check_range("mood", m.into(), 1, 10)?;
        }
        if let Some(c) = self.craving {
            check_range("craving", c.into(), 0, 10)?;
        }
        for (d, r) in LifeDomain::ALL.iter().zip(self.ratings) {
            if let Some(r) = r {
                check_range(d.as_str(), r.into(), 1, 10)?;
            }
        }
        let texts = [
            ("intention", &self.intention),
            ("reflection", &self.reflection),
            ("gratitude", &self.gratitude),
            ("note", &self.note),
        ];
        for (field, text) in texts {
            if let Some(t) = text {
                super::check_bytes(field, t)?;
            }
        }
        if let Some(s) = self.sleep_hours
            && !(0.0..=24.0).contains(&s)
        {
            return Err(Invalid::new(
                "sleep",
                t!("invalid-sleep", value = s.to_string()),
            ));
        }
        Ok(())
    }

    /// Applies the patch; the caller validated it first.
    pub fn apply(&self, c: &mut Checkin) {
        fn set<T: Clone>(slot: &mut T, v: &Option<T>) {
            if let Some(v) = v {
                *slot = v.clone();
            }
        }
        fn set_text(slot: &mut Option<String>, v: &Option<String>) {
            if let Some(v) = v {
                *slot = super::optional_text(v);
            }
        }
        if self.mood.is_some() {
            c.mood = self.mood;
        }
        if self.craving.is_some() {
            c.craving = self.craving;
        }
        for (d, r) in LifeDomain::ALL.iter().zip(self.ratings) {
            if r.is_some() {
                *c.rating_mut(*d) = r;
            }
        }
        set(&mut c.hungry, &self.hungry);
        set(&mut c.angry, &self.angry);
        set(&mut c.lonely, &self.lonely);
        set(&mut c.tired, &self.tired);
        if self.sleep_hours.is_some() {
            c.sleep_hours = self.sleep_hours;
        }
        set_text(&mut c.intention, &self.intention);
        set_text(&mut c.reflection, &self.reflection);
        set_text(&mut c.gratitude, &self.gratitude);
        set_text(&mut c.note, &self.note);
    }

    pub fn is_empty(&self) -> bool {
        *self == CheckinPatch::default()
    }
}

/// A journal entry: free words, with an optional title, mood, domain and tags.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JournalEntry {
    pub id: i64,
    /// The moment written, RFC 3339 with its UTC offset.
    pub at: String,
    /// The local calendar date it counts for (day-start hour applied).
    pub date: NaiveDate,
    pub title: Option<String>,
    pub body: String,
    pub mood: Option<u8>,
    pub domain: Option<LifeDomain>,
    pub tags: Vec<String>,
    /// Pinned by the person: kept at hand, marked in lists and the summary.
    #[serde(default)]
    pub pinned: bool,
    pub created_at: String,
    pub updated_at: String,
    /// Bumped by every write; a form remembers it to notice a change made elsewhere.
    /// Not part of exports (sync carries its own).
    #[serde(skip_serializing, default)]
    pub revision: i64,
}

impl JournalEntry {
    /// How a pinned entry is marked in a list.
    pub const PIN_MARK: &str = "◆";
}

named_enum!(
    /// How a goal is measured.
    GoalKind, "kind" { Habit => "habit", Milestone => "milestone" }
);

named_enum!(
    /// Where a goal stands. "Let go" is a choice, not a failure.
    GoalStatus, "status" {
        Active => "active",
        Paused => "paused",
        Achieved => "achieved",
        LetGo => "let-go",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub id: i64,
    pub title: String,
    pub domain: LifeDomain,
    pub why: Option<String>,
    pub kind: GoalKind,
    /// For habits: how many times a week.
    pub per_week: Option<u8>,
    pub target_date: Option<NaiveDate>,
    pub status: GoalStatus,
    /// For milestones: the checklist, in order.
    pub steps: Vec<GoalStep>,
    pub created_at: String,
    pub updated_at: String,
    /// Bumped by every write; a form remembers it to notice a change made elsewhere.
    /// Not part of exports (sync carries its own).
    #[serde(skip_serializing, default)]
    pub revision: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoalStep {
    pub id: i64,
    pub position: u32,
    pub title: String,
    pub done_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoalLog {
    pub id: i64,
    pub goal_id: i64,
    pub date: NaiveDate,
    pub note: Option<String>,
    pub step_id: Option<i64>,
    pub created_at: String,
}

named_enum!(
    /// The kinds of trigger relapse-prevention work names.
    TriggerCategory, "category" {
        People => "people",
        Places => "places",
        Things => "things",
        Feelings => "feelings",
        Times => "times",
    }
);

named_enum!(
    /// Whether a trigger comes from inside (a feeling, a thought) or outside.
    TriggerOrigin, "origin" { Internal => "internal", External => "external" }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trigger {
    pub id: i64,
    pub name: String,
    pub category: TriggerCategory,
    pub origin: TriggerOrigin,
    pub notes: Option<String>,
    /// Ids of the coping strategies the person plans to use for it.
    pub coping_ids: Vec<i64>,
    pub created_at: String,
    pub updated_at: String,
}

named_enum!(
    /// How an encounter with a trigger ended.
    Outcome, "outcome" { Passed => "passed", Setback => "setback" }
);

/// One time the person met a trigger (or an urge), and what they did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TriggerEvent {
    pub id: i64,
    pub at: String,
    pub date: NaiveDate,
    pub trigger_id: Option<i64>,
    pub urge_before: u8,
    pub urge_after: Option<u8>,
    pub coping_id: Option<i64>,
    pub outcome: Outcome,
    pub note: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CopingStrategy {
    pub id: i64,
    pub name: String,
    pub description: Option<String>,
    pub domain: Option<LifeDomain>,
    /// Its place among the plan's coping steps, when the plan chose it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_position: Option<u32>,
    pub created_at: String,
    pub updated_at: String,
}

named_enum!(
    /// The sections of the relapse-prevention plan, in the order they are shown.
    PlanSection, "section" {
        Reasons => "reasons",
        WarningSigns => "warning-signs",
        HighRisk => "high-risk",
        CopingSteps => "coping-steps",
        Supports => "supports",
        Contacts => "contacts",
        IfISlip => "if-i-slip",
        SafeSpace => "safe-space",
    }
);

impl PlanSection {
    /// The section's heading.
    pub fn title(self) -> String {
        match self {
            PlanSection::Reasons => t!("record-section-reasons"),
            PlanSection::WarningSigns => t!("record-section-warning-signs"),
            PlanSection::HighRisk => t!("record-section-high-risk"),
            PlanSection::CopingSteps => t!("record-section-coping-steps"),
            PlanSection::Supports => t!("record-section-supports"),
            PlanSection::Contacts => t!("record-section-contacts"),
            PlanSection::IfISlip => t!("record-section-if-i-slip"),
            PlanSection::SafeSpace => t!("record-section-safe-space"),
        }
    }
}

named_enum!(
    /// Stages of warning signs: emotional, then mental, then physical relapse.
    Stage, "stage" { Early => "early", Middle => "middle", Late => "late" }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanItem {
    pub id: i64,
    pub section: PlanSection,
    pub position: u32,
    pub text: String,
    /// A phone number, a place, or how-to: whatever makes the step usable in a hard moment.
    pub detail: Option<String>,
    pub stage: Option<Stage>,
    /// The person it names, for someone to call or a contact.
    #[serde(default)]
    pub person_id: Option<i64>,
    /// The coping toolbox's strategy this coping step is (then `id` is the strategy's
    /// id too, `text` its name and `detail` its description): a coping step of the plan
    /// is a strategy chosen for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coping_id: Option<i64>,
    pub created_at: String,
    pub updated_at: String,
    /// Bumped by every write; a form remembers it to notice a change made elsewhere.
    /// Not part of exports (sync carries its own).
    #[serde(skip_serializing, default)]
    pub revision: i64,
}

named_enum!(
    /// Kinds of setback. A hard day is a growth entry that does not touch any run; so
    /// is a day over the person's own cut-down plan (stored as a hard day with a mark,
    /// so an older tend reads it as one).
    SetbackKind, "kind" {
        Slip => "slip",
        Lapse => "lapse",
        Relapse => "relapse",
        HardDay => "hard-day",
        OverPlan => "over-plan",
    }
);

impl SetbackKind {
    /// Whether this kind ends the current run of a commitment (it never erases the
    /// days in recovery or the days on track already lived).
    pub fn ends_run(self) -> bool {
        !matches!(self, SetbackKind::HardDay | SetbackKind::OverPlan)
    }

    /// The kinds a ticked "I had a setback" can be: every kind but a hard day.
    pub const SETBACKS: [SetbackKind; 3] =
        [SetbackKind::Slip, SetbackKind::Lapse, SetbackKind::Relapse];

    /// What the kind means, in one line, where it is chosen.
    pub fn explain(self) -> String {
        match self {
            SetbackKind::Slip => t!("record-setback-slip-means"),
            SetbackKind::Lapse => t!("record-setback-lapse-means"),
            SetbackKind::Relapse => t!("record-setback-relapse-means"),
            SetbackKind::HardDay => t!("record-setback-hard-day-means"),
            SetbackKind::OverPlan => t!("record-setback-over-plan-means"),
        }
    }
}

/// A setback recorded as a growth entry: what happened and what the person learned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Setback {
    pub id: i64,
    pub date: NaiveDate,
    /// `None`: it concerns every commitment.
    pub commitment_id: Option<i64>,
    pub kind: SetbackKind,
    pub what_happened: Option<String>,
    pub warning_signs: Option<String>,
    pub what_helped: Option<String>,
    pub learned: Option<String>,
    pub next_time: Option<String>,
    pub reached_out: Option<String>,
    pub trigger_ids: Vec<i64>,
    pub created_at: String,
    pub updated_at: String,
}

impl Setback {
    /// Whether none of its reflection is written yet (a setback ticked in a check-in
    /// and left for later).
    pub fn unwritten(&self) -> bool {
        [
            &self.what_happened,
            &self.warning_signs,
            &self.what_helped,
            &self.learned,
            &self.next_time,
            &self.reached_out,
        ]
        .iter()
        .all(|t| t.is_none())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: i64,
    pub instrument: String,
    pub date: NaiveDate,
    pub answers: Vec<u8>,
    pub score: i64,
    pub band: String,
    pub created_at: String,
}

impl fmt::Display for Checkin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let num = |v: Option<u8>| v.map_or("–".to_string(), |v| v.to_string());
        write!(
            f,
            "{}  {}",
            self.date,
            t!(
                "record-checkin-line",
                mood = num(self.mood),
                craving = num(self.craving)
            )
        )?;
        let letters = t!("record-halt-letters");
        let halt: String = [self.hungry, self.angry, self.lonely, self.tired]
            .iter()
            .zip(letters.chars().chain(std::iter::repeat('·')))
            .map(|(on, c)| if *on { c } else { '·' })
            .collect();
        write!(f, "  {}", t!("record-checkin-halt", halt = halt))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patch_keeps_what_it_does_not_name_and_clears_empty_text() {
        let mut c = Checkin {
            mood: Some(5),
            note: Some("old".into()),
            hungry: true,
            ..Default::default()
        };
        let p = CheckinPatch {
            craving: Some(2),
            note: Some("  ".into()),
            ..Default::default()
        };
        p.validate().unwrap();
        p.apply(&mut c);
        assert_eq!(
            (c.mood, c.craving, c.note, c.hungry),
            (Some(5), Some(2), None, true)
        );
    }

    #[test]
    fn patch_validation_names_the_field() {
        let p = CheckinPatch {
            ratings: [None, None, Some(0), None, None],
            ..Default::default()
        };
        assert_eq!(p.validate().unwrap_err().field, "emotional");
        let p = CheckinPatch {
            sleep_hours: Some(25.0),
            ..Default::default()
        };
        assert_eq!(p.validate().unwrap_err().field, "sleep");
        let p = CheckinPatch {
            craving: Some(0),
            ..Default::default()
        };
        assert!(p.validate().is_ok());
    }

    #[test]
    fn plan_sections_parse_with_either_separator() {
        assert_eq!(
            PlanSection::parse("warning_signs").unwrap(),
            PlanSection::WarningSigns
        );
        assert_eq!(
            PlanSection::parse("If I slip").unwrap(),
            PlanSection::IfISlip
        );
        assert!(
            PlanSection::parse("wishes")
                .unwrap_err()
                .reason
                .contains("safe-space")
        );
    }

    #[test]
    fn only_hard_days_leave_runs_alone() {
        assert!(SetbackKind::Slip.ends_run());
        assert!(!SetbackKind::HardDay.ends_run());
        assert_eq!(GoalStatus::parse("let go").unwrap(), GoalStatus::LetGo);
    }
}

/// A journal entry as written or edited, before the store gives it an id.
#[derive(Debug, Clone, PartialEq)]
pub struct JournalDraft {
    pub at: chrono::DateTime<chrono::FixedOffset>,
    pub title: Option<String>,
    pub body: String,
    pub mood: Option<u8>,
    pub domain: Option<LifeDomain>,
    pub tags: Vec<String>,
}

impl JournalDraft {
    /// Trims and checks the draft: the body must hold words; tags are normalised, and
    /// the `#tags` written in the title and text join them (`domain::tags`).
    pub fn validated(mut self) -> Result<Self, Invalid> {
        if self.body.trim().is_empty() {
            return Err(Invalid::new("text", t!("invalid-entry-empty")));
        }
        super::check_bytes("text", &self.body)?;
        self.body = self.body.trim_end().to_string();
        self.title = self.title.as_deref().and_then(super::optional_text);
        if let Some(t) = &self.title {
            super::check_chars("title", t, super::MAX_NAME_CHARS)?;
        }
        if let Some(m) = self.mood {
            check_range("mood", m.into(), 1, 10)?;
        }
        let given = self
            .tags
            .iter()
            .map(|t| super::normalize_tag(t))
            .collect::<Result<Vec<_>, _>>()?;
        // The tags written inline in the title and text are the entry's too; one of
        // each, whatever its case (the first spelling given stays).
        let title = self.title.as_deref().unwrap_or_default();
        let tags = super::tags::merged(given, &[title, &self.body]);
        self.tags = tags;
        Ok(self)
    }
}

/// A journal entry found by full-text search, with the matching words marked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JournalHit {
    #[serde(flatten)]
    pub entry: JournalEntry,
    pub snippet: Snippet,
}

/// A few words of text in runs, each run marked when it matches the words searched
/// for. Written out (and in JSON) with each match in [brackets].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snippet(pub Vec<(String, bool)>);

impl Snippet {
    /// The text with each match in [brackets].
    pub fn bracketed(&self) -> String {
        self.0
            .iter()
            .map(|(run, hit)| {
                if *hit {
                    format!("[{run}]")
                } else {
                    run.clone()
                }
            })
            .collect()
    }

    /// The text as it is, unmarked.
    pub fn plain(&self) -> String {
        self.0.iter().map(|(run, _)| run.as_str()).collect()
    }
}

impl Serialize for Snippet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.bracketed())
    }
}

/// A new goal as the person describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalDraft {
    pub title: String,
    pub domain: LifeDomain,
    pub why: Option<String>,
    pub kind: GoalKind,
    pub per_week: Option<u8>,
    pub target_date: Option<NaiveDate>,
    pub steps: Vec<String>,
}

impl GoalDraft {
    pub fn validated(mut self) -> Result<Self, Invalid> {
        self.title = super::required_text("title", &self.title)?;
        self.why = self.why.as_deref().and_then(super::optional_text);
        match self.kind {
            GoalKind::Habit => {
                let n = self.per_week.ok_or_else(|| {
                    Invalid::new("per-week", "a habit needs how many times a week (1 to 7)")
                })?;
                check_range("per-week", n.into(), 1, 7)?;
                if !self.steps.is_empty() {
                    return Err(Invalid::new(
                        "step",
                        "steps belong to milestone goals, not habits",
                    ));
                }
            }
            GoalKind::Milestone => {
                if self.per_week.is_some() {
                    return Err(Invalid::new(
                        "per-week",
                        "times a week belong to habits, not milestone goals",
                    ));
                }
                self.steps = self
                    .steps
                    .iter()
                    .map(|s| super::required_text("step", s))
                    .collect::<Result<_, _>>()?;
            }
        }
        Ok(self)
    }
}

/// How a habit goal is going this week, or a milestone goal overall.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalProgress {
    /// Habit: days logged this week (Monday to Sunday). Milestone: steps done.
    pub done: u32,
    /// Habit: times a week. Milestone: steps in all.
    pub target: u32,
}

impl Goal {
    /// Progress from this goal's logs (dates only are needed) as of `today`.
    pub fn progress(&self, log_dates: &[NaiveDate], today: NaiveDate) -> GoalProgress {
        match self.kind {
            GoalKind::Habit => {
                let start = super::time::week_start(today);
                let mut days: Vec<NaiveDate> = log_dates
                    .iter()
                    .copied()
                    .filter(|d| *d >= start && *d <= today)
                    .collect();
                days.sort();
                days.dedup();
                GoalProgress {
                    done: days.len() as u32,
                    target: self.per_week.unwrap_or(1).into(),
                }
            }
            GoalKind::Milestone => GoalProgress {
                done: self.steps.iter().filter(|s| s.done_on.is_some()).count() as u32,
                target: self.steps.len() as u32,
            },
        }
    }
}

/// A trigger as the person names it.
#[derive(Debug, Clone, PartialEq)]
pub struct TriggerDraft {
    pub name: String,
    pub category: TriggerCategory,
    pub origin: TriggerOrigin,
    pub notes: Option<String>,
    pub coping_ids: Vec<i64>,
}

/// One encounter with a trigger or an urge, as logged.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDraft {
    pub at: chrono::DateTime<chrono::FixedOffset>,
    pub trigger_id: Option<i64>,
    pub urge_before: u8,
    pub urge_after: Option<u8>,
    pub coping_id: Option<i64>,
    pub outcome: Outcome,
    pub note: Option<String>,
}

impl EventDraft {
    pub fn validate(&self) -> Result<(), Invalid> {
        check_range("before", self.urge_before.into(), 0, 10)?;
        if let Some(a) = self.urge_after {
            check_range("after", a.into(), 0, 10)?;
        }
        Ok(())
    }
}

/// A setback as the person writes it up.
#[derive(Debug, Clone, PartialEq)]
pub struct SetbackDraft {
    pub date: NaiveDate,
    pub commitment_id: Option<i64>,
    pub kind: SetbackKind,
    pub what_happened: Option<String>,
    pub warning_signs: Option<String>,
    pub what_helped: Option<String>,
    pub learned: Option<String>,
    pub next_time: Option<String>,
    pub reached_out: Option<String>,
    pub trigger_ids: Vec<i64>,
}

impl SetbackDraft {
    /// The growth entry a check-in's "I had a setback" mark makes: a slip on that day,
    /// its reflection still to write.
    pub fn ticked(date: NaiveDate, commitment_id: Option<i64>) -> SetbackDraft {
        SetbackDraft {
            date,
            commitment_id,
            kind: SetbackKind::Slip,
            what_happened: None,
            warning_signs: None,
            what_helped: None,
            learned: None,
            next_time: None,
            reached_out: None,
            trigger_ids: Vec::new(),
        }
    }
}

/// Every kind of record a person can correct or delete, with the words the confirmation
/// and the undo message use for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordKind {
    Checkin,
    Journal,
    Goal,
    GoalMark,
    Coping,
    Trigger,
    Encounter,
    PlanItem,
    Growth,
    Commitment,
    SelfCheck,
    Person,
    Meeting,
    Connection,
    Use,
    Tracker,
    Medication,
    Dose,
}

impl RecordKind {
    /// The record's kind as JSON names it (`"deleted": "journal entry"`): the same in
    /// every language.
    pub fn name(self) -> &'static str {
        match self {
            RecordKind::Checkin => "check-in",
            RecordKind::Journal => "journal entry",
            RecordKind::Goal => "goal",
            RecordKind::GoalMark => "progress mark",
            RecordKind::Coping => "coping strategy",
            RecordKind::Trigger => "trigger",
            RecordKind::Encounter => "encounter",
            RecordKind::PlanItem => "plan item",
            RecordKind::Growth => "growth entry",
            RecordKind::Commitment => "commitment",
            RecordKind::SelfCheck => "self-check result",
            RecordKind::Person => "person",
            RecordKind::Meeting => "meeting",
            RecordKind::Connection => "connection",
            RecordKind::Use => "use",
            RecordKind::Tracker => "tracker",
            RecordKind::Medication => "medication",
            RecordKind::Dose => "dose",
        }
    }

    /// What the record is called in a sentence ("Delete the trigger …?").
    pub fn noun(self) -> String {
        match self {
            RecordKind::Checkin => t!("record-noun-checkin"),
            RecordKind::Journal => t!("record-noun-journal"),
            RecordKind::Goal => t!("record-noun-goal"),
            RecordKind::GoalMark => t!("record-noun-goal-mark"),
            RecordKind::Coping => t!("record-noun-coping"),
            RecordKind::Trigger => t!("record-noun-trigger"),
            RecordKind::Encounter => t!("record-noun-encounter"),
            RecordKind::PlanItem => t!("record-noun-plan-item"),
            RecordKind::Growth => t!("record-noun-growth"),
            RecordKind::Commitment => t!("record-noun-commitment"),
            RecordKind::SelfCheck => t!("record-noun-self-check"),
            RecordKind::Person => t!("record-noun-person"),
            RecordKind::Meeting => t!("record-noun-meeting"),
            RecordKind::Connection => t!("record-noun-connection"),
            RecordKind::Use => t!("record-noun-use"),
            RecordKind::Tracker => t!("record-noun-tracker"),
            RecordKind::Medication => t!("record-noun-medication"),
            RecordKind::Dose => t!("record-noun-dose"),
        }
    }

    /// The command that lists records of this kind, for "not found" messages.
    pub fn list_command(self) -> &'static str {
        match self {
            RecordKind::Checkin => "checkin list",
            RecordKind::Journal => "journal list",
            RecordKind::Goal => "goal list",
            RecordKind::GoalMark => "goal show ID",
            RecordKind::Coping => "coping list",
            RecordKind::Trigger => "trigger list",
            RecordKind::Encounter => "trigger encounters",
            RecordKind::PlanItem => "plan show",
            RecordKind::Growth => "growth list",
            RecordKind::Commitment => "commitment list",
            RecordKind::SelfCheck => "self-check list",
            RecordKind::Person => "person list",
            RecordKind::Meeting => "meeting list",
            RecordKind::Connection => "connect list",
            RecordKind::Use => "use list",
            RecordKind::Tracker => "tracker list",
            RecordKind::Medication => "med list",
            RecordKind::Dose => "med dose list",
        }
    }
}
