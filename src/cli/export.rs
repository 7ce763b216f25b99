//! `tend export summary` and `tend export data`: the counselor summary for a date
//! range, and all of the person's data as versioned JSON that `tend import` reads back.

use super::{Ctx, args, say};
use crate::domain::time::DateSpec;
use crate::error::{Error, Result};
use crate::report::{self, Format, Includes};
use std::path::PathBuf;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    Summary {
        #[arg(long, value_parser = args::date)]
        from: Option<DateSpec>,
        #[arg(long, value_parser = args::date)]
        to: Option<DateSpec>,
        #[arg(long, default_value = "html", value_parser = |s: &str| Format::parse(s).map_err(|e| e.reason))]
        format: Format,
        #[arg(long, value_parser = |s: &str| Includes::parse(s).map_err(|e| e.reason))]
        include: Option<Includes>,
        #[arg(long, value_name = "WHAT", value_parser = |s: &str| Includes::default().leave_out(s).map_err(|e| e.reason))]
        leave_out: Option<Includes>,
        #[arg(long)]
        share_contacts: bool,
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[arg(long)]
        force: bool,
        #[arg(long, value_name = "LANGUAGE", value_parser = args::language)]
        lang: Option<crate::catalog::Language>,
    },
    Data {
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[arg(long)]
        force: bool,
    },
}

/// The default range: the 30 days ending `to`, from the first day tracked if later.
pub fn range(
    ctx: &Ctx,
    from: Option<DateSpec>,
    to: Option<DateSpec>,
) -> Result<(chrono::NaiveDate, chrono::NaiveDate)> {
    let to = to.map_or(ctx.today, |d| d.resolve(ctx.today));
    let from = match from {
        Some(d) => d.resolve(ctx.today),
        None => crate::domain::time::default_from(to, 30, ctx.store.first_day()?),
    };
    if from > to {
        return Err(Error::invalid(
            "from",
            t!(
                "cli-export-from-after-to",
                from = from.to_string(),
                to = to.to_string()
            ),
        ));
    }
    crate::domain::time::check_span(from, to, ctx.today)?;
    Ok((from, to))
}

pub fn run(c: Cmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        Cmd::Summary {
            from,
            to,
            format,
            include,
            leave_out,
            share_contacts,
            output,
            force,
            lang,
        } => {
            let (from, to) = range(ctx, from, to)?;
            let includes = Includes {
                leave_out_lessons: leave_out.is_some_and(|l| l.leave_out_lessons),
                share_contacts,
                ninety_from: ctx.settings.ninety_from,
                ..include.unwrap_or_default()
            };
            // The summary in the language asked for; what tend says about it, in its own.
            let language = match lang {
                Some(l) => ctx.settings.with_region(l),
                None => crate::catalog::language(),
            };
            let text = crate::catalog::in_language(language, || {
                report::build(&ctx.store, from, to, includes).map(|s| report::render(format, &s))
            })?;
            let output = output.or_else(|| {
                (format == Format::Html)
                    .then(|| PathBuf::from(format!("tend-summary-{from}-to-{to}.html")))
            });
            match output {
                Some(path) if path.as_os_str() != "-" => {
                    crate::files::write_private(&path, text.as_bytes(), force)?;
                    let (kind, path) = (format.extension(), path.display().to_string());
                    let (from, to) = (from.to_string(), to.to_string());
                    let said = if includes.shares_nothing() {
                        t!(
                            "cli-export-wrote-private",
                            kind = kind,
                            from = from,
                            to = to,
                            path = path
                        )
                    } else {
                        t!(
                            "cli-export-wrote",
                            kind = kind,
                            from = from,
                            to = to,
                            path = path
                        )
                    };
                    say!(ctx.out, "{said}");
                }
                _ => ctx.out.push_str(&text),
            }
        }
        Cmd::Data { output, force } => {
            let doc = ctx.store.export_data()?;
            let text = serde_json::to_string_pretty(&doc)
                .map_err(|e| Error::Message(e.to_string()))?
                + "\n";
            match output {
                Some(path) if path.as_os_str() != "-" => {
                    crate::files::write_private(&path, text.as_bytes(), force)?;
                    super::backup::note_copy(ctx, &path, "export");
                    let version = crate::store::FORMAT_VERSION;
                    let wrote = serde_json::json!({ "path": path, "format_version": version });
                    let path = path.display().to_string();
                    let said = t!("cli-export-wrote-data", path = path, version = version);
                    ctx.show(&wrote, |out| say!(out, "{said}"))?;
                }
                _ => ctx.out.push_str(&text),
            }
        }
    }
    Ok(())
}
