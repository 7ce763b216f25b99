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
        say!(ctx.out, "{}", t!("cli-records-kept", label = &label));
        return Ok(());
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
    if ctx.json {
        let v = serde_json::json!({ "deleted": kind.name(), "id": d.id, "also": also });
        say!(ctx.out, "{v}");
    } else {
        say!(ctx.out, "{line}");
    }
    Ok(())
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
