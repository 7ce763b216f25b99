//! `tend commitment` and `tend setback`: recovery clocks and growth entries.

use super::{Ctx, args, one_line, say};
use crate::domain::progress::bounce_back_days;
use crate::domain::time::DateSpec;
use crate::domain::{Setback, SetbackDraft, SetbackKind};
use crate::error::{Error, Result};
use serde::Serialize;

#[derive(Debug, clap::Subcommand)]
pub enum CommitmentCmd {
    /// Something you are recovering from or working toward, from a start date
    Add {
        name: String,
        #[arg(long, value_parser = args::date, default_value = "today")]
        start: DateSpec,
        #[arg(long)]
        note: Option<String>,
    },
    /// Your commitments
    List,
    /// Change a commitment's name, start date or note
    Edit {
        #[arg(value_parser = args::id)]
        id: i64,
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_parser = args::date)]
        start: Option<DateSpec>,
        #[arg(long)]
        note: Option<String>,
    },
}

#[derive(Debug, clap::Subcommand)]
pub enum SetbackCmd {
    /// Record a setback as a growth entry. It never erases your days in recovery.
    Add {
        /// slip, lapse, relapse or hard-day
        #[arg(long, value_parser = args::named::<SetbackKind>)]
        kind: SetbackKind,
        #[arg(long, value_parser = args::date, default_value = "today")]
        date: DateSpec,
        /// Which commitment, by id (needed when you have more than one)
        #[arg(long, value_name = "ID", value_parser = args::id)]
        commitment: Option<i64>,
        /// What happened
        #[arg(long, value_name = "TEXT")]
        what: Option<String>,
        /// Warning signs you noticed
        #[arg(long, value_name = "TEXT")]
        warning_signs: Option<String>,
        /// What helped
        #[arg(long, value_name = "TEXT")]
        helped: Option<String>,
        /// What you learned
        #[arg(long, value_name = "TEXT")]
        learned: Option<String>,
        /// What you will do next time
        #[arg(long, value_name = "TEXT")]
        next_time: Option<String>,
        /// Who you reached out to
        #[arg(long, value_name = "TEXT")]
        reached_out: Option<String>,
        /// A trigger involved, by id (repeat for more)
        #[arg(long = "trigger", value_name = "ID", value_parser = args::id)]
        triggers: Vec<i64>,
    },
    /// Growth entries, oldest first
    List {
        #[arg(long, value_parser = args::date)]
        from: Option<DateSpec>,
        #[arg(long, value_parser = args::date)]
        to: Option<DateSpec>,
    },
    /// One growth entry in full
    Show {
        #[arg(value_parser = args::id)]
        id: i64,
    },
}

/// A setback with how quickly the person bounced back.
#[derive(Serialize)]
struct SetbackView {
    #[serde(flatten)]
    setback: Setback,
    bounce_back_days: Option<i64>,
}

pub fn run_commitment(c: CommitmentCmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        CommitmentCmd::Add { name, start, note } => {
            let c = ctx
                .store
                .write(|w| w.add_commitment(&name, start.resolve(ctx.today), note.as_deref()))?;
            say!(
                ctx.out,
                "Added commitment {}: {} from {}",
                c.id,
                c.name,
                c.start_date
            );
        }
        CommitmentCmd::List => {
            let list = ctx.store.commitments()?;
            ctx.show(&list, |out| {
                if list.is_empty() {
                    say!(out, "No commitments yet. Add one with `tend commitment add \"Alcohol\" --start 2026-01-01`.");
                }
                for c in &list {
                    say!(out, "{:>5}  {}  since {}", c.id, c.name, c.start_date);
                }
            })?;
        }
        CommitmentCmd::Edit {
            id,
            name,
            start,
            note,
        } => {
            let start = start.map(|s| s.resolve(ctx.today));
            let c = ctx
                .store
                .write(|w| w.edit_commitment(id, name.as_deref(), start, note.as_deref()))?;
            say!(
                ctx.out,
                "Updated commitment {}: {} from {}",
                c.id,
                c.name,
                c.start_date
            );
        }
    }
    Ok(())
}

pub fn run_setback(c: SetbackCmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        SetbackCmd::Add {
            kind,
            date,
            commitment,
            what,
            warning_signs,
            helped,
            learned,
            next_time,
            reached_out,
            triggers,
        } => {
            let date = date.resolve(ctx.today);
            let s = ctx.store.write(|w| {
                let commitment_id = match commitment {
                    Some(id) => Some(id),
                    None if kind.ends_run() => {
                        let all = w.commitments()?;
                        match all.as_slice() {
                            [] => None,
                            [only] => Some(only.id),
                            _ => {
                                return Err(Error::invalid(
                                    "commitment",
                                    format!("you have {} commitments; say which with --commitment ID (see `tend commitment list`)", all.len()),
                                ));
                            }
                        }
                    }
                    None => None,
                };
                w.add_setback(SetbackDraft {
                    date,
                    commitment_id,
                    kind,
                    what_happened: what,
                    warning_signs,
                    what_helped: helped,
                    learned,
                    next_time,
                    reached_out,
                    trigger_ids: triggers,
                })
            })?;
            say!(
                ctx.out,
                "Recorded growth entry {} ({}, {}). Your days in recovery still count.",
                s.id,
                s.kind.label(),
                s.date
            );
        }
        SetbackCmd::List { from, to } => {
            let views = views(
                ctx,
                from.map(|d| d.resolve(ctx.today)),
                to.map(|d| d.resolve(ctx.today)),
            )?;
            ctx.show(&views, |out| {
                if views.is_empty() {
                    say!(out, "No growth entries recorded.");
                }
                for v in &views {
                    let s = &v.setback;
                    let lesson = s
                        .learned
                        .as_deref()
                        .map(|l| format!("  learned: {}", one_line(l, 50)))
                        .unwrap_or_default();
                    say!(
                        out,
                        "{:>5}  {}  {:<8}{lesson}",
                        s.id,
                        s.date,
                        s.kind.label()
                    );
                }
            })?;
        }
        SetbackCmd::Show { id } => {
            let s = ctx.store.setback(id)?;
            let points = ctx
                .store
                .mood_points(Some(s.date - chrono::Duration::days(30)))?;
            let v = SetbackView {
                bounce_back_days: bounce_back_days(s.date, &points),
                setback: s,
            };
            ctx.show(&v, |out| {
                let s = &v.setback;
                say!(
                    out,
                    "Growth entry {}: {} on {}",
                    s.id,
                    s.kind.label(),
                    s.date
                );
                for (label, text) in [
                    ("What happened", &s.what_happened),
                    ("Warning signs", &s.warning_signs),
                    ("What helped", &s.what_helped),
                    ("What I learned", &s.learned),
                    ("Next time", &s.next_time),
                    ("Reached out to", &s.reached_out),
                ] {
                    if let Some(t) = text {
                        say!(out, "  {label}: {t}");
                    }
                }
                if let Some(d) = v.bounce_back_days {
                    say!(out, "  Mood back to your usual level after {d} days.");
                }
            })?;
        }
    }
    Ok(())
}

fn views(
    ctx: &Ctx,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
) -> Result<Vec<SetbackView>> {
    let list = ctx.store.setbacks(from, to)?;
    let points = ctx.store.mood_points(None)?;
    Ok(list
        .into_iter()
        .map(|s| SetbackView {
            bounce_back_days: bounce_back_days(s.date, &points),
            setback: s,
        })
        .collect())
}
