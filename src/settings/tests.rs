//! The settings file: good values, unknown keys as warnings, bad values as errors with
//! their line and what is allowed, and the rest still applied.

use super::*;

fn read(text: &str) -> Loaded {
    parse(Path::new("/home/a/.config/tend/config.toml"), text)
}

#[test]
fn no_file_and_the_template_mean_every_default() {
    let missing = load(Path::new("/nonexistent/tend/config.toml"));
    assert!(!missing.exists && missing.problems.is_empty());
    assert_eq!(missing.settings, Settings::default());
    let t = read(&template());
    assert!(t.problems.is_empty(), "{:?}", t.problems);
    assert_eq!(t.settings, Settings::default());
}

#[test]
fn every_setting_is_read() {
    let l = read(
        "day_start_hour = 5\ntheme = \"high-contrast\"\nautolock_minutes = 0\neditor = \"code --wait\"\n\
         [backup]\nkeep_daily = 3\nkeep_weekly = 0\nkeep_monthly = 24\n\
         [show]\ndomains = [\"social\", \"mental\", \"social\"]\nprompts = false\n\
         [keys]\ncrisis = \"ctrl-x\"\nself-check = [\"c\", \"C\"]\n",
    );
    assert!(l.problems.is_empty(), "{:?}", l.problems);
    let s = l.settings;
    assert_eq!(s.day_start_hour, Some(5));
    assert_eq!(s.theme, ThemeName::HighContrast);
    assert_eq!(s.autolock_minutes, Some(0));
    assert_eq!(s.editor.as_deref(), Some("code --wait"));
    assert_eq!(
        (s.retention.daily, s.retention.weekly, s.retention.monthly),
        (3, 0, 24)
    );
    assert_eq!(s.domains, [LifeDomain::Social, LifeDomain::Mental]);
    assert!(!s.prompts);
    assert_eq!(s.keys.len(), 2);
    assert_eq!(s.keys[1].keys, ["c", "C"]);
    assert_eq!(s.keys[1].line, 14);
    assert_eq!(
        read("theme = \"no-color\"").settings.theme,
        ThemeName::NoColour
    );
}

#[test]
fn unknown_keys_warn_with_their_name_and_line() {
    let l = read("theme = \"default\"\ncolour = \"blue\"\n[show]\nprompt = true\n[extra]\nx = 1\n");
    let w = l.warnings();
    assert_eq!(
        w,
        [
            "/home/a/.config/tend/config.toml:2: warning: unknown setting `colour` (ignored)",
            "/home/a/.config/tend/config.toml:4: warning: unknown setting `show.prompt` (ignored)",
            "/home/a/.config/tend/config.toml:5: warning: unknown setting `extra` (ignored)",
        ]
    );
    assert!(l.first_error().is_none());
}

#[test]
fn bad_values_name_file_line_and_allowed_values_and_the_rest_still_apply() {
    let l = read(
        "editor = \"nano\"\ntheme = \"purple\"\nday_start_hour = 25\n[backup]\nkeep_daily = 0\n\
         [show]\ndomains = [\"work\"]\nprompts = \"yes\"\n",
    );
    let errors: Vec<String> = l
        .problems
        .iter()
        .filter(|p| p.error)
        .map(|p| l.describe(p))
        .collect();
    let f = "/home/a/.config/tend/config.toml";
    assert_eq!(
        errors,
        [
            format!(
                "{f}:2: theme must be one of \"default\", \"high-contrast\", \"no-colour\" (got \"purple\")"
            ),
            format!("{f}:3: day_start_hour must be a whole number from 0 to 23 (got 25)"),
            format!("{f}:5: backup.keep_daily must be a whole number from 1 to 1000 (got 0)"),
            format!(
                "{f}:7: show.domains must be a list of one or more of physical, mental, emotional, social, spiritual (got [\"work\"])"
            ),
            format!("{f}:8: show.prompts must be true or false (got \"yes\")"),
        ]
    );
    // The good value still applies; the bad ones are at their defaults.
    assert_eq!(l.settings.editor.as_deref(), Some("nano"));
    assert_eq!(l.settings.theme, ThemeName::Default);
    assert_eq!(l.settings.day_start_hour, None);
    assert_eq!(l.settings.retention, Retention::default());
}

#[test]
fn broken_toml_is_one_error_on_its_line() {
    let l = read("theme = \"default\"\n\neditor = nano\n");
    let e = l.first_error().unwrap();
    assert!(
        e.starts_with("/home/a/.config/tend/config.toml:3: not valid TOML"),
        "{e}"
    );
    assert_eq!(l.settings, Settings::default());
}

#[test]
fn sync_on_open_is_off_unless_set_true() {
    assert!(!Settings::default().sync_on_open);
    assert!(read("sync_on_open = true\n").settings.sync_on_open);
    assert!(!read("sync_on_open = false\n").settings.sync_on_open);
    let bad = read("sync_on_open = \"yes\"\n");
    assert!(!bad.settings.sync_on_open, "a bad value keeps the default");
    assert_eq!(
        bad.first_error().as_deref(),
        Some(
            "/home/a/.config/tend/config.toml:1: sync_on_open must be true or false (got \"yes\")"
        )
    );
    assert!(
        template().contains("#sync_on_open = false"),
        "the template documents it"
    );
}

#[test]
fn the_template_reads_as_it_always_has() {
    // The catalog's words with the settings between them, byte for byte the file the
    // template was before its words moved into the catalog.
    let t = template();
    assert!(t.starts_with("# tend settings. Remove the # in front of a line"));
    assert!(t.contains("\n[backup]\n# How many automatic daily, weekly and monthly backups to keep.\n#keep_daily = 7\n"));
    assert!(t.ends_with("#self-check = [\"c\", \"ctrl-k\"]\n"));
    assert!(!t.contains("\n\n\n"), "{t}");
}
