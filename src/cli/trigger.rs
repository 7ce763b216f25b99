//! `tend trigger`: the trigger library, and the times the person met a trigger or an urge.

use super::{Ctx, args, say};
use crate::domain::time::MomentSpec;
use crate::domain::{
    EventDraft, Outcome, RecordKind, Trigger, TriggerCategory, TriggerDraft, TriggerEvent,
    TriggerOrigin,
};
use crate::error::Result;
use serde::Serialize;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    Add {
        name: String,
        #[arg(long, value_parser = args::named::<TriggerCategory>)]
        category: TriggerCategory,
        #[arg(long)]
        internal: bool,
        #[arg(long)]
        notes: Option<String>,
        #[arg(long = "coping", value_name = "ID", value_parser = args::id)]
        coping: Vec<i64>,
    },
    List,
    Show {
        #[arg(value_parser = args::id)]
        id: i64,
    },
    #[command(allow_negative_numbers = true)]
    Log {
        #[arg(value_parser = args::id)]
        id: Option<i64>,
        #[arg(long, value_name = "0-10", value_parser = args::zero_to_ten)]
        before: u8,
        #[arg(long, value_name = "0-10", value_parser = args::zero_to_ten)]
        after: Option<u8>,
        #[arg(long, value_name = "ID", value_parser = args::id)]
        coping: Option<i64>,
        #[arg(long, value_parser = args::named::<Outcome>, default_value = "passed")]
        outcome: Outcome,
        #[arg(long)]
        note: Option<String>,
        #[arg(long, value_parser = args::moment)]
        at: Option<MomentSpec>,
    },
    Edit(EditArgs),
    Delete(super::records::Delete),
    Encounters {
        #[arg(long, default_value_t = 30)]
        limit: usize,
    },
    #[command(name = "log-edit", allow_negative_numbers = true)]
    LogEdit(LogEdit),
    #[command(name = "log-delete")]
    LogDelete(super::records::Delete),
    Link {
        #[arg(value_parser = args::id)]
        id: i64,
        #[arg(value_parser = args::id)]
        coping: i64,
        #[arg(long)]
        remove: bool,
    },
}

// The fields of a trigger to change.
#[derive(Debug, clap::Args)]
pub struct EditArgs {
    #[arg(value_parser = args::id)]
    id: i64,
    #[arg(long)]
    name: Option<String>,
    #[arg(long, value_parser = args::named::<TriggerCategory>)]
    category: Option<TriggerCategory>,
    #[arg(long, conflicts_with = "external")]
    internal: bool,
    #[arg(long)]
    external: bool,
    #[arg(long)]
    notes: Option<String>,
}

// The fields of an encounter to change.
#[derive(Debug, clap::Args)]
pub struct LogEdit {
    #[arg(value_parser = args::id)]
    id: i64,
    #[arg(long, value_name = "ID", value_parser = args::id, conflicts_with = "no_trigger")]
    trigger: Option<i64>,
    #[arg(long)]
    no_trigger: bool,
    #[arg(long, value_name = "0-10", value_parser = args::zero_to_ten)]
    before: Option<u8>,
    #[arg(long, value_name = "0-10", value_parser = args::zero_to_ten)]
    after: Option<u8>,
    #[arg(long, value_name = "ID", value_parser = args::id)]
    coping: Option<i64>,
    #[arg(long, value_parser = args::named::<Outcome>)]
    outcome: Option<Outcome>,
    #[arg(long)]
    note: Option<String>,
    #[arg(long, value_parser = args::moment)]
    at: Option<MomentSpec>,
}

#[derive(Serialize)]
struct TriggerView {
    #[serde(flatten)]
    trigger: Trigger,
    encounters: usize,
    /// The latest ten, newest first (`show` only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    recent: Vec<TriggerEvent>,
}

pub fn run(c: Cmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        Cmd::Add {
            name,
            category,
            internal,
            notes,
            coping,
        } => {
            let origin = if internal {
                TriggerOrigin::Internal
            } else {
                TriggerOrigin::External
            };
            let t = ctx.store.write(|w| {
                w.add_trigger(TriggerDraft {
                    name,
                    category,
                    origin,
                    notes,
                    coping_ids: coping,
                })
            })?;
            let said = t!(
                "cli-trigger-added",
                id = t.id,
                name = &t.name,
                category = t.category.label(),
                origin = t.origin.label()
            );
            ctx.show(&t, |out| say!(out, "{said}"))?;
        }
        Cmd::List => list(ctx)?,
        Cmd::Encounters { limit } => encounters(ctx, limit)?,
        Cmd::Edit(a) => edit(a, ctx)?,
        Cmd::Delete(d) => super::records::delete(ctx, RecordKind::Trigger, d)?,
        Cmd::LogEdit(a) => log_edit(a, ctx)?,
        Cmd::LogDelete(d) => super::records::delete(ctx, RecordKind::Encounter, d)?,
        Cmd::Show { id } => show(ctx, id)?,
        Cmd::Log {
            id,
            before,
            after,
            coping,
            outcome,
            note,
            at,
        } => {
            let clock = ctx.clock();
            let at = match at {
                Some(m) => clock.resolve("at", m)?,
                None => clock.now(),
            };
            let draft = EventDraft {
                at,
                trigger_id: id,
                urge_before: before,
                urge_after: after,
                coping_id: coping,
                outcome,
                note,
            };
            let e = ctx.store.write(|w| w.log_trigger_event(draft))?;
            let said = encounter(false, &e);
            ctx.show(&e, |out| say!(out, "{said}"))?;
        }
        Cmd::Link { id, coping, remove } => link(ctx, id, coping, remove)?,
    }
    Ok(())
}

/// Links a coping strategy to a trigger, or unlinks it.
fn link(ctx: &mut Ctx, id: i64, coping: i64, remove: bool) -> Result<()> {
    let t = ctx.store.write(|w| w.link_coping(id, coping, !remove))?;
    let (id, name) = (t.id, &t.name);
    let said = if remove {
        t!(
            "cli-trigger-unlinked",
            coping = coping,
            id = id,
            name = name
        )
    } else {
        t!("cli-trigger-linked", coping = coping, id = id, name = name)
    };
    ctx.show(&t, |out| say!(out, "{said}"))
}

/// Changes the fields of a trigger given, keeping the rest (and its coping links).
fn edit(a: EditArgs, ctx: &mut Ctx) -> Result<()> {
    let old = ctx.store.trigger(a.id)?;
    let origin = match (a.internal, a.external) {
        (true, _) => TriggerOrigin::Internal,
        (_, true) => TriggerOrigin::External,
        _ => old.origin,
    };
    let draft = TriggerDraft {
        name: a.name.unwrap_or(old.name),
        category: a.category.unwrap_or(old.category),
        origin,
        notes: a.notes.or(old.notes),
        coping_ids: Vec::new(),
    };
    let t = ctx.store.write(|w| w.edit_trigger(a.id, draft))?;
    let said = t!(
        "cli-trigger-changed",
        id = t.id,
        name = &t.name,
        category = t.category.label(),
        origin = t.origin.label()
    );
    ctx.show(&t, |out| say!(out, "{said}"))
}

/// Changes the fields of an encounter given, keeping the rest.
fn log_edit(a: LogEdit, ctx: &mut Ctx) -> Result<()> {
    let old = ctx.store.trigger_event(a.id)?;
    let at = match a.at {
        Some(m) => ctx.clock().resolve("at", m)?,
        None => chrono::DateTime::parse_from_rfc3339(&old.at)
            .map_err(|e| crate::error::Error::invalid("at", e.to_string()))?,
    };
    let draft = EventDraft {
        at,
        trigger_id: if a.no_trigger {
            None
        } else {
            a.trigger.or(old.trigger_id)
        },
        urge_before: a.before.unwrap_or(old.urge_before),
        urge_after: a.after.or(old.urge_after),
        coping_id: a.coping.or(old.coping_id),
        outcome: a.outcome.unwrap_or(old.outcome),
        note: a.note.or(old.note),
    };
    let e = ctx.store.write(|w| w.edit_trigger_event(a.id, draft))?;
    let said = encounter(true, &e);
    ctx.show(&e, |out| say!(out, "{said}"))
}

/// "Logged encounter 3 on 2026-11-20: urge 7 → 2, passed" (or "Changed …").
fn encounter(changed: bool, e: &TriggerEvent) -> String {
    let after = e.urge_after.map_or("–".into(), |a| a.to_string());
    let (id, date, before) = (e.id, e.date.to_string(), e.urge_before);
    let outcome = e.outcome.to_string();
    if changed {
        t!(
            "cli-trigger-encounter-changed",
            id = id,
            date = date,
            before = before,
            after = after,
            outcome = outcome
        )
    } else {
        t!(
            "cli-trigger-encounter-logged",
            id = id,
            date = date,
            before = before,
            after = after,
            outcome = outcome
        )
    }
}

/// The trigger library, with how often each was met.
fn list(ctx: &mut Ctx) -> Result<()> {
    let events = ctx.store.trigger_events(None, None, None)?;
    let views: Vec<TriggerView> = ctx
        .store
        .triggers()?
        .into_iter()
        .map(|t| TriggerView {
            encounters: events.iter().filter(|e| e.trigger_id == Some(t.id)).count(),
            trigger: t,
            recent: Vec::new(),
        })
        .collect();
    ctx.show(&views, |out| {
        if views.is_empty() {
            say!(out, "{}", t!("cli-trigger-none"));
        }
        for v in &views {
            let t = &v.trigger;
            let met = t!("cli-trigger-met", count = v.encounters);
            say!(
                out,
                "{:>5}  {:<9} {:<9} {}  {met}",
                t.id,
                t.category.label(),
                t.origin.label(),
                t.name
            );
        }
    })
}

/// One trigger with its coping steps and its latest encounters.
fn show(ctx: &mut Ctx, id: i64) -> Result<()> {
    let t = ctx.store.trigger(id)?;
    let events = ctx.store.trigger_events(None, None, Some(id))?;
    let toolbox = ctx.store.coping_strategies()?;
    let view = TriggerView {
        encounters: events.len(),
        trigger: t,
        recent: events.iter().take(10).cloned().collect(),
    };
    ctx.show(&view, |out| {
        let t = &view.trigger;
        let head = t!(
            "cli-trigger-show",
            id = t.id,
            name = &t.name,
            category = t.category.label(),
            origin = t.origin.label()
        );
        say!(out, "{head}");
        if let Some(n) = &t.notes {
            say!(out, "  {n}");
        }
        for c in toolbox.iter().filter(|c| t.coping_ids.contains(&c.id)) {
            say!(
                out,
                "  {}",
                t!("cli-trigger-coping", name = &c.name, id = c.id)
            );
        }
        for e in &view.recent {
            say!(out, "  {}", encounter_row(e));
        }
    })
}

/// "encounter 12  2026-11-20  urge 7 → 2  passed", as lists show one.
fn encounter_row(e: &TriggerEvent) -> String {
    let after = e.urge_after.map_or("–".into(), |a| a.to_string());
    t!(
        "cli-trigger-encounter-row",
        id = format!("{:<5}", e.id),
        date = e.date.to_string(),
        before = e.urge_before,
        after = after,
        outcome = e.outcome.to_string()
    )
}

/// Every encounter, newest first, with the ids `log-edit` and `log-delete` take.
fn encounters(ctx: &mut Ctx, limit: usize) -> Result<()> {
    let mut all = ctx.store.trigger_events(None, None, None)?;
    all.truncate(limit);
    let names: Vec<(i64, String)> = ctx
        .store
        .triggers()?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    ctx.show(&all, |out| {
        if all.is_empty() {
            say!(out, "{}", t!("cli-trigger-no-encounters"));
        }
        for e in &all {
            let name = e
                .trigger_id
                .and_then(|id| names.iter().find(|n| n.0 == id))
                .map_or_else(|| t!("cli-trigger-an-urge"), |n| n.1.clone());
            say!(out, "{}  {name}", encounter_row(e));
        }
    })
}
