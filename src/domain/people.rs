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
        Prescriber => "prescriber",
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

    /// "sponsor, friend", or "" with no role: the roles as a person reads them.
    pub fn role_words(&self) -> String {
        let words: Vec<String> = self.roles.iter().map(|r| r.label()).collect();
        words.join(", ")
    }

    /// The roles by their stored names, as `--role` and the form's field take them.
    pub fn role_names(&self) -> String {
        let names: Vec<&str> = self.roles.iter().map(|r| r.as_str()).collect();
        names.join(", ")
    }

    /// What to call them about, as the crisis view names them: " (emergency contact,
    /// sponsor)", or nothing.
    pub fn call_about(&self) -> String {
        let roles = self.role_words();
        let what: Vec<String> = self
            .emergency
            .then(|| t!("record-person-emergency"))
            .into_iter()
            .chain((!roles.is_empty()).then_some(roles))
            .collect();
        if what.is_empty() {
            String::new()
        } else {
            format!(" ({})", what.join(", "))
        }
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
                return Err(Invalid::new("phone", t!("invalid-phone")));
            }
        }
        if let Some(d) = self.keep_in_touch_days {
            check_range("every", d.into(), 1, 365)?;
        }
        if let (Some(f), Some(t)) = (self.active_from, self.active_to)
            && t < f
        {
            return Err(Invalid::new(
                "to",
                t!("invalid-before", to = t.to_string(), from = f.to_string()),
            ));
        }
        self.note = self.note.as_deref().and_then(optional_text);
        Ok(self)
    }
}

/// What a plan item about someone most likely is, read from its words: what to offer
/// to turn it into, with the name, number and roles to start from.
#[derive(Debug, Clone, PartialEq)]
pub struct Adoption {
    pub meeting: bool,
    pub name: String,
    pub phone: Option<String>,
    pub roles: Vec<Role>,
}

/// Reads "Sam (sponsor)" with "07700 900123" as a sponsor called Sam with that number,
/// and "Tuesday evening group" as a meeting. Only a starting point: the person checks it.
pub fn adoption(text: &str, detail: Option<&str>) -> Adoption {
    let lower = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    let meeting = has(&[
        "group",
        "meeting",
        " aa",
        "aa ",
        " na ",
        "smart recovery",
        "fellowship",
    ]);
    let name: String = text
        .split([',', '('])
        .next()
        .unwrap_or(text)
        .trim()
        .to_string();
    let mut roles = Vec::new();
    for (words, role) in [
        (&["sponsor"][..], Role::Sponsor),
        (
            &[
                "sister", "brother", "mum", "mom", "dad", "mother", "father", "wife", "husband",
                "partner", "son", "daughter",
            ][..],
            Role::Family,
        ),
        (
            &[
                "counselor",
                "counsellor",
                "therapist",
                "dr ",
                "doctor",
                "nurse",
            ][..],
            Role::Counselor,
        ),
        (&["friend"][..], Role::Friend),
        (&["peer"][..], Role::Peer),
    ] {
        if has(words) {
            roles.push(role);
        }
    }
    let phone = [detail.unwrap_or(""), text]
        .iter()
        .find_map(|t| phone_in(t));
    Adoption {
        meeting,
        name,
        phone,
        roles,
    }
}

/// The first run of digits (with spaces, +, - and brackets) long enough to be a number.
fn phone_in(text: &str) -> Option<String> {
    let mut best = String::new();
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once('|')) {
        if c.is_ascii_digit()
            || (!run.is_empty() && " +-()".contains(c))
            || (run.is_empty() && c == '+')
        {
            run.push(c);
        } else {
            if run.chars().filter(char::is_ascii_digit).count() >= 6 && best.is_empty() {
                best = run
                    .trim()
                    .trim_end_matches(|c: char| !c.is_ascii_digit())
                    .to_string();
            }
            run.clear();
        }
    }
    (!best.is_empty()).then_some(best)
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
    fn a_plan_line_is_read_as_the_person_or_meeting_it_most_likely_is() {
        let sam = adoption("Sam (sponsor)", Some("07700 900123"));
        assert_eq!(
            (sam.name.as_str(), sam.phone.as_deref(), sam.meeting),
            ("Sam", Some("07700 900123"), false)
        );
        assert_eq!(sam.roles, [Role::Sponsor]);
        let jo = adoption("Jo, my sister", Some("07700 900456 (evenings)"));
        assert_eq!(
            (jo.name.as_str(), jo.phone.as_deref(), jo.roles.as_slice()),
            ("Jo", Some("07700 900456"), &[Role::Family][..])
        );
        let group = adoption("Tuesday evening group", Some("Community hall, 7 pm"));
        assert!(group.meeting);
        assert_eq!(group.phone, None, "7 pm is not a number to call");
        assert_eq!(
            adoption("Dr Patel, counselor", Some("Mondays 10 am · 0161 496 0000"))
                .phone
                .as_deref(),
            Some("0161 496 0000")
        );
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
