//! `tend stats`: the progress figures (days in recovery, runs, days on track,
//! adherence, setbacks spacing, bounce-back, milestones, and a commitment's path and
//! use) as text or JSON.

use super::{Ctx, args, say};
use crate::catalog::{DateForm, date};
use crate::domain::progress::Stats;
use crate::domain::tracked::Window;
use crate::error::Result;
use chrono::Duration;

mod usage;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_name = "ID", value_parser = args::id)]
    commitment: Option<i64>,
}

pub fn run(a: Args, ctx: &mut Ctx) -> Result<()> {
    let s = ctx.store.stats(ctx.today, a.commitment)?;
    ctx.show(&s, |out| {
        let today = s.today.to_string();
        let day = s.days_in_recovery;
        say!(out, "{}", t!("cli-stats-today", today = today, day = day));
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
        let window = t!("days", count = a.window_days);
        let (checked, counted) = (a.checked_in, t!("days", count = a.days_counted));
        let percent = a.percent.to_string();
        lines.push(match s.tracked.window(from, s.today) {
            Window::Whole => t!(
                "cli-stats-adherence-last",
                window = window,
                checked = checked,
                counted = counted,
                percent = percent
            ),
            Window::Nothing => t!("cli-stats-adherence-nothing", window = window),
            Window::SinceStart(d) => t!(
                "cli-stats-adherence-since",
                date = date(d, DateForm::DayMonthYear),
                checked = checked,
                counted = counted,
                percent = percent
            ),
            Window::Parts(_) => t!(
                "cli-stats-adherence-parts",
                window = window,
                checked = checked,
                counted = counted,
                percent = percent
            ),
        });
    }
    lines
}

/// One commitment's figures.
fn commitment(out: &mut String, c: &crate::domain::progress::CommitmentProgress) {
    say!(out);
    let start = c.start_date.to_string();
    let head = t!(
        "cli-stats-commitment",
        name = &c.name,
        id = c.commitment_id,
        start = start
    );
    say!(out, "{head}");
    let days_in = t!("days", count = c.days_in_recovery);
    let on_track = c.days_on_track;
    let line = t!("cli-stats-in-recovery", days = days_in, on_track = on_track);
    say!(out, "  {line}");
    let longest = t!("days", count = c.longest_run);
    let run = match c.current_run {
        0 => t!("cli-stats-fresh-start", longest = longest),
        n => t!(
            "cli-stats-current-run",
            current = t!("days", count = n),
            longest = longest
        ),
    };
    say!(out, "  {run}");
    if c.setbacks_total > 0 {
        let line = t!(
            "cli-stats-setbacks",
            last = c.setbacks_last_90,
            prior = c.setbacks_prior_90,
            total = c.setbacks_total
        );
        say!(out, "  {line}");
    }
    gaps(out, c);
    if let Some(u) = &c.usage {
        usage::lines(out, u);
    }
    if let Some(m) = c.milestones.last() {
        let (days, on) = (t!("days", count = m.days), m.reached_on.to_string());
        say!(out, "  {}", t!("cli-stats-milestone", days = days, on = on));
    }
    if let Some(n) = &c.next_milestone {
        let (days, to_go) = (t!("days", count = n.days), t!("days", count = n.days_to_go));
        let on = n.on.to_string();
        let line = t!("cli-stats-next", days = days, to_go = to_go, on = on);
        say!(out, "  {line}");
    }
}

/// The typical time between setbacks, earlier and lately, and the typical bounce-back.
fn gaps(out: &mut String, c: &crate::domain::progress::CommitmentProgress) {
    if let Some(g) = c.median_gap_days {
        say!(out, "  {}", t!("cli-stats-gap", days = decimal_days(g)));
    }
    if let (Some(a), Some(b)) = (c.median_gap_earlier_half, c.median_gap_later_half) {
        let (earlier, lately) = (decimal_days(a), decimal_days(b));
        say!(
            out,
            "    {}",
            t!("cli-stats-gap-halves", earlier = earlier, lately = lately)
        );
    }
    if let Some(b) = c.median_bounce_back_days {
        say!(
            out,
            "  {}",
            t!("cli-stats-bounce-back", days = decimal_days(b))
        );
    }
}

/// "1 day", "2.5 days": a median in days.
fn decimal_days(d: f64) -> String {
    if d.fract() == 0.0 && d.abs() < 1e15 {
        t!("days", count = d as i64)
    } else {
        t!("cli-stats-decimal-days", days = d.to_string())
    }
}
