//! `tend stats`: the progress figures (days in recovery, runs, days on track,
//! adherence, setbacks spacing, bounce-back, milestones) as text or JSON.

use super::{Ctx, args, say};
use crate::domain::days;
use crate::domain::progress::Stats;
use crate::domain::tracked::Window;
use crate::error::Result;
use chrono::Duration;

#[derive(Debug, clap::Args)]
pub struct Args {
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
        for line in adherence_lines(&s) {
            say!(out, "  {line}");
        }
        for c in &s.commitments {
            commitment(out, c);
        }
    })
}

/// Check-in adherence, each window once and named: "Last 7 days: checked in 6 of 7
/// days (85.7%)"; a window cut short by the day the person started says so ("Since you
/// started on 5 December: …") and larger windows that count the same days are left out.
fn adherence_lines(s: &Stats) -> Vec<String> {
    let mut lines = Vec::new();
    let mut last = None;
    for a in &s.adherence {
        if last == Some(a.days_counted) {
            continue;
        }
        last = Some(a.days_counted);
        let from = s.today - Duration::days(a.window_days - 1);
        let name = match s.tracked.window(from, s.today) {
            Window::Whole => format!("Last {}", days(a.window_days)),
            Window::Nothing => {
                lines.push(format!(
                    "Last {}: no record kept yet, so nothing is missed",
                    days(a.window_days)
                ));
                continue;
            }
            Window::SinceStart(d) => format!("Since you started on {}", d.format("%-d %B %Y")),
            Window::Parts(_) => format!(
                "Last {}, on the days you kept a record",
                days(a.window_days)
            ),
        };
        lines.push(format!(
            "{name}: checked in {} of {} ({}%)",
            a.checked_in,
            days(a.days_counted),
            a.percent
        ));
    }
    lines
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
