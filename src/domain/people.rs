//! The people who support recovery: a display name (a first name or an initial, as
//! fellowships keep anonymity), their roles, a number to call, how often to keep in
//! touch, and whether they are an emergency contact.

use super::{Invalid, check_chars, check_range, named_enum, optional_text, required_text};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

named_enum!(
    /// Who someone is to the person's recovery.
    Role, "role" {
        Sponsor => "sponsor",
        Sponsee => "sponsee",
        Peer => "peer",
        Counselor => "counselor",
        Family => "family",
        Friend => "friend",
        Faith => "faith",
        Other => "other",
    }
);

/// A person, as the store keeps them and `--json` prints them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub roles: Vec<Role>,
    pub phone: Option<String>,
    /// Keep in touch at least every this many days.
    pub keep_in_touch_days: Option<u16>,
    pub emergency: bool,
    pub active_from: Option<NaiveDate>,
    pub active_to: Option<NaiveDate>,
    pub note: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl Person {
    /// Emergency contacts first, then sponsors, then everyone else, each by name: the
    /// order the crisis view lists people to call.
    pub fn call_order(&self) -> (u8, String) {
        let rank = if self.emergency {
            0
        } else if self.roles.contains(&Role::Sponsor) {
            1
        } else {
            2
        };
        (rank, self.name.to_lowercase())
    }

    /// "sponsor, friend", or "" with no role.
    pub fn role_words(&self) -> String {
        let words: Vec<&str> = self.roles.iter().map(|r| r.as_str()).collect();
        words.join(", ")
    }

    /// Whether they are in this role on `day` (no dates: always).
    pub fn active_on(&self, day: NaiveDate) -> bool {
        self.active_from.is_none_or(|f| f <= day) && self.active_to.is_none_or(|t| day <= t)
    }
}

/// A person as typed, before it is checked.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PersonDraft {
    pub name: String,
    pub roles: Vec<Role>,
    pub phone: Option<String>,
    pub keep_in_touch_days: Option<u16>,
    pub emergency: bool,
    pub active_from: Option<NaiveDate>,
    pub active_to: Option<NaiveDate>,
    pub note: Option<String>,
}

impl PersonDraft {
    /// Checks every field: a name, a phone number that looks like one, days in range,
    /// and an active span that ends after it starts.
    pub fn validated(mut self) -> Result<PersonDraft, Invalid> {
        self.name = required_text("name", &self.name)?;
        self.roles.dedup();
        self.phone = self.phone.as_deref().and_then(optional_text);
        if let Some(p) = &self.phone {
            check_chars("phone", p, 40)?;
            if !p.chars().any(|c| c.is_ascii_digit())
                || p.chars()
                    .any(|c| !(c.is_ascii_digit() || " +-().#*/".contains(c)))
            {
                return Err(Invalid::new(
                    "phone",
                    "must be a phone number: digits, spaces and + - ( ) only",
                ));
            }
        }
        if let Some(d) = self.keep_in_touch_days {
            check_range("every", d.into(), 1, 365)?;
        }
        if let (Some(f), Some(t)) = (self.active_from, self.active_to)
            && t < f
        {
            return Err(Invalid::new("to", format!("{t} is before {f}")));
        }
        self.note = self.note.as_deref().and_then(optional_text);
        Ok(self)
    }
}

/// Reads "sponsor,friend" into roles, naming a role that isn't one.
pub fn parse_roles(text: &str) -> Result<Vec<Role>, Invalid> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(Role::parse)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(name: &str) -> PersonDraft {
        PersonDraft {
            name: name.into(),
            ..PersonDraft::default()
        }
    }

    #[test]
    fn a_person_needs_a_name_and_a_number_that_is_a_number() {
        assert!(draft(" ").validated().is_err());
        let ok = PersonDraft {
            phone: Some("+44 (0)7700 900123".into()),
            keep_in_touch_days: Some(7),
            ..draft("Sam")
        };
        assert!(ok.validated().is_ok());
        for bad in [
            "call me",
            "0770\u{1b}[31m",
            "1234567890123456789012345678901234567890123",
        ] {
            let p = PersonDraft {
                phone: Some(bad.into()),
                ..draft("Sam")
            };
            assert_eq!(p.validated().unwrap_err().field, "phone", "{bad:?}");
        }
        let never = PersonDraft {
            keep_in_touch_days: Some(0),
            ..draft("Sam")
        };
        assert_eq!(never.validated().unwrap_err().field, "every");
    }

    #[test]
    fn emergency_contacts_and_sponsors_are_called_first() {
        let p = |name: &str, roles: Vec<Role>, emergency: bool| Person {
            id: 0,
            name: name.into(),
            roles,
            phone: None,
            keep_in_touch_days: None,
            emergency,
            active_from: None,
            active_to: None,
            note: None,
            created_at: String::new(),
            updated_at: String::new(),
        };
        let mut all = [
            p("Ann", vec![Role::Friend], false),
            p("Sam", vec![Role::Sponsor], false),
            p("Zoe", vec![Role::Family], true),
        ];
        all.sort_by_key(Person::call_order);
        let names: Vec<&str> = all.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Zoe", "Sam", "Ann"]);
        assert_eq!(
            parse_roles("sponsor, friend").unwrap(),
            [Role::Sponsor, Role::Friend]
        );
        assert_eq!(parse_roles("boss").unwrap_err().field, "role");
    }
}
