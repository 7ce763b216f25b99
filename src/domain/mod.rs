//! Pure types and rules of recovery: no IO, no clock. `today` is always passed in.
//!
//! Everything the store saves and the CLI and TUI show is described here, with the
//! validation that keeps bad values out of the database.

pub mod connections;
pub mod crisis;
pub mod hlc;
pub mod medication;
pub mod names;
pub mod people;
pub mod progress;
pub mod records;
pub mod retention;
pub mod scales;
pub mod tags;
pub mod time;
pub mod tracked;
pub mod trackers;
pub mod usage;

pub use connections::*;
pub use people::*;
pub use records::*;
pub use tags::normalize_tag;

use std::fmt;

/// A value the person gave that tend cannot accept: names the field and what is allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub field: String,
    pub reason: String,
}

impl Invalid {
    pub fn new(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Invalid {
            field: field.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.reason)
    }
}

impl std::error::Error for Invalid {}

/// Checks that `value` lies in `lo..=hi`.
pub fn check_range(field: &str, value: i64, lo: i64, hi: i64) -> Result<(), Invalid> {
    if (lo..=hi).contains(&value) {
        Ok(())
    } else {
        Err(Invalid::new(
            field,
            t!("invalid-range", lo = lo, hi = hi, value = value),
        ))
    }
}

/// The most a journal entry's text, or a note, may hold: 1 MB (1 MiB).
pub const MAX_TEXT_BYTES: usize = 1 << 20;
/// The most a name or title (of a goal, trigger, commitment, plan item) may hold.
pub const MAX_NAME_CHARS: usize = 500;
/// The most one tag may hold.
pub const MAX_TAG_CHARS: usize = 60;

/// Refuses text longer than `max_chars` characters, saying both.
pub fn check_chars(field: &str, text: &str, max_chars: usize) -> Result<(), Invalid> {
    let n = text.chars().count();
    if n > max_chars {
        return Err(Invalid::new(
            field,
            t!("invalid-too-long", count = n, max = max_chars),
        ));
    }
    Ok(())
}

/// Refuses text over 1 MB, saying its size and the limit.
pub fn check_bytes(field: &str, text: &str) -> Result<(), Invalid> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Invalid::new(
            field,
            t!(
                "invalid-too-big",
                size = crate::catalog::decimal(text.len() as f64 / MAX_TEXT_BYTES as f64, 1)
            ),
        ));
    }
    Ok(())
}

/// Trims text and refuses it when empty or longer than a name may be: for fields the
/// person must fill in.
pub fn required_text(field: &str, text: &str) -> Result<String, Invalid> {
    let t = text.trim();
    if t.is_empty() {
        Err(Invalid::new(field, t!("invalid-empty")))
    } else {
        check_chars(field, t, MAX_NAME_CHARS)?;
        Ok(t.to_string())
    }
}

/// Optional text: empty means "clear it".
pub fn optional_text(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// A closed set of names stored as text (domains, sections, kinds, statuses).
pub trait Named: Sized + Copy + 'static {
    fn as_str(self) -> &'static str;
    fn parse(s: &str) -> Result<Self, Invalid>;
}

/// How many terminal columns `text` takes: wide (East Asian, emoji) characters count
/// two, combining marks none. Every place that lays text out measures with this.
pub fn width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// Shortens text to one line at most `max` columns wide (`shorten`, its lines and
/// spaces run together first).
pub fn one_line(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    shorten(&flat, max)
}

/// `text` in at most `max` terminal columns: as it is when it fits, else cut after the
/// last whole word that leaves room for "…" (a first word wider than that is cut
/// inside, at a character), so no line shows a word cut without saying so. Measured in
/// cells (`width`: wide characters count two), never in bytes; a combining mark stays
/// with its letter. Every line that may be too long for its place is shortened here.
pub fn shorten(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let (start, _) = split_to_fit(text, max - 1);
    let bare = |c: char| c.is_whitespace() || matches!(c, '·' | ',' | ';' | ':' | '(' | '–' | '—');
    format!("{}…", start.trim_end_matches(bare))
}

/// `text` split after the most of it that fits in `room` columns: at the last space
/// before the edge when the edge falls inside a word (but inside the first word, which
/// has no space before it). The start, and the rest.
pub fn split_to_fit(text: &str, room: usize) -> (&str, &str) {
    let (mut end, mut used) = (0, 0);
    for (i, c) in text.char_indices() {
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used > room {
            break;
        }
        end = i + c.len_utf8();
    }
    let (head, tail) = text.split_at_checked(end).unwrap_or((text, ""));
    let word = |c: char| !c.is_whitespace();
    if tail.starts_with(word) && head.ends_with(word) {
        let space = head.rfind(char::is_whitespace);
        if let Some((before, after)) = space.and_then(|i| text.split_at_checked(i))
            && !before.trim().is_empty()
        {
            return (before, after);
        }
    }
    (head, tail)
}

/// Items joined by `sep` in at most `max` columns: as many whole items as fit, then
/// "…" (a first item too wide is shortened). For lines of hints, where half an item
/// would show a key without what it does.
pub fn shorten_items(items: &[&str], sep: &str, max: usize) -> String {
    let all = items.join(sep);
    if width(&all) <= max {
        return all;
    }
    let mut kept = String::new();
    for item in items {
        let next = if kept.is_empty() {
            (*item).to_string()
        } else {
            format!("{kept}{sep}{item}")
        };
        // Room left for " …" after the items kept.
        if width(&next) + 2 > max {
            break;
        }
        kept = next;
    }
    if kept.is_empty() {
        return shorten(&all, max);
    }
    format!("{kept} …")
}

/// "1 day", "2 days": a count of days.
pub fn days(n: i64) -> String {
    t!("days", count = n)
}

/// The current run in words: a setback today makes today a fresh start, never a zero.
pub fn run_words(current_run: i64) -> String {
    t!("record-run", count = current_run)
}

/// Declares a closed set of names stored as text, with parsing that lists what is allowed.
macro_rules! named_enum {
    ($(#[$m:meta])* $name:ident, $field:literal { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The catalog keys of the values' words, in `ALL`'s order.
            pub const LABEL_KEYS: &'static [&'static str] =
                &[$(concat!("value-", stringify!($name), "-", $text)),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            /// The word a person reads for this value (the stored name stays as it is).
            pub fn label(self) -> String {
                let key = match self { $($name::$variant => concat!("value-", stringify!($name), "-", $text)),+ };
                $crate::catalog::text(key, None)
            }
            /// Parses the stored or typed name (case-insensitive; `_` and ` ` count as `-`).
            pub fn parse(s: &str) -> Result<Self, $crate::domain::Invalid> {
                let norm = s.trim().to_lowercase().replace(['_', ' '], "-");
                $(if norm == $text { return Ok($name::$variant); })+
                Err($crate::domain::Invalid::new($field, t!(
                    "invalid-unknown-name", value = s,
                    choices = [$($text),+].join(", "))))
            }
        }

        impl $crate::domain::Named for $name {
            fn as_str(self) -> &'static str { $name::as_str(self) }
            fn parse(s: &str) -> Result<Self, $crate::domain::Invalid> { $name::parse(s) }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.pad(self.as_str())
            }
        }
    };
}
pub(crate) use named_enum;

named_enum!(
    /// The five holistic life domains every check-in rates.
    LifeDomain, "domain" {
        Physical => "physical",
        Mental => "mental",
        Emotional => "emotional",
        Social => "social",
        Spiritual => "spiritual",
    }
);

impl LifeDomain {
    /// The domain's name as a heading.
    pub fn title(self) -> String {
        match self {
            LifeDomain::Physical => t!("life-domain-physical"),
            LifeDomain::Mental => t!("life-domain-mental"),
            LifeDomain::Emotional => t!("life-domain-emotional"),
            LifeDomain::Social => t!("life-domain-social"),
            LifeDomain::Spiritual => t!("life-domain-spiritual"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_keeps_what_fits_and_cuts_at_a_word() {
        assert_eq!(shorten("Esc not now", 11), "Esc not now");
        assert_eq!(shorten("Esc not now", 10), "Esc not…");
        assert_eq!(shorten("U brings it back.", 12), "U brings it…");
        assert_eq!(shorten("U brings it back.", 11), "U brings…");
        // The cut falls just after a whole word: it stays whole.
        assert_eq!(shorten("one two three", 8), "one two…");
        // Separators before the cut go with it.
        assert_eq!(shorten("Enter save · Esc leave", 14), "Enter save…");
        assert_eq!(shorten("a, b, c, d", 6), "a, b…");
    }

    #[test]
    fn shorten_at_the_smallest_widths() {
        assert_eq!(shorten("word", 0), "");
        assert_eq!(shorten("word", 1), "…");
        assert_eq!(shorten("word", 2), "w…");
        assert_eq!(shorten("", 0), "");
        assert_eq!(shorten("a", 1), "a");
    }

    #[test]
    fn shorten_cuts_inside_a_word_only_when_it_is_the_first() {
        assert_eq!(shorten("Supercalifragilistic", 8), "Superca…");
        assert_eq!(shorten("Supercalifragilistic is long", 8), "Superca…");
        assert_eq!(shorten("  Supercalifragilistic", 8), "  Super…");
    }

    #[test]
    fn shorten_counts_cells_not_bytes() {
        // Each of these takes two cells: four fit in 9 with "…".
        assert_eq!(shorten("日本語の文章です", 9), "日本語の…");
        assert_eq!(width(&shorten("日本語の文章です", 9)), 9);
        // A wide character that would pass the edge is left out, not split.
        assert_eq!(shorten("ab日本", 4), "ab…");
        // Accented letters are one cell each, however many bytes.
        assert_eq!(shorten("Éñţéŕ šåṽé · Éšç ļéåṽé", 12), "Éñţéŕ šåṽé…");
        // A combining mark stays with its letter.
        assert_eq!(shorten("cafe\u{301} au lait", 7), "cafe\u{301}…");
        assert_eq!(shorten("ok 🙂🙂🙂", 6), "ok…");
    }

    #[test]
    fn shorten_items_keeps_whole_items() {
        let items = ["Tab field", "←→ choose", "Ctrl-S save", "Esc leave"];
        assert_eq!(
            shorten_items(&items, " · ", 60),
            "Tab field · ←→ choose · Ctrl-S save · Esc leave"
        );
        assert_eq!(
            shorten_items(&items, " · ", 40),
            "Tab field · ←→ choose · Ctrl-S save …"
        );
        assert_eq!(shorten_items(&items, " · ", 12), "Tab field …");
        assert_eq!(shorten_items(&items, " · ", 8), "Tab…");
        assert_eq!(shorten_items(&[], " · ", 8), "");
    }

    /// Every value of every closed set has its word in the catalog, and the catalog
    /// has no word for a value that is not there.
    #[test]
    fn every_stored_value_has_its_word_and_no_word_is_left_over() {
        let sets: [&[&str]; 22] = [
            LifeDomain::LABEL_KEYS,
            GoalKind::LABEL_KEYS,
            GoalStatus::LABEL_KEYS,
            TriggerCategory::LABEL_KEYS,
            TriggerOrigin::LABEL_KEYS,
            Outcome::LABEL_KEYS,
            PlanSection::LABEL_KEYS,
            Stage::LABEL_KEYS,
            SetbackKind::LABEL_KEYS,
            Fellowship::LABEL_KEYS,
            MeetingFormat::LABEL_KEYS,
            ConnectionKind::LABEL_KEYS,
            Sharing::LABEL_KEYS,
            Role::LABEL_KEYS,
            usage::Path::LABEL_KEYS,
            usage::UseUnit::LABEL_KEYS,
            usage::SaferStep::LABEL_KEYS,
            trackers::TrackerKind::LABEL_KEYS,
            trackers::TrackerPreset::LABEL_KEYS,
            medication::MedForm::LABEL_KEYS,
            medication::ScheduleKind::LABEL_KEYS,
            medication::DoseStatus::LABEL_KEYS,
        ];
        let keys: std::collections::BTreeSet<&str> = sets.concat().into_iter().collect();
        for k in &keys {
            assert!(crate::catalog::has(k), "no word for {k} in i18n/en");
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain");
        let made: usize = [
            "mod.rs",
            "records.rs",
            "connections.rs",
            "people.rs",
            "usage.rs",
            "trackers.rs",
            "medication.rs",
        ]
        .iter()
        .map(|f| std::fs::read_to_string(format!("{dir}/{f}")).unwrap())
        .map(|text| text.matches("\nnamed_enum!(").count())
        .sum();
        assert_eq!(made, sets.len(), "a closed set is missing from this list");
        for (file, k) in crate::catalog::keys() {
            if k.starts_with("value-") {
                assert!(keys.contains(k.as_str()), "{file}.ftl: {k} names no value");
            }
        }
        assert_eq!(SetbackKind::HardDay.label(), "hard day");
        assert_eq!(Sharing::Unset.label(), "not chosen");
    }

    #[test]
    fn domain_names_parse_loosely_and_errors_list_the_choices() {
        assert_eq!(LifeDomain::parse(" Social ").unwrap(), LifeDomain::Social);
        let err = LifeDomain::parse("money").unwrap_err();
        assert_eq!(err.field, "domain");
        assert!(
            err.reason
                .contains("physical, mental, emotional, social, spiritual")
        );
    }

    #[test]
    fn range_check_names_the_bounds() {
        assert!(check_range("mood", 10, 1, 10).is_ok());
        let err = check_range("mood", 11, 1, 10).unwrap_err();
        assert_eq!(
            err.to_string(),
            "mood: must be a whole number from 1 to 10 (got 11)"
        );
    }

    #[test]
    fn required_text_refuses_blank() {
        assert!(required_text("title", "  \n").is_err());
        assert_eq!(required_text("title", " walk ").unwrap(), "walk");
    }
}
