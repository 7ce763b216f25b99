//! A small generic form: labelled fields of text, choices, numbers and dates, moved
//! through with Tab, adjusted with ←→, typed into, saved with Enter or Ctrl-S.
//! What a form does on save is decided by its `Purpose` in `app`.

use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Text,
    /// One of these; ←→ cycles.
    Choice(Vec<String>),
    /// A whole number in a range; ←→ steps, digits type.
    Number {
        lo: i64,
        hi: i64,
    },
    /// YYYY-MM-DD, today or yesterday.
    Date,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub label: &'static str,
    pub kind: Kind,
    /// Text as typed (for choices: the chosen option's index as text).
    pub value: String,
    pub required: bool,
    /// A hint shown while the field is empty.
    pub hint: &'static str,
}

impl Field {
    pub fn text(label: &'static str, value: impl Into<String>) -> Field {
        Field {
            label,
            kind: Kind::Text,
            value: value.into(),
            required: false,
            hint: "",
        }
    }
    pub fn choice(label: &'static str, options: &[&str], selected: usize) -> Field {
        Field {
            label,
            kind: Kind::Choice(options.iter().map(|s| s.to_string()).collect()),
            value: selected.to_string(),
            required: true,
            hint: "",
        }
    }
    pub fn number(label: &'static str, lo: i64, hi: i64, value: Option<i64>) -> Field {
        Field {
            label,
            kind: Kind::Number { lo, hi },
            value: value.map(|v| v.to_string()).unwrap_or_default(),
            required: false,
            hint: "",
        }
    }
    pub fn date(label: &'static str, value: &str) -> Field {
        Field {
            label,
            kind: Kind::Date,
            value: value.into(),
            required: true,
            hint: "YYYY-MM-DD, today or yesterday",
        }
    }
    pub fn required(mut self) -> Field {
        self.required = true;
        self
    }
    pub fn hint(mut self, hint: &'static str) -> Field {
        self.hint = hint;
        self
    }

    /// What the field shows.
    pub fn display(&self) -> String {
        match &self.kind {
            Kind::Choice(opts) => format!("‹ {} ›", opts[self.choice_index()]),
            _ => self.value.clone(),
        }
    }

    pub fn choice_index(&self) -> usize {
        self.value.parse().unwrap_or(0)
    }

    fn takes_text(&self) -> bool {
        !matches!(self.kind, Kind::Choice(_))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub title: String,
    pub intro: Option<String>,
    pub fields: Vec<Field>,
    pub focus: usize,
    pub dirty: bool,
    /// Why the last save was refused, shown until the next change.
    pub error: Option<String>,
}

impl Form {
    pub fn new(title: impl Into<String>, fields: Vec<Field>) -> Form {
        Form {
            title: title.into(),
            intro: None,
            fields,
            focus: 0,
            dirty: false,
            error: None,
        }
    }

    pub fn intro(mut self, text: impl Into<String>) -> Form {
        self.intro = Some(text.into());
        self
    }

    pub fn next(&mut self) {
        self.focus = (self.focus + 1) % self.fields.len();
    }

    pub fn prev(&mut self) {
        self.focus = (self.focus + self.fields.len() - 1) % self.fields.len();
    }

    /// ←/→ on the focused field: cycle a choice or step a number.
    pub fn nudge(&mut self, up: bool) {
        let f = &mut self.fields[self.focus];
        match &f.kind {
            Kind::Choice(opts) => {
                let n = opts.len();
                let i = f.choice_index();
                f.value = if up { (i + 1) % n } else { (i + n - 1) % n }.to_string();
            }
            Kind::Number { lo, hi } => {
                let v: i64 = f
                    .value
                    .parse()
                    .unwrap_or(if up { *lo - 1 } else { *lo + 1 });
                f.value = (if up { v + 1 } else { v - 1 }).clamp(*lo, *hi).to_string();
            }
            _ => return,
        }
        self.dirty = true;
        self.error = None;
    }

    pub fn type_char(&mut self, c: char) {
        let f = &mut self.fields[self.focus];
        if f.takes_text() {
            f.value.push(c);
            self.dirty = true;
            self.error = None;
        }
    }

    pub fn erase(&mut self) {
        let f = &mut self.fields[self.focus];
        if f.takes_text() && f.value.pop().is_some() {
            self.dirty = true;
            self.error = None;
        }
    }

    /// Whether the focused field takes typed characters (so letters are not shortcuts).
    pub fn typing(&self) -> bool {
        self.fields[self.focus].takes_text()
    }

    pub fn get(&self, label: &str) -> &Field {
        self.fields
            .iter()
            .find(|f| f.label == label)
            .unwrap_or_else(|| panic!("form has no field {label}"))
    }

    /// The trimmed text of a field; `None` when empty.
    pub fn text(&self, label: &str) -> Option<String> {
        crate::domain::optional_text(&self.get(label).value)
    }

    pub fn choice(&self, label: &str) -> usize {
        self.get(label).choice_index()
    }

    pub fn number(&self, label: &str) -> Result<Option<i64>, String> {
        let f = self.get(label);
        let t = f.value.trim();
        if t.is_empty() {
            return Ok(None);
        }
        let Kind::Number { lo, hi } = f.kind else {
            unreachable!("not a number field")
        };
        match t.parse::<i64>() {
            Ok(v) if (lo..=hi).contains(&v) => Ok(Some(v)),
            _ => Err(format!(
                "{} must be a whole number from {lo} to {hi}",
                f.label
            )),
        }
    }

    pub fn date(&self, label: &str, today: NaiveDate) -> Result<NaiveDate, String> {
        crate::domain::time::DateSpec::parse(label, &self.get(label).value)
            .map(|d| d.resolve(today))
            .map_err(|e| e.to_string())
    }

    /// Checks required fields; the first empty one is named.
    pub fn missing(&self) -> Option<String> {
        self.fields
            .iter()
            .find(|f| f.required && f.value.trim().is_empty())
            .map(|f| format!("{} needs a few words", f.label))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_take_typing_and_arrows() {
        let mut f = Form::new(
            "t",
            vec![
                Field::text("Name", "").required(),
                Field::choice("Kind", &["a", "b", "c"], 0),
                Field::number("N", 1, 7, None),
            ],
        );
        assert_eq!(f.missing().as_deref(), Some("Name needs a few words"));
        f.type_char('x');
        f.next();
        f.nudge(false);
        assert_eq!(f.choice("Kind"), 2);
        f.type_char('q'); // a choice ignores typing
        assert_eq!(f.get("Kind").value, "2");
        f.next();
        f.nudge(true);
        assert_eq!(f.number("N"), Ok(Some(1)));
        f.type_char('9');
        assert!(f.number("N").unwrap_err().contains("from 1 to 7"));
        f.next();
        assert_eq!(f.focus, 0);
        assert_eq!(f.text("Name").as_deref(), Some("x"));
        assert!(f.missing().is_none());
    }
}
