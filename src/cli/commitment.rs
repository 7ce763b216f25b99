//! `tend commitment`: what the person is recovering from or working toward, each with
//! its own start date (the recovery clocks) and its path: abstain, cut down within the
//! person's own limits, or use more safely, kept as history.

use super::{Ctx, args, say};
use crate::domain::time::DateSpec;
use crate::domain::usage::{CommitmentPath, Path, PathDraft, SaferStep, UseUnit};
use crate::domain::{Commitment, RecordKind};
use crate::error::{Error, Result};
use serde::Serialize;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    Add {
        name: String,
        #[arg(long, value_parser = args::date, default_value = "today")]
        start: DateSpec,
        #[arg(long)]
        note: Option<String>,
        #[command(flatten)]
        path: PathArgs,
    },
    List,
    Edit {
        #[arg(value_parser = args::id)]
        id: i64,
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_parser = args::date)]
        start: Option<DateSpec>,
        #[arg(long)]
        note: Option<String>,
        #[command(flatten)]
        path: PathArgs,
        #[arg(long, value_parser = args::date, default_value = "today")]
        from: DateSpec,
    },
    Delete(super::records::Delete),
}

// A path and its limits, as `add` and `edit` take them.
#[derive(Debug, clap::Args)]
pub struct PathArgs {
    #[arg(long, value_parser = args::named::<Path>)]
    path: Option<Path>,
    #[arg(long, value_name = "N", value_parser = args::amount)]
    max_per_day: Option<f64>,
    #[arg(long, value_name = "N", value_parser = args::amount)]
    max_per_week: Option<f64>,
    #[arg(long, value_name = "0-7", value_parser = clap::value_parser!(u8).range(0..=7))]
    free_days: Option<u8>,
    #[arg(long, value_parser = args::named::<UseUnit>)]
    unit: Option<UseUnit>,
    #[arg(long, value_name = "N", value_parser = args::amount)]
    heavy_at: Option<f64>,
    #[arg(long, value_name = "MONEY", value_parser = args::amount)]
    price: Option<f64>,
    #[arg(long, value_name = "N", value_parser = args::amount)]
    usual_per_week: Option<f64>,
    #[arg(long, value_name = "STEPS", value_delimiter = ',', value_parser = args::named::<SaferStep>)]
    checklist: Option<Vec<SaferStep>>,
}

impl PathArgs {
    /// The draft, if any path flag was given; limits without a cut-down path refused.
    fn draft(self, old: Option<&CommitmentPath>) -> Result<Option<PathDraft>> {
        let d = PathDraft {
            path: self.path,
            unit: self.unit,
            max_per_day: self.max_per_day,
            max_per_week: self.max_per_week,
            free_days: self.free_days,
            heavy_at: self.heavy_at,
            price: self.price,
            usual_per_week: self.usual_per_week,
            checklist: self.checklist,
        };
        if d == PathDraft::default() {
            return Ok(None);
        }
        let path = d.path.or(old.map(|o| o.path)).unwrap_or(Path::Abstain);
        let limits = d.max_per_day.is_some() || d.max_per_week.is_some() || d.free_days.is_some();
        if limits && path != Path::CutDown {
            return Err(Error::invalid(
                "path",
                t!("cli-commitment-limits-need-cut-down"),
            ));
        }
        Ok(Some(d))
    }
}

/// A commitment with its path now and the path's history, as JSON shows it.
#[derive(Serialize)]
struct WithPath {
    #[serde(flatten)]
    commitment: Commitment,
    path: Path,
    paths: Vec<CommitmentPath>,
}

fn with_path(ctx: &Ctx, c: &Commitment) -> Result<(WithPath, String)> {
    let paths = ctx.store.paths(c.id)?;
    let now = crate::domain::usage::path_on(&paths, ctx.today);
    let words = now.map_or_else(|| Path::Abstain.label(), path_words);
    Ok((
        WithPath {
            commitment: c.clone(),
            path: now.map_or(Path::Abstain, |p| p.path),
            paths,
        },
        words,
    ))
}

/// A path in words: "cut down: at most 14 standard drinks a week, 3 use-free days".
pub fn path_words(p: &CommitmentPath) -> String {
    let mut limits = Vec::new();
    if let Some(d) = p.max_per_day {
        limits.push(t!("cli-path-per-day", amount = p.unit.amount(d)));
    }
    if let Some(w) = p.max_per_week {
        limits.push(t!("cli-path-per-week", amount = p.unit.amount(w)));
    }
    if let Some(f) = p.free_days {
        limits.push(t!("cli-path-free-days", count = f));
    }
    if limits.is_empty() {
        p.path.label()
    } else {
        t!(
            "cli-path-with-limits",
            path = p.path.label(),
            limits = limits.join(", ")
        )
    }
}

pub fn run(c: Cmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        Cmd::Delete(d) => super::records::delete(ctx, RecordKind::Commitment, d)?,
        Cmd::Add {
            name,
            start,
            note,
            path,
        } => add(ctx, &name, start, note.as_deref(), path)?,
        Cmd::List => {
            let list = ctx.store.commitments()?;
            let mut shown = Vec::new();
            let mut rows = Vec::new();
            for c in &list {
                let (s, words) = with_path(ctx, c)?;
                let start = c.start_date.to_string();
                let row = t!("cli-commitment-row", name = &c.name, start = start);
                rows.push(format!("{:>5}  {row} · {words}", c.id));
                shown.push(s);
            }
            ctx.show(&shown, |out| {
                if list.is_empty() {
                    say!(out, "{}", t!("cli-commitment-none"));
                }
                for r in &rows {
                    say!(out, "{r}");
                }
            })?;
        }
        Cmd::Edit {
            id,
            name,
            start,
            note,
            path,
            from,
        } => edit(ctx, id, name.as_deref(), start, note.as_deref(), path, from)?,
    }
    Ok(())
}

fn add(
    ctx: &mut Ctx,
    name: &str,
    start: DateSpec,
    note: Option<&str>,
    path: PathArgs,
) -> Result<()> {
    let draft = path.draft(None)?;
    let start = start.resolve(ctx.today);
    let c = ctx.store.write(|w| {
        let c = w.add_commitment(name, start, note)?;
        if let Some(d) = &draft {
            w.set_path(c.id, c.start_date, d)?;
        }
        Ok(c)
    })?;
    let said = t!(
        "cli-commitment-added",
        id = c.id,
        name = &c.name,
        start = c.start_date.to_string()
    );
    saved(ctx, &c, &said, draft.is_some())
}

/// Prints a commitment as saved (JSON: with its paths), and its path when one was set.
fn saved(ctx: &mut Ctx, c: &Commitment, said: &str, pathed: bool) -> Result<()> {
    let (shown, words) = with_path(ctx, c)?;
    ctx.show(&shown, |out| {
        say!(out, "{said}");
        if pathed {
            say!(out, "  {}", t!("cli-commitment-path", path = words));
        }
    })
}

fn edit(
    ctx: &mut Ctx,
    id: i64,
    name: Option<&str>,
    start: Option<DateSpec>,
    note: Option<&str>,
    path: PathArgs,
    from: DateSpec,
) -> Result<()> {
    let start = start.map(|s| s.resolve(ctx.today));
    let from = from.resolve(ctx.today);
    let old = ctx.store.paths(id)?;
    let draft = path.draft(crate::domain::usage::path_on(&old, from))?;
    let c = ctx.store.write(|w| {
        let c = w.edit_commitment(id, name, start, note)?;
        if let Some(d) = &draft {
            w.set_path(c.id, from, d)?;
        }
        Ok(c)
    })?;
    let said = t!(
        "cli-commitment-updated",
        id = c.id,
        name = &c.name,
        start = c.start_date.to_string()
    );
    saved(ctx, &c, &said, draft.is_some())
}
