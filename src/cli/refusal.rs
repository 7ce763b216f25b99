//! A command line clap refused, as one line in the language in effect: what is wrong,
//! with the argument and the value as they were typed, and what is allowed.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The one line tend prints on stderr for a command line clap refused.
pub fn line(e: &clap::Error) -> String {
    let what = words(e).unwrap_or_else(|| rendered(e));
    t!("cli-refusal-line", what = what)
}

/// clap's own first paragraph, on one line, without its "error: " (for the few
/// refusals tend has no words of its own for).
fn rendered(e: &clap::Error) -> String {
    let text = e.render().to_string();
    let head: Vec<&str> = text
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .map(str::trim)
        .collect();
    let head = head.join(" ");
    head.strip_prefix("error: ").unwrap_or(&head).to_string()
}

fn text(e: &clap::Error, kind: ContextKind) -> Option<&str> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s),
        _ => None,
    }
}

/// What clap refused, in tend's words; `None` for the refusals left to clap.
fn words(e: &clap::Error) -> Option<String> {
    let arg = text(e, ContextKind::InvalidArg);
    let value = text(e, ContextKind::InvalidValue);
    Some(match e.kind() {
        ErrorKind::InvalidValue => {
            let (arg, value) = (arg?, value?);
            let said = if value.is_empty() {
                t!("cli-refusal-value-missing", arg = arg)
            } else {
                t!("cli-refusal-value-invalid", value = value, arg = arg)
            };
            match listed(e, ContextKind::ValidValue) {
                Some(values) => t!("cli-refusal-possible-values", said = said, values = values),
                None => said,
            }
        }
        ErrorKind::ValueValidation => {
            let (arg, value) = (arg?, value?);
            match std::error::Error::source(e) {
                Some(why) => t!(
                    "cli-refusal-value-why",
                    value = value,
                    arg = arg,
                    why = why.to_string()
                ),
                None => t!("cli-refusal-value-invalid", value = value, arg = arg),
            }
        }
        ErrorKind::TooManyValues => {
            t!("cli-refusal-too-many", value = value?, arg = arg?)
        }
        ErrorKind::NoEquals => t!("cli-refusal-no-equals", arg = arg?),
        ErrorKind::UnknownArgument => t!("cli-refusal-unknown-argument", arg = arg?),
        ErrorKind::InvalidSubcommand => {
            let name = text(e, ContextKind::InvalidSubcommand)?;
            t!("cli-refusal-unknown-subcommand", name = name)
        }
        ErrorKind::MissingRequiredArgument => match e.get(ContextKind::InvalidArg) {
            Some(ContextValue::Strings(args)) => t!("cli-refusal-missing", args = args.join(" ")),
            _ => return None,
        },
        ErrorKind::MissingSubcommand => {
            let name = text(e, ContextKind::InvalidSubcommand)?;
            let said = t!("cli-refusal-needs-subcommand", command = name);
            match listed(e, ContextKind::ValidSubcommand) {
                Some(names) => t!("cli-refusal-subcommands", said = said, names = names),
                None => said,
            }
        }
        ErrorKind::ArgumentConflict => conflict(e)?,
        _ => return None,
    })
}

/// The values or subcommands clap lists as allowed, as it writes them.
fn listed(e: &clap::Error, kind: ContextKind) -> Option<String> {
    let Some(ContextValue::Strings(all)) = e.get(kind) else {
        return None;
    };
    let shown: Vec<String> = all
        .iter()
        .map(|v| {
            if v.is_empty() || v.contains(char::is_whitespace) {
                format!("{v:?}")
            } else {
                v.clone()
            }
        })
        .collect();
    (!shown.is_empty()).then(|| shown.join(", "))
}

/// Two arguments (or a subcommand and an argument) that can't go together; `None`
/// when clap names only the one.
fn conflict(e: &clap::Error) -> Option<String> {
    let prior = e.get(ContextKind::PriorArg)?;
    let Some(arg) = text(e, ContextKind::InvalidArg) else {
        let name = text(e, ContextKind::InvalidSubcommand)?;
        return Some(match prior {
            ContextValue::String(other) => {
                t!(
                    "cli-refusal-subcommand-conflict",
                    name = name,
                    other = other
                )
            }
            ContextValue::Strings(others) => t!(
                "cli-refusal-subcommand-conflict-list",
                name = name,
                others = others.join(" ")
            ),
            _ => t!("cli-refusal-subcommand-conflict-others", name = name),
        });
    };
    Some(match prior {
        ContextValue::String(other) if other == arg => t!("cli-refusal-repeated", arg = arg),
        ContextValue::String(other) => t!("cli-refusal-conflict", arg = arg, other = other),
        ContextValue::Strings(others) => t!(
            "cli-refusal-conflict-list",
            arg = arg,
            others = others.join(" ")
        ),
        _ => t!("cli-refusal-conflict-others", arg = arg),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    /// tend's words for each refusal are clap's, in English, as they were printed.
    #[test]
    fn the_english_refusals_say_what_clap_said() {
        let lines: &[&[&str]] = &[
            &["checkin", "--mood", "11"],
            &["checkin", "--mood"],
            &["status", "--format", "long"],
            &["status", "--format"],
            &["journal", "list", "--all", "--limit", "3"],
            &["journal", "list", "--all", "--all"],
            &["connect", "call", "--share", "--private"],
            &["--bogus"],
            &["bogus"],
            &["paths", "extra"],
            &["goal", "add", "Walk"],
            &["goal", "add"],
            &["checkin", "edit"],
            &["demo", "--years", "40"],
            &["connect", "call", "--minutes", "many"],
            &["trigger", "log", "--before", "3", "--outcome", "fine"],
            &["journal", "show", "0"],
            &["self-check", "add", "phq-9", "--answers", "1,9"],
            &["export", "summary", "--format", "docx"],
            &["completions", "tcsh"],
        ];
        for args in lines {
            let argv = std::iter::once(&"tend").chain(args.iter());
            let e = super::super::Cli::try_parse_from(argv).unwrap_err();
            let said = words(&e).unwrap_or_else(|| panic!("tend {args:?}: no words of tend's"));
            assert_eq!(said, rendered(&e), "tend {args:?}");
            assert_eq!(
                line(&e),
                format!("error: {} (see --help)", rendered(&e)),
                "tend {args:?}"
            );
        }
    }
}
