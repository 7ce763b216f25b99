//! tend: parse the command line, run it, and turn errors into one clear line and an
//! exit status (2 for input to correct, 1 otherwise).

use clap::error::ErrorKind;
use clap::{CommandFactory, FromArgMatches};
use std::io::Write;
use tend::cli::{Cli, Command, run};
use tend::error::line_to_stderr;
use tend::t;

/// Panic messages can carry whatever text was being handled; keep them to a place in
/// the code unless TEND_DEBUG asks for more. (The TUI's hook restores the terminal first.)
fn quiet_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::env::var_os("TEND_DEBUG").is_some() {
            return default(info);
        }
        let place = info.location().map_or_else(
            || t!("cli-main-unknown-place"),
            |l| format!("{}:{}", l.file(), l.line()),
        );
        line_to_stderr(t!("cli-main-panic", place = place));
    }));
}

/// The command line, as `Cli::try_parse` reads it. Its words (the help, and what clap
/// says on a refusal) are only put in, in the language in effect, when clap is about to
/// show them, so a command that runs pays nothing for them.
fn parse() -> Result<Cli, clap::Error> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let mut matches = match Cli::command().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(_) => tend::cli::command().try_get_matches_from(&args)?,
    };
    Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut tend::cli::command()))
}

/// A crashed tend leaves no core file: its memory holds the journal's words (and, for an
/// encrypted journal, its key). A panic ends the process at once (the release build
/// aborts), so this also covers every panic.
fn no_core_files() {
    use rustix::process::{Resource, getrlimit, setrlimit};
    let limit = getrlimit(Resource::Core);
    let _ = setrlimit(
        Resource::Core,
        rustix::process::Rlimit {
            current: Some(0),
            maximum: limit.maximum,
        },
    );
}

fn main() {
    no_core_files();
    quiet_panics();
    tend::cli::choose_language();
    let cli = match parse() {
        Ok(cli) => cli,
        Err(e) => match e.kind() {
            ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => e.exit(),
            _ => {
                // One line: what is wrong, naming the argument and what is allowed.
                line_to_stderr(tend::cli::refusal_line(&e));
                std::process::exit(2);
            }
        },
    };
    // JSON and documents (exports, completions, the man page) keep their exact text,
    // with the few characters a terminal would act on escaped the JSON way.
    let exact = cli.json
        || matches!(
            cli.command,
            Some(Command::Export(_) | Command::Completions(_) | Command::Man)
        );
    let mut print = |out: String| {
        // Every plain printer ends here: stored text can't drive the terminal.
        let out = if exact {
            tend::safe_text::json(&out)
        } else {
            tend::safe_text::visible(&out)
        };
        let mut stdout = std::io::stdout().lock();
        if let Err(e) = stdout
            .write_all(out.as_bytes())
            .and_then(|()| stdout.flush())
            && e.kind() != std::io::ErrorKind::BrokenPipe
        {
            line_to_stderr(t!("cli-main-cannot-write", error = e.to_string()));
            std::process::exit(1);
        }
    };
    if let Err(e) = run(cli, &mut print) {
        line_to_stderr(t!("cli-main-error", error = e.to_string()));
        std::process::exit(e.exit_code());
    }
}
