//! `tend stats`: the progress figures (days in recovery, runs, days on track,
//! adherence, setbacks spacing, bounce-back, milestones) as text or JSON.

use super::{Ctx, args, say};
use crate::domain::days;
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
                "  Checked in {} of the last {} ({}%)",
                a.checked_in,
                days(a.days_counted),
                a.percent
            );
        }
        for c in &s.commitments {
            commitment(out, c);
        }
    })
}

/// One commitment's figures.
fn commitment(out: &mut String, c: &crate::domain::progress::CommitmentProgress) {
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
        "  {} in recovery, {} of them on track",
        days(c.days_in_recovery),
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
        say!(out, "  Typical time between setbacks: {}", decimal_days(g));
    }
    if let (Some(a), Some(b)) = (c.median_gap_earlier_half, c.median_gap_later_half) {
        say!(
            out,
            "    earlier {}, lately {}",
            decimal_days(a),
            decimal_days(b)
        );
    }
    if let Some(b) = c.median_bounce_back_days {
        say!(out, "  Typical bounce-back: {}", decimal_days(b));
    }
    if let Some(m) = c.milestones.last() {
        say!(
            out,
            "  Milestone reached: {} on track ({})",
            days(m.days),
            m.reached_on
        );
    }
    if let Some(n) = &c.next_milestone {
        say!(
            out,
            "  Next: {} on track, {} to go ({})",
            days(n.days),
            days(n.days_to_go),
            n.on
        );
    }
}

/// "1 day", "2.5 days": a median in days.
fn decimal_days(d: f64) -> String {
    if d == 1.0 {
        "1 day".into()
    } else {
        format!("{d} days")
    }
}
