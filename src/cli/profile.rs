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
                let name = p.display_name.clone();
                let start = p.recovery_start.map(|d| d.to_string());
                let hour = format!("{:02}:00", p.day_start_hour);
                for (label, value) in [
                    (t!("cli-profile-name"), name),
                    (t!("cli-profile-recovery-start"), start),
                    (t!("cli-profile-day-starts"), Some(hour)),
                ] {
                    let value = value.unwrap_or_else(|| t!("cli-profile-not-set"));
                    say!(out, "{label:<15} {value}");
                }
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
                    t!("cli-profile-hour-in-settings", hour = h),
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
            let time = format!("{:02}:00", p.day_start_hour);
            let said = t!("cli-profile-saved", time = time);
            ctx.show(&p, |out| say!(out, "{said}"))?;
        }
    }
    Ok(())
}
