//! `tend demo`: fills an empty database with a made-up, deterministic history.

use super::say;
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::store::Store;
use std::path::Path;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Years of history to make up
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=30))]
    years: u32,
    /// The same seed always makes the same history
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Exactly this many journal entries [default: a few a week]
    #[arg(long)]
    entries: Option<usize>,
}

pub fn run(a: &Args, path: &Path, clock: Clock) -> Result<String> {
    let store = Store::open(path, clock)?;
    if !store.is_empty()? {
        return Err(Error::Refused {
            path: path.to_path_buf(),
            reason:
                "the database already holds records; demo data goes only into a new, empty file"
                    .into(),
        });
    }
    let today = store.today()?;
    let counts = crate::demo::generate(&store, today, a.years, a.seed, a.entries)?;
    let mut out = String::new();
    say!(
        out,
        "Wrote a made-up history of {} years to {}: {counts}",
        a.years,
        path.display()
    );
    Ok(out)
}
