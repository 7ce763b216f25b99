//! `tend coping`: the coping toolbox, with how well each strategy has worked.

use super::{Ctx, args, one_line, say};
use crate::domain::progress::{CopingEffect, coping_effects};
use crate::domain::{CopingStrategy, LifeDomain};
use crate::error::Result;
use serde::Serialize;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    Add {
        name: String,
        #[arg(long)]
        description: Option<String>,
        #[arg(long, value_parser = args::named::<LifeDomain>)]
        domain: Option<LifeDomain>,
    },
    List,
    Edit {
        #[arg(value_parser = args::id)]
        id: i64,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        description: Option<String>,
        #[arg(long, value_parser = args::named::<LifeDomain>)]
        domain: Option<LifeDomain>,
    },
    Delete(super::records::Delete),
}

#[derive(Serialize)]
struct CopingView {
    #[serde(flatten)]
    strategy: CopingStrategy,
    #[serde(flatten)]
    effect: CopingEffect,
}

/// "(used 3 times, 2 passed, urge down 2.5 on average)".
fn used(e: &CopingEffect) -> String {
    let (times, passed) = (e.uses, e.passed);
    match e.mean_urge_drop {
        Some(d) => t!(
            "cli-coping-used-drop",
            times = times,
            passed = passed,
            drop = d.to_string()
        ),
        None => t!("cli-coping-used", times = times, passed = passed),
    }
}

pub fn run(c: Cmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        Cmd::Delete(d) => super::records::delete(ctx, crate::domain::RecordKind::Coping, d)?,
        Cmd::Edit {
            id,
            name,
            description,
            domain,
        } => {
            let old = ctx
                .store
                .coping_strategies()?
                .into_iter()
                .find(|c| c.id == id)
                .ok_or(crate::error::Error::NotFound {
                    what: crate::domain::RecordKind::Coping.noun(),
                    id,
                    list: crate::domain::RecordKind::Coping.list_command(),
                })?;
            let name = name.unwrap_or(old.name);
            let description = description.or(old.description);
            let domain = domain.or(old.domain);
            let s = ctx
                .store
                .write(|w| w.edit_coping(id, &name, description.as_deref(), domain))?;
            let said = t!("cli-coping-changed", id = s.id, name = &s.name);
            ctx.show(&s, |out| say!(out, "{said}"))?;
        }
        Cmd::Add {
            name,
            description,
            domain,
        } => {
            let s = ctx
                .store
                .write(|w| w.add_coping(&name, description.as_deref(), domain))?;
            let said = t!("cli-coping-added", id = s.id, name = &s.name);
            ctx.show(&s, |out| say!(out, "{said}"))?;
        }
        Cmd::List => {
            let list = ctx.store.coping_strategies()?;
            let ids: Vec<i64> = list.iter().map(|c| c.id).collect();
            let effects = coping_effects(&ids, &ctx.store.trigger_events(None, None, None)?);
            let views: Vec<CopingView> = list
                .into_iter()
                .zip(effects)
                .map(|(strategy, effect)| CopingView { strategy, effect })
                .collect();
            ctx.show(&views, |out| {
                if views.is_empty() {
                    say!(out, "{}", t!("cli-coping-none"));
                }
                for v in &views {
                    let desc = v
                        .strategy
                        .description
                        .as_deref()
                        .map(|d| format!(" – {}", one_line(d, 40)))
                        .unwrap_or_default();
                    say!(
                        out,
                        "{:>5}  {}{desc}  {}",
                        v.strategy.id,
                        v.strategy.name,
                        used(&v.effect)
                    );
                }
            })?;
        }
    }
    Ok(())
}
