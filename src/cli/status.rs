//! `tend status`: one line for a shell prompt. It only reads the file's header and a
//! couple of rows, never asks for a passphrase, and never writes.

use crate::clock::Clock;
use crate::error::Result;
use crate::paths::Paths;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, default_value = "short", value_parser = ["short", "json"])]
    format: String,
}

/// Day N and whether today's check-in is done, or that the journal is locked or missing.
pub fn run(a: &Args, paths: &Paths, clock: Clock) -> Result<String> {
    let status = crate::store::prompt_status::read(&paths.database, clock.now())?;
    Ok(if a.format == "json" {
        serde_json::to_string(&status).expect("the prompt's status serializes") + "\n"
    } else {
        status.short() + "\n"
    })
}
