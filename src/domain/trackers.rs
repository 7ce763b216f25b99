//! The person's own daily trackers: what they chose to answer each day beside the
//! check-in (a yes or no, a rating on their scale, a number with its unit, a time), the
//! one-key presets from the DBT diary card and daily practice, typed answers checked
//! against their tracker, and the safety rule: an answer at or above a safety tracker's
//! threshold brings the crisis lines, wherever it is entered.

use super::{Invalid, check_chars, named_enum, optional_text, required_text};
use chrono::NaiveDate;
use serde::Serialize;

named_enum!(
    /// What a tracker's answer is.
    TrackerKind, "kind" {
        YesNo => "yes-no",
        Rating => "rating",
        Number => "number",
        Time => "time",
    }
);

named_enum!(
    /// The trackers made with one key: the DBT diary card's urges and skills, and two
    /// daily practices.
    TrackerPreset, "preset" {
        SelfHarmUrge => "self-harm-urge",
        UrgeToUse => "urge-to-use",
        SkillsUsed => "skills-used",
        Exercise => "exercise",
        PrayerMeditation => "prayer-meditation",
    }
);

/// The widest scale a rating may have, and the most a number may be.
pub const SCALE_MAX: i64 = 100;
pub const NUMBER_MAX: f64 = 1_000_000.0;
/// The most a unit's name may hold.
const UNIT_CHARS: usize = 20;

/// A tracker the person defined.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tracker {
    pub id: i64,
    pub name: String,
    pub kind: TrackerKind,
    /// A rating's scale (both set for a rating, none otherwise).
    pub scale_min: Option<i64>,
    pub scale_max: Option<i64>,
    /// The words at a rating's two ends ("none", "extreme").
    pub low_label: Option<String>,
    pub high_label: Option<String>,
    /// A number's unit ("minutes").
    pub unit: Option<String>,
    /// Its place among the trackers, in the check-in after the built-in fields.
    pub position: i64,
    /// The counselor summary's diary card shows it.
    pub shared: bool,
    /// An answer at or above `threshold` brings the crisis lines.
    pub safety: bool,
    /// The safety threshold as the person set it (none: `safety_at` gives the default).
    pub threshold: Option<f64>,
    /// Each answer also asks whether the person acted on it.
    pub acted_on: bool,
    /// Put away on this day: not asked any more, its answers kept.
    pub archived_on: Option<NaiveDate>,
    pub preset: Option<TrackerPreset>,
    pub created_at: String,
    pub updated_at: String,
    pub revision: i64,
}

/// What a person sets on a tracker, for adding one or changing it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrackerDraft {
    pub name: String,
    pub kind: Option<TrackerKind>,
    pub scale_min: Option<i64>,
    pub scale_max: Option<i64>,
    pub low_label: Option<String>,
    pub high_label: Option<String>,
    pub unit: Option<String>,
    pub shared: bool,
    pub safety: bool,
    pub threshold: Option<f64>,
    pub acted_on: bool,
    pub preset: Option<TrackerPreset>,
}

/// One day's answer of one tracker.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrackerValue {
    pub id: i64,
    pub tracker_id: i64,
    pub date: NaiveDate,
    /// 1 or 0 for yes or no, minutes after midnight for a time.
    pub value: f64,
    /// Whether the person acted on it, when the tracker asks.
    pub acted_on: Option<bool>,
    pub created_at: String,
    pub updated_at: String,
}

/// A safety tracker's answer at or above its threshold, for the summary's first page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SafetyAnswer {
    pub date: NaiveDate,
    pub tracker_id: i64,
    pub name: String,
    pub value: f64,
    /// The answer as the person reads it ("5 of 0–5").
    pub shown: String,
}

impl TrackerPreset {
    /// The tracker this preset makes, named in the person's language.
    pub fn draft(self) -> TrackerDraft {
        use TrackerKind::*;
        let (kind, scale, unit, safety, acted_on, shared) = match self {
            TrackerPreset::SelfHarmUrge => (Rating, Some((0, 5)), None, true, true, true),
            TrackerPreset::UrgeToUse => (Rating, Some((0, 5)), None, false, true, true),
            TrackerPreset::SkillsUsed => (YesNo, None, None, false, false, true),
            TrackerPreset::Exercise => (
                Number,
                None,
                Some(t!("record-tracker-minutes")),
                false,
                false,
                false,
            ),
            TrackerPreset::PrayerMeditation => (YesNo, None, None, false, false, false),
        };
        let rating = scale.is_some();
        TrackerDraft {
            name: self.label(),
            kind: Some(kind),
            scale_min: scale.map(|s| s.0),
            scale_max: scale.map(|s| s.1),
            low_label: rating.then(|| t!("record-tracker-low")),
            high_label: rating.then(|| t!("record-tracker-high")),
            unit,
            shared,
            safety,
            threshold: None,
            acted_on,
            preset: Some(self),
        }
    }
}

impl TrackerDraft {
    /// A blank tracker of `kind` called `name` (a rating runs 0 to 10 until set).
    pub fn named(name: &str, kind: TrackerKind) -> TrackerDraft {
        TrackerDraft {
            name: name.to_string(),
            kind: Some(kind),
            ..TrackerDraft::default()
        }
    }

    /// The draft checked and made whole: a rating has its scale (0 to 10 unless set),
    /// only a rating has a scale and named ends, only a number a unit, a threshold lies
    /// on its tracker's answers, and a safety number has one.
    pub fn validated(mut self) -> Result<TrackerDraft, Invalid> {
        self.name = required_text("name", &self.name)?;
        check_chars("name", &self.name, 80)?;
        let kind = self
            .kind
            .ok_or_else(|| Invalid::new("kind", t!("invalid-tracker-kind")))?;
        for (field, text) in [("low", &mut self.low_label), ("high", &mut self.high_label)] {
            *text = text.as_deref().and_then(optional_text);
            if let Some(t) = text.as_deref() {
                check_chars(field, t, 40)?;
            }
        }
        self.unit = self.unit.as_deref().and_then(optional_text);
        if kind == TrackerKind::Rating {
            let lo = self.scale_min.unwrap_or(0);
            let hi = self.scale_max.unwrap_or(10);
            if lo < 0 || hi > SCALE_MAX || lo >= hi {
                return Err(Invalid::new(
                    "scale",
                    t!("invalid-tracker-scale", lo = lo, hi = hi, most = SCALE_MAX),
                ));
            }
            (self.scale_min, self.scale_max) = (Some(lo), Some(hi));
        } else if self.scale_min.is_some() || self.scale_max.is_some() {
            return Err(only("scale", kind));
        } else if self.low_label.is_some() || self.high_label.is_some() {
            return Err(only("low", kind));
        }
        match (kind, self.unit.as_deref()) {
            (TrackerKind::Number, Some(u)) => check_chars("unit", u, UNIT_CHARS)?,
            (_, Some(_)) => return Err(Invalid::new("unit", t!("invalid-tracker-unit"))),
            _ => {}
        }
        self.check_safety(kind)?;
        Ok(self)
    }

    fn check_safety(&mut self, kind: TrackerKind) -> Result<(), Invalid> {
        if !self.safety {
            self.threshold = None;
            return Ok(());
        }
        let Some(at) = self.threshold else {
            return match kind {
                TrackerKind::Number => Err(Invalid::new(
                    "threshold",
                    t!("invalid-tracker-threshold-needed"),
                )),
                TrackerKind::Time => Err(Invalid::new("safety", t!("invalid-tracker-safety-time"))),
                _ => Ok(()),
            };
        };
        let (lo, hi) = match kind {
            TrackerKind::Rating => (
                self.scale_min.unwrap_or(0) as f64,
                self.scale_max.unwrap_or(10) as f64,
            ),
            TrackerKind::YesNo if at == 1.0 => return Ok(()),
            TrackerKind::YesNo => {
                return Err(Invalid::new(
                    "threshold",
                    t!("invalid-tracker-threshold-yes-no"),
                ));
            }
            TrackerKind::Number => (0.0, NUMBER_MAX),
            TrackerKind::Time => {
                return Err(Invalid::new("safety", t!("invalid-tracker-safety-time")));
            }
        };
        if !at.is_finite()
            || at < lo
            || at > hi
            || (kind == TrackerKind::Rating && at.fract() != 0.0)
        {
            return Err(Invalid::new(
                "threshold",
                t!("invalid-tracker-threshold", lo = lo, hi = hi, value = at),
            ));
        }
        Ok(())
    }
}

fn only(field: &str, kind: TrackerKind) -> Invalid {
    Invalid::new(
        field,
        t!("invalid-tracker-rating-only", kind = kind.label()),
    )
}

impl Tracker {
    /// A tracker as the store would make it of `draft` (checked), for tests.
    #[cfg(test)]
    pub(crate) fn of_draft(draft: TrackerDraft) -> Tracker {
        let d = draft.validated().unwrap();
        Tracker {
            id: 1,
            name: d.name,
            kind: d.kind.unwrap(),
            scale_min: d.scale_min,
            scale_max: d.scale_max,
            low_label: d.low_label,
            high_label: d.high_label,
            unit: d.unit,
            position: 0,
            shared: d.shared,
            safety: d.safety,
            threshold: d.threshold,
            acted_on: d.acted_on,
            archived_on: None,
            preset: d.preset,
            created_at: String::new(),
            updated_at: String::new(),
            revision: 1,
        }
    }

    /// The tracker as a draft, to change some of it.
    pub fn draft(&self) -> TrackerDraft {
        TrackerDraft {
            name: self.name.clone(),
            kind: Some(self.kind),
            scale_min: self.scale_min,
            scale_max: self.scale_max,
            low_label: self.low_label.clone(),
            high_label: self.high_label.clone(),
            unit: self.unit.clone(),
            shared: self.shared,
            safety: self.safety,
            threshold: self.threshold,
            acted_on: self.acted_on,
            preset: self.preset,
        }
    }

    /// A rating's scale (0 to 10 when a newer tend's row left it out).
    pub fn scale(&self) -> (i64, i64) {
        (self.scale_min.unwrap_or(0), self.scale_max.unwrap_or(10))
    }

    /// Where a safety tracker's answers start to bring the crisis lines: the person's
    /// threshold, else the top of the scale (yes, for a yes or no). None: not a safety
    /// tracker, or one that can't say (a number without a threshold, a time).
    pub fn safety_at(&self) -> Option<f64> {
        if !self.safety {
            return None;
        }
        match (self.threshold, self.kind) {
            (Some(t), _) => Some(t),
            (None, TrackerKind::Rating) => Some(self.scale().1 as f64),
            (None, TrackerKind::YesNo) => Some(1.0),
            _ => None,
        }
    }

    /// The safety rule: this answer is at or above the tracker's safety threshold.
    pub fn is_safety_answer(&self, value: f64) -> bool {
        self.safety_at().is_some_and(|at| value >= at)
    }

    /// What may be typed for this tracker, for refusals and hints ("0 to 5", "yes or no").
    pub fn allowed(&self) -> String {
        match self.kind {
            TrackerKind::YesNo => t!("record-tracker-allowed-yes-no"),
            TrackerKind::Rating => {
                let (lo, hi) = self.scale();
                t!("record-tracker-allowed-rating", lo = lo, hi = hi)
            }
            TrackerKind::Number => match self.unit.as_deref() {
                Some(unit) => t!("record-tracker-allowed-number-unit", unit = unit),
                None => t!("record-tracker-allowed-number"),
            },
            TrackerKind::Time => t!("record-tracker-allowed-time"),
        }
    }

    /// Reads a typed answer: yes or no (y, n, 1, 0, or the catalog's words), a whole
    /// number on the scale, a number of 0 or more (its unit may follow), a time HH:MM.
    /// A refusal names the tracker and says what it takes.
    pub fn parse_value(&self, text: &str) -> Result<f64, Invalid> {
        let t = text.trim();
        let refuse = || {
            Invalid::new(
                self.name.clone(),
                t!("invalid-tracker-value", value = t, allowed = self.allowed()),
            )
        };
        match self.kind {
            TrackerKind::YesNo => yes_no(t).map(f64::from).ok_or_else(refuse),
            TrackerKind::Rating => {
                let (lo, hi) = self.scale();
                t.parse::<i64>()
                    .ok()
                    .filter(|n| (lo..=hi).contains(n))
                    .map(|n| n as f64)
                    .ok_or_else(refuse)
            }
            TrackerKind::Number => {
                let unit = self.unit.as_deref().unwrap_or_default();
                // Either decimal mark: 7.5, or 7,5 as Spain writes it.
                let number = t.strip_suffix(unit).unwrap_or(t).trim().replace(',', ".");
                number
                    .parse::<f64>()
                    .ok()
                    .filter(|n| n.is_finite() && (0.0..=NUMBER_MAX).contains(n))
                    .map(|n| (n * 100.0).round() / 100.0)
                    .ok_or_else(refuse)
            }
            TrackerKind::Time => parse_minutes(t).map(f64::from).ok_or_else(refuse),
        }
    }

    /// Refuses a stored answer this tracker could not have been given (a data file's,
    /// a segment's): the same rule as a typed one.
    pub fn check_value(&self, value: f64) -> Result<(), Invalid> {
        let shown = show_number(value);
        let ok = value.is_finite()
            && value >= 0.0
            && match self.kind {
                TrackerKind::YesNo => value == 0.0 || value == 1.0,
                TrackerKind::Rating => {
                    let (lo, hi) = self.scale();
                    value.fract() == 0.0 && value >= lo as f64 && value <= hi as f64
                }
                TrackerKind::Number => value <= NUMBER_MAX,
                TrackerKind::Time => value.fract() == 0.0 && value < 1440.0,
            };
        if ok {
            Ok(())
        } else {
            Err(Invalid::new(
                self.name.clone(),
                t!(
                    "invalid-tracker-value",
                    value = shown,
                    allowed = self.allowed()
                ),
            ))
        }
    }

    /// An answer as the person reads it: yes or no, "4", "30 minutes", "07:30".
    pub fn show(&self, value: f64) -> String {
        match self.kind {
            TrackerKind::YesNo if value >= 1.0 => t!("record-tracker-yes"),
            TrackerKind::YesNo => t!("record-tracker-no"),
            TrackerKind::Rating => show_number(value),
            TrackerKind::Number => match self.unit.as_deref() {
                Some(unit) => t!(
                    "record-tracker-with-unit",
                    number = show_number(value),
                    unit = unit
                ),
                None => show_number(value),
            },
            TrackerKind::Time => {
                let m = value.max(0.0) as u32;
                format!("{:02}:{:02}", m / 60 % 24, m % 60)
            }
        }
    }
}

/// A number without a needless ".0" (two decimals at most), with the decimal mark
/// of the language in effect (Spain: 7,5).
pub fn show_number(value: f64) -> String {
    crate::catalog::mark(&data_number(value))
}

/// A number as a data file writes it (CSV): like `show_number`, always with a point.
pub fn data_number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded}")
    }
}

/// Yes or no as typed: y, yes, true, 1; n, no, false, 0; or the catalog's words.
pub fn yes_no(text: &str) -> Option<bool> {
    let t = text.trim().to_lowercase();
    let said = |words: String| words.split(',').any(|w| w.trim().to_lowercase() == t);
    match t.as_str() {
        "y" | "yes" | "true" | "1" => Some(true),
        "n" | "no" | "false" | "0" => Some(false),
        _ if said(t!("record-tracker-yes-words")) => Some(true),
        _ if said(t!("record-tracker-no-words")) => Some(false),
        _ => None,
    }
}

/// A time of day HH:MM (or H:MM) as minutes after midnight.
pub fn parse_minutes(text: &str) -> Option<u16> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60 && text.trim().len() <= 5).then_some(h * 60 + m)
}

/// The trackers in the person's order, active before archived. Two devices that moved
/// trackers apart can leave two at one place: the name decides, on every device alike.
pub fn in_order(trackers: &mut [Tracker]) {
    trackers.sort_by_cached_key(|t| {
        (
            t.archived_on.is_some(),
            t.position,
            t.name.to_lowercase(),
            t.id,
        )
    });
}

#[cfg(test)]
mod tests;
