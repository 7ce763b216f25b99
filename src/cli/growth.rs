//! `tend growth` (also `tend setback`): setbacks recorded as growth entries, what
//! happened and what was learned, with how quickly mood bounced back.

use super::{Ctx, args, one_line, say};
use crate::domain::progress::bounce_back_days;
use crate::domain::time::DateSpec;
use crate::domain::{Setback, SetbackDraft, SetbackKind};
use crate::error::{Error, Result};
use crate::store::Tx;
use serde::Serialize;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    Add(AddArgs),
    List {
        #[arg(long, value_parser = args::date)]
        from: Option<DateSpec>,
        #[arg(long, value_parser = args::date)]
        to: Option<DateSpec>,
    },
    Show {
        #[arg(value_parser = args::id)]
        id: i64,
    },
    Edit(EditArgs),
    Delete(super::records::Delete),
}

// The fields of a growth entry to change.
#[derive(Debug, clap::Args)]
pub struct EditArgs {
    #[arg(value_parser = args::id)]
    id: i64,
    #[arg(long, value_parser = args::named::<SetbackKind>)]
    kind: Option<SetbackKind>,
    #[arg(long, value_parser = args::date)]
    date: Option<DateSpec>,
    #[arg(long, value_name = "ID", value_parser = args::id)]
    commitment: Option<i64>,
    #[arg(long, value_name = "TEXT")]
    what: Option<String>,
    #[arg(long, value_name = "TEXT")]
    warning_signs: Option<String>,
    #[arg(long, value_name = "TEXT")]
    helped: Option<String>,
    #[arg(long, value_name = "TEXT")]
    learned: Option<String>,
    #[arg(long, value_name = "TEXT")]
    next_time: Option<String>,
    #[arg(long, value_name = "TEXT")]
    reached_out: Option<String>,
    #[arg(long = "trigger", value_name = "ID", value_parser = args::id)]
    triggers: Vec<i64>,
}

// A growth entry's fields.
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    #[arg(long, value_parser = args::named::<SetbackKind>)]
    kind: SetbackKind,
    #[arg(long, value_parser = args::date, default_value = "today")]
    date: DateSpec,
    #[arg(long, value_name = "ID", value_parser = args::id)]
    commitment: Option<i64>,
    #[arg(long, value_name = "TEXT")]
    what: Option<String>,
    #[arg(long, value_name = "TEXT")]
    warning_signs: Option<String>,
    #[arg(long, value_name = "TEXT")]
    helped: Option<String>,
    #[arg(long, value_name = "TEXT")]
    learned: Option<String>,
    #[arg(long, value_name = "TEXT")]
    next_time: Option<String>,
    #[arg(long, value_name = "TEXT")]
    reached_out: Option<String>,
    #[arg(long = "trigger", value_name = "ID", value_parser = args::id)]
    triggers: Vec<i64>,
}

/// A setback with how quickly the person bounced back.
#[derive(Serialize)]
struct SetbackView {
    #[serde(flatten)]
    setback: Setback,
    bounce_back_days: Option<i64>,
}

pub fn run(c: Cmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        Cmd::Add(a) => add(a, ctx)?,
        Cmd::List { from, to } => {
            let views = views(
                ctx,
                from.map(|d| d.resolve(ctx.today)),
                to.map(|d| d.resolve(ctx.today)),
            )?;
            ctx.show(&views, |out| {
                if views.is_empty() {
                    say!(out, "{}", t!("cli-growth-none"));
                }
                for v in &views {
                    let s = &v.setback;
                    let lesson = s
                        .learned
                        .as_deref()
                        .map(|l| {
                            format!("  {}", t!("cli-growth-learned", lesson = one_line(l, 50)))
                        })
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
        Cmd::Show { id } => show(ctx, id)?,
        Cmd::Edit(a) => edit(a, ctx)?,
        Cmd::Delete(d) => super::records::delete(ctx, crate::domain::RecordKind::Growth, d)?,
    }
    Ok(())
}

/// Changes the fields given and keeps the rest.
fn edit(a: EditArgs, ctx: &mut Ctx) -> Result<()> {
    let old = ctx.store.setback(a.id)?;
    let or = |new: Option<String>, old: Option<String>| new.or(old);
    let draft = SetbackDraft {
        date: a.date.map_or(old.date, |d| d.resolve(ctx.today)),
        commitment_id: a.commitment.or(old.commitment_id),
        kind: a.kind.unwrap_or(old.kind),
        what_happened: or(a.what, old.what_happened),
        warning_signs: or(a.warning_signs, old.warning_signs),
        what_helped: or(a.helped, old.what_helped),
        learned: or(a.learned, old.learned),
        next_time: or(a.next_time, old.next_time),
        reached_out: or(a.reached_out, old.reached_out),
        trigger_ids: if a.triggers.is_empty() {
            old.trigger_ids
        } else {
            a.triggers
        },
    };
    let s = ctx.store.write(|w| w.edit_setback(a.id, draft))?;
    let said = t!(
        "cli-growth-changed",
        id = s.id,
        kind = s.kind.label(),
        date = s.date.to_string()
    );
    ctx.show(&s, |out| say!(out, "{said}"))
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

/// Records a growth entry; a run-ending one belongs to a commitment.
fn add(a: AddArgs, ctx: &mut Ctx) -> Result<()> {
    let date = a.date.resolve(ctx.today);
    let s = ctx.store.write(|w| {
        let commitment_id = commitment_for(w, a.kind, a.commitment)?;
        w.add_setback(SetbackDraft {
            date,
            commitment_id,
            kind: a.kind,
            what_happened: a.what,
            warning_signs: a.warning_signs,
            what_helped: a.helped,
            learned: a.learned,
            next_time: a.next_time,
            reached_out: a.reached_out,
            trigger_ids: a.triggers,
        })
    })?;
    let said = t!(
        "cli-growth-recorded",
        id = s.id,
        kind = s.kind.label(),
        date = s.date.to_string()
    );
    ctx.show(&s, |out| say!(out, "{said}"))
}

/// The commitment a growth entry belongs to: the one given, else for a slip, lapse or
/// relapse the only commitment there is (with several, the person must say which).
fn commitment_for(w: &Tx, kind: SetbackKind, given: Option<i64>) -> Result<Option<i64>> {
    if given.is_some() || !kind.ends_run() {
        return Ok(given);
    }
    let all = w.commitments()?;
    match all.as_slice() {
        [] => Ok(None),
        [only] => Ok(Some(only.id)),
        _ => Err(Error::invalid(
            "commitment",
            t!("cli-growth-which-commitment", count = all.len()),
        )),
    }
}

/// One growth entry in full, with how long mood took to come back.
fn show(ctx: &mut Ctx, id: i64) -> Result<()> {
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
        let head = t!(
            "cli-growth-show",
            id = s.id,
            kind = s.kind.label(),
            date = s.date.to_string()
        );
        say!(out, "{head}");
        for (label, text) in [
            (t!("cli-growth-what-happened"), &s.what_happened),
            (t!("cli-growth-warning-signs"), &s.warning_signs),
            (t!("cli-growth-what-helped"), &s.what_helped),
            (t!("cli-growth-what-i-learned"), &s.learned),
            (t!("cli-growth-next-time"), &s.next_time),
            (t!("cli-growth-reached-out"), &s.reached_out),
        ] {
            if let Some(text) = text {
                say!(
                    out,
                    "  {}",
                    t!("cli-growth-field", label = label, text = text)
                );
            }
        }
        if let Some(d) = v.bounce_back_days {
            let days = t!("days", count = d);
            say!(out, "  {}", t!("cli-growth-bounce-back", days = days));
        }
    })
}
