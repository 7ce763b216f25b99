//! `tend goal`: goals, habits and milestones, and the log of progress on them.

use super::{Ctx, args, say};
use crate::domain::time::DateSpec;
use crate::domain::{Goal, GoalDraft, GoalKind, GoalStatus, LifeDomain, RecordKind};
use crate::error::Result;
use serde::Serialize;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    Add {
        title: String,
        #[arg(long, value_parser = args::named::<LifeDomain>)]
        domain: LifeDomain,
        #[arg(long)]
        why: Option<String>,
        #[arg(long, value_name = "N", value_parser = args::per_week, conflicts_with = "steps")]
        per_week: Option<u8>,
        #[arg(long = "step", value_name = "TEXT")]
        steps: Vec<String>,
        #[arg(long, value_parser = args::date)]
        target: Option<DateSpec>,
    },
    List {
        #[arg(long, value_parser = args::named::<GoalStatus>)]
        status: Option<GoalStatus>,
        #[arg(long, value_parser = args::named::<LifeDomain>)]
        domain: Option<LifeDomain>,
    },
    Show {
        #[arg(value_parser = args::id)]
        id: i64,
    },
    Log {
        #[arg(value_parser = args::id)]
        id: i64,
        #[arg(long, value_parser = args::date, default_value = "today")]
        date: DateSpec,
        #[arg(long)]
        note: Option<String>,
        #[arg(long, value_name = "N")]
        step: Option<u32>,
    },
    Edit(EditArgs),
    Delete(super::records::Delete),
    #[command(name = "log-edit")]
    LogEdit {
        #[arg(value_parser = args::id)]
        id: i64,
        #[arg(long, value_parser = args::date)]
        date: Option<DateSpec>,
        #[arg(long)]
        note: Option<String>,
    },
    #[command(name = "log-delete")]
    LogDelete(super::records::Delete),
    Status {
        #[arg(value_parser = args::id)]
        id: i64,
        #[arg(value_parser = args::named::<GoalStatus>)]
        status: GoalStatus,
    },
}

// The fields of a goal to change.
#[derive(Debug, clap::Args)]
pub struct EditArgs {
    #[arg(value_parser = args::id)]
    id: i64,
    #[arg(long)]
    title: Option<String>,
    #[arg(long, value_parser = args::named::<LifeDomain>)]
    domain: Option<LifeDomain>,
    #[arg(long)]
    why: Option<String>,
    #[arg(long, value_name = "N", value_parser = args::per_week)]
    per_week: Option<u8>,
    #[arg(long, value_parser = args::date)]
    target: Option<DateSpec>,
}

/// A goal with its progress, as lists and `show` print it.
#[derive(Serialize)]
struct GoalView {
    #[serde(flatten)]
    goal: Goal,
    progress: crate::domain::GoalProgress,
}

fn view(ctx: &Ctx, goal: Goal) -> Result<GoalView> {
    let since = crate::domain::time::week_start(ctx.today);
    let dates: Vec<_> = ctx
        .store
        .goal_logs(goal.id, Some(since))?
        .iter()
        .map(|l| l.date)
        .collect();
    let progress = goal.progress(&dates, ctx.today);
    Ok(GoalView { goal, progress })
}

fn line(v: &GoalView) -> String {
    let g = &v.goal;
    let p = &v.progress;
    let measure = match g.kind {
        GoalKind::Habit => t!("cli-goal-this-week", done = p.done, target = p.target),
        GoalKind::Milestone => t!("cli-goal-steps", done = p.done, target = p.target),
    };
    format!(
        "{:>5}  {:<9} {:<10} {}  ({measure})",
        g.id,
        g.status.label(),
        g.domain.label(),
        g.title
    )
}

pub fn run(c: Cmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        Cmd::Add {
            title,
            domain,
            why,
            per_week,
            steps,
            target,
        } => {
            let kind = if per_week.is_some() {
                GoalKind::Habit
            } else {
                GoalKind::Milestone
            };
            let draft = GoalDraft {
                title,
                domain,
                why,
                kind,
                per_week,
                target_date: target.map(|t| t.resolve(ctx.today)),
                steps,
            };
            let g = ctx.store.write(|w| w.add_goal(draft))?;
            let v = view(ctx, g)?;
            let said = t!(
                "cli-goal-added",
                id = v.goal.id,
                title = &v.goal.title,
                kind = v.goal.kind.to_string()
            );
            ctx.show(&v, |out| say!(out, "{said}"))?;
        }
        Cmd::List { status, domain } => list(ctx, status, domain)?,
        Cmd::Show { id } => show(ctx, id)?,
        Cmd::Log {
            id,
            date,
            note,
            step,
        } => {
            let date = date.resolve(ctx.today);
            let log = ctx.store.write(|w| w.log_goal(id, date, note, step))?;
            let v = view(ctx, ctx.store.goal(id)?)?;
            let said = t!(
                "cli-goal-logged",
                id = id,
                date = log.date.to_string(),
                log = log.id,
                goal = line(&v).trim_start()
            );
            ctx.show(&log, |out| say!(out, "{said}"))?;
        }
        Cmd::Edit(a) => edit(ctx, a)?,
        Cmd::Delete(d) => super::records::delete(ctx, RecordKind::Goal, d)?,
        Cmd::LogEdit { id, date, note } => {
            let date = date.map(|d| d.resolve(ctx.today));
            let l = ctx.store.write(|w| w.edit_goal_log(id, date, note))?;
            let said = t!(
                "cli-goal-mark-changed",
                id = l.id,
                goal = l.goal_id,
                date = l.date.to_string()
            );
            ctx.show(&l, |out| say!(out, "{said}"))?;
        }
        Cmd::LogDelete(d) => super::records::delete(ctx, RecordKind::GoalMark, d)?,
        Cmd::Status { id, status } => {
            let g = ctx.store.write(|w| w.set_goal_status(id, status))?;
            let said = t!(
                "cli-goal-status",
                id = g.id,
                status = g.status.label(),
                title = &g.title
            );
            let v = view(ctx, g)?;
            ctx.show(&v, |out| say!(out, "{said}"))?;
        }
    }
    Ok(())
}

/// Changes the fields given and keeps the rest.
fn edit(ctx: &mut Ctx, a: EditArgs) -> Result<()> {
    let old = ctx.store.goal(a.id)?;
    let draft = GoalDraft {
        title: a.title.unwrap_or(old.title),
        domain: a.domain.unwrap_or(old.domain),
        why: a.why.or(old.why),
        kind: old.kind,
        per_week: a.per_week.or(old.per_week),
        target_date: a.target.map(|t| t.resolve(ctx.today)).or(old.target_date),
        steps: Vec::new(),
    };
    let g = ctx.store.write(|w| w.edit_goal(a.id, draft))?;
    let said = t!("cli-goal-changed", id = g.id, title = &g.title);
    let v = view(ctx, g)?;
    ctx.show(&v, |out| say!(out, "{said}"))
}

/// Goals with their progress this week, by status and domain.
fn list(ctx: &mut Ctx, status: Option<GoalStatus>, domain: Option<LifeDomain>) -> Result<()> {
    let goals = ctx.store.goals(status, domain)?;
    let views = goals
        .into_iter()
        .map(|g| view(ctx, g))
        .collect::<Result<Vec<_>>>()?;
    ctx.show(&views, |out| {
        if views.is_empty() {
            say!(out, "{}", t!("cli-goal-none"));
        }
        for v in &views {
            say!(out, "{}", line(v));
        }
    })
}

/// One goal: why, target, steps and the latest log.
fn show(ctx: &mut Ctx, id: i64) -> Result<()> {
    let v = view(ctx, ctx.store.goal(id)?)?;
    let logs = ctx.store.goal_logs(id, None)?;
    ctx.show(&v, |out| {
        say!(out, "{}", line(&v));
        if let Some(w) = &v.goal.why {
            say!(out, "  {}", t!("cli-goal-why", why = w));
        }
        if let Some(d) = v.goal.target_date {
            say!(out, "  {}", t!("cli-goal-target", date = d.to_string()));
        }
        for s in &v.goal.steps {
            let mark = s.done_on.map_or("[ ]".to_string(), |d| format!("[x] {d}"));
            say!(out, "  {}. {} {}", s.position, s.title, mark);
        }
        for l in logs.iter().take(10) {
            let note = l.note.clone().unwrap_or_else(|| t!("cli-goal-done"));
            let (id, date) = (format!("{:<5}", l.id), l.date.to_string());
            say!(
                out,
                "  {}",
                t!("cli-goal-mark", id = id, date = date, note = note)
            );
        }
    })
}
