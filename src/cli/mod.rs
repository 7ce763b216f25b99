//! The command line: a clap tree where each subcommand is a module with its `run`.
//!
//! Handlers write into an output buffer that is printed only after their work (and its
//! transaction) is done, so nothing claims a write that did not happen.

mod args;
mod assess;
mod checkin;
mod config;
mod export;
mod goal;
mod journal;
mod misc;
mod plan;
mod safety;
mod setback;
mod trigger;

use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::paths::Paths;
use crate::store::Store;
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use serde::Serialize;

pub use crate::domain::one_line;
use std::path::PathBuf;

/// Appends a line to an output buffer.
macro_rules! say {
    ($out:expr) => { $out.push('\n') };
    ($out:expr, $($t:tt)*) => {{ use std::fmt::Write as _; let _ = writeln!($out, $($t)*); }};
}
pub(crate) use say;

#[derive(Debug, Parser)]
#[command(
    name = "tend",
    version,
    about = "A private, offline recovery journal and goal tracker",
    long_about = "A private, offline recovery journal and goal tracker.\n\n\
                  Run `tend` alone for the full-screen app; the subcommands make every record scriptable.",
    after_help = "Your data stays in one local file (see `tend paths`). Nothing is ever sent anywhere."
)]
pub struct Cli {
    /// The database file [default: your data folder's tend/tend.db]
    #[arg(long, global = true, env = "TEND_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Print lists, records and figures as JSON (fields documented in README.md)
    #[arg(long, global = true)]
    pub json: bool,

    /// Pretend it is this moment (RFC 3339): for tests and demos
    #[arg(long, global = true, env = "TEND_NOW", hide = true, value_parser = chrono::DateTime::parse_from_rfc3339)]
    pub now: Option<chrono::DateTime<chrono::FixedOffset>>,

    /// Read the passphrase of an encrypted journal from this file descriptor (scripts)
    #[arg(long, global = true, value_name = "N")]
    pub passphrase_fd: Option<i32>,

    /// Read the passphrase from this file (TEND_PASSPHRASE_FILE)
    #[arg(
        long,
        global = true,
        env = "TEND_PASSPHRASE_FILE",
        value_name = "PATH",
        hide = true
    )]
    pub passphrase_file: Option<PathBuf>,

    /// For encrypt and passphrase: read the new passphrase from this file descriptor
    #[arg(long, global = true, value_name = "N")]
    pub new_passphrase_fd: Option<i32>,

    /// For encrypt and passphrase: the new passphrase from this file (TEND_NEW_PASSPHRASE_FILE)
    #[arg(
        long,
        global = true,
        env = "TEND_NEW_PASSPHRASE_FILE",
        value_name = "PATH",
        hide = true
    )]
    pub new_passphrase_file: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check in for a day (fields not given keep their value), or list and show check-ins
    Checkin(checkin::Args),
    /// Write, find and read journal entries
    #[command(subcommand)]
    Journal(journal::Cmd),
    /// What you are recovering from or working toward, each with its own start date
    #[command(subcommand)]
    Commitment(setback::CommitmentCmd),
    /// Goals, habits and milestones, and the log of progress on them
    #[command(subcommand)]
    Goal(goal::Cmd),
    /// Your trigger library and the times you met a trigger or an urge
    #[command(subcommand)]
    Trigger(trigger::TriggerCmd),
    /// Your coping toolbox
    #[command(subcommand)]
    Coping(trigger::CopingCmd),
    /// Your relapse-prevention plan, section by section
    #[command(subcommand)]
    Plan(plan::Cmd),
    /// Setbacks, recorded as growth entries: what happened and what you learned
    #[command(subcommand)]
    Setback(setback::SetbackCmd),
    /// Self-check scales: PHQ-9, GAD-7, WHO-5, BARC-10 and PACS (screening aids, not diagnoses)
    #[command(subcommand)]
    Assess(assess::Cmd),
    /// Progress: days in recovery, runs, days on track, adherence, milestones
    Stats(misc::StatsArgs),
    /// Your name, recovery start date and day-start hour
    #[command(subcommand)]
    Profile(misc::ProfileCmd),
    /// Where the database, settings and backups live
    Paths,
    /// The settings file: its path, what is in effect, or edit it
    #[command(subcommand)]
    Config(config::Cmd),
    /// Protect the journal with a passphrase (SQLCipher encryption)
    Encrypt,
    /// Remove the passphrase protection
    Decrypt,
    /// Change the passphrase
    Passphrase,
    /// Back up the journal now (daily backups also happen on their own)
    Backup(safety::BackupArgs),
    /// List backups with their dates and sizes
    Backups,
    /// Replace the journal with a backup (the current one is kept aside)
    Restore(safety::RestoreArgs),
    /// Check paths, schema, encryption, integrity, permissions, backups and disk space
    Doctor,
    /// One line for your shell prompt: day N and whether today's check-in is done
    Status {
        /// short (for a prompt) or json
        #[arg(long, default_value = "short", value_parser = ["short", "json"])]
        format: String,
    },
    /// Print shell completions: bash, zsh or fish
    Completions {
        #[arg(value_parser = clap::value_parser!(clap_complete::Shell))]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff)
    Man,
    /// The counselor summary, or all your data as JSON
    #[command(subcommand)]
    Export(export::ExportCmd),
    /// Merge a tend data export, or bring in a Daylio or jrnl export
    Import(export::ImportArgs),
    /// Fill an empty database with a realistic, made-up history (for trying tend out)
    Demo(misc::DemoArgs),
}

/// What every handler gets: the open store, today's date, and the output buffer.
pub struct Ctx {
    pub store: Store,
    /// The settings file's values (defaults where it had none or a bad one).
    pub settings: crate::settings::Settings,
    pub today: NaiveDate,
    pub json: bool,
    pub out: String,
}

impl Ctx {
    /// Prints `value` as JSON, or the human text `human` makes.
    pub fn show<T: Serialize + ?Sized>(
        &mut self,
        value: &T,
        human: impl FnOnce(&mut String),
    ) -> Result<()> {
        if self.json {
            let s =
                serde_json::to_string_pretty(value).map_err(|e| Error::Message(e.to_string()))?;
            say!(self.out, "{s}");
        } else {
            human(&mut self.out);
        }
        Ok(())
    }

    pub fn clock(&self) -> Clock {
        self.store.clock()
    }
}

/// Opens the journal, asking for the passphrase when it is encrypted: from the fd or
/// file given, else on the terminal (three tries).
pub fn open_store(paths: &Paths, clock: Clock, source: &crate::secret::Source) -> Result<Store> {
    if crate::store::kind(&paths.database)? != crate::store::Kind::Encrypted {
        return Store::open(&paths.database, clock);
    }
    let interactive = source.fd.is_none() && source.file.is_none();
    for attempt in 1..=3 {
        let key = source.current("Passphrase for your tend journal: ")?;
        let Some(key) = key else {
            return Err(Error::Locked {
                path: paths.database.clone(),
            });
        };
        match Store::open_with(&paths.database, clock, Some(key)) {
            Err(Error::WrongPassphrase { .. }) if interactive && attempt < 3 => {
                eprintln!("That passphrase did not open it. Try again.");
            }
            other => return other,
        }
    }
    unreachable!("the third attempt returns")
}

/// The first use of each day makes a backup; a failure is reported but never blocks.
fn daily_backup(store: &Store, paths: &Paths, keep: crate::domain::retention::Retention) {
    let done = store
        .today()
        .and_then(|today| store.daily_backup(&paths.backups, today, keep));
    if let Err(e) = done {
        eprintln!("tend: today's automatic backup did not work ({e}); run `tend doctor`");
    }
}

/// Runs a parsed command line and returns what to print on stdout.
pub fn run(cli: Cli) -> Result<String> {
    let clock = cli.now.map_or(Clock::System, Clock::Fixed);
    let paths = Paths::resolve(cli.db.as_deref())?;
    let source = crate::secret::Source {
        fd: cli.passphrase_fd,
        file: cli.passphrase_file.clone(),
        new_fd: cli.new_passphrase_fd,
        new_file: cli.new_passphrase_file.clone(),
    };
    let loaded = crate::settings::load(&paths.config);
    let Some(command) = cli.command else {
        let encrypted = crate::store::kind(&paths.database)? == crate::store::Kind::Encrypted;
        let opener = |key| Store::open_with(&paths.database, clock, key);
        let store = if encrypted && source.fd.is_none() && source.file.is_none() {
            crate::tui::unlock(opener)?
        } else {
            open_store(&paths, clock, &source)?
        };
        sync_day_start(&store, &loaded.settings)?;
        daily_backup(&store, &paths, loaded.settings.retention);
        crate::tui::run(&store, &loaded)?;
        return Ok(String::new());
    };
    match &command {
        Command::Paths => {
            let mut out = String::new();
            if cli.json {
                say!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&paths).expect("paths serialize")
                );
            } else {
                say!(out, "database  {}", paths.database.display());
                say!(out, "config    {}", paths.config.display());
                say!(out, "backups   {}", paths.backups.display());
            }
            return Ok(out);
        }
        Command::Demo(a) => return misc::demo(a, &paths.database, clock),
        Command::Encrypt => return safety::encrypt(&paths, clock, &source),
        Command::Decrypt => return safety::decrypt(&paths, clock, &source),
        Command::Passphrase => return safety::passphrase(&paths, clock, &source),
        Command::Doctor => return safety::doctor(&paths, clock, &source),
        Command::Status { format } => {
            let g = crate::store::glance::glance(&paths.database, clock.now())?;
            return Ok(if format == "json" {
                serde_json::to_string(&g).expect("glance serializes") + "\n"
            } else {
                g.short() + "\n"
            });
        }
        Command::Completions { shell } => {
            let mut buf = Vec::new();
            clap_complete::generate(
                *shell,
                &mut <Cli as clap::CommandFactory>::command(),
                "tend",
                &mut buf,
            );
            return Ok(String::from_utf8(buf).expect("completions are text"));
        }
        Command::Config(_) => {
            let Command::Config(c) = command else {
                unreachable!()
            };
            return config::run(c, &loaded);
        }
        Command::Man => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(<Cli as clap::CommandFactory>::command()).render(&mut buf)?;
            return Ok(String::from_utf8(buf).expect("the man page is text"));
        }
        Command::Restore(_) => {
            let Command::Restore(a) = command else {
                unreachable!()
            };
            return safety::restore(a, &paths, clock, &source);
        }
        _ => {}
    }
    // A script gets the settings file's first bad value as its error; warnings go to
    // stderr. (Interactive tend starts with defaults for those instead.)
    if let Some(e) = loaded.first_error() {
        return Err(Error::Settings(e));
    }
    for w in loaded.warnings() {
        eprintln!("tend: {w}");
    }
    let store = open_store(&paths, clock, &source)?;
    sync_day_start(&store, &loaded.settings)?;
    if !matches!(command, Command::Backup(_) | Command::Backups) {
        daily_backup(&store, &paths, loaded.settings.retention);
    }
    let today = store.today()?;
    let mut ctx = Ctx {
        store,
        settings: loaded.settings.clone(),
        today,
        json: cli.json,
        out: String::new(),
    };
    match command {
        Command::Checkin(a) => checkin::run(a, &mut ctx)?,
        Command::Journal(c) => journal::run(c, &mut ctx)?,
        Command::Commitment(c) => setback::run_commitment(c, &mut ctx)?,
        Command::Goal(c) => goal::run(c, &mut ctx)?,
        Command::Trigger(c) => trigger::run_trigger(c, &mut ctx)?,
        Command::Coping(c) => trigger::run_coping(c, &mut ctx)?,
        Command::Plan(c) => plan::run(c, &mut ctx)?,
        Command::Setback(c) => setback::run_setback(c, &mut ctx)?,
        Command::Assess(c) => assess::run(c, &mut ctx)?,
        Command::Stats(a) => misc::stats(a, &mut ctx)?,
        Command::Profile(c) => misc::profile(c, &mut ctx)?,
        Command::Export(c) => export::run_export(c, &mut ctx)?,
        Command::Backup(a) => safety::backup(a, &mut ctx, &paths)?,
        Command::Backups => safety::backups(&mut ctx, &paths)?,
        Command::Import(a) => export::run_import(a, &mut ctx)?,
        Command::Paths
        | Command::Demo(_)
        | Command::Encrypt
        | Command::Decrypt
        | Command::Passphrase
        | Command::Doctor
        | Command::Status { .. }
        | Command::Completions { .. }
        | Command::Man
        | Command::Config(_)
        | Command::Restore(_) => unreachable!("handled above"),
    }
    Ok(ctx.out)
}

/// The settings file owns the day-start hour when it sets one: copy it to the journal
/// (which re-dates entries to match) when they differ.
fn sync_day_start(store: &Store, s: &crate::settings::Settings) -> Result<()> {
    if let Some(h) = s.day_start_hour {
        let p = store.profile()?;
        if p.day_start_hour != h {
            store.write(|w| {
                w.set_profile(&crate::domain::Profile {
                    day_start_hour: h,
                    ..p
                })
            })?;
        }
    }
    Ok(())
}

/// Reads the text argument: `-` means standard input; `None` stays `None`.
pub fn text_arg(text: Option<String>) -> Result<Option<String>> {
    match text.as_deref() {
        Some("-") => {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)?;
            Ok(Some(s))
        }
        _ => Ok(text),
    }
}
