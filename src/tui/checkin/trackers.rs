//! The person's own trackers in the check-in form, after its built-in fields, in their
//! order: one row each (a yes or no, a rating on its scale, a number, a time) and, under
//! a tracker that asks it, whether they acted on it. The answers are saved in the
//! check-in's own write; a safety tracker's answer at or above its threshold opens the
//! crisis view once saved.

use crate::domain::Invalid;
use crate::domain::trackers::{Tracker, TrackerKind, TrackerValue};
use crate::tui::fields::Typed;
use crate::tui::keymap::Row;
use chrono::NaiveDate;

/// One tracker's answer for the form's day, as it is being given.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub tracker: Tracker,
    /// A yes or no (1 or 0) or a rating; a number or a time is read from `typed`.
    pub value: Option<f64>,
    /// What is typed for a number or a time.
    pub typed: Typed,
    /// Whether the person acted on it, for a tracker that asks.
    pub acted_on: Option<bool>,
}

/// A row of the trackers' part of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The tracker's answer (its index among the answers).
    Answer(usize),
    /// Whether they acted on it.
    Acted(usize),
}

/// The check-in form's trackers on `day`, with that day's answers, from what the
/// screens hold (`values`: the day's own, when it is older than the year held there).
pub fn answers_on(
    data: &crate::tui::shared::Data,
    day: NaiveDate,
    values: Option<&[TrackerValue]>,
) -> Vec<Answer> {
    answers(&data.trackers, values.unwrap_or(&data.tracker_values), day)
}

/// The answers the form asks on `day`: the trackers not archived by then, in the
/// person's order, each with that day's answer in `values` if it has one.
pub fn answers(trackers: &[Tracker], values: &[TrackerValue], day: NaiveDate) -> Vec<Answer> {
    trackers
        .iter()
        .filter(|t| t.archived_on.is_none_or(|a| day < a))
        .map(|t| {
            let v = values
                .iter()
                .find(|v| v.tracker_id == t.id && v.date == day);
            let value = v.map(|v| v.value);
            let typed = match (t.kind, value) {
                (TrackerKind::Number, Some(x)) => {
                    Typed::new(crate::domain::trackers::show_number(x))
                }
                (TrackerKind::Time, Some(x)) => Typed::new(t.show(x)),
                _ => Typed::default(),
            };
            Answer {
                tracker: t.clone(),
                value,
                typed,
                acted_on: v.and_then(|v| v.acted_on),
            }
        })
        .collect()
}

/// The rows of `answers`, in order: each answer, then its "acted on" row if it asks.
pub fn places(answers: &[Answer]) -> Vec<Place> {
    let mut out = Vec::new();
    for (i, a) in answers.iter().enumerate() {
        out.push(Place::Answer(i));
        if a.tracker.acted_on {
            out.push(Place::Acted(i));
        }
    }
    out
}

/// Yes, no, not set, round.
fn cycle(v: Option<bool>) -> Option<bool> {
    match v {
        None => Some(true),
        Some(true) => Some(false),
        Some(false) => None,
    }
}

impl Answer {
    fn typed_kind(&self) -> bool {
        matches!(self.tracker.kind, TrackerKind::Number | TrackerKind::Time)
    }

    /// The kind of row, for its keys: a rating is a slider, a yes or no a mark, a
    /// number or a time a text.
    pub fn row(&self, place: Place) -> Row {
        match (place, self.tracker.kind) {
            (Place::Acted(_), _) | (_, TrackerKind::YesNo) => Row::Setback,
            (_, TrackerKind::Rating) => Row::Slider,
            _ => Row::Text,
        }
    }

    /// ←→: a rating moves by one (a first touch starts at the bottom of its scale);
    /// in a number or a time the cursor moves. Returns whether the answer changed.
    pub fn nudge(&mut self, place: Place, up: bool) -> bool {
        if matches!(place, Place::Acted(_)) {
            return false;
        }
        match self.tracker.kind {
            TrackerKind::Rating => {
                let (lo, hi) = self.tracker.scale();
                let (lo, hi) = (lo as f64, hi as f64);
                self.value = Some(match self.value {
                    None => lo,
                    Some(v) if up => (v + 1.0).min(hi),
                    Some(v) => (v - 1.0).max(lo),
                });
                true
            }
            TrackerKind::Number | TrackerKind::Time => {
                let e = if up {
                    crate::tui::action::TextEdit::Right
                } else {
                    crate::tui::action::TextEdit::Left
                };
                self.typed.edit(e);
                false
            }
            TrackerKind::YesNo => false,
        }
    }

    /// Space: a yes or no, or whether they acted on it, goes yes, no, not set.
    pub fn toggle(&mut self, place: Place) -> bool {
        match place {
            Place::Acted(_) => self.acted_on = cycle(self.acted_on),
            Place::Answer(_) if self.tracker.kind == TrackerKind::YesNo => {
                self.value = cycle(self.value.map(|v| v >= 1.0)).map(f64::from);
            }
            Place::Answer(_) => return false,
        }
        true
    }

    /// A digit on a rating sets it when it lies on the scale; right after another one
    /// it joins it while that stays on the scale (1 then 0 is 10).
    pub fn digit(&mut self, d: u8, joining: bool) -> bool {
        if self.tracker.kind != TrackerKind::Rating {
            return false;
        }
        let (lo, hi) = self.tracker.scale();
        let d = i64::from(d);
        let joined = self
            .value
            .filter(|_| joining)
            .map(|v| v as i64 * 10 + d)
            .filter(|v| (lo..=hi).contains(v));
        let Some(v) = joined.or(Some(d).filter(|v| (lo..=hi).contains(v))) else {
            return false;
        };
        self.value = Some(v as f64);
        true
    }

    /// The text typed for a number or a time, when that is the row.
    pub fn text(&mut self) -> Option<&mut Typed> {
        self.typed_kind().then_some(&mut self.typed)
    }

    /// The answer to save: a number or a time read from what was typed (a refusal
    /// names the tracker), else the value set; `None` when not given.
    pub fn read(&self) -> Result<Option<f64>, Invalid> {
        if !self.typed_kind() {
            return Ok(self.value);
        }
        let t = self.typed.value.trim();
        if t.is_empty() {
            return Ok(None);
        }
        self.tracker.parse_value(t).map(Some)
    }

    /// The answer as the row shows it ("not set" while none).
    pub fn shown(&self, place: Place, focused: bool) -> String {
        let not_set = || t!("tui-checkin-not-set");
        match place {
            Place::Acted(_) => match self.acted_on {
                None => not_set(),
                Some(true) => t!("record-tracker-yes"),
                Some(false) => t!("record-tracker-no"),
            },
            Place::Answer(_) if self.typed_kind() => {
                if focused {
                    let (before, after) = self.typed.split();
                    format!("{before}▏{after}")
                } else if self.typed.value.is_empty() {
                    not_set()
                } else {
                    self.typed.value.clone()
                }
            }
            Place::Answer(_) => match (self.tracker.kind, self.value) {
                (_, None) => not_set(),
                (TrackerKind::Rating, Some(v)) => {
                    let (lo, hi) = self.tracker.scale();
                    rating_bar(v, lo, hi)
                }
                (_, Some(v)) => self.tracker.show(v),
            },
        }
    }

    /// What a rating's ends mean ("0 none · 5 extreme"), or a number's unit, or how a
    /// time is written.
    pub fn ends(&self) -> Option<String> {
        let t = &self.tracker;
        match t.kind {
            TrackerKind::Rating if t.low_label.is_some() || t.high_label.is_some() => {
                let (lo, hi) = t.scale();
                let low = t.low_label.clone().unwrap_or_default();
                let high = t.high_label.clone().unwrap_or_default();
                Some(t!(
                    "tui-checkin-tracker-ends",
                    low = lo,
                    low_words = low,
                    high = hi,
                    high_words = high
                ))
            }
            TrackerKind::Rating | TrackerKind::Number | TrackerKind::Time => Some(t.allowed()),
            TrackerKind::YesNo => None,
        }
    }
}

/// A rating as a bar on its scale, with its number: "■■■···  2". A wide scale is drawn
/// in at most ten cells.
fn rating_bar(v: f64, lo: i64, hi: i64) -> String {
    let span = (hi - lo).max(1) as f64;
    let cells = ((hi - lo + 1) as usize).min(11);
    let filled = (((v - lo as f64) / span) * (cells - 1) as f64).round() as usize + 1;
    let filled = filled.min(cells);
    format!(
        "{}{}  {}",
        "■".repeat(filled),
        "·".repeat(cells - filled),
        crate::domain::trackers::show_number(v)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::trackers::TrackerPreset;

    fn tracker(draft: crate::domain::trackers::TrackerDraft) -> Tracker {
        Tracker::of_draft(draft)
    }

    fn answer(t: Tracker) -> Answer {
        let day = "2026-11-23".parse().unwrap();
        answers(&[t], &[], day).remove(0)
    }

    #[test]
    fn a_rating_stays_on_its_scale_and_digits_join() {
        let mut a = answer(tracker(TrackerPreset::SelfHarmUrge.draft()));
        assert!(a.nudge(Place::Answer(0), true));
        assert_eq!(a.value, Some(0.0), "a first touch starts at the bottom");
        assert!(!a.digit(7, false), "7 is off a 0–5 scale");
        assert!(a.digit(5, false));
        assert!(a.nudge(Place::Answer(0), true));
        assert_eq!(a.value, Some(5.0));
        assert!(a.digit(3, true), "53 is off the scale: 3 starts again");
        assert_eq!(a.value, Some(3.0));
        assert_eq!(places(&[a.clone()]), [Place::Answer(0), Place::Acted(0)]);
        assert!(a.toggle(Place::Acted(0)));
        assert_eq!(a.acted_on, Some(true));
    }

    #[test]
    fn a_number_is_typed_and_read_with_its_refusal() {
        let mut a = answer(tracker(TrackerPreset::Exercise.draft()));
        assert_eq!(a.row(Place::Answer(0)), Row::Text);
        for c in "3x".chars() {
            a.text().unwrap().insert(c);
        }
        assert!(a.read().is_err(), "3x is no number");
        a.text().unwrap().erase();
        a.text().unwrap().insert('0');
        assert_eq!(a.read().unwrap(), Some(30.0));
        let mut yes = answer(tracker(TrackerPreset::SkillsUsed.draft()));
        assert!(yes.toggle(Place::Answer(0)));
        assert!(yes.toggle(Place::Answer(0)));
        assert_eq!(yes.read().unwrap(), Some(0.0), "yes, then no");
        yes.toggle(Place::Answer(0));
        assert_eq!(yes.read().unwrap(), None, "then not set");
    }
}
