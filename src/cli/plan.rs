//! `tend plan`: the relapse-prevention plan, section by section. A coping step is a
//! strategy of the coping toolbox chosen for the plan: shown with its toolbox id after
//! a `c` (`c4`), which `edit`, `move` and `remove` take too.

use super::{Ctx, args, say};
use crate::domain::{Person, PlanItem, PlanSection, Stage};
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
        #[arg(value_parser = plan_id)]
        id: PlanId,
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
        #[arg(value_parser = plan_id)]
        id: PlanId,
        #[arg(long)]
        to: u32,
    },
    #[command(alias = "delete")]
    Remove {
        #[arg(value_parser = plan_id)]
        id: PlanId,
        #[arg(long)]
        yes: bool,
    },
}

/// A line of the plan by its id, or a coping step by its strategy's (`c4`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanId {
    Line(i64),
    Coping(i64),
}

fn plan_id(s: &str) -> Result<PlanId, String> {
    let t = s.trim();
    match t.strip_prefix(['c', 'C']) {
        Some(n) => args::id(n).map(PlanId::Coping),
        None => args::id(t).map(PlanId::Line),
    }
    .map_err(|_| t!("cli-plan-id", got = s))
}

/// One line of the plan; a line that names a person gives their name and number as
/// the person's record has them.
fn item_line(i: &PlanItem, people: &[Person]) -> String {
    let stage = i
        .stage
        .map(|s| format!("[{}] ", s.label()))
        .unwrap_or_default();
    let person = i.person_id.and_then(|p| people.iter().find(|x| x.id == p));
    let text = person.map_or(&i.text, |p| &p.name);
    let phone = person
        .and_then(|p| p.phone.as_deref())
        .filter(|ph| !i.detail.as_ref().is_some_and(|d| d.contains(ph)));
    let detail: String = phone
        .into_iter()
        .chain(i.detail.as_deref())
        .map(|d| format!(" — {d}"))
        .collect();
    let id = shown_id(i);
    format!("{id:>5}  {}. {stage}{text}{detail}", i.position)
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
                id = shown_id(&i),
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
            let i = ctx.store.write(|w| match id {
                PlanId::Coping(c) => {
                    let name = match &text {
                        Some(t) => t.clone(),
                        None => w.plan_coping_item(c)?.text,
                    };
                    w.edit_plan_coping(c, &name, detail.as_deref())
                }
                PlanId::Line(id) => {
                    let i = w.edit_plan_item(id, text.as_deref(), detail.as_deref(), stage)?;
                    match who {
                        Some(p) => w.link_plan_person(id, p),
                        None => Ok(i),
                    }
                }
            })?;
            let said = t!("cli-plan-updated", id = shown_id(&i), text = &i.text);
            ctx.show(&i, |out| say!(out, "{said}"))?;
        }
        Cmd::Move { id, to } => {
            let i = ctx.store.write(|w| match id {
                PlanId::Coping(c) => w.plan_coping(c, Some(to)),
                PlanId::Line(id) => w.move_plan_item(id, to),
            })?;
            let said = t!(
                "cli-plan-moved",
                id = shown_id(&i),
                place = i.position,
                section = i.section.title()
            );
            ctx.show(&i, |out| say!(out, "{said}"))?;
        }
        Cmd::Remove { id, yes } => match id {
            PlanId::Line(id) => {
                let d = super::records::Delete { id, yes };
                super::records::delete(ctx, crate::domain::RecordKind::PlanItem, d)?;
            }
            PlanId::Coping(c) => {
                // Nothing is deleted: the strategy stays in the toolbox.
                let i = ctx.store.write(|w| w.plan_coping(c, None))?;
                let said = t!("cli-plan-coping-out", name = &i.text);
                ctx.show(&i, |out| say!(out, "{said}"))?;
            }
        },
    }
    Ok(())
}

/// The id a plan line is shown and taken with: a coping step's is `c` and its
/// strategy's.
fn shown_id(i: &PlanItem) -> String {
    match i.coping_id {
        Some(c) => format!("c{c}"),
        None => i.id.to_string(),
    }
}

/// The whole plan, or one section, each item with its place.
fn show(ctx: &mut Ctx, section: Option<PlanSection>) -> Result<()> {
    let items = ctx.store.plan(section)?;
    let people = ctx.store.people()?;
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
                say!(out, "{}", item_line(i, &people));
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
