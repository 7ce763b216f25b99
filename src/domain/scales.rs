//! Self-check scales (PHQ-9, GAD-7, WHO-5, BARC-10, PACS): the published items and
//! answers, kept as data in `assets/scales/`, and their scoring and bands. Screening
//! aids, not diagnoses: nothing here reads more into a score than its published band.

use super::{Assessment, Invalid};
use chrono::{Duration, NaiveDate};
use serde::Deserialize;
use std::sync::OnceLock;

/// One line shown wherever a score is: what a self-check is and is not.
pub fn not_a_diagnosis() -> String {
    t!("scale-not-a-diagnosis")
}

const SOURCES: [&str; 5] = [
    include_str!("../../assets/scales/phq9.toml"),
    include_str!("../../assets/scales/gad7.toml"),
    include_str!("../../assets/scales/who5.toml"),
    include_str!("../../assets/scales/barc10.toml"),
    include_str!("../../assets/scales/pacs.toml"),
];

/// An answer's value and its published label.
pub type Answer = (u8, String);

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// The short name saved with each result, e.g. "PHQ-9".
    pub name: String,
    pub title: String,
    /// What it screens, in a word or two.
    pub about: String,
    /// After this many days Today may suggest taking it again.
    pub recall_days: i64,
    pub question: String,
    pub attribution: String,
    /// Answers shared by every item (items may carry their own).
    pub answers: Vec<Answer>,
    pub items: Vec<Item>,
    /// Ascending by `max`; the last one's `max` is the top of the range.
    pub bands: Vec<Band>,
    /// The raw sum is multiplied by this (WHO-5's percentage score).
    #[serde(default = "one")]
    pub multiplier: i64,
    /// Any item answered at or below this value gives the first band (WHO-5).
    #[serde(default)]
    pub low_item: Option<u8>,
    /// This item (1-based) answered above 0 needs the crisis plan at once (PHQ-9 item 9).
    #[serde(default)]
    pub crisis_item: Option<usize>,
}

fn one() -> i64 {
    1
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub text: String,
    #[serde(default)]
    pub answers: Option<Vec<Answer>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub max: i64,
    /// The band's name as results store it (always the English file's).
    pub label: String,
    #[serde(default)]
    pub note: Option<String>,
}

impl Band {
    /// The band's note in the language in effect (tend's words, from the catalog).
    pub fn note_text(&self) -> Option<String> {
        self.note.as_ref().map(|_| t!("scale-note-clinician"))
    }
}

/// A band's name as stored with a result ("moderately severe", the English file's), in
/// the language in effect: tend's words for the published bands, from the catalog. A
/// name no scale has is shown as stored.
pub fn band_text(stored: &str) -> String {
    let found = all().iter().find_map(|s| {
        let i = s.bands.iter().position(|b| b.label == stored)?;
        Some((s.name.as_str(), i))
    });
    match found {
        Some(("PHQ-9" | "GAD-7", 0)) => t!("scale-band-minimal"),
        Some(("PHQ-9" | "GAD-7", 1)) => t!("scale-band-mild"),
        Some(("PHQ-9" | "GAD-7", 2)) => t!("scale-band-moderate"),
        Some(("PHQ-9", 3)) => t!("scale-band-moderately-severe"),
        Some(("PHQ-9", 4) | ("GAD-7", 3)) => t!("scale-band-severe"),
        Some(("WHO-5", 0)) => t!("scale-band-poor-well-being"),
        Some(("WHO-5", 1)) => t!("scale-band-well-being"),
        Some(("BARC-10", 0)) => t!("scale-band-below-47"),
        Some(("BARC-10", 1)) => t!("scale-band-47-or-more"),
        Some(("PACS", 0)) => t!("scale-band-below-moderate-craving"),
        Some(("PACS", 1)) => t!("scale-band-moderate-craving"),
        Some(("PACS", 2)) => t!("scale-band-high-craving"),
        _ => stored.to_string(),
    }
}

/// Every scale, in the order they are offered.
pub fn all() -> &'static [Scale] {
    static SCALES: OnceLock<Vec<Scale>> = OnceLock::new();
    SCALES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|s| toml::from_str(s).expect("assets/scales are checked by tests"))
            .collect()
    })
}

/// Finds a scale by name, ignoring case and dashes: "phq9", "PHQ-9", "barc10".
pub fn find(name: &str) -> Result<&'static Scale, Invalid> {
    let key = |s: &str| s.to_lowercase().replace(['-', ' ', '_'], "");
    all()
        .iter()
        .find(|s| key(&s.name) == key(name))
        .ok_or_else(|| {
            let names: Vec<&str> = all().iter().map(|s| s.name.as_str()).collect();
            Invalid::new(
                "scale",
                t!(
                    "invalid-scale",
                    name = format!("{name:?}"),
                    choices = names.join(", ")
                ),
            )
        })
}

impl Scale {
    /// The scale as shown in the language in effect: its published version for that
    /// language and region when tend has one, else the English as published.
    pub fn shown(&'static self) -> &'static Scale {
        versions::version(self, crate::catalog::language()).unwrap_or(self)
    }

    /// One line saying the scale is shown in English, when the language in effect is
    /// another and tend has no published version of it to show word for word.
    pub fn english_note(&'static self) -> Option<String> {
        let language = crate::catalog::language();
        versions::spanish(language)?;
        versions::version(self, language)
            .is_none()
            .then(|| t!("scale-shown-in-english"))
    }

    /// What it screens, in a word or two, in tend's words (the catalog's).
    pub fn about_text(&self) -> String {
        match self.name.as_str() {
            "PHQ-9" => t!("scale-about-phq9"),
            "GAD-7" => t!("scale-about-gad7"),
            "WHO-5" => t!("scale-about-who5"),
            "BARC-10" => t!("scale-about-barc10"),
            "PACS" => t!("scale-about-pacs"),
            _ => self.about.clone(),
        }
    }

    /// The answers offered for item `i` (0-based), in their published order.
    pub fn answers_for(&self, i: usize) -> &[Answer] {
        self.items[i].answers.as_deref().unwrap_or(&self.answers)
    }

    /// The lowest and highest possible scores.
    pub fn range(&self) -> (i64, i64) {
        let (mut lo, mut hi) = (0, 0);
        for i in 0..self.items.len() {
            let values = self.answers_for(i).iter().map(|a| a.0 as i64);
            lo += values.clone().min().unwrap_or(0);
            hi += values.max().unwrap_or(0);
        }
        (lo * self.multiplier, hi * self.multiplier)
    }

    /// Refuses a wrong number of answers or a value an item does not offer.
    pub fn check(&self, answers: &[u8]) -> Result<(), Invalid> {
        if answers.len() != self.items.len() {
            return Err(Invalid::new(
                "answers",
                t!(
                    "invalid-answer-count",
                    scale = self.name.as_str(),
                    items = self.items.len(),
                    count = answers.len()
                ),
            ));
        }
        for (i, a) in answers.iter().enumerate() {
            let offered = self.answers_for(i);
            if !offered.iter().any(|(v, _)| v == a) {
                let lo = offered.iter().map(|x| x.0).min().unwrap_or(0);
                let hi = offered.iter().map(|x| x.0).max().unwrap_or(0);
                return Err(Invalid::new(
                    "answers",
                    t!(
                        "invalid-answer",
                        scale = self.name.as_str(),
                        item = i + 1,
                        lo = lo,
                        hi = hi,
                        value = *a
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The score of checked answers: their sum times the multiplier.
    pub fn score(&self, answers: &[u8]) -> i64 {
        answers.iter().map(|a| *a as i64).sum::<i64>() * self.multiplier
    }

    /// The published band for checked answers.
    pub fn band(&self, answers: &[u8]) -> &Band {
        if let Some(low) = self.low_item
            && answers.iter().any(|a| *a <= low)
        {
            return &self.bands[0];
        }
        let score = self.score(answers);
        self.bands
            .iter()
            .find(|b| score <= b.max)
            .unwrap_or(self.bands.last().expect("every scale has bands"))
    }

    /// True when the crisis item was answered above 0.
    pub fn needs_crisis(&self, answers: &[u8]) -> bool {
        self.crisis_item
            .and_then(|i| answers.get(i - 1))
            .is_some_and(|a| *a > 0)
    }

    /// Whether `i` (0-based) is the crisis item.
    pub fn is_crisis_item(&self, i: usize) -> bool {
        self.crisis_item == Some(i + 1)
    }

    /// When to suggest it again after a result on `last`.
    pub fn due_after(&self, last: NaiveDate) -> NaiveDate {
        last + Duration::days(self.recall_days)
    }

    /// Checks answers and scores them, ready to save.
    pub fn result(&self, answers: &[u8]) -> Result<(i64, String), Invalid> {
        self.check(answers)?;
        Ok((self.score(answers), self.band(answers).label.clone()))
    }
}

/// Scales taken before whose recall window has passed by `today`, with the day of the
/// last result, most overdue first. Never a scale the person has not chosen to take.
pub fn due(history: &[Assessment], today: NaiveDate) -> Vec<(&'static Scale, NaiveDate)> {
    let mut out: Vec<(&Scale, NaiveDate)> = all()
        .iter()
        .filter_map(|s| {
            let last = history
                .iter()
                .filter(|a| a.instrument == s.name)
                .map(|a| a.date)
                .max()?;
            (s.due_after(last) <= today).then_some((s, last))
        })
        .collect();
    out.sort_by_key(|(s, last)| s.due_after(*last));
    out
}

/// "14 → 11 → 9 (down 5 since 12 Oct 2026)": the last few scores of one scale, oldest
/// first, and the change over them. Plain numbers; no judgement.
pub fn trend(history: &[&Assessment]) -> Option<String> {
    let last = history.iter().rev().take(6).rev().collect::<Vec<_>>();
    let (first, latest) = (last.first()?, last.last()?);
    let scores: Vec<String> = last.iter().map(|a| a.score.to_string()).collect();
    if last.len() < 2 {
        return Some(t!("scale-trend-first", date = since(first)));
    }
    let change = latest.score - first.score;
    Some(t!(
        "scale-trend",
        scores = scores.join(" → "),
        direction = match change {
            0 => "same",
            c if c > 0 => "up",
            _ => "down",
        },
        by = change.abs(),
        date = since(first)
    ))
}

/// The day a trend counts from, as a trend names it.
fn since(first: &Assessment) -> String {
    crate::catalog::date(first.date, crate::catalog::DateForm::DayMonShortYear)
}

/// "5 of 27": a result's score with the top of its scale.
pub fn score_text(a: &Assessment) -> String {
    match find(&a.instrument) {
        Ok(s) => t!("scale-score", score = a.score, top = s.range().1),
        Err(_) => a.score.to_string(),
    }
}

/// Each scale's trend over `history`, for scales with two or more results in it.
pub fn trends(history: &[Assessment]) -> Vec<(&'static Scale, String)> {
    all()
        .iter()
        .filter_map(|s| {
            let mine: Vec<&Assessment> =
                history.iter().filter(|a| a.instrument == s.name).collect();
            if mine.len() < 2 {
                return None;
            }
            Some((s, trend(&mine)?))
        })
        .collect()
}

mod versions;

#[cfg(test)]
mod tests;
