//! `tend commitment`: what the person is recovering from or working toward, each with
//! its own start date (the recovery clocks).

use super::{Ctx, args, say};
use crate::domain::time::DateSpec;
use crate::error::Result;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    Add {
        name: String,
        #[arg(long, value_parser = args::date, default_value = "today")]
        start: DateSpec,
        #[arg(long)]
        note: Option<String>,
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
    },
    Delete(super::records::Delete),
}

pub fn run(c: Cmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        Cmd::Delete(d) => super::records::delete(ctx, crate::domain::RecordKind::Commitment, d)?,
        Cmd::Add { name, start, note } => {
            let c = ctx
                .store
                .write(|w| w.add_commitment(&name, start.resolve(ctx.today), note.as_deref()))?;
            let start = c.start_date.to_string();
            let said = t!(
                "cli-commitment-added",
                id = c.id,
                name = &c.name,
                start = start
            );
            ctx.show(&c, |out| say!(out, "{said}"))?;
        }
        Cmd::List => {
            let list = ctx.store.commitments()?;
            ctx.show(&list, |out| {
                if list.is_empty() {
                    say!(out, "{}", t!("cli-commitment-none"));
                }
                for c in &list {
                    let start = c.start_date.to_string();
                    let row = t!("cli-commitment-row", name = &c.name, start = start);
                    say!(out, "{:>5}  {row}", c.id);
                }
            })?;
        }
        Cmd::Edit {
            id,
            name,
            start,
            note,
        } => {
            let start = start.map(|s| s.resolve(ctx.today));
            let c = ctx
                .store
                .write(|w| w.edit_commitment(id, name.as_deref(), start, note.as_deref()))?;
            let start = c.start_date.to_string();
            let said = t!(
                "cli-commitment-updated",
                id = c.id,
                name = &c.name,
                start = start
            );
            ctx.show(&c, |out| say!(out, "{said}"))?;
        }
    }
    Ok(())
}
