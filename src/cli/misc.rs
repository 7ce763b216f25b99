//! `tend stats`, `tend profile` and `tend demo`.

use super::{Ctx, args, say};
use crate::clock::Clock;
use crate::domain::Profile;
use crate::domain::time::DateSpec;
use crate::error::{Error, Result};
use crate::store::Store;
use std::path::Path;

#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// Only this commitment, by id
    #[arg(long, value_name = "ID", value_parser = args::id)]
    commitment: Option<i64>,
}

#[derive(Debug, clap::Subcommand)]
pub enum ProfileCmd {
    /// Your profile and settings
    Show,
    /// Change your name, recovery start date or day-start hour
    Set {
        /// How tend greets you ("" clears it)
        #[arg(long)]
        name: Option<String>,
        /// When your recovery began
        #[arg(long, value_parser = args::date)]
        recovery_start: Option<DateSpec>,
        /// The hour a new day starts (0 to 23; default 4, so 1 a.m. counts for the day before)
        #[arg(long, value_name = "0-23", value_parser = args::hour)]
        day_start: Option<u8>,
    },
}

#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// Years of history to make up
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=30))]
    years: u32,
    /// The same seed always makes the same history
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Exactly this many journal entries [default: a few a week]
    #[arg(long)]
    entries: Option<usize>,
}

pub fn stats(a: StatsArgs, ctx: &mut Ctx) -> Result<()> {
    let s = ctx.store.stats(ctx.today, a.commitment)?;
    ctx.show(&s, |out| {
        say!(
            out,
            "Today is {}. Day {} of your recovery.",
            s.today,
            s.days_in_recovery
        );
        for a in &s.adherence {
            say!(
                out,
                "  Checked in {} of the last {} days ({}%)",
                a.checked_in,
                a.days_counted,
                a.percent
            );
        }
        for c in &s.commitments {
            say!(out);
            say!(
                out,
                "{} (id {}), since {}",
                c.name,
                c.commitment_id,
                c.start_date
            );
            say!(
                out,
                "  {} days in recovery, {} of them on track",
                c.days_in_recovery,
                c.days_on_track
            );
            let run = match c.current_run {
                0 => "Today is a fresh start".to_string(),
                n => format!("Current run {}", crate::domain::days(n)),
            };
            say!(
                out,
                "  {run}; longest run {}",
                crate::domain::days(c.longest_run)
            );
            if c.setbacks_total > 0 {
                say!(
                    out,
                    "  Setbacks: {} in the last 90 days, {} in the 90 before ({} in all)",
                    c.setbacks_last_90,
                    c.setbacks_prior_90,
                    c.setbacks_total
                );
            }
            if let Some(g) = c.median_gap_days {
                say!(out, "  Typical time between setbacks: {g} days");
            }
            if let (Some(a), Some(b)) = (c.median_gap_earlier_half, c.median_gap_later_half) {
                say!(out, "    earlier {a} days, lately {b} days");
            }
            if let Some(b) = c.median_bounce_back_days {
                say!(out, "  Typical bounce-back: {b} days");
            }
            if let Some(m) = c.milestones.last() {
                say!(
                    out,
                    "  Milestone reached: {} days on track ({})",
                    m.days,
                    m.reached_on
                );
            }
            if let Some(n) = &c.next_milestone {
                say!(
                    out,
                    "  Next: {} days on track, {} to go ({})",
                    n.days,
                    n.days_to_go,
                    n.on
                );
            }
        }
    })
}

pub fn profile(c: ProfileCmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        ProfileCmd::Show => {
            let p = ctx.store.profile()?;
            ctx.show(&p, |out| {
                say!(
                    out,
                    "name            {}",
                    p.display_name.as_deref().unwrap_or("(not set)")
                );
                say!(
                    out,
                    "recovery start  {}",
                    p.recovery_start
                        .map_or("(not set)".into(), |d| d.to_string())
                );
                say!(out, "day starts at   {:02}:00", p.day_start_hour);
            })?;
        }
        ProfileCmd::Set {
            name,
            recovery_start,
            day_start,
        } => {
            let today = ctx.today;
            if let (Some(_), Some(h)) = (day_start, ctx.settings.day_start_hour) {
                return Err(Error::invalid(
                    "day-start",
                    format!(
                        "your settings file sets day_start_hour = {h}; change it there with `tend config edit`"
                    ),
                ));
            }
            let p = ctx.store.write(|w| {
                let old = ctx.store.profile()?;
                w.set_profile(&Profile {
                    display_name: name
                        .map_or(old.display_name, |n| crate::domain::optional_text(&n)),
                    recovery_start: recovery_start
                        .map(|d| d.resolve(today))
                        .or(old.recovery_start),
                    day_start_hour: day_start.unwrap_or(old.day_start_hour),
                })
            })?;
            say!(
                ctx.out,
                "Saved your profile (day starts at {:02}:00).",
                p.day_start_hour
            );
        }
    }
    Ok(())
}

pub fn demo(a: &DemoArgs, path: &Path, clock: Clock) -> Result<String> {
    let store = Store::open(path, clock)?;
    if !store.is_empty()? {
        return Err(Error::Message(format!(
            "{}: the database already holds records; demo data goes only into a new, empty file",
            path.display()
        )));
    }
    let today = store.today()?;
    let counts = crate::demo::generate(&store, today, a.years, a.seed, a.entries)?;
    let mut out = String::new();
    say!(
        out,
        "Wrote a made-up history of {} years to {}: {counts}",
        a.years,
        path.display()
    );
    Ok(out)
}
