//! What the summary says of other people and of numbers. Unless the person chooses to
//! share them, each of their people (the `people` records) appears as an initial, with
//! a role where one is shown ("S. (sponsor)"; "Dr Patel" is "P."), and no phone number,
//! meeting place or long run of digits appears. `Records::load` passes every piece of
//! free text through one `Privacy` as it loads it, so nothing after it sees a raw name.

use super::model::Includes;
use crate::domain::{Meeting, Person};

/// What stands for a number left out: "[number left out]".
fn number_left_out() -> String {
    t!("summary-number-left-out")
}

/// What stands for a meeting's place or link left out: "[place left out]".
fn place_left_out() -> String {
    t!("summary-place-left-out")
}
/// Runs of at least this many digits (a phone number, an account) are left out.
const LONG_NUMBER: usize = 6;

/// Words before a name that are not the name ("Dr Patel" is "P.").
const TITLES: &[&str] = &[
    "dr",
    "doctor",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "prof",
    "professor",
    "rev",
    "revd",
    "reverend",
    "fr",
    "father",
    "pastor",
    "rabbi",
    "imam",
    "sir",
    "dame",
    "aunt",
    "auntie",
    "uncle",
];

/// One piece of text to stand in for, found as a whole word.
struct Pattern {
    text: Vec<char>,
    with: String,
    /// Found whatever its ASCII case (places); names are case-sensitive.
    any_case: bool,
}

/// The person's choices about names and numbers, with what they apply to.
pub struct Privacy {
    names: bool,
    numbers: bool,
    /// What stands for a number left out, in the language in effect.
    number_left_out: String,
    /// Names, phone numbers and places with what stands for them, longest first.
    patterns: Vec<Pattern>,
}

impl Privacy {
    /// The privacy of `includes` over these people and meetings.
    pub fn new(includes: &Includes, people: &[Person], meetings: &[Meeting]) -> Privacy {
        let mut patterns = Vec::new();
        let mut add = |text: &str, with: &str, any_case: bool| {
            let text: Vec<char> = text.trim().chars().collect();
            if text.len() >= 2 && !patterns.iter().any(|p: &Pattern| p.text == text) {
                patterns.push(Pattern {
                    text,
                    with: with.to_string(),
                    any_case,
                });
            }
        };
        if !includes.names {
            for p in people {
                let stand_in = initial(&p.name);
                // The name as saved, without the punctuation around it ("Sam." and
                // "Patel, Raj" are found as "Sam", "Patel" and "Raj"), and each as it
                // starts a sentence ("sam" is found as "Sam" too).
                let whole = p.name.trim_matches(|c: char| !c.is_alphanumeric());
                let words = p
                    .name
                    .split(|c: char| c.is_whitespace() || c == ',')
                    .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                    .filter(|w| is_name_word(w));
                for text in std::iter::once(whole).chain(words) {
                    add(text, &stand_in, false);
                    add(&capitalised(text), &stand_in, false);
                }
            }
        }
        if !includes.numbers {
            for phone in people.iter().filter_map(|p| p.phone.as_deref()) {
                if phone.chars().filter(char::is_ascii_digit).count() >= 3 {
                    add(phone, &number_left_out(), false);
                }
            }
            for place in meetings.iter().filter_map(|m| m.place.as_deref()) {
                if place.trim().chars().count() >= 3 {
                    add(place, &place_left_out(), true);
                }
            }
        }
        // Longer first, so "Dr Patel" goes whole before "Patel" is looked for.
        patterns.sort_by_key(|p| std::cmp::Reverse(p.text.len()));
        Privacy {
            names: includes.names,
            numbers: includes.numbers,
            number_left_out: number_left_out(),
            patterns,
        }
    }

    /// Whether people's names are shared.
    pub fn names(&self) -> bool {
        self.names
    }

    /// Whether numbers (phones, places, plan contact details) are shared.
    pub fn numbers(&self) -> bool {
        self.numbers
    }

    /// A person as the summary names them: "S. (sponsor)", or "Sam (sponsor)" when
    /// names are shared.
    pub fn person(&self, p: &Person) -> String {
        let name = if self.names {
            p.name.clone()
        } else {
            initial(&p.name)
        };
        let roles = p.role_words();
        if roles.is_empty() {
            name
        } else {
            t!("summary-person-roles", name = name, roles = roles)
        }
    }

    /// `text` with each person's name as their initial (a whole word, case-sensitive),
    /// and phone numbers, meeting places and runs of six or more digits left out,
    /// unless the person shares them.
    pub fn text(&self, text: &str) -> String {
        if self.patterns.is_empty() && self.numbers {
            return text.to_string();
        }
        let c: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        while i < c.len() {
            if let Some(p) = self.patterns.iter().find(|p| found_at(&c, i, p)) {
                out.push_str(&p.with);
                i += p.text.len();
                continue;
            }
            if !self.numbers {
                if let Some(n) = iso_date_at(&c, i) {
                    out.extend(&c[i..i + n]);
                    i += n;
                    continue;
                }
                if let Some(n) = long_number_at(&c, i) {
                    out.push_str(&self.number_left_out);
                    i += n;
                    continue;
                }
            }
            out.push(c[i]);
            i += 1;
        }
        out
    }

    /// `text` of an optional field.
    pub fn opt(&self, text: Option<String>) -> Option<String> {
        text.map(|t| self.text(&t))
    }
}

/// The initial that stands for a name: the first letter of its first word that is not a
/// title, with a full stop ("Sam" is "S.", "Dr Patel" is "P.").
pub fn initial(name: &str) -> String {
    let word = name
        .split_whitespace()
        .find(|w| is_name_word(w))
        .unwrap_or(name);
    word.chars()
        .find(|c| c.is_alphanumeric())
        .map_or("?".into(), |c| format!("{}.", c.to_uppercase()))
}

/// `text` with its first letter upper case ("sam" is "Sam").
fn capitalised(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A word of a name that is not a title, and not an initial already ("J", "J.").
fn is_name_word(word: &str) -> bool {
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    core.chars().count() >= 2 && !TITLES.contains(&core.to_lowercase().as_str())
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `p` is at `i` as a whole word: no letter or digit joins it on either side
/// where its own edge is a letter or digit.
fn found_at(c: &[char], i: usize, p: &Pattern) -> bool {
    let end = i + p.text.len();
    if end > c.len() {
        return false;
    }
    let same = c[i..end].iter().zip(&p.text).all(|(a, b)| {
        if p.any_case {
            a.eq_ignore_ascii_case(b)
        } else {
            a == b
        }
    });
    let first = p.text[0];
    let last = p.text[p.text.len() - 1];
    same && (!is_word(first) || i == 0 || !is_word(c[i - 1]))
        && (!is_word(last) || end == c.len() || !is_word(c[end]))
}

/// The length of a YYYY-MM-DD date at `i`: a date is not a number to leave out.
fn iso_date_at(c: &[char], i: usize) -> Option<usize> {
    let shape = "dddd-dd-dd";
    let fits = c.len() >= i + shape.len()
        && shape.chars().zip(&c[i..]).all(|(s, ch)| match s {
            'd' => ch.is_ascii_digit(),
            s => *ch == s,
        });
    let joined = |ch: Option<&char>| ch.is_some_and(|ch| ch.is_ascii_digit() || *ch == '-');
    (fits && (i == 0 || !joined(c.get(i - 1))) && !joined(c.get(i + shape.len())))
        .then_some(shape.len())
}

/// The length of a run of six or more digits starting at `i` (spaces, dashes and
/// brackets between groups, and a leading `+`, belong to it: "07700 900123",
/// "+44 (0)161 496 0000"), or `None`.
fn long_number_at(c: &[char], i: usize) -> Option<usize> {
    let digit = |j: usize| c.get(j).is_some_and(char::is_ascii_digit);
    let at = |j: usize, ch: char| c.get(j) == Some(&ch);
    let group_at = |j: usize| digit(j) || (at(j, '(') && digit(j + 1));
    let starts = group_at(i) || (at(i, '+') && group_at(i + 1));
    if !starts || (i > 0 && c[i - 1].is_ascii_digit()) {
        return None;
    }
    let mut j = i + usize::from(at(i, '+'));
    let (mut digits, mut end) = (0, i);
    while group_at(j) {
        // One group of digits, perhaps in brackets.
        let open = at(j, '(');
        let mut k = j + usize::from(open);
        let first = k;
        while digit(k) {
            k += 1;
        }
        digits += k - first;
        if open && at(k, ')') {
            k += 1;
        }
        end = k;
        // The next group follows straight on (after a bracket), or after one space, one
        // dash, or a dash with spaces.
        j = k;
        if at(j, ' ') {
            j += 1;
        }
        if at(j, '-') {
            j += 1;
            if at(j, ' ') {
                j += 1;
            }
        }
    }
    (digits >= LONG_NUMBER).then_some(end - i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Role;

    fn person(name: &str, roles: Vec<Role>, phone: Option<&str>) -> Person {
        Person {
            id: 1,
            name: name.into(),
            roles,
            phone: phone.map(Into::into),
            keep_in_touch_days: None,
            emergency: false,
            active_from: None,
            active_to: None,
            note: None,
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    fn privacy(names: &[&str], includes: Includes) -> Privacy {
        let people: Vec<Person> = names.iter().map(|n| person(n, vec![], None)).collect();
        Privacy::new(&includes, &people, &[])
    }

    #[test]
    fn names_are_replaced_as_whole_words_case_sensitively() {
        let p = privacy(&["Will", "Hope", "Sam"], Includes::default());
        assert_eq!(
            p.text("I will call Will. I hope Hope is well."),
            "I will call W.. I hope H. is well."
        );
        assert_eq!(
            p.text("Samaritans on 116 123, then Sam's place; SAM and sam stay."),
            "Samaritans on [number left out], then S.'s place; SAM and sam stay."
        );
        assert_eq!(p.text("Willow and Hopeful"), "Willow and Hopeful");
    }

    #[test]
    fn names_saved_with_punctuation_or_in_lower_case_are_found_bare() {
        let p = privacy(&["Sam.", "Patel, Raj", "jo"], Includes::default());
        assert_eq!(
            p.text("Sam and Patel met Raj; Jo came, jo too."),
            "S. and P. met P.; J. came, J. too."
        );
    }

    #[test]
    fn longer_names_go_first_and_titles_are_not_initials() {
        let p = privacy(&["Dr Patel", "Sam", "Samantha Jones"], Includes::default());
        assert_eq!(
            p.text("Dr Patel, then Patel; Samantha Jones and Sam; Jones."),
            "P., then P.; S. and S.; S.."
        );
        assert_eq!(initial("Dr Patel"), "P.");
        assert_eq!(initial("dr. kim"), "K.");
        assert_eq!(initial("Doctor"), "D.");
    }

    #[test]
    fn people_are_an_initial_and_a_role_unless_names_are_shared() {
        let sam = person("Sam", vec![Role::Sponsor], Some("07700 900123"));
        let hidden = Privacy::new(&Includes::default(), std::slice::from_ref(&sam), &[]);
        assert_eq!(hidden.person(&sam), "S. (sponsor)");
        let named = Includes {
            names: true,
            ..Includes::default()
        };
        let shown = Privacy::new(&named, std::slice::from_ref(&sam), &[]);
        assert_eq!(shown.person(&sam), "Sam (sponsor)");
        assert_eq!(shown.text("Call Sam"), "Call Sam");
    }

    #[test]
    fn long_numbers_are_left_out_whatever_their_spacing() {
        let p = privacy(&[], Includes::default());
        for (text, out) in [
            ("Call 07700 900123 now", "Call [number left out] now"),
            ("ring 0161-496-0000.", "ring [number left out]."),
            ("+44 (0)161 496 0000", "[number left out]"),
            ("(0161) 496 0000", "[number left out]"),
            ("ref 123456", "ref [number left out]"),
            ("12345 is short", "12345 is short"),
            ("5 of 27, 20 minutes", "5 of 27, 20 minutes"),
            ("on 2026-11-23 at 10", "on 2026-11-23 at 10"),
            ("1.5 units, 19:30", "1.5 units, 19:30"),
        ] {
            assert_eq!(p.text(text), out, "{text}");
        }
        let shared = privacy(
            &[],
            Includes {
                numbers: true,
                ..Includes::default()
            },
        );
        assert_eq!(shared.text("Call 07700 900123"), "Call 07700 900123");
    }

    #[test]
    fn phones_and_places_are_left_out_unless_numbers_are_shared() {
        let sam = person("Sam", vec![], Some("999"));
        let hall = Meeting {
            id: 1,
            name: "Tuesday group".into(),
            fellowship: crate::domain::Fellowship::Aa,
            format: crate::domain::MeetingFormat::InPerson,
            days: Vec::new(),
            every_other_week: false,
            time: None,
            place: Some("Community hall".into()),
            home_group: false,
            created_at: String::new(),
            updated_at: String::new(),
        };
        let p = Privacy::new(&Includes::default(), &[sam], std::slice::from_ref(&hall));
        assert_eq!(
            p.text("Met at the community hall, then rang 999."),
            "Met at the [place left out], then rang [number left out]."
        );
        assert!(!p.numbers());
    }
}
