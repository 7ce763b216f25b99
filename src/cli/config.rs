//! `tend config path|show|edit`: the settings file, what is in effect, and editing it.

use super::say;
use crate::error::{Error, Result, line_to_stderr};
use crate::settings::{self, Loaded, Settings};
use crate::tui::keymap::{self, Keymap};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    Path,
    Show {
        #[arg(long)]
        keys: bool,
    },
    Edit,
}

pub fn run(cmd: Cmd, loaded: &Loaded) -> Result<String> {
    let mut out = String::new();
    match cmd {
        Cmd::Path => say!(out, "{}", loaded.path.display()),
        Cmd::Show { keys } => {
            let (map, key_problems) = Keymap::with_overrides(&loaded.settings.keys);
            if keys {
                for (name, action) in keymap::NAMES {
                    say!(out, "{name:<16} {}", map.screen_keys(*action).join(", "));
                }
            } else {
                out.push_str(&effective(loaded, &key_problems));
            }
            for line in unbound(&map) {
                if !keys {
                    say!(out, "# {line}");
                }
                line_to_stderr(format_args!("tend: warning: {line}"));
            }
            return report(loaded, &key_problems, out);
        }
        Cmd::Edit => {
            if !loaded.path.exists() {
                if let Some(dir) = loaded.path.parent() {
                    crate::files::private_dir(dir)?;
                }
                crate::files::write_private(&loaded.path, settings::TEMPLATE.as_bytes(), false)?;
            }
            crate::editor::edit_file(&loaded.path, loaded.settings.editor.as_deref())?;
            let again = settings::load(&loaded.path);
            let (_, key_problems) = Keymap::with_overrides(&again.settings.keys);
            say!(out, "Settings saved in {}.", again.path.display());
            return report(&again, &key_problems, out);
        }
    }
    Ok(out)
}

/// Prints `out` and every problem (stderr); a bad value makes the exit status 2.
fn report(loaded: &Loaded, keys: &[settings::Problem], out: String) -> Result<String> {
    let mut problems: Vec<&settings::Problem> = loaded.problems.iter().chain(keys).collect();
    problems.sort_by_key(|p| p.line);
    // The first error becomes the command's error line; the rest go to stderr here.
    let first_error = problems.iter().copied().find(|p| p.error);
    for p in problems
        .iter()
        .filter(|p| !first_error.is_some_and(|e| std::ptr::eq(**p, e)))
    {
        line_to_stderr(format_args!("tend: {}", loaded.describe(p)));
    }
    match first_error {
        None => Ok(out),
        Some(e) => {
            print!("{out}");
            Err(Error::Settings(loaded.describe(e)))
        }
    }
}

/// The settings in effect as a settings file would say them (key overrides with a
/// problem, which are not in effect, left out).
fn effective(loaded: &Loaded, key_problems: &[settings::Problem]) -> String {
    let s: &Settings = &loaded.settings;
    let mut o = String::new();
    if loaded.exists {
        say!(o, "# in effect, from {}", loaded.path.display());
    } else {
        say!(
            o,
            "# defaults: there is no settings file yet (`tend config edit` makes one)"
        );
    }
    match s.day_start_hour {
        Some(h) => say!(o, "day_start_hour = {h}"),
        None => say!(
            o,
            "# day_start_hour: not set here; the journal's own (`tend profile show`)"
        ),
    }
    say!(o, "theme = \"{}\"", s.theme.as_str());
    match s.autolock_minutes {
        Some(m) => say!(o, "autolock_minutes = {m}"),
        None => say!(
            o,
            "# autolock_minutes: not set; 10 for an encrypted journal, else never"
        ),
    }
    match &s.editor {
        Some(e) => say!(o, "editor = {}", toml_string(e)),
        None => say!(
            o,
            "# editor: not set; now {}",
            crate::editor::editor_command(None)
        ),
    }
    say!(o, "sync_on_open = {}", s.sync_on_open);
    match (&s.country, s.country_in_effect()) {
        (Some(c), _) => say!(o, "country = \"{c}\""),
        (None, Some(c)) => say!(o, "# country: not set; \"{c}\" from the locale"),
        (None, None) => say!(o, "# country: not set, and the locale names none"),
    }
    let language = s.language_in_effect();
    let tag = language.language.tag();
    match (&s.language, language.from, &language.missing) {
        (Some(l), _, None) => say!(o, "language = {}", toml_string(l)),
        (Some(l), _, Some(_)) => say!(
            o,
            "language = {}  # not available yet; words are in \"{tag}\"",
            toml_string(l)
        ),
        (None, Some(var), None) => say!(o, "# language: not set; \"{tag}\" from {var}"),
        (None, Some(var), Some(asked)) => say!(
            o,
            "# language: not set; {var} asks for {}, not available yet, so \"{tag}\"",
            toml_string(asked)
        ),
        (None, None, _) => say!(
            o,
            "# language: not set, and the locale names none; \"{tag}\""
        ),
    }
    say!(o, "\n[backup]");
    say!(o, "keep_daily = {}", s.retention.daily);
    say!(o, "keep_weekly = {}", s.retention.weekly);
    say!(o, "keep_monthly = {}", s.retention.monthly);
    say!(o, "\n[show]");
    let domains: Vec<String> = s.domains.iter().map(|d| format!("\"{d}\"")).collect();
    say!(o, "domains = [{}]", domains.join(", "));
    say!(o, "prompts = {}", s.prompts);
    match s.ninety_from {
        Some(d) => say!(o, "ninety_in_ninety = \"{d}\""),
        None => say!(o, "# ninety_in_ninety: off"),
    }
    say!(o, "\n[keys]");
    if s.keys.is_empty() {
        say!(o, "# none changed (`tend config show --keys` lists them)");
    }
    for k in &s.keys {
        if key_problems.iter().any(|p| p.line == k.line) {
            continue;
        }
        let keys: Vec<String> = k.keys.iter().map(|k| toml_string(k)).collect();
        say!(o, "{} = [{}]", k.action, keys.join(", "));
    }
    o
}

/// One line per action the overrides left without a key, naming where.
fn unbound(map: &Keymap) -> Vec<String> {
    map.unbound()
        .into_iter()
        .map(|(name, modes)| {
            let places: Vec<String> = modes.iter().map(|m| m.title().to_lowercase()).collect();
            format!(
                "`{name}` has no key now in: {} (another action took it)",
                places.join(", ")
            )
        })
        .collect()
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}
