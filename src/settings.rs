//! The settings file: TOML at the config path `tend paths` prints (or `TEND_CONFIG`).
//! Read key by key, so one bad value falls back to its default and the rest still
//! apply. Unknown keys are warnings; bad values are errors naming file, line and what is
//! allowed. No file at all means every default.

use crate::domain::LifeDomain;
use crate::domain::retention::Retention;
use std::path::{Path, PathBuf};
use toml::de::{DeTable, DeValue};

/// The colours the TUI draws with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    #[default]
    Default,
    HighContrast,
    NoColour,
}

impl ThemeName {
    pub const NAMES: [&str; 3] = ["default", "high-contrast", "no-colour"];
    pub fn as_str(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

/// A keymap override as written: which action, which keys, on which line.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyOverride {
    pub action: String,
    pub keys: Vec<String>,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Set here, the file owns the day-start hour (it is copied to the journal).
    pub day_start_hour: Option<u8>,
    pub theme: ThemeName,
    /// Idle minutes before the TUI locks; 0 never. `None`: 10 when encrypted, else never.
    pub autolock_minutes: Option<u64>,
    pub editor: Option<String>,
    /// Whether the full-screen app syncs (`tend sync`) before it opens and after it
    /// closes, when sync is set up.
    pub sync_on_open: bool,
    pub retention: Retention,
    pub keys: Vec<KeyOverride>,
    /// The life domains the Domains screen shows, in this order.
    pub domains: Vec<LifeDomain>,
    /// Whether the journal editor shows a writing prompt.
    pub prompts: bool,
    /// The person's own crisis lines, listed above the built-in ones.
    pub crisis_lines: Option<Vec<String>>,
    /// The person's country (two letters), whose crisis line comes first; `None`: the
    /// locale's region (`Settings::country_in_effect`).
    pub country: Option<String>,
    /// The language words are shown in (`en`, `es`, `en-XA`); `None`: the locale's
    /// (`Settings::language_in_effect`).
    pub language: Option<String>,
    /// The first day of a "90 meetings in 90 days" the person chose to track (off when
    /// `None`).
    pub ninety_from: Option<chrono::NaiveDate>,
    /// Grams of alcohol in a standard drink; `None`: the country's size
    /// (`Settings::drink_grams`).
    pub standard_drink_grams: Option<f64>,
    /// Days without use after which the use form says, once, that tolerance drops.
    pub tolerance_break_days: u32,
    /// Days after which a sync device not heard from is forgotten: it no longer holds
    /// up compaction, and what it wrote goes on in this device's segments.
    pub sync_forget_after_days: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            day_start_hour: None,
            theme: ThemeName::Default,
            autolock_minutes: None,
            editor: None,
            sync_on_open: false,
            retention: Retention::default(),
            keys: Vec::new(),
            domains: LifeDomain::ALL.to_vec(),
            prompts: true,
            crisis_lines: None,
            country: None,
            language: None,
            ninety_from: None,
            standard_drink_grams: None,
            tolerance_break_days: 7,
            sync_forget_after_days: 180,
        }
    }
}

impl Settings {
    /// The language in effect: the setting, else the locale's (`LC_ALL`,
    /// `LC_MESSAGES`, `LANG`), English where tend lacks it. Spanish named without a
    /// region (`language = "es"`) takes the region of the country in effect.
    pub fn language_in_effect(&self) -> crate::catalog::Choice {
        let mut choice =
            crate::catalog::choose(self.language.as_deref(), |k| std::env::var(k).ok());
        choice.language = self.with_region(choice.language);
        choice
    }

    /// `language`, and when it is Spanish without a region, the region of the country
    /// in effect (`es` in Spain writes 7,5).
    pub fn with_region(&self, language: crate::catalog::Language) -> crate::catalog::Language {
        use crate::catalog::{Language, Region};
        match (language, self.country_in_effect()) {
            (Language::Spanish(Region::Other), Some(country)) => {
                Language::Spanish(Region::of_country(&country))
            }
            (other, _) => other,
        }
    }

    /// The country in effect: the `country` setting, else the region the `language`
    /// setting names (`es-MX`), else the region of the locale (`LC_ALL`,
    /// `LC_MESSAGES`, `LANG`, the first that is set).
    pub fn country_in_effect(&self) -> Option<String> {
        let locale = || {
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|k| std::env::var(k).ok())
                .find(|v| !v.is_empty())
        };
        self.country
            .clone()
            .or_else(|| {
                // The pseudo-locale's "XA" is no country.
                let named = self.language.as_deref()?;
                let pseudo = crate::catalog::Language::from_tag(named)
                    == Some(crate::catalog::Language::Pseudo);
                (!pseudo)
                    .then(|| crate::domain::crisis::region_of_locale(named))
                    .flatten()
            })
            .or_else(|| locale().and_then(|v| crate::domain::crisis::region_of_locale(&v)))
    }
}

impl Settings {
    /// Grams of alcohol in one standard drink: the setting, else the size of the
    /// country in effect.
    pub fn drink_grams(&self) -> f64 {
        self.standard_drink_grams.unwrap_or_else(|| {
            crate::domain::usage::standard_drink_grams(self.country_in_effect().as_deref())
        })
    }
}

/// Something wrong in the file, on a line (1-based).
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub line: usize,
    pub text: String,
    pub error: bool,
}

/// The settings read from a file, and what was wrong with it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub path: PathBuf,
    pub exists: bool,
    pub settings: Settings,
    pub problems: Vec<Problem>,
}

impl Loaded {
    /// "FILE:LINE: warning: …" or "FILE:LINE: …" for an error.
    pub fn describe(&self, p: &Problem) -> String {
        let (file, line, problem) = (self.path.display().to_string(), p.line, p.text.as_str());
        if p.error {
            t!(
                "settings-error",
                file = file,
                line = line,
                problem = problem
            )
        } else {
            t!(
                "settings-warning",
                file = file,
                line = line,
                problem = problem
            )
        }
    }

    pub fn first_error(&self) -> Option<String> {
        self.problems
            .iter()
            .find(|p| p.error)
            .map(|p| self.describe(p))
    }

    pub fn warnings(&self) -> Vec<String> {
        self.problems
            .iter()
            .filter(|p| !p.error)
            .map(|p| self.describe(p))
            .collect()
    }
}

/// Reads the file at `path`; a missing file gives the defaults.
pub fn load(path: &Path) -> Loaded {
    match std::fs::read_to_string(path) {
        Ok(text) => parse(path, &text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Loaded {
            path: path.to_path_buf(),
            exists: false,
            settings: Settings::default(),
            problems: Vec::new(),
        },
        Err(e) => Loaded {
            path: path.to_path_buf(),
            exists: true,
            settings: Settings::default(),
            problems: vec![Problem {
                line: 1,
                text: t!("settings-unreadable", error = e.to_string()),
                error: true,
            }],
        },
    }
}

/// Checks `text` key by key.
pub fn parse(path: &Path, text: &str) -> Loaded {
    let mut r = Reader {
        text,
        settings: Settings::default(),
        problems: Vec::new(),
    };
    match DeTable::parse(text) {
        Ok(table) => r.top(table.get_ref()),
        Err(e) => r.problems.push(Problem {
            line: r.line(e.span().map_or(0, |s| s.start)),
            text: t!("settings-not-toml", error = e.message().trim()),
            error: true,
        }),
    }
    r.problems.sort_by_key(|p| p.line);
    r.settings.keys.sort_by_key(|k| k.line);
    Loaded {
        path: path.to_path_buf(),
        exists: true,
        settings: r.settings,
        problems: r.problems,
    }
}

type Spanned<'a> = toml::Spanned<DeValue<'a>>;

/// What a setting may hold, as the message for a bad value says it.
enum Allowed {
    /// A whole number in a range.
    Number(i64, i64),
    /// A number (decimals allowed) in a range.
    Decimal(i64, i64),
    Theme,
    Command,
    Country,
    Language,
    Bool,
    /// A section, named by its key.
    Section,
    Lines,
    Day,
    /// A list of life domains, these named.
    Domains(String),
    Keys,
}

impl Allowed {
    /// "KEY must be … (got VALUE)".
    fn sentence(self, key: &str, got: &str) -> String {
        match self {
            Allowed::Number(lo, hi) => {
                t!(
                    "settings-bad-number",
                    key = key,
                    lo = lo,
                    hi = hi,
                    got = got
                )
            }
            Allowed::Decimal(lo, hi) => {
                t!(
                    "settings-bad-decimal",
                    key = key,
                    lo = lo,
                    hi = hi,
                    got = got
                )
            }
            Allowed::Theme => t!("settings-bad-theme", key = key, got = got),
            Allowed::Command => t!("settings-bad-command", key = key, got = got),
            Allowed::Country => t!("settings-bad-country", key = key, got = got),
            Allowed::Language => t!("settings-bad-language", key = key, got = got),
            Allowed::Bool => t!("settings-bad-bool", key = key, got = got),
            Allowed::Section => t!("settings-bad-section", key = key, got = got),
            Allowed::Lines => t!("settings-bad-lines", key = key, got = got),
            Allowed::Day => t!("settings-bad-day", key = key, got = got),
            Allowed::Domains(names) => {
                t!("settings-bad-domains", key = key, names = names, got = got)
            }
            Allowed::Keys => t!("settings-bad-keys", key = key, got = got),
        }
    }
}

struct Reader<'t> {
    text: &'t str,
    settings: Settings,
    problems: Vec<Problem>,
}

impl Reader<'_> {
    fn line(&self, at: usize) -> usize {
        self.text.bytes().take(at).filter(|b| *b == b'\n').count() + 1
    }

    fn warn(&mut self, at: usize, text: String) {
        let line = self.line(at);
        self.problems.push(Problem {
            line,
            text,
            error: false,
        });
    }

    fn bad(&mut self, v: &Spanned, key: &str, allowed: Allowed) {
        let line = self.line(v.span().start);
        let got = self.text.get(v.span()).unwrap_or_default();
        self.problems.push(Problem {
            line,
            text: allowed.sentence(key, got),
            error: true,
        });
    }

    fn int(&mut self, v: &Spanned, key: &str, lo: i64, hi: i64) -> Option<i64> {
        let n = v
            .get_ref()
            .as_integer()
            .and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok())
            .filter(|n| (lo..=hi).contains(n));
        if n.is_none() {
            self.bad(v, key, Allowed::Number(lo, hi));
        }
        n
    }

    fn forget_after(&mut self, v: &Spanned, key: &str) {
        if let Some(d) = self.int(v, key, 30, 3650) {
            self.settings.sync_forget_after_days = d as u32;
        }
    }

    fn top(&mut self, table: &DeTable) {
        for (k, v) in table {
            let key = k.get_ref().as_ref();
            match key {
                "day_start_hour" => {
                    if let Some(h) = self.int(v, key, 0, 23) {
                        self.settings.day_start_hour = Some(h as u8);
                    }
                }
                "theme" => match v.get_ref().as_str().map(|s| s.replace("color", "colour")) {
                    Some(s) if ThemeName::NAMES.contains(&s.as_str()) => {
                        self.settings.theme = match s.as_str() {
                            "high-contrast" => ThemeName::HighContrast,
                            "no-colour" => ThemeName::NoColour,
                            _ => ThemeName::Default,
                        }
                    }
                    _ => self.bad(v, key, Allowed::Theme),
                },
                "autolock_minutes" => {
                    if let Some(m) = self.int(v, key, 0, 1440) {
                        self.settings.autolock_minutes = Some(m as u64);
                    }
                }
                "editor" => match v.get_ref().as_str().map(str::trim) {
                    Some(s) if !s.is_empty() => self.settings.editor = Some(s.to_string()),
                    _ => self.bad(v, key, Allowed::Command),
                },
                "country" => match v
                    .get_ref()
                    .as_str()
                    .and_then(crate::domain::crisis::country_code)
                {
                    Some(c) => self.settings.country = Some(c),
                    None => self.bad(v, key, Allowed::Country),
                },
                "language" => match v.get_ref().as_str().map(str::trim) {
                    Some(l)
                        if !l.is_empty()
                            && l.len() <= 35
                            && l.chars()
                                .all(|c| c.is_ascii_alphanumeric() || "-_.@".contains(c)) =>
                    {
                        self.settings.language = Some(l.to_string());
                    }
                    _ => self.bad(v, key, Allowed::Language),
                },
                "standard_drink_grams" => {
                    let float = v
                        .get_ref()
                        .as_float()
                        .and_then(|f| f.as_str().replace('_', "").parse::<f64>().ok());
                    let g = match float {
                        Some(f) => Some(f),
                        None => self.int(v, key, 1, 100).map(|i| i as f64),
                    };
                    match g.filter(|g| (1.0..=100.0).contains(g)) {
                        Some(g) => self.settings.standard_drink_grams = Some(g),
                        None if float.is_some() => self.bad(v, key, Allowed::Decimal(1, 100)),
                        None => {}
                    }
                }
                "tolerance_break_days" => {
                    if let Some(d) = self.int(v, key, 1, 365) {
                        self.settings.tolerance_break_days = d as u32;
                    }
                }
                "sync_forget_after_days" => self.forget_after(v, key),
                "sync_on_open" => match v.get_ref().as_bool() {
                    Some(b) => self.settings.sync_on_open = b,
                    None => self.bad(v, key, Allowed::Bool),
                },
                "backup" => self.section(k, v, Self::backup),
                "show" => self.section(k, v, Self::show),
                "keys" => self.section(k, v, Self::keys),
                _ => self.warn(k.span().start, t!("settings-unknown", key = key)),
            }
        }
    }

    fn section(
        &mut self,
        k: &toml::Spanned<toml::de::DeString>,
        v: &Spanned,
        read: fn(&mut Self, &str, &Spanned) -> bool,
    ) {
        let name = k.get_ref().as_ref();
        match v.get_ref() {
            DeValue::Table(t) => {
                for (ik, iv) in t {
                    if !read(self, ik.get_ref().as_ref(), iv) {
                        let key = format!("{name}.{}", ik.get_ref());
                        let text = t!("settings-unknown", key = key);
                        self.warn(ik.span().start, text);
                    }
                }
            }
            _ => self.bad(v, name, Allowed::Section),
        }
    }

    fn backup(&mut self, key: &str, v: &Spanned) -> bool {
        let full = format!("backup.{key}");
        match key {
            "keep_daily" => {
                if let Some(n) = self.int(v, &full, 1, 1000) {
                    self.settings.retention.daily = n as usize;
                }
            }
            "keep_weekly" => {
                if let Some(n) = self.int(v, &full, 0, 1000) {
                    self.settings.retention.weekly = n as usize;
                }
            }
            "keep_monthly" => {
                if let Some(n) = self.int(v, &full, 0, 1000) {
                    self.settings.retention.monthly = n as usize;
                }
            }
            _ => return false,
        }
        true
    }

    fn show(&mut self, key: &str, v: &Spanned) -> bool {
        match key {
            "crisis_lines" => {
                let lines: Option<Vec<String>> = match v.get_ref() {
                    DeValue::Array(a) if !a.is_empty() => a
                        .iter()
                        .map(|l| l.get_ref().as_str().map(str::trim).map(str::to_string))
                        .filter(|l| l.as_ref().is_none_or(|l| !l.is_empty()))
                        .collect(),
                    _ => None,
                };
                match lines {
                    Some(l) if !l.is_empty() => self.settings.crisis_lines = Some(l),
                    _ => self.bad(v, "show.crisis_lines", Allowed::Lines),
                }
            }
            "prompts" => match v.get_ref().as_bool() {
                Some(b) => self.settings.prompts = b,
                None => self.bad(v, "show.prompts", Allowed::Bool),
            },
            "ninety_in_ninety" => {
                let day = v.get_ref().as_str().and_then(|t| {
                    chrono::NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d")
                        .ok()
                        .filter(|d| *d >= crate::domain::time::FIRST_DAY)
                });
                match day {
                    Some(d) => self.settings.ninety_from = Some(d),
                    None => self.bad(v, "show.ninety_in_ninety", Allowed::Day),
                }
            }
            "domains" => {
                let names: Vec<&str> = LifeDomain::ALL.iter().map(|d| d.as_str()).collect();
                let allowed = Allowed::Domains(names.join(", "));
                let parsed: Option<Vec<LifeDomain>> = match v.get_ref() {
                    DeValue::Array(a) => a
                        .iter()
                        .map(|d| d.get_ref().as_str().and_then(|s| LifeDomain::parse(s).ok()))
                        .collect(),
                    _ => None,
                };
                match parsed {
                    Some(mut ds) if !ds.is_empty() => {
                        let mut seen = Vec::new();
                        ds.retain(|d| {
                            !seen.contains(d) && {
                                seen.push(*d);
                                true
                            }
                        });
                        self.settings.domains = ds;
                    }
                    _ => self.bad(v, "show.domains", allowed),
                }
            }
            _ => return false,
        }
        true
    }

    fn keys(&mut self, action: &str, v: &Spanned) -> bool {
        let keys: Option<Vec<String>> = match v.get_ref() {
            DeValue::String(s) => Some(vec![s.to_string()]),
            DeValue::Array(a) if !a.is_empty() => a
                .iter()
                .map(|k| k.get_ref().as_str().map(str::to_string))
                .collect(),
            _ => None,
        };
        match keys {
            Some(keys) => {
                let line = self.line(v.span().start);
                self.settings.keys.push(KeyOverride {
                    action: action.to_string(),
                    keys,
                    line,
                });
            }
            None => self.bad(v, &format!("keys.{action}"), Allowed::Keys),
        }
        true
    }
}

/// The file `tend config edit` starts from: every setting, commented out at its
/// default, each with a few words about it in the language in effect.
pub fn template() -> String {
    // Each block: its words (written as comment lines), then its settings.
    let lines = format!(
        "#crisis_lines = [{}]\n",
        t!("settings-template-crisis-lines-example")
    );
    let blocks: [(String, &str); 14] = [
        (t!("settings-template-head"), "\n"),
        (t!("settings-template-day-start"), "#day_start_hour = 4\n\n"),
        (t!("settings-template-theme"), "#theme = \"default\"\n\n"),
        (
            t!("settings-template-autolock"),
            "#autolock_minutes = 10\n\n",
        ),
        (t!("settings-template-editor"), "#editor = \"nano\"\n\n"),
        (t!("settings-template-country"), "#country = \"GB\"\n\n"),
        (
            t!("settings-template-sync-on-open"),
            "#sync_on_open = false\n\n",
        ),
        (
            t!("settings-template-sync-forget"),
            "#sync_forget_after_days = 180\n\n[backup]\n",
        ),
        (
            t!("settings-template-backup"),
            "#keep_daily = 7\n#keep_weekly = 4\n#keep_monthly = 12\n\n[show]\n",
        ),
        (
            t!("settings-template-domains"),
            "#domains = [\"physical\", \"mental\", \"emotional\", \"social\", \"spiritual\"]\n",
        ),
        (t!("settings-template-prompts"), "#prompts = true\n"),
        (t!("settings-template-crisis-lines"), &lines),
        (
            t!("settings-template-ninety"),
            "#ninety_in_ninety = \"2026-11-01\"\n\n[keys]\n",
        ),
        (
            t!("settings-template-keys"),
            "#crisis = \"!\"\n#self-check = [\"c\", \"ctrl-k\"]\n",
        ),
    ];
    let mut o = String::new();
    for (words, settings) in blocks {
        for line in words.lines() {
            o.push_str("# ");
            o.push_str(line);
            o.push('\n');
        }
        o.push_str(settings);
    }
    o
}

#[cfg(test)]
mod tests;
