//! `tend export summary|data` and `tend import`: the counselor summary, and the
//! person's whole data out and back in (also from Daylio and jrnl).

use super::{Ctx, args, say};
use crate::domain::time::DateSpec;
use crate::error::{Error, Result};
use crate::report::{self, Format, Includes};
use chrono::Duration;
use std::path::PathBuf;

#[derive(Debug, clap::Subcommand)]
pub enum ExportCmd {
    /// The counselor summary for a date range (journal text and notes only if you say so)
    Summary {
        /// First day [default: 29 days before --to]
        #[arg(long, value_parser = args::date)]
        from: Option<DateSpec>,
        /// Last day [default: today]
        #[arg(long, value_parser = args::date)]
        to: Option<DateSpec>,
        /// html (printable), md or csv (the diary card)
        #[arg(long, default_value = "html", value_parser = |s: &str| Format::parse(s).map_err(|e| e.reason))]
        format: Format,
        /// Also share: journal, notes, setback-details (comma-separated)
        #[arg(long, value_parser = |s: &str| Includes::parse(s).map_err(|e| e.reason))]
        include: Option<Includes>,
        /// Write here [default: stdout for md/csv; tend-summary-FROM-to-TO.html for html]
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace an existing file
        #[arg(long)]
        force: bool,
    },
    /// Everything, as versioned JSON that `tend import` reads back
    Data {
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The file to import
    file: PathBuf,
    /// What made the file: tend (a data export), daylio (CSV) or jrnl (JSON)
    #[arg(long = "from", default_value = "tend", value_parser = ["tend", "daylio", "jrnl"])]
    source: String,
    /// Daylio mood labels of your own: LABEL=N with N from 1 to 10 (repeat for more)
    #[arg(long, value_name = "LABEL=N")]
    mood_map: Vec<String>,
}

/// The default range: the 30 days ending `to`.
pub fn range(
    ctx: &Ctx,
    from: Option<DateSpec>,
    to: Option<DateSpec>,
) -> Result<(chrono::NaiveDate, chrono::NaiveDate)> {
    let to = to.map_or(ctx.today, |d| d.resolve(ctx.today));
    let from = from.map_or(to - Duration::days(29), |d| d.resolve(ctx.today));
    if from > to {
        return Err(Error::invalid(
            "from",
            format!("{from} is after --to {to}; give the earlier date first"),
        ));
    }
    Ok((from, to))
}

pub fn run_export(c: ExportCmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        ExportCmd::Summary {
            from,
            to,
            format,
            include,
            output,
            force,
        } => {
            let (from, to) = range(ctx, from, to)?;
            let includes = include.unwrap_or_default();
            let summary = report::build(&ctx.store, from, to, includes)?;
            let text = report::render(format, &summary);
            let output = output.or_else(|| {
                (format == Format::Html)
                    .then(|| PathBuf::from(format!("tend-summary-{from}-to-{to}.html")))
            });
            match output {
                Some(path) if path.as_os_str() != "-" => {
                    crate::files::write_private(&path, text.as_bytes(), force)?;
                    let left_out = if includes == Includes::default() {
                        " Journal text, notes and setback details are left out (--include shares them)."
                    } else {
                        ""
                    };
                    say!(
                        ctx.out,
                        "Wrote the {} summary of {from} to {to} to {}.{left_out}",
                        format.extension(),
                        path.display()
                    );
                }
                _ => ctx.out.push_str(&text),
            }
        }
        ExportCmd::Data { output, force } => {
            let doc = ctx.store.export_data()?;
            let text = serde_json::to_string_pretty(&doc)
                .map_err(|e| Error::Message(e.to_string()))?
                + "\n";
            match output {
                Some(path) if path.as_os_str() != "-" => {
                    crate::files::write_private(&path, text.as_bytes(), force)?;
                    say!(
                        ctx.out,
                        "Wrote all your data to {} (format version {}).",
                        path.display(),
                        crate::store::FORMAT_VERSION
                    );
                }
                _ => ctx.out.push_str(&text),
            }
        }
    }
    Ok(())
}

pub fn run_import(a: ImportArgs, ctx: &mut Ctx) -> Result<()> {
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
                "Imported {}: {} added, {} updated, {} already the same.",
                a.file.display(),
                m.added,
                m.updated,
                m.unchanged
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
