//! Deleting any record from the command line: the question names the record and what
//! goes with it (or stays without it); `--yes` answers it for scripts.

use super::{Ctx, args, say};
use crate::domain::RecordKind;
use crate::error::{Error, Result};
use std::io::IsTerminal;

// `tend <thing> delete ID [--yes]`.
#[derive(Debug, clap::Args)]
pub struct Delete {
    #[arg(value_parser = args::id)]
    pub id: i64,
    #[arg(long)]
    pub yes: bool,
}

/// What `--json` prints for a delete: the record's kind and id, and what went with it.
#[derive(serde::Serialize)]
pub struct Deleted {
    deleted: &'static str,
    id: i64,
    also: Vec<String>,
}

impl Deleted {
    pub fn of(kind: RecordKind, id: i64) -> Deleted {
        Deleted {
            deleted: kind.name(),
            id,
            also: Vec::new(),
        }
    }
}

/// What `--json` prints when the person answered no: the record was kept.
#[derive(serde::Serialize)]
pub struct Kept {
    kept: &'static str,
    id: i64,
}

impl Kept {
    pub fn of(kind: RecordKind, id: i64) -> Kept {
        Kept {
            kept: kind.name(),
            id,
        }
    }
}

/// Deletes one record after the person confirms, saying what went with it.
pub fn delete(ctx: &mut Ctx, kind: RecordKind, d: Delete) -> Result<()> {
    let (label, also) = ctx.store.deletion(kind, d.id)?;
    let question = if also.is_empty() {
        t!("cli-records-delete", label = &label)
    } else {
        t!(
            "cli-records-delete-also",
            label = &label,
            also = also.join("; ")
        )
    };
    if !d.yes && !confirm(&question)? {
        let said = t!("cli-records-kept", label = &label);
        return ctx.show(&Kept::of(kind, d.id), |out| say!(out, "{said}"));
    }
    ctx.store.write(|w| w.delete_record(kind, d.id))?;
    let line = if also.is_empty() {
        t!("cli-records-deleted", label = &label)
    } else {
        t!(
            "cli-records-deleted-also",
            label = &label,
            also = also.join("; ")
        )
    };
    let deleted = Deleted {
        also,
        ..Deleted::of(kind, d.id)
    };
    ctx.show(&deleted, |out| say!(out, "{line}"))
}

/// Asks a yes/no question on the terminal; without one, refuses and says how to confirm.
pub fn confirm(question: &str) -> Result<bool> {
    if !std::io::stdin().is_terminal() {
        return Err(Error::invalid("yes", t!("cli-records-needs-yes")));
    }
    crate::error::to_stderr(&format!("{question} [y/N] "));
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    Ok(matches!(line.trim(), "y" | "Y" | "yes"))
}
