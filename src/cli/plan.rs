//! `tend plan`: the relapse-prevention plan, section by section.

use super::{Ctx, args, say};
use crate::domain::{PlanItem, PlanSection, Stage};
use crate::error::Result;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    Show {
        #[arg(value_parser = args::named::<PlanSection>)]
        section: Option<PlanSection>,
    },
    Add {
        #[arg(value_parser = args::named::<PlanSection>)]
        section: PlanSection,
        text: String,
        #[arg(long)]
        detail: Option<String>,
        #[arg(long, value_parser = args::named::<Stage>)]
        stage: Option<Stage>,
        #[arg(long)]
        person: Option<String>,
    },
    Edit {
        #[arg(value_parser = args::id)]
        id: i64,
        #[arg(long)]
        text: Option<String>,
        #[arg(long)]
        detail: Option<String>,
        #[arg(long, value_parser = args::named::<Stage>)]
        stage: Option<Stage>,
        #[arg(long)]
        person: Option<String>,
    },
    Move {
        #[arg(value_parser = args::id)]
        id: i64,
        #[arg(long)]
        to: u32,
    },
    #[command(alias = "delete")]
    Remove(super::records::Delete),
}

fn item_line(i: &PlanItem) -> String {
    let stage = i
        .stage
        .map(|s| format!("[{}] ", s.label()))
        .unwrap_or_default();
    let detail = i
        .detail
        .as_deref()
        .map(|d| format!(" — {d}"))
        .unwrap_or_default();
    format!("{:>5}  {}. {stage}{}{detail}", i.id, i.position, i.text)
}

pub fn run(c: Cmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        Cmd::Show { section } => show(ctx, section)?,
        Cmd::Add {
            section,
            text,
            detail,
            stage,
            person,
        } => {
            let who = person_id(ctx, person.as_deref())?.flatten();
            let i = ctx.store.write(|w| {
                let i = w.add_plan_item(section, &text, detail.as_deref(), stage)?;
                match who {
                    Some(p) => w.link_plan_person(i.id, Some(p)),
                    None => Ok(i),
                }
            })?;
            let said = t!(
                "cli-plan-added",
                section = i.section.title(),
                id = i.id,
                text = &i.text
            );
            ctx.show(&i, |out| say!(out, "{said}"))?;
        }
        Cmd::Edit {
            id,
            text,
            detail,
            stage,
            person,
        } => {
            let who = person_id(ctx, person.as_deref())?;
            let i = ctx.store.write(|w| {
                let i = w.edit_plan_item(id, text.as_deref(), detail.as_deref(), stage)?;
                match who {
                    Some(p) => w.link_plan_person(id, p),
                    None => Ok(i),
                }
            })?;
            let said = t!("cli-plan-updated", id = i.id, text = &i.text);
            ctx.show(&i, |out| say!(out, "{said}"))?;
        }
        Cmd::Move { id, to } => {
            let i = ctx.store.write(|w| w.move_plan_item(id, to))?;
            let said = t!(
                "cli-plan-moved",
                id = i.id,
                place = i.position,
                section = i.section.title()
            );
            ctx.show(&i, |out| say!(out, "{said}"))?;
        }
        Cmd::Remove(d) => super::records::delete(ctx, crate::domain::RecordKind::PlanItem, d)?,
    }
    Ok(())
}

/// The whole plan, or one section, each item with its place.
fn show(ctx: &mut Ctx, section: Option<PlanSection>) -> Result<()> {
    let items = ctx.store.plan(section)?;
    ctx.show(&items, |out| {
        let sections: &[PlanSection] = match &section {
            Some(s) => std::slice::from_ref(s),
            None => PlanSection::ALL,
        };
        for s in sections {
            say!(out, "{} ({})", s.title(), s.as_str());
            let mine: Vec<&PlanItem> = items.iter().filter(|i| i.section == *s).collect();
            if mine.is_empty() {
                let command = format!("`tend plan add {} \"…\"`", s.as_str());
                say!(
                    out,
                    "       {}",
                    t!("cli-plan-nothing-yet", command = command)
                );
            }
            for i in mine {
                say!(out, "{}", item_line(i));
            }
        }
    })
}

/// The person `--person` names: `None` when not given, `Some(None)` for "" (nobody).
fn person_id(ctx: &Ctx, given: Option<&str>) -> Result<Option<Option<i64>>> {
    Ok(match given.map(str::trim) {
        None => None,
        Some("") => Some(None),
        Some(who) => Some(Some(ctx.store.find_person(who)?.id)),
    })
}
