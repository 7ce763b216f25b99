//! `tend status`: one line for a shell prompt. It only reads the file's header and a
//! couple of rows, never asks for a passphrase, and never writes.

use crate::clock::Clock;
use crate::error::Result;
use crate::paths::Paths;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_parser = ["short", "json"])]
    format: Option<String>,
}

/// Day N and whether today's check-in is done, or that the journal is locked or missing;
/// as JSON with `--format json` or `--json`.
pub fn run(a: &Args, paths: &Paths, clock: Clock, json: bool) -> Result<String> {
    let format = a.format.as_deref();
    if json && format == Some("short") {
        return Err(crate::error::Error::invalid(
            "format",
            t!("cli-status-short-or-json"),
        ));
    }
    let status = crate::store::prompt_status::read(&paths.database, clock.now())?;
    Ok(if json || format == Some("json") {
        serde_json::to_string(&status).expect("the prompt's status serializes") + "\n"
    } else {
        status.short() + "\n"
    })
}
