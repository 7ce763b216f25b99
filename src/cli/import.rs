//! `tend import`: merges a `tend export data` file, or brings in a Daylio, jrnl or Day
//! One export; what made the file is told from its content when `--from` is left out.
//! `--dry-run` shows what would happen and writes nothing.

use super::{Ctx, say};
use crate::domain::one_line;
use crate::error::{Error, Result};
use crate::import::{Options, Parsed, Source};
use crate::store::{Imported, Merged, Tally};
use std::fmt::Write as _;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The file to import (a jrnl folder journal: its folder)
    file: PathBuf,
    /// What made the file: tend (a data export), daylio (CSV), jrnl (JSON export,
    /// journal file or folder) or dayone (JSON); told from the content when left out
    #[arg(long = "from", value_parser = ["tend", "daylio", "jrnl", "dayone"])]
    source: Option<String>,
    /// Daylio mood labels of your own: LABEL=N with N from 1 to 10 (repeat, or
    /// separate with commas)
    #[arg(long, value_name = "LABEL=N")]
    mood_map: Vec<String>,
    /// Import the rows that can be read and list the others (by default a file with
    /// bad lines is refused whole)
    #[arg(long)]
    skip_bad: bool,
    /// Show what would be imported (counts, dates, moods, first rows); write nothing
    #[arg(long)]
    dry_run: bool,
}

impl Args {
    /// Whether this import only shows what it would do.
    pub fn dry_run(&self) -> bool {
        self.dry_run
    }
}

/// What made the file: `--from`, checked against the content, or the content alone.
fn source_of(a: &Args, bytes: Option<&[u8]>) -> Result<Source> {
    let seen = match bytes {
        Some(b) => crate::import::detect(b),
        None => Some(Source::Jrnl),
    };
    let given = a.source.as_deref().map(Source::parse).transpose()?;
    match (given, seen) {
        (Some(g), Some(s)) if g != s => Err(Error::invalid(
            "from",
            format!(
                "{} looks like {}, not {}: use --from {}",
                a.file.display(),
                s.label(),
                g.label(),
                s.as_str()
            ),
        )),
        (Some(g), _) => Ok(g),
        (None, Some(s)) => Ok(s),
        (None, None) => Err(Error::invalid(
            "from",
            format!(
                "cannot tell what made {}; give --from {}",
                a.file.display(),
                Source::NAMES
            ),
        )),
    }
}

pub fn run(a: Args, ctx: &mut Ctx) -> Result<()> {
    let cannot = |e: std::io::Error| {
        Error::invalid("file", format!("cannot read {} ({e})", a.file.display()))
    };
    let folder = std::fs::metadata(&a.file).map_err(cannot)?.is_dir();
    let bytes = if folder {
        None
    } else {
        Some(std::fs::read(&a.file).map_err(cannot)?)
    };
    let source = source_of(&a, bytes.as_deref())?;
    let zipped = bytes
        .as_deref()
        .is_some_and(|b| b.starts_with(b"PK\x03\x04"));
    let text = match &bytes {
        _ if zipped => String::new(),
        Some(b) => String::from_utf8(b.clone()).map_err(|_| {
            Error::invalid("file", format!("{} is not UTF-8 text", a.file.display()))
        })?,
        None => String::new(),
    };
    if source == Source::Tend {
        return tend_file(&a, &text, ctx);
    }
    let opts = Options {
        clock: ctx.clock(),
        today: ctx.store.today()?,
        moods: crate::import::mood_map(&a.mood_map)?,
    };
    let parsed = match source {
        Source::Daylio => daylio(&text, opts, &a.mood_map)?,
        Source::DayOne if zipped => {
            crate::import::parse_dayone_zip(bytes.as_deref().unwrap_or_default(), &opts)?
        }
        Source::DayOne => crate::import::parse_dayone(&text, &opts)?,
        _ if folder => crate::import::parse_jrnl_folder(&a.file, &opts)?,
        _ if text.trim_start().starts_with('{') => crate::import::parse_jrnl(&text, &opts)?,
        _ => crate::import::parse_jrnl_text(&text, &opts)?,
    };
    parsed.check(a.skip_bad)?;
    let name = source.as_str();
    let write = |w: &crate::store::Tx| w.import_rows(name, &parsed.rows, &parsed.day_moods);
    let done = if a.dry_run {
        ctx.store.rehearse(write)?
    } else {
        ctx.store.write(write)?
    };
    let text = report(&a.file, source, &parsed, &done, a.dry_run);
    ctx.out.push_str(&text);
    Ok(())
}

/// A Daylio file; on a terminal, mood labels without a number are asked for once each
/// (the numbers given are shown as a `--mood-map` to reuse).
fn daylio(text: &str, mut opts: Options, given: &[String]) -> Result<Parsed> {
    let parsed = crate::import::parse_daylio(text, &opts)?;
    let terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if parsed.unknown_moods.is_empty() || !terminal {
        return Ok(parsed);
    }
    let mut pairs: Vec<String> = given.to_vec();
    for (label, rows) in &parsed.unknown_moods {
        let n = ask_mood(label, *rows)?;
        let Some(n) = n else { break };
        opts.moods.insert(label.clone(), n);
        pairs.push(format!("{label}={n}"));
    }
    eprintln!(
        "(next time: --mood-map '{}')",
        crate::safe_text::visible(&pairs.join(","))
    );
    Ok(crate::import::parse_daylio(text, &opts)?)
}

/// Asks for one label's number until it is one from 1 to 10; `None` when left empty.
fn ask_mood(label: &str, rows: usize) -> Result<Option<u8>> {
    loop {
        eprint!(
            "Daylio mood '{}' ({rows} {}): its number from 1 (lowest) to 10, or Enter to stop: ",
            crate::safe_text::visible(label),
            if rows == 1 { "row" } else { "rows" }
        );
        let mut line = String::new();
        if std::io::stdin().read_line(&mut line)? == 0 || line.trim().is_empty() {
            return Ok(None);
        }
        match line.trim().parse::<u8>() {
            Ok(n) if (1..=10).contains(&n) => return Ok(Some(n)),
            _ => eprintln!("  a whole number from 1 to 10, please"),
        }
    }
}

/// A tend data file: merged by uid (see `store::transfer`).
fn tend_file(a: &Args, text: &str, ctx: &mut Ctx) -> Result<()> {
    let doc: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        Error::invalid(
            &format!("line {}", e.line()),
            format!("not valid JSON ({e})"),
        )
    })?;
    let m: Merged = if a.dry_run {
        ctx.store.rehearse(|w| w.import_data(&doc))?
    } else {
        ctx.store.write(|w| w.import_data(&doc))?
    };
    say!(
        ctx.out,
        "{} {}: {} added, {} updated, {} already the same, {} kept as changed here since, {} left deleted.",
        if a.dry_run {
            "Dry run, nothing written; importing"
        } else {
            "Imported"
        },
        a.file.display(),
        m.added,
        m.updated,
        m.unchanged,
        m.kept_newer,
        m.skipped_deleted
    );
    Ok(())
}

fn tally(t: &Tally) -> String {
    format!(
        "{} added, {} updated, {} unchanged, {} kept as edited, {} left deleted",
        t.added, t.updated, t.unchanged, t.kept_as_edited, t.skipped_as_deleted
    )
}

/// What was (or would be) imported, in words.
fn report(file: &Path, source: Source, p: &Parsed, done: &Imported, dry: bool) -> String {
    let mut out = String::new();
    let head = if dry {
        "Dry run, nothing written. Importing"
    } else {
        "Imported"
    };
    let span = p
        .span()
        .map_or(String::new(), |(a, b)| format!(", {a} to {b}"));
    let _ = writeln!(
        out,
        "{head} {} ({}): {} rows{span}.",
        file.display(),
        source.label(),
        p.rows.len()
    );
    let _ = writeln!(out, "  journal entries: {}", tally(&done.entries));
    if !p.day_moods.is_empty() {
        let _ = writeln!(
            out,
            "  check-in moods (each day's average): {}",
            tally(&done.days)
        );
    }
    if !p.bad.is_empty() {
        let lines = if p.bad.len() == 1 { "line" } else { "lines" };
        let _ = writeln!(out, "  {} bad {lines} refused:", p.bad.len());
        for (place, why) in &p.bad {
            let _ = writeln!(out, "    {place}: {why}");
        }
    }
    if !p.empty.is_empty() {
        let entries = if p.empty.len() == 1 {
            "entry"
        } else {
            "entries"
        };
        let _ = writeln!(
            out,
            "  {} empty {entries} skipped: {}",
            p.empty.len(),
            p.empty.join(", ")
        );
    }
    if dry {
        preview(&mut out, p);
    }
    out
}

/// The mood mapping and the first rows, for a dry run.
fn preview(out: &mut String, p: &Parsed) {
    if !p.moods_used.is_empty() {
        let moods: Vec<String> = p
            .moods_used
            .iter()
            .map(|(l, (n, rows))| format!("{l} → {n} ({rows})"))
            .collect();
        let _ = writeln!(out, "  moods: {}", moods.join(", "));
    }
    let _ = writeln!(out, "  first rows:");
    for r in p.rows.iter().take(5) {
        let e = &r.entry;
        let words = e.title.as_deref().unwrap_or(&e.body);
        let mood = e.mood.map_or(String::new(), |m| format!("  mood {m}"));
        let tags: String = e.tags.iter().map(|t| format!(" #{t}")).collect();
        let _ = writeln!(
            out,
            "    {} {}{mood}  {}{tags}",
            r.date,
            e.at.format("%H:%M"),
            one_line(words, 40)
        );
    }
}
