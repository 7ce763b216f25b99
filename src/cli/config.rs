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

/// Runs one; `json` (only `path` has JSON: the others are refused before) prints the
/// path as `{"config": …}`, as `tend paths --json` names it.
pub fn run(cmd: Cmd, loaded: &Loaded, json: bool) -> Result<String> {
    let mut out = String::new();
    match cmd {
        Cmd::Path if json => say!(out, "{}", serde_json::json!({ "config": loaded.path })),
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
                line_to_stderr(format_args!(
                    "tend: {}",
                    t!("cli-config-warning", problem = &line)
                ));
            }
            return report(loaded, &key_problems, out);
        }
        Cmd::Edit => {
            if !loaded.path.exists() {
                if let Some(dir) = loaded.path.parent() {
                    crate::files::private_dir(dir)?;
                }
                crate::files::write_private(&loaded.path, settings::template().as_bytes(), false)?;
            }
            crate::editor::edit_file(&loaded.path, loaded.settings.editor.as_deref())?;
            let again = settings::load(&loaded.path);
            let (_, key_problems) = Keymap::with_overrides(&again.settings.keys);
            let path = again.path.display().to_string();
            say!(out, "{}", t!("cli-config-saved", path = path));
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
        let path = loaded.path.display().to_string();
        say!(o, "# {}", t!("cli-config-in-effect", path = path));
    } else {
        say!(o, "# {}", t!("cli-config-defaults"));
    }
    match s.day_start_hour {
        Some(h) => say!(o, "day_start_hour = {h}"),
        None => say!(o, "# {}", t!("cli-config-day-start-unset")),
    }
    say!(o, "theme = \"{}\"", s.theme.as_str());
    match s.autolock_minutes {
        Some(m) => say!(o, "autolock_minutes = {m}"),
        None => say!(o, "# {}", t!("cli-config-autolock-unset")),
    }
    match &s.editor {
        Some(e) => say!(o, "editor = {}", toml_string(e)),
        None => {
            let now = crate::editor::editor_command(None);
            say!(o, "# {}", t!("cli-config-editor-unset", editor = now));
        }
    }
    say!(o, "sync_on_open = {}", s.sync_on_open);
    match (&s.country, s.country_in_effect()) {
        (Some(c), _) => say!(o, "country = \"{c}\""),
        (None, Some(c)) => say!(o, "# {}", t!("cli-config-country-locale", country = c)),
        (None, None) => say!(o, "# {}", t!("cli-config-country-none")),
    }
    language(&mut o, s);
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
        None => say!(o, "# {}", t!("cli-config-ninety-off")),
    }
    say!(o, "\n[keys]");
    if s.keys.is_empty() {
        say!(o, "# {}", t!("cli-config-keys-unchanged"));
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

/// The `language` line: the setting, or where the language in effect comes from.
fn language(o: &mut String, s: &Settings) {
    let language = s.language_in_effect();
    let tag = language.language.tag();
    match (&s.language, language.from, &language.missing) {
        (Some(l), _, None) => say!(o, "language = {}", toml_string(l)),
        (Some(l), _, Some(_)) => {
            let missing = t!("cli-config-language-missing", tag = tag);
            say!(o, "language = {}  # {missing}", toml_string(l));
        }
        (None, Some(var), None) => {
            say!(
                o,
                "# {}",
                t!("cli-config-language-from", tag = tag, var = var)
            );
        }
        (None, Some(var), Some(asked)) => {
            let asked = toml_string(asked);
            let said = t!(
                "cli-config-language-asked",
                tag = tag,
                var = var,
                asked = asked
            );
            say!(o, "# {said}");
        }
        (None, None, _) => say!(o, "# {}", t!("cli-config-language-none", tag = tag)),
    }
}

/// One line per action the overrides left without a key, naming where.
fn unbound(map: &Keymap) -> Vec<String> {
    map.unbound()
        .into_iter()
        .map(|(name, modes)| {
            let places: Vec<String> = modes.iter().map(|m| m.title().to_lowercase()).collect();
            let action = format!("`{name}`");
            t!(
                "cli-config-unbound",
                action = action,
                places = places.join(", ")
            )
        })
        .collect()
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}
