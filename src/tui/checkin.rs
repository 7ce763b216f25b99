//! The check-in form: sliders for mood, craving and the five domains, HALT marks,
//! sleep, four short texts, and "a setback today?" which offers a growth entry.

use crate::domain::{Checkin, CheckinPatch};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CheckinForm {
    /// Mood, craving, then the five domains.
    pub sliders: [Option<u8>; 7],
    pub halt: [bool; 4],
    pub sleep: Option<f64>,
    /// Intention, reflection, gratitude, note.
    pub texts: [String; 4],
    /// Not stored in the check-in: after saving, a growth entry is offered.
    pub setback: bool,
    pub focus: usize,
    pub dirty: bool,
}

pub const SLIDER_LABELS: [&str; 7] = [
    "Mood",
    "Craving",
    "Physical",
    "Mental",
    "Emotional",
    "Social",
    "Spiritual",
];
pub const HALT_LABELS: [&str; 4] = ["Hungry", "Angry", "Lonely", "Tired"];
pub const TEXT_LABELS: [&str; 4] = ["Intention", "Reflection", "Gratitude", "Note"];
/// Field order: 7 sliders, 4 HALT marks, sleep, 4 texts, the setback mark.
pub const FIELDS: usize = 7 + 4 + 1 + 4 + 1;
pub const SETBACK_FIELD: usize = FIELDS - 1;

impl CheckinForm {
    pub fn from_checkin(c: Option<&Checkin>) -> CheckinForm {
        let Some(c) = c else {
            return CheckinForm::default();
        };
        let text = |t: &Option<String>| t.clone().unwrap_or_default();
        CheckinForm {
            sliders: [
                c.mood,
                c.craving,
                c.physical,
                c.mental,
                c.emotional,
                c.social,
                c.spiritual,
            ],
            halt: [c.hungry, c.angry, c.lonely, c.tired],
            sleep: c.sleep_hours,
            texts: [
                text(&c.intention),
                text(&c.reflection),
                text(&c.gratitude),
                text(&c.note),
            ],
            ..CheckinForm::default()
        }
    }

    pub fn next(&mut self) {
        self.focus = (self.focus + 1) % FIELDS;
    }

    pub fn prev(&mut self) {
        self.focus = (self.focus + FIELDS - 1) % FIELDS;
    }

    /// ←/→: a slider moves by one (a first touch starts mid-scale, craving at 0).
    pub fn nudge(&mut self, up: bool) {
        match self.focus {
            i @ 0..=6 => {
                let (lo, start) = if i == 1 { (0, 0) } else { (1, 5) };
                self.sliders[i] = Some(match self.sliders[i] {
                    None => start,
                    Some(v) if up => (v + 1).min(10),
                    Some(v) => v.saturating_sub(1).max(lo),
                });
            }
            7..=10 | SETBACK_FIELD => self.toggle(),
            11 => {
                self.sleep = Some(match self.sleep {
                    None => 7.0,
                    Some(v) if up => (v + 0.5).min(24.0),
                    Some(v) => (v - 0.5).max(0.0),
                });
            }
            _ => return,
        }
        self.dirty = true;
    }

    pub fn toggle(&mut self) {
        match self.focus {
            i @ 7..=10 => self.halt[i - 7] = !self.halt[i - 7],
            SETBACK_FIELD => self.setback = !self.setback,
            _ => return,
        }
        self.dirty = true;
    }

    /// A digit on a slider sets it directly (0 means 10, except for craving).
    pub fn digit(&mut self, d: u8) {
        if let i @ 0..=6 = self.focus {
            let v = if d == 0 && i != 1 { 10 } else { d };
            if i == 1 || v >= 1 {
                self.sliders[i] = Some(v);
                self.dirty = true;
            }
        }
    }

    pub fn text_focus(&self) -> Option<usize> {
        (12..16).contains(&self.focus).then(|| self.focus - 12)
    }

    pub fn type_char(&mut self, c: char) {
        if let Some(t) = self.text_focus() {
            self.texts[t].push(c);
            self.dirty = true;
        }
    }

    pub fn erase(&mut self) {
        if let Some(t) = self.text_focus()
            && self.texts[t].pop().is_some()
        {
            self.dirty = true;
        }
    }

    pub fn patch(&self) -> CheckinPatch {
        let s = self.sliders;
        CheckinPatch {
            mood: s[0],
            craving: s[1],
            ratings: [s[2], s[3], s[4], s[5], s[6]],
            hungry: Some(self.halt[0]),
            angry: Some(self.halt[1]),
            lonely: Some(self.halt[2]),
            tired: Some(self.halt[3]),
            sleep_hours: self.sleep,
            intention: Some(self.texts[0].clone()),
            reflection: Some(self.texts[1].clone()),
            gratitude: Some(self.texts[2].clone()),
            note: Some(self.texts[3].clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sliders_start_mid_scale_and_stay_in_range() {
        let mut f = CheckinForm::default();
        f.nudge(false);
        assert_eq!(f.sliders[0], Some(5));
        for _ in 0..20 {
            f.nudge(true);
        }
        assert_eq!(f.sliders[0], Some(10));
        f.next();
        f.nudge(true);
        assert_eq!(f.sliders[1], Some(0), "craving starts at none");
        f.digit(0);
        assert_eq!(f.sliders[1], Some(0));
        f.prev();
        f.digit(0);
        assert_eq!(f.sliders[0], Some(10), "0 means 10 on a 1–10 scale");
    }

    #[test]
    fn the_last_field_marks_a_setback() {
        let mut f = CheckinForm {
            focus: SETBACK_FIELD,
            ..Default::default()
        };
        f.toggle();
        assert!(f.setback);
        f.next();
        assert_eq!(f.focus, 0);
    }
}
