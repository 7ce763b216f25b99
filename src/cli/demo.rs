//! `tend demo`: fills an empty database with a made-up, deterministic history.

use super::say;
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::store::Store;
use std::path::Path;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=30))]
    years: u32,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    #[arg(long, value_parser = entries_in_range)]
    entries: Option<usize>,
}

/// The most journal entries a demo makes: enough to try tend at scale, not enough to
/// fill a disk or fail an allocation.
const MAX_ENTRIES: usize = 1_000_000;

fn entries_in_range(s: &str) -> std::result::Result<usize, String> {
    match s.trim().parse::<usize>() {
        Ok(n) if n <= MAX_ENTRIES => Ok(n),
        _ => Err(t!("cli-demo-entries", max = MAX_ENTRIES, got = s)),
    }
}

pub fn run(a: &Args, path: &Path, clock: Clock) -> Result<String> {
    let store = Store::open(path, clock)?;
    if !store.is_empty()? {
        return Err(Error::Refused {
            path: path.to_path_buf(),
            reason: t!("cli-demo-not-empty"),
        });
    }
    let today = store.today()?;
    let counts = crate::demo::generate(&store, today, a.years, a.seed, a.entries)?;
    let mut out = String::new();
    let path = path.display().to_string();
    let counts = counts.to_string();
    let said = t!(
        "cli-demo-wrote",
        years = a.years,
        path = path,
        counts = counts
    );
    say!(out, "{said}");
    Ok(out)
}
