//! `tend import`: merges a `tend export data` file, or brings in a Daylio or jrnl export.

use super::{Ctx, say};
use crate::error::{Error, Result};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The file to import
    file: PathBuf,
    /// What made the file: tend (a data export), daylio (CSV) or jrnl (JSON)
    #[arg(long = "from", default_value = "tend", value_parser = ["tend", "daylio", "jrnl"])]
    source: String,
    /// Daylio mood labels of your own: LABEL=N with N from 1 to 10 (repeat for more)
    #[arg(long, value_name = "LABEL=N")]
    mood_map: Vec<String>,
}

pub fn run(a: Args, ctx: &mut Ctx) -> Result<()> {
    let text = std::fs::read_to_string(&a.file)
        .map_err(|e| Error::invalid("file", format!("cannot read {} ({e})", a.file.display())))?;
    let clock = ctx.clock();
    match a.source.as_str() {
        "tend" => {
            let doc: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
                Error::invalid(
                    &format!("line {}", e.line()),
                    format!("not valid JSON ({e})"),
                )
            })?;
            let m = ctx.store.write(|w| w.import_data(&doc))?;
            say!(
                ctx.out,
                "Imported {}: {} added, {} updated, {} already the same, {} kept as changed here since, {} left deleted.",
                a.file.display(),
                m.added,
                m.updated,
                m.unchanged,
                m.kept_newer,
                m.skipped_deleted
            );
        }
        source => {
            let batch = if source == "daylio" {
                crate::import::parse_daylio(&text, &crate::import::mood_map(&a.mood_map)?, clock)?
            } else {
                crate::import::parse_jrnl(&text, clock)?
            };
            let done = ctx.store.write(|w| crate::import::apply(w, batch))?;
            say!(
                ctx.out,
                "Imported {} from {source}: {} check-in days, {} journal entries added, {} already there.",
                a.file.display(),
                done.checkins,
                done.entries_added,
                done.entries_already_there
            );
        }
    }
    Ok(())
}
