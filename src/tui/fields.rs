//! The input widgets forms are built from: text, a choice among typed values, a whole
//! number in a range, and a date. Each reads itself back as its own type, and each
//! refusal names the field.

use super::action::TextEdit;
use crate::domain::{Invalid, optional_text, time::DateSpec};
use chrono::NaiveDate;

/// Text being typed with a cursor in it (a char index): typing inserts there,
/// Backspace erases before it, Delete at it; Home/End and word steps move it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Typed {
    pub value: String,
    pub cursor: usize,
}

impl Typed {
    pub fn new(value: impl Into<String>) -> Typed {
        let value = value.into();
        Typed {
            cursor: value.chars().count(),
            value,
        }
    }

    fn byte(&self, at: usize) -> usize {
        self.value
            .char_indices()
            .nth(at)
            .map_or(self.value.len(), |(i, _)| i)
    }

    pub fn insert(&mut self, c: char) {
        let at = self.byte(self.cursor);
        self.value.insert(at, c);
        self.cursor += 1;
    }

    /// Backspace: the character before the cursor.
    pub fn erase(&mut self) -> bool {
        if self.cursor == 0 {
            return false;
        }
        self.cursor -= 1;
        let at = self.byte(self.cursor);
        self.value.remove(at);
        true
    }

    /// Moves the cursor or deletes at it; returns whether the text changed.
    pub fn edit(&mut self, e: TextEdit) -> bool {
        let chars: Vec<char> = self.value.chars().collect();
        let n = chars.len();
        let word_start = |mut i: usize| {
            while i > 0 && chars[i - 1].is_whitespace() {
                i -= 1;
            }
            while i > 0 && !chars[i - 1].is_whitespace() {
                i -= 1;
            }
            i
        };
        let word_end = |mut i: usize| {
            while i < n && chars[i].is_whitespace() {
                i += 1;
            }
            while i < n && !chars[i].is_whitespace() {
                i += 1;
            }
            i
        };
        self.cursor = match e {
            TextEdit::Left => self.cursor.saturating_sub(1),
            TextEdit::Right => (self.cursor + 1).min(n),
            TextEdit::Home => 0,
            TextEdit::End => n,
            TextEdit::WordLeft => word_start(self.cursor),
            TextEdit::WordRight => word_end(self.cursor),
            TextEdit::Delete if self.cursor < n => {
                let at = self.byte(self.cursor);
                self.value.remove(at);
                return true;
            }
            TextEdit::Delete => return false,
        };
        false
    }

    /// The text split at the cursor, for drawing it there.
    pub fn split(&self) -> (&str, &str) {
        self.value.split_at(self.byte(self.cursor))
    }
}

/// What a form needs of any field to move through it, draw it and take keys.
pub trait Field {
    fn label(&self) -> &str;
    /// What the field shows now.
    fn shown(&self) -> String;
    /// Shown dimmed while the field is empty.
    fn hint(&self) -> String {
        String::new()
    }
    /// A line under the field saying what its value means.
    fn note(&self) -> Option<&str> {
        None
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
    /// Space on a field that takes no text: tick or untick a mark.
    fn toggle(&mut self) -> bool {
        false
    }
    /// The text and its cursor, for a field that takes text.
    fn typed(&mut self) -> Option<&mut Typed> {
        None
    }
    /// Where the cursor is drawn (a byte offset into `shown`), for a field that takes text.
    fn cursor_at(&self) -> Option<usize> {
        None
    }
}

/// Free text, trimmed when read.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    label: String,
    typed: Typed,
    required: bool,
    hint: String,
    note: Option<String>,
}

impl Text {
    pub fn new(label: impl Into<String>, value: impl Into<String>) -> Text {
        Text {
            label: label.into(),
            typed: Typed::new(value),
            required: false,
            hint: String::new(),
            note: None,
        }
    }
    /// The same field with a line under it (`None`: nothing to say).
    pub fn noted(mut self, note: Option<String>) -> Text {
        self.note = note;
        self
    }
    pub fn required(mut self) -> Text {
        self.required = true;
        self
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Text {
        self.hint = hint.into();
        self
    }
    /// The text as typed.
    pub fn raw(&self) -> &str {
        &self.typed.value
    }
    /// The trimmed text; `None` when empty.
    pub fn get(&self) -> Option<String> {
        optional_text(&self.typed.value)
    }
    /// The trimmed text of a required field, or a refusal naming it.
    pub fn needed(&self) -> Result<String, Invalid> {
        self.get()
            .ok_or_else(|| Invalid::new(&self.label, t!("tui-field-needs-words")))
    }
}

impl Field for Text {
    fn label(&self) -> &str {
        &self.label
    }
    fn shown(&self) -> String {
        self.typed.value.clone()
    }
    fn hint(&self) -> String {
        self.hint.clone()
    }
    fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }
    fn required(&self) -> bool {
        self.required
    }
    fn takes_text(&self) -> bool {
        true
    }
    fn type_char(&mut self, c: char) -> bool {
        self.typed.insert(c);
        true
    }
    fn erase(&mut self) -> bool {
        self.typed.erase()
    }
    fn typed(&mut self) -> Option<&mut Typed> {
        Some(&mut self.typed)
    }
    fn cursor_at(&self) -> Option<usize> {
        Some(self.typed.split().0.len())
    }
}

/// One of a list of typed values, each with the words it shows; ←→ cycles.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice<T> {
    label: String,
    options: Vec<(T, String)>,
    index: usize,
    /// What each value means, in one line under the field (empty: nothing to say).
    notes: Vec<String>,
}

impl<T: Copy + PartialEq> Choice<T> {
    /// Choices with their words; starts on `selected` (or the first if it isn't there).
    pub fn new(label: impl Into<String>, options: Vec<(T, String)>, selected: T) -> Choice<T> {
        assert!(!options.is_empty(), "a choice needs options");
        let index = options
            .iter()
            .position(|(v, _)| *v == selected)
            .unwrap_or(0);
        Choice {
            label: label.into(),
            options,
            index,
            notes: Vec::new(),
        }
    }
    /// The same choice, each value explained in one line under it.
    pub fn explained<S: Into<String>>(mut self, explain: impl Fn(T) -> S) -> Self {
        self.notes = self
            .options
            .iter()
            .map(|(v, _)| explain(*v).into())
            .collect();
        self
    }
    /// A choice among an enum's values, shown by `words`.
    pub fn of(
        label: impl Into<String>,
        all: &[T],
        words: impl Fn(T) -> String,
        selected: T,
    ) -> Self {
        Choice::new(
            label,
            all.iter().map(|v| (*v, words(*v))).collect(),
            selected,
        )
    }
    pub fn get(&self) -> T {
        self.options[self.index].0
    }
    /// The same choice on `value` (kept where it was if `value` isn't offered).
    pub fn with(mut self, value: T) -> Self {
        if let Some(i) = self.options.iter().position(|(v, _)| *v == value) {
            self.index = i;
        }
        self
    }
}

/// A choice between no and yes.
pub fn yes_no(label: impl Into<String>, selected: bool) -> Choice<bool> {
    Choice::new(
        label,
        vec![(false, t!("tui-field-no")), (true, t!("tui-field-yes"))],
        selected,
    )
}

impl<T: Copy + PartialEq> Field for Choice<T> {
    fn label(&self) -> &str {
        &self.label
    }
    fn shown(&self) -> String {
        format!("‹ {} ›", self.options[self.index].1)
    }
    fn note(&self) -> Option<&str> {
        self.notes.get(self.index).map(String::as_str)
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

/// Days of the week, any of them: ←→ move between the days, Space switches the one
/// under the cursor on or off, a digit 1 to 7 switches Monday to Sunday.
#[derive(Debug, Clone, PartialEq)]
pub struct Days {
    label: String,
    on: [bool; 7],
    at: usize,
    note: String,
}

impl Days {
    /// The field with `days` (0 is Monday) on.
    pub fn new(label: impl Into<String>, days: &[u8]) -> Days {
        let mut on = [false; 7];
        for d in days.iter().filter(|d| **d < 7) {
            on[usize::from(*d)] = true;
        }
        Days {
            label: label.into(),
            on,
            at: days.first().map_or(0, |d| usize::from(*d).min(6)),
            note: t!("tui-field-days-note"),
        }
    }
    /// The days on, Monday 0, in order.
    pub fn get(&self) -> Vec<u8> {
        (0..7u8).filter(|d| self.on[usize::from(*d)]).collect()
    }
    fn each(&self) -> Vec<String> {
        (0..7u8)
            .map(|d| {
                let day = chrono::Weekday::try_from(d).unwrap_or(chrono::Weekday::Mon);
                let mark = if self.on[usize::from(d)] {
                    "■"
                } else {
                    "□"
                };
                format!("{mark}{}", crate::catalog::weekday(day, true))
            })
            .collect()
    }
}

impl Field for Days {
    fn label(&self) -> &str {
        &self.label
    }
    fn shown(&self) -> String {
        self.each().join(" ")
    }
    fn note(&self) -> Option<&str> {
        Some(&self.note)
    }
    fn takes_text(&self) -> bool {
        true
    }
    fn type_char(&mut self, c: char) -> bool {
        let at = match c {
            ' ' => self.at,
            '1'..='7' => c as usize - '1' as usize,
            _ => return false,
        };
        self.at = at;
        self.on[at] = !self.on[at];
        true
    }
    fn nudge(&mut self, up: bool) -> bool {
        self.at = if up {
            (self.at + 1) % 7
        } else {
            (self.at + 6) % 7
        };
        false
    }
    fn cursor_at(&self) -> Option<usize> {
        Some(self.each()[..self.at].iter().map(|d| d.len() + 1).sum())
    }
}

/// A whole number in a range (or nothing); ←→ steps, digits type.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    text: Text,
    lo: i64,
    hi: i64,
}

impl Number {
    pub fn new(label: impl Into<String>, lo: i64, hi: i64, value: Option<i64>) -> Number {
        Number {
            text: Text::new(label, value.map(|v| v.to_string()).unwrap_or_default()),
            lo,
            hi,
        }
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Number {
        self.text.hint = hint.into();
        self
    }
    /// The number, `None` when empty, or a refusal naming the field and the range.
    pub fn get(&self) -> Result<Option<i64>, Invalid> {
        let t = self.text.raw().trim();
        if t.is_empty() {
            return Ok(None);
        }
        match t.parse::<i64>() {
            Ok(v) if (self.lo..=self.hi).contains(&v) => Ok(Some(v)),
            _ => Err(Invalid::new(
                &self.text.label,
                t!("tui-field-whole-number", lo = self.lo, hi = self.hi),
            )),
        }
    }
}

/// What a field made of a `Text` hands on to it.
macro_rules! text_like {
    () => {
        fn label(&self) -> &str {
            Field::label(&self.text)
        }
        fn shown(&self) -> String {
            Field::shown(&self.text)
        }
        fn hint(&self) -> String {
            Field::hint(&self.text)
        }
        fn required(&self) -> bool {
            Field::required(&self.text)
        }
        fn takes_text(&self) -> bool {
            true
        }
        fn type_char(&mut self, c: char) -> bool {
            Field::type_char(&mut self.text, c)
        }
        fn erase(&mut self) -> bool {
            Field::erase(&mut self.text)
        }
        fn typed(&mut self) -> Option<&mut Typed> {
            Field::typed(&mut self.text)
        }
        fn cursor_at(&self) -> Option<usize> {
            Field::cursor_at(&self.text)
        }
    };
}

impl Field for Number {
    text_like!();
    fn nudge(&mut self, up: bool) -> bool {
        let start = if up { self.lo - 1 } else { self.lo + 1 };
        let v: i64 = self.text.raw().trim().parse().unwrap_or(start);
        let next = (if up { v + 1 } else { v - 1 }).clamp(self.lo, self.hi);
        self.text.typed = Typed::new(next.to_string());
        true
    }
}

/// An amount that may have decimals (or nothing): `2`, `1.5`, `0,75`.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    text: Text,
}

impl Amount {
    pub fn new(label: impl Into<String>, value: Option<f64>) -> Amount {
        let shown = value.map(crate::domain::usage::show_amount);
        Amount {
            text: Text::new(label, shown.unwrap_or_default()),
        }
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Amount {
        self.text.hint = hint.into();
        self
    }
    pub fn required(mut self) -> Amount {
        self.text.required = true;
        self
    }
    /// Puts `value` in the field, as a person would read it.
    pub fn set(&mut self, value: f64) {
        self.text.typed = Typed::new(crate::domain::usage::show_amount(value));
    }
    /// The amount, `None` when empty, or a refusal naming the field. Negative amounts
    /// are read, for the check that names what is wrong with them.
    pub fn get(&self) -> Result<Option<f64>, Invalid> {
        let t = self.text.raw().trim().replace(',', ".");
        if t.is_empty() {
            return Ok(None);
        }
        match t.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(Some(v)),
            _ => Err(Invalid::new(&self.text.label, t!("tui-field-amount"))),
        }
    }
}

impl Field for Amount {
    text_like!();
}

/// One step to tick (a safer-use checklist's): Space or ←→ switch it. Only the first
/// of a group carries the group's label.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark<T> {
    label: String,
    pub value: T,
    words: String,
    pub on: bool,
}

impl<T: Copy> Mark<T> {
    pub fn new(label: impl Into<String>, value: T, words: String, on: bool) -> Mark<T> {
        Mark {
            label: label.into(),
            value,
            words,
            on,
        }
    }
}

impl<T: Copy> Field for Mark<T> {
    fn label(&self) -> &str {
        &self.label
    }
    fn shown(&self) -> String {
        let mark = if self.on { "[x]" } else { "[ ]" };
        format!("{mark} {}", self.words)
    }
    fn takes_text(&self) -> bool {
        false
    }
    fn nudge(&mut self, _up: bool) -> bool {
        self.toggle()
    }
    fn toggle(&mut self) -> bool {
        self.on = !self.on;
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
    pub fn new(label: impl Into<String>, value: impl Into<String>) -> Date {
        Date {
            text: Text::new(label, value)
                .required()
                .hint(t!("tui-field-date-hint")),
        }
    }
    /// A date field that may stay empty.
    pub fn optional(
        label: impl Into<String>,
        value: Option<NaiveDate>,
        hint: impl Into<String>,
    ) -> Date {
        Date {
            text: Text::new(label, value.map(|d| d.to_string()).unwrap_or_default()).hint(hint),
        }
    }
    /// What is typed in it.
    pub fn raw(&self) -> &str {
        self.text.raw()
    }
    /// The date, or a refusal naming the field.
    pub fn get(&self, today: NaiveDate) -> Result<NaiveDate, Invalid> {
        DateSpec::parse(&self.text.label, self.text.raw()).map(|d| d.resolve(today))
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
    text_like!();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_has_a_cursor_that_moves_by_character_and_word() {
        let mut t = Typed::new("walk by the river");
        t.edit(TextEdit::WordLeft);
        t.edit(TextEdit::WordLeft);
        t.insert('~');
        assert_eq!(t.value, "walk by ~the river");
        t.edit(TextEdit::Home);
        assert!(t.edit(TextEdit::Delete));
        assert_eq!(t.value, "alk by ~the river");
        t.edit(TextEdit::WordRight);
        assert!(t.erase());
        assert_eq!(t.value, "al by ~the river");
        t.edit(TextEdit::End);
        assert!(!t.edit(TextEdit::Delete), "nothing after the end");
        t.insert('é');
        t.edit(TextEdit::Left);
        assert_eq!(
            t.split(),
            ("al by ~the river", "é"),
            "by characters, not bytes"
        );
    }

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
