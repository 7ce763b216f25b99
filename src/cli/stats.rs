//! `tend stats`: the progress figures (days in recovery, runs, days on track,
//! adherence, setbacks spacing, bounce-back, milestones) as text or JSON.

use super::{Ctx, args, say};
use crate::error::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this commitment, by id
    #[arg(long, value_name = "ID", value_parser = args::id)]
    commitment: Option<i64>,
}

pub fn run(a: Args, ctx: &mut Ctx) -> Result<()> {
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
