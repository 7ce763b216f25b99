//! Every word a person reads: Fluent messages under `i18n/<language>/`, compiled in.
//! `t!("key")` or `t!("key", name = value, count = n)` formats one message in the
//! language in effect; English fills any message a language lacks. Plurals follow the
//! language's plural rules (`{ $count -> [one] … *[other] … }`), never `if n == 1`.
//!
//! Only message text changes with the language: stored values, data files, JSON, CSV,
//! command names, flags and key bindings never go through here.

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

pub use fluent_bundle::FluentArgs as Args;

/// One catalog file, as build.rs compressed it.
macro_rules! ftl {
    ($language:literal, $name:literal) => {
        (
            $name,
            include_bytes!(concat!(
                env!("OUT_DIR"),
                "/",
                $language,
                "/",
                $name,
                ".ftl.z"
            )),
        )
    };
}

/// The English catalog, one file per part of tend (deflated; see `source`).
const ENGLISH: &[(&str, &[u8])] = &[
    ftl!("en", "core"),
    ftl!("en", "tui"),
    ftl!("en", "screens"),
    ftl!("en", "forms"),
    ftl!("en", "cli"),
    ftl!("en", "help"),
    ftl!("en", "summary"),
    ftl!("en", "records"),
    ftl!("en", "errors"),
    ftl!("en", "sync"),
    ftl!("en", "demo"),
];

/// The Spanish catalog, file for file as the English (the same names, in the same
/// order: a test keeps them so).
const SPANISH: &[(&str, &[u8])] = &[
    ftl!("es", "core"),
    ftl!("es", "tui"),
    ftl!("es", "screens"),
    ftl!("es", "forms"),
    ftl!("es", "cli"),
    ftl!("es", "help"),
    ftl!("es", "summary"),
    ftl!("es", "records"),
    ftl!("es", "errors"),
    ftl!("es", "sync"),
    ftl!("es", "demo"),
];

/// The languages tend can show: English, Spanish (with the region it is spoken in,
/// which gives the decimal mark and a scale's regional version), and the pseudo-locale
/// (English, accented and a third longer), which shows any word that skipped the
/// catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    English,
    Spanish(Region),
    Pseudo,
}

/// Where Spanish is spoken, as far as tend writes it differently: Spain writes 7,5;
/// Mexico, the United States and anywhere else 7.5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    Spain,
    Mexico,
    UnitedStates,
    /// Any other region, or none named: written as in Mexico and the United States.
    Other,
}

impl Region {
    /// The region of a two-letter country code.
    pub fn of_country(country: &str) -> Region {
        match country.to_ascii_uppercase().as_str() {
            "ES" => Region::Spain,
            "MX" => Region::Mexico,
            "US" => Region::UnitedStates,
            _ => Region::Other,
        }
    }

    /// The country it names (`None` for `Other`).
    pub fn country(self) -> Option<&'static str> {
        match self {
            Region::Spain => Some("ES"),
            Region::Mexico => Some("MX"),
            Region::UnitedStates => Some("US"),
            Region::Other => None,
        }
    }
}

impl Language {
    /// Each language's tag, as the `language` setting and `tend config show` spell it.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish(Region::Spain) => "es-ES",
            Language::Spanish(Region::Mexico) => "es-MX",
            Language::Spanish(Region::UnitedStates) => "es-US",
            Language::Spanish(Region::Other) => "es",
            Language::Pseudo => "en-XA",
        }
    }

    /// The language a setting or locale names (`es`, `es_MX.UTF-8`, `en_US.UTF-8`,
    /// `en-XA`), if tend has it.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let tag = tag.split(['.', '@']).next().unwrap_or_default();
        let mut parts = tag.split(['-', '_']);
        let lang = parts.next().unwrap_or_default().to_ascii_lowercase();
        let region = parts.next().unwrap_or_default().to_ascii_uppercase();
        match (lang.as_str(), region.as_str()) {
            ("en", "XA") => Some(Language::Pseudo),
            ("en", _) => Some(Language::English),
            ("es", region) => Some(Language::Spanish(Region::of_country(region))),
            _ => None,
        }
    }

    /// Whether it is Spanish, of any region.
    pub fn is_spanish(self) -> bool {
        matches!(self, Language::Spanish(_))
    }

    fn code(self) -> u8 {
        match self {
            Language::English => 1,
            Language::Pseudo => 2,
            Language::Spanish(Region::Spain) => 3,
            Language::Spanish(Region::Mexico) => 4,
            Language::Spanish(Region::UnitedStates) => 5,
            Language::Spanish(Region::Other) => 6,
        }
    }

    fn from_code(code: u8) -> Option<Language> {
        match code {
            1 => Some(Language::English),
            2 => Some(Language::Pseudo),
            3 => Some(Language::Spanish(Region::Spain)),
            4 => Some(Language::Spanish(Region::Mexico)),
            5 => Some(Language::Spanish(Region::UnitedStates)),
            6 => Some(Language::Spanish(Region::Other)),
            _ => None,
        }
    }
}

/// Where the language in effect came from, for `tend config show`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub language: Language,
    /// The setting or variable that chose it (`language`, `LC_ALL`, …), `None` when
    /// nothing named one.
    pub from: Option<&'static str>,
    /// What that setting or variable said, when it named a language tend lacks.
    pub missing: Option<String>,
}

/// The language in effect: the `language` setting if set, else the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set, else English. A language tend doesn't have
/// falls back to English.
pub fn choose(setting: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Choice {
    let named = setting.map(|s| ("language", s.to_string())).or_else(|| {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|k| env(k).filter(|v| !v.is_empty()).map(|v| (k, v)))
    });
    match named {
        None => Choice {
            language: Language::English,
            from: None,
            missing: None,
        },
        Some((from, value)) => {
            let posix = matches!(value.as_str(), "C" | "POSIX") || value.starts_with("C.");
            match Language::from_tag(&value) {
                Some(language) => Choice {
                    language,
                    from: Some(from),
                    missing: None,
                },
                None => Choice {
                    language: Language::English,
                    from: Some(from),
                    missing: (!posix).then_some(value),
                },
            }
        }
    }
}

static GLOBAL: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static LOCAL: Cell<Option<Language>> = const { Cell::new(None) };
}

/// Sets the language for the rest of the run.
pub fn set_language(language: Language) {
    GLOBAL.store(language.code(), Ordering::Relaxed);
}

/// The language words are shown in now.
pub fn language() -> Language {
    LOCAL
        .with(Cell::get)
        .or_else(|| Language::from_code(GLOBAL.load(Ordering::Relaxed)))
        .unwrap_or(Language::English)
}

/// Runs `f` with words in `language` on this thread only (tests render in two
/// languages side by side).
pub fn in_language<R>(language: Language, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Language>);
    impl Drop for Restore {
        fn drop(&mut self) {
            LOCAL.with(|l| l.set(self.0));
        }
    }
    let _restore = Restore(LOCAL.with(|l| l.replace(Some(language))));
    f()
}

type Bundle = FluentBundle<FluentResource>;

/// The catalog's files (one per part of tend), each parsed into its own bundle the
/// first time one of its messages is shown, so a command that prints a few words parses
/// only the file they are in. Messages refer to others only within their file.
struct Files {
    text: Vec<OnceLock<String>>,
    spanish_text: Vec<OnceLock<String>>,
    english: Vec<OnceLock<Bundle>>,
    spanish: Vec<OnceLock<Bundle>>,
    pseudo: Vec<OnceLock<Bundle>>,
}

fn files() -> &'static Files {
    static FILES: OnceLock<Files> = OnceLock::new();
    FILES.get_or_init(|| Files {
        text: ENGLISH.iter().map(|_| OnceLock::new()).collect(),
        spanish_text: SPANISH.iter().map(|_| OnceLock::new()).collect(),
        english: ENGLISH.iter().map(|_| OnceLock::new()).collect(),
        spanish: SPANISH.iter().map(|_| OnceLock::new()).collect(),
        pseudo: ENGLISH.iter().map(|_| OnceLock::new()).collect(),
    })
}

/// Which file holds a message, by the first word of its id: each part of tend names
/// its messages with its own words (a test keeps every id in the file this says).
fn file_of(key: &str) -> Option<usize> {
    let file = match key.split('-').next().unwrap_or_default() {
        "days" | "date" | "weekday" | "month" => "core",
        "tui" => "tui",
        "form" => "forms",
        "cli" | "error" => "cli",
        "help" => "help",
        "summary" => "summary",
        "record" | "value" | "invalid" | "life" | "crisis" | "scale" => "records",
        "store" | "import" | "settings" | "files" | "secret" | "editor" | "paths" => "errors",
        "sync" => "sync",
        "demo" => "demo",
        // The screens name their messages by the screen: today-, journal-, plan-, …
        _ => "screens",
    };
    ENGLISH.iter().position(|(name, _)| *name == file)
}

/// The text of English catalog file `i`, inflated the first time it is needed.
fn source(i: usize) -> &'static str {
    inflate(&files().text[i], ENGLISH[i].1)
}

/// The text of Spanish catalog file `i`, inflated the first time it is needed.
fn spanish_source(i: usize) -> &'static str {
    inflate(&files().spanish_text[i], SPANISH[i].1)
}

fn inflate(cell: &'static OnceLock<String>, packed: &[u8]) -> &'static str {
    cell.get_or_init(|| {
        let bytes =
            miniz_oxide::inflate::decompress_to_vec(packed).expect("build.rs deflated the catalog");
        String::from_utf8(bytes).expect("the catalog is UTF-8")
    })
}

/// The message ids a file defines: each line that starts with one and `=`.
fn ids(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter_map(|line| {
        let (id, _) = line.split_once(" =")?;
        let starts = id.starts_with(|c: char| c.is_ascii_alphabetic());
        (starts && !id.contains(' ')).then_some(id)
    })
}

/// The bundle of the file that holds `key`, in `language`, if any file does.
fn bundle(language: Language, key: &str) -> Option<&'static Bundle> {
    let i = file_of(key)?;
    let name = ENGLISH[i].0;
    let f = files();
    Some(match language {
        Language::English => f.english[i].get_or_init(|| build("en", name, source(i), None)),
        Language::Spanish(_) => {
            f.spanish[i].get_or_init(|| build("es", name, spanish_source(i), None))
        }
        Language::Pseudo => f.pseudo[i].get_or_init(|| build("en", name, source(i), Some(accent))),
    })
}

fn build(tag: &str, name: &str, text: &str, transform: Option<fn(&str) -> Cow<'_, str>>) -> Bundle {
    // The language's plural rules (`[one]`, `*[other]`) come from its tag.
    let mut bundle = Bundle::new_concurrent(vec![
        unic_langid::LanguageIdentifier::from_bytes(tag.as_bytes()).unwrap_or_default(),
    ]);
    // Placeables are not wrapped in direction marks: terminals and CSV show them as-is.
    bundle.set_use_isolating(false);
    bundle.set_transform(transform);
    bundle.set_formatter(Some(numbers));
    let resource = FluentResource::try_new(text.to_string())
        .unwrap_or_else(|(_, e)| panic!("i18n/{tag}/{name}.ftl does not parse: {e:?}"));
    bundle
        .add_resource(resource)
        .unwrap_or_else(|e| panic!("i18n/{tag}/{name}.ftl repeats a message: {e:?}"));
    bundle
}

/// A number given to a message (`{ $hours }`) with the decimal mark of the language
/// in effect; `None` leaves it as Fluent writes it.
fn numbers<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => {
            let plain = n.as_string();
            plain.contains('.').then(|| mark(&plain))
        }
        _ => None,
    }
}

/// One message in the language in effect, English where that language lacks it, and
/// the key itself (never a panic) where no catalog has it.
pub fn text(key: &str, args: Option<&FluentArgs>) -> String {
    let language = language();
    let found = [language, Language::English].into_iter().find_map(|l| {
        let b = bundle(l, key)?;
        b.get_message(key)
            .and_then(|m| m.value())
            .map(|pattern| (b, pattern))
    });
    let Some((b, pattern)) = found else {
        return key.to_string();
    };
    let mut errors = Vec::new();
    let out = b.format_pattern(pattern, args, &mut errors).into_owned();
    if language == Language::Pseudo && !out.is_empty() {
        return lengthen(&out);
    }
    out
}

/// Whether the English catalog has `key` (for the checks that keep the catalog whole).
pub fn has(key: &str) -> bool {
    bundle(Language::English, key).is_some_and(|b| b.has_message(key))
}

/// Every key of the English catalog with the file it is in.
pub fn keys() -> Vec<(&'static str, String)> {
    (0..ENGLISH.len())
        .flat_map(|i| ids(source(i)).map(move |id| (ENGLISH[i].0, id.to_string())))
        .collect()
}

/// A number with `places` decimals, with the decimal mark of the language in effect
/// (Spain's comma: 7,5; elsewhere 7.5). For people only: CSV, JSON and data files
/// write `format!("{x:.1}")`, which is always a point.
pub fn decimal(x: f64, places: usize) -> String {
    mark(&format!("{x:.places$}"))
}

/// A number already written with a point (`7.5`, `-0.25`), with the decimal mark of
/// the language in effect.
pub fn mark(number: &str) -> String {
    match language() {
        Language::Spanish(Region::Spain) => number.replace('.', ","),
        _ => number.to_string(),
    }
}

/// A value for a message's argument: text as it is, numbers as numbers (so plurals
/// choose by them).
pub trait Arg {
    fn arg(self) -> FluentValue<'static>;
}

impl Arg for String {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self))
    }
}

impl Arg for &String {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self.clone()))
    }
}

impl Arg for &str {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self.to_string()))
    }
}

impl Arg for Cow<'_, str> {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self.into_owned()))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn arg(self) -> FluentValue<'static> {
                FluentValue::from(self)
            }
        }
    )*};
}
number_arg!(i8, i16, i32, i64, u8, u16, u32, u64, usize, isize, f64);

/// Formats one message of the catalog: `t!("key")`, or `t!("key", name = value, …)`
/// where each value is text or a whole number. The key is always a literal, so a test
/// can check every key used has a message.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::catalog::text($key, None)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::catalog::text_with(
            $key,
            [$( (stringify!($name), $crate::catalog::Arg::arg($value)) ),+],
        )
    };
}

/// One message with its arguments (what `t!` calls): one small function per number of
/// arguments, so the thousands of places that format a message stay small.
#[inline(never)]
pub fn text_with<const N: usize>(
    key: &str,
    args: [(&'static str, FluentValue<'static>); N],
) -> String {
    let mut all = FluentArgs::with_capacity(N);
    for (name, value) in args {
        all.set(name, value);
    }
    text(key, Some(&all))
}

/// The shapes a date is written in; each language orders them in its catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateForm {
    /// Saturday 5 December 2026
    Long,
    /// Saturday 5 December
    WeekdayDayMonth,
    /// Sat 5 Dec
    WeekdayShort,
    /// 5 December 2026
    DayMonthYear,
    /// 5 December
    DayMonth,
    /// 5 Dec 2026
    DayMonShortYear,
    /// 5 Dec
    DayMonShort,
    /// December 2026
    MonthYear,
    /// Dec 2026
    MonShortYear,
    /// Saturday
    Weekday,
    /// Sat
    WeekdayAbbr,
    /// Dec
    MonthAbbr,
}

/// `date` in one of the catalog's date shapes, with its names from the catalog.
pub fn date(date: NaiveDate, form: DateForm) -> String {
    let pattern = match form {
        DateForm::Weekday => return weekday(date.weekday(), false),
        DateForm::WeekdayAbbr => return weekday(date.weekday(), true),
        DateForm::MonthAbbr => return month(date.month(), true),
        // The shapes hold no words (the names come below), so the pseudo-locale
        // leaves them as English has them.
        _ => in_language(unaccented(language()), || match form {
            DateForm::Long => t!("date-long"),
            DateForm::WeekdayDayMonth => t!("date-weekday-day-month"),
            DateForm::WeekdayShort => t!("date-weekday-short"),
            DateForm::DayMonthYear => t!("date-day-month-year"),
            DateForm::DayMonth => t!("date-day-month"),
            DateForm::DayMonShortYear => t!("date-day-mon-year"),
            DateForm::DayMonShort => t!("date-day-mon"),
            DateForm::MonthYear => t!("date-month-year"),
            _ => t!("date-mon-year"),
        }),
    };
    let mut out = String::new();
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('A') => out.push_str(&weekday(date.weekday(), false)),
            Some('a') => out.push_str(&weekday(date.weekday(), true)),
            Some('B') => out.push_str(&month(date.month(), false)),
            Some('b') => out.push_str(&month(date.month(), true)),
            Some('d') => out.push_str(&date.day().to_string()),
            Some('Y') => out.push_str(&date.year().to_string()),
            Some(other) => {
                out.push('%');
                out.push(other);
            }
            None => out.push('%'),
        }
    }
    out
}

/// The language whose catalog `language` writes in, without the pseudo-locale's
/// accents.
fn unaccented(language: Language) -> Language {
    match language {
        Language::Pseudo => Language::English,
        other => other,
    }
}

/// A weekday's name, whole or short.
pub fn weekday(day: chrono::Weekday, short: bool) -> String {
    use chrono::Weekday::*;
    match (day, short) {
        (Mon, false) => t!("weekday-mon"),
        (Tue, false) => t!("weekday-tue"),
        (Wed, false) => t!("weekday-wed"),
        (Thu, false) => t!("weekday-thu"),
        (Fri, false) => t!("weekday-fri"),
        (Sat, false) => t!("weekday-sat"),
        (Sun, false) => t!("weekday-sun"),
        (Mon, true) => t!("weekday-mon-short"),
        (Tue, true) => t!("weekday-tue-short"),
        (Wed, true) => t!("weekday-wed-short"),
        (Thu, true) => t!("weekday-thu-short"),
        (Fri, true) => t!("weekday-fri-short"),
        (Sat, true) => t!("weekday-sat-short"),
        (Sun, true) => t!("weekday-sun-short"),
    }
}

/// A month's name (1 is January), whole or short.
pub fn month(month: u32, short: bool) -> String {
    match (month, short) {
        (1, false) => t!("month-jan"),
        (2, false) => t!("month-feb"),
        (3, false) => t!("month-mar"),
        (4, false) => t!("month-apr"),
        (5, false) => t!("month-may"),
        (6, false) => t!("month-jun"),
        (7, false) => t!("month-jul"),
        (8, false) => t!("month-aug"),
        (9, false) => t!("month-sep"),
        (10, false) => t!("month-oct"),
        (11, false) => t!("month-nov"),
        (_, false) => t!("month-dec"),
        (1, true) => t!("month-jan-short"),
        (2, true) => t!("month-feb-short"),
        (3, true) => t!("month-mar-short"),
        (4, true) => t!("month-apr-short"),
        (5, true) => t!("month-may-short"),
        (6, true) => t!("month-jun-short"),
        (7, true) => t!("month-jul-short"),
        (8, true) => t!("month-aug-short"),
        (9, true) => t!("month-sep-short"),
        (10, true) => t!("month-oct-short"),
        (11, true) => t!("month-nov-short"),
        (_, true) => t!("month-dec-short"),
    }
}

/// The pseudo-locale's letters: every ASCII letter becomes an accented one, so an
/// English word that skipped the catalog stands out as plain ASCII.
fn accent(text: &str) -> Cow<'_, str> {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match FROM.find(c) {
                Some(i) => TO.chars().nth(i).unwrap_or(c),
                None => c,
            })
            .collect(),
    )
}

/// The pseudo-locale's length: a third longer, as translations often are, so a
/// screen that only fits English shows it.
fn lengthen(text: &str) -> String {
    let extra = (text.chars().count() * 3).div_ceil(10).max(1);
    format!("{text} [{}]", "·".repeat(extra))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_and_no_message_is_in_two_files() {
        let mut seen = std::collections::HashMap::new();
        for (file, key) in keys() {
            if let Some(other) = seen.insert(key.clone(), file) {
                panic!("{key} is in both {other}.ftl and {file}.ftl");
            }
            let found = file_of(&key).map(|i| ENGLISH[i].0);
            assert_eq!(
                found,
                Some(file),
                "{key} is in {file}.ftl; its first word says otherwise"
            );
            assert!(has(&key), "{file}.ftl: {key} does not parse");
        }
        assert!(seen.len() > 1000, "{}", seen.len());
    }

    #[test]
    fn plurals_come_from_the_catalog_rules() {
        assert_eq!(t!("days", count = 1), "1 day");
        assert_eq!(t!("days", count = 3), "3 days");
        assert_eq!(t!("days", count = 0), "0 days");
    }

    #[test]
    fn dates_take_their_names_from_the_catalog() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        assert_eq!(date(d, DateForm::Long), "Saturday 5 December 2026");
        assert_eq!(date(d, DateForm::DayMonShort), "5 Dec");
        assert_eq!(date(d, DateForm::WeekdayShort), "Sat 5 Dec");
        assert_eq!(date(d, DateForm::MonShortYear), "Dec 2026");
        for (form, chrono) in [
            (DateForm::Long, "%A %-d %B %Y"),
            (DateForm::WeekdayDayMonth, "%A %-d %B"),
            (DateForm::WeekdayShort, "%a %-d %b"),
            (DateForm::DayMonthYear, "%-d %B %Y"),
            (DateForm::DayMonth, "%-d %B"),
            (DateForm::DayMonShortYear, "%-d %b %Y"),
            (DateForm::DayMonShort, "%-d %b"),
            (DateForm::MonthYear, "%B %Y"),
            (DateForm::MonShortYear, "%b %Y"),
            (DateForm::Weekday, "%A"),
            (DateForm::WeekdayAbbr, "%a"),
            (DateForm::MonthAbbr, "%b"),
        ] {
            for day in 0..400 {
                let d = d + chrono::Duration::days(day);
                assert_eq!(date(d, form), d.format(chrono).to_string(), "{form:?}");
            }
        }
    }

    /// Each message of a file with the variables (`$name`) and attributes (`.name`)
    /// it uses.
    fn messages(
        text: &str,
    ) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
        let mut out = std::collections::BTreeMap::new();
        let mut current: Option<String> = None;
        for line in text.lines() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            if let Some(id) = ids(line).next() {
                current = Some(id.to_string());
                out.entry(id.to_string())
                    .or_insert_with(std::collections::BTreeSet::new);
            }
            let Some(id) = &current else { continue };
            let uses = out.get_mut(id).expect("entered above");
            let trimmed = line.trim_start();
            if let Some(attr) = trimmed.strip_prefix('.')
                && let Some((name, _)) = attr.split_once(" =")
            {
                uses.insert(format!(".{name}"));
            }
            for (i, _) in line.match_indices('$') {
                let name: String = line
                    .get(i + 1..)
                    .unwrap_or_default()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                if !name.is_empty() {
                    uses.insert(format!("${name}"));
                }
            }
        }
        out
    }

    #[test]
    fn spanish_has_every_english_message_with_the_same_variables() {
        assert_eq!(
            ENGLISH.iter().map(|f| f.0).collect::<Vec<_>>(),
            SPANISH.iter().map(|f| f.0).collect::<Vec<_>>(),
            "the same files in the same order"
        );
        let mut wrong = Vec::new();
        for (i, (name, _)) in ENGLISH.iter().enumerate() {
            let en = messages(source(i));
            let es = messages(spanish_source(i));
            for (id, uses) in &en {
                match es.get(id) {
                    None => wrong.push(format!("{name}.ftl: {id} is missing")),
                    Some(theirs) if theirs != uses => wrong.push(format!(
                        "{name}.ftl: {id} uses {theirs:?}, the English {uses:?}"
                    )),
                    Some(_) => {}
                }
            }
            for id in es.keys().filter(|id| !en.contains_key(*id)) {
                wrong.push(format!("{name}.ftl: {id} is not in the English"));
            }
            // Every Spanish file parses (a bundle panics on a file that does not).
            if let Some(id) = es.keys().next() {
                let b = bundle(Language::Spanish(Region::Other), id).expect("a file");
                assert!(b.has_message(id), "{name}.ftl: {id} does not parse");
            }
        }
        assert!(
            wrong.is_empty(),
            "{} problems:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    /// REFERENCE.md's Spanish glossary: a message whose English says the term, and
    /// the Spanish term its Spanish must say.
    const GLOSSARY: &[(&str, &str, &str)] = &[
        ("value-Outcome-setback", "setback", "tropiezo"),
        ("tui-checkin-setback-today", "setback", "tropiezo"),
        ("value-SetbackKind-slip", "slip", "desliz"),
        ("value-SetbackKind-lapse", "lapse", "caída"),
        ("value-SetbackKind-relapse", "relapse", "recaída"),
        ("value-SetbackKind-hard-day", "hard day", "día difícil"),
        (
            "store-noun-growth",
            "growth entry",
            "registro de aprendizaje",
        ),
        ("help-stats", "days in recovery", "días en recuperación"),
        (
            "form-growth-intro",
            "days in recovery",
            "días en recuperación",
        ),
        ("checkin-title", "Check-in", "registro del día"),
        ("tui-tab-journal", "Journal", "diario"),
        ("summary-measure-craving", "Craving", "deseo de consumir"),
        ("scale-about-pacs", "craving", "deseo de consumir"),
        ("form-trigger-name", "Trigger", "detonante"),
        (
            "store-noun-coping",
            "coping strategy",
            "estrategia de afrontamiento",
        ),
        (
            "summary-plan-heading",
            "Relapse-prevention plan",
            "plan de prevención de recaídas",
        ),
        ("value-Role-sponsor", "sponsor", "padrino"),
        ("value-Role-sponsor", "sponsor", "madrina"),
        ("form-meeting-home", "Home group", "grupo base"),
        ("library-home-group", "home group", "grupo base"),
        ("form-connection-meeting", "Meeting", "reunión"),
        (
            "value-UseUnit-drinks",
            "standard drinks",
            "bebidas estándar",
        ),
        ("value-SaferStep-naloxone", "naloxone", "naloxona"),
        ("summary-md-in-recovery", "In recovery", "en recuperación"),
        (
            "tui-crisis-halt",
            "HALT: hungry, angry, lonely, tired",
            "hambre, enojo, soledad, cansancio",
        ),
    ];

    #[test]
    fn each_glossary_term_renders_as_its_spanish_term() {
        let mut wrong = Vec::new();
        for (key, english, spanish) in GLOSSARY {
            let en = in_language(Language::English, || text(key, None)).to_lowercase();
            let es = in_language(Language::Spanish(Region::Other), || text(key, None));
            assert!(
                en.contains(&english.to_lowercase()),
                "{key}: {en:?} lacks {english:?}"
            );
            if !es.to_lowercase().contains(&spanish.to_lowercase()) {
                wrong.push(format!("{key}: {es:?} does not say {spanish:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn spanish_plurals_dates_and_names() {
        let es = Language::Spanish(Region::Spain);
        in_language(es, || {
            assert_eq!(t!("days", count = 1), "1 día");
            assert_eq!(t!("days", count = 0), "0 días");
            assert_eq!(t!("days", count = 2), "2 días");
            let d = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
            assert_eq!(date(d, DateForm::DayMonthYear), "5 de diciembre de 2026");
            assert_eq!(date(d, DateForm::Long), "sábado, 5 de diciembre de 2026");
            assert_eq!(date(d, DateForm::WeekdayShort), "sáb 5 dic");
            assert_eq!(date(d, DateForm::MonthYear), "diciembre de 2026");
            let d = NaiveDate::from_ymd_opt(2026, 9, 16).unwrap();
            assert_eq!(
                date(d, DateForm::WeekdayDayMonth),
                "miércoles, 16 de septiembre"
            );
            assert_eq!(date(d, DateForm::DayMonShortYear), "16 sep 2026");
        });
    }

    #[test]
    fn spanish_tags_keep_their_region() {
        use Region::*;
        for (tag, language) in [
            ("es", Language::Spanish(Other)),
            ("es_ES.UTF-8", Language::Spanish(Spain)),
            ("es-es", Language::Spanish(Spain)),
            ("es_MX.UTF-8", Language::Spanish(Mexico)),
            ("es_US.utf8", Language::Spanish(UnitedStates)),
            ("es_AR.UTF-8", Language::Spanish(Other)),
            ("es_CO@euro", Language::Spanish(Other)),
        ] {
            assert_eq!(Language::from_tag(tag), Some(language), "{tag}");
            let again = Language::from_tag(language.tag());
            assert_eq!(again, Some(language), "{tag} round trip");
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        assert_eq!(Language::from_tag("fr_FR.UTF-8"), None);
    }

    #[test]
    fn the_decimal_mark_follows_the_region() {
        use Region::*;
        let at = |l: Language| in_language(l, || decimal(7.5, 1));
        assert_eq!(at(Language::Spanish(Spain)), "7,5");
        assert_eq!(at(Language::Spanish(Mexico)), "7.5");
        assert_eq!(at(Language::Spanish(UnitedStates)), "7.5");
        assert_eq!(at(Language::Spanish(Other)), "7.5");
        assert_eq!(at(Language::English), "7.5");
        assert_eq!(
            in_language(Language::Spanish(Spain), || decimal(12.0, 2)),
            "12,00"
        );
        assert_eq!(
            in_language(Language::Spanish(Spain), || decimal(3.0, 0)),
            "3"
        );
    }

    #[test]
    fn the_pseudo_locale_accents_and_lengthens_only_the_catalog_words() {
        let out = in_language(Language::Pseudo, || t!("days", count = 3));
        assert!(out.starts_with("3 đåýš ["), "{out}");
        assert!(!out.chars().any(|c| c.is_ascii_alphabetic()), "{out}");
        assert_eq!(
            t!("days", count = 3),
            "3 days",
            "other threads stay English"
        );
    }

    #[test]
    fn every_key_used_has_a_message_and_every_message_is_used() {
        // Computed keys are checked where they are made: the command line's help
        // (`help-…`, by its clap tree) and the stored values' words (`value-…`, by
        // `domain`'s test of every closed set).
        let used = used_keys();
        let missing: Vec<_> = used.iter().filter(|k| !has(k)).collect();
        assert!(
            missing.is_empty(),
            "keys with no message in i18n/en: {missing:?}"
        );
        let unused: Vec<_> = keys()
            .into_iter()
            .filter(|(_, k)| !used.contains(k))
            .filter(|(_, k)| !k.starts_with("help-") && !k.starts_with("value-"))
            .collect();
        assert!(unused.is_empty(), "messages nothing uses: {unused:?}");
    }

    /// Every `.rs` file under `src/`.
    fn source_files() -> Vec<std::path::PathBuf> {
        let mut files = Vec::new();
        let mut todo = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(p) = todo.pop() {
            if p.is_dir() {
                todo.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
            } else if p.extension().is_some_and(|e| e == "rs") {
                files.push(p);
            }
        }
        files
    }

    /// Every key `t!` names in `src/`.
    fn used_keys() -> std::collections::BTreeSet<String> {
        let mut out = std::collections::BTreeSet::new();
        for p in source_files() {
            let text: String = std::fs::read_to_string(&p)
                .unwrap()
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for (i, _) in text.match_indices("t!(") {
                let before = text.get(..i).and_then(|b| b.chars().next_back());
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = text.get(i + 3..).unwrap_or_default().trim_start();
                let Some(rest) = rest.strip_prefix('"') else {
                    continue;
                };
                let key: String = rest.chars().take_while(|c| *c != '"').collect();
                if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                    out.insert(key);
                }
            }
        }
        out
    }

    /// What may stay in `src/` as a string literal with words in it, by design: the
    /// file, and a piece of the literal. Each is a name, a command or a stored value that
    /// is the same in every language, or a message for whoever reads tend's code.
    const STAYS_IN_CODE: &[(&str, &str)] = &[
        // File names tend gives what it writes.
        ("cli/backup.rs", "tend-"),
        ("cli/export.rs", "tend-summary-"),
        ("tui/forms/export.rs", "tend-summary-"),
        ("store/backup.rs", "tend-"),
        // Commands, typed the same in every language.
        ("cli/plan.rs", "`tend plan add"),
        ("store/odd_dates.rs", "tend "),
        ("sync/mod.rs", "`tend sync join"),
        // Key names as the settings file takes them.
        ("tui/keymap/tables.rs", "ctrl-x"),
        // The roles as `--role` and the person form take them.
        ("tui/forms/mod.rs", "sponsor, sponsee"),
        // What other programs write, read as they write it.
        ("store/file.rs", "SQLite format 3"),
        ("store/gzip.rs", "SQLite format 3"),
        ("store/place.rs", "SQLite format 3"),
        ("store/mod.rs", "*** in database main ***"),
        // Folders and copies sync programs make, and those programs' names.
        ("cli/doctor/carried.rs", " Drive"),
        ("cli/doctor/carried.rs", "Mobile Documents"),
        ("cli/doctor/carried.rs", "conflicted copy"),
        // The text sealed in a sync folder's header: bytes, never shown.
        ("sync/folder.rs", "tend sync key check"),
        // The label a sync key's fingerprint is drawn with: bytes, never shown.
        ("sync/seal.rs", "tend segment fingerprint"),
        // A person's own words about a group, matched when tend offers to add it.
        ("domain/people.rs", "smart recovery"),
        // The import's refusals name flags; the form puts its own field names in
        // their place (in English; elsewhere the flags stay, which still say what to
        // set).
        ("tui/forms/import.rs", "--"),
        // The settings file's template: its settings, as the file takes them.
        ("settings.rs", " = "),
        // The page's viewport, for browsers.
        ("report/html.rs", "width=device-width"),
    ];

    /// The string literals of `text` with two or more words in them, outside comments,
    /// tests, SQL, and messages for a bug (`expect`, `panic!`, `unreachable!`, asserts).
    fn sentences(text: &str) -> Vec<(usize, String)> {
        let code = text.split("\n#[cfg(test)]").next().unwrap_or_default();
        let mut out = Vec::new();
        let mut bug = false;
        for (n, line) in code.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") {
                continue;
            }
            let about_a_bug = [
                "expect(",
                "panic!(",
                "unreachable!(",
                "assert",
                "debug_assert",
            ]
            .iter()
            .any(|b| line.contains(b));
            let lone = trimmed.starts_with('"');
            if !(lone && bug) {
                bug = about_a_bug;
            }
            if about_a_bug || (lone && bug) {
                continue;
            }
            for literal in literals(line) {
                if is_words(&literal) {
                    out.push((n + 1, literal));
                }
            }
        }
        out
    }

    /// Whether a literal holds two or more words once its placeholders (`{…}`) and
    /// HTML tags are taken out, and is neither SQL nor a list of column names.
    fn is_words(literal: &str) -> bool {
        const SQL: [&str; 12] = [
            "SELECT ",
            "INSERT ",
            "UPDATE ",
            "DELETE FROM",
            "CREATE ",
            " WHERE ",
            "PRAGMA ",
            "SAVEPOINT ",
            "RELEASE ",
            "ROLLBACK ",
            "ATTACH ",
            "DETACH ",
        ];
        if SQL.iter().any(|k| literal.contains(k)) || literal.contains("json_array(") {
            return false;
        }
        let columns = literal.split(", ").all(|c| !c.trim().contains(' '));
        if literal.contains(", ")
            && columns
            && (literal.contains('_') || literal.matches(", ").count() >= 3)
        {
            return false;
        }
        let mut plain = String::new();
        let mut depth = 0;
        let mut chars = literal.chars();
        while let Some(c) = chars.next() {
            match c {
                // A date format's field (`%Y`, `%-d`) is not a word.
                '%' => {
                    chars.find(|c| c.is_alphabetic());
                    plain.push(' ');
                }
                '{' | '<' => depth += 1,
                '}' | '>' if depth > 0 => {
                    depth -= 1;
                    plain.push(' ');
                }
                _ if depth == 0 => plain.push(c),
                _ => {}
            }
        }
        let words = plain
            .split_whitespace()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .count();
        words >= 2
    }

    /// The plain string literals on one line (not raw strings or chars).
    fn literals(line: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut chars = line.chars().peekable();
        let mut prev = ' ';
        while let Some(c) = chars.next() {
            if c == '\'' && chars.peek() == Some(&'"') {
                chars.next();
                prev = '"';
                continue;
            }
            if c == '"' && prev != 'r' && prev != '#' {
                let mut lit = String::new();
                while let Some(d) = chars.next() {
                    match d {
                        '\\' => {
                            chars.next();
                            lit.push(' ');
                        }
                        '"' => break,
                        _ => lit.push(d),
                    }
                }
                out.push(lit);
            }
            prev = c;
        }
        out
    }

    #[test]
    fn no_sentence_is_left_in_the_code() {
        let mut left = Vec::new();
        for p in source_files() {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            if name == "tests.rs" || name.ends_with("_tests.rs") {
                continue;
            }
            let file = p.to_string_lossy().into_owned();
            let file = file.split("/src/").nth(1).unwrap_or_default().to_string();
            for (n, lit) in sentences(&std::fs::read_to_string(&p).unwrap()) {
                let stays = STAYS_IN_CODE
                    .iter()
                    .any(|(f, piece)| file == *f && lit.contains(piece));
                if !stays {
                    left.push(format!("src/{file}:{n}: {lit}"));
                }
            }
        }
        left.sort();
        assert!(
            left.is_empty(),
            "{} literals with words outside the catalog:\n{}",
            left.len(),
            left.join("\n")
        );
    }

    #[test]
    fn the_language_comes_from_the_setting_then_the_locale() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                vars.iter()
                    .find(|(name, _)| *name == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        let c = choose(Some("en-XA"), env(&[("LANG", "en_US.UTF-8")]));
        assert_eq!((c.language, c.from), (Language::Pseudo, Some("language")));
        let c = choose(None, env(&[("LANG", "en_XA.UTF-8")]));
        assert_eq!((c.language, c.from), (Language::Pseudo, Some("LANG")));
        let c = choose(None, env(&[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "en_XA")]));
        assert_eq!(
            c.language,
            Language::English,
            "LC_ALL first; French falls back"
        );
        assert_eq!(c.missing.as_deref(), Some("fr_FR.UTF-8"));
        let c = choose(None, env(&[("LANG", "es_MX.UTF-8")]));
        assert_eq!(c.language, Language::Spanish(Region::Mexico));
        let c = choose(Some("es-ES"), env(&[("LANG", "en_US.UTF-8")]));
        assert_eq!(
            (c.language, c.from),
            (Language::Spanish(Region::Spain), Some("language"))
        );
        let c = choose(None, env(&[("LC_ALL", ""), ("LC_MESSAGES", "C")]));
        assert_eq!((c.language, c.missing), (Language::English, None));
        assert_eq!(choose(None, env(&[])).from, None);
    }
}
