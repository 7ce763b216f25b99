//! `tend profile`: the person's name, recovery start date and day-start hour.

use super::{Ctx, args, say};
use crate::domain::Profile;
use crate::domain::time::DateSpec;
use crate::error::{Error, Result};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    Show,
    Set {
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_parser = args::date)]
        recovery_start: Option<DateSpec>,
        #[arg(long, value_name = "0-23", value_parser = args::hour)]
        day_start: Option<u8>,
    },
}

pub fn run(c: Cmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        Cmd::Show => {
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
        Cmd::Set {
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
