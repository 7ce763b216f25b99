//! `tend import`: merges a `tend export data` file, or brings in a Daylio, jrnl or Day
//! One export; what made the file is told from its content when `--from` is left out.
//! `--dry-run` shows what would happen and writes nothing.

use super::Ctx;
use crate::error::Result;
use crate::import::{Options, Parsed, Source};
use crate::import_file::Request;
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    file: PathBuf,
    #[arg(long = "from", value_parser = ["tend", "daylio", "jrnl", "dayone"])]
    source: Option<String>,
    #[arg(long, value_name = "LABEL=N")]
    mood_map: Vec<String>,
    #[arg(long)]
    skip_bad: bool,
    #[arg(long)]
    dry_run: bool,
}

impl Args {
    /// Whether this import only shows what it would do.
    pub fn dry_run(&self) -> bool {
        self.dry_run
    }
}

pub fn run(a: Args, ctx: &mut Ctx) -> Result<()> {
    let req = Request {
        file: a.file.clone(),
        from: a.source.as_deref().map(Source::parse).transpose()?,
        mood_map: a.mood_map.clone(),
        skip_bad: a.skip_bad,
    };
    let report = crate::import_file::run(&ctx.store, &req, a.dry_run, Some(&daylio))?;
    if ctx.json {
        ctx.show(&report.json, |_| {})
    } else {
        ctx.out.push_str(&report.text);
        Ok(())
    }
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
    crate::error::line_to_stderr(t!("cli-import-next-time", pairs = pairs.join(",")));
    Ok(crate::import::parse_daylio(text, &opts)?)
}

/// Asks for one label's number until it is one from 1 to 10; `None` when left empty.
fn ask_mood(label: &str, rows: usize) -> Result<Option<u8>> {
    loop {
        let ask = t!("cli-import-ask-mood", label = label, rows = rows);
        crate::error::to_stderr(&format!("{ask} "));
        let mut line = String::new();
        if std::io::stdin().read_line(&mut line)? == 0 || line.trim().is_empty() {
            return Ok(None);
        }
        match line.trim().parse::<u8>() {
            Ok(n) if (1..=10).contains(&n) => return Ok(Some(n)),
            _ => crate::error::line_to_stderr(format_args!("  {}", t!("cli-import-whole-number"))),
        }
    }
}
