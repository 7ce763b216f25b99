//! `--help` in the language in effect. The clap tree as derived holds no text: each
//! command's about and each argument's help come from `i18n/<language>/help.ftl`, set
//! here under a key made from where it shows (the scheme is at the top of that file).
//! The man page and the shell completions are made from the same tree.

use crate::catalog::{self, Arg as _, Args};
use crate::domain::SetbackKind;
use clap::{Arg, Command, CommandFactory};

/// The command line with its help text in the language in effect: parse with it, and
/// make the man page and completions from it.
pub fn command() -> Command {
    localise(super::Cli::command(), TOP, &variables())
}

/// The key of `tend` itself; its commands' keys leave the `tend` out.
const TOP: &str = "help-tend";

/// What a help message may show besides its words: `$kinds`, each setback kind with
/// what it means (for `growth add --kind`).
fn variables() -> Args<'static> {
    let mut kinds = String::new();
    for k in [
        SetbackKind::Slip,
        SetbackKind::Lapse,
        SetbackKind::Relapse,
        SetbackKind::HardDay,
        SetbackKind::OverPlan,
    ] {
        kinds.push_str(&format!("\n  {:<9} {}", k.as_str(), k.explain()));
    }
    let mut vars = Args::new();
    vars.set("kinds", kinds.arg());
    vars
}

/// Sets the text of `cmd` (whose key is `key`), of its arguments and of its
/// subcommands, from the catalog.
fn localise(mut cmd: Command, key: &str, vars: &Args) -> Command {
    if let Some(text) = message(key, vars) {
        cmd = cmd.about(text);
    }
    if let Some(text) = message(&format!("{key}--long"), vars) {
        cmd = cmd.long_about(text);
    }
    if let Some(text) = message(&format!("{key}--after"), vars) {
        cmd = cmd.after_help(text);
    }
    if let Some(text) = message(&format!("{key}--after-long"), vars) {
        cmd = cmd.after_long_help(text);
    }
    cmd.mut_args(|mut arg| {
        let key = arg_key(key, &arg);
        if let Some(text) = message(&key, vars) {
            arg = arg.help(text);
        }
        if let Some(text) = message(&format!("{key}--long"), vars) {
            arg = arg.long_help(text);
        }
        arg
    })
    .mut_subcommands(|sub| {
        let key = command_key(key, sub.get_name());
        localise(sub, &key, vars)
    })
}

/// The message `key`, if the catalog has one.
fn message(key: &str, vars: &Args) -> Option<String> {
    catalog::has(key).then(|| catalog::text(key, Some(vars)))
}

/// The key of the subcommand `name` of the command whose key is `parent`.
fn command_key(parent: &str, name: &str) -> String {
    if parent == TOP {
        format!("help-{name}")
    } else {
        format!("{parent}-{name}")
    }
}

/// The key of an argument of the command whose key is `command`: its long flag's name,
/// or a positional argument's own.
fn arg_key(command: &str, arg: &Arg) -> String {
    let name = match arg.get_long() {
        Some(long) => long.to_string(),
        None => arg.get_id().as_str().replace('_', "-"),
    };
    format!("{command}-{name}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Language;
    use std::collections::{BTreeMap, BTreeSet};

    /// Arguments that show no help text (the flag and its value name say it), by
    /// command: `--flag`, or a positional argument's name. Any other argument needs a
    /// message in help.ftl.
    #[rustfmt::skip]
    const NO_HELP: &[(&str, &[&str])] = &[
        ("tend checkin", &[
            "--physical", "--mental", "--emotional", "--social", "--spiritual", "--no-hungry",
            "--no-angry", "--no-lonely", "--no-tired", "--note",
        ]),
        ("tend checkin list", &["--from", "--to"]),
        ("tend checkin show", &["date"]),
        ("tend checkin edit", &[
            "--physical", "--mental", "--emotional", "--social", "--spiritual", "--no-hungry",
            "--no-angry", "--no-lonely", "--no-tired", "--note",
        ]),
        ("tend journal add", &["text", "--domain", "--mood"]),
        ("tend journal list", &["--from", "--to", "--domain", "--tag"]),
        ("tend journal search", &["query"]),
        ("tend journal show", &["id"]),
        ("tend journal edit", &["id", "text", "--domain", "--mood"]),
        ("tend journal pin", &["id"]),
        ("tend journal unpin", &["id"]),
        ("tend journal delete", &["id", "--yes"]),
        ("tend commitment edit", &["id", "--name", "--start", "--note"]),
        ("tend commitment delete", &["id"]),
        ("tend goal add", &["title", "--domain", "--target"]),
        ("tend goal list", &["--status", "--domain"]),
        ("tend goal show", &["id"]),
        ("tend goal log", &["id", "--date", "--note"]),
        ("tend goal edit", &["id", "--title", "--domain", "--why", "--target"]),
        ("tend goal delete", &["id"]),
        ("tend goal log-edit", &["id", "--date", "--note"]),
        ("tend goal log-delete", &["id"]),
        ("tend goal status", &["id", "status"]),
        ("tend trigger add", &["name", "--category", "--notes"]),
        ("tend trigger show", &["id"]),
        ("tend trigger log", &["id", "--note"]),
        ("tend trigger edit", &["id", "--name", "--category", "--notes"]),
        ("tend trigger delete", &["id"]),
        ("tend trigger log-edit", &[
            "id", "--before", "--after", "--coping", "--outcome", "--note",
        ]),
        ("tend trigger log-delete", &["id"]),
        ("tend trigger link", &["id", "coping", "--remove"]),
        ("tend coping add", &["name", "--description", "--domain"]),
        ("tend coping edit", &["id", "--name", "--description", "--domain"]),
        ("tend coping delete", &["id"]),
        ("tend plan show", &["section"]),
        ("tend plan add", &["section", "text"]),
        ("tend plan edit", &["id", "--text", "--stage"]),
        ("tend plan move", &["id", "--to"]),
        ("tend plan remove", &["id"]),
        ("tend person add", &["name", "--phone", "--no-emergency", "--note"]),
        ("tend person show", &["id"]),
        ("tend person edit", &["id", "--name", "--phone", "--no-emergency", "--note"]),
        ("tend person delete", &["id"]),
        ("tend meeting add", &["name", "--no-home"]),
        ("tend meeting edit", &["id", "--name", "--no-home"]),
        ("tend meeting delete", &["id"]),
        ("tend connect", &["--mood-before", "--mood-after"]),
        ("tend connect list", &["--from", "--to"]),
        ("tend connect show", &["id"]),
        ("tend connect edit", &["id", "--mood-before", "--mood-after"]),
        ("tend connect delete", &["id"]),
        ("tend use show", &["id"]),
        ("tend use edit", &["id"]),
        ("tend use delete", &["id"]),
        ("tend med delete", &["id"]),
        ("tend med dose show", &["id"]),
        ("tend med dose edit", &["id"]),
        ("tend med dose delete", &["id"]),
        ("tend growth add", &["--date"]),
        ("tend growth list", &["--from", "--to"]),
        ("tend growth show", &["id"]),
        ("tend growth edit", &[
            "id", "--date", "--what", "--warning-signs", "--helped", "--learned", "--next-time",
            "--reached-out",
        ]),
        ("tend growth delete", &["id"]),
        ("tend self-check add", &["--date"]),
        ("tend self-check delete", &["id"]),
        ("tend completions", &["shell"]),
        ("tend export data", &["--output", "--force"]),
        ("tend sync dismiss", &["id"]),
    ];

    /// What a key is for: a command's text (`about`, `long`, `after`, `after-long`) or
    /// an argument's (`help`, `long`), named as a person types it.
    #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
    struct Place {
        command: String,
        arg: Option<String>,
        text: &'static str,
    }

    /// Every key the tree can look up, with its place.
    fn places(cmd: &Command, path: &str, key: &str, out: &mut Vec<(String, Place)>) {
        let place = |arg: Option<String>, text| Place {
            command: path.to_string(),
            arg,
            text,
        };
        for (suffix, text) in [
            ("", "about"),
            ("--long", "long"),
            ("--after", "after"),
            ("--after-long", "after-long"),
        ] {
            out.push((format!("{key}{suffix}"), place(None, text)));
        }
        for arg in cmd.get_arguments() {
            let name = match arg.get_long() {
                Some(long) => format!("--{long}"),
                None => arg.get_id().to_string(),
            };
            let k = arg_key(key, arg);
            out.push((k.clone(), place(Some(name.clone()), "help")));
            out.push((format!("{k}--long"), place(Some(name), "long")));
        }
        for sub in cmd.get_subcommands() {
            let path = format!("{path} {}", sub.get_name());
            places(sub, &path, &command_key(key, sub.get_name()), out);
        }
    }

    fn all_places() -> BTreeMap<String, Place> {
        let mut list = Vec::new();
        places(&super::super::Cli::command(), "tend", TOP, &mut list);
        let mut map = BTreeMap::new();
        for (key, place) in list {
            if let Some(other) = map.insert(key.clone(), place.clone()) {
                panic!("{key} would name both {other:?} and {place:?}: rename one");
            }
        }
        map
    }

    #[test]
    fn every_command_and_argument_has_its_message_and_every_message_its_place() {
        let places = all_places();
        let no_help: BTreeSet<(String, String)> = NO_HELP
            .iter()
            .flat_map(|(c, args)| args.iter().map(|a| (c.to_string(), a.to_string())))
            .collect();
        let mut missing = Vec::new();
        let mut listed = BTreeSet::new();
        for (key, p) in &places {
            let needed = match (&p.arg, p.text) {
                (None, "about") => true,
                (Some(arg), "help") => {
                    let exempt = no_help.contains(&(p.command.clone(), arg.clone()));
                    if exempt {
                        listed.insert((p.command.clone(), arg.clone()));
                        assert!(
                            !catalog::has(key),
                            "{key}: {} {arg} is listed in NO_HELP but has a message",
                            p.command
                        );
                    }
                    !exempt
                }
                _ => false,
            };
            if needed && !catalog::has(key) {
                missing.push(format!(
                    "{key} ({} {})",
                    p.command,
                    p.arg.as_deref().unwrap_or("")
                ));
            }
        }
        assert!(
            missing.is_empty(),
            "help text with no message in help.ftl: {missing:#?}"
        );
        let stale: Vec<_> = no_help.difference(&listed).collect();
        assert!(
            stale.is_empty(),
            "NO_HELP names what is not there: {stale:?}"
        );
        let astray: Vec<_> = catalog::keys()
            .into_iter()
            .filter(|(file, key)| *file == "help" || key.starts_with("help-"))
            .filter(|(file, key)| *file != "help" || !places.contains_key(key))
            .collect();
        assert!(
            astray.is_empty(),
            "help messages naming no command or argument, or outside help.ftl: {astray:?}"
        );
        for key in places.keys() {
            let ok = key.starts_with("help-")
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            assert!(ok, "{key} is not a valid message id");
        }
    }

    /// All of a command's text, and its arguments', as derived.
    fn derived_text(cmd: &Command, path: &str, out: &mut Vec<String>) {
        let texts = [
            cmd.get_about(),
            cmd.get_long_about(),
            cmd.get_after_help(),
            cmd.get_after_long_help(),
            cmd.get_before_help(),
            cmd.get_before_long_help(),
        ];
        let args = cmd
            .get_arguments()
            .flat_map(|a| [a.get_help(), a.get_long_help()]);
        for text in texts.into_iter().chain(args).flatten() {
            out.push(format!("{path}: {text}"));
        }
        for sub in cmd.get_subcommands() {
            derived_text(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }

    #[test]
    fn the_derived_tree_holds_no_words_of_its_own() {
        let mut found = Vec::new();
        derived_text(&super::super::Cli::command(), "tend", &mut found);
        assert!(
            found.is_empty(),
            "help text written in src/ (doc comments or attributes) instead of help.ftl: {found:#?}"
        );
    }

    #[test]
    fn the_help_comes_in_the_language_in_effect() {
        let english = command();
        assert_eq!(
            english.get_about().map(ToString::to_string).as_deref(),
            Some("A private, offline recovery journal and goal tracker")
        );
        let pseudo = catalog::in_language(Language::Pseudo, command);
        let add = pseudo
            .find_subcommand("growth")
            .and_then(|c| c.find_subcommand("add"))
            .unwrap();
        let about = add.get_about().unwrap().to_string();
        assert!(about.starts_with("Ŕéçöŕđ å šéţƀåçķ"), "{about}");
        let kind = add.get_arguments().find(|a| a.get_id() == "kind").unwrap();
        let long = kind.get_long_help().unwrap().to_string();
        assert!(
            long.starts_with("slip, lapse, relapse, hard-day öŕ over-plan:\n  slip "),
            "{long}"
        );
    }
}
