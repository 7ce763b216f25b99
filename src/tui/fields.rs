//! The input widgets forms are built from: text, a choice among typed values, a whole
//! number in a range, and a date. Each reads itself back as its own type, and each
//! refusal names the field.

use crate::domain::{Invalid, optional_text, time::DateSpec};
use chrono::NaiveDate;

/// What a form needs of any field to move through it, draw it and take keys.
pub trait Field {
    fn label(&self) -> &'static str;
    /// What the field shows now.
    fn shown(&self) -> String;
    /// Shown dimmed while the field is empty.
    fn hint(&self) -> &'static str {
        ""
    }
    fn required(&self) -> bool {
        false
    }
    /// Whether typed characters go into the field (so letters are not shortcuts).
    fn takes_text(&self) -> bool;
    /// Returns whether anything changed (for "discard?" and to clear a refusal).
    fn type_char(&mut self, _c: char) -> bool {
        false
    }
    fn erase(&mut self) -> bool {
        false
    }
    /// ←/→: cycle a choice, step a number.
    fn nudge(&mut self, _up: bool) -> bool {
        false
    }
}

/// Free text, trimmed when read.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    label: &'static str,
    pub value: String,
    required: bool,
    hint: &'static str,
}

impl Text {
    pub fn new(label: &'static str, value: impl Into<String>) -> Text {
        Text {
            label,
            value: value.into(),
            required: false,
            hint: "",
        }
    }
    pub fn required(mut self) -> Text {
        self.required = true;
        self
    }
    pub fn hint(mut self, hint: &'static str) -> Text {
        self.hint = hint;
        self
    }
    /// The trimmed text; `None` when empty.
    pub fn get(&self) -> Option<String> {
        optional_text(&self.value)
    }
    /// The trimmed text of a required field, or a refusal naming it.
    pub fn needed(&self) -> Result<String, Invalid> {
        self.get()
            .ok_or_else(|| Invalid::new(self.label, "needs a few words"))
    }
}

impl Field for Text {
    fn label(&self) -> &'static str {
        self.label
    }
    fn shown(&self) -> String {
        self.value.clone()
    }
    fn hint(&self) -> &'static str {
        self.hint
    }
    fn required(&self) -> bool {
        self.required
    }
    fn takes_text(&self) -> bool {
        true
    }
    fn type_char(&mut self, c: char) -> bool {
        self.value.push(c);
        true
    }
    fn erase(&mut self) -> bool {
        self.value.pop().is_some()
    }
}

/// One of a list of typed values, each with the words it shows; ←→ cycles.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice<T> {
    label: &'static str,
    options: Vec<(T, String)>,
    index: usize,
}

impl<T: Copy + PartialEq> Choice<T> {
    /// Choices with their words; starts on `selected` (or the first if it isn't there).
    pub fn new(label: &'static str, options: Vec<(T, String)>, selected: T) -> Choice<T> {
        assert!(!options.is_empty(), "a choice needs options");
        let index = options
            .iter()
            .position(|(v, _)| *v == selected)
            .unwrap_or(0);
        Choice {
            label,
            options,
            index,
        }
    }
    /// A choice among an enum's values, shown by `words`.
    pub fn of(label: &'static str, all: &[T], words: impl Fn(T) -> String, selected: T) -> Self {
        Choice::new(
            label,
            all.iter().map(|v| (*v, words(*v))).collect(),
            selected,
        )
    }
    pub fn get(&self) -> T {
        self.options[self.index].0
    }
}

/// A choice between no and yes.
pub fn yes_no(label: &'static str, selected: bool) -> Choice<bool> {
    Choice::new(
        label,
        vec![(false, "no".into()), (true, "yes".into())],
        selected,
    )
}

impl<T: Copy + PartialEq> Field for Choice<T> {
    fn label(&self) -> &'static str {
        self.label
    }
    fn shown(&self) -> String {
        format!("‹ {} ›", self.options[self.index].1)
    }
    fn required(&self) -> bool {
        true
    }
    fn takes_text(&self) -> bool {
        false
    }
    fn nudge(&mut self, up: bool) -> bool {
        let n = self.options.len();
        self.index = if up {
            (self.index + 1) % n
        } else {
            (self.index + n - 1) % n
        };
        true
    }
}

/// A whole number in a range (or nothing); ←→ steps, digits type.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    label: &'static str,
    value: String,
    lo: i64,
    hi: i64,
    hint: &'static str,
}

impl Number {
    pub fn new(label: &'static str, lo: i64, hi: i64, value: Option<i64>) -> Number {
        Number {
            label,
            value: value.map(|v| v.to_string()).unwrap_or_default(),
            lo,
            hi,
            hint: "",
        }
    }
    pub fn hint(mut self, hint: &'static str) -> Number {
        self.hint = hint;
        self
    }
    /// The number, `None` when empty, or a refusal naming the field and the range.
    pub fn get(&self) -> Result<Option<i64>, Invalid> {
        let t = self.value.trim();
        if t.is_empty() {
            return Ok(None);
        }
        match t.parse::<i64>() {
            Ok(v) if (self.lo..=self.hi).contains(&v) => Ok(Some(v)),
            _ => Err(Invalid::new(
                self.label,
                format!("must be a whole number from {} to {}", self.lo, self.hi),
            )),
        }
    }
}

impl Field for Number {
    fn label(&self) -> &'static str {
        self.label
    }
    fn shown(&self) -> String {
        self.value.clone()
    }
    fn hint(&self) -> &'static str {
        self.hint
    }
    fn takes_text(&self) -> bool {
        true
    }
    fn type_char(&mut self, c: char) -> bool {
        self.value.push(c);
        true
    }
    fn erase(&mut self) -> bool {
        self.value.pop().is_some()
    }
    fn nudge(&mut self, up: bool) -> bool {
        let start = if up { self.lo - 1 } else { self.lo + 1 };
        let v: i64 = self.value.trim().parse().unwrap_or(start);
        self.value = (if up { v + 1 } else { v - 1 })
            .clamp(self.lo, self.hi)
            .to_string();
        true
    }
}

/// A date as typed: YYYY-MM-DD, "today" or "yesterday"; optional unless required.
#[derive(Debug, Clone, PartialEq)]
pub struct Date {
    text: Text,
}

impl Date {
    /// A date field that must hold a date.
    pub fn new(label: &'static str, value: impl Into<String>) -> Date {
        Date {
            text: Text::new(label, value)
                .required()
                .hint("YYYY-MM-DD, today or yesterday"),
        }
    }
    /// A date field that may stay empty.
    pub fn optional(label: &'static str, value: Option<NaiveDate>, hint: &'static str) -> Date {
        Date {
            text: Text::new(label, value.map(|d| d.to_string()).unwrap_or_default()).hint(hint),
        }
    }
    /// The date, or a refusal naming the field.
    pub fn get(&self, today: NaiveDate) -> Result<NaiveDate, Invalid> {
        DateSpec::parse(self.text.label, &self.text.value).map(|d| d.resolve(today))
    }
    /// The date, `None` when empty.
    pub fn get_optional(&self, today: NaiveDate) -> Result<Option<NaiveDate>, Invalid> {
        match self.text.get() {
            None => Ok(None),
            Some(_) => self.get(today).map(Some),
        }
    }
}

impl Field for Date {
    fn label(&self) -> &'static str {
        self.text.label
    }
    fn shown(&self) -> String {
        self.text.value.clone()
    }
    fn hint(&self) -> &'static str {
        self.text.hint
    }
    fn required(&self) -> bool {
        self.text.required
    }
    fn takes_text(&self) -> bool {
        true
    }
    fn type_char(&mut self, c: char) -> bool {
        self.text.type_char(c)
    }
    fn erase(&mut self) -> bool {
        self.text.erase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_read_back_as_their_types() {
        let mut name = Text::new("Name", "").required();
        assert_eq!(
            name.needed().unwrap_err().to_string(),
            "Name: needs a few words"
        );
        name.type_char('x');
        assert_eq!(name.needed().unwrap(), "x");
        let mut kind = Choice::of("Kind", &[1, 2, 3], |v| v.to_string(), 1);
        kind.nudge(false);
        assert_eq!(kind.get(), 3);
        assert!(!kind.type_char('q'), "a choice ignores typing");
        let mut n = Number::new("N", 1, 7, None);
        n.nudge(true);
        assert_eq!(n.get(), Ok(Some(1)));
        n.type_char('9');
        assert_eq!(
            n.get().unwrap_err().to_string(),
            "N: must be a whole number from 1 to 7"
        );
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let d = Date::new("Since", "yesterday");
        assert_eq!(d.get(today).unwrap().to_string(), "2026-11-22");
        let none = Date::optional("Target date", None, "");
        assert_eq!(none.get_optional(today), Ok(None));
    }
}
