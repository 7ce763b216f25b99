//! The command line: a clap tree where each subcommand is a module with its `run`.
//!
//! Handlers write into an output buffer that is printed only after their work (and its
//! transaction) is done, so nothing claims a write that did not happen.

mod args;
mod checkin;
mod export;
mod goal;
mod journal;
mod misc;
mod plan;
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
    /// Progress: days in recovery, runs, days on track, adherence, milestones
    Stats(misc::StatsArgs),
    /// Your name, recovery start date and day-start hour
    #[command(subcommand)]
    Profile(misc::ProfileCmd),
    /// Where the database, settings and backups live
    Paths,
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

/// Runs a parsed command line and returns what to print on stdout.
pub fn run(cli: Cli) -> Result<String> {
    let clock = cli.now.map_or(Clock::System, Clock::Fixed);
    let paths = Paths::resolve(cli.db.as_deref())?;
    let Some(command) = cli.command else {
        let store = Store::open(&paths.database, clock)?;
        crate::tui::run(&store)?;
        return Ok(String::new());
    };
    if let Command::Paths = command {
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
    if let Command::Demo(a) = &command {
        return misc::demo(a, &paths.database, clock);
    }
    let store = Store::open(&paths.database, clock)?;
    let today = store.today()?;
    let mut ctx = Ctx {
        store,
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
        Command::Stats(a) => misc::stats(a, &mut ctx)?,
        Command::Profile(c) => misc::profile(c, &mut ctx)?,
        Command::Export(c) => export::run_export(c, &mut ctx)?,
        Command::Import(a) => export::run_import(a, &mut ctx)?,
        Command::Paths | Command::Demo(_) => unreachable!("handled above"),
    }
    Ok(ctx.out)
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
